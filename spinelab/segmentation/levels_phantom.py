"""A small synthetic vertebra label volume with known geometry (for tests and examples).

Bodies are cylinders stacked along a straight axis tilted in the sagittal (y-z) plane; array axes
are (left-right, head-feet, front-back) as in a sagittal series, affine index -> LPS mm.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from spinelab.data.volume import Volume


@dataclass(frozen=True)
class Phantom:
    """``mask`` Volume; ``centres`` (N, 3) body centres LPS mm cranial -> caudal; ``axis`` (3,)
    unit cranial direction; ``disc_centres`` (N - 1, 3) midpoints between adjacent bodies."""

    mask: Volume
    centres: np.ndarray
    axis: np.ndarray
    disc_centres: np.ndarray


def make_phantom(
    labels: list[int],
    *,
    height_mm: float = 24.0,
    disc_mm: float = 10.0,
    radius_mm: float = 16.0,
    tilt_deg: float = 0.0,
    spacing_mm: float = 2.0,
    disc_labels: list[int] | None = None,
) -> Phantom:
    """A phantom with one body per entry of ``labels`` (cranial -> caudal; 0 leaves the slot empty).

    ``disc_labels`` (len(labels) - 1, 0 = none) paints the discs too. The axis is tilted by
    ``tilt_deg`` towards posterior-down (like lordosis at L5).
    """
    n = len(labels)
    pitch = height_mm + disc_mm
    t = np.radians(tilt_deg)
    cranial = np.array([0.0, -np.sin(t), np.cos(t)])
    top = np.array([0.0, 0.0, pitch * (n - 1) / 2.0])
    centres = np.array([top - k * pitch * cranial for k in range(n)])
    extent = pitch * n + 2 * radius_mm
    shape = (
        int(2 * radius_mm / spacing_mm) + 6,
        int(extent / spacing_mm) + 6,
        int(extent * abs(np.sin(t)) / spacing_mm + 2 * radius_mm / spacing_mm) + 10,
    )
    affine = np.eye(4)
    affine[:3, 0] = [spacing_mm, 0, 0]  # axis 0 -> left
    affine[:3, 1] = [0, 0, -spacing_mm]  # axis 1 -> inferior
    affine[:3, 2] = [0, spacing_mm, 0]  # axis 2 -> posterior
    mid = np.array(shape) / 2.0
    affine[:3, 3] = -(affine[:3, :3] @ mid) + centres.mean(axis=0)
    ijk = np.stack(np.meshgrid(*[np.arange(s) for s in shape], indexing="ij"), axis=-1).reshape(
        -1, 3
    )
    xyz = ijk @ affine[:3, :3].T + affine[:3, 3]
    arr = np.zeros(len(xyz), dtype=np.int16)

    def paint(centre: np.ndarray, half: float, value: int) -> None:
        v = xyz - centre
        along = v @ cranial
        r = np.linalg.norm(v - np.outer(along, cranial), axis=1)
        arr[(np.abs(along) <= half) & (r <= radius_mm)] = value

    for c, lab in zip(centres, labels, strict=True):
        if lab:
            paint(c, height_mm / 2.0, lab)
    discs = (centres[:-1] + centres[1:]) / 2.0
    if disc_labels:
        for c, lab in zip(discs, disc_labels, strict=True):
            if lab:
                paint(c, disc_mm / 2.0 - 0.01, lab)
    vol = Volume(arr.reshape(shape), affine, {"path": "phantom"})
    return Phantom(mask=vol, centres=centres, axis=cranial, disc_centres=discs)
