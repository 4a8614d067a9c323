"""ConText scopes, grade phrases and the first-character dispatch of the tagger."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from spinelab.labeling.components import get_engine
from spinelab.labeling.context import compute_scopes
from spinelab.labeling.regex_first import first_chars


def _scopes(text: str):  # type: ignore[no-untyped-def]
    e = get_engine(None)
    items = e.tagger.tag(text)
    return compute_scopes(text, items, 0, len(text), e.tagger.scope_end_after_comma)


def test_forward_negation_ends_at_clause_break() -> None:
    text = "No stenosis but a protrusion."
    sc = _scopes(text)
    assert sc.negated(text.index("stenosis")) and not sc.negated(text.index("protrusion"))


def test_negation_ends_at_comma_and_grade() -> None:
    text = "no foraminal stenosis, mild canal stenosis"
    sc = _scopes(text)
    assert sc.negated(text.index("foraminal")) and not sc.negated(text.index("canal"))


def test_backward_cues() -> None:
    text = "Foraminal stenosis is not seen. "
    assert _scopes(text).negated(0)
    text = "A small protrusion cannot be excluded."
    assert _scopes(text).hedged(text.index("protrusion"))


def test_pseudo_negation_and_prior() -> None:
    text = "No change in the L4-5 protrusion."
    assert not _scopes(text).negated(text.index("protrusion"))
    sc = _scopes("Protrusion previously seen on the prior exam.")
    assert sc.prior and not sc.current


@pytest.mark.parametrize(
    "phrase,value",
    [
        ("mild", "mild"),
        ("mild to moderate", "moderate"),
        ("mild-to-moderate", "moderate"),
        ("moderate/severe", "severe"),
        ("significant", "present"),
        ("very mild", "mild"),
    ],
)
def test_grade_value(phrase: str, value: str) -> None:
    assert get_engine(None).tagger.grade_value(phrase) == value


def test_first_chars() -> None:
    assert first_chars(r"(?<![a-z])(?:bulg(?:e|ing)|protrusion)") == {"b", "p"}
    assert first_chars(r"(?:left\s+)?foramen") == {"l", "f"}
    assert first_chars(r"a?") is None


def test_tagger_dispatch_equals_plain_alternation() -> None:
    """The first-letter dispatch finds exactly what the one big alternation finds."""
    t = get_engine(None).tagger
    text = (
        "L4-5: Mild-to-moderate bilateral neural foraminal narrowing, no canal stenosis; "
        "possible left paracentral protrusion. Bi lateralneural foraminal narrowing?"
    )
    fast = [(i.start, i.end, i.kind) for i in t.tag(text) if i.kind != "B"]
    slow = []
    pos = 0
    for m in t.master.finditer(text):
        if m.start() < pos:
            continue
        if (
            m.start() > 0
            and text[m.start() - 1].isalnum()
            and not text[: m.start()].endswith("lateral")
        ):
            continue
        kind, _ = t.entries[int(m.lastgroup[1:])]
        slow.append((m.start(), m.end(), kind))
        pos = m.end()
    assert fast == slow


def test_synthetic_reports_floor() -> None:
    """A small sample of the synthetic renderer's reports (the full figure: benchmarks/)."""
    synth = pytest.importorskip("spinelab.data.synth.report_text")
    from spinelab.data.synth.pathology import sample_pathology
    from spinelab.labeling.labeler import Labeler
    from spinelab.labeling.validate import score_tables

    rng = np.random.default_rng(7)
    items, golds = [], []
    for i in range(40):
        text, labels = synth.render_report(sample_pathology(rng), rng, report_id=f"s{i}")
        items.append((f"s{i}", text))
        golds.append(labels)
    rows, errors = Labeler().label_many(items)
    assert errors == []
    m = score_tables(pd.DataFrame(rows), pd.concat(golds))
    assert m["micro_f1"] >= 0.95, m["per_finding_f1"]
