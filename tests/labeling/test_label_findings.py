"""Findings, grades, sides, negation/hedging scope, normal and blanket statements (short reports)."""

from __future__ import annotations

import pytest

from spinelab.labeling.labeler import Labeler

LUMBAR = ("L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1")


@pytest.fixture(scope="module")
def lab() -> Labeler:
    return Labeler()


def table(lab: Labeler, text: str) -> dict[tuple[str, str], str]:
    return {(r["level"], r["finding"]): r["value"] for r in lab.label_report("t", text)}


def rows(lab: Labeler, text: str) -> dict[tuple[str, str], dict]:
    return {(r["level"], r["finding"]): r for r in lab.label_report("t", text)}


@pytest.mark.parametrize(
    "phrase,grade",
    [
        ("minimal", "mild"),
        ("slight", "mild"),
        ("very mild", "mild"),
        ("mild", "mild"),
        ("small", "mild"),
        ("moderate", "moderate"),
        ("marked", "severe"),
        ("severe", "severe"),
        ("high-grade", "severe"),
        ("advanced", "severe"),
        ("critical", "severe"),
        ("profound", "severe"),
        ("mild to moderate", "moderate"),
        ("mild-to-moderate", "moderate"),
        ("moderate to severe", "severe"),
        ("moderate-severe", "severe"),
        ("borderline", "mild"),
    ],
)
def test_grade_words(lab: Labeler, phrase: str, grade: str) -> None:
    assert table(lab, f"L4-5: {phrase} central canal stenosis.") == {
        ("L4-L5", "canal_stenosis"): grade
    }


@pytest.mark.parametrize(
    "phrase,grade",
    [
        ("mildly", "mild"),
        ("moderately", "moderate"),
        ("severely", "severe"),
        ("markedly", "severe"),
        ("minimally", "mild"),
        ("mildly to moderately", "moderate"),
    ],
)
def test_adverb_grades(lab: Labeler, phrase: str, grade: str) -> None:
    assert table(lab, f"L3-4: The canal is {phrase} narrowed.") == {
        ("L3-L4", "canal_stenosis"): grade
    }


def test_sides(lab: Labeler) -> None:
    t = table(lab, "L5-S1: moderate right and severe left neural foraminal narrowing.")
    assert t == {
        ("L5-S1", "foraminal_stenosis_right"): "moderate",
        ("L5-S1", "foraminal_stenosis_left"): "severe",
    }
    t = table(lab, "L4-5: mild bilateral foraminal stenosis.")
    assert (
        t[("L4-L5", "foraminal_stenosis_left")]
        == t[("L4-L5", "foraminal_stenosis_right")]
        == "mild"
    )
    t = table(lab, "L4-5: moderate foraminal stenosis, greater on the right.")
    assert (
        t[("L4-L5", "foraminal_stenosis_left")]
        == t[("L4-L5", "foraminal_stenosis_right")]
        == "moderate"
    )
    t = table(
        lab,
        "L4-5: the left neural foramen is mildly narrowed. Severe right lateral recess stenosis.",
    )
    assert t == {
        ("L4-L5", "foraminal_stenosis_left"): "mild",
        ("L4-L5", "subarticular_stenosis_right"): "severe",
    }
    t = table(lab, "L3-4: foraminal narrowing.")  # no side: both
    assert t == {
        ("L3-L4", "foraminal_stenosis_left"): "present",
        ("L3-L4", "foraminal_stenosis_right"): "present",
    }


def test_negation_scope_issue_example(lab: Labeler) -> None:
    t = table(
        lab,
        "There is disc desiccation at L4-L5 and L5-S1 with no significant stenosis at L1-L2, L2-L3 and L3-L4.",
    )
    expected = {}
    for lv in ("L1-L2", "L2-L3", "L3-L4"):
        expected.update(
            {
                (lv, "canal_stenosis"): "none",
                (lv, "foraminal_stenosis_left"): "none",
                (lv, "foraminal_stenosis_right"): "none",
            }
        )
    assert t == expected


