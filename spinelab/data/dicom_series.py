"""Load a DICOM series as voxel volumes: (slice, row, column) arrays with an affine to LPS mm.

``source`` is a directory (searched recursively, any file names), a list of files, or a row of
the index written by :func:`spinelab.data.dicom_index.index_archive` (its ``files`` are relative to
its ``root``). Slices are sorted ascending along the slice normal ``row_dir x col_dir``
(:mod:`spinelab.data.dicom_geometry`), RescaleSlope/RescaleIntercept are applied (float32 array
when any slice has a non-identity rescale, else the stored integer type). Pixel data in any
transfer syntax pydicom decodes natively (uncompressed, RLE Lossless, deflate) loads without
extra packages. Multi-frame (enhanced) files contribute one slice per frame, placed by their
per-frame functional groups (``meta["frames"]`` gives each slice's frame, else None).
"""

from __future__ import annotations

import logging
import os
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pydicom
from pydicom.errors import InvalidDicomError

from spinelab.data.dicom_geometry import GeometryTolerance, Stack, split_stacks
from spinelab.data.dicom_headers import DicomFileError, SliceHeader, frames_from_dataset
from spinelab.data.series_classify import classify_contrast, plane_from_orientation
from spinelab.data.volume import Volume

log = logging.getLogger(__name__)

SeriesSource = str | Path | Sequence[str | Path] | Mapping[str, Any] | Any


class SeriesGeometryError(ValueError):
    """A series (named by UID or path) that does not form the volume(s) asked for."""

    def __init__(self, series: str, reason: str) -> None:
        self.series = series
        self.reason = reason
        super().__init__(f"series {series}: {reason}")


def list_files(root: str | Path) -> list[Path]:
    """All regular files under ``root`` (recursive, any names, hidden files skipped), sorted."""
    root = Path(root)
    out: list[Path] = []
    stack = [root]
    while stack:
        d = stack.pop()
        try:
            with os.scandir(d) as it:
                for e in it:
                    if e.name.startswith("."):
                        continue
                    if e.is_dir(follow_symlinks=False):
                        stack.append(Path(e.path))
                    elif e.is_file():
                        out.append(Path(e.path))
        except OSError as err:
            log.warning("cannot list %s: %s", d, err)
    return sorted(out)


def resolve_files(source: SeriesSource, *, root: str | Path | None = None) -> list[Path]:
    """The file paths a source names (directory, list of files, or index row with files/root)."""
    if isinstance(source, (str, Path)):
        p = Path(source)
        if p.is_dir():
            return list_files(p)
        if p.is_file():
            return [p]
        raise FileNotFoundError(f"{p} is neither a directory nor a file")
    if hasattr(source, "get") and not isinstance(source, (list, tuple)):
        files = source.get("files")
        if files is None:
            raise ValueError("an index row needs a 'files' entry")
        base = root if root is not None else source.get("root")
        return [Path(base) / f if base is not None else Path(f) for f in list(files)]
    base = Path(root) if root is not None else None
    return [base / f if base is not None else Path(f) for f in source]


