"""Schema and loader of the Modic map's rules file (``modic_rules.yaml``): geometry of the
endplate band, the normal-marrow reference, the typing rules, cleaning and level calls.

A site edits the YAML (or passes its own with ``--rules``); a bad file fails at load with the
field and the reason.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

import numpy as np
import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

RULES_PATH = Path(__file__).with_name("modic_rules.yaml")


# ---------------------------------------------------------------------------------- rules
class RatioBound(BaseModel):
    """Bounds on a signal ratio to normal marrow: ``below`` x, ``above`` x, or both (a range).

    Example: Modic type 1 on T1 is ``{below: 0.75}``: under 75 % of the patient's marrow signal.
    """

    model_config = ConfigDict(extra="forbid")
    below: float | None = Field(default=None, gt=0)
    above: float | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _one_side(self) -> RatioBound:
        if self.below is None and self.above is None:
            raise ValueError("a bound needs 'below', 'above' or both")
        if self.below is not None and self.above is not None and self.above >= self.below:
            raise ValueError(f"empty range: above {self.above} >= below {self.below}")
        return self

    def interval(self) -> tuple[float, float]:
        """(low, high) open interval of ratios the bound accepts."""
        return (self.above or 0.0, self.below if self.below is not None else np.inf)

    def holds(self, r: np.ndarray) -> np.ndarray:
        """Boolean array: ratios ``r`` inside the bound."""
        lo, hi = self.interval()
        return (r > lo) & (r < hi)


class ModicTypeRule(BaseModel):
    """One Modic type by its T1 and T2 signal relative to normal marrow.

    Example: ``{type: 2, t1: {above: 1.25}, t2: {above: 1.10}}``: fatty marrow, bright on T1 and
    not dark on T2. ``example`` (ratios r1, r2 of a typical voxel) must satisfy the rule.
    """

    model_config = ConfigDict(extra="forbid")
    type: Literal[1, 2, 3]
    t1: RatioBound
    t2: RatioBound
    #: The voxel must lie at least this deep below the body surface (mm; None: the geometry's
    #: edge_margin_mm). Type 3 looks like cortex and ligament, so a mask one or two voxels too
    #: wide must not make it: it gets a deeper margin.
    min_depth_mm: float | None = Field(default=None, ge=0)
    example: dict[Literal["t1", "t2"], float]

    @model_validator(mode="after")
    def _example_holds(self) -> ModicTypeRule:
        e1, e2 = self.example.get("t1"), self.example.get("t2")
        if e1 is None or e2 is None:
            raise ValueError(f"type {self.type}: example needs t1 and t2 ratios")
        if not (self.t1.holds(np.array(e1)) and self.t2.holds(np.array(e2))):
            raise ValueError(f"type {self.type}: its example {self.example} does not satisfy it")
        return self


class GeometryConfig(BaseModel):
    """Endplate band and core geometry (mm, mm3); see ``modic_rules.yaml``."""

    model_config = ConfigDict(extra="forbid")
    band_mm: float = Field(gt=0)
    edge_margin_mm: float = Field(ge=0)
    reference_gap_mm: float = Field(ge=0)
    min_body_mm3: float = Field(ge=0)
    max_disc_distance_mm: float = Field(gt=0)
    max_disc_offset_mm: float = Field(gt=0)


class ReferenceConfig(BaseModel):
    """How the patient's normal marrow signal is estimated from the core voxels."""

    model_config = ConfigDict(extra="forbid")
    model: Literal["smooth", "per_vertebra", "pooled"]
    min_mm3: float = Field(gt=0, description="core marrow needed (study; per_vertebra: per body)")


class CleaningConfig(BaseModel):
    """Speckle removal: smallest kept connected component of one type (mm3)."""

    model_config = ConfigDict(extra="forbid")
    min_component_mm3: float = Field(ge=0)


class LevelConfig(BaseModel):
    """When a disc level is called positive, and which type it gets."""

    model_config = ConfigDict(extra="forbid")
    min_volume_mm3: float = Field(ge=0)
    min_band_fraction: float = Field(ge=0, le=1)
    mixed_min_share: float = Field(gt=0, le=1)


class ModicConfig(BaseModel):
    """The whole rules file: geometry, reference, typing rules, cleaning, level calls."""

    model_config = ConfigDict(extra="forbid")
    geometry: GeometryConfig
    reference: ReferenceConfig
    rules: list[ModicTypeRule]
    cleaning: CleaningConfig
    level: LevelConfig

    @model_validator(mode="after")
    def _disjoint(self) -> ModicConfig:
        types = [r.type for r in self.rules]
        if len(set(types)) != len(types):
            raise ValueError(f"each Modic type needs exactly one rule, got types {types}")
        for i, a in enumerate(self.rules):
            for b in self.rules[i + 1:]:
                if all(_overlap(getattr(a, c).interval(), getattr(b, c).interval()) for c in ("t1", "t2")):
                    raise ValueError(f"rules of type {a.type} and type {b.type} overlap: a voxel could be both")
        return self


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return max(a[0], b[0]) < min(a[1], b[1])


@lru_cache(maxsize=8)
def _load_config_cached(path: str) -> ModicConfig:
    with open(path, encoding="utf-8") as f:
        return ModicConfig.model_validate(yaml.safe_load(f))


def load_modic_config(path: str | Path | None = None) -> ModicConfig:
    """Read and validate a Modic rules YAML (default: the packaged ``modic_rules.yaml``)."""
    p = Path(path) if path is not None else RULES_PATH
    if not p.is_file():
        raise FileNotFoundError(f"Modic rules file {p} does not exist")
    return _load_config_cached(str(p.resolve()))
