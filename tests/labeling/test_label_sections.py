"""Section splitter: headers with/without colons, inline headers, excluded sections, sentences."""

from __future__ import annotations

from spinelab.labeling.components import get_engine
from spinelab.labeling.sections import reading_text


def _kinds(text: str) -> list[tuple[str, str]]:
    sp = get_engine(None).splitter
    return [(s.kind, text[s.start : s.end].strip()[:12]) for s in sp.sections(text)]


def test_headers_with_colon() -> None:
    text = "HISTORY: pain.\n\nFINDINGS: L4-5 bulge.\n\nIMPRESSION: Bulge."
    kinds = [k for k, _ in _kinds(text)]
    assert kinds == ["excluded", "findings", "impression"]


def test_headers_alone_on_a_line_and_lowercase() -> None:
    text = "Technique\nSagittal T1\nFindings\nL4-5 bulge.\nimpression  degenerative disc disease"
    kinds = [k for k, _ in _kinds(text)]
    assert kinds == ["excluded", "findings", "impression"]


def test_a_header_only_alone_on_its_line() -> None:
    """'MRI' (``alone: true``) heads a section alone on its line (a colon allowed), not before
    text."""
    text = "Presentation\nBack pain.\nMRI\nL4-5 bulge."
    assert [k for k, _ in _kinds(text)] == ["excluded", "findings"]
    text = "Presentation\nBack pain.\nMRI:\nL4-5 bulge."
    assert [k for k, _ in _kinds(text)] == ["excluded", "findings"]
    text = "History: back pain.\nMRI L-spine w/o: L4-5 bulge."
    assert [k for k, _ in _kinds(text)] == ["excluded", "other"]


def test_inline_capital_headers_after_commas_or_periods() -> None:
    text = "FINDINGS: L4-5 mild bulge, IMPRESSION: mild bulge at L4-5."
    assert [k for k, _ in _kinds(text)] == ["findings", "impression"]
    text = "L5-S1 bulge. COMPARISON: Prior MRI.\n\nThere is a protrusion."
    assert [k for k, _ in _kinds(text)] == ["other", "excluded", "other"]


def test_excluded_one_line_section_ends_at_line_end() -> None:
    text = "Indication: chronic low back pain.\nNo spondylolisthesis."
    assert [k for k, _ in _kinds(text)] == ["excluded", "other"]


def test_no_headers_is_other() -> None:
    assert [k for k, _ in _kinds("At L4-5 there is a bulge.")] == ["other"]


def test_sentences_split_on_glued_periods_and_slashes() -> None:
    sp = get_engine(None).splitter
    text = "Mild narrowing.L3L4  There is a bulge./// L5-S1: protrusion; mild stenosis 3.5 mm."
    sents = sp.sentences(text, sp.sections(text))
    got = [text[s.start : s.end] for s in sents]
    assert got == [
        "Mild narrowing.",
        "L3L4  There is a bulge.",
        "L5-S1: protrusion",
        "mild stenosis 3.5 mm.",
    ]


def test_numbered_items_start_new_context() -> None:
    sp = get_engine(None).splitter
    text = "IMPRESSION:\n1. At L4-5 a bulge.\n2. Mild stenosis."
    sents = sp.sentences(text, sp.sections(text))
    assert [text[s.start : s.end] for s in sents] == ["At L4-5 a bulge.", "Mild stenosis."]
    assert [s.item_start for s in sents] == [True, True]


def test_reading_text_splits_converted_fields_and_keeps_table_rows() -> None:
    text = "Indication: LBP | Findings: | L1/L2: normal\nL4-5 | Canal: mild | Foramina: patent\n| x | y"
    out = reading_text(text)
    assert len(out) == len(text)  # offsets are the report's
    lines = out.split("\n")
    assert lines[:4] == [
        "Indication: LBP ",
        " Findings: ",
        " L1/L2: normal",
        "L4-5 | Canal: mild | Foramina: patent",
    ]
    assert lines[4] == "| x | y"
    assert reading_text("no pipes here") == "no pipes here"


def test_lower_case_report_splits_like_the_written_one() -> None:
    """Lower case: a glued full stop before a word of text ('narrowing.a 2 mm'), and a line
    opening with a level spelt 'l-2' is a new line, not the wrap of the line before."""
    sp = get_engine(None).splitter
    text = "findings\nl-1 to l-2 disk narrowing.a 2 mm protrusion is\nl-2 to l-3 disk desiccation."
    sents = sp.sentences(text, sp.sections(text))
    assert [text[s.start : s.end] for s in sents] == [
        "l-1 to l-2 disk narrowing.",
        "a 2 mm protrusion is",
        "l-2 to l-3 disk desiccation.",
    ]


def test_flattened_sections() -> None:
    """A flattened report: FINDINGS / IMPRESSION in any case after a full stop, a colon or a
    comma (and in capitals after a capital word); an excluded section runs to the next excluded
    header, else ends with its first sentence."""
    text = "exam: mri lumbar spine, history: back pain. comparison: none. findings: l4-5 bulge."
    # lower-case history/comparison mid-line are no headers: 'exam:' ends with its sentence
    assert _kinds(text) == [
        ("excluded", "exam: mri lu"),
        ("other", "comparison: "),
        ("findings", "findings: l4"),
    ]
    text = "EXAM: MR LUMBAR SPINE WITHOUT IV CONTRAST IMPRESSION: 1. L4-5 BULGE."
    assert [k for k, _ in _kinds(text)] == ["excluded", "impression"]
    text = "HISTORY: Pain. Evaluate for L4-5 disc herniation. COMPARISON: None. There is a bulge."
    assert _kinds(text) == [
        ("excluded", "HISTORY: Pai"),
        ("excluded", "COMPARISON: "),
        ("other", "There is a b"),
    ]


