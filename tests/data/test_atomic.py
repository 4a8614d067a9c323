"""spinelab.data.atomic: a failed write loses nothing already there; a good one replaces it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from spinelab.data.atomic import atomic_directory, remove_stale_directories, write_frame


def test_atomic_directory_keeps_the_old_folder_when_writing_fails(tmp_path: Path) -> None:
    target = tmp_path / "model"
    with atomic_directory(target) as tmp:
        (tmp / "weights").write_text("v1")
    assert (target / "weights").read_text() == "v1"
    with pytest.raises(RuntimeError), atomic_directory(target) as tmp:
        (tmp / "weights").write_text("half")
        raise RuntimeError("killed mid-write")
    assert (target / "weights").read_text() == "v1"  # the old one is untouched
    with atomic_directory(target) as tmp:
        (tmp / "weights").write_text("v2")
    assert (target / "weights").read_text() == "v2"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model"]  # no temporary left


def test_write_frame_replaces_whole_files(tmp_path: Path) -> None:
    out = write_frame(pd.DataFrame({"a": [1, 2]}), tmp_path / "t.parquet")
    assert pd.read_parquet(out).a.tolist() == [1, 2]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.parquet"]


def test_remove_stale_directories_keeps_the_targets(tmp_path):
    """A killed run leaves atomic_directory's temporary and moved-aside folders; they go, the
    finished targets stay."""
    with atomic_directory(tmp_path / "study") as tmp:
        (tmp / "a").write_text("done")
    (tmp_path / ".study.1234abcd.tmp").mkdir()
    (tmp_path / ".study.5678abcd.old").mkdir()
    assert remove_stale_directories(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["study"]
    assert (tmp_path / "study" / "a").read_text() == "done"
