"""Label the hand-written annotated report sets and score each against its reference labels.

python benchmarks/labeler_handwritten.py [--root DIR] [--rules-dir DIR] [--json]

Reads every ``set*/reports.jsonl`` + ``labels.csv`` under ``--root`` (default
benchmarks/data/handwritten_reports; see its README for how each set was used: blind, then
development), labels them with spinelab.labeling.labeler.Labeler, scores with
spinelab.labeling.validate.score_tables and prints one line per set, the per-finding table of all
sets pooled, and one JSON line. Never prints report text.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pandas as pd

from spinelab.labeling.labeler import Labeler
from spinelab.labeling.validate import headline_figures, per_finding_table, score_tables

ROOT = Path(__file__).resolve().parent / "data" / "handwritten_reports"


def score_set(lab: Labeler, folder: Path) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """(predicted rows, reference rows, labeller errors) of one set folder."""
    reports = [
        json.loads(line)
        for line in (folder / "reports.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    rows, errors = lab.label_many((r["report_id"], r["text"]) for r in reports)
    pred = pd.DataFrame(rows, columns=["report_id", "level", "finding", "value", "uncertain"])
    gold = pd.read_csv(folder / "labels.csv", dtype=str)
    return pred, gold, len(errors)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=ROOT)
    ap.add_argument("--rules-dir", default=None)
    ap.add_argument("--json", action="store_true", help="print only the JSON line")
    a = ap.parse_args(argv)
    sets = sorted(p for p in a.root.glob("set*") if (p / "labels.csv").exists())
    if not sets:
        print(f"no set*/labels.csv under {a.root}")
        return 2
    lab = Labeler(a.rules_dir)
    out: dict[str, object] = {"benchmark": "labeler_handwritten", "sets": {}}
    preds, golds = [], []
    for folder in sets:
        pred, gold, n_err = score_set(lab, folder)
        figs = headline_figures(score_tables(pred, gold))
        out["sets"][folder.name] = {"n_errors": n_err, **figs}  # type: ignore[index]
        preds.append(pred)
        golds.append(gold)
        if not a.json:
            print(
                f"{folder.name}: {gold.report_id.nunique()} reports, {len(gold)} reference rows, "
                f"micro-F1 {figs['micro_f1']:.3f} (P {figs['precision']:.3f} R {figs['recall']:.3f}), "
                f"exact {figs['exact_on_shared_keys']:.3f}, kappa {figs['kappa_linear_graded']:.3f}"
            )
    pooled = score_tables(pd.concat(preds), pd.concat(golds))
    out["pooled"] = headline_figures(pooled)
    if not a.json:
        print(f"all sets pooled: micro-F1 {out['pooled']['micro_f1']:.3f}")  # type: ignore[index]
        print(per_finding_table(pooled))
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