def test_negation_does_not_leak(lab: Labeler) -> None:
    t = table(lab, "L4-5: no foraminal stenosis, mild central canal stenosis.")
    assert t[("L4-L5", "canal_stenosis")] == "mild"
    assert t[("L4-L5", "foraminal_stenosis_left")] == "none"
    t = table(lab, "L5-S1: disc bulge without herniation but causing moderate canal stenosis.")
    assert t == {
        ("L5-S1", "disc_bulge"): "present",
        ("L5-S1", "disc_herniation"): "absent",
        ("L5-S1", "canal_stenosis"): "moderate",
    }
    t = table(lab, "L5-S1: a bulge indenting the thecal sac but not causing foraminal narrowing.")
    assert t == {
        ("L5-S1", "disc_bulge"): "present",
        ("L5-S1", "foraminal_stenosis_left"): "none",
        ("L5-S1", "foraminal_stenosis_right"): "none",
    }


def test_no_moderate_or_high_grade_is_none(lab: Labeler) -> None:
    t = table(lab, "At L3-4, no moderate or high-grade central canal or neural foraminal stenosis.")
    assert set(t.values()) == {"none"} and len(t) == 3


def test_hedging_sets_uncertain(lab: Labeler) -> None:
    r = rows(lab, "L4-5: possible small disc protrusion. Modic type 1 changes cannot be excluded.")
    assert r[("L4-L5", "disc_herniation")]["uncertain"] is True
    assert r[("L4-L5", "modic")]["value"] == "type1" and r[("L4-L5", "modic")]["uncertain"] is True
    r = rows(lab, "L4-5: broad-based disc bulging or protrusion.")
    assert r[("L4-L5", "disc_bulge")]["uncertain"] and r[("L4-L5", "disc_herniation")]["uncertain"]
    r = rows(lab, "L4-5: disc protrusion.")
    assert r[("L4-L5", "disc_herniation")]["uncertain"] is False
    # 'cannot rule out' and UK 'query' hedge what follows
    r = rows(lab, "We cannot rule out a small L4-5 protrusion. L3/4: query mild left foraminal narrowing.")
    assert r[("L4-L5", "disc_herniation")]["uncertain"] is True
    assert r[("L3-L4", "foraminal_stenosis_left")]["uncertain"] is True



def test_a_grade_raised_by_a_hedged_one_is_uncertain(lab: Labeler) -> None:
    # 'moderate ..., possibly severe': the higher grade, hedged; the bulge before it is not
    r = rows(lab, "L4-5: Mild disc bulge and moderate canal stenosis, possibly severe.")
    assert r[("L4-L5", "canal_stenosis")]["value"] == "severe"
    assert r[("L4-L5", "canal_stenosis")]["uncertain"] is True
    assert r[("L4-L5", "disc_bulge")]["uncertain"] is False
    r = rows(lab, "L4-5: Right foraminal narrowing is mild, possibly moderate.")
    assert r[("L4-L5", "foraminal_stenosis_right")]["value"] == "moderate"
    assert r[("L4-L5", "foraminal_stenosis_right")]["uncertain"] is True
    r = rows(lab, "L4-5: Right foraminal narrowing is moderate, possibly mild.")
    assert r[("L4-L5", "foraminal_stenosis_right")]["value"] == "moderate"


def test_a_question_the_study_was_asked_states_nothing(lab: Labeler) -> None:
    for text in (
        "MRI of the lumbar spine with gadolinium, evaluating for recurrent disc herniation versus "
        "scar.",
        "MRI of the lumbar spine to rule out disc herniation.",
        "Study performed to evaluate for disc herniation at L4-5.",
    ):
        assert table(lab, text) == {}, text


def test_thecal_sac_rules(lab: Labeler) -> None:
    assert table(lab, "L4-5: a bulge indenting the ventral thecal sac.") == {
        ("L4-L5", "disc_bulge"): "present"
    }
    t = table(lab, "L4-5: a protrusion compressing the thecal sac.")
    assert t[("L4-L5", "canal_stenosis")] == "present"
    # nerve root alone: no stenosis row
    assert table(lab, "L5-S1: protrusion contacting the left S1 nerve root.") == {
        ("L5-S1", "disc_herniation"): "present"
    }


