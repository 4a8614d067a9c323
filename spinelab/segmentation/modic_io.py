"""The Modic map as a command: load a study's sagittal T1 + T2 (or two files), segment the T2
(or take a given vertebra mask), run :func:`spinelab.segmentation.modic.map_modic`, write the
outputs (``modic_map.nii.gz``, ``modic_levels.csv``, ``modic_overlay.png``, summary).
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from spinelab.data.volume import Volume
from spinelab.segmentation.modic import (
    MODIC_VALUES,
    ModicInputError,
    ModicResult,
    map_modic,
)
from spinelab.segmentation.modic_rules import load_modic_config


# --------------------------------------------------------------------------- inputs
@dataclass
class ModicInputs:
    """A loaded T1/T2 pair (arrays (slice, row, column) for DICOM, affines index -> LPS mm)."""

    t1: Volume
    t2: Volume
    report_id: str
    item: str


def _stem(path: Path) -> str:
    name = path.name
    for ext in (".nii.gz", ".nii", ".mha", ".mhd", ".nrrd"):
        if name.lower().endswith(ext):
            return name[: -len(ext)]
    return name


def load_study_pair(study_dir: str | Path) -> ModicInputs:
    """The sagittal T1 and T2 of a DICOM study directory; ``report_id`` = accession number
    (else StudyInstanceUID). Raises ``ModicInputError`` naming the study and what is missing."""
    from spinelab.data.dicom_index import find_study_series, index_directory
    from spinelab.data.dicom_series import load_series

    study_dir = Path(study_dir)
    if not study_dir.is_dir():
        raise ModicInputError(study_dir, "study directory does not exist")
    index, _, _ = index_directory(study_dir)
    if index.empty:
        raise ModicInputError(study_dir, "no readable DICOM series")
    try:
        roles = find_study_series(index)
    except ValueError as e:
        raise ModicInputError(study_dir, str(e)) from e
    seen = ", ".join(f"{r.plane} {r.contrast} '{r.series_description}'" for r in index.itertuples())
    t1_row, t2_row = roles["sagittal_t1"], roles["sagittal_t2"]
    if t1_row is None and t2_row is None:
        raise ModicInputError(study_dir, f"no sagittal T1 and no sagittal T2 series (series: {seen})")
    if t1_row is None:
        raise ModicInputError(study_dir, f"no sagittal T1 series: Modic typing needs T1 and T2 (series: {seen})")
    if t2_row is None:
        raise ModicInputError(study_dir, f"no sagittal T2 series: Modic typing needs T1 and T2 (series: {seen})")
    fat_suppressed = t2_row.get("fat_suppressed")
    if t2_row["contrast"] != "T2" or (pd.notna(fat_suppressed) and bool(fat_suppressed)):
        raise ModicInputError(study_dir, f"the only sagittal T2-like series '{t2_row['series_description']}' is "
                                         "fat-suppressed (STIR / FS): type 2 (fat) would read dark; give a plain T2")
    try:
        t1 = load_series(t1_row, root=study_dir)
        t2 = load_series(t2_row, root=study_dir)
    except ValueError as e:  # SeriesGeometryError
        raise ModicInputError(study_dir, f"cannot load a sagittal series as one volume: {e}") from e
    report_id = str(t2_row.get("accession_number") or "") or str(t2_row.get("study_uid") or "")
    return ModicInputs(t1, t2, report_id or study_dir.name, str(study_dir))


def load_inputs(inputs: Sequence[str | Path], *, report_id: str | None = None) -> ModicInputs:
    """``[STUDY_DIR]`` (DICOM study) or ``[T1, T2]`` (NIfTI / MetaImage files or DICOM series
    directories); ``report_id`` overrides the study's accession number / the T1 file stem."""
    paths = [Path(p) for p in inputs]
    if len(paths) == 1:
        pair = load_study_pair(paths[0])
    elif len(paths) == 2:
        from spinelab.segmentation.dataset_file import SegmentationInputError, load_image

        vols = []
        for role, p in zip(("T1", "T2"), paths, strict=True):
            try:
                vols.append(load_image(p))
            except SegmentationInputError as e:
                raise ModicInputError(p, f"cannot read the {role}: {e.reason}") from e
        pair = ModicInputs(vols[0], vols[1], _stem(paths[0]), f"{paths[0]} + {paths[1]}")
    else:
        raise ModicInputError(" ".join(map(str, paths)) or "(none)",
                              "give one STUDY_DIR, or two volumes T1 T2")
    if report_id:
        pair.report_id = report_id
    return pair


def segment_t2(t2: Volume, model: Any, *, item: str = "") -> tuple[Volume, dict[str, Any], dict[int, str]]:
    """Segment the sagittal T2 with a loaded ``SegmentationModel``: (mask in T2 geometry,
    levels.json dict, label names). Raises ``ModicInputError`` when no vertebra is found."""
    from spinelab.segmentation.infer import name_segmentation, predict_volume

    seg = predict_volume(t2, model, item=item)
    levels, named = name_segmentation(seg, model, source=f"spinelab modic map ({item})")
    if not levels.get("vertebrae"):
        raise ModicInputError(item, "the segmentation of the sagittal T2 found no vertebral body")
    return named, levels, dict(seg.label_names)


