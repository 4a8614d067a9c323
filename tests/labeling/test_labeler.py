"""Labeler API: rows contract, errors (empty, None, binary junk, 1 MB, non-English), label_many,
pickling, the spaCy pipeline, and a real-style end-to-end report."""

from __future__ import annotations

import pickle

import pandas as pd
import pytest

from spinelab.labeling.components import build_pipeline
from spinelab.labeling.errors import ReportError
from spinelab.labeling.labeler import Labeler
from spinelab.schema import validate_labels

REPORT = """EXAM: MRI lumbar spine without contrast.
HISTORY: Low back pain, left leg radiculopathy. Prior L5-S1 injection.
COMPARISON: None.

FINDINGS:
Alignment is maintained. Conus terminates at L1.
T12-L1, L1-L2: Unremarkable.
L2-L3: Mild disc bulge. No canal or foraminal stenosis.
L3-L4: Broad-based disc bulge with mild bilateral facet arthropathy causing mild central canal stenosis and mild left neural foraminal narrowing. The right foramen is patent.
L4-L5: Left paracentral disc extrusion compressing the traversing left L5 nerve root with moderate left lateral recess stenosis. Moderate to severe spinal canal stenosis. Moderate bilateral foraminal narrowing, worse on the left. Type 2 Modic changes.
L5-S1: Disc desiccation. Small central protrusion. No significant stenosis.

IMPRESSION:
1. L4-L5 disc extrusion with severe canal stenosis and left lateral recess stenosis.
2. Possible annular fissure at L5-S1.
"""


@pytest.fixture(scope="module")
def lab() -> Labeler:
    return Labeler()


def test_end_to_end_report(lab: Labeler) -> None:
    rows = lab.label_report("acc1", REPORT)
    df = validate_labels(pd.DataFrame(rows))
    t = {(r.level, r.finding): r.value for r in df.itertuples()}
    assert t[("L4-L5", "canal_stenosis")] == "severe"  # FINDINGS' 'moderate to severe'
    assert t[("L4-L5", "subarticular_stenosis_left")] == "moderate"
    assert ("L4-L5", "subarticular_stenosis_right") not in t
    assert (
        t[("L4-L5", "foraminal_stenosis_left")]
        == t[("L4-L5", "foraminal_stenosis_right")]
        == "moderate"
    )
    assert t[("L4-L5", "disc_herniation")] == "present" and t[("L4-L5", "modic")] == "type2"
    assert (
        t[("L3-L4", "canal_stenosis")] == "mild"
        and t[("L3-L4", "foraminal_stenosis_left")] == "mild"
    )
    assert t[("L3-L4", "foraminal_stenosis_right")] == "none"
    assert t[("L2-L3", "disc_bulge")] == "present" and t[("L2-L3", "canal_stenosis")] == "none"
    assert t[("L5-S1", "disc_herniation")] == "present" and t[("L5-S1", "canal_stenosis")] == "none"
    for lv in ("T12-L1", "L1-L2"):
        assert t[(lv, "disc_bulge")] == "absent" and t[(lv, "foraminal_stenosis_left")] == "none"
    assert all(
        t[(lv, "spondylolisthesis")] == "absent"
        for lv in ("L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1")
    )
    assert ("T12-L1", "spondylolisthesis") not in t
    assert all(r["section"] in ("findings", "impression", "other") for r in rows)
    assert set(rows[0]) == {
        "report_id",
        "level",
        "finding",
        "value",
        "uncertain",
        "evidence",
        "start",
        "end",
        "section",
    }


def test_commas_instead_of_line_breaks(lab: Labeler) -> None:
    flat = "FINDINGS: L3-L4: mild disc bulge, no stenosis, L4-L5: moderate canal stenosis, IMPRESSION: L4-L5 stenosis."
    t = {(r["level"], r["finding"]): r["value"] for r in lab.label_report("x", flat)}
    assert t[("L3-L4", "disc_bulge")] == "present" and t[("L3-L4", "canal_stenosis")] == "none"
    assert t[("L4-L5", "canal_stenosis")] == "moderate"


