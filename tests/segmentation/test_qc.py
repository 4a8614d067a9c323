"""QC flag vocabulary: every flag the levels code raises is declared; unknown names are refused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

import spinelab.segmentation.levels as levels_mod
from spinelab.segmentation.qc import has_flag, qc_flag, qc_flag_vocabulary


def test_vocabulary_loads_with_descriptions():
    vocab = qc_flag_vocabulary()
    assert {
        "missing_level",
        "spurious_component",
        "merged_body_split",
        "naming_disagreement",
    } <= set(vocab)
    assert all(len(desc) > 20 for desc in vocab.values())


def test_every_flag_used_in_levels_is_declared():
    src = Path(levels_mod.__file__).read_text()
    used = set(re.findall(r'qc_flag\(\s*"([a-z_]+)"', src))
    assert len(used) >= 10
    assert used <= set(qc_flag_vocabulary()), used - set(qc_flag_vocabulary())


def test_unknown_flag_lists_valid_names():
    with pytest.raises(ValidationError, match="valid flags: .*missing_level"):
        qc_flag("mising_level", "typo")
    rec = qc_flag("missing_level", "1 level missing above L4")
    assert rec == {"flag": "missing_level", "reason": "1 level missing above L4"}
    assert has_flag([rec], "missing_level") and not has_flag([rec], "relabelled")
