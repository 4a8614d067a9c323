"""A PNG for checking an axial map: the sagittal T2 slice nearest the discs with every axial
slice's intersection line coloured by its mapped level, and the disc centres and planes.

Everything is drawn in the sagittal slice's own plane in mm (LPS geometry from the DICOM tags),
superior up and anterior left; an axial line is drawn only where it lies inside that axial
slice's field of view. Lines of slices without a level are grey and dashed.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from spinelab.data.volume import Volume
from spinelab.segmentation.axial_mapping import (
    AxialSlice,
    discs_from_levels,
    read_levels,
    series_headers,
    slices_from_headers,
)


def _sagittal(index: pd.DataFrame) -> Volume:
    from spinelab.data.dicom_index import find_study_series
    from spinelab.data.dicom_series import load_series_stacks

    picked = find_study_series(index)
    row = picked["sagittal_t2"] if picked["sagittal_t2"] is not None else picked["sagittal_t1"]
    if row is None:
        raise ValueError("the study has no sagittal T2/T1 series to draw on")
    return max(load_series_stacks(row), key=lambda v: v.array.shape[0])


def plot_axial_map(
    study_dir_or_index: str | Path | pd.DataFrame,
    levels: dict[str, Any] | str | Path,
    mapping: pd.DataFrame,
    out_png: str | Path,
) -> Path:
    """Draw ``mapping`` (from :func:`map_axial_slices`) over the study's sagittal slice; write
    ``out_png`` atomically and return its path."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    if isinstance(study_dir_or_index, pd.DataFrame):
        index = study_dir_or_index
    else:
        from spinelab.data.dicom_index import index_directory

        index, _, _ = index_directory(study_dir_or_index)
    discs = discs_from_levels(read_levels(levels))
    sag = _sagittal(index)
    k = int(
        np.clip(
            round(sag.mm_to_index(np.mean([d.center for d in discs], axis=0))[0]),
            0,
            sag.array.shape[0] - 1,
        )
    )
    img = np.asarray(sag.array[k], dtype=float)
    a = sag.affine
    origin = a[:3, 3] + k * a[:3, 0]
    hdir = a[:3, 2] / np.linalg.norm(a[:3, 2])  # along columns
    vdir = a[:3, 1] / np.linalg.norm(a[:3, 1])  # along rows
    width = img.shape[1] * np.linalg.norm(a[:3, 2])
    height = img.shape[0] * np.linalg.norm(a[:3, 1])

    def to2d(p: np.ndarray) -> tuple[float, float]:
        q = np.asarray(p, float) - origin
        return float(q @ hdir), float(q @ vdir)

    fig, ax = plt.subplots(figsize=(7, 8), dpi=110)
    lo, hi = np.percentile(img, [1, 99.5])
    ax.imshow(img, cmap="gray", vmin=lo, vmax=hi, extent=(0, width, height, 0))
    names = [d.name for d in discs]
    cmap = plt.get_cmap("tab10")
    colour = {n: cmap(i % 10) for i, n in enumerate(names)}
    slices: dict[tuple[str, str, int | None], AxialSlice] = {}
    for _, row in index[index["plane"] == "axial"].iterrows():
        for sl in slices_from_headers(series_headers(row)):
            slices[(sl.series_uid, sl.sop_instance_uid, sl.frame)] = sl
    xs = np.linspace(0, width, 400)
    for _, m in mapping.iterrows():
        frame = None if pd.isna(m["frame"]) else int(m["frame"])
        s = slices.get((m["series_uid"], m["sop_instance_uid"], frame))
        if s is None:
            continue
        n = s.normal
        denom = float(n @ vdir)
        if abs(denom) < 1e-6:
            continue
        ys = -(float(n @ (origin - s.centre)) + xs * float(n @ hdir)) / denom
        pts = origin + xs[:, None] * hdir + ys[:, None] * vdir - s.centre
        inside = (np.abs(pts @ s.row_dir) <= s.half_width_mm) & (
            np.abs(pts @ s.col_dir) <= s.half_height_mm
        )
        if not inside.any():
            continue
        lvl = m["level"] if isinstance(m["level"], str) else ""
        ax.plot(
            xs[inside],
            ys[inside],
            lw=0.8,
            color=colour.get(lvl, (0.6, 0.6, 0.6)),
            ls="-" if lvl else "--",
            alpha=0.9,
        )
    for d in discs:
        x, y = to2d(d.center)
        t = np.cross(d.normal, np.cross(hdir, vdir))  # in-plane direction of the disc plane
        t2 = np.array([float(t @ hdir), float(t @ vdir)])
        if np.linalg.norm(t2) > 1e-6:
            t2 = 20.0 * t2 / np.linalg.norm(t2)
            ax.plot([x - t2[0], x + t2[0]], [y - t2[1], y + t2[1]], color=colour[d.name], lw=2.5)
        ax.plot(x, y, "o", color=colour[d.name], ms=5, mec="k")
        ax.text(
            x + 22,
            y,
            d.name,
            color=colour[d.name],
            fontsize=9,
            va="center",
            bbox={"facecolor": "black", "alpha": 0.5, "pad": 1, "lw": 0},
        )
    # superior up, anterior left, whatever the stored row/column directions
    ax.set_xlim((0, width) if hdir[1] > 0 else (width, 0))
    ax.set_ylim((height, 0) if vdir[2] < 0 else (0, height))
    ax.set_xlabel("mm (anterior left)")
    ax.set_ylabel("mm (superior up)")
    n_in = int(mapping["within_tolerance"].sum()) if len(mapping) else 0
    ax.set_title(
        f"axial slices on sagittal slice {k} of {sag.meta.get('series_description', '')}"
        f"\n{n_in}/{len(mapping)} slices within tolerance (grey dashed: none)",
        fontsize=9,
    )
    out = Path(out_png)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=out.name + ".", suffix=".png", dir=out.parent)
    os.close(fd)
    try:
        fig.savefig(tmp, bbox_inches="tight")
        os.replace(tmp, out)
    finally:
        plt.close(fig)
        Path(tmp).unlink(missing_ok=True)
    return out