def test_an_english_report_with_foreign_headings_or_terms_is_read(lab: Labeler) -> None:
    t = (
        "Hallazgos: L4-L5: hernie discale paramédiane gauche, a small left paracentral protrusion "
        "with moderate narrowing of the left lateral recess. No canal stenosis at L4-L5."
    )
    got = {(r["level"], r["finding"]): r["value"] for r in lab.label_report("r", t)}
    assert got[("L4-L5", "disc_herniation")] == "present"
    assert got[("L4-L5", "subarticular_stenosis_left")] == "moderate"


@pytest.mark.parametrize(
    "text,reason",
    [
        (None, "not_text"),
        (b"L4-5 bulge", "not_text"),
        (12.5, "not_text"),
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("\x00\x01\x02L4-5\x03\x04" * 20, "not_text"),
        ("L4-5 " + "\ufffd" * 200, "not_text"),
        ("Die Untersuchung der Halswirbelsäule zeigt keine Auffälligkeiten.", "not_lumbar"),
        ("颈椎未见明显异常。", "not_lumbar"),
        ("C5-C6: disc bulge. C6-7 normal.", "not_lumbar"),
        # 'cervica-l spine' / 'thoraci-c ... spinal' must not read as 'L spine'
        ("Cervical spine: C5-6 mild canal stenosis. C6-7 disc bulge.", "not_lumbar"),
        ("MRI CERVICAL SPINE\nFINDINGS: C4-C5 moderate foraminal stenosis.", "not_lumbar"),
        ("Thoracic spine: T7-8 small disc protrusion. T9-T10 normal.", "not_lumbar"),
        # a neck MRI posted in a back forum: 'Not lumbar' is no lumbar wording
        (
            "Not lumbar but hoping someone can help. Neck MRI:\nC5-6: moderate canal stenosis.\n"
            "Alignment is maintained.",
            "not_lumbar",
        ),
        # the same copied from a web page (a non-breaking space after 'Not')
        ("Not\u00a0lumbar but: Neck MRI:\nC5-6: moderate canal stenosis.", "not_lumbar"),
        # a lumbar report in another language: refused, not read for a few stray rows
        (
            "IRM du rachis lombaire. Spondylolisthésis L5 sur S1 de grade 1 sur lyse isthmique. Il "
            "en résulte un rétrécissement foraminal en L5-S1, sévère à gauche et modéré à droite.",
            "not_english",
        ),
        (
            "RM columna lumbar: Protrusión discal L4-L5 con estenosis del canal y de los agujeros "
            "de conjunción. Sin listesis.",
            "not_english",
        ),
        # 'Not a lumbar one sorry, it's my neck' (session 31)
        (
            "Not a lumbar one sorry, it's my neck.\nMRI CERVICAL SPINE\nFindings: Normal alignment "
            "otherwise. C5/6: disc osteophyte complex.",
            "not_lumbar",
        ),
    ],
)
def test_report_errors(lab: Labeler, text: object, reason: str) -> None:
    with pytest.raises(ReportError) as e:
        lab.label_report("r", text)
    assert e.value.reason == reason
    if isinstance(text, str) and text.strip():
        assert text not in str(e.value)


def test_bilingual_report_reads_its_english_part() -> None:
    """A French report with an English summary naming a level: the French paragraphs are blanked
    (same length, line breaks kept) and the English one read; French alone is still refused."""
    from spinelab.labeling.labeler import check_text
    from spinelab.labeling.rules import load_rules

    languages = load_rules().sections.languages
    french = (
        "IRM de la colonne lombo-sacrée\n\nL4-L5 : discopathie avec bombement discal et petite "
        "hernie foraminale droite. Sténose foraminale droite modérée. Canal perméable.\nL5-S1 : "
        "discopathie avec changements de Modic de type 1. Pas de hernie. Pas de sténose. Les "
        "niveaux supérieurs sont normaux."
    )
    english = (
        "ENGLISH SUMMARY:\nSmall right foraminal disc hernia at L4-L5 with moderate stenosis; the "
        "canal is patent."
    )
    text = french + "\n\n" + english
    got = check_text(text, languages=languages)
    assert len(got) == len(text) and got.count("\n") == text.count("\n")
    assert got.endswith(english) and "discopathie" not in got and "IRM" not in got
    assert Labeler(sentence_cache=0).label_report("r", text)
    with pytest.raises(ReportError) as e:
        check_text(french, languages=languages)
    assert e.value.reason == "not_english"


