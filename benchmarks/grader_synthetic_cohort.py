"""Grader on a synthetic cohort, scored against the IMAGE truth of held-out test patients.

    python benchmarks/grader_synthetic_cohort.py [--n 400] [--cohort DIR] [--labels labeler|truth|image]
        [--scanner standard|varied] [--modic-balanced] [--normalize crop_percentile|zscore|minmax|percentile|nyul]
        [--minutes 15] [--config experiments/grader_synthetic.yaml] [--work /tmp/grader_bench --run-name run]
        [--fov-mm 80 --size-px 64 --axial-fov-mm 80 --axial-size-px 64 --lateral-offset-mm 18]
        [--unstated-as-normal modic,spondylolisthesis,disc_herniation] [--preview crops.png]
        [any LightningCLI option, e.g. --model.lr 0.002 --trainer.max_epochs 20 --data.augment true]

The goal run (macro-F1 >= 0.85 on every task; ``--split-seed``/``--seed_everything`` for other
test patients and training seeds, ``grader_runs_summary.py`` to set runs side by side)::

    python benchmarks/grader_synthetic_cohort.py --n 400 --seed 7 --modic-balanced \
        --unstated-as-normal modic,spondylolisthesis,disc_herniation --uncertain drop

``--modic-balanced`` draws the type of each Modic-positive level uniformly from type 1/2/3; which
levels are Modic-positive, every other finding, and the reports' habits are unchanged (seed 7 gives
the same studies as without it, apart from the Modic type). At the natural SPIDER mix (~97 % of
Modic changes type 2) 400 studies hold about 5 type-3 training levels and 0-2 type-3 test levels,
so the Modic macro-F1 measures one or two levels, not whether the images' three types are told
apart; without the flag the run measures that natural mix.

Steps (each reused when its output exists under ``--work``, so re-runs only retrain):

1. a synthetic cohort (``generate_cohort`` with ``--scanner`` profile, ``--modic-balanced``
   pathology; or ``--cohort DIR``), indexed (``index_archive``);
2. the per-level dataset (``build_dataset``) cut at the TRUE disc levels (``truth/levels.json``):
   this benchmark isolates the grader from segmentation errors;
3. training labels: ``labeler`` (default) = the rule labeler run over the reports (weak, sparse
   labels as the product uses them), or ``truth`` = the rows the reports state
   (``truth/labels.csv``), or ``image`` = every level x finding as the images show it
   (``truth/pathology.csv``: dense labels, no report in between; for comparing image
   pipelines such as normalisations). Unstated findings stay missing (no loss), unless
   ``--unstated-as-normal`` names findings whose unstated levels count as none/absent (a label
   policy for findings reports mention only when present); ``--uncertain drop`` makes hedged
   rows missing too. The crops are built once per cohort
   and crop geometry; each label variant is a view (symlinked crops, its own manifest);
4. training with LightningCLI (the YAML config; ``--trainer.max_time`` = ``--minutes``), the
   checkpoint the config's ModelCheckpoint monitors is kept (grader_synthetic.yaml: the best
   mean validation macro-F1 over tasks, on the weak labels of the validation patients);
5. scores on the test patients against ``truth/pathology.csv`` (every level x finding, what the
   images show): per task and per level macro-F1, balanced accuracy, linearly weighted kappa
   (graded tasks), beside a majority-class baseline; training crops/s; a JSON line.

Outputs go under ``--work`` (default /tmp/grader_bench), never into the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import torch
import yaml
from lightning.pytorch.callbacks import Callback

REPO = Path(__file__).resolve().parents[1]
GOAL_F1 = 0.85


# ------------------------------------------------------------------------------ inputs
def ensure_cohort(args: argparse.Namespace) -> Path:
    """Manifest path of the cohort (generated under work/cohort unless ``--cohort``)."""
    from spinelab.data.synth.cohort import generate_cohort

    if args.cohort is not None:
        m = Path(args.cohort) / "manifest.csv"
        if not m.is_file():
            sys.exit(f"--cohort {args.cohort}: no manifest.csv")
        return m
    from spinelab.data.synth.pathology import sample_pathology, sample_pathology_modic_balanced

    tag = ("" if args.scanner == "standard" else f"_{args.scanner}") + ("_modicbal" if args.modic_balanced else "")
    root = args.work / f"cohort_n{args.n}_s{args.seed}{tag}"
    sampler = sample_pathology_modic_balanced if args.modic_balanced else sample_pathology
    t0 = time.perf_counter()
    m = generate_cohort(root, args.n, args.seed, workers=args.gen_workers, progress=True, scanner=args.scanner,
                        pathology_sampler=sampler)
    print(f"cohort {root}: {len(pd.read_csv(m))} studies ({time.perf_counter() - t0:.0f} s)")
    return m


def ensure_index(cohort: Path, work: Path, workers: int) -> pd.DataFrame:
    from spinelab.data.dicom_index import index_archive

    out = work / f"index_{_key(str(cohort.resolve()))}.parquet"
    t0 = time.perf_counter()
    idx = index_archive(cohort, out, workers=workers, progress=True)
    print(f"index {out}: {len(idx)} series ({time.perf_counter() - t0:.0f} s)")
    return idx


def truth_levels_dir(manifest: pd.DataFrame, cohort: Path, out: Path) -> Path:
    """``out/<accession>/levels.json`` copied from each study's ``truth/levels.json``."""
    for r in manifest.itertuples():
        d = out / str(r.accession_number)
        if not (d / "levels.json").is_file():
            d.mkdir(parents=True, exist_ok=True)
            shutil.copy(cohort / r.levels_path, d / ".levels.json.tmp")
            (d / ".levels.json.tmp").replace(d / "levels.json")
    return out


