"""Per-level tables with a header row: found, and read cell by cell under their column."""

from __future__ import annotations

from spinelab.labeling.labeler import Labeler
from spinelab.labeling.sections import reading_text
from spinelab.labeling.tables import (
    CellKey,
    _keys,
    coded_field_rows,
    grade_column_rows,
    headed_list_rows,
    headed_table_rows,
    level_column_rows,
    level_sides_rows,
    listed_grid_rows,
)

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
    """'N' and 'WNL' cells are normal; a '-' cell where the report's key says so, or (no key)
    in a row that writes no normal cell out."""
    table = "Level | Disc | Canal\nL1-2 | N | WNL\nL2-3 | N | -\n"
    read = [c.reading for r in headed_table_rows(table) for c in r.cells]
    assert read == [
        "L1-2: Disc is normal.",
        "L1-2: Canal is normal.",
        "L2-3: Disc is normal.",
    ]
    keyed = [c.reading for r in headed_table_rows(table + '(Key: "-" = normal)') for c in r.cells]
    assert keyed[2:] == ["L2-3: Disc is normal.", "L2-3: no Canal stenosis."]


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


def _rows(text: str) -> dict[tuple[str, str], str]:
    return {(r["level"], r["finding"]): r["value"] for r in Labeler().label_report("r", text)}


def test_a_normal_cell_under_a_stenosis_column_is_none() -> None:
    """'none' under 'CCS' or 'Central stenosis' is no stenosis ('CCS is normal' would state
    it); 'NFN-L' is the left foramen."""
    text = (
        "FINDINGS:\n"
        "LEVEL | DISC | CCS | NFN-L | NFN-R | Central stenosis\n"
        "L1-L2 | normal | none | none | mild | N\n"
        "L4-L5 | protrusion | mod | mild | none | moderate\n"
    )
    got = _rows(text)
    assert got[("L1-L2", "canal_stenosis")] == "none"
    assert got[("L1-L2", "foraminal_stenosis_left")] == "none"
    assert got[("L1-L2", "foraminal_stenosis_right")] == "mild"
    assert got[("L4-L5", "canal_stenosis")] == "moderate"
    assert got[("L4-L5", "foraminal_stenosis_left")] == "mild"


def test_semicolon_and_spaced_tables_read_as_piped_ones() -> None:
    """A registry export ('level;disc_morph;ccs_grade;nfn_l') and columns laid out in spaces
    read as '|' tables, the same length; a 'Name;Value' line and spaced prose do not."""
    semi = (
        "export: registry / rater KM\n"
        "level;disc_morph;ccs_grade;nfn_l;nfn_r;modic\n"
        "L4-L5;bulge;mild;mild;none;none\n"
        "L5-S1;extrusion;moderate;none;mild;type 1\n"
    )
    spaced = (
        "FINDINGS:\n"
        "Level    Disc          Canal     Foramina\n"
        "L3-4     bulge         mild      patent\n"
        "L4-5     protrusion    severe    mod L / mild R\n"
    )
    assert len(reading_text(semi)) == len(semi)
    assert "L4-L5|bulge|mild" in reading_text(semi)
    assert reading_text("Name;Value;x\nL4-5;3;4\n") == "Name;Value;x\nL4-5;3;4\n"
    assert reading_text("Findings:  mild  bulge at L4-5.\n") == "Findings:  mild  bulge at L4-5.\n"
    got = _rows(semi)
    assert got[("L5-S1", "canal_stenosis")] == "moderate"
    assert got[("L5-S1", "foraminal_stenosis_right")] == "mild"
    assert got[("L4-L5", "foraminal_stenosis_right")] == "none"
    assert got[("L5-S1", "modic")] == "type1"
    assert got[("L5-S1", "disc_herniation")] == "present"
    got = _rows(spaced)
    assert got[("L4-L5", "canal_stenosis")] == "severe"
    assert got[("L4-L5", "foraminal_stenosis_left")] == "moderate"
    assert got[("L3-L4", "foraminal_stenosis_right")] == "none"


