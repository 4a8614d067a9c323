"""A smooth spine curve through vertebral centroids, parameterised by arc length (LPS mm).

The curve is a low-degree polynomial per coordinate in a provisional parameter (the position
along the centroids' principal axis), fitted robustly (the worst outlier is dropped while it lies
further than ``max(outlier_mm, 3 * 1.4826 * MAD)`` from the curve), then sampled densely and
re-parameterised by arc length ``s`` in mm. ``s`` grows cranial -> caudal (towards -z in LPS).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.spatial import cKDTree


class CurveFitError(ValueError):
    """The centroids cannot carry a spine curve (too few points, degenerate, not head-feet)."""


@dataclass(frozen=True)
class SpineCurve:
    """A dense polyline sampling of the fitted curve.

    ``points`` (M, 3) LPS mm, ``s`` (M,) arc length in mm (0 at the first sample, cranial end),
    ``tangents`` (M, 3) unit vectors pointing caudally (direction of growing ``s``).
    """

    points: np.ndarray
    s: np.ndarray
    tangents: np.ndarray

    def project(self, xyz: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Arc length (N,) of the nearest curve point and distance (N,) in mm, for points (N, 3)."""
        xyz = np.atleast_2d(np.asarray(xyz, dtype=float))
        dist, idx = cKDTree(self.points).query(xyz)
        return self.s[idx], np.asarray(dist, dtype=float)

    def point_at(self, s: float | np.ndarray) -> np.ndarray:
        """LPS mm point(s) at arc length ``s`` (linear interpolation, clamped to the samples)."""
        s_arr = np.atleast_1d(np.asarray(s, dtype=float))
        out = np.stack([np.interp(s_arr, self.s, self.points[:, k]) for k in range(3)], axis=-1)
        return out[0] if np.ndim(s) == 0 else out

    def tangent_at(self, s: float) -> np.ndarray:
        """Unit caudal-pointing tangent (3,) at arc length ``s``."""
        t = np.array([np.interp(s, self.s, self.tangents[:, k]) for k in range(3)])
        return t / np.linalg.norm(t)


def _principal_axis(points: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Weighted mean (3,) and unit principal axis (3,) oriented caudally (-z in LPS)."""
    mean = np.average(points, axis=0, weights=weights)
    centred = (points - mean) * np.sqrt(weights)[:, None]
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    axis = vt[0]
    if axis[2] > 0:  # LPS z is superior; caudal = -z
        axis = -axis
    return mean, axis


def _fit_poly(u: np.ndarray, points: np.ndarray, weights: np.ndarray, degree: int) -> np.ndarray:
    """Coefficients (degree + 1, 3) of a weighted least-squares polynomial per coordinate."""
    return np.stack(
        [
            np.polynomial.polynomial.polyfit(u, points[:, k], degree, w=np.sqrt(weights))
            for k in range(3)
        ],
        axis=1,
    )


def _sample(coef: np.ndarray, u_lo: float, u_hi: float, n: int, margin_mm: float) -> SpineCurve:
    """Sample the polynomial on [u_lo, u_hi]; extend straight along the end tangents by margin."""
    u = np.linspace(u_lo, u_hi, n)
    pts = np.stack([np.polynomial.polynomial.polyval(u, coef[:, k]) for k in range(3)], axis=1)
    der = np.stack(
        [
            np.polynomial.polynomial.polyval(u, np.polynomial.polynomial.polyder(coef[:, k]))
            for k in range(3)
        ],
        axis=1,
    )
    der /= np.maximum(np.linalg.norm(der, axis=1, keepdims=True), 1e-12)
    n_ext = max(2, n // 10)
    steps = np.linspace(margin_mm, 0.0, n_ext, endpoint=False)[:, None]
    head = pts[0] - steps * der[0]
    tail = pts[-1] + steps[::-1] * der[-1]
    pts = np.concatenate([head, pts, tail])
    der = np.concatenate([np.repeat(der[:1], n_ext, 0), der, np.repeat(der[-1:], n_ext, 0)])
    seg = np.linalg.norm(np.diff(pts, axis=0), axis=1)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    return SpineCurve(points=pts, s=s, tangents=der)


def fit_spine_curve(
    centroids: np.ndarray,
    weights: np.ndarray | None = None,
    *,
    degree: int = 3,
    outlier_mm: float = 15.0,
    margin_mm: float = 60.0,
    n_samples: int = 4000,
    max_axis_angle_deg: float = 50.0,
) -> tuple[SpineCurve, np.ndarray]:
    """Fit a robust smooth curve through centroids (N, 3) LPS mm; returns (curve, inlier mask (N,)).

    Degree is ``min(degree, N - 2)`` (at least 1), so a few points are smoothed, not interpolated.
    The curve extends ``margin_mm`` beyond the outermost centroids. Raises ``CurveFitError`` with
    fewer than two distinct points or when the centroids run more than ``max_axis_angle_deg`` away
    from the head-feet (z) axis: a mask that does not look like a sagittal spine in LPS.
    """
    pts = np.asarray(centroids, dtype=float)
    if pts.ndim != 2 or pts.shape[1] != 3:
        raise CurveFitError(f"centroids must be (N, 3), got {pts.shape}")
    n = len(pts)
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
    if n < 2:
        raise CurveFitError(f"a spine curve needs at least 2 vertebral bodies, got {n}")
    mean, axis = _principal_axis(pts, w)
    if np.ptp((pts - mean) @ axis) < 1e-6:
        raise CurveFitError("the vertebral centroids coincide; no curve can be fitted")
    angle = np.degrees(np.arccos(min(1.0, abs(axis[2]))))
    if angle > max_axis_angle_deg:
        raise CurveFitError(
            f"the vertebral centroids run {angle:.0f} deg away from the head-feet axis "
            f"(principal axis LPS {np.round(axis, 2).tolist()}): not a sagittal spine mask, "
            "or its affine is wrong"
        )
    inlier = np.ones(n, dtype=bool)
    while True:
        p, ww = pts[inlier], w[inlier]
        mean, axis = _principal_axis(p, ww)
        u = (p - mean) @ axis
        deg = max(1, min(degree, len(p) - 2))
        coef = _fit_poly(u, p, ww, deg)
        # one re-parameterisation: u = projection on the first curve (handles strong lordosis)
        lo, hi = float(u.min()), float(u.max())
        grid = np.linspace(lo, hi, n_samples)
        curve = _sample(coef, lo, hi, n_samples, 0.0)
        s_proj, _ = curve.project(p)
        n_ext = max(2, n_samples // 10)
        u2 = np.interp(s_proj, curve.s[n_ext:-n_ext], grid)
        coef = _fit_poly(u2, p, ww, deg)
        curve = _sample(coef, lo, hi, n_samples, margin_mm)
        _, dist_all = curve.project(pts)
        if inlier.sum() <= 3:
            break
        d_in = dist_all[inlier]
        mad = np.median(np.abs(d_in - np.median(d_in)))
        thresh = max(outlier_mm, 3.0 * 1.4826 * mad)
        worst = int(np.argmax(np.where(inlier, dist_all, -np.inf)))
        if dist_all[worst] <= thresh:
            break
        inlier[worst] = False
    return curve, inlier
