"""Map every axial slice of a study to the disc level it passes through (geometry only, LPS mm).

For each slice (every axial series, every stack) and each disc of a ``levels.json`` (disc
``center_mm`` and cranial unit ``normal``):

- ``distance_mm``: signed distance from the disc centre to the slice plane, along the slice
  normal oriented cranially (> 0: the slice lies cranial of the disc centre). A slice through
  the disc centre has 0 whatever its tilt or field-of-view centre.
- ``plane_distance_mm``: signed distance of the slice's FOV centre to the disc plane (along the
  disc normal), the measure a tilted-to-disc planning aims at; reported for QC.
- ``angle_deg``: angle between slice normal and disc normal (0..90).
- ``disc_offset_mm`` / ``disc_in_fov``: where the disc centre projects in the slice plane.

The slice's ``level`` is the disc with the smallest ``|distance_mm|`` when that is within
``tolerance_mm`` and the disc centre lies inside the slice's field of view; otherwise ``level``
is empty and ``between_levels`` names the neighbouring discs, e.g. "L3-L4/L4-L5", or
"above T12-L1" / "below L5-S1". ``nearest_level`` is always filled.

Default tolerance :data:`DEFAULT_TOLERANCE_MM` = 10 mm: half a lumbar disc height (~5 mm) plus
half a 4-mm slice (2 mm) plus ~3 mm for the error of a disc centre found by segmentation, so the
3-5 slices of a per-disc block (4-mm spacing, up to ~8 mm from the centre) all get the disc,
while slices through mid-vertebra (~17 mm from both discs, lumbar discs are 30-40 mm apart) are
"between". Use ``tolerance_mm=5`` for only the slices through the disc itself; the benchmark
``benchmarks/axial_mapping.py`` reports accuracy at several tolerances.
Slice numbers are never used: only ImagePositionPatient,
ImageOrientationPatient, PixelSpacing and Rows/Columns.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from spinelab.data.dicom_geometry import split_stacks
from spinelab.data.dicom_headers import DicomFileError, SliceHeader, read_headers

#: Default largest |distance| (mm) from disc centre to slice plane for a slice to get the level.
DEFAULT_TOLERANCE_MM = 10.0

#: Output columns, in order.
AXIAL_MAP_COLUMNS = (
    "series_uid",
    "stack",
    "instance_number",
    "sop_instance_uid",
    "frame",
    "level",
    "nearest_level",
    "distance_mm",
    "plane_distance_mm",
    "angle_deg",
    "disc_offset_mm",
    "disc_in_fov",
    "within_tolerance",
    "between_levels",
    "centre_x_mm",
    "centre_y_mm",
    "centre_z_mm",
)


@dataclass(frozen=True)
class DiscPlane:
    """A disc from levels.json: name, centre (3,) LPS mm, unit normal (3,) pointing cranially."""

    name: str
    center: np.ndarray
    normal: np.ndarray


@dataclass(frozen=True)
class AxialSlice:
    """One slice's plane: centre of its field of view (3,), unit normal (3,), half-extents mm."""

    series_uid: str
    stack: int
    instance_number: int | None
    sop_instance_uid: str
    frame: int | None  # frame of a multi-frame file, else None
    centre: np.ndarray
    normal: np.ndarray
    row_dir: np.ndarray
    col_dir: np.ndarray
    half_width_mm: float  # along row_dir
    half_height_mm: float  # along col_dir


def read_levels(levels: dict[str, Any] | str | Path) -> dict[str, Any]:
    """A levels dict as given, or read from a levels.json path."""
    if isinstance(levels, dict):
        return levels
    with open(levels, encoding="utf-8") as f:
        return json.load(f)


def discs_from_levels(levels: dict[str, Any]) -> list[DiscPlane]:
    """Discs of a levels dict (frame LPS, units mm), sorted cranial -> caudal along the spine.

    Raises ValueError naming the problem (wrong frame, no discs, zero normal, ...).
    """
    if levels.get("frame", "LPS") != "LPS" or levels.get("units", "mm") != "mm":
        raise ValueError(
            f"levels must be in frame LPS / units mm, got {levels.get('frame')}/{levels.get('units')}"
        )
    discs = []
    for i, d in enumerate(levels.get("discs") or []):
        try:
            c = np.asarray(d["center_mm"], dtype=float).reshape(3)
            n = np.asarray(d["normal"], dtype=float).reshape(3)
            name = str(d["name"])
        except (KeyError, TypeError, ValueError) as e:
            raise ValueError(f"levels disc #{i}: needs name, center_mm[3], normal[3] ({e})") from e
        norm = np.linalg.norm(n)
        if not np.all(np.isfinite(c)) or not np.isfinite(norm) or norm < 1e-6:
            raise ValueError(f"levels disc {name}: invalid centre or normal")
        discs.append(DiscPlane(name, c, n / norm))
    if not discs:
        raise ValueError("levels has no discs")
    up = np.mean([d.normal for d in discs], axis=0)
    up /= np.linalg.norm(up)
    return sorted(discs, key=lambda d: -float(d.center @ up))


