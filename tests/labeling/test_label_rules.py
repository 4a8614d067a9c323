"""Rule files: packaged rules validate; a bad rule file gives an error naming file and field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from spinelab.labeling.labeler import Labeler
from spinelab.labeling.rules import (
    PACKAGED_RULES,
    GradeRule,
    PredicateRule,
    RuleFileError,
    load_rules,
)


def test_packaged_rules_load() -> None:
    r = load_rules()
    assert r.vocab.grades and r.context.cues and r.sections.headers and r.levels.scopes
    assert len(r.fingerprint) == 12


def _copy(tmp_path: Path) -> Path:
    d = tmp_path / "rules"
    shutil.copytree(PACKAGED_RULES, d)
    return d


def _replace_line(path: Path, start_of_line: str, line: str) -> None:
    """Replace the line of rule file ``path`` that starts with ``start_of_line``."""
    text = path.read_text()
    start = text.index(start_of_line)
    end = text.index("\n", start)
    path.write_text(text[:start] + line + text[end:])


def test_bad_regex_names_file_and_field(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    p = d / "vocab.yaml"
    p.write_text(
        p.read_text().replace(
            "value: moderate}", 'value: moderate}\n  - {pattern: "(unclosed", value: mild}', 1
        )
    )
    with pytest.raises(RuleFileError) as e:
        load_rules(d)
    msg = str(e.value)
    assert "vocab.yaml" in msg and "grades." in msg and "regular expression" in msg


@pytest.mark.parametrize(
    ("name", "field", "bad"),
    [
        ("vocab.yaml", "structure_label", '"(conus"'),
        ("vocab.yaml", "study_lead", '"(mri"'),
        ("levels.yaml", "vertebra_disc", '"(VERTS"'),
        ("sections.yaml", "replace", '"(correction"'),
        ("sections.yaml", "superseded", '"(supersed"'),
        ("sections.yaml", "opener", '"(mri"'),
        ("sections.yaml", "earlier", '"(prior"'),
    ],
)
def test_a_bad_regex_field_names_its_file_and_field(
    tmp_path: Path, name: str, field: str, bad: str
) -> None:
    d = _copy(tmp_path)
    _replace_line(d / name, f"{field}:", f"{field}: {bad}")
    with pytest.raises(RuleFileError, match=f"(?s){name}.*{field}.*regular expression"):
        load_rules(d)


def test_a_language_sharing_an_english_word_names_its_field(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    p = d / "sections.yaml"
    p.write_text(p.read_text().replace("french: [le, la,", "french: [the, le, la,", 1))
    with pytest.raises(RuleFileError, match="(?s)sections.yaml.*languages.others.*french.*the"):
        load_rules(d)


def test_a_change_word_that_is_no_word_names_its_field(tmp_path: Path) -> None:
    # change_words are composed into lookbehinds: a regex or a capital would change them
    d = _copy(tmp_path)
    p = d / "vocab.yaml"
    p.write_text(p.read_text().replace("change_words: [improved,", "change_words: [impro.*,", 1))
    with pytest.raises(RuleFileError, match="(?s)vocab.yaml.*change_words.*impro"):
        load_rules(d)


def test_a_bad_selector_names_its_field(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    p = d / "levels.yaml"
    text = p.read_text()
    p.write_text(text.replace("pick: last}", "pick: lowest}", 1))
    with pytest.raises(RuleFileError, match="(?s)levels.yaml.*selectors.*pick"):
        load_rules(d)
    p.write_text(text.replace("pick: last}", "pick: last, count: 9}", 1))
    with pytest.raises(RuleFileError, match="(?s)levels.yaml.*selectors.*count"):
        load_rules(d)


def test_selectors_pick_out_of_a_list(tmp_path: Path) -> None:
    """A site's own selector phrase ('the inferior-most') picks its level out of the list."""
    d = _copy(tmp_path)
    p = d / "levels.yaml"
    p.write_text(
        p.read_text()
        + '  - {pattern: "the\\\\s+inferior-most", pick: last}\n'
    )
    text = "FINDINGS: Bulges at L3-4 and L4-5, the inferior-most with moderate canal stenosis."
    rows = {(r["level"], r["finding"]): r["value"] for r in Labeler(d).label_report("r", text)}
    assert rows.get(("L4-L5", "canal_stenosis")) == "moderate"
    assert ("L3-L4", "canal_stenosis") not in rows
    rows = {(r["level"], r["finding"]) for r in Labeler().label_report("r", text)}
    assert ("L3-L4", "canal_stenosis") in rows  # not a packaged phrase: both levels


