"""Config files: the packaged defaults, partial files laid over them, and the GPU recipe."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from spinelab.segmentation.config import DEFAULT_CONFIG, SegConfig, load_config
from spinelab.testing import REPO_ROOT


def test_packaged_file_gives_every_key() -> None:
    """Partial files inherit from it, so it must not fall back on the schema's own defaults."""
    packaged = yaml.safe_load(DEFAULT_CONFIG.read_text())
    for section, model in SegConfig.model_fields.items():
        assert set(model.annotation.model_fields) <= set(packaged[section]), section


def test_partial_file_inherits_the_packaged_keys(tmp_path: Path) -> None:
    path = tmp_path / "partial.yaml"
    path.write_text("train:\n  batch_size: 16\naugment:\n  structure_intensity_prob: 0.5\n")
    cfg, default = load_config(path), load_config()
    assert cfg.train.batch_size == 16 and cfg.augment.structure_intensity_prob == 0.5
    assert cfg.train.lr == default.train.lr and cfg.network == default.network
    assert cfg.augment.smooth_prob == default.augment.smooth_prob


def test_network_options_follow_the_network(tmp_path: Path) -> None:
    same = tmp_path / "same.yaml"
    same.write_text("network:\n  name: unet\n")
    assert load_config(same).network.options == load_config().network.options
    other = tmp_path / "other.yaml"
    other.write_text("network:\n  name: dynunet\n")
    assert load_config(other).network.options == {}  # unet channels would not fit a DynUNet


def test_bad_files_are_clear_errors(tmp_path: Path) -> None:
    listing = tmp_path / "list.yaml"
    listing.write_text("- train\n")
    with pytest.raises(ValueError, match="mapping of sections"):
        load_config(listing)
    typo = tmp_path / "typo.yaml"
    typo.write_text("trian:\n  batch_size: 16\n")
    with pytest.raises(ValueError, match="trian"):
        load_config(typo)


def test_gpu_recipe_loads() -> None:
    cfg = load_config(REPO_ROOT / "experiments" / "segmentation_gpu.yaml")
    assert cfg.train.accelerator == "gpu" and cfg.train.batch_size == 16
    assert cfg.network.options["channels"] == [32, 64, 128, 256, 512]
