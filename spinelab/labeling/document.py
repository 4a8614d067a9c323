"""Document-level labelling: sentences in order, level context carried between them, the
REPORT_LABELS precedence rules (FINDINGS over IMPRESSION, named levels over blanket statements)
and the final one-row-per-(level, finding) table of one report.

Level context: a sentence naming no level speaks of the level last named in its paragraph
("At L5-S1 there is a bulge. Mild foraminal narrowing."). A negative or normal statement takes
that level only when it was named on the same line (or on a heading line "L4-L5:"); otherwise it
is a statement about the whole lumbar spine ("no significant spinal canal narrowing noted" on a
line of its own), as is any negated listhesis ("no spondylolisthesis").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spinelab.labeling.findings import NEGATIVE_VALUES, OPERATED_LEVELS, THIS_LEVEL
from spinelab.labeling.level_clauses import level_clause_row
from spinelab.labeling.levels import LevelParser
from spinelab.labeling.regex_literals import Gated, Hint
from spinelab.labeling.rules import RuleSet
from spinelab.labeling.sections import LEVELS_LINE, SectionSplitter, Sentence, reading_text
from spinelab.labeling.sentence import (
    BARE_NORMAL,
    SentenceCache,
    SentenceFacts,
    SentenceReader,
    remaining_scope,
)
from spinelab.labeling.sides import finding_side
from spinelab.labeling.tables import (
    HEADER_FIRST,
    TableRow,
    coded_field_rows,
    glued_code_rows,
    grade_column_rows,
    headed_list_rows,
    headed_table_rows,
    lettered_grid_rows,
    level_column_rows,
    level_sides_rows,
    listed_grid_rows,
    pipe_option_rows,
)
from spinelab.labeling.tagger import GRADE_RANK, Tagger
from spinelab.schema import LEVELS, LUMBAR_LEVELS

#: a table's header row, opened by its level column's name ('Level | Bulge | Hernia')
_TABLE_HEADER = re.compile(rf"[ \t]*\|?[ \t]*(?:{HEADER_FIRST.pattern})[ \t]*\|", re.I)
#: a sentence asking a question (with its '?'): it states nothing ('So no slipped disc then?': a
#: question opening with 'so'; 'so my mri says ... a pars defect??' tells what the report says)
_QUESTION = re.compile(  # (a topic may lead it: 'THE ENDPLATE THING, IS THAT MODIC?')
    r"[\W_]*(?:[a-z][a-z' -]{0,40},\s+)?(?:so\b(?!\s+(?:my|the|his|her)\s+(?:mri|mr|report|scan|results?|impression)\b)"
    r"|(?:and\s+|but\s+)?(?:(?:also|then|oh\s+and)[\s,]+)?(?:does|do|did|is|are|was|were|what|how|why|when|where|"
    r"who|can|could|should|would|will|has|have|anyone|any\s+one|am)\b)",
    re.I,
)
#: the report's words a question quotes, in double quotes ('What does "... at L4-5 ..." mean?') or
#: single ones not an apostrophe ('anyone else get told 'moderate ... at L5-S1' and get better?')
_QUOTED = re.compile(
    r"[\"\u201c](?P<q>[^\"\u201c\u201d\n]{12,})[\"\u201d]"
    r"|(?<!\w)['\u2018](?P<q1>[^'\u2018\u2019\n]{12,})['\u2019](?!\w)"
)
#: a sentence opening with the level next to the one just spoken of ('The disc above is
#: degenerate ...', 'At the level below, ...'); not 'the level above the fusion' or 'above L3-4'
_RELATIVE = re.compile(
    r"\W*(?:at\s+)?(?P<what>the\s+(?:(?:dis[ck]|intervertebral)\s+)?(?:level|dis[ck]|segment|interspace)"
    r"\s+(?P<dir>above|below|beneath))\b(?!\s+(?:(?:the|this|that|it)\s+)?(?:fusion|operated|"
    r"level|dis[ck]|[lts]\s?-?\s?\d|it\b|this\b|that\b))",
    re.I,
)


#: the level next to the operated ones ('the level above the fusion', 'the disc immediately below
#: the construct')
_BEYOND_OPERATED = re.compile(
    r"\b(?:the\s+)?(?:level|dis[ck]|segment|interspace)\s+(?:immediately\s+|directly\s+|just\s+)?"
    r"(?P<dir>above|below)\s+(?:the\s+)?(?:[lts]\s?\d{1,2}\s*[-/]\s*[lts]?\s?\d\s+)?(?:fusion|construct"
    r"|fused\s+(?:levels?|segments?)|operated\s+level|instrumentation|hardware)\b",
    re.I,
)


#: the spine above or below the operated levels, as a scope ('No listhesis above the fusion')
_PAST_OPERATED = re.compile(
    r"\b(?P<dir>above|below)\s+(?:the\s+)?(?:fusion|construct|fused\s+(?:levels|segments)"
    r"|operated\s+levels?|instrumentation|instrumented\s+levels|hardware)\b",
    re.I,
)


def _past_operated(operated: tuple[str, ...], above: bool) -> tuple[str, ...] | None:
    """The lumbar levels above (or below) the operated ones; None when no operated level is
    lumbar."""
    ends = [lv for lv in operated if lv in LUMBAR_LEVELS]
    if not ends:
        return None
    if above:
        return LUMBAR_LEVELS[: LUMBAR_LEVELS.index(ends[0])]
    return LUMBAR_LEVELS[LUMBAR_LEVELS.index(ends[-1]) + 1 :]


#: a level's name, in or out of the schema ('T9-T10', 'L4')
_NAMES_LEVEL = re.compile(r"\b[LTSD]\s?-?\d", re.I)


#: the level next to the one carried, naming no level ('The next level down shows ...', 'One
#: level above there is ...', 'The adjacent disc below is mildly bulging', 'The level below is
#: normal'); not 'the level above the fusion' (``_BEYOND_OPERATED``)
_NEXT_LEVEL = re.compile(
    r"\b(?:(?:the\s+)?next\s+(?:level|dis[ck]|segment|interspace)\s+(?P<a>down|below|up|above)"
    r"|one\s+level\s+(?P<b>above|below|up|down)"
    r"|(?:the\s+)?(?:adjacent\s+)?(?:level|dis[ck]|segment|interspace)\s+(?P<c>above|below)"
    r"(?!\s+(?:the|this|that|it|its|[lts]\s?\d)\b))\b",
    re.I,
)


def _adjacent(level: str, direction: str) -> str | None:
    """The schema level right above or below ``level`` ('L4-L5', 'above' -> 'L3-L4'), or None."""
    i = LEVELS.index(level) + (-1 if direction.lower() == "above" else 1)
    return LEVELS[i] if 0 <= i < len(LEVELS) else None


#: a level heading's statement that it reads as the level before ('L1-L2: Same.', 'L3-4: ditto',
#: 'L2-L3 : idem.', 'L1/L2: -"-')
_SAME = re.compile(
    # (or as the level before, named: 'L2-L3: Same as L1-L2.')
    r"[ \t]*(?:same(?:\s+as\s+(?:above|the\s+level\s+above"
    r"|(?:at\s+)?(?P<named>[LT]\d{1,2}\s*[-/]\s*[LS]?\d)))?"
    r"|ditto|idem|likewise|-\"-"
    r"|similar(?:\s+findings)?"
    r"(?:\s+to\s+above)?)[\W_]*",
    re.I,
)
_DASH_SAME = re.compile(r"[ \t]*[-\u2013][ \t]*" + _SAME.pattern, re.I)
#: a question with or without its mark ('whats modic', 'what does foraminal mean')
_WHAT = re.compile(r"[\W_]*what(?:'s|\u2019s|s|\s+is|\s+are|\s+does|\s+do)\b", re.I)
#: a poster's own guess at a finding the report does not state (looked for only in a report the
#: cheap hint finds its words in)
_GUESS_HINT = Hint(re.compile(r"missed|\bi(?:'m|\u2019m| am| think) |thinks|reckons", re.I))
_OWN_GUESS = re.compile(
    r"\bI(?:'m|\u2019m|\s+am)\s+(?:convinced|sure|certain)\b|"
    r"\b(?:they(?:'ve|\u2019ve|\s+have)?|the\s+radiologist|the\s+doctor)\s+(?:has\s+)?missed\b|"
    # a clinician's guess from the examination ('My physio thinks I've got a prolapse at L4/5')
    r"\b(?:physio(?:therapist)?|chiro(?:practor)?|osteo(?:path)?|gp)\s+(?:thinks|reckons)\b|"
    # 'I think I might have stenosis there', 'i think my L3-L4 also bulging'
    r"\bI\s+think\s+(?:I\s+(?:might|may|could)\s+have|my)\b",
    re.I,
)
#: words of a remark on people or findings in general, never a report's ('this type of
#: herniation is off to the side', a clinician explaining to the patient)
_GENERAL = re.compile(
    r"\b(?:anyone|anybody|everyone|everybody|someone|somebody|people|often|usually|typically|"
    # (not a research study's own read: 'MRI L-spine (research protocol): Normal.')
    r"research\s+(?:shows?|suggests?|says|has\s+shown)|(?:medical\s+)?literature"
    r"|studies\s+(?:show|have\s+shown)|"
    r"commonly|tend\s+to|most\s+(?:[a-z]+\s+){0,2}(?:protrusions|herniations|bulges|extrusions"
    r"|cases)|th(?:is|at|ese|ose)\s+(?:types?|kinds?|sorts?)\s+of"
    # (how often a finding is seen, a case report's introduction: 'herniation at the upper lumbar
    # levels is uncommon')
    r"|(?:is|are)\s+(?:very\s+|relatively\s+|quite\s+|extremely\s+)?(?:uncommon|rare|common)"
    # someone else's ('MY FRIEND HAS MODIC AND SHE SAYS IT'S AWFUL')
    r"|(?:my|a)\s+(?:friend|mate|wife|husband|partner|colleague|neighbou?r|cousin|aunt|uncle"
    r"|sister|brother)\s+(?:has|had|got|with))\b",
    re.I,
)
_GENERAL_HINT = Hint(_GENERAL)
#: a clinician's examination of the patient in a letter ('On examination, power is 4/5 in right
#: EHL and normal elsewhere', 'Reflexes are normal'): its normal words speak of no level
_EXAMINED = re.compile(
    r"\b(?:power|reflexes|(?:ankle|knee)\s+jerks?|sensation|straight[\s-]+leg|slr|ehl|myotom\w*"
    r"|dermatom\w*|tone|gait|tender(?:ness)?|on\s+examination|neurolog\w*\s+exam\w*)\b",
    re.I,
)
_EXAMINED_HINT = Hint(_EXAMINED)
#: people of an age in general ('most people your age', 'in the majority of people your age')
_PEOPLE_OF_AGE = re.compile(
    r"\b(?:most|many|majority\s+of)\s+(?:people|adults|patients)\s+(?:of\s+)?(?:your|my|his|her|"
    r"this|that|their)\s+age\b",
    re.I,
)
#: the first person: a poster's own words, never a report's
_FIRST_PERSON = re.compile(
    r"\b(?i:me|my|mine|i'm|i've|im)\b|\bI\s+(?:have|had|am|was|got|get|need|do|did|don'?t|feel|"
    r"think|know|asked|was\s+told)\b"
)
#: a by-finding heading opening a sentence: 'Central canal stenosis: ...' (no digit before ':')
#: (perhaps numbered: '2.  Listhesis: Y at L4-L5; N elsewhere')
_FINDING_HEAD = re.compile(
    r"[ \t*\u2022-]*(?:\d{1,2}[.)][ \t]+)?([A-Za-z][A-Za-z ()/'-]{2,60}?)[ \t]*:(?!\d)"
)


def _heading_placed(f: SentenceFacts) -> SentenceFacts:
    """``f`` of a sentence under a finding's heading whose value places it ('Disc herniation:
    small protrusion at L5-S1'): the heading's own mention, naming no level, dropped (it is the
    one the value places, not a finding at the carried level)."""
    placed = {st.finding for st in f.stated if st.levels and not st.negative}
    keep = tuple(
        st for st in f.stated if st.levels is not None or st.negative or st.finding not in placed
    )
    return f if len(keep) == len(f.stated) else f._replace(stated=keep)


#: a list item's number before a heading, or nothing ('2.', '3)', '')
_HEAD_NUMBER = re.compile(r"(?:\d{1,2}[.)])?")
#: the levels named just before ('at these levels', 'at both levels', 'These discs are not bulging')
_THESE = Gated(re.compile(
    # ('at both these levels': both)
    r"\b(?:at|in|of)\s+(?:these|those|(?P<both>both)(?:\s+(?:of\s+)?(?:these|those|the))?|each\s+of\s+these)\s+levels\b"
    # ('no canal stenosis either level': its preposition left out)
    r"|\b(?:(?:at|in|of)\s+)?(?P<either>either)\s+level\b"
    r"|\b(?:these|those)\s+(?:two\s+|three\s+)?dis[ck]s\b",
    re.I,
))
#: the findings just told, at another level ('..., and the same is seen at L4-L5', 'Similar
#: findings at L3-4.', 'the same applies at L3/4 on the right'); not 'similar but milder ...'
_SAME_AT = re.compile(
    r"\b(?:(?:the\s+)?same(?:\s+(?:findings?|changes?|appearances?))?|similar\s+(?:findings?"
    r"|changes?|appearances?)|likewise)(?:\s+(?:is|are|was|were))?(?:\s+(?:also\s+)?(?:seen|present"
    r"|noted|applies|apply|found|identified|demonstrated|observed))?\s+(?:at|for|in)\s+(?:the\s+)?"
    r"(?P<lv>[LT]\s?-?\s?\d{1,2}\s*[-/]\s*(?:[LS]\s?-?\s?)?\d)(?:\s+level)?(?:\s+(?:on\s+the\s+|to\s+"
    r"the\s+)?(?P<side>right|left)(?:\s+side)?)?\s*(?:[.;,]|\Z)",
    re.I,
)


def _on_side(finding: str, side: str | None) -> str:
    """``finding`` moved to ``side`` ('left'/'right') when it has one: the same finding 'on the
    right' ('foraminal_stenosis_left', 'right' -> 'foraminal_stenosis_right')."""
    base, own = finding_side(finding)
    return f"{base}_{side.lower()}" if side and own else finding


