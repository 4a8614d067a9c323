"""Save, load and run a trained report model directory.

A model directory holds ``config.json`` (format, windowing, decoder size, the encoder it started
from, training summary), ``encoder/`` (tokenizer files and the encoder's ``config.json``) and
``weights.safetensors`` (every weight: encoder and decoder). It loads with no network and without
the encoder it was trained from.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch

from spinelab.data.atomic import atomic_directory
from spinelab.labeling.neural.network import DecoderConfig, ReportModel
from spinelab.labeling.neural.targets import decode_slots
from spinelab.labeling.neural.windows import collate_reports, encode_report

FORMAT = "spinelab-report-model"
VERSION = 1


@dataclass(frozen=True)
class Windowing:
    """How reports are cut into encoder windows (tokens)."""

    max_length: int = 256
    stride: int = 64


@dataclass
class SlotPrediction:
    """Model output for ONE report: ``probs[f]`` ``[L, C_f]``, ``p_uncertain`` ``[L, F]``,
    ``evidence`` ``[L, F, 2]`` character range (start, end) of the token each slot attends to most."""

    probs: list[np.ndarray]
    p_uncertain: np.ndarray
    evidence: np.ndarray

    def slots(self) -> list[tuple[str, str, str, bool, float]]:
        """``targets.decode_slots`` of this prediction."""
        return decode_slots(self.probs, self.p_uncertain)


class LoadedModel:
    """A report model ready to predict: tokenizer, network (eval mode), windowing."""

    def __init__(self, tokenizer: Any, model: ReportModel, windowing: Windowing, meta: dict[str, Any]):
        self.tokenizer, self.model, self.windowing, self.meta = tokenizer, model, windowing, meta
        #: level parser for the level-mention features (None: the packaged level rules)
        self.parser: Any = None

    def encode(self, text: str) -> dict[str, np.ndarray]:
        """``windows.encode_report`` with this model's windowing and level parser."""
        w = self.windowing
        return encode_report(self.tokenizer, text, max_length=w.max_length, stride=w.stride,
                             parser=self.parser)

    @torch.no_grad()
    def predict(self, texts: list[str], batch_size: int = 8) -> list[SlotPrediction]:
        """One ``SlotPrediction`` per text (texts already screened: non-empty strings)."""
        self.model.eval()
        device = next(self.model.parameters()).device
        out: list[SlotPrediction] = []
        for i in range(0, len(texts), batch_size):
            samples = [self.encode(t) for t in texts[i : i + batch_size]]
            out.extend(predict_batch(self.model, samples, device))
        return out


def predict_batch(
    model: ReportModel, samples: list[dict[str, np.ndarray]], device: torch.device
) -> list[SlotPrediction]:
    """Run the network on encoded reports and turn its outputs into ``SlotPrediction``s."""
    batch = {k: v.to(device) for k, v in collate_reports(samples).items()}
    res = model(batch)
    probs = [p.float().softmax(-1).cpu().numpy() for p in res["logits"]]
    unc = torch.sigmoid(res["uncertain"].float()).cpu().numpy()
    top = res["attention"].argmax(-1).cpu().numpy()  # [B, L, F] index into the report's tokens
    # flat token index of window tokens -> row of the stacked offsets (windows padded to T_max)
    t_max = batch["input_ids"].shape[1]
    starts = np.cumsum([0] + [s["input_ids"].shape[0] for s in samples])
    out = []
    for b, s in enumerate(samples):
        idx = res["token_index"][b].cpu().numpy()
        if len(idx) == 0:
            ev = np.zeros((*top.shape[1:], 2), np.int64)
        else:
            flat = idx[top[b]]  # [L, F] flat index into [sum W, T_max]
            win, pos = flat // t_max - starts[b], flat % t_max
            ev = s["offsets"][win, pos]
        out.append(SlotPrediction([p[b] for p in probs], unc[b], ev))
    return out


def save_model(
    out_dir: str | Path,
    tokenizer: Any,
    model: ReportModel,
    windowing: Windowing,
    decoder: DecoderConfig,
    meta: dict[str, Any],
) -> Path:
    """Write the model directory (to a temporary sibling, then renamed onto ``out_dir``)."""
    from safetensors.torch import save_file

    out = Path(out_dir)
    with atomic_directory(out) as tmp:
        tokenizer.save_pretrained(tmp / "encoder")
        model.encoder.config.save_pretrained(tmp / "encoder")
        state = {k: v.detach().cpu().contiguous() for k, v in model.state_dict().items()}
        save_file(state, str(tmp / "weights.safetensors"))
        cfg = {
            "format": FORMAT,
            "version": VERSION,
            "windowing": asdict(windowing),
            "decoder": asdict(decoder),
            **meta,
        }
        (tmp / "config.json").write_text(json.dumps(cfg, indent=1, default=str))
    return out


def read_model_config(model_dir: str | Path) -> dict[str, Any]:
    """``config.json`` of a model directory; ``FileNotFoundError`` / ``ValueError`` naming it."""
    p = Path(model_dir) / "config.json"
    if not p.is_file():
        raise FileNotFoundError(f"{model_dir} is not a report model directory (no config.json)")
    cfg = json.loads(p.read_text())
    if cfg.get("format") != FORMAT:
        raise ValueError(f"{p}: format {cfg.get('format')!r} is not {FORMAT!r}")
    if int(cfg.get("version", 0)) > VERSION:
        raise ValueError(f"{p}: version {cfg['version']} is newer than this spinelab ({VERSION})")
    return cfg


def load_model(model_dir: str | Path, device: str | torch.device = "cpu") -> LoadedModel:
    """Load a model directory written by ``save_model`` (no network)."""
    from safetensors.torch import load_file
    from transformers import AutoConfig, AutoModel, AutoTokenizer

    d = Path(model_dir)
    cfg = read_model_config(d)
    tok = AutoTokenizer.from_pretrained(d / "encoder", local_files_only=True)
    enc = AutoModel.from_config(AutoConfig.from_pretrained(d / "encoder", local_files_only=True))
    model = ReportModel(enc, DecoderConfig(**cfg["decoder"]))
    model.load_state_dict(load_file(str(d / "weights.safetensors")), strict=True)
    model.to(device).eval()
    return LoadedModel(tok, model, Windowing(**cfg["windowing"]), cfg)


__all__ = [
    "LoadedModel",
    "SlotPrediction",
    "Windowing",
    "load_model",
    "predict_batch",
    "read_model_config",
    "save_model",
]
