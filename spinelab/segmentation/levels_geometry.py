"""Endplates and disc planes from vertebra voxels (LPS mm).

An endplate is the part of a body's surface that faces the neighbouring body across the disc:
surface voxels whose neighbour one step along the spine direction lies outside the body, paired
with the other body's facing surface within ``gap_max_mm`` and within ``max_angle_deg`` of the
spine direction, keeping the largest connected patch (so posterior elements and facet joints of
whole-vertebra masks drop out). A plane is fitted to each patch by PCA (smallest-variance axis).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import ndimage
from scipy.spatial import cKDTree

_CONN26 = np.ones((3, 3, 3), dtype=bool)


@dataclass(frozen=True)
class Plane:
    """A fitted plane: ``centre`` (3,) LPS mm, unit ``normal`` (3,), ``n_points`` used, ``rms_mm``."""

    centre: np.ndarray
    normal: np.ndarray
    n_points: int
    rms_mm: float


@dataclass(frozen=True)
class DiscGeometry:
    """Disc centre (3,) LPS mm and unit normal (3,) pointing cranially, with the two endplates."""

    center: np.ndarray
    normal: np.ndarray
    upper_plate: Plane | None
    lower_plate: Plane | None


def fit_plane(points: np.ndarray) -> Plane:
    """PCA plane through points (N >= 3, 3) in mm; the normal's sign is arbitrary."""
    pts = np.asarray(points, dtype=float)
    centre = pts.mean(axis=0)
    _, sv, vt = np.linalg.svd(pts - centre, full_matrices=False)
    normal = vt[-1] / np.linalg.norm(vt[-1])
    rms = float(sv[-1] / np.sqrt(max(len(pts), 1)))
    return Plane(centre=centre, normal=normal, n_points=len(pts), rms_mm=rms)


def orient(normal: np.ndarray, towards: np.ndarray) -> np.ndarray:
    """Unit ``normal`` flipped so that it points along ``towards`` (dot >= 0)."""
    n = np.asarray(normal, dtype=float)
    n = n / np.linalg.norm(n)
    return -n if float(n @ towards) < 0 else n


def _index_step(affine: np.ndarray, direction_mm: np.ndarray) -> np.ndarray:
    """Integer voxel step in {-1, 0, 1}^3 closest to an LPS direction."""
    d_idx = np.linalg.solve(affine[:3, :3], np.asarray(direction_mm, dtype=float))
    return np.round(d_idx / np.abs(d_idx).max()).astype(int)


def _neighbour(mask: np.ndarray, step: np.ndarray) -> np.ndarray:
    """Array whose value at p is ``mask[p + step]`` (False outside)."""
    out = np.zeros_like(mask)
    src, dst = [], []
    for k, n in zip(step, mask.shape, strict=True):
        k = int(k)
        if k >= 0:
            src.append(slice(k, n))
            dst.append(slice(0, n - k))
        else:
            src.append(slice(0, n + k))
            dst.append(slice(-k, n))
    out[tuple(dst)] = mask[tuple(src)]
    return out


class _Crop:
    """A boolean sub-volume around some voxel sets (indices (N, 3) of the full volume)."""

    def __init__(self, index_sets: list[np.ndarray], pad: int = 2) -> None:
        allidx = np.concatenate(index_sets)
        self.lo = allidx.min(axis=0) - pad
        self.shape = tuple((allidx.max(axis=0) + pad + 1 - self.lo).tolist())

    def mask(self, idx: np.ndarray) -> np.ndarray:
        m = np.zeros(self.shape, dtype=bool)
        m[tuple((idx - self.lo).T)] = True
        return m


def _facing_surface(mask: np.ndarray, step: np.ndarray) -> np.ndarray:
    """Voxels of ``mask`` whose neighbour at ``+step`` is outside it."""
    return mask & ~_neighbour(mask, step)


def _outward_normals(mask: np.ndarray, idx: np.ndarray, affine: np.ndarray) -> np.ndarray:
    """Unit outward surface normals (N, 3) in LPS of ``mask`` at voxels ``idx`` (smoothed gradient)."""
    sm = ndimage.gaussian_filter(mask.astype(np.float32), sigma=1.0)
    hi = np.array(mask.shape) - 1
    cols = []
    for k in range(3):  # central differences at the requested voxels only
        e = np.eye(3, dtype=int)[k]
        plus, minus = np.minimum(idx + e, hi), np.maximum(idx - e, 0)
        cols.append(
            (sm[tuple(plus.T)] - sm[tuple(minus.T)]) / np.maximum(plus[:, k] - minus[:, k], 1)
        )
    g = np.stack(cols, axis=1)
    g_mm = -g @ np.linalg.inv(affine[:3, :3])  # d/dx = sum_k d/dk * dk/dx
    return g_mm / np.maximum(np.linalg.norm(g_mm, axis=1, keepdims=True), 1e-12)


