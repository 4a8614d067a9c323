"""Literals every match of a regex holds: the prefilter that spares whole-sentence searches."""

from __future__ import annotations

import re

import pytest

from spinelab.labeling.components import get_engine
from spinelab.labeling.regex_first import lower_ok, lower_twin
from spinelab.labeling.regex_literals import Gate, Gated, GatedTwin, Hint, required_literals


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
    out += [
        lower_twin(x)
        for x in (eng.context_excl, t.alignment, t.level_normal, t.study_normal, t.study_lead)
    ]
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


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # what a positive lookaround asserts is in the string, beside the match
        (r"(?:(?<=described )|(?<=reported ))at\s+L\d", {"described ", "reported "}),
        (r"at(?=\s+(?:is|was)\s+actually)", {"actually"}),
        (r"(?<=left )(?:foramen|foramina)", {"foramen", "foramina"}),  # the match's is longer
        (r"(?<!not )bulge", {"bulge"}),  # a negative one asserts nothing
        (r"(?:(?<=both )x)?y", {"xy", "y"}),  # an optional part asserts nothing
        (r"(?=\w)", None),
    ],
)
def test_required_literals_with_lookarounds(pattern: str, expected: set[str] | None) -> None:
    got = required_literals(pattern, re.I, lookarounds=True)
    assert got == (None if expected is None else frozenset(expected))


def _package_gated() -> list[Gated | Hint]:
    """Every Gated regex and Hint the labeler's modules hold at module level."""
    import importlib
    import pkgutil

    import spinelab.labeling as pkg

    out: list[Gated | Hint] = []
    for info in pkgutil.iter_modules(pkg.__path__):
        mod = importlib.import_module(f"spinelab.labeling.{info.name}")
        out += [v for v in vars(mod).values() if isinstance(v, (Gated, Hint))]
    return out


def test_gated_regexes_give_their_regex_results() -> None:
    """Gated (and Hint, gated the same way) changes no result on the phrasing cases, the odd
    case folds included ('ſ' matches 's' in IGNORECASE: the gate is skipped there), and skips
    most of the texts for most regexes."""
    from tests.labeling.test_label_phrasings import ALL

    texts = [c[1] for c in ALL] + ["Poſterior bulge deſcribed at L4-5", "KKTYPE 2"]
    found = _package_gated()
    assert sum(isinstance(x, Gated) for x in found) >= 8 and sum(isinstance(x, Hint) for x in found)
    regexes = [x for x in found if isinstance(x, Gated)]
    regexes += [Gated(lower_twin(re.compile(r.regex, re.I))) for _, r in get_engine(None).tagger.entries if r]
    skipped = 0
    for g in regexes:
        for t in texts:
            m = g.rx.search(t)
            got = g.search(t)
            assert (got and got.span()) == (m and m.span()), (g.pattern[:80], t[:80])
            assert g.sub("#", t) == g.rx.sub("#", t)
            skipped += not g.may_match(t)
    assert skipped > 0.5 * len(regexes) * len(texts)
    for h in (x for x in found if isinstance(x, Hint)):
        for t in texts:
            assert h(t) == (h.rx.search(t) is not None), (h.rx.pattern[:80], t[:80])
