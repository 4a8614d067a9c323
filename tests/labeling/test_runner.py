"""spinelab.labeling.runner + report_source: reading CSV/Parquet/JSONL, error rows, atomic output."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from spinelab.labeling.errors import ReportError
from spinelab.labeling.label_tables import LABEL_COLUMNS, read_table
from spinelab.labeling.labeler import check_text
from spinelab.labeling.report_source import InputError, open_input, plan_partitions, read_partition
from spinelab.labeling.runner import LabelerSpec, get_labeler, label_file, screen_text
from spinelab.schema import validate_labels


class StandInLabeler:
    """Tiny labeler with the Labeler API: 'GRADE canal stenosis at Lx-y' -> one row per phrase.

    Fast and predictable, so these tests check the runner, not the rules."""

    PAT = re.compile(r"(mild|moderate|severe) canal stenosis at (L\d)-(\d|S1)")

    def __init__(self, rules_dir: str | None = None) -> None:
        self.rules_dir = rules_dir

    def label_report(self, report_id: str, text: object) -> list[dict]:
        text = check_text(text)  # the real labeler's input checks (empty, not_text, not_lumbar)
        if "CRASH" in text:
            raise KeyError("secret report words")  # an unexpected labeler bug
        rows = []
        for m in self.PAT.finditer(text):
            lower = m.group(3) if m.group(3) == "S1" else f"L{m.group(3)}"
            rows.append(
                {
                    "report_id": report_id,
                    "level": f"{m.group(2)}-{lower}",
                    "finding": "canal_stenosis",
                    "value": m.group(1),
                    "uncertain": False,
                    "evidence": m.group(0),
                    "start": m.start(),
                    "end": m.end(),
                    "section": "findings",
                }
            )
        return rows


STAND_IN = LabelerSpec(f"{StandInLabeler.__module__}:StandInLabeler", (("rules_dir", None),))

GOOD = {
    "r1": "FINDINGS: mild canal stenosis at L4-5. severe canal stenosis at L5-S1.",
    "r2": "FINDINGS: moderate canal stenosis at L3-4.",
    "r3": "FINDINGS: Normal lumbar spine.",
}


def _frame() -> pd.DataFrame:
    rows = [{"report_id": k, "text": v} for k, v in GOOD.items()]
    rows += [
        {"report_id": "e_empty", "text": "   "},
        {"report_id": "e_none", "text": None},
        {"report_id": "e_cerv", "text": "CT chest: no pulmonary nodule. Heart size normal."},
        {"report_id": "e_junk", "text": "\x01\x02\x03 junk \x04\x05\x06 bytes"},
        {"report_id": "e_crash", "text": "CRASH mild canal stenosis at L4-5"},
        {"report_id": None, "text": "mild canal stenosis at L2-3"},
        {"report_id": "r1", "text": "duplicate of an id"},
    ]
    return pd.DataFrame(rows)


EXPECTED_ERRORS = {
    ("e_empty", "empty"),
    ("e_none", "not_text"),
    ("e_cerv", "not_lumbar"),
    ("e_junk", "not_text"),
    ("e_crash", "labeler_failed"),
    (None, "missing_id"),
    ("r1", "duplicate_id"),
}


def _write(df: pd.DataFrame, path: Path) -> Path:
    if path.suffix == ".csv":
        df.to_csv(path, index=False)
    elif path.suffix == ".parquet":
        df.to_parquet(path, index=False)
    else:
        with open(path, "w") as f:
            for rec in df.to_dict("records"):
                f.write(json.dumps(rec) + "\n")
    return path


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
@pytest.mark.parametrize("out_fmt", ["parquet", "csv"])
def test_label_file_formats_and_errors(tmp_path: Path, suffix: str, out_fmt: str) -> None:
    src = _write(_frame(), tmp_path / f"reports{suffix}")
    out = tmp_path / f"labels.{out_fmt}"
    s = label_file(src, out, labeler=STAND_IN, batch_size=3, progress=False)
    labels = read_table(out)
    errors = read_table(tmp_path / f"labels.errors.{out_fmt}")
    assert list(labels.columns) == list(LABEL_COLUMNS)
    validate_labels(labels)
    assert sorted(zip(labels.report_id, labels.level, labels.value, strict=True)) == [
        ("r1", "L4-L5", "mild"),
        ("r1", "L5-S1", "severe"),
        ("r2", "L3-L4", "moderate"),
    ]
    got = {
        (None if pd.isna(r) else r, reason)
        for r, reason in zip(errors.report_id, errors.reason, strict=True)
    }
    assert got == EXPECTED_ERRORS
    assert s.n_records == 10 and s.n_errors == 7 and s.n_rows == 3
    # the errors table never holds report text
    blob = errors.to_csv()
    assert "nodule" not in blob and "secret" not in blob and "stenosis" not in blob
    # nothing temporary left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [src.name, out.name, f"labels.errors.{out_fmt}"]
    )


def test_csv_multiline_quoted_and_blank_lines(tmp_path: Path) -> None:
    src = tmp_path / "r.csv"
    src.write_text(
        "report_id,text\n"
        'a,"FINDINGS:\nmild canal stenosis at L4-5.\n\n""quoted"" line"\n'
        "\n"
        'b,"moderate canal stenosis at L2-3"\r\n'
        'c,"severe canal stenosis at L5-S1, more\ntext"\n'
    )
    spec = open_input(src)
    parts = plan_partitions(spec, 2)
    assert [(p.row_start, p.row_stop) for p in parts] == [(0, 2), (2, 3)]
    got = [r for p in parts for r in read_partition(spec, p)[0]]
    assert [r.report_id for r in got] == ["a", "b", "c"]
    assert got[0].text.startswith("FINDINGS:\nmild") and '"quoted"' in got[0].text


def test_jsonl_bad_lines_become_error_rows(tmp_path: Path) -> None:
    src = tmp_path / "r.jsonl"
    src.write_text(
        json.dumps({"report_id": "a", "text": "mild canal stenosis at L4-5"})
        + "\n{not json\n[1, 2]\n\n"
        + json.dumps({"id": "x", "text": "no id key"})
        + "\n"
        + json.dumps({"report_id": 17, "text": "severe canal stenosis at L1-2"})
        + "\n"
    )
    out = tmp_path / "o.parquet"
    label_file(src, out, labeler=STAND_IN, progress=False)
    errors = pd.read_parquet(tmp_path / "o.errors.parquet")
    assert sorted(errors.reason) == ["missing_id", "unreadable_row", "unreadable_row"]
    assert set(pd.read_parquet(out).report_id) == {"a", "17"}  # integer ids become strings


def test_binary_and_junk_text(tmp_path: Path) -> None:
    df = pd.DataFrame(
        {
            "report_id": ["bin", "junk", "ok"],
            "text": [
                b"\xff\xfe\x00\x81binary",
                b"\x01\x02\x03\x04\x05 mostly control",
                b"mild canal stenosis at L4-5",
            ],
        }
    )
    pq.write_table(pa.Table.from_pandas(df, preserve_index=False), tmp_path / "r.parquet")
    out = tmp_path / "o.parquet"
    label_file(tmp_path / "r.parquet", out, labeler=STAND_IN, progress=False)
    errors = pd.read_parquet(tmp_path / "o.errors.parquet")
    assert dict(zip(errors.report_id, errors.reason, strict=True)) == {
        "bin": "not_text",
        "junk": "not_text",
    }
    assert list(pd.read_parquet(out).report_id) == ["ok"]


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (None, "not_text"),
        (float("nan"), "not_text"),
        (42, "not_text"),
        (b"\xff\xfe\x81", "not_text"),
        ("L4-5 " * 250_000, "too_long"),
    ],
)
def test_screen_text_reasons(value: object, reason: str) -> None:
    with pytest.raises(ReportError) as e:
        screen_text(value)
    assert e.value.reason == reason
    assert screen_text(b"L4-5 ok") == "L4-5 ok"


def test_screen_text_agrees_with_labeler() -> None:
    """The runner's screen and the Labeler give one reason for the same bad input."""
    from spinelab.labeling.labeler import MAX_CHARS, check_text

    for value in (None, 3.5, ["L4-5"], "x" * (MAX_CHARS + 1)):
        with pytest.raises(ReportError) as a:
            screen_text(value)
        with pytest.raises(ReportError) as b:
            check_text(value)
        assert a.value.reason == b.value.reason
    ok = "L4-5 " * (MAX_CHARS // 5)  # exactly at the limit: accepted by both
    assert screen_text(ok) == check_text(ok)


def test_unreadable_input_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        label_file(tmp_path / "missing.csv", tmp_path / "o.parquet", labeler=STAND_IN)
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"this is not parquet at all")
    with pytest.raises(InputError, match="bad.parquet"):
        label_file(bad, tmp_path / "o.parquet", labeler=STAND_IN)
    wrongcols = _write(pd.DataFrame({"id": ["a"], "body": ["x"]}), tmp_path / "w.csv")
    with pytest.raises(InputError, match=r"--id-col"):
        label_file(wrongcols, tmp_path / "o.parquet", labeler=STAND_IN)
    (tmp_path / "x.txt").write_text("a")
    with pytest.raises(InputError, match="suffix"):
        label_file(tmp_path / "x.txt", tmp_path / "o.parquet", labeler=STAND_IN)
    assert not (tmp_path / "o.parquet").exists()


