"""The per-level crop dataset store: the contract between the dataset builder and the grader.

Layout of a dataset directory (``DATASET_DIR``)::

    DATASET_DIR/
      crops.zarr/        zarr v3 group, two arrays, one chunk per sample (fast random reads):
                           "sagittal"  (N, C_sag, H_sag, W_sag) float16, chunks (1, C_sag, H, W)
                           "axial"     (N, C_ax,  H_ax,  W_ax)  float16, chunks (1, C_ax,  H, W)
      manifest.parquet   one row per sample (below); row order is free, ``sample_idx`` is the
                         row of the sample in both zarr arrays
      dataset.json       ``StoreConfig``: crop geometry, channel names, label vocabularies

Manifest columns (``MANIFEST_COLUMNS``; a builder may add more, they are kept):

| column | type | meaning |
|---|---|---|
| sample_idx | int64 | row in crops.zarr |
| patient_id, study_uid, accession_number | str | the study; accession_number = the report_id of its labels (the study UID where the DICOM has no accession number) |
| level | str | disc level, ``spinelab.schema.LEVELS`` |
| split | str | ``train`` / ``val`` / ``test`` (split by patient, never by level) |
| label_<finding> | str or null | one per ``spinelab.schema.FINDINGS``; a REPORT_LABELS value or null (not stated) |
| has_sag_t1 | bool | false: the T1 channels are zeros |
| has_ax | bool | false: the axial array row is zeros (no axial slice at this level) |
| sag_t2_series_uid, sag_t1_series_uid, ax_series_uid | str or null | source series |
| qc | str | ``;``-joined QC flags, empty when none |
| label_filled | str (optional) | ``,``-joined findings whose label the builder's ``unstated_as_normal`` policy filled in (not stated by the report) |

Image conventions (as ``spinelab.data.crops`` writes them): intensities as the builder's
``normalize`` says (``builder.config`` in dataset.json; default ``crop_percentile``: each channel
clipped and scaled to [0, 1]; per-series z-score, min-max, percentile or Nyul otherwise); sagittal rows run head -> feet along the disc normal, columns anterior -> posterior;
axial rows anterior -> posterior, columns patient right -> left (radiological display).
Channel names ending ``_left`` / ``_right`` are parasagittal planes on the patient's left /
right; the grader pairs them by name to flip left <-> right (``spinelab.grading.datamodule``).

Writer: ``CropStore.create(path, n, sagittal_channels=..., axial_channels=...)``, then
``append(...)`` per sample and ``close()`` (or use it as a context manager). The manifest is
rewritten atomically on ``flush()`` (every ``flush_every`` appends and on close), so an
interrupted build resumes with ``CropStore.open(path, mode="a")`` and ``done_keys()``.
Reader: ``CropStore.open(path)`` -> ``.manifest``, ``.config``, ``.read(sample_idx)``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from spinelab.schema import FINDINGS, LEVELS, VALUES

FORMAT_VERSION = 1
SPLITS: tuple[str, ...] = ("train", "val", "test")
LABEL_COLUMNS: tuple[str, ...] = tuple(f"label_{f}" for f in FINDINGS)
ID_COLUMNS: tuple[str, ...] = ("patient_id", "study_uid", "accession_number", "level", "split")
SERIES_COLUMNS: tuple[str, ...] = ("sag_t2_series_uid", "sag_t1_series_uid", "ax_series_uid")
MANIFEST_COLUMNS: tuple[str, ...] = (
    "sample_idx",
    *ID_COLUMNS,
    *LABEL_COLUMNS,
    "has_sag_t1",
    "has_ax",
    *SERIES_COLUMNS,
    "qc",
)


class StoreError(ValueError):
    """A dataset directory or a sample does not follow the store contract."""


class StoreConfig(BaseModel):
    """``dataset.json``: crop geometry (mm, px), channel names and label vocabularies."""

    model_config = ConfigDict(extra="forbid")

    format_version: int = FORMAT_VERSION
    n: int = 0
    sagittal_channels: list[str] = Field(min_length=1)
    axial_channels: list[str] = Field(min_length=1)
    #: (H, W) pixels of each input.
    sagittal_size_px: tuple[int, int] = (64, 64)
    axial_size_px: tuple[int, int] = (64, 64)
    #: Field of view (mm) of the crop's width.
    sagittal_fov_mm: float = 64.0
    axial_fov_mm: float = 64.0
    levels: list[str] = Field(default_factory=lambda: list(LEVELS))
    label_values: dict[str, list[str]] = Field(
        default_factory=lambda: {f: list(v) for f, v in VALUES.items()}
    )
    #: Free-form builder settings (lateral offsets, canal offset, label source, ...).
    builder: dict[str, Any] = Field(default_factory=dict)


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _atomic_parquet(df: pd.DataFrame, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    df.to_parquet(tmp, index=False)
    os.replace(tmp, path)


def _shape2(v: int | Sequence[int]) -> tuple[int, int]:
    if isinstance(v, int):
        return (v, v)
    t = tuple(int(x) for x in v)
    if len(t) != 2:
        raise StoreError(f"size_px must be an int or (H, W), got {v!r}")
    return t  # type: ignore[return-value]


class CropStore:
    """A dataset directory opened for reading (``mode='r'``) or writing (``'w'``, ``'a'``)."""

    def __init__(self, path: Path, config: StoreConfig, manifest: pd.DataFrame, mode: str,
                 *, flush_every: int = 256) -> None:
        import zarr

        self.path = Path(path)
        self.config = config
        self.mode = mode
        self.flush_every = flush_every
        self._rows: list[dict[str, Any]] = manifest.to_dict("records") if mode != "r" else []
        self._manifest = manifest if mode == "r" else None
        self._since_flush = 0
        self._group = zarr.open_group(str(self.path / "crops.zarr"), mode="r" if mode == "r" else "r+")
        arrays = {k: self._group[k] for k in ("sagittal", "axial") if k in self._group}
        bad = [k for k in ("sagittal", "axial") if not isinstance(arrays.get(k), zarr.Array)]
        if bad:
            raise StoreError(f"{self.path / 'crops.zarr'}: lacks the arrays {bad}")
        self.sagittal: Any = arrays["sagittal"]
        self.axial: Any = arrays["axial"]

    # ------------------------------------------------------------------ creation / opening
    @classmethod
    def create(
        cls,
        path: str | Path,
        n: int,
        *,
        sagittal_channels: Sequence[str],
        axial_channels: Sequence[str],
        size_px: int | Sequence[int] = 64,
        axial_size_px: int | Sequence[int] | None = None,
        fov_mm: float = 64.0,
        axial_fov_mm: float | None = None,
        builder: Mapping[str, Any] | None = None,
        overwrite: bool = False,
        flush_every: int = 256,
    ) -> CropStore:
        """Create an empty store with room for ``n`` samples (it grows past ``n`` if needed).

        ``size_px`` is the sagittal (H, W) (an int: square); the axial size and FOV default to
        the sagittal ones. Refuses an existing store unless ``overwrite``.
        """
        import zarr

        path = Path(path)
        if (path / "dataset.json").exists() and not overwrite:
            raise StoreError(f"{path}: a dataset store exists already (use overwrite=True, or open(mode='a') to resume)")
        path.mkdir(parents=True, exist_ok=True)
        cfg = StoreConfig(
            sagittal_channels=list(sagittal_channels),
            axial_channels=list(axial_channels),
            sagittal_size_px=_shape2(size_px),
            axial_size_px=_shape2(axial_size_px if axial_size_px is not None else size_px),
            sagittal_fov_mm=float(fov_mm),
            axial_fov_mm=float(axial_fov_mm if axial_fov_mm is not None else fov_mm),
            builder=dict(builder or {}),
        )
        g = zarr.open_group(str(path / "crops.zarr"), mode="w")
        cap = max(int(n), 1)
        for name, chans, hw in (
            ("sagittal", cfg.sagittal_channels, cfg.sagittal_size_px),
            ("axial", cfg.axial_channels, cfg.axial_size_px),
        ):
            shape = (len(chans), *hw)
            g.create_array(name, shape=(cap, *shape), chunks=(1, *shape), dtype="float16", fill_value=0)
        _atomic_write_bytes(path / "dataset.json", cfg.model_dump_json(indent=2).encode())
        empty = pd.DataFrame({c: pd.Series(dtype=object) for c in MANIFEST_COLUMNS})
        _atomic_parquet(empty, path / "manifest.parquet")
        return cls(path, cfg, empty, "w", flush_every=flush_every)

    @classmethod
    def open(cls, path: str | Path, mode: Literal["r", "a"] = "r") -> CropStore:
        """Open a store for reading (``'r'``) or to append more samples (``'a'``, resume).

        Raises ``StoreError`` naming the path and the missing part when it is not a store.
        """
        path = Path(path)
        if not path.is_dir():
            raise StoreError(f"{path}: dataset directory does not exist")
        missing = [p for p in ("dataset.json", "manifest.parquet", "crops.zarr") if not (path / p).exists()]
        if missing:
            raise StoreError(
                f"{path}: not a spinelab dataset store, missing {missing} "
                "(expected crops.zarr/, manifest.parquet, dataset.json; build it with `spinelab dataset build`)"
            )
        try:
            cfg = StoreConfig.model_validate_json((path / "dataset.json").read_text())
        except Exception as e:  # pydantic ValidationError or JSON error
            raise StoreError(f"{path / 'dataset.json'}: invalid store config: {e}") from e
        manifest = pd.read_parquet(path / "manifest.parquet")
        lacking = [c for c in MANIFEST_COLUMNS if c not in manifest.columns]
        if lacking:
            raise StoreError(f"{path / 'manifest.parquet'}: lacks columns {lacking}")
        store = cls(path, cfg, manifest, mode)
        n_arr = store.sagittal.shape[0]
        if len(manifest) and int(manifest["sample_idx"].max()) >= n_arr:
            raise StoreError(f"{path}: manifest refers to sample_idx beyond the {n_arr} stored crops")
        return store

    # ------------------------------------------------------------------ reading
    @property
    def manifest(self) -> pd.DataFrame:
        """The manifest (one row per sample); while writing, the rows appended so far."""
        if self._manifest is not None:
            return self._manifest
        return self._frame()

    def __len__(self) -> int:
        return len(self.manifest) if self.mode == "r" else len(self._rows)

    def read(self, sample_idx: int) -> dict[str, np.ndarray]:
        """``{"sagittal": (C_sag, H, W) float16, "axial": (C_ax, H, W) float16}`` of one sample."""
        return {"sagittal": self.sagittal[int(sample_idx)], "axial": self.axial[int(sample_idx)]}

    # ------------------------------------------------------------------ writing
    def done_keys(self) -> set[tuple[str, str]]:
        """(study_uid, level) of the samples written so far: what a resumed build skips."""
        return {(str(r["study_uid"]), str(r["level"])) for r in self._rows}

    def append(
        self,
        *,
        sagittal: np.ndarray,
        axial: np.ndarray | None,
        patient_id: str,
        study_uid: str,
        accession_number: str,
        level: str,
        split: str,
        labels: Mapping[str, str | None] | None = None,
        has_sag_t1: bool = True,
        sag_t2_series_uid: str | None = None,
        sag_t1_series_uid: str | None = None,
        ax_series_uid: str | None = None,
        qc: str | Sequence[str] = "",
        **extra: Any,
    ) -> int:
        """Write one sample and return its ``sample_idx``.

        ``sagittal`` (C_sag, H, W) and ``axial`` (C_ax, H, W) (None: no axial, stored as zeros,
        ``has_ax`` false) in [0, 1]; ``labels`` maps finding -> REPORT_LABELS value (absent or None:
        not stated). Extra keyword columns go into the manifest as they are.
        """
        if self.mode == "r":
            raise StoreError(f"{self.path}: opened read-only")
        key = f"{study_uid}/{level}"
        if level not in self.config.levels:
            raise StoreError(f"sample {key}: level {level!r} not in {self.config.levels}")
        if split not in SPLITS:
            raise StoreError(f"sample {key}: split {split!r} not in {list(SPLITS)}")
        row: dict[str, Any] = {
            "patient_id": str(patient_id),
            "study_uid": str(study_uid),
            "accession_number": str(accession_number),
            "level": level,
            "split": split,
        }
        labels = dict(labels or {})
        unknown = [f for f in labels if f not in FINDINGS]
        if unknown:
            raise StoreError(f"sample {key}: unknown findings {unknown}; valid: {list(FINDINGS)}")
        for f in FINDINGS:
            v = labels.get(f)
            if v is not None and (not isinstance(v, str) or v not in VALUES[f]):
                raise StoreError(f"sample {key}: {f}={v!r} is not one of {list(VALUES[f])}")
            row[f"label_{f}"] = v
        sag = self._check_image(sagittal, "sagittal", self.config.sagittal_channels, self.config.sagittal_size_px, key)
        ax = None if axial is None else self._check_image(
            axial, "axial", self.config.axial_channels, self.config.axial_size_px, key
        )
        idx = len(self._rows)
        for arr in (self.sagittal, self.axial):
            if idx >= arr.shape[0]:
                arr.resize((max(idx + 1, 2 * arr.shape[0]), *arr.shape[1:]))
        self.sagittal[idx] = sag
        self.axial[idx] = ax if ax is not None else np.zeros(self.axial.shape[1:], np.float16)
        row.update(
            sample_idx=idx,
            has_sag_t1=bool(has_sag_t1),
            has_ax=ax is not None,
            sag_t2_series_uid=sag_t2_series_uid,
            sag_t1_series_uid=sag_t1_series_uid,
            ax_series_uid=ax_series_uid,
            qc=qc if isinstance(qc, str) else ";".join(qc),
            **extra,
        )
        self._rows.append(row)
        self._since_flush += 1
        if self._since_flush >= self.flush_every:
            self.flush()
        return idx

    @staticmethod
    def _check_image(x: np.ndarray, name: str, chans: list[str], hw: tuple[int, int], key: str) -> np.ndarray:
        x = np.asarray(x)
        want = (len(chans), *hw)
        if x.shape != want:
            raise StoreError(f"sample {key}: {name} crop has shape {x.shape}, expected {want} (channels {chans})")
        if not np.all(np.isfinite(x)):
            raise StoreError(f"sample {key}: {name} crop has NaN/inf values")
        return x.astype(np.float16)

    def _frame(self) -> pd.DataFrame:
        df = pd.DataFrame(self._rows)
        for c in MANIFEST_COLUMNS:
            if c not in df.columns:
                df[c] = pd.Series(dtype=object)
        extra = [c for c in df.columns if c not in MANIFEST_COLUMNS]
        df = df[[*MANIFEST_COLUMNS, *extra]]
        if len(df):
            df["sample_idx"] = df["sample_idx"].astype("int64")
            df["has_sag_t1"] = df["has_sag_t1"].astype(bool)
            df["has_ax"] = df["has_ax"].astype(bool)
        return df

    def flush(self) -> None:
        """Rewrite manifest.parquet (atomically) with every sample appended so far."""
        if self.mode == "r":
            return
        _atomic_parquet(self._frame(), self.path / "manifest.parquet")
        self._since_flush = 0

    def close(self) -> None:
        """Flush, shrink the arrays to the samples written and record ``n`` in dataset.json."""
        if self.mode == "r":
            return
        n = len(self._rows)
        for arr in (self.sagittal, self.axial):
            if arr.shape[0] != max(n, 1):
                arr.resize((max(n, 1), *arr.shape[1:]))
        self.flush()
        self.config = self.config.model_copy(update={"n": n})
        _atomic_write_bytes(self.path / "dataset.json", self.config.model_dump_json(indent=2).encode())
        self.mode = "r"
        self._manifest = self._frame()

    def __enter__(self) -> CropStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