def mask_and_levels(mask_path: str | Path, levels_path: str | Path | None = None,
                    label_names: dict[int, str] | None = None) -> tuple[Volume, dict[str, Any], dict[int, str]]:
    """A given vertebra mask (any grid; values per ``spinelab.anatomy.MASK_VALUES`` unless
    ``label_names``) and its levels: read from ``levels_path`` or fitted with ``fit_levels``."""
    from spinelab.anatomy import MASK_VALUES
    from spinelab.data.volume import read_volume
    from spinelab.segmentation.levels import LevelsError, fit_levels
    from spinelab.segmentation.levels_io import LevelsFileError, read_levels

    names = dict(label_names or {v: k for k, v in MASK_VALUES.items()})
    if not Path(mask_path).is_file():
        raise ModicInputError(mask_path, "vertebra mask file does not exist")
    mask = read_volume(mask_path)
    if levels_path is not None:
        try:
            return mask, read_levels(levels_path), names
        except LevelsFileError as e:
            raise ModicInputError(levels_path, str(e)) from e
    try:
        levels = fit_levels(mask, names, source=f"spinelab modic map (mask {mask_path})").to_json()
    except LevelsError as e:
        raise ModicInputError(mask_path, f"no levels from the mask: {e}") from e
    return mask, levels, names


# --------------------------------------------------------------------------- outputs
@dataclass
class ModicOutputs:
    """Files written by ``run_modic_map`` and the in-memory result."""

    map: Path
    levels_csv: Path
    summary: Path
    overlay: Path | None
    errors_csv: Path | None
    result: ModicResult
    seconds: float = 0.0
    seconds_segmentation: float = 0.0


def _write_csv(df: pd.DataFrame, path: Path) -> Path:
    tmp = path.with_name(path.name + ".tmp")
    df.to_csv(tmp, index=False)
    tmp.replace(path)
    return path


def write_modic_outputs(result: ModicResult, t1: Volume, levels: dict[str, Any], out_dir: str | Path, *,
                        overlay: bool = True, extra: dict[str, Any] | None = None) -> dict[str, Path | None]:
    """Write ``modic_map.nii.gz`` (T1 geometry), ``modic_levels.csv`` (schema-checked),
    ``modic_levels.errors.csv`` (levels not assessed, only if any), ``modic_summary.json``
    (rules, reference, seconds) and ``modic_overlay.png``; returns their paths."""
    from spinelab.data.volume import write_nifti
    from spinelab.schema import validate_labels

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path | None] = {"map": write_nifti(result.map, out / "modic_map.nii.gz")}
    validate_labels(result.table)
    paths["levels_csv"] = _write_csv(result.table, out / "modic_levels.csv")
    err = out / "modic_levels.errors.csv"
    if result.failures:
        paths["errors_csv"] = _write_csv(pd.DataFrame(result.failures), err)
    else:
        err.unlink(missing_ok=True)
        paths["errors_csv"] = None
    summary = {
        "map_values": {str(k): v for k, v in MODIC_VALUES.items()},
        "frame": "T1 grid (array axes and affine of the sagittal T1), LPS mm",
        "min_component_mm3": result.config.cleaning.min_component_mm3,
        "t2_coverage_of_t1": round(float(result.valid.mean()), 4),
        "reference": result.reference, "seconds_map": round(result.seconds, 3),
        "config": result.config.model_dump(mode="json"), **(extra or {}),
    }
    s = out / "modic_summary.json"
    s.with_name(s.name + ".tmp").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    s.with_name(s.name + ".tmp").replace(s)
    paths["summary"] = s
    paths["overlay"] = None
    if overlay:
        from spinelab.segmentation.modic_overlay import save_modic_overlay

        paths["overlay"] = save_modic_overlay(t1, result.map, levels, result.table, out / "modic_overlay.png")
    return paths


def run_modic_map(inputs: Sequence[str | Path], out_dir: str | Path, *,
                  seg_model: str | Path | None = None, model: Any = None,
                  mask: str | Path | None = None, levels: str | Path | None = None,
                  rules: str | Path | None = None, report_id: str | None = None,
                  overlay: bool = True) -> ModicOutputs:
    """``spinelab modic map``: load ``inputs`` (STUDY_DIR or T1 T2), get the vertebrae from the
    segmentation model (``seg_model`` dir or a loaded ``model``, run on the T2) or from ``mask``
    (+ optional ``levels`` json), map, and write the outputs into ``out_dir``."""
    t0 = time.monotonic()
    cfg = load_modic_config(rules)
    pair = load_inputs(inputs, report_id=report_id)
    t_seg = time.monotonic()
    if mask is not None:
        vmask, lv, names = mask_and_levels(mask, levels)
    else:
        if model is None:
            if seg_model is None:
                raise ModicInputError(pair.item, "no vertebrae: give a segmentation model or a mask")
            import torch

            from spinelab.segmentation.model_dir import load_model_dir

            model = load_model_dir(seg_model, device="cuda" if torch.cuda.is_available() else "cpu")
        vmask, lv, names = segment_t2(pair.t2, model, item=pair.item)
        from spinelab.data.volume import write_nifti
        from spinelab.segmentation.levels_io import write_levels

        write_nifti(vmask, Path(out_dir) / "vertebra_mask_t2.nii.gz")
        write_levels(lv, Path(out_dir) / "levels.json")
    seg_s = time.monotonic() - t_seg
    result = map_modic(pair.t1, pair.t2, vmask, lv, label_names=names, config=cfg,
                       report_id=pair.report_id, item=pair.item)
    paths = write_modic_outputs(result, pair.t1, lv, out_dir, overlay=overlay,
                                extra={"input": pair.item, "report_id": pair.report_id,
                                       "vertebrae": "mask " + str(mask) if mask is not None else f"model {seg_model or 'given'}",
                                       "seconds_segmentation": round(seg_s, 3)})
    return ModicOutputs(map=paths["map"], levels_csv=paths["levels_csv"], summary=paths["summary"],  # type: ignore[arg-type]
                        overlay=paths["overlay"], errors_csv=paths["errors_csv"], result=result,
                        seconds=time.monotonic() - t0, seconds_segmentation=seg_s)
