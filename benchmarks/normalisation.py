"""Intensity normalisation compared on the grader: one training run per method, same split.

    python benchmarks/normalisation.py [--n 300] [--seed 11] [--methods crop_percentile,zscore,minmax,percentile,nyul]
        [--minutes 8] [--work /tmp/norm_bench] [any LightningCLI option, e.g. --trainer.max_epochs 30]

A synthetic cohort whose scanners differ between patients (``--scanner varied``: intensity scale
x0.3-2.0, contrast exponent 0.7-1.35, bias field strength x0.8-2.0, noise 2-7 %; see
``spinelab/data/synth/scanners.yaml``) and whose Modic-positive levels get type 1, 2 or 3 with
equal chance (``--modic-balanced``; the SPIDER mix is ~97 % type 2, too few type 1 and 3 to
score). For each method, ``benchmarks/grader_synthetic_cohort.py`` builds the per-level dataset
with ``--normalize METHOD`` (crops at the true disc levels), trains the grader on the IMAGE truth
(``--labels image``: every level and finding labelled, so only the images differ between runs)
with ``experiments/grader_synthetic.yaml``, and predicts the held-out test patients (same
patients for every method: the split is by patient and seed only).

Printed, one row per method: Modic balanced accuracy, sensitivity (recall) of MC0 (none), MC1,
MC2, MC3, Modic macro-F1, and the macro-F1 of every other head with their mean. Outputs under
``--work`` (never in the repository): each run's directory, ``normalisation.json`` and
``normalisation.png`` (the Modic figures per method).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "benchmarks" / "grader_synthetic_cohort.py"
MODIC = ("none", "type1", "type2", "type3")


def modic_scores(preds: pd.DataFrame, truth: pd.DataFrame) -> dict[str, float]:
    """Modic figures of one run's test predictions against the image truth (argmax of prob_*):
    per-type sensitivity (recall), balanced accuracy and macro-F1 over the types present."""
    p = preds[preds["finding"] == "modic"]
    key = truth[truth["finding"] == "modic"].set_index(["report_id", "level"])["value"]
    y = np.array([key[(str(a), lv)] for a, lv in zip(p["report_id"], p["level"], strict=True)])
    yhat = np.array(MODIC)[p[[f"prob_{c}" for c in MODIC]].to_numpy().argmax(axis=1)]
    out: dict[str, float] = {"n": int(len(y))}
    recalls, f1s = [], []
    for i, c in enumerate(MODIC):
        tp, n_true, n_pred = int(((y == c) & (yhat == c)).sum()), int((y == c).sum()), int((yhat == c).sum())
        out[f"n_MC{i}"] = n_true
        out[f"sens_MC{i}"] = tp / n_true if n_true else float("nan")
        if n_true:
            recalls.append(tp / n_true)
            f1s.append(2 * tp / (n_true + n_pred))
    out["bal_acc"] = float(np.mean(recalls))
    out["f1"] = float(np.mean(f1s))
    return out


def run_method(method: str, args: argparse.Namespace, extra: list[str]) -> Path:
    """Train and test one method with the grader benchmark; returns its run directory."""
    run = args.work / f"norm_{method}"
    if args.reuse and (run / "result.json").is_file():
        print(f"[{method}] reusing {run}")
        return run
    cmd = [sys.executable, str(BENCH), "--n", str(args.n), "--seed", str(args.seed), "--scanner", "varied",
           "--modic-balanced", "--labels", "image", "--normalize", method, "--work", str(args.work),
           "--run-name", run.name, "--minutes", str(args.minutes), "--gen-workers", str(args.gen_workers), *extra]
    print(f"[{method}] {' '.join(cmd[1:])}", flush=True)
    log = args.work / f"norm_{method}.log"
    with log.open("w") as fh:
        rc = subprocess.run(cmd, stdout=fh, stderr=subprocess.STDOUT, cwd=REPO).returncode
    if rc != 0:
        sys.exit(f"[{method}] failed (exit {rc}); see {log}")
    return run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 epilog="Unknown options are passed to LightningCLI through the grader benchmark.")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--methods", default="crop_percentile,zscore,minmax,percentile,nyul")
    ap.add_argument("--minutes", type=float, default=8.0, help="training cap per method")
    ap.add_argument("--gen-workers", type=int, default=2)
    ap.add_argument("--work", type=Path, default=Path("/tmp/norm_bench"))
    ap.add_argument("--reuse", action="store_true", help="reuse finished runs under --work")
    args, extra = ap.parse_known_args()
    args.work.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(REPO / "benchmarks"))
    from grader_synthetic_cohort import image_truth

    rows = []
    for method in [m.strip() for m in args.methods.split(",") if m.strip()]:
        run = run_method(method, args, extra)
        res = json.loads((run / "result.json").read_text())
        cohort = Path(res["cohort"])
        truth = image_truth(pd.read_csv(cohort / "manifest.csv", dtype=str), cohort)
        ms = modic_scores(pd.read_csv(run / "test_predictions.csv", dtype={"report_id": str}), truth)
        others = {t: v["f1"] for t, v in res["tasks"].items() if t != "modic"}
        rows.append({"method": method, **ms, **{f"f1_{t}": v for t, v in others.items()},
                     "f1_other_mean": float(np.mean(list(others.values()))), "fit_s": res["train"]["fit_s"],
                     "epochs": res["train"]["epochs"]})
        print(f"[{method}] Modic bal.acc {ms['bal_acc']:.3f} F1 {ms['f1']:.3f}", flush=True)
    df = pd.DataFrame(rows)
    first = df.iloc[0]
    print(f"\n{len(df)} methods, same test patients: {first['n']} levels; Modic truth MC0/MC1/MC2/MC3 = "
          f"{first['n_MC0']}/{first['n_MC1']}/{first['n_MC2']}/{first['n_MC3']} (scanner 'varied', Modic-balanced cohort, "
          f"n={args.n}, trained on image truth)")
    cols = ["method", "bal_acc", "sens_MC0", "sens_MC1", "sens_MC2", "sens_MC3", "f1", "f1_other_mean"]
    other = [c for c in df.columns if c.startswith("f1_") and c != "f1_other_mean"]
    table = df[cols + other].rename(columns={"bal_acc": "modic_balAcc", "f1": "modic_F1",
                                             **{c: c.removeprefix("f1_")[:12] for c in other}})
    print(table.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    (args.work / "normalisation.json").write_text(json.dumps({"benchmark": "normalisation", "n": args.n,
                                                              "seed": args.seed, "cli_overrides": extra,
                                                              "rows": rows}, indent=1))
    plot(df, args.work / "normalisation.png")
    print(f"\n-> {args.work / 'normalisation.json'}, {args.work / 'normalisation.png'}")


def plot(df: pd.DataFrame, out: Path) -> None:
    """Grouped bars: Modic balanced accuracy, per-type sensitivity and F1 per method."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    keys = ["bal_acc", "sens_MC0", "sens_MC1", "sens_MC2", "sens_MC3", "f1"]
    fig, ax = plt.subplots(figsize=(9, 3.6))
    w = 0.8 / len(df)
    x = np.arange(len(keys))
    for i, r in enumerate(df.itertuples()):
        ax.bar(x + i * w, [getattr(r, k) for k in keys], w, label=r.method)
    ax.set_xticks(x + 0.4 - w / 2, ["balanced acc.", "MC0", "MC1", "MC2", "MC3", "macro-F1"])
    ax.set_ylim(0, 1.05)
    ax.set_title("Grader Modic head per intensity normalisation (synthetic, varied scanners)")
    ax.legend(fontsize=8, ncol=len(df))
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)


if __name__ == "__main__":
    main()
