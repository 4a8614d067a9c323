"""Index a DICOM archive: one row per series, from file headers only, plus an errors table.

``index_archive(root, out)`` walks ``root`` recursively (any file names, with or without
``.dcm``), reads each file's header with :func:`spinelab.data.dicom_headers.read_headers` (no
pixel data, no patient names; a multi-frame file gives one slice per frame), groups slices by
SeriesInstanceUID, classifies plane (from ImageOrientationPatient) and contrast, checks the
geometry (stacks, spacing, duplicate/missing positions) and writes ``out`` (Parquet),
``<out stem>.errors.parquet`` (every file that could not be used: path relative to root, reason,
detail, size, mtime) and ``<out stem>.instances.parquet`` (one row per usable slice; lets a
re-run skip unchanged files). A bad file never stops the run.

Series table columns: patient_id, study_uid, series_uid, accession_number, study_date (Study,
else Series, else Content date), series_number, series_description, protocol_name, modality,
n_instances (files), n_slices (frames), rows, columns, pixel_spacing_row/col, slice_thickness,
spacing_between_slices (tags), slice_spacing_mm (measured), repetition/echo/inversion_time,
field_strength, plane, contrast (+ contrast_source, contrast_conflict, fat_suppressed,
post_contrast), n_stacks, stack_sizes, stack_planes, consistent_orientation, uniform_spacing,
duplicate_positions, missing_positions, mixed_matrix, single_volume, n_frames_of_reference,
root (absolute), files (relative to root, volume order stack by stack), instance_numbers.

Parallelism: header parsing is pure-Python CPU work (the GIL rules out threads), each file is
independent and the results are small, so a ``concurrent.futures.ProcessPoolExecutor`` over
chunks of a few hundred paths scales to all cores with one pickled batch per chunk; a Dask
cluster would add scheduler overhead and a dependency on its dashboard for no gain on one
machine (an archive on many machines can be split by top folder and the tables concatenated).
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from spinelab.data.dicom_geometry import split_stacks
from spinelab.data.dicom_headers import DicomFileError, SliceHeader, read_headers
from spinelab.data.dicom_series import list_files
from spinelab.data.series_classify import classify_contrast, plane_from_orientation

#: Columns of the errors table.
ERROR_COLUMNS = ("path", "reason", "detail")
_CHUNK = 256


@dataclass
class ScanResult:
    """Headers read from an archive, the per-file errors, and timing."""

    headers: list[SliceHeader]
    errors: list[tuple[str, str, str]]  # (absolute path, reason, detail)
    n_files: int
    seconds: float
    workers: int


def _read_chunk(paths: Sequence[str]) -> tuple[list[SliceHeader], list[tuple[str, str, str]]]:
    headers: list[SliceHeader] = []
    errors: list[tuple[str, str, str]] = []
    for p in paths:
        try:
            headers.extend(read_headers(p))
        except DicomFileError as e:
            errors.append((p, e.reason, e.detail))
        except Exception as e:  # never stop the batch
            errors.append((p, "unexpected error", f"{type(e).__name__}: {e}"[:200]))
    return headers, errors


def default_workers() -> int:
    """Worker processes: the CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - non-Linux
        return max(1, os.cpu_count() or 1)


