"""Scan planning of a synthetic study: sagittal T1/T2 and the tilted axial T2 stacks (LPS mm).

Presets (chosen by name, :func:`get_preset`):

- ``standard``: realistic sizes (sagittal 13-17 slices x 256-320^2, 0.8-1.25 mm pixels,
  3.5-4.5 mm slice spacing; axial 3-5 slices per disc x 224-288^2), a few seconds per study.
- ``small``: tiny studies for other stages' tests (sagittal 9-11 x 96-128^2 at ~2.5 mm,
  axial 2-3 slices per disc x 64-80^2), well under a second per study.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from spinelab.data.synth.anatomy_model import SpineModel
from spinelab.data.synth.render import Grid

#: Discs that get an axial stack, cranial -> caudal.
AXIAL_DISCS: tuple[str, ...] = ("L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1")


@dataclass(frozen=True)
class ProtocolPreset:
    """Ranges the per-study protocol is drawn from (sizes in voxels, lengths in mm)."""

    name: str
    sag_matrix: tuple[int, ...]
    sag_fov_mm: tuple[float, float]
    sag_slices: tuple[int, int]
    sag_spacing_mm: tuple[float, float]
    ax_matrix: tuple[int, ...]
    ax_fov_mm: tuple[float, float]
    ax_slices_per_disc: tuple[int, int]
    ax_spacing_mm: tuple[float, float]
    t1_own_grid_prob: float = 0.5  # chance that SAG T1 has its own matrix, spacing and slice positions


PRESETS: dict[str, ProtocolPreset] = {
    "standard": ProtocolPreset("standard", (256, 288, 320), (270.0, 320.0), (13, 17), (3.5, 4.5),
                               (224, 256, 288), (150.0, 200.0), (3, 5), (3.3, 4.5)),
    "small": ProtocolPreset("small", (96, 112, 128), (270.0, 320.0), (9, 11), (4.5, 5.5),
                            (64, 80), (150.0, 190.0), (2, 3), (3.5, 4.5)),
}


def get_preset(name: str) -> ProtocolPreset:
    """The preset called ``name``; ``ValueError`` listing the valid names otherwise."""
    try:
        return PRESETS[name]
    except KeyError:
        raise ValueError(f"unknown protocol preset {name!r}; valid: {sorted(PRESETS)}") from None


@dataclass(frozen=True)
class SeriesPlan:
    """One planned series: geometry of each stack and the acquisition tags.

    ``grids[k]`` is stack k (array (slice, row, col) -> LPS mm); for the axial series
    ``stack_levels[k]`` is the disc that stack was planned through and ``distances[k]`` the
    signed distance (mm, + cranial) of each slice plane from that disc's centre.
    """

    key: str
    description: str
    contrast: str  # "t1" | "t2"
    series_number: int
    grids: list[Grid]
    pixel_spacing: tuple[float, float]  # (row spacing, column spacing) as DICOM PixelSpacing
    slice_thickness: float
    slice_spacing: float
    repetition_time: float
    echo_time: float
    echo_train_length: int
    stack_levels: list[str | None]
    distances: list[np.ndarray]


def _rot(axis: np.ndarray, deg: float) -> np.ndarray:
    """Rotation matrix about a unit axis (Rodrigues)."""
    a = np.asarray(axis, float) / np.linalg.norm(axis)
    t = np.deg2rad(deg)
    k = np.array([[0, -a[2], a[1]], [a[2], 0, -a[0]], [-a[1], a[0], 0]])
    return np.eye(3) + np.sin(t) * k + (1 - np.cos(t)) * k @ k


def stack_grid(centre: np.ndarray, row_dir: np.ndarray, col_dir: np.ndarray, n_slices: int,
               matrix: tuple[int, int], pixel_mm: tuple[float, float], spacing: float) -> Grid:
    """Grid of a stack centred at ``centre``: ``row_dir`` = IOP[0:3] (along a row, column index
    increasing), ``col_dir`` = IOP[3:6]; slices along ``row_dir x col_dir`` at ``spacing`` mm.
    ``matrix`` = (rows, cols); ``pixel_mm`` = PixelSpacing (row spacing, column spacing)."""
    r = np.asarray(row_dir, float) / np.linalg.norm(row_dir)
    c = np.asarray(col_dir, float) / np.linalg.norm(col_dir)
    n = np.cross(r, c)
    rows, cols = matrix
    aff = np.eye(4)
    aff[:3, 0] = n * spacing
    aff[:3, 1] = c * pixel_mm[0]
    aff[:3, 2] = r * pixel_mm[1]
    aff[:3, 3] = (np.asarray(centre, float) - 0.5 * (n_slices - 1) * spacing * n
                  - 0.5 * (rows - 1) * pixel_mm[0] * c - 0.5 * (cols - 1) * pixel_mm[1] * r)
    return Grid((int(n_slices), int(rows), int(cols)), aff)


def t1_own_grid(t2_grid: Grid, preset: ProtocolPreset, rng: np.random.Generator
                ) -> tuple[Grid, tuple[float, float], float] | None:
    """A SAG T1 grid of its own (as sites often plan it), or None (T1 shares the T2 slices).

    With chance ``preset.t1_own_grid_prob``: another in-plane matrix over the same field of
    view, slice spacing x 0.9-1.15 over the same slab width and the slab shifted by up to half
    a slice along its normal. Returns (grid, PixelSpacing, slice spacing mm). Drawn from its own
    stream ``rng``, so the other series do not change."""
    if rng.uniform() >= preset.t1_own_grid_prob:
        return None
    a = t2_grid.affine
    n_sl, rows, cols = t2_grid.shape
    spacing = float(np.linalg.norm(a[:3, 0]))
    px = float(np.linalg.norm(a[:3, 1]))
    normal, c_dir, r_dir = (a[:3, i] / np.linalg.norm(a[:3, i]) for i in range(3))
    centre = a[:3, 3] + 0.5 * (n_sl - 1) * a[:3, 0] + 0.5 * (rows - 1) * a[:3, 1] + 0.5 * (cols - 1) * a[:3, 2]
    others = [m for m in preset.sag_matrix if m != rows] or [rows]
    matrix = int(rng.choice(others))
    px1 = round(px * rows / matrix, 4)
    sp1 = round(spacing * float(rng.uniform(0.9, 1.15)), 2)
    n1 = max(3, int(round((n_sl - 1) * spacing / sp1)) + 1)
    centre = centre + float(rng.uniform(-0.5, 0.5)) * sp1 * normal
    return stack_grid(centre, r_dir, c_dir, n1, (matrix, matrix), (px1, px1), sp1), (px1, px1), sp1


def plan_protocol(model: SpineModel, rng: np.random.Generator, preset: ProtocolPreset) -> list[SeriesPlan]:
    """Plan SAG T2, SAG T1 (same slices) and AX T2 (one stack per disc of ``AXIAL_DISCS``,
    each parallel to its disc) for a spine model."""
    # ---- sagittal: slightly oblique, centred on the lumbar spine ------------------------------
    rot = _rot(rng.normal(size=3), float(rng.uniform(0.0, 2.5)))
    r = rot @ np.array([0.0, 1.0, 0.0])  # along a row: posterior
    c = rot @ np.array([0.0, 0.0, -1.0])  # down a column: inferior
    n_sl = int(rng.integers(preset.sag_slices[0], preset.sag_slices[1] + 1))
    spacing = round(float(rng.uniform(*preset.sag_spacing_mm)), 2)
    thickness = round(spacing - float(rng.uniform(0.0, 0.8)), 2)
    matrix = int(rng.choice(preset.sag_matrix))
    fov = float(rng.uniform(*preset.sag_fov_mm))
    px = round(fov / matrix, 4)
    top = model.local_to_lps(model.vertebra("T12").s_top, 0.0, 0.0)
    bottom = model.local_to_lps(model.vertebra("S1").s_bottom, 0.0, 0.0)
    mid = 0.5 * (top + bottom)
    canal = model.local_to_lps(model.vertebra("L3").s_center, -30.0, 0.0)
    centre = np.array([model.x0 + rng.uniform(-2, 2), 0.0, 0.0])
    centre[1:] = mid[1:] + (canal[1:] - model.curve_point(model.vertebra("L3").s_center)[1:]) * 0.8
    centre[2] += rng.uniform(-10, 10)
    # keep T12 top and S1 bottom inside the field of view (5 mm margin)
    half = 0.5 * fov - 5.0
    for p in (top, bottom):
        off = float((p - centre) @ c)
        if off > half:
            centre += (off - half) * c
        elif off < -half:
            centre += (off + half) * c
    sag = stack_grid(centre, r, c, n_sl, (matrix, matrix), (px, px), spacing)
    t2 = SeriesPlan("sag_t2", str(rng.choice(["SAG T2 TSE", "Sag T2", "T2_TSE_SAG", "SAG T2 FSE"])), "t2", 2,
                    [sag], (px, px), thickness, spacing, round(float(rng.uniform(2500, 4500))),
                    round(float(rng.uniform(85, 115))), int(rng.integers(15, 25)), [None], [np.zeros(n_sl)])
    t1 = SeriesPlan("sag_t1", str(rng.choice(["Sag T1", "SAG T1 TSE", "T1_TSE_SAG", "SAG T1 FSE"])), "t1", 3,
                    [sag], (px, px), thickness, spacing, round(float(rng.uniform(400, 700))),
                    round(float(rng.uniform(8, 14))), int(rng.integers(3, 6)), [None], [np.zeros(n_sl)])

    # ---- axial: one stack per disc, parallel to it ------------------------------------------------
    ax_matrix = int(rng.choice(preset.ax_matrix))
    ax_fov = float(rng.uniform(*preset.ax_fov_mm))
    ax_px = round(ax_fov / ax_matrix, 4)
    ax_spacing = round(float(rng.uniform(*preset.ax_spacing_mm)), 2)
    ax_thick = round(min(ax_spacing, float(rng.uniform(3.0, 4.0))), 2)
    grids: list[Grid] = []
    levels: list[str | None] = []
    dists: list[np.ndarray] = []
    for name in AXIAL_DISCS:
        dc, dn = model.disc_center(name)
        n = _rot(rng.normal(size=3), float(rng.uniform(0.0, 0.4))) @ dn  # planning error < 0.4 deg
        rr = np.array([1.0, 0.0, 0.0]) - n[0] * n
        rr /= np.linalg.norm(rr)
        cc = np.cross(n, rr)
        k = int(rng.integers(preset.ax_slices_per_disc[0], preset.ax_slices_per_disc[1] + 1))
        off = float(rng.uniform(-1.0, 1.0))
        ctr = dc + off * n + cc * float(rng.uniform(18, 30)) + rr * float(rng.uniform(-3, 3))
        # array slices run along +n (caudal -> cranial); instance numbers are assigned later
        g = stack_grid(ctr, rr, cc, k, (ax_matrix, ax_matrix), (ax_px, ax_px), ax_spacing)
        grids.append(g)
        levels.append(name)
        plane_off = (np.arange(k) - 0.5 * (k - 1)) * ax_spacing
        dists.append(plane_off + float((ctr - dc) @ n))  # signed, + cranial
    ax = SeriesPlan("ax_t2", str(rng.choice(["AX T2", "Ax T2 FSE", "T2_TSE_TRA", "AXIAL T2 TSE"])), "t2", 4,
                    grids, (ax_px, ax_px), ax_thick, ax_spacing, round(float(rng.uniform(3000, 5500))),
                    round(float(rng.uniform(90, 115))), int(rng.integers(12, 20)), levels, dists)
    return [t2, t1, ax]
