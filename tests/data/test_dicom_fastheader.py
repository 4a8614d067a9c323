"""The fast header walker must give exactly what pydicom gives, or hand the file to pydicom."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRBigEndian, ImplicitVRLittleEndian

from spinelab.data.dicom_fastheader import walk_header
from spinelab.data.dicom_headers import HEADER_TAGS, DicomFileError, read_header
from spinelab.data.dicom_write import make_slice_dataset


def _ds(**kw: object) -> Dataset:
    px = (np.arange(20 * 24).reshape(20, 24) % 700).astype(np.uint16)
    return make_slice_dataset(
        px,
        ipp=(-12.5, 3.25, 100.0),
        iop=(1, 0, 0, 0, 0.9, -0.43588989),
        pixel_spacing=(0.7, 0.8),
        study_uid="1.2.3",
        series_uid="1.2.3.4",
        instance_number=7,
        series_description="Sag T2 ÄÖ",
        repetition_time=3500.0,
        echo_time=98.0,
        rescale=(1.5, -3.0),
        **kw,  # type: ignore[arg-type]
    )


def _nested_sequences(ds: Dataset) -> None:
    """Undefined-length sequences with undefined-length items, nested, before the wanted tags'
    group 0020, so the walker must step over them correctly."""
    inner = Dataset()
    inner.CodeValue = "X"
    inner.CodeMeaning = "inner item"
    mid = Dataset()
    mid.ConceptNameCodeSequence = Sequence([inner])
    mid["ConceptNameCodeSequence"].is_undefined_length = True
    mid.TextValue = "middle"
    ds.ReferencedImageSequence = Sequence([mid, Dataset()])
    ds["ReferencedImageSequence"].is_undefined_length = True
    for item in ds.ReferencedImageSequence:
        item.is_undefined_length_sequence_item = True
    ds.add_new((0x0029, 0x0010), "LO", "VENDOR")
    ds.add_new((0x0029, 0x1010), "OB", b"\x01\x02" * 500)


@pytest.mark.parametrize("variant", ["explicit", "implicit", "sequences", "rle"])
def test_fast_path_equals_pydicom(tmp_path: Path, variant: str) -> None:
    ds = _ds(rle=variant == "rle")
    if variant == "sequences":
        _nested_sequences(ds)
    p = tmp_path / "f"
    if variant == "implicit":
        ds.file_meta.TransferSyntaxUID = ImplicitVRLittleEndian
    ds.save_as(p, enforce_file_format=True)
    if variant == "sequences":  # two sequence and two item delimiters were written
        raw = p.read_bytes()
        assert raw.count(b"\xfe\xff\xdd\xe0") == 2 and raw.count(b"\xfe\xff\x0d\xe0") == 2
    assert walk_header(str(p), HEADER_TAGS) is not None  # handled by the fast path
    fast, slow = read_header(p, fast=True), read_header(p, fast=False)
    assert fast == slow
    assert fast.series_description == "Sag T2 ÄÖ"
    assert fast.rescale_slope == 1.5 and fast.rows == 20 and fast.columns == 24
    assert fast.ipp == (-12.5, 3.25, 100.0)


def test_big_endian_goes_to_pydicom(tmp_path: Path) -> None:
    ds = _ds()
    ds.file_meta.TransferSyntaxUID = ExplicitVRBigEndian
    p = tmp_path / "be"
    ds.save_as(p, enforce_file_format=True)
    assert walk_header(str(p), HEADER_TAGS) is None
    assert read_header(p).ipp == (-12.5, 3.25, 100.0)


def test_large_header_is_read_past_the_first_buffer(tmp_path: Path) -> None:
    ds = _ds()
    ds.add_new((0x0029, 0x0010), "LO", "VENDOR")
    ds.add_new((0x0029, 0x1010), "OB", bytes(70000))  # bigger than the first read
    p = tmp_path / "big"
    ds.save_as(p, enforce_file_format=True)
    assert walk_header(str(p), HEADER_TAGS) is not None
    assert read_header(p) == read_header(p, fast=False)


def test_truncated_and_garbage_fall_back_with_a_reason(tmp_path: Path) -> None:
    p = tmp_path / "ok"
    _ds().save_as(p, enforce_file_format=True)
    raw = p.read_bytes()
    (tmp_path / "cut").write_bytes(raw[:400])
    with pytest.raises(DicomFileError, match="truncated"):
        read_header(tmp_path / "cut")
    (tmp_path / "junk").write_bytes(b"\x00" * 128 + b"DICM" + bytes(range(256)) * 4)
    with pytest.raises(DicomFileError):
        read_header(tmp_path / "junk")
