"""From a vertebra label mask to named vertebrae and disc planes (the ``levels.json`` contract).

``fit_levels(mask, label_names)``:
1. bodies = connected components per vertebra label (26-connectivity; specks folded in);
2. a robust smooth curve through the label centroids, parameterised by arc length in LPS mm
   (``curve_fit``), orders everything cranial -> caudal;
3. repair: bodies of one label joined by a one-voxel strand are cut apart
   (``bridged_bodies_split``); a second body-sized component of a label further along the curve
   is a separate body (``duplicate_label``), nearby pieces merge (``fragment_merged``), blobs off
   the curve or too small to be bodies are dropped (``spurious_component``; at the lower end of
   the column only with no disc above them and the image going on below, so that a piece cut by
   the field of view, or a sliver of sacrum under its disc, stays and a speck under the sacrum
   is not counted from), pieces of one body
   under two labels merge (``label_conflict_merged``; ``undivided_bodies_merged`` when the
   segmented discs part the other bodies but not these two), a body about twice one body's
   height (the lower quartile of the heights) is split at its waist (``merged_body_split``),
   spacing gaps leave empty slots (``missing_level``);
4. names: counted up from the sacrum (S1 body found and most caudal) or from ``lowest_disc``;
   otherwise the network classes made consecutive by a weighted majority offset. Where the
   segmented discs part the bodies but none lies below the lowest one, and the image goes on a
   spacing below it, that body may be the sacrum: under half the median body (the top of a sacrum
   the network only partly segmented) it is counted from as S1 (``sacrum_inferred``), else its
   names are kept (``sacrum_not_found``). Network classes that support two namings, the second
   with a quarter of the body volume or more, are flagged (``classes_disagree``); the disc classes
   between the bodies then vote too, each gap as much as one body (``named_by_discs`` when they
   change the naming); disc classes that mostly say another naming than the anchor's are a
   ``naming_disagreement``, and they name the column when the body counted from as S1 is whole
   (half the median body or more) with a disc below it whose class says so too (the sacrum has
   no disc below it). Disagreements are flagged in ``qc``, never silently resolved;
5. discs between adjacent bodies: centre and plane from the facing endplates (or a segmented disc
   component between them), unit normal pointing cranially, all in LPS mm. Beyond each end of the
   column, a lumbar disc (T12-L1 .. L5-S1) whose vertebra beyond is not in the mask but which the
   image shows whole is placed from the end body's endplate + the median half disc height
   (``extrapolated_disc``, as for ``lowest_disc``);
6. the named mask (``LevelsResult.mask``): the input relabelled so that each body carries the
   value of its name (and each disc component between two bodies the value of their disc), the
   dropped pieces removed: the mask and levels.json say the same thing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
from pydantic import BaseModel, ConfigDict, Field
from scipy import ndimage

from spinelab.anatomy import DISCS
from spinelab.data.volume import Volume
from spinelab.segmentation.curve_fit import CurveFitError, SpineCurve, fit_spine_curve
from spinelab.segmentation.levels_geometry import (
    DiscGeometry,
    disc_from_endplates,
    facing_endplates,
    fit_plane,
    lower_endplate_by_footprint,
    orient,
)
from spinelab.segmentation.levels_naming import (
    LADDER,
    disc_name,
    is_disc_name,
    is_vertebra_name,
    ladder_index,
    ladder_name,
    names_from_offset,
    split_disc_name,
    vote_offset,
)
from spinelab.segmentation.qc import qc_flag

#: label_names values that mark a vertebral body of unknown level.
ANONYMOUS_BODY_NAMES = frozenset({"vertebra", "body", "vertebral_body"})
_CONN26 = np.ones((3, 3, 3), dtype=bool)


class LevelsError(ValueError):
    """The mask cannot give levels (empty, no vertebra labels, not a sagittal spine)."""


class LevelsConfig(BaseModel):
    """Thresholds of the repair and geometry steps (mm, or fractions of the median body/spacing)."""

    model_config = ConfigDict(extra="forbid")
    curve_degree: int = Field(default=3, ge=1, le=5)
    outlier_mm: float = Field(default=15.0, gt=0, description="curve outlier floor, mm")
    off_curve_mm: float = Field(
        default=20.0, gt=0, description="a body further from the curve is spurious"
    )
    seed_speck_mm: float = Field(
        default=60.0,
        gt=0,
        description="a label below tiny_frac of the median label, further than this from the curve "
        "through the body-sized labels, does not seed the first curve",
    )
    speck_mm3: float = Field(
        default=30.0, ge=0, description="components below this volume are folded/ignored"
    )
    body_min_frac: float = Field(default=0.3, gt=0, lt=1, description="of the median body volume")
    tiny_frac: float = Field(
        default=0.1,
        gt=0,
        lt=1,
        description="bodies below this fraction of the median body are dropped, but at either "
        "end of the column, where the field of view cuts them (see end_view_ratio)",
    )
    end_view_ratio: float = Field(
        default=1.0,
        gt=0,
        description="a piece under tiny_frac at the lower end of the column, with no disc above "
        "it, is a speck (dropped) when the image goes on more than this x the spacing below it",
    )
    duplicate_sep_frac: float = Field(
        default=0.5, gt=0, description="of the spacing, along the curve"
    )
    fragment_flag_frac: float = Field(
        default=0.2, ge=0, description="merged pieces above this are flagged"
    )
    merged_height_ratio: float = Field(
        default=1.8, gt=1, description="two bodies and their disc are ~2.2x one body high"
    )
    #: ... and only when its neighbours lie this many median spacings away on average
    merged_spacing_ratio: float = Field(default=1.25, gt=1)
    gap_ratio: float = Field(
        default=1.5, gt=1, description="spacing above ratio x median = missing level"
    )
    close_ratio: float = Field(default=0.5, gt=0, lt=1)
    same_body_ratio: float = Field(
        default=0.35,
        gt=0,
        lt=1,
        description="bodies closer than this x the spacing are one body (two real bodies, each at "
        "least half found, have centroids about half a spacing apart or more)",
    )
    same_body_inside: float = Field(
        default=0.6,
        gt=0,
        le=1,
        description="... or when the smaller is under half the larger and this fraction of it "
        "lies within the larger's height along the curve (a lateral piece of the same vertebra)",
    )
    undivided_ratio: float = Field(
        default=0.75,
        gt=0,
        lt=1,
        description="adjacent bodies closer than this x the spacing with no segmented disc "
        "between them are one body, where segmented discs part most other neighbours",
    )
    sacrum_view_ratio: float = Field(
        default=1.0,
        gt=0,
        description="the field of view reaching this x the spacing below the lowest body's "
        "centroid shows the vertebra below it; a non-sacral lowest body with no segmented disc "
        "below it there (while discs part the others) may be the sacrum: see sacrum_partial_frac",
    )
    sacrum_partial_frac: float = Field(
        default=0.5,
        gt=0,
        lt=1,
        description="... it is taken as the sacrum (sacrum_inferred) when under this fraction "
        "of the median body (the network segments only the top of a sacrum, a lumbar body whole), "
        "else it keeps its name, flagged sacrum_not_found",
    )
    sacral_disc_frac: float = Field(
        default=0.2,
        ge=0,
        lt=1,
        description="the segmented disc between the bodies named L5 and S1 under this fraction of "
        "the median segmented disc above them (while discs part those bodies) is flagged "
        "thin_lumbosacral_disc: the S1 may be S2 and every name one level too high; 0 = off",
    )
    class_split_frac: float = Field(
        default=0.25,
        gt=0,
        le=0.5,
        description="the network classes disagree among themselves (classes_disagree) when the "
        "second most supported naming carries at least this share of the classed body volume",
    )
    partial_gap_range: tuple[float, float] = Field(
        default=(0.4, 1.5), description="spacing range (x median) of a kept partial end body"
    )
    default_spacing_mm: float = Field(
        default=35.0, gt=0, description="used with fewer than 3 bodies"
    )
    gap_max_mm: float = Field(
        default=20.0, gt=0, description="largest endplate gap taken as a disc"
    )
    default_half_disc_mm: float = Field(default=5.0, gt=0)
    end_discs: bool = Field(
        default=True,
        description="place the lumbar disc beyond each end of the column (above the highest body, "
        "below the lowest) when the image shows it whole and the vertebra beyond is not in the mask "
        "(the field of view cuts it or the network missed it); flagged extrapolated_disc",
    )


@dataclass(eq=False)
class _Body:
    idx: np.ndarray  # (N, 3) voxel indices into the mask
    label: int
    cls: str | None  # network class (ladder name) or None for anonymous
    centroid: np.ndarray = field(default_factory=lambda: np.zeros(3))
    s: float = 0.0
    dist: float = 0.0
    name: str = ""
    slot: int = 0
    missing_above: int = 0
    partial: bool = (
        False  # a piece at the column's end (field of view): its endplates are not trusted
    )
    small_end: bool = False  # flagged partial_body: no disc is placed beyond it
    confidence: float | None = None

    @property
    def n(self) -> int:
        return len(self.idx)


@dataclass
class LevelsResult:
    """Named vertebrae, disc planes and QC of one mask; ``to_json()`` gives the levels.json dict."""

    vertebrae: list[dict[str, Any]]
    discs: list[dict[str, Any]]
    qc: list[dict[str, str]]
    source: str = "spinelab.segmentation.levels"
    curve: SpineCurve | None = None
    #: the input mask relabelled to agree with the names (see ``fit_levels``; one body: that body alone)
    mask: Volume | None = None

    def to_json(self) -> dict[str, Any]:
        """The levels.json contract: frame LPS, units mm, vertebrae/discs cranial -> caudal, qc."""
        return {
            "frame": "LPS",
            "units": "mm",
            "source": self.source,
            "vertebrae": [dict(v) for v in self.vertebrae],
            "discs": [dict(d) for d in self.discs],
            "qc": [dict(q) for q in self.qc],
        }


def _classify_labels(label_names: dict[int, str]) -> tuple[dict[int, str | None], dict[int, str]]:
    """(vertebra label -> ladder class or None, disc label -> disc name); others are ignored."""
    vert: dict[int, str | None] = {}
    disc: dict[int, str] = {}
    for k, name in label_names.items():
        if int(k) <= 0:
            continue
        if is_vertebra_name(name):
            vert[int(k)] = name
        elif name.lower() in ANONYMOUS_BODY_NAMES:
            vert[int(k)] = None
        elif is_disc_name(name):
            disc[int(k)] = name
    return vert, disc


def _components(
    arr: np.ndarray, labels: list[int], voxel_mm3: float, speck_mm3: float
) -> list[_Body]:
    """Connected components (26-conn) per label; specks are folded into the nearest piece."""
    out: list[_Body] = []
    max_label = int(max(labels))
    sub_arr = arr if arr.min() >= 0 else np.where(arr > 0, arr, 0)
    objs = ndimage.find_objects(sub_arr, max_label=max_label)
    for lab in labels:
        if lab > len(objs) or objs[lab - 1] is None:
            continue
        sl = objs[lab - 1]
        off = np.array([s.start for s in sl])
        comp, n = ndimage.label(sub_arr[sl] == lab, structure=_CONN26)
        pieces = [np.argwhere(comp == i + 1) + off for i in range(n)]
        big = [p for p in pieces if len(p) * voxel_mm3 >= speck_mm3] or [max(pieces, key=len)]
        small = [p for p in pieces if all(p is not b for b in big)]
        for p in small:  # fold specks into the nearest big piece of the same label
            c = p.mean(axis=0)
            j = int(np.argmin([np.linalg.norm(b.mean(axis=0) - c) for b in big]))
            big[j] = np.concatenate([big[j], p])
        out.extend(_Body(idx=b, label=lab, cls=None) for b in big)
    return out


def _update(bodies: list[_Body], affine: np.ndarray, curve: SpineCurve | None) -> None:
    for b in bodies:
        b.centroid = b.idx.mean(axis=0) @ affine[:3, :3].T + affine[:3, 3]
    if curve is not None and bodies:
        s, d = curve.project(np.stack([b.centroid for b in bodies]))
        for b, si, di in zip(bodies, s, d, strict=True):
            b.s, b.dist = float(si), float(di)


def _heights(bodies: list[_Body], affine: np.ndarray, curve: SpineCurve) -> np.ndarray:
    """Robust height (5-95 % extent along the local tangent) of each body, mm."""
    out = []
    for b in bodies:
        p = _offsets(b, affine, b.centroid, curve.tangent_at(b.s))
        out.append(float(np.quantile(p, 0.95) - np.quantile(p, 0.05)))
    return np.array(out)


def _offsets(b: _Body, affine: np.ndarray, origin: np.ndarray, direction: np.ndarray) -> np.ndarray:
    """Signed offsets (N,) in mm of body ``b``'s voxels from ``origin`` along unit ``direction``
    (both LPS mm)."""
    return (b.idx @ affine[:3, :3].T + affine[:3, 3] - origin) @ direction


def _spaced_like_two(b: _Body, bodies: list[_Body], ratio: float) -> bool:
    """Whether ``b``'s neighbours along the curve lie on average more than ``ratio`` x the usual
    spacing away (the usual spacing: median of the gaps between the other bodies; True when
    there are too few bodies to tell)."""
    others = sorted(o.s for o in bodies if o is not b)
    if len(others) < 3:
        return True
    gaps = np.diff(others)
    usual = float(np.median(gaps[gaps < 1.75 * np.median(gaps)]))  # without the gap b sits in
    above = [o for o in others if o < b.s]
    below = [o for o in others if o > b.s]
    near = ([b.s - above[-1]] if above else []) + ([below[0] - b.s] if below else [])
    return float(np.mean(near)) > ratio * usual


def _split_bridged(
    b: _Body, affine: np.ndarray, curve: SpineCurve, min_voxels: float, min_sep_mm: float
) -> list[_Body]:
    """Cut a component made of bodies joined by a thin bridge (the network labels one body and
    a strand across the disc to the next; the bridge is one voxel thick).

    One face-connected erosion opens the bridge; when it leaves two or more pieces, each at least
    ``min_voxels`` once every voxel of ``b`` joins its nearest piece, with centroids at least
    ``min_sep_mm`` apart along ``curve``, those pieces are returned (same label and class), else
    ``[b]``. One body never splits so: its halves lie about a third of a spacing apart."""
    if b.n < 2 * min_voxels:
        return [b]
    lo = b.idx.min(axis=0)
    box = np.zeros(tuple(b.idx.max(axis=0) - lo + 3), dtype=bool)  # one voxel of margin
    local = b.idx - lo + 1
    box[tuple(local.T)] = True
    core, n = ndimage.label(ndimage.binary_erosion(box), structure=_CONN26)
    if n < 2:
        return [b]
    # every voxel of b joins its nearest eroded piece
    _, near = ndimage.distance_transform_edt(core == 0, return_indices=True)
    owner = core[tuple(near[:, local[:, 0], local[:, 1], local[:, 2]])]
    pieces = [_Body(idx=b.idx[owner == k], label=b.label, cls=b.cls) for k in range(1, n + 1)]
    big = [p for p in pieces if p.n >= min_voxels]
    if len(big) < 2:
        return [b]
    _update(big, affine, curve)
    big.sort(key=lambda p: p.s)
    if min(np.diff([p.s for p in big])) < min_sep_mm:
        return [b]
    for p in pieces:  # small pieces (lateral slivers) go to the nearest big one
        if all(p is not q for q in big):
            c = p.idx.mean(axis=0)
            q = min(big, key=lambda q: float(np.linalg.norm(q.idx.mean(axis=0) - c)))
            q.idx = np.concatenate([q.idx, p.idx])
    return big


def _inside_along_curve(small: _Body, big: _Body, affine: np.ndarray, curve: SpineCurve) -> float:
    """Fraction of ``small``'s voxels that lie, along the curve's tangent at ``big``, within
    ``big``'s height (its 5-95 % extent): a piece of the same vertebra lies within it, the next
    vertebra lies beyond the disc."""
    t = curve.tangent_at(big.s)
    pb = _offsets(big, affine, big.centroid, t)
    lo, hi = np.quantile(pb, 0.05), np.quantile(pb, 0.95)
    ps = _offsets(small, affine, big.centroid, t)
    return float(np.mean((ps >= lo) & (ps <= hi)))


def _split_at_waist(b: _Body, affine: np.ndarray, curve: SpineCurve) -> tuple[_Body, _Body]:
    """Split a body along the curve at the thinnest cross-section of its middle 30-70 % (ties: centre)."""
    t = curve.tangent_at(b.s)
    p = _offsets(b, affine, b.centroid, t)
    lo, hi = np.quantile(p, 0.05), np.quantile(p, 0.95)
    edges = np.arange(lo, hi + 1.0, 1.0)
    counts, _ = np.histogram(p, bins=edges)
    centres = (edges[:-1] + edges[1:]) / 2
    half = (lo + hi) / 2
    mid = np.abs(centres - half) < 0.2 * (hi - lo)
    if mid.any():  # thinnest section near the middle; with no waist, the middle itself
        order = np.lexsort((np.abs(centres[mid] - half), counts[mid]))
        cut = float(centres[mid][order[0]])
    else:
        cut = float(half)
    a = _Body(idx=b.idx[p < cut], label=b.label, cls=b.cls)
    c = _Body(idx=b.idx[p >= cut], label=b.label, cls=b.cls)
    return a, c


def _fit(bodies: list[_Body], cfg: LevelsConfig, where: str) -> tuple[SpineCurve, np.ndarray]:
    pts = np.stack([b.centroid for b in bodies])
    try:
        return fit_spine_curve(
            pts, np.ones(len(pts)), degree=cfg.curve_degree, outlier_mm=cfg.outlier_mm
        )
    except CurveFitError as e:
        raise LevelsError(f"{where}: {e}") from e


class ChannelMaps(Protocol):
    """Per-channel maps (C, *mask shape): an array, or any object with ``shape`` whose
    ``[channel]`` gives one (*mask shape) map (e.g. views of a larger array, copied never)."""

    @property
    def shape(self) -> tuple[int, ...]: ...

    def __getitem__(self, channel: int) -> np.ndarray: ...


def fit_levels(
    mask: Volume,
    label_names: dict[int, str],
    *,
    probabilities: ChannelMaps | None = None,
    lowest_disc: str | None = None,
    source: str = "spinelab.segmentation.levels",
    config: LevelsConfig | None = None,
) -> LevelsResult:
    """Named vertebrae and disc planes (LPS mm, cranial -> caudal) from a label mask.

    ``mask``: label Volume in any axis order, affine index -> LPS mm. ``label_names``: mask value
    -> name; ladder names ('T12', 'L3', 'S1') are the network's classes, 'vertebra' marks an
    anonymous body, disc names ('L4-L5') mark segmented discs, anything else (canal) is ignored.
    ``probabilities``: optional softmax (C, *mask.shape), channel = mask value (``ChannelMaps``);
    a vertebra's confidence is the mean of its label's channel over its voxels (else None).
    ``lowest_disc``: the disc just below the most caudal body in the mask (e.g. 'L5-S1' when the
    sacrum is not labelled): names count up from it and that disc is extrapolated. Raises
    ``LevelsError`` for an empty mask or a non-spine geometry.
    """
    cfg = config or LevelsConfig()
    arr = np.asarray(mask.array)
    if arr.ndim != 3:
        raise LevelsError(f"mask must be 3-D, got shape {arr.shape}")
    if not np.issubdtype(arr.dtype, np.integer):
        arr = np.rint(arr).astype(np.int32)
    vert_labels, disc_labels = _classify_labels(label_names)
    where = mask.meta.get("path", "<mask>")
    if not vert_labels:
        raise LevelsError(
            f"{where}: label_names {label_names} name no vertebra (ladder name or 'vertebra')"
        )
    if lowest_disc is not None:
        split_disc_name(lowest_disc)
    if probabilities is not None:
        if not hasattr(probabilities, "shape"):  # nested lists
            probabilities = np.asarray(probabilities)
        if tuple(probabilities.shape[1:]) != arr.shape or probabilities.shape[0] <= max(vert_labels):
            raise LevelsError(
                f"probabilities shape {probabilities.shape} does not match mask {arr.shape} "
                f"with labels up to {max(vert_labels)}"
            )
    affine = mask.affine
    voxel_mm3 = float(abs(np.linalg.det(affine[:3, :3])))
    qc: list[dict[str, str]] = []
    comps = _components(arr, sorted(vert_labels), voxel_mm3, cfg.speck_mm3)
    if not comps:
        raise LevelsError(
            f"{where}: mask has no voxels of the vertebra labels {sorted(vert_labels)} (empty mask)"
        )
    for c in comps:
        c.cls = vert_labels[c.label]
    _update(comps, affine, None)

    # --- 1. curve through per-label centroids (robust to duplicates within a label)
    by_label: dict[int, list[_Body]] = {}
    for c in comps:
        by_label.setdefault(c.label, []).append(c)
    label_bodies = [
        _Body(idx=np.concatenate([c.idx for c in cs]), label=lab, cls=vert_labels[lab])
        for lab, cs in by_label.items()
    ]
    _update(label_bodies, affine, None)
    # seeds: a stray speck of one class (a few voxels far from the column) would bend the first
    # curve away from the real bodies next to it, so tiny labels seed it only when they lie near
    # the curve through the body-sized ones (a partial body at the edge of the field of view,
    # up to about a body's width off that curve's extrapolation)
    seeds = label_bodies if len(label_bodies) >= 2 else comps
    med_label_n = float(np.median([b.n for b in label_bodies]))
    sized = [b for b in label_bodies if b.n >= cfg.tiny_frac * med_label_n]
    if 2 <= len(sized) < len(label_bodies):
        try:
            _update(label_bodies, affine, _fit(sized, cfg, where)[0])
            seeds = [b for b in label_bodies if b in sized or b.dist <= cfg.seed_speck_mm]
        except LevelsError:
            pass  # no curve through the body-sized labels alone: every label seeds it
    if len(seeds) < 2:
        return _single_body(comps, vert_labels, probabilities, source, qc, mask, arr)
    curve, _ = _fit(seeds, cfg, where)
    _update(label_bodies, affine, curve)
    named_s = sorted(b.s for b in label_bodies if b.cls != "S1")
    spacing = float(np.median(np.diff(named_s))) if len(named_s) >= 3 else cfg.default_spacing_mm
    ref_size = float(
        np.median([b.n for b in label_bodies if b.cls != "S1"] or [b.n for b in label_bodies])
    )

    # --- 2. components of one label: separate bodies, fragments, spurious pieces
    bodies: list[_Body] = []
    for lab, cs in by_label.items():
        cs = [
            piece
            for c in cs
            for piece in _split_bridged(
                c, affine, curve, cfg.body_min_frac * ref_size, cfg.duplicate_sep_frac * spacing
            )
        ]
        if len(cs) > len(by_label[lab]):
            qc.append(
                qc_flag(
                    "bridged_bodies_split",
                    f"label {lab} ({label_names[lab]}): a component made of "
                    f"{len(cs) - len(by_label[lab]) + 1} bodies joined by a thin bridge was cut apart",
                )
            )
        _update(cs, affine, curve)
        cs = sorted(cs, key=lambda c: -c.n)
        kept: list[_Body] = [cs[0]]
        for c in cs[1:]:
            nearest = min(kept, key=lambda k: abs(k.s - c.s))
            sep = abs(nearest.s - c.s)
            if c.n >= cfg.body_min_frac * ref_size and sep >= cfg.duplicate_sep_frac * spacing:
                kept.append(c)
                qc.append(
                    qc_flag(
                        "duplicate_label",
                        f"label {lab} ({label_names[lab]}) has a second "
                        f"body-sized component {sep:.0f} mm along the curve; kept as a separate body",
                    )
                )
            elif sep < cfg.duplicate_sep_frac * spacing:
                if c.n >= cfg.fragment_flag_frac * nearest.n:
                    qc.append(
                        qc_flag(
                            "fragment_merged",
                            f"label {lab}: a piece of {c.n} voxels "
                            f"{np.linalg.norm(c.centroid - nearest.centroid):.0f} mm from its main body merged into it",
                        )
                    )
                nearest.idx = np.concatenate([nearest.idx, c.idx])
            else:
                qc.append(
                    qc_flag(
                        "spurious_component",
                        f"label {lab}: a small component ({c.n} voxels) "
                        f"{sep:.0f} mm along the curve from its body was dropped",
                    )
                )
        bodies.extend(kept)
    _update(bodies, affine, curve)

    # --- 3. spurious bodies: off the curve, tiny, or small and crowding a neighbour
    def drop(b: _Body, why: str) -> None:
        qc.append(
            qc_flag(
                "spurious_component", f"label {b.label} ({label_names[b.label]}): {why}; dropped"
            )
        )
        bodies.remove(b)

    med_n = float(np.median([b.n for b in bodies]))
    for b in list(bodies):
        if b.dist > cfg.off_curve_mm:
            drop(b, f"{b.n} voxels {b.dist:.0f} mm off the spine curve")

    def partial_at_end(b: _Body) -> bool:
        """A small piece at either end of the column, at a body's spacing: cut by the field of view."""
        if len(bodies) < 3:
            return False
        order = sorted(bodies, key=lambda x: x.s)
        if b is not order[0] and b is not order[-1]:
            return False
        gap = min(abs(o.s - b.s) for o in bodies if o is not b)
        return cfg.partial_gap_range[0] * spacing <= gap <= cfg.partial_gap_range[1] * spacing

    for b in list(bodies):
        if b.n < cfg.tiny_frac * med_n and not partial_at_end(b):
            drop(b, f"{b.n} voxels, below {cfg.tiny_frac:.0%} of the median body")
    for b in sorted(bodies, key=lambda b: b.n):
        if b.n < cfg.body_min_frac * med_n and len(bodies) > 2 and not partial_at_end(b):
            gap = min(abs(o.s - b.s) for o in bodies if o is not b)
            if gap < cfg.close_ratio * spacing:
                drop(b, f"{b.n} voxels only {gap:.0f} mm along the curve from a larger body")
    if len(bodies) < 2:
        return _single_body(bodies or comps[:1], vert_labels, probabilities, source, qc, mask, arr)
    curve, _ = _fit(bodies, cfg, where)
    _update(bodies, affine, curve)

    bodies.sort(key=lambda b: b.s)

    # --- 4. one body under two labels: components of different labels that sit at (almost) the
    # same place along the curve are one vertebra the network could not decide on
    if len(bodies) >= 3:
        usual = float(np.median(np.diff([b.s for b in bodies])))

        def same_body(a: _Body, c: _Body) -> str | None:
            big, small = (a, c) if a.n >= c.n else (c, a)
            if c.s - a.s < cfg.same_body_ratio * usual or (
                small.n < 0.5 * big.n
                and _inside_along_curve(small, big, affine, curve) >= cfg.same_body_inside
            ):
                return f"(usual spacing {usual:.0f} mm)"
            return None

        _merge_adjacent(bodies, same_body, "label_conflict_merged", affine, curve, label_names, qc)

    # --- 4a. one body under two labels, told by the discs: where the segmented discs part the
    # bodies, two close neighbours with no disc between them are one vertebra (a body the network
    # split between two classes, under another scanner's contrast)
    disc_comps = _disc_components(arr, disc_labels, affine, curve, voxel_mm3, cfg)
    speck = _speck_below_column(bodies, disc_comps, mask, curve, spacing, med_n, cfg)
    if speck is not None:
        drop(*speck)
    _merge_undivided(bodies, disc_comps, affine, curve, cfg, label_names, qc)

    # --- 4b. merged bodies: about twice one body's height along the curve -> split at the waist
    core = [b for b in bodies if b.cls != "S1"]
    if len(core) >= 3:
        h = _heights(core, affine, curve)
        # the usual height from whole bodies: a piece cut by the field of view (under half the
        # median volume) is short and would make a whole neighbour look like two. Their lower
        # quartile, not the median: under another contrast the network may merge two pairs of
        # a short column, and the median is then itself a pair's height
        med_n = float(np.median([b.n for b in core]))
        whole = [hb for b, hb in zip(core, h, strict=True) if b.n >= 0.5 * med_n]
        usual_h = float(np.quantile(whole if len(whole) >= 3 else h, 0.25))
        for b, hb in zip(core, h, strict=True):
            # two bodies in one component also sit ~1.5 spacings from their neighbours; a tall
            # body at the usual spacing (oblique, partial-volume neighbours) is left whole
            if hb > cfg.merged_height_ratio * usual_h and _spaced_like_two(
                b, core, cfg.merged_spacing_ratio
            ):
                a, c = _split_at_waist(b, affine, curve)
                bodies.remove(b)
                bodies.extend([a, c])
                qc.append(
                    qc_flag(
                        "merged_body_split",
                        f"label {b.label} ({label_names[b.label]}) is "
                        f"{hb:.0f} mm high along the curve vs {usual_h:.0f} mm for one body "
                        "(lower quartile); split in two",
                    )
                )
        _update(bodies, affine, curve)
    bodies.sort(key=lambda b: b.s)

    # --- 5. spacing -> slots (missing levels leave empty slots)
    diffs = np.diff([b.s for b in bodies])
    core_d = [
        d
        for d, a, c in zip(diffs, bodies[:-1], bodies[1:], strict=True)
        if "S1" not in (a.cls, c.cls)
    ]
    med_d = float(np.median(core_d)) if len(core_d) >= 2 else spacing
    slot = 0
    bodies[0].slot = 0
    for d, a, c in zip(diffs, bodies[:-1], bodies[1:], strict=True):
        ratio = cfg.gap_ratio + (0.5 if "S1" in (a.cls, c.cls) else 0.0)
        missing = 0
        if d > ratio * med_d:
            missing = max(1, int(round(d / med_d)) - 1)
        elif d < cfg.close_ratio * med_d:
            qc.append(
                qc_flag(
                    "close_bodies",
                    f"two bodies only {d:.0f} mm apart along the curve "
                    f"(median spacing {med_d:.0f} mm)",
                )
            )
        slot += 1 + missing
        c.slot = slot
        c.missing_above = missing

    # --- 6. names (a lowest body that looks like the sacrum's top is counted from as S1)
    view = None if lowest_disc is not None else _room_below_without_disc(
        bodies, disc_comps, mask, curve, med_d, cfg
    )
    low, body_med = bodies[-1], float(np.median([b.n for b in bodies]))
    inferred = view is not None and low.n < cfg.sacrum_partial_frac * body_med
    _name_bodies(
        bodies, vert_labels, label_names, lowest_disc, qc, cfg.class_split_frac,
        low if inferred else None,
        *_disc_votes(bodies, disc_comps, disc_labels, med_d, cfg),
        cfg.sacrum_partial_frac,
    )
    if view is not None:
        _flag_sacrum(low, view, med_d, low.n / body_med, inferred, label_names, qc)
    _flag_thin_lumbosacral_disc(bodies, disc_comps, cfg, qc)
    for b in bodies:
        if b.missing_above:
            qc.append(
                qc_flag(
                    "missing_level",
                    f"{b.missing_above} level(s) missing above {b.name}: "
                    f"spacing {b.s - _prev(bodies, b).s:.0f} mm vs median {med_d:.0f} mm",
                )
            )
    for b in (bodies[0], bodies[-1]):
        if b.n < 0.5 * med_n:
            b.partial = b.n < cfg.body_min_frac * med_n  # too small to trust its endplates
            b.small_end = True
            qc.append(
                qc_flag(
                    "partial_body",
                    f"{b.name} at the end of the column has {b.n} voxels "
                    f"({b.n / med_n:.0%} of the median body)",
                )
            )

    # --- 7. confidences
    for b in bodies:
        if probabilities is not None:
            b.confidence = float(probabilities[b.label][tuple(b.idx.T)].mean())

    # --- 8. discs
    discs = _discs(bodies, disc_comps, mask, curve, cfg, lowest_disc, qc)

    # --- 9. the mask relabelled to agree with the names
    named, values = _named_mask(arr, bodies, disc_comps, vert_labels, disc_labels, cfg.off_curve_mm)
    vertebrae = [
        {
            "name": b.name,
            "label": int(v),
            "centroid_mm": [float(x) for x in b.centroid],
            "voxels": int(b.n),
            "confidence": b.confidence,
        }
        for b, v in zip(bodies, values, strict=True)
    ]
    return LevelsResult(
        vertebrae=vertebrae,
        discs=discs,
        qc=qc,
        source=source,
        curve=curve,
        mask=Volume(named, affine.copy(), dict(mask.meta)),
    )


