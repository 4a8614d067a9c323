"""Sagittal slicing: orientation, exact round trip to the input grid, resampling, context channels."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from spinelab.data.volume import Volume
from spinelab.segmentation.config import AugmentConfig, PreprocessConfig
from spinelab.segmentation.dataset_file import SegmentationInputError
from spinelab.segmentation.toy_data import sagittal_affine
from spinelab.segmentation.transforms import (
    RandStructureIntensityd,
    context_offsets,
    from_canonical,
    normalize_intensity,
    prepare_volume,
    resample_labels,
    resample_planes,
    sagittal_layout,
    slice_channels,
    to_canonical,
    train_transforms,
)


def _nifti_like_affine() -> np.ndarray:
    """MyoSegmenTUM-like axes (I, P, R) at 1 mm, in LPS: axis0 -> -z, axis1 -> +y, axis2 -> -x."""
    aff = np.eye(4)
    aff[:3, :3] = np.array([[0, 0, -1.0], [0, 1.0, 0], [-1.0, 0, 0]])
    return aff


@pytest.mark.parametrize(
    "affine", [sagittal_affine(lr_sign=1.0), sagittal_affine(lr_sign=-1.0), _nifti_like_affine()]
)
def test_canonical_orientation_and_round_trip(affine: np.ndarray) -> None:
    rng = np.random.default_rng(0)
    arr = rng.random((6, 7, 8))
    vol = Volume(arr, affine)
    layout = sagittal_layout(vol, max_inplane_spacing_mm=4)
    canon = to_canonical(arr, layout)
    assert np.array_equal(from_canonical(np.ascontiguousarray(canon), layout), arr)
    # canonical axes run right->left (+x), superior->inferior (-z), anterior->posterior (+y)
    idx = np.stack(np.meshgrid(*[np.arange(n) for n in arr.shape], indexing="ij"), axis=-1).reshape(
        -1, 3
    )
    mm = vol.index_to_mm(idx).reshape(*arr.shape, 3)
    for coord, axis, sign in ((0, 0, 1), (2, 1, -1), (1, 2, 1)):
        c = to_canonical(mm[..., coord], layout)
        assert np.all(sign * np.diff(c, axis=axis) > 0)
    # leading channel axes are kept
    stacked = np.stack([canon, canon * 2])
    assert np.array_equal(from_canonical(stacked, layout)[1], arr * 2)


def test_axial_stack_is_rejected_with_a_reason() -> None:
    aff = np.eye(4)
    aff[:3, 0] = [0, 0, -4.0]  # slices along head-feet, 4 mm
    aff[:3, 1] = [0, 0.6, 0]
    aff[:3, 2] = [0.6, 0, 0]
    with pytest.raises(
        SegmentationInputError, match="not a sagittal series: head-feet sampling is 4.00 mm"
    ) as exc:
        sagittal_layout(Volume(np.zeros((20, 32, 32)), aff, {"path": "ax.nii.gz"}))
    assert exc.value.item == "ax.nii.gz"


def test_oblique_slice_axis_is_rejected() -> None:
    c, s = np.cos(np.radians(50)), np.sin(np.radians(50))
    aff = np.eye(4)
    aff[:3, 0] = [c, s, 0]
    aff[:3, 1] = [0, 0, -1]
    aff[:3, 2] = [-s, c, 0]
    with pytest.raises(SegmentationInputError, match="deg from left-right"):
        sagittal_layout(Volume(np.zeros((8, 8, 8)), aff))


def test_resample_down_and_up_keeps_shapes_and_positions() -> None:
    # a square at a known place survives 1.0 -> 1.5 -> 1.0 mm with its centroid within 0.5 mm
    plane = np.zeros((1, 1, 90, 70), dtype=np.float32)
    plane[..., 30:50, 20:44] = 1.0
    x = torch.from_numpy(plane)
    down = resample_planes(x, (1.0, 1.0), (1.5, 1.5), (60, 47))
    up = resample_planes(down, (1.5, 1.5), (1.0, 1.0), (90, 70)).numpy()[0, 0] > 0.5
    ref = plane[0, 0] > 0
    dice = 2 * (up & ref).sum() / (up.sum() + ref.sum())
    assert dice > 0.95
    assert np.allclose(np.argwhere(up).mean(0), np.argwhere(ref).mean(0), atol=0.5)


def test_prepare_volume_resamples_in_plane_only_and_maps_labels() -> None:
    rng = np.random.default_rng(1)
    aff = sagittal_affine(spacing=(3.0, 0.75, 0.75))
    img = Volume(rng.random((5, 40, 30)).astype(np.float32), aff)
    m = np.zeros((5, 40, 30), dtype=np.uint8)
    m[:, 10:20, 5:15] = 7
    out = prepare_volume(
        img, PreprocessConfig(spacing_mm=1.5), mask=Volume(m, aff), value_to_class={7: 2}
    )
    assert out["image"].shape == (5, 20, 15)
    assert out["plane_shape"] == (40, 30)
    assert set(np.unique(out["label"])) == {0, 2}
    assert 0.0 <= out["image"].min() and out["image"].max() <= 1.0


def test_linear_label_resampling_puts_boundaries_between_pixels() -> None:
    # rows 30..49 of class 4 at 1 mm: its edges lie at 29.5 and 49.5 mm. At 1.5 mm, 'linear' labels
    # exactly the output pixels whose centres (1.5 i mm) lie strictly inside; 'nearest' snaps each
    # pixel to an input pixel (1.5 i rounded), so pixel 33 (49.5 mm, on the edge) differs
    lab = np.zeros((2, 80, 12), dtype=np.uint8)
    lab[:, 30:50, :] = 4
    lab[1, 30:50, 6:] = 2  # a second class beside it: each pixel takes one class, never a mix
    lin = resample_labels(lab, (1.0, 1.0), (1.5, 1.5), (53, 8), "linear")
    rows = np.flatnonzero(lin[0, :, 0])
    assert rows.tolist() == [i for i in range(53) if 29.5 < 1.5 * i < 49.5]
    assert lin.dtype == np.uint8 and set(np.unique(lin[1])) == {0, 2, 4}
    near = resample_labels(lab, (1.0, 1.0), (1.5, 1.5), (53, 8), "nearest")
    assert set(np.unique(near)) == {0, 2, 4}
    x = torch.from_numpy(lab.astype(np.float32))[:, None]
    old = resample_planes(x, (1.0, 1.0), (1.5, 1.5), (53, 8), mode="nearest")[:, 0].numpy()
    assert np.array_equal(near, old.astype(np.uint8))  # 'nearest' is the former resampling
    with pytest.raises(ValueError, match="nearest' or 'linear"):
        resample_labels(lab, (1.0, 1.0), (1.5, 1.5), (53, 8), "cubic")


def test_linear_label_warp_keeps_classes_and_patch_size() -> None:
    label = np.zeros((1, 60, 50), dtype=np.float32)
    label[0, 10:30, 10:30] = 3
    label[0, 32:40, 12:28] = 9
    # no geometric change: the label passes through the per-class masks unchanged
    still = train_transforms(
        AugmentConfig(label_interpolation="linear", affine_prob=0.0), (60, 50), 1.5
    )
    out = still({"image": np.random.rand(3, 60, 50).astype(np.float32), "label": label.copy()})
    assert np.array_equal(np.asarray(out["label"]), label) and set(out) == {"image", "label"}
    tf = train_transforms(
        AugmentConfig(label_interpolation="linear", affine_prob=1.0), (48, 40), 1.5
    )
    tf.set_random_state(0)
    for _ in range(5):
        out = tf({"image": np.random.rand(3, 60, 50).astype(np.float32), "label": label.copy()})
        assert tuple(out["image"].shape) == (3, 48, 40)
        assert tuple(np.asarray(out["label"]).shape) == (1, 48, 40)
        assert set(np.unique(np.asarray(out["label"]))) <= {0.0, 3.0, 9.0}


def test_normalisation_methods() -> None:
    a = np.concatenate([np.linspace(0, 100, 1000), [1e6]])
    p = normalize_intensity(a, method="percentile", percentiles=(1, 99))
    assert p.min() == 0 and p.max() == 1
    z = normalize_intensity(a, method="zscore")
    assert z.max() == 5.0
    m = normalize_intensity(a, method="minmax")
    assert m.dtype == np.float32 and m.min() == 0 and m.max() == 1
    with pytest.raises(ValueError, match="zscore, minmax, percentile, nyul"):
        normalize_intensity(a, method="histogram")
    with pytest.raises(ValueError, match="nyul needs landmarks"):
        normalize_intensity(a, method="nyul")


def test_context_channels() -> None:
    assert context_offsets(1.0, 3.0, 1) == [-3, 0, 3]
    assert context_offsets(4.0, 3.0, 1) == [-1, 0, 1]
    stack = np.arange(5)[:, None, None] * np.ones((5, 2, 2))
    ch = slice_channels(stack, 0, [-1, 0, 1])
    assert ch.shape == (3, 2, 2) and list(ch[:, 0, 0]) == [0, 0, 1]
    assert slice_channels(stack, np.array([1, 4]), [-1, 0, 1]).shape == (2, 3, 2, 2)


def test_augmentation_keeps_label_values_and_patch_size() -> None:
    tf = train_transforms(AugmentConfig(invert_prob=0.5), (48, 40), 1.5)
    tf.set_random_state(0)
    label = np.zeros((1, 60, 50), dtype=np.float32)
    label[0, 10:30, 10:30] = 3
    for _ in range(5):
        out = tf({"image": np.random.rand(3, 60, 50).astype(np.float32), "label": label.copy()})
        assert tuple(out["image"].shape) == (3, 48, 40)
        assert set(np.unique(np.asarray(out["label"]))) <= {0.0, 3.0}


def test_structure_intensity_scales_inside_structures_only() -> None:
    label = np.zeros((1, 64, 48), dtype=np.float32)
    label[0, 8:24, 10:30] = 1
    label[0, 34:50, 10:30] = 2
    image = np.tile(np.linspace(0.2, 0.8, 48, dtype=np.float32), (3, 64, 1))
    far = np.ones((64, 48), dtype=bool)
    far[4:54, 6:34] = False  # > 4 blur sigmas away from both structures
    tf = RandStructureIntensityd(1.0, (0.3, 1.5), edge_sigma=1.0)
    tf.set_random_state(0)
    changed = 0
    for _ in range(20):
        out = tf({"image": image.copy(), "label": label.copy()})
        gain = out["image"] / image
        assert np.allclose(gain[:, far], 1.0, atol=1e-5)  # background untouched
        assert np.allclose(gain[0], gain[1]) and np.allclose(gain[0], gain[2])  # all channels
        assert 0.3 - 1e-4 <= gain.min() and gain.max() <= 1.5 + 1e-4
        assert np.array_equal(out["label"], label)
        changed += not np.allclose(gain, 1.0)
    assert changed >= 10  # prob 1, each structure with probability 1/2 -> 3 of 4 samples change
    off = RandStructureIntensityd(0.0)({"image": image, "label": label})
    assert off["image"] is image


def test_structure_intensity_band_is_an_endplate_band() -> None:
    label = np.zeros((1, 40, 40), dtype=np.float32)
    label[0, 10:30, 10:30] = 1
    image = np.ones((1, 40, 40), dtype=np.float32)
    tf = RandStructureIntensityd(1.0, (0.5, 0.5), band=0.4, edge_sigma=0.0)
    tf.set_random_state(1)
    seen = set()
    for _ in range(60):
        gain = tf({"image": image, "label": label})["image"][0]
        rows = tuple(np.flatnonzero((np.abs(gain - 0.5) < 1e-6).any(axis=1)))
        if rows:
            seen.add(rows)
    # whole body (rows 10..29), upper band (10..17) or lower band (22..29): 40 % of 20 rows
    assert seen == {tuple(range(10, 30)), tuple(range(10, 18)), tuple(range(22, 30))}


def test_train_transforms_seed_the_custom_transforms() -> None:
    cfg = AugmentConfig(structure_intensity_prob=1.0, invert_prob=0.5)
    label = np.zeros((1, 60, 50), dtype=np.float32)
    label[0, 10:30, 10:30] = 3
    image = np.random.default_rng(0).random((3, 60, 50)).astype(np.float32)
    runs = []
    for _ in range(2):
        tf = train_transforms(cfg, (48, 40), 1.5)
        tf.set_random_state(7)
        runs.append([np.asarray(tf({"image": image, "label": label})["image"]) for _ in range(4)])
    for a, b in zip(*runs, strict=True):
        assert np.array_equal(a, b)
    with pytest.raises(ValueError, match="0 < low <= high"):
        AugmentConfig(structure_intensity_range=(0.0, 1.5))
