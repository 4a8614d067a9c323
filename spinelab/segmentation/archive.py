"""Segment every study of an indexed DICOM archive: one folder of levels per study, resumable.

For each study of a ``spinelab index`` table this picks the sagittal series to segment
(``find_study_series``: the sagittal T2, STIR where there is no T2, then the sagittal T1 where
``roles`` allows it), segments it with one model, names the levels and maps the study's axial
slices to them. Each study's outputs land in ``OUT/<study_uid>/`` (the layout ``spinelab dataset
build --levels OUT`` reads):

* ``mask.nii.gz``, ``levels.json`` (LPS mm), ``overlay.png``, as ``spinelab segment run`` writes;
* ``axial_map.csv``: every axial slice of the study with its disc level (``map_axial_slices``);
* ``study.json``: which series was segmented, the model's fingerprint, names, QC flags, seconds.

A study folder is written whole into a temporary folder and renamed into place, so it exists only
when complete. A rerun skips the studies whose ``study.json`` names the same model and retries
the ones that failed, so a killed run resumes where it stopped and loses nothing. Failures (no
sagittal series, unreadable or non-sagittal series, no levels) are recorded per study with the
stage and the reason, and the run goes on. The tables ``studies.csv`` and ``errors.csv`` and the
review page ``index.html`` (studies that failed or whose names are in doubt first, each with its
overlay) are rewritten atomically as the run goes and at its end. Logs and tables name studies by
UID, accession number and path only, never by patient name.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from spinelab.data.atomic import (
    atomic_directory,
    atomic_path,
    remove_stale_directories,
    write_frame,
)
from spinelab.data.dataset_build import levels_folder_name
from spinelab.segmentation.archive_page import write_review_page
from spinelab.segmentation.qc import REVIEW_FLAGS, names_in_doubt

log = logging.getLogger(__name__)

#: Sagittal series roles of ``find_study_series`` tried in this order.
DEFAULT_ROLES: tuple[str, ...] = ("sagittal_t2", "sagittal_t1")

STUDY_COLUMNS: tuple[str, ...] = (
    "study_uid",
    "accession_number",
    "patient_id",
    "status",
    "series_uid",
    "series_role",
    "contrast",
    "vertebrae",
    "discs",
    "qc_flags",
    "review",
    "axial_slices",
    "axial_within_tolerance",
    "notes",
    "seconds",
    "folder",
)
ERROR_COLUMNS: tuple[str, ...] = (
    "study_uid",
    "accession_number",
    "series_uid",
    "path",
    "stage",
    "reason",
)
STUDY_FILE = "study.json"


@dataclass
class ArchiveResult:
    """What :func:`segment_archive` did: one row per study (``STUDY_COLUMNS``; ``status`` is
    ``segmented``, ``resumed`` or ``failed``), the failures (``ERROR_COLUMNS``) and the files."""

    studies: pd.DataFrame
    errors: pd.DataFrame
    studies_csv: Path
    errors_csv: Path
    html: Path
    seconds: float

    def counts(self) -> dict[str, int]:
        """Studies per status."""
        return {str(k): int(v) for k, v in self.studies["status"].value_counts().items()}


class StudyError(Exception):
    """One study could not be segmented: the stage it failed at, and why (no patient data)."""

    def __init__(self, stage: str, reason: str, *, series_uid: str = "", path: str = "") -> None:
        super().__init__(f"{stage}: {reason}")
        self.stage, self.reason, self.series_uid, self.path = stage, reason, series_uid, path


def model_fingerprint(model_dir: str | Path) -> str:
    """SHA-256 (first 16 hex digits) over the names and bytes of every file of a model (or
    ensemble) directory: a resumed run redoes the studies another model segmented."""
    root = Path(model_dir)
    h = hashlib.sha256()
    for f in sorted(p for p in root.rglob("*") if p.is_file()):
        h.update(str(f.relative_to(root)).encode())
        with open(f, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    return h.hexdigest()[:16]


def pick_sagittal_series(
    study_rows: pd.DataFrame, roles: Sequence[str] = DEFAULT_ROLES
) -> tuple[str, pd.Series]:
    """(role, index row) of the series to segment: the first of ``roles`` the study has.

    Raises ``StudyError`` (stage ``select``) when the study has none of them."""
    from spinelab.data.dicom_index import find_study_series

    uid = str(study_rows["study_uid"].iloc[0])
    picked = find_study_series(study_rows, study_uid=uid)
    for role in roles:
        if role not in picked:
            raise ValueError(f"unknown series role {role!r}; valid: {sorted(picked)}")
        if picked[role] is not None:
            return role, picked[role]
    seen = sorted(
        {f"{p}/{c}" for p, c in zip(study_rows["plane"], study_rows["contrast"], strict=True)}
    )
    raise StudyError(
        "select", f"no series of roles {list(roles)} (series: {', '.join(seen) or 'none'})"
    )


def load_study_sagittal(
    study_dir: str | Path,
    roles: Sequence[str] = DEFAULT_ROLES,
    *,
    index: pd.DataFrame | None = None,
) -> tuple[Any, str, pd.Series]:
    """(Volume, role, index row) of the sagittal series to segment in a folder holding one
    study's series (indexed in memory, as ``levels map-axial STUDY_DIR`` does).

    Raises ``StudyError`` (stage ``select``) for no DICOM, several studies or no sagittal series
    of ``roles``, and (stage ``load``) for a series that does not form one volume. ``index``: the
    folder's series table when the caller has indexed it already."""
    from spinelab.data.dicom_index import index_directory
    from spinelab.data.dicom_series import load_series

    if index is None:
        index = index_directory(study_dir)[0]
    if index.empty:
        raise StudyError(
            "select", f"no readable DICOM series under {study_dir}", path=str(study_dir)
        )
    n = index["study_uid"].nunique()
    if n > 1:
        raise StudyError(
            "select",
            f"{study_dir} holds {n} studies: give one study's folder "
            "(or index the archive and use `segment archive`)",
            path=str(study_dir),
        )
    role, row = pick_sagittal_series(index, roles)
    try:
        return load_series(row), role, row
    except Exception as exc:
        raise StudyError(
            "load",
            f"{type(exc).__name__}: {exc}",
            series_uid=str(row["series_uid"]),
            path=str(study_dir),
        ) from exc


