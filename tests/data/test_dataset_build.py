"""Dataset builder: crops per level, missing labels kept missing, patient splits, failures, resume."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from spinelab.data.dataset_build import (
    BuildConfig,
    build_dataset,
    find_levels_file,
    levels_folder_name,
    link_reports,
    patient_splits,
)
from spinelab.data.dicom_index import index_archive
from spinelab.data.label_policy import LabelPolicy
from spinelab.grading.store import CropStore


def _levels_and_labels(manifest: Path, tmp: Path) -> tuple[Path, pd.DataFrame]:
    m = pd.read_csv(manifest, dtype=str)
    root = manifest.parent
    levels = tmp / "levels"
    frames = []
    for r in m.itertuples():
        (levels / r.accession_number).mkdir(parents=True, exist_ok=True)
        shutil.copy(root / r.levels_path, levels / r.accession_number / "levels.json")
        frames.append(pd.read_csv(root / r.labels_path, dtype=str))
    return levels, pd.concat(frames, ignore_index=True)


def test_build_from_synthetic_cohort(small_cohort: Path, tmp_path: Path) -> None:
    idx = index_archive(small_cohort.parent, tmp_path / "index.parquet", workers=1, progress=False)
    levels, labels = _levels_and_labels(small_cohort, tmp_path)
    cfg = BuildConfig(size_px=32, axial_size_px=32)
    res = build_dataset(idx, labels, levels, tmp_path / "ds", config=cfg, progress=False)
    man = res.manifest
    # 3 studies x 5 lumbar levels with axial stacks; T12-L1 has no axial stack -> a failure each
    assert len(man) == 15
    assert set(res.failures["level"]) == {"T12-L1"}
    assert res.failures["reason"].str.contains("no axial slice").all()
    assert res.counts["levels_without_axial_slice"] == res.counts["failures"] == len(res.failures)
    # a patient's levels share one split
    assert man.groupby("patient_id")["split"].nunique().max() == 1
    # labels: exactly what the report states; unstated stays missing (not 'none')
    key = labels.set_index(["report_id", "level", "finding"])["value"]
    for row in man.itertuples():
        for f in ("canal_stenosis", "disc_herniation"):
            stated = key.get((row.accession_number, row.level, f))
            got = getattr(row, f"label_{f}")
            assert (got is None or pd.isna(got)) if stated is None else got == stated
    store = CropStore.open(tmp_path / "ds")
    x = store.read(int(man.sample_idx.iloc[0]))
    assert x["sagittal"].shape == (6, 32, 32) and x["axial"].shape == (3, 32, 32)
    assert float(x["sagittal"].max()) > 0.5
    # resume: a second run keeps the samples and failures, adds none, and reloads no study
    import spinelab.data.dataset_build as db

    loaded: list[object] = []
    real_load = db._load_study_series
    db._load_study_series = lambda rows: loaded.append(rows) or real_load(rows)  # type: ignore[assignment]
    try:
        res2 = build_dataset(idx, labels, levels, tmp_path / "ds", config=cfg, progress=False)
    finally:
        db._load_study_series = real_load  # type: ignore[assignment]
    assert len(res2.manifest) == 15 and loaded == []
    assert len(res2.failures) == len(res.failures)
    assert store.config.builder["label_policy"] == {"unstated_as_normal": [], "uncertain": "keep"}
    # resuming with another label policy would mix old and new labels: refused, naming both
    with pytest.raises(ValueError, match="label policy"):
        build_dataset(idx, labels, levels, tmp_path / "ds", config=cfg, progress=False,
                      label_policy=LabelPolicy(unstated_as_normal=("modic",)))


def test_label_policy_fills_unstated_levels_in_the_manifest(small_cohort: Path, tmp_path: Path) -> None:
    idx = index_archive(small_cohort.parent, tmp_path / "index.parquet", workers=1, progress=False)
    levels, labels = _levels_and_labels(small_cohort, tmp_path)
    pol = LabelPolicy(unstated_as_normal=("modic", "spondylolisthesis"))
    res = build_dataset(idx, labels, levels, tmp_path / "ds", config=BuildConfig(size_px=16, axial_size_px=16),
                        label_policy=pol, progress=False)
    key = labels.set_index(["report_id", "level", "finding"])["value"]
    for row in res.manifest.itertuples():
        stated = key.get((row.accession_number, row.level, "modic"))
        assert row.label_modic == (stated if stated is not None else "none")
        assert row.label_spondylolisthesis in ("present", "absent")
        # the manifest tells filled labels from stated ones
        assert ("modic" in row.label_filled.split(",")) == (stated is None)
        listhesis_stated = key.get((row.accession_number, row.level, "spondylolisthesis")) is not None
        assert ("spondylolisthesis" in row.label_filled.split(",")) == (not listhesis_stated)
    assert CropStore.open(tmp_path / "ds").config.builder["label_policy"]["unstated_as_normal"] == [
        "modic", "spondylolisthesis"]


def test_study_missing_axial_series_is_a_failure(small_cohort: Path, tmp_path: Path) -> None:
    root = tmp_path / "cohort"
    shutil.copytree(small_cohort.parent, root)
    m = pd.read_csv(root / "manifest.csv", dtype=str)
    study = root / m.study_dir.iloc[0]
    idx0 = index_archive(root, tmp_path / "i0.parquet", workers=1, progress=False)
    ax = idx0[(idx0.plane == "axial") & (idx0.accession_number == m.accession_number.iloc[0])]
    for f in ax.files.iloc[0]:
        (root / f).unlink()
    idx = index_archive(root, tmp_path / "index.parquet", workers=1, progress=False)
    levels, labels = _levels_and_labels(root / "manifest.csv", tmp_path)
    res = build_dataset(idx, labels, levels, tmp_path / "ds", config=BuildConfig(size_px=16, axial_size_px=16),
                        progress=False)
    bad = res.failures[res.failures.accession_number == m.accession_number.iloc[0]]
    assert list(bad["reason"]) == ["no axial T2 series"]
    assert study.name not in set(res.manifest.accession_number)


def test_patient_splits_are_deterministic_and_disjoint() -> None:
    ids = [f"P{i}" for i in range(20)]
    a = patient_splits(ids, (0.7, 0.15, 0.15), seed=3)
    b = patient_splits(list(reversed(ids)), (0.7, 0.15, 0.15), seed=3)
    assert a == b
    assert {k for k, v in a.items() if v == "train"}.isdisjoint({k for k, v in a.items() if v == "test"})
    assert sorted(pd.Series(a).value_counts().tolist()) == [3, 3, 14]
    assert a != patient_splits(ids, (0.7, 0.15, 0.15), seed=4)


def test_link_table_and_accession_linking() -> None:
    index = pd.DataFrame({"study_uid": ["1.2", "1.3"], "accession_number": ["A1", "A2"]})
    labels = pd.DataFrame({"report_id": ["A1", "R9"]})
    assert link_reports(index, labels) == {"1.2": "A1"}
    link = pd.DataFrame({"report_id": ["R9"], "study_uid": ["1.3"]})
    assert link_reports(index, labels, link) == {"1.3": "R9"}
    with pytest.raises(ValueError, match="link table needs"):
        link_reports(index, labels, pd.DataFrame({"report_id": ["R9"], "x": ["1"]}))


def test_series_normalisation_nyul_landmarks_recorded_and_reused(small_cohort: Path, tmp_path: Path) -> None:
    from spinelab.grading.predict import build_config_for

    idx = index_archive(small_cohort.parent, tmp_path / "index.parquet", workers=1, progress=False)
    levels, labels = _levels_and_labels(small_cohort, tmp_path)
    cfg = BuildConfig(size_px=16, axial_size_px=16, normalize="nyul")
    res = build_dataset(idx, labels, levels, tmp_path / "ds", config=cfg, progress=False)
    assert len(res.manifest) == 15
    store = CropStore.open(tmp_path / "ds")
    rec = store.config.builder["config"]
    assert rec["normalize"] == "nyul" and set(rec["landmarks"]) == {"sagittal_t2", "sagittal_t1", "axial_t2"}
    # the grader's predict path rebuilds the same config, landmarks included
    bc = build_config_for(store.config.sagittal_channels, store.config.axial_channels, store.config.model_dump())
    assert bc.normalize == "nyul" and bc.landmarks == rec["landmarks"]
    # Nyul maps onto the learnt standard scale (about 0..1 over the foreground), not clipped
    x = store.read(int(res.manifest.sample_idx.iloc[0]))["sagittal"]
    assert 0.5 < float(x.max()) < 3.0
    # resuming under another normalisation would mix crops: refused, naming both
    with pytest.raises(ValueError, match="normalisation 'nyul', asked for 'zscore'"):
        build_dataset(idx, labels, levels, tmp_path / "ds", progress=False,
                      config=BuildConfig(size_px=16, axial_size_px=16, normalize="zscore"))


@pytest.mark.parametrize("method", ["zscore", "minmax", "percentile"])
def test_series_normalisation_removes_the_scanner_scale(method: str) -> None:
    import numpy as np

    from spinelab.data.dataset_build import normalise_series
    from spinelab.data.volume import Volume

    rng = np.random.default_rng(0)
    vol = Volume(rng.gamma(2.0, 200.0, (4, 16, 16)).astype(np.float32), np.eye(4))
    stacks = [Volume(rng.gamma(2.0, 150.0, (2, 8, 8)).astype(np.float32), np.eye(4)) for _ in range(2)]
    cfg = BuildConfig(normalize=method)
    a = normalise_series({"sagittal_t2": vol, "sagittal_t1": None, "axial_t2": stacks}, cfg)
    scaled = [Volume(s.array * 3.5, s.affine) for s in stacks]
    b = normalise_series({"sagittal_t2": Volume(vol.array * 3.5, vol.affine), "sagittal_t1": None,
                          "axial_t2": scaled}, cfg)
    np.testing.assert_allclose(a["sagittal_t2"].array, b["sagittal_t2"].array, atol=1e-5)
    # the axial stacks share one normalisation: their relative brightness is kept
    assert [s.array.shape for s in a["axial_t2"]] == [(2, 8, 8), (2, 8, 8)]
    for s, t in zip(a["axial_t2"], b["axial_t2"], strict=True):
        np.testing.assert_allclose(s.array, t.array, atol=1e-5)
    assert a["sagittal_t1"] is None


def test_unknown_normalisation_names_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="crop_percentile, zscore, minmax, percentile, nyul"):
        BuildConfig(normalize="histogram")


def test_levels_folders_are_found_under_the_names_segment_archive_gives_them(tmp_path: Path) -> None:
    assert levels_folder_name("1.2.840.113619.2") == "1.2.840.113619.2"  # UIDs stay as they are
    assert levels_folder_name("ACC 12/34") == "ACC_12_34" and levels_folder_name("..") == "_"
    (tmp_path / "ACC_12_34").mkdir()
    (tmp_path / "ACC_12_34" / "levels.json").write_text("{}")
    assert find_levels_file(tmp_path, "9.9.9", "ACC 12/34") == tmp_path / "ACC_12_34" / "levels.json"
    assert find_levels_file(tmp_path, "9.9.9", "other") is None


def test_levels_flags_are_in_the_manifest_and_flagged_studies_can_be_left_out(
    small_cohort: Path, tmp_path: Path
) -> None:
    """Each sample's qc carries its study's levels.json flags; ``exclude_levels_flags`` turns a
    study whose names are in doubt into a failure row (not cropped); a resume with another
    exclusion set is refused; unknown flag names are errors."""
    import json

    from spinelab.segmentation.qc import REVIEW_FLAGS, parse_flag_list, qc_flag

    idx = index_archive(small_cohort.parent, tmp_path / "index.parquet", workers=1, progress=False)
    levels, labels = _levels_and_labels(small_cohort, tmp_path)
    doubtful = sorted(p.name for p in levels.iterdir())[0]
    lv_file = levels / doubtful / "levels.json"
    lv = json.loads(lv_file.read_text())
    lv["qc"] = [*lv.get("qc", []), qc_flag("sacrum_not_found", "test: the lowest body may be the sacrum")]
    lv_file.write_text(json.dumps(lv))
    small = dict(size_px=16, axial_size_px=16)

    res = build_dataset(idx, labels, levels, tmp_path / "all", config=BuildConfig(**small), progress=False)
    flagged = res.manifest[res.manifest.accession_number == doubtful]
    assert len(flagged) == 5 and flagged["qc"].str.split(";").map(lambda q: "sacrum_not_found" in q).all()
    others = res.manifest[res.manifest.accession_number != doubtful]
    assert not others["qc"].str.contains("sacrum_not_found").any()

    cfg = BuildConfig(**small, exclude_levels_flags=parse_flag_list("review"))
    assert "sacrum_not_found" in cfg.exclude_levels_flags and set(cfg.exclude_levels_flags) == REVIEW_FLAGS
    res = build_dataset(idx, labels, levels, tmp_path / "review", config=cfg, progress=False)
    assert doubtful not in set(res.manifest.accession_number) and len(res.manifest) == 10
    row = res.failures[res.failures.accession_number == doubtful]
    assert list(row["stage"]) == ["levels"] and "sacrum_not_found" in row["reason"].iloc[0]
    with pytest.raises(ValueError, match="levels QC flags"):
        build_dataset(idx, labels, levels, tmp_path / "review", config=BuildConfig(**small), progress=False)
    with pytest.raises(ValueError, match="unknown QC flag"):
        parse_flag_list("review,sacrum_missing")
    with pytest.raises(ValueError, match="unknown levels QC flag"):
        BuildConfig(exclude_levels_flags=("sacrum_missing",))


def test_dataset_build_cli_rejects_an_unknown_levels_flag(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from spinelab.cli import app

    res = CliRunner().invoke(app, [
        "dataset", "build", "--index", str(tmp_path / "i.parquet"), "--labels", str(tmp_path / "l.csv"),
        "--levels", str(tmp_path), "-o", str(tmp_path / "ds"), "--exclude-levels-flags", "review,sacrum_gone",
    ])
    assert res.exit_code == 2 and "sacrum_gone" in res.output
