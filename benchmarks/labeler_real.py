"""Label the real annotated reports and score them against the reference labels.

python benchmarks/labeler_real.py [--rules-dir DIR] [--repeat N] [--json]
                                  [--reports JSONL --labels CSV]

Reads ../shared/reports/{reports.jsonl,labels.csv} (via spinelab.testing.shared_path), or another
annotated pair given by ``--reports``/``--labels`` (e.g. the hand-written held-out sets in
benchmarks/data/handwritten_reports/), labels
every report with spinelab.labeling.labeler.Labeler, scores with the project's scorer
(spinelab.labeling.validate.score_tables, same primary figures as score_labels.py) and prints the
headline figures, the per-finding table, speed, and one JSON line. Never prints report text.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import pandas as pd

from spinelab.labeling.labeler import Labeler
from spinelab.labeling.validate import (
    headline_figures,
    per_finding_table,
    score_tables,
    summary_line,
)
from spinelab.testing import shared_path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rules-dir", default=None)
    ap.add_argument("--repeat", type=int, default=20, help="passes over the corpus for timing")
    ap.add_argument("--json", action="store_true", help="print only the JSON line")
    ap.add_argument("--reports", type=Path, default=None, help="JSONL with report_id, text")
    ap.add_argument("--labels", type=Path, default=None, help="reference labels CSV")
    a = ap.parse_args(argv)
    if (a.reports is None) != (a.labels is None):
        ap.error("--reports and --labels go together")
    rp, lp = (
        (a.reports, a.labels)
        if a.reports is not None
        else (shared_path("reports", "reports.jsonl"), shared_path("reports", "labels.csv"))
    )
    if rp is None or lp is None:
        print("real reports not found (set SPINELAB_SHARED)", file=sys.stderr)
        return 2
    reports = [
        json.loads(line) for line in rp.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    items = [(r["report_id"], r["text"]) for r in reports]
    gold = pd.read_csv(lp, dtype=str)
    lab = Labeler(a.rules_dir)
    rows, errors = lab.label_many(items)
    pred = pd.DataFrame(rows, columns=["report_id", "level", "finding", "value", "uncertain"])
    m = score_tables(pred, gold)
    # speed with the sentence cache off: repeating the same 32 reports through a warm cache would
    # time cache hits, and real reports rarely repeat a sentence
    cold = Labeler(a.rules_dir, sentence_cache=0)
    t0 = time.perf_counter()
    for _ in range(a.repeat):
        cold.label_many(items)
    dt = time.perf_counter() - t0
    n = len(items) * a.repeat
    chars = sum(len(t) for _, t in items) / len(items)
    out = {
        "benchmark": "labeler_real",
        "reports": str(rp),
        "n_reports": len(items),
        "n_rows": len(pred),
        "n_errors": len(errors),
        "error_reasons": sorted({e["reason"] for e in errors}),
        **headline_figures(m),
        "reports_per_s": round(n / dt, 1),
        "mean_chars": round(chars),
    }
    if not a.json:
        print(
            f"{rp}: {len(items)} reports labelled, {len(pred)} rows, {len(errors)} errors {out['error_reasons']}"
        )
        print(summary_line(m))
        print(per_finding_table(m))
        print(
            f"speed: {out['reports_per_s']} reports/s (one process, sentence cache off, mean {out['mean_chars']} chars/report)"
        )
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
