"""Synthetic report corpus: N free-text lumbar MRI reports and the label rows each states, no images.

For training and testing report labelers at a scale a DICOM cohort would make slow. Report ``i``
of seed ``s`` is drawn from its own generator (``SeedSequence([s, i])``), so a corpus is the same
whatever ``n`` and however it is split. Ids: ``SYNR{seed:04d}{i:07d}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd


def report_id(seed: int, index: int) -> str:
    """The id of report ``index`` of corpus ``seed``."""
    return f"SYNR{seed:04d}{index:07d}"


def iter_reports(n: int, seed: int = 0) -> Iterator[tuple[str, str, pd.DataFrame]]:
    """``(report_id, text, labels)`` of reports ``0..n-1``; labels has the REPORT_LABELS columns."""
    from spinelab.data.synth.pathology import sample_pathology
    from spinelab.data.synth.report_text import render_report

    for i in range(n):
        rng = np.random.default_rng(np.random.SeedSequence([seed, i]))
        rid = report_id(seed, i)
        text, rows = render_report(sample_pathology(rng), rng, report_id=rid)
        yield rid, text, rows


def write_report_corpus(out_dir: str | Path, n: int, seed: int = 0) -> tuple[Path, Path]:
    """Write ``OUT/reports.jsonl`` (report_id, text) and ``OUT/report_labels.parquet`` (truth rows).

    Both are written to temporary names and renamed. Returns the two paths."""
    from spinelab.data.atomic import atomic_path, write_frame

    out = Path(out_dir)
    texts: list[dict[str, str]] = []
    labels: list[pd.DataFrame] = []
    for rid, text, rows in iter_reports(n, seed):
        texts.append({"report_id": rid, "text": text})
        labels.append(rows)
    reports_path = out / "reports.jsonl"
    with atomic_path(reports_path) as tmp:
        pd.DataFrame(texts).to_json(tmp, orient="records", lines=True, force_ascii=False)
    table = pd.concat(labels, ignore_index=True) if labels else pd.DataFrame(
        columns=["report_id", "level", "finding", "value", "uncertain"]
    )
    labels_path = write_frame(table, out / "report_labels.parquet")
    return reports_path, labels_path


__all__ = ["iter_reports", "report_id", "write_report_corpus"]
