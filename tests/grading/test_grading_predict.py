"""Prediction over a built store (REPORT_LABELS rows + probabilities) and clear study errors."""

from __future__ import annotations

import os
from pathlib import Path

import lightning as L
import numpy as np
import pandas as pd
import pytest
import torch
from typer.testing import CliRunner

from spinelab.cli import app
from spinelab.grading.datamodule import GraderDataModule
from spinelab.grading.model import GraderModule
from spinelab.grading.predict import PROB_VALUES, PredictInputError, predict_dataset, predict_study
from spinelab.grading.random_store import make_random_store
from spinelab.grading.store import CropStore, StoreError
from spinelab.schema import validate_labels


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    root = tmp_path_factory.mktemp("grading_predict")
    store = make_random_store(root / "ds", n_studies=5, size_px=16, seed=3)
    n = torch.get_num_threads()
    torch.set_num_threads(1)
    dm = GraderDataModule(str(store), batch_size=4)
    model = GraderModule(sagittal_channels=dm.sagittal_channels, axial_channels=dm.axial_channels,
                         levels=dm.levels, crop_config=dm.crop_config)
    tr = L.Trainer(accelerator="cpu", max_steps=1, logger=False, enable_checkpointing=False,
                   enable_progress_bar=False, enable_model_summary=False, limit_val_batches=0, default_root_dir=root)
    tr.fit(model, datamodule=dm)
    ckpt = root / "grader.ckpt"
    tr.save_checkpoint(ckpt)
    yield store, ckpt
    torch.set_num_threads(n)


def test_predict_dataset_rows_and_probabilities(trained):
    store, ckpt = trained
    df = predict_dataset(store, ckpt, split="test", device="cpu")
    man = CropStore.open(store).manifest
    test = man[man["split"] == "test"]
    assert len(test) > 0 and len(df) == 9 * len(test)
    validate_labels(df)  # REPORT_LABELS schema: report_id, level, finding, value, uncertain
    assert set(df["report_id"]) == set(test["accession_number"])
    canal = df[df["finding"] == "canal_stenosis"]
    p = canal[["prob_none", "prob_mild", "prob_moderate", "prob_severe"]].to_numpy()
    np.testing.assert_allclose(p.sum(1), 1.0, atol=1e-5)
    assert (np.array(["none", "mild", "moderate", "severe"])[p.argmax(1)] == canal["value"].to_numpy()).all()
    assert canal[["prob_absent", "prob_present"]].isna().all().all()
    assert set(df.columns) >= {f"prob_{v}" for v in PROB_VALUES}


def test_empty_split_gives_empty_table(trained):
    store, ckpt = trained
    df = predict_dataset(store, ckpt, split="no-such-split", device="cpu")
    assert df.empty and "prob_severe" in df.columns


def test_cli_predict_over_dataset(trained, tmp_path):
    store, ckpt = trained
    out = tmp_path / "pred.csv"
    r = CliRunner().invoke(app, ["grade", "predict", "--dataset", str(store), "-m", str(ckpt), "-o", str(out), "--device", "cpu"])
    assert r.exit_code == 0, r.output
    assert len(pd.read_csv(out)) == 9 * len(CropStore.open(store))


def test_channel_mismatch_is_an_error(trained, tmp_path):
    _, ckpt = trained
    other = CropStore.create(tmp_path / "other", 1, sagittal_channels=["t2_mid"], axial_channels=["ax_t2"], size_px=16)
    other.close()
    with pytest.raises(StoreError, match="differ from the model's"):
        predict_dataset(tmp_path / "other", ckpt, device="cpu")


def test_study_without_axial_series_is_a_clear_error(trained, shared, tmp_path):
    _, ckpt = trained
    src = shared("realdata", "rsna2024-dicom", "train_images", "4003253")
    study = tmp_path / "4003253"
    for series in ("702807833", "1054713880"):  # sagittal T2 and T1 only, the axial left out
        (study / series).mkdir(parents=True)
        for f in (src / series).iterdir():
            os.symlink(f, study / series / f.name)
    with pytest.raises(PredictInputError, match=r"4003253: no axial T2 series among 2 series"):
        predict_study(study, ckpt, seg_model=tmp_path / "unused-seg-model", device="cpu")