@pytest.mark.parametrize(
    "text",
    [
        "L-spine: normal.",
        "MRI L SPINE: L4-5 mild disc bulge.",
        "Lumbar spine: normal.",
        "LS spine MRI. Disc bulge at L4-5.",
    ],
)
def test_lumbar_wordings_pass(lab: Labeler, text: str) -> None:
    assert isinstance(lab.label_report("r", text), list)


def test_too_long(lab: Labeler) -> None:
    big = "L4-5: mild disc bulge. " * 50_000  # > 1 MB
    with pytest.raises(ReportError) as e:
        lab.label_report("big", big)
    assert e.value.reason == "too_long"
    assert Labeler(max_chars=100).max_chars == 100


def test_label_many_records_errors_and_goes_on(lab: Labeler) -> None:
    items = [("a", "L4-5: disc bulge."), ("b", None), ("c", ""), ("d", "L5-S1: protrusion.")]
    rows, errors = lab.label_many(items)
    assert {r["report_id"] for r in rows} == {"a", "d"}
    assert [(e["report_id"], e["reason"]) for e in errors] == [("b", "not_text"), ("c", "empty")]
    single = lab.label_report("a", "L4-5: disc bulge.") + lab.label_report(
        "d", "L5-S1: protrusion."
    )
    assert rows == single


def test_pickle_roundtrip(lab: Labeler) -> None:
    lab2 = pickle.loads(pickle.dumps(lab))
    assert lab2.label_report("x", REPORT) == lab.label_report("x", REPORT)


def test_spacy_pipeline_components() -> None:
    nlp = build_pipeline()
    assert nlp.pipe_names == ["spine_sections", "spine_levels", "spine_findings"]
    doc = nlp("FINDINGS: L4-5: mild canal stenosis.\nIMPRESSION: stenosis at L4-5.")
    assert [s.label_ for s in doc.spans["spine_sections"]] == ["findings", "impression"]
    assert [s.text for s in doc.spans["spine_levels"]] == ["L4-5", "L4-5"]
    assert [(c.level, c.finding, c.value) for c in doc._.spine_labels] == [
        ("L4-L5", "canal_stenosis", "mild")
    ]


def test_a_report_without_findings_gives_no_rows(lab: Labeler) -> None:
    assert lab.label_report("x", "MRI of the lumbar spine was obtained on 3/4.") == []


