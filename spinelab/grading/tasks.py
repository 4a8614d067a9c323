"""Grader tasks as data: which manifest column each head reads and how its values map to classes.

The default task set ships as ``tasks.yaml`` beside this module (validated with pydantic):

| task | classes (index order) | ordinal |
|---|---|---|
| canal_stenosis, foraminal_stenosis_{left,right}, subarticular_stenosis_{left,right} | none, mild, moderate, severe | yes |
| disc_bulge, disc_herniation, spondylolisthesis | absent, present | no |
| modic | none, type1, type2, type3 | no |

Contract: a label value that is not one of a task's classes carries no class information and is
MISSING for that head (class index ``-1``, no loss, not scored). This covers ``present`` for a
graded finding ("foraminal narrowing at L4-5", grade not stated) and modic ``present`` (type not
stated), as well as nulls. Labels imported from RSNA 2024 (``Normal/Mild``) arrive as ``none``
(see ``spinelab.grading.importers``); their metrics use the RSNA 3-class collapse.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Literal

import numpy as np
import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from spinelab.schema import FINDINGS, VALUES

MISSING: int = -1
DEFAULT_TASKS_FILE = Path(__file__).with_name("tasks.yaml")


class TaskSpec(BaseModel):
    """One classification head: ``finding`` column -> ``classes`` (index = position)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    finding: str
    classes: tuple[str, ...] = Field(min_length=2)
    ordinal: bool = False
    #: Group of the RSNA 2024 weighted log loss (None: not scored by it).
    rsna_group: Literal["spinal", "foraminal", "subarticular"] | None = None
    #: The task that holds the same finding on the other side (left <-> right flips).
    mirror: str | None = None

    @model_validator(mode="after")
    def _check(self) -> TaskSpec:
        if self.finding not in FINDINGS:
            raise ValueError(f"task {self.name!r}: unknown finding {self.finding!r}; valid: {list(FINDINGS)}")
        bad = [c for c in self.classes if c not in VALUES[self.finding]]
        if bad:
            raise ValueError(
                f"task {self.name!r}: classes {bad} are not values of {self.finding!r} "
                f"({list(VALUES[self.finding])})"
            )
        if len(set(self.classes)) != len(self.classes):
            raise ValueError(f"task {self.name!r}: duplicate classes {list(self.classes)}")
        if self.rsna_group is not None and len(self.classes) != 4:
            raise ValueError(f"task {self.name!r}: rsna_group needs the 4 grades none..severe")
        return self

    @property
    def num_classes(self) -> int:
        return len(self.classes)

    @property
    def column(self) -> str:
        """The manifest column this task reads."""
        return f"label_{self.finding}"

    def encode(self, values: Iterable[object]) -> np.ndarray:
        """Label strings (None/NaN/'present'/other -> ``MISSING``) -> int64 class indices."""
        index = {c: i for i, c in enumerate(self.classes)}
        return np.array(
            [index.get(v, MISSING) if isinstance(v, str) else MISSING for v in values],
            dtype=np.int64,
        )


class TaskFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    tasks: list[TaskSpec]

    @model_validator(mode="after")
    def _unique(self) -> TaskFile:
        names = [t.name for t in self.tasks]
        dup = {n for n in names if names.count(n) > 1}
        if dup:
            raise ValueError(f"duplicate task names {sorted(dup)}")
        for t in self.tasks:
            if t.mirror is not None and t.mirror not in names:
                raise ValueError(f"task {t.name!r}: mirror {t.mirror!r} is not a task")
        return self


@cache
def _load(path: str) -> tuple[TaskSpec, ...]:
    with open(path) as f:
        return tuple(TaskFile.model_validate(yaml.safe_load(f)).tasks)


def load_tasks(path: str | Path | None = None) -> tuple[TaskSpec, ...]:
    """All tasks of a task file (default: the shipped ``tasks.yaml``)."""
    return _load(str(Path(path) if path is not None else DEFAULT_TASKS_FILE))


def select_tasks(names: Sequence[str] | None = None, path: str | Path | None = None) -> tuple[TaskSpec, ...]:
    """The named tasks in the given order (None: all); a wrong name raises with the valid names."""
    all_tasks = load_tasks(path)
    if names is None:
        return all_tasks
    by_name = {t.name: t for t in all_tasks}
    unknown = [n for n in names if n not in by_name]
    if unknown:
        raise ValueError(f"unknown grader task(s) {unknown}; valid: {sorted(by_name)}")
    return tuple(by_name[n] for n in names)


def mirror_permutation(tasks: Sequence[TaskSpec]) -> list[int]:
    """Index of each task's left/right mirror within ``tasks`` (itself when it has none or the
    mirror is not selected): the label swap that goes with a left-right image flip."""
    pos = {t.name: i for i, t in enumerate(tasks)}
    return [pos.get(t.mirror, i) if t.mirror else i for i, t in enumerate(tasks)]
