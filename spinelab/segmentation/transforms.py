"""Volumes -> normalised sagittal 2.5-D slices, back again, and the MRI augmentations.

Canonical sagittal stack: array (S, H, W) with S running right -> left (LPS +x), H superior ->
inferior (rows, head at the top) and W anterior -> posterior (columns), in-plane pixels resampled
to ``spacing_mm``; the slice axis is never resampled. ``SagittalLayout`` remembers how a volume's
array maps to that stack so predictions go back to the input's exact voxel grid.

Training samples are dicts of named arrays: ``{"image": (C, H, W) float32, "label": (1, H, W)}``
where C = the slice and its ``n_context`` neighbours on each side (``context_mm`` apart).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from monai.transforms import Randomizable

from spinelab.data.intensity import HistogramLandmarks
from spinelab.data.intensity import normalize_intensity as _normalize_intensity
from spinelab.data.volume import Volume
from spinelab.segmentation.config import AugmentConfig, PreprocessConfig
from spinelab.segmentation.dataset_file import SegmentationInputError


@dataclass(frozen=True)
class SagittalLayout:
    """How a volume's array axes map to the canonical stack (S=left-right, H=S->I, W=A->P)."""

    perm: tuple[int, int, int]  # array axes giving (lr, si, ap)
    flips: tuple[bool, bool, bool]  # flip each permuted axis so it runs R->L, S->I, A->P
    spacing: tuple[float, float, float]  # mm along (lr, si, ap)
    shape: tuple[int, int, int]  # the volume's array shape

    @property
    def slice_spacing_mm(self) -> float:
        return self.spacing[0]


def sagittal_layout(
    volume: Volume,
    *,
    max_inplane_spacing_mm: float = 3.5,
    max_oblique_deg: float = 35.0,
    item: str = "",
) -> SagittalLayout:
    """Find the left-right (slice) axis and check the volume is sagittal enough to slice.

    Raises ``SegmentationInputError`` naming ``item`` when the left-right axis is too oblique or
    the sagittal plane is sampled coarser than ``max_inplane_spacing_mm`` or than 1.5 x the slice
    spacing (at least 1.5 mm), as in axial or coronal stacks.
    """
    item = item or str(volume.meta.get("path", "volume"))
    dirs = volume.axis_directions
    lr = volume.axis_closest_to(np.array([1.0, 0.0, 0.0]))
    si = volume.axis_closest_to(np.array([0.0, 0.0, 1.0]))
    ap = volume.axis_closest_to(np.array([0.0, 1.0, 0.0]))
    if len({lr, si, ap}) != 3:
        raise SegmentationInputError(
            item, "array axes are too oblique to tell left-right, head-feet and front-back apart"
        )
    angle = math.degrees(math.acos(min(1.0, abs(float(dirs[0, lr])))))
    if angle > max_oblique_deg:
        raise SegmentationInputError(
            item,
            f"not a sagittal series: the slice axis is {angle:.0f} deg from left-right (max {max_oblique_deg:.0f})",
        )
    spacing = volume.spacing
    # in-plane sampling may be coarse only where the slices are coarser still (thick sagittal
    # stacks); an axial or coronal stack has its coarse slice spacing in the sagittal plane
    limit = min(max_inplane_spacing_mm, max(1.5 * float(spacing[lr]), 1.5))
    for axis, what in ((si, "head-feet"), (ap, "front-back")):
        if spacing[axis] > limit:
            raise SegmentationInputError(
                item,
                f"not a sagittal series: {what} sampling is {spacing[axis]:.2f} mm with "
                f"{spacing[lr]:.2f} mm left-right (limit {limit:.2f} mm); axial or coronal stacks cannot be segmented",
            )
    flips = (bool(dirs[0, lr] < 0), bool(dirs[2, si] > 0), bool(dirs[1, ap] < 0))
    return SagittalLayout(
        perm=(lr, si, ap),
        flips=flips,
        spacing=(float(spacing[lr]), float(spacing[si]), float(spacing[ap])),
        shape=tuple(int(s) for s in volume.array.shape),  # type: ignore[arg-type]
    )


def to_canonical(array: np.ndarray, layout: SagittalLayout) -> np.ndarray:
    """Volume-order array (3-D) -> canonical (S, H, W) view (no resampling)."""
    out = np.transpose(array, layout.perm)
    for axis, flip in enumerate(layout.flips):
        if flip:
            out = np.flip(out, axis=axis)
    return out