def cohort_key(manifest: pd.DataFrame, cohort: Path) -> str:
    """Cache key of a cohort: its path and its list of studies (a grown cohort gets a new key)."""
    return _key(str(cohort.resolve()) + ",".join(sorted(manifest["accession_number"].astype(str))))


def training_labels(manifest: pd.DataFrame, cohort: Path, mode: str, work: Path) -> pd.DataFrame:
    """Labels in the REPORT_LABELS schema: the labeler's (weak), the report truth, or the image truth."""
    if mode == "image":
        return image_truth(manifest, cohort)
    if mode == "truth":
        return pd.concat([pd.read_csv(cohort / p, dtype=str, keep_default_na=False) for p in manifest["labels_path"]],
                         ignore_index=True)
    from spinelab.labeling.runner import label_file

    key = cohort_key(manifest, cohort)
    out = work / f"labels_labeler_{key}.parquet"
    if not out.is_file():
        reports = work / f"reports_{key}.jsonl"
        with reports.open("w") as fh:
            for r in manifest.itertuples():
                fh.write(json.dumps({"report_id": str(r.accession_number),
                                     "text": (cohort / r.report_path).read_text()}) + "\n")
        t0 = time.perf_counter()
        label_file(reports, out, progress=True)
        print(f"labeler: {len(manifest)} reports in {time.perf_counter() - t0:.0f} s -> {out}")
    return pd.read_parquet(out).astype({"report_id": str})


