"""spinelab.labeling.dask_runner: partitioned output on a local Dask cluster, exact resume."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from spinelab.labeling.dask_runner import (
    MANIFEST,
    PLAN,
    SUCCESS,
    RunConflictError,
    label_archive,
)
from spinelab.labeling.labeler import check_text
from spinelab.labeling.runner import LabelerSpec, label_file

HERE = Path(__file__).resolve().parent
KEY = ["report_id", "level", "finding", "value", "uncertain", "evidence", "start", "end", "section"]


class StandInLabeler:
    """Labeler API stand-in: one canal_stenosis row per 'GRADE canal stenosis at Lx-y'."""

    PAT = re.compile(r"(mild|moderate|severe) canal stenosis at (L\d)-(\d)")

    def __init__(self, rules_dir: str | None = None, delay: float = 0.0) -> None:
        self.delay = delay

    def label_report(self, report_id: str, text: object) -> list[dict]:
        if self.delay:
            time.sleep(self.delay)
        text = check_text(text)  # the real labeler's input checks
        return [
            {
                "report_id": report_id,
                "level": f"{m.group(2)}-L{m.group(3)}",
                "finding": "canal_stenosis",
                "value": m.group(1),
                "uncertain": False,
                "evidence": m.group(0),
                "start": m.start(),
                "end": m.end(),
                "section": "findings",
            }
            for m in self.PAT.finditer(text)
        ]


STAND_IN = LabelerSpec(f"{StandInLabeler.__module__}:StandInLabeler", (("rules_dir", None),))
GRADES = ["mild", "moderate", "severe"]


def _reports(n: int) -> pd.DataFrame:
    rows = []
    for i in range(n):
        if i % 11 == 5:
            text = "CT chest: no nodule."
        elif i % 13 == 7:
            text = ""
        else:
            text = " ".join(
                f"{GRADES[(i + k) % 3]} canal stenosis at L{k}-{k + 1}."
                for k in range(1, 1 + i % 4)
            )
        rows.append({"report_id": f"acc{i:04d}", "text": text})
    return pd.DataFrame(rows)


def _rows(out_dir: Path) -> pd.DataFrame:
    """All label rows of a partitioned output, sorted (for exact set comparison)."""
    df = pd.concat([pd.read_parquet(p) for p in sorted(out_dir.glob("part-?????.parquet"))])
    return df[KEY].sort_values(KEY).reset_index(drop=True)


def _errors(out_dir: Path) -> pd.DataFrame:
    df = pd.concat([pd.read_parquet(p) for p in sorted(out_dir.glob("part-?????.errors.parquet"))])
    return df.sort_values(["report_id", "reason"]).reset_index(drop=True)


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, pd.DataFrame, pd.DataFrame]:
    """Input (Parquet, 2 row groups) and its single-process labels and errors."""
    d = tmp_path_factory.mktemp("ref")
    src = d / "reports.parquet"
    _reports(47).to_parquet(src, index=False, row_group_size=20)
    out = d / "single.parquet"
    label_file(src, out, labeler=STAND_IN, progress=False)
    ref = pd.read_parquet(out)[KEY].sort_values(KEY).reset_index(drop=True)
    err = pd.read_parquet(d / "single.errors.parquet").sort_values(["report_id", "reason"])
    return src, ref, err.reset_index(drop=True)


def _archive(src: Path, out: Path, **kw: object):
    return label_archive(
        src,
        out,
        rows_per_partition=6,
        n_workers=2,
        processes=False,
        labeler=STAND_IN,
        progress=False,
        **kw,
    )


def test_archive_equals_single_process_and_resumes(tmp_path: Path, reference) -> None:
    src, ref, ref_err = reference
    out = tmp_path / "arch"
    s = _archive(src, out)
    assert s.n_partitions == 8 and s.n_done_before == 0 and not s.failed
    assert sorted(p.name for p in out.glob("part-*.parquet"))[:3] == [
        "part-00000.errors.parquet",
        "part-00000.parquet",
        "part-00001.errors.parquet",
    ]
    pd.testing.assert_frame_equal(_rows(out), ref)
    pd.testing.assert_frame_equal(_errors(out)[ref_err.columns], ref_err)
    assert (out / SUCCESS).exists()
    manifest = json.loads((out / MANIFEST).read_text())
    assert [p["partition"]["row_start"] for p in manifest["partitions"]] == list(range(0, 47, 6))
    assert sum(p["n_records"] for p in manifest["partitions"]) == 47

    # Simulate a run killed at various moments: partitions 2 and 5 never written, partition 3
    # written but killed before its marker, a stale temp file of partition 6 left behind.
    for name in ["part-00002", "part-00005"]:
        for f in out.glob(f"{name}*"):
            f.unlink()
    (out / "part-00003.done.json").unlink()
    (out / ".part-00006.parquet.deadbeef.tmp").write_bytes(b"half-written")
    (out / MANIFEST).unlink()
    (out / SUCCESS).unlink()

    s2 = _archive(src, out)
    assert s2.n_done_before == 5 and s2.n_labeled_now == 6 + 6 + 6 and not s2.failed
    assert not list(out.glob("*.tmp"))
    pd.testing.assert_frame_equal(_rows(out), ref)  # nothing lost, nothing duplicated
    pd.testing.assert_frame_equal(_errors(out)[ref_err.columns], ref_err)
    assert (out / SUCCESS).exists()

    # A finished run re-run does nothing; a different input in the same directory is refused.
    s3 = _archive(src, out)
    assert s3.n_done_before == 8 and s3.n_labeled_now == 0
    other = tmp_path / "other.parquet"
    _reports(5).to_parquet(other, index=False)
    with pytest.raises(RunConflictError, match="other settings"):
        label_archive(other, out, labeler=STAND_IN, progress=False, processes=False, n_workers=1)
    with pytest.raises(RunConflictError):
        label_archive(
            src, out, rows_per_partition=7, labeler=STAND_IN, progress=False, processes=False
        )


def test_archive_csv_and_jsonl_partitions_match(tmp_path: Path, reference) -> None:
    _, ref, _ = reference
    df = _reports(47)
    df.to_csv(tmp_path / "r.csv", index=False)
    df.to_json(tmp_path / "r.jsonl", orient="records", lines=True)
    for name in ["r.csv", "r.jsonl"]:
        out = tmp_path / f"out_{name}"
        _archive(tmp_path / name, out)
        pd.testing.assert_frame_equal(_rows(out), ref)


@pytest.mark.slow
def test_workers_processes_and_killed_cli_run_resume(
    tmp_path: Path, reference, monkeypatch
) -> None:
    """Real worker processes: ``label_file(workers=2)``, then a CLI --dask run killed mid-way."""
    src, ref, _ = reference
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")]))
    out = tmp_path / "w2.parquet"
    s = label_file(src, out, workers=2, batch_size=10, labeler=STAND_IN, progress=False)
    assert s.n_records == 47
    got = pd.read_parquet(out)[KEY].sort_values(KEY).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, ref)
    assert not (tmp_path / ".w2.parquet.work").exists()

    # Kill a slow CLI run once two partitions are done, then resume it.
    arch = tmp_path / "arch"
    slow = f"{StandInLabeler.__module__}:SlowStandInLabeler"
    cmd = [
        sys.executable,
        "-m",
        "spinelab.cli",
        "label",
        str(src),
        "-o",
        str(arch),
        "--dask",
        "--batch-size",
        "4",
        "--workers",
        "2",
        "--labeler",
        slow,
        "--no-progress",
    ]
    proc = subprocess.Popen(
        cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.time() + 120
        while len(list(arch.glob("*.done.json"))) < 2 and time.time() < deadline:
            time.sleep(0.2)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    n_done = len(list(arch.glob("*.done.json")))
    assert 2 <= n_done < 12 and not (arch / SUCCESS).exists()
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stdout + res.stderr
    assert (arch / SUCCESS).exists() and json.loads((arch / PLAN).read_text())["partitions"]
    pd.testing.assert_frame_equal(_rows(arch), ref)


class SlowStandInLabeler(StandInLabeler):
    """The stand-in, 0.1 s per report (so a run can be killed mid-way)."""

    def __init__(self, rules_dir: str | None = None) -> None:
        super().__init__(rules_dir, delay=0.1)
