"""The archive indexer: series rows, errors table, classification, study series picking."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pydicom
import pytest
from typer.testing import CliRunner

from spinelab.data.dicom_index import (
    errors_path,
    find_study_series,
    index_archive,
    index_directory,
)
from spinelab.data.dicom_series import load_series
from spinelab.data.dicom_write import stack_affine, write_multiframe, write_stack

STUDY = "1.2.826.0.1.3680043.8.498.77"
SAG_T2, SAG_T1, AX_T2 = STUDY + ".2", STUDY + ".3", STUDY + ".4"


def _sag_affine(origin_x: float) -> np.ndarray:
    # rows run head->feet, columns anterior->posterior; slices step right->left
    return stack_affine(
        origin=(origin_x, -80.0, 60.0),
        row_dir=(0, 1, 0),
        col_dir=(0, 0, -1),
        pixel_spacing=(10.0, 10.0),
        slice_spacing=4.0,
    )


def _ax_affine() -> np.ndarray:
    return stack_affine(
        origin=(-60.0, -70.0, -30.0),
        row_dir=(1, 0, 0),
        col_dir=(0, 1, 0),
        pixel_spacing=(8.0, 8.0),
        slice_spacing=4.0,
    )


def _px(n: int, rows: int = 16, cols: int = 16) -> np.ndarray:
    return (np.arange(n * rows * cols).reshape(n, rows, cols) % 1000).astype(np.uint16)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A messy archive: two series in one folder, a nested T1 series and six bad files."""
    root = tmp_path_factory.mktemp("archive")
    mixed = root / "PAT1" / "mixed"
    write_stack(
        mixed,
        _px(6),
        _sag_affine(10.0),
        study_uid=STUDY,
        series_uid=SAG_T2,
        series_description="SAG T2 TSE",
        file_names=[f"s{k}" for k in range(6)],
    )
    write_stack(
        mixed,
        _px(5),
        _ax_affine(),
        study_uid=STUDY,
        series_uid=AX_T2,
        series_description="",
        repetition_time=4200.0,
        echo_time=95.0,
        file_names=[f"a{k}.dcm" for k in range(5)],
        rle=True,
    )
    write_stack(
        root / "PAT1" / "deep" / "er" / "t1",
        _px(6),
        _sag_affine(10.0),
        study_uid=STUDY,
        series_uid=SAG_T1,
        series_description="sag T1",
    )
    bad = root / "PAT1" / "bad"
    bad.mkdir()
    (bad / "README").write_text("this is not a DICOM file\n" * 20)
    (bad / "empty.dcm").write_bytes(b"")
    raw = (mixed / "s0").read_bytes()
    (bad / "cut_pixels").write_bytes(raw[: len(raw) - 300])  # cut inside the pixel data
    (bad / "cut_header").write_bytes(raw[:400])  # cut inside the header
    rle = (mixed / "a0.dcm").read_bytes()
    (bad / "cut_rle").write_bytes(rle[: len(rle) - 40])
    ds = pydicom.dcmread(mixed / "s1")
    del ds.ImagePositionPatient
    ds.SOPInstanceUID = STUDY + ".99"
    ds.save_as(bad / "no_position", enforce_file_format=True)
    return root


