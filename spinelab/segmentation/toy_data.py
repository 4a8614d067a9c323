"""Tiny synthetic sagittal volumes with box-shaped vertebral bodies (tests, demos, smoke runs).

Not anatomy: three bright boxes stacked head-to-feet (L3, L4, L5 with ``MASK_VALUES``) in a
DICOM-like sagittal geometry (array (slice, row, column), slice axis left-right).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from spinelab.anatomy import MASK_VALUES
from spinelab.data.volume import Volume, write_nifti
from spinelab.segmentation.dataset_file import CaseEntry, write_dataset_file

TOY_LEVELS = ("L3", "L4", "L5")
#: Config overrides of a 2-step smoke training on toy cases (a tiny network, CPU, no workers).
TINY_TRAIN_OVERRIDES: dict[str, object] = {
    "network.options": {"channels": [4, 8, 16], "num_res_units": 0},
    "train.max_steps": 2,
    "train.batch_size": 2,
    "train.patch_size": [48, 48],
    "train.num_threads": 1,
    "train.num_workers": 0,
    "preprocess.spacing_mm": 1.5,
}


def sagittal_affine(
    spacing: tuple[float, float, float] = (3.0, 1.2, 1.2), lr_sign: float = 1.0
) -> np.ndarray:
    """Affine (slice, row, column) -> LPS mm of a sagittal stack: slices along +-x, rows feet-wards, columns posterior."""
    aff = np.eye(4)
    aff[:3, 0] = np.array([lr_sign, 0.0, 0.0]) * spacing[0]
    aff[:3, 1] = np.array([0.0, 0.0, -1.0]) * spacing[1]
    aff[:3, 2] = np.array([0.0, 1.0, 0.0]) * spacing[2]
    aff[:3, 3] = [-20.0, -30.0, 60.0]
    return aff


def toy_case(
    rng: np.random.Generator, *, shape: tuple[int, int, int] = (10, 72, 48), lr_sign: float = 1.0
) -> tuple[Volume, Volume]:
    """(image, mask) of one toy case; mask values ``MASK_VALUES['L3'..'L5']``."""
    s, h, w = shape
    img = rng.normal(0.2, 0.05, size=shape).astype(np.float32)
    mask = np.zeros(shape, dtype=np.uint8)
    top = int(rng.integers(4, 10))
    height, gap = 14, 6
    c0 = int(rng.integers(8, 14))
    for k, name in enumerate(TOY_LEVELS):
        r0 = top + k * (height + gap)
        sl = (slice(2, s - 2), slice(r0, r0 + height), slice(c0, c0 + 18))
        mask[sl] = MASK_VALUES[name]
        img[sl] += 0.6
    img *= float(rng.uniform(50, 500))
    aff = sagittal_affine(lr_sign=lr_sign)
    return Volume(img, aff, {"path": "toy"}), Volume(mask, aff, {"path": "toy"})


def write_toy_dataset(out_dir: str | Path, *, n_cases: int = 3, seed: int = 0) -> Path:
    """Write ``n_cases`` toy NIfTI cases and their dataset JSON into ``out_dir``; returns the JSON path."""
    out_dir = Path(out_dir)
    rng = np.random.default_rng(seed)
    cases = []
    for i in range(n_cases):
        image, mask = toy_case(rng, lr_sign=1.0 if i % 2 == 0 else -1.0)
        cid = f"toy_{i:02d}"
        write_nifti(image, out_dir / cid / "image.nii.gz")
        write_nifti(mask, out_dir / cid / "mask.nii.gz")
        cases.append(
            CaseEntry(
                id=cid,
                image=str(out_dir / cid / "image.nii.gz"),
                mask=str(out_dir / cid / "mask.nii.gz"),
            )
        )
    labels = {MASK_VALUES[n]: n for n in TOY_LEVELS}
    return write_dataset_file(out_dir / "dataset.json", name="toy", labels=labels, cases=cases)
