"""Read the header of one DICOM image file into a small picklable record (no pixel data).

:func:`read_header` is the indexer's hot path: the element walker of
:mod:`spinelab.data.dicom_fastheader` (or, for files it does not handle, ``pydicom.dcmread(
stop_before_pixels=True, specific_tags=...)``) decodes only the tags listed in
:data:`HEADER_TAGS` (patient names are never read), then checks that the pixel data element is complete without reading it (its declared
length against the file size, or the closing delimiter of encapsulated RLE/JPEG data), so a
truncated file is found at header speed. Every failure raises :class:`DicomFileError` with a
short ``reason`` ("not DICOM", "truncated", "missing tag ImagePositionPatient", ...).
"""

from __future__ import annotations

import os
import struct
import warnings
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pydicom
from pydicom.dataset import Dataset
from pydicom.errors import InvalidDicomError

from spinelab.data.dicom_fastheader import walk_header

#: Tags parsed from each file (everything the index and the loader need; no patient names).
HEADER_TAGS: tuple[str, ...] = (
    "SOPClassUID",
    "SOPInstanceUID",
    "Modality",
    "PatientID",
    "StudyInstanceUID",
    "SeriesInstanceUID",
    "AccessionNumber",
    "StudyDate",
    "SeriesDate",
    "ContentDate",
    "SeriesDescription",
    "ProtocolName",
    "SequenceName",
    "SeriesNumber",
    "InstanceNumber",
    "AcquisitionNumber",
    "EchoNumbers",
    "FrameOfReferenceUID",
    "ImagePositionPatient",
    "ImageOrientationPatient",
    "PixelSpacing",
    "SliceThickness",
    "SpacingBetweenSlices",
    "Rows",
    "Columns",
    "NumberOfFrames",
    "SamplesPerPixel",
    "BitsAllocated",
    "PixelRepresentation",
    "RescaleSlope",
    "RescaleIntercept",
    "RepetitionTime",
    "EchoTime",
    "InversionTime",
    "MagneticFieldStrength",
)
#: Extra tags read (pydicom path only) for multi-frame (enhanced) images: per-frame geometry.
MULTIFRAME_TAGS: tuple[str, ...] = (
    "SharedFunctionalGroupsSequence",
    "PerFrameFunctionalGroupsSequence",
)
#: (functional group sequence, attribute inside it, flat keyword it fills) for enhanced images.
_FUNCTIONAL_GROUPS: tuple[tuple[str, str, str], ...] = (
    ("PlanePositionSequence", "ImagePositionPatient", "ImagePositionPatient"),
    ("PlaneOrientationSequence", "ImageOrientationPatient", "ImageOrientationPatient"),
    ("PixelMeasuresSequence", "PixelSpacing", "PixelSpacing"),
    ("PixelMeasuresSequence", "SliceThickness", "SliceThickness"),
    ("PixelMeasuresSequence", "SpacingBetweenSlices", "SpacingBetweenSlices"),
    ("PixelValueTransformationSequence", "RescaleSlope", "RescaleSlope"),
    ("PixelValueTransformationSequence", "RescaleIntercept", "RescaleIntercept"),
    ("MRTimingAndRelatedParametersSequence", "RepetitionTime", "RepetitionTime"),
    ("MREchoSequence", "EffectiveEchoTime", "EchoTime"),
)
#: Tags without which a file cannot be placed in a series volume.
REQUIRED_TAGS: tuple[str, ...] = (
    "StudyInstanceUID",
    "SeriesInstanceUID",
    "ImagePositionPatient",
    "ImageOrientationPatient",
    "PixelSpacing",
    "Rows",
    "Columns",
)
_SLOW_TAGS = list(HEADER_TAGS) + list(MULTIFRAME_TAGS)
_PIXEL_TAGS = {0x7FE00010, 0x7FE00008, 0x7FE00009}
_SEQ_DELIMITER = b"\xfe\xff\xdd\xe0\x00\x00\x00\x00"
_UNDEFINED = 0xFFFFFFFF


class DicomFileError(Exception):
    """A file that cannot be used as an image slice; ``reason`` is a short category."""

    def __init__(self, path: str | Path, reason: str, detail: str = "") -> None:
        self.path = str(path)
        self.reason = reason
        self.detail = detail
        super().__init__(f"{path}: {reason}" + (f" ({detail})" if detail else ""))


