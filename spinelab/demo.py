"""``spinelab demo``: the whole pipeline on a freshly synthesised cohort, one HTML report.

Stages (each is also its own subcommand): synth -> index -> label (+ validation against the
generator's truth) -> segment (train the U-Net on the training patients, segment every study,
name levels, map axial slices) -> dataset -> grade (train, evaluate on held-out patients) ->
report. Every stage writes under ``OUT/<stage>/`` and records its time and figures in
``OUT/demo_state.json``; a second run resumes after the last finished stage unless ``force``.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, cast

import numpy as np
import pandas as pd
import yaml
from pydantic import BaseModel, ConfigDict, Field

from spinelab.testing import REPO_ROOT

log = logging.getLogger(__name__)

DEFAULT_CONFIG = REPO_ROOT / "experiments" / "demo.yaml"
STAGES: tuple[str, ...] = ("synth", "index", "label", "segment", "dataset", "grade", "report")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SynthSection(_Strict):
    preset: str = "standard"
    scanner: str = "standard"  # scanner profile (spinelab/data/synth/scanners.yaml): standard | varied
    workers: int = Field(default=2, ge=1)


class SegmentSection(_Strict):
    """Overrides of the segmentation config (dotted keys, see ``spinelab/segmentation/configs``).

    ``levels_for_dataset``: ``model`` (default) builds the dataset from the trained model's
    levels; ``truth`` from the generator's true levels, which isolates the grader from
    segmentation errors (the segmentation is still trained and scored).
    """

    overrides: dict[str, Any] = Field(default_factory=dict)
    levels_for_dataset: Literal["model", "truth"] = "model"


class DatasetSection(_Strict):
    fov_mm: float = 80.0
    size_px: int = 64
    axial_fov_mm: float = 80.0
    axial_size_px: int = 64
    normalize: str = "crop_percentile"  # spinelab.data.dataset_build.NORMALIZATIONS


class GradeSection(_Strict):
    config: str = "experiments/grader_demo.yaml"
    args: list[str] = Field(default_factory=list)


class DemoConfig(_Strict):
    """``experiments/demo.yaml``: cohort size, seed and per-stage settings."""

    n: int = Field(default=40, ge=3)
    seed: int = 0
    split_fractions: tuple[float, float, float] = (0.6, 0.2, 0.2)
    synth: SynthSection = Field(default_factory=SynthSection)
    segment: SegmentSection = Field(default_factory=SegmentSection)
    dataset: DatasetSection = Field(default_factory=DatasetSection)
    grade: GradeSection = Field(default_factory=GradeSection)


def load_demo_config(path: str | Path | None = None, **overrides: Any) -> DemoConfig:
    """Read the demo YAML (default ``experiments/demo.yaml``) and apply non-None overrides."""
    p = Path(path) if path is not None else DEFAULT_CONFIG
    data = yaml.safe_load(p.read_text()) if p.is_file() else {}
    data.update({k: v for k, v in overrides.items() if v is not None})
    return DemoConfig.model_validate(data or {})


class DemoStageError(RuntimeError):
    """A demo stage failed; ``report.html`` shows the stages that ran and this error."""

    def __init__(self, stage: str, cause: BaseException) -> None:
        super().__init__(f"demo stage '{stage}' failed: {type(cause).__name__}: {cause}")
        self.stage = stage


# ---------------------------------------------------------------------------------- state
class DemoState:
    """``OUT/demo_state.json``: per stage ``{"done": bool, "seconds": float, "metrics": {...}}``."""

    def __init__(self, out: Path) -> None:
        self.path = out / "demo_state.json"
        self.data: dict[str, Any] = json.loads(self.path.read_text()) if self.path.is_file() else {}

    def done(self, stage: str) -> bool:
        return bool(self.data.get(stage, {}).get("done"))

    def metrics(self, stage: str) -> dict[str, Any]:
        return dict(self.data.get(stage, {}).get("metrics", {}))

    def record(self, stage: str, seconds: float, metrics: dict[str, Any]) -> None:
        self.data[stage] = {"done": True, "seconds": round(seconds, 2), "metrics": _jsonable(metrics)}
        self._write()

    def _write(self) -> None:
        tmp = self.path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(self.data, indent=2))
        os.replace(tmp, self.path)

    def fail(self, stage: str, seconds: float, error: str) -> None:
        self.data[stage] = {"done": False, "seconds": round(seconds, 2), "error": error}
        self._write()

    def reset_from(self, stage: str) -> None:
        for s in STAGES[STAGES.index(stage):]:
            self.data.pop(s, None)


def _jsonable(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {str(k): _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_jsonable(v) for v in obj]
    if isinstance(obj, (np.integer,)):
        return int(obj)
    if isinstance(obj, (np.floating, float)):
        return None if not np.isfinite(obj) else float(obj)
    if isinstance(obj, (np.bool_,)):
        return bool(obj)
    return obj


# ---------------------------------------------------------------------------------- stages
class Demo:
    """The stage functions; each reads earlier stages' outputs from ``out`` and returns figures."""

    def __init__(self, out: Path, cfg: DemoConfig, *, progress: bool = True) -> None:
        self.out, self.cfg, self.progress = out, cfg, progress

    # paths
    @property
    def cohort(self) -> Path:
        return self.out / "cohort"

    @property
    def manifest(self) -> pd.DataFrame:
        return pd.read_csv(self.cohort / "manifest.csv", dtype=str)

    def splits(self) -> dict[str, str]:
        from spinelab.data.dataset_build import patient_splits

        return patient_splits(list(self.manifest["patient_id"]), self.cfg.split_fractions, self.cfg.seed)

    # 1
    def synth(self) -> dict[str, Any]:
        from spinelab.data.synth.cohort import generate_cohort

        generate_cohort(self.cohort, self.cfg.n, self.cfg.seed, workers=self.cfg.synth.workers,
                        preset=self.cfg.synth.preset, scanner=self.cfg.synth.scanner, progress=self.progress)
        errors = pd.read_csv(self.cohort / "errors.csv")
        n_files = sum(1 for _ in self.cohort.rglob("*.dcm"))
        return {"studies": len(self.manifest), "errors": len(errors), "dicom_files": n_files}

    # 2
    def index(self) -> dict[str, Any]:
        from spinelab.data.dicom_index import errors_path, index_archive

        t0 = time.perf_counter()
        idx = index_archive(self.cohort, self.out / "index.parquet", progress=self.progress)
        secs = time.perf_counter() - t0
        errs = pd.read_parquet(errors_path(self.out / "index.parquet"))
        # every synthetic study has exactly one sagittal T1, one sagittal T2, one axial T2
        roles = idx.groupby("study_uid").apply(
            lambda g: sorted(zip(g["plane"], g["contrast"], strict=True)), include_groups=False
        )
        expected = sorted([("axial", "T2"), ("sagittal", "T1"), ("sagittal", "T2")])
        ok = int(sum(r == expected for r in roles))
        return {"series": len(idx), "studies": int(idx["study_uid"].nunique()),
                "studies_classified_correctly": ok, "error_files": len(errs),
                "files_per_s": float(idx["n_instances"].sum() / secs) if secs > 0 else None}

    # 3
    def label(self) -> dict[str, Any]:
        from spinelab.labeling.runner import label_file
        from spinelab.labeling.validate import validate_files

        d = self.out / "label"
        d.mkdir(parents=True, exist_ok=True)
        m = self.manifest
        reports = d / "reports.jsonl"
        with reports.open("w") as fh:
            for r in m.itertuples():
                text = (self.cohort / r.report_path).read_text()
                fh.write(json.dumps({"report_id": r.accession_number, "text": text}) + "\n")
        gold = pd.concat([pd.read_csv(self.cohort / p, dtype=str) for p in m["labels_path"]], ignore_index=True)
        gold.to_csv(d / "gold.csv", index=False)
        summary = label_file(reports, self.out / "labels.parquet", progress=self.progress)
        metrics = validate_files(self.out / "labels.parquet", d / "gold.csv", html=d / "validation.html",
                                 json_out=d / "validation.json", reports=reports)
        return {"reports": len(m), "rows": int(getattr(summary, "n_rows", 0) or len(pd.read_parquet(self.out / "labels.parquet"))),
                "errors": int(getattr(summary, "n_errors", 0) or 0), "validation": metrics}

    # 4
    def segment(self) -> dict[str, Any]:
        from spinelab.segmentation.archive import segment_archive
        from spinelab.segmentation.dataset_file import dataset_from_synth_manifest
        from spinelab.segmentation.model_dir import load_model_dir
        from spinelab.segmentation.train import train_segmenter

        d = self.out / "segment"
        d.mkdir(parents=True, exist_ok=True)
        m = self.manifest
        split = self.splits()
        train_m = m[m["patient_id"].map(split) == "train"]
        train_manifest = self.cohort / "manifest.train.csv"
        train_m.to_csv(train_manifest, index=False)
        ds = dataset_from_synth_manifest(train_manifest, d / "dataset.json", name="demo-train")
        model_dir = self.out / "seg_model"
        t0 = time.perf_counter()
        train_segmenter([ds], model_dir, overrides=dict(self.cfg.segment.overrides))
        train_s = time.perf_counter() - t0
        idx = pd.read_parquet(self.out / "index.parquet")
        arch = segment_archive(idx, model_dir, self.out / "levels", model=load_model_dir(model_dir),
                               progress=False)
        done = arch.studies.set_index("accession_number")
        why = {a: f"{st}: {r}" for a, st, r in zip(arch.errors["accession_number"], arch.errors["stage"],
                                                    arch.errors["reason"], strict=True)}
        rows, map_rows = [], []
        infer_s = []
        for r in m.itertuples():
            base = {"accession_number": r.accession_number, "split": split[r.patient_id]}
            st = done.loc[r.accession_number] if r.accession_number in done.index else None
            if st is None or st["status"] == "failed":  # recorded, the demo goes on
                rows.append({**base, "error": why.get(r.accession_number, "not segmented")})
                continue
            infer_s.append(float(st["seconds"]))
            out_dir = self.out / "levels" / str(st["folder"])
            rows.append({**base, "folder": st["folder"],
                         **_segmentation_scores(self.cohort / r.mask_path, out_dir / "mask.nii.gz",
                                                self.cohort / r.levels_path, out_dir / "levels.json")})
            if not (out_dir / "axial_map.csv").is_file():  # e.g. no disc found: nothing mapped
                rows[-1]["error"] = f"axial mapping: {st['notes'] if pd.notna(st['notes']) else 'no axial map'}"
                continue
            map_rows.append(_axial_mapping_scores(out_dir / "axial_map.csv",
                                                  self.cohort / r.axial_truth_path, split[r.patient_id]))
        seg = pd.DataFrame(rows)
        seg.to_csv(d / "segmentation_scores.csv", index=False)
        amap = pd.concat(map_rows, ignore_index=True) if map_rows else pd.DataFrame()
        amap.to_csv(d / "axial_mapping.csv", index=False)
        held = seg[seg["split"] != "train"] if "split" in seg else seg
        out: dict[str, Any] = {
            "train_studies": len(train_m), "train_seconds": train_s,
            "inference_seconds_per_study": float(np.mean(infer_s)) if infer_s else None,
            "failed_studies": int(seg["error"].notna().sum()) if "error" in seg else 0,
        }
        for col in [c for c in seg.columns if c.startswith(("dice_", "naming_", "disc_centre"))]:
            out[f"heldout_{col}"] = float(held[col].mean()) if len(held) else None
        if len(amap):
            heldout_acc = amap[amap["split"] != "train"]
            out["axial_mapping_accuracy"] = float(amap["correct"].mean())
            out["axial_mapping_accuracy_heldout"] = float(heldout_acc["correct"].mean()) if len(heldout_acc) else None
            out["axial_slices"] = len(amap)
        return out

    # 5
    def dataset(self) -> dict[str, Any]:
        from spinelab.data.dataset_build import BuildConfig, build_dataset

        c = self.cfg.dataset
        cfg = BuildConfig(fov_mm=c.fov_mm, size_px=c.size_px, axial_fov_mm=c.axial_fov_mm,
                          axial_size_px=c.axial_size_px, split_fractions=self.cfg.split_fractions,
                          seed=self.cfg.seed, normalize=c.normalize)
        levels_dir = self.out / "levels"
        if self.cfg.segment.levels_for_dataset == "truth":
            levels_dir = self.out / "levels_truth"
            for r in self.manifest.itertuples():
                (levels_dir / r.accession_number).mkdir(parents=True, exist_ok=True)
                shutil.copy(self.cohort / r.levels_path, levels_dir / r.accession_number / "levels.json")
        res = build_dataset(self.out / "index.parquet", self.out / "labels.parquet", levels_dir,
                            self.out / "dataset", config=cfg, progress=self.progress)
        return {**res.counts, "levels_from": self.cfg.segment.levels_for_dataset}

    # 6
    def grade(self) -> dict[str, Any]:
        from lightning.pytorch.callbacks import ModelCheckpoint

        from spinelab.grading.cli_lightning import run_cli
        from spinelab.grading.predict import predict_dataset

        d = self.out / "grade"
        cfg_path = Path(self.cfg.grade.config)
        if not cfg_path.is_absolute():
            cfg_path = REPO_ROOT / cfg_path
        args = ["fit", "--config", str(cfg_path), "--data.dataset_dir", str(self.out / "dataset"),
                "--trainer.default_root_dir", str(d),
                "--trainer.logger", "lightning.pytorch.loggers.CSVLogger", "--trainer.logger.save_dir", str(d),
                "--model.seg_model", str(self.out / "seg_model"),
                "--trainer.enable_progress_bar", str(self.progress).lower(),
                *self.cfg.grade.args]
        cli = run_cli(args)
        # typed as the Checkpoint base; the grader trains with Lightning's ModelCheckpoint
        ckpt_cb = cast(ModelCheckpoint | None, cli.trainer.checkpoint_callback)
        best = Path(ckpt_cb.best_model_path) if ckpt_cb and ckpt_cb.best_model_path else None
        final = self.out / "grader.ckpt"
        cli.trainer.save_checkpoint(final)
        model = cli.model if best is None else type(cli.model).load_from_checkpoint(best, map_location="cpu")
        if best is not None:
            shutil.copy(best, final)
        preds = predict_dataset(self.out / "dataset", model, split="test", device="cpu")
        preds.to_csv(d / "test_predictions.csv", index=False)
        truth = pd.concat([pd.read_csv(self.cohort / p, dtype=str).assign(report_id=a)
                           for a, p in zip(self.manifest["accession_number"], self.manifest["pathology_path"], strict=True)])
        scores, per_level = _grader_scores(preds, truth, model.tasks)
        scores.to_csv(d / "test_scores.csv", index=False)
        per_level.to_csv(d / "test_scores_per_level.csv", index=False)
        return {"checkpoint": str(final), "epochs": int(cli.trainer.current_epoch),
                "steps": int(cli.trainer.global_step),
                "test_samples": int(preds[["report_id", "level"]].drop_duplicates().shape[0]),
                "per_task": scores.set_index("task").to_dict(orient="index")}

    # 7
    def report(self) -> dict[str, Any]:
        from spinelab.demo_report import write_report

        path = write_report(self.out)
        return {"report": str(path)}


