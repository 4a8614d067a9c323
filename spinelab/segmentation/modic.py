"""Voxel-wise Modic map: sagittal T1 + T2 -> endplate marrow typed 0/1/2/3 on the T1 grid.

``map_modic(t1, t2, mask, levels)`` does the work on loaded volumes (rules: :mod:`.modic_rules`;
the command, study directory or T1/T2 files in and files out: :mod:`.modic_io`). Steps:

1. registration: the T2 is resampled onto the T1 grid through the two affines (LPS mm; linear),
   the vertebra mask (any grid, normally the sagittal T2's) likewise (nearest); T1 voxels the
   T2 does not cover are invalid and never typed;
2. bodies: connected pieces of each vertebra label on the T1 grid; each body's endplates face the
   nearest disc plane of ``levels`` (levels.json: centre, cranial unit normal) above and below;
3. zones: a body voxel's depth below an endplate is measured along that disc's normal (a ray
   through the mask), so the band follows the endplate and never the anterior/posterior cortex.
   Band = depth <= ``band_mm``, at least ``edge_margin_mm`` from any surface; it belongs to the
   disc it faces (lower endplate of L4 and upper endplate of L5 -> L4-L5). Core = deeper than
   ``band_mm + reference_gap_mm`` from both endplates;
4. reference: the patient's normal marrow signal from the core voxels (``reference.model``:
   a robust quadratic fit of log signal in LPS mm that absorbs a smooth bias field, or
   per-vertebra / pooled medians); ratios r1 = T1 / ref1, r2 = T2 / ref2;
5. typing by the rules (``modic_rules.yaml``, validated by :class:`ModicConfig`), then removal of
   connected components (6-connected, per type) below ``min_component_mm3``;
6. per disc level (REPORT_LABELS rows, finding ``modic``): affected volume in mm3 and fraction of
   the endplate band; levels with no band are returned as failures with a reason.

Only marrow inside the vertebra mask is typed: a segmenter that leaves changed marrow out of the
body (e.g. very dark sclerotic type 3 labelled as disc) makes the map miss it (``--mask`` with a
reference mask isolates that from the map).
"""


from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from scipy import ndimage

from spinelab.data.volume import Volume
from spinelab.schema import LEVELS
from spinelab.segmentation.modic_rules import (
    GeometryConfig,
    LevelConfig,
    ModicConfig,
    ModicTypeRule,
    load_modic_config,
)

#: Map value -> REPORT_LABELS value.
MODIC_VALUES: dict[int, str] = {0: "none", 1: "type1", 2: "type2", 3: "type3"}
#: Columns of ``modic_levels.csv``: the schema's, then the measurements.
LEVEL_COLUMNS: tuple[str, ...] = (
    "report_id", "level", "finding", "value", "uncertain", "volume_mm3", "band_mm3",
    "band_fraction", "type1_mm3", "type2_mm3", "type3_mm3", "endplates",
)
_CONN6 = ndimage.generate_binary_structure(3, 1)


class ModicInputError(ValueError):
    """A study or volume pair cannot be mapped; names the item and the reason."""

    def __init__(self, item: str | Path, reason: str) -> None:
        super().__init__(f"{item}: {reason}")
        self.item, self.reason = str(item), reason


# --------------------------------------------------------------------------- registration
def resample_to(moving: Volume, target: Volume, *, order: int) -> tuple[np.ndarray, np.ndarray]:
    """``moving`` sampled at ``target``'s voxel centres through both affines (LPS mm).

    Returns (values in target's array shape and axis order, valid: True where the point lies
    within moving's voxel extent). ``order`` 1 = linear (images), 0 = nearest (label masks,
    dtype kept); invalid voxels are 0.
    """
    m = np.linalg.inv(moving.affine) @ target.affine  # target index -> moving index
    grid = np.indices(target.array.shape, dtype=np.float64).reshape(3, -1)
    coords = m[:3, :3] @ grid + m[:3, 3:4]
    shape = np.array(moving.array.shape, dtype=float)[:, None]
    valid = np.all((coords >= -0.5) & (coords <= shape - 0.5), axis=0)
    src = np.asarray(moving.array)
    if order == 0:
        idx = np.clip(np.rint(coords), 0, shape - 1).astype(np.intp)
        vals = src[idx[0], idx[1], idx[2]]
    else:
        vals = ndimage.map_coordinates(src.astype(np.float32), coords, order=order, mode="nearest")
    vals = np.where(valid, vals, 0).astype(src.dtype if order == 0 else np.float32)
    return vals.reshape(target.array.shape), valid.reshape(target.array.shape)


