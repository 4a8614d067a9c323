"""Label a report table (CSV, Parquet or JSONL) into one label table plus an errors table.

``label_file(INPUT, OUT)`` reads the reports in deterministic row-range batches, labels each
with ``spinelab.labeling.labeler.Labeler`` and writes OUT (Parquet or CSV; atomic) and
``<OUT stem>.errors.<fmt>``. A bad report (empty, not text, not lumbar, no id, unreadable row)
becomes one errors-table row with its reason and the run goes on; nothing logged or recorded
holds report text. ``workers > 1`` labels the batches on a local Dask cluster.
"""

from __future__ import annotations

import importlib
import json
import shutil
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from spinelab.labeling.errors import ReportError
from spinelab.labeling.label_tables import (
    ERROR_SCHEMA,
    LABEL_SCHEMA,
    OutputFormat,
    TableStreamWriter,
    errors_path,
    errors_table,
    labels_table,
)
from spinelab.labeling.labeler import MAX_CHARS
from spinelab.labeling.report_source import (
    InputSpec,
    Partition,
    RawReport,
    error_row,
    open_input,
    plan_partitions,
    read_partition,
)

DEFAULT_LABELER = "spinelab.labeling.labeler:Labeler"
DEFAULT_BATCH = 2000


@dataclass(frozen=True)
class LabelerSpec:
    """How to build the labeler where the work runs: ``"module:Class"`` and its keyword args."""

    factory: str = DEFAULT_LABELER
    kwargs: tuple[tuple[str, Any], ...] = (("rules_dir", None),)

    @classmethod
    def default(cls, rules_dir: str | Path | None = None) -> LabelerSpec:
        """The project's Labeler with an optional rules directory."""
        return cls(DEFAULT_LABELER, (("rules_dir", None if rules_dir is None else str(rules_dir)),))


_LABELERS: dict[LabelerSpec, Any] = {}


def get_labeler(spec: LabelerSpec) -> Any:
    """Build (once per process) the labeler ``spec`` names."""
    if spec not in _LABELERS:
        module, _, name = spec.factory.partition(":")
        try:
            factory = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError) as e:
            raise ImportError(f"cannot load labeler {spec.factory!r}: {e}") from e
        _LABELERS[spec] = factory(**dict(spec.kwargs))
    return _LABELERS[spec]


def screen_text(text: Any, max_chars: int = MAX_CHARS) -> str:
    """The text the labeler gets, screened like :func:`spinelab.labeling.labeler.check_text`:
    bytes are decoded as UTF-8; ``ReportError('not_text')`` for None, NaN, any other non-string
    or undecodable bytes, ``ReportError('too_long')`` over ``max_chars`` characters (1 MB by
    default, the labeler's limit). Blank, junk and non-lumbar text are left to the labeler."""
    if isinstance(text, bytes | bytearray | memoryview):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError:
            raise ReportError(
                "not_text", f"binary data ({len(text)} bytes), not UTF-8 text"
            ) from None
    if not isinstance(text, str):
        what = "None" if text is None else type(text).__name__
        raise ReportError("not_text", f"report is {what}, not a string")
    if len(text) > max_chars:
        raise ReportError("too_long", f"{len(text)} characters (limit {max_chars})")
    return text


