"""Level parser: every spelling seen in real reports, ranges, lists, blanket scopes, exclusions."""

from __future__ import annotations

import pytest

from spinelab.labeling.levels import LevelParser, parse_levels


@pytest.mark.parametrize(
    "text,expected",
    [
        ("L4-L5", "L4-L5"),
        ("L4-5", "L4-L5"),
        ("L4/5", "L4-L5"),
        ("L4/L5", "L4-L5"),
        ("L45", "L4-L5"),
        ("L4 L5", "L4-L5"),
        ("L4- L5", "L4-L5"),
        ("L4\u20135", "L4-L5"),
        ("L-4-L-5", "L4-L5"),
        ("L4 to L5", "L4-L5"),
        ("l4-l5", "L4-L5"),
        ("L3L4", "L3-L4"),
        ("L5-SI", "L5-S1"),
        ("L5/Sl", "L5-S1"),
        ("L5=S1", "L5-S1"),
        ("L5S1", "L5-S1"),
        ("L5/S1", "L5-S1"),
        ("T12-L1", "T12-L1"),
        ("D12-L1", "T12-L1"),
        ("T-12toL1", "T12-L1"),
        ("L-1 to L-2", "L1-L2"),
        ("at the lumbosacral junction", "L5-S1"),
        ("the lumbosacral level", "L5-S1"),
        ("atL1-2", "L1-L2"),
        ("L12", "L1-L2"),
        ("the inferior L4 endplate", "L4-L5"),
        ("superior L5 endplate", "L4-L5"),
        # German 'Grundplatte' / 'Deckplatte': the base plate is the inferior endplate
        ("the L4 base plate", "L4-L5"),
        ("the base plate of L3", "L3-L4"),
        ("the L5 cover plate", "L4-L5"),
        ("the cover-plate of S1", "L5-S1"),
        # a dot, an underscore or a colon between the vertebrae; vertebrae spelt out
        ("L4.5", "L4-L5"),
        ("L5.S1", "L5-S1"),
        ("L4_L5", "L4-L5"),
        ("L3:4", "L3-L4"),
        ("lumbar 3-4", "L3-L4"),
        ("lumbar 5-sacral 1", "L5-S1"),
        ("retrolisthesis of L2 on L3", "L2-L3"),
        # Roman numerals (Eastern European reports) and 'Th' for thoracic
        ("L IV-L V", "L4-L5"),
        ("LIV/LV", "L4-L5"),
        ("L IV- L V", "L4-L5"),
        ("LV/SI", "L5-S1"),
        ("L V-S I", "L5-S1"),
        ("L III/L IV", "L3-L4"),
        ("Th12-L1", "T12-L1"),
        ("the bodies of L4 and L5 along the adjacent endplates", "L4-L5"),
    ],
)
def test_disc_spellings(text: str, expected: str) -> None:
    assert parse_levels(text) == (expected,)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("L3-4 through L5-S1", ("L3-L4", "L4-L5", "L5-S1")),
        ("from L3 to S1", ("L3-L4", "L4-L5", "L5-S1")),
        ("L3-S1", ("L3-L4", "L4-L5", "L5-S1")),
        ("L1-L3", ("L1-L2", "L2-L3")),
        ("L2-3, L3-4, and L4-5", ("L2-L3", "L3-L4", "L4-L5")),
        ("L4-l5 L5-S1:", ("L4-L5", "L5-S1")),
        ("T12-L1 and L1-2", ("T12-L1", "L1-L2")),
        ("atL1-2 L2-3 L3-4", ("L1-L2", "L2-L3", "L3-L4")),
    ],
)
def test_ranges_and_lists(text: str, expected: tuple[str, ...]) -> None:
    assert parse_levels(text) == expected


def test_blanket_scopes() -> None:
    lp = LevelParser()
    (m,) = lp.find("patent at all levels")
    assert m.blanket and m.levels == ("L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1")
    (m,) = lp.find("The upper lumbar levels are normal")  # (those above the levels described)
    assert m.blanket and m.levels == ("L1-L2", "L2-L3", "L3-L4") and m.except_named == "report"
    (m,) = lp.find("bulging throughout the lower thoracic and lumbar spine")
    assert m.levels[0] == "T12-L1" and len(m.levels) == 6
    (m,) = lp.find("multilevel degenerative change")
    assert m.blanket and m.levels == ()