def label_view(crops: Path, labels: pd.DataFrame, out: Path, split: tuple[tuple[float, float, float], int] | None = None,
               train_fraction: float = 1.0) -> Path:
    """A dataset dir sharing ``crops``' images (symlinks) whose manifest carries ``labels``.

    The crops do not depend on the labels, so label variants (labeler / truth / policies) reuse
    one build: the ``label_<finding>`` and ``label_filled`` columns are refilled exactly as the builder fills
    them (the value a report states at that level, else null; the findings the policy filled in). ``split`` = (fractions, seed) re-draws
    the patient-level split with the builder's own ``patient_splits`` (other test patients).
    ``train_fraction`` < 1 keeps that share of the training PATIENTS (seeded draw; the others'
    samples get split ``unused``, which no loader reads): a smaller training set, same test set."""
    from spinelab.data.dataset_build import patient_splits
    from spinelab.data.label_policy import filled_findings, filled_rows
    from spinelab.grading.store import CropStore
    from spinelab.schema import FINDINGS

    man = CropStore.open(crops).manifest.copy()
    if split is not None:
        by_patient = patient_splits(man["patient_id"].astype(str).tolist(), *split)
        man["split"] = man["patient_id"].astype(str).map(by_patient)
    if train_fraction < 1.0:
        train_p = sorted(man.loc[man["split"] == "train", "patient_id"].astype(str).unique())
        keep = set(np.random.default_rng(1234).permutation(train_p)[: max(1, round(train_fraction * len(train_p)))])
        man.loc[(man["split"] == "train") & ~man["patient_id"].astype(str).isin(keep), "split"] = "unused"
    key = labels.astype({"report_id": str}).set_index(["report_id", "level", "finding"])["value"]
    key = key[~key.index.duplicated(keep="first")]
    for f in FINDINGS:
        man[f"label_{f}"] = [key.get((str(a), lv, f)) for a, lv in zip(man["accession_number"], man["level"], strict=True)]
        man[f"label_{f}"] = man[f"label_{f}"].astype(object).where(man[f"label_{f}"].notna(), None)
    filled = filled_rows(labels)
    man["label_filled"] = [filled_findings(filled, str(a), lv)
                           for a, lv in zip(man["accession_number"], man["level"], strict=True)]
    out.mkdir(parents=True, exist_ok=True)
    for name in ("crops.zarr", "dataset.json"):
        if not (out / name).exists():
            (out / name).symlink_to((crops / name).resolve())
    tmp = out / ".manifest.parquet.tmp"
    man.to_parquet(tmp, index=False)
    tmp.replace(out / "manifest.parquet")
    CropStore.open(out)  # validates the view
    return out


def image_truth(manifest: pd.DataFrame, cohort: Path) -> pd.DataFrame:
    """report_id, level, finding, value of every level x finding (``truth/pathology.csv``)."""
    return pd.concat([pd.read_csv(cohort / p, dtype=str).assign(report_id=str(a))
                      for a, p in zip(manifest["accession_number"], manifest["pathology_path"], strict=True)],
                     ignore_index=True)


def label_quality(labels: pd.DataFrame, truth: pd.DataFrame, tasks: Any, samples: pd.DataFrame) -> pd.DataFrame:
    """Per finding, over the dataset's samples (``samples``: accession_number, level): coverage
    (labelled fraction), agreement of the labels with the image truth, and the share of
    unstated levels that are normal in the image truth."""
    pairs = set(zip(samples["accession_number"].astype(str), samples["level"], strict=True))
    n_levels = len(pairs)
    labels = labels[[(a, lv) in pairs for a, lv in zip(labels["report_id"].astype(str), labels["level"], strict=True)]]
    truth = truth[[(a, lv) in pairs for a, lv in zip(truth["report_id"], truth["level"], strict=True)]]
    key = truth.set_index(["report_id", "level", "finding"])["value"]
    rows = []
    for t in tasks:
        lab = labels[labels["finding"] == t.finding]
        usable = lab[lab["value"].isin(t.classes)]
        tv = [key.get((a, lv, t.finding)) for a, lv in zip(usable["report_id"], usable["level"], strict=True)]
        agree = float(np.mean([v == w for v, w in zip(usable["value"], tv, strict=True)])) if len(usable) else float("nan")
        stated = set(zip(lab["report_id"], lab["level"], strict=True))
        tt = truth[truth["finding"] == t.finding]
        unstated = [v for a, lv, v in zip(tt["report_id"], tt["level"], tt["value"], strict=True) if (a, lv) not in stated]
        rows.append({"task": t.name, "rows": len(lab), "usable": len(usable),
                     "coverage": len(usable) / max(n_levels, 1), "agree_with_image": agree,
                     "unstated_normal": float(np.mean([v == t.classes[0] for v in unstated])) if unstated else float("nan")})
    return pd.DataFrame(rows)


