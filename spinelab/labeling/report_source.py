"""Report tables on disk (CSV, Parquet, JSONL) read in deterministic row-range partitions.

A partition is a fixed range of input records ``[row_start, row_stop)`` (plus, for the text
formats, the byte range holding them), so the same input always splits the same way and a
killed run can resume exactly. Reading a partition never raises for a bad row: it returns the
readable reports and one error dict per unreadable row (``report_id``, ``reason``, ``detail``,
``row``; never report text).
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

InputFormat = Literal["csv", "parquet", "jsonl"]
FORMATS: dict[str, InputFormat] = {
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
_SCAN_BLOCK = 1 << 24  # bytes read at a time while scanning record boundaries


class InputError(ValueError):
    """The input report table cannot be read at all (missing file, wrong format or columns)."""


@dataclass(frozen=True)
class InputSpec:
    """Where the reports are and which columns hold the id and the text."""

    path: str
    fmt: InputFormat
    id_col: str = "report_id"
    text_col: str = "text"


@dataclass(frozen=True)
class Partition:
    """Input records ``[row_start, row_stop)``; text formats also give their byte range."""

    index: int
    row_start: int
    row_stop: int
    byte_start: int | None = None
    byte_stop: int | None = None

    @property
    def name(self) -> str:
        """File stem of this partition's outputs, e.g. ``part-00012``."""
        return f"part-{self.index:05d}"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (for plans and manifests)."""
        return asdict(self)


@dataclass(frozen=True)
class RawReport:
    """One readable input record: its 0-based input row, id (str) and raw text value."""

    row: int
    report_id: str
    text: Any


def detect_format(path: str | Path) -> InputFormat:
    """Input format from the file suffix; ``InputError`` listing the known suffixes otherwise."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InputError(
            f"{path}: cannot tell the format from suffix {suffix!r}; "
            f"use one of {sorted(FORMATS)} (CSV, Parquet, JSONL)"
        )
    return FORMATS[suffix]


