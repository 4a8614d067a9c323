"""Naming a predicted segmentation: the lowest-disc anchor and the named mask (no network needed)."""

from __future__ import annotations

import dataclasses

import numpy as np
import torch

from spinelab.anatomy import MASK_VALUES
from spinelab.segmentation.config import SegConfig
from spinelab.segmentation.infer import (
    Segmentation,
    _keep_largest_component,
    absorb_fragments,
    lowest_disc_anchor,
    name_segmentation,
    smooth_probabilities,
)
from spinelab.segmentation.levels_phantom import make_phantom
from spinelab.segmentation.model_dir import SegmentationModel

NAMES = {v: k for k, v in MASK_VALUES.items() if k != "canal"}
T12, L1, L2, L3, L4, L5, S1 = (MASK_VALUES[n] for n in ("T12", "L1", "L2", "L3", "L4", "L5", "S1"))


def _model(names: list[str]) -> SegmentationModel:
    classes = [{"class": i + 1, "name": n, "value": MASK_VALUES[n]} for i, n in enumerate(names)]
    return SegmentationModel(network=torch.nn.Identity(), config=SegConfig(), classes=classes)


def _seg(labels: list[int], model: SegmentationModel) -> Segmentation:
    mask = make_phantom(labels).mask
    k = len(model.classes) + 1
    probs = np.zeros((k, *mask.array.shape), dtype=np.float32)
    c2v = model.class_to_value
    for c, v in c2v.items():
        probs[c][mask.array == v] = 1.0
    return Segmentation(mask, probs, model.label_names, c2v)


def test_lowest_disc_anchor_only_below_a_body_the_model_cannot_see_under():
    lumbar = _model(["L1", "L2", "L3", "L4", "L5"])  # MyoSegmenTUM-like: no sacrum class
    assert lowest_disc_anchor(_seg([L1, L2, L3, L4, L5], lumbar), lumbar) == "L5-S1"
    full = _model(["T12", "L1", "L2", "L3", "L4", "L5", "S1"])
    assert lowest_disc_anchor(_seg([L3, L4, L5], full), full) is None  # S1 is a class
    # a model whose lowest class is the sacrum: no 'S1-S2' disc, the sacrum anchors itself
    sacral = _model(["L4", "L5", "S1"])
    assert lowest_disc_anchor(_seg([L4, L5, S1], sacral), sacral) is None


def test_name_segmentation_returns_levels_and_a_mask_that_agrees():
    model = _model(["T12", "L1", "L2", "L3", "L4", "L5", "S1"])
    seg = _seg([T12, L1, L3, L2, L4, L5, S1], model)  # two classes swapped
    levels, named = name_segmentation(seg, model, source="test")
    assert [v["name"] for v in levels["vertebrae"]] == ["T12", "L1", "L2", "L3", "L4", "L5", "S1"]
    arr = np.asarray(named.array)
    for v in levels["vertebrae"]:
        assert NAMES[v["label"]] == v["name"] and (arr == v["label"]).sum() == v["voxels"]
    assert np.array_equal(arr == L2, seg.mask.array == L3)
    assert named.array.dtype == seg.mask.array.dtype and np.allclose(named.affine, seg.mask.affine)


def test_name_segmentation_of_an_empty_mask_keeps_the_mask_and_flags():
    model = _model(["L1", "L2"])
    seg = _seg([0, 0, 0], model)
    levels, named = name_segmentation(seg, model, source="test")
    assert levels["vertebrae"] == [] and levels["qc"][0]["flag"] == "too_few_bodies"
    assert named is seg.mask


def test_absorb_fragments_keeps_a_body_whole_and_leaves_isolated_pieces():
    # axis 0 runs cranial -> caudal; classes 1 L2, 2 L3, 3 disc
    cls = np.zeros((30, 6, 6), dtype=np.uint8)
    cls[2:10] = 1  # the L2 body ...
    cls[7:10] = 2  # ... whose lower part the network calls L3
    cls[10:12] = 3  # disc
    cls[12:22] = 2  # the true L3 body
    cls[25, 0, 0] = 2  # an isolated L3 speck
    cls[24, 5, 5] = 3  # a disc speck
    out = absorb_fragments(cls, [1, 2])
    assert (out[2:10] == 1).all() and (out[12:22] == 2).all()  # one L2 body, L3 untouched
    assert out[25, 0, 0] == 2 and out[24, 5, 5] == 3  # isolated pieces and other kinds as they were
    assert (cls[7:10] == 2).all()  # the input is not modified
    # without absorption the largest-component pass would cut the body's L3 part away
    assert (_keep_largest_component(cls, 4)[7:10] == 0).all()
    assert (_keep_largest_component(out, 4)[2:10] == 1).all()


def test_largest_component_pass_keeps_a_second_body_of_the_same_class():
    cls = np.zeros((40, 6, 6), dtype=np.uint8)
    cls[2:10] = 1  # a body
    cls[14:21] = 1  # the next body, given the same class (7/8 of the first)
    cls[25:27, :2, :2] = 1  # a piece (1/6)
    kept = _keep_largest_component(cls, 2, second_frac=0.5)
    assert (kept[2:10] == 1).all() and (kept[14:21] == 1).all() and (kept[25:27] == 0).all()
    only = _keep_largest_component(cls, 2)  # second_frac 1.0: the largest alone
    assert (only[2:10] == 1).all() and (only[14:21] == 0).all()


