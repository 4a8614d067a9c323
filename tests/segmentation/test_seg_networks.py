"""Network registry: every built-in name builds, keeps the spatial size, wrong names list valid ones."""

from __future__ import annotations

import pytest
import torch

from spinelab.segmentation.networks import NETWORKS, build_network, network_names, required_multiple

SMALL = {
    "unet": {"channels": [4, 8, 16], "num_res_units": 1},
    "flexible_unet": {"backbone": "efficientnet-b0", "decoder_channels": [16, 8, 8, 8, 4]},
    "dynunet": {"filters": [4, 8, 16]},
}


@pytest.mark.parametrize("name", sorted(NETWORKS))
def test_builds_and_keeps_size(name: str) -> None:
    net = build_network(name, in_channels=3, out_channels=4, **SMALL[name]).eval()
    m = required_multiple(name, SMALL[name])
    x = torch.randn(2, 3, 2 * m, 2 * m)
    with torch.no_grad():
        y = net(x)
    assert y.shape == (2, 4, 2 * m, 2 * m)


def test_flexible_unet_is_not_pretrained() -> None:
    # pretrained weights would need a download; two builds with different seeds must differ
    torch.manual_seed(0)
    a = build_network("flexible_unet", in_channels=1, out_channels=2)
    torch.manual_seed(1)
    b = build_network("flexible_unet", in_channels=1, out_channels=2)
    pa, pb = next(a.parameters()), next(b.parameters())
    assert not torch.equal(pa, pb)


def test_wrong_name_lists_valid_names() -> None:
    with pytest.raises(ValueError) as exc:
        build_network("resunet", in_channels=1, out_channels=2)
    for name in NETWORKS:
        assert name in str(exc.value)
    assert "smp:" in str(exc.value)
    assert "smp:<Architecture>" in network_names()


def test_bad_option_names_the_network() -> None:
    with pytest.raises(TypeError, match="unet"):
        build_network("unet", in_channels=1, out_channels=2, nonsense=3)


def test_smp_backend_is_optional() -> None:
    try:
        import segmentation_models_pytorch  # noqa: F401
    except ImportError:
        with pytest.raises(ImportError, match="segmentation-models-pytorch"):
            build_network("smp:Unet", in_channels=3, out_channels=2)
    else:  # pragma: no cover - only where smp is installed
        net = build_network("smp:Unet", in_channels=3, out_channels=2, encoder_name="resnet18")
        assert net(torch.randn(1, 3, 64, 64)).shape == (1, 2, 64, 64)