def label_reports(
    labeler: Any, reports: Iterable[RawReport], *, seen: set[str] | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Label reports one by one; return (label rows, error rows). Never raises for one report.

    ``seen`` collects ids across calls; a repeated id is an error (``duplicate_id``).
    Unexpected labeler exceptions become ``labeler_failed`` rows naming the exception type only.
    """
    seen = set() if seen is None else seen
    rows: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    for rep in reports:
        if rep.report_id in seen:
            errors.append(
                error_row(
                    rep.report_id, "duplicate_id", f"input row {rep.row} repeats an id", rep.row
                )
            )
            continue
        seen.add(rep.report_id)
        try:
            text = screen_text(rep.text)
            rows.extend(labeler.label_report(rep.report_id, text))
        except ReportError as e:
            errors.append(error_row(rep.report_id, e.reason, e.detail, rep.row))
        except Exception as e:  # a labeler bug must not stop an archive run
            errors.append(
                error_row(
                    rep.report_id,
                    "labeler_failed",
                    f"{type(e).__name__} while labeling input row {rep.row}",
                    rep.row,
                )
            )
    return rows, errors


def label_partition(
    spec: InputSpec, part: Partition, labeler: Any, *, seen: set[str] | None = None
) -> tuple[pa.Table, pa.Table, int]:
    """Read and label one partition: (labels table, errors table, number of input records)."""
    reports, read_errors = read_partition(spec, part)
    rows, errors = label_reports(labeler, reports, seen=seen)
    return labels_table(rows), errors_table(read_errors + errors), part.row_stop - part.row_start


@dataclass
class LabelRunSummary:
    """What a run did: counts, time and where the outputs are."""

    output: str
    errors_output: str
    n_records: int = 0
    n_errors: int = 0
    n_rows: int = 0
    seconds: float = 0.0
    setup_seconds: float = 0.0
    workers: int = 1
    error_reasons: dict[str, int] = field(default_factory=dict)

    @property
    def reports_per_s(self) -> float:
        """Input records per wall-clock second, after start-up (labeler built; with workers > 1
        the local cluster's start is included)."""
        dt = self.seconds - self.setup_seconds
        return self.n_records / dt if dt > 0 else float("nan")

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary."""
        return {**asdict(self), "reports_per_s": self.reports_per_s}


def output_format(output: str | Path, fmt: str | None) -> OutputFormat:
    """Output format from ``fmt`` or else OUT's suffix (``.csv`` -> csv; otherwise parquet)."""
    if fmt is None:
        return "csv" if Path(output).suffix.lower() == ".csv" else "parquet"
    if fmt not in ("parquet", "csv"):
        raise ValueError(f"unknown output format {fmt!r}; valid: ['parquet', 'csv']")
    return fmt  # type: ignore[return-value]


def label_file(
    input_path: str | Path,
    output: str | Path,
    *,
    id_col: str = "report_id",
    text_col: str = "text",
    fmt: str | None = None,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH,
    labeler: LabelerSpec | None = None,
    progress: bool = True,
) -> LabelRunSummary:
    """Label every report of ``input_path`` into ``output`` and its errors table.

    ``workers == 1`` labels in this process, streaming batches of ``batch_size`` reports;
    ``workers > 1`` runs the batches on a local Dask cluster of that many processes (through a
    resumable work directory ``.<OUT name>.work`` beside OUT) and concatenates them in input order.
    Raises ``InputError`` when the input cannot be read at all.
    """
    out_fmt = output_format(output, fmt)
    output = Path(output)
    err_out = errors_path(output, out_fmt)
    spec = open_input(input_path, id_col=id_col, text_col=text_col)
    labeler = labeler or LabelerSpec.default()
    t0 = time.perf_counter()
    summary = LabelRunSummary(str(output), str(err_out), workers=workers)
    if workers > 1:
        from spinelab.labeling.dask_runner import RunConflictError, label_archive

        work = output.with_name(f".{output.name}.work")
        kw: dict[str, Any] = dict(
            id_col=id_col,
            text_col=text_col,
            rows_per_partition=batch_size,
            n_workers=workers,
            labeler=labeler,
            progress=progress,
        )
        try:
            arch = label_archive(spec.path, work, **kw)
        except RunConflictError:  # our work dir holds a run of another input: start afresh
            shutil.rmtree(work)
            arch = label_archive(spec.path, work, **kw)
        if arch.failed:
            raise RuntimeError(
                f"{len(arch.failed)} partition(s) failed ({arch.failed[:5]}); "
                f"re-run to resume from {work}"
            )
        merge_parts(work, output, err_out, out_fmt)
        shutil.rmtree(work)
        summary.n_records, summary.n_rows = arch.n_records, arch.n_rows
        summary.n_errors, summary.error_reasons = arch.n_errors, arch.error_reasons
    else:
        parts = plan_partitions(spec, batch_size)
        lab = get_labeler(labeler)
        summary.setup_seconds = time.perf_counter() - t0
        seen: set[str] = set()
        with (
            TableStreamWriter(output, LABEL_SCHEMA, out_fmt) as w_lab,
            TableStreamWriter(err_out, ERROR_SCHEMA, out_fmt) as w_err,
            _progress(progress, sum(p.row_stop - p.row_start for p in parts)) as advance,
        ):
            for part in parts:
                labels, errs, n = label_partition(spec, part, lab, seen=seen)
                w_lab.write(labels)
                w_err.write(errs)
                summary.n_records += n
                for r in errs.column("reason").to_pylist():
                    summary.error_reasons[r] = summary.error_reasons.get(r, 0) + 1
                advance(n)
            w_lab.commit()
            w_err.commit()
            summary.n_rows, summary.n_errors = w_lab.n_rows, w_err.n_rows
    summary.seconds = time.perf_counter() - t0
    return summary


def merge_parts(parts_dir: Path, output: Path, err_out: Path, fmt: OutputFormat) -> None:
    """Concatenate ``part-*.parquet`` (and their errors) of a Dask run into single files, in order."""
    import pyarrow.parquet as pq

    manifest = json.loads((parts_dir / "_manifest.json").read_text())
    with (
        TableStreamWriter(output, LABEL_SCHEMA, fmt) as w_lab,
        TableStreamWriter(err_out, ERROR_SCHEMA, fmt) as w_err,
    ):
        for p in manifest["partitions"]:
            w_lab.write(pq.read_table(parts_dir / p["labels"], schema=LABEL_SCHEMA))
            w_err.write(pq.read_table(parts_dir / p["errors"], schema=ERROR_SCHEMA))
        w_lab.commit()
        w_err.commit()


class _progress:
    """Context manager yielding ``advance(n)`` for a rich progress bar (a no-op when disabled)."""

    def __init__(self, enabled: bool, total: int, description: str = "labeling reports") -> None:
        self.enabled, self.total, self.description = enabled, total, description
        self._bar: Any = None

    def __enter__(self) -> Any:
        if not self.enabled:
            return lambda n: None
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            transient=False,
        )
        self._bar.start()
        task = self._bar.add_task(self.description, total=self.total, rate="")
        t0 = time.perf_counter()
        done = [0]

        def advance(n: int) -> None:
            done[0] += n
            dt = time.perf_counter() - t0
            rate = f"{done[0] / dt:,.0f} reports/s" if dt > 0 else ""
            self._bar.update(task, advance=n, rate=rate)

        return advance

    def __exit__(self, *args: Any) -> None:
        if self._bar is not None:
            self._bar.stop()


progress_bar = _progress
