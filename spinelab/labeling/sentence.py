"""What one sentence states, as a pure function of its text (cacheable).

:meth:`SentenceReader.read` tags a sentence, finds its level mentions and ConText scopes, reads
its statements and the facts the document loop needs to carry the level context
(:class:`SentenceFacts`), from nothing but the string it is given. :class:`SentenceCache` (a
bounded LRU) reuses the facts of a sentence seen before; the document loop (document.py) then
applies the carried level context, sections and precedence.

What a sentence is read with (:func:`sentence_key`): the sentence string alone when both its
boundaries are *closed*; otherwise the sentence with up to ``CONTEXT_CHARS`` characters of the text
on each side (and that context is part of the cache key). A start is closed at the start of the
text or after '.', ';' or ':' (and white space); an end is closed at the end of the text, before
';', or after '.', ';' or ',' not followed by a letter or digit. The look-arounds of the rules
(a verb governing a site up to 40 characters back, 'fusion at' 60 characters before a level,
level lists, 'nerve root' after a level, the vocabulary's word boundaries) reach across a boundary
only through letters, digits and white space, or a colon after a level, so at a closed boundary the
sentence alone reads as it does inside the whole text (checked on the test suite, the real reports
and the synthetic benchmark reports: identical rows); an open boundary ('FINDINGS The canal ...',
a line break inside a phrase) keeps the context the whole-text reading had.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from typing import Literal, NamedTuple

from spinelab.labeling.context import Scopes, compute_scopes
from spinelab.labeling.findings import (
    EXCEPT_WORD,
    LEADS_NEXT,
    NEGATIVE_VALUES,
    NOT_ASSESSED,
    SentenceAnalyser,
    contrasted_grades,
    has_exception,
    site_nil,
)
from spinelab.labeling.levels import LevelMention, LevelParser
from spinelab.labeling.regex_first import lower_ok, lower_twin
from spinelab.labeling.regex_literals import Gated, GatedTwin, Searcher
from spinelab.labeling.sides import finding_side
from spinelab.labeling.tagger import Item, Tagger
from spinelab.schema import LUMBAR_LEVELS

BARE_NORMAL = (
    ("canal_stenosis", "none"),
    ("foraminal_stenosis_left", "none"),
    ("foraminal_stenosis_right", "none"),
    ("disc_bulge", "absent"),
    ("disc_herniation", "absent"),
)
_OPENS_CLAUSE = re.compile(r"(?:[,;/]|\band)\s*$", re.I)
#: the same before levels with their article, the subject of its verb ('L5-S1 bulge, the other
#: levels are normal', '... and the T12-L1 and L1-2 levels are unremarkable'; not '... at L5/S1
#: and the upper lumbar levels')
_OPENS_SCOPE_CLAUSE = re.compile(r"(?:[,;/]|\band)\s*the\s+$", re.I)
_SCOPE_VERB = re.compile(  # (perhaps after the levels' noun: 'and the L1-2 and L2-3 levels are';
    # '..., and the remaining discs showed only mild desiccation')
    r"\s+(?:(?:dis[ck]\s+)?(?:levels?|dis[ck]s?|segments?)\s+)?"
    r"(?:are|is|appear|appears|look|looks|were|was|remain|remains|show|shows|showed"
    r"|demonstrate|demonstrates|demonstrated|have|has|had)\b",
    re.I,
)
#: '..., with mild canal narrowing and a normal L1-2 level': a normal word opening the clause
_NORMAL_OPENS = re.compile(r"(?:[,;]|\band)\s*((?:an?\s+)?(?:normal|unremarkable)\s+)$", re.I)
#: 'no central stenosis and L5-S1 small protrusion': 'and', a level, then a disc finding
_AND_LEADS = re.compile(r"\band\s+$", re.I)
#: 'at' after a comma before a level, the level's own finding after it with its article ('...
#: without compression of neural structures is seen, at L4/5 a broad-based protrusion ...'): the
#: level opens a clause
_COMMA_AT = re.compile(r"[,;]\s*at\s+(?:the\s+)?(?:level\s+(?:of\s+)?)?$", re.I)
#: the article before that finding (the finding itself: ``LEADS_NEXT``)
_ARTICLE = re.compile(r"\s+(?:there\s+(?:is|are)\s+)?an?(?=\s)", re.I)
_OTHERWISE = re.compile(  # ('... of L4 on L5, the rest of the alignment is conserved', '...,
    # others normal')
    r"\b(?:otherwise|elsewhere|rest\s+of\s+the|remainder\s+of\s+the|remaining|others?(?=\s+"
    r"(?:(?:are|is)\s+)?(?:normal|preserved|maintained|aligned)\b))\b",
    re.I,
)
#: between an alignment statement and the levels it is told of ('Alignment is normal at L4-5')
_ALIGNED_AT = re.compile(r"\s+(?:at|across)\s+(?:the\s+)?(?:levels?\s+)?", re.I)
#: ... and the levels it is told of as its subject ('L2/3 and L5/S1 are normally aligned')
_ALIGNED_SUBJECT = re.compile(r"\s*(?:(?:is|are)\s+)?", re.I)
#: ... and the words between the alignment and the levels it names inside it ('Alignment in fixed
#: segments L4-S1 is regular', 'Alignment at L4-L5 is normal')
_ALIGNMENT_OF = re.compile(
    r"align\w*\s+(?:at|in|of|across)\s+(?:the\s+)?(?:(?:fixed|fused|operated|instrumented)\s+)?"
    r"(?:(?:levels?|segments?)\s+)?",
    re.I,
)
_EXCEPT_LEVEL_GAP = re.compile(r"\s*(?:(?:at|in|the|levels?|of)\s+)*", re.I)
#: an exception after a normal statement ('All levels are normal apart from L5/S1, ...')
_EXCEPT = re.compile(rf"[,;]?\s*\b{EXCEPT_WORD}\b", re.I)
#: a checklist's field answered yes before the levels it names ('Disc herniation: Y - L4-5',
#: 'Foraminal stenosis: yes, L5-S1 bilateral')
_YES_FIELD = re.compile(
    r"[^:\n]{1,40}:[ \t]*(?:(?:y|yes|present|positive)\b|\+)[ \t]*[-,:;(]?[ \t]*", re.I
)
#: a transcriptionist's gap ('No [inaudible] stenosis.'), and one right before a finding word
_UNHEARD = re.compile(r"\[(?:inaudible|unintelligible|indiscernible|illegible|\?+)\]", re.I)
_UNHEARD_BEFORE = re.compile(rf"{_UNHEARD.pattern}\s*(?:[a-z]+\s+)?\Z", re.I)
#: a finding the study could not show ('the fused levels cannot be assessed for stenosis')
_UNASSESSED_BEFORE = re.compile(
    r"\b(?:cannot|can\s*not|could\s+not|can't|not)\s+(?:be\s+)?(?:\w+\s+)?(?:assessed|evaluated"
    r"|assessable|evaluable)\s+for\s+(?:\w+\s+){0,3}\Z",
    re.I,
)
#: a field the read left empty, right after its finding ('Modic: not reported in source', 'Central
#: canal stenosis: N/A - not assessable without axials', 'Foraminal stenosis (sagittal): not graded')
_UNASSESSED_FIELD = re.compile(rf"[^.;:\n]{{0,40}}:[ \t]*{NOT_ASSESSED}", re.I)
#: a question the study was asked, right before a finding ('MRI ... to rule out disc
#: herniation', 'evaluating for recurrent disc herniation versus scar', 'r/o HNP', 'MRI is
#: recommended if there is clinical concern for a disc protrusion', 'the referral query of L4-5
#: stenosis is noted'): nothing stated
#: (not 'cannot rule out a small protrusion', a hedge)
_QUESTIONED_BEFORE = re.compile(
    # (not a finding's 'r/o' after a comma, the reader's differential: 'focal nodular lesion at
    # Rt. paracentral portion, r/o recurrent HIVD')
    r"(?<!\bnot\s)(?<!cannot\s)(?<!n't\s)\b(?:rule\s+out|(?<!,)(?<!,\s)r/o|(?:to\s+)?exclude"
    r"|evaluat(?:e|ing|ion)"
    r"\s+for|assess(?:ing|ment)?\s+for|look(?:ing)?\s+for|clinical\s+(?:concern|suspicion)\s+(?:for|of)"
    r"|\bif\s+there\s+is\s+(?:a\s+)?(?:concern|suspicion)\s+(?:for|of)"
    r"|(?:referral|referrer'?s|clinical)\s+quer(?:y|ies)\s+(?:of|for|re:?|regarding))\s+(?:[\w/-]+\s+){0,3}\Z",
    re.I,
)
_QUESTION_HINT = Gated(re.compile(r"rule\s+out|r/o|exclude\b|\bfor\b|suspicion\s+of|quer", re.I))
#: a graded finding: a reader's hedge after 'r/o', not a question ('r/o mild Lt. foraminal
#: stenosis'; a question has no grade)
_GRADED_OPENING = re.compile(r"(?:mild|moderate|severe)\b", re.I)
#: ... nor a conclusion item opening with 'r/o' and naming its level after a comma, the reader's
#: differential ('R/O Modic type 1 change, L5-S1.'; a question names no level so: 'r/o HNP')
_COMMA_LEVEL_ITEM = re.compile(
    r"[^,.;:\n]{0,20},\s*(?:at\s+)?(?:[LT]\s?\d{1,2}\s?[-/]\s?[LS]?\s?\d|lumbosacral)[^,.;:\n]{0,12}"
    r"\.?\s*\Z",
    re.I,
)
#: another region of the spine named, and lumbar wording
_OTHER_SPINE = re.compile(r"\b(?:cervical|thoracic|dorsal\s+spine|c-?spine|t-?spine)\b", re.I)
_LUMBAR_WORD = re.compile(r"lumba|lumbo|\bl-?spine\b", re.I)
#: another study's account just before ('the plain films, which showed'): not the current one
_PRIOR_SHOWED = re.compile(
    r"\b(?:films?|radiographs?|x-?rays?|prior|previous|earlier)\b[^.;]{0,30}\b(?:which|that)\s+"
    r"(?:had\s+)?(?:showed|shown|demonstrated|revealed)\s+$",
    re.I,
)
#: a clause stating the rest normal, after what the sentence says first
_OTHERWISE_CLAUSE = re.compile(r",\s*(?:and\s+)?(?=otherwise\s)", re.I)
#: what the rest is said to be: normal ('otherwise unremarkable', 'otherwise without changes')
_REST_NORMAL = (
    r"(?:normal|unremarkable"
    r"|without\s+(?:other\s+)?(?:changes|alterations|abnormalit(?:y|ies)|pathology))"
)
#: 'L3-4: Mild bulge, otherwise normal.': the rest of the bare-normal set at the level it opens with
_OTHERWISE_NORMAL = re.compile(
    rf",\s*(?:and\s+|which\s+is\s+)?otherwise\s+{_REST_NORMAL}\W*$", re.I
)
#: ... or the level it follows ('mild left foraminal narrowing at L3-4, which is otherwise
#: unremarkable')
_WHICH_OTHERWISE = re.compile(rf",\s*which\s+is\s+otherwise\s+{_REST_NORMAL}\W*", re.I)
_LEVEL_LEAD = re.compile(r"[\s*\u2022-]*(?:at\s+)?(?:the\s+)?", re.I)
#: what joins an alignment clause to the next one ('Alignment is normal and the ...')
_AND_AFTER = re.compile(r"\s*(?:,|;|\band\b)\s*", re.I)
#: a clause of its own after a first one ('... are well hydrated and there is no abnormality at')
_AND_THERE_IS = re.compile(r"[,;]?\s+and\s+there\s+(?:is|are)\s+(?=no\s)", re.I)
#: a clause after a levels' normal statement that states its own thing ('... are unremarkable and
#: alignment is normal', '..., and there is no listhesis')
_OWN_CLAUSE_AFTER = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:the\s+)?(?:alignment|vertebral\s+alignment|there\s+is\s+no"
    r"|there\s+are\s+no|no\s+(?:spondylo|listhesis|abnormal|other|significant|fracture)))",
    re.I,
)
#: a clause of its own led by 'at' and a level after a comma ('L1-2, L2-3 are unremarkable, at
#: L3-4 there is ...'): the comma and 'at' before the level, the words right after it
_AT_OPENS = re.compile(r"[,;]\s*at\s+$", re.I)
_AT_OPENS_AFTER = re.compile(r",?\s+there\s+(?:is|are)\b", re.I)
#: a label of the levels that follow it ('... disc levels: L1-L2 and L2-L3 are unremarkable')
_LEVELS_LABEL = re.compile(r"\b(?:levels|segments|interspaces)\s*:\s*$", re.I)
_OPENING_QUOTES = " \t\r\n\"'\u201c\u2018"
#: a quote opened after a colon: a poster's lead-in before the report they quote ("this is my whole
#: report, word for word: 'impression: normal mri of the lumbar spine.")
_QUOTE_AFTER_COLON = re.compile(rf":[ \t]*[{re.escape(_OPENING_QUOTES.strip())}]")
#: a quote opening a sentence, the poster's words after it ('"normal MRI" but ...')
_QUOTE_LEAD = re.compile(r"[ \t]*[\"\u201c](?P<q>[^\"\u201c\u201d\n]{3,300})[\"\u201d]")
#: words said to the patient ('"your MRI is basically normal"'), not a report's
_SPOKEN = re.compile(r"\b(?:you|your)\b", re.I)
_COLON_AFTER = re.compile(r"\s*(?:\([^()\n]{0,40}\)\s*)?(?:levels?\s*)?:", re.I)
_LIST_ONLY = re.compile(  # (a list's opening preposition: 'In the L1-L2, L2-L3 levels - ...'; its
    # noun: 'The levels T12-L1, L1-L2, L2-L3 are ...')
    r"^[\s,/&*\u2022-]*(?:(?:in|at)\s+(?:the\s+)?)?(?:and\s*)?[\s,/&]*(?:(?<=and )the\s*)?"
    r"(?:(?:the\s+)?(?:(?:remaining|other|following)\s+)?(?:(?:intervertebral|dis[ck]|lumbar)\s+)?"
    r"(?:levels|segments|spaces|interspaces|dis[ck]s)[\s,/&]*"
    # ('The L4-5 disc and the levels above are normal': the level with the levels after it)
    r"|the\s+dis[ck]\s+(?:and|&)\s+(?:the\s+)?)?$",
    re.I,
)
#: 'L5-S1: the disc is normal', 'discs without alterations', 'the rest of the discs are normal',
#: 'The L1/L2 and L2/L3 IVDs are normal', 'the rest of the discs do not show (relevant)
#: alterations', 'Upper lumbar discs to L3/4 are normal': the disc is what is normal (no bulge or
#: herniation; rule 5: the findings it names), not the whole level ('the rest of the levels are
#: normal' is: the bare-normal set); a translation's 'Superior discs regular' (Italian 'regolari').
_DISC_SUBJECT = re.compile(
    r"\b(?:dis[ck]s?|ivds?)"
    r"(?:\s+(?:down\s+)?(?:to|through|thru|until|till)\s+[lts]\s?\d{1,2}(?:\s*[-/]\s*[lts]?\s?\d{1,2})?)?"
    r"\s+(?:(?:is|are|appears?|looks?|remains?)\s+(?:(?!(?:not|no|never|than)\b)\w+\s+){0,2}?"
    r"(?:and\s+)?)?"
    # (a normal word abbreviated: 'Upper lumbar discs nl')
    r"(?:normal|unremarkable|nl\b|wnl\b|free|regular|without\s+(?:alterations?|particularit(?:y|ies))"
    r"|(?:do|does)\s+not\s+(?:show|demonstrate|present)\s+(?:any\s+)?"
    r"(?:(?:relevant|significant|obvious|definite|apparent|notable|noteworthy|particular|other)\s+)?"
    r"(?:alterations?|abnormalit(?:y|ies))"
    # ('The remaining discs have no relevant alterations', 'Remaining intervertebral discs
    # without significant changes': a translation's discs told normal)
    r"|(?:(?:have|has|show|shows)\s+no|without)\s+(?:relevant|significant)\s+"
    r"(?:alterations?|changes)(?=\s*(?:[.;]|$)))",
    re.I,
)
_HEADING_ONLY = re.compile(
    r"^[\W_]*(?:(?:at|the|level|levels|segment|disc|disk|interspace)\b[\W_]*)*$", re.I
)
_NO_SCOPES = Scopes()
#: item kinds that can state a finding (predicate, normal word, finding trigger)
_STATING = frozenset("PNF")  # (or a grade in a structured field: 'Foramina: R mild, L moderate')


def _whole_study_normal(
    study_normal: re.Pattern[str], study_lead: re.Pattern[str], ltext: str
) -> bool:
    """Whether sentence ``ltext`` states the whole study normal: as it is, the quote opened
    after a colon in it (the lead-in before a quoted report is the poster's), or after a lead
    naming the study and its colon (``study_lead``: a clinic note's 'MRI lumbar spine, 21 June
    2023, reviewed on PACS in clinic: normal study.')."""
    if study_normal.match(ltext):
        return True
    q = _QUOTE_LEAD.match(ltext)
    if q is not None and not _SPOKEN.search(q["q"]) and study_normal.match(q["q"]):
        # ('"unremarkable lumbar spine MRI, no disc herniation" but I'm still in pain': the
        # quoted report's words, not the poster's after them)
        return True
    if ":" not in ltext:
        return False
    q = _QUOTE_AFTER_COLON.search(ltext) or study_lead.match(ltext)
    return q is not None and study_normal.match(ltext[q.end() :]) is not None


def _back(text: str, s: int, at: int, k: int) -> int:
    """Where the ``k`` characters before ``at`` start (not before ``s``), a run of spaces counted
    as one (dictation's marks written out leave runs: 'stenosis,      the other levels')."""
    a = max(s, at - k)
    if "  " not in text[a:at]:
        return a
    i, n = at, 0
    while i > s and n < k:
        i -= 1
        if text[i] != " " or i + 1 >= at or text[i + 1] != " ":
            n += 1  # (a space before another counts with it)
    return i


def remaining_scope(finding: str) -> bool | Literal["finding"]:
    """Which levels 'the remaining levels' leave out for a statement of ``finding``: a graded
    finding, Modic or listhesis, those where the report states it ("finding"); a disc finding
    (bulge, herniation), those it names (True)."""
    return True if finding in ("disc_bulge", "disc_herniation") else "finding"


class Stated(NamedTuple):
    """One (finding, value) a sentence states.

    ``levels``: the levels the sentence itself gives it; None: the document loop takes them from
    the carried level context (or the whole lumbar spine for a levelless negative).
    ``except_named``: the levels leave out those the report names elsewhere ('remaining levels');
    ``"finding"``: those where it states the same finding ('no stenosis at the remaining levels');
    ``"site"``: the same, or the level heading its line ('L4-5: ... Canal otherwise patent.');
    ``"report"``: those the report names nowhere ('the upper lumbar levels are unremarkable').
    ``negative``: a negation that, naming no level, may speak of the whole lumbar spine (False for
    positive values and for negations about one unnamed level, 'no recurrent herniation')."""

    finding: str
    value: str
    uncertain: bool
    levels: tuple[str, ...] | None
    blanket: bool
    negative: bool
    except_named: bool | Literal["finding", "site", "report"] = False


#: a sentence opening with a finding told before ('The previous moderate right lateral recess
#: stenosis ...')
_THE_EARLIER = re.compile(
    r"\s*the\s+(?:previous(?:ly\s+(?:seen|described|noted|reported))?|prior|earlier)\s", re.I
)
#: a clause telling that one lesion has gone ('The sequestered fragment has almost completely
#: resolved', 'the resolution of the disc extrusion shows ...'): of that lesion's level, not the
#: whole spine's
_THE_ONE_GONE = re.compile(
    r"\bthe\s+[^.;:]{0,60}?\b(?:has|have)\s+(?:[a-z]+\s+){0,2}(?:resolved|regressed|resorbed"
    r"|disappeared)|\bthe\s+(?:[a-z]+\s+)?(?:resolution|regression|resorption|disappearance)"
    r"\s+of\s+the\s",
    re.I,
)
#: a level's past in a relative clause ('..., which previously had a small bulge, ...'): the
#: level is stated of now without it (context.yaml reads the clause as a prior study's)
_PAST_RELATIVE = re.compile(r",\s*(?:which|that)\s+(?:had\s+)?previously\s+[^,;.]{1,60},", re.I)
#: the current study named after a state ('L1-2 and L5-S1 are normal on today's study')
_ON_THIS_STUDY = re.compile(
    r"\s+(?:on|in)\s+(?:today'?s|this|the\s+(?:current|present))\s+"
    r"(?:study|exam(?:ination)?|scan|mri)(?=\s*[.;,]?\s*$)",
    re.I,
)


class SentenceFacts(NamedTuple):
    """Everything the document loop needs from one sentence (no offsets, no text).

    ``stated``: statements in sentence order. ``bare_normal``: a bare 'normal' sentence naming no
    usable level (it speaks of the strongly carried level). ``study_normal``: whole-study-normal
    wording naming no usable level (it speaks of the lumbar spine unless a level is strongly
    carried). ``specific``: names a specific (non-blanket, non-excluded) level. ``sets_context``:
    the levels it carries to the next sentences (None: it does not set the context; empty: it
    names only a level outside the schema, 'L5-L6', so nothing carried speaks there);
    ``heading``: it is only a level heading ('L4-L5:'). ``clears_context``: a blanket scope ends
    the carried level. ``excluded_only``: it names levels, but only excluded ones (procedure
    sites, root distributions) or one vertebra ('the corner of L1'): a negation in it speaks of
    that place, not of the whole spine."""

    stated: tuple[Stated, ...]
    bare_normal: bool
    study_normal: bool
    specific: bool
    sets_context: tuple[str, ...] | None
    heading: bool
    clears_context: bool
    excluded_only: bool = False
    #: every level it names, when it names several apart ('mildly at L3-4, moderately at L4-5'):
    #: what 'at these levels' in a later sentence means (``sets_context`` keeps the last one)
    named_levels: tuple[str, ...] = ()
    #: the levels of the procedure sites it names ('Status post L4-5 fusion'): what 'at that
    #: level' or 'at the fused levels' in a later sentence means when no level is carried
    procedure_levels: tuple[str, ...] = ()


def _blanked(ltext: str, s: int, a: int, b: int, mentions: list[LevelMention]) -> str:
    """``ltext[a:b]`` (``ltext``: the sentence from text offset ``s``) with each level mention
    inside it read as one space."""
    seg = ltext[a:b]
    for m in reversed(mentions):
        if a <= m.start - s and m.end - s <= b:
            seg = seg[: m.start - s - a] + " " + seg[m.end - s - a :]
    return seg


#: a side named as the worse of two ('predominantly left', 'especially the left'): both sides
_WORSE_SIDE = re.compile(
    r"\b(?:predominant\w*|mainly|mostly|especially|particularly|more|worse|greater|most"
    r"|primarily|chiefly|eccentric\w*|asymmetric\w*)\s+(?:\w+\s+)?(?:on\s+|to\s+)?(?:the\s+)?"
    r"(?:left|right)\b"
)


#: a side of something not in the schema: an operation, an organ, a limb, a symptom
_OTHER_SIDED = re.compile(
    r"\b(?:left|right)(?:[\s-]+sided)?\s+(?:hemi-?)?(?:laminectom|laminotom|discectom|microdiscectom"
    r"|foraminotom|facetectom|fusion|decompress|approach|incision|screw|pedicle|rod|hardware|graft"
    r"|cage|kidney|renal|ovar|adnex|hip|knee|leg|lower\s+(?:limb|extremity)|buttock|sciatica"
    r"|radicul|symptom|pain|paraesthes|paresthes|numbness|weakness)"
)


#: a finding causing the stenosis, after its side ('left protrusion causing', '... with')
_CAUSED = re.compile(r"\b(?:caus\w*|result\w*\s+in|produc\w*|lead\w*\s+to|with)\b")
_SIDE_WORD = re.compile(r"\b(?:left|right)\b")


def _one_sided(stated: list[Stated], items: list[Item], ltext: str) -> list[Stated]:
    """``stated`` with a sideless stenosis given the one side the sentence names ('Left foraminal
    protrusion causing moderate foraminal stenosis': the left foramen's): a positive pair of
    '_left' and '_right' rows (same value and levels) loses the other side's, where the sentence
    (``ltext``, lower case) spells out one side only and every side item names it, not as the
    worse of two ('predominantly left') nor as a side of something else ('a left hemilaminectomy',
    'left leg pain'), where the sided finding causes the stenosis ('causing', 'with' after the
    side; not a list: 'a right foraminal herniation, mild canal and moderate subarticular
    stenosis'), and no row,
    negative or not, is of that side alone (the side is then that row's); negatives keep both
    ('Left protrusion without foraminal stenosis')."""
    sides = {frozenset(it.rule.sides) for it in items if it.kind == "D"}
    if len(sides) != 1 or len(one := next(iter(sides))) != 1 or _WORSE_SIDE.search(ltext):
        return stated
    side_at = _SIDE_WORD.search(ltext)
    if _OTHER_SIDED.search(ltext) or side_at is None or not _CAUSED.search(ltext, side_at.end()):
        return stated  # a side of something else ('a left hemilaminectomy with ...'); a list
    keep = next(iter(one))  # the side the sentence names
    split = [(finding_side(x.finding), x) for x in stated]
    pairs = {(b, x.value, x.levels) for (b, sd), x in split if sd == keep and not x.negative}
    halves = {(b, x.value, x.levels) for (b, sd), x in split if sd and sd != keep}
    alone = {b for (b, sd), _ in split if sd == keep} - {h[0] for h in halves}
    if pairs - halves or alone:
        return stated  # the side is another finding's ('... and moderate left foraminal narrowing')
    return [
        x
        for (b, sd), x in split
        if not (sd and sd != keep and not x.negative and (b, x.value, x.levels) in pairs)
    ]


def _bare(m: LevelMention) -> list[Stated]:
    return [Stated(f, v, False, m.levels, m.blanket, True, m.except_named) for f, v in BARE_NORMAL]


#: a single vertebra named as a place ('the corner of L1', 'the L2 vertebral body'), or its
#: fracture ('L1 osteoporotic wedge fracture, no retropulsion, no canal compromise'): a negation
#: there speaks of that vertebra, not of every level
_ONE_VERTEBRA = re.compile(
    r"(?:of|at|in|involving)\s+(?:the\s+)?[LT]\d{1,2}\b(?!\s*[-/\u2013]\s*[LST]?\d)"
    r"(?!\s+(?:nerve|roots?|distribution|dermatome|level))"
    r"|[LT]\d{1,2}\s+(?:vertebra|vertebral\s+body|body)\b"
    r"|[LT]\d{1,2}\s+(?:[a-z]+\s+){0,3}?(?:fracture|collapse|wedg|burst|compression\s+deformity)"
    r"|\bretropuls",
    re.I,
)

_DIGIT = re.compile(r"\d")

#: Characters of context read on each side of a sentence at an open boundary.
CONTEXT_CHARS = 80
_SPACE = frozenset(" \t\n\r\f\v")


def sentence_key(
    text: str, start: int, end: int
) -> tuple[str | tuple[str, str, str], str, int, int]:
    """(cache key, string to read, sentence start and end in it) of ``text[start:end]``.

    Closed boundaries (see the module docstring): the key and the string are the sentence.
    Otherwise the string is the sentence with its context and the key is (left, sentence, right).
    """
    sent = text[start:end]
    i = start - 1
    while i >= 0 and text[i] in _SPACE:
        i -= 1
    left_closed = i < 0 or text[i] in ".;:"
    j = end
    n = len(text)
    while j < n and text[j] in _SPACE:
        j += 1
    right_closed = (
        j >= n or text[end] == ";" or (sent[-1:] in (".", ";", ",") and not text[end].isalnum())
    )
    if left_closed and right_closed:
        return sent, sent, 0, len(sent)
    left = "" if left_closed else text[max(0, start - CONTEXT_CHARS) : start]
    right = "" if right_closed else text[end : end + CONTEXT_CHARS]
    return (left, sent, right), left + sent + right, len(left), len(left) + len(sent)


def _all_prior(scopes: Scopes, items: list[Item], ltext: str, s: int) -> bool:
    """Whether a sentence (``ltext``, starting at ``s``) is all of an earlier study: a prior-study
    clause covers all its words, or ends somewhere other than at a clause break ('First one 2020
    said only a mild L4-5 bulge, L5-S1 normal': a level opening a clause parts no reported
    speech)."""
    a = s + len(ltext) - len(ltext.lstrip())
    b = s + len(ltext.rstrip(" \t\n.;,"))
    breaks = {it.start for it in items if it.kind == "B"}
    return any(
        (x <= a and y >= b)
        or (
            # (a bracket of the past is no reported speech: 'Mild disc bulge (in 2021 described
            # as a small protrusion)')
            not (x > a and ltext[x - s - 1 : x - s] == "(" and ltext[y - s : y - s + 1] == ")")
            # (nor is a clause of the time an earlier study showed it: '..., improved compared
            # to 2022 when there was moderate left foraminal stenosis')
            and x not in scopes.attached
            and ((x > a and x not in breaks) or (y < b and y not in breaks))
        )
        for x, y in scopes.prior_clauses
    )


class SentenceReader:
    """Reads one sentence with the compiled rules (tagger, level parser, analyser)."""

    def __init__(self, tagger: Tagger, levels: LevelParser, context_excl: re.Pattern[str]) -> None:
        self.tagger = tagger
        self.levels = levels
        self.analyser = SentenceAnalyser(tagger, levels)
        t = tagger
        # sentence-wide searches run on the lower-cased text with case-sensitive twins
        self._outside = re.compile(levels.rules.outside_schema or "(?!)", re.I)
        # (the exclusions and the alignment, searched in every sentence, first test the words
        # they need: regex_literals)
        self._rx: dict[
            bool, tuple[Searcher, Searcher, re.Pattern[str], re.Pattern[str], re.Pattern[str]]
        ] = {
            False: (context_excl, t.alignment, t.level_normal, t.study_normal, t.study_lead),
            True: (
                GatedTwin(lower_twin(context_excl)),
                GatedTwin(lower_twin(t.alignment)),
                lower_twin(t.level_normal),
                lower_twin(t.study_normal),
                lower_twin(t.study_lead),
            ),
        }

    def read(self, text: str, start: int = 0, end: int | None = None) -> SentenceFacts:
        """The facts of the sentence ``text[start:end]`` (default: all of ``text``), read with
        the rest of ``text`` as its context; a pure function of the arguments."""
        e = len(text) if end is None else end
        s = start
        low = text.lower()
        fast = lower_ok(text, low)
        ltext = (low if fast else text)[s:e]
        excl, alignment, level_normal, study_normal, study_lead = self._rx[fast]
        items = self.tagger.tag(text, low, fast)
        lvs = self.levels.find(text, low, fast)
        if s > 0 or e < len(text):  # read in context: keep what lies inside the sentence
            items = [it for it in items if s <= it.start < e and it.end <= e]
            lvs = [m for m in lvs if s <= m.start < e and m.end <= e]
        if "rather" in ltext:
            items = contrasted_grades(text, items)  # 'moderate rather than mild stenosis'
        kinds = {it.kind for it in items}
        if "C" in kinds:
            opening = [
                m.start
                for m in lvs
                if m.start == s
                or _OPENS_CLAUSE.search(text, _back(text, s, m.start, 4), m.start)
                or (
                    _AND_LEADS.search(text, _back(text, s, m.start, 6), m.start)
                    and LEADS_NEXT.match(text, m.end) is not None
                )
                or (
                    _COMMA_AT.search(text, _back(text, s, m.start, 20), m.start)
                    and (a := _ARTICLE.match(text, m.end)) is not None
                    and LEADS_NEXT.match(text, a.end()) is not None
                )
            ]
            scopes = compute_scopes(text, items, s, e, self.tagger.scope_end_after_comma, opening)
        else:
            scopes = _NO_SCOPES  # no cue: nothing negated, hedged or prior
        usable = [m for m in lvs if not m.excluded]
        specific = [m for m in usable if not m.blanket]
        stated: list[Stated] = []
        bare_normal = study_normal_ = False
        claimed: list[tuple[int, int]] = []  # spans of blanket statements the analyser made
        # a sentence wholly of an earlier study says nothing of this one; where its prior
        # clause is only part of it ('no herniation is seen, and there is no recurrence of the
        # herniation described on the outside study'), the statements outside that clause stand
        if not (scopes.prior and not scopes.current and _all_prior(scopes, items, ltext, s)):
            # a field may state by a grade or a negation alone ('Canal: mild', 'Canal: none'),
            # shorthand by a grade after its site ('canal mild', 'L NF mild-mod')
            if (
                kinds & _STATING
                or (("G" in kinds or "C" in kinds) and ":" in ltext)
                or ("G" in kinds and "S" in kinds)
                or ("S" in kinds and "C" in kinds and site_nil(text, items))
            ):
                gaps = "[" in ltext and _UNHEARD.search(ltext) is not None
                unassessed = "assess" in ltext or "evaluat" in ltext
                empty_field = ":" in ltext and (
                    "n/a" in ltext or "not " in ltext or "able" in ltext or "diagnostic" in ltext
                )
                questioned = _QUESTION_HINT.search(ltext) is not None
                # a checklist field's 'yes' and the levels after it ('Disc herniation: Y - L4-5')
                yes = _YES_FIELD.match(ltext) if ":" in ltext else None
                yes_levels = (
                    tuple(lv for m in specific if m.start - s >= yes.end() for lv in m.levels)
                    if yes is not None
                    else ()
                )
                for st in self.analyser.analyse(text, s, e, items, lvs, scopes):
                    if st.blanket and st.levels and not st.except_named:
                        claimed.append((st.start, st.end))
                    if scopes.prior and not st.current and scopes.prior_only(st.start):
                        continue  # a prior clause beside a current one ('; none now')
                    if gaps and _UNHEARD_BEFORE.search(text, max(s, st.start - 30), st.start):
                        continue  # 'No [inaudible] stenosis.': the finding cannot be read
                    if unassessed and _UNASSESSED_BEFORE.search(
                        text, max(s, st.start - 60), st.start
                    ):
                        continue  # '... cannot be assessed for stenosis': nothing stated
                    if empty_field and _UNASSESSED_FIELD.match(text, st.end, e):
                        continue  # 'Modic: not reported': nothing stated
                    if (
                        questioned
                        and _QUESTIONED_BEFORE.search(text, max(s, st.start - 60), st.start)
                        and not _GRADED_OPENING.match(text, st.start)
                        and not (
                            ltext.lstrip()[:3].lower() == "r/o"
                            and _COMMA_LEVEL_ITEM.match(text, st.end, e)
                        )
                    ):
                        continue  # '... to rule out disc herniation': a question, not a finding
                    # a 'local' negation never speaks of the whole spine, nor does a sentence
                    # of a finding told before ('The previous right lateral recess stenosis is
                    # no longer evident, the recess now being widely patent': of its level)
                    negative = (
                        st.value in NEGATIVE_VALUES
                        and not st.local
                        and not (scopes.current and _THE_EARLIER.match(text, s, e))
                        and not (
                            st.finding.startswith("disc_") and _THE_ONE_GONE.search(text, s, e)
                        )
                    )
                    lv, blanket = st.levels, st.blanket
                    if lv is None and yes_levels and not negative:
                        lv = yes_levels
                    if lv is None and st.global_when_levelless and negative:
                        lv, blanket = LUMBAR_LEVELS, True
                    if (
                        lv is None
                        and negative
                        and any(
                            m.many
                            and m.end <= st.start
                            and all(x.end <= m.start for x in specific)
                            for m in usable
                        )
                    ):
                        # '... a herniation at L5-S1, multilevel desiccation and no significant
                        # stenosis': after the spine's many levels, of the whole spine
                        lv, blanket = LUMBAR_LEVELS, True
                    stated.append(
                        Stated(
                            st.finding,
                            st.value,
                            st.uncertain,
                            lv,
                            blanket,
                            negative,
                            # 'no stenosis at the remaining levels': those whose stenosis the
                            # report has not described; a disc finding: the levels not named
                            (
                                (
                                    st.except_named
                                    if st.except_named in ("report", "site")
                                    else remaining_scope(st.finding)
                                )
                                if st.except_named and lv is st.levels
                                else False
                            ),
                        )
                    )
            bare_normal, study_normal_ = self._sentence_level(
                text,
                s,
                e,
                ltext,
                usable,
                specific,
                stated,
                (alignment, level_normal, study_normal, study_lead),
                claimed,
            )
            if len(stated) > 1 and "D" in kinds and ("left" in ltext) != ("right" in ltext):
                stated = _one_sided(stated, items, ltext)
        if (
            (stated or bare_normal or study_normal_)
            and not specific
            and _OTHER_SPINE.search(ltext) is not None
            and _LUMBAR_WORD.search(ltext) is None
        ):
            # 'The cervical lordosis was straightened without listhesis.', 'Multilevel mild cervical
            # spondylosis without significant canal stenosis': not of the lumbar spine
            stated, bare_normal, study_normal_ = [], False, False
        sets_context: tuple[str, ...] | None = None
        heading = False
        if specific and not excl.search(ltext):
            # a level heading ('L4/5 and L5/S1: ...') sets the context for its paragraph
            first = specific[0]
            # (a quote mark before it: '"L3/4 and L4/5: Mild disc bulges ...')
            opens = not text[s : first.start].strip(_OPENING_QUOTES) and _COLON_AFTER.match(
                text, first.end
            )
            sets_context = (first if opens else specific[-1]).levels
            rest = ltext
            for m in reversed(lvs):
                rest = rest[: m.start - s] + rest[m.end - s :]
            heading = bool(_HEADING_ONLY.match(rest))
        outside = False
        if (
            not specific
            # cheap: every such level has a digit, or is a blank ('At ___ there is ...')
            and (_DIGIT.search(ltext) is not None or "__" in ltext)
            and (o := self._outside.search(ltext)) is not None
        ):
            # 'L5-L6: ...' (a sixth lumbar vertebra): no schema level speaks here
            outside, sets_context = True, ()
            heading = not ltext[: o.start()].strip()
        # (not 'the canal is otherwise patent': under a level's heading it is of that level)
        clears = sets_context is None and any(
            m.blanket and m.except_named != "site" for m in usable
        )
        return SentenceFacts(
            tuple(stated),
            bare_normal,
            study_normal_,
            bool(specific),
            sets_context,
            heading,
            clears,
            (bool(lvs) and not usable)
            or outside
            or (
                not lvs
                and any(x.negative for x in stated)
                and _ONE_VERTEBRA.search(ltext) is not None
            ),
            tuple(x for x in LUMBAR_LEVELS if any(x in m.levels for m in specific))
            if len(specific) > 1
            else (),
            tuple(x for x in LUMBAR_LEVELS if any(m.excluded and x in m.levels for m in lvs))
            if any(m.excluded for m in lvs)
            else (),
        )

    @staticmethod
    def _sentence_level(
        text: str,
        s: int,
        e: int,
        ltext: str,
        usable: list[LevelMention],
        specific: list[LevelMention],
        out: list[Stated],
        rx: tuple[Searcher, re.Pattern[str], re.Pattern[str], re.Pattern[str]],
        claimed: list[tuple[int, int]] | None = None,
    ) -> tuple[bool, bool]:
        """Append the alignment and bare-normal statements of named levels to ``out``; return
        (bare normal of no usable level, whole-study normal of no usable level).
        ``claimed``: spans already read as blanket statements ('Canal: L4-5 mild, others
        normal'), whose level mentions state no bare normal.

        ``ltext``: ``text[s:e]`` for ``rx`` (its lower case when ``rx`` are the lower twins)."""
        alignment, level_normal, study_normal, study_lead = rx
        am = alignment.search(ltext)
        if am and _PRIOR_SHOWED.search(ltext, 0, am.start()):
            am = None  # '..., new compared with the plain films, which showed preserved alignment'
        # 'Alignment is anatomic at L4-5 and L5-S1', 'Normal alignment at L4-5', 'L2/3 and L5/S1
        # are normally aligned': those levels (not '... with preserved alignment elsewhere')
        at = None
        if am and not _OTHERWISE.search(text, s + am.start(), s + am.end() + 12):
            a_start, a_end = s + am.start(), s + am.end()
            at = next((m for m in specific if a_end <= m.start < a_end + 12), None)
            if at is not None and not _ALIGNED_AT.fullmatch(text, a_end, at.start):
                at = None
            if at is None:
                at = next(
                    (
                        m
                        for m in specific
                        if m.end <= a_start and _ALIGNED_SUBJECT.fullmatch(text, m.end, a_start)
                    ),
                    None,
                )
            if at is None:
                # 'Alignment in fixed segments L4-S1 is regular': the levels it is told of inside
                inside = [m for m in specific if a_start < m.start and m.end <= a_end]
                if len(inside) == 1 and _ALIGNMENT_OF.fullmatch(text, a_start, inside[0].start):
                    at = inside[0]
        if at is not None:
            out.append(Stated("spondylolisthesis", "absent", False, at.levels, False, True))
        elif am and not any(
            s + am.start() - 30 < m.end
            and m.start < s + am.end()
            and not _OTHERWISE.search(text, m.end, s + am.end())
            for m in specific
        ):
            # a spine-wide statement, also in a run-on sentence naming levels after it; not
            # 'L4-5 alignment is normal' (a named level right before or inside it, unless
            # 'otherwise normal alignment' or 'Alignment: retrolisthesis of L3 on L4, otherwise
            # normal' says the rest of the spine)
            out.append(Stated("spondylolisthesis", "absent", False, LUMBAR_LEVELS, True, True))
        if (
            # (one level, perhaps named twice: 'At T12-L1 level small Schmorl node of the lower
            # endplate of T12, otherwise normal')
            len({m.levels for m in specific}) == 1
            and _OTHERWISE_NORMAL.search(ltext)
            and (
                _LEVEL_LEAD.fullmatch(text, s, specific[0].start)
                or _WHICH_OTHERWISE.fullmatch(text, specific[0].end, e)
            )
        ):
            named = {x.finding for x in out}
            out += [x for x in _bare(specific[0]) if x.finding not in named]
            return False, False
        # 'Mild desiccation of the L4/5 disc, otherwise normal appearances from L1/2 to L4/5'
        if (oc := _OTHERWISE_CLAUSE.search(ltext)) is not None:
            b0 = s + oc.end()
            inside = [x for x in usable if x.start >= b0]
            seg = ltext[oc.end() :]
            for x in reversed(inside):
                seg = seg[: x.start - b0] + " " + seg[x.end - b0 :]
            if inside and level_normal.match(seg):
                said = {(lv, st.finding) for st in out for lv in st.levels or ()}
                for m in inside:  # less what the sentence says first ('L4-5 bulge, otherwise')
                    for st in _bare(m):
                        unsaid = tuple(lv for lv in m.levels if (lv, st.finding) not in said)
                        if unsaid:
                            out.append(st._replace(levels=unsaid))
                return False, False
        # 'All levels are normal apart from L5/S1, where ...', 'Normal except L4-5': the levels
        # of the normal statement but those named after the exception
        if has_exception(ltext, 0, len(ltext)) and (ex := _EXCEPT.search(ltext)) is not None:
            b0 = s + ex.start()
            before = [x for x in usable if x.end <= b0]
            after = [x for x in usable if x.start >= s + ex.end() and not x.blanket]
            seg = ltext[: ex.start()]
            for x in reversed(before):
                seg = seg[: x.start - s] + " " + seg[x.end - s :]
            if (
                after
                and all(x.blanket and not x.except_named for x in before)
                and (
                    # the exception names a level ('apart from L5/S1, where ...'), not a thing
                    # at one ('apart from some facet arthropathy at L5/S1': the level is normal)
                    (
                        _EXCEPT_LEVEL_GAP.fullmatch(text, s + ex.end(), after[0].start)
                        and level_normal.match(seg)
                    )
                    # or the whole study is told normal but a finding at a level ('The MRI of
                    # the lumbar spine was normal except for a mild disc bulge at L5-S1')
                    or study_normal.match(seg)
                )
            ):
                left_out = {lv for x in after for lv in x.levels}
                scope = before[0].levels if before else LUMBAR_LEVELS
                kept = tuple(lv for lv in scope if lv not in left_out)
                if kept:
                    out += [Stated(f, v, False, kept, True, True, False) for f, v in BARE_NORMAL]
                return False, False
        # 'L1-L2 is normal, L2-L3 no disc bulge ...': each level-led segment may be a bare normal
        openers: list[int] = []  # where each level-led clause begins
        for m in usable:
            if (
                m.start == s
                or not text[s : m.start].strip(_OPENING_QUOTES)  # ('"L2-L3 and L3-L4: ...')
                or _OPENS_CLAUSE.search(text, _back(text, s, m.start, 4), m.start)
                or (
                    _OPENS_SCOPE_CLAUSE.search(text, _back(text, s, m.start, 9), m.start)
                    and _SCOPE_VERB.match(text, m.end)
                )
                # 'Evaluation of the individual disc levels: L1-L2 and L2-L3 are unremarkable.'
                or _LEVELS_LABEL.search(text, _back(text, s, m.start, 12), m.start)
                or (
                    _AT_OPENS.search(text, _back(text, s, m.start, 6), m.start)
                    and _AT_OPENS_AFTER.match(text, m.end)
                )
            ):
                openers.append(m.start)
            elif (
                n := _NORMAL_OPENS.search(text, _back(text, s, m.start, 24), m.start)
            ) is not None:
                openers.append(n.start(1))
        if (
            len(openers) == 1
            and openers[0] > s
            and not text[s : openers[0]].strip(_OPENING_QUOTES)
            and _DISC_SUBJECT.search(ltext)
        ):
            # "'Rest of the lumbar discs are normal'": a quoted clause, read as it is unquoted
            # (the discs stated normal)
            openers = [s]
        if len(openers) > 1 or (openers and openers[0] > s):
            done = False
            bounds = [s] + [b for b in openers if b > s]
            pending: list[LevelMention] = []  # 'L1-2, L2-3 unremarkable': a list of openers
            lead_normal = False  # 'Normal levels: L1-2, L2-3': a label calling its list normal
            for i, b0 in enumerate(bounds):
                seg_end = bounds[i + 1] if i + 1 < len(bounds) else e
                inside = [x for x in usable if b0 <= x.start and x.end <= seg_end]
                if claimed and any(a <= x.start < b for x in inside for a, b in claimed):
                    continue
                seg = _blanked(ltext, s, b0 - s, seg_end - s, inside)
                if inside and (_LIST_ONLY.match(seg) or (lead_normal and not seg.strip(" .;,"))):
                    pending += inside
                    continue
                if (
                    not level_normal.match(seg)
                    and (tail := _OWN_CLAUSE_AFTER.search(ltext, b0 - s, seg_end - s)) is not None
                    and all(x.end <= s + tail.start() for x in inside)
                ):
                    # 'L1-2 and L2-3 are normal, alignment is normal'
                    seg = _blanked(ltext, s, b0 - s, tail.start(), inside)
                if level_normal.match(seg):
                    done = True
                    lead_normal = i == 0 and not inside and seg.rstrip().endswith(":")
                    for x in pending + inside:
                        out += _bare(x)
                pending = []
            if lead_normal:
                for x in pending:
                    out += _bare(x)
            if done:
                return False, False
        # 'Alignment is normal and the remaining levels are unremarkable': the levels' clause
        cut = 0
        if (
            am
            and (j := _AND_AFTER.match(ltext, am.end()))
            and all(m.start >= s + j.end() for m in usable)
        ):
            cut = j.end()
        rest = _blanked(ltext, s, cut, len(ltext), usable)
        if "previously" in rest:  # 'The L4/5 level, which previously had a bulge, is now normal'
            rest = _PAST_RELATIVE.sub("", rest)
        if "study" in rest or "exam" in rest or "scan" in rest:
            rest = _ON_THIS_STUDY.sub("", rest)  # '... are normal on today's study'
        # (level_normal's lookahead scans the clause: matched once per value of ``rest``)
        rest_normal = level_normal.match(rest) is not None
        if (
            not rest_normal
            and (tail := _OWN_CLAUSE_AFTER.search(ltext, cut)) is not None
            and all(m.end <= s + tail.start() for m in usable)
        ):
            # 'the remaining levels are unremarkable and alignment is normal', '... and there is
            # no listhesis': the levels' clause, before another clause stating its own finding
            rest = _blanked(ltext, s, cut, tail.start(), usable)
            rest_normal = level_normal.match(rest) is not None
        if (
            not rest_normal
            and has_exception(ltext, 0, len(ltext))
            and (ex := _EXCEPT.search(ltext)) is not None
        ):
            # 'The remaining levels show no significant abnormality apart from Modic type 2
            # change at the L4-L5 endplates': the blanket's levels are normal but the finding's
            # (the remaining levels: those the report leaves undescribed, finding by finding)
            before = [x for x in usable if x.end <= s + ex.start()]
            excepted = {
                lv for x in usable if x.start >= s + ex.end() and not x.blanket for lv in x.levels
            }
            seg = _blanked(ltext, s, 0, ex.start(), before)
            if (
                before
                and excepted
                and all(x.blanket for x in before)
                and level_normal.match(seg)
                and not _DISC_SUBJECT.search(seg)
            ):
                for m in before:
                    kept = (
                        m.levels
                        if m.except_named
                        else tuple(x for x in m.levels if x not in excepted)
                    )
                    out += [st._replace(levels=kept) for st in _bare(m) if kept]
                return False, False
        if (
            not rest_normal
            and (th := _AND_THERE_IS.search(ltext)) is not None
            and (told := [m for m in specific if m.start >= s + th.end()])
            and all(m.start >= s + th.end() or m.blanket for m in usable)
            and level_normal.match(_blanked(ltext, s, th.end(), len(ltext), told))
        ):
            # 'The other lumbar discs are well hydrated and there is no abnormality at L1/2,
            # L2/3 or L3/4': the levels of the clause after 'and there is'
            for m in told:
                out += _bare(m)
            return False, False
        if rest_normal and not _DISC_SUBJECT.search(ltext):
            if usable:
                for m in usable:
                    out += _bare(m)
                return False, False
            return True, _whole_study_normal(study_normal, study_lead, ltext)
        # 'Normal MRI of the lumbar spine.': a blanket mention ('the lumbar spine') is no level
        return False, not specific and _whole_study_normal(study_normal, study_lead, ltext)


#: Default number of sentences a :class:`SentenceCache` remembers (about 100 MB at most).
DEFAULT_CACHE_SIZE = 100_000


class SentenceCache:
    """A bounded LRU of sentence key (:func:`sentence_key`) -> :class:`SentenceFacts`; ``size``
    0 disables it (every sentence is read afresh).

    ``hits`` / ``misses`` count lookups (a disabled cache counts every read as a miss)."""

    def __init__(self, reader: SentenceReader, size: int = DEFAULT_CACHE_SIZE) -> None:
        if size < 0:
            raise ValueError("sentence cache size must be >= 0")
        self.reader = reader
        self.size = size
        self.hits = 0
        self.misses = 0
        self._memo: OrderedDict[str | tuple[str, str, str], SentenceFacts] = OrderedDict()

    def __len__(self) -> int:
        return len(self._memo)

    @property
    def hit_rate(self) -> float:
        """Hits per lookup (0.0 before any lookup)."""
        n = self.hits + self.misses
        return self.hits / n if n else 0.0

    def clear(self) -> None:
        """Forget every entry and reset the counters."""
        self._memo.clear()
        self.hits = self.misses = 0

    def read(self, text: str, start: int, end: int) -> SentenceFacts:
        """The facts of the sentence ``text[start:end]`` of a report ``text``, from the cache
        when it holds them."""
        key, string, s, e = sentence_key(text, start, end)
        memo = self._memo
        facts = memo.get(key)
        if facts is not None:
            self.hits += 1
            memo.move_to_end(key)
            return facts
        self.misses += 1
        facts = self.reader.read(string, s, e)
        if self.size:
            memo[key] = facts
            if len(memo) > self.size:
                memo.popitem(last=False)
        return facts
