"""Binary operating points chosen on validation: the cut, the module's bias, old checkpoints."""

from __future__ import annotations

import lightning as L
import pytest
import torch

from spinelab.grading.calibration import fit_margin_cut
from spinelab.grading.datamodule import GraderDataModule
from spinelab.grading.metrics import classification_metrics
from spinelab.grading.model import GraderModule
from spinelab.grading.random_store import make_random_store


def test_cut_recovers_a_shifted_separation():
    """Positives sit at margin -2..-1.1, negatives below -3: argmax calls no positive; the cut
    between them classifies all."""
    neg = torch.linspace(-6.0, -3.0, 40)
    pos = torch.linspace(-2.0, -1.1, 8)
    m, y = torch.cat([neg, pos]), torch.cat([torch.zeros(40), torch.ones(8)]).long()
    c = fit_margin_cut(m, y)
    assert -3.0 < c <= -2.0
    assert c == pytest.approx(-2.5)  # the gap's midpoint (it does not hold 0)
    pred = (m >= c).long()
    assert torch.equal(pred, y)
    f1_cut = classification_metrics(torch.stack([1 - pred.float(), pred.float()], 1), y, ordinal=False)["f1"]
    f1_argmax = classification_metrics(torch.stack([1 - (m >= 0).float(), (m >= 0).float()], 1), y, ordinal=False)["f1"]
    assert f1_cut == 1.0 and f1_argmax < 0.5


def test_cut_keeps_argmax_when_zero_is_already_best_and_ignores_missing():
    m = torch.tensor([-3.0, -2.0, -1.0, -0.5, 0.5, 1.0, 2.0, 3.0, 9.0, -9.0, 0.1, -0.1])
    y = torch.tensor([0, 0, 0, 0, 1, 1, 1, 1, -1, -1, 1, 0])
    assert fit_margin_cut(m, y, min_per_class=3) == 0.0


def test_a_gain_within_tolerance_leaves_argmax():
    """One positive of 100 below 0: the perfect cut gains 0.005 macro-F1, under the tolerance."""
    m = torch.cat([torch.linspace(-5, -1, 100), torch.linspace(1, 5, 99), torch.tensor([-0.5])])
    y = torch.cat([torch.zeros(100), torch.ones(100)]).long()
    assert fit_margin_cut(m, y) == 0.0
    assert fit_margin_cut(m, y, tolerance=0.0) == pytest.approx(-0.75)


def test_too_few_of_a_class_changes_nothing():
    m = torch.tensor([-2.0, -1.5, -1.0, -0.8, -0.6, -0.4])
    y = torch.tensor([0, 0, 0, 0, 1, 1])
    assert fit_margin_cut(m, y, min_per_class=5) == 0.0
    assert fit_margin_cut(m, y, min_per_class=2) == pytest.approx(-0.7)


def test_cut_is_clipped():
    m = torch.cat([torch.linspace(-30, -20, 10), torch.linspace(-10, -9, 10)])
    y = torch.cat([torch.zeros(10), torch.ones(10)]).long()
    assert fit_margin_cut(m, y, max_abs=4.0) == -4.0


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return make_random_store(tmp_path_factory.mktemp("calib") / "ds", n_studies=8, size_px=16, seed=3)


def _kw(dm: GraderDataModule) -> dict:
    return dict(sagittal_channels=dm.sagittal_channels, axial_channels=dm.axial_channels, levels=dm.levels,
                feature_dim=16)


def test_bias_moves_probabilities_and_decisions():
    model = GraderModule(feature_dim=16, tasks=["disc_herniation", "modic"])
    logits = {"disc_herniation": torch.tensor([[0.0, -1.0]]), "modic": torch.tensor([[1.0, 0.0, 0.0, 0.0]])}
    assert model.probabilities(logits)["disc_herniation"].argmax(1).item() == 0
    model.decision_bias_disc_herniation.copy_(torch.tensor([0.0, 1.5]))
    p = model.probabilities(logits)
    assert p["disc_herniation"].argmax(1).item() == 1
    assert torch.allclose(p["disc_herniation"], torch.tensor([[0.0, 0.5]]).softmax(1))
    assert model.decision_margins() == {"disc_herniation": -1.5}


def test_validation_sets_binary_thresholds_saved_in_the_checkpoint(store, tmp_path):
    """After fit, each binary head's bias equals the cut that is best on the validation split
    (recomputed here from the raw logits); graded and Modic heads keep argmax; the bias survives
    a checkpoint round trip."""
    torch.manual_seed(0)
    dm = GraderDataModule(str(store), batch_size=8, augment=False)
    model = GraderModule(**_kw(dm), calibrate_thresholds=True)
    trainer = L.Trainer(accelerator="cpu", devices=1, max_epochs=1, default_root_dir=tmp_path, logger=False,
                        enable_progress_bar=False, enable_model_summary=False, enable_checkpointing=False,
                        num_sanity_val_steps=1)  # one validation after the sanity check, which sets nothing
    trainer.fit(model, datamodule=dm)
    model.eval()
    margins: dict[str, list[torch.Tensor]] = {}
    targets: dict[str, list[torch.Tensor]] = {}
    with torch.no_grad():
        for batch in dm.val_dataloader():
            logits = model(batch)
            for i, t in enumerate(model.tasks):
                if t.num_classes == 2:
                    margins.setdefault(t.name, []).append(logits[t.name][:, 1] - logits[t.name][:, 0])
                    targets.setdefault(t.name, []).append(batch["labels"][:, i])
    binary = [t.name for t in model.tasks if t.num_classes == 2]
    assert binary and set(model.decision_margins()) == set(binary)
    assert any(v != 0 for v in model.decision_margins().values())  # a threshold did move
    for name in binary:
        expect = fit_margin_cut(torch.cat(margins[name]), torch.cat(targets[name]))
        assert model.decision_margins()[name] == pytest.approx(expect, abs=1e-4), name
    for t in model.tasks:
        if t.num_classes != 2:
            assert torch.all(getattr(model, f"decision_bias_{t.name}") == 0), t.name
    ckpt = tmp_path / "m.ckpt"
    trainer.save_checkpoint(ckpt)
    assert GraderModule.load_from_checkpoint(ckpt).decision_margins() == pytest.approx(model.decision_margins())


def test_checkpoint_without_decision_bias_loads_as_argmax(store, tmp_path):
    dm = GraderDataModule(str(store), batch_size=8, augment=False)
    model = GraderModule(**_kw(dm))
    trainer = L.Trainer(accelerator="cpu", devices=1, max_steps=1, default_root_dir=tmp_path, logger=False,
                        enable_progress_bar=False, enable_model_summary=False, enable_checkpointing=False,
                        limit_val_batches=0)
    trainer.fit(model, datamodule=dm)
    ckpt = tmp_path / "old.ckpt"
    trainer.save_checkpoint(ckpt)
    raw = torch.load(ckpt, weights_only=False)
    for k in [k for k in raw["state_dict"] if k.startswith("decision_bias_")]:
        del raw["state_dict"][k]
    torch.save(raw, ckpt)
    loaded = GraderModule.load_from_checkpoint(ckpt)
    assert all(v == 0 for v in loaded.decision_margins().values())
