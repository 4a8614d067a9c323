"""Grader metrics per task and per disc level (torchmetrics), and the RSNA 2024 weighted log loss.

Per task (over samples that have a label for it): ``acc`` (accuracy), ``bal_acc`` (balanced
accuracy = macro multiclass recall), ``f1`` (macro F1), ``kappa`` (linearly weighted Cohen's
kappa, ordinal tasks only), ``auroc`` (macro one-vs-rest AUROC over the classes that occur
in the targets), ``n`` (labelled samples). Averages are over the task's classes that occur in
the targets or the predictions (torchmetrics ``average='macro'`` would count absent classes).

RSNA 2024 Lumbar Spine Degenerative Classification metric (``rsna_weighted_log_loss``): for each
stenosis group (spinal canal, foraminal, subarticular) a sample-weighted log loss over the three
classes Normal/Mild, Moderate, Severe with weights 1, 2, 4 by the TRUE class (probabilities
renormalised per row, clipped at 1e-15); plus ``any_severe_spinal``, a binary log loss per
study of "any canal level severe" predicted by the max severe probability over the study's
canal levels, weighted by the max sample weight of the study's canal levels; the score is the
mean of the four. Our 4-grade heads are collapsed: P(normal/mild) = P(none) + P(mild).
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import numpy as np
import pandas as pd
import torch
from torchmetrics import Metric
from torchmetrics.functional.classification import (
    multiclass_auroc,
    multiclass_cohen_kappa,
    multiclass_f1_score,
    multiclass_recall,
)

from spinelab.grading.tasks import MISSING, TaskSpec

RSNA_WEIGHTS = np.array([1.0, 2.0, 4.0])
RSNA_GROUPS: tuple[str, ...] = ("spinal", "foraminal", "subarticular")
_EPS = 1e-15


def classification_metrics(probs: torch.Tensor, target: torch.Tensor, *, ordinal: bool) -> dict[str, float]:
    """Metrics of one task on labelled samples: probs (N, K) rows summing to 1, target (N,) in 0..K-1."""
    keep = target != MISSING
    probs, target = probs[keep].float(), target[keep].long()
    n, k = int(target.numel()), int(probs.shape[1])
    out: dict[str, float] = {"n": float(n)}
    if n == 0:
        return out
    pred = probs.argmax(-1)
    present = torch.zeros(k, dtype=torch.bool)
    present[target.unique()] = True
    present[pred.unique()] = True
    out["acc"] = float((pred == target).float().mean())
    recall = multiclass_recall(pred, target, num_classes=k, average="none")
    f1 = multiclass_f1_score(pred, target, num_classes=k, average="none")
    in_target = torch.zeros(k, dtype=torch.bool)
    in_target[target.unique()] = True
    out["bal_acc"] = float(recall[in_target].mean())
    out["f1"] = float(f1[present].mean())
    if ordinal:
        if in_target.sum() == 1 and bool((pred == target).all()):
            out["kappa"] = 1.0  # perfect agreement on a single class (kappa is 0/0 there)
        else:
            out["kappa"] = float(multiclass_cohen_kappa(pred, target, num_classes=k, weights="linear"))
    if int(in_target.sum()) >= 2:
        with warnings.catch_warnings():  # classes absent from the targets are excluded below
            warnings.simplefilter("ignore", UserWarning)
            auc = multiclass_auroc(probs, target, num_classes=k, average="none", thresholds=None)
        out["auroc"] = float(auc[in_target].mean())
    return out


def collapse_rsna(probs4: np.ndarray) -> np.ndarray:
    """(N, 4) none/mild/moderate/severe probabilities -> (N, 3) normal_mild/moderate/severe."""
    p = np.asarray(probs4, dtype=np.float64)
    return np.stack([p[:, 0] + p[:, 1], p[:, 2], p[:, 3]], axis=1)


def collapse_rsna_target(target4: np.ndarray) -> np.ndarray:
    """Grade indices 0..3 (-1 missing) -> RSNA classes 0..2 (-1 missing)."""
    t = np.asarray(target4)
    return np.where(t < 0, -1, np.maximum(t - 1, 0))


def _weighted_log_loss(p: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    p = np.clip(p / p.sum(1, keepdims=True), _EPS, 1 - _EPS)
    p = p / p.sum(1, keepdims=True)
    nll = -np.log(p[np.arange(len(y)), y])
    return float((w * nll).sum() / w.sum())


def rsna_weighted_log_loss(
    groups: dict[str, tuple[np.ndarray, np.ndarray]],
    spinal_study_ids: Sequence[object] | None = None,
) -> dict[str, float]:
    """The RSNA 2024 metric. ``groups`` maps 'spinal'/'foraminal'/'subarticular' to
    (probs (N, 3), target (N,) in 0..2 or -1); ``spinal_study_ids`` (N_spinal,) names each canal
    row's study for ``any_severe_spinal``. Returns each part and ``score`` (their mean)."""
    out: dict[str, float] = {}
    for g in RSNA_GROUPS:
        if g not in groups:
            continue
        p, y = np.asarray(groups[g][0], float), np.asarray(groups[g][1], int)
        keep = y >= 0
        if keep.any():
            out[g] = _weighted_log_loss(p[keep], y[keep], RSNA_WEIGHTS[y[keep]])
    if "spinal" in groups and spinal_study_ids is not None:
        p, y = np.asarray(groups["spinal"][0], float), np.asarray(groups["spinal"][1], int)
        keep = y >= 0
        if keep.any():
            p = p / p.sum(1, keepdims=True)
            df = pd.DataFrame({
                "study": np.asarray(spinal_study_ids, dtype=object)[keep],
                "severe": (y[keep] == 2).astype(float),
                "w": RSNA_WEIGHTS[y[keep]],
                "p": p[keep, 2],
            }).groupby("study").max()
            pb = np.stack([1 - df["p"].to_numpy(), df["p"].to_numpy()], 1)
            out["any_severe_spinal"] = _weighted_log_loss(pb, df["severe"].to_numpy().astype(int), df["w"].to_numpy())
    parts = [v for v in out.values()]
    if parts:
        out["score"] = float(np.mean(parts))
    return out


