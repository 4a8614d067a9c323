"""Segmenting an indexed archive: one folder per study, failures recorded, resume, review page."""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from typer.testing import CliRunner

from spinelab.data.dicom_index import index_archive
from spinelab.segmentation import infer
from spinelab.segmentation.archive import model_fingerprint, segment_archive
from spinelab.segmentation.toy_data import TINY_TRAIN_OVERRIDES as TINY
from spinelab.segmentation.toy_data import write_toy_dataset
from spinelab.segmentation.train import train_segmenter

FILES = {"mask.nii.gz", "levels.json", "overlay.png", "axial_map.csv", "study.json"}


@pytest.fixture(scope="module")
def toy_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("archive_model")
    ds = write_toy_dataset(root / "data", n_cases=2)
    return train_segmenter([ds], root / "model", overrides=TINY).model_dir


@pytest.fixture()
def archive(small_cohort: Path, tmp_path: Path) -> dict[str, Any]:
    """A copy of the 3-study cohort, indexed; study 1 is whole, study 2 has no sagittal series in
    the index, study 3's sagittal T2 files are all unreadable."""
    cohort = tmp_path / "cohort"
    shutil.copytree(small_cohort.parent, cohort)
    index = index_archive(cohort, tmp_path / "index.parquet", workers=1, progress=False)
    manifest = pd.read_csv(cohort / "manifest.csv", dtype=str)
    uids = list(manifest["study_uid"])
    sag = index["plane"] == "sagittal"
    index = index[~((index["study_uid"] == uids[1]) & sag)].reset_index(drop=True)
    is_t2 = (index["plane"] == "sagittal") & (index["contrast"] == "T2")
    t2 = index[(index["study_uid"] == uids[2]) & is_t2].iloc[0]
    for f in t2["files"]:
        (Path(t2["root"]) / f).write_bytes(b"not a DICOM file")
    return {"cohort": cohort, "index": index, "manifest": manifest, "uids": uids}


def _oracle(manifest: pd.DataFrame, cohort: Path, calls: list[str]) -> Any:
    """A ``segment_image`` that writes the generator's true mask and levels of the series' study
    (the network is tested elsewhere; here the archive's bookkeeping and axial mapping are)."""
    from spinelab.data.volume import read_nifti, write_nifti
    from spinelab.segmentation.levels_io import read_levels, write_levels
    from spinelab.segmentation.overlay import save_overlay

    def segment_image(image: Any, model: Any, out_dir: Path, *, item: str, source: str,
                      progress: bool = False) -> infer.RunOutputs:
        calls.append(item)
        row = manifest[manifest["study_uid"] == image.meta["study_uid"]].iloc[0]
        mask = read_nifti(cohort / row["mask_path"])
        levels = read_levels(cohort / row["levels_path"])
        out = infer.RunOutputs(mask=write_nifti(mask, Path(out_dir) / "mask.nii.gz"))
        out.levels = write_levels(levels, Path(out_dir) / "levels.json")
        out.overlay = Path(save_overlay(image, mask, levels, Path(out_dir) / "overlay.png"))
        out.qc = list(levels.get("qc", []))
        return out

    return segment_image


