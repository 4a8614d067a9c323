"""Phrasings found on blind hand-written report sets (benchmarks/data/handwritten_reports):
one short report per construction, with the rows REPORT_LABELS.md asks for (``want``) and rows
it must not give (``absent``)."""

from __future__ import annotations

import pytest

from spinelab.labeling.labeler import Labeler

Key = tuple[str, str]

CASES: list[tuple[str, str, dict[Key, str], list[Key]]] = [
    (
        "study normal in the impression",
        "MRI LUMBAR SPINE\nCLINICAL HISTORY: Low back pain.\nIMPRESSION: Normal MRI of the lumbar spine.",
        {("L3-L4", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "study normal with W/O",
        "MRI L-SPINE W/O: Normal.",
        {("L1-L2", "disc_bulge"): "absent", ("L4-L5", "foraminal_stenosis_left"): "none"},
        [],
    ),
    (
        "negation ends at ', and the'",
        "FINDINGS: At L5-S1, the disc is rudimentary, without bulge or herniation, and the canal "
        "and foramina are patent.",
        {
            ("L5-S1", "disc_bulge"): "absent",
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "negation ends at a clause with its own verb",
        "FINDINGS: At L1/2 the disc is well hydrated with no bulge or herniation and the canal and "
        "foramina are normal.",
        {("L1-L2", "disc_herniation"): "absent", ("L1-L2", "canal_stenosis"): "none"},
        [],
    ),
    (
        "a negation beyond a comma does not reach 'patent'",
        "FINDINGS: L1-2 through L3-4: no sig bulge/HNP, canal and NF patent.",
        {("L2-L3", "canal_stenosis"): "none", ("L2-L3", "foraminal_stenosis_left"): "none"},
        [],
    ),
    (
        "mildly narrowed after a negated clause",
        "FINDINGS: At L5-S1 there is no canal stenosis, and the foramina are mildly narrowed, "
        "greater on the right.",
        {
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "copula and conjunction between site and state",
        "FINDINGS: At L4-L5, the canal is decompressed and patent.",
        {("L4-L5", "canal_stenosis"): "none"},
        [],
    ),
    (
        "a level and a time word between site and state",
        "FINDINGS: The canal and lateral recesses at L5/S1 are now patent.",
        {("L5-S1", "canal_stenosis"): "none", ("L5-S1", "subarticular_stenosis_left"): "none"},
        [],
    ),
    (
        "'no longer narrowed' under a level heading",
        "FINDINGS:\nL5/S1: The lateral recesses are no longer narrowed.",
        {("L5-S1", "subarticular_stenosis_right"): "none"},
        [],
    ),
    (
        "a site that is the object of an earlier predicate",
        "FINDINGS: At L4-L5, a disc bulge and facet hypertrophy cause moderate narrowing of the "
        "thecal sac and bilateral subarticular recess narrowing, greater on the left.",
        {
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "subarticular_stenosis_left"): "present",
        },
        [],
    ),
    (
        "'narrowing of both lateral recesses and moderate ...'",
        "FINDINGS: At L4-L5 there is severe narrowing of both lateral recesses and moderate "
        "bilateral foraminal stenosis.",
        {
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "a grade after a copula",
        "FINDINGS: L4-5: Bilateral subarticular narrowing is moderate, left more than right.",
        {("L4-L5", "subarticular_stenosis_right"): "moderate"},
        [],
    ),
    (
        "prior study clause, current clause",
        "FINDINGS: The prior study showed moderate bilateral foraminal narrowing at L4-L5; the "
        "foramina are currently only mildly narrowed bilaterally.",
        {("L4-L5", "foraminal_stenosis_left"): "mild"},
        [],
    ),
    (
        "a resolved extrusion and 'on the current examination'",
        "FINDINGS: The previously seen extrusion at L5-S1 has resolved, and no disc herniation is "
        "identified at L5-S1 on the current examination.\nIMPRESSION: Interval resolution of the "
        "disc extrusion at L5-S1.",
        {("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a negation at a procedure site is not a blanket statement",
        "FINDINGS: L2-L3: Mild disc bulge.\nIMPRESSION: Postoperative changes of L4-L5 laminectomy "
        "without recurrent disc herniation.",
        {("L2-L3", "disc_bulge"): "present"},
        [("L3-L4", "disc_herniation"), ("L1-L2", "disc_herniation")],
    ),
    (
        "a comma list of levels before 'unremarkable'",
        "Report: L1-2, L2-3 unremarkable.\n- L3-4, L4-5 unremarkable.",
        {("L1-L2", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [],
    ),
    (
        "dictated level list without a comma",
        "FINDINGS: L1-2 L2-3 no sig canal or NF stenosis.",
        {("L1-L2", "canal_stenosis"): "none", ("L2-L3", "foraminal_stenosis_left"): "none"},
        [],
    ),
    (
        "'remaining levels' leave out the named ones",
        "Report: Moderate bilateral L5/S1 foraminal narrowing. Remaining levels normal.",
        {("L4-L5", "canal_stenosis"): "none", ("L5-S1", "foraminal_stenosis_left"): "moderate"},
        [("L5-S1", "canal_stenosis"), ("L5-S1", "disc_herniation")],
    ),
    (
        "'at both levels' after a two-level heading",
        "FINDINGS:\nL4/5 and L5/S1: Diffuse disc bulges, moderate canal stenosis at L5/S1 and "
        "bilateral lateral recess narrowing at both levels.",
        {
            ("L4-L5", "subarticular_stenosis_left"): "present",
            ("L5-S1", "subarticular_stenosis_left"): "present",
        },
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "alignment in a run-on sentence that names levels later",
        "FINDINGS: Alignment is normal, the conus is normal, at L4-5 there is a disc bulge.",
        {("L1-L2", "spondylolisthesis"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
    (
        "normal lordosis and alignment",
        "FINDINGS: Normal lumbar lordosis and alignment.",
        {("L3-L4", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "no other listhesis",
        "FINDINGS: Grade 1 anterolisthesis of L4 on L5, no other listhesis.",
        {("L4-L5", "spondylolisthesis"): "present", ("L2-L3", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "'the lumbosacral level' in a level list",
        "FINDINGS: There are disc bulges at L3/4, L4/5 and the lumbosacral level.",
        {("L3-L4", "disc_bulge"): "present", ("L5-S1", "disc_bulge"): "present"},
        [],
    ),
    (
        "a dictated sentence with its full stop missing",
        "FINDINGS: The L3/4 level shows no canal stenosis At the L5-S1 level there is a small "
        "protrusion.",
        {("L3-L4", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "present"},
        [("L5-S1", "canal_stenosis")],
    ),
    (
        "dictation abbreviations",
        "FINDINGS: L4 5 mod central stenosis, mild b/l NF narrowing, sev R lateral recess "
        "stenosis.",
        {
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
        },
        [("L4-L5", "subarticular_stenosis_left")],
    ),
    (
        "a disc below the lumbar spine is no lumbar level",
        "FINDINGS: The rudimentary S1/S2 disc is unremarkable.",
        {},
        [("L1-L2", "disc_bulge"), ("L5-S1", "disc_herniation")],
    ),
    (
        "template fields with tabs, indented, sided field names",
        "FINDINGS:\nL3-4:\n  Canal:\tmild stenosis\n  Left foramen:\tsevere stenosis, with "
        "compression of the exiting left L3 root\n  Right foramen:\tmild\nL5-S1:\n  Canal:\tpatent"
        "\n  Foramina:\tpatent",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "severe",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "by-finding headings name their levels after the colon",
        "FINDINGS:\nDisc bulges: L2-3, L3-4 and L4-5, mild circumferential.\nDisc herniations: L4-5 "
        "right paracentral protrusion; L5-S1 central extrusion.",
        {
            ("L2-L3", "disc_bulge"): "present",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "present",
            ("L5-S1", "disc_herniation"): "present",
        },
        [("L2-L3", "disc_herniation"), ("L3-L4", "disc_herniation")],
    ),
    (
        "a table cell ends a negation",
        "FINDINGS:\nT12-L1 | no bulge/herniation | canal normal | foramina normal",
        {
            ("T12-L1", "disc_bulge"): "absent",
            ("T12-L1", "canal_stenosis"): "none",
            ("T12-L1", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "'is no longer seen' negates backwards",
        "FINDINGS: L5-S1: The right foraminal disc protrusion described on the preoperative study "
        "is no longer seen.",
        {("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a graded finding after a negated one, no punctuation (dictation)",
        "FINDINGS: at L5-S1 broad-based disk bulge no central stenosis moderate bilateral "
        "foraminal narrowing greater on the right.",
        {
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "a negated grade list is still negated",
        "FINDINGS: At L4-5 no moderate or severe stenosis.",
        {("L4-L5", "canal_stenosis"): "none", ("L4-L5", "foraminal_stenosis_left"): "none"},
        [],
    ),
    (
        "a site over a range of levels, then its state",
        "FINDINGS: The foramina at T12-L1 through L3-4 are patent. The neuroforaminae at L4/5 "
        "are patent.",
        {
            ("T12-L1", "foraminal_stenosis_left"): "none",
            ("L2-L3", "foraminal_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "Modic type with a parenthesis, and the endplates of two vertebrae",
        "FINDINGS: Type 2 (fatty) endplate change at L4-5. Modic type I changes are seen at the "
        "opposing endplates of L5 and S1.",
        {("L4-L5", "modic"): "type2", ("L5-S1", "modic"): "type1"},
        [],
    ),
    (
        "a level outside the schema (L6) carries no level and gives no row",
        "FINDINGS: Six lumbar-type vertebrae; the lowest is called L6.\nL4-L5: Mild disc bulge. "
        "Foramina patent.\nL5-L6: Right foraminal protrusion with moderate right foraminal "
        "stenosis. No canal stenosis.\nL6-S1: Rudimentary disc, no abnormality.",
        {("L4-L5", "disc_bulge"): "present", ("L4-L5", "foraminal_stenosis_right"): "none"},
        [("L4-L5", "disc_herniation"), ("L5-S1", "canal_stenosis"), ("L1-L2", "canal_stenosis")],
    ),
    (
        "a by-finding list: clauses after ';' and '.' on the heading's line, 'None elsewhere'",
        "FINDINGS:\nDisc bulges: L2-3 and L3-4.\nCentral canal stenosis: mild at L4-5; moderate "
        "at L5-S1. None elsewhere.\nForaminal stenosis: moderate bilateral L5-S1; mild left L4-5."
        "\nThe conus is normal.",
        {
            ("L4-L5", "canal_stenosis"): "mild",
            ("L5-S1", "canal_stenosis"): "moderate",
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "canal_stenosis"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [("T12-L1", "canal_stenosis"), ("L4-L5", "foraminal_stenosis_right")],
    ),
    (
        "a lateral listhesis or rotatory subluxation is no spondylolisthesis",
        "FINDINGS: Degenerative scoliosis. There is 6 mm right lateral listhesis of L3 on L4 with "
        "rotatory subluxation at this level. Grade 1 anterolisthesis of L4 on L5.",
        {("L4-L5", "spondylolisthesis"): "present"},
        [("L3-L4", "spondylolisthesis")],
    ),
    (
        "alignment named after four words; a normal level with 'and no <finding>'",
        "FINDINGS:\nVertebrae: Normal vertebral body height and alignment.\nL5-S1: No significant "
        "abnormality, and no endplate signal change.",
        {
            ("L2-L3", "spondylolisthesis"): "absent",
            ("L5-S1", "disc_bulge"): "absent",
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "modic"): "none",
        },
        [],
    ),
    (
        "a normal level that is unchanged",
        "FINDINGS:\nL1-L2: Unremarkable, unchanged.\nL2-L3: Normal and stable since 2019.",
        {("L1-L2", "disc_bulge"): "absent", ("L2-L3", "foraminal_stenosis_right"): "none"},
        [],
    ),
]


def test_dictated_level_spelling_is_not_a_measurement(lab: Labeler) -> None:
    """'L4 5' is the L4-L5 disc; 'L3 5 mm' is a size, not L3-L4 .. L4-L5."""
    from spinelab.labeling.levels import LevelParser

    lp = LevelParser()
    assert [m.levels for m in lp.find("L4 5 disc bulge")] == [("L4-L5",)]
    assert [m.levels for m in lp.find("a L3 5 mm cyst")] == []
    assert [m.levels for m in lp.find("L4 3 is odd")] == []


MORE: list[tuple[str, str, dict[Key, str], list[Key]]] = [
    (
        "a stenosis word grading the narrowing before it",
        "FINDINGS: L3-L4: Small protrusion, which narrows the right neural foramen with mild to "
        "moderate stenosis.",
        {("L3-L4", "foraminal_stenosis_right"): "moderate"},
        [("L3-L4", "canal_stenosis"), ("L3-L4", "foraminal_stenosis_left")],
    ),
    (
        "a grade in parentheses after the sites",
        "FINDINGS: L4-L5: protrusion narrowing the Rt lateral recess and Rt neural foramen "
        "(moderate).",
        {
            ("L4-L5", "subarticular_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
        },
        [("L4-L5", "foraminal_stenosis_left")],
    ),
    (
        "elided grades with their sides",
        "IMPRESSION: Neural foraminal narrowing, severe bilaterally at L4-L5, moderate on the left "
        "at L3-L4, and mild bilaterally at L2-L3.",
        {
            ("L2-L3", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "severe",
        },
        [("L3-L4", "foraminal_stenosis_right")],
    ),
    (
        "a line wrapped inside a sentence",
        "FINDINGS:\nAt L5-S1 there is a disc extrusion. The neural foramina at L5-S1 are\npatent.",
        {("L5-S1", "foraminal_stenosis_left"): "none", ("L5-S1", "disc_herniation"): "present"},
        [],
    ),
    (
        "history in the patient's words ('years ago')",
        "Had an HNP at L5-S1 ten years ago that got better.\nFINDINGS: L4-5: mild bulge.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L5-S1", "disc_herniation")],
    ),
    (
        "a prior finding dated by a number ('2 years ago')",
        "FINDINGS: L4-5: disc herniation was seen 2 years ago. L5-S1: mild canal stenosis.",
        {("L5-S1", "canal_stenosis"): "mild"},
        [("L4-L5", "disc_herniation")],
    ),
]


LAST: list[tuple[str, str, dict[Key, str], list[Key]]] = [
    (
        "one side graded, the other negated",
        "FINDINGS: L4-L5: Mild left and no right neural foraminal stenosis.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a side shared by a list of sites",
        "FINDINGS: L5-S1: Shallow protrusion with mild left lateral recess and foraminal narrowing.",
        {
            ("L5-S1", "subarticular_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
        },
        [("L5-S1", "foraminal_stenosis_right")],
    ),
    (
        "a thoracic disc in shorthand is no lumbar level",
        "FINDINGS: T12-L1: Mild disc bulge. At T11-12 there is a small central disc protrusion.",
        {("T12-L1", "disc_bulge"): "present"},
        [("T12-L1", "disc_herniation")],
    ),
    (
        "'no recurrent herniation' speaks of the operated level only",
        "FINDINGS: L2-L3: Mild disc bulge.\nIMPRESSION:\n1. Postoperative changes of left L4-L5 "
        "hemilaminectomy. No evidence of recurrent disc herniation.",
        {("L2-L3", "disc_bulge"): "present"},
        [("L2-L3", "disc_herniation"), ("L3-L4", "disc_herniation")],
    ),
    (
        "'no recurrent herniation' under its level heading",
        "FINDINGS:\nL4-5: Prior laminectomy. No recurrent disc herniation.",
        {("L4-L5", "disc_herniation"): "absent"},
        [("L3-L4", "disc_herniation")],
    ),
    (
        "'levels show no abnormality', 'normally aligned'",
        "FINDINGS: The lumbar vertebrae are normally aligned. The L1-L2 and L2-L3 levels show no "
        "abnormality.",
        {("L2-L3", "canal_stenosis"): "none", ("L4-L5", "spondylolisthesis"): "absent"},
        [],
    ),
]


GRADES: list[tuple[str, str, dict[Key, str], list[Key]]] = [
    (
        "grades per level after a colon; the statement itself has no row",
        "FINDINGS: At L2-3 mild bulge. The thecal sac is narrowed: mildly at L3-4, moderately at "
        "L4-5 and severely at L5-S1.",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L5-S1", "canal_stenosis"): "severe",
        },
        [("L2-L3", "canal_stenosis")],
    ),
    (
        "'very tight' is severe; 'the right L4-5 foramen'",
        "IMPRESSION: L4-5: moderate canal stenosis and a very tight left lateral recess. "
        "Non-compressive narrowing of the right L4-5 neural foramen.",
        {
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "'negative for' after 'are'",
        "FINDINGS: At L2-3 mild bulge. Sagittal images are negative for spondylolisthesis.",
        {("L2-L3", "spondylolisthesis"): "absent", ("L4-L5", "spondylolisthesis"): "absent"},
        [],
    ),
]


STYLES: list[tuple[str, str, dict[Key, str], list[Key]]] = [
    (
        "an elided subject: 'and is patent at ...'",
        "FINDINGS: The central canal is mildly narrowed at L3-4 and L4-5 and is patent at L1-2, "
        "L2-3 and L5-S1.",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L2-L3", "canal_stenosis"): "none",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "level lists and 'these levels' between a site and its state",
        "FINDINGS: The foramina at L1-2, L2-3 and L3-4 are patent. The L4-L5 and L5-S1 discs are "
        "normal, and the canal at these levels is patent.",
        {("L2-L3", "foraminal_stenosis_left"): "none", ("L5-S1", "canal_stenosis"): "none"},
        [],
    ),
    (
        "a range 'or at' one more level",
        "FINDINGS: No lateral recess narrowing from L1-2 through L3-4 or at L5-S1.",
        {
            ("L2-L3", "subarticular_stenosis_left"): "none",
            ("L5-S1", "subarticular_stenosis_right"): "none",
        },
        [("L4-L5", "subarticular_stenosis_left")],
    ),
    (
        "grades after the site",
        "FINDINGS: L4-L5: a protrusion narrows the left lateral recess mildly to moderately. At "
        "L5-S1 an extrusion narrows the canal to a moderate degree.",
        {
            ("L4-L5", "subarticular_stenosis_left"): "moderate",
            ("L5-S1", "canal_stenosis"): "moderate",
        },
        [],
    ),
    (
        "'otherwise normal alignment' after a named listhesis",
        "FINDINGS: Alignment: trace anterolisthesis of L4 on L5, otherwise normal alignment.",
        {("L4-L5", "spondylolisthesis"): "present", ("L2-L3", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "per-side grades after a copula",
        "FINDINGS: Foraminal stenosis at L4-5 is moderate on the left and mild on the right.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "'as is T12-L1'; 'free of encroachment'; a bulge sharing its protrusion's level",
        "FINDINGS: L1-2 is normal, as is T12-L1. There are mild bulges at L2-3 and L3-4 and a "
        "broad-based bulge with a small superimposed protrusion at L5-S1. At L3-4 the foramina "
        "are free of encroachment.",
        {
            ("T12-L1", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L5-S1", "disc_bulge"): "present",
            ("L3-L4", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a protrusion touching the conus still sets the level",
        "FINDINGS: At T12-L1 a small protrusion contacts the conus medullaris; there is no canal "
        "stenosis.",
        {("T12-L1", "canal_stenosis"): "none", ("T12-L1", "disc_herniation"): "present"},
        [("L3-L4", "canal_stenosis")],
    ),
]

#: Found on blind sets J and K (session 10).
ARCHIVE: list[tuple[str, str, dict[Key, str], list[Key]]] = [
    (
        "a bare side standing for the foramen just named, after ';' and after '.'",
        "FINDINGS: L4-L5: The left exit foramen shows mild narrowing; the right is patent.\n"
        "L5-S1: Left neural foramen is moderately narrowed. The right is mildly narrowed.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a clause opening with its side ('On the concave (left) side there is ...')",
        "FINDINGS: On the concave (left) side there is severe foraminal stenosis at L3/4 and "
        "moderate at L2/3. On the right side the foramina are patent from L1/2 to L4/5.",
        {
            ("L3-L4", "foraminal_stenosis_left"): "severe",
            ("L2-L3", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L2-L3", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "dictation shorthand: DB, CCS, 'R NFN'",
        "FINDINGS: L1-2, L2-3: no DBs or HNP, no CCS or NFN.\nL5-S1: DB, sev L NFN, mild R NFN, "
        "no CCS.\nL4-5: mod CCS.",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "canal_stenosis"): "none",
            ("L5-S1", "disc_bulge"): "present",
            ("L5-S1", "foraminal_stenosis_left"): "severe",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "moderate",
        },
        [],
    ),
    (
        "a range with 'until'; 'hernia'; 'have normal width'",
        "FINDINGS: L1-L2 until L3-L4: no disc bulging or hernia, the canal and foramina have "
        "normal width.",
        {
            ("L2-L3", "disc_herniation"): "absent",
            ("L3-L4", "canal_stenosis"): "none",
            ("L1-L2", "foraminal_stenosis_left"): "none",
        },
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "a hedge after the copula ('is possibly narrowed', 'are likely patent')",
        "FINDINGS: L1-L2: Canal and foramina are likely patent.\nL4-L5: The left foramen is "
        "probably mildly narrowed.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "foraminal_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "'Unremarkable alignment', 'Alignment otherwise conserved'",
        "FINDINGS: Unremarkable alignment. L4-5: mild bulge.\nFINDINGS: Slight retrolisthesis "
        "of L3 on L4. Alignment otherwise conserved.",
        {("L1-L2", "spondylolisthesis"): "absent", ("L3-L4", "spondylolisthesis"): "present"},
        [],
    ),
    (
        "a stenosis graded per level in parentheses, with sides",
        "FINDINGS: There is foraminal narrowing at L2-3 (mild, left), L4-5 (mild, bilateral) and "
        "L5-S1 (severe, left; right foramen patent). There is central canal stenosis at L2-3 "
        "(mild) and L3-4 (mild-to-moderate).",
        {
            ("L2-L3", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "severe",
            ("L5-S1", "foraminal_stenosis_right"): "none",
            ("L2-L3", "canal_stenosis"): "mild",
            ("L3-L4", "canal_stenosis"): "moderate",
        },
        [("L2-L3", "foraminal_stenosis_right")],
    ),
    (
        "per-side grades right after the predicate",
        "FINDINGS: L4-L5: Foraminal stenosis moderate left, slight right. L5-S1: canal stenosis "
        "moderate.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "canal_stenosis"): "moderate",
        },
        [],
    ),
    (
        "'at this level' between a site and its state",
        "FINDINGS: There is a disc extrusion at L4-L5. The neural foramina at this level are "
        "mildly narrowed.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "'of normal calibre'",
        "FINDINGS: The canal at L1/2 is of normal calibre. Moderate canal stenosis at L4/5.",
        {("L1-L2", "canal_stenosis"): "none", ("L4-L5", "canal_stenosis"): "moderate"},
        [],
    ),
    (
        "'no abnormal endplate marrow signal at any level'",
        "FINDINGS: L1-2 normal; no abnormal endplate marrow signal at any level.",
        {("L1-L2", "modic"): "none", ("L5-S1", "modic"): "none"},
        [],
    ),
    (
        "a dated outside study and 'was reported as showing' are prior",
        "A myelogram of 1996 was reported as showing a disc herniation at L4-5. The outside study "
        "also showed a protrusion at L3-4.\nFINDINGS: At L4-5 there is a mild disc bulge.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L4-L5", "disc_herniation"), ("L3-L4", "disc_herniation")],
    ),
    (
        "'has regressed' negates; 'regressed in size' does not",
        "FINDINGS: The previously demonstrated L3/4 protrusion has regressed, and no disc "
        "protrusion is present at L3/4 on the current study. The L5-S1 extrusion has regressed in "
        "size.",
        {("L3-L4", "disc_herniation"): "absent", ("L5-S1", "disc_herniation"): "present"},
        [],
    ),
    (
        "'Clinical notes:' is history",
        "Clinical notes: 67F. L3 to L5 decompressive laminectomy 18 months ago for canal "
        "stenosis.\nFindings: The canal is widely patent at L3/4 and L4/5.",
        {("L3-L4", "canal_stenosis"): "none", ("L4-L5", "canal_stenosis"): "none"},
        [],
    ),
    (
        "fields separated by ' | ' (converted report); a table row keeps its cells",
        "Exam: MR Lumbar Spine | Indication: L4/L5 stenosis? | Findings: | L1/L2: unremarkable | "
        "L4/L5: bulge; severe canal stenosis | Impression: 1. L4/L5 central extrusion.\n"
        "L5-S1 | Canal: mild | Foramina: L mild, R patent",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "disc_herniation"): "present",
            ("L5-S1", "canal_stenosis"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
]
#: set T's OCR'd faxes and set U's patient-posted reports (session 23)
POSTED = [
    (
        "a second slipped pair ('of L3 on L4 and of L4 on L5')",
        "FINDINGS: There is a grade 1 degenerative anterolisthesis of L3 on L4 and of L4 on L5.",
        {("L3-L4", "spondylolisthesis"): "present", ("L4-L5", "spondylolisthesis"): "present"},
        [("L5-S1", "spondylolisthesis")],
    ),
    (
        "a Modic type in parentheses before or after 'endplate changes'",
        "FINDINGS: Sclerotic (type 3) endplate changes are present at L4/5. Endplate changes "
        "(type 2) at L5/S1.",
        {("L4-L5", "modic"): "type3", ("L5-S1", "modic"): "type2"},
        [],
    ),
    (
        "a grade then one side after the copula: that side only",
        "FINDINGS: Foraminal stenosis is severe on the left at L3/4 and moderate bilaterally at "
        "L4/5.",
        {
            ("L3-L4", "foraminal_stenosis_left"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
        },
        [("L3-L4", "foraminal_stenosis_right")],
    ),
    (
        "'remaining foramina': the levels whose foramina were not described",
        "FINDINGS: No canal stenosis at L1-L2 or L5-S1. Moderate right and mild left foraminal "
        "stenosis at L3-L4 and L5-S1. Remaining foramina are patent.",
        {
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L2-L3", "foraminal_stenosis_right"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
        },
        [("L2-L3", "canal_stenosis")],
    ),
    (
        "'other intervertebral discs', 'rest of levels without findings', 'at other levels'",
        "FINDINGS: L4-L5: bulge. Other intervertebral discs are normal in signal and morphology. "
        "Spinal canal and neural foramina at other levels are normal.",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L2-L3", "disc_herniation"): "absent",
            ("L2-L3", "canal_stenosis"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "none",
            ("L4-L5", "canal_stenosis"): "none",  # its canal was not described
        },
        [("L4-L5", "disc_herniation")],
    ),
    (
        "translated reports: 'reduction of the canal', 'rest of levels without findings'",
        "FINDINGS: L4-L5: extrusion. Moderate reduction of the canal. The left foramen is free; "
        "slight reduction of the right foramen. L5-S1: canal is of normal amplitude. Rest of "
        "levels without findings.",
        {
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
        },
        [],
    ),
    (
        "a run-on negation ends at the next phrase (line breaks lost)",
        "FINDINGS: L1-L2: No disc bulge or protrusion normal central canal and neural foramina, "
        "L2-L3: Minimal disc bulge no canal stenosis neural foramina patent",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L2-L3", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "lower-case level headings start a line; a bulleted level list",
        "findings: there is a grade 1 anterolisthesis of l4 on l5.\nmodic type 2 changes at "
        "l5-s1 endplates\nl 4-5: disc bulge, moderate canal stenosis\nl1-2 and l2-3 normal\n"
        "- L2-L3 & L3-L4: Diffuse disc bulges. L3-L4: Normal disc.",
        {
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L5-S1", "modic"): "type2",
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "present",
            ("L3-L4", "disc_bulge"): "present",
        },
        [("L5-S1", "canal_stenosis")],
    ),
    (
        "a former state in an appositive ('previously moderately stenotic, is now patent')",
        "FINDINGS: At L4-5 the central canal, previously moderately stenotic, is now patent. "
        "Other levels without particularities.",
        {("L4-L5", "canal_stenosis"): "none", ("L2-L3", "disc_bulge"): "absent"},
        [],
    ),
    (
        "a thoracic level heading carries no lumbar level: its negations are no blanket",
        "FINDINGS:\nT6-T7: Small protrusion. No foraminal narrowing.\nL4-L5: bulge.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L4-L5", "foraminal_stenosis_left"), ("L2-L3", "foraminal_stenosis_right")],
    ),
    (
        "'the remaining levels': of a stenosis, the levels whose stenosis was not described; of a "
        "disc finding, the levels not named",
        "FINDINGS:\nDiscs: Diffuse disc bulges at L2-3 and L4-5. Small protrusion at L3-4. The "
        "remaining levels show no disc bulge.\nSpinal canal: Mild central canal stenosis at "
        "L3-4. No central canal stenosis at the remaining levels.",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "none",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L5-S1", "disc_bulge"): "absent",
        },
        [("L3-L4", "disc_bulge")],
    ),
    (
        "a level naming one vertebra twice ('L2/L2') is a typo, not guessed at",
        "FINDINGS: L4-L5: protrusion. L2/L2: Small disc bulge without stenosis.",
        {("L4-L5", "disc_herniation"): "present"},
        [("L4-L5", "disc_bulge"), ("L4-L5", "canal_stenosis"), ("L2-L3", "disc_bulge")],
    ),
    (
        "'the rest of the vertebrae are in alignment'; a cause before '; the right is patent'",
        "FINDINGS: Grade I retrolisthesis of L5 over S1. The rest of the vertebrae are in "
        "alignment. L4/5: The left lateral recess is mildly narrowed by scar; the right is patent.",
        {
            ("L5-S1", "spondylolisthesis"): "present",
            ("L3-L4", "spondylolisthesis"): "absent",
            ("L4-L5", "subarticular_stenosis_left"): "mild",
            ("L4-L5", "subarticular_stenosis_right"): "none",
        },
        [],
    ),
]

#: set W: whole-spine, CT and multi-region reports (session 23)
REGIONS = [
    (
        "a list across spine regions keeps its lumbar level; a cervical level carries none",
        "FINDINGS: L4-L5: bulge. At C5-6 the bulge causes moderate bilateral foraminal stenosis. "
        "Small disc protrusions at C5/6, T7/8 and L3/4.",
        {("L4-L5", "disc_bulge"): "present", ("L3-L4", "disc_herniation"): "present"},
        [("L4-L5", "foraminal_stenosis_left"), ("L4-L5", "disc_herniation")],
    ),
    (
        "a dated earlier study ('The 2017 study showed ...') and 'the fused levels'",
        "FINDINGS: L4-5 and L5-S1 fusion. No listhesis at the fused levels. L2-3: The 2017 study "
        "showed a right paracentral disc extrusion at this level. Now a small bulge.",
        {("L2-L3", "disc_bulge"): "present"},
        [("L2-L3", "disc_herniation"), ("L1-L2", "spondylolisthesis")],
    ),
    (
        "a label naming no finding before a bare normal; a negation at one vertebra",
        "FINDINGS: L2/3: discitis. Incidental degenerative changes: L1/2 and L3/4 are normal. "
        "Retropulsion of the posterosuperior corner of L1 indents the thecal sac without "
        "narrowing the canal.",
        {("L1-L2", "disc_bulge"): "absent", ("L3-L4", "canal_stenosis"): "none"},
        [("L4-L5", "canal_stenosis"), ("L5-S1", "canal_stenosis")],
    ),
    (
        "a range from a thoracic disc; a second Modic type; 'ALIGNMENT: ... Otherwise normal.'",
        "FINDINGS:\nALIGNMENT: 4 mm anterolisthesis of L4 on L5. Otherwise normal.\nMARROW: Modic "
        "type 1 changes at the L3-4 endplates and type 2 changes at L2-3.\nDISCS: Bulges from "
        "T11-12 to L1-2.",
        {
            ("L4-L5", "spondylolisthesis"): "present",
            ("L2-L3", "spondylolisthesis"): "absent",
            ("L3-L4", "modic"): "type1",
            ("L2-L3", "modic"): "type2",
            ("T12-L1", "disc_bulge"): "present",
            ("L1-L2", "disc_bulge"): "present",
        },
        [("L2-L3", "disc_bulge")],
    ),
    (
        "a bulleted field heading ('* Alignment: ... Otherwise maintained.')",
        "FINDINGS:\n* Alignment: 3 mm retrolisthesis of L5. Otherwise maintained.\n* L3-4: bulge.",
        {("L5-S1", "spondylolisthesis"): "present", ("L3-L4", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "another label ends a by-finding heading on its line (a flattened report)",
        "FINDINGS: Alignment: Maintained. Marrow: Otherwise normal marrow signal. L1-L2: Disc "
        "height and signal are normal. Negative. L2-L3: Small disc bulge.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "disc_bulge"): "present",
            ("L3-L4", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "non-native English: Roman numeral levels, 'Retrolisthesis of L III', 'Schmorl hernias'",
        "MRI of lumbar spine.\nRetrolisthesis of L III about 2 mm. Schmorl hernias in the endplates "
        "of L2, L3 vertebral bodies.\nIn the segment LIV/LV: bulging of the disc, narrowing the "
        "right intervertebral foramen of moderate degree.\nIn the segment LV/SI: left "
        "posterolateral disc herniation. Displacement of vertebrae below L3 is not revealed.",
        {
            ("L3-L4", "spondylolisthesis"): "present",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "disc_herniation"): "present",
        },
        [("L2-L3", "disc_herniation"), ("L3-L4", "disc_herniation")],
    ),
    (
        "'(-)' negates; 'Lt.' does not end the sentence; 'Retrolisthesis L3 2 mm' is L3-L4",
        "Lumbar MRI. Conclusion:\nL4/5: Lt. foraminal disc herniation with Lt. foraminal "
        "stenosis (moderate).\nL5/S1: Mild bulging disc. Canal stenosis (-).\nRetrolisthesis L3 "
        "2 mm.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "canal_stenosis"): "none",
            ("L3-L4", "spondylolisthesis"): "present",
        },
        [("L4-L5", "foraminal_stenosis_right"), ("L5-S1", "spondylolisthesis")],
    ),
    (
        "translated normal wordings: 'Foramina permeable', 'regular the alignment', 'no pathology'",
        "FINDINGS: Regular the alignment of the vertebral bodies. At the level of L2-3 no "
        "pathology.\nL4-L5: Foramina permeable. Vertebral canal with preserved dimensions.",
        {
            ("L1-L2", "spondylolisthesis"): "absent",
            ("L2-L3", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'L5-S1: Disc is normal.' and 'other discs are normal' give the disc findings only "
        "(rule 5: the findings it names); 'the other levels are normal' the bare-normal set",
        "FINDINGS: L4-5: bulge. L5-S1: Disc is normal. Other discs are normal.\nIMPRESSION: "
        "L4-5 bulge. The other levels are normal.",
        {
            ("L5-S1", "disc_herniation"): "absent",
            ("L2-L3", "disc_bulge"): "absent",
            ("L2-L3", "foraminal_stenosis_left"): "none",
        },
        [("L5-S1", "canal_stenosis")],
    ),
    (
        "gone on this study: 'is no more appreciable', 'is not seen on this study', 'disappearance'",
        "MRI L-spine\nAt L3-L4 the previously described bulging is no more appreciable.\nPreviously "
        "noted small L5-S1 central protrusion is not seen on this study.\nConclusion: Interval "
        "disappearance of L2-3 protrusion.",
        {
            ("L3-L4", "disc_bulge"): "absent",
            ("L5-S1", "disc_herniation"): "absent",
            ("L2-L3", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "an impression 'No remarkable findings.' states the study normal; '?small' hedges",
        "MRI lumbar spine\nFindings: No disc herniation. ?small bulge at L4/5.\nImpression: No "
        "remarkable findings.",
        {("L2-L3", "disc_bulge"): "absent", ("L2-L3", "canal_stenosis"): "none"},
        [],
    ),
    (
        "'L3-4: Mild bulge, otherwise normal.': the rest of the bare-normal set at that level",
        "FINDINGS: L3-4: Mild bulge, otherwise normal. Mild bulge at L4-5, otherwise normal.",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L4-L5", "disc_bulge"): "present",
        },
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "'at this level' after a vertebra names no disc: no blanket",
        "FINDINGS: Compression fracture of L1. No retropulsion; the canal is preserved at this "
        "level.\nL4-5: Small bulge.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L1-L2", "canal_stenosis"), ("L2-L3", "canal_stenosis"), ("T12-L1", "canal_stenosis")],
    ),
    (
        "'These levels are normal.', 'were unremarkable for age', 'as well as' ends a negation",
        "FINDINGS:\nT12-L1 through L1-L2: These levels are normal.\nL2-3: No recurrent "
        "herniation as well as a new annular bulge.\nThe remaining levels were unremarkable for "
        "age.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_herniation"): "absent",
            ("L2-L3", "disc_bulge"): "present",
            ("L4-L5", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a teaching file's 'Discussion:' speaks of no patient",
        "MRI findings: Small L4-5 bulge.\n\nDiscussion: Modic type 1 change reflects oedema; many "
        "older adults have severe stenosis at L3-L4.\n\nTeaching point: L5-S1 is often involved.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L3-L4", "canal_stenosis"), ("L3-L4", "modic")],
    ),
    (
        "a line ending in 'levels' is no verb of the next line's site; quotes joined by 'and'",
        "MRI LUMBAR SPINE\nReport:\nNo disc bulge seen at other levels\r\nSpinal canal and neural "
        "foramina are adequate at all levels\nIt says 'L3/4 bulge, no nerve root compromise' and "
        "'L5/S1 left foraminal protrusion narrowing the left exit foramen'.",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L5-S1", "disc_herniation"): "present",
            ("L5-S1", "foraminal_stenosis_left"): "present",
        },
        [],
    ),
    (
        "'the inferior endplate of L4'; a negation ends at ', most suggestive of'",
        "FINDINGS: Type 2 Modic changes at the inferior endplate of L4 and superior endplate of L5. "
        "Edema-like signal along the L2-L3 endplates, without disc T2 hyperintensity, most "
        "suggestive of Modic type 1 change rather than discitis.",
        {("L4-L5", "modic"): "type2", ("L2-L3", "modic"): "type1"},
        [("L3-L4", "modic")],
    ),
    (
        "'No other abnormality demonstrated in the lumbar spine': the levels not described",
        "IMPRESSION: 1. L4/5 disc bulge. 2. L5/S1 level is normal. 3. No other abnormality "
        "demonstrated in the lumbar spine.",
        {("L2-L3", "canal_stenosis"): "none", ("L1-L2", "disc_herniation"): "absent"},
        [("L4-L5", "disc_herniation")],
    ),
    (
        "posters' and UK wordings: 'foram', 'spinal or foraminal stenosis', 'Normal appearances "
        "at', 'intervertebral disc levels are normal'",
        "FINDINGS: Normal appearances at L1/2 and L2/3. The L3/L4 intervertebral disc level is "
        "normal. L4/5: No spinal or foraminal stenosis. L5-S1: R paracentral disc protrusion w/ "
        "sev R foram stenosis.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "canal_stenosis"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "severe",
        },
        [("L5-S1", "canal_stenosis"), ("L5-S1", "foraminal_stenosis_left")],
    ),
    (
        "a bare side after its state stands for the site before it: '... and moderate narrowing "
        "of the left', '... and the left is moderately narrowed'",
        "FINDINGS: At L4/L5 there is severe narrowing of the right neural foramen and moderate "
        "narrowing of the left. At L3/4 the right foramen is severely narrowed and the left is "
        "mildly narrowed.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "severe",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
        },
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "'at these levels' after levels named apart means all of them",
        "FINDINGS: The thecal sac is narrowed: mildly at L3-4, moderately at L4-5. The discs at "
        "these levels are well hydrated and free of bulge or herniation.",
        {
            ("L3-L4", "disc_bulge"): "absent",
            ("L4-L5", "disc_herniation"): "absent",
            ("L3-L4", "canal_stenosis"): "mild",
        },
        [("L2-L3", "disc_bulge")],
    ),
    (
        "a Modic type that has evolved to another",
        "FINDINGS: The type 1 Modic change at L5/S1 seen previously has evolved to type 2. The "
        "Modic 1 changes at L4-5 have converted to Modic 2.",
        {("L5-S1", "modic"): "type2", ("L4-L5", "modic"): "type2"},
        [],
    ),
    (
        "'Otherwise normal study.' on the line of a level: the levels not described",
        "Radiologist wrote: 'Lumbar spine MRI: Normal vertebral alignment. Small posterior disc "
        "bulge at L5/S1. No spinal stenosis. Otherwise normal study.' So basically nothing??",
        {
            ("L5-S1", "disc_bulge"): "present",
            ("L5-S1", "canal_stenosis"): "none",
            ("L2-L3", "disc_herniation"): "absent",
            ("L4-L5", "foraminal_stenosis_left"): "none",
        },
        [("L5-S1", "disc_herniation"), ("L5-S1", "foraminal_stenosis_left")],
    ),
    (
        "'with or without' negates nothing; bullets read as Windows-1252 ('\u00e2\u20ac\u00a2')",
        "FINDINGS:\n\u00e2\u20ac\u00a2 Grade 1 anterolisthesis of L4 on L5.\nPlan: laminectomy at "
        "L4-L5, with or without fusion given the anterolisthesis.\n\u00e2\u20ac\u00a2 L1-L2 and "
        "L2-L3: Mild disc bulges.",
        {
            ("L4-L5", "spondylolisthesis"): "present",
            ("L1-L2", "disc_bulge"): "present",
            ("L2-L3", "disc_bulge"): "present",
        },
        [("L2-L3", "spondylolisthesis")],
    ),
    (
        "a second predicate after the first one's sides ('..., and mildly narrows the canal')",
        "FINDINGS: At L4-5 a protrusion narrows the lateral recesses bilaterally, left greater "
        "than right, and mildly narrows the central canal. The left lateral recess at L5/S1 is "
        "mildly narrowed.",
        {
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "subarticular_stenosis_left"): "present",
            ("L4-L5", "subarticular_stenosis_right"): "present",
            ("L5-S1", "subarticular_stenosis_left"): "mild",
        },
        [],
    ),
]

#: session 25: sets Y and Z (public-web and many-country posts) and the robustness benchmark's
#: alterations (case, flattened lines, en dashes)
ALTERED: list[tuple[str, str, dict[Key, str], list[Key]]] = [
    (
        "a second predicate after an en-dash level",
        "FINDINGS: The central canal is mildly narrowed at L3\u20134 and is patent at L1\u20132.",
        {("L3-L4", "canal_stenosis"): "mild", ("L1-L2", "canal_stenosis"): "none"},
        [],
    ),
    (
        "a lower-case FINDINGS header in a flattened report",
        "exam: mri lumbar spine. history: back pain, l4-5 discectomy 2015. comparison: none. "
        "findings: l4-5: mild disc bulge. l5-s1: unremarkable.",
        {("L4-L5", "disc_bulge"): "present", ("L5-S1", "canal_stenosis"): "none"},
        [],
    ),
    (
        "a mid-line COMPARISON in capitals ends with its sentence",
        "MRI LUMBAR SPINE. CLINICAL DETAILS: LEG PAIN. COMPARISON: NONE AVAILABLE. AT L3/4 THERE "
        "IS A DISC BULGE WITH MILD CANAL STENOSIS. OPINION: L3/4 STENOSIS.",
        {("L3-L4", "disc_bulge"): "present", ("L3-L4", "canal_stenosis"): "mild"},
        [],
    ),
    (
        "a short lower-case history line is not wrapped into the next",
        "lumbar mri\nhx: back pain x 6 wks, r/o hnp\nalignment nl. conus nl.\nl4-5: mild bulge.",
        {("L2-L3", "spondylolisthesis"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
    (
        "upper case: 'MILD LEFT AND NO RIGHT'",
        "FINDINGS: AT L2-3 THERE IS MILD LEFT AND NO RIGHT NEURAL FORAMINAL NARROWING.",
        {
            ("L2-L3", "foraminal_stenosis_left"): "mild",
            ("L2-L3", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "alignment and the remaining levels in one sentence",
        "FINDINGS: There is a disc protrusion at L5/S1. The alignment is normal and the remaining "
        "levels are unremarkable.",
        {("L5-S1", "disc_herniation"): "present", ("L2-L3", "canal_stenosis"): "none"},
        [("L5-S1", "disc_bulge")],
    ),
    (
        "'At' before a heading list",
        "FINDINGS:\nAt T12-L1 and L1-L2: There is no disc herniation, central canal or neural "
        "foraminal stenosis.",
        {("T12-L1", "disc_herniation"): "absent", ("L1-L2", "canal_stenosis"): "none"},
        [],
    ),
    (
        "the rest of the lumbar disc levels",
        "Findings:\n- L4-L5: Broad based disc bulge.\n- Rest of the lumbar disc levels appear "
        "unremarkable.",
        {("L4-L5", "disc_bulge"): "present", ("L2-L3", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a relative clause grading its site ('recessus lateralis, which is moderately narrowed')",
        "Segment L5/S1: Left-sided disc herniation with contact to the S1 root on the left in the "
        "recessus lateralis, which is moderately narrowed.",
        {("L5-S1", "subarticular_stenosis_left"): "moderate"},
        [("L5-S1", "subarticular_stenosis_right")],
    ),
    (
        "a grade in parentheses after each site",
        "FINDINGS: L4/5: left posterolateral disc protrusion which narrows the left lateral "
        "recess (moderate) and the left neural foramen (mild).",
        {
            ("L4-L5", "subarticular_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [("L4-L5", "foraminal_stenosis_right")],
    ),
    (
        "the preoperative exam is a prior study",
        "FINDINGS: L5-S1: On the preoperative exam there was a large left L5-S1 disc extrusion. "
        "Postoperative changes; no recurrent disc herniation.",
        {("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a prior finding 'which is no longer appreciated' is absent now",
        "FINDINGS: On the prior examination there was mild bulging of the L3-4 disc, which is no "
        "longer appreciated; the L3-4 level is now unremarkable.",
        {("L3-L4", "disc_bulge"): "absent", ("L3-L4", "canal_stenosis"): "none"},
        [],
    ),
    (
        "a flattened report in capitals: headers after a capital word",
        "EXAM: MRI LUMBAR SPINE WITHOUT CONTRAST CLINICAL HISTORY: FOLLOW-UP OF A LEFT L4-L5 DISC "
        "EXTRUSION. EVALUATE FOR L5-S1 HERNIATION. COMPARISON: 2019. IMPRESSION: 1. THE L4-L5 "
        "EXTRUSION HAS RESOLVED. 2. NO OTHER ABNORMALITY IN THE LUMBAR SPINE.",
        # the history's L5-S1 herniation is no row; 'no other abnormality in the lumbar spine'
        # states the rest normal (a bare 'No other abnormality.' states nothing: sets CF, CL)
        {("L4-L5", "disc_herniation"): "absent", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a poster's question after a flattened report states nothing",
        "IMPRESSION: Mild disc bulge at L3-4 without herniation. So is a bulge worse than an "
        "extrusion? Does anyone know?",
        {("L3-L4", "disc_bulge"): "present", ("L3-L4", "disc_herniation"): "absent"},
        [],
    ),
    (
        "line breaks written out by an export: HL7 '\\.br\\'",
        "FINDINGS:\\.br\\L4/5: Disc bulge.\\.br\\L5/S1: Normal.\\.br\\IMPRESSION: Bulge at L4/5.",
        {("L4-L5", "disc_bulge"): "present", ("L5-S1", "canal_stenosis"): "none"},
        [],
    ),
    (
        "line breaks written out by an export: literal '\\n' and ' ~ '",
        "FINDINGS:\\nL4-5: mild disc bulge.\\nL5-S1: normal. ~ IMPRESSION: ~ Mild L4-5 bulge.",
        {("L4-L5", "disc_bulge"): "present", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a prior Modic type that 'has converted to type 2'",
        "FINDINGS: The previously noted Modic type 1 change at L5/S1 has converted to type 2 signal.",
        {("L5-S1", "modic"): "type2"},
        [],
    ),
    (
        "a graded predicate on one side, another grade on the other",
        "FINDINGS: L4/5: Moderate foraminal narrowing on the left, mild on the right.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a label naming another structure before a bare normal",
        "FINDINGS:\nL1-L2: Normal.\nParaspinal soft tissues: Unremarkable.\nL2-L3: Mild disc bulge.",
        {("L1-L2", "disc_bulge"): "absent", ("L2-L3", "disc_bulge"): "present"},
        [("L2-L3", "disc_herniation")],
    ),
    (
        "common misspellings of finding words",
        "FINDINGS: L3/4 mild disc buldge. L4/5 disc protusion, central.",
        {("L3-L4", "disc_bulge"): "present", ("L4-L5", "disc_herniation"): "present"},
        [],
    ),
    (
        "a side after each level ('at L4-L5 on the right and at L5-S1 bilaterally')",
        "FINDINGS: Mild foraminal narrowing at L4-L5 on the right and at L5-S1 bilaterally.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [("L4-L5", "foraminal_stenosis_left")],
    ),
    (
        "a side before each level ('right at L4-5 and left at L5-S1')",
        "FINDINGS: Moderate foraminal narrowing, right at L4-5 and left at L5-S1. Subarticular "
        "narrowing on the left at L3-4 and on the right at L4-5.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "subarticular_stenosis_left"): "present",
            ("L4-L5", "subarticular_stenosis_right"): "present",
        },
        [
            ("L4-L5", "foraminal_stenosis_left"),
            ("L5-S1", "foraminal_stenosis_right"),
            ("L3-L4", "subarticular_stenosis_right"),
            ("L4-L5", "subarticular_stenosis_left"),
        ],
    ),
    (
        "per-level side and grade after a colon, and a list sharing the last side",
        "FINDINGS: Foraminal stenosis: L4-L5 right mild, L5-S1 bilateral moderate. "
        "Subarticular narrowing at L2-3 and L3-4 (left).",
        {
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
            ("L2-L3", "subarticular_stenosis_left"): "present",
            ("L3-L4", "subarticular_stenosis_left"): "present",
        },
        [
            ("L4-L5", "foraminal_stenosis_left"),
            ("L2-L3", "subarticular_stenosis_right"),
            ("L3-L4", "subarticular_stenosis_right"),
        ],
    ),
    (
        "a side after a level, then a lesion with its own side",
        "FINDINGS: Mild foraminal narrowing at L4-L5 on the right and a left paracentral "
        "protrusion at L5-S1.",
        {("L4-L5", "foraminal_stenosis_right"): "mild", ("L5-S1", "disc_herniation"): "present"},
        [("L4-L5", "foraminal_stenosis_left"), ("L5-S1", "foraminal_stenosis_left")],
    ),
    (
        "a second site after 'and of' takes the first one's predicate and negation",
        "FINDINGS: Mild narrowing of the right neural foramen at L4/5 and of both foramina at "
        "L5/S1. No narrowing of the canal at L2-3 or of the foramina at L3-4.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "none",
        },
        [("L4-L5", "foraminal_stenosis_left")],
    ),
    (
        "an impression numbered inline with no stops ('... narrowing 2) L4-5 ...')",
        "Impression only: 1) L5-S1 broad based disc protrusion with mild bilateral foraminal "
        "narrowing 2) L4-5 mild disc bulge",
        {
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "disc_herniation"): "present",
            ("L4-L5", "disc_bulge"): "present",
        },
        [("L4-L5", "foraminal_stenosis_left"), ("L4-L5", "foraminal_stenosis_right")],
    ),
    (
        "'no (significant) abnormality at L1-2 or L2-3' is the bare-normal set of each level",
        "FINDINGS: No significant abnormality at L1-2 or L2-3. No abnormality is seen at L3-4. "
        "Mild bulge at L4-5.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L4-L5", "disc_bulge"): "present",
        },
        [("L4-L5", "canal_stenosis"), ("L5-S1", "disc_bulge")],
    ),
    (
        "an exception to a normal or negative statement ('patent except at L5-S1, where ...')",
        "FINDINGS: The neural foramina are patent except at L5-S1, where there is moderate "
        "bilateral narrowing. The spinal canal is of normal caliber throughout except for mild "
        "narrowing at L4-5.",
        {
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "an exception with no grade of its own, and a finding at all levels but one",
        "FINDINGS: No canal stenosis except mild stenosis at L4-5. The neural foramina are patent "
        "except at L5-S1. Mild disc bulges at all levels except L5-S1.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "disc_bulge"): "present",
        },
        [
            ("L5-S1", "foraminal_stenosis_left"),
            ("L5-S1", "foraminal_stenosis_right"),
            ("L5-S1", "disc_bulge"),
        ],
    ),
    (
        "'L4/L5 central disc herniation and L5/S1 disc bulge': each finding its leading level",
        "IMPRESSION: L4/L5 central disc herniation and L5/S1 disc bulge as described. "
        "Narrowed L3/L4 & L4/L5 neural foramina. Bulge at L2-3, herniation L1-2.",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L5-S1", "disc_bulge"): "present",
            ("L3-L4", "foraminal_stenosis_left"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "present",
            ("L2-L3", "disc_bulge"): "present",
            ("L1-L2", "disc_herniation"): "present",
        },
        [("L5-S1", "disc_herniation"), ("L4-L5", "disc_bulge"), ("L2-L3", "disc_herniation")],
    ),
    (
        "'Normal discs' under a range heading; 'slipped disc' is a herniation",
        "FINDINGS: T12-L1 to L2-L3: Normal discs. No canal or foraminal narrowing.\n"
        "L4-5: slipped disc touching the nerve.",
        {
            ("T12-L1", "disc_bulge"): "absent",
            ("L2-L3", "disc_herniation"): "absent",
            ("L4-L5", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "fatty marrow change along a level's endplates is Modic type 2",
        "FINDINGS: Fatty marrow change is present along the L3-L4 endplates. Fatty marrow in the "
        "vertebral bodies.",
        {("L3-L4", "modic"): "type2"},
        [],
    ),
    (
        "run-on dictation: 'at L4-5 there is' opens a clause",
        "FINDINGS: at L3-4 there is a mild disc bulge with no canal stenosis and the foramina are "
        "patent at L4-5 there is a right foraminal disc protrusion with moderate right foraminal "
        "stenosis.",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
        },
        [("L4-L5", "canal_stenosis"), ("L4-L5", "foraminal_stenosis_left")],
    ),
]

#: session 28: sets AJ (patients' posts), AK (terse centre reports) and AL (a public-web mix)
SESSION28: list[tuple[str, str, dict[Key, str], list[Key]]] = [
    (
        "'..., both on the left' gives one side to a list of graded levels",
        "FINDINGS: Foraminal stenosis, moderate at L4-5 and severe at L5-S1, both on the left. "
        "Subarticular narrowing at L2-3 (mild) and L3-4 (moderate), both on the right.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "severe",
            ("L2-L3", "subarticular_stenosis_right"): "mild",
            ("L3-L4", "subarticular_stenosis_right"): "moderate",
        },
        [
            ("L4-L5", "foraminal_stenosis_right"),
            ("L5-S1", "foraminal_stenosis_right"),
            ("L3-L4", "subarticular_stenosis_left"),
        ],
    ),
    (
        "'Rest normal.' and 'the others are unremarkable' are the levels not named",
        "FINDINGS: L4-5: mild disc bulge. Rest normal.",
        {("L1-L2", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a typed list's short level-led lines end there; 'no slip' is no spondylolisthesis",
        "my report:\nL4 L5 - broad disc protrusion\nL5 S1 - normal\n"
        "rest of lumbar spine normal, no slip",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L5-S1", "canal_stenosis"): "none",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L3-L4", "spondylolisthesis"): "absent",
        },
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "a wrapped line ending on an open word is not a list line",
        "FINDINGS:\nL3-L4: Mild disc bulge. No\nsignificant canal or foraminal narrowing.",
        {("L3-L4", "canal_stenosis"): "none", ("L3-L4", "foraminal_stenosis_right"): "none"},
        [],
    ),
    (
        "'> L1-L2 and L2-L3:' quoted by a poster is a two-level heading",
        "Pasting my report:\n> L1-L2 and L2-L3: No disc herniation. Canal and foramina are "
        "patent.\n> L3-L4: Mild disc bulge.",
        {
            ("L1-L2", "disc_herniation"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L3-L4", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a report quoted in a post's prose: 'it came back: \"IMPRESSION: Normal ...\"'",
        'Finally had the MRI and it came back: "IMPRESSION: Normal MRI of the lumbar spine." '
        "That's it.",
        {("L1-L2", "canal_stenosis"): "none", ("L4-L5", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'the remaining levels (L1-L2 to L3-L4)' are those levels",
        "FINDINGS: The L4-L5 disc is desiccated. The remaining levels (L1-L2 to L3-L4) are "
        "unremarkable.",
        {("L2-L3", "disc_bulge"): "absent", ("L3-L4", "canal_stenosis"): "none"},
        [("L4-L5", "disc_bulge"), ("L5-S1", "disc_bulge")],
    ),
    (
        "'OLD MRI (March 2019), impression only:' heads an older study",
        "OLD MRI (March 2019), impression only:\n1. Severe right subarticular stenosis at "
        "L5-S1.\n\nNEW MRI (Sept 2023):\nL5-S1: small left protrusion.",
        {("L5-S1", "disc_herniation"): "present"},
        [("L5-S1", "subarticular_stenosis_right")],
    ),
    (
        "a template field and its empty value: 'Spondylolisthesis: none.', 'Disc herniation: nil'",
        "FINDINGS:\n- L4-L5: disc bulge.\n- Spondylolisthesis: none.\nDisc herniation: nil.",
        {
            ("L4-L5", "spondylolisthesis"): "absent",
            ("L1-L2", "spondylolisthesis"): "absent",
            ("L4-L5", "disc_herniation"): "absent",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "'LCS' / 'LSCS' are (lumbar spinal) canal stenosis",
        "MRI LS SPINE\nL4/5 PIVD with severe LCS. L3/4 mild LSCS.",
        {("L4-L5", "canal_stenosis"): "severe", ("L3-L4", "canal_stenosis"): "mild"},
        [],
    ),
    (
        "'other levels normal' is not of a level named in its own sentence",
        "MRI says L5 S1 disc herniation with severe right foraminal stenosis, other levels normal.",
        {("L5-S1", "disc_herniation"): "present", ("L3-L4", "canal_stenosis"): "none"},
        [("L5-S1", "canal_stenosis"), ("L5-S1", "disc_bulge")],
    ),
    (
        "'my old mri from 2020 showed ..., and now they ...': the old study's, not current",
        "impression: l4-5 small central protrusion. my old mri from 2020 showed a small bulge at "
        "l3-4 and now they dont even mention it",
        {("L4-L5", "disc_herniation"): "present"},
        [("L3-L4", "disc_bulge")],
    ),
    (
        "a poster's question in the first person is not read unless it names its level",
        "IMPRESSION: Mild canal stenosis at L4-5. --- the doc told me the stenosis is mild but "
        "the impression says moderate??\nAlso my mri says a small bulge at L2-3, is that bad?",
        {("L4-L5", "canal_stenosis"): "mild", ("L2-L3", "disc_bulge"): "present"},
        [("L2-L3", "canal_stenosis")],
    ),
]

SESSION28 += [  # sets AM (patients' posts), AN (transcription samples), AO (South Asian centres)
    (
        "'discs normal in height, signal and contour' are the disc findings of those discs",
        "FINDINGS: L4-5: small protrusion. Other lumbar discs are normal in height, signal and "
        "contour.",
        {("L2-L3", "disc_bulge"): "absent", ("L5-S1", "disc_herniation"): "absent"},
        [("L2-L3", "canal_stenosis"), ("L5-S1", "foraminal_stenosis_left")],
    ),
    (
        "'foramina at L4-L5 show mild narrowing': a level and 'show' between site and state",
        "FINDINGS:\n- Bilateral neural foramina at L4-L5 show mild narrowing.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a poster's question opening with 'So'; a report quoted in single quotes",
        "Mine just said 'MRI lumbar spine: Normal study. No disc prolapse.' and the GP "
        "discharged me. So no 'slipped disc' at L5-S1 then?",
        {("L3-L4", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a level heading inside run-on text ends the sentence before it, not a range",
        "FINDINGS:Conus normal.L1-2:no significant abnormality L2-3: no significant abnormality "
        "L3-4: mild disc bulge without canal stenosis T12-L1 through L1-L2: normal discs.",
        {
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "present",
            ("T12-L1", "disc_bulge"): "absent",
        },
        [("L3-L4", "foraminal_stenosis_left")],
    ),
    (
        "'the higher lumbar levels' after the lower ones are the levels not named",
        "FINDINGS: At L5/S1 there is a central protrusion. At L4/5 there is a broad-based disc "
        "bulge. The higher lumbar levels are normal.",
        {("L1-L2", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [("L4-L5", "canal_stenosis"), ("L5-S1", "disc_bulge")],
    ),
    (
        "'at both levels' after two sentences naming one level each is of those two",
        "FINDINGS: At L4/5 there is a broad based disc bulge. At L5/S1 there is a small right "
        "paracentral protrusion. The canal is of normal calibre at both levels.",
        {("L4-L5", "canal_stenosis"): "none", ("L5-S1", "canal_stenosis"): "none"},
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "fatty marrow change along 'the inferior L5 endplate' is Modic type 2 at L5-S1",
        "FINDINGS: Fatty marrow change along the inferior L5 endplate.",
        {("L5-S1", "modic"): "type2"},
        [],
    ),
]

SESSION28 += [  # probes written while AP-AR were being written
    (
        "'Rest levels appear normal' (no 'of the')",
        "Results: At L4-L5 level there is disc bulge. Rest levels appear normal.",
        {("L1-L2", "canal_stenosis"): "none", ("L5-S1", "disc_bulge"): "absent"},
        [],
    ),
    (
        "a comma series of three levels after 'at' is one list; 'at all three levels' is of it",
        "findings are disc dessication at l3-4,l4-5,l5-s1 with disc bulges at all three levels, "
        "no significant stenosis",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L5-S1", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "none",
        },
        [("L1-L2", "disc_bulge"), ("L2-L3", "canal_stenosis")],
    ),
]

SESSION28 += [  # sets AP (posts by non-native writers), AQ (a public-web mix), AR (quoted reports)
    (
        "'Foramina without stenosis.': the site's own state, not the canal's",
        "FINDINGS: L5-S1: protrusion. Foramina without stenosis. L4-L5: bulge. Intervertebral "
        "foramina without narrowing.",
        {
            ("L5-S1", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [("L5-S1", "canal_stenosis"), ("L4-L5", "canal_stenosis")],
    ),
    (
        "translated wording: 'conjugation foramina', 'reduction of the width of the lateral "
        "recesses', 'nothing to report', 'Alignment correct'",
        "MRI LUMBOSACRAL SPINE\nAlignment correct.\nL3-L4: bulging determining reduction of the "
        "width of the lateral recesses.\nL4-L5: protrusion with moderate stenosis of the canal "
        "and of the conjugation foramina bilaterally.\nL5-S1: nothing to report.",
        {
            ("L2-L3", "spondylolisthesis"): "absent",
            ("L3-L4", "subarticular_stenosis_left"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "'the left neural foramen may be mildly narrowed': a hedge after the site",
        "FINDINGS:\nL5-S1: Small left foraminal protrusion. The left neural foramen may be mildly "
        "narrowed. The right neural foramen is patent.",
        {
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "'at either level' after two sentences naming one level each",
        "FINDINGS: The L4-5 bulge is still present. L5-S1 small protrusion. No canal stenosis at "
        "either level.",
        {("L4-L5", "canal_stenosis"): "none", ("L5-S1", "canal_stenosis"): "none"},
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "'At L2-L3 and L3-L4, there is no significant abnormality.' is a bare normal",
        "FINDINGS: L4-5: bulge. At L2-L3 and L3-L4, there is no significant abnormality.",
        {("L2-L3", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'Type 2 change at the anterior inferior L3 endplate' is Modic type 2 at L3-L4",
        "FINDINGS: Modic type 1 change at L5-S1. Type 2 change at the anterior inferior L3 "
        "endplate.",
        {("L5-S1", "modic"): "type1", ("L3-L4", "modic"): "type2"},
        [],
    ),
]

SESSION28 += [  # sets AS (US posts), AT (UK / Irish / Australian posts), AU (a public-web mix)
    (
        "'2017 impression: \"...\"' then '2024 impression: \"...\"': the newest study only",
        "Comparing my 2017 MRI to this year's:\n\n2017 impression: \"Small right foraminal disc "
        'protrusion at L3-4."\n\n2024 impression: "L4-5: moderate central canal stenosis."',
        {("L4-L5", "canal_stenosis"): "moderate"},
        [("L3-L4", "disc_herniation")],
    ),
    (
        "'OLD (Nov 2016, before my op):' then an undated 'NEW (last month):'",
        'OLD (Nov 2016, before my op):\n"Large left L5/S1 extrusion causing moderate canal '
        'stenosis."\n\nNEW (last month):\n"At L5/S1 there is a small recurrent left protrusion. '
        'No canal stenosis. Review 2026."',
        {("L5-S1", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "present"},
        [],
    ),
    (
        "'Back in 2019 an MRI showed ...' in a post is a prior study",
        "MRI lumbar spine: L4-5 broad disc bulge. Back in 2019 an MRI showed a small herniation "
        "at L3-4 but it never bothered me.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L3-L4", "disc_herniation")],
    ),
    (
        "'discs of normal height and signal' names no bulge; 'from L1 to L4' are three levels",
        "FINDINGS: L4-5: bulge. The remaining discs are of normal height and signal and there is "
        "no disc herniation at the other levels. The levels from L1 to L4 are normal.",
        {("L2-L3", "disc_herniation"): "absent", ("L3-L4", "canal_stenosis"): "none"},
        [("L5-S1", "disc_bulge")],
    ),
    (
        "'L4/5 bulge, L5/S1 protrusion, no stenosis at either level': both levels",
        'MRI says "L4/5 mild diffuse bulge, L5/S1 left paracentral protrusion, no significant '
        'canal or foraminal stenosis at either level."',
        {
            ("L4-L5", "canal_stenosis"): "none",
            ("L5-S1", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "'L4-5 and L5-S1 disc bulges with ... narrowing at L5-S1': the bulges keep their levels",
        "My report says 'L4–5 and L5–S1 disc bulges with mild bilateral foraminal narrowing at "
        "L5–S1. No canal stenosis at any level.' and the nerve exit holes at L3/4 are fine",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L5-S1", "disc_bulge"): "present",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
        },
        [("L4-L5", "foraminal_stenosis_left")],
    ),
]

SESSION28 += [  # sets AV (phone-typed posts), AW (Middle East / North Africa centres), AX (a mix)
    (
        "'old one (2021) said ...' then 'new one says:': the newest study only; 'is gone'",
        "had a new mri because the pain came back\nold one (2021) said mild disc bulge at l3-4, "
        "small protrusion l5-s1, no stenosis\nnew one says:\nl4-5 bulge with moderate left "
        "foraminal narrowing\nl5-s1 protrusion is gone!!",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "disc_herniation"): "absent",
        },
        [("L3-L4", "disc_bulge"), ("L5-S1", "canal_stenosis")],
    ),
    (
        "'Elsewhere no significant abnormality.'; 'it also says 'the remaining ...''",
        "'L5/S1: Small central protrusion. L4/5: Minimal bulge.\nElsewhere no significant "
        "abnormality.'\nit also says 'the remaining lumbar levels are normal'",
        {("L2-L3", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "a long level-led typed line ends before 'no canal stenosis at any level'",
        "mri says\nl5-s1 suspected small right sided herniation, mild right foraminal narrowing\n"
        "no canal stenosis at any level",
        {("L5-S1", "foraminal_stenosis_right"): "mild", ("L2-L3", "canal_stenosis"): "none"},
        [("L2-L3", "foraminal_stenosis_right")],
    ),
    (
        "'nil' negates; 'stenois'; 'L5-S1: mild facet arthropathy, otherwise normal'",
        "FINDINGS:\nL3/4 slight bulge, nil canal or foraminal stenosis\nL4/5 severe spinal "
        "stenois\nL5-S1: mild facet arthropathy, otherwise normal",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L5-S1", "disc_bulge"): "absent",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "'Rest of the examined levels are unremarkable'; 'PID'",
        "MRI L.S. SPINE\nFindings:\n1. L4-5: right paramedian PID.\n2. Rest of the examined "
        "levels are unremarkable.",
        {("L4-L5", "disc_herniation"): "present", ("L2-L3", "canal_stenosis"): "none"},
        [],
    ),
    (
        "quoted findings joined by 'and': '\"... severe spinal stenosis\" and \"L5-S1 ...\"'",
        'MRI says "L4-L5 disc herniation with severe spinal stenosis" and "L5-S1 mild bulge".',
        {("L4-L5", "canal_stenosis"): "severe", ("L5-S1", "disc_bulge"): "present"},
        [("L5-S1", "canal_stenosis")],
    ),
]

SESSION28 += [  # sets AY (phone-typed posts) and AZ (partial reports in posts)
    (
        "a post typed a statement per line: no line runs into the next",
        "my report:\ngrade 1 anterolisthesis L4 on L5\nsevere bilateral foraminal stenosis at "
        "l4-5, right worse than left\nmoderate central canal stenosis l4-5\nl3-4 and l5-s1 are "
        "unremarkable",
        {
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L5-S1", "disc_bulge"): "absent",
        },
        [],
    ),
    (
        "'whats modic' is a question without its mark; 'The remainder of the lumbar spine'",
        "The letter says: 'L5/S1 protrusion with Modic type 1 change. The remainder of the lumbar "
        "spine is normal.'\nwhats modic\nand she said all the other levels were normal",
        {("L5-S1", "modic"): "type1", ("L2-L3", "canal_stenosis"): "none"},
        [],
    ),
    (
        "'in 2019 I had an MRI that showed ...' is a prior study; a study normal with 'no ...'",
        "Background: in 2019 I had an MRI that showed an L5-S1 extrusion. New one:\nMRI LS spine: "
        "normal study, no disc bulge no canal stenosis.",
        {("L5-S1", "disc_herniation"): "absent", ("L3-L4", "foraminal_stenosis_left"): "none"},
        [],
    ),
]

SESSION29: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets BA-BH
    (
        "'moderate left foraminal stenosis, mild right': the other side's grade",
        "FINDINGS: L4-L5: Moderate left neural foraminal stenosis, mild right. "
        "L5-S1: severe right foraminal narrowing, moderate left.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "severe",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "'narrowing moderate on the left. the right is ok.' ('forminal', a poster's typo)",
        "L5S1 disc bulge, mild facet arthropathy, forminal narrowing moderate on the left. "
        "the right is ok.",
        {
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "translated 'light stenosis' and 'Foramina conserved'; 'alignmnet'",
        "Report: Normal lumbar lordosis and alignmnet.\nL5-S1: Broad-based central discal "
        "protrusion which reduces the canal, light stenosis. Foramina conserved.",
        {
            ("L5-S1", "canal_stenosis"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "none",
            ("L2-L3", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "'Other lumbar disc show no herniation' leaves out the levels described",
        "- L4-L5 disc show diffuse bulge with left foraminal encroachment.\n- L5-S1 disc show "
        "central protrusion.\n- Other lumbar disc show no herniation.",
        {("L3-L4", "disc_herniation"): "absent", ("L5-S1", "disc_herniation"): "present"},
        [("L4-L5", "disc_herniation")],
    ),
    (
        "'Previous MRI (dated 10/12/2020) report reads: \"...\"' is the older study",
        'Date: 21/9/2023\nPrevious MRI (dated 10/12/2020) report reads: "L4-L5 central disc '
        'herniation with moderate canal stenosis. L5-S1 disc bulge."\n\nCurrent study:\n'
        "- The L4-L5 disc herniation is again seen, causing severe canal stenosis.\n"
        "- L5-S1 disc is now showing left paracentral protrusion.",
        {("L4-L5", "canal_stenosis"): "severe", ("L5-S1", "disc_herniation"): "present"},
        [("L5-S1", "disc_bulge")],
    ),
    (
        "'OLD one (March 2019):' then 'NEW one (last Tuesday):': one year is enough",
        "OLD one (March 2019):\nL5-S1: Small central disc protrusion, no stenosis.\n\n"
        "NEW one (last Tuesday):\nL5-S1: The previously seen central protrusion is no longer "
        "visualized. Mild disc bulge.",
        {("L5-S1", "disc_herniation"): "absent", ("L5-S1", "disc_bulge"): "present"},
        [],
    ),
    (
        "'The other levels are normal, it says.' and 'Rest normal both times.'",
        "The L5-S1 disc is bulging slightly. The other levels are normal, it says.\n"
        "2024: L4-L5 mild bulge. Rest normal both times.",
        {("L1-L2", "canal_stenosis"): "none", ("L3-L4", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'with no neural compromise and a minor L4/5 disc bulge': 'and a' ends the negation",
        "MRI showed a small central L5/S1 disc protrusion with no neural compromise and a minor "
        "L4/5 disc bulge. L3/4: no stenosis and no bulge.",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L5-S1", "disc_herniation"): "present",
            ("L3-L4", "disc_bulge"): "absent",
        },
        [],
    ),
    (
        "a level after a double space in a flattened report starts a statement",
        "FINDINGS: l4 l5 - disc bulge with a small central protrusion, no nerve root compression"
        "  L5S1 disc bulge, mild facet arthropathy.",
        {("L5-S1", "disc_bulge"): "present", ("L4-L5", "disc_herniation"): "present"},
        [],
    ),
    (
        "'no ... stenosis anywhere' is a blanket",
        "mri back, says mild disc bulges l3 to s1, no significant spinal or foraminal stenosis "
        "anywhere.",
        {("L1-L2", "canal_stenosis"): "none", ("L2-L3", "foraminal_stenosis_right"): "none"},
        [],
    ),
    (
        "an emoji ends a phone post's statement",
        "mri say L4L5 prolapse disc with severe spinal canal stenosis \U0001f62d L5S1 also bulging "
        "a bit.",
        {("L4-L5", "canal_stenosis"): "severe", ("L5-S1", "disc_bulge"): "present"},
        [("L5-S1", "canal_stenosis")],
    ),
    (
        "', otherwise normal lumbar spine' after a finding: the levels not described",
        "report says small disc protrusion at the lumbosacral level touching the right S1 root, "
        "otherwise normal lumbar spine.",
        {("L2-L3", "canal_stenosis"): "none", ("L4-L5", "disc_bulge"): "absent"},
        [],
    ),
    (
        "a level's 'small bulge, otherwise normal' stays that level's",
        "FINDINGS: L4-5: small bulge, otherwise normal.",
        {("L4-L5", "canal_stenosis"): "none", ("L4-L5", "disc_bulge"): "present"},
        [("L2-L3", "canal_stenosis")],
    ),
    (
        "remarks on people in general are no findings",
        "L4-5: left paracentral disc extrusion. L5-S1: mild bulge. Extrusions often shrink by "
        "themselves over 6-12 months, mine did. Would love to hear from anyone whose herniation "
        "reabsorbed.",
        {("L4-L5", "disc_herniation"): "present"},
        [("L5-S1", "disc_herniation")],
    ),
    (
        "a typed-by-line post with one line of the poster's own sentences",
        "my report:\ngrade 1 anterolisthesis L4 on L5\nsevere bilateral foraminal stenosis at "
        "l4-5, right worse than left\nmoderate central canal stenosis l4-5\nl3-4 and l5-s1 are "
        "unremarkable\nsurgeon wants to do L4-L5 fusion in march. scared",
        {
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L4-L5", "canal_stenosis"): "moderate",
        },
        [],
    ),
    (
        "a comma list of levels leading its line; 'worse at' does not take the finding",
        "Result says\n- L3-L4, L4-L5 diffuse disc bulge with bilateral neural foraminal "
        "narrowing, worse at L4-L5\n- L3-L4, L4-L5 and L5-S1 diffuse disc bulges.",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "foraminal_stenosis_left"): "present",
            ("L5-S1", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a bulleted 'at L4-L5 and L5-S1' before the next bullet is one list",
        "My MRI result:\n- Mild bilateral neural foraminal narrowing at L4-L5 and L5-S1\n"
        "- No central canal stenosis",
        {
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'the 2020 one said ...' and '(had one in 2021 too, that one just said ...)' are prior",
        "(had one in 2021 too, that one just said L3-L4 mild bulge)\nso comparing my two scans, "
        "the 2020 one said L5-S1 large central disc protrusion with moderate canal narrowing. the "
        "new one says the L5-S1 protrusion has reduced in size, no canal stenosis.",
        {("L5-S1", "canal_stenosis"): "none"},
        [("L3-L4", "disc_bulge")],
    ),
    (
        "'moderate facet arthropathy w small effusions, mild central stenosis': 'w' is 'with'",
        "L4-L5 moderate facet arthropathy w small effusions, mild central stenosis, foramina ok",
        {("L4-L5", "canal_stenosis"): "mild", ("L4-L5", "foraminal_stenosis_left"): "none"},
        [],
    ),
    (
        "'multilevel spondylosis no high grade canal stenosis': a blanket negation",
        "L2-L3 minimal bulge\nimpression says mild multilevel spondylosis no high grade canal "
        "stenosis.",
        {("L1-L2", "canal_stenosis"): "none", ("L4-L5", "canal_stenosis"): "none"},
        [],
    ),
    (
        "'edema-like signal along the L3-4 endplates' is Modic type 1",
        "L3-L4: Inflammatory (type 1) edema-like signal along the L3-4 endplates. "
        "Edema-like marrow signal at the inferior L4 endplate.",
        {("L3-L4", "modic"): "type1", ("L4-L5", "modic"): "type1"},
        [],
    ),
    (
        "'Alignment and vertebral body heights are stable and normal'",
        "FINDINGS: Alignment and vertebral body heights are stable and normal. Mild bulge at L4-5.",
        {("L2-L3", "spondylolisthesis"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
    (
        "a line's short last sentence ends before a line opening a statement",
        "L4-5: diffuse disc bulge, mild canal stenosis\nL5-S1: diffuse disc bulge with left "
        "paramedian protrusion causing compression of left traversing nerve root. Left lateral "
        "recess narrowing present\nother levels normal\nDoctor advised bed rest.",
        {("L5-S1", "subarticular_stenosis_left"): "present", ("L2-L3", "canal_stenosis"): "none"},
        [("L2-L3", "subarticular_stenosis_left")],
    ),
]

SESSION29 += [  # sets BI-BL
    (
        "'Disc normal.' with no verb is the disc's findings only",
        "FINDINGS:\nT12-L1: Small Schmorl's node superior endplate L1. Disc normal.\n"
        "L5-S1: Bilateral facet arthropathy. Disc normal.",
        {("T12-L1", "disc_bulge"): "absent", ("L5-S1", "disc_herniation"): "absent"},
        [("T12-L1", "canal_stenosis"), ("L5-S1", "foraminal_stenosis_left")],
    ),
    (
        "'No other malalignment.' after a named listhesis",
        "Findings: There is a 3mm retrolisthesis of L3 on L4. No other malalignment.",
        {("L3-L4", "spondylolisthesis"): "present", ("L5-S1", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "'the nerve holes on both sides are narrowed'; posters' misspellings",
        "He says the nerve holes on both sides are narrowed at L4-L5.\nL3-L4: mild disc buldge, "
        "no stenossis of the canal, small central protruson\nL5-S1: mild foramenal narowing, "
        "listesis grade 1 of L5 over S1",
        {
            ("L4-L5", "foraminal_stenosis_right"): "present",
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "disc_herniation"): "present",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "spondylolisthesis"): "present",
        },
        [],
    ),
    (
        "'The remaining levels look healthy.'",
        "Her MRI scan shows a moderate sized left sided L5/S1 disc prolapse. The remaining levels "
        "look healthy.",
        {("L2-L3", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "present"},
        [],
    ),
    (
        "'First one 2020 said ...' is the older study",
        "I have 2 MRI. First one 2020 said only l4 l5 disc bulge mild, L5-S1 normal. Now new MRI "
        "this month (2024) the result is:\n- L5-S1 disc bulge with right paracentral extrusion",
        {("L5-S1", "disc_herniation"): "present"},
        [("L4-L5", "disc_bulge"), ("L5-S1", "canal_stenosis")],
    ),
    (
        "no disc level across a line break before a dash ('over S1\\n- L3-L4')",
        "- Grade 1 retrolisthesis L5 over S1\n- L3-L4 mild disc bulge, no canal stenosis",
        {("L3-L4", "disc_bulge"): "present", ("L3-L4", "canal_stenosis"): "none"},
        [("L1-L2", "canal_stenosis")],
    ),
    (
        "two levels after 'at' before 'with', and two ending a line, are lists",
        "Findings:\n- Disc bulging at L3-4, L4-5 with mild narrowing both neural formen.\n"
        "Kesan:\n- Bulging disc L3L4, L4L5\n- Spondylosis lumbalis",
        {
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "'Neural foramina are open.'; 'Lumbar spine MRI within normal limits.'",
        "In the L5-S1 disc central extrusion is observed. Neural foramina are open.\n\n"
        "Impresion: Lumbar spine MRI within normal limits.",
        {("L5-S1", "foraminal_stenosis_left"): "none", ("L2-L3", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'The other discs are without particularity.' is the disc's findings only",
        "L4-L5: posterior median protrusion.\nThe other discs are without particularity.",
        {("L2-L3", "disc_bulge"): "absent", ("L2-L3", "disc_herniation"): "absent"},
        [("L2-L3", "foraminal_stenosis_left"), ("L2-L3", "canal_stenosis")],
    ),
    (
        "a poster's guess at a finding the report missed",
        "minor disc bulges L3-4 and L45 without significant canal stenosis. I'm convinced there's "
        "a prolapse at L5/S1 they've missed because my pain is exactly S1.",
        {("L3-L4", "disc_bulge"): "present"},
        [("L5-S1", "disc_herniation")],
    ),
]

SESSION29 += [  # sets BM-BP
    (
        "'IVDP' is a herniation; 'at each level' after named levels is those levels",
        "Findings:\n* Posterocentral IVDP at L4/5 level indenting the thecal sac.\n"
        "Mild degenerative disc disease at L2-L3 and L3-L4 with small disc bulges at each level.",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L2-L3", "disc_bulge"): "present",
            ("L3-L4", "disc_bulge"): "present",
        },
        [("L1-L2", "disc_bulge"), ("L5-S1", "disc_bulge")],
    ),
    (
        "a post whose MRI 'came back completely normal'",
        "lumbar mri came back completely normal \U0001f937 still cant sit for more than 10 mins",
        {("L3-L4", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a spine report naming no region is read as lumbar",
        "mri results: 'mild multilevel degenerative disc disease. no significant canal or "
        "foraminal stenosis at any level. no disc herniation. alignment maintained.'",
        {("L2-L3", "canal_stenosis"): "none", ("L4-L5", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "'the mri before the op showed ...' is a prior study; 'stenosys'",
        "the mri before the op showed a massive right sided extrusion at L4/5.\nnew mri says no "
        "recurrent disc herniation at L4-5, no canal stenosys.",
        {("L4-L5", "disc_herniation"): "absent", ("L4-L5", "canal_stenosis"): "none"},
        [],
    ),
    (
        "'2021 MRI LS SPINE: ...' then 'Now 2024 MRI LS SPINE (after ...):'",
        "2021 MRI LS SPINE: L5-S1 disc bulge.\n\nNow 2024 MRI LS SPINE (after 3 years of pain):\n"
        "L5-S1: Previously noted disc bulge is not seen now.",
        {("L5-S1", "disc_bulge"): "absent"},
        [],
    ),
    (
        "a quoted report of several sentences ends at its closing quote",
        'sharing my mri result pls help "L2-3 disc bulge with mild spinal canal stenosis. L5-S1 is '
        'unremarkable" nagwoworry po ako kasi 28 lang ako',
        {("L5-S1", "canal_stenosis"): "none", ("L2-L3", "canal_stenosis"): "mild"},
        [],
    ),
    (
        "headings left untranslated ('Hallazgos:', 'Impresión:')",
        "Hallazgos:\nL4-L5: small central protrusion.\nImpresión:\nL5-S1 moderate canal stenosis.",
        {("L4-L5", "disc_herniation"): "present", ("L5-S1", "canal_stenosis"): "moderate"},
        [],
    ),
]

SESSION29 += [  # sets BQ-BT
    (
        "'Bilateral ... L4/5 and L5/S1, severe on the left at L5/S1' grades one side only",
        "FINDINGS: Bilateral foraminal stenosis L4/5 and L5/S1, severe on the left at L5/S1.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "present",
            ("L5-S1", "foraminal_stenosis_left"): "severe",
            ("L5-S1", "foraminal_stenosis_right"): "present",
        },
        [],
    ),
    (
        "'Diffuse disc bulges at these levels' after a range, before another level",
        "Findings:\nMultilevel degenerative disc disease L2/3 to L5/S1 with disc desiccation. Diffuse "
        "disc bulges at these levels with facet arthropathy, causing moderate canal stenosis at "
        "L3/4 and L4/5.",
        {("L2-L3", "disc_bulge"): "present", ("L5-S1", "disc_bulge"): "present"},
        [],
    ),
    (
        "a level line before the poster's question line ends there",
        "impression: HNP at L4-L5 and L5S1 right paracentral. L3-L4 normal\napakah harus "
        "operasi dok? umur saya 34",
        {("L3-L4", "canal_stenosis"): "none", ("L4-L5", "disc_herniation"): "present"},
        [],
    ),
    (
        "'normal study, no disc bulge ... but i have severe pain': the poster's clause",
        "mri lumbar spine done today report says normal study, no disc bulge no nerve compression "
        "but i have severe pain in back since 3 months",
        {("L2-L3", "canal_stenosis"): "none", ("L4-L5", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'first one 2022 in Rawalpindi said ...' is prior; 'alignmnt', 'extursion'",
        "my father had 2 mri. first one 2022 in Rawalpindi said L3/4 mild canal stenosis. new one "
        "says 'L4/5 disc extursion causing severe canal stenosis.' Vertebral alignmnt is normal.",
        {("L4-L5", "disc_herniation"): "present", ("L2-L3", "spondylolisthesis"): "absent"},
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "'my 2023 MRI said ...' then a dated 'New one (Sept 2024):' heading",
        "my 2023 MRI said 'L5-S1: Large disc extrusion with moderate central canal stenosis.'\n\n"
        "New one (Sept 2024):\nL5-S1: small residual protrusion. No central canal stenosis.",
        {("L5-S1", "canal_stenosis"): "none"},
        [],
    ),
    (
        "a field led by a level ('L3/L4 foramina: moderate-severe bilaterally')",
        "MRI L-spine:\n- L3/L4 foramina: moderate-severe bilaterally\n- l5-s1 foramina: R moderate, "
        "L mild narrowing",
        {
            ("L3-L4", "foraminal_stenosis_left"): "severe",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
]

SESSION29 += [  # sets BU-BW
    (
        "'the mri before surgery showed ...' is a prior study",
        "6 weeks post microdiscectomy L5S1. the mri before surgery showed a massive extrusion at "
        "l5s1 squashing the nerve. new mri today says no recurrent disc herniation.",
        {("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a line ends before a line opening a statement ('... at this level\\nrest normal')",
        "report says:\nl5s1 - large central disc extrusion. there is also type 1 modic change at "
        "this level\nrest normal\n\nis this bad??",
        {("L5-S1", "modic"): "type1", ("L2-L3", "canal_stenosis"): "none"},
        [("L2-L3", "modic")],
    ),
    (
        "'slight constriction of the spinal canal' (translated)",
        "Segment L4/5: Broad-based disc protrusion with slight constriction of the spinal canal.",
        {("L4-L5", "canal_stenosis"): "mild"},
        [],
    ),
]

SESSION30: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets BX-CA
    (
        "'Other lumber discs normal': the misspelt 'lumber' is a remaining-levels scope",
        "MRI LUMBER SPINE\nL4/L5 - Posterocentral disc herniation.\nL5/S1 - Disc buldge.\n"
        "Other lumber discs normal.",
        {("L3-L4", "disc_bulge"): "absent", ("L4-L5", "disc_herniation"): "present"},
        [("L4-L5", "disc_bulge"), ("L5-S1", "disc_herniation")],
    ),
    (
        "'Listhesis not detected.': a negation ending its sentence (translated templates)",
        "MRI of the lumbosacral spine\nListhesis not detected.\nHernia of disc L4-L5 not "
        "detected.\nDorsal protrusion of disc L5-S1.",
        {
            ("L3-L4", "spondylolisthesis"): "absent",
            ("L4-L5", "disc_herniation"): "absent",
            ("L5-S1", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "'Lumbar sequence normal' is the alignment (Chinese templates)",
        "Findings: Lumbar sequence normal, physiological curvature exists. L4/5 disc bulges.",
        {("L2-L3", "spondylolisthesis"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
    (
        "'of good capacity throughout' is no stenosis at every level",
        "Findings: Small posterior disc bulge at L4/5 without neural compromise. The spinal "
        "canal and exit foramina are of good capacity throughout.",
        {("L1-L2", "canal_stenosis"): "none", ("L4-L5", "foraminal_stenosis_left"): "none"},
        [],
    ),
    (
        "'The rest of your lumbar spine looks healthy' (a clinic letter)",
        "Your MRI scan shows a right sided disc prolapse at the lumbosacral junction. The rest "
        "of your lumbar spine looks healthy.",
        {("L5-S1", "disc_herniation"): "present", ("L2-L3", "canal_stenosis"): "none"},
        [("L5-S1", "disc_bulge")],
    ),
    (
        "'L5/S1 and upper levels normal': the upper lumbar levels",
        "L4/5: New right foraminal disc protrusion. L5/S1 and upper levels normal.",
        {("L5-S1", "disc_bulge"): "absent", ("L1-L2", "canal_stenosis"): "none"},
        [("L4-L5", "disc_bulge")],
    ),
    (
        "'Conus: Terminates at L1-2. Normal.' speaks of the conus, not the study",
        "FINDINGS:\nConus: Terminates at L1-2. Normal.\nL4-L5: Mild disc bulge.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L1-L2", "disc_bulge"), ("L5-S1", "disc_herniation")],
    ),
    (
        "'Foramina with slight narrowing.': a site opening its clause, then its state",
        "L4-L5: circumferential disc bulge. Foramina with slight narrowing.\nL5-S1: no changes.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "disc_bulge"): "absent",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'no significant central stenosis and patent foramina': the negation ends at 'and patent'",
        "At L4-L5 the extrusion is now a small protrusion with no significant central stenosis "
        "and patent foramina.",
        {("L4-L5", "canal_stenosis"): "none", ("L4-L5", "foraminal_stenosis_right"): "none"},
        [],
    ),
    (
        "'bluge' is a bulge",
        "L2-3: Mild diffuse disc bluge. The canal and foramina are patent.",
        {("L2-L3", "disc_bulge"): "present"},
        [],
    ),
    (
        "prose: 'First one (2019): ...' then 'New MRI last month, impression: ...'",
        "So I've had two MRIs. First one (2019):\n\"L4-L5: large central disc extrusion causing "
        'severe central canal stenosis."\nNew MRI last month, impression:\n"No recurrent '
        'disc herniation at L4-L5. Mild residual central canal narrowing at L4-L5."',
        {("L4-L5", "canal_stenosis"): "mild", ("L4-L5", "disc_herniation"): "absent"},
        [],
    ),
    (
        "prose: '[Original post, Sept 2022] ...' then 'UPDATE Oct 2023: ...'",
        "[Original post, Sept 2022] MRI summary: L5-S1 large left paracentral disc extrusion "
        "with severe left subarticular stenosis.\n\nUPDATE Oct 2023: had the op last Nov. New "
        "MRI:\nFINDINGS: No recurrent disc herniation at L5-S1. L4-L5: Mild disc bulge.",
        {("L5-S1", "disc_herniation"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [("L5-S1", "subarticular_stenosis_left")],
    ),
    (
        "prose: 'First scan (Feb 2023) said: ...' then 'Repeat scan last week ...'",
        'Update on my L4/5 saga. First scan (Feb 2023) said:\n"L4/5 central disc protrusion '
        'causing moderate central canal stenosis."\n\nRepeat scan last week after 10 months '
        "of physio. Report:\nL4/5: interval regression of the protrusion. No significant "
        "central canal stenosis now.",
        {("L4-L5", "canal_stenosis"): "none"},
        [],
    ),
    (
        "numbered studies: 'MRI #1 (...): ...' then 'MRI #2 (...): ...'",
        "MRI #1 (outside, 2 yrs ago): small central L4-5 protrusion, no stenosis. Mild left "
        "foraminal narrowing at L5-S1.\n\nMRI #2 (ours, day of admission):\n- L4-5: massive "
        "central extrusion with severe central canal stenosis.\n- L1-2 to L3-4 normal.",
        {("L4-L5", "canal_stenosis"): "severe", ("L2-L3", "disc_bulge"): "absent"},
        [("L5-S1", "foraminal_stenosis_left")],
    ),
    (
        "a report's 'Previous MRI ...' and 'Repeat MRI is recommended' exclude nothing",
        "COMPARISON:\nPrevious MRI from 2019.\nFINDINGS:\nL4-L5: Moderate central canal "
        "stenosis.\nIMPRESSION: Repeat MRI is recommended in 6 months.",
        {("L4-L5", "canal_stenosis"): "moderate"},
        [],
    ),
]

SESSION30 += [  # sets CB-CE
    (
        "'bilateral foraminal narrowing L4/5 mild.': a grade after the level ends the clause",
        "multilevel degenerative changes, bilateral foraminal narrowing L4/5 mild.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "'normal mri study of lumbosacral spine' (no 'the') is a normal study",
        "impression: normal mri study of lumbosacral spine. no disc herniation seen",
        {("L3-L4", "canal_stenosis"): "none", ("L2-L3", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'had mri 2019 and it showed ...' is the older study",
        "my mother had mri 2019 and it showed L4-L5 mild bulge only. now 2024 she had new mri "
        "the result is L4-L5 disc protrusion w/ moderate spinal canal stenosis",
        {("L4-L5", "disc_herniation"): "present", ("L4-L5", "canal_stenosis"): "moderate"},
        [("L4-L5", "disc_bulge")],
    ),
    (
        "'my 1st mri last march showed ...' is the older study",
        "my 1st mri last march showed L5-S1 large central extrusion with severe canal stenosis. "
        "repeat mri this week: small residual protrusion at L5-S1 with mild canal narrowing.",
        {("L5-S1", "canal_stenosis"): "mild"},
        [],
    ),
    (
        "'mild thecal sac indentation and bilateral foraminal narrowing': the sac is not narrowed",
        "Diffuse disc bulges at L3-4, L4-5, L5-S1 causing mild thecal sac indentation and "
        "bilateral neural foraminal narrowing (moderate at L4-5).",
        {("L4-L5", "foraminal_stenosis_left"): "moderate"},
        [("L3-L4", "canal_stenosis"), ("L4-L5", "canal_stenosis")],
    ),
    (
        "'above the fusion at L3-L4' names the level above the fusion",
        "new MRI: hardware in place L4-L5 and L5-S1. above the fusion at L3-L4 there is adjacent "
        "segment degeneration: disc bulge, moderate to severe canal stenosis.",
        {("L3-L4", "canal_stenosis"): "severe", ("L3-L4", "disc_bulge"): "present"},
        [("L4-L5", "canal_stenosis"), ("L5-S1", "disc_bulge")],
    ),
    (
        "'lft' is left; 'L)' is left (Australian / NZ shorthand); 'disc prot' a protrusion",
        "L5-S1 - left paracentral PIVD compresing left S1 root. lft lat recess narrowed.\n"
        "MRI 3/24: l4 l5 L) paracentral disc prot contacting L) L5 nerve root.",
        {
            ("L5-S1", "subarticular_stenosis_left"): "present",
            ("L4-L5", "disc_herniation"): "present",
        },
        [("L5-S1", "subarticular_stenosis_right")],
    ),
    (
        "'narrowing, moderate on the left and mild on the right': per-side grades after a comma",
        "L4-5: Disc bulge with bilateral foraminal narrowing, moderate on the left and mild on "
        "the right. Mild canal narrowing.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "'foraminal narrowing, minimal left and severe right subarticular ...': not per-side",
        "L4-5: disc bulge, mild foraminal narrowing, minimal left and severe right subarticular "
        "narrowing.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
        },
        [],
    ),
    (
        "'narrowing at L5/S1, which is now moderate on the left and mild on the right'",
        "There has been progression of foraminal narrowing at L5/S1, which is now moderate on the "
        "left and mild on the right.",
        {
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "dated studies told in prose: 'The MRI of 12 June 2019, performed ..., reported'",
        "The MRI of 12 June 2019, performed after a previous episode of back pain, reported a "
        '"mild L4-5 disc bulge".\n\nThe MRI of 3 February 2022 reported: "Right '
        'paracentral disc protrusion at L4-5. Remaining levels normal."',
        {("L4-L5", "disc_herniation"): "present", ("L2-L3", "disc_bulge"): "absent"},
        [("L4-L5", "disc_bulge")],
    ),
    (
        "numbered dated headings: '4.1 MRI lumbar spine, 08/11/2021 (...), reported by ...:'",
        '4.1 MRI lumbar spine, 08/11/2021 (Northgate), reported by Dr L. Montague:\n"Mild '
        'bilateral foraminal narrowing at L5/S1."\n4.2 MRI lumbar spine, 19/09/2023 '
        '(Northgate), reported by Dr P. Shah:\n"Foraminal narrowing at L5/S1 is now '
        'moderate on the left and mild on the right."',
        {
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "'her MRI of 22 April 2024 showed ...' then 'Her repeat MRI of 5 September 2024 shows'",
        "her MRI of 22 April 2024 showed a sequestrated fragment at L5/S1 with severe left "
        "subarticular stenosis. Her repeat MRI of 5 September 2024 shows a small residual "
        "protrusion at L5/S1 and no lateral recess stenosis at that level.",
        {("L5-S1", "subarticular_stenosis_left"): "none"},
        [],
    ),
    (
        "'Canal L4/5 patent.': a slash level between a site and its state is no conjunction",
        "Neuroforamina L5/S1 free. Canal L4/5 patent. L1/2 to L3/4 inconspicuous.",
        {
            ("L5-S1", "foraminal_stenosis_left"): "none",
            ("L4-L5", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
        },
        [],
    ),
    (
        "a teaching case's Discussion runs on over its paragraphs",
        "Findings: Grade 2 anterolisthesis of L5 on S1.\n\nDiscussion:\nSpondylolysis is a "
        "pars defect.\n\nUseful signs: the body slips forward, so the canal is widened "
        "rather than narrowed, in contrast to degenerative spondylolisthesis.",
        {("L5-S1", "spondylolisthesis"): "present"},
        [("L3-L4", "spondylolisthesis"), ("L3-L4", "canal_stenosis")],
    ),
    (
        "'So back in 2019 I had my first MRI ... That one said' is the older study",
        'So back in 2019 I had my first MRI after a lifting injury. That one said: "L4-L5 '
        "small central disc protrusion, no stenosis. L5-S1 mild disc bulge. Otherwise "
        'unremarkable." Physio fixed me up mostly.\n\nNew MRI (Jan 2024) says:\n\nL4-5: '
        "Left paracentral disc extrusion. L5-S1: Mild disc bulge, unchanged.",
        {("L4-L5", "disc_herniation"): "present", ("L5-S1", "disc_bulge"): "present"},
        [("L5-S1", "disc_herniation"), ("L5-S1", "canal_stenosis")],
    ),
    (
        "'Vertebral alignmnet is maintaned' (typos) is the alignment",
        "FINDINGS: Vertebral alignmnet is maintaned. L4-5: broad based disc bulge.",
        {("L2-L3", "spondylolisthesis"): "absent"},
        [],
    ),
]

SESSION30 += [  # sets CF-CI
    (
        "dictated 'normal comma no bulge': the comma right after its word",
        "MRI said L5 S1 herniation period also said L3 L4 was normal comma no bulge.",
        {("L3-L4", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'2019 mri: ...' after an emoji, then 'NEW mri (march): ...'",
        "update on my back saga \U0001f643 2019 mri: L4-L5 mild bulge, no stenosis. NEW mri "
        '(march): "L4-L5: large left paracentral extrusion with moderate central canal '
        'stenosis."',
        {("L4-L5", "canal_stenosis"): "moderate", ("L4-L5", "disc_herniation"): "present"},
        [("L4-L5", "disc_bulge")],
    ),
    (
        "'my 2022 mri showed ...' then 'new mri says ...' (no date)",
        "dr my 2022 mri showed l4l5 extrusion with sev canal stenosis, after 1 yr physio new mri "
        "says 'L4-L5: small disc bulge with mild canal stenosis.'",
        {("L4-L5", "canal_stenosis"): "mild", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
    (
        "'Other intervertebral spaces without changes.' are the remaining levels, normal",
        "L4-L5: diffuse disc bulging. L5-S1: disc protrusion. Other intervertebral spaces "
        "without changes.",
        {("L2-L3", "disc_bulge"): "absent", ("L2-L3", "canal_stenosis"): "none"},
        [("L4-L5", "disc_herniation")],
    ),
    (
        "a quoted level heading: '\"L3/4 and L4/5: Mild disc bulges ...'",
        '"L3/4 and L4/5: Mild disc bulges without neural compromise. L5/S1: Left '
        'subarticular disc protrusion."',
        {("L3-L4", "disc_bulge"): "present", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
    (
        "'First MRI done in Jan 2022 showed ...' then 'repeat MRI, report dated 14/08/2024 says'",
        'Sir, my father having back pain. First MRI done in Jan 2022 showed "L4-L5 diffuse '
        'disc bulge, L5-S1 disc normal". Now doctor advised repeat MRI, report dated '
        '14/08/2024 says:\n"L5-S1: mild disc bulge."',
        {("L5-S1", "disc_bulge"): "present"},
        [("L5-S1", "disc_herniation"), ("L4-L5", "disc_bulge")],
    ),
    (
        "'foramnal' is foraminal",
        "L4-5 small broad based disc buldge with mild bilateral foramnal narrowing.",
        {("L4-L5", "foraminal_stenosis_left"): "mild"},
        [],
    ),
    (
        "'moderate R and mild L foraminal stenosis' (dictated sides before 'and')",
        "L4-5: diffuse bulge. moderate canal stenosis, moderate R and mild L foraminal stenosis.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "'Background: in 2019 my MRI said \"...\"' then 'New MRI from last week'",
        'Background: in 2019 my MRI said "small central disc protrusion at L5-S1 without '
        'stenosis" and that was it. New MRI from last week:\nL5-S1: No residual disc '
        "protrusion. Mild disc bulge.",
        {("L5-S1", "disc_herniation"): "absent", ("L5-S1", "disc_bulge"): "present"},
        [],
    ),
    (
        "'The initial MRI (March 2019) showed ...' then 'A follow-up MRI obtained 14 months "
        "later showed no residual disc herniation ..., only a mild disc bulge'",
        "The initial MRI (March 2019) showed a large right paracentral disc extrusion at L4-L5 "
        "with moderate canal stenosis. A follow-up MRI obtained 14 months later showed no "
        "residual disc herniation at L4-L5, only a mild disc bulge.",
        {("L4-L5", "disc_herniation"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [("L4-L5", "canal_stenosis")],
    ),
]

SESSION30 += [  # sets CJ-CM
    (
        "'Alignment of the vertebrae is not disturbed.' is the alignment (translated)",
        "Description: Alignment of the vertebrae is not disturbed.\nSegment L1-L2: without "
        "features.\nSegment L4-L5: dorsal protrusion up to 4 mm.",
        {
            ("L3-L4", "spondylolisthesis"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "'L4-L5 and L5-S1 discs are not changed.' are normal discs (translated)",
        "Diffuse bulging of the discs L2-L3 and L3-L4. L4-L5 and L5-S1 discs are not changed.",
        {("L4-L5", "disc_bulge"): "absent", ("L5-S1", "disc_herniation"): "absent"},
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "'Data for recurrent hernia are not obtained.' negates",
        "Condition after interlaminectomy L5-S1. Recurrent hernia at the L5-S1 level is not "
        "revealed.\nConclusion: Data for recurrent hernia L5-S1 are not obtained.",
        {("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'the previously described hernia at present is not determined': of the current study",
        "Segment L5-S1: the previously described left-sided paramedian hernia 7 mm at present is "
        "not determined; small residual bulging of the disc is visualized.",
        {("L5-S1", "disc_herniation"): "absent", ("L5-S1", "disc_bulge"): "present"},
        [],
    ),
    (
        "'Control lumbar MRI 11/2023 (our hospital):' is the newer study",
        "Lumbar MRI 03/2022 (outside centre): L4/5 right paracentral extrusion, severe right "
        "lateral recess stenosis.\nControl lumbar MRI 11/2023 (our hospital): L4/5 small right "
        "paracentral protrusion, mild right subarticular narrowing.",
        {("L4-L5", "subarticular_stenosis_right"): "mild"},
        [],
    ),
    (
        "'Left foramen with moderate narrowing; right foramen permeable.'",
        "L4-L5: Voluminous extruded disc hernia. Left foramen with moderate narrowing; right "
        "foramen permeable.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "'minor' and 'midly' are mild",
        "L4/5: Minor bilateral foraminal narrowing. L5/S1: left foramen midly narrowed.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "'My physio thinks I've got a prolapse at L4/5' is a guess, not the report",
        "My physio thinks I've got a prolapse at L4/5 because of the slump test, but the MRI "
        "report just says 'Mild L4/5 disc bulge. No spinal canal stenosis at any level.'",
        {("L4-L5", "disc_bulge"): "present", ("L4-L5", "canal_stenosis"): "none"},
        [("L4-L5", "disc_herniation")],
    ),
    (
        "a bare 'No other significant abnormality.' states nothing; '... in the lumbar spine' does",
        "IMPRESSION:\n1. L5-S1 disc extrusion.\n2. L4-L5 mild disc bulge.\n3. No other "
        "significant abnormality.",
        {("L5-S1", "disc_herniation"): "present"},
        [("L2-L3", "disc_bulge"), ("L2-L3", "canal_stenosis")],
    ),
    (
        "'No other abnormality demonstrated in the lumbar spine' is a normal rest",
        "IMPRESSION:\n1. L5-S1 disc extrusion.\n2. No other abnormality demonstrated in the "
        "lumbar spine.",
        {("L2-L3", "disc_bulge"): "absent", ("L2-L3", "canal_stenosis"): "none"},
        [],
    ),
    (
        "'slipping of L4 vertebra over L5'; 'the canal is wide open everywhere'",
        "doctor told there is disc bulge at L3 L4 and L4 L5. He also said there is slipping of L4 "
        "vertebra over L5 grade 1. No pinched nerves he said and the canal is wide open "
        "everywhere.",
        {("L4-L5", "spondylolisthesis"): "present", ("L5-S1", "canal_stenosis"): "none"},
        [],
    ),
    (
        "'no disc protrusion at L4/5, minor residual disc bulge only': the bulge is not negated",
        "The small L4/5 protrusion has regressed and there is now no disc protrusion at L4/5, "
        "minor residual disc bulge only.",
        {("L4-L5", "disc_bulge"): "present", ("L4-L5", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'narrowing the left lateral pocket' (translated) and 'LRs severely narrowed'",
        "L5-S1: dorsal paramedian left extrusion up to 7 mm, narrowing the left lateral pocket.\n"
        "l4-5: central extrusion -> LRs severely narrowed bilat",
        {
            ("L5-S1", "subarticular_stenosis_left"): "present",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
        },
        [("L5-S1", "subarticular_stenosis_right")],
    ),
    (
        "'Normal MRI appearance of the other intervertebral discs': the discs only",
        "- L4-5 posterior central disc protrusion.\n- Normal MRI appearance of the other "
        "intervertebral discs.",
        {("L2-L3", "disc_bulge"): "absent", ("L2-L3", "disc_herniation"): "absent"},
        [("L2-L3", "canal_stenosis")],
    ),
    (
        "'pearls:' of study notes run on to the next header",
        "key imaging:\n- l4-5: bulge -> severe central canal stenosis\n\npearls:\n- supine MRI "
        "underestimates stenosis\n\n- isthmic slip -> usually l5-s1",
        {("L4-L5", "canal_stenosis"): "severe"},
        [("L5-S1", "canal_stenosis"), ("L5-S1", "spondylolisthesis")],
    ),
    (
        "'MRI 1 (January 2021): ...' then 'MRI 2 (July 2022):'",
        "MRI 1 (January 2021): Small central protrusion at L5-S1. L4-L5 normal.\n\nMRI 2 (July "
        "2022):\nAt L4-L5 there is a mild diffuse disc bulge.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "a records list naming the newest MRI, then its report: the report is read",
        "Information considered:\n- MRI lumbar spine report dated 12 June 2019\n- MRI lumbar "
        "spine report dated 3 February 2022 (Coastal Imaging)\n\nThe MRI of 12 June 2019 "
        'reported a "mild L4-5 disc bulge".\n\nThe MRI of 3 February 2022 reported: '
        '"Right paracentral disc protrusion at L4-5. Remaining levels normal."',
        {("L4-L5", "disc_herniation"): "present", ("L2-L3", "disc_bulge"): "absent"},
        [("L4-L5", "disc_bulge")],
    ),
]

SESSION30 += [  # sets CN-CQ
    (
        "'Background: MRI from 2021 (...) said: ...' then 'EDIT: got my new MRI results today'",
        'Background: MRI from 2021 (right after the injury) said: "L5-S1 large right '
        "paracentral disc extrusion. Moderate right lateral recess stenosis. L4-5 mild "
        "bulge.\"\n\nEDIT: got my new MRI results today, here's the impression:\n\n"
        "IMPRESSION:\n1. No recurrent disc herniation at L5-S1.",
        {("L5-S1", "disc_herniation"): "absent"},
        [("L4-L5", "disc_bulge"), ("L5-S1", "subarticular_stenosis_right")],
    ),
    (
        "'2022 said ...' (year first, no determiner) then 'New one (Dec 2024) says:'",
        "I have two MRIs. 2022 said L4-L5 mild spinal stenosis, L5-S1 normal.\n\nNew one (Dec "
        "2024) says:\nL4-L5: severe spinal canal stenosis.\nL5-S1: Mild disc bulge.",
        {("L4-L5", "canal_stenosis"): "severe", ("L5-S1", "disc_bulge"): "present"},
        [("L5-S1", "disc_herniation")],
    ),
    (
        "'narrowing the spinal canal (AP diameter 9 mm) and both lateral recesses'",
        "- L4-L5: posterior central disc protrusion compressing the thecal sac, narrowing the "
        "spinal canal (AP diameter 9 mm) and both lateral recesses.",
        {
            ("L4-L5", "subarticular_stenosis_left"): "present",
            ("L4-L5", "subarticular_stenosis_right"): "present",
        },
        [],
    ),
    (
        "a record dump, newest first: 'MRI LUMBAR SPINE W/O CONTRAST  Exam date: 09/02/2023'",
        "MRI LUMBAR SPINE W/O CONTRAST        Exam date: 09/02/2023\nFINDINGS: At L4-5 the "
        "central canal is now widely patent.\n\nMRI LUMBAR SPINE W/O CONTRAST        Exam "
        "date: 01/14/2021\nFINDINGS: At L4-5 there is moderate central canal stenosis.",
        {("L4-L5", "canal_stenosis"): "none"},
        [],
    ),
    (
        "a letter's 'Date: 4 July 2023' line is no study heading",
        "Date: 4 July 2023\n\nWe have reviewed:\n- the MRI lumbar spine report dated 2 March "
        '2023\n\nThe MRI report concluded: "L5-S1: small disc bulge, no herniation."',
        {("L5-S1", "disc_bulge"): "present", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'forman' is foramen",
        "There is a small herniated nucleus pulposus at l5 s1 on the left side which mildly "
        "narrows the left neural forman.",
        {("L5-S1", "foraminal_stenosis_left"): "mild"},
        [],
    ),
    (
        "'L3/4 and above: no significant abnormality.' is every lumbar level up to L3/4",
        "L3/4 and above: no significant abnormality.\nL4/5: broad based disc bulge.",
        {("L1-L2", "disc_bulge"): "absent", ("L3-L4", "canal_stenosis"): "none"},
        [("T12-L1", "disc_bulge"), ("L5-S1", "disc_bulge")],
    ),
    (
        "'he said the l5 s1 looks ok' is a normal level",
        "my doc said my mri shows a herniated disc at l4 l5 pressing on the nerve on the left "
        "side. he said the l5 s1 looks ok.",
        {("L5-S1", "disc_bulge"): "absent", ("L4-L5", "disc_herniation"): "present"},
        [],
    ),
    (
        "'My MRI from Jan 2023 said: ...' then 'Repeat MRI this month says: ...'",
        'My MRI from Jan 2023 said: "Large left paracentral disc extrusion at L5/S1 causing '
        'severe left lateral recess stenosis."\n\nRepeat MRI this month says: "Small '
        'residual left paracentral protrusion without lateral recess narrowing."',
        {("L5-S1", "subarticular_stenosis_left"): "none"},
        [],
    ),
    (
        "'spondylolisthesis grade I of L4 over L5 vertebra with disc bulge causing ...'",
        "IMPRESSION: Degenerative spondylolisthesis grade I of L4 over L5 vertebra with disc "
        "bulge causing moderate to severe canal stenosis and bilateral lateral recess stenosis.",
        {
            ("L4-L5", "spondylolisthesis"): "present",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "'L4-L5 bulge + L5S1 herniation': '+' joins two statements",
        "MRI says L4-L5 bulge + L5S1 herniation w/ mild foraminal stenosis at L5S1.",
        {("L4-L5", "disc_bulge"): "present", ("L5-S1", "disc_herniation"): "present"},
        [("L5-S1", "disc_bulge")],
    ),
    (
        "'... foramen L5/S1.also says alignment normal': a sentence ends with no space",
        "mri says protrusion at L5/S1 touching the left S1 nerve root, mild narrowing of the left "
        "neural foramen L5/S1.also says alignment normal no fracture.",
        {("L5-S1", "spondylolisthesis"): "absent", ("L4-L5", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "'the hole where the nerve comes out on the right at L5-S1 is narrowed'",
        "He said the hole where the nerve comes out on the right at L5-S1 is narrowed too.",
        {("L5-S1", "foraminal_stenosis_right"): "present"},
        [("L5-S1", "foraminal_stenosis_left")],
    ),
    (
        "'I think I might have stenosis there' is the poster's guess",
        "The surgeon said L3-4 is fine on the MRI. Honestly I think I might have stenosis there "
        "anyway because my front thigh goes numb.",
        {},
        [("L3-L4", "canal_stenosis")],
    ),
]

SESSION30 += [  # sets CR-CU
    (
        "'i think my L3-L4 also bulging' is the poster's guess",
        "my MRI result: mild disc bulge L4/5, L5S1 with mild bilateral neural foramina "
        "narrowing. i think my L3-L4 also bulging bcz pain is going upper also",
        {("L4-L5", "disc_bulge"): "present"},
        [("L3-L4", "disc_bulge")],
    ),
    (
        "'The radiologist wrote \"MRI of the lumbar spine is within normal limits.\"'",
        'The radiologist wrote "MRI of the lumbar spine is within normal limits. No disc '
        'herniation or spinal stenosis." What else can cause this pain?',
        {("L4-L5", "disc_bulge"): "absent", ("L5-S1", "foraminal_stenosis_left"): "none"},
        [],
    ),
    (
        "'no significant central canal stenosis at any level neural foramina are patent' (run on)",
        "mild diffuse disc bulges at L3-L4 and L4-L5 no significant central canal stenosis at "
        "any level neural foramina are patent at all levels.",
        {("L4-L5", "foraminal_stenosis_left"): "none", ("L5-S1", "canal_stenosis"): "none"},
        [],
    ),
    (
        "'Canal normal at these levels' is of the levels named before, on any line",
        "LS spine MRI\n* L4-5 & L5-S1 PIVD (posterocentral)\n* Mild bilateral lateral recess "
        "stenosis at both levels\n* Canal normal at these levels",
        {("L4-L5", "canal_stenosis"): "none", ("L5-S1", "canal_stenosis"): "none"},
        [("L2-L3", "canal_stenosis")],
    ),
    (
        "run on: '... b/l neural foraminal narrowing L5-S1 disc bulge with ...': the level opens "
        "the next statement",
        "L4-L5 diffuse disc buldge with posterocentral protrusion causing moderate spinal canal "
        "stenosis and b/l neural foraminal narrowing L5-S1 disc bulge with mild b/l foraminal "
        "narowing.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "present",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "'L5/S:' (the 1 left out), 'Th12-L1 no abn.', 'Other levels n.p.'",
        "MRI L-spine\nTh12-L1 no abn.\nL4/5: disc bulging. moderate canal stenosis.\nL5/S: lt "
        "paramedian HNP. Bilateral foraminal stenosis (L>R).\nOther levels n.p.",
        {
            ("L5-S1", "disc_herniation"): "present",
            ("T12-L1", "disc_bulge"): "absent",
            ("L2-L3", "canal_stenosis"): "none",
        },
        [("L4-L5", "disc_herniation"), ("L4-L5", "foraminal_stenosis_left")],
    ),
    (
        "'alignment are natural', 'foramina are natural' (translated)",
        "Vertebral corpus heights and alignment are natural. At L5-S1 level, central protrusion "
        "of the disc indents the dural sac. Bilateral neural foramina are natural.",
        {("L3-L4", "spondylolisthesis"): "absent", ("L5-S1", "foraminal_stenosis_left"): "none"},
        [],
    ),
    (
        "'from L2-L3 down to L4-L5' is a range",
        "Diffuse disc bulges from L2-L3 down to L4-L5 indenting the thecal sac.",
        {("L3-L4", "disc_bulge"): "present"},
        [],
    ),
    (
        "'Previous film: ...' then 'Current: ...' (undated headings)",
        "Previous film: L4/5 disc herniation, left lateral recess narrowed.\nCurrent: L4/5 "
        "herniated disc smaller than before, left lateral recess no longer narrowed.",
        {("L4-L5", "subarticular_stenosis_left"): "none"},
        [],
    ),
]

SESSION30 += [  # sets CV-CY
    (
        "'Right foraminal narrowing is moderate, left is mild.'",
        "L4/L5: disc bulge. Right foraminal narrowing is moderate, left is mild.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "'MRI LS SPINE    (Dated: 05/06/2021)' then '(Dated: 22/09/2023)' headings",
        "MRI LS SPINE    (Dated: 05/06/2021)\nL4-5: Posterocentral disc protrusion.\n\n"
        "MRI LS SPINE    (Dated: 22/09/2023)\nL4-5: Diffuse disc bulge. No canal narrowing.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L4-L5", "disc_herniation")],
    ),
    (
        "'recessal stenosis left' (translated); 'Spinal canal wide at all levels'",
        "Broad-based disc protrusion L4/5 mediolateral left with recessal stenosis left. "
        "Spinal canal wide at all levels.",
        {
            ("L4-L5", "subarticular_stenosis_left"): "present",
            ("L2-L3", "canal_stenosis"): "none",
        },
        [("L4-L5", "subarticular_stenosis_right")],
    ),
    (
        "'foramnial' is foraminal",
        "l4 l5 moderate diffuse bulge causing mild central stenosis and mild bilat foramnial "
        "narrowing.",
        {("L4-L5", "foraminal_stenosis_right"): "mild"},
        [],
    ),
]

SESSION31: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets CZ-DC and general misses
    (
        "one vertebra before the listhesis word: 'L5 spondylolisthesis' is of L5 on S1",
        "Grade 1 L4 anterolisthesis. L5 has slipped forward on S1.",
        {("L4-L5", "spondylolisthesis"): "present", ("L5-S1", "spondylolisthesis"): "present"},
        [("L3-L4", "spondylolisthesis")],
    ),
    (
        "'L4 L5 spondylolisthesis' is the disc level L4-L5, not the vertebra L5",
        "L4 L5 spondylolisthesis.",
        {("L4-L5", "spondylolisthesis"): "present"},
        [("L5-S1", "spondylolisthesis")],
    ),
    (
        "'Spondylolisthesis at L5' and 'a slipped vertebra at L4' (one vertebra, on the one below)",
        "Spondylolisthesis at L5 with bilateral pars defects. The surgeon says there is also a "
        "slipped vertebra at L4.",
        {("L5-S1", "spondylolisthesis"): "present", ("L4-L5", "spondylolisthesis"): "present"},
        [("L3-L4", "spondylolisthesis")],
    ),
]


SESSION31 += [  # sets CZ-DC
    (
        "'my MRI (March 2022) said' ... 'The new MRI (January 2024, with contrast) says': the newest",
        "I had a right L5-S1 microdiscectomy in 2022. Before surgery my MRI (March 2022) said: "
        '"Large right paracentral extrusion at L5-S1 with severe right lateral recess stenosis."'
        '\n\nNow the pain is back. The new MRI (January 2024, with contrast) says: "Postoperative '
        'changes at L5-S1. No recurrent disc herniation. Mild right foraminal narrowing."',
        {("L5-S1", "foraminal_stenosis_right"): "mild", ("L5-S1", "disc_herniation"): "absent"},
        [("L5-S1", "subarticular_stenosis_right")],
    ),
    (
        "'my first scan in Jan 2023 said:' ... 'New one from last week says:': the newest",
        "For anyone who remembers, my first scan in Jan 2023 said:\n'Extrusion at L4/5. Moderate central canal stenosis.'\n"
        "New one from last week says:\n'L4/5: small residual bulge. The canal is patent.'",
        {("L4-L5", "canal_stenosis"): "none", ("L4-L5", "disc_bulge"): "present"},
        [("L4-L5", "disc_herniation")],
    ),
    (
        "'2020:' ... 'EDIT (Mar 2024): got a new MRI': a dated edit heading is the newest study",
        "2020:\nL5-S1: mild disc bulge.\n\nEDIT (Mar 2024): got a new MRI, here it is:\n"
        "L5-S1: right subarticular extrusion. No central canal stenosis.",
        {("L5-S1", "disc_herniation"): "present", ("L5-S1", "canal_stenosis"): "none"},
        [("L5-S1", "disc_bulge")],
    ),
    (
        "'Alignment: retrolisthesis of L3 on L4, otherwise normal': the other levels aligned",
        "Alignment: 3 mm retrolisthesis of L3 on L4, otherwise normal.",
        {
            ("L3-L4", "spondylolisthesis"): "present",
            ("L2-L3", "spondylolisthesis"): "absent",
            ("L5-S1", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "'Likewise unremarkable' and the misspelt 'stensis'",
        "L1-L2: Normal.\nL2-L3: Likewise unremarkable.\nL3-L4: No central canal stensis.",
        {
            ("L2-L3", "disc_bulge"): "absent",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L3-L4", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'no central stenosis and l5s1 small protrusion': a level and a disc finding end the negation",
        "findings say l4 l5 mild disc bulge no central stenosis and l5s1 small right paracentral "
        "protrusion touching the right s1 nerve root.",
        {("L4-L5", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "present"},
        [],
    ),
    (
        "'narrows both exit foramina, moderate on the right and mild on the left': per-side grades",
        "L5-S1: broad based disc bulge which narrows both exit foramina, moderate on the right and "
        "mild on the left, with contact of the exiting right L5 root.",
        {
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "'mod rt foraminal stenosis, mild lt' at a line's end: the other side's grade",
        "l4 l5 - mod rt foraminal stenosis, mild lt\nl5s1 - small central protrusion, no canal "
        "stenosis",
        {
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'w/o' negates ('bulge w/o stenosis', 'spondylolysis L5 w/o slip')",
        "L4-5: bulge w/o stenosis.\nspondylolysis L5 w/o slip",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "none",
            ("L5-S1", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "'The discs at L1-2 and L2-3 are normal', 'Normal disc at L3-4': the discs only",
        "The discs at L1-2 and L2-3 are normal. Normal disc at L3-4.",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "disc_herniation"): "absent",
            ("L3-L4", "disc_bulge"): "absent",
        },
        [("L1-L2", "canal_stenosis"), ("L3-L4", "foraminal_stenosis_left")],
    ),
    (
        "', otherwise normal appearances from L1/2 to L4/5': the bare-normal set over the range",
        "Grade 2 spondylolisthesis of L5 on S1. Mild desiccation of the L4/5 disc, otherwise normal "
        "appearances from L1/2 to L4/5.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "disc_bulge"): "absent",
            ("L5-S1", "spondylolisthesis"): "present",
        },
        [("L5-S1", "disc_bulge")],
    ),
    (
        "', otherwise normal from L1-2 to L5-S1' after a finding keeps the finding at its level",
        "L4-5 mild bulge, otherwise normal from L1-2 to L5-S1.",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L3-L4", "disc_bulge"): "absent",
            ("L4-L5", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a poster's account outside the pasted report's FINDINGS ranks below them",
        "Background: had an L4-5 extrusion in 2022 that was treated conservatively. New MRI:\n\n"
        "Findings:\nL4-5: The previously seen left paracentral extrusion has resolved. Mild "
        "bilateral foraminal narrowing.",
        {("L4-L5", "disc_herniation"): "absent", ("L4-L5", "foraminal_stenosis_left"): "mild"},
        [],
    ),
    (
        "'at that level' and 'at the fused levels' after a procedure site name that site",
        "Post-operative changes of posterior instrumented fusion L4 to S1. No canal stenosis at the "
        "fused levels. At L3-4 there is a disc bulge.\n\nStatus post L2-3 laminectomy. No "
        "residual stenosis at that level.",
        {
            ("L4-L5", "canal_stenosis"): "none",
            ("L5-S1", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "present",
            ("L2-L3", "canal_stenosis"): "none",
        },
        [("L3-L4", "canal_stenosis"), ("L1-L2", "canal_stenosis")],
    ),
    (
        "'the canal is a bit narrow' is mild",
        "He said I've got a prolapsed disc at L4/5, and the canal is a bit narrow at that level.",
        {("L4-L5", "canal_stenosis"): "mild", ("L4-L5", "disc_herniation"): "present"},
        [],
    ),
]


SESSION31 += [  # sets DD-DG
    (
        "a cumulative printout's exam records ('Exam: MRI LUMBAR SPINE   Date: ...'): the newest",
        "Exam: MRI LUMBAR SPINE   Date: 12/01/2024\nFindings:\nL4/5: large left paracentral "
        "extrusion.\nL1/2 to L3/4: no change.\n\nExam: MRI LUMBAR SPINE   Date: 02/08/2023\n"
        "Findings:\nL4/5: small protrusion.\nL1/2 to L3/4: normal.",
        {("L4-L5", "disc_herniation"): "present"},
        [("L1-L2", "canal_stenosis"), ("L2-L3", "disc_bulge")],
    ),
    (
        "a records review's '05/02/2019 - MRI ...' and '02/14/2022 - MRI ...': the newest",
        "05/02/2019 - MRI lumbar spine, T. Vance, MD. At L4-5 a 3 mm protrusion. Alignment is "
        "normal.\n\n03/09/2021 - Dr. Ambrose. Claim reopened.\n\n02/14/2022 - MRI lumbar spine, S."
        " Ng, MD. The L4-5 protrusion now measures 5 mm with mild central canal stenosis.",
        {("L4-L5", "canal_stenosis"): "mild", ("L4-L5", "disc_herniation"): "present"},
        [("L1-L2", "spondylolisthesis")],
    ),
    (
        "a records table's visit dates (its '|' read as line breaks) are no study headings",
        "DATE | PROVIDER | SUMMARY\n09/15/2021 | Open MRI | MRI lumbar spine. Findings (verbatim): "
        '"L3-4: Mild diffuse disc bulge. L4-5: Mild left foraminal narrowing." Impression '
        '(verbatim): "L4-5 moderate left foraminal stenosis."\n10/06/2021 | Orthopedics | '
        "Reviewed MRI.",
        {("L3-L4", "disc_bulge"): "present", ("L4-L5", "foraminal_stenosis_left"): "mild"},
        [],
    ),
    (
        "'narrowing where the nerve exits on the left' is foraminal; 'foramen of conjunction'",
        "L5/S1: there is possibly some narrowing where the nerve exits on the left.\nL4-L5: Left "
        "foramen of conjunction with moderate narrowing.",
        {
            ("L5-S1", "foraminal_stenosis_left"): "present",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
        },
        [("L5-S1", "foraminal_stenosis_right"), ("L4-L5", "foraminal_stenosis_right")],
    ),
    (
        "a prior clause beside a current one: only the current ('Previously ... was described;')",
        "L4/5: Previously a small left foraminal protrusion was described; no protrusion is seen "
        "on the current study.\nL5-S1: Prior exam demonstrated moderate left subarticular "
        "stenosis, the lateral recesses are now patent.",
        {("L4-L5", "disc_herniation"): "absent", ("L5-S1", "subarticular_stenosis_left"): "none"},
        [],
    ),
    (
        "'worse than on the preoperative study' compares: the finding is current (a guard)",
        "Adjacent segment L3/4: new broad based disc bulge resulting in moderate canal stenosis, "
        "worse than on the preoperative study.",
        {("L3-L4", "canal_stenosis"): "moderate", ("L3-L4", "disc_bulge"): "present"},
        [],
    ),
    (
        "'MRI lumbar spine w/wo contrast 3/4: unremarkable MRI of the lumbar spine; no ...'",
        "Course: Pain controlled. MRI lumbar spine w/wo contrast 3/4: unremarkable MRI of the "
        "lumbar spine; no osseous lesion or abnormal enhancement.",
        {("L3-L4", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'Reason for admission:' gives no rows; 'extrusoin'",
        "Reason for admission: Preoperative MRI showed severe canal stenosis at L3-4.\n\nStat MRI: "
        "canal widely patent at L3-4. Big L extrusoin l5 s1.",
        {("L3-L4", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "present"},
        [],
    ),
    (
        "'Normal disc, canal and foramina' and 'The disc, canal and foramina are normal'",
        "L3/4: Normal disc, canal and foramina.\nL4/5: The disc, canal and foramina are normal.",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "absent",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L4-L5", "disc_herniation"): "absent",
            ("L4-L5", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'No [inaudible] stenosis.': a transcriptionist's gap before the finding, no row (rule 8)",
        "L2-L3: Mild disc desiccation. No [inaudible] stenosis. No disc herniation.",
        {("L2-L3", "disc_herniation"): "absent"},
        [("L2-L3", "canal_stenosis"), ("L2-L3", "foraminal_stenosis_left")],
    ),
    (
        "'The canal and right sided recess/foramen are normal' ('sided' is no verb)",
        "L4-5: Mild narrowing of the left foramen. The canal and right sided recess/foramen are "
        "normal.",
        {
            ("L4-L5", "canal_stenosis"): "none",
            ("L4-L5", "subarticular_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "'Postoperative changes of L4-S1 posterior spinal fusion ...' names the fused levels",
        "Postoperative changes of L4-S1 posterior spinal fusion with bilateral pedicle screws and "
        "rods. No listhesis at the fused levels. Mild disc bulge at L3-L4.",
        {
            ("L4-L5", "spondylolisthesis"): "absent",
            ("L5-S1", "spondylolisthesis"): "absent",
            ("L3-L4", "disc_bulge"): "present",
        },
        [("L3-L4", "spondylolisthesis")],
    ),
]


SESSION31 += [  # sets DH-DK
    (
        "'has been removed' states the present; 'Modic 0' is none; 'NFs patent'; 'foramnia'",
        "L4/5: The large right paracentral extrusion at L4/5 on the 2021 study has been removed. "
        "NFs patent.\nL1/L2: unremarkable. Modic 0.\nL3-4: mild canal stenosis, foramnia patent.",
        {
            ("L4-L5", "disc_herniation"): "absent",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L1-L2", "modic"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "'These discs are not bulging' speaks of the levels just named, not of every level",
        '"L2-3 and L3-4: Disc desiccation without disc bulge or herniation."\nWhat it means: The '
        "discs between the 2nd and 3rd and the 3rd and 4th lumbar vertebrae have lost water. These "
        "discs are not bulging or herniated.",
        {("L2-L3", "disc_bulge"): "absent", ("L3-L4", "disc_herniation"): "absent"},
        [("L1-L2", "disc_bulge"), ("L4-L5", "disc_bulge"), ("L5-S1", "disc_herniation")],
    ),
    (
        "'Initial MRI (day 3)' ... 'Follow-up MRI (8 months)' alone on their lines: the newest",
        "Initial MRI (day 3 of symptoms)\nAt L4-L5 a large right paracentral disc extrusion causes "
        "moderate central canal stenosis.\n\nFollow-up MRI (8 months)\nAt L4-L5 only a minimal "
        "residual disc bulge remains, with no herniation. The central canal is now patent.",
        {
            ("L4-L5", "canal_stenosis"): "none",
            ("L4-L5", "disc_herniation"): "absent",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a grade after the finding's comma at its clause end ('narrowing, moderate.', '..., "
        "greater on the right, mild.')",
        "- L4-5: Disc bulge with bilateral subarticular narrowing, greater on the right, mild.\n"
        "- L5-S1: Disc osteophyte complex with left foraminal narrowing, moderate.",
        {
            ("L4-L5", "subarticular_stenosis_left"): "mild",
            ("L4-L5", "subarticular_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
        },
        [("L5-S1", "foraminal_stenosis_right")],
    ),
    (
        "a doctor's remark on findings in general ('Most foraminal protrusions settle') states "
        "nothing",
        "L4-5: Small right foraminal disc protrusion. L5-S1: no recurrent disc herniation.\n"
        "Expert: Most foraminal protrusions settle in 6-12 weeks.",
        {("L4-L5", "disc_herniation"): "present", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a table column of both sides ('FORAMEN R / L') read one side per part of the cell",
        "LEVEL | DISC | CENTRAL CANAL | SUBARTICULAR R / L | FORAMEN R / L\n"
        "L3-L4 | Bulge | Mild | Mild / None | None / Mild\n"
        "L4-L5 | Protrusion | Severe | Severe / Severe | Moderate / Mild",
        {
            ("L3-L4", "subarticular_stenosis_right"): "mild",
            ("L3-L4", "subarticular_stenosis_left"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "canal_stenosis"): "severe",
        },
        [],
    ),
    (
        "two dated reports, the second written month first ('09/15/2009'): the newest",
        "MRI LUMBAR SPINE WITHOUT CONTRAST\nDATE OF EXAM: 02/10/2009\nFINDINGS: At L4-5 there is "
        "a large left paracentral disc extrusion with moderate central canal stenosis.\n\n"
        "MRI LUMBAR SPINE WITHOUT CONTRAST\nDATE OF EXAM: 09/15/2009\nFINDINGS: There is a small "
        "disc bulge at L4-5. The central canal is now patent.",
        {("L4-L5", "canal_stenosis"): "none", ("L4-L5", "disc_bulge"): "present"},
        [("L4-L5", "disc_herniation")],
    ),
]


SESSION31 += [  # sets DL-DO
    (
        "a letter's date alone on its line is no study heading; day-first dated headings",
        "30 January 2025\n\nDear Ms Benedetti\n\nMRI lumbar spine 9 August 2021 (pre-operative): "
        "severe central canal stenosis at L4/5.\n\nMRI lumbar spine 21 November 2024: at the "
        "adjacent L3/4 level moderate central canal stenosis. Mild disc bulge at L2/3.",
        {("L3-L4", "canal_stenosis"): "moderate", ("L2-L3", "disc_bulge"): "present"},
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "the only MRI 'was reported as showing' (no year in the sentence): the current study",
        "Her GP referred her for an MRI, which was carried out on 4th May 2022. It was reported as "
        'showing "mild degenerative disc disease at L3-4 and L4-5 with small posterior disc '
        'bulges at each of these levels, but no disc herniation".',
        {("L3-L4", "disc_bulge"): "present", ("L4-L5", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a case report's 'Initial MRI showed ...' and 'Follow-up MRI at 3 months showed ...'",
        "Clinical case\nInitial MRI showed L2-L3 spondylodiscitis with an epidural abscess causing "
        "moderate canal stenosis.\nFollow-up MRI at 3 months showed resolution of the collections, "
        "with a patent spinal canal at L2-L3.",
        {("L2-L3", "canal_stenosis"): "none"},
        [],
    ),
    (
        "a sentence of another region of the spine gives no lumbar rows",
        "He had undergone L4-L5 decompression for lumbar stenosis 10 years earlier. MRI of the "
        "cervical spine showed severe canal stenosis at C5-6. The cervical lordosis was "
        "straightened without listhesis.",
        {},
        [("L1-L2", "spondylolisthesis"), ("L4-L5", "spondylolisthesis")],
    ),
    (
        "'No abnormality was seen at L1-L2, L2-L3 or L3-L4.': the bare-normal set at each",
        "L4-L5: far lateral extrusion. No abnormality was seen at L1-L2, L2-L3 or L3-L4.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "disc_herniation"): "present",
        },
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "'moderate left foraminal narrowing, right normal.': the other side's state",
        "L4-5: moderate left foraminal narrowing, right normal.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
]


SESSION31 += [  # sets DP-DS
    (
        "'MRI ... without contrast ... reveals ... bulge': 'without contrast' negates nothing",
        "IMAGING: MRI of the lumbar spine without contrast dated 03/14/2023 was reviewed and "
        "reveals at L4-5 a broad-based disc bulge with a left paracentral disc extrusion.",
        {("L4-L5", "disc_bulge"): "present", ("L4-L5", "disc_herniation"): "present"},
        [],
    ),
    (
        "'The MRI scan of your lumbar spine is normal, there is no nerve compression ...'",
        "My consultant's letter says \"The MRI scan of your lumbar spine is normal, there is no "
        'nerve compression and no disc prolapse."',
        {("L3-L4", "canal_stenosis"): "none", ("L5-S1", "disc_bulge"): "absent"},
        [],
    ),
    (
        "an IME's 'Date of Examination:' is no exam record; the records' MRIs decide",
        "Date of Injury: 03/09/2017\nDate of Examination: 02/14/2022\n\n06/02/2017 - MRI lumbar "
        "spine. L4-L5 protrusion with mild canal stenosis.\n\n11/19/2021 - MRI lumbar spine. Small "
        "recurrent protrusion at L4-L5. No canal stenosis. L1-L2 through L3-L4 are normal.",
        {("L4-L5", "canal_stenosis"): "none", ("L2-L3", "disc_bulge"): "absent"},
        [],
    ),
]


SESSION32: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets DT-DW
    (
        "'Lumbar levels L1-2 through L4-5 are unremarkable.' before a level with findings",
        "FINDINGS: Lumbar levels L1-2 through L4-5 are unremarkable. L5-S1: small protrusion.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "disc_herniation"): "absent",
            ("L5-S1", "disc_herniation"): "present",
        },
        [("L5-S1", "canal_stenosis")],
    ),
    (
        "'Other levels unchanged and unremarkable.': the levels not named",
        "L3-4: Mild bulge.\nL5-S1: Unremarkable.\nOther levels unchanged and unremarkable.",
        {("L1-L2", "disc_bulge"): "absent", ("L4-L5", "foraminal_stenosis_left"): "none"},
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "'Upper levels unremarkble.' (a common misspelling of unremarkable)",
        "L3/4: Normal.\nL4/5: Disc protrusion.\nUpper levels unremarkble.",
        {("L1-L2", "canal_stenosis"): "none", ("L2-L3", "disc_herniation"): "absent"},
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "'Thecal sac at this level is not compressed.' on its own line: of the level before",
        "L5-S1 disc: severe bilateral foraminal narrowing.\nThecal sac at this level is not "
        "compressed.",
        {("L5-S1", "canal_stenosis"): "none"},
        [("L4-L5", "canal_stenosis"), ("L1-L2", "canal_stenosis")],
    ),
    (
        "'so my mri says ... at l5 s1 plus a pars defect??' tells the report, asks nothing",
        'so my mri says i have a herniated disc at l4 l5 and "severe right foraminal stenosis" '
        "at l5 s1 plus a pars defect?? no idea what it means",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L5-S1", "foraminal_stenosis_right"): "severe",
        },
        [],
    ),
    (
        "'so the herniation is gone but ...??' is still the poster's question",
        "L4-5: Small central protrusion.\nso the herniation is gone at l3-4 now?? is that good??",
        {("L4-L5", "disc_herniation"): "present"},
        [("L3-L4", "disc_herniation")],
    ),
    (
        "'his older scan, which had shown ..., things had progressed': the older scan's findings",
        "New MRI: moderate canal stenosis at L3-4. Compared with his older scan, which had shown "
        "only mild stenosis at L4-5 and no protrusion, things had progressed.",
        {("L3-L4", "canal_stenosis"): "moderate"},
        [("L4-L5", "canal_stenosis"), ("L4-L5", "disc_herniation")],
    ),
    (
        "'Moderate L4-5 and mild L3-4 central canal stenosis secondary to disc bulging': each grade",
        "IMPRESSION: 1. Moderate L4-5 and mild L3-4 central canal stenosis secondary to disc "
        "bulging and facet hypertrophy.",
        {
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "disc_bulge"): "present",
            ("L3-L4", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "'Mild L2-3, moderate L3-4 and severe L4-5 canal stenosis': a list of graded levels",
        "Mild L2-3, moderate L3-4 and severe L4-5 canal stenosis.",
        {
            ("L2-L3", "canal_stenosis"): "mild",
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L4-L5", "canal_stenosis"): "severe",
        },
        [("L5-S1", "canal_stenosis")],
    ),
    (
        "'The neural foramina cannot be adequately evaluated': no statement of the foramina",
        "At L4-5 there may be a small posterior disc protrusion. The neural foramina cannot be "
        "adequately evaluated on this study. The canal is adequately patent.",
        {("L4-L5", "canal_stenosis"): "none"},
        [("L4-L5", "foraminal_stenosis_left"), ("L4-L5", "foraminal_stenosis_right")],
    ),
    (
        "'Mild compression of the right side of the thecal sac' is mild canal stenosis",
        "L5-S1: Right paracentral disc protrusion. Mild compression of the right side of the "
        "thecal sac.",
        {("L5-S1", "canal_stenosis"): "mild", ("L5-S1", "disc_herniation"): "present"},
        [],
    ),
    (
        "'Modic type 1 changes ... have converted to type 2 change': type 2 now",
        "The Modic type 1 endplate changes at L4/5 previously described have converted to type 2 "
        "change.",
        {("L4-L5", "modic"): "type2"},
        [],
    ),
]


SESSION32 += [  # sets DX-EA
    (
        "'The remaining levels are satisfactory.' in a consultant's letter: the bare-normal set",
        "Her MRI shows a large right paracentral disc extrusion at L5/S1. There is also a broad-"
        "based disc bulge at L4/5. The remaining levels are satisfactory.",
        {("L1-L2", "canal_stenosis"): "none", ("L3-L4", "disc_herniation"): "absent"},
        [("L5-S1", "canal_stenosis")],
    ),
    (
        "'L1-2 through L3-4: no gross abnormality w/in limits of exam.'",
        "MRI L-spine w/o. Limited, motion degraded exam.\nL1-2 through L3-4: no gross "
        "abnormality w/in limits of exam.\nL4-5: Disc bulge.",
        {("L1-L2", "disc_bulge"): "absent", ("L3-L4", "foraminal_stenosis_right"): "none"},
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "'Counting/segmentation: ... lowest ribs at T12. Normal.' is of the numbering",
        "Counting/segmentation: 5 lumbar-type vertebrae, lowest ribs at T12. Normal.\nL5-S1: "
        "Small central protrusion.",
        {("L5-S1", "disc_herniation"): "present"},
        [("L5-S1", "disc_bulge"), ("L5-S1", "canal_stenosis")],
    ),
    (
        "'L5-S1: ... No spondylolysis or spondylolisthesis.' on the level's line: that level",
        "L4-5: Mild disc desiccation without herniation.\nL5-S1: There is no disc bulge, "
        "protrusion or extrusion. No spondylolysis or spondylolisthesis.",
        {("L5-S1", "spondylolisthesis"): "absent"},
        [("L4-L5", "spondylolisthesis"), ("L2-L3", "spondylolisthesis")],
    ),
    (
        "'L4-5: Bulge. Normal alignment.' is still the whole spine's alignment",
        "L4-5: Bulge. Normal alignment.",
        {("L2-L3", "spondylolisthesis"): "absent", ("L4-L5", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "'The narrowing of the foramen is only mild' (a grade after the site's copula)",
        "L5-S1: Small protrusion. The narrowing of the foramen is only mild.",
        {
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "'Left foraminal narrowing is mild, the right foramen is moderately narrowed'",
        "L5/S1 - disc bulge, no canal stenosis. Left foraminal narrowing is mild, the right "
        "foramen is moderately narrowed with possible contact of the exiting R L5 root.",
        {
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
]


SESSION32 += [  # sets EB-EE and general misses
    (
        "'moderate right foraminal stenosis; left patent.' (the other side after a semicolon)",
        "L4-5: moderate right foraminal stenosis; left patent.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "'severe left subarticular stenosis; right mild.' (the other side's grade)",
        "L4-5: severe left subarticular stenosis; right mild.",
        {
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L4-L5", "subarticular_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "'NEW (Sept):' before 'OLD (March):': the older study runs to the end",
        "NEW (Sept):\nIMPRESSION:\n1. Small residual left paracentral protrusion at L5-S1. No "
        "significant lateral recess stenosis.\n\nOLD (March):\nIMPRESSION:\n1. Large left "
        "paracentral extrusion at L5-S1 with severe narrowing of the left lateral recess.\n\n"
        "So it's shrinking on its own!!",
        {
            ("L5-S1", "disc_herniation"): "present",
            ("L5-S1", "subarticular_stenosis_left"): "none",
        },
        [],
    ),
    (
        "'he also said my alignment is fine': a blanket alignment statement",
        "L4 L5 has a disc protrusion. he also said my alignment is fine.",
        {("L2-L3", "spondylolisthesis"): "absent", ("L4-L5", "disc_herniation"): "present"},
        [],
    ),
    (
        "'S1-2: Well-formed disc. No abnormality.' is of a lumbarised S1's disc, not the spine",
        "L1-2: Normal.\nL2-3: Small disc bulge.\nL5-S1: Mild disc bulge. No canal stenosis.\n"
        "S1-2: Well-formed disc. No abnormality.",
        {("L2-L3", "disc_bulge"): "present", ("L5-S1", "canal_stenosis"): "none"},
        [("L2-L3", "disc_herniation"), ("L5-S1", "disc_herniation"), ("L3-L4", "canal_stenosis")],
    ),
    (
        "'L5-S1 - 2 mm bulge' is L5-S1, not an S1-2 disc",
        "L5-S1 - 2 mm bulge. No abnormality elsewhere.",
        {("L5-S1", "disc_bulge"): "present", ("L2-L3", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'MRI L-SPINE W/O: Large ... extrusion': 'W/O' (without contrast) negates nothing",
        "MRI L-SPINE W/O: Large left paracentral disc extrusion at L5S1 severely narrowing the "
        "left lateral recess. Other levels normal.",
        {
            ("L5-S1", "disc_herniation"): "present",
            ("L5-S1", "subarticular_stenosis_left"): "severe",
        },
        [],
    ),
    (
        "'My lumbar MRI last year showed a bulge at L4-5': an older study",
        "New MRI: L5-S1 protrusion. My lumbar MRI last year showed a bulge at L4-5 too.",
        {("L5-S1", "disc_herniation"): "present"},
        [("L4-L5", "disc_bulge")],
    ),
    (
        "'MRI done last year before pregnancy shows ...' (the only study) is read",
        "MRI done last year before pregnancy shows L5 S1 disc prolapse with left lateral recess "
        "compromise and L4 L5 mild disc bulge.",
        {("L5-S1", "disc_herniation"): "present", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
    (
        "'Research shows that ... people with no back pain have disc bulges': a general remark",
        "L5/S1: central protrusion. Research shows that around half of 40-year-olds with no back "
        "pain at all have disc bulges.",
        {("L5-S1", "disc_herniation"): "present"},
        [("L5-S1", "disc_bulge")],
    ),
]


SESSION32 += [  # sets EF-EI
    (
        "'- Mild canal stenosis L3/4\\n- L5/S1 unremarkable': two bullets, not a range L3/4 - L5/S1",
        "MRI L-spine (02/02/2023):\n- Critical canal stenosis L4/5\n- Mild canal stenosis L3/4\n"
        "- L5/S1 unremarkable",
        {
            ("L4-L5", "canal_stenosis"): "severe",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "'The other levels are unremarkable apart from some mild facet arthropathy at L5/S1.'",
        "The MRI scan shows a large left sided L4/5 disc extrusion. The other levels are "
        "unremarkable apart from some mild facet arthropathy at L5/S1.",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L2-L3", "canal_stenosis"): "none",
            ("L5-S1", "disc_bulge"): "absent",
        },
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "'Other levels normal except for a small bulge at L2-3.': the exception is no normal",
        "L4-5: protrusion. Other levels normal except for a small bulge at L2-3.",
        {("L2-L3", "disc_bulge"): "present", ("L4-L5", "disc_herniation"): "present"},
        [("L2-L3", "canal_stenosis")],
    ),
    (
        "'non-compressive bilateral foraminal narrowing' is none (its side and site between)",
        "L3/4: Mild disc bulge with non-compressive bilateral foraminal narrowing. Canal is "
        "capacious.",
        {
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L3-L4", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'L1/2 nad' (no abnormality detected) is the bare-normal set",
        "L1/2 nad\nL2/3 NAD\nL3/4 minor disc bulge, foramina patent",
        {("L1-L2", "canal_stenosis"): "none", ("L2-L3", "disc_herniation"): "absent"},
        [("L3-L4", "canal_stenosis")],
    ),
]


SESSION32 += [  # sets EJ-EM
    (
        "'Upper lumbar levels are unremarkable' after L5/S1 and L4/5: every level above them",
        "L5/S1: protrusion. L4/5: bulge. Upper lumbar levels are unremarkable.",
        {("L3-L4", "canal_stenosis"): "none", ("L1-L2", "disc_bulge"): "absent"},
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "'The upper lumbar levels are unremarkable' before 'L3/4: Mild disc bulge': not L3-4",
        "The upper lumbar levels are unremarkable.\nL3/4: Mild disc bulge.\nL4/5: Disc bulge.",
        {("L2-L3", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "present"},
        [("L3-L4", "canal_stenosis"), ("L3-L4", "disc_herniation")],
    ),
    (
        "'Neural foramina: Patent at all levels.' (a field whose value has a blanket scope)",
        "FINDINGS:\nDisks: At L4-L5 there is a minimal disk bulge.\n\nNeural foramina: Patent at "
        "all levels.",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a CSV export's '.,' between sentences ('... are patent.,L5-S1:  There is ...')",
        "FINDINGS:,  No listhesis.,L3-L4:  Mild disk bulge.,L4-L5:  There is a left foraminal "
        "disk protrusion.  Central canal and right neural foramen are patent.,L5-S1:  There is a "
        "right paracentral disk extrusion.",
        {
            ("L4-L5", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "none",
            ("L5-S1", "disc_herniation"): "present",
        },
        [("L5-S1", "canal_stenosis"), ("L5-S1", "foraminal_stenosis_right")],
    ),
    (
        "'The discs from L1/L2 to L3/L4 are normal in height and signal' says nothing of bulges",
        "The discs from L1/L2 to L3/L4 are normal in height and signal. At L4/L5 there is a "
        "shallow broad-based disc bulge.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L2-L3", "disc_bulge"), ("L2-L3", "disc_herniation")],
    ),
    (
        "'Foramina of L4-L5 are narrowed, left more than right.'",
        "Dorsal median disc hernia L4-L5. Foramina of L4-L5 are narrowed, left more than right.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "present",
        },
        [],
    ),
    (
        "'... at the L4-L5 endplates' then 'L5-S1 is normal.' two lines down: no endplate pair",
        "L4-L5 disc osteophyte complex, Modic 1 endplate signal change at the L4-L5 endplates\n\n"
        "L5-S1 is normal.",
        {("L4-L5", "modic"): "type1", ("L5-S1", "canal_stenosis"): "none"},
        [("L5-S1", "modic")],
    ),
    (
        "'Modic type 2 changes of adjacent endplates L4, L5.' is of L4-L5",
        "Dorsal protrusion of disc L5-S1. Modic type 2 changes of adjacent endplates L4, L5.",
        {("L4-L5", "modic"): "type2"},
        [("L5-S1", "modic")],
    ),
]


SESSION32 += [  # sets EN-EQ
    (
        "'the new scan says ...' in the story, then the report under a dated heading: read",
        "Had my L5/S1 discectomy Jan 2023 (the new scan says I have a transitional vertebra and "
        "its actually the L4/5??).\n\nMRI Lumbar Spine 14/05/2024\nComparison: 02/11/2022.\n"
        "Findings:\nL3/4: Minor disc bulge. No canal or foraminal stenosis.\nL4/5: Recurrent right "
        "paracentral disc extrusion. Severe right lateral recess stenosis.",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
        },
        [],
    ),
    (
        "'L1-2 through L3-4 unremarkable disc levels.'",
        "L1-2 through L3-4 unremarkable disc levels. L4-5 no residual canal stenosis.",
        {("L2-L3", "canal_stenosis"): "none", ("L3-L4", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'edema-like marrow signal is present at the inferior endplate of L4': Modic 1 at L4-L5",
        "At L4-L5 there is a large extrusion. Subtle edema-like marrow signal is present at the "
        "inferior endplate of L4.",
        {("L4-L5", "modic"): "type1"},
        [],
    ),
    (
        "'Neural foramina: Right mild; left normal' (a field's sides parted by ';')",
        "L3-L4\n- Neural foramina: Right mild; left normal\nL5-S1\n- Neural foramina: Left "
        "moderate-to-severe, with contact of the exiting left L5 nerve root; right normal",
        {
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "severe",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "'a small left paramedian sequestrated fragment ... cannot be excluded'",
        "L5-S1: Diffuse disc bulge. A small left paramedian sequestrated fragment behind the "
        "upper S1 body cannot be excluded.",
        {("L5-S1", "disc_herniation"): "present", ("L5-S1", "disc_bulge"): "present"},
        [],
    ),
]


SESSION33: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ER-EU
    (
        "a question quoting the report: 'What does \"mild bulge at L4-5 ...\" mean?' is read",
        'What does "mild disc bulge at L4-5 and L5-S1 without canal stenosis" mean? Is it bad?',
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L5-S1", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "none",
        },
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "a question's quote naming no level ('does \"no high grade stenosis\" mean ...') is not",
        'does "no high grade canal or foraminal stenosis" mean i have low grade stenosis?? the '
        'line is "L4-5: small protrusion. no high grade canal or foraminal stenosis."',
        {("L4-L5", "canal_stenosis"): "none", ("L4-L5", "disc_herniation"): "present"},
        [("L1-L2", "canal_stenosis"), ("L5-S1", "foraminal_stenosis_left")],
    ),
    (
        "'L5-S1: rudimentary disc, no abnormality.' (transitional anatomy): a normal level",
        "FINDINGS: L3-4: minor disc bulge. L5-S1: rudimentary disc, no abnormality.",
        {("L5-S1", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'The L4/5 anterolisthesis seen pre-operatively has been reduced; alignment is now "
        "anatomical.'",
        "Findings: Post-operative changes of L4-S1 fusion. The L4/5 anterolisthesis seen "
        "pre-operatively has been reduced; alignment is now anatomical.",
        {("L4-L5", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "an older and a newer MRI told of in prose with month and adjectives ('A lumbar MRI in "
        "August 2016 showed ...', 'A repeat MRI in January 2020 showed ...'): the newer only",
        "A lumbar MRI in August 2016 showed a small disc protrusion at L4-5. A repeat MRI in "
        "January 2020 showed moderate spinal stenosis at L4-5 and a disc extrusion at L5-S1.",
        {("L4-L5", "canal_stenosis"): "moderate", ("L5-S1", "disc_herniation"): "present"},
        [("L4-L5", "disc_herniation")],
    ),
    (
        "'An April 2014 VA MRI revealed ...' then 'A September 2019 private MRI report noted "
        "...' (month and year first)",
        "An April 2014 VA MRI revealed a mild diffuse disc bulge at L4-5 and 2 mm retrolisthesis "
        "of L3 on L4. A September 2019 private MRI report noted new mild left foraminal "
        "narrowing at L5-S1.",
        {("L5-S1", "foraminal_stenosis_left"): "mild"},
        [("L4-L5", "disc_bulge"), ("L3-L4", "spondylolisthesis")],
    ),
    (
        "records review lines '06/14/2016 MRI lumbar spine ...' / '11/19/2019 MRI lumbar spine "
        "...' with no dash: the newest only",
        "06/14/2016 MRI lumbar spine (pre-injury): 2 mm disc bulge at L4-5. Otherwise "
        "unremarkable.\n11/19/2019 MRI lumbar spine without contrast: Impression: 3-4 mm disc "
        "protrusion at L4-5 mildly narrowing the spinal canal.",
        {("L4-L5", "disc_herniation"): "present", ("L4-L5", "canal_stenosis"): "mild"},
        [("L4-L5", "disc_bulge"), ("L1-L2", "canal_stenosis")],
    ),
    (
        "'Other levels normal.' after a dated radiograph line with a levelless 'No "
        "spondylolisthesis.' (an 'other' blanket is no named statement)",
        "11/27/2019 Lumbar spine radiographs: Mild L4-5 and L5-S1 disc space narrowing. No "
        "spondylolisthesis.\n01/12/2021 MRI lumbar spine: FINDINGS: L4-L5: Unchanged mild disc "
        "bulge. Other levels normal.",
        {("L1-L2", "canal_stenosis"): "none", ("L3-L4", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a per-level table with 'N' cells and '(N = normal)'",
        "Findings:\nLevel | Disc | Canal | R NF | L NF\nL1/2 | N | N | N | N\nL4/5 | Bulge | Mild "
        "| Mild | N\n(N = normal)",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "disc_herniation"): "absent",
            ("L1-L2", "foraminal_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "a table's 'Disc' column 'Normal' is of the disc only, not the bare-normal level",
        "Findings:\nLevel | Disc | Canal\nL3-4 | Normal | Mild\nL4-5 | Normal |",
        {("L3-L4", "disc_bulge"): "absent", ("L3-L4", "canal_stenosis"): "mild"},
        [("L4-L5", "canal_stenosis"), ("L4-L5", "foraminal_stenosis_left")],
    ),
    (
        "'-' cells under a key ('Key: \"-\" = no abnormality')",
        "LEVEL | DISC | CANAL | FORAMINA (R/L)\nL1-2 | - | - | -/-\nL4-5 | protrusion | moderate "
        '| mild/-\nKey: "-" = no abnormality',
        {
            ("L1-L2", "disc_herniation"): "absent",
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a tab-separated per-level table",
        "Findings:\nLevel\tDisc\tCentral canal\tRight foramen\tLeft foramen\nL1-2\tNormal"
        "\tNormal\tNormal\tNormal\nL4-5\tBulge\tModerate-severe\tSevere\tModerate",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "'Discs at the other levels are unremarkable.': the discs of the levels not named",
        "L4/5: residual protrusion. Discs at the other levels are unremarkable.",
        {("L1-L2", "disc_bulge"): "absent", ("L5-S1", "disc_herniation"): "absent"},
        [("L1-L2", "canal_stenosis")],
    ),
    (
        "'Sept 2021 MRI - \"...\"' then 'Nov 2023 MRI:': the older quote is not read",
        'Sept 2021 MRI - "Small disc bulges L3-4 through L5-S1."\n\nNov 2023 MRI:\nL3-L4: '
        "Normal.\nL4-L5: Small bulge.",
        {("L3-L4", "disc_bulge"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [("L5-S1", "disc_bulge")],
    ),
    (
        "'First one said ... New one says ...': the first is an older study",
        "My 2nd MRI, 8 months apart. First one said small L4-5 bulge, no stenosis. New one says "
        '"moderate left paracentral extrusion at L5-S1".',
        {("L5-S1", "disc_herniation"): "present"},
        [("L4-L5", "disc_bulge")],
    ),
]


SESSION33 += [  # sets EV-EY
    (
        "'A lumbar MRI from October 2017 was unremarkable (Exhibit 2F/8).': a normal study",
        "A lumbar MRI from October 2017 was unremarkable (Exhibit 2F/8).",
        {("L1-L2", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'Marrow unremarkable.' is no normal study ('mar' is no month here)",
        "FINDINGS: L4-5: small broad-based disc bulge. Marrow unremarkable.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L1-L2", "canal_stenosis"), ("L5-S1", "disc_bulge")],
    ),
    (
        "'MRI L-spine (27/02/24, Riverside Imaging): normal study - no cause for sciatica seen.'",
        "MRI L-spine (27/02/24, Riverside Imaging): normal study - no cause for sciatica seen.",
        {("L3-L4", "canal_stenosis"): "none", ("L5-S1", "foraminal_stenosis_left"): "none"},
        [],
    ),
    (
        "the medical literature's view is a remark in general, not a finding",
        "L4-5: mild bulge.\nThe examiner explained that the medical literature does not support "
        "an altered gait as a cause of spinal stenosis or degenerative spondylolisthesis.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L1-L2", "canal_stenosis"), ("L4-L5", "spondylolisthesis")],
    ),
    (
        "a records line '- MRI ... dated 01/22/2021' and the prose 'The MRI ... dated "
        "01/22/2021 documented ...' are one study",
        "Information reviewed:\n- MRI of the lumbar spine dated 01/22/2021\n\nThe MRI of the "
        "lumbar spine dated 01/22/2021 documented a diffuse disc bulge at L4-L5 with mild central "
        "canal stenosis.",
        {("L4-L5", "disc_bulge"): "present", ("L4-L5", "canal_stenosis"): "mild"},
        [],
    ),
    (
        "'OBSERVATIONS :      PROTOCOL :' (two columns read across): the lines under them are "
        "findings",
        "OBSERVATIONS :          PROTOCOL :\nNo evidence of spondylolisthesis.     Axial T2W\n"
        "L4-5 : Diffuse disc bulge.",
        {("L2-L3", "spondylolisthesis"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
    (
        "'Severe multilevel spinal stenosis L2-L5, worst at L3-4.': of the levels after it",
        "Dad's MRI impression: Severe multilevel spinal stenosis L2-L5, worst at L3-4.",
        {
            ("L2-L3", "canal_stenosis"): "severe",
            ("L3-L4", "canal_stenosis"): "severe",
            ("L4-L5", "canal_stenosis"): "severe",
        },
        [("L5-S1", "canal_stenosis")],
    ),
    (
        "'Multilevel spinal stenosis.' naming no level is of none (not the level before)",
        "L4-5: bulge.\nMultilevel spinal stenosis.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L4-L5", "canal_stenosis")],
    ),
]


SESSION33 += [  # sets EZ-FC
    (
        "'L1-L2: Same.' after a level's line: that level's rows",
        "FINDINGS:\nT12-L1: No significant disc bulge, spinal canal or neural foraminal "
        "stenosis.\nL1-L2: Same.\nL2-L3: Mild disc bulge.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L1-L2", "foraminal_stenosis_right"): "none",
            ("L2-L3", "disc_bulge"): "present",
        },
        [("L2-L3", "canal_stenosis")],
    ),
    (
        "'L1/2 nil' and 'T12/L1 - Nil.': a normal level",
        "L1/2 nil\nL3/4 mild bulge\nT12/L1 - Nil.",
        {("L1-L2", "canal_stenosis"): "none", ("T12-L1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a markdown table (rule line under the header; 'Subart R', 'NF L' columns; 'mod-severe')",
        "| Level  | Disc  | Canal      | Subart R | NF L     |\n|--------|-------|------------|"
        "----------|----------|\n| L3-L4  | bulge | mod-severe | severe   | moderate |",
        {
            ("L3-L4", "canal_stenosis"): "severe",
            ("L3-L4", "subarticular_stenosis_right"): "severe",
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
        },
        [("L3-L4", "foraminal_stenosis_right")],
    ),
    (
        "a tab-separated table in a text that also holds '|' (an email's header line)",
        "MRI LUMBAR SPINE  |  Northside Imaging\nLevel\tDisc\tCanal\tForamina R/L\nL1/2\tN\tN"
        "\tN/N\nL5/S1\tMild bulge\tN\tN/mod\n(N = normal)",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L5-S1", "disc_bulge"): "present",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "'Canal: mod.' and 'Canal: sev.' at a sentence end",
        "L3-L4: Canal: mod.\nL4-L5: Canal: sev.",
        {("L3-L4", "canal_stenosis"): "moderate", ("L4-L5", "canal_stenosis"): "severe"},
        [],
    ),
    (
        "'Modic type 2 endplate changes L3-4 and L4-5, type 1/2 at L5-S1.': the second type",
        "IMPRESSION: Modic type 2 endplate changes L3-4 and L4-5, type 1/2 at L5-S1.",
        {
            ("L3-L4", "modic"): "type2",
            ("L4-L5", "modic"): "type2",
            ("L5-S1", "modic"): "type1",
        },
        [],
    ),
]


SESSION33 += [  # sets FD-FG
    (
        "a list of levels each with its measurement ('L3-L4 (3mm), L4-L5 (5mm), L5-S1 (4 mm)')",
        "Result of MRT: Dorsal disc herniations L3-L4 (3mm), L4-L5 (5mm), L5-S1 (4 mm).",
        {
            ("L3-L4", "disc_herniation"): "present",
            ("L4-L5", "disc_herniation"): "present",
            ("L5-S1", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "'at L3/4 (grade 1, 4 mm) and L4/5 (grade 1, 6 mm)': both levels",
        "There are degenerative anterolistheses at L3/4 (grade 1, 4 mm) and L4/5 (grade 1, 6 mm). "
        "Alignment is otherwise maintained.",
        {
            ("L3-L4", "spondylolisthesis"): "present",
            ("L4-L5", "spondylolisthesis"): "present",
            ("L2-L3", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "a grade in parentheses after each level stays that level's ('L3-4 (mild) and L4-5 "
        "(moderate)')",
        "There is foraminal narrowing at L3-4 (mild) and L4-5 (moderate).",
        {
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "'MRI result is \"MRI of the lumbar spine is normal. ...\"': a normal study",
        'Asking for my son. MRI result is "MRI of the lumbar spine is normal. No disc herniation '
        'or canal stenosis." but he still have pain',
        {("L1-L2", "disc_bulge"): "absent", ("L5-S1", "foraminal_stenosis_left"): "none"},
        [],
    ),
]


SESSION33 += [  # sets FH-FK
    (
        "'A January 2016 VA MRI of the lumbar spine was interpreted as normal.': a normal study",
        "X-rays in April 2015 showed mild degenerative changes. A January 2016 VA MRI of the "
        "lumbar spine was interpreted as normal.",
        {("L1-L2", "canal_stenosis"): "none", ("L4-L5", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a quoted '... L1-2 and L2-3 are unremarkable\" (Exhibit B11F/9).': normal levels",
        'A follow-up MRI reported: "At L3-4, disc bulge with moderate canal stenosis. L1-2 and '
        'L2-3 are unremarkable" (Exhibit B11F/9).',
        {("L1-L2", "canal_stenosis"): "none", ("L2-L3", "disc_bulge"): "absent"},
        [],
    ),
]


SESSION34: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets FL-FO, and text in capitals
    (
        "'~' as a data warehouse's line separator ('FINDINGS:~L1-L2, L2-L3: No abnormality.~')",
        "MR LUMBAR SPINE WO~~FINDINGS:~Normal alignment.~L1-L2, L2-L3: No abnormality.~L4-L5: "
        "Mild left foraminal stenosis.~~IMPRESSION: ~5 mm protrusion L4-5.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_herniation"): "absent",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "HL7 breaks in capitals ('\\.BR\\') read as line breaks",
        "FINDINGS:\\.BR\\L1-2: UNREMARKABLE.\\.BR\\L3-4: MILD CENTRAL CANAL STENOSIS.\\.BR\\"
        "IMPRESSION:\\.BR\\MODERATE CANAL STENOSIS AT L3-4.",
        {("L1-L2", "canal_stenosis"): "none", ("L3-L4", "canal_stenosis"): "mild"},
        [],
    ),
    (
        "a line headed 'Other levels:' speaks of the levels not named, sentence after sentence",
        "FINDINGS: Marked bilateral neural foraminal stenosis at L5-S1. Central canal is not "
        "stenotic at this level.\nOther levels: Normal disc signal and height. No disc herniation "
        "or stenosis.",
        {("L4-L5", "disc_herniation"): "absent", ("L4-L5", "canal_stenosis"): "none"},
        [("L5-S1", "disc_herniation")],
    ),
    (
        "'Other levels neg.' and 'neg for stenosis'",
        "L4-5 DDD w/ mod central canal stenosis. L3-4: neg for stenosis. Other levels neg.",
        {
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L3-L4", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
        },
        [],
    ),
    (
        "a line in capitals wrapped before a level after an open word ('AT L4-5 AND\\nL5-S1.')",
        "THERE IS MILD DISC BULGING FROM L3-4 THROUGH L5-S1 WITHOUT FOCAL\nHERNIATION. SLIGHT "
        "BILATERAL FORAMINAL ENCROACHMENT AT L4-5 AND\nL5-S1. THE CANAL IS OF NORMAL CALIBER.",
        {
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [("L3-L4", "foraminal_stenosis_left")],
    ),
    (
        "'(MODIC TYPE 2) AT L4-5' is no numbered list item '2)'",
        "FATTY ENDPLATE MARROW CHANGE (MODIC TYPE 2) AT L4-5.",
        {("L4-L5", "modic"): "type2"},
        [],
    ),
    (
        "a short line in capitals ends its statement ('OTHER LEVELS NORMAL\\nDOCTOR ADVISED')",
        "L5-S1: DIFFUSE DISC BULGE. LEFT LATERAL RECESS NARROWING PRESENT\nOTHER LEVELS NORMAL\n"
        "DOCTOR ADVISED BED REST AND TABLETS FOR 2 WEEKS. PAIN IS IN LEFT LEG TILL FOOT.",
        {("L1-L2", "canal_stenosis"): "none", ("L4-L5", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'The conus is at L1/2 and appears normal.' names no disc level for 'other levels'",
        "The conus is at L1/2 and appears normal. At L4/5 there is a bulge. Other disc levels "
        "appear normal.",
        {("L1-L2", "disc_bulge"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
    (
        "a grade told as changed: '... moderate ... has improved and is now mild'; 'is now only mild'",
        "The previously noted moderate left foraminal stenosis at L5-S1 has improved and is now "
        "mild. Canal stenosis at L4-5 is now severe. The right foraminal stenosis at L3-4 is now "
        "only mild.",
        {
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
]


SESSION34 += [  # sets FP-FS
    (
        "a form's ticked options are read, its empty boxes not ('[ ] Yes [X] No')",
        "Exclusion criteria (any level L1-S1)\n   Central canal stenosis, moderate or severe: "
        "[ ] Yes [X] No\n   Spondylolisthesis (any grade): [ ] Yes [X] No\nL4-L5: Modic: "
        "[ ] None [X] Type 1 [ ] Type 2",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L4-L5", "spondylolisthesis"): "absent",
            ("L4-L5", "modic"): "type1",
        },
        [],
    ),
    (
        "a table column graded 0-3 ('Central stenosis (Lee 0-3)', 'Foraminal L/R (Lee 0-3)')",
        "Level | Disc contour (MSU) | Central stenosis (Lee 0-3) | Foraminal L/R (Lee 0-3) | Modic\n"
        "L1-L2 | Normal | 0 | 0/0 | None\nL4-L5 | Protrusion | 1 | 1/2 | Type 1",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L1-L2", "modic"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "modic"): "type1",
        },
        [],
    ),
    (
        "'PLID' (prolapsed lumbar intervertebral disc) is a herniation",
        "Comment: PLID at L4-L5 & L5-S1 level.",
        {("L4-L5", "disc_herniation"): "present", ("L5-S1", "disc_herniation"): "present"},
        [],
    ),
    (
        "'rest WNL.', 'Other discs are free.'",
        "L4/5 - broad based HNP. rest WNL. L5/S1 protrusion. Other discs are free.",
        {("L1-L2", "canal_stenosis"): "none", ("L2-L3", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'Type 2 changes at L5-S1' (no 'Modic' word) is a Modic type",
        "Modic type 1 change at L4-5. Type 2 changes at L5-S1 anteriorly. Type 2 diabetes.",
        {("L4-L5", "modic"): "type1", ("L5-S1", "modic"): "type2"},
        [],
    ),
    (
        "'Mild bilateral foraminal stenosis, moderate on the left.': that side's grade; not "
        "'slightly worse on the right'",
        "L5-S1: Mild bilateral foraminal stenosis, moderate on the left. L4/5: Moderate bilateral "
        "foraminal stenosis, slightly worse on the right.",
        {
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
]


SESSION34 += [  # sets FP-FS, second pass
    (
        "'Lumbar alignment: No significant abnormality.' is a normal alignment",
        "Lumbar alignment: No significant abnormality.\nL4-5: mild bulge.",
        {("L1-L2", "spondylolisthesis"): "absent", ("L5-S1", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "a former grade told as changed since: 'Previously described severe ... narrowing has "
        "improved, with mild residual narrowing'; '... has progressed, now severe'",
        "L5-S1: Previously described severe right lateral recess narrowing has improved, with mild "
        "residual narrowing of the right lateral recess.\nL4-5: Previously noted moderate canal "
        "stenosis has progressed, now severe.",
        {
            ("L5-S1", "subarticular_stenosis_right"): "mild",
            ("L4-L5", "canal_stenosis"): "severe",
        },
        [],
    ),
]


SESSION34 += [  # sets FT-FW, and posts in capitals
    (
        "German level notation ('LWK 4/5', 'LWK 5/SWK 1')",
        "LWK 4/5: Broad-based disc protrusion. Moderate neuroforaminal stenosis on the right.\n"
        "LWK 5/SWK 1: Flat disc protrusion. Neuroforamina free.",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [("L1-L2", "disc_herniation")],
    ),
    (
        "translations: 'discal abaulation' (a bulge), 'without relevant changes', 'No alterations "
        "in the alignment'",
        "Discal abaulation L3-L4 touching the dural sac. L5-S1 without relevant changes. No "
        "alterations in the alignment.",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L5-S1", "canal_stenosis"): "none",
            ("L2-L3", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "'Remaining levels grossly unremarkable within the limits of motion.', '... on sagittals'",
        "L5-S1: small protrusion. Remaining levels grossly unremarkable within the limits of "
        "motion.\nL3-4 and above: within normal limits on sagittals.",
        {("L1-L2", "canal_stenosis"): "none", ("L4-L5", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'no central canal stenosis at this or any other level' is of every level",
        "L3/4: far lateral prolapse. There is no central canal stenosis at this or any other level.",
        {("L1-L2", "canal_stenosis"): "none", ("L5-S1", "canal_stenosis"): "none"},
        [],
    ),
    (
        "'Discs unremarkable for age.' (plural, no level) is of every disc",
        "L2-3: severe canal stenosis. Discs unremarkable for age.",
        {("L2-L3", "canal_stenosis"): "severe", ("L5-S1", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'the preoperative study, which showed severe canal stenosis' is a prior study",
        "FINDINGS: Compared with the preoperative study, which showed severe canal stenosis at L3-4 "
        "and L4-5, the thecal sac is now widely decompressed, with no residual central canal "
        "stenosis at L3-4 or L4-5.",
        {("L3-L4", "canal_stenosis"): "none", ("L4-L5", "canal_stenosis"): "none"},
        [],
    ),
    (
        "a post in capitals: the report quoted after 'SAID' is read, the poster's guesses are not",
        "MINE JUST SAID 'MRI LUMBAR SPINE: NORMAL STUDY.' BUT I'M CONVINCED THERE'S A PROLAPSE AT "
        "L5/S1 THEY'VE MISSED.",
        {("L1-L2", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
]


SESSION34 += [  # sets FX-GA
    (
        "'L1-2 ~ L3-4 : no significant abnormality' ('~' a range after a level, not a separator)",
        "Findings :\n  L1-2 ~ L3-4 : no significant abnormality\n  L4-5 :  diffuse bulging disc\n"
        "Conclusion : bulging disc at L4-5 ~ mild.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "absent",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "'Otherwise, no remarkable finding.' is a normal rest of the study",
        "Findings:\n1. L4-5, suspicious small central protrusion.\n2. L5-S1, diffuse bulging disc.\n"
        "4. Otherwise, no remarkable finding.",
        {("L1-L2", "canal_stenosis"): "none", ("L3-L4", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'MRI L/S: NAD.' (lumbosacral) is a normal lumbar study, not refused",
        "MRI L/S: NAD.",
        {("L1-L2", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
]


SESSION35: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets GB-GI
    (
        "a finding stated normal ('Modic: normal', 'Disc bulge: normal') is none / absent",
        "FINDINGS: L4-5: Canal: moderate stenosis. Modic: normal. Disc bulge: normal.\n"
        "L5-S1: Endplate marrow signal is normal.",
        {
            ("L4-L5", "modic"): "none",
            ("L4-L5", "disc_bulge"): "absent",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L5-S1", "modic"): "none",
        },
        [],
    ),
    (
        "'Left foraminal stenosis moderate; right mild.' grades each side",
        "FINDINGS: L2-3: Left foraminal stenosis moderate; right mild.",
        {
            ("L2-L3", "foraminal_stenosis_left"): "moderate",
            ("L2-L3", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "'Type 2 changes L3-4.' (no 'at', no 'Modic') is a Modic type; 'Type 2 diabetes' is not",
        "History: Type 2 diabetes. Findings: Type 2 changes L3-4.",
        {("L3-L4", "modic"): "type2"},
        [],
    ),
    (
        "'Everything else looks normal.' is the levels not named",
        "FINDINGS: L5/S1 - tiny central protrusion. Everything else looks normal.",
        {("L1-L2", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "present"},
        [("L5-S1", "canal_stenosis")],
    ),
    (
        "another structure on an 'Alignment:' line ('Vertebral body heights are maintained') "
        "is not the alignment",
        "FINDINGS:\nAlignment: 3 mm retrolisthesis of L3 on L4. Vertebral body heights are maintained.",
        {("L3-L4", "spondylolisthesis"): "present"},
        [("L1-L2", "spondylolisthesis"), ("L5-S1", "spondylolisthesis")],
    ),
    (
        "'slipped vertebral apophysis' is no listhesis; 'slipped vertebra' is",
        "FINDINGS: L4-5: slipped vertebral apophysis. L5-S1: slipped vertebra.",
        {("L5-S1", "spondylolisthesis"): "present"},
        [("L4-L5", "spondylolisthesis")],
    ),
    (
        "'Th12-L1 up to L3-L4' is a range; 'of sufficient width' a normal canal; 'no olisthesis'",
        "FINDINGS: Straight lordosis, no olisthesis.\nTh12-L1 up to L3-L4: no disc herniation.\n"
        "L4-L5: Spinal canal of sufficient width.",
        {
            ("T12-L1", "disc_herniation"): "absent",
            ("L2-L3", "disc_herniation"): "absent",
            ("L3-L4", "disc_herniation"): "absent",
            ("L4-L5", "canal_stenosis"): "none",
            ("L5-S1", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "'normal findings' of a level; 'is now not visible' negates",
        "FINDINGS: Th12/L1, L1/2: normal findings.\nL5/S1: the protrusion described on CT is "
        "now not visible.",
        {
            ("T12-L1", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L5-S1", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "'The upper lumbar levels through L3-4' is L1-L2 to L3-L4; 'No acute fracture or "
        "malalignment' is normal alignment",
        "FINDINGS: The upper lumbar levels through L3-4 are unremarkable. No acute fracture or "
        "malalignment.\nL4-5: Mild disc bulge.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "absent",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "a report line repeating the first lines' words is no page header ('... page 1' at the end)",
        "...ies of the lumbar spine are normal in height. No spondylolisthesis.\nThe conus is "
        "normal.\nAt L4-5 there is mild disc bulge with mild left foraminal narrowing.\n"
        "The remaining levels are normal.\nIMPRESSION: Mild left foraminal stenosis at L4-5.\n"
        "[NAME]                                  page 1",
        {
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L1-L2", "canal_stenosis"): "none",
            ("L5-S1", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "unproofread dictation: 'L4 five', 'L5 S one' and 'mild scratch that moderate'",
        "Findings: alignment normal period at L4 five there is a disc bulge period mild scratch "
        "that moderate left foraminal narrowing period at L5 S one no stenosis period",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
]
SESSION35 += [  # sets GJ-GQ
    (
        "'All other exit foramina are patent' is the foramina not described",
        "FINDINGS: Foramina: The left L4/5 foramen is moderately narrowed. All other exit foramina "
        "are patent.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "none",
            ("L2-L3", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a whole-spine study is read ('MRI TOTAL SPINE'), 'Normal intervertebral discs throughout'",
        "EXAM: MRI TOTAL SPINE\nFINDINGS: Vertebral alignment is normal. Normal intervertebral "
        "discs throughout the spine. No significant spinal canal stenosis at any level.",
        {
            ("L3-L4", "spondylolisthesis"): "absent",
            ("L3-L4", "disc_bulge"): "absent",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a part headed 'CERVICAL SPINE:' speaks of the neck until a lumbar heading or level",
        "FINDINGS:\nCERVICAL SPINE: Alignment is maintained. No canal stenosis.\n"
        "THORACIC SPINE: Tiny protrusion at T7-8.\nT12-L1: Small protrusion. No canal stenosis.\n"
        "Lumbar spine / epidural space: L4-5: mild disc bulge.",
        {("T12-L1", "canal_stenosis"): "none", ("L4-L5", "disc_bulge"): "present"},
        [("L1-L2", "spondylolisthesis"), ("L1-L2", "canal_stenosis")],
    ),
    (
        "'MRI lumbar spine: ... at L5/S1. Otherwise normal.' is the levels not described",
        "MRI lumbar spine: small central disc protrusion at L5/S1, no nerve root compression. "
        "Otherwise normal.",
        {("L1-L2", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "present"},
        [("L5-S1", "canal_stenosis")],
    ),
    (
        "'Normal disc appearances', 'Nil significant', 'and to a lesser extent L5/S1'",
        "FINDINGS: Modic type 2 endplate changes at L4/5 and to a lesser extent L5/S1.\n"
        "T12/L1 to L3/4: Normal disc appearances.\nL1/2: Nil significant.",
        {
            ("L5-S1", "modic"): "type2",
            ("L2-L3", "disc_bulge"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'L3â€“4' (an en dash read as Windows-1252) is a level",
        "FINDINGS: Minimal disc bulges at L3\u00e2\u20ac\u201c4 and L4\u00e2\u20ac\u201c5.",
        {("L3-L4", "disc_bulge"): "present", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
    (
        "'the plain films, which showed preserved alignment' is the films', not the study's",
        "FINDINGS: L3-L4: Mild retrolisthesis of L3 on L4, new compared with the plain films, "
        "which showed preserved alignment.",
        {("L3-L4", "spondylolisthesis"): "present"},
        [("L1-L2", "spondylolisthesis")],
    ),
    (
        "a reader study's shorthand: 'CCS normal/mild; NF L normal/mild, R moderate; SA L/R severe'",
        "L3/L4: CCS normal/mild; NF L normal/mild, R moderate; SA L/R severe\n"
        "L4/L5: NF: R mild / L normal. SA L severe.",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
            ("L3-L4", "subarticular_stenosis_right"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "subarticular_stenosis_left"): "severe",
        },
        [("L4-L5", "subarticular_stenosis_right")],
    ),
    (
        "'sa' in other words or languages is no subarticular zone",
        "FINDINGS: L4-5 mild bulge. Salamat po sa sasagot.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L4-L5", "subarticular_stenosis_left"), ("L4-L5", "subarticular_stenosis_right")],
    ),
]


SESSION35 += [  # sets GR-GU
    (
        "'At L1-L2, L2-L3 no disc bulge' ('at' opening the clause leads a comma list); not "
        "'Mild stenosis at L1-L2, L2-L3 severe stenosis'",
        "FINDINGS: At L1-L2, L2-L3 no disc bulge or herniation.\nMild stenosis at L3-L4, L4-L5 "
        "severe stenosis.",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "disc_herniation"): "absent",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "severe",
        },
        [],
    ),
    (
        "'FINDINGS/IMPRESSION:' after 'HISTORY: ...' on the same line opens the findings",
        "MRI LUMBAR SPINE WITHOUT CONTRAST. HISTORY: Back pain. FINDINGS/IMPRESSION: Normal MRI "
        "of the lumbar spine. No disc herniation, spinal stenosis or spondylolisthesis.\n"
        "Attending attestation: I have personally reviewed the images and agree.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L5-S1", "disc_herniation"): "absent",
            ("L3-L4", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "'Remaining levels: No significant degenerative change.' is the bare-normal set",
        "FINDINGS:\nL4-L5: Moderate central canal stenosis.\nRemaining levels: No significant "
        "degenerative change.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L4-L5", "canal_stenosis"): "moderate",
        },
        [],
    ),
    (
        "dictation: 'L3/L4 colon normal' (a spoken colon after a level written with a slash)",
        "Findings colon L3/L4 colon normal period L4-L5 colon mild bulge period",
        {("L3-L4", "canal_stenosis"): "none", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
    (
        "a poster's aside in brackets opening a sentence of the quoted report is skipped",
        "L5/S1: Mild left foraminal narrowing. [no idea what annular means] Other levels: no "
        "significant abnormality.",
        {("L1-L2", "canal_stenosis"): "none", ("L5-S1", "foraminal_stenosis_left"): "mild"},
        [],
    ),
]


SESSION36: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets GV-HC
    (
        "'BNF' is both neural foramina; a bare 'NF' after its grade closing a clause is the "
        "narrowing; 'NF and canal are normal' and 'narrowing of B/L NF' stay as they were",
        "FINDINGS:\nL3-4: Mod BNF narrowing.\nL4-5: Severe CCS, severe BNF.\n"
        "L5-S1: Mod L and mild R NF. Left NF and canal are normal at T12-L1.",
        {
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "severe",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
            ("T12-L1", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "'NF1' (neurofibromatosis) is no foramen",
        "HISTORY: NF1. FINDINGS: L4-5: mild NF1 related dural ectasia. Moderate canal stenosis.",
        {("L4-L5", "canal_stenosis"): "moderate"},
        [("L4-L5", "foraminal_stenosis_left")],
    ),
    (
        "'L LR' is the left lateral recess; 'the R S1 root in the lateral recess' is the right one",
        "FINDINGS: L4-5: mild narrowing of L LR; no CCS.\n"
        "L5-S1: fragment compressing the R S1 root in the lateral recess.",
        {
            ("L4-L5", "subarticular_stenosis_left"): "mild",
            ("L5-S1", "subarticular_stenosis_right"): "present",
        },
        [("L4-L5", "subarticular_stenosis_right"), ("L5-S1", "subarticular_stenosis_left")],
    ),
    (
        "'Normal study for field strength' (a low-field unit's report) is a normal study",
        "OPEN MRI LUMBAR SPINE (0.3T): Normal study for field strength.",
        {("L3-L4", "disc_bulge"): "absent", ("L3-L4", "canal_stenosis"): "none"},
        [],
    ),
    (
        "'Limited, grossly unremarkable on sagittals' is a normal level",
        "FINDINGS:\nL1-2, L2-3: Limited, grossly unremarkable on sagittals.\nL4-5: Mild bulge.",
        {("L1-L2", "disc_bulge"): "absent", ("L2-L3", "canal_stenosis"): "none"},
        [],
    ),
    (
        "'nerve openings' (a patient letter's words) are the foramina",
        "What the MRI showed:\n- L4-L5: the nerve openings are mildly narrowed on the left and "
        "moderately narrowed on the right.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "'the herniation that was seen on your 2022 MRI has gone away' is absent now",
        "FINDINGS: The disc herniation at L5-S1 that was seen on your 2022 MRI has gone away. "
        "The protrusion at L4-5 which was seen on the prior study has resolved.",
        {("L5-S1", "disc_herniation"): "absent", ("L4-L5", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'The remainder of the study is unremarkable' is the levels not named; 'The MRI ... was "
        "reported as a normal study' a normal study",
        "I reviewed the MRI, which shows a small protrusion at L4-5. The remainder of the study "
        "is unremarkable.\nThe MRI of the lumbar spine dated 03/02/2023 was reported as a normal "
        "study.",
        {("L4-L5", "disc_herniation"): "present", ("L2-L3", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'Discs:L1-L2: Unremarkable.' (an app's squashed text) is a normal level; 'Discs at the "
        "other levels are unremarkable' stays the discs' only",
        "FINDINGS:Discs:L1-L2: Unremarkable.L2-L3: Mild bulge. Discs at the other levels are "
        "unremarkable.",
        {("L1-L2", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "a clinician's 'this type of disc herniation is off to the side' is no finding of the "
        "levels named before it",
        "MRI L spine: Far lateral disc herniation on the left at L3-L4. L1-2 and L2-3 normal.\n"
        "Explained to pt that this type of disc herniation is off to the side.\n",
        {("L3-L4", "disc_herniation"): "present", ("L1-L2", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'Remainder unremarkable.' is the levels not named",
        "Per Dr A note: L4-5 broad based disc bulge. L5-S1 no HNP. Remainder unremarkable.",
        {("L2-L3", "disc_bulge"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
    (
        "'Normal discs with no canal or foraminal stenosis' is the discs normal too",
        "Findings:\nL1-2 through L4-5: Normal discs with no canal or foraminal stenosis.",
        {("L2-L3", "disc_bulge"): "absent", ("L2-L3", "canal_stenosis"): "none"},
        [],
    ),
    (
        "a 'no' clause about something else on a heading's line ('Spondylolisthesis: grade 1 L4 "
        "on L5; no dynamic views') is not the heading's 'none'",
        "FINDINGS:\nSpondylolisthesis: grade 1 anterolisthesis L4 on L5, unchanged; no dynamic "
        "views.\nForaminal stenosis: moderate left L4-5; none elsewhere.",
        {
            ("L4-L5", "spondylolisthesis"): "present",
            ("L2-L3", "foraminal_stenosis_left"): "none",
        },
        [("L2-L3", "spondylolisthesis"), ("L5-S1", "spondylolisthesis")],
    ),
    (
        "a reading form's 'bulging 0' is no bulge; 'bulging 1' is one",
        "FINDINGS:\nL1/2 - signal grade 1 (normal), height normal, bulging 0.\n"
        "L3/4 - signal 2, bulging 1.",
        {("L1-L2", "disc_bulge"): "absent", ("L3-L4", "disc_bulge"): "present"},
        [],
    ),
    (
        "machine-translated 'Rest in the norm.' and 'Rest of the intervertebral spaces without "
        "alterations.' are the levels not named",
        "MRI lumbar spine: protrusion discal L4-L5 paramedian left. Rest in the norm.\n\n"
        "Findings: Signs of degeneration of the disc in L4-L5 without herniations. Rest of the "
        "intervertebral spaces without alterations.",
        {("L2-L3", "disc_bulge"): "absent", ("L4-L5", "disc_herniation"): "present"},
        [],
    ),
    (
        "'Rest of the intervertebral spaces without alterations.' is the levels not named",
        "Findings: Signs of degeneration of the disc in L4-L5 without herniations. Rest of the "
        "intervertebral spaces without alterations.",
        {("L2-L3", "canal_stenosis"): "none", ("L4-L5", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'no abnormalty' (a common misspelling) is a normal level",
        "FINDINGS:\nL1-2: no abnormalty\nL2-3: mild bulge",
        {("L1-L2", "disc_bulge"): "absent"},
        [],
    ),
]

#: session 38 (sets HL-HO)
SESSION38: list[tuple[str, str, dict[Key, str], list[Key]]] = [
    (
        "the disc between two vertebrae",
        "MRI lumbar spine. He said the disc between L5 and S1 has prolapsed on the right side.",
        {("L5-S1", "disc_herniation"): "present"},
        [],
    ),
    (
        "a prolapse between the L4 and L5 vertebrae",
        "MRI LUMBAR SPINE\nFINDINGS: There is a small prolapse between the L4 and L5 vertebrae.",
        {("L4-L5", "disc_herniation"): "present"},
        [],
    ),
    (
        "'between' two vertebrae that are not neighbours names no disc",
        "MRI LUMBAR SPINE\nFINDINGS: Mild canal stenosis between L3 and L5.",
        {},
        [("L3-L4", "canal_stenosis"), ("L4-L5", "canal_stenosis")],
    ),
    (
        "normal levels 'as before'",
        "MRI LUMBAR SPINE - FOLLOW-UP\nFINDINGS: L1-2 and L2-3 are normal, as before.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_herniation"): "absent",
            ("L2-L3", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a range of vertebral bodies names no disc level",
        "MRI LS SPINE\nObservations:\nL1 to L5 vertebral bodies normal in signal.\n"
        "L4-L5 disc: Diffuse bulge.\nRest of the discs are normal.",
        {
            ("L2-L3", "disc_bulge"): "absent",
            ("L3-L4", "disc_herniation"): "absent",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "foramina 'unchanged and remain' narrowed",
        "MRI LUMBAR SPINE\nFINDINGS: The L4-5 foramina are unchanged and remain mildly narrowed "
        "bilaterally. The canal at L3-4 is stable, moderately narrowed.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "canal_stenosis"): "moderate",
        },
        [],
    ),
    (
        "'stable' of one site, a grade of the next",
        "MRI LUMBAR SPINE\nFINDINGS: The canal is stable and the foramina are mildly narrowed at "
        "L4-5.",
        {("L4-L5", "foraminal_stenosis_left"): "mild"},
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "a site, then a range from one disc to another",
        "MRI LUMBAR SPINE\nFINDINGS: The foramina from T12-L1 to L2-3 are patent.",
        {
            ("T12-L1", "foraminal_stenosis_left"): "none",
            ("L1-L2", "foraminal_stenosis_right"): "none",
            ("L2-L3", "foraminal_stenosis_left"): "none",
        },
        [("L3-L4", "foraminal_stenosis_left")],
    ),
    (
        "a current negation beside a prior study's finding",
        "MRI LUMBAR SPINE\nFINDINGS: At L4-5 no discrete herniation is seen, and in particular "
        "there is no recurrence of the herniation described on the outside study.",
        {("L4-L5", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a prior study's finding in a relative clause stays prior",
        "MRI LUMBAR SPINE\nFINDINGS: A protrusion at L4-5, which was described on the prior study. "
        "Mild canal stenosis at L3-4.",
        {("L3-L4", "canal_stenosis"): "mild"},
        [("L4-L5", "disc_herniation")],
    ),
    (
        "an earlier scan's words parted by a level stay the earlier scan's",
        "MRI lumbar spine. First one 2020 said only l4 l5 disc bulge mild, L5-S1 normal.",
        {},
        [("L5-S1", "canal_stenosis"), ("L4-L5", "disc_bulge")],
    ),
    (
        "one site's predicate repeated at other levels",
        "MRI LUMBAR SPINE\nFINDINGS: The canal is mildly narrowed at L2-3, moderately narrowed at "
        "L3-4, and not narrowed at L4-5 or L5-S1.",
        {
            ("L2-L3", "canal_stenosis"): "mild",
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L4-L5", "canal_stenosis"): "none",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a repeated bare 'stenosis' is the canal's",
        "MRI LUMBAR SPINE\nFINDINGS: Mild bilateral foraminal stenosis at L5-S1 and mild stenosis "
        "at L4-5.",
        {("L5-S1", "foraminal_stenosis_left"): "mild", ("L4-L5", "canal_stenosis"): "mild"},
        [("L4-L5", "foraminal_stenosis_left")],
    ),
    (
        "'both' standing for the sites of the clause before",
        "MRI LUMBAR SPINE\nFINDINGS: Both lateral recesses are severely narrowed at L4-5, and both "
        "are moderately narrowed at L3-4. The left foramen is severely narrowed at L5-S1, and both "
        "are mildly narrowed at L2-3.",
        {
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L3-L4", "subarticular_stenosis_left"): "moderate",
            ("L3-L4", "subarticular_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "severe",
            ("L2-L3", "foraminal_stenosis_left"): "mild",
            ("L2-L3", "foraminal_stenosis_right"): "mild",
        },
        [("L5-S1", "foraminal_stenosis_right")],
    ),
    (
        "'the thecal sac without stenosis of the canal or foramina': the sites after it",
        "MRI LUMBAR SPINE\nFINDINGS: At L3-4 a small broad-based bulge mildly indents the ventral "
        "thecal sac without stenosis of the canal or foramina.",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L3-L4", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a Modic focus 'along' an endplate in a sentence's second clause",
        "MRI LUMBAR SPINE\nFINDINGS: Modic type 2 change is present at L3-4, and there is a small "
        "focus of oedema-like (type 1) endplate signal along the superior endplate of L5.",
        {("L3-L4", "modic"): "type2", ("L4-L5", "modic"): "type1"},
        [],
    ),
    (
        "a poster's question opening with 'Also,'",
        "Result: L4-5 mild disc bulge. Also, what does Modic mean? Thanks",
        {("L4-L5", "disc_bulge"): "present"},
        [("L4-L5", "modic")],
    ),
    (
        "'interval resorption of' the prior study's extrusion, and what it caused then",
        "MRI LUMBAR SPINE\nFINDINGS: L5-S1: Interval resorption of the previously described large "
        "right paracentral extrusion, which previously caused severe right lateral recess stenosis.",
        {("L5-S1", "disc_herniation"): "absent"},
        [("L5-S1", "subarticular_stenosis_right")],
    ),
    (
        "what a finding caused before, then what it causes now",
        "MRI LUMBAR SPINE\nFINDINGS: L5-S1: A residual protrusion, which previously caused severe "
        "right lateral recess stenosis, now causes mild right lateral recess narrowing.",
        {("L5-S1", "disc_herniation"): "present", ("L5-S1", "subarticular_stenosis_right"): "mild"},
        [],
    ),
    (
        "a partial resolution leaves the finding",
        "MRI LUMBAR SPINE\nFINDINGS: L5-S1: Partial resolution of the large right paracentral "
        "extrusion. L4-5: Near complete resolution of the protrusion.",
        {("L5-S1", "disc_herniation"): "present", ("L4-L5", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'Multilevel' before a finding whose levels follow it",
        "MRI LUMBAR SPINE\nFINDINGS: Multilevel Modic type 2 changes from L3-4 through L5-S1.",
        {("L3-L4", "modic"): "type2", ("L4-L5", "modic"): "type2", ("L5-S1", "modic"): "type2"},
        [],
    ),
    (
        "'Rest NAD.'",
        "Imaging: MRI (per GP letter) - L5/S1 broad based disc bulge, mild bilat NF narrowing, no "
        "canal stenosis. Rest NAD.",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "disc_herniation"): "absent",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "the remaining levels 'were reported as normal'",
        "The follow-up MRI showed a mild diffuse disc bulge at L4/5 without stenosis. The remaining "
        "lumbar levels were reported as normal.",
        {("L2-L3", "canal_stenosis"): "none", ("L5-S1", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'the lowest vertebra of the lumbar spine' is no blanket",
        "MRI LUMBAR SPINE\nFINDINGS: Grade 1 isthmic spondylolisthesis at L5-S1. In lay terms, the "
        "lowest vertebra of the lumbar spine has slipped forward on the sacrum.",
        {("L5-S1", "spondylolisthesis"): "present"},
        [("L3-L4", "spondylolisthesis"), ("L1-L2", "spondylolisthesis")],
    ),
    (
        "a bulleted list's last item before the poster's own line",
        "Report of my wife 38F. MRI LS spine:\n- Grade I spondylolisthesis of L5 with bilateral "
        "pars defects.\n- L4L5 disc bulge, no significant canal stenosis\n- Rest normal\northo "
        "advising fusion surgery, 2nd opinion pls.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "absent",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "foramina 'at these levels are also patent'",
        "MRI LUMBAR SPINE\nFINDINGS: The central canal is patent at L4/5 and L5/S1. The exit "
        "foramina at these levels are also patent.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a previous MRI with its date in brackets 'had reported'",
        "MRI LS SPINE\n* PREVIOUS MRI (05/2021) HAD REPORTED L5-S1 PIVD\n* MILD L4-5 DISC BULGE.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L5-S1", "disc_herniation")],
    ),
    (
        "'the outside report describes' (present tense)",
        "MRI LUMBAR SPINE\nFINDINGS: L3-4: The outside report describes a small left foraminal "
        "protrusion at this level. No protrusion is seen today.",
        {("L3-L4", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'a new one showed up' in a poster's closing question is no newer study",
        'Comparing my two MRIs. The old one (2019) said:\n"L4-5: moderate disc bulge."\n\n'
        "New one (Oct 2023):\nCOMPARISON: MRI lumbar spine 06/12/2019.\nFINDINGS: L3-4: Minimal "
        "disc bulge. No central or foraminal stenosis.\n\nSo the old protrusion went away and a "
        "new one showed up one level higher?",
        {("L3-L4", "disc_bulge"): "present", ("L3-L4", "canal_stenosis"): "none"},
        [("L4-L5", "disc_bulge")],
    ),
    (
        "'the visualized L1-L2 and L2-L3 levels are unremarkable'",
        "EXAM: MRI THORACIC SPINE\nFINDINGS: T12-L1: Small disc bulge with mild left foraminal "
        "narrowing. The visualized L1-L2 and L2-L3 levels are unremarkable.",
        {("L1-L2", "canal_stenosis"): "none", ("L2-L3", "disc_bulge"): "absent"},
        [],
    ),
    (
        "a finding 'described here on' a dated earlier study",
        "MRI LUMBAR SPINE\nFINDINGS: L5-S1: A left foraminal protrusion was described here on "
        "07/22/2024. Mild disc bulge.",
        {("L5-S1", "disc_bulge"): "present"},
        [("L5-S1", "disc_herniation")],
    ),
    (
        "'Here's the new one:' after an older MRI told of in prose",
        'Update on my back. Had a new MRI last week. For reference my 2021 MRI said "large L5-S1 '
        "central extrusion with severe canal stenosis\" and it got better. Here's the new one:\n\n"
        "MRI LUMBAR SPINE\nCOMPARISON: MRI lumbar spine 03/14/2021.\nFINDINGS:\nL5-S1: Residual "
        "small central protrusion. Mild spinal canal narrowing.",
        {("L5-S1", "disc_herniation"): "present", ("L5-S1", "canal_stenosis"): "mild"},
        [],
    ),
    (
        "a level's labelled fields set apart by runs of spaces",
        "LEVEL-BY-LEVEL:\nL1-L2: Disc: none   Canal: patent   Foramina: patent\nL5-S1: Disc: right "
        "paracentral extrusion   Canal: mild   Lateral recesses: severe right; left patent   "
        "Foramina: patent",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L5-S1", "canal_stenosis"): "mild",
            ("L5-S1", "disc_herniation"): "present",
            ("L5-S1", "subarticular_stenosis_right"): "severe",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a range heading, then 'Normal discs, canal and foramina.'",
        "MRI LUMBAR SPINE\nReport:\nT12/L1 to L3/4: Normal discs, canal and foramina.",
        {
            ("T12-L1", "canal_stenosis"): "none",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L3-L4", "disc_bulge"): "absent",
        },
        [],
    ),
    (
        "'The levels above are normal.' after the lower levels",
        "MRI LUMBAR SPINE\nFindings:\nL5-S1: small protrusion.\nAt L4-5 there is a minor disc "
        "bulge. No canal or foraminal stenosis.\nThe levels above are normal.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "disc_herniation"): "absent",
            ("L4-L5", "disc_bulge"): "present",
        },
        [("L5-S1", "disc_bulge")],
    ),
    (
        "a disc eccentric to one side, then each foramen's own state",
        "MRI LUMBAR SPINE\nFINDINGS: L2-3: disc osteophyte complex eccentric to the right, mild "
        "right foraminal narrowing, left foramen patent.",
        {
            ("L2-L3", "foraminal_stenosis_right"): "mild",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L2-L3", "disc_bulge"): "present",
        },
        [],
    ),
]

SESSION39: list[tuple[str, str, dict[Key, str], list[Key]]] = [
    (
        "endplate marrow signal normal 'at all levels' is Modic none",
        "MRI LUMBAR SPINE\nFINDINGS: Endplate marrow signal is normal at all levels.\n"
        "L4-5: Mild disc bulge.",
        {
            ("L1-L2", "modic"): "none",
            ("L4-L5", "modic"): "none",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "'normal endplate marrow signal at L4-5' is Modic none",
        "MRI LUMBAR SPINE\nFINDINGS: Normal endplate marrow signal at L4-5.",
        {("L4-L5", "modic"): "none"},
        [],
    ),
    (
        "'abnormal endplate marrow signal' stays a Modic change",
        "MRI LUMBAR SPINE\nFINDINGS: Abnormal endplate marrow signal at L4-5.",
        {("L4-L5", "modic"): "present"},
        [],
    ),
    (
        "one side's narrowing whose recess is named after the other side",
        "MRI LUMBAR SPINE\nFINDINGS: At L3-4 there is moderate canal stenosis, with severe narrowing "
        "of the left and moderate narrowing of the right lateral recess.",
        {
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L3-L4", "subarticular_stenosis_left"): "severe",
            ("L3-L4", "subarticular_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "narrowing of the left and right foramina",
        "MRI LUMBAR SPINE\nFINDINGS: At L4-5 there is mild narrowing of the left and right neural "
        "foramina.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "a side after the verb: 'is seen on the left'",
        "MRI LUMBAR SPINE\nFINDINGS: At L4-L5 there is moderate canal stenosis. Mild foraminal "
        "encroachment is seen on the left at this level.",
        {("L4-L5", "foraminal_stenosis_left"): "mild"},
        [("L4-L5", "foraminal_stenosis_right")],
    ),
    (
        "a site stated normal in the past tense after 'at this level'",
        "MRI of the lumbar spine showed a right disc herniation at L3-L4 with severe right "
        "foraminal stenosis. The left foramen at this level was normal.",
        {
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "severe",
        },
        [],
    ),
    (
        "levels seen only on the sagittal images, stated unremarkable",
        "MRI THORACIC SPINE\nFINDINGS:\nT12-L1: Small right paracentral protrusion.\n"
        "L1-2 and L2-3, included on the sagittal images, are unremarkable.",
        {("L1-L2", "canal_stenosis"): "none", ("L2-L3", "disc_herniation"): "absent"},
        [],
    ),
    (
        "levels not imaged axially but unremarkable on the sagittal images",
        "MRI LUMBAR SPINE\nFINDINGS: At L4-5 there is a small central bulge. The L1-2 and L2-3 "
        "interspaces were not imaged in the axial plane but are unremarkable on the sagittal images.",
        {("L1-L2", "foraminal_stenosis_left"): "none", ("L2-L3", "disc_bulge"): "absent"},
        [],
    ),
    (
        "a normal level in a clause after 'and'",
        "MRI LUMBAR SPINE\nFINDINGS: At L4-5 a mild bulge. The prior study also described a tiny "
        "right foraminal protrusion at L3-4; this is not visualized on the current examination and "
        "L3-4 is normal.",
        {("L3-L4", "canal_stenosis"): "none", ("L3-L4", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'on that study' in an addendum is the earlier study",
        "MRI LUMBAR SPINE\nFINDINGS:\nL4-5: Moderate canal stenosis.\nADDENDUM: The outside 2016 "
        "images were obtained. On that study there was mild canal stenosis at L4-5 and a small "
        "central protrusion at L3-4.",
        {("L4-L5", "canal_stenosis"): "moderate"},
        [("L3-L4", "disc_herniation")],
    ),
    (
        "an MRI 'performed two years earlier' is an earlier study",
        "A 52-year-old woman presented with sciatica; a lumbar MRI performed two years earlier had "
        "shown only a mild disc bulge at L4-5. Emergency MRI of the lumbar spine revealed a massive "
        "central disc extrusion at L4-L5.",
        {("L4-L5", "disc_herniation"): "present"},
        [("L4-L5", "disc_bulge")],
    ),
    (
        "a 'recurrent' herniation on a dated older MRI is of that study",
        "Background: 2015 I had an L5-S1 microdiscectomy. 2020 MRI showed a recurrent herniation "
        "at L5-S1, and I did injections. The new MRI shows a mild disc bulge at L4-5.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L5-S1", "disc_herniation")],
    ),
    (
        "'given' ends a negation: 'no manipulation given listhesis'",
        "MRI report: grade 1 isthmic spondylolisthesis of L5.\nTx plan: NO HVLA to lumbosacral "
        "segments given listhesis.",
        {("L5-S1", "spondylolisthesis"): "present"},
        [("L4-L5", "spondylolisthesis"), ("L1-L2", "spondylolisthesis")],
    ),
]

SESSION39_ROUND9: list[tuple[str, str, dict[Key, str], list[Key]]] = [
    (
        "a title line in capitals before 'MRI L-SPINE: Normal.' is no wrapped line",
        "EXAMPLE - SHORTEST ACCEPTABLE NORMAL REPORT\nMRI L-SPINE: Normal.",
        {("L1-L2", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "grades per level after 'which is'",
        "MRI LUMBAR SPINE\nFINDINGS: These result in spinal canal stenosis which is mild at L2-L3, "
        "moderate at L3-L4, severe at L4-L5 (AP diameter about 6 mm) and mild at L5-S1.",
        {
            ("L2-L3", "canal_stenosis"): "mild",
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L5-S1", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "a Modic change 'at the L2-L3 endplates and at the inferior endplate of L5'",
        "MRI LUMBAR SPINE\nFINDINGS: Type 2 Modic change is present at the L2-L3 endplates and at "
        "the inferior endplate of L5.",
        {("L2-L3", "modic"): "type2", ("L5-S1", "modic"): "type2"},
        [],
    ),
    (
        "'no particular problem', 'nothing particular' and 'foramen is kept' (translated)",
        "MRI lumbar spine\nFindings:\nL1/2, L2/3: No particular problem.\nL4/5: Nothing particular."
        "\nL5/S1: Small disc herniation at left paramedian. Foramen is kept.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_herniation"): "absent",
            ("L4-L5", "foraminal_stenosis_right"): "none",
            ("L5-S1", "disc_herniation"): "present",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a level 'normal on both studies'",
        "MRI LUMBAR SPINE\nFINDINGS: L4-5: bulge. On the prior study the L3-L4 level had been "
        "reported as showing mild canal stenosis; in retrospect this was partial volume, and L3-L4 "
        "is normal on both studies.",
        {("L3-L4", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'sequence of vertebral bodies is in order' is normal alignment",
        "MRI of lumbar spine\nFindings: Sequence of vertebral bodies is in order. L4/5 intervertebral "
        "disc protrudes to posterior central.",
        {("L1-L2", "spondylolisthesis"): "absent", ("L4-L5", "disc_herniation"): "present"},
        [],
    ),
    (
        "'the rest of the vertebrae are not displaced' after one listhesis",
        "MRI LUMBAR SPINE\nDESCRIPTION:\nAnterolisthesis of L4 vertebra by 4 mm is determined; the "
        "rest of the vertebrae are not displaced.",
        {("L4-L5", "spondylolisthesis"): "present", ("L2-L3", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "a comma list of levels after 'Level' heads its line",
        "MRI LUMBAR SPINE\nLevel L1-L2, L2-L3: without protrusions, spinal canal is not narrowed.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "disc_herniation"): "absent",
            ("L2-L3", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a comma list of levels after 'In the segments'",
        "MRI LUMBAR SPINE\nIn the segments Th12-L1, L1-L2, L2-L3 the discs are of decreased height; "
        "dorsal diffuse protrusions of discs up to 3 mm, without narrowing of the spinal canal.",
        {
            ("T12-L1", "canal_stenosis"): "none",
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "records numbered '1)' with ISO dates: the older record is an earlier study",
        "Records reviewed:\n1) MRI lumbar spine 2022-08-02 (prior study, outside facility): L4-5 "
        "broad-based protrusion with mild bilateral foraminal narrowing.\n2) MRI lumbar spine "
        "2023-09-21 (most recent): L4-5: the protrusion has decreased in size. Foramina now patent "
        "bilaterally.",
        {("L4-L5", "foraminal_stenosis_left"): "none", ("L4-L5", "disc_herniation"): "present"},
        [],
    ),
    (
        "'was described on the 2021 study' is of that study",
        "MRI LUMBAR SPINE\nFINDINGS: L5-S1: No recurrent herniation. Modic type 1 endplate change at "
        "L5-S1 was described on the 2021 study.",
        {("L5-S1", "disc_herniation"): "absent"},
        [("L5-S1", "modic")],
    ),
    (
        "a form's question answered 'N' is a negation",
        "Screening lumbar MRI, central read\nE-3 Moderate or severe central canal stenosis at any "
        "lumbar level: N",
        {("L1-L2", "canal_stenosis"): "none", ("L4-L5", "canal_stenosis"): "none"},
        [],
    ),
    (
        "'canal otherwise patent' after levels told in prose: the other levels",
        "MRI LUMBAR SPINE\nFINDINGS: Moderate canal stenosis at L4-5 and mild canal stenosis at "
        "L3-4; canal otherwise patent.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'canal otherwise capacious' under a level heading: that level only",
        "MRI LUMBAR SPINE\nFindings: L3/4 and above: no significant abnormality. L4/5: mild narrowing "
        "of both exit foramina. L5/S1: right paracentral disc protrusion. Canal otherwise capacious. "
        "Exit foramina clear.",
        {("L5-S1", "canal_stenosis"): "none", ("L5-S1", "foraminal_stenosis_left"): "none"},
        [("L4-L5", "canal_stenosis")],
    ),
]

SESSION39_ROUND10: list[tuple[str, str, dict[Key, str], list[Key]]] = [
    (
        "a whole-study normal quoted after 'came back'",
        'update: MRI came back "Normal MRI of the lumbar spine." so why does it still hurt',
        {("L1-L2", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'my 2021 MRI, which showed' is the earlier study",
        "My neurosurgeon compared it with my 2021 MRI, which showed a right L4-5 protrusion. New "
        'report: "Mild disc bulge at L4-L5 without foraminal stenosis."',
        {("L4-L5", "disc_bulge"): "present"},
        [("L4-L5", "disc_herniation")],
    ),
    (
        "a site stated normal in the past tense after a negation and 'and'",
        "MRI showed a large disc extrusion at L5-S1. From L1 to L4 there was no disc bulge or "
        "herniation and the canal was normal.",
        {("L1-L2", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [],
    ),
    (
        "a finding 'at the fused L4-5 and L5-S1 levels' is at those levels",
        "The current MRI shows solid fusion from L4 to S1. At L2-3 there is a mild disc bulge "
        "without significant canal stenosis. There is no recurrent stenosis at the fused L4-5 and "
        "L5-S1 levels.",
        {("L4-L5", "canal_stenosis"): "none", ("L5-S1", "canal_stenosis"): "none"},
        [("L2-L3", "foraminal_stenosis_left")],
    ),
    (
        "'the remaining lumbar disk levels' (spelled with a k)",
        "FINDINGS: At L4-L5, there is a small broad-based disk bulge.\n\nThe remaining lumbar disk "
        "levels are within normal limits.",
        {("L3-L4", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "no Modic change 'at the other levels': those where Modic was not stated",
        "MRI LUMBAR SPINE\nFindings:\nDisc bulges are present at L2-3, L3-4 and L4-5.\nModic type 2 "
        "changes are present at L3-4. No endplate marrow signal change at the other levels.",
        {
            ("L2-L3", "modic"): "none",
            ("L3-L4", "modic"): "type2",
            ("L4-L5", "modic"): "none",
            ("L5-S1", "modic"): "none",
        },
        [],
    ),
]

SESSION39_ROUND11: list[tuple[str, str, dict[Key, str], list[Key]]] = [
    (
        "'Type 3 sclerotic change along the L5 inferior endplate and S1 superior endplate'",
        "MRI LUMBAR SPINE\nFINDINGS: Type 3 sclerotic change along the L5 inferior endplate and S1 "
        "superior endplate.",
        {("L5-S1", "modic"): "type3"},
        [],
    ),
    (
        "a poster's bracketed note with 'lol' is not the report's",
        "Here's the important bits\n- L4-L5: moderate broad-based disc bulge [doc called it a "
        "'slipped disc' lol]. mild-moderate narrowing of the spinal canal.",
        {("L4-L5", "disc_bulge"): "present", ("L4-L5", "canal_stenosis"): "moderate"},
        [("L4-L5", "disc_herniation")],
    ),
    (
        "'Otherwise no disc bulge or herniation.' after one level: the other levels",
        "Course: an MRI of the lumbar spine was performed: T2 hyperintense lesion in the L3 "
        "vertebral body, likely a haemangioma. Possible small left paracentral protrusion at L5-S1 "
        "indenting the ventral thecal sac. Otherwise no disc bulge or herniation.",
        {
            ("L1-L2", "disc_herniation"): "absent",
            ("L4-L5", "disc_bulge"): "absent",
            ("L5-S1", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "'the 2021 preoperative MRI had also shown' is the earlier study",
        "Investigations: MRI: L4-5 disc bulge without stenosis. The 2021 preoperative MRI had also "
        "shown a small left L3-4 foraminal protrusion; this is no longer seen.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L3-L4", "disc_herniation")],
    ),
    (
        "'Previous lumbar MRI (2019, ...) had reported' is the earlier study",
        "MRI whole spine with contrast: No epidural abscess. Previous lumbar MRI (2019, for "
        "sciatica) had reported an L4-5 disc protrusion; not re-commented on today.",
        {},
        [("L4-L5", "disc_herniation")],
    ),
    (
        "a past operation's indication ('fusion in 2017 for spondylolisthesis') is history",
        "She underwent L4-S1 posterior instrumented fusion in 2017 for degenerative "
        "spondylolisthesis. Her new MRI shows 3 mm retrolisthesis of L3 on L4.",
        {("L3-L4", "spondylolisthesis"): "present"},
        [("L4-L5", "spondylolisthesis"), ("L5-S1", "spondylolisthesis")],
    ),
    (
        "a report quoted after ' - '",
        'Imaging: Pt brought a copy of private MRI report (3/52 ago) - "MRI L-SPINE: Normal study. '
        'No disc herniation or nerve root compression."',
        {("L1-L2", "canal_stenosis"): "none", ("L5-S1", "disc_bulge"): "absent"},
        [],
    ),
]

SESSION39_ROUND12: list[tuple[str, str, dict[Key, str], list[Key]]] = [
    (
        "an asymmetric bulge 'to the left' is still a bulge",
        "MRI LUMBAR SPINE\nFINDINGS: L3-L4 asymmetric bulge to the left with moderate canal stenosis.",
        {("L3-L4", "disc_bulge"): "present", ("L3-L4", "canal_stenosis"): "moderate"},
        [],
    ),
    (
        "'the latter' after a list of two levels",
        "MRI LUMBAR SPINE\nIMPRESSION: Mild bulges at L3-4 and L4-5, the latter with possible left "
        "foraminal narrowing, but no canal stenosis at either level.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "present",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "none",
        },
        [("L3-L4", "foraminal_stenosis_left")],
    ),
    (
        "'at the former' and 'at the latter'",
        "MRI LUMBAR SPINE\nFINDINGS: Disc bulges at L2-L3 and L3-L4 narrow the lateral recesses, "
        "mildly on the right at the former and moderately on both sides at the latter.",
        {
            ("L2-L3", "subarticular_stenosis_right"): "mild",
            ("L3-L4", "subarticular_stenosis_left"): "moderate",
            ("L3-L4", "subarticular_stenosis_right"): "moderate",
        },
        [("L2-L3", "subarticular_stenosis_left")],
    ),
    (
        "grades listed 'respectively'",
        "MRI L SPINE\nFINDINGS:\nMild, moderate and severe central canal stenosis at L2-3, L3-4 and "
        "L4-5, respectively. Right foraminal stenosis at L3-4 and L4-5 is mild and moderate, "
        "respectively; the left foramina at these two levels are patent.",
        {
            ("L2-L3", "canal_stenosis"): "mild",
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "'the remaining upper lumbar levels are normal'",
        "MRI LUMBAR SPINE\nFindings:\nL5/S1: Disc osteophyte complex narrowing both exit foramina "
        "moderately.\nL3/4: Mild disc bulge only.\nThe remaining upper lumbar levels are normal.",
        {("L1-L2", "canal_stenosis"): "none", ("L2-L3", "disc_herniation"): "absent"},
        [],
    ),
    (
        "levels 'normal on the prior and remain normal'",
        "MRI LUMBAR SPINE\nFINDINGS: At L4-L5 the disc bulge is unchanged. L1-L2 through L3-L4 were "
        "normal on the prior and remain normal.",
        {("L1-L2", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [],
    ),
]

SESSION39_ROUND13: list[tuple[str, str, dict[Key, str], list[Key]]] = [
    (
        "a Modic change 'about the L4-5 disc space' after another level's",
        "MRI LUMBAR SPINE\nFINDINGS: Type 2 Modic changes at L2-3 and type 1 Modic changes about the "
        "L4-5 disc space.",
        {("L2-L3", "modic"): "type2", ("L4-L5", "modic"): "type1"},
        [],
    ),
    (
        "a blanked-out level ('At ___') takes no level from the lines before",
        "MRI LUMBAR SPINE\nFINDINGS:\nL5S1: Mild disc bulge. No significant central canal "
        "stenosis.\nAt ___ there is a small disc protrusion.",
        {("L5-S1", "disc_bulge"): "present"},
        [("L5-S1", "disc_herniation")],
    ),
]

SESSION39_ROUND14: list[tuple[str, str, dict[Key, str], list[Key]]] = [
    (
        "'No other level shows ... foraminal stenosis' (one level, after 'no'): the others",
        "MRI LUMBAR SPINE\nFindings: Mild central canal stenosis at L4-5. At L3-4, the right foramen "
        "is mildly narrowed. No other level shows canal or foraminal stenosis.",
        {
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a new extrusion 'that was not present previously' is present",
        "MRI LUMBAR SPINE\nFINDINGS: At L4-5 there is a new right foraminal disc extrusion that was "
        "not present previously, resulting in severe right foraminal stenosis.",
        {("L4-L5", "disc_herniation"): "present", ("L4-L5", "foraminal_stenosis_right"): "severe"},
        [],
    ),
    (
        "'On the 2021 study there was ...' is of that study",
        "MRI LUMBAR SPINE\nFINDINGS:\nL3-L4: On the 2021 study there was mild bilateral foraminal "
        "narrowing at this level. Today there is mild right foraminal narrowing only; the left "
        "foramen is now normal.",
        {
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
]

SESSION39_ROUND15: list[tuple[str, str, dict[Key, str], list[Key]]] = [
    (
        "named grading systems: Lee foraminal grades, Schizas canal grades",
        "MRI LUMBAR SPINE\nFindings: L3/L4: Schizas grade D (extreme) central canal stenosis. "
        "Foramina: left Lee grade 2, right Lee grade 1. L4/L5: Schizas grade B canal stenosis; severe "
        "bilateral foraminal stenosis.",
        {
            ("L3-L4", "canal_stenosis"): "severe",
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "canal_stenosis"): "moderate",
        },
        [],
    ),
    (
        "'here's the part of the new one that matters:' after an older study told of",
        "so I had my second MRI last week. the first one in 2019 showed a small protrusion at "
        "L5-S1 on the right, nothing else. here's the part of the new one that matters i think:"
        '\n\n"L4-5: there is a left paracentral disc extrusion. moderate central canal stenosis.'
        '\nL5-S1: minimal disc bulge. no herniation."',
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L5-S1", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "an impression item lettered '(e)' stating levels normal",
        "DISCHARGE SUMMARY\nMRI lumbar spine. Impression:\n(a) L5-S1 disc osteophyte complex with "
        "moderate right foraminal stenosis.\n(e) T12-L1 to L3-4 unremarkable.",
        {("T12-L1", "canal_stenosis"): "none", ("L3-L4", "disc_herniation"): "absent"},
        [],
    ),
]

SESSION39_ROUND16: list[tuple[str, str, dict[Key, str], list[Key]]] = [
    (
        "a site heading over prose: 'Foramina: slight narrowing on the right at L4/L5'",
        "MRI LUMBAR SPINE\nFINDINGS:\nForamina: slight narrowing on the right at L4/L5.\nSpinal "
        "canal: moderate stenosis at L3-4.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "canal_stenosis"): "moderate",
        },
        [("L4-L5", "foraminal_stenosis_left"), ("L4-L5", "canal_stenosis")],
    ),
    (
        "'Levels above L4-L5 are unremarkable': the levels above, not L4-L5",
        "MRI LUMBAR SPINE\nFindings:\nL4-L5: Small central protrusion.\nL5-S1: Mild bulge.\nLevels "
        "above L4-L5 are unremarkable.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "disc_herniation"): "absent",
            ("L4-L5", "disc_herniation"): "present",
        },
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "a level 'previously reported as showing a small bulge, is now normal'",
        "MRI LUMBAR SPINE\nFINDINGS:\nL4-5: mild bulge.\nThe L3-4 level, previously reported as "
        "showing a small bulge, is now normal.",
        {("L3-L4", "disc_bulge"): "absent", ("L3-L4", "canal_stenosis"): "none"},
        [],
    ),
]

SESSION39_ROUND17: list[tuple[str, str, dict[Key, str], list[Key]]] = [
    (
        "'Remaining levels are patent.' under a 'Spinal canal:' heading",
        "EXAM: MRI L SPINE WO\nFINDINGS:\nSpinal canal: Critical stenosis at L4-5. Mild to moderate "
        "stenosis L3-4. Remaining levels are patent.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L5-S1", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "severe",
        },
        [],
    ),
    (
        "another structure's sentence on a site heading's line is not of the site",
        "MRI LUMBAR SPINE\nFINDINGS:\nNeural foramina: moderate right foraminal stenosis at L4-5. "
        "Mild dextroconvex curvature of the lumbar spine.",
        {("L4-L5", "foraminal_stenosis_right"): "moderate"},
        [("L1-L2", "foraminal_stenosis_left"), ("L2-L3", "foraminal_stenosis_right")],
    ),
]

SESSION40_ROUND18: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets KA-KD
    (
        "a form's empty box on a line that ticks one is a 'no'; a line with no tick says nothing "
        "of its boxes but its own words ('-> normal')",
        "Per level:\nL1/2   [x] normal\nL4/5   [x] disc bulge  [ ] herniation  [ ] canal stenosis  "
        "[ ] foraminal stenosis\nL2/3:  [ ] bulge  [ ] herniation  [ ] canal stenosis  "
        "[ ] NF stenosis   -> normal",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "absent",
            ("L4-L5", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L2-L3", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "a form's ticked 'none' among Modic types; unticked types are values, not findings",
        "Alignment: [ ] normal  [x] abnormal -> gr 1 anterolisthesis L4 on L5\n"
        "Modic:     [x] none  [ ] type 1  [ ] type 2  [ ] type 3\nL4/5:  [x] bulge",
        {("L4-L5", "modic"): "none", ("L4-L5", "spondylolisthesis"): "present"},
        [],
    ),
    (
        "per-side grades in parentheses, after a colon or an arrow ('L nil', 'R none')",
        "L3/4: bilateral foraminal stenosis (left severe, right moderate).\n"
        "L4/5: foraminal stenosis -> R mild, L nil\nL5/S1: NF: R none, L mild.",
        {
            ("L3-L4", "foraminal_stenosis_left"): "severe",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a form's fields run together, their line breaks lost ('Canal: mild L NF: normal R NF: "
        "mild IMPRESSION:')",
        "FINDINGS: L5/S1: large disc extrusion. Canal: mild L NF: normal R NF: mild IMPRESSION: "
        "Large L5/S1 extrusion.",
        {
            ("L5-S1", "canal_stenosis"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "disc_herniation"): "present",
        },
        [("L5-S1", "disc_bulge")],
    ),
    (
        "a form's disc field left empty ('Disc: None'): neither bulge nor herniation",
        "L5-S1\n  Disc: None\n  Central canal stenosis: None",
        {("L5-S1", "disc_bulge"): "absent", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "two sided statements each with its own level, the side repeated: not a list of sided "
        "levels of the first",
        "IMPRESSION: Moderate right L5/S1 foraminal stenosis and moderate right L3/4 lateral "
        "recess stenosis.",
        {
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
            ("L3-L4", "subarticular_stenosis_right"): "moderate",
        },
        [("L3-L4", "foraminal_stenosis_right")],
    ),
    (
        "a disc's 'foraminal extension' is not a stenosis; 'in mild degree'; 'other discs of "
        "normal aspect'",
        "L5S1: diffuse discal bulging with foraminal extension reducing the left foramen in mild "
        "degree. Other discs of normal aspect.",
        {
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "disc_bulge"): "absent",
            ("L3-L4", "disc_herniation"): "absent",
        },
        [("L5-S1", "foraminal_stenosis_right")],
    ),
    (
        "the other side elided after a place in the site ('narrowed at its outer margin; the "
        "left is patent')",
        "At L3-L4 the right neural foramen is mildly narrowed at its outer margin; the left is "
        "patent.",
        {
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "an addendum's correction wins over the findings and the impression",
        "FINDINGS:\nL4-L5: Moderate right neural foraminal stenosis. The left neural foramen is "
        "patent.\nIMPRESSION: Moderate right L4-L5 foraminal stenosis.\n\nATTENDING ADDENDUM: "
        "CORRECTION: Sides were transposed at L4-L5: there is moderate LEFT neural foraminal "
        "stenosis; the right neural foramen is patent.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
]

SESSION40_ROUND19: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets KE-KH
    (
        "a site's shorthand grade with no colon ('; canal mild', 'L NF mild-mod')",
        "L5-S1: R foraminal HNP w/ severe R NFN. L NF mild-mod; canal mild.",
        {
            ("L5-S1", "foraminal_stenosis_right"): "severe",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "'LRS' is lateral recess stenosis ('B LRS', 'L LRS mod-severe'); 'LRs patent' is none",
        "L4-5 severe CCS, B LRS. L5-S1: L LRS mod-severe. L3-4: LRs patent.",
        {
            ("L4-L5", "subarticular_stenosis_left"): "present",
            ("L4-L5", "subarticular_stenosis_right"): "present",
            ("L5-S1", "subarticular_stenosis_left"): "severe",
            ("L3-L4", "subarticular_stenosis_left"): "none",
        },
        [("L5-S1", "subarticular_stenosis_right")],
    ),
    (
        "a site field listing levels with their grades ('Canal: L2-3 mild, L3-4 mild-mod'), the "
        "other side of the level before ('L4-5 moderate to severe right, moderate left')",
        "Canal: L2-3 mild, L3-4 mild-mod, L4-5 critical (trefoil, LF + facets). Foramina: mild B "
        "L3-4.\nNeural foramina: L5-S1 moderate to severe right, moderate left.",
        {
            ("L2-L3", "canal_stenosis"): "mild",
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "severe",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
        },
        [("L2-L3", "foraminal_stenosis_left")],
    ),
    (
        "earlier studies in clinic notes: 'Pre-op MRI had shown', 'Prior MRI 2021', 'Last MRI was "
        "2022'",
        "MRI 3/2025: L3-4 mild bulge. Pre-op MRI had shown severe CCS L4-5. Prior MRI 2021 "
        "reportedly showed a slipped disc at L2-3. Last MRI was 2022 (mild L5-S1 bulge).",
        {("L3-L4", "disc_bulge"): "present"},
        [("L4-L5", "canal_stenosis"), ("L2-L3", "disc_herniation"), ("L5-S1", "disc_bulge")],
    ),
]

SESSION40_ROUND20: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets KI-KL
    (
        "a site list opened by a normal word is not the next predicate's ('patent canal, moderate "
        "right foraminal stenosis', 'normal canal and left foramen, severe right ...')",
        "L5-S1: Mild bulge, patent canal, moderate right foraminal stenosis, left foramen patent.\n"
        "L4-5: normal canal and left foramen, severe right foraminal stenosis.",
        {
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "severe",
        },
        [],
    ),
    (
        "a normal site after a comma takes no side from the nerve root of the phrase before",
        "L4-5 mod bulge, severe R lat recess stenosis compressing traversing R L5 root, "
        "foramina OK.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "none",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
        },
        [],
    ),
    (
        "a finding 'no longer visualised' is absent now, even when 'previously seen'",
        "L5-S1: The previously seen left foraminal disc protrusion is no longer visualised.",
        {("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
]

SESSION41_ROUND21: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets KM-KP
    (
        "a blanket statement of another region names no lumbar level ('Elsewhere in the thoracic "
        "spine, discs are normal.')",
        "FINDINGS: At T12-L1 there is a small central protrusion. Elsewhere in the thoracic spine, "
        "discs are normal.\nLumbar: Mild disc bulge at L4-5.",
        {("T12-L1", "disc_herniation"): "present", ("L4-L5", "disc_bulge"): "present"},
        [("L1-L2", "disc_bulge"), ("L2-L3", "disc_herniation"), ("L5-S1", "disc_bulge")],
    ),
    (
        "a statement of two regions, the lumbar one of them, covers the lumbar levels",
        "Findings: Disc bulges at C5-6 and L4-5. No canal stenosis in the cervical or lumbar spine.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "canal_stenosis"): "none",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [("L1-L2", "foraminal_stenosis_left")],
    ),
    (
        "a whole-spine range down to the sacrum ('from C2 to S1') covers every schema level",
        "Findings: Disc bulges at C5-6 and L4-5. No significant spinal canal or neural foraminal "
        "stenosis from C2 to S1.",
        {
            ("T12-L1", "canal_stenosis"): "none",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a level called normal inside a clause ('... and a normal L1-2 level')",
        "Findings: The partly imaged upper lumbar spine shows a left paracentral protrusion at "
        "T12-L1 with mild canal narrowing and a normal L1-2 level.",
        {
            ("T12-L1", "canal_stenosis"): "mild",
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "disc_herniation"): "absent",
            ("L1-L2", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "'not sure' / 'not certain' is doubt, not a negation",
        "FINDINGS: Mild bulge at L4-5. The radiologist could not be sure a protrusion is present "
        "at L5-S1.",
        {("L5-S1", "disc_herniation"): "present"},
        [],
    ),
    (
        "a site with an article of its own takes no side from the site before it ('the left "
        "lateral recess and the foramina')",
        "FINDINGS: At L3-4 there is a right paracentral extrusion. The left lateral recess and the "
        "foramina at L3-4 are patent.",
        {
            ("L3-L4", "subarticular_stenosis_left"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "none",
        },
        [("L3-L4", "subarticular_stenosis_right")],
    ),
    (
        "a negation ends at ', probably representing' (what follows is the reading, not negated)",
        "L4-L5: There is a 5 mm left paracentral focus of intermediate signal that does not enhance "
        "centrally, probably representing a small recurrent protrusion, surrounded by scar.",
        {("L4-L5", "disc_herniation"): "present"},
        [],
    ),
    (
        "'Previously there was ...' is an earlier study's",
        "FINDINGS: Previously there was a left foraminal protrusion at L3/4; this has resolved. "
        "Mild bulge at L4/5.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L3-L4", "disc_herniation")],
    ),
    (
        "an abbreviated side after 'high-grade' ('high-grade R and moderate L foraminal stenosis')",
        "IMPRESSION: L3-4: canal stenosis, high-grade R and moderate L foraminal stenosis.",
        {
            ("L3-L4", "foraminal_stenosis_right"): "severe",
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
]

SESSION41_ROUND22: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets KQ-KT
    (
        "lay words: the nerve exit tunnels, 'the one on the right', a roomy main canal",
        "FINDINGS: L4-L5: The exit tunnel on the left is moderately to severely narrowed, and the "
        "one on the right is moderately narrowed.\nL5-S1: The main canal is roomy. The right exit "
        "tunnel is a little narrowed; the left one is normal.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "lay blankets: 'roomy all the way down the lumbar spine', 'the bones are lined up normally'",
        "FINDINGS: Small bulge at L4/5. Nothing is pressing on the nerves and the main canal is "
        "roomy all the way down the lumbar spine. The bones are lined up normally.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L5-S1", "canal_stenosis"): "none",
            ("L3-L4", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "'No lumbar canal stenosis.' in a whole-spine report: every lumbar level",
        "FINDINGS: Lumbar spine: Mild disc bulging at L4-L5. Small right foraminal protrusion at "
        "L3-L4 with mild right foraminal narrowing. No lumbar canal stenosis.",
        {("L1-L2", "canal_stenosis"): "none", ("L4-L5", "canal_stenosis"): "none"},
        [],
    ),
    (
        "earlier studies: 'my last MRI (2021) only showed', 'described in 2019'",
        "FINDINGS: L4-5 extrusion. My last MRI (2021) only showed a bulge at L3-4.\nL5-S1: The right "
        "foraminal extrusion described in 2019 cannot be assessed.",
        {("L4-L5", "disc_herniation"): "present"},
        [("L3-L4", "disc_bulge"), ("L5-S1", "disc_herniation")],
    ),
    (
        "a table row carried on an indented line, whose words are read under their columns",
        "FINDINGS:\nLEVEL    DISC                  CCS     NFN L    NFN R\n"
        "L4-L5    R foraminal           nil     nil      mild-moderate\n"
        "         protrusion\n"
        "L5-S1    bulge with small      mild    mild     mild\n"
        "         central protrusion\n",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "disc_herniation"): "present",
            ("L5-S1", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "a table's column of an earlier study ('Prior (01/2024)') is not read",
        "Findings:\nLevel    Prior (01/2024)                   Current\n"
        "L5-S1    Large R paracentral extrusion,    Small residual R paracentral protrusion;\n"
        "         severe R lateral recess stenosis  R lateral recess now mildly narrowed.\n",
        {
            ("L5-S1", "disc_herniation"): "present",
            ("L5-S1", "subarticular_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "'nl' as a normal word in a per-side cell ('R mild, L nl')",
        "FINDINGS: L4-5: Foramina: R mild, L nl.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
]

SESSION41_ROUND23: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets KU-KY
    (
        "levels counted from either end ('the upper two discs', 'the lowest two levels', 'the "
        "second-lowest disc')",
        "FINDINGS: The upper two discs are unremarkable. Mild bulges at the lowest two levels "
        "without canal stenosis. At the second-lowest disc there is a central protrusion.",
        {
            ("L2-L3", "disc_bulge"): "absent",
            ("L4-L5", "disc_bulge"): "present",
            ("L5-S1", "canal_stenosis"): "none",
            ("L4-L5", "disc_herniation"): "present",
        },
        [("L3-L4", "disc_bulge")],
    ),
    (
        "a side heading ('LEFT:', 'Right side:') gives its side to the sites under it",
        "FINDINGS: RIGHT: L3-4 right foraminal disc protrusion with severe right foraminal "
        "stenosis. LEFT: no foraminal or lateral recess stenosis at any level.",
        {
            ("L3-L4", "foraminal_stenosis_right"): "severe",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L1-L2", "subarticular_stenosis_left"): "none",
        },
        [("L1-L2", "foraminal_stenosis_right"), ("L5-S1", "subarticular_stenosis_right")],
    ),
    (
        "a normal study but for an imaging finding outside the schema ('apart from a transitional "
        "vertebra'); not a clinical examination 'unremarkable apart from ...'",
        "IMPRESSION: Normal MRI of the lumbar spine apart from a transitional lumbosacral vertebra "
        "(partial sacralisation of L5).",
        {("L1-L2", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a clinical examination 'unremarkable apart from' something is not the study",
        "HISTORY: Examination is unremarkable apart from painful forward flexion.\n"
        "FINDINGS: Mild bulge at L4-5.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L1-L2", "canal_stenosis"), ("L2-L3", "disc_bulge")],
    ),
]

SESSION41_ROUND24: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets KZ-LC
    (
        "a sentence opening with the level next to the one just spoken of ('The disc above ...', "
        "'The level below ...'); not 'the level above the fusion'",
        "FINDINGS: At L4/5 there is a recurrent protrusion. The foramina at L4/5 are patent.\n"
        "The disc above is degenerate with a broad-based bulge and mild right foraminal narrowing. "
        "At L5-S1 a small protrusion. The level above the fusion shows a bulge.",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "disc_herniation"): "present",
        },
        [("L4-L5", "disc_bulge")],
    ),
    (
        "US outpatient shorthand: 'DB', 'SAS', 'B' (bilateral), 'no sig abnl'; 'PCP' is a doctor",
        "FINDINGS: T12-L1 to L3-4: no sig abnl.\nL4-5: mild DB, mild L SAS, no CCS/NFN.\n"
        "L5-S1: DB, severe B NFN. B SAS, severe. Small L HNP. Follow up with PCP.",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L2-L3", "disc_herniation"): "absent",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "subarticular_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "severe",
            ("L5-S1", "foraminal_stenosis_right"): "severe",
            ("L5-S1", "subarticular_stenosis_right"): "severe",
            ("L5-S1", "disc_herniation"): "present",
        },
        [("L4-L5", "subarticular_stenosis_right")],
    ),
    (
        "'without findings of significance' (a level), 'Study without alterations of significance'",
        "FINDINGS: At L4-L5, small central discal protrusion. L1-L2, L2-L3 and L3-L4 levels without "
        "findings of significance.",
        {("L2-L3", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [],
    ),
    (
        "a whole study 'without alterations of significance'",
        "RM LUMBAR SPINE\nStudy without alterations of significance.",
        {("L1-L2", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "the levels of a sequence's coverage ('axial T2 from L1 to S1') are not levels described",
        "MRI\nSagittal T1, T2, STIR; axial T2 from L1 to S1.\n\nFindings\nAt L4-L5 there is a "
        "large left paracentral disc extrusion. The other lumbar levels are unremarkable.",
        {("L1-L2", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
]


SESSION42_ROUND26: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets LH-LK
    (
        "named grading systems in prose: Lee 0-3 (foramina), Kang 0-3 and Schizas A-D (canal), a "
        "grade with a side or a bracket after it, per-side values, and the scale's key unread",
        "FINDINGS:\nL2-L3: Canal Schizas A2. Foramina Lee 1 R, Lee 0 L.\n"
        "L3-L4: Canal Schizas B (moderate). Foramina Lee grade 1 bilaterally.\n"
        "L4-L5: Canal Kang 2-3. Left foramen Lee 3, right foramen Lee 0.\n"
        "L5-S1: Canal Kang 0. Foramina mild R, normal L.\n\n"
        "Grading: Schizas A = no or minor stenosis, B = moderate, C = severe. Lee 0 = normal.",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L2-L3", "foraminal_stenosis_right"): "mild",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "none",
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [("L1-L2", "canal_stenosis"), ("T12-L1", "foraminal_stenosis_left")],
    ),
    (
        "a table's columns graded by a named scale: 'Canal (Schizas)' A-D, 'R foramen (Lee)' 0-3",
        "Level | Disc | Canal (Schizas) | R foramen (Lee) | L foramen (Lee)\n"
        "L3-4 | bulge | B | 1 | 3\nL4-5 | bulge | C | 0 | 2\nL5-S1 | normal | A | 0 | 0",
        {
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "severe",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "none",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'larger than described in 2020' compares with the earlier study: the finding is current",
        "FINDINGS: L4-L5: disc bulge with a broad central protrusion, larger than described in "
        "2020. L5-S1: A protrusion was described in 2019.",
        {("L4-L5", "disc_bulge"): "present", ("L4-L5", "disc_herniation"): "present"},
        [("L5-S1", "disc_herniation")],
    ),
]

SESSION42_ROUND27: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets LL-LO
    (
        "a report through an old export: HTML tags and entities, mojibake (twice encoded too)",
        "<p><b>FINDINGS:</b><br>\nL3\u00e2\u20ac\u201c4:\u00c2\u00a0 Mild disc bulge &amp; mild "
        "canal stenosis.<br>\nL4&ndash;5: Moderate left &gt; right foraminal stenosis.<br>\n"
        "L5\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u20ac\u0153S1: Modic 2 endplate changes.</p>",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "modic"): "type2",
        },
        [("L4-L5", "modic")],
    ),
    (
        "an RTF export: header groups and control words unread, '\\par' a line break",
        "{\\rtf1\\ansi\\deff0 {\\fonttbl{\\f0 Arial;}}\\f0\\fs20 \\b FINDINGS:\\b0\\par\n"
        "L4-L5: Broad disc bulge. Mild canal stenosis.\\par L5-S1: Normal.\\par\n}",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a template's bracketed options left in: the value after them is the one chosen, none "
        "chosen states nothing",
        "FINDINGS:\nL2-L3: [normal / abnormal]\n"
        "L3-L4: Disc: [normal / bulge / protrusion] bulge. Canal: [normal / mild / moderate / "
        "severe] mild.\nL5-S1: Canal: [normal / mild / moderate / severe] normal. "
        "Marrow: [normal / Modic 1 / Modic 2]",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [
            ("L2-L3", "canal_stenosis"),
            ("L3-L4", "disc_herniation"),
            ("L5-S1", "modic"),
        ],
    ),
    (
        "'the theca' compressed is the canal; remaining levels normal 'on the limited sagittal "
        "images'; 'smaller than previously described' is current",
        "FINDINGS: The theca is severely compressed at L3/4. L5/S1: Small left paracentral "
        "protrusion, smaller than previously described. Remaining levels are grossly "
        "unremarkable on the limited sagittal images.",
        {
            ("L3-L4", "canal_stenosis"): "severe",
            ("L5-S1", "disc_herniation"): "present",
            ("L1-L2", "disc_bulge"): "absent",
        },
        [],
    ),
    (
        "a teaching case: its 'MRI findings' read, after a teaching point and the case's patient",
        "Teaching point: far lateral herniations compress the exiting root, i.e. the L3 root at "
        "L3-4.\n\nCase: 62F, left thigh pain.\n\nMRI findings:\n- L3-4: left foraminal disc "
        "extrusion, severely narrowing the left neural foramen.\n\nDiagnosis: Far lateral L3-4 "
        "disc extrusion.",
        {
            ("L3-L4", "disc_herniation"): "present",
            ("L3-L4", "foraminal_stenosis_left"): "severe",
        },
        [],
    ),
]

SESSION43_ROUND28: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets LP-LS
    (
        "'the former' and 'the latter' in a later sentence pick out of the list named before",
        "FINDINGS: Disc desiccation at L4/5 and L5/S1. The former has a large protrusion causing "
        "severe central canal stenosis; the latter a small central protrusion which does not "
        "narrow the canal.",
        {
            ("L4-L5", "canal_stenosis"): "severe",
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "'the upper two' and 'the lowest' of a list in the same sentence",
        "FINDINGS: Of L1/2, L2/3 and L3/4, the upper two are normal and the lowest shows a minor "
        "bulge only.",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "disc_bulge"): "absent",
            ("L3-L4", "disc_bulge"): "present",
        },
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "'at the upper level' and 'at the lower level' after a heading of two levels",
        "FINDINGS:\nL3-L4 and L4-L5: Mild disc desiccation. At the upper level, a mild diffuse "
        "disc bulge without stenosis of the canal or foramina. At the lower level, a right "
        "foraminal protrusion with mild right foraminal narrowing.",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [("L4-L5", "disc_bulge"), ("L3-L4", "disc_herniation"), ("L4-L5", "canal_stenosis")],
    ),
    (
        "'neither level' after two levels told in turn: both, and no other",
        "FINDINGS: The L4/5 disc has a left foraminal protrusion; the left foramen is severely "
        "narrowed.\nA level higher, a smaller protrusion narrows the left foramen moderately at "
        "L3/4.\nNeither level demonstrates significant central canal stenosis.\nL5/S1: Mild "
        "disc bulge.",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "none",
            ("L5-S1", "disc_bulge"): "present",
        },
        [("L5-S1", "canal_stenosis"), ("L1-L2", "canal_stenosis")],
    ),
    (
        "a recess filled by a herniation, then its own state in a relative clause; 'the "
        "contralateral recess' after it",
        "FINDINGS: At L5/S1 there is a left paracentral disc extrusion. This occupies the left "
        "lateral recess, which is severely narrowed, and displaces the left S1 nerve root. The "
        "contralateral lateral recess is preserved.",
        {
            ("L5-S1", "subarticular_stenosis_left"): "severe",
            ("L5-S1", "subarticular_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a site with its state after a comma ('Decompressed canal, widely patent', 'Foramina, "
        "mildly narrowed'); a side's "
        "'Right subarticular: normal' field is no bare normal of the level",
        "FINDINGS:\nL4-L5: Decompressed canal, widely patent. Granulation tissue without "
        "recurrent disc herniation.\nL2-L3: Canal: normal. Right subarticular: normal.\n"
        "L3-L4: Canal, normal. Foramina, mildly narrowed.",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "canal_stenosis"): "none",
            ("L4-L5", "disc_herniation"): "absent",
            ("L2-L3", "subarticular_stenosis_right"): "none",
        },
        [("L2-L3", "disc_bulge"), ("L2-L3", "foraminal_stenosis_left")],
    ),
    (
        "'the same is seen at L4-L5', 'Similar findings at L3-4', 'the same applies at L3/4 on "
        "the right': the findings just told, given to that level (on that side)",
        "FINDINGS: At L1-L2 there is a mild disc bulge with mild bilateral foraminal narrowing, "
        "and the same is seen at L2-L3.\nL4-5: Moderate canal stenosis. Similar findings at "
        "L3-4.\nL5/S1 disc protrusion narrowing the left lateral recess; the same applies at "
        "T12/L1 on the right.",
        {
            ("L2-L3", "disc_bulge"): "present",
            ("L2-L3", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "canal_stenosis"): "moderate",
            ("T12-L1", "disc_herniation"): "present",
            ("T12-L1", "subarticular_stenosis_right"): "present",
        },
        [("T12-L1", "subarticular_stenosis_left"), ("L1-L2", "canal_stenosis")],
    ),
    (
        "'isthmic rather than degenerative listhesis' denies a kind, not the slip; 'X means ...' "
        "explains a term",
        "FINDINGS: L5-S1: Grade 2 anterolisthesis of L5 on S1. The central canal is widened, a "
        "typical sign of isthmic rather than degenerative listhesis.\nL4-L5: Broad-based bulge "
        "rather than focal protrusion. Retrolisthesis means a vertebra has shifted backwards "
        "relative to the one below.",
        {
            ("L5-S1", "spondylolisthesis"): "present",
            ("L4-L5", "disc_herniation"): "absent",
        },
        [("L4-L5", "spondylolisthesis"), ("L3-L4", "spondylolisthesis")],
    ),
]

SESSION43_ROUND29: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets LT-LW
    (
        "a teaching case's 'MRI' heading alone on its line ends its 'Presentation'",
        "Case 1: Migrated L5-S1 extrusion\nPresentation\n41-year-old man with left S1 "
        "radiculopathy.\nPatient Data\nAge: 41 years\nMRI\nLarge left paracentral disc "
        "extrusion at L5-S1. Severe left subarticular stenosis. The central canal is moderately "
        "narrowed.\nCase Discussion\nHerniations most commonly occur at L4-5 and L5-S1.",
        {
            ("L5-S1", "disc_herniation"): "present",
            ("L5-S1", "subarticular_stenosis_left"): "severe",
            ("L5-S1", "canal_stenosis"): "moderate",
        },
        [("L4-L5", "disc_herniation")],
    ),
    (
        "a range told upwards ('L3/4 to T12/L1 normal')",
        "Findings: L4/5: minor disc bulge, no stenosis. L3/4 to T12/L1 normal. Conus normal.",
        {
            ("T12-L1", "disc_bulge"): "absent",
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a by-site heading's levels: '..., none at L5/S1' and '...; moderate on the left at L4/5'",
        "Findings:\nCentral canal: mild stenosis at L1/2, severe at L2/3, none at L5/S1.\n"
        "Lateral recesses: severe bilateral lateral recess stenosis at L3/4; moderate on the "
        "left at L4/5.",
        {
            ("L1-L2", "canal_stenosis"): "mild",
            ("L2-L3", "canal_stenosis"): "severe",
            ("L5-S1", "canal_stenosis"): "none",
            ("L3-L4", "subarticular_stenosis_right"): "severe",
            ("L4-L5", "subarticular_stenosis_left"): "moderate",
        },
        [("L4-L5", "subarticular_stenosis_right")],
    ),
    (
        "a 'Thoracolumbar junction:' heading after 'Thoracic spine:' is of the lumbar schema",
        "FINDINGS:\nThoracic spine: At T11-12 there is a large central disc extrusion.\n"
        "Thoracolumbar junction: At T12-L1 there is a left paracentral protrusion. The left "
        "neural foramen is moderately narrowed; the right is patent.",
        {
            ("T12-L1", "disc_herniation"): "present",
            ("T12-L1", "foraminal_stenosis_left"): "moderate",
            ("T12-L1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "clinic shorthand: 'LRS R', 'NFs: mild L, R patent', 'NFs not well seen', 'Mod 1/2 "
        "endplate change', 'Otherwise aligned'",
        "Findings:\nAlignment: 4mm retrolisthesis L2 on L3. Otherwise aligned.\nL3/4: DB. Mod "
        "1/2 endplate change. Mild LRS R. Mod CCS.\nL4/5: NFs not well seen.\nL5/S1: NFs: mild "
        "L, R patent.",
        {
            ("L2-L3", "spondylolisthesis"): "present",
            ("L4-L5", "spondylolisthesis"): "absent",
            ("L3-L4", "modic"): "type1",
            ("L3-L4", "subarticular_stenosis_right"): "mild",
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [("L3-L4", "subarticular_stenosis_left"), ("L4-L5", "foraminal_stenosis_left")],
    ),
]

SESSION43_ROUND30: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets LX-MA
    (
        "discs named by a vertebra ('the L4 disc', 'the T12/L1, L1 and L2 discs', 'the disc space "
        "below L3') or by their place ('the fourth lumbar disc', 'the last lumbar disc')",
        "Findings:\nThe T12/L1, L1 and L2 discs are normal.\nThe L4 disc shows a shallow "
        "diffuse bulge.\nModic type 2 change at the endplates bordering the disc space below "
        "L3.\nThe fourth lumbar disc: small central protrusion.\nThe last lumbar disc: mild "
        "bilateral foraminal narrowing.",
        {
            ("T12-L1", "disc_bulge"): "absent",
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "disc_herniation"): "absent",
            ("L4-L5", "disc_bulge"): "present",
            ("L3-L4", "modic"): "type2",
            ("L4-L5", "disc_herniation"): "present",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
        },
        [("L3-L4", "disc_bulge"), ("L5-S1", "disc_bulge")],
    ),
    (
        "'the L1 to L4 discs' are four; 'L-1 to L-2 Disk' stays one disc",
        "FINDINGS:\nThe L1 to L4 discs are normal.\nL-1 to L-2 Disk desiccation with a 1-2 mm "
        "disk protrusion.",
        {
            ("L4-L5", "disc_bulge"): "absent",
            ("L1-L2", "disc_herniation"): "present",
            ("L2-L3", "disc_herniation"): "absent",
        },
        [("L5-S1", "disc_bulge")],
    ),
    (
        "a study stated normal with its field strength or 'grossly'; 'allowing for motion'; the "
        "conus 'at L1/2' is no level spoken of",
        "LOW-FIELD MRI LUMBAR SPINE\nFindings: Conus at L1/2 is normal. At L5-S1 there is a "
        "possible small protrusion. Other levels are grossly unremarkable allowing for motion.\n"
        "Impression: Unremarkable low-field MRI of the lumbar spine apart from L5-S1.",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a title's bracketed clinical question ('(indication: ..., r/o disc herniation L4-5)') "
        "states no finding",
        "MRI LUMBAR SPINE WITHOUT CONTRAST (indication: low back pain, r/o disc herniation "
        "L4-5)\nIMPRESSION: Normal MRI of the lumbar spine.",
        {("L4-L5", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'foraminal and extraforaminal narrowing' is the foramen's; 'the thoracolumbar junction "
        "disc (T12/L1) is normal'",
        "Findings:\nThe thoracolumbar junction disc (T12/L1) is normal.\nL4-L5 | Right "
        "extraforaminal disc extrusion. Severe right foraminal and extraforaminal narrowing.",
        {
            ("T12-L1", "disc_herniation"): "absent",
            ("L4-L5", "foraminal_stenosis_right"): "severe",
        },
        [("L4-L5", "foraminal_stenosis_left")],
    ),
]

SESSION43_ROUND31: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets MB-ME
    (
        "a negation with an exception: 'no disc herniation at any level, apart from a ... "
        "protrusion at L4/5 narrowing the right lateral recess'; 'at any level other than L5-S1'",
        "Findings: There is no disc herniation at any level, apart from a small right "
        "subarticular protrusion at L4/5 narrowing the right lateral recess. There is no Modic "
        "endplate change at any level other than L5-S1, where there is Modic type 1 change.",
        {
            ("L3-L4", "disc_herniation"): "absent",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "subarticular_stenosis_right"): "present",
            ("L4-L5", "modic"): "none",
            ("L5-S1", "modic"): "type1",
        },
        [],
    ),
    (
        "'All levels are normal apart from L5/S1, where ...': every level but L5/S1",
        "Findings: All levels are normal apart from L5/S1, where there is a left paracentral "
        "disc protrusion.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "disc_bulge"): "absent",
            ("L5-S1", "disc_herniation"): "present",
        },
        [("L5-S1", "disc_bulge"), ("L5-S1", "canal_stenosis")],
    ),
    (
        "a field with an exception: 'Spinal canal: Patent at all levels except L4-5, where there "
        "is mild stenosis'",
        "Findings:\nSpinal canal: Patent at all levels except L4-5, where there is mild "
        "stenosis.\nNeural foramina: Patent at all levels except L3-4.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L5-S1", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
        },
        [("L3-L4", "foraminal_stenosis_left")],
    ),
    (
        "lookalikes: 'Endplate marrow signal at L5/S1 is normal' (Modic none), 'bulging of the "
        "paraspinal muscles' (no bulge), 'bulges rather than herniating'",
        "FINDINGS:\nL5/S1: Endplate marrow signal at L5/S1 is normal. Bulging of the left "
        "paraspinal muscles at the L5/S1 level due to post-surgical change.\nL4-L5: The disc "
        "bulges posteriorly, rather than herniating.",
        {
            ("L5-S1", "modic"): "none",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "absent",
        },
        [("L5-S1", "disc_bulge")],
    ),
    (
        "a grade out of three: 'central stenosis grade 2 of 3', 'Foramina: left grade 2 of 3, "
        "right grade 1 of 3'",
        "Findings: L3/L4: Disc bulge causing central spinal stenosis grade 2 of 3. L4/L5: "
        "central stenosis grade 3 of 3. Foramina: left grade 2 of 3, right grade 1 of 3.",
        {
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
]

SESSION43_ROUND32: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets MF-MI
    (
        "a levels' normal clause before one stating its own thing ('the remaining levels are "
        "unremarkable and alignment is normal', '... and there is no listhesis')",
        "FINDINGS: Small bulges at L4-5 and L5-S1; the remaining levels are unremarkable and "
        "alignment is normal.\n\nSecond study FINDINGS: L4-5 bulge; the other lumbar levels "
        "are unremarkable and there is no listhesis.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "absent",
            ("L4-L5", "disc_bulge"): "present",
            ("L2-L3", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "a quoted line explained ('The \"probable Modic type 1\" line means ...') states nothing",
        "FINDINGS: L3-4 and L4-5 severe canal stenosis. Probable Modic type 1 change at "
        "L4-5.\nA: A decompression at two levels (L3 to L5) is often well tolerated. The "
        "\"probable Modic type 1\" line means there is some swelling in the bone next to the "
        "L4-5 disc.",
        {("L4-L5", "modic"): "type1"},
        [("L3-L4", "modic")],
    ),
]

SESSION43_ROUND33: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets MJ-MM
    (
        "a construct's span and fixation levels are procedure sites; 'the level above the "
        "fusion' is the level next to the operated ones; fused levels that 'cannot be assessed "
        "for stenosis' state nothing",
        "FINDINGS: Postoperative changes of L4-S1 fusion. Pedicle screw fixation L4 to S1 with "
        "interbody cages at L4/5 and L5/S1. The fused levels cannot be assessed for stenosis. "
        "The level above the fusion demonstrates a right subarticular protrusion with moderate "
        "right lateral recess stenosis. At L1-L2, immediately above the L2-S1 construct: severe "
        "left foraminal stenosis.",
        {
            ("L3-L4", "disc_herniation"): "present",
            ("L3-L4", "subarticular_stenosis_right"): "moderate",
            ("L1-L2", "foraminal_stenosis_left"): "severe",
        },
        [
            ("L4-L5", "canal_stenosis"),
            ("L5-S1", "canal_stenosis"),
            ("L2-L3", "foraminal_stenosis_left"),
            ("L5-S1", "foraminal_stenosis_left"),
        ],
    ),
    (
        "another study beside the MRI: its 'Radiographs (today):' part is unread, the 'MRI:' "
        "heading alone on its line opens the MRI's; 'the CT suggested ...' is not this MRI's",
        "Findings:\nRadiographs (today): Five lumbar-type vertebrae. Grade 1 anterolisthesis of "
        "L4 on L5.\n\nMRI:\nL4/5: Severe central canal stenosis. The CT suggested mild right "
        "foraminal narrowing at L4/5, which is not appreciated on MRI.\nL5/S1: Foramina patent.",
        {
            ("L4-L5", "canal_stenosis"): "severe",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [("L4-L5", "foraminal_stenosis_right")],
    ),
    (
        "a predicate repeated after a side ('moderately narrowed bilaterally at L2-3, and "
        "severely narrowed bilaterally at L4-5')",
        "FINDINGS: The foramina are moderately narrowed bilaterally at L2-3, and severely "
        "narrowed bilaterally at L4-5.",
        {
            ("L2-L3", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "severe",
        },
        [],
    ),
]

SESSION43_ROUND34: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets MN-MQ
    (
        "'at L3/4 and, to a lesser extent, L4/5'; 'disc levels: L1-L2 and L2-L3 are "
        "unremarkable'; 'no focal abnormality'",
        "FINDINGS: Modic type 2 endplate changes are seen at L3/4 and, to a lesser extent, L4/5. "
        "Evaluation of the individual disc levels: L1-L2 and L2-L3 are unremarkable.\nAt L5-S1, "
        "no focal abnormality.",
        {
            ("L3-L4", "modic"): "type2",
            ("L4-L5", "modic"): "type2",
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L5-S1", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "a poster's and a doctor's remarks: 'The report body also does not describe the "
        "protrusion ...', 'THE ENDPLATE THING, IS THAT MODIC? MY FRIEND HAS MODIC'; 'a bulge at "
        "L3-4 that the report doesn't mention' is read",
        "FINDINGS: L5-S1: Disc height loss with endplate degenerative changes.\nTHE ENDPLATE "
        "THING, IS THAT MODIC? MY FRIEND HAS MODIC AND SHE SAYS IT'S AWFUL\n\nA: I looked at the "
        "images: there is a small disc bulge at L3-4 that the report doesn't mention. The report "
        "body also does not describe the protrusion that the summary lists.",
        {("L3-L4", "disc_bulge"): "present"},
        [("L5-S1", "modic"), ("L1-L2", "disc_herniation"), ("L4-L5", "disc_herniation")],
    ),
]

SESSION44_ROUND35: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets MR-MU
    (
        "a list after a clause's ', and': 'bulge at L4-5, and L1-2 and L2-3 are normal'; an "
        "Oxford comma still lists ('at L3-4, L4-5, and L5-S1')",
        "FINDINGS: Mild disc bulge at L4-5, and L1-2 and L2-3 are normal. Mild canal stenosis at "
        "L3-4, L4-5, and L5-S1.",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "canal_stenosis"): "none",
            ("L4-L5", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L5-S1", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "another reader's report: 'ORIGINAL REPORT (summarised):', 'The reporting radiologist "
        "described ...', 'The outside report lists ...'; 'The 2019 study additionally showed'",
        "SECOND OPINION\nORIGINAL REPORT (summarised):\nDisc protrusion at L5-S1.\n\n"
        "REVIEW:\nL5-S1: shallow bulge; no protrusion is present. The reporting radiologist "
        "described an acute herniation at L3-4. The outside report lists a herniation at L2-3. "
        "The 2019 study additionally showed a small left L1-2 protrusion. L4-5: small bulge.",
        {("L5-S1", "disc_herniation"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [("L3-L4", "disc_herniation"), ("L2-L3", "disc_herniation"), ("L1-L2", "disc_herniation")],
    ),
    (
        "'Alignment is anatomic at L4-5 and L5-S1': those levels only; 'from L3/4 to the "
        "lumbosacral junction': a range",
        "FINDINGS: Alignment is anatomic at L4-5 and L5-S1. Desiccated discs from L3/4 to the "
        "lumbosacral junction without canal stenosis at these levels.",
        {
            ("L4-L5", "spondylolisthesis"): "absent",
            ("L5-S1", "spondylolisthesis"): "absent",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "none",
        },
        [("L1-L2", "spondylolisthesis"), ("L3-L4", "spondylolisthesis")],
    ),
    (
        "a site, then its grade and a pronoun ('..., severely narrowing it'); a level inside a "
        "sided foramen ('the left L5S1 foramen') and the other side's bare state ('; right side "
        "preserved'); a subject root's side ('The exiting right L3 root is compressed in the "
        "foramen')",
        "FINDINGS: At L4-5 a cyst projects into the right lateral recess, severely narrowing it."
        "\nPerineural fat effaced in the left L5S1 foramen; right side preserved.\nL3/4: The "
        "exiting right L3 root is compressed in the foramen. The left foramen is normal.\nFat "
        "effaced in the right foramen at L1-2; left side preserved.",
        {
            ("L1-L2", "foraminal_stenosis_right"): "present",
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
            ("L5-S1", "foraminal_stenosis_left"): "present",
            ("L5-S1", "foraminal_stenosis_right"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "present",
            ("L3-L4", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
]

SESSION44_ROUND36: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets MV-MY
    (
        "alignment told of named levels ('L2/3 and L5/S1 are normally aligned', 'L4-5 alignment is "
        "normal'); 'alignment otherwise maintained' is still spine-wide; 'The standing radiographs "
        "showed a slip' is another study's",
        "FINDINGS: L2/3 and L5/S1 are normally aligned. L4-5 alignment is normal. The standing "
        "radiographs showed a slip at L1/2 also.\nIMPRESSION: Retrolisthesis of L3 on L4 alignment "
        "otherwise maintained.",
        {
            ("L2-L3", "spondylolisthesis"): "absent",
            ("L5-S1", "spondylolisthesis"): "absent",
            ("L4-L5", "spondylolisthesis"): "absent",
            ("L3-L4", "spondylolisthesis"): "present",
            ("L1-L2", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "'Endplate marrow signal is otherwise normal' after a Modic change: the other levels; "
        "', marrow signal is otherwise unremarkable' leaves the change before it",
        "FINDINGS: Type 2 change at L4-5. Endplate marrow signal is otherwise normal.\nIMPRESSION: "
        "There is fatty endplate marrow change along the L4-5 endplates, marrow signal is "
        "otherwise unremarkable.",
        {
            ("L4-L5", "modic"): "type2",
            ("L1-L2", "modic"): "none",
            ("L5-S1", "modic"): "none",
        },
        [],
    ),
    (
        "a site with a list of levels before its predicate ('The neural foramina at L2-3 and L4-5 "
        "are mildly narrowed'); a second site opening a clause after a comma ('..., the thecal sac "
        "is effaced but the canal is not stenotic')",
        "FINDINGS: The neural foramina at L2-3 and L4-5 are mildly narrowed. L5/S1 left "
        "paracentral extrusion causing moderate narrowing of the left lateral recess, the thecal "
        "sac is effaced but the canal is not stenotic.",
        {
            ("L2-L3", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "subarticular_stenosis_left"): "moderate",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'IVD' for the disc: 'The L1/L2 and L2/L3 IVDs are normal', 'Other IVD levels show ... no "
        "bulge or herniation', 'Rest of the vertebral bodies & IVDs are normal'; 'Remainder: no "
        "significant abnormality'; 'No significant disc or neural abnormality'",
        "FINDINGS: The L1/L2 and L2/L3 IVDs are normal. L4/5 protrusion. Other IVD levels show "
        "normal signal with no bulge or herniation seen.\nIMPRESSION: L3/4 and L5/S1: No "
        "significant disc or neural abnormality.",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "disc_herniation"): "absent",
            ("L4-L5", "disc_herniation"): "present",
            ("L3-L4", "disc_bulge"): "absent",
            ("L3-L4", "canal_stenosis"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [("L1-L2", "canal_stenosis"), ("L4-L5", "disc_bulge")],
    ),
    (
        "'Remainder: no significant abnormality.'; 'Rest of the vertebral bodies & IVDs are "
        "normal.'",
        "FINDINGS: L3-4: Disc osteophyte complex.\nL5-S1: Unremarkable.\nRemainder: no "
        "significant abnormality.\nIMPRESSION:\n* Posterior disc bulge at L4-L5.\n* Rest of the "
        "vertebral bodies & IVDs are normal.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L2-L3", "disc_herniation"): "absent",
        },
        [],
    ),
]

SESSION44_ROUND37: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets MZ-NC
    (
        "a radiologist's inline corrections: 'at L4-5, correction, L5-S1', 'Right, sorry, left', "
        "'Mild, I mean moderate', 'a bulge at L3/4, scratch that, the L3/4 disc is normal'",
        "FINDINGS: There is a left paracentral disc protrusion at L4-5, correction, L5-S1. "
        "L2-3: Mild canal stenosis. Right, sorry, left foraminal narrowing is mild.\nL1-2: Mild, "
        "I mean moderate, canal stenosis.\nThere is a small disc bulge at L3/4, scratch that, the "
        "L3/4 disc is normal.",
        {
            ("L5-S1", "disc_herniation"): "present",
            ("L2-L3", "foraminal_stenosis_left"): "mild",
            ("L1-L2", "canal_stenosis"): "moderate",
            ("L3-L4", "disc_bulge"): "absent",
        },
        [("L4-L5", "disc_herniation"), ("L2-L3", "foraminal_stenosis_right")],
    ),
    (
        "a clinic note's 'Interval:' and 'A/P:' parts; 'L4-5 is normal; no retrolisthesis' is "
        "of L4-5",
        "Interval: L4-5 protrusion treated conservatively since 2022.\nMRI L-spine reviewed: "
        "L5-S1 broad disc bulge.\nL4-5 is normal; no retrolisthesis.\nA/P: disc herniation "
        "natural history reviewed.",
        {
            ("L5-S1", "disc_bulge"): "present",
            ("L4-L5", "spondylolisthesis"): "absent",
            ("L4-L5", "disc_herniation"): "absent",
        },
        [("L5-S1", "disc_herniation"), ("L3-L4", "spondylolisthesis")],
    ),
    (
        "'No Modic changes.' after levels told in prose is of the whole spine (not after a "
        "level's heading, nor after ';'); 'Comparison with MRI 03/2021, which showed ...'; '..., "
        "when a central protrusion was described'; 'has resorbed'",
        "FINDINGS: Comparison with MRI 03/2021, which showed a left L3/4 extrusion. At L4-L5 "
        "there is a disc bulge which has decreased since the previous study, when a central "
        "protrusion was described. No Modic changes.\nL5-S1: Disc desiccation. The L2/3 "
        "extrusion has resorbed.",
        {
            ("L1-L2", "modic"): "none",
            ("L5-S1", "modic"): "none",
            ("L4-L5", "disc_bulge"): "present",
            ("L2-L3", "disc_herniation"): "absent",
        },
        [("L3-L4", "disc_herniation"), ("L4-L5", "disc_herniation")],
    ),
    (
        "'Unremarkable without disc herniation, canal stenosis or foraminal narrowing': the "
        "level's bare-normal set; 'discs are well hydrated and normal'; not 'the disc is not "
        "normal' nor 'thinner than normal'",
        "FINDINGS: T12-L1 through L2-3: Unremarkable without disc herniation, canal stenosis or "
        "foraminal narrowing. L3-4: The disc is not normal. L4-5: The disc is thinner than normal "
        "and has a mild bulge. The other lumbar discs are well hydrated and normal.",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L4-L5", "disc_bulge"): "present",
            ("L5-S1", "disc_herniation"): "absent",
        },
        [("L3-L4", "disc_bulge"), ("L4-L5", "disc_herniation")],
    ),
]

SESSION44_ROUND38: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ND-NG
    (
        "'no stenosis at L1/2 or L2/3, but mild at L3/4 and moderate at L4/5': the canal's grades "
        "after the negation; 'a small L3-4 central protrusion' after a graded list is no grade",
        "FINDINGS: There is no stenosis at L1/2 or L2/3, but mild at L3/4 and moderate at L4/5. "
        "Mild L4-5 and L5-S1 bilateral foraminal narrowing and a small L3-4 central protrusion.",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "disc_herniation"): "present",
        },
        [("L3-L4", "foraminal_stenosis_left"), ("L3-L4", "foraminal_stenosis_right")],
    ),
    (
        "an exception on one side ('No foraminal stenosis except on the left at L5/S1, where ...'): "
        "the other side's none stands there; a verb's object site ('a foraminal osteophyte "
        "moderately narrows the left exit foramen')",
        "FINDINGS: No foraminal stenosis except on the left at L5/S1, where a foraminal osteophyte "
        "moderately narrows the exit foramen. At L3/4 a foraminal osteophyte mildly narrows the "
        "right exit foramen.",
        {
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a hedged finding after a negation and a comma ('no canal stenosis, possible mild right "
        "foraminal narrowing'); 'the upper three levels show no bulge, while the lower two show "
        "...'; 'most people your age have some bulging at L4-5' is no finding",
        "FINDINGS: At L3-L4 there is a mild disc bulge, no canal stenosis, possible mild right "
        "foraminal narrowing. The upper three levels show no stenosis, while the lower two show "
        "broad-based disc bulges.\nQ: is this bad? A: Most people your age have some bulging at "
        "L1-2.",
        {
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L2-L3", "canal_stenosis"): "none",
            ("L4-L5", "disc_bulge"): "present",
            ("L5-S1", "disc_bulge"): "present",
        },
        [("L1-L2", "disc_bulge"), ("L4-L5", "canal_stenosis")],
    ),
    (
        "pseudo-negations: 'without interval change, narrowing both lateral recesses', 'no "
        "significant change in the moderate left ... stenosis', 'moderately, not severely, "
        "narrowed'; 'nothing to suggest recurrent disc herniation'",
        "FINDINGS: The L5/S1 protrusion is again seen without interval change, narrowing both "
        "lateral recesses, and there is no significant change in the moderate left exit foraminal "
        "stenosis at this level. The central canal is moderately, not severely, narrowed at L4-5. "
        "L3/4: post-operative change; nothing to suggest recurrent disc herniation.",
        {
            ("L5-S1", "subarticular_stenosis_left"): "present",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "disc_herniation"): "absent",
            ("L4-L5", "canal_stenosis"): "moderate",  # (the denied 'severely' blanked)
        },
        [],
    ),
    (
        "'Unremarkable noncontrast lumbar spine MRI.'; 'L1/2 and L2/3 were assessed on sagittal "
        "images only and are unremarkable.'",
        "IMPRESSION: Unremarkable noncontrast lumbar spine MRI.\n\nADDENDUM: L1/2 and L2/3 were "
        "assessed on sagittal images only and are unremarkable.",
        {("L4-L5", "disc_bulge"): "absent", ("L2-L3", "canal_stenosis"): "none"},
        [],
    ),
]

SESSION44_ROUND39: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets NH-NK
    (
        "discs written without their letters after a disc ('L3/4 to 5/1', 'L4-5 & 5-S1'); 'at "
        "each level from L3 to S1'; 'above L4' (a vertebra): the discs above it",
        "FINDINGS: Desiccated discs L3/4 to 5/1 with broad based disc bulges at these levels. "
        "L4-5 & 5-S1: Type 2 Modic endplate change at both levels. There is facet hypertrophy at "
        "each level from L3 to S1. There is no disc bulge or protrusion above L3. Seen on 5/1/2024.",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L5-S1", "disc_bulge"): "present",
            ("L5-S1", "modic"): "type2",
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "disc_herniation"): "absent",
        },
        [("L3-L4", "disc_herniation")],
    ),
    (
        "'not causing canal or foraminal stenosis' negates both; 'near-complete resorption of the "
        "extrusion with a small residual protrusion'; a quoted \"'sev left foraminal stenosis, "
        "mod right'\"",
        "FINDINGS: L4/5 disc bulge, not causing canal or foraminal stenosis. Near-complete "
        "resorption of the L3-4 extrusion with a small residual protrusion.\nmri says 'l5s1 sev "
        "left foraminal stenosis, mod right' and thats it",
        {
            ("L4-L5", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L3-L4", "disc_herniation"): "present",
            ("L5-S1", "foraminal_stenosis_left"): "severe",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
]

SESSION44_ROUND40: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets NL-NO
    (
        "negations after the finding: 'have been excluded at all levels'; 'mild disc bulge, "
        "stenosis is not present' and '..., right foraminal narrowing is moderate, left foraminal "
        "narrowing is not appreciated' (a clause each); 'Modic changes elsewhere: not evident'; "
        "'Foramina satisfactory'",
        "FINDINGS: Disc herniation and canal stenosis have been excluded at all levels. L3-4: mild "
        "disc bulge, stenosis is not present. Foramina satisfactory. L5-S1: Disc bulge, right "
        "foraminal narrowing is moderate, left foraminal narrowing is not appreciated. Fatty "
        "(type 2) endplate marrow change at L5-S1. Modic changes elsewhere: not evident.",
        {
            ("L1-L2", "disc_herniation"): "absent",
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L5-S1", "disc_bulge"): "present",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "none",
            ("L5-S1", "modic"): "type2",
            ("L2-L3", "modic"): "none",
        },
        [],
    ),
    (
        "a comparison's line 'CT lumbar spine same day.' is no CT report's heading; 'posterior "
        "cortical bulging' of a vertebra is no disc bulge",
        "MRI LUMBAR SPINE\nCOMPARISON:\nCT lumbar spine same day.\n\nFINDINGS:\nPathological "
        "fracture of L3 with posterior cortical bulging at the L2-3 disc level.\nL4-5: mild disc "
        "bulge, no canal stenosis.",
        {("L4-L5", "disc_bulge"): "present", ("L4-L5", "canal_stenosis"): "none"},
        [("L2-L3", "disc_bulge")],
    ),
]

SESSION44_ROUND41: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets NP-NS
    (
        "a range told 'inclusive' before its normal statement ('L1/2 to L3/4 inclusive: normal "
        "appearances')",
        "FINDINGS: L1/2 to L3/4 inclusive: normal appearances. L4/5: broad based disc bulge.",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
]

SESSION45_ROUND42: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets NT-NW
    (
        "a range's normal statement after a field label holding a slash ('MRI L/S spine: L1-2 to "
        "L3-4 normal')",
        "MRI L/S spine: L1-2 to L3-4 normal. Mild bulge at L4-5.",
        {("L1-L2", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'without pathological findings'; 'incompletely imaged on axial images but appear "
        "unremarkable on sagittal images'",
        "Levels L1/2 to L2/3 without pathological findings. T12-L1 and L3-4 are incompletely "
        "imaged on axial images but appear unremarkable on sagittal images.",
        {
            ("L1-L2", "disc_herniation"): "absent",
            ("T12-L1", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "absent",
        },
        [],
    ),
    (
        "a prior finding told 'not significantly changed' is current",
        "IMPRESSION: The mild bilateral foraminal narrowing at L4-5 on the previous study is not "
        "significantly changed.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a clinical question ('if there is clinical concern for', 'the referral query of') states "
        "nothing",
        "L4-5: mild bulge. MRI is recommended if there is clinical concern for a disc protrusion "
        "at L5-S1. The referral query of L3-4 stenosis is noted.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L5-S1", "disc_herniation"), ("L3-L4", "canal_stenosis")],
    ),
    (
        "'(+)' and '(-)' marks each of their own finding ('bulging (+), herniation (-)', 'disc "
        "bulging, canal stenosis (-)', 'canal stenosis (+, moderate)')",
        "L3/4: disc bulging, canal stenosis (-).\nL4/5: bulging (+), herniation (-), canal "
        "stenosis (+, moderate), foraminal stenosis (-)",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "absent",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "an opening 'On the prior exam,' speaks of the clause after its comma",
        "On the prior exam, there was a left paracentral disc extrusion at L4/5 with severe left "
        "lateral recess stenosis. At present, only mild disc bulging remains at L4/5.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L4-L5", "disc_herniation"), ("L4-L5", "subarticular_stenosis_left")],
    ),
    (
        "'L5 vertebral body slips forward'; 'Remainder aligned'; 'normally segmented and aligned'",
        "L5 vertebral body slips forward about I degree. Remainder aligned.",
        {("L5-S1", "spondylolisthesis"): "present", ("L3-L4", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "the other side's state before a comma ('mild right foraminal narrowing, left patent, "
        "unchanged with position')",
        "At L3-4 mild right foraminal narrowing, left patent, unchanged with position.",
        {
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "endplates named as base and cover plates; marrow oedema of the facing endplates",
        "Modic type 1 changes of the L4 base plate and the L5 cover plate. There is marrow oedema "
        "of the inferior L2 and superior L3 endplates.",
        {("L4-L5", "modic"): "type1", ("L2-L3", "modic"): "type1"},
        [("L5-S1", "modic"), ("L3-L4", "modic")],
    ),
    (
        "a table's row normal in every column ('L1-2 | normal | normal'); 'unremarkable in both "
        "states'",
        "L1-2 | normal | normal\nL2-3 to L3-4: Unremarkable in both states.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L3-L4", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
]

SESSION45_ROUND43: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets NX-OA
    (
        "an attending's final read over the resident's preliminary ('with the following changes: "
        "... moderate rather than mild; no herniation at L5-S1')",
        "PRELIMINARY REPORT (resident):\nL4-5: Mild central canal stenosis.\nL5-S1: Small "
        "protrusion.\nATTENDING ADDENDUM: I agree, with the following changes: the L4-5 canal "
        "stenosis is moderate rather than mild; no herniation at L5-S1.",
        {("L4-L5", "canal_stenosis"): "moderate", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a preliminary the final read replaces in its entirety gives no row",
        "This report replaces the preliminary report in its entirety.\nPreliminary report "
        "(superseded): Mild disc bulge at L1-2.\nFINAL REPORT: L4-5: small protrusion.",
        {("L4-L5", "disc_herniation"): "present"},
        [("L1-L2", "disc_bulge")],
    ),
    (
        "the preliminary's 'MRI L-SPINE: Normal.' stands where the attending agrees",
        "PRELIMINARY REPORT (resident): MRI L-SPINE: Normal.\nATTENDING ADDENDUM: I have "
        "personally reviewed the images and agree with the resident's interpretation.",
        {("L1-L2", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "an apparent finding put down to positioning is none; a side corrected (', not right,') "
        "negates nothing",
        "L4-5: the apparent slip is due to oblique positioning. The extrusion is left "
        "paracentral, not right, and severely narrows the left lateral recess.",
        {
            ("L4-L5", "spondylolisthesis"): "absent",
            ("L4-L5", "subarticular_stenosis_left"): "severe",
        },
        [],
    ),
    (
        "'is not confirmed' negates; ', not seen in 2021' after a new finding does not",
        "L5-S1: the central protrusion suggested on the preliminary read is not confirmed.\n"
        "L3-4: findings suggestive of a tiny left foraminal protrusion, not seen in 2021.",
        {("L5-S1", "disc_herniation"): "absent", ("L3-L4", "disc_herniation"): "present"},
        [],
    ),
    (
        "an earlier study's account: 'questioned in 2019', a clause opening 'in 2019', 'Last "
        "year's MRI (different hospital) said'",
        "L4-5: mild bulge. An L2-3 disc protrusion was questioned in 2019. Lateral recesses at "
        "L5-S1 are now patent; in 2019 the left lateral recess was severely narrowed. Last year's "
        "MRI (different hospital) said I had a bulge at L3-4.",
        {("L5-S1", "subarticular_stenosis_left"): "none"},
        [("L2-L3", "disc_herniation"), ("L3-L4", "disc_bulge")],
    ),
    (
        "'The L1/2 and L2/3 discs and levels are normal'; 'T12-L1 and the conus are normal'",
        "The L1/2 and L2/3 discs and levels are normal. T12-L1 and the conus are normal.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("T12-L1", "disc_bulge"): "absent",
        },
        [],
    ),
]

SESSION45_ROUND44: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets OB-OE
    (
        "the other side's state with its copula elided ('... is severely narrowed and the right "
        "moderately narrowed')",
        "L4-5: The left subarticular recess is severely narrowed and the right moderately "
        "narrowed when upright.",
        {
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L4-L5", "subarticular_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "whole-spine reports: 'Thoracic and lumbar spine:' is a lumbar heading, 'Lumbar spine "
        "unremarkable.' after a cervical finding, 'the remaining thoracic and lumbar levels'",
        "MRI C-SPINE, T-SPINE AND L-SPINE\nCervical cord: lesion at C4.\nDegenerative: small "
        "C5-6 disc bulge. Lumbar spine unremarkable.",
        {("L1-L2", "canal_stenosis"): "none", ("L5-S1", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'Thoracic and lumbar spine:' heads lumbar statements; 'Multilevel mild cervical "
        "spondylosis without significant canal stenosis' is not of the lumbar spine",
        "WHOLE SPINE\nCervical spine: C6 facet fracture.\nThoracic and lumbar spine: No "
        "fracture. Alignment is normal.\nMultilevel mild cervical spondylosis without significant "
        "canal stenosis. L1 burst fracture. The remaining thoracic and lumbar levels are "
        "unremarkable with no canal or foraminal stenosis.",
        {("L3-L4", "spondylolisthesis"): "absent", ("L3-L4", "disc_bulge"): "absent"},
        [],
    ),
    (
        "a whole spine study told normal ('MRI WHOLE SPINE: Normal study.'); 'IMPRESSION: WNL.'",
        "MRI WHOLE SPINE: Normal study. No cord signal abnormality.",
        {("L1-L2", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "an earlier study's account: 'at which time there was', 'MRI of 08/2018, which reportedly "
        "showed'",
        "L4-5: mild bulge. Comparison is made with the prior MRI of last year, at which time there "
        "was a right L3-4 foraminal extrusion. The earliest study is a lumbar MRI of 08/2018, "
        "which reportedly showed a large extrusion at L5-S1.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L3-L4", "disc_herniation"), ("L5-S1", "disc_herniation")],
    ),
    (
        "a former state told as an appositive ('THE R LATERAL RECESS, MODERATELY STENOTIC ON THE "
        "PRIOR EXAM, IS NOW PATENT.')",
        "L5-S1: THE R LATERAL RECESS, MODERATELY STENOTIC ON THE PRIOR EXAM, IS NOW PATENT.",
        {("L5-S1", "subarticular_stenosis_right"): "none"},
        [("L5-S1", "canal_stenosis")],
    ),
    (
        "a file review's study summaries ('Normal per the radiologist', 'The claimant's lumbar "
        "MRI (03/03/2021) was read as unremarkable.')",
        "MRI lumbar spine (02/2023): Normal per the radiologist; negative for disc herniation.",
        {("L1-L2", "disc_bulge"): "absent", ("L4-L5", "foraminal_stenosis_left"): "none"},
        [],
    ),
    (
        "a claimant's MRI read as unremarkable",
        "The claimant's lumbar MRI (03/03/2021) was read as unremarkable.",
        {("L2-L3", "canal_stenosis"): "none"},
        [],
    ),
]

SESSION45_ROUND45: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets OF-OI
    (
        "discs written with a dot, an underscore or a colon ('L4.5', 'L5.S1', 'L4_L5', 'L3:4'), "
        "not a measurement ('L 1.5 cm')",
        "L5.S1: small protrusion. L4.5: moderate canal stenosis. L3_L4: mild bulge. L2:3 normal. "
        "Psoas collections R 2.3 cm, L 1.5 cm.",
        {
            ("L5-S1", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L3-L4", "disc_bulge"): "present",
            ("L2-L3", "canal_stenosis"): "none",
        },
        [("L1-L2", "canal_stenosis")],
    ),
    (
        "vertebrae spelt out ('lumbar 3-4', 'lumbar 5-sacral 1') and Unicode hyphens and minus "
        "signs ('T12\u2010L1 through L3\u2010L4', 'L5\u2212S1')",
        "At lumbar 5-sacral 1 there is a broad disc bulge. T12\u2010L1 through L3\u2010L4 are "
        "normal. L5\u2212S1: no spinal stenosis.",
        {
            ("L5-S1", "disc_bulge"): "present",
            ("L2-L3", "disc_herniation"): "absent",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'No listhesis at this level.' is of the level carried, not the whole spine",
        "L5-S1: No central stenosis. No listhesis at this level.",
        {("L5-S1", "spondylolisthesis"): "absent"},
        [("L3-L4", "spondylolisthesis")],
    ),
    (
        "a finding told to be another thing ('... was in fact a circumferential bulge'); 'on his "
        "2021 scan' is an earlier study",
        "The L3-L4 disc herniation described on the outside study was in fact a circumferential "
        "bulge and remains so. L4-5: mild bulge. My husband had a large disc extrusion at L5/S1 on "
        "his 2021 scan.",
        {("L3-L4", "disc_herniation"): "absent", ("L3-L4", "disc_bulge"): "present"},
        [("L5-S1", "disc_herniation")],
    ),
]

SESSION45_ROUND46: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets OJ-OL
    (
        "a level another is compared with is not the finding's ('worse than L3-4', 'larger than "
        "at L1-2', 'in contrast to the lumbosacral level'); 'moderate rather than mild'",
        "L4-5: This level is worse than L3-4, with moderate rather than mild canal narrowing.\n"
        "L2-3: Disc bulge, larger than at L1-2, with a small right foraminal protrusion.",
        {("L4-L5", "canal_stenosis"): "moderate", ("L2-L3", "disc_herniation"): "present"},
        [("L3-L4", "canal_stenosis"), ("L1-L2", "disc_herniation"), ("L1-L2", "disc_bulge")],
    ),
    (
        "a grade denied after the finding ('is severe rather than moderate')",
        "L4-5: the canal stenosis is severe rather than moderate.",
        {("L4-L5", "canal_stenosis"): "severe"},
        [],
    ),
    (
        "levels told normal 'in contrast to the lumbosacral level'",
        "At L5-S1 there is a large extrusion. L1-2 through L4-5 are normal, in contrast to the "
        "lumbosacral level.",
        {("L2-L3", "disc_bulge"): "absent", ("L5-S1", "disc_herniation"): "present"},
        [],
    ),
    (
        "a site's field: 'Canal: mild stenosis at L4-5; patent elsewhere.', '...; none "
        "elsewhere.'",
        "Canal: mild stenosis at L4-5; patent elsewhere.\nForamina: mild narrowing at L5-S1; "
        "none elsewhere.",
        {
            ("L4-L5", "canal_stenosis"): "mild",
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "'..., which is otherwise unremarkable' after a level: the rest of its bare-normal set",
        "Questionable mild left foraminal narrowing at L3-4, which is otherwise unremarkable.",
        {
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "absent",
        },
        [],
    ),
    (
        "'no significant discal alterations'; 'Lumbar MRI findings are within normal limits.'",
        "At L1-L2 no significant discal alterations. Lumbar MRI findings are otherwise within "
        "normal limits.",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L1-L2", "disc_herniation"): "absent",
            ("L3-L4", "canal_stenosis"): "none",
        },
        [],
    ),
]

SESSION45_ROUND47: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets OM-OP
    (
        "a checklist's field answered yes before its levels ('Disc herniation: Y - L4-5', 'Disc "
        "bulge: + L3-4, + L4-5')",
        "LUMBAR MRI WORKSHEET\nDisc herniation: Y - L4-5\nDisc bulge: + L3-4, + L4-5\nCanal "
        "stenosis: N",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L3-L4", "disc_bulge"): "present",
            ("L4-L5", "disc_bulge"): "present",
            ("L2-L3", "canal_stenosis"): "none",
        },
        [("L5-S1", "disc_herniation")],
    ),
    (
        "a negation inside brackets ends with them ('bulge (a bulge rather than a protrusion) with "
        "mild canal stenosis'), not one before them ('no new (recurrent) herniation')",
        "L4/5: broad-based disc bulge (in keeping with a bulge rather than a protrusion) with mild "
        "canal stenosis.\nL5-S1: there is no new (recurrent) herniation.",
        {
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "disc_herniation"): "absent",
            ("L5-S1", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "'Preoperative MRI 06/2017 had shown ...' is an earlier study",
        "L4-5: mild bulge. COMPARISON IMAGING: Preoperative MRI 06/2017 had shown a large left "
        "paracentral L3-4 extrusion.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L3-L4", "disc_herniation")],
    ),
]

SESSION45_ROUND48: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets OQ-OS
    (
        "sides told 'sinistrolateral' / 'dextrolateral' (Central European reports) and 'R>L', "
        "'L>R'",
        "L5/S1: Foraminal stenosis sinistro-lateral, moderate.\nL3/4: mild dextrolateral "
        "foraminal narrowing.\nL4/5: Lateral recesses severely narrowed, R>L.",
        {
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
        },
        [("L5-S1", "foraminal_stenosis_right"), ("L3-L4", "foraminal_stenosis_left")],
    ),
    (
        "a structure's paragraph: 'Other lateral recesses are unremarkable.', 'Others patent.', "
        "'Remainder patent.'",
        "Lateral recesses: The left L4-5 lateral recess is severely narrowed. Other lateral "
        "recesses are unremarkable.\nNeural foramina: L5-S1 moderate foraminal stenosis. "
        "Remainder patent.",
        {
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L2-L3", "subarticular_stenosis_right"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L1-L2", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
]

SESSION45_ROUND49: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets OT-OV
    (
        "the level next to the one carried ('The next level down shows ...', 'One level above "
        "there is ...', 'The adjacent disc below is mildly bulging'), carried on after it",
        "L3-4: mild bulge. The next level down shows a circumferential bulge with mild bilateral "
        "foraminal narrowing. Mild to moderate bilateral subarticular narrowing at this level.\n"
        "L5-S1: normal. One level above there is a small right paracentral protrusion.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "subarticular_stenosis_right"): "moderate",
            ("L4-L5", "disc_herniation"): "present",
            ("L5-S1", "disc_herniation"): "absent",
        },
        [("L3-L4", "foraminal_stenosis_left"), ("L3-L4", "subarticular_stenosis_right")],
    ),
    (
        "'rather than' denies the phrase up to a comma ('a protrusion rather than a diffuse bulge, "
        "narrowing the left lateral recess')",
        "L4-L5: Focal left subarticular protrusion rather than a diffuse bulge, narrowing the left "
        "lateral recess (mild-to-moderate).",
        {
            ("L4-L5", "disc_bulge"): "absent",
            ("L4-L5", "subarticular_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "'not well assessed on the axial images but appear unremarkable on the sagittal images'",
        "L4-5: bulge. The remaining levels are not well assessed on the axial images but appear "
        "unremarkable on the sagittal images.",
        {("L2-L3", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
]

SESSION45_ROUND50: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets OW-OY
    (
        "'The lumbar disc levels are unremarkable.' / 'Normal lumbar disc levels.': every lumbar "
        "level",
        "At T12-L1 there is a moderate-sized central disc extrusion. The lumbar disc levels are "
        "unremarkable.",
        {
            ("T12-L1", "disc_herniation"): "present",
            ("L1-L2", "canal_stenosis"): "none",
            ("L5-S1", "disc_bulge"): "absent",
        },
        [],
    ),
]

SESSION46_ROUND51: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets OZ-PC
    (
        "a 'Comparison: MRI of <date>' line in the newer of two pasted reports opens no older study",
        "Posting my new report.\n\nNew one (last week):\n\nMRI LUMBAR SPINE\nComparison: MRI of "
        "January 2019.\nFindings:\nL4-5: Moderate central canal stenosis.\nL5-S1: Disc bulge.",
        {("L4-L5", "canal_stenosis"): "moderate", ("L5-S1", "disc_bulge"): "present"},
        [],
    ),
    (
        "'L4 on L5 anterolisthesis' (both vertebrae before the word) is of L4-L5",
        "Listhesis/Alignment: L4 on L5 anterolisthesis, grade 1 (4 mm). Alignment otherwise normal.",
        {("L4-L5", "spondylolisthesis"): "present", ("L5-S1", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "ordinals in a list: 'the first and second lumbar interspaces', 'the third, fourth and "
        "fifth lumbar discs'",
        "The first and second lumbar interspaces are normal. The third, fourth and fifth lumbar "
        "discs are bulging.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L3-L4", "disc_bulge"): "present",
            ("L5-S1", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "'The interspace below ...' opening a paragraph is beside the level the one before ended on",
        "FINDINGS:\nAt L3-4 there is a mild circumferential disc bulge.\n\nThe interspace below "
        "shows a small central protrusion. Foramina are patent at this level.",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "foraminal_stenosis_left"): "none",
        },
        [("L3-L4", "disc_herniation")],
    ),
    (
        "a template's choice heading: 'Bulge/Protrusion: Diffuse bulge' is the bulge only; "
        "'Canal/Foramina: Patent' is of both sites",
        "L2-L3\n  Bulge/Protrusion: Diffuse bulge\n  Canal/Foramina: Patent\nL3-L4\n"
        "  Bulge/Protrusion: None\n  Canal and foramina: mild.",
        {
            ("L2-L3", "disc_bulge"): "present",
            ("L2-L3", "canal_stenosis"): "none",
            ("L2-L3", "foraminal_stenosis_right"): "none",
            ("L3-L4", "disc_herniation"): "absent",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
        },
        [("L2-L3", "disc_herniation")],
    ),
    (
        "'L5/S1 is well preserved.' is a normal level (not 'the L4-5 disc is well preserved')",
        "FINDINGS: At L4/5 there is a bulge. L5/S1 is well preserved. The L3/4 disc is well "
        "preserved.",
        {("L5-S1", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "a per-level table under 'PER LEVEL' with Y/N cells and grades under finding columns",
        "PER LEVEL\tBulge\tProtrusion\tExtrusion\tCanal stenosis\tForaminal stenosis L\n"
        "L3/4\tY\tN\tN\tN\tN\nL4/5\tY\tN\tN\tmild\tmoderate\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "disc_herniation"): "absent",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "a space-aligned table whose level column has no name, with a keyed '(-)' and '+' cells",
        "Key: (+) present, (-) absent\n\n         Bulge  HNP  Canal  L-NF  R-NF\n"
        "L3-L4      +     -     -     -     -\nL4-L5      +     +     +     +     -\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "disc_herniation"): "absent",
            ("L4-L5", "canal_stenosis"): "present",
            ("L4-L5", "foraminal_stenosis_left"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a table of two dated studies: the newest year's columns read; a column of several sites",
        "Level  | Canal 2021 | Canal 2025 | Stenosis C / LF / RF\nL3-L4  | severe     | mild"
        "       | mild / N / mod\n",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
]

SESSION47_ROUND52: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets PD-PG
    (
        "an operation note's 'Indications:' quoting its MRI is read from the quote on",
        "OPERATION NOTE\nOperation: Right L5/S1 microdiscectomy\n\nIndications: 38 year old man, "
        "10 weeks of right S1 pain. MRI 02/02/2024 showed a large right paracentral L5/S1 disc "
        "extrusion. Mild L4/5 disc bulge without canal or foraminal stenosis. Other levels "
        "normal.\nConsent: risks discussed.",
        {
            ("L5-S1", "disc_herniation"): "present",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "none",
            ("L2-L3", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "a note's quote of an earlier MRI (a later one named) and a radiology report's history "
        "quoting a prior MRI are not read",
        "SPINE MDT\nHistory: L4/5 laminectomy 2018. MRI 2020: L5/S1 extrusion and mild L3/4 canal "
        "stenosis.\nImaging reviewed (MRI 02/2025, compared with 2020):\n- L3/4: canal stenosis is "
        "now moderate.\n- L5/S1: no disc herniation now.",
        {("L3-L4", "canal_stenosis"): "moderate", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "an operation note's 'PREOPERATIVE DIAGNOSIS:' is the surgeon's, not the imaging's",
        "OPERATIVE REPORT\nPREOPERATIVE DIAGNOSIS: Lumbar spinal stenosis L4-L5.\nPROCEDURE: L4-L5 "
        "laminectomy.",
        {},
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "shorthand's empty value after its site: 'canal none', 'canal stenosis nil' (not a "
        "negation of what follows)",
        "FINDINGS: L3-4: bulge, canal none, foramina mild. L4-5: canal stenosis nil.",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a canal grading system named without its site ('Schizas C'), 'Schizas A-B', 'SA Lee 1 "
        "bilat', 'NF L Lee 2, R Lee 0'",
        "FINDINGS: L3-4: bulge, Schizas A-B, SA Lee 1 bilat.\nL4-5: protrusion, Schizas C, NF L "
        "Lee 2, R Lee 0.",
        {
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L3-L4", "subarticular_stenosis_left"): "mild",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "two values keyed by the sides after them: 'Lee 2 / Lee 1 (right / left)'",
        "L4-L5\n  Foramen: Lee 2 / Lee 1 (right / left).\n  Subarticular: mild / moderate (R/L).",
        {
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "subarticular_stenosis_right"): "mild",
            ("L4-L5", "subarticular_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "a research table's 'Schizas' and 'Lee SA (L/R)' columns",
        "Level | Schizas | Lee SA (L/R) | Lee NF (L/R)\nL3-L4 | B | 1/1 | 1/0\nL4-L5 | C | 2/3 | 2/2",
        {
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L3-L4", "subarticular_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "'at these levels' after single-level sentences of one line: the levels the line named",
        "FINDINGS: Degenerative: L4-L5 mild disc bulge. L5-S1 small central protrusion. No "
        "foraminal stenosis at these levels.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "'normal discs and canal'; '... unremarkable on sagittal imaging'",
        "FINDINGS: L4/5: bulge. L1/L2 and L2/L3: normal discs and canal. L3/4 unremarkable on "
        "sagittal imaging.",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a study heading with a long bracket: 'MRI L-SPINE (limited protocol, sagittal T2 and "
        "axial T2): Normal.'",
        "Dear Dr Roberts,\n\nMRI L-SPINE (limited protocol, sagittal T2 and axial T2): Normal. No "
        "CES.\n\nYours sincerely",
        {("L1-L2", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "an exception of one side leaves the other side's normal: 'patent apart from mild left "
        "foraminal narrowing at L4/5'",
        "FINDINGS: The foramina are patent apart from probable mild left foraminal narrowing at "
        "L4/5.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a plural site after a singular sided one keeps no side: 'Right lateral recess, central "
        "canal and foramina are patent'",
        "FINDINGS: L5-S1: The left lateral recess is moderately narrowed. Right lateral recess, "
        "central canal and foramina are patent.",
        {
            ("L5-S1", "subarticular_stenosis_left"): "moderate",
            ("L5-S1", "subarticular_stenosis_right"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a flattened report: ', Other lumbar disc levels show no abnormality, IMPRESSION - ...'",
        "MRI LS SPINE, L4/L5 disc: Diffuse disc bulge with left paracentral extrusion, L5S1 disc: "
        "Diffuse disc bulge, no neural foraminal narrowing, Other lumbar disc levels show no "
        "abnormality, IMPRESSION - L4/L5 left paracentral disc extrusion.",
        {("L1-L2", "disc_bulge"): "absent", ("L4-L5", "disc_herniation"): "present"},
        [],
    ),
    (
        "a level's past in a relative clause: 'The L4/5 level, which previously had a small bulge, "
        "is now normal.'; 'The first, in July 2021, showed ...'",
        "FINDINGS: The L4/5 level, which previously had a small bulge, is now normal. He has had "
        "two MRIs. The first, in July 2021, showed a mild bulge at L3/4.",
        {("L4-L5", "disc_bulge"): "absent", ("L4-L5", "canal_stenosis"): "none"},
        [("L3-L4", "disc_bulge")],
    ),
    (
        "a letter's 'an MRI ... which was reported as normal' and 'The radiologist comments that "
        "the remaining levels are unremarkable.'",
        "Dear Dr Hamid,\n\nShe had an MRI lumbar spine in January which was reported as normal - "
        "no disc prolapse, no nerve root compression.\n\nHer husband's MRI shows a bulge at L4/5. "
        "The radiologist comments that the remaining levels are unremarkable.\n\nYours sincerely",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L5-S1", "disc_bulge"): "absent",
        },
        [],
    ),
]

SESSION47_ROUND53: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets PH-PK
    (
        "sides told by the symptoms: 'on the symptomatic side', 'the ipsilateral lateral recess', "
        "'The contralateral recess is patent' after 'CLINICAL: Right L5 radiculopathy'",
        "CLINICAL: Right L5 radiculopathy.\n\nFINDINGS:\nL4-L5: Paracentral disc protrusion on the "
        "symptomatic side, narrowing the ipsilateral lateral recess (moderate). The contralateral "
        "recess is patent. Mild foraminal narrowing on the symptomatic side; the opposite foramen "
        "is patent.",
        {
            ("L4-L5", "subarticular_stenosis_right"): "moderate",
            ("L4-L5", "subarticular_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "'Rt. lower limb' names the symptoms' side; 'Opposite lateral recess is normal'",
        "Clinical history: Pain in lower back radiating to Rt. lower limb.\nFindings:\nL4-L5 "
        "paracentral protrusion on the symptomatic side causing moderate narrowing of the "
        "ipsilateral lateral recess. Opposite lateral recess is normal.",
        {
            ("L4-L5", "subarticular_stenosis_right"): "moderate",
            ("L4-L5", "subarticular_stenosis_left"): "none",
        },
        [],
    ),
    (
        "symptoms of both sides name no side: 'the symptomatic side' stays sideless (both)",
        "HISTORY: Left leg pain, now right sciatica too.\nFINDINGS: L5-S1: mild foraminal "
        "narrowing on the symptomatic side.",
        {
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "'R L5-S1 foraminal narrowing', 'L L4-5 lateral recess stenosis': a side letter before a level",
        "Imp: R L5-S1 foraminal narrowing may account for R L5 sx. L L4-5 lateral recess stenosis.",
        {
            ("L5-S1", "foraminal_stenosis_right"): "present",
            ("L4-L5", "subarticular_stenosis_left"): "present",
        },
        [("L5-S1", "foraminal_stenosis_left"), ("L4-L5", "subarticular_stenosis_right")],
    ),
]

SESSION48_ROUND54: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets PL-PO
    (
        "a vertebra's fracture: 'no retropulsion, no canal compromise' speaks of that vertebra, not "
        "of every level",
        "FINDINGS:\nL1 osteoporotic wedge fracture, approx 30% anterior height loss, no "
        "retropulsion, no canal compromise. L4/5 disc bulge.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L1-L2", "canal_stenosis"), ("L4-L5", "canal_stenosis"), ("L5-S1", "canal_stenosis")],
    ),
    (
        "a second opinion: the original read stands where the reviewer is silent ('Original "
        "interpretation (verbatim excerpt): ...' then 'Reviewer's interpretation:')",
        "PEER REVIEW\nOriginal interpretation (verbatim excerpt): \"L5-S1: Broad-based disc bulge "
        "with severe bilateral foraminal stenosis. L4-5: Mild bulge, no stenosis.\"\n\nReviewer's "
        "interpretation: At L5-S1 the foraminal narrowing is mild on both sides. The L4-5 "
        "description is agreed.",
        {
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "disc_bulge"): "present",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a second opinion revises the original's grade ('Second opinion:' after 'Original report "
        "(quoted in full):')",
        "Original report (quoted in full):\n\"L4/5: moderate canal stenosis. L5/S1: normal.\"\n\n"
        "Second opinion:\nAt L4/5 the canal stenosis is mild.",
        {("L4-L5", "canal_stenosis"): "mild", ("L5-S1", "disc_bulge"): "absent"},
        [],
    ),
    (
        "the original read's whole-study normal is refuted by the reviewer's finding: no normal "
        "rows where the reviewer is silent",
        "Original interpretation: \"No significant abnormality.\"\n\nReviewer's interpretation:\n"
        "There is a right-sided disc herniation at L3-4 with severe right foraminal stenosis.",
        {("L3-L4", "disc_herniation"): "present", ("L3-L4", "foraminal_stenosis_right"): "severe"},
        [("L1-L2", "disc_bulge"), ("L4-L5", "canal_stenosis"), ("L3-L4", "foraminal_stenosis_left")],
    ),
    (
        "'I disagree with the preliminary description of canal stenosis' negates it",
        "FINDINGS:\nL4/5: The central canal is not narrowed; I disagree with the preliminary "
        "description of canal stenosis.",
        {("L4-L5", "canal_stenosis"): "none"},
        [],
    ),
    (
        "a denied alternative grade: 'Mild (not moderate)', 'moderate, not severe,'",
        "FINDINGS:\nMild (not moderate) canal stenosis at L4-5. Moderate, not severe, left "
        "foraminal narrowing at L5-S1. L3-4: the right foraminal narrowing is mild, not moderate.",
        {
            ("L4-L5", "canal_stenosis"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "'The other discs and vertebral bodies are normal': the other discs' bulge and herniation",
        "FINDINGS:\nL3/4 discitis. The other discs and vertebral bodies are normal.",
        {("L1-L2", "disc_bulge"): "absent", ("L5-S1", "disc_herniation"): "absent"},
        [("L3-L4", "disc_bulge"), ("L1-L2", "canal_stenosis")],
    ),
    (
        "'Oedema and enhancement in the adjacent L3 and L4 endplates': endplate marrow oedema (Modic 1)",
        "FINDINGS:\nL3/4 disc: high T2 signal. Oedema and enhancement in the adjacent L3 and L4 "
        "endplates and vertebral bodies.",
        {("L3-L4", "modic"): "type1"},
        [],
    ),
    (
        "a disc filling the lateral recess narrows it",
        "FINDINGS:\nL5/S1: Large left paracentral disc extrusion. It fills the left lateral recess "
        "and compresses the descending left S1 nerve root.",
        {("L5-S1", "subarticular_stenosis_left"): "present"},
        [("L5-S1", "subarticular_stenosis_right")],
    ),
]

SESSION48_ROUND55: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets PP-PS
    (
        "a list headed by its finding, a level and its value on each line under it",
        "Findings:\n5. Spinal canal stenosis:\n   L2-3: mild\n   L3-4: moderate\n   L5-S1: none\n"
        "6. Neural foraminal stenosis:\n   L4-5: bilateral, moderate\n7. Modic type 2 change at L3-4.",
        {
            ("L2-L3", "canal_stenosis"): "mild",
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L5-S1", "canal_stenosis"): "none",
            # (the heading names the finding: 'bilateral, moderate' is its field value)
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L3-L4", "modic"): "type2",
        },
        [],
    ),
    (
        "a heading of the discs and canal over per-level sentences is not such a list: 'L1-L2: "
        "Normal.' is the whole level's",
        "FINDINGS:\nDiscs and canal:\nL1-L2: Normal.\nL2-L3: Disc bulge. Mild spinal stenosis.",
        {
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "'HIVD' and 'Protruded disc' are herniations",
        "Findings:\n- HIVD at L4-5 with compression of the thecal sac.\nOpinion:\n2. Protruded disc at "
        "L5-S1, left foraminal.",
        {("L4-L5", "disc_herniation"): "present", ("L5-S1", "disc_herniation"): "present"},
        [],
    ),
    (
        "'L4 degenerative spondylolisthesis' is of L4 on L5, not of the level named before it",
        "FINDINGS: Lumbar canal stenosis at L4/5 (severe) and L3/4 (mild), with L4 degenerative "
        "spondylolisthesis.",
        {("L4-L5", "spondylolisthesis"): "present", ("L4-L5", "canal_stenosis"): "severe"},
        [("L3-L4", "spondylolisthesis")],
    ),
    (
        "'Lumbar vertebrae arranged in normal sequence' is a blanket alignment; 'L5 vertebral body "
        "shows slight anterior displacement relative to S1' a slip",
        "Imaging findings:\nLumbar vertebrae arranged in normal sequence. L5 vertebral body shows "
        "slight anterior displacement relative to S1.",
        {("L2-L3", "spondylolisthesis"): "absent", ("L5-S1", "spondylolisthesis"): "present"},
        [],
    ),
    (
        "'Other discs are intact': the other discs' bulge and herniation absent",
        "FINDINGS:\nL4/5: Disc bulge.\nOther discs are intact.",
        {("L3-L4", "disc_herniation"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "'-normal lumbar lordosis & alignment'; 'Normal aspect of the intervertebral discs'",
        "Findings:\n-normal lumbar lordosis & alignment\n-L1-L2 to L3-L4: Normal aspect of the "
        "intervertebral discs.",
        {("L4-L5", "spondylolisthesis"): "absent", ("L2-L3", "disc_bulge"): "absent"},
        [],
    ),
]

SESSION48_ROUND56: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets PT-PW
    (
        "'LV4-LV5', 'LV5-S1' (Turkish spelling of the lumbar vertebrae)",
        "Findings:\nLV4-LV5: Broad-based bulging of the disc. Spinal canal is narrowed.\nLV5-S1: Left "
        "foraminal protrusion of the disc, narrowing the left neural foramen.",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "present",
            ("L5-S1", "disc_herniation"): "present",
            ("L5-S1", "foraminal_stenosis_left"): "present",
        },
        [],
    ),
    (
        "a grid whose columns are the levels: each cell under its row's finding for its column's "
        "level; 'N/A' says nothing",
        "                 L1-L2   L2-L3   L3-L4   L4-L5\n"
        "Disc bulge       N/A     no      yes     yes\n"
        "Central canal    N/A     normal  mild    mod\n"
        "Listhesis        N/A     nil     nil     nil\n",
        {
            ("L2-L3", "disc_bulge"): "absent",
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "spondylolisthesis"): "absent",
        },
        [("L1-L2", "disc_bulge"), ("L1-L2", "canal_stenosis")],
    ),
    (
        "a form's 'N' after its finding ('Bulge N | Herniation N'), 'Y' states it",
        "L1/L2: Bulge N | Herniation N | Canal none | Listhesis N\nL3/L4: Bulge Y | Herniation N | "
        "Canal mild",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L1-L2", "disc_herniation"): "absent",
            ("L1-L2", "spondylolisthesis"): "absent",
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "'IVF' (intervertebral foramen): 'mild bilateral IVF encroachment'",
        "FINDINGS:\nL3-L4: Diffuse annular disc bulge with mild bilateral IVF encroachment.",
        {("L3-L4", "foraminal_stenosis_left"): "mild", ("L3-L4", "foraminal_stenosis_right"): "mild"},
        [],
    ),
    (
        "a form's section heading with its grade key over 'L1-L2: 0' lines",
        "SECTION B. CENTRAL CANAL STENOSIS (key: 0 = none, 1 = mild, 2 = moderate, 3 = severe)\n"
        "L1-L2: 0\nL3-L4: 1\nL4-L5: 3\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "severe",
        },
        [],
    ),
]


SESSION49_ROUND57: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets PZ-QC
    (
        "a list headed by its finding and its columns in brackets, '|' between them: the first "
        "column's value; a disc list's 'bulge' / 'normal'; 'Other levels: none'",
        "FINDINGS:\nCentral canal (grade | dural sac CSA | AP diameter)\n L1-L2: none | 165 mm\u00b2 | 12.1 mm\n"
        " L2-L3: moderate | 78 mm\u00b2 | 7.8 mm\n\nDisc (morphology | height loss)\n L1-L2: normal | 0%\n"
        " L2-L3: bulge | 20%\n\nEndplates (Modic)\n L2-L3: Type 2\n Other levels: none",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "canal_stenosis"): "moderate",
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "disc_bulge"): "present",
            ("L2-L3", "modic"): "type2",
            ("L4-L5", "modic"): "none",
        },
        [],
    ),
    (
        "a field's sides keyed before its colon ('foramen L/R: mild/moderate'); 'Modic: none |' "
        "and 'listhesis: none (0.8 mm)' are empty values",
        "L4/L5 - canal: moderate | subarticular L/R: normal/severe | foramen L/R: mild/moderate | "
        "Modic: none | listhesis: none (0.8 mm)",
        {
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "subarticular_stenosis_left"): "none",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "modic"): "none",
            ("L4-L5", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "a listhesis column's '0 mm' is none; a measurement column says nothing",
        "Grading key: 0 = none, 1 = mild, 2 = moderate, 3 = severe\n\nLevel | Canal grade | Canal CSA "
        "(mm2) | Listhesis\nL3-L4 | 0 | 160 | 0 mm\nL4-L5 | 1 | 118 | 4 mm",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "spondylolisthesis"): "absent",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "spondylolisthesis"): "present",
        },
        [],
    ),
    (
        "software output ranks below the radiologist's review; an addendum that agrees 'except "
        "that' corrects",
        "SOFTWARE OUTPUT\nL4-5: severe left foraminal stenosis. Mild canal stenosis.\n\nRADIOLOGIST "
        "REVIEW\nL4-5: the left foraminal stenosis is moderate.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "'agree except that ...' in an addendum is a correction: its grade is the report's",
        "FINDINGS:\nL4-L5: Severe left neural foraminal stenosis.\n\nRADIOLOGIST ADDENDUM: AI draft "
        "reviewed; agree except that the L4-5 left foraminal narrowing is moderate, not severe as "
        "the software states.",
        {("L4-L5", "foraminal_stenosis_left"): "moderate"},
        [],
    ),
    (
        "a field left empty is no statement ('Modic: not reported', 'N/A - not assessable')",
        "FINDINGS:\nL4-5: bulge.\nModic: not reported in source.\nCentral canal stenosis: N/A - not "
        "assessable without axials.\nDisc herniation: none at any level.",
        {("L4-L5", "disc_bulge"): "present", ("L2-L3", "disc_herniation"): "absent"},
        [("L4-L5", "modic"), ("L4-L5", "canal_stenosis")],
    ),
    (
        "an older study told of before 'Got a repeat MRI last month': the report after it is read",
        "Update: new MRI vs old MRI - my herniation shrank?!\n\nBackground: in 2023 my MRI showed a "
        "big L5-S1 extrusion. Got a repeat MRI last month because of new pain. Here's the new one:"
        "\n\nFINDINGS:\nL4-L5: No canal or foraminal stenosis.\nL5-S1: Small residual protrusion.",
        {("L4-L5", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "present"},
        [],
    ),
    (
        "'The remaining levels show no significant abnormality apart from <a finding> at <a "
        "level>': the remaining levels normal, the finding at its level",
        "FINDINGS: Small disc bulge at L2-L3 without canal or foraminal stenosis. The remaining "
        "levels show no significant abnormality apart from Modic type 2 change at the anterior "
        "L4-L5 endplates.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L5-S1", "disc_bulge"): "absent",
            ("L4-L5", "modic"): "type2",
            ("L2-L3", "disc_bulge"): "present",
        },
        [("L1-L2", "modic")],
    ),
    (
        "per-side grades after a dash ('narrowed - moderately on the left and severely on the "
        "right')",
        "FINDINGS: The neural foramina at L5/S1 are narrowed - moderately on the left and severely "
        "on the right.",
        {
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "severe",
        },
        [],
    ),
    (
        "translated reports: 'Stepless alignment', 'discal overhang' (a bulge), 'nerve outlet' (the "
        "foramen), 'The rest of the intersomatic spaces without significant findings'",
        "Report:\nStepless alignment.\nL3-L4: no discal overhang or herniation.\nL4-L5: hernia with "
        "narrowing of the right nerve outlet.\nThe rest of the intersomatic spaces without "
        "significant findings.",
        {
            ("L1-L2", "spondylolisthesis"): "absent",
            ("L3-L4", "disc_bulge"): "absent",
            ("L4-L5", "foraminal_stenosis_right"): "present",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'the sequence is good', 'arranged in order', 'The remaining spaces are within the norm', "
        "'Th12-L1, L1-L2: no pathology revealed', 'disc spaces: without relevant alterations'",
        "Findings: The lumbar vertebrae are arranged in order. Th12-L1, L1-L2: no pathology "
        "revealed.\nL2-L3 and L3-L4 disc spaces: without relevant alterations.\nL4-L5: bulge. The "
        "remaining spaces are within the norm.",
        {
            ("L3-L4", "spondylolisthesis"): "absent",
            ("T12-L1", "canal_stenosis"): "none",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L5-S1", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "'The L3-L4 endplates now show fatty marrow signal' (Modic type 2)",
        "FINDINGS: L4-5: bulge. The L3-L4 endplates now show fatty marrow signal without edema.",
        {("L3-L4", "modic"): "type2"},
        [],
    ),
]


SESSION49_ROUND58: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets QD-QG
    (
        "an HTML table's cells read as a '|' table's (one line per row)",
        "<p><b>Findings:</b></p>\n<table border=\"1\">\n<tr><th>Level</th><th>Disc</th><th>Central "
        "canal</th><th>Foramina</th></tr>\n<tr><td>L1-2</td><td>Normal</td><td>Normal</td><td>Normal"
        "</td></tr>\n<tr><td>L3-4</td><td>Bulge</td><td>Severe</td><td>R moderate / L mild</td></tr>"
        "\n</table>",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "canal_stenosis"): "severe",
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "an exported JSON document: per-level objects read as a level's fields; null and empty "
        "values state nothing; false is a negative",
        '{\n  "indication": "Leg numbness.",\n  "findings": [\n    {"level": "L2-L3", "canal": '
        '"moderate", "foramen_left": "mild", "foramen_right": "", "bulge": true, "herniation": '
        'false, "modic": null},\n    {"level": "L4-L5", "canal": "none", "bulge": null, '
        '"herniation": null}\n  ],\n  "impression": "Moderate canal stenosis at L2-L3."\n}',
        {
            ("L2-L3", "canal_stenosis"): "moderate",
            ("L2-L3", "foraminal_stenosis_left"): "mild",
            ("L2-L3", "disc_bulge"): "present",
            ("L2-L3", "disc_herniation"): "absent",
            ("L4-L5", "canal_stenosis"): "none",
        },
        [
            ("L2-L3", "foraminal_stenosis_right"),
            ("L2-L3", "modic"),
            ("L4-L5", "disc_bulge"),
            ("L4-L5", "disc_herniation"),
        ],
    ),
    (
        "fields after a comma, and a side after the site ('canal: moderate, foramina: none', "
        "'foramen left: moderate, foramen right: none'); a form's 'stenosis, moderate or severe: "
        "No' stays a negation",
        "L4-5: canal: moderate, foramina: none.\nL5-S1: foramen left: moderate, foramen right: "
        "none.\nCentral canal stenosis, moderate or severe at L3-4: No",
        {
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "an image reference ('(series 11, image 24)') does not stop a level heading setting the "
        "context; nor does a bracket between the level and its colon ('L2-L3 (above the "
        "laminectomy):')",
        "FINDINGS:\nL3-4: Minimal disc bulge.\nL4-5: Granulation tissue in the left lateral recess "
        "(series 11, image 24). Superimposed left paracentral extrusion. Mild canal stenosis.\nL2-L3 "
        "(above the laminectomy): Disc bulge. Mild right and moderate left foraminal narrowing.",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L2-L3", "foraminal_stenosis_left"): "moderate",
        },
        [("L3-L4", "canal_stenosis"), ("L3-L4", "disc_herniation")],
    ),
    (
        "an exported key=value document: 'L3_4.foramen_left=mild' is L3-4's left foramen; an empty "
        "or null value states nothing",
        "exam.desc=MRI LUMBAR SPINE\nalignment=Normal lumbar lordosis. No listhesis.\nL3_4.disc="
        "mild bulge\nL3_4.canal=none\nL3_4.foramen_left=mild\nL3_4.foramen_right=\nL5_S1.modic=null",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
        },
        [("L3-L4", "foraminal_stenosis_right"), ("L5-S1", "modic")],
    ),
    (
        "'the vertebral bodies are arranged neatly' (a translated alignment statement)",
        "Imaging findings:\nThe vertebral bodies are arranged neatly. The L3/4 disc bulges around.",
        {("L1-L2", "spondylolisthesis"): "absent", ("L3-L4", "disc_bulge"): "present"},
        [],
    ),
]


SESSION49_ROUND60: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets QL-QO
    (
        "a sideless stenosis in a sentence that names one side only is that side's; a negation "
        "keeps both sides; 'worse on the left' keeps both",
        "FINDINGS:\nL3-4: Left foraminal protrusion causing moderate foraminal stenosis.\nL4-5: Left "
        "paracentral protrusion without foraminal stenosis.\nL5-S1: Lateral recesses narrowed, "
        "predominantly left.",
        {
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "none",
            ("L5-S1", "subarticular_stenosis_left"): "present",
            ("L5-S1", "subarticular_stenosis_right"): "present",
        },
        [("L3-L4", "foraminal_stenosis_right")],
    ),
    (
        "a side of something not in the schema keeps a sideless stenosis on both sides ('a left "
        "hemilaminectomy with ... severe foraminal stenosis')",
        "FINDINGS: At L5-S1 there is a left hemilaminectomy with severe facet disease with "
        "associated severe foraminal stenosis.",
        {("L5-S1", "foraminal_stenosis_left"): "severe", ("L5-S1", "foraminal_stenosis_right"): "severe"},
        [],
    ),
    (
        "'both left foramina' (two levels' left foramina) is the left; 'The right foramina at these "
        "levels are normal'",
        "FINDINGS: A mass extends through the left L2-L3 and L3-L4 intervertebral foramina, with "
        "severe narrowing of both left foramina. The right foramina at these levels are normal.",
        {
            ("L2-L3", "foraminal_stenosis_left"): "severe",
            ("L3-L4", "foraminal_stenosis_left"): "severe",
            ("L2-L3", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "'regular' and 'without remarks' are normal words ('Lumbar segments L1/2 to L3/4 regular.', "
        "'Other levels without remarks.')",
        "FINDINGS: Lumbar segments L1/2 to L2/3 regular.\nL4/5: bulge. Other levels without remarks.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "absent",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
]


SESSION50_ROUND61: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets QP-QS
    (
        "a records review's enumerated studies ('(a) MRI lumbar spine, 2014-06-10: ...'): only the "
        "newest is read",
        "DIAGNOSTIC IMAGING\n(a) MRI lumbar spine, 2014-06-10: right paracentral L5-S1 disc "
        "herniation.\n(b) MRI lumbar spine, 2019-11-04 (post-accident): new L4-L5 disc herniation "
        "with moderate central canal stenosis.\n(c) MRI lumbar spine, 2022-01-17, reported by Dr. "
        "K: \"At L4-L5 the previously seen disc herniation has resolved; there is a residual "
        "bulge.\"",
        {("L4-L5", "disc_herniation"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [("L5-S1", "disc_herniation"), ("L4-L5", "canal_stenosis")],
    ),
    (
        "numbered studies with day-first dates, the newest 'reported as follows:'",
        "5. Imaging\n5.1 MRI lumbar spine, 14/10/2019: L4/5 large right posterolateral disc "
        "prolapse. L5/S1 mild disc bulge.\n5.2 MRI lumbar spine, 02/02/2021: increase in size of "
        "the L4/5 prolapse with severe canal stenosis.\n5.3 Fusion on 15 June 2021.\n5.4 MRI lumbar "
        "spine, 30/08/2023, with metal artefact reduction sequences, reported as follows:\n'At "
        "L3/4 there is a new disc bulge. L5/S1: Small disc bulge.'",
        {("L3-L4", "disc_bulge"): "present", ("L5-S1", "disc_bulge"): "present"},
        [("L4-L5", "canal_stenosis"), ("L4-L5", "disc_herniation")],
    ),
    (
        "studies told of in a records review's prose with no verb after the date ('underwent an "
        "MRI scan ... on 21 November 2019, ... This was reported ...'; 'A further MRI was obtained "
        "on 4 April 2022')",
        "10. Imaging\n10.1 The claimant underwent an MRI scan of the lumbar spine on 21 November "
        "2019, some three weeks after the accident. This was reported as showing: 'Moderate left "
        "L5/S1 foraminal stenosis. Normal appearances at the remaining levels.'\n10.2 A further MRI "
        "was obtained on 4 April 2022 at the request of the surgeon. This was reported as: 'The "
        "L5/S1 disc protrusion is unchanged in size. There is now also mild L4/5 disc bulging.'",
        {("L5-S1", "disc_herniation"): "present", ("L4-L5", "disc_bulge"): "present"},
        [("L5-S1", "foraminal_stenosis_left"), ("L2-L3", "canal_stenosis")],
    ),
    (
        "a bulleted chronology with ISO dates first: only the newest study is read",
        "IMAGING CHRONOLOGY\n- 2016-05-03, MRI lumbar spine (pre-collision): Unremarkable study.\n- "
        "2023-03-15, MRI lumbar spine, reported as follows:\n\"L4/L5: Right foraminal disc "
        "protrusion with mild right foraminal narrowing.\"",
        {("L4-L5", "disc_herniation"): "present", ("L4-L5", "foraminal_stenosis_right"): "mild"},
        [("L1-L2", "disc_bulge"), ("L2-L3", "canal_stenosis")],
    ),
    (
        "'Study A (prior, ...):' ... 'Study B (most recent), original report:': study A is not read",
        "Study A (prior, 4 months before the incident): Small central disc protrusion at L4/L5. The "
        "remainder of the study is unremarkable.\n\nStudy B (most recent), original report: "
        "\"L4/L5: Central disc protrusion, increased in size. L5/S1: Unremarkable.\"",
        {("L4-L5", "disc_herniation"): "present", ("L5-S1", "disc_bulge"): "absent"},
        [("L1-L2", "disc_bulge"), ("L2-L3", "canal_stenosis")],
    ),
    (
        "a finding 'documented in November 2019' is the earlier study's",
        "FINDINGS: At L4-L5 there is a mild bulge.\nOPINION: 1. On a balance of probabilities, the "
        "L4-L5 disc herniation documented in November 2019 resulted from the accident.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L4-L5", "disc_herniation")],
    ),
    (
        "a listhesis negated after one vertebra's pars defects is that vertebra's level "
        "('Bilateral L5 pars defects without significant listhesis': L5-S1)",
        "FINDINGS: Bilateral L5 pars interarticularis defects without spondylolisthesis. Possible "
        "left L3 pars defect without listhesis. L4-5: Small protrusion.",
        {("L5-S1", "spondylolisthesis"): "absent", ("L3-L4", "spondylolisthesis"): "absent"},
        [("L1-L2", "spondylolisthesis"), ("L2-L3", "spondylolisthesis"), ("L4-L5", "spondylolisthesis")],
    ),
    (
        "'Unremarkable allowing for image quality' is a normal level",
        "FINDINGS:\nL1-2 and L2-3: Unremarkable allowing for image quality.\nL3-4: Mild disc bulge.",
        {("L1-L2", "canal_stenosis"): "none", ("L2-L3", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a reply below a post that tells of the replier's own spine is not read; the poster's own "
        "reply is",
        "MRI: At L5/S1 there is a mild diffuse disc bulge.\n\n> Top comment: Mine was a 9mm "
        "extrusion at L4-L5 and it resorbed on its own.\n\nReply from OP: my report also says "
        "\"L3-4: Small protrusion.\"",
        {("L5-S1", "disc_bulge"): "present", ("L3-L4", "disc_herniation"): "present"},
        [("L4-L5", "disc_herniation")],
    ),
    (
        "a doctor's answer quoting the poster's report is read, and so is a text that is a reply",
        "Q: What does my MRI mean?\n\nAnswer from a board-certified radiologist:\nLet me go through "
        "the lines you quoted.\n\"L4-L5: Small central disc protrusion.\"",
        {("L4-L5", "disc_herniation"): "present"},
        [],
    ),
    (
        "a text that opens with a reply is read",
        "Reply: I was in the same boat last year. Mine said \"L5/S1: large right paracentral "
        "extrusion. Moderate central canal stenosis.\"",
        {("L5-S1", "disc_herniation"): "present", ("L5-S1", "canal_stenosis"): "moderate"},
        [],
    ),
]


SESSION50_ROUND62: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets QT-QV
    (
        "a sentence of a grade and levels alone grades the stenosis the sentence before graded "
        "('Severe canal stenosis L3/L4 & L4/L5. Moderate at L2/L3.')",
        "FINDINGS: Severe canal stenosis L3/L4 & L4/L5. Moderate at L2/L3. Severe left foraminal "
        "stenosis at L5/S1; mild on the left at L4/L5.",
        {
            ("L2-L3", "canal_stenosis"): "moderate",
            ("L3-L4", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [("L4-L5", "foraminal_stenosis_right"), ("L2-L3", "foraminal_stenosis_left")],
    ),
    (
        "not a grade of another thing ('Mild L3-L4 facet arthropathy.'), nor after a finding that "
        "is not a stenosis",
        "FINDINGS: Severe left foraminal stenosis at L4/L5. Mild L3-L4 and L2-L3 facet "
        "arthropathy. Mild disc bulge at L5/S1. Mild at L1/L2.",
        {("L4-L5", "foraminal_stenosis_left"): "severe", ("L5-S1", "disc_bulge"): "present"},
        [
            ("L3-L4", "foraminal_stenosis_left"),
            ("L2-L3", "foraminal_stenosis_left"),
            ("L1-L2", "canal_stenosis"),
            ("L1-L2", "disc_bulge"),
        ],
    ),
    (
        "a clinician's 'MRI LS spine reviewed: normal study for age - no disc herniation, no "
        "stenosis' is a normal study",
        "INTERVENTIONAL PAIN - F/U\nMRI LS spine reviewed: normal study for age - no disc "
        "herniation, no stenosis, no nerve compression.",
        {("L1-L2", "disc_bulge"): "absent", ("L5-S1", "canal_stenosis"): "none"},
        [],
    ),
    (
        "'Lumbosacral diffuse disc bulge' is of L5-S1",
        "Opinion:\n- L4/5 central disc herniation.\n- Lumbosacral diffuse disc bulge with "
        "bilateral foraminal disc protrusions.",
        {("L5-S1", "disc_bulge"): "present", ("L5-S1", "disc_herniation"): "present"},
        [("L4-L5", "disc_bulge")],
    ),
]

SESSION51_ROUND63: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets RA-RD
    (
        "a graded predicate's own side bare after it, then the other side's grade ('Moderate "
        "foraminal stenosis left, mild right'); side-grade shorthand each side its own grade "
        "('NFN L mod R mild', session 80)",
        "FINDINGS:\nL3/4: Moderate foraminal stenosis left, mild right.\nL4/5: Facet arthrosis "
        "with moderate neuroforaminal stenosis right, moderate left.\nL5/S1: CCS mild, NFN L mod "
        "R mild.",
        {
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "canal_stenosis"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "run-on dictation: a state word, then 'there is' or 'the L1-2' starts a new statement",
        "FINDINGS: the conus ends at L1 and is normal the L1-2, L2-3 and L3-4 levels are normal "
        "there is mild desiccation of the L4-5 disc with a small disc bulge.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "absent",
            ("L4-L5", "disc_bulge"): "present",
        },
        [("L4-L5", "canal_stenosis"), ("L5-S1", "disc_bulge")],
    ),
    (
        "'the upper lumbar discs through L3 4' (a level spelled with a space) is a range from L1-L2",
        "FINDINGS: The upper lumbar discs through L3 4 are preserved with no disc bulge, "
        "protrusion or stenosis. At L4 5 there is a mild disc bulge.",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "disc_bulge"): "present",
        },
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "a post quoting the old report, then 'The new impression says:': the new one is read",
        "Got a repeat MRI last week. For comparison the 2022 one said \"large right paracentral "
        "extrusion at L5-S1 with severe right lateral recess stenosis\". The new impression "
        "says:\n\n1. New mild disc bulge at L3-L4 with mild bilateral foraminal narrowing.",
        {("L3-L4", "disc_bulge"): "present", ("L3-L4", "foraminal_stenosis_left"): "mild"},
        [("L5-S1", "disc_herniation"), ("L5-S1", "subarticular_stenosis_right")],
    ),
]

SESSION51_ROUND64: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets RE-RH
    (
        "'Otherwise the recesses are clear', '; otherwise the exit foramina are clear', "
        "'Otherwise wide spinal canal': the site at the levels whose stenosis was not told of",
        "FINDINGS: Lateral recesses: mild narrowing of the left lateral recess at L5-S1. Otherwise "
        "the recesses are clear. Foramina: The L4/5 foramina are moderately narrowed bilaterally; "
        "otherwise the exit foramina are clear. Spinal canal: relative stenosis at L3-L4. "
        "Otherwise wide spinal canal.",
        {
            ("L2-L3", "subarticular_stenosis_left"): "none",
            ("L5-S1", "subarticular_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "none",
            ("L3-L4", "canal_stenosis"): "present",
            ("L1-L2", "canal_stenosis"): "none",
        },
        [("T12-L1", "canal_stenosis")],
    ),
    (
        "a relative clause of the past ('which previously measured 14 mm and severely narrowed "
        "the left lateral recess') is that clause alone; 'on the prior myelogram'; 'seen "
        "preoperatively'",
        "FINDINGS: L4-L5: The left facet synovial cyst, which previously measured 14 mm and "
        "severely narrowed the left lateral recess, has decreased in size and now measures 5 mm. "
        "There is now only mild narrowing of the left lateral recess.\nL5-S1: The central canal "
        "was mildly narrowed on the prior myelogram. Disc extrusion seen preoperatively. Small "
        "bulge.",
        {("L4-L5", "subarticular_stenosis_left"): "mild", ("L5-S1", "disc_bulge"): "present"},
        [("L5-S1", "canal_stenosis"), ("L5-S1", "disc_herniation")],
    ),
    (
        "a finding-grouped field whose level leads its parts, each side after its grade ('Neural "
        "foramina: At L4-5, moderate-to-severe on the left and moderate on the right.')",
        "FINDINGS:\nNeural foramina: At L4-5, moderate-to-severe on the left and moderate on the "
        "right. At L5-S1, mild bilaterally. At L3-4, mild on the right.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
        },
        [("L3-L4", "foraminal_stenosis_left")],
    ),
]

SESSION51_ROUND65: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets RI-RL
    (
        "'Above L3-4 the disc levels are normal' opens with the levels above (not 'Above the "
        "L3-4 level the roots are redundant', a place); 'Appearances at the other lumbar levels "
        "are normal' is a normal statement of the levels not named",
        "FINDINGS: L3-4: moderate canal stenosis. Above L3-4 the disc levels are normal.\n"
        "Small central disc protrusion at L5-S1. Appearances at the other lumbar levels are "
        "normal.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L5-S1", "disc_herniation"): "present",
        },
        [("L5-S1", "canal_stenosis")],
    ),
    (
        "'Above the L3-4 level the cauda equina roots are redundant' is a place, not the levels "
        "above; 'Appearances otherwise within normal limits' is no level's",
        "FINDINGS: L3-4: severe canal stenosis. Above the L3-4 level the cauda equina nerve roots "
        "are redundant, a sign of high-grade stenosis.\nL5-S1: small protrusion. Appearances "
        "otherwise within normal limits for age.",
        {("L3-L4", "canal_stenosis"): "severe", ("L5-S1", "disc_herniation"): "present"},
        [("L1-L2", "canal_stenosis"), ("L2-L3", "canal_stenosis"), ("L5-S1", "canal_stenosis")],
    ),
]

SESSION51_ROUND66: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets RQ-RT
    (
        "a finding-grouped field of levels each after its grade ('Central canal: moderate at L4/5 "
        "and mild at L3/4'); 'The other neuroforamina are free', 'Subarticular zones are "
        "otherwise clear', 'Rest of the foramina are normal': the levels not told of",
        "FINDINGS:\nCentral canal: moderate at L4/5 and mild at L3/4.\nNeuroforamina: Slight "
        "narrowing left L5S1. The other neuroforamina are free.\nSubarticular zones: mild "
        "narrowing at L5-S1. Subarticular zones are otherwise clear.",
        {
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L2-L3", "foraminal_stenosis_right"): "none",
            ("L4-L5", "subarticular_stenosis_left"): "none",
            ("L5-S1", "subarticular_stenosis_right"): "mild",
        },
        [("T12-L1", "foraminal_stenosis_left")],
    ),
    (
        "'Central canal is decompressed' after surgery is none (not 'the thecal sac is "
        "decompressed'); a form's 'Disc: normal' field; 'write' for right and 'list thesis'",
        "FINDINGS: There is no list thesis.\nT12-L1 | Disc: normal | Canal: patent\nL4-L5: "
        "Laminectomy defect. Central canal is decompressed.\nL5-S1: moderate write neural "
        "foraminal narrowing.\nAfter surgery the thecal sac is decompressed.",
        {
            ("T12-L1", "disc_bulge"): "absent",
            ("T12-L1", "disc_herniation"): "absent",
            ("L4-L5", "canal_stenosis"): "none",
            ("L3-L4", "spondylolisthesis"): "absent",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
        },
        [("L5-S1", "foraminal_stenosis_left"), ("L1-L2", "canal_stenosis")],
    ),
]



SESSION52_ROUND67: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets RU-RX
    (
        "a normal of a line headed by a site or a finding is that heading's, at the levels and "
        "sides the line has not told of ('Normal at other levels.', 'others normal', 'Otherwise "
        "capacious.', 'Others patent.' after a one-sided grade)",
        "FINDINGS:\nVertebrae: Schmorl's node at superior endplate of L2 vertebra.\nNeural "
        "foramina: Mild narrowing of bilateral neural foramina at L4-L5 level. Normal at other "
        "levels.\nCanal: Mild canal narrowing at L5/S1. Otherwise capacious.\nLateral recesses: "
        "moderate left at L3/4. Others patent.",
        {
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "none",
            ("L2-L3", "canal_stenosis"): "none",
            ("L5-S1", "canal_stenosis"): "mild",
            ("L3-L4", "subarticular_stenosis_left"): "moderate",
            ("L3-L4", "subarticular_stenosis_right"): "none",
        },
        [("L1-L2", "disc_bulge"), ("L2-L3", "disc_herniation"), ("T12-L1", "canal_stenosis")],
    ),
    (
        "a field named by its site's stenosis ('Foraminal narrowing: L4/5 moderate left, mild "
        "right, others normal', 'Central canal stenosis: L4-5 mild, others none'); a side alone "
        "before its grade ('left, severe; right, mild'); 'negative elsewhere' under a finding's "
        "heading, and the level carried ends there",
        "FINDINGS:\nForaminal narrowing: L4/5 moderate left, mild right, others normal.\nCentral "
        "canal stenosis: L4-5 mild, others none.\nSubarticular stenosis: L3-4 left, severe; right, "
        "mild.\nDisc herniation: positive at L4-5 (left paracentral protrusion); negative "
        "elsewhere.\nDisc bulge: mild bulge L5-S1.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "subarticular_stenosis_left"): "severe",
            ("L3-L4", "subarticular_stenosis_right"): "mild",
            ("L3-L4", "disc_herniation"): "absent",
            ("L4-L5", "disc_herniation"): "present",
            ("L5-S1", "disc_bulge"): "present",
        },
        [("L1-L2", "disc_bulge"), ("L4-L5", "disc_bulge")],
    ),
    (
        "a field's value not assessed states nothing ('Foramina: not graded in this survey'); a "
        "hedge alone is a present, uncertain value ('questionable on the left'); 'Normal/Mild at "
        "all levels' is mild at every level; a cause in brackets inside a field's level list "
        "('L3/4: severe right (protrusion), moderate left')",
        "FINDINGS:\nForamina: not graded in this survey.\nCentral canal: N/A - not assessable "
        "without axials\nLateral recesses: mild on the right, questionable on the left at L4-5."
        "\nRight subarticular stenosis: Normal/Mild at all levels\nExit foramina: L3/4: severe "
        "right (protrusion), moderate left.",
        {
            ("L3-L4", "foraminal_stenosis_right"): "severe",
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "disc_herniation"): "present",
            ("L1-L2", "subarticular_stenosis_right"): "mild",
            ("L4-L5", "subarticular_stenosis_left"): "present",
        },
        [("L1-L2", "foraminal_stenosis_left"), ("L4-L5", "canal_stenosis")],
    ),
    (
        "a former state told beside the current one ('the previously severe canal stenosis is now "
        "mild', 'the left foramen, previously patent, is now moderately narrowed', 'canal "
        "stenosis, previously moderate, is now severe'); a then-to-now arrow ('canal mild \u2192 "
        "moderate'); 'has converted to type 2' after a long subject; 'has been fully reduced'",
        "FINDINGS: At L4-5 the previously severe canal stenosis is now mild. The left foramen at "
        "L3-4, previously patent, is now moderately narrowed. At L2-3 canal stenosis, previously "
        "moderate, is now severe.\nL1-2: canal normal \u2192 mild; foramina patent -> mild "
        "bilateral\nThe Modic type 1 change previously seen at the L5/S1 endplates has converted "
        "to type 2. The pre-operative grade 1 anterolisthesis at L4/5 has been fully reduced.",
        {
            ("L4-L5", "canal_stenosis"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L2-L3", "canal_stenosis"): "severe",
            ("L1-L2", "canal_stenosis"): "mild",
            ("L1-L2", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "modic"): "type2",
            ("L4-L5", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "'The discs elsewhere are normal', 'Rest of the spinal canal is normal', 'The discs and "
        "foramina at all other levels are normal', 'The central canal is otherwise not "
        "compromised', '... moderately narrows the outer portion of the left neural foramen', "
        "'all other levels < 1 mm (none)' under a finding's heading",
        "FINDINGS:\nListhesis: L3 on L4 anterior 4.1 mm (grade 1); all other levels < 1 mm "
        "(none).\nAt L3-4 a left extraforaminal extrusion moderately narrows the outer portion of "
        "the left neural foramen. At L4-5 there is a small bulge with moderate canal stenosis. The "
        "discs elsewhere are normal. Rest of the spinal canal is normal. The discs and foramina at "
        "all other levels are normal.",
        {
            ("L3-L4", "spondylolisthesis"): "present",
            ("L1-L2", "spondylolisthesis"): "absent",
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L2-L3", "disc_bulge"): "absent",
            ("L5-S1", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L1-L2", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
]


SESSION52_ROUND68: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets RY-SB
    (
        "a table laid out in spaced columns whose levels are written 'L1L2', its key '- = no "
        "abnormality'; a table's key 'grade 0 none, 1 mild, 2 moderate, 3 severe' (no '=')",
        "Summary:\nLevel   Disc          Canal     Recesses    Foramina\nL1L2    -             -   "
        "      -           -\nL4L5    bulge         mild      mild        L mod / R mild\nKey: - "
        "= no abnormality\n\nSegmental table (stenosis grade 0 none, 1 mild, 2 moderate, 3 "
        "severe):\nLevel   Canal   NF left   NF right\nL5-S1   2       3         1",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "canal_stenosis"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "severe",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a list headed 'Foraminal assessment:' over a header line of sides ('Left  Right') and a "
        "level's cells under each; a table's 'Current' column beside its 'Prior (2019)' one",
        "FINDINGS:\nForaminal assessment:\n            Left               Right\nL3/4        "
        "mild               patent\nL4/5        moderate-severe    mild\n\nLevel | Prior (2019) "
        "| Current\nL5-S1 | small central protrusion | normal\nL2-3 | normal | mild bulge",
        {
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "disc_herniation"): "absent",
            ("L2-L3", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a list headed by its finding whose values run long ('- L4/5: moderate-severe (combined "
        "disc bulge and ligamentum flavum thickening).') or lead with a side ('- Left L3/4: "
        "moderate.'); 'Nil elsewhere.' under a site's heading",
        "Findings:\nSpinal canal stenosis:\n- L4/5: moderate-severe (combined disc bulge and "
        "ligamentum flavum thickening).\n- L3/4: moderate.\n\nNeural foraminal stenosis:\n- Left "
        "L3/4: moderate.\n- Right L3/4: mild.\n\nLateral recesses: Mild narrowing at L5/S1. Nil "
        "elsewhere.",
        {
            ("L4-L5", "canal_stenosis"): "severe",
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "subarticular_stenosis_left"): "mild",
            ("L2-L3", "subarticular_stenosis_right"): "none",
        },
        [],
    ),
    (
        "'Mild and moderate narrowing of the right and left L4-5 foramina respectively'; 'No "
        "canal stenosis above.' after the lower levels; 'The canal at L4/5 is well decompressed "
        "and capacious'; 'residual disc material'; 'Marrow oedema with enhancement is seen "
        "involving the inferior end plate of L4 ...'",
        "FINDINGS: Mild and moderate narrowing of the right and left L4-5 foramina respectively. "
        "The canal is mildly narrowed at L5-S1. No canal stenosis above. The canal at L4/5 is "
        "well decompressed and capacious. L5/S1: there is a small volume of residual disc "
        "material in the left lateral recess. Marrow oedema with enhancement is seen involving "
        "the inferior end plate of L3 and superior end plate of L4 vertebrae.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "canal_stenosis"): "mild",
            ("L2-L3", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "none",
            ("L5-S1", "disc_herniation"): "present",
            ("L3-L4", "modic"): "type1",
        },
        [],
    ),
]

SESSION53_ROUND69: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets SG-SJ
    (
        "'The foramina at the upper levels are patent' after the lower levels' foramina",
        "FINDINGS:\nThe neural foramina at L4-5 and L5-S1 show mild and moderate narrowing, "
        "respectively, bilaterally. The foramina at the upper levels are patent.",
        {
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "'The remainder of the exit foramina are clear' after one foramen told",
        "Exit foramina: Mild right L4/5 foraminal narrowing. The remainder of the exit foramina "
        "are clear.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L2-L3", "foraminal_stenosis_right"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "'The rest are clear.' under a 'Foramina:' heading is of the foramina the line has not "
        "told of, not of whole levels",
        "FINDINGS:\nForamina: Severe left L3/4 foraminal stenosis. Mild bilateral foraminal "
        "narrowing at L4/5. The rest are clear.\nDiscs: small L4/5 bulge.",
        {
            ("L3-L4", "foraminal_stenosis_left"): "severe",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L1-L2", "foraminal_stenosis_right"): "none",
        },
        [("L1-L2", "canal_stenosis"), ("L1-L2", "disc_bulge")],
    ),
    (
        "a 'Subarticular recesses:' heading and its 'otherwise no significant narrowing'; a "
        "site's series ending 'patent at T12-L1, L1-L2 and L5-S1'",
        "FINDINGS:\nCentral canal: high-grade stenosis at L4-L5; moderate at L3-L4; mild at "
        "L2-L3; patent at T12-L1, L1-L2 and L5-S1.\nSubarticular recesses: severe bilaterally at "
        "L4-L5; moderate bilaterally at L3-L4; otherwise no significant narrowing.",
        {
            ("L4-L5", "canal_stenosis"): "severe",
            ("L1-L2", "canal_stenosis"): "none",
            ("L5-S1", "canal_stenosis"): "none",
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L1-L2", "subarticular_stenosis_right"): "none",
            ("L5-S1", "subarticular_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a stenosis named by no site under a 'Neural foramina:' heading is the foramen's ('L5-S1 "
        "severe stenosis on the right ...; left normal'); a level's own 'no stenosis' is not",
        "FINDINGS:\n- Neural foramina: L4-L5 moderate stenosis bilaterally. L5-S1 severe stenosis "
        "on the right, the protrusion contacting the exiting right L5 root; left normal. Other "
        "levels no foraminal stenosis.\nL3-4: mild bulge, no stenosis.",
        {
            ("L5-S1", "foraminal_stenosis_right"): "severe",
            ("L5-S1", "foraminal_stenosis_left"): "none",
            ("L5-S1", "disc_herniation"): "present",
            ("L3-L4", "canal_stenosis"): "none",
        },
        [("L5-S1", "canal_stenosis")],
    ),
    (
        "'The T12-L1, L1-L2 and L2-L3 disc spaces are normal' is of the whole levels; 'normal in "
        "height' is not",
        "The T12-L1, L1-L2 and L2-L3 disc spaces are normal. At L3-L4 there is a minimal disc "
        "bulge. The L4-L5 disc space is normal in height.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("T12-L1", "disc_herniation"): "absent",
            ("L3-L4", "disc_bulge"): "present",
        },
        [("L4-L5", "canal_stenosis"), ("L4-L5", "disc_bulge")],
    ),
]

SESSION53_ROUND70: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets SK-SN
    (
        "'respectively' after levels listed upwards ('at L5-S1, L4-5 and L3-4'); Modic types "
        "listed 'respectively'",
        "Foramina: Severe, moderate and mild bilateral foraminal stenosis at L5-S1, L4-5 and "
        "L3-4, respectively.\nMarrow/endplates: Type 2 and type 1 Modic changes at L4-5 and "
        "L5-S1, respectively.",
        {
            ("L5-S1", "foraminal_stenosis_left"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "modic"): "type2",
            ("L5-S1", "modic"): "type1",
        },
        [],
    ),
    (
        "'No foraminal stenosis above L3-L4' (the levels above it, not L3-L4); 'Remaining levels "
        "- patent' closing a headed list",
        "Neural foramina: Mild bilateral foraminal narrowing at L3-L4 and L4-L5. No foraminal "
        "stenosis above L3-L4.\n\nLateral recesses:\nL4/L5 - left moderately narrowed; right "
        "patent.\nRemaining levels - patent.",
        {
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L2-L3", "foraminal_stenosis_right"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "subarticular_stenosis_left"): "moderate",
            ("L4-L5", "subarticular_stenosis_right"): "none",
            ("L2-L3", "subarticular_stenosis_right"): "none",
        },
        [("L5-S1", "foraminal_stenosis_left")],
    ),
]


SESSION54_ROUND71: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ST-SW
    (
        "per-side grades after a comma, sides first ('narrowed, on the right mild, left severe', "
        "'both neural foramina, right moderate and left mild'; 'right mild and left severe' after "
        "a colon)",
        "L4-5: The neural foramina are narrowed, on the right mild, left severe.\n"
        "L3-4: Narrowing of both neural foramina, right moderate and left mild.\n"
        "L2-3: Foraminal narrowing: right mild and left severe.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L2-L3", "foraminal_stenosis_right"): "mild",
            ("L2-L3", "foraminal_stenosis_left"): "severe",
        },
        [],
    ),
    (
        "a recogniser's homophones: 'Know disc bulge', 'Now disc herniation or stenosis' after a "
        "level's colon, 'the rite foramen', 'let foraminal', 'by lateral neural for Amina'",
        "L2-L3: Know disc bulge or protrusion.\nL3-L4: Now disc herniation or stenosis.\n"
        "L5-S1: The rite foramen is normal. Mild let foraminal narrowing.\n"
        "L1-L2: The spinal canal and by lateral neural for Amina are normal.",
        {
            ("L2-L3", "disc_bulge"): "absent",
            ("L2-L3", "disc_herniation"): "absent",
            ("L3-L4", "disc_herniation"): "absent",
            ("L3-L4", "canal_stenosis"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L1-L2", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a level's number heard as 'for': 'L for 5 colon' in dictation, 'At L3 for there are' "
        "in a signed report",
        "FINDINGS colon L3-4 colon mild disc bulge period L for 5 colon severe central canal "
        "stenosis period\n\nAt L3 for there are type 2 Modic changes.",
        {
            ("L4-L5", "canal_stenosis"): "severe",
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "modic"): "type2",
        },
        [],
    ),
    (
        "a negated list run on without commas, its sites joined by 'or' ('no disc bulge canal or "
        "foraminal stenosis'); 'L4 5' between a side and its site",
        "L1-2 and L2-3 no disc bulge canal or foraminal stenosis\n"
        "L4/5: Mild right L4 5 foraminal narrowing. Left foramen is patent.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "'the foramen' naming again the sided foramen before it ('into the left neural foramen, "
        "severely narrowing the foramen'); a disc 'occupying' a lateral recess",
        "L3-4: A left far lateral disc extrusion extends into the left neural foramen, severely "
        "narrowing the foramen. Right foramen patent.\n"
        "L5/S1: Left paracentral disc extrusion occupying the left lateral recess.",
        {
            ("L3-L4", "foraminal_stenosis_left"): "severe",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L5-S1", "subarticular_stenosis_left"): "present",
        },
        [("L5-S1", "subarticular_stenosis_right")],
    ),
    (
        "a grid keyed by letter codes ('N = normal, Mi = mild, Mo = moderate, S = severe') under "
        "'LR left' / 'NF right' columns",
        "Summary grid (N = normal, Mi = mild, Mo = moderate, S = severe):\n\n"
        "            Canal   LR left   LR right   NF left   NF right\n"
        "L3/4        S       S         Mo         Mo        Mi\n"
        "L5/S1       N       N         N          Mi        N\n",
        {
            ("L3-L4", "canal_stenosis"): "severe",
            ("L3-L4", "subarticular_stenosis_left"): "severe",
            ("L3-L4", "subarticular_stenosis_right"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a table of structures under each level, the level cell left empty (unbordered and "
        "markdown), the dated column beside 'Current' not read; two sides' fields in a cell "
        "('Right: mild narrowing. Left: patent'); a protrusion 'no longer visible'",
        "Evolution table (stenosis grading: 0 absent, 1 mild, 2 moderate, 3 severe):\n\n"
        "Level | Element              | 2020              | Current\n"
        "L4-L5 | disc                 | median extrusion  | median protrusion\n"
        "      | central canal        | 3                 | 2\n"
        "      | lateral recess L / R | 2 / 2             | 1 / 2\n"
        "L5-S1 | disc                 | left protrusion   | protrusion no longer visible\n\n"
        "| Level | Structure | Finding |\n|---|---|---|\n"
        "| L3-L4 | Disc | Posterior annular bulge |\n"
        "|  | Foramina | Right: mild narrowing. Left: patent |\n",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "subarticular_stenosis_left"): "mild",
            ("L4-L5", "subarticular_stenosis_right"): "moderate",
            ("L5-S1", "disc_herniation"): "absent",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "East Asian table shorthand: 'SCS' (spinal canal stenosis), 'BD' (bulging disc), a "
        "'patent' cell under 'NFS (Rt / Lt)'; a column dated beside 'Current canal' not read",
        "| Level | Disc | SCS | NFS (Rt / Lt) |\n|---|---|---|---|\n"
        "| L2-3 | BD | mild | no / no |\n| L4-5 | mild BD | no | patent / moderate |\n\n"
        "| Level | 08/2022 canal | Current canal |\n|---|---|---|\n| L3-L4 | severe | mild |\n",
        {
            ("L2-L3", "disc_bulge"): "present",
            ("L2-L3", "canal_stenosis"): "mild",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "a table of the earlier study (its date) and the 'Current examination': 'no change' "
        "under the current study keeps the earlier cell; the earlier cells otherwise unread",
        "| Level | 05.2023 | Current examination |\n|---|---|---|\n"
        "| L4/L5 | broad-based protrusion, mild stenosis of the left foramen | no change |\n"
        "| L5/S1 | extrusion, moderate canal stenosis | smaller extrusion, canal without stenosis |\n",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a tab-separated table whose row carries on under its empty level cell ('<TAB>"
        "protrusion'); a dash under a Modic column no key explains is no Modic change; 'Disc "
        "lesion | none' is a normal disc",
        "LEVEL\tDISC\t\t\tCANAL\tNF (R/L)\tModic\n"
        "L4-5\tbulge + R paracentral\tmild-mod\tmild-mod/mild\t-\n"
        "\tprotrusion\n"
        "L5-S1\tbulge\t\t\tnl\tmild/mild\ttype 2\n\n"
        "Level | Disc lesion | Central\nL1-L2 | none | normal\n",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "modic"): "none",
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "modic"): "type2",
            ("L1-L2", "disc_bulge"): "absent",
            ("L1-L2", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "'BD' twice a day in a drug list is not a bulging disc",
        "Current meds: naproxen 500mg BD, omeprazole 20mg OD.\nFindings: L4-5 normal.",
        {("L4-L5", "disc_bulge"): "absent"},
        [],
    ),
]


SESSION54_ROUND72: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets SX-TA
    (
        "an obliterated recess or foramen is severe unless graded; per-side grades in brackets "
        "after a level ('at L4-L5 (moderate on right, mild on left)') or after the predicate",
        "L4-5: Both lateral recesses are obliterated. Mild obliteration of the left foramen.\n"
        "Bilateral foraminal narrowing at L3-L4 (moderate on right, mild on left) and at L2-L3 "
        "(mild).\nL5-S1: Bilateral foraminal narrowing (right moderate, left mild).",
        {
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L2-L3", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "structure labels with a dash for the colon ('Foramina - L4/5 moderate right, mild "
        "left'); a siteless 'no significant stenosis' under the canal's heading is the canal's; "
        "'mild to moderate bilateral L5-S1' in a heading's semicolon list",
        "Findings:\nCanal - severe canal stenosis at L4/5; mild at L3/4.\n"
        "Foramina - L4/5 moderate right, mild left.\n"
        "- Central canal: moderate stenosis at L2-3. No significant stenosis at L1-2 or L5-S1.\n"
        "- Foramina: severe left L2-3; moderate bilateral L3-4; mild to moderate bilateral "
        "L5-S1.",
        {
            ("L4-L5", "canal_stenosis"): "severe",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L1-L2", "canal_stenosis"): "none",
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
        },
        [("L1-L2", "foraminal_stenosis_left")],
    ),
    (
        "a numbered line ('5- L2/3 and L3/4:') opens a list of levels",
        "MRI findings:\n5- L2/3 and L3/4: diffuse disc bulges with no neural foraminal "
        "encroachment.\n6- L4/5: diffuse disc bulge.",
        {
            ("L2-L3", "disc_bulge"): "present",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a key of letter codes linked by a space ('N normal, mi mild, mo moderate, se severe'), "
        "Latin sides after column names ('LR sin', 'NF dx'); an 'Others' row for the levels the "
        "table does not name",
        "Level\tDisc\tSC\tLR sin\tLR dx\tNF sin\tNF dx\n"
        "L3-4\tbulge\tN\tN\tN\tse\tmo\nL4-5\tbulge\tmi\tmi\tN\tmi\tmi\n\n"
        "Abbreviations: N normal, mi mild, mo moderate, se severe; SC spinal canal, LR lateral "
        "recess, NF neural foramen; sin left, dx right.\n\n"
        "| Level | Findings | Canal | Foramina |\n|---|---|---|---|\n"
        "| L5-S1 | small bulge | patent | patent |\n| Others | normal | normal | normal |\n",
        {
            ("L3-L4", "foraminal_stenosis_left"): "severe",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "subarticular_stenosis_left"): "mild",
            ("L4-L5", "subarticular_stenosis_right"): "none",
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L5-S1", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a space-aligned table's 'Exit foramina' column is no OCR'd 'foraminal' (a '|' at a "
        "word's edge is a column's); a form line's cells parted by '|' ('[ ] extrusion | Canal "
        "[x] mild')",
        "Level    Disc     Canal      Exit foramina                     Listhesis\n"
        "L1/2     normal   normal     normal                            -\n\n"
        "L4-L5:  Disc [ ] normal [x] bulge [ ] extrusion | Canal [ ] normal [x] mild [ ] "
        "moderate | Foramina [ ] normal [x] narrowed: left, moderate\n",
        {
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L1-L2", "foraminal_stenosis_right"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
]


SESSION54_ROUND73: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets TB-TE
    (
        "sides told before their grades ahead of the predicate ('Neuroforamina on the right "
        "mild, left severe narrowed'), not each side the other's grade; grades told first too",
        "L4-5: Neuroforamina on the right mild, left severe narrowed.\n"
        "L3-4: Mild right and severe left foraminal stenosis.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "severe",
        },
        [],
    ),
    (
        "a sentence of a finding told before ('The previous ... stenosis is no longer evident, "
        "the recess now widely patent') is not of the whole spine",
        "Findings: L5/S1: mild left foraminal stenosis.\nL4/5: post-operative changes. "
        "The previous moderate right lateral recess stenosis is no longer evident, the right "
        "lateral recess now being widely patent.",
        {("L4-L5", "subarticular_stenosis_right"): "none"},
        [("L1-L2", "subarticular_stenosis_right"), ("L5-S1", "subarticular_stenosis_right")],
    ),
    (
        "a grid whose columns are the levels, its name column named ('| Parameter | L1-2 | ...')",
        "| Parameter | L1-2 | L2-3 | L3-4 | L4-5 |\n|---|---|---|---|---|\n"
        "| Disc | Normal | Normal | Bulge | Bulge |\n| Canal stenosis | Nil | Nil | Nil | Mild |\n"
        "| Left NF | Normal | Normal | Normal | Mild narrowing |\n",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L3-L4", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [("L4-L5", "foraminal_stenosis_right")],
    ),
    (
        "a space-aligned grid of levels whose cells carry on to the next lines, rows read though "
        "one sentence runs over several of them",
        "Observations:\n"
        "                    L2-L3      L3-L4        L4-L5\n"
        "Disc                Normal     Diffuse      Diffuse bulge +\n"
        "                               bulge        left foraminal\n"
        "                                            protrusion\n"
        "Lat recess          Normal     Normal       Narrowed B/L\n"
        "NF right            Normal     Normal       Mild narrowing\n"
        "NF left             Normal     Mild         Severe narrowing\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "subarticular_stenosis_left"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L2-L3", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a space-aligned table's rows headed by a range of levels ('L1-2 to L2-3') and by "
        "'Lumbosacral'; 'extrusion resolved;' with no copula",
        "LEVEL          DISC                CANAL      LEFT NF    RIGHT NF\n"
        "L1-2 to L2-3   Unremarkable        Patent     Patent     Patent\n"
        "L4-5           Recurrent protrusion Mild      Mild       Patent\n"
        "Lumbosacral    Broad bulge         Patent     Mild       Mild\n\n"
        "L3-4: extrusion resolved; residual mild bulge.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L5-S1", "disc_bulge"): "present",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "disc_herniation"): "absent",
            ("L3-L4", "disc_bulge"): "present",
        },
        [],
    ),
]


SESSION55_ROUND74: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets TJ-TM
    (
        "a former state told after the current one, to the clause's end ('now widely patent, "
        "previously severely stenotic'; 'mild ... (previously severe)')",
        "FINDINGS: The central canal at L3-L4 is now widely patent, previously severely "
        "stenotic.\nMild canal stenosis at L4-5 (previously severe).\n"
        "Moderate canal stenosis at L5-S1, previously mild.",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L5-S1", "canal_stenosis"): "moderate",
        },
        [],
    ),
    (
        "per-side grades after 'on the left side, mild on the right side'",
        "FINDINGS: L4/L5: Broad disc bulge with moderate foraminal stenosis on the left side, "
        "mild on the right side.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "each predicate keeps the grade told right after it, bare or in brackets ('canal "
        "stenosis (mild) and foraminal narrowing (severe)')",
        "FINDINGS: L4-5: canal stenosis (mild) and foraminal narrowing (severe).\n"
        "L5-S1: canal stenosis mild, foraminal narrowing moderate.",
        {
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L5-S1", "canal_stenosis"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "a Modic type at the clause's end after an untyped mention ('Modic changes at L4-5, "
        "type 2'); a typed one is not retyped",
        "FINDINGS: Modic changes at L4-5, type 2.\nModic type 1 changes at L2-3 and L3-4, type 2.",
        {("L4-L5", "modic"): "type2", ("L2-L3", "modic"): "type1", ("L3-L4", "modic"): "type1"},
        [],
    ),
    (
        "a listhesis of two vertebra pairs with their measures between ('of L3 on L4 and 5 mm of "
        "L4 on L5', 'of L2 on L3 (4 mm) and of L3 on L4')",
        "FINDINGS: 3 mm anterolisthesis of L3 on L4 and 5 mm of L4 on L5. "
        "Retrolisthesis of L1 on L2 (4 mm) and of L2 on L3 (3 mm).",
        {
            ("L3-L4", "spondylolisthesis"): "present",
            ("L4-L5", "spondylolisthesis"): "present",
            ("L1-L2", "spondylolisthesis"): "present",
            ("L2-L3", "spondylolisthesis"): "present",
        },
        [],
    ),
    (
        "unproofread dictation: 'for a minute all' (foraminal), 'for a minute are' (foramina), "
        "'stent ptosis', 'mile', 'el four five', 'L1 to colon', 'L5 as one', 'know central'",
        "FINDINGS colon alignment is normal period\nAt L1 to colon unremarkable period\n"
        "At el four five colon mile disc bulge period moderate left and mild write neural "
        "for a minute all narrowing period mile canal stent ptosis period\n"
        "L5 as one colon small disc bulge period the for a minute are patent period\n"
        "Know central canal stenosis at L3 4 period",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L5-S1", "disc_bulge"): "present",
            ("L5-S1", "foraminal_stenosis_left"): "none",
            ("L3-L4", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a checkbox grid whose header's second line names each column's options ('Y N', "
        "'0 1 2 3' under a key)",
        "Grading key: 0 = none, 1 = mild, 2 = moderate, 3 = severe\n\n"
        "Level  | Bulge   | Canal stenosis  | Lt foramen\n"
        "       | Y   N   | 0   1   2   3   | 0   1   2   3\n"
        "-------+---------+-----------------+----------------\n"
        "L3-L4  | [x] [ ] | [ ] [x] [ ] [ ] | [x] [ ] [ ] [ ]\n"
        "L4-L5  | [ ] [x] | [ ] [ ] [ ] [x] | [ ] [ ] [x] [ ]\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "disc_bulge"): "absent",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "a table whose level column is 'Segment' with a 'Th12/L1' row, and one whose level column "
        "is 'Disc'",
        "Segment  | Disc        | Spinal canal\nTh12/L1  | normal      | wide\n"
        "L4/L5    | protrusion  | slightly narrowed\n\n"
        "Disc    | Finding   | Foramina\nL5-S1   | Bulging   | Mild narrowing left\n",
        {
            ("T12-L1", "disc_bulge"): "absent",
            ("T12-L1", "canal_stenosis"): "none",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L5-S1", "disc_bulge"): "present",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "a key of disc letter codes ('B bulge, P protrusion') and of bracketed signs ('(+) mild'); "
        "a 'CC' column graded by the key",
        "Codes - Disc: N normal, B bulge, P protrusion, E extrusion. Stenosis: 0 none, 1 mild, "
        "2 moderate, 3 severe.\nReference: (-) absent; (+) mild; (++) moderate; (+++) severe.\n\n"
        "Level  | Disc | CC | Foramen R\nL2-L3  | B    | 1  | ++\nL3-L4  | B+P  | 2  | -\n",
        {
            ("L2-L3", "disc_bulge"): "present",
            ("L2-L3", "canal_stenosis"): "mild",
            ("L2-L3", "foraminal_stenosis_right"): "moderate",
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "disc_herniation"): "present",
            ("L3-L4", "canal_stenosis"): "moderate",
        },
        [],
    ),
    (
        "a bordered table: a normal cell spanning the columns after it, a cell wrapped onto the "
        "next lines, a 'Stenosis' column over cells naming their sites",
        "+------------+----------------+------------------------------+\n"
        "| Level      | Disc           | Stenosis                     |\n"
        "+------------+----------------+------------------------------+\n"
        "| L1-2       | unremarkable                                  |\n"
        "| L4-5       | diffuse bulging | severe central canal stenosis, |\n"
        "|            |                | bilateral lateral recess (severe) |\n"
        "|            |                | and neural foramina (moderate) |\n"
        "| L5-S1      | protrusion     | no canal or foraminal stenosis |\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a table's 'Side' column names the side of the row's other cells",
        "| Level | Side  | Foramen           | Lateral recess    |\n"
        "|-------|-------|-------------------|-------------------|\n"
        "| L4-L5 | Left  | Moderate stenosis | Severe stenosis   |\n"
        "|       | Right | Mild stenosis     | Moderate stenosis |\n",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L4-L5", "subarticular_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "a table of findings by row, their levels in a column ('| Finding | Level(s) | Details |'); "
        "'Nil' in the levels column denies the finding at every level",
        "FINDINGS:\n\n| Finding | Level(s) | Details |\n|---|---|---|\n"
        "| Listhesis | Nil | - |\n| Disc bulge | L3-4, L4-5 | Broad-based |\n"
        "| Spinal canal stenosis | L4-5 | Mild |\n"
        "| Neural foraminal narrowing | L4-5, L5-S1 | Bilateral mild at L4-5; right moderate at "
        "L5-S1 |\n| Central canal stenosis at other levels | None | |\n",
        {
            ("L1-L2", "spondylolisthesis"): "absent",
            ("L3-L4", "disc_bulge"): "present",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
        },
        [("L5-S1", "foraminal_stenosis_left")],
    ),
]


SESSION55_ROUND75: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets TN-TQ
    (
        "a grid of checkbox cells under level columns ('| Disc bulge | [ ] | [x] |'), each box "
        "read under its level",
        "| | L3-L4 | L4-L5 | L5-S1 |\n|---|:-:|:-:|:-:|\n| Disc bulge | [ ] | [x] | [x] |\n"
        "| Canal stenosis | [ ] | [x] mild | [ ] |\n",
        {
            ("L3-L4", "disc_bulge"): "absent",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a spaced grid named 'Parameter', its cells with measures in brackets ('N (13)') and "
        "carried onto the next line",
        "Parameter            L1-2       L2-3       L3-4             L4-5\n"
        "Disc                 Normal     Normal     Diffuse bulge    Diffuse bulge with\n"
        "                                                            right protrusion\n"
        "Canal (AP, mm)       N (13)     N (13)     N (11)           Mild stenosis (9)\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "a spaced table under rule lines, 'as above' cells, a 'Recess (sin/dx)' pair and a "
        "German 'li/re' pair",
        "---------------------------------------------------------------\n"
        "Level   Disc          Canal        Recess (sin/dx)   Foramen li/re\n"
        "---------------------------------------------------------------\n"
        "L1/2    Normal        Normal       Normal / Normal   Normal / Normal\n"
        "L2/3    as above      as above     as above          as above\n"
        "L4/5    Bulge         Moderate     Severe / Mild     Mild / Normal\n",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L2-L3", "foraminal_stenosis_right"): "none",
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L4-L5", "subarticular_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "columns of two studies: 'now' after the site, arrows inside cells ('1 \u2192 2'); a "
        "cause before an arrow is no earlier study",
        "| Level | Canal 2020 | Canal now | L foramen now |\n|---|---|---|---|\n"
        "| L4-5 | moderate | severe | moderate |\n\n"
        "| | L3-L4 | L4-L5 | L5-S1 |\n|---|---|---|---|\n| Canal | 0 \u2192 0 | 2 \u2192 3 | 1 \u2192 2 |\n"
        "Stenosis 0 none, 1 mild, 2 moderate, 3 severe.\n\n"
        "LEVEL | FINDINGS\nL2-L3 | Disc bulge with facet hypertrophy -> mild canal stenosis.\n",
        {
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "canal_stenosis"): "none",
            ("L5-S1", "canal_stenosis"): "moderate",
            ("L2-L3", "disc_bulge"): "present",
            ("L2-L3", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "per-side cells: 'R obliterated, L free', a tick before its note ('\u2713 L, mild')",
        "Level | Disc | Lateral recess | Foraminal narrowing\n"
        "L4/5 | extrusion | R obliterated, L free | \u2713 L, mild\n",
        {
            ("L4-L5", "subarticular_stenosis_right"): "severe",
            ("L4-L5", "subarticular_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [("L4-L5", "foraminal_stenosis_right")],
    ),
    (
        "a comparison table's 'Finding' column names each row's structure; a '-' there is the "
        "whole level; a cell drawn across levels between arrows",
        "| Level | Finding | 2023 | Current |\n|---|---|---|---|\n| L1-L2 | - | normal | normal |\n"
        "| L4-L5 | Canal | mild stenosis | moderate stenosis |\n\n"
        "                 L1-L2   L2-L3   L3-L4          L4-L5\n"
        "Canal            <------- no stenosis ------>   Mild\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a grade in the bracket after the predicate, after a side ('narrowing (Bilateral, mild)'); "
        "'moderate narrowing of the left exit foramen, mild on the right'",
        "FINDINGS: Neural foraminal narrowing (Bilateral, mild) at L3-L4.\n"
        "L4/5: Moderate narrowing of the left exit foramen, mild on the right.",
        {
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a correction headed 'Correction:' or 'ADDENDUM - <date>' ('Typographical error') is the "
        "report's last word",
        "FINDINGS: L3/4: Severe central canal stenosis. L4/5: Canal patent.\n\n"
        "IMPRESSION: Severe L3/4 stenosis.\n\n"
        "Correction: the stenosis above is at L4/5, not L3/4. L3/4 shows a mild bulge without "
        "canal stenosis.\n\nADDENDUM - 12/08/2015\nTypographical error: the foraminal stenosis "
        "at L5/S1 is mild on the left.",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "present",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "a template's placeholders: a line headed '<<level>>:' and a sentence 'at ___' name no "
        "level; the level's other sentences still read",
        "FINDINGS:\nL4/5: No recurrent disc protrusion. There is a ___ disc bulge at ___ causing "
        "___ stenosis. Mild right foraminal narrowing.\n<<level>>: Mild disc bulge.\n",
        {("L4-L5", "disc_herniation"): "absent", ("L4-L5", "foraminal_stenosis_right"): "mild"},
        [("L4-L5", "disc_bulge")],
    ),
]


SESSION55_ROUND76: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets TR-TU
    (
        "a '|' grid whose name column is left blank before the first '|', rows named by a site's "
        "adjective ('Foraminal (L / R)')",
        "                  | L3-L4 | L4-L5 | L5-S1\n"
        "Disc bulge        | N     | Y     | Y\n"
        "Foraminal (L / R) | 0 / 0 | 0 / mild | mild / moderate\n",
        {
            ("L3-L4", "disc_bulge"): "absent",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "a tick before a side alone ('\u2713 R'), 'Disc prolapse' crossed out, a key of disc "
        "codes linked by commas ('B, bulging; P, protrusion')",
        "Level   Disc      Disc prolapse   Foraminal narrowing\n"
        "L3-4    B         \u2717               \u2717\n"
        "L4-5    B+P(c)    \u2713 (R)           \u2713 R\n"
        "Abbreviations: N, normal; B, bulging; P, protrusion; E, extrusion.\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "disc_herniation"): "absent",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "present",
        },
        [("L4-L5", "foraminal_stenosis_left")],
    ),
    (
        "a bordered table's header wrapped onto a second line; one side's field per line of a "
        "wrapped cell ('Rt: mild' over 'Lt: moderate')",
        "+--------+------------------+------------------+\n"
        "| Level  | Disc / posterior | Neural foramen   |\n"
        "|        | elements         |                  |\n"
        "+--------+------------------+------------------+\n"
        "| L3/L4  | Diffuse bulging, | Rt: mild         |\n"
        "|        | facet hypertrophy| Lt: moderate     |\n"
        "+--------+------------------+------------------+\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "each level after its grade and side in a field ('severe left at L2-L3 and moderate "
        "right at L3-L4'): that side of that level only",
        "FINDINGS: Subarticular zones: severe left at L2-L3 and moderate right at L3-L4.",
        {
            ("L2-L3", "subarticular_stenosis_left"): "severe",
            ("L3-L4", "subarticular_stenosis_right"): "moderate",
        },
        [("L2-L3", "subarticular_stenosis_right"), ("L3-L4", "subarticular_stenosis_left")],
    ),
    (
        "'bilat.' is no sentence end ('foramina bilat. moderately narrowed')",
        "FINDINGS: L4-L5: foramina bilat. moderately narrowed.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
]


SESSION56_ROUND77: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets TZ-UC
    (
        "a space-aligned table with blank cells under their header's columns and a level's row "
        "left blank ('T12-L1' alone)",
        "Findings:\n"
        "Level   Disc            Canal      Recess L   Recess R   Foramen L   Foramen R\n"
        "T12-L1\n"
        "L1-L2   bulge\n"
        "L3-L4   bulge           mild                                         mild\n"
        "L5-S1                                                    mild\n",
        {
            ("L1-L2", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
        },
        [("L3-L4", "subarticular_stenosis_left"), ("L5-S1", "canal_stenosis")],
    ),
    (
        "a table whose level column is headed 'Level(s)', a row of three levels, 'Capacious' and "
        "'Adequate' canals",
        "| Level(s) | Disc | Spinal canal | Exit foramina |\n"
        "|---|---|---|---|\n"
        "| L1/2, L2/3 | Normal hydration, no bulge or herniation | Capacious | Patent |\n"
        "| L5/S1 | Small central protrusion | Adequate | Mild bilateral narrowing |\n",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "canal_stenosis"): "none",
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "disc_herniation"): "present",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "a tab-separated table with a column per level under a header whose first cell is "
        "blank; a 'Contour' row of letter codes whose key has N = normal",
        "Key: 0 = none, 1 = mild, 2 = moderate, 3 = severe. Disc contour: N = normal, B = bulge, "
        "P = protrusion.\n\n"
        "\tL3-L4\tL4-L5\tL5-S1\n"
        "Contour\tN\tB\tP\n"
        "Central canal\t0\t1\t0\n"
        "Foramen right\t0\t2\t1\n",
        {
            ("L3-L4", "disc_bulge"): "absent",
            ("L4-L5", "disc_bulge"): "present",
            ("L5-S1", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "a space-aligned table of findings by row, two columns ('Finding   Level(s)'), under "
        "'Summary of degenerative findings:' (the findings' own table, over the impression)",
        "FINDINGS:\nAlignment is normal.\n\nSummary of degenerative findings:\n\n"
        "Finding                Level(s)\n"
        "Disc bulge             L3-4, L4-5\n"
        "Disc protrusion        L5-S1 (central, small)\n"
        "Canal stenosis         None\n"
        "Foraminal stenosis     L4-5 mild bilateral\n\n"
        "IMPRESSION:\nModerate canal stenosis at L4-5.\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L4-L5", "disc_bulge"): "present",
            ("L5-S1", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [("L3-L4", "disc_herniation"), ("L5-S1", "disc_bulge")],
    ),
    (
        "levels said in number words in a written report ('L three L four', 'L five S one')",
        "MRI LUMBAR SPINE. Diffuse disc bulges are seen at L three L four and L four L five "
        "levels. Posterior central disc protrusion at L five S one.",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L4-L5", "disc_bulge"): "present",
            ("L5-S1", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "a flattened lower-case dictation whose impression has no colon ('. impression mild "
        "...'): the findings' grade wins",
        "mri lumbar spine findings no spondylolisthesis. l4 5 disc bulge with mild central canal "
        "narrowing. impression mild spondylosis most pronounced at L45 with moderate canal "
        "stenosis.",
        {("L4-L5", "canal_stenosis"): "mild"},
        [],
    ),
    (
        "'oedema like' without a hyphen, along an endplate",
        "MRI lumbar spine. There is subtle oedema like signal along the inferior L5 endplate.",
        {("L5-S1", "modic"): "type1"},
        [],
    ),
    (
        "a space-aligned table of findings by structure ('Category   Findings'): each row read as "
        "its structure's field",
        "Findings:\n"
        "Category                 Findings\n"
        "Alignment                Mild retrolisthesis of L5 on S1. Otherwise normal.\n"
        "Neural foramina          Mild to moderate left L5-S1 foraminal stenosis. Others patent.\n",
        {
            ("L5-S1", "spondylolisthesis"): "present",
            ("L1-L2", "spondylolisthesis"): "absent",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [("L5-S1", "disc_herniation")],
    ),
    (
        "a space-aligned table with a Side column and each level's right side on an indented "
        "sub-row",
        "Level    Side    Disc                             Lateral recess    Intervertebral foramen\n"
        "L3-L4    L       bulging                          free              narrowed slightly\n"
        "         R                                        free              free\n"
        "L4-L5    L       left posterolateral herniation   narrowed          narrowed markedly\n"
        "         R       bulging                          free              narrowed slightly\n",
        {
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "subarticular_stenosis_right"): "none",
        },
        [],
    ),
    (
        "'regular' discs under 'Disc finding'; a canal cell whose second clause is of a root "
        "('patent; right S1 root compressed')",
        "Level      Disc finding                          Spinal canal\n"
        "L1-L2      regular                               patent\n"
        "L5-S1      right posterolateral herniation       patent; right S1 root compressed\n",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L1-L2", "disc_herniation"): "absent",
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "columns 'Central', 'LF' and 'RF'; a table's legend in brackets ('\"-\" no stenosis') "
        "states nothing itself",
        "Level    Disc                 Central   LF       RF\n"
        "L3/4     bulging              -         -        -\n"
        "L4/5     herniation           narrow    narrow   -\n"
        "(LF/RF left/right foramen; \"-\" no stenosis)\n",
        {
            ("L4-L5", "canal_stenosis"): "present",
            ("L4-L5", "foraminal_stenosis_left"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "none",
            ("L3-L4", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a key of letter codes linked by commas ('mi, mild; mo, moderate; se, severe')",
        "Level   Disc      CCS\n"
        "L4-5    B         mi\n"
        "L5-S1   E         mo\n\n"
        "Abbreviations: B, bulging; E, extrusion; CCS, central canal stenosis; mi, mild; mo, "
        "moderate; se, severe.\n",
        {("L4-L5", "canal_stenosis"): "mild", ("L5-S1", "canal_stenosis"): "moderate"},
        [],
    ),
]


SESSION56_ROUND78: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets UD-UG
    (
        "a post's 'Rest of the spine is \"unremarkable\" so at least there's that' (a chatty "
        "tail after a normal statement); not 'ok so l45 is the problem'",
        "my lumbar mri: ok so l45 is the problem. far lateral extrusion at l45. Rest of the spine "
        'is "unremarkable" so at least there\'s that',
        {("L1-L2", "canal_stenosis"): "none", ("L4-L5", "disc_herniation"): "present"},
        [("L4-L5", "canal_stenosis"), ("L4-L5", "disc_bulge")],
    ),
    (
        "a vertebral body's margins ('osteophytes at the anterior margins of L2-L5 vertebral "
        "bodies') name no disc level for 'the other discs'",
        "Marginal osteophytes are seen at the anterior margins of L2-L5 vertebral bodies.\n"
        "At L4/L5 there is posterior disc herniation.\nAt L5/S1 there is diffuse disc bulge.\n"
        "The other discs are normal.",
        {("L2-L3", "disc_bulge"): "absent", ("L3-L4", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a tab-separated grid headed 'Parameter' with a column per level; a side's word alone "
        "under a stenosis row ('Right')",
        "Parameter\tL3-L4\tL4-L5\tL5-S1\n"
        "Disc bulge\tNo\tYes\tNo\n"
        "Canal stenosis\tNo\tNo\tYes (moderate)\n"
        "Neural foraminal narrowing\tNo\tRight\tBilateral, mild\n",
        {
            ("L3-L4", "disc_bulge"): "absent",
            ("L4-L5", "disc_bulge"): "present",
            ("L5-S1", "canal_stenosis"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "present",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
        },
        [("L4-L5", "foraminal_stenosis_left")],
    ),
    (
        "a bordered grid with '+---+' rule lines and a blank name cell over its rows",
        "+----------------+-------+-------+-----------------+\n"
        "|                | L1-L2 | L2-L3 | L3-L4           |\n"
        "+----------------+-------+-------+-----------------+\n"
        "| Disc           | Nl    | Nl    | extrusion       |\n"
        "| Left foramen   | Nl    | Nl    | Severe stenosis |\n"
        "+----------------+-------+-------+-----------------+\n",
        {
            ("L2-L3", "disc_herniation"): "absent",
            ("L3-L4", "disc_herniation"): "present",
            ("L3-L4", "foraminal_stenosis_left"): "severe",
        },
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "a space-aligned table of findings by row with a 'PRESENT/ABSENT' column before the levels",
        "FINDING                       PRESENT/ABSENT   LEVEL(S)\n"
        "Spondylolisthesis             Absent           -\n"
        "Disc bulge                    Present          L3/L4, L4/L5\n"
        "Spinal canal stenosis         Present          L4/L5 (moderate), L5/S1 (mild)\n"
        "Modic endplate changes        Absent           -\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L5-S1", "canal_stenosis"): "mild",
            ("L2-L3", "spondylolisthesis"): "absent",
            ("L4-L5", "modic"): "none",
        },
        [("L3-L4", "disc_herniation")],
    ),
    (
        "cells 'grade 1' under 'Foramen (Lee)' with the scale's key; a side's sub-row",
        "Level    Canal (Schizas)   Side   Foramen (Lee)\n"
        "L3-4     B - moderate      R      grade 1\n"
        "                           L      grade 0\n"
        "L4-5     D - severe        R      grade 2\n"
        "                           L      grade 1\n\n"
        "Lee foraminal grade: 0 normal, 1 mild, 2 moderate, 3 severe.\n",
        {
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "canal_stenosis"): "severe",
        },
        [],
    ),
    (
        "a 'Stenosis' column whose cell names sites by their adjectives ('mod central, mild "
        "bilat foraminal')",
        "Level | Disc | Stenosis\nL3/4 | bulge | nil\nL4/5 | protrusion | mod central, mild bilat "
        "foraminal\nL5/S1 | bulge | mild L foraminal\n",
        {
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
        },
        [("L5-S1", "foraminal_stenosis_right")],
    ),
    (
        "non-native English: 'Others level within normal limit'; 'superior endplate L5'; "
        "'narrowing right radicular canal'",
        "Suspicious edema at superior endplate L5, may represent Modic type 1 change.\n"
        "L4-5: diffuse bulging. L5-S1: right hernia, narrowing right radicular canal.\n"
        "Others level within normal limit.",
        {
            ("L4-L5", "modic"): "type1",
            ("L5-S1", "subarticular_stenosis_right"): "present",
            ("L2-L3", "canal_stenosis"): "none",
        },
        [("L5-S1", "canal_stenosis"), ("L5-S1", "modic")],
    ),
    (
        "discs said to show no abnormality ('T12/L1 - L2/3 intervertebral discs show no obvious "
        "abnormality', 'Remaining discs no definite abnormality'): the discs' findings",
        "T12/L1 - L2/3 intervertebral discs show no obvious abnormality. L4/5 disc protrudes. "
        "Remaining discs no definite abnormality.",
        {
            ("T12-L1", "disc_bulge"): "absent",
            ("L2-L3", "disc_herniation"): "absent",
            ("L5-S1", "disc_bulge"): "absent",
            ("L4-L5", "disc_herniation"): "present",
        },
        [("L2-L3", "canal_stenosis")],
    ),
    (
        "a stenosis that 'has been decompressed' (none now); 'residual or recurrent disc cannot "
        "be excluded'",
        "The preoperative severe canal stenosis at L3-L4 has been decompressed. At L4/5, "
        "residual or recurrent disc cannot be excluded.",
        {("L3-L4", "canal_stenosis"): "none", ("L4-L5", "disc_herniation"): "present"},
        [],
    ),
    (
        "a spaced grid whose header alone is parted ('Segment  L2/3  L3/4'): its rows read by "
        "where their cells stand",
        "Segment      L2/3             L3/4                  L4/5\n"
        "Disc         flat protrusion  circular protrusion   circular bulging\n"
        "Canal        free             low-grade             high-grade (AP 6 mm)\n",
        {
            ("L2-L3", "disc_herniation"): "present",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L2-L3", "canal_stenosis"): "none",
        },
        [],
    ),
]


SESSION56_ROUND79: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets UH-UK
    (
        "columns 'R exit foramen' and 'L exit foramen' (a side's letter before the column's name)",
        "Level    Disc                Canal      R exit foramen    L exit foramen\n"
        "L3/4     broad based bulge   mild       mild\n"
        "L4/5     bulge               severe     moderate          mild\n",
        {
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [("L3-L4", "foraminal_stenosis_left")],
    ),
    (
        "a spaced table's 'Th12-L1' row; Latin sides before a cell's grades ('sin. moderate, dx. "
        "slight')",
        "Segment     Disc                 Spinal canal     Foramina\n"
        "Th12-L1     normal               wide             wide\n"
        "L3-L4       diffuse bulge        severe           sin. moderate, dx. slight\n",
        {
            ("T12-L1", "canal_stenosis"): "none",
            ("L3-L4", "canal_stenosis"): "severe",
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a legend of arrows ('\u2193 = mild, \u2193\u2193 = moderate') and of a slash ('/ = not "
        "present'); rows 'FN sx' / 'FN dx'; a cell's abbreviations the legend spells out",
        "Abbreviations: DB = diffuse bulging; PP = posterior protrusion; FN = foraminal narrowing; "
        "CS = canal stenosis; \u2193 = mild, \u2193\u2193 = moderate, \u2193\u2193\u2193 = severe; "
        "/ = not present.\n\n"
        "         L2-L3   L3-L4     L4-L5\n"
        "Disc     /       DB        DB + PP (left)\n"
        "CS       /       /         \u2193\u2193\n"
        "FN sx    /       \u2193         \u2193\u2193\n"
        "FN dx    /       \u2193         \u2193\n",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "a key linked by dashes ('0 - nil, 1 - mild, 2 - moderate, 3 - severe') over 'RNF' and "
        "'LNF' columns",
        "Stenosis grading (0 - nil, 1 - mild, 2 - moderate, 3 - severe):\n\n"
        "Level   | Disc          | CCS | RNF | LNF\n"
        "L3-4    | Diffuse bulge | 1   | 1   | 0\n"
        "L4-5    | Diffuse bulge | 2   | 1   | 2\n",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "levels said half in words outside dictation ('L four slash five', 'L3 slash four', 'L2 "
        "three', 'L for L5:', 'L for five')",
        "MRI LUMBAR SPINE. At L four slash five there is a diffuse disc bulge. At L3 slash four "
        "there is mild canal narrowing. At L2 three there is a small disc bulge.\n"
        "L for L5: severe canal stenosis.\nthere is a broad based disc bulge at L for five.",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L2-L3", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "severe",
        },
        [("L5-S1", "disc_bulge")],
    ),
    (
        "German column sides after the name ('Foramen li', 'Foramen re')",
        "Segment | Disc     | Foramen li | Foramen re\n"
        "L4/5    | bulging  | slight     | moderate\n",
        {
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "discs of normal shape ('The other discs show normal signal and morphology', 'Rest of the "
        "inter-vertebral discs show normal signal intensity and configuration'): the discs' "
        "findings only",
        "MRI lumbar spine. L4-5: disc bulge. The other discs show normal signal and morphology.",
        {("L2-L3", "disc_bulge"): "absent", ("L5-S1", "disc_herniation"): "absent"},
        [("L2-L3", "canal_stenosis")],
    ),
]


SESSION56_ROUND80: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets UL-UO
    (
        "a tab-separated grid with a column per level whose first row is 'Disc' (not a level "
        "column's header)",
        "\tT12-L1\tL1-L2\tL4-L5\n"
        "Disc\tnormal\tnormal\tright posterolateral herniation\n"
        "Canal\tnormal\tnormal\tnarrow (moderate)\n"
        "Right foramen\tfree\tfree\tstenosis\n",
        {
            ("T12-L1", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "present",
            ("L4-L5", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "a table drawn with box characters, its cells wrapped over two lines",
        "\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500"
        "\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500"
        "\u2500\u2500\u2500\u2500\u2500\u2500\u2510\n"
        "\u2502 Level  \u2502 Central  \u2502 Foramina       \u2502\n"
        "\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500"
        "\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500"
        "\u2500\u2500\u2500\u2500\u2500\u2500\u2524\n"
        "\u2502 L1-L2  \u2502 Normal   \u2502 Normal         \u2502\n"
        "\u2502 L2-L3  \u2502 Mild     \u2502 L moderate /   \u2502\n"
        "\u2502        \u2502          \u2502 R mild         \u2502\n"
        "\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500"
        "\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500"
        "\u2500\u2500\u2500\u2500\u2500\u2500\u2518\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "canal_stenosis"): "mild",
            ("L2-L3", "foraminal_stenosis_left"): "moderate",
            ("L2-L3", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a key saying what a blank is: 'Levels without entries are unremarkable' (a level whose "
        "cells are all blank is normal)",
        "| Level | Disc | Canal | Foramina |\n|---|---|---|---|\n"
        "| L1-L2 | | | |\n| L4-L5 | Bulge | Mild | Mild L, patent R |\n\n"
        "Levels without entries are unremarkable.\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L4-L5", "canal_stenosis"): "mild",
        },
        [("L4-L5", "disc_herniation")],
    ),
    (
        "a key saying what a blank is: 'Blank cell = no pathology' (each blank cell is normal; a "
        "level's row left blank is a normal level)",
        "Level   Disc            Canal      Foramen L   Foramen R\n"
        "L2-L3\n"
        "L3-L4   bulge           mild                   mild\n\n"
        "Blank cell = no pathology.\n",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a spaced table's cell wrapped onto indented lines, one of them emptied by joining a "
        "hyphenated word ('foraminal-' / 'extraforaminal'): the rows after it still read",
        "Key: (-) absent  (+) slight  (++) moderate  (+++) marked\n\n"
        "Disc        Bulging    Herniation    Canal stenosis\n"
        "L4-L5       (+)        (++) left     (+)\n"
        "                       foraminal-\n"
        "                       extraforaminal\n"
        "L5-S1       (++)       (-)           (-)\n",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L5-S1", "disc_bulge"): "present",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
]


SESSION56_ROUND81: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets UP-US
    (
        "a spaced grid of levels with 'x' marks and blank cells under 'All other cells: "
        "negative', headed 'Summary grid (x = present; grade given where applicable):' (the "
        "findings' own grid, not the impression)",
        "FINDINGS:\nNo spondylolisthesis.\n\n"
        "Summary grid (x = present; grade given where applicable):\n\n"
        "                          L1-L2  L2-L3  L3-L4  L4-L5\n"
        "Disc bulge                       x      x      x\n"
        "Central stenosis                        mild   mod\n\n"
        "All other cells: negative.\n\nIMPRESSION:\nSevere canal stenosis at L4-L5.\n",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "disc_bulge"): "present",
            ("L2-L3", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "moderate",
        },
        [],
    ),
    (
        "a key '(blank = no significant abnormality)' under a '|' table",
        "| Level | Disc  | Canal | L foramen |\n| L1/2  |       |       |           |\n"
        "| L3/4  | Bulge |       | mild      |\n(blank = no significant abnormality)\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a tab table whose rows part each cell by one tab, so that two tabs leave an empty cell "
        "('<TAB>Left<TAB><TAB>Mild<TAB>Mild' under 'Level<TAB>Side<TAB>Disc<TAB>...')",
        "Level\tSide\tDisc\tLateral recess\tExit foramen\n"
        "L3/4\tCentral\tBroad bulge\t\t\n"
        "\tLeft\t\tMild\tMild\n"
        "\tRight\t\tMild\tNormal\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L3-L4", "subarticular_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "'Essentially normal MRI of the lumbar spine.' (a study stated normal)",
        "FINDINGS: Mild disc desiccation at L4-5 without disc bulge or herniation.\n"
        "IMPRESSION: Essentially normal MRI of the lumbar spine.",
        {("L1-L2", "disc_bulge"): "absent", ("L2-L3", "canal_stenosis"): "none"},
        [],
    ),
]


SESSION56_ROUND82: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # set UU
    (
        "a spaced grid of levels headed 'L5/S', its foramina in a side's sub-rows ('Foraminal  Rt' "
        "over '           Lt'), a key '(-: none, +: mild, ++: moderate)'",
        "               L3/4   L4/5   L5/S\n"
        "Canal stenosis  +      ++     -\n"
        "Foraminal  Rt   -      +      +\n"
        "           Lt   +      ++     ++\n\n"
        "(-: none, +: mild, ++: moderate, +++: severe)\n",
        {
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L5-S1", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "a spaced table's row headed by a range run into its next cell by one space ('Th12/L1 - "
        "L2/L3 Normal')",
        "Level           Canal                  Foramina\n"
        "Th12/L1 - L2/L3 Normal                 Normal\n"
        "L3/L4           Moderate (AP 8 mm)     Left slight, right normal\n",
        {
            ("T12-L1", "canal_stenosis"): "none",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "a spaced table whose level column's name is blank over a first row left blank ('T12-L1')",
        "                Disc          Central canal   Foramina R/L\n"
        "T12-L1\n"
        "L2-L3           bulge         mild            mild / mild\n"
        "L4-L5           bulge         severe          moderate / moderate\n",
        {
            ("L2-L3", "canal_stenosis"): "mild",
            ("L2-L3", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "one side's field per line of a cell in lower case ('right: free' over 'left: slight "
        "narrowing'): not joined into one",
        "Segment    | Disc            | Neuroforamen\n"
        "L3/L4      | slight bulging  | right: free\n"
        "           |                 | left: slight narrowing\n",
        {
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
]


SESSION57_ROUND83: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets VB-VE
    (
        "a grid of levels parted by single spaces ('Level T12-L1 L1-L2 ...'), its cells told "
        "apart by their words ('Yes (left foraminal)', 'Grade 1 antero', 'Type 1/2')",
        "Level T12-L1 L1-L2 L2-L3 L3-L4 L4-L5 L5-S1\n"
        "Disc bulge No No No Yes Yes Yes\n"
        "Herniation No No No No Yes (left foraminal) No\n"
        "Foraminal stenosis Lt No No No Mild Severe Mild\n"
        "Listhesis No No No No Grade 1 antero No\n"
        "Modic No No No No Type 2 Type 1/2\n",
        {
            ("T12-L1", "disc_bulge"): "absent",
            ("L3-L4", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "present",
            ("L5-S1", "disc_herniation"): "absent",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L4-L5", "spondylolisthesis"): "present",
            ("L5-S1", "spondylolisthesis"): "absent",
            ("L4-L5", "modic"): "type2",
            ("L5-S1", "modic"): "type1",
        },
        [],
    ),
    (
        "a table exported with ',' between its columns ('Level, disc, canal, L foramen, R foramen')",
        "Findings:\n"
        "Level, disc, canal, L foramen, R foramen\n"
        "L1/2, NAD, NAD, NAD, NAD\n"
        "L4/5, R foraminal protrusion, mild, NAD, severe\n"
        "L5/S1, broad bulge, NAD, mild, mild\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a spaced grid's column 'Subartic L'",
        "Level     Central   Subartic L   Subartic R   Foramen L\n"
        "L2-L3     moderate  moderate     severe       mild\n"
        "L5-S1     mild      none         mild         moderate\n",
        {
            ("L2-L3", "subarticular_stenosis_left"): "moderate",
            ("L2-L3", "subarticular_stenosis_right"): "severe",
            ("L5-S1", "subarticular_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a key's disc code for a shaped bulge ('B = diffuse bulge')",
        "| Level  | Disc | Canal |\n"
        "| L1/2   | N    | N     |\n"
        "| L3/4   | B    | N     |\n"
        "N = normal, B = diffuse bulge, PL = posterolateral, NF = neural foramen\n",
        {("L3-L4", "disc_bulge"): "present", ("L1-L2", "disc_bulge"): "absent"},
        [],
    ),
    (
        "a '|' grid's side sub-rows in German ('Foramen  re' over '         li'), its bracketed "
        "key '(- = no abnormality; re = right, li = left)' not read as prose",
        "             | L3-L4 | L4-L5          | L5-S1\n"
        "-------------|-------|----------------|-------\n"
        "Disc         | bulge | extrusion re   | normal\n"
        "Foramen  re  | -     | severe         | -\n"
        "         li  | -     | mild           | -\n"
        "Recess   re  | -     | compressed     | -\n"
        "         li  | -     | -              | -\n"
        "(- = no abnormality; re = right, li = left)\n",
        {
            ("L4-L5", "foraminal_stenosis_right"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "subarticular_stenosis_left"): "none",
            ("L3-L4", "subarticular_stenosis_left"): "none",
        },
        [("L4-L5", "disc_bulge")],
    ),
    (
        "a table cell of several sentences, each read on its own ('... without herniation. "
        "Moderate bilateral foraminal stenosis ...')",
        "| Level | Findings |\n"
        "|---|---|\n"
        "| L5-S1 | Uncovering of the disc without herniation. Moderate bilateral foraminal "
        "stenosis, more marked on the right. Canal of normal amplitude. |\n",
        {
            ("L5-S1", "disc_herniation"): "absent",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "plural 'bulgings'",
        "Findings:\nAt L2-L3 and L3-L4 levels there are posterior circumferential disc bulgings, "
        "that efface the anterior epidural fat.\n",
        {("L2-L3", "disc_bulge"): "present", ("L3-L4", "disc_bulge"): "present"},
        [],
    ),
    (
        "'Vertebral bodies aligned.' (no verb)",
        "Findings:\nLumbar lordosis preserved. Vertebral bodies aligned.\nL4-L5: disc bulge.\n",
        {("L2-L3", "spondylolisthesis"): "absent", ("L4-L5", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "'otherwise normal' of a level named twice ('At T12-L1 level small Schmorl node of the "
        "lower endplate of T12, otherwise normal')",
        "Findings:\nAt T12-L1 level small Schmorl node of the lower endplate of T12, otherwise "
        "normal.\nL4-L5: disc bulge.\n",
        {("T12-L1", "disc_bulge"): "absent", ("T12-L1", "canal_stenosis"): "none"},
        [],
    ),
    (
        "a level list leading its finding across 'disc' ('L4-L5 and L5-S1 disc herniations with "
        "moderate spinal stenosis at L4-L5')",
        "Impression: L4-L5 and L5-S1 disc herniations with moderate spinal stenosis at L4-L5 and "
        "severe left foraminal stenosis at L5-S1.",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L5-S1", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "moderate",
        },
        [("L5-S1", "canal_stenosis")],
    ),
    (
        "a finding named again in brackets ('disc prolapse (PID)', 'anterior slip (degenerative "
        "spondylolisthesis)') is one finding, not one of the next level",
        "CONCLUSION:\nLumbar spondylosis with L4/L5 left posterolateral disc prolapse (PID) and "
        "L5/S1 disc bulge. L3 anterior slip (degenerative spondylolisthesis) and L5/S1 "
        "foraminal narrowing.",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L5-S1", "disc_bulge"): "present",
            ("L3-L4", "spondylolisthesis"): "present",
        },
        [("L5-S1", "disc_herniation"), ("L5-S1", "spondylolisthesis")],
    ),
    (
        "a site and its hedged state with no copula ('Foramina probably mildly narrowed', "
        "'Recesses likely mildly narrowed')",
        "L5-S1: Foramina probably mildly narrowed.\nL4-L5: Recesses likely mildly narrowed.\n",
        {
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "subarticular_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a site 'without' stenosis after a copula, perhaps after its levels ('The neural foramina "
        "are without narrowing', 'Neuroforamina at other levels are without stenosis'): of that "
        "site only",
        "Findings:\nL3-L4: The neural foramina are without narrowing.\nL4-L5: mild canal "
        "stenosis.\nNeuroforamina at other levels are without stenosis.\n",
        {
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
        },
        [("L3-L4", "canal_stenosis"), ("L5-S1", "canal_stenosis")],
    ),
    (
        "'endplates L5 and S1' (no 'of') name the disc between",
        "Findings: Degenerative changes of endplates L5 and S1 with Modic I type of changes "
        "(oedema of bone marrow).",
        {("L5-S1", "modic"): "type1"},
        [],
    ),
]


SESSION57_ROUND84: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets VF-VI
    (
        "a spaced header with abbreviated names ('Protr.', 'Bulg.', 'For. dx', 'For. sx'), its "
        "level column's name blank",
        "Findings:\n\n"
        "            Protr.   Bulg.   Canal   For. dx   For. sx\n"
        "L3-L4       0        +       0       0         +\n"
        "L4-L5       ++       +       +       +         ++\n\n"
        "Legend: 0 absent; + mild/present; ++ moderate; +++ severe. dx = right, sx = left.\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "disc_herniation"): "absent",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "a single-spaced grid's cells with a note or a type run on ('mild(bil)', 'mod(Rt)', "
        "'Modic1')",
        "Level L1/2 L2/3 L3/4 L4/5 L5/S1\n"
        "Foraminal stenosis - - - mild(bil) mod(Rt)\n"
        "Signal change of endplates - - - Modic1 -\n",
        {
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "modic"): "type1",
        },
        [],
    ),
    (
        "a blank-named spaced header whose names wrap onto a second line ('Left lat.' over "
        "'recess')",
        "FINDINGS:\nNormal alignment.\n\n"
        "                 Disc                Canal      Left lat.   Right lat.   Left       Right\n"
        "                                                recess      recess       foramen    foramen\n"
        "L4/5             Shallow bulge       Normal     Normal      Normal       Normal     Mild\n"
        "L5/S1            Right protrusion    Mild       Normal      Severe       Normal     Normal\n",
        {
            ("L5-S1", "subarticular_stenosis_right"): "severe",
            ("L5-S1", "foraminal_stenosis_right"): "none",
            ("L5-S1", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a per-level table parted by single spaces ('Level Disc Central stenosis Foraminal "
        "stenosis (Rt/Lt)'), its first column taking the words before the one-word cells",
        "Findings:\n"
        "Level Disc Central stenosis Foraminal stenosis (Rt/Lt)\n"
        "L3-4 bulging mild none/none\n"
        "L4-5 bulging with Lt central extrusion moderate mild/mild\n"
        "L5-S1 bulging none severe/moderate\n",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "severe",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "a level's fields apart by ' - ' ('L5-S1 - disc osteophyte complex - canal: no stenosis "
        "- L foramen: moderate')",
        "DISC LEVELS:\n"
        "L4-L5 - disc bulge - canal: mild - L foramen: mild - R foramen: mild\n"
        "L5-S1 - disc osteophyte complex - canal: no stenosis - L foramen: moderate - R foramen: "
        "mild\n",
        {
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "a grid's dash cell far from its row's name ('Disc          -') is a cell, not a label's "
        "dash; a line keying the dash ('- = no abnormality.') is not read as a finding",
        "Findings:\n"
        "              L1-L2   L2-L3      L3-L4\n"
        "Disc          -       bulge      bulge\n"
        "Canal         -       moderate   severe\n"
        "- = no abnormality. Facets: + mild, ++ marked arthrosis.\n",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "canal_stenosis"): "severe",
        },
        [("L4-L5", "disc_bulge"), ("L2-L3", "disc_herniation")],
    ),
    (
        "' -- ' between a level's fields ends a grade's reach ('... thecal sac -- bilateral "
        "foraminal narrowing mild-moderate -- ...'); a site's measure before its state ('canal 13 "
        "mm, not narrowed')",
        "L4-5 -- diffuse bulging + central protrusion -- indentation on the thecal sac -- "
        "bilateral foraminal narrowing mild-moderate -- bilateral lateral recess narrowing\n"
        "L3/L4: bulging disc; canal 13 mm, not narrowed; foramina free.\n",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "canal_stenosis"): "none",
        },
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "'Rest of the segments explored without significant alterations'",
        "Findings:\nL4-L5: bulge.\nRest of the segments explored without significant "
        "alterations.\n",
        {("L2-L3", "disc_bulge"): "absent", ("L5-S1", "canal_stenosis"): "none"},
        [],
    ),
    (
        "a spoken 'new paragraph' alone ends the clause before it ('no canal stenosis new "
        "paragraph L5-S1 small ... protrusion')",
        "Findings: Alignment normal. L4-5 mild disc bulge no canal stenosis new paragraph L5-S1 "
        "small left paracentral protrusion. Foramina are patent.",
        {("L5-S1", "disc_herniation"): "present", ("L4-L5", "canal_stenosis"): "none"},
        [],
    ),
    (
        "a dictated 'colon' after a structure's label ('Alignment colon trace retrolisthesis ... "
        "period. Otherwise normal.')",
        "FINDINGS colon\n"
        "Alignment colon trace retrolisthesis of L1 on L2 and L2 on L3 period. Otherwise normal.\n"
        "L4-L5 colon disc bulge period.\n",
        {
            ("L1-L2", "spondylolisthesis"): "present",
            ("L3-L4", "spondylolisthesis"): "absent",
            ("L5-S1", "spondylolisthesis"): "absent",
        },
        [("L1-L2", "disc_herniation")],
    ),
    (
        "'At this level' after an operated level carries it ('... hemilaminectomy at L4/5. At "
        "this level ... Mild left lateral recess narrowing.')",
        "Findings: Post operative changes from a left hemi laminectomy at L4/5. At this level "
        "there is intermediate signal tissue in the left lateral recess, likely representing "
        "epidural fibrosis. Mild left lateral recess narrowing. No central canal stenosis.",
        {("L4-L5", "subarticular_stenosis_left"): "mild", ("L4-L5", "canal_stenosis"): "none"},
        [],
    ),
    (
        "one lesion gone ('The sequestered fragment has almost completely resolved') is not a "
        "whole-spine negation",
        "Follow-up MRI: The sequestered fragment has almost completely resolved. A small "
        "residual left paracentral protrusion remains at L5-S1. The L4-L5 disc is unchanged.",
        {("L5-S1", "disc_herniation"): "present"},
        [("L3-L4", "disc_herniation"), ("L4-L5", "disc_herniation")],
    ),
    (
        "marginal osteophytes of a vertebral range do not name disc levels ('The vertebral bodies "
        "show anterior marginal osteophytes from L2 to L5. ... The other discs are normal.')",
        "Findings:\nThe vertebral bodies show anterior marginal osteophytes from L2 to L5.\n"
        "L4/L5: There is posterior disc herniation.\nThe other discs are normal.\n",
        {("L2-L3", "disc_bulge"): "absent", ("L3-L4", "disc_herniation"): "absent"},
        [],
    ),
    (
        "', and narrowing' ends a negation's scope ('without significant spinal canal stenosis, "
        "and narrowing bilateral neural foramina')",
        "Findings: L4 L5 disc bulge indenting thecal sac without significant spinal canal "
        "stenosis, and narrowing bilateral neural foramina.",
        {("L4-L5", "canal_stenosis"): "none", ("L4-L5", "foraminal_stenosis_left"): "present"},
        [],
    ),
    (
        "an earlier MRI told of after an appositive ('An earlier MRI, performed in October 2016 "
        "..., had reported a disc bulge at L3-L4'): not this study's",
        "Findings: L4-L5: bulge. An earlier MRI, performed in October 2016 following a prior work "
        "incident, had reported a disc bulge at L3-L4.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L3-L4", "disc_bulge")],
    ),
    (
        "a lesion 'largely resolved' is gone, absent now ('The previously seen right paracentral extrusion "
        "has largely resolved, with a residual mild disc bulge')",
        "L4-5: The previously seen right paracentral extrusion has largely resolved, with a "
        "residual mild disc bulge.",
        {("L4-L5", "disc_bulge"): "present", ("L4-L5", "disc_herniation"): "absent"},
        [],
    ),
]


SESSION57_ROUND85: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets VJ-VM
    (
        "a single-spaced per-level table whose columns open with a side ('LEVEL DISC CANAL R NF "
        "L NF')",
        "LEVEL DISC CANAL R NF L NF\n"
        "L1-2 normal none none none\n"
        "L4-5 bulge + L foraminal protrusion mild mild severe\n"
        "L5-S1 bulge none mod mod\n",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "a site's field of one side over its other side's ('Foramen   R:     mild' over '        "
        "     L:     moderate')",
        "Findings:\nL2-L3\n   Canal:           mild\n   Foramen   R:     mild\n"
        "             L:     moderate\nL3-L4\n   Subarticular R:  mild\n                L:  mild\n",
        {
            ("L2-L3", "foraminal_stenosis_right"): "mild",
            ("L2-L3", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "subarticular_stenosis_right"): "mild",
            ("L3-L4", "subarticular_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "a key of quoted codes with no link word (a dash, 'no pathology'; a plus, 'mild'; two, "
        "'moderate')",
        'Findings (key: "\u2013" no pathology, "+" mild, "++" moderate, "+++" severe):\n\n'
        "Segment   Disc protrusion   Spinal canal   Foramina l/r\n"
        "L3/4      \u2013                 +              \u2013/+\n"
        "L4/5      +                 +++            ++/++\n",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a column 'Rt. lat.recess' (no space after 'lat.')",
        "            central   Lt. lat.recess   Rt. lat.recess   Lt. foramen\n"
        "   L4-5     mod       severe           mild             -\n"
        "   ( - : no stenosis )\n",
        {
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L4-L5", "subarticular_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "'Intervertebral foramens at all levels are not narrowed' (plural 'foramens', the levels "
        "before the copula)",
        "Findings: L5-S1 hernia. Intervertebral foramens at all levels are not narrowed.",
        {
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a finding 'absent' with no copula ('Spondylolisthesis absent. Modic changes absent.')",
        "Findings: L4-L5 - dorsal paramedian right protrusion 4 mm.\nSpondylolisthesis absent. "
        "Modic changes absent.",
        {("L2-L3", "spondylolisthesis"): "absent", ("L4-L5", "modic"): "none"},
        [],
    ),
    (
        "'which was not present pre-operatively' tells of the earlier study; 'The previous "
        "herniation is removed'",
        "Alignment: There is new 4 mm anterolisthesis of L3 on L4, which was not present "
        "pre-operatively. Alignment is otherwise maintained.\n"
        "L4-L5: The previous herniation is removed; no recurrent herniation.",
        {("L3-L4", "spondylolisthesis"): "present", ("L4-L5", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'neural formina' (a typo)",
        "- L3-L4 disc show diffuse bulge with mild narrowing of bilateral neural formina.",
        {("L3-L4", "foraminal_stenosis_left"): "mild"},
        [],
    ),
]


SESSION57_ROUND86: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets VN-VQ
    (
        "a quoted report opening with a level list's heading ('My MRI report says \"L2-L3 and "
        "L3-L4: Unremarkable.')",
        'Q: My MRI report says "L2-L3 and L3-L4: Unremarkable. L4-L5: Mild disc bulge."',
        {("L2-L3", "disc_bulge"): "absent", ("L3-L4", "canal_stenosis"): "none"},
        [],
    ),
    (
        "an MRI dated by month and year told of as showing ('an MRI dated June 2014 had "
        "demonstrated a disc bulge at L4-L5'): not this study's",
        "Findings: L5-S1: bulge. The examiner noted that an MRI dated June 2014 had demonstrated "
        "a disc bulge at L4-L5.",
        {("L5-S1", "disc_bulge"): "present"},
        [("L4-L5", "disc_bulge")],
    ),
    (
        "a root's displacement is not a vertebra's ('displacement of the L5 root dorsally')",
        "L4/5: Left disc material of 9 mm. This leads to a narrowing of the left lateral recess "
        "with displacement of the L5 root dorsally.",
        {("L4-L5", "subarticular_stenosis_left"): "present"},
        [("L4-L5", "spondylolisthesis")],
    ),
    (
        "'Complete regression of the L5/S1 extrusion'",
        "Assessment: Complete regression of the L5/S1 extrusion compared to 2021.",
        {("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a table's disc cell 'Preserved'; a level column named 'Stage'",
        "Stage   Disc                 Canal     Foramina\n"
        "L3-L4   Preserved            Normal    Free\n"
        "L4-L5   Posterior bulge      Normal    Free\n",
        {
            ("L3-L4", "disc_bulge"): "absent",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "'no slipping' (alignment)",
        "Findings: Sequence is normal, no slipping. L4-L5: bulge.",
        {("L2-L3", "spondylolisthesis"): "absent", ("L4-L5", "spondylolisthesis"): "absent"},
        [],
    ),
]


SESSION58_ROUND87: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets VV-VY
    (
        "'no further disc pathology from L1 to L3' names its levels: not a blanket over the rest",
        "FINDINGS: L4-5: mild disc bulge. No further disc pathology from L1 to L3.",
        {("L1-L2", "disc_herniation"): "absent", ("L2-L3", "disc_bulge"): "absent"},
        [("L3-L4", "disc_bulge"), ("L5-S1", "disc_bulge"), ("L4-L5", "disc_herniation")],
    ),
    (
        "a term explained after a lead-in ('the last one: no significant stenosis means the "
        "nerves have room'): no finding",
        "Q: My MRI says L4-5 bulge. A: The most reassuring line is the last one: no significant "
        "stenosis means the nerves have room.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L1-L2", "foraminal_stenosis_left"), ("L4-L5", "canal_stenosis")],
    ),
    (
        "what a word says of any level ('Key point: a level called \"normal\" has no bulge')",
        '"L5-S1: Normal."\n\nKey point: a level called "normal" has no bulge, herniation or '
        "stenosis. Most reports list each level from L1-L2 to L5-S1 in turn.",
        {("L5-S1", "disc_bulge"): "absent"},
        [("L1-L2", "disc_bulge"), ("L3-L4", "canal_stenosis")],
    ),
    (
        "'no abnormal signal of endplates': no Modic change at any level",
        "Vertebral bodies: Signal of bone marrow is normal, no abnormal signal of endplates. "
        "L4-L5: disc bulge.",
        {("L1-L2", "modic"): "none", ("L4-L5", "modic"): "none"},
        [],
    ),
    (
        "'Others levels are with no significant finding': the other levels normal",
        "L4-L5: diffuse disc bulge. Others levels are with no significant finding.",
        {("L2-L3", "canal_stenosis"): "none", ("L3-L4", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'with no significant repercussion on the canal or foramina': none",
        "L3-L4: Diffuse disc protrusion, with no significant repercussion on the canal or "
        "foramina.",
        {("L3-L4", "canal_stenosis"): "none", ("L3-L4", "foraminal_stenosis_right"): "none"},
        [],
    ),
    (  # (a guard: passes at 70d6574 too; the negated-only 'effect on' must stay so)
        "mass effect on the thecal sac is no stenosis (rule 5b)",
        "L3-L4: Disc protrusion with mass effect on the thecal sac.",
        {("L3-L4", "disc_herniation"): "present"},
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "a grid headed by levels with 'Th12/L1' ('Segment   Th12/L1  L1/2  L2/3 ...')",
        "Segment           Th12/L1  L1/2   L2/3   L3/4   L4/5     L5/S1\n"
        "Protrusion        -        -      -      -      medial   -\n"
        "Spinal canal      n        n      n      n      mild     n\n"
        "Neuroforamen re   n        n      n      n      n        mild\n"
        "(n = normal; - = not present)",
        {
            ("T12-L1", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "disc_herniation"): "present",
            ("L5-S1", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "'The discs from T12/L1 to L2/3 remain normal': no bulge or herniation there",
        "FINDINGS: L4-5 bulge. The discs from T12/L1 to L2/3 remain normal.",
        {("T12-L1", "disc_bulge"): "absent", ("L2-L3", "disc_herniation"): "absent"},
        [("L2-L3", "canal_stenosis")],
    ),
    (
        "'Other discs remain normal': the disc findings only",
        "FINDINGS: L4-5 bulge. Other discs remain normal.",
        {("L3-L4", "disc_bulge"): "absent", ("L5-S1", "disc_herniation"): "absent"},
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "each side's grade after the site and its level ('Foraminal narrowing L4-L5 right "
        "moderate, left mild, unchanged')",
        "Status after decompression L4-L5. Foraminal narrowing L4-L5 right moderate, left mild, "
        "unchanged.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "'the lower lumbar spine' is the lower three levels",
        "IMPRESSION: Mild degenerative changes of the lower lumbar spine without significant "
        "stenosis.",
        {("L4-L5", "canal_stenosis"): "none"},
        [("L1-L2", "canal_stenosis"), ("L2-L3", "canal_stenosis")],
    ),
]

SESSION58_ROUND88: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets VZ-WC
    (
        "a grid of levels as columns whose first header cell is 'Finding' (a markdown grid)",
        "| Finding          | L1-L2 | L2-L3 | L3-L4 | L4-L5 | L5-S1 |\n"
        "|------------------|-------|-------|-------|-------|-------|\n"
        "| Bulging          | no    | no    | yes   | yes   | no    |\n"
        "| Canal stenosis   | no    | no    | no    | mild  | no    |\n"
        "| Foramen L        | free  | free  | free  | mild  | free  |",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L5-S1", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "a level and 'N' on a line ('L12<tab>N': compact levels, N for normal)",
        "Hx: L5/S1 radiculopathy.\n\nL12\tN\nL23\tN\nL45\tMild bulge.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_herniation"): "absent",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "'bulging' in a grid row named 'Disc protrusion': a bulge, not a herniation",
        "                      L1/L2     L2/L3     L3/L4     L4/L5\n"
        "Disc protrusion       no        no        no        bulging\n"
        "Spinal canal          free      free      free      slightly narrowed",
        {("L4-L5", "disc_bulge"): "present", ("L4-L5", "canal_stenosis"): "mild"},
        [("L4-L5", "disc_herniation")],
    ),
    (
        "'Lt. slight' in a foraminal column: the abbreviation's stop ends no field",
        "L3/4: Foraminal stenosis: Lt. slight.",
        {("L3-L4", "foraminal_stenosis_left"): "mild"},
        [],
    ),
    (
        "'[x] anterolisthesis  [ ] retrolisthesis': the empty box of the same finding says nothing",
        "Alignment:         [ ] normal  [x] anterolisthesis  [ ] retrolisthesis   -> L4 on L5, "
        "Meyerding grade I\nVertebral bodies:  [x] normal height",
        {("L4-L5", "spondylolisthesis"): "present"},
        [],
    ),
    (
        "'Upper lumbar levels are no remarkable' (second-language 'not remarkable')",
        "FINDINGS: L4-5 bulge. Upper lumbar levels are no remarkable.",
        {("L2-L3", "canal_stenosis"): "none", ("L2-L3", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'At L1-L2, L2-L3: No disc bulge or herniation.': both levels",
        "FINDINGS: At L1-L2, L2-L3: No disc bulge or herniation. Spinal canal and neural foramina "
        "are patent.",
        {("L1-L2", "disc_bulge"): "absent", ("L1-L2", "canal_stenosis"): "none"},
        [],
    ),
    (
        "'The L1-L2, L2-L3 segments are intact': normal levels",
        "FINDINGS: The L1-L2, L2-L3 segments are intact. L4-5 bulge.",
        {("L1-L2", "canal_stenosis"): "none", ("L2-L3", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'Discs L1/2 - L3/4 are without pathology': no bulge or herniation there",
        "Description: Discs L1/2 - L3/4 are without pathology. L4/5: broad-based herniation.",
        {("L1-L2", "disc_bulge"): "absent", ("L3-L4", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'compresses the right S1 root and mildly indents the thecal sac': no canal stenosis "
        "(rule 5b)",
        "At the L5-S1 level, there is right paracentral disc extrusion, compressing the right S1 "
        "nerve root in the right lateral recess and mildly indenting the thecal sac.",
        {("L5-S1", "subarticular_stenosis_right"): "present"},
        [("L5-S1", "canal_stenosis")],
    ),
    (
        "'anterolisthesis of L3 over L4 which was not present in previous study': new, present",
        "At L3-L4 (adjacent segment), there is grade I anterolisthesis of L3 over L4 which was not "
        "present in previous study.",
        {("L3-L4", "spondylolisthesis"): "present"},
        [],
    ),
    (
        "'Spinal canal in this segment is of normal width'",
        "In segment L5/S1 the disc is degenerated. Spinal canal in this segment is of normal width.",
        {("L5-S1", "canal_stenosis"): "none"},
        [],
    ),
    (
        "a spoken slash inside a level ('L3 slash 4:')",
        "Findings:\nL1/2 and L2/3: Normal.\nL3 slash 4: Broad-based posterior disc bulge causing "
        "mild narrowing of the spinal canal.\nL4 slash 5: severe spinal canal stenosis.",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L1-L2", "canal_stenosis"): "none",
        },
        [],
    ),
]

SESSION58_ROUND89: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets WD-WG
    (
        "a level and '- same.' after a level's line of findings",
        "By levels:\nTh12-L1 - no protrusions, spinal canal and foramina not narrowed.\n"
        "L1-L2 - same.\nL2-L3 - posterior diffuse protrusion up to 2 mm.",
        {("L1-L2", "disc_herniation"): "absent", ("L1-L2", "canal_stenosis"): "none"},
        [],
    ),
    (
        "'Remaining discs without noteworthy changes': no bulge or herniation there",
        "L4-L5: diffuse disc bulging. Remaining discs without noteworthy changes.",
        {("L2-L3", "disc_bulge"): "absent", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a translated template's 'Listhesis no.'",
        "Description: Lordosis is straightened. Listhesis no. L4-L5 - dorsal diffuse protrusion.",
        {("L3-L4", "spondylolisthesis"): "absent", ("L4-L5", "disc_herniation"): "present"},
        [],
    ),
    (
        "a list has one 'and' ('bulges L2-3, L3-4 and L4-5, and L5-S1 central disc protrusion')",
        "IMPRESSION:\n- Multilevel disc bulges L2-3, L3-4 and L4-5, and L5-S1 central disc "
        "protrusion.",
        {("L3-L4", "disc_bulge"): "present", ("L5-S1", "disc_herniation"): "present"},
        [("L2-L3", "disc_herniation"), ("L4-L5", "disc_herniation")],
    ),
    (
        "'Left-sided narrowing of lateral recess': the side before the verb",
        "Conclusion: Protrusion of disc L4-L5. Left-sided narrowing of lateral recess at L4-L5 "
        "level.",
        {("L4-L5", "subarticular_stenosis_left"): "present"},
        [("L4-L5", "subarticular_stenosis_right")],
    ),
    (
        "'On previous study was described protrusion of L3-L4 disc': an earlier study's",
        "On previous study was described protrusion of L3-L4 disc; on present study the disc "
        "L3-L4 without protrusion, minimal circular bulging.",
        {("L3-L4", "disc_herniation"): "absent", ("L3-L4", "disc_bulge"): "present"},
        [],
    ),
    (
        "'L1-L2 and L2-L3 stages without particularity' (French 'étage')",
        "L4-L5: left posterolateral disc herniation. L1-L2 and L2-L3 stages without "
        "particularity.",
        {("L1-L2", "canal_stenosis"): "none", ("L2-L3", "disc_bulge"): "absent"},
        [],
    ),
    (
        "a form's yes/no answers after its options ('Bulge [Y]  Protrusion [N]  Extrusion [N]')",
        "L4-L5\n  Disc: Bulge [Y]  Protrusion [N]  Extrusion [N]\n  Central canal stenosis: None",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "absent",
            ("L4-L5", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "an earlier study's grade in a level's brackets ('at L3-4 (moderate in 2021)')",
        "Circumferential disc bulges causing moderate central canal stenosis at L2-3, severe "
        "central canal stenosis at L3-4 (moderate in 2021) and moderate central canal stenosis "
        "at L4-5.",
        {
            ("L2-L3", "canal_stenosis"): "moderate",
            ("L3-L4", "canal_stenosis"): "severe",
            ("L4-L5", "canal_stenosis"): "moderate",
        },
        [],
    ),
    (
        "a spondylodesis (German and Scandinavian 'fusion') names its levels as a procedure's",
        "FINDINGS: Spondylodesis L4-S1 without loosening. Moderate canal stenosis.",
        {},
        [("L4-L5", "canal_stenosis"), ("L5-S1", "canal_stenosis")],
    ),
]

SESSION58_ROUND90: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets WH-WK
    (
        "'without compromise of the dural sac nor of the foramina': 'nor' goes on with the list",
        "L3-L4: Slight diffuse discal bulging without compromise of the dural sac nor of the "
        "foramina.",
        {("L3-L4", "canal_stenosis"): "none", ("L3-L4", "foraminal_stenosis_left"): "none"},
        [],
    ),
    (
        "'Conserved amplitude of the spinal canal at the other levels'",
        "L4-L5: Diffuse discal bulging. Conserved amplitude of the spinal canal at the other "
        "levels.",
        {("L2-L3", "canal_stenosis"): "none", ("L5-S1", "canal_stenosis"): "none"},
        [],
    ),
    (
        "'Vertebral canal and foramina of regular amplitude at all levels'",
        "L4-5 bulge. Vertebral canal and foramina of regular amplitude at all levels.",
        {("L3-L4", "canal_stenosis"): "none", ("L3-L4", "foraminal_stenosis_right"): "none"},
        [],
    ),
    (
        "a quotation's altered letter ('the \"[r]emaining levels are unremarkable\"')",
        'The MRI showed "mild disc bulge at L4-5". The radiologist noted that the "[r]emaining '
        'levels are unremarkable."',
        {("L5-S1", "disc_bulge"): "absent", ("L2-L3", "canal_stenosis"): "none"},
        [],
    ),
    (
        "'the rest of the report says the other levels are unremarkable and there is no spinal "
        "stenosis'",
        "My MRI says L4-5 bulge. The rest of the report says the other levels are unremarkable "
        "and there is no spinal stenosis.",
        {("L5-S1", "disc_bulge"): "absent", ("L2-L3", "foraminal_stenosis_left"): "none"},
        [],
    ),
    (
        "a checklist's key '. = absent': a dot's cell is no finding",
        "Checklist (x = present, . = absent)\n"
        "                            L1-L2   L2-L3   L3-L4   L4-L5   L5-S1\n"
        "Disc bulge                    .       .       .       x       x\n"
        "Canal stenosis                .       .       .       .       .",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L4-L5", "disc_bulge"): "present",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'No alterations of the spinal alignment'",
        "FINDINGS: No alterations of the spinal alignment. L4-5 bulge.",
        {("L2-L3", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "'no alterations of the discal profiles': no bulge or herniation",
        "D12-L1, L1-L2: no alterations of the discal profiles. L2-L3: modest bulging of the disc "
        "profile.",
        {("T12-L1", "disc_bulge"): "absent", ("L1-L2", "disc_herniation"): "absent"},
        [],
    ),
]

SESSION59_ROUND91: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets WP-WS
    (
        "a field's side valued 'none' before the other side's grade ('Foraminal stenosis: left "
        "none, right mild')",
        "FINDINGS: L4-L5: Foraminal stenosis: left none, right mild.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "'NF L none, NF R mild': the first side's 'none' negates nothing after it",
        "FINDINGS: L4-L5: NF L none, NF R mild.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a level before its own elided grade ('L4-L5 severe spinal stenosis, L3-L4 moderate')",
        "Got the MRI report today. L4-L5 severe spinal stenosis, L3-L4 moderate, and grade 1 "
        "spondylolisthesis of L4.",
        {
            ("L4-L5", "canal_stenosis"): "severe",
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L4-L5", "spondylolisthesis"): "present",
        },
        [("L3-L4", "spondylolisthesis")],
    ),
    (
        "'At L3-4 stenosis is moderate and at L2-3 mild': the level, then its elided grade",
        "FINDINGS: Spinal canal: worst at L4-5 where it is severe. At L3-4 stenosis is moderate "
        "and at L2-3 mild.",
        {("L3-L4", "canal_stenosis"): "moderate", ("L2-L3", "canal_stenosis"): "mild"},
        [],
    ),
    (
        "'Other levels are natural.' (a translated normal word)",
        "Findings:\nAt the L3-4 level, bulging of the disc was observed.\nOther levels are natural.",
        {("L2-L3", "canal_stenosis"): "none", ("L4-L5", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'Other levels are in normal limits.'",
        "FINDINGS:\nAt the L4-5 level, there is a left posterolateral protrusion.\nOther levels are "
        "in normal limits.",
        {("L2-L3", "foraminal_stenosis_left"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'A prior MRI of the lumbar spine dated March 2014 had shown ...': an earlier study's",
        "An MRI of the lumbar spine performed on June 4, 2017 revealed a broad-based disc "
        "protrusion at L4-L5 with mild central canal stenosis. A prior MRI of the lumbar spine "
        "dated March 2014 had shown a disc bulge at L4-L5 only.",
        {("L4-L5", "disc_herniation"): "present"},
        [("L4-L5", "disc_bulge")],
    ),
    (
        "'not all stenosis needs surgery': a quantifier, no negation",
        "My MRI impression says:\n\nIMPRESSION:\n1. At L3/4, mild canal stenosis and mild "
        "bilateral foraminal narrowing.\n\nAnswer from Dr. R.:\nSeeing a spine surgeon is "
        "reasonable, but not all stenosis needs surgery; many people do well with therapy.",
        {("L3-L4", "canal_stenosis"): "mild"},
        [("L2-L3", "canal_stenosis"), ("L5-S1", "canal_stenosis")],
    ),
    (
        "a spaced table's ticked box with a letter after it ('[x]mild'), not a quotation's "
        "altered letter, and a box cell's note in its column ('[x]Y [ ]N  R paracent.')",
        "LEVEL   BULGE       HERNIATION              CANAL                           FORAMINA\n"
        "L1-L2   [ ]Y [x]N   [ ]Y [x]N               [x]nl [ ]mild [ ]mod [ ]sev     [x]patent [ ]narrowed\n"
        "L4-L5   [x]Y [ ]N   [x]Y [ ]N  R paracent.  [ ]nl [x]mild [ ]mod [ ]sev     [ ]patent [x]narrowed: R mild, L patent\n"
        "L5-S1   [ ]Y [x]N   [x]Y [ ]N  R subart.    [ ]nl [ ]mild [x]mod [ ]sev     [x]patent [ ]narrowed",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L5-S1", "canal_stenosis"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a ticked option's detail after its colon ('[x] narrowed: R mild, L patent')",
        "Level   Bulge   Canal          Foramina\n"
        "L3-L4   [x]     [x] normal     [ ] patent [x] narrowed: R mild, L patent\n"
        "L4-L5   [ ]     [x] normal     [x] patent [ ] narrowed",
        {
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a field's ';' before a grade and its side goes on ('R patent; ?mild L')",
        "L4/5: Exit foramina: R patent; ?mild L.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "dictation's spoken dash inside a level ('L4 dash 5 colon')",
        "FINDINGS: Alignment is normal period\n\nL4 dash 5 colon there is a large left paracentral "
        "disc extrusion comma resulting in severe left lateral recess stenosis. Mild left neural "
        "foraminal narrowing.\n\nL5-S1 colon mild disc bulge.",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "one spoken colon after a level in an otherwise written report ('L1-L2 and L2-L3 colon "
        "Normal.')",
        "Findings:\nNormal vertebral body heights.\n\nL1-L2 and L2-L3 colon Normal.\n\nL3-L4: "
        "Circumferential disc bulge.",
        {("L1-L2", "canal_stenosis"): "none", ("L2-L3", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'L. 3-4:' (a level's letter with a dot) heads its paragraph",
        "FINDINGS:\nL2-3: Unremarkable.\nL. 3-4: Broad-based disc bulge. Mild bilateral foraminal "
        "stenosis.",
        {("L3-L4", "disc_bulge"): "present", ("L3-L4", "foraminal_stenosis_left"): "mild"},
        [],
    ),
    (
        "a range 'T12/L1 through to L3/4'",
        "FINDINGS: The T12/L1 through to L3/4 discs are normal in height and hydration with no "
        "disc bulge or protrusion and normal central canal and neural foramina.",
        {("L1-L2", "disc_bulge"): "absent", ("L2-L3", "canal_stenosis"): "none"},
        [],
    ),
]


SESSION59_ROUND92: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets WT-WW
    (
        "a ';'-exported table whose first row is 'Th12-L1'",
        "Findings\nNo listhesis.\n\nLevel;Disc;Spinal canal;Foramen left;Foramen right\n"
        "Th12-L1;normal;normal;normal;normal\nL1-L2;normal;normal;normal;normal\n"
        "L4-L5;right foraminal protrusion;normal;normal;moderate-severe\n"
        "L5-S1;bulging;normal;normal;normal",
        {
            ("T12-L1", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "severe",
        },
        [],
    ),
    (
        "a ' / '-parted table, its header in brackets after a title",
        "Disc level analysis (Level / Disc / Canal-thecal sac / Neural foramina / Lateral "
        "recesses):\nD12-L1 / Normal / Normal / Normal / Normal\nL1-L2 / Normal / Normal / Normal / "
        "Normal\nL3-L4 / Diffuse posterior disc bulge / Thecal sac indented / Mild bilateral "
        "narrowing / Normal\nL5-S1 / Posterior disc bulge / Thecal sac indented / Left sided "
        "narrowing abutting left exiting L5 root, right normal / Normal",
        {
            ("T12-L1", "canal_stenosis"): "none",
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "present",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a grid of levels as columns under 'Level', crosses 'X' as ticks, a row left unmarked",
        "Level                    L1-L2   L2-L3   L3-L4   L4-L5   L5-S1\n"
        "Normal                     X       X\n"
        "Bulging                                    X               X\n"
        "Protrusion                                         X\n"
        "Extrusion\n"
        "Canal stenosis                                     mild\n"
        "Foraminal stenosis R                               mod.    mild",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L3-L4", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "'Normal the lumbar lordosis and the vertebral alignment.' (translated word order)",
        "Normal the lumbar lordosis and the vertebral alignment.\nL4-L5: slight bulging of the disc.",
        {("L2-L3", "spondylolisthesis"): "absent", ("L4-L5", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "'Alignment of the posterior walls of the vertebral bodies is conserved.'",
        "Alignment of the posterior walls of the vertebral bodies is conserved.\nL4-L5: bulging.",
        {("L3-L4", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "'L3-L4: no anomaly.'",
        "L4-L5: discopathy with posterior disc bulge.\nL3-L4: no anomaly.",
        {("L3-L4", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'..., which is no longer observed': a Modic change of the earlier study gone",
        "FINDINGS: L4-5 bulge. In the previous study it was described a Modic type 1 change at "
        "L4-L5, which is no longer observed.",
        {("L4-L5", "modic"): "none"},
        [],
    ),
    (
        "'reduction of the anteroposterior diameter of the vertebral canal'",
        "L4-L5: Diffuse disc bulging compressing the ventral face of the dural sac, with reduction "
        "of the anteroposterior diameter of the vertebral canal.",
        {("L4-L5", "canal_stenosis"): "present"},
        [],
    ),
    (
        "'the stenosis is moderate' after its level: the grade of a bare stenosis",
        "FINDINGS: At L3-4 the stenosis is moderate.",
        {("L3-L4", "canal_stenosis"): "moderate"},
        [],
    ),
    (
        "'... progressed since 2020, when the stenosis at L4/5 was moderate': the earlier study's "
        "(a guard: it passes at the blind commit, where a bare stenosis took no grade after it)",
        "FINDINGS: There is now canal stenosis at L4/5. This has progressed since 2020, when the "
        "stenosis at L4/5 was moderate.",
        {("L4-L5", "canal_stenosis"): "present"},
        [],
    ),
]


SESSION59_ROUND93: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets WX-XA
    (
        "a form's boxes after their options and values in brackets ('L1/2:  bulge [ ]  herniation "
        "[ ]  canal stenosis [none]  NF stenosis L [none]  R [mild]')",
        "L1/2:  bulge [ ]  herniation [ ]  canal stenosis [none]  NF stenosis L [none]  R [mild]\n"
        "L3/4:  bulge [x]  herniation [ ]  canal stenosis [mild]  NF stenosis L [mild]  R [none]",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L1-L2", "disc_herniation"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L1-L2", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "'Disc [x] normal [ ] bulge': a label before its options' boxes, not boxes after options "
        "(a guard: it passes at the blind commit)",
        "L1-L2:  Disc [x] normal [ ] bulge [ ] protrusion | Canal [x] normal [ ] mild\n"
        "L4-L5:  Disc [ ] normal [x] bulge [ ] protrusion | Canal [ ] normal [x] mild",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "a side's own label in a field ('NF stenosis L: none;  R: mild;')",
        "L1/2: canal stenosis: none;  NF stenosis L: none;  R: mild;",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L1-L2", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a spaced table's rows of levels written 'L1 L2'",
        "Level    Disc                 Canal               Right foramen   Left foramen\n"
        "L1 L2    Normal               Normal caliber      Free            Free\n"
        "L3 L4    Diffuse bulging      Normal caliber      Free            Slight narrowing\n"
        "L4 L5    Diffuse bulging      Moderate stenosis   Slight          Moderate-severe",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "'L4-L5 herniated disc + L5-S1 bulge': the level before the participle is the herniation's",
        "MRI results: L4-L5 herniated disc + L5-S1 bulge w/ mild spinal stenosis.",
        {("L4-L5", "disc_herniation"): "present", ("L5-S1", "disc_bulge"): "present"},
        [("L5-S1", "disc_herniation")],
    ),
    (
        "an earlier MRI with two asides before its verb ('prior MRI of September 12, 2018, "
        "obtained ..., had described')",
        "The current MRI shows a disc protrusion at L4-L5. Applicant's prior MRI of September 12, "
        '2018, obtained in connection with a motor vehicle accident, had described "a 2 mm disc '
        'bulge at L4-L5."',
        {("L4-L5", "disc_herniation"): "present"},
        [("L4-L5", "disc_bulge")],
    ),
]


SESSION59_ROUND94: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # session 58 misses
    (
        "findings' values after '=' ('bulge=mild; canal=none; NF R=mild; NF L=none')",
        "FINDINGS:\nL3-L4: bulge=mild; canal=none; NF R=mild; NF L=none",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "'canal = mild' (a value after ' = ')",
        "FINDINGS:\nL3-L4: bulge = yes, canal = mild, foramina = normal",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "'NF L/R: none/mild': the first side's 'none' does not negate the second's grade",
        "FINDINGS:\nL3-L4: NF L/R: none/mild",
        {
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
]


SESSION59_ROUND95: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets XB-XE
    (
        "'..., and the other levels are normal' after a named level, in one sentence",
        "The report also says there is no central canal stenosis at L5-S1 and the other levels "
        "are normal.",
        {("L2-L3", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'L4-5 and the upper lumbar levels are normal': a list before its verb (a guard)",
        "FINDINGS: L5-S1: small protrusion. L4-5 and the upper lumbar levels are normal.",
        {("L4-L5", "canal_stenosis"): "none", ("L2-L3", "disc_bulge"): "absent"},
        [],
    ),
    (
        "vertebral margins' osteophytes after 'Spondylotic changes noted with' name no disc level",
        "Findings:\nSpondylotic changes noted with anterior osteophytes at L2 to L5.\nL5/S1: "
        "Posterocentral disc herniation.\nOther levels are normal.",
        {("L2-L3", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'L1/L2 and L2/L3: Age-appropriate, no pathological findings.'",
        "Findings:\nL3/L4: right foraminal disc herniation.\nL1/L2 and L2/L3: Age-appropriate, no "
        "pathological findings.",
        {("L1-L2", "canal_stenosis"): "none", ("L2-L3", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'The remaining discs show age-appropriate appearances.' is no normal statement (a guard)",
        "L5/S1: left paracentral disc protrusion. The remaining discs show age-appropriate "
        "appearances.",
        {("L5-S1", "disc_herniation"): "present"},
        [("L3-L4", "canal_stenosis"), ("L3-L4", "disc_bulge")],
    ),
    (
        "'Pre-operatively there was severe canal stenosis at both levels.': the earlier study's",
        "Findings: Expected post-operative changes from L3 to L5 laminectomy. The collection "
        "extends into the posterior epidural space at L3/4 and L4/5 where it compresses the thecal "
        "sac, with moderate canal narrowing at L4/5 and mild at L3/4. Pre-operatively there was "
        "severe canal stenosis at both levels.",
        {("L4-L5", "canal_stenosis"): "moderate"},
        [],
    ),
    (
        "'Others: no remarkable finding.'",
        "Findings:\nL4-5: central extrusion, severe central canal stenosis.\nOthers: no "
        "remarkable finding.",
        {("L2-L3", "canal_stenosis"): "none", ("L1-L2", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'Neural foramen at other levels still good.'",
        "- Seen bulging of discus L5-S1, causing narrowing of bilateral neural foramen.\n- Neural "
        "foramen at other levels still good.",
        {
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "present",
        },
        [],
    ),
    (
        "a per-level table exported as quoted CSV",
        '"Segment","Disc","Central canal","Right foramen","Left foramen"\n'
        '"L1-L2","Normal","Free","Free","Free"\n'
        '"L4-L5","Dehydrated, posterior protrusion","Mild stenosis","Moderate stenosis","Free"',
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "'anterolisthesis of L3 on L4 (approximately 5 mm) and of L4 on L5'",
        "FINDINGS: Alignment: Grade 1 degenerative anterolisthesis of L3 on L4 (approximately 5 "
        "mm) and of L4 on L5 (approximately 4 mm). Alignment is otherwise normal.",
        {
            ("L3-L4", "spondylolisthesis"): "present",
            ("L4-L5", "spondylolisthesis"): "present",
            ("L2-L3", "spondylolisthesis"): "absent",
        },
        [],
    ),
]


SESSION59_ROUND96: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets XF-XI
    (
        "a key of two entries after 'Key:' ('Key: + present, - absent'): a dash cell is absent",
        "Level     Bulge  Protrusion  Canal stenosis\nL1-L2     -      -           none\n"
        "L4-L5     +      -           none\nL5-S1     +      +           mild\n\n"
        "Key: + present, - absent",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L1-L2", "disc_herniation"): "absent",
            ("L4-L5", "disc_herniation"): "absent",
            ("L5-S1", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "a summary table's leader dots ('Canal stenosis .......... L3-L4 mild; L4-L5 moderate')",
        "Summary table\n Disc bulging .................... L2-L3, L3-L4 (circumferential)\n"
        " Canal stenosis .................. L3-L4 mild; L4-L5 moderate\n"
        " Foraminal stenosis .............. L4-L5 left, severe; L3-L4 bilateral, mild",
        {
            ("L2-L3", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "'o.B.' (German 'ohne Befund') in a level grid, and a recess 'occluded by sequestrum'",
        "\tL1/2\tL2/3\tL4/5\nDisc\to.B.\to.B.\textrusion\nSpinal canal\twide\twide\t"
        "moderately narrowed\nRecess right\tfree\tfree\toccluded by sequestrum",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "disc_herniation"): "absent",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
        },
        [],
    ),
    (
        "'no disc herniation canal stenosis or foraminal narrowing' (a comma left out)",
        "FINDINGS: L1-L2 through L3-L4: no disc herniation canal stenosis or foraminal narrowing.",
        {("L2-L3", "canal_stenosis"): "none", ("L3-L4", "foraminal_stenosis_left"): "none"},
        [],
    ),
    (
        "'Vertebral bodies are normal in height, signal intensity and alignment.'",
        "Observations:\n- Vertebral bodies are normal in height, signal intensity and alignment.\n"
        "- L4-5 : Diffuse disc bulge.",
        {("L3-L4", "spondylolisthesis"): "absent", ("L4-L5", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "a level line marked '(-)' is normal",
        "FINDINGS:\nDisc levels:\n L1-2 (-)\n L2-3 (-)\n L3-4 (+) bulging, no canal or foraminal "
        "narrowing",
        {("L1-L2", "canal_stenosis"): "none", ("L2-L3", "disc_bulge"): "absent"},
        [],
    ),
]


SESSION60_ROUND97: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets XN-XQ, XJ-XM
    (
        "a site that shows its own state ('The spinal canal of other levels shows no obvious "
        "stenosis'): the canal's, not the foramina's",
        "MRI lumbar spine.\nL4-L5: central protrusion.\n"
        "The spinal canal of other levels shows no obvious stenosis.",
        {("L2-L3", "canal_stenosis"): "none"},
        [("L2-L3", "foraminal_stenosis_left"), ("L2-L3", "foraminal_stenosis_right")],
    ),
    (
        "'The canal has no significant narrowing': the canal's own state",
        "MRI lumbar spine.\nThe canal has no significant narrowing.",
        {("L3-L4", "canal_stenosis"): "none"},
        [("L3-L4", "foraminal_stenosis_left")],
    ),
    (
        "'unnarrowed' is a normal word ('Intervertebral foramina unnarrowed')",
        "MRI lumbar spine.\nL3/L4 - circumferential bulging of disc, modelling the dural sac. "
        "Intervertebral foramina unnarrowed.",
        {("L3-L4", "foraminal_stenosis_left"): "none", ("L3-L4", "disc_bulge"): "present"},
        [],
    ),
    (
        "a level 'without remark' (singular) is normal",
        "MRI lumbar spine.\nL4-L5 disc bulge.\nL5-S1 without remark.",
        {("L5-S1", "canal_stenosis"): "none", ("L5-S1", "disc_bulge"): "absent"},
        [],
    ),
    (
        "a level heading of 'normal aspect' is normal",
        "MRI lumbar spine.\nTh12-L1, L1-L2 and L2-L3: normal aspect.\nL4-L5: disc herniation.",
        {("T12-L1", "canal_stenosis"): "none", ("L2-L3", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'Unremarkable, age-appropriate.' after a range of levels",
        "MRI lumbar spine.\nL4/5: protrusion.\nL1/2 to L3/4: Unremarkable, age-appropriate.",
        {("L1-L2", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'Vertebral bodies of normal height, aligned.': the alignment normal",
        "MRI lumbar spine.\nRectification of the lumbar lordosis. Vertebral bodies of normal "
        "height, aligned.\nL4-L5: protrusion.",
        {("L3-L4", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "'Straight alignment apart from a grade 1 anterolisthesis L4 on L5'",
        "MRI lumbar spine.\nStraight alignment apart from a grade 1 anterolisthesis L4 on L5 "
        "of about 6 mm, unchanged.",
        {("L4-L5", "spondylolisthesis"): "present", ("L3-L4", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "a site 'at level L1-L3' before its state ('Spinal canal at level L1-L3 of normal width')",
        "MRI lumbar spine.\nSpinal canal at level L1-L3 of normal width.",
        {("L1-L2", "canal_stenosis"): "none", ("L2-L3", "canal_stenosis"): "none"},
        [],
    ),
    (
        "a conclusion 'MR study of the lumbar spine without alterations': a normal study",
        "RM lombo-sagrada.\nDiscs with preserved height and signal.\nNo disc herniations.\n\n"
        "Conclusion: MR study of the lumbar spine without alterations.",
        {("L3-L4", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'Normal MR finding of the lumbar spine.': a normal study",
        "MR LUMBAR SPINE\nFinding:\nIntervertebral discs without protrusions and hernias.\n\n"
        "Conclusion: Normal MR finding of the lumbar spine.",
        {("L2-L3", "disc_bulge"): "absent"},
        [],
    ),
    (
        "a level's 'appearances are normal' ('T12 L1 and L1 L2 appearances are normal.')",
        "MRI LUMBAR SPINE\nFindings:\nT12 L1 and L1 L2 appearances are normal.\nL3 L4 disc bulge.",
        {("T12-L1", "canal_stenosis"): "none", ("L1-L2", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'else 5 S1' (dictated 'L5 S1')",
        "MRI LUMBAR SPINE\nFindings:\nL4 5: disc extrusion.\nelse 5 S1: Mild disc bulge.",
        {("L5-S1", "disc_bulge"): "present"},
        [("L4-L5", "disc_bulge")],
    ),
    (
        "a column 'Canal sten.' (not 'S ten', a level said in words)",
        "Levels (Y = present, N = absent)\n"
        "                    Bulge  Herniation  Canal sten.  L foramen  R foramen\n"
        "L1-L2               N      N           N            N          N\n"
        "L4-L5               Y      N           Y (mild)     Y (mild)   Y (mod)",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "levels 'not covered by the axials but appear normal on the sagittal images'",
        "MRI Lumbar Spine\nFindings:\nL4/5 minor bulge.\n"
        "L1/2 and L2/3 not covered by the axials but appear normal on the sagittal images.",
        {("L1-L2", "canal_stenosis"): "none", ("L2-L3", "disc_bulge"): "absent"},
        [],
    ),
]

SESSION60_ROUND98: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets XR-XU
    (
        "a post whose title tells of the new MRI, then the older one told of, then 'New report "
        "(Nov 2023) says:' and the report quoted: the quoted report is read",
        "Title: Do I need a fusion? New MRI says anterolisthesis\n\n"
        "My MRI from 2018 showed a small protrusion at L4-5. Pain came back so they repeated it. "
        'New report (Nov 2023) says:\n\n"At L5-S1 there is new grade 1 anterolisthesis of L5 on '
        'S1. Moderate bilateral foraminal stenosis. Remaining levels are unremarkable."',
        {
            ("L5-S1", "spondylolisthesis"): "present",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L2-L3", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'No abnormality in alignment.', 'the arrangement of vertebral bodies is normal'",
        "Lumbar MRI\nFindings:\nNo abnormality in alignment.\nL4/5: slight disc bulge.\n\n"
        "Lumbar MRI\nThe physiological curvature of lumbar spine is straightened, the "
        "arrangement of vertebral bodies is normal.",
        {("L2-L3", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "'Spinal canal of other segments has no obvious stenosis.': the canal only",
        "Lumbar Spine MRI\nL4/5 intervertebral disc protrudes to posterior. "
        "Spinal canal of other segments has no obvious stenosis.",
        {("L2-L3", "canal_stenosis"): "none"},
        [("L2-L3", "foraminal_stenosis_left")],
    ),
    (
        "a level's ' / '-parted states ('no herniation / canal free / foramina free'): the "
        "negation ends at the slash",
        "Intervertebral discs:\nL1-L2: hydrated disc / no herniation / canal free / foramina "
        "free.\nL4-L5: dehydrated disc / broad-based protrusion / mild canal stenosis",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L1-L2", "disc_herniation"): "absent",
            ("L4-L5", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "a guard: 'No canal / foraminal stenosis.' and a 'Canal / foramina' column stay one list",
        "MRI lumbar spine.\nNo canal / foraminal stenosis.\n\n"
        "Level  | Finding           | Current\nL3-L4  | Canal / foramina  | Patent",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L2-L3", "foraminal_stenosis_right"): "none",
            ("L3-L4", "canal_stenosis"): "none",
        },
        [],
    ),
]

SESSION60_ROUND99: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets XV-XY, XJ
    (
        "a form's round boxes ('( ) none (x) mild') read as its square ones",
        "MRI LUMBAR SPINE\nL4-L5\n  Disc: ( ) normal (x) bulge ( ) protrusion ( ) extrusion\n"
        "  Canal stenosis: ( ) none (x) mild ( ) moderate ( ) severe\n"
        "  Foraminal stenosis R: (x) none ( ) mild ( ) moderate ( ) severe",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a grid's German sides with their dots ('Neuroforamen re.', 'Neuroforamen li.')",
        "Segment overview:\n\n                   L1/2      L2/3      L3/4\n"
        "Spinal canal       free      free      free\n"
        "Neuroforamen re.   free      free      free\n"
        "Neuroforamen li.   free      free      slight",
        {
            ("L1-L2", "foraminal_stenosis_right"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a legend spelling an abbreviation inside one word ('SA = subarticular')",
        "| Level | Bulge | Canal | SA L | SA R |\n|---|---|---|---|---|\n"
        "| L1-2 | no | nl | nl | nl |\n| L3-4 | yes | mild | mild | nl |\n\n"
        "SA = subarticular, nl = normal.",
        {
            ("L1-L2", "subarticular_stenosis_left"): "none",
            ("L3-L4", "subarticular_stenosis_left"): "mild",
            ("L3-L4", "subarticular_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a spaced table's cells wrapped onto the row's next lines, read whole ('Mild bilateral' "
        "/ 'narrowing'), and a third line not taken for a header",
        "LEVEL    DISC                                THECAL SAC        NEURAL FORAMINA    NERVE"
        "\nL3-L4    Diffuse disc bulge                  Indented          Mild bilateral     Normal\n"
        "                                                               narrowing\n"
        "L4-L5    Diffuse disc bulge with right       Compressed        Moderate right,    Right\n"
        "         paracentral protrusion              (moderate canal   mild left          L5 root\n"
        "                                             stenosis)         narrowing          compressed"
        "\nL5-S1    Posterior central disc herniation   Indented          Mild bilateral     Abutting"
        "\n         (extrusion)                                           narrowing          S1 roots",
        {
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "a level grid whose first cell keeps its colon ('Level:   L3-L4   L4-L5   L5-S1')",
        "Level:                  L3-L4      L4-L5              L5-S1\n"
        "Disc bulging            yes        yes                no\n"
        "Canal stenosis          no         moderate           no",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L5-S1", "disc_bulge"): "absent",
        },
        [],
    ),
    (
        "'Other levels have no pathology.'",
        "LUMBAR MR\nL4-5 posterior bulging and left posterolateral protrusion was observed.\n"
        "Other levels have no pathology.",
        {("L2-L3", "canal_stenosis"): "none", ("L2-L3", "disc_bulge"): "absent"},
        [],
    ),
    (
        "a quoted conclusion in a post ('Conclusion: Normal MRI of the lumbar spine. ...')",
        "Why is my MRI normal when I'm in so much pain??\n\nMy MRI report says:\n\n"
        "'Conclusion: Normal MRI of the lumbar spine. Specifically, no disc herniation or nerve "
        "root compression.'",
        {("L4-L5", "canal_stenosis"): "none", ("L4-L5", "disc_bulge"): "absent"},
        [],
    ),
    (
        "a checklist's leader dots before 'No' after a line naming a level: no finding at it",
        "Structured checklist:\nDisc protrusion .................. Yes - L5-S1, central\n"
        "Spinal canal stenosis ............ No\nModic endplate changes ........... No",
        {
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "disc_herniation"): "present",
            ("L3-L4", "modic"): "none",
        },
        [],
    ),
]

SESSION60_ROUND100: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets XZ-YC, YD-YG
    (
        "alignment 'in order' and 'Good alignment of the lumbar vertebrae'",
        "MR LS spine\nLordosis flattened. Alignment in order.\nL4/5: protrusion.\n\n"
        "IRM du rachis lombaire\nGood alignment of the lumbar vertebrae.",
        {("L2-L3", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "'Previously severe stenosis at L4-L5.' opening its sentence: the earlier state; not "
        "'..., previously severely stenosed' after the site's state now",
        "MRI lumbar spine.\nL4-L5: Central canal is now widely patent, previously severely "
        "stenosed.\nPreviously severe stenosis at L3-L4.",
        {("L4-L5", "canal_stenosis"): "none"},
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "a side's grade after a comma with its own finding and level ('..., severe right "
        "foraminal stenosis L5 S1') is not the levels' before it",
        "MRI LUMBAR SPINE\nFindings:\nModerate bilateral foraminal stenosis L3-4 and L4-5, "
        "severe right foraminal stenosis L5-S1.",
        {
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "severe",
        },
        [],
    ),
    (
        "'none of which causes significant canal or foraminal narrowing'",
        "MRI LUMBAR SPINE\nFindings: There is disc degeneration from L3/4 to L5/S1 with broad "
        "based disc bulges at each of these levels, none of which causes significant canal or "
        "foraminal narrowing.",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L5-S1", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "dictated 'else 5-S1:' (a dash after the mis-heard 'L5')",
        "FINDINGS:\nAlignment: There is 3 mm retro listhesis of L2 on L3 period.\n"
        "L4-L5: Disc bulge.\nelse 5-S1: Mild right and severe left neural foraminal narrowing.",
        {("L5-S1", "foraminal_stenosis_left"): "severe"},
        [("L4-L5", "foraminal_stenosis_left")],
    ),
    (
        "'Displacements of vertebral bodies are not revealed.': no listhesis",
        "MRI OF LUMBOSACRAL SPINE\nAxis of spine is not deviated. Displacements of vertebral "
        "bodies are not revealed.\nDisc L4-L5: protrusion.",
        {("L2-L3", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "'MR-picture of lumbar spine without pathological changes.': a normal study",
        "MRI of lumbosacral spine\nIntervertebral discs of normal height and signal.\n"
        "Conclusion: MR-picture of lumbar spine without pathological changes.",
        {("L3-L4", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'On other levels without pathology.' and a thoracic vertebra in Roman numerals "
        "('ThXII-LI')",
        "MRI OF LUMBAR SPINE\nAt level L4-L5: posterior disc extrusion.\n"
        "On other levels without pathology.\nIntervertebral disc ThXII-LI: without features.",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("T12-L1", "disc_bulge"): "absent",
            ("L4-L5", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "an exported CSV row with a quoted cell holding commas",
        "level,disc,central_stenosis,nf_left,nf_right\nL3-L4,bulge,moderate,mild,none\n"
        'L4-L5,"bulge, left foraminal protrusion",severe,severe,mild',
        {
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "canal_stenosis"): "moderate",
        },
        [],
    ),
    (
        "an 'Endplates' column's 'Normal': no Modic change",
        "MRI lumbar spine\n| Level  | Disc    | Endplates      |\n"
        "| L1-L2  | Normal  | Normal         |\n| L4-L5  | bulge   | Modic 1        |",
        {("L1-L2", "modic"): "none", ("L4-L5", "modic"): "type1"},
        [],
    ),
]

SESSION60_ROUND101: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets YH-YK
    (
        "a vertebra's lesion at an endplate ('Schmorl's node ... of L2') names no disc level the "
        "other levels leave out",
        "Findings:\n- Schmorl's node at inferior end plate of L2.\n"
        "- L3-L4: mild diffuse disc bulging without significant canal or foraminal stenosis.\n"
        "- Other levels are unremarkable.",
        {("L2-L3", "canal_stenosis"): "none", ("L2-L3", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'The rest of the intervertebral discs do not show alterations.'",
        "MRI lumbar spine\nAt L5-S1 level there is a disc bulge. The rest of the intervertebral "
        "discs do not show alterations.",
        {("L2-L3", "disc_bulge"): "absent", ("L5-S1", "disc_bulge"): "present"},
        [],
    ),
    (
        "'Examination within the limits of normality.': a normal study",
        "RM RACHIDE LOMBOSACRALE\nNo discal herniations.\n"
        "Conclusion: Examination within the limits of normality.",
        {("L3-L4", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'L1-L2 to L3-L4: without evident alterations.'",
        "Findings:\nL1-L2 to L3-L4: without evident alterations.\nL4-L5: Mild disc bulge.",
        {("L2-L3", "canal_stenosis"): "none", ("L3-L4", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'Other discs with normal hydration and contour.': no bulge or herniation",
        "MRI lumbar spine\nL3-L4: discrete diffuse disc bulging.\n"
        "Other discs with normal hydration and contour.",
        {("L2-L3", "disc_bulge"): "absent", ("L3-L4", "disc_bulge"): "present"},
        [],
    ),
    (
        "'... is no longer demonstrable' takes back a finding before it",
        "MRI lumbar spine\nL4/L5: The previously described recessus stenosis on the left is no "
        "longer demonstrable.",
        {("L4-L5", "subarticular_stenosis_left"): "none"},
        [],
    ),
    (
        "'pseudospondylolisthesis' (German for degenerative spondylolisthesis)",
        "MRI lumbar spine\nFindings:\nDegenerative pseudospondylolisthesis L4/L5 (Meyerding I), "
        "increased compared to 2020.",
        {("L4-L5", "spondylolisthesis"): "present"},
        [],
    ),
]

SESSION60_ROUND102: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets YP-YS
    (
        "the conus's end at a level names no disc level the rest of the levels leave out",
        "Findings:\nConus medullaris with normal morphology and signal, ending at L1-L2 level.\n"
        "L4-L5: diffuse discal bulging without significant stenosis of the canal or of the "
        "foramina.\nRest of the intervertebral spaces without significant alterations.",
        {("L1-L2", "canal_stenosis"): "none", ("L1-L2", "disc_bulge"): "absent"},
        [],
    ),
    (
        "a side before 'marked' in a cell ('R marked, L moderate')",
        "MRI lumbar spine\nLevel      Disc    Neural foramina\nL2/3       bulge   R marked, L "
        "moderate",
        {
            ("L2-L3", "foraminal_stenosis_right"): "severe",
            ("L2-L3", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "a table's serial-number column before its levels ('S.No   Level   Disc', 'No. | Level')",
        "S.No   Level    Disc                     Thecal sac     Neural foramina\n"
        "1.     L3-4     Mild diffuse bulge       Indented       Patent\n"
        "2.     L4-5     Right paracentral        Compressed     Right mildly narrowed\n\n"
        "No. | Level | Intervertebral disc | Foramina\n1   | L5-S1 | without changes | normal",
        {
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
]


SESSION61_ROUND103: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets YT-ZA
    (
        "'T12-1' is T12-L1 (shorthand after T12)",
        "Findings:\nT12-1: No alteration.\nL1-2: No disc bulge. No stenosis.",
        {("T12-L1", "canal_stenosis"): "none", ("T12-L1", "disc_bulge"): "absent"},
        [],
    ),
    (
        "vertebral osteophytes 'from L2 to L4' name no disc level the other levels leave out",
        "Report:\n2. Vertebral bodies of conserved height, with anterior osteophytes from L2 to L4.\n"
        "4. L3L4: Diffuse discal bulging with mild compromise of both foramina.\n"
        "7. No alterations in the other levels.",
        {("L2-L3", "canal_stenosis"): "none", ("L2-L3", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'Mixed type 1 and 2 change' with no 'Modic' is mixed Modic (the lower type)",
        "Endplates: Sclerotic endplate changes (Modic type 3) at L45. Mixed type 1 and 2 change at "
        "L5/S1 anteriorly.",
        {("L4-L5", "modic"): "type3", ("L5-S1", "modic"): "type1"},
        [],
    ),
    (
        "'without consequence on the canal' (translated): no canal stenosis",
        "Results:\n- L4 L5: hydrated disc, discrete posterior median bulging without consequence on "
        "the canal.",
        {("L4-L5", "canal_stenosis"): "none", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
    (
        "a translated 'Results:' heading is the findings, over a poster's words before it",
        "My MRI shows severe stenosis at L4-5 according to my GP.\nResults:\nL4-L5: mild "
        "narrowing of the canal.",
        {("L4-L5", "canal_stenosis"): "mild"},
        [],
    ),
    (
        "'Rest without particularities.' is the rest of the levels",
        "Findings: Posterior bulging of disc L4-L5.\nRest without particularities.",
        {("L1-L2", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [],
    ),
    (
        "the other side's bare state after a graded side ('narrowed mildly, right free')",
        "Description:\nDisc L4/5 with diffuse bulging. Foramen on left side narrowed mildly, right "
        "free.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a field's state is not sided by the root after it ('foramina: free - left S1 root')",
        "L5/S1: small left paramedian protrusion - canal: free - foramina: free - left S1 root "
        "touched.",
        {
            ("L5-S1", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a list of levels after 'In the' before its normal word ('In the L1-L2, L2-L3 levels -')",
        "Description:\nIn the L5-S1 level - small central disc herniation.\nIn the L1-L2, L2-L3 "
        "levels - without changes.",
        {("L1-L2", "canal_stenosis"): "none", ("L2-L3", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'the sequence of vertebral bodies is continuous' (translated template): aligned",
        "Imaging findings:\nThe physiological curvature of the lumbar spine is straightened, and "
        "the sequence of vertebral bodies is continuous. The L3/4 intervertebral disc bulges.",
        {("L3-L4", "spondylolisthesis"): "absent", ("L5-S1", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "the 'dural tube' is the thecal sac: compressed is canal stenosis",
        "Findings:\nAt L3/4, mild disc bulging, dural tube is slightly compressed.",
        {("L3-L4", "canal_stenosis"): "mild"},
        [],
    ),
    (
        "a graded finding after 'r/o' is a reader's hedge, not a question",
        "Findings:\n- L5-S1: broad based protrusion. r/o mild Lt. foraminal stenosis.",
        {("L5-S1", "foraminal_stenosis_left"): "mild"},
        [],
    ),
    (
        "'Rt.' before a level ends no sentence ('Rt. L4-5 foraminal stenosis')",
        "Findings:\n2. Rt. L4-5 foraminal stenosis, moderate.",
        {("L4-L5", "foraminal_stenosis_right"): "moderate"},
        [("L4-L5", "foraminal_stenosis_left")],
    ),
    (
        "a checklist one option a line: its empty boxes deny where the list ticks one",
        "Level: L3-L4\n[x] Diffuse disc bulge\n[ ] Disc protrusion / extrusion\n[ ] Canal "
        "stenosis\n[ ] Neural foraminal narrowing\n\nLevel: L4-L5\n[x] Right paracentral disc "
        "protrusion\n[x] Right neural foraminal narrowing - moderate\n[ ] Left neural foraminal "
        "narrowing",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "disc_herniation"): "absent",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "a negation after levels named inside a prose paragraph's sentence is the whole spine's",
        "Findings: Normal vertebral alignment, height and marrow signal. Mild degenerative disc "
        "changes at L4/5 and L5/S1 with shallow disc bulges. No disc herniation. No spinal canal "
        "or foraminal stenosis. Conus normal.",
        {("L1-L2", "canal_stenosis"): "none", ("L2-L3", "disc_herniation"): "absent"},
        [("L1-L2", "disc_bulge")],
    ),
    (
        "'... and there is no abnormality at L1/2, L2/3 or L3/4': those levels are normal",
        "Findings: The other lumbar discs are well hydrated and there is no abnormality at L1/2, "
        "L2/3 or L3/4.",
        {("L1-L2", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [],
    ),
    (
        "a German level ('LWK 4/5') between a site and its state; 'Upper segments'",
        "Findings:\nLWK 5/SWK 1: Osteochondrosis without herniation.\nNeuroforamina LWK 4/5 "
        "moderately narrowed bilaterally, right more than left.\nUpper segments without findings.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L2-L3", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'has now completely resolved' after a relative clause of the lesion's course",
        "Findings:\nThe central disc extrusion at L4-L5 seen on 2021-02-11, which had already "
        "decreased on 2021-08-30, has now completely resolved.",
        {("L4-L5", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'improved from prior severe stenosis': the earlier grade is not this study's",
        "Disc levels:\nL4/5: Disc bulge. Residual mild central canal stenosis, improved from prior "
        "severe stenosis.",
        {("L4-L5", "canal_stenosis"): "mild"},
        [],
    ),
    (
        "'Preoperatively the stenosis was severe.' is the earlier study's",
        "Findings:\nThere is now again narrowing of the spinal canal at L4-L5, consistent with "
        "moderate spinal stenosis. Preoperatively the stenosis was severe.",
        {("L4-L5", "canal_stenosis"): "moderate"},
        [],
    ),
    (
        "a relative clause told of an earlier study ('which on the study from 01/2022 caused')",
        "Findings:\nThe left paracentral extruded disc at L4-5, which on the study from 01/2022 "
        "caused severe narrowing of the left lateral recess, has decreased considerably in size. "
        "A small residual protrusion is seen, with mild narrowing of the left lateral recess.",
        {("L4-L5", "subarticular_stenosis_left"): "mild"},
        [],
    ),
]


SESSION61_ROUND104: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZB-ZI
    (
        "a dictated 'else' for the second vertebra's letter ('L4 else 5': L4-L5)",
        "Findings: mild disc bulges at L3 4 and L4 else 5 there is mild bilateral for a minimal "
        "narrowing at L4 else 5 no central stenosis. L5-S1 is normal.",
        {("L4-L5", "disc_bulge"): "present", ("L4-L5", "foraminal_stenosis_left"): "mild"},
        [("L3-L4", "foraminal_stenosis_left")],
    ),
    (
        "a dictated colon after 'Other levels' ('Other levels colon no significant abnormality')",
        "Findings colon\nAt L4 5 there is a tiny left foraminal disc protrusion.\nOther levels "
        "colon no significant abnormality.",
        {("L1-L2", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'Multilevel' before a finding whose levels follow after 'endplate changes at'",
        "FINDINGS:\nMultilevel Modic type 2 endplate changes at L1 2, L2 3 and L3 4.",
        {("L1-L2", "modic"): "type2", ("L3-L4", "modic"): "type2"},
        [],
    ),
    (
        "'the rest of the alignment is conserved' after a listhesis: the other levels aligned",
        "Findings:\nMild degenerative anterolisthesis of L4 on L5 (grade I), the rest of the "
        "alignment is conserved.",
        {("L4-L5", "spondylolisthesis"): "present", ("L2-L3", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "'The remaining intervertebral levels studied have no relevant changes'",
        "Report:\nAt L4-L5 there is a diffuse disc bulging.\nThe remaining intervertebral levels "
        "studied have no relevant changes.",
        {("L1-L2", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'Alignment of the posterior wall is respected' (translated): aligned",
        "Result:\nNormal curvature. Alignment of the posterior wall is respected.\nL4-L5: disc "
        "bulging.",
        {("L4-L5", "spondylolisthesis"): "absent", ("L1-L2", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "'the inferior plate of L4 and superior plate of L5' (translated) face L4-L5",
        "Result:\nL4-L5: disc bulging.\nL5-S1: normal disc. No stenosis.\nModic type 2 of the "
        "inferior plate of L4 and superior plate of L5.",
        {("L4-L5", "modic"): "type2"},
        [("L5-S1", "modic")],
    ),
    (
        "a site's measure before a list's next site ('the canal calibre and of the lateral "
        "recesses')",
        "Report:\nAt L3-L4, a moderate reduction of the canal calibre and of the lateral recesses, "
        "and a mild reduction of the foramina.",
        {
            ("L3-L4", "subarticular_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "a 'protrusive component' is a herniation",
        "Findings: At L5-S1: diffuse disc bulging with a right posterolateral protrusive component "
        "which reduces the right foramen.",
        {("L5-S1", "disc_herniation"): "present"},
        [],
    ),
    (
        "fields parted by ' / ' after a level's prose ('... / canal: slight narrowing / ...')",
        "Results:\nL3-L4 : discopathy with circumferential disc bulge / canal: normal / foramina: "
        "free.\nL4-L5 : right posterolateral disc herniation, subligamentous / canal: slight "
        "narrowing / right foramen: moderate narrowing / left foramen: free.\nL5-S1 : normal disc "
        "/ canal and foramina free.",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L5-S1", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "a grading key of letters or digits is a key, not a statement ('Schizas A = no stenosis')",
        "Findings:\nLevel   AP canal (mm)   Schizas   Foramina (Lee)   Disc\nL3-L4   9              "
        " C         R 1 / L 1        bulging\nL4-L5   8               C         R 2 / L 1        "
        "bulging\nSchizas A = no stenosis, B = moderate, C = severe, D = extreme. Lee 0 = normal, 1 "
        "= mild, 2 = moderate, 3 = severe.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
        },
        [("L1-L2", "canal_stenosis")],
    ),
    (
        "a table's key of two entries in brackets of their own ('(+ present, - absent)')",
        "Findings:\nLEVEL   | BULGE | PROTRUSION/EXTRUSION | CANAL\nL1-L2   |  -    |  -        "
        "           |  0\nL4-L5   |  +    |  -                   |  1\n(+ present, - absent)\n"
        "Grading: 0 = nil, 1 = mild, 2 = moderate, 3 = severe",
        {("L1-L2", "disc_bulge"): "absent", ("L4-L5", "disc_herniation"): "absent"},
        [],
    ),
    (
        "fields parted by ' -- ' ('L1/2 -- Disc: normal -- Canal: normal -- R NF: normal')",
        "Findings:\nL1/2 -- Disc: normal -- Canal: normal -- R NF: normal -- L NF: normal\nL5/S1 "
        "-- Disc: annular fissure, no protrusion -- Canal: normal -- R NF: mild -- L NF: normal",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L1-L2", "foraminal_stenosis_right"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "'SAR' is the subarticular recess ('Mild bilat SAR narrowing')",
        "FINDINGS:\nL4-L5: DB + small central disc protrusion. Mild CCS. Mild bilat SAR narrowing.",
        {("L4-L5", "subarticular_stenosis_left"): "mild"},
        [],
    ),
    (
        "level-less sentences on an operation's line speak of the operated level",
        "Post-operative changes of a left L5/S1 microdiscectomy. There is a small non-enhancing "
        "component which may represent a small recurrent disc fragment. No significant canal "
        "stenosis. Foramina are patent.\nL4/5: mild disc bulge.\nOther levels are normal.",
        {("L5-S1", "disc_herniation"): "present", ("L5-S1", "canal_stenosis"): "none"},
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "'it says the other levels are normal' (a poster's paraphrase); 'correctly aligned'",
        "so i finally got my mri results. l4/l5 has a bulging disc. it says the other levels are "
        "normal. Other vertebrae correctly aligned.",
        {("L1-L2", "canal_stenosis"): "none", ("L2-L3", "spondylolisthesis"): "absent"},
        [],
    ),
]


SESSION61_ROUND105: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZJ-ZM
    (
        "an exported CSV table whose levels are written run together ('L1L2,normal,none')",
        "Indication: Sciatica\nlevel,disc,herniation_type,canal,nf_left,nf_right,lat_recess_left,"
        "lat_recess_right,modic,listhesis\nL1L2,normal,none,none,none,none,none,none,none,none\n"
        "L4L5,bulge,none,mild,mild,mild,none,none,type 2,none",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "modic"): "type2",
        },
        [],
    ),
    (
        "a heading like a ' / ' table's header over a '|' table ('Discs / canal / foramina:')",
        "FINDINGS:\nDiscs / canal / foramina:\n| Level | Disc                     | Canal  | Foramina "
        "                |\n| L1-2  | Normal                   | Patent | Patent                   "
        "|\n| L4-5  | Bulge, endplate spurs    | Mild   | Moderate bilateral       |",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "a spaced table's range of levels with 'thru' ('T12-L1 thru L3-L4   Unremarkable')",
        "FINDINGS: Alignment normal.\nLEVEL               DISC              STENOSIS\nT12-L1 thru "
        "L3-L4   Unremarkable      None\nL4-L5               2 mm bulge        None",
        {("L2-L3", "canal_stenosis"): "none", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
    (
        "a list of endplates ('at both L3/4 endplates and the inferior L4 endplate')",
        "Findings:\nType 2 Modic change is seen at both L3/4 endplates and the inferior L4 endplate.",
        {("L3-L4", "modic"): "type2", ("L4-L5", "modic"): "type2"},
        [],
    ),
    (
        "a column's side in Latin short ('Foramen sin.', 'Foramen dx.')",
        "Findings:\nLevel\tDisc\tSpinal canal\tForamen sin.\tForamen dx.\tComment\nL1-L2\tnormal\t"
        "normal\tnormal\tnormal\t\nL3-L4\tbulge\tmoderate stenosis\tmild\tmild\tadjacent",
        {
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "'protr.' in a cell; 'prolaps' (Nordic spelling); 'alignment without deviations'",
        "Description:\nNormal curvature. Vertebrae alignment without deviations.\nTh12/L1 - L3/L4: "
        "No disc prolaps, no spinal or foraminal stenosis.\nLevel | Disc | Canal\nL5/S1 | small "
        "protr. | nil",
        {
            ("L2-L3", "disc_herniation"): "absent",
            ("L2-L3", "spondylolisthesis"): "absent",
            ("L5-S1", "disc_herniation"): "present",
        },
        [],
    ),
]


SESSION61_ROUND106: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZN-ZQ
    (
        "a comparison headed 'Prior:' or 'Previous examination:' is no finding of this study",
        "Prior: MRI 2016 (external), described an L4/5 protrusion.\nPrevious examination: MR "
        "2016-11-02, which showed a large right-sided L3-L4 disc herniation.\nFindings:\nL4/5: "
        "mild disc bulge.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L4-L5", "disc_herniation"), ("L3-L4", "disc_herniation")],
    ),
    (
        "a dash's key alone in brackets under a table ('(- : no significant finding)')",
        "Findings:\nLevel    Disc        Canal        Foramen\nL3/4     bulging     -            -\n"
        "L4/5     HNP         compressed   narrowing\n(- : no significant finding)",
        {("L4-L5", "disc_herniation"): "present"},
        [("L3-L4", "disc_herniation"), ("L5-S1", "disc_herniation")],
    ),
    (
        "levels listed with a comma between a site and its state ('neuroforamens L4-L5, L5S1')",
        "Findings:\n- Both neuroforamens L4-L5, L5S1 are narrowing",
        {
            ("L4-L5", "foraminal_stenosis_left"): "present",
            ("L5-S1", "foraminal_stenosis_right"): "present",
        },
        [],
    ),
]


SESSION62_ROUND107: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZV-ZY
    (
        "discs and their levels stated normal with no copula ('Discs L1/2 - L3/4 without "
        "pathology')",
        "Findings:\nDiscs L1/2 - L3/4 without pathology.\nL4/5: bulging of the disc.",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L3-L4", "disc_herniation"): "absent",
            ("L4-L5", "disc_bulge"): "present",
        },
        [("L2-L3", "canal_stenosis"), ("L3-L4", "foraminal_stenosis_left")],
    ),
    (
        "'Relations of the vertebrae are not disturbed' is an alignment statement",
        "Findings:\nRelations of the vertebrae are not disturbed.\nLIV-LV: disc protrusion.",
        {("L1-L2", "spondylolisthesis"): "absent", ("L5-S1", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "'no sliding' denies a listhesis",
        "Description:\n- Vertebral bodies: no sliding.\n- Disc L4-L5: bulging posteriorly.",
        {("L2-L3", "spondylolisthesis"): "absent", ("L4-L5", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "'Spondylolysis, L5, bilateral, without spondylolisthesis' denies it at L5-S1 alone",
        "Findings:\n1. L4-5: mild bulging disc.\n2. Spondylolysis, L5, bilateral, without "
        "spondylolisthesis.",
        {("L5-S1", "spondylolisthesis"): "absent"},
        [("L4-L5", "spondylolisthesis"), ("L2-L3", "spondylolisthesis")],
    ),
    (
        "a bracketed sentence opening with 'Earlier' or 'Previously' tells an earlier study",
        "Findings:\nL4-5: Small residual protrusion. No significant spinal canal stenosis. (Earlier "
        "moderate canal stenosis with severe left lateral recess compromise.)\nL3-4: Normal. "
        "(Previously moderate canal stenosis.)",
        {("L4-L5", "canal_stenosis"): "none", ("L3-L4", "canal_stenosis"): "none"},
        [("L4-L5", "subarticular_stenosis_left")],
    ),
    (
        "a negation inside brackets of their own looks back only within them",
        "Findings:\nAt L5/S1 there is a mild disc bulge with no disc protrusion (the small central "
        "protrusion described in 2018 has resolved).",
        {("L5-S1", "disc_bulge"): "present", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "levels listed with 'and at', then a level-less negation on their line: the whole spine",
        "Report:\nNormal alignment.\nMinor disc bulges at L3/4, L4/5 and at the lumbosacral "
        "junction without neural compromise. No disc prolapse.",
        {
            ("L5-S1", "disc_bulge"): "present",
            ("L1-L2", "disc_herniation"): "absent",
            ("L4-L5", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "a field's other side after a full stop ending the line ('... narrowing. Right patent.')",
        "Findings:\nL4-L5:\n  Subarticular zones: Severe right subarticular stenosis, compressing "
        "the traversing right L5 nerve root. Left patent.\n  Neural foramina: Mild left foraminal "
        "narrowing. Right patent.",
        {
            ("L4-L5", "subarticular_stenosis_left"): "none",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a CSV table's rows closing with an empty last cell ('...,normal,normal,')",
        "Findings:\nlevel,disc,thecal sac,left NF,right NF,comments\nL3-L4,diffuse bulge,indented,"
        "normal,normal,\nL5-S1,posterior bulge,normal,mild narrowing,normal,",
        {("L3-L4", "disc_bulge"): "present", ("L5-S1", "foraminal_stenosis_left"): "mild"},
        [("L3-L4", "canal_stenosis"), ("L3-L4", "disc_herniation"), ("L5-S1", "disc_herniation")],
    ),
]

SESSION62_ROUND108: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZ-ZZC
    (
        "Roman levels after 'L.' with a dash ('L.III\u2013IV', 'L.V\u2013S.I')",
        "Lumbar spine MR\nL.III\u2013IV: dorsal circular disc bulging, which narrows the foramina on "
        "both sides slightly.\nL.V\u2013S.I: normal.",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "a site's state 'on all levels' ('Neuroforamens on all levels are free')",
        "Findings:\nOn level L4\u2013L5 is seen medial disc hernia.\nNeuroforamens on all levels "
        "are free.",
        {
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "'Normal MRI of the LS spine' is a whole-study normal",
        "Findings: No disc herniation. No spinal canal stenosis.\n\nImpression: Normal MRI of "
        "the LS spine.",
        {("L2-L3", "disc_bulge"): "absent", ("L4-L5", "disc_bulge"): "absent"},
        [],
    ),
    (
        "dictated run-on levels with spaced numbers ('... are normal at L4 5 there is ...')",
        "Findings: there is a mild levoscoliosis no listhesis the conus is normal L1 2 L2 3 and "
        "L3 4 are normal at L4 5 there is a right posterolateral disc protrusion which narrows "
        "the right exit foramen moderately and contacts the exiting right L4 nerve root the left "
        "foramen and the canal are preserved at L5 S1 there is a small diffuse disc bulge with no "
        "canal or foraminal narrowing",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "absent",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "disc_bulge"): "present",
        },
        [("L4-L5", "disc_bulge"), ("L5-S1", "disc_herniation")],
    ),
    (
        "an exported CSV's column names with underscores ('nf_left', 'lr_right')",
        "Grading legend: 0 = none, 1 = mild, 2 = moderate, 3 = severe.\n\n"
        '"level","bulge","canal","nf_left","nf_right","lr_left","lr_right"\n'
        '"L3-L4","Y","2","1","1","1","1"\n"L4-L5","Y","3","2","2","3","2"',
        {
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "subarticular_stenosis_left"): "severe",
        },
        [],
    ),
    (
        "an 'n/a' cell under a column of both sides says nothing",
        "Findings:\nLevel   | Disc                      | Central canal | Subarticular (L/R) | "
        "Foramen (L/R)\nT12-L1  | Small central protrusion  | Mild          | n/a                "
        "| patent/patent\nL4-L5   | Bulge                     | Mild          | mild/mild          "
        "| moderate/mild",
        {("T12-L1", "canal_stenosis"): "mild", ("L4-L5", "subarticular_stenosis_left"): "mild"},
        [("T12-L1", "subarticular_stenosis_left"), ("T12-L1", "subarticular_stenosis_right")],
    ),
    (
        "a structure's heading over a bullet ('ALIGNMENT' over '- Normal.') is its field",
        "FINDINGS:\n\nALIGNMENT\n- Normal.\n\nDISCS\nL4-L5: mild bulge.",
        {("L1-L2", "spondylolisthesis"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [("L2-L3", "canal_stenosis"), ("L3-L4", "disc_herniation")],
    ),
    (
        "a form's fields after its options, two spaces apart ('[ ] extrusion   Canal: moderate  "
        "Foramina: ...')",
        "DISC LEVELS\nL3-L4:  [ ] normal  [x] bulge  [x] protrusion  [ ] extrusion   Canal: "
        "moderate  Foramina: R mild / L normal",
        {
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
]

SESSION62_ROUND109: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZD-ZZG
    (
        "a comma list after a heading word ('Discs L1-L2, L2-L3:', 'At segments L1-L2, L2-L3 -')",
        "Findings:\nDiscs L1-L2, L2-L3: without pathology.\nAt segments L3-L4, L4-L5 \u2013 "
        "without pathology.\nDisc L5-S1: dorsal diffuse bulging.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "disc_herniation"): "absent",
            ("L5-S1", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a quoted CSV parted by ';' ('\"Level\";\"Disc\";\"Canal\";...')",
        'Findings:\n"Level";"Disc";"Canal";"Foramina";"Notes"\n"L1L2";"normal";"normal";"normal";'
        '""\n"L4L5";"diffuse bulging";"mild stenosis";"bilateral mild stenosis";"facet arthrosis"',
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a form's box labels with no colon ('Disc [x] Bulge  Canal [x] Moderate stenosis')",
        "L3-L4:  Disc [x] Bulge  Canal [x] Moderate stenosis  Foramina [x] Mild bilateral "
        "stenosis\nL4-L5:  Disc [x] Normal  Canal [x] Mild stenosis  Foramina [x] Right moderate "
        "[x] Left mild",
        {
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "a field's sides as labels, each after a full stop ('Right: mild. Left: moderate to "
        "severe.')",
        "Findings:\nL3-L4: Neural foraminal stenosis: Right: none. Left: mild.\nL4-L5: Neural "
        "foraminal stenosis: Right: moderate. Left: moderate to severe.",
        {
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
        },
        [],
    ),
    (
        "'without repercussion over the canal or foramina'",
        "Findings:\nL3-L4: minimal discal bulging without repercussion over the canal or foramina.",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a heading 'At the level of L2-L3 and L3-L4:' is of both levels",
        "Findings:\nAt the level of L2-L3 and L3-L4: small posterior annular bulges, without "
        "significant compromise of the canal or the foramina.",
        {("L2-L3", "disc_bulge"): "present", ("L2-L3", "canal_stenosis"): "none"},
        [],
    ),
    (
        "'Modic 1 to Modic 2 evolution' is the later type",
        "Findings:\nL4-5: bulge.\nModic 1 to Modic 2 evolution of the L5-S1 endplates.",
        {("L5-S1", "modic"): "type2"},
        [],
    ),
]

SESSION62_ROUND110: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZH-ZZK
    (
        "'Straightening of the normal lordosis' under 'Alignment:' says nothing of listhesis",
        "Findings:\nALIGNMENT: Straightening of the normal lordosis.\nL4-L5: mild disc bulge.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L2-L3", "spondylolisthesis"), ("L4-L5", "spondylolisthesis")],
    ),
    (
        "discs 'without remarkable findings' have no bulge or herniation",
        "Findings:\nDisc bulges at L3-L4 and L4-L5.\nL1-L2 and L2-L3 discs are without remarkable "
        "findings.",
        {("L1-L2", "disc_bulge"): "absent", ("L2-L3", "disc_herniation"): "absent"},
        [("L1-L2", "canal_stenosis")],
    ),
]

SESSION62_ROUND111: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZL-ZZO
    (
        "a referrer's question headed in Swedish, German or Dutch ('Fr\u00e5gest\u00e4llning:') is history",
        "MR l\u00e4ndrygg\n\nFr\u00e5gest\u00e4llning: Operated for disc herniation L5-S1 right "
        "2018. Herniation?\n\nUtl\u00e5tande:\nPostoperative changes after right-sided fenestration "
        "L5-S1. No sign of recurrent herniation at this level. Foramina free.",
        {("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
]

SESSION63_ROUND112: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZT-ZZZA
    (
        "a side's capital glued after a site in short names a column ('ForL', 'LRR')",
        "MRI L-SPINE EXPORT\nLevel,Canal,ForL,ForR,LRL,LRR\nL3-L4,none,none,mild,none,none\n"
        "L4-L5,mild,moderate,none,mild,none\n",
        {
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "subarticular_stenosis_left"): "mild",
            ("L4-L5", "subarticular_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a key saying a blank cell is absent ('blank = absent') makes blank cells normal",
        "MRI LUMBAR SPINE\n\nFindings (x = present, blank = absent):\n\n"
        "Level | Bulge | Protrusion | Canal sten.\nL2 L3 |       |            |\n"
        "L3 L4 |   x   |            | x (mild)\n",
        {
            ("L2-L3", "disc_bulge"): "absent",
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "a space-aligned table whose level column is unnamed under a six-space indent, a level "
        "run into the next column by one space, and a side's grade in brackets ('R (mild)')",
        "MRI LUMBAR SPINE\n\n      Disc     Canal   Exit foramina\nL3/4  NAD      NAD     NAD\n"
        "L4/5 bulge     NAD     R (mild)\n\nConclusion: early degeneration.",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [("L4-L5", "foraminal_stenosis_left")],
    ),
    (
        "a current study's column with its sides' note after 'now' ('Foramina now (L/R)')",
        "FINDINGS:\nLevel   | Canal 2019 | Canal now | Foramina now (L/R)\n"
        "L3-L4   | mild       | moderate  | mild / none\n",
        {
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a finding's heading in capitals with no colon over a header of sides, of grades over "
        "checkboxes, and over level lines parted by spaces",
        "LUMBAR SPINE MRI - FORM\n\nCENTRAL CANAL STENOSIS\n             none   mild   mod    sev\n"
        "L3-4         [ ]    [x]    [ ]    [ ]\nL4-5         [ ]    [ ]    [ ]    [x]\n\n"
        "FORAMINAL STENOSIS\n             Left     Right\nL4-5         moderate  none\n\n"
        "DISC HERNIATION (type / zone)\nL4-5         extrusion / central\nL5-S1        none\n",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "none",
            ("L4-L5", "disc_herniation"): "present",
            ("L5-S1", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "an indented line carrying on a level heading's line is of that level",
        "FINDINGS:\nL3-L4: Disc: small bulge.\n       Canal: mild narrowing. Foramina: moderate L, "
        "normal R.\nL4-L5: Mild bulge.",
        {
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "none",
        },
        [("L4-L5", "foraminal_stenosis_right"), ("L1-L2", "foraminal_stenosis_right")],
    ),
    (
        "a key calling '---' no stenosis",
        "FINDINGS:\nLvl    | Canal   | R NF    | L NF\nL3-4   | ---     | mild    | ---\n"
        "L4-5   | mild    | ---     | ---\nLegend: --- = no stenosis\n",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "'--' cells with no key saying what they are say nothing",
        "FINDINGS:\nLEVEL   | DISC          | CANAL     | FORAMINA\nL1-L2   | --            | Patent    "
        "| Patent\nL4-L5   | Mild bulge    | Mild      | Patent\n",
        {("L1-L2", "canal_stenosis"): "none", ("L4-L5", "disc_bulge"): "present"},
        [("L1-L2", "disc_bulge"), ("L1-L2", "disc_herniation")],
    ),
    (
        "'scratch that' between two grades takes back the grade before it only",
        "Findings colon at L4 L5 there is a severe comma scratch that comma moderate canal narrowing "
        "due to a disc bulge full stop the foramina are mildly narrowed full stop",
        {
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "dictation running on into 'the remaining levels are normal'; not after 'and'",
        "MRI lumbar spine new paragraph at L5 S1 there is a small central protrusion the endplates "
        "show type 2 Modic change the remaining levels are normal new paragraph impression colon "
        "small L5 S1 protrusion",
        {
            ("L5-S1", "disc_herniation"): "present",
            ("L5-S1", "modic"): "type2",
            ("L2-L3", "canal_stenosis"): "none",
        },
        [("L2-L3", "modic")],
    ),
    (
        "'X not present' closing its sentence is a negation",
        "Findings: Normal lordosis. Listhesis not present.\nL4-L5: mild bulge.",
        {("L3-L4", "spondylolisthesis"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
    (
        "translated 'conjunction foramina'; a side and site after 'The' opening a 'with' clause",
        "FINDINGS:\nL4-L5: Conjunction foramina with mild narrowing in both sides.\n"
        "L5-S1: The right foramen with moderate stenosis; left foramen conserved.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [("L5-S1", "canal_stenosis")],
    ),
    (
        "a grid of condensed levels ('L34  L45  L5S1') whose first row is 'disc'",
        "Findings:\nDesiccation L34, L45, L5S1.\n\n          L34            L45                        L5S1\n"
        "disc      bulging        left paramedian hernia     bulging + osteophytes\n"
        "canal     normal         mild stenosis              normal\n"
        "NF sx     normal         reduced                    reduced\n\n"
        "Endplates: Modic 2 L45.\n\nConclusion: left paramedian disc herniation L45 with mild canal stenosis.",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
        },
        [("L3-L4", "disc_herniation"), ("L4-L5", "disc_bulge")],
    ),
    (
        "'type 2 at L3/4, none elsewhere' in a Modic field",
        "FINDINGS:\nMild L4/5 bulge. Modic change: type 2 at L3/4, none elsewhere.",
        {("L3-L4", "modic"): "type2", ("L4-L5", "modic"): "none", ("L1-L2", "modic"): "none"},
        [],
    ),
    (
        "'conversion from Modic type 1 to type 2' is type 2",
        "FINDINGS: Small L3/4 bulge. At L3/4 there is conversion from Modic type 1 to type 2 at "
        "the endplates.",
        {("L3-L4", "modic"): "type2"},
        [],
    ),
    (
        "'in the absence of contrast' is no negation",
        "FINDINGS:\nL5-S1: Left laminotomy. Enhancing-looking soft tissue in the left recess, "
        "in the absence of contrast, recurrent disc herniation versus epidural fibrosis.",
        {("L5-S1", "disc_herniation"): "present"},
        [],
    ),
    (
        "'endplates of bodies L4, L5' name the disc between them; 'encroachement' misspelt",
        "FINDINGS:\nChanges of MR signal from endplates of bodies L4, L5 by type Modic 1.\n"
        "Disc bulge at L3-4 with mild bilateral foraminal encroachement.",
        {
            ("L4-L5", "modic"): "type1",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
        },
        [("L5-S1", "modic")],
    ),
    (
        "a quoted term told of ('A \"protrusion\" is a more focal bulge') is no finding",
        "My report says: 'At L5/S1 there is a small left foraminal protrusion.'\n\nSo what does "
        "that mean? The L5/S1 level is simply the disc above the sacrum. A 'protrusion' is a more "
        "focal bulge. The 'foramen' is where the nerve exits.",
        {("L5-S1", "disc_herniation"): "present"},
        [("L5-S1", "disc_bulge")],
    ),
    (
        "a grade said again after 'correction' in dictation ('severe correction moderate')",
        "Findings colon at L3 4 there is severe correction moderate canal stenosis full stop "
        "the foramina are patent full stop",
        {("L3-L4", "canal_stenosis"): "moderate", ("L3-L4", "foraminal_stenosis_left"): "none"},
        [],
    ),
    (
        "a grade after 'is' belongs to its own predicate, not the next site's after the comma",
        "FINDINGS:\nL4-5: Disc bulge. Left foraminal stenosis is moderate, right foraminal stenosis "
        "is mild.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a range of levels stated normal run on after a statement ('... at S2 L1 2 through L3 4 "
        "are normal')",
        "this is an MRI of the lumbar spine at L4 L5 there is a diffuse disc bulge with mild canal "
        "narrowing there is a small cyst at S2 L1 2 through L3 4 are normal",
        {("L4-L5", "disc_bulge"): "present", ("L2-L3", "canal_stenosis"): "none"},
        [],
    ),
    (
        "'may correspond to a protrusion' is no level numbering: the heading's level is carried",
        "Report:\nSlight bulging at L2-L3 and L3-L4, without canal compromise.\nL4-L5: Disc bulging "
        "with a left component that may correspond to a small protrusion. Probable mild narrowing "
        "of left lateral recess.",
        {("L4-L5", "subarticular_stenosis_left"): "mild"},
        [("L2-L3", "subarticular_stenosis_left"), ("L3-L4", "subarticular_stenosis_left")],
    ),
]


SESSION63_ROUND113: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZB-ZZZI
    (
        "unpunctuated dictation: a statement runs on into 'the conus ...' after a state word",
        "MRI lumbar spine findings at L four five there is a diffuse disc bulge causing moderate "
        "canal narrowing at L five S one there is a small central protrusion the foramina at this "
        "level are adequate the remaining levels are normal the conus is normal conclusion "
        "degenerative change at L four five",
        {
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L5-S1", "disc_herniation"): "present",
            ("L2-L3", "disc_bulge"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a side said again after 'sorry' in dictation ('mild left sorry right')",
        "Findings colon at L4 5 there is mild left sorry right foraminal narrowing full stop the "
        "canal is patent full stop",
        {("L4-L5", "foraminal_stenosis_right"): "mild", ("L4-L5", "canal_stenosis"): "none"},
        [("L4-L5", "foraminal_stenosis_left")],
    ),
    (
        "a checklist's box after leader dots: '[ ]' denies, '[X]  grade: mild' grades, '[?]' hedges",
        "SYNOPTIC REPORT\nKey: [X] present  [ ] absent  [?] equivocal\n\nL4-L5\n"
        " Disc bulge ..................... [X]\n"
        " Disc protrusion/extrusion ...... [?]  (right subarticular zone)\n"
        " Canal stenosis ................. [X]  grade: mild\n"
        " Left lateral recess stenosis ... [ ]\n"
        " Right foraminal stenosis ....... [ ]\n",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "subarticular_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a level's numbers joined by a spoken 'hyphen' or 'slash' in dictation ('L2 hyphen 3 colon')",
        "Findings colon Conus ends at L1 slash 2 period new paragraph L2 hyphen 3 colon small right "
        "paracentral protrusion period No canal stenosis period new paragraph L3 hyphen 4 colon "
        "diffuse disc bulge comma mild canal stenosis period",
        {
            ("L2-L3", "disc_herniation"): "present",
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "mild",
        },
        [("L1-L2", "canal_stenosis")],
    ),
]


SESSION64_ROUND114: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZN-ZZZU
    (
        "a table column of both sides with German abbreviations and stops ('Foramen li./re.')",
        "| Segment | Disc | Spinal canal | Recessus li./re. | Foramen li./re. |\n"
        "|---|---|---|---|---|\n"
        "| L3/4 | bulging | wide | narrowed / free | mild / moderate |\n",
        {
            ("L3-L4", "subarticular_stenosis_left"): "present",
            ("L3-L4", "subarticular_stenosis_right"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "a checklist's fields with no colon ('disc bulge yes, herniation no'): 'no' denies its own",
        "L4/L5: disc bulge yes, herniation no, canal stenosis no, foramina mild.",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "absent",
            ("L4-L5", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "levels stated normal 'there' (only on the sagittal images)",
        "L4-5: Slight disc bulge.\nThe L1-L2 and L2-L3 segments are only covered on the sagittal "
        "images and are normal there.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_herniation"): "absent",
            ("L2-L3", "foraminal_stenosis_left"): "none",
        },
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "remaining levels 'unremarkable with normal alignment': the bare-normal set",
        "At L4/5 there is a large central extrusion.\nThe remaining lumbar levels are "
        "unremarkable with normal alignment.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "absent",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "'modick' (Modic heard by speech recognition)",
        "Findings colon at L5 S1 there is a disc bulge period modick type one changes involving "
        "the L5 S1 endplates period",
        {("L5-S1", "modic"): "type1"},
        [],
    ),
    (
        "'Lumbosacral:' heading a line is the L5-S1 level's, not a blanket",
        "L4-5: Mild bulge.\nLumbosacral: No disc herniation. Canal and foramina patent.",
        {
            ("L5-S1", "disc_herniation"): "absent",
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [("L4-L5", "disc_herniation"), ("L3-L4", "canal_stenosis")],
    ),
    (
        "a vertebra's pars defect then 'no slip' after a clause: the slip of that vertebra only",
        "Bilateral L5 spondylolysis, active on the left, without listhesis.\n"
        "Questionable L4 pars defect on the right, no slip.",
        {("L5-S1", "spondylolisthesis"): "absent", ("L4-L5", "spondylolisthesis"): "absent"},
        [("L2-L3", "spondylolisthesis")],
    ),
    (
        "a level spelled 'L4 L5' between a site and its predicate",
        "Intervertebral foramens at L4 L5 level are narrowed on both sides.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "present",
        },
        [],
    ),
    (
        "per-side grades 'at left' and 'at right' (no article)",
        "L5-S1: Diffuse bulging producing moderate foraminal stenosis at left and light at right.",
        {
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a correction's quoted wording that puts in a new grade is the correction's finding",
        "FINDINGS:\nL4-L5: Moderate left neural foraminal stenosis.\nADDENDUM: Correction: in "
        'the findings, "moderate left neural foraminal stenosis" at L4-L5 should read "severe '
        'left neural foraminal stenosis".',
        {("L4-L5", "foraminal_stenosis_left"): "severe"},
        [],
    ),
    (
        "a correction of wording only ('for a minimal' heard) states nothing of its own",
        "FINDINGS:\nL3-4: Mild left neural foraminal stenosis. Right foramen patent.\nADDENDUM: "
        'Dictation error: "neural for a minimal stenosis" at L3-4 should read "neural '
        'foraminal stenosis".',
        {
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "unpunctuated dictation: a heading word ('comment') run on after a state word",
        "MRI lumbar spine findings at L four five there is a left posterolateral disc extrusion "
        "at L five S one there is a small central disc protrusion the foramina are patent the "
        "remaining levels are normal comment large left L four five disc extrusion",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "absent",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a finding 'previously seen, is no longer visible': denied",
        "In comparison with the previous examination, the sequestrated disc fragment at the L4/L5 "
        "level on the left, previously seen, is no longer visible.",
        {("L4-L5", "disc_herniation"): "absent"},
        [],
    ),
]

SESSION64_ROUND115: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZV-ZZZY
    (
        "a grid of level columns whose first header is 'Location', graded on a keyed 0-4 scale",
        "Severity scale: 0 = none, 1 = minimal, 2 = mild, 3 = moderate, 4 = severe.\n\n"
        "| Location              | L2-L3 | L3-L4 | L4-L5 | L5-S1 |\n"
        "|-----------------------|:-----:|:-----:|:-----:|:-----:|\n"
        "| Central canal         | 0     | 1     | 2     | 1     |\n"
        "| Subarticular L / R    | 0 / 0 | 0 / 0 | 3 / 1 | 0 / 0 |\n"
        "| Foraminal L / R       | 0 / 0 | 1 / 1 | 2 / 2 | 3 / 1 |\n",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "subarticular_stenosis_left"): "moderate",
            ("L4-L5", "subarticular_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a key spelling a grid row's abbreviation in its first word ('SA = subarticular recess')",
        "Key: CC = central canal; NF = neural foramen; SA = subarticular recess; nl = normal.\n\n"
        "|        | L3-L4 | L4-L5 | L5-S1 |\n|--------|-------|-------|-------|\n"
        "| CC     | mild | mild-mod | nl |\n| Lt SA  | nl | mod | nl |\n"
        "| Rt SA  | nl | mild | nl |\n",
        {
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "subarticular_stenosis_left"): "moderate",
            ("L4-L5", "subarticular_stenosis_right"): "mild",
            ("L3-L4", "subarticular_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a tab header's 'LT LAT RECESS' is no key spelling 'LT' ('LT FORAMEN' stays the left foramen)",
        "FINDINGS:\nLEVEL\tDISC\tCANAL\tRT FORAMEN\tLT FORAMEN\tRT LAT RECESS\tLT LAT RECESS\n"
        "L3/4\tbulge\tmild\tmild\tmild\tmild\tnl\n"
        "L4/5\tR subart extrusion\tmod\tmild\tmild\tsev\tmild\n",
        {
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "subarticular_stenosis_left"): "mild",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
        },
        [],
    ),
    (
        "a field's 'bilaterally' then a bracket of per-side grades: each side its own",
        "L5-S1: Foramina: reduced bilaterally (moderate on the right, mild on the left).",
        {
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "a field's side before a comma and a bare grade ('reduced on the left, moderate')",
        "L5-S1: Foramina: reduced on the left, moderate.",
        {("L5-S1", "foraminal_stenosis_left"): "moderate"},
        [("L5-S1", "foraminal_stenosis_right")],
    ),
    (
        "dictation with no stops at all: each level opens its own statement",
        "mri lumbar spine without contrast history back pain findings vertebral body heights and "
        "alignment are normal no marrow edema L1-2 through L3-4 no significant abnormality L4-5 "
        "mild disc bulge with a small right foraminal protrusion mild right foraminal narrowing "
        "left foramen patent no central canal stenosis L5-S1 questionable tiny annular fissure no "
        "herniation canal and foramina patent",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "absent",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L5-S1", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "a level taken back by a bare 'correction' in dictation ('L3 on L4 correction L2 on L3')",
        "There is grade 1 retrolisthesis of L3 on L4 correction L2 on L3.\n"
        "at L3-4 correction L4-5 there is a small central protrusion.",
        {("L2-L3", "spondylolisthesis"): "present", ("L4-L5", "disc_herniation"): "present"},
        [("L3-L4", "spondylolisthesis"), ("L3-L4", "disc_herniation")],
    ),
    (
        "'the other disc stages are normal' (French 'etages'): the remaining levels",
        "L4-L5: posterolateral left disc hernia.\nL5-S1: median discal protrusion.\n"
        "The other disc stages are normal.",
        {("L1-L2", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [("L4-L5", "disc_bulge")],
    ),
]

SESSION64_ROUND116: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZZ-ZZZZC
    (
        "a space-aligned table of filled and empty squares under a key ('\u25a0 = present, \u25a1 = absent')",
        "Disc level analysis:\n"
        "         Bulging  HIVD   CCS        NFS (Rt/Lt)\n"
        "L1-2       \u25a1       \u25a1     none       none/none\n"
        "L2-3       \u25a0       \u25a1     none       none/none\n"
        "L4-5       \u25a0       \u25a0     severe     moderate/moderate\n"
        "(\u25a0 = present, \u25a1 = absent; CCS central canal stenosis, NFS neural foraminal "
        "stenosis)\n",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L1-L2", "disc_herniation"): "absent",
            ("L2-L3", "disc_bulge"): "present",
            ("L2-L3", "disc_herniation"): "absent",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "severe",
        },
        [],
    ),
    (
        "a form's label, leader dots and several boxes ('[ ] None [x] Mild'): the ticked option",
        "L3-L4\n"
        "  Disc bulge ........ [x] Yes [ ] No\n"
        "  Herniation ........ [ ] Yes [x] No\n"
        "  Central canal ..... [ ] None [ ] Mild [x] Moderate [ ] Severe\n"
        "  Subarticular R/L .. Moderate / Moderate\n"
        "  Foramen R ......... [ ] None [x] Mild [ ] Moderate [ ] Severe\n"
        "  Foramen L ......... [x] None [ ] Mild [ ] Moderate [ ] Severe\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "disc_herniation"): "absent",
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L3-L4", "subarticular_stenosis_right"): "moderate",
            ("L3-L4", "subarticular_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "'unlisted lumbar levels are normal' before the listed ones: the levels named nowhere",
        "LEVELS (only abnormal levels listed; unlisted lumbar levels are normal)\n"
        "L3-L4: Mild disc bulge.\nL4-L5: Right foraminal protrusion.\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_herniation"): "absent",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [("L3-L4", "canal_stenosis"), ("L4-L5", "disc_bulge")],
    ),
    (
        "the other side's grade after 'and' ('moderate right recess stenosis and mild on the left')",
        "L5-S1: protrusion producing moderate right lateral recess stenosis and mild on the left.",
        {
            ("L5-S1", "subarticular_stenosis_right"): "moderate",
            ("L5-S1", "subarticular_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "dictation with no stops: a heading run on after a statement ('... stenosis impression ...')",
        "mri lumbar spine findings alignment is normal the conus is normal L4 L5 there is a "
        "moderate disk bulge resulting in moderate central canal stenosis L5 S1 there is a small "
        "disk bulge no canal or foraminal stenosis impression multilevel lumbar spondylosis most "
        "pronounced at L4 L5",
        {
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L5-S1", "disc_bulge"): "present",
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "'L for' heard for L4 before its slip or endplate, 'L to three' for L2-3",
        "FINDINGS:\nAlignment: There is a grade 1 anterolisthesis of L for on L5 measuring 5 mm.\n"
        "Vertebrae: Modic type 2 changes along the inferior L for endplate.\n"
        "L to three: No disk bulge.\n",
        {
            ("L4-L5", "spondylolisthesis"): "present",
            ("L4-L5", "modic"): "type2",
            ("L2-L3", "disc_bulge"): "absent",
        },
        [("L5-S1", "disc_bulge")],
    ),
]

SESSION64_ROUND117: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZZD-ZZZZG
    (
        "'Remainder unchanged and unremarkable' after the levels described",
        "Findings: Residual mild disc bulge at L4-5 without canal stenosis. L5S1 unchanged mild "
        "left foraminal narrowing. Remainder unchanged and unremarkable.",
        {("L1-L2", "canal_stenosis"): "none", ("L3-L4", "disc_herniation"): "absent"},
        [("L5-S1", "canal_stenosis")],
    ),
    (
        "a table whose level column is named 'Intervertebral disc' (no edge pipes)",
        "Intervertebral disc | Signal (T2WI) | Bulge/herniation | Foramen L | Foramen R\n"
        "L2/3 | normal | none | normal | normal\n"
        "L4/5 | decreased | bulging | narrowed, severe | narrowed, moderate-severe\n",
        {
            ("L2-L3", "disc_herniation"): "absent",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "severe",
        },
        [],
    ),
    (
        "a table whose level column is named 'Space'",
        "Space   | Disc profile                 | Canal            | Foramina (R / L)\n"
        "L3-L4   | regular                      | regular          | free / free\n"
        "L4-L5   | circumferential bulging      | slight reduction | slight / free\n",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
]

SESSION65_ROUND118: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZZL-ZZZZO
    (
        "an 'Abbreviations:' line naming a column whose letters do not spell its words",
        "Abbreviations: SC = spinal canal, RR = recessus lateralis (lateral recess), "
        "NF = neuroforamen.\n\nFindings:\n"
        "Level | SC       | RR re / li      | NF re / li\n"
        "L4/5  | moderate | free / narrowed | slight / moderate\n",
        {
            ("L4-L5", "subarticular_stenosis_right"): "none",
            ("L4-L5", "subarticular_stenosis_left"): "present",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "a spaced table of sides alone under a heading naming the site",
        "Findings:\nL4-L5: diffuse disc bulging.\n\nNeural foramina:\n"
        "Level    Right        Left\n"
        "L3-L4    free         free\n"
        "L4-L5    free         slightly reduced\n\nFacet joints with arthrosis.",
        {
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a spaced checkbox table whose row ticks a bare box beside a box with its note",
        "Disc level   Bulging   Protrusion/Extrusion        Canal            Foramina\n"
        "L3-L4        [x]       [ ]                         normal           normal\n"
        "L4-L5        [x]       [x] central protrusion      reduced (mild)   normal\n",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "present",
            ("L3-L4", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "a root's side carried to the recess it is compressed in, with no verb 'is'",
        "FINDINGS: L5-S1: Left S1 root compressed in lateral recess.",
        {("L5-S1", "subarticular_stenosis_left"): "present"},
        [("L5-S1", "subarticular_stenosis_right")],
    ),
    (
        "a negation's scope ends at ', and a 4 mm' (a measured finding)",
        "Imaging: MRI reportedly revealed L3-L4 and L4-L5 disc bulges of 2-3 mm without "
        "significant canal or foraminal stenosis, and a 4 mm left paracentral disc protrusion at "
        "L5-S1 contacting the left S1 nerve root.",
        {("L5-S1", "disc_herniation"): "present", ("L4-L5", "canal_stenosis"): "none"},
        [],
    ),
    (
        "a reply heading alone on its line over another person's own MRI ('Mine said ...')",
        "my mri impression: mild central canal stenosis at l4-5. how bad is this??\n\n---\n"
        "Reply from backpainveteran:\n"
        "Not a doctor, but that is mild. Mine said 'severe stenosis at L3-4' and I avoided "
        "surgery.\n",
        {("L4-L5", "canal_stenosis"): "mild"},
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "'The vertebrae are in line' as alignment",
        "Findings:\nFive lumbar type vertebrae. The vertebrae are in line.\n"
        "L4-L5: small disc bulge.",
        {("L2-L3", "spondylolisthesis"): "absent", ("L4-L5", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "'correct' as a level's normal word ('L1-L2, L2-L3: correct.')",
        "Description:\nL4-L5: disc bulging.\nL1-L2, L2-L3: correct.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L2-L3", "foraminal_stenosis_left"): "none",
        },
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "'otherwise without changes' after a level's finding outside the schema",
        "Description:\nL4-L5: disc bulging.\nTh12-L1: small Schmorl node, otherwise without "
        "changes.",
        {("T12-L1", "canal_stenosis"): "none", ("T12-L1", "disc_herniation"): "absent"},
        [],
    ),
]

SESSION65_ROUND119: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZZP-ZZZZS
    (
        "levels dictated as 'el four el five' and 'el five s one' in text with no stops",
        "mri lumbar spine\nfindings\nel four el five there is a left paracentral disc extrusion "
        "there is moderate central canal stenosis\nel five s one broad based disc bulge\n",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L5-S1", "disc_bulge"): "present",
        },
        [("L1-L2", "disc_bulge")],
    ),
    (
        "a dictated level's numbers joined by a spoken 'dash' ('L four dash five colon')",
        "FINDINGS colon there are five lumbar type vertebral bodies period\n"
        "L three four colon minimal disc bulge period\n"
        "L four dash five colon disc bulge resulting in moderate central canal stenosis period\n",
        {("L4-L5", "disc_bulge"): "present", ("L4-L5", "canal_stenosis"): "moderate"},
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "a dash's key in brackets with no space before its colon ('(-: no stenosis)') is no "
        "statement",
        "Findings:\nDiffuse disc bulging at L4-5 with moderate central canal stenosis.\n"
        "  (-: no stenosis)\n",
        {("L4-L5", "canal_stenosis"): "moderate"},
        [("L1-L2", "canal_stenosis"), ("L2-L3", "foraminal_stenosis_left")],
    ),
    (
        "a Greek capital Tau in 'The other levels are normal' (a keyboard's layout switched)",
        "Findings: L4/L5 disc bulge with mild narrowing of both neural foramina. "
        "\u03a4he other levels are normal.",
        {("L2-L3", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [],
    ),
    (
        "a key's grades in Roman numerals with a degree sign ('I\u00b0 - mild') and its side "
        "letter ('P - right')",
        "Level\tDisc\tSpinal canal\tForamen L\tForamen P\n"
        "L3/L4\tbulging\tN\tI\u00b0\tI\u00b0\n"
        "L5/S1\tbulging\tN\tN\tIII\u00b0\n\n"
        "Key: - no abnormality; N - normal; I\u00b0 - mild; II\u00b0 - moderate; III\u00b0 - "
        "severe; L - left, P - right.\n",
        {
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "severe",
        },
        [],
    ),
    (
        "a cross with a note in brackets ('\u2717 (fibrosis)') under a finding's column",
        "| Level | Bulge | Herniation | Canal |\n|---|---|---|---|\n"
        "| L4/5 | \u2713 | \u2717 (fibrosis) | normal |\n\n\u2713 present   \u2717 absent\n",
        {("L4-L5", "disc_bulge"): "present", ("L4-L5", "disc_herniation"): "absent"},
        [],
    ),
]

SESSION65_ROUND120: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZZT-ZZZZW
    (
        "levels dictated as 'Lumbar three four' and 'lumbar five sacral one'",
        "Findings colon Normal lumbar lordosis full stop\n"
        "Lumbar three four colon mild diffuse disc bulge full stop\n"
        "Lumbar five sacral one colon central disc extrusion full stop\n",
        {("L3-L4", "disc_bulge"): "present", ("L5-S1", "disc_herniation"): "present"},
        [("L4-L5", "disc_bulge")],
    ),
    (
        "'the other lumbar levels are normal' run on before 'the vertebral alignment' (no stops)",
        "mri lumbosacral spine findings there is a moderate broad based disc bulge at lumbar four "
        "five which results in severe spinal canal stenosis there is mild left foraminal "
        "narrowing the other lumbar levels are normal the vertebral alignment is normal "
        "conclusion severe spinal canal stenosis at lumbar four five",
        {
            ("L4-L5", "canal_stenosis"): "severe",
            ("L2-L3", "disc_bulge"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a grid of level columns whose rows end in bare checkboxes",
        "Disc level assessment ([x] = present, [ ] = not present):\n\n"
        "                          L3-4   L4-5   L5-S1\n"
        "Diffuse bulge             [x]    [x]    [ ]\n"
        "Protrusion                [ ]    [x]    [x]\n"
        "Canal narrowing           [ ]    [x]    [ ]\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "disc_herniation"): "absent",
            ("L4-L5", "disc_herniation"): "present",
            ("L5-S1", "disc_bulge"): "absent",
        },
        [],
    ),
    (
        "a dash key of two dashes under a table ('(-- = no bulge or herniation)')",
        "Level   Disc                                Canal   Rt NF   Lt NF\n"
        "L1-2    --                                  0       0       0\n"
        "L4-5    Postero-central protrusion          II      I       I\n"
        "(-- = no bulge or herniation)\n",
        {("L1-L2", "disc_bulge"): "absent", ("L4-L5", "disc_herniation"): "present"},
        [("L4-L5", "disc_bulge"), ("L5-S1", "disc_bulge")],
    ),
    (
        "a quoted cell's key in brackets is no statement ('(Disc \"none\" = no bulge ...)')",
        "- Discs and canal:\n\n"
        "                  L2-L3     L3-L4     L4-L5\n"
        " Disc             none      bulging   bulging\n"
        " Central canal    normal    mild      moderate\n"
        ' (Disc "none" = no bulge or herniation)\n',
        {("L2-L3", "disc_bulge"): "absent", ("L3-L4", "disc_bulge"): "present"},
        [("L3-L4", "disc_herniation"), ("L5-S1", "disc_bulge")],
    ),
    (
        "three levels parted by ' / ' heading their statement",
        "DISC LEVELS:\nT12-L1 / L1-L2 / L2-L3: No disc bulge or protrusion. No canal or foraminal "
        "stenosis.\nL4-L5: Broad-based bulge.\n",
        {
            ("T12-L1", "disc_bulge"): "absent",
            ("L1-L2", "disc_herniation"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'Discs L1-L2 to L3-L4 without pathological changes' (the discs' findings only)",
        "Findings:\nL4-L5: right paramedian disc hernia.\n"
        "Discs L1-L2 to L3-L4 without pathological changes.",
        {("L1-L2", "disc_bulge"): "absent", ("L3-L4", "disc_herniation"): "absent"},
        [("L2-L3", "canal_stenosis")],
    ),
    (
        "'Vertebrae are positioned correctly, no displacement' as alignment",
        "Physiological lordosis is preserved. Vertebrae are positioned correctly, no "
        "displacement.\nL4-L5: posterior central extrusion.",
        {("L2-L3", "spondylolisthesis"): "absent", ("L4-L5", "spondylolisthesis"): "absent"},
        [],
    ),
]

SESSION65_ROUND121: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZZX-ZZZZZA
    (
        "shorthand 'DP' and 'DE' in prose after a word in lower case",
        "ABBREVIATIONS: DB = disc bulge; DP = disc protrusion; DE = disc extrusion.\n\n"
        "FINDINGS:\nL4-L5: DB with R subarticular DP. Mild CCS.\n"
        "L5-S1: Small central DE with slight inferior migration.\n",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "present",
            ("L5-S1", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "'DE' in a heading in capitals is no extrusion ('CENTRO DE DIAGNOSTICO')",
        "CENTRO DE DIAGNOSTICO POR IMAGEN\nFindings: L4-L5: mild disc bulge.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L4-L5", "disc_herniation")],
    ),
    (
        "a legend's words with a bracket holding a slash ('DH = disc herniation "
        "(protrusion/extrusion)') naming a column",
        "Grading key: 0 = none, 1 = mild, 2 = moderate, 3 = severe. DB = disc bulge, DH = disc "
        "herniation (protrusion/extrusion).\n\n"
        "Level   | DB | DH | Canal\n"
        "L1-L2   | -  | -  | 0\n"
        "L4-L5   | +  | +  | 2\n\n(+ present, - absent)\n",
        {
            ("L1-L2", "disc_herniation"): "absent",
            ("L1-L2", "disc_bulge"): "absent",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "moderate",
        },
        [],
    ),
    (
        "a quoted dash's key in brackets ('(\"-\" = no disc bulge or herniation)')",
        "  Level   | Disc                      | Canal\n"
        "  --------|---------------------------|--------\n"
        "  L1-L2   | -                         | Normal\n"
        "  L4-L5   | Left foraminal extrusion  | Mild\n"
        '  ("-" = no disc bulge or herniation)\n',
        {("L1-L2", "disc_bulge"): "absent", ("L1-L2", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a case-sensitive side letter still read in a text all in lower case ('l nf patent')",
        "mri lumbar spine. l4-5: mild to mod r nf narrowing. l nf patent.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
]

SESSION66_ROUND122: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZZZF-ZZZZZI
    (
        "'scratch that' after a comma takes back from the word of its kind said next, not the "
        "clause ('mild left ..., scratch that, mild right ...')",
        "L3-L4: Mild disc bulge and facet arthropathy with mild left neural foraminal stenosis, "
        "scratch that, mild right neural foraminal stenosis. No spinal canal stenosis.",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "canal_stenosis"): "none",
        },
        [("L3-L4", "foraminal_stenosis_left")],
    ),
    (
        "a spoken 'comma scratch that comma' between two grades of one clause",
        "FINDINGS colon new paragraph L4 L5 colon diffuse disc bulge with a left foraminal disc "
        "protrusion causing severe left neural foraminal stenosis comma scratch that comma "
        "moderate left neural foraminal stenosis period the right neural foramen is mildly "
        "narrowed period",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "'delete that' with no comma, the grade said again a word on ('severe canal stenosis "
        "delete that with moderate canal stenosis')",
        "Findings: At L3 4 there is a circumferential bulge and facet hypertrophy with severe "
        "canal stenosis delete that with moderate canal stenosis and mild narrowing of both "
        "lateral recesses.",
        {("L3-L4", "canal_stenosis"): "moderate", ("L3-L4", "disc_bulge"): "present"},
        [],
    ),
    (
        "a grading key's entries with the words of another language after a slash ('1 = mild / "
        "leichtgradig')",
        "Findings:\nSegmental analysis (grading key: 0 = none, 1 = mild / leichtgradig, 2 = "
        "moderate / mittelgradig, 3 = severe / hochgradig; li = left, re = right):\n\n"
        "Segment | Disc | Spinal canal | Recess li | Recess re | Neuroforamen li | Neuroforamen re\n"
        "L4/5    | right mediolateral extrusion | 2 | 1 | 3 | 1 | 2\n",
        {
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "a Roman numeral after a key's slash is its next entry ('II moderate / III severe')",
        "Findings:\nDisc level table (stenosis graded 0 none / I mild / II moderate / III severe):"
        "\n\nLevel   Disc                              Canal   Rt NF   Lt NF\n"
        "L4-5    Postero-central protrusion        II      I       I\n"
        "L5-S1   Right postero-lateral extrusion   I       III     I\n",
        {
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "severe",
        },
        [],
    ),
    (
        "a key calling an empty box absent: a form's line with no box ticked says no finding",
        "FINDINGS:\nLEVEL-WISE ASSESSMENT ( [x] = present, [ ] = absent ):\n\n"
        "L3-L4:  [ ] Bulge  [ ] Protrusion  [ ] Extrusion   Canal: Normal\n"
        "L4-L5:  [x] Bulge  [x] Protrusion (posterocentral)  [ ] Extrusion\n",
        {
            ("L3-L4", "disc_bulge"): "absent",
            ("L3-L4", "disc_herniation"): "absent",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "a narrowing stated insignificant after it, back to the comma ('narrowing of left "
        "intervertebral foramen is insignificant')",
        "Segment L5-S1: posterior circular protrusion 2 mm, left foraminal component, narrowing "
        "of left intervertebral foramen is insignificant.",
        {("L5-S1", "disc_herniation"): "present", ("L5-S1", "foraminal_stenosis_left"): "none"},
        [],
    ),
    (
        "'insignificant' before a narrowing and 'is not significant' after one read none",
        "L4-5: insignificant narrowing of the left foramen. L5-S1: narrowing of the right "
        "foramen is not significant.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "'discrete' narrowing (translated 'discreta'): mild",
        "L4-5: discal bulging with discrete narrowing of the right foramen.",
        {("L4-L5", "foraminal_stenosis_right"): "mild", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
    (
        "'spinal canal with normal diameters' (plural measure): canal none",
        "L3-L4: diffuse discal bulging, with slight bilateral foraminal stenosis; spinal canal "
        "with normal diameters.",
        {("L3-L4", "canal_stenosis"): "none", ("L3-L4", "foraminal_stenosis_left"): "mild"},
        [],
    ),
    (
        "shorthand 'Canal decompressed' after surgery: canal none",
        "L4/L5: Broad-based disc bulge, unchanged. Canal decompressed and widely patent. Left "
        "foramen mildly narrowed.",
        {("L4-L5", "canal_stenosis"): "none", ("L4-L5", "foraminal_stenosis_left"): "mild"},
        [],
    ),
    (
        "a finding an earlier read placed in error ('was erroneously described at L3-L4') is "
        "not stated there",
        "Findings: L4-L5: recurrent protrusion.\nAddendum: In the original report the recurrent "
        "protrusion was erroneously described at L3-L4.",
        {("L4-L5", "disc_herniation"): "present"},
        [("L3-L4", "disc_herniation")],
    ),
]

SESSION66_ROUND123: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZZZJ-ZZZZZM
    (
        "a legend in another language, the English in brackets ('Legenda: ... 1 = licht "
        "(mild)', 'n = normaal (normal, no bulge or herniation)'), over 'Niveau' / 'Discus'",
        "FINDINGS\n| Niveau | Discus | Canalis centralis | Foramen L | Foramen R |\n"
        "|---|---|---|---|---|\n| L1-L2 | n | 0 | 0 | 0 |\n| L3-L4 | B | 1 | 1 | 0 |\n"
        "| L4-L5 | P | 2 | 1 | 1 |\n\nLegenda: Discus: n = normaal (normal, no bulge or "
        "herniation), B = bulging (uitpuiling), P = protrusie (protrusion). Stenose: 0 = geen "
        "(none), 1 = licht (mild), 2 = matig (moderate), 3 = ernstig (severe).\n",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "moderate",
        },
        [("L2-L3", "disc_bulge"), ("L3-L4", "disc_herniation")],
    ),
    (
        "a legend's words of another language read in the table's cells and column names "
        "('hafif: mild; orta: moderate. Sağ = right, Sol = left'; 'Kanal')",
        "Bulgular:\nSeviye\tDisk\tKanal\tSağ for.\tSol for.\nL34\tbulging\tN\tN\tN\n"
        "L45\tbulging\thafif\thafif\thafif\nL5S1\tprotrüzyon (sol)\tN\tN\torta\n"
        "N: normal / darlık yok (no narrowing); hafif: mild; orta: moderate. Sağ = right, Sol "
        "= left.\n",
        {
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "none",
            ("L3-L4", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a Czech table: 'Etáž' levels, 'OK' cells, a legend's 'lehká = mild; vpravo = right'",
        "Popis / Findings:\n| Etáž  | Disk     | Centrální kanál | Foramina               |\n"
        "|-------|----------|-----------------|------------------------|\n"
        "| L1/2  | OK       | OK              | OK                     |\n"
        "| L3/4  | bulging  | lehká stenóza   | vlevo lehká, vpravo OK |\n\n"
        "Legenda: OK = bez patologie (no abnormality); lehká = mild; středně těžká = moderate; "
        "vlevo = left; vpravo = right.\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L3-L4", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a grid's rows named in Swedish with the English in brackets ('Diskbuktning (bulge)'), "
        "'Central stenos', and a dash keyed '\"-\" = ej bedömt (not assessed)'",
        "Fynd / Findings:\nGrad: 0 = ingen (none), 1 = lätt (mild), 2 = måttlig (moderate), 3 = "
        'uttalad (severe). "-" = ej bedömt (not assessed).\n\n'
        "                         L2-L3  L3-L4  L4-L5\n"
        "Diskbuktning (bulge)      1      1      0\n"
        "Central stenos            1      3      2\n"
        "Recessus sin              -      3      2\n",
        {
            ("L2-L3", "disc_bulge"): "present",
            ("L4-L5", "disc_bulge"): "absent",
            ("L2-L3", "canal_stenosis"): "mild",
            ("L3-L4", "canal_stenosis"): "severe",
            ("L3-L4", "subarticular_stenosis_left"): "severe",
        },
        [("L2-L3", "subarticular_stenosis_left")],
    ),
    (
        "a key's code 'u.a.' ('utan anmärkning (unremarkable)')",
        "Fynd:\n          L1-L2  L2-L3  L3-L4\nDisk      u.a.   u.a.   u.a.\n"
        "Kanal     u.a.   u.a.   u.a.\nForamina  u.a.   u.a.   u.a.\n"
        "u.a. = utan anmärkning (unremarkable)\n",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a quiz's lettered options after its question are no statements",
        "What is the most likely diagnosis?\nA) Modic type 1 change at L4-5\nB) Far lateral "
        "disc extrusion at L4-L5\nC) Facet synovial cyst\n\nAnswer: B. The far lateral disc "
        "extrusion at L4-L5 narrows the left neural foramen.",
        {("L4-L5", "disc_herniation"): "present"},
        [("L4-L5", "modic")],
    ),
    (
        "a lettered impression list with no question before it is read",
        "IMPRESSION:\nA) L4-5 disc herniation.\nB) Mild canal stenosis at L3-4.",
        {("L4-L5", "disc_herniation"): "present", ("L3-L4", "canal_stenosis"): "mild"},
        [],
    ),
    (
        "', sorry that should read' replaces the grade and side before it",
        "Findings: L4-5: Mild left foraminal narrowing, sorry that should read mild right "
        "foraminal narrowing.",
        {("L4-L5", "foraminal_stenosis_right"): "mild"},
        [("L4-L5", "foraminal_stenosis_left")],
    ),
    (
        "a slip's two vertebrae replaced ('of L4 on L5 comma sorry that should read L5 on S1')",
        "Findings colon there is grade one anterolisthesis of L4 on L5 comma sorry that should "
        "read L5 on S1 period L4 L5 colon mild disc bulge period",
        {("L5-S1", "spondylolisthesis"): "present", ("L4-L5", "disc_bulge"): "present"},
        [("L4-L5", "spondylolisthesis")],
    ),
    (
        "a sentence of its own replacing the level of the one before ('Sorry that should read L "
        "three four.')",
        "MRI L spine\nThere is a large central disc extrusion at L four five with severe canal "
        "stenosis. Sorry that should read L three four. The remaining levels show no "
        "significant canal stenosis.",
        {
            ("L3-L4", "disc_herniation"): "present",
            ("L3-L4", "canal_stenosis"): "severe",
            ("L4-L5", "canal_stenosis"): "none",
        },
        [("L4-L5", "disc_herniation")],
    ),
    (
        "'Sorry, correction, that is at L3/L4.' after a line's full stop",
        "FINDINGS:\nAt L2/L3 there is marked narrowing of the spinal canal from a disc bulge.\n"
        "Sorry, correction, that is at L3/L4. L2/L3 is normal.",
        {
            ("L3-L4", "canal_stenosis"): "severe",
            ("L3-L4", "disc_bulge"): "present",
            ("L2-L3", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'Sorry for the long post.' opening a sentence replaces nothing",
        "Hi all. Sorry for the long post. L4-5: mild bulge.",
        {("L4-L5", "disc_bulge"): "present"},
        [],
    ),
]

SESSION66_ROUND124: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZZZN-ZZZZZQ
    (
        "a list's heading with its side columns on its line ('Foraminal stenosis   Left   "
        "Right'), and the next heading's line no statement at the level before it",
        "FINDINGS:\nForaminal stenosis            Left    Right\n"
        "  L3/L4                       0       0\n  L4/L5                       2       1\n"
        "  L5/S1                       1       0\nLateral recess stenosis       Left    Right\n"
        "  L4/L5                       [x]     [x]\n\n(key: 0 = none, 1 = mild, 2 = moderate, "
        "3 = severe)\n",
        {
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "subarticular_stenosis_left"): "present",
        },
        [("L5-S1", "subarticular_stenosis_left")],
    ),
    (
        "a grading key's line with its entries in brackets ('Grading (central canal: Schizas A = "
        "no stenosis, ...)') is no statement; Schizas' letters read in the canal's row",
        "Findings:\nGrading (central canal: Schizas A = no stenosis, B = moderate, C = severe; "
        "foramina: Lee 0 = normal, 1 = mild)\n              L1/2   L3/4   L4/5\n"
        "Canal          A      A     B\nForamen L      0      0     1\n",
        {
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [("L2-L3", "canal_stenosis"), ("L5-S1", "canal_stenosis")],
    ),
    (
        "'The other levels are free.': the bare-normal set at the levels not named",
        "L45: Right disc herniation. L34: Minimal disc bulge. The other levels are free.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L4-L5", "disc_herniation"): "present",
        },
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "'The lateral recesses are closed bilaterally': severe",
        "L4-L5: Important canal stenosis. The lateral recesses are closed bilaterally.",
        {
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
        },
        [],
    ),
    (
        "German compounds written as one word ('Discusprotrusion L4/L5')",
        "Findings: Regular alignment. Discusprotrusion L4/L5 mediolateral right.",
        {("L4-L5", "disc_herniation"): "present"},
        [],
    ),
    (
        "a finding named resolved before it ('Resolved L5-S1 extrusion'): absent",
        "IMP: Resolved L5-S1 extrusion. L4-5: resolved left paracentral disc extrusion; mild "
        "bulge remains.",
        {
            ("L5-S1", "disc_herniation"): "absent",
            ("L4-L5", "disc_herniation"): "absent",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
]

SESSION67_ROUND125: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZZZV-ZZZZZY
    (
        "a grade told as changed to another ('which has decreased to mild'): the one it changed to",
        "FINDINGS: L4-5: moderate canal stenosis which has decreased to mild.",
        {("L4-L5", "canal_stenosis"): "mild"},
        [],
    ),
    (
        "a change 'from moderate to mild' after the finding: the grade it changed to, not the "
        "higher of a range",
        "FINDINGS: L4-5: canal stenosis has decreased from moderate to mild. L3-4: The left "
        "foraminal narrowing has progressed from mild to severe.",
        {("L4-L5", "canal_stenosis"): "mild", ("L3-L4", "foraminal_stenosis_left"): "severe"},
        [],
    ),
    (
        "'has become mild' after the finding grades it",
        "FINDINGS: L4-5: canal stenosis has become mild.",
        {("L4-L5", "canal_stenosis"): "mild"},
        [],
    ),
    (
        "a grade range before the finding stays the higher grade (guard)",
        "FINDINGS: L4-5: mild to moderate canal stenosis.",
        {("L4-L5", "canal_stenosis"): "moderate"},
        [],
    ),
    (
        "a checklist's corner cell ('Checklist') over its level columns, and a cell's footnote "
        "mark ('Yes*')",
        "FINDINGS:\nChecklist                  L3-L4   L4-L5   L5-S1\n"
        "Central stenosis           No      No      No\n"
        "Foraminal stenosis right   No      Yes*    No\n"
        "Spondylolisthesis          No      No      No\n* scar in the right foramen\n",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "present",
            ("L5-S1", "foraminal_stenosis_right"): "none",
            ("L5-S1", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "'The other discs without modifications.': the other levels normal",
        "FINDINGS: L4-L5: disc hernia. The other discs without modifications.",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L3-L4", "disc_bulge"): "absent",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [("L4-L5", "disc_bulge")],
    ),
    (
        "a list of levels after its noun ('The levels T12-L1, L1-L2, L2-L3 are normal'): each",
        "FINDINGS: The levels T12-L1, L1-L2, L2-L3 are normal. L4-5 bulge.",
        {
            ("T12-L1", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "'No adjacent segment stenosis' after a fusion names no level; 'Adjacent segment "
        "disease at L3-4' names its own",
        "FINDINGS: Posterior fusion L4-S1. Adjacent segment disease at L3-4 with moderate canal "
        "stenosis.\nIMPRESSION: No adjacent segment stenosis.",
        {("L3-L4", "canal_stenosis"): "moderate"},
        [("L1-L2", "canal_stenosis"), ("L2-L3", "foraminal_stenosis_left")],
    ),
    (
        "'no significative findings' at a level: normal",
        "FINDINGS: L4-5: no significative findings. L5-S1: small disc bulge.",
        {("L4-L5", "canal_stenosis"): "none", ("L4-L5", "disc_bulge"): "absent"},
        [],
    ),
    (
        "Latin 'canalis spinalis' is the canal",
        "FINDINGS: L4-5 hernia. No narrowing of canalis spinalis at the other levels.",
        {("L3-L4", "canal_stenosis"): "none", ("L4-L5", "disc_herniation"): "present"},
        [],
    ),
    (
        "'Vertebral alignment:' heading, its slip, then 'Otherwise maintained.': the other levels",
        "FINDINGS:\nVertebral alignment: Degenerative anterolisthesis L4 over L5 (grade I). "
        "Otherwise maintained.\nL3/L4 - mild bulge.",
        {
            ("L4-L5", "spondylolisthesis"): "present",
            ("L2-L3", "spondylolisthesis"): "absent",
            ("L5-S1", "spondylolisthesis"): "absent",
        },
        [("L3-L4", "disc_herniation")],
    ),
    (
        "'Relationships in the vertebral segments are not disturbed' (translated): aligned",
        "Description: Relationships in the vertebral segments are not disturbed. L3-L4 - dorsal "
        "diffuse bulging of the disc up to 2 mm.",
        {("L1-L2", "spondylolisthesis"): "absent", ("L3-L4", "disc_bulge"): "present"},
        [],
    ),
    (
        "'not yet causing canal stenosis': none",
        "FINDINGS: Bulging disc L4-5, not yet causing canal stenosis.",
        {("L4-L5", "canal_stenosis"): "none", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
    (
        "an addendum's 'The original report erroneously described a ... protrusion at L5-S1': "
        "no finding of this study (the correction after it stands)",
        "FINDINGS: L4-5 bulge. L5-S1: Disc desiccation. Patent canal.\nADDENDUM (corrected "
        "report): The original report erroneously described a right foraminal protrusion at "
        "L5-S1. This has been removed; there is no disc herniation at L5-S1.",
        {("L5-S1", "disc_herniation"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
]

SESSION67_ROUND126: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZZZZD-ZZZZZZG
    (
        "'Other level unremarkable' (singular, a second-language writer's): the other levels",
        "FINDINGS: L4-5 bulge. Other level unremarkable",
        {("L3-L4", "disc_bulge"): "absent", ("L5-S1", "canal_stenosis"): "none"},
        [],
    ),
    (
        "'Listhesis is not established.': absent at every level",
        "FINDINGS: Preserved lordosis. Listhesis is not established. L4-5 bulge.",
        {("L2-L3", "spondylolisthesis"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
    (
        "'Other levels b.o.' (Serbian 'bez osobitosti', without particularities): normal",
        "FINDINGS: L4-L5: broad based disc protrusion. Other levels b.o. (without "
        "particularities).",
        {("L3-L4", "disc_bulge"): "absent", ("L2-L3", "canal_stenosis"): "none"},
        [],
    ),
    (
        "'Vertebral bodies are in anatomical position' / 'Vertebrae are in regular position': "
        "aligned",
        "Finding: Vertebrae are in regular position. L4-5: disc bulge.",
        {("L1-L2", "spondylolisthesis"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
    (
        "'the contiguous plateaus of L4 and L5' (endplates, translated) name L4-L5",
        "FINDINGS: Changes of Modic type I in the contiguous plateaus of L4 and L5. L5-S1 bulge.",
        {("L4-L5", "modic"): "type1"},
        [("L1-L2", "modic"), ("L5-S1", "modic")],
    ),
    (
        "'the adjacent parts of the bodies of L4 and L5' name L4-L5",
        "FINDINGS: L5-S1 bulge. In the adjacent parts of the bodies of L4 and L5 there are zones "
        "of changed MR-signal by Modic I-II type.",
        {("L4-L5", "modic"): "type1"},
        [("L5-S1", "modic")],
    ),
    (
        "a finding of the prior exam 'which today is not seen': absent",
        "FINDINGS: On previous exam there was also bulging of the disc L3-L4, which today is not "
        "seen.",
        {("L3-L4", "disc_bulge"): "absent"},
        [],
    ),
    (
        "Latin 'Protrusio disci' is a herniation; 'sinistra' a side, and 'sin.' after a site with "
        "no stop ending its sentence",
        "FINDINGS: L4-L5: Discus herniation medio-lateralis sinistra. The recessus lateralis sin. "
        "is narrowed critically. Foramen intervertebrale sin. is slightly narrowed.\nL5-S1: "
        "Protrusio disci mediana, small.",
        {
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "disc_herniation"): "present",
        },
        [("L4-L5", "subarticular_stenosis_right")],
    ),
    (
        "a grid's header of levels over its indented tick rows is no wrapped sentence, in a text "
        "with stops inside its lines",
        "Clinical: 51F. Chronic LBP. Facet pain? Pre-RFA planning.\n\nReport:\n"
        "Disc:         L1-2   L2-3   L3-4   L4-5   L5-S1\n"
        "  bulge       [ ]    [ ]    [x]    [x]    [ ]\n"
        "  protrusion  [ ]    [ ]    [ ]    [ ]    [ ]\n"
        "Canal:        N      N      N      mild   N\n\n"
        "Comment: Facet arthropathy at L4-5 with effusions; mild L4-5 canal narrowing.",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L3-L4", "disc_bulge"): "present",
            ("L5-S1", "disc_bulge"): "absent",
        },
        [],
    ),
    (
        "a level's row over its indented sub-rows stays one row (guard)",
        "Findings:\nLevel    Finding                 Current\n"
        "L3-L4    disc                    normal\n         canal                   normal\n"
        "L4-L5    disc                    small protrusion\n         canal                   mild "
        "stenosis\n",
        {("L4-L5", "canal_stenosis"): "mild", ("L3-L4", "canal_stenosis"): "none"},
        [],
    ),
    (
        "a row 'Rec. lat. li' (lateral recess, left) and 'foramen l.' in a grid with a Roman "
        "numeral scale",
        "Findings:\nStenosis grading: 0 none, I mild, II moderate, III severe\n\n"
        "            L3/4  L4/5  L5/S1\ncanal       I     III   0\nforamen l.  I     II    I\n"
        "Rec. lat. li  0   II    0\n\nli = left, re = right",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "canal_stenosis"): "none",
            ("L4-L5", "subarticular_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "a cell's footnote mark '^1' is no part of its grade (guard)",
        "Findings:\n             Canal     Foramen L   Foramen R\nL3/4         Mod^1     Mild"
        "        -\nL4/5         -         Mod^2       -\n\n- = no stenosis\n^1 broad based disc "
        "bulge.\n^2 contact with the L4 root.",
        {("L3-L4", "canal_stenosis"): "moderate", ("L4-L5", "foraminal_stenosis_left"): "moderate"},
        [],
    ),
    (
        "'recessus laterales' (plural) are the lateral recesses",
        "FINDINGS: L4-L5:\n  disc: dorsomedian protrusion\n  recessus laterales: narrowed on "
        "both sides",
        {("L4-L5", "subarticular_stenosis_left"): "present"},
        [],
    ),
    (
        "a transcription sample's 'KEYWORDS:' line states nothing",
        "FINDINGS: L4-5 bulge.\nKEYWORDS: radiology, mri lumbar spine, disc protrusion, central "
        "canal stenosis, foraminal narrowing, l4-5, l5-s1, nerve root",
        {("L4-L5", "disc_bulge"): "present"},
        [("L4-L5", "disc_herniation"), ("L5-S1", "canal_stenosis")],
    ),
    (
        "'The L4-5 disc and the levels above are normal': L4-5 with the levels above it",
        "FINDINGS: L5-S1 protrusion. The L4-5 disc and the levels above are normal.",
        {("L4-L5", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [],
    ),
    (
        "a spaced header's second line of sides splits each name over two sides in two "
        "('Lateral recess' over 'R   L')",
        "Findings:\n             Central       Lateral recess     Foramen\n"
        "             canal         R        L         R         L\n"
        "L1/2         -             -        -         -         -\n"
        "L3/4         Mod           Mild     -         Mild      Mod\n\n- = no stenosis\n",
        {
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L3-L4", "subarticular_stenosis_right"): "mild",
            ("L3-L4", "subarticular_stenosis_left"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "a spaced header's names wrapped over two lines, the level's name on the second",
        "Report:\n            disc            central    neuroforamen   neuroforamen\n"
        "level       herniation      canal      left           right\n"
        "----------  --------------  ---------  -------------  -------------\n"
        "L3-L4       no              normal     normal         normal\n"
        "L5-S1       extrusion       narrowed   normal         mild\n",
        {
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "a tick form's names wrapped over two lines, with no level column's name, the first "
        "name on the first line only ('Bulge')",
        "Findings:\nDisc levels (tick where present):\n"
        "          Bulge  Protrusion/  Canal      Lt foraminal  Rt foraminal\n"
        "                 extrusion    stenosis   stenosis      stenosis\n"
        "L3-L4     [x]    [ ]          [ ]        [ ]           [ ]\n"
        "L4-L5     [x]    [x]          [x] mild   [ ]           [x]\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "disc_herniation"): "absent",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "present",
        },
        [],
    ),
    (
        "a thread's 'name wrote:' lines: another writer's post telling of that writer's own MRI "
        "is not read; the poster's posts are",
        "Thread: L5/S1 herniation - surgery or wait??\n\nbackpainsucks wrote:\nSo my MRI report "
        'says: "L5/S1: large left paracentral disc extrusion. L4/5: Mild disc bulge, canal '
        'and foramina patent." What would you do?\n\njen_r wrote:\nI had almost the same '
        'thing! Mine said "severe spinal canal stenosis at L4-5 due to a large central '
        'extrusion" and I had surgery.\n\nbackpainsucks wrote:\nthanks jen.',
        {
            ("L4-L5", "canal_stenosis"): "none",
            ("L4-L5", "disc_bulge"): "present",
            ("L5-S1", "disc_herniation"): "present",
        },
        [("L4-L5", "disc_herniation")],
    ),
    (
        "'reduced in size' is the finding's size, not a narrowing",
        "FINDINGS: - Residual posterocentral disc protrusion at L4-5 level, reduced in size, "
        "indenting thecal sac.",
        {("L4-L5", "disc_herniation"): "present"},
        [("L4-L5", "canal_stenosis")],
    ),
]

SESSION67_ROUND127: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZZZZH-ZZZZZZK
    (
        "dictated fields: 'disc colon', 'Others colon', 'Modic changes colon none' are fields",
        "MRI L spine next line\nFINDINGS colon next line\nModic changes colon none next line\n"
        "T12 L1 colon disc colon normal period canal colon normal period\n"
        "L4 L5 colon disc colon bulge period canal colon severe stenosis next line\n"
        "Others colon normal next line",
        {
            ("T12-L1", "disc_bulge"): "absent",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "modic"): "none",
        },
        [],
    ),
    (
        "'no let me rephrase' takes back the grade before it; a bare spoken 'stop' ends a sentence",
        "clinical history 44 year old man with left S1 radicular pain stop\nfindings there is a "
        "large left paracentral disc extrusion at L five S one which is causing severe no let "
        "me rephrase moderate narrowing of the left lateral recess stop the foramina at L five "
        "S one are patent stop at L four five there is a diffuse disc bulge stop",
        {
            # (the grade said after the take-back, since session 80; 'present' before)
            ("L5-S1", "subarticular_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "none",
            ("L4-L5", "disc_bulge"): "present",
        },
        [("L4-L5", "foraminal_stenosis_left")],
    ),
    (
        "a key's 'I = low-grade, II = medium-grade, III = high-grade' grades its Roman numerals",
        "Findings:\nStenosis grading: 0 = none, I = low-grade, II = medium-grade, III = "
        "high-grade\n| Segment          | L3/4  | L4/5       | L5/S1 |\n"
        "|------------------|-------|------------|-------|\n"
        "| Spinal canal     | I     | II         | 0     |\n"
        "| Neuroforamen li. | I     | III        | I     |\n",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a structured template's Spanish cells without a legend ('Sí - moderada', 'Der.: Sí - "
        "severa; Izq.: No')",
        "Levels (Sí / No):\n                 Bulge   Canal stenosis       Foraminal stenosis\n"
        "L2-L3            Sí      Sí - leve (mild)     Sí - leve bilateral\n"
        "L3-L4            Sí      Sí - moderada        No\n"
        "L4-L5            No      No                   Der.: Sí - severa; Izq.: No\n",
        {
            ("L2-L3", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a post's 'OLD (Feb 2021): \"...\"' then 'NEW (last week): \"...\"' on the same line: "
        "the new report is read",
        "Got my new MRI results back today. Here's the old one vs the new one.\n\n"
        'OLD (Feb 2021): "L5-S1: large right paracentral extrusion, moderate right lateral '
        'recess stenosis."\n\nNEW (last week): "L5-S1: Interval resolution of the previously '
        'seen extrusion. Residual mild disc bulge. Lateral recesses are now patent."\n\nSo the '
        "extrusion is just gone??",
        {
            ("L5-S1", "disc_bulge"): "present",
            ("L5-S1", "subarticular_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a bullet 'New: mild left foraminal narrowing at L3-L4' in the newest report is no study "
        "heading (guard)",
        "Putting both impressions here:\n\n2022 MRI:\n- L4-L5: Large right paracentral disc "
        "extrusion. Moderate central canal stenosis.\n\n2024 MRI (this week):\n- L4-L5: Interval "
        "decrease in size of the disc herniation, now small protrusion. No central canal "
        "stenosis.\n- New: mild left foraminal narrowing at L3-L4 from facet hypertrophy.",
        {
            ("L4-L5", "canal_stenosis"): "none",
            ("L4-L5", "disc_herniation"): "present",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
]

SESSION67_ROUND128: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZZZZL-ZZZZZZO
    (
        "alignment told as 'without shift' after a slip",
        "FINDINGS: Retrolisthesis of L3 against L4 approx. 3 mm. Otherwise the alignment is "
        "without shift. L2/3: bulge.",
        {("L3-L4", "spondylolisthesis"): "present", ("L4-L5", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "'The position of the vertebrae is normal.' / 'Vertebral bodies aligned': aligned",
        "FINDINGS: The position of the vertebrae is normal. Vertebral bodies aligned, of normal "
        "height. L4-5 bulge.",
        {("L1-L2", "spondylolisthesis"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
    (
        "'Anterolisthesis of the L4 vertebra by approx. 4 mm (I degree acc. to Meyerding)': L4-L5",
        "FINDINGS: Anterolisthesis of the L4 vertebra by approx. 4 mm (I degree acc. to "
        "Meyerding), with bilateral spondyloarthrosis of the facet joints.",
        {("L4-L5", "spondylolisthesis"): "present"},
        [("L3-L4", "spondylolisthesis")],
    ),
    (
        "a '|' grid whose levels start with 'Th12/L1' keeps its rows whole",
        "Findings:\n              | Th12/L1          | L1/L2  | L2/L3  | L5/S1\n"
        "Disc          | small herniation | normal | normal | bulging\n"
        "Canal         | wide             | wide   | wide   | slightly narrowed\n"
        "Foramen sin.  | free             | free   | free   | moderately narrowed\n"
        "Modic         | type 1           | -      | -      | type 2\n(- = none)",
        {
            ("L5-S1", "canal_stenosis"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "modic"): "type2",
            ("T12-L1", "modic"): "type1",
        },
        [],
    ),
    (
        "a spaced header's last name with its sides after a gap ('NEURAL FORAMINA  R / L')",
        "FINDINGS:\n( [x] = present   [ ] = not present )\n\n"
        "LEVEL     BULGE   CANAL STENOSIS     NEURAL FORAMINA  R / L\n"
        "L4-L5     [x]     [x] moderate       [x] mild / [ ]\n"
        "L5-S1     [ ]     [ ]                [x] severe / [ ]\n",
        {
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "severe",
        },
        [],
    ),
    (
        "dictation: 'L2 stroke 3' (a spoken slash) is a level; 'know significant abnormality' "
        "is 'no'",
        "FINDINGS colon\nAt L four L five there is a broad based disc bulge full stop.\nThe other "
        "disc levels show know significant abnormality full stop.\nL5 stroke S1 there is a disc "
        "bulge full stop.",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L2-L3", "canal_stenosis"): "none",
            ("L5-S1", "disc_bulge"): "present",
        },
        [],
    ),
]

SESSION68_ROUND129: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZZZZP-ZZZZZZS
    (
        "a field's value after 'bilat.' ('Foramina: bilat. mild narrowing')",
        "FINDINGS:\nL3-L4: Foramina: bilat. mild narrowing. Canal: normal.",
        {
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'Moderate narrowing of right and severe narrowing of left neural foramen' (no 'the')",
        "FINDINGS: L4-L5: Moderate narrowing of right and severe narrowing of left neural "
        "foramen. Canal is normal.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
        },
        [],
    ),
    (
        "a level's line with a field name ('L3/4  Disc:') over indented fields: of that level",
        "Findings\nL2/3  Disc:      No protrusion now seen.\nL3/4  Disc:      Mild diffuse bulge.\n"
        "      Canal:     Adequate.\n      Foramina:  Mild narrowing bilaterally.\n"
        "L5/S1 Disc:      Bulge.\n      Canal:     Patent.\n"
        "      Foramina:  Left moderate narrowing, right patent.",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [
            ("L1-L2", "canal_stenosis"),
            ("L2-L3", "canal_stenosis"),
            ("L2-L3", "foraminal_stenosis_right"),
            ("L4-L5", "canal_stenosis"),
        ],
    ),
    (
        "a tick grid of grade columns over rows of a level and a site ('L5-S1 recess L   x')",
        "Findings:\nStenosis grading (x = applies)\n"
        "                   none   mild   moderate   severe\n"
        "L3-L4 canal         x\n"
        "L4-L5 canal                x\n"
        "L5-S1 recess L                      x\n"
        "L5-S1 recess R      x\n"
        "L5-S1 foramen L     x\n\n"
        "Endplates: small type 1 Modic changes at L5-S1.",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L5-S1", "subarticular_stenosis_left"): "moderate",
            ("L5-S1", "subarticular_stenosis_right"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "none",
            ("L5-S1", "modic"): "type1",
        },
        [("L5-S1", "foraminal_stenosis_right")],
    ),
    (
        "'Above this, the L1-2, L2-3 and L3-4 levels are normal.'",
        "FINDINGS: Mild disc bulge at L4-5. Above this, the L1-2, L2-3 and L3-4 levels are normal.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "dictated sides' grades with no comma ('foramina right moderate left mild')",
        "Level by level:\nL4 L5: disc bulge, canal mild, foramina right moderate left mild.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "each grade right after its level ('at these levels: at L2-L3 mild, at L3-L4 moderate')",
        "FINDINGS: Diffuse disc bulging at L2-L3, L3-L4 and L4-L5, causing stenosis of spinal "
        "canal at these levels: at L2-L3 mild, at L3-L4 moderate, at L4-L5 severe.",
        {
            ("L2-L3", "canal_stenosis"): "mild",
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L4-L5", "canal_stenosis"): "severe",
        },
        [],
    ),
    (
        "'Modic type 2 changes in the L5 and S1 endplates': of L5-S1",
        "FINDINGS: Disc bulge at L4-5. Modic type 2 changes in the L5 and S1 endplates.",
        {("L5-S1", "modic"): "type2"},
        [("L4-L5", "modic")],
    ),
    (
        "'Schmorl's nodes at the T12 and L1 endplates' names no level inside a range's sentence",
        "FINDINGS: From T12-L1 through L2-L3 the discs show mild desiccation with small "
        "Schmorl's nodes at the T12 and L1 endplates, no endplate marrow change, and no bulge or "
        "herniation.",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "disc_herniation"): "absent",
            ("L2-L3", "modic"): "none",
        },
        [],
    ),
    (
        "a side in brackets after its finding ('neural foramina narrowed (L)')",
        "FINDINGS:\nL5/S1: disc bulge, neural foramina narrowed (L).",
        {("L5-S1", "foraminal_stenosis_left"): "present"},
        [("L5-S1", "foraminal_stenosis_right")],
    ),
    (
        "a bracketed note before the finding's own level ('Modic type 1 changes (oedema) of the "
        "endplates at L4-L5' after a list)",
        "FINDINGS: Discopathy of the intervertebral discs L3-L4, L4-L5 and L5-S1, with Modic "
        "type 1 changes (oedema) of the endplates at L4-L5.",
        {("L4-L5", "modic"): "type1"},
        [("L3-L4", "modic"), ("L5-S1", "modic")],
    ),
    (
        "'L' before 'high-grade' and 'reduced' in a field ('Foramina: L high-grade, R mild')",
        "FINDINGS:\nL4-5: Foramina: L high-grade, R mild. Lat. recess: L reduced.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "subarticular_stenosis_left"): "present",
        },
        [("L4-L5", "subarticular_stenosis_right")],
    ),
    (
        "'Canal sufficient': none",
        "FINDINGS: L3-L4: Disc bulge. Canal sufficient.",
        {("L3-L4", "canal_stenosis"): "none"},
        [],
    ),
    (
        "a side's normal word beside another side's grade ('right mild to moderate, left free')",
        "FINDINGS:\nL3-L4: Foraminal stenosis right mild to moderate, left free.\n"
        "L4-L5: foramina left free, right mild.",
        {
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a site graded clause by clause, each led by its level ('Neural foramina: at L3-L4 "
        "narrowed mildly bilaterally, at L4-L5 moderately on the right, mildly on the left')",
        "FINDINGS: Neural foramina: at L3-L4 narrowed mildly bilaterally, at L4-L5 moderately on "
        "the right, mildly on the left. Stenosis at L2-L3 mild, at L3-L4 moderate.",
        {
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L2-L3", "canal_stenosis"): "mild",
            ("L3-L4", "canal_stenosis"): "moderate",
        },
        [],
    ),
]


SESSION68_ROUND130: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZZZZX-ZZZZZZZA
    (
        "'MRI aspect of normal lumbar spine': the study normal",
        "FINDINGS: Normal lumbar lordosis. Conus at L1.\nConclusion: MRI aspect of normal lumbar "
        "spine.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "absent",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "'Alignment of the vertebral bodies is physiological': aligned",
        "FINDINGS: Alignment of the vertebral bodies is physiological. L4-5 bulge.",
        {("L1-L2", "spondylolisthesis"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
    (
        "a normal structure run on after a state in unpunctuated dictation ('the other levels are "
        "unremarkable normal alignment')",
        "findings there is a massive central disc extrusion at l four five occupying most of the "
        "spinal canal the canal is critically narrowed the other levels are unremarkable normal "
        "alignment conus normal",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L1-L2", "canal_stenosis"): "none",
            ("L5-S1", "disc_bulge"): "absent",
        },
        [],
    ),
    (
        "a spaced table whose level column is named on the header's second line, under bracketed "
        "notes ('LEVEL  (morphology)  (stenosis)  R  L')",
        "Findings:\n\n"
        "                 DISC                        CANAL          FORAMINA\n"
        "LEVEL            (morphology)                (stenosis)     R          L\n"
        "-------------    ------------------------    -----------    --------   --------\n"
        "L3-L4            left foraminal protrusion   slight         no         moderate\n"
        "L4-L5            diffuse bulging             mild           slight     slight\n",
        {
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a spaced header with no level column's name wrapped over a line of notes and sides, "
        "after 'Per level (...):'",
        "Findings:\nPer level (x = yes, blank = no):\n"
        "            Bulge  Protrusion  Extrusion  Canal stenosis        Foraminal stenosis\n"
        "                                          (none/mild/mod/sev)   Right      Left\n"
        "L3-L4        [x]     [ ]         [ ]      none                  none       mild\n"
        "L4-L5        [ ]     [x]         [ ]      mild                  none       moderate\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a level over a column per side, over rows of a site's cells ('  L4-L5    Right    Left')",
        "FINDINGS:\nL4-L5: Left paracentral disc extrusion.\n\n"
        "  L4-L5             Right       Left\n"
        "  Lateral recess    patent      severe\n"
        "  Foramen           patent      mild-moderate\n\n"
        "L5-S1: Minimal diffuse bulge.",
        {
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L4-L5", "subarticular_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [("L5-S1", "subarticular_stenosis_left")],
    ),
    (
        "a key's 'discrete/mild' and 'light' (and a grade's '1+'), the key line 'Scale:' read as no "
        "statement",
        "Findings:\n"
        "                      L1-L2   L2-L3   L3-L4\n"
        "Foramen left             0       1       2\n"
        "Foramen right            0       1+      0\n\n"
        "Scale: 0 = no stenosis, 1 = discrete/mild, 2 = moderate, 3 = severe.\n\n"
        "L4-L5: small bulge.",
        {
            ("L2-L3", "foraminal_stenosis_left"): "mild",
            ("L2-L3", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L1-L2", "foraminal_stenosis_left"): "none",
        },
        [("L4-L5", "foraminal_stenosis_left"), ("L5-S1", "canal_stenosis")],
    ),
]


SESSION69_ROUND131: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZZZZZB-ZZZZZZZE
    (
        "a '|' header's sides on its second line ('| Foramen |' over '| L    R |'): a column per "
        "side",
        "FINDINGS:\n"
        "Level  | Disc   | Central | Foramen   | Lat. recess\n"
        "       |        | canal   | L    R    | L     R\n"
        "-------+--------+---------+-----------+------------\n"
        "L3/4   | bulge  | 1       | 0    1    | 0     0\n"
        "L4/5   | prot.  | 2       | 1    2    | 1     2\n"
        "Legend: 0 none, 1 mild, 2 moderate, 3 severe.\n",
        {
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "subarticular_stenosis_left"): "mild",
            ("L4-L5", "subarticular_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "a '|' header's second line naming a column of its own for the second side ('| Foramina "
        "|' over '| R | L |')",
        "FINDINGS:\n"
        "Level  | Disc      | Central   | Foramina\n"
        "       |           | canal     | R       | L\n"
        "-------|-----------|-----------|---------|--------\n"
        "L3-L4  | bulging   | normal    | mild    | normal\n"
        "L4-L5  | bulging   | mild      | mild    | moderate\n",
        {
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "a spaced table's level column named 'Seg.', sides on the header's second line",
        "Seg.    Disc  Canal  Recess   Foramen\n"
        "              (0-3)  li  re   li  re\n"
        "L3/L4   B     1      0   0    1   0\n"
        "L4/L5   P     1      2   0    1   1\n"
        "Disc: B bulge, P protrusion. Stenosis: 0 none, 1 mild, 2 moderate, 3 severe.\n"
        "li = left, re = right.\n",
        {
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "subarticular_stenosis_left"): "moderate",
            ("L4-L5", "subarticular_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a grid's corner cell naming rows and columns ('Item \\ Level'), a side and a Roman grade "
        "in a cell ('L II'), a row's name wrapped onto an indented line, Modic by type ('II' "
        "under 'Endplate (Modic)')",
        "Item \\ Level            L3/4     L4/5      L5/S1\n"
        "Disc bulge              +        +         -\n"
        "Lateral recess          -        L II      L III\n"
        "  stenosis                       R I       R -\n"
        "Endplate (Modic)        -        -         II\n"
        "\n"
        "Legend: + present, - absent/none; I mild, II moderate, III severe.\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L4-L5", "subarticular_stenosis_left"): "moderate",
            ("L4-L5", "subarticular_stenosis_right"): "mild",
            ("L5-S1", "subarticular_stenosis_left"): "severe",
            ("L5-S1", "modic"): "type2",
        },
        [],
    ),
    (
        "a key of letters in order over grades ('A none / B mild / C moderate / D severe'), a "
        "'Morphology' column of the disc",
        "Table 1 - Discs\n"
        "Level | Morphology           | Modic\n"
        "------+----------------------+------\n"
        "L3-L4 | normal               | -\n"
        "L4-L5 | circumferential bulge | II\n"
        "\n"
        "Table 2 - Canal and foramina (A none / B mild / C moderate / D severe)\n"
        "Level | Canal | Foramen R | Foramen L\n"
        "------+-------+-----------+----------\n"
        "L3-L4 |  A    |  D        |  A\n"
        "L4-L5 |  B    |  B        |  C\n",
        {
            ("L3-L4", "disc_bulge"): "absent",
            ("L3-L4", "disc_herniation"): "absent",
            ("L3-L4", "foraminal_stenosis_right"): "severe",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "a '|' grid of level columns, its cells wrapped onto lines whose name cell is blank, a "
        "rule line of '-' and '+' under its header",
        "Structured findings\n"
        "             | L2-L3      | L3-L4        | L4-L5\n"
        "-------------+------------+--------------+---------------\n"
        "Disc         | bulge      | disc-        | bulge +\n"
        "             |            | osteophyte   | foraminal\n"
        "             |            | complex      | protr. (L)\n"
        "Canal        | patent     | mild         | moderate-\n"
        "             |            |              | severe\n"
        "Foramina     | patent     | mild         | severe L,\n"
        "             |            |              | moderate R\n",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "an 'Alignment' column of a level table: its slip, or none",
        "Level  | Alignment   | Disc      | Central\n"
        "-------|-------------|-----------|--------\n"
        "L2-L3  | normal      | normal    | normal\n"
        "L3-L4  | retrolisth. | bulging   | normal\n",
        {
            ("L2-L3", "spondylolisthesis"): "absent",
            ("L3-L4", "spondylolisthesis"): "present",
            ("L3-L4", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a '|' grid whose rows write their name and the first level's cell in one ('Canal     0   "
        "|  0')",
        "Grid (0 none, 1 mild, 2 moderate, 3 severe)\n"
        "\n"
        "             L2-3 | L3-4 | L4-5 | L5-S1\n"
        "Canal         0   |  1   |  3   |  0\n"
        "R foramen     0   |  1   |  2   |  1\n",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a '|' header with a blank corner over the levels, 'Disc' the next column's name",
        "        |  Disc       |  Canal     | Foramina\n"
        " L3-L4  |  Bulge      |  Mild      |  -\n"
        " L4-L5  |  Extrusion  |  Severe    |  Mild\n"
        ' ("-" = no stenosis)\n',
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "a row named by a misspelt finding ('Disc protusion  no  yes')",
        "Grade: 0 no, 1 mild, 2 moderate, 3 severe.\n"
        "\n"
        "                   L3-L4  L4-L5  L5-S1\n"
        "Disc protusion     no     no     yes\n"
        "Canal              0      1      1\n",
        {
            ("L3-L4", "disc_herniation"): "absent",
            ("L5-S1", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "a key's grades in another language, a slash and the English ('1 = latt/mild'), over "
        "rows of sides ('Recess  sin' / '  dx')",
        "Grade: 0 = normal, 1 = latt/mild, 2 = mattlig/moderate, 3 = uttalad/severe\n"
        "\n"
        "               L2-L3 L3-L4 L4-L5\n"
        "Central canal    0     1     2\n"
        "Recess   sin     0     1     3\n"
        "         dx      0     1     3\n"
        "(sin = left, dx = right)\n",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L3-L4", "subarticular_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a grid's header of levels wrapped over two lines ('L1/  L2/' over 'L2   L3')",
        "Findings:\n"
        "\n"
        "                 L2/  L3/  L4/  L5/\n"
        "                 L3   L4   L5   S1\n"
        "Disc             n    n    DB   DP\n"
        "Canal stenosis   -    1    2    -\n"
        "Foramen left     -    -    1    3\n"
        "\n"
        "Legend: n = normal; DB = disc bulge; DP = disc protrusion; - = none; 1 = slight, 2 = "
        "moderate, 3 = high-grade.\n",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "severe",
            ("L5-S1", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "a spoken 'new paragraph' inside a level's paragraph, the dictation going on in lower case",
        "FINDINGS colon\n"
        "L3-L4: Mild disc bulge and facet hypertrophy new paragraph mild narrowing of the lateral "
        "recesses bilaterally comma the canal is otherwise patent period\n"
        "L4-L5: Severe canal stenosis period\n",
        {
            ("L3-L4", "subarticular_stenosis_left"): "mild",
            ("L3-L4", "canal_stenosis"): "none",
        },
        [("L1-L2", "subarticular_stenosis_left"), ("L5-S1", "subarticular_stenosis_right")],
    ),
    (
        "a spoken colon after the title's 'spine' ('MRI L-SPINE colon Normal full stop')",
        "MRI L-SPINE colon Normal full stop\n"
        "No disc prolapse or nerve root compression full stop\n",
        {("L1-L2", "canal_stenosis"): "none", ("L4-L5", "foraminal_stenosis_left"): "none"},
        [],
    ),
    (
        "an earlier study's negative ('the 2014 study did not show a herniation'): of that study",
        "FINDINGS: The previous study did not show a herniation. Today there is a large L5-S1 "
        "disc herniation.",
        {("L5-S1", "disc_herniation"): "present"},
        [("L3-L4", "disc_herniation"), ("L4-L5", "disc_herniation")],
    ),
    (
        "a relative clause telling what the finding does now after a prior appositive ('...,"
        " previously described as a protrusion, which causes mild narrowing ...')",
        "At L4/5 there is a disc bulge, previously described as a protrusion, which causes mild "
        "narrowing of both lateral recesses but no central canal stenosis.",
        {
            ("L4-L5", "subarticular_stenosis_left"): "mild",
            ("L4-L5", "subarticular_stenosis_right"): "mild",
            ("L4-L5", "canal_stenosis"): "none",
        },
        [],
    ),
]


SESSION69_ROUND132: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZZZZZJ-ZZZZZZZM
    (
        "a spaced table's columns named in German over their English in brackets, cells of the "
        "legend's words ('nein = no; ja = yes; frei = free / patent'), a name broken at its hyphen "
        "('Spinal-' over 'kanal')",
        "Segment  Vorwoelbung   Vorfall        Spinal-   NF     NF\n"
        "         (bulge)       (herniation)   kanal     li     re\n"
        "L3/4     nein          nein           normal    frei   frei\n"
        "L4/5     ja            nein           normal    frei   frei\n"
        "nein = no; ja = yes; frei = free / patent. NF = Neuroforamen, li = left, re = right.\n",
        {
            ("L3-L4", "disc_bulge"): "absent",
            ("L3-L4", "disc_herniation"): "absent",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a Finnish table ('Taso'), each column's English in brackets on the header's second line, "
        "sides in another language glossed ('For. oik' over '(right)')",
        "Taso    Valilevy        Spin.kan.   For. vas   For. oik\n"
        "        (disc)          (canal)     (left)     (right)\n"
        "L3-4    bulge           ok          ok         mild\n"
        "L4-5    protrusion      mild        ok         moderate\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "a German header of three lines, its words broken at their hyphens ('Band-' / 'scheiben-' "
        "/ 'pathologie'), 'stenose', 'links' / 'rechts', a key of short forms ('geringgr. "
        "(geringgradig) = mild')",
        "                 Band-        Spinal-       Foramen-      Foramen-\n"
        "Segment          scheiben-    kanal-        stenose       stenose\n"
        "                 pathologie   stenose       links         rechts\n"
        "L1/L2            -            -             -             -\n"
        "L3/L4            bulging      mittelgr.     geringgr.     -\n"
        "- = no pathological finding.\n"
        "Grades: geringgr. (geringgradig) = mild, mittelgr. (mittelgradig) = moderate, hochgr. "
        "(hochgradig) = severe.\n",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a French range of levels ('L1-L2 à L3-L4') as a table's row",
        "Level           Disc                    Canal     For. G    For. D\n"
        "L1-L2 \u00e0 L3-L4   normal                  normal    normal    normal\n"
        "L4-L5           small protrusion        normal    normal    mild\n"
        "G = left (gauche), D = right (droite).\n",
        {
            ("L2-L3", "disc_bulge"): "absent",
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a grid's row name alone on a line, carried on by the next ('Foraminal' over '  stenosis  "
        "L'), and one broken at its hyphen ('Spondylo-' over '  listhesis')",
        "                   L3/4   L4/5   L5/S1\n"
        "Canal stenosis      -      II     I\n"
        "Foraminal\n"
        "  stenosis    L     -      I      II\n"
        "              R     -      I      -\n"
        "Spondylo-\n"
        "  listhesis         -      -      +\n"
        "Legend: + = present, - = absent / none; stenosis grade I = mild, II = moderate, III = "
        "severe.\n",
        {
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "spondylolisthesis"): "absent",
            ("L5-S1", "spondylolisthesis"): "present",
        },
        [],
    ),
    (
        "a Nordic key's '\u00f7 = no', a finding's column over '\u00f7' and '+'",
        "Level    Prolapse  Spinal    Foraminal\n"
        "                   stenosis  stenosis\n"
        "L3/L4    \u00f7         \u00f7         \u00f7\n"
        "L4/L5    +         \u00f7         + sin\n"
        "\u00f7 = no, + = yes; sin = left, dx = right.\n",
        {
            ("L3-L4", "disc_herniation"): "absent",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a column naming each row's side in Italian ('Lato'), its rows of one side each",
        "Livello   Lato   Stenosi      Stenosi\n"
        "                 foraminale   canale\n"
        "L3-L4     sx     0            0\n"
        "          dx     1\n"
        "L4-L5     sx     2            1\n"
        "          dx     0\n"
        "Scale: 0 = none, 1 = mild, 2 = moderate, 3 = severe. sx = left, dx = right.\n",
        {
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "a '|' header's second line of sides under columns in its middle ('| Neuroforamen |' over "
        "'| li | re |')",
        "Segment | Disc   | Spinal | Neuroforamen | Recessus\n"
        "        |        | canal  |  li  |  re   |  li  |  re\n"
        "--------+--------+--------+------+-------+------+------\n"
        "L3/4    | Bulge  | 1      | 1    | 0     | 0    | 0\n"
        "L4/5    | Bulge  | 2      | 1    | 1     | 2    | 1\n"
        "Legend: 0 = none, 1 = mild, 2 = moderate, 3 = severe.\n",
        {
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L4-L5", "subarticular_stenosis_left"): "moderate",
            ("L4-L5", "subarticular_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a header's level column named over two lines ('Niva/' over 'level'), words broken at "
        "their hyphens over the rest",
        "Niva/   Disk-     Central   Foramen   Foramen\n"
        "level   buktning  stenos    sin       dx\n"
        "        (bulge)\n"
        "L3-L4   1         2         1         0\n"
        "L4-L5   0         3         2         2\n"
        "Disc columns: 0 = no, 1 = yes. Stenosis: 0 = none, 1 = mild, 2 = moderate, 3 = severe.\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "canal_stenosis"): "severe",
        },
        [],
    ),
    (
        "Spanish sides and recess in a table ('Foramen izq.', 'Receso lat.' / 'der.')",
        "Nivel    Disco              Canal   Foramen         Receso lat.\n"
        "                                    izq.    der.    izq.    der.\n"
        "L2-L3    protrusion         1       0       1       0       1\n"
        "L3-L4    normal             0       0       0       0       0\n"
        "0 = none, 1 = mild, 2 = moderate, 3 = severe. izq. = left, der. = right.\n",
        {
            ("L2-L3", "foraminal_stenosis_right"): "mild",
            ("L2-L3", "subarticular_stenosis_right"): "mild",
            ("L2-L3", "subarticular_stenosis_left"): "none",
            ("L3-L4", "subarticular_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a dash's key after other entries in brackets, or quoted ('\"-\": no significant "
        "finding.'): no statement of any level",
        "Level | Disc          | CCS  | NFS Rt\n"
        "------|---------------|------|-------\n"
        "L3-4  | bulging disc  | -    | -\n"
        "L4-5  | protrusion    | mild | -\n"
        '* CCS: central canal stenosis, NFS: neural foraminal stenosis; "-": no significant '
        "finding.\n"
        "(li = left, re = right; - = no stenosis)\n",
        {("L4-L5", "canal_stenosis"): "mild", ("L3-L4", "canal_stenosis"): "none"},
        [
            ("L1-L2", "canal_stenosis"),
            ("L5-S1", "disc_bulge"),
            ("L5-S1", "foraminal_stenosis_right"),
        ],
    ),
    (
        "a '|' table's 'CSS' and 'FS (Lt/Rt)' columns over levels written 'L34'",
        "Level | Bulging | HIVD | CSS  | FS (Lt/Rt)\n"
        "L34   |   +     |  -   | mild | - / -\n"
        "L45   |   +     |  -   | sev  | mod / mod\n"
        "L5S1  |   -     |  +   | -    | - / mild\n",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'The rest intervertebral levels are normal', 'In the L2/L3 level without changes', "
        "'Foramina neuralis at all levels are within normal limit'",
        "FINDINGS: In the L2/L3 level without changes. L4-L5: diffuse bulge. The rest "
        "intervertebral levels are normal. Foramina neuralis at all levels are within normal "
        "limit.",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L5-S1", "disc_bulge"): "absent",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a teaching case titled by its teaching point, the case told under it",
        "Teaching point: isthmic spondylolisthesis\n\n"
        "Sagittal images demonstrate grade II anterolisthesis of L5 on S1. The neural foramina at "
        "L5-S1 are severely narrowed bilaterally. The central canal is not narrowed. The other "
        "levels are normal.\n\n"
        "Pearls: degenerative listhesis is most common at L4-5.",
        {
            ("L5-S1", "spondylolisthesis"): "present",
            ("L5-S1", "foraminal_stenosis_left"): "severe",
            ("L2-L3", "canal_stenosis"): "none",
        },
        [("L4-L5", "spondylolisthesis")],
    ),
    (
        "a dictated level taken back for another ('at L4 L5 scratch that L5 S1', 'L3 on L4 comma "
        "excuse me comma L4 on L5')",
        "findings there is a large central disc extrusion at L4 L5 scratch that L5 S1 occupying "
        "two thirds of the canal period there is trace anterolisthesis of L3 on L4 comma excuse "
        "me comma L4 on L5 period",
        {("L5-S1", "disc_herniation"): "present", ("L4-L5", "spondylolisthesis"): "present"},
        [("L4-L5", "disc_herniation"), ("L3-L4", "spondylolisthesis")],
    ),
    (
        "a key giving '1' a grade and, for other rows, 'yes': the grade kept for the stenosis rows",
        "Grad: 0 = ingen (none), 1 = latt (mild), 2 = mattlig (moderate), 3 = uttalad (severe). "
        "Disk rows: 0 = nej (no), 1 = ja (yes).\n\n"
        "                         L2-L3  L3-L4  L4-L5\n"
        "Diskbuktning (bulge)      1      1      0\n"
        "Central stenos            1      3      0\n",
        {
            ("L2-L3", "disc_bulge"): "present",
            ("L2-L3", "canal_stenosis"): "mild",
            ("L3-L4", "canal_stenosis"): "severe",
        },
        [],
    ),
]


SESSION70_ROUND133: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZZZZZN-ZZZZZZZQ
    (
        "a '|' header glossed on its second line ('Nivel | Abaulamento' over '(level)| (bulge)'), "
        "Portuguese 'Forame' columns",
        "Findings:\n"
        "Nivel  | Abaulamento | Hernia        | Canal    | Forame D  | Forame E\n"
        "(level)| (bulge)     | (herniation)  | (canal)  | (right)   | (left)    |\n"
        "L3-L4  | sim         | nao           | livre    | leve      | livre\n"
        "L4-L5  | sim         | protrusao     | leve     | moderada  | leve\n"
        "Legend: nao = no; sim = yes; livre = free/normal; leve = mild; moderada = moderate.\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "a '|' header over three lines, its sides 'P L' by the key's 'P = prawy (right)', a "
        "key's word glossed ('lag. = lagodne (mild)'), Polish 'Zachylek boczny'",
        "Poziom |  Dysk         | Kanal    | Otwor         | Zachylek\n"
        "(level)|  (disc)       | (canal)  | miedzykregowy | boczny\n"
        "       |               |          | P      L      | P      L\n"
        "-------+---------------+----------+---------------+--------------\n"
        "L3/L4  |  -            |  -       | -      lag.   | -      -\n"
        "L4/L5  |  -            |  -       | umiark. -     | -      znaczne\n"
        "Legenda: - bez zmian (no changes); lag. = lagodne (mild); umiark. = umiarkowane "
        "(moderate); znaczne = znaczne (severe); P = prawy (right), L = lewy (left).\n",
        {
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L4-L5", "subarticular_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a French grid of levels 'L1L2' under 'Disques', its row names wrapped under them "
        "('Debord' / 'discal', 'Foramens' / ' (D/G)')",
        "Resultats :\n"
        "Disques      L1L2   L2L3   L3L4   L4L5   L5S1\n"
        "Debord       0      0      B      B      H\n"
        "discal\n"
        "Canal        0      0      0      1      0\n"
        "Foramens     0/0    0/0    0/0    1/0    0/2\n"
        " (D/G)\n"
        "Codes : 0 = absent/normal ; 1 = leger (mild) ; 2 = modere (moderate) ; B = bombement "
        "(bulge) ; H = hernie (herniation).\n",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L3-L4", "disc_bulge"): "present",
            ("L5-S1", "disc_herniation"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "a spaced header wrapped over two lines, 'bpn = bez patologickeho nalezu (normal)' and "
        "Czech 'Recesus dx/sin' cells",
        "Etaz   Plotenka (disc)    Páteřní    Foramen   Foramen   Recesus\n"
        "                          kanál      dx        sin       dx/sin\n"
        "L2/3   bpn                bpn        bpn       bpn       bpn/bpn\n"
        "L4/5   HD paramed. dx     lehká      střední   lehká     bpn/bpn\n"
        "Legenda: bpn = bez patologického nálezu (normal); lehká = mild; střední = moderate; "
        "HD = hernie disku (herniation); dx = right, sin = left.\n",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L2-L3", "subarticular_stenosis_left"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "subarticular_stenosis_right"): "none",
        },
        [],
    ),
    (
        "'Canal vertebral' and 'Recesso lat.' columns, sides 'D E' by the key, 'amplo' / "
        "'livre' / 'acent.' cells",
        "Nível  | Disco     | Canal      | Recesso lat.   | Forame\n"
        "(level)|           | vertebral  | D      E       | D          E\n"
        "L2-L3  | normal    | leve       | leve   livre   | moderada   leve\n"
        "L3-L4  | normal    | amplo      | acent. livre   | livre      livre\n"
        "Legend: amplo/livre = normal (wide/free); leve = mild; moderado(a) = moderate; D = "
        "right; E = left.\n",
        {
            ("L2-L3", "canal_stenosis"): "mild",
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "subarticular_stenosis_right"): "severe",
            ("L3-L4", "subarticular_stenosis_left"): "none",
            ("L2-L3", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "'(++)' cells under the key '(-) none (+) mild (++) moderate (+++) severe', a row "
        "'lat.rec.rt', 'Others aligned.' after a slip",
        "Findings:\n"
        "Degenerative spondylolisthesis at L4/5 (Meyerding I). Others aligned.\n\n"
        "             L3/4   L4/5    L5/S\n"
        "canal         -     (+++)    -\n"
        "lat.rec.rt    -     (++)     -\n"
        "foramen lt    -     (+)     (++)\n"
        "(-) none  (+) mild  (++) moderate  (+++) severe\n",
        {
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "subarticular_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L2-L3", "spondylolisthesis"): "absent",
            ("L4-L5", "spondylolisthesis"): "present",
        },
        [],
    ),
    (
        "a spaced header glossed under it ('(level)  (disc)  (canal)'), its legend opening '- : "
        "normal ;', 'discrète = mild', 'bombement', 'n.é.' (not assessed)",
        "Findings: lumbar MRI, sagittal and axial images. The conus is normal.\n\n"
        "Étage    Disque        Canal      Foramen D    Foramen G\n"
        "(level)  (disc)        (canal)    (right)      (left)\n"
        "T12-L1   -             -          -            -\n"
        "L3-L4    bombement     discrète   discrète     -\n"
        "L5-S1    n.é.          n.é.       n.é.         n.é.\n"
        "- : normal ; discrète = mild ; modérée = moderate ; bombement = bulge ; n.é. = non "
        "évalué (not assessed)\n\nThe L5-S1 level was degraded by motion and is not assessed.",
        {
            ("T12-L1", "canal_stenosis"): "none",
            ("T12-L1", "disc_bulge"): "absent",
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
        },
        [("L5-S1", "canal_stenosis"), ("L5-S1", "disc_bulge"), ("L5-S1", "disc_herniation")],
    ),
    (
        "a spaced header's level column name broken at its hyphen ('Lev-' over 'el'), its names "
        "wrapped under it",
        "Lev-   Disc       Spinal    Neural foramen   Lat. recess\n"
        "el                canal     (R/L)            (R/L)\n"
        "L3-4   bulge      0         0/1              0/0\n"
        "L4-5   HIVD       2         1/2              1/2\n"
        "Grading: 0 = normal, 1 = mild, 2 = moderate, 3 = severe.\n",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "subarticular_stenosis_right"): "mild",
            ("L4-L5", "subarticular_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "a spaced table under a title line, its level column blank and its names over three "
        "lines ('Lateral' / 'recess' / 'L  R')",
        "Summary table\n"
        "        Disc          Central   Lateral        Exit\n"
        "                      canal     recess         foramen\n"
        "                                L      R       L      R\n"
        "L3-4    bulge         -         -      -       -      -\n"
        "L4-5    extrusion     mild      sev    -       mild   -\n"
        "- = normal\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L4-L5", "subarticular_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "a Dutch grid ('kanaal'), its legend a line of entries parted by ';' ('protrusie = "
        "protrusion'), a row of dashes and a digit no page number ('-  1  -')",
        "Bevindingen / Findings:\n"
        "               L3-L4    L4-L5           L5-S1\n"
        "discus         bulging  bulging +       n\n"
        "                        protrusie\n"
        "kanaal         licht    matig           n\n"
        "Modic          -        1               -\n\n"
        "n = normaal; - = geen (none); licht = mild; matig = moderate; protrusie = protrusion.\n",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "modic"): "type1",
            ("L3-L4", "modic"): "none",
            ("L5-S1", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "dictated 'for a minal', 'for a mina patent' and 'for a men' (foraminal, foramina, "
        "foramen)",
        "Findings colon L three four colon moderate left for a minal stenosis full stop the right "
        "for a men is patent full stop L four five colon canal and for a mina patent full stop",
        {
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "canal_stenosis"): "none",
        },
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "a dictated run-on sentence whose 'comma' leaves spaces before 'the other lumbar levels "
        "are normal'",
        "Findings colon there is diffuse disc bulge at L three four comma at L three four there "
        "is mild central canal stenosis comma the other lumbar levels are normal period",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "disc_bulge"): "absent",
        },
        [],
    ),
    (
        "'The remainder of the lumbar spine is normal, including alignment.'",
        "Findings: Left L5-S1 laminotomy. No recurrent disc herniation at L5-S1.\n"
        "The remainder of the lumbar spine is normal, including alignment.",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L5-S1", "spondylolisthesis"): "absent",
            ("L5-S1", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "a level's findings told 'adjacent to the L5-S1 arthroplasty': the level's, not the "
        "arthroplasty's",
        "IMPRESSION: Stable degenerative changes at L4-L5 adjacent to the L5-S1 arthroplasty, with "
        "mild canal and lateral recess stenosis.",
        {("L4-L5", "canal_stenosis"): "mild", ("L4-L5", "subarticular_stenosis_left"): "mild"},
        [("L5-S1", "canal_stenosis")],
    ),
    (
        "a post quoting two MRIs, each after its year ('2021 MRI (Cape Town): ...' then '2023 MRI "
        "(after physio): ...'): the newer one's",
        "2 MRIs compared below. 2021 MRI (Cape Town): 'L5/S1 large extrusion severely narrowing "
        "the right lateral recess.' 2023 MRI (after physio): 'L5/S1 protrusion with mild right "
        "lateral recess narrowing.' So is it better?",
        {("L5-S1", "subarticular_stenosis_right"): "mild"},
        [],
    ),
    (
        "a grid's key '- = not separately assessed': its dashes say nothing",
        "STENOSIS GRID (0 = none, 1 = mild, 2 = moderate, 3 = severe; - = not separately assessed)\n"
        "                   L2-L3  L3-L4  L4-L5\n"
        "Central canal        2      1      3\n"
        "L lat recess         -      -      3\n",
        {
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L2-L3", "canal_stenosis"): "moderate",
        },
        [("L2-L3", "subarticular_stenosis_left"), ("L3-L4", "subarticular_stenosis_left")],
    ),
]

SESSION70_ROUND134: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZZZZZV-ZZZZZZZY
    (
        "a spaced header glossed under it by single spaces, one column unglossed, the glosses "
        "naming the sites in English ('Recessus oik/vas' over '(recess R/L)')",
        "Findings:\n"
        "Taso    Välilevy     Kanava   Recessus oik/vas  Foramen oik/vas  Modic  Listeesi\n"
        "(level) (disc)       (canal)  (recess R/L)      (foramen R/L)           (listhesis)\n"
        "L3-L4   pullistuma   1        0/1               1/1              0      0\n"
        "L4-L5   protruusio   2        1/2               1/3              2      0\n"
        "Asteikko (scale): 0 = ei (none), 1 = lievä (mild), 2 = kohtalainen (moderate), 3 = "
        "vaikea (severe)\n"
        "pullistuma = bulge, protruusio = protrusion\n",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L3-L4", "subarticular_stenosis_right"): "none",
            ("L3-L4", "subarticular_stenosis_left"): "mild",
            ("L4-L5", "subarticular_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L4-L5", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "Spanish cells 's/a' (sin alteraciones) on both sides of ' / ', columns 'Foramen D / I' "
        "and 'Listesis', a cell's word glossed once ('abombamiento (bulge)') and then bare",
        "Findings:\n"
        "Nivel    Disco (disc)            Canal      Foramen D / I      Listesis\n"
        "L2-L3    abombamiento (bulge)    s/a        s/a / s/a          —\n"
        "L3-L4    abombamiento            leve       s/a / severa       —\n"
        "s/a = sin alteraciones (normal); leve = mild; severa = severe; — = no (none/absent)\n",
        {
            ("L2-L3", "foraminal_stenosis_right"): "none",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "severe",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "Italian 'nella norma', 'Canale', 'Recesso D/S' and 'Listesi' columns",
        "Findings:\n"
        "Livello | Disco       | Canale      | Recesso D/S  | Forame D/S      | Listesi\n"
        "L2-L3   | nella norma | nella norma | nella norma  | nella norma     | -\n"
        "L4-L5   | ernia       | moderata    | -/grave      | lieve/moderata  | -\n"
        "Legenda: lieve = mild; moderata = moderate; grave = severe; D = destra (right), S = "
        "sinistra (left)\n",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "subarticular_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a Danish 'hø/ve' column pair the legend glosses ('hø = højre (right), ve = venstre "
        "(left)')",
        "Findings:\n"
        "Niveau   Discus      Canalis spinalis   Foramen hø/ve     Modic\n"
        "L3-L4    bulging     normal             let/normal        0\n"
        "L5-S1    protrusion  let                moderat/svær      0\n"
        "Forklaring (legend): let = mild, moderat = moderate, svær = severe; 0 = ingen (none); "
        "hø = højre (right), ve = venstre (left)\n",
        {
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "severe",
        },
        [],
    ),
    (
        "a '|' header's side alone after a column of a site and a side ('Neural foramina Rt | "
        "Lt'), the key '--- : free/normal'",
        "Findings:\n"
        "Level | Disc               | Neural foramina Rt | Lt  | Lat. recess Rt | Lt\n"
        "L2/3  | ---                | ---                | --- | ---            | ---\n"
        "L4/5  | central protrusion | ++                 | +++ | ++             | +\n"
        "( --- : free/normal,  + : mild,  ++ : moderate,  +++ : marked )\n",
        {
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L4-L5", "subarticular_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "a German spaced table: 'Spinalkanal', 'Diskus', 'Rezessus re', a legend of words parted "
        "by '/' ('frei/weit/unauffällig = normal'), cells 'mässig (++)', 'nein', 'n.b.'",
        "Segment  Diskus        Spinalkanal   Foramen re    Rezessus re   Rezessus li   Listhesis\n"
        "L1/2     unauffällig   weit          frei          frei          frei          nein\n"
        "L3/4     Bulging       mässig eng    eng (+++)     mässig (++)   frei          nein\n"
        "L4/5     n.b.          n.b.          n.b.          n.b.          n.b.          n.b.\n"
        "Legende: frei/weit/unauffällig = normal; + leicht (mild); ++ mässig (moderate); +++ "
        "hochgradig (severe); n.b. = nicht beurteilbar (not assessable)\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L1-L2", "spondylolisthesis"): "absent",
            ("L3-L4", "foraminal_stenosis_right"): "severe",
            ("L3-L4", "subarticular_stenosis_right"): "moderate",
            ("L3-L4", "subarticular_stenosis_left"): "none",
        },
        [("L4-L5", "canal_stenosis"), ("L4-L5", "disc_bulge")],
    ),
    (
        "a Swedish table: a row of a range ('L1/2 t.o.m. L3/4'), 'ua' cells, 'Foramina (hö/vä)' "
        "and 'buktning = disc bulge'",
        "Findings:\n"
        "Nivå               Disk       Kanal   Foramina (hö/vä)\n"
        "L1/2 t.o.m. L3/4   ua         ua      ua/ua\n"
        "L5/S1              buktning   lätt    måttlig/lätt\n\n"
        "ua = utan anmärkning (normal); buktning = disc bulge; lätt = lindrig (mild); måttlig = "
        "moderate\n",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L5-S1", "disc_bulge"): "present",
            ("L5-S1", "canal_stenosis"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "dictated 'for a minal' heading a list and after 'no'",
        "Findings colon for a minal stenosis colon mild left L3 4 comma severe right L5 S1 period "
        "L4 5 colon no for a minal stenosis period",
        {
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "none",
        },
        [("L3-L4", "canal_stenosis"), ("L4-L5", "canal_stenosis")],
    ),
    (
        "named levels opening a clause after 'and the' ('... at L1 and the T12-L1, L1-2 and L2-3 "
        "levels are unremarkable')",
        "Findings: The conus ends normally at L1 and the T12-L1, L1-2 and L2-3 levels are "
        "unremarkable. L4-5: disc bulge.",
        {
            ("T12-L1", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "foraminal_stenosis_left"): "none",
        },
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "a line of another language's phrases each glossed in English ('Resto de niveles (rest "
        "of levels) sin hallazgos (without findings).')",
        "Findings: L4-L5: protrusión central (central protrusion).\n"
        "Resto de niveles (rest of levels) sin hallazgos (without findings).",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L2-L3", "canal_stenosis"): "none",
            ("L5-S1", "disc_bulge"): "absent",
        },
        [],
    ),
    (
        "Spanish 'no se puede descartar' (cannot be ruled out): a hedge, not a negation",
        "Findings: L5-S1: no se puede descartar (cannot be excluded) small left foraminal "
        "herniation.",
        {("L5-S1", "disc_herniation"): "present"},
        [],
    ),
]

SESSION71_ROUND135: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZZZZZZ-ZZZZZZZZC
    (
        "a Dutch key of letter codes, one of a hyphenated word for an intermediate grade ('lm = "
        "licht-matig (mild to moderate)': the higher), under a column 'kanaalstenose'",
        "Bevindingen:\n"
        "              | L3L4 | L4L5 | L5S1\n"
        "kanaalstenose |      | lm   | l\n"
        "foramen re    | m    | e    |\n"
        "l = licht (mild); lm = licht-matig (mild to moderate); m = matig (moderate); e = "
        "ernstig (severe). re = rechts (right).\n",
        {
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L5-S1", "canal_stenosis"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "severe",
        },
        [],
    ),
    (
        "a line of glossed phrases with a field's colon after a gloss ('Altri livelli (other "
        "levels): nella norma (normal)')",
        "Findings:\nL4-L5: mild central canal stenosis.\n"
        "Altri livelli (other levels): nella norma (normal).\n",
        {
            ("L4-L5", "canal_stenosis"): "mild",
            ("L2-L3", "canal_stenosis"): "none",
            ("L5-S1", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "a word glossed 'normal' in prose ('normali (normal levels)', 'normale (normal)')",
        "Findings:\nSegmento L1-L2: normali (normal levels).\nL2-L3: normale (normal).\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "the canal named with its adjective after ('Canal central', 'canal spinal'), a grade "
        "glossed once in a cell ('usoara (mild)') then bare, a slashed pair of sides",
        "Findings:\n"
        "Nivel            L3-L4             L4-L5\n"
        "Canal central    -                 usoara (mild)\n"
        "Foramen dr/stg   usoara/-          moderata (moderate)/usoara\n"
        "- = fara modificari (normal); dr = dreapta (right), stg = stanga (left).\n",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "cells of both sides by the key's side words with a dash for normal ('dx - / sx grave "
        "(severe)', '- = assente (none)')",
        "Findings:\n"
        "                 L4-L5                 L5-S1\n"
        "Stenosi forame   dx lieve / sx -       dx - / sx grave (severe)\n"
        "- = assente (none); dx = destra (right), sx = sinistra (left); lieve = mild.\n",
        {
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "severe",
        },
        [],
    ),
    (
        "a canal column in short ('Centr. can.') and a recess column of both sides by the key's "
        "letters ('Rec. lat. J/B', 'J = jobb (right), B = bal (left)')",
        "Key: 0 = nincs (none), + = enyhe (mild), ++ = kozepes (moderate), +++ = sulyos "
        "(severe). J = jobb (right), B = bal (left).\n\n"
        "Szint   | Centr. can. | Rec. lat. J/B\n"
        "L3-L4   | +           | 0/0\n"
        "L4-L5   | ++          | +/+++\n",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L3-L4", "subarticular_stenosis_left"): "none",
            ("L4-L5", "subarticular_stenosis_right"): "mild",
            ("L4-L5", "subarticular_stenosis_left"): "severe",
        },
        [],
    ),
    (
        "a pipe table whose header cells and notes write Chinese before their English ('膨出 "
        "Bulge', '+ 轻度 (mild)')",
        "Findings:\n"
        "| 椎间隙 Level | 膨出 Bulge | 硬膜囊受压 Canal stenosis | 椎间孔狭窄 Foraminal R/L |\n"
        "| L4/5         | +          | + 轻度 (mild)             | -/+                      |\n"
        "| L5/S1        | -          | -                         | +/+                      |\n"
        "+ = 有 (present); - = 无 (absent).\n",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "present",
        },
        [],
    ),
    (
        "a key's pair of side letters ('P/T = right/left') and a legend glossing a column's "
        "name by its site ('Lo TH = lo tiep hop (foramen)')",
        "MRI lumbar spine. Findings:\n"
        "                 | L34   | L45\n"
        "Lo TH P/T        | n/n   | nhe/vua\n"
        "n = binh thuong (normal); nhe = mild, vua = moderate; Lo TH = lo tiep hop (foramen); "
        "P/T = right/left.\n",
        {
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "a spaced grid of two levels under a blank corner, a 0-3 key, a recess row 'Lat rec R/L'",
        "Summary (0 none, 1 mild, 2 moderate, 3 severe):\n"
        "               L3/4          L4/5\n"
        "Canal          0             2\n"
        "Lat rec R/L    0/1           3/0\n",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L3-L4", "subarticular_stenosis_left"): "mild",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
        },
        [],
    ),
    (
        "a piped header's sides on its next line under one column only ('Foramen' over 'Der | "
        "Izq', its neighbours unsplit), Spanish 's/p' and letter keys, 'n/e' not assessable, "
        "a bare 'abombamiento'",
        "Hallazgos:\n"
        "Nivel  | Disco          | Canal | Foramen   | Listesis\n"
        "       |                |       | Der | Izq |\n"
        "L2-L3  | abombamiento   | L     | s/p | L   | no\n"
        "L3-L4  | s/p            | S     | M   | s/p | no\n"
        "L4-L5  | n/e            | n/e   | n/e | n/e | n/e\n"
        "s/p = sin particularidades (unremarkable); L = leve (mild); M = moderada (moderate); "
        "S = severa (severe); n/e = no evaluable (not assessable).\n",
        {
            ("L2-L3", "disc_bulge"): "present",
            ("L2-L3", "canal_stenosis"): "mild",
            ("L2-L3", "foraminal_stenosis_right"): "none",
            ("L2-L3", "foraminal_stenosis_left"): "mild",
            ("L2-L3", "spondylolisthesis"): "absent",
            ("L3-L4", "canal_stenosis"): "severe",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
        },
        [("L4-L5", "spondylolisthesis"), ("L4-L5", "canal_stenosis")],
    ),
    (
        "Italian headings 'REPERTO' and 'CONCLUSIONI': the findings' grade over the impression's",
        "REPERTO (findings)\nL4-L5: moderate central canal stenosis.\n\n"
        "CONCLUSIONI (impression)\nSevere canal stenosis at L4-L5.\n",
        {("L4-L5", "canal_stenosis"): "moderate"},
        [],
    ),
    (
        "a table cell of Spanish glossed whole in English ('deshidratado, sin abombamiento ni "
        "hernia (desiccated, no bulge or herniation)'), a column 'Foramenes'",
        "Nivel    Disco                                       Foramenes\n"
        "L4-L5    deshidratado, sin abombamiento ni hernia    leve\n"
        "         (desiccated, no bulge or herniation)\n"
        "leve = mild; nl = normal.\n",
        {
            ("L4-L5", "disc_bulge"): "absent",
            ("L4-L5", "disc_herniation"): "absent",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "a key of Schizas' letters headed 'Schizas:' after the table: a key, not a statement",
        "Nivel  | Canal (Schizas) | Foramen D | Foramen I\n"
        "L4-L5  | C               | mild      | severe\n\n"
        "Schizas: A = sin estenosis (no stenosis), B = moderada (moderate), C = severa (severe).\n"
        "D/I = derecho/izquierdo (right/left).\n",
        {
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
        },
        [],
    ),
    (
        "dictated 'el five dash es one' for L5-S1",
        "Findings colon el five dash es one colon small central disc protrusion period no "
        "stenosis period",
        {("L5-S1", "disc_herniation"): "present"},
        [("L3-L4", "disc_herniation"), ("L4-L5", "disc_herniation")],
    ),
    (
        "a second-language 'Alignment is kept' (no listhesis)",
        "Findings: Alignment is kept. At level L4-L5 small disc bulge.",
        {("L4-L5", "spondylolisthesis"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
    (
        "grades in Cyrillic glossed after a dash ('(помірно - moderate)')",
        "Findings: Segment L IV-L V: spinal canal stenosis (виражений - marked), right "
        "foramen narrowed (помірно - moderate), left foramen narrowed slightly.",
        {
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
]

SESSION71_ROUND136: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZZZZZZ-ZZZZZZZZC
    (
        "a grid of level columns under a Spanish corner 'Espacio', a row 'Forámenes D/I' graded "
        "by a key of bare digits, its sides by a key 'D/I = derecho/izquierdo (right/left)'",
        "Espacio        L3-L4  L4-L5  L5-S1\n"
        "Canal          1      2      0\n"
        "Forámenes D/I  0/1    1/1    3/0\n\n"
        "Grados: 0 normal, 1 leve (mild), 2 moderado (moderate), 3 severo (severe). D/I = "
        "derecho/izquierdo (right/left).\n",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "severe",
        },
        [],
    ),
    (
        "a grid whose rows' names are glossed in English on the line under each ('(canal "
        "stenosis; 0 nincs, ...)'), a gloss naming no column passed over, sides by a key "
        "'j = jobb/right, b = bal/left'",
        "Szegmentum         L2-3   L3-4   L4-5\n"
        "(segment)\n"
        "Gerinccsatorna     0      1      2\n"
        "(canal stenosis; 0 nincs/none, 1 enyhe/mild, 2 kozepes/moderate, 3 sulyos/severe)\n"
        "Foramen j/b        0/0    0/1    2/1\n"
        "(j = jobb/right, b = bal/left; grade as above)\n"
        "Porckorongserv     0      0      1\n"
        "(disc herniation)\n",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "disc_herniation"): "present",
            ("L2-L3", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "a grid's Chinese cells read by the report's key ('无 = none; 轻度 = mild'), a row of "
        "blank cells glossed in English on the line under it ('(bulge)   (protrusion)')",
        "MRI lumbar spine.\n"
        "节段 Level         L3/4       L4/5          L5/S1\n"
        "椎间盘 Disc        膨出        突出           膨出\n"
        "                  (bulge)    (protrusion)   (bulge)\n"
        "椎管 Canal         无          轻度            中度\n\n"
        "注 Key: 无 = none; 轻度 = mild; 中度 = moderate; 重度 = severe.\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "present",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L5-S1", "canal_stenosis"): "moderate",
        },
        [],
    ),
    (
        "a '|' header whose level column is named in another language and glossed ('Tang "
        "(level)'), a column glossed with its sides ('Lo lien hop P/T (foramen R/L)'), two "
        "words glossed 'normal' in a cell ('binh thuong (normal)')",
        "MRI lumbar spine\n"
        "Tang (level) | Dia dem (disc)        | Lo lien hop P/T (foramen R/L)\n"
        "L2-L3        | binh thuong (normal)  | khong/khong\n"
        "L4-L5        | phong (bulge)         | nhe/vua\n\n"
        "khong = none; nhe = mild; vua = moderate. P = phai (right), T = trai (left).\n",
        {
            ("L2-L3", "foraminal_stenosis_right"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "the findings' ungraded stenosis takes the impression's grade of it (they do not disagree)",
        "FINDINGS: At L4-5 a right foraminal protrusion narrows the right neural foramen.\n\n"
        "IMPRESSION: L4-5 protrusion with severe right foraminal stenosis.",
        {("L4-L5", "foraminal_stenosis_right"): "severe"},
        [],
    ),
]


SESSION72_ROUND137: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZZZZZZH-ZZZZZZZZK
    (
        "dictated 'el five ess one' (L5-S1) heading its statement",
        "Findings colon next line\n"
        "el five ess one colon bilateral for aminal stenosis comma greater on the right comma "
        "moderate period next line\n",
        {("L5-S1", "foraminal_stenosis_left"): "moderate"},
        [],
    ),
    (
        "the other levels' statement run on in a text with no stops ('... no nerve root "
        "compression remaining lumbar levels unremarkable impression ...')",
        "MRI LUMBAR SPINE WITHOUT CONTRAST history back pain findings L four five disc bulge with "
        "mild bilateral for aminal narrowing no canal stenosis L five S one small central "
        "protrusion no nerve root compression remaining lumbar levels unremarkable impression "
        "mild degenerative disc disease at L four five and L five S one as described",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L5-S1", "disc_herniation"): "present",
            ("L2-L3", "disc_bulge"): "absent",
            ("L3-L4", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'disc bulk' heard for disc bulge",
        "FINDINGS: L three four colon mild disc bulk without canal or for aminal stenoses period",
        {("L3-L4", "disc_bulge"): "present", ("L3-L4", "canal_stenosis"): "none"},
        [],
    ),
    (
        "a site graded after it in shorthand, named by its adjective ('left foraminal moderate')",
        "FINDINGS: L4-5: mild to moderate canal stenosis. Severe right foraminal stenosis, left "
        "foraminal moderate.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "a heading 'On level' over a list of levels ('On level L2-L3 and L3-L4: ...')",
        "FINDINGS: On level L2-L3 and L3-L4: discs are of normal signal, no bulging, no hernia.",
        {
            ("L2-L3", "disc_bulge"): "absent",
            ("L2-L3", "disc_herniation"): "absent",
            ("L3-L4", "disc_bulge"): "absent",
        },
        [],
    ),
    (
        "the other side's grade after a comparison word ('moderate right foraminal narrowing, "
        "unchanged; mild left')",
        "FINDINGS: L3-L4: Disc bulge. Moderate right foraminal narrowing, unchanged; mild left.",
        {
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
]


SESSION72_ROUND138: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # sets ZZZZZZZZP-ZZZZZZZZS
    (
        "a level-row table's columns named by bare abbreviations ('Prot', 'For R', 'For L')",
        "Lvl   Bulge  Prot  Canal  For R  For L\n"
        "L34   +      -     -      -      -\n"
        "L45   +      -     +      +      +\n"
        "L5S1  -      +     -      -      ++\n"
        "(- none, + mild, ++ moderate, +++ severe; Bulge/Prot: + = present)\n",
        {
            ("L3-L4", "disc_herniation"): "absent",
            ("L5-S1", "disc_herniation"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a ';' export's row named 'Lumbosacral' (L5-S1), its key on the line under it",
        "Level;Disc;Central stenosis;Foramen dx;Foramen sin\n"
        "L4/L5;bulging;nej;nej;let\n"
        "Lumbosacral;prolaps paramedian sin;let;nej;moderat\n"
        "nej = no, let = mild, moderat = moderate, prolaps = disc herniation, dx = right, "
        "sin = left\n",
        {
            ("L5-S1", "disc_herniation"): "present",
            ("L5-S1", "canal_stenosis"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [("L1-L2", "disc_herniation"), ("L3-L4", "disc_herniation")],
    ),
    (
        "a table's key of an em dash or a quoted dash in brackets ('(\u2014 = no abnormality)') is "
        "no statement of every level",
        "FINDINGS: Normal alignment.\n"
        "Level  | Disc           | Canal stenosis\n"
        "L3-4   | \u2014              | \u2014\n"
        "L4-5   | diffuse bulge  | mild\n"
        "(\u2014 = no abnormality)\n"
        "('-' = no significant abnormality)\n\n"
        "Impression: bulge at L4-5.",
        {("L4-L5", "disc_bulge"): "present", ("L4-L5", "canal_stenosis"): "mild"},
        [("L1-L2", "disc_bulge"), ("L5-S1", "canal_stenosis")],
    ),
    (
        "Modic heard as 'mo dick', and 'type two Modic' typed",
        "FINDINGS: At L5-S1 there is loss of disc height with mo dick type two end plate changes. "
        "At L4-L5 there is type two Modic endplate change.",
        {("L5-S1", "modic"): "type2", ("L4-L5", "modic"): "type2"},
        [],
    ),
    (
        "a paragraph of dictation sent without its stops, in a text with line breaks: its "
        "statements parted at each level",
        "MRI lumbar spine without contrast\n\n"
        "findings there is mild dextro convex scoliosis alignment is otherwise maintained L one "
        "two and L two three are unremarkable L three four there is a mild diffuse disc bulge with "
        "a tiny central annular fissure no significant canal or foraminal stenosis L four five "
        "there is a diffuse disc bulge with moderate right neural foraminal narrowing\n\n"
        "impression degenerative changes greatest at L four five\n",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
        },
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "'scratch that' taking back a clause keeps the level leading it ('At L4/5, there is "
        "moderate to severe, scratch that, there is severe ...')",
        "FINDINGS: At L3/4, mild central canal stenosis.\n"
        "At L4/5, there is moderate to severe, scratch that, there is severe central canal "
        "stenosis with redundant nerve roots above the level. The lateral recesses are severely "
        "narrowed.",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "subarticular_stenosis_left"): "severe",
        },
        [("L3-L4", "subarticular_stenosis_left")],
    ),
    (
        "', as on the previous study' and ', as before' after findings: unchanged, current",
        "FINDINGS: L3-4: broad-based protrusion and facet arthrosis, mild spinal canal stenosis, "
        "as on the previous study. L4-L5: Mild annular bulge without canal or foraminal stenosis, "
        "as before.",
        {
            ("L3-L4", "disc_herniation"): "present",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "none",
        },
        [],
    ),
]

SESSION73_ROUND139: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # ZZZZZZZZX-ZZZZZZZZZA
    (
        "a change of grade 'from' one grade to another is no intermediate grade ('progressed from "
        "mild to moderate-to-severe': severe; 'improved from moderate to mild': mild)",
        "FINDINGS: At L4-5, the canal stenosis has progressed from mild to moderate-to-severe. "
        "At L3-4, canal stenosis improved from moderate to mild. L2-3: left foraminal narrowing, "
        "progressed from mild to moderate.",
        {
            ("L4-L5", "canal_stenosis"): "severe",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L2-L3", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "dictated mixed Modic types ('type one slash type two', 'type one and type two'): the "
        "lower type",
        "FINDINGS colon at L3 dash 4 there is type one slash type two Modic change period at L4 "
        "dash 5 there is type one and type two modic change period",
        {("L3-L4", "modic"): "type1", ("L4-L5", "modic"): "type1"},
        [],
    ),
    (
        "a dictated 'new paragraph' after a spoken stop is a paragraph (the history's section "
        "ends there)",
        "MRI LUMBAR SPINE full stop new paragraph History colon left buttock pain comma no red "
        "flags full stop new paragraph There are no Modic changes comma no spondylolisthesis and "
        "no significant canal stenosis at any level full stop new paragraph L three four colon "
        "small protrusion full stop",
        {
            ("L1-L2", "modic"): "none",
            ("L5-S1", "canal_stenosis"): "none",
            ("L2-L3", "spondylolisthesis"): "absent",
            ("L3-L4", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "a Modic type named in a prior clause that has since turned into another ('this has "
        "since converted to type two'): the later type, current",
        "Findings: At L4-5 the diffuse disc bulge is unchanged.\n\n"
        "On the previous study there was Modic type one change at L3-4, this has since "
        "converted to type two.",
        {("L3-L4", "modic"): "type2"},
        [],
    ),
    (
        "a table's header row ('Level  Bulge  Hernia ...') states nothing, though levels were "
        "named on the line before it",
        "Findings:\nSagittal T1WI/T2WI, axial T2WI (L2/3-L5/S1).\n"
        "Level   Bulge  Hernia  Canal      Foramen(R/L)\n"
        "L2/3    +      -       slight     -/-\n"
        "L5/S1   -      -       -          -/slight\n"
        "(+: present, -: absent / none)\n",
        {
            ("L2-L3", "disc_herniation"): "absent",
            ("L5-S1", "disc_bulge"): "absent",
            ("L2-L3", "canal_stenosis"): "mild",
        },
        [("L3-L4", "disc_bulge"), ("L4-L5", "disc_herniation")],
    ),
    (
        "a legend line opening with 'Legend' and holding a dash's key is no statement",
        "Lvl     Canal      Foramen L/R   Disc\n"
        "L2-L3   1          1/0           bulge\n"
        "L4-L5   3          2/2           bulge\n"
        "Grading: 0 none, 1 mild, 2 moderate, 3 severe.\n"
        "Legend Disc: - = no bulge or herniation. Modic: - = none.\n",
        {("L2-L3", "disc_bulge"): "present", ("L4-L5", "canal_stenosis"): "severe"},
        [("L2-L3", "disc_herniation"), ("L4-L5", "disc_herniation")],
    ),
    (
        "the other side's 'none' after a sided grade ('left foraminal stenosis is mild, right "
        "none', 'moderate left foraminal stenosis, right none')",
        "L4/5: left foraminal stenosis is mild, right none. L5/S1: moderate left foraminal "
        "stenosis, right none.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a grid whose header names its columns in brackets parted by '/' ('Level grid (canal / "
        "left NF / ...; disc):') over rows of a level and its cells",
        "Level grid (canal / left NF / right NF / left LR / right LR; disc):\n"
        "L1-L2: none / none / none / none / none; no disc abnormality\n"
        "L3-L4: mild / mild-to-moderate / mild / none / none; bulge\n"
        "L4-L5: moderate-to-severe / moderate / moderate / severe / moderate; bulge\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a level's line of fields in the codes of the report's key ('Canal: Mi. Foramina: L Mi "
        "/ R N.' under 'N = normal/none, Mi = mild, Mo = moderate, S = severe')",
        "Findings:\nGrading: N = normal/none, Mi = mild, Mo = moderate, S = severe.\n\n"
        "L2/3 - Disc: broad-based bulge. Canal: Mi. Foramina: L Mi / R N. Lat recess: N.\n"
        "L3/4 - Disc: bulge. Canal: Mo-S (trefoil). Foramina: L Mo / R Mo. Lat recesses: S "
        "bilaterally.\n"
        "L5/S1 - Disc: desiccated, no bulge or protrusion. Canal: N. Foramina: N/N.\n",
        {
            ("L2-L3", "canal_stenosis"): "mild",
            ("L2-L3", "foraminal_stenosis_left"): "mild",
            ("L2-L3", "foraminal_stenosis_right"): "none",
            ("L3-L4", "canal_stenosis"): "severe",
            ("L3-L4", "subarticular_stenosis_right"): "severe",
            ("L5-S1", "foraminal_stenosis_left"): "none",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a table cell's side letter and 'N' for normal ('R mod, L N')",
        "Level\tDisc\tCanal\tForamina\tLat. recess\n"
        "L4-5\tdiffuse bulge\tN\tmild bilat.\tN\n"
        "L5-S1\tR paracentral protrusion\tmild\tR mod, L N\tR mod, L N\n"
        "N = normal.\n",
        {
            ("L5-S1", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "subarticular_stenosis_left"): "none",
        },
        [],
    ),
]


SESSION73_ROUND140: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # ZZZZZZZZZF-ZZZZZZZZZI
    (
        "under a site's heading, its open state at the other levels ('Normal width at the other "
        "levels', 'Wide elsewhere', 'preserved at the remaining levels' under 'Vertebral canal:') "
        "and 'No significant narrowing at L1-2 or T12-L1' under the foramina's",
        "Spinal canal: mild narrowing at L3-L4. Normal width at the other levels.\n"
        "Vertebral canal: reduced at L4-L5 (moderate stenosis); preserved at the remaining "
        "levels.\n"
        "NEURAL FORAMINA: Severe bilateral foraminal stenosis at L4-5. No significant narrowing "
        "at L1-2 or T12-L1.\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("T12-L1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "'Wide elsewhere.' under the canal's heading",
        "Spinal canal: Moderate central stenosis L4-L5. Wide elsewhere.",
        {("L4-L5", "canal_stenosis"): "moderate", ("L2-L3", "canal_stenosis"): "none"},
        [],
    ),
    (
        "a site and an empty value as its own clause ('; canal nil ;', 'NF nil')",
        "FINDINGS:\n"
        "L4-L5     = bulge ; canal nil ; NF L mild ; NF R mild ; lat recess nil\n"
        "L5-S1     = normal disc ; canal nil ; NF nil\n",
        {
            ("L4-L5", "canal_stenosis"): "none",
            ("L4-L5", "subarticular_stenosis_right"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "none",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a line of a field and its '=' is no wrapped line of the sentence before it",
        "[FINDINGS]\n"
        "alignment = 5 mm retrolisthesis L2 on L3; otherwise no listhesis\n"
        "modic     = L2-L3 type 2\n",
        {("L4-L5", "spondylolisthesis"): "absent", ("L2-L3", "modic"): "type2"},
        [],
    ),
    (
        "levels stated normal 'on today's study'",
        "FINDINGS: At L3-4 there is a bulge. L1-2, L2-3 and L5-S1 are normal on today's study.",
        {("L1-L2", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a key of codes with no '=' ('Canal (local scale): A no stenosis, B mild, C moderate, D "
        "severe.') is no statement; a column 'For-L' is the left foramen",
        "Level   Disc    Canal  For-L  For-R\n"
        "L3-L4   BULG    A      0      1\n"
        "L4-L5   PROTR   B      1      2\n\n"
        "Canal (local scale): A no stenosis, B mild, C moderate, D severe. Foramen (Lee): 0 "
        "normal, 1 mild, 2 moderate, 3 severe.\n",
        {
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
        },
        [("L1-L2", "foraminal_stenosis_left"), ("L5-S1", "canal_stenosis")],
    ),
    (
        "'Other levels: none' after a finding's field on its line",
        "Central canal stenosis: mild, L4-L5. Other levels: none.",
        {("L4-L5", "canal_stenosis"): "mild", ("L1-L2", "canal_stenosis"): "none"},
        [],
    ),
]


SESSION74_ROUND141: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # ZZZZZZZZZN-ZZZZZZZZZQ
    (
        "under a finding's heading, 'others nil' / 'remaining levels none': none at the levels "
        "not named (not the heading's finding present there)",
        "Modic: L2-L3 type 2; L3-L4 type 2; others nil\n"
        "Disc herniation: L4-L5 protrusion; remaining levels none\n",
        {
            ("L2-L3", "modic"): "type2",
            ("L3-L4", "modic"): "type2",
            ("L4-L5", "modic"): "none",
            ("L1-L2", "modic"): "none",
            ("L4-L5", "disc_herniation"): "present",
            ("L5-S1", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "dictation: a slip's vertebrae said ('lumbar four over lumbar five'), 'for a men a' "
        "(foramina), 'D12 dash L1', 'her nee ation'",
        "Findings colon mild antero listhesis of lumbar four over lumbar five is seen period\n"
        "At D12 dash L1 level colon no disc bulge period\n"
        "At L three four level colon mild narrowing of bilateral neural for a men a period\n"
        "L2 dash 3 colon left far lateral disc her nee ation period\n",
        {
            ("L4-L5", "spondylolisthesis"): "present",
            ("T12-L1", "disc_bulge"): "absent",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L2-L3", "disc_herniation"): "present",
        },
        [("L5-S1", "spondylolisthesis"), ("L5-S1", "disc_bulge")],
    ),
    (
        "'Otherwise the lumbar spine is normal in appearance': the study's other levels normal",
        "Findings: No Modic change at L4-5. Otherwise the lumbar spine is normal in appearance.",
        {("L2-L3", "canal_stenosis"): "none", ("L5-S1", "disc_bulge"): "absent"},
        [],
    ),
    (
        "a header's fields 'Exam date: ... | Prior: MRI <date>' are no two studies (the report "
        "under them is read); a table's '2022 (prior)' column is not read",
        "REPORT - MRI LUMBAR SPINE\n"
        "Patient no.: 5520931 | F | Exam date: 2024-05-07 | Prior: MRI 2022-01-13\n"
        "Clinical: recurrent sciatica right.\n\n"
        "| Level | Disc (today) | Canal | 2022 (prior) |\n"
        "|-------|--------------|-------|--------------|\n"
        "| L3-4  | bulge        | n     | protrusion   |\n"
        "| L4-5  | bulge        | mild  | bulge        |\n",
        {("L3-L4", "disc_bulge"): "present", ("L4-L5", "canal_stenosis"): "mild"},
        [("L3-L4", "disc_herniation")],
    ),
    (
        "a box marked with a dash ('[-] = assessed, absent') is not ticked: in a grid and in a "
        "checklist",
        "Key: [x] = present   [-] = assessed, absent\n"
        "GENERAL\n"
        "[x] Normal alignment               [-] Listhesis\n"
        "[-] Modic changes\n"
        "DISC LEVELS\n"
        "Level    Bulge  Protrusion  Extrusion  Canal stenosis\n"
        "L2-L3    [-]    [-]         [-]        [-]\n"
        "L3-L4    [x]    [-]         [-]        [-]\n"
        "L4-L5    [x]    [-]         [-]        [x] mild\n",
        {
            ("L2-L3", "disc_bulge"): "absent",
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "disc_herniation"): "absent",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L2-L3", "modic"): "none",
            ("L4-L5", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "a form's numbered questions after long leader dots ('Q5  Disc bulge ......: YES - "
        "mild, L4-L5'; 'Q12 Normal levels ......: L1-L2, L2-L3'); 'Normal levels: L3-L4'",
        "Q4  Disc herniation ...............................: YES - right paracentral extrusion "
        "L5-S1, caudal migration 8 mm\n"
        "Q5  Disc bulge ....................................: YES - mild, L4-L5\n"
        "Q12 Normal levels .................................: L1-L2, L2-L3\n"
        "Normal levels: L3-L4.\n",
        {
            ("L5-S1", "disc_herniation"): "present",
            ("L4-L5", "disc_bulge"): "present",
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L3-L4", "foraminal_stenosis_left"): "none",
        },
        [("L5-S1", "disc_bulge")],
    ),
    (
        "a questionnaire's questions and answers ('Q3  Is there central canal stenosis?   : YES "
        "- mild, L4/5. None elsewhere.', 'Is there spondylolisthesis?  : NO.')",
        "Q3  Is there central canal stenosis?        : YES - mild, L4/5. None elsewhere.\n"
        "Q8  Is there spondylolisthesis?             : NO.\n",
        {
            ("L4-L5", "canal_stenosis"): "mild",
            ("L2-L3", "canal_stenosis"): "none",
            ("L4-L5", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "a key's entries indented under 'Legend:' are not statements ('\"-\" in Disc column = "
        "no disc pathology': a dash under 'Disc' is none); codes of a scale with their side "
        "after them ('2(l) 1(r)', '1(b)')",
        "Legend: SCS = spinal canal stenosis, NFS = neuroforaminal stenosis, RS = recess stenosis\n"
        "        0 none / 1 mild / 2 moderate / 3 severe\n"
        '        "-" in Disc column = no disc pathology\n\n'
        "Segment   | Disc      | SCS | NFS        | RS\n"
        "L1/2      | -         | 0   | 0          | 0\n"
        "L2/3      | BL        | 1   | 2(l) 1(r)  | 0\n"
        "L3/4      | BL + PR   | 2   | 1(b)       | 2(b)\n",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "foraminal_stenosis_left"): "moderate",
            ("L2-L3", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "subarticular_stenosis_left"): "moderate",
        },
        [("L2-L3", "disc_herniation"), ("L5-S1", "disc_bulge")],
    ),
    (
        "a level range's leader dots ('T12/L1 - L3/4 ........ discs normal.') and a "
        "two-column CSV export ('Findings_L1-L2' and 'Normal.' quoted)",
        "FINDINGS\n"
        "T12/L1 - L2/3 ........ discs normal.\n"
        "L4/5 ................. small broad based paracentral protrusion.\n"
        '"FIELD","VALUE"\n'
        '"Exam","MR LUMBAR SPINE"\n'
        '"Findings_L3-L4","Normal."\n'
        '"Findings_L5-S1","Mild canal stenosis."\n',
        {
            ("T12-L1", "disc_bulge"): "absent",
            ("L2-L3", "disc_herniation"): "absent",
            ("L3-L4", "canal_stenosis"): "none",
            ("L5-S1", "canal_stenosis"): "mild",
        },
        [("L4-L5", "disc_bulge")],
    ),
    (
        "a table's columns named in brackets after a title naming the level ('Per level (disc / "
        "canal / R foramen / L foramen):', rows 'L1-L2: mild bulge / neg / neg / neg'; "
        "'FINDINGS (level: disc | canal | foramina)'); a side's letter after a cell ('mild "
        "narrowing L')",
        "Per level (disc / canal / R foramen / L foramen):\n"
        "T12-L1: neg / neg / neg / neg\n"
        "L1-L2: mild bulge / neg / neg / neg\n"
        "L2-L3: bulge, L foraminal protrusion / mild / neg / moderate\n\n"
        "FINDINGS (level: disc | canal | foramina)\n"
        "L3/4: bulge rather than protrusion | normal | mild narrowing L\n"
        "L4/5: right paracentral extrusion | moderate | R moderate, L normal\n",
        {
            ("T12-L1", "disc_bulge"): "absent",
            ("L1-L2", "disc_bulge"): "present",
            ("L2-L3", "canal_stenosis"): "mild",
            ("L2-L3", "foraminal_stenosis_left"): "moderate",
            ("L2-L3", "foraminal_stenosis_right"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "canal_stenosis"): "moderate",
        },
        [("L3-L4", "foraminal_stenosis_right")],
    ),
    (
        "a code with '?' where the key says '? = possible' ('1?'): the grade, hedged",
        "GRID  (0 = none, 1 = mild, 2 = moderate, 3 = severe; ? = possible)\n"
        "| Level  | Bulge | Canal | NF-L | NF-R |\n"
        "|--------|-------|-------|------|------|\n"
        "| L4-L5  | yes   | 2     | 2    | 1?   |\n",
        {("L4-L5", "foraminal_stenosis_right"): "mild", ("L4-L5", "canal_stenosis"): "moderate"},
        [],
    ),
    (
        "levels with a tilde ('L2~3, L3~4', 'L5~S1'); a vertebra written 'LV3'; the canal's own "
        "'no stenosis' ('Spinal canal of L1/2 to L3/4 level show no obvious stenosis'); a "
        "foramen 'intact'",
        "L2~3, L3~4 discs bulge. L4~5 disc protrudes to the right. L5~S1 normal.\n"
        "Retrolisthesis of LV3 vertebra by 4 mm.\n"
        "Spinal canal of L1/2 to L2/3 level show no obvious stenosis.\n"
        "L4/5: Rt. foramen is intact.\n",
        {
            ("L2-L3", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "present",
            ("L5-S1", "disc_bulge"): "absent",
            ("L3-L4", "spondylolisthesis"): "present",
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [("L1-L2", "foraminal_stenosis_left")],
    ),
]


SESSION74_ROUND142: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # ZZZZZZZZZV-ZZZZZZZZZY
    (
        "a grade after the side told after its predicate ('Foraminal narrowing on the left, "
        "moderate.', 'Lateral recess narrowing left greater than right, moderate.')",
        "L3/4: Foraminal narrowing on the left, moderate.\n"
        "L4/5: Lateral recess narrowing left greater than right, moderate.\n",
        {
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "subarticular_stenosis_left"): "moderate",
            ("L4-L5", "subarticular_stenosis_right"): "moderate",
        },
        [("L3-L4", "foraminal_stenosis_right")],
    ),
    (
        "'... with a small disc protrusion at this level that was not present in 2022': a new "
        "finding, not a denied one",
        "There has been interval development of Modic type 1 change at L2/3, with a small disc "
        "protrusion at this level that was not present in 2022.",
        {("L2-L3", "modic"): "type1", ("L2-L3", "disc_herniation"): "present"},
        [],
    ),
    (
        "dictation: 'D twelve L one colon'; a level's account taken back with its heading ('L4 5 "
        "colon ... period strike that comma L5 S1 colon ...')",
        "Findings colon\n"
        "D twelve L one colon no disc bulge or protrusion period\n"
        "L4 5 colon there is a left foraminal disk extrusion period strike that comma L5 S1 "
        "colon there is a left foraminal disk extrusion period it causes severe left foraminal "
        "stenosis period no central canal stenosis period\n"
        "L4 5 colon broad-based bulge period mild canal stenosis period\n",
        {
            ("T12-L1", "disc_bulge"): "absent",
            ("L5-S1", "foraminal_stenosis_left"): "severe",
            ("L5-S1", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
        },
        [("L4-L5", "foraminal_stenosis_left"), ("L4-L5", "disc_herniation")],
    ),
    (
        "'At L5/S1, ... the spinal canal is otherwise normal in calibre': of that level only",
        "Findings:\n"
        "The L1/L2 to L3/L4 discs show no bulge or herniation.\n"
        "At L5/S1, there is a right paracentral disc herniation. Mild right lateral recess "
        "stenosis. The spinal canal is otherwise normal in calibre.\n",
        {("L5-S1", "canal_stenosis"): "none", ("L5-S1", "subarticular_stenosis_right"): "mild"},
        [("L2-L3", "canal_stenosis")],
    ),
    (
        "a key calling a dash box nothing ('[-] not assessable (metal artefact)') and a dash "
        "cell nothing ('- = not described'): those cells say nothing",
        "Legend: [x] present   [ ] absent   [-] not assessable (metal artefact)\n\n"
        "Level   Bulge  Herniation  Canal stenosis      Listhesis\n"
        "L3/4    [x]    [x]         [x] high-grade      [x] gr 1 antero\n"
        "L4/5    [-]    [-]         [-]                 [ ]\n\n"
        "|Level  |Disc    |Canal  |Lat recess L/R |\n"
        "|-------|--------|-------|---------------|\n"
        "|L1/2   |normal  |patent |-              |\n"
        "|L2/3   |bulge   |patent |mild/mild      |\n"
        "mod = moderate; sev = severe; - = not described\n",
        {
            ("L3-L4", "canal_stenosis"): "severe",
            ("L4-L5", "spondylolisthesis"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "subarticular_stenosis_left"): "mild",
        },
        [
            ("L4-L5", "disc_bulge"),
            ("L4-L5", "canal_stenosis"),
            ("L1-L2", "subarticular_stenosis_left"),
        ],
    ),
]


SESSION75_ROUND143: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # ZZZZZZZZZZD-ZZZZZZZZZZG
    (
        "sides told after the predicate joined by 'and' or '>' ('Foraminal narrowing left and "
        "right, moderate.', 'left > right'): both sides, the one grade to both (rule 4)",
        "L3/4: Foraminal narrowing left and right, moderate.\n"
        "L4/5: Lateral recess narrowing left > right.\n",
        {
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "subarticular_stenosis_left"): "present",
            ("L4-L5", "subarticular_stenosis_right"): "present",
        },
        [],
    ),
    (
        "'The remaining intersomatic spaces are in the limits of the norm.' (a translated "
        "template): the other levels normal",
        "At the interspace L4-L5 there is a left disc protrusion. The remaining intersomatic "
        "spaces are in the limits of the norm.",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L2-L3", "canal_stenosis"): "none",
            ("L5-S1", "disc_bulge"): "absent",
        },
        [],
    ),
    (
        "a list of levels after 'In interspaces' or 'The other lumbar discs' ('In interspaces "
        "Th12-L1, L1-L2, L2-L3 the discs are without protrusions'): every level of it",
        "In interspaces Th12-L1, L1-L2, L2-L3 the discs are without protrusions, the spinal canal "
        "is of normal size.\n"
        "The other lumbar discs L3/4, L4/5 show normal signal, no bulge or herniation.",
        {
            ("T12-L1", "disc_herniation"): "absent",
            ("L1-L2", "disc_herniation"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "absent",
            ("L4-L5", "disc_bulge"): "absent",
        },
        [],
    ),
    (
        "'the disc is protruding circularly' (a translated report's verb): a herniation; "
        "'Regular the other discal spaces.': the other levels normal",
        "At L IV-V interspace the disc is protruding circularly. Regular the other discal spaces.",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L2-L3", "disc_bulge"): "absent",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'Modic II in the end plates L4-L5' (two words, the level after them): of that level, not "
        "the level carried",
        "L5-S1 space: postsurgical changes.\nChanges of the type Modic II in the end plates L4-L5.",
        {("L4-L5", "modic"): "type2"},
        [("L5-S1", "modic")],
    ),
    (
        "a grade word glossed by a grade in brackets ('narrowed significantly (severe)'): the "
        "bracket's grade, of that side only; 'stenosis grade 1 (mild)': the bracket's",
        "L3-L4: left foramen narrowed significantly (severe), right foramen narrowed slightly.\n"
        "L4-L5: Central canal stenosis grade 1 (mild). Foramina preserved.\n",
        {
            ("L3-L4", "foraminal_stenosis_left"): "severe",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "'Normal aspect of the disc.' (one disc); '..., the canal with mild narrowing'; 'the left "
        "foramen and canal without alteration'",
        "Level L5S1: Normal aspect of the disc.\n"
        "At L4-L5 we observe a diffuse disc bulging, the canal with mild narrowing.\n"
        "At L3-L4 mild disc bulging; the left foramen and canal without alteration.\n",
        {
            ("L5-S1", "disc_bulge"): "absent",
            ("L5-S1", "disc_herniation"): "absent",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a level's '|'-separated fields of the key's codes with no colon ('L4-5:  Canal N  | NF R "
        "Mi, L N   | Disc: small diffuse bulge')",
        "Grading key: N = normal, Mi = mild, Mo = moderate, S = severe.\n\n"
        "L4-5:  Canal N  | NF R Mi, L N   | Disc: small diffuse bulge\n"
        "L5-S1: Canal Mi | NF R Mi, L Mi-Mo | Disc: broad-based posterior protrusion\n",
        {
            ("L4-L5", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "disc_bulge"): "present",
            ("L5-S1", "canal_stenosis"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "a numbered question with its yes after spaces ('Q4. Modic endplate changes?   YES - "
        "type 3 (sclerotic), L2/L3'): that finding at the answer's level, its type",
        "Q3. Spondylolisthesis?                    YES - grade 1, L3 on L4 (degenerative)\n"
        "Q4. Modic endplate changes?               YES - type 3 (sclerotic), L2/L3\n"
        "Q5. Cord / conus compression?             NO  (conus at L1)\n"
        "Q6. Disc herniation?                      YES - L4/L5 (central extrusion)\n",
        {
            ("L3-L4", "spondylolisthesis"): "present",
            ("L2-L3", "modic"): "type3",
            ("L4-L5", "disc_herniation"): "present",
        },
        [("L2-L3", "disc_herniation"), ("L3-L4", "modic")],
    ),
    (
        "a grid's codes of a range on the key's letters ('Mo-S'): the higher; 'Mod. narrowing "
        "B/L' in a cell",
        "Key: N = nil, Mi = mild, Mo = moderate, S = severe\n\n"
        "Level    Bulge   Canal   NF (R/L)\n"
        "L3/L4    Yes     Mo-S    Mo/Mo\n\n"
        "Level     Disc            Neural foramina\n"
        "L4/L5     Diffuse bulge   Mod. narrowing B/L\n",
        {
            ("L3-L4", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "dictation: 'neural for am in all narrowing' (foraminal), 'disc osteo fight complex' "
        "(osteophyte)",
        "L three dash L four colon diffuse disc osteo fight complex with mild canal narrowing "
        "period moderate right and moderate left neural for am in all narrowing period",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "'Operated 2024 for disc herniation L4-L5' (the operation's reason, not a finding now); "
        "'The herniation ... which was seen preoperatively is no longer present': absent",
        "Operated 2024 for disc herniation L4-L5 left (hemilaminectomy).\n"
        "The herniation at L4-L5 on the left which was seen preoperatively is no longer present.",
        {("L4-L5", "disc_herniation"): "absent"},
        [],
    ),
    (
        "'In the bodies of L4 and L5 vertebrae adjacent to the disc, ... Modic 2 type': the disc "
        "between them, not the level carried",
        "Disc L5-S1 without protrusion.\n"
        "In the bodies of L4 and L5 vertebrae adjacent to the disc, zones of changed MR signal - "
        "hyperintensive on T1 and T2 (fatty degeneration, Modic 2 type).",
        {("L4-L5", "modic"): "type2", ("L5-S1", "disc_herniation"): "absent"},
        [("L5-S1", "modic")],
    ),
]

SESSION75_ROUND144: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # ZZZZZZZZZZL-ZZZZZZZZZZO
    (
        "dictated letters with a stop ('T. 12 L. 1 colon', 'L. 1 slash L. 2', 'L. to L. 3', 'L. "
        "for five', 'L. 5 as one', 'L5 S. 1 comma'): their levels, one sentence each",
        "FINDINGS colon new line T. 12 L. 1 colon normal period new line L. 1 slash L. 2 colon no "
        "significant disc bulge period new line L. to L. 3 colon disk bulge period new line At L. "
        "for five comma there is a left disc extrusion full stop new line L. 5 as one colon small "
        "disc bulge period new line At L5 S. 1 comma there is a small central disc protrusion full "
        "stop",
        {
            ("T12-L1", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "present",
            ("L5-S1", "disc_bulge"): "present",
            ("L5-S1", "disc_herniation"): "present",
        },
        [("L3-L4", "disc_bulge"), ("L2-L3", "canal_stenosis")],
    ),
    (
        "a report whose only levels are dictated letters with a stop ('L. 2 L. 3') is lumbar; "
        "'..., no wait, type two ...' after such a level takes back the type before it",
        "Findings colon There are type one Modic changes at L. 2 L. 3 comma no wait comma type two "
        "Modic changes at L. 2 L. 3 period",
        {("L2-L3", "modic"): "type2"},
        [],
    ),
    (
        "dictation: 'neural for Ahmen al narrowing' (foraminal), 'the neural for Ahmen are patent' "
        "(foramina)",
        "L. 3 L. 4 colon mild bilateral neural for Ahmen al narrowing period new line L. 4 L. 5 "
        "colon disc bulge period the neural for Ahmen are patent period",
        {
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "'spinal canal and foramina in these segments are free'; 'Spinal canal no (widening or) "
        "narrowing' (terse); 'foramina without significant narrowing'",
        "Th12-L1, L1-L2 discs without protrusions, spinal canal and foramina in these segments are "
        "free.\n"
        "L3-4: bulge. Spinal canal no widening or narrowing.\n"
        "L4/L5: spinal canal narrowed mildly; foramina without significant narrowing.\n",
        {
            ("T12-L1", "canal_stenosis"): "none",
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "a header in another language glossed in brackets ('Zakljucak (Conclusion):'): the "
        "impression, its whole-study normal read",
        "Findings: Without disc herniations.\n"
        "Zakljucak (Conclusion): Normal MR findings of the lumbar spine.",
        {("L3-L4", "disc_bulge"): "absent", ("L3-L4", "canal_stenosis"): "none"},
        [],
    ),
    (
        "'Adjacent endplates of L4/5 show fatty marrow signal change': Modic type 2; 'the left "
        "foramen is narrowed moderately, the right is free': the right none",
        "L5/S1 disc protrudes. Adjacent endplates of L4/5 show fatty marrow signal change.\n"
        "L3/L4: the left foramen is narrowed moderately, the right is free.",
        {
            ("L4-L5", "modic"): "type2",
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "none",
        },
        [("L5-S1", "modic")],
    ),
    (
        "'Modic I changes, in 2019 these were not present': new, not denied; a form's 'bulge Y, "
        "herniation N' (the N denies its own field only)",
        "Vertebral endplates L4-L5 with Modic I changes, in 2019 these were not present.\n"
        "Disc levels (Y = yes, N = no):\n"
        "   L3/L4  : bulge Y, herniation N, canal stenosis N\n"
        "   L5/S1  : bulge N, herniation Y (Lt paracentral protrusion), canal stenosis N\n",
        {
            ("L4-L5", "modic"): "type1",
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "disc_herniation"): "absent",
            ("L5-S1", "disc_bulge"): "absent",
            ("L5-S1", "disc_herniation"): "present",
        },
        [],
    ),
]

SESSION76_ROUND145: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # ZZZZZZZZZZT-ZZZZZZZZZZW
    (
        "a negation's scope ends at a comma before a site with its own narrowed state; 'Spinal "
        "canal without changes at L4-L5' (the canal none, though a site follows after the comma)",
        "FINDINGS: Spinal canal without changes at L4-L5, foramina mildly narrowed bilaterally. "
        "Spinal canal without stenosis at L5-S1, foramina moderately narrowed bilaterally.",
        {
            ("L4-L5", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "dictated letters with a stop before number words ('L. two L. three', 'L. five S. one'); "
        "'for Amina are patent', 'the canal or for Amina' (foramina heard)",
        "Findings colon new line At L. two L. three comma there is a mild posterior disc bulge "
        "period new line L. four L. five colon no significant stenosis of the canal or for Amina "
        "period new line At L. five S. one comma small central disc protrusion period for Amina "
        "are patent period",
        {
            ("L2-L3", "disc_bulge"): "present",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L5-S1", "disc_herniation"): "present",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "'is no longer clearly seen' (gone now); 'currently not assessed' states nothing now",
        "FINDINGS: The moderate right foraminal stenosis seen at L3-4 on the previous study is no "
        "longer clearly seen. On the previous exam a small protrusion at L2-L3 was described, "
        "currently not assessed due to motion artefacts.",
        {("L3-L4", "foraminal_stenosis_right"): "none"},
        [("L2-L3", "disc_herniation")],
    ),
    (
        "a verb after a comma takes its own object ('narrows the spinal canal of moderate degree, "
        "narrows both lateral recesses'), not the grade before the comma",
        "Findings: In the L3-L4 segment diffuse protrusion of the disc which narrows the spinal "
        "canal of moderate degree, narrows both lateral recesses, and reduces the neural foramina "
        "of mild degree.",
        {
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L3-L4", "subarticular_stenosis_left"): "present",
            ("L3-L4", "subarticular_stenosis_right"): "present",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "Roman degrees ('III degree (severe)', 'I degree', 'II degree', 'narrowed bilaterally to "
        "III degree (severe)'); a bracket's earlier grade glosses nothing ('severe (originally "
        "moderate)')",
        "Findings: LIV-LV: left foraminal stenosis III degree (severe), right foraminal stenosis I "
        "degree. Canal stenosis II degree. LV-SI: the foramina are narrowed bilaterally to III "
        "degree (severe), compression of the roots is not excluded. L3-L4: central canal stenosis "
        "is severe (originally moderate).",
        {
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "severe",
            ("L5-S1", "foraminal_stenosis_right"): "severe",
            ("L3-L4", "canal_stenosis"): "severe",
        },
        [],
    ),
    (
        "'maybe' hedges, also after the site's level ('Right neural foramen L4-L5 maybe narrowed "
        "mild'); a site's field with its level before the colon ('Neural foramina L5-S1: right "
        "narrowed slightly, left normal')",
        "Findings: Right neural foramen L4-L5 maybe narrowed mild.\nNeural foramina L5-S1: right "
        "narrowed slightly, left normal.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "'recessi bilat. narrowed' (plural recesses); 'foramen l.sin. narrowed severely' (left); "
        "'The spinal canal conserves amplitude'; 'vertebrae conserve their alignment'",
        "Findings: Lumbar vertebrae conserve their alignment, height and signal intensity.\nL4/5 - "
        "dorsal bulging of disc, recessi bilat. narrowed, foramina free. The spinal canal conserves "
        "amplitude.\nL5/S1 - left-sided foraminal protrusion, foramen l.sin. narrowed severely.",
        {
            ("L4-L5", "subarticular_stenosis_left"): "present",
            ("L4-L5", "subarticular_stenosis_right"): "present",
            ("L4-L5", "canal_stenosis"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "severe",
            ("L3-L4", "spondylolisthesis"): "absent",
        },
        [("L5-S1", "foraminal_stenosis_right")],
    ),
    (
        "a second site graded by an adverb after 'and', the verb elided ('reduces the right "
        "foramen moderately and the left foramen mildly')",
        "Findings: L5-S1: disc-osteophyte complex that reduces the right foramen moderately and "
        "the left foramen mildly.",
        {
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "'Th12.L1' (a dotted level, one sentence); 'normal intervertebral discs, spinal canal of "
        "normal size' (the discs normal too); 'Alignment: retrolisthesis L1 on L2, others normal' "
        "(the other levels' alignment only)",
        "Findings:\nAlignment: retrolisthesis L1 on L2, others normal.\nTh12.L1 and L1.2: normal."
        "\nL2-L3 - L3-L4: normal intervertebral discs, spinal canal of normal size.",
        {
            ("T12-L1", "canal_stenosis"): "none",
            ("L1-L2", "spondylolisthesis"): "present",
            ("L4-L5", "spondylolisthesis"): "absent",
            ("L2-L3", "disc_bulge"): "absent",
            ("L3-L4", "disc_herniation"): "absent",
        },
        [("L4-L5", "canal_stenosis"), ("L5-S1", "disc_bulge")],
    ),
    (
        "a table's key in brackets under it ('(Y: yes  N: no)') is no row; 'a) L1/L2 & L2/L3:' "
        "(a lettered line's levels) carries both levels",
        "Findings:\n  Level   Disc bulge  Herniation  Canal stenosis\n  L4/5    Y           N      "
        "     severe\n  L5/S1   N           Y (small)   N\n  (Y: yes  N: no)\n\nDisc levels:\na) "
        "L1/L2 & L2/L3: Normal disc height and signal. No disc bulge or herniation.",
        {
            ("L5-S1", "disc_bulge"): "absent",
            ("L5-S1", "disc_herniation"): "present",
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "disc_herniation"): "absent",
        },
        [],
    ),
]

SESSION76_ROUND146: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # ZZZZZZZZZZZB-E
    (
        "a grid's '-ve' cells (negative: none) under a key '(-ve = no narrowing, +ve = narrowing)'",
        "Findings:\nLevel  | Disc                     | Canal          | NF Rt | NF Lt\n-------|------"
        "--------------------|----------------|-------|------------\nL1-2   | Normal             "
        "      | -ve            | -ve   | -ve\nL4-5   | Lt paracentral extrusion | +ve (moderate) | "
        "-ve   | +ve (mild)\n(-ve = no narrowing, +ve = narrowing)",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "'idem' and '-\"-' (ditto marks) under a level's heading: the level before's statements",
        "Findings:\n L1-L2 : no bulging/protrusion, canal and foramina normal.\n L2-L3 : idem.\nTh12/L1: "
        'no disc herniation, canal free.\nL1/L2: -"-\nL3/L4: small disc bulge.',
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L1-L2", "disc_herniation"): "absent",
        },
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "per-side grades after the predicate, then ', both unchanged' ('both' no side there); "
        "'narrowed to mild-moderate degree' (the higher); 'other levels aligned'",
        "Findings: Lumbar alignment: anterolisthesis L3 on L4 grade I; other levels aligned.\nL3/4: "
        "Foraminal stenosis moderate on the left, mild on the right, both unchanged. Spinal canal "
        "narrowed to mild-moderate degree.",
        {
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L3-L4", "spondylolisthesis"): "present",
            ("L4-L5", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "'Unremarkable intervertebral spaces, no compression of neural structures' after its levels:"
        " normal levels",
        "Findings:\nTh12/L1, L1/2: Unremarkable intervertebral spaces, no compression of neural "
        "structures.\nL2/3: Mild dorsal disc bulging.",
        {
            ("T12-L1", "disc_bulge"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "foraminal_stenosis_left"): "none",
        },
        [("L2-L3", "canal_stenosis")],
    ),
]

SESSION76_ROUND147: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # ZZZZZZZZZZZJ-M
    (
        "'The rest of the levels studied do not show alterations', 'Other segments without "
        "verified pathology': the other levels normal; '+' bullets before a level list ('+ L1/2, "
        "L2/3: normal.'); 'Discs Th12-L1, L1-L2 without features'",
        "DESCRIPTION:\n + L1/2, L2/3: normal.\n + L3/4: disc bulging diffuse.\nFindings: L4-L5: "
        "bulge. The rest of the levels studied do not show alterations.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L5-S1", "foraminal_stenosis_left"): "none",
            ("L3-L4", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "'Other segments without verified pathology'; 'Discs Th12-L1, L1-L2, L2-L3 without "
        "features' (the discs normal)",
        "Findings: LIV-LV: bulge. Other segments without verified pathology.\nDisc LIII-LIV: "
        "protrusion. Discs Th12-L1, L1-L2 without features.",
        {
            ("L5-S1", "canal_stenosis"): "none",
            ("T12-L1", "disc_bulge"): "absent",
            ("L1-L2", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "'..., which now is not verified' (gone now); ', on previous exam was not present' and "
        "'which was not present in the study of 2021' after a new finding (no negation)",
        "Findings: On previous study there was described small left foraminal protrusion at L3-L4 "
        "which now is not verified. Discrete anterolisthesis of L4 about 3 mm is suspected, on "
        "previous exam was not present. Grade I anterolisthesis of L2 over L3, which was not "
        "present in the study of 2021 and has progressed slightly since 2022.",
        {("L4-L5", "spondylolisthesis"): "present", ("L2-L3", "spondylolisthesis"): "present"},
        [("L3-L4", "disc_herniation")],
    ),
    (
        "a form's Y/N fields parted by spaces ('Bulge Y   Herniation N', 'Bulge N   Herniation Y')",
        "DISC LEVELS:\nL3-L4:  Bulge Y   Herniation N                 Canal: N\nL5-S1:  Bulge N   "
        "Herniation Y (extrusion)     Canal: Mo\n(Y = yes, N = no / normal, Mi = mild, Mo = "
        "moderate, S = severe)",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "disc_herniation"): "absent",
            ("L5-S1", "disc_bulge"): "absent",
            ("L5-S1", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "'R't' / 'L't' sides; a capitals heading's 'DE' is no disc extrusion ('HOSPITAL GENERAL DE "
        "SANTA LUCIA')",
        "HOSPITAL GENERAL DE SANTA LUCIA - SERVICIO DE RADIODIAGNOSTICO\nMRI OF THE LUMBAR SPINE\n"
        "Findings: Bulging disc with moderate spinal stenosis at L4-5 and R't moderate foraminal "
        "stenosis. L5-S1: L't mild foraminal stenosis.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
        },
        [
            ("L4-L5", "foraminal_stenosis_left"),
            ("L5-S1", "foraminal_stenosis_right"),
            ("L1-L2", "disc_herniation"),
        ],
    ),
]

SESSION77_ROUND148: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # ZZZZZZZZZZZR-U
    (
        "a bare grade 1-3 next to its stenosis ('lateral recess stenosis grade 2', 'stenosis grade "
        "1', 'Grade 1-2 foraminal stenosis') or before a side ('grade 2 stenosis on left'); a "
        "slip's grade stays a slip's",
        "Findings: Disc L3-L4: bulging with bilateral foraminal stenosis grade 1. Disc L4-L5: "
        "central canal stenosis grade 3 (severe), bilateral lateral recess stenosis grade 2, "
        "foramina with grade 2 stenosis on left. L5-S1: grade 1 anterolisthesis. Grade 1-2 "
        "foraminal stenosis bilaterally.",
        {
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "subarticular_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "spondylolisthesis"): "present",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "'Remaining levels aligned' (no listhesis at the others); 'Other lumbar discs: preserved' "
        "(no bulge or herniation at the others)",
        "Findings: Anterolisthesis at L3-L4. Remaining levels aligned.\nL4-L5: small central "
        "protrusion.\nOther lumbar discs: preserved.",
        {
            ("L1-L2", "spondylolisthesis"): "absent",
            ("L3-L4", "spondylolisthesis"): "present",
            ("L2-L3", "disc_bulge"): "absent",
            ("L5-S1", "disc_herniation"): "absent",
            ("L4-L5", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "'Vertebrae are located correct, without displacement' (no listhesis)",
        "Findings: Vertebrae are located correct, without displacement. L4-L5: bulge.",
        {("L2-L3", "spondylolisthesis"): "absent", ("L4-L5", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "'Th12/L1: not fully covered on axials; sagittally unremarkable' (normal); 'L1-L2, L2-L3 "
        "PDS: without peculiarities, spinal canal and foramens free' (the whole levels normal)",
        "Findings:\nTh12/L1: not fully covered on axials; sagittally unremarkable.\nL1-L2, L2-L3 "
        "PDS: without peculiarities, spinal canal and foramens free.\nL4-L5: bulge.",
        {
            ("T12-L1", "disc_bulge"): "absent",
            ("T12-L1", "foraminal_stenosis_left"): "none",
            ("L1-L2", "disc_herniation"): "absent",
            ("L2-L3", "disc_bulge"): "absent",
            ("L2-L3", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'CS' (central canal stenosis, in capitals): 'Mild CS.', 'No CS or NF stenosis'",
        "Findings:\nL1/2 to L3/4: no disc bulge/herniation; no CS or NF stenosis.\nL4/5: diffuse "
        "disc bulge. Moderate CS. NF: mild L, mod R.\nL5/S1: Mild CS.",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L5-S1", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "a former state after the current one naming the site again ('The spinal canal at L4-L5 "
        "is now patent, previously severe central stenosis': none)",
        "Findings: Postoperative changes L4-L5. The spinal canal at L4-L5 is now patent, "
        "previously severe central stenosis. L3-L4: mild central stenosis.",
        {("L4-L5", "canal_stenosis"): "none", ("L3-L4", "canal_stenosis"): "mild"},
        [],
    ),
    (
        "'small right foraminal protrusion on prior, now resolved' (none now); "
        "'No alterations in the signal of the vertebral endplates at L2-L3 and L3-L4' (no Modic); "
        "'Modic changes type 1 ... are now converted in type 2' (type 2); a slip 'reduced, with "
        "no residual slip' (none now)",
        "Findings: The anterolisthesis at L4/5 has been reduced, with no residual slip. The Modic "
        "changes type 1 at L5-S1 on previous exam are now converted in type 2. No alterations in "
        "the signal of the vertebral endplates at L2-L3 and L3-L4. L2-3: small right foraminal "
        "protrusion on prior, now resolved.",
        {
            ("L4-L5", "spondylolisthesis"): "absent",
            ("L5-S1", "modic"): "type2",
            ("L2-L3", "modic"): "none",
            ("L3-L4", "modic"): "none",
            ("L2-L3", "disc_herniation"): "absent",
        },
        [],
    ),
]

SESSION77_ROUND149: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 12 Zs, 12 Zs + A-C
    (
        "a level's field on a site heading's line ('Foramina ...... L4-L5: slight narrowing on "
        "the left, right free. L5-S1: moderate narrowing bilat. Others free.': the foramina's)",
        "Discs ............ degenerated L3-S1\nForamina ......... L4-L5: slight narrowing on the "
        "left, right free. L5-S1: moderate narrowing bilat., right > left. Others free.\nSI joints "
        "........ normal",
        {
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a grid's key with its codes linked by a spaced dash ('Legend: N - normal/none, Mi - "
        "mild, Mo - moderate, S - severe')",
        "Legend: N - normal/none, Mi - mild, Mo - moderate, S - severe\n\n| Segment | Disc | Canal "
        "| Foramen L | Foramen R |\n|---|---|---|---|---|\n| L3-L4 | bulging | N | Mi | N |\n| "
        "L4-L5 | protrusion | Mo | N | S |\n",
        {
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "severe",
        },
        [],
    ),
    (
        "'Alignment in fixed segments L4-S1 is regular' (those levels aligned); 'Spinal canal "
        "previously moderately narrowed, now mild narrowing' (mild now)",
        "Findings: Status after fixation L4-S1. Alignment in fixed segments L4-S1 is regular. At "
        "L3-L4 there is retrolisthesis of L3 of 3 mm.\nL3-L4: Spinal canal previously moderately "
        "narrowed, now mild narrowing after decompression.",
        {
            ("L4-L5", "spondylolisthesis"): "absent",
            ("L5-S1", "spondylolisthesis"): "absent",
            ("L3-L4", "spondylolisthesis"): "present",
            ("L3-L4", "canal_stenosis"): "mild",
        },
        [],
    ),
]

SESSION77_ROUND150: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 12 Zs + H-K
    (
        "a form's 'N' answer many spaces after its field's colon ('Canal stenosis:        N'); "
        "leader dots before an answer's own key ('MODIC CHANGE ......... Y/N: N')",
        "SPONDYLOLISTHESIS .... Y/N: N\nMODIC CHANGE ......... Y/N: N\n\nFindings (structured):\n "
        "Disc bulge:           Y - L4-L5, L5S1 (diffuse)\n Canal stenosis:        N\n",
        {
            ("L1-L2", "modic"): "none",
            ("L5-S1", "modic"): "none",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "'Vertebral bodies in alignment' (no listhesis); 'narrows the spinal canal to medium "
        "degree' (moderate)",
        "Findings: Vertebral bodies in alignment.\nL3-L4: diffuse bulging which narrows the spinal "
        "canal to medium degree.",
        {("L4-L5", "spondylolisthesis"): "absent", ("L3-L4", "canal_stenosis"): "moderate"},
        [],
    ),
    (
        "'Lumbar sequence is good' (no listhesis)",
        "Findings: Lumbar sequence is good. L5/S1 disc: slight bulge.",
        {("L2-L3", "spondylolisthesis"): "absent", ("L5-S1", "disc_bulge"): "present"},
        [],
    ),
]

SESSION78_ROUND151: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 12 Zs + P-S
    (
        "the other side's grade after a sided site's bare one ('Right foramen moderate, left "
        "mild'); a side after 'on' with no 'the' ('grade 2 stenosis on left and grade 1 on right')",
        "FINDINGS: L4-L5: Right foramen moderate, left mild. L5-S1: Foramina with grade 2 "
        "stenosis on left and grade 1 on right.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a grid's columns after a title's colon, parted by ' / ' ('Format per level: disc / "
        "central canal / ...'), its key line between header and rows, a cell's own '/' ('E1/2'), "
        "a Modic type after the key's letter ('E2')",
        "Format per level: disc / central canal / L foramen / R foramen / L LR / R LR / "
        "endplates\nGrading: 0 none, 1 mild, 2 moderate, 3 severe. E = Modic (E1, E2, E3); O = "
        "no endplate change.\n\nL2/3: bulge / 1 / 2 / 1 / 1 / 0 / E2\nL3/4: bulge / 2-3 / 1 / "
        "1 / 2 / 2 / E1/2\nL5/S1: normal disc / 0 / 0 / 0 / 0 / 0 / O\n",
        {
            ("L2-L3", "canal_stenosis"): "mild",
            ("L2-L3", "foraminal_stenosis_left"): "moderate",
            ("L2-L3", "subarticular_stenosis_right"): "none",
            ("L2-L3", "modic"): "type2",
            ("L3-L4", "canal_stenosis"): "severe",
            ("L3-L4", "modic"): "type1",
            ("L5-S1", "disc_bulge"): "absent",
            ("L5-S1", "modic"): "none",
        },
        [],
    ),
    (
        "a '|' table of findings by structure read as fields ('| Disc bulge / herniation | Nil "
        "at all levels |', '| Lateral recesses | Normal |')",
        "Observations:\n| Parameter               | Finding             |\n|----|----|\n"
        "| Disc bulge / herniation | Nil at all levels   |\n| Lateral recesses        | Normal  "
        "            |\n| Spinal canal            | L4-5 mild stenosis  |\n",
        {
            ("L3-L4", "disc_bulge"): "absent",
            ("L3-L4", "disc_herniation"): "absent",
            ("L2-L3", "subarticular_stenosis_left"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "a headed list's range of levels ('L1-L2 to L2-L3: free / free'); 'Remaining recesses "
        "free' (the levels not told of)",
        "6. NEURAL FORAMINA (R / L):\n   L1-L2 to L2-L3: free / free\n   L4-L5: mild / moderate"
        "\n7. LATERAL RECESSES: stenosis at L3-L4 (bilateral, severe). Remaining recesses free.\n",
        {
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L2-L3", "foraminal_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "subarticular_stenosis_left"): "severe",
            ("L5-S1", "subarticular_stenosis_right"): "none",
        },
        [],
    ),
    (
        "'foramens with bilateral mild narrowing' (a side between 'with' and the grade; the "
        "negation before the comma ends there); 'that reduce the left foramen'; 'neither the "
        "canal nor the foramina are narrowed'",
        "FINDINGS: At L4-L5 the disc is degenerated, the canal free of stenosis, foramens with "
        "bilateral mild narrowing. L3-L4: a left foraminal hernia that reduce the left foramen "
        "of conjunction (moderate). L5-S1: no bulging, neither the canal nor the foramina are "
        "narrowed.",
        {
            ("L4-L5", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "'On other lumbar levels pathology is not detected', 'Th12-L1 visible part without "
        "changes', 'As above - normal' (whole levels normal)",
        "FINDINGS:\nL1/2:\n  Disc: mild bulge\n\nL2/3:\n  As above - normal.\n\nL4/5 - broad "
        "based disc bulge. Th12-L1 visible part without changes. On other lumbar levels "
        "pathology is not detected.",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("T12-L1", "disc_bulge"): "absent",
            ("L3-L4", "disc_herniation"): "absent",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "'previously described small protrusion is not seen anymore' (gone now); 'Modic: L5/S1 "
        "type 2. Elsewhere none.' (the field's finding at the other levels)",
        "FINDINGS: L3/4: previously described small protrusion is not seen anymore. Mild disc "
        "bulge.\nModic: L5/S1 type 2. Elsewhere none.",
        {
            ("L3-L4", "disc_herniation"): "absent",
            ("L3-L4", "disc_bulge"): "present",
            ("L5-S1", "modic"): "type2",
            ("L2-L3", "modic"): "none",
        },
        [],
    ),
    (
        "'gr. I' ends no sentence; a level's side and then 'others are normal' gives the others "
        "no grade of that side ('Foraminal narrowing on the left at L4-L5, others are normal')",
        "FINDINGS: Anterolisthesis gr. I of the L4 vertebra. No other listhesis. Neural foramina:"
        " moderate narrowing on the left at L4-L5, others are normal.",
        {
            ("L4-L5", "spondylolisthesis"): "present",
            ("L3-L4", "spondylolisthesis"): "absent",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [("L4-L5", "foraminal_stenosis_right")],
    ),
]


SESSION78_ROUND152: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 12 Zs + X-Z, 13 Zs + A
    (
        "a level's fields of digit codes after leader dots, keyed with no '=' ('(grade: 0 absent "
        "/ 1 mild / 2 moderate / 3 severe)', 'L2-L3 ... Canal: 1   Left foramen: 0')",
        "SEGMENTS (grade: 0 absent / 1 mild / 2 moderate / 3 severe)\nL2-L3 ... Bulging: yes  "
        "Herniation: no   Canal: 1   Left foramen: 0   Right foramen: 1\nL3-L4 ... Bulging: yes  "
        "Herniation: no   Canal: 3   Left foramen: 2   Right foramen: 2\n",
        {
            ("L2-L3", "canal_stenosis"): "mild",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L2-L3", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "canal_stenosis"): "severe",
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a grid's columns in brackets parted by '|' after the level's ('Table (segment | disc | "
        "dural sac / canal | right foramen | left foramen)'), a cell's own ';'; a title's ' / ' "
        "columns over a row whose first cell holds a ';'",
        "Table (segment | disc | dural sac / canal | right foramen | left foramen)\nKey: - absent; "
        "+ mild; ++ moderate; +++ severe\nL3-L4  | bulging | - | - | +\nL5-S1  | bulging; "
        "possible small central protrusion | + | - | -\n\nLevels below listed as: disc / central "
        "canal / R foramen / L foramen\nL4-L5: uncovered disc with bulge; no herniation / severe "
        "/ severe / moderate\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L5-S1", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "'L2-L3: Same as L1-L2.' (the level before, named); a radio button's dot ('(\u2022) Normal "
        "( ) Abnormal'); 'Right foramen: normal' is the foramen's only",
        "Disc levels:\nL1-L2: No disc bulge or herniation. No stenosis of the canal or foramina.\n"
        "L2-L3: Same as L1-L2.\nT12-L1 : (\u2022) Normal   ( ) Abnormal\nL5-S1: Large left "
        "paracentral extrusion. Left foramen: mild. Right foramen: normal.\n",
        {
            ("L2-L3", "disc_herniation"): "absent",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("T12-L1", "canal_stenosis"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "none",
            ("L5-S1", "disc_herniation"): "present",
        },
        [("L5-S1", "disc_bulge"), ("L5-S1", "canal_stenosis")],
    ),
    (
        "'Lordosis preserved' under an 'Alignment:' heading is no alignment statement; a bracket "
        "of the past naming a finding ('Mild disc bulge (in 2021 described as a small "
        "protrusion)'): its words only",
        "FINDINGS: Alignment: Grade I anterolisthesis of L5 over S1. Lordosis preserved.\nL2/3: "
        "Mild disc bulge (in 2021 described as a small left foraminal protrusion).\nL3/4: Mild "
        "disc bulge (previously described as a small protrusion).",
        {
            ("L5-S1", "spondylolisthesis"): "present",
            ("L2-L3", "disc_bulge"): "present",
            ("L3-L4", "disc_bulge"): "present",
        },
        [
            ("L3-L4", "spondylolisthesis"),
            ("L2-L3", "disc_herniation"),
            ("L3-L4", "disc_herniation"),
        ],
    ),
    (
        "a '|' line's first cell of prose before coded fields ('Disc [X] bulge [ ] protrusion | "
        "Canal Mi | NF L Mi / R Mi'); a dictated correction of the part after a comma, said "
        "again ('..., slightly worse on the left, scratch that, slightly worse on the right')",
        "DISC LEVELS (stenosis: N = none, Mi = mild, Mo = moderate, S = severe)\nL3-L4: Disc [ ] "
        "nl [X] bulge [ ] protrusion [ ] extrusion | Canal Mi | NF L Mi / R Mi\n\nL4-L5 colon "
        "Mild bilateral foraminal narrowing comma slightly worse on the left comma scratch that "
        "comma slightly worse on the right period No central canal stenosis.",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a finding's 'r/o' after a comma is the reader's differential ('..., r/o recurrent "
        "HIVD'), not the study's question",
        "1. Postoperative change at Rt. L4-5 laminotomy site.\n - Non-enhancing focal nodular "
        "lesion at Rt. paracentral portion of L4-5, r/o recurrent HIVD.\n2. Bulging disc, "
        "L3-4.",
        {("L4-L5", "disc_herniation"): "present", ("L3-L4", "disc_bulge"): "present"},
        [],
    ),
]


SESSION79_ROUND153: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 13 Zs + F-I
    (
        "a grid's header of the level's column then '/'-parted columns, after '/' or a dash "
        "('Level / Disc / Thecal sac / Rt NF / Lt NF', 'Level \u2014 disc / central canal / "
        "foramina (L, R):'), its rows after a dash; sides in a column parted by a comma",
        "Level / Disc / Thecal sac / Rt NF / Lt NF / Lateral recess\nL1/L2 - normal / normal / "
        "normal / normal / normal\nL3/L4 - diffuse bulge / indented / mildly narrowed / normal / "
        "bilateral narrowing\n\nLevel \u2014 disc / central canal / subarticular (L, R) / "
        "foramina (L, R):\nL4\u20135 \u2014 bulge / mild / normal, severe / moderate, normal\n",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L3-L4", "subarticular_stenosis_left"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "subarticular_stenosis_left"): "none",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "a key's grade codes with a letter ('G0 absent / G1 mild'); a disc code opening the "
        "word in brackets after its meaning ('A bulge (abombamiento)')",
        "Grading key for stenosis: G0 absent / G1 mild / G2 moderate / G3 severe.\nDisc: N "
        "normal / A bulge (abombamiento) / P protrusion / Ex extrusion.\n\nLevel | Disc | Canal "
        "| Left foramen | Right foramen\nL3-L4 | N    | G0    | G0           | G0\nL4-L5 | A    "
        "| G1    | G0           | G2\nL5-S1 | Ex   | G3    | G1           | G0\n",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "disc_herniation"): "present",
            ("L5-S1", "canal_stenosis"): "severe",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "a column's own scale of grade letters in its header's second line ('(N/Mi/Mo/S)'); a "
        "form's 'Yes'/'No' boxes after a finding, the levels after a wide gap ('Retrolisthesis  "
        "[x] Yes  [ ] No    L2 on L3')",
        "Level    Bulge   Central canal   Rt foramen\n         (Y/N)   (N/Mi/Mo/S)     "
        "(N/Mi/Mo/S)\nL2-L3    Y       Mi              N\nL3-L4    Y       Mo-S            Mi\n"
        "\nAdditional findings:\nAnterolisthesis                  [ ] Yes  [x] No\n"
        "Retrolisthesis                   [x] Yes  [ ] No    L2 on L3, 3 mm\nModic endplate "
        "change            [ ] Yes  [x] No\n",
        {
            ("L2-L3", "canal_stenosis"): "mild",
            ("L3-L4", "canal_stenosis"): "severe",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L2-L3", "spondylolisthesis"): "present",
            ("L3-L4", "spondylolisthesis"): "absent",
            ("L4-L5", "modic"): "none",
        },
        [],
    ),
    (
        "a '|' grid's group names over the sub-columns of the same cell number ('| Foramen |   | "
        "Lat. recess |   |' over '| L | R | L | R |')",
        "|        |      | Foramen |   | Lat. recess |   |\n| Level  | Disc | L | R | L | R |\n"
        "|--------|------|---|---|---|---|\n| L3-4   | B    | N | N | 1 | N |\n| L4-5   | B    | 1 "
        "| 2 | 3 | 1 |\n\nKey: N normal; B bulge; 0 none, 1 mild, 2 moderate, 3 severe\n",
        {
            ("L3-L4", "subarticular_stenosis_left"): "mild",
            ("L3-L4", "subarticular_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L4-L5", "subarticular_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a field's Modic types written 'type-II' after their levels and 'others (-)'; "
        "'Alignment: ... Others normal.' (the alignment's others)",
        "Alignment ............... Retrolisthesis of L3 over L4 (P). Others normal.\nModic change "
        "............ L3/L4 type-II (P); L4/L5 type-I (P); others (-)\nL4/L5: disc bulge.\n",
        {
            ("L3-L4", "modic"): "type2",
            ("L4-L5", "modic"): "type1",
            ("L5-S1", "modic"): "none",
            ("L3-L4", "spondylolisthesis"): "present",
            ("L1-L2", "spondylolisthesis"): "absent",
        },
        [("L1-L2", "canal_stenosis"), ("L1-L2", "disc_bulge")],
    ),
    (
        "'The discs at these levels are normal.' (the levels named before); 'L1/2, L2/3: No "
        "remarkable change.'; 'L3/4: np.'",
        "No significant canal stenosis from L1-2 through L2-3. The discs at these levels are "
        "normal.\nL4/5: bulge.\n\nL1/2, L2/3: No remarkable change.\nL3/4: np.\n",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "disc_herniation"): "absent",
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "absent",
            ("L4-L5", "disc_bulge"): "present",
        },
        [("L5-S1", "disc_bulge")],
    ),
    (
        "'Foramina: L - moderate, R - mild' (a side's letter, a dash for its colon); a form's "
        "ticked Modic type, its empty others saying nothing, its levels after 'Level(s):'",
        "L5-S1: Canal: moderate. Foramina: L - moderate, R - mild. Lateral recess: L - severe, "
        "with compression of the left S1 root; R - patent.\nMarrow / Modic:    [ ] None  [x] "
        "Modic I  [ ] Modic II  [ ] Modic III    Level(s): L5-S1\n",
        {
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "subarticular_stenosis_left"): "severe",
            ("L5-S1", "subarticular_stenosis_right"): "none",
            ("L5-S1", "modic"): "type1",
        },
        [("L4-L5", "modic")],
    ),
    (
        "a grid's columns after a title's colon with a sentence before it and hyphenated sites "
        "('Per-level grid. Order: BULGE / HERNIATION / CANAL / LR-Rt / NF-Lt'); a dictated "
        "replacement before its mark ('mild left foraminal stenosis, moderate I mean.')",
        "Per-level grid. Order: BULGE / HERNIATION / CANAL / LR-Rt / NF-Lt\nCodes: Y = yes, N = "
        "no, 0 = nil, 1 = mild, 2 = moderate, 3 = severe\n\nL1-2 : N / N / 0 / 0 / 0\nL4-5 : Y / "
        "N / 2 / 2 / 1\n\nL5-S1: left foraminal protrusion. Mild left foraminal stenosis, moderate "
        "I mean.\n",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "subarticular_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
        },
        [("L4-L5", "subarticular_stenosis_left")],
    ),
]

SESSION79_ROUND154: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 13 Zs + N-Q
    (
        "a level line's fields named with no colon ('T12/L1   canal A   foramina R0 L0   disc "
        "normal'), a side's letter glued to its code; 'Grading used:' is a key; 'extreme' is "
        "severe",
        "Grading used: Central canal - Schizas morphological grade (A = no stenosis, B = "
        "moderate, C = severe, D = extreme). Foramina - Lee grade (0 = normal, 1 = mild, 2 = "
        "moderate, 3 = severe).\n\nL1/2     canal A   foramina R0 L0   disc normal\nL3/4     "
        "canal C   foramina R2 L1   disc bulge\nL4/5     canal D   foramina R2 L3   disc bulge\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L3-L4", "canal_stenosis"): "severe",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
        },
        [("L2-L3", "canal_stenosis"), ("L5-S1", "foraminal_stenosis_left")],
    ),
    (
        "a grid's '|'-parted columns in brackets after a title of levels ('Per level (Central "
        "canal | Lateral recess R/L | Foramen R/L | Disc):'), its rows after a colon; a "
        "template's options then the one chosen after an arrow ('Alignment: Normal / Listhesis "
        "-> Listhesis: L5 on S1'); 'type 3 (sclerotic) at L2-3'",
        "Alignment: Normal / Listhesis -> Listhesis: L5 on S1, grade 1\nMarrow: Normal / Modic "
        "/ Other -> Modic: type 1 at L5-S1 (endplate edema); type 3 (sclerotic) at L2-3\n\nPer "
        "level (Central canal | Lateral recess R/L | Foramen R/L | Disc):\nL2-L3:  Mild | "
        "None/None | Mild/Mild | Disc osteophyte complex\nL4-L5:  Mild | Mild/Moderate | "
        "None/Mild | Bulge\n",
        {
            ("L5-S1", "spondylolisthesis"): "present",
            ("L5-S1", "modic"): "type1",
            ("L2-L3", "modic"): "type3",
            ("L2-L3", "canal_stenosis"): "mild",
            ("L2-L3", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "subarticular_stenosis_right"): "mild",
            ("L4-L5", "subarticular_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "none",
            ("L4-L5", "disc_bulge"): "present",
        },
        [("L1-L2", "spondylolisthesis")],
    ),
    (
        "a '|' table of findings by structure with its header's '|' inside and a row going on "
        "under an empty first cell; 'Levels not mentioned above: normal.'",
        "Structure              | Finding\n-----------------------|----------------------\n"
        "Intervertebral discs   | Low signal of L2-L3 to L5-S1 discs.\n                       | "
        "Diffuse bulging of discs from L2-L3 to L3-L4.\nSpinal canal           | Narrowing at "
        "L3-L4 (moderate), at L2-L3 mild. Other levels normal.\nParaspinal soft tissue | "
        "Normal.\n\nL4-5: disc bulge. L5-S1: protrusion.\nLevels not mentioned above (L1-2): "
        "normal.\n",
        {
            ("L2-L3", "canal_stenosis"): "mild",
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L3-L4", "disc_bulge"): "present",
            ("L1-L2", "disc_bulge"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
        },
        [("L5-S1", "disc_bulge")],
    ),
    (
        "a checklist's answer in brackets ('Disc herniation at any level   Y / [N]'); 'L1/2   "
        "norm'; '... (disc / canal / right foramen / left foramen)' under 'Evaluation by "
        "segment'",
        "CES CHECKLIST                                (answer in [ ])\nDisc herniation at any "
        "level                 Y / [N]\nCanal stenosis at any level                  Y / [N]\n"
        "\nEvaluation by segment (disc / canal / right foramen / left foramen):\nL1-L2: normal / "
        "normal / normal / normal\nL3-L4: posterior bulge / no stenosis / slight narrowing / "
        "patent\n\nLevel   Finding\nL4/5    norm\n",
        {
            ("L2-L3", "disc_herniation"): "absent",
            ("L2-L3", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "disc_bulge"): "absent",
        },
        [],
    ),
    (
        "'Foramina - R mild / L moderate' and 'Lateral recesses - L severe, R mild' inside a "
        "level's line; 'LR=R severe, L mod' among '=' fields",
        "L4/5:  Disc - left paracentral protrusion. Canal - moderate stenosis. Lateral recesses - "
        "L severe (L5 root compressed), R mild. Foramina - R mild / L moderate.\nL3-L4: "
        "DISC=bulge; CANAL=mild-mod; LR=R severe, L mod; NF=R mod, L mild\n",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "subarticular_stenosis_right"): "mild",
            ("L3-L4", "subarticular_stenosis_right"): "severe",
            ("L3-L4", "subarticular_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "'Spinal canal at L4-5 without stenosis' (the canal's); 'At L5-S1 there is an extrusion, "
        "scratch that, a protrusion' (the level kept)",
        "Decompressed spinal canal at L4-5 without stenosis.\nAt L5-S1 there is a moderate "
        "sized central disc extrusion, scratch that, a moderate sized central disc protrusion, "
        "effacing the ventral CSF.\n",
        {
            ("L4-L5", "canal_stenosis"): "none",
            ("L5-S1", "disc_herniation"): "present",
        },
        [("L4-L5", "foraminal_stenosis_left"), ("L4-L5", "foraminal_stenosis_right")],
    ),
]

SESSION80_ROUND155: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 13 Zs + V-Y
    (
        "each side told with its state in a field with no mark between ('Subarticular zone: R "
        "severe L nil', 'Foramina: L nil R mild'); a form's side letter after a wide gap, before "
        "its boxes; an empty option's blank ('[ ] Present at: ____')",
        "FINDINGS:\nModic changes:      [x] None   [ ] Present at: ____\nL4-5   Disc: [x] Bulge\n"
        "       Foramina: L [x] Nil [ ] Mild [ ] Mod   R [ ] Nil [x] Mild [ ] Mod\nL5-S1  Disc: "
        "[x] Extrusion\n       Subarticular zone: R severe L nil\n       Foramina: L nil R mild\n",
        {
            ("L4-L5", "modic"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "subarticular_stenosis_right"): "severe",
            ("L5-S1", "subarticular_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a '/' grid's columns in brackets with its key after them ('Discs (disc / canal / right "
        "NF / left NF), grades 0-3 (0 none, ...):'), after a title's colon with the key in "
        "brackets, its rows' levels run on ('L45 : bulge / 2 / 1 / 1'); the level's column after "
        "a title's colon ('Format: Level - disc / central canal / L foramen / R foramen')",
        "FINDINGS:\nDiscs (disc / canal / right NF / left NF), grades 0-3 (0 none, 1 mild, 2 "
        "moderate, 3 severe):\nL1-L2 : normal / 0 / 0 / 0\nL5-S1 : extrusion / 1 / 1 / 3\n\nDisc "
        "levels are reported as: disc / central canal / Lt foramen / Rt foramen  (0 nil, 1 mild, "
        "2 moderate, 3 severe)\nL34 : bulge / 1 / 0 / 0\nL45 : bulge / 2 / 1 / 2\n\nFormat: Level "
        "- disc / central canal / L foramen / R foramen\nT12-L1 - normal / nil / nil / nil\nL2-3 "
        "- minor bulge / mild / nil / moderate\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L5-S1", "canal_stenosis"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "severe",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("T12-L1", "canal_stenosis"): "none",
            ("L2-L3", "canal_stenosis"): "mild",
            ("L2-L3", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "spaced grids: 'L SA' / 'R SA' columns; a title in the corner ('Summary:      Canal   "
        "LNF'); a cell as wide as its column before the next one's ('severe mod'); a key of "
        "codes and meanings parted alike ('Mi/Mo/S = mild/moderate/severe')",
        "Grading: - nil, + mild, ++ moderate, +++ severe\n              Canal   L NF   R NF   L "
        "SA   R SA\nL4/5           +++     ++     +++    +++    ++\n\nSummary:      Canal   LNF "
        "   RNF    LR\nL3-4          +       +++    0      0\n\n                     L1/2   "
        "L2/3   L3/4   L4/5   L5/S1\nForaminal stenosis   nil    nil    nil    severe mod\n\n"
        "Level   | Disc | CCS | LNF\nL2/3    | N    | Mi  | Mo\nKey: N = normal; Mi/Mo/S = "
        "mild/moderate/severe; CCS = central canal stenosis; LNF = left neural foramen.\n",
        {
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L4-L5", "subarticular_stenosis_right"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "severe",
            ("L3-L4", "subarticular_stenosis_right"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L2-L3", "canal_stenosis"): "mild",
            ("L2-L3", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "a template's options with the chosen one all the line says ('Vertebral alignment:  "
        "Normal / Abnormal  -> Normal'); a side's hedged grade after ';' ('...; right possibly "
        "moderate'); a side's letter and dash after a stop ('R - severe narrowing, ... . L - "
        "mild.'); 'Type 3 (sclerotic) change at L5-S1 endplates'",
        "FINDINGS:\nVertebral alignment:  Normal / Abnormal  -> Normal\nEndplates: Type 3 "
        "(sclerotic) change at L5-S1 endplates.\nL3-4:\n  Disc: bulge.\n  Lateral recesses: R - "
        "severe narrowing, compressing the traversing right L4 root. L - mild.\nL4-5     Disc: "
        "bulge.   Subarticular: severe on the left; right possibly moderate.\n",
        {
            ("L2-L3", "spondylolisthesis"): "absent",
            ("L5-S1", "modic"): "type3",
            ("L3-L4", "subarticular_stenosis_right"): "severe",
            ("L3-L4", "subarticular_stenosis_left"): "mild",
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L4-L5", "subarticular_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "a level's coded fields parted by ';' after its prose, named as the legend says ('L3-L4:  "
        "bulge; CS 1; LR L0 R0; NF L1 R1'); each level's Modic type in a list ('Modic: L4-L5 "
        "type 1 (superior L5 endplate), L5-S1 type 2.')",
        "Legend: CS = central stenosis, LR = lateral recess, NF = neural foramen; 0 none, 1 "
        "mild, 2 moderate, 3 severe\n\nL1-L2:  disc normal; CS 0; NF L0 R0\nL3-L4:  bulge; CS 1; "
        "LR L0 R0; NF L1 R2\n\nModic: L4-L5 type 1 (superior L5 endplate), L5-S1 type 2.\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L3-L4", "subarticular_stenosis_right"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "modic"): "type1",
            ("L5-S1", "modic"): "type2",
        },
        [],
    ),
    (
        "a '|' grid's group cells as wide as the sides under them ('|  Lateral recess   |      "
        "Foramen      |' over '|    L    |    R    |    L    |    R    |'); a cell 'Poss. mild'; "
        "'NF: R None L Mild', 'NF: R Mild; L: Moderate'",
        "FINDINGS:\n| Level  | Canal    |  Lateral recess   |      Foramen      |\n|        |      "
        "    |    L    |    R    |    L    |    R    |\n| L5-S1  | mild     |    -    |    -    | "
        'severe  |Poss. mild|\nNote: "-" = no stenosis.\n\nL2-L3: NF: R None L Mild\nL3-L4: '
        "NF: R Mild; L: Moderate\n",
        {
            ("L5-S1", "subarticular_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "severe",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
            ("L2-L3", "foraminal_stenosis_right"): "none",
            ("L2-L3", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "Latin sides after the narrowing ('moderate narrowing dx., slight narrowing sin.'); a "
        "dictated type corrected ('type three comma sorry comma type one changes at the inferior "
        "end plate of L four')",
        "FINDINGS:\nL3/4: bulge. Foramina: moderate narrowing dx., slight narrowing sin.\nL5/S1: "
        "Slight foraminal narrowing dx. caused by facet hypertrophy.\nthere are type three, "
        "sorry, type one changes at the inferior end plate of L four.\n",
        {
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "modic"): "type1",
        },
        [("L5-S1", "foraminal_stenosis_left")],
    ),
]

SESSION80_ROUND156: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 14 Zs + D-G
    (
        "a pick-list's options, then its answer after a wide gap and a colon ('Spinal canal:    "
        "Nil / Mild / Moderate / Severe              : Moderate', 'None / Type 1 / Type 2   : "
        "Type 2 at L3/L4')",
        "GENERAL\n  Modic changes:   None / Type 1 / Type 2 / Type 3             : Type 2 at L3/L4\n"
        "L2/L3\n  Disc:            Normal / Bulge / Protrusion / Extrusion     : Normal\nL4/L5\n  "
        "Disc:            Normal / Bulge / Protrusion / Extrusion     : Bulge\n  Spinal canal:    "
        "Nil / Mild / Moderate / Severe              : Severe\n  Foramen Lt:      Nil / Mild / "
        "Moderate / Severe              : Moderate\n",
        {
            ("L3-L4", "modic"): "type2",
            ("L2-L3", "disc_bulge"): "absent",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
        },
        [("L4-L5", "disc_herniation")],
    ),
    (
        "a '/' grid's rows with a spaced '/' after the level ('L4/L5 / EX / 3 / 1,2 / 3,3'); a key "
        "'+ / - = present / absent'; a grid of levels run on, its corner an arrow ('LEVEL ->   "
        "L1L2    L2L3')",
        "FINDINGS\nColumns: LEVEL / DISC / CANAL / NF (R,L) / LR (R,L)\nGrading: 0 nil, 1 mild, 2 "
        "moderate, 3 severe. Disc: N normal, BG bulge, EX extrusion.\n\nL1/L2 / N / 0 / 0,0 / 0,0\n"
        "L4/L5 / EX / 3 / 1,2 / 3,3\n\nDisc levels (+ / - = present / absent):\n"
        "                        L2-L3  L3-L4  L5-S1\nDisc bulge                -      +      +\n\n"
        "LEVEL ->       L1L2    L2L3    L3L4\nSpinal canal   nl      nl      mod-sev\nForamen L      "
        "nl      nl      mild\n(nl = normal / no stenosis)\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L2-L3", "disc_bulge"): "absent",
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "severe",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "a form's site names in small letters before their boxes ('... herniation   canal [x] "
        "mild   foramina R [x] mild  L [x] mild'); 'was moderate in 2022 and is now severe'; 'L1/2 "
        "and L2/3 have normal appearances'",
        "Findings:\nLevel L2-L3:  \u2612 bulge  \u2612 no herniation   canal \u2612 mild   "
        "foramina R \u2612 moderate  L \u2612 mild\nL3-4: The canal stenosis was moderate in 2022 "
        "and is now severe.\nL1/2 and L4/5 have normal appearances.\n",
        {
            ("L2-L3", "canal_stenosis"): "mild",
            ("L2-L3", "foraminal_stenosis_right"): "moderate",
            ("L2-L3", "foraminal_stenosis_left"): "mild",
            ("L2-L3", "disc_herniation"): "absent",
            ("L3-L4", "canal_stenosis"): "severe",
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "disc_bulge"): "absent",
        },
        [],
    ),
    (
        "a form's Y/N boxes before the next finding's name in small letters ('bulge [x]Y [ ]N   "
        "herniation [ ]Y [x]N'); an empty state option beside a ticked one says nothing ('Right "
        "[x] Patent [ ] Narrowed    Left [ ] Patent [x] Narrowed'); 'type: [ ] 1  [x] 2' after a "
        "ticked Modic change; the other side's row under a site's ('Foramen   Rt  [x] Patent' "
        "over '          Lt  [ ] Patent [x] Mild')",
        "FINDINGS:\nVertebral marrow:   [ ] Normal  [x] Modic change -> level: L5-S1   type: [ ] 1  "
        "[x] 2  [ ] 3\nL3-L4: bulge [x]Y [ ]N   herniation [x]Y [ ]N\n       Lateral recess:  "
        "Right [x] Patent [ ] Narrowed    Left [ ] Patent [x] Narrowed\nL4-L5: bulge [x]Y [ ]N   "
        "herniation [ ]Y [x]N\n  Foramen          Rt    [x] Patent  [ ] Mild  [ ] Moderate\n     "
        "              Lt    [ ] Patent  [x] Mild  [ ] Moderate\n",
        {
            ("L5-S1", "modic"): "type2",
            ("L3-L4", "disc_herniation"): "present",
            ("L3-L4", "subarticular_stenosis_right"): "none",
            ("L3-L4", "subarticular_stenosis_left"): "present",
            ("L4-L5", "disc_herniation"): "absent",
            ("L4-L5", "foraminal_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "a finding's label closing with its level before leader dots ('Canal stenosis L5-S1 "
        "........ N', 'Left lateral recess stenosis L5-S1 .... Y')",
        "Structured assessment (Y/N):\nCanal stenosis L5-S1 ...................... N\nLeft lateral "
        "recess stenosis L5-S1 ........ Y\nForaminal stenosis L5-S1 .................. N"
        "\n",
        {
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "subarticular_stenosis_left"): "present",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [("L5-S1", "disc_herniation")],
    ),
]

SESSION81_ROUND157: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 14 Zs + L-O
    (
        "a '/' grid's header after a title, the level's column first ('Columns: level / disc / "
        "canal / foramen R'); a row leaving off the columns after the last finding's ('L1/2: "
        "normal / normal / normal' under '... / L foramen / comment')",
        "Findings:\nColumns: level / disc / listhesis / canal / foramen R / foramen L / Modic\n"
        "L2-L3 / bulge / nil / mild / mild / normal / nil\nL3-L4 / bulge / 3 mm retrolisthesis / "
        "moderate / severe / mild / type 2\n\nLevel: disc / central canal / R foramen / L foramen "
        "/ comment\nL4/5: normal / normal / normal / normal\nL5/S1: bulge / normal / mild / severe "
        "/ L5 root compressed\n",
        {
            ("L2-L3", "canal_stenosis"): "mild",
            ("L2-L3", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "severe",
            ("L3-L4", "modic"): "type2",
            ("L4-L5", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "severe",
        },
        [],
    ),
    (
        "a level's line of codes glued to their names, the key naming them ('L34  DB  CS1  LR1  "
        "NFr2 NFl1  M2'; 'D = disc (0 normal, B bulge, P protrusion)', 'M = Modic type')",
        "CODES: D = disc (0 normal, B bulge, P protrusion, E extrusion); CS = central stenosis; LR "
        "= lateral recess; NF = neural foramen; grade 0 none, 1 mild, 2 moderate, 3 severe; r/l = "
        "right/left; M = Modic type.\n\nL23     DB   CS0   NFr1 NFl0\nL34     DB   CS1   LR1   "
        "NFr2 NFl1   M2\nL45     DP (R paracentral)   CS2   LRr3 LRl1   NFr2 NFl2\nL5S1    D0   "
        "CS0   NF1 (bilat)\n",
        {
            ("L2-L3", "disc_bulge"): "present",
            ("L2-L3", "canal_stenosis"): "none",
            ("L2-L3", "foraminal_stenosis_right"): "mild",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L3-L4", "subarticular_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
            ("L3-L4", "modic"): "type2",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
            ("L4-L5", "subarticular_stenosis_left"): "mild",
            ("L5-S1", "disc_bulge"): "absent",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "a numbered finding's heading, its other levels 'N elsewhere' ('2.  Listhesis: Y at "
        "L4-L5 (grade I anterolisthesis); N elsewhere'): that finding's, not every one's",
        "Findings:\n1.  Lordosis: reduced\n2.  Listhesis: Y at L4-L5 (grade I anterolisthesis, "
        "degenerative); N elsewhere\n3.  Disc bulge: Y - L3-L4\n",
        {
            ("L4-L5", "spondylolisthesis"): "present",
            ("L2-L3", "spondylolisthesis"): "absent",
            ("L3-L4", "disc_bulge"): "present",
        },
        [("L2-L3", "disc_bulge"), ("L2-L3", "canal_stenosis")],
    ),
    (
        "a finding's heading whose value places it ('Disc herniation: small protrusion at the "
        "lumbosacral level'): not also at the level the line before named; a form's question "
        "number before its field ('Q7  Central canal stenosis: No significant stenosis at any "
        "level': the canal's alone)",
        "Findings:\nNo bulge at L1-L2.\nDisc herniation: left paracentral protrusion at the "
        "lumbosacral level, small.\nQ7  Central canal stenosis: No significant stenosis at any "
        "level\n",
        {
            ("L5-S1", "disc_herniation"): "present",
            ("L1-L2", "disc_bulge"): "absent",
            ("L3-L4", "canal_stenosis"): "none",
        },
        [("L1-L2", "disc_herniation"), ("L3-L4", "foraminal_stenosis_left")],
    ),
    (
        "a form's item letter before a spaced grid's header ('D. Levels    Disc    Canal   "
        "Foramen L' over rows of '(0)' codes)",
        "Findings:\nD. Levels    Disc                  Canal   Foramen L   Foramen R\n   L1/L2     "
        "[x] normal            (0)     (0)         (0)\n   L4/L5     [x] extrusion         (2)   "
        "  (1)         (3)\n   Grades: 0 none, 1 mild, 2 moderate, 3 severe\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "severe",
        },
        [],
    ),
    (
        "a level's coded fields after prose parted by ';' ('L4-5: Bulge; Protrusion;    Canal: "
        "Mi'), and the indented lines under it of its level: their fields ('Foramen Rt: Mo; "
        "Foramen Lt: N') and their prose ('Lateral recess Rt: narrowed, abutting the root.')",
        "FINDINGS\nL4-5:  [ ] Normal  [x] Bulge  [x] Protrusion  [ ] Extrusion    Canal: ( ) N  "
        "(x) Mi  ( ) Mo  ( ) S\n       Foramen Rt: ( ) N  ( ) Mi  (x) Mo  ( ) S      Foramen Lt: "
        "(x) N  ( ) Mi  ( ) Mo  ( ) S\n       Lateral recess Rt: narrowed, abutting the "
        "traversing Rt L5 root.\nL5-S1: [ ] Normal  [ ] Bulge  [ ] Protrusion  [x] Extrusion\n"
        "       Canal: ( ) N  ( ) Mi  (x) Mo  ( ) S\n\nLegend: N = normal, Mi = mild, Mo = "
        "moderate, S = severe\n",
        {
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "subarticular_stenosis_right"): "present",
            ("L5-S1", "canal_stenosis"): "moderate",
            ("L5-S1", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "a lone spoken 'full stop' closing a sentence, before a capital or at the report's end "
        "('no canal stenosis full stop Foramina patent.', '... are normal full stop'); discs of "
        "dictated levels stated normal ('Lumbar discs from T. 12 L. 1 to L. 3 L. 4 are normal'); "
        "'mow dick' heard for Modic",
        "MRI lumbar spine.\nLumbar discs from T. 12 L. 1 to L. 3 L. 4 are normal.\nAt L4-5 there "
        "is a disc bulge, no canal stenosis full stop Foramina patent. Type two mow dick end "
        "plate changes at L4-5. The other levels are normal full stop",
        {
            ("T12-L1", "disc_bulge"): "absent",
            ("L2-L3", "disc_herniation"): "absent",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "modic"): "type2",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a site's capitals before a dash ('LR - L mild'); a Modic type alone after a Modic "
        "sentence ('Type 2 at L4-L5.'); 'no other level' under a finding's heading; a site's field "
        "in brackets after a sentence ('(Lt. foramen: mild)')",
        "Findings:\nModic type 1/2 changes at L2-L3 end plates. Type 2 at L4-L5.\nL4/5: Disc - "
        "bulge. Canal - mild. LR - L mild.\nL3-4: Rt. foraminal stenosis, high-grade. (Lt. "
        "foramen: mild)\nForaminal stenosis: Mild - L5/S1 bilateral; no other level\n",
        {
            ("L2-L3", "modic"): "type1",
            ("L4-L5", "modic"): "type2",
            ("L4-L5", "subarticular_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "severe",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L1-L2", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
]


SESSION81_ROUND158: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 14 Zs + T-W
    (
        "codes glued to their names between '|' ('L4-L5  : B + P (central)  | CS2 | NF 1/2 | LR "
        "2/2 | MC0'): the disc's codes first, named by none; a pair of sides' codes in the key's "
        "order ('NF = neural foraminal stenosis (R/L)'); 'MC' a Modic type; the 'Code key:' line "
        "itself read as no finding",
        "FINDINGS (coded)\nAlignment: mild retrolisthesis of L2 over L3.\nCode key: Disc - 0 = no "
        "disc lesion, B = bulge, P = protrusion, E = extrusion. CS = central canal stenosis; NF = "
        "neural foraminal stenosis (R/L); LR = lateral recess stenosis (R/L); grades 0 = none, 1 "
        "= mild, 2 = moderate, 3 = severe. MC = Modic type (0 = none).\n\nL2-L3  : B        "
        "              | CS1 | NF 1/1 | LR 0/0 | MC2\nL4-L5  : B + P (central)        | CS2 | NF "
        "1/2 | LR 2/2 | MC0\nL5-S1  : E (left subarticular)  | CS1 | NF 0/1 | LR 0/3 | MC1\n",
        {
            ("L2-L3", "disc_bulge"): "present",
            ("L2-L3", "canal_stenosis"): "mild",
            ("L2-L3", "subarticular_stenosis_left"): "none",
            ("L2-L3", "modic"): "type2",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "modic"): "none",
            ("L5-S1", "disc_herniation"): "present",
            ("L5-S1", "subarticular_stenosis_left"): "severe",
            ("L5-S1", "modic"): "type1",
        },
        [("L2-L3", "disc_herniation")],
    ),
    (
        "a form's 'Level normal: [x] Yes'; a ticked 'None' among a finding's options ('[ ] "
        "Protrusion  [ ] Extrusion  [x] None'); the '/' between two sides' options after an "
        "empty box ('[ ] Patent [x] Moderate [ ] Severe / [x] Patent')",
        "FINDINGS\nL1-L2   Level normal:      [x] Yes  [ ] No\nL3-L4   Level normal:      [ ] Yes "
        " [x] No\n        Disc bulge:        [x] Yes  [ ] No\n        Disc herniation:   [ ] "
        "Protrusion  [ ] Extrusion  [x] None\nL4-L5   Level normal:      [ ] Yes  [x] No\n     "
        "   Foramina (R / L):  [ ] Patent [ ] Mild [x] Moderate [ ] Severe / [x] Patent\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "disc_herniation"): "absent",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a numbered label's leader dots ('1. Alignment ............... [Normal]'); a field's "
        "value in square brackets ('Modic: [None]', 'Canal: [Mild stenosis]')",
        "FINDINGS\n1. Alignment ............... [Normal]\n2. Vertebral marrow ........ [Normal]    "
        "Modic: [None]\n3. Disc levels:\n   L4-L5 ......... Disc: [Bulge]   Canal: [Mild stenosis]"
        "   Foramina: [Patent]\n",
        {
            ("L2-L3", "spondylolisthesis"): "absent",
            ("L3-L4", "modic"): "none",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a ' - '-parted grid under a title naming its columns in brackets ('Per level (level - "
        "disc - canal - foramina R/L - facets - comment):'), a row's empty last cell after its "
        "closing ' -'",
        "FINDINGS\nPer level (level - disc - canal - foramina R/L - facets - comment):\nL2/3 - "
        "normal - normal - normal/normal - normal -\nL4/5 - broad-based central protrusion - "
        "moderate - mild/mild - moderate OA - possible early Modic 1\nL5/S1 - bulge - narrowed - "
        "moderate/normal - mild OA - right foraminal osteophyte disc complex\n",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "disc_bulge"): "present",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a numbered question answered yes, then its details ('Q5  Foraminal stenosis?  [x] Yes  "
        "[ ] No   Details: L5/S1 left moderate, right mild'): the details the question's field, "
        "not a stenosis at the level named before",
        "FINDINGS\nQ4  Disc herniation?                [x] Yes  [ ] No   Level(s): L4/5 - "
        "broad-based central protrusion.\nQ5  Foraminal stenosis?             [x] Yes  [ ] No   "
        "Details: L5/S1 left moderate, right mild. No foraminal stenosis at other levels.\nQ7  "
        "Modic endplate change?          [x] Yes  [ ] No   Details: type 1 at L4/5\n",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "modic"): "type1",
        },
        [],
    ),
    (
        "sides in words before a dash ('Foramina: right - mild narrowing; left - normal', "
        "'Lateral recesses: right - effaced (severe); left - moderate narrowing'); the other "
        "side's grade 'of the' side ('... of the left neural foramen and mild of the right')",
        "FINDINGS\nL3/4\n  Foramina: right - mild narrowing; left - normal.\nL4/5\n  Lateral "
        "recesses: right - effaced (severe); left - moderate narrowing.\nL5/S1: moderate to severe "
        "narrowing of the left neural foramen and mild of the right.\n",
        {
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
            ("L4-L5", "subarticular_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "severe",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a translated template's 'correct disc, spinal canal and foramina'; 'preserved discs, no "
        "alterations' after a level's colon; a finding 'not evident in the previous study' (new, "
        "not denied)",
        "Findings:\nL1/L2, L2/L3 - correct disc, spinal canal and foramina.\nL3-L4 and L4-L5: "
        "preserved discs, no alterations.\nGrade I anterolisthesis of L5 over S1 secondary to "
        "bilateral spondylolysis of L5, which was not evident in the previous study (new).\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L2-L3", "foraminal_stenosis_right"): "none",
            ("L3-L4", "disc_herniation"): "absent",
            ("L4-L5", "canal_stenosis"): "none",
            ("L5-S1", "spondylolisthesis"): "present",
        },
        [],
    ),
]


SESSION82_ROUND159: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 15 Zs + B-E
    (
        "a line of labelled fields apart by spaces under its level's line ('Bulge: Y   "
        "Protrusion: N   Extrusion: N'): each field its own clause; a field that tells the one "
        "before it where or how much ('Level:', 'Grade:') stays with it",
        "L3-L4:  [ ] Normal  [x] Abnormal\n        Bulge: Y   Protrusion: N   Extrusion: N\n"
        "        Canal:  (x) Patent ( ) Mild ( ) Moderate ( ) Severe\n"
        "L4-L5:  [ ] Normal  [x] Abnormal\n        Bulge: N   Protrusion: Y (central)   "
        "Extrusion: N\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "disc_herniation"): "absent",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "disc_bulge"): "absent",
            ("L4-L5", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "a site's label and its sides' fields after it on one line ('Foraminal stenosis  R: (x) "
        "no    L: ( ) no (x) mild'): the site's field, each side its own clause",
        "L4-L5:  Bulge Y\n        Foraminal stenosis  R: (x) no    L: ( ) no (x) mild\n"
        "L5-S1:  Bulge N\n        Foraminal stenosis  R: ( ) no ( ) mild (x) moderate    L: "
        "(x) no\n",
        {
            ("L4-L5", "foraminal_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a whole spine's '|' table with cervical rows and another region's row ('C5-C6 | "
        "protrusion', 'T-spine | small protrusions T7-T8'): not lumbar rows, and not the table's "
        "end; the lumbar rows under them read cell by cell",
        "Level   | Disc          | Canal              | Foramina\n"
        "--------|---------------|--------------------|---------------------\n"
        "C5-C6   | protrusion    | moderate stenosis  | bilat. moderate\n"
        "T-spine | small protrusions T7-T8, no cord compression\n"
        "L2-L3   | bulge         | normal             | normal\n"
        "L3-L4   | bulge         | mild stenosis      | R: mild, L: normal\n",
        {
            ("L2-L3", "disc_bulge"): "present",
            ("L2-L3", "canal_stenosis"): "none",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a thoracic disc written 'Th11/12' ('Th11/12: small dorsal disc hernia'): outside the "
        "schema, so the levels of the sentence before it do not carry on to it",
        "In the segments L4/5 and L5/S1 the spinal canal is free.\nTh11/12: small dorsal disc "
        "hernia, without myelopathy.\n",
        {("L4-L5", "canal_stenosis"): "none", ("L5-S1", "canal_stenosis"): "none"},
        [("L4-L5", "disc_herniation"), ("L5-S1", "disc_herniation")],
    ),
    (
        "a Modic type evolved to another a long way after it ('The Modic type 1 changes in the "
        "adjacent endplates of L4-L5 seen on the 2021 study have evolved to type 2'): the later",
        "The Modic type 1 changes in the adjacent endplates of L4-L5 seen on the 2021 study have "
        "evolved to type 2.",
        {("L4-L5", "modic"): "type2"},
        [],
    ),
    (
        "a finding's phrase said again from its first word after a bare 'I mean' ('minor "
        "posterior disc protrusion I mean minor posterior disc bulge'): the first saying taken "
        "back",
        "L4 5 colon minor posterior disc protrusion I mean minor posterior disc bulge without "
        "stenosis of the canal period",
        {("L4-L5", "disc_bulge"): "present", ("L4-L5", "canal_stenosis"): "none"},
        [("L4-L5", "disc_herniation")],
    ),
]

SESSION82_ROUND160: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 15 Zs + J-M
    (
        "a field's yes / no options and the one chosen after an arrow ('Listhesis:  Y / N  ->  "
        "N', 'Canal stenosis:  Y / N  ->  N (AP diameter normal at all levels)'): the choice",
        "Lumbar spine MRI, structured.\n2. Listhesis:                Y / N  ->  N\n"
        "7. Canal stenosis:           Y / N  ->  N (AP diameter normal at all levels)\n"
        "6. Disc bulge:               Y / N  ->  Y, at L3-L4, L5-S1\n",
        {
            ("L2-L3", "spondylolisthesis"): "absent",
            ("L4-L5", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "present",
            ("L5-S1", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a site's two-letter abbreviation its legend names ('SC = spinal canal', 'CC = central "
        "canal'): read as the vocabulary's own ('SC mild', 'CC moderate')",
        "Abbrev.: SC = spinal canal, LR = lateral recess, NF = neural foramen\n"
        "L1/L2 - disc-osteophyte complex; SC mild; NF (L/R) mild/mild\n"
        "Key: CC = central canal\nL4-5: R paracentral extrusion. CC moderate.\n",
        {("L1-L2", "canal_stenosis"): "mild", ("L4-L5", "canal_stenosis"): "moderate"},
        [],
    ),
    (
        "a site's label and its sides' fields after a gap on a level's line ('L3-L4   Bulge [x]Y "
        "[ ]N   Foramina  R: mild   L: none'); a side's label after a form's options where the "
        "first side has no colon ('Lateral recess: Rt [x] N [ ] Mild    Lt [ ] N [x] Mild')",
        "L3-L4   Bulge [x]Y [ ]N   Canal (x)none ( )mild   Foramina  R: mild   L: none\n"
        "L4/L5  Disc bulge: [x] Yes [ ] No\n"
        "       Lateral recess: Rt [x] N [ ] Mild [ ] Mod    Lt [ ] N [x] Mild [ ] Mod\n",
        {
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "subarticular_stenosis_right"): "none",
            ("L4-L5", "subarticular_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "a '/' grid's header after a title with an arrow ('Column order -> level : disc / canal "
        "/ NF R / NF L / Modic'): each row's cells under their columns",
        "Column order -> level : disc / canal / NF R / NF L / Modic\n"
        "L3-4 : diffuse bulge / mild / - / mild / -\n"
        "L4-5 : diffuse bulge / mod / mild / sev / I\n"
        "(NAD = no abnormality detected; - = nil / no stenosis)\n",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L4-L5", "modic"): "type1",
        },
        [],
    ),
    (
        "a level's field after a Modic change's or a listhesis's on its line ('[x] Modic change   "
        "Type: II   Level: L4/L5', '[x] Spondylolisthesis   Level: L4/L5   Meyerding grade: I')",
        "1. Alignment:        [ ] Normal   [x] Spondylolisthesis   Level: L4/L5   Meyerding "
        "grade: I\n3. Endplates:        [ ] No Modic change   [x] Modic change   Type: II   "
        "Level: L4/L5\n",
        {("L4-L5", "spondylolisthesis"): "present", ("L4-L5", "modic"): "type2"},
        [],
    ),
    (
        "a level's fields parted by '|' with no table over them ('T12-L1:  Disc: No abnormality "
        "| Canal: None | NF: None'): each field a clause",
        "Per-level (pick-list):\nT12-L1:  Disc: No abnormality | Canal: None | NF: None\n"
        "L1-L2:   Disc: No abnormality | Canal: None | NF: None\n",
        {
            ("T12-L1", "disc_bulge"): "absent",
            ("T12-L1", "disc_herniation"): "absent",
            ("L1-L2", "disc_bulge"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a legend's side-named abbreviation with its own language's words in brackets ('FI = "
        "left foramen (foramen izquierdo)'): a column of that side",
        "Abbreviations: CC = central canal, FI = left foramen (foramen izquierdo), FD = right "
        "foramen (foramen derecho), HD = disc herniation.\n\n"
        "Level  | HD                               | CC                | FI     | FD\n"
        "L4-L5  | right posterolateral protrusion  | slight compromise | normal | moderate "
        "stenosis\n",
        {
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "a former grade after a field's grade ('Right foramen: mild narrowing, improved from "
        "severe', 'Canal: moderate stenosis (previously mild)'): the field's grade",
        "L5-S1: Right foramen: mild narrowing, improved from severe.\n"
        "L4-L5: Canal: moderate stenosis (previously mild).\n",
        {("L5-S1", "foraminal_stenosis_right"): "mild", ("L4-L5", "canal_stenosis"): "moderate"},
        [],
    ),
    (
        "a Modic change resolved and the type it is now ('The Modic 1 edema in the endplates has "
        "resolved, now type 2 fatty change'): the type now",
        "L5S1: The Modic 1 edema in the endplates has resolved, now type 2 fatty change.",
        {("L5-S1", "modic"): "type2"},
        [],
    ),
]


SESSION83_ROUND161: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 15 Zs + R-U
    (
        "a '/' grid's row whose cell is a pick-list of grades ('L2/3   ( ) nil (x) mild ( ) mod  / "
        "nil / mild / bulge'): its ticked grade, where it stands; a row's level before spaces alone "
        "('L1/2   nil / nil / nil / normal')",
        "Grid (canal / L foramen / R foramen / disc):\n"
        "L1/2   nil / nil / nil / normal\n"
        "L2/3   ( ) nil (x) mild ( ) mod ( ) sev  / nil / mild / bulge\n"
        "L4/5   [ ] nil [ ] mild [x] mod [ ] sev  / moderate / nil / protrusion\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "canal_stenosis"): "mild",
            ("L2-L3", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "a blank for the level after an unticked round box ('Alignment:  (x) normal   ( ) listhesis "
        "at ____'): the blank's option only; a range's '(except as below)' before its statement",
        "Alignment:  (x) normal   ( ) listhesis at ____\n"
        "Levels:\nL1/2 - L3/4 (except as below): Normal.\nL2/3: small bulge, mild canal stenosis.\n",
        {
            ("L2-L3", "spondylolisthesis"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "absent",
            ("L2-L3", "disc_bulge"): "present",
            ("L2-L3", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "a form's field of the endplates' marrow ('Endplate marrow: normal', 'Endplates: No marrow "
        "signal change', 'Endplates: Normal marrow signal'): Modic none; 'Endplates: normal' is not "
        "the level's bare normal",
        "L2/3\n  Disc: bulge\n  Endplates: normal\n"
        "L3/4\n  Disc: bulge\n  Endplate marrow: normal\n"
        "L4/5\n  Disc: bulge\n  Endplates: No marrow signal change\n"
        "L5/S1\n  Disc: bulge\n  Endplates: Normal marrow signal\n",
        {
            ("L3-L4", "modic"): "none",
            ("L4-L5", "modic"): "none",
            ("L5-S1", "modic"): "none",
        },
        [("L2-L3", "canal_stenosis"), ("L2-L3", "foraminal_stenosis_left")],
    ),
    (
        "a field's two sides' values with a note after a comma ('Lateral recess L/R: normal / "
        "severely narrowed, right L5 root compressed'): each side its value",
        "L4/5:\n  Lateral recess L/R: normal / severely narrowed, right L5 root compressed\n"
        "  Foramina L/R: mild / normal, osteophyte noted\n",
        {
            ("L4-L5", "subarticular_stenosis_left"): "none",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a key of disc codes parted by '|' ('KEY: N normal | B bulge | P protrusion'); a key of "
        "the signs with spaces ('+ present; - absent'); a legend's 'DOC = disc osteophyte complex'",
        "KEY: N normal | B bulge | P protrusion | E extrusion\n"
        "Level | Disc | Canal\nL2/3 | B | mild\nL4/5 | B,P | moderate\n\n"
        "Level | Bulge | HNP | Other\nL3/4 | + | - | DOC\nL5/S1 | - | + | nil\n"
        "+ present; - absent. DOC = disc osteophyte complex.\n",
        {
            ("L2-L3", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "present",
            ("L3-L4", "disc_herniation"): "absent",
            ("L5-S1", "disc_bulge"): "absent",
        },
        [],
    ),
    (
        "a checklist's yes / no answers opening its lines ('[N] Central canal stenosis', '[Y] "
        "Disc bulge -> L4-L5'): each option denied or said, each line its own",
        "CHECKLIST (Y = yes, N = no)\n[N] Spondylolisthesis\n[Y] Disc bulge -> L4-L5\n"
        "[Y] Foraminal narrowing -> L5-S1 right, mild\n[N] Lateral recess stenosis\n"
        "[N] Central canal stenosis\n",
        {
            ("L2-L3", "spondylolisthesis"): "absent",
            ("L4-L5", "disc_bulge"): "present",
            ("L2-L3", "subarticular_stenosis_left"): "none",
            ("L3-L4", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a spaced table's columns named by their studies' years ('2020 canal', '2024 canal') or "
        "dates alone ('30/04/2024', '12/12/2024'): the latest study's read",
        "Level      2020 canal      2024 canal\nL2-L3      mild            moderate\n"
        "L3-L4      nil             mild\n\n"
        "Level    30/04/2024            12/12/2024\nL1/2     normal                normal\n"
        "L4/5     mild bulge            mild bulge, severe canal stenosis\n",
        {
            ("L2-L3", "canal_stenosis"): "moderate",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "severe",
        },
        [],
    ),
    (
        "a '/' grid of studies by their dates, the current one last ('Interval change by level "
        "(2019 / 2022 / current):'): the current study's cells only",
        "Interval change by level (2019 / 2022 / current):\n"
        "L1-L2:  normal / normal / normal\n"
        "L3-L4:  bulge, no stenosis / mild canal / moderate canal stenosis\n",
        {("L1-L2", "canal_stenosis"): "none", ("L3-L4", "canal_stenosis"): "moderate"},
        [("L3-L4", "disc_bulge")],
    ),
    (
        "a Modic type written 'T1' ('Modic: T1 both L45 endplates'); not a sequence's ('T1 "
        "hypointense')",
        "L34: small bulge.\nModic: T1 both L45 endplates.\n"
        "L5/S1: Modic change: T1 hypointense, T2 hyperintense.\n",
        {("L4-L5", "modic"): "type1", ("L5-S1", "modic"): "present"},
        [],
    ),
    (
        "a finding gone on this study ('a right L5-S1 protrusion, not seen now', 'is not "
        "appreciable on this study and ...'); a slip reduced ('The anterolisthesis of L4 on L5 is "
        "reduced and alignment is now anatomical')",
        "L5-S1: a right protrusion, not seen now.\n"
        "The small L3/4 bulge is not appreciable on this study and the canal is capacious.\n"
        "The anterolisthesis of L4 on L5 is reduced and alignment is now anatomical.\n",
        {
            ("L5-S1", "disc_herniation"): "absent",
            ("L3-L4", "disc_bulge"): "absent",
            ("L4-L5", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "a '/' grid's column of two sides parted by a hyphen ('Foramina R-L' over 'severe-mild'): "
        "each side its grade",
        "Summary (Canal / Lat rec R-L / Foramina R-L):\nL3-4   severe / severe-mod / mod-mild\n"
        "L5-S1  nil / nil-nil / mild-nil\n",
        {
            ("L3-L4", "subarticular_stenosis_right"): "severe",
            ("L3-L4", "subarticular_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
]


SESSION83_ROUND162: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 15 Zs + Z, 16 Zs + A-C
    (
        "a grid of levels as columns whose corner cell is a title with its key ('Discs (Y/N)'), "
        "and its next part after a blank line under a title with its key ('Stenosis (N = none, "
        "M = mild, Mo = moderate, S = severe)')",
        "Discs (Y/N)           L2-L3  L3-L4  L4-L5  L5-S1\n"
        "  Bulge                N      N      Y      Y\n"
        "  Herniation           N      N      N      N\n\n"
        "Stenosis (N = none, M = mild, Mo = moderate, S = severe)\n"
        "  Central              N      N      M      N\n"
        "  Foramen R            N      N      N      Mo\n",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "absent",
            ("L2-L3", "disc_bulge"): "absent",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
            ("L3-L4", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a '/' grid's rows of run-on levels ('L3L4  normal / patent'), a header and rows with "
        "'--' after the level ('Level -- disc / canal'), a column's yes / no key ('bulge (Y/N)')",
        "Levels: disc / canal / foramen L / foramen R\n"
        "L3L4  normal / patent / patent / patent\nL4L5  bulge / mild / - / mild\n\n"
        "Format: Level -- disc / central canal / foramen L / foramen R\n"
        "L5/S1 -- protrusion / moderate / patent / severe\n\n"
        "Columns: level / bulge (Y/N) / canal / listhesis\nL12 / N / normal / nil\n"
        "L23 / Y / mild / nil\n",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "canal_stenosis"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "severe",
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "disc_bulge"): "present",
            ("L2-L3", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "a form's fields each with one ticked round box and no empty one ('disc: (x) normal | "
        "canal: (x) patent'); a table's 'Canal compromise' column's 'N' under a key 'N = no'",
        "Per level - pick one per field:\n"
        "L1-L2  ... disc: (x) normal | canal: (x) patent | foramina: (x) patent\n"
        "L4-L5  ... disc: (x) bulge  | canal: (x) mild   | foramina: (x) patent\n\n"
        "Summary (Y = yes, N = no)\nLevel | Bulge | Canal compromise\nL5-S1 | N | N\n"
        "L3-L4 | Y | N\n",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L5-S1", "canal_stenosis"): "none",
            ("L3-L4", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a form's question whether a structure is normal answered no, then its details ('Vertebral "
        "alignment normal?   No - grade 1 anterolisthesis L4-L5'): not a normal alignment",
        "GENERAL\nVertebral alignment normal?      No - grade 1 degenerative anterolisthesis L4-L5\n"
        "Conus normal?                    Yes\nL3-L4: mild bulge.\n",
        {("L4-L5", "spondylolisthesis"): "present", ("L3-L4", "disc_bulge"): "present"},
        [("L2-L3", "spondylolisthesis")],
    ),
    (
        "a disc key's code whose letters are its word's in order ('Bg bulge'), a word with 'disc' "
        "after it ('N normal disc (no bulge)'), a disc-osteophyte complex ('OD osteophyte-disc "
        "complex'); a cell of codes one of which is the key's ('Bg+OF')",
        "Key: N normal disc (no bulge)  Bg bulge  OD osteophyte-disc complex\n\n"
        "Level    Disc   Canal\nL1/2     N      none\nL2/3     Bg     none\nL3/4     OD     mild\n"
        "L4/5     Bg+OF  moderate\n",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "disc_bulge"): "present",
            ("L3-L4", "disc_bulge"): "present",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a Modic change of type 'from Modic 1 to Modic 2': the later type; a slip 'reduced, with "
        "anatomic alignment now': absent",
        "L5-S1: evolution of the endplate change from Modic 1 to Modic 2.\n"
        "The previously demonstrated L4-L5 anterolisthesis has been reduced, with anatomic "
        "alignment now.\n",
        {("L5-S1", "modic"): "type2", ("L4-L5", "spondylolisthesis"): "absent"},
        [],
    ),
]

SESSION84_ROUND163: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 16 Zs + H-K
    (
        "a key of letter codes whose letters are in order in their words ('Mn minimal'), read in "
        "a grid of levels as columns with codes between two grades ('Mi-Mo', 'Mo-Se')",
        "Codes: N none, Mn minimal, Mi mild, Mo moderate, Se severe, NA not assessed.\n"
        "Disc: Nd normal disc, Bg bulge, Pr protrusion, Ex extrusion.\n\n"
        "              L2/3   L3/4    L4/5    L5/S1\n"
        "Disc          Bg     Bg      Bg      Pr\n"
        "Canal         N      Mi      Mi-Mo   N\n"
        "NF left       Mn     Mi      Mo      Mi\n"
        "NF right      N      Mi      Mo-Se   N\n",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L2-L3", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "severe",
            ("L5-S1", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a grid of levels as columns whose corner cell names the grid ('Y/N grid:')",
        "Y/N grid:               L3-L4  L4-L5  L5-S1\n"
        "Disc bulge               N      N      Y\n"
        "Canal stenosis           N      N      N\n",
        {
            ("L3-L4", "disc_bulge"): "absent",
            ("L5-S1", "disc_bulge"): "present",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a '/' grid kept open past a level's row of one cell ('T12-L1: unremarkable') and a "
        "thoracic disc's row ('T11-T12 / ...'); a column of both sides parted by a colon "
        "('foramina L:R' over 'moderate:patent')",
        "Disc levels (Disc / Canal / Left NF / Right NF):\n"
        "T12-L1: unremarkable\n"
        "L1-L2: disc bulge / none / mild / none\n\n"
        "Columns: level / disc / canal / foramina L:R / notes\n"
        "T11-T12 / small central protrusion / no cord compression / patent:patent / incidental\n"
        "L3-L4 / left foraminal protrusion / mild / severe:slight / exiting root\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "severe",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "named levels and the thoracic levels called unremarkable in one sentence ('T12/L1 to "
        "L2/3 and the visualised lower thoracic levels are unremarkable')",
        "L4/5: mild bulge. T12/L1 to L2/3 and the visualised lower thoracic levels are "
        "unremarkable.",
        {
            ("T12-L1", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a checklist's yes / no answers in a column after spaces, one with a note ('Disc "
        "degeneration    Yes (L5/S1 only)'), and questions answered so ('Disc herniation?     "
        "Yes - right foraminal protrusion')",
        "CHECKLIST                              Yes / No\n"
        "Modic endplate change                  No\n"
        "Disc degeneration (desiccation)        Yes (L5/S1 only)\n"
        "Disc bulge                             No\n"
        "Central canal stenosis                 No\n\n"
        "L4-L5\n"
        "  Disc herniation?                     Yes - right foraminal protrusion\n"
        "  Subarticular stenosis?               No\n",
        {
            ("L5-S1", "modic"): "none",
            ("L5-S1", "disc_bulge"): "absent",
            ("L2-L3", "canal_stenosis"): "none",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "subarticular_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a grade now, then the earlier study's time and grade in a 'when' clause ('improved "
        "compared to 2022 when there was moderate left foraminal stenosis')",
        "L5-S1: Mild left and minimal right foraminal narrowing, improved compared to 2022 when "
        "there was moderate left foraminal stenosis.",
        {
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a slip an earlier study showed, reduced with the alignment at its level now anatomical "
        "('... seen in 2020 has been reduced and alignment at L4-L5 is now anatomical')",
        "The anterolisthesis of L4 on L5 seen in 2020 has been reduced and alignment at L4-L5 is "
        "now anatomical.",
        {("L4-L5", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "a dictated phrase said again after 'sorry' with its side or level changed ('mild right "
        "sorry mild left', 'of L5 on S1 sorry of L4 on L5')",
        "L3 slash 4 colon mild right sorry mild left foraminal narrowing full stop there is a 4 "
        "mm anterolisthesis of L5 on S1 sorry of L4 on L5 period",
        {
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "spondylolisthesis"): "present",
        },
        [("L3-L4", "foraminal_stenosis_right"), ("L5-S1", "spondylolisthesis")],
    ),
    (
        "rows of a level and a structure, each with a column per study under a header of the "
        "earlier study's column before the current one's ('Columns: prior 2021 | current 2024 | "
        "change'): the current column read",
        "Columns: prior 2021 | current 2024 | change\n"
        "L3/4 canal:       mild | mild | stable\n"
        "L4/5 canal:       moderate | marked | worse\n"
        "L4/5 R foramen:   mild | moderate | worse\n",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "a field of no Modic change after a prose sentence naming a level, on its line "
        "('Annular fissure L4-L5. Endplate Modic change: none.'): the whole spine's",
        "Comment: Residual broad-based bulge at L5-S1. Annular fissure L4-L5. Endplate Modic "
        "change: none.",
        {("L1-L2", "modic"): "none", ("L4-L5", "modic"): "none", ("L5-S1", "modic"): "none"},
        [],
    ),
    (
        "a '|' table of rows named by a level and a structure, then a column per study, the "
        "earlier's before the current's ('   | 02/03/2022 (prior) | 15/04/2024 (current)'): the "
        "current column read; a table with a column of its items before them keeps it",
        "                   | 02/03/2022 (prior)       | 15/04/2024 (current)\n"
        "L4/5 canal         | moderate                 | mild\n"
        "L4/5 L lat recess  | severe, L5 root compressed | mild\n"
        "L5/S1 R foramen    | patent                   | moderate-severe narrowing\n\n"
        "Level    | Item        | 10/03/2021 (prior) | 09/27/2023 (current)\n"
        "L2-L3    | Canal       | patent             | mild\n"
        "         | L foramen   | patent             | moderate\n",
        {
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "subarticular_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "severe",
            ("L2-L3", "canal_stenosis"): "mild",
            ("L2-L3", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "a comparison with a dated study after the grades now ('left worse than on the 2021 "
        "study'): no statement of that study",
        "L4/L5: Marked left and moderate right exit foraminal narrowing, left worse than on the "
        "2021 study.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
]


SESSION85_ROUND164: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 16 Zs + P-S
    (
        "a '/' grid's row with a note of the earlier study after its cells (' - prior: mild / "
        "none / none'): the cells read, the note not",
        "FINDINGS:\n"
        "Interval comparison (canal / R foramen / L foramen):\n"
        "L1-2:  none / none / none - unchanged\n"
        "L2-3:  mild / mild / moderate - prior: mild / none / none\n"
        "L3-4:  severe / moderate / mild - prior: moderate / mild / mild\n",
        {
            ("L2-L3", "canal_stenosis"): "mild",
            ("L2-L3", "foraminal_stenosis_right"): "mild",
            ("L2-L3", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "canal_stenosis"): "severe",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "a spaced table of a level column and a column per study ('Level   2021   Current'): "
        "only the current study's cells read, but a row the current study calls 'Unchanged' whole",
        "Findings:\n\n"
        "Level     2021                          Current\n"
        "T12/L1    normal                        normal\n"
        "L1/2      normal                        normal\n"
        "L2/3      normal                        minor bulge\n"
        "L3/4      mild bulge                    Unchanged\n"
        "L4/5      bulge, mild canal stenosis    bulge, moderate canal stenosis\n\n"
        "No Modic change.\n",
        {
            ("T12-L1", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "disc_bulge"): "present",
            ("L3-L4", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "moderate",
        },
        [("L2-L3", "canal_stenosis")],
    ),
    (
        "a level's heading with a note in brackets before its colon ('L4/5 (adjacent level):'): "
        "'No listhesis.' under it is that level's, not the spine's",
        "Findings:\n"
        "L4/5 (adjacent level): disc desiccation with a mild annular bulge. No canal or "
        "foraminal narrowing. No listhesis.\n\n"
        "L3/4: mild bulge. Normal canal and foramina.\n",
        {("L4-L5", "spondylolisthesis"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [("L3-L4", "spondylolisthesis"), ("L1-L2", "spondylolisthesis")],
    ),
    (
        "a level's line of one ticked round box ('L4/L5: (x) normal'), and a form's range of "
        "levels in two dots ('L1/L2 .. L3/L4: (x) normal')",
        "Disc levels:\n"
        " L1/L2 .. L3/L4: (x) normal\n"
        " L4/L5: (x) normal\n"
        " L5/S1: ( ) normal (x) bulge  ( ) protrusion\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "disc_herniation"): "absent",
            ("L5-S1", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a disc key of codes linked by '=' whose letters are not in their words ('D = bulge'), "
        "and a cell of two codes parted by a space ('D H')",
        "Scoring: 0 normal, 1 mild, 2 moderate, 3 severe.  Disc: D = bulge, H = herniation, - = "
        "not recorded\n\n"
        "        Canal  NF(L)  NF(R)  Disc\n"
        "L12     0      0      0      D\n"
        "L45     3      3      2      D H\n"
        "L5S1    0      1      1      -\n",
        {
            ("L1-L2", "disc_bulge"): "present",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "severe",
        },
        [("L5-S1", "disc_bulge")],
    ),
    (
        "dictation: a phrase said again after 'sorry I mean' with its grade changed before the "
        "same words ('severe bilateral lateral recess stenosis sorry I mean moderate bilateral "
        "lateral recess stenosis'): the second saying",
        "at L4-5 there is severe bilateral lateral recess stenosis sorry I mean moderate "
        "bilateral lateral recess stenosis full stop moderate right foraminal narrowing full stop",
        {
            ("L4-L5", "subarticular_stenosis_left"): "moderate",
            ("L4-L5", "subarticular_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "a checklist's marks under a 'Yes' and a 'No' column",
        "CHECKLIST                                           Yes    No\n"
        "Normal lumbar lordosis / alignment                   X\n"
        "Spondylolisthesis (any level)                               X\n"
        "Modic endplate change (any level)                           X\n"
        "Disc bulge (any level)                                      X\n"
        "Central canal stenosis (any level)                          X\n",
        {
            ("L1-L2", "spondylolisthesis"): "absent",
            ("L3-L4", "modic"): "none",
            ("L4-L5", "disc_bulge"): "absent",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a side's capital before 'exit foramen' ('narrows the R exit foramen'): that side only",
        "L3-4: Disc bulge with R foraminal protrusion which narrows the R exit foramen. L foramen "
        "ok.",
        {
            ("L3-L4", "foraminal_stenosis_right"): "present",
            ("L3-L4", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a legend's pair of one site's sides ('LFS/RFS left/right foraminal stenosis'), and a "
        "disc column's key on its own line not read as a statement ('Disc: 0 normal disc, B "
        "bulge, P protrusion')",
        "Level   Disc   CCS   LFS   RFS\n"
        "L2-L3   B      2     1     2\n"
        "L3-L4   P      3     2     3\n\n"
        "Legend: 0 none, 1 mild, 2 moderate, 3 severe.\n"
        "Disc: 0 normal disc, B bulge, P protrusion, B/P bulge with superimposed protrusion.\n"
        "CCS central canal stenosis; LFS/RFS left/right foraminal stenosis.\n",
        {
            ("L2-L3", "foraminal_stenosis_left"): "mild",
            ("L2-L3", "foraminal_stenosis_right"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "severe",
            ("L2-L3", "disc_bulge"): "present",
            ("L3-L4", "disc_herniation"): "present",
        },
        [("L2-L3", "disc_herniation"), ("L1-L2", "disc_bulge"), ("L3-L4", "disc_bulge")],
    ),
    (
        "dictation: a sentence opening with 'I mean' or 'correction' restating the sentence "
        "before with its grades or sides changed: the restatement",
        "at L3 L4 there is a disc bulge period mild to moderate bilateral foraminal narrowing "
        "period I mean mild bilateral foraminal narrowing period new paragraph L4-L5 colon "
        "severe canal stenosis period severe bilateral foraminal stenosis period correction "
        "comma severe left and moderate right foraminal stenosis period",
        {
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "canal_stenosis"): "severe",
        },
        [],
    ),
    (
        "a level's fields parted by ';' without colons, graded by a key of signs ('NF R + / L "
        "++', '+ mild, ++ moderate'), a part naming no finding between them ('TS indented'), "
        "and the prose before them read with the legend's codes ('PCP = posterocentral "
        "protrusion', 'FP = foraminal protrusion', not a site's name)",
        "Level-wise (DB = diffuse bulge, PCP = posterocentral protrusion, FP = foraminal "
        "protrusion, TS = thecal sac, NF = neural foramen, LR = lateral recess, N = normal, + "
        "mild,\n++ moderate, +++ severe):\n\n"
        "L2-L3 : Disc DB ; TS indented ; NF R + / L + ; LR R N / L N\n"
        "L3-L4 : Disc DB + PCP ; TS compressed (++) ; NF R ++ / L + ; LR R ++ / L +\n"
        "L4-L5 : Disc DB + R FP ; TS compressed (+++) ; NF R +++ / L ++ ; LR R +++ / L ++\n",
        {
            ("L2-L3", "foraminal_stenosis_left"): "mild",
            ("L2-L3", "subarticular_stenosis_right"): "none",
            ("L3-L4", "disc_herniation"): "present",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "'Previously' opening a level's account of the earlier study with a side or an article "
        "before its finding ('Previously severe left lateral recess stenosis; now ...', "
        "'Previously a large left paracentral extrusion with ...'): the earlier study's",
        "L5-S1: Previously a large left paracentral extrusion with severe left lateral recess "
        "stenosis; now a small left paracentral protrusion remains, with very mild left lateral "
        "recess narrowing.\n"
        "L4-L5: Previously severe right lateral recess stenosis; now moderate right lateral "
        "recess narrowing.\n",
        {
            ("L5-S1", "subarticular_stenosis_left"): "mild",
            ("L5-S1", "disc_herniation"): "present",
            ("L4-L5", "subarticular_stenosis_right"): "moderate",
        },
        [],
    ),
]


SESSION86_ROUND165: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 16 Zs + X, Y, 17 Zs + A
    (
        "a key's dash 'not assessed' with its reason in brackets ('- = not assessed (no "
        "axials)'): a dash cell says nothing, not 'no' stenosis",
        "Findings:\n"
        "Key: N = normal disc, Bg = bulge, OK = no stenosis, mi = mild, mo = moderate,\n"
        "     sev = severe, - = not assessed (no axials)\n"
        "\n"
        "Lvl    Disc         Canal      LR           NF\n"
        "L1/2   N            OK         -            OK\n"
        "L2/3   Bg           mi         -            mo\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "canal_stenosis"): "mild",
            ("L2-L3", "foraminal_stenosis_left"): "moderate",
        },
        [
            ("L1-L2", "subarticular_stenosis_left"),
            ("L1-L2", "subarticular_stenosis_right"),
            ("L2-L3", "subarticular_stenosis_left"),
        ],
    ),
    (
        "a key's '- = not commented': a dash under a Modic row says nothing",
        "FINDINGS:\n"
        "                  L2-L3    L3-L4   L4-L5    L5-S1\n"
        "Canal             nil      mild    severe   nil\n"
        "Endplate signal   -        -       Modic 2  -\n"
        "(key: nil / mild / mod / severe; - = not commented)\n",
        {("L4-L5", "modic"): "type2", ("L3-L4", "canal_stenosis"): "mild"},
        [("L2-L3", "modic"), ("L3-L4", "modic"), ("L5-S1", "modic")],
    ),
    (
        "a grid of levels as columns whose rows above spell the normal ('nil'), no key: a dash "
        "below is a cell left empty, not the normal (a Modic row's dash still no Modic change)",
        "FINDINGS (grid):\n"
        "                  | L2-L3 | L3-L4 | L4-L5   | L5-S1\n"
        "Canal stenosis    | nil   | nil   | mild    | moderate\n"
        "R lat recess      | -     | -     | -       | severe\n"
        "Endplates         | -     | -     | Modic 2 | -\n",
        {
            ("L5-S1", "subarticular_stenosis_right"): "severe",
            ("L4-L5", "modic"): "type2",
            ("L2-L3", "canal_stenosis"): "none",
            ("L5-S1", "modic"): "none",
        },
        [
            ("L2-L3", "subarticular_stenosis_right"),
            ("L4-L5", "subarticular_stenosis_right"),
        ],
    ),
    (
        "a '/' grid's header after a title with a spaced dash ('LUMBAR - columns: disc / central "
        "canal / left foramen / right foramen / other')",
        "FINDINGS:\n"
        "LUMBAR - columns: disc / central canal / left foramen / right foramen / other\n"
        "L1-L2: normal / normal / normal / normal / -\n"
        "L3-L4: bulge / very mild / mild / none / -\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a header declaring the report's format ('Report format per level: Disc / CC / ...') "
        "above the patient's lines, its rows after them",
        "Report format per level: Disc / CC / NF L / NF R   (0 = none, 1 = mild, 2 = moderate, "
        "3 = severe)\n"
        "Pt: DOE, John    MRN 6621034    Scan 08/04/2024\n"
        "Clin: Spinal claudication, L>R.\n"
        "\n"
        "L1/2   normal / 0 / 0 / 0\n"
        "L3/4   bulge  / 2 / 1 / 2\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "a coded cell with the key's query mark before it ('?1' where '? = query'): the grade, "
        "hedged",
        "FINDINGS:\n"
        "Per level: Disc / CC / NF L / NF R   (0 = none, 1 = mild, 2 = moderate, 3 = severe, "
        "? = query)\n"
        "L4/5   bulge  / 3 / 2 / ?1\n",
        {
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a checklist's rows of a box under 'Yes' and one under 'No' ('Modic endplate change   "
        "[ ]   [x]'): the ticked box's answer",
        "FINDINGS:\n"
        "Item                                         Yes   No\n"
        "Modic endplate change                        [ ]   [x]\n"
        "Central canal stenosis                       [ ]   [x]\n",
        {
            ("L1-L2", "modic"): "none",
            ("L5-S1", "modic"): "none",
            ("L3-L4", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a spaced table's row of a list of levels ('L1/2, L2/3   Nil   Patent'): a row of both, "
        "the table going on",
        "Findings:\n"
        "Level        Finding                                          Foramina\n"
        "T12/L1       Small central protrusion                         Patent\n"
        "L1/2, L2/3   Nil                                              Patent\n"
        "L3/4         Mild diffuse bulge                               Patent\n",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a level's line of '|' cells each a label and a dash ('Disc - bulge | Canal - moderate to "
        "severe | NF - L mild, R moderate')",
        "FINDINGS\n"
        "L3-L4 : Disc - circumferential bulge | Canal - moderate to severe | NF - L mild, "
        "R moderate\n"
        "L5-S1 : Disc - small central protrusion | Canal - mild | NF - normal\n",
        {
            ("L3-L4", "canal_stenosis"): "severe",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "'LSCS under spinal anaesthesia' in a history: a caesarean section, not canal stenosis",
        "H/o: LBP since 2 months after delivery (LSCS under spinal anaesthesia at L3-4).\n"
        "FINDINGS: Mild disc bulge at L4-L5.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "a form's row of round boxes after 'Disc' ('Disc   (x) normal  ( ) bulge  ( ) "
        "protrusion'): the ticked option, not a spaced table's header",
        "Level L5/S1\n"
        "  Disc            (x) normal  ( ) bulge  ( ) protrusion  ( ) extrusion\n"
        "  Central canal   (x) patent  ( ) mild   ( ) moderate    ( ) severe\n",
        {
            ("L5-S1", "disc_bulge"): "absent",
            ("L5-S1", "disc_herniation"): "absent",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "'Type 2 degenerative marrow signal change' under a level's 'Endplates:' label: Modic type 2",
        "[L4-L5]\n"
        "  Disc: Bulge.\n"
        "  Endplates: Type 2 degenerative marrow signal change, inferior L4 endplate.\n",
        {("L4-L5", "modic"): "type2", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
    (
        "a form's empty option with named blanks after it ('[ ] present: grade __ at __'): the "
        "ticked 'absent' read",
        "MRI LUMBAR SPINE\nSpondylolisthesis:       [x] absent   [ ] present: grade __ at __\n",
        {("L1-L2", "spondylolisthesis"): "absent", ("L5-S1", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "a side's letter before 'NFS' ('Mod-severe L NFS, mild R NFS'): each side its own grade",
        "L3-4: DB. Mod L, mild R NFS.\nL5-S1: DB. Mod-severe L NFS, mild R NFS.",
        {
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "severe",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a title before a '|' table's header on its line ('Columns: level | previous 11/2022 | "
        "current 05/2024 | change'): the current study's cells read",
        "Columns: level | previous 11/2022 | current 05/2024 | change\n"
        "L3-L4 | bulge, canal nil, NF nil | bulge, canal nil, NF nil | stable\n"
        "L4-L5 | R paracentral extrusion, canal moderate, R LR severe | no recurrent disc "
        "herniation; canal patent; R LR mild | improved\n",
        {
            ("L4-L5", "canal_stenosis"): "none",
            ("L4-L5", "disc_herniation"): "absent",
            ("L4-L5", "subarticular_stenosis_right"): "mild",
        },
        [],
    ),
]

SESSION87_ROUND166: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 17 Zs + F, G, H, I
    (
        "a level's row of one grade pick-list under its finding's heading ('L2/3   [ ] none  [x] "
        "mild  [ ] moderate  [ ] severe'): the ticked grade, 'moderate' not read as 'mod'",
        "Canal stenosis (tick one per level):\n"
        "  L1/2   [x] none  [ ] mild  [ ] moderate  [ ] severe\n"
        "  L2/3   [ ] none  [x] mild  [ ] moderate  [ ] severe\n"
        "  L3/4   [ ] none  [ ] mild  [ ] moderate  [x] severe\n"
        "  L4/5   [ ] none  [ ] mild  [x] moderate  [ ] severe\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "canal_stenosis"): "mild",
            ("L3-L4", "canal_stenosis"): "severe",
            ("L4-L5", "canal_stenosis"): "moderate",
        },
        [],
    ),
    (
        "a range of levels stated normal and 'not tabulated' (a table's rows leave them out)",
        "FINDINGS:\n"
        "Level  | Canal\n"
        "L4-L5  | mild\n"
        "L5-S1  | nil\n"
        "Upper lumbar levels (T12-L1 to L2-L3) unremarkable, not tabulated.\n",
        {
            ("T12-L1", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "levels 'only on the sagittals: no significant abnormality' and 'not fully covered "
        "axially, but normal on the sagittal images': the levels normal",
        "FINDINGS:\n"
        "L4/5: Shallow bulge.\n"
        "T12/L1 and L1/2 are only on the sagittals: no significant abnormality.\n"
        "L2/L3 and L3/L4: not fully covered axially, but normal on the sagittal images.\n",
        {
            ("T12-L1", "canal_stenosis"): "none",
            ("L1-L2", "disc_herniation"): "absent",
            ("L2-L3", "foraminal_stenosis_right"): "none",
            ("L3-L4", "disc_bulge"): "absent",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a '/' grid's column of both sides, its sides in brackets ('Lateral recess (R/L)'), over "
        "cells 'mild/moderate': each side its grade, not the column split in two",
        "FINDINGS:\n"
        "Disc level / Herniation / Canal stenosis / Lateral recess (R/L) / NF (R/L)\n"
        "L2-L3 / nil / mild / nil/nil / mild/mild\n"
        "L3-L4 / nil / moderate / mild/moderate / mild/severe\n",
        {
            ("L3-L4", "subarticular_stenosis_right"): "mild",
            ("L3-L4", "subarticular_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "severe",
            ("L2-L3", "foraminal_stenosis_left"): "mild",
            ("L2-L3", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "a site's field 'L5-S1 left - moderate; all others normal': the site's other levels and "
        "sides normal, not the whole levels",
        "7. Neural foramina:  L5-S1 left - moderate; all others normal.\n"
        "8. Canal:  normal at all levels.\n",
        {
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L1-L2", "foraminal_stenosis_right"): "none",
        },
        [("L3-L4", "disc_bulge"), ("L1-L2", "disc_herniation")],
    ),
    (
        "a level grid's row of another structure graded 0-3 ('Facet OA (0-3)'): not read as the "
        "canal's grades",
        "FINDINGS:\n"
        "                 L2-L3   L3-L4    L4-L5     L5-S1\n"
        "Canal            nil     mild     mild      nil\n"
        "Facet OA (0-3)   1       2        3         3\n",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a table's cell 'unremarkable' under 'Disc/canal/foramina', and 'Disc/canal/foramina "
        "unremarkable': the disc normal too",
        "FINDINGS:\n"
        "Level  | Finding             | 2024\n"
        "T12-L1 | Disc/canal/foramina | unremarkable\n"
        "L1-L2  | Disc                | minimal bulge\n"
        "L2-L3: Disc/canal/foramina unremarkable.\n",
        {
            ("T12-L1", "disc_bulge"): "absent",
            ("T12-L1", "disc_herniation"): "absent",
            ("T12-L1", "canal_stenosis"): "none",
            ("L2-L3", "disc_herniation"): "absent",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L1-L2", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a spaced table's value wrapped onto a second line, indented to its cell ('Normal "
        "hydration, no bulge' over 'or herniation'): one sentence, herniation denied",
        "Item                               Result\n"
        "Disc levels T12-L1 to L5-S1        Normal hydration, no bulge\n"
        "                                   or herniation\n"
        "Spinal canal                       Capacious throughout\n"
        "Neural exit foramina               Patent at all levels\n"
        "Conus                              Normal\n",
        {
            ("L4-L5", "disc_herniation"): "absent",
            ("T12-L1", "disc_herniation"): "absent",
            ("L5-S1", "disc_bulge"): "absent",
        },
        [],
    ),
    (
        "a legend's codes linked by a spaced dash ('PP - paracentral protrusion') in a '|' grid's "
        "cell 'DB+PP': the protrusion read",
        "| LEVEL  | DISC  | THECAL SAC |\n"
        "|--------|-------|------------|\n"
        "| L2-3   | DB    | -          |\n"
        "| L3-4   | DB+PP | C(Mod)     |\n"
        "\n"
        "ABBREVIATIONS: DB - diffuse bulge; PP - paracentral protrusion; C - compression; Mod - "
        'moderate; "-" - normal.\n',
        {
            ("L3-L4", "disc_herniation"): "present",
            ("L3-L4", "disc_bulge"): "present",
            ("L2-L3", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a whole spine's screening before the lumbar study: its 'Rest normal.' not of the lumbar "
        "levels",
        "MRI LS SPINE - SCREENING + DEDICATED LUMBAR STUDY\n"
        "Whole spine screening sagittal T2 images: C5-C6 disc bulge. D11-D12 small disc "
        "protrusion. Rest normal.\n"
        "\n"
        "LUMBAR SPINE:\n"
        "L4-5: Diffuse disc bulge with moderate canal stenosis.\n",
        {("L4-L5", "canal_stenosis"): "moderate", ("L4-L5", "disc_bulge"): "present"},
        [("L2-L3", "canal_stenosis"), ("L3-L4", "disc_herniation"), ("L5-S1", "canal_stenosis")],
    ),
    (
        "a form's numbered question answered 'NO' far along its line ('Q3  Spondylolisthesis?"
        "      ...      NO'); 'YES - R L5/S1, moderate': the right side's grade",
        "Q1  Cauda equina compression?                       NO\n"
        "Q3  Spondylolisthesis?                              NO\n"
        "Q6  Lateral recess stenosis?                        YES - R L5/S1, moderate\n"
        "Q7  Foraminal stenosis?                             NO\n",
        {
            ("L3-L4", "spondylolisthesis"): "absent",
            ("L5-S1", "spondylolisthesis"): "absent",
            ("L5-S1", "subarticular_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "none",
        },
        [("L5-S1", "subarticular_stenosis_left")],
    ),
    (
        "a checklist's ticked YES 'see below' says nothing itself; a '|' row's text wrapped onto "
        "a line of a blank first cell ('Mild left foraminal' over '| narrowing.')",
        "FINDINGS:\n"
        "STRUCTURED CHECKLIST                        YES   NO\n"
        "Spondylolisthesis                            [ ]   [X]\n"
        "Modic endplate changes                       [X]   [ ]   (type 2, L5-S1)\n"
        "Central canal stenosis (any level)           [X]   [ ]   (see below)\n"
        "\n"
        "LEVEL-BY-LEVEL:\n"
        "L4-L5  | Disc bulge. Mild spinal canal stenosis. Mild left foraminal\n"
        "       | narrowing. Right foramen patent.\n"
        "L5-S1  | Right foraminal disc extrusion, severe right neural foraminal\n"
        "       | stenosis. No canal stenosis.\n",
        {
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "severe",
            ("L5-S1", "modic"): "type2",
        },
        [],
    ),
    (
        "a site's field after a '*' bullet ('* Lateral recesses: narrowed bilaterally at L4/L5')",
        "OBSERVATIONS:\n"
        "* Lateral recesses: narrowed bilaterally at L4/L5.\n"
        "* Conus medullaris ends at L1.\n",
        {
            ("L4-L5", "subarticular_stenosis_left"): "present",
            ("L4-L5", "subarticular_stenosis_right"): "present",
        },
        [],
    ),
    (
        "a table's key '\"-\" no abnormality' (no '=' between): a dash cell normal, and the key "
        "not a statement of the levels named before it",
        "Disc levels (Nil / Mild / Mod / Severe):\n"
        "            Disc               CCS      NFS L   NFS R\n"
        "L1-2        -                  Nil      Nil     Nil\n"
        "L3-4        Bulge              Nil      Mild    Nil\n"
        "L5-S1       Bulge              Nil      Mild    Mild\n"
        "\n"
        'CCS central canal stenosis, NFS neural foraminal stenosis. "-" no abnormality.\n',
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L1-L2", "disc_herniation"): "absent",
            ("L3-L4", "disc_bulge"): "present",
        },
        [("L3-L4", "disc_herniation"), ("L5-S1", "disc_herniation")],
    ),
    (
        "a level 'normal apart from the trace retrolisthesis': the level's normals and its "
        "listhesis",
        "FINDINGS: L4-L5 is normal. L2-L3 is normal apart from the trace retrolisthesis.\n",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L2-L3", "spondylolisthesis"): "present",
        },
        [],
    ),
    (
        "a denied 'recurrence of disc herniation' in the impression, no level named: of the "
        "operated level alone, not of the whole spine",
        "Clinical information: Previous L4/5 discectomy (2020).\n"
        "Findings:\n"
        "Negative for recurrent disc herniation at L4/5. The discs at L3/4 and L5/S1 show mild "
        "desiccation without bulging.\n"
        "Impression:\n"
        "No recurrence of disc herniation.\n",
        {("L4-L5", "disc_herniation"): "absent", ("L3-L4", "disc_bulge"): "absent"},
        [("L1-L2", "disc_herniation"), ("L3-L4", "disc_herniation"), ("L5-S1", "disc_herniation")],
    ),
    (
        "a legend's '\"-\" - normal' (a spaced dash after the quotes): the key, not a statement "
        "of the levels named before it, and a dash cell normal",
        "| LEVEL  | DISC  | THECAL SAC |\n"
        "|--------|-------|------------|\n"
        "| L2-3   | DB    | -          |\n"
        "| L3-4   | DB+PP | C(Mod)     |\n"
        "\n"
        'ABBREVIATIONS: DB - diffuse bulge; PP - paracentral protrusion; "-" - normal.\n',
        {("L2-L3", "canal_stenosis"): "none", ("L3-L4", "canal_stenosis"): "moderate"},
        [("L2-L3", "disc_herniation"), ("L1-L2", "canal_stenosis")],
    ),
]

SESSION87_ROUND167: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 17 Zs + N, O, P, Q
    (
        "a grid's key of letter codes with a note between its entries ('P = present, not "
        "graded, A = absent'): 'A' cells absent; 'x = not assessed': its cells say nothing",
        "DISC LEVELS (key: N = none, Mi = mild, Mo = moderate, S = severe, P = present, not "
        "graded, A = absent; x = not assessed)\n"
        "\n"
        "                    L3-L4   L4-L5   L5-S1\n"
        "Bulge               P       P       A\n"
        "Herniation          A       A       A\n"
        "Canal               N       Mi      N\n"
        "Foramen left        Mi      Mo      x\n",
        {
            ("L5-S1", "disc_bulge"): "absent",
            ("L4-L5", "disc_herniation"): "absent",
            ("L3-L4", "disc_bulge"): "present",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "canal_stenosis"): "mild",
        },
        [("L5-S1", "foraminal_stenosis_left")],
    ),
    (
        "a spaced comparison table headed 'FINDING  PRIOR (date)  CURRENT (date)' over a rule, "
        "its rows a level and a finding's name: the current column read, the earlier not",
        "FINDING                       PRIOR (2022-02-14)        CURRENT (2024-04-22)\n"
        "----------------------------  ------------------------  -----------------------\n"
        "L4-L5 central canal           moderate                  mild\n"
        "L4-L5 foramina (L/R)          mild / mild               mild / moderate\n"
        "L5-S1 endplates               Modic 1                   Modic 2 (fatty conversion)\n"
        "L3-L4                         normal                    normal\n",
        {
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "modic"): "type2",
            ("L3-L4", "canal_stenosis"): "none",
        },
        [],
    ),
]


SESSION88_ROUND168: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 17 Zs + V, W, X, Y
    (
        "a level's fields labelled by abbreviations naming their site, after a colon or a "
        "dash ('CCS -- nil', 'NFN -- mild on the left', 'LRS: severe bilaterally'): each its "
        "site's grade, not the site's bare presence",
        "FINDINGS:\n"
        "L3-4: Mild disc bulge.\n"
        "  CCS -- nil\n"
        "  NFN -- mild on the left\n"
        "L4-5: Broad protrusion.\n"
        "  CCS: moderate\n"
        "  LRS: severe bilaterally\n",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
        },
        [("L3-L4", "foraminal_stenosis_right")],
    ),
    (
        "a level line's fields spaced apart, one labelled by four words ('Lat recess R/L:') "
        "and one bare ('Canal mild'), and 'Foramina R/L:' after them: every field read",
        "FINDINGS:\n"
        "L3/L4:   Disc bulge    Canal mild   Lat recess R/L: none / moderate   Foramina R/L: "
        "none / mild\n"
        "L4/L5:   Disc normal   Canal none   Lat recess R/L: none / none\n",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L3-L4", "subarticular_stenosis_left"): "moderate",
            ("L3-L4", "subarticular_stenosis_right"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L4-L5", "subarticular_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a former herniation and its absence now parted by a dash or comma ('previously seen "
        "... protrusion - no residual protrusion'): absent",
        "FINDINGS:\n"
        "L4-5: Small bulge. Canal patent.\n"
        "L5-S1: Previously seen right foraminal protrusion - no residual protrusion. Scarring "
        "in the right lateral recess.\n"
        "L3-4: Previously described central extrusion, no residual extrusion.\n",
        {
            ("L5-S1", "disc_herniation"): "absent",
            ("L3-L4", "disc_herniation"): "absent",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
]


SESSION89_ROUND169: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 18 Zs + D, E, F, G
    (
        "a stenosis's shorthand written for its site before a normal word ('NFN patent B/L', "
        "'CCS neg.', 'SAS nil'): the site stated normal, not its stenosis present",
        "PRELIM READ:\n"
        "L3-4: DB. NFN PATENT B/L. CCS neg.\n"
        "L4-5: SAS nil. CCS normal. NFN neg.\n"
        "L5-S1: mild L SAS. NFN mod R.\n",
        {
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "subarticular_stenosis_left"): "none",
            ("L4-L5", "subarticular_stenosis_right"): "none",
            ("L4-L5", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L5-S1", "subarticular_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
        },
        [("L5-S1", "foraminal_stenosis_left")],
    ),
    (
        "a form's abbreviated fields: 'CC' (the central canal, in capitals) with its grade, "
        "'mi' for mild and a capital 'N' for normal after a site, and 'Rest: N.'",
        "MRI LS SPINE (short form)\n"
        "L2-3:  DB. CC mi. LR N. NF N.\n"
        "L4-5:  DB. CC mod. NF L mi / R mod.\n"
        "L5-S1: CC N.\n"
        "Rest: N.\n"
        "cc: Dr A. Example\n",
        {
            ("L2-L3", "canal_stenosis"): "mild",
            ("L2-L3", "subarticular_stenosis_left"): "none",
            ("L2-L3", "foraminal_stenosis_right"): "none",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "canal_stenosis"): "none",
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "disc_herniation"): "absent",
        },
        [("T12-L1", "canal_stenosis")],
    ),
    (
        "a range of levels 'Nil significant abnormality': each level normal",
        "REPORT:\n"
        "L1/2 to L3/4: Nil significant abnormality.\n"
        "L4/5: Small central disc protrusion. Canal and foramina patent.\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_herniation"): "absent",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "a '|' grid headed by what it grades and its options ('| Central canal | None | Mild "
        "| Moderate | Severe |', '| Disc | Normal | Bulge | Protrusion |') over rows of a level "
        "(a side after it) and a cross under one option; a disc's 'Normal' is the disc's only",
        "LUMBAR MRI, GRADED\n\n"
        "| Central canal | None | Mild | Moderate | Severe |\n"
        "|---|---|---|---|---|\n"
        "| L3-L4 | x | | | |\n"
        "| L4-L5 | | | x | |\n\n"
        "| Disc | Normal | Bulge | Protrusion | Extrusion |\n"
        "|---|---|---|---|---|\n"
        "| L3-L4 | x | | | |\n"
        "| L4-L5 | | | x | |\n\n"
        "| Foramen | None | Mild | Moderate | Severe |\n"
        "|---|---|---|---|---|\n"
        "| L4-L5 right | | x | | |\n"
        "| L4-L5 left | | | | x |\n",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L3-L4", "disc_bulge"): "absent",
            ("L3-L4", "disc_herniation"): "absent",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "severe",
        },
        [("L3-L4", "foraminal_stenosis_left"), ("L3-L4", "foraminal_stenosis_right")],
    ),
    (
        "a template's options in brackets, the chosen one between asterisks ('canal: [normal "
        "/ *mild* / moderate / severe]'): the starred option alone",
        "MRI LUMBAR SPINE (template; choice marked *)\n"
        "L3-L4    disc:     [normal / *bulge* / protrusion / extrusion]\n"
        "         canal:    [normal / *mild* / moderate / severe]\n"
        "L4-L5    disc:     [normal / bulge / *protrusion* / extrusion]\n"
        "         canal:    [normal / mild / moderate / *severe*]\n"
        "         foramina: L [*normal* / mild / moderate / severe]   R [normal / mild / "
        "*moderate* / severe]\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
        },
        [("L3-L4", "disc_herniation")],
    ),
    (
        "a clinician's examination in a letter ('power ... normal elsewhere', 'Reflexes are "
        "normal'): no level's normal; the letter's MRI sentence read",
        "Dear Dr Jones,\n"
        "I reviewed Mrs B in the spinal clinic. On examination, power is 4/5 in left ankle "
        "dorsiflexion and normal elsewhere. Reflexes are normal and sensation is intact.\n"
        "Her MRI shows a left paracentral L5/S1 disc protrusion with moderate left lateral "
        "recess narrowing.\n"
        "Yours sincerely,\n",
        {
            ("L5-S1", "disc_herniation"): "present",
            ("L5-S1", "subarticular_stenosis_left"): "moderate",
        },
        [("L3-L4", "canal_stenosis"), ("L4-L5", "disc_bulge"), ("L1-L2", "foraminal_stenosis_left")],
    ),
    (
        "a numbered checklist's questions answered after their '?' ('2. Central canal "
        "stenosis? Yes - moderate at L4-5, mild at L3-4.', '5. Disc herniation? No.', '7. "
        "Conus? Normal.'): each the question's finding; the conus's normal no level's",
        "LUMBAR MRI CHECKLIST\n"
        "1. Spondylolisthesis? No.\n"
        "2. Central canal stenosis? Yes - moderate at L4-5, mild at L3-4. None elsewhere.\n"
        "3. Foraminal stenosis? Yes - mild left L4-5.\n"
        "4. Disc bulge? Yes - L3-4 and L4-5.\n"
        "5. Disc herniation? No.\n"
        "6. Modic change? No.\n"
        "7. Conus? Normal.\n",
        {
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "absent",
        },
        [("L4-L5", "foraminal_stenosis_right"), ("L1-L2", "disc_bulge")],
    ),
    (
        "a spaced grid titled on its header's line ('CENTRAL CANAL    normal   mild   "
        "moderate   severe', 'MODIC   none   type 1   type 2') over rows of a level and a "
        "cross: each row read, the header line no prose",
        "GRADED GRID\n\n"
        "CENTRAL CANAL        normal   mild   moderate   severe\n"
        "  L3-L4                        X\n"
        "  L4-L5                                          X\n\n"
        "LEFT FORAMEN         normal   mild   moderate   severe\n"
        "  L4-L5                                X\n\n"
        "MODIC                none     type 1   type 2   type 3\n"
        "  L4-L5                                X\n",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "modic"): "type2",
        },
        [("L1-L2", "foraminal_stenosis_left"), ("L4-L5", "foraminal_stenosis_right")],
    ),
    (
        "a '|' option grid marked with dots ('\u25cf'), its sides in a 'Side' column and its "
        "options the key's grades ('| Foraminal stenosis | Side | 0 | 1 | 2 | 3 |')",
        "STRUCTURED REPORT\n"
        "Key: grade 0 = normal, 1 = mild, 2 = moderate, 3 = severe.\n\n"
        "| Foraminal stenosis | Side | 0 | 1 | 2 | 3 |\n"
        "|---|---|---|---|---|---|\n"
        "| L4-L5 | L |   |   | \u25cf |   |\n"
        "| L4-L5 | R |   | \u25cf |   |   |\n"
        "| L5-S1 | L | \u25cf |   |   |   |\n",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [("L5-S1", "foraminal_stenosis_right")],
    ),
    (
        "a form's questions and answers labelled 'Q:' and 'A:' ('Q: Disc bulge?   A: Yes - "
        "L3-L4 and L4-L5.'): each answer its question's finding",
        "STRUCTURED LUMBAR MRI\n"
        "Q: Disc bulge?                 A: Yes - L3-L4 and L4-L5.\n"
        "Q: Central canal stenosis?     A: Moderate at L4-L5, none elsewhere.\n"
        "Q: Spondylolisthesis?          A: No.\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L2-L3", "canal_stenosis"): "none",
            ("L4-L5", "spondylolisthesis"): "absent",
        },
        [("L1-L2", "disc_bulge")],
    ),
    (
        "a smart form's fields in braces ('Canal {Canal: Mild}; Foramina {Foramina: Left "
        "moderate, right mild}'): each value read under its label",
        "LUMBAR MRI SMARTFORM\n"
        "L3-L4: Disc {Disc: Bulge}; Canal {Canal: Mild}; Foramina {Foramina: Left moderate, "
        "right mild}\n"
        "L4-L5: Disc {Disc: Protrusion}; Canal {Canal: Normal}; Foramina {Foramina: Normal}\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "an option grid headed by its site with no bars at its ends ('FORAMINA | None | Mild "
        "| Moderate | Severe'), the sides each option holds for written in its cells ('L R', "
        "'R', 'L'): each side its option; the header kept whole, not parted as fields",
        "GRADED TEMPLATE\n"
        "Key: where a side is relevant, L / R is entered in the grade column.\n\n"
        "FORAMINA | None | Mild | Moderate | Severe\n"
        "L3/4     | L R  |      |          |\n"
        "L4/5     | R    | L    |          |\n"
        "L5/S1    |      |      | R        | L\n",
        {
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L3-L4", "foraminal_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "none",
            ("L5-S1", "foraminal_stenosis_left"): "severe",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
        },
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "a site's sides graded with a slash between them and no colon after the site ('LR L "
        "mod / R mild', 'foramina left moderate / right mild'): each side its grade",
        "FINDINGS:\n"
        "L3-4: Bulge. LR L mod / R mild.\n"
        "L4-5: Protrusion. Neural foramina left moderate / right mild.\n",
        {
            ("L3-L4", "subarticular_stenosis_left"): "moderate",
            ("L3-L4", "subarticular_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
]


SESSION90_ROUND170: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 18 Zs + L, M, N, O
    (
        "a form's key of lettered columns on a line of its own (' a) disc   b) central canal   "
        "c) lateral recess   d) neural foramina') over level lines of lettered cells",
        "Section B - Levels (answer a-d for each)\n"
        " a) disc   b) central canal   c) lateral recess   d) neural foramina\n"
        "L1-L2: a) normal  b) normal  c) normal  d) normal\n"
        "L3-L4: a) central extrusion  b) moderate to severe stenosis  c) bilateral narrowing, "
        "moderate  d) patent\n"
        "L4-L5: a) mild bulge  b) normal  c) normal  d) mild narrowing on the left, right normal\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L1-L2", "subarticular_stenosis_left"): "none",
            ("L1-L2", "disc_herniation"): "absent",
            ("L3-L4", "disc_herniation"): "present",
            ("L3-L4", "canal_stenosis"): "severe",
            ("L3-L4", "subarticular_stenosis_right"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a question and its answer on the next line ('Question 2: Is there evidence of disc "
        "herniation at any level?' over 'Answer: No. ...'): the question's field; a pronoun's "
        "sentence after it ('These are degenerative in nature.') not of the field",
        "Question 2: Is there evidence of disc herniation at any level?\n"
        "Answer: No. There are disc bulges at L3-L4 and L4-L5. These are degenerative in nature.\n"
        "Question 5: Is spondylolisthesis present?\n"
        "Answer: No.\n",
        {
            ("L1-L2", "disc_herniation"): "absent",
            ("L4-L5", "disc_herniation"): "absent",
            ("L4-L5", "disc_bulge"): "present",
            ("L2-L3", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "a form's questions answered after their '?' in words other than yes or no ('Q. Canal? - "
        "Normal calibre throughout.', 'Q6 Modic? Type 2 at L4-5.', '3. Central canal? Adequate "
        "at all levels.')",
        "Q. Listhesis? - Yes, grade 1 anterolisthesis of L5.\n"
        "Q. Canal? - Normal calibre throughout.\n"
        "Q5 Foraminal stenosis? Yes - L4-5 moderate bilateral.\n"
        "Q6 Modic? Type 2 at L4-5.\n",
        {
            ("L5-S1", "spondylolisthesis"): "present",
            ("L1-L2", "canal_stenosis"): "none",
            ("L5-S1", "canal_stenosis"): "none",
            ("L4-L5", "modic"): "type2",
        },
        [("L5-S1", "modic")],
    ),
    (
        "'Otherwise neg.' after a terse note's level lines: the levels not described, normal",
        "MRI LS SPINE WO\n"
        "L4-5: mod DDD, 4mm central protrusion, mild CCS, NFN mild bilat.\n"
        "L5-S1: Severe bilat NFN. No CCS.\n"
        "Otherwise neg.\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_herniation"): "absent",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L4-L5", "canal_stenosis"): "mild",
        },
        [],
    ),
    (
        "an amended report's note in square brackets inside its sentence ('moderate [AMENDED - "
        "previously reported as severe] central canal stenosis'): read as spaces",
        "L4/5: Disc bulge with moderate [AMENDED - previously reported as severe] central canal "
        "stenosis. Lateral recesses narrowed bilaterally.\n",
        {("L4-L5", "canal_stenosis"): "moderate"},
        [],
    ),
    (
        "an addendum numbered and dated ('ADDENDUM #1 (06/04/2024):') that regrades a finding "
        "('is more accurately characterized as moderate rather than mild', 'should be graded as "
        "severe'): the correction's grade",
        "FINDINGS:\n"
        "L3-L4: Mild spinal canal stenosis.\n"
        "L4-L5: Mild spinal canal stenosis. Mild left foraminal narrowing.\n\n"
        "ADDENDUM #1 (06/04/2024):\n"
        "On re-review, the L4-L5 spinal canal stenosis is more accurately characterized as "
        "moderate rather than mild. The L3-L4 canal stenosis should be graded as severe.\n",
        {
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L3-L4", "canal_stenosis"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "an amendment headed 'AMENDED REPORT - ADDENDUM' that moves a finding ('The disc "
        "protrusion described at L4/5 is at L5/S1 ... There is no protrusion at L4/5')",
        "Findings:\n"
        "L4/5: Small left paracentral disc protrusion. The canal and foramina are preserved.\n"
        "L5/S1: Broad disc bulge. No canal stenosis.\n\n"
        "Conclusion:\n"
        "Small L4/5 left paracentral disc protrusion.\n\n"
        "AMENDED REPORT - ADDENDUM\n"
        "The disc protrusion described at L4/5 is at L5/S1, where it contacts the left S1 nerve "
        "root. There is no protrusion at L4/5.\n",
        {
            ("L4-L5", "disc_herniation"): "absent",
            ("L5-S1", "disc_herniation"): "present",
            ("L5-S1", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a grade, its side and its level parted by commas in a form's answer ('Foraminal "
        "stenosis: Yes - mild, left, L4-5; otherwise none.'): one phrase, the side's alone",
        "5. Lateral recess stenosis: Yes - severe, right, L5-S1.\n"
        "6. Foraminal stenosis: Yes - mild, left, L4-5; otherwise none.\n",
        {
            ("L5-S1", "subarticular_stenosis_right"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [("L5-S1", "subarticular_stenosis_left")],
    ),
    (
        "speech recognition's 'by lateral for a minimal' and 'write for a minimal' (bilateral "
        "and right foraminal) and 'lateral wrist s' (lateral recesses)",
        "L3 4: mild disc bulge comma no canal stenosis comma mild by lateral for a minimal "
        "narrowing period\n"
        "L4 5: moderate write lateral wrist s stenosis period. mild write for a minimal stenosis "
        "comma left for a minimal is patent period\n"
        "L5 S1: the the lateral wrist s are mildly narrowed period\n",
        {
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "subarticular_stenosis_right"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L5-S1", "subarticular_stenosis_left"): "mild",
        },
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "a corrected report's note above its findings ('Correction: the side of the L3-4 "
        "foraminal stenosis has been changed from right to left'): the corrected findings' "
        "values stand, not the note's ungraded stenosis",
        "*** CORRECTED REPORT ***\n"
        "Correction: the side of the L3-4 foraminal stenosis has been changed from right to "
        "left.\n\n"
        "FINDINGS:\n"
        "L3-L4: Severe left neural foraminal stenosis. The right foramen is patent.\n",
        {
            ("L3-L4", "foraminal_stenosis_left"): "severe",
            ("L3-L4", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "an addendum telling that two levels' findings were transposed ('The findings described "
        "at L4-5 and L5-S1 were inadvertently transposed'): the earlier rows of each given to "
        "the other",
        "FINDINGS:\n"
        "L4-5: Diffuse disc bulge. Mild bilateral foraminal narrowing.\n"
        "L5-S1: Large left paracentral extrusion with severe left lateral recess stenosis.\n\n"
        "ADDENDUM:\n"
        "The findings described at L4-5 and L5-S1 were inadvertently transposed during "
        "dictation.\n",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L4-L5", "subarticular_stenosis_left"): "severe",
            ("L5-S1", "disc_bulge"): "present",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
        },
        [("L4-L5", "disc_bulge"), ("L5-S1", "disc_herniation")],
    ),
]


SESSION91_ROUND171: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 18 Zs + T, U, V, W
    (
        "a form's question after a level's label, or with no number, answered after its '?' "
        "('L5-S1: Lateral recess stenosis? Yes - mild, left.', 'Canal stenosis? Moderate at "
        "L4-5.'); not a checkbox's 'YES [ ]  NO [x]'",
        "FINDINGS:\n"
        "L5-S1: Lateral recess stenosis? Yes - mild, left.\n"
        "Canal stenosis? Moderate at L4-5.\n"
        "Spondylolisthesis?   YES [ ]  NO [x]\n",
        {
            ("L5-S1", "subarticular_stenosis_left"): "mild",
            ("L4-L5", "canal_stenosis"): "moderate",
        },
        [("L5-S1", "subarticular_stenosis_right"), ("L1-L2", "spondylolisthesis")],
    ),
    (
        "the other side's grade after 'and' ('Right foraminal stenosis severe and left mild'); "
        "shorthand fields joined by 'and' ('canal mild and foramina moderate'), not sites "
        "sharing one grade ('narrows the right lateral recess and right foramen moderately')",
        "FINDINGS:\n"
        "L4-L5: Right foraminal stenosis severe and left mild.\n"
        "L3-L4: Canal stenosis mild and foraminal stenosis right severe, left mild.\n"
        "L2-3: canal mild and foramina moderate.\n"
        "At L5-S1 a right disc herniation narrows the right lateral recess and right foramen "
        "moderately.\n",
        {
            ("L4-L5", "foraminal_stenosis_right"): "severe",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "severe",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L2-L3", "canal_stenosis"): "mild",
            ("L2-L3", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "subarticular_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
    (
        "named grades after a level ('L4-L5: Schizas C.', 'L3-L4 Schizas B, L4-L5 Schizas B', "
        "'Other levels Schizas A', subgrades 'Schizas A2'); Lee's grade with a side grades a "
        "foramen ('Lee 0 L, Lee 1 R', 'Lee 2 bilaterally'); 'Foraminal grade 1 bilaterally'",
        "Central read: L3-L4 Schizas B, L4-L5 Schizas B. Other levels Schizas A.\n"
        "L2-L3: Schizas A2. Lee 0 L, Lee 1 R.\n"
        "L5-S1: Schizas C. Lee 2 bilaterally.\n"
        "L1-L2: Foraminal grade 1 bilaterally.\n",
        {
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "canal_stenosis"): "none",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L2-L3", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "canal_stenosis"): "severe",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L1-L2", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "a research grid with no key: a stenosis column's digits graded 0-3 ('LR-L 2', a queried "
        "'2?'), Schizas' subgrades in its column ('A1', 'B*')",
        "       Schizas  For-L  For-R  LR-L  LR-R\n"
        "L3-4   A2       1      0      0     0\n"
        "L4-5   C        2      1      2     3\n"
        "L5-S1  B*       0      2?     1     0\n",
        {
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L4-L5", "subarticular_stenosis_left"): "moderate",
            ("L4-L5", "subarticular_stenosis_right"): "severe",
            ("L5-S1", "canal_stenosis"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "subarticular_stenosis_left"): "mild",
        },
        [],
    ),
    (
        "a preliminary read quoted under a final report's heading ('FINAL REPORT' ... "
        "'PRELIMINARY REPORT (night reads): ...' then 'DISCREPANCY:'), and headings in '=' "
        "rules ('=== PRELIMINARY REPORT ===')",
        "FINAL REPORT\n"
        "*** THIS REPORT SUPERSEDES THE PRELIMINARY REPORT ***\n"
        "PRELIMINARY REPORT (Night Reads, 04:12): L4-5 DISC BULGE WITH MILD CCS.\n"
        "DISCREPANCY: MAJOR. The L4-5 level was under-called.\n"
        "FINDINGS:\n"
        "L4-5: Large central extrusion. Severe CCS.\n",
        {("L4-L5", "canal_stenosis"): "severe", ("L4-L5", "disc_herniation"): "present"},
        [("L4-L5", "disc_bulge")],
    ),
    (
        "'=== PRELIMINARY REPORT ===' then '=== FINAL REPORT ===': the final read's words stand",
        "=== PRELIMINARY REPORT === (overnight)\n"
        "L5-S1: LARGE R PARACENTRAL HNP WITH SEVERE R LR STENOSIS.\n"
        "=== FINAL REPORT === (Dr P. N.)\n"
        "L5-S1: Large left paracentral extrusion with severe left lateral recess stenosis. "
        "Right lateral recess patent.\n",
        {
            ("L5-S1", "subarticular_stenosis_left"): "severe",
            ("L5-S1", "subarticular_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a study named as a research read ('MRI L-spine (research protocol): Normal.'): the "
        "study normal; German endplates without 'of' ('the base plate L5 and the cover plate S1')",
        "MRI L-spine (research protocol): Normal.\n"
        "Findings: Modic type II changes of the base plate L5 and the cover plate S1.\n",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "absent",
            ("L5-S1", "modic"): "type2",
        },
        [],
    ),
    (
        "'Normal appearances above.' after the lowest level told: the levels not named",
        "MRI (15/04/2024): a large left paracentral L5/S1 disc extrusion. The L4/5 disc shows a "
        "broad-based bulge without stenosis. Normal appearances above.\n",
        {
            ("L3-L4", "disc_bulge"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "disc_bulge"): "present",
            ("L5-S1", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "named grades of the lateral recess and the foramen (Bartynski, Wildermuth); a grid's "
        "'Lee L' / 'Lee R' columns read as the foramina's",
        "L3-L4: Disc bulge. Lateral recess Bartynski 2 bilaterally.\n"
        "L4-L5: Foramina Wildermuth 1 bilaterally.\n"
        "Level   Schizas  Lee L  Lee R\n"
        "L5-S1   B        1      2\n",
        {
            ("L3-L4", "subarticular_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "canal_stenosis"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
]


SESSION92_ROUND172: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 19 Zs + B, C, D, E, F
    (
        "a bulge 'encroaching upon the anterior thecal sac' indents it (rule 5b: no canal row), "
        "the foramina it encroaches upon are narrowed; encroaching on the canal narrows it",
        "FINDINGS:\n"
        "- Diffuse disc bulge at L4/5 encroaching upon the anterior thecal sac and both neural "
        "foraminae.\n"
        "- L3-4: disc encroaching on the canal.\n",
        {
            ("L4-L5", "foraminal_stenosis_left"): "present",
            ("L4-L5", "foraminal_stenosis_right"): "present",
            ("L3-L4", "canal_stenosis"): "present",
        },
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "a side corrected with its article (', not the right,') negates nothing after it",
        "ADDENDUM: Correction: the L3-L4 foraminal protrusion is on the LEFT, not the right, and "
        "results in moderate to severe LEFT foraminal stenosis.\n",
        {("L3-L4", "foraminal_stenosis_left"): "severe"},
        [],
    ),
    (
        "'Decompressed canal without residual stenosis': the canal's own state, not the "
        "foramina's (they are 'obscured by artifact')",
        "FINDINGS:\nL4-L5: Fused level. Decompressed canal without residual stenosis. Foramina "
        "obscured by artifact.\n",
        {("L4-L5", "canal_stenosis"): "none"},
        [("L4-L5", "foraminal_stenosis_left"), ("L4-L5", "foraminal_stenosis_right")],
    ),
    (
        "an object's relative clause on a site ('into the right neural foramen, which it "
        "severely narrows')",
        "There is a right far lateral disc extrusion at L3-L4, extending cranially into the right "
        "neural foramen, which it severely narrows, compressing the exiting right L3 nerve root. "
        "At L2-L3 a fragment contacts the thecal sac, which it compresses.\n",
        {
            ("L3-L4", "foraminal_stenosis_right"): "severe",
            ("L2-L3", "canal_stenosis"): "present",
        },
        [("L3-L4", "foraminal_stenosis_left")],
    ),
    (
        "a poster's bullet telling of a year's study ('- In 2018 I had a herniation at L4-5 but "
        "that's apparently gone now'): the prior study's, not this one's",
        "Pain doc's summary in my words:\n"
        "- In 2018 I had a herniation at L4-5 but that's apparently gone now, report says \"no "
        "residual herniation at L4-5\".\n",
        {("L4-L5", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a post's two studies under relative dates ('Jan last year:' ... 'This month:'): only "
        "the newer one is read",
        "Two MRIs a year apart (typed from the reports)\n"
        "Jan last year: \"L4-5 large central extrusion, severe canal stenosis. L5-S1 mild "
        "bulge.\"\n"
        "This month: \"Residual small central protrusion at L4-5 with mild canal narrowing. "
        "L5-S1 mild bulge unchanged.\"\n",
        {("L4-L5", "canal_stenosis"): "mild", ("L5-S1", "disc_bulge"): "present"},
        [],
    ),
]


SESSION92_ROUND173: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 19 Zs + J, K, L, M
    (
        "the clinical headings of request forms and South Asian centres ('Clinical profile:', "
        "'Clinical info:', 'Clinical hx:', 'Chief complaint:', 'Complaints:'): history, no rows",
        "Clinical profile: Chronic LBP. Operated for ? L4-5 PIVD elsewhere (no records).\n"
        "Clinical info: known L3-4 disc herniation.\n"
        "Chief complaint: L2-3 disc bulge on old MRI.\n"
        "Observations:\n- L5-S1: Mild disc bulge.\n",
        {("L5-S1", "disc_bulge"): "present"},
        [
            ("L2-L3", "disc_herniation"),
            ("L3-L4", "disc_herniation"),
            ("L4-L5", "disc_herniation"),
            ("L2-L3", "disc_bulge"),
        ],
    ),
    (
        "endplate signal told before its endplates with more words between ('Edema-like signal "
        "with enhancement is present along the L5-S1 endplates', 'Fatty marrow signal is also "
        "seen along the inferior L3 endplate')",
        "L5-S1: Edema-like signal with enhancement is present along the L5-S1 endplates, likely "
        "postoperative.\nFatty marrow signal is also seen along the inferior L3 endplate.\n",
        {("L5-S1", "modic"): "type1", ("L3-L4", "modic"): "type2"},
        [],
    ),
    (
        "a checklist's yes and dash before its details' level ('Foraminal stenosis: Yes - L5/S1 "
        "right (mild)'): the side and grade the details give",
        "STRUCTURED FINDINGS\nSpondylolisthesis: No\nForaminal stenosis: Yes - L5/S1 right "
        "(mild)\nDisc herniation: Yes - L5/S1 (central protrusion)\n",
        {
            ("L5-S1", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "disc_herniation"): "present",
        },
        [("L5-S1", "foraminal_stenosis_left")],
    ),
    (
        "a translated 'Status after PLIF L4-L5 and L5-S1' names the operated levels ('No obvious "
        "spinal canal stenosis in the fused segments': of them)",
        "Clinical history: Previously operated with posterior fusion L4-S1 (2018).\n\nFindings: "
        "Status after PLIF L4-L5 and L5-S1 with pedicle screws and cages. No obvious spinal canal "
        "stenosis in the fused segments.\nL2-L3: Small bulge, no stenosis.\n",
        {("L4-L5", "canal_stenosis"): "none", ("L5-S1", "canal_stenosis"): "none"},
        [],
    ),
]


SESSION93_ROUND174: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 19 Zs + R-V
    (
        "'Otherwise unremarkable.' after a prose paragraph's findings: those levels' rest and the "
        "levels not described (not on a level's own line, '3. L5-S1: Modic type 2 changes. "
        "Otherwise unremarkable.')",
        "FINDINGS: Normal alignment. Mild disc desiccation at L4-5 and L5-S1 with small disc "
        "bulges at these levels. No canal or foraminal stenosis. Otherwise unremarkable.\n"
        "IMPRESSION:\n1. L2-L3: Small central protrusion.\n2. L3-L4: Modic type 2 changes. "
        "Otherwise unremarkable.\n",
        {
            ("L1-L2", "disc_herniation"): "absent",
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "absent",
            ("L4-L5", "disc_herniation"): "absent",
        },
        [],
    ),
    (
        "German vertebra names in a slip ('retrolisthesis of LWK 5') and a Modic type changed "
        "after 'previously described' ('... have been transformed into fatty Modic II changes')",
        "Findings:\nSlight retrolisthesis of LWK 5 by 3 mm.\nSegment LWK 5/SWK 1: The previously "
        "described Modic I changes of the adjacent endplates have been transformed into fatty "
        "Modic II changes.\n",
        {("L5-S1", "spondylolisthesis"): "present", ("L5-S1", "modic"): "type2"},
        [],
    ),
    (
        "an elided grade before 'at those levels' ('moderate on the right at L4/5 and L5/S1 and "
        "mild on the left at those levels') and 'either level' without its preposition",
        "MRI 15/01/2024: foraminal stenosis is moderate on the right at L4/5 and L5/S1 and mild "
        "on the left at those levels.\n'l45 small protrusion. l5s1 facet arthrosis. no canal "
        "stenosis either level.'\n",
        {
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "canal_stenosis"): "none",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a conclusion item opening with 'R/O' and its level after a comma is the reader's "
        "differential, not a question ('4. R/O Modic type 1 change, L5-S1'); 'slightly "
        "progressive' grades the change, not the stenosis",
        "Conclusion:\n1. HIVD, L4-5.\n2. Slightly progressive absolute spinal canal stenosis "
        "L3/4.\n4. R/O Modic type 1 change, L5-S1.\n",
        {("L5-S1", "modic"): "type1", ("L3-L4", "canal_stenosis"): "present"},
        [],
    ),
    (
        "Latin 'discus intervertebralis' ('Other discus intervertebralis within normal limits'), "
        "'no misalignment', an extrusion 'reabsorbed', the 'homolateral' foramen",
        "Result:\n- Alignment straight, no misalignment.\n- Protrusion of discus L4-L5.\n- Other "
        "discus intervertebralis within normal limits.\nL5-S1: the extrusion described in 2019 "
        "has been reabsorbed in the interval; residual bulging with a foraminal component on the "
        "right that determines mild reduction of the homolateral neural foramen.\n",
        {
            ("L2-L3", "disc_herniation"): "absent",
            ("L3-L4", "spondylolisthesis"): "absent",
            ("L5-S1", "disc_herniation"): "absent",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [("L5-S1", "foraminal_stenosis_left")],
    ),
]


SESSION93_ROUND175: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 19 Zs + Z; 20 Zs + A-D
    (
        "a list's items run on in one line ('impression: 1) L45 bulge with ... NF narrowing 2) "
        "lumbosacral junction: ... 3) no spondylolisthesis'): each item its own sentence (not "
        "'(Modic 1) ... (Modic 2)')",
        "impression: 1) L45 moderate broad based bulge with mild-moderate bilateral NF narrowing "
        "2) lumbosacral junction: small right paracentral herniation touching R S1 root, no "
        "stenosis 3) no spondylolisthesis\n",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "none",
            ("L2-L3", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "a reporting system's key=value lines keyed by a level with a dash ('L3-4.CANAL=MILD', "
        "'L4-5.NF_L=MODERATE') and a template's fields two spaces apart on a level's line",
        "L1-2.DISC=NORMAL\nL3-4.DISC=BULGE\nL3-4.CANAL=MILD\nL4-5.NF_L=MODERATE\n\n"
        "DISC LEVELS:\nL5-S1: Disc: [Bulge]  Canal: [Mild]  Foramina: [Mild bilateral]\n",
        {
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "canal_stenosis"): "mild",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [],
    ),
    (
        "prior studies told by 'pre-op mri said ...' and 'The L5-S1 level previously showed ...'; "
        "a translation's copula first ('Are not observed disc protrusions or herniations.')",
        "Report: Alignment conserved. Are not observed disc protrusions or herniations.\n"
        "Note: pre-op mri said large extrusion at L4-5 with severe stenosis. The L5-S1 level "
        "previously showed a small central protrusion.\n",
        {("L2-L3", "disc_herniation"): "absent", ("L4-L5", "disc_herniation"): "absent"},
        [("L4-L5", "canal_stenosis")],
    ),
]


SESSION94_ROUND176: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 20 Zs + H-L
    (
        "a stenosis 'relieved' is gone (not its earlier grade); other studies told with a "
        "possessive or a modifier ('his standing lumbar X-rays show', 'Standing radiographs "
        "confirm'), 'his MRI at that time showed' and 'fusion with me in 2016 for ...' are not "
        "this MRI's",
        "Findings: The previously severe canal stenosis at L2-3 and L3-4 has been relieved. His "
        "standing lumbar X-rays show a 5 mm anterolisthesis of L4 on L5. Standing radiographs "
        "confirm a 35% slip. In January his MRI at that time (08/01/2024) showed a large "
        "extrusion at L5/S1. He underwent an L4-S1 fusion with me in 2016 for degenerative "
        "spondylolisthesis.\n",
        {("L2-L3", "canal_stenosis"): "none", ("L3-L4", "canal_stenosis"): "none"},
        [("L4-L5", "spondylolisthesis"), ("L5-S1", "disc_herniation"), ("L1-L2", "spondylolisthesis")],
    ),
    (
        "dictation slips 'neural for him in all' (foraminal), 'for him in all are patent' "
        "(foramina), 'L for L5' (L4-L5) and 'L5 as 1' (L5-S1)",
        "FINDINGS: L3-L4: Mild bilateral neural for him in all narrowing.\nL for L5: Large left "
        "disc extrusion. Severe canal stenosis.\nAt L5 as 1 there is a small central protrusion. "
        "The canal and left for him in all are patent.\n",
        {
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "none",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L5-S1", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "translated wording: 'discs preserved' (no bulge or herniation), 'No segmental "
        "displacement' and 'the sequence of vertebral bodies is neat' (alignment), a bulge "
        "'not shown this time' (gone); a pseudo-bulge is no disc bulge",
        "Findings: No segmental displacement. L1-L2 to L3-L4: discs preserved, without "
        "herniations. The previously seen L4/5 disc bulging is not shown this time. L5-S1: "
        "uncovering of the disc with pseudo-bulge.\n",
        {
            ("L2-L3", "disc_bulge"): "absent",
            ("L4-L5", "disc_bulge"): "absent",
            ("L4-L5", "spondylolisthesis"): "absent",
        },
        [("L5-S1", "disc_bulge")],
    ),
    (
        "a grading key's intermediate grades ('2 = mild-to-moderate') take the higher; a level's "
        "'Central Lee 2' grades the canal, 'Bartynski 2 left' a recess",
        "Scale: 0 = none; 1 = mild; 2 = mild-to-moderate; 3 = moderate-to-severe; 4 = severe.\n"
        "                Central   Foramen L   Foramen R\n"
        "L3-L4           2         1           3\n"
        "L4-5: Central Lee 2 (moderate). Bartynski 2 left.\n",
        {
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "severe",
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L4-L5", "subarticular_stenosis_left"): "moderate",
        },
        [],
    ),
    (
        "readers' grades and the adjudicated one after an arrow in a cell ('1/2 -> 2 (R3)'); a "
        "Schizas key written 'Schizas A (no or minor stenosis), B (moderate)' grades its letters",
        "Central canal: Schizas A (no or minor stenosis), B (moderate), C (severe), D (extreme).\n"
        "Foramina (Lee): 0 none, 1 mild, 2 moderate, 3 severe.\n"
        "Level    Canal    Foramen L      Foramen R\n"
        "L2-L3    A        0/0 -> 0       0/1 -> 0 (R3)\n"
        "L3-L4    B        1/1 -> 1       1/2 -> 2 (R3)\n",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L2-L3", "foraminal_stenosis_right"): "none",
            ("L3-L4", "canal_stenosis"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
]


SESSION95_ROUND177: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 20 Zs + P-T
    (
        "dense prose: 'multilevel' before a range is the range's, sided grades sharing their "
        "levels ('moderate on the left and mild on the right at L3-4 and L5-S1'), a sided grade "
        "after a comma is the next level's, 'respectively' only for its own run of grades",
        "FINDINGS: There is multilevel disc bulging and facet arthropathy from L2-3 through "
        "L5-S1. Foraminal narrowing is severe bilaterally at L4-5, moderate on the left and mild "
        "on the right at L3-4 and L5-S1, and mild bilaterally at L2-3. Mild bilateral "
        "subarticular stenosis at L1-2 and L2-3, moderate on the right at L3-4. L1-2 and L2-3: "
        "disc bulges with mild and moderate central canal stenosis respectively and mild "
        "bilateral neural foraminal narrowing at both levels.\n",
        {
            ("L2-L3", "disc_bulge"): "present",
            ("L5-S1", "disc_bulge"): "present",
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
            ("L2-L3", "subarticular_stenosis_right"): "mild",
            ("L3-L4", "subarticular_stenosis_right"): "moderate",
            ("L1-L2", "canal_stenosis"): "mild",
            ("L2-L3", "canal_stenosis"): "moderate",
            ("L2-L3", "foraminal_stenosis_left"): "mild",
        },
        [("L3-L4", "subarticular_stenosis_left")],
    ),
    (
        "a negation ends at ', and at <level>'; a comma-spliced normal list before ', at L3-4 "
        "there is ...'; 'exit foraminal' after a level keeps its side and grade; a "
        "'disc/osteophyte complex' is a bulge",
        "FINDINGS: At L4-5 there is a bulge with no left foraminal stenosis, and at L5-S1 a "
        "disc/osteophyte complex results in moderate right foraminal stenosis. L1-2, L2-3 are "
        "unremarkable, at L3-4 there is a small protrusion. Mild right L3/4 exit foraminal "
        "narrowing.\n",
        {
            ("L5-S1", "disc_bulge"): "present",
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L3-L4", "disc_herniation"): "present",
            ("L3-L4", "foraminal_stenosis_right"): "mild",
        },
        [("L5-S1", "foraminal_stenosis_left"), ("L3-L4", "foraminal_stenosis_left")],
    ),
    (
        "post-operative spines: 'No listhesis above the fusion' is of the levels above it, "
        "'at the laminectomy levels' of the operated ones, 'satisfactorily decompressed' is "
        "patent; nerve roots 'not herniated into the collection' are no disc",
        "HISTORY: L4-5 and L5-S1 laminectomy and fusion.\nFINDINGS: Posterior fusion hardware "
        "L4 through S1. No listhesis above the fusion. The canal is widely patent at the "
        "laminectomy levels. At L3-4 the canal and left lateral recess are satisfactorily "
        "decompressed. A pseudomeningocele at L4-5; nerve roots are not herniated into the "
        "collection.\n",
        {
            ("L1-L2", "spondylolisthesis"): "absent",
            ("L3-L4", "spondylolisthesis"): "absent",
            ("L4-L5", "canal_stenosis"): "none",
            ("L5-S1", "canal_stenosis"): "none",
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "subarticular_stenosis_left"): "none",
        },
        [("L4-L5", "spondylolisthesis"), ("L4-L5", "disc_herniation"), ("L1-L2", "canal_stenosis")],
    ),
    (
        "templates: the other side's field after a full stop ('Right: patent. Left: severe "
        "stenosis', 'R severe. L moderate', 'Mild left. Right: [normal]'), 'Facets: Normal' is "
        "no disc, 'Canal: effaces the thecal sac' no stenosis, a pick-list in curly brackets "
        "states nothing, 'Sequences:' is the technique",
        "Sequences: Sag T2, Ax T2 L3/4-L5/S1.\nAlignment: {normal/anterolisthesis/retrolisthesis}."
        "\nL3-L4:\n  Disc: Mild disc bulge.\n  Facets: Normal.\n  Subarticular zones: Right: "
        "patent. Left: severe stenosis with compression of the traversing left L4 root.\n"
        "L4-L5: Canal: effaces the ventral thecal sac. Foramina: R severe. L moderate.\n"
        "L5-S1: Foramina: Mild left. Right: [normal].\nHigher levels: Normal.\n",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "subarticular_stenosis_left"): "severe",
            ("L3-L4", "subarticular_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "severe",
            ("L5-S1", "foraminal_stenosis_right"): "none",
            ("L2-L3", "canal_stenosis"): "none",
        },
        [
            ("L3-L4", "disc_herniation"),
            ("L3-L4", "canal_stenosis"),
            ("L4-L5", "canal_stenosis"),
            ("L2-L3", "spondylolisthesis"),
        ],
    ),
    (
        "patients' posts: a report's words a question quotes in single quotes, 'looked ok' for "
        "a level; a field list part's clause after its grade ('very tight bilaterally with "
        "compression of the exiting L5 roots')",
        "anyone else get told 'moderate left foraminal stenosis at L5-S1' and get better? "
        "l3-4 he said looked ok.\nForaminal narrowing: L4/5 mild left and moderate right, L5/S1 "
        "very tight bilaterally with compression of the exiting L5 roots.\n",
        {
            ("L5-S1", "foraminal_stenosis_left"): "severe",
            ("L5-S1", "foraminal_stenosis_right"): "severe",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
        },
        [],
    ),
]


SESSION96_ROUND178: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 20 Zs + X-Z, 21 Zs + A-B
    (
        "exported fields: CamelCase and snake_case names ('CentralCanalStenosis: Mild', "
        "'ForaminalStenosis_L: None', 'canal_stenosis: \"none\"'), a level with no separator "
        "leading its field ('L3L4.canal=none'), an empty quoted value",
        "FINDINGS:\nL4-L5\n  DiscBulge: Y\n  DiscHerniation: N\n  CentralCanalStenosis: Mild\n"
        "  LateralRecessStenosis_R: None\n  ForaminalStenosis_L: Mild\nlevel: L5-S1\n"
        '  canal_stenosis: "moderate"\n  foramina_left: ""\n'
        "L3L4.canal=none\nL3L4.nf_left=mild\nL3L4.nf_right=moderate\n",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "absent",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L4-L5", "subarticular_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "mild",
            ("L5-S1", "canal_stenosis"): "moderate",
            ("L3-L4", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "moderate",
        },
        [("L5-S1", "foraminal_stenosis_left")],
    ),
    (
        "templates: an unfilled pick-list as a field's value states nothing, 'Thecal sac: mildly "
        "effaced' is no stenosis (rule 5b), 'no bulge / herniation' negates both, a lower-case "
        "'foramina:' field after a spaced column and its sides' letters at the line's end ('mild "
        "R, moderate L'), '(levels not listed are normal):' heading the list",
        "Abnormal levels only (levels not listed are normal):\n"
        "Alignment: normal / straightening / scoliosis / listhesis\n"
        "L2-L3     no bulge / herniation    foramina patent\n"
        "L4-L5     bulge + annular fissure  foramina: mild R, moderate L\n"
        "L5-S1:\n  Disc: small bulge\n  Thecal sac: mildly effaced anteriorly\n"
        "  foramina: none / mild / moderate / severe\n",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "absent",
            ("L2-L3", "disc_herniation"): "absent",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "disc_bulge"): "present",
        },
        [
            ("L1-L2", "spondylolisthesis"),
            ("L5-S1", "canal_stenosis"),
            ("L5-S1", "foraminal_stenosis_left"),
            ("L4-L5", "canal_stenosis"),
        ],
    ),
    (
        "translated European reports: 'Foraminostenosis ... of middle degree', 'Middle-grade', "
        "'the intervertebral openings', 'the conjugation holes', 'a decrease of the foraminal "
        "calibre', 'light-grade', 'inconspicuous' and 'regular' discs; the other side's grade after "
        "a level's sided unit ('... stenosis L5/S1 left, light-grade right'); a hernia 'previously "
        "described, which at present is no longer recognizable'",
        "Findings: Disc L4/5 with circular bulging. Foraminostenosis L4/5 on the left of middle "
        "degree. L III/IV: bulging narrowing the left intervertebral opening to a moderate "
        "degree. At L2-L3 the conjugation holes are free. L1-L2: right foraminal protrusion that "
        "produces a decrease of the foraminal calibre. Compared with the previous examination, "
        "there is reabsorption of the extruded discal hernia at L5-S1 previously described, "
        "which at present is no longer recognizable. Middle-grade neuroforaminal stenosis L5/S1 "
        "left, light-grade right. Th12/L1: inconspicuous disc. The intervertebral discs L2-L3 and "
        "L3-L4 are regular.\n",
        {
            ("L5-S1", "foraminal_stenosis_left"): "moderate",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
            ("T12-L1", "disc_bulge"): "absent",
            ("L3-L4", "disc_herniation"): "absent",
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L3-L4", "foraminal_stenosis_left"): "moderate",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L2-L3", "foraminal_stenosis_right"): "none",
            ("L1-L2", "foraminal_stenosis_right"): "present",
            ("L5-S1", "disc_herniation"): "absent",
        },
        [("L4-L5", "foraminal_stenosis_right")],
    ),
    (
        "forum threads: a reply under a line of its writer's name that tells of the writer's "
        "own spine is not read ('Guest' over 'Mine said ...', 'u/name' over 'mine is 4mm at "
        "L3-4'); the poster's own reply ('jenny_r (OP)') is; a 'follow up MRI' with a date is "
        "the newer study",
        "patient.info forums > Back Pain\nMy first MRI back in 2014 said \"L4-L5 right "
        "paracentral protrusion\". My follow up MRI in 2021 said: \"L4-L5: The previously noted "
        "protrusion has resolved. Small residual bulge.\"\n\nGuest\nI've got modic 2 at L5/S1 "
        "and mine doesn't hurt. Mine also said 'moderate stenosis at L3/4'.\n\njenny_r (OP)\n"
        "Forgot one bit, it said \"L5/S1: mild right foraminal narrowing.\"\n\nu/ok_then_lumbar\n"
        "also 2mm retrolisthesis is nothing really, mine is 4mm at L2-3\n",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L4-L5", "disc_herniation"): "absent",
            ("L5-S1", "foraminal_stenosis_right"): "mild",
        },
        [
            ("L5-S1", "modic"),
            ("L3-L4", "canal_stenosis"),
            ("L2-L3", "spondylolisthesis"),
        ],
    ),
]

SESSION99_ROUND179: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 21 Zs + F-M, I, O, Q, S
    (
        "a blanket alignment statement: 'Alignment without alterations'",
        "FINDINGS: Alignment without alterations. L4-L5: mild disc bulge.",
        {
            ("L1-L2", "spondylolisthesis"): "absent",
            ("L5-S1", "spondylolisthesis"): "absent",
            ("L4-L5", "disc_bulge"): "present",
        },
        [("L1-L2", "canal_stenosis")],
    ),
    (
        "'Maintenance of the lumbar lordosis and of the vertebral alignment'",
        "FINDINGS: Maintenance of the lumbar lordosis and of the vertebral alignment. L4-L5: mild "
        "disc bulge.",
        {("L2-L3", "spondylolisthesis"): "absent", ("L4-L5", "spondylolisthesis"): "absent"},
        [],
    ),
    (
        "a whole study normal for the patient's age",
        "LUMBOSACRAL SPINE MRI: Study within normal limits for the age of the patient.",
        {("L1-L2", "canal_stenosis"): "none", ("L5-S1", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a whole study reported normal under a clinic letter's 'Imaging:' label",
        "Imaging: MRI lumbar spine (22.06.2021, Spire Manchester) was reported as normal, with no "
        "disc prolapse or nerve root compression. I have not seen the images myself.",
        {("L3-L4", "canal_stenosis"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [],
    ),
    (
        "'MRI L-S spine:' heading a whole-study normal; 'Vertebral bodies are not displaced'",
        "MRI L-S spine: Lumbar spine without significant abnormalities. Vertebral bodies are not "
        "displaced. Slight desiccation of the L5/S1 disc without herniation.",
        {
            ("L2-L3", "disc_bulge"): "absent",
            ("L2-L3", "foraminal_stenosis_left"): "none",
            ("L4-L5", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "the discs stated normal, not the levels: 'The rest of the intervertebral discs do not "
        "show relevant alterations', 'Upper lumbar discs to L3/4 are normal'",
        "FINDINGS: L4-L5: mild disc bulge. The rest of the intervertebral discs do not show "
        "relevant alterations.\n\nCOMPARISON REPORT\nFINDINGS: Upper lumbar discs to L3/4 are "
        "normal. L4/5: mild disc bulge.",
        {
            ("L1-L2", "disc_bulge"): "absent",
            ("L3-L4", "disc_herniation"): "absent",
            ("L5-S1", "disc_bulge"): "absent",
        },
        [("L1-L2", "canal_stenosis"), ("L3-L4", "foraminal_stenosis_left")],
    ),
    (
        "a graded level list with each level's own side: 'Moderate right L4-5 and mild left "
        "L5-S1 foraminal stenosis', 'Mild to moderate right L3/4 and mild left L3/4 foraminal "
        "narrowing'",
        "IMPRESSION: Moderate right L4-5 and mild left L5-S1 foraminal stenosis. Mild to moderate "
        "right L2/3 and mild left L2/3 foraminal narrowing.",
        {
            ("L4-L5", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "mild",
            ("L2-L3", "foraminal_stenosis_right"): "moderate",
            ("L2-L3", "foraminal_stenosis_left"): "mild",
        },
        [("L4-L5", "foraminal_stenosis_left"), ("L5-S1", "foraminal_stenosis_right")],
    ),
    (
        "a sentence telling what an MRI showed is of that study, not of the level an x-ray's "
        "sentence named before it",
        "Lumbar x-rays in 2019 showed mild spondylosis at L5-S1 (Exhibit 2F/9). A lumbar MRI dated "
        "June 2, 2020 showed only mild degenerative changes without evidence of disc herniation, "
        "spinal stenosis, or nerve root impingement (Exhibit 6F/2).",
        {("L2-L3", "canal_stenosis"): "none", ("L3-L4", "disc_herniation"): "absent"},
        [],
    ),
    (
        "a record review: the quoted radiologist's report ('Dr. Goldberg's report lists:') "
        "below the reviewer's own reading ('MY INDEPENDENT INTERPRETATION:')",
        "RADIOLOGY RECORD REVIEW\nDr. Goldberg's report lists: \"L4-5: 4 mm posterior disc "
        "herniation. L5-S1: 3 mm posterior disc herniation.\"\n\nMY INDEPENDENT INTERPRETATION:\n"
        "L4-L5: Mild broad-based disc bulge. No focal herniation.\nL5-S1: Mild disc bulge. No "
        "herniation.",
        {
            ("L4-L5", "disc_herniation"): "absent",
            ("L5-S1", "disc_herniation"): "absent",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "a surgeon's 'grade 1 spondy L4-5'; 'The L5-S1 level is spared'; 'The spinal canal is "
        "of usual width at all levels'",
        "MRI L-spine reviewed: grade 1 spondy L4-5 w/ moderate canal stenosis. The L5-S1 level is "
        "spared.\n\nSECOND REPORT\nDisc L5-S1 - posterior protrusion. The spinal canal is of usual "
        "width at all levels.",
        {
            ("L4-L5", "spondylolisthesis"): "present",
            ("L5-S1", "foraminal_stenosis_right"): "none",
            ("L2-L3", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "an expert's review revising the grade and the finding of the report it quotes ('moderate "
        "rather than severe', 'a broad-based disc bulge ... rather than a discrete protrusion'); "
        "a '<level> space:' heading a normal level",
        "8.2 MRI lumbar spine, 17 January 2023, reported by Dr P. Osei: \"At L4/5 there is severe "
        "spinal canal stenosis. There is a left paracentral disc protrusion at L3/4.\"\n8.3 I have "
        "reviewed the images. In my opinion the canal stenosis at L4/5 is moderate rather than "
        "severe. I would describe the L3/4 abnormality as a broad-based disc bulge rather than a "
        "discrete protrusion.\nT12-L1 space: normal.",
        {
            ("L4-L5", "canal_stenosis"): "moderate",
            ("L3-L4", "disc_herniation"): "absent",
            ("L3-L4", "disc_bulge"): "present",
            ("T12-L1", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "several MRIs told of in a decision's prose, the newest with and without contrast: only "
        "its findings",
        "An MRI of the lumbar spine on May 4, 2015 showed mild degenerative disc disease at L4-5. "
        "A July 2017 MRI showed a new left paracentral disc herniation at L5-S1. A post-operative "
        "MRI of the lumbar spine with and without contrast dated March 12, 2019 showed "
        "postsurgical changes at L5-S1 with no recurrent disc herniation. There was a mild disc "
        "bulge at L4-5.",
        {("L5-S1", "disc_herniation"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [],
    ),
]


SESSION100_ROUND180: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 21 Zs + T-Z, 22 Zs + A
    (
        "'w/' for 'with' after a level list: each level's finding",
        "IMPRESSION: DDD L4-5, L5-S1 w/ bulges. Mild central stenosis L4-5.",
        {("L4-L5", "disc_bulge"): "present", ("L5-S1", "disc_bulge"): "present"},
        [],
    ),
    (
        "a translation's 'upper stages' (French 'étages')",
        "L4-L5: posterior median hernia.\nUpper stages: without particularity.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "absent",
            ("L4-L5", "disc_herniation"): "present",
        },
        [("T12-L1", "canal_stenosis"), ("L5-S1", "canal_stenosis")],
    ),
    (
        "'Rest: nothing to report.'",
        "L4-L5: posterior median hernia.\nRest: nothing to report.",
        {("L2-L3", "canal_stenosis"): "none", ("L5-S1", "disc_bulge"): "absent"},
        [],
    ),
    (
        "French 'débord discal' translated as 'discal overflow'; 'without radicular conflict'",
        "L3-L4: no discal overflow. Free foramina.\nL5-S1: global discal overflow, without "
        "radicular conflict.\nThe other discs are of normal signal and height, without overflow.",
        {
            ("L3-L4", "disc_bulge"): "absent",
            ("L5-S1", "disc_bulge"): "present",
            ("L2-L3", "disc_bulge"): "absent",
        },
        [("L5-S1", "foraminal_stenosis_left"), ("L5-S1", "subarticular_stenosis_left")],
    ),
    (
        "Italian 'impegno foraminale' translated: 'prevalent left foraminal engagement'",
        "L5-S1: diffuse disc bulging with prevalent left foraminal engagement.",
        {("L5-S1", "disc_bulge"): "present", ("L5-S1", "foraminal_stenosis_left"): "present"},
        [("L5-S1", "foraminal_stenosis_right")],
    ),
    (
        "'Alignment: ... (approx. 4 mm), otherwise regular': the measure's dot passed over",
        "- Alignment: Slight degenerative anterolisthesis L4 over L5 (approx. 4 mm), otherwise "
        "regular.",
        {
            ("L4-L5", "spondylolisthesis"): "present",
            ("L3-L4", "spondylolisthesis"): "absent",
            ("L5-S1", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "German 'kraniale Segmente': 'The cranial segments are regular'",
        "Segment L4/5: small left protrusion.\nThe cranial segments are regular.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "disc_herniation"): "absent",
            ("L4-L5", "disc_herniation"): "present",
        },
        [("L5-S1", "canal_stenosis")],
    ),
    (
        "'L3/4 and above: age-appropriate normal findings'",
        "L4/5: bulging disc.\nL3/4 and above: age-appropriate normal findings.",
        {("L2-L3", "foraminal_stenosis_left"): "none", ("L3-L4", "disc_bulge"): "absent"},
        [("L5-S1", "canal_stenosis")],
    ),
    (
        "an X-ray's line with its findings after its colon is not this MRI's",
        "Diagnostic imaging:\nLumbar radiographs (11/07/2023, this office): Loss of lumbar "
        "lordosis. No fracture or spondylolisthesis.\nMRI lumbar spine (12/15/2023, read by H. "
        "Cole, MD):\nFINDINGS: L3-L4: 2 mm posterior disc bulge, no stenosis.",
        {("L3-L4", "disc_bulge"): "present", ("L3-L4", "canal_stenosis"): "none"},
        [("L1-L2", "spondylolisthesis"), ("L4-L5", "spondylolisthesis")],
    ),
    (
        "edema-like signal in the endplates of two vertebrae named before 'endplates'",
        "L4-5: There is edema-like marrow signal in the inferior L4 and superior L5 endplates.\n"
        "L3-4: Residual edema-like signal in the L3 inferior and L4 superior endplates, decreased.",
        {("L4-L5", "modic"): "type1", ("L3-L4", "modic"): "type1"},
        [],
    ),
    (
        "French 'conflit' translated: a root in conflict in its lateral recess; 'tight' is severe",
        "L4-L5: left posterolateral discal hernia, in conflict with the left L5 root in its lateral "
        "recess.\nNarrow lumbar canal which is tight at L4-L5 and moderate at L3-L4.",
        {
            ("L4-L5", "subarticular_stenosis_left"): "present",
            ("L4-L5", "canal_stenosis"): "severe",
            ("L3-L4", "canal_stenosis"): "moderate",
        },
        [("L4-L5", "subarticular_stenosis_right")],
    ),
    (
        "'the recess' named again after the left root lying in it: the left recess",
        "L4-5: Left hernia compressing the left L5 root in the recess, narrowing the recess "
        "moderately.",
        {("L4-L5", "subarticular_stenosis_left"): "moderate"},
        [("L4-L5", "subarticular_stenosis_right")],
    ),
    (
        "'the lumbosacral hinge' (L5-S1) and 'Lumbar static preserved' (alignment)",
        "At the lumbosacral hinge: small global discal overflow without conflict.\nThe other discs "
        "are of normal signal and height, without overflow.\nLumbar static preserved.",
        {
            ("L5-S1", "disc_bulge"): "present",
            ("L4-L5", "disc_bulge"): "absent",
            ("L3-L4", "spondylolisthesis"): "absent",
        },
        [],
    ),
    (
        "German vertebra names: 'BWK 12/LWK 1', 'ventrolisthesis of LWK 4 versus LWK 5'",
        "Degenerative ventrolisthesis of LWK 4 versus LWK 5 by approx. 6 mm, Meyerding I. "
        "Otherwise no listhesis.\nBWK 12/LWK 1 and LWK 1/2: no pathological findings.",
        {
            ("L4-L5", "spondylolisthesis"): "present",
            ("L3-L4", "spondylolisthesis"): "absent",
            ("T12-L1", "canal_stenosis"): "none",
            ("L1-L2", "disc_bulge"): "absent",
        },
        [],
    ),
    (
        "sides told as neither one after the predicate; 'without relevant narrowing'",
        "L5/S1: Neuroforaminal narrowing neither on the right nor on the left.\n---\nL4/5: Small "
        "disc bulge. Neuroforamina without relevant narrowing.",
        {
            ("L5-S1", "foraminal_stenosis_left"): "none",
            ("L5-S1", "foraminal_stenosis_right"): "none",
            ("L4-L5", "foraminal_stenosis_left"): "none",
            ("L4-L5", "foraminal_stenosis_right"): "none",
        },
        [],
    ),
    (
        "a negation ends at ', and at the lumbosacral junction'; a slip 'already visible' before",
        "His lumbar spine MRI shows minimal disc bulging at L3/4 without significant stenosis, "
        "and at the lumbosacral junction a significant right-sided disc protrusion.\nThe "
        "radiologist also comments on a slight forward slip of L4 on L5 (grade 1), which was "
        "already visible on her x-rays from 2019.",
        {
            ("L5-S1", "disc_herniation"): "present",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "spondylolisthesis"): "present",
        },
        [],
    ),
    (
        "', at L4/5 a broad-based protrusion' opens its own clause after a negation",
        "The discs are dehydrated from L3/4 caudally, at L3/4 a discrete disc bulging without "
        "compression of neural structures is seen, at L4/5 a broad-based protrusion with an "
        "accentuated component right mediolateral.",
        {("L3-L4", "disc_bulge"): "present", ("L4-L5", "disc_herniation"): "present"},
        [],
    ),
    (
        "a site-less predicate repeating one whose site came after it, at another level",
        "This results in moderate to severe narrowing of the thecal sac at L4-5 and mild narrowing "
        "at L5-S1.",
        {("L4-L5", "canal_stenosis"): "severe", ("L5-S1", "canal_stenosis"): "mild"},
        [],
    ),
]

SESSION101_ROUND181: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 22 Zs + B-E
    (
        "a translation's 'The other levels without changes of note.'",
        "At L5-S1 there is a small disc bulge. The other levels without changes of note.",
        {
            ("L5-S1", "disc_bulge"): "present",
            ("L2-L3", "canal_stenosis"): "none",
            ("L4-L5", "disc_herniation"): "absent",
        },
        [("L5-S1", "canal_stenosis")],
    ),
    (
        "'Rest without significant alterations.' after one level's finding",
        "Lumbar spine MRI: Posterior central disc protrusion at L5-S1. Rest without significant "
        "alterations.",
        {("L5-S1", "disc_herniation"): "present", ("L3-L4", "disc_bulge"): "absent"},
        [("L5-S1", "disc_bulge")],
    ),
    (
        "a level's heading and 'preserved' alone",
        "T12/L1: preserved.\nL1/L2: preserved.\nL2/L3: discrete disc bulging.",
        {
            ("T12-L1", "canal_stenosis"): "none",
            ("L1-L2", "disc_herniation"): "absent",
            ("L2-L3", "disc_bulge"): "present",
        },
        [("L3-L4", "canal_stenosis")],
    ),
    (
        "'Discs above with normal aspect.' after the level named",
        "Intervertebral disc L4L5 with diffuse bulging. Discs above with normal aspect.",
        {
            ("L4-L5", "disc_bulge"): "present",
            ("L3-L4", "disc_bulge"): "absent",
            ("L1-L2", "canal_stenosis"): "none",
        },
        [],
    ),
    (
        "a Spanish 'receptáculo' translated 'receptacle': the lateral recess",
        "L3-L4: stenosis of both receptacles.\nL4-L5: mild-moderate stenosis of the right "
        "receptacle. The left receptacle is mildly narrowed.",
        {
            ("L3-L4", "subarticular_stenosis_left"): "present",
            ("L3-L4", "subarticular_stenosis_right"): "present",
            ("L4-L5", "subarticular_stenosis_right"): "moderate",
            ("L4-L5", "subarticular_stenosis_left"): "mild",
        },
        [("L4-L5", "canal_stenosis")],
    ),
    (
        "headings beside their translation: 'Hallazgos / Findings:', 'Conclusion / Conclusion:'",
        "RM Columna lumbar / Lumbar spine MRI\n\nHallazgos / Findings:\nL4-L5: extruded disc "
        "herniation determining moderate stenosis of the canal.\n\nConclusion / Conclusion:\n"
        "Extruded herniation L4-L5 with severe stenosis of the canal.",
        {("L4-L5", "canal_stenosis"): "moderate", ("L4-L5", "disc_herniation"): "present"},
        [],
    ),
    (
        "a medico-legal review's studies headed with their facility: the older one excluded",
        "Diagnostic studies reviewed:\n\nMRI lumbar spine 03/10/2015 (pre-dating the claimed "
        "cumulative trauma), Valley Open MRI:\nAt that time the L4-L5 level showed a disc bulge "
        "with mild left foraminal narrowing. Other levels unremarkable.\n\nMRI lumbar spine "
        "11/08/2022, Valley Open MRI:\n- L2-L3: minimal disc bulge, no stenosis.",
        {("L2-L3", "disc_bulge"): "present", ("L2-L3", "canal_stenosis"): "none"},
        [("L4-L5", "disc_bulge"), ("L4-L5", "foraminal_stenosis_left"), ("L1-L2", "disc_bulge")],
    ),
    (
        "per-side grades after the level's comma",
        "Bilateral foraminal stenosis at L4-L5, moderate on the left and mild on the right.\n"
        "Foraminal narrowing L3-4, mild left and severe right.",
        {
            ("L4-L5", "foraminal_stenosis_left"): "moderate",
            ("L4-L5", "foraminal_stenosis_right"): "mild",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L3-L4", "foraminal_stenosis_right"): "severe",
        },
        [],
    ),
    (
        "a cause denied is no negation of the finding ('did not cause the listhesis')",
        "Grade 1 anterolisthesis L4-5. The fall did not cause the listhesis.",
        {("L4-L5", "spondylolisthesis"): "present"},
        [("L3-L4", "spondylolisthesis"), ("L5-S1", "spondylolisthesis")],
    ),
    (
        "'more likely than not' is no negation",
        "OPINION: In my opinion it is more likely than not that the L5-S1 protrusion reflects the "
        "natural history of the degenerative process.",
        {("L5-S1", "disc_herniation"): "present"},
        [],
    ),
    (
        "'DOC' in capitals: a disc-osteophyte complex (a bulge)",
        "MRI 4/2025: L3-4 sm bulge, no sig stenosis. L5-S1 DOC, mild-mod B/L NFN, R>L.",
        {("L5-S1", "disc_bulge"): "present", ("L3-L4", "disc_bulge"): "present"},
        [],
    ),
    (
        "'doc' for the doctor is no disc-osteophyte complex, in a text all in lower case too",
        "mri lumbar: my doc said l4-5 is fine. the doc says nothing surgical, l5-s1 mild stenosis.",
        {("L5-S1", "canal_stenosis"): "mild"},
        [("L4-L5", "disc_bulge"), ("L5-S1", "disc_bulge")],
    ),
    (
        "Swedish headings left in: 'Fynd:' the findings, 'Bedömning:' the impression",
        "Fynd:\nL5-S1: Right-sided foraminal protrusion with moderate foraminal stenosis on the "
        "right. Left foramen free.\n\nBedömning:\n1. High-grade right foraminal stenosis L5-S1.",
        {
            ("L5-S1", "foraminal_stenosis_right"): "moderate",
            ("L5-S1", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "'of intermediate degree' and 'intermediate-grade' are moderate",
        "L4-L5: Spinal stenosis of intermediate degree. L3-L4: Intermediate-grade foraminal "
        "stenosis on the left.",
        {("L4-L5", "canal_stenosis"): "moderate", ("L3-L4", "foraminal_stenosis_left"): "moderate"},
        [],
    ),
    (
        "'otherwise nl disc contour' after two levels",
        "T12/L1, L1/2: Schmorl's nodes, otherwise nl disc contour.\nL3/4: large L subarticular "
        "extrusion.",
        {
            ("T12-L1", "disc_bulge"): "absent",
            ("L1-L2", "disc_herniation"): "absent",
            ("L3-L4", "disc_herniation"): "present",
        },
        [],
    ),
]

SESSION102_ROUND182: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 22 Zs + J-M
    (
        "a finding's word spoken of as a word",
        "L4/5 mild disc bulge. She was pretty freaked out reading the word protrusion lol.",
        {("L4-L5", "disc_bulge"): "present"},
        [("L4-L5", "disc_herniation")],
    ),
    (
        "a before-and-after story's 'BEFORE:' line",
        "BEFORE: January MRI showed an 8 mm L4/L5 disc herniation with moderate stenosis.\n"
        "AFTER 24 sessions of decompression: June MRI showed the herniation had reduced to 3 mm "
        "and the stenosis was now mild!",
        {("L4-L5", "canal_stenosis"): "mild", ("L4-L5", "disc_herniation"): "present"},
        [],
    ),
    (
        "a surgeon 'who has not treated' the patient negates nothing",
        "An MRI showed a disc protrusion at L5-S1 and probable early Modic type 1 change at the "
        "same level.\n\nDr. Lena Hoffmann, an orthopedic spine surgeon who has not treated Ashby, "
        'said Modic changes "reflect inflammation in the bone next to the disc" and can be a '
        "source of persistent pain.",
        {("L5-S1", "modic"): "type1", ("L5-S1", "disc_herniation"): "present"},
        [("L1-L2", "modic"), ("L4-L5", "modic")],
    ),
    (
        "'the resolution of the disc extrusion' is of that lesion, not the whole spine",
        'A repeat MRI was compared with the 2019 study and noted "interval resolution of the '
        'previously seen L5-S1 extrusion. Unchanged mild disc bulge at L4-L5."\n\nThe carrier\'s '
        "IME physician, Dr. Whitcombe, opined that the resolution of the disc extrusion "
        "demonstrates the claimant reached maximum medical improvement.",
        {("L5-S1", "disc_herniation"): "absent", ("L4-L5", "disc_bulge"): "present"},
        [("L1-L2", "disc_herniation"), ("L2-L3", "disc_herniation"), ("L3-L4", "disc_herniation")],
    ),
    (
        "a level normal before ', and the remaining discs showed ...'",
        "MRI lumbar spine. A large sequestered fragment arises from the L4-5 disc. The L5-S1 "
        "level was normal, and the remaining discs showed only mild age-appropriate desiccation.",
        {
            ("L4-L5", "disc_herniation"): "present",
            ("L5-S1", "canal_stenosis"): "none",
            ("L5-S1", "disc_bulge"): "absent",
        },
        [("L2-L3", "canal_stenosis")],
    ),
    (
        "a dated study told normal 'except for' one level's finding",
        "An MRI of the lumbar spine in February 2021 was normal except for a mild disc bulge at "
        "L5-S1 (Exhibit 5F/22).",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L4-L5", "disc_herniation"): "absent",
            ("L5-S1", "disc_bulge"): "present",
        },
        [("L5-S1", "canal_stenosis")],
    ),
    (
        "a negation after 'multilevel' changes in a sentence naming a level",
        "An MRI of the lumbar spine showed a possible small disc herniation at L5-S1, mild "
        "multilevel degenerative changes, and no significant spinal stenosis or neural foraminal "
        "narrowing (Ex. 6F/14).",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "foraminal_stenosis_left"): "none",
            ("L5-S1", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "a translation's 'Dorsal-lumbar junction without alterations'",
        "Dorsal-lumbar junction without alterations.\nL4-L5: posterior disc protrusion.",
        {
            ("T12-L1", "canal_stenosis"): "none",
            ("T12-L1", "disc_bulge"): "absent",
            ("L4-L5", "disc_herniation"): "present",
        },
        [("L1-L2", "canal_stenosis")],
    ),
    (
        "a range from the thoracolumbar junction",
        "Thoracolumbar junction to L4-5: discs are well hydrated without bulge or herniation.",
        {
            ("T12-L1", "disc_herniation"): "absent",
            ("L2-L3", "disc_bulge"): "absent",
            ("L4-L5", "disc_bulge"): "absent",
        },
        [("L5-S1", "disc_bulge")],
    ),
    (
        "the lay 'slip disc' is a herniation, not a slip",
        "MRI lumbar: slip disc L4-5. My doctor said it needs surgery.",
        {("L4-L5", "disc_herniation"): "present"},
        [("L4-L5", "spondylolisthesis")],
    ),
    (
        "a level 'today unremarkable' after its past",
        "L2-L3: previously mild bulge; today unremarkable.\nL4-L5: moderate canal stenosis.",
        {
            ("L2-L3", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L4-L5", "canal_stenosis"): "moderate",
        },
        [],
    ),
]


SESSION103_ROUND183: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 22 Zs + R-U
    (
        "a level typed as one vertebra twice ('L4/4:') carries no range before it",
        "Findings:\nT12/L1 - L2/3: No abnormality.\nL4/4: Disc desiccation with mild broad based "
        "bulge.\nL4/5: Small bulge.",
        {
            ("L2-L3", "disc_bulge"): "absent",
            ("T12-L1", "disc_bulge"): "absent",
            ("L4-L5", "disc_bulge"): "present",
        },
        [("L3-L4", "disc_bulge")],
    ),
    (
        "a quoted level typo and the level it 'should read'",
        "Findings:\nL2/3: No abnormality.\nL4/4: Disc desiccation with mild broad based bulge. "
        "Mild left foraminal narrowing.\nL4/5: Small bulge.\n\nCorrection (15/11/2022): In the "
        'findings, "L4/4" is a typographical error and should read "L3/4".',
        {
            ("L2-L3", "disc_bulge"): "absent",
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "foraminal_stenosis_left"): "mild",
            ("L4-L5", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "'grossely normal' (a typo of 'grossly')",
        "Findings:\nDisc dessication at L4/5 with posterior disc bulge. Mild narrowing of canal at "
        "this level.\nL5/S1 disc bulge.\nRemaining levels appear grossely normal within limits of "
        "the study.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L3-L4", "disc_bulge"): "absent",
            ("L4-L5", "canal_stenosis"): "mild",
            ("L5-S1", "disc_bulge"): "present",
        },
        [],
    ),
    (
        "'Normal appearance of the spinal canal' and of the foramina",
        "Findings:\n- Diffuse posterior disc bulge at L3-4 level indenting the thecal sac.\n"
        "- Normal appearance of the spinal canal and the conus medullaris.\n- Normal appearance "
        "of the neural foramina.",
        {
            ("L3-L4", "disc_bulge"): "present",
            ("L3-L4", "canal_stenosis"): "none",
            ("L5-S1", "canal_stenosis"): "none",
            ("L1-L2", "foraminal_stenosis_left"): "none",
        },
        [],
    ),
    (
        "a renumbering addendum: 'one level too high ... apply to the level below'",
        "Report:\nNo spondylolisthesis.\nL1/2 and L2/3: normal.\nL3/4: mild disc bulge.\nL4/5: "
        "left paracentral protrusion which narrows the left lateral recess. Mild canal stenosis.\n"
        "L5/S1: Desiccated disc, small central annular fissure.\n\nADDENDUM 19/05/2021:\nThere "
        "are six lumbar-type vertebrae. The report above counted up from the sacrum and each "
        "level described is therefore one level too high; all findings described at a level "
        "apply to the level below.\n- The levels reported as L1/2 and L2/3 are L2/3 and L3/4 "
        "(normal).\n- The level reported as L3/4 is L4/5: mild disc bulge.",
        {
            ("L2-L3", "disc_bulge"): "absent",
            ("L3-L4", "canal_stenosis"): "none",
            ("L4-L5", "disc_bulge"): "present",
            ("L5-S1", "disc_herniation"): "present",
            ("L5-S1", "canal_stenosis"): "mild",
            ("L1-L2", "spondylolisthesis"): "absent",
            ("L5-S1", "spondylolisthesis"): "absent",
        },
        [("L1-L2", "disc_bulge"), ("L4-L5", "disc_herniation"), ("L4-L5", "canal_stenosis")],
    ),
    (
        "levels 'renumbered one level higher' and a 'rudimentary, transitional' heading",
        "FINDINGS:\nL3-L4: Mild disc bulge. No central or foraminal stenosis.\nL4-L5: Disc bulge "
        "with a right foraminal protrusion. Mild central canal stenosis.\nL5-S1: Mild disc bulge. "
        "No canal stenosis.\n\nADDENDUM (11/30/2022):\nThe L5 segment is sacralized. The levels "
        "in the report above should each be renumbered one level higher. Corrected summary:\n"
        "L3-L4: Disc bulge with right foraminal protrusion. Mild central canal stenosis.\n"
        "L4-L5: Mild disc bulge, no canal stenosis.\n"
        "L5-S1 (rudimentary, transitional): Unremarkable.",
        {
            ("L2-L3", "disc_bulge"): "present",
            ("L2-L3", "canal_stenosis"): "none",
            ("L3-L4", "disc_herniation"): "present",
            ("L3-L4", "canal_stenosis"): "mild",
            ("L4-L5", "canal_stenosis"): "none",
            ("L5-S1", "disc_bulge"): "absent",
            ("L5-S1", "canal_stenosis"): "none",
        },
        [("L4-L5", "disc_herniation")],
    ),
    (
        "an addendum's Modic type 'rather than type 2 as reported'",
        "Findings:\nBones: There is fatty marrow signal change at the L5/S1 endplates (Modic type "
        "2).\nL5/S1: Disc space narrowing and disc bulge.\n\nADDENDUM - 02/09/2024\nThe STIR "
        "images have been reviewed. The L5/S1 endplate signal is hyperintense on STIR and T2 "
        "with low T1 signal, consistent with Modic type 1 (oedema-like) change rather than type 2 "
        "as reported.",
        {("L5-S1", "modic"): "type1", ("L5-S1", "disc_bulge"): "present"},
        [],
    ),
]


SESSION103_ROUND184: list[tuple[str, str, dict[Key, str], list[Key]]] = [  # 22 Zs + V-Y
    (
        "a sequence's coverage ('axial T2 L3-S1') describes no level",
        "MRI LUMBAR SPINE - ON CALL\nCI: ?CES.\n\nSag T1/T2, axial T2 L3-S1.\nL5/S1 disc "
        "desication. Broad based disc protrusion. No significant central canal stenosis.\n"
        "Other levels: normal appearances.",
        {
            ("L3-L4", "disc_bulge"): "absent",
            ("L4-L5", "canal_stenosis"): "none",
            ("L5-S1", "disc_herniation"): "present",
        },
        [],
    ),
    (
        "levels 'on sagittals only'",
        "L4/5: Post-op changes. Foramina not narrowed.\nL5/S1: Minor diffuse disc bulge.\n"
        "L1/2, L2/3 on sagittals only: no abnormality.",
        {("L1-L2", "disc_bulge"): "absent", ("L2-L3", "canal_stenosis"): "none"},
        [],
    ),
    (
        "'L2/3 and above are unremarkable for his age'",
        "On my own review of the images: at L4/5 there is severe stenosis of the central canal. "
        "At L3/4 there is moderate central stenosis. L2/3 and above are unremarkable for his age.",
        {
            ("L1-L2", "canal_stenosis"): "none",
            ("L2-L3", "disc_bulge"): "absent",
            ("L3-L4", "canal_stenosis"): "moderate",
        },
        [],
    ),
    (
        "'No significant abnormality above L3/4'",
        "Findings:\nAt L4/5 there is a large central disc extrusion.\nL3/4: No significant "
        "abnormality.\nNo significant abnormality above L3/4 on the sagittal images.",
        {("L1-L2", "disc_bulge"): "absent", ("L2-L3", "foraminal_stenosis_left"): "none"},
        [("T12-L1", "disc_bulge")],
    ),
    (
        "'The rest of the L-spine'",
        "Imaging: my own review of the MRI shows a R far lateral disc herniation at L4-5 with "
        "severe R foraminal stenosis. The rest of the L-spine has mild degenerative changes "
        "without significant stenosis.",
        {("L2-L3", "canal_stenosis"): "none", ("L4-L5", "foraminal_stenosis_right"): "severe"},
        [],
    ),
    (
        "levels that 'appear unremarkable with a capacious canal'",
        "L4/5: Moderate diffuse disc bulge.\nL5/S1: Mild disc bulge. No canal stenosis.\nOn the "
        "sagittal images the higher lumbar levels appear unremarkable with a capacious canal.",
        {("L2-L3", "disc_bulge"): "absent", ("L3-L4", "foraminal_stenosis_right"): "none"},
        [],
    ),
]


ALL = (
    CASES
    + MORE
    + LAST
    + GRADES
    + STYLES
    + ARCHIVE
    + POSTED
    + REGIONS
    + ALTERED
    + SESSION28
    + SESSION29
    + SESSION30
    + SESSION31
    + SESSION32
    + SESSION33
    + SESSION34
    + SESSION35
    + SESSION36
    + SESSION38
    + SESSION39
    + SESSION39_ROUND9
    + SESSION39_ROUND10
    + SESSION39_ROUND11
    + SESSION39_ROUND12
    + SESSION39_ROUND13
    + SESSION39_ROUND14
    + SESSION39_ROUND15
    + SESSION39_ROUND16
    + SESSION39_ROUND17
    + SESSION40_ROUND18
    + SESSION40_ROUND19
    + SESSION40_ROUND20
    + SESSION41_ROUND21
    + SESSION41_ROUND22
    + SESSION41_ROUND23
    + SESSION41_ROUND24
    + SESSION42_ROUND26
    + SESSION42_ROUND27
    + SESSION43_ROUND28
    + SESSION43_ROUND29
    + SESSION43_ROUND30
    + SESSION43_ROUND31
    + SESSION43_ROUND32
    + SESSION43_ROUND33
    + SESSION43_ROUND34
    + SESSION44_ROUND35
    + SESSION44_ROUND36
    + SESSION44_ROUND37
    + SESSION44_ROUND38
    + SESSION44_ROUND39
    + SESSION44_ROUND40
    + SESSION44_ROUND41
    + SESSION45_ROUND42
    + SESSION45_ROUND43
    + SESSION45_ROUND44
    + SESSION45_ROUND45
    + SESSION45_ROUND46
    + SESSION45_ROUND47
    + SESSION45_ROUND48
    + SESSION45_ROUND49
    + SESSION45_ROUND50
    + SESSION46_ROUND51
    + SESSION47_ROUND52
    + SESSION47_ROUND53
    + SESSION48_ROUND54
    + SESSION48_ROUND55
    + SESSION48_ROUND56
    + SESSION49_ROUND57
    + SESSION49_ROUND58
    + SESSION49_ROUND60
    + SESSION50_ROUND61
    + SESSION50_ROUND62
    + SESSION51_ROUND63
    + SESSION51_ROUND64
    + SESSION51_ROUND65
    + SESSION51_ROUND66
    + SESSION52_ROUND67
    + SESSION52_ROUND68
    + SESSION53_ROUND69
    + SESSION53_ROUND70
    + SESSION54_ROUND71
    + SESSION54_ROUND72
    + SESSION54_ROUND73
    + SESSION55_ROUND74
    + SESSION55_ROUND75
    + SESSION55_ROUND76
    + SESSION56_ROUND77
    + SESSION56_ROUND78
    + SESSION56_ROUND79
    + SESSION56_ROUND80
    + SESSION56_ROUND81
    + SESSION56_ROUND82
    + SESSION57_ROUND83
    + SESSION57_ROUND84
    + SESSION57_ROUND85
    + SESSION57_ROUND86
    + SESSION58_ROUND87
    + SESSION58_ROUND88
    + SESSION58_ROUND89
    + SESSION58_ROUND90
    + SESSION59_ROUND91
    + SESSION59_ROUND92
    + SESSION59_ROUND93
    + SESSION59_ROUND94
    + SESSION59_ROUND95
    + SESSION59_ROUND96
    + SESSION60_ROUND97
    + SESSION60_ROUND98
    + SESSION60_ROUND99
    + SESSION60_ROUND100
    + SESSION60_ROUND101
    + SESSION60_ROUND102
    + SESSION61_ROUND103
    + SESSION61_ROUND104
    + SESSION61_ROUND105
    + SESSION61_ROUND106
    + SESSION62_ROUND107
    + SESSION62_ROUND108
    + SESSION62_ROUND109
    + SESSION62_ROUND110
    + SESSION62_ROUND111
    + SESSION63_ROUND112
    + SESSION63_ROUND113
    + SESSION64_ROUND114
    + SESSION64_ROUND115
    + SESSION64_ROUND116
    + SESSION64_ROUND117
    + SESSION65_ROUND118
    + SESSION65_ROUND119
    + SESSION65_ROUND120
    + SESSION65_ROUND121
    + SESSION66_ROUND122
    + SESSION66_ROUND123
    + SESSION66_ROUND124
    + SESSION67_ROUND125
    + SESSION67_ROUND126
    + SESSION67_ROUND127
    + SESSION67_ROUND128
    + SESSION68_ROUND129
    + SESSION68_ROUND130
    + SESSION69_ROUND131
    + SESSION69_ROUND132
    + SESSION70_ROUND133
    + SESSION70_ROUND134
    + SESSION71_ROUND135
    + SESSION71_ROUND136
    + SESSION72_ROUND137
    + SESSION72_ROUND138
    + SESSION73_ROUND139
    + SESSION73_ROUND140
    + SESSION74_ROUND141
    + SESSION74_ROUND142
    + SESSION75_ROUND143
    + SESSION75_ROUND144
    + SESSION76_ROUND145
    + SESSION76_ROUND146
    + SESSION76_ROUND147
    + SESSION77_ROUND148
    + SESSION77_ROUND149
    + SESSION77_ROUND150
    + SESSION78_ROUND151
    + SESSION78_ROUND152
    + SESSION79_ROUND153
    + SESSION79_ROUND154
    + SESSION80_ROUND155
    + SESSION80_ROUND156
    + SESSION81_ROUND157
    + SESSION81_ROUND158
    + SESSION82_ROUND159
    + SESSION82_ROUND160
    + SESSION83_ROUND161
    + SESSION83_ROUND162
    + SESSION84_ROUND163
    + SESSION85_ROUND164
    + SESSION86_ROUND165
    + SESSION87_ROUND166
    + SESSION87_ROUND167
    + SESSION88_ROUND168
    + SESSION89_ROUND169
    + SESSION90_ROUND170
    + SESSION91_ROUND171
    + SESSION92_ROUND172
    + SESSION92_ROUND173
    + SESSION93_ROUND174
    + SESSION93_ROUND175
    + SESSION94_ROUND176
    + SESSION95_ROUND177
    + SESSION96_ROUND178
    + SESSION99_ROUND179
    + SESSION100_ROUND180
    + SESSION101_ROUND181
    + SESSION102_ROUND182
    + SESSION103_ROUND183
    + SESSION103_ROUND184
)


@pytest.fixture(scope="module")
def lab() -> Labeler:
    return Labeler(sentence_cache=0)


@pytest.mark.parametrize(("text", "want", "absent"), [c[1:] for c in ALL], ids=[c[0] for c in ALL])
def test_phrasing(lab: Labeler, text: str, want: dict[Key, str], absent: list[Key]) -> None:
    got = {(r["level"], r["finding"]): r["value"] for r in lab.label_report("r", text)}
    assert {k: got.get(k) for k in want} == want
    assert [k for k in absent if k in got] == []
