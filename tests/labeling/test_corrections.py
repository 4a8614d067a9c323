"""Inline corrections of unedited dictation (labeling/corrections.py): the words taken back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from spinelab.labeling.corrections import CorrectionRules
from spinelab.labeling.labeler import Labeler
from spinelab.labeling.rules import PACKAGED_RULES, RuleFileError, load_rules


@pytest.fixture(scope="module")
def fixes() -> CorrectionRules:
    rules = load_rules().sections.corrections
    assert rules is not None
    return rules


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a replacing mark takes back the words from the last one of the replacement's kind
        (
            "a protrusion at L4-5, correction, L5-S1, contacting",
            "a protrusion at L5-S1, contacting",
        ),
        ("Mild, I mean moderate, bilateral narrowing.", "moderate, bilateral narrowing."),
        ("Right, sorry, left foraminal narrowing is mild.", "left foraminal narrowing is mild."),
        (
            "Small central protrusion, no sorry, small central disc bulge.",
            "small central disc bulge.",
        ),
        (
            "Disc bulge, no I mean protrusion, right paracentral",
            "Disc protrusion, right paracentral",
        ),
        ("Modic type 3, correction, type 2 change", "Modic type 2 change"),
        (
            "from L2-3 through L4-5, correction, L3-4 through L5-S1, with",
            "from L3-4 through L5-S1, with",
        ),
        # a take-back mark: its clause, or the sentence before it
        ("A bulge at L4/5, scratch that, the L4/5 disc is normal.", "the L4/5 disc is normal."),
        ("Modic type 2 at L2/L3. Scratch that. L3-4: normal.", "L3-4: normal."),
        ("L4-5: bulge. Mild stenosis. Strike the last sentence.", "L4-5: bulge."),
        # a denied alternative right after the word it corrects, with its marks
        ("Mild (not moderate) canal stenosis.", "Mild canal stenosis."),
        ("Moderate, not severe, foraminal narrowing.", "Moderate foraminal narrowing."),
        ("The narrowing is moderate, not severe; the root", "The narrowing is moderate ; the root"),
        # 'not' denying no grade: kept
        ("Bulge, not protrusion, at L4-5.", "Bulge, not protrusion, at L4-5."),
        # nothing of the replacement's kind before it: nothing taken back
        (
            "Hi all, sorry for the long post. L4-5 bulge.",
            "Hi all, sorry for the long post. L4-5 bulge.",
        ),
    ],
)
def test_the_words_taken_back_are_blanked(fixes: CorrectionRules, text: str, kept: str) -> None:
    out = fixes.taken_back(text)
    assert len(out) == len(text)  # offsets stay the report's
    assert " ".join(out.split()) == kept


def test_a_paragraph_mark_takes_back_its_paragraph_keeping_line_breaks(
    fixes: CorrectionRules,
) -> None:
    text = (
        "L3-4: normal.\n\nL4-5: severe stenosis.\nL5-S1: bulge.\n\nDelete the previous "
        "paragraph.\nL4-5: mild stenosis."
    )
    out = fixes.taken_back(text)
    assert out.count("\n") == text.count("\n") and len(out) == len(text)
    assert " ".join(out.split()) == "L3-4: normal. L4-5: mild stenosis."


def test_a_text_without_marks_is_returned_as_is(fixes: CorrectionRules) -> None:
    text = "L4-5: mild disc bulge. No stenosis."
    assert fixes.taken_back(text) is text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a former state before an arrow to the current one (a follow-up's then -> now)
        (
            "L3-4: canal moderate \u2192 severe; R foramen mild -> moderate",
            "L3-4: canal severe; R foramen moderate",
        ),
        ("foramina patent => mild bilateral", "foramina mild bilateral"),
        # an arrow between other words is no change of state
        ("L4 -> L5 slip", "L4 -> L5 slip"),
    ],
)
def test_a_former_state_before_an_arrow_is_blanked(
    fixes: CorrectionRules, text: str, kept: str
) -> None:
    got = fixes.taken_back(text)
    assert len(got) == len(text)
    assert " ".join(got.split()) == kept


def test_a_bad_denied_rule_names_its_field_and_an_arrow_in_a_report_is_read(tmp_path: Path) -> None:
    """A site's sections.yaml with a broken 'denied' regex (the rule that blanks a denied grade
    and a former state before an arrow) fails to load, naming the field; the packaged rule reads a
    follow-up's 'canal mild \u2192 moderate' as moderate."""
    d = tmp_path / "rules"
    shutil.copytree(PACKAGED_RULES, d)
    data = yaml.safe_load((d / "sections.yaml").read_text())
    data["corrections"]["denied"] = "(?:mild|moderate)[ \\t]*(?:\u2192|->"  # unclosed group
    (d / "sections.yaml").write_text(yaml.safe_dump(data))
    with pytest.raises(RuleFileError, match=r"(?s)sections\.yaml.*corrections\.denied"):
        load_rules(d)
    rows = Labeler().label_report("r", "FINDINGS:\nL2-3: canal mild \u2192 moderate")
    assert [(r["level"], r["finding"], r["value"]) for r in rows] == [
        ("L2-L3", "canal_stenosis", "moderate")
    ]