def test_custom_columns_and_failed_write_leaves_no_output(tmp_path: Path) -> None:
    src = _write(
        pd.DataFrame({"acc": ["a", "b"], "body": ["mild canal stenosis at L4-5", "x"]}),
        tmp_path / "r.csv",
    )
    out = tmp_path / "o.csv"
    label_file(src, out, id_col="acc", text_col="body", labeler=STAND_IN, progress=False)
    assert list(pd.read_csv(out).report_id) == ["a"]

    with pytest.raises(ImportError, match="_no_such_labeler"):
        label_file(
            src,
            tmp_path / "p.parquet",
            id_col="acc",
            text_col="body",
            labeler=LabelerSpec(f"{__name__}:_no_such_labeler"),
        )


class InterruptedLabeler(StandInLabeler):
    """Stops the run (like Ctrl-C) at the third report."""

    calls = 0

    def label_report(self, report_id: str, text: str) -> list[dict]:
        InterruptedLabeler.calls += 1
        if InterruptedLabeler.calls == 3:
            raise KeyboardInterrupt
        return super().label_report(report_id, text)


def test_interrupted_run_leaves_no_partial_output(tmp_path: Path) -> None:
    src = _write(_frame(), tmp_path / "r.parquet")
    spec = LabelerSpec(f"{__name__}:InterruptedLabeler")
    with pytest.raises(KeyboardInterrupt):
        label_file(src, tmp_path / "o.parquet", labeler=spec, batch_size=1, progress=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.parquet"]


def test_cli_label(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from spinelab.cli import app

    src = _write(_frame(), tmp_path / "reports.jsonl")
    out = tmp_path / "labels.parquet"
    res = CliRunner().invoke(
        app, ["label", str(src), "-o", str(out), "--labeler", STAND_IN.factory]
    )
    assert res.exit_code == 0, res.output
    assert "reports/s" in res.output and "7 errors" in res.output
    assert "stenosis" not in res.output  # no report text on the console
    assert len(pd.read_parquet(out)) == 3
    res = CliRunner().invoke(app, ["label", str(tmp_path / "nope.csv"), "-o", str(out)])
    assert res.exit_code == 2 and "no such file" in res.output


@pytest.mark.realdata
def test_real_labeler_on_shared_reports(shared, tmp_path: Path) -> None:
    """The real Labeler through the runner gives exactly its own rows, plus an error table."""
    reports = shared("reports", "reports.jsonl")
    recs = [json.loads(x) for x in reports.read_text().splitlines() if x.strip()]
    recs.append({"report_id": "junk", "text": "\x00\x01 binary \x02"})
    recs.append({"report_id": "empty", "text": ""})
    src = tmp_path / "r.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in recs))
    out = tmp_path / "labels.parquet"
    s = label_file(src, out, batch_size=10, progress=False)
    got = pd.read_parquet(out)
    validate_labels(got)
    lab = get_labeler(LabelerSpec.default())  # the instance the runner used (built once)
    direct = []
    for r in recs[:-2]:
        try:
            direct.extend(lab.label_report(r["report_id"], r["text"]))
        except ReportError:
            pass
    assert len(got) == len(direct) > 100
    assert list(map(tuple, got[["report_id", "level", "finding", "value", "start"]].values)) == [
        (d["report_id"], d["level"], d["finding"], d["value"], d["start"]) for d in direct
    ]
    errors = pd.read_parquet(tmp_path / "labels.errors.parquet")
    assert {("junk", "not_text"), ("empty", "empty")} <= set(
        zip(errors.report_id, errors.reason, strict=True)
    )
    assert s.n_records == len(recs)