#: a clause of a grade, its side and its level ('moderate on the left at L4/5' under 'Lateral
#: recesses:'), not of another thing ('Mild scoliosis at L2-3')
_CLAUSE_GRADE = (
    r"(?:mild(?:ly)?|moderate(?:ly)?|severe(?:ly)?|marked(?:ly)?|minimal(?:ly)?|slight(?:ly)?"
    r"|high-grade|critical)"
)
_GRADED_SIDE = (  # (a grade between two: 'mild to moderate bilateral L5-S1')
    rf"{_CLAUSE_GRADE}(?:[ \t]*(?:-|to)[ \t]*{_CLAUSE_GRADE})?"
    r"(?:[ \t]+(?:on[ \t]+the[ \t]+)?(?:left|right|bilateral(?:ly)?|(?:on[ \t]+)?"
    r"both[ \t]+sides))?"
)
_GRADE_CLAUSE = re.compile(
    rf"[ \t]*{_GRADED_SIDE}(?:[ \t]*,?[ \t]+and[ \t]+{_GRADED_SIDE})?[ \t]+(?:at[ \t]+)?"
    r"(?=[LTS][ \t]?-?[ \t]?\d)",
    re.I,
)
#: what may follow a grade clause's grade (and side) for the clause to name nothing of its own:
#: its levels and the sentence's end ('Moderate at L2/L3.', 'mild on the left at L3-4 and L4-5')
#: a Modic type alone opening a clause of levels ('Type 2 at L4-L5.', 'Type I changes of L5-S1')
_TYPE_CLAUSE = re.compile(
    r"[ \t]*(?:and[ \t]+)?type[ \t]+(?:[123]|I{1,3}|one|two|three)(?:[ \t]*/[ \t]*[123])?[ \t]+"
    r"(?:(?:end[ \t]?plate[ \t]+)?changes?[ \t]+)?(?:at|of|in)[ \t]+(?=[LTS][ \t]?-?[ \t]?\d)",
    re.I,
)
_LEVELS_ONLY = re.compile(
    r"(?:[LTS][ \t]?-?[ \t]?\d{1,2}(?:[ \t]*[-/][ \t]*[LS]?[ \t]?-?[ \t]?\d{1,2})?"
    r"(?:[ \t]*(?:,|&|and|to|through)[ \t]*)?)+(?:[ \t]+levels?)?[\W_]*",
    re.I,
)
#: the words a stenosis is named by, to read an elided one ('Moderate at L2/L3.') after it
_STENOSIS_WORDS = {
    "canal_stenosis": "canal stenosis",
    "foraminal_stenosis": "foraminal stenosis",
    "subarticular_stenosis": "subarticular stenosis",
}


def _graded_stenosis(f: SentenceFacts) -> str | None:
    """The words of the one stenosis a sentence grades ('left foraminal stenosis'), or None
    where it grades none, several, or states another finding."""
    bases, sides = set(), set()
    for st in f.stated:
        base, side = finding_side(st.finding)
        if base not in _STENOSIS_WORDS or st.value not in ("mild", "moderate", "severe"):
            return None
        bases.add(base)
        sides.add(side)
    if len(bases) != 1:
        return None
    side = next(iter(sides)) if len(sides) == 1 else ""
    return f"{side} {_STENOSIS_WORDS[bases.pop()]}".strip()


