"""Reports as patients post them: several studies in one post (only the newest labelled), the
poster's own notes excluded, portal pastes with inline bullets, quoted excerpts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from spinelab.labeling.labeler import Labeler
from spinelab.labeling.posts import PostRules
from spinelab.labeling.rules import PACKAGED_RULES, RuleFileError, load_rules

OLD_THEN_NEW = (
    "Posting both my MRIs. Old one first.\n\n"
    "**MRI from June 2019:**\n"
    "L5-S1: Left paracentral disc extrusion, moderate left lateral recess stenosis.\n"
    "Other levels normal.\n\n"
    "**NEW MRI, August 2023 (this is the latest one):**\n"
    "Findings: L5-S1: The extrusion seen on the prior exam has regressed. Small residual bulge. "
    "Mild left lateral recess narrowing. L4-L5: mild canal stenosis.\n"
)
NEW_THEN_OLD = (
    "new MRI results (march 2024) vs my old one from 2021. newest first:\n\n"
    "--- MARCH 2024 ---\n"
    "impression: right paracentral disc extrusion at L5-S1. no canal stenosis at this level.\n\n"
    "--- 2021 ---\n"
    "impression: small protrusion at L5-S1. mild canal stenosis at L3-4.\n"
)
SAME_LINE = (
    "Two MRIs.\n\n"
    "2020: 'L4-5 disc protrusion with moderate canal stenosis. Modic 1 changes L5-S1.'\n\n"
    "2024 (newest): 'L4-5: the protrusion is unchanged with moderate canal stenosis. The Modic 1 "
    "changes at L5-S1 have converted to Modic 2. L3-4: new small disc bulge.'\n"
)


@pytest.fixture(scope="module")
def lab() -> Labeler:
    return Labeler(sentence_cache=0)


@pytest.fixture(scope="module")
def posts() -> PostRules:
    rules = load_rules().sections.posts
    assert rules is not None
    return rules


def _got(lab: Labeler, text: str) -> dict[tuple[str, str], str]:
    return {(r["level"], r["finding"]): r["value"] for r in lab.label_report("p", text)}


def test_older_study_of_a_post_gives_no_rows(lab: Labeler) -> None:
    got = _got(lab, OLD_THEN_NEW)
    assert got[("L5-S1", "subarticular_stenosis_left")] == "mild"  # not the 2019 'moderate'
    assert got[("L5-S1", "disc_bulge")] == "present"
    assert ("L3-L4", "canal_stenosis") not in got  # 2019's 'Other levels normal.'
    got = _got(lab, NEW_THEN_OLD)
    assert got[("L5-S1", "disc_herniation")] == "present"
    assert ("L3-L4", "canal_stenosis") not in got  # 2021 only
    got = _got(lab, SAME_LINE)
    assert got[("L5-S1", "modic")] == "type2"  # converted, and 2020's type 1 is not read
    assert got[("L3-L4", "disc_bulge")] == "present"


def test_study_spans(posts: PostRules) -> None:
    start = OLD_THEN_NEW.index("**MRI from")
    assert posts.older_studies(OLD_THEN_NEW) == [(start, OLD_THEN_NEW.index("**NEW MRI"))]
    assert posts.older_studies(NEW_THEN_OLD) == [
        (NEW_THEN_OLD.index("--- 2021"), len(NEW_THEN_OLD))
    ]


def test_headings_with_nothing_under_them_head_no_study(posts: PostRules) -> None:
    # a header's fields, one line each once read: the exam's date, then the comparison it names
    text = (
        "REPORT\n Exam date: 2024-05-07 \n Prior: MRI 2022-01-13\nClinical: sciatica.\n\n"
        "Findings: L4-5: mild canal stenosis.\n"
    )
    assert posts.older_studies(text) == []
    text = "MRI 2019:\nL4-5: bulge.\n\nMRI 2024:\nL4-5: no bulge.\n"  # two studies
    assert posts.older_studies(text) == [(0, text.index("MRI 2024"))]


def test_headings_of_one_year_differ_by_month(posts: PostRules) -> None:
    text = (
        "Original report (January 2023):\n'L4/5: large extrusion. Moderate canal stenosis.'\n\n"
        "New report (September 2023):\nFindings: L4/5: no residual disc herniation.\n"
    )
    assert posts.older_studies(text) == [(0, text.index("New report"))]
    text = "2019 report (impression only, I lost the rest):\n> L5-S1 extrusion.\n\n2024 report:\n"
    assert posts.older_studies(text) == [(0, text.index("2024 report"))]


def test_an_old_study_heading_may_say_what_it_is_for(posts: PostRules, lab: Labeler) -> None:
    text = (
        "New MRI (Jan 2024):\nFINDINGS: L4-5: severe canal stenosis. L1-2 through L3-4: no "
        "significant canal or foraminal stenosis.\n\nOld MRI (2021) for reference:\n"
        '"L3-4: mild bulge, mild bilateral foraminal narrowing."\n'
    )
    assert posts.older_studies(text) == [(text.index("Old MRI"), len(text))]
    got = _got(lab, text)
    assert ("L3-L4", "disc_bulge") not in got  # 2021 only
    assert got[("L3-L4", "foraminal_stenosis_left")] == "none"


def test_a_report_quoted_in_parentheses_is_read_apart_from_the_prose(lab: Labeler) -> None:
    got = _got(
        lab,
        'My MRI came back completely normal ("MRI lumbar spine: Normal study. No disc prolapse '
        'or nerve root compression.") but I am in agony every day.',
    )
    assert got[("L3-L4", "canal_stenosis")] == "none"  # the whole study stated normal
    assert got[("L5-S1", "disc_bulge")] == "absent"


def test_studies_told_of_in_prose(posts: PostRules, lab: Labeler) -> None:
    text = (
        "Following the accident, claimant underwent an MRI of the lumbar spine on June 14, 2011, "
        'which revealed a "small central disc herniation at L4-5". A post-operative MRI dated '
        'February 2, 2013 revealed "no recurrent disc herniation" at L4-5, as well as "a new '
        'annular bulge at L3-4". The Board credited the treating physician.'
    )
    assert posts.older_studies(text) == [
        (text.index("an MRI of"), text.index("A post-operative MRI"))
    ]
    got = _got(lab, text)
    assert got[("L4-L5", "disc_herniation")] == "absent"
    assert got[("L3-L4", "disc_bulge")] == "present"
    # one study told of in prose, or a prior study named in a report: nothing is split
    assert (
        posts.older_studies("FINDINGS: The prior MRI from 2019 showed an L5-S1 protrusion.") == []
    )


def test_a_newer_study_told_of_with_no_date(posts: PostRules, lab: Labeler) -> None:
    text = (
        "Background: had an MRI in 2022, report said:\n"
        '"L4/L5: Left paracentral disc extrusion with mild left subarticular narrowing. L5/S1: '
        'Mild disc bulge with mild right foraminal stenosis."\n'
        "Had another MRI last Tuesday. The physio read it to me: the L4/L5 extrusion is still "
        "there, and now there's also a new right sided protrusion at L3/L4."
    )
    assert posts.older_studies(text) == [
        (text.index("an MRI in 2022"), text.index("Had another MRI"))
    ]
    got = _got(lab, text)
    assert got[("L4-L5", "disc_herniation")] == "present"
    assert got[("L3-L4", "disc_herniation")] == "present"
    assert ("L5-S1", "disc_bulge") not in got  # 2022 only
    # a newer study with no dated one beside it splits nothing
    assert posts.older_studies("Had another MRI last week: L4-5 disc bulge.") == []


def test_a_ct_or_xray_report_beside_the_mri_is_not_read(posts: PostRules, lab: Labeler) -> None:
    text = (
        "I also did an X-ray first, I will paste both.\n\nX-RAY LUMBOSACRAL SPINE AP/LAT\n"
        "There is grade 1 spondylolisthesis of L5 on S1.\n\nMRI LUMBOSACRAL SPINE\nFindings:\n"
        "Normal vertebral alignment.\nL5/S1: Broad based disc protrusion.\n\nCT LUMBAR SPINE (ER):"
        "\nModerate canal stenosis at L5-S1.\n"
    )
    xray, mri, ct = (text.index(h) for h in ("X-RAY", "MRI LUMBO", "CT LUMBAR"))
    assert posts.other_modalities(text) == [(xray, mri), (ct, len(text))]
    got = _got(lab, text)
    assert got[("L5-S1", "spondylolisthesis")] == "absent"
    assert ("L5-S1", "canal_stenosis") not in got
    # a CT report alone is read
    assert posts.other_modalities("CT LUMBAR SPINE:\nL4-5 bulge.") == []


@pytest.mark.parametrize(
    "one_study",
    [
        "EXAM: MRI LUMBAR SPINE   DATE: 03/11/2011\nComparison: 06/2019.\nFINDINGS: L4-5 bulge.",
        "MRI Lumbar Spine 13/05/2002\nFindings: L4/5 bulge.\n\nMRI Lumbar Spine 13/05/2002 "
        "(continued)\nL5/S1 normal.",
        "Hx: L5/S1 microdiscectomy 2019. Comparison 2022.\nFINDINGS: L4-5 bulge.",
        "04/19/2024 10:22 AM\nFINDINGS: L4-5 bulge.\n2019: prior surgery at L5-S1.",
    ],
)
def test_a_report_with_dates_is_one_study(posts: PostRules, one_study: str) -> None:
    assert posts.older_studies(one_study) == []


@pytest.mark.parametrize(
    ("text", "noted"),
    [
        ("L4-5: protrusion. [my doctor said there is a herniation at L5-S1 too]", True),
        ("L4-5: protrusion (I think this is why my leg hurts).", True),
        ("L4-5 (as I discussed with Dr X by phone).", True),
        ("Modic changes (type I) at L4-5 (grade I listhesis) (i.e. the L4-5 level).", False),
        ("L3-4 (skipped some stuff about the facets)", False),
    ],
)
def test_the_posters_own_notes_are_excluded(posts: PostRules, text: str, noted: bool) -> None:
    assert bool(posts.not_the_report(text)) is noted


@pytest.mark.parametrize(
    ("text", "explained"),
    [
        ('- "Central canal is not narrowed" and "foramina are patent" are good news.', True),
        ('"Contacts the nerve root" means the disc is touching the nerve.', True),
        ('So what? \u201cProtrusion\u201d is a type of disc herniation.', True),
        ('"L4-5 protrusion" is what the report says.', False),
        ('"L4/5: There is a small protrusion. The exit foramina are patent."', False),
    ],
)
def test_a_sentence_explaining_the_reports_words_is_excluded(
    posts: PostRules, text: str, explained: bool
) -> None:
    assert bool(posts.not_the_report(text)) is explained


def test_an_explained_quote_gives_no_row(lab: Labeler) -> None:
    got = _got(
        lab,
        'A typical example: "L4/5: Small disc protrusion. The central canal is not narrowed."\n'
        'So what does this mean?\n- "Central canal is not narrowed" and "foramina are patent" '
        "are good news: there is plenty of room for the nerves.",
    )
    assert got == {("L4-L5", "disc_herniation"): "present", ("L4-L5", "canal_stenosis"): "none"}


def test_a_posters_note_gives_no_row(lab: Labeler) -> None:
    got = _got(
        lab,
        "Findings:\nL4-L5: Small left foraminal protrusion. Canal patent. [he also said there "
        "is a herniation at L5-S1 too but I don't see it]\nL5-S1: Mild disc bulge.",
    )
    assert got[("L4-L5", "disc_herniation")] == "present"
    assert got[("L5-S1", "disc_bulge")] == "present"
    assert ("L5-S1", "disc_herniation") not in got


def test_inline_bullets_and_a_quoted_excerpt_split_sentences(lab: Labeler) -> None:
    got = _got(
        lab,
        "MRI LUMBAR SPINE \u00c2\u00b7 FINDINGS \u00c2\u00b7 L1-L2, L2-L3 unremarkable. "
        "\u00c2\u00b7 L3-L4 disc bulge with moderate central canal stenosis \u00c2\u00b7 L4-L5 "
        "shallow disc bulge, no central stenosis, moderate right neural foraminal narrowing",
    )
    assert got[("L1-L2", "canal_stenosis")] == "none"
    assert got[("L3-L4", "canal_stenosis")] == "moderate"
    assert got[("L4-L5", "canal_stenosis")] == "none"
    assert got[("L4-L5", "foraminal_stenosis_right")] == "moderate"
    assert ("L3-L4", "foraminal_stenosis_right") not in got
    got = _got(
        lab,
        "The important bit: 'L5-S1: Large disc extrusion. Remaining levels are unremarkable.' "
        "Surgery next week.",
    )
    assert got[("L2-L3", "canal_stenosis")] == "none"


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("study_heading", "^(?P<yr>\\d{4}):", "posts.study_heading.*year"),
        ("study_sentence", "an mri in (?P<yr>\\d{4}) showed", "posts.study_sentence.*year"),
        ("other_modality_heading", "^(ct", "posts.other_modality_heading.*regular expression"),
        ("recent_sentence", "another (mri", "posts.recent_sentence.*regular expression"),
        ("newest_heading", "^(new", "posts.newest_heading.*regular expression"),
        ("older_heading", "^(old", "posts.older_heading.*regular expression"),
        ("newer_heading", "^(new", "posts.newer_heading.*regular expression"),
        ("older_sentence", "first (one", "posts.older_sentence.*regular expression"),
        ("newer_sentence", "new (mri", "posts.newer_sentence.*regular expression"),
    ],
)
def test_a_bad_posts_block_is_a_clear_rule_file_error(
    tmp_path: Path, key: str, value: str, message: str
) -> None:
    d = tmp_path / "rules"
    shutil.copytree(PACKAGED_RULES, d)
    sections = yaml.safe_load((d / "sections.yaml").read_text(encoding="utf-8"))
    sections["posts"][key] = value
    (d / "sections.yaml").write_text(yaml.safe_dump(sections), encoding="utf-8")
    with pytest.raises(RuleFileError, match=message):
        load_rules(d)


def test_undated_newest_heading_after_a_dated_one(posts: PostRules) -> None:
    text = (
        'OLD (Nov 2016, before my op):\n"L5/S1 extrusion."\n\n'
        'NEW (last month):\n"Comparison: MRI 03/11/2016. L5/S1 small protrusion."\n'
    )
    assert posts.older_studies(text) == [(0, text.index("NEW (last"))]
    # a dated heading with a newest word is not also an undated one
    text = "Original report (January 2023):\nA.\n\nNew report (September 2023):\nB.\n"
    assert posts.older_studies(text) == [(0, text.index("New report"))]
    # no dated heading before it: nothing to compare, nothing left out
    assert posts.older_studies("NEW MRI:\nL4-5 bulge. Seen in 2019 and 2021.\n") == []


def test_a_study_told_in_prose_then_an_undated_newest_line(posts: PostRules) -> None:
    text = (
        "had a new mri because the pain came back\n"
        "old one (2021) said mild disc bulge at l3-4, no stenosis\n"
        "new one says:\nl4-5 bulge\n"
    )
    assert posts.older_studies(text) == [(text.index("old one"), text.index("new one"))]


def test_undated_older_and_newer_headings(posts: PostRules) -> None:
    text = "Old MRI:\nL4-5: large extrusion.\nNew MRI:\nL4-5: small residual protrusion.\n"
    assert posts.older_studies(text) == [(0, text.index("New MRI"))]
    text = (
        "Initial MRI (week 2): A large extrusion at L5-S1.\n\n"
        "Follow-up MRI (month 7): The extrusion has resorbed.\n"
    )
    assert posts.older_studies(text) == [(0, text.index("Follow-up"))]
    # an older heading with no newer one: one study, nothing left out
    assert posts.older_studies("Previous MRI:\nL4-5 bulge.\n") == []
    # the newer one first ('NEW (Sept):' ... 'OLD (March):'): the older one runs to the end
    text = "New MRI:\nL4-5 bulge.\nOld MRI:\nL4-5 normal.\n"
    assert posts.older_studies(text) == [(text.index("Old MRI"), len(text))]
    text = "NEW (Sept):\nL4-5 bulge.\nOLD (March):\nL4-5 normal.\n"
    assert posts.older_studies(text) == [(text.index("OLD"), len(text))]


def test_a_new_scan_told_of_before_its_dated_report_is_that_report(posts: PostRules) -> None:
    text = (
        "Had surgery Jan 2023 (the new scan says I have a transitional vertebra).\n\n"
        "MRI Lumbar Spine 14/05/2024\nL4/5: recurrent extrusion.\n"
    )
    assert posts.older_studies(text) == []
    # a heading calling itself the older one still is
    text = "The new scan says L4/5 is worse.\n\nPrevious MRI 03/2021\nL4/5: bulge.\n"
    assert posts.older_studies(text) == [(text.index("Previous"), len(text))]


def test_older_and_newer_studies_told_in_prose(posts: PostRules) -> None:
    text = (
        'So I\'ve had two MRIs. First one (2019):\n"L4-L5: extrusion."\n'
        'New MRI last month, impression:\n"No recurrent disc herniation."'
    )
    assert posts.older_studies(text) == [(text.index("First"), text.index("New MRI"))]
    text = "[Original post, Sept 2022] MRI: L5-S1 extrusion.\n\nUPDATE Oct 2023: new MRI:\nA."
    assert posts.older_studies(text) == [(1, text.index("UPDATE"))]
    text = "MRI #1 (outside): L4-5 protrusion.\n\nMRI #2 (ours):\n- L4-5: extrusion."
    assert posts.older_studies(text) == [(0, text.index("MRI #2"))]
    # an older study needs a year or a colon after it, or to be the subject of 'showed' (a case
    # report's 'Initial MRI showed ...'); a newer one a colon or a recent time
    assert posts.older_studies("My first MRI was a while ago. New MRI: L4-5 bulge.") == []
    text = "The first MRI showed a bulge. New MRI: L4-5 bulge."
    assert posts.older_studies(text) == [(0, text.index("New MRI"))]
    text = "COMPARISON:\nPrevious MRI from 2019.\nIMPRESSION: Repeat MRI is recommended."
    assert posts.older_studies(text) == []
    # mid-sentence, neither counts
    assert posts.older_studies("Compared with my first MRI (2019): the new MRI today: A.") == []


def test_old_and_new_mri_under_undated_headings_label_the_new_one(lab: Labeler) -> None:
    got = _got(
        lab,
        "Old MRI:\nL4-5: large disc extrusion with severe canal stenosis.\nNew MRI:\n"
        "L4-5: small residual protrusion, no canal stenosis.",
    )
    assert got[("L4-L5", "canal_stenosis")] == "none"


def test_dated_headings_with_the_region_between_date_and_modality(posts: PostRules) -> None:
    text = (
        "e-Nabiz reports:\n\n14.01.2020 LUMBAR MR\nL4-5 extrusion.\n\n"
        "22.09.2023 LUMBAR MR (POSTOPERATIVE CONTROL)\nNo recurrent disc herniation at L4-5.\n"
    )
    assert posts.older_studies(text) == [(text.index("14.01"), text.index("22.09"))]


def test_a_study_told_year_first_then_a_recent_one(posts: PostRules) -> None:
    text = (
        'the 2022 MRI said "L5-S1: large extrusion. Moderate canal stenosis."\n\n'
        'Got a repeat MRI last week. New one says:\n"L5-S1: small protrusion."'
    )
    assert posts.older_studies(text) == [(text.index("the 2022"), text.index("Got a repeat"))]