def test_normal_level_and_blankets(lab: Labeler) -> None:
    t = table(lab, "L1-L2: normal.")
    assert t == {
        ("L1-L2", "canal_stenosis"): "none",
        ("L1-L2", "foraminal_stenosis_left"): "none",
        ("L1-L2", "foraminal_stenosis_right"): "none",
        ("L1-L2", "disc_bulge"): "absent",
        ("L1-L2", "disc_herniation"): "absent",
    }
    t = table(
        lab,
        "No significant canal or foraminal stenosis at any level. L4-5: moderate canal stenosis.",
    )
    assert t[("L4-L5", "canal_stenosis")] == "moderate"
    assert all(t[(lv, "canal_stenosis")] == "none" for lv in LUMBAR if lv != "L4-L5")
    assert ("T12-L1", "canal_stenosis") not in t
    t = table(lab, "Alignment is normal. L4-5: grade 1 anterolisthesis of L4 on L5.")
    assert t[("L4-L5", "spondylolisthesis")] == "present"
    assert all(t[(lv, "spondylolisthesis")] == "absent" for lv in LUMBAR if lv != "L4-L5")
    t = table(lab, "MRI L-SPINE: Normal.")
    assert len(t) == 25 and set(t.values()) == {"none", "absent"}


def test_listhesis_levels(lab: Labeler) -> None:
    assert table(lab, "Anterolisthesis of L5.") == {("L5-S1", "spondylolisthesis"): "present"}
    assert table(lab, "There is 3 mm retrolisthesis of L2 on L3.") == {
        ("L2-L3", "spondylolisthesis"): "present"
    }


def test_modic(lab: Labeler) -> None:
    assert table(lab, "L4-5: Modic type II endplate changes.") == {("L4-L5", "modic"): "type2"}
    assert table(lab, "Modic 1/2 changes at the L4-5 endplates.") == {("L4-L5", "modic"): "type1"}
    assert table(lab, "Fatty endplate marrow change of the inferior L4 endplate.") == {
        ("L4-L5", "modic"): "type2"
    }
    assert table(lab, "L4-5: endplate degenerative changes and Schmorl's nodes.") == {}


def test_multi_level_sentences(lab: Labeler) -> None:
    t = table(
        lab,
        "Mild canal stenosis at L3-4 and severe canal stenosis at L4-5; disc bulges at L2-3 and L5-S1.",
    )
    assert t == {
        ("L3-L4", "canal_stenosis"): "mild",
        ("L4-L5", "canal_stenosis"): "severe",
        ("L2-L3", "disc_bulge"): "present",
        ("L5-S1", "disc_bulge"): "present",
    }
    t = table(
        lab,
        "FINDINGS: L4-L5: disc bulge, mild canal stenosis, L5-S1: protrusion, no canal stenosis.",
    )
    assert t == {
        ("L4-L5", "disc_bulge"): "present",
        ("L4-L5", "canal_stenosis"): "mild",
        ("L5-S1", "disc_herniation"): "present",
        ("L5-S1", "canal_stenosis"): "none",
    }
    t = table(lab, "Disc bulges from L3-4 through L5-S1.")
    assert t == {(lv, "disc_bulge"): "present" for lv in ("L3-L4", "L4-L5", "L5-S1")}


def test_level_context_carries(lab: Labeler) -> None:
    t = table(
        lab,
        "At L5-S1 there is a disc bulge. There is mild foraminal narrowing.\n\nNo other findings.",
    )
    assert t[("L5-S1", "foraminal_stenosis_left")] == "mild"


def test_findings_win_over_impression_and_history_ignored(lab: Labeler) -> None:
    text = (
        "HISTORY: prior L4-5 disc herniation.\n\n"
        "FINDINGS: L4-5: mild canal stenosis. L5-S1: disc bulge.\n\n"
        "IMPRESSION: Moderate canal stenosis at L4-5. Mild right foraminal stenosis at L5-S1."
    )
    r = rows(lab, text)
    assert r[("L4-L5", "canal_stenosis")]["value"] == "mild"
    assert r[("L4-L5", "canal_stenosis")]["section"] == "findings"
    assert r[("L5-S1", "foraminal_stenosis_right")]["section"] == "impression"
    assert ("L4-L5", "disc_herniation") not in r


