"""Segmentation dataset files: a small JSON listing image/mask pairs and the mask's label names.

The idea of nnU-Net's ``dataset.json``::

    {"name": "myosegmentum-vb",
     "labels": {"1": "L1", "2": "L2"},        # mask value -> structure name (spinelab.anatomy names)
     "cases": [{"id": "case_01", "image": "case_01/image.nii.gz", "mask": "case_01/mask.nii.gz"}]}

Paths are relative to the dataset file (or absolute). An image is a NIfTI / MetaImage file or a
DICOM series directory; its mask has the same array shape and geometry. Mask values not listed in
``labels`` are an error; structures not listed are *unknown* in that dataset (not background), so
datasets labelling different structures can be mixed.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, field_validator

from spinelab.anatomy import MASK_VALUES
from spinelab.data.volume import Volume, read_volume


class SegmentationInputError(ValueError):
    """An image or mask that cannot be used, naming the item (case id / path) and the reason."""

    def __init__(self, item: str, reason: str) -> None:
        super().__init__(f"{item}: {reason}")
        self.item = item
        self.reason = reason


class CaseEntry(BaseModel):
    """One image/mask pair."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1)
    image: str
    mask: str | None = None


class DatasetFile(BaseModel):
    """A dataset file's content (see the module docstring)."""

    model_config = ConfigDict(extra="forbid")
    name: str = "dataset"
    labels: dict[int, str]
    cases: list[CaseEntry]

    @field_validator("labels")
    @classmethod
    def _labels(cls, v: dict[int, str]) -> dict[int, str]:
        if not v:
            raise ValueError("labels must name at least one structure")
        if 0 in v:
            raise ValueError("mask value 0 is background and must not be listed")
        if len(set(v.values())) != len(v):
            raise ValueError(f"structure names must be unique, got {sorted(v.values())}")
        return v

    @field_validator("cases")
    @classmethod
    def _unique_ids(cls, v: list[CaseEntry]) -> list[CaseEntry]:
        ids = [c.id for c in v]
        if len(set(ids)) != len(ids):
            raise ValueError("case ids must be unique")
        return v


class LoadedDataset(BaseModel):
    """A dataset file with absolute paths."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    name: str
    labels: dict[int, str]
    cases: list[CaseEntry]
    path: Path


def read_dataset_file(path: str | Path) -> LoadedDataset:
    """Read and validate a dataset JSON; case paths are made absolute."""
    path = Path(path)
    try:
        data = DatasetFile.model_validate(json.loads(path.read_text()))
    except (OSError, ValueError) as exc:
        raise SegmentationInputError(str(path), f"invalid dataset file: {exc}") from exc
    base = path.parent.resolve()
    cases = [
        CaseEntry(
            id=c.id,
            image=str((base / c.image).resolve()),
            mask=str((base / c.mask).resolve()) if c.mask else None,
        )
        for c in data.cases
    ]
    return LoadedDataset(name=data.name, labels=data.labels, cases=cases, path=path.resolve())


def write_dataset_file(
    path: str | Path, *, name: str, labels: dict[int, str], cases: list[CaseEntry]
) -> Path:
    """Write a dataset JSON atomically; case paths are stored relative to the file where possible."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    base = path.parent.resolve()

    def rel(p: str | None) -> str | None:
        if p is None:
            return None
        try:
            return os.path.relpath(Path(p).resolve(), base)
        except ValueError:  # different drive
            return str(Path(p).resolve())

    data = DatasetFile(
        name=name,
        labels=labels,
        cases=[CaseEntry(id=c.id, image=rel(c.image) or "", mask=rel(c.mask)) for c in cases],
    )
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data.model_dump(mode="json"), indent=1))
    tmp.replace(path)
    return path


def load_image(source: str | Path) -> Volume:
    """Load a NIfTI / MetaImage file or a DICOM series directory as a Volume (affine to LPS mm).

    DICOM directories use ``spinelab.data.dicom_series.load_series`` (array (slice, row, col));
    where that module is absent, SimpleITK's series reader (same axis order).
    """
    source = Path(source)
    if not source.exists():
        raise SegmentationInputError(str(source), "file or directory not found")
    try:
        if source.is_dir():
            return _load_dicom_dir(source)
        return read_volume(source)
    except SegmentationInputError:
        raise
    except Exception as exc:  # unreadable file: say which and why
        raise SegmentationInputError(
            str(source), f"cannot read image: {type(exc).__name__}: {exc}"
        ) from exc


def _load_dicom_dir(source: Path) -> Volume:
    import importlib.util

    if importlib.util.find_spec("spinelab.data.dicom_series") is not None:
        from spinelab.data.dicom_series import load_series

        return load_series(source)
    import SimpleITK as sitk

    reader = sitk.ImageSeriesReader()
    ids = reader.GetGDCMSeriesIDs(str(source))
    if not ids:
        raise SegmentationInputError(str(source), "no DICOM series in directory")
    if len(ids) > 1:
        raise SegmentationInputError(
            str(source), f"directory holds {len(ids)} series; give one series directory"
        )
    reader.SetFileNames(reader.GetGDCMSeriesFileNames(str(source), ids[0]))
    from spinelab.data.volume import volume_from_sitk

    return volume_from_sitk(reader.Execute(), {"path": str(source), "format": "dicom"})