def test_digits_under_a_report_key_of_grades() -> None:
    """With a key '0 = none, 1 = mild, 2 = moderate, 3 = severe' (or none: the same 0-3 scale) a
    digit under a stenosis column is its grade; a '0' cell is normal anywhere ('Listhesis (mm)':
    0 is none)."""
    text = (
        "Foraminal (Lee): 0 = none, 1 = mild, 2 = moderate, 3 = severe.\n"
        "Level | Foraminal R | Foraminal L | Listhesis (mm)\n"
        "L3-L4 | 1 | 0 | 0\n"
        "L4-L5 | 1 | 2 | 3 (antero)\n"
    )
    got = _rows(text)
    assert got[("L3-L4", "foraminal_stenosis_right")] == "mild"
    assert got[("L3-L4", "foraminal_stenosis_left")] == "none"
    assert got[("L4-L5", "foraminal_stenosis_left")] == "moderate"
    assert got[("L3-L4", "spondylolisthesis")] == "absent"
    assert got[("L4-L5", "spondylolisthesis")] == "present"
    # without the key too: a research grid's digit under a stenosis column is its grade of 0-3
    # ('LR-L 2'); not under a measure's column ('Foraminal R (mm)') or a study's year
    assert _rows(text.split("\n", 1)[1])[("L4-L5", "foraminal_stenosis_left")] == "moderate"
    measured = text.split("\n", 1)[1].replace("Foraminal R", "Foraminal R (mm)")
    assert ("L3-L4", "foraminal_stenosis_right") not in _rows(measured)
    dated = text.split("\n", 1)[1].replace("Foraminal R", "Foraminal R 2022")
    assert ("L3-L4", "foraminal_stenosis_right") not in _rows(dated)


def test_a_list_headed_by_its_finding_is_read_as_a_one_column_table() -> None:
    text = (
        "Findings:\n5. Spinal canal stenosis:\n   L2-3: mild\n   L5-S1: none\n"
        "6. Disc herniation at L4-5.\nDiscs and canal:\nL1-L2: Normal.\n"
    )
    rows = headed_list_rows(text)
    # the two lines under 'Spinal canal stenosis:', each its own row; not the lines under a
    # heading of the discs and canal (whole levels), nor after a line that ends the list
    assert [text[r.start : r.end].strip() for r in rows] == ["L2-3: mild", "L5-S1: none"]
    assert [c.reading for r in rows for c in r.cells] == [
        "L2-3: mild Spinal canal stenosis.",
        "L5-S1: no Spinal canal stenosis.",
    ]
    assert [text[c.start : c.end] for r in rows for c in r.cells] == ["mild", "none"]


def test_a_grid_whose_columns_are_the_levels_is_read_cell_by_cell() -> None:
    text = (
        "Grades:\n"
        "                 L2-L3   L3-L4   L4-L5\n"
        "Disc bulge       N/A     no      yes (central)\n"
        "Central canal    normal  mild    mod\n"
        "\n"
        "Disc bulge       yes     yes     yes\n"
    )
    rows = level_column_rows(text)
    # the two rows under the header; a blank line ends the grid (the last line is no row of it)
    assert [text[r.start : r.end].split("  ")[0] for r in rows] == ["Disc bulge", "Central canal"]
    cells = [(text[c.start : c.end], c.reading) for r in rows for c in r.cells]
    assert cells[0] == ("no", "L3-L4: no Disc bulge.")  # 'N/A' under L2-L3 says nothing
    assert [x for x, _ in cells] == ["no", "yes (central)", "normal", "mild", "mod"]
    assert cells[3][1].startswith("L3-L4") and cells[4][1].startswith("L4-L5")


def test_a_list_of_sides_under_its_heading_is_read_cell_by_cell() -> None:
    """'Foraminal assessment:' over a header line of sides and a level's cells under each; a
    ragged or unreadable row of an archive's table (a third cell, 'N/A', a line that is no row)
    states only what it can, and a line that is no row ends the list."""
    text = (
        "Foraminal assessment:\n"
        "            Left               Right\n"
        "L3/4        mild               patent\n"
        "L4/5        N/A                moderate      extra junk\n"
        "Comment: see above.\n"
        "L5/S1       severe             severe\n"
    )
    rows = headed_list_rows(text)
    assert [text[r.start : r.end].split()[0] for r in rows] == ["L3/4", "L4/5"]
    readings = [c.reading for r in rows for c in r.cells]
    assert readings[:3] == [
        "L3/4: Left foramen: mild.",
        "L3/4: Right foramen is normal.",
        "L4/5: Right foramen: moderate.",
    ]
    assert [text[c.start : c.end] for c in rows[0].cells] == ["mild", "patent"]
    got = {
        (r["level"], r["finding"]): r["value"]
        for r in Labeler().label_report("r", "FINDINGS:\n" + text)
    }
    assert got == {
        ("L3-L4", "foraminal_stenosis_left"): "mild",
        ("L3-L4", "foraminal_stenosis_right"): "none",
        ("L4-L5", "foraminal_stenosis_right"): "moderate",
    }


