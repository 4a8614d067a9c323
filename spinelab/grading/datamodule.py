"""LightningDataModule over a crop dataset directory (``spinelab.grading.store``).

A sample is a dict of named arrays (MONAI style):

| key | shape, dtype | meaning |
|---|---|---|
| image_sag | (C_sag, H, W) float32 | sagittal crop channels (``dataset.json`` sagittal_channels) |
| image_ax | (C_ax, H, W) float32 | axial crop channels (zeros when has_ax is 0) |
| has_ax, has_sag_t1 | () float32 | 1 where that input exists |
| level | () int64 | index into the dataset's levels |
| study | () int64 | index of the study (for per-study metrics such as any_severe_spinal) |
| labels | (T,) int64 | class index per task (``spinelab.grading.tasks``), -1 missing |
| label_filled | (T,) bool | the label was filled in by the dataset's ``unstated_as_normal`` policy (manifest ``label_filled``), not stated by the report |
| sample_idx | () int64 | row in crops.zarr |

Augmentation (training only, ``augment=True``), suited to MRI and applied separately to each
input: small affine (rotation <= ~6 degrees, scale +-8 %, shift +-4 % of the crop), gamma
(0.7-1.5), bias field, intensity scaling and Gaussian noise. Left-right: with probability
``flip_prob`` the sample is MIRRORED with its labels: the axial crop is flipped along its
columns (patient right -> left), the sagittal ``*_left``/``*_right`` channels are swapped, and
the left/right tasks swap labels (``TaskSpec.mirror``). A mirrored lumbar spine is still a
plausible spine, and the labels stay correct, so this doubles left/right training data.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

import lightning as L
import numpy as np
import pandas as pd
import torch
from lightning.fabric.utilities.data import AttributeDict
from torch.utils.data import DataLoader, Dataset

from spinelab.grading.store import CropStore, StoreConfig, StoreError
from spinelab.grading.tasks import MISSING, TaskSpec, mirror_permutation, select_tasks


def channel_mirror(channels: Sequence[str]) -> list[int]:
    """Permutation swapping channels named ``*_left`` and ``*_right`` (others stay put)."""
    pos = {c: i for i, c in enumerate(channels)}
    perm = []
    for i, c in enumerate(channels):
        if c.endswith("_left"):
            perm.append(pos.get(c[: -len("_left")] + "_right", i))
        elif c.endswith("_right"):
            perm.append(pos.get(c[: -len("_right")] + "_left", i))
        else:
            perm.append(i)
    return perm


class GraderAugment:
    """Random MRI augmentation of one sample dict (see module docstring); seeded per worker."""

    def __init__(self, *, sagittal_channels: Sequence[str], tasks: Sequence[TaskSpec], flip_prob: float = 0.5,
                 seed: int = 0) -> None:
        from monai.transforms import (
            Compose,
            RandAdjustContrast,
            RandAffine,
            RandBiasField,
            RandGaussianNoise,
            RandScaleIntensity,
        )

        def chain() -> Any:
            return Compose([
                RandAffine(prob=0.5, rotate_range=0.1, scale_range=0.08, translate_range=2.5,
                           padding_mode="zeros", mode="bilinear"),
                RandBiasField(prob=0.3, coeff_range=(0.0, 0.2)),
                RandAdjustContrast(prob=0.5, gamma=(0.7, 1.5)),
                RandScaleIntensity(prob=0.3, factors=0.1),
                RandGaussianNoise(prob=0.3, std=0.03),
            ])

        self.sag, self.ax = chain(), chain()
        self.flip_prob = float(flip_prob)
        self.chan_perm = torch.as_tensor(channel_mirror(sagittal_channels))
        self.task_perm = torch.as_tensor(mirror_permutation(tasks))
        self.rng = np.random.default_rng(seed)
        self.set_random_state(seed)

    def set_random_state(self, seed: int) -> None:
        self.sag.set_random_state(seed=seed % 2**32)
        self.ax.set_random_state(seed=(seed + 1) % 2**32)
        self.rng = np.random.default_rng(seed)

    def __call__(self, s: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
        s = dict(s)
        if self.flip_prob > 0 and self.rng.random() < self.flip_prob:
            s["image_sag"] = s["image_sag"][self.chan_perm]
            s["image_ax"] = torch.flip(s["image_ax"], dims=(-1,))
            s["labels"] = s["labels"][self.task_perm]
            if "label_filled" in s:
                s["label_filled"] = s["label_filled"][self.task_perm]
        s["image_sag"] = _plain(self.sag(s["image_sag"]))
        if float(s["has_ax"]) > 0:
            s["image_ax"] = _plain(self.ax(s["image_ax"]))
        return s


def _plain(x: Any) -> torch.Tensor:
    """A plain contiguous float32 tensor (MONAI transforms return MetaTensors)."""
    if hasattr(x, "as_tensor"):
        x = x.as_tensor()
    return torch.as_tensor(x).float().contiguous()


def filled_mask(manifest: pd.DataFrame, tasks: Sequence[TaskSpec]) -> np.ndarray:
    """(N, T) bool: the task's label of each manifest row was filled in by the builder's
    ``unstated_as_normal`` policy (manifest ``label_filled``; all False without the column)."""
    if "label_filled" not in manifest.columns:
        return np.zeros((len(manifest), len(tasks)), dtype=bool)
    filled = [set(x.split(",")) for x in manifest["label_filled"].fillna("").astype(str)]
    return np.array([[t.finding in f for t in tasks] for f in filled], dtype=bool).reshape(len(manifest), len(tasks))


class CropDataset(Dataset):
    """Samples of selected manifest rows; the zarr store opens lazily in each worker."""

    def __init__(self, dataset_dir: str | Path, manifest: pd.DataFrame, tasks: Sequence[TaskSpec],
                 levels: Sequence[str], study_index: dict[str, int], transform: GraderAugment | None = None) -> None:
        self.dataset_dir = Path(dataset_dir)
        self.sample_idx = manifest["sample_idx"].to_numpy(np.int64)
        self.labels = np.stack([t.encode(manifest[t.column]) for t in tasks], 1) if len(manifest) else np.zeros((0, len(tasks)), np.int64)
        self.filled = filled_mask(manifest, tasks)
        lv = {v: i for i, v in enumerate(levels)}
        self.level = manifest["level"].map(lv).to_numpy(np.int64)
        self.study = manifest["study_uid"].astype(str).map(study_index).to_numpy(np.int64)
        self.has_ax = manifest["has_ax"].to_numpy(bool)
        self.has_t1 = manifest["has_sag_t1"].to_numpy(bool)
        self.transform = transform
        self._store: CropStore | None = None

    def __len__(self) -> int:
        return len(self.sample_idx)

    def __getstate__(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d["_store"] = None  # reopened in each worker
        return d

    def __getitem__(self, i: int) -> dict[str, torch.Tensor]:
        if self._store is None:
            self._store = CropStore.open(self.dataset_dir)
        idx = int(self.sample_idx[i])
        x = self._store.read(idx)
        s = {
            "image_sag": torch.from_numpy(x["sagittal"].astype(np.float32)),
            "image_ax": torch.from_numpy(x["axial"].astype(np.float32)),
            "has_ax": torch.tensor(float(self.has_ax[i])),
            "has_sag_t1": torch.tensor(float(self.has_t1[i])),
            "level": torch.tensor(self.level[i]),
            "study": torch.tensor(self.study[i]),
            "labels": torch.from_numpy(self.labels[i].copy()),
            "label_filled": torch.from_numpy(self.filled[i].copy()),
            "sample_idx": torch.tensor(idx),
        }
        return self.transform(s) if self.transform is not None else s


def _worker_init(worker_id: int) -> None:
    info = torch.utils.data.get_worker_info()
    tf = getattr(info.dataset, "transform", None) if info is not None else None
    if tf is not None:
        tf.set_random_state(int(torch.initial_seed()) % 2**32)


class GraderDataModule(L.LightningDataModule):
    """Train/val/test/predict loaders over the ``split`` column of a dataset directory."""

    def __init__(
        self,
        dataset_dir: str,
        *,
        tasks: list[str] | None = None,
        batch_size: int = 32,
        num_workers: int = 0,
        augment: bool = True,
        flip_prob: float = 0.5,
        pin_memory: bool = False,
        predict_split: str = "test",
        seed: int = 0,
    ) -> None:
        """``dataset_dir``: a store written by ``CropStore`` (checked at once; a directory
        without manifest.parquet raises ``StoreError`` naming what is missing)."""
        super().__init__()
        self.save_hyperparameters()
        self.dataset_dir = Path(dataset_dir)
        self.tasks = select_tasks(tasks)
        store = CropStore.open(self.dataset_dir)  # validates the directory now, not in a worker
        self.config: StoreConfig = store.config
        self.manifest = store.manifest
        labelled = [t.name for t in self.tasks if t.column in self.manifest.columns]
        if not labelled:
            raise StoreError(f"{self.dataset_dir}: manifest has none of the task label columns")
        studies = sorted(self.manifest["study_uid"].astype(str).unique())
        self.study_index = {s: i for i, s in enumerate(studies)}

    @property
    def hp(self) -> AttributeDict:
        """``self.hparams``, typed as the AttributeDict that ``save_hyperparameters()`` stores."""
        return cast(AttributeDict, self.hparams)

    # linked into the model by the CLI -------------------------------------------------
    @property
    def sagittal_channels(self) -> list[str]:
        return list(self.config.sagittal_channels)

    @property
    def axial_channels(self) -> list[str]:
        return list(self.config.axial_channels)

    @property
    def levels(self) -> list[str]:
        return list(self.config.levels)

    @property
    def crop_config(self) -> dict[str, Any]:
        """Crop geometry and builder settings, recorded in the model's hyperparameters."""
        return self.config.model_dump(mode="json", exclude={"n", "label_values"})

    # ------------------------------------------------------------------------------------
    def split_frame(self, split: str) -> pd.DataFrame:
        return self.manifest[self.manifest["split"] == split].reset_index(drop=True)

    def class_counts(
        self, task_names: Sequence[str] | None = None, filled_weight: dict[str, float] | None = None
    ) -> dict[str, np.ndarray]:
        """Label counts per class of each task on the training split.

        ``filled_weight``: task -> weight of a label the ``unstated_as_normal`` policy filled in
        (manifest ``label_filled``); such a label then counts that much (float counts), so class
        weights balance the label mass the loss sees."""
        tr = self.split_frame("train")
        filled = filled_mask(tr, self.tasks)
        out = {}
        for i, t in enumerate(self.tasks):
            if task_names is not None and t.name not in task_names:
                continue
            y = t.encode(tr[t.column])
            fw = (filled_weight or {}).get(t.name, 1.0)
            w = np.where(filled[:, i], fw, 1.0)
            keep = y != MISSING
            counts = np.bincount(y[keep], weights=w[keep], minlength=t.num_classes)
            out[t.name] = counts if fw != 1.0 else counts.astype(np.int64)
        return out

    def dataset(self, split: str, *, train: bool = False) -> CropDataset:
        tf = None
        if train and self.hp.augment:
            tf = GraderAugment(sagittal_channels=self.sagittal_channels, tasks=self.tasks,
                               flip_prob=self.hp.flip_prob, seed=self.hp.seed)
        return CropDataset(self.dataset_dir, self.split_frame(split), self.tasks, self.levels, self.study_index, tf)

    def _loader(self, split: str, *, train: bool) -> DataLoader:
        ds = self.dataset(split, train=train)
        if train and len(ds) == 0:
            raise StoreError(f"{self.dataset_dir}: no samples with split 'train'")
        nw = int(self.hp.num_workers)
        return DataLoader(
            ds, batch_size=self.hp.batch_size, shuffle=train, drop_last=train and len(ds) > self.hp.batch_size,
            num_workers=nw, pin_memory=self.hp.pin_memory, persistent_workers=nw > 0,
            worker_init_fn=_worker_init if nw > 0 else None,
        )

    def train_dataloader(self) -> DataLoader:
        return self._loader("train", train=True)

    def val_dataloader(self) -> DataLoader:
        return self._loader("val", train=False)

    def test_dataloader(self) -> DataLoader:
        return self._loader("test", train=False)

    def predict_dataloader(self) -> DataLoader:
        return self._loader(self.hp.predict_split, train=False)