def from_canonical(
    array: np.ndarray, layout: SagittalLayout, *, contiguous: bool = True
) -> np.ndarray:
    """Canonical (..., S, H, W) array -> volume array order (..., a0, a1, a2); leading axes kept.

    ``contiguous=False`` returns a strided view of ``array`` (no copy)."""
    lead = array.ndim - 3
    for axis, flip in enumerate(layout.flips):
        if flip:
            array = np.flip(array, axis=lead + axis)
    inverse = np.argsort(layout.perm)
    out = np.transpose(array, list(range(lead)) + [lead + int(i) for i in inverse])
    return np.ascontiguousarray(out) if contiguous else out


def normalize_intensity(
    array: np.ndarray,
    *,
    method: str = "percentile",
    percentiles: tuple[float, float] = (0.5, 99.5),
    landmarks: HistogramLandmarks | None = None,
) -> np.ndarray:
    """Per-volume intensity normalisation -> float32 (``spinelab.data.intensity.normalize_intensity``)."""
    return _normalize_intensity(array, method, percentiles=percentiles, landmarks=landmarks)


def resampled_size(n: int, src_mm: float, dst_mm: float) -> int:
    """Pixels along an axis of ``n`` pixels at ``src_mm`` resampled to ``dst_mm`` (same first pixel)."""
    return int(math.floor((n - 1) * src_mm / dst_mm + 1e-6)) + 1


def resample_planes(
    x: torch.Tensor,
    src_mm: tuple[float, float],
    dst_mm: tuple[float, float],
    out_hw: tuple[int, int],
    mode: str = "bilinear",
    origin_px: tuple[float, float] = (0.0, 0.0),
) -> torch.Tensor:
    """Resample (N, C, H, W) planes from pixel size ``src_mm`` to ``dst_mm`` -> (N, C, *out_hw).

    Output pixel i samples input position ``origin_px + i * dst / src`` (input pixel units, per
    axis; the default keeps pixel 0 fixed); outside -> edge value.
    """
    n, _, h, w = x.shape
    ys = origin_px[0] + torch.arange(out_hw[0], dtype=torch.float32) * (dst_mm[0] / src_mm[0])
    xs = origin_px[1] + torch.arange(out_hw[1], dtype=torch.float32) * (dst_mm[1] / src_mm[1])
    gy = 2 * ys / max(h - 1, 1) - 1
    gx = 2 * xs / max(w - 1, 1) - 1
    grid = torch.stack(torch.meshgrid(gy, gx, indexing="ij")[::-1], dim=-1)  # (H', W', 2) as (x, y)
    grid = grid.unsqueeze(0).expand(n, -1, -1, -1).to(x.dtype)
    return F.grid_sample(x, grid, mode=mode, padding_mode="border", align_corners=True)


def prepare_volume(
    volume: Volume,
    config: PreprocessConfig,
    *,
    mask: Volume | None = None,
    value_to_class: dict[int, int] | None = None,
    label_interpolation: str = "nearest",
    item: str = "",
) -> dict[str, Any]:
    """Normalise a volume and resample its sagittal slices to ``config.spacing_mm``.

    Returns ``{"image": (S, H, W) float32, "layout": SagittalLayout, "plane_shape": (H0, W0)}``
    plus ``"label": (S, H, W) uint8 class indices`` when ``mask`` (values mapped by
    ``value_to_class``; unlisted values -> 0) is given, resampled by ``label_interpolation``
    (:func:`resample_labels`).
    """
    canon, layout = normalised_canonical(volume, config, item=item)
    image = to_network_grid(canon, layout, config.spacing_mm)
    sample: dict[str, Any] = {"image": image, "layout": layout, "plane_shape": canon.shape[1:]}
    if mask is not None:
        lut = np.zeros(
            int(max(int(mask.array.max()), max(value_to_class or {0: 0}) or 0)) + 1, dtype=np.uint8
        )
        for value, cls in (value_to_class or {}).items():
            if value < len(lut):
                lut[value] = cls
        m = lut[np.clip(np.asarray(mask.array).astype(np.int64), 0, len(lut) - 1)]
        mcanon = np.ascontiguousarray(to_canonical(m, layout))
        src = (layout.spacing[1], layout.spacing[2])
        dst = (config.spacing_mm, config.spacing_mm)
        sample["label"] = resample_labels(mcanon, src, dst, image.shape[1:], label_interpolation)
    return sample


