"""Intensity normalisation compared on the grader: one training run per method, same split.

    python benchmarks/normalisation.py [--n 300] [--seed 11] [--methods crop_percentile,zscore,minmax,percentile,nyul]
        [--train-fractions 1.0,0.25] [--minutes 15] [--work /tmp/norm_bench] [--reuse] [--tag seed1]
        [any LightningCLI option, e.g. --trainer.max_epochs 40]

A synthetic cohort whose scanners differ between patients (``--scanner varied``: intensity scale
x0.3-2.0, contrast exponent 0.7-1.35, bias field strength x0.8-2.0, noise 2-7 %; see
``spinelab/data/synth/scanners.yaml``) and whose Modic-positive levels get type 1, 2 or 3 with
equal chance (``--modic-balanced``; the SPIDER mix is ~97 % type 2, too few type 1 and 3 to
score). For each method, ``benchmarks/grader_synthetic_cohort.py`` builds the per-level dataset
with ``--normalize METHOD`` (crops at the true disc levels), trains the grader on the IMAGE truth
(``--labels image``: every level and finding labelled, so only the images differ between runs)
with ``experiments/grader_synthetic.yaml``, and predicts the held-out test patients (same
patients for every method: the split is by patient and seed only). Each ``--train-fractions``
value is a point of the learning curve: that share of the training patients (same draw for every
method), same test patients. With every training patient the Modic head can reach its ceiling
whatever the normalisation; the smaller training set shows how well each method carries over
between scanners it has seen few examples of.

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


def run_method(method: str, fraction: float, args: argparse.Namespace, extra: list[str]) -> Path:
    """Train and test one method on ``fraction`` of the training patients with the grader
    benchmark; returns its run directory."""
    run = args.work / ((f"norm_{method}" if fraction >= 1.0 else f"norm_{method}_f{fraction:g}")
                       + (f"_{args.tag}" if args.tag else ""))
    if args.reuse and (run / "result.json").is_file():
        print(f"[{method}] reusing {run}")
        return run
    cmd = [sys.executable, str(BENCH), "--n", str(args.n), "--seed", str(args.seed), "--scanner", "varied",
           "--modic-balanced", "--labels", "image", "--normalize", method, "--work", str(args.work),
           "--run-name", run.name, "--minutes", str(args.minutes), "--gen-workers", str(args.gen_workers),
           "--train-fraction", str(fraction), *extra]
    print(f"[{method}] {' '.join(cmd[1:])}", flush=True)
    log = args.work / f"{run.name}.log"
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
    ap.add_argument("--train-fractions", default="1.0,0.25", help="shares of the training patients, one run each")
    ap.add_argument("--minutes", type=float, default=15.0, help="training cap per run (set it so no run hits it)")
    ap.add_argument("--gen-workers", type=int, default=2)
    ap.add_argument("--work", type=Path, default=Path("/tmp/norm_bench"))
    ap.add_argument("--reuse", action="store_true", help="reuse finished runs under --work")
    ap.add_argument("--tag", default="", help="suffix of run names and outputs (e.g. another --seed_everything)")
    args, extra = ap.parse_known_args()
    args.work.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(REPO / "benchmarks"))
    from grader_synthetic_cohort import image_truth

    rows = []
    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    for fraction in [float(f) for f in args.train_fractions.split(",") if f.strip()]:
        for method in methods:
            run = run_method(method, fraction, args, extra)
            res = json.loads((run / "result.json").read_text())
            cohort = Path(res["cohort"])
            truth = image_truth(pd.read_csv(cohort / "manifest.csv", dtype=str), cohort)
            ms = modic_scores(pd.read_csv(run / "test_predictions.csv", dtype={"report_id": str}), truth)
            others = {t: v["f1"] for t, v in res["tasks"].items() if t != "modic"}
            rows.append({"train_fraction": fraction, "n_train": res["train"]["n_train"], "method": method, **ms,
                         **{f"f1_{t}": v for t, v in others.items()},
                         "f1_other_mean": float(np.mean(list(others.values()))), "fit_s": res["train"]["fit_s"],
                         "epochs": res["train"]["epochs"], "time_cap_hit": res["train"]["time_cap_hit"]})
            print(f"[{method} x{fraction:g}] Modic bal.acc {ms['bal_acc']:.3f} F1 {ms['f1']:.3f}", flush=True)
    df = pd.DataFrame(rows)
    first = df.iloc[0]
    print(f"\nsame test patients for every run: {first['n']} levels; Modic truth MC0/MC1/MC2/MC3 = "
          f"{first['n_MC0']}/{first['n_MC1']}/{first['n_MC2']}/{first['n_MC3']} (scanner 'varied', Modic-balanced "
          f"cohort, n={args.n}, trained on the image truth)")
    other = [c for c in df.columns if c.startswith("f1_") and c != "f1_other_mean"]
    short = {"bal_acc": "modic_balAcc", "f1": "modic_F1", "f1_other_mean": "others_F1",
             **{c: c.removeprefix("f1_").replace("stenosis_", "").replace("_stenosis", "")[:11] for c in other}}
    cols = ["method", "bal_acc", "sens_MC0", "sens_MC1", "sens_MC2", "sens_MC3", "f1", "f1_other_mean", *other]
    for fraction, g in df.groupby("train_fraction", sort=False):
        print(f"\n{g['n_train'].iloc[0]} training levels ({fraction:g} of the training patients)"
              + ("; a run HIT the time cap" if g["time_cap_hit"].any() else ""))
        print(g[cols].rename(columns=short).to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    stem = "normalisation" + (f"_{args.tag}" if args.tag else "")
    (args.work / f"{stem}.json").write_text(json.dumps({"benchmark": "normalisation", "n": args.n,
                                                              "seed": args.seed, "cli_overrides": extra,
                                                              "rows": rows}, indent=1))
    plot(df, args.work / f"{stem}.png")
    print(f"\n-> {args.work / (stem + '.json')}, {args.work / (stem + '.png')}")


def plot(df: pd.DataFrame, out: Path) -> None:
    """Grouped bars per training size: Modic balanced accuracy, per-type sensitivity, F1 per method."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    keys = ["bal_acc", "sens_MC0", "sens_MC1", "sens_MC2", "sens_MC3", "f1"]
    groups = list(df.groupby("train_fraction", sort=False))
    fig, axes = plt.subplots(len(groups), 1, figsize=(9, 3.2 * len(groups)), squeeze=False)
    for ax, (fraction, g) in zip(axes[:, 0], groups, strict=True):
        w = 0.8 / len(g)
        x = np.arange(len(keys))
        for i, r in enumerate(g.itertuples()):
            ax.bar(x + i * w, [getattr(r, k) for k in keys], w, label=r.method)
        ax.set_xticks(x + 0.4 - w / 2, ["balanced acc.", "MC0", "MC1", "MC2", "MC3", "macro-F1"])
        ax.set_ylim(0, 1.05)
        ax.set_title(f"Grader Modic head per normalisation: {g['n_train'].iloc[0]} training levels "
                     f"({fraction:g} of the patients), varied scanners", fontsize=9)
        ax.legend(fontsize=7, ncol=len(g), loc="lower right")
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)


if __name__ == "__main__":
    main()
