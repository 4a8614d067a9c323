"""Run a trained segmenter on a volume: label mask (+ probabilities) in the input's exact geometry."""

from __future__ import annotations

import json
import logging
import math
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

from spinelab.data.volume import Volume, write_nifti
from spinelab.segmentation.config import SegConfig
from spinelab.segmentation.dataset_file import SegmentationInputError, load_image
from spinelab.segmentation.model_dir import (
    SegmentationModel,
    load_model_dir,
    with_infer_settings,
)
from spinelab.segmentation.networks import required_multiple
from spinelab.segmentation.transforms import (
    SagittalLayout,
    context_offsets,
    from_canonical,
    from_network_grid,
    normalised_canonical,
    slice_channels,
    to_network_grid,
)

log = logging.getLogger(__name__)


@dataclass
class Segmentation:
    """A predicted mask in the input's geometry.

    ``mask``: values from ``label_names`` (0 background), same array shape and affine as the input.
    ``probabilities``: (K, *input shape) float32 softmax, channel k = network class k (0 background;
    a strided view, not C-contiguous); ``class_to_value`` maps class -> mask value.
    """

    mask: Volume
    probabilities: np.ndarray
    label_names: dict[int, str]
    class_to_value: dict[int, int]
    seconds: float = 0.0

    def value_probabilities(self) -> dict[int, np.ndarray]:
        """Mask value -> its probability map (input shape), foreground values only."""
        return {v: self.probabilities[c] for c, v in self.class_to_value.items() if c > 0}


def vertebra_classes(class_names: dict[int, str]) -> list[int]:
    """The network classes (index >= 1 -> structure name) that are vertebrae (named or anonymous
    bodies, as ``fit_levels`` reads them), ascending."""
    from spinelab.segmentation.levels import _classify_labels

    return sorted(_classify_labels(class_names)[0])


def absorb_fragments(classes: np.ndarray, group: list[int]) -> np.ndarray:
    """Pieces of a class that touch another class of ``group`` join the class they touch most.

    ``classes``: (X, Y, Z) class map; ``group``: classes of one kind (the vertebrae). Per class,
    every connected component (face connectivity, as the largest-component pass) but the largest
    that shares a face with another class of the group is relabelled to the class it shares the
    most faces with. A body the network labels 70 % L2 and 30 % L3 becomes one L2 body, instead of
    losing its L3 part to the largest-component pass (which keeps the true L3 body below).
    Isolated pieces are left as they are. Returns a new array."""
    from scipy import ndimage

    out = classes.copy()
    if len(group) < 2:
        return out
    members = np.asarray(group)
    face = ndimage.generate_binary_structure(3, 1)
    boxes = ndimage.find_objects(out)
    for c in group:
        if c > len(boxes) or boxes[c - 1] is None:
            continue
        box = _grow(boxes[c - 1], out.shape)  # class c's extent and one voxel around it
        sub = out[box]  # a view: relabelling it relabels ``out``
        comp, n = ndimage.label(sub == c, structure=face)
        if n < 2:
            continue
        largest = int(np.argmax(np.bincount(comp.ravel())[1:])) + 1
        for i, sl in enumerate(ndimage.find_objects(comp), start=1):
            if i == largest or sl is None:
                continue
            near = _grow(sl, sub.shape)
            piece = comp[near] == i
            ring = ndimage.binary_dilation(piece, structure=face) & ~piece
            touching = sub[near][ring]
            touching = touching[np.isin(touching, members) & (touching != c)]
            if touching.size:
                d = int(np.bincount(touching).argmax())
                sub[near][piece] = d
                # class d now reaches this piece: widen its box before d's own turn
                moved = tuple(
                    slice(b.start + n.start, b.start + n.stop)
                    for b, n in zip(box, near, strict=True)
                )
                boxes[d - 1] = tuple(
                    slice(min(a.start, m.start), max(a.stop, m.stop))
                    for a, m in zip(boxes[d - 1], moved, strict=True)
                )
    return out


def _grow(box: tuple[slice, ...], shape: tuple[int, ...]) -> tuple[slice, ...]:
    """``box`` widened by one voxel on every side, within ``shape``."""
    return tuple(
        slice(max(s.start - 1, 0), min(s.stop + 1, dim)) for s, dim in zip(box, shape, strict=True)
    )