def _disc_parting(
    bodies: list[_Body], disc_comps: list[_Body], cfg: LevelsConfig
) -> Callable[[_Body, _Body], bool] | None:
    """``parted(a, c)``: is there an on-curve disc component between bodies a and c (by s)?
    None when the discs are not being found at all: they part fewer than two adjacent pairs of
    ``bodies`` (sorted by s) or under half of them."""
    if len(bodies) < 3 or not disc_comps:
        return None
    ds = [d.s for d in disc_comps if d.dist <= cfg.off_curve_mm]

    def parted(a: _Body, c: _Body) -> bool:
        return any(a.s < s < c.s for s in ds)

    pairs = list(zip(bodies[:-1], bodies[1:], strict=True))
    n_parted = sum(parted(a, c) for a, c in pairs)
    if n_parted < 2 or 2 * n_parted < len(pairs):
        return None
    return parted


def _on_curve_discs(disc_comps: list[_Body], cfg: LevelsConfig) -> list[_Body]:
    """The disc components on the spine curve, without specks (under ``cfg.tiny_frac`` of the
    median on-curve disc component: a few voxels of disc class are no disc)."""
    on = [d for d in disc_comps if d.dist <= cfg.off_curve_mm]
    if not on:
        return []
    med = float(np.median([d.n for d in on]))
    return [d for d in on if d.n >= cfg.tiny_frac * med]


