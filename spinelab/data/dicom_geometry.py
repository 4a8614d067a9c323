"""Split the slices of a series into consistent stacks and build each stack's affine.

A *stack* is a set of slices that forms one regular volume: same ImageOrientationPatient (within
``angle_tol_deg``), same matrix size and pixel spacing, same in-plane origin (the ImagePosition
projected on the row/column directions, within ``inplane_tol_mm``), distinct positions along the
slice normal with one regular spacing. A lumbar axial series with one tilted block per disc
splits into one stack per block. Slices are sorted ascending along ``n = row_dir x col_dir``.

Affine convention (the whole package): array index (slice, row, column) -> LPS mm, i.e.
``x = IPP_0 + s * spacing * n + r * PixelSpacing[0] * col_dir + c * PixelSpacing[1] * row_dir``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from spinelab.data.dicom_headers import SliceHeader


@dataclass(frozen=True)
class GeometryTolerance:
    """Tolerances for grouping slices into stacks (defaults absorb scanner float noise only)."""

    angle_tol_deg: float = 0.5
    inplane_tol_mm: float = 0.1
    duplicate_tol_mm: float = 0.01
    spacing_rel_tol: float = 0.02
    spacing_abs_tol_mm: float = 0.05

    def same_spacing(self, a: float, b: float) -> bool:
        """True when two slice gaps are equal within tolerance."""
        return abs(a - b) <= max(self.spacing_abs_tol_mm, self.spacing_rel_tol * max(a, b))


@dataclass
class Stack:
    """One consistent stack: ``members`` index the input headers, sorted along ``normal``."""

    members: list[int]
    row_dir: np.ndarray  # (3,) LPS unit vector: direction of increasing column index
    col_dir: np.ndarray  # (3,) LPS unit vector: direction of increasing row index
    normal: np.ndarray  # (3,) row_dir x col_dir
    positions: np.ndarray  # (n,) mm along normal, ascending
    spacing: float  # mm between slices (SpacingBetweenSlices/SliceThickness for one slice)
    pixel_spacing: tuple[float, float]
    shape: tuple[int, int]  # (rows, columns)
    origin: np.ndarray  # (3,) IPP of the first slice

    @property
    def affine(self) -> np.ndarray:
        """4x4 map from (slice, row, column, 1) to LPS mm."""
        a = np.eye(4)
        a[:3, 0] = self.normal * self.spacing
        a[:3, 1] = self.col_dir * self.pixel_spacing[0]
        a[:3, 2] = self.row_dir * self.pixel_spacing[1]
        a[:3, 3] = self.origin
        return a


@dataclass
class GeometryReport:
    """Stacks of a series plus the checks the index reports."""

    stacks: list[Stack]
    n_orientations: int
    duplicate_positions: int  # slices whose position repeats another slice of the same group
    missing_positions: int  # slices missing inside a regular run (gap = k x spacing, k >= 2)
    uniform_spacing: bool  # every stack has the same spacing and no other irregular gaps
    notes: list[str] = field(default_factory=list)

    @property
    def consistent_orientation(self) -> bool:
        """True when all slices share one orientation."""
        return self.n_orientations == 1

    @property
    def n_stacks(self) -> int:
        """Number of consistent stacks."""
        return len(self.stacks)

    @property
    def single_volume(self) -> bool:
        """True when the series is one regular volume (one stack, nothing missing/duplicated)."""
        return self.n_stacks == 1 and self.duplicate_positions == 0 and self.missing_positions == 0


def _cluster(values: np.ndarray, tol: float) -> list[list[int]]:
    """Greedy clustering of row vectors: each item joins the first cluster whose first member
    is within ``tol`` (max abs difference), else opens a new one."""
    reps: list[np.ndarray] = []
    groups: list[list[int]] = []
    for i, v in enumerate(values):
        for g, r in enumerate(reps):
            if np.max(np.abs(v - r)) <= tol:
                groups[g].append(i)
                break
        else:
            reps.append(v)
            groups.append([i])
    return groups


def _runs_by_position(pos: np.ndarray, tol: GeometryTolerance) -> list[list[int]]:
    """Split position-sorted slices (indices into ``pos``) into runs of one regular gap."""
    order = list(np.argsort(pos, kind="stable"))
    runs: list[list[int]] = [[order[0]]]
    gap: float | None = None
    for prev, cur in zip(order[:-1], order[1:], strict=True):
        g = float(pos[cur] - pos[prev])
        if gap is None or tol.same_spacing(g, gap):
            runs[-1].append(cur)
            gap = g if gap is None else gap
        else:
            runs.append([cur])
            gap = None
    return runs


def _runs_by_instance(pos: np.ndarray, inst: np.ndarray, tol: GeometryTolerance) -> list[list[int]]:
    """Split slices in instance-number order into runs with one constant signed step."""
    order = list(np.lexsort((pos, inst)))
    runs: list[list[int]] = [[order[0]]]
    step: float | None = None
    for prev, cur in zip(order[:-1], order[1:], strict=True):
        s = float(pos[cur] - pos[prev])
        ok = abs(s) > tol.duplicate_tol_mm and (
            step is None or (np.sign(s) == np.sign(step) and tol.same_spacing(abs(s), abs(step)))
        )
        if ok:
            runs[-1].append(cur)
            step = s if step is None else step
        else:
            runs.append([cur])
            step = None
    return [sorted(r, key=lambda i: pos[i]) for r in runs]


def _layers(pos: np.ndarray, inst: np.ndarray, tol: GeometryTolerance) -> list[list[int]]:
    """Separate repeated positions into layers: the k-th slice (by instance number) at each
    position goes to layer k, so every layer has distinct positions."""
    order = np.lexsort((inst, pos))
    layers: list[list[int]] = []
    k = 0
    last = None
    for i in order:
        if last is not None and abs(pos[i] - last) <= tol.duplicate_tol_mm:
            k += 1
        else:
            k = 0
            last = pos[i]
        while len(layers) <= k:
            layers.append([])
        layers[k].append(int(i))
    return layers


def split_stacks(
    headers: Sequence[SliceHeader],
    *,
    tol: GeometryTolerance | None = None,
    default_spacing: float | None = None,
) -> GeometryReport:
    """Group slices into consistent stacks (see module docstring) and report the checks.

    ``default_spacing`` (mm) is used for one-slice stacks (else their SpacingBetweenSlices,
    SliceThickness, or 1.0). Stacks are ordered by their first slice's instance number.
    """
    tol = tol or GeometryTolerance()
    if not headers:
        return GeometryReport([], 0, 0, 0, True, ["no slices"])
    iop = np.array([h.iop for h in headers], dtype=float)
    iop = iop / np.linalg.norm(iop.reshape(-1, 2, 3), axis=2).repeat(3, axis=1)
    # cosines differ by < sin(tol) <=> angle < tol (small angles)
    orient_groups = _cluster(iop, float(np.sin(np.radians(tol.angle_tol_deg))))
    inst = np.array(
        [h.instance_number if h.instance_number is not None else i for i, h in enumerate(headers)],
        dtype=float,
    )
    stacks: list[Stack] = []
    duplicates = 0
    missing = 0
    irregular = False
    notes: list[str] = []
    for og in orient_groups:
        rdir = iop[og[0], :3]
        cdir = iop[og[0], 3:]
        normal = np.cross(rdir, cdir)
        normal /= np.linalg.norm(normal)
        # same matrix/pixel size and same in-plane origin
        key = np.array(
            [
                [
                    headers[i].rows * 10.0,
                    headers[i].columns * 10.0,
                    headers[i].pixel_spacing[0] * 1e3,
                    headers[i].pixel_spacing[1] * 1e3,
                    float(np.dot(headers[i].ipp, rdir)) / tol.inplane_tol_mm,
                    float(np.dot(headers[i].ipp, cdir)) / tol.inplane_tol_mm,
                ]
                for i in og
            ]
        )
        for sub in _cluster(key, 1.0):
            members = np.array([og[j] for j in sub])
            pos = np.array([float(np.dot(headers[i].ipp, normal)) for i in members])
            layers = _layers(pos, inst[members], tol)
            duplicates += sum(len(layer) for layer in layers[1:])
            for layer in layers:
                lpos = pos[layer]
                by_pos = _runs_by_position(lpos, tol)
                by_inst = _runs_by_instance(lpos, inst[members][layer], tol)
                runs = by_inst if len(by_inst) < len(by_pos) else by_pos
                gaps_all = np.diff(np.sort(lpos))
                ref = [float(np.median(np.diff(lpos[r]))) for r in runs if len(r) > 1]
                if ref:
                    s = float(np.median(ref))
                    for g in gaps_all:
                        k = int(round(g / s))
                        if k >= 1 and tol.same_spacing(g, k * s):
                            missing += k - 1
                        else:
                            irregular = True
                for r in runs:
                    idx = [int(members[layer[j]]) for j in r]
                    p = lpos[r]
                    h0 = headers[idx[0]]
                    if len(r) > 1:
                        spacing = float((p[-1] - p[0]) / (len(r) - 1))
                    else:
                        spacing = float(
                            default_spacing
                            or h0.spacing_between_slices
                            or h0.slice_thickness
                            or 1.0
                        )
                    stacks.append(
                        Stack(
                            members=idx,
                            row_dir=rdir.copy(),
                            col_dir=cdir.copy(),
                            normal=normal.copy(),
                            positions=p.copy(),
                            spacing=spacing,
                            pixel_spacing=h0.pixel_spacing,
                            shape=(h0.rows, h0.columns),
                            origin=np.array(h0.ipp, dtype=float),
                        )
                    )
    stacks.sort(key=lambda st: (min(inst[i] for i in st.members), st.positions[0]))
    spacings = [st.spacing for st in stacks if len(st.members) > 1]
    uniform = not irregular and all(tol.same_spacing(s, spacings[0]) for s in spacings)
    if duplicates:
        notes.append(f"{duplicates} slices repeat a position")
    if missing:
        notes.append(f"{missing} positions missing inside a regular run")
    return GeometryReport(stacks, len(orient_groups), duplicates, missing, uniform, notes)