def test_rows_written_without_a_dash_and_a_current_column() -> None:
    text = (
        "Level | Prior (2019) | Current\n"
        "L5S1 | small central protrusion | normal\n"
        "L2L3 | normal | mild bulge\n"
    )
    rows = headed_table_rows(text)
    # the prior column is not read; the current one reads bare
    assert [c.reading for r in rows for c in r.cells] == ["L5S1: normal.", "L2L3: mild bulge."]


def test_a_markdown_grid_of_levels_is_read_by_cell_number() -> None:
    """A markdown grid whose columns are the levels: its rows are not padded, so a cell is read
    under the level of its cell number; a side pair in the row's name ('LR Rt/Lt') over 'severe/N'
    gives each side; 'Rec. left' and 'norm' in a spaced grid."""
    text = (
        "| | L1-2 | L2-3 | L4-5 |\n"
        "|---|---|---|---|\n"
        "| Canal | N | N | moderate |\n"
        "| LR Rt/Lt | N/N | N/N | severe/N |\n"
        "\n"
        "             L1-L2   L2-L3   L3-L4\n"
        "Rec. left    norm    norm    compressed\n"
    )
    got = {
        (r["level"], r["finding"]): r["value"]
        for r in Labeler().label_report("r", "FINDINGS:\n" + text)
    }
    assert got[("L4-L5", "canal_stenosis")] == "moderate"
    assert got[("L1-L2", "canal_stenosis")] == "none"
    assert got[("L4-L5", "subarticular_stenosis_right")] == "severe"
    assert got[("L4-L5", "subarticular_stenosis_left")] == "none"
    assert got[("L3-L4", "subarticular_stenosis_left")] == "present"  # 'compressed'
    assert got[("L2-L3", "subarticular_stenosis_left")] == "none"
    assert got[("L2-L3", "subarticular_stenosis_right")] == "none"


def test_a_reports_key_defines_its_cells_codes() -> None:
    """A key of codes ('- none, + mild, ++ moderate, +++ severe', '0 = normal, 1 = slight, ...',
    'o.B. = no pathological findings', a tick and a cross) and a legend spelling out the
    columns ('CS: central canal stenosis'); prose that only looks like a key defines nothing."""
    key = _keys("(- none, + mild, ++ moderate, +++ severe)")
    assert key.scale == {"-": "none", "+": "mild", "++": "moderate", "+++": "severe"}
    assert key.dash_normal is True
    assert _keys("(0 = normal, 1 = slight, 2 = moderate, 3 = severe)").scale["1"] == "mild"
    assert _keys("(o.B. = no pathological findings)").scale == {"o.b.": "none"}
    assert _keys("Key: \u2713 = present, \u2717 = absent").scale == {
        "\u2713": "present",
        "\u2717": "none",
    }
    assert _keys("(- = not assessed)").dash_normal is False
    assert _keys("L4-5: mild, L5-S1: severe, L3-4: moderate. grade 1 mild stenosis") == CellKey()
    names = _keys("CS: central canal stenosis; NFS neural foraminal stenosis. CT showed stenosis")
    assert names.names == {"CS": "central canal stenosis", "NFS": "neural foraminal stenosis"}


def test_cells_read_by_the_reports_key_and_legend() -> None:
    """'+' / '++' cells graded by the key under columns its legend names; '-/-' split by side."""
    text = (
        "(- none, + mild, ++ moderate, +++ severe)\n"
        "Level   Disc      CS     LRS (Rt/Lt)   NFS (Rt/Lt)\n"
        "L1-2    -         -      -/-           -/-\n"
        "L4-5    bulging   ++     +++/+         ++/-\n"
        "CS: central canal stenosis; LRS: lateral recess stenosis; NFS: neural foraminal stenosis.\n"
    )
    got = {
        (r["level"], r["finding"]): r["value"]
        for r in Labeler().label_report("r", "FINDINGS:\n" + text)
    }
    assert got[("L1-L2", "canal_stenosis")] == "none"
    assert got[("L1-L2", "disc_bulge")] == "absent"
    assert got[("L4-L5", "canal_stenosis")] == "moderate"
    assert got[("L4-L5", "subarticular_stenosis_right")] == "severe"
    assert got[("L4-L5", "subarticular_stenosis_left")] == "mild"
    assert got[("L4-L5", "foraminal_stenosis_right")] == "moderate"
    assert got[("L4-L5", "foraminal_stenosis_left")] == "none"