def _speck_below_column(
    bodies: list[_Body],
    disc_comps: list[_Body],
    mask: Volume,
    curve: SpineCurve,
    spacing: float,
    body_n: float,
    cfg: LevelsConfig,
) -> tuple[_Body, str] | None:
    """(the lowest body, why) when it is a speck under the column, not a vertebra: under
    ``cfg.tiny_frac`` of ``body_n`` (the median body), the image going on more than
    ``cfg.end_view_ratio`` spacings below it (so the field of view did not cut it), and no disc
    between it and the body above while segmented discs part the others. Counted from as the
    sacrum, such a speck names every body a level too high. None otherwise. ``bodies`` sorted
    by s; a tiny sacral piece under its L5-S1 disc (the network found little of the sacrum) is
    kept."""
    if len(bodies) < 4 or bodies[-1].n >= cfg.tiny_frac * body_n:
        return None
    if _disc_parting(bodies[:-1], disc_comps, cfg) is None:  # discs are not being found
        return None
    low, above = bodies[-1], bodies[-2]
    if any(above.s < d.s < low.s for d in _on_curve_discs(disc_comps, cfg)):
        return None
    view = _view_beyond(low, curve, mask)
    if view <= cfg.end_view_ratio * spacing:
        return None
    return low, (
        f"{low.n} voxels at the end of the column, below {cfg.tiny_frac:.0%} of the median body, "
        f"with no disc above it and the image going on {view:.0f} mm below it"
    )


