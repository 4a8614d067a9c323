"""Robust spine curve: arc length, caudal orientation, outlier rejection, clear errors."""

from __future__ import annotations

import numpy as np
import pytest

from spinelab.segmentation.curve_fit import CurveFitError, fit_spine_curve


def lordotic_points(n: int = 7) -> np.ndarray:
    z = np.linspace(120, -90, n)
    y = 0.0006 * (z - 20) ** 2  # a bow in the sagittal plane
    return np.stack([np.zeros(n), y, z], axis=1)


def test_curve_passes_near_points_and_orders_caudally():
    pts = lordotic_points()
    curve, inl = fit_spine_curve(pts)
    s, d = curve.project(pts)
    assert inl.all() and d.max() < 1.0
    assert np.all(np.diff(s) > 0)  # cranial -> caudal = growing arc length
    assert curve.tangent_at(float(s[3]))[2] < -0.9
    arc = np.sum(np.linalg.norm(np.diff(pts, axis=0), axis=1))
    assert abs((s[-1] - s[0]) - arc) < 0.05 * arc


def test_outlier_is_rejected():
    pts = lordotic_points(8)
    pts[4, 1] += 45.0
    curve, inl = fit_spine_curve(pts)
    assert not inl[4] and inl.sum() == 7
    _, d = curve.project(pts)
    assert d[4] > 30 and np.delete(d, 4).max() < 1.5


def test_errors_for_too_few_or_left_right_points():
    with pytest.raises(CurveFitError, match="at least 2"):
        fit_spine_curve(np.zeros((1, 3)))
    lr = np.stack([np.linspace(-100, 100, 6), np.zeros(6), np.zeros(6)], axis=1)
    with pytest.raises(CurveFitError, match="head-feet"):
        fit_spine_curve(lr)
