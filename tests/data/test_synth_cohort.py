"""spinelab.data.synth.cohort / study / dicom_write: layout, determinism, DICOM validity, geometry."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pydicom
import pytest

from spinelab.anatomy import MASK_VALUES
from spinelab.data.synth.cohort import MANIFEST_COLUMNS, generate_cohort
from spinelab.data.synth.study import StudyIds, study_anatomy
from spinelab.data.volume import read_nifti
from spinelab.schema import validate_labels

SEED = 7  # the seed of conftest's session fixture ``small_cohort`` (3 studies, small preset)


@pytest.fixture(scope="module")
def cohort(small_cohort: Path) -> Path:
    """The cohort directory of the shared session cohort."""
    return small_cohort.parent


def _series(study_dir: Path) -> dict[str, list[pydicom.Dataset]]:
    """SeriesDescription -> datasets sorted by InstanceNumber."""
    out: dict[str, list[pydicom.Dataset]] = {}
    for f in sorted((study_dir / "dicom").rglob("*.dcm")):
        ds = pydicom.dcmread(f)
        ds.filename_ = str(f)
        out.setdefault(str(ds.SeriesDescription), []).append(ds)
    return {k: sorted(v, key=lambda d: int(d.InstanceNumber)) for k, v in out.items()}


def _affine(dss: list[pydicom.Dataset]) -> tuple[np.ndarray, list[pydicom.Dataset]]:
    """Affine (slice,row,col) -> LPS as the loader contract builds it; slices sorted along the normal."""
    iop = np.array(dss[0].ImageOrientationPatient, float)
    r, c = iop[:3], iop[3:]
    n = np.cross(r, c)
    dss = sorted(dss, key=lambda d: float(np.array(d.ImagePositionPatient, float) @ n))
    p0 = np.array(dss[0].ImagePositionPatient, float)
    p1 = np.array(dss[1].ImagePositionPatient, float)
    ps = np.array(dss[0].PixelSpacing, float)
    aff = np.eye(4)
    aff[:3, 0] = n * float((p1 - p0) @ n)
    aff[:3, 1] = c * ps[0]
    aff[:3, 2] = r * ps[1]
    aff[:3, 3] = p0
    return aff, dss


def _kind(desc: str) -> str:
    d = desc.upper()
    return ("ax" if ("AX" in d or "TRA" in d) else "sag") + ("_t1" if "T1" in d else "_t2")


def test_manifest_and_layout(cohort: Path) -> None:
    m = pd.read_csv(cohort / "manifest.csv")
    assert tuple(m.columns) == MANIFEST_COLUMNS
    assert len(m) == 3 and m["study_uid"].is_unique and m["accession_number"].is_unique
    row = m.iloc[0]
    for col in MANIFEST_COLUMNS:
        if col.endswith(("_path", "_dir")):
            assert (cohort / row[col]).exists(), col
    assert row["study_dir"] == f"{row['patient_id']}/{row['accession_number']}"
    kinds = sorted(_kind(k) for k in _series(cohort / row["study_dir"]))
    assert kinds == ["ax_t2", "sag_t1", "sag_t2"]
    assert pd.read_csv(cohort / "errors.csv").empty


def test_dicom_tags(cohort: Path) -> None:
    study = cohort / pd.read_csv(cohort / "manifest.csv").iloc[0]["study_dir"]
    series = _series(study)
    uids = set()
    for desc, dss in series.items():
        ds = dss[0]
        assert ds.file_meta.TransferSyntaxUID == pydicom.uid.ExplicitVRLittleEndian
        assert ds.SOPClassUID == pydicom.uid.MRImageStorage and ds.Modality == "MR"
        assert "SYNTHETIC" in str(ds.PatientName)
        assert ds.pixel_array.dtype == np.uint16 and ds.pixel_array.max() > 0
        assert [int(d.InstanceNumber) for d in dss] == list(range(1, len(dss) + 1))
        tr, te = float(ds.RepetitionTime), float(ds.EchoTime)
        if _kind(desc).endswith("t1"):
            assert tr < 1000 and te < 30
        else:
            assert tr > 2000 and te > 60
        uids |= {d.SOPInstanceUID for d in dss}
        assert len({d.SeriesInstanceUID for d in dss}) == 1
    assert len(uids) == sum(len(v) for v in series.values())
    assert len({d[0].StudyInstanceUID for d in series.values()}) == 1


def test_truth_labels_validate(cohort: Path) -> None:
    row = pd.read_csv(cohort / "manifest.csv").iloc[0]
    labels = validate_labels(pd.read_csv(cohort / row["labels_path"]))
    assert (labels["report_id"] == row["accession_number"]).all()
    path = pd.read_csv(cohort / row["pathology_path"])
    assert set(path.columns) == {"level", "finding", "value"} and len(path) == 6 * 9
    graded = path["finding"].str.contains("stenosis")
    assert path.loc[graded, "value"].isin(["none", "mild", "moderate", "severe"]).all()


def test_geometry_round_trip(cohort: Path) -> None:
    """The L3 body centre the generator placed is L3 in the mask, located through the DICOM geometry."""
    row = pd.read_csv(cohort / "manifest.csv").iloc[0]
    study = cohort / row["study_dir"]
    sag = next(v for k, v in _series(study).items() if _kind(k) == "sag_t2")
    aff, _ = _affine(sag)
    mask = read_nifti(cohort / row["mask_path"])
    np.testing.assert_allclose(mask.affine, aff, atol=1e-3)
    assert mask.array.shape == (len(sag), int(sag[0].Rows), int(sag[0].Columns))

    ids = StudyIds.make(SEED, 0)
    _, model, _ = study_anatomy(ids)
    for name in ("L1", "L3", "L5"):
        p = model.curve_point(model.vertebra(name).s_center)
        ijk = np.rint(np.linalg.solve(aff[:3, :3], p - aff[:3, 3])).astype(int)
        # the mid-sagittal slice nearest the landmark: the body's label
        assert mask.array[tuple(ijk)] == MASK_VALUES[name], name
    levels = json.loads((cohort / row["levels_path"]).read_text())
    c3 = next(v for v in levels["vertebrae"] if v["name"] == "L3")["centroid_mm"]
    assert np.linalg.norm(np.array(c3) - model.curve_point(model.vertebra("L3").s_center)) < 4.0
    # disc centre of L4-L5 is disc in the mask; its normal is unit and cranial
    d = next(v for v in levels["discs"] if v["name"] == "L4-L5")
    ijk = np.rint(np.linalg.solve(aff[:3, :3], np.array(d["center_mm"]) - aff[:3, 3])).astype(int)
    assert mask.array[tuple(ijk)] == MASK_VALUES["L4-L5"]
    assert abs(np.linalg.norm(d["normal"]) - 1) < 1e-4 and d["normal"][2] > 0.5
    # intensity: on the T1 image vertebral marrow (L3) is brighter than the CSF behind it
    t1 = next(v for k, v in _series(study).items() if _kind(k) == "sag_t1")
    aff1, t1s = _affine(t1)
    vol = np.stack([d.pixel_array for d in t1s]).astype(float)
    p_body = model.curve_point(model.vertebra("L3").s_center)
    p_csf = model.local_to_lps(model.vertebra("L3").s_center, -0.85 * model.vertebra("L3").ra - model.canal_ra - 0.3 + 0.8, 0)
    def val(p):
        ijk = np.rint(np.linalg.solve(aff1[:3, :3], p - aff1[:3, 3])).astype(int)
        return vol[tuple(ijk)]
    assert val(p_body) > 1.5 * val(p_csf)


def test_loader_reads_series_if_available(cohort: Path) -> None:
    dicom_series = pytest.importorskip("spinelab.data.dicom_series")
    row = pd.read_csv(cohort / "manifest.csv").iloc[0]
    sag = next(v for k, v in _series(cohort / row["study_dir"]).items() if _kind(k) == "sag_t2")
    vol = dicom_series.load_series(Path(sag[0].filename_).parent)
    np.testing.assert_allclose(vol.affine, read_nifti(cohort / row["mask_path"]).affine, atol=1e-3)
    ax = next(v for k, v in _series(cohort / row["study_dir"]).items() if _kind(k) == "ax_t2")
    stacks = dicom_series.load_series_stacks(Path(ax[0].filename_).parent)
    assert len(stacks) == 5  # one tilted stack per lumbar disc


def test_simpleitk_reads_series(cohort: Path) -> None:
    sitk = pytest.importorskip("SimpleITK")
    row = pd.read_csv(cohort / "manifest.csv").iloc[0]
    sag = next(v for k, v in _series(cohort / row["study_dir"]).items() if _kind(k) == "sag_t2")
    folder = str(Path(sag[0].filename_).parent)
    files = sitk.ImageSeriesReader.GetGDCMSeriesFileNames(folder)
    assert len(files) == len(sag)
    reader = sitk.ImageSeriesReader()
    reader.SetFileNames(files)
    img = reader.Execute()
    arr = sitk.GetArrayFromImage(img)
    assert arr.shape == (len(sag), int(sag[0].Rows), int(sag[0].Columns))
    aff, sorted_ds = _affine(sag)
    np.testing.assert_allclose(img.GetSpacing(), [float(sag[0].PixelSpacing[1]), float(sag[0].PixelSpacing[0]),
                                                   abs(np.linalg.norm(aff[:3, 0]))], atol=1e-3)
    # GDCM sorts along the normal too: same voxels either way round
    ours = np.stack([d.pixel_array for d in sorted_ds])
    assert np.array_equal(arr, ours) or np.array_equal(arr, ours[::-1])


def test_axial_stacks_parallel_to_discs(cohort: Path) -> None:
    row = pd.read_csv(cohort / "manifest.csv").iloc[0]
    truth = pd.read_csv(cohort / row["axial_truth_path"])
    levels = {d["name"]: d for d in json.loads((cohort / row["levels_path"]).read_text())["discs"]}
    ax = next(v for k, v in _series(cohort / row["study_dir"]).items() if _kind(k) == "ax_t2")
    by_uid = {d.SOPInstanceUID: d for d in ax}
    assert len(truth) == len(ax) and set(truth["sop_instance_uid"]) == set(by_uid)
    assert sorted(truth["level"].unique()) == ["L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"]
    for r in truth.itertuples():
        ds = by_uid[r.sop_instance_uid]
        assert int(ds.InstanceNumber) == r.instance_number
        iop = np.array(ds.ImageOrientationPatient, float)
        n = np.cross(iop[:3], iop[3:])
        disc = levels[r.level]
        ang = np.degrees(np.arccos(min(1.0, abs(float(n @ np.array(disc["normal"]))))))
        assert ang < 1.0, (r.level, ang)
        dist = float((np.array(ds.ImagePositionPatient, float) - np.array(disc["center_mm"])) @ n)
        assert abs(abs(dist) - abs(r.distance_mm)) < 0.5
        assert abs(r.distance_mm) < 12.0


def test_determinism_and_resume(cohort: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    generate_cohort(again, 1, SEED, preset="small", progress=False)
    other = tmp_path / "other"
    generate_cohort(other, 1, SEED + 1, preset="small", progress=False)
    study = pd.read_csv(cohort / "manifest.csv")["study_dir"][0]
    files = sorted(p.relative_to(cohort) for p in (cohort / study).rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(again) for p in (again / study).rglob("*") if p.is_file())
    assert len(files) > 20
    for f in files:  # byte-identical: pixel data, UIDs, dates, truth files, report
        assert (cohort / f).read_bytes() == (again / f).read_bytes(), f
    m1, m2 = pd.read_csv(cohort / "manifest.csv"), pd.read_csv(other / "manifest.csv")
    assert m1["study_uid"][0] != m2["study_uid"][0]
    mask_a = read_nifti(cohort / m1["mask_path"][0]).array
    mask_b = read_nifti(other / m2["mask_path"][0]).array
    assert mask_a.shape != mask_b.shape or not np.array_equal(mask_a, mask_b)
    # resume: a second run renders nothing and keeps the files untouched
    probe = next((again).rglob("*.dcm"))
    mtime = probe.stat().st_mtime_ns
    generate_cohort(again, 1, SEED, preset="small", progress=False)
    assert probe.stat().st_mtime_ns == mtime
    # --force renders it again (same bytes, new file)
    generate_cohort(again, 1, SEED, preset="small", progress=False, force=True)
    assert probe.stat().st_mtime_ns != mtime and probe.read_bytes() == (cohort / probe.relative_to(again)).read_bytes()


def test_failed_study_is_recorded(tmp_path: Path) -> None:
    def broken(rng):
        raise RuntimeError("sampler exploded")

    manifest = generate_cohort(tmp_path / "c", 1, 3, preset="small", progress=False, pathology_sampler=broken)
    assert pd.read_csv(manifest).empty
    err = pd.read_csv(tmp_path / "c" / "errors.csv")
    assert len(err) == 1 and "sampler exploded" in err["error"][0]
    with pytest.raises(ValueError, match="valid"):
        generate_cohort(tmp_path / "d", 1, 3, preset="tiny")


def test_process_pool_gives_the_same_studies(cohort: Path, tmp_path: Path) -> None:
    par = tmp_path / "par"
    manifest = generate_cohort(par, 2, SEED, preset="small", progress=False, workers=2)
    m = pd.read_csv(manifest)
    assert len(m) == 2 and m["study_uid"].is_unique
    first = pd.read_csv(cohort / "manifest.csv").iloc[0]
    assert m.iloc[0].to_dict() == first.to_dict()
    for f in sorted((cohort / first["study_dir"]).rglob("*.dcm")):
        rel = f.relative_to(cohort)
        assert pydicom.dcmread(f).PixelData == pydicom.dcmread(par / rel).PixelData, rel


def test_preview_png(cohort: Path, tmp_path: Path) -> None:
    from spinelab.data.synth.preview import write_preview

    row = pd.read_csv(cohort / "manifest.csv").iloc[0]
    png = write_preview(cohort / row["study_dir"], tmp_path / "p.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000


def test_levels_json_contract(cohort: Path) -> None:
    from spinelab.anatomy import DISCS, VERTEBRAE

    for rel in pd.read_csv(cohort / "manifest.csv")["levels_path"]:
        lv = json.loads((cohort / rel).read_text())
        assert (lv["frame"], lv["units"]) == ("LPS", "mm") and lv["qc"] == []
        assert [v["name"] for v in lv["vertebrae"]] == list(VERTEBRAE)
        assert all(v["label"] == MASK_VALUES[v["name"]] and v["voxels"] > 0 for v in lv["vertebrae"])
        assert [d["name"] for d in lv["discs"]] == list(DISCS)
        z = [d["center_mm"][2] for d in lv["discs"]]
        assert z == sorted(z, reverse=True)  # cranial -> caudal
        for upper, d, lower in zip(lv["vertebrae"][:-1], lv["discs"], lv["vertebrae"][1:], strict=True):
            # the disc lies between its vertebrae and its normal points towards the upper one
            u, c, w = (np.array(v) for v in (upper["centroid_mm"], d["center_mm"], lower["centroid_mm"]))
            assert float((u - c) @ np.array(d["normal"])) > 5 and float((w - c) @ np.array(d["normal"])) < -5