def load_case(case: CaseEntry, labels: dict[int, str]) -> tuple[Volume, Volume]:
    """Load a case's image and mask; checks same shape/geometry, known values, non-empty mask."""
    image = load_image(case.image)
    if case.mask is None:
        raise SegmentationInputError(case.id, "case has no mask")
    mask = load_image(case.mask)
    if mask.array.shape != image.array.shape:
        raise SegmentationInputError(
            case.id, f"mask shape {mask.array.shape} differs from image shape {image.array.shape}"
        )
    if not np.allclose(mask.affine, image.affine, atol=1e-2):
        raise SegmentationInputError(case.id, "mask geometry (affine) differs from the image's")
    values = np.unique(mask.array)
    unknown = sorted(int(v) for v in values if v != 0 and int(v) not in labels)
    if unknown:
        raise SegmentationInputError(
            case.id, f"mask values {unknown} not listed in the dataset labels"
        )
    if not np.any(values != 0):
        raise SegmentationInputError(case.id, "mask is empty (no labelled voxel)")
    return image, mask


# ---- dataset files from known layouts -----------------------------------------------------------

MYOSEGMENTUM_LABELS: dict[int, str] = {1: "L1", 2: "L2", 3: "L3", 4: "L4", 5: "L5"}


def dataset_from_folder(
    root: str | Path,
    out_path: str | Path,
    *,
    labels: dict[int, str] | None = None,
    name: str | None = None,
    image_name: str = "image.nii.gz",
    mask_name: str = "mask.nii.gz",
    case_ids: list[str] | None = None,
) -> Path:
    """Dataset file for a ``root/<case>/image.nii.gz + mask.nii.gz`` layout (e.g. myosegmentum-vb).

    ``labels`` defaults to the MyoSegmenTUM bodies (1..5 = L1..L5); ``case_ids`` selects cases.
    """
    root = Path(root)
    dirs = sorted(
        d for d in root.iterdir() if (d / image_name).exists() and (d / mask_name).exists()
    )
    if case_ids is not None:
        wanted = set(case_ids)
        missing = wanted - {d.name for d in dirs}
        if missing:
            raise SegmentationInputError(str(root), f"cases not found: {sorted(missing)}")
        dirs = [d for d in dirs if d.name in wanted]
    if not dirs:
        raise SegmentationInputError(
            str(root), f"no case folders with {image_name} and {mask_name}"
        )
    cases = [CaseEntry(id=d.name, image=str(d / image_name), mask=str(d / mask_name)) for d in dirs]
    return write_dataset_file(
        out_path, name=name or root.name, labels=labels or dict(MYOSEGMENTUM_LABELS), cases=cases
    )


def _find_sagittal_t2(study_dir: Path) -> Path:
    """The sagittal T2 series directory of a synthetic study (by DICOM header: plane + contrast)."""
    import pydicom

    best: list[tuple[int, Path]] = []
    for series_dir in sorted({p.parent for p in (study_dir / "dicom").rglob("*.dcm")}):
        first = next(iter(sorted(series_dir.glob("*.dcm"))))
        ds = pydicom.dcmread(first, stop_before_pixels=True)
        iop = np.asarray(getattr(ds, "ImageOrientationPatient", [0, 0, 0, 0, 0, 0]), dtype=float)
        normal = np.cross(iop[:3], iop[3:])
        sagittal = abs(normal[0]) > 0.7
        desc = str(getattr(ds, "SeriesDescription", "")).upper()
        te = float(getattr(ds, "EchoTime", 0) or 0)
        t2 = "T2" in desc or te >= 60
        if sagittal:
            best.append((2 if t2 else 1, series_dir))
    if not best:
        raise SegmentationInputError(str(study_dir), "no sagittal DICOM series found")
    best.sort(key=lambda x: -x[0])
    return best[0][1]


def dataset_from_synth_manifest(
    manifest: str | Path, out_path: str | Path, *, name: str = "synth", max_cases: int | None = None
) -> Path:
    """Dataset file for a ``spinelab synth`` cohort: sagittal T2 series + ``truth/mask.nii.gz``.

    Labels are all of ``spinelab.anatomy.MASK_VALUES`` (vertebrae, discs, canal): synthetic truth
    is complete, so a structure absent from a mask is background there. ``max_cases``: only the
    first that many studies of the manifest (None: all).
    """
    manifest = Path(manifest)
    root = manifest.parent
    cases: list[CaseEntry] = []
    with manifest.open(newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if max_cases is not None and i >= max_cases:
                break
            study_dir = root / row["study_dir"]
            series = _find_sagittal_t2(study_dir)
            mask = (
                root / row["mask_path"]
                if row.get("mask_path")
                else study_dir / "truth" / "mask.nii.gz"
            )
            cases.append(
                CaseEntry(
                    id=row.get("accession_number") or study_dir.name,
                    image=str(series),
                    mask=str(mask),
                )
            )
    labels = {v: k for k, v in MASK_VALUES.items()}
    return write_dataset_file(out_path, name=name, labels=labels, cases=cases)
