"""Unedited speech recognition (spoken punctuation and levels) read as written text."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from spinelab.labeling.dictation import DictationRules
from spinelab.labeling.labeler import Labeler
from spinelab.labeling.rules import PACKAGED_RULES, RuleFileError, load_rules

DICTATED = (
    "mri lumbar spine without contrast new paragraph history colon low back pain for a period of "
    "six weeks period new paragraph findings colon alignment is normal period at l three-four "
    "there is a mild disc bulge period at l four l five comma a left paracentral protrusion with "
    "moderate left subarticular stenosis and mild left foraminal narrowing period at l five s one "
    "no stenosis period new paragraph impression colon l four-five protrusion period"
)
WRITTEN = (
    "MRI lumbar spine without contrast.\n\nHISTORY: Low back pain for a period of six weeks.\n\n"
    "FINDINGS: Alignment is normal. At L3-4 there is a mild disc bulge. At L4-L5, a left "
    "paracentral protrusion with moderate left subarticular stenosis and mild left foraminal "
    "narrowing. At L5-S1 no stenosis.\n\nIMPRESSION: L4-5 protrusion."
)


@pytest.fixture(scope="module")
def spoken() -> DictationRules:
    rules = load_rules().sections.dictation
    assert rules is not None
    return rules


def test_written_form_keeps_length_and_writes_marks_and_levels(spoken: DictationRules) -> None:
    out = spoken.written_form(DICTATED)
    assert len(out) == len(DICTATED)
    assert "period" not in out.replace("period of", "") and "new paragraph" not in out
    assert re.search(r"\n\n\s*findings\s*:", out) and re.search(r"\n\n\s*impression\s*:", out)
    assert out.count("L3-L4") == 1 and out.count("L4-L5") == 2 and "L5-S1" in out
    assert "period of" in out  # 'a period of six weeks' is not a command


def test_written_text_is_left_alone(spoken: DictationRules) -> None:
    text = "The visualized colon is unremarkable. Symptoms for a period of 6 weeks. L4-5: normal."
    assert not spoken.is_dictation(text)
    assert spoken.written_form(text) == text
    # "there's one" is not a level, even in dictation
    text = "findings colon there's one small cyst period new paragraph"
    assert "S1" not in spoken.written_form(text)


def _rows(text: str) -> set[tuple[str, str, str]]:
    return {
        (r["level"], r["finding"], r["value"])
        for r in Labeler(sentence_cache=0).label_report("r1", text)
    }


def test_dictated_report_labels_as_its_written_twin() -> None:
    dictated, written = _rows(DICTATED), _rows(WRITTEN)
    assert ("L4-L5", "subarticular_stenosis_left", "moderate") in written
    assert ("L3-L4", "disc_bulge", "present") in written
    assert dictated == written
    # evidence offsets are the report's own
    for r in Labeler(sentence_cache=0).label_report("r1", DICTATED):
        assert DICTATED[r["start"] : r["end"]].strip()


def test_bad_dictation_rules_name_the_field(tmp_path: Path) -> None:
    d = tmp_path / "rules"
    shutil.copytree(PACKAGED_RULES, d)
    data = yaml.safe_load((d / "sections.yaml").read_text())
    data["dictation"]["numbers"]["thirteen"] = 13
    (d / "sections.yaml").write_text(yaml.safe_dump(data))
    with pytest.raises(RuleFileError, match=r"(?s)sections\.yaml.*dictation\.numbers"):
        load_rules(d)
    data["dictation"]["numbers"].pop("thirteen")
    data["dictation"]["second_numbers"]["For"] = 4  # a mis-heard number is a lower-case word
    (d / "sections.yaml").write_text(yaml.safe_dump(data))
    with pytest.raises(RuleFileError, match=r"(?s)sections\.yaml.*dictation\.second_numbers"):
        load_rules(d)
    data["dictation"]["second_numbers"].pop("For")
    data["dictation"]["misheard"][0]["pattern"] = "for(a"  # a mis-heard word's bad regex
    (d / "sections.yaml").write_text(yaml.safe_dump(data))
    with pytest.raises(RuleFileError, match=r"dictation\.misheard\.0\.pattern"):
        load_rules(d)
    data["dictation"]["misheard"][0]["pattern"] = "for"
    data["dictation"]["marks"][0]["pattern"] = "new(paragraph"
    (d / "sections.yaml").write_text(yaml.safe_dump(data))
    with pytest.raises(RuleFileError, match=r"dictation\.marks\.0\.pattern"):
        load_rules(d)
    del data["dictation"]  # a site's older rules directory without the block still loads
    (d / "sections.yaml").write_text(yaml.safe_dump(data))
    assert load_rules(d).sections.dictation is None


def test_a_dictated_report_with_only_spoken_levels_is_lumbar() -> None:
    """No 'lumbar', no written level: its levels said as words still make it a lumbar report."""
    text = "findings colon at l four-five mild disc bulge period new paragraph"
    rows = Labeler(sentence_cache=0).label_report("r1", text)
    assert ("L4-L5", "disc_bulge", "present") in {(r["level"], r["finding"], r["value"]) for r in rows}
    _, errors = Labeler(sentence_cache=0).label_many([("r2", "findings colon no fracture period")])
    assert [e["reason"] for e in errors] == ["not_lumbar"]


def test_misheard_words_are_written_in_any_text(spoken: DictationRules) -> None:
    """A signed report keeps the recogniser's slips without a spoken mark: 'for a minimal'
    (foraminal) beside a side or a stenosis word, 'the call sac', 'disc bold', one spoken comma
    between words; the same length, and written English is left alone."""
    text = (
        "L4-5: mild disc bold indenting the call sac. Mild left for a minimal stenosis. "
        "L1 2 comma L2 3: normal."
    )
    assert not spoken.is_dictation(text)
    out = spoken.written_form(text)
    assert len(out) == len(text)
    assert "bulge" in out and "thecal sac" in out and "left foraminal" in out and "L1 2 ," in out
    written = "Symptoms for a minimal fee. He called for a minute. A bold font. The disc is bold."
    assert spoken.written_form(written) == written
    rows = _rows(text)
    assert ("L4-L5", "disc_bulge", "present") in rows
    assert ("L4-L5", "foraminal_stenosis_left", "mild") in rows
    assert ("L2-L3", "disc_bulge", "absent") in rows


def test_spoken_level_forms(spoken: DictationRules) -> None:
    """In dictation: 'L3 for' (four) only as the next level's number, 'L4 through 5' a disc, 'L3
    through 5' a range, 'L five S1' the lumbosacral disc; 'L5 for comparison' stays."""
    text = (
        "findings colon L3 for colon mild bulge period at L4 through 5 protrusion period "
        "L2 through 4 colon bulges period at L five S1 extrusion period L5 for comparison period"
    )
    out = spoken.written_form(text)
    assert len(out) == len(text)
    assert "L3-L4" in out and "L4-5" in out and "L2-4" in out and "L5-S1" in out
    assert "L5 for comparison" in out
    rows = _rows(text)
    assert {("L3-L4", "disc_bulge", "present"), ("L4-L5", "disc_herniation", "present")} <= rows
    assert {("L2-L3", "disc_bulge", "present"), ("L5-S1", "disc_herniation", "present")} <= rows