def test_a_dash_no_key_explains_is_normal_only_in_a_row_that_spells_no_normal() -> None:
    """Without a key, '-' stands for the normal in a row of dashes and findings, and for nothing
    in a row that writes its normal cells out ('normal | - | normal': a column left empty)."""
    dashes = headed_table_rows("Level | Canal | Foramina\nL1-2 | - | -\nL4-5 | mild | -\n")
    assert [c.reading for r in dashes for c in r.cells] == [
        "L1-2: Canal is normal.",
        "L1-2: Foramina is normal.",
        "L4-5: Canal: mild.",
        "L4-5: Foramina is normal.",
    ]
    spelled = headed_table_rows("Level | Canal | Recess | Foramina\nL1-2 | normal | - | normal\n")
    assert [c.reading for r in spelled for c in r.cells] == [
        "L1-2: Canal is normal.",
        "L1-2: Foramina is normal.",
    ]
    unassessed = headed_table_rows("Level | Canal | Recess\nL1-2 | - | -\n(- = not assessed)\n")
    assert [c.reading for r in unassessed for c in r.cells] == []


def test_short_site_columns_a_scale_range_and_a_row_name_run_into_its_cell() -> None:
    """'F-L', 'LR-R' columns read as the foramen and lateral recess; '1-2' on a 0-3 key is the
    higher grade; a grid row 'Spinal canal norm    norm' parts its name from its first cell."""
    text = (
        "Scoring (0 = none, 1 = mild, 2 = moderate, 3 = severe)\n"
        "Level   Canal  LR-L  LR-R  F-L  F-R\n"
        "L3-L4   2      1-2   0     1    0\n"
        "\n"
        "             L1-L2   L2-L3   L3-L4\n"
        "Spinal canal norm    norm    narrow, mild\n"
    )
    got = {
        (r["level"], r["finding"]): r["value"]
        for r in Labeler().label_report("r", "FINDINGS:\n" + text)
    }
    assert got[("L3-L4", "subarticular_stenosis_left")] == "moderate"
    assert got[("L3-L4", "subarticular_stenosis_right")] == "none"
    assert got[("L3-L4", "foraminal_stenosis_left")] == "mild"
    assert got[("L3-L4", "foraminal_stenosis_right")] == "none"
    assert got[("L1-L2", "canal_stenosis")] == "none"
    assert got[("L2-L3", "canal_stenosis")] == "none"


def test_a_grid_of_checkboxes_ticks_and_signed_cells() -> None:
    """A table row of checkboxes ('[x]', '[ ] mild [x] mod [ ] sev', '[x] L [ ] R'), tick and
    cross cells with a note ('\u2713 (small central)', '\u2717'), '(+)mild' / '(-)' cells, a
    'Segment' cell heading a grid of levels, and one cell under a column of both sides."""
    boxes = (
        "Level    Bulge  Protrusion  Canal stenosis               Foraminal stenosis\n"
        "L1-L2    [ ]    [ ]         [ ] mild [ ] mod [ ] sev     [ ] L [ ] R\n"
        "L5-S1    [x]    [ ]         [ ] mild [x] mod [ ] sev     [ ] L [x] R\n"
    )
    ticks = (
        "Level   Bulge   Herniation           Canal narrowing\n"
        "L4/5    \u2713       \u2713 (small central)    \u2717\n"
    )
    signed = (
        "Segment         L1/2    L3/4      L4/5\n"
        "Canal stenosis  (-)     (+)mild   (+)severe\n"
        "Recess l/r      free    free      mild/free\n"
    )
    got = {
        (r["level"], r["finding"]): r["value"]
        for text in (boxes, ticks, signed)
        for r in Labeler().label_report("r", "FINDINGS:\n" + text)
    }
    assert got[("L1-L2", "disc_bulge")] == "absent"
    assert got[("L1-L2", "canal_stenosis")] == "none"
    assert got[("L1-L2", "foraminal_stenosis_left")] == "none"
    assert got[("L5-S1", "disc_bulge")] == "present"
    assert got[("L5-S1", "canal_stenosis")] == "moderate"
    assert got[("L5-S1", "foraminal_stenosis_right")] == "present"
    assert ("L5-S1", "foraminal_stenosis_left") not in got
    assert got[("L4-L5", "disc_herniation")] == "present"
    assert got[("L4-L5", "canal_stenosis")] == "severe"
    assert got[("L3-L4", "canal_stenosis")] == "mild"
    assert got[("L1-L2", "subarticular_stenosis_left")] == "none"
    assert got[("L4-L5", "subarticular_stenosis_left")] == "mild"
    assert got[("L4-L5", "subarticular_stenosis_right")] == "none"


