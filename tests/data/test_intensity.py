"""Intensity normalisation by name: z-score, min-max, percentile clipping, Nyul histogram standardisation."""

from __future__ import annotations

import numpy as np
import pytest
from pydantic import ValidationError

from spinelab.data.intensity import (
    METHODS,
    HistogramLandmarks,
    fit_histogram_landmarks,
    image_landmarks,
    normalize_intensity,
)


def _phantom(seed: int = 0, shape: tuple[int, int, int] = (8, 64, 64)) -> np.ndarray:
    """70 % dark background (0..1) and 30 % tissue (50..100, skewed): the mean lies in the gap
    between them under any of the monotone transforms below, so the foreground stays the same voxels."""
    rng = np.random.default_rng(seed)
    n = int(np.prod(shape))
    a = rng.uniform(0, 1, n)
    fg = rng.random(n) < 0.3
    a[fg] = 50 + 50 * rng.beta(2, 5, int(fg.sum()))
    return a.reshape(shape)


TRANSFORMS = {
    "identity": lambda x: x,
    "affine": lambda x: 3.0 * x + 7.0,
    "affine_small": lambda x: 0.01 * x - 2.0,
    "gamma_1.6": lambda x: x**1.6,
    "gamma_0.6": lambda x: 4.0 * x**0.6 + 1.0,
}


def test_methods_and_dtype() -> None:
    assert METHODS == ("zscore", "minmax", "percentile", "nyul")
    a = np.random.default_rng(1).normal(300, 40, (4, 30, 20)).astype(np.int16)
    for method in ("zscore", "minmax", "percentile"):
        out = normalize_intensity(a, method)
        assert out.dtype == np.float32 and out.shape == a.shape


def test_zscore_has_mean_zero_sd_one_and_clips() -> None:
    a = np.random.default_rng(2).normal(300, 40, 20000)
    z = normalize_intensity(a, "zscore")
    assert abs(float(z.mean())) < 1e-3 and abs(float(z.std()) - 1) < 1e-2
    spiky = np.concatenate([np.zeros(1000), [1e6]])
    assert normalize_intensity(spiky, "zscore").max() == 5.0
    assert not normalize_intensity(np.full((3, 3), 0.1), "zscore").any()  # constant -> zeros


def test_minmax_spans_zero_to_one() -> None:
    a = np.random.default_rng(3).gamma(2, 50, (5, 7))
    m = normalize_intensity(a, "minmax")
    assert m.min() == 0 and m.max() == 1
    assert np.allclose(m, (a - a.min()) / (a.max() - a.min()), atol=1e-6)
    assert not normalize_intensity(np.full(5, 7.0), "minmax").any()


def test_percentile_clips_to_the_image_percentiles() -> None:
    a = np.concatenate([np.linspace(0, 100, 1001), [1e6, -1e6]])
    p = normalize_intensity(a, "percentile", percentiles=(1, 99))
    lo, hi = np.percentile(a.astype(np.float32), (1, 99))
    assert p.min() == 0 and p.max() == 1
    inside = (a > lo) & (a < hi)
    assert np.allclose(p[inside], (a[inside] - lo) / (hi - lo), atol=1e-6)
    assert p[-2] == 1 and p[-1] == 0  # outliers clipped
    assert not normalize_intensity(np.ones(10), "percentile").any()


def test_image_landmarks_use_the_foreground() -> None:
    a = np.concatenate([np.zeros(900), np.linspace(10, 20, 101)])
    assert np.allclose(image_landmarks(a, [0, 50, 100]), [10, 15, 20])
    assert np.allclose(image_landmarks(a, [0, 100], foreground=False), [0, 20])
    assert np.allclose(image_landmarks(np.full(10, 3.0), [1, 50, 99]), 3.0)  # constant: all voxels


@pytest.mark.parametrize("subset", [["identity", "affine", "affine_small"], list(TRANSFORMS)])
def test_nyul_maps_every_training_image_onto_the_standard(subset: list[str]) -> None:
    base = _phantom()
    images = [TRANSFORMS[k](base) for k in subset]
    lm = fit_histogram_landmarks(images)
    assert lm.percentiles[0] == 1 and lm.percentiles[-1] == 99 and len(lm.percentiles) == 11
    assert lm.standard[0] == 0 and lm.standard[-1] == 1  # scale (0, 1)
    for image in images:
        out = normalize_intensity(image, "nyul", landmarks=lm)
        assert out.dtype == np.float32 and out.shape == image.shape
        assert np.allclose(image_landmarks(out, lm.percentiles), lm.standard, atol=2e-3)
    if len(subset) == 3:  # affine copies: identical after standardisation, standard = base's shape
        ref = normalize_intensity(images[0], "nyul", landmarks=lm)
        for image in images[1:]:
            assert np.allclose(normalize_intensity(image, "nyul", landmarks=lm), ref, atol=1e-4)
        x = image_landmarks(base, lm.percentiles)
        assert np.allclose(lm.standard, (x - x[0]) / (x[-1] - x[0]), atol=1e-9)


