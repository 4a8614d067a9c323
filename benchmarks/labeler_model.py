"""Rules vs the transformer report model vs their combination, on the real reports in ../shared.

The CheXbert recipe on lumbar reports, measured honestly with the reference set being small:

1. Weak labels: ``--synth-n`` synthetic reports (``spinelab synth --reports-only``) labelled by
   the RULE labeler (not the generator's truth).
2. Pre-training: the model fits those weak labels (``train_report_model``; packaged MiniLM).
3. Cross-validation over ../shared/reports (``--folds``, by report, seeded): per fold the
   pre-trained model is fine-tuned on the reference labels of the other folds' reports only,
   then labels the held-out fold alone (model) and merged with the rules (combination, at
   each ``--thresholds`` value; the default threshold is the one README documents).
4. Scores (REPORT_LABELS.md Evaluation: micro-F1 on the three-class collapse) of rules, the
   pre-trained model without fine-tuning, the cross-validated model and each combination, over
   all held-out predictions; per-finding F1; how many keys the combination changed.
5. Throughput: ``spinelab label --model`` (``label_file`` with ``ModelLabeler``) in reports/s
   on CPU (or the GPU if one is present) over ``--speed-n`` synthetic reports and the real ones.

6. Rules, model and combination on those held-out synthetic reports against the generator's
   truth, where the rules are not perfect.

The rules were written while reading these same 32 reports, so in-sample they are an upper
bound that a learnt model cannot beat here; the comparison that matters is on unseen reports.

Usage: python benchmarks/labeler_model.py [--work DIR] [--synth-n 600] [--epochs 20]
       [--gold-epochs 20] [--folds 4] [--freeze-layers 6] [--html page.html]
The last line printed is a JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from spinelab.testing import shared_path


def _score(pred: pd.DataFrame, gold: pd.DataFrame, ids: list[str]) -> dict[str, Any]:
    from spinelab.labeling.validate import compare_tables, score_comparison

    return score_comparison(compare_tables(pred, gold, report_ids=ids))


def _rows_of(labeler: Any, texts: dict[str, str], ids: list[str]) -> pd.DataFrame:
    rows: list[dict[str, Any]] = []
    for rid in ids:
        rows.extend(labeler.label_report(rid, texts[rid]))
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", type=Path, default=Path("labeler_model_work"))
    ap.add_argument("--synth-n", type=int, default=600)
    ap.add_argument("--synth-seed", type=int, default=100)
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--gold-epochs", type=int, default=20)
    ap.add_argument("--folds", type=int, default=4)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--freeze-layers", type=int, default=6,
                    help="Encoder layers frozen; 6 (all of MiniLM): its states are cached, only the decoder trains.")
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.5, 0.8, 0.95, 0.99])
    ap.add_argument("--speed-n", type=int, default=200)
    ap.add_argument("--html", type=Path, default=None, help="Side-by-side validation page.")
    ap.add_argument("--reuse", action="store_true", help="Reuse a pre-trained model in --work.")
    a = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from spinelab.data.synth.report_corpus import write_report_corpus
    from spinelab.labeling.labeler import Labeler
    from spinelab.labeling.neural.model_labeler import ModelLabeler, combine_rows
    from spinelab.labeling.neural.training import TrainConfig, read_reports, train_report_model
    from spinelab.labeling.runner import LabelerSpec, label_file
    from spinelab.labeling.validate import per_finding_table, read_label_table

    shared = shared_path()
    real_reports = shared / "reports" / "reports.jsonl"
    gold = read_label_table(shared / "reports" / "labels.csv")
    work = a.work
    work.mkdir(parents=True, exist_ok=True)
    res: dict[str, Any] = {"synth_n": a.synth_n, "folds": a.folds}

    # 1-2. weak labels on synthetic reports, pre-training
    pre = work / "pretrained"
    if not (a.reuse and (pre / "config.json").is_file()):
        t0 = time.perf_counter()
        corpus, _ = write_report_corpus(work / "corpus", a.synth_n, a.synth_seed)
        weak = work / "corpus_rules.parquet"
        label_file(corpus, weak, progress=False)
        print(f"weak labels: {a.synth_n} synthetic reports labelled by the rules "
              f"({time.perf_counter() - t0:.0f} s)", flush=True)
        cfg = TrainConfig(epochs=a.epochs, seed=a.seed, freeze_layers=a.freeze_layers)
        s = train_report_model(corpus, weak, pre, cfg=cfg, progress=False)
        res["pretrain"] = s
        w = s["weak"]
        print(f"pre-training: {w['reports']} reports x {w['epochs_done']} epochs in "
              f"{w['seconds']:.0f} s ({w['train_reports_per_s']} reports/s); agreement with the "
              f"rules on {w['val_reports']} held-out synthetic reports: micro-F1 "
              f"{w['val_agreement_with_weak_labels']['micro_f1']:.3f}", flush=True)

    # 3. cross-validation over the real reports
    texts, skipped = read_reports(real_reports)
    ids = sorted(texts)
    rng = np.random.default_rng(a.seed)
    order = list(rng.permutation(ids))
    folds = [sorted(order[k :: a.folds]) for k in range(a.folds)]
    rules = Labeler()
    rules_rows = _rows_of(rules, texts, ids)
    rules_by_report = {rid: g.to_dict("records") for rid, g in rules_rows.groupby("report_id")}
    pre_rows = _rows_of(ModelLabeler(pre), texts, ids)
    cv_rows: list[pd.DataFrame] = []
    comb_rows: dict[float, list[dict[str, Any]]] = {t: [] for t in a.thresholds}
    for k, test in enumerate(folds):
        train_ids = [i for i in ids if i not in set(test)]
        g = gold[gold.report_id.isin(train_ids)]
        gpath = work / f"fold{k}_gold.parquet"
        g.to_parquet(gpath, index=False)
        mdir = work / f"fold{k}_model"
        cfg = TrainConfig(gold_epochs=a.gold_epochs, seed=a.seed, freeze_layers=a.freeze_layers)
        t0 = time.perf_counter()
        train_report_model(real_reports, None, mdir, gold=gpath, init=pre, cfg=cfg, progress=False)
        ml = ModelLabeler(mdir)
        for rid in test:
            mrows = ml.model_rows(rid, texts[rid])
            cv_rows.append(pd.DataFrame([{k2: v for k2, v in r.items() if k2 != "p"} for r in mrows]))
            rr = rules_by_report.get(rid, [])
            for t in a.thresholds:
                comb_rows[t].extend(combine_rows(rr, mrows, t))
        print(f"fold {k}: fine-tuned on {g.report_id.nunique()} reports in "
              f"{time.perf_counter() - t0:.0f} s, tested on {len(test)}", flush=True)
    cv = pd.concat([d for d in cv_rows if len(d)], ignore_index=True)
    tables = {"rules": rules_rows, "model (pre-trained only)": pre_rows, "model (CV fine-tuned)": cv,
              **{f"combined (t={t})": pd.DataFrame(r) for t, r in comb_rows.items()}}
    scores = {name: _score(df, gold, ids) for name, df in tables.items()}
    print(f"\n{len(ids)} real reports ({skipped or 'none'} skipped), {a.folds}-fold CV by report")
    print(f"{'labeler':28s} {'micro-F1':>8s} {'P':>6s} {'R':>6s} {'exact':>6s} {'kappa':>6s}")
    for name, m in scores.items():
        print(f"{name:28s} {m['micro_f1']:8.3f} {m['precision']:6.3f} {m['recall']:6.3f} "
              f"{m['exact_on_shared_keys']:6.3f} {m['kappa_linear_graded']:6.3f}")
    print("\nper-finding F1, model (CV fine-tuned):\n" + per_finding_table(scores["model (CV fine-tuned)"]))
    res["scores"] = {n: {k: m[k] for k in ("micro_f1", "precision", "recall", "exact_on_shared_keys",
                                           "kappa_linear_graded", "per_finding_f1", "tp", "fp", "fn")}
                     for n, m in scores.items()}
    for t, r in comb_rows.items():
        res.setdefault("combined_added_rows", {})[str(t)] = len(r) - len(rules_rows)
    if a.html is not None:
        paths = {}
        for name, df in tables.items():
            p = work / f"pred_{len(paths)}.parquet"
            df.to_parquet(p, index=False)
            paths[name] = p
        from spinelab.labeling.validate import compare_files

        compare_files(paths, shared / "reports" / "labels.csv", html=a.html, reports=real_reports)
        print(f"wrote {a.html}")

    # 5. throughput of `spinelab label --model`
    speed_dir = work / "speed"
    corpus, _ = write_report_corpus(speed_dir, a.speed_n, a.synth_seed + 1)
    spec = LabelerSpec("spinelab.labeling.neural.model_labeler:ModelLabeler",
                       (("model_dir", str(pre)),))
    for name, src in (("synthetic", corpus), ("real", real_reports)):
        r = label_file(src, speed_dir / f"model_{name}.parquet", labeler=spec, progress=False)
        res[f"model_reports_per_s_{name}"] = round(r.reports_per_s, 2)
        print(f"spinelab label --model on {r.n_records} {name} reports: {r.reports_per_s:.2f} reports/s "
              f"(+{r.setup_seconds:.1f} s loading)")
    # 6. the same three on held-out synthetic reports (never trained on) against the generator's
    # truth, where the rules are not perfect
    truth = read_label_table(speed_dir / "report_labels.parquet")
    syn_ids = sorted(set(pd.read_json(corpus, lines=True).report_id.astype(str)))
    rules_syn = speed_dir / "rules_synthetic.parquet"
    label_file(corpus, rules_syn, progress=False)
    comb_spec = LabelerSpec(spec.factory, (*spec.kwargs, ("combine", True)))
    comb_syn = speed_dir / "combined_synthetic.parquet"
    label_file(corpus, comb_syn, labeler=comb_spec, progress=False)
    print(f"\n{len(syn_ids)} held-out synthetic reports against the generator's truth:")
    for name, path in (("rules", rules_syn), ("model (pre-trained)", speed_dir / "model_synthetic.parquet"),
                       ("combined (t=0.95)", comb_syn)):
        m = _score(read_label_table(path), truth, syn_ids)
        res.setdefault("synthetic_truth", {})[name] = {k: m[k] for k in ("micro_f1", "precision", "recall")}
        print(f"{name:28s} micro-F1 {m['micro_f1']:.4f} P {m['precision']:.4f} R {m['recall']:.4f}")
    import torch

    res["device"] = "cuda" if torch.cuda.is_available() else f"cpu ({torch.get_num_threads()} threads)"
    print(json.dumps(res, default=str))
    return res


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
