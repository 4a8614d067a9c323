"""Tissue signal table of the synthetic renderer (``tissues.yaml``, validated by pydantic).

A tissue's signal is a pair (T1-weighted, T2-weighted) on a 0..1000 scale; the renderer turns a
painted tissue scene into one image per contrast.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from spinelab.data.synth.yaml_schema import load_yaml_model

TISSUES_FILE = Path(__file__).with_name("tissues.yaml")
CONTRASTS: tuple[str, ...] = ("t1", "t2")

#: Tissues the renderer paints; the YAML file must define every one of them.
REQUIRED_TISSUES: tuple[str, ...] = (
    "air", "soft_tissue", "fat", "muscle", "cortical_bone", "marrow", "annulus", "nucleus",
    "nucleus_degenerate", "herniation", "csf", "cord", "nerve_root", "ligament", "vessel",
    "modic_type1", "modic_type2", "modic_type3",
)


class TissueSignal(BaseModel):
    """Signal of one tissue: ``t1``/``t2`` in 0..1000 and a relative per-study ``jitter``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    t1: float = Field(ge=0, le=1000)
    t2: float = Field(ge=0, le=1000)
    jitter: float = Field(ge=0, le=0.5)


class TissueTable(BaseModel):
    """Schema of ``tissues.yaml``: tissue name -> signal."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    tissues: dict[str, TissueSignal]

    def model_post_init(self, _ctx: object) -> None:
        missing = [t for t in REQUIRED_TISSUES if t not in self.tissues]
        if missing:
            raise ValueError(f"tissue table lacks {missing}; required {list(REQUIRED_TISSUES)}")

    def signal(self, name: str) -> TissueSignal:
        """Signal of a tissue; ``KeyError`` listing the valid names for a wrong one."""
        try:
            return self.tissues[name]
        except KeyError:
            raise KeyError(f"unknown tissue {name!r}; valid: {sorted(self.tissues)}") from None

    def sample(self, rng: np.random.Generator) -> dict[str, np.ndarray]:
        """Per-study signals: tissue -> array([t1, t2]) with the jitter applied (>= 0)."""
        out = {}
        for name in sorted(self.tissues):
            s = self.tissues[name]
            f = max(0.0, 1.0 + s.jitter * float(rng.standard_normal()))
            out[name] = np.array([s.t1 * f, s.t2 * f], dtype=np.float32)
        return out


@lru_cache(maxsize=4)
def load_tissues(path: str | Path = TISSUES_FILE) -> TissueTable:
    """Read and validate a tissue table (``ValueError`` naming the file on a schema error)."""
    return load_yaml_model(TissueTable, path, "tissue table")
