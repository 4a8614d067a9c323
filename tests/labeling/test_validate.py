"""spinelab.labeling.validate (+ validate_html): hand-computed figures, parity with score_labels.py."""

from __future__ import annotations

import base64
import json
import math
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from spinelab.labeling.validate import (
    compare_tables,
    confusion,
    kappa_linear,
    score_tables,
    validate_files,
    values_match,
)

COLS = ["report_id", "level", "finding", "value", "uncertain"]
GOLD = pd.DataFrame(
    [
        ("r1", "L4-L5", "canal_stenosis", "mild", False),
        ("r1", "L4-L5", "disc_bulge", "present", False),
        ("r1", "L5-S1", "canal_stenosis", "severe", False),
        ("r1", "L5-S1", "modic", "type2", False),
        ("r2", "L3-L4", "foraminal_stenosis_left", "moderate", False),
        ("r2", "L3-L4", "spondylolisthesis", "absent", False),
    ],
    columns=COLS,
)
TEXT_R1 = "FINDINGS: L4-5: Mild canal stenosis. Disc bulge.\nL5-S1: Severe stenosis, Modic type 1."
PRED = pd.DataFrame(
    [
        ("r1", "L4-L5", "canal_stenosis", "none", False),  # none ~ mild: correct, not exact
        ("r1", "L4-L5", "disc_bulge", "Present ", False),  # exact after strip/lower
        ("r1", "L4-L5", "disc_bulge", "absent", False),  # duplicate key: first row wins
        ("r1", "L5-S1", "canal_stenosis", "present", False),  # present ~ severe: correct
        ("r1", "L5-S1", "modic", "type1", False),  # wrong value: FP + FN
        ("r2", "L3-L4", "foraminal_stenosis_left", "severe", False),  # wrong: FP + FN
        ("r2", "L2-L3", "disc_herniation", "present", False),  # extra: FP
    ],
    columns=COLS,
)
# evidence of the modic row, so the page can highlight it
PRED["evidence"] = None
PRED["start"] = pd.array([None] * len(PRED), dtype="Int64")
PRED["end"] = pd.array([None] * len(PRED), dtype="Int64")
_s = TEXT_R1.index("Modic type 1")
PRED.loc[4, ["evidence", "start", "end"]] = ["Modic type 1", _s, _s + len("Modic type 1")]


def test_hand_computed_figures() -> None:
    m = score_tables(PRED, GOLD)
    # TP: r1 L4-L5 canal, r1 L4-L5 bulge, r1 L5-S1 canal. FP: 2 wrong + 1 extra; FN: 2 wrong + 1 missed.
    assert (m["tp"], m["fp"], m["fn"]) == (3, 3, 3)
    assert m["micro_f1"] == pytest.approx(0.5) and m["precision"] == 0.5 and m["recall"] == 0.5
    assert m["shared_keys"] == 5 and m["exact_on_shared_keys"] == pytest.approx(1 / 5)
    # graded pairs (pred, gold): (none, mild) = (0, 1), (severe, moderate) = (3, 2) -> kappa 1/3
    assert m["kappa_linear_graded"] == pytest.approx(1 / 3) and m["kappa_n"] == 2
    assert m["per_finding_f1"] == {
        "canal_stenosis": 1.0,
        "disc_bulge": 1.0,
        "disc_herniation": 0.0,
        "foraminal_stenosis_left": 0.0,
        "modic": 0.0,
        "spondylolisthesis": 0.0,
    }
    pf = m["per_finding"]
    assert (pf["modic"]["fp"], pf["modic"]["fn"]) == (1, 1)
    assert pf["canal_stenosis"]["exact"] == 0.0 and pf["canal_stenosis"]["kappa_linear"] == 0.0
    assert math.isnan(pf["disc_herniation"]["recall"]) and pf["disc_herniation"]["precision"] == 0
    lv = m["per_level"]
    assert list(lv) == ["L2-L3", "L3-L4", "L4-L5", "L5-S1"]
    assert lv["L4-L5"]["f1"] == 1.0 and lv["L5-S1"]["f1"] == pytest.approx(0.5)
    assert (lv["L3-L4"]["tp"], lv["L3-L4"]["fp"], lv["L3-L4"]["fn"]) == (0, 1, 2)
    assert m["n_disagreements"] == 4 and m["n_reports_pred"] == 2  # 2 wrong, 1 extra, 1 missed

    only_r2 = score_tables(PRED, GOLD, report_ids=["r2"])
    assert (only_r2["tp"], only_r2["fp"], only_r2["fn"]) == (0, 2, 2)


@pytest.mark.parametrize(
    ("finding", "pred", "gold", "ok"),
    [
        ("canal_stenosis", "mild", "none", True),
        ("canal_stenosis", "moderate", "mild", False),
        ("canal_stenosis", "present", "mild", True),
        ("canal_stenosis", "present", "none", False),
        ("modic", "present", "type3", True),
        ("modic", "type2", "type3", False),
        ("disc_bulge", "present", "absent", False),
        ("spondylolisthesis", "absent", "absent", True),
    ],
)
def test_values_match(finding: str, pred: str, gold: str, ok: bool) -> None:
    assert values_match(finding, pred, gold) is ok


def test_kappa_linear_known_values() -> None:
    assert kappa_linear([0, 1, 2, 3], [0, 1, 2, 3]) == pytest.approx(1.0)
    assert math.isnan(kappa_linear([], []))
    # grades 0/1 only, k=4 (weight 1/3 per step): O = [[2, 1], [0, 1]]
    a, b = [0, 0, 0, 1], [0, 0, 1, 1]
    obs = 1 / 3  # one disagreement at distance 1, weight 1/3
    exp = (3 * 2 / 4) * (1 / 3) + (1 * 2 / 4) * (1 / 3)  # E[0,1] + E[1,0]
    assert kappa_linear(a, b) == pytest.approx(1 - obs / exp)


