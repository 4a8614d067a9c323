"""Sample the per-level degenerative pathology of one synthetic lumbar study.

The marginal distribution of every (level, finding) comes from ``prevalence.yaml`` (numbers
copied from the RSNA 2024 and SPIDER label tables, see that file); findings are correlated
through a Gaussian copula so that e.g. a herniation raises the canal and subarticular grades
while each marginal distribution stays exactly as stated.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, model_validator
from scipy.special import ndtr

from spinelab.anatomy import DISCS
from spinelab.data.synth.yaml_schema import load_yaml_model
from spinelab.schema import BINARY_FINDINGS, FINDINGS, GRADED_FINDINGS, GRADES

PREVALENCE_FILE = Path(__file__).with_name("prevalence.yaml")

#: The values a pathology table may hold, per finding, ordered from normal to worst.
PATHOLOGY_VALUES: dict[str, tuple[str, ...]] = {
    **{f: GRADES for f in GRADED_FINDINGS},
    "disc_bulge": ("absent", "present"),
    "disc_herniation": ("absent", "present"),
    "modic": ("none", "type1", "type2", "type3"),
    "spondylolisthesis": ("absent", "present"),
}

Prob = Annotated[float, Field(ge=0.0, le=1.0)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RsnaGrades(_Strict):
    """RSNA 2024 three-class distribution of one (level, finding)."""

    normal_mild: Prob
    moderate: Prob
    severe: Prob

    @model_validator(mode="after")
    def _sums_to_one(self) -> RsnaGrades:
        s = self.normal_mild + self.moderate + self.severe
        if abs(s - 1.0) > 0.01:
            raise ValueError(f"normal_mild + moderate + severe = {s:.4f}, expected 1")
        return self


class ModicTypes(_Strict):
    """SPIDER distribution of Modic types at one level."""

    none: Prob
    type1: Prob
    type2: Prob
    type3: Prob

    @model_validator(mode="after")
    def _sums_to_one(self) -> ModicTypes:
        s = self.none + self.type1 + self.type2 + self.type3
        if abs(s - 1.0) > 0.01:
            raise ValueError(f"Modic type probabilities sum to {s:.4f}, expected 1")
        return self


class SpiderLevel(_Strict):
    """SPIDER per-disc frequencies at one level."""

    modic: ModicTypes
    disc_bulge: Prob
    disc_herniation: Prob
    spondylolisthesis: Prob


class MildSplit(_Strict):
    """Share of RSNA Normal/Mild that is mild: clip(factor * P(moderate|severe), min, max)."""

    factor: float = Field(ge=0.0)
    min_share: Prob
    max_share: Prob


class T12L1Rule(_Strict):
    """T12-L1 stenosis = ``from_level`` with moderate/severe scaled by ``positive_scale``."""

    from_level: str
    positive_scale: Prob


class Assumptions(_Strict):
    mild_split: MildSplit
    t12_l1: T12L1Rule
    modic_type1_min: Prob


class Copula(_Strict):
    """Loadings of each finding's latent score on the shared factors (sum of squares < 1)."""

    patient_factor: str
    loadings: dict[str, dict[str, float]]

    @model_validator(mode="after")
    def _check(self) -> Copula:
        missing = set(FINDINGS) - set(self.loadings)
        unknown = set(self.loadings) - set(FINDINGS)
        if missing or unknown:
            raise ValueError(
                f"copula loadings: missing {sorted(missing)}, unknown {sorted(unknown)}"
            )
        for f, ld in self.loadings.items():
            ss = sum(v * v for v in ld.values())
            if ss >= 1.0:
                raise ValueError(f"copula loadings of {f} have sum of squares {ss:.3f} >= 1")
        return self


class PrevalenceConfig(_Strict):
    """Schema of ``prevalence.yaml``."""

    assumptions: Assumptions
    copula: Copula
    rsna2024: dict[str, dict[str, RsnaGrades]]
    spider: dict[str, SpiderLevel]

    @model_validator(mode="after")
    def _check_levels(self) -> PrevalenceConfig:
        if set(self.spider) != set(DISCS):
            raise ValueError(f"spider levels {sorted(self.spider)} != {list(DISCS)}")
        need = set(DISCS) - {"T12-L1"}
        if set(self.rsna2024) != need:
            raise ValueError(f"rsna2024 levels {sorted(self.rsna2024)} != {sorted(need)}")
        for lv, fs in self.rsna2024.items():
            if set(fs) != set(GRADED_FINDINGS):
                raise ValueError(f"rsna2024[{lv}] findings {sorted(fs)} != {list(GRADED_FINDINGS)}")
        if self.assumptions.t12_l1.from_level not in self.rsna2024:
            raise ValueError(
                f"t12_l1.from_level {self.assumptions.t12_l1.from_level!r} not in rsna2024"
            )
        return self


def load_prevalence(path: Path | str = PREVALENCE_FILE) -> PrevalenceConfig:
    """Read and validate a prevalence file (``ValueError`` naming the file on a schema error)."""
    return load_yaml_model(PrevalenceConfig, path, "prevalence file")


def _split_grades(g: RsnaGrades, split: MildSplit) -> dict[str, float]:
    pos = g.moderate + g.severe
    share = min(max(split.factor * pos, split.min_share), split.max_share)
    return {
        "none": g.normal_mild * (1 - share),
        "mild": g.normal_mild * share,
        "moderate": g.moderate,
        "severe": g.severe,
    }