def open_input(path: str | Path, *, id_col: str = "report_id", text_col: str = "text") -> InputSpec:
    """Check that ``path`` exists, has a known format and holds both columns; return its spec."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: no such file")
    fmt = detect_format(p)
    spec = InputSpec(str(p.resolve()), fmt, id_col, text_col)
    columns = _columns(spec)
    missing = [c for c in (id_col, text_col) if c not in columns]
    if missing:
        raise InputError(
            f"{p}: lacks column(s) {missing}; it has {columns[:20]} "
            "(choose them with --id-col / --text-col)"
        )
    return spec


def _columns(spec: InputSpec) -> list[str]:
    """Column names of the input (JSONL: keys seen in the first 100 non-blank lines)."""
    try:
        if spec.fmt == "parquet":
            import pyarrow.parquet as pq

            return list(pq.ParquetFile(spec.path).schema_arrow.names)
        if spec.fmt == "csv":
            with open(spec.path, encoding="utf-8", errors="replace", newline="") as f:
                header = next(csv.reader(f), None)
            if header is None:
                raise InputError(f"{spec.path}: empty CSV file (no header row)")
            return header
        keys: dict[str, None] = {}
        with open(spec.path, "rb") as f:
            for _, line in zip(range(100), (ln for ln in f if ln.strip()), strict=False):
                try:
                    obj = json.loads(line)
                except ValueError:
                    continue
                if isinstance(obj, dict):
                    keys.update(dict.fromkeys(obj))
        return list(keys)
    except InputError:
        raise
    except Exception as e:  # pyarrow/OS errors: the file itself is unreadable
        raise InputError(f"{spec.path}: unreadable {spec.fmt} file ({type(e).__name__})") from e


# ---------------------------------------------------------------- planning (deterministic)


def plan_partitions(spec: InputSpec, rows_per_partition: int) -> list[Partition]:
    """Split the input into consecutive ranges of ``rows_per_partition`` records.

    Records are data rows (CSV: excluding the header; quoted fields may hold newlines; blank
    lines are not records), JSONL non-blank lines, Parquet rows. Deterministic for a given file.
    """
    if rows_per_partition < 1:
        raise ValueError(f"rows_per_partition must be >= 1, got {rows_per_partition}")
    try:
        if spec.fmt == "parquet":
            import pyarrow.parquet as pq

            n = pq.ParquetFile(spec.path).metadata.num_rows
            return [
                Partition(i, a, min(a + rows_per_partition, n))
                for i, a in enumerate(range(0, n, rows_per_partition))
            ]
        starts, end = _record_starts(spec.path, csv_quotes=spec.fmt == "csv")
    except InputError:
        raise
    except Exception as e:
        raise InputError(f"{spec.path}: unreadable {spec.fmt} file ({type(e).__name__})") from e
    if spec.fmt == "csv":
        starts = starts[1:]  # the header is not a record
    n = len(starts)
    parts = []
    for i, a in enumerate(range(0, n, rows_per_partition)):
        b = min(a + rows_per_partition, n)
        byte_stop = int(starts[b]) if b < n else end
        parts.append(Partition(i, a, b, int(starts[a]), byte_stop))
    return parts


def _record_starts(path: str, *, csv_quotes: bool) -> tuple[np.ndarray, int]:
    """Byte offsets where non-blank records start, and the file size.

    A record ends at a newline; with ``csv_quotes`` only at one outside double quotes
    (RFC 4180: ``""`` inside a quoted field toggles twice and so leaves the state unchanged).
    """
    ends: list[np.ndarray] = []
    parity = 0
    offset = 0
    with open(path, "rb") as f:
        while block := f.read(_SCAN_BLOCK):
            arr = np.frombuffer(block, dtype=np.uint8)
            nl = np.flatnonzero(arr == 10)
            if csv_quotes:
                q = np.cumsum(arr == 34, dtype=np.int64) + parity
                nl = nl[q[nl] % 2 == 0]
                parity = int(q[-1] % 2)
            ends.append(nl.astype(np.int64) + offset)
            offset += len(block)
    size = offset
    line_ends = np.concatenate(ends) if ends else np.zeros(0, np.int64)
    starts = np.concatenate([[0], line_ends + 1])
    stops = np.concatenate([line_ends + 1, [size]])
    keep = stops > starts
    starts, stops = starts[keep], stops[keep]
    if len(starts):
        blank = _blank_records(path, starts, stops)
        starts = starts[~blank]
    return starts, size


def _blank_records(path: str, starts: np.ndarray, stops: np.ndarray) -> np.ndarray:
    """True for records made only of whitespace (``\\n``, ``\\r\\n``, spaces)."""
    blank = np.zeros(len(starts), bool)
    short = np.flatnonzero(stops - starts <= 8)  # longer records hold something else too
    if len(short):
        with open(path, "rb") as f:
            for i in short:
                f.seek(int(starts[i]))
                blank[i] = not f.read(int(stops[i] - starts[i])).strip()
    return blank


# ---------------------------------------------------------------- reading one partition


def read_partition(
    spec: InputSpec, part: Partition
) -> tuple[list[RawReport], list[dict[str, Any]]]:
    """The readable reports of ``part`` and one error dict per unreadable row."""
    if spec.fmt == "parquet":
        records = _parquet_records(spec, part)
    elif spec.fmt == "jsonl":
        records = _jsonl_records(spec, part)
    else:
        records = _csv_records(spec, part)
    reports: list[RawReport] = []
    errors: list[dict[str, Any]] = []
    for row, rid, text, err in records:
        if err is not None:
            errors.append(error_row(rid, "unreadable_row", f"input row {row}: {err}", row))
            continue
        report_id = normalise_id(rid)
        if report_id is None:
            errors.append(error_row(None, "missing_id", f"input row {row} has no report id", row))
            continue
        reports.append(RawReport(row, report_id, text))
    return reports, errors


def error_row(report_id: str | None, reason: str, detail: str, row: int | None) -> dict[str, Any]:
    """One row of an errors table (never holds report text)."""
    return {"report_id": report_id, "reason": reason, "detail": detail, "row": row}


def normalise_id(value: Any) -> str | None:
    """Report id as a stripped string; None for a missing/blank/NaN id. ``12.0`` -> ``'12'``."""
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            value = int(value)
    s = str(value).strip()
    return s or None


_Record = tuple[int, Any, Any, str | None]  # row, raw id, raw text, error (None if readable)


def _read_bytes(spec: InputSpec, part: Partition) -> bytes:
    assert part.byte_start is not None and part.byte_stop is not None
    with open(spec.path, "rb") as f:
        f.seek(part.byte_start)
        return f.read(part.byte_stop - part.byte_start)


def _jsonl_records(spec: InputSpec, part: Partition) -> Iterator[_Record]:
    lines = [ln for ln in _read_bytes(spec, part).split(b"\n") if ln.strip()]
    if len(lines) != part.row_stop - part.row_start:
        raise InputError(f"{spec.path}: changed since the run was planned (partition {part.name})")
    for row, line in enumerate(lines, start=part.row_start):
        try:
            obj = json.loads(line)
        except ValueError:
            yield row, None, None, "not valid JSON"
            continue
        if not isinstance(obj, dict):
            yield row, None, None, f"a JSON {type(obj).__name__}, not an object"
            continue
        yield row, obj.get(spec.id_col), obj.get(spec.text_col), None


def _csv_records(spec: InputSpec, part: Partition) -> Iterator[_Record]:
    import pandas as pd

    with open(spec.path, "rb") as f:
        header = f.readline()
    data = header + _read_bytes(spec, part)
    header_names = next(csv.reader(io.StringIO(header.decode("utf-8", "replace"))))
    bad: list[list[str]] = []

    def on_bad(fields: list[str]) -> None:
        bad.append(fields)
        return None

    df = pd.read_csv(
        io.BytesIO(data),
        dtype=str,
        keep_default_na=False,
        na_values=[""],
        encoding="utf-8",
        encoding_errors="replace",
        engine="python",
        on_bad_lines=on_bad,
        skip_blank_lines=True,
    )
    ids = df[spec.id_col].tolist() if spec.id_col in df else [None] * len(df)
    texts = df[spec.text_col].tolist() if spec.text_col in df else [None] * len(df)
    for row, (rid, text) in enumerate(zip(ids, texts, strict=True), start=part.row_start):
        yield row, rid, text, None
    id_idx = header_names.index(spec.id_col) if spec.id_col in header_names else None
    for fields in bad:
        rid = fields[id_idx] if id_idx is not None and id_idx < len(fields) else None
        yield (
            part.row_start + len(df),
            normalise_id(rid),
            None,
            f"malformed CSV row ({len(fields)} fields, header has {len(header_names)})",
        )


def _parquet_records(spec: InputSpec, part: Partition) -> Iterator[_Record]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(spec.path)
    meta = pf.metadata
    groups, first_row, row = [], None, 0
    for g in range(meta.num_row_groups):
        n = meta.row_group(g).num_rows
        if row < part.row_stop and row + n > part.row_start:
            groups.append(g)
            first_row = row if first_row is None else first_row
        row += n
    if not groups or first_row is None:
        return
    table = pf.read_row_groups(groups, columns=[spec.id_col, spec.text_col])
    table = table.slice(part.row_start - first_row, part.row_stop - part.row_start)
    ids = table.column(spec.id_col).to_pylist()
    texts = table.column(spec.text_col).to_pylist()
    for row_i, (rid, text) in enumerate(zip(ids, texts, strict=True), start=part.row_start):
        yield row_i, rid, text, None


def input_fingerprint(spec: InputSpec) -> dict[str, Any]:
    """What identifies the input for resuming: path, size and modification time."""
    st = os.stat(spec.path)
    return {"path": spec.path, "size": st.st_size, "mtime_ns": st.st_mtime_ns}