def test_a_table_whose_column_names_each_rows_site() -> None:
    """'Level | Structure | 03/2021 | Current': the structure names the row's cells, the dated
    column beside 'Current' is the earlier study's; a 'Findings' column reads bare."""
    text = (
        "| Level | Structure | 03/2021 | Current |\n"
        "|---|---|---|---|\n"
        "| L3-L4 | Central canal | Mild | Moderate |\n"
        "| L3-L4 | Foramina | Mild bilateral | Patent |\n"
        "\n"
        "LEVEL | OBSERVATIONS\n"
        "L1-L2 | Normal.\n"
    )
    got = {
        (r["level"], r["finding"]): r["value"]
        for r in Labeler().label_report("r", "FINDINGS:\n" + text)
    }
    assert got[("L3-L4", "canal_stenosis")] == "moderate"
    assert got[("L3-L4", "foraminal_stenosis_left")] == "none"
    assert got[("L1-L2", "disc_bulge")] == "absent"
    assert got[("L1-L2", "canal_stenosis")] == "none"


def test_a_two_entry_key_of_letters_a_central_column_and_a_normal_column() -> None:
    """'(O: present, X: absent)' grades 'O' / 'X' cells; digits under 'Central' read on the key's
    scale; a tick under a column named 'Normal' makes the level normal."""
    assert _keys("(O: present, X: absent, CCS: central canal stenosis)").scale == {
        "o": "present",
        "x": "none",
    }
    assert _keys("I went in. X rays were fine. O so painful").scale == {}
    text = (
        "Level\tBulging\tHNP\tCCS\n"
        "L1-2\tX\tX\tX\n"
        "L4-5\tO\tO (extrusion)\tmild\n"
        "(O: present, X: absent, CCS: central canal stenosis)\n"
        "\n"
        "Stenosis grading (0: none, 1: mild, 2: moderate, 3: severe)\n"
        "Level   Central  Foramen(Rt)\n"
        "L3/4    2        1\n"
        "\n"
        "Level   Normal   Comment\n"
        "L5/S1   \u2713\n"
    )
    got = {
        (r["level"], r["finding"]): r["value"]
        for r in Labeler().label_report("r", "FINDINGS:\n" + text)
    }
    assert got[("L1-L2", "disc_bulge")] == "absent"
    assert got[("L1-L2", "canal_stenosis")] == "none"
    assert got[("L4-L5", "disc_herniation")] == "present"
    assert got[("L4-L5", "canal_stenosis")] == "mild"
    assert got[("L3-L4", "canal_stenosis")] == "moderate"
    assert got[("L3-L4", "foraminal_stenosis_right")] == "mild"
    assert got[("L5-S1", "canal_stenosis")] == "none"
    assert got[("L5-S1", "disc_herniation")] == "absent"


def test_a_tick_grid_of_grade_columns_reads_each_row_as_its_grade() -> None:
    text = (
        "Stenosis grading (x = applies)\n"
        "                   none   mild   moderate   severe\n"
        "L4-L5 canal                x\n"
        "L5-S1 recess L                      x\n"
        "      recess R     x\n"
        "L5-S1 foramen L\n"
        "\n"
        "L3-L4 canal  x\n"
    )
    rows = grade_column_rows(text)
    # one row per line of the grid (read as a table's cells are), none after the blank line; an
    # indented row is the level's above, a row with no mark says nothing
    assert [[c.reading for c in r.cells] for r in rows] == [
        ["L4-L5: canal: mild."],
        ["L5-S1: left lateral recess: moderate."],
        ["L5-S1: right lateral recess is normal."],
        [],
    ]
    # each reading's span runs from the row's name to its mark
    assert text[rows[1].cells[0].start : rows[1].cells[0].end].endswith("x")
    assert text[rows[1].cells[0].start :].startswith("L5-S1 recess L")
    assert grade_column_rows("none mild moderate severe\nL4-L5 canal x\n") == []


