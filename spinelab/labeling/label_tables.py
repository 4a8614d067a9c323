"""The labeler's output tables (labels + errors): fixed Arrow schemas and atomic writers.

Labels: the REPORT_LABELS schema columns plus ``evidence``, ``start``, ``end``, ``section``.
Errors: ``report_id`` (null when the row had none), ``reason``, ``detail``, ``row`` (0-based
input row). Every file is written to a temporary name in the target directory and renamed.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Literal

import pandas as pd
import pyarrow as pa

from spinelab.schema import COLUMNS, EVIDENCE_COLUMNS

OutputFormat = Literal["parquet", "csv"]
LABEL_COLUMNS: tuple[str, ...] = (*COLUMNS, *EVIDENCE_COLUMNS)
ERROR_COLUMNS: tuple[str, ...] = ("report_id", "reason", "detail", "row")

LABEL_SCHEMA = pa.schema(
    [
        ("report_id", pa.string()),
        ("level", pa.string()),
        ("finding", pa.string()),
        ("value", pa.string()),
        ("uncertain", pa.bool_()),
        ("evidence", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("section", pa.string()),
    ]
)
ERROR_SCHEMA = pa.schema(
    [
        ("report_id", pa.string()),
        ("reason", pa.string()),
        ("detail", pa.string()),
        ("row", pa.int64()),
    ]
)
TMP_SUFFIX = ".tmp"


def labels_table(rows: Sequence[dict[str, Any]]) -> pa.Table:
    """Label row dicts (as the Labeler returns them) -> Arrow table with ``LABEL_SCHEMA``."""
    cols = {c: [r.get(c) for r in rows] for c in LABEL_COLUMNS}
    return pa.Table.from_pydict(cols, schema=LABEL_SCHEMA)


def errors_table(errors: Sequence[dict[str, Any]]) -> pa.Table:
    """Error dicts -> Arrow table with ``ERROR_SCHEMA`` (missing keys become null)."""
    cols = {c: [e.get(c) for e in errors] for c in ERROR_COLUMNS}
    return pa.Table.from_pydict(cols, schema=ERROR_SCHEMA)


def errors_path(output: str | Path, fmt: OutputFormat) -> Path:
    """``out/labels.parquet`` -> ``out/labels.errors.parquet`` (``.csv`` for CSV output)."""
    out = Path(output)
    return out.with_name(f"{out.stem}.errors.{fmt}")


def temp_path(target: str | Path) -> Path:
    """A unique hidden temporary name beside ``target`` (same filesystem, so rename is atomic)."""
    t = Path(target)
    return t.with_name(f".{t.name}.{uuid.uuid4().hex[:8]}{TMP_SUFFIX}")


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path; on success rename it onto ``target``, on error delete it."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(target)
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_table(table: pa.Table, target: str | Path, fmt: OutputFormat) -> Path:
    """Write an Arrow table as Parquet or CSV, atomically."""
    with atomic_path(target) as tmp:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            pq.write_table(table, tmp)
        else:
            table.to_pandas().to_csv(tmp, index=False)
    return Path(target)


def write_json(obj: Any, target: str | Path) -> Path:
    """Write JSON atomically."""
    with atomic_path(target) as tmp:
        tmp.write_text(json.dumps(obj, indent=1, default=str))
    return Path(target)


class TableStreamWriter:
    """Append Arrow tables to one Parquet or CSV file under a temporary name; ``commit`` renames.

    Use as a context manager: leaving it by an exception deletes the temporary file.
    """

    def __init__(self, target: str | Path, schema: pa.Schema, fmt: OutputFormat) -> None:
        self.target = Path(target)
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = temp_path(self.target)
        self.schema, self.fmt = schema, fmt
        self._writer: Any = None
        self._wrote_header = False
        self.n_rows = 0

    def write(self, table: pa.Table) -> None:
        """Append rows (``table`` must have this writer's schema)."""
        if self.fmt == "parquet":
            import pyarrow.parquet as pq

            if self._writer is None:
                self._writer = pq.ParquetWriter(self.tmp, self.schema)
            if table.num_rows:
                self._writer.write_table(table)
        else:
            df = table.to_pandas()
            df.to_csv(self.tmp, mode="a", header=not self._wrote_header, index=False)
            self._wrote_header = True
        self.n_rows += table.num_rows

    def commit(self) -> Path:
        """Finish the file (an empty one with the schema if nothing was written) and rename it."""
        if self.fmt == "parquet":
            if self._writer is None:
                self.write(self.schema.empty_table())
            self._writer.close()
            self._writer = None
        elif not self._wrote_header:
            self.write(self.schema.empty_table())
        os.replace(self.tmp, self.target)
        return self.target

    def abort(self) -> None:
        """Drop the temporary file."""
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        if self.tmp.exists():
            self.tmp.unlink()

    def __enter__(self) -> TableStreamWriter:
        return self

    def __exit__(self, exc_type: Any, *args: Any) -> None:
        if exc_type is not None or self.tmp.exists():
            self.abort()


def read_table(path: str | Path) -> pd.DataFrame:
    """Read a labels or errors table written by these writers (Parquet or CSV) as pandas."""
    p = Path(path)
    if p.suffix == ".parquet":
        return pd.read_parquet(p)
    return pd.read_csv(p, dtype={"report_id": str})