def _merge_undivided(
    bodies: list[_Body],
    disc_comps: list[_Body],
    affine: np.ndarray,
    curve: SpineCurve,
    cfg: LevelsConfig,
    label_names: dict[int, str],
    qc: list[dict[str, str]],
) -> None:
    """Merge (in place) adjacent bodies less than ``cfg.undivided_ratio`` spacings apart along
    the curve with no disc component between them, when disc components lie between at least
    two other adjacent pairs and most of them (so the discs are being found at all). The smaller
    joins the larger and keeps its label; the sacrum is never merged. ``bodies`` sorted by s."""
    parted = _disc_parting(bodies, disc_comps, cfg)
    if parted is None:
        return
    usual = float(np.median(np.diff([b.s for b in bodies])))

    def undivided(a: _Body, c: _Body) -> str | None:
        if (
            c.s - a.s < cfg.undivided_ratio * usual
            and not parted(a, c)
            and "S1" not in (a.cls, c.cls)
        ):
            return f"(usual spacing {usual:.0f} mm) with no disc between them"
        return None

    _merge_adjacent(bodies, undivided, "undivided_bodies_merged", affine, curve, label_names, qc)


def _view_beyond(b: _Body, curve: SpineCurve, mask: Volume, sign: float = 1.0) -> float:
    """How far (mm) the image goes on beyond body ``b``: the length of the ray from its centroid
    along the curve's tangent, caudally (``sign=1``, below it) or cranially (``sign=-1``, above
    it), LPS mm, inside ``mask``'s voxel grid (0 when the centroid is outside)."""
    v0 = mask.mm_to_index(b.centroid)
    dv = mask.mm_to_index(b.centroid + sign * curve.tangent_at(b.s)) - v0  # voxels per mm
    hi = np.asarray(mask.array.shape, dtype=float) - 1.0
    if np.any(v0 < 0) or np.any(v0 > hi):
        return 0.0
    d = np.inf
    for k in range(3):
        if dv[k] > 1e-12:
            d = min(d, (hi[k] - v0[k]) / dv[k])
        elif dv[k] < -1e-12:
            d = min(d, -v0[k] / dv[k])
    return float(d)