def level_distributions(
    cfg: PrevalenceConfig | None = None,
) -> dict[str, dict[str, dict[str, float]]]:
    """level -> finding -> {value: probability} (values of ``PATHOLOGY_VALUES``), summing to 1."""
    cfg = cfg or _default_config()
    a = cfg.assumptions
    out: dict[str, dict[str, dict[str, float]]] = {}
    for level in DISCS:
        d: dict[str, dict[str, float]] = {}
        for f in GRADED_FINDINGS:
            if level == "T12-L1":
                src = cfg.rsna2024[a.t12_l1.from_level][f]
                s = a.t12_l1.positive_scale
                g = RsnaGrades(
                    normal_mild=1 - s * (src.moderate + src.severe),
                    moderate=s * src.moderate,
                    severe=s * src.severe,
                )
            else:
                g = cfg.rsna2024[level][f]
            d[f] = _split_grades(g, a.mild_split)
        sp = cfg.spider[level]
        m = sp.modic.model_dump()
        lift = max(0.0, a.modic_type1_min - m["type1"])
        lift = min(lift, m["type2"])
        m["type1"] += lift
        m["type2"] -= lift
        d["modic"] = m
        for f in BINARY_FINDINGS:
            p = getattr(sp, f)
            d[f] = {"absent": 1 - p, "present": p}
        # normalise away rounding of the copied figures
        out[level] = {
            f: {v: d[f][v] / sum(d[f].values()) for v in PATHOLOGY_VALUES[f]} for f in FINDINGS
        }
    return out


@lru_cache(maxsize=1)
def _default_config() -> PrevalenceConfig:
    return load_prevalence()


@dataclass(frozen=True)
class _Tables:
    """Precomputed sampling tables (arrays indexed [level, finding, value index])."""

    cum: np.ndarray  # (levels, findings, 4) cumulative probabilities, padded with 1
    modic_pos_cum: np.ndarray  # (levels, 3) cumulative type1..3 probabilities given any Modic
    loadings: np.ndarray  # (findings, factors)
    noise_sd: np.ndarray  # (findings,)
    patient: int  # index of the patient factor, -1 if none
    values: tuple[tuple[str, ...], ...]  # per finding, ordered as in PATHOLOGY_VALUES


@lru_cache(maxsize=1)
def _default_tables() -> _Tables:
    cfg = _default_config()
    dists = level_distributions(cfg)
    factors = sorted({k for ld in cfg.copula.loadings.values() for k in ld})
    cum = np.ones((len(DISCS), len(FINDINGS), 4))
    modic_pos = np.ones((len(DISCS), 3))
    for i, lv in enumerate(DISCS):
        for j, f in enumerate(FINDINGS):
            p = np.array([dists[lv][f][v] for v in PATHOLOGY_VALUES[f]])
            cum[i, j, : len(p)] = np.cumsum(p)
        m = dists[lv]["modic"]
        pos = np.array([m["type1"], m["type2"], m["type3"]])
        modic_pos[i] = np.cumsum(pos / pos.sum()) if pos.sum() > 0 else 1.0
    cum[..., -1] = 1.0
    w = np.array([[cfg.copula.loadings[f].get(k, 0.0) for k in factors] for f in FINDINGS])
    patient = (
        factors.index(cfg.copula.patient_factor) if cfg.copula.patient_factor in factors else -1
    )
    return _Tables(
        cum,
        modic_pos,
        w,
        np.sqrt(1.0 - (w * w).sum(axis=1)),
        patient,
        tuple(PATHOLOGY_VALUES[f] for f in FINDINGS),
    )


def sample_pathology(rng: np.random.Generator) -> pd.DataFrame:
    """One study's pathology: every level of ``DISCS`` x every finding of ``FINDINGS``.

    Columns ``level, finding, value``; graded findings none/mild/moderate/severe, ``modic``
    none/type1/type2/type3, binary findings present/absent (never 'present' for a graded one).
    Deterministic for a given generator state.
    """
    t = _default_tables()
    n_lv = len(DISCS)
    fac = rng.standard_normal((n_lv, t.loadings.shape[1]))
    if t.patient >= 0:
        fac[:, t.patient] = fac[0, t.patient]  # one patient factor for every level
    z = fac @ t.loadings.T + t.noise_sd * rng.standard_normal((n_lv, len(FINDINGS)))
    u = ndtr(z)
    idx = (u[..., None] >= t.cum[..., :-1]).sum(axis=-1)  # (levels, findings)
    # a Modic change's type is drawn independently of how likely a change was
    jm = FINDINGS.index("modic")
    type_u = rng.random(n_lv)
    types = 1 + (type_u[:, None] >= t.modic_pos_cum[:, :-1]).sum(axis=-1)
    idx[:, jm] = np.where(idx[:, jm] > 0, types, 0)
    values = [t.values[j][idx[i, j]] for i in range(n_lv) for j in range(len(FINDINGS))]
    return pd.DataFrame({"level": _LEVEL_COL, "finding": _FINDING_COL, "value": values})


_LEVEL_COL = [lv for lv in DISCS for _ in FINDINGS]
_FINDING_COL = [f for _ in DISCS for f in FINDINGS]


def sample_pathology_modic_balanced(rng: np.random.Generator) -> pd.DataFrame:
    """:func:`sample_pathology` with each Modic-positive level's type drawn uniformly from
    type1/type2/type3 (SPIDER's mix is ~97 % type 2): for benchmarks that score every Modic
    type. Which levels have a Modic change, and every other finding, are unchanged."""
    df = sample_pathology(rng)
    pos = (df["finding"] == "modic") & (df["value"] != "none")
    df.loc[pos, "value"] = rng.choice(np.array(["type1", "type2", "type3"]), size=int(pos.sum()))
    return df