def _study_record(
    study_rows: pd.DataFrame,
    model: Any,
    folder: Path,
    *,
    roles: Sequence[str],
    map_axial: bool,
    source: str,
    fingerprint: str,
) -> dict[str, Any]:
    """Segment one study into ``folder`` (written whole, then renamed); its ``study.json`` dict."""
    from spinelab.data.dicom_series import load_series
    from spinelab.segmentation.axial_mapping import map_axial_slices
    from spinelab.segmentation.infer import segment_image

    t0 = time.monotonic()
    role, row = pick_sagittal_series(study_rows, roles)
    series_uid = str(row["series_uid"])
    files = list(row["files"])
    path = str(Path(str(row.get("root", ""))) / Path(str(files[0])).parent) if files else ""
    try:
        image = load_series(row)
    except Exception as exc:  # unreadable files, broken geometry: name the series and go on
        raise StudyError(
            "load", f"{type(exc).__name__}: {exc}", series_uid=series_uid, path=path
        ) from exc
    with atomic_directory(folder) as tmp:
        try:
            out = segment_image(image, model, tmp, item=series_uid, source=source)
        except Exception as exc:  # not sagittal, empty mask, ...: recorded, the run goes on
            raise StudyError(
                "segment", f"{type(exc).__name__}: {exc}", series_uid=series_uid, path=path
            ) from exc
        levels = json.loads((tmp / "levels.json").read_text())
        record: dict[str, Any] = {
            **_study_ids(study_rows),
            "series_uid": series_uid,
            "series_role": role,
            "contrast": str(row.get("contrast", "")),
            "path": path,
            "model": fingerprint,
            "vertebrae": [v["name"] for v in levels.get("vertebrae", [])],
            "discs": [d["name"] for d in levels.get("discs", [])],
            "qc_flags": [q["flag"] for q in out.qc],
            "axial_slices": None,
            "axial_within_tolerance": None,
            "axial_error": None,
            "notes": _load_notes(image),
        }
        if map_axial and not levels.get("discs"):
            record["axial_error"] = "no disc level was found, so no axial slice can be mapped"
        elif map_axial:
            try:
                amap = map_axial_slices(study_rows, levels)
                write_frame(amap, tmp / "axial_map.csv")
                record["axial_slices"] = len(amap)
                record["axial_within_tolerance"] = (
                    int(amap["within_tolerance"].sum()) if "within_tolerance" in amap else None
                )
            except Exception as exc:  # the levels stand; the mapping failure is recorded
                record["axial_error"] = f"{type(exc).__name__}: {exc}"
        record["seconds"] = round(time.monotonic() - t0, 2)
        with atomic_path(tmp / STUDY_FILE) as p:
            p.write_text(json.dumps(record, indent=1))
    return record


