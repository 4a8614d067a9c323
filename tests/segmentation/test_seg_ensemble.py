"""Ensemble directories: members copied in, probabilities averaged, bad members named."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from spinelab.cli import app
from spinelab.segmentation.dataset_file import load_case, read_dataset_file
from spinelab.segmentation.infer import predict_volume, run_segmentation
from spinelab.segmentation.model_dir import ENSEMBLE_FILE, load_model_dir, save_ensemble_dir
from spinelab.segmentation.toy_data import TINY_TRAIN_OVERRIDES as TINY
from spinelab.segmentation.toy_data import write_toy_dataset
from spinelab.segmentation.train import train_segmenter


@pytest.fixture(scope="module")
def two_models(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    root = tmp_path_factory.mktemp("ens")
    ds = write_toy_dataset(root / "data", n_cases=2)
    a = train_segmenter([ds], root / "a", overrides={**TINY, "train.seed": 0}).model_dir
    b = train_segmenter([ds], root / "b", overrides={**TINY, "train.seed": 1}).model_dir
    return ds, a, b


def test_ensemble_averages_member_probabilities(
    two_models: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    ds, a, b = two_models
    a2, b2 = shutil.copytree(a, tmp_path / "a2"), shutil.copytree(b, tmp_path / "b2")
    ens_dir = save_ensemble_dir(tmp_path / "ens", [a2, b2])
    shutil.rmtree(a2)
    shutil.rmtree(b2)
    ens = load_model_dir(ens_dir)  # self-contained: loads from its own copies
    assert len(ens.members) == 2 and ens.classes == load_model_dir(a).classes
    image, _ = load_case(read_dataset_file(ds).cases[0], read_dataset_file(ds).labels)
    pa, pb = predict_volume(image, load_model_dir(a)), predict_volume(image, load_model_dir(b))
    pe = predict_volume(image, ens)
    assert pe.probabilities.shape == pa.probabilities.shape
    assert np.allclose(pe.probabilities, (pa.probabilities + pb.probabilities) / 2, atol=1e-6)
    # without the cleaning passes the mask is the argmax of the averaged probabilities
    raw = ens.config.model_copy(deep=True)
    raw.infer.absorb_fragments = raw.infer.keep_largest_component = False
    bare = predict_volume(image, dataclasses.replace(ens, config=raw))
    lut = np.array([ens.class_to_value[c] for c in range(len(ens.classes) + 1)])
    assert np.array_equal(bare.mask.array, lut[bare.probabilities.argmax(0)])
    out = run_segmentation(
        read_dataset_file(ds).cases[0].image, ens_dir, tmp_path / "run", progress=False
    )
    assert json.loads(out.levels.read_text())["frame"] == "LPS"


def test_members_prepared_differently_are_averaged_too(
    two_models: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    """Members with another preprocessing (here a coarser in-plane spacing) are not run on the
    first group's slices: each group is prepared apart and the groups' means are weighted."""
    import yaml

    ds, a, b = two_models
    b2 = shutil.copytree(b, tmp_path / "b2")
    cfg = yaml.safe_load((b2 / "config.yaml").read_text())
    cfg["preprocess"]["spacing_mm"] = 2.0
    (b2 / "config.yaml").write_text(yaml.safe_dump(cfg))
    ens = load_model_dir(save_ensemble_dir(tmp_path / "ens", [a, b, b2]))
    image, _ = load_case(read_dataset_file(ds).cases[0], read_dataset_file(ds).labels)
    singles = [predict_volume(image, load_model_dir(d)).probabilities for d in (a, b, b2)]
    assert not np.allclose(singles[1], singles[2], atol=1e-3)  # the spacing matters
    pe = predict_volume(image, ens)
    assert np.allclose(pe.probabilities, sum(singles) / 3, atol=1e-6)


def test_bad_members_are_named(two_models: tuple[Path, Path, Path], tmp_path: Path) -> None:
    ds, a, _ = two_models
    other = tmp_path / "other"
    shutil.copytree(a, other)
    labels = json.loads((other / "labels.json").read_text())
    labels["classes"][0]["name"] = "L2"
    (other / "labels.json").write_text(json.dumps(labels))
    with pytest.raises(ValueError, match="other: its classes differ"):
        save_ensemble_dir(tmp_path / "e1", [a, other])
    with pytest.raises(ValueError, match="at least two"):
        save_ensemble_dir(tmp_path / "e2", [a])
    with pytest.raises(FileNotFoundError, match="missing"):
        save_ensemble_dir(tmp_path / "e3", [a, tmp_path / "nowhere"])
    assert not (tmp_path / "e1").exists()  # nothing written for a refused ensemble
    broken = save_ensemble_dir(tmp_path / "e4", [a, a])
    (broken / ENSEMBLE_FILE).write_text("{not json")
    with pytest.raises(ValueError, match="not an ensemble file"):
        load_model_dir(broken)


def test_cli_ensemble_then_run(two_models: tuple[Path, Path, Path], tmp_path: Path) -> None:
    ds, a, b = two_models
    runner = CliRunner()
    res = runner.invoke(app, ["segment", "ensemble", str(a), str(b), "-o", str(tmp_path / "e")])
    assert res.exit_code == 0 and "2 members" in res.output, res.output
    image = read_dataset_file(ds).cases[1].image
    res = runner.invoke(
        app, ["segment", "run", image, "-m", str(tmp_path / "e"), "-o", str(tmp_path / "o")]
    )
    assert res.exit_code == 0, res.output
    assert (tmp_path / "o" / "mask.nii.gz").exists()
    res = runner.invoke(app, ["segment", "ensemble", str(a), "-o", str(tmp_path / "e1")])
    assert res.exit_code == 2 and "at least two" in res.output
    # inference settings for one run: test-time scales on; training settings refused
    run = ["segment", "run", image, "-m", str(tmp_path / "e"), "-o", str(tmp_path / "o2")]
    res = runner.invoke(app, [*run, "--set", "infer.tta_scales=[1.0,0.93]"])
    assert res.exit_code == 0 and (tmp_path / "o2" / "levels.json").exists(), res.output
    res = runner.invoke(app, [*run, "--set", "preprocess.spacing_mm=1.0"])
    assert res.exit_code == 2 and "only infer" in res.output


@pytest.mark.slow
def test_gpu_ensemble_launch_script_runs_and_resumes(tmp_path: Path) -> None:
    """experiments/segmentation_gpu_ensemble.sh, on CPU with a tiny network: 2 seeds -> ensemble."""
    import os
    import subprocess
    import sys

    import yaml

    from spinelab.testing import REPO_ROOT

    ds = write_toy_dataset(tmp_path / "data", n_cases=2)
    overrides = {**TINY, "train.accelerator": "cpu", "train.max_minutes": None}
    sets = [
        a
        for k, v in overrides.items()
        for a in (
            "--set",
            f"{k}={yaml.safe_dump(v, default_flow_style=True).strip().removesuffix('...').strip()}",
        )
    ]
    script = REPO_ROOT / "experiments" / "segmentation_gpu_ensemble.sh"
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    cmd = ["bash", str(script), str(tmp_path / "runs"), "2", "-d", str(ds), *sets]
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    ens = load_model_dir(tmp_path / "runs" / "ensemble")
    assert len(ens.members) == 2
    again = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0 and again.stdout.count("done, kept") == 2, again.stdout
