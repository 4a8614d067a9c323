"""Per-level tables with a header row, read cell by cell under their column's name.

Structured reports often tabulate the levels::

    Level | Disc        | Canal  | Foramina
    L3-4  | broad bulge | mild   | patent
    L4-5  | protrusion  | severe | mod L / mild R

A cell ("mild", "patent") says nothing without its column's name, so the document loop reads
each cell as ``"<level>: <column>: <cell>."`` (:attr:`TableCell.reading`) and gives the rows it
states to the cell's span of the report. Only tables whose header row opens with a level column
("Level", "Disc level", "Segment") are read this way; a row opens with a disc level. Offsets are
characters of the text given (the reading text: same length as the report).
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: the level column's name in a header row ('Level', 'Disc level', 'Segment'); sections.py keeps
#: such a header row whole, as it keeps the rows
LEVEL_COLUMN = r"(?:disc[ \t]+)?(?:levels?|segments?|lvl|interspaces?|disc[ \t]+space)"
_HEADER_FIRST = re.compile(LEVEL_COLUMN, re.I)
_ROW_FIRST = re.compile(r"(?:at\s+)?[LTDS]\s?-?\s?\d{1,2}\b.*", re.I)


class TableCell(NamedTuple):
    """One cell of a tabulated level: its span ``[start, end)`` and the sentence to read."""

    start: int
    end: int
    reading: str


class TableRow(NamedTuple):
    """A row of a headed table: its line ``[start, end)`` and its cells after the level."""

    start: int
    end: int
    cells: list[TableCell]


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the '|'-separated cells of the line ``[start, end)``, stripped; a leading or
    trailing '|' opens or closes the row, not an empty cell."""
    out: list[tuple[int, int]] = []
    pos = start
    for part in text[start:end].split("|"):
        a, b = pos, pos + len(part)
        pos = b + 1
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        out.append((a, b))
    if out and out[0][0] == out[0][1]:
        out.pop(0)
    if out and out[-1][0] == out[-1][1]:
        out.pop()
    return out


def headed_table_rows(text: str) -> list[TableRow]:
    """Every row of every headed per-level table of ``text`` (none when it has no '|')."""
    if "|" not in text:
        return []
    rows: list[TableRow] = []
    header: list[str] | None = None
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        cells = _cells(text, start, end) if "|" in line else []
        if len(cells) >= 2 and _HEADER_FIRST.fullmatch(text, *cells[0]):
            header = [text[a:b] for a, b in cells]
            continue
        if header is None:
            continue
        if len(cells) < 2 or not _ROW_FIRST.fullmatch(text, *cells[0]):
            header = None  # the table ended
            continue
        level = text[slice(*cells[0])]
        row = [
            TableCell(a, b, f"{level}: {column}: {text[a:b]}.")
            for (a, b), column in zip(cells[1:], header[1:], strict=False)
            if a < b and column.strip()
        ]
        rows.append(TableRow(start, end, row))
    return rows