# ------------------------------------------------------------------------------ training
class TrainThroughput(Callback):
    """Samples and seconds of the training part of each epoch (validation excluded)."""

    def __init__(self) -> None:
        self.samples, self.seconds = 0, 0.0
        self._t0: float | None = None
        self._n = 0

    def on_train_epoch_start(self, trainer: Any, pl_module: Any) -> None:
        self._t0, self._n = time.perf_counter(), 0

    def on_train_batch_end(self, trainer: Any, pl_module: Any, outputs: Any, batch: Any, batch_idx: int) -> None:
        self._n += int(batch["labels"].shape[0])

    def _close(self) -> None:
        if self._t0 is not None:
            self.samples += self._n
            self.seconds += time.perf_counter() - self._t0
            self._t0 = None

    def on_validation_epoch_start(self, trainer: Any, pl_module: Any) -> None:
        if trainer.training:  # validation inside a training epoch: stop the clock
            self._close()

    def on_train_epoch_end(self, trainer: Any, pl_module: Any) -> None:
        self._close()


def run_config(config: Path, run_dir: Path) -> Path:
    """Copy of the YAML config with its run paths moved under ``run_dir``."""
    cfg = yaml.safe_load(config.read_text())
    tr = cfg.setdefault("trainer", {})
    tr["default_root_dir"] = str(run_dir)
    loggers = tr.get("logger")
    for lg in loggers if isinstance(loggers, list) else []:
        if "save_dir" in lg.get("init_args", {}):
            lg["init_args"]["save_dir"] = str(run_dir)
    for cb in tr.get("callbacks") or []:
        if "dirpath" in cb.get("init_args", {}):
            cb["init_args"]["dirpath"] = str(run_dir / "checkpoints")
    out = run_dir / "config.yaml"
    out.write_text(yaml.safe_dump(cfg, sort_keys=False))
    return out


def train(dataset: Path, config: Path, run_dir: Path, minutes: float, extra: list[str]) -> tuple[Any, dict[str, Any]]:
    """Fit with LightningCLI; return the best-validation-loss model and training facts."""
    from spinelab.grading.cli_lightning import GraderCLI
    from spinelab.grading.datamodule import GraderDataModule
    from spinelab.grading.model import GraderModule

    if run_dir.exists():
        shutil.rmtree(run_dir)
    run_dir.mkdir(parents=True)
    m = int(minutes)
    s = int(round((minutes - m) * 60))
    args = ["--config", str(run_config(config, run_dir)), "--data.dataset_dir", str(dataset),
            "--trainer.max_time", f"00:{m // 60:02d}:{m % 60:02d}:{s:02d}", *extra]
    cli = GraderCLI(GraderModule, GraderDataModule, args=args, run=False, save_config_kwargs={"overwrite": True})
    thr = TrainThroughput()
    cli.trainer.callbacks.append(thr)
    t0 = time.perf_counter()
    cli.trainer.fit(cli.model, datamodule=cli.datamodule)
    fit_s = time.perf_counter() - t0
    ckpt = cli.trainer.checkpoint_callback
    best = ckpt.best_model_path if ckpt is not None and ckpt.best_model_path else None
    model = GraderModule.load_from_checkpoint(best, map_location="cpu") if best else cli.model
    max_epochs = cli.trainer.max_epochs
    facts = {
        "fit_s": round(fit_s, 1), "epochs": int(cli.trainer.current_epoch), "max_epochs": max_epochs,
        "steps": int(cli.trainer.global_step), "time_cap_hit": int(cli.trainer.current_epoch) < int(max_epochs or 0),
        "checkpoint": Path(best).name if best else "final",
        "train_crops_per_s": round(thr.samples / thr.seconds, 1) if thr.seconds else None,
        "train_samples_seen": thr.samples, "n_train": len(cli.datamodule.split_frame("train")),
        "n_val": len(cli.datamodule.split_frame("val")), "hparams": {k: v for k, v in dict(model.hparams).items()
                                                                    if k not in ("crop_config",)},
        "batch_size": cli.datamodule.hparams.batch_size,
        "decision_margins": {k: round(v, 3) for k, v in model.decision_margins().items()},
    }
    return model, facts


