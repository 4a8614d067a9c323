"""Build the per-level dataset: link reports to studies, cut sagittal + axial crops per disc level.

Inputs: a DICOM index (``spinelab index``), a label table in the REPORT_LABELS schema (from the
labeler, an importer or the generator's truth), and a levels directory with one levels file per
study (``LEVELS_DIR/<study_uid or accession_number>/levels.json``, as ``spinelab segment run``
writes it). Output: a crop store (``spinelab.grading.store``) with its Parquet manifest, plus
``failures.parquet`` listing every study or level that could not be cropped, with the reason.

Patient-level splits: patients are shuffled with ``seed`` and cut by ``split_fractions``; every
level of every study of a patient lands in one split. A re-run resumes: finished (study, level)
samples are kept and skipped.

Intensities (``BuildConfig.normalize``): ``crop_percentile`` (default) clips each crop channel
to its own 0.5-99.5 percentiles and scales to [0, 1]; the methods of
:mod:`spinelab.data.intensity` (``zscore``, ``minmax``, ``percentile``, ``nyul``) normalise each
SERIES (sagittal T2, sagittal T1, the axial T2 stacks pooled) before cropping, so a crop keeps
its brightness relative to the whole image. ``nyul`` learns one standard histogram per series
role on training-split studies only; the landmarks are recorded in ``dataset.json`` (and so in
every grader checkpoint trained on it, which ``spinelab grade predict`` applies to new studies).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from spinelab.data.crops import CropGrid, axial_crop, normalise_crop, sagittal_crop
from spinelab.data.intensity import (
    METHODS,
    HistogramLandmarks,
    image_landmarks,
    normalize_intensity,
    standard_histogram,
)
from spinelab.data.label_policy import LabelPolicy, apply_label_policy, filled_findings, filled_rows
from spinelab.data.volume import Volume
from spinelab.schema import FINDINGS, LEVELS

log = logging.getLogger(__name__)

FAILURE_COLUMNS = ("patient_id", "study_uid", "accession_number", "level", "stage", "reason")
#: Intensity normalisations of the builder: per crop channel, or per series (``intensity.METHODS``).
NORMALIZATIONS: tuple[str, ...] = ("crop_percentile", *METHODS)
#: Series roles normalised (and, for ``nyul``, given a standard histogram) separately.
SERIES_ROLES: tuple[str, ...] = ("sagittal_t2", "sagittal_t1", "axial_t2")


@dataclass(frozen=True, kw_only=True)
class BuildConfig:
    """Crop geometry and split settings (mm unless stated).

    ``lateral_offsets_mm``: parasagittal planes, named ``mid``, ``right``, ``left`` in that
    order (negative = towards the patient's right). ``axial_slices``: channels of the axial
    crop, the slice nearest the disc plane and its neighbours in the same stack.
    ``normalize``: one of ``NORMALIZATIONS`` (module docstring); ``landmarks``: for ``nyul``,
    series role -> ``HistogramLandmarks`` fields (learnt by ``build_dataset`` when None, on at
    most ``landmark_studies`` training-split studies). ``exclude_levels_flags``: levels.json QC
    flags (``spinelab.segmentation.qc``) whose studies are not cropped but recorded as failures
    (e.g. ``REVIEW_FLAGS``: level names in doubt, every label one level off).
    """

    fov_mm: float = 80.0
    size_px: int = 64
    axial_fov_mm: float = 80.0
    axial_size_px: int = 64
    lateral_offsets_mm: tuple[float, float, float] = (0.0, -18.0, 18.0)
    axial_slices: int = 3
    canal_offset_mm: float = 22.0
    axial_tolerance_mm: float = 6.0
    max_outside_fraction: float = 0.5
    split_fractions: tuple[float, float, float] = (0.7, 0.15, 0.15)
    seed: int = 0
    normalize: str = "crop_percentile"
    landmarks: dict[str, dict[str, list[float]]] | None = None
    landmark_studies: int = 60
    exclude_levels_flags: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        from spinelab.segmentation.qc import unknown_flags

        unknown = unknown_flags(self.exclude_levels_flags)
        if unknown:
            raise ValueError(f"unknown levels QC flag(s) to exclude: {unknown}")
        if self.normalize not in NORMALIZATIONS:
            raise ValueError(f"unknown normalisation {self.normalize!r}; valid: {', '.join(NORMALIZATIONS)}")
        if self.landmarks is not None:
            missing = [r for r in SERIES_ROLES if r not in self.landmarks]
            if missing:
                raise ValueError(f"histogram landmarks lack the series roles {missing}")
            for role in SERIES_ROLES:
                HistogramLandmarks.model_validate(self.landmarks[role])

    def role_landmarks(self, role: str) -> HistogramLandmarks | None:
        """The standard histogram of a series role (None unless ``nyul`` with landmarks)."""
        if self.normalize != "nyul" or self.landmarks is None:
            return None
        return HistogramLandmarks.model_validate(self.landmarks[role])

    @property
    def sagittal_channels(self) -> list[str]:
        sides = ("mid", "right", "left")
        return [f"{seq}_{s}" for seq in ("t2", "t1") for s in sides]

    @property
    def axial_channels(self) -> list[str]:
        half = self.axial_slices // 2
        return [f"t2_k{d:+d}" for d in range(-half, self.axial_slices - half)]


@dataclass
class BuildResult:
    """What a build wrote: the manifest and the failures (also on disk in the dataset dir)."""

    manifest: pd.DataFrame
    failures: pd.DataFrame
    out_dir: Path
    counts: dict[str, int] = field(default_factory=dict)


def patient_splits(
    patient_ids: list[str], fractions: tuple[float, float, float], seed: int
) -> dict[str, str]:
    """Patient id -> 'train' / 'val' / 'test', fixed by ``seed`` (independent of input order)."""
    ids = sorted(set(map(str, patient_ids)))
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(ids))
    f = np.asarray(fractions, dtype=float) / np.sum(fractions)
    n_train = int(round(f[0] * len(ids)))
    n_val = int(round(f[1] * len(ids)))
    if len(ids) >= 3:  # at least one patient per split where possible
        n_val = max(n_val, 1)
        n_train = min(max(n_train, 1), len(ids) - n_val - 1)
    out = {}
    for rank, i in enumerate(order):
        out[ids[i]] = "train" if rank < n_train else "val" if rank < n_train + n_val else "test"
    return out


def link_reports(
    index: pd.DataFrame, labels: pd.DataFrame, link: pd.DataFrame | None = None
) -> dict[str, str]:
    """Study UID -> report id.

    Without a link table a report id matches a study's accession number, else its study UID.
    A link table has ``report_id`` and ``study_uid`` or ``accession_number`` columns.
    """
    studies = index.drop_duplicates("study_uid")[["study_uid", "accession_number"]].astype(str)
    report_ids = set(labels["report_id"].astype(str))
    out: dict[str, str] = {}
    if link is not None:
        link = link.astype(str)
        pairs: Iterable[tuple[str | None, str]]
        if "study_uid" in link.columns:
            pairs = zip(link["study_uid"], link["report_id"], strict=True)
        elif "accession_number" in link.columns:
            acc = dict(zip(studies["accession_number"], studies["study_uid"], strict=True))
            pairs = ((acc.get(a), r) for a, r in zip(link["accession_number"], link["report_id"], strict=True))
        else:
            raise ValueError("link table needs columns report_id and study_uid or accession_number")
        for s, r in pairs:
            if s is not None and r in report_ids:
                out[s] = r
        return out
    for s, a in zip(studies["study_uid"], studies["accession_number"], strict=True):
        if a in report_ids:
            out[s] = a
        elif s in report_ids:
            out[s] = s
    return out


def levels_folder_name(key: str) -> str:
    """A study UID or accession number as a folder name: characters other than letters, digits,
    ``.``, ``_`` and ``-`` become ``_`` (DICOM UIDs are digits and dots and stay as they are)."""
    name = re.sub(r"[^A-Za-z0-9._-]", "_", str(key)).strip(".")
    return name or "_"


def find_levels_file(levels_dir: Path, study_uid: str, accession_number: str) -> Path | None:
    """``levels_dir/<study_uid|accession>/levels.json`` or ``levels_dir/<id>.json`` (the id also
    as :func:`levels_folder_name` writes it); None if absent."""
    keys = (study_uid, accession_number, levels_folder_name(study_uid), levels_folder_name(accession_number))
    for key in dict.fromkeys(k for k in keys if k):
        for p in (levels_dir / key / "levels.json", levels_dir / f"{key}.json"):
            if p.is_file():
                return p
    return None


def _label_lookup(labels: pd.DataFrame) -> dict[str, dict[str, dict[str, str]]]:
    """report_id -> level -> finding -> value."""
    out: dict[str, dict[str, dict[str, str]]] = {}
    for r, lv, f, v in labels[["report_id", "level", "finding", "value"]].astype(str).itertuples(index=False):
        out.setdefault(r, {}).setdefault(lv, {})[f] = v
    return out


def _axial_choice(
    axial_map: pd.DataFrame, stacks: list[Volume], level: str, tolerance_mm: float
) -> tuple[Volume, int, float] | None:
    """The stack and slice index nearest the disc plane of ``level``, within tolerance."""
    m = axial_map[(axial_map["level"] == level)]
    m = m[m["distance_mm"].abs() <= tolerance_mm]
    if m.empty:
        return None
    best = m.loc[m["distance_mm"].abs().idxmin()]
    for vol in stacks:
        uids = list(vol.meta.get("sop_instance_uids", []))
        if best["sop_instance_uid"] in uids:
            return vol, uids.index(best["sop_instance_uid"]), float(best["distance_mm"])
    return None


def crop_study_levels(
    series: Mapping[str, Any],
    levels: dict[str, Any],
    axial_map: pd.DataFrame | None,
    cfg: BuildConfig,
) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """Cut every disc level of one study.

    ``series``: loaded volumes ``{"sagittal_t2": Volume, "sagittal_t1": Volume | None,
    "axial_t2": list[Volume] | None}``. Returns samples ``{"level", "sagittal" (6, H, W),
    "axial" (C_ax, H, W), "qc": [...], "axial_distance_mm"}`` normalised as ``cfg.normalize``
    says (module docstring), and (level, reason) failures.
    """
    sag_grid = CropGrid(fov_mm=cfg.fov_mm, size=cfg.size_px)
    ax_grid = CropGrid(fov_mm=cfg.axial_fov_mm, size=cfg.axial_size_px)
    series = normalise_series(series, cfg)
    per_crop = normalise_crop if cfg.normalize == "crop_percentile" else _as_float32
    samples: list[dict[str, Any]] = []
    failures: list[tuple[str, str]] = []
    for disc in levels.get("discs", []):
        name = disc["name"]
        if name not in LEVELS:
            continue
        centre = np.asarray(disc["center_mm"], dtype=float)
        normal = np.asarray(disc["normal"], dtype=float)
        qc: list[str] = []
        t2, out_t2 = sagittal_crop(
            series["sagittal_t2"], centre, normal, grid=sag_grid,
            lateral_offsets_mm=cfg.lateral_offsets_mm,
        )
        if out_t2 > cfg.max_outside_fraction:
            failures.append((name, f"sagittal T2 crop {out_t2:.0%} outside the image"))
            continue
        if series.get("sagittal_t1") is not None:
            t1, out_t1 = sagittal_crop(
                series["sagittal_t1"], centre, normal, grid=sag_grid,
                lateral_offsets_mm=cfg.lateral_offsets_mm,
            )
            if out_t1 > cfg.max_outside_fraction:
                qc.append("sag_t1_outside")
            t1 = per_crop(t1)
        else:
            t1 = np.zeros_like(t2)
            qc.append("no_sag_t1")
        stacks = series.get("axial_t2")
        if not stacks or axial_map is None or axial_map.empty:
            failures.append((name, "study has no axial T2 series"))
            continue
        choice = _axial_choice(axial_map, stacks, name, cfg.axial_tolerance_mm)
        if choice is None:
            failures.append((name, f"no axial slice within {cfg.axial_tolerance_mm:g} mm of the disc plane"))
            continue
        vol, k, dist = choice
        half = cfg.axial_slices // 2
        ax = []
        for d in range(-half, cfg.axial_slices - half):
            kk = int(np.clip(k + d, 0, vol.array.shape[0] - 1))
            crop, out_ax = axial_crop(vol, kk, centre, grid=ax_grid, canal_offset_mm=cfg.canal_offset_mm)
            ax.append(crop)
        if out_ax > cfg.max_outside_fraction:
            qc.append("axial_outside")
        samples.append(
            {
                "level": name,
                "sagittal": np.concatenate([per_crop(t2), t1]),
                "axial": per_crop(np.stack(ax)),
                "qc": qc,
                "axial_distance_mm": dist,
                "ax_series_uid": vol.meta.get("series_uid"),
            }
        )
    return samples, failures


def _as_float32(crop: np.ndarray) -> np.ndarray:
    return np.asarray(crop, dtype=np.float32)


def _role_array(series: Mapping[str, Any], role: str) -> np.ndarray | None:
    """The voxels of a series role as one array (axial stacks pooled, flattened); None if absent."""
    v = series.get(role)
    if v is None or (isinstance(v, list) and not v):
        return None
    if isinstance(v, list):
        return np.concatenate([s.array.ravel() for s in v])
    return v.array


def normalise_series(series: Mapping[str, Any], cfg: BuildConfig) -> dict[str, Any]:
    """``series`` with each role's intensities normalised by ``cfg.normalize`` (unchanged for
    ``crop_percentile``); the axial stacks of a series share one normalisation."""
    out = dict(series)
    if cfg.normalize == "crop_percentile":
        return out
    for role in SERIES_ROLES:
        a = _role_array(series, role)
        if a is None:
            continue
        norm = normalize_intensity(a, cfg.normalize, landmarks=cfg.role_landmarks(role))
        v = series[role]
        if isinstance(v, list):
            parts, o = [], 0
            for s in v:
                parts.append(Volume(norm[o:o + s.array.size].reshape(s.array.shape), s.affine, s.meta))
                o += s.array.size
            out[role] = parts
        else:
            out[role] = Volume(norm, v.affine, v.meta)
    return out


def learn_landmarks(
    studies: Sequence[Mapping[str, pd.Series | None]], *, progress: bool = False
) -> dict[str, dict[str, list[float]]]:
    """Nyul standard histograms per series role from training studies' series rows (as
    ``find_study_series`` picks them); unreadable series are skipped. ValueError when a role has
    no readable series."""
    from spinelab.data.intensity import DEFAULT_LANDMARK_PERCENTILES

    rows: dict[str, list[np.ndarray]] = {r: [] for r in SERIES_ROLES}
    from rich.progress import track

    for picked in track(studies, description="learning histogram landmarks", disable=not progress, transient=True):
        try:
            series = _load_study_series(picked)
        except Exception as e:  # one unreadable study never stops the build
            log.warning("landmarks: skipped a study (%s)", type(e).__name__)
            continue
        for role in SERIES_ROLES:
            a = _role_array(series, role)
            if a is not None and np.ptp(a) > 0:
                rows[role].append(image_landmarks(a, DEFAULT_LANDMARK_PERCENTILES))
    out = {}
    for role, r in rows.items():
        if not r:
            raise ValueError(f"nyul normalisation: no readable {role} series among {len(studies)} training studies")
        out[role] = standard_histogram(r).model_dump()
    return out


def _load_study_series(rows: Mapping[str, pd.Series | None]) -> dict[str, Any]:
    from spinelab.data.dicom_series import load_series, load_series_stacks

    out: dict[str, Any] = {"sagittal_t2": None, "sagittal_t1": None, "axial_t2": None}
    if rows.get("sagittal_t2") is not None:
        out["sagittal_t2"] = load_series(rows["sagittal_t2"])
    t1 = rows.get("sagittal_t1")
    if t1 is not None:
        try:
            out["sagittal_t1"] = load_series(t1)
        except ValueError as e:  # SeriesGeometryError: keep the study, drop the T1 channels
            log.warning("sagittal T1 %s unusable: %s", t1["series_uid"], e)
    if rows.get("axial_t2") is not None:
        out["axial_t2"] = load_series_stacks(rows["axial_t2"])
    return out


def build_dataset(
    index: pd.DataFrame | str | Path,
    labels: pd.DataFrame | str | Path,
    levels_dir: str | Path,
    out_dir: str | Path,
    *,
    link: pd.DataFrame | str | Path | None = None,
    config: BuildConfig | None = None,
    label_policy: LabelPolicy | None = None,
    resume: bool = True,
    progress: bool = True,
) -> BuildResult:
    """Build ``out_dir`` (crop store + manifest + failures.parquet) from an index, labels, levels.

    Every study in the index with a linked report is cropped at every disc level of its levels
    file; missing series, levels files or axial slices, and levels files carrying one of
    ``config.exclude_levels_flags``, become rows of ``failures.parquet``. Each sample's ``qc``
    holds its study's levels.json QC flags, then its own crop flags.
    ``label_policy`` (:mod:`spinelab.data.label_policy`; default: unstated stays missing, hedged
    rows kept) is applied to ``labels`` first and recorded in ``dataset.json``.
    """
    from spinelab.data.dicom_index import find_study_series, write_parquet_atomic
    from spinelab.grading.store import CropStore
    from spinelab.segmentation.axial_mapping import map_axial_slices
    from spinelab.segmentation.levels_io import read_levels

    cfg = config or BuildConfig()
    index = pd.read_parquet(index) if not isinstance(index, pd.DataFrame) else index
    labels = _read_table(labels) if not isinstance(labels, pd.DataFrame) else labels
    policy = label_policy or LabelPolicy()
    labels = apply_label_policy(labels, policy)
    link_df = None if link is None else (_read_table(link) if not isinstance(link, pd.DataFrame) else link)
    levels_dir, out_dir = Path(levels_dir), Path(out_dir)

    study_report = link_reports(index, labels, link_df)
    lookup = _label_lookup(labels)
    filled = filled_rows(labels)
    studies = index.drop_duplicates("study_uid")
    splits = patient_splits(list(studies["patient_id"].astype(str)), cfg.split_fractions, cfg.seed)

    if resume and (out_dir / "dataset.json").exists():
        store = CropStore.open(out_dir, mode="a")
        recorded = store.config.builder.get("label_policy", LabelPolicy().as_dict())
        if recorded != policy.as_dict():
            raise ValueError(
                f"{out_dir}: built with label policy {recorded}, asked for {policy.as_dict()}; "
                "the stored samples carry the old labels: build afresh (--fresh) or into another directory"
            )
        rec_cfg = store.config.builder.get("config", {})
        rec_norm = rec_cfg.get("normalize", "crop_percentile")
        if rec_norm != cfg.normalize:
            raise ValueError(
                f"{out_dir}: built with normalisation {rec_norm!r}, asked for {cfg.normalize!r}; "
                "build afresh (--fresh) or into another directory"
            )
        rec_excl = sorted(rec_cfg.get("exclude_levels_flags", []))
        if rec_excl != sorted(cfg.exclude_levels_flags):
            raise ValueError(
                f"{out_dir}: built excluding the levels QC flags {rec_excl}, asked for "
                f"{sorted(cfg.exclude_levels_flags)}; build afresh (--fresh) or into another directory"
            )
        if cfg.normalize == "nyul" and cfg.landmarks is None:  # the stored crops used these
            cfg = replace(cfg, landmarks=rec_cfg["landmarks"])
    else:
        if cfg.normalize == "nyul" and cfg.landmarks is None:
            train = [find_study_series(index[index["study_uid"] == u], study_uid=u)
                     for u, p in sorted(zip(studies["study_uid"].astype(str), studies["patient_id"].astype(str), strict=True))
                     if splits[p] == "train" and u in study_report][: cfg.landmark_studies]
            cfg = replace(cfg, landmarks=learn_landmarks(train, progress=progress))
        store = CropStore.create(
            out_dir, len(studies) * 5,
            sagittal_channels=cfg.sagittal_channels, axial_channels=cfg.axial_channels,
            size_px=cfg.size_px, fov_mm=cfg.fov_mm,
            axial_size_px=cfg.axial_size_px, axial_fov_mm=cfg.axial_fov_mm,
            builder={"config": _jsonable(asdict(cfg)), "label_policy": policy.as_dict()}, overwrite=True,
        )
    done = store.done_keys()
    failures: list[dict[str, Any]] = []
    old_fail = out_dir / "failures.parquet"
    if resume and old_fail.is_file():  # level failures of the last run are final: keep, do not redo
        prev = pd.read_parquet(old_fail)
        prev = prev[prev["level"].astype(str) != ""]
        failures += prev.to_dict("records")
        done |= {(str(u), str(lv)) for u, lv in zip(prev["study_uid"], prev["level"], strict=True)}

    def fail(st: pd.Series, level: str, stage: str, reason: str) -> None:
        failures.append({
            "patient_id": str(st["patient_id"]), "study_uid": str(st["study_uid"]),
            "accession_number": str(st["accession_number"]), "level": level,
            "stage": stage, "reason": reason,
        })
        log.warning("study %s %s: %s", st["study_uid"], level or "", reason)

    from rich.progress import Progress

    with Progress(disable=not progress, transient=True) as bar:
        task = bar.add_task("cropping studies", total=len(studies))
        for _, st in studies.iterrows():
            bar.advance(task)
            uid = str(st["study_uid"])
            report_id = study_report.get(uid)
            if report_id is None:
                fail(st, "", "link", "no report linked to this study")
                continue
            lv_path = find_levels_file(levels_dir, uid, str(st["accession_number"]))
            if lv_path is None:
                fail(st, "", "levels", f"no levels file under {levels_dir} (segmentation failed or not run)")
                continue
            study_rows = index[index["study_uid"] == st["study_uid"]]
            picked = find_study_series(study_rows, study_uid=uid)
            sag_t2, sag_t1 = picked.get("sagittal_t2"), picked.get("sagittal_t1")
            ax_t2 = picked.get("axial_t2")
            if sag_t2 is None:
                fail(st, "", "series", "no sagittal T2/STIR series")
                continue
            if ax_t2 is None:
                fail(st, "", "series", "no axial T2 series")
                continue
            try:
                levels = read_levels(lv_path)
                if not levels.get("discs"):
                    fail(st, "", "levels", "levels file has no discs (segmentation found no disc level)")
                    continue
                levels_flags = [str(q.get("flag")) for q in levels.get("qc", [])]
                doubt = sorted(set(levels_flags) & set(cfg.exclude_levels_flags))
                if doubt:
                    fail(st, "", "levels", f"excluded for levels QC flags {doubt} (names in doubt)")
                    continue
                if all((uid, d["name"]) in done for d in levels.get("discs", [])):
                    continue
                series = _load_study_series(picked)
                amap = map_axial_slices(
                    study_rows[study_rows["series_uid"] == ax_t2["series_uid"]], levels
                )
                samples, fails = crop_study_levels(series, levels, amap, cfg)
            except Exception as e:  # one bad study never stops the build
                fail(st, "", "load", f"{type(e).__name__}: {e}")
                continue
            for level, reason in fails:
                if (uid, level) not in done:
                    fail(st, level, "crop", reason)
            level_labels = lookup.get(report_id, {})
            for s in samples:
                if (uid, s["level"]) in done:
                    continue
                store.append(
                    sagittal=s["sagittal"], axial=s["axial"],
                    patient_id=str(st["patient_id"]), study_uid=uid,
                    accession_number=str(st["accession_number"]), level=s["level"],
                    split=splits[str(st["patient_id"])],
                    labels={f: v for f, v in level_labels.get(s["level"], {}).items() if f in FINDINGS},
                    has_sag_t1=series["sagittal_t1"] is not None,
                    sag_t2_series_uid=str(sag_t2["series_uid"]),
                    sag_t1_series_uid=None if sag_t1 is None else str(sag_t1["series_uid"]),
                    ax_series_uid=s["ax_series_uid"], qc=[*levels_flags, *s["qc"]],
                    report_id=report_id, axial_distance_mm=s["axial_distance_mm"],
                    label_filled=filled_findings(filled, report_id, s["level"]),
                )
    store.close()
    fail_df = pd.DataFrame(failures, columns=list(FAILURE_COLUMNS))
    write_parquet_atomic(fail_df, out_dir / "failures.parquet")
    manifest = CropStore.open(out_dir).manifest
    counts = {
        "studies": int(len(studies)),
        "samples": int(len(manifest)),
        "failures": int(len(fail_df)),
        # of which disc levels outside every axial stack (T12-L1 above the axial coverage, as
        # axial stacks are usually planned from L1-L2 down): expected, not an error of the study
        "levels_without_axial_slice": int(
            fail_df["reason"].astype(str).str.startswith("no axial slice within").sum()
        ),
        **{f"split_{k}": int(v) for k, v in manifest["split"].value_counts().items()},
    }
    return BuildResult(manifest=manifest, failures=fail_df, out_dir=out_dir, counts=counts)


def _read_table(path: str | Path) -> pd.DataFrame:
    p = str(path)
    if p.endswith(".parquet"):
        return pd.read_parquet(p)
    return pd.read_csv(p, dtype=str, keep_default_na=False)


def _jsonable(d: dict[str, Any]) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in d.items()}