def test_every_study_gets_a_folder_or_a_recorded_failure(
    archive: dict[str, Any], toy_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(infer, "segment_image", _oracle(archive["manifest"], archive["cohort"], calls))
    out = tmp_path / "levels"
    res = segment_archive(archive["index"], toy_model, out, progress=False)
    uids = archive["uids"]
    st = res.studies.set_index("study_uid")
    assert list(st.loc[uids, "status"]) == ["segmented", "failed", "failed"]
    assert {p.name for p in (out / uids[0]).iterdir()} == FILES
    assert not (out / uids[1]).exists() and not (out / uids[2]).exists()
    err = res.errors.set_index("study_uid")
    assert err.loc[uids[1], "stage"] == "select" and "sagittal" in err.loc[uids[1], "reason"]
    assert err.loc[uids[2], "stage"] == "load" and err.loc[uids[2], "path"].endswith("02_T2_TSE_SAG")
    # the axial slices map to the levels the generator placed them at
    row = archive["manifest"].iloc[0]
    truth = pd.read_csv(archive["cohort"] / row["axial_truth_path"], dtype=str)
    amap = pd.read_csv(out / uids[0] / "axial_map.csv", dtype=str)
    both = truth.merge(amap, on="sop_instance_uid", suffixes=("_truth", ""))
    assert len(both) == len(truth) > 0 and (both["level_truth"] == both["nearest_level"]).all()
    assert st.loc[uids[0], "axial_slices"] == len(amap)
    record = json.loads((out / uids[0] / "study.json").read_text())
    assert record["series_role"] == "sagittal_t2" and record["model"] == model_fingerprint(toy_model)
    # the tables and the page name studies by id and path, never the patient's name
    for f in ("studies.csv", "errors.csv", "index.html"):
        text = (out / f).read_text()
        assert uids[2] in text and "SYNTHETIC^PATIENT" not in text
    assert pd.read_csv(out / "studies.csv").shape[0] == 3


def test_a_rerun_resumes_and_redoes_only_what_changed(
    archive: dict[str, Any], toy_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(infer, "segment_image", _oracle(archive["manifest"], archive["cohort"], calls))
    out, uid = tmp_path / "levels", archive["uids"][0]
    segment_archive(archive["index"], toy_model, out, progress=False)
    stamp = (out / uid / "study.json").stat().st_mtime_ns
    (out / f".{uid}.deadbeef.tmp").mkdir()  # what a killed run leaves behind
    again = segment_archive(archive["index"], toy_model, out, progress=False)
    assert len(calls) == 1 and (out / uid / "study.json").stat().st_mtime_ns == stamp
    assert again.studies.set_index("study_uid").loc[uid, "status"] == "resumed"
    assert len(again.errors) == 2  # failed studies are tried again, and fail again
    assert not list(out.glob(".*.tmp"))
    segment_archive(archive["index"], toy_model, out, progress=False, fresh=True)
    assert len(calls) == 2
    other = tmp_path / "other_model"
    shutil.copytree(toy_model, other)
    (other / "config.yaml").write_text((other / "config.yaml").read_text() + "\n# changed\n")
    redo = segment_archive(archive["index"], other, out, progress=False)
    assert len(calls) == 3 and redo.studies.set_index("study_uid").loc[uid, "status"] == "segmented"


def test_an_interrupted_study_leaves_no_folder(
    archive: dict[str, Any], toy_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def killed(*args: Any, **kwargs: Any) -> None:
        (Path(args[2]) / "mask.nii.gz").write_bytes(b"half")
        raise KeyboardInterrupt

    monkeypatch.setattr(infer, "segment_image", killed)
    out = tmp_path / "levels"
    with pytest.raises(KeyboardInterrupt):
        segment_archive(archive["index"], toy_model, out, progress=False)
    assert not any(p.is_dir() for p in out.iterdir())  # neither the study nor a temporary folder


def test_cli_segments_an_archive_with_a_trained_model(
    archive: dict[str, Any], toy_model: Path, tmp_path: Path
) -> None:
    from spinelab.cli import app

    index = tmp_path / "index_bad.parquet"
    archive["index"].to_parquet(index, index=False)
    out = tmp_path / "levels"
    res = CliRunner().invoke(app, ["segment", "archive", str(index), "-m", str(toy_model), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "3 studies" in res.output and (out / "index.html").is_file()
    studies = pd.read_csv(out / "studies.csv", dtype=str)
    whole = studies[studies["study_uid"] == archive["uids"][0]].iloc[0]
    assert whole["status"] == "segmented"  # a 2-step network: any mask, but every file written
    assert {"mask.nii.gz", "levels.json", "overlay.png", "study.json"} <= {
        p.name for p in (out / whole["folder"]).iterdir()
    }
    missing = CliRunner().invoke(app, ["segment", "archive", str(tmp_path / "none.parquet"), "-m",
                                       str(toy_model), "-o", str(out)])
    assert missing.exit_code == 2 and "none.parquet" in missing.output


def test_a_study_without_sagittal_t2_falls_back_to_t1_only_when_asked(
    archive: dict[str, Any],
) -> None:
    from spinelab.segmentation.archive import StudyError, pick_sagittal_series

    index, uid = archive["index"], archive["uids"][0]
    rows = index[(index["study_uid"] == uid) & ~((index["plane"] == "sagittal") & (index["contrast"] == "T2"))]
    role, row = pick_sagittal_series(rows)
    assert role == "sagittal_t1" and row["contrast"] == "T1"
    with pytest.raises(StudyError, match="no series of roles") as e:
        pick_sagittal_series(rows, roles=("sagittal_t2",))
    assert e.value.stage == "select" and "sagittal/T1" in e.value.reason


def test_parts_share_an_archive_and_a_plain_run_gathers_them(
    archive: dict[str, Any], toy_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(infer, "segment_image", _oracle(archive["manifest"], archive["cohort"], calls))
    out, uids = tmp_path / "levels", sorted(archive["uids"])
    (out / f".{uids[1]}.0123abcd.tmp").mkdir(parents=True)  # part 1's study, being written
    first = segment_archive(archive["index"], toy_model, out, progress=False, part=(0, 2))
    assert list(first.studies["study_uid"]) == [uids[0], uids[2]]
    assert (out / f".{uids[1]}.0123abcd.tmp").is_dir()  # not part 0's to clean up
    second = segment_archive(archive["index"], toy_model, out, progress=False, part=(1, 2))
    assert list(second.studies["study_uid"]) == [uids[1]]
    assert {p.name for p in out.glob("*.part-*")} == {
        f"{t}.part-{k}-of-2.{e}" for k in (0, 1) for t, e in
        (("studies", "csv"), ("errors", "csv"), ("index", "html"))
    }
    n = len(calls)
    whole = segment_archive(archive["index"], toy_model, out, progress=False)
    assert len(calls) == n == 1  # the segmented study is gathered, not redone
    assert sorted(whole.studies["study_uid"]) == uids and "resumed" in set(whole.studies["status"])
    with pytest.raises(ValueError, match="part id"):
        segment_archive(archive["index"], toy_model, out, progress=False, part=(2, 2))


def test_segment_run_on_a_study_folder_picks_its_sagittal_t2(
    small_cohort: Path, toy_model: Path, tmp_path: Path
) -> None:
    from spinelab.segmentation.dataset_file import SegmentationInputError
    from spinelab.segmentation.infer import run_segmentation

    cohort = small_cohort.parent
    study = cohort / pd.read_csv(small_cohort, dtype=str)["study_dir"].iloc[0]
    out = run_segmentation(study, toy_model, tmp_path / "run", progress=False)
    assert out.series is not None and out.series.endswith("(sagittal_t2)")
    assert out.levels is not None and out.levels.is_file()
    with pytest.raises(SegmentationInputError, match="holds 3 studies"):
        run_segmentation(cohort, toy_model, tmp_path / "run2", progress=False)


def test_missing_header_ids_are_empty_text_not_none() -> None:
    from spinelab.segmentation.archive import _study_ids

    rows = pd.DataFrame({"study_uid": ["1.2.3"], "accession_number": [None], "patient_id": [float("nan")]})
    assert _study_ids(rows) == {"study_uid": "1.2.3", "accession_number": "", "patient_id": ""}


def test_the_review_page_says_what_each_flag_on_it_means(tmp_path: Path) -> None:
    from spinelab.segmentation.archive_page import write_review_page
    from spinelab.segmentation.qc import REVIEW_FLAGS, qc_flag_vocabulary

    studies = pd.DataFrame([
        {"study_uid": "1.2.3", "accession_number": "A1", "status": "segmented", "contrast": "T2",
         "vertebrae": "L1 L2 L3 L4 L5 S1", "qc_flags": "partial_body sacrum_inferred", "review": True,
         "notes": "", "folder": "1.2.3"},
        {"study_uid": "1.2.4", "accession_number": "A2", "status": "segmented", "contrast": "T2",
         "vertebrae": "L1 L2 L3 L4 L5 S1", "qc_flags": "", "review": False, "notes": "", "folder": "1.2.4"},
    ])
    errors = pd.DataFrame(columns=["study_uid", "stage", "path", "reason"])
    page = write_review_page(studies, errors, tmp_path / "index.html", model="m", review_flags=REVIEW_FLAGS)
    text = page.read_text()
    vocab = qc_flag_vocabulary()
    for flag in ("partial_body", "sacrum_inferred"):
        assert html.escape(vocab[flag]) in text
    assert html.escape(vocab["merged_body_split"]) not in text  # on no study: not explained
    assert "<tr class='doubt'><td>sacrum_inferred</td>" in text
