"""Generate one synthetic study: pathology -> anatomy -> rendered DICOM series + truth files.

Everything is a deterministic function of (seed, index, preset): each component draws from its
own generator ``np.random.default_rng([seed, index, k])``, so the pathology does not change
with the image options and studies can be made in any order or process.

Layout written under ``<out>/<patient_id>/<accession_number>/`` (see the cohort contract):
``dicom/<NN_description>/<NNNN>.dcm``, ``truth/{mask.nii.gz, modic.nii.gz, levels.json, labels.csv,
pathology.csv, axial_levels.csv}``, ``report.txt``. ``modic.nii.gz`` (uint8, 0 none, 1/2/3 the
Modic type drawn) lies on the SAG T1 grid, which may differ from the SAG T2 grid of ``mask.nii.gz``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pandas as pd

from spinelab.anatomy import DISCS, MASK_VALUES, VERTEBRAE
from spinelab.data.atomic import atomic_directory
from spinelab.data.synth.anatomy_model import SpineModel, sample_spine
from spinelab.data.synth.dicom_write import StudyInfo, derived_uid, write_series
from spinelab.data.synth.protocol import ProtocolPreset, get_preset, plan_protocol, t1_own_grid
from spinelab.data.synth.render import Acquisition, Grid, paint, to_pixels
from spinelab.data.synth.scanner import ScannerProfile, draw_scanner, get_scanner
from spinelab.data.synth.scene import Scene, build_scene
from spinelab.data.synth.tissues import load_tissues
from spinelab.data.volume import Volume, write_nifti

PathologySampler = Callable[[np.random.Generator], pd.DataFrame]
ReportRenderer = Callable[..., tuple[str, pd.DataFrame]]

# generator streams of one study
_PATHOLOGY, _ANATOMY, _PROTOCOL, _NOISE, _REPORT, _IDENTITY, _SCANNER, _T1_GRID = range(8)


@dataclass(frozen=True)
class StudyIds:
    """Deterministic identifiers of study ``index`` of a cohort made with ``seed``."""

    seed: int
    index: int
    patient_id: str
    accession_number: str
    study_uid: str

    @classmethod
    def make(cls, seed: int, index: int) -> StudyIds:
        tag = f"{seed % 10**6:06d}{index:05d}"
        return cls(seed, index, f"SYNP{tag}", f"SYNA{tag}", derived_uid(seed, index, "study"))

    @property
    def rel_dir(self) -> Path:
        return Path(self.patient_id) / self.accession_number


def default_pathology_sampler() -> PathologySampler:
    """``spinelab.data.synth.pathology.sample_pathology`` (clear error if not installed)."""
    try:
        from spinelab.data.synth.pathology import sample_pathology
    except ImportError as e:  # pragma: no cover - the module ships with the package
        raise ImportError(f"spinelab.data.synth.pathology is needed for the default sampler: {e}") from e
    return sample_pathology


def default_report_renderer() -> ReportRenderer:
    """``spinelab.data.synth.report_text.render_report`` (clear error if not installed)."""
    try:
        from spinelab.data.synth.report_text import render_report
    except ImportError as e:
        raise ImportError(f"spinelab.data.synth.report_text is needed to write reports: {e}") from e
    return render_report


def _rng(ids: StudyIds, stream: int) -> np.random.Generator:
    return np.random.default_rng([ids.seed, ids.index, stream])


def study_is_complete(study_dir: Path) -> bool:
    """True when a study directory holds every truth file (written last, renamed atomically)."""
    t = study_dir / "truth"
    need = ["mask.nii.gz", "modic.nii.gz", "levels.json", "labels.csv", "pathology.csv", "axial_levels.csv"]
    return all((t / n).is_file() for n in need) and (study_dir / "report.txt").is_file()


def generate_study(out_dir: Path, ids: StudyIds, *, preset: str | ProtocolPreset = "standard",
                   scanner: str | ScannerProfile = "standard",
                   pathology_sampler: PathologySampler | None = None,
                   report_renderer: ReportRenderer | None = None) -> Path:
    """Render and write one study under ``out_dir / ids.rel_dir``; returns that directory.

    ``scanner``: scanner profile (``scanners.yaml``: intensity scale, contrast, bias, noise).
    Written into a temporary sibling directory first and renamed at the end (atomic).
    """
    preset_obj = get_preset(preset) if isinstance(preset, str) else preset
    scanner_obj = get_scanner(scanner) if isinstance(scanner, str) else scanner
    sampler = pathology_sampler or default_pathology_sampler()
    reporter = report_renderer or default_report_renderer()
    final = Path(out_dir) / ids.rel_dir
    with atomic_directory(final) as tmp:
        _write_study(tmp, ids, preset_obj, scanner_obj, sampler, reporter)
    return final


def pathology_dict(df: pd.DataFrame) -> dict[tuple[str, str], str]:
    """(level, finding) -> value of a pathology table (columns level, finding, value)."""
    missing = {"level", "finding", "value"} - set(df.columns)
    if missing:
        raise ValueError(f"pathology table lacks columns {sorted(missing)}")
    return {(str(r.level), str(r.finding)): str(r.value) for r in df.itertuples(index=False)}


def study_anatomy(ids: StudyIds, pathology_sampler: PathologySampler | None = None
                  ) -> tuple[pd.DataFrame, SpineModel, np.random.Generator]:
    """The study's pathology table and spine model (exactly those its images were rendered
    from) and the anatomy generator in the state after drawing the model."""
    sampler = pathology_sampler or default_pathology_sampler()
    path_df = sampler(_rng(ids, _PATHOLOGY))
    rng_a = _rng(ids, _ANATOMY)
    return path_df, sample_spine(rng_a, pathology_dict(path_df)), rng_a


def _write_study(d: Path, ids: StudyIds, preset: ProtocolPreset, scanner: ScannerProfile,
                 sampler: PathologySampler, reporter: ReportRenderer) -> None:
    # ---- truth pathology, anatomy, protocol ----------------------------------------------------
    path_df, model, rng_a = study_anatomy(ids, sampler)
    path = pathology_dict(path_df)
    scene = build_scene(model, path, rng_a)
    signals = load_tissues().sample(rng_a)
    rng_p = _rng(ids, _PROTOCOL)
    plans = plan_protocol(model, rng_p, preset)
    study = _study_info(ids, _rng(ids, _IDENTITY))
    t1_grid = t1_own_grid(plans[0].grids[0], preset, _rng(ids, _T1_GRID))
    if t1_grid is not None:
        plans = [replace(p, grids=[t1_grid[0]], pixel_spacing=t1_grid[1], slice_spacing=t1_grid[2],
                         slice_thickness=round(min(p.slice_thickness, t1_grid[2]), 2),
                         distances=[np.zeros(t1_grid[0].shape[0])]) if p.key == "sag_t1" else p
                 for p in plans]
    acq = Acquisition.sample(rng_p, model.curve_point(model.vertebra("L3").s_center))
    study_scanner, acq = draw_scanner(scanner, acq, _rng(ids, _SCANNER))
    rng_n = _rng(ids, _NOISE)

    # ---- render: one painting per distinct geometry, both contrasts at once --------------------
    painted: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}  # bias, signal, labels
    truth_mask: np.ndarray | None = None
    axial_rows: list[dict] = []
    for plan in plans:
        key = id(plan.grids[0]) if len(plan.grids) == 1 else id(plan)
        if key not in painted:
            pts = np.concatenate([g.points() for g in plan.grids])
            sig, lab = paint(scene, pts, signals, pv_mm=min(plan.pixel_spacing))
            painted[key] = (acq.bias(pts), sig, lab)
        bias, sig, lab = painted[key]
        gain, gamma = study_scanner.series(float(rng_p.uniform(1.2, 2.2)))
        pix = to_pixels(sig[:, 0 if plan.contrast == "t1" else 1], bias, acq, rng_n, gain=gain, gamma=gamma)
        stacks, o = [], 0
        for g in plan.grids:
            stacks.append(pix[o:o + g.n_voxels].reshape(g.shape))
            o += g.n_voxels
        series_uid = derived_uid(ids.seed, ids.index, plan.key, "series")
        folder = d / "dicom" / f"{plan.series_number:02d}_{re.sub(r'[^A-Za-z0-9]+', '_', plan.description)}"
        written = write_series(folder, plan, stacks, study, series_uid=series_uid,
                               uid_parts=(ids.seed, ids.index))
        if plan.key == "sag_t2":
            truth_mask = lab.reshape(plan.grids[0].shape)
            mask_grid = plan.grids[0]
        if plan.key == "sag_t1":
            modic_grid = plan.grids[0]
        if plan.key == "ax_t2":
            for w in written:
                axial_rows.append({"series_uid": series_uid, "instance_number": w.instance_number,
                                   "sop_instance_uid": w.sop_instance_uid, "level": plan.stack_levels[w.stack],
                                   "distance_mm": round(float(plan.distances[w.stack][w.slice_index]), 4)})
    assert truth_mask is not None

    # ---- truth files ------------------------------------------------------------------------------
    t = d / "truth"
    t.mkdir()
    mask_vol = Volume(truth_mask.astype(np.uint8), mask_grid.affine,
                      {"source": "spinelab synth truth", "series": "sag_t2"})
    write_nifti(mask_vol, t / "mask.nii.gz")
    write_nifti(Volume(modic_truth(scene, signals, modic_grid), modic_grid.affine,
                       {"source": "spinelab synth truth", "series": "sag_t1"}), t / "modic.nii.gz")
    _write_json(t / "levels.json", levels_truth(model, mask_vol))
    path_df[["level", "finding", "value"]].to_csv(t / "pathology.csv", index=False)
    pd.DataFrame(axial_rows, columns=["series_uid", "instance_number", "sop_instance_uid", "level",
                                      "distance_mm"]).to_csv(t / "axial_levels.csv", index=False)
    text, labels = reporter(path_df, _rng(ids, _REPORT), report_id=ids.accession_number)
    from spinelab.schema import validate_labels

    labels = validate_labels(labels)
    labels.to_csv(t / "labels.csv", index=False)
    (d / "report.txt").write_text(text, encoding="utf-8")


def modic_truth(scene: Scene, signals: dict[str, np.ndarray], grid: Grid) -> np.ndarray:
    """Where the scene drew Modic marrow on ``grid`` (slice, row, col): uint8 0 none, 1/2/3 type
    (voxel centres at least half covered, as the label mask is painted)."""
    shapes = [replace(sh, label=int(sh.tissue.removeprefix("modic_type")))
              for sh in scene.shapes if sh.tissue.startswith("modic_type")]
    if not shapes:
        return np.zeros(grid.shape, dtype=np.uint8)
    spacing = np.linalg.norm(grid.affine[:3, 1:3], axis=0)
    _, lab = paint(replace(scene, shapes=shapes), grid.points(), signals, pv_mm=float(spacing.min()))
    return lab.reshape(grid.shape).astype(np.uint8)


def levels_truth(model: SpineModel, mask: Volume) -> dict:
    """levels.json content: vertebra centroids from the mask (LPS mm), disc centres and cranial
    unit normals from the model, qc flags for vertebrae missing from the mask."""
    arr = mask.array
    verts, qc = [], []
    for name in VERTEBRAE:
        lab = MASK_VALUES[name]
        idx = np.argwhere(arr == lab)
        if len(idx) == 0:
            qc.append({"flag": "missing_level", "reason": f"{name} has no voxel in the sagittal T2 field of view"})
            continue
        c = mask.index_to_mm(idx.mean(axis=0))
        verts.append({"name": name, "label": lab, "centroid_mm": [round(float(v), 4) for v in c],
                      "voxels": int(len(idx)), "confidence": 1.0})
    discs = []
    for name in DISCS:
        c, n = model.disc_center(name)
        discs.append({"name": name, "center_mm": [round(float(v), 4) for v in c],
                      "normal": [round(float(v), 6) for v in n]})
    return {"frame": "LPS", "units": "mm", "source": "spinelab synth truth", "vertebrae": verts,
            "discs": discs, "qc": qc}


def _write_json(path: Path, obj: dict) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(obj, indent=1), encoding="utf-8")
    tmp.replace(path)


def _study_info(ids: StudyIds, rng: np.random.Generator) -> StudyInfo:
    year = int(rng.integers(2015, 2026))
    month, day = int(rng.integers(1, 13)), int(rng.integers(1, 29))
    hh, mm, ss = int(rng.integers(7, 20)), int(rng.integers(0, 60)), int(rng.integers(0, 60))
    return StudyInfo(
        patient_id=ids.patient_id,
        patient_name=f"SYNTHETIC^PATIENT{ids.index:05d}",
        patient_sex=str(rng.choice(["F", "M"])),
        patient_age=f"{int(rng.integers(25, 86)):03d}Y",
        accession_number=ids.accession_number,
        study_uid=ids.study_uid,
        frame_of_reference_uid=derived_uid(ids.seed, ids.index, "frame"),
        study_date=f"{year:04d}{month:02d}{day:02d}",
        study_time=f"{hh:02d}{mm:02d}{ss:02d}",
        field_strength=float(rng.choice([1.5, 3.0])),
    )


__all__ = ["StudyIds", "generate_study", "levels_truth", "pathology_dict", "study_anatomy", "study_is_complete"]
