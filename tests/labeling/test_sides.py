"""Side words shared by the table, form and keyed-field readers."""

import re

import pytest

from spinelab.labeling.sides import finding_side, side_name, side_pair


@pytest.mark.parametrize(
    ("word", "side"),
    [("R", "right"), ("rt", "right"), ("Right", "right"), ("l", "left"), ("LT", "left")],
)
def test_side_name(word: str, side: str) -> None:
    assert side_name(word) == side


@pytest.mark.parametrize(
    ("text", "prefix", "pair"),
    [
        ("L/R", "", ("L", "R")),
        ("right / left", "", ("right", "left")),
        ("grade L / grade R", r"(?:grades?[ \t]+)?", ("L", "R")),
        ("Rt/Lt", "", ("Rt", "Lt")),
    ],
)
def test_side_pair(text: str, prefix: str, pair: tuple[str, str]) -> None:
    m = re.fullmatch(side_pair(prefix), text, re.I)
    assert m is not None and (m["s1"], m["s2"]) == pair


def test_side_pair_needs_two_sides() -> None:
    assert re.fullmatch(side_pair(), "L/5", re.I) is None
    assert re.fullmatch(side_pair(), "left", re.I) is None


@pytest.mark.parametrize(
    ("finding", "split"),
    [
        ("foraminal_stenosis_left", ("foraminal_stenosis", "left")),
        ("subarticular_stenosis_right", ("subarticular_stenosis", "right")),
        ("canal_stenosis", ("canal_stenosis", "")),
        ("disc_bulge", ("disc_bulge", "")),
    ],
)
def test_finding_side(finding: str, split: tuple[str, str]) -> None:
    assert finding_side(finding) == split
