"""Write minimal single-frame MR DICOM files from an array and an LPS geometry.

Used by tests and benchmarks to build synthetic archives (no real data needed). A stack is
described like the loader returns it: ``array`` (slice, row, column) and an ``affine`` index ->
LPS mm whose columns are slice step, row step (along the column direction) and column step.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, MRImageStorage, RLELossless, generate_uid


def make_slice_dataset(
    pixels: np.ndarray,
    *,
    ipp: Sequence[float],
    iop: Sequence[float],
    pixel_spacing: Sequence[float],
    study_uid: str,
    series_uid: str,
    instance_number: int,
    series_description: str = "",
    patient_id: str = "SYN0001",
    accession_number: str = "ACC0001",
    slice_thickness: float | None = None,
    spacing_between_slices: float | None = None,
    repetition_time: float | None = None,
    echo_time: float | None = None,
    inversion_time: float | None = None,
    rescale: tuple[float, float] | None = None,
    frame_of_reference_uid: str | None = None,
    rle: bool = False,
) -> Dataset:
    """One MR image slice (uint16 pixels (rows, columns)) with full patient geometry."""
    px = np.ascontiguousarray(pixels, dtype=np.uint16)
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = MRImageStorage
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID = MRImageStorage
    ds.SOPInstanceUID = str(meta.MediaStorageSOPInstanceUID)
    ds.Modality = "MR"
    ds.PatientName = "Synthetic^Patient"
    ds.PatientID = patient_id
    ds.AccessionNumber = accession_number
    ds.StudyDate = "20240101"
    ds.StudyInstanceUID = study_uid
    ds.SeriesInstanceUID = series_uid
    ds.SeriesDescription = series_description
    ds.InstanceNumber = instance_number
    ds.FrameOfReferenceUID = frame_of_reference_uid or study_uid + ".1"
    ds.ImagePositionPatient = [f"{float(v):.6f}" for v in ipp]
    ds.ImageOrientationPatient = [f"{float(v):.8f}" for v in iop]
    ds.PixelSpacing = [f"{float(v):.6f}" for v in pixel_spacing]
    if slice_thickness is not None:
        ds.SliceThickness = f"{slice_thickness:.4f}"
    if spacing_between_slices is not None:
        ds.SpacingBetweenSlices = f"{spacing_between_slices:.4f}"
    if repetition_time is not None:
        ds.RepetitionTime = f"{repetition_time:.2f}"
    if echo_time is not None:
        ds.EchoTime = f"{echo_time:.2f}"
    if inversion_time is not None:
        ds.InversionTime = f"{inversion_time:.2f}"
    if rescale is not None:
        ds.RescaleSlope = f"{rescale[0]:.6g}"
        ds.RescaleIntercept = f"{rescale[1]:.6g}"
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows, ds.Columns = int(px.shape[0]), int(px.shape[1])
    ds.BitsAllocated = 16
    ds.BitsStored = 16
    ds.HighBit = 15
    ds.PixelRepresentation = 0
    if rle:
        ds.compress(RLELossless, px)
    else:
        ds.PixelData = px.tobytes()
    return ds


def affine_to_slice_geometry(
    affine: np.ndarray, k: int
) -> tuple[list[float], list[float], list[float]]:
    """(ImagePositionPatient, ImageOrientationPatient, PixelSpacing) of slice k of an affine."""
    a = np.asarray(affine, dtype=float)
    row_step, col_step = a[:3, 1], a[:3, 2]
    ps = [float(np.linalg.norm(row_step)), float(np.linalg.norm(col_step))]
    iop = list(col_step / ps[1]) + list(row_step / ps[0])
    ipp = list(a[:3, 3] + k * a[:3, 0])
    return ipp, iop, ps


def write_stack(
    out_dir: str | Path,
    array: np.ndarray,
    affine: np.ndarray,
    *,
    study_uid: str,
    series_uid: str,
    first_instance: int = 1,
    file_names: Sequence[str] | None = None,
    **kwargs: object,
) -> list[Path]:
    """Write ``array`` (slice, row, column) as one file per slice under ``out_dir``.

    Instance numbers count from ``first_instance`` in slice order; extra keyword arguments go to
    :func:`make_slice_dataset`. Returns the written paths.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    spacing = float(np.linalg.norm(np.asarray(affine)[:3, 0]))
    kwargs.setdefault("spacing_between_slices", spacing)
    kwargs.setdefault("slice_thickness", spacing)
    paths = []
    for k in range(array.shape[0]):
        ipp, iop, ps = affine_to_slice_geometry(affine, k)
        ds = make_slice_dataset(
            array[k],
            ipp=ipp,
            iop=iop,
            pixel_spacing=ps,
            study_uid=study_uid,
            series_uid=series_uid,
            instance_number=first_instance + k,
            **kwargs,  # type: ignore[arg-type]
        )
        name = file_names[k] if file_names is not None else f"{first_instance + k:04d}.dcm"
        p = out_dir / name
        ds.save_as(p, enforce_file_format=True)
        paths.append(p)
    return paths