def _load_notes(image: Any) -> str | None:
    """What the loader left out of the series (unusable files), as one line; None if nothing."""
    skipped = image.meta.get("skipped_files") or []
    if not skipped:
        return None
    path, reason = skipped[0]
    return f"{len(skipped)} unusable files skipped (first: {path}: {reason})"


def _read_done(folder: Path, fingerprint: str) -> dict[str, Any] | None:
    """The ``study.json`` of a finished study segmented by the same model, else None."""
    try:
        record = json.loads((folder / STUDY_FILE).read_text())
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) and record.get("model") == fingerprint else None


def _study_row(record: dict[str, Any], status: str, folder: str) -> dict[str, Any]:
    flags = list(record.get("qc_flags") or [])
    notes = [
        n
        for n in (
            record.get("notes"),
            record.get("axial_error") and f"axial mapping failed: {record['axial_error']}",
        )
        if n
    ]
    return {
        **{k: record.get(k) for k in STUDY_COLUMNS},
        "status": status,
        "vertebrae": " ".join(record.get("vertebrae") or []),
        "discs": " ".join(record.get("discs") or []),
        "qc_flags": " ".join(flags),
        "notes": "; ".join(notes) or None,
        "review": names_in_doubt(flags) or bool(record.get("axial_error")),
        "folder": folder,
    }


