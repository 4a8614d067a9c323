"""Train the grader on a built dataset for a fixed time and score it on the test split.

    python benchmarks/grader_synthetic.py --dataset DATASET_DIR [--minutes 10] [--encoder resnet_tiny]

``DATASET_DIR`` is a store built by ``spinelab dataset build`` (e.g. from a ``spinelab synth``
cohort); ``--dataset random`` makes a small random store instead (a smoke run of this script).
Trains on ``train`` (checkpoint selection on ``val`` loss), then prints per-task macro-F1,
balanced accuracy and linear kappa on ``test`` beside a majority-class baseline (the most
frequent training class predicted everywhere), the RSNA 2024 weighted log loss, and a JSON line.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import torch


def majority_baseline(dm, tasks) -> dict[str, dict[str, float]]:
    """Macro-F1 / kappa of predicting each task's most frequent training class on test."""
    from spinelab.grading.metrics import classification_metrics

    counts = dm.class_counts()
    test = dm.split_frame("test")
    out = {}
    for t in tasks:
        y = torch.as_tensor(t.encode(test[t.column]))
        k = int(np.argmax(counts[t.name])) if counts[t.name].sum() else 0
        probs = torch.nn.functional.one_hot(torch.full_like(y, k).clamp_min(0), t.num_classes).float()
        out[t.name] = classification_metrics(probs, y, ordinal=t.ordinal)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dataset", required=True, help="built dataset dir, or 'random' for a smoke run")
    ap.add_argument("--minutes", type=float, default=10.0, help="training wall-clock budget")
    ap.add_argument("--encoder", default="resnet_tiny")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--accelerator", default="auto")
    ap.add_argument("--precision", default="32-true")
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--out", type=Path, default=None, help="run dir (default: a temp dir)")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)

    import lightning as L
    from lightning.pytorch.callbacks import ModelCheckpoint

    from spinelab.grading.datamodule import GraderDataModule
    from spinelab.grading.model import GraderModule
    from spinelab.grading.random_store import make_random_store

    tmp = tempfile.TemporaryDirectory(prefix="grader-synth-")
    run_dir = args.out or Path(tmp.name) / "run"
    ds_dir = args.dataset
    if ds_dir == "random":
        ds_dir = str(make_random_store(Path(tmp.name) / "ds", n_studies=60, size_px=32, seed=0))
    L.seed_everything(0, workers=True)
    dm = GraderDataModule(ds_dir, batch_size=args.batch_size, num_workers=args.workers)
    sizes = {s: len(dm.split_frame(s)) for s in ("train", "val", "test")}
    print(f"dataset {ds_dir}: {sizes}")
    model = GraderModule(sagittal_channels=dm.sagittal_channels, axial_channels=dm.axial_channels,
                         levels=dm.levels, crop_config=dm.crop_config, encoder=args.encoder, lr=args.lr,
                         class_weighting="inverse_sqrt_frequency", axial_dropout=0.1, scheduler="constant")
    ckpt_cb = ModelCheckpoint(dirpath=run_dir / "checkpoints", monitor="val/loss", mode="min", save_last=True)
    # The time budget is the limit (constant learning rate: the number of steps is not known).
    trainer = L.Trainer(
        accelerator=args.accelerator, devices=1, precision=args.precision,
        max_time={"minutes": args.minutes}, max_epochs=10_000, default_root_dir=run_dir,
        callbacks=[ckpt_cb], logger=L.pytorch.loggers.CSVLogger(run_dir, name="csv"),
        enable_progress_bar=False, log_every_n_steps=10,
    )
    t0 = time.perf_counter()
    trainer.fit(model, datamodule=dm)
    train_s = time.perf_counter() - t0
    best = ckpt_cb.best_model_path or ckpt_cb.last_model_path
    test_trainer = L.Trainer(accelerator=args.accelerator, devices=1, logger=False, default_root_dir=run_dir,
                             enable_progress_bar=False)
    test_trainer.test(model, datamodule=dm, ckpt_path=best or None)
    table = pd.read_csv(run_dir / "test_metrics.csv")
    overall = table[table["level"] == "all"].pivot(index="task", columns="metric", values="value")
    base = majority_baseline(dm, model.tasks)
    print(f"\ntrained {trainer.current_epoch} epochs / {trainer.global_step} steps in {train_s / 60:.1f} min; "
          f"checkpoint {Path(best).name if best else 'final'}")
    print(f"{'task':30s} {'n':>5s} {'macroF1':>8s} {'balAcc':>7s} {'kappa':>7s} | {'base F1':>7s} {'base k':>7s}")
    result: dict[str, dict[str, float]] = {}
    for t in model.tasks:
        if t.name not in overall.index:
            print(f"{t.name:30s}   (no labelled test samples)")
            continue
        r = overall.loc[t.name]
        b = base[t.name]
        kappa = r.get("kappa", float("nan"))
        print(f"{t.name:30s} {int(r['n']):5d} {r['f1']:8.3f} {r['bal_acc']:7.3f} {kappa:7.3f} | "
              f"{b.get('f1', float('nan')):7.3f} {b.get('kappa', float('nan')):7.3f}")
        result[t.name] = {"f1": round(float(r["f1"]), 4), "bal_acc": round(float(r["bal_acc"]), 4),
                          "kappa": None if np.isnan(kappa) else round(float(kappa), 4),
                          "baseline_f1": round(float(b.get("f1", float("nan"))), 4), "n": int(r["n"])}
    rsna = table[table["task"] == "rsna"].set_index("metric")["value"].to_dict()
    if rsna:
        print("RSNA 2024 weighted log loss: " + ", ".join(f"{k} {v:.3f}" for k, v in rsna.items()))
    print(json.dumps({"benchmark": "grader_synthetic", "dataset": str(ds_dir), "minutes": args.minutes,
                      "encoder": args.encoder, "epochs": trainer.current_epoch, "steps": trainer.global_step,
                      "splits": sizes, "tasks": result, "rsna": {k: round(v, 4) for k, v in rsna.items()}}))
    tmp.cleanup()


if __name__ == "__main__":
    main()
