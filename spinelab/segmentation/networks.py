"""2-D segmentation networks chosen by name in config.

``build_network(name, in_channels=C, out_channels=K, **options)`` returns a ``torch.nn.Module``
mapping (N, C, H, W) float images to (N, K, H, W) logits (H, W need not be multiples of 32: the
caller pads to ``required_multiple(name, options)``).

Built-in names: ``unet`` (MONAI ``UNet``), ``flexible_unet`` (MONAI ``FlexibleUNet`` with an
EfficientNet/ResNet encoder, never pretrained: no downloads), ``dynunet`` (MONAI ``DynUNet``),
and ``smp:<Architecture>`` (segmentation-models-pytorch, e.g. ``smp:Unet``; optional backend,
imported lazily, needs torchvision, for GPU machines only).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch

NetworkFactory = Callable[..., torch.nn.Module]


def _unet(
    *,
    in_channels: int,
    out_channels: int,
    channels: tuple[int, ...] | list[int] = (16, 32, 64, 128, 256),
    strides: tuple[int, ...] | list[int] | None = None,
    num_res_units: int = 1,
    dropout: float = 0.0,
    norm: str = "batch",
) -> torch.nn.Module:
    from monai.networks.nets import UNet

    channels = tuple(int(c) for c in channels)
    strides = tuple(int(s) for s in strides) if strides else (2,) * (len(channels) - 1)
    return UNet(
        spatial_dims=2,
        in_channels=in_channels,
        out_channels=out_channels,
        channels=channels,
        strides=strides,
        num_res_units=num_res_units,
        dropout=dropout,
        norm=norm,
    )


def _flexible_unet(
    *,
    in_channels: int,
    out_channels: int,
    backbone: str = "efficientnet-b0",
    decoder_channels: tuple[int, ...] | list[int] = (128, 64, 32, 16, 8),
    dropout: float = 0.0,
) -> torch.nn.Module:
    from monai.networks.nets import FlexibleUNet

    return FlexibleUNet(
        in_channels=in_channels,
        out_channels=out_channels,
        backbone=backbone,
        pretrained=False,  # never download weights
        decoder_channels=tuple(int(c) for c in decoder_channels),
        spatial_dims=2,
        dropout=dropout,
        is_pad=True,
    )


def _dynunet(
    *,
    in_channels: int,
    out_channels: int,
    filters: tuple[int, ...] | list[int] = (16, 32, 64, 128, 256),
    res_block: bool = True,
    dropout: float | None = None,
) -> torch.nn.Module:
    from monai.networks.nets import DynUNet

    n = len(filters)
    kernels = [[3, 3]] * n
    strides = [[1, 1]] + [[2, 2]] * (n - 1)
    return DynUNet(
        spatial_dims=2,
        in_channels=in_channels,
        out_channels=out_channels,
        kernel_size=kernels,
        strides=strides,
        upsample_kernel_size=strides[1:],
        filters=[int(f) for f in filters],
        res_block=res_block,
        dropout=dropout,
    )


#: Built-in networks by name; ``smp:<Arch>`` names are resolved separately.
NETWORKS: dict[str, NetworkFactory] = {
    "unet": _unet,
    "flexible_unet": _flexible_unet,
    "dynunet": _dynunet,
}

SMP_PREFIX = "smp:"


def _smp(arch: str, *, in_channels: int, out_channels: int, **options: Any) -> torch.nn.Module:
    try:
        import segmentation_models_pytorch as smp
    except ImportError as exc:  # pragma: no cover - depends on the machine
        raise ImportError(
            f"network 'smp:{arch}' needs segmentation-models-pytorch (and torchvision): "
            "pip install 'spinelab[smp]' on a machine with a CUDA torch; on CPU machines use "
            f"one of {sorted(NETWORKS)}"
        ) from exc
    cls = getattr(smp, arch, None)
    if not isinstance(cls, type):
        raise ValueError(f"unknown segmentation-models-pytorch architecture {arch!r}")
    options.setdefault("encoder_weights", None)  # never download weights
    return cls(in_channels=in_channels, classes=out_channels, **options)


def network_names() -> list[str]:
    """Valid network names (``smp:<Arch>`` accepted in addition)."""
    return sorted(NETWORKS) + [SMP_PREFIX + "<Architecture>"]


def build_network(
    name: str, *, in_channels: int, out_channels: int, **options: Any
) -> torch.nn.Module:
    """Build a 2-D network by name: (N, in_channels, H, W) -> (N, out_channels, H, W) logits."""
    if name.startswith(SMP_PREFIX):
        return _smp(
            name[len(SMP_PREFIX) :], in_channels=in_channels, out_channels=out_channels, **options
        )
    if name not in NETWORKS:
        raise ValueError(f"unknown network {name!r}; valid names: {', '.join(network_names())}")
    try:
        return NETWORKS[name](in_channels=in_channels, out_channels=out_channels, **options)
    except TypeError as exc:
        raise TypeError(f"bad options for network {name!r}: {exc}") from exc


def required_multiple(name: str, options: dict[str, Any] | None = None) -> int:
    """Input H and W must be multiples of this (the network's total downsampling factor)."""
    options = options or {}
    if name == "unet":
        channels = options.get("channels", (16, 32, 64, 128, 256))
        strides = options.get("strides") or (2,) * (len(channels) - 1)
        m = 1
        for s in strides:
            m *= int(s)
        return m
    if name == "dynunet":
        return 2 ** (len(options.get("filters", (16, 32, 64, 128, 256))) - 1)
    return 32