def segment_archive(
    index: str | Path | pd.DataFrame,
    model_dir: str | Path,
    out_dir: str | Path,
    *,
    roles: Sequence[str] = DEFAULT_ROLES,
    map_axial: bool = True,
    fresh: bool = False,
    studies: Sequence[str] | None = None,
    part: tuple[int, int] | None = None,
    model: Any = None,
    progress: bool = True,
    checkpoint_every: int = 25,
) -> ArchiveResult:
    """Segment the sagittal series of every study in ``index`` into ``out_dir/<study_uid>/``.

    ``index``: the series table of ``spinelab index`` (path or DataFrame); ``studies``: only these
    study UIDs; ``roles``: the sagittal series roles tried in order (``DEFAULT_ROLES``);
    ``fresh``: redo finished studies too; ``model``: an already loaded ``model_dir``. Writes
    ``studies.csv``, ``errors.csv`` and ``index.html`` in ``out_dir`` (every ``checkpoint_every``
    studies and at the end). See the module docstring for the layout and the resume rule.

    ``part=(k, n)``: only every n-th study of the UID-sorted list, from the k-th (0 <= k < n), as
    nnU-Net's ``-part_id``/``-num_parts``: n processes (GPUs, nodes, array jobs) share one
    archive and ``out_dir``; their tables are ``studies.part-k-of-n.csv`` etc. A run without
    ``part`` afterwards redoes nothing and gathers every study into the full tables.
    """
    import torch

    from spinelab.segmentation.model_dir import load_model_dir

    t0 = time.monotonic()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    df = pd.read_parquet(index) if not isinstance(index, pd.DataFrame) else index
    if df.empty:
        raise ValueError("the index holds no series")
    uids = sorted({str(u) for u in df["study_uid"]})
    if studies is not None:
        wanted = {str(s) for s in studies}
        unknown = sorted(wanted - set(uids))
        if unknown:
            raise ValueError(f"{len(unknown)} study UIDs are not in the index, e.g. {unknown[0]}")
        uids = [u for u in uids if u in wanted]
    suffix = ""
    if part is not None:
        k, n = part
        if not 0 <= k < n:
            raise ValueError(f"part {k} of {n}: the part id must be 0 <= k < n")
        uids, suffix = uids[k::n], f".part-{k}-of-{n}"
    # only this run's studies: other parts may be writing theirs
    remove_stale_directories(out_dir, [levels_folder_name(u) for u in uids])
    fingerprint = model_fingerprint(model_dir)
    if model is None:
        model = load_model_dir(model_dir, device="cuda" if torch.cuda.is_available() else "cpu")
    source = f"spinelab segment archive (model {Path(model_dir).name}, {fingerprint})"
    by_study = {str(k): g for k, g in df.groupby(df["study_uid"].astype(str), sort=False)}
    rows: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    paths = tuple(
        out_dir / f"{stem}{suffix}{ext}"
        for stem, ext in (("studies", ".csv"), ("errors", ".csv"), ("index", ".html"))
    )

    def save() -> None:
        studies_df = pd.DataFrame(rows, columns=list(STUDY_COLUMNS))
        write_frame(studies_df, paths[0])
        write_frame(pd.DataFrame(errors, columns=list(ERROR_COLUMNS)), paths[1])
        write_review_page(
            studies_df,
            pd.DataFrame(errors, columns=list(ERROR_COLUMNS)),
            paths[2],
            model=f"{Path(model_dir).name} ({fingerprint})",
            review_flags=REVIEW_FLAGS,
        )

    bar = _progress(progress, len(uids))
    used: dict[str, str] = {}
    try:
        for i, uid in enumerate(uids, start=1):
            study_rows = by_study[uid]
            name = levels_folder_name(uid)
            done = None if fresh else _read_done(out_dir / name, fingerprint)
            if done is not None:
                rows.append(_study_row(done, "resumed", name))
            else:
                try:
                    if used.get(name, uid) != uid:
                        raise StudyError(
                            "select", f"folder name {name} is taken by study {used[name]}"
                        )
                    record = _study_record(
                        study_rows,
                        model,
                        out_dir / name,
                        roles=roles,
                        map_axial=map_axial,
                        source=source,
                        fingerprint=fingerprint,
                    )
                except Exception as exc:  # recorded with its stage; the run goes on
                    if not isinstance(exc, StudyError):
                        log.debug("study %s", uid, exc_info=True)
                        exc = StudyError("unexpected", f"{type(exc).__name__}: {exc}")
                    log.warning("study %s: %s failed: %s", uid, exc.stage, exc.reason)
                    errors.append(
                        _error(study_rows, exc.stage, exc.reason, exc.series_uid, exc.path)
                    )
                    rows.append(_failed_row(study_rows, exc))
                else:
                    rows.append(_study_row(record, "segmented", name))
                    if record.get("axial_error"):
                        errors.append(
                            _error(
                                study_rows,
                                "axial",
                                record["axial_error"],
                                record["series_uid"],
                                record["path"],
                            )
                        )
            used[name] = uid
            if bar is not None:
                bar[0].advance(bar[1])
            if i % checkpoint_every == 0:
                save()
    finally:
        if bar is not None:
            bar[0].stop()
    save()
    res = ArchiveResult(
        studies=pd.DataFrame(rows, columns=list(STUDY_COLUMNS)),
        errors=pd.DataFrame(errors, columns=list(ERROR_COLUMNS)),
        studies_csv=paths[0],
        errors_csv=paths[1],
        html=paths[2],
        seconds=time.monotonic() - t0,
    )
    return res


def _study_ids(study_rows: pd.DataFrame) -> dict[str, str]:
    """The study's UID, accession number and patient id as text ("" where the header had none)."""
    first = study_rows.iloc[0]
    return {
        k: "" if first.get(k) is None or pd.isna(first.get(k)) else str(first.get(k))
        for k in ("study_uid", "accession_number", "patient_id")
    }


def _failed_row(study_rows: pd.DataFrame, exc: StudyError) -> dict[str, Any]:
    return {
        **_study_ids(study_rows),
        "status": "failed",
        "series_uid": exc.series_uid or None,
        "review": True,
        "folder": None,
    }


def _error(
    study_rows: pd.DataFrame, stage: str, reason: str, series_uid: str, path: str
) -> dict[str, Any]:
    return {
        **{k: v for k, v in _study_ids(study_rows).items() if k != "patient_id"},
        "series_uid": series_uid or None,
        "path": path or None,
        "stage": stage,
        "reason": reason,
    }


def _progress(enabled: bool, total: int) -> tuple[Any, Any] | None:
    if not enabled:
        return None
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    bar = Progress(
        TextColumn("segmenting studies"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn()
    )
    bar.start()
    return bar, bar.add_task("studies", total=total)