def test_absorb_fragments_joins_the_class_it_touches_most():
    cls = np.zeros((20, 4, 4), dtype=np.uint8)
    cls[0:6] = 1
    cls[12:18] = 2
    cls[6:12] = 3  # the largest class-3 piece
    cls[18:20, :, :1] = 3  # touches class 2 on 4 faces
    out = absorb_fragments(cls, [1, 2, 3])
    assert (out[18:20, :, :1] == 2).all() and (out[6:12] == 3).all()
    assert absorb_fragments(cls, [3]).tolist() == cls.tolist()  # a one-class group: nothing to join


def test_smoothing_keeps_probabilities_and_outvotes_a_one_slice_blip():
    rng = np.random.default_rng(0)
    p = torch.softmax(torch.from_numpy(rng.normal(size=(9, 4, 12, 14)).astype(np.float32)), 1)
    q = smooth_probabilities(p, (1.0, 0.7, 0.7))
    assert q.shape == p.shape and torch.allclose(q.sum(1), torch.ones(9, 12, 14), atol=1e-5)
    assert float(q.std()) < float(p.std())  # smoother
    # a body (class 1) through every slice but one, where the network saw background
    body = torch.zeros(9, 2, 12, 14)
    body[:, 0] = 1.0
    body[:, :, 4:8, 4:9] = torch.tensor([0.1, 0.9]).view(1, 2, 1, 1)
    body[4, :, 4:8, 4:9] = torch.tensor([0.7, 0.3]).view(2, 1, 1)
    q = smooth_probabilities(body, (1.0, 0.0, 0.0))
    assert (q[:, 1, 4:8, 4:9] > 0.5).all()  # the blip slice follows its neighbours
    assert (q[:, 0, :3] == 1.0).all()  # far from the body nothing changes
    # sigma 0 on every axis: unchanged
    assert torch.allclose(smooth_probabilities(body, (0.0, 0.0, 0.0)), body)


def test_a_negative_smoothing_sigma_is_refused_with_the_key_named():
    import pydantic
    import pytest

    from spinelab.segmentation.config import apply_overrides

    with pytest.raises(pydantic.ValidationError, match="smooth_sigma_mm"):
        apply_overrides(SegConfig(), {"infer.smooth_sigma_mm": -1.0})
    assert apply_overrides(SegConfig(), {"infer.smooth_sigma_mm": 1.0}).infer.smooth_sigma_mm == 1.0


def test_mirroring_averages_the_volume_and_its_left_right_mirror():
    """``infer.mirror`` (channels of neighbouring slices reversed) gives exactly the mean of the
    plain prediction and the prediction on the volume mirrored left-right, mirrored back."""
    from spinelab.data.volume import Volume
    from spinelab.segmentation.infer import predict_volume
    from spinelab.segmentation.networks import build_network
    from spinelab.segmentation.transforms import sagittal_layout

    torch.manual_seed(0)
    model = _model(["L4", "L5"])
    model.network = build_network(
        "unet", in_channels=3, out_channels=3, channels=[4, 8, 16], num_res_units=0
    ).eval()
    mask = make_phantom([L4, L5]).mask
    rng = np.random.default_rng(0)
    image = Volume((mask.array > 0) * 100.0 + rng.normal(0, 10, mask.array.shape), mask.affine)
    lr = sagittal_layout(image).perm[0]
    mirrored = Volume(np.flip(image.array, lr).copy(), image.affine)
    cfg = model.config.model_copy(deep=True)
    cfg.preprocess.spacing_mm = 2.0
    plain = dataclasses.replace(model, config=cfg)
    cfg_m = cfg.model_copy(deep=True)
    cfg_m.infer.mirror = True
    with_mirror = dataclasses.replace(model, config=cfg_m)

    p0 = predict_volume(image, plain).probabilities
    p1 = np.flip(predict_volume(mirrored, plain).probabilities, 1 + lr)
    pm = predict_volume(image, with_mirror).probabilities
    assert not np.allclose(p0, p1, atol=1e-3)  # the random network is not mirror-symmetric
    assert np.allclose(pm, (p0 + p1) / 2, atol=1e-5)


def test_mirror_augmentation_reverses_the_channels_and_keeps_the_label():
    from spinelab.segmentation.transforms import RandMirrorChannelsd

    image = np.arange(3 * 4 * 5, dtype=np.float32).reshape(3, 4, 5)
    label = np.ones((1, 4, 5), dtype=np.float32)
    out = RandMirrorChannelsd(1.0)({"image": image, "label": label})
    assert np.array_equal(out["image"], image[::-1]) and out["label"] is label
    t = RandMirrorChannelsd(1.0)({"image": torch.from_numpy(image), "label": label})["image"]
    assert torch.equal(t, torch.from_numpy(image.copy()).flip(0))
    assert RandMirrorChannelsd(0.0)({"image": image, "label": label})["image"] is image


