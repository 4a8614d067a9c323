"""Sides told by the symptoms written out as the side, keeping every offset."""

from __future__ import annotations

from spinelab.labeling.rules import load_rules

RULES = load_rules().sections.symptom_sides


def test_references_become_the_symptoms_side_or_the_other() -> None:
    assert RULES is not None
    text = (
        "CLINICAL: Right L5 radiculopathy.\nFINDINGS: L4-5 protrusion on the symptomatic side, "
        "narrowing the ipsilateral recess; the contralateral recess and the opposite foramen are "
        "patent. Foraminal narrowing on the side of her symptoms."
    )
    out = RULES.written_out(text)
    assert len(out) == len(text)
    assert "on the right       side" in out
    assert "the right       recess" in out
    assert "the left          recess" in out
    assert "the left     foramen" in out
    assert "on the right" in out.split("Foraminal narrowing")[1]
    # everything else is unchanged, character for character
    changed = [i for i, (a, b) in enumerate(zip(text, out, strict=True)) if a != b]
    assert changed and all(text[i].isalpha() or text[i] == " " for i in changed)


def test_no_single_side_leaves_the_text() -> None:
    assert RULES is not None
    both = "HISTORY: left leg pain and right sciatica.\nFINDINGS: on the symptomatic side."
    none = "HISTORY: back pain.\nFINDINGS: narrowing on the symptomatic side."
    plain = "CLINICAL: left leg pain. FINDINGS: L4-5 left foraminal stenosis."
    for text in (both, none, plain):
        assert RULES.written_out(text) == text
    assert RULES.symptom_side("Sciatica on the left; left S1 radiculopathy.") == "left"
    assert RULES.symptom_side("Pain radiating to Rt. lower limb") == "right"