def scan_headers(
    files: Sequence[str | Path],
    *,
    workers: int | None = None,
    progress: bool = True,
    on_chunk: Callable[[list[SliceHeader], list[tuple[str, str, str]]], None] | None = None,
) -> ScanResult:
    """Read the headers of ``files`` with ``workers`` processes (1: in this process).

    ``on_chunk(headers, errors)`` is called after each finished chunk (for checkpoints).
    """
    paths = [str(f) for f in files]
    workers = workers or default_workers()
    t0 = time.perf_counter()
    headers: list[SliceHeader] = []
    errors: list[tuple[str, str, str]] = []
    chunk = max(16, min(_CHUNK, len(paths) // (4 * workers) or 16))
    chunks = [paths[i : i + chunk] for i in range(0, len(paths), chunk)]
    prog = _progress(progress)
    with prog:
        task = prog.add_task("reading DICOM headers", total=len(paths))
        if workers == 1 or len(chunks) <= 1:
            for c in chunks:
                h, e = _read_chunk(c)
                headers += h
                errors += e
                prog.advance(task, len(c))
                if on_chunk is not None:
                    on_chunk(h, e)
        else:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                futs = {pool.submit(_read_chunk, c): len(c) for c in chunks}
                for f in as_completed(futs):
                    h, e = f.result()
                    headers += h
                    errors += e
                    prog.advance(task, futs[f])
                    if on_chunk is not None:
                        on_chunk(h, e)
    return ScanResult(headers, errors, len(paths), time.perf_counter() - t0, workers)


def _progress(enabled: bool) -> Any:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        disable=not enabled,
        transient=False,
    )


def _rel(path: str, root: Path) -> str:
    try:
        return Path(os.path.relpath(path, root)).as_posix()
    except ValueError:
        return Path(path).as_posix()


def _mode(values: Iterable[Any]) -> Any:
    c = Counter(v for v in values if v is not None)
    return c.most_common(1)[0][0] if c else None


def series_rows(
    headers: Sequence[SliceHeader],
    root: str | Path,
    failed: list[tuple[str, str, str]] | None = None,
) -> pd.DataFrame:
    """One row per SeriesInstanceUID of ``headers`` (see module docstring for the columns).

    A series whose summary fails raises, or, given a ``failed`` list, adds its files there
    as (path, reason, detail) and the others go on.
    """
    root = Path(root).resolve()
    by_series: dict[str, list[SliceHeader]] = {}
    for h in headers:
        by_series.setdefault(h.series_uid, []).append(h)
    rows = []
    for uid, hs in by_series.items():
        try:
            rows.append(_series_row(uid, hs, root))
        except Exception as e:  # one odd series must not stop the index
            if failed is None:
                raise
            failed += [
                (h.path, "series not summarised", f"{uid}: {type(e).__name__}: {e}"[:200])
                for h in hs
            ]
    df = pd.DataFrame(rows, columns=list(rows[0]) if rows else _EMPTY_COLUMNS)
    if len(df):
        df = df.sort_values(
            ["patient_id", "study_uid", "series_number", "series_uid"], na_position="last"
        ).reset_index(drop=True)
    return df


def _series_row(uid: str, hs: list[SliceHeader], root: Path) -> dict[str, Any]:
    """The index row of one series (headers of its usable files)."""
    report = split_stacks(hs)
    ordered = [hs[i] for st in report.stacks for i in st.members]
    first_frames: list[SliceHeader] = []  # one per file (multi-frame files hold several slices)
    seen: set[str] = set()
    for h in ordered:
        if h.path not in seen:
            seen.add(h.path)
            first_frames.append(h)
    sizes = [len(st.members) for st in report.stacks]
    stack_planes = [plane_from_orientation(np.r_[st.row_dir, st.col_dir]) for st in report.stacks]
    plane_votes: Counter[str] = Counter()
    for p, n in zip(stack_planes, sizes, strict=True):
        plane_votes[p] += n
    h0 = hs[0]
    c = classify_contrast(
        " ".join(x for x in (h0.series_description, h0.protocol_name) if x),
        tr=h0.repetition_time,
        te=h0.echo_time,
        ti=h0.inversion_time,
    )
    spacings = [st.spacing for st in report.stacks if len(st.members) > 1]
    matrix = {(h.rows, h.columns, h.pixel_spacing) for h in hs}
    return {
        "patient_id": h0.patient_id,
        "study_uid": h0.study_uid,
        "series_uid": uid,
        "accession_number": h0.accession_number,
        "study_date": h0.study_date,
        "series_number": h0.series_number,
        "series_description": h0.series_description,
        "protocol_name": h0.protocol_name,
        "modality": h0.modality,
        "n_instances": len({h.path for h in hs}),
        "n_slices": len(hs),
        "rows": _mode(h.rows for h in hs),
        "columns": _mode(h.columns for h in hs),
        "pixel_spacing_row": _mode(h.pixel_spacing[0] for h in hs),
        "pixel_spacing_col": _mode(h.pixel_spacing[1] for h in hs),
        "slice_thickness": _mode(h.slice_thickness for h in hs),
        "spacing_between_slices": _mode(h.spacing_between_slices for h in hs),
        "slice_spacing_mm": float(np.median(spacings)) if spacings else None,
        "repetition_time": h0.repetition_time,
        "echo_time": h0.echo_time,
        "inversion_time": h0.inversion_time,
        "field_strength": h0.field_strength,
        "plane": plane_votes.most_common(1)[0][0],
        "contrast": c.contrast,
        "contrast_source": c.source,
        "contrast_conflict": c.conflict,
        "fat_suppressed": c.fat_suppressed,
        "post_contrast": c.post_contrast,
        "n_stacks": report.n_stacks,
        "stack_sizes": sizes,
        "stack_planes": stack_planes,
        "consistent_orientation": report.consistent_orientation,
        "uniform_spacing": report.uniform_spacing,
        "duplicate_positions": report.duplicate_positions,
        "missing_positions": report.missing_positions,
        "mixed_matrix": len(matrix) > 1,
        "single_volume": report.single_volume and len(matrix) == 1,
        "n_frames_of_reference": len({h.frame_of_reference_uid for h in hs}),
        "root": str(root),
        "files": [_rel(h.path, root) for h in first_frames],
        "instance_numbers": [h.instance_number for h in first_frames],
    }


_EMPTY_COLUMNS = [
    "patient_id",
    "study_uid",
    "series_uid",
    "accession_number",
    "study_date",
    "series_number",
    "series_description",
    "protocol_name",
    "modality",
    "n_instances",
    "n_slices",
    "rows",
    "columns",
    "pixel_spacing_row",
    "pixel_spacing_col",
    "slice_thickness",
    "spacing_between_slices",
    "slice_spacing_mm",
    "repetition_time",
    "echo_time",
    "inversion_time",
    "field_strength",
    "plane",
    "contrast",
    "contrast_source",
    "contrast_conflict",
    "fat_suppressed",
    "post_contrast",
    "n_stacks",
    "stack_sizes",
    "stack_planes",
    "consistent_orientation",
    "uniform_spacing",
    "duplicate_positions",
    "missing_positions",
    "mixed_matrix",
    "single_volume",
    "n_frames_of_reference",
    "root",
    "files",
    "instance_numbers",
]


def errors_frame(errors: Sequence[tuple[str, str, str]], root: str | Path) -> pd.DataFrame:
    """The errors table: path relative to root, reason, detail (sorted by path)."""
    root = Path(root).resolve()
    df = pd.DataFrame([(_rel(p, root), r, d) for p, r, d in errors], columns=list(ERROR_COLUMNS))
    return df.sort_values("path").reset_index(drop=True)


def errors_path(out: str | Path) -> Path:
    """``index.parquet`` -> ``index.errors.parquet`` beside it."""
    out = Path(out)
    stem = out.name[: -len(".parquet")] if out.name.endswith(".parquet") else out.stem
    return out.with_name(stem + ".errors.parquet")


def write_parquet_atomic(df: pd.DataFrame, path: str | Path) -> Path:
    """Write ``df`` to ``path`` through a temp file in the same folder and a rename."""
    from spinelab.data.atomic import write_frame

    return write_frame(df, path)


#: Suffixes of known non-DICOM sidecar files that archives and our own cohorts keep beside the
#: images (reports, masks, tables, pictures). They are not read and not errors; the summary
#: counts them. Pass ``include_sidecars=True`` to read every file.
SIDECAR_SUFFIXES: tuple[str, ...] = (
    ".csv", ".tsv", ".json", ".jsonl", ".txt", ".md", ".html", ".xml", ".yaml", ".yml", ".log",
    ".pdf", ".png", ".jpg", ".jpeg", ".nii", ".nii.gz", ".mha", ".mhd", ".nrrd", ".parquet",
)


def dicom_candidates(files: Sequence[Path], *, include_sidecars: bool = False) -> tuple[list[Path], int]:
    """Files to read as DICOM and the number of sidecar files left out (by suffix)."""
    if include_sidecars:
        return list(files), 0
    keep = [f for f in files if not f.name.lower().endswith(SIDECAR_SUFFIXES)]
    return keep, len(files) - len(keep)


def index_directory(
    root: str | Path, *, workers: int | None = 1, progress: bool = False,
    include_sidecars: bool = False,
) -> tuple[pd.DataFrame, pd.DataFrame, ScanResult]:
    """Index ``root`` in memory: (series table, errors table, scan details); writes nothing."""
    root = Path(root)
    if not root.is_dir():
        raise NotADirectoryError(f"{root} is not a directory")
    files, _ = dicom_candidates(list_files(root), include_sidecars=include_sidecars)
    scan = scan_headers(files, workers=workers, progress=progress)
    return series_rows(scan.headers, root), errors_frame(scan.errors, root), scan


def instances_path(out: str | Path) -> Path:
    """``index.parquet`` -> ``index.instances.parquet``: one row per usable file (resume cache)."""
    return errors_path(out).with_name(errors_path(out).name.replace(".errors.", ".instances."))


_TUPLE_FIELDS = {"ipp", "iop", "pixel_spacing"}


def _instances_frame(
    headers: Iterable[SliceHeader], root: Path, stats: dict[str, tuple[int, int]]
) -> pd.DataFrame:
    rows = []
    for h in headers:
        d = asdict(h)
        d["path"] = _rel(h.path, root)
        d["size"], d["mtime_ns"] = stats.get(h.path, (-1, -1))
        for k in _TUPLE_FIELDS:
            d[k] = list(d[k])
        rows.append(d)
    cols = [f.name for f in fields(SliceHeader)] + ["size", "mtime_ns"]
    return pd.DataFrame(rows, columns=cols)


def _load_previous(
    out: Path, root: Path, stats: dict[str, tuple[int, int]]
) -> tuple[dict[tuple[str, int | None], SliceHeader], dict[str, tuple[str, str, str]]]:
    """Headers and errors of an earlier run whose files are unchanged (same size and mtime)."""
    headers: dict[tuple[str, int | None], SliceHeader] = {}
    errors: dict[str, tuple[str, str, str]] = {}
    names = [f.name for f in fields(SliceHeader)]
    ip, ep = instances_path(out), errors_path(out)
    if ip.exists():
        for rec in pd.read_parquet(ip).to_dict("records"):
            full = str(root / rec["path"])
            if stats.get(full) != (rec["size"], rec["mtime_ns"]):
                continue
            kw = {k: rec[k] for k in names}
            kw["path"] = full
            for k in _TUPLE_FIELDS:
                kw[k] = tuple(float(x) for x in kw[k])
            for k, v in kw.items():
                if isinstance(v, float) and v != v:  # NaN from Parquet -> None
                    kw[k] = None
                elif (
                    k
                    in (
                        "instance_number",
                        "series_number",
                        "acquisition_number",
                        "echo_number",
                        "rows",
                        "columns",
                        "frame",
                    )
                    and v is not None
                ):
                    kw[k] = int(v)
            headers[(full, kw["frame"])] = SliceHeader(**kw)
    if ep.exists():
        prev = pd.read_parquet(ep)
        if {"size", "mtime_ns"} <= set(prev.columns):
            for rec in prev.to_dict("records"):
                full = str(root / rec["path"])
                if stats.get(full) == (rec["size"], rec["mtime_ns"]):
                    errors[full] = (full, rec["reason"], rec["detail"])
    return headers, errors


def _stat_all(files: Sequence[Path]) -> dict[str, tuple[int, int]]:
    out = {}
    for f in files:
        try:
            st = f.stat()
            out[str(f)] = (int(st.st_size), int(st.st_mtime_ns))
        except OSError:
            out[str(f)] = (-1, -1)
    return out


def index_archive(
    root: str | Path,
    out: str | Path,
    *,
    workers: int | None = None,
    progress: bool = True,
    resume: bool = True,
    checkpoint_every: int = 20000,
    include_sidecars: bool = False,
) -> pd.DataFrame:
    """Index every DICOM file under ``root``; write ``out`` and ``<out stem>.errors.parquet``.

    Also writes ``<out stem>.instances.parquet`` (one row per usable file: its header fields,
    size, mtime). With ``resume``, files unchanged since that table (or the errors table) was
    written are not read again; both tables are checkpointed every ``checkpoint_every`` files,
    so an interrupted run goes on where it stopped. Returns the series table (one row per
    series; ``files`` relative to ``root``, in volume order stack by stack). Prints a files/s
    summary when ``progress``. Sidecar files (``SIDECAR_SUFFIXES``: reports, masks, tables) are
    skipped unless ``include_sidecars``.
    """
    root = Path(root).resolve()
    out = Path(out)
    if not root.is_dir():
        raise NotADirectoryError(f"{root} is not a directory")
    files, n_sidecars = dicom_candidates(list_files(root), include_sidecars=include_sidecars)
    stats = _stat_all(files)
    headers, errors = _load_previous(out, root, stats) if resume else ({}, {})
    done = {p for p, _ in headers} | set(errors)
    todo = [f for f in files if str(f) not in done]
    since = [0]

    def checkpoint(force: bool = False) -> None:
        if force or since[0] >= checkpoint_every:
            write_parquet_atomic(
                _instances_frame(headers.values(), root, stats), instances_path(out)
            )
            write_parquet_atomic(_errors_with_stats(errors.values(), root, stats), errors_path(out))
            since[0] = 0

    def on_chunk(h: list[SliceHeader], e: list[tuple[str, str, str]]) -> None:
        headers.update(((x.path, x.frame), x) for x in h)
        errors.update((x[0], x) for x in e)
        since[0] += len(h) + len(e)
        checkpoint()

    scan = scan_headers(todo, workers=workers, progress=progress, on_chunk=on_chunk)
    failed: list[tuple[str, str, str]] = []
    series = series_rows(list(headers.values()), root, failed)
    errors.update((x[0], x) for x in failed)
    checkpoint(force=True)
    write_parquet_atomic(series, out)
    if progress:
        from rich.console import Console

        rate = scan.n_files / scan.seconds if scan.seconds > 0 else float("nan")
        Console(stderr=True).print(
            f"indexed {len(files)} files ({len(files) - len(todo)} unchanged since the last run; "
            f"{n_sidecars} sidecar files skipped by suffix) "
            f"-> {len(series)} series, {len(errors)} unusable files; read {scan.n_files} headers "
            f"in {scan.seconds:.1f} s: {rate:.0f} files/s "
            f"({rate / scan.workers:.0f} per worker, {scan.workers} workers)"
        )
    return series


def _errors_with_stats(
    errors: Iterable[tuple[str, str, str]], root: Path, stats: dict[str, tuple[int, int]]
) -> pd.DataFrame:
    errs = list(errors)
    df = errors_frame(errs, root)
    by_rel = {_rel(p, root): stats.get(p, (-1, -1)) for p, _, _ in errs}
    df["size"] = [by_rel[p][0] for p in df["path"]]
    df["mtime_ns"] = [by_rel[p][1] for p in df["path"]]
    return df


# --- picking a study's series -----------------------------------------------------------------

#: Keys of :func:`find_study_series` and the (plane, contrasts in order of preference) they pick.
STUDY_SERIES_ROLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "sagittal_t2": ("sagittal", ("T2", "STIR")),
    "sagittal_t1": ("sagittal", ("T1",)),
    "axial_t2": ("axial", ("T2",)),
}