class _Brightness(torch.nn.Module):
    """A 'network' whose class 1 logit is the centre channel's intensity: its softmax follows the
    image, so where each test-time view puts a pixel can be checked."""

    def __init__(self) -> None:
        super().__init__()
        self.gain = torch.nn.Parameter(torch.tensor(8.0))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        c = x[:, x.shape[1] // 2 : x.shape[1] // 2 + 1]
        return torch.cat([torch.zeros_like(c), self.gain * (c - 0.5)], dim=1)


def _tta_case(**infer: object) -> tuple[SegmentationModel, object]:
    """A two-class model of ``_Brightness`` at 2 mm on a smooth phantom image (1 mm pixels)."""
    from spinelab.data.volume import Volume

    model = _model(["L4"])
    model.network = _Brightness()
    cfg = model.config.model_copy(deep=True)
    cfg.preprocess.spacing_mm = 2.0
    for key, value in infer.items():
        setattr(cfg.infer, key, value)
    mask = make_phantom([L4, L5], spacing_mm=1.0).mask
    from scipy import ndimage

    smooth = ndimage.gaussian_filter((mask.array > 0).astype(float), 3.0) * 100.0
    return dataclasses.replace(model, config=cfg), Volume(smooth, mask.affine)


def test_tta_views_lists_each_scale_at_each_shift():
    from spinelab.segmentation.infer import TTA_SHIFTS, tta_views

    cfg = SegConfig()
    assert tta_views(cfg) == [(cfg.preprocess.spacing_mm, (0.0, 0.0))]
    cfg.infer.tta_shifts, cfg.infer.tta_scales = True, [1.0, 0.9]
    views = tta_views(cfg)
    assert len(views) == 8 and views[0] == (cfg.preprocess.spacing_mm, (0.0, 0.0))
    assert {v[1] for v in views} == set(TTA_SHIFTS)
    assert {round(v[0], 6) for v in views} == {
        cfg.preprocess.spacing_mm,
        round(0.9 * cfg.preprocess.spacing_mm, 6),
    }


def test_shifted_views_map_back_onto_the_input_grid(monkeypatch):
    """Each half-pixel-shifted view, resampled back, lands where the plain view does: on a smooth
    image the class probabilities agree (a view put back one network pixel off would not), and
    ``tta_shifts`` gives exactly the mean of the four single views."""
    import spinelab.segmentation.infer as infer

    model, image = _tta_case()
    plain = infer.predict_volume(image, model).probabilities
    shifted_model, _ = _tta_case(tta_shifts=True)
    singles = []
    for shift in infer.TTA_SHIFTS:
        monkeypatch.setattr(infer, "TTA_SHIFTS", (shift,))
        p = infer.predict_volume(image, shifted_model).probabilities
        inner = (slice(None), slice(None), slice(4, -4), slice(4, -4))  # edges replicate
        # measured: put back right, max 0.050-0.059 (bilinear at 2 mm); not undoing the half
        # pixel, 0.26-0.30; undoing it the wrong way, 0.42-0.53
        assert np.abs(p - plain)[inner].max() < 0.1
        singles.append(p)
    monkeypatch.undo()
    both = infer.predict_volume(image, shifted_model).probabilities
    assert np.allclose(both, np.mean(singles, axis=0), atol=1e-5)


def test_scales_average_the_predictions_at_each_spacing():
    """``tta_scales`` [1, 0.75] is the mean of the predictions at spacing_mm and 0.75 x it; the
    argmax follows the mean."""
    from spinelab.segmentation.infer import predict_volume

    model, image = _tta_case()
    fine, _ = _tta_case()
    fine.config.preprocess.spacing_mm = 1.5
    both, _ = _tta_case(tta_scales=[1.0, 0.75])
    p = predict_volume(image, both)
    expect = (
        predict_volume(image, model).probabilities + predict_volume(image, fine).probabilities
    ) / 2
    assert np.allclose(p.probabilities, expect, atol=1e-5)
    assert np.array_equal(p.mask.array > 0, expect.argmax(axis=0) > 0)


def test_infer_settings_change_on_a_trained_model_only():
    import pydantic
    import pytest

    from spinelab.segmentation.model_dir import with_infer_settings

    model = _model(["L4", "L5"])
    ens = SegmentationModel(
        model.network, model.config, model.classes, members=[model, _model(["L4", "L5"])]
    )
    out = with_infer_settings(ens, {"infer.tta_shifts": True, "infer.tta_scales": [1.0, 0.93]})
    assert all(m.config.infer.tta_shifts for m in out.members) and out.config.infer.tta_shifts
    assert out.members[0].network is model.network and not model.config.infer.tta_shifts
    with pytest.raises(ValueError, match="only infer"):
        with_infer_settings(model, {"preprocess.spacing_mm": 1.0})
    with pytest.raises(pydantic.ValidationError, match="tta_scales"):
        with_infer_settings(model, {"infer.tta_scales": [1.0, 5.0]})
    with pytest.raises(pydantic.ValidationError, match="tta_scales"):
        with_infer_settings(model, {"infer.tta_scales": []})