def _room_below_without_disc(
    bodies: list[_Body],
    disc_comps: list[_Body],
    mask: Volume,
    curve: SpineCurve,
    spacing: float,
    cfg: LevelsConfig,
) -> float | None:
    """The image's extent (mm) below the lowest body when that body may be the sacrum: no body
    has a sacral class, no disc (``_on_curve_discs``: specks aside) lies below the lowest one,
    discs part the other bodies (so they are being found), and the field of view reaches
    ``cfg.sacrum_view_ratio`` spacings below its centroid, where a lumbar body's disc would be in
    view. None otherwise. ``bodies`` sorted by s."""
    if any(b.cls is not None and b.cls.startswith("S") for b in bodies):
        return None
    if _disc_parting(bodies, disc_comps, cfg) is None:
        return None
    low = bodies[-1]
    if any(d.s > low.s for d in _on_curve_discs(disc_comps, cfg)):
        return None
    view = _view_beyond(low, curve, mask)
    return view if view >= cfg.sacrum_view_ratio * spacing else None


def _flag_sacrum(
    low: _Body,
    view: float,
    spacing: float,
    size: float,
    inferred: bool,
    label_names: dict[int, str],
    qc: list[dict[str, str]],
) -> None:
    """QC record of a lowest body with room below it and no disc there (see
    :func:`_room_below_without_disc`): ``sacrum_inferred`` when it was taken as the sacrum,
    ``sacrum_not_found`` when it is whole-body sized and kept its name."""
    seen = (
        f"the lowest body (class {label_names.get(low.label, low.label)}, {size:.0%} of the "
        f"median body) has no disc below it though the image goes on {view:.0f} mm "
        f"(spacing {spacing:.0f} mm) and discs part the bodies above"
    )
    if inferred:
        flag, outcome = "sacrum_inferred", "a partly segmented sacrum, taken as S1 and counted up from"
    else:
        flag = "sacrum_not_found"
        outcome = (
            f"{low.name} may be the sacrum and every name one level too high "
            "(a whole body: names kept)"
        )
    qc.append(qc_flag(flag, f"{seen}: {outcome}"))


