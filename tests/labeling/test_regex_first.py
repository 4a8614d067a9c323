"""Lower-case twins of IGNORECASE regexes: same matches on lower-cased text, offsets kept."""

from __future__ import annotations

import re

import pytest

from spinelab.labeling import document, posts, sections
from spinelab.labeling.components import get_engine
from spinelab.labeling.regex_first import (
    PrefixDispatch,
    canonical,
    first_chars,
    lower_ok,
    lower_pattern,
    lower_twin,
    prefixes,
)
from spinelab.labeling.regex_literals import Hint

MIXED = (
    "FINDINGS: At L4-L5 There Is Moderate CENTRAL CANAL stenosis; LEFT > right Foraminal "
    "Narrowing, However No Disc Herniation. Inferior L5 Endplate MODIC TYPE II. "
    "Normal Alignment. ESI at L5-S1 planned. At All Levels, no stenosis."
)


def test_lower_pattern_keeps_escapes_and_group_names() -> None:
    assert lower_pattern(r"(?P<Side>LEFT)\S+\W[A-Z]") == r"(?P<Side>left)\S+\W[a-z]"


def test_lower_twin_needs_ignorecase() -> None:
    with pytest.raises(ValueError, match="IGNORECASE"):
        lower_twin(re.compile("abc"))


def test_twins_match_like_ignorecase_on_packaged_rules() -> None:
    eng = get_engine(None)
    regexes = [eng.tagger.breaks, eng.tagger.alignment, eng.context_excl]
    regexes += list(eng.levels._rx.values())
    low = MIXED.lower()
    for rx in regexes:
        want = [m.span() for m in rx.finditer(MIXED)]
        assert [m.span() for m in lower_twin(rx).finditer(low)] == want, rx.pattern[:60]


def test_lower_ok_refuses_odd_case_folds() -> None:
    assert lower_ok("L4-5 Mild", "l4-5 mild")
    assert not lower_ok("\u212a L4-5", "\u212a l4-5".lower())  # Kelvin sign folds to k
    assert not lower_ok("\u0130", "\u0130".lower())  # dotted I: lower case is 2 characters


@pytest.mark.parametrize("odd", ["\u0130", "\u212a", "\u017f"])
def test_tagger_and_levels_fall_back_on_odd_text(odd: str) -> None:
    """With a character whose lower case changes length or folds oddly, the slow IGNORECASE
    path runs and every offset still points into the original text."""
    eng = get_engine(None)
    text = f"{odd} MRI lumbar. L4-5: Moderate canal stenosis, mild at L3-4."
    items = eng.tagger.tag(text)
    assert [text[i.start : i.end].lower() for i in items if i.kind in "GPS"] == [
        "moderate",
        "canal",
        "stenosis",
        "mild",
    ]
    assert [text[m.start : m.end] for m in eng.levels.find(text)] == ["L4-5", "L3-4"]


def test_first_chars() -> None:
    assert first_chars("(?:mild|moderate)ly") == {"m"}
    assert first_chars(r"\w+") is None
    # \d: every Unicode decimal digit, so digit-led rules keep their dispatch
    digits = first_chars(r"(?:\d+|two)\s+years")
    assert digits is not None and {"t", "0", "9", "\u0663"} <= digits and "a" not in digits
    # prefixes spell every non-ASCII digit as one stand-in (canonical): 11 prefixes, not ~700
    pre = prefixes(r"\dx", 2)
    assert pre == {f"{d}x" for d in "0123456789"} | {canonical("\u0663") + "x"}
    assert canonical("\u0663") == canonical("\u0967") != "3" and canonical("a") == "a"
    assert canonical("\u00a0") == canonical("\u2003") != " " and canonical("\t") == "\t"


@pytest.mark.parametrize(
    "pattern,expected",
    [
        (r"very\s+mild", {"ve"}),
        (r"(?:spondylo|antero|retro)?-?listhesis", {"sp", "an", "re", "-l", "li"}),
        (r"(?<![a-z0-9])(?:no|not)(?![a-z0-9])", {"no"}),
        (r"\?", {"?"}),  # a whole match shorter than k
        (r"a*b", {"b", "ab", "aa"}),
        (r"(?:ab){3,}", {"ab"}),
        (r"[ls]\w", None),  # \w: unknown
        # \s: the ASCII spaces and one stand-in for the others (canonical)
        (
            r"[ls]\s?\d",
            {
                c + x
                for c in "ls"
                for x in " \t\n\r\f\v\x1c\x1d\x1e\x1f0123456789"
                + canonical("\u00a0")
                + canonical("\u0663")
            },
        ),
        # a part in exact case is read ('(?-i:DP)' lower-cased by lower_pattern); one turning
        # IGNORECASE on could match other characters: unknown
        (r"(?-i:dp)s?", {"dp"}),
        (r"(?i:dp)", None),
    ],
)
def test_prefixes(pattern: str, expected: set[str] | None) -> None:
    assert prefixes(pattern, 2) == expected


def test_prefixes_cover_every_match() -> None:
    """A superset: the two-character dispatch may try extra rules, never miss one."""
    eng = get_engine(None)
    t = eng.tagger
    text = MIXED.lower() + " bilateral foraminal narrowing, l4 nerve root, mild-to-moderate"
    d = t._dispatch
    for pat, pre in zip(d.parts, d._prefixes, strict=True):
        if pre is None:
            continue
        for m in re.finditer(pat, text):
            key = "".join(map(canonical, text[m.start() : m.start() + 2]))
            assert any(x[: len(key)] == key[: len(x)] for x in pre), (pat[:40], key)


