"""`spinelab grade fit|test` through LightningCLI in subprocesses: 2-process DDP (gloo) on CPU."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
import torch

from spinelab.grading.random_store import make_random_store
from spinelab.testing import REPO_ROOT

CONFIG = REPO_ROOT / "experiments" / "grader_cpu.yaml"


def _run(args, cwd):
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONWARNINGS": "ignore"}
    r = subprocess.run([sys.executable, "-m", "spinelab.cli", "grade", *args], cwd=cwd, env=env,
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    return r


@pytest.mark.slow
def test_ddp_two_cpu_processes_then_test(tmp_path):
    store = make_random_store(tmp_path / "ds", n_studies=6, size_px=16, seed=4)
    _run(["fit", "--config", str(CONFIG), "--data.dataset_dir", str(store), "--data.batch_size", "4",
          "--trainer.accelerator", "cpu", "--trainer.strategy", "ddp", "--trainer.devices", "2",
          "--trainer.max_epochs", "1", "--trainer.limit_train_batches", "2", "--trainer.limit_val_batches", "1",
          "--trainer.enable_progress_bar", "false", "--model.calibrate_thresholds", "true"], cwd=tmp_path)
    last = tmp_path / "runs" / "grader_cpu" / "checkpoints" / "last.ckpt"
    ckpt = torch.load(last, map_location="cpu", weights_only=False)
    assert ckpt["global_step"] == 2
    assert ckpt["hyper_parameters"]["sagittal_channels"][0] == "t2_mid"
    metrics = pd.read_csv(tmp_path / "runs" / "grader_cpu" / "csv" / "version_0" / "metrics.csv")
    assert "val/loss" in metrics.columns and metrics["val/loss"].notna().any()
    assert "val/decision_margin_disc_herniation" in metrics.columns  # thresholds fitted over both ranks
    _run(["test", "--config", str(CONFIG), "--data.dataset_dir", str(store), "--ckpt_path", str(last),
          "--trainer.logger", "false", "--trainer.default_root_dir", str(tmp_path / "test_run"),
          "--trainer.enable_progress_bar", "false"], cwd=tmp_path)
    csv = next((tmp_path / "test_run").rglob("test_metrics.csv"))
    table = pd.read_csv(csv)
    assert {"canal_stenosis", "rsna"} <= set(table["task"]) and "L4-L5" in set(table["level"])
    assert csv.with_suffix(".png").stat().st_size > 10_000  # the heat map people look at


@pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA device")
def test_gpu_config_fits_in_bf16_on_cuda(tmp_path):
    """experiments/grader_gpu.yaml as written (bf16-mixed, DDP over every GPU), a few steps."""
    store = make_random_store(tmp_path / "ds", n_studies=8, size_px=32, seed=5)
    _run(["fit", "--config", str(REPO_ROOT / "experiments" / "grader_gpu.yaml"), "--data.dataset_dir", str(store),
          "--data.batch_size", "4", "--data.num_workers", "2", "--trainer.max_epochs", "1",
          "--trainer.limit_train_batches", "3", "--trainer.limit_val_batches", "2",
          "--trainer.enable_progress_bar", "false"], cwd=tmp_path)
    ckpt = torch.load(tmp_path / "runs" / "grader_gpu" / "checkpoints" / "last.ckpt", map_location="cpu",
                      weights_only=False)
    assert ckpt["global_step"] == 3
    metrics = pd.read_csv(tmp_path / "runs" / "grader_gpu" / "csv" / "version_0" / "metrics.csv")
    assert metrics["val/loss"].dropna().map(lambda v: np.isfinite(v)).all()
