"""A preliminary read and its final read in one report (labeling/preliminary.py)."""

from __future__ import annotations

import pytest

from spinelab.labeling.labeler import Labeler
from spinelab.labeling.preliminary import PreliminaryRules
from spinelab.labeling.rules import load_rules


@pytest.fixture(scope="module")
def pre() -> PreliminaryRules:
    rules = load_rules().sections.preliminary
    assert rules is not None
    return rules


@pytest.fixture(scope="module")
def lab() -> Labeler:
    return Labeler(sentence_cache=0)


def _rows(lab: Labeler, text: str) -> dict[tuple[str, str], str]:
    return {(r["level"], r["finding"]): r["value"] for r in lab.label_report("r", text)}


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # from the preliminary heading to the final read's heading, each at a line's start
        (
            "PRELIMINARY REPORT (resident): L4-5 mild stenosis.\nATTENDING ADDENDUM: agree.",
            ["PRELIMINARY REPORT (resident): L4-5 mild stenosis.\n"],
        ),
        (
            "x\n*** PRELIMINARY INTERPRETATION - overnight ***\nL5-S1: bulge.\n"
            "*** FINAL REPORT - Attending ***\nL5-S1: extrusion.",
            ["*** PRELIMINARY INTERPRETATION - overnight ***\nL5-S1: bulge.\n"],
        ),
        (
            "Resident prelim: L3-4 normal.\nConsultant report: L3-4 bulge.",
            ["Resident prelim: L3-4 normal.\n"],
        ),
        # a second opinion's or a peer review's quote of the original or outside read
        (
            "OUTSIDE REPORT (summarized): L4-5 extrusion.\n\nFINDINGS ON REVIEW:\nL4-5: protrusion.",
            ["OUTSIDE REPORT (summarized): L4-5 extrusion.\n\n"],
        ),
        (
            'Original interpretation (verbatim excerpt): "L5-S1: severe stenosis."\n'
            "Reviewer's interpretation: mild.",
            ['Original interpretation (verbatim excerpt): "L5-S1: severe stenosis."\n'],
        ),
        (
            'The original report states: "L4/5 protrusion."\nMy interpretation:\nNo protrusion.',
            ['The original report states: "L4/5 protrusion."\n'],
        ),
        (
            "Summary of outside report: L4-5 moderate stenosis.\nInterpretation on review:\nMild.",
            ["Summary of outside report: L4-5 moderate stenosis.\n"],
        ),
        # an outside report named in the history, not quoted under a heading: none
        ("HISTORY: Outside report describes an L4-5 extrusion.\nFindings on review: L4-5 bulge.", []),
        # no final read after it, a preliminary heading inside a line, the localiser: none
        ("PRELIMINARY REPORT: L4-5 mild stenosis. Final read to follow.", []),
        ("FINDINGS: see the preliminary report.\nFINAL REPORT: L4-5 bulge.", []),
        ("Preliminary localizer images.\nFinal report: L4-5 bulge.", []),
    ],
)
def test_preliminary_parts(pre: PreliminaryRules, text: str, parts: list[str]) -> None:
    spans = pre.spans(text)
    assert [text[x.start : x.end] for x in spans] == parts
    assert not any(x.superseded for x in spans)


def test_a_superseded_preliminary_is_marked(pre: PreliminaryRules) -> None:
    text = (
        "This report replaces the preliminary report in its entirety.\n"
        "Preliminary report (teleradiology; superseded): Mild disc bulge at L1-2.\n"
        "FINAL REPORT:\nL4-5: extrusion."
    )
    (span,) = pre.spans(text)
    assert span.superseded and text[span.start :].startswith("Preliminary report")


def test_the_final_read_wins_where_it_speaks(lab: Labeler) -> None:
    text = (
        "PRELIMINARY REPORT (resident):\nFINDINGS:\n"
        "L3-4: Mild disc bulge. Mild bilateral foraminal narrowing.\n"
        "L4-5: Diffuse disc bulge with mild central canal stenosis.\n"
        "L5-S1: Small right paracentral disc protrusion. No canal stenosis.\n"
        "IMPRESSION: Mild L4-5 canal stenosis.\n\n"
        "ATTENDING ADDENDUM: I agree, with the following changes: the L4-5 canal stenosis is "
        "moderate rather than mild; no herniation at L5-S1, the finding is a small broad-based "
        "disc bulge."
    )
    got = _rows(lab, text)
    assert got[("L4-L5", "canal_stenosis")] == "moderate"  # the final read's grade
    assert got[("L5-S1", "disc_herniation")] == "absent"
    assert got[("L5-S1", "disc_bulge")] == "present"
    # where the final read says nothing, the preliminary's rows stand
    assert got[("L3-L4", "foraminal_stenosis_left")] == "mild"
    assert got[("L5-S1", "canal_stenosis")] == "none"


def test_a_superseded_preliminary_gives_no_row(lab: Labeler) -> None:
    text = (
        "MRI LUMBAR SPINE - REVISED FINAL REPORT\n"
        "This report replaces the preliminary report issued at 02:14 in its entirety.\n\n"
        "Preliminary report (02:14, teleradiology; superseded): Mild disc bulge at L1-2. Small "
        "left foraminal protrusion at L4-5.\n\n"
        "FINAL REPORT:\nFINDINGS: L4-5: Left foraminal disc extrusion severely narrowing the "
        "left neural foramen."
    )
    got = _rows(lab, text)
    assert ("L1-L2", "disc_bulge") not in got
    assert got[("L4-L5", "foraminal_stenosis_left")] == "severe"


def test_without_a_final_read_the_preliminary_is_the_report(lab: Labeler) -> None:
    text = "PRELIMINARY REPORT (resident): L4-5: moderate canal stenosis. Final read to follow."
    assert _rows(lab, text)[("L4-L5", "canal_stenosis")] == "moderate"
