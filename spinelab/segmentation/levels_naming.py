"""Vertebra names along the spine: the name ladder, anchors and the consecutive-offset vote.

Bodies are given integer *slots* cranial -> caudal (consecutive, with gaps where levels are
missing). A naming is an offset into the ladder: ``name(slot) = LADDER[offset + slot]``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

#: Every vertebra name, cranial -> caudal (a sixth lumbar-type body is named by count, e.g. T12).
LADDER: tuple[str, ...] = (
    *(f"C{i}" for i in range(1, 8)),
    *(f"T{i}" for i in range(1, 13)),
    *(f"L{i}" for i in range(1, 6)),
    *(f"S{i}" for i in range(1, 6)),
)
_INDEX = {name: i for i, name in enumerate(LADDER)}
_VERT_RE = re.compile(r"^(C[1-7]|T([1-9]|1[0-2])|L[1-5]|S[1-5])$")
_DISC_RE = re.compile(r"^([CTLS]\d+)-([CTLS]\d+)$")


def is_vertebra_name(name: str) -> bool:
    """True for a ladder name such as 'L3' or 'S1'."""
    return bool(_VERT_RE.match(name))


def is_disc_name(name: str) -> bool:
    """True for a disc name 'UPPER-LOWER' whose two vertebrae are adjacent on the ladder."""
    m = _DISC_RE.match(name)
    if m is None or m.group(1) not in _INDEX or m.group(2) not in _INDEX:
        return False
    return _INDEX[m.group(2)] - _INDEX[m.group(1)] == 1


def ladder_index(name: str) -> int:
    """Position of a vertebra name on the ladder (C1 = 0); ValueError lists valid names."""
    if name not in _INDEX:
        raise ValueError(f"unknown vertebra name {name!r}; valid names: {list(LADDER)}")
    return _INDEX[name]


def ladder_name(index: int) -> str:
    """Name at a ladder position; positions off the ladder read 'V<index>' (never silently clamped)."""
    return LADDER[index] if 0 <= index < len(LADDER) else f"V{index}"


def names_from_offset(slots: Sequence[int], offset: int) -> list[str]:
    """Names of bodies at ``slots`` for the given ladder offset."""
    return [ladder_name(offset + s) for s in slots]


def vote_offset(
    slots: Sequence[int], class_names: Sequence[str | None], weights: Sequence[float]
) -> tuple[int | None, dict[int, float]]:
    """Weighted majority of ``ladder_index(class) - slot`` over bodies with a ladder class.

    Returns (best offset or None when no body has a named class, offset -> total weight). Ties
    go to the offset supported by the most caudal body (the lumbar end is what we name).
    """
    votes: dict[int, float] = defaultdict(float)
    last_slot: dict[int, int] = {}
    for slot, cls, w in zip(slots, class_names, weights, strict=True):
        if cls is None or cls not in _INDEX:
            continue
        off = _INDEX[cls] - slot
        votes[off] += float(w)
        last_slot[off] = max(last_slot.get(off, -(10**9)), slot)
    if not votes:
        return None, {}
    best = max(votes, key=lambda o: (round(votes[o], 9), last_slot[o]))
    return best, dict(votes)


def disc_name(upper: str, lower: str) -> str:
    """'L4', 'L5' -> 'L4-L5'."""
    return f"{upper}-{lower}"


def split_disc_name(name: str) -> tuple[str, str]:
    """'L4-L5' -> ('L4', 'L5'); ValueError for anything else."""
    m = _DISC_RE.match(name)
    if not m:
        raise ValueError(f"not a disc name: {name!r} (expected e.g. 'L4-L5')")
    return m.group(1), m.group(2)
