"""Grade disc levels with a trained grader checkpoint.

``predict_dataset(dataset_dir, ckpt)``: over a built crop store (``spinelab.grading.store``).
``predict_study(study_dir, ckpt)``: one DICOM study end to end: index the study, pick its
sagittal T2 / sagittal T1 / axial T2 series (``find_study_series``), segment the sagittal T2
with the segmentation model (the checkpoint's ``seg_model`` unless ``seg_model`` is given) into
a levels file, map the axial slices to levels (``map_axial_slices``), crop each level with the
dataset builder's ``crop_study_levels`` and the ``BuildConfig`` recorded in the checkpoint (so
the crops are made exactly as the training crops were) into a temporary store, then
``predict_dataset`` on it. Levels that cannot be cropped (no axial slice near the disc, crop
outside the image) are listed in ``df.attrs["failures"]``; the CLI writes them to
``<out stem>.errors.csv``.

Output (``PREDICTION_COLUMNS``): one row per (level, finding) in the REPORT_LABELS schema,
``report_id`` = the manifest's ``report_id`` (the builder's report link) where present, else the
study's accession number, else its StudyInstanceUID; ``value`` = the most probable class,
``uncertain`` = False, and ``prob_<value>`` for every value a finding can take (NaN for values
of other findings). Also ``study_uid``, ``has_ax`` and ``qc`` for traceability.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import torch

from spinelab.grading.store import CropStore, StoreError
from spinelab.grading.tasks import TaskSpec

PROB_VALUES: tuple[str, ...] = ("none", "mild", "moderate", "severe", "absent", "present", "type1", "type2", "type3")
PREDICTION_COLUMNS: tuple[str, ...] = (
    "report_id", "level", "finding", "value", "uncertain", *(f"prob_{v}" for v in PROB_VALUES),
    "study_uid", "has_ax", "qc",
)


class PredictInputError(ValueError):
    """A study cannot be graded; names the study and the reason."""

    def __init__(self, item: str | Path, reason: str) -> None:
        super().__init__(f"{item}: {reason}")
        self.item, self.reason = str(item), reason


def _device(device: str) -> torch.device:
    if device == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(device)


def load_grader(checkpoint: str | Path, *, device: str = "auto") -> Any:
    """The ``GraderModule`` of a checkpoint, in eval mode on ``device``."""
    from spinelab.grading.model import GraderModule

    checkpoint = Path(checkpoint)
    if not checkpoint.is_file():
        raise FileNotFoundError(f"grader checkpoint {checkpoint} does not exist")
    model = GraderModule.load_from_checkpoint(checkpoint, map_location=_device(device))
    return model.eval()


def _report_ids(manifest: pd.DataFrame) -> np.ndarray:
    """The manifest's ``report_id`` column (the builder's link), else accession number, else study UID."""
    ids = manifest["accession_number"].astype("string").fillna("")
    if "report_id" in manifest.columns:
        linked = manifest["report_id"].astype("string").fillna("")
        ids = linked.where(linked != "", ids)
    return ids.where(ids != "", manifest["study_uid"].astype(str)).astype(str).to_numpy()


def predictions_frame(manifest: pd.DataFrame, probs: dict[str, np.ndarray], tasks: tuple[TaskSpec, ...]) -> pd.DataFrame:
    """Rows per (sample, task) from the samples' manifest rows and per-task probabilities (N, K)."""
    report_ids = _report_ids(manifest)
    frames = []
    for t in tasks:
        p = probs[t.name]
        d = pd.DataFrame({
            "report_id": report_ids,
            "level": manifest["level"].to_numpy(),
            "finding": t.finding,
            "value": np.asarray(t.classes, dtype=object)[p.argmax(1)],
            "uncertain": False,
            "study_uid": manifest["study_uid"].astype(str).to_numpy(),
            "has_ax": manifest["has_ax"].astype(bool).to_numpy(),
            "qc": manifest["qc"].fillna("").astype(str).to_numpy(),
        })
        for k, c in enumerate(t.classes):
            d[f"prob_{c}"] = p[:, k]
        frames.append(d)
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=list(PREDICTION_COLUMNS))
    for c in PREDICTION_COLUMNS:
        if c not in out.columns:
            out[c] = np.nan
    from spinelab.schema import LEVELS

    order = {lv: i for i, lv in enumerate(LEVELS)}
    out = out.assign(_o=out["level"].map(order)).sort_values(["report_id", "_o"], kind="stable")
    return out.drop(columns="_o")[list(PREDICTION_COLUMNS)].reset_index(drop=True)


