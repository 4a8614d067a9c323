"""Shared fixtures: real data in ../shared (skip, or fail under SPINELAB_REQUIRE_SHARED=1)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from spinelab.testing import shared_dir, shared_path, shared_required


@pytest.fixture(scope="session")
def shared() -> Callable[..., Path]:
    """``shared("reports", "labels.csv")`` -> the path, or skip/fail with the reason."""

    def get(*parts: str) -> Path:
        p = shared_path(*parts)
        if p is None:
            reason = (
                f"real data {'/'.join(parts)} not found under {shared_dir()} "
                "(set SPINELAB_SHARED to the shared/ directory)"
            )
            if shared_required():
                pytest.fail(reason + "; SPINELAB_REQUIRE_SHARED=1 makes this a failure")
            pytest.skip(reason)
        return p

    return get


@pytest.fixture(scope="session")
def benchmark() -> Callable[[str], ModuleType]:
    """``benchmark("labeler_robustness")`` -> that script of ``benchmarks/``, imported."""
    bench = str(Path(__file__).resolve().parents[1] / "benchmarks")

    def load(name: str) -> ModuleType:
        sys.path.insert(0, bench)
        try:
            return importlib.import_module(name)
        finally:
            sys.path.remove(bench)

    return load


@pytest.fixture(scope="session")
def small_cohort(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 3-study synthetic cohort (small preset), generated once per test session; its manifest."""
    from spinelab.data.synth.cohort import generate_cohort

    out = tmp_path_factory.mktemp("cohort")
    return generate_cohort(out, 3, seed=7, preset="small", progress=False)
