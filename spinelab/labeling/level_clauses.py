"""Sentences of per-level clauses under one site, read clause by clause.

Some writers name a site once and then grade it level by level, each clause led by its level::

    Neural foramina: at L3-L4 narrowed mildly bilaterally, at L4-L5 moderately on the right,
    mildly on the left.

Read whole, the second clause's sides and grades run into the first's. :func:`level_clause_row`
reads each clause as ``"<level>: <site>: <clause>."`` (``"<level>: Stenosis <clause>."`` where
the head names no site), as :mod:`~spinelab.labeling.tables` reads a table cell, given the
sentence's span of the report. Offsets are characters of the text given.
"""

from __future__ import annotations

import re

from spinelab.labeling.tables import (
    ANY_LEVEL,
    DASHED_LEVEL,
    STENOSIS_COLUMN,
    TableCell,
    TableRow,
    site_named,
)

#: the sentence's head: a site's name (and its stenosis word), perhaps a colon, then 'at <level>'
_HEAD = re.compile(
    rf"\s*(?P<head>[a-z][a-z \t/-]{{2,40}}?)[ \t]*:?[ \t]+(?=at[ \t]+{DASHED_LEVEL})", re.I
)
#: one clause: 'at <level>' and what it says, up to the next clause's ', at <level>' or the end
_CLAUSE = re.compile(
    rf"at[ \t]+(?P<level>{DASHED_LEVEL})(?![0-9])[ \t]*:?[ \t]*(?P<said>[^;]*?)[ \t]*"
    rf"(?:[,;][ \t]*(?=at[ \t]+{DASHED_LEVEL})|[.;]?[ \t]*\Z)",
    re.I,
)


def level_clause_row(text: str, start: int, end: int) -> TableRow | None:
    """The sentence ``text[start:end]`` read clause by clause when it is a site's name followed by
    two or more clauses each led by 'at <level>' and saying something of that level alone
    ('Lateral recesses: at L3-L4 narrowed bilaterally, at L4-L5 severely on the left'), each
    clause's reading given the sentence's span; None for any other sentence."""
    head = _HEAD.match(text, start, end)
    if head is None or STENOSIS_COLUMN.search(head["head"]) is None:
        return None
    # ('Foramina: moderately on the right, ...' as a field; a bare 'Stenosis' runs on: 'Stenosis
    # mild', not the field 'Stenosis: mild' of no site)
    colon = ":" if site_named(head["head"]) else ""
    cells: list[TableCell] = []
    pos = head.end()
    while pos < end:
        m = _CLAUSE.match(text, pos, end)
        if m is None or not m["said"].strip() or ANY_LEVEL.search(m["said"]):
            return None
        reading = f"{m['level']}: {head['head']}{colon} {m['said']}."
        cells.append(TableCell(start, end, reading))
        pos = m.end()
    return TableRow(start, end, cells) if len(cells) >= 2 else None