# --------------------------------------------------------------------------- bodies, zones
@dataclass
class Body:
    """One vertebral body on the T1 grid: its mask value, voxel indices (N, 3), centroid (LPS
    mm) and the discs its upper / lower endplates face (None: no disc plane on that side)."""

    value: int
    voxels: np.ndarray
    centroid_mm: np.ndarray
    disc_above: dict[str, Any] | None = None
    disc_below: dict[str, Any] | None = None


def find_bodies(mask: Volume, vertebra_values: Sequence[int], *, min_body_mm3: float) -> list[Body]:
    """Connected pieces (6-connected) of each vertebra value of ``mask`` of at least
    ``min_body_mm3``, each a :class:`Body` (voxel indices in ``mask``'s grid)."""
    voxel_mm3 = float(np.prod(mask.spacing))
    arr = np.asarray(mask.array)
    bodies: list[Body] = []
    for v in sorted(set(int(x) for x in vertebra_values)):
        comp, n = ndimage.label(arr == v, structure=_CONN6)
        if n == 0:
            continue
        sizes = np.bincount(comp.ravel())
        for k in range(1, n + 1):
            if sizes[k] * voxel_mm3 < min_body_mm3:
                continue
            vox = np.argwhere(comp == k)
            bodies.append(Body(v, vox, mask.index_to_mm(vox.mean(axis=0))))
    return bodies


def assign_discs(bodies: list[Body], discs: Sequence[dict[str, Any]], *, max_distance_mm: float,
                 max_offset_mm: float) -> None:
    """Set each body's ``disc_above`` / ``disc_below``: the nearest disc (levels.json entry:
    ``name``, ``center_mm``, cranial unit ``normal``, LPS mm) whose centre lies on that side of
    the body centroid within ``max_distance_mm`` along its normal, the centroid within
    ``max_offset_mm`` of the disc's axis (so posterior-element pieces face no disc)."""
    for b in bodies:
        best: dict[str, tuple[float, dict[str, Any]]] = {}
        for d in discs:
            c, n = np.asarray(d["center_mm"], float), np.asarray(d["normal"], float)
            off = c - b.centroid_mm
            t = float(off @ n)
            across = float(np.linalg.norm(off - t * n))
            if abs(t) > max_distance_mm or across > max_offset_mm or t == 0:
                continue
            side = "above" if t > 0 else "below"
            if side not in best or abs(t) < best[side][0]:
                best[side] = (abs(t), d)
        b.disc_above = best["above"][1] if "above" in best else None
        b.disc_below = best["below"][1] if "below" in best else None


@dataclass
class Zones:
    """Endplate bands and core marrow on the T1 grid.

    ``level``: int8, index into ``schema.LEVELS`` of the disc a band voxel faces, -1 elsewhere
    (also for bands facing a disc outside LEVELS); ``band``: bool, every band voxel; ``core``:
    bool, reference marrow; ``body``: int16, 1-based body index (0 none); ``depth``: float32 mm
    below the body surface (0 outside and on the mask's outer voxel layer); ``endplates``: level
    -> number of endplates (1 or 2) that have band voxels.
    """

    level: np.ndarray
    band: np.ndarray
    core: np.ndarray
    body: np.ndarray
    depth: np.ndarray
    endplates: dict[str, int] = field(default_factory=dict)