def _largest_patch(sel_idx: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """Boolean (N,) of the voxels (crop indices (N, 3)) in the largest 26-connected patch."""
    if len(sel_idx) == 0:
        return np.zeros(0, dtype=bool)
    m = np.zeros(shape, dtype=bool)
    m[tuple(sel_idx.T)] = True
    lab, n = ndimage.label(m, structure=_CONN26)
    if n <= 1:
        return np.ones(len(sel_idx), dtype=bool)
    sizes = np.bincount(lab.ravel())
    sizes[0] = 0
    return lab[tuple(sel_idx.T)] == int(np.argmax(sizes))


def facing_endplates(
    upper_idx: np.ndarray,
    lower_idx: np.ndarray,
    affine: np.ndarray,
    caudal: np.ndarray,
    *,
    gap_max_mm: float = 20.0,
    max_angle_deg: float = 50.0,
    max_normal_deg: float | None = 45.0,
    min_points: int = 6,
) -> tuple[np.ndarray, np.ndarray] | None:
    """Points (mm) of the upper body's lower endplate and the lower body's upper endplate.

    ``upper_idx``/``lower_idx``: voxel indices (N, 3) of two adjacent bodies; ``caudal``: unit LPS
    direction from upper to lower (curve tangent). Returns None when either patch is too small.
    """
    caudal = np.asarray(caudal, dtype=float) / np.linalg.norm(caudal)
    crop = _Crop([upper_idx, lower_idx])
    mu, ml = crop.mask(upper_idx), crop.mask(lower_idx)
    step = _index_step(affine, caudal)
    su = np.argwhere(_facing_surface(mu, step))
    sl = np.argwhere(_facing_surface(ml, -step))
    if max_normal_deg is not None:  # the wall of a tilted body also has voxels on the grid step
        su = su[_outward_normals(mu, su, affine) @ caudal >= np.cos(np.radians(max_normal_deg))]
        sl = sl[_outward_normals(ml, sl, affine) @ -caudal >= np.cos(np.radians(max_normal_deg))]
    if len(su) < min_points or len(sl) < min_points:
        return None
    to_mm = affine[:3, :3]
    pu = (su + crop.lo) @ to_mm.T + affine[:3, 3]
    pl = (sl + crop.lo) @ to_mm.T + affine[:3, 3]
    cos_max = np.cos(np.radians(max_angle_deg))

    def paired(src: np.ndarray, dst: np.ndarray, sign: float) -> np.ndarray:
        dist, j = cKDTree(dst).query(src, distance_upper_bound=gap_max_mm)
        ok = np.isfinite(dist)
        v = dst[np.minimum(j, len(dst) - 1)] - src
        cosang = np.where(dist > 1e-9, (v @ caudal) * sign / np.maximum(dist, 1e-9), 1.0)
        return ok & (cosang >= cos_max)

    keep_u = paired(pu, pl, 1.0)
    keep_l = paired(pl, pu, -1.0)
    if keep_u.sum() < min_points or keep_l.sum() < min_points:
        return None
    patch_u = _largest_patch(su[keep_u], crop.shape)
    patch_l = _largest_patch(sl[keep_l], crop.shape)
    a, b = pu[keep_u][patch_u], pl[keep_l][patch_l]
    if len(a) < min_points or len(b) < min_points:
        return None
    return a, b


def disc_from_endplates(
    upper_pts: np.ndarray, lower_pts: np.ndarray, cranial: np.ndarray
) -> DiscGeometry:
    """Disc centre = midpoint of the two endplate centres; normal = mean of the two plane normals.

    ``cranial``: unit LPS direction towards the upper body; the returned normal points that way.
    """
    up, lo = fit_plane(upper_pts), fit_plane(lower_pts)
    n = orient(up.normal, cranial) + orient(lo.normal, cranial)
    n = n / np.linalg.norm(n)
    return DiscGeometry(
        center=(up.centre + lo.centre) / 2.0, normal=n, upper_plate=up, lower_plate=lo
    )


def lower_endplate_by_footprint(
    body_idx: np.ndarray,
    affine: np.ndarray,
    caudal: np.ndarray,
    upper_plate_pts: np.ndarray,
    *,
    radius_quantile: float | None = 0.9,
    radius_scale: float = 1.5,
    max_normal_deg: float | None = None,
    min_points: int = 6,
) -> np.ndarray | None:
    """Points (mm) of a body's lower endplate, found under the footprint of its upper endplate.

    Used for the lowest body when the vertebra below is not in the mask: caudal-facing surface
    voxels whose distance from the upper endplate's axis (along ``caudal``) is within the
    ``radius_scale`` x the ``radius_quantile`` of the upper endplate's own radii (None: no limit),
    largest connected patch. ``max_normal_deg`` optionally keeps only voxels whose outward normal is
    that close to ``caudal`` (on SPIDER it trades ~0.2 mm of centre error for ~1 deg of normal angle).
    """
    caudal = np.asarray(caudal, dtype=float) / np.linalg.norm(caudal)
    crop = _Crop([body_idx])
    m = crop.mask(body_idx)
    step = _index_step(affine, caudal)
    s = np.argwhere(_facing_surface(m, step))
    if max_normal_deg is not None:
        s = s[_outward_normals(m, s, affine) @ caudal >= np.cos(np.radians(max_normal_deg))]
    if len(s) < min_points:
        return None
    p = (s + crop.lo) @ affine[:3, :3].T + affine[:3, 3]
    c = upper_plate_pts.mean(axis=0)

    def radial(x: np.ndarray) -> np.ndarray:
        v = x - c
        return np.linalg.norm(v - np.outer(v @ caudal, caudal), axis=1)

    keep = (p - c) @ caudal > 0
    if radius_quantile is not None:
        keep &= radial(p) <= radius_scale * float(
            np.quantile(radial(upper_plate_pts), radius_quantile)
        )
    if keep.sum() < min_points:
        return None
    patch = _largest_patch(s[keep], crop.shape)
    pts = p[keep][patch]
    return pts if len(pts) >= min_points else None
