"""Generate synthetic pathology + reports and print speed, label statistics and variety.

With ``--labeler`` it also labels the reports with ``spinelab.labeling`` and scores the labeler
against the generator's truth rows (the REPORT_LABELS.md evaluation, primary micro-F1), as a
sanity check of both sides. Reads no real data.

Usage: python benchmarks/synth_reports.py [-n 300] [--seed 0] [--labeler] [--dump DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from spinelab.data.synth.pathology import sample_pathology
from spinelab.data.synth.report_text import load_phrases, render_report, spell_level
from spinelab.schema import GRADED_FINDINGS, LUMBAR_LEVELS, POSITIVE_VALUES


def _collapse(finding: str, v: str) -> str:
    return {"none": "nm", "mild": "nm"}.get(v, v) if finding in GRADED_FINDINGS else v


def micro_f1(pred: pd.DataFrame, gold: pd.DataFrame) -> dict[str, float]:
    """Primary score of REPORT_LABELS.md: a key counts when its 3-class-collapsed value matches."""
    k = ["report_id", "level", "finding"]
    p = pred.drop_duplicates(k).set_index(k)["value"]
    g = gold.set_index(k)["value"]
    tp = fp = fn = 0
    for key in set(p.index) | set(g.index):
        inp, ing = key in p.index, key in g.index
        if inp and ing:
            pv, gv = str(p[key]), str(g[key])
            if "present" in (pv, gv):
                ok = (gv if pv == "present" else pv) in POSITIVE_VALUES
            else:
                ok = _collapse(key[2], pv) == _collapse(key[2], gv)
            tp += ok
            fp += not ok
            fn += not ok
        elif inp:
            fp += 1
        else:
            fn += 1
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return {
        "micro_f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
        "precision": prec,
        "recall": rec,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=300, help="number of reports")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--labeler", action="store_true", help="score spinelab.labeling on the reports")
    ap.add_argument("--dump", type=Path, help="write texts.json, gold.csv (and pred.csv) here")
    args = ap.parse_args()

    t0 = time.perf_counter()
    texts: dict[str, str] = {}
    gold, paths = [], []
    for i in range(args.n):
        rng = np.random.default_rng([args.seed, i])
        path = sample_pathology(rng)
        rid = f"syn{args.seed}-{i:05d}"
        text, labels = render_report(path, rng, report_id=rid)
        texts[rid] = text
        gold.append(labels)
        paths.append(path.assign(report_id=rid))
    dt = time.perf_counter() - t0
    g = pd.concat(gold, ignore_index=True)
    allt = "\n".join(texts.values())
    bank = load_phrases()
    fams = {
        f: any(spell_level(lv, f) in allt for lv in LUMBAR_LEVELS) for f in bank.level_spellings
    }
    res: dict[str, object] = {
        "reports": args.n,
        "reports_per_s": round(args.n / dt, 1),
        "rows_per_report": round(len(g) / args.n, 1),
        "levels_per_report": round(g.groupby("report_id")["level"].nunique().mean(), 2),
        "uncertain_frac": round(float(g.uncertain.mean()), 4),
        "ungraded_present_frac": round(
            float((g.value[g.finding.isin([*GRADED_FINDINGS, "modic"])] == "present").mean()), 4
        ),
        "chars_per_report": round(float(np.mean([len(t) for t in texts.values()])), 0),
        "with_impression": round(
            float(
                np.mean(
                    [
                        bool(re.search(r"IMPRESSION|Impression|CONCLUSION|Conclusion", t))
                        for t in texts.values()
                    ]
                )
            ),
            3,
        ),
        "spelling_families_seen": sum(fams.values()),
        "spelling_families": len(fams),
    }
    print(f"{args.n} reports in {dt:.1f} s ({res['reports_per_s']} reports/s)")
    print(
        f"rows/report {res['rows_per_report']}, levels/report {res['levels_per_report']}, "
        f"uncertain {res['uncertain_frac']:.1%}, "
        f"ungraded 'present' (graded findings + modic) {res['ungraded_present_frac']:.1%}"
    )
    print("value counts per finding:")
    print(g.groupby("finding")["value"].value_counts().unstack(fill_value=0).to_string())
    print(f"spelling families seen: {[f for f, ok in fams.items() if ok]}")
    if args.labeler:
        from spinelab.labeling.labeler import Labeler

        lab = Labeler()
        t1 = time.perf_counter()
        pred = pd.DataFrame([r for rid, t in texts.items() for r in lab.label_report(rid, t)])
        res["labeler_reports_per_s"] = round(args.n / (time.perf_counter() - t1), 1)
        res |= {f"labeler_{k}": round(v, 4) for k, v in micro_f1(pred, g).items()}
        print(
            f"labeler on synthetic reports: micro-F1 {res['labeler_micro_f1']:.3f} "
            f"(P {res['labeler_precision']:.3f}, R {res['labeler_recall']:.3f})"
        )
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            pred.to_csv(args.dump / "pred.csv", index=False)
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        (args.dump / "texts.json").write_text(json.dumps(texts))
        g.to_csv(args.dump / "gold.csv", index=False)
        pd.concat(paths).to_csv(args.dump / "pathology.csv", index=False)
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
