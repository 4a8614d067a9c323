"""The grader module: encoders by name, overfitting a tiny batch, checkpoint resume."""

from __future__ import annotations

import lightning as L
import pytest
import torch

from spinelab.grading.datamodule import GraderDataModule
from spinelab.grading.encoders import build_encoder
from spinelab.grading.model import GraderModule
from spinelab.grading.random_store import make_random_store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return make_random_store(tmp_path_factory.mktemp("grading") / "ds", n_studies=6, size_px=16, seed=1)


@pytest.fixture(autouse=True)
def one_thread():
    """The CI machine has 2 shared cores: one intra-op thread avoids oversubscription."""
    n = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(n)


def test_wrong_encoder_name_lists_valid_names():
    with pytest.raises(ValueError, match=r"unknown encoder 'vit'; valid: .*densenet121.*resnet18"):
        build_encoder("vit", 3, 16)


@pytest.mark.parametrize("name", ["resnet_tiny", "resnet18", "densenet121", "efficientnet-b0"])
def test_encoders_map_images_to_features(name):
    enc = build_encoder(name, 6, 32).eval()
    with torch.no_grad():
        assert enc(torch.rand(1, 6, 32, 32)).shape == (1, 32)


def test_overfits_a_tiny_batch(store):
    torch.manual_seed(0)
    dm = GraderDataModule(str(store), batch_size=8, augment=False)
    batch = next(iter(dm.train_dataloader()))
    model = GraderModule(sagittal_channels=dm.sagittal_channels, axial_channels=dm.axial_channels,
                         levels=dm.levels, dropout=0.0, feature_dim=64)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    model.train()
    first = None
    for _ in range(40):
        loss, _ = model.compute_loss(model(batch), batch["labels"])
        first = first if first is not None else loss.item()
        opt.zero_grad()
        loss.backward()
        opt.step()
    assert first > 0.5
    assert loss.item() < 0.1, f"loss {first:.3f} -> {loss.item():.3f}"
    with torch.no_grad():  # still train mode: batch-norm statistics of this very batch
        logits = model(batch)
    for i, t in enumerate(model.tasks):
        y = batch["labels"][:, i]
        keep = y >= 0
        assert torch.equal(logits[t.name][keep].argmax(1), y[keep]), t.name


class _FirstStep(L.Callback):
    def __init__(self) -> None:
        self.first: int | None = None

    def on_train_batch_start(self, trainer, pl_module, batch, batch_idx):
        if self.first is None:
            self.first = trainer.global_step


def _trainer(root, max_steps, cb=None):
    return L.Trainer(accelerator="cpu", devices=1, max_steps=max_steps, default_root_dir=root, logger=False,
                     enable_progress_bar=False, enable_model_summary=False, limit_val_batches=1,
                     val_check_interval=2, callbacks=[cb] if cb else None, enable_checkpointing=True)


def test_resume_continues_step_count(store, tmp_path):
    dm = GraderDataModule(str(store), batch_size=4, augment=True)
    kw = dict(sagittal_channels=dm.sagittal_channels, axial_channels=dm.axial_channels, levels=dm.levels,
              class_weighting="inverse_sqrt_frequency", seg_model="/models/seg")
    t1 = _trainer(tmp_path, 2)
    t1.fit(GraderModule(**kw), datamodule=dm)
    ckpt = tmp_path / "two.ckpt"
    t1.save_checkpoint(ckpt)
    restored = GraderModule.load_from_checkpoint(ckpt)
    assert restored.hparams.seg_model == "/models/seg"
    assert restored.sagittal_channels == dm.sagittal_channels
    assert not torch.all(restored.class_weight_canal_stenosis == 1)  # computed from the train split
    cb = _FirstStep()
    t2 = _trainer(tmp_path, 4, cb)
    t2.fit(GraderModule(**kw), datamodule=dm, ckpt_path=ckpt)
    assert cb.first == 2
    assert t2.global_step == 4


def test_filled_label_weight(store):
    dm = GraderDataModule(str(store), batch_size=8, augment=False)
    batch = next(iter(dm.train_dataloader()))
    kw = dict(sagittal_channels=dm.sagittal_channels, axial_channels=dm.axial_channels, levels=dm.levels)
    with pytest.raises(ValueError, match=r"filled_label_weight names unknown tasks \['modik'\]"):
        GraderModule(**kw, filled_label_weight={"modik": 0.1})
    with pytest.raises(ValueError, match=r"must lie in \[0, 1\]"):
        GraderModule(**kw, filled_label_weight={"modic": 2.0})
    torch.manual_seed(0)
    model = GraderModule(**kw, filled_label_weight={"modic": 0.0}).eval()
    names = [t.name for t in model.tasks]
    labels = batch["labels"].clone()
    i = names.index("modic")
    labels[:, i] = torch.tensor([0, 2, 1, 0, 0, 2, 1, 0])
    filled = torch.zeros_like(labels, dtype=torch.bool)
    filled[::2, i] = True  # half the Modic labels filled in, weight 0: as if missing
    with torch.no_grad():
        logits = model(batch)
        _, parts = model.compute_loss(logits, labels, filled)
        masked = labels.clone()
        masked[::2, i] = -1
        _, expect = model.compute_loss(logits, masked)
        _, unweighted = model.compute_loss(logits, labels)
    assert torch.isclose(parts["modic"], expect["modic"])
    assert not torch.isclose(parts["modic"], unweighted["modic"])
    for n in names:
        if n != "modic":
            assert torch.isclose(parts[n], unweighted[n])