def _segmentation_scores(truth_mask: Path, pred_mask: Path, truth_levels: Path, pred_levels: Path) -> dict[str, Any]:
    """Dice per vertebra/disc name, vertebra naming accuracy and disc-centre error (mm)."""
    from spinelab.anatomy import MASK_VALUES
    from spinelab.data.volume import read_nifti
    from spinelab.segmentation.levels_io import read_levels

    t = np.asarray(read_nifti(truth_mask).array)
    p = np.asarray(read_nifti(pred_mask).array)
    out: dict[str, Any] = {}
    dice_v: list[float] = []
    dice_d: list[float] = []
    for name, v in MASK_VALUES.items():
        if name == "canal":
            continue
        a, b = t == v, p == v
        if a.sum() == 0:
            continue
        dsc = 2.0 * np.logical_and(a, b).sum() / (a.sum() + b.sum())
        (dice_d if "-" in name else dice_v).append(dsc)
    out["dice_vertebrae"] = float(np.mean(dice_v)) if dice_v else None
    out["dice_discs"] = float(np.mean(dice_d)) if dice_d else None
    tl, pl = read_levels(truth_levels), read_levels(pred_levels)
    tv = {v["name"]: np.asarray(v["centroid_mm"]) for v in tl["vertebrae"]}
    named = 0
    for v in pl["vertebrae"]:
        c = np.asarray(v["centroid_mm"])
        nearest = min(tv, key=lambda k: np.linalg.norm(tv[k] - c)) if tv else None
        named += int(nearest == v["name"])
    out["naming_accuracy"] = named / max(len(pl["vertebrae"]), 1)
    td = {x["name"]: np.asarray(x["center_mm"]) for x in tl["discs"]}
    errs = [float(np.linalg.norm(td[x["name"]] - np.asarray(x["center_mm"]))) for x in pl["discs"] if x["name"] in td]
    out["disc_centre_error_mm"] = float(np.mean(errs)) if errs else None
    out["qc_flags"] = ";".join(q["flag"] for q in pl.get("qc", []))
    return out