@dataclass(frozen=True, slots=True)
class SliceHeader:
    """Header of one image slice. Positions/orientation in LPS mm; times in ms."""

    path: str
    study_uid: str
    series_uid: str
    sop_instance_uid: str
    instance_number: int | None
    ipp: tuple[float, float, float]  # ImagePositionPatient: centre of the first pixel, LPS mm
    iop: tuple[float, float, float, float, float, float]  # row dir (col index +), col dir (row +)
    rows: int
    columns: int
    pixel_spacing: tuple[float, float]  # (between rows, between columns) mm
    patient_id: str = ""
    accession_number: str = ""
    study_date: str = ""
    series_description: str = ""
    protocol_name: str = ""
    sequence_name: str = ""
    modality: str = ""
    sop_class_uid: str = ""
    series_number: int | None = None
    acquisition_number: int | None = None
    echo_number: int | None = None
    frame_of_reference_uid: str = ""
    slice_thickness: float | None = None
    spacing_between_slices: float | None = None
    repetition_time: float | None = None
    echo_time: float | None = None
    inversion_time: float | None = None
    field_strength: float | None = None
    rescale_slope: float | None = None
    rescale_intercept: float | None = None
    frame: int | None = None  # 0-based frame of a multi-frame (enhanced) file, None otherwise


def _str(ds: Dataset, kw: str) -> str:
    v = ds.get(kw)
    if v is None:
        return ""
    return str(v).strip()


def _float(ds: Dataset, kw: str) -> float | None:
    v = ds.get(kw)
    if v is None or v == "":
        return None
    try:
        if isinstance(v, (list, tuple)) or hasattr(v, "__len__") and not isinstance(v, str):
            v = v[0]
        return float(v)
    except (TypeError, ValueError, IndexError):
        return None


def _int(ds: Dataset, kw: str) -> int | None:
    f = _float(ds, kw)
    return int(f) if f is not None else None


def _floats(ds: Dataset, kw: str, n: int, path: str) -> tuple[float, ...]:
    v = ds.get(kw)
    if v is None or v == "":
        raise DicomFileError(path, f"missing tag {kw}")
    try:
        vals = tuple(float(x) for x in v)
    except (TypeError, ValueError) as e:
        raise DicomFileError(path, f"invalid tag {kw}", repr(v)[:80]) from e
    if len(vals) != n or not all(x == x and abs(x) != float("inf") for x in vals):
        raise DicomFileError(path, f"invalid tag {kw}", f"expected {n} finite numbers, got {vals}")
    return vals


def _media_sop_class(ds: Dataset) -> str:
    meta = getattr(ds, "file_meta", None)
    return str(meta.get("MediaStorageSOPClassUID", "")).strip() if meta is not None else ""


def header_from_dataset(ds: Dataset, path: str | Path) -> SliceHeader:
    """Build a :class:`SliceHeader` from a parsed dataset; DicomFileError if a required tag lacks."""
    path = str(path)
    for kw in REQUIRED_TAGS:
        if ds.get(kw) in (None, ""):
            raise DicomFileError(path, f"missing tag {kw}")
    frames = _int(ds, "NumberOfFrames")
    if frames is not None and frames > 1:
        raise DicomFileError(path, "multi-frame image", f"{frames} frames: use frames_from_dataset")
    if (_int(ds, "SamplesPerPixel") or 1) != 1:
        raise DicomFileError(path, "not a grey-level image", "SamplesPerPixel != 1")
    ps = _floats(ds, "PixelSpacing", 2, path)
    if min(ps) <= 0:
        raise DicomFileError(path, "invalid tag PixelSpacing", str(ps))
    iop = _floats(ds, "ImageOrientationPatient", 6, path)
    r, c = iop[:3], iop[3:]
    cross = (r[1] * c[2] - r[2] * c[1], r[2] * c[0] - r[0] * c[2], r[0] * c[1] - r[1] * c[0])
    if sum(x * x for x in cross) < 0.5:
        raise DicomFileError(path, "invalid tag ImageOrientationPatient", f"degenerate {iop}")
    study_date = _str(ds, "StudyDate") or _str(ds, "SeriesDate") or _str(ds, "ContentDate")
    return SliceHeader(
        path=path,
        study_uid=_str(ds, "StudyInstanceUID"),
        series_uid=_str(ds, "SeriesInstanceUID"),
        sop_instance_uid=_str(ds, "SOPInstanceUID"),
        instance_number=_int(ds, "InstanceNumber"),
        ipp=_floats(ds, "ImagePositionPatient", 3, path),  # type: ignore[arg-type]
        iop=iop,  # type: ignore[arg-type]
        rows=int(ds.get("Rows")),
        columns=int(ds.get("Columns")),
        pixel_spacing=ps,  # type: ignore[arg-type]
        patient_id=_str(ds, "PatientID"),
        accession_number=_str(ds, "AccessionNumber"),
        study_date=study_date,
        series_description=_str(ds, "SeriesDescription"),
        protocol_name=_str(ds, "ProtocolName"),
        sequence_name=_str(ds, "SequenceName"),
        modality=_str(ds, "Modality"),
        sop_class_uid=_str(ds, "SOPClassUID") or _media_sop_class(ds),
        series_number=_int(ds, "SeriesNumber"),
        acquisition_number=_int(ds, "AcquisitionNumber"),
        echo_number=_int(ds, "EchoNumbers"),
        frame_of_reference_uid=_str(ds, "FrameOfReferenceUID"),
        slice_thickness=_float(ds, "SliceThickness"),
        spacing_between_slices=_float(ds, "SpacingBetweenSlices"),
        repetition_time=_float(ds, "RepetitionTime"),
        echo_time=_float(ds, "EchoTime"),
        inversion_time=_float(ds, "InversionTime"),
        field_strength=_float(ds, "MagneticFieldStrength"),
        rescale_slope=_float(ds, "RescaleSlope"),
        rescale_intercept=_float(ds, "RescaleIntercept"),
    )


