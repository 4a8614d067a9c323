"""Metrics on hand-made predictions with known accuracy, F1, kappa and RSNA log loss."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from spinelab.grading.metrics import (
    GraderMetrics,
    classification_metrics,
    collapse_rsna,
    rsna_weighted_log_loss,
)
from spinelab.grading.tasks import select_tasks


def _onehot(pred, k):
    return torch.nn.functional.one_hot(torch.tensor(pred), k).float()


def test_hand_made_grades():
    target = torch.tensor([0, 0, 1, 1, 2, 3, -1])
    pred = [0, 1, 1, 1, 2, 1, 3]  # last one is unlabelled: ignored
    m = classification_metrics(_onehot(pred, 4), target, ordinal=True)
    assert m["n"] == 6
    assert m["acc"] == pytest.approx(4 / 6)
    # recall: c0 1/2, c1 2/2, c2 1/1, c3 0/1 -> 0.625
    assert m["bal_acc"] == pytest.approx(0.625)
    # F1: c0 2/3, c1 2*(2/4*1)/(1.5)=0.6667, c2 1, c3 0 -> mean 0.5833
    assert m["f1"] == pytest.approx((2 / 3 + 2 / 3 + 1 + 0) / 4, abs=1e-4)
    # linear kappa by hand: disagreement weights |i-j|/3
    cm = np.zeros((4, 4))
    for t, p in zip([0, 0, 1, 1, 2, 3], pred[:6], strict=True):
        cm[t, p] += 1
    w = np.abs(np.subtract.outer(np.arange(4), np.arange(4))) / 3
    exp = np.outer(cm.sum(1), cm.sum(0)) / cm.sum()
    kappa = 1 - (w * cm).sum() / (w * exp).sum()
    assert m["kappa"] == pytest.approx(kappa, abs=1e-5)


def test_perfect_and_binary():
    t = torch.tensor([0, 1, 1, 0])
    m = classification_metrics(_onehot([0, 1, 1, 0], 2), t, ordinal=False)
    assert m["acc"] == m["f1"] == m["bal_acc"] == m["auroc"] == 1.0
    assert "kappa" not in m
    probs = torch.tensor([[0.9, 0.1], [0.4, 0.6], [0.6, 0.4], [0.2, 0.8]])
    m = classification_metrics(probs, torch.tensor([0, 1, 1, 0]), ordinal=False)
    assert m["auroc"] == pytest.approx(0.5)  # positives 0.6,0.4 vs negatives 0.1,0.8


def test_rsna_weighted_log_loss_by_hand():
    p = np.array([[0.7, 0.2, 0.1], [0.2, 0.5, 0.3], [0.1, 0.1, 0.8]])
    y = np.array([0, 1, 2])
    out = rsna_weighted_log_loss({"spinal": (p, y), "foraminal": (p, y), "subarticular": (p[:2], y[:2])},
                                 spinal_study_ids=["s1", "s1", "s2"])
    spinal = (-math.log(0.7) * 1 - math.log(0.5) * 2 - math.log(0.8) * 4) / 7
    assert out["spinal"] == pytest.approx(spinal)
    assert out["subarticular"] == pytest.approx((-math.log(0.7) - 2 * math.log(0.5)) / 3)
    # any severe: s1 label 0, p=max(0.1,0.3)=0.3, weight max(1,2)=2; s2 label 1, p=0.8, weight 4
    anys = (-2 * math.log(0.7) - 4 * math.log(0.8)) / 6
    assert out["any_severe_spinal"] == pytest.approx(anys)
    assert out["score"] == pytest.approx((spinal * 2 + out["subarticular"] + anys) / 4)


def test_collapse_rsna():
    np.testing.assert_allclose(collapse_rsna(np.array([[0.1, 0.2, 0.3, 0.4]])), [[0.3, 0.3, 0.4]])


def test_grader_metrics_per_level_and_rsna():
    tasks = select_tasks(["canal_stenosis", "disc_bulge"])
    gm = GraderMetrics(tasks, ["L4-L5", "L5-S1"])
    probs = {"canal_stenosis": _onehot([0, 2, 3, 3], 4) * 0.97 + 0.01, "disc_bulge": _onehot([1, 0, 1, 1], 2)}
    targets = torch.tensor([[0, 1], [2, 0], [3, -1], [1, 1]])
    gm.update(probs, targets, torch.tensor([0, 0, 1, 1]), torch.tensor([0, 0, 1, 1]))
    out = gm.compute()
    assert out["canal_stenosis/acc"] == pytest.approx(0.75)
    assert out["canal_stenosis/L4-L5/acc"] == 1.0 and out["canal_stenosis/L5-S1/acc"] == 0.5
    assert out["disc_bulge/acc"] == 1.0  # the unlabelled third sample is not scored
    assert "rsna/spinal" in out and "rsna/any_severe_spinal" in out and "rsna/foraminal" not in out
    table = gm.table()
    assert set(table["level"]) == {"all", "L4-L5", "L5-S1"}
