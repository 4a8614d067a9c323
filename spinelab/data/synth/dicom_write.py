"""Write a synthetic MR series as DICOM files (MR Image Storage, explicit VR little endian,
uncompressed uint16), one file per slice, with full patient geometry (LPS mm)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from pydicom.dataset import Dataset as _Dataset
from pydicom.dataset import FileMetaDataset
from pydicom.uid import PYDICOM_IMPLEMENTATION_UID, UID, ExplicitVRLittleEndian, MRImageStorage

from spinelab.data.synth.protocol import SeriesPlan


def derived_uid(*parts: object) -> str:
    """A deterministic ``2.25.<int>`` UID (UUID-style 128-bit integer) from the given parts
    (seed, study index, role, ...): the same parts always give the same UID."""
    digest = hashlib.sha256("\x1f".join(["spinelab-synth", *map(str, parts)]).encode()).digest()
    return f"2.25.{int.from_bytes(digest[:16], 'big')}"


@dataclass(frozen=True)
class StudyInfo:
    """Study-level tags shared by every series (all synthetic, none from a real person)."""

    patient_id: str
    patient_name: str
    patient_sex: str
    patient_age: str
    accession_number: str
    study_uid: str
    frame_of_reference_uid: str
    study_date: str
    study_time: str
    field_strength: float


@dataclass(frozen=True)
class WrittenSlice:
    """One written instance: its stack, slice index in that stack, number, UID and path."""

    stack: int
    slice_index: int
    instance_number: int
    sop_instance_uid: str
    path: Path


def _ds(values: list[float]) -> list[str]:
    return [f"{v:.6f}".rstrip("0").rstrip(".") if abs(v) > 1e-9 else "0" for v in values]


def write_series(out_dir: Path, plan: SeriesPlan, stacks: list[np.ndarray], study: StudyInfo, *,
                 series_uid: str, uid_parts: tuple[object, ...]) -> list[WrittenSlice]:
    """Write ``stacks`` (each (slices, rows, cols) uint16, geometry ``plan.grids[k]``) into
    ``out_dir`` as ``NNNN.dcm``. Instance numbers run stack by stack, each stack from its
    cranial-most (axial) / highest-normal slice down. Returns the written slices."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[WrittenSlice] = []
    inst = 0
    for k, (grid, vol) in enumerate(zip(plan.grids, stacks, strict=True)):
        if vol.dtype != np.uint16 or vol.shape != grid.shape:
            raise ValueError(f"stack {k} of {plan.key}: need uint16 {grid.shape}, got {vol.dtype} {vol.shape}")
        aff = grid.affine
        n = aff[:3, 0] / np.linalg.norm(aff[:3, 0])
        c = aff[:3, 1] / np.linalg.norm(aff[:3, 1])
        r = aff[:3, 2] / np.linalg.norm(aff[:3, 2])
        iop = _ds([*r, *c])
        for sl in range(grid.shape[0] - 1, -1, -1):
            inst += 1
            ipp = aff[:3, 3] + sl * aff[:3, 0]
            sop = derived_uid(*uid_parts, plan.key, "instance", inst)
            ds = _base_dataset(plan, study, series_uid, sop)
            ds.InstanceNumber = inst
            ds.ImagePositionPatient = _ds(list(ipp))
            ds.ImageOrientationPatient = iop
            ds.SliceLocation = _ds([float(ipp @ n)])[0]
            ds.Rows, ds.Columns = int(grid.shape[1]), int(grid.shape[2])
            ds.PixelSpacing = _ds(list(plan.pixel_spacing))
            img = np.ascontiguousarray(vol[sl])
            ds.WindowCenter = _ds([float(np.percentile(img, 60))])[0]
            ds.WindowWidth = _ds([float(max(np.percentile(img, 99.5) - np.percentile(img, 1), 1.0))])[0]
            ds.PixelData = img.tobytes()
            path = out_dir / f"{inst:04d}.dcm"
            ds.save_as(path, enforce_file_format=True)
            written.append(WrittenSlice(k, sl, inst, sop, path))
    return written


def _base_dataset(plan: SeriesPlan, st: StudyInfo, series_uid: str, sop_uid: str) -> _Dataset:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = MRImageStorage
    meta.MediaStorageSOPInstanceUID = UID(sop_uid)
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    meta.ImplementationClassUID = PYDICOM_IMPLEMENTATION_UID
    ds = _Dataset()
    ds.file_meta = meta
    ds.SpecificCharacterSet = "ISO_IR 100"
    ds.ImageType = ["ORIGINAL", "PRIMARY", "M", "ND"]
    ds.SOPClassUID = MRImageStorage
    ds.SOPInstanceUID = sop_uid
    ds.StudyDate = ds.SeriesDate = ds.ContentDate = ds.AcquisitionDate = st.study_date
    ds.StudyTime = ds.SeriesTime = ds.ContentTime = st.study_time
    ds.AccessionNumber = st.accession_number
    ds.Modality = "MR"
    ds.Manufacturer = "spinelab synthetic"
    ds.InstitutionName = "SYNTHETIC DATA - NOT A PATIENT"
    ds.ReferringPhysicianName = ""
    ds.StudyDescription = "MRI LUMBAR SPINE WO CONTRAST"
    ds.SeriesDescription = plan.description
    ds.ProtocolName = plan.description
    ds.ManufacturerModelName = "spinelab-synth"
    ds.PatientName = st.patient_name
    ds.PatientID = st.patient_id
    ds.PatientBirthDate = ""
    ds.PatientSex = st.patient_sex
    ds.PatientAge = st.patient_age
    ds.BodyPartExamined = "LSPINE"
    ds.ScanningSequence = "SE"
    ds.SequenceVariant = ["SK", "SP"]
    ds.ScanOptions = ""
    ds.MRAcquisitionType = "2D"
    ds.SliceThickness = _ds([plan.slice_thickness])[0]
    ds.RepetitionTime = _ds([plan.repetition_time])[0]
    ds.EchoTime = _ds([plan.echo_time])[0]
    ds.EchoTrainLength = plan.echo_train_length
    ds.NumberOfAverages = "1"
    ds.MagneticFieldStrength = _ds([st.field_strength])[0]
    ds.ImagingFrequency = _ds([42.577478 * st.field_strength])[0]
    ds.SpacingBetweenSlices = _ds([plan.slice_spacing])[0]
    ds.PatientPosition = "HFS"
    ds.StudyInstanceUID = st.study_uid
    ds.SeriesInstanceUID = series_uid
    ds.StudyID = st.accession_number[-8:]
    ds.SeriesNumber = plan.series_number
    ds.AcquisitionNumber = 1
    ds.FrameOfReferenceUID = st.frame_of_reference_uid
    ds.PositionReferenceIndicator = ""
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated = 16
    ds.BitsStored = 12
    ds.HighBit = 11
    ds.PixelRepresentation = 0
    return ds
