"""Targets of the report model: one slot per (disc level, finding), one class per value.

Every slot of a report has a target: ``not_mentioned`` (class 0) when the label table has no
row for it, else the row's value (classes 1.. in ``spinelab.schema.VALUES`` order). ``uncertain``
is a separate binary target, defined only where the slot is mentioned (``uncertain_mask``).
Arrays are level-major: ``[len(LEVELS), len(FINDINGS)]``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

import numpy as np

from spinelab.schema import FINDINGS, LEVELS, VALUES

NOT_MENTIONED: Final = "not_mentioned"
#: Classes of each finding's head: not_mentioned, then the schema's values.
CLASSES: Final[dict[str, tuple[str, ...]]] = {f: (NOT_MENTIONED, *VALUES[f]) for f in FINDINGS}
N_LEVELS: Final = len(LEVELS)
N_FINDINGS: Final = len(FINDINGS)
_LEVEL_INDEX = {lv: i for i, lv in enumerate(LEVELS)}
_FINDING_INDEX = {f: i for i, f in enumerate(FINDINGS)}
#: Ignore index of a target that is unknown (masked out of the loss).
IGNORE: Final = -100


def n_classes() -> list[int]:
    """Number of classes of each finding's head, in ``FINDINGS`` order."""
    return [len(CLASSES[f]) for f in FINDINGS]


def encode_targets(rows: Iterable[Mapping[str, Any]]) -> dict[str, np.ndarray]:
    """Label rows of ONE report -> ``{"value": int64 [L, F], "uncertain": float32 [L, F],
    "uncertain_mask": bool [L, F]}``.

    Rows at levels outside ``LEVELS`` are ignored; a finding or value outside the schema is a
    ``ValueError`` naming it. A repeated (level, finding) keeps its first row."""
    value = np.zeros((N_LEVELS, N_FINDINGS), np.int64)
    unc = np.zeros((N_LEVELS, N_FINDINGS), np.float32)
    mask = np.zeros((N_LEVELS, N_FINDINGS), bool)
    for r in rows:
        li = _LEVEL_INDEX.get(str(r["level"]))
        if li is None:
            continue
        f = str(r["finding"])
        fi = _FINDING_INDEX.get(f)
        if fi is None:
            raise ValueError(f"unknown finding {f!r}; valid: {list(FINDINGS)}")
        if mask[li, fi]:
            continue
        v = str(r["value"])
        if v not in CLASSES[f][1:]:
            raise ValueError(f"unknown value {v!r} of {f}; valid: {list(CLASSES[f][1:])}")
        value[li, fi] = CLASSES[f].index(v)
        unc[li, fi] = float(bool(r.get("uncertain", False)))
        mask[li, fi] = True
    return {"value": value, "uncertain": unc, "uncertain_mask": mask}


def decode_slots(
    probs: list[np.ndarray], p_uncertain: np.ndarray
) -> list[tuple[str, str, str, bool, float]]:
    """Model outputs of ONE report -> ``(level, finding, value, uncertain, probability)`` for every
    slot whose most probable class is not ``not_mentioned``.

    ``probs[f]``: ``[L, C_f]`` class probabilities of finding ``f``; ``p_uncertain``: ``[L, F]``."""
    out: list[tuple[str, str, str, bool, float]] = []
    for li, lv in enumerate(LEVELS):
        for fi, f in enumerate(FINDINGS):
            p = probs[fi][li]
            k = int(np.argmax(p))
            if k == 0:
                continue
            out.append((lv, f, CLASSES[f][k], bool(p_uncertain[li, fi] >= 0.5), float(p[k])))
    return out


__all__ = [
    "CLASSES",
    "IGNORE",
    "NOT_MENTIONED",
    "N_FINDINGS",
    "N_LEVELS",
    "decode_slots",
    "encode_targets",
    "n_classes",
]
