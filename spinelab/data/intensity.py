"""Per-image intensity normalisation shared by the segmenter and the grader, chosen by name.

``normalize_intensity(array, method)`` with ``method`` one of ``METHODS``:

- ``zscore``: subtract the mean, divide by the standard deviation, clip to +-5;
- ``minmax``: scale the image's minimum..maximum to 0..1;
- ``percentile``: clip to the image's low/high percentiles, scale those to 0..1;
- ``nyul``: Nyul-Udupa histogram standardisation: the image's percentile landmarks are mapped
  piecewise-linearly onto a standard histogram (``HistogramLandmarks``) learnt on training images
  with ``fit_histogram_landmarks`` and saved with the model.

Every method returns float32 of the input's shape; a constant image gives no NaN.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from pydantic import BaseModel, ConfigDict, model_validator

METHODS: tuple[str, ...] = ("zscore", "minmax", "percentile", "nyul")

DEFAULT_LANDMARK_PERCENTILES: tuple[float, ...] = (1, 10, 20, 30, 40, 50, 60, 70, 80, 90, 99)


class HistogramLandmarks(BaseModel):
    """Nyul-Udupa standard histogram: ``standard[i]`` is the standard-scale intensity of the
    ``percentiles[i]``-th percentile landmark (both strictly increasing, same length >= 3)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    percentiles: list[float]
    standard: list[float]

    @model_validator(mode="after")
    def _check(self) -> HistogramLandmarks:
        p, s = self.percentiles, self.standard
        if len(p) != len(s):
            raise ValueError(
                f"histogram landmarks: percentiles ({len(p)}) and standard ({len(s)}) "
                "must have the same length"
            )
        if len(p) < 3:
            raise ValueError(f"histogram landmarks: need at least 3 landmarks, got {len(p)}")
        if not all(np.isfinite(p)) or not all(np.isfinite(s)):
            raise ValueError("histogram landmarks: percentiles and standard must be finite")
        if not all(0.0 <= x <= 100.0 for x in p):
            raise ValueError(f"histogram landmarks: percentiles must lie in [0, 100], got {p}")
        if any(b <= a for a, b in zip(p, p[1:], strict=False)):
            raise ValueError(
                f"histogram landmarks: percentiles must be strictly increasing, got {p}"
            )
        if any(b <= a for a, b in zip(s, s[1:], strict=False)):
            raise ValueError(f"histogram landmarks: standard must be strictly increasing, got {s}")
        return self


def image_landmarks(
    array: np.ndarray, percentiles: Sequence[float], *, foreground: bool = True
) -> np.ndarray:
    """The image's intensity at each of ``percentiles`` -> float64 (len(percentiles),).

    ``foreground``: over the voxels above the image mean (Nyul's foreground), or over all voxels
    where none is above the mean (a constant image).
    """
    a = np.asarray(array, dtype=np.float64).ravel()
    if a.size == 0:
        raise ValueError("image_landmarks: empty array")
    if foreground:
        fg = a[a > a.mean()]
        if fg.size:
            a = fg
    return np.percentile(a, list(percentiles)).astype(np.float64)


def standard_histogram(
    rows: Iterable[np.ndarray],
    *,
    percentiles: Sequence[float] = DEFAULT_LANDMARK_PERCENTILES,
    scale: tuple[float, float] = (0.0, 1.0),
) -> HistogramLandmarks:
    """Nyul training from per-image landmarks (``image_landmarks`` at ``percentiles``): each row's
    first..last landmark is mapped linearly onto ``scale``, the mapped rows are averaged."""
    s1, s2 = float(scale[0]), float(scale[1])
    if not s2 > s1:
        raise ValueError(f"histogram landmarks: scale must satisfy low < high, got {scale}")
    mapped = []
    for i, row in enumerate(rows):
        lm = np.asarray(row, dtype=np.float64)
        if lm.shape != (len(percentiles),):
            raise ValueError(
                f"histogram landmarks: image {i} has {lm.shape} landmarks, expected {len(percentiles)}"
            )
        if not lm[-1] > lm[0]:
            raise ValueError(
                f"histogram landmarks: image {i} is constant over its foreground "
                f"(landmarks {lm[0]:g}..{lm[-1]:g}); it cannot be standardised"
            )
        mapped.append(s1 + (np.maximum.accumulate(lm) - lm[0]) / (lm[-1] - lm[0]) * (s2 - s1))
    if not mapped:
        raise ValueError("histogram landmarks: no training images to learn landmarks from")
    standard = _strictly_increasing(np.mean(mapped, axis=0))
    return HistogramLandmarks(
        percentiles=[float(p) for p in percentiles], standard=[float(v) for v in standard]
    )