class GraderMetrics(Metric):
    """Accumulates per-task probabilities, targets, level and study indices (DDP-synced by
    concatenation) and computes the metric table per task, per (task, level) and RSNA."""

    full_state_update = False

    def __init__(self, tasks: Sequence[TaskSpec], levels: Sequence[str]) -> None:
        super().__init__()
        self.tasks = list(tasks)
        self.levels = list(levels)
        for t in self.tasks:
            self.add_state(f"probs_{t.name}", default=[], dist_reduce_fx="cat")
            self.add_state(f"target_{t.name}", default=[], dist_reduce_fx="cat")
        self.add_state("level", default=[], dist_reduce_fx="cat")
        self.add_state("study", default=[], dist_reduce_fx="cat")

    def update(self, probs: dict[str, torch.Tensor], targets: torch.Tensor, level: torch.Tensor,
               study: torch.Tensor) -> None:
        """probs: task -> (B, K); targets (B, T) class indices in task order; level, study (B,)."""
        for i, t in enumerate(self.tasks):
            self._state_list(f"probs_{t.name}").append(probs[t.name].detach().float())
            self._state_list(f"target_{t.name}").append(targets[:, i].detach().long())
        self._state_list("level").append(level.detach().long())
        self._state_list("study").append(study.detach().long())

    def _state_list(self, name: str) -> list[torch.Tensor]:
        return getattr(self, name)

    def _cat(self, name: str) -> torch.Tensor:
        v = getattr(self, name)
        if isinstance(v, list):
            return torch.cat(v) if v else torch.empty(0)
        return v

    def probs_of(self, task: str) -> torch.Tensor:
        """(N, K) probabilities of ``task`` accumulated so far (this rank's, unless synced)."""
        return self._cat(f"probs_{task}")

    def target_of(self, task: str) -> torch.Tensor:
        """(N,) class indices of ``task`` accumulated so far (-1 missing)."""
        return self._cat(f"target_{task}")

    def shift_logits(self, task: str, delta: torch.Tensor) -> None:
        """Re-express the stored ``task`` probabilities as if ``delta`` (K,) had been added to
        the logits they came from (a moved decision threshold)."""
        p = self.probs_of(task)
        if p.numel():
            shifted = (p.clamp_min(1e-12).log() + delta.to(p.device)).softmax(-1)
            setattr(self, f"probs_{task}", [shifted])
        self._computed = None

    def table(self) -> pd.DataFrame:
        """Long table: task, level ('all' or a disc level), metric, value."""
        rows: list[dict[str, object]] = []
        level = self._cat("level").cpu()
        for t in self.tasks:
            p, y = self._cat(f"probs_{t.name}").cpu(), self._cat(f"target_{t.name}").cpu()
            if p.numel() == 0:
                continue
            scopes = [("all", torch.ones_like(y, dtype=torch.bool))]
            scopes += [(lv, level == i) for i, lv in enumerate(self.levels)]
            for name, m in scopes:
                if not bool(m.any()):
                    continue
                for k, v in classification_metrics(p[m], y[m], ordinal=t.ordinal).items():
                    rows.append({"task": t.name, "level": name, "metric": k, "value": v})
        for k, v in self.rsna().items():
            rows.append({"task": "rsna", "level": "all", "metric": k, "value": v})
        return pd.DataFrame(rows, columns=["task", "level", "metric", "value"])

    def rsna(self) -> dict[str, float]:
        """RSNA 2024 weighted log loss over the tasks that carry an ``rsna_group``."""
        groups: dict[str, tuple[list[np.ndarray], list[np.ndarray]]] = {}
        study_ids = None
        for t in self.tasks:
            if t.rsna_group is None:
                continue
            p = self._cat(f"probs_{t.name}").cpu().numpy()
            if p.size == 0:
                continue
            y = collapse_rsna_target(self._cat(f"target_{t.name}").cpu().numpy())
            ps, ys = groups.setdefault(t.rsna_group, ([], []))
            ps.append(collapse_rsna(p))
            ys.append(y)
            if t.rsna_group == "spinal":
                study_ids = self._cat("study").cpu().numpy().tolist()
        merged = {g: (np.concatenate(v[0]), np.concatenate(v[1])) for g, v in groups.items()}
        return rsna_weighted_log_loss(merged, study_ids)

    def compute(self) -> dict[str, float]:
        """Flat dict ``{task}/{metric}`` (all levels) and ``{task}/{level}/{metric}``; NaNs dropped."""
        out: dict[str, float] = {}
        for r in self.table().itertuples(index=False):
            if r.metric == "n" or not np.isfinite(r.value):
                continue
            key = f"{r.task}/{r.metric}" if r.level == "all" else f"{r.task}/{r.level}/{r.metric}"
            out[key] = float(r.value)
        return out