def test_bad_value_and_unknown_field(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    p = d / "vocab.yaml"
    p.write_text(p.read_text().replace("value: moderate}", "value: medium, colour: red}", 1))
    with pytest.raises(RuleFileError) as e:
        Labeler(d)
    msg = str(e.value)
    assert "vocab.yaml" in msg and "value" in msg and "colour" in msg


def test_missing_file_and_not_yaml(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    (d / "context.yaml").unlink()
    with pytest.raises(RuleFileError, match="context.yaml"):
        load_rules(d)
    (d / "context.yaml").write_text("cues: [unclosed")
    with pytest.raises(RuleFileError, match="not valid YAML"):
        load_rules(d)


@pytest.mark.parametrize(
    ("old", "new", "match"),
    [
        ('levels: ["L1-L2", "L2-L3", "L3-L4"]', 'levels: ["L1-L2", "L9-L10"]', "L9-L10"),
        ("except_named: report}", "except_named: everywhere}", "except_named"),
    ],
    ids=["unknown-level", "unknown-except-named-mode"],
)
def test_bad_scope_in_levels_file(tmp_path: Path, old: str, new: str, match: str) -> None:
    d = _copy(tmp_path)
    p = d / "levels.yaml"
    text = p.read_text()
    assert old in text  # the scope to spoil is still there
    p.write_text(text.replace(old, new))
    with pytest.raises(RuleFileError, match=match):
        load_rules(d)


def test_vertebra_placeholder_used_twice_is_a_clear_error(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    _replace_line(
        d / "levels.yaml", 'endplate: "', r'endplate: "(?:upper|lower)\\s+VERT\\s+or\\s+VERT"'
    )
    with pytest.raises(RuleFileError, match="levels.yaml: endplate: with its vertebrae"):
        Labeler(d)


def test_rule_classes_validate_on_construction() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        GradeRule(value="mild")
    with pytest.raises(ValueError):
        PredicateRule(pattern="narrowing", applies_to=[])


def test_site_adds_a_phrasing_without_code(tmp_path: Path) -> None:
    """A new grade word in the YAML changes the labels, no code touched."""
    text = "L4-5: gross canal stenosis."
    assert Labeler().label_report("r", text)[0]["value"] == "present"
    d = _copy(tmp_path)
    p = d / "vocab.yaml"
    p.write_text(
        p.read_text().replace("grades:\n", 'grades:\n  - {pattern: "gross", value: severe}\n', 1)
    )
    rows = Labeler(d).label_report("r", text)
    assert [(r["finding"], r["value"]) for r in rows] == [("canal_stenosis", "severe")]


def test_an_imaging_quotes_study_year_needs_its_year_group(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    _replace_line(d / "sections.yaml", "study_year:", 'study_year: "mri\\s+\\d{4}"')
    with pytest.raises(RuleFileError, match="(?s)sections.yaml.*study_year.*year"):
        load_rules(d)


def test_a_symptom_rule_needs_its_side_group(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    _replace_line(d / "sections.yaml", "  symptom:", '  symptom: "(left|right) leg"')
    with pytest.raises(RuleFileError, match="(?s)sections.yaml.*symptom.*side"):
        load_rules(d)
