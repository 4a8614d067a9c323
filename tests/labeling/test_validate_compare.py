"""spinelab.labeling.validate.compare_files (+ the comparison page and CLI): labelers side by side."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from spinelab.cli import app
from spinelab.labeling.validate import (
    compare_files,
    compare_tables,
    differing_keys,
    json_safe,
    parse_pred_specs,
    side_by_side_table,
    summary_line,
    validate_files,
)

COLS = ["report_id", "level", "finding", "value"]
GOLD = pd.DataFrame(
    [
        ("r1", "L4-L5", "canal_stenosis", "mild"),
        ("r1", "L4-L5", "disc_bulge", "present"),
        ("r1", "L5-S1", "canal_stenosis", "severe"),
        ("r1", "L5-S1", "modic", "type2"),
        ("r2", "L3-L4", "foraminal_stenosis_left", "moderate"),
        ("r2", "L3-L4", "spondylolisthesis", "absent"),
    ],
    columns=COLS,
)
TEXT_R1 = "FINDINGS: L4-5: Mild canal stenosis. Disc bulge.\nL5-S1: Severe stenosis, Modic type 1."
TEXT_R2 = "L3-4: moderate <left> foraminal stenosis. No listhesis."
# "rules": 3 right; modic and foraminal wrong, an extra key, spondylolisthesis missed
RULES = pd.DataFrame(
    [
        ("r1", "L4-L5", "canal_stenosis", "none"),
        ("r1", "L4-L5", "disc_bulge", "present"),
        ("r1", "L5-S1", "canal_stenosis", "present"),
        ("r1", "L5-S1", "modic", "type1"),
        ("r2", "L3-L4", "foraminal_stenosis_left", "severe"),
        ("r2", "L2-L3", "disc_herniation", "present"),
    ],
    columns=COLS,
)
_s = TEXT_R1.index("Modic type 1")
RULES["evidence"] = [None, None, None, "Modic type 1", None, None]
RULES["start"] = pd.array([None, None, None, _s, None, None], dtype="Int64")
RULES["end"] = pd.array([None, None, None, _s + len("Modic type 1"), None, None], dtype="Int64")
# "model": everything right except r1 L4-L5 canal_stenosis (moderate vs mild)
MODEL = GOLD.copy()
MODEL.loc[0, "value"] = "moderate"
#: keys nobody gets wrong: must not be listed
ALL_RIGHT = [("r1", "L4-L5", "disc_bulge"), ("r1", "L5-S1", "canal_stenosis")]


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """The tables on disk: reference CSV, rules Parquet, model CSV, report texts JSONL."""
    paths = {
        "gold": tmp_path / "gold.csv",
        "rules": tmp_path / "rules.parquet",
        "model": tmp_path / "model.csv",
        "reports": tmp_path / "reports.jsonl",
    }
    GOLD.to_csv(paths["gold"], index=False)
    RULES.to_parquet(paths["rules"], index=False)
    MODEL.to_csv(paths["model"], index=False)
    paths["reports"].write_text(
        "".join(
            json.dumps({"report_id": i, "text": t}) + "\n"
            for i, t in [("r1", TEXT_R1), ("r2", TEXT_R2)]
        )
    )
    return paths


def _preds(files: dict[str, Path]) -> dict[str, Path]:
    return {"rules": files["rules"], "model": files["model"]}


def _strict_json(path: Path) -> dict:
    def bad(c: str) -> None:
        raise AssertionError(f"non-strict JSON constant {c}")

    return json.loads(path.read_text(), parse_constant=bad)


@pytest.mark.parametrize("report_ids", [None, ["r1"]])
def test_each_labeler_scored_as_alone(files: dict[str, Path], report_ids: list[str] | None) -> None:
    res = compare_files(_preds(files), files["gold"], report_ids=report_ids)
    assert list(res["labelers"]) == ["rules", "model"] and res["gold"] == str(files["gold"])
    for name, path in _preds(files).items():
        alone = validate_files(path, files["gold"], report_ids=report_ids)
        assert json_safe(res["labelers"][name]) == json_safe(alone), name
    if report_ids is None:
        rules, model = res["labelers"]["rules"], res["labelers"]["model"]
        assert (rules["tp"], rules["fp"], rules["fn"]) == (3, 3, 3)
        assert (model["tp"], model["fp"], model["fn"]) == (5, 1, 1)
        sbs = res["side_by_side"]
        assert sbs["micro_f1"] == {"rules": 0.5, "model": pytest.approx(5 / 6)}
        assert sbs["per_finding_f1"]["disc_herniation"]["rules"] == 0.0
        assert sbs["per_finding_f1"]["disc_herniation"]["model"] != sbs["per_finding_f1"][
            "disc_herniation"
        ]["model"]  # NaN: the model's comparison has no such key
        assert res["n_differing_keys"] == 5


def test_side_by_side_table(files: dict[str, Path]) -> None:
    res = compare_files(_preds(files), files["gold"])
    lines = side_by_side_table(res).splitlines()
    assert lines[0].split() == ["metric", "rules", "model"]
    rows = {" ".join(ln.split()[:-2]): ln.split()[-2:] for ln in lines[1:]}
    assert list(rows)[:5] == ["micro-F1", "precision", "recall", "exact", "kappa"]
    for label, key in [("micro-F1", "micro_f1"), ("exact", "exact_on_shared_keys"),
                       ("kappa", "kappa_linear_graded")]:
        want = [f"{res['labelers'][n][key]:.3f}" for n in ("rules", "model")]
        assert rows[label] == want, label
    assert rows["micro-F1"] == ["0.500", "0.833"]
    findings = sorted(set(GOLD.finding) | set(RULES.finding))
    assert list(rows)[5:] == [f"F1 {f}" for f in findings]
    assert rows["F1 modic"] == ["0.000", "1.000"]
    assert rows["F1 disc_herniation"] == ["0.000", "-"]
    assert len({len(ln) for ln in lines[1:]}) == 1  # fixed width
    # the JSON round trip (NaN -> null) renders the same table
    assert side_by_side_table(json.loads(json.dumps(json_safe(res)))) == side_by_side_table(res)


def test_differing_keys_flags() -> None:
    comps = {"rules": compare_tables(RULES, GOLD), "model": compare_tables(MODEL, GOLD)}
    d = differing_keys(comps).set_index(["report_id", "level", "finding"])
    assert len(d) == 5
    for key in ALL_RIGHT:
        assert key not in d.index
    # rules right, model wrong
    row = d.loc[("r1", "L4-L5", "canal_stenosis")]
    assert (row.gold, row["value:rules"], row["value:model"]) == ("mild", "none", "moderate")
    assert bool(row["right:rules"]) and not bool(row["right:model"])
    # rules wrong, model right
    row = d.loc[("r1", "L5-S1", "modic")]
    assert not bool(row["right:rules"]) and bool(row["right:model"])
    # rules missed the key (no row): wrong; model right
    row = d.loc[("r2", "L3-L4", "spondylolisthesis")]
    assert pd.isna(row["value:rules"]) and not bool(row["right:rules"]) and bool(row["right:model"])
    # an extra rules key: no reference row; the model has none either, so it is right
    row = d.loc[("r2", "L2-L3", "disc_herniation")]
    assert not bool(row.in_gold) and pd.isna(row.gold) and pd.isna(row["value:model"])
    assert not bool(row["right:rules"]) and bool(row["right:model"])


def _diff_rows(page: str) -> dict[tuple[str, str, str], str]:
    """The rows of the differing-keys table by key (their HTML)."""
    section = page.split("Keys where the labelers differ")[1]
    out = {}
    for tr in re.findall(r"<tr>(.*?)</tr>", section, flags=re.S)[1:]:
        cells = re.findall(r"<td[^>]*>(.*?)</td>", tr, flags=re.S)
        out[(cells[0], cells[1], cells[2])] = tr
    return out


def test_comparison_page(files: dict[str, Path], tmp_path: Path) -> None:
    html_path, json_path = tmp_path / "cmp.html", tmp_path / "cmp.json"
    res = compare_files(
        _preds(files), files["gold"], html=html_path, json_out=json_path, reports=files["reports"]
    )
    assert _strict_json(json_path) == json.loads(json.dumps(json_safe(res)))
    page = html_path.read_text()
    assert "Keys where the labelers differ (5)" in page
    assert page.count("data:image/png;base64,") == 1  # the grouped F1 bars
    rows = _diff_rows(page)
    assert len(rows) == 5 and not any(k in rows for k in ALL_RIGHT)
    canal = rows[("r1", "L4-L5", "canal_stenosis")]
    assert 'none <span class="ok">✓</span>' in canal
    assert 'moderate <span class="bad">✗</span>' in canal
    missed = rows[("r2", "L3-L4", "spondylolisthesis")]
    assert '<span class="muted">—</span> <span class="bad">✗</span>' in missed
    extra = rows[("r2", "L2-L3", "disc_herniation")]
    assert "<td>model</td>" in extra  # which labelers are right
    assert "L5-S1: Severe stenosis, <mark>Modic type 1</mark>." in rows[("r1", "L5-S1", "modic")]
    assert "&lt;left&gt;" in page and "<left>" not in page  # report text escaped
    assert "<script" not in page
    assert not list(tmp_path.glob(".*.tmp"))


def test_parse_pred_specs(tmp_path: Path) -> None:
    assert parse_pred_specs(["rules=a/r.parquet", "b/model.csv"]) == {
        "rules": Path("a/r.parquet"),
        "model": Path("b/model.csv"),
    }
    assert parse_pred_specs(["runs/k=1/p.csv"]) == {"p": Path("runs/k=1/p.csv")}
    odd = tmp_path / "x=y.csv"  # an existing file whose name holds "=" (cwd-independent check)
    odd.write_text("report_id,level,finding,value\n")
    assert parse_pred_specs([str(odd)]) == {"x=y": odd}
    with pytest.raises(ValueError, match="duplicate labeler name 'p'"):
        parse_pred_specs(["a/p.csv", "b/p.csv"])
    with pytest.raises(ValueError, match="NAME=PATH"):
        parse_pred_specs(["=x.csv"])


def _invoke(*args: str) -> tuple[int, str]:
    res = CliRunner().invoke(app, ["labels", "validate", *args])
    return res.exit_code, res.output


def test_cli_side_by_side(files: dict[str, Path], tmp_path: Path) -> None:
    html_path, json_path = tmp_path / "page.html", tmp_path / "m.json"
    code, out = _invoke(
        "--pred", f"rules={files['rules']}",
        "--pred", str(files["model"]),  # plain path: named by its stem
        "--gold", str(files["gold"]),
        "-o", str(html_path),
        "--json", str(json_path),
        "--reports", str(files["reports"]),
    )
    assert code == 0, out
    m = _strict_json(json_path)
    assert list(m["labelers"]) == ["rules", "model"] and m["n_differing_keys"] == 5
    flat = " ".join(out.split())
    for name, path in _preds(files).items():
        line = f"{name}: {summary_line(validate_files(path, files['gold']))}"
        assert " ".join(line.split()) in flat, name
    table = side_by_side_table(compare_files(_preds(files), files["gold"]))
    assert table in out
    assert "Keys where the labelers differ (5)" in html_path.read_text()
    assert "Modic type 1" not in out and "foraminal stenosis." not in out  # no report text


def test_cli_single_pred_unchanged(files: dict[str, Path], tmp_path: Path) -> None:
    ref_json = tmp_path / "ref.json"
    ref = validate_files(files["rules"], files["gold"], json_out=ref_json)
    for spec in (str(files["rules"]), f"rules={files['rules']}"):
        json_path, html_path = tmp_path / "m.json", tmp_path / "v.html"
        code, out = _invoke(
            "--pred", spec, "--gold", str(files["gold"]), "--json", str(json_path), "-o", str(html_path)
        )
        assert code == 0, out
        assert _strict_json(json_path) == _strict_json(ref_json)
        assert " ".join(out.split()).startswith(" ".join(summary_line(ref).split()))
        assert "per-finding F1: canal_stenosis 1.000" in " ".join(out.split())
        assert "Disagreements (4)" in html_path.read_text()  # the single-table page
        assert "labelers differ" not in out


def test_cli_errors(files: dict[str, Path], tmp_path: Path) -> None:
    json_path = tmp_path / "m.json"
    code, out = _invoke(
        "--pred", f"a={files['rules']}", "--pred", f"a={files['model']}",
        "--gold", str(files["gold"]), "--json", str(json_path),
    )
    assert code == 2 and "duplicate labeler name 'a'" in " ".join(out.split())
    other = tmp_path / "other"
    other.mkdir()
    MODEL.to_csv(other / "rules.csv", index=False)
    code, out = _invoke(
        "--pred", str(files["rules"]), "--pred", str(other / "rules.csv"), "--gold", str(files["gold"])
    )
    assert code == 2 and "duplicate labeler name 'rules'" in " ".join(out.split())
    code, out = _invoke(
        "--pred", f"a={files['rules']}", "--pred", f"b={tmp_path / 'missing.csv'}",
        "--gold", str(files["gold"]), "--json", str(json_path),
    )
    flat = " ".join(out.split())
    assert code == 2 and "labeler 'b'" in flat and "no such label table" in flat
    assert not json_path.exists()  # nothing written when a table is missing
