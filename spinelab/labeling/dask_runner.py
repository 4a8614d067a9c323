"""Archive-scale labeling with Dask: one Parquet file per input partition, resumable.

``label_archive(INPUT, OUT_DIR)`` splits INPUT into fixed row ranges (deterministic, see
``report_source.plan_partitions``), labels each range on a Dask worker and writes

    OUT_DIR/_plan.json                    input fingerprint, columns, the partition list
    OUT_DIR/part-00012.parquet            label rows of input records [row_start, row_stop)
    OUT_DIR/part-00012.errors.parquet     error rows of the same records
    OUT_DIR/part-00012.done.json          completion marker (written last, counts)
    OUT_DIR/_manifest.json, _SUCCESS      when every partition is done

Each file goes to a temporary name and is renamed. A re-run of the same command skips the
partitions whose marker exists, removes stale temporary files and redoes the rest, so a killed
run neither loses nor duplicates rows. Workers must see INPUT and OUT_DIR at the same paths.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from spinelab.labeling.label_tables import TMP_SUFFIX, write_json, write_table
from spinelab.labeling.report_source import (
    InputSpec,
    Partition,
    input_fingerprint,
    open_input,
    plan_partitions,
)
from spinelab.labeling.runner import (
    LabelerSpec,
    get_labeler,
    label_partition,
    progress_bar,
)

PLAN = "_plan.json"
MANIFEST = "_manifest.json"
SUCCESS = "_SUCCESS"
DEFAULT_ROWS_PER_PARTITION = 5000


class RunConflictError(RuntimeError):
    """OUT_DIR holds a run of another input or other settings; resuming would mix them."""


@dataclass
class ArchiveSummary:
    """Outcome of ``label_archive``: counts, skipped (resumed) and failed partitions."""

    out_dir: str
    n_partitions: int = 0
    n_done_before: int = 0
    n_records: int = 0
    n_rows: int = 0
    n_errors: int = 0
    seconds: float = 0.0
    failed: list[str] = field(default_factory=list)
    error_reasons: dict[str, int] = field(default_factory=dict)

    @property
    def reports_per_s(self) -> float:
        """Records labeled in this run (resumed partitions excluded) per wall-clock second."""
        return self.n_labeled_now / self.seconds if self.seconds > 0 else float("nan")

    n_labeled_now: int = 0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary."""
        return {**asdict(self), "reports_per_s": self.reports_per_s}


def marker_path(out_dir: Path, part: Partition) -> Path:
    """The completion marker of a partition."""
    return out_dir / f"{part.name}.done.json"


def process_partition(
    spec: InputSpec, part: Partition, out_dir: str, labeler: LabelerSpec
) -> dict[str, Any]:
    """Label one partition and write its labels, errors and marker atomically (runs on a worker).

    Returns the marker's content: partition, file names, counts and error reasons.
    """
    t0 = time.perf_counter()
    out = Path(out_dir)
    labels, errors, n = label_partition(spec, part, get_labeler(labeler))
    write_table(labels, out / f"{part.name}.parquet", "parquet")
    write_table(errors, out / f"{part.name}.errors.parquet", "parquet")
    reasons: dict[str, int] = {}
    for r in errors.column("reason").to_pylist():
        reasons[r] = reasons.get(r, 0) + 1
    done = {
        "partition": part.to_dict(),
        "labels": f"{part.name}.parquet",
        "errors": f"{part.name}.errors.parquet",
        "n_records": n,
        "n_rows": labels.num_rows,
        "n_errors": errors.num_rows,
        "error_reasons": reasons,
        "seconds": time.perf_counter() - t0,
    }
    write_json(done, marker_path(out, part))
    return done


def _load_or_write_plan(
    spec: InputSpec, out_dir: Path, rows_per_partition: int, labeler: LabelerSpec
) -> list[Partition]:
    """The partitions of this run: from an existing matching plan, else planned and saved."""
    settings = {
        "input": input_fingerprint(spec),
        "format": spec.fmt,
        "id_col": spec.id_col,
        "text_col": spec.text_col,
        "rows_per_partition": rows_per_partition,
        "labeler": [labeler.factory, [list(kv) for kv in labeler.kwargs]],
    }
    plan_file = out_dir / PLAN
    if plan_file.exists():
        old = json.loads(plan_file.read_text())
        if old["settings"] != json.loads(json.dumps(settings)):
            raise RunConflictError(
                f"{out_dir} holds a run with other settings or another version of the input "
                f"({plan_file}); use a new output directory or delete that one"
            )
        return [Partition(**p) for p in old["partitions"]]
    parts = plan_partitions(spec, rows_per_partition)
    write_json({"settings": settings, "partitions": [p.to_dict() for p in parts]}, plan_file)
    return parts


