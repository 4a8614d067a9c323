"""Generate a synthetic cohort: N studies (DICOM + truth + report) and ``manifest.csv``.

``generate_cohort(out_dir, n, seed)`` is deterministic for a seed: the same seed gives
byte-identical pixel data, truth files and UIDs (all UIDs are derived from the seed). A re-run
over an existing directory skips finished studies (resume) unless ``force``; a study that
fails is recorded in ``errors.csv`` (index, patient_id, error) and the batch goes on.

For other stages' tests use ``preset="small"`` (tiny matrices, well under a second per study)::

    from spinelab.data.synth.cohort import generate_cohort
    manifest = generate_cohort(tmp_path / "cohort", 2, seed=1, preset="small")
"""

from __future__ import annotations

import shutil
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

import pandas as pd

from spinelab.data.atomic import remove_stale_directories
from spinelab.data.synth.protocol import PRESETS, get_preset
from spinelab.data.synth.scanner import get_scanner
from spinelab.data.synth.study import (
    PathologySampler,
    ReportRenderer,
    StudyIds,
    generate_study,
    study_is_complete,
)

#: Columns of ``manifest.csv`` (paths relative to the cohort directory).
MANIFEST_COLUMNS: tuple[str, ...] = (
    "study_dir", "study_uid", "accession_number", "patient_id", "report_path", "labels_path",
    "mask_path", "levels_path", "pathology_path", "axial_truth_path",
)
ERROR_COLUMNS: tuple[str, ...] = ("index", "patient_id", "accession_number", "error")


def manifest_row(ids: StudyIds) -> dict[str, str]:
    """The manifest row of a study (relative POSIX paths)."""
    d = ids.rel_dir
    t = d / "truth"
    return {
        "study_dir": d.as_posix(), "study_uid": ids.study_uid, "accession_number": ids.accession_number,
        "patient_id": ids.patient_id, "report_path": (d / "report.txt").as_posix(),
        "labels_path": (t / "labels.csv").as_posix(), "mask_path": (t / "mask.nii.gz").as_posix(),
        "levels_path": (t / "levels.json").as_posix(), "pathology_path": (t / "pathology.csv").as_posix(),
        "axial_truth_path": (t / "axial_levels.csv").as_posix(),
    }


def _one(out_dir: str, seed: int, index: int, preset: str, scanner: str, sampler, reporter) -> tuple[int, str | None]:
    ids = StudyIds.make(seed, index)
    try:
        generate_study(Path(out_dir), ids, preset=preset, scanner=scanner, pathology_sampler=sampler,
                       report_renderer=reporter)
        return index, None
    except Exception as e:  # recorded, the batch goes on
        return index, f"{type(e).__name__}: {e}"


def generate_cohort(
    out_dir: str | Path,
    n: int,
    seed: int,
    *,
    workers: int = 1,
    preset: str = "standard",
    scanner: str = "standard",
    force: bool = False,
    progress: bool = True,
    preview: bool = False,
    pathology_sampler: PathologySampler | None = None,
    report_renderer: ReportRenderer | None = None,
) -> Path:
    """Write ``n`` studies under ``out_dir`` and return the path of ``out_dir/manifest.csv``.

    ``preset``: protocol preset name (``standard`` or ``small``, see :mod:`.protocol`);
    ``scanner``: scanner profile name (``standard`` or ``varied``, see :mod:`.scanner`);
    ``workers > 1`` renders studies in a process pool (same output as ``workers=1``);
    ``pathology_sampler`` / ``report_renderer`` default to the package's
    ``sample_pathology`` / ``render_report`` (pass picklable functions when ``workers > 1``).
    The manifest lists the studies that exist complete; failures go to ``errors.csv``.
    ``preview``: also write ``preview.png``, a contact sheet of the first study (see :mod:`.preview`).
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    get_preset(preset)  # fail early on a wrong name
    get_scanner(scanner)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    all_ids = [StudyIds.make(seed, i) for i in range(n)]
    for parent in out.iterdir():  # a patient folder holds its study folders
        if parent.is_dir():
            remove_stale_directories(parent)  # left by an interrupted run
    todo = []
    for ids in all_ids:
        d = out / ids.rel_dir
        if force and d.exists():
            shutil.rmtree(d)
        if not study_is_complete(d):
            todo.append(ids.index)
    errors: dict[int, str] = {}
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (TextColumn("[bold]synth[/] {task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn(), TimeRemainingColumn())
    with Progress(*columns, disable=not progress, transient=False) as bar:
        task = bar.add_task(f"{len(todo)} to render, {n - len(todo)} done before", total=len(todo))
        if workers <= 1 or len(todo) <= 1:
            for i in todo:
                idx, err = _one(str(out), seed, i, preset, scanner, pathology_sampler, report_renderer)
                if err:
                    errors[idx] = err
                bar.advance(task)
        else:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                futs = [pool.submit(_one, str(out), seed, i, preset, scanner, pathology_sampler, report_renderer)
                        for i in todo]
                for f in as_completed(futs):
                    idx, err = f.result()
                    if err:
                        errors[idx] = err
                    bar.advance(task)
    rows = [manifest_row(ids) for ids in all_ids if study_is_complete(out / ids.rel_dir)]
    manifest = out / "manifest.csv"
    _write_csv(pd.DataFrame(rows, columns=list(MANIFEST_COLUMNS)), manifest)
    err_rows = [{"index": i, "patient_id": all_ids[i].patient_id, "accession_number": all_ids[i].accession_number,
                 "error": e} for i, e in sorted(errors.items())]
    _write_csv(pd.DataFrame(err_rows, columns=list(ERROR_COLUMNS)), out / "errors.csv")
    if preview and rows:
        from spinelab.data.synth.preview import write_preview

        write_preview(out / rows[0]["study_dir"], out / "preview.png")
    return manifest


def _write_csv(df: pd.DataFrame, path: Path) -> None:
    tmp = path.with_name(path.name + ".tmp")
    df.to_csv(tmp, index=False)
    tmp.replace(path)


__all__ = ["ERROR_COLUMNS", "MANIFEST_COLUMNS", "PRESETS", "generate_cohort", "manifest_row"]
