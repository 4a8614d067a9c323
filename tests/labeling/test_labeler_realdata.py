"""Regression guard on the real annotated reports (../shared/reports): micro-F1 floor."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from spinelab.labeling.labeler import Labeler
from spinelab.labeling.validate import score_tables

pytestmark = pytest.mark.realdata


def test_real_reports_micro_f1_floor(shared) -> None:  # type: ignore[no-untyped-def]
    reports = [
        json.loads(x)
        for x in shared("reports", "reports.jsonl").read_text().splitlines()
        if x.strip()
    ]
    gold = pd.read_csv(shared("reports", "labels.csv"), dtype=str)
    rows, errors = Labeler().label_many((r["report_id"], r["text"]) for r in reports)
    assert errors == []
    m = score_tables(pd.DataFrame(rows), gold)
    assert m["micro_f1"] >= 0.97, m["per_finding_f1"]
    for f in (
        "canal_stenosis",
        "foraminal_stenosis_left",
        "foraminal_stenosis_right",
        "disc_bulge",
        "disc_herniation",
    ):
        assert m["per_finding_f1"][f] >= 0.93, (f, m["per_finding_f1"])