def test_a_level_over_a_column_per_side_reads_each_site_row_by_side() -> None:
    text = (
        "  L4-L5             Right       Left\n"
        "  Lateral recess    patent      severe\n"
        "  Foramen           patent      mild-moderate\n"
        "L5-S1: Minimal diffuse bulge.\n"
    )
    rows = level_sides_rows(text)
    # one row per site, its cells under their sides; the line after the table ends it
    assert [[c.reading for c in r.cells] for r in rows] == [
        ["L4-L5: Right Lateral recess is normal.", "L4-L5: Left Lateral recess: severe."],
        ["L4-L5: Right Foramen is normal.", "L4-L5: Left Foramen: mild-moderate."],
    ]
    assert text[rows[1].cells[1].start : rows[1].cells[1].end] == "mild-moderate"
    assert level_sides_rows("  L4-L5   Right   Left\n  Disc bulge   yes   no\n") == []


def test_a_headers_sides_on_its_second_line_split_its_columns() -> None:
    # '| Foramen |' over '| L    R |': a column per side, each cell's word read by where it
    # stands; '| Foramina |' over '| R | L |': the second side a column of its own
    text = reading_text(
        "Level  | Canal | Foramen   | Foramina\n"
        "       |       | L    R    | R     | L\n"
        "L4/5   | 2     | 1    2    | mild  | moderate\n"
        "Legend: 0 none, 1 mild, 2 moderate, 3 severe.\n"
    )
    [row] = headed_table_rows(text)
    assert [c.reading for c in row.cells] == [
        "L4/5: moderate Canal stenosis.",
        "L4/5: mild left Foramen stenosis.",
        "L4/5: moderate right Foramen stenosis.",
        "L4/5: right Foramina: mild.",
        "L4/5: left Foramina: moderate.",
    ]
    assert [text[c.start : c.end] for c in row.cells[1:3]] == ["1", "2"]


def test_a_grid_whose_header_and_cells_wrap_over_lines() -> None:
    # levels wrapped over two lines ('L3/' over 'L4'); a '|' grid's cells carried on under a
    # blank name cell, and a rule line of '-' and '+' under its header
    wrapped = reading_text(
        "           L3/   L4/   L5/\n"
        "           L4    L5    S1\n"
        "Canal      -     1     2\n"
        "Legend: - = none; 1 = slight, 2 = moderate.\n"
    )
    [row] = level_column_rows(wrapped)
    assert [c.reading for c in row.cells] == [
        "L3/L4: no Canal stenosis.",
        "L4/L5: mild Canal stenosis.",
        "L5/S1: moderate Canal stenosis.",
    ]
    piped = reading_text(
        "             | L3-L4        | L4-L5         | L5-S1\n"
        "-------------+--------------+---------------+-------\n"
        "Canal        | mild         | moderate-     | patent\n"
        "             |              | severe        |\n"
        "Foramina     | patent       | severe L,     | patent\n"
        "             |              | moderate R    |\n"
    )
    rows = level_column_rows(piped)
    assert [[c.reading for c in r.cells] for r in rows] == [
        ["L3-L4: Canal: mild.", "L5-S1: Canal is normal.", "L4-L5: Canal: moderate-severe."],
        [
            "L3-L4: Foramina is normal.",
            "L5-S1: Foramina is normal.",
            "L4-L5: Foramina: severe L, moderate R.",
        ],
    ]
    cell = rows[0].cells[2]  # (the joined cell's span: its first line's start to its last's end)
    said = piped[cell.start : cell.end]
    assert said.startswith("moderate-") and said.endswith("severe") and "\n" in said


def test_a_headers_glosses_and_its_keys_side_letters() -> None:
    # a '|' header glossed on its next line ('(level)| (disc)'), its third line's sides by the
    # key's letters ('P = prawy (right)'; 'L' English's), a key's words glossed in brackets
    text = reading_text(
        "Poziom |  Dysk    | Otwor\n"
        "(level)|  (disc)  | (foramen)\n"
        "       |          | P      L\n"
        "L4/L5  |  -       | lag.   umiark.\n"
        "Legenda: lag. = lagodne (mild); umiark. = umiarkowane (moderate); P = prawy (right), "
        "L = lewy (left).\n"
    )
    assert _keys(text).sides == {"P": "right"}
    [row] = headed_table_rows(text)
    assert [c.reading for c in row.cells[-2:]] == [
        "L4/L5: right foramen: mild.",
        "L4/L5: left foramen: moderate.",
    ]