def _read_full(path: Path) -> list[tuple[SliceHeader, np.ndarray]]:
    """(header, decoded (rows, columns) pixels) of each frame of one file; DicomFileError."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                ds = pydicom.dcmread(str(path))
            except InvalidDicomError:
                ds = pydicom.dcmread(str(path), force=True)
    except Exception as e:
        raise DicomFileError(path, "unreadable", f"{type(e).__name__}: {e}"[:200]) from e
    headers = frames_from_dataset(ds, path)
    if "PixelData" not in ds:
        raise DicomFileError(path, "no pixel data")
    try:
        px = ds.pixel_array
    except Exception as e:
        raise DicomFileError(
            path, "pixel data not decodable", f"{type(e).__name__}: {e}"[:200]
        ) from e
    h0 = headers[0]
    want = (h0.rows, h0.columns) if len(headers) == 1 else (len(headers), h0.rows, h0.columns)
    if px.shape != want:
        raise DicomFileError(path, "unexpected pixel array shape", f"{px.shape}, expected {want}")
    if len(headers) == 1:
        return [(h0, px)]
    return [(h, px[k]) for k, h in enumerate(headers)]


def _stack_volume(
    stack: Stack, headers: list[SliceHeader], pixels: list[np.ndarray], k: int, n: int
) -> Volume:
    hs = [headers[i] for i in stack.members]
    arr = np.stack([pixels[i] for i in stack.members])
    slopes = np.array([h.rescale_slope if h.rescale_slope is not None else 1.0 for h in hs])
    inter = np.array([h.rescale_intercept if h.rescale_intercept is not None else 0.0 for h in hs])
    if np.any(slopes != 1.0) or np.any(inter != 0.0):
        arr = arr.astype(np.float32) * slopes[:, None, None].astype(np.float32) + inter[
            :, None, None
        ].astype(np.float32)
    h0 = hs[0]
    c = classify_contrast(
        h0.series_description, tr=h0.repetition_time, te=h0.echo_time, ti=h0.inversion_time
    )
    meta: dict[str, Any] = {
        "format": "dicom",
        "series_uid": h0.series_uid,
        "study_uid": h0.study_uid,
        "patient_id": h0.patient_id,
        "accession_number": h0.accession_number,
        "series_description": h0.series_description,
        "modality": h0.modality,
        "plane": plane_from_orientation(h0.iop),
        "contrast": c.contrast,
        "stack_index": k,
        "n_stacks": n,
        "instance_numbers": [h.instance_number for h in hs],
        "sop_instance_uids": [h.sop_instance_uid for h in hs],
        "files": [h.path for h in hs],
        "frames": [h.frame for h in hs],
        "slice_positions_mm": [float(p) for p in stack.positions],
        "slice_spacing_mm": stack.spacing,
        "slice_thickness_mm": h0.slice_thickness,
        "frame_of_reference_uid": h0.frame_of_reference_uid,
    }
    return Volume(arr, stack.affine, meta)


def load_series_stacks(
    source: SeriesSource,
    *,
    series_uid: str | None = None,
    root: str | Path | None = None,
    tol: GeometryTolerance | None = None,
) -> list[Volume]:
    """Every consistent stack of one series as a Volume (slice, row, column), affine -> LPS mm.

    Unusable files (not DICOM, truncated, missing geometry) are skipped and listed in each
    volume's ``meta["skipped_files"]`` as (path, reason); a source holding several series needs
    ``series_uid``. Raises SeriesGeometryError when no slice can be used.
    """
    files = resolve_files(source, root=root)
    name = series_uid or (str(source) if isinstance(source, (str, Path)) else f"{len(files)} files")
    headers: list[SliceHeader] = []
    pixels: list[np.ndarray] = []
    skipped: list[tuple[str, str]] = []
    for f in files:
        try:
            frames = _read_full(f)
        except DicomFileError as e:
            skipped.append((str(f), e.reason + (f": {e.detail}" if e.detail else "")))
            continue
        for h, px in frames:
            if series_uid is not None and h.series_uid != series_uid:
                continue
            headers.append(h)
            pixels.append(px)
    uids = sorted({h.series_uid for h in headers})
    if len(uids) > 1:
        raise SeriesGeometryError(
            name, f"source holds {len(uids)} series ({', '.join(uids)}): pass series_uid"
        )
    if not headers:
        raise SeriesGeometryError(
            name,
            f"no usable image slice among {len(files)} files"
            + (f"; first problem: {skipped[0][0]}: {skipped[0][1]}" if skipped else ""),
        )
    for p, r in skipped:
        log.warning("series %s: skipped %s (%s)", uids[0], p, r)
    report = split_stacks(headers, tol=tol)
    vols = [
        _stack_volume(st, headers, pixels, k, report.n_stacks) for k, st in enumerate(report.stacks)
    ]
    for v in vols:
        v.meta["skipped_files"] = list(skipped)
        v.meta["geometry_notes"] = list(report.notes)
    return vols


def load_series(
    source: SeriesSource,
    *,
    series_uid: str | None = None,
    root: str | Path | None = None,
    stack: int | None = None,
    tol: GeometryTolerance | None = None,
) -> Volume:
    """One series as one Volume (slice, row, column), affine index -> LPS mm.

    Raises SeriesGeometryError unless the series is one consistent stack (or ``stack`` picks one
    of :func:`load_series_stacks`' stacks by index).
    """
    vols = load_series_stacks(source, series_uid=series_uid, root=root, tol=tol)
    uid = vols[0].meta["series_uid"]
    if stack is not None:
        if not 0 <= stack < len(vols):
            raise SeriesGeometryError(uid, f"stack {stack} asked, the series has {len(vols)}")
        return vols[stack]
    if len(vols) != 1:
        sizes = [v.array.shape[0] for v in vols]
        raise SeriesGeometryError(
            uid,
            f"not one consistent volume: {len(vols)} stacks of {sizes} slices "
            "(different orientation, in-plane origin or irregular spacing); "
            "use load_series_stacks() or stack=k",
        )
    notes = vols[0].meta.get("geometry_notes") or []
    if notes:
        raise SeriesGeometryError(uid, "; ".join(notes))
    return vols[0]