def _flag_thin_lumbosacral_disc(
    bodies: list[_Body], disc_comps: list[_Body], cfg: LevelsConfig, qc: list[dict[str, str]]
) -> None:
    """Flag ``thin_lumbosacral_disc`` when the bodies named L5 and S1 are adjacent and the on-curve
    disc voxels between them are under ``cfg.sacral_disc_frac`` of the median disc between the
    bodies above, which segmented discs part (``_disc_parting``). The fused S1-S2 junction has no
    real disc: a network that calls the sacrum L5 and the segment below it S1 leaves that tell-tale
    sliver, and every name is then one level too high. Names are kept (a degenerate L5-S1 disc can
    be thin too); the flag puts them in doubt. ``bodies`` sorted by s, named."""
    if cfg.sacral_disc_frac <= 0 or not disc_comps:
        return
    names = [b.name for b in bodies]
    i = names.index("S1") if "S1" in names else 0
    if i < 1 or names[i - 1] != "L5":
        return
    above = bodies[:i]
    if _disc_parting(above, disc_comps, cfg) is None:
        return
    on = [d for d in disc_comps if d.dist <= cfg.off_curve_mm]

    def between(a: _Body, c: _Body) -> int:
        return int(sum(d.n for d in on if a.s < d.s < c.s))

    sizes = [n for n in (between(a, c) for a, c in zip(above[:-1], above[1:], strict=True)) if n]
    if len(sizes) < 2:
        return
    ls, med = between(bodies[i - 1], bodies[i]), float(np.median(sizes))
    if ls < cfg.sacral_disc_frac * med:
        qc.append(
            qc_flag(
                "thin_lumbosacral_disc",
                f"the segmented disc between L5 and S1 has {ls} voxels, {ls / med:.0%} of the "
                f"median disc above ({med:.0f}): S1 may be S2 (fused, no disc) and every name "
                "one level too high (names kept; review the study)",
            )
        )


def _merge_adjacent(
    bodies: list[_Body],
    merge: Callable[[_Body, _Body], str | None],
    flag: str,
    affine: np.ndarray,
    curve: SpineCurve,
    label_names: dict[int, str],
    qc: list[dict[str, str]],
) -> None:
    """Walk the adjacent pairs of ``bodies`` (sorted by s, at least 3 kept) cranial -> caudal;
    where ``merge(a, c)`` gives a reason (the spacing context), the smaller joins the larger,
    whose label names the body, and ``flag`` is raised with that reason."""
    i = 0
    while i + 1 < len(bodies) and len(bodies) >= 3:
        a, c = bodies[i], bodies[i + 1]
        why = merge(a, c)
        if why is None:
            i += 1
            continue
        big, small = (a, c) if a.n >= c.n else (c, a)
        big.idx = np.concatenate([big.idx, small.idx])
        bodies.remove(small)
        qc.append(
            qc_flag(
                flag,
                f"labels {a.label} ({label_names[a.label]}) and {c.label} "
                f"({label_names[c.label]}) lie {c.s - a.s:.0f} mm apart along the curve {why}: "
                f"one body, named as label {big.label}",
            )
        )
        _update(bodies, affine, curve)


def _prev(bodies: list[_Body], b: _Body) -> _Body:
    return bodies[bodies.index(b) - 1]


def _single_body(
    bodies: list[_Body],
    vert_labels: dict[int, str | None],
    probabilities: ChannelMaps | None,
    source: str,
    qc: list[dict[str, str]],
    mask: Volume,
    arr: np.ndarray,
) -> LevelsResult:
    """The one (largest) body; its named mask keeps that body's voxels of the vertebra labels."""
    b = max(bodies, key=lambda x: x.n)
    name = vert_labels[b.label] or "vertebra"
    conf = (
        float(probabilities[b.label][tuple(b.idx.T)].mean()) if probabilities is not None else None
    )
    qc.append(
        qc_flag("too_few_bodies", "only one vertebral body found: no curve, ordering or discs")
    )
    v = {
        "name": name,
        "label": int(b.label),
        "centroid_mm": [float(x) for x in b.centroid],
        "voxels": int(b.n),
        "confidence": conf,
    }
    b.name = name
    named, _ = _named_mask(arr, [b], [], vert_labels, {}, 0.0)
    return LevelsResult(
        vertebrae=[v],
        discs=[],
        qc=qc,
        source=source,
        curve=None,
        mask=Volume(named, mask.affine.copy(), dict(mask.meta)),
    )


def _name_bodies(
    bodies: list[_Body],
    vert_labels: dict[int, str | None],
    label_names: dict[int, str],
    lowest_disc: str | None,
    qc: list[dict[str, str]],
    split_frac: float,
    inferred_sacrum: _Body | None = None,
    disc_votes: dict[int, float] | None = None,
    below_votes: dict[int, float] | None = None,
    whole_frac: float = 0.5,
) -> None:
    slots = [b.slot for b in bodies]
    vote, votes = vote_offset(slots, [b.cls for b in bodies], [b.n for b in bodies])
    by_discs: dict[str, str] | None = None
    if _flag_split_classes(votes, bodies[-1].slot, split_frac, qc) and disc_votes:
        # the bodies' classes support two namings: the discs' classes between them decide, each
        # gap counting as much as one body (a network whose body classes drift along the column
        # may still name the discs it finds between them right)
        both = {o: votes.get(o, 0.0) + disc_votes.get(o, 0.0) for o in set(votes) | set(disc_votes)}
        best = max(both, key=lambda o: (round(both[o], 9), o == vote))
        if vote is not None and best != vote:
            by_discs = qc_flag(
                "named_by_discs",
                f"the segmented discs' classes ({_share(disc_votes, best)} of their weight) "
                f"with the bodies' name the lowest body "
                f"{names_from_offset([bodies[-1].slot], best)[0]}, the bodies' classes alone "
                f"{names_from_offset([bodies[-1].slot], vote)[0]}: names follow both",
            )
            vote = best
    s1 = [b for b in bodies if b.cls == "S1"]
    anchor: int | None = None
    from_s1 = False  # the anchor is the lowest body of the sacrum's class
    how = ""
    if lowest_disc is not None:
        upper, _ = split_disc_name(lowest_disc)
        anchor = ladder_index(upper) - bodies[-1].slot
        how = f"counting up from the lowest disc {lowest_disc}"
    elif inferred_sacrum is not None:
        anchor = ladder_index("S1") - inferred_sacrum.slot
        how = "counting up from the lowest body taken as the sacrum"
    elif s1:
        sacral = s1[-1]
        from_sacrum = ladder_index("S1") - sacral.slot
        if sacral.missing_above and vote is not None and vote != from_sacrum:
            # a sacral piece a gap below the column, against consecutive classes above it: more
            # likely a lower sacral segment or a stray piece than a missing lumbar body
            qc.append(
                qc_flag(
                    "naming_disagreement",
                    f"the sacral piece lies {sacral.missing_above + 1} spacings below the body "
                    f"above it and counting up from it disagrees with the network classes "
                    f"({from_sacrum - vote:+d} levels): names follow the classes",
                )
            )
        else:
            anchor = from_sacrum
            from_s1 = True
            how = "counting up from the sacrum (S1)"
    if anchor is None and vote is None:
        anchor = ladder_index("L5") - bodies[-1].slot
        qc.append(
            qc_flag(
                "no_anchor",
                "no sacrum, no lowest-disc anchor and no named classes: "
                "the lowest body was assumed to be L5",
            )
        )
    offset = anchor if anchor is not None else vote
    assert offset is not None
    if by_discs is not None and anchor is None:  # the vote names the bodies
        qc.append(by_discs)
    names = names_from_offset(slots, offset)
    if anchor is not None and vote is not None and vote != anchor:
        qc.append(
            qc_flag(
                "naming_disagreement",
                f"{how} names the lowest body {names[-1]}, the network "
                f"classes say {names_from_offset([bodies[-1].slot], vote)[0]} "
                f"({anchor - vote:+d} levels): transitional anatomy or a missing level?",
            )
        )
    elif anchor is not None and disc_votes:
        # the bodies' classes agree with the anchor, but most of the discs between them say
        # another naming (a lumbar body given the sacrum's class, the discs around it their own)
        # (at least two gaps' worth: each gap weighs one median body, see _disc_votes)
        total = sum(disc_votes.values())
        other = max(disc_votes, key=lambda o: disc_votes[o])
        median_body = float(np.median([b.n for b in bodies]))
        two_gaps = 2 * median_body
        if other != anchor and disc_votes[other] > max(0.5 * total, two_gaps - 1e-6):
            # the sacrum has no disc below it, and the network segments only its top: when the
            # body counted from as S1 is whole (sacrum_partial_frac of the median body or more)
            # and the disc found below it says so too, it is lumbar and the discs name the column
            below = max(below_votes, key=below_votes.__getitem__) if below_votes else None
            lumbar_s1 = (
                from_s1
                and s1[-1] is bodies[-1]
                and bodies[-1].n >= whole_frac * median_body
                and below == other
            )
            if lumbar_s1:
                follows = "the discs (a whole body taken as S1 with a disc below it)"
            else:
                follows = "the anchor"
            qc.append(
                qc_flag(
                    "naming_disagreement",
                    f"{how} names the lowest body {names[-1]}, the segmented discs' classes "
                    f"({_share(disc_votes, other)} of their weight) say "
                    f"{names_from_offset([bodies[-1].slot], other)[0]} "
                    f"({anchor - other:+d} levels): names follow {follows}",
                )
            )
            if lumbar_s1:
                names = names_from_offset(slots, other)
    changes = [
        f"{b.cls}->{n}"
        for b, n in zip(bodies, names, strict=True)
        if b.cls is not None and b.cls != n
    ]
    if changes:
        qc.append(
            qc_flag(
                "relabelled",
                "network classes renamed to be consecutive along the curve: " + ", ".join(changes),
            )
        )
    vocab = {n for n in vert_labels.values() if n is not None}
    for b, n in zip(bodies, names, strict=True):
        b.name = n
        if vocab and n not in vocab:
            qc.append(
                qc_flag(
                    "unexpected_level",
                    f"a body was named {n}, outside the label "
                    f"vocabulary {sorted(vocab, key=ladder_index)}",
                )
            )


