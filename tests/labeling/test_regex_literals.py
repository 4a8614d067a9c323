"""Literals every match of a regex holds: the prefilter that spares whole-sentence searches."""

from __future__ import annotations

import re

import pytest

from spinelab.labeling.components import get_engine
from spinelab.labeling.regex_first import lower_ok, lower_twin
from spinelab.labeling.regex_literals import Gate, GatedTwin, required_literals


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("stenosis", {"stenosis"}),
        (r"(?:foo|bar)baz", {"foobaz", "barbaz"}),
        (r"a?b", {"ab", "b"}),
        (r"\bno\s+(?:stenosis|bulge)", {"stenosis", "bulge"}),  # the longer run wins over 'no'
        (r"(?<=left )(?:foramen|foramina)", {"foramen", "foramina"}),  # lookbehind: not required
        (r"[LT]\d", {"l", "t"}),  # classes of a few characters, lower-cased
        (r"(?-i:DP)\b", {"dp"}),
        (r"disc(?:s)?\s+bulg(?:e|ing)", {"bulge", "bulging"}),
        # a conditional's yes-branch holds the text of the group it asks for
        (r"(?:(?P<pre>plates?)\s+of\s+|(?<!x))L\d(?(pre)|\s+endplates)", {"plate", "plates",
                                                                           "endplates"}),
        (r"(?:mild|)stenosis", {"mildstenosis", "stenosis"}),
        (r"\w+", None),
        (r"a*", None),
        (r"(?:stenosis|\d+)", None),  # one branch requires nothing
        (r"[^a]bc", {"bc"}),
    ],
)
def test_required_literals(pattern: str, expected: set[str] | None) -> None:
    got = required_literals(pattern, re.I)
    assert got == (None if expected is None else frozenset(expected))


def test_gate_keeps_only_the_shortest_covering_strings() -> None:
    g = Gate(re.compile(r"(?:mal)?alignment|listhesis|anterolisthesis", re.I))
    assert g.literals == ("alignment", "listhesis")
    assert g("the listhesis is stable") and not g("normal lordosis")
    assert Gate(re.compile(r"\w+"))("anything")  # nothing required: every text may match


def _rule_regexes() -> list[re.Pattern[str]]:
    """Every lower twin the labeler searches sentences with, and each vocabulary rule's."""
    eng = get_engine(None)
    t = eng.tagger
    out = [lower_twin(x) for x in eng.levels._rx.values()]
    out += [lower_twin(x) for x in (eng.context_excl, t.alignment, t.level_normal, t.study_normal)]
    out += [lower_twin(re.compile(r.regex, re.I)) for _, r in t.entries if r is not None]
    return out


def test_gates_pass_every_text_the_rules_match() -> None:
    """Sound on the packaged rules: wherever a rule's lower twin matches a phrasing case, its
    gate lets the text through, and GatedTwin finds what the twin finds."""
    from tests.labeling.test_label_phrasings import ALL

    texts = [c[1].lower() for c in ALL if lower_ok(c[1], c[1].lower())]
    regexes = _rule_regexes()
    assert len(regexes) > 100
    matched = gated = 0
    for rx in regexes:
        g = GatedTwin(rx)
        for low in texts:
            m = rx.search(low)
            if m is not None:
                matched += 1
                assert g.gate(low), (rx.pattern[:80], g.gate.literals)
                assert g.gate(low[m.start() : m.end()]), (rx.pattern[:80], m.group())
            elif g.gate.literals is not None and not g.gate(low):
                gated += 1
            got = g.search(low)
            assert (got and got.span()) == (m and m.span())
            assert [x.span() for x in g.finditer(low)] == [x.span() for x in rx.finditer(low)]
    assert matched > 1000 and gated > 1000  # the test reads both kinds of text


def test_gated_search_on_a_span_reads_only_that_span() -> None:
    rx = re.compile(r"bulge(?= at)")
    g = GatedTwin(rx)
    low = "a bulge at l4-5, no bulge at l5-s1"
    assert g.search(low, 0, 5) is None and rx.search(low, 0, 5) is None
    got, want = g.search(low, 17), rx.search(low, 17)
    assert got is not None and want is not None and got.span() == want.span() == (20, 25)
    with pytest.raises(ValueError, match="case-sensitive"):
        GatedTwin(re.compile("x", re.I))