def _ray_depth(inside: np.ndarray, start: np.ndarray, step_idx: np.ndarray, n_steps: int,
               step_mm: float) -> np.ndarray:
    """Distance (mm) from voxel centres ``start`` (N, 3) along ``step_idx`` (index units per
    step) to the first sample outside ``inside`` (outside the array counts as outside); samples
    are taken every ``step_mm`` up to ``n_steps``; never left -> inf. The surface is put half a
    step before the first outside sample."""
    depth = np.full(len(start), np.inf)
    alive = np.ones(len(start), dtype=bool)
    shape = np.array(inside.shape)
    for k in range(1, n_steps + 1):
        if not alive.any():
            break
        q = np.rint(start[alive] + k * step_idx).astype(np.intp)
        ok = np.all((q >= 0) & (q < shape), axis=1)
        ins = np.zeros(len(q), dtype=bool)
        ins[ok] = inside[q[ok, 0], q[ok, 1], q[ok, 2]]
        idx = np.flatnonzero(alive)[~ins]
        depth[idx] = (k - 0.5) * step_mm
        alive[idx] = False
    return depth


def endplate_zones(grid: Volume, bodies: list[Body], geometry: GeometryConfig) -> Zones:
    """Endplate bands (by the disc they face) and core marrow of ``bodies`` on ``grid``'s voxels
    (``grid.array`` is not read; its shape and affine are). Bodies need ``assign_discs`` first;
    a body with no disc on either side gets no zone."""
    shape = grid.array.shape
    body_id = np.zeros(shape, dtype=np.int16)
    for i, b in enumerate(bodies, start=1):
        body_id[tuple(b.voxels.T)] = i
    inside_any = body_id > 0
    spacing = grid.spacing
    # depth below the surface: distance to the nearest outside voxel centre minus half a voxel;
    # the mask's boundary layer is never deep (through-slice partial volume, mask resampling)
    edge = ndimage.distance_transform_edt(inside_any, sampling=spacing) - 0.5 * float(spacing.min())
    edge[~ndimage.binary_erosion(inside_any, structure=_CONN6)] = 0.0
    level = np.full(shape, -1, dtype=np.int8)
    band = np.zeros(shape, dtype=bool)
    core = np.zeros(shape, dtype=bool)
    endplates: dict[str, int] = {}
    step_mm = 0.25 * float(spacing.min())
    reach = geometry.band_mm + geometry.reference_gap_mm
    n_steps = int(np.ceil(reach / step_mm)) + 1
    to_index = np.linalg.inv(grid.affine[:3, :3])
    for i, b in enumerate(bodies, start=1):
        if b.disc_above is None and b.disc_below is None:
            continue
        above, below = b.disc_above or b.disc_below, b.disc_below or b.disc_above
        assert above is not None and below is not None
        n_up = np.array(above["normal"], dtype=float)
        n_down = np.array(below["normal"], dtype=float)
        inside = body_id == i
        vox = b.voxels.astype(float)
        d_up = _ray_depth(inside, vox, to_index @ n_up * step_mm, n_steps, step_mm)
        d_down = _ray_depth(inside, vox, -(to_index @ n_down) * step_mm, n_steps, step_mm)
        deep = edge[tuple(b.voxels.T)] > geometry.edge_margin_mm
        up = deep & (d_up <= geometry.band_mm) & (d_up <= d_down)
        down = deep & (d_down <= geometry.band_mm) & ~up
        is_core = deep & (d_up > reach) & (d_down > reach)
        core[tuple(b.voxels[is_core].T)] = True
        for sel, disc in ((up, b.disc_above), (down, b.disc_below)):
            if not sel.any():
                continue
            band[tuple(b.voxels[sel].T)] = True
            if disc is None or disc["name"] not in LEVELS:
                continue
            level[tuple(b.voxels[sel].T)] = LEVELS.index(disc["name"])
            endplates[disc["name"]] = endplates.get(disc["name"], 0) + 1
    return Zones(level=level, band=band, core=core, body=body_id, depth=edge.astype(np.float32),
                 endplates=endplates)


# ------------------------------------------------------------------------------ reference
def _design(points_mm: np.ndarray, centre: np.ndarray) -> np.ndarray:
    """Quadratic monomials of (points - centre) / 100 mm: 1, x, y, z, x2, y2, z2, xy, xz, yz."""
    u = (points_mm - centre) / 100.0
    x, y, z = u.T
    return np.stack([np.ones_like(x), x, y, z, x * x, y * y, z * z, x * y, x * z, y * z], axis=1)