# ------------------------------------------------------------------------------ scoring
def score(preds: pd.DataFrame, truth: pd.DataFrame, tasks: Any, baseline: dict[str, int]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per task and per (task, level) metrics of test predictions against the image truth."""
    from spinelab.grading.metrics import classification_metrics

    key = truth.set_index(["report_id", "level", "finding"])["value"]
    rows, lv_rows = [], []
    for t in tasks:
        p = preds[preds["finding"] == t.finding].reset_index(drop=True)
        if p.empty:
            continue
        target = torch.from_numpy(t.encode([key.get((a, lv, t.finding)) for a, lv in zip(p["report_id"], p["level"], strict=True)]))
        probs = torch.from_numpy(p[[f"prob_{c}" for c in t.classes]].to_numpy(dtype=np.float32))
        const = torch.nn.functional.one_hot(torch.full((len(p),), baseline[t.name]), t.num_classes).float()
        m = classification_metrics(probs, target, ordinal=t.ordinal)
        b = classification_metrics(const, target, ordinal=t.ordinal)
        dist = np.bincount(target[target >= 0].numpy(), minlength=t.num_classes).tolist()
        rows.append({"task": t.name, **m, "base_f1": b.get("f1"), "base_kappa": b.get("kappa"),
                     "truth_counts": "/".join(map(str, dist))})
        for lv, g in p.groupby("level", sort=False):
            i = torch.from_numpy(g.index.to_numpy())
            lv_rows.append({"task": t.name, "level": lv, **classification_metrics(probs[i], target[i], ordinal=t.ordinal)})
    return pd.DataFrame(rows), pd.DataFrame(lv_rows)


def majority_classes(truth: pd.DataFrame, train_ids: set[str], tasks: Any) -> dict[str, int]:
    """Most frequent image-truth class of each task over the training studies."""
    tr = truth[truth["report_id"].isin(train_ids)]
    out = {}
    for t in tasks:
        y = t.encode(tr.loc[tr["finding"] == t.finding, "value"])
        y = y[y >= 0]
        out[t.name] = int(np.argmax(np.bincount(y, minlength=t.num_classes))) if len(y) else 0
    return out


# ------------------------------------------------------------------------------ preview
def save_preview(dataset: Path, truth: pd.DataFrame, out: Path, n: int = 8, seed: int = 0) -> None:
    """PNG grid: per sample its sagittal channels and axial channels, titled with the image truth."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from spinelab.grading.store import CropStore

    store = CropStore.open(dataset)
    man = store.manifest.sample(n=min(n, len(store.manifest)), random_state=seed)
    key = truth.set_index(["report_id", "level", "finding"])["value"]
    short = {"canal_stenosis": "can", "foraminal_stenosis_left": "forL", "foraminal_stenosis_right": "forR",
             "subarticular_stenosis_left": "subL", "subarticular_stenosis_right": "subR", "disc_bulge": "bul",
             "disc_herniation": "her", "modic": "mod", "spondylolisthesis": "spo"}
    chans = list(store.config.sagittal_channels) + list(store.config.axial_channels)
    fig, axes = plt.subplots(len(man), len(chans), figsize=(1.6 * len(chans), 1.9 * len(man)), squeeze=False)
    for i, r in enumerate(man.itertuples()):
        x = store.read(int(r.sample_idx))
        imgs = list(x["sagittal"]) + list(x["axial"])
        for j, im in enumerate(imgs):
            ax = axes[i, j]
            ax.imshow(im, cmap="gray", vmin=0, vmax=1)
            ax.set_xticks([]), ax.set_yticks([])
            if i == 0:
                ax.set_title(chans[j], fontsize=7)
        vals = [f"{s}={key.get((str(r.accession_number), r.level, f), '?')[:3]}" for f, s in short.items()]
        axes[i, 0].set_ylabel(f"{r.level}", fontsize=7)
        axes[i, len(chans) // 2].set_xlabel(" ".join(vals), fontsize=6)
    fig.tight_layout()
    fig.savefig(out, dpi=90)
    plt.close(fig)
    print(f"crop preview -> {out}")


def _key(s: str) -> str:
    return hashlib.sha1(s.encode()).hexdigest()[:10]


# ------------------------------------------------------------------------------ main
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 epilog="Unknown options are passed to LightningCLI (e.g. --model.lr 0.002).")
    ap.add_argument("--cohort", type=Path, default=None, help="reuse this cohort (dir with manifest.csv)")
    ap.add_argument("--n", type=int, default=400, help="studies to generate (without --cohort)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--gen-workers", type=int, default=2)
    ap.add_argument("--labels", choices=("labeler", "truth", "image"), default="labeler")
    ap.add_argument("--scanner", default="standard", help="scanner profile of a generated cohort (standard | varied)")
    ap.add_argument("--modic-balanced", action="store_true",
                    help="generated cohort: Modic-positive levels get type 1/2/3 with equal chance")
    ap.add_argument("--normalize", default="crop_percentile",
                    help="intensity normalisation of the dataset build (spinelab.data.dataset_build.NORMALIZATIONS)")
    ap.add_argument("--unstated-as-normal", default="",
                    help="comma list of findings whose unstated levels are labelled normal (none/absent), "
                         "e.g. modic,spondylolisthesis; default: unstated stays missing")
    ap.add_argument("--uncertain", choices=("keep", "drop"), default="keep",
                    help="hedged label rows (uncertain=True): keep their value (default) or treat as missing")
    ap.add_argument("--minutes", type=float, default=15.0, help="training wall-clock cap (max_time)")
    ap.add_argument("--config", type=Path, default=REPO / "experiments" / "grader_synthetic.yaml")
    ap.add_argument("--work", type=Path, default=Path("/tmp/grader_bench"))
    ap.add_argument("--run-name", default="run")
    ap.add_argument("--threads", type=int, default=1,
                    help="torch threads (1: on a shared, oversubscribed CPU 2 threads were 10x slower)")
    ap.add_argument("--fov-mm", type=float, default=80.0)
    ap.add_argument("--size-px", type=int, default=64)
    ap.add_argument("--axial-fov-mm", type=float, default=80.0)
    ap.add_argument("--axial-size-px", type=int, default=64)
    ap.add_argument("--lateral-offset-mm", type=float, default=18.0, help="parasagittal planes at +-this")
    ap.add_argument("--canal-offset-mm", type=float, default=22.0)
    ap.add_argument("--axial-slices", type=int, default=3)
    ap.add_argument("--split-seed", type=int, default=None,
                    help="re-draw the patient split with this seed (default: the build's seed 0)")
    ap.add_argument("--train-fraction", type=float, default=1.0,
                    help="train on this share of the training patients (learning-curve point; same test patients)")
    ap.add_argument("--preview", type=Path, default=None, help="write a PNG grid of crops here and go on")
    ap.add_argument("--build-only", action="store_true", help="stop after building the dataset")
    args, extra = ap.parse_known_args()
    torch.set_num_threads(args.threads)
    args.work.mkdir(parents=True, exist_ok=True)

    from spinelab.data.dataset_build import BuildConfig, build_dataset
    from spinelab.data.label_policy import LabelPolicy, apply_label_policy, is_uncertain
    from spinelab.grading.predict import predict_dataset
    from spinelab.grading.tasks import select_tasks

    manifest_path = ensure_cohort(args)
    cohort = manifest_path.parent
    manifest = pd.read_csv(manifest_path, dtype=str)
    index = ensure_index(cohort, args.work, args.gen_workers)
    levels_dir = truth_levels_dir(manifest, cohort, args.work / f"levels_{_key(str(cohort.resolve()))}")
    ckey = cohort_key(manifest, cohort)
    labels = training_labels(manifest, cohort, args.labels, args.work)
    truth = image_truth(manifest, cohort)
    tasks = select_tasks(None)
    label_policy = LabelPolicy.parse(args.unstated_as_normal, args.uncertain)
    policy = list(label_policy.unstated_as_normal)
    raw_labels = labels
    labels = apply_label_policy(labels, label_policy)  # the builder's own policy code
    if args.uncertain == "drop":
        print(f"--uncertain drop: {int(is_uncertain(raw_labels).sum())} of {len(raw_labels)} label rows are hedged -> missing")

    cfg = BuildConfig(fov_mm=args.fov_mm, size_px=args.size_px, axial_fov_mm=args.axial_fov_mm,
                      axial_size_px=args.axial_size_px, canal_offset_mm=args.canal_offset_mm,
                      lateral_offsets_mm=(0.0, -args.lateral_offset_mm, args.lateral_offset_mm),
                      axial_slices=args.axial_slices, normalize=args.normalize)
    crops_dir = args.work / f"crops_{_key(repr((ckey, cfg)))}"
    t0 = time.perf_counter()
    res = build_dataset(index, labels, levels_dir, crops_dir, config=cfg, progress=True)
    print(f"crops {crops_dir} (TRUE levels): {res.counts} ({time.perf_counter() - t0:.0f} s); "
          f"failures by reason: {res.failures['reason'].str.replace(r'[0-9.]+', '#', regex=True).value_counts().to_dict()}")
    split = None if args.split_seed is None else (cfg.split_fractions, args.split_seed)
    ds_key = (ckey, cfg, args.labels, sorted(policy), args.uncertain) + (() if split is None else (split,))
    if args.train_fraction < 1.0:
        ds_key += (("train_fraction", args.train_fraction),)
    ds_dir = label_view(crops_dir, labels, args.work / f"dataset_{_key(repr(ds_key))}", split, args.train_fraction)
    print(f"dataset {ds_dir}: crops of {crops_dir.name} with {args.labels} labels"
          + (f", unstated {','.join(policy)} = normal" if policy else ""))
    lq = label_quality(raw_labels, truth, tasks, res.manifest)
    print(f"\n{args.labels} labels (before --unstated-as-normal) vs image truth (coverage = labelled fraction of the dataset's levels; "
          "unstated_normal = share of unstated levels that are normal in the image truth):")
    print(lq.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    if args.preview is not None:
        save_preview(ds_dir, truth, args.preview)
    if args.build_only:
        return

    run_dir = args.work / args.run_name
    model, facts = train(ds_dir, args.config, run_dir, args.minutes, extra)
    model = model.cpu().eval()
    t0 = time.perf_counter()
    preds = predict_dataset(ds_dir, model, split="test", device="cpu")
    pred_s = time.perf_counter() - t0
    preds.to_csv(run_dir / "test_predictions.csv", index=False)
    man = res.manifest
    train_ids = set(man.loc[man["split"] == "train", "accession_number"].astype(str))
    scores, per_level = score(preds, truth, model.tasks, majority_classes(truth, train_ids, model.tasks))
    scores.to_csv(run_dir / "test_scores.csv", index=False)
    per_level.to_csv(run_dir / "test_scores_per_level.csv", index=False)

    n_test = int(preds[["report_id", "level"]].drop_duplicates().shape[0])
    print(f"\ntrained {facts['epochs']}/{facts['max_epochs']} epochs, {facts['steps']} steps in {facts['fit_s'] / 60:.1f} min "
          f"(cap {args.minutes:g} min{', HIT: schedule cut short' if facts['time_cap_hit'] else ''}); "
          f"train {facts['train_crops_per_s']} crops/s; checkpoint {facts['checkpoint']}")
    if any(facts["decision_margins"].values()):
        print(f"binary heads call 'present' from these logit margins (chosen on validation; 0 = argmax): "
              f"{facts['decision_margins']}")
    print(f"test: {n_test} levels of {preds['report_id'].nunique()} studies, against truth/pathology.csv "
          f"(predict {n_test / max(pred_s, 1e-9):.0f} levels/s)")
    print(f"{'task':28s} {'n':>4s} {'macroF1':>7s} {'balAcc':>6s} {'kappa':>6s} {'AUROC':>6s} | {'baseF1':>6s} "
          f"{'baseK':>6s} | truth counts")
    for r in scores.itertuples():
        k = getattr(r, "kappa", float("nan"))
        bk = r.base_kappa if r.base_kappa is not None else float("nan")
        flag = "" if r.f1 >= GOAL_F1 else "  < goal"
        print(f"{r.task:28s} {int(r.n):4d} {r.f1:7.3f} {r.bal_acc:6.3f} {k:6.3f} {getattr(r, 'auroc', float('nan')):6.3f} | "
              f"{r.base_f1:6.3f} {bk:6.3f} | {r.truth_counts}{flag}")
    pl = per_level.pivot(index="task", columns="level", values="f1")
    order = [lv for lv in ("T12-L1", "L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1") if lv in pl.columns]
    print("\nmacro-F1 per level:")
    print(pl.loc[[t.name for t in model.tasks if t.name in pl.index], order].to_string(float_format=lambda v: f"{v:.2f}"))
    if "kappa" in per_level.columns:
        pk = per_level.dropna(subset=["kappa"]).pivot(index="task", columns="level", values="kappa")
        print("\nlinear kappa per level:")
        print(pk[[c for c in order if c in pk.columns]].to_string(float_format=lambda v: f"{v:.2f}"))
    n_goal = int((scores["f1"] >= GOAL_F1).sum())
    print(f"\n{n_goal}/{len(scores)} tasks reach macro-F1 >= {GOAL_F1}; outputs in {run_dir}")

    result = {
        "benchmark": "grader_synthetic_cohort", "cohort": str(cohort), "studies": len(manifest),
        "labels": args.labels, "normalize": args.normalize, "unstated_as_normal": policy, "uncertain": args.uncertain, "levels": "truth", "minutes_cap": args.minutes, "build_config": {
            k: (list(v) if isinstance(v, tuple) else v) for k, v in cfg.__dict__.items()},
        "split_seed": cfg.seed if args.split_seed is None else args.split_seed, "train_fraction": args.train_fraction,
        "splits": {k: int(v) for k, v in man["split"].value_counts().items()},
        "train": {k: v for k, v in facts.items() if k != "hparams"},
        "model": {k: facts["hparams"].get(k) for k in ("encoder", "feature_dim", "loss", "class_weighting",
                                                       "class_weight_min_count", "filled_label_weight", "lr",
                                                       "scheduler", "axial_dropout", "dropout", "task_weights",
                                                       "calibrate_thresholds")},
        "cli_overrides": extra,
        "label_quality": {r.task: {"coverage": round(r.coverage, 4), "agree": None if np.isnan(r.agree_with_image)
                                   else round(r.agree_with_image, 4)} for r in lq.itertuples()},
        "tasks": {r.task: {"f1": round(r.f1, 4), "bal_acc": round(r.bal_acc, 4),
                           "kappa": None if pd.isna(getattr(r, "kappa", np.nan)) else round(r.kappa, 4),
                           "base_f1": round(r.base_f1, 4), "n": int(r.n)} for r in scores.itertuples()},
        "tasks_at_goal": n_goal,
    }
    (run_dir / "result.json").write_text(json.dumps(result, indent=1))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