def _keep_largest_component(
    classes: np.ndarray, n_classes: int, second_frac: float = 1.0
) -> np.ndarray:
    """Per class, keep its largest 3-D connected component (face connectivity) and any other at
    least ``second_frac`` of its size; the rest -> background.

    The network sometimes gives two bodies the same class (L3 and L4 both "L4"): with
    ``second_frac`` < 1 both stay, and ``fit_levels`` keeps them as two bodies named by position
    (``duplicate_label``) instead of losing one here."""
    from scipy import ndimage

    out = classes.copy()
    for c, box in enumerate(ndimage.find_objects(classes, max_label=n_classes - 1), start=1):
        if box is None:
            continue
        comp, n = ndimage.label(classes[box] == c)
        if n > 1:
            sizes = np.bincount(comp.ravel())[1:]
            keep = np.flatnonzero(sizes >= second_frac * sizes.max()) + 1
            out[box][(comp > 0) & ~np.isin(comp, keep)] = 0
    return out


def smooth_probabilities(p: torch.Tensor, sigma_vox: tuple[float, float, float]) -> torch.Tensor:
    """Gaussian-smoothed class probabilities of a slice stack, renormalised to sum to 1.

    ``p``: (S, K, H, W) softmax of S sagittal slices (network resolution); ``sigma_vox``: the
    Gaussian's sigma along (slice, H, W) in voxels (0: none on that axis); edges replicate.
    The network sees a few neighbouring slices only: smoothing across slices makes the
    body's boundary agree from slice to slice. Returns a new (S, K, H, W) tensor."""
    from monai.networks.layers.convutils import gaussian_1d
    from monai.networks.layers.simplelayers import separable_filtering

    kernels = [
        gaussian_1d(torch.tensor(float(s)), truncated=3.0) if s > 0 else torch.ones(1)
        for s in sigma_vox
    ]
    with torch.inference_mode():
        x = p.permute(1, 0, 2, 3).unsqueeze(0)  # (1, K, S, H, W): classes as channels
        out = separable_filtering(x, kernels, mode="replicate")[0].permute(1, 0, 2, 3)
        return out / out.sum(dim=1, keepdim=True).clamp_min(1e-8)


#: Sub-pixel test-time shifts (rows, columns) in network pixels (``infer.tta_shifts``).
TTA_SHIFTS: tuple[tuple[float, float], ...] = ((0.0, 0.0), (0.5, 0.0), (0.0, 0.5), (0.5, 0.5))


def tta_views(cfg: SegConfig) -> list[tuple[float, tuple[float, float]]]:
    """The (network spacing in mm, grid shift in network pixels) of each test-time view of
    ``cfg``: every ``infer.tta_scales`` factor of ``preprocess.spacing_mm``, each at the four
    ``TTA_SHIFTS`` with ``infer.tta_shifts`` (else unshifted). The first is the plain view."""
    shifts = TTA_SHIFTS if cfg.infer.tta_shifts else TTA_SHIFTS[:1]
    return [(cfg.preprocess.spacing_mm * f, sh) for f in cfg.infer.tta_scales for sh in shifts]