def _share(votes: dict[int, float], offset: int) -> str:
    """``offset``'s share of ``votes`` as a percentage ('75 %')."""
    return f"{100 * votes.get(offset, 0.0) / max(sum(votes.values()), 1e-9):.0f} %"


def _disc_votes(
    bodies: list[_Body],
    disc_comps: list[_Body],
    disc_labels: dict[int, str],
    spacing: float,
    cfg: LevelsConfig,
) -> tuple[dict[int, float], dict[int, float]]:
    """Naming offsets (as ``vote_offset``'s) the network's disc classes support, and the disc
    voxels per offset in the gap below the lowest body alone.

    An on-curve disc component (``_on_curve_discs``) of class 'U-L' between adjacent bodies a
    and c along the curve says a is U (offset ``ladder_index(U) - a.slot``); above the highest
    body (within one ``spacing``) it says that body is L, below the lowest one that it is U. Each
    gap weighs as much as the median body, shared among the disc classes found in it by their
    voxels. ``bodies`` sorted by s with their slots; {} when no disc class is usable."""
    if not bodies:
        return {}, {}
    weight = float(np.median([b.n for b in bodies]))
    gaps: dict[int, dict[int, float]] = {}
    for d in _on_curve_discs(disc_comps, cfg):
        upper, lower = split_disc_name(disc_labels[d.label])
        below = [i for i, b in enumerate(bodies) if b.s < d.s]
        if below:
            i = below[-1]
            if i == len(bodies) - 1 and d.s - bodies[i].s > spacing:
                continue
            name, slot = upper, bodies[i].slot
        elif bodies[0].s - d.s <= spacing:
            i, name, slot = -1, lower, bodies[0].slot
        else:
            continue
        if name not in LADDER:
            continue
        gap = gaps.setdefault(i, {})
        off = ladder_index(name) - slot
        gap[off] = gap.get(off, 0.0) + d.n
    votes: dict[int, float] = {}
    for counts in gaps.values():
        total = sum(counts.values())
        for off, n in counts.items():
            votes[off] = votes.get(off, 0.0) + weight * n / total
    return votes, gaps.get(len(bodies) - 1, {})


def _flag_split_classes(
    votes: dict[int, float], lowest_slot: int, split_frac: float, qc: list[dict[str, str]]
) -> bool:
    """Flag ``classes_disagree`` when the runner-up naming of ``vote_offset``'s ``votes`` carries
    at least ``split_frac`` of the classed body volume: part of the column says one name, part
    another (a body split between two classes or missed, two merged; another scanner's contrast).
    Every name is then in doubt, whichever naming wins. Returns whether it flagged."""
    if len(votes) < 2:
        return False
    total = sum(votes.values())
    (best, w1), (second, w2) = sorted(votes.items(), key=lambda kv: -kv[1])[:2]
    if w2 < split_frac * total:
        return False
    low1, low2 = (names_from_offset([lowest_slot], o)[0] for o in (best, second))
    qc.append(
        qc_flag(
            "classes_disagree",
            f"the network classes of {100 * w1 / total:.0f} % of the body volume name the lowest "
            f"body {low1}, of {100 * w2 / total:.0f} % {low2}: names may be a level off",
        )
    )
    return True


def _disc_components(
    arr: np.ndarray,
    disc_labels: dict[int, str],
    affine: np.ndarray,
    curve: SpineCurve,
    voxel_mm3: float,
    cfg: LevelsConfig,
) -> list[_Body]:
    if not disc_labels:
        return []
    comps = _components(arr, sorted(disc_labels), voxel_mm3, cfg.speck_mm3)
    _update(comps, affine, curve)
    return comps


def _named_mask(
    arr: np.ndarray,
    bodies: list[_Body],
    disc_comps: list[_Body],
    vert_labels: dict[int, str | None],
    disc_labels: dict[int, str],
    off_curve_mm: float,
) -> tuple[np.ndarray, list[int]]:
    """(mask, value of each body): ``arr`` with every kept body's voxels set to the value of its
    name and every disc component between two adjacent named bodies (and within ``off_curve_mm``
    of the spine curve) to the value of their disc.

    An anonymous body keeps its own label. A name outside the label vocabulary (flagged
    ``unexpected_level``) gets a value of its own, so that no two names share one: its standard
    value (``spinelab.anatomy.MASK_VALUES``) when the mask does not use it, else the next free
    one. Vertebra voxels of no kept body (dropped spurious pieces) become 0; other labels (canal)
    are untouched."""
    from spinelab.anatomy import MASK_VALUES

    value_of: dict[str, int] = {}
    for v, n in sorted({**vert_labels, **disc_labels}.items()):
        if n is not None:
            value_of.setdefault(n, v)
    used = {int(x) for x in np.unique(arr)} | set(value_of.values())
    for b in bodies:
        if b.cls is not None and b.name not in value_of:
            v = MASK_VALUES.get(b.name, -1)
            value_of[b.name] = v if v > 0 and v not in used else max(used) + 1
            used.add(value_of[b.name])
    out = arr.copy()
    out[np.isin(arr, list(vert_labels))] = 0
    values = []
    for b in bodies:
        v = value_of.get(b.name, b.label)
        out[tuple(b.idx.T)] = v
        values.append(v)
    for u, low in zip(bodies[:-1], bodies[1:], strict=True):
        dv = value_of.get(disc_name(u.name, low.name)) if low.slot - u.slot == 1 else None
        if dv is not None:
            for c in disc_comps:
                if u.s < c.s < low.s and c.dist < off_curve_mm:
                    out[tuple(c.idx.T)] = dv
    return out, values


def _disc_dict(name: str, g: DiscGeometry) -> dict[str, Any]:
    return {
        "name": name,
        "center_mm": [float(x) for x in g.center],
        "normal": [float(x) for x in g.normal],
    }


def _plate_opposite(
    b: _Body, other_plate: np.ndarray, towards: np.ndarray, affine: np.ndarray
) -> np.ndarray | None:
    """A body's endplate on the ``towards`` side, under the footprint of its other endplate.

    The body axis is the other endplate's normal. Of the patches found under 1.5x and 1x the
    footprint's radius, the one closer to parallel with the other endplate is kept: the wider one
    can take in the side wall of a body tilted in the voxel grid. A patch tilted > 40 deg from the
    axis is refused.
    """
    axis = orient(fit_plane(other_plate).normal, towards)
    best, best_cos = None, np.cos(np.radians(40))
    for scale in (1.5, 1.0):
        pts = lower_endplate_by_footprint(b.idx, affine, axis, other_plate, radius_scale=scale)
        if pts is not None and (c := abs(float(fit_plane(pts).normal @ axis))) >= best_cos:
            best, best_cos = pts, c
    return best