@pytest.mark.parametrize(
    "text",
    [
        "the L5 nerve root",
        "L4 pedicle",
        "anterolisthesis of L5",
        "L2\u201314 mm",
        "L4 5mm",
        "C5-6 disc bulge",
        "T1 and T2 weighted",
        "Living donor",
        "LV function",
        "the bodies of L4 and L5 are normal",
        "R 2.3 cm, L 1.5 cm",  # a measurement on each side, not 'L1.5'
        "L4.5 mm",
        "L2.4",  # not the next disc down
    ],
)
def test_not_a_disc(text: str) -> None:
    assert parse_levels(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "L5-S1 distribution",
        "L4-5 laminectomy",
        "fusion at L4-L5",
        "L5-S1 radiculopathy",
        "epidural steroid injection at L4-5",
        "the L5 S1 nerve roots",
    ],
)
def test_roots_and_procedures_are_excluded(text: str) -> None:
    ms = LevelParser().find(text)
    assert ms and all(m.excluded for m in ms)


def test_non_lumbar_disc_has_no_level() -> None:
    (m,) = LevelParser().find("T10-T11 disc bulge")
    assert m.levels == ()


def test_offsets_point_at_the_mention() -> None:
    text = "There is a bulge at L4-5 and a protrusion at L5-S1."
    ms = LevelParser().find(text)
    assert [text[m.start : m.end] for m in ms] == ["L4-5", "L5-S1"]


def test_and_at_joins_a_list() -> None:
    """'at L3/4, L4/5 and at L5-S1' is one list, spanning its first level to its last; not
    '..., and at L5-S1 severe' (a comma before 'and at': each level its own statement)."""
    text = "Minor disc bulges at L3/4, L4/5 and at the lumbosacral junction."
    (m,) = LevelParser().find(text)
    assert m.levels == ("L3-L4", "L4-L5", "L5-S1")
    assert text[m.start : m.end] == "L3/4, L4/5 and at the lumbosacral junction"
    text = "Narrowed mildly at L3-4, moderately at L4-5, and at L5-S1 severe."
    assert [m.levels for m in LevelParser().find(text)] == [("L3-L4",), ("L4-L5",), ("L5-S1",)]


@pytest.mark.parametrize(
    ("text", "picked"),
    [
        ("Bulges at L3-4 and L4-5, the latter with narrowing.", ("L4-L5",)),
        ("Bulges at L3-4 and L4-5, the former with narrowing.", ("L3-L4",)),
        ("Of L1/2, L2/3 and L3/4, the upper two are normal", ("L1-L2", "L2-L3")),
        ("Discs at L4/5 and L5/S1, the lower of the two worse", ("L5-S1",)),
        ("L3-4 and L4-5 are dry; neither level is narrowed", ("L3-L4", "L4-L5")),
    ],
)
def test_selectors_pick_out_of_the_list_before(text: str, picked: tuple[str, ...]) -> None:
    """A selector phrase after a list is a mention of the levels it picks, after the list's."""
    ms = LevelParser().find(text)
    assert len(ms) == 2 and len(ms[0].levels) > 1
    assert ms[1].levels == picked


def test_selectors_written_out_for_a_later_sentence() -> None:
    lp = LevelParser()
    text = "The former is narrowed; the upper two are not."
    pool = ("L2-L3", "L3-L4", "L4-L5")
    assert lp.spelt_selections(text, 0, len(text), pool) == (
        "L2-L3 is narrowed; L2-L3 and L3-L4 are not."
    )
    assert lp.spelt_selections(text, 0, len(text), pool, all_only=True) is None
    assert lp.spelt_selections("Mild bulge.", 0, 11, pool) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L3/4 to T12/L1 normal", ("T12-L1", "L1-L2", "L2-L3", "L3-L4")),
        ("from L5-S1 up to L3-4", ("L3-L4", "L4-L5", "L5-S1")),
    ],
)
def test_a_range_told_upwards(text: str, expected: tuple[str, ...]) -> None:
    (m,) = LevelParser().find(text)
    assert m.levels == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The L4 disc is desiccated", ("L4-L5",)),
        ("the L5 disc space", ("L5-S1",)),
        ("The T12/L1, L1 and L2 discs are normal.", ("T12-L1", "L1-L2", "L2-L3")),
        ("The L1 to L4 discs are normal.", ("L1-L2", "L2-L3", "L3-L4", "L4-L5")),
        ("the disc space below L3", ("L3-L4",)),
        ("the disc above L3", ("L2-L3",)),
        ("L-1 to L-2 Disk desiccation", ("L1-L2",)),  # a disc spelt out wins
        ("the fourth lumbar disc", ("L4-L5",)),
        ("the last lumbar disc", ("L5-S1",)),
    ],
)
def test_discs_named_by_a_vertebra(text: str, expected: tuple[str, ...]) -> None:
    (m,) = LevelParser().find(text)
    assert m.levels == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L4 discectomy", []),
        ("the L5 nerve root", []),
        ("L4-L5 disc", [("L4-L5",)]),  # not also 'L5 disc'
        ("S1 disc", [()]),  # below the schema's levels
    ],
)
def test_no_other_vertebra_disc(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.levels for m in LevelParser().find(text)] == expected
