"""Names of the lumbar structures and their values in label masks.

The synthetic generator's truth masks and the segmentation models use these values unless a
dataset file says otherwise. Vertebrae run cranial to caudal; disc ``A-B`` lies between
vertebrae ``A`` and ``B``.
"""

from __future__ import annotations

from typing import Final

VERTEBRAE: Final[tuple[str, ...]] = ("T12", "L1", "L2", "L3", "L4", "L5", "S1")
DISCS: Final[tuple[str, ...]] = ("T12-L1", "L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1")

#: Mask value of each structure in spinelab's own masks (synthetic truth, default models).
MASK_VALUES: Final[dict[str, int]] = {
    **{name: i + 1 for i, name in enumerate(VERTEBRAE)},  # T12=1 .. S1=7
    **{name: 11 + i for i, name in enumerate(DISCS)},  # T12-L1=11 .. L5-S1=16
    "canal": 20,
}


def disc_between(upper: str, lower: str) -> str:
    """Name of the disc between two adjacent vertebrae, e.g. ('L4', 'L5') -> 'L4-L5'."""
    return f"{upper}-{lower}"