def test_prior_study_excluded(lab: Labeler) -> None:
    t = table(lab, "A disc protrusion at L4-5 was previously seen on the prior exam. L5-S1: bulge.")
    assert t == {("L5-S1", "disc_bulge"): "present"}
    t = table(lab, "The L4-5 protrusion previously seen is again noted.")
    assert t == {("L4-L5", "disc_herniation"): "present"}


def test_evidence_offsets(lab: Labeler) -> None:
    text = "FINDINGS: L4-5: mild canal stenosis.\nL5-S1: disc bulge."
    for r in lab.label_report("t", text):
        assert text[r["start"] : r["end"]] == r["evidence"]
        assert r["level"] in r["evidence"].replace("L4-5", "L4-L5").replace("L5-S1", "L5-S1")


def test_level_inside_the_phrase(lab: Labeler) -> None:
    t = table(
        lab, "IMPRESSION: 1. Moderate L4-5 central canal stenosis. 2. Small L5-S1 disc protrusion."
    )
    assert t == {("L4-L5", "canal_stenosis"): "moderate", ("L5-S1", "disc_herniation"): "present"}
    t = table(lab, "Grade 1 spondylolisthesis L4 on L5 with severe left foraminal stenosis.")
    assert t == {
        ("L4-L5", "spondylolisthesis"): "present",
        ("L4-L5", "foraminal_stenosis_left"): "severe",
    }


def test_comma_joined_levels(lab: Labeler) -> None:
    t = table(lab, "The L2-L3 level is within normal limits, L3-L4: disc bulge, no canal stenosis.")
    assert t[("L2-L3", "disc_herniation")] == "absent" and t[("L2-L3", "canal_stenosis")] == "none"
    assert t[("L3-L4", "disc_bulge")] == "present" and ("L3-L4", "disc_herniation") not in t
    t = table(
        lab,
        "L1-2: normal central canal, subarticular recesses and neural foramina, L2-3 slight right subarticular narrowing.",
    )
    assert t[("L1-L2", "subarticular_stenosis_left")] == "none"
    assert (
        t[("L2-L3", "subarticular_stenosis_right")] == "mild"
        and ("L2-L3", "canal_stenosis") not in t
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "FINDINGS: Canal stenosis, moderate at L3-4 and mild at L2-3.",
            {("L3-L4", "canal_stenosis"): "moderate", ("L2-L3", "canal_stenosis"): "mild"},
        ),
        (
            "FINDINGS: Moderate canal stenosis at L3-4 and mild at L2-3.",
            {("L3-L4", "canal_stenosis"): "moderate", ("L2-L3", "canal_stenosis"): "mild"},
        ),
        (
            "FINDINGS: Left foraminal stenosis, severe at L5-S1, moderate at L4-5.",
            {
                ("L5-S1", "foraminal_stenosis_left"): "severe",
                ("L4-L5", "foraminal_stenosis_left"): "moderate",
            },
        ),
        (
            "FINDINGS: No canal stenosis at L1-2, mild at L3-4.",
            {("L1-L2", "canal_stenosis"): "none", ("L3-L4", "canal_stenosis"): "mild"},
        ),
    ],
)
def test_elided_grade_repeats_the_finding(lab: Labeler, text: str, expected: dict) -> None:
    """'moderate at L3-4 and mild at L2-3': the second grade keeps the first one's finding."""
    assert table(lab, text) == expected


def test_elided_grade_needs_a_stenosis_statement(lab: Labeler) -> None:
    """A lone 'Moderate at L5-S1' after a disc finding states nothing (no stenosis named)."""
    assert table(lab, "FINDINGS: Mild disc bulge at L4-5. Moderate at L5-S1.") == {
        ("L4-L5", "disc_bulge"): "present"
    }
