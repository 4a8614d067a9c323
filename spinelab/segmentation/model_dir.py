"""A model directory: ``config.yaml`` + ``labels.json`` + ``weights.pt``; loads with no network access.

``labels.json``: ``{"classes": [{"class": 1, "name": "L1", "value": 2}, ...]}`` where ``class`` is
the network output channel (0 = background, not listed), ``name`` the structure and ``value`` the
value written into predicted masks (``spinelab.anatomy.MASK_VALUES`` for known names).

An ensemble directory holds ``ensemble.json`` (``{"members": ["members/00", ...]}``, paths relative
to it) and a copy of each member model directory; it loads like one model whose class
probabilities are the members' mean (``spinelab.segmentation.infer.predict_volume``).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from spinelab.segmentation.config import SegConfig, apply_overrides, config_to_yaml, load_config
from spinelab.segmentation.networks import build_network

CONFIG_FILE = "config.yaml"
LABELS_FILE = "labels.json"
WEIGHTS_FILE = "weights.pt"
ENSEMBLE_FILE = "ensemble.json"


@dataclass
class SegmentationModel:
    """A loaded model: network in eval mode, its config and its classes.

    An ensemble has its ``members`` (two or more models with the same classes); its own network,
    config and classes are the first member's. Each member preprocesses (and, with its
    ``infer.smooth_sigma_mm``, smooths) for itself; the first member's cleaning settings
    (``absorb_fragments``, ``keep_largest_component``) apply to the averaged probabilities.
    """

    network: torch.nn.Module
    config: SegConfig
    classes: list[dict[str, Any]]  # class index >= 1 -> name, mask value
    members: list[SegmentationModel] = field(default_factory=list)

    @property
    def label_names(self) -> dict[int, str]:
        """Output mask value -> structure name."""
        return {int(c["value"]): str(c["name"]) for c in self.classes}

    @property
    def class_to_value(self) -> dict[int, int]:
        """Network class index -> output mask value (background 0 -> 0)."""
        return {0: 0, **{int(c["class"]): int(c["value"]) for c in self.classes}}


def with_infer_settings(model: SegmentationModel, overrides: dict[str, Any]) -> SegmentationModel:
    """``model`` (and each ensemble member) with ``infer.*`` settings replaced, e.g.
    ``{"infer.tta_shifts": True}``: the same network objects, validated new configs. Raises
    ``ValueError`` for a key outside ``infer``: the weights were trained with the rest."""
    bad = [k for k in overrides if not k.startswith("infer.")]
    if bad:
        raise ValueError(f"only infer.* settings can change on a trained model, not {bad}")

    def one(m: SegmentationModel) -> SegmentationModel:
        return SegmentationModel(m.network, apply_overrides(m.config, overrides), m.classes)

    members = [one(m) for m in model.members]
    if members:
        first = members[0]
        return SegmentationModel(first.network, first.config, first.classes, members=members)
    return one(model)


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
    """Load a model directory written by ``save_model_dir`` (network in eval mode on ``device``),
    or an ensemble directory written by ``save_ensemble_dir`` (every member on ``device``)."""
    model_dir = Path(model_dir)
    if (model_dir / ENSEMBLE_FILE).exists():
        return _load_ensemble(model_dir, device)
    classes = _model_dir_classes(model_dir)
    config = load_config(model_dir / CONFIG_FILE)
    net = build_network(
        config.network.name,
        in_channels=config.preprocess.in_channels,
        out_channels=len(classes) + 1,
        **config.network.options,
    )
    state = torch.load(model_dir / WEIGHTS_FILE, map_location="cpu", weights_only=True)
    net.load_state_dict(state)
    # channels-last (NHWC) convolutions: ~30 % faster 2-D U-Net inference on CPU, same outputs
    # to float rounding; inference feeds channels-last batches (``infer``)
    # Module.to accepts memory_format at runtime; torch's overloads omit it
    net.to(device, memory_format=torch.channels_last).eval()  # type: ignore[call-overload]
    return SegmentationModel(network=net, config=config, classes=classes)


def _model_dir_classes(model_dir: Path) -> list[dict[str, Any]]:
    """The classes of a (single-model) directory; FileNotFoundError naming any missing file."""
    missing = [f for f in (CONFIG_FILE, LABELS_FILE, WEIGHTS_FILE) if not (model_dir / f).exists()]
    if missing:
        raise FileNotFoundError(
            f"{model_dir}: not a segmentation model directory (missing {', '.join(missing)})"
        )
    classes: list[dict[str, Any]] = json.loads((model_dir / LABELS_FILE).read_text())["classes"]
    return classes


def _check_members(member_dirs: list[Path]) -> None:
    """Two or more single-model directories with the same classes, else a ValueError naming one."""
    if len(member_dirs) < 2:
        raise ValueError(
            f"an ensemble needs at least two model directories, found {len(member_dirs)}"
        )
    key = None
    for d in member_dirs:
        if (d / ENSEMBLE_FILE).exists():
            raise ValueError(f"{d}: an ensemble member cannot be an ensemble")
        classes = sorted(
            (int(c["class"]), str(c["name"]), int(c["value"])) for c in _model_dir_classes(d)
        )
        key = classes if key is None else key
        if classes != key:
            raise ValueError(f"{d}: its classes differ from those of {member_dirs[0]}")


def _load_ensemble(ens_dir: Path, device: str | torch.device) -> SegmentationModel:
    try:
        entries = json.loads((ens_dir / ENSEMBLE_FILE).read_text())["members"]
        member_dirs = [ens_dir / rel for rel in entries]
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise ValueError(f"{ens_dir / ENSEMBLE_FILE}: not an ensemble file ({exc})") from exc
    _check_members(member_dirs)
    members = [load_model_dir(d, device=device) for d in member_dirs]
    first = members[0]
    return SegmentationModel(first.network, first.config, first.classes, members=members)


def save_ensemble_dir(out_dir: str | Path, member_dirs: list[str | Path]) -> Path:
    """Copy two or more model directories (same classes) into ``out_dir`` as one ensemble.

    The first member's ``infer`` settings apply to the averaged probabilities. Raises
    ``ValueError`` (naming the directory) for a member with other classes or that is an ensemble,
    and writes nothing then.
    """
    out_dir = Path(out_dir)
    sources = [Path(d) for d in member_dirs]
    _check_members(sources)  # labels only: the weights are copied, not loaded
    out_dir.mkdir(parents=True, exist_ok=True)
    rels = []
    for i, d in enumerate(sources):
        rel = f"members/{i:02d}"
        (out_dir / rel).mkdir(parents=True, exist_ok=True)
        for name in (CONFIG_FILE, LABELS_FILE, WEIGHTS_FILE):
            _atomic_write_bytes(
                out_dir / rel / name, lambda p, src=d / name: shutil.copyfile(src, p)
            )
        rels.append(rel)
    payload = {"members": rels, "sources": [str(d.resolve()) for d in sources]}
    _atomic_write_bytes(
        out_dir / ENSEMBLE_FILE, lambda p: p.write_text(json.dumps(payload, indent=1))
    )
    return out_dir
