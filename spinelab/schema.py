"""The per-level report label schema (``REPORT_LABELS.md``) shared by every stage.

One row per (report, disc level, finding) that a report states; values are strings.
"""

from __future__ import annotations

from typing import Final

import pandas as pd

#: Canonical disc levels, cranial to caudal.
LEVELS: Final[tuple[str, ...]] = ("T12-L1", "L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1")
#: The lumbar disc levels that blanket statements ("at all levels") cover.
LUMBAR_LEVELS: Final[tuple[str, ...]] = LEVELS[1:]

GRADED_FINDINGS: Final[tuple[str, ...]] = (
    "canal_stenosis",
    "foraminal_stenosis_left",
    "foraminal_stenosis_right",
    "subarticular_stenosis_left",
    "subarticular_stenosis_right",
)
BINARY_FINDINGS: Final[tuple[str, ...]] = ("disc_bulge", "disc_herniation", "spondylolisthesis")
FINDINGS: Final[tuple[str, ...]] = (
    *GRADED_FINDINGS,
    "disc_bulge",
    "disc_herniation",
    "modic",
    "spondylolisthesis",
)

GRADES: Final[tuple[str, ...]] = ("none", "mild", "moderate", "severe")
#: Allowed values of each finding.
VALUES: Final[dict[str, tuple[str, ...]]] = {
    **{f: (*GRADES, "present") for f in GRADED_FINDINGS},
    "disc_bulge": ("present", "absent"),
    "disc_herniation": ("present", "absent"),
    "modic": ("none", "type1", "type2", "type3", "present"),
    "spondylolisthesis": ("present", "absent"),
}
#: Values that mean the finding is there ("present" matches any of them).
POSITIVE_VALUES: Final[frozenset[str]] = frozenset(
    {"mild", "moderate", "severe", "present", "type1", "type2", "type3"}
)

#: Required columns of a label table, in order.
COLUMNS: Final[tuple[str, ...]] = ("report_id", "level", "finding", "value", "uncertain")
#: Optional columns a labeler may add.
EVIDENCE_COLUMNS: Final[tuple[str, ...]] = ("evidence", "start", "end", "section")


class LabelSchemaError(ValueError):
    """A label table does not follow REPORT_LABELS.md."""


def validate_labels(df: pd.DataFrame) -> pd.DataFrame:
    """Check a label table against the schema and return it with normalised dtypes.

    Raises ``LabelSchemaError`` naming the first offending column, value and row count.
    """
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise LabelSchemaError(f"label table lacks columns {missing}; required {list(COLUMNS)}")
    out = df.copy()
    out["report_id"] = out["report_id"].astype(str)
    if out["uncertain"].dtype != bool:
        u = out["uncertain"].astype(str).str.strip().str.lower()
        bad = ~u.isin(["true", "false", "1", "0"])
        if bad.any():
            raise LabelSchemaError(f"'uncertain' must be boolean; {int(bad.sum())} rows are not")
        out["uncertain"] = u.isin(["true", "1"])
    bad_level = ~out["level"].isin(LEVELS)
    if bad_level.any():
        raise LabelSchemaError(
            f"{int(bad_level.sum())} rows have a level outside {list(LEVELS)}, "
            f"e.g. {out.loc[bad_level, 'level'].iloc[0]!r}"
        )
    bad_finding = ~out["finding"].isin(FINDINGS)
    if bad_finding.any():
        raise LabelSchemaError(
            f"{int(bad_finding.sum())} rows have an unknown finding, "
            f"e.g. {out.loc[bad_finding, 'finding'].iloc[0]!r}"
        )
    ok = [v in VALUES[f] for f, v in zip(out["finding"], out["value"], strict=True)]
    if not all(ok):
        i = ok.index(False)
        raise LabelSchemaError(
            f"{ok.count(False)} rows have a value not allowed for their finding, e.g. "
            f"{out['finding'].iloc[i]}={out['value'].iloc[i]!r}"
        )
    dup = out.duplicated(["report_id", "level", "finding"])
    if dup.any():
        raise LabelSchemaError(f"{int(dup.sum())} duplicate (report_id, level, finding) keys")
    return out
