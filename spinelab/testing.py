"""Where tests and benchmarks find the real material in ``../shared``.

One setting: ``SPINELAB_SHARED`` (default: ``../shared`` beside the repository checkout).
With ``SPINELAB_REQUIRE_SHARED=1`` (set by ``.ci/run``) a missing item is an error instead of
a skip. The package itself never reads ``../shared`` at run time.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """The shared real-data directory (may not exist on a user's fresh clone)."""
    env = os.environ.get("SPINELAB_SHARED")
    return Path(env) if env else (REPO_ROOT.parent / "shared")


def shared_required() -> bool:
    """True when missing shared data must fail (CI) rather than skip."""
    return os.environ.get("SPINELAB_REQUIRE_SHARED", "") not in ("", "0", "false")


def shared_path(*parts: str) -> Path | None:
    """Path of an item under the shared directory, or None where it is absent."""
    p = shared_dir().joinpath(*parts)
    return p if p.exists() else None