def normalised_canonical(
    volume: Volume, config: PreprocessConfig, *, item: str = ""
) -> tuple[np.ndarray, SagittalLayout]:
    """The volume's intensities normalised by ``config`` in canonical sagittal order (slices,
    rows, columns; C-contiguous float) and its layout; raises ``SegmentationInputError`` (via
    :func:`sagittal_layout`) for a volume that is not sagittal enough."""
    layout = sagittal_layout(
        volume,
        max_inplane_spacing_mm=config.max_inplane_spacing_mm,
        max_oblique_deg=config.max_oblique_deg,
        item=item,
    )
    img = normalize_intensity(
        volume.array,
        method=config.normalize,
        percentiles=config.percentiles,
        landmarks=config.landmarks,
    )
    return np.ascontiguousarray(to_canonical(img, layout)), layout


def to_network_grid(
    canon: np.ndarray,
    layout: SagittalLayout,
    spacing_mm: float,
    shift_px: tuple[float, float] = (0.0, 0.0),
) -> np.ndarray:
    """(S, H0, W0) canonical planes -> (S, H, W) float32 at ``spacing_mm`` in-plane.

    ``shift_px``: the network grid's first pixel lies this many network pixels (rows, columns)
    from the input's first pixel (sub-pixel test-time shifts; 0: pixel 0 fixed).
    :func:`from_network_grid` with the same shift maps outputs back."""
    s, h0, w0 = canon.shape
    src = (layout.spacing[1], layout.spacing[2])
    out_hw = (resampled_size(h0, src[0], spacing_mm), resampled_size(w0, src[1], spacing_mm))
    origin = (shift_px[0] * spacing_mm / src[0], shift_px[1] * spacing_mm / src[1])
    with torch.no_grad():
        x = torch.from_numpy(canon)[:, None]
        out = resample_planes(x, src, (spacing_mm, spacing_mm), out_hw, origin_px=origin)
    return out[:, 0].numpy().astype(np.float32, copy=False)


def from_network_grid(
    p: torch.Tensor,
    layout: SagittalLayout,
    spacing_mm: float,
    plane_shape: tuple[int, int],
    shift_px: tuple[float, float] = (0.0, 0.0),
) -> torch.Tensor:
    """(N, K, H, W) maps on a :func:`to_network_grid` grid (same ``spacing_mm``, ``shift_px``)
    -> (N, K, *plane_shape) on the input's in-plane grid, bilinear."""
    return resample_planes(
        p,
        (spacing_mm, spacing_mm),
        (layout.spacing[1], layout.spacing[2]),
        plane_shape,
        origin_px=(-shift_px[0], -shift_px[1]),
    )


def resample_labels(
    labels: np.ndarray,
    src_mm: tuple[float, float],
    dst_mm: tuple[float, float],
    out_hw: tuple[int, int],
    interpolation: str = "nearest",
) -> np.ndarray:
    """Resample (S, H, W) class indices plane by plane (as :func:`resample_planes`) -> (S, *out_hw)
    uint8.

    ``nearest``: each output pixel takes the class at the nearest input pixel. ``linear``
    (nnU-Net's way of resampling segmentations): each class's binary mask is interpolated
    bilinearly and the pixel takes the class of the largest value, so a boundary lands where the
    masks cross instead of snapping to the input grid (ties go to the lower class index).
    """
    if interpolation not in ("nearest", "linear"):
        raise ValueError(
            f"label interpolation must be 'nearest' or 'linear', got {interpolation!r}"
        )
    with torch.no_grad():
        if interpolation == "nearest":
            x = torch.from_numpy(labels.astype(np.float32))[:, None]
            near = resample_planes(x, src_mm, dst_mm, out_hw, mode="nearest")
            return near[:, 0].numpy().astype(np.uint8)
        t = torch.from_numpy(np.ascontiguousarray(labels))
        best = torch.full((labels.shape[0], *out_hw), -1.0)
        out = torch.zeros((labels.shape[0], *out_hw), dtype=torch.uint8)
        for c in np.unique(labels).tolist():
            p = resample_planes((t == c).float()[:, None], src_mm, dst_mm, out_hw)[:, 0]
            win = p > best
            best = torch.where(win, p, best)
            out[win] = c
        return out.numpy()