#: a kind of disc finding named in general ('a bulge', 'disc protrusions')
_KIND = (
    r"(?:dis[ck]\s+)?(?:bulges?|bulging|protrusions?|herniations?|extrusions?|prolapses?|hernias?)"
)
#: a sentence explaining a term ('Retrolisthesis means ...', '"Greater on the right" means ...',
#: after a lead-in: 'The most reassuring line is the last one: no significant stenosis means the
#: nerves have room'), or what a word says of any level ('Key point: a level called "normal" has
#: no bulge')
_DEFINITION = re.compile(
    r"(?:[^.\n]{0,60}\b(?:line|one|point|part|bit|phrase|sentence|word|term|takeaway|note)\s*:\s+)?"
    r"[\W_]*(?:(?:(?:the\s+)?[\"'\u2018\u201c][^\"'\u2019\u201d\n]{1,60}[\"'\u2019\u201d]"
    r"(?:\s+(?:line|part|bit|phrase|sentence|term|word|finding))?"
    r"|(?:an?\s+|the\s+)?[a-z]+(?:[ -][a-z]+){0,3})\s+(?:means|refers\s+to)\b"
    # (a quoted term told of: "A 'protrusion' is a more focal bulge")
    r"|(?:an?\s+|the\s+)?[\"'\u2018\u201c][^\"'\u2019\u201d\n]{1,40}[\"'\u2019\u201d]\s+is\s+(?:where|when|an?|the|just)\s"
    r"|(?:an?|any)\s+(?:level|dis[ck])\s+(?:called|described\s+as|labell?ed)\s"
    # (one kind of finding told apart from another: 'A bulge is not a herniation.', 'A disc
    # protrusion is different from a bulge')
    rf"|(?:an?\s+)?{_KIND}\s+(?:is|are)(?:\s+not|n['\u2019]t)\s+(?:an?\s+|the\s+same\s+(?:thing\s+)?as\s+"
    rf"(?:an?\s+)?)?{_KIND}[\s.!,]*$"
    rf"|(?:an?\s+)?{_KIND}\s+(?:is|are)\s+different\s+(?:from|than|to)\s+(?:an?\s+)?{_KIND}[\s.!,]*$)",
    re.I,
)
_DEFINITION_HINT = Hint(
    re.compile(
        r"means|refers\s+to|called|described\s+as|labell?ed|[\"'\u2019\u201d]\s+is\s+(?:where|when|an?|the|just)\s"
        r"|\s(?:is|are)(?:\s+(?:not|different)|n['\u2019]t)\s",
        re.I,
    )
)
#: a sentence remarking on what the report says or leaves out ('The report body also does not
#: describe the protrusion that the summary lists'; not 'there is a bulge that the report doesn't
#: mention')
_ON_THE_REPORT = re.compile(
    r"[\W_]*(?:[aq]\s*:\s*)?(?:(?:but|and|also|however),?\s+)?(?:the|your|my|this)\s+(?:report(?:\s+body)?|summary"
    r"|radiologist|impression|findings)\s+"
    r"(?:also\s+|just\s+|simply\s+)?(?:does|did|do)\s*(?:not|n't)\s+(?:describe|mention|say|comment|list"
    r"|report|discuss)\b",
    re.I,
)
_WHOLE_STUDY = re.compile(
    r"\b(?:study|exam|examination|scan|mri|lumbar\s+spine|l[ \t-]?spine)\b", re.I
)
_OTHERWISE = re.compile(r"\b(?:otherwise|no\s+other)\b", re.I)
_ALIGNMENT_HEAD = re.compile(  # ('Alignment:', 'Vertebral alignment:', 'Sagittal alignment:')
    r"\s*(?:(?:vertebral|sagittal|spinal|lumbar)\s+)?alignment\s*", re.I
)
#: a site's open state, told of levels under its heading ('patent', 'normal width', 'wide')
_OPEN_STATE = (
    r"(?:patent|normal|preserved|unremarkable|adequate|capacious|clear|wide)"
    r"(?:\s+(?:width|calibre|caliber|diameter))?"
)
#: what opens a clause of levels under a site heading ('Remaining levels are patent.', 'L5-S1
#: mild.', 'Elsewhere patent.', 'None elsewhere.')
_SITE_CLAUSE = re.compile(
    r"[ \t]*(?:(?:at|from)\s+)?(?:[LTS]\s?-?\s?\d|(?:the\s+)?(?:remaining|other)\b|elsewhere\b"
    r"|otherwise\b|none\b|nil\b|no\s+other\b|all\s+(?:other\s+)?levels\b"
    r"|(?:all\s+)?(?:the\s+)?others\b"
    r"|(?:the\s+)?(?:remainder|rest)\b"
    # 'Canal: mild stenosis at L4-5; patent elsewhere.', 'Wide elsewhere.'
    rf"|{_OPEN_STATE}\s+elsewhere\b"
    # 'Neural foramina: mild narrowing at L4-L5. Normal at other levels.' ('; patent at L5-S1';
    # 'Normal width at the other levels')
    rf"|{_OPEN_STATE}\s+(?:at|in)\s+(?:(?:all\s+)?(?:the\s+)?(?:other|remaining)\b|[LTS]\s?-?\s?\d)"
    # 'Neural foramina: ... No significant narrowing at L1-2 or T12-L1.'
    r"|no\s+(?:significant\s+)?(?:narrowing|stenosis)\s+(?:at|in)\s+[LTS]\s?-?\s?\d)",
    re.I,
)
#: a level heading opening a sentence ('L3-4: mild bulge')
_LEVEL_HEADING = re.compile(r"[ \t]*[LTS]\s?-?\s?\d{1,2}(?:\s*[-/]?\s*[LS]?\s?\d{1,2})?\s*:")
#: a stenosis word ('No significant stenosis at L1-2' under 'Central canal:' is the canal's)
_STENOSIS_WORD = re.compile(r"stenos[ie]s|narrow", re.I)
#: a site named in a sentence (its stenosis is that site's, not a heading's)
_NAMED_SITE = re.compile(r"canal|foram|recess|subarticular|thecal|dural|cauda", re.I)
_SITE_HEAD = re.compile(
    r"\s*(?:(?:central|spinal|vertebral)\s+)?canal"
    # 'Neuroforamina:', 'Neuro-foramina:' (one word, as Central European reports write it)
    r"|\s*(?:neural\s+|neuro-?|exit(?:ing)?\s+)?foramina"
    # 'Recessus:' (Latin, as German-speaking reports head the lateral recesses)
    r"|\s*(?:(?:lateral|subarticular)\s+)?recess(?:es|us)|\s*subarticular\s+zones",
    re.I,
)
#: a region's heading in a multi-region report ('CERVICAL SPINE:', 'Thoracic:', 'Lumbar spine /
#: epidural space:'; 'Thoracic and lumbar spine:' is the lumbar spine's too; a whole spine's
#: screening, 'Whole spine screening sagittal T2 images:', is another's, to its line's end)
_REGION_HEAD = re.compile(
    r"[ \t*\u2022-]*(?:(?P<other>(?:cervical|thoracic|dorsal|c-spine|t-spine"
    r"|(?P<screen>(?:whole|entire)[ \t-]+spine[ \t]+screening|screening[ \t]+of[ \t]+"
    r"(?:the[ \t]+)?(?:whole|entire)[ \t-]+spine))"
    r"(?![^:\n.]{0,30}\b(?:lumbar|lumbosacral|l-spine)))|(?:(?:cervical|thoracic|dorsal)\b"
    r"[^:\n.]{0,30}?\b)?(?:thoraco-?lumbar|lumbar|lumbosacral|l-spine))"
    r"\b(?:[^:\n.]{0,30}:|(?:\s+(?:spine|region))?[ \t]*$)",
    re.I | re.M,
)
#: the words of another region's heading: a report without one has no such part
_OTHER_REGIONS = (
    "cervical",
    "thoracic",
    "dorsal",
    "c-spine",
    "t-spine",
    "spine screening",
    "screening of",
)
#: a line led by the study's name ('MRI lumbar spine: ...', 'MRI L-spine: ...')
_STUDY_LINE = re.compile(
    r"[\W_]*(?:mri?|mr|ct)\b[^:\n.]{0,40}\b(?:spine|lumbar|l-?spine|ls)\b[^:\n.]{0,20}:", re.I
)
#: a statement ending in 'otherwise normal' ('...; otherwise normal.', 'Otherwise normal.')
_OTHERWISE_END = Gated(re.compile(
    r"(?:^[\W_]*|[,;]\s*(?:and\s+)?)otherwise\s+(?:normal|unremarkable|negative)\W*$", re.I
))
#: a sentence saying only that the rest is normal ('Otherwise unremarkable.')
_OTHERWISE_ALONE = re.compile(  # (or 'Appearances otherwise normal.')
    r"[\W_]*(?:(?:the\s+)?appearances?\s+(?:(?:are|is)\s+)?)?otherwise\s+"
    r"(?:normal|unremarkable|regular)(?:\s+findings)?\W*$",
    re.I,
)
#: a sentence of one 'normal' word ('Normal.')
_NORMAL_ALONE = re.compile(r"[\W_]*(?:normal|unremarkable|nl|wnl)\W*$", re.I)
#: the marks and spaces before a line's first word ('- ', '* ')
_LINE_INDENT = re.compile(r"[\W_]*")
#: a list item's number opening a line ('3. '), a heading's number with its spaces
_NUMBER_LEAD = re.compile(rf"[ \t]*{_HEAD_NUMBER.pattern}[ \t]*")
#: a line led by a level of the schema ('T12-L1: ...', 'L4/5 - ...')
_LUMBAR_LEAD = re.compile(r"[ \t*\u2022-]*(?:T\s?12|Th\s?12|D\s?12|L\s?[1-5])\s*[-/]", re.I)
#: a sentence inside a line opening on the lumbar spine ('Lumbar spine unremarkable.', 'In the
#: lumbar spine there are ...')
_LUMBAR_OPENS = re.compile(
    r"[ \t*\u2022-]*(?:in\s+)?(?:the\s+)?(?:lumbar|lumbosacral|l-spine)\b", re.I
)
#: a study's title line up to the region ('MRI ', 'Exam: MR of the ', 'Magnetic resonance imaging ')
_STUDY_TITLE_LEAD = (
    r"^[ \t*#]*(?:(?:exam(?:ination)?|study|procedure)[ \t]*:[ \t]*)?"
    r"(?:mri|mr|magnetic[ \t]+resonance(?:[ \t]+imaging)?)[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?"
)
#: a report titled as another region's study ('MRI THORACIC SPINE WITHOUT CONTRAST', 'EXAM: MR
#: C-SPINE'), its title line naming no lumbar part: its sentences that name no level are of that
#: region ('No listhesis.'), not of the lumbar levels
_OTHER_STUDY_TITLE = re.compile(
    _STUDY_TITLE_LEAD
    + r"(?:thoracic|cervical|dorsal|t-?|c-?)[ \t]*-?[ \t]*spine\b"
    r"(?![^\n]*\b(?:lumbar|lumbo-?sacral|l-?spine|ls|l\.s|thoraco-?lumbar|whole|entire|total"
    r"|complete)\b)",
    re.I | re.M,
)
#: how far into a report its title line is looked for (characters: the letterhead and header)
_TITLE_SPAN = 400
#: a lumbar study's title line ('MRI LUMBAR SPINE WITHOUT CONTRAST' below 'MRI CERVICAL SPINE ...')
_LUMBAR_STUDY_TITLE = re.compile(
    _STUDY_TITLE_LEAD
    + r"(?:[a-z]+[ \t]+(?:and|&)[ \t]+)?(?:lumbar|lumbo-?sacral|l-?spine|thoraco-?lumbar)"
    # (or a lumbar part's heading: 'LUMBAR SPINE:', 'Lumbosacral spine')
    r"|^[ \t*#]*(?:lumbar|lumbo-?sacral|l-?spine|ls)[ \t]+(?:spine|region)?[ \t]*(?::|$)",
    re.I | re.M,
)
#: a poster's aside in brackets opening a sentence of the report they quote, and its spaces
_ASIDE = re.compile(r"\[(?=[^\]\n]*[a-z]{2})[^\[\]\n]{2,160}\][ \t]*(?=[A-Z])")
#: a reading revised in its own words ('the canal stenosis at L4/5 is moderate rather than
#: severe', 'I would describe the L4/5 abnormality as a broad-based disc bulge ... rather than a
#: discrete protrusion', 'Modic type 1 change rather than type 2 as reported'): an expert's
#: review or an addendum of the report it quotes, whose rows it corrects (ranked as a
#: correction's; not a hedged one, by context.yaml's hedge cues: 'likely a prominent epidural
#: vein rather than disc herniation')
_REVISED = re.compile(
    r"\b(?:minimal|mild|mildly|moderate|moderately|severe|severely|marked|high-grade)\s+"
    r"(?:[a-z]+\s+){0,2}?rather\s+than\s+(?:[a-z]+\s+)?"
    r"(?:mild|moderate|severe|marked|high-grade|significant)\b"
    r"|\brather\s+than\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:protrusion|herniation|extrusion|bulge|bulging|hernia|prolapse)\b"
    r"|\brather\s+than\s+(?:modic\s+)?type\s*(?:[123]|i{1,3})\b",
    re.I,
)
#: a sentence telling what a study showed ('A lumbar MRI dated June 2, 2020 showed ...', 'Her
#: repeat MRI of the lumbar spine revealed ...'): its levelless statements are of the study, not
#: of the level a sentence before named (an x-ray's 'mild spondylosis at L5-S1')
_STUDY_LEAD = re.compile(
    r"[\W_]*(?:(?:a|an|the|her|his|their|my|your|this|that|repeat|subsequent|follow-?up|recent"
    r"|new|latest|another|current|lumbar|l-?\s?spine|lumbosacral)\s+)*"
    r"(?:mri|mr|magnetic\s+resonance\s+imaging)\b(?:\s+(?:scan|study|exam(?:ination)?))?"
    r"(?:\s+of\s+(?:the\s+|her\s+|his\s+)?(?:lumbar|lumbosacral|lower)\s+(?:spine|back))?"
    r"(?![^.;:\n]{0,60}?\b(?:prior|previous|earlier|older)\b)"
    r"[^.;:\n]{0,60}?\b(?:showed|shows|revealed|reveals|demonstrated|demonstrates|documented)\b",
    re.I,
)
#: a clause of another structure's size ('Vertebral body heights are maintained.')
_OTHER_STRUCTURE = re.compile(r"\bheights?\b", re.I)
_BARE_NORMAL_FINDINGS = {finding for finding, _ in BARE_NORMAL}
_NONE_CLAUSE = re.compile(r"[ \t]*(?:none|nil|no|absent|negative)\b", re.I)
#: a clause's value 'none' at its end ('all other levels < 1 mm (none)')
_NONE_AFTER = re.compile(r"\(\s*(?:none|nil|negative|absent)\s*\)[ \t]*[.;]?[ \t]*$", re.I)
#: a clause giving the levels not named the value 'none' ('others nil', 'remaining levels: none',
#: a form's 'others (-)')
_OTHERS_NONE = re.compile(
    r"[ \t]*(?:the\s+)?(?:others|other\s+levels|rest|remainder|remaining(?:\s+levels)?)"
    r"[ \t]*[:=-]?[ \t]*(?:none|nil|negative|absent|no|\([ \t]*[-\u2013][ \t]*\))[ \t]*[.;]?[ \t]*$",
    re.I,
)
_OTHERWISE_OPENS = re.compile(r"[ \t]*otherwise\b", re.I)
#: a sentence of no level opening with a pronoun on a heading's line ('Disc herniation at any level:
#: No. ... These are degenerative in nature.'): of the things the sentence before told of, not a
#: clause of the heading's list
_PRONOUN_OPENS = re.compile(r"[ \t]*(?:these|those|they|this|it)\b", re.I)
#: a 'no' clause on a heading's line about something else ('Spondylolisthesis: grade 1 L4 on L5;
#: no dynamic views'): not of the heading's list
_NO_OTHER_THING = re.compile(
    r"[ \t]*no\s+(?!(?:other|others|further|additional|significant|definite|more|evidence|signs?)"
    r"\b)[a-z]+\s+[a-z]+",
    re.I,
)
#: a heading's clause 'no other level' ('Foraminal stenosis: Mild - L5/S1 bilateral; no other
#: level')
_NO_OTHER_LEVEL = re.compile(r"[ \t]*no\s+other\s+(?:lumbar\s+)?(?:dis[ck]\s+)?level\b", re.I)
#: a statement of one level it does not name ('the canal is preserved at this level')
_THIS_LEVEL = re.compile(rf"\b{THIS_LEVEL}", re.I)
#: a sentence opening with the level the one before spoke of ('At this level there is ...')
_AT_THIS_LEVEL = re.compile(r"\s*(?:at|on)\s+(?:this|that|the\s+same)\s+level\b", re.I)
#: a line opening with the level it tells of ('At L5/S1, there is a right paracentral ...')
_AT_LEVEL_LINE = re.compile(r"[ \t]*at[ \t]+(?:the[ \t]+)?[LTS][ \t]?\d", re.I)
#: levels named by what was done there ('at the fused levels', 'at the operated level')
_OPERATED = re.compile(rf"\b{OPERATED_LEVELS}", re.I)
#: a lesion of a vertebra ('Schmorl's node', 'haemangioma', 'anterior osteophytes from L2 to L4')
#: or the conus's end ('Conus ending at L1-L2 level'): its sentence's levels are its own
_NOT_A_DISC = re.compile(r"schmorl|h(?:a|ae)?emangioma|conus|osteophyt", re.I)
#: a disc degeneration grade ('Pfirrmann grades unchanged: L1-L2 II, L2-L3 II, ...')
_DISC_GRADES = re.compile(r"\bpfirr?man", re.I)
#: a sentence telling of an operation at the levels it names ('Status post ...', a translated
#: 'Status after PLIF L4-L5 and L5-S1')
_POST_OP = re.compile(
    r"\b(?:status\s+(?:post|after)|state\s+after|s/p|post-?\s?operative\s+changes"
    r"|post-?\s?surgical\s+changes)\b",
    re.I,
)
_POST_OP_HINT = Hint(_POST_OP)
#: a sentence right after a semicolon ('L4-5 is normal; no retrolisthesis.')
_SEMI_BEFORE = re.compile(r";\s*\Z")
#: a sentence saying only that there is no Modic change
_MODIC_ONLY = re.compile(
    # (with the marrow's oedema first: 'No marrow oedema or Modic change.'; translated 'No signs of
    # Modic-type endplate alterations.'; after the marrow stated normal: 'Marrow signal is normal,
    # with no Modic endplate change.')
    r"[\W_]*(?:(?:(?:vertebral\s+|bone\s+)?marrow\s+signal\s+(?:is\s+)?(?:normal|unremarkable"
    r"|preserved),?\s+(?:with\s+|and\s+)?"
    # (or after other structures denied: 'There is no fracture or suspicious marrow lesion and no
    # Modic endplate change.')
    r"|(?:there\s+(?:is|are)\s+)?no\s+(?:fracture|(?:suspicious\s+)?(?:marrow|bone)\s+(?:lesion|"
    r"o?edema|replacement)|[a-z ]{0,40}?(?:fracture|lesion))(?:s)?[a-z ,]{0,60}?\s+and\s+)?"
    r"(?:there\s+(?:is|are)\s+)?no\s+"
    r"(?:(?:evidence|signs?)\s+of\s+)?"
    r"(?:(?:bone\s+)?marrow\s+o?edema\s+or\s+)?(?:vertebral\s+)?modic(?:[\s-]type)?\s+"
    r"(?:type\s+)?(?:endplate\s+)?(?:signal\s+)?(?:changes?|alterations?)(?:\s+(?:is|are)\s+seen)?"
    # (the endplates' marrow: 'No endplate marrow edema or other marrow signal abnormality is
    # seen.')
    r"|(?:there\s+(?:is|are)\s+)?no\s+(?:evidence\s+of\s+)?(?:vertebral\s+)?end\s*-?\s*plate\s+"
    r"(?:bone\s+)?(?:marrow\s+)?(?:o?edema|signal\s+(?:changes?|abnormality|alterations?))"
    r"(?:\s+or\s+other\s+(?:bone\s+)?marrow\s+signal\s+abnormality)?"
    r"(?:\s+(?:is|are)\s+(?:seen|identified|present))?"
    # (or its field: 'Endplate Modic change: none.')
    r"|end\s*-?\s*plates?\s+modic(?:\s+(?:changes?|alterations?))?\s*:\s*"
    r"(?:none|nil|no|absent))[\s.;]*$",
    re.I,
)
#: a sentence saying no listhesis and nothing of the spine's alignment as a whole
_LISTHESIS_ONLY = re.compile(
    r"(?![^\n]*\b(?:alignment|aligned|levels?|throughout|lumbar|spine|elsewhere)\b)[^\n]*listhesis",
    re.I,
)
_ELSEWHERE = re.compile(
    r"\b(?:elsewhere|at\s+(?:the\s+)?other\s+levels|others|(?:the\s+)?remainder|the\s+rest)\b",
    re.I,
)
# a line headed by the levels not named ('Other levels: Normal disc height. No stenosis.')
_REMAINING_HEAD = re.compile(
    r"[ \t*\u2022-]*(?:the\s+)?(?:other|remaining|rest\s+of\s+the)\s+(?:lumbar\s+)?(?:disc\s+)?"
    r"levels?[ \t]*:",
    re.I,
)
#: a correction telling that the findings of two levels were given to each other ('The findings
#: described at L4-L5 and L5-S1 were inadvertently transposed'): the two levels in ``pair``
_TRANSPOSED = re.compile(
    r"\b(?:findings|descriptions?|levels?)\b[^.;\n]{0,30}?\b(?:at|of|for)\s+(?P<pair>[^.;\n]{3,30}?)\s+"
    r"(?:were|are|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?(?:transposed|swapped|switched|reversed"
    r"|interchanged)\b",
    re.I,
)
#: a report's levels renumbered by a later note (a transitional vertebra counted again): the way
#: the levels it described move ('should each be renumbered one level higher': up; 'each level
#: described is one level too high', 'all findings described at a level apply to the level below':
#: down)
_RENUMBERED = re.compile(
    r"\bre-?numbered\s+(?:by\s+)?one\s+level\s+(?:(?P<up>higher|up|upwards?|cranially)"
    r"|(?P<down>lower|down|downwards?|caudally))\b"
    r"|\bone\s+level\s+too\s+(?:(?P<down2>high)|(?P<up2>low))\b"
    r"|\b(?:apply|applies|refer|refers|belong|belongs)\s+to\s+the\s+level\s+(?:(?P<down3>below)"
    r"|(?P<up3>above))\b",
    re.I,
)
#: a word of the spine's numbering near a renumbering note (not a teaching file's 'the clinical
#: level can appear "one level too high"')
_NUMBERING = re.compile(
    r"\b(?:re-?numbered|numbering|counted|counting|designated|lumbari[sz]|sacrali[sz]|transitional)",
    re.I,
)
#: precedence tier of a section's named-level rows (lower wins): an addendum that corrects the
#: report over the findings (and an addendum that adds to them) over the impression; 'other' text
#: is 0, or 1 in a report with a findings section
_SECTION_TIER = {"correction": -1, "addendum": 0, "findings": 0, "impression": 2}
#: added to the tier of a preliminary read's rows where a final read follows it (preliminary.py):
#: below every row of the final read, whatever its section
_PRELIMINARY_TIER = 10

