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


CURVE = load_rules().sections.curve_sides


def test_a_curves_concave_side_becomes_the_side_opposite_its_convexity() -> None:
    assert CURVE is not None
    text = (
        "FINDINGS: Degenerative levoconvex scoliosis, apex L3. At L3-4 severe foraminal stenosis "
        "on the concave side, mild on the convex side; at L2-3 severe concave-side foraminal "
        "stenosis, narrowing at the concavity of the curve."
    )
    out = CURVE.written_out(text)
    assert len(out) == len(text)
    assert "on the right       , mild on the left       ;" in out
    assert "severe right        foraminal" in out
    assert "at the right" in out and "concav" not in out
    assert CURVE.symptom_side("Scoliosis convex to the right.") == "right"
    assert CURVE.symptom_side("Sinistroconvex curve.") == "left"
    assert CURVE.symptom_side("Dextroscoliosis.") == "right"


def test_curves_of_both_sides_or_a_side_told_beside_it_leave_the_text() -> None:
    assert CURVE is not None
    both = "Levoconvex curve with a compensatory dextroconvex curve; stenosis on the concave side."
    told = "Dextroscoliosis. Stenosis on the concave (left) side and on the right, concave, side."
    none = "No scoliosis. Stenosis on the concave side."
    for text in (both, told, none):
        assert CURVE.written_out(text) == text
