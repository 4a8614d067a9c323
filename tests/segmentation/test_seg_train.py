"""Training smoke test, model directory round trip, inference geometry and input errors."""

from __future__ import annotations

import csv
import dataclasses
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import torch

from spinelab.anatomy import MASK_VALUES
from spinelab.data.volume import Volume, read_nifti, write_nifti
from spinelab.segmentation.config import TrainConfig
from spinelab.segmentation.dataset_file import (
    CaseEntry,
    SegmentationInputError,
    dataset_from_folder,
    load_case,
    read_dataset_file,
    write_dataset_file,
)
from spinelab.segmentation.infer import predict_volume, run_segmentation
from spinelab.segmentation.model_dir import load_model_dir
from spinelab.segmentation.toy_data import TINY_TRAIN_OVERRIDES as TINY
from spinelab.segmentation.toy_data import write_toy_dataset
from spinelab.segmentation.train import (
    build_classes,
    case_sampling_weights,
    split_cases,
    train_segmenter,
)


@pytest.fixture(scope="module")
def toy_model(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("toy")
    ds = write_toy_dataset(root / "data", n_cases=3)
    result = train_segmenter([ds], root / "model", overrides={**TINY, "train.val_fraction": 0.34})
    assert result.steps == 2
    assert (result.n_train_cases, result.n_val_cases) == (2, 1)
    return ds, result.model_dir


def test_training_writes_a_model_directory(toy_model: tuple[Path, Path]) -> None:
    _, model_dir = toy_model
    for name in ("config.yaml", "labels.json", "weights.pt", "errors.csv", "train_summary.json"):
        assert (model_dir / name).exists(), name
    classes = json.loads((model_dir / "labels.json").read_text())["classes"]
    assert [c["name"] for c in classes] == ["L3", "L4", "L5"]
    assert [c["value"] for c in classes] == [
        MASK_VALUES["L3"],
        MASK_VALUES["L4"],
        MASK_VALUES["L5"],
    ]
    summary = json.loads((model_dir / "train_summary.json").read_text())
    assert summary["steps"] == 2 and len(summary["val_ids"]) == 1


def test_model_round_trip_and_geometry(toy_model: tuple[Path, Path], tmp_path: Path) -> None:
    ds, model_dir = toy_model
    model = load_model_dir(model_dir)
    again = load_model_dir(model_dir)
    for a, b in zip(
        model.network.state_dict().values(), again.network.state_dict().values(), strict=True
    ):
        assert torch.equal(a, b)
    case = read_dataset_file(ds).cases[1]  # lr_sign -1 geometry
    image, _ = load_case(case, read_dataset_file(ds).labels)
    seg = predict_volume(image, model)
    assert seg.mask.array.shape == image.array.shape
    assert np.allclose(seg.mask.affine, image.affine)
    assert seg.probabilities.shape == (4, *image.array.shape)
    assert np.allclose(seg.probabilities.sum(0), 1.0, atol=1e-4)
    assert set(np.unique(seg.mask.array)) <= {0, *model.label_names}
    # deterministic: same input, same output
    assert np.array_equal(predict_volume(image, again).mask.array, seg.mask.array)
    # without the cleaning passes, the mask is the per-voxel argmax of the probabilities
    raw = model.config.model_copy(deep=True)
    raw.infer.absorb_fragments = raw.infer.keep_largest_component = False
    bare = predict_volume(image, dataclasses.replace(model, config=raw))
    lut = np.array([0] + [model.class_to_value[c] for c in range(1, 4)])
    assert np.array_equal(bare.mask.array, lut[bare.probabilities.argmax(0)])
    # the same with the probabilities smoothed in 3-D: other probabilities, the same contract
    raw.infer.smooth_sigma_mm = 1.0
    smooth = predict_volume(image, dataclasses.replace(model, config=raw))
    assert np.array_equal(smooth.mask.array, lut[smooth.probabilities.argmax(0)])
    assert np.allclose(smooth.probabilities.sum(0), 1.0, atol=1e-4)
    assert not np.allclose(smooth.probabilities, bare.probabilities)


def test_run_writes_mask_in_input_geometry(toy_model: tuple[Path, Path], tmp_path: Path) -> None:
    ds, model_dir = toy_model
    image_path = Path(read_dataset_file(ds).cases[0].image)
    out = run_segmentation(image_path, model_dir, tmp_path / "run", progress=False)
    mask = read_nifti(out.mask)
    image = read_nifti(image_path)
    assert mask.array.shape == image.array.shape
    assert np.allclose(mask.affine, image.affine, atol=1e-4)
    levels = json.loads(out.levels.read_text())
    assert levels["frame"] == "LPS" and "qc" in levels
    names = load_model_dir(model_dir).label_names
    for v in levels["vertebrae"]:  # the mask's values say what levels.json says
        assert (np.asarray(mask.array) == v["label"]).sum() == v["voxels"]
        if v["name"] in names.values():
            assert names[v["label"]] == v["name"]


def test_bad_cases_are_recorded_and_training_goes_on(tmp_path: Path) -> None:
    ds = write_toy_dataset(tmp_path / "data", n_cases=2)
    loaded = read_dataset_file(ds)
    empty = tmp_path / "data" / "toy_00" / "empty.nii.gz"
    img = read_nifti(loaded.cases[0].image)
    write_nifti(Volume(np.zeros(img.array.shape, np.uint8), img.affine), empty)
    cases = [
        *loaded.cases,
        CaseEntry(id="empty_case", image=loaded.cases[0].image, mask=str(empty)),
        CaseEntry(id="missing_case", image=str(tmp_path / "nope.nii.gz"), mask=str(empty)),
    ]
    ds2 = write_dataset_file(tmp_path / "ds2.json", name="mixed", labels=loaded.labels, cases=cases)
    result = train_segmenter([ds2], tmp_path / "model", overrides=TINY)
    assert result.n_train_cases == 2
    rows = list(csv.DictReader((tmp_path / "model" / "errors.csv").open()))
    reasons = {r["case_id"]: r["reason"] for r in rows}
    assert "empty" in reasons["empty_case"]
    assert "not found" in reasons["missing_case"]


def test_empty_mask_is_a_clear_error(tmp_path: Path) -> None:
    ds = write_toy_dataset(tmp_path / "data", n_cases=1)
    loaded = read_dataset_file(ds)
    img = read_nifti(loaded.cases[0].image)
    write_nifti(Volume(np.zeros(img.array.shape, np.uint8), img.affine), loaded.cases[0].mask)
    with pytest.raises(SegmentationInputError, match="toy_00: mask is empty"):
        load_case(loaded.cases[0], loaded.labels)
    with pytest.raises(SegmentationInputError, match="no usable case"):
        train_segmenter([ds], tmp_path / "model", overrides=TINY)


def test_non_sagittal_input_is_a_clear_error(toy_model: tuple[Path, Path], tmp_path: Path) -> None:
    _, model_dir = toy_model
    aff = np.eye(4)
    aff[:3, 0] = [0, 0, -4.0]
    aff[:3, 1] = [0, 0.7, 0]
    aff[:3, 2] = [0.7, 0, 0]
    axial = write_nifti(
        Volume(np.random.rand(12, 40, 40).astype(np.float32), aff), tmp_path / "axial.nii.gz"
    )
    with pytest.raises(SegmentationInputError, match=r"axial\.nii\.gz: not a sagittal series"):
        run_segmentation(axial, model_dir, tmp_path / "out", progress=False)


def test_unlisted_mask_value_and_mismatched_geometry(tmp_path: Path) -> None:
    ds = write_toy_dataset(tmp_path / "data", n_cases=1)
    loaded = read_dataset_file(ds)
    with pytest.raises(SegmentationInputError, match=r"mask values \[5, 6\] not listed"):
        load_case(loaded.cases[0], {4: "L3"})
    img = read_nifti(loaded.cases[0].image)
    shifted = img.affine.copy()
    shifted[0, 3] += 5
    write_nifti(Volume(read_nifti(loaded.cases[0].mask).array, shifted), loaded.cases[0].mask)
    with pytest.raises(SegmentationInputError, match="geometry"):
        load_case(loaded.cases[0], loaded.labels)


def test_classes_from_mixed_datasets_and_split(tmp_path: Path) -> None:
    a = write_dataset_file(tmp_path / "a.json", name="a", labels={1: "L1", 2: "L2"}, cases=[])
    b = write_dataset_file(
        tmp_path / "b.json",
        name="b",
        labels={MASK_VALUES["L1-L2"]: "L1-L2", 2: "L1", 9: "rib"},
        cases=[],
    )
    classes = build_classes([read_dataset_file(a), read_dataset_file(b)])
    assert [c["name"] for c in classes] == ["L1", "L2", "L1-L2", "rib"]
    assert [c["value"] for c in classes] == [
        MASK_VALUES["L1"],
        MASK_VALUES["L2"],
        MASK_VALUES["L1-L2"],
        9,
    ]
    train, val = split_cases([f"c{i}" for i in range(10)], 0.2, seed=3)
    assert len(val) == 2 and not set(train) & set(val)
    assert split_cases([f"c{i}" for i in range(10)], 0.2, seed=3) == (train, val)


def test_invalid_dataset_file_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"labels": {"0": "background"}, "cases": []}))
    with pytest.raises(SegmentationInputError, match=r"(?s)bad\.json.*background"):
        read_dataset_file(bad)