def frames_from_dataset(ds: Dataset, path: str | Path) -> list[SliceHeader]:
    """One :class:`SliceHeader` per frame: a single-frame image gives one; a multi-frame
    (enhanced) image gives one per frame, geometry from its shared and per-frame functional
    groups (per-frame values win). DicomFileError when a frame lacks its geometry."""
    frames = _int(ds, "NumberOfFrames")
    if frames is None or frames <= 1:
        return [header_from_dataset(ds, path)]
    per = ds.get("PerFrameFunctionalGroupsSequence")
    shared = ds.get("SharedFunctionalGroupsSequence")
    if per is None or len(per) != frames:
        raise DicomFileError(
            path,
            "multi-frame geometry missing",
            f"{frames} frames, {0 if per is None else len(per)} per-frame functional groups",
        )
    base = {kw: ds.get(kw) for kw in HEADER_TAGS if kw != "NumberOfFrames" and kw in ds}
    base.setdefault("SOPClassUID", _media_sop_class(ds))
    out = []
    for k in range(frames):
        flat = dict(base)
        for group in (shared[0] if shared else None, per[k]):
            if group is None:
                continue
            for seq, attr, kw in _FUNCTIONAL_GROUPS:
                items = group.get(seq)
                if items and attr in items[0]:
                    flat[kw] = items[0].get(attr)
        h = header_from_dataset(flat, path)  # type: ignore[arg-type]
        out.append(replace(h, frame=k))
    return out


def _check_pixel_element(fp: Any, ds: Dataset, path: str, size: int) -> None:
    """With ``fp`` at the element after the header (dcmread stop_before_pixels leaves it there),
    check that pixel data exists and is complete; raise DicomFileError otherwise."""
    start = fp.tell()
    head = fp.read(12)
    if len(head) < 8:
        raise DicomFileError(path, "no pixel data", f"file ends at byte {start}")
    implicit, little = getattr(ds, "original_encoding", (False, True))
    if implicit is None:
        implicit, little = False, True
    end = "<" if little else ">"
    group, elem = struct.unpack(end + "HH", head[:4])
    if ((group << 16) | elem) not in _PIXEL_TAGS:
        raise DicomFileError(path, "no pixel data", f"next element ({group:04X},{elem:04X})")
    if implicit:
        (length,) = struct.unpack(end + "L", head[4:8])
        value_start = start + 8
    elif head[4:6] in (b"OB", b"OW", b"OF", b"OD", b"OL", b"UN", b"OV"):
        if len(head) < 12:
            raise DicomFileError(path, "truncated", "pixel data element header cut")
        (length,) = struct.unpack(end + "L", head[8:12])
        value_start = start + 12
    else:
        (length,) = struct.unpack(end + "H", head[6:8])
        value_start = start + 8
    _check_pixel_value(
        fp,
        path,
        size,
        value_start,
        length,
        int(ds.get("Rows")),
        int(ds.get("Columns")),
        _int(ds, "BitsAllocated") or 16,
        _int(ds, "NumberOfFrames") or 1,
    )


