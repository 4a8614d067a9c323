"""Loading DICOM series as volumes: geometry round trip, ordering, stacks, rescale, real RLE data."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from spinelab.data.dicom_series import (
    SeriesGeometryError,
    load_series,
    load_series_stacks,
    resolve_files,
)
from spinelab.data.dicom_write import stack_affine, write_multiframe, write_stack

STUDY = "1.2.826.0.1.3680043.8.498.1"


def _rot_x(deg: float) -> np.ndarray:
    t = np.radians(deg)
    return np.array([[1, 0, 0], [0, np.cos(t), -np.sin(t)], [0, np.sin(t), np.cos(t)]])


def _oblique_axial_affine(tilt_deg: float, origin: tuple[float, float, float]) -> np.ndarray:
    r = _rot_x(tilt_deg)
    return stack_affine(
        origin=origin,
        row_dir=r @ [1.0, 0, 0],
        col_dir=r @ [0, 1.0, 0],
        pixel_spacing=(0.8, 0.7),
        slice_spacing=3.3,
    )


def _volume(n: int = 7, rows: int = 12, cols: int = 10, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.integers(0, 1000, size=(n, rows, cols)).astype(np.uint16)


def test_geometry_round_trip_known_voxel_at_known_mm(tmp_path: Path) -> None:
    aff = _oblique_axial_affine(17.0, (-40.0, -30.0, 120.0))
    arr = _volume()
    arr[4, 9, 3] = 4000  # the one bright voxel
    write_stack(
        tmp_path, arr, aff, study_uid=STUDY, series_uid=STUDY + ".2", series_description="ax T2"
    )
    vol = load_series(tmp_path)
    assert vol.array.shape == (7, 12, 10)
    np.testing.assert_allclose(vol.affine, aff, atol=1e-4)
    expected_mm = aff[:3, :3] @ [4, 9, 3] + aff[:3, 3]
    found = np.unravel_index(int(np.argmax(vol.array)), vol.array.shape)
    np.testing.assert_allclose(vol.index_to_mm(np.array(found)), expected_mm, atol=1e-3)
    np.testing.assert_allclose(vol.mm_to_index(expected_mm), [4, 9, 3], atol=1e-4)
    np.testing.assert_allclose(vol.spacing, [3.3, 0.8, 0.7], atol=1e-5)
    assert vol.meta["series_uid"] == STUDY + ".2"
    assert vol.meta["instance_numbers"] == list(range(1, 8))
    assert len(vol.meta["sop_instance_uids"]) == 7
    assert vol.meta["plane"] == "axial" and vol.meta["contrast"] == "T2"


def test_order_follows_slice_normal_not_names_or_instance_numbers(tmp_path: Path) -> None:
    aff = _oblique_axial_affine(-8.0, (0.0, 0.0, 0.0))
    arr = _volume(n=9, seed=3)
    names = [f"IMG{random.Random(k).randint(0, 10**9):010d}" for k in range(9)]  # no extension
    # instance numbers run against the normal (9 .. 1) and files sit in shuffled nested folders
    tmp_dirs = [tmp_path / "x" / f"d{k % 3}" for k in range(9)]
    for k in random.Random(1).sample(range(9), 9):
        write_stack(
            tmp_dirs[k],
            arr[k : k + 1],
            _shift(aff, k),
            study_uid=STUDY,
            series_uid=STUDY + ".3",
            first_instance=9 - k,
            file_names=[names[k]],
        )
    vol = load_series(tmp_path)
    np.testing.assert_array_equal(vol.array, arr)
    np.testing.assert_allclose(vol.affine, aff, atol=1e-4)
    assert vol.meta["instance_numbers"] == list(range(9, 0, -1))


def _shift(aff: np.ndarray, k: int) -> np.ndarray:
    a = aff.copy()
    a[:3, 3] = aff[:3, 3] + k * aff[:3, 0]
    return a


def test_rescale_slope_intercept_applied(tmp_path: Path) -> None:
    aff = _oblique_axial_affine(0.0, (0.0, 0.0, 0.0))
    arr = _volume(n=3)
    write_stack(tmp_path, arr, aff, study_uid=STUDY, series_uid=STUDY + ".4", rescale=(2.0, -100.0))
    vol = load_series(tmp_path)
    assert vol.array.dtype == np.float32
    np.testing.assert_allclose(vol.array, arr.astype(np.float32) * 2 - 100)


def test_rle_lossless_round_trip(tmp_path: Path) -> None:
    aff = _oblique_axial_affine(5.0, (1.0, 2.0, 3.0))
    arr = _volume(n=3)
    write_stack(tmp_path, arr, aff, study_uid=STUDY, series_uid=STUDY + ".5", rle=True)
    vol = load_series(sorted(tmp_path.iterdir()))
    np.testing.assert_array_equal(vol.array, arr)
    assert vol.array.dtype == np.uint16


def test_two_tilted_blocks_split_into_stacks(tmp_path: Path) -> None:
    a1 = _oblique_axial_affine(0.0, (0.0, 0.0, 0.0))
    a2 = _oblique_axial_affine(20.0, (0.0, 5.0, -60.0))
    v1, v2 = _volume(n=5, seed=1), _volume(n=4, seed=2)
    uid = STUDY + ".6"
    write_stack(tmp_path / "s", v1, a1, study_uid=STUDY, series_uid=uid, first_instance=1)
    write_stack(tmp_path / "s", v2, a2, study_uid=STUDY, series_uid=uid, first_instance=6)
    with pytest.raises(SeriesGeometryError, match="2 stacks"):
        load_series(tmp_path)
    stacks = load_series_stacks(tmp_path)
    assert [s.array.shape[0] for s in stacks] == [5, 4]
    np.testing.assert_allclose(stacks[0].affine, a1, atol=1e-4)
    np.testing.assert_allclose(stacks[1].affine, a2, atol=1e-4)
    np.testing.assert_array_equal(stacks[1].array, v2)
    assert load_series(tmp_path, stack=1).meta["instance_numbers"] == [6, 7, 8, 9]


def test_missing_slice_is_not_one_volume(tmp_path: Path) -> None:
    aff = _oblique_axial_affine(0.0, (0.0, 0.0, 0.0))
    paths = write_stack(tmp_path, _volume(n=6), aff, study_uid=STUDY, series_uid=STUDY + ".7")
    paths[2].unlink()
    with pytest.raises(SeriesGeometryError, match="not one consistent volume"):
        load_series(tmp_path)
    assert [s.array.shape[0] for s in load_series_stacks(tmp_path)] == [2, 3]


def test_several_series_need_a_uid_and_bad_files_are_skipped(tmp_path: Path) -> None:
    aff = _oblique_axial_affine(0.0, (0.0, 0.0, 0.0))
    write_stack(
        tmp_path,
        _volume(n=3),
        aff,
        study_uid=STUDY,
        series_uid=STUDY + ".8",
        file_names=["a1", "a2", "a3"],
    )
    write_stack(
        tmp_path,
        _volume(n=4),
        aff,
        study_uid=STUDY,
        series_uid=STUDY + ".9",
        file_names=["b1", "b2", "b3", "b4"],
    )
    (tmp_path / "notes.txt").write_text("not an image")
    with pytest.raises(SeriesGeometryError, match="2 series"):
        load_series(tmp_path)
    vol = load_series(tmp_path, series_uid=STUDY + ".9")
    assert vol.array.shape[0] == 4
    assert any(p.endswith("notes.txt") for p, _ in vol.meta["skipped_files"])
    with pytest.raises(SeriesGeometryError, match="no usable image slice"):
        load_series([tmp_path / "notes.txt"])


def test_resolve_files_from_index_row(tmp_path: Path) -> None:
    row = {"root": str(tmp_path), "files": ["a/1.dcm", "b/2"]}
    assert resolve_files(row) == [tmp_path / "a/1.dcm", tmp_path / "b/2"]


# --- the real RSNA study -----------------------------------------------------------------------

SAG_T2, SAG_T1, AX_T2 = "702807833", "1054713880", "2448190387"


@pytest.mark.realdata
def test_real_study_loads_in_one_patient_space(shared) -> None:
    study = shared("realdata", "rsna2024-dicom", "train_images", "4003253")
    sag = load_series(study / SAG_T2)
    sag_t1 = load_series(study / SAG_T1)
    axial = load_series_stacks(study / AX_T2)
    # RLE decoded, axes (slice, row, column), geometry as the files state
    assert sag.array.shape == (15, 640, 640) and sag.array.dtype == np.uint16
    assert sag.array.max() > 100
    assert sag_t1.array.shape == (15, 384, 384)
    np.testing.assert_allclose(sag.spacing, [4.8, 0.46875, 0.46875], atol=1e-3)
    assert [a.array.shape for a in axial] == [(23, 320, 320), (20, 320, 320)]
    assert axial[0].meta["plane"] == "axial" and sag.meta["plane"] == "sagittal"
    # the two axial blocks differ in tilt (~16 deg)
    n0, n1 = axial[0].axis_directions[:, 0], axial[1].axis_directions[:, 0]
    assert 10 < np.degrees(np.arccos(abs(n0 @ n1))) < 25
    # sagittal bounding box (LPS mm) contains every axial slice centre (2 mm margin)
    corners = np.array([[i, j, k] for i in (0, 14) for j in (0, 639) for k in (0, 639)])
    mm = sag.index_to_mm(corners)
    lo, hi = mm.min(axis=0) - 2, mm.max(axis=0) + 2
    for ax in axial:
        n = ax.array.shape[0]
        centres = ax.index_to_mm(np.array([[s, 159.5, 159.5] for s in range(n)]))
        assert np.all((centres >= lo) & (centres <= hi)), "axial slice centre outside sagittal FOV"
        # each axial plane crosses the sagittal mid-slice inside its field of view: the sagittal
        # mid-slice's in-plane corners lie on both sides of every axial plane
        mid = sag.index_to_mm(np.array([[7, j, k] for j in (0, 639) for k in (0, 639)]))
        normal = ax.axis_directions[:, 0]
        for c in centres:
            side = (mid - c) @ normal
            assert side.min() < 0 < side.max()
        # the axial slice centre maps into the sagittal volume's index range
        idx = sag.mm_to_index(centres)
        assert np.all((idx > -1) & (idx < np.array(sag.array.shape)))


def test_multiframe_enhanced_file_loads_by_frame_geometry(tmp_path: Path) -> None:
    from spinelab.data.dicom_headers import read_headers

    aff = _oblique_axial_affine(12.0, (5.0, -3.0, 40.0))
    arr = _volume(n=6, seed=9)
    order = [3, 0, 5, 1, 4, 2]  # frames stored out of spatial order
    write_multiframe(
        tmp_path / "enhanced",
        arr,
        aff,
        order=order,
        study_uid=STUDY,
        series_uid=STUDY + ".50",
        rescale=(2.0, 1.0),
    )
    hs = read_headers(tmp_path / "enhanced")
    assert [h.frame for h in hs] == list(range(6))
    assert hs[0].rescale_slope == 2.0 and hs[0].pixel_spacing == pytest.approx((0.8, 0.7))
    vol = load_series(tmp_path)
    np.testing.assert_allclose(vol.affine, aff, atol=1e-4)
    np.testing.assert_allclose(vol.array, arr.astype(np.float32) * 2 + 1)
    assert vol.meta["frames"] == [order.index(k) for k in range(6)]
    # a multi-frame file cut short is truncated, not misread
    raw = (tmp_path / "enhanced").read_bytes()
    (tmp_path / "cut").write_bytes(raw[:-1000])
    from spinelab.data.dicom_headers import DicomFileError

    with pytest.raises(DicomFileError, match="truncated"):
        read_headers(tmp_path / "cut")