def _discs(
    bodies: list[_Body],
    disc_comps: list[_Body],
    mask: Volume,
    curve: SpineCurve,
    cfg: LevelsConfig,
    lowest_disc: str | None,
    qc: list[dict[str, str]],
) -> list[dict[str, Any]]:
    """Discs between adjacent bodies (cranial -> caudal), plus the extrapolated lowest disc
    (``lowest_disc``) and, with ``cfg.end_discs``, the lumbar discs beyond the column's ends
    that the image shows (``_end_disc``).

    ``disc_comps``: components of the segmented disc labels (``_disc_components``)."""
    affine = mask.affine
    pairs = list(zip(bodies[:-1], bodies[1:], strict=True))
    # pass 1: facing endplates of every adjacent pair; implausible ones (far off the curve) dropped
    plates: list[tuple[np.ndarray, np.ndarray] | None] = []
    for u, low in pairs:
        pl = None
        if low.slot - u.slot == 1 and not (u.partial or low.partial):
            caudal = curve.tangent_at((u.s + low.s) / 2)
            pl = facing_endplates(u.idx, low.idx, affine, caudal, gap_max_mm=cfg.gap_max_mm)
            if pl is not None:
                centre = (pl[0].mean(axis=0) + pl[1].mean(axis=0)) / 2
                if float(curve.project(centre)[1][0]) > cfg.off_curve_mm:
                    pl = None
        plates.append(pl)
    half_heights = []
    for pl in plates:
        if pl is not None:
            n_pair = disc_from_endplates(pl[0], pl[1], np.array([0.0, 0.0, 1.0])).normal
            half_heights.append(abs(float((pl[0].mean(axis=0) - pl[1].mean(axis=0)) @ n_pair)) / 2)
    half = float(np.median(half_heights)) if half_heights else cfg.default_half_disc_mm
    # pass 2: geometry per disc
    out: list[dict[str, Any]] = []
    for i, (u, low) in enumerate(pairs):
        if low.slot - u.slot != 1:
            continue
        if not (is_vertebra_name(u.name) and is_vertebra_name(low.name)):
            continue  # bodies counted off the name ladder (flagged unexpected_level): no disc name
        name = disc_name(u.name, low.name)
        s_mid = (u.s + low.s) / 2
        cranial = -curve.tangent_at(s_mid)
        between = [c for c in disc_comps if u.s < c.s < low.s and c.dist < cfg.off_curve_mm]
        if between:
            d = max(between, key=lambda c: c.n)
            pts = d.idx @ affine[:3, :3].T + affine[:3, 3]
            normal = orient(fit_plane(pts).normal, cranial)
            out.append(_disc_dict(name, DiscGeometry(pts.mean(axis=0), normal, None, None)))
            continue
        if plates[i] is not None:
            out.append(_disc_dict(name, disc_from_endplates(plates[i][0], plates[i][1], cranial)))  # type: ignore[index]
            continue
        # one side only: the lower body's upper endplate (from its lower one) or vice versa
        g: DiscGeometry | None = None
        below = plates[i + 1] if i + 1 < len(plates) else None
        above = plates[i - 1] if i > 0 else None
        if (
            below is not None
            and (pts := _plate_opposite(low, below[0], cranial, affine)) is not None
        ):
            n = orient(fit_plane(pts).normal, cranial)
            g, how = (
                DiscGeometry(fit_plane(pts).centre + n * half, n, None, None),
                f"upper endplate of {low.name}",
            )
        elif (
            above is not None
            and (pts := _plate_opposite(u, above[1], -cranial, affine)) is not None
        ):
            n = orient(fit_plane(pts).normal, cranial)
            g, how = (
                DiscGeometry(fit_plane(pts).centre - n * half, n, None, None),
                f"lower endplate of {u.name}",
            )
        if g is None:
            g, how = DiscGeometry(curve.point_at(s_mid), cranial, None, None), "spine curve"
        qc.append(
            qc_flag(
                "disc_geometry_fallback",
                f"{name}: no pair of facing endplates; placed from the {how} (half disc height {half:.1f} mm)",
            )
        )
        out.append(_disc_dict(name, g))
    first_plate = plates[0][0] if plates and plates[0] is not None else None
    last_plate = plates[-1][1] if plates and plates[-1] is not None else None
    if lowest_disc is not None:
        out.append(_extrapolate_end(bodies[-1], lowest_disc, last_plate, affine, curve, half, qc))
    if not cfg.end_discs:
        return out
    ends = [(bodies[0], -1, first_plate)]
    if lowest_disc is None:
        ends.append((bodies[-1], 1, last_plate))
    for b, sign, plate in ends:
        if b.small_end:  # flagged partial_body: its far endplate may not be its own
            continue
        end = _end_disc(b, sign, plate, mask, curve, half, qc)
        if end is not None:
            out.insert(0 if sign < 0 else len(out), end)
    return out


def _end_disc(
    b: _Body,
    sign: int,
    facing_plate: np.ndarray | None,
    mask: Volume,
    curve: SpineCurve,
    half: float,
    qc: list[dict[str, str]],
) -> dict[str, Any] | None:
    """The disc beyond end body ``b`` (``sign`` -1: above the highest body, +1: below the
    lowest), or None.

    Given only for a body whose disc beyond is a lumbar disc
    (``anatomy.DISCS``: T12-L1 .. L5-S1) and when the image goes on past that disc: at least the
    body's extent beyond its centroid plus two half disc heights (``half``, mm) along the curve.
    Placed from the body's endplate on that side (found opposite ``facing_plate``, its endplate
    facing its neighbour) + ``half``: a segmented disc component there is not used, since
    without the vertebra beyond nothing tells a lateral piece of disc class from the disc."""
    if not is_vertebra_name(b.name):
        return None
    other = ladder_name(ladder_index(b.name) + sign)
    name = disc_name(other, b.name) if sign < 0 else disc_name(b.name, other)
    if name not in DISCS:
        return None
    reach = _reach(b, mask.affine, sign * curve.tangent_at(b.s))
    if _view_beyond(b, curve, mask, sign) < reach + 2 * half:
        return None
    return _extrapolate_end(b, name, facing_plate, mask.affine, curve, half, qc, sign)


def _reach(b: _Body, affine: np.ndarray, direction: np.ndarray) -> float:
    """How far (mm) body ``b`` reaches from its centroid along unit ``direction`` (LPS; the 95th
    percentile of its voxels' offsets)."""
    return float(np.quantile(_offsets(b, affine, b.centroid, direction), 0.95))


def _extrapolate_end(
    b: _Body,
    name: str,
    facing_plate: np.ndarray | None,
    affine: np.ndarray,
    curve: SpineCurve,
    half: float,
    qc: list[dict[str, str]],
    sign: int = 1,
) -> dict[str, Any]:
    """The disc beyond end body ``b`` (``sign`` +1: below it, -1: above it): its endplate on
    that side + the median half disc height ``half`` (mm); the normal points cranially.

    ``facing_plate``: ``b``'s endplate facing its neighbour in the column (its own axis, for a
    wedged L5 under strong lordosis); without it, or without an endplate opposite, the spine
    curve is followed from the centroid."""
    away = sign * curve.tangent_at(b.s)
    cranial = -curve.tangent_at(b.s)
    side = "lower" if sign > 0 else "upper"
    pts = _plate_opposite(b, facing_plate, away, affine) if facing_plate is not None else None
    if pts is not None:
        plate = fit_plane(pts)
        center = plate.centre + orient(plate.normal, away) * half
        normal = orient(plate.normal, cranial)
        how = f"{side} endplate of {b.name} + {half:.1f} mm (median half disc height)"
    else:
        extent = _reach(b, affine, away)
        center = curve.point_at(b.s + sign * (extent + half))
        normal = cranial
        where = "below" if sign > 0 else "above"
        how = f"spine curve {extent + half:.0f} mm {where} the centroid of {b.name}"
    qc.append(qc_flag("extrapolated_disc", f"{name} placed from the {how}"))
    return _disc_dict(name, DiscGeometry(center, normal, None, None))