def stack_affine(
    *,
    origin: Sequence[float],
    row_dir: Sequence[float],
    col_dir: Sequence[float],
    pixel_spacing: tuple[float, float],
    slice_spacing: float,
) -> np.ndarray:
    """Affine (slice, row, column) -> LPS mm of a stack: ``row_dir`` is the direction of
    increasing column index (IOP's first triplet), slices step along ``row_dir x col_dir``."""
    r = np.asarray(row_dir, float) / np.linalg.norm(row_dir)
    c = np.asarray(col_dir, float) / np.linalg.norm(col_dir)
    a = np.eye(4)
    a[:3, 0] = np.cross(r, c) * slice_spacing
    a[:3, 1] = c * pixel_spacing[0]
    a[:3, 2] = r * pixel_spacing[1]
    a[:3, 3] = origin
    return a


def write_multiframe(
    path: str | Path,
    array: np.ndarray,
    affine: np.ndarray,
    *,
    study_uid: str,
    series_uid: str,
    order: Sequence[int] | None = None,
    rescale: tuple[float, float] | None = None,
    series_description: str = "ax T2 enhanced",
) -> Path:
    """Write ``array`` (slice, row, column) as ONE multi-frame enhanced MR file.

    Frame j holds slice ``order[j]`` (default: slice order); orientation, pixel spacing and
    rescale go in the shared functional groups, each frame's position in its per-frame group.
    """
    from pydicom.uid import EnhancedMRImageStorage

    order = list(range(array.shape[0])) if order is None else list(order)
    ipp0, iop, ps = affine_to_slice_geometry(affine, 0)
    ds = make_slice_dataset(
        array[0],
        ipp=ipp0,
        iop=iop,
        pixel_spacing=ps,
        study_uid=study_uid,
        series_uid=series_uid,
        instance_number=1,
        series_description=series_description,
    )
    ds.SOPClassUID = ds.file_meta.MediaStorageSOPClassUID = EnhancedMRImageStorage
    for kw in ("ImagePositionPatient", "ImageOrientationPatient", "PixelSpacing"):
        delattr(ds, kw)
    shared, orient, measures = Dataset(), Dataset(), Dataset()
    orient.ImageOrientationPatient = [f"{v:.8f}" for v in iop]
    measures.PixelSpacing = [f"{v:.6f}" for v in ps]
    measures.SliceThickness = f"{float(np.linalg.norm(np.asarray(affine)[:3, 0])):.4f}"
    shared.PlaneOrientationSequence = [orient]
    shared.PixelMeasuresSequence = [measures]
    if rescale is not None:
        transform = Dataset()
        transform.RescaleSlope, transform.RescaleIntercept = (
            f"{rescale[0]:.6g}",
            f"{rescale[1]:.6g}",
        )
        shared.PixelValueTransformationSequence = [transform]
    ds.SharedFunctionalGroupsSequence = [shared]
    per = []
    for k in order:
        item, pos = Dataset(), Dataset()
        pos.ImagePositionPatient = [f"{v:.6f}" for v in affine_to_slice_geometry(affine, k)[0]]
        item.PlanePositionSequence = [pos]
        per.append(item)
    ds.PerFrameFunctionalGroupsSequence = per
    ds.NumberOfFrames = len(order)
    ds.PixelData = np.ascontiguousarray(array[order], dtype=np.uint16).tobytes()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    ds.save_as(path, enforce_file_format=True)
    return path
