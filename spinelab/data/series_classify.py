"""Classify an MR series: imaging plane from geometry, contrast from description and TR/TE/TI.

The plane never comes from the description: it is the patient axis (LPS) closest to the slice
normal ``row x column`` of ImageOrientationPatient. The contrast comes from the description
vocabulary in ``series_contrast.yaml`` (validated by :class:`ContrastRules`) and, where no rule
matches, from the sequence timing (RepetitionTime / EchoTime / InversionTime in ms).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import numpy as np
import yaml
from pydantic import BaseModel, ConfigDict, field_validator

Plane = Literal["sagittal", "axial", "coronal", "oblique"]
Contrast = Literal["T1", "T2", "STIR", "other"]

PLANES: tuple[str, ...] = ("sagittal", "coronal", "axial", "oblique")
CONTRASTS: tuple[str, ...] = ("T1", "T2", "STIR", "other")
#: Default largest angle (deg) between the slice normal and a patient axis for a named plane.
#: Lumbar axial blocks are tilted along each disc (up to ~35 deg at L5-S1), hence generous.
DEFAULT_MAX_OBLIQUE_DEG = 40.0
RULES_PATH = Path(__file__).with_name("series_contrast.yaml")


class ContrastRule(BaseModel):
    """One description rule: a case-insensitive regex and the contrast it means.

    Example: ``{pattern: "stir|tirm", contrast: STIR, example: "SAG STIR"}`` makes
    "t2_tirm_sag" a STIR series. ``example`` must match ``pattern`` (checked on load).
    """

    model_config = ConfigDict(extra="forbid")
    pattern: str
    contrast: Literal["T1", "T2", "STIR", "other"]
    example: str

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        try:
            re.compile(v, re.IGNORECASE)
        except re.error as e:
            raise ValueError(f"pattern {v!r} is not a valid regex: {e}") from e
        return v

    def model_post_init(self, _ctx: object) -> None:
        if not re.search(self.pattern, self.example, re.IGNORECASE):
            raise ValueError(f"rule {self.pattern!r}: its example {self.example!r} does not match")


class ContrastRules(BaseModel):
    """The vocabulary file: ordered rules (first match wins) and two flag patterns."""

    model_config = ConfigDict(extra="forbid")
    rules: list[ContrastRule]
    fat_suppression_pattern: str
    post_contrast_pattern: str


@lru_cache(maxsize=4)
def load_contrast_rules(path: str | Path = RULES_PATH) -> ContrastRules:
    """Read and validate a contrast vocabulary YAML file (default: the packaged one)."""
    with open(path, encoding="utf-8") as f:
        return ContrastRules.model_validate(yaml.safe_load(f))


def slice_normal(iop: np.ndarray | Sequence[float]) -> np.ndarray:
    """Unit slice normal ``row_dir x col_dir`` (LPS) from the 6 ImageOrientationPatient values."""
    v = np.asarray(iop, dtype=float).reshape(2, 3)
    n = np.cross(v[0], v[1])
    norm = np.linalg.norm(n)
    if not np.isfinite(norm) or norm < 1e-6:
        raise ValueError(f"ImageOrientationPatient {list(map(float, v.ravel()))} is degenerate")
    return n / norm


def plane_from_orientation(
    iop: np.ndarray | Sequence[float], *, max_oblique_deg: float = DEFAULT_MAX_OBLIQUE_DEG
) -> Plane:
    """'sagittal' / 'coronal' / 'axial' when the slice normal lies within ``max_oblique_deg`` of
    the L-R / P-A / S-I axis, else 'oblique'."""
    n = np.abs(slice_normal(iop))
    axis = int(np.argmax(n))
    angle = float(np.degrees(np.arccos(np.clip(n[axis], -1.0, 1.0))))
    if angle > max_oblique_deg:
        return "oblique"
    return ("sagittal", "coronal", "axial")[axis]  # type: ignore[return-value]


def contrast_from_timing(tr: float | None, te: float | None, ti: float | None) -> Contrast | None:
    """Contrast from sequence timing in ms, or None when the timing does not decide it.

    STIR: TI 100..300 ms; T1: TR <= 1000 and TE <= 30 (or T1-FLAIR: TI 500..1300, TE <= 30);
    T2: TR >= 1500 and TE >= 60; other: long TR with short TE (proton density).
    """
    if ti is not None and 100.0 <= ti <= 300.0:
        return "STIR"
    if te is not None and te <= 30.0:
        if tr is not None and tr <= 1000.0:
            return "T1"
        if ti is not None and 500.0 <= ti <= 1300.0:
            return "T1"
        if tr is not None and tr >= 1500.0 and ti is None:
            return "other"
    if tr is not None and te is not None and tr >= 1500.0 and te >= 60.0 and ti is None:
        return "T2"
    return None


@dataclass(frozen=True)
class ContrastResult:
    """Outcome of :func:`classify_contrast`: the contrast, where it came from, and flags."""

    contrast: Contrast
    source: Literal["description", "timing", "none"]
    conflict: bool  # description and timing both decided, and disagree
    fat_suppressed: bool
    post_contrast: bool


def classify_contrast(
    description: str | None,
    *,
    tr: float | None = None,
    te: float | None = None,
    ti: float | None = None,
    rules: ContrastRules | None = None,
) -> ContrastResult:
    """T1 / T2 / STIR / other from the description text (first matching rule), else from timing."""
    rules = rules or load_contrast_rules()
    text = (description or "").strip()
    from_desc: Contrast | None = None
    for rule in rules.rules:
        if text and re.search(rule.pattern, text, re.IGNORECASE):
            from_desc = rule.contrast
            break
    from_timing = contrast_from_timing(tr, te, ti)
    conflict = from_desc is not None and from_timing is not None and from_desc != from_timing
    if from_desc is not None:
        contrast, source = from_desc, "description"
    elif from_timing is not None:
        contrast, source = from_timing, "timing"
    else:
        contrast, source = "other", "none"
    return ContrastResult(
        contrast=contrast,
        source=source,  # type: ignore[arg-type]
        conflict=conflict,
        fat_suppressed=bool(text and re.search(rules.fat_suppression_pattern, text, re.IGNORECASE)),
        post_contrast=bool(text and re.search(rules.post_contrast_pattern, text, re.IGNORECASE)),
    )
