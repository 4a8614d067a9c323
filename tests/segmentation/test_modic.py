"""Voxel-wise Modic map: registration, endplate bands and their levels, typing rules, errors, CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from spinelab.data.volume import Volume, read_volume, write_nifti
from spinelab.schema import LEVELS, validate_labels
from spinelab.segmentation.modic import (
    ModicInputError,
    assign_discs,
    classify_ratios,
    endplate_zones,
    find_bodies,
    level_value,
    map_modic,
    remove_small_components,
    resample_to,
)
from spinelab.segmentation.modic_io import (
    load_study_pair,
)
from spinelab.segmentation.modic_rules import (
    GeometryConfig,
    ModicConfig,
    load_modic_config,
)

# ----------------------------------------------------------------------------- phantom
# A sagittal grid (slice = left-right, row = head -> feet, column = front -> back), 4 x 1 x 1 mm:
# L4 (value 5) rows 4-29, disc L4-L5 rows 30-37, L5 (value 6) rows 38-63; columns 8-31; slices 1-8.
SHAPE = (10, 72, 40)
L4_ROWS, L5_ROWS, COLS, SLICES = (4, 30), (38, 64), (8, 32), (1, 9)


def _affine(spacing: tuple[float, float, float] = (4.0, 1.0, 1.0), origin: tuple[float, float, float] = (-18.0, -20.0, 30.0)) -> np.ndarray:
    """index (slice, row, col) -> LPS mm: slices to the left, rows inferior, columns posterior."""
    a = np.eye(4)
    a[:3, 0] = [spacing[0], 0, 0]
    a[:3, 1] = [0, 0, -spacing[1]]
    a[:3, 2] = [0, spacing[2], 0]
    a[:3, 3] = origin
    return a


def _phantom_mask() -> Volume:
    arr = np.zeros(SHAPE, dtype=np.uint8)
    for value, rows in ((5, L4_ROWS), (6, L5_ROWS)):
        arr[SLICES[0]:SLICES[1], rows[0]:rows[1], COLS[0]:COLS[1]] = value
    return Volume(arr, _affine())


def _phantom_levels(mask: Volume) -> dict:
    """Discs above L4, between L4 and L5, below L5 (centres on the column, cranial normal +z)."""
    mid_slice, mid_col = 0.5 * (SLICES[0] + SLICES[1] - 1), 0.5 * (COLS[0] + COLS[1] - 1)
    discs = []
    for name, row in (("L3-L4", L4_ROWS[0] - 4.0), ("L4-L5", 0.5 * (L4_ROWS[1] + L5_ROWS[0] - 1)),
                      ("L5-S1", L5_ROWS[1] + 3.5)):
        c = mask.index_to_mm(np.array([mid_slice, row, mid_col]))
        discs.append({"name": name, "center_mm": c.tolist(), "normal": [0.0, 0.0, 1.0]})
    return {"frame": "LPS", "units": "mm", "vertebrae": [], "discs": discs, "qc": []}


NAMES = {5: "L4", 6: "L5", 15: "L4-L5"}


def _phantom_images(patches: dict[tuple[int, int], tuple[float, float]]) -> tuple[Volume, Volume]:
    """T1 and T2 of the phantom: marrow 600 / 360 (cortex shell 60 / 50, disc 300 / 800, soft
    tissue 400 / 300), ``patches`` {(row0, row1): (t1, t2)} painted over the interior columns and
    slices, all times a smooth bias field (x1.35 over the 72 mm column) and Rician-like noise."""
    rng = np.random.default_rng(0)
    mask = _phantom_mask().array
    t1 = np.full(SHAPE, 400.0)
    t2 = np.full(SHAPE, 300.0)
    t1[:, L4_ROWS[1]:L5_ROWS[0], COLS[0]:COLS[1]] = 300.0
    t2[:, L4_ROWS[1]:L5_ROWS[0], COLS[0]:COLS[1]] = 800.0
    body = mask > 0
    t1[body], t2[body] = 60.0, 50.0
    from scipy import ndimage

    inner = ndimage.binary_erosion(body)
    t1[inner], t2[inner] = 600.0, 360.0
    for (r0, r1), (v1, v2) in patches.items():
        sl = (slice(SLICES[0] + 1, SLICES[1] - 1), slice(r0, r1), slice(COLS[0] + 1, COLS[1] - 1))
        t1[sl], t2[sl] = v1, v2
    bias = np.exp(0.3 * np.arange(SHAPE[1]) / SHAPE[1])[None, :, None]
    t1 = t1 * bias + rng.normal(0, 12, SHAPE)
    t2 = t2 * bias + rng.normal(0, 8, SHAPE)
    return Volume(t1.astype(np.float32), _affine()), Volume(t2.astype(np.float32), _affine())


# ----------------------------------------------------------------------------- registration
def test_registration_lands_a_landmark_within_one_voxel() -> None:
    """T2 and T1 grids differ in matrix, spacing, slice positions and a 6 degree tilt; a bright
    landmark drawn in the T2 lands within one T1 voxel of its LPS position."""
    t = np.deg2rad(6.0)
    rot = np.array([[1, 0, 0], [0, np.cos(t), -np.sin(t)], [0, np.sin(t), np.cos(t)]])
    a2 = np.eye(4)
    a2[:3, :3] = rot @ _affine((3.5, 1.2, 1.2))[:3, :3]
    a2[:3, 3] = [-20.0, -30.0, 45.0]
    t2_grid = Volume(np.zeros((12, 70, 50), dtype=np.float32), a2)
    t1 = Volume(np.zeros((10, 100, 64), dtype=np.float32), _affine((4.0, 0.9, 0.9), (-17.3, -26.0, 52.0)))
    landmark = np.array([1.3, -2.0, 10.0])  # LPS mm, inside both fields of view
    xyz = t2_grid.index_to_mm(np.argwhere(np.ones(t2_grid.array.shape, bool)))
    blob = 100.0 + 1000.0 * np.exp(-np.sum((xyz - landmark) ** 2, axis=1) / (2 * 3.0**2))
    t2 = Volume(blob.reshape(t2_grid.array.shape).astype(np.float32), a2)

    on_t1, valid = resample_to(t2, t1, order=1)
    assert on_t1.shape == t1.array.shape
    w = np.clip(on_t1 - 100.0, 0, None) * valid
    centroid = (np.argwhere(np.ones(w.shape, bool)) * w.reshape(-1, 1)).sum(0) / w.sum()
    expected = t1.mm_to_index(landmark)
    assert np.all(np.abs(centroid - expected) < 1.0), (centroid, expected)
    peak = np.unravel_index(np.argmax(on_t1), on_t1.shape)
    assert np.all(np.abs(np.array(peak) - expected) <= 1.0)
    # the T1 field of view reaches beyond the T2's: those voxels are invalid and hold 0
    assert 0 < valid.sum() < valid.size
    assert np.all(on_t1[~valid] == 0)
    # a label mask keeps its values and dtype (nearest)
    labels = Volume((blob.reshape(t2_grid.array.shape) > 600).astype(np.uint8) * 7, a2)
    lab_t1, _ = resample_to(labels, t1, order=0)
    assert lab_t1.dtype == np.uint8 and set(np.unique(lab_t1)) == {0, 7}


# ----------------------------------------------------------------------------- levels of bands
def test_endplate_voxels_belong_to_the_disc_they_face() -> None:
    mask = _phantom_mask()
    bodies = find_bodies(mask, [5, 6], min_body_mm3=1000.0)
    assert [b.value for b in bodies] == [5, 6]
    assign_discs(bodies, _phantom_levels(mask)["discs"], max_distance_mm=40.0, max_offset_mm=20.0)
    assert [(b.disc_above["name"], b.disc_below["name"]) for b in bodies] == [("L3-L4", "L4-L5"), ("L4-L5", "L5-S1")]
    geo = GeometryConfig(band_mm=5.0, edge_margin_mm=1.0, reference_gap_mm=2.0, min_body_mm3=1000.0,
                         max_disc_distance_mm=40.0, max_disc_offset_mm=20.0)
    z = endplate_zones(mask, bodies, geo)
    lv = {name: LEVELS.index(name) for name in ("L3-L4", "L4-L5", "L5-S1")}
    s, c = 4, 20
    assert z.level[s, L4_ROWS[1] - 3, c] == lv["L4-L5"]  # lower endplate of L4
    assert z.level[s, L5_ROWS[0] + 2, c] == lv["L4-L5"]  # upper endplate of L5
    assert z.level[s, L4_ROWS[0] + 2, c] == lv["L3-L4"]  # upper endplate of L4
    assert z.level[s, L5_ROWS[1] - 3, c] == lv["L5-S1"]  # lower endplate of L5
    assert z.level[s, L4_ROWS[1] - 8, c] == -1  # 7.5 mm above the endplate: beyond band_mm
    # the anterior wall at mid-height is not an endplate; it is not core either (surface margin)
    mid = (L4_ROWS[0] + L4_ROWS[1]) // 2
    assert z.level[s, mid, COLS[0]] == -1 and not z.band[s, mid, COLS[0]] and not z.core[s, mid, COLS[0]]
    assert z.core[s, mid, c] and not z.band[s, mid, c]
    # the outer voxel layer (surface) and the outermost slices are never band or core
    assert not z.band[s, L4_ROWS[1] - 1, c] and not z.band[SLICES[0], L4_ROWS[1] - 3, c]
    assert z.endplates == {"L3-L4": 1, "L4-L5": 2, "L5-S1": 1}
    # band and core never overlap, and both lie inside the bodies
    assert not np.any(z.band & z.core) and not np.any((z.band | z.core) & (mask.array == 0))


# ----------------------------------------------------------------------------- typing rules
def test_typing_rules_on_ratio_patches() -> None:
    cfg = load_modic_config()
    r1 = np.array([1.0, 0.4, 1.6, 0.12, 0.12, 0.9, 1.6, 0.4])
    r2 = np.array([1.0, 2.0, 1.7, 0.15, 0.15, 1.1, 0.8, 0.9])
    depth = np.array([5.0, 5.0, 5.0, 5.0, 1.5, 5.0, 5.0, 5.0])
    # marrow; type 1; type 2; type 3; type 3 signal at the surface (cortex-like); near normal;
    # bright T1 with dark T2; dark T1 with normal T2
    assert classify_ratios(r1, r2, cfg.rules, depth).tolist() == [0, 1, 2, 3, 0, 0, 0, 0]


def test_rules_file_is_validated() -> None:
    raw = load_modic_config().model_dump(mode="json")
    overlapping = {**raw, "rules": [*raw["rules"][:2], {"type": 3, "t1": {"below": 0.8}, "t2": {"above": 1.2},
                                                       "example": {"t1": 0.5, "t2": 1.5}}]}
    with pytest.raises(ValueError, match="overlap"):
        ModicConfig.model_validate(overlapping)
    bad_example = {**raw, "rules": [{**raw["rules"][0], "example": {"t1": 1.0, "t2": 1.0}}, *raw["rules"][1:]]}
    with pytest.raises(ValueError, match="does not satisfy"):
        ModicConfig.model_validate(bad_example)
    with pytest.raises(ValueError, match="empty range"):
        ModicConfig.model_validate({**raw, "rules": [{**raw["rules"][0], "t1": {"above": 0.9, "below": 0.5}}]})


def test_map_types_hand_built_patches_and_calls_levels() -> None:
    """Type 1 at the lower endplate of L4, type 2 at the upper endplate of L5, type 3 at the lower
    endplate of L5, under a bias field; every level is called from its own band."""
    patches = {(L4_ROWS[1] - 7, L4_ROWS[1] - 1): (230.0, 760.0), (L5_ROWS[0] + 1, L5_ROWS[0] + 7): (1000.0, 640.0),
               (L5_ROWS[1] - 7, L5_ROWS[1] - 1): (60.0, 60.0)}
    t1, t2 = _phantom_images(patches)
    mask = _phantom_mask()
    res = map_modic(t1, t2, mask, _phantom_levels(mask), label_names=NAMES, report_id="R1")
    m = res.map.array
    assert m.shape == t1.array.shape and np.allclose(res.map.affine, t1.affine)
    s, c = 4, 20
    assert m[s, L4_ROWS[1] - 4, c] == 1
    assert m[s, L5_ROWS[0] + 4, c] == 2
    assert m[s, L5_ROWS[1] - 5, c] == 3
    mid = (L4_ROWS[0] + L4_ROWS[1]) // 2
    assert not m[:, mid - 3:mid + 3].any()  # no call in the normal marrow
    table = validate_labels(res.table).set_index("level")
    # L4-L5 holds type 1 and type 2 about equally: mixed 1/2 takes the lower type (REPORT_LABELS 7)
    assert table.loc["L4-L5", "value"] == "type1"
    assert table.loc["L4-L5", "type1_mm3"] > 0 and table.loc["L4-L5", "type2_mm3"] > 0
    assert table.loc["L5-S1", "value"] == "type3"
    assert table.loc["L3-L4", "value"] == "none" and table.loc["L3-L4", "volume_mm3"] == 0
    assert set(table["report_id"]) == {"R1"} and set(table["finding"]) == {"modic"}
    assert 0 < table.loc["L5-S1", "band_fraction"] <= 1
    # levels no vertebra faces are listed with a reason, never dropped
    assert {f["level"] for f in res.failures} == set(LEVELS) - {"L3-L4", "L4-L5", "L5-S1"}
    assert all(f["reason"] for f in res.failures)


def test_small_components_are_removed_and_level_values() -> None:
    types = np.zeros((6, 20, 20), dtype=np.uint8)
    types[2, 5, 5] = 2  # one voxel, 1 mm3
    types[1:5, 10:15, 10:15] = 1  # 100 mm3
    out = remove_small_components(types, np.array([1.0, 1.0, 1.0]), 50.0)
    assert out[2, 5, 5] == 0 and np.count_nonzero(out == 1) == 100
    cfg = load_modic_config().level
    assert level_value({1: 0.0, 2: 0.0, 3: 0.0}, 5000.0, cfg) == "none"
    assert level_value({1: 0.0, 2: 50.0, 3: 0.0}, 5000.0, cfg) == "none"  # below min_volume_mm3
    assert level_value({1: 0.0, 2: 120.0, 3: 0.0}, 50000.0, cfg) == "none"  # below min_band_fraction
    assert level_value({1: 100.0, 2: 900.0, 3: 0.0}, 5000.0, cfg) == "type2"
    assert level_value({1: 400.0, 2: 600.0, 3: 0.0}, 5000.0, cfg) == "type1"  # mixed 1/2


def test_empty_segmentation_is_a_clear_error() -> None:
    t1, t2 = _phantom_images({})
    mask = Volume(np.zeros(SHAPE, dtype=np.uint8), _affine())
    with pytest.raises(ModicInputError, match="no vertebral body"):
        map_modic(t1, t2, mask, _phantom_levels(mask), label_names=NAMES, item="phantom")
    with pytest.raises(ModicInputError, match="no disc plane"):
        map_modic(t1, t2, _phantom_mask(), {"discs": []}, label_names=NAMES, item="phantom")


# ----------------------------------------------------------------------------- studies, CLI
def _modic_sampler(rng: np.random.Generator) -> pd.DataFrame:
    """The package's pathology, with type 2 Modic at L4-L5 and none elsewhere."""
    from spinelab.data.synth.pathology import sample_pathology

    df = sample_pathology(rng)
    m = df["finding"] == "modic"
    df.loc[m, "value"] = np.where(df.loc[m, "level"] == "L4-L5", "type2", "none")
    return df


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One small synthetic study (SAG T1 on its own grid) with type 2 Modic at L4-L5."""
    from spinelab.data.synth.cohort import generate_cohort

    out = tmp_path_factory.mktemp("modic_cohort")
    manifest = generate_cohort(out, 1, seed=1, preset="small", progress=False, pathology_sampler=_modic_sampler)
    return out / pd.read_csv(manifest)["study_dir"].iloc[0]


def _without(study: Path, tmp: Path, prefix: str) -> Path:
    """A copy of ``study`` without the DICOM series folders starting with ``prefix``."""
    dst = tmp / f"no_{prefix}"
    shutil.copytree(study, dst)
    for d in (dst / "dicom").glob(f"{prefix}*"):
        shutil.rmtree(d)
    return dst


def test_study_without_t1_or_t2_is_a_clear_error(study: Path, tmp_path: Path) -> None:
    with pytest.raises(ModicInputError, match="no sagittal T1") as e:
        load_study_pair(_without(study, tmp_path, "03_"))  # series 3: SAG T1
    assert "no_03_" in str(e.value)
    with pytest.raises(ModicInputError, match="no sagittal T2"):
        load_study_pair(_without(study, tmp_path, "02_"))  # series 2: SAG T2
    with pytest.raises(ModicInputError, match="does not exist"):
        load_study_pair(tmp_path / "nowhere")


def test_cli_maps_a_study_with_a_given_mask(study: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from spinelab.cli import app

    out = tmp_path / "out"
    truth = study / "truth"
    res = CliRunner().invoke(app, ["modic", "map", str(study), "-o", str(out), "--mask", str(truth / "mask.nii.gz"),
                                   "--levels", str(truth / "levels.json")])
    assert res.exit_code == 0, res.output
    for name in ("modic_map.nii.gz", "modic_levels.csv", "modic_overlay.png", "modic_summary.json"):
        assert (out / name).is_file(), name
    pair = load_study_pair(study)
    assert not np.allclose(pair.t1.affine, pair.t2.affine)  # the T1 has its own grid here
    m = read_volume(out / "modic_map.nii.gz")
    assert m.array.shape == pair.t1.array.shape and np.allclose(m.affine, pair.t1.affine, atol=1e-3)
    table = validate_labels(pd.read_csv(out / "modic_levels.csv"))
    assert set(table["report_id"]) == {pair.report_id}
    calls = dict(zip(table["level"], table["value"], strict=True))
    assert calls["L4-L5"] == "type2"
    assert all(v == "none" for lv, v in calls.items() if lv != "L4-L5")
    truth_map = read_volume(truth / "modic.nii.gz").array
    hit = (m.array == 2) & (truth_map == 2)
    assert 2 * hit.sum() / ((m.array == 2).sum() + (truth_map == 2).sum()) > 0.3

    # the same pair as two NIfTI files with an explicit report id
    write_nifti(pair.t1, tmp_path / "t1.nii.gz")
    write_nifti(pair.t2, tmp_path / "t2.nii.gz")
    res = CliRunner().invoke(app, ["modic", "map", str(tmp_path / "t1.nii.gz"), str(tmp_path / "t2.nii.gz"),
                                   "-o", str(tmp_path / "out2"), "--mask", str(truth / "mask.nii.gz"), "--id", "R9"])
    assert res.exit_code == 0, res.output
    t2 = pd.read_csv(tmp_path / "out2" / "modic_levels.csv")
    assert set(t2["report_id"]) == {"R9"} and dict(zip(t2["level"], t2["value"], strict=True))["L4-L5"] == "type2"

    # no vertebra source, or a study without T2: exit code 2 and a message
    res = CliRunner().invoke(app, ["modic", "map", str(study), "-o", str(out)])
    assert res.exit_code != 0
    res = CliRunner().invoke(app, ["modic", "map", str(_without(study, tmp_path, "02_")), "-o", str(out),
                                   "--mask", str(truth / "mask.nii.gz")])
    assert res.exit_code == 2 and "no sagittal T2" in res.output
