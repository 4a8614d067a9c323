"""Tests of spinelab.data.synth.report_text (synthetic report text + the rows it states)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml

from spinelab.anatomy import DISCS
from spinelab.data.synth.pathology import sample_pathology
from spinelab.data.synth.report_text import (
    PHRASES_FILE,
    Row,
    Sentence,
    _Block,
    _resolve,
    load_phrases,
    render_report,
    spell_level,
)
from spinelab.schema import COLUMNS, FINDINGS, GRADED_FINDINGS, LUMBAR_LEVELS, validate_labels

N_REPORTS = 160
HEDGE = re.compile(
    r"\b(possible|probable|questionable|suspected|likely|may|cannot be excluded|"
    r"suggestive of)\b|bulging or protrusion|bulge or small protrusion",
    re.I,
)


def _pathology(**overrides: str) -> pd.DataFrame:
    """All-normal pathology with ``{"L4-L5:canal_stenosis": "severe"}``-style overrides."""
    rows = []
    for lv in DISCS:
        for f in FINDINGS:
            v = "none" if f in GRADED_FINDINGS or f == "modic" else "absent"
            rows.append((lv, f, overrides.get(f"{lv}:{f}", v)))
    return pd.DataFrame(rows, columns=["level", "finding", "value"])


@pytest.fixture(scope="module")
def batch() -> list[tuple[pd.DataFrame, str, pd.DataFrame]]:
    """(pathology, text, labels) of N_REPORTS random studies."""
    out = []
    for i in range(N_REPORTS):
        rng = np.random.default_rng(1000 + i)
        path = sample_pathology(rng)
        text, labels = render_report(path, rng, report_id=f"syn{i:04d}")
        out.append((path, text, labels))
    return out


def test_labels_follow_the_schema(batch) -> None:
    for i, (_, text, labels) in enumerate(batch):
        assert list(labels.columns) == list(COLUMNS)
        assert labels.uncertain.dtype == bool
        validate_labels(labels)
        assert set(labels.report_id) == {f"syn{i:04d}"}
        assert text.strip()
    # most levels' key findings are stated
    keys = pd.concat([lab for _, _, lab in batch])
    per_report_levels = keys.groupby("report_id")["level"].nunique()
    assert per_report_levels.median() >= 5


def test_rows_agree_with_the_pathology(batch) -> None:
    """A report may soften mild to 'no significant' or drop a grade, never invent or upgrade."""
    allowed = {
        "none": {"none"},
        "mild": {"mild", "none", "present"},
        "moderate": {"moderate", "present"},
        "severe": {"severe", "present"},
    }
    for path, _, labels in batch:
        truth = {(r.level, r.finding): r.value for r in path.itertuples()}
        disc = labels[
            labels.finding.isin(["disc_bulge", "disc_herniation"])
            & labels.uncertain
            & (labels.value == "present")
        ]
        bulge_or_prot = set(disc.level[disc.level.duplicated()])  # "bulging or protrusion"
        for r in labels.itertuples():
            t = truth[(r.level, r.finding)]
            if r.finding in GRADED_FINDINGS:
                assert r.value in allowed[t], (r, t)
            elif r.finding == "modic":
                assert r.value == t or (r.value == "present" and t != "none"), (r, t)
            elif r.finding in ("disc_bulge", "disc_herniation") and r.level in bulge_or_prot:
                assert r.value == "present"
            else:
                assert r.value == t, (r, t)


def test_value_variety(batch) -> None:
    labels = pd.concat([lab for _, _, lab in batch])
    for f in GRADED_FINDINGS:
        assert set(labels.loc[labels.finding == f, "value"]) >= {
            "none",
            "mild",
            "moderate",
            "severe",
        }
    assert set(labels.value[labels.finding == "modic"]) >= {"type2", "none"}
    assert labels.uncertain.any() and not labels.uncertain.all()
    assert (labels.value == "present").any()
    assert {"T12-L1", *LUMBAR_LEVELS} == set(labels.level)


def test_hedged_rows_only_where_the_text_hedges(batch) -> None:
    for _, text, labels in batch:
        if labels.uncertain.any():
            assert HEDGE.search(text), text
    # and hedges do occur without turning every row of the report uncertain
    n_unc = [lab.uncertain.sum() for _, _, lab in batch]
    assert 0 < np.mean(n_unc) < 5


def test_same_seed_same_report() -> None:
    path = sample_pathology(np.random.default_rng(3))
    a = render_report(path, np.random.default_rng(5), report_id="x")
    b = render_report(path, np.random.default_rng(5), report_id="x")
    assert a[0] == b[0]
    pd.testing.assert_frame_equal(a[1], b[1])
    texts = {render_report(path, np.random.default_rng(s), report_id="x")[0] for s in range(6)}
    assert len(texts) == 6


def test_every_level_spelling_family_occurs(batch) -> None:
    bank = load_phrases()
    text = "\n".join(t for _, t, _ in batch)
    for fam in bank.level_spellings:
        spelled = [spell_level(lv, fam) for lv in LUMBAR_LEVELS]
        assert any(re.search(rf"(?<![\w/–-]){re.escape(s)}(?![\w/–])", text) for s in spelled), fam
    assert "lumbosacral" in text
    assert "L5/S1" in text and "L5-S1" in text
    with pytest.raises(KeyError, match="valid"):
        spell_level("L4-L5", "roman")


def test_all_report_styles_occur(batch) -> None:
    texts = [t for _, t, _ in batch]
    assert any("IMPRESSION" in t.upper() or "CONCLUSION" in t.upper() for t in texts)
    assert any(re.search(r"^(HISTORY|CLINICAL HISTORY|INDICATION):", t, re.M) for t in texts)
    assert any(re.search(r"\bAt (L\d|T12|the lumbosacral)", t) for t in texts)
    assert any("///" in t or ", L" in t for t in texts)
    assert any(not re.search(r"FINDINGS|Findings|REPORT:", t) for t in texts)


def test_all_normal_study_states_only_negatives() -> None:
    path = _pathology()
    for seed in range(25):
        text, labels = render_report(path, np.random.default_rng(seed), report_id="n")
        assert set(labels.value) <= {"none", "absent"}, text
        assert not labels.uncertain.any()
        # every lumbar level says something about the canal or the disc
        assert set(labels.level) >= set(LUMBAR_LEVELS), text


def test_severe_stenosis_is_stated_severe_or_ungraded() -> None:
    path = _pathology(
        **{
            "L4-L5:canal_stenosis": "severe",
            "L4-L5:disc_bulge": "present",
            "L4-L5:subarticular_stenosis_left": "severe",
            "L4-L5:subarticular_stenosis_right": "severe",
        }
    )
    seen = 0
    for seed in range(30):
        text, labels = render_report(path, np.random.default_rng(seed), report_id="s")
        row = labels[(labels.level == "L4-L5") & (labels.finding == "canal_stenosis")]
        if len(row):
            seen += 1
            assert row.value.iloc[0] in ("severe", "present")
            assert row.value.iloc[0] == "present" or not row.uncertain.iloc[0]
        other = labels[(labels.level != "L4-L5") & labels.finding.isin(GRADED_FINDINGS)]
        assert set(other.value) <= {"none"}
    assert seen >= 25


def test_alignment_blanket_gives_absent_except_where_stated() -> None:
    path = _pathology(**{"L4-L5:spondylolisthesis": "present", "L4-L5:disc_bulge": "present"})
    blanket = 0
    for seed in range(40):
        text, labels = render_report(path, np.random.default_rng(seed), report_id="a")
        sp = labels[labels.finding == "spondylolisthesis"].set_index("level").value
        assert sp.get("L4-L5") == "present", text  # a listhesis is always stated
        assert "T12-L1" not in sp.index  # blanket statements cover lumbar levels only
        if re.search(r"otherwise|No other spondylolisthesis", text):
            blanket += 1
            assert all(sp.get(lv) == "absent" for lv in LUMBAR_LEVELS if lv != "L4-L5"), text
    assert blanket >= 10


def test_resolve_findings_win_and_impression_adds() -> None:
    f = _Block(
        "findings",
        [
            Sentence(
                "L4-5: moderate canal stenosis.", (Row("L4-L5", "canal_stenosis", "moderate"),)
            ),
            Sentence("No spondylolisthesis.", (Row("*", "spondylolisthesis", "absent"),)),
        ],
    )
    imp = _Block(
        "impression",
        [
            Sentence(
                "L4-5: moderate canal stenosis, disc bulge.",
                (Row("L4-L5", "canal_stenosis", "moderate"), Row("L4-L5", "disc_bulge", "present")),
            )
        ],
    )
    other = _Block(
        "other",
        [Sentence("HISTORY: L4-5 herniation.", (Row("L4-L5", "disc_herniation", "present"),))],
    )
    df = _resolve([other, f, imp], "r1")
    got = {(r.level, r.finding): r.value for r in df.itertuples()}
    assert got[("L4-L5", "canal_stenosis")] == "moderate"
    assert got[("L4-L5", "disc_bulge")] == "present"  # added by the impression
    assert ("L4-L5", "disc_herniation") not in got  # history gives no rows
    assert {lv for (lv, fd) in got if fd == "spondylolisthesis"} == set(LUMBAR_LEVELS)
    bad = _Block("impression", [Sentence("x", (Row("L4-L5", "canal_stenosis", "severe"),))])
    with pytest.raises(AssertionError, match="contradicts"):
        _resolve([f, bad], "r2")


def test_bad_phrase_file_names_the_file(tmp_path: Path) -> None:
    raw = yaml.safe_load(PHRASES_FILE.read_text(encoding="utf-8"))
    raw["stenosis"]["foramen"]["pair"] = ["{g1} {s1} foraminal narrowing"]  # lacks {g2}, {s2}
    bad = tmp_path / "phr.yaml"
    bad.write_text(yaml.safe_dump(raw), encoding="utf-8")
    with pytest.raises(ValueError, match="phr.yaml"):
        load_phrases(bad)
    raw = yaml.safe_load(PHRASES_FILE.read_text(encoding="utf-8"))
    raw["grades"]["moderate"]["adj"] = []
    bad.write_text(yaml.safe_dump(raw), encoding="utf-8")
    with pytest.raises(ValueError, match="empty"):
        load_phrases(bad)


def test_missing_pathology_rows_are_an_error() -> None:
    path = _pathology().iloc[:-1]
    with pytest.raises(ValueError, match="report r9"):
        render_report(path, np.random.default_rng(0), report_id="r9")
    path = _pathology(**{"L4-L5:canal_stenosis": "present"})  # image truth is always graded
    with pytest.raises(ValueError, match="invalid values"):
        render_report(path, np.random.default_rng(0), report_id="r10")


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def test_no_real_report_sentence_is_reproduced(batch, shared) -> None:
    real = shared("reports", "reports.jsonl")
    corpus = _norm(
        " ".join(json.loads(line)["text"] for line in real.read_text().splitlines() if line.strip())
    )
    checked = 0
    for _, text, _ in batch:
        for sent in re.split(r"(?<=[.;:])\s+|\n+|, (?=L\d)| /// ", text):
            words = sent.split()
            if len(words) < 8:
                continue
            checked += 1
            assert _norm(sent).rstrip(".") not in corpus, sent
    assert checked > 500


def _ctx(seed: int):
    from spinelab.data.synth.report_text import _bank, _Ctx

    return _Ctx(np.random.default_rng(seed), _bank(), "hyphen", "structured")


def test_phrase_rows_follow_their_wording() -> None:
    """Hand-picked cases: hedges, negations, sides and intermediate grades give the right rows."""
    from spinelab.data.synth.report_text import _canal_phrase, _sided_phrases

    bank = load_phrases()
    moderate_words = [*bank.grades["moderate"].adj, *bank.grades["moderate"].adv]
    for seed in range(40):
        ctx = _ctx(seed)
        # a hedged left side and a certain right side never share a sentence-level phrase
        st = {
            "foraminal_stenosis_left": ("mild", True),
            "foraminal_stenosis_right": ("moderate", False),
        }
        for ph in _sided_phrases(ctx, "L4-L5", "foramen", st):
            assert len(ph.rows) == 1
            (row,) = ph.rows
            assert ph.hedged == row.uncertain == bool(HEDGE.search(ph.text)), ph.text
            assert ("left" in ph.text) == (row.finding == "foraminal_stenosis_left"), ph.text
        # equal sides: one phrase, both rows; "bilateral"/unsided/"greater on" all give both sides
        st = {
            "subarticular_stenosis_left": ("severe", False),
            "subarticular_stenosis_right": ("severe", False),
        }
        (ph,) = _sided_phrases(ctx, "L5-S1", "recess", st)
        assert {r.finding for r in ph.rows} == set(st) and {r.value for r in ph.rows} == {"severe"}
        # negation: none is written as a negation or a normal statement
        ph = _canal_phrase(ctx, "L3-L4", "none", False)
        assert ph.negative and ph.rows[0].value == "none"
        assert re.search(r"\b(no|without|patent|normal|preserved|maintained)\b", ph.text), ph.text
        # a moderate grade is written with a moderate word ("mild to moderate" states moderate)
        ph = _canal_phrase(ctx, "L3-L4", "moderate", False)
        assert any(w in ph.text for w in moderate_words), ph.text
        assert ph.rows[0].value == "moderate"
