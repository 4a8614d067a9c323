"""Volume I/O: NIfTI (RAS on disk) and MetaImage (LPS) read into one LPS-mm convention."""

from __future__ import annotations

from pathlib import Path

import nibabel as nib
import numpy as np
import pytest
import SimpleITK as sitk

from spinelab.data.volume import Volume, read_metaimage, read_nifti, read_volume, write_nifti


def test_nifti_round_trip_keeps_lps_geometry(tmp_path: Path) -> None:
    aff = np.array([[0.0, 0.0, -1.2, 40.0], [0.9, 0.1, 0.0, -20.0], [0.0, -0.9, 0.0, 70.0], [0, 0, 0, 1]])
    vol = Volume(np.arange(24, dtype=np.int16).reshape(2, 3, 4), aff)
    p = write_nifti(vol, tmp_path / "v.nii.gz")
    back = read_nifti(p)
    np.testing.assert_allclose(back.affine, aff, atol=1e-5)
    np.testing.assert_array_equal(back.array, vol.array)
    ras = nib.load(str(p)).affine  # on disk the affine is RAS: x and y negated
    np.testing.assert_allclose(ras[:2], -aff[:2], atol=1e-5)
    assert not list(tmp_path.glob("*.tmp*"))  # atomic write left no temp file


def test_metaimage_axes_and_direction(tmp_path: Path) -> None:
    arr = np.zeros((5, 6, 7), np.int16)  # ITK (z, y, x)
    arr[4, 1, 2] = 9
    img = sitk.GetImageFromArray(arr)
    img.SetSpacing((0.5, 0.7, 3.0))
    img.SetOrigin((10.0, -5.0, 2.0))
    d = np.array([[0, 0, 1], [1, 0, 0], [0, 1, 0]], float)  # a permuted direction matrix
    img.SetDirection(tuple(d.ravel()))
    sitk.WriteImage(img, str(tmp_path / "m.mha"))
    vol = read_volume(tmp_path / "m.mha")
    assert vol.array.shape == (5, 6, 7)
    expected = img.TransformIndexToPhysicalPoint((2, 1, 4))  # ITK index is (x, y, z)
    np.testing.assert_allclose(vol.index_to_mm(np.array([4, 1, 2])), expected, atol=1e-6)
    np.testing.assert_allclose(vol.spacing, [3.0, 0.7, 0.5])
    np.testing.assert_allclose(vol.mm_to_index(np.array(expected)), [4, 1, 2], atol=1e-9)


def test_volume_rejects_bad_shapes() -> None:
    with pytest.raises(ValueError, match="3-D"):
        Volume(np.zeros((3, 3)), np.eye(4))
    with pytest.raises(ValueError, match="4x4"):
        Volume(np.zeros((3, 3, 3)), np.eye(3))


def test_real_spider_mask_left_right_axis(shared) -> None:
    """A real SPIDER mask (permuted direction): its left-right axis is found from the affine."""
    vol = read_metaimage(shared("realdata", "spider-masks", "100_t2.mha"))
    img = sitk.ReadImage(str(shared("realdata", "spider-masks", "100_t2.mha")))
    k = tuple(int(i) for i in np.argwhere(vol.array > 0)[0])
    np.testing.assert_allclose(vol.index_to_mm(np.array(k)),
                               img.TransformIndexToPhysicalPoint(k[::-1]), atol=1e-4)
    lr = vol.axis_closest_to(np.array([1.0, 0.0, 0.0]))
    assert vol.array.shape[lr] == min(vol.array.shape)  # sagittal: fewest slices left-right


def test_real_myosegmentum_nifti_axes(shared) -> None:
    vol = read_nifti(shared("realdata", "myosegmentum-vb", "case_01", "image.nii.gz"))
    assert vol.array.shape == (224, 224, 77)
    np.testing.assert_allclose(vol.spacing, [1.0, 1.0, 1.0], atol=1e-3)
    assert vol.axis_closest_to(np.array([0.0, 0.0, 1.0])) == 0  # axis 0 runs head-feet
    assert vol.axis_closest_to(np.array([1.0, 0.0, 0.0])) == 2  # axis 2 is left-right
