"""The crop store: round trip, resume, and clear errors for broken dataset directories."""

from __future__ import annotations

import numpy as np
import pytest

from spinelab.grading.store import MANIFEST_COLUMNS, CropStore, StoreError


def _write(path, n=3, **kw):
    rng = np.random.default_rng(0)
    store = CropStore.create(path, 2, sagittal_channels=["t2_mid", "t2_right", "t2_left"],
                             axial_channels=["ax_t2"], size_px=(16, 12), axial_size_px=8, fov_mm=40.0, **kw)
    crops = []
    with store:
        for i in range(n):
            sag = rng.random((3, 16, 12)).astype(np.float32)
            ax = None if i == 1 else rng.random((1, 8, 8)).astype(np.float32)
            crops.append((sag, ax))
            idx = store.append(sagittal=sag, axial=ax, patient_id="P1", study_uid="1.2", accession_number="ACC1",
                               level=["L3-L4", "L4-L5", "L5-S1"][i], split="train",
                               labels={"canal_stenosis": "moderate", "disc_bulge": None, "modic": "type2"},
                               has_sag_t1=False, qc=["outside_fov"] if i == 2 else "", source_note=f"n{i}")
            assert idx == i
    return crops


def test_round_trip(tmp_path):
    crops = _write(tmp_path / "ds")  # n=3 > initial capacity 2: the arrays grow
    s = CropStore.open(tmp_path / "ds")
    assert len(s) == 3 and s.config.n == 3
    assert s.config.sagittal_size_px == (16, 12) and s.config.axial_size_px == (8, 8)
    assert s.sagittal.shape == (3, 3, 16, 12) and s.sagittal.chunks == (1, 3, 16, 12)
    assert s.sagittal.dtype == np.float16
    m = s.manifest
    assert list(m.columns[: len(MANIFEST_COLUMNS)]) == list(MANIFEST_COLUMNS)
    assert m["source_note"].tolist() == ["n0", "n1", "n2"]  # extra columns kept
    assert m["has_ax"].tolist() == [True, False, True]
    assert m["label_canal_stenosis"].tolist() == ["moderate"] * 3
    assert m["label_disc_bulge"].isna().all() and m["label_spondylolisthesis"].isna().all()
    assert m["qc"].tolist() == ["", "", "outside_fov"]
    for i, (sag, ax) in enumerate(crops):
        x = s.read(i)
        np.testing.assert_allclose(x["sagittal"], sag, atol=1e-3)
        np.testing.assert_array_equal(x["axial"], 0 if ax is None else x["axial"])
        if ax is not None:
            np.testing.assert_allclose(x["axial"], ax, atol=1e-3)


def test_resume_appends_after_existing(tmp_path):
    _write(tmp_path / "ds", n=2)
    s = CropStore.open(tmp_path / "ds", mode="a")
    assert s.done_keys() == {("1.2", "L3-L4"), ("1.2", "L4-L5")}
    with s:
        i = s.append(sagittal=np.zeros((3, 16, 12)), axial=None, patient_id="P2", study_uid="9", accession_number="A9",
                     level="L1-L2", split="val")
    assert i == 2
    assert CropStore.open(tmp_path / "ds").manifest["study_uid"].tolist() == ["1.2", "1.2", "9"]


def test_existing_store_not_overwritten(tmp_path):
    _write(tmp_path / "ds", n=1)
    with pytest.raises(StoreError, match="exists already"):
        _write(tmp_path / "ds", n=1)


def test_missing_manifest_is_a_clear_error(tmp_path):
    _write(tmp_path / "ds", n=1)
    (tmp_path / "ds" / "manifest.parquet").unlink()
    with pytest.raises(StoreError, match=r"missing \['manifest.parquet'\]"):
        CropStore.open(tmp_path / "ds")
    with pytest.raises(StoreError, match="does not exist"):
        CropStore.open(tmp_path / "nowhere")


def test_bad_samples_rejected_with_their_key(tmp_path):
    store = CropStore.create(tmp_path / "ds", 1, sagittal_channels=["t2_mid"], axial_channels=["ax_t2"], size_px=8)
    ok = dict(axial=None, patient_id="P", study_uid="S", accession_number="A", split="train")
    with pytest.raises(StoreError, match=r"S/L4-L5: sagittal crop has shape \(2, 8, 8\)"):
        store.append(sagittal=np.zeros((2, 8, 8)), level="L4-L5", **ok)
    with pytest.raises(StoreError, match="canal_stenosis='grade 2'"):
        store.append(sagittal=np.zeros((1, 8, 8)), level="L4-L5", labels={"canal_stenosis": "grade 2"}, **ok)
    with pytest.raises(StoreError, match="level 'C5-C6'"):
        store.append(sagittal=np.zeros((1, 8, 8)), level="C5-C6", **ok)
    with pytest.raises(StoreError, match="NaN"):
        store.append(sagittal=np.full((1, 8, 8), np.nan), level="L4-L5", **ok)
    store.close()
    assert len(CropStore.open(tmp_path / "ds")) == 0