def test_index_rows_errors_and_files(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "index.parquet"
    df = index_archive(archive, out, workers=1, progress=False)
    assert out.exists() and errors_path(out).exists()
    assert errors_path(out).name == "index.errors.parquet"
    assert not [p for p in out.parent.iterdir() if p.name.endswith(".tmp")]
    assert pd.read_parquet(out).shape == df.shape
    by = df.set_index("series_uid")
    assert set(by.index) == {SAG_T2, SAG_T1, AX_T2}
    assert by.loc[SAG_T2, "n_instances"] == 6 and by.loc[AX_T2, "n_instances"] == 5
    assert (by.loc[SAG_T2, "plane"], by.loc[SAG_T2, "contrast"]) == ("sagittal", "T2")
    assert (by.loc[SAG_T1, "plane"], by.loc[SAG_T1, "contrast"]) == ("sagittal", "T1")
    # no description: contrast from TR/TE
    assert (by.loc[AX_T2, "plane"], by.loc[AX_T2, "contrast"]) == ("axial", "T2")
    assert by.loc[AX_T2, "contrast_source"] == "timing"
    row = by.loc[SAG_T2]
    assert (row["rows"], row["columns"]) == (16, 16)
    assert row["pixel_spacing_row"] == pytest.approx(10.0)
    assert row["slice_spacing_mm"] == pytest.approx(4.0)
    assert row["n_stacks"] == 1 and row["single_volume"] and row["consistent_orientation"]
    assert row["duplicate_positions"] == 0 and row["missing_positions"] == 0
    assert row["patient_id"] == "SYN0001" and row["accession_number"] == "ACC0001"
    # files relative to root, in volume order (ascending along the slice normal)
    assert list(row["files"]) == [f"PAT1/mixed/s{k}" for k in range(6)]
    assert "PatientName" not in df.columns
    # the index row loads the series back
    vol = load_series(pd.read_parquet(out).set_index("series_uid").loc[AX_T2])
    np.testing.assert_array_equal(vol.array, _px(5))
    # every bad file is in the errors table with its reason, and nothing else is
    err = pd.read_parquet(errors_path(out)).set_index("path")["reason"].to_dict()
    assert err == {
        "PAT1/bad/README": "not DICOM",
        "PAT1/bad/empty.dcm": "not DICOM",
        "PAT1/bad/cut_pixels": "truncated",
        "PAT1/bad/cut_header": "truncated",
        "PAT1/bad/cut_rle": "truncated",
        "PAT1/bad/no_position": "missing tag ImagePositionPatient",
    }


def test_process_pool_gives_the_same_index(archive: Path) -> None:
    one, err1, _ = index_directory(archive, workers=1)
    two, err2, scan = index_directory(archive, workers=2)
    assert scan.workers == 2
    cols = ["series_uid", "n_instances", "plane", "contrast", "n_stacks"]
    pd.testing.assert_frame_equal(one[cols], two[cols])
    pd.testing.assert_frame_equal(err1, err2)


def test_geometry_flags_for_gaps_duplicates_and_tilted_blocks(tmp_path: Path) -> None:
    aff = _ax_affine()
    uid_gap, uid_dup, uid_blocks = STUDY + ".10", STUDY + ".11", STUDY + ".12"
    paths = write_stack(tmp_path / "gap", _px(6), aff, study_uid=STUDY, series_uid=uid_gap)
    paths[3].unlink()
    write_stack(tmp_path / "dup", _px(4), aff, study_uid=STUDY, series_uid=uid_dup)
    write_stack(
        tmp_path / "dup2", _px(2), aff, study_uid=STUDY, series_uid=uid_dup, first_instance=5
    )
    t = np.radians(15)
    tilted = stack_affine(
        origin=(-60.0, -70.0, -80.0),
        row_dir=(1, 0, 0),
        col_dir=(0, np.cos(t), np.sin(t)),
        pixel_spacing=(8.0, 8.0),
        slice_spacing=4.0,
    )
    write_stack(tmp_path / "blk", _px(3), aff, study_uid=STUDY, series_uid=uid_blocks)
    write_stack(
        tmp_path / "blk",
        _px(3),
        tilted,
        study_uid=STUDY,
        series_uid=uid_blocks,
        first_instance=4,
        file_names=["t1", "t2", "t3"],
    )
    df, err, _ = index_directory(tmp_path)
    assert err.empty
    by = df.set_index("series_uid")
    assert by.loc[uid_gap, "missing_positions"] == 1 and not by.loc[uid_gap, "single_volume"]
    assert by.loc[uid_dup, "duplicate_positions"] == 2 and by.loc[uid_dup, "n_stacks"] == 2
    assert by.loc[uid_blocks, "n_stacks"] == 2
    assert not by.loc[uid_blocks, "consistent_orientation"]
    assert list(by.loc[uid_blocks, "stack_planes"]) == ["axial", "axial"]
    assert by.loc[uid_blocks, "plane"] == "axial"


def test_find_study_series(archive: Path) -> None:
    picked = find_study_series(archive)
    assert {k: (v["series_uid"] if v is not None else None) for k, v in picked.items()} == {
        "sagittal_t2": SAG_T2,
        "sagittal_t1": SAG_T1,
        "axial_t2": AX_T2,
    }
    df, _, _ = index_directory(archive)
    only_t1 = find_study_series(df[df["series_uid"] == SAG_T1])
    assert only_t1["sagittal_t2"] is None and only_t1["sagittal_t1"] is not None


def test_cli_index(archive: Path, tmp_path: Path) -> None:
    from spinelab.cli import app

    out = tmp_path / "ix.parquet"
    res = CliRunner().invoke(app, ["index", str(archive), "-o", str(out), "--workers", "1"])
    assert res.exit_code == 0, res.output
    assert len(pd.read_parquet(out)) == 3
    assert len(pd.read_parquet(tmp_path / "ix.errors.parquet")) == 6
    assert "files/s" in res.output


@pytest.mark.realdata
def test_real_study_indexed_and_classified(shared, tmp_path: Path) -> None:
    root = shared("realdata", "rsna2024-dicom", "train_images")
    df = index_archive(root, tmp_path / "rsna.parquet", workers=1, progress=False)
    assert pd.read_parquet(tmp_path / "rsna.errors.parquet").empty
    by = df.set_index("series_uid")
    expect = {
        "4003253.702807833": ("sagittal", "T2", 15, 1),
        "4003253.1054713880": ("sagittal", "T1", 15, 1),
        "4003253.2448190387": ("axial", "T2", 43, 2),
    }
    got = {
        uid: (r["plane"], r["contrast"], r["n_instances"], r["n_stacks"])
        for uid, r in by.iterrows()
    }
    assert got == expect
    assert list(by.loc["4003253.2448190387", "stack_sizes"]) == [23, 20]
    assert by.loc["4003253.702807833", "pixel_spacing_row"] == pytest.approx(0.46875)
    assert by.loc["4003253.702807833", "spacing_between_slices"] == pytest.approx(4.8)
    assert set(df["study_uid"]) == {"4003253"} and set(df["patient_id"]) == {"4003253"}
    picked = find_study_series(df)
    assert picked["sagittal_t2"]["series_uid"] == "4003253.702807833"
    assert picked["sagittal_t1"]["series_uid"] == "4003253.1054713880"
    assert picked["axial_t2"]["series_uid"] == "4003253.2448190387"


def test_resume_reads_only_new_or_changed_files(archive: Path, tmp_path: Path, monkeypatch) -> None:
    import shutil

    import spinelab.data.dicom_index as dix

    root = tmp_path / "copy"
    shutil.copytree(archive, root)
    out = tmp_path / "ix.parquet"
    read: list[str] = []
    real_chunk = dix._read_chunk

    def counting(paths):  # workers=1 runs chunks in this process
        read.extend(paths)
        return real_chunk(paths)

    monkeypatch.setattr(dix, "_read_chunk", counting)
    first = index_archive(root, out, workers=1, progress=False)
    assert len(read) == 23  # 17 slices + 6 bad files
    assert len(pd.read_parquet(dix.instances_path(out))) == 17
    read.clear()
    again = index_archive(root, out, workers=1, progress=False)
    assert read == []
    pd.testing.assert_frame_equal(first, again)
    # one changed file (now truncated) and one new file: only those two are read
    s3 = root / "PAT1" / "mixed" / "s3"
    s3.write_bytes(s3.read_bytes()[:-500])
    (root / "PAT1" / "new.bin").write_text("hello")
    read.clear()
    third = index_archive(root, out, workers=1, progress=False)
    assert sorted(Path(p).name for p in read) == ["new.bin", "s3"]
    assert third.set_index("series_uid").loc[SAG_T2, "n_instances"] == 5
    err = pd.read_parquet(errors_path(out)).set_index("path")["reason"]
    assert err["PAT1/mixed/s3"] == "truncated" and err["PAT1/new.bin"] == "not DICOM"
    assert len(err) == 8


def test_interrupted_run_resumes_from_checkpoint(
    archive: Path, tmp_path: Path, monkeypatch
) -> None:
    import spinelab.data.dicom_index as dix

    out = tmp_path / "ix.parquet"
    calls: list[int] = []
    real_chunk = dix._read_chunk

    def dies_on_second_chunk(paths):
        calls.append(len(paths))
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real_chunk(paths)

    monkeypatch.setattr(dix, "_read_chunk", dies_on_second_chunk)
    with pytest.raises(KeyboardInterrupt):
        index_archive(archive, out, workers=1, progress=False, checkpoint_every=1)
    assert not out.exists()
    done = len(pd.read_parquet(dix.instances_path(out))) + len(pd.read_parquet(errors_path(out)))
    assert done == calls[0] > 0
    monkeypatch.setattr(dix, "_read_chunk", real_chunk)
    read: list[str] = []
    monkeypatch.setattr(dix, "_read_chunk", lambda p: (read.extend(p), real_chunk(p))[1])
    df = index_archive(archive, out, workers=1, progress=False)
    assert len(read) == 23 - done
    assert set(df["series_uid"]) == {SAG_T2, SAG_T1, AX_T2}
    assert len(pd.read_parquet(errors_path(out))) == 6


def test_multiframe_file_is_one_instance_many_slices(tmp_path: Path) -> None:
    t = np.radians(8)
    aff = stack_affine(
        origin=(-60.0, -70.0, -30.0),
        row_dir=(1, 0, 0),
        col_dir=(0, np.cos(t), np.sin(t)),
        pixel_spacing=(8.0, 8.0),
        slice_spacing=3.0,
    )
    write_multiframe(
        tmp_path / "mf.dcm",
        _px(5),
        aff,
        order=[4, 3, 2, 1, 0],
        study_uid=STUDY,
        series_uid=STUDY + ".60",
    )
    df, err, _ = index_directory(tmp_path)
    assert err.empty
    row = df.iloc[0]
    assert (row["n_instances"], row["n_slices"], row["n_stacks"]) == (1, 5, 1)
    assert row["plane"] == "axial" and list(row["files"]) == ["mf.dcm"]
    assert row["slice_spacing_mm"] == pytest.approx(3.0)


def test_sidecar_files_are_skipped_not_errors(small_cohort: Path, tmp_path: Path) -> None:
    """A synthetic cohort keeps reports, masks and truth tables beside its DICOM: zero errors."""
    from spinelab.data.dicom_index import dicom_candidates, errors_path, index_archive
    from spinelab.data.dicom_series import list_files

    out = tmp_path / "index.parquet"
    series = index_archive(small_cohort.parent, out, workers=1, progress=False)
    assert len(pd.read_parquet(errors_path(out))) == 0
    assert series["study_uid"].nunique() == 3 and len(series) == 9
    files, n_side = dicom_candidates(list_files(small_cohort.parent))
    assert n_side > 0 and not any(f.name.endswith((".txt", ".nii.gz", ".csv", ".json")) for f in files)
    everything = index_archive(small_cohort.parent, tmp_path / "all.parquet", workers=1,
                               progress=False, include_sidecars=True)
    assert len(everything) == 9
    assert len(pd.read_parquet(errors_path(tmp_path / "all.parquet"))) == n_side