def slices_from_headers(headers: list[SliceHeader]) -> list[AxialSlice]:
    """Slice planes of one series' headers, stack by stack (geometry from the DICOM tags)."""
    out: list[AxialSlice] = []
    report = split_stacks(headers)
    for k, st in enumerate(report.stacks):
        rows, cols = st.shape
        half_w = (cols - 1) / 2 * st.pixel_spacing[1]
        half_h = (rows - 1) / 2 * st.pixel_spacing[0]
        for i in st.members:
            h = headers[i]
            centre = np.asarray(h.ipp, float) + half_w * st.row_dir + half_h * st.col_dir
            out.append(
                AxialSlice(
                    h.series_uid,
                    k,
                    h.instance_number,
                    h.sop_instance_uid,
                    h.frame,
                    centre,
                    st.normal,
                    st.row_dir,
                    st.col_dir,
                    half_w,
                    half_h,
                )
            )
    return out


def map_slices(
    slices: list[AxialSlice], discs: list[DiscPlane], *, tolerance_mm: float = DEFAULT_TOLERANCE_MM
) -> pd.DataFrame:
    """One row per slice with its level (see module docstring); columns :data:`AXIAL_MAP_COLUMNS`."""
    centers = np.stack([d.center for d in discs])  # (D, 3)
    normals = np.stack([d.normal for d in discs])
    up = normals.mean(axis=0)
    names = [d.name for d in discs]
    rows = []
    for s in slices:
        n = s.normal if float(s.normal @ up) >= 0 else -s.normal
        rel = s.centre[None, :] - centers  # disc centre -> slice centre
        dist = rel @ n  # (D,) slice plane relative to each disc centre, cranial positive
        j = int(np.argmin(np.abs(dist)))
        angle = float(np.degrees(np.arccos(np.clip(abs(float(n @ normals[j])), 0.0, 1.0))))
        # disc centre projected on the slice plane, relative to the slice centre
        in_plane = -rel[j] + dist[j] * n
        u, v = float(in_plane @ s.row_dir), float(in_plane @ s.col_dir)
        in_fov = abs(u) <= s.half_width_mm and abs(v) <= s.half_height_mm
        within = bool(abs(dist[j]) <= tolerance_mm and in_fov)
        between = ""
        if not within:
            if np.all(dist > 0):
                between = f"above {names[0]}"
            elif np.all(dist < 0):
                between = f"below {names[-1]}"
            else:
                pair = (j - 1, j) if dist[j] > 0 else (j, j + 1)
                pair = (max(pair[0], 0), min(pair[1], len(names) - 1))
                between = f"{names[pair[0]]}/{names[pair[1]]}"
        rows.append(
            {
                "series_uid": s.series_uid,
                "stack": s.stack,
                "instance_number": s.instance_number,
                "sop_instance_uid": s.sop_instance_uid,
                "frame": s.frame,
                "level": names[j] if within else "",
                "nearest_level": names[j],
                "distance_mm": float(dist[j]),
                "plane_distance_mm": float(rel[j] @ normals[j]),
                "angle_deg": angle,
                "disc_offset_mm": float(np.hypot(u, v)),
                "disc_in_fov": bool(in_fov),
                "within_tolerance": within,
                "between_levels": between,
                "centre_x_mm": float(s.centre[0]),
                "centre_y_mm": float(s.centre[1]),
                "centre_z_mm": float(s.centre[2]),
            }
        )
    df = pd.DataFrame(rows, columns=list(AXIAL_MAP_COLUMNS))
    return df.sort_values(
        ["series_uid", "instance_number", "frame"], na_position="last"
    ).reset_index(drop=True)


def series_headers(row: pd.Series) -> list[SliceHeader]:
    """Headers of an index row's readable files (unreadable ones are in the errors table)."""
    root = Path(row["root"])
    headers = []
    for f in row["files"]:
        try:
            headers.extend(read_headers(root / f, check_pixels=False))
        except DicomFileError:
            continue  # the index already lists the file's problem
    return headers


def map_axial_slices(
    study_dir_or_index: str | Path | pd.DataFrame,
    levels: dict[str, Any] | str | Path,
    *,
    tolerance_mm: float = DEFAULT_TOLERANCE_MM,
    planes: tuple[str, ...] = ("axial",),
) -> pd.DataFrame:
    """Map every slice of the study's axial series to a disc level (one row per slice).

    ``study_dir_or_index``: a study directory (indexed in memory) or index rows
    (:func:`spinelab.data.dicom_index.index_archive`) of one study. ``levels``: levels.json dict
    or path, LPS mm. Columns :data:`AXIAL_MAP_COLUMNS`.
    """
    if isinstance(study_dir_or_index, pd.DataFrame):
        index = study_dir_or_index
    else:
        from spinelab.data.dicom_index import index_directory

        index, _, _ = index_directory(study_dir_or_index)
    discs = discs_from_levels(read_levels(levels))
    slices: list[AxialSlice] = []
    for _, row in index[index["plane"].isin(planes)].iterrows():
        slices += slices_from_headers(series_headers(row))
    return map_slices(slices, discs, tolerance_mm=tolerance_mm)


def write_csv_atomic(df: pd.DataFrame, path: str | Path) -> Path:
    """Write a CSV through a temp file in the same folder and a rename."""
    from spinelab.data.atomic import write_frame

    return write_frame(df, path)
