"""A PNG for people: sagittal T1 slices with the Modic map coloured by type and the level calls.

Panels: the mid-sagittal slice (median left-right position of the vertebra centroids) and, when
the map has typed voxels elsewhere, the slice holding most of them. Superior up, anterior left,
pixels at their true aspect (as ``spinelab.segmentation.overlay``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from spinelab.data.volume import Volume
from spinelab.segmentation.overlay import _display_frame, _slice_2d, save_figure

#: Colour of each map value (1, 2, 3) and its legend text.
TYPE_COLOURS: dict[int, tuple[str, str]] = {
    1: ("#ff3b30", "type 1 (T1 dark, T2 bright)"),
    2: ("#ffd60a", "type 2 (T1 and T2 bright)"),
    3: ("#0a84ff", "type 3 (T1 and T2 dark)"),
}


def _slices(t1: Volume, modic_map: Volume, levels: dict[str, Any], lr: int) -> list[int]:
    verts = levels.get("vertebrae", [])
    if verts:
        idx = t1.mm_to_index(np.array([v["centroid_mm"] for v in verts]))
        mid = int(np.clip(np.rint(np.median(idx[:, lr])), 0, t1.array.shape[lr] - 1))
    else:
        mid = t1.array.shape[lr] // 2
    counts = np.count_nonzero(np.moveaxis(np.asarray(modic_map.array), lr, 0).reshape(t1.array.shape[lr], -1), axis=1)
    out = [mid]
    if counts.max(initial=0) > 0 and int(np.argmax(counts)) != mid:
        out.append(int(np.argmax(counts)))
    return out


def save_modic_overlay(t1: Volume, modic_map: Volume, levels: dict[str, Any], table: pd.DataFrame,
                       path: str | Path) -> Path:
    """Write a PNG of sagittal T1 slices with ``modic_map`` (same geometry as ``t1``; 0 none,
    1/2/3) coloured by type and each disc's call from ``table`` (modic_levels rows) beside its
    centre (``levels``: levels.json dict, LPS mm). Written atomically; returns ``path``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import ListedColormap
    from matplotlib.patches import Patch

    if t1.array.shape != modic_map.array.shape or not np.allclose(t1.affine, modic_map.affine, atol=1e-3):
        raise ValueError(f"T1 {t1.array.shape} and Modic map {modic_map.array.shape} differ in geometry")
    lr, vert, horiz, fv, fh = _display_frame(t1)
    sp = t1.spacing
    nv, nh = t1.array.shape[vert], t1.array.shape[horiz]
    ks = _slices(t1, modic_map, levels, lr)
    calls = dict(zip(table["level"], table["value"], strict=True)) if len(table) else {}
    cmap = ListedColormap([TYPE_COLOURS[t][0] for t in (1, 2, 3)])
    aspect = sp[vert] / sp[horiz]
    fig, axes = plt.subplots(1, len(ks), figsize=(6 * len(ks), 6 * (nv * sp[vert]) / max(nh * sp[horiz], 1e-6)),
                             squeeze=False)

    def to_px(xyz: np.ndarray) -> tuple[float, float]:
        ijk = t1.mm_to_index(np.asarray(xyz, dtype=float))
        r, c = ijk[vert], ijk[horiz]
        return (nh - 1 - c if fh else c), (nv - 1 - r if fv else r)

    for ax, k in zip(axes[0], ks, strict=True):
        img = _slice_2d(np.asarray(t1.array, dtype=float), lr, k, vert, horiz, fv, fh)
        mp = _slice_2d(np.asarray(modic_map.array), lr, k, vert, horiz, fv, fh)
        lo, hi = np.percentile(img, [1, 99]) if img.size else (0, 1)
        ax.imshow(img, cmap="gray", vmin=lo, vmax=hi, aspect=aspect, interpolation="nearest")
        ax.imshow(np.ma.masked_equal(mp, 0), cmap=cmap, vmin=0.5, vmax=3.5, alpha=0.6, aspect=aspect,
                  interpolation="nearest")
        for d in levels.get("discs", []):
            x, y = to_px(np.array(d["center_mm"]))
            if not (0 <= x < nh and 0 <= y < nv):
                continue
            call = calls.get(d["name"], "n/a")
            ax.text(x + 6, y, f"{d['name']}: {call}", fontsize=7, va="center",
                    color="white" if call in ("none", "n/a") else "orange")
        ax.set_title(f"sagittal T1 slice {k}", fontsize=8)
        ax.set_axis_off()
    axes[0][0].legend(handles=[Patch(color=c, label=t) for c, t in TYPE_COLOURS.values()], loc="lower left",
                      fontsize=6, framealpha=0.6)
    return save_figure(fig, path)