def _axial_mapping_scores(axial_map: Path, truth: Path, split: str) -> pd.DataFrame:
    """Each truth axial slice with the predicted level (from the study's predicted axial_map.csv)."""
    pred = pd.read_csv(axial_map, dtype={"sop_instance_uid": str})
    tr = pd.read_csv(truth, dtype=str)
    j = tr.merge(pred[["sop_instance_uid", "level", "nearest_level", "distance_mm", "within_tolerance"]],
                 on="sop_instance_uid", how="left", suffixes=("_truth", "_pred"))
    j["correct"] = j["level_truth"] == j["nearest_level"]
    j["split"] = split
    return j


def _grader_scores(preds: pd.DataFrame, truth: pd.DataFrame, tasks: Any) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per-task (and per task x level) metrics of test predictions against the image truth."""
    import torch

    from spinelab.grading.metrics import classification_metrics

    rows, lv_rows = [], []
    key = truth.set_index(["report_id", "level", "finding"])["value"]
    for t in tasks:
        p = preds[preds["finding"] == t.finding].reset_index(drop=True)
        if p.empty:
            continue
        target = t.encode([key.get((a, lv, t.finding)) for a, lv in zip(p["report_id"], p["level"], strict=True)])
        probs = p[[f"prob_{c}" for c in t.classes]].to_numpy(dtype=np.float32)
        m = classification_metrics(torch.from_numpy(probs), torch.from_numpy(target), ordinal=t.ordinal)
        rows.append({"task": t.name, **m})
        for lv, g in p.groupby("level"):
            idx = g.index.to_numpy()
            mm = classification_metrics(torch.from_numpy(probs[idx]), torch.from_numpy(target[idx]), ordinal=t.ordinal)
            lv_rows.append({"task": t.name, "level": lv, **mm})
    return pd.DataFrame(rows), pd.DataFrame(lv_rows)


# ---------------------------------------------------------------------------------- runner
def run_demo(
    out: str | Path = "spinelab-demo",
    *,
    n: int | None = None,
    seed: int | None = None,
    config: str | Path | None = None,
    force: bool = False,
    progress: bool = True,
    stages: tuple[str, ...] = STAGES,
    on_stage: Callable[[str, float, dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """Run the demo stages into ``out`` and return ``metrics.json``'s content.

    Finished stages are skipped on a re-run (same ``out``) unless ``force``; a changed ``n``
    or ``seed`` starts over. ``stages`` may stop the chain early (tests).
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    cfg = load_demo_config(config, n=n, seed=seed)
    state = DemoState(out)
    if force or state.data.get("_config") not in (None, cfg.model_dump(mode="json")):
        state.data = {}
    state.data["_config"] = cfg.model_dump(mode="json")
    demo = Demo(out, cfg, progress=progress)
    console = Console(stderr=True)
    cols = (TextColumn("[bold]demo[/] {task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*cols, console=console, disable=not progress, transient=False) as bar:
        task = bar.add_task("stages", total=len(stages))
        for stage in stages:
            if state.done(stage):
                bar.update(task, description=f"{stage} (done before, skipped)")
                bar.advance(task)
                continue
            bar.update(task, description=stage)
            t0 = time.perf_counter()
            try:
                metrics = getattr(demo, stage)()
            except Exception as e:
                state.fail(stage, time.perf_counter() - t0, f"{type(e).__name__}: {e}")
                log.exception("demo stage %s failed", stage)
                if stage != "report" and "report" in stages:
                    demo.report()  # show what ran and why it stopped
                raise DemoStageError(stage, e) from e
            secs = time.perf_counter() - t0
            state.record(stage, secs, metrics)
            if on_stage:
                on_stage(stage, secs, metrics)
            bar.advance(task)
    result = {s: state.data[s] for s in STAGES if s in state.data}
    tmp = out / "metrics.json.tmp"
    tmp.write_text(json.dumps(_jsonable({"config": cfg.model_dump(mode="json"), "stages": result}), indent=2))
    os.replace(tmp, out / "metrics.json")
    return result
