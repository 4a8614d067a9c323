"""A PNG for people: the mid-sagittal slice with the mask, vertebra names and disc planes.

The slice is the one through the median left-right position of the vertebra centroids; it is shown
with superior up and anterior left, pixels drawn at their true aspect (mm).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from spinelab.data.volume import Volume


def _display_frame(vol: Volume) -> tuple[int, int, int, bool, bool]:
    """(left-right axis, vertical axis, horizontal axis, flip vertical, flip horizontal)."""
    lr = vol.axis_closest_to(np.array([1.0, 0.0, 0.0]))
    rest = [a for a in range(3) if a != lr]
    dirs = vol.axis_directions
    vert = max(rest, key=lambda a: abs(dirs[2, a]))
    horiz = next(a for a in rest if a != vert)
    flip_v = dirs[2, vert] > 0  # superior must be at the top (row 0)
    flip_h = dirs[1, horiz] < 0  # anterior (-y in LPS) at the left
    return lr, vert, horiz, bool(flip_v), bool(flip_h)


def _slice_2d(
    arr: np.ndarray, lr: int, k: int, vert: int, horiz: int, fv: bool, fh: bool
) -> np.ndarray:
    sl = np.take(arr, k, axis=lr)
    axes = [a for a in range(3) if a != lr]
    if axes.index(vert) != 0:
        sl = sl.T
    if fv:
        sl = sl[::-1]
    if fh:
        sl = sl[:, ::-1]
    return sl


def save_figure(fig: Any, path: str | Path) -> Path:
    """Write a matplotlib figure as PNG atomically (temporary file, then rename) and close it."""
    import matplotlib.pyplot as plt

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp.png")
    fig.savefig(tmp, dpi=100, bbox_inches="tight")
    plt.close(fig)
    tmp.replace(path)
    return path


def save_overlay(image: Volume, mask: Volume, levels: dict[str, Any], path: Path) -> Path:
    """Write a PNG of the mid-sagittal slice of ``image`` with ``mask`` and ``levels`` drawn on it.

    ``image`` and ``mask`` share one geometry (same shape and affine); ``levels`` is a levels.json
    dict (LPS mm). Written atomically; returns ``path``.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    if image.array.shape != mask.array.shape or not np.allclose(
        image.affine, mask.affine, atol=1e-3
    ):
        raise ValueError(
            f"image {image.meta.get('path', '')} and mask {mask.meta.get('path', '')} differ in geometry "
            f"({image.array.shape} vs {mask.array.shape})"
        )
    lr, vert, horiz, fv, fh = _display_frame(image)
    verts = levels.get("vertebrae", [])
    if verts:
        idx = image.mm_to_index(np.array([v["centroid_mm"] for v in verts]))
        k = int(np.clip(np.rint(np.median(idx[:, lr])), 0, image.array.shape[lr] - 1))
    else:
        k = image.array.shape[lr] // 2
    img2 = _slice_2d(np.asarray(image.array, dtype=float), lr, k, vert, horiz, fv, fh)
    msk2 = _slice_2d(np.asarray(mask.array), lr, k, vert, horiz, fv, fh)
    nv, nh = image.array.shape[vert], image.array.shape[horiz]
    sp = image.spacing

    def to_px(xyz: np.ndarray) -> tuple[float, float]:
        """LPS mm -> (column, row) on the displayed slice."""
        ijk = image.mm_to_index(np.asarray(xyz, dtype=float))
        r, c = ijk[vert], ijk[horiz]
        return (nh - 1 - c if fh else c), (nv - 1 - r if fv else r)

    fig, ax = plt.subplots(figsize=(6, 6 * (nv * sp[vert]) / max(nh * sp[horiz], 1e-6)))
    lo, hi = np.percentile(img2, [1, 99]) if img2.size else (0, 1)
    ax.imshow(
        img2, cmap="gray", vmin=lo, vmax=hi, aspect=sp[vert] / sp[horiz], interpolation="nearest"
    )
    ax.imshow(
        np.ma.masked_equal(msk2, 0),
        cmap="tab20",
        alpha=0.35,
        aspect=sp[vert] / sp[horiz],
        interpolation="nearest",
    )
    for v in verts:
        x, y = to_px(np.array(v["centroid_mm"]))
        ax.plot(x, y, "o", color="yellow", ms=3)
        ax.text(x + 4, y, v["name"], color="yellow", fontsize=8, va="center")
    for d in levels.get("discs", []):
        c = np.array(d["center_mm"])
        n = np.array(d["normal"])
        # in-plane direction of the disc: perpendicular to the normal, in the sagittal plane
        u = np.cross(n, np.array([1.0, 0.0, 0.0]))
        u = u / (np.linalg.norm(u) or 1.0)
        p0, p1 = to_px(c - 20 * u), to_px(c + 20 * u)
        ax.plot([p0[0], p1[0]], [p0[1], p1[1]], "-", color="cyan", lw=1)
        q0, q1 = to_px(c), to_px(c + 8 * n)
        ax.annotate("", xy=q1, xytext=q0, arrowprops={"arrowstyle": "->", "color": "cyan", "lw": 1})
        ax.text(*to_px(c - 22 * u), d["name"], color="cyan", fontsize=7, ha="right", va="center")
    flags = [q["flag"] for q in levels.get("qc", [])]
    ax.set_title(
        f"{levels.get('source', '')}  slice {k}" + (f"\nqc: {', '.join(flags)}" if flags else ""),
        fontsize=8,
    )
    ax.set_axis_off()
    return save_figure(fig, path)
