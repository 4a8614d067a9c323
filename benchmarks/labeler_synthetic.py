"""Label synthetic reports (spinelab.data.synth.report_text.render_report) and score them against
the rows each text states; also measures labelling speed.

python benchmarks/labeler_synthetic.py [-n 500] [--seed 0] [--show-errors 0] [--json]

Prints micro-F1 and the per-finding table (same scorer as score_labels.py), reports/s on one
core (labelling only, rendering excluded) and one JSON line.
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np
import pandas as pd

from spinelab.data.synth.pathology import sample_pathology
from spinelab.data.synth.report_text import render_report
from spinelab.labeling.labeler import Labeler
from spinelab.labeling.validate import (
    compare_tables,
    headline_figures,
    per_finding_table,
    score_comparison,
    summary_line,
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=500)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--rules-dir", default=None)
    ap.add_argument("--repeat", type=int, default=3, help="timed passes over the reports")
    ap.add_argument("--show-errors", type=int, default=0, help="print N disagreeing keys (no text)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    rng = np.random.default_rng(a.seed)
    items, golds = [], []
    for i in range(a.n):
        rid = f"synth-{a.seed}-{i:05d}"
        text, labels = render_report(sample_pathology(rng), rng, report_id=rid)
        items.append((rid, text))
        golds.append(labels)
    gold = pd.concat(golds, ignore_index=True)
    lab = Labeler(a.rules_dir)
    rows, errors = lab.label_many(items)
    pred = pd.DataFrame(rows, columns=["report_id", "level", "finding", "value", "uncertain"])
    cmp_ = compare_tables(pred, gold)
    m = score_comparison(cmp_)
    t0 = time.perf_counter()
    for _ in range(a.repeat):
        lab.label_many(items)
    dt = time.perf_counter() - t0
    rps = a.n * a.repeat / dt
    # reference on the same machine and moment: the blank English tokenizer alone
    import spacy

    blank = spacy.blank("en")
    t0 = time.perf_counter()
    for _ in range(a.repeat):
        for _doc in blank.pipe(t for _, t in items):
            pass
    tok_rps = a.n * a.repeat / (time.perf_counter() - t0)
    chars = float(np.mean([len(t) for _, t in items]))
    out = {
        "benchmark": "labeler_synthetic",
        "n_reports": a.n,
        "seed": a.seed,
        "n_errors": len(errors),
        **headline_figures(m),
        "reports_per_s": round(rps, 1),
        "tokenizer_only_reports_per_s": round(tok_rps, 1),
        "kb_per_s": round(rps * chars / 1024, 1),
        "mean_chars": round(chars),
    }
    if not a.json:
        print(f"synthetic reports: {a.n} (seed {a.seed}), {len(pred)} rows, {len(errors)} errors")
        print(summary_line(m))
        print(per_finding_table(m))
        print(
            f"speed: {out['reports_per_s']} reports/s, {out['kb_per_s']} KB/s on one core "
            f"(mean {out['mean_chars']} chars/report); spacy.blank('en') tokenizer alone: "
            f"{out['tokenizer_only_reports_per_s']} reports/s"
        )
        if a.show_errors:
            bad = cmp_[~cmp_.correct][["report_id", "level", "finding", "pred", "gold"]]
            print(bad.head(a.show_errors).to_string(index=False))
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
