"""Crop geometry: a marker at a disc centre lands at the crop centre, in oblique volumes too."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.spatial.transform import Rotation

from spinelab.data.crops import CropGrid, axial_crop, sagittal_axes, sagittal_crop
from spinelab.data.volume import Volume


def _oblique_volume(shape=(40, 90, 90), spacing=(3.0, 0.9, 0.9), rot_deg=(8, -12, 5)):
    r = Rotation.from_euler("xyz", rot_deg, degrees=True).as_matrix()
    aff = np.eye(4)
    aff[:3, :3] = r * np.array(spacing)[None, :]
    aff[:3, 3] = [-55.0, -40.0, 30.0]
    return Volume(np.zeros(shape, np.float32), aff)


def _put_marker(vol: Volume, mm: np.ndarray, radius_mm: float = 2.5) -> None:
    idx = np.indices(vol.array.shape).reshape(3, -1).T
    d = np.linalg.norm(vol.index_to_mm(idx) - mm, axis=1)
    vol.array.reshape(-1)[d < radius_mm] = 1000.0


@pytest.mark.parametrize("offset", [0.0])
def test_sagittal_marker_at_centre(offset: float) -> None:
    vol = _oblique_volume()
    centre = vol.index_to_mm(np.array([20.0, 45.0, 44.0]))
    _put_marker(vol, centre)
    normal = np.array([0.0, 0.25, 1.0])
    crops, outside = sagittal_crop(vol, centre, normal, grid=CropGrid(fov_mm=41, size=41),
                                   lateral_offsets_mm=(offset, 30.0))
    assert crops.shape == (2, 41, 41)
    peak = np.unravel_index(np.argmax(crops[0]), crops[0].shape)
    assert peak == (20, 20)
    assert crops[1].max() == 0.0  # 30 mm lateral misses the marker
    assert outside < 0.5


def test_sagittal_axes_orientation() -> None:
    down, posterior, left = sagittal_axes(np.array([0.0, -0.2, 1.0]))
    assert down[2] < -0.9 and posterior[1] > 0.9 and left[0] > 0.9
    assert abs(np.dot(down, posterior)) < 1e-9 and abs(np.dot(left, posterior)) < 1e-9


def test_axial_marker_at_canal_centre() -> None:
    vol = _oblique_volume(shape=(5, 120, 120), spacing=(4.0, 0.8, 0.8), rot_deg=(95, 3, 0))
    k = 2
    disc = vol.index_to_mm(np.array([k, 60.0, 50.0]))
    ns = vol.affine[:3, 0] / np.linalg.norm(vol.affine[:3, 0])
    post = np.array([0.0, 1.0, 0.0]) - ns[1] * ns
    post /= np.linalg.norm(post)
    canal = disc + 22.0 * post
    _put_marker(vol, canal, radius_mm=2.0)
    crop, _ = axial_crop(vol, k, disc, grid=CropGrid(fov_mm=81, size=81), canal_offset_mm=22.0)
    peak = np.unravel_index(np.argmax(crop), crop.shape)
    assert abs(peak[0] - 40) <= 1 and abs(peak[1] - 40) <= 1