def test_study_needs_a_segmentation_model(trained, tmp_path):
    _, ckpt = trained
    with pytest.raises(PredictInputError, match="no segmentation model"):
        predict_study(tmp_path, ckpt, device="cpu")


def _levels_from_axial_truth(study_src, truth_csv):
    """A levels dict whose disc centres/normals are the centres/normals of the axial slices a
    radiologist marked at each level (stands in for a segmentation model in this test)."""
    import pydicom

    truth = pd.read_csv(truth_csv).drop_duplicates("level")
    by_instance = {}
    for f in (study_src / "2448190387").iterdir():
        ds = pydicom.dcmread(f, stop_before_pixels=True)
        by_instance[int(ds.InstanceNumber)] = ds
    discs = []
    for r in truth.itertuples():
        ds = by_instance[int(r.instance_number)]
        iop = np.asarray(ds.ImageOrientationPatient, float)
        ps = np.asarray(ds.PixelSpacing, float)
        centre = (np.asarray(ds.ImagePositionPatient, float) + iop[:3] * ps[1] * (int(ds.Columns) - 1) / 2
                  + iop[3:] * ps[0] * (int(ds.Rows) - 1) / 2)
        normal = np.cross(iop[:3], iop[3:])
        normal = normal if normal[2] > 0 else -normal  # cranial (LPS +z)
        discs.append({"name": r.level, "center_mm": centre.tolist(), "normal": normal.tolist()})
    return {"frame": "LPS", "units": "mm", "source": "test: axial truth", "vertebrae": [], "discs": discs, "qc": []}


def test_predict_study_on_real_dicom(trained, shared, tmp_path, monkeypatch):
    """The whole study path on the real RSNA study (series choice, axial mapping, crops, store,
    prediction) with the segmentation step replaced by levels from the axial truth."""
    import json
    from types import SimpleNamespace

    import spinelab.segmentation.infer as infer
    import spinelab.segmentation.model_dir as model_dir

    _, ckpt = trained
    src = shared("realdata", "rsna2024-dicom", "train_images", "4003253")
    levels = _levels_from_axial_truth(src, shared("realdata", "rsna2024-dicom", "axial_level_truth.csv"))
    calls = []

    def fake_segment_image(image, model, out_dir, **kw):
        calls.append((image.array.shape, image.meta["series_uid"], model))
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        (out / "levels.json").write_text(json.dumps(levels))
        return SimpleNamespace(levels=out / "levels.json")

    monkeypatch.setattr(infer, "segment_image", fake_segment_image)
    monkeypatch.setattr(model_dir, "load_model_dir", lambda path, device: f"model {path}")
    df = predict_study(src, ckpt, seg_model="seg-model-dir", device="cpu")
    assert calls and calls[0][2] == "model seg-model-dir"
    # the sagittal T2 series (15 slices of 640 x 640) alone was segmented
    assert calls[0][0] == (15, 640, 640) and calls[0][1].endswith("702807833")
    assert sorted(df["level"].unique()) == ["L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"]
    assert len(df) == 5 * 9
    assert df["has_ax"].all()  # every level found its axial slice
    assert set(df["report_id"]) == {df["study_uid"].iloc[0]}  # no accession number in this DICOM
    validate_labels(df)


def test_build_config_from_checkpoint_record():
    from dataclasses import asdict

    from spinelab.data.dataset_build import BuildConfig
    from spinelab.grading.predict import build_config_for

    made = BuildConfig(fov_mm=70.0, size_px=48, lateral_offsets_mm=(0.0, -15.0, 15.0))
    rec = {"builder": {"config": {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(made).items()}}}
    got = build_config_for(made.sagittal_channels, made.axial_channels, rec)
    assert got == made
    with pytest.raises(StoreError, match=r"the model was trained on sagittal=\['t2_mid'\]"):
        build_config_for(["t2_mid"], made.axial_channels, rec)