@dataclass
class Reference:
    """Normal marrow signal of one channel: ``predict(points_mm)`` -> reference signal; ``mad``
    = robust spread of log(signal / reference) over the core (noise + texture)."""

    model: str
    centre: np.ndarray
    coef: np.ndarray | None = None
    per_body: dict[int, float] = field(default_factory=dict)
    pooled: float = 1.0
    mad: float = 0.0
    n: int = 0

    def predict(self, points_mm: np.ndarray, body: np.ndarray | None = None) -> np.ndarray:
        """Reference signal at LPS points (N, 3); ``body`` (N,) 1-based body ids (per_vertebra)."""
        if self.model == "smooth" and self.coef is not None:
            return np.exp(_design(points_mm, self.centre) @ self.coef)
        if self.model == "per_vertebra" and body is not None:
            lut = np.full(int(max(self.per_body, default=0)) + 2, self.pooled)
            for k, v in self.per_body.items():
                lut[k] = v
            return lut[np.clip(body, 0, len(lut) - 1)]
        return np.full(len(points_mm), self.pooled)

    def summary(self) -> dict[str, Any]:
        """JSON-ready description (model, pooled median, log-MAD, core voxels)."""
        return {"model": self.model, "median": round(self.pooled, 3), "log_mad": round(self.mad, 4), "n": self.n}


def fit_reference(signal: np.ndarray, points_mm: np.ndarray, body: np.ndarray, *, model: str,
                  min_voxels: int, item: str = "") -> Reference:
    """Normal marrow reference from core voxels: ``signal`` (N,), ``points_mm`` (N, 3) LPS,
    ``body`` (N,) 1-based body ids. ``smooth``: log signal fitted by a quadratic in position
    (four rounds, dropping residuals beyond 3 robust sd); raises ``ModicInputError`` with fewer
    than ``min_voxels`` core voxels."""
    s = np.maximum(np.asarray(signal, float), 1e-3)
    if len(s) < min_voxels:
        raise ModicInputError(item, f"only {len(s)} core marrow voxels (need {min_voxels}, reference.min_mm3): "
                                    "the segmented vertebral bodies cover too little marrow for a reference")
    logs = np.log(s)
    centre = points_mm.mean(axis=0)
    ref = Reference(model, centre, pooled=float(np.exp(np.median(logs))), n=len(s))
    if model == "smooth":
        a = _design(points_mm, centre)
        keep = np.ones(len(s), dtype=bool)
        for _ in range(4):
            coef, *_ = np.linalg.lstsq(a[keep], logs[keep], rcond=None)
            res = logs - a @ coef
            mad = 1.4826 * float(np.median(np.abs(res[keep] - np.median(res[keep]))))
            keep = np.abs(res) <= 3.0 * max(mad, 1e-6)
        ref.coef = coef
    elif model == "per_vertebra":
        for k in np.unique(body):
            sel = body == k
            if sel.sum() >= min_voxels:
                ref.per_body[int(k)] = float(np.exp(np.median(logs[sel])))
    res = logs - np.log(ref.predict(points_mm, body))
    ref.mad = 1.4826 * float(np.median(np.abs(res - np.median(res))))
    return ref


# ------------------------------------------------------------------------ typing, cleaning
def classify_ratios(r1: np.ndarray, r2: np.ndarray, rules: Sequence[ModicTypeRule],
                    depth_mm: np.ndarray | None = None) -> np.ndarray:
    """Modic type (uint8 0 none, 1/2/3) of voxels with T1 ratio ``r1`` and T2 ratio ``r2`` to
    normal marrow (any equal shapes); the rules are disjoint (checked by ModicConfig). With
    ``depth_mm`` (mm below the body surface, same shape) a rule's ``min_depth_mm`` applies."""
    out = np.zeros(np.shape(r1), dtype=np.uint8)
    for rule in rules:
        hit = rule.t1.holds(r1) & rule.t2.holds(r2)
        if depth_mm is not None and rule.min_depth_mm is not None:
            hit &= depth_mm >= rule.min_depth_mm
        out[hit] = rule.type
    return out