def test_nyul_unseen_image_of_the_same_family_lands_on_the_standard() -> None:
    lm = fit_histogram_landmarks([_phantom(0), 2 * _phantom(1) + 5], scale=(0.0, 100.0))
    assert lm.standard[0] == 0 and lm.standard[-1] == 100
    new = 0.5 * _phantom(2) ** 1.3
    out = normalize_intensity(new, "nyul", landmarks=lm)
    assert np.allclose(image_landmarks(out, lm.percentiles), lm.standard, atol=0.2)


def test_nyul_extrapolates_linearly_beyond_the_end_landmarks() -> None:
    lm = HistogramLandmarks(percentiles=[10, 50, 90], standard=[0.0, 0.3, 1.0])
    a = np.linspace(0, 100, 2001)
    x = image_landmarks(a, lm.percentiles)
    out = normalize_intensity(a, "nyul", landmarks=lm).astype(np.float64)
    assert np.all(np.isfinite(out)) and np.all(np.diff(out) >= 0)  # monotone
    assert np.allclose(np.interp(x, a, out), lm.standard, atol=1e-3)  # kinks between samples
    below, above = a < x[0], a > x[-1]
    assert below.sum() > 50 and above.sum() > 50
    slope_lo = (lm.standard[1] - lm.standard[0]) / (x[1] - x[0])
    slope_hi = (lm.standard[2] - lm.standard[1]) / (x[2] - x[1])
    assert np.allclose(out[below], lm.standard[0] + (a[below] - x[0]) * slope_lo, atol=1e-5)
    assert np.allclose(out[above], lm.standard[2] + (a[above] - x[2]) * slope_hi, atol=1e-5)
    assert out[0] < 0 and out[-1] > 1  # not clamped as np.interp would


def test_nyul_constant_and_zero_heavy_images_give_finite_values() -> None:
    lm = fit_histogram_landmarks([_phantom(0), _phantom(1)])
    const = normalize_intensity(np.full((4, 5), 12.0), "nyul", landmarks=lm)
    assert np.all(const == np.float32(lm.standard[0]))
    zeros = normalize_intensity(np.zeros((4, 5)), "nyul", landmarks=lm)
    assert np.all(np.isfinite(zeros))
    rng = np.random.default_rng(4)
    sparse = np.where(rng.random((6, 40, 40)) < 0.03, rng.integers(1, 4, (6, 40, 40)), 0)
    for image in (sparse, sparse.astype(np.uint8)):  # 97 % zeros, three grey levels: ties
        out = normalize_intensity(image, "nyul", landmarks=lm)
        assert np.all(np.isfinite(out))
        order = np.argsort(image.ravel(), kind="stable")
        assert np.all(np.diff(out.ravel()[order].astype(np.float64)) >= 0)
    # ties in every landmark (foreground=False on a zero-heavy image) do not divide by zero
    tied = np.concatenate([np.zeros(990), np.linspace(1, 2, 10)])
    assert np.all(np.isfinite(normalize_intensity(tied, "nyul", landmarks=lm)))


def test_bad_method_and_missing_landmarks_are_clear_errors() -> None:
    a = np.arange(10.0)
    with pytest.raises(
        ValueError, match=r"unknown normalisation 'hist'.*zscore, minmax, percentile, nyul"
    ):
        normalize_intensity(a, "hist")
    with pytest.raises(ValueError, match="nyul needs landmarks learnt on training images"):
        normalize_intensity(a, "nyul")
    with pytest.raises(ValueError, match="no training images"):
        fit_histogram_landmarks([])
    with pytest.raises(ValueError, match="image 1 is constant"):
        fit_histogram_landmarks([_phantom(0), np.full(50, 3.0)])
    with pytest.raises(ValueError, match="scale"):
        fit_histogram_landmarks([_phantom(0)], scale=(1.0, 0.0))


@pytest.mark.parametrize(
    ("percentiles", "standard", "problem"),
    [
        ([1, 50, 99], [0, 1], "same length"),
        ([1, 99], [0, 1], "at least 3"),
        ([1, 50, 50], [0, 0.5, 1], "percentiles must be strictly increasing"),
        ([1, 50, 120], [0, 0.5, 1], r"percentiles must lie in \[0, 100\]"),
        ([-1, 50, 99], [0, 0.5, 1], r"percentiles must lie in \[0, 100\]"),
        ([1, 50, 99], [0, 1, 0.5], "standard must be strictly increasing"),
    ],
)
def test_bad_landmark_schema_names_the_problem(
    percentiles: list[float], standard: list[float], problem: str
) -> None:
    with pytest.raises(ValidationError, match=problem):
        HistogramLandmarks(percentiles=percentiles, standard=standard)


def test_landmarks_are_frozen_strict_and_round_trip() -> None:
    lm = fit_histogram_landmarks([_phantom(0), 3 * _phantom(1)])
    assert HistogramLandmarks.model_validate(lm.model_dump(mode="json")) == lm
    assert HistogramLandmarks.model_validate_json(lm.model_dump_json()) == lm
    with pytest.raises(ValidationError):
        lm.standard = [0.0, 0.5, 1.0]  # type: ignore[misc]
    with pytest.raises(ValidationError, match="scale"):
        HistogramLandmarks(percentiles=[1, 50, 99], standard=[0, 0.5, 1], scale=[0, 1])  # type: ignore[call-arg]