def test_escaped_line_breaks_read_as_line_breaks() -> None:
    """An export's written-out breaks (HL7 '\\.br\\', a literal '\\n', ' ~ ') read as '\\n', the
    same length; one alone (a path) stays as written."""
    assert reading_text("A.\\.br\\B.\\.br\\C") == "A.    \nB.    \nC"
    assert reading_text("a\\r\\nb\\nc") == "a   \nb \nc"
    assert reading_text("a ~ b ~ c") == "a \n b \n c"
    assert reading_text("C:\\new\\path") == "C:\\new\\path"
    assert reading_text("about ~ 5 mm") == "about ~ 5 mm"
    # HL7 escapes in either case ('\\.BR\\' in a report exported in capitals)
    assert reading_text("A.\\.BR\\B.\\X0A\\C") == "A.    \nB.    \nC"
    # '~' with no spaces (a warehouse's separator) but never before a measure ('~5 mm', '~ 30%')
    assert reading_text("EXAM~~FINDINGS:~L4-5: ~5 mm bulge.~~IMPRESSION: ~ 30% loss") == (
        "EXAM\n\nFINDINGS:\nL4-5: ~5 mm bulge.\n\nIMPRESSION: ~ 30% loss"
    )
    assert reading_text("a ~5mm bulge") == "a ~5mm bulge"


def test_dashes_read_as_windows_1252_read_as_dashes() -> None:
    """'L3â€“4' (an en dash's UTF-8 bytes read as Windows-1252) reads as 'L3  -4', the same
    length; a curly apostrophe read so ('isnâ€™t') is the apostrophe (exports.py); a lone 'â€'
    and a '€' stay as written."""
    en, em, apo = "\u00e2\u20ac\u201c", "\u00e2\u20ac\u201d", "\u00e2\u20ac\u2122"
    assert reading_text(f"L3{en}4 and L4{em}5") == "L3  -4 and L4  -5"
    assert reading_text(f"isn{apo}t") == "isn  \u2019t"
    assert reading_text("\u00e2\u20ac 5 \u20ac") == "\u00e2\u20ac 5 \u20ac"


def test_tilde_breaks_read_beside_a_backslash() -> None:
    """' ~ ' separators are read in a text that also holds a backslash ('r/o\\L4')."""
    assert reading_text("a ~ b\\c ~ d") == "a \n b\\c \n d"


def test_form_checkboxes_read_as_ticked() -> None:
    """A line that ticks one of its boxes reads as its ticked options, its empty finding boxes as
    'no ...', the same length; a line that ticks none loses its empty finding boxes (an unfilled
    form says nothing); value boxes with nothing ticked, and bracketed text, stay as written."""
    line = "Herniation: [ ] Present [X] Absent"
    assert reading_text(line) == "Herniation: Absent".ljust(len(line))
    two = "Modic: [x] Type 1 [ ] None \u2612 Type 2"
    assert reading_text(two) == "Modic: Type 1 Type 2".ljust(len(two))
    ticked, unticked = "L4/5 [x] bulge [ ] herniation", "L2/3: [ ] bulge [ ] herniation -> normal"
    assert reading_text(f"{ticked}\n{unticked}") == (
        "L4/5 bulge; no herniation".ljust(len(ticked)) + "\n" + "L2/3: -> normal".ljust(len(unticked))
    )
    for kept in ("[ ] Yes [ ] No", "see [1] ref", "No [inaudible] stenosis."):
        assert reading_text(kept) == kept


def test_a_titles_bracketed_clinical_question_reads_as_spaces_of_its_length() -> None:
    """'(indication: ... r/o disc herniation L4-5)' is not read, and every offset stays."""
    text = "MRI LUMBAR SPINE (indication: back pain, r/o disc herniation L4-5)\nFINDINGS: Normal."
    out = reading_text(text)
    assert len(out) == len(text)
    assert out.startswith("MRI LUMBAR SPINE ") and "herniation" not in out
    assert out.endswith("\nFINDINGS: Normal.")
    assert reading_text("L4-5 (mild) stenosis: none") == "L4-5 (mild) stenosis: none"


def test_quoted_level_typo_read_keeps_offsets() -> None:
    """A quoted typo of a level that names no disc ('"L4/4" ... should read "L3/4"') reads as the
    corrected level before the correction, the text's length kept; a disc's level is left alone."""
    from spinelab.labeling.labeler import Labeler

    text = (
        "Findings:\nL4/4: Mild disc bulge.\nL4/5: Small bulge.\n\nCorrection: In the findings, "
        '"L4/4" is a typographical error and should read "L3/4".'
    )
    out = reading_text(text)
    assert len(out) == len(text)
    assert out.startswith("Findings:\nL3/4: Mild disc bulge.")
    rows = Labeler(sentence_cache=0).label_report("r", text)
    assert {(r["level"], r["finding"]) for r in rows} >= {("L3-L4", "disc_bulge")}
    assert all(r["evidence"] == text[r["start"] : r["end"]] for r in rows)
    kept = 'L2/3: bulge.\nCorrection: "L2/3" should read "L3/4".'
    assert reading_text(kept).startswith("L2/3: bulge.")
