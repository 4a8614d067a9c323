"""The segmenter's normalisation by name: config, slices, and Nyul landmarks learnt in training."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import yaml
from pydantic import ValidationError

from spinelab.data.intensity import HistogramLandmarks, fit_histogram_landmarks
from spinelab.segmentation.config import (
    PreprocessConfig,
    SegConfig,
    apply_overrides,
    config_to_yaml,
    load_config,
    parse_overrides,
)
from spinelab.segmentation.dataset_file import SegmentationInputError, load_case, read_dataset_file
from spinelab.segmentation.infer import predict_volume
from spinelab.segmentation.model_dir import load_model_dir
from spinelab.segmentation.toy_data import TINY_TRAIN_OVERRIDES as TINY
from spinelab.segmentation.toy_data import toy_case, write_toy_dataset
from spinelab.segmentation.train import train_segmenter
from spinelab.segmentation.transforms import prepare_volume

LANDMARKS = HistogramLandmarks(percentiles=[1, 50, 99], standard=[0.0, 0.4, 1.0])


def test_config_takes_the_method_by_name_and_round_trips_landmarks(tmp_path: Path) -> None:
    for method in ("percentile", "zscore", "minmax", "nyul"):
        cfg = load_config(overrides=parse_overrides([f"preprocess.normalize={method}"]))
        assert cfg.preprocess.normalize == method and cfg.preprocess.landmarks is None
    with pytest.raises(ValidationError, match="normalize"):
        load_config(overrides={"preprocess.normalize": "histogram"})
    cfg = apply_overrides(
        SegConfig(),
        parse_overrides(
            [
                "preprocess.normalize=nyul",
                "preprocess.landmarks={percentiles: [1, 50, 99], standard: [0, 0.4, 1]}",
            ]
        ),
    )
    assert cfg.preprocess.landmarks == LANDMARKS
    path = tmp_path / "config.yaml"
    path.write_text(config_to_yaml(cfg))
    assert load_config(path) == cfg
    with pytest.raises(ValidationError, match="strictly increasing"):
        PreprocessConfig(landmarks={"percentiles": [1, 50, 99], "standard": [0, 1, 1]})


def test_slices_are_normalised_by_the_configured_method() -> None:
    image, _ = toy_case(np.random.default_rng(0))
    for method in ("percentile", "minmax"):
        out = prepare_volume(image, PreprocessConfig(normalize=method))["image"]
        assert out.dtype == np.float32 and 0 <= out.min() and out.max() <= 1
    z = prepare_volume(image, PreprocessConfig(normalize="zscore"))["image"]
    assert z.min() < 0 < z.max()
    n = prepare_volume(image, PreprocessConfig(normalize="nyul", landmarks=LANDMARKS))["image"]
    assert np.all(np.isfinite(n)) and n.max() > 0.9
    with pytest.raises(ValueError, match="nyul needs landmarks"):
        prepare_volume(image, PreprocessConfig(normalize="nyul"))


@pytest.fixture(scope="module")
def nyul_model(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("nyul")
    ds = write_toy_dataset(root / "data", n_cases=3)
    overrides = {**TINY, "train.val_fraction": 0.34, "preprocess.normalize": "nyul"}
    result = train_segmenter([ds], root / "model", overrides=overrides)
    assert (result.n_train_cases, result.n_val_cases) == (2, 1)
    return ds, result.model_dir


def test_training_learns_landmarks_on_the_training_cases_and_saves_them(
    nyul_model: tuple[Path, Path],
) -> None:
    ds, model_dir = nyul_model
    saved = yaml.safe_load((model_dir / "config.yaml").read_text())["preprocess"]
    assert saved["normalize"] == "nyul" and saved["landmarks"] is not None
    model = load_model_dir(model_dir)
    lm = model.config.preprocess.landmarks
    assert lm is not None and lm == HistogramLandmarks.model_validate(saved["landmarks"])
    assert load_model_dir(model_dir).config.preprocess.landmarks == lm  # loads back identical
    summary = json.loads((model_dir / "train_summary.json").read_text())
    loaded = read_dataset_file(ds)
    images = {c.id: load_case(c, loaded.labels)[0].array for c in loaded.cases}
    assert lm == fit_histogram_landmarks([images[i] for i in summary["train_ids"]])
    assert lm != fit_histogram_landmarks(list(images.values()))  # validation case left out


def test_inference_with_a_nyul_model(nyul_model: tuple[Path, Path]) -> None:
    ds, model_dir = nyul_model
    model = load_model_dir(model_dir)
    loaded = read_dataset_file(ds)
    image, _ = load_case(loaded.cases[0], loaded.labels)
    seg = predict_volume(image, model)
    assert seg.mask.array.shape == image.array.shape
    assert np.allclose(seg.probabilities.sum(0), 1.0, atol=1e-4)
    preprocess = model.config.preprocess.model_copy(update={"landmarks": None})
    model.config = model.config.model_copy(update={"preprocess": preprocess})
    with pytest.raises(SegmentationInputError, match="nyul.*landmarks"):
        predict_volume(image, model)


def test_cli_train_takes_the_normalisation_override(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from spinelab.cli import app

    ds = write_toy_dataset(tmp_path / "data", n_cases=1)
    sets = [f"{k}={json.dumps(v)}" for k, v in TINY.items()] + ["preprocess.normalize=nyul"]
    args = ["segment", "train", "-d", str(ds), "-o", str(tmp_path / "m")]
    res = CliRunner().invoke(app, [*args, *(x for s in sets for x in ("--set", s))])
    assert res.exit_code == 0, res.output
    cfg = load_model_dir(tmp_path / "m").config
    assert cfg.preprocess.normalize == "nyul" and cfg.preprocess.landmarks is not None
    res = CliRunner().invoke(app, [*args, "--set", "preprocess.normalize=hist"])
    assert res.exit_code == 2 and "normalize" in res.output