def _check_pixel_value(
    fp: Any,
    path: str,
    size: int,
    value_start: int,
    length: int,
    rows: int,
    columns: int,
    bits: int,
    frames: int = 1,
) -> None:
    """Raise DicomFileError('truncated') unless the pixel value starting at ``value_start`` is
    complete: encapsulated data ends with a sequence delimiter, native data holds one frame."""
    if length == _UNDEFINED:  # encapsulated (RLE, JPEG...): must close with a sequence delimiter
        fp.seek(max(value_start, size - 256))
        tail = fp.read()
        if _SEQ_DELIMITER not in tail:
            raise DicomFileError(path, "truncated", "encapsulated pixel data has no end delimiter")
        return
    remaining = size - value_start
    if remaining < length:
        raise DicomFileError(
            path, "truncated", f"pixel data declares {length} bytes, file holds {remaining}"
        )
    expected = rows * columns * max(bits // 8, 1) * max(frames, 1)
    if length < expected and bits >= 8:
        raise DicomFileError(
            path,
            "truncated",
            f"pixel data has {length} bytes, {expected} needed for {max(frames, 1)} frame(s)",
        )


def _read_header_fast(spath: str, check_pixels: bool) -> SliceHeader | None:
    """The fast walker's answer for a well-formed file, None to fall back to pydicom."""
    res = walk_header(spath, HEADER_TAGS)
    if res is None:
        return None
    values, pix_pos, pix_len, size, found = res
    if not found:
        return None  # let pydicom word the problem
    try:
        header = header_from_dataset(values, spath)  # type: ignore[arg-type]
    except DicomFileError:
        return None
    if check_pixels:
        with open(spath, "rb") as fp:
            _check_pixel_value(
                fp,
                spath,
                size,
                pix_pos,
                pix_len,
                header.rows,
                header.columns,
                int(values.get("BitsAllocated") or 16),
            )
    return header


def read_header(path: str | Path, *, check_pixels: bool = True, fast: bool = True) -> SliceHeader:
    """Header of one single-frame image file (see :func:`read_headers`)."""
    hs = read_headers(path, check_pixels=check_pixels, fast=fast)
    if len(hs) != 1:
        raise DicomFileError(path, "multi-frame image", f"{len(hs)} frames: use read_headers")
    return hs[0]


def read_headers(
    path: str | Path, *, check_pixels: bool = True, fast: bool = True
) -> list[SliceHeader]:
    """Headers of one image file (one per frame), without reading its pixels;
    DicomFileError names the problem.

    ``fast``: try :func:`spinelab.data.dicom_fastheader.walk_header` first (same result, several
    times faster); any file it does not handle is read with pydicom. Files without the 'DICM'
    preamble are tried with ``force=True`` and accepted only if they carry the required tags.
    """
    spath = str(path)
    if fast:
        try:
            fast_header = _read_header_fast(spath, check_pixels)
        except DicomFileError:
            raise
        except Exception:  # anything odd: pydicom decides
            fast_header = None
        if fast_header is not None:
            return [fast_header]
    try:
        size = os.path.getsize(spath)
    except OSError as e:
        raise DicomFileError(spath, "unreadable", str(e)) from e
    if size == 0:
        raise DicomFileError(spath, "not DICOM", "empty file")
    try:
        # pydicom warns about every oddity of malformed input; the errors table says it instead
        with open(spath, "rb") as fp, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                ds = pydicom.dcmread(fp, stop_before_pixels=True, specific_tags=_SLOW_TAGS)
            except InvalidDicomError:
                fp.seek(0)
                try:
                    ds = pydicom.dcmread(
                        fp, stop_before_pixels=True, specific_tags=_SLOW_TAGS, force=True
                    )
                    ok = ds.get("SOPInstanceUID") is not None or ds.get("SeriesInstanceUID")
                except Exception:
                    ok = False
                if not ok:
                    raise DicomFileError(
                        spath, "not DICOM", "no DICM preamble, no DICOM tags"
                    ) from None
            at_eof = fp.tell() >= size  # parsing ran to the end without meeting pixel data
            try:
                headers = frames_from_dataset(ds, spath)
            except DicomFileError as e:
                if at_eof:
                    raise DicomFileError(
                        spath, "truncated", f"file ends at byte {size} ({e.reason})"
                    ) from e
                raise
            if check_pixels:
                if at_eof:
                    raise DicomFileError(
                        spath, "truncated", f"file ends at byte {size} before the pixel data"
                    )
                _check_pixel_element(fp, ds, spath, size)
            return headers
    except DicomFileError:
        raise
    except (EOFError, struct.error) as e:
        raise DicomFileError(spath, "truncated", f"{type(e).__name__}: {e}"[:200]) from e
    except OSError as e:
        raise DicomFileError(spath, "unreadable", str(e)[:200]) from e
    except Exception as e:  # pydicom raises many types on corrupt input
        raise DicomFileError(spath, "corrupt DICOM", f"{type(e).__name__}: {e}"[:200]) from e
