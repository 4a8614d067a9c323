"""What only some machines can run: the optional smp backend and CUDA training/inference.

Both skip with the reason on machines without them (CI: CPU torch, no smp); on a GPU machine
with ``pip install 'spinelab[smp]'`` they run for real.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest
import torch

from spinelab.segmentation.dataset_file import load_case, read_dataset_file
from spinelab.segmentation.infer import predict_volume, run_segmentation
from spinelab.segmentation.model_dir import load_model_dir
from spinelab.segmentation.toy_data import TINY_TRAIN_OVERRIDES as TINY
from spinelab.segmentation.toy_data import write_toy_dataset
from spinelab.segmentation.train import train_segmenter

needs_smp = pytest.mark.skipif(
    importlib.util.find_spec("segmentation_models_pytorch") is None,
    reason="segmentation-models-pytorch not installed (optional extra spinelab[smp], GPU machines)",
)
needs_cuda = pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA device")


@needs_smp
def test_smp_network_trains_saves_and_segments(tmp_path: Path) -> None:
    ds = write_toy_dataset(tmp_path / "data", n_cases=2)
    overrides = {
        **TINY,
        "network.name": "smp:Unet",
        "network.options": {
            "encoder_name": "resnet18",
            "encoder_depth": 3,
            "decoder_channels": [32, 16, 8],
        },
        "train.patch_size": [64, 64],
    }
    result = train_segmenter([ds], tmp_path / "model", overrides=overrides)
    assert result.steps == 2
    model = load_model_dir(result.model_dir)
    assert type(model.network).__module__.startswith("segmentation_models_pytorch")
    out = run_segmentation(
        Path(read_dataset_file(ds).cases[0].image),
        result.model_dir,
        tmp_path / "run",
        progress=False,
    )
    assert out.mask.exists() and json.loads(out.levels.read_text())["frame"] == "LPS"


@needs_cuda
def test_cuda_training_and_inference_agree_with_cpu(tmp_path: Path) -> None:
    ds = write_toy_dataset(tmp_path / "data", n_cases=2)
    result = train_segmenter(
        [ds], tmp_path / "model", overrides={**TINY, "train.accelerator": "gpu"}
    )
    assert result.steps == 2
    gpu = load_model_dir(result.model_dir, device="cuda")
    cpu = load_model_dir(result.model_dir, device="cpu")
    assert next(gpu.network.parameters()).is_cuda
    image, _ = load_case(read_dataset_file(ds).cases[0], read_dataset_file(ds).labels)
    p_gpu, p_cpu = predict_volume(image, gpu), predict_volume(image, cpu)
    assert np.abs(p_gpu.probabilities - p_cpu.probabilities).max() < 1e-3
    assert (p_gpu.mask.array == p_cpu.mask.array).mean() > 0.999
