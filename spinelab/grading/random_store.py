"""A random but learnable crop store for tests and throughput benchmarks (no MRI involved).

Every (study, level) gets random labels for all findings (a fraction left missing, some graded
findings stated as ``present``) and noise images in which each task's class is written as
the brightness of a small task-specific square, so a grader can learn it: sagittal for canal,
bulge, herniation, modic and spondylolisthesis; foraminal left/right at one spot in the
``*_left`` / ``*_right`` planes only; subarticular in the axial crop at mirrored columns (right
near column 0, left near the last column); canal also in the axial crop's middle column. A
left-right mirror (``GraderAugment``'s flip) therefore maps a valid sample to a valid sample.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from spinelab.grading.store import CropStore
from spinelab.grading.tasks import select_tasks
from spinelab.schema import LUMBAR_LEVELS

SAG_CHANNELS = ("t2_mid", "t2_right", "t2_left", "t1_mid", "t1_right", "t1_left")
#: The dataset builder's channel names (``spinelab.data.dataset_build.BuildConfig``).
AX_CHANNELS = ("t2_k-1", "t2_k+0", "t2_k+1")


def make_random_store(
    path: str | Path,
    *,
    n_studies: int = 8,
    levels: Sequence[str] = LUMBAR_LEVELS,
    size_px: int = 64,
    seed: int = 0,
    missing_fraction: float = 0.2,
    no_axial_fraction: float = 0.1,
    splits: tuple[float, float] = (0.6, 0.2),
    overwrite: bool = True,
) -> Path:
    """Write a store of ``n_studies x len(levels)`` samples to ``path``; returns ``path``.

    ``splits`` are the train and val fractions of studies (the rest: test).
    """
    rng = np.random.default_rng(seed)
    tasks = select_tasks()
    n = n_studies * len(levels)
    store = CropStore.create(
        path, n, sagittal_channels=SAG_CHANNELS, axial_channels=AX_CHANNELS, size_px=size_px,
        builder={"generator": "spinelab.grading.random_store", "seed": seed}, overwrite=overwrite,
    )
    cell = max(size_px // 8, 2)
    with store:
        for s in range(n_studies):
            u = s / max(n_studies, 1)
            split = "train" if u < splits[0] else "val" if u < splits[0] + splits[1] else "test"
            for lv in levels:
                sag = rng.normal(0.3, 0.05, (len(SAG_CHANNELS), size_px, size_px))
                ax = rng.normal(0.3, 0.05, (len(AX_CHANNELS), size_px, size_px))
                has_ax = rng.random() >= no_axial_fraction
                labels: dict[str, str | None] = {}
                for k, t in enumerate(tasks):
                    c = int(rng.integers(t.num_classes))
                    bright = 0.3 + 0.6 * c / (t.num_classes - 1)
                    r0, c0 = (k % 4) * 2 * cell, (k // 4) * 2 * cell
                    side = "left" if t.name.endswith("_left") else "right" if t.name.endswith("_right") else None
                    if t.name.startswith("subarticular"):
                        # axial columns run patient right -> left: mirror images swap the sides
                        r0, c0 = 2 * cell, cell if side == "right" else size_px - 2 * cell
                        ax[:, r0 : r0 + cell, c0 : c0 + cell] = bright
                    elif side is not None:
                        # foraminal: the same spot, in the parasagittal planes of its side only
                        r0, c0 = 0, 6 * cell  # a column of the grid no other task uses
                        chans = [i for i, ch in enumerate(SAG_CHANNELS) if ch.endswith(side)]
                        sag[chans, r0 : r0 + cell, c0 : c0 + cell] = bright
                    else:
                        sag[:, r0 : r0 + cell, c0 : c0 + cell] = bright
                        if t.name == "canal_stenosis":
                            ax[:, -cell:, size_px // 2 - cell // 2 : size_px // 2 - cell // 2 + cell] = bright
                    if rng.random() < missing_fraction:
                        labels[t.finding] = None
                    elif t.ordinal and rng.random() < 0.05:
                        labels[t.finding] = "present"
                    else:
                        labels[t.finding] = t.classes[c]
                store.append(
                    sagittal=np.clip(sag, 0, 1), axial=np.clip(ax, 0, 1) if has_ax else None,
                    patient_id=f"P{s:04d}", study_uid=f"1.2.3.{s}", accession_number=f"A{s:05d}",
                    level=lv, split=split, labels=labels, has_sag_t1=True,
                    sag_t2_series_uid=f"1.2.3.{s}.1", sag_t1_series_uid=f"1.2.3.{s}.2",
                    ax_series_uid=f"1.2.3.{s}.3" if has_ax else None,
                )
    return Path(path)
