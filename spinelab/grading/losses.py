"""Masked per-task losses: a missing label (class index -1) costs nothing and sends no gradient.

Each head outputs ``K`` logits (B, K). Loss kinds, chosen by name (``LOSSES``):

- ``ce``: cross entropy with optional class weights.
- ``ce_emd``: cross entropy + ``ordinal_weight`` x squared earth mover's distance between the
  predicted and the one-hot cumulative distributions (for ordinal grades: predicting
  ``severe`` for a ``none`` disc costs more than predicting ``mild``). Binary/nominal tasks
  get plain CE.
- ``cumulative``: cumulative-link (CORAL-style) loss on ``K-1`` binary "grade > k" events
  derived from the softmax (P(y > k) = sum of probabilities above k), for ordinal tasks;
  nominal tasks get plain CE.

All losses are weighted means over the samples that HAVE a label; with class weights the mean
is weighted by the weight of each sample's true class (as ``F.cross_entropy`` does), times the
optional per-sample ``sample_weight`` (B,) (e.g. a lower weight for labels a policy filled in).
A batch with no label for a task returns a zero that still belongs to the graph.
"""

from __future__ import annotations

from collections.abc import Callable

import torch
import torch.nn.functional as F

MISSING = -1


def _valid(target: torch.Tensor) -> torch.Tensor:
    return target != MISSING


def _zero(logits: torch.Tensor) -> torch.Tensor:
    return logits.sum() * 0.0


def _sample_weights(target: torch.Tensor, class_weight: torch.Tensor | None) -> torch.Tensor:
    if class_weight is None:
        return torch.ones_like(target, dtype=torch.float32)
    return class_weight.to(torch.float32)[target]


def _labelled(
    logits: torch.Tensor,
    target: torch.Tensor,
    class_weight: torch.Tensor | None,
    sample_weight: torch.Tensor | None = None,
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor] | None:
    """(float logits, targets, per-sample weights) of the labelled rows; None when none is labelled."""
    m = _valid(target)
    if not bool(m.any()):
        return None
    t = target[m]
    w = _sample_weights(t, class_weight)
    if sample_weight is not None:
        w = w * sample_weight[m].to(torch.float32)
    return logits[m].float(), t, w


def masked_cross_entropy(
    logits: torch.Tensor,
    target: torch.Tensor,
    class_weight: torch.Tensor | None = None,
    sample_weight: torch.Tensor | None = None,
) -> torch.Tensor:
    """Weighted mean CE over labelled samples. logits (B, K), target (B,) int64 with -1 = missing."""
    picked = _labelled(logits, target, class_weight, sample_weight)
    if picked is None:
        return _zero(logits)
    lg, t, w = picked
    return _weighted_mean(F.cross_entropy(lg, t, reduction="none"), w)


def _weighted_mean(per_sample: torch.Tensor, w: torch.Tensor) -> torch.Tensor:
    return (per_sample * w).sum() / w.sum().clamp_min(1e-12)


def masked_ce_emd(
    logits: torch.Tensor,
    target: torch.Tensor,
    class_weight: torch.Tensor | None = None,
    sample_weight: torch.Tensor | None = None,
    *,
    ordinal_weight: float = 1.0,
) -> torch.Tensor:
    """CE + ``ordinal_weight`` x squared EMD of the CDFs (ordinal grades); -1 = missing."""
    picked = _labelled(logits, target, class_weight, sample_weight)
    if picked is None:
        return _zero(logits)
    lg, t, w = picked
    ce = F.cross_entropy(lg, t, reduction="none")
    k = lg.shape[1]
    cdf_p = torch.cumsum(lg.softmax(-1), -1)
    cdf_t = torch.cumsum(F.one_hot(t, k).float(), -1)
    emd = ((cdf_p - cdf_t) ** 2).sum(-1) / max(k - 1, 1)
    return _weighted_mean(ce + ordinal_weight * emd, w)


def masked_cumulative(
    logits: torch.Tensor,
    target: torch.Tensor,
    class_weight: torch.Tensor | None = None,
    sample_weight: torch.Tensor | None = None,
    *,
    ordinal_weight: float = 1.0,
) -> torch.Tensor:
    """CE + ``ordinal_weight`` x binary CE of the K-1 cumulative events "grade > k"; -1 = missing."""
    picked = _labelled(logits, target, class_weight, sample_weight)
    if picked is None:
        return _zero(logits)
    lg, t, w = picked
    k = lg.shape[1]
    logp = lg.log_softmax(-1)
    # log P(y > j) for j = 0..K-2 via logsumexp of the classes above j, and log P(y <= j).
    above = torch.stack([torch.logsumexp(logp[:, j + 1 :], -1) for j in range(k - 1)], -1)
    below = torch.stack([torch.logsumexp(logp[:, : j + 1], -1) for j in range(k - 1)], -1)
    events = (t[:, None] > torch.arange(k - 1, device=t.device)[None, :]).float()
    bce = -(events * above + (1 - events) * below).sum(-1) / max(k - 1, 1)
    ce = F.nll_loss(logp, t, reduction="none")
    return _weighted_mean(ce + ordinal_weight * bce, w)


LossFn = Callable[..., torch.Tensor]
LOSSES: dict[str, LossFn] = {
    "ce": masked_cross_entropy,
    "ce_emd": masked_ce_emd,
    "cumulative": masked_cumulative,
}


def get_loss(name: str) -> LossFn:
    """The loss function registered under ``name``; a wrong name raises with the valid names."""
    try:
        return LOSSES[name]
    except KeyError:
        raise ValueError(f"unknown loss {name!r}; valid: {sorted(LOSSES)}") from None


def task_loss(
    name: str,
    logits: torch.Tensor,
    target: torch.Tensor,
    *,
    ordinal: bool,
    class_weight: torch.Tensor | None = None,
    ordinal_weight: float = 1.0,
    sample_weight: torch.Tensor | None = None,
) -> torch.Tensor:
    """Loss of one task's head: the named ordinal loss for ordinal tasks, masked CE otherwise."""
    fn = get_loss(name)
    if not ordinal or fn is masked_cross_entropy:
        return masked_cross_entropy(logits, target, class_weight, sample_weight)
    return fn(logits, target, class_weight, sample_weight, ordinal_weight=ordinal_weight)


def inverse_frequency_weights(
    counts: torch.Tensor, *, power: float = 0.5, max_ratio: float = 10.0, min_count: float = 0.0
) -> torch.Tensor:
    """Class weights ∝ max(count, min_count)^-power, normalised to mean 1 over present classes,
    capped at ``max_ratio`` x the smallest; classes never seen get weight 1.

    ``min_count`` keeps a handful of examples from being up-weighted as if their frequency were
    known: a class with 5 training labels weighs what one with ``min_count`` would (the network
    otherwise memorises those few and predicts the class where it is absent)."""
    c = counts.to(torch.float64)
    w = torch.ones_like(c)
    seen = c > 0
    if seen.any():
        w[seen] = c[seen].clamp(min=float(min_count)).pow(-power)
        w[seen] = w[seen] / w[seen].min()
        w[seen] = w[seen].clamp(max=max_ratio)
        w[seen] = w[seen] / w[seen].mean()
    return w.to(torch.float32)
