"""Read a YAML data file of the synthetic generator and validate it with its pydantic schema."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


def load_yaml_model(schema: type[M], path: str | Path, what: str) -> M:
    """``schema`` validated from the YAML file at ``path``; ``ValueError("invalid {what} {path}: ...")``
    on a YAML or schema error, naming the file."""
    path = Path(path)
    try:
        return schema.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except Exception as e:  # pydantic.ValidationError, yaml errors, unreadable file
        raise ValueError(f"invalid {what} {path}: {e}") from e
