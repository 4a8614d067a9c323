"""The alterations of benchmarks/labeler_robustness.py keep every reference label: the level
rewriter touches only adjacent-vertebra pairs, and the labeler reads a report the same under the
alterations that change no word (Windows line breaks, non-breaking spaces, level spellings)."""

from __future__ import annotations

import pytest

from spinelab.labeling.labeler import Labeler

REPORT = (
    "MRI LUMBAR SPINE\r\nINDICATION: Back pain.\n\nFINDINGS:\nAlignment is normal.\n"
    "L1-2 and L2-3: Normal.\n"
    "L3/4: Mild disc bulge with mild left foraminal narrowing.\n"
    "L4-L5: Left paracentral protrusion narrowing the left lateral recess (moderate). The central "
    "canal is mildly narrowed at L4–5 and is patent at L3-4.\n"
    "L5-S1: Modic type 2 endplate changes. No stenosis.\n"
)


@pytest.fixture(scope="module")
def rob(benchmark):
    return benchmark("labeler_robustness")


@pytest.mark.parametrize(
    ("style", "text", "want"),
    [
        ("slash", "at L4-5 and L5-S1", "at L4/5 and L5/S1"),
        ("full", "at L4/5, T12-L1 and l3-4", "at L4-L5, T12-L1 and l3-4"),  # capitals only
        ("dash", "L4 - 5 and L5/S1", "L4–5 and L5–S1"),
        ("full", "L3-5 fusion, L4-L5-S1, L3 5 mm", "L3-5 fusion, L4-L5-S1, L3 5 mm"),
        ("slash", "from L1-2 to L3-4", "from L1/2 to L3/4"),
    ],
)
def test_level_rewriter(rob, style: str, text: str, want: str) -> None:
    """Adjacent pairs only: a range (L3-5), a chain (L4-L5-S1) or a size stays as written."""
    assert rob._level_rewriter(style)(text) == want


def test_alterations_keep_the_words(rob) -> None:
    """Case and line alterations change no word; nbsp keeps the length."""
    alt = rob.ALTERATIONS
    assert alt["lower"](REPORT).upper() == alt["upper"](REPORT)
    assert "\n" not in alt["flatten"](REPORT)
    assert alt["crlf"](REPORT).count("\r\n") == REPORT.replace("\r\n", "\n").count("\n")
    assert len(alt["nbsp"](REPORT)) == len(REPORT) and "\u00a0" in alt["nbsp"](REPORT)


@pytest.mark.parametrize("name", ["crlf", "nbsp", "levels_slash", "levels_full", "levels_dash"])
def test_labels_survive_alteration(rob, name: str) -> None:
    """The rows of a report are the same under an alteration that changes no word."""
    lab = Labeler(sentence_cache=0)

    def rows(text: str) -> dict[tuple[str, str], tuple[str, bool]]:
        return {
            (r["level"], r["finding"]): (r["value"], r["uncertain"])
            for r in lab.label_report("r", text)
        }

    before = rows(REPORT)
    assert before[("L4-L5", "canal_stenosis")] == ("mild", False)
    assert before[("L3-L4", "canal_stenosis")] == ("none", False)
    assert before[("L4-L5", "subarticular_stenosis_left")] == ("moderate", False)
    assert rows(rob.ALTERATIONS[name](REPORT)) == before


@pytest.mark.parametrize("name", ["lower", "upper"])
def test_labels_survive_case(rob, name: str) -> None:
    """A report in one case reads like the report as written."""
    lab = Labeler(sentence_cache=0)
    text = REPORT.replace("\r\n", "\n")
    got = {(r["level"], r["finding"]): r["value"] for r in lab.label_report("r", text)}
    alt = {
        (r["level"], r["finding"]): r["value"]
        for r in lab.label_report("r", rob.ALTERATIONS[name](text))
    }
    assert alt == got
