"""A model directory: ``config.yaml`` + ``labels.json`` + ``weights.pt``; loads with no network access.

``labels.json``: ``{"classes": [{"class": 1, "name": "L1", "value": 2}, ...]}`` where ``class`` is
the network output channel (0 = background, not listed), ``name`` the structure and ``value`` the
value written into predicted masks (``spinelab.anatomy.MASK_VALUES`` for known names).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from spinelab.segmentation.config import SegConfig, config_to_yaml, load_config
from spinelab.segmentation.networks import build_network

CONFIG_FILE = "config.yaml"
LABELS_FILE = "labels.json"
WEIGHTS_FILE = "weights.pt"


@dataclass
class SegmentationModel:
    """A loaded model: network in eval mode, its config and its classes."""

    network: torch.nn.Module
    config: SegConfig
    classes: list[dict[str, Any]]  # class index >= 1 -> name, mask value

    @property
    def label_names(self) -> dict[int, str]:
        """Output mask value -> structure name."""
        return {int(c["value"]): str(c["name"]) for c in self.classes}

    @property
    def class_to_value(self) -> dict[int, int]:
        """Network class index -> output mask value (background 0 -> 0)."""
        return {0: 0, **{int(c["class"]): int(c["value"]) for c in self.classes}}


def _atomic_write_bytes(path: Path, write: Any) -> None:
    tmp = path.with_name(path.name + ".tmp")
    write(tmp)
    tmp.replace(path)


def save_model_dir(
    model_dir: str | Path,
    *,
    config: SegConfig,
    classes: list[dict[str, Any]],
    network: torch.nn.Module,
    extra: dict[str, Any] | None = None,
) -> Path:
    """Write config, labels and the network's weights (CPU tensors) into ``model_dir``."""
    model_dir = Path(model_dir)
    model_dir.mkdir(parents=True, exist_ok=True)
    _atomic_write_bytes(model_dir / CONFIG_FILE, lambda p: p.write_text(config_to_yaml(config)))
    payload = {"classes": classes, **(extra or {})}
    _atomic_write_bytes(
        model_dir / LABELS_FILE, lambda p: p.write_text(json.dumps(payload, indent=1))
    )
    state = {k: v.detach().cpu() for k, v in network.state_dict().items()}
    _atomic_write_bytes(model_dir / WEIGHTS_FILE, lambda p: torch.save(state, p))
    return model_dir


def load_model_dir(
    model_dir: str | Path, *, device: str | torch.device = "cpu"
) -> SegmentationModel:
    """Load a model directory written by ``save_model_dir`` (network in eval mode on ``device``)."""
    model_dir = Path(model_dir)
    missing = [f for f in (CONFIG_FILE, LABELS_FILE, WEIGHTS_FILE) if not (model_dir / f).exists()]
    if missing:
        raise FileNotFoundError(
            f"{model_dir}: not a segmentation model directory (missing {', '.join(missing)})"
        )
    config = load_config(model_dir / CONFIG_FILE)
    classes = json.loads((model_dir / LABELS_FILE).read_text())["classes"]
    net = build_network(
        config.network.name,
        in_channels=config.preprocess.in_channels,
        out_channels=len(classes) + 1,
        **config.network.options,
    )
    state = torch.load(model_dir / WEIGHTS_FILE, map_location="cpu", weights_only=True)
    net.load_state_dict(state)
    net.to(device).eval()
    return SegmentationModel(network=net, config=config, classes=classes)