#: (level, finding, value, uncertain, tier, start, end, section) of a row candidate, before merge
CandidateTuple = tuple[str, str, str, bool, int, int, int, str]
_LEVEL_ORDER = {lv: i for i, lv in enumerate(LEVELS)}


@dataclass(slots=True)
class Candidate:
    """A row candidate with its precedence tier (0 best: FINDINGS named level)."""

    level: str
    finding: str
    value: str
    uncertain: bool
    tier: int
    start: int
    end: int
    section: str


def _rank(value: str) -> int:
    """Precedence of a value within a tier: positive over negative, then the higher grade
    (typed Modic over 'present'); larger is better."""
    positive = value not in NEGATIVE_VALUES
    if value in GRADE_RANK:
        r = GRADE_RANK[value]
    elif value.startswith("type"):
        r = 1
    else:
        r = 0
    return 10 * int(positive) + r


#: the rank of a bare 'present' (a grade or a Modic type ranks above it)
_PRESENT_RANK = _rank("present")
#: the sections a bare 'present' the impression grades may stand in (a report's unheaded body
#: is its findings)
_FINDINGS_SECTIONS = ("findings", "other")
#: sections whose rows add to or correct the findings (:meth:`DocumentLabeler.merge`)
_ADDED_SECTIONS = ("addendum", "correction")
#: a summary's words pointing back at the findings ('... with bulging and protrusion as detailed',
#: 'as described above'; not 'except as described below')
_AS_DESCRIBED = re.compile(
    r"\bas\s+(?:previously\s+)?(?:described|detailed|discussed|outlined)\b(?!\s+below)", re.I
)
#: each disc finding and the other one
_OTHER_DISC_FINDING = {"disc_bulge": "disc_herniation", "disc_herniation": "disc_bulge"}


def _renumbered(cands: list[CandidateTuple], m: re.Match[str]) -> list[CandidateTuple]:
    """``cands`` with the levels of the rows before a renumbering note (``m``: a
    :data:`_RENUMBERED` match) moved one level its way, below the rows the note itself gives
    (tier + 1); one moved off the schema's levels (above T12-L1, below L5-S1) is dropped, and a
    statement of every lumbar level (one span's rows at all of them) stays where it is."""
    step = -1 if m["up"] or m["up2"] or m["up3"] else 1
    spans: dict[tuple[str, int, int], set[str]] = {}
    for c in cands:
        spans.setdefault((c[1], c[5], c[6]), set()).add(c[0])
    out = []
    for c in cands:
        if c[5] >= m.start() or spans[(c[1], c[5], c[6])].issuperset(LUMBAR_LEVELS):
            out.append(c)
            continue
        i = _LEVEL_ORDER[c[0]] + step
        if 0 <= i < len(LEVELS):
            out.append((LEVELS[i], c[1], c[2], c[3], c[4] + 1, *c[5:]))
    return out


def _undescribed(out: list[CandidateTuple], blankets: set[int]) -> tuple[str, ...]:
    """The lumbar levels no row of ``out`` but a blanket one (indices ``blankets``) speaks of."""
    described = {c[0] for i, c in enumerate(out) if i not in blankets}
    return tuple(lv for lv in LUMBAR_LEVELS if lv not in described)


#: a sentence opening with its levels after a preposition ('At L2-L3 and L3-L4, there is ...')
_LEVELS_FIRST = re.compile(
    r"[ \t]*(?:[-*\u2022][ \t]*)?(?:at|in|on|from)\s+(?:the\s+)?(?:levels?\s+)?(?:[LT]\s?\d|lumbo)",
    re.I,
)


