"""The partial-label loss and the LightningModule."""

from __future__ import annotations

import torch

from spinelab.segmentation.module import (
    SegmentationModule,
    partial_label_loss,
    reference_partial_label_loss,
)


def _logits_for(classes: torch.Tensor, k: int, scale: float = 8.0) -> torch.Tensor:
    return torch.nn.functional.one_hot(classes, k).permute(0, 3, 1, 2).float() * scale


def test_loss_low_for_correct_high_for_wrong() -> None:
    label = torch.zeros(2, 16, 16, dtype=torch.long)
    label[:, 4:10, 4:10] = 1
    label[:, 10:14, 4:10] = 2
    known = torch.ones(2, 3, dtype=torch.bool)
    good = partial_label_loss(_logits_for(label, 3), label, known)
    bad = partial_label_loss(_logits_for((label + 1) % 3, 3), label, known)
    assert good < 0.1 < 1.0 < bad


def test_unknown_class_is_not_taught_as_background() -> None:
    # the sample labels only class 1; the network predicts class 2 where the label says 0
    label = torch.zeros(1, 16, 16, dtype=torch.long)
    label[:, 2:6, 2:6] = 1
    pred = label.clone()
    pred[:, 10:14, 10:14] = 2
    logits = _logits_for(pred, 3)
    known_all = torch.tensor([[True, True, True]])
    known_12 = torch.tensor([[True, True, False]])
    penalised = partial_label_loss(logits, label, known_all)
    tolerated = partial_label_loss(logits, label, known_12)
    assert tolerated < 0.05
    assert penalised > tolerated + 0.1


def test_loss_and_gradient_match_the_definition() -> None:
    g = torch.Generator().manual_seed(3)
    b, k = 3, 6
    logits = (torch.randn(b, k, 12, 10, generator=g) * 4).requires_grad_()
    known = torch.tensor([[1, 1, 1, 1, 1, 1], [1, 1, 0, 1, 0, 0], [1, 0, 0, 0, 0, 1]]).bool()
    label = torch.randint(0, k, (b, 12, 10), generator=g)
    label[~known.gather(1, label.flatten(1)).view(b, 12, 10)] = 0  # never an unknown class
    ours = partial_label_loss(logits, label, known)
    ref = reference_partial_label_loss(logits, label, known)
    (g_ours,) = torch.autograd.grad(ours, logits)
    (g_ref,) = torch.autograd.grad(ref, logits)
    assert torch.allclose(ours, ref, rtol=1e-5)
    assert torch.allclose(g_ours, g_ref, atol=1e-6 * float(g_ref.abs().max()))
    # half-precision logits (GPU autocast) are computed in float32
    half = partial_label_loss(logits.detach().bfloat16(), label, known)
    assert half.dtype == torch.float32
    assert torch.isclose(half, ref.detach(), rtol=0.05)


def test_module_keeps_hyperparameters_and_rebuilds() -> None:
    names = ["background", "L3", "L4"]
    module = SegmentationModule(
        network="unet", network_options={"channels": [4, 8]}, in_channels=3, class_names=names
    )
    assert module.hparams.class_names == names
    assert module.hparams.network_options == {"channels": [4, 8]}
    clone = SegmentationModule(**module.hparams)
    clone.load_state_dict(module.state_dict())
    x = torch.randn(1, 3, 32, 32)
    module.eval()
    clone.eval()
    with torch.no_grad():
        assert torch.allclose(module(x), clone(x))
        assert module(x).shape == (1, 3, 32, 32)


def test_training_steps_reduce_loss() -> None:
    torch.manual_seed(0)
    module = SegmentationModule(
        network="unet",
        network_options={"channels": [8, 16]},
        in_channels=1,
        class_names=["background", "L1"],
        lr=0.01,
    )
    label = torch.zeros(4, 1, 32, 32, dtype=torch.long)
    label[:, :, 8:20, 10:24] = 1
    batch = {
        "image": label.float() + 0.1 * torch.randn(4, 1, 32, 32),
        "label": label,
        "known": torch.ones(4, 2, dtype=torch.bool),
    }
    opt = torch.optim.Adam(module.parameters(), lr=0.01)
    losses = []
    for _ in range(15):
        logits = module(batch["image"])
        loss = partial_label_loss(logits, batch["label"][:, 0], batch["known"])
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(float(loss.detach()))
    assert losses[-1] < 0.7 * losses[0]
