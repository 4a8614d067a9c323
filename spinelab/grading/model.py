"""The per-level multi-input multi-task grader (LightningModule).

Inputs (a batch from ``GraderDataModule``): ``image_sag`` (B, C_sag, H, W) sagittal crops with
T2 and T1 planes as channels, ``image_ax`` (B, C_ax, H, W) axial crops, ``has_ax`` and
``has_sag_t1`` (B,) 0/1, ``level`` (B,) index into ``levels``, ``labels`` (B, T) class indices
(-1 missing) in task order.

Architecture: one encoder per input (``encoder`` / ``axial_encoder``, names from
``spinelab.grading.encoders.ENCODERS``) -> features (B, F) each; the axial features are zeroed
where ``has_ax`` is 0; fusion MLP over [sagittal, axial, has_ax, has_sag_t1, level embedding]
-> (B, F) -> one linear head per task (K logits). Losses: ``spinelab.grading.losses`` (masked:
missing labels cost nothing). With ``calibrate_thresholds`` each binary head's operating point is
chosen on the validation split at every validation epoch (``spinelab.grading.calibration``) and
kept as the buffer ``decision_bias_<task>`` (K,), added to the logits wherever probabilities are
made. ``save_hyperparameters()`` records everything needed to rebuild
the model from a checkpoint, including the channel names, crop geometry and the segmentation
model directory (``seg_model``) that ``spinelab grade predict`` uses by default.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any, Literal, cast

import lightning as L
import torch
from lightning.fabric.utilities.data import AttributeDict
from torch import nn

from spinelab.grading.calibration import fit_margin_cut
from spinelab.grading.encoders import build_encoder
from spinelab.grading.losses import get_loss, inverse_frequency_weights, task_loss
from spinelab.grading.metrics import GraderMetrics
from spinelab.grading.tasks import TaskSpec, select_tasks
from spinelab.schema import LEVELS


class GraderModule(L.LightningModule):
    """Multi-input (sagittal, axial) multi-task per-level grader."""

    def __init__(
        self,
        *,
        sagittal_channels: list[str] | None = None,
        axial_channels: list[str] | None = None,
        crop_config: dict[str, Any] | None = None,
        tasks: list[str] | None = None,
        levels: list[str] | None = None,
        encoder: str = "resnet_tiny",
        axial_encoder: str | None = None,
        encoder_kwargs: dict[str, Any] | None = None,
        feature_dim: int = 128,
        level_embedding_dim: int = 8,
        dropout: float = 0.2,
        axial_dropout: float = 0.0,
        loss: str = "ce_emd",
        ordinal_weight: float = 1.0,
        class_weighting: Literal["none", "inverse_sqrt_frequency", "inverse_frequency"] = "none",
        class_weight_min_count: int = 0,
        filled_label_weight: dict[str, float] | None = None,
        task_weights: dict[str, float] | None = None,
        lr: float = 1e-3,
        weight_decay: float = 1e-4,
        warmup_fraction: float = 0.05,
        scheduler: Literal["cosine", "constant"] = "cosine",
        calibrate_thresholds: bool = False,
        seg_model: str | None = None,
    ) -> None:
        """``sagittal_channels``/``axial_channels``/``crop_config`` come from the dataset (the CLI
        links them from the data module); ``tasks`` None = every task of ``tasks.yaml``;
        ``calibrate_thresholds``: choose each binary head's decision threshold on validation."""
        super().__init__()
        self.save_hyperparameters()
        get_loss(loss)  # fail early on a wrong loss name
        self.sagittal_channels = list(sagittal_channels or ["t2_mid", "t2_right", "t2_left", "t1_mid", "t1_right", "t1_left"])
        self.axial_channels = list(axial_channels or ["t2_k-1", "t2_k+0", "t2_k+1"])
        self.tasks: tuple[TaskSpec, ...] = select_tasks(tasks)
        self.levels = list(levels or LEVELS)
        self.task_weights = self._per_task("task_weights", task_weights)
        #: loss weight of a label the dataset's unstated_as_normal policy filled in, per task
        self.filled_weight = self._per_task("filled_label_weight", filled_label_weight, upper=1.0)
        kw = dict(encoder_kwargs or {})
        self.enc_sag = build_encoder(encoder, len(self.sagittal_channels), feature_dim, **kw)
        self.enc_ax = build_encoder(axial_encoder or encoder, len(self.axial_channels), feature_dim, **kw)
        self.level_emb = nn.Embedding(len(self.levels), level_embedding_dim)
        self.fuse = nn.Sequential(
            nn.Linear(2 * feature_dim + 2 + level_embedding_dim, feature_dim),
            nn.GELU(),
            nn.Dropout(dropout),
        )
        self.heads = nn.ModuleDict({t.name: nn.Linear(feature_dim, t.num_classes) for t in self.tasks})
        for t in self.tasks:
            self.register_buffer(f"class_weight_{t.name}", torch.ones(t.num_classes))
            self.register_buffer(f"decision_bias_{t.name}", torch.zeros(t.num_classes))
        self.val_metrics = GraderMetrics(self.tasks, self.levels)
        self.test_metrics = GraderMetrics(self.tasks, self.levels)

    @property
    def hp(self) -> AttributeDict:
        """``self.hparams``, typed as the AttributeDict that ``save_hyperparameters()`` stores."""
        return cast(AttributeDict, self.hparams)

    def _per_task(self, what: str, given: dict[str, float] | None, upper: float | None = None) -> dict[str, float]:
        """Task name -> float from a partial mapping (default 1.0); unknown names or values
        outside [0, upper] raise naming them."""
        given = dict(given or {})
        names = [t.name for t in self.tasks]
        unknown = [k for k in given if k not in names]
        if unknown:
            raise ValueError(f"{what} names unknown tasks {unknown}; tasks: {names}")
        bad = {k: v for k, v in given.items() if float(v) < 0 or (upper is not None and float(v) > upper)}
        if bad:
            raise ValueError(f"{what} must lie in [0, {'inf' if upper is None else format(upper, 'g')}]; got {bad}")
        return {n: float(given.get(n, 1.0)) for n in names}

    # ------------------------------------------------------------------ forward
    def forward(self, batch: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
        """Logits per task name, each (B, K)."""
        has_ax = batch["has_ax"].float()
        if self.training and self.hp.axial_dropout > 0:
            keep = (torch.rand_like(has_ax) >= self.hp.axial_dropout).float()
            has_ax = has_ax * keep
        f_sag = self.enc_sag(batch["image_sag"])
        f_ax = self.enc_ax(batch["image_ax"]) * has_ax[:, None]
        z = torch.cat(
            [f_sag, f_ax, has_ax[:, None], batch["has_sag_t1"].float()[:, None], self.level_emb(batch["level"])],
            dim=1,
        )
        h = self.fuse(z)
        return {name: head(h) for name, head in self.heads.items()}

    def probabilities(self, logits: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
        """Softmax class probabilities per task (float32), after the decision bias (zero unless
        ``calibrate_thresholds`` set one: then 0.5 is the validation operating point)."""
        return {k: (v.float() + getattr(self, f"decision_bias_{k}")).softmax(-1) for k, v in logits.items()}

    def decision_margins(self) -> dict[str, float]:
        """Binary task -> logit margin (present - absent) at which it calls 'present' (0 = argmax)."""
        out = {}
        for t in self.tasks:
            if t.num_classes == 2:
                b = getattr(self, f"decision_bias_{t.name}")
                out[t.name] = float(b[0] - b[1])
        return out

    def _calibrate_thresholds(self) -> None:
        """Set each binary head's decision to the margin cut that maximises macro-F1 on this
        validation epoch's labelled samples (all ranks' samples under DDP). The cut is fitted on
        the raw logit margins, so it depends on this epoch's model only, not on earlier epochs'
        cuts. The stored validation probabilities are shifted with it, so the logged metrics are
        those of the model as saved."""
        metrics = self.val_metrics
        cuts: dict[str, float] = {}
        with metrics.sync_context(should_sync=True, should_unsync=True):
            for t in self.tasks:
                if t.num_classes != 2:
                    continue
                p = metrics.probs_of(t.name)
                if p.numel() == 0:
                    continue
                lp = p.clamp_min(1e-12).log()
                old = getattr(self, f"decision_bias_{t.name}").to(lp.device)
                raw = (lp[:, 1] - lp[:, 0]) - (old[1] - old[0])  # margins without the current bias
                cuts[t.name] = fit_margin_cut(raw, metrics.target_of(t.name))
        for name, c in cuts.items():
            bias = getattr(self, f"decision_bias_{name}")
            new = torch.tensor([0.0, -c], device=bias.device, dtype=bias.dtype)
            delta = new - bias
            bias.copy_(new)
            metrics.shift_logits(name, delta)
        self.log_dict({f"val/decision_margin_{k}": v for k, v in self.decision_margins().items()})

    def on_load_checkpoint(self, checkpoint: dict[str, Any]) -> None:
        """Checkpoints from before ``decision_bias_*`` existed load with zero bias (argmax)."""
        state = checkpoint.get("state_dict", {})
        for t in self.tasks:
            state.setdefault(f"decision_bias_{t.name}", torch.zeros(t.num_classes))

    def class_weight(self, task: str) -> torch.Tensor | None:
        if self.hp.class_weighting == "none":
            return None
        return getattr(self, f"class_weight_{task}")

    def compute_loss(
        self, logits: dict[str, torch.Tensor], labels: torch.Tensor, filled: torch.Tensor | None = None
    ) -> tuple[torch.Tensor, dict[str, torch.Tensor]]:
        """Weighted sum over tasks of the masked task losses, and each task's loss.

        ``labels`` (B, T) class indices (-1 missing); ``filled`` (B, T) bool: labels the dataset's
        ``unstated_as_normal`` policy filled in, weighted ``filled_label_weight[task]``."""
        parts: dict[str, torch.Tensor] = {}
        for i, t in enumerate(self.tasks):
            fw = self.filled_weight[t.name]
            sample_weight = None
            if filled is not None and fw != 1.0:
                sample_weight = torch.where(filled[:, i], fw, 1.0).to(torch.float32)
            parts[t.name] = task_loss(
                self.hp.loss, logits[t.name], labels[:, i], ordinal=t.ordinal,
                class_weight=self.class_weight(t.name), ordinal_weight=self.hp.ordinal_weight,
                sample_weight=sample_weight,
            )
        total = sum(self.task_weights[k] * v for k, v in parts.items())
        return total / max(sum(self.task_weights.values()), 1e-12), parts  # type: ignore[return-value]

    # ------------------------------------------------------------------ Lightning hooks
    def setup(self, stage: str) -> None:
        """On fit: class weights from the training split's label counts (when asked for); a
        filled label counts ``filled_label_weight`` of a stated one."""
        if stage != "fit" or self.hp.class_weighting == "none":
            return
        dm = getattr(self.trainer, "datamodule", None) if self._trainer is not None else None
        if dm is None or not hasattr(dm, "class_counts"):
            return
        counts = dm.class_counts([t.name for t in self.tasks], filled_weight=self.filled_weight)
        power = 0.5 if self.hp.class_weighting == "inverse_sqrt_frequency" else 1.0
        for t in self.tasks:
            w = inverse_frequency_weights(
                torch.as_tensor(counts[t.name]), power=power, min_count=self.hp.class_weight_min_count
            )
            getattr(self, f"class_weight_{t.name}").copy_(w)

    def training_step(self, batch: dict[str, torch.Tensor], batch_idx: int) -> torch.Tensor:
        logits = self(batch)
        loss, parts = self.compute_loss(logits, batch["labels"], batch.get("label_filled"))
        bs = batch["labels"].shape[0]
        self.log("train/loss", loss, prog_bar=True, batch_size=bs)
        self.log_dict({f"train/loss_{k}": v for k, v in parts.items()}, batch_size=bs)
        return loss

    def _eval_step(self, batch: dict[str, torch.Tensor], prefix: str, metrics: GraderMetrics) -> torch.Tensor:
        logits = self(batch)
        loss, _ = self.compute_loss(logits, batch["labels"], batch.get("label_filled"))
        self.log(f"{prefix}/loss", loss, prog_bar=True, sync_dist=True, batch_size=batch["labels"].shape[0])
        metrics.update(self.probabilities(logits), batch["labels"], batch["level"], batch["study"])
        return loss

    def validation_step(self, batch: dict[str, torch.Tensor], batch_idx: int) -> torch.Tensor:
        return self._eval_step(batch, "val", self.val_metrics)

    def test_step(self, batch: dict[str, torch.Tensor], batch_idx: int) -> torch.Tensor:
        return self._eval_step(batch, "test", self.test_metrics)

    def _log_metrics(self, prefix: str, metrics: GraderMetrics) -> dict[str, float]:
        values = metrics.compute()
        metrics.reset()
        # Overall metrics go to the loggers; per-level ones only macro-F1 and kappa (the test
        # loop writes the full table to <log_dir>/test_metrics.csv and a heat map .png).
        keep = {k: v for k, v in values.items() if k.count("/") == 1 or k.endswith(("/f1", "/kappa"))}
        self.log_dict({f"{prefix}/{k}": v for k, v in keep.items()}, sync_dist=False)
        if "rsna/score" in values:
            self.log(f"{prefix}/rsna_score", values["rsna/score"], prog_bar=True)
        f1 = [v for k, v in values.items() if k.count("/") == 1 and k.endswith("/f1") and not k.startswith("rsna")]
        if f1:
            self.log(f"{prefix}/mean_f1", sum(f1) / len(f1), prog_bar=True)
        return values

    def on_validation_epoch_end(self) -> None:
        sanity = self._trainer is not None and self.trainer.sanity_checking
        if self.hp.calibrate_thresholds and not sanity:
            self._calibrate_thresholds()
        self._log_metrics("val", self.val_metrics)

    def on_test_epoch_start(self) -> None:
        self.test_metrics.reset()

    def on_test_epoch_end(self) -> None:
        with self.test_metrics.sync_context(should_sync=True, should_unsync=True):
            table = self.test_metrics.table()  # every rank's samples under DDP
        self._log_metrics("test", self.test_metrics)
        log_dir = self.trainer.log_dir if self._trainer is not None else None
        if log_dir and self.trainer.is_global_zero:
            out = Path(log_dir) / "test_metrics.csv"
            out.parent.mkdir(parents=True, exist_ok=True)
            tmp = out.with_name(".test_metrics.csv.tmp")
            table.to_csv(tmp, index=False)
            tmp.replace(out)
            if len(table):
                from spinelab.grading.report import plot_metrics_table

                plot_metrics_table(table, out.with_suffix(".png"))

    def predict_step(self, batch: dict[str, torch.Tensor], batch_idx: int) -> dict[str, torch.Tensor]:
        """Probabilities per task (B, K) and the batch's ``sample_idx``."""
        probs = self.probabilities(self(batch))
        return {"sample_idx": batch["sample_idx"], **probs}

    def configure_optimizers(self) -> Any:
        opt = torch.optim.AdamW(self.parameters(), lr=self.hp.lr, weight_decay=self.hp.weight_decay)
        if self.hp.scheduler == "constant":
            return opt
        total = max(int(self.trainer.estimated_stepping_batches), 1)
        warm = int(self.hp.warmup_fraction * total)

        def factor(step: int) -> float:
            if step < warm:
                return (step + 1) / max(warm, 1)
            prog = min((step - warm) / max(total - warm, 1), 1.0)
            return 0.01 + 0.99 * 0.5 * (1 + math.cos(math.pi * prog))

        sched = torch.optim.lr_scheduler.LambdaLR(opt, factor)
        return {"optimizer": opt, "lr_scheduler": {"scheduler": sched, "interval": "step"}}
