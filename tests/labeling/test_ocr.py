"""OCR'd scans of paper reports read as typed text: page furniture, line-end hyphens, split words
and glyph confusions repaired in place; wrapped lines read as one line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from spinelab.labeling.labeler import Labeler
from spinelab.labeling.ocr import OcrRules
from spinelab.labeling.rules import PACKAGED_RULES, RuleFileError, load_rules

TYPED = (
    "FINDINGS: Alignment is normal.\n"
    "L3-4: There is a mild disc bulge without central canal or foraminal stenosis.\n"
    "L4-5: There is a broad-based disc bulge with a small left paracentral protrusion which "
    "contacts the traversing left L5 nerve root. There is mild left lateral recess narrowing. "
    "The central canal is mildly narrowed. No significant foraminal stenosis.\n"
    "L5-S1: Mild bulge. Mild bilateral neural foraminal narrowing, greater on the right. No "
    "central canal stenosis.\n"
    "IMPRESSION: Small left paracentral protrusion at L4-5."
)
SCANNED = (
    "MERCY GENERAL HOSPITAL          DEPARTMENT OF RADIOLOGY\n"
    "PATIENT: XXXX, X.   MRN: 0O-4471-2   EXAM DATE: 03/14/1997\n\n"
    "FlNDINGS: Alignment is norrnal.\n"
    "L3-4: There is a rnild disc bulge without central canal or fo raminal\n"
    "stenosis.\n"
    "L4-S: There is a broad-based disc bulge with a small left parace-\n"
    "ntral protrusion which contacts the\n"
    "Page 1 of 2\n\n"
    "MERCY GENERAL HOSPITAL - DEPARTMENT OF RADIOLOGY\n"
    "C0NFIDENTIAL\n"
    "PATIENT: XXXX, X.   EXAM DATE: 03/14/1997   (continued)\n"
    "traversing left L5 nerve root. There is mild left lateral recess\n"
    "narrowing. The central canal is mildly narrowed. No significant foram-\n"
    "inal stenosis.\n"
    "LS-S1: Mild bulge. Mild bilateral neural foraminal narrowing, greater on\n"
    "the right. No central canal stenosis.\n"
    "IMPRESSI0N: Small left paracentral protrusion at L4-5."
)


@pytest.fixture(scope="module")
def ocr() -> OcrRules:
    rules = load_rules().sections.ocr
    assert rules is not None
    return rules


def _table(rows: list[dict]) -> set[tuple[str, str, str, bool]]:
    return {(r["level"], r["finding"], r["value"], r["uncertain"]) for r in rows}


def test_clean_keeps_length_and_repairs_each_kind_of_damage(ocr: OcrRules) -> None:
    out = ocr.clean(SCANNED)
    assert len(out) == len(SCANNED)
    # a shortened word is padded with spaces: 'norrnal.' -> 'normal .'
    for repaired in (
        "FINDINGS:",
        "normal .",
        "mild  disc",
        "foraminal",
        "L4-5:",
        "paracentral",
        "L5-S1:",
        "IMPRESSION:",
    ):
        assert repaired in out, repaired
    for furniture in ("Page 1 of 2", "CONFIDENTIAL", "C0NFIDENTIAL", "(continued)"):
        assert furniture not in out, furniture
    # the page break is one line break: the sentence reads on
    assert "contacts the\n" in out and "\n\n" not in out[out.index("contacts the") :]


@pytest.mark.parametrize(
    "typed",
    [
        TYPED,
        "Alignment: return to normal lordosis. The internal pattern is normal at L5-S1.",
        "L5-S1: left-sided protrusion. The LS spine is otherwise unremarkable. Findings at\nL3-4 "
        "are described on page 2 of the prior report.",
        "Disc-osteophyte complex at L4-5; high-grade stenosis; L2-3 and L3-4 are normal.",
    ],
)
def test_a_typed_report_is_left_as_it_was(ocr: OcrRules, typed: str) -> None:
    assert ocr.clean(typed) == typed


@pytest.mark.parametrize(
    ("damaged", "read"),
    [
        ("At L4-S there is", "At L4-5 there is"),
        ("At LS-S1 there is", "At L5-S1 there is"),
        ("At LS/S1 there is", "At L5/S1 there is"),
        ("Ll-2 is normal", "L1-2 is normal"),
        ("At L4-LS there is", "At L4-L5 there is"),
        ("At T12-Ll there is", "At T12-L1 there is"),
        ("At L5-SI there is", "At L5-S1 there is"),
        ("At L$-S1 there is", "At L5-S1 there is"),
    ],
)
def test_ocr_level_glyphs_are_read_when_they_name_adjacent_vertebrae(
    ocr: OcrRules, damaged: str, read: str
) -> None:
    assert ocr.clean(damaged) == read


@pytest.mark.parametrize("kept", ["At L2-S there is", "The LS spine", "L3-S1 fusion", "L5-S is"])
def test_level_glyphs_that_name_no_adjacent_pair_are_left(ocr: OcrRules, kept: str) -> None:
    assert ocr.clean(kept) == kept


def test_line_end_hyphen_joins_a_word_and_keeps_a_compound(ocr: OcrRules) -> None:
    out = ocr.clean("narrowing of the exit foram-\nina bilaterally, left-\nsided protrusion")
    assert "foramina" in out and "left-sided" in out
    assert ocr.clean("level L4-\n5 is normal").startswith("level L4-5\n")


def test_confused_glyphs_are_repaired_only_into_lexicon_words(ocr: OcrRules) -> None:
    assert ocr.clean("rnild bu1ge, 1eft fo raminal pro trusion") == (
        "mild  bulge, left foraminal  protrusion "
    )
    assert ocr.clean("the rnodern burn pattern") == "the rnodern burn pattern"


def test_a_split_word_with_one_whole_word_piece_is_joined(ocr: OcrRules) -> None:
    assert ocr.clean("Foraminal stenos is is severe; the cal sac") == (
        "Foraminal stenosis  is severe; thecal  sac"
    )
    # both pieces words, or the other piece under 3 letters: left as typed
    assert ocr.clean("it is not a typical disc; no ne") == "it is not a typical disc; no ne"


def test_a_scanned_report_labels_as_its_typed_twin() -> None:
    lab = Labeler(sentence_cache=0)
    scanned = lab.label_report("scan", SCANNED)
    assert _table(scanned) == _table(lab.label_report("typed", TYPED))
    for r in scanned:  # offsets are the scanned report's own
        assert SCANNED[r["start"] : r["end"]] == r["evidence"]


def test_wrapped_lines_read_as_one_line() -> None:
    """A negative statement after a wrapped line stays with the level named on that line; on a
    line of its own it is a blanket statement."""
    lab = Labeler(sentence_cache=0)
    wrapped = (
        "FINDINGS: At L4/5 there is a diffuse disc bulge with mild narrowing of the exit\n"
        "foramina bilaterally. The spinal canal is not narrowed.\n"
    )
    canal = {r["level"] for r in lab.label_report("w", wrapped) if r["finding"] == "canal_stenosis"}
    assert canal == {"L4-L5"}
    own_line = (
        "FINDINGS: At L4/5 there is a diffuse disc bulge.\nThe spinal canal is not narrowed.\n"
    )
    canal = {
        r["level"] for r in lab.label_report("o", own_line) if r["finding"] == "canal_stenosis"
    }
    assert canal == {"L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"}


def test_hard_wrapped_paragraph_carries_its_level_past_a_full_line() -> None:
    """In text wrapped at a fixed width, a full line that happens to end with a full stop is
    still wrapped: the next sentence is of the same level."""
    lab = Labeler(sentence_cache=0)
    text = (
        "FINDINGS: The lumbar vertebral bodies are normal in alignment. There is a\n"
        "right-sided paracentral protrusion at L4-5 which extends into the right\n"
        "lateral recess and measures approximately 7 mm in AP dimension. This moder-\n"
        "ately narrows the right lateral recess and compresses the L5 nerve root.\n"
        "There is mild flattening of the ventral thecal sac. The left lateral recess\n"
        "is preserved.\n"
    )
    rows = lab.label_report("h", text)
    left = {r["level"] for r in rows if r["finding"] == "subarticular_stenosis_left"}
    assert left == {"L4-L5"}


def test_text_in_capitals_reads_through_its_wrapped_lines() -> None:
    lab = Labeler(sentence_cache=0)
    text = "FINDINGS: AT L5-S1 THERE IS MILD FORAMINAL\nNARROWING BILATERALLY. THERE IS NO\nSPONDYLOLISTHESIS.\n"
    rows = _table(lab.label_report("c", text))
    assert ("L5-S1", "foraminal_stenosis_left", "mild", False) in rows
    assert ("L5-S1", "spondylolisthesis", "absent", False) in rows


def _rules_with_ocr(tmp_path: Path, ocr: dict | None) -> Path:
    """A copy of the packaged rules with ``ocr`` as the sections' ocr block (None: none)."""
    d = tmp_path / "rules"
    shutil.copytree(PACKAGED_RULES, d)
    sections = yaml.safe_load((d / "sections.yaml").read_text(encoding="utf-8"))
    sections["ocr"] = ocr
    if ocr is None:
        del sections["ocr"]
    (d / "sections.yaml").write_text(yaml.safe_dump(sections), encoding="utf-8")
    return d


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"lexicon": ["Foraminal"]}, "lower-case letters only"),
        ({"page_marker": "page(\\d"}, "not a valid regular expression"),
        ({"confusions": [["rn", "rn"]]}, "confusions"),
        ({"level_digits": {"S": "55"}}, "level_digits"),
    ],
)
def test_a_bad_ocr_block_is_a_clear_rule_file_error(
    tmp_path: Path, change: dict, message: str
) -> None:
    block = load_rules().sections.model_dump()["ocr"]
    block.update(change)
    with pytest.raises(RuleFileError, match=message):
        load_rules(_rules_with_ocr(tmp_path, block))


def test_without_the_ocr_block_text_is_read_as_typed(tmp_path: Path) -> None:
    d = _rules_with_ocr(tmp_path, None)
    rows = Labeler(rules_dir=d, sentence_cache=0).label_report(
        "x", "FINDINGS: At L4-S rnild bulge."
    )
    assert not any(r["level"] == "L4-L5" for r in rows)
