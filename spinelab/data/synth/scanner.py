"""Scanner profiles: how a study's stored intensities vary with the scanner (``scanners.yaml``).

A profile is drawn once per study from the study's own random stream: receiver gain (intensity
scale), a per-series contrast exponent, the bias field's strength and the noise level. The
``standard`` profile draws gain, bias and noise as the renderer always did; ``varied`` spreads
them between patients like a multi-vendor archive (for the intensity-normalisation comparison).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, model_validator

from spinelab.data.synth.render import Acquisition
from spinelab.data.synth.yaml_schema import load_yaml_model

SCANNERS_FILE = Path(__file__).with_name("scanners.yaml")


class ScannerProfile(BaseModel):
    """Ranges one study's scanner effects are drawn from (see ``scanners.yaml``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    gain: tuple[float, float] = Field(description="receiver gain range, > 0")
    log_gain: bool = False
    series_gain_jitter: float = Field(default=0.0, ge=0.0, le=0.5)
    gamma: tuple[float, float] = (1.0, 1.0)
    bias_scale: tuple[float, float] = (1.0, 1.0)
    noise: tuple[float, float] | None = None

    @model_validator(mode="after")
    def _ranges(self) -> ScannerProfile:
        for name in ("gain", "gamma", "bias_scale", "noise"):
            r = getattr(self, name)
            if r is not None and not 0 < r[0] <= r[1]:
                raise ValueError(f"{name} must be a range 0 < low <= high, got {list(r)}")
        return self

    @property
    def is_standard(self) -> bool:
        """True when the profile draws nothing beyond the renderer's historic behaviour."""
        return (not self.log_gain and self.series_gain_jitter == 0 and self.gamma == (1.0, 1.0)
                and self.bias_scale == (1.0, 1.0) and self.noise is None)


class ScannerTable(BaseModel):
    """Schema of ``scanners.yaml``: profile name -> :class:`ScannerProfile`."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    profiles: dict[str, ScannerProfile]


@lru_cache(maxsize=4)
def load_scanners(path: str | Path = SCANNERS_FILE) -> ScannerTable:
    """Read and validate a scanner table (``ValueError`` naming the file on a schema error)."""
    return load_yaml_model(ScannerTable, path, "scanner table")


def get_scanner(name: str) -> ScannerProfile:
    """The profile called ``name``; ``ValueError`` listing the valid names otherwise."""
    table = load_scanners()
    try:
        return table.profiles[name]
    except KeyError:
        raise ValueError(f"unknown scanner profile {name!r}; valid: {sorted(table.profiles)}") from None


@dataclass(frozen=True)
class StudyScanner:
    """One study's drawn scanner: gain, acquisition (bias, noise) and a per-series draw."""

    profile: ScannerProfile
    gain: float | None  # None: the standard per-series gain draw of the protocol stream
    rng: np.random.Generator

    def series(self, standard_gain: float) -> tuple[float, float]:
        """(gain, gamma) of the next series; ``standard_gain`` is the protocol stream's draw."""
        if self.gain is None:
            return standard_gain, 1.0
        g = self.gain * float(np.exp(self.profile.series_gain_jitter * self.rng.standard_normal()))
        return g, float(self.rng.uniform(*self.profile.gamma))


def draw_scanner(profile: ScannerProfile, acq: Acquisition, rng: np.random.Generator
                 ) -> tuple[StudyScanner, Acquisition]:
    """Draw a study's scanner from ``profile`` with its own stream ``rng``; returns it and the
    acquisition with the profile's bias strength and noise (unchanged for ``standard``)."""
    if profile.is_standard:
        return StudyScanner(profile, None, rng), acq
    lo, hi = profile.gain
    gain = float(np.exp(rng.uniform(np.log(lo), np.log(hi)))) if profile.log_gain else float(rng.uniform(lo, hi))
    k = float(rng.uniform(*profile.bias_scale))
    noise = float(rng.uniform(*profile.noise)) if profile.noise is not None else acq.noise
    return StudyScanner(profile, gain, rng), replace(acq, gradient=acq.gradient * k, quadratic=acq.quadratic * k,
                                                     noise=noise)


__all__ = ["ScannerProfile", "ScannerTable", "StudyScanner", "draw_scanner", "get_scanner", "load_scanners"]
