"""The segmenter's configuration: a validated schema, the default YAML and ``key=value`` overrides."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from spinelab.data.intensity import HistogramLandmarks

DEFAULT_CONFIG = Path(__file__).with_name("configs") / "default.yaml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NetworkConfig(_Strict):
    """Network name (see ``networks.network_names()``) and its keyword options."""

    name: str = "unet"
    options: dict[str, Any] = Field(default_factory=dict)


class PreprocessConfig(_Strict):
    """How a volume becomes normalised sagittal 2.5-D slices (spacings in mm).

    ``normalize``: see ``spinelab.data.intensity.normalize_intensity``; ``percentiles`` is used
    by ``percentile``, ``landmarks`` (the standard histogram, learnt on the training cases when
    training with ``nyul`` and none given, saved in the model's config.yaml) by ``nyul``.
    """

    spacing_mm: float = Field(default=1.5, gt=0.1, le=5.0)
    normalize: Literal["percentile", "zscore", "minmax", "nyul"] = "percentile"
    percentiles: tuple[float, float] = (0.5, 99.5)
    landmarks: HistogramLandmarks | None = None
    context_mm: float = Field(default=3.0, ge=0.0)
    n_context: int = Field(default=1, ge=0, le=4)
    max_inplane_spacing_mm: float = Field(default=3.5, gt=0)
    max_oblique_deg: float = Field(default=35.0, gt=0, le=45)

    @field_validator("percentiles")
    @classmethod
    def _ordered(cls, v: tuple[float, float]) -> tuple[float, float]:
        if not 0 <= v[0] < v[1] <= 100:
            raise ValueError(f"percentiles must satisfy 0 <= low < high <= 100, got {v}")
        return v

    @property
    def in_channels(self) -> int:
        """Channels of the network input: the slice and its neighbours."""
        return 2 * self.n_context + 1


class TrainConfig(_Strict):
    """Optimisation settings; training stops at ``max_steps`` or ``max_minutes``.

    ``dataset_weights``: how often each dataset (by its dataset-file ``name``) is sampled,
    relative to the others (unlisted datasets: 1.0); None samples every case equally often.
    ``compile``: ``torch.compile`` the network for training (the saved weights are the same
    network's); about 1.4x faster steps on CPU after about a minute of compiling, and it needs a
    C/C++ compiler there. ``ema_decay``: > 0 saves the exponential moving average of the weights
    (Lightning's ``EMAWeightAveraging``, updated every step) instead of the last weights.
    """

    patch_size: tuple[int, int] = (160, 160)
    batch_size: int = Field(default=8, ge=1)
    max_steps: int = Field(default=2000, ge=1)
    max_minutes: float | None = Field(default=None, gt=0)
    lr: float = Field(default=2e-3, gt=0)
    weight_decay: float = Field(default=1e-4, ge=0)
    dice_weight: float = Field(default=1.0, ge=0)
    foreground_slice_fraction: float = Field(default=0.85, ge=0, le=1)
    dataset_weights: dict[str, float] | None = None
    val_fraction: float = Field(default=0.0, ge=0, lt=1)
    seed: int = 0
    num_threads: int = Field(default=2, ge=1)
    num_workers: int = Field(default=1, ge=0)
    accelerator: str = "auto"
    precision: str = "32-true"
    compile: bool = False
    ema_decay: float = Field(default=0.0, ge=0, lt=1)

    @field_validator("dataset_weights")
    @classmethod
    def _non_negative(cls, v: dict[str, float] | None) -> dict[str, float] | None:
        if v is not None and (any(w < 0 for w in v.values()) or not any(w > 0 for w in v.values())):
            raise ValueError(f"dataset_weights must be >= 0 with one > 0, got {v}")
        return v


class AugmentConfig(_Strict):
    """Probabilities and ranges of the MRI augmentations (no in-plane flips: head-feet and
    front-back order name the vertebrae; the left-right mirror is ``mirror_prob``)."""

    affine_prob: float = Field(default=0.8, ge=0, le=1)
    rotate_deg: float = Field(default=12.0, ge=0, le=45)
    scale: float = Field(default=0.15, ge=0, lt=0.9)
    translate_mm: float = Field(default=20.0, ge=0)
    bias_field_prob: float = Field(default=0.4, ge=0, le=1)
    gamma_prob: float = Field(default=0.5, ge=0, le=1)
    gamma_range: tuple[float, float] = (0.6, 1.7)
    intensity_prob: float = Field(default=0.5, ge=0, le=1)
    histogram_shift_prob: float = Field(default=0.3, ge=0, le=1)
    noise_prob: float = Field(default=0.3, ge=0, le=1)
    smooth_prob: float = Field(default=0.2, ge=0, le=1)
    invert_prob: float = Field(default=0.0, ge=0, le=1)
    structure_intensity_prob: float = Field(default=0.0, ge=0, le=1)
    structure_intensity_range: tuple[float, float] = (0.3, 1.5)
    mirror_prob: float = Field(
        default=0.0,
        ge=0,
        le=1,
        description="reverse the neighbouring-slice channels: the sample's left-right mirror "
        "image (vertebra classes have no side, so no label changes); pairs with infer.mirror",
    )
    label_interpolation: Literal["nearest", "linear"] = Field(
        default="nearest",
        description="how training masks are resampled to the network's pixels and warped by the "
        "affine augmentation: 'nearest' class indices, or 'linear' (nnU-Net's): each class's "
        "binary mask interpolated bilinearly, then the argmax, so boundaries move by less than "
        "a pixel instead of snapping to the nearest one",
    )

    @field_validator("structure_intensity_range", "gamma_range")
    @classmethod
    def _positive_range(cls, v: tuple[float, float]) -> tuple[float, float]:
        if not 0 < v[0] <= v[1]:
            raise ValueError(f"range must satisfy 0 < low <= high, got {v}")
        return v


class InferConfig(_Strict):
    """Inference settings."""

    batch_size: int = Field(default=16, ge=1)
    absorb_fragments: bool = Field(
        default=True,
        description="vertebra pieces touching another vertebra class join it before the "
        "largest-component pass (see spinelab.segmentation.infer.absorb_fragments)",
    )
    keep_largest_component: bool = Field(
        default=True,
        description="per class, only its largest connected piece is kept, and the pieces at "
        "least second_component_frac of its size",
    )
    second_component_frac: float = Field(
        default=0.5,
        gt=0,
        le=1,
        description="a second body the network gave the same class (as large as the first, or "
        "nearly) is kept for fit_levels to name by position; 1.0 keeps the largest alone",
    )
    smooth_sigma_mm: float = Field(
        default=0.0,
        ge=0,
        description="sigma (mm) of a 3-D Gaussian over the class probabilities (network "
        "resolution) before the argmax, so boundaries agree from slice to slice; 0: off",
    )
    mirror: bool = Field(
        default=False,
        description="test-time mirroring (nnU-Net's): average the softmax of each slice and of "
        "its left-right mirror (neighbouring-slice channels reversed); two network passes",
    )
    tta_shifts: bool = Field(
        default=False,
        description="sub-pixel test-time shifts: the slices are also resampled to the network's "
        "grid shifted by half a network pixel along rows, columns and both, and the four "
        "softmax maps, each resampled back, are averaged; four network passes per scale",
    )
    tta_scales: list[float] = Field(
        default=[1.0],
        min_length=1,
        description="test-time scales: factors of preprocess.spacing_mm the slices are also "
        "resampled to (e.g. [1.0, 0.93]); the softmax maps of every scale, each resampled back, "
        "are averaged; one network pass per scale (times four with tta_shifts)",
    )

    @field_validator("tta_scales")
    @classmethod
    def _scales(cls, v: list[float]) -> list[float]:
        if any(not 0.5 <= f <= 2.0 for f in v):
            raise ValueError(f"tta_scales must lie in 0.5..2.0 (factors of spacing_mm), got {v}")
        if len(set(v)) != len(v):
            raise ValueError(f"tta_scales repeats a scale: {v}")
        return v


class SegConfig(_Strict):
    """The whole configuration (``configs/default.yaml``)."""

    network: NetworkConfig = NetworkConfig()
    preprocess: PreprocessConfig = PreprocessConfig()
    train: TrainConfig = TrainConfig()
    augment: AugmentConfig = AugmentConfig()
    infer: InferConfig = InferConfig()


def parse_overrides(items: list[str] | None) -> dict[str, Any]:
    """``["train.max_steps=10", "network.options.channels=[8,16]"]`` -> dotted keys to YAML values."""
    out: dict[str, Any] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ValueError(f"override {item!r} must look like section.key=value")
        out[key.strip()] = yaml.safe_load(value)
    return out


def _set_dotted(data: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    for key, value in overrides.items():
        node = data
        parts = key.split(".")
        for p in parts[:-1]:
            node = node.setdefault(p, {})
            if not isinstance(node, dict):
                raise ValueError(f"override {key!r}: {p!r} is not a section")
        node[parts[-1]] = value
    return data


def _over_defaults(data: dict[str, Any]) -> dict[str, Any]:
    """``data``'s sections laid key by key over the packaged config's (a partial file inherits).

    ``network.options`` belong to one network: they are inherited only when the file keeps the
    packaged ``network.name`` (a file naming another network without options gets none).
    """
    base = yaml.safe_load(DEFAULT_CONFIG.read_text())
    out: dict[str, Any] = dict(data)
    for section, defaults in base.items():
        given = data.get(section)
        if given is None:
            out[section] = defaults
        elif isinstance(given, dict):
            merged = {**defaults, **given}
            other_net = given.get("name", defaults.get("name")) != defaults.get("name")
            if section == "network" and other_net and "options" not in given:
                merged["options"] = {}
            out[section] = merged
    return out


def load_config(
    path: str | Path | None = None, overrides: dict[str, Any] | None = None
) -> SegConfig:
    """Read a config YAML (default: the packaged one), apply dotted-key overrides, validate.

    A file that gives only some keys takes the rest from the packaged ``configs/default.yaml``.
    """
    data = yaml.safe_load(Path(path or DEFAULT_CONFIG).read_text()) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a config file is a mapping of sections (network, train, ...)")
    return SegConfig.model_validate(_set_dotted(_over_defaults(data), overrides or {}))


def apply_overrides(config: SegConfig, overrides: dict[str, Any] | None) -> SegConfig:
    """A copy of ``config`` with dotted-key overrides applied, validated."""
    if not overrides:
        return config
    return SegConfig.model_validate(_set_dotted(config.model_dump(mode="json"), overrides))


def config_to_yaml(config: SegConfig) -> str:
    """The config as YAML text (round-trips through ``load_config``)."""
    return yaml.safe_dump(config.model_dump(mode="json"), sort_keys=False)