def test_a_grid_rows_name_wrapped_under_its_cells() -> None:
    # 'Debord   0   B' over 'discal', 'Foramens   0/2' over ' (D/G)': the row read under its
    # whole name ('Debord discal', the disc), the French sides 'D/G' (droit / gauche) in order
    text = reading_text(
        "Disques      L2L3   L3L4   L4L5\n"
        "Debord       0      0      B\n"
        "discal\n"
        "Foramens     0/0    0/0    1/2\n"
        " (D/G)\n"
        "Codes : 0 = normal ; 1 = mild ; 2 = moderate ; B = bombement (bulge) ; H = hernie (herniation).\n"
    )
    rows = level_column_rows(text)
    assert [[c.reading for c in r.cells][-2:] for r in rows] == [
        ["L3L4: Disc is normal.", "L4L5: Disc: bulge."],
        ["L4L5: mild right Foramens stenosis.", "L4L5: moderate left Foramens stenosis."],
    ]
    assert rows[0].end == text.index("discal") + len("discal")  # (the row ends with its name)


def test_a_spaced_headers_broken_level_name_and_glossed_line_are_read() -> None:
    # 'Lev-' over 'el' (a hyphen broke the level column's name): 'Lvl', the same length; a spaced
    # header's glosses under it ('(level)  (canal)') kept in its table
    broken = "Lev-   Disc    Canal\nel             (AP)\nL3-4   bulge   mild\n"
    assert reading_text(broken).startswith("Lvl|   Disc|")
    assert len(reading_text(broken)) == len(broken)
    glossed = reading_text(
        "Etage    Canal      Foramen D\n(level)  (canal)    (right)\nL3-L4    moderate   mild\n"
    )
    [row] = headed_table_rows(glossed)
    assert [c.reading for c in row.cells] == [
        "L3-L4: canal: moderate.",
        "L3-L4: right Foramen: mild.",
    ]


def test_a_headers_sides_under_one_column_split_it_alone() -> None:
    # 'Foramen' over 'Der | Izq' on the header's next line, its neighbours unsplit: a column per
    # side, 'Listesis' still the last column's name; the key's 's/p' and letters grade the cells
    text = reading_text(
        "Nivel  | Canal | Foramen   | Listesis\n"
        "       |       | Der | Izq |\n"
        "L2-L3  | L     | s/p | M   | no\n"
        "s/p = sin particularidades (unremarkable); L = leve (mild); M = moderada (moderate); "
        "S = severa (severe).\n"
    )
    [row] = headed_table_rows(text)
    assert [c.reading for c in row.cells] == [
        "L2-L3: mild Canal stenosis.",
        "L2-L3: no right Foramen stenosis.",
        "L2-L3: moderate left Foramen stenosis.",
        "L2-L3: no listhesis.",
    ]


def test_a_grid_rows_english_on_the_line_under_it() -> None:
    # 'Gerinccsatorna' over '(canal stenosis; 0 nincs, ...)': the row read under its English; a
    # key's note under a row ('(j = jobb/right, ...)') passed over, the grid going on; its small
    # side letters read by that note ('Foramen j/b')
    text = reading_text(
        "Szegmentum         L2-3   L3-4   L4-5\n"
        "Gerinccsatorna     0      1      2\n"
        "(canal stenosis; 0 nincs/none, 1 enyhe/mild, 2 kozepes/moderate, 3 sulyos/severe)\n"
        "Foramen j/b        0/0    0/1    2/1\n"
        "(j = jobb/right, b = bal/left; grade as above)\n"
    )
    rows = level_column_rows(text)
    assert [c.reading for c in rows[0].cells] == [
        "L2-3: no canal stenosis.",
        "L3-4: mild canal stenosis.",
        "L4-5: moderate canal stenosis.",
    ]
    assert [c.reading for c in rows[1].cells][-2:] == [
        "L4-5: moderate right Foramen stenosis.",
        "L4-5: mild left Foramen stenosis.",
    ]


def test_words_of_other_scripts_read_as_spaces_unless_keyed() -> None:
    # a header cell's Chinese before its English blanked, the same length; a cell's word the
    # report's key grades ('轻度 = mild') kept; a key's one Thai letter ('ซ = left') kept
    text = "| 椎间隙 Level | 椎管 Canal |\n| L4/5 | 轻度 |\n轻度 = mild. NF-ซ (ซ = left)\n"
    read = reading_text(text)
    assert len(read) == len(text)
    assert read.startswith("|     Level |    Canal |\n| L4/5 | 轻度 |")
    assert "NF-ซ (ซ = left)" in read