def context_offsets(slice_spacing_mm: float, context_mm: float, n_context: int) -> list[int]:
    """Slice offsets of the channels, e.g. [-3, 0, 3] for 1 mm slices and 3 mm context."""
    step = max(1, int(round(context_mm / max(slice_spacing_mm, 1e-3)))) if context_mm > 0 else 1
    return [k * step for k in range(-n_context, n_context + 1)]


def slice_channels(stack: np.ndarray, index: int | np.ndarray, offsets: list[int]) -> np.ndarray:
    """Channels of slice(s) ``index`` of an (S, H, W) stack: (C, H, W) or (N, C, H, W); edges repeat."""
    idx = np.asarray(index)
    pos = np.clip(idx[..., None] + np.asarray(offsets), 0, stack.shape[0] - 1)
    return stack[pos]


class RandMirrorChannelsd(Randomizable):
    """With probability ``prob`` reverse the channel order of ``image`` (C, H, W): the 2.5-D
    sample's left-right mirror image, since its channels are neighbouring sagittal slices in
    right-to-left order (``slice_channels``). The sagittal plane itself is not flipped, and
    vertebra and disc classes have no side, so the label is unchanged."""

    def __init__(self, prob: float) -> None:
        self.prob = prob

    def __call__(self, data: dict[str, Any]) -> dict[str, Any]:
        if self.prob > 0 and self.R.rand() < self.prob:
            data = dict(data)
            x = data["image"]
            data["image"] = torch.flip(x, dims=(0,)) if torch.is_tensor(x) else np.flip(x, 0).copy()
        return data


class RandInvertd(Randomizable):
    """With probability ``prob`` invert the intensities of ``keys`` (x -> min + max - x, per sample)."""

    def __init__(self, keys: list[str], prob: float) -> None:
        self.keys = keys
        self.prob = prob

    def __call__(self, data: dict[str, Any]) -> dict[str, Any]:
        if self.prob > 0 and self.R.rand() < self.prob:
            data = dict(data)
            for k in self.keys:
                x = data[k]
                data[k] = x.min() + x.max() - x
        return data


class RandStructureIntensityd(Randomizable):
    """Scale the image intensity inside labelled structures (marrow-signal changes).

    With probability ``prob``, each foreground class present in ``label`` (1, H, W) is, with
    probability 1/2, multiplied by a factor drawn log-uniformly from ``factor_range``, over the
    whole structure or, half of the time, over its upper or lower ``band`` fraction of rows only
    (an endplate band, where Modic changes sit). The gain map is blurred by ``edge_sigma`` pixels
    so no new edge appears inside a structure; every channel of ``image`` (C, H, W) gets the same
    gain. It teaches the network that a vertebral body stays a body when degenerated, fatty or
    sclerotic marrow makes it dark or bright, as in pathological scans.
    """

    def __init__(
        self,
        prob: float,
        factor_range: tuple[float, float] = (0.3, 1.5),
        *,
        band: float = 0.4,
        edge_sigma: float = 1.0,
    ) -> None:
        self.prob = prob
        self.log_range = (math.log(factor_range[0]), math.log(factor_range[1]))
        self.band = band
        self.edge_sigma = edge_sigma

    def __call__(self, data: dict[str, Any]) -> dict[str, Any]:
        if self.prob <= 0 or self.R.rand() >= self.prob:
            return data
        from scipy import ndimage

        label = np.asarray(data["label"])[0]
        gain = np.ones(label.shape, dtype=np.float32)
        for c in np.unique(label):
            if c == 0 or self.R.rand() >= 0.5:
                continue
            region = label == c
            if self.R.rand() < 0.5:  # an endplate band: the upper or lower rows of the structure
                rows = np.flatnonzero(region.any(axis=1))
                n = max(1, int(round(self.band * len(rows))))
                band = np.zeros_like(region)
                band[rows[:n] if self.R.rand() < 0.5 else rows[-n:]] = True
                region &= band
            gain[region] = math.exp(self.R.uniform(*self.log_range))
        if self.edge_sigma > 0:
            gain = ndimage.gaussian_filter(gain, self.edge_sigma)
        data = dict(data)
        data["image"] = np.asarray(data["image"], dtype=np.float32) * gain[None]
        return data


