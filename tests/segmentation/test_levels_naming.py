"""Name ladder, disc names and the consecutive-offset vote."""

from __future__ import annotations

import pytest

from spinelab.segmentation.levels_naming import (
    is_disc_name,
    ladder_index,
    names_from_offset,
    split_disc_name,
    vote_offset,
)


def test_ladder_and_disc_names():
    assert ladder_index("S1") - ladder_index("L5") == 1
    assert ladder_index("L1") - ladder_index("T12") == 1
    assert is_disc_name("L5-S1") and is_disc_name("T12-L1") and not is_disc_name("L3-L5")
    assert split_disc_name("L4-L5") == ("L4", "L5")
    with pytest.raises(ValueError, match="valid names"):
        ladder_index("L7")


def test_vote_is_weighted_majority_and_names_are_consecutive():
    slots = [0, 1, 2, 3, 4]
    off, votes = vote_offset(slots, ["L1", "L2", "L4", "L4", "L5"], [1, 1, 1, 1, 1])
    assert names_from_offset(slots, off) == ["L1", "L2", "L3", "L4", "L5"]
    assert votes[off] == 4
    assert vote_offset(slots, [None] * 5, [1] * 5) == (None, {})
    # a gap (missing slot 2) keeps names aligned to slots
    assert names_from_offset([0, 1, 3], ladder_index("L1")) == ["L1", "L2", "L4"]
