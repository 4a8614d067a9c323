"""Masked losses: missing labels cost nothing and send no gradient; ordinal terms order errors."""

from __future__ import annotations

import pytest
import torch

from spinelab.grading.losses import LOSSES, get_loss, inverse_frequency_weights, task_loss


@pytest.mark.parametrize("name", sorted(LOSSES))
def test_missing_labels_get_zero_gradient(name):
    torch.manual_seed(0)
    logits = torch.randn(6, 4, requires_grad=True)
    target = torch.tensor([0, -1, 3, -1, 2, -1])
    loss = task_loss(name, logits, target, ordinal=True, class_weight=torch.tensor([1.0, 1.0, 2.0, 4.0]))
    loss.backward()
    g = logits.grad
    assert torch.all(g[target == -1] == 0)
    assert torch.all(g[target != -1].abs().sum(1) > 0)
    # the masked rows' logits do not change the loss
    other = logits.detach().clone()
    other[target == -1] = 100 * torch.randn(3, 4)
    again = task_loss(name, other, target, ordinal=True, class_weight=torch.tensor([1.0, 1.0, 2.0, 4.0]))
    assert torch.allclose(loss.detach(), again)


@pytest.mark.parametrize("name", sorted(LOSSES))
def test_all_missing_is_zero_in_graph(name):
    logits = torch.randn(3, 4, requires_grad=True)
    loss = task_loss(name, logits, torch.full((3,), -1), ordinal=True)
    assert loss.item() == 0.0
    loss.backward()
    assert torch.all(logits.grad == 0)


@pytest.mark.parametrize("name", ["ce_emd", "cumulative"])
def test_ordinal_loss_penalises_far_errors_more(name):
    # same probability on the true class (none), the rest on mild vs on severe
    near = torch.log(torch.tensor([[0.3, 0.7, 1e-6, 1e-6]]))
    far = torch.log(torch.tensor([[0.3, 1e-6, 1e-6, 0.7]]))
    t = torch.tensor([0])
    assert task_loss(name, far, t, ordinal=True) > task_loss(name, near, t, ordinal=True)
    # plain CE cannot tell them apart
    assert torch.isclose(task_loss("ce", far, t, ordinal=True), task_loss("ce", near, t, ordinal=True), atol=1e-4)


def test_class_weights_weight_samples_by_true_class():
    logits = torch.zeros(2, 2)
    t = torch.tensor([0, 1])
    w = torch.tensor([1.0, 3.0])
    # equal per-sample CE (log 2): the weighted mean is still log 2
    assert torch.isclose(task_loss("ce", logits, t, ordinal=False, class_weight=w), torch.log(torch.tensor(2.0)))
    biased = torch.tensor([[2.0, 0.0], [2.0, 0.0]])  # right for class 0, wrong for class 1
    unweighted = task_loss("ce", biased, t, ordinal=False)
    weighted = task_loss("ce", biased, t, ordinal=False, class_weight=w)
    assert weighted > unweighted


def test_inverse_frequency_weights():
    w = inverse_frequency_weights(torch.tensor([100, 25, 0, 4]), power=0.5)
    assert w[2] == 1.0  # unseen class
    assert w[0] < w[1] < w[3]
    assert torch.isclose(w[[0, 1, 3]].mean(), torch.tensor(1.0))


def test_inverse_frequency_weights_min_count_smooths_rare_classes():
    counts = torch.tensor([1000, 100, 5])
    plain = inverse_frequency_weights(counts, power=0.5, max_ratio=100.0)
    smoothed = inverse_frequency_weights(counts, power=0.5, max_ratio=100.0, min_count=100)
    assert plain[2] > plain[1]  # 5 examples weigh more than 100 without smoothing
    assert torch.isclose(smoothed[1], smoothed[2])  # ...and as much as 100 with min_count=100
    assert torch.isclose(smoothed[0] / smoothed[1], torch.tensor(10 ** -0.5))


@pytest.mark.parametrize("name", sorted(LOSSES))
def test_sample_weight_zero_is_a_missing_label(name):
    torch.manual_seed(3)
    logits, t = torch.randn(5, 4), torch.tensor([0, 1, 3, 2, 0])
    cw = torch.tensor([1.0, 2.0, 1.0, 3.0])
    w = torch.tensor([1.0, 0.0, 1.0, 1.0, 0.0])
    weighted = task_loss(name, logits, t, ordinal=True, class_weight=cw, sample_weight=w)
    dropped = task_loss(name, logits, torch.where(w > 0, t, -1), ordinal=True, class_weight=cw)
    assert torch.isclose(weighted, dropped)
    half = task_loss(name, logits, t, ordinal=True, class_weight=cw, sample_weight=w + 0.5)
    assert not torch.isclose(half, weighted)


def test_wrong_loss_name():
    with pytest.raises(ValueError, match=r"unknown loss 'focal'; valid: \['ce', 'ce_emd', 'cumulative'\]"):
        get_loss("focal")
