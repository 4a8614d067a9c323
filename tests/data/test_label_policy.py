"""Label policies: unstated levels as normal, hedged rows dropped, and their record in the store."""

from __future__ import annotations

import pandas as pd
import pytest

from spinelab.data.label_policy import (
    LabelPolicy,
    LabelPolicyError,
    apply_label_policy,
    filled_rows,
)
from spinelab.schema import LEVELS


def _labels() -> pd.DataFrame:
    return pd.DataFrame(
        [
            ("r1", "L4-L5", "disc_herniation", "present", True),
            ("r1", "L5-S1", "disc_herniation", "absent", False),
            ("r1", "L4-L5", "canal_stenosis", "mild", False),
            ("r2", "L3-L4", "modic", "type2", False),
        ],
        columns=["report_id", "level", "finding", "value", "uncertain"],
    )


def test_default_policy_changes_nothing() -> None:
    lab = _labels()
    assert apply_label_policy(lab, LabelPolicy()) is lab


def test_unstated_as_normal_fills_every_level_of_labelled_reports_only() -> None:
    out = apply_label_policy(_labels(), LabelPolicy(unstated_as_normal=("disc_herniation", "modic")))
    h = out[out["finding"] == "disc_herniation"].set_index(["report_id", "level"])["value"]
    assert h[("r1", "L4-L5")] == "present"  # stated (hedged): kept
    assert h[("r1", "L5-S1")] == "absent"
    assert h[("r1", "L1-L2")] == "absent"  # unstated: filled
    assert all(h[("r2", lv)] == "absent" for lv in LEVELS)
    m = out[out["finding"] == "modic"].set_index(["report_id", "level"])["value"]
    assert m[("r2", "L3-L4")] == "type2" and m[("r2", "L4-L5")] == "none" and m[("r1", "T12-L1")] == "none"
    assert "r3" not in set(out["report_id"])
    assert len(out) == 4 + (2 * 6 - 2) + (2 * 6 - 1)
    # the filled rows are marked, the report's own are not
    filled = filled_rows(out)
    assert ("r1", "L1-L2", "disc_herniation") in filled and ("r1", "T12-L1", "modic") in filled
    assert ("r1", "L4-L5", "disc_herniation") not in filled and ("r2", "L3-L4", "modic") not in filled
    assert len(filled) == (2 * 6 - 2) + (2 * 6 - 1)
    assert filled_rows(_labels()) == set()


def test_uncertain_drop_leaves_the_level_missing_even_when_filling() -> None:
    pol = LabelPolicy(unstated_as_normal=("disc_herniation",), uncertain="drop")
    out = apply_label_policy(_labels(), pol)
    h = out[(out["finding"] == "disc_herniation") & (out["report_id"] == "r1")]
    assert "L4-L5" not in set(h["level"])  # hedged 'present' dropped, not turned into absent
    assert set(h["level"]) == set(LEVELS) - {"L4-L5"}


def test_bad_policy_names_the_problem() -> None:
    with pytest.raises(LabelPolicyError, match="unknown findings \\['herniation'\\]"):
        LabelPolicy.parse("herniation")
    with pytest.raises(LabelPolicyError, match="keep"):
        LabelPolicy.parse("", "maybe")
