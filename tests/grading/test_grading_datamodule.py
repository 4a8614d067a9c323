"""The data module: sample dicts, splits, left-right flip with label swap, clear store errors."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from spinelab.grading.datamodule import GraderAugment, GraderDataModule, channel_mirror
from spinelab.grading.random_store import make_random_store
from spinelab.grading.store import StoreError
from spinelab.grading.tasks import select_tasks


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return make_random_store(tmp_path_factory.mktemp("grading_dm") / "ds", n_studies=5, size_px=24, seed=2)


def test_samples_are_dicts_of_named_arrays(store):
    dm = GraderDataModule(str(store), batch_size=4, augment=True)
    b = next(iter(dm.train_dataloader()))
    assert b["image_sag"].shape == (4, 6, 24, 24) and b["image_sag"].dtype == torch.float32
    assert b["image_ax"].shape == (4, 3, 24, 24)
    assert b["labels"].shape == (4, 9) and b["labels"].dtype == torch.int64
    assert type(b["image_sag"]) is torch.Tensor  # no MONAI MetaTensor leaks out
    assert {"has_ax", "has_sag_t1", "level", "study", "sample_idx"} <= set(b)
    n = {s: len(dm.dataset(s)) for s in ("train", "val", "test")}
    assert sum(n.values()) == 25 and all(v > 0 for v in n.values())
    counts = dm.class_counts()
    assert counts["canal_stenosis"].shape == (4,) and counts["canal_stenosis"].sum() > 0


def test_channel_mirror():
    assert channel_mirror(["t2_mid", "t2_right", "t2_left", "t1_mid", "t1_left"]) == [0, 2, 1, 3, 4]


def test_flip_swaps_sides_and_labels():
    tasks = select_tasks(["canal_stenosis", "foraminal_stenosis_left", "foraminal_stenosis_right"])
    aug = GraderAugment(sagittal_channels=["t2_mid", "t2_right", "t2_left"], tasks=tasks, flip_prob=1.0)
    aug.sag.transforms, aug.ax.transforms = (), ()  # flip only
    sag = torch.stack([torch.full((4, 4), float(i)) for i in range(3)])
    ax = torch.arange(16.0).reshape(1, 4, 4)
    s = {"image_sag": sag, "image_ax": ax, "labels": torch.tensor([1, 3, 0]), "has_ax": torch.tensor(1.0),
         "label_filled": torch.tensor([False, True, False])}
    out = aug(s)
    assert out["image_sag"][:, 0, 0].tolist() == [0.0, 2.0, 1.0]
    assert out["image_ax"][0, 0].tolist() == [3.0, 2.0, 1.0, 0.0]
    assert out["labels"].tolist() == [1, 0, 3]
    assert out["label_filled"].tolist() == [False, False, True]  # travels with its label


def test_label_filled_comes_from_the_manifest(store, tmp_path):
    import shutil

    import pandas as pd

    ds = tmp_path / "ds"
    shutil.copytree(store, ds)
    man = pd.read_parquet(ds / "manifest.parquet")
    man["label_filled"] = ["modic,spondylolisthesis" if i % 2 else "" for i in range(len(man))]
    man.to_parquet(ds / "manifest.parquet", index=False)
    dm = GraderDataModule(str(ds), batch_size=4, augment=False)
    train = dm.dataset("train")
    names = [t.name for t in dm.tasks]
    for i in range(len(train)):
        row = man[man["sample_idx"] == int(train[i]["sample_idx"])].iloc[0]
        got = {n for n, f in zip(names, train[i]["label_filled"].tolist(), strict=True) if f}
        assert got == ({"modic", "spondylolisthesis"} if row["label_filled"] else set())
    # class counts: a filled label counts its weight
    tr = man[man["split"] == "train"]
    modic = next(t for t in dm.tasks if t.name == "modic")
    y = modic.encode(tr[modic.column])
    is_filled = (tr["label_filled"] != "").to_numpy()
    expect = np.bincount(y[y >= 0], minlength=4) - 0.5 * np.bincount(y[(y >= 0) & is_filled], minlength=4)
    got = dm.class_counts(["modic"], filled_weight={"modic": 0.5})["modic"]
    assert np.allclose(got, expect) and not np.allclose(got, dm.class_counts(["modic"])["modic"])
    # a store without the column (built without a filling policy): nothing is filled
    b = next(iter(GraderDataModule(str(store), batch_size=4, augment=False).train_dataloader()))
    assert b["label_filled"].shape == (4, 9) and not b["label_filled"].any()


def test_augmentation_keeps_range_and_shape(store):
    dm = GraderDataModule(str(store), batch_size=25, augment=True)
    ds = dm.dataset("train", train=True)
    x = ds[0]
    assert x["image_sag"].shape == (6, 24, 24) and torch.isfinite(x["image_sag"]).all()
    assert np.isfinite(x["image_ax"].numpy()).all()


def test_missing_manifest_is_a_clear_error(store, tmp_path):
    import shutil

    broken = tmp_path / "broken"
    shutil.copytree(store, broken)
    (broken / "manifest.parquet").unlink()
    with pytest.raises(StoreError, match=r"broken: not a spinelab dataset store, missing \['manifest.parquet'\]"):
        GraderDataModule(str(broken))


def test_random_store_mirror_is_consistent(tmp_path):
    """The flip maps the random store's left signal onto the right task's spot and label."""
    from spinelab.grading.store import CropStore

    ds = make_random_store(tmp_path / "ds", n_studies=1, size_px=16, seed=5, missing_fraction=0.0)
    dm = GraderDataModule(str(ds), augment=False)
    tasks = list(dm.tasks)
    aug = GraderAugment(sagittal_channels=dm.sagittal_channels, tasks=tasks, flip_prob=1.0)
    aug.sag.transforms, aug.ax.transforms = (), ()
    s = dm.dataset("train")[0]
    f = aug(s)
    li, ri = [t.name for t in tasks].index("foraminal_stenosis_left"), [t.name for t in tasks].index("foraminal_stenosis_right")
    left_ch, right_ch = dm.sagittal_channels.index("t2_left"), dm.sagittal_channels.index("t2_right")
    spot = (slice(0, 2), slice(12, 14))
    # after the flip, the right planes show what the left planes showed, and the labels follow
    assert torch.equal(f["image_sag"][right_ch][spot], s["image_sag"][left_ch][spot])
    assert f["labels"][ri] == s["labels"][li]
    assert CropStore.open(ds).manifest["split"].tolist() == ["train"] * 5
