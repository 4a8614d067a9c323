"""Side words as report writers abbreviate them, shared by the readers of tables, forms and keyed
fields: regex fragments (case-insensitive use) and the side they name."""

from __future__ import annotations

#: a side word: 'right', 'left', 'rt', 'lt', 'r', 'l' (a regex fragment, no group)
SIDE = r"(?:right|left|rt|lt|r|l)"


def side_pair(prefix: str = "") -> str:
    """A regex fragment of two side words joined by '/' ('L/R', 'right / left', with ``prefix``
    before each: 'grade L / grade R'), the first in group ``s1``, the second in ``s2``."""
    return rf"{prefix}(?P<s1>{SIDE})[ \t]*/[ \t]*{prefix}(?P<s2>{SIDE})"


def side_name(word: str) -> str:
    """'right' or 'left' for a side word of :data:`SIDE` ('R', 'rt', 'Left')."""
    return "right" if word[:1].lower() == "r" else "left"


def finding_side(finding: str) -> tuple[str, str]:
    """(the finding without its side, 'left' / 'right' / '') of a schema finding name
    ('foraminal_stenosis_left' -> ('foraminal_stenosis', 'left'); 'canal_stenosis' ->
    ('canal_stenosis', ''))."""
    base, _, side = finding.rpartition("_")
    return (base, side) if side in ("left", "right") else (finding, "")