def find_study_series(
    index_or_study_dir: pd.DataFrame | str | Path, *, study_uid: str | None = None
) -> dict[str, pd.Series | None]:
    """Pick a study's sagittal T2 (STIR if no T2), sagittal T1 and axial T2 series.

    Returns ``{"sagittal_t2": row, "sagittal_t1": row, "axial_t2": row}`` (index rows, None when
    absent). Among candidates: preferred contrast, then no post-contrast, no fat suppression
    (T2), one consistent volume (sagittal), most instances, finest pixels. An index with several
    studies needs ``study_uid``.
    """
    if isinstance(index_or_study_dir, pd.DataFrame):
        df = index_or_study_dir
    else:
        df, _, _ = index_directory(index_or_study_dir)
    if study_uid is not None:
        df = df[df["study_uid"] == study_uid]
    studies = df["study_uid"].unique() if len(df) else []
    if len(studies) > 1:
        raise ValueError(f"index holds {len(studies)} studies: pass study_uid")
    out: dict[str, pd.Series | None] = {}
    for role, (plane, contrasts) in STUDY_SERIES_ROLES.items():
        cand = df[(df["plane"] == plane) & (df["contrast"].isin(contrasts))]
        if cand.empty:
            out[role] = None
            continue
        score = pd.DataFrame(
            {
                "c": cand["contrast"].map({c: i for i, c in enumerate(contrasts)}),
                "post": cand["post_contrast"].astype(int),
                "fs": cand["fat_suppressed"].astype(int) if "T2" in contrasts else 0,
                "vol": (~cand["single_volume"]).astype(int) if plane == "sagittal" else 0,
                "n": -cand["n_instances"],
                "px": cand["pixel_spacing_row"].fillna(99.0),
            },
            index=cand.index,
        )
        best = score.sort_values(["c", "post", "fs", "vol", "n", "px"]).index[0]
        out[role] = df.loc[best]
    return out
