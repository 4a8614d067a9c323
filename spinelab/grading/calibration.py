"""Operating points of binary heads, chosen on the validation split.

A binary head decides "present" where its margin ``logit[present] - logit[absent]`` is >= 0. With
class weights and a rare positive class that zero point can sit far from the best one: a
herniation head with AUROC 0.98 on held-out patients still missed half of the herniations at
argmax. :func:`fit_margin_cut` picks the cut on the margin that maximises macro-F1 (the
benchmark's metric) on the labelled validation samples; ``GraderModule(calibrate_thresholds=True)``
stores it as a logit bias (``decision_bias_<task>``, saved in the checkpoint), so probabilities,
argmax decisions, metrics and ``grade predict`` all use it. Probabilities are then prior-shifted:
0.5 is the validation operating point, not a calibrated 50 % risk.
"""

from __future__ import annotations

import torch

from spinelab.grading.tasks import MISSING


def _f1(tp: torch.Tensor, fp: torch.Tensor, fn: torch.Tensor) -> torch.Tensor:
    den = 2 * tp + fp + fn
    return torch.where(den > 0, 2 * tp / den.clamp_min(1), torch.zeros_like(den))


def fit_margin_cut(
    margin: torch.Tensor,
    target: torch.Tensor,
    *,
    min_per_class: int = 5,
    tolerance: float = 0.01,
    max_abs: float = 4.0,
) -> float:
    """Cut ``c`` on ``margin`` (N,) such that predicting class 1 where ``margin >= c`` maximises
    the macro-F1 (mean of both classes' F1) against ``target`` (N,) in {0, 1} (``MISSING`` = -1
    ignored).

    Returns 0.0 (argmax unchanged) when either class has fewer than ``min_per_class`` labelled
    samples. Among the cuts whose macro-F1 is within ``tolerance`` of the best, the one nearest 0
    wins, so a flat stretch of near-equal scores (a sample or two on a validation split) leaves
    argmax alone; inside the winning gap between two margins the cut is 0 if the gap holds 0,
    else the gap's midpoint. Clipped to ``[-max_abs, max_abs]`` (logit units).
    """
    keep = target != MISSING
    m = margin[keep].double()
    y = target[keep].long()
    n, pos = int(y.numel()), int((y == 1).sum())
    if pos < min_per_class or n - pos < min_per_class:
        return 0.0
    order = torch.argsort(m, descending=True)
    s, ys = m[order], y[order].double()
    # partition k: the k highest margins are called positive (k = 0..n)
    tp = torch.cat([torch.zeros(1, dtype=torch.float64), torch.cumsum(ys, 0)])
    k = torch.arange(n + 1, dtype=torch.float64)
    fp = k - tp
    fn = pos - tp
    tn = (n - pos) - fp
    score = 0.5 * (_f1(tp, fp, fn) + _f1(tn, fn, fp))
    hi = torch.cat([s[:1] + 1.0, s])  # margins of the lowest positive-called sample (k >= 1)
    lo = torch.cat([s, s[-1:] - 1.0])  # margin of the highest negative-called sample
    valid = hi > lo  # a cut can only fall between two distinct margins
    cut = torch.where((lo < 0) & (hi >= 0), torch.zeros_like(hi), 0.5 * (hi + lo))
    best = score[valid].max()
    cand = valid & (score >= best - tolerance - 1e-12)
    c = cut[cand][torch.argmin(cut[cand].abs())]
    return float(c.clamp(-max_abs, max_abs))