#: malformed shapes of the session-33 readings: tab and '|' tables with nothing under them, a bare
#: rule line, 'Same.' with no level above, a question's unclosed quote, a heading pair alone,
#: a dash key with no table, parentheses after a level with nothing after them
MALFORMED = [
    "Level\t\t\t\n\t\t",
    "|---|---|\n| L4-5 |",
    "L1-L2: Same.",
    'What does "L4-5 mild canal',
    "OBSERVATIONS :   PROTOCOL :",
    'Key: "-" = normal\nLevel | Disc\nL4-5 | -\n\tL5\t\t',
    "L3-L4 (3mm), (4mm), L4-5 (",
    "\t" * 5000,
    # session 46's table and template readings: dated columns (bracketed years, a year alone,
    # empty cells), a column of several sites over cells of too few or empty parts, a blank
    # level column over cells of '+' / 'Y' / '(+)', choice headings with no value, a post's
    # newest heading over a comparison line and nothing else
    "Level | Canal (2021) | Canal (2024) | 2024\nL4-5 | mild | | -\nL5-S1 ||| ",
    "Level | Stenosis C / LF / RF\nL4-5 | mod / N\nL3-4 | / / \nL2-3 | + / + / +",
    "         Disc   Canal   Foramen\nL1-2     Y   (+)   Y / N / mild\nL2-3",
    "Bulge/Protrusion:\nCanal/Foramina/:\nCanal and :",
    "New one (last week):\nComparison: MRI of January 2019.",
    # session 47: a note's imaging quote with no findings, an unclosed bracket or only dates;
    # side-keyed values with too few parts or unknown sides; grading-system columns over odd cells
    "Indications: MRI 02/02/2024 showed",
    "History: MRI (Qscan, 8/8/23: L4/5 and above: normal\nMRI 2020: MRI 2019: MRI 1999:",
    "Indication: MRI 2099 showed L4/5 bulge. MRI 2098: normal.",
    "L4-L5\n  Foramen: / (right / left).\n  Subarticular: Lee 9 / x (up / down).",
    "Level | Schizas | Lee SA (L/R) | Lee NF\nL3-L4 | Z | x/y/z | \nL4-L5 | A-B-C | / | 4",
    "FINDINGS: L3-4: canal none none, nil, SA Lee, Schizas, NF L Lee, R Lee.",
    # sides told by the symptoms: a reference shorter than its side, references and no side,
    # a symptom at the text's very end
    "CLINICAL: left leg pain\nFINDINGS: L4-5: the opposite side; symptomatic root; contralateral",
    "symptomatic side ipsilateral contralateral opposite foramen L4-5 right sciatica",
    "L4-5 bulge. Symptoms of the left",
    # a finding's list heading over empty, odd or cut level lines; a quoted read with no review
    "Spinal canal stenosis:\nL4-5:\nL5-S1: \nL3-4: mild mild mild\nT12-L1: +",
    "Neural foraminal stenosis:\n   L9-9: severe\n   L4-5: left, ; right,",
    "Canal:\nL4-5: none",
    "Original report: \"\"\nFindings on review:",
    "Second opinion:\nOriginal report: L4-5 normal.",
    "Mild (not moderate) (not severe), not mild, canal",
    # a grid of levels with ragged, empty or overlong rows
    "   L1-L2  L2-L3  L3-L4\nForamen  a  b  c  d  e  f  g\nCanal  mild\nN/A  N/A  N/A  N/A\nCanal",
    "L4-L5 | L5-S1 | T12-L1\n| | |\nBulge | yes |",
    "SECTION 9) STENOSIS (key: 0 = none, 1 = mild, 2 = moderate, 3 = severe)\nL4-5: 7\nL5-S1: 3",
    "LV4-LV5: LV LV5 LV-6 lv4-5 bulge",
    # exported documents cut or odd: JSON, key=value lines, an HTML table, bracketed columns
    '{"level": "L4-L5", "canal": "mild", "foramen_left": "\\"}, {"level": "", "bulge": true, '
    '"modic": null, "x": "a", "level": "L9-L9", "canal": 1e5, "herniation": "',
    '"a":"","b":null,"c":true,"level":"L4-5","d":false',
    "L4_5.canal=\nL4_5.foramen_left=mild=moderate\n_=x\nL5_S1.=none\n=none\nL3_4.modic=null",
    "<table><tr><td>Level<td>Canal</tr><tr><td>L4-5<td><td><td>mild</tr><tr><td></table><td>L5",
    "Central canal (grade | | |)\n L4-5: mild | | |\n L5-S1: |\n Other levels: none | x",
    "Neural foramina (L / R)\n L4-5: mild /\n L5-S1: / severe / moderate",
    "L4-5: foramen L/R: mild/\nforamen R/L: /\nforamen left: , foramen right:",
    "SOFTWARE OUTPUT\nRADIOLOGIST REVIEW\nAutomated analysis:",
    # replies with no body, a reply heading alone, study records cut after their dates
    "> Top comment: mine\nReply from OP:\nReply (same poster\nu/x: I had\nAnswer from Dr:",
    "A comment by L4-5 @me: reply - respons\nReply:",
    "(a) MRI lumbar spine, 2014-06-10:\n5.4 MRI lumbar spine, 30/08/2023, reported as follows:",
    "- 2016-13-45, MRI\n- 2019-00-00, MRI lumbar spine:\nStudy A (prior):\nStudy B (most recent):",
    "underwent an MRI on 2019 and had an MRI scan of the lumbar spine on 31 February 2020",
]


def test_malformed_tables_quotes_and_headings_lose_nothing(lab: Labeler) -> None:
    """Odd inputs of the table, quote and heading readings never fail the labeler; each gives
    rows or a named error, and the good report beside them is labelled as alone."""
    good = ("good", "FINDINGS:\nL4-5: mild canal stenosis.\nL1-L2: Same.")
    items = [(f"m{i}", t) for i, t in enumerate(MALFORMED)] + [good]
    rows, errors = lab.label_many(items)
    assert all(e["reason"] != "labeler_failed" for e in errors), errors
    assert all(e["report_id"].startswith("m") and e["detail"] for e in errors)
    assert [r for r in rows if r["report_id"] == "good"] == lab.label_report(*good)
    assert ("L1-L2", "canal_stenosis", "mild") in {
        (r["level"], r["finding"], r["value"]) for r in lab.label_report(*good)
    }