def remove_small_components(types: np.ndarray, spacing: np.ndarray, min_mm3: float) -> np.ndarray:
    """Per type, drop 6-connected 3-D components under ``min_mm3`` (voxel volume from
    ``spacing``, mm per array axis); returns a cleaned copy."""
    out = types.copy()
    voxel = float(np.prod(spacing))
    for t in (1, 2, 3):
        comp, n = ndimage.label(types == t, structure=_CONN6)
        if n == 0:
            continue
        small = np.flatnonzero(np.bincount(comp.ravel()) * voxel < min_mm3)
        small = small[small > 0]
        out[np.isin(comp, small)] = 0
    return out


# ------------------------------------------------------------------------------ levels
def level_value(volumes: dict[int, float], band_mm3: float, cfg: LevelConfig) -> str:
    """The level's REPORT_LABELS value from its affected volume per type (mm3) and band volume:
    ``none`` below the minimum volume or band fraction, else the lowest type with at least
    ``mixed_min_share`` of the affected volume (else the largest)."""
    total = sum(volumes.values())
    if total <= 0 or total < cfg.min_volume_mm3 or total < cfg.min_band_fraction * band_mm3:
        return "none"
    shares = {t: v / total for t, v in volumes.items()}
    mixed = [t for t in sorted(shares) if shares[t] >= cfg.mixed_min_share]
    return MODIC_VALUES[mixed[0] if mixed else max(shares, key=lambda t: shares[t])]


def level_table(types: np.ndarray, zones: Zones, valid: np.ndarray, spacing: np.ndarray, *,
                report_id: str, cfg: LevelConfig, discs: Sequence[str]) -> tuple[pd.DataFrame, list[dict[str, str]]]:
    """One ``modic`` row per disc level with an endplate band (LEVEL_COLUMNS) and, for each
    level of LEVELS without one, a failure {report_id, level, reason}. ``discs``: the disc names
    the levels file has."""
    voxel = float(np.prod(spacing))
    rows, failures = [], []
    for i, name in enumerate(LEVELS):
        sel = (zones.level == i) & valid
        band = float(sel.sum()) * voxel
        if band <= 0:
            why = ("no endplate band: no segmented vertebra faces this disc on the T1 grid"
                   if name in discs else "the levels have no such disc (not segmented)")
            failures.append({"report_id": report_id, "level": name, "reason": why})
            continue
        vols = {t: float(np.count_nonzero(types[sel] == t)) * voxel for t in (1, 2, 3)}
        total = sum(vols.values())
        rows.append({
            "report_id": report_id, "level": name, "finding": "modic",
            "value": level_value(vols, band, cfg), "uncertain": False,
            "volume_mm3": round(total, 1), "band_mm3": round(band, 1),
            "band_fraction": round(total / band, 4),
            **{f"type{t}_mm3": round(v, 1) for t, v in vols.items()},
            "endplates": zones.endplates.get(name, 0),
        })
    return pd.DataFrame(rows, columns=list(LEVEL_COLUMNS)), failures


# ---------------------------------------------------------------------------- the map
@dataclass
class ModicResult:
    """A Modic map and its per-level table.

    ``map``: uint8 0 none / 1 / 2 / 3, T1 geometry (array axis order and affine of the T1).
    ``zones``: the endplate band / core (:class:`Zones`) on the same grid; ``valid``: T1
    voxels covered by the T2. ``table``: LEVEL_COLUMNS rows; ``failures``: levels not assessed.
    """

    map: Volume
    zones: Zones
    valid: np.ndarray
    table: pd.DataFrame
    failures: list[dict[str, str]]
    reference: dict[str, Any]
    config: ModicConfig
    seconds: float = 0.0