def test_confusion_counts_missing_keys() -> None:
    m = compare_tables(PRED, GOLD)
    labels, _, mat = confusion(m, "canal_stenosis")
    assert labels[-1] == "(no row)"
    assert mat[labels.index("mild"), labels.index("none")] == 1
    assert mat[labels.index("severe"), labels.index("present")] == 1
    assert mat.sum() == 2


def _perturbed(gold: pd.DataFrame, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    pred = gold[rng.random(len(gold)) > 0.1].copy()
    change = rng.random(len(pred)) < 0.2
    pool = ["none", "mild", "moderate", "severe", "present", "absent", "type1", "type2"]
    pred.loc[change, "value"] = rng.choice(pool, int(change.sum()))
    extra = gold.sample(15, random_state=seed).assign(level="T12-L1")
    return pd.concat([pred, extra, pred.head(5).assign(value="severe")])  # + duplicate keys


@pytest.mark.realdata
@pytest.mark.parametrize("seed", [0])
@pytest.mark.parametrize("pred_fmt", ["csv", "parquet"])
def test_primary_figures_equal_score_labels_script(
    shared, tmp_path: Path, seed: int, pred_fmt: str
) -> None:
    gold_path = shared("reports", "labels.csv")
    script = shared("tools", "score_labels.py")
    gold = pd.read_csv(gold_path, dtype=str)
    pred = _perturbed(gold, seed)
    pred_path = tmp_path / f"pred.{pred_fmt}"
    if pred_fmt == "csv":
        pred.to_csv(pred_path, index=False)
    else:
        pred.to_parquet(pred_path, index=False)
    ids = sorted(set(gold.report_id))[::2]
    (tmp_path / "ids.txt").write_text("\n".join(ids))
    for extra_args, report_ids in [([], None), (["--reports", str(tmp_path / "ids.txt")], ids)]:
        res = subprocess.run(
            [sys.executable, str(script), str(pred_path), str(gold_path), "--json", *extra_args],
            capture_output=True,
            text=True,
            check=True,
        )
        ref = json.loads(res.stdout)
        ours = validate_files(pred_path, gold_path, report_ids=report_ids)
        assert ref["tp"] > 0
        for key, want in ref.items():
            got = ours[key]
            if isinstance(want, float):
                assert got == pytest.approx(want, abs=1e-12, nan_ok=True), key
            else:
                assert got == want, key


@pytest.mark.realdata
def test_validate_cli_writes_json_and_html(shared, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from spinelab.cli import app

    gold_path = shared("reports", "labels.csv")
    reports = shared("reports", "reports.jsonl")
    gold = pd.read_csv(gold_path, dtype=str)
    pred = _perturbed(gold, 3)
    pred.to_csv(tmp_path / "pred.csv", index=False)
    html_path, json_path = tmp_path / "v.html", tmp_path / "m.json"
    res = CliRunner().invoke(
        app,
        [
            "labels",
            "validate",
            "--pred",
            str(tmp_path / "pred.csv"),
            "--gold",
            str(gold_path),
            "-o",
            str(html_path),
            "--json",
            str(json_path),
            "--reports",
            str(reports),
        ],
    )
    assert res.exit_code == 0, res.output
    assert "micro-F1" in res.output
    texts = [json.loads(x)["text"] for x in reports.read_text().splitlines()]
    assert not any(t[:40] in res.output for t in texts)  # the console shows no report text
    metrics = json.loads(json_path.read_text())  # strict JSON (no NaN)
    page = html_path.read_text()
    assert f"Disagreements ({metrics['n_disagreements']})" in page
    n_rows = len(re.findall(r'<span class="kind-(?:wrong_value|extra|missed)">', page))
    assert n_rows == metrics["n_disagreements"] > 0
    assert page.count("data:image/png;base64,") >= 9  # a confusion matrix per finding + bars
    assert 'class="lvl"' in page  # level mentions highlighted in report sentences
    assert "<script" not in page and "http" not in page.split("<body>")[1][:2000]


def test_html_highlights_evidence_span(tmp_path: Path) -> None:
    pred_p, gold_p = tmp_path / "p.parquet", tmp_path / "g.csv"
    PRED.to_parquet(pred_p, index=False)
    GOLD.to_csv(gold_p, index=False)
    texts = tmp_path / "t.jsonl"
    texts.write_text(
        json.dumps({"report_id": "r1", "text": TEXT_R1})
        + "\n"
        + json.dumps({"report_id": "r2", "text": "L3-4: severe <left> foraminal stenosis."})
        + "\n"
    )
    m = validate_files(
        pred_p, gold_p, html=tmp_path / "v.html", json_out=tmp_path / "m.json", reports=texts
    )
    page = (tmp_path / "v.html").read_text()
    assert "<mark>Modic type 1</mark>" in page
    assert "L5-S1: Severe stenosis, <mark>Modic type 1</mark>." in page  # its sentence
    assert "&lt;left&gt;" in page and "<left>" not in page  # text is escaped
    assert m["n_disagreements"] == 4
    img = re.search(r"base64,([A-Za-z0-9+/=]+)", page).group(1)
    assert base64.b64decode(img)[:4] == b"\x89PNG"
    assert not list(tmp_path.glob(".*.tmp"))


def test_missing_columns_are_reported(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="lacks columns"):
        score_tables(PRED.drop(columns="value"), GOLD)
    with pytest.raises(FileNotFoundError):
        validate_files(tmp_path / "none.csv", tmp_path / "g.csv")