def _canonical_probabilities(
    volume: Volume, models: list[SegmentationModel], *, item: str, progress: bool
) -> tuple[np.ndarray, np.ndarray, SagittalLayout]:
    """The mean class probabilities of ``models`` on the input's canonical grid (K, slices, rows,
    columns), their per-voxel argmax (uint8, same grid without K) and the volume's sagittal layout.

    The models share one ``preprocess`` config and test-time settings (``_preprocess_key``): the
    volume is normalised once, every model sees the same slices, and their softmax is averaged at
    the network's resolution, so the resampling to the input grid is done once per view, not once
    per model. The views (:func:`tta_views`, the first model's ``infer``) are each resampled
    back and averaged; with ``infer.mirror`` every view is also seen mirrored left-right."""
    cfg = models[0].config
    for model in models:
        if (
            model.config.preprocess.normalize == "nyul"
            and model.config.preprocess.landmarks is None
        ):
            raise SegmentationInputError(
                "model config.yaml",
                "preprocess.normalize is nyul but preprocess.landmarks is missing: nyul needs the "
                "landmarks learnt on the training images (train_segmenter saves them with the model)",
            )
    canon, layout = normalised_canonical(volume, cfg.preprocess, item=item)
    s_count, h0, w0 = canon.shape
    offsets = context_offsets(
        layout.slice_spacing_mm, cfg.preprocess.context_mm, cfg.preprocess.n_context
    )
    m = math.lcm(
        *(required_multiple(x.config.network.name, x.config.network.options) for x in models)
    )
    n_classes = len(models[0].classes) + 1
    probs = np.zeros((n_classes, s_count, h0, w0), dtype=np.float32)  # canonical, class first
    classes_c = np.zeros((s_count, h0, w0), dtype=np.uint8)
    bs = cfg.infer.batch_size
    batches = [np.arange(i, min(i + bs, s_count)) for i in range(0, s_count, bs)]
    views = tta_views(cfg)
    sigma_mm = cfg.infer.smooth_sigma_mm
    mirror = cfg.infer.mirror and len(offsets) > 1  # one channel: its mirror is itself

    def run_view(sp: float, shift: tuple[float, float], advance: Any) -> None:
        stack = to_network_grid(canon, layout, sp, shift)
        h, w = stack.shape[1:]
        ph, pw = -(-h // m) * m, -(-w // m) * m
        # network-resolution probabilities of every slice, kept only when smoothed in 3-D
        net = torch.empty((s_count, n_classes, h, w)) if sigma_mm > 0 else None

        def to_input_grid(idx: np.ndarray, p: torch.Tensor) -> None:
            back = from_network_grid(p, layout, sp, (h0, w0), shift)
            if len(views) == 1:
                # max(...).indices: the first largest class, as argmax, ~3x faster on CPU
                classes_c[idx] = back.max(dim=1).indices.to(torch.uint8).numpy()
                probs[:, idx] = back.numpy().transpose(1, 0, 2, 3)
            else:
                probs[:, idx] += back.numpy().transpose(1, 0, 2, 3) / len(views)

        for idx in batches:
            x = torch.from_numpy(slice_channels(stack, idx, offsets).astype(np.float32))
            x = F.pad(x, (0, pw - w, 0, ph - h)).contiguous(memory_format=torch.channels_last)
            # test-time mirroring: the same slices' left-right mirror images, channels reversed
            inputs = [x, x.flip(1).contiguous(memory_format=torch.channels_last)] if mirror else [x]
            with torch.inference_mode():
                p = torch.zeros((len(idx), n_classes, h, w))
                for model in models:
                    device = next(model.network.parameters()).device
                    for xi in inputs:
                        logits = model.network(xi.to(device)).float()
                        p += torch.softmax(logits, dim=1)[:, :, :h, :w].cpu()
                p /= len(models) * len(inputs)
                if net is None:
                    to_input_grid(idx, p)
                else:
                    net[idx] = p
            advance(len(idx))
        if net is not None:
            sigma = (sigma_mm / layout.slice_spacing_mm, sigma_mm / sp, sigma_mm / sp)
            smoothed = smooth_probabilities(net, sigma)
            with torch.inference_mode():
                for idx in batches:
                    to_input_grid(idx, smoothed[idx])

    if progress:
        from rich.progress import Progress

        with Progress(transient=True) as bar:
            task = bar.add_task(f"segmenting {item or 'volume'}", total=s_count * len(views))
            for sp, shift in views:
                run_view(sp, shift, lambda n: bar.advance(task, n))
    else:
        for sp, shift in views:
            run_view(sp, shift, lambda n: None)
    if len(views) > 1:  # the argmax of the mean, per slice (no (K, *volume) index temporary)
        for i in range(s_count):
            classes_c[i] = torch.from_numpy(probs[:, i]).max(dim=0).indices.numpy()
    return probs, classes_c, layout


def _preprocess_key(model: SegmentationModel) -> str:
    """Members with equal keys share one preparation of the volume and are averaged at the
    network's resolution (their preprocess config and test-time settings are the same)."""
    cfg = model.config
    return json.dumps(
        [
            cfg.preprocess.model_dump(mode="json"),
            cfg.infer.smooth_sigma_mm,
            cfg.infer.mirror,
            cfg.infer.tta_shifts,
            cfg.infer.tta_scales,
        ],
        sort_keys=True,
    )


def predict_volume(
    volume: Volume, model: SegmentationModel, *, item: str = "", progress: bool = False
) -> Segmentation:
    """Segment every sagittal slice of ``volume`` and map the result back to its voxel grid.

    An ensemble (``model.members``) averages its members' probabilities before the argmax.
    Raises ``SegmentationInputError`` for volumes that are not sagittal enough to slice, and for
    a ``nyul`` model whose config has no learnt landmarks.
    """
    t0 = time.monotonic()
    cfg = model.config
    members = model.members or [model]
    n_classes = len(model.classes) + 1
    groups: dict[str, list[SegmentationModel]] = {}
    for member in members:
        groups.setdefault(_preprocess_key(member), []).append(member)
    first, *others = groups.values()
    probs, classes_c, layout = _canonical_probabilities(volume, first, item=item, progress=progress)
    if others:  # members prepared differently: each group's mean, weighted by its size
        probs *= len(first)
        for group in others:
            p, _, _ = _canonical_probabilities(volume, group, item=item, progress=progress)
            probs += p * len(group)
        probs /= len(members)
        classes_c = np.empty(probs.shape[1:], dtype=np.uint8)
        for i in range(probs.shape[1]):  # per slice: no (K, *volume) index temporary
            classes_c[i] = torch.from_numpy(probs[:, i]).max(dim=0).indices.numpy()
    # one group: its argmax came per batch (torch, threaded), not over the (K, *volume) array
    probs_vol = from_canonical(probs, layout, contiguous=False)  # (K, *volume shape), a view
    classes = from_canonical(classes_c, layout)
    if cfg.infer.absorb_fragments:
        names = {int(c["class"]): str(c["name"]) for c in model.classes}
        classes = absorb_fragments(classes, vertebra_classes(names))
    if cfg.infer.keep_largest_component:
        classes = _keep_largest_component(classes, n_classes, cfg.infer.second_component_frac)
    c2v = model.class_to_value
    lut = np.zeros(n_classes, dtype=np.int16)
    for c, v in c2v.items():
        lut[c] = v
    values = lut[classes]
    dtype = np.uint8 if values.max(initial=0) < 256 else np.int16
    source = str(volume.meta.get("path", item or "volume"))
    meta = {
        "source": "spinelab.segmentation",
        "input": source,
        "path": f"{source} (predicted mask)",
    }
    mask = Volume(values.astype(dtype), volume.affine.copy(), meta)
    return Segmentation(
        mask=mask,
        probabilities=probs_vol,
        label_names=model.label_names,
        class_to_value=c2v,
        seconds=time.monotonic() - t0,
    )


@dataclass
class RunOutputs:
    """Files written by ``run_segmentation`` and the QC flags of its levels.json."""

    mask: Path
    levels: Path | None = None
    overlay: Path | None = None
    qc: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    #: for a study folder: the series segmented and its role (e.g. ``sagittal_t2``)
    series: str | None = None


def run_segmentation(
    input_path: str | Path,
    model_dir: str | Path,
    out_dir: str | Path,
    *,
    model: SegmentationModel | None = None,
    infer: dict[str, Any] | None = None,
    progress: bool = True,
) -> RunOutputs:
    """Segment a NIfTI/MetaImage file, a DICOM sagittal series directory, or a folder holding one
    study's DICOM series (its sagittal T2, else STIR, else T1: ``archive.load_study_sagittal``)
    into ``out_dir``.

    Writes ``mask.nii.gz`` (input geometry; values agree with the names, see
    :func:`name_segmentation`), ``levels.json`` (levels contract, via
    ``spinelab.segmentation.levels.fit_levels``) and ``overlay.png`` (mid-sagittal slice with names).
    ``infer``: ``infer.*`` settings for this run (:func:`~spinelab.segmentation.model_dir.with_infer_settings`;
    a ValueError for other keys).
    """
    t0 = time.monotonic()
    if model is None:
        model = load_model_dir(model_dir, device="cuda" if torch.cuda.is_available() else "cpu")
    if infer:
        model = with_infer_settings(model, infer)
    series = None
    index = None
    if Path(input_path).is_dir():  # headers only: one series, or a study's folder to choose from
        from spinelab.data.dicom_index import index_directory

        index = index_directory(input_path)[0]
    if index is not None and index["series_uid"].nunique() > 1:
        from spinelab.segmentation.archive import StudyError, load_study_sagittal

        try:
            image, role, row = load_study_sagittal(input_path, index=index)
        except StudyError as exc:
            raise SegmentationInputError(str(input_path), exc.reason) from exc
        series = f"{row['series_uid']} ({role})"
    else:
        image = load_image(input_path)
    outputs = segment_image(
        image,
        model,
        out_dir,
        item=str(input_path),
        source=f"spinelab segment run (model {Path(model_dir).name})",
        progress=progress,
    )
    outputs.seconds = time.monotonic() - t0
    outputs.series = series
    return outputs


def segment_image(
    image: Volume,
    model: SegmentationModel,
    out_dir: str | Path,
    *,
    item: str,
    source: str,
    progress: bool = False,
) -> RunOutputs:
    """Segment a loaded sagittal volume and write ``mask.nii.gz``, ``levels.json`` and
    ``overlay.png`` into ``out_dir`` (as :func:`run_segmentation`). ``item`` names the input in
    errors and progress (an id or path, never patient data); ``source`` goes into levels.json."""
    t0 = time.monotonic()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    seg = predict_volume(image, model, item=item, progress=progress)
    levels, named = name_segmentation(seg, model, source=source)
    from spinelab.segmentation.levels_io import write_levels
    from spinelab.segmentation.overlay import save_overlay

    outputs = RunOutputs(mask=write_nifti(named, out_dir / "mask.nii.gz"))
    outputs.levels = write_levels(levels, out_dir / "levels.json")
    outputs.qc = list(levels.get("qc", []))
    outputs.overlay = Path(save_overlay(image, named, levels, out_dir / "overlay.png"))
    outputs.seconds = time.monotonic() - t0
    return outputs


def lowest_disc_anchor(seg: Segmentation, model: SegmentationModel) -> str | None:
    """The disc below the most caudal predicted body when the model cannot see the vertebra below.

    E.g. a model trained on L1..L5 bodies only (no S1 class) whose lowest predicted body is L5
    -> ``"L5-S1"``; None when the model has a class for the next vertebra, the lowest body is
    sacral or no body is found.
    """
    from spinelab.segmentation.levels_naming import is_vertebra_name, ladder_index, ladder_name

    present = {int(v) for v in np.unique(seg.mask.array)} - {0}
    names = [n for v, n in seg.label_names.items() if v in present and is_vertebra_name(n)]
    if not names:
        return None
    lowest = max(names, key=ladder_index)
    if lowest.startswith("S"):
        return None  # the sacrum is its own anchor: no disc below it is named
    below = ladder_name(ladder_index(lowest) + 1)
    model_vertebrae = {str(c["name"]) for c in model.classes}
    if below in model_vertebrae:
        return None
    return f"{lowest}-{below}"


def name_segmentation(
    seg: Segmentation, model: SegmentationModel, *, source: str
) -> tuple[dict[str, Any], Volume]:
    """(levels.json dict, named mask) of a segmentation via ``fit_levels``.

    The named mask is ``seg.mask`` relabelled to agree with the names (each body carries the value
    of its levels.json name; dropped pieces removed); ``seg.mask`` itself where no levels could be
    fitted (empty mask -> no levels + a QC flag)."""
    from spinelab.segmentation.levels import LevelsError, fit_levels
    from spinelab.segmentation.qc import qc_flag

    try:
        result = fit_levels(
            seg.mask,
            seg.label_names,
            probabilities=_probabilities_for_levels(seg),
            lowest_disc=lowest_disc_anchor(seg, model),
            source=source,
        )
    except LevelsError as exc:
        empty = {
            "frame": "LPS",
            "units": "mm",
            "source": source,
            "vertebrae": [],
            "discs": [],
            "qc": [qc_flag("too_few_bodies", f"no levels could be fitted: {exc}")],
        }
        return empty, seg.mask
    # fit_levels keeps the integer mask's dtype, affine and meta
    return result.to_json(), result.mask if result.mask is not None else seg.mask


def levels_from_segmentation(
    seg: Segmentation, model: SegmentationModel, *, source: str
) -> dict[str, Any]:
    """levels.json dict of a segmentation (see :func:`name_segmentation`)."""
    return name_segmentation(seg, model, source=source)[0]


class _ValueChannels:
    """A segmentation's probabilities by mask value, as fit_levels reads them (``ChannelMaps``):
    shape (V, *mask shape), ``[v]`` the probability map of value v's class (a view, no copy);
    values that are not vertebrae read as zeros."""

    def __init__(self, seg: Segmentation) -> None:
        from spinelab.segmentation.levels_naming import is_vertebra_name

        self._probs = seg.probabilities
        self._class = {
            v: c
            for c, v in seg.class_to_value.items()
            if c > 0 and is_vertebra_name(seg.label_names[v])
        }
        self.shape = (max(self._class, default=0) + 1, *seg.mask.array.shape)

    def __getitem__(self, value: int) -> np.ndarray:
        c = self._class.get(int(value))
        return self._probs[c] if c is not None else np.zeros(self.shape[1:], dtype=np.float32)


def _probabilities_for_levels(seg: Segmentation) -> _ValueChannels:
    """Probabilities as fit_levels takes them: channel v = mask value v (vertebra values only)."""
    return _ValueChannels(seg)
