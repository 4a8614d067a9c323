"""Label importers: public per-level gradings -> the REPORT_LABELS label table.

Both return ``(labels, errors)``: ``labels`` follows ``spinelab.schema`` (report_id, level,
finding, value, uncertain=False; validated), ``errors`` has one row per value that could not be
imported (report_id, column, value, reason) and the import goes on past it.

RSNA 2024 (``train.csv``: ``study_id`` + 25 columns ``{condition}_{l1_l2..l5_s1}``):
report_id = study_id. Conditions: spinal_canal_stenosis -> canal_stenosis,
{left,right}_neural_foraminal_narrowing -> foraminal_stenosis_{left,right},
{left,right}_subarticular_stenosis -> subarticular_stenosis_{left,right}. Values:
``Normal/Mild`` -> ``none``, ``Moderate`` -> ``moderate``, ``Severe`` -> ``severe``; blank -> no
row. RSNA collapses none and mild into one class, so ``none`` from this importer means "none or
mild": it is right on REPORT_LABELS' primary (three-class) scale, where none+mild are one class,
and the grader's RSNA metric uses the same collapse. A mild grade is never produced.

SPIDER (``radiological_gradings.csv``: Patient, IVD label, Modic, ..., Spondylolisthesis, Disc
herniation, Disc bulging): report_id = Patient. ``IVD label`` k is the k-th disc counted from
the bottom: 1 = L5-S1, 2 = L4-L5, 3 = L3-L4, 4 = L2-L3, 5 = L1-L2, 6 = T12-L1; k >= 7 are
thoracic discs and give no rows (REPORT_LABELS has no levels above T12-L1). This assumes five
lumbar vertebrae (no transitional anatomy; SPIDER does not record it). Values: Modic 0/1/2/3 ->
none/type1/type2/type3; Spondylolisthesis, Disc herniation, Disc bulging 0/1 -> absent/present.
Endplate, narrowing and Pfirrmann columns have no REPORT_LABELS finding and are not imported.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd

from spinelab.schema import COLUMNS, validate_labels

ERROR_COLUMNS: tuple[str, ...] = ("report_id", "column", "value", "reason")

RSNA_CONDITIONS: dict[str, str] = {
    "spinal_canal_stenosis": "canal_stenosis",
    "left_neural_foraminal_narrowing": "foraminal_stenosis_left",
    "right_neural_foraminal_narrowing": "foraminal_stenosis_right",
    "left_subarticular_stenosis": "subarticular_stenosis_left",
    "right_subarticular_stenosis": "subarticular_stenosis_right",
}
RSNA_VALUES: dict[str, str] = {"normal/mild": "none", "moderate": "moderate", "severe": "severe"}
_RSNA_COL = re.compile(r"^(?P<cond>[a-z_]+)_(?P<up>[lt]\d+)_(?P<low>[ls]\d+)$")

SPIDER_LEVELS: dict[int, str] = {1: "L5-S1", 2: "L4-L5", 3: "L3-L4", 4: "L2-L3", 5: "L1-L2", 6: "T12-L1"}
SPIDER_FINDINGS: dict[str, tuple[str, dict[int, str]]] = {
    "Modic": ("modic", {0: "none", 1: "type1", 2: "type2", 3: "type3"}),
    "Spondylolisthesis": ("spondylolisthesis", {0: "absent", 1: "present"}),
    "Disc herniation": ("disc_herniation", {0: "absent", 1: "present"}),
    "Disc bulging": ("disc_bulge", {0: "absent", 1: "present"}),
}


class ImportFormatError(ValueError):
    """The input table is not of the expected format (names the file and what is missing)."""


def _frames(rows: list[dict[str, object]], errors: list[dict[str, object]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    labels = pd.DataFrame(rows, columns=list(COLUMNS))
    labels["uncertain"] = labels["uncertain"].astype(bool)
    labels = labels.sort_values(["report_id", "level", "finding"], kind="stable").reset_index(drop=True)
    return validate_labels(labels), pd.DataFrame(errors, columns=list(ERROR_COLUMNS)).astype(str)


def import_rsna(train_csv: str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """RSNA 2024 ``train.csv`` -> (labels, errors); see the module docstring for the mapping."""
    path = Path(train_csv)
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    if "study_id" not in df.columns:
        raise ImportFormatError(f"{path}: no 'study_id' column; not an RSNA 2024 train.csv")
    targets: list[tuple[str, str, str]] = []  # (column, finding, level)
    errors: list[dict[str, object]] = []
    for col in df.columns:
        if col == "study_id":
            continue
        m = _RSNA_COL.match(col)
        if m is None or m["cond"] not in RSNA_CONDITIONS:
            errors.append({"report_id": "*", "column": col, "value": "", "reason": "unknown column"})
            continue
        targets.append((col, RSNA_CONDITIONS[m["cond"]], f"{m['up'].upper()}-{m['low'].upper()}"))
    if not targets:
        raise ImportFormatError(f"{path}: no '<condition>_<level>' columns; not an RSNA 2024 train.csv")
    rows: list[dict[str, object]] = []
    for rec in df.to_dict("records"):
        rid = str(rec["study_id"]).strip()
        if not rid:
            errors.append({"report_id": "", "column": "study_id", "value": "", "reason": "empty study_id"})
            continue
        for col, finding, level in targets:
            raw = str(rec[col]).strip()
            if not raw:
                continue
            value = RSNA_VALUES.get(raw.lower())
            if value is None:
                errors.append({"report_id": rid, "column": col, "value": raw, "reason": "unknown grade"})
                continue
            rows.append({"report_id": rid, "level": level, "finding": finding, "value": value, "uncertain": False})
    return _frames(rows, errors)


def import_spider(gradings_csv: str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """SPIDER ``radiological_gradings.csv`` -> (labels, errors); see the module docstring."""
    path = Path(gradings_csv)
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    df.columns = [c.strip() for c in df.columns]
    need = ["Patient", "IVD label", *SPIDER_FINDINGS]
    missing = [c for c in need if c not in df.columns]
    if missing:
        raise ImportFormatError(f"{path}: lacks columns {missing}; not a SPIDER radiological_gradings.csv")
    rows: list[dict[str, object]] = []
    errors: list[dict[str, object]] = []
    seen: set[tuple[str, int]] = set()
    for rec in df.to_dict("records"):
        rid = str(rec["Patient"]).strip()
        ivd_raw = str(rec["IVD label"]).strip()
        try:
            ivd = int(ivd_raw)
        except ValueError:
            errors.append({"report_id": rid, "column": "IVD label", "value": ivd_raw, "reason": "not an integer"})
            continue
        if not rid or ivd < 1:
            errors.append({"report_id": rid, "column": "IVD label", "value": ivd_raw,
                           "reason": "empty patient" if not rid else "IVD label must be >= 1 (1 = L5-S1)"})
            continue
        if (rid, ivd) in seen:
            errors.append({"report_id": rid, "column": "IVD label", "value": ivd_raw, "reason": "duplicate disc"})
            continue
        seen.add((rid, ivd))
        level = SPIDER_LEVELS.get(ivd)
        if level is None:
            continue  # thoracic disc above T12-L1: no REPORT_LABELS level
        for col, (finding, mapping) in SPIDER_FINDINGS.items():
            raw = str(rec[col]).strip()
            if not raw:
                continue
            try:
                value = mapping[int(float(raw))]
            except (ValueError, KeyError):
                errors.append({"report_id": rid, "column": col, "value": raw, "reason": f"expected one of {sorted(mapping)}"})
                continue
            rows.append({"report_id": rid, "level": level, "finding": finding, "value": value, "uncertain": False})
    return _frames(rows, errors)


def write_table(df: pd.DataFrame, out: str | Path) -> Path:
    """Write ``df`` atomically as Parquet (``.parquet``) or CSV (anything else)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp{os.getpid()}")
    if out.suffix == ".parquet":
        df.to_parquet(tmp, index=False)
    else:
        df.to_csv(tmp, index=False)
    os.replace(tmp, out)
    return out


def errors_path(out: str | Path) -> Path:
    """Where the errors table of ``out`` goes: ``<stem>.errors<suffix>`` beside it."""
    out = Path(out)
    return out.with_name(f"{out.stem}.errors{out.suffix or '.csv'}")


def run_import(kind: str, source: str | Path, out: str | Path) -> tuple[int, int]:
    """Import ``source`` with the importer ``kind`` ('rsna' or 'spider'), write the labels to
    ``out`` and the errors beside it; returns (label rows, error rows)."""
    importers = {"rsna": import_rsna, "spider": import_spider}
    if kind not in importers:
        raise ValueError(f"unknown importer {kind!r}; valid: {sorted(importers)}")
    labels, errors = importers[kind](source)
    write_table(labels, out)
    write_table(errors, errors_path(out))
    return len(labels), len(errors)