def test_keys_of_hyphenated_codes_slashed_codes_and_side_pairs() -> None:
    # 'lm = licht-matig (mild to moderate)': its letters open the hyphen's parts, the higher grade
    # taken; 's/p' a code, its 'p' no letter code; 'P/T = right/left' and 'D/I = derecho/
    # izquierdo (right/left)' pairs of side letters
    dutch = _keys("l = licht (mild); lm = licht-matig (mild to moderate); m = matig (moderate).")
    assert dutch.scale == {"l": "mild", "lm": "moderate", "m": "moderate"}
    spanish = _keys(
        "s/p = sin particularidades (unremarkable); L = leve (mild); M = moderada (moderate); "
        "S = severa (severe). D/I = derecho/izquierdo (right/left)."
    )
    assert spanish.scale == {"s/p": "none", "l": "mild", "m": "moderate", "s": "severe"}
    assert spanish.sides == {"D": "right", "I": "left"}
    assert _keys("nhe = mild; vua = moderate. P/T = right/left.").sides == {
        "P": "right",
        "T": "left",
    }


def test_a_grid_of_columns_listed_in_brackets_reads_each_cell_under_its_column() -> None:
    # the header's columns in order, parted by '/' and a last one after ';'; a row's cells parted
    # the same way; a row of another number of cells, or a line of prose, ends the grid
    text = (
        "Level grid (canal / left NF / right NF; disc):\n"
        "L3-L4: mild / moderate / none; bulge\n"
        "L4-L5: severe / mild; bulge\n"
        "L5-S1: none / none / none; normal\n"
    )
    rows = listed_grid_rows(text)
    assert [r.start for r in rows] == [text.index("L3-L4")]
    assert [c.reading for c in rows[0].cells] == [
        "L3-L4: canal: mild.",
        "L3-L4: left foramen: moderate.",
        "L3-L4: right foramen is normal.",
        "L3-L4: disc: bulge.",
    ]
    assert listed_grid_rows("History (back / leg / hip):\nL4-L5: a / b / c\n") == []


def test_a_levels_fields_in_the_keys_codes_read_as_their_grades() -> None:
    # 'Mi' and 'Mo' as the key grades them, 'N' normal, a side's letter kept; a line with no
    # code, or a report with no key of grades, is left to the sentences
    key = "Grading: N = normal/none, Mi = mild, Mo = moderate, S = severe.\n"
    line = "L2/3 - Disc: bulge. Canal: Mi. Foramina: L Mo / R N.\n"
    text = reading_text(key + line + "L4/5 - Disc: bulge. Canal: narrowed.\n")
    rows = coded_field_rows(text)
    assert len(rows) == 1
    assert [c.reading for c in rows[0].cells] == [
        "L2/3: Disc: bulge.",
        "L2/3: Canal: mild.",
        "L2/3: Foramina: L moderate / R normal.",
    ]
    assert coded_field_rows(reading_text(line)) == []


def test_a_spaced_grids_ticked_box_keeps_its_cells_spans() -> None:
    # a lone ticked box is blanked where it stands, so that the cells after it keep their
    # columns: each row's evidence is its own cell ('(2)'), not the text a few characters left
    text = (
        "Levels    Disc                  Canal   Foramen L   Foramen R\n"
        "L3/L4     [x] bulge             (0)     (0)         (1)\n"
        "L4/L5     [x] extrusion         (2)     (1)         (3)\n"
        "Grades: 0 none, 1 mild, 2 moderate, 3 severe\n"
    )
    rows = Labeler(sentence_cache=0).label_report("t", text)
    got = {(r["level"], r["finding"]): (r["value"], text[r["start"] : r["end"]]) for r in rows}
    assert got[("L4-L5", "canal_stenosis")] == ("moderate", "(2)")
    assert got[("L4-L5", "foraminal_stenosis_right")] == ("severe", "(3)")
    assert got[("L3-L4", "foraminal_stenosis_right")] == ("mild", "(1)")
    assert got[("L4-L5", "disc_herniation")] == ("present", "extrusion")
    assert all(text[r["start"] : r["end"]] == r["evidence"] for r in rows)