@torch.no_grad()
def predict_dataset(
    dataset_dir: str | Path,
    checkpoint: str | Path | Any,
    *,
    split: str | None = None,
    device: str = "auto",
    batch_size: int = 64,
) -> pd.DataFrame:
    """Predictions for every sample of a store (or one ``split``); ``checkpoint`` may be a path
    or a loaded ``GraderModule``. Raises ``StoreError`` if the store's channels differ from the
    model's."""
    from torch.utils.data import DataLoader

    from spinelab.grading.datamodule import CropDataset

    model = load_grader(checkpoint, device=device) if isinstance(checkpoint, (str, Path)) else checkpoint.eval()
    store = CropStore.open(dataset_dir)
    cfg = store.config
    if list(cfg.sagittal_channels) != list(model.sagittal_channels) or list(cfg.axial_channels) != list(model.axial_channels):
        raise StoreError(
            f"{dataset_dir}: channels sagittal={cfg.sagittal_channels} axial={cfg.axial_channels} differ from the "
            f"model's sagittal={model.sagittal_channels} axial={model.axial_channels}"
        )
    man = store.manifest
    unknown = sorted(set(man["level"]) - set(model.levels))
    if unknown:
        raise StoreError(f"{dataset_dir}: levels {unknown} are not among the model's levels {model.levels}")
    if split is not None:
        man = man[man["split"] == split]
    man = man.reset_index(drop=True)
    studies = {s: i for i, s in enumerate(sorted(man["study_uid"].astype(str).unique()))}
    ds = CropDataset(dataset_dir, man, model.tasks, model.levels, studies)
    dev = next(model.parameters()).device
    probs: dict[str, list[np.ndarray]] = {t.name: [] for t in model.tasks}
    for batch in DataLoader(ds, batch_size=batch_size, shuffle=False):
        batch = {k: v.to(dev) for k, v in batch.items()}
        for k, v in model.probabilities(model(batch)).items():
            probs[k].append(v.cpu().numpy())
    cat = {t.name: np.concatenate(probs[t.name]) if probs[t.name] else np.zeros((0, t.num_classes)) for t in model.tasks}
    return predictions_frame(man, cat, model.tasks)


def write_predictions(df: pd.DataFrame, out: str | Path) -> Path:
    """Write predictions atomically (CSV, or Parquet for ``.parquet``)."""
    from spinelab.grading.importers import write_table

    return write_table(df, out)


# ---------------------------------------------------------------------------- one study
def build_config_for(sagittal_channels: list[str], axial_channels: list[str], crop_config: dict[str, Any] | None) -> Any:
    """The dataset builder's ``BuildConfig`` that made the model's training crops.

    Taken from ``crop_config["builder"]["config"]`` (what ``build_dataset`` records), else from
    the crop geometry; raises ``StoreError`` when its channels are not the model's.
    """
    from dataclasses import fields

    from spinelab.data.dataset_build import BuildConfig

    cfg = dict(crop_config or {})
    recorded = dict((cfg.get("builder") or {}).get("config") or {})
    if recorded:
        names = {f.name for f in fields(BuildConfig)}
        kwargs: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in recorded.items() if k in names}
        bc = BuildConfig(**kwargs)
    else:
        sag_hw = tuple(cfg.get("sagittal_size_px", (64, 64)))
        ax_hw = tuple(cfg.get("axial_size_px", (64, 64)))
        if sag_hw[0] != sag_hw[1] or ax_hw[0] != ax_hw[1]:
            raise StoreError(f"the dataset builder crops square grids; the model has {sag_hw} / {ax_hw}")
        bc = BuildConfig(
            fov_mm=float(cfg.get("sagittal_fov_mm", 64.0)), size_px=int(sag_hw[0]),
            axial_fov_mm=float(cfg.get("axial_fov_mm", 64.0)), axial_size_px=int(ax_hw[0]),
            axial_slices=len(axial_channels),
        )
    if list(bc.sagittal_channels) != list(sagittal_channels) or list(bc.axial_channels) != list(axial_channels):
        raise StoreError(
            f"the dataset builder makes channels sagittal={bc.sagittal_channels} axial={bc.axial_channels}; "
            f"the model was trained on sagittal={sagittal_channels} axial={axial_channels}"
        )
    return bc