def _remove_stale_temps(out_dir: Path) -> int:
    """Delete temporary files a killed run left behind; return how many."""
    stale = [p for p in out_dir.glob(f".*{TMP_SUFFIX}") if p.is_file()]
    for p in stale:
        p.unlink()
    return len(stale)


def _is_done(out_dir: Path, part: Partition) -> dict[str, Any] | None:
    """The marker content when the partition is complete (marker and both files present)."""
    m = marker_path(out_dir, part)
    if not m.exists():
        return None
    done = json.loads(m.read_text())
    if not ((out_dir / done["labels"]).exists() and (out_dir / done["errors"]).exists()):
        return None
    return done


def open_client(scheduler: str | None, n_workers: int | None, processes: bool) -> tuple[Any, Any]:
    """A Dask client on ``scheduler`` (address), or on a new ``LocalCluster``; (client, cluster)."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(
        n_workers=n_workers,
        threads_per_worker=1,
        processes=processes,
        dashboard_address=None,
        silence_logs=40,
    )
    return Client(cluster), cluster


def label_archive(
    input_path: str | Path,
    out_dir: str | Path,
    *,
    scheduler: str | None = None,
    id_col: str = "report_id",
    text_col: str = "text",
    rows_per_partition: int = DEFAULT_ROWS_PER_PARTITION,
    n_workers: int | None = None,
    processes: bool = True,
    labeler: LabelerSpec | None = None,
    progress: bool = True,
) -> ArchiveSummary:
    """Label ``input_path`` partition by partition on Dask into ``out_dir`` (resumable).

    ``scheduler``: address of a running Dask scheduler, else a ``LocalCluster`` with
    ``n_workers`` single-threaded workers (``processes=False``: threads in this process).
    A partition that fails (e.g. the input changed) is listed in ``failed``; the others go on.
    """
    t0 = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    labeler = labeler or LabelerSpec.default()
    spec = open_input(input_path, id_col=id_col, text_col=text_col)
    parts = _load_or_write_plan(spec, out, rows_per_partition, labeler)
    _remove_stale_temps(out)
    (out / SUCCESS).unlink(missing_ok=True)
    done: dict[int, dict[str, Any]] = {}
    for p in parts:
        d = _is_done(out, p)
        if d is not None:
            done[p.index] = d
    summary = ArchiveSummary(str(out), n_partitions=len(parts), n_done_before=len(done))
    todo = [p for p in parts if p.index not in done]
    total = sum(p.row_stop - p.row_start for p in todo)
    if todo:
        from dask.distributed import as_completed

        client, cluster = open_client(scheduler, n_workers, processes)
        try:
            futures = {
                client.submit(process_partition, spec, p, str(out), labeler, pure=False): p
                for p in todo
            }
            with progress_bar(progress, total, "labeling partitions") as advance:
                for fut in as_completed(futures):
                    p = futures[fut]
                    try:
                        done[p.index] = fut.result()
                        summary.n_labeled_now += p.row_stop - p.row_start
                    except Exception as e:  # recorded; the other partitions go on
                        summary.failed.append(f"{p.name}: {type(e).__name__}: {e}")
                    advance(p.row_stop - p.row_start)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    for d in done.values():
        summary.n_records += d["n_records"]
        summary.n_rows += d["n_rows"]
        summary.n_errors += d["n_errors"]
        for r, c in d["error_reasons"].items():
            summary.error_reasons[r] = summary.error_reasons.get(r, 0) + c
    summary.seconds = time.perf_counter() - t0
    if not summary.failed and len(done) == len(parts):
        manifest = {
            "input": spec.path,
            "partitions": [
                {
                    k: done[p.index][k]
                    for k in ("partition", "labels", "errors", "n_records", "n_rows", "n_errors")
                }
                for p in parts
            ],
            "summary": summary.to_dict(),
        }
        write_json(manifest, out / MANIFEST)
        write_json({"complete": True}, out / SUCCESS)
    return summary