def fit_histogram_landmarks(
    arrays: Iterable[np.ndarray],
    *,
    percentiles: Sequence[float] = DEFAULT_LANDMARK_PERCENTILES,
    scale: tuple[float, float] = (0.0, 1.0),
) -> HistogramLandmarks:
    """Learn the Nyul standard histogram from training images (classic Nyul-Udupa training).

    Each image's foreground landmarks at ``percentiles`` are mapped linearly so that its first
    and last land on ``scale``; ``standard`` = the mean of the mapped landmarks over the images.
    ValueError when no array is given or an array is constant (over its foreground).
    """
    return standard_histogram(
        (image_landmarks(a, percentiles) for a in arrays), percentiles=percentiles, scale=scale
    )


def _strictly_increasing(values: np.ndarray) -> np.ndarray:
    """``values`` made strictly increasing: running maximum, ties nudged up by a tiny epsilon."""
    v = np.maximum.accumulate(np.asarray(values, dtype=np.float64))
    span = float(v[-1] - v[0])
    eps = 1e-6 * (span if span > 0 else max(abs(float(v[0])), 1.0))
    for i in range(1, len(v)):
        if v[i] <= v[i - 1]:
            v[i] = v[i - 1] + eps
    return v


def _nyul(a: np.ndarray, landmarks: HistogramLandmarks) -> np.ndarray:
    x = _strictly_increasing(image_landmarks(a, landmarks.percentiles))
    y = np.asarray(landmarks.standard, dtype=np.float64)
    flat = a.astype(np.float64).ravel()
    out = np.interp(flat, x, y)
    lo, hi = flat < x[0], flat > x[-1]  # extrapolate with the end segments' slopes
    out[lo] = y[0] + (flat[lo] - x[0]) * (y[1] - y[0]) / (x[1] - x[0])
    out[hi] = y[-1] + (flat[hi] - x[-1]) * (y[-1] - y[-2]) / (x[-1] - x[-2])
    return out.reshape(a.shape).astype(np.float32)


def normalize_intensity(
    array: np.ndarray,
    method: str,
    *,
    percentiles: tuple[float, float] = (0.5, 99.5),
    landmarks: HistogramLandmarks | None = None,
) -> np.ndarray:
    """Normalise one image's intensities -> float32 array of the input's shape.

    ``zscore``: (a - mean) / sd clipped to +-5; ``minmax``: min..max -> 0..1; ``percentile``:
    clip to the image's ``percentiles`` and scale them to 0..1; ``nyul``: map the image's
    ``landmarks.percentiles`` landmarks piecewise-linearly onto ``landmarks.standard`` (linear
    extrapolation beyond the end landmarks; needs ``landmarks`` learnt on training images).
    A constant image gives zeros (``nyul``: the first standard value).
    """
    if method not in METHODS:
        raise ValueError(f"unknown normalisation {method!r}; valid: {', '.join(METHODS)}")
    a = np.asarray(array, dtype=np.float32)
    if method == "percentile":
        lo, hi = np.percentile(a, percentiles)
        if hi <= lo:
            return np.zeros_like(a)
        # lo, hi are float64: computed in float64 as before the move here, then rounded
        return np.clip((a - lo) / (hi - lo), 0.0, 1.0).astype(np.float32)
    if method == "zscore":
        if a.size == 0 or float(np.ptp(a)) == 0.0:
            return np.zeros_like(a)
        sd = float(a.std())
        return np.clip((a - float(a.mean())) / (sd if sd > 0 else 1.0), -5.0, 5.0)
    if method == "minmax":
        if a.size == 0:
            return np.zeros_like(a)
        lo, hi = float(a.min()), float(a.max())
        if hi <= lo:
            return np.zeros_like(a)
        return ((a.astype(np.float64) - lo) / (hi - lo)).astype(np.float32)
    if landmarks is None:
        raise ValueError(
            "normalisation nyul needs landmarks learnt on training images "
            "(fit_histogram_landmarks; a segmentation model keeps them as preprocess.landmarks)"
        )
    if a.size == 0:
        return np.zeros_like(a)
    return _nyul(a, landmarks)
