"""Axial slice -> disc level mapping on a synthetic study with one tilted stack per disc."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pandas as pd
import pydicom
import pytest
from typer.testing import CliRunner

from spinelab.data.dicom_write import stack_affine, write_stack
from spinelab.segmentation.axial_mapping import discs_from_levels, map_axial_slices

STUDY = "1.2.826.0.1.3680043.8.498.555"
AX, AX_STRAIGHT, SAG = STUDY + ".1", STUDY + ".2", STUDY + ".3"
# disc name, centre (LPS mm), tilt about the left-right axis (deg)
DISCS = [
    ("L3-L4", (2.0, 0.0, 0.0), 0.0),
    ("L4-L5", (0.0, 6.0, -36.0), 12.0),
    ("L5-S1", (-1.0, 18.0, -70.0), 28.0),
]
OFFSETS = (-12.0, -6.0, 0.0, 6.0, 12.0)  # slice positions along each disc normal (mm)
ROWS = COLS = 16
PS = 10.0


def _normal(tilt: float) -> np.ndarray:
    t = np.radians(tilt)
    return np.array([0.0, np.sin(t), np.cos(t)])


def _levels() -> dict:
    return {
        "frame": "LPS",
        "units": "mm",
        "source": "test",
        "vertebrae": [],
        "discs": [
            {"name": n, "center_mm": list(c), "normal": list(_normal(t))} for n, c, t in DISCS
        ],
        "qc": [],
    }


def _slice_affine(centre: np.ndarray, tilt: float) -> np.ndarray:
    """Affine of a one-slice stack whose FOV centre is ``centre``, parallel to the tilted disc."""
    t = np.radians(tilt)
    row_dir = np.array([1.0, 0.0, 0.0])
    col_dir = np.array([0.0, np.cos(t), -np.sin(t)])  # row x col = disc normal
    half = (ROWS - 1) / 2 * PS
    ipp = centre - half * row_dir - half * col_dir
    return stack_affine(
        origin=ipp, row_dir=row_dir, col_dir=col_dir, pixel_spacing=(PS, PS), slice_spacing=4.0
    )


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, tuple[str, float]]]:
    """Study dir + truth {sop_instance_uid: (disc planned through, offset mm)}.

    Instance numbers are a random permutation and file names random, so only geometry can
    give the right answer. The FOV centre sits 25 mm anterior of the disc centre (in-plane).
    """
    root = tmp_path_factory.mktemp("tilted_study")
    rng = random.Random(7)
    slices = [(name, np.asarray(c), tilt, d) for name, c, tilt in DISCS for d in OFFSETS]
    numbers = rng.sample(range(1, len(slices) + 1), len(slices))
    truth: dict[str, tuple[str, float]] = {}
    px = np.ones((1, ROWS, COLS), dtype=np.uint16)
    for (name, c, tilt, d), inst in zip(slices, numbers, strict=True):
        t = np.radians(tilt)
        anterior_in_plane = -np.array([0.0, np.cos(t), -np.sin(t)])
        centre = c + d * _normal(tilt) + 25.0 * anterior_in_plane
        fname = f"f{rng.randint(0, 10**8):08d}"
        write_stack(
            root / "ax",
            px,
            _slice_affine(centre, tilt),
            study_uid=STUDY,
            series_uid=AX,
            first_instance=inst,
            file_names=[fname],
            series_description="AX T2",
        )
        truth[str(pydicom.dcmread(root / "ax" / fname, stop_before_pixels=True).SOPInstanceUID)] = (
            name,
            d,
        )
    # a straight axial slice through the L5-S1 centre (28 deg off the disc) in its own series
    write_stack(
        root / "ax2",
        px,
        _slice_affine(np.asarray(DISCS[2][1]), 0.0),
        study_uid=STUDY,
        series_uid=AX_STRAIGHT,
        series_description="AX T2 straight",
    )
    # a sagittal series must not be mapped
    sag = stack_affine(
        origin=(20.0, -80.0, 40.0),
        row_dir=(0, 1, 0),
        col_dir=(0, 0, -1),
        pixel_spacing=(PS, PS),
        slice_spacing=4.0,
    )
    write_stack(
        root / "sag",
        np.ones((3, ROWS, COLS), np.uint16),
        sag,
        study_uid=STUDY,
        series_uid=SAG,
        series_description="SAG T2",
    )
    return root, truth


def test_every_tilted_slice_maps_to_its_disc(study) -> None:
    root, truth = study
    df = map_axial_slices(root, _levels())
    assert set(df["series_uid"]) == {AX, AX_STRAIGHT}
    ax = df[df["series_uid"] == AX].set_index("sop_instance_uid")
    assert len(ax) == len(truth) == 15
    assert ax["stack"].nunique() == 3
    for uid, (disc, d) in truth.items():
        r = ax.loc[uid]
        assert r["nearest_level"] == disc
        assert r["distance_mm"] == pytest.approx(d, abs=1e-3)
        assert r["plane_distance_mm"] == pytest.approx(d, abs=1e-3)  # parallel planes
        assert r["angle_deg"] == pytest.approx(0.0, abs=0.01)
        assert r["disc_offset_mm"] == pytest.approx(25.0, abs=1e-3)
        assert bool(r["disc_in_fov"])
        if abs(d) <= 10.0:  # the default tolerance
            assert (r["level"], bool(r["within_tolerance"]), r["between_levels"]) == (
                disc,
                True,
                "",
            )
        else:
            assert r["level"] == "" and not r["within_tolerance"]
    between = {truth[u]: ax.loc[u, "between_levels"] for u in truth if abs(truth[u][1]) > 10}
    assert between == {
        ("L3-L4", 12.0): "above L3-L4",
        ("L3-L4", -12.0): "L3-L4/L4-L5",
        ("L4-L5", 12.0): "L3-L4/L4-L5",
        ("L4-L5", -12.0): "L4-L5/L5-S1",
        ("L5-S1", 12.0): "L4-L5/L5-S1",
        ("L5-S1", -12.0): "below L5-S1",
    }
    strict = map_axial_slices(root, _levels(), tolerance_mm=5.0)
    assert (strict["level"] != "").sum() == 3 + 1  # only the slices through the disc centres


def test_angle_and_tolerance_for_a_straight_slice(study) -> None:
    root, _ = study
    df = map_axial_slices(root, _levels())
    r = df[df["series_uid"] == AX_STRAIGHT].iloc[0]
    assert r["level"] == "L5-S1" and r["distance_mm"] == pytest.approx(0.0, abs=1e-3)
    assert r["angle_deg"] == pytest.approx(28.0, abs=0.01)
    tight = map_axial_slices(root, _levels(), tolerance_mm=3.0)
    assert set(tight.loc[tight["within_tolerance"], "distance_mm"].abs().round(3)) == {0.0}


def test_maps_from_an_index_and_levels_file(study, tmp_path: Path) -> None:
    from spinelab.data.dicom_index import index_directory

    root, _ = study
    index, _, _ = index_directory(root)
    p = tmp_path / "levels.json"
    p.write_text(json.dumps(_levels()))
    a = map_axial_slices(index, p)
    b = map_axial_slices(root, _levels())
    pd.testing.assert_frame_equal(a, b)


def test_cli_map_axial(study, tmp_path: Path) -> None:
    from spinelab.cli import app

    root, truth = study
    p = tmp_path / "levels.json"
    p.write_text(json.dumps(_levels()))
    out = tmp_path / "axial_map.csv"
    png = tmp_path / "axial_map.png"
    res = CliRunner().invoke(
        app,
        ["levels", "map-axial", str(root), "--levels", str(p), "-o", str(out), "--plot", str(png)],
    )
    assert res.exit_code == 0, res.output
    df = pd.read_csv(out, keep_default_na=False)
    assert len(df) == 16
    assert (df["level"] != "").sum() == 3 * 3 + 1
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000


def test_levels_validation_and_order() -> None:
    lv = _levels()
    lv["discs"] = lv["discs"][::-1]  # given caudal first: sorted back cranial -> caudal
    assert [d.name for d in discs_from_levels(lv)] == ["L3-L4", "L4-L5", "L5-S1"]
    with pytest.raises(ValueError, match="LPS"):
        discs_from_levels({**lv, "frame": "RAS"})
    with pytest.raises(ValueError, match="no discs"):
        discs_from_levels({**lv, "discs": []})
    bad = _levels()
    bad["discs"][0]["normal"] = [0, 0, 0]
    with pytest.raises(ValueError, match="L3-L4"):
        discs_from_levels(bad)
