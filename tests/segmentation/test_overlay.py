"""Overlay PNG: written, a real image of plausible size, geometry mismatches refused."""

from __future__ import annotations

import matplotlib.image as mpimg
import numpy as np
import pytest

from spinelab.anatomy import MASK_VALUES
from spinelab.data.volume import Volume
from spinelab.segmentation.levels import fit_levels
from spinelab.segmentation.levels_phantom import make_phantom
from spinelab.segmentation.overlay import save_overlay

NAMES = {v: k for k, v in MASK_VALUES.items() if k != "canal"}


def test_overlay_png_is_written(tmp_path):
    ph = make_phantom([1, 2, 3, 4, 5, 6, 7], tilt_deg=15)
    image = Volume(
        (ph.mask.array > 0) * 100.0 + np.random.default_rng(0).normal(0, 5, ph.mask.array.shape),
        ph.mask.affine,
    )
    levels = fit_levels(ph.mask, NAMES).to_json()
    out = save_overlay(image, ph.mask, levels, tmp_path / "ov.png")
    img = mpimg.imread(out)
    assert img.ndim == 3 and img.shape[0] > 100 and img.shape[1] > 50
    assert img.std() > 0.05  # not a blank canvas
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ov.png"]


def test_overlay_refuses_mismatched_geometry(tmp_path):
    ph = make_phantom([1, 2, 3])
    image = Volume(np.zeros((5, 5, 5)), np.eye(4), {"path": "img.nii.gz"})
    with pytest.raises(ValueError, match="img.nii.gz.*differ in geometry"):
        save_overlay(image, ph.mask, {"vertebrae": [], "discs": []}, tmp_path / "x.png")