class LabelToOneHotd:
    """``label`` (1, H, W) class indices -> (K, H, W) float32 binary masks of the K classes it
    holds, background (0) first, their indices kept as ``label_classes`` (K,). Geometric
    transforms then move each mask with bilinear interpolation (:class:`OneHotToLabeld` undoes
    it); zero padding reads as background."""

    def __call__(self, data: dict[str, Any]) -> dict[str, Any]:
        data = dict(data)
        lab = np.asarray(data["label"])[0]
        classes = np.union1d([0], np.unique(lab)).astype(np.int64)
        data["label"] = (lab[None] == classes[:, None, None]).astype(np.float32)
        data["label_classes"] = classes
        return data


class OneHotToLabeld:
    """Undoes :class:`LabelToOneHotd`: ``label`` (K, H, W) -> (1, H, W) float32 class indices, each
    pixel the class of its largest mask value (ties to the first, background)."""

    def __call__(self, data: dict[str, Any]) -> dict[str, Any]:
        data = dict(data)
        x = data["label"]
        x = x.numpy() if torch.is_tensor(x) else np.asarray(x)
        classes = data.pop("label_classes")
        data["label"] = classes[np.argmax(x, axis=0)][None].astype(np.float32)
        return data


def train_transforms(aug: AugmentConfig, patch_size: tuple[int, int], spacing_mm: float) -> Any:
    """MONAI dict transforms for training samples ``{"image", "label"}``: geometry (rotation, scale,
    shift; no in-plane flips, which would break cranial/caudal naming), the left-right mirror
    (``RandMirrorChannelsd``), pad/crop to ``patch_size``, per-structure intensity
    (``RandStructureIntensityd``), then whole-image intensity (bias field, gamma, scale/shift,
    histogram, noise, blur, inversion). ``aug.label_interpolation`` 'linear' warps the label as
    per-class masks with bilinear interpolation (``LabelToOneHotd`` ... ``OneHotToLabeld``)."""
    from monai.transforms import (
        Compose,
        RandAdjustContrastd,
        RandAffined,
        RandBiasFieldd,
        RandGaussianNoised,
        RandGaussianSmoothd,
        RandHistogramShiftd,
        RandScaleIntensityd,
        RandShiftIntensityd,
        RandSpatialCropd,
        SpatialPadd,
    )

    shift = aug.translate_mm / spacing_mm
    linear = aug.label_interpolation == "linear"
    return Compose(
        [
            *([LabelToOneHotd()] if linear else []),
            RandAffined(
                keys=["image", "label"],
                prob=aug.affine_prob,
                rotate_range=(math.radians(aug.rotate_deg),),
                scale_range=(aug.scale, aug.scale),
                translate_range=(shift, shift),
                mode=("bilinear", "bilinear" if linear else "nearest"),
                padding_mode="zeros",
            ),
            RandMirrorChannelsd(aug.mirror_prob),
            SpatialPadd(keys=["image", "label"], spatial_size=patch_size),
            RandSpatialCropd(keys=["image", "label"], roi_size=patch_size, random_size=False),
            *([OneHotToLabeld()] if linear else []),
            RandStructureIntensityd(
                aug.structure_intensity_prob, aug.structure_intensity_range
            ),
            RandBiasFieldd(keys=["image"], prob=aug.bias_field_prob, coeff_range=(0.0, 0.4)),
            RandAdjustContrastd(keys=["image"], prob=aug.gamma_prob, gamma=aug.gamma_range),
            RandScaleIntensityd(keys=["image"], factors=0.25, prob=aug.intensity_prob),
            RandShiftIntensityd(keys=["image"], offsets=0.1, prob=aug.intensity_prob),
            RandHistogramShiftd(
                keys=["image"], num_control_points=(5, 10), prob=aug.histogram_shift_prob
            ),
            RandGaussianSmoothd(
                keys=["image"], sigma_x=(0.3, 1.2), sigma_y=(0.3, 1.2), prob=aug.smooth_prob
            ),
            RandGaussianNoised(keys=["image"], std=0.04, prob=aug.noise_prob),
            RandInvertd(keys=["image"], prob=aug.invert_prob),
        ]
    )


def eval_transforms(patch_size: tuple[int, int]) -> Any:
    """Deterministic pad/centre-crop of ``{"image", "label"}`` to ``patch_size`` (validation)."""
    from monai.transforms import CenterSpatialCropd, Compose, SpatialPadd

    return Compose(
        [
            SpatialPadd(keys=["image", "label"], spatial_size=patch_size),
            CenterSpatialCropd(keys=["image", "label"], roi_size=patch_size),
        ]
    )
