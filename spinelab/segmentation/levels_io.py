"""Read and write ``levels.json`` (the cross-team contract), validated with pydantic.

```json
{"frame": "LPS", "units": "mm", "source": "...",
 "vertebrae": [{"name": "L3", "label": 4, "centroid_mm": [x, y, z], "voxels": 1234, "confidence": 0.98}],
 "discs": [{"name": "L3-L4", "center_mm": [x, y, z], "normal": [nx, ny, nz]}],
 "qc": [{"flag": "missing_level", "reason": "..."}]}
```
Coordinates are LPS mm; disc normals are unit vectors pointing cranially; lists run cranial ->
caudal. ``qc`` flags are checked against ``spinelab.segmentation.qc``'s vocabulary.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from spinelab.segmentation.levels_naming import is_disc_name
from spinelab.segmentation.qc import QCFlag

Vec3 = tuple[float, float, float]


class LevelsFileError(ValueError):
    """A levels.json that is unreadable or breaks the contract; the message names the path."""


class VertebraRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1)
    label: int
    centroid_mm: Vec3
    voxels: int = Field(ge=0)
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)

    @field_validator("centroid_mm")
    @classmethod
    def _finite(cls, v: Vec3) -> Vec3:
        if not all(math.isfinite(x) for x in v):
            raise ValueError("centroid_mm must be finite")
        return v


class DiscRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    center_mm: Vec3
    normal: Vec3

    @field_validator("name")
    @classmethod
    def _disc_name(cls, v: str) -> str:
        if not is_disc_name(v):
            raise ValueError(
                f"disc name {v!r} is not 'UPPER-LOWER' of adjacent vertebrae (e.g. 'L4-L5')"
            )
        return v

    @field_validator("center_mm")
    @classmethod
    def _finite(cls, v: Vec3) -> Vec3:
        if not all(math.isfinite(x) for x in v):
            raise ValueError("center_mm must be finite")
        return v

    @field_validator("normal")
    @classmethod
    def _unit(cls, v: Vec3) -> Vec3:
        n = math.sqrt(sum(x * x for x in v))
        if not abs(n - 1.0) < 1e-3:
            raise ValueError(f"normal must be a unit vector, has length {n:.4f}")
        return v


class LevelsFile(BaseModel):
    """The whole levels.json document."""

    model_config = ConfigDict(extra="forbid")
    frame: Literal["LPS"]
    units: Literal["mm"]
    source: str
    vertebrae: list[VertebraRecord]
    discs: list[DiscRecord]
    qc: list[QCFlag]


def validate_levels(levels: dict[str, Any], *, where: str = "levels") -> dict[str, Any]:
    """The validated document as plain JSON types; ``LevelsFileError`` says what is wrong where."""
    try:
        model = LevelsFile.model_validate(levels)
    except ValidationError as e:
        raise LevelsFileError(f"{where}: not a valid levels.json: {e}") from e
    out = model.model_dump(mode="json")
    for v in out["vertebrae"]:
        v["centroid_mm"] = list(v["centroid_mm"])
    for d in out["discs"]:
        d["center_mm"], d["normal"] = list(d["center_mm"]), list(d["normal"])
    return out


def read_levels(path: str | Path) -> dict[str, Any]:
    """Read and validate a levels.json; returns the document as a dict (lists, floats)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError) as e:
        raise LevelsFileError(f"{path}: cannot read levels.json: {e}") from e
    return validate_levels(data, where=str(path))


def write_levels(levels: dict[str, Any], path: str | Path) -> Path:
    """Validate and write a levels.json atomically (temp file in the same folder + rename)."""
    path = Path(path)
    doc = validate_levels(levels, where=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w") as f:
            json.dump(doc, f, indent=1)
            f.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
