"""Atomic file writes: write to a temporary file in the target's folder, then rename.

A crash or an interrupt leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import glob
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd


@contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it onto ``target`` on success, else delete it."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)


@contextmanager
def atomic_directory(target: str | Path) -> Iterator[Path]:
    """Yield a new temporary folder beside ``target``; on success it replaces ``target`` (an old
    one is moved aside first and deleted only once the new one is in place), else it is deleted."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    tmp.mkdir()
    try:
        yield tmp
        if target.exists():
            old = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.old")
            target.rename(old)
            tmp.rename(target)
            shutil.rmtree(old)
        else:
            tmp.rename(target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def remove_stale_directories(parent: str | Path, names: Iterable[str] | None = None) -> int:
    """Delete the temporary and moved-aside folders that ``atomic_directory`` leaves in
    ``parent`` (the folder holding its targets) when a run is killed; returns how many.
    ``names``: only those of these targets (other runs may be writing the rest)."""
    heads = ["*"] if names is None else [glob.escape(n) for n in names]
    stale = [
        d
        for head in heads
        for pat in (f".{head}.*.tmp", f".{head}.*.old")
        for d in Path(parent).glob(pat)
        if d.is_dir()
    ]
    for d in stale:
        shutil.rmtree(d, ignore_errors=True)
    return len(stale)


def write_frame(df: pd.DataFrame, target: str | Path) -> Path:
    """Write a DataFrame atomically as Parquet (``.parquet``) or CSV (anything else), no index."""
    target = Path(target)
    with atomic_path(target) as tmp:
        if target.name.endswith(".parquet"):
            df.to_parquet(tmp, index=False)
        else:
            df.to_csv(tmp, index=False)
    return target
