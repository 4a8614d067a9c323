"""2D image encoders by name: MONAI networks (no pretrained weights) mapping (B, C, H, W) -> (B, F).

Each factory takes ``in_channels``, ``feature_dim`` and keyword options passed to the MONAI
constructor (e.g. ``conv1_t_stride=2`` for a ResNet on large crops). ``build_encoder`` answers
a wrong name with the valid names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from torch import nn


def _resnet(depth: int) -> Callable[..., nn.Module]:
    def make(in_channels: int, feature_dim: int, **kw: Any) -> nn.Module:
        from monai.networks import nets

        return getattr(nets, f"resnet{depth}")(
            pretrained=False, spatial_dims=2, n_input_channels=in_channels, num_classes=feature_dim, **kw
        )

    make.__doc__ = f"MONAI ResNet-{depth} (2D)."
    return make


def _resnet_tiny(in_channels: int, feature_dim: int, **kw: Any) -> nn.Module:
    """MONAI ResNet with one basic block per stage and widths 16..128: fast CPU smoke tests."""
    from monai.networks.nets import ResNet

    opts: dict[str, Any] = {"conv1_t_stride": 2, **kw}
    return ResNet(
        block="basic", layers=[1, 1, 1, 1], block_inplanes=[16, 32, 64, 128], spatial_dims=2,
        n_input_channels=in_channels, num_classes=feature_dim, **opts,
    )


def _densenet121(in_channels: int, feature_dim: int, **kw: Any) -> nn.Module:
    """MONAI DenseNet-121 (2D)."""
    from monai.networks.nets import DenseNet121

    return DenseNet121(spatial_dims=2, in_channels=in_channels, out_channels=feature_dim, pretrained=False, **kw)


def _efficientnet(variant: str) -> Callable[..., nn.Module]:
    def make(in_channels: int, feature_dim: int, **kw: Any) -> nn.Module:
        from monai.networks.nets import EfficientNetBN

        return EfficientNetBN(
            f"efficientnet-{variant}", pretrained=False, spatial_dims=2, in_channels=in_channels,
            num_classes=feature_dim, **kw,
        )

    make.__doc__ = f"MONAI EfficientNet-{variant} (2D, batch norm)."
    return make


ENCODERS: dict[str, Callable[..., nn.Module]] = {
    "resnet_tiny": _resnet_tiny,
    "resnet10": _resnet(10),
    "resnet18": _resnet(18),
    "resnet34": _resnet(34),
    "resnet50": _resnet(50),
    "densenet121": _densenet121,
    "efficientnet-b0": _efficientnet("b0"),
    "efficientnet-b2": _efficientnet("b2"),
}


def build_encoder(name: str, in_channels: int, feature_dim: int, **kwargs: Any) -> nn.Module:
    """The encoder registered under ``name``; a wrong name raises with the valid names."""
    try:
        factory = ENCODERS[name]
    except KeyError:
        raise ValueError(f"unknown encoder {name!r}; valid: {sorted(ENCODERS)}") from None
    return factory(in_channels, feature_dim, **kwargs)
