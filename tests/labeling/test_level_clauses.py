"""A site graded level by level, each clause led by its level: read clause by clause."""

from __future__ import annotations

from spinelab.labeling.level_clauses import level_clause_row


def test_each_clause_is_read_under_the_site_at_its_level() -> None:
    text = (
        "Neural foramina: at L3-L4 narrowed mildly bilaterally, at L4-L5 moderately on the right, "
        "mildly on the left."
    )
    row = level_clause_row(text, 0, len(text))
    assert row is not None
    assert [c.reading for c in row.cells] == [
        "L3-L4: Neural foramina: narrowed mildly bilaterally.",
        "L4-L5: Neural foramina: moderately on the right, mildly on the left.",
    ]
    # each reading is given the sentence's span
    assert all((c.start, c.end) == (0, len(text)) for c in row.cells)


def test_a_bare_stenosis_head_runs_on_and_other_sentences_are_left_alone() -> None:
    text = "Stenosis at L2-L3 mild, at L3-L4 moderate."
    row = level_clause_row(text, 0, len(text))
    assert row is not None
    assert [c.reading for c in row.cells] == ["L2-L3: Stenosis mild.", "L3-L4: Stenosis moderate."]
    for other in (
        "Mild foraminal stenosis at L3-4, at L4-5 and at L5-S1.",  # clauses saying nothing
        "Neural foramina: at L3-L4 narrowed mildly bilaterally.",  # one clause
        "Disc bulges: at L3-L4 small, at L4-L5 large.",  # no stenosis site
        "Foramina: at L3-L4 mild, at L4-L5 as at L3-L4.",  # a clause naming another level
    ):
        assert level_clause_row(other, 0, len(other)) is None, other
