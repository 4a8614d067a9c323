"""The alterations of benchmarks/segmentation_robustness.py keep image and reference on one grid,
and the grid's affine keeps every structure where it was in patient mm."""

from __future__ import annotations

import numpy as np
import pytest

from spinelab.data.volume import Volume


@pytest.fixture(scope="module")
def rob(benchmark):
    return benchmark("segmentation_robustness")


def _case() -> tuple[Volume, np.ndarray]:
    """A 1 mm volume with axes (I, P, R) like MyoSegmenTUM: two boxes, values 1 (upper) and 2."""
    ref = np.zeros((80, 40, 24), dtype=np.int16)
    ref[10:30, 10:30, 4:20] = 1
    ref[40:60, 12:32, 6:22] = 2
    image = Volume(
        (ref * 100 + 20).astype(np.float32),
        np.array([[0, 0, -1, 5.0], [0, 1, 0, -3.0], [-1, 0, 0, 40.0], [0, 0, 0, 1]]),
    )
    return image, ref


def _centroid_mm(vol: Volume, ref: np.ndarray, value: int) -> np.ndarray:
    return vol.index_to_mm(np.argwhere(ref == value).mean(axis=0))


@pytest.mark.parametrize(
    "name",
    ["thick_4mm", "thick_4mm_inplane_0.5mm", "fov_top_cut", "fov_no_sacrum", "noise", "bias_ap"],
)
def test_structures_stay_where_they_were_in_mm(rob, name):
    image, ref = _case()
    img2, ref2 = rob.ALTERATIONS[name](image, ref)
    assert img2.array.shape == ref2.shape
    for value in (1, 2):
        if (ref2 == value).any():
            assert (
                np.linalg.norm(_centroid_mm(img2, ref2, value) - _centroid_mm(image, ref, value))
                < 1.0
            )


def test_thick_slices_average_four_and_space_them_4_mm(rob):
    image, ref = _case()
    img2, ref2 = rob.thick_slices(image, ref)
    assert img2.array.shape == (80, 40, 6)
    assert np.allclose(img2.spacing, [1, 1, 4])
    col = np.asarray(image.array)[20, 20, 0:4].mean()
    assert np.isclose(img2.array[20, 20, 0], col)


def test_field_of_view_cuts_keep_what_is_scored(rob):
    image, ref = _case()
    _, top = rob.fov_top_cut(image, ref)  # 8 mm above the second structure (row 40 -> from 32)
    assert top.shape[0] == 80 - 32 and not (top == 1).any() and (top == 2).sum() == (ref == 2).sum()
    _, low = rob.fov_no_sacrum(image, ref)  # 4 mm under the lowest structure
    assert low.shape[0] == 60 + 4
    kept = rob.kept_names(ref, top, {1: "A", 2: "B"}, 1.0)
    assert kept == {2: "B"}


def test_mirror_and_rotation_keep_the_grid(rob):
    image, ref = _case()
    img2, ref2 = rob.mirror(image, ref)
    assert np.array_equal(ref2[:, :, ::-1], ref) and np.allclose(img2.affine, image.affine)
    img3, ref3 = rob.rotate_in_plane(image, ref, 12.0)
    assert ref3.shape == ref.shape and set(np.unique(ref3)) <= {0, 1, 2}
    assert abs(int((ref3 == 2).sum()) - int((ref == 2).sum())) < 0.05 * (ref == 2).sum()


def test_an_unknown_alteration_is_a_clear_error(rob, capsys):
    with pytest.raises(SystemExit) as exit_info:
        rob.main(["--model", "nowhere", "--only", "thick_4mm,blur"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "unknown alteration(s) ['blur']" in err and "thick_4mm" in err