def test_prefix_dispatch_finds_what_the_whole_alternation_finds() -> None:
    """The level parser's scopes found by dispatching on a word's first two letters are the
    whole scope regex's matches (spans and the scope each names), on text of every scope."""
    eng = get_engine(None)
    lv = eng.levels
    text = (
        "FINDINGS: All levels are normal. Multilevel degenerative change; the upper lumbar "
        "levels and the lumbosacral junction, the first and second lumbar interspaces, the "
        "remaining levels, the L4 disc. At every level no stenosis. Levels above L3-4 are "
        "unremarkable; the lowest two levels show bulges, elsewhere normal."
    ).lower()
    want = [(m.span(), m.lastgroup) for m in lv._rx_low["scope_re"].finditer(text)]
    got = [(m.span(), m.lastgroup) for m in lv._scope_dispatch.finditer(text, lv._scope_starts)]
    assert got == want and len(want) >= 5


def test_prefix_dispatch_keeps_branch_order_and_tail() -> None:
    d = PrefixDispatch(["(?P<a>ab)", "(?P<b>abc)", "(?P<c>x[yz])"], "(?![a-z])")
    starts = re.compile(r"(?<![a-z])[a-z]")
    text = "abc ab xz xq"
    # 'abc': 'ab' first, its tail fails there, so 'abc'; 'xq' matches no branch
    assert [(m.group(), m.lastgroup) for m in d.finditer(text, starts)] == [
        ("abc", "b"),
        ("ab", "a"),
        ("xz", "c"),
    ]
    assert d.at("qq") is None and d.at("ab") is d.at("ab")


def test_prefix_dispatch_chains_long_branches(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long branch is compiled once, alone, and chained with the alternations of the short
    ones around it: the same matches, in the same branch order, with the tail after each."""
    from spinelab.labeling import regex_first

    parts = ["(?P<a>ab)", "(?P<b>abc|abd)", "(?P<c>abcd)", "(?P<d>x[yz])"]
    starts = re.compile(r"(?<![a-z])[a-z]")
    text = "abcd abc ab xz xq abd"
    plain = PrefixDispatch(parts, "(?![a-z])")
    want = [(m.group(), m.lastgroup) for m in plain.finditer(text, starts)]
    monkeypatch.setattr(regex_first, "_BIG_PART", len(parts[1]))  # 'b' counts as long
    chained = PrefixDispatch(parts, "(?![a-z])")
    assert isinstance(chained.at("ab"), regex_first._Chain)
    assert [(m.group(), m.lastgroup) for m in chained.finditer(text, starts)] == want
    assert want == [("abcd", "c"), ("abc", "b"), ("ab", "a"), ("xz", "d"), ("abd", "b")]


def test_prefix_dispatch_on_other_digits_and_spaces() -> None:
    """Words after a non-ASCII space or with non-ASCII digits are dispatched like the whole
    alternation reads them (their prefixes are spelt by canonical)."""
    d = PrefixDispatch([r"(?P<a>l\s?\d\s*-\s*\d)", r"(?P<b>\d\d\s?mm)"])
    starts = re.compile(r"(?<![a-z0-9])[a-z0-9\u0660-\u0669]")
    text = "l\u00a04-5, \u0661\u0662\u2009mm and l\u0664-\u0665"
    whole = re.compile("|".join(d.parts))
    want = [(m.span(), m.lastgroup) for m in whole.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in d.finditer(text, starts)] == want
    assert len(want) == 3


def _phrasing_texts() -> list[str]:
    """The texts of every phrasing case (tests/labeling/test_label_phrasings.py)."""
    from tests.labeling.test_label_phrasings import ALL

    return [c[1] for c in ALL]


@pytest.mark.parametrize(
    "rx",
    [
        document._GUESS_HINT.rx,
        document._GENERAL,
        document._DEFINITION_HINT.rx,
        document._POST_OP,
        posts._REPLY_HINT.rx,
    ],
    ids=["guess", "general", "definition", "post_op", "reply"],
)
def test_hint_answers_as_its_regex(rx: re.Pattern[str]) -> None:
    """Hint (the lower-case twin on the lower-cased text) finds a match exactly where the
    IGNORECASE regex does: on every phrasing case, in upper case, and on odd case folds."""
    hint = Hint(rx)
    texts = _phrasing_texts()
    texts += [t.upper() for t in texts[:300]] + [MIXED, "I THINK IT MISSED \u0130T", "s/P"]
    want = [rx.search(t) is not None for t in texts]
    assert [hint(t) for t in texts] == want
    assert any(want) and not all(want)


@pytest.mark.parametrize("name", ["_RUN_ON_STOP", "_UNPUNCTUATED_LEVEL"])
def test_space_guard_keeps_the_matches(name: str) -> None:
    """The leading '(?=[ \\t])' of sections' run-on stop regexes only skips positions where no
    branch can start: without it the same spans are found on every phrasing case."""
    rx: re.Pattern[str] = getattr(sections, name)
    guard = "(?=[ \\t])"
    assert rx.pattern.startswith(guard)
    bare = re.compile(rx.pattern[len(guard) :], rx.flags)
    texts = _phrasing_texts()
    got = [[m.span() for m in rx.finditer(t)] for t in texts]
    assert got == [[m.span() for m in bare.finditer(t)] for t in texts]
    assert sum(map(len, got)) > 0