def prepare_study_store(
    study_dir: str | Path,
    out_dir: str | Path,
    *,
    sagittal_channels: list[str],
    axial_channels: list[str],
    crop_config: dict[str, Any] | None,
    seg_model: str | Path,
) -> tuple[Path, list[tuple[str, str]]]:
    """Crop every disc level of one study into a store at ``out_dir`` (split 'test', no labels)
    with the dataset builder's ``crop_study_levels``; returns the store and (level, reason) of
    the levels that could not be cropped.

    Raises ``PredictInputError`` (naming the study) when a needed series is missing, the
    segmentation finds no disc, or no level can be cropped.
    """
    from spinelab.data.dataset_build import crop_study_levels
    from spinelab.data.dicom_index import find_study_series, index_directory
    from spinelab.data.dicom_series import load_series, load_series_stacks
    from spinelab.segmentation.axial_mapping import map_axial_slices
    from spinelab.segmentation.infer import segment_image
    from spinelab.segmentation.model_dir import load_model_dir

    study_dir, out_dir = Path(study_dir), Path(out_dir)
    bc = build_config_for(sagittal_channels, axial_channels, crop_config)
    if not study_dir.is_dir():
        raise PredictInputError(study_dir, "study directory does not exist")
    index, _, _ = index_directory(study_dir)
    if index.empty:
        raise PredictInputError(study_dir, "no readable DICOM series")
    roles = find_study_series(index)
    if roles["sagittal_t2"] is None:
        raise PredictInputError(study_dir, "no sagittal T2 (or STIR) series: cannot find the disc levels")
    if roles["axial_t2"] is None:
        raise PredictInputError(
            study_dir, f"no axial T2 series among {len(index)} series: the grader needs axial crops"
        )
    sag_row, t1_row, ax_row = roles["sagittal_t2"], roles["sagittal_t1"], roles["axial_t2"]
    study_uid = str(sag_row.get("study_uid") or "")
    # report_id: the accession number (the report's id); the study UID where the DICOM has none
    report_id = str(sag_row.get("accession_number") or "") or study_uid
    sag_t2 = load_series(sag_row, root=study_dir)
    model = load_model_dir(seg_model, device="cuda" if torch.cuda.is_available() else "cpu")
    with tempfile.TemporaryDirectory(prefix="spinelab-predict-") as tmp_s:
        seg = segment_image(sag_t2, model, Path(tmp_s) / "seg", item=str(sag_row["series_uid"]),
                            source=f"spinelab grade predict (model {Path(seg_model).name})")
        if seg.levels is None:
            raise PredictInputError(study_dir, "segmentation wrote no levels file")
        levels = json.loads(Path(seg.levels).read_text())
    series: dict[str, Any] = {"sagittal_t2": sag_t2, "sagittal_t1": None,
                              "axial_t2": load_series_stacks(ax_row, root=study_dir)}
    if t1_row is not None:
        try:
            series["sagittal_t1"] = load_series(t1_row, root=study_dir)
        except ValueError:  # SeriesGeometryError: grade without the T1 channels, as the builder does
            series["sagittal_t1"] = None
    amap = map_axial_slices(index[index["series_uid"] == ax_row["series_uid"]], levels)
    samples, failures = crop_study_levels(series, levels, amap, bc)
    if not samples:
        why = "; ".join(f"{lv}: {r}" for lv, r in failures) or "the levels file names no disc"
        raise PredictInputError(study_dir, f"no disc level could be cropped ({why})")
    qc_levels = [str(q.get("flag")) for q in levels.get("qc", [])]
    store = CropStore.create(
        out_dir, len(samples), sagittal_channels=sagittal_channels, axial_channels=axial_channels,
        size_px=bc.size_px, axial_size_px=bc.axial_size_px, fov_mm=bc.fov_mm, axial_fov_mm=bc.axial_fov_mm,
        builder={"source": f"spinelab grade predict {study_dir}"}, overwrite=True,
    )
    with store:
        for smp in samples:
            store.append(
                sagittal=smp["sagittal"], axial=smp["axial"], patient_id=str(sag_row.get("patient_id") or ""),
                study_uid=study_uid, accession_number=report_id, level=smp["level"], split="test",
                labels=None, has_sag_t1=series["sagittal_t1"] is not None,
                sag_t2_series_uid=str(sag_row["series_uid"]),
                sag_t1_series_uid=None if t1_row is None else str(t1_row["series_uid"]),
                ax_series_uid=smp.get("ax_series_uid"), qc=[*qc_levels, *smp.get("qc", [])],
            )
    return out_dir, list(failures)


def predict_study(
    study_dir: str | Path,
    checkpoint: str | Path,
    *,
    seg_model: str | Path | None = None,
    device: str = "auto",
    work_dir: str | Path | None = None,
) -> pd.DataFrame:
    """Predictions for every disc level of one DICOM study (see the module docstring)."""
    model = load_grader(checkpoint, device=device)
    seg = seg_model if seg_model is not None else model.hparams.get("seg_model")
    if not seg:
        raise PredictInputError(study_dir, "no segmentation model: the checkpoint records none, pass --seg-model DIR")
    with tempfile.TemporaryDirectory(prefix="spinelab-grade-", dir=work_dir) as tmp:
        store, failures = prepare_study_store(
            study_dir, Path(tmp) / "crops", sagittal_channels=model.sagittal_channels,
            axial_channels=model.axial_channels, crop_config=model.hparams.get("crop_config"), seg_model=seg,
        )
        df = predict_dataset(store, model, device=device)
    df.attrs["failures"] = [{"study": str(study_dir), "level": lv, "reason": r} for lv, r in failures]
    return df
