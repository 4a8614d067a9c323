"""Plane from ImageOrientationPatient, contrast from description and timing."""

from __future__ import annotations

import numpy as np
import pytest
from pydantic import ValidationError

from spinelab.data.series_classify import (
    ContrastRule,
    classify_contrast,
    contrast_from_timing,
    load_contrast_rules,
    plane_from_orientation,
    slice_normal,
)

SAG = [0, 1, 0, 0, 0, -1]  # rows run anterior->posterior, columns head->feet
AX = [1, 0, 0, 0, 1, 0]
COR = [1, 0, 0, 0, 0, -1]


def _tilted_axial(deg: float) -> list[float]:
    """Axial orientation rotated by ``deg`` about the left-right axis."""
    t = np.radians(deg)
    return [1, 0, 0, 0, float(np.cos(t)), float(np.sin(t))]


def test_plane_from_orientation_cardinal_and_tilted() -> None:
    assert plane_from_orientation(SAG) == "sagittal"
    assert plane_from_orientation(AX) == "axial"
    assert plane_from_orientation(COR) == "coronal"
    # sign of the directions does not matter
    assert plane_from_orientation([0, -1, 0, 0, 0, 1]) == "sagittal"
    # a block tilted 30 deg along the L5-S1 disc is still axial, 45 deg is oblique
    assert plane_from_orientation(_tilted_axial(30)) == "axial"
    assert plane_from_orientation(_tilted_axial(45)) == "oblique"
    assert plane_from_orientation(_tilted_axial(45), max_oblique_deg=46) in {"axial", "coronal"}


def test_slice_normal_is_row_cross_column_and_rejects_degenerate() -> None:
    np.testing.assert_allclose(slice_normal(AX), [0, 0, 1])
    np.testing.assert_allclose(slice_normal(SAG), [-1, 0, 0])
    with pytest.raises(ValueError, match="degenerate"):
        slice_normal([1, 0, 0, 1, 0, 0])


@pytest.mark.parametrize(
    ("description", "contrast"),
    [
        ("SAG T2 FSE", "T2"),
        ("t2_tse_tra_320", "T2"),
        ("Sag T1", "T1"),
        ("sagT1w", "T1"),
        ("STIR sag", "STIR"),
        ("Sagittal T2/STIR", "STIR"),
        ("t2_tirm_sag", "STIR"),
        ("T2* GRE ax", "other"),
        ("3-plane localizer", "other"),
        ("DWI b800", "other"),
        ("PD sag", "other"),
        ("T12 survey", "other"),
    ],
)
def test_contrast_from_description(description: str, contrast: str) -> None:
    assert classify_contrast(description).contrast == contrast


def test_every_vocabulary_example_gets_its_rule_contrast() -> None:
    """Rule order must not shadow a later rule's own example."""
    rules = load_contrast_rules()
    assert rules.rules
    for rule in rules.rules:
        assert classify_contrast(rule.example).contrast == rule.contrast, rule.example


def test_flags_fat_suppression_and_post_contrast() -> None:
    r = classify_contrast("AX T1 FS +C")
    assert (r.contrast, r.fat_suppressed, r.post_contrast) == ("T1", True, True)
    r = classify_contrast("Sag T2")
    assert (r.fat_suppressed, r.post_contrast) == (False, False)


def test_contrast_from_timing_when_description_is_silent() -> None:
    assert contrast_from_timing(500, 10, None) == "T1"
    assert contrast_from_timing(4000, 100, None) == "T2"
    assert contrast_from_timing(4000, 40, 160) == "STIR"
    assert contrast_from_timing(3000, 12, None) == "other"  # proton density
    assert contrast_from_timing(None, None, None) is None
    r = classify_contrast("Series 5", tr=4000, te=100)
    assert (r.contrast, r.source) == ("T2", "timing")
    r = classify_contrast("", tr=None, te=None)
    assert (r.contrast, r.source) == ("other", "none")


def test_description_wins_but_conflict_is_flagged() -> None:
    r = classify_contrast("sag T1", tr=4000, te=100)
    assert r.contrast == "T1" and r.source == "description" and r.conflict


def test_rule_schema_rejects_bad_rules() -> None:
    with pytest.raises(ValidationError):
        ContrastRule(pattern="t1(", contrast="T1", example="t1")
    with pytest.raises(ValidationError):
        ContrastRule(pattern="t1", contrast="T3", example="t1")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="does not match"):
        ContrastRule(pattern="stir", contrast="STIR", example="T2 sag")