@pytest.mark.realdata
def test_dataset_from_myosegmentum_folder(shared, tmp_path: Path) -> None:  # noqa: ANN001
    root = shared("realdata", "myosegmentum-vb")
    path = dataset_from_folder(root, tmp_path / "myo.json", case_ids=["case_01", "case_03"])
    ds = read_dataset_file(path)
    assert [c.id for c in ds.cases] == ["case_01", "case_03"]
    assert ds.labels == {1: "L1", 2: "L2", 3: "L3", 4: "L4", 5: "L5"}
    image, mask = load_case(ds.cases[0], ds.labels)
    assert image.array.shape == mask.array.shape == (224, 224, 77)
    assert image.axis_closest_to([1, 0, 0]) == 2


def test_cli_dataset_and_run_errors(toy_model: tuple[Path, Path], tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from spinelab.cli import app

    ds, model_dir = toy_model
    runner = CliRunner()
    res = runner.invoke(app, ["segment", "dataset", str(ds.parent), "-o", str(tmp_path / "d.json")])
    assert res.exit_code == 0, res.output
    # toy folders hold L3..L5 values 4..6; the folder helper's default labels are 1..5 = L1..L5
    assert read_dataset_file(tmp_path / "d.json").labels[1] == "L1"
    aff = np.diag([0.7, 0.7, 4.0, 1.0])  # slices along head-feet: axial
    axial = write_nifti(
        Volume(np.random.rand(40, 40, 12).astype(np.float32), aff), tmp_path / "ax.nii.gz"
    )
    res = runner.invoke(
        app, ["segment", "run", str(axial), "-m", str(model_dir), "-o", str(tmp_path / "o")]
    )
    assert res.exit_code == 2
    assert "not a sagittal series" in res.output
    res = runner.invoke(
        app,
        ["segment", "train", "-d", str(ds), "-o", str(tmp_path / "m"), "--set", "train.bogus=1"],
    )
    assert res.exit_code == 2 and "bogus" in res.output


def test_dataset_weights_set_how_often_each_dataset_is_drawn() -> None:
    cases = [{"dataset": "myo"}] * 3 + [{"dataset": "synth"}]
    assert case_sampling_weights(cases, None) is None
    p = case_sampling_weights(cases, {"myo": 1.0, "synth": 1.0})
    assert p is not None and np.allclose(p, [1 / 6, 1 / 6, 1 / 6, 1 / 2])
    p = case_sampling_weights(cases, {"myo": 3.0})  # unlisted synth: 1.0
    assert p is not None and np.allclose(p, [0.25] * 4)
    with pytest.raises(ValueError, match="names \\['myosegmentum'\\], not datasets"):
        case_sampling_weights(cases, {"myosegmentum": 2.0})
    with pytest.raises(ValueError, match="weight 0"):
        case_sampling_weights(cases, {"myo": 0.0, "synth": 0.0})
    with pytest.raises(ValueError, match=">= 0 with one > 0"):
        TrainConfig(dataset_weights={"myo": -1.0})


@pytest.mark.slow
@pytest.mark.skipif(
    not any(shutil.which(c) for c in ("cc", "gcc", "clang")),
    reason="train.compile needs a C/C++ compiler for torch.compile on CPU (none on PATH)",
)
def test_compiled_training_saves_the_plain_networks_weights(tmp_path: Path) -> None:
    ds = write_toy_dataset(tmp_path / "data", n_cases=2)
    result = train_segmenter([ds], tmp_path / "model", overrides={**TINY, "train.compile": True})
    assert result.steps == 2
    model = load_model_dir(result.model_dir)  # strict load: no '_orig_mod.' keys
    assert not isinstance(model.network, torch._dynamo.eval_frame.OptimizedModule)
    image, _ = load_case(read_dataset_file(ds).cases[0], read_dataset_file(ds).labels)
    seg = predict_volume(image, model)
    assert seg.mask.array.shape == image.array.shape


def test_ema_training_saves_a_plain_model_directory(tmp_path: Path) -> None:
    """``train.ema_decay`` > 0 trains with Lightning's EMA callback; the averaged weights are saved
    under the plain network's keys, so the model directory loads and segments like any other."""
    ds = write_toy_dataset(tmp_path / "data", n_cases=2)
    over = {**TINY, "train.max_steps": 4, "train.ema_decay": 0.9}
    result = train_segmenter([ds], tmp_path / "ema", overrides=over)
    assert result.steps == 4
    model = load_model_dir(result.model_dir)  # strict load
    image, _ = load_case(read_dataset_file(ds).cases[0], read_dataset_file(ds).labels)
    assert predict_volume(image, model).mask.array.shape == image.array.shape
    with pytest.raises(Exception, match="ema_decay"):
        train_segmenter([ds], tmp_path / "bad", overrides={**TINY, "train.ema_decay": 1.0})
