"""Per-level tables with a header row: found, and read cell by cell under their column."""

from __future__ import annotations

from spinelab.labeling.labeler import Labeler
from spinelab.labeling.sections import reading_text
from spinelab.labeling.tables import headed_table_rows

TABLE = (
    "FINDINGS:\n"
    "Level | Disc | Canal | Foramina\n"
    "L1-2 | normal | normal | normal\n"
    "L3-4 | broad bulge | mild canal | patent\n"
    "L4-5 | protrusion | severe canal, AP sac 6 mm | mod L / mild R foramina\n"
    "L5-S1 | small central protrusion | none | mild bilateral\n"
    "\n"
    "Sacroiliac joints unremarkable.\n"
)


def test_rows_and_cells_of_a_headed_table() -> None:
    text = reading_text(TABLE)
    assert text == TABLE  # the header row is kept whole, like the rows
    rows = headed_table_rows(text)
    assert len(rows) == 4
    first = rows[0].cells
    # a normal cell is the column's structure normal (not the bare-normal level)
    assert [c.reading for c in first] == [
        "L1-2: Disc is normal.",
        "L1-2: Canal is normal.",
        "L1-2: Foramina is normal.",
    ]
    assert all(text[c.start : c.end] == "normal" for c in first)
    assert text[rows[2].cells[2].start : rows[2].cells[2].end] == "mod L / mild R foramina"
    # no header row (or a header without a level column): no headed table
    assert headed_table_rows("L4-5 | bulge | mild canal\n") == []
    assert headed_table_rows("Name | Value\nL4-5 | 3\n") == []


def test_a_headed_table_is_labelled_cell_by_cell() -> None:
    rows = Labeler(sentence_cache=0).label_report("t1", TABLE)
    got = {(r["level"], r["finding"]): r["value"] for r in rows}
    assert got[("L1-L2", "canal_stenosis")] == "none"
    assert got[("L1-L2", "disc_bulge")] == "absent"
    assert got[("L3-L4", "canal_stenosis")] == "mild"
    assert got[("L3-L4", "foraminal_stenosis_right")] == "none"
    assert got[("L4-L5", "canal_stenosis")] == "severe"
    assert got[("L4-L5", "foraminal_stenosis_left")] == "moderate"
    assert got[("L4-L5", "foraminal_stenosis_right")] == "mild"
    assert got[("L5-S1", "canal_stenosis")] == "none"
    assert got[("L5-S1", "disc_herniation")] == "present"
    assert got[("L5-S1", "foraminal_stenosis_left")] == "mild"
    # each row's evidence is its cell of the report
    ev = {(r["level"], r["finding"]): TABLE[r["start"] : r["end"]] for r in rows}
    assert ev[("L4-L5", "foraminal_stenosis_right")] == "mod L / mild R foramina"


def test_normal_and_dash_cells() -> None:
    """'N' and 'WNL' cells are normal; a '-' cell only under the report's key saying so."""
    table = "Level | Disc | Canal\nL1-2 | N | WNL\nL2-3 | - | -\n"
    read = [c.reading for r in headed_table_rows(table) for c in r.cells]
    assert read == [
        "L1-2: Disc is normal.",
        "L1-2: Canal is normal.",
        "L2-3: Disc: -.",
        "L2-3: Canal: -.",
    ]
    keyed = [c.reading for r in headed_table_rows(table + '(Key: "-" = normal)') for c in r.cells]
    assert keyed[2:] == ["L2-3: Disc is normal.", "L2-3: Canal is normal."]


def test_a_tab_separated_table_reads_as_a_piped_one() -> None:
    """Tabs between a per-level table's columns read as '|' (same length); other tabs as spaces."""
    text = "Canal:\tpatent\nLevel\tDisc\t\tCanal\nL4-5\tBulge\tMild\nNote\tend"
    got = reading_text(text)
    assert len(got) == len(text)
    assert got == "Canal: patent\nLevel|Disc| Canal\nL4-5|Bulge|Mild\nNote end"
    assert [c.reading for r in headed_table_rows(got) for c in r.cells] == [
        "L4-5: Disc: Bulge.",
        "L4-5: Canal: Mild.",
    ]
