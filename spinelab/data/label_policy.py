"""Training-label policies applied to a REPORT_LABELS table before the dataset is built.

Reports state findings, they do not fill a form: a level a report never mentions has no label,
and the builder keeps it missing (no loss). Two policies change that, each a deliberate choice
the dataset records in ``dataset.json``:

- ``unstated_as_normal``: findings that radiologists mention only when present (Modic change,
  spondylolisthesis, herniation in templated reports): at every disc level of a labelled report
  that does not state them, they become normal (``none`` / ``absent``). A level stated with a
  hedge counts as stated and is never overwritten.
- ``uncertain``: ``keep`` hedged rows (``uncertain`` True) with their value, or ``drop`` them:
  the level becomes missing for that finding. A hedged statement is still a statement, so
  ``unstated_as_normal`` never fills it with normal.

Filled rows are marked (``FILLED_COLUMN``); the builder lists them per sample in the manifest's
``label_filled`` column, so the grader can weigh a filled label less than a stated one
(``GraderModule(filled_label_weight={"modic": 0.1})``) where reports leave positives unsaid.

>>> pol = LabelPolicy(unstated_as_normal=("modic",), uncertain="drop")
>>> train_labels = apply_label_policy(labels, pol)      # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import pandas as pd

from spinelab.schema import FINDINGS, LEVELS, VALUES

#: The normal value of each finding: ``absent`` for binary findings, else ``none``.
NORMAL_VALUE: dict[str, str] = {
    f: ("absent" if "absent" in VALUES[f] else "none") for f in FINDINGS
}


#: Column ``apply_label_policy`` adds: True on rows it filled in (unstated -> normal).
FILLED_COLUMN = "policy_filled"


class LabelPolicyError(ValueError):
    """A label policy names an unknown finding or option."""


@dataclass(frozen=True)
class LabelPolicy:
    """What to do with unstated levels and hedged rows (see the module docstring)."""

    unstated_as_normal: tuple[str, ...] = ()
    uncertain: Literal["keep", "drop"] = "keep"

    def __post_init__(self) -> None:
        unknown = sorted(set(self.unstated_as_normal) - set(FINDINGS))
        if unknown:
            raise LabelPolicyError(
                f"unstated_as_normal: unknown findings {unknown}; valid: {list(FINDINGS)}"
            )
        if self.uncertain not in ("keep", "drop"):
            raise LabelPolicyError(f"uncertain must be 'keep' or 'drop', not {self.uncertain!r}")

    @classmethod
    def parse(cls, unstated_as_normal: str = "", uncertain: str = "keep") -> LabelPolicy:
        """From command-line strings: a comma list of findings and ``keep``/``drop``."""
        names = tuple(x.strip() for x in unstated_as_normal.split(",") if x.strip())
        return cls(unstated_as_normal=names, uncertain=uncertain)  # type: ignore[arg-type]

    @property
    def is_default(self) -> bool:
        return not self.unstated_as_normal and self.uncertain == "keep"

    def as_dict(self) -> dict[str, object]:
        return {"unstated_as_normal": list(self.unstated_as_normal), "uncertain": self.uncertain}


def is_uncertain(labels: pd.DataFrame) -> pd.Series:
    """Boolean per row: the row is hedged (``uncertain`` true; a table without the column: none)."""
    if "uncertain" not in labels.columns:
        return pd.Series(False, index=labels.index)
    return labels["uncertain"].astype(str).str.strip().str.lower().isin(("true", "1", "yes"))


def apply_label_policy(labels: pd.DataFrame, policy: LabelPolicy) -> pd.DataFrame:
    """``labels`` (REPORT_LABELS rows) with ``policy`` applied; the input is not modified.

    Added rows carry ``uncertain`` False, ``FILLED_COLUMN`` True (False on the report's own rows)
    and, where the table has them, empty evidence columns. Reports with no row at all get
    nothing: a report the labeler refused is not normal."""
    if policy.is_default:
        return labels
    out = labels[~is_uncertain(labels)] if policy.uncertain == "drop" else labels
    if policy.unstated_as_normal:  # 'stated' counts hedged rows too, dropped or not
        have = set(
            zip(labels["report_id"].astype(str), labels["level"], labels["finding"], strict=True)
        )
        add = [
            {
                "report_id": r,
                "level": lv,
                "finding": f,
                "value": NORMAL_VALUE[f],
                "uncertain": False,
                FILLED_COLUMN: True,
            }
            for r in labels["report_id"].astype(str).unique()
            for lv in LEVELS
            for f in policy.unstated_as_normal
            if (r, lv, f) not in have
        ]
        if add:
            extra = pd.DataFrame(add)
            if out["report_id"].dtype != object:
                extra["report_id"] = extra["report_id"].astype(out["report_id"].dtype)
            out = pd.concat([out.assign(**{FILLED_COLUMN: False}), extra], ignore_index=True)
    return out.reset_index(drop=True)


def filled_findings(filled: set[tuple[str, str, str]], report_id: str, level: str) -> str:
    """The manifest's ``label_filled`` value of one sample: the ``,``-joined findings (schema
    order) that ``filled`` (from :func:`filled_rows`) has at (``report_id``, ``level``)."""
    return ",".join(f for f in FINDINGS if (report_id, level, f) in filled)


def filled_rows(labels: pd.DataFrame) -> set[tuple[str, str, str]]:
    """(report_id, level, finding) of the rows ``apply_label_policy`` filled in."""
    if FILLED_COLUMN not in labels.columns:
        return set()
    f = labels[labels[FILLED_COLUMN].fillna(False).astype(bool)]
    return set(zip(f["report_id"].astype(str), f["level"], f["finding"], strict=True))