def vertebra_values(label_names: dict[int, str]) -> list[int]:
    """Mask values whose name is a vertebra ('L3', 'S1') or an anonymous body ('vertebra')."""
    from spinelab.segmentation.levels import ANONYMOUS_BODY_NAMES
    from spinelab.segmentation.levels_naming import is_vertebra_name

    return [int(v) for v, n in label_names.items()
            if int(v) > 0 and (is_vertebra_name(n) or n.lower() in ANONYMOUS_BODY_NAMES)]


def map_modic(t1: Volume, t2: Volume, mask: Volume, levels: dict[str, Any], *,
              label_names: dict[int, str], config: ModicConfig | None = None,
              report_id: str = "", item: str = "") -> ModicResult:
    """The Modic map of one patient on the T1 grid (see the module docstring).

    ``t1``, ``t2``: sagittal volumes (any grids, affines index -> LPS mm); ``mask``: vertebra
    label mask on any grid (normally the T2's) with ``label_names`` (value -> name); ``levels``:
    levels.json dict (disc ``center_mm`` / cranial ``normal``, LPS mm). Raises
    ``ModicInputError`` (naming ``item``) for no vertebral body, no disc plane or no core marrow.
    """
    t0 = time.monotonic()
    cfg = config or load_modic_config()
    item = item or str(t1.meta.get("path", "T1"))
    g = cfg.geometry
    t2_on_t1, valid = resample_to(t2, t1, order=1)
    if not valid.any():
        raise ModicInputError(item, "the T2 does not overlap the T1 in patient space (LPS mm): not one study's pair?")
    mask_on_t1, _ = resample_to(mask, t1, order=0)
    grid = Volume(mask_on_t1, t1.affine)
    values = vertebra_values(label_names)
    if not values:
        raise ModicInputError(item, f"the mask's label names {sorted(label_names.values())} name no vertebra")
    bodies = find_bodies(grid, values, min_body_mm3=g.min_body_mm3)
    if not bodies:
        raise ModicInputError(item, "the segmentation has no vertebral body on the T1 grid "
                                    f"(none of values {values} forms a piece of {g.min_body_mm3:g} mm3)")
    discs = [d for d in levels.get("discs", []) if "center_mm" in d and "normal" in d]
    if not discs:
        raise ModicInputError(item, "the levels have no disc plane: cannot tell the endplates")
    assign_discs(bodies, discs, max_distance_mm=g.max_disc_distance_mm, max_offset_mm=g.max_disc_offset_mm)
    zones = endplate_zones(grid, bodies, g)
    t1_arr = np.asarray(t1.array, dtype=np.float32)
    core = zones.core & valid
    core_idx = np.argwhere(core)
    core_mm = t1.index_to_mm(core_idx)
    body_core = zones.body[core]
    min_voxels = max(10, int(np.ceil(cfg.reference.min_mm3 / float(np.prod(t1.spacing)))))
    ref1, ref2 = (fit_reference(sig[core], core_mm, body_core, model=cfg.reference.model,
                                min_voxels=min_voxels, item=item) for sig in (t1_arr, t2_on_t1))
    typed = zones.band & valid
    band_idx = np.argwhere(typed)
    band_mm = t1.index_to_mm(band_idx)
    body_band = zones.body[typed]
    r1 = t1_arr[typed] / ref1.predict(band_mm, body_band)
    r2 = t2_on_t1[typed] / ref2.predict(band_mm, body_band)
    types = np.zeros(t1.array.shape, dtype=np.uint8)
    types[typed] = classify_ratios(r1, r2, cfg.rules, zones.depth[typed])
    types = remove_small_components(types, t1.spacing, cfg.cleaning.min_component_mm3)
    table, failures = level_table(types, zones, valid, t1.spacing, report_id=report_id, cfg=cfg.level,
                                  discs=[str(d["name"]) for d in discs])
    meta = {"source": "spinelab.segmentation.modic", "path": f"{item} (Modic map)"}
    return ModicResult(
        map=Volume(types, t1.affine.copy(), meta), zones=zones, valid=valid, table=table,
        failures=failures, reference={"t1": ref1.summary(), "t2": ref2.summary(), "bodies": len(bodies)},
        config=cfg, seconds=time.monotonic() - t0,
    )
