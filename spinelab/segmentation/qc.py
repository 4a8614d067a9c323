"""QC flags of the levels stage: a fixed vocabulary (``levels_qc_flags.yaml``) and a validated record.

A flag is ``{"flag": name, "reason": sentence}``; reasons name levels and numbers, never patients.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict, field_validator

#: Flags that put a study's level names in doubt: ``segment archive`` lists such studies first
#: for review, and ``dataset build --exclude-levels-flags review`` leaves them out.
#: (``unexpected_level`` is not one: it is mostly a partial T11 at the top of the field of view;
#: six lumbar-type bodies also raise ``naming_disagreement``.)
REVIEW_FLAGS: frozenset[str] = frozenset(
    {
        "too_few_bodies",
        "naming_disagreement",
        "classes_disagree",
        "named_by_discs",
        "no_anchor",
        "missing_level",
        "close_bodies",
        "sacrum_not_found",
        "sacrum_inferred",
        "thin_lumbosacral_disc",
    }
)


@lru_cache(maxsize=1)
def qc_flag_vocabulary() -> dict[str, str]:
    """Flag name -> description, read from the packaged ``levels_qc_flags.yaml``."""
    text = resources.files("spinelab.segmentation").joinpath("levels_qc_flags.yaml").read_text()
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise ValueError("levels_qc_flags.yaml must map flag names to one-line descriptions")
    return dict(data)


class QCFlag(BaseModel):
    """One QC record of levels.json."""

    model_config = ConfigDict(extra="forbid")
    flag: str
    reason: str

    @field_validator("flag")
    @classmethod
    def _known(cls, v: str) -> str:
        vocab = qc_flag_vocabulary()
        if v not in vocab:
            raise ValueError(f"unknown QC flag {v!r}; valid flags: {sorted(vocab)}")
        return v


def qc_flag(flag: str, reason: str) -> dict[str, str]:
    """A validated QC record as a plain dict; a wrong flag name lists the valid ones."""
    return QCFlag(flag=flag, reason=reason).model_dump()


def has_flag(qc: list[dict[str, str]], flag: str) -> bool:
    """True when ``qc`` (levels.json ``qc`` list) holds a record with this flag."""
    return any(r.get("flag") == flag for r in qc)


def names_in_doubt(flags: Iterable[str]) -> bool:
    """Whether any of these flag names is one of :data:`REVIEW_FLAGS`."""
    return not REVIEW_FLAGS.isdisjoint(flags)


def unknown_flags(flags: Iterable[str]) -> list[str]:
    """The names among ``flags`` that are not QC flags, sorted."""
    return sorted(set(flags) - set(qc_flag_vocabulary()))


def parse_flag_list(text: str) -> tuple[str, ...]:
    """Sorted flag names of a comma list; ``review`` stands for :data:`REVIEW_FLAGS`.

    ``ValueError`` naming the unknown flags and listing the valid ones."""
    names: set[str] = set()
    for item in (t.strip() for t in text.split(",")):
        if item == "review":
            names |= REVIEW_FLAGS
        elif item:
            names.add(item)
    unknown = unknown_flags(names)
    if unknown:
        raise ValueError(
            f"unknown QC flag(s) {unknown}; valid: 'review' or {sorted(qc_flag_vocabulary())}"
        )
    return tuple(sorted(names))