class DocumentLabeler:
    """Labels one report text with the compiled rules (no spaCy needed; see components.py)."""

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self.levels = LevelParser(rules.levels)
        self.tagger = Tagger(rules)
        line_level = re.compile(
            r"(?:^|(?<=\n))[ \t]*(?:at\s+)?" + self.levels.disc_re.pattern, re.I
        )
        self.splitter = SectionSplitter(rules.sections, line_level, self.levels.disc_re)
        #: any hedge cue of context.yaml ('likely', 'may', 'cannot be excluded')
        self._hedge_cue = re.compile(
            "|".join(c.regex for c in rules.context.cues if c.category == "hedge"), re.I
        )
        #: a line opening with its level's heading ('L5-S1: ...')
        self._level_line = re.compile(
            r"[ \t*\u2022-]*"
            + self.levels.disc_re.pattern
            + r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*:",  # ('L4/5 (adjacent level): ...')
            re.I,
        )
        #: a line opening with its level's heading, perhaps a field's name after the level
        #: ('L4-L5: Disc: ...', 'L3/4  Disc:  Mild bulge.')
        self._level_field_line = re.compile(
            r"[ \t*\u2022-]*"
            + self.levels.disc_re.pattern
            + r"(?:[ \t]+[a-z]+(?:[ \t][a-z]+)?)?[ \t]*:",
            re.I,
        )
        #: a level's heading anywhere ('FINDINGS: L5-S1: ...')
        self._level_colon = re.compile(self.levels.disc_re.pattern + r"[ \t]*:", re.I)
        #: a line opening with a level ('L4-5 is normal; ...')
        self._level_lead = re.compile(r"[ \t*\u2022-]*" + self.levels.disc_re.pattern, re.I)
        #: a level's heading opening a sentence of a run-on line ('... Normal. L5/S1: ...')
        self._level_heading = re.compile(
            r"(?:(?<=[.;])|(?<=[.;][ \t])|(?<=[.;][ \t][ \t]))" + self._level_line.pattern,
            re.I,
        )
        self.context_excl = re.compile(rules.levels.context_exclusions, re.I)
        #: a label of a structure outside the schema's findings ('Conus: ... Normal.')
        self.structure_label = re.compile(rules.vocab.structure_label, re.I)
        self.reader = SentenceReader(self.tagger, self.levels, self.context_excl)
        self._ranks: dict[str, int] = {}

    def written_form(self, text: str) -> str:
        """``text`` as it was typed, the same length: OCR damage repaired (``sections.yaml``
        ``ocr``), then unedited dictation written out (``dictation``), the words its inline
        corrections take back blanked (``corrections``) and sides told by the symptoms or by a
        scoliosis's concavity written as the side (``symptom_sides``, ``curve_sides``); each step
        is skipped without its block, and leaves a text without such wording unchanged."""
        scanned, spoken = self.rules.sections.ocr, self.rules.sections.dictation
        if scanned is not None:
            text = scanned.clean(text)
        if spoken is not None:
            text = spoken.written_form(text)
        fixes = self.rules.sections.corrections
        if fixes is not None:
            text = fixes.taken_back(text)
        for sided in (self.rules.sections.symptom_sides, self.rules.sections.curve_sides):
            if sided is not None:
                text = sided.written_out(text)
        return text

    def reading_text(self, text: str) -> str:
        """``text`` as the rules read it, the same length: :func:`~spinelab.labeling.sections.
        reading_text`, then :meth:`written_form`."""
        return self.written_form(reading_text(text))

    def candidates(
        self,
        text: str,
        sentences: list[Sentence],
        read: Callable[[str, int, int], SentenceFacts] | None = None,
    ) -> list[CandidateTuple]:
        """Row candidates of every sentence, in text order.

        ``read(text, start, end)``: the facts of a sentence (a :class:`SentenceCache`'s
        ``read``; default: read every sentence afresh)."""
        if read is None:
            read = SentenceCache(self.reader, 0).read
        out: list[CandidateTuple] = []
        # of 'remaining levels' scopes (and whether of the finding only), filtered at the end
        remaining: list[tuple[CandidateTuple, bool | str]] = []
        blankets: set[int] = set()  # indices in ``out`` of blanket candidates (every level)
        study_wide: set[int] = set()  # (of them, a whole-study normal's: 'Otherwise normal.')
        mentioned: list[tuple[int, str]] = []  # (sentence start, level) of each level named
        # a poster's guesses and remarks on people in general: looked for in the sentences of a
        # report only when the report holds their words
        guesses = _GUESS_HINT(text)
        general = _GENERAL_HINT(text)
        examined = _EXAMINED_HINT(text)
        defines = _DEFINITION_HINT(text)
        remarks = " not " in text or "n't" in text  # (the hint of _ON_THE_REPORT)
        add = out.append
        ctx: tuple[str, ...] | None = None  # carried levels, the line they were named on, heading
        ctx_line = -1
        ctx_heading = False
        ctx_all: tuple[str, ...] = ()  # every level the context-setting sentence named
        ctx_from = 0  # where the context-setting sentence starts
        recent: list[str] = []  # the levels named by the paragraph's context-setting sentences
        # the last list of levels a sentence of the paragraph named ('at L4/5 and L5/S1'), that a
        # later sentence's 'the former', 'the lower of the two' ... pick from
        pool: tuple[str, ...] = ()
        last_key: tuple[int, str] | None = None
        rows = (
            headed_table_rows(text)
            + headed_list_rows(text)
            + level_column_rows(text)
            + grade_column_rows(text)
            + pipe_option_rows(text)
            + level_sides_rows(text)
            + listed_grid_rows(text)
            + lettered_grid_rows(text)
            + coded_field_rows(text)
            + glued_code_rows(text)
        )
        rows_read: set[int] = set()
        row_starts = {r.start for r in rows}
        # a by-finding heading ('Foraminal stenosis: moderate bilateral L5-S1; mild left L4-5.
        # None elsewhere.'): its text, line, and where its rows start in ``out``
        fhead: str | None = None
        fhead_line = fhead_from = -1
        fhead_site = False  # the heading is a site's ('Spinal canal:'): only clauses of levels
        fhead_opens = False  # the heading opens its line
        # the line and sentence of a structure's label ('Conus: Terminates at L1-2. Normal.')
        label_line = label_at = -1
        # text under no header ranks below a FINDINGS section where the report has one (a
        # poster's own account around a pasted report: 'had an L4-5 extrusion in 2022')
        other_tier = 1 if any(x.section == "findings" for x in sentences) else 0
        operated: tuple[str, ...] = ()  # the procedure sites named last ('s/p L4-5 fusion')
        operated_line = -1  # the line that named them
        post_op = _POST_OP_HINT(text)
        remaining_line = -1  # the line headed 'Other levels:'
        # a multi-region report's part headed by another region ('CERVICAL SPINE: ...'): its
        # sentences that name no lumbar level are not of the lumbar spine (until the section or
        # a 'LUMBAR SPINE:' heading changes it)
        region_other, region_section = False, ""
        other_study = (  # ('MRI THORACIC SPINE', not over 'MRI LUMBAR SPINE' in a joint report)
            # (its title among the header's first lines: 'Exam: MRI CERVICAL SPINE WITHOUT
            # CONTRAST' below the letterhead)
            _OTHER_STUDY_TITLE.search(text, 0, _TITLE_SPAN) is not None
            and _LUMBAR_STUDY_TITLE.search(text) is None
        )
        screen_line = -1  # the line of a whole spine's screening ('Whole spine screening: ...')
        low = text.lower()  # (a word test: the heading regex over every report cost ~0.4 ms)
        sames = "same" in low or "similar" in low or "likewise" in low  # (_SAME_AT's hint)
        # what the last sentence told, each as the words a clause of levels alone after it reads
        # with and the clause's lead ('Severe canal stenosis L3/L4. Moderate at L2/L3.': 'severe
        # canal stenosis: ' and a grade; 'Modic type 1 at L2-L3. Type 2 at L4-L5.': 'Modic ' and a
        # type); and its section
        carried: tuple[tuple[str, re.Pattern[str]], ...] = ()
        carried_section = ""
        has_regions = any(w in low for w in _OTHER_REGIONS)
        # a preliminary read filed with its final read: ranked below it, or dropped when the
        # final read replaces it whole
        pre = self.rules.sections.preliminary
        pre_spans = pre.spans(text) if pre is not None else []
        dropped = [(x.start, x.end) for x in pre_spans if x.superseded]
        ranked = [(x.start, x.end) for x in pre_spans if not x.superseded]
        for sent in sentences:
            s, e, section, line = sent.start, sent.end, sent.section, sent.line
            if dropped and any(a <= s < b for a, b in dropped):
                continue
            if has_regions:
                if section != region_section or (screen_line >= 0 and line != screen_line):
                    region_other, region_section, screen_line = False, section, -1
                if not text[text.rfind("\n", 0, s) + 1 : s].strip():
                    head = _REGION_HEAD.match(text, s)
                    if head is not None:
                        region_other = head.group("other") is not None
                        screen_line = line if head.group("screen") else -1
                    elif _LUMBAR_LEAD.match(text, s) or _LUMBAR_OPENS.match(text, s):
                        # 'T12-L1: ...' under 'Thoracic spine:'; a line opening on the lumbar
                        # spine ('Lumbar MRI (08/03/2011), interpreted by ...: "..."')
                        region_other = False
                elif region_other and _LUMBAR_OPENS.match(text, s):
                    region_other = False  # '... C5-6 disc bulge. Lumbar spine unremarkable.'
            # a site graded level by level ('Neural foramina: at L3-L4 narrowed mildly
            # bilaterally, at L4-L5 moderately on the right, mildly on the left'): clause by clause
            clauses = level_clause_row(text, s, e)
            if clauses is not None:
                self._table_row(clauses, section, read, add)
                ctx = None
                continue
            # a headed table's rows: their cells, each under its column (a sentence run on over
            # several rows reads each of them)
            in_rows = [r for r in rows if r.start <= s < r.end or s < r.start < e] if rows else []
            if (
                in_rows
                and (
                    in_rows[0].start <= s
                    # (or after the grid's header of levels: 'L34    L45    L5S1' over its rows)
                    or LEVELS_LINE.fullmatch(text, s, in_rows[0].start - 1)
                    or not text[s : in_rows[0].start].strip()
                )
            ):
                for row in in_rows:
                    if row.start not in rows_read:
                        rows_read.add(row.start)
                        self._table_row(row, section, read, add)
                ctx = None
                continue
            if (
                row_starts
                and (nl := text.find("\n", s, e + 1)) >= 0
                and nl + 1 in row_starts
                and _TABLE_HEADER.match(text, s, e)
            ):
                # a table's header row ('Level | Bulge | Hernia | Canal') states nothing, though
                # a level was named before it ('axial T2WI (L2/3-L5/S1).')
                ctx = None
                continue
            asked = "?" in text[e - 1 : e + 1]
            if (asked and _QUESTION.match(text, s, e)) or _WHAT.match(text, s, e):
                # a poster's question ('So is an extrusion worse than a herniation?'), but the
                # report's words it quotes are read ('What does "mild bulge at L4-5" mean?')
                quoted = _QUOTED.search(text, s, e)
                if quoted is None:
                    continue
                s, e = quoted.span("q" if quoted["q"] is not None else "q1")
                asked, from_quote = False, True
            else:
                from_quote = False
            key = (sent.paragraph, section)
            if key != last_key or sent.item_start:
                # (the one level a paragraph ended on: 'The interspace below ...' opening the
                # next paragraph is beside it)
                before = ctx if key != last_key and ctx is not None and len(ctx) == 1 else None
                ctx = None
                if key != last_key:
                    recent, pool = [], ()
            else:
                before = None
            last_key = key
            if ctx is not None and _STUDY_LEAD.match(text, s, e):
                ctx = None  # (a study's own sentence: not of the level carried)
            if text[s] == "[" and (aside := _ASIDE.match(text, s, e)) is not None:
                s = aside.end()  # '[no idea what annular means] Other levels: ...': the poster's
            rel = _RELATIVE.match(text, s, e) if ctx is not None and len(ctx) == 1 else None
            beyond = (
                _BEYOND_OPERATED.search(text, s, e)
                if operated and ("above" in (seg := text[s:e].lower()) or "below" in seg)
                else None
            )
            if (
                rel is not None
                and ctx is not None
                and (adjacent := _adjacent(ctx[0], rel.group("dir"))) is not None
            ):
                # 'The disc above is degenerate ...' after a sentence of L4-L5: read as L3-L4's
                clause = f"{text[s : rel.start('what')]}{adjacent}{text[rel.end() : e]}"
                f = read(clause, 0, len(clause))
            elif beyond is not None and (
                adjacent := _adjacent(
                    operated[0] if beyond["dir"].lower() == "above" else operated[-1],
                    beyond["dir"],
                )
            ):
                # 'The level above the fusion demonstrates ...' after 'Postoperative changes of
                # L5-S1 fusion.': read as L4-L5's
                clause = f"{text[s : beyond.start()]}{adjacent}{text[beyond.end() : e]}"
                f = read(clause, 0, len(clause))
            else:
                f = read(text, s, e)
                # 'The former has a large protrusion ...' after 'Disc desiccation at L4/5 and
                # L5/S1.': read as 'L4-L5 has a large protrusion ...'; 'Neither level ...' after
                # 'At L4/5 ... . At L3/4 ...': of the last two levels spoken of
                clause = None
                if not f.specific and len(pool) > 1:
                    clause = self.levels.spelt_selections(text, s, e, pool)
                elif not f.specific and len(recent) > 1:
                    last_two = tuple(x for x in LEVELS if x in recent[-2:])
                    clause = self.levels.spelt_selections(text, s, e, last_two, all_only=True)
                if clause is not None:
                    f = read(clause, 0, len(clause))
                elif f.sets_context is not None:
                    pool = f.named_levels or f.sets_context
            if (defines and _DEFINITION.match(text, s, e)) or (
                remarks and _ON_THE_REPORT.match(text, s, e)
            ):
                # 'Retrolisthesis means the L5 vertebra has shifted ...': a term explained; 'The
                # report body also does not describe the protrusion ...': a remark on the report;
                # no finding (the levels it names are still the context of the next sentence)
                f = f._replace(stated=(), bare_normal=False, study_normal=False)
            same = _SAME_AT.search(text, s, e) if sames else None
            if same is not None and f.stated:
                # 'At L3-L4 a mild bulge with mild foraminal narrowing, and the same is seen at
                # L4-L5': the sentence's findings of its other level, given to this one too
                to = tuple(lv for m in self.levels.find(same.group("lv")) for lv in m.levels)
                told = [
                    st for st in f.stated if st.levels and not st.blanket and to[0] not in st.levels
                ]
                if len(to) == 1 and told:
                    f = f._replace(
                        stated=f.stated
                        + tuple(
                            st._replace(finding=_on_side(st.finding, same["side"]), levels=to)
                            for st in told
                        )
                    )
            if (
                (region_other or other_study)
                and not f.specific
                # (in another region's study, a lumbar level's sentences are read: 'T12-L1: Mild
                # disc bulge. No canal stenosis.')
                and not (other_study and (ctx or _LUMBAR_OPENS.match(text, s)))
            ):
                continue
            if from_quote and not f.specific:
                continue  # a question's quote naming no level ('does "no stenosis" mean ...')
            if (
                (
                    not f.specific
                    and (
                        (asked and _FIRST_PERSON.search(text, s, e))
                        or (
                            general
                            and _GENERAL.search(text, s, e)
                            and all(st.levels is None or st.blanket for st in f.stated)
                        )
                    )
                )
                or (guesses and _OWN_GUESS.search(text, s, e))
                or (general and _PEOPLE_OF_AGE.search(text, s, e))
                or (examined and not f.specific and _EXAMINED.search(text, s, e))
            ):
                # a poster's guess ('I'm convinced there's a prolapse at L5/S1 they've missed'),
                # a poster's question that names no level ('the doc told me it is mild but the
                # impression says moderate??'; 'my mri says a bulge at l4-5, is that bad?' is
                # read), or a remark on people in general ('Extrusions often shrink by
                # themselves', 'anyone whose herniation reabsorbed'), even of named levels when
                # told of people of an age ('most people your age have some bulging at L4-5'),
                # or a clinician's examination naming no level ('power ... normal elsewhere')
                continue
            # 'None elsewhere' under a by-finding heading: the (level, finding) pairs told since
            elsewhere: set[tuple[str, str]] | None = None
            if _REMAINING_HEAD.match(text, s, e):
                remaining_line = line
            head = _FINDING_HEAD.match(text, s, e)
            if head is not None and f.specific and not ctx_heading:
                f = _heading_placed(f)  # (under a level's heading, a mention of that level)
            # 'Neural foramina: ... Normal at other levels.', 'Central canal: L4/5 moderate;
            # others normal.': the normal of a line headed by a finding or site, of the levels
            # (and sides) the line has not told of
            others_said = (
                fhead is not None
                and fhead_opens
                and head is None
                and not f.specific
                and bool(f.stated)
                and all(st.blanket for st in f.stated)
                and {st.finding for st in f.stated} == _BARE_NORMAL_FINDINGS
            )
            # ('Alignment: Retrolisthesis of L3 over L4. Others normal.': the alignment's others,
            # read as 'Alignment: otherwise normal.')
            others_aligned = bool(
                others_said and fhead and _ALIGNMENT_HEAD.fullmatch(fhead[:-1]) is not None
            )
            others_normal = others_said and not others_aligned
            # 'Neural foramina: ... L5-S1 severe stenosis on the right; left normal.': a stenosis
            # named by no site, under a heading of a site other than the canal, is the heading's
            # ('no stenosis' is of every site; 'L3-4: ...' opens a level's own account)
            # (under the canal's heading, its 'no stenosis' too: 'Central canal: moderate
            # stenosis at L3-4. No significant stenosis at L1-2 or L5-S1.')
            bare_stenosis = (
                fhead is not None
                and fhead_site
                and head is None
                and any(
                    st.finding == "canal_stenosis"
                    and (st.value != "none" or "canal" in fhead.lower())
                    for st in f.stated
                )
                and (
                    "canal" not in fhead.lower()
                    or (
                        any(st.finding != "canal_stenosis" for st in f.stated)
                        and _STENOSIS_WORD.search(text, s, e) is not None
                    )
                )
                and _NAMED_SITE.search(text, s, e) is None
                and _LEVEL_HEADING.match(text, s, e) is None
            )
            if head is not None and fhead is not None and _REMAINING_HEAD.match(text, s, e):
                # 'Central canal stenosis: mild, L4-L5. Other levels: none.': the heading's
                # other levels, read under it ('Central canal stenosis: none at other levels.')
                value = text[head.end() : e].strip(" \t.;")
                if line == fhead_line and _NONE_CLAUSE.fullmatch(value):
                    clause = f"{fhead} none at other levels."
                    f = read(clause, 0, len(clause))
                    elsewhere = {(c[0], c[1]) for c in out[fhead_from:]}
            elif head is not None:
                h = head.group(1) + "."
                # the heading names a finding, or is 'Alignment:' ('... Otherwise normal.'), or
                # a site ('Spinal canal: ... Remaining levels are patent.')
                fhead_site = _SITE_HEAD.fullmatch(head.group(1)) is not None
                if (
                    read(h, 0, len(h)).stated
                    or _ALIGNMENT_HEAD.fullmatch(head.group(1))
                    or fhead_site
                ):
                    fhead, fhead_line, fhead_from = head.group(1) + ":", line, len(out)
                    # (after its number: '2.  Listhesis: Y at L4-L5; N elsewhere')
                    fhead_opens = (
                        _HEAD_NUMBER.fullmatch(text[text.rfind("\n", 0, s) + 1 : s].strip())
                        is not None
                    )
                else:  # another label ('Marrow:') ends the heading's list, also on its line
                    fhead = None
                    if self.structure_label.search(head.group(1)):
                        label_line, label_at = line, s
            elif (
                fhead is not None
                and line == fhead_line
                # another structure on the heading's line ('Alignment: 3 mm retrolisthesis of
                # L3 on L4. Vertebral body heights are maintained.') is not of the heading
                and not _OTHER_STRUCTURE.search(text, s, e)
                and not self.structure_label.search(text, s, e)
            ):
                if (
                    (
                        not (f.stated or f.bare_normal or f.study_normal)
                        or (f.bare_normal and _ALIGNMENT_HEAD.fullmatch(fhead[:-1]))
                        # ('Foramina: ... Mild right L45 foraminal narrowing. Otherwise normal.':
                        # the site's other levels and sides, not the whole study's)
                        or (fhead_site and _OTHERWISE_ALONE.match(text, s, e) is not None)
                        or others_normal
                        or others_aligned
                        or bare_stenosis
                    )
                    and not _NO_OTHER_THING.match(text, s, e)
                    and (f.specific or not _PRONOUN_OPENS.match(text, s, e))
                    # under a site heading, only a clause of levels ('Remaining levels are
                    # patent.'), not another structure's ('Mild dextroconvex curvature.')
                    and (
                        not fhead_site
                        or bare_stenosis
                        or _SITE_CLAUSE.match(text, s, e)
                        # 'Lateral recesses: severe bilaterally at L3/4; moderate on the left at
                        # L4/5': a grade of a level
                        or (f.specific and _GRADE_CLAUSE.match(text, s, e))
                    )
                ):
                    # a clause of the heading's list: read under the heading
                    none = _NONE_CLAUSE.match(text, s, e)
                    others_none = not fhead_site and _OTHERS_NONE.match(text, s, e) is not None
                    if others_normal:
                        clause = f"{fhead} normal." if fhead_site else f"No {fhead[:-1]}."
                    elif others_aligned:
                        clause = f"{fhead} otherwise normal."
                    elif others_none:  # 'Modic: L2-3 type 2; others nil' -> 'No Modic elsewhere.'
                        clause = f"No {fhead[:-1]} elsewhere."
                    elif none is not None and _NO_OTHER_LEVEL.match(text, s, e):
                        # 'no other level' (one level, after 'no'): the heading's field
                        clause = f"{fhead} {text[s:e]}"
                    elif not fhead_site and (
                        none is not None or _NONE_AFTER.search(text, s, e) is not None
                    ):
                        # 'None elsewhere.' -> 'No <heading> elsewhere.' (a site's heading reads
                        # its field: 'Canal: none elsewhere.')
                        # ('all other levels < 1 mm (none)' -> 'No <heading> all other levels')
                        after_none = text[none.end() : e] if none is not None else text[s:e]
                        clause = f"No {fhead[:-1]} {after_none}"
                    else:
                        clause = f"{fhead} {text[s:e]}"
                    f = read(clause, 0, len(clause))
                    if (
                        others_normal
                        or others_none
                        or _ELSEWHERE.search(text, s, e)
                        or (fhead_site and _OTHERWISE_OPENS.match(text, s, e))
                    ):
                        # 'None elsewhere', 'Canal: ... Otherwise capacious.': the levels (and
                        # sides) not told of since the heading
                        elsewhere = {(c[0], c[1]) for c in out[fhead_from:]}
            else:
                fhead = None
            if carried and carried_section == section and not f.stated and f.specific:
                # 'Severe canal stenosis L3/L4 & L4/L5. Moderate at L2/L3.', 'Modic type 1/2
                # changes at L2-L3 end plates. Type 2 at L4-L5.': the stenosis the sentence before
                # graded, or the Modic change it typed, at this one's levels
                for words, lead_rx in carried:
                    lead = lead_rx.match(text, s, e)
                    if lead is not None and _LEVELS_ONLY.fullmatch(text, lead.end(), e):
                        clause = words + text[s:e]
                        f = read(clause, 0, len(clause))
                        break
            phrase = _graded_stenosis(f)
            carried = () if phrase is None else ((f"{phrase}: ", _GRADE_CLAUSE),)
            if any(st.finding == "modic" for st in f.stated):
                carried += (("Modic ", _TYPE_CLAUSE),)
            carried_section = section
            if f.sets_context == ():  # a level outside the schema ('L5-L6:'): none carried here
                ctx, ctx_line, ctx_heading, ctx_all = (), line, f.heading, ()
            near = ctx if ctx is not None and len(ctx) == 1 else before
            if (
                near is not None
                and not f.specific
                and (f.stated or f.bare_normal)
                and (next_m := _NEXT_LEVEL.search(text, s, e)) is not None
            ):
                # 'The next level down shows a bulge ...': of the level beside the one carried
                # (or the previous paragraph's), which the sentences after it carry on
                way = next_m["a"] or next_m["b"] or next_m["c"]
                beside = _adjacent(near[0], "above" if way.lower() in ("up", "above") else "below")
                if beside is not None:
                    ctx, ctx_line, ctx_heading, ctx_all = (beside,), line, False, (beside,)
            if f.stated or f.bare_normal or f.study_normal:
                bol = text.rfind("\n", 0, s) + 1  # the start of the sentence's line
                strong = ctx is not None and (
                    ctx_line == line
                    or ctx_heading
                    or (text[bol : bol + 2].isspace() and self._carries_on(text, ctx_from, s))
                )
                tier0 = _SECTION_TIER.get(section, other_tier)
                if (
                    text.find("rather", s, e) >= 0
                    and _REVISED.search(text, s, e)
                    and not self._hedge_cue.search(text, s, e)
                ):
                    tier0 = min(tier0, _SECTION_TIER["correction"])
                for finding, value, uncertain, lv, blanket, negative, except_named in f.stated:
                    if lv is None and elsewhere is not None:
                        lv = tuple(x for x in LUMBAR_LEVELS if (x, finding) not in elsewhere)
                    if (
                        lv is None
                        and f.excluded_only
                        and f.procedure_levels
                        and _THIS_LEVEL.search(text, s, e)
                    ):
                        # 'Postoperative changes of previous laminectomy at L4/5 with a widely
                        # decompressed canal at this level': the procedure site it names
                        lv = f.procedure_levels
                    if except_named == "site":
                        if strong and (
                            ctx_heading
                            or self._level_line.match(text, bol)
                            or self._level_heading.search(text, bol, s)
                            or _AT_LEVEL_LINE.match(text, bol)  # ('At L5/S1, there is ...')
                            # ('L4/5 - right paracentral protrusion ... Canal otherwise adequate.')
                            or self._level_lead.match(text, bol)
                        ):  # 'L4-5: ... The canal is otherwise patent.': of that level
                            lv, blanket, except_named = ctx, False, False
                        else:  # after levels told in prose: the levels the site was not told of
                            except_named = "finding"
                    if (
                        blanket
                        and finding == "spondylolisthesis"
                        and ctx
                        and ctx_line == line
                        and _LISTHESIS_ONLY.match(text, s, e)
                        and (
                            self._level_line.match(text, bol)
                            or (
                                _SEMI_BEFORE.search(text, max(0, s - 12), s)
                                and self._level_lead.match(text, bol)
                            )
                        )
                    ):
                        # 'L5-S1: No disc bulge. No spondylolysis or spondylolisthesis.', 'L4-5 is
                        # normal; no retrolisthesis.': of the level the line is headed by or
                        # opens with, not the whole spine
                        lv, blanket = ctx, False
                    if (
                        finding == "modic"
                        and negative
                        and lv is None
                        and ctx
                        and not ctx_heading
                        and _MODIC_ONLY.match(text, s, e)
                        and not self._level_colon.search(text, bol, s)
                        # ('Endplate changes at L4-5; no Modic signal change': of L4-5)
                        and not _SEMI_BEFORE.search(text, max(0, s - 12), s)
                    ):
                        # 'At L5-S1 there is questionable mild right foraminal narrowing. No
                        # Modic changes.' (prose, no level heading on its line): the whole spine's
                        # endplates
                        lv, blanket = LUMBAR_LEVELS, True
                    if (
                        operated
                        and (blanket or lv is None)
                        and not f.specific
                        and (past := _PAST_OPERATED.search(text, s, e)) is not None
                        # (not one naming a level outside the schema: 'At T9-T10, immediately
                        # above the construct, ...')
                        and _NAMES_LEVEL.search(text, s, e) is None
                    ):
                        # 'No listhesis above the fusion' (a fusion of L3-S1 told before): the
                        # levels above (or below) the operated ones
                        past_levels = _past_operated(operated, past["dir"].lower() == "above")
                        if past_levels == ():
                            continue
                        lv = past_levels or lv
                    if operated and (
                        (lv is None and ctx is None and _THIS_LEVEL.search(text, s, e))
                        or ((lv == () or lv is None) and _OPERATED.search(text, s, e))
                        or (lv is None and ctx is None and line == operated_line and post_op)
                    ):
                        # 'Status post L4-5 fusion. No residual stenosis at that level.', 'No
                        # canal stenosis at the fused levels'; 'Post-operative changes of a left
                        # L5/S1 microdiscectomy. ... No significant canal stenosis.' (its line)
                        lv, blanket = operated, False
                    if lv is None and negative and f.procedure_levels and not f.specific:
                        # 'Status post L4/5 laminectomy with a widely patent canal', 'changes of
                        # L4/5 decompression with a satisfactorily decompressed canal': the
                        # levels its own procedure names
                        lv, blanket = f.procedure_levels, False
                    if lv is None:
                        these_m = None if f.specific else _THESE.search(text, s, e)
                        # (a negation 'at these levels' / 'at this level' is of them too,
                        # carried from any line)
                        # 'Normal alignment. Mild disc changes at L4/5 and L5/S1 with shallow
                        # bulges. No disc herniation.': a negation in a paragraph of prose whose
                        # list of levels is named inside one of its sentences speaks of the whole
                        # spine (not after 'L1-L2 and L2-L3: ...' or 'L4-5 and L5-S1 show ...');
                        # so after one naming several, a single level last ('Minor desiccation at
                        # L4/5 and L5/S1 with a minimal bulge at L4/5. Nil disc protrusion.')
                        prose_list = (
                            negative
                            and ctx is not None
                            and len(ctx_all) > 1
                            and not ctx_heading
                            # (its sentence inside the line, or opening the line this one
                            # goes on: 'Minor disc bulges at L3/4, L4/5 ... No disc prolapse.';
                            # not 'At L2-L3 and L3-L4, ...' or a field's 'Endplates: ...')
                            and (
                                text[bol:ctx_from].strip() != ""
                                or (
                                    ctx_line == line
                                    and _LEVELS_FIRST.match(text, ctx_from) is None
                                    and _FINDING_HEAD.match(text, ctx_from) is None
                                )
                            )
                            and these_m is None
                            and self._level_lead.match(text, ctx_from) is None
                            and self._level_colon.search(text, ctx_from, s) is None
                            and not _THIS_LEVEL.search(text, s, e)
                            # ('... at T12-L1 and L1-L2; these are not Modic changes')
                            and not _SEMI_BEFORE.search(text, max(0, s - 12), s)
                        )
                        if (
                            ctx is not None
                            and not prose_list
                            and (
                                strong
                                or not negative
                                or these_m is not None
                                or _THIS_LEVEL.search(text, s, e)
                            )
                        ):
                            # 'at these levels' after 'mildly at L3-4, moderately at L4-5': both
                            lv = ctx_all if these_m is not None and ctx_all else ctx
                            two = these_m is not None and (these_m["both"] or these_m["either"])
                            if two and len(lv) == 1 and len(recent) > 1:
                                # 'at both levels' after 'At L4/5 ... At L5/S1 ...': the last two
                                lv = tuple(recent[-2:])
                            elif these_m is not None and len(lv) == 1:
                                # 'L4-L5 mild disc bulge. L5-S1 small central protrusion. No
                                # foraminal stenosis at these levels.': those its line named
                                line_lv = {x for at, x in mentioned if at >= bol}
                                if len(line_lv) > 1:
                                    lv = tuple(x for x in LEVELS if x in line_lv)
                        elif (
                            negative
                            and not f.specific
                            and not f.excluded_only
                            and not _THIS_LEVEL.search(text, s, e)
                        ):
                            lv, blanket = LUMBAR_LEVELS, True
                            if line == remaining_line:  # read under its 'Other levels:' heading
                                except_named = remaining_scope(finding)
                        else:
                            continue
                    tier = tier0 + blanket
                    for level in lv:
                        cand = (level, finding, value, uncertain, tier, s, e, section)
                        if except_named:
                            remaining.append((cand, except_named))
                        else:
                            if blanket:
                                blankets.add(len(out))
                            add(cand)
                # a bare 'normal' speaks of the strongly carried level, whole-study wording of
                # the lumbar spine unless a level is strongly carried
                bare_levels: tuple[str, ...] = ()
                bare_tier = tier0
                rest: tuple[str, ...] = ()  # levels normal beside them, the whole study's
                if line == label_line or (
                    (f.bare_normal or f.study_normal)
                    and _NORMAL_ALONE.match(text, s, e)
                    and self.structure_label.match(
                        text, _LINE_INDENT.match(text, bol).end()  # type: ignore[union-attr]
                    )
                    and text[bol:s].strip()
                ):
                    # 'Conus: Terminates at L1-2. Normal.', 'Conus terminates at L1. Normal.':
                    # of the structure its line opens with
                    pass
                elif _OTHERWISE_END.search(text[s:e]) and (
                    # 'MRI lumbar spine: small protrusion at L5/S1. Otherwise normal.' (a line
                    # led by the study's name)
                    _STUDY_LINE.match(text, text.rfind("\n", 0, s) + 1)
                    # 'Mild disc bulge at L4-L5, otherwise negative.' (a finding told at its
                    # levels in the sentence, not on a level's or a field's line)
                    or (
                        f.sets_context
                        and not self._level_led(text, bol)
                        and self._level_lead.match(text, s) is None
                        and ":" not in text[s:e]
                        and any(c[5] == s and c[2] not in NEGATIVE_VALUES for c in out)
                    )
                ):  # the levels not described
                    bare_levels, bare_tier = _undescribed(out, blankets), tier0 + 1
                elif strong and f.bare_normal and ctx is not None:
                    bare_levels, bare_tier = ctx, tier0
                    if (
                        not ctx_heading
                        and _OTHERWISE_ALONE.match(text, s, e)
                        and not self._level_led(text, bol)
                        and any(c[5] >= bol for i, c in enumerate(out) if i not in blankets)
                    ):
                        # 'Small bulges at L4-5 and L5-S1. Otherwise unremarkable.' in a
                        # paragraph of prose, after its findings: those levels' rest, and the
                        # levels not described
                        rest = tuple(lv for lv in _undescribed(out, blankets) if lv not in ctx)
                elif f.study_normal and (not strong or _WHOLE_STUDY.search(text, s, e)):
                    # 'Otherwise normal study.' after 'Small bulge at L5/S1.' on its line: the
                    # levels not described before it
                    bare_levels, bare_tier = LUMBAR_LEVELS, tier0 + 1
                    if _OTHERWISE.search(text, s, e):
                        bare_levels = _undescribed(out, blankets)
                for levels, tier in ((bare_levels, bare_tier), (rest, tier0 + 1)):
                    for level in levels:
                        for finding, value in BARE_NORMAL:
                            if tier != tier0:  # the whole study's
                                blankets.add(len(out))
                                study_wide.add(len(out))
                            add((level, finding, value, False, tier, s, e, section))
            # carry the level context
            if f.procedure_levels:
                operated, operated_line = f.procedure_levels, line
            elif post_op and f.sets_context and _POST_OP.search(text, s, e):
                operated = f.sets_context  # 'Status post L4-L5 posterior decompression and ...'
                operated_line = line
            if (
                ctx
                and len(ctx) == 1
                and f.sets_context
                and not (f.stated or f.bare_normal)
                and (
                    (
                        (head_m := self._level_line.match(text, s, e)) is not None
                        and (same_m := _SAME.fullmatch(text, head_m.end(), e)) is not None
                        and (
                            same_m["named"] is None
                            or [x for m in self.levels.find(same_m["named"]) for x in m.levels]
                            == [ctx[0]]
                        )
                    )
                    or (  # ('L1-L2 - same.')
                        (head_m := self._level_lead.match(text, s, e)) is not None
                        and _DASH_SAME.fullmatch(text, head_m.end(), e)
                    )
                    or same is not None
                )
            ):
                # 'T12-L1: No significant disc bulge or stenosis. L1-L2: Same.', 'Similar
                # findings at L3-4.', '...; the same applies at L3/4 on the right': the rows of
                # the level before, given to this one (on the side it names)
                side = None if same is None else same["side"]
                above = [
                    c
                    for i, c in enumerate(out)
                    if c[0] == ctx[0] and c[5] >= ctx_from and i not in blankets
                ]
                for c in above:
                    for level in f.sets_context:
                        add((level, _on_side(c[1], side), *c[2:5], s, e, section))
            if f.sets_context is not None:
                if s != label_at:  # a level named after a structure's label ends it
                    label_line = -1
                ctx, ctx_line, ctx_heading = f.sets_context, line, f.heading
                ctx_from = s
                ctx_all = f.named_levels or f.sets_context
                if f.stated or (
                    _NOT_A_DISC.search(text, s, e) is None
                    # (nor a disc grade given level by level: 'Pfirrmann grades: L1-L2 II, L2-L3
                    # II, L3-L4 III ...')
                    and not (len(ctx_all) > 2 and _DISC_GRADES.search(text, s, e))
                ):
                    # (not 'Schmorl's node at the superior endplate of L2', 'The conus ends at
                    # L1-L2': stating nothing, they name no disc level the remaining levels leave
                    # out)
                    mentioned += [(s, lv) for lv in ctx_all]
                recent = [x for x in recent if x not in ctx_all] + list(ctx_all)
            elif f.clears_context or elsewhere is not None:
                ctx = None  # ('None elsewhere.' ends the level carried)
            elif operated and ctx is None and _AT_THIS_LEVEL.match(text, s):
                # 'Post operative changes from a left hemilaminectomy at L4/5. At this level
                # there is ... Mild left lateral recess narrowing.': the operated level carried
                ctx, ctx_line, ctx_heading, ctx_from = operated, line, False, s
        if remaining:  # 'the remaining levels': those no named statement before it (or in its
            # sentence: 'L5 S1 disc herniation ..., other levels normal') speaks of
            # (or a level the report describes by no finding of the schema: 'The L4-L5 one
            # just has desiccation. The other levels are normal.')
            # ('report': the levels the report names nowhere, 'the upper lumbar levels are
            # unremarkable' before 'L3/4: Mild disc bulge.')
            named = [(c[5], c[0], c[1]) for i, c in enumerate(out) if i not in blankets]
            out += [
                c
                for c, mode in remaining
                if not any(
                    lv == c[0]
                    and (at <= c[5] or mode == "report")
                    and (mode != "finding" or f == c[1])
                    for at, lv, f in named
                )
                and (
                    mode == "finding"
                    or not any(
                        lv == c[0] and (at <= c[5] or mode == "report") for at, lv in mentioned
                    )
                )
            ]
            out.sort(key=lambda c: c[5])
        if _AS_DESCRIBED.search(text):
            # 'Discopathy L45 and L5S1 with bulging and protrusion as described.': a summary
            # naming a bulge and a herniation at its levels, pointing back at the findings, gives
            # neither to a level the findings gave the other (its findings are theirs, each at
            # its own level, not both at every level it names)
            body = {(c[0], c[1]) for c in out if c[7] in _FINDINGS_SECTIONS and c[2] == "present"}
            # (the disc findings each sentence gives: one naming both gives both)
            discs_told = {(c[5], c[1]) for c in out if c[1] in _OTHER_DISC_FINDING}
            out = [
                c
                for c in out
                if not (
                    c[7] == "impression"
                    and c[1] in _OTHER_DISC_FINDING
                    and c[2] == "present"
                    and (c[0], _OTHER_DISC_FINDING[c[1]]) in body
                    and (c[0], c[1]) not in body
                    and (c[5], _OTHER_DISC_FINDING[c[1]]) in discs_told
                    and _AS_DESCRIBED.search(text, c[5], c[6]) is not None
                )
            ]
        if ranked:
            earlier = [any(a <= c[5] < b for a, b in ranked) for c in out]
            # the earlier read's whole-study normal is refuted where the final read finds anything
            # ('Original interpretation: "No significant abnormality."' before the reviewer's
            # herniation): it does not stand where the final read is silent
            refuted = any(
                not x and c[2] not in NEGATIVE_VALUES for x, c in zip(earlier, out, strict=True)
            )
            out = [
                (*c[:4], c[4] + _PRELIMINARY_TIER, *c[5:]) if x else c
                for i, (x, c) in enumerate(zip(earlier, out, strict=True))
                if not (x and refuted and i in study_wide)
            ]
        if "transpos" in text or "swapped" in text or "switched" in text:
            out = self._transposed(text, out)
        if (
            "level" in text
            and (m := _RENUMBERED.search(text)) is not None
            and _NUMBERING.search(text, max(0, m.start() - 400), m.end() + 200)
        ):
            out = _renumbered(out, m)
        return out

    def _level_led(self, text: str, bol: int) -> bool:
        """Whether the line at ``bol`` opens with a level, perhaps after its item number ('L4/5 -
        ...', '3. L5-S1: ...')."""
        start = _NUMBER_LEAD.match(text, bol).end()  # type: ignore[union-attr]
        return bool(_LUMBAR_LEAD.match(text, start) or self._level_line.match(text, start))

    def _carries_on(self, text: str, ctx_from: int, s: int) -> bool:
        """Whether the sentence at ``s`` stands on indented lines carrying on the line of a level's
        heading the sentence at ``ctx_from`` opens ('L4-L5: Disc: extrusion.' or 'L4/5  Disc:
        extrusion.' over '   Foramina: mild L, normal R.'): of that level."""
        head = text.rfind("\n", 0, ctx_from) + 1
        nl = text.find("\n", ctx_from, s)
        return (
            nl >= 0
            and self._level_field_line.match(text, head) is not None
            and all(ln[:2].isspace() for ln in text[nl + 1 : s].split("\n"))
        )

    @staticmethod
    def _table_row(
        row: TableRow,
        section: str,
        read: Callable[[str, int, int], SentenceFacts],
        add: Callable[[CandidateTuple], None],
    ) -> None:
        """Candidates of one headed-table row: each cell read as '<level>: <column>: <cell>.'
        (:mod:`~spinelab.labeling.tables`), its rows given the cell's span."""
        tier = _SECTION_TIER.get(section, 0)
        for cell in row.cells:
            f = read(cell.reading, 0, len(cell.reading))
            row_levels = f.sets_context
            for finding, value, uncertain, lv, _blanket, _negative, _except in f.stated:
                for level in lv or row_levels or ():
                    add((level, finding, value, uncertain, tier, cell.start, cell.end, section))
            if f.bare_normal and row_levels:
                for level in row_levels:
                    for finding, value in BARE_NORMAL:
                        add((level, finding, value, False, tier, cell.start, cell.end, section))

    def merge(self, cands: list[CandidateTuple]) -> list[Candidate]:
        """One candidate per (level, finding): best tier, then positive over negative, then the
        higher grade (typed Modic over 'present'), then the earliest. A bare 'present' of the
        findings takes the highest grade the impression gives (FINDINGS 'narrows the right
        foramen', IMPRESSION 'severe right foraminal stenosis': severe; they do not disagree); a
        bare (ungraded) 'present' stenosis of an addendum yields to the findings' own value at a
        named level ('The L4-5 stenosis has progressed as described' after 'severe canal stenosis'
        at L4-5; a corrected report's note 'the side of the L3-4 foraminal stenosis has been
        changed' over 'The right foramen is patent'), and a correction's to their grade."""
        ranks = self._ranks
        best: dict[tuple[str, str], tuple[int, CandidateTuple]] = {}
        # the highest grade of each (level, finding) the impression gives
        graded: dict[tuple[str, str], tuple[int, CandidateTuple]] = {}
        # and the value the findings give a named level (an addendum's or a correction's bare
        # 'present' stenosis keeps it)
        body_value: dict[tuple[str, str], tuple[int, CandidateTuple]] = {}
        certain: set[tuple[str, str, str, int]] = set()
        for c in cands:
            level, finding, value, uncertain, tier = c[0], c[1], c[2], c[3], c[4]
            if not uncertain:
                certain.add((level, finding, value, tier))
            r = ranks.get(value)
            if r is None:
                r = ranks[value] = _rank(value)
            score = 100 * tier - r  # lower wins; ties keep the earliest
            k = (level, finding)
            b = best.get(k)
            if b is None or score < b[0]:
                best[k] = (score, c)
            if r > _PRESENT_RANK and c[7] == "impression":
                if (g := graded.get(k)) is None or r > g[0]:
                    graded[k] = (r, c)
            elif c[7] in _FINDINGS_SECTIONS and value != "present" and tier <= 0:
                if (g := body_value.get(k)) is None or r > g[0]:
                    body_value[k] = (r, c)
        out = []
        for k, (_, c) in best.items():
            if c[2] == "present" and c[7] in _FINDINGS_SECTIONS and (g := graded.get(k)):
                c = g[1]
            elif (
                c[2] == "present"
                and c[7] in _ADDED_SECTIONS
                # (a graded finding's: a disc's 'present' is its whole value)
                and "stenosis" in c[1]
                and (g := body_value.get(k))
                # (a correction's 'present' stands over the findings' 'none': 'Correction: the
                # stenosis above is at L4/5, not L3/4' over 'L4/5: Canal patent')
                and (c[7] == "addendum" or g[0] > _PRESENT_RANK)
            ):
                c = g[1]
            level, finding, value, uncertain, tier, s, e, section = c
            if uncertain and (level, finding, value, tier) in certain:
                uncertain = False
            out.append(Candidate(level, finding, value, uncertain, tier, s, e, section))
        out.sort(key=lambda c: (_LEVEL_ORDER[c.level], c.finding))
        return out

    def label(
        self, text: str, read: Callable[[str, int, int], SentenceFacts] | None = None
    ) -> list[Candidate]:
        """The merged row candidates of one report text (``read``: see :meth:`candidates`)."""
        text = self.reading_text(text)
        sentences = self.splitter.sentences(text, self.splitter.sections(text))
        return self.merge(self.candidates(text, sentences, read))

    def _transposed(self, text: str, cands: list[CandidateTuple]) -> list[CandidateTuple]:
        """``cands`` with the rows of two levels that a later correction says were transposed
        ('The findings described at L4-L5 and L5-S1 were inadvertently transposed') given to each
        other, those before the correction only."""
        for m in _TRANSPOSED.finditer(text):
            pair = [x for f in self.levels.find(m["pair"]) if not f.excluded for x in f.levels]
            if len(pair) != 2 or pair[0] == pair[1]:
                continue
            swap = {pair[0]: pair[1], pair[1]: pair[0]}
            cands = [
                (swap[c[0]], *c[1:]) if c[5] < m.start() and c[0] in swap else c for c in cands
            ]
        return cands
