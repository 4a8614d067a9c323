"""Sentence cache: hits, bounded LRU, the disabled path, level context carried across cached
sentences, context-keyed open boundaries, and rows identical with and without the cache."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from spinelab.labeling.components import build_pipeline, get_engine
from spinelab.labeling.labeler import Labeler
from spinelab.labeling.sentence import SentenceCache, sentence_key

REPORT = """FINDINGS:
Alignment is maintained.
L3-L4: Disc bulge. Mild canal stenosis.
L4-L5: Disc bulge. Mild canal stenosis. No foraminal stenosis.
L5-S1: Disc bulge. Mild canal stenosis. No foraminal stenosis.

IMPRESSION:
1. Mild canal stenosis at L3-L4 through L5-S1.
"""


def synthetic_reports(n: int, seed: int = 0) -> list[tuple[str, str]]:
    """``n`` seeded synthetic reports (id, text)."""
    from spinelab.data.synth.pathology import sample_pathology
    from spinelab.data.synth.report_text import render_report

    rng = np.random.default_rng(seed)
    return [
        (f"s{i}", render_report(sample_pathology(rng), rng, report_id=f"s{i}")[0]) for i in range(n)
    ]


def _table(rows: list[dict]) -> dict[tuple[str, str], str]:
    return {(r["level"], r["finding"]): r["value"] for r in rows}


def test_repeated_sentences_hit_and_carry_the_level_context() -> None:
    lab = Labeler()
    rows = lab.label_report("r", REPORT)
    st = lab.sentence_cache_stats()
    # 'Mild canal stenosis.' (read under L3-L4) and 'No foraminal stenosis.' (under L4-L5) come
    # from the cache under the later levels; each sentence takes the level carried to it
    assert st["hits"] == 3 and st["misses"] == st["entries"]
    t = _table(rows)
    for lv in ("L3-L4", "L4-L5", "L5-S1"):
        assert t[(lv, "disc_bulge")] == "present"
        assert t[(lv, "canal_stenosis")] == "mild"
    assert t[("L4-L5", "foraminal_stenosis_left")] == "none"
    assert ("L3-L4", "foraminal_stenosis_left") not in t  # not said for L3-L4
    assert ("L2-L3", "disc_bulge") not in t
    again = lab.label_report("r", REPORT)
    st2 = lab.sentence_cache_stats()
    assert again == rows
    assert st2["misses"] == st["misses"]  # second pass: every sentence from the cache
    assert st2["hit_rate"] > st["hit_rate"]


def test_disabled_cache_gives_identical_rows() -> None:
    reports = [("x", REPORT)] + synthetic_reports(40)
    on, off = Labeler(), Labeler(sentence_cache=0)
    rows_on, err_on = on.label_many(reports)
    rows_off, err_off = off.label_many(reports)
    assert rows_on == rows_off and err_on == err_off
    assert off.sentence_cache_stats()["entries"] == 0
    assert off.sentence_cache_stats()["hits"] == 0
    assert on.sentence_cache_stats()["hits"] > 0
    one_by_one = [r for rid, t in reports for r in off.label_report(rid, t)]
    assert one_by_one == rows_on


def test_cache_is_bounded_lru() -> None:
    eng = get_engine(None)
    cache = SentenceCache(eng.reader, 3)
    text = "L1-L2 normal. L2-L3 normal. L3-L4 normal. L4-L5 normal."
    spans = [(0, 13), (14, 27), (28, 41), (42, 55)]
    assert [text[a:b] for a, b in spans][-1] == "L4-L5 normal."
    for a, b in spans:
        cache.read(text, a, b)
    assert len(cache) == 3 and cache.misses == 4 and cache.hits == 0
    cache.read(text, *spans[1])  # still there (the oldest, 'L1-L2 normal.', was dropped)
    assert cache.hits == 1
    cache.read(text, *spans[0])
    assert cache.misses == 5 and len(cache) == 3
    cache.clear()
    assert len(cache) == 0 and cache.hits == cache.misses == 0
    with pytest.raises(ValueError):
        SentenceCache(eng.reader, -1)


def test_size_zero_keeps_nothing() -> None:
    cache = SentenceCache(get_engine(None).reader, 0)
    text = "L4-L5: mild canal stenosis."
    a = cache.read(text, 0, len(text))
    b = cache.read(text, 0, len(text))
    assert a == b and len(cache) == 0 and cache.misses == 2 and cache.hits == 0


def test_cached_facts_equal_a_fresh_reading() -> None:
    eng = get_engine(None)
    cache = SentenceCache(eng.reader, 100)
    text = "L4-L5: Moderate left foraminal narrowing. No canal stenosis."
    first = cache.read(text, 7, 41)
    assert cache.read(text, 7, 41) is first  # from the cache
    assert first == eng.reader.read(text[7:41])
    assert first.sets_context is None and first.stated[0].levels is None


def test_open_boundaries_key_on_their_context() -> None:
    # 'FINDINGS The ...': the header is glued to the sentence by white space only
    text = "MRI LUMBOSACRAL SPINE\nFINDINGS The central canal is patent at all levels."
    start = text.index("The")
    key, string, s, e = sentence_key(text, start, len(text))
    assert isinstance(key, tuple) and key[1] == text[start:] and string[s:e] == text[start:]
    closed = "FINDINGS: The central canal is patent at all levels."
    key2, string2, s2, e2 = sentence_key(closed, 10, len(closed))
    assert key2 == string2 == closed[10:] and (s2, e2) == (0, len(closed) - 10)


def test_pipeline_option_and_pickle_keep_the_setting() -> None:
    nlp = build_pipeline(make_spans=False, sentence_cache=7)
    assert nlp.get_pipe("spine_findings").cache.size == 7
    lab = Labeler(sentence_cache=0)
    lab2 = pickle.loads(pickle.dumps(lab))
    assert lab2.sentence_cache_stats()["size"] == 0
    assert lab2.label_report("x", REPORT) == Labeler().label_report("x", REPORT)


def test_spine_levels_extension_still_lists_every_mention() -> None:
    nlp = build_pipeline(make_spans=False)
    text = "HISTORY: prior L5-S1 fusion.\nFINDINGS: L4-5: mild canal stenosis."
    doc = nlp(text)
    assert [text[m.start : m.end] for m in doc._.spine_levels] == ["L5-S1", "L4-5"]
    assert doc._.spine_levels[0].excluded
    assert doc._.spine_levels == get_engine(None).levels.find(text)


def test_rows_identical_on_synthetic_reports_with_a_tiny_cache() -> None:
    reports = synthetic_reports(30, seed=3)
    tiny, off = Labeler(sentence_cache=5), Labeler(sentence_cache=0)
    assert tiny.label_many(reports) == off.label_many(reports)
    assert tiny.sentence_cache_stats()["entries"] <= 5
    assert np.isclose(
        tiny.sentence_cache_stats()["hit_rate"],
        tiny.sentence_cache_stats()["hits"]
        / (tiny.sentence_cache_stats()["hits"] + tiny.sentence_cache_stats()["misses"]),
    )
