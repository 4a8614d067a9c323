"""Findings of one sentence: stenosis relations (site + predicate + grade + side), disc findings,
Modic, listhesis, normal statements, and the level(s) each belongs to.

A stenosis is stated by a site and a predicate next to each other, in either order:
"bilateral foraminal stenosis", "canal is mildly stenotic", "narrowing of the spinal canal",
"stenosis of the canal, both lateral recesses and the left neural foramen", "normal central canal
and right neural foramen", "the canal is widely patent". Per-side grades are read from
"moderate right and severe left neural foraminal narrowing". A site with no predicate
("protrusion extending into the neural foramina") states nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any, Literal, NamedTuple

from spinelab.labeling.context import Scopes
from spinelab.labeling.levels import ROMAN_LUMBAR, LevelMention, LevelParser, discs_between
from spinelab.labeling.regex_literals import Gated
from spinelab.labeling.sections import CHANGE_VERB, PRIOR_WORD, YEAR
from spinelab.labeling.sides import finding_side, side_name, side_pair
from spinelab.labeling.tagger import GRADE_RANK, MODIC_TYPE_NUMBER, Item, Tagger
from spinelab.schema import GRADES, LUMBAR_LEVELS

SITE_FINDING = {
    "canal": ("canal_stenosis",),
    "foraminal": ("foraminal_stenosis_left", "foraminal_stenosis_right"),
    "subarticular": ("subarticular_stenosis_left", "subarticular_stenosis_right"),
}
_MULTILEVEL = re.compile(r"multi|several|multiple", re.I)
#: 'w' and 'w/' for 'with', 'w/o' for 'without': clause words like those they stand for
_W_WITH = r"|\bw/o?|\bw(?=\s)"
_BLOCK_BACK = re.compile(
    r"[.;:]|\b(?:with|causing|due|secondary|resulting|producing|there|from|by|extending|which|that|but|without|than)\b"
    r"|\bindent\w*"  # 'thecal sac indentation and foraminal narrowing': the sac has its own
    + _W_WITH,
    re.I,
)
#: a site and its own state ('Foramina with slight narrowing'), where the site opens its clause
_WITH_GAP = re.compile(r"\s+with\s+(?:at\s+least\s+)?", re.I)
_CLAUSE_OPEN = re.compile(  # ('The right foramen with moderate stenosis', '..., the canal with')
    r"(?:^|[.:;,\n-])[\s*]*(?:(?:the\s+)?(?:both|bilateral|left|right)\s+|the\s+)?$", re.I
)
#: a site a lesion reaches, its state told after 'with' ('extends into the right L4-5 neural
#: foramen with moderate narrowing', 'osteophyte in the left foramen with mild narrowing')
_INTO_OPEN = re.compile(
    r"\b(?:into|in|within)\s+(?:the\s+)?(?:(?:both|bilateral|left|right)\s+)?"
    r"(?:[LT]\d{1,2}[ \t]*[-/][ \t]*[LS]?\d{1,2}\s+)?$",
    re.I,
)
_BLOCK_FWD = re.compile(
    r"[.;:]|\b(?:with|causing|due|secondary|resulting|producing|there|which|that|but|extending|and|or|without|than)\b|,"
    + _W_WITH,
    re.I,
)
_BLOCK_FIRST = re.compile(
    r"[.;:]|\b(?:with|causing|due|secondary|resulting|producing|there|extending|which|that|but|without|than)\b"
    + _W_WITH,
    re.I,
)
#: (not across a line break, nor before one: '\Z', as '$' also matches before a final '\n': a
#: word ending the line before, 'other levels \nSpinal canal', is no verb of the site)
_OBJECT_OF_VERB = re.compile(
    r"(?:\b(?!sided\b)(?!(?:causing|causes|caused|producing|produces|creating|creates|resulting)\b)"
    r"[a-z]+(?:ing|es|ed|s)|\b(?:indentation|impression|effacement|abutment|mass\s+effect)\s+(?:on|over|upon|of))"
    r"[ \t]+(?:the\s+|a\s+)?(?:(?:ventral|dorsal|anterior|posterior|left|right|central|midline)\s+)?\Z",
    re.I,
)
#: a comma alone between a site and its normal word ('Decompressed canal, widely patent.')
_COMMA_GAP_ONLY = re.compile(r"[ \t]*,[ \t]*")
#: between two sides' grades: a comma or a space
_PAIR_GAP = re.compile(r"[ \t]*,?[ \t]*")
#: the end of a clause ('.', ';', a line end or the text's)
_CLAUSE_END = re.compile(r"[ \t]*(?:[.;\n]|\Z)")
#: a clause opened by the site, with at most one word before it ('L4-L5: Decompressed canal')
_CLAUSE_OPEN_WORD = re.compile(
    r"(?:^|[.:;\n])[ \t]*(?:the[ \t]+)?(?:[a-z]+[ \t]+)?(?:the[ \t]+)?\Z", re.I
)
_ON_THE = re.compile(r"\s+(?:(?:on|to|at)\s+the|at|on)\s+", re.I)  # ('at left', 'on left')
_ON_THE_OPT = re.compile(r"\s+(?:(?:on|to)\s+the\s+)?", re.I)
#: 'on the' before a side: the side told after its finding ('stenosis on the right and ...')
_SIDE_AFTER_ITS_FINDING = re.compile(r"\b(?:on|to)\s+the\s+\Z", re.I)
#: a comma, or a dash, between a predicate and its per-side grades ('narrowed - moderately on the
#: left and ...'; with the hedge word _hedged_grades passed over: ', possibly moderate on the right')
_ELIDED_COMMA = re.compile(
    r"\s*,\s*(?:(?:possibly|probably|perhaps|maybe|likely)\s+)?|\s+-\s+|\s*[\u2013\u2014]\s*", re.I
)
#: before the other side's grade or state: a comma, a semicolon ('...; left patent') or 'and'
#: ('right foraminal stenosis severe and left mild')
_SIDE_BREAK = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+", re.I)
#: the same with a comparison's word between ('moderate right foraminal narrowing, unchanged;
#: mild left'): the word (a cue item) is passed over
_UNCHANGED_WORD = "unchanged|stable"
_UNCHANGED = re.compile(_UNCHANGED_WORD, re.I)
#: (or a bracketed aside before the break: 'moderate left foraminal stenosis (concave side of the
#: curve), mild on the right')
_SIDE_BREAK_UNCHANGED = re.compile(
    rf"(?:\s*\([^()\n]{{0,60}}\))?\s*[,;]\s*(?:(?:{_UNCHANGED_WORD})\s*[,;]\s*)?", re.I
)
#: between two sides each graded in a reader's shorthand ('NF: R mild / L normal')
_PAIR_BREAK = re.compile(r"\s*[,;/]\s*|[ \t]{2,}")
#: the gap between the other side and its state ('..., right is patent', 'right side normal')
_SIDE_STATE = re.compile(r"(?:[ \t]*:)?[ \t]+(?:(?:is|are|side)[ \t]+)?", re.I)  # (or 'L: mild')
#: the end of a clause after the other side ('..., mild right side.'; a line's end in a list)
_CLAUSE_END = re.compile(r"[ \t]*(?:side\b[ \t]*)?\n|\s*(?:side\b\s*)?(?:[.;]|$)", re.I)
#: a quotation's end after the other side (a post's "'sev left foraminal stenosis, mod right' and")
_QUOTE_END = re.compile("[ \\t]*[\"'\u2019\u201d]")
#: before a side told after its predicate, or between two ('narrowing on the left', 'narrowing
#: left > right', 'left greater than right')
_SIDES_AFTER_GAP = re.compile(
    r"[ \t]*(?:(?:(?:and|or|nor)[ \t]+)?(?:on|to)[ \t]+the[ \t]+|>+|(?:greater|more|worse)[ \t]+than"
    r"|and|or|nor)?[ \t]*",
    re.I,
)
#: a comma right after a word
_COMMA_AFTER = re.compile(r"[ \t]*,")
#: the thecal (dural) sac: a site that a stenosis word after 'without' need not be of
_SAC = re.compile(r"\bsac\b|dural|thecal", re.I)
#: a stenosis word ('narrowing', 'stenosis'), not another state ('compression')
_NARROW_WORD = re.compile(r"narrow|stenos", re.I)
#: between a site's 'no' and its predicate ('Spinal canal no (widening or) narrowing')
_NO_GAP = re.compile(r"[ \t]+(?:(?:widening|enlargement|dilatation)[ \t]+or[ \t]+)?", re.I)
#: a copula ('is', 'are', 'appears', 'remains')
_IS = r"(?:is|are|was|were|appears?|remains?)"
#: a relative clause on a site before its state ('the left foramen, which is (now) moderately
#: narrowed'), also the object's ('extending into the right foramen, which it severely narrows')
_WHICH_IS = re.compile(r"\s*,?\s*which\s+(?:is|are|it|they)\s+(?:(?:now|also|still)\s+)?", re.I)
_CONJ = re.compile(r"\b(?:and|n?or)\b|[,/&]", re.I)
_NOR = re.compile(r"nor", re.I)
#: what ends a list of sites a predicate governs: a clause word
_LIST_BREAK = re.compile(r"[.;:]|\b(?:with|causing|due|which|that|but|there|without)\b", re.I)
#: another verb, of contact, in a predicate's chain of sites ('compresses the right S1 root and
#: (mildly) indents the thecal sac': the sac is indented, no more; rule 5b)
_CONTACT_VERB = re.compile(
    r"\b(?:indent|abut|contact|efface|flatten|touch|deform|displac)[a-z]*", re.I
)
#: a nerve root subject's verb before its predicate ('the right L3 root is (severely) compressed';
#: none: 'Left S1 root compressed in lateral recess')
_ROOT_COPULA = re.compile(rf"\s+(?:{_IS}\s+(?:(?:also|now|still|[a-z]+ly)\s+)?)?", re.I)
#: a comma and 'the' between two sites, the second its clause's subject ('..., the thecal sac is')
_COMMA_THE = re.compile(r"\s*,\s*the\s+", re.I)
_IS_AFTER = re.compile(rf"\s+{_IS}\b", re.I)
#: only modifiers between a level and the finding it leads ('L3-4 central protrusion')
_MODIFIERS_ONLY = re.compile(
    r"(?:[ \t]+(?!(?:with|and|or|but|at|in|on|causing|due|without)\b)[a-z-]+){0,2}[ \t]+", re.I
)
#: the word 'disc' alone between a level and its finding ('L5-S1 disc herniation')
_DISC_BETWEEN = re.compile(r"[ \t]+(?:dis[ck]|intervertebral\s+dis[ck])[ \t]+", re.I)
#: ... or the levels' verb and the finding's modifiers ('L4-L5 and L5-S1 show mild disc bulges
#: with ... at L5-S1', 'L3-4 demonstrates a small disc bulge with ...')
_LEVEL_VERB_BETWEEN = re.compile(
    r"[ \t]+(?:show|shows|showed|demonstrates?|demonstrated|reveals?|revealed|has|have|had)[ \t]+"
    r"(?:(?:an?|mild|minimal|minor|small|slight|moderate|large|diffuse|broad-?based|circumferential"
    r"|posterior|central|annular|shallow|disc|disk)[ \t]+){0,4}",
    re.I,
)
#: the words before 'levels' of a blanket ('the other', 'all')
_OTHER_LEVELS = r"(?:the\s+)?(?:other|remaining|all)\s+"
#: a copula between a site and its state, after the levels it is of ('foramina at other levels
#: are', 'foramens at all levels are')
_OTHERS_COPULA_GAP = re.compile(
    rf"\s+at\s+{_OTHER_LEVELS}levels\s+(?:is|are|was|were|remains?)\s+", re.I
)
#: a level named in a site's words ('L1/2', 'L1/2 to L3/4 level')
_NAMED_LEVELS = (
    r"(?:the\s+)?[lt]\d{1,2}(?:[ \t]*[-/][ \t]*[lst]?\d{1,2})?"
    r"(?:\s+(?:to|through|and|-)\s+[lt]\d{1,2}(?:[ \t]*[-/][ \t]*[lst]?\d{1,2})?)?"
    r"(?:\s+(?:levels?|segments?))?"
)
#: a site that has or shows its own state ('The spinal canal of other levels shows no obvious
#: stenosis', 'Spinal canal of L1/2 to L3/4 level show no obvious stenosis', 'the canal has no
#: stenosis'), and the words between the cue and the predicate
_HAS_GAP = re.compile(
    rf"(?:\s+(?:at|in|of|on)\s+(?:{_OTHER_LEVELS}(?:levels|segments)|{_NAMED_LEVELS}))?\s+"
    r"(?:shows?|has|have|demonstrates?|reveals?)\s+",
    re.I,
)
_HAS_CUE_GAP = re.compile(
    r"\s+(?:(?:obvious|significant|relevant|definite|apparent|evident|gross)\s+)?", re.I
)
#: between a site's 'without' and its predicate: nothing or a word of time or extent ('Decompressed
#: canal without residual stenosis': the canal's own state, not the foramina's; 'Neuroforamina
#: without relevant narrowing')
_WITHOUT_GAP = re.compile(
    r"\s+(?:(?:residual|recurrent|further|any|focal|relevant|significant)\s+)?", re.I
)
#: a transitive verb's object opening after it ('... narrows the left exit foramen')
_VERB_OBJECT = re.compile(r"\s+(?:(?:up)?on\s+|into\s+)?(?:the|both|its)\s", re.I)
#: a site word used as an adjective of another noun ('a foraminal osteophyte', 'foraminal disc')
_NOUN_AFTER_SITE = re.compile(
    r"[a-z]*[ \t]+(?:dis[ck]\s+)?(?:osteophytes?|spurs?|protrusions?|extrusions?|herniations?|cysts?|"
    r"fragments?|components?|bulges?|complex)\b",
    re.I,
)
#: a predicate's pronoun object ('..., severely narrowing it'), the site before the comma
_IT_AFTER = re.compile(r"\s+(?:it|them)\b", re.I)
_NOT = re.compile(
    r"not|no\s+longer|free\s+of", re.I
)  # negate a verb: the subject before them counts
_OTHER_WORD = re.compile(r"other|further|additional", re.I)
_NO_OTHER = re.compile(
    r"\b(?:no|without)\s+(?:other|further|additional)\s+(?:(?:significant|definite|focal|"
    r"appreciable|disc|bilateral|left|right|central|spinal|neural)\s+){0,3}$",
    re.I,
)

_FIELD_COLON = re.compile(r"[ \t]*:[ \t]*(?!\d)")
#: a field's value saying it was not assessed ('Foramina: not graded', 'Canal: N/A')
NOT_ASSESSED = (
    r"(?:n/a\b|not[ \t]+(?:assess|evaluat|grad|report|measur|scor|applicable)"
    r"|(?:cannot|can\s*not|could\s+not)[ \t]+be[ \t]+(?:assess|evaluat|grad|measur)"
    r"|unable[ \t]+to[ \t]+(?:assess|evaluat|grade)|(?:un|non-?)(?:gradable|assessable|diagnostic))"
)
_NOT_ASSESSED = re.compile(rf"[ \t]*{NOT_ASSESSED}", re.I)
#: the most words of a value part of a field named by a stenosis ('Canal stenosis: ...')
_FIELD_PART_WORDS = 10
#: a clause of cause between a finding and the levels after it ('multilevel PIVD as described
#: causing canal stenosis at L3-4 & L4-5')
_CAUSE_GAP = re.compile(
    r"\b(?:caus\w*|result\w*|produc\w*|lead\w*|with|which|that|as\s+described)\b", re.I
)
#: a stenosis adjective a level's grade may lead in a field's list ('L5/S1 very tight')
_GRADED_ADJECTIVE = re.compile(r"tight|stenotic", re.I)
#: a clause after a part's grade ('L5/S1 very tight bilaterally with compression of the exiting
#: L5 roots')
_PART_CLAUSE = re.compile(r"\s(?:with|causing|compressing|contacting)\b", re.I)
#: a part led by its level ('L5/S1 very tight ...')
_PART_LEVEL = re.compile(r"\s*[lt]\s?\d", re.I)


def _part_words(part: str) -> list[str]:
    """The words of a field's value part, less the clause after the grade of a part led by its
    level ('L5/S1 very tight bilaterally with compression of ...': four words)."""
    if _PART_LEVEL.match(part):
        part = _PART_CLAUSE.split(part, 1)[0]
    return part.split()
#: the rest of a word and the space after it ('Foramina|l narrowing')
_WORD_END_GAP = re.compile(r"[a-z]*[ \t]+", re.I)
#: a disc level leading a field ('- L3/L4 foramina: moderate-severe bilaterally')
_FIELD_LEVEL = (  # (or with no separator before the second's letter: 'L3L4 canal: mild', 'L5S1')
    r"[LlTtDd][ \t]?\d{1,2}(?:[ \t]*[-/][ \t]*(?:[LlSs][ \t]?)?\d{1,2}|[LlSs]\d)[ \t]+"
)
_FIELD_OPEN = re.compile(rf"(?:^|[|:\u2022\n*-])[ \t]*(?:{_FIELD_LEVEL})?$")
#: a spaced slash before a field with its colon, in a line of fields ('L4-L5 : right disc
#: herniation, subligamentous / canal: slight narrowing / right foramen: moderate narrowing')
_SLASH_FIELD_OPEN = re.compile(r"[ \t]/[ \t]*$")
_LEVEL_LEAD = re.compile(rf"[ \t]*{_FIELD_LEVEL}")


def _opens_field(text: str, start: int, head: int) -> bool:
    """Whether a field name at ``head`` opens its clause: only a line start, '|', ':', a bullet
    ('\u2022', '*'), a dash, a sentence end or, after a field, a comma (then spaces) before it,
    maybe with a disc level ('L3/L4 foramina:'), in the sentence from ``start`` or, when the
    sentence starts at ``head`` (or at its level), before the sentence ('  Canal: patent' on an
    indented line)."""
    if _FIELD_OPEN.search(text, start, head):
        return True
    before = text[start:head].rstrip(" \t")
    if before.endswith(",") and ":" in before:
        return True  # a field after another's value ('canal: moderate, foramina: none')
    if before and not _LEVEL_LEAD.fullmatch(text, start, head):
        return False
    j = start
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j == 0 or text[j - 1] in "|:\u2022\n*-.;!?"


#: a site word in the plural ('foramina', 'recesses'): both sides where no side is its own
_PLURAL_SITE = re.compile(r"(?:foramina|foramens|recesses|zones|regions|tunnels|canals)\b", re.I)


def _plural(text: str, site: Item) -> bool:
    """Whether site ``site`` is named in the plural (a whole word: not 'foraminal')."""
    return _PLURAL_SITE.search(text, site.start, min(len(text), site.end + 1)) is not None


#: between a root and the site it lies in ('the left L5 root in the recess')
_ROOT_IN = re.compile(r"\s+(?:in|within)\s+(?:the|its)\s+(?:(?:lateral|subarticular)\s+)?", re.I)
#: 'the' right before a site: one named before ('... into the left foramen, narrowing the foramen')
_THE_BEFORE = re.compile(r"\bthe[ \t]+$", re.I)


def _antecedent_side(text: str, items: list[Item], chain: list[Item]) -> list[Item]:
    """The side of the site that 'the <site>' (one, without a side) names again, from earlier in
    the sentence: 'extends into the left neural foramen, severely narrowing the foramen' gives
    [left]; [] without one such earlier site (or with sites of that kind on both sides)."""
    sites = [it for it in chain if it.kind == "S"]
    if len(sites) != 1 or any(it.kind == "D" for it in chain):
        return []
    site = sites[0]
    if _plural(text, site) or _THE_BEFORE.search(text, max(0, site.start - 8), site.start) is None:
        return []
    i = items.index(chain[0])
    sides: list[Item] = []
    for j in range(1, i):
        it, d = items[j], items[j - 1]
        if it.kind != "S" or it.rule.finding != site.rule.finding:
            continue
        if d.kind == "D" and not text[d.end : it.start].strip(" \t"):
            sides.append(d)
        elif (  # the side of the root in it: 'the left L5 root in the recess, ... the recess'
            j >= 2
            and d.kind == "R"
            and items[j - 2].kind == "D"
            and _ROOT_IN.fullmatch(text, d.end, it.start) is not None
        ):
            sides.append(items[j - 2])
        else:
            return []  # a site of that kind with no side between: not one to name again
    if len({s for d in sides for s in d.rule.sides}) != 1:
        return []
    return [sides[-1]]


#: between a sided subject site's side word and its site: space, maybe the level ('left L2-3')
_SUBJECT_GAP = re.compile(r"[ \t]+(?:[LTS]\d{1,2}(?:[ \t]*[-/][ \t]*[LS]?\d{1,2})?[ \t]+)?", re.I)
#: before a sided subject site, from its clause's opening ('L2-3: The ')
_SUBJECT_LEAD = re.compile(r"[ \t]*(?:the[ \t]+)?", re.I)


def _subject_side(text: str, items: list[Item], chain: list[Item]) -> list[Item]:
    """The side of its clause's subject for a site without one, when the subject is a site of
    the same kind with one side: 'The left L2-3 neural foramen is effaced by tumour, with
    moderate foraminal narrowing' gives [left]; [] otherwise (another side or site of that
    kind between them, or no such subject)."""
    sites = [it for it in chain if it.kind == "S"]
    if len(sites) != 1 or any(it.kind == "D" for it in chain):
        return []
    site = sites[0]
    i = next((j for j, it in enumerate(items) if it is chain[0]), 0)  # (0: a site implied)
    lo = i
    while lo > 0 and items[lo - 1].kind != "B":
        lo -= 1
    if lo + 2 >= i:
        return []
    side, subject = items[lo], items[lo + 1]
    if (
        side.kind != "D"
        or len(side.rule.sides) != 1
        or subject.kind != "S"
        or subject.rule.finding != site.rule.finding
        or _SUBJECT_GAP.fullmatch(text, side.end, subject.start) is None
        or _IS_AFTER.match(text, subject.end) is None
    ):
        return []
    # (from its clause's opening, or at a sentence's start: 'The ' at most)
    lead_from = items[lo - 1].end if lo else max(0, side.start - 4)
    if _SUBJECT_LEAD.fullmatch(text, lead_from, side.start) is None:
        return []
    if any(
        it.kind == "D" or (it.kind == "S" and it.rule.finding == site.rule.finding)
        for it in items[lo + 2 : i]
    ):
        return []
    return [side]


#: a short bracket after a shorthand field's grade ('Canal Schizas B (moderate).')
_TRAILING_PAREN = re.compile(r"[ \t]*\([^()\n]{0,40}\)")
#: a field's two values keyed by sides after them ('Lee 2 / Lee 1 (right / left)')
_SIDE_KEY = re.compile(
    r"[ \t]*(?P<v1>[^/,;()\n]{1,30}?)[ \t]*/[ \t]*(?P<v2>[^/,;()\n]{1,30}?)[ \t]*\([ \t]*"
    rf"{side_pair()}[ \t]*\)[ \t.]*",
    re.I,
)
#: a field's colon after a key of its two sides ('foramen L/R:', 'Subarticular (R/L):'), and the
#: field's two values then ('mild/moderate', 'normal / severe (height 8 mm)'; a note after a
#: comma: 'normal / severely narrowed, right L5 root not visualised separately')
_KEYED_COLON = re.compile(
    rf"[ \t]*\(?[ \t]*{side_pair()}[ \t]*\)?[ \t]*:[ \t]*(?!\d)",
    re.I,
)
_TWO_VALUES = re.compile(
    r"[ \t]*(?P<v1>[^/,;()\n|]{1,30}?)[ \t]*/[ \t]*(?P<v2>[^/,;()\n|]{1,30}?)"
    r"[ \t]*(?:\([^()\n]{0,40}\))?(?:,[^/;()\n|]{1,80})?[ \t.]*",
    re.I,
)
#: between per-side values ('Lee 1 R, Lee 0 L')
#: between a site (or its stenosis word) and the sides' grades after it: a level at most
_SIDED_GAP = re.compile(rf"[ \t]+(?:(?:at[ \t]+)?{_FIELD_LEVEL})?")
#: what opens a shorthand field with no colon ('...; canal mild', '..., L NF severe', 'canal mild
#: and foramina right severe, left mild'), maybe with its level ('..., L4-L5 Schizas B')
_BARE_FIELD_OPEN = re.compile(
    r"(?:[;,|]|(?<![a-z])and[ \t])[ \t]*(?:[LT]\d{1,2}[ \t]*[-/][ \t]*[LS]?\d[ \t]+)?$", re.I
)


#: between the sites of a list ('canal, left foramen', 'canal and the left foramen')
_CONJ_OR_SPACE = re.compile(r"\s*(?:,|and|&)?\s*(?:the\s+)?", re.I)


def _led_by_normal(text: str, items: list[Item], j: int) -> bool:
    """Whether site ``items[j]`` ends a site list opened by a normal word ('patent canal', 'normal
    canal and left foramen'): sides and sites joined by 'and', ',' or spaces back to an N."""
    i = j - 1
    while i >= 0 and items[i].kind in ("S", "D"):
        if not _CONJ_OR_SPACE.fullmatch(text, items[i].end, items[i + 1].start):
            return False
        i -= 1
    return i >= 0 and items[i].kind == "N" and text[items[i].end : items[i + 1].start].isspace()


def _bare_field_end(text: str, items: list[Item], k: int) -> int | None:
    """End of a shorthand field's value right after site ``items[k]``: a grade (the tagger's
    one item also for 'mild-mod'), maybe a side and a bracket after it ('Foramina Lee grade 1
    bilaterally', 'Canal Schizas B (moderate)'), closing its clause, or sides each with its
    grade ('Foraminal narrowing L4-L5 right moderate, left mild'); None when the site is not so
    followed."""
    j = k + 1
    # each side's grade after the site, its stenosis word and its level ('Foraminal narrowing
    # L4-L5 right moderate, left mild')
    if (
        j < len(items)
        and items[j].kind == "P"
        and _WORD_END_GAP.fullmatch(text, items[k].end, items[j].start)
    ):
        j += 1
    if (
        j < len(items)
        and items[j].kind == "D"
        and _SIDED_GAP.fullmatch(text, items[j - 1].end, items[j].start)
    ):
        end = None
        graded = False  # (a side's normal word goes with another side's grade: 'right mild to
        # moderate, left free', 'left free, right mild')
        while (
            j + 1 < len(items)
            and items[j].kind == "D"
            and items[j + 1].kind in ("G", "N")
            and not text[items[j].end : items[j + 1].start].strip()
            # ('right moderate, left mild'; dictated with no comma: 'right moderate left mild')
            and (end is None or _PAIR_GAP.fullmatch(text, end, items[j].start))
        ):
            graded = graded or items[j + 1].kind == "G"
            end = items[j + 1].end
            j += 2
        return end if graded and end is not None and _field_closes(text, items, end) else None
    j = k + 1
    if (
        j >= len(items)
        or not (
            items[j].kind == "G"
            or is_nil(text, items[j])
            # a normal value with its side, another side's after it ('Lee 0 L, Lee 1 R')
            or (
                items[j].kind == "N"
                and j + 1 < len(items)
                and items[j + 1].kind == "D"
                and not text[items[j].end : items[j + 1].start].strip()
            )
        )
        or text[items[k].end : items[j].start].strip()
    ):
        return None  # (an empty value is a negation cue: 'canal none', 'foramina nil')
    end = items[j].end
    if (
        j + 1 < len(items)
        and items[j + 1].kind == "D"
        and not text[end : items[j + 1].start].strip()
    ):
        end = items[j + 1].end
        # per-side values after a sided first one ('Foramina Lee 1 R, Lee 0 L', 'mild R, normal L')
        i = j + 2
        while (
            i + 1 < len(items)
            and items[i].kind in "GN"
            and items[i + 1].kind == "D"
            and _COMMA_GAP_ONLY.fullmatch(text, end, items[i].start)
            and not text[items[i].end : items[i + 1].start].strip()
        ):
            end = items[i + 1].end
            i += 2
    elif (
        k
        and items[k - 1].kind == "D"
        and len(items[k - 1].rule.sides) == 1
        and not text[items[k - 1].end : items[k].start].strip()
    ):  # the other side's grade after a sided site's ('Right foramen moderate, left mild')
        i = j + 1
        while (
            i + 1 < len(items)
            and items[i].kind == "D"
            and len(items[i].rule.sides) == 1
            and items[i].rule.sides != items[k - 1].rule.sides
            and items[i + 1].kind in "GN"
            and _COMMA_GAP_ONLY.fullmatch(text, end, items[i].start)
            and _SIDE_STATE.fullmatch(text, items[i].end, items[i + 1].start)
            and _GRADE_END.match(text, items[i + 1].end)
        ):
            end = items[i + 1].end
            i += 2
    if (paren := _TRAILING_PAREN.match(text, end)) is not None:
        end = paren.end()
    return end if _field_closes(text, items, end) else None


def _field_closes(text: str, items: list[Item], end: int) -> bool:
    """Whether a shorthand field's value ends at ``end``: its clause ends, or 'and' opens the
    next field there ('canal mild and foramina moderate')."""
    if _GRADE_END.match(text, end):
        return True
    nxt = next((x for x in items if x.start >= end), None)
    return (
        nxt is not None
        and nxt.kind in ("S", "D")
        and _AND_GAP.fullmatch(text, end, nxt.start) is not None
    )


#: a negation word standing as a value ('R mild, L nil', 'canal nil')
_NIL_WORDS = frozenset(("nil", "none"))


def is_nil(text: str, it: Item) -> bool:
    """Whether ``it`` is a negation word standing as a value ('L nil', 'canal none')."""
    return it.kind == "C" and text[it.start : it.end].lower() in _NIL_WORDS


def site_nil(text: str, items: list[Item]) -> bool:
    """Whether a site is followed right by a negation word as its value: shorthand of a field
    ('canal nil', 'NF none'), as 'canal mild' is of a grade."""
    return any(
        a.kind == "S" and is_nil(text, b) and not text[a.end : b.start].strip()
        for a, b in pairwise(items)
    )


def _states_none(text: str, it: Item) -> bool:
    """Whether ``it`` states its site normal by itself: a normal word ('patent', 'normal') or a
    negation word standing as a value ('right none', 'L nil')."""
    return it.kind == "N" or is_nil(text, it)


def _field_value(inner: list[Item], negated: bool, text: str) -> str | None:
    """The value one part of a field states (its items ``inner`` of ``text``): none when negated,
    a normal word or a side's 'none' ('left none, right mild'), else its grade, else present for
    a stenosis word; None when it states nothing."""
    if negated or any(x.kind == "C" and x.rule.category == "negation" for x in inner):
        return "none"
    grade = _grade_of(inner)
    if grade is not None:
        return grade
    if any(_states_none(text, x) for x in inner):
        return "none"
    if (graded := next((x for x in inner if x.kind == "P" and x.rule.grade), None)) is not None:
        return str(graded.rule.grade)  # ('Lateral recess: R obliterated'): severe
    if any(x.kind == "P" or (x.kind == "C" and x.rule.category == "hedge") for x in inner):
        return "present"  # ('Foramina: narrowed', '... questionable on the left')
    return None


def _field_parts(text: str, a: int, b: int, items: list[Item]) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each value part of a field ``[a, b)`` (:data:`_FIELD_PART`), two
    parts joined where one item spans them ('Normal/Mild at all levels')."""
    out: list[tuple[int, int]] = []
    for part in _FIELD_PART.finditer(text, a, b):
        p0, p1 = part.start(), part.end()
        if out and any(x.start < out[-1][1] and x.end > out[-1][1] for x in items):
            out[-1] = (out[-1][0], p1)
        else:
            out += _side_runs(text, p0, p1, items)
    return out


def _side_runs(text: str, a: int, b: int, items: list[Item]) -> list[tuple[int, int]]:
    """A field's part ``[a, b)`` cut before each side told with its state ('L nil') after an
    earlier side's, across spaces alone from that state or a wide gap ('R severe   L nil',
    'L nil R mild', 'R severe - compressing the root   L nil' -> 'R severe ...', 'L nil': each
    side its own part, so one side's 'nil' negates no other); the part whole otherwise."""
    inner = [x for x in items if a <= x.start and x.end <= b]
    # (each item: a side of its own, its state right after it)
    told = [
        d.kind == "D"
        and len(d.rule.sides) == 1
        and (g.kind == "G" or _states_none(text, g))
        and not text[d.end : g.start].strip(" \t:")
        for d, g in pairwise(inner)
    ]
    cuts: list[int] = []
    for i in range(2, len(told)):
        prev, d = inner[i - 1], inner[i]
        if (
            told[i]
            and any(told[: i - 1])
            and (
                (
                    (prev.kind == "G" or _states_none(text, prev))
                    and not text[prev.end : d.start].strip()
                )
                or text.endswith("  ", a, d.start)
            )
        ):
            cuts.append(d.start)
    return list(pairwise([a, *cuts, b])) if cuts else [(a, b)]


def _lone_sides(inner: list[Item]) -> set[str]:
    """The sides of a field's part that holds sides alone ('left' in 'left, severe; right,
    mild': its grade is the next part's), else the empty set."""
    if inner and all(x.kind == "D" for x in inner):
        return {s for x in inner for s in x.rule.sides}
    return set()


def _each_after_its_grade(grades: list[Item], things: list[Any]) -> bool:
    """Whether two or more ``things`` (sides, level mentions: anything with ``start``/``end``)
    each follow a grade of their own, in turn: grade, thing, grade, thing ('moderate on the left
    and mild on the right', 'moderate at L4/5 and mild at L3/4')."""
    return (
        len(things) >= 2
        and len(grades) == len(things)
        and all(g.end <= t.start for g, t in zip(grades, things, strict=True))
        and all(t.end <= g.start for t, g in zip(things, grades[1:], strict=False))
    )


def _side_grades(sides: list[Item], grades: list[Item]) -> list[tuple[set[str], str]]:
    """Each of two or more sides with its own grade, when they alternate either way: side, grade
    ('right mild and left severe') or grade, side ('moderate on right, mild on left'); [] when
    they do not."""
    if _each_after_its_grade(grades, sides) or _each_after_its_grade(sides, grades):
        return [(set(d.rule.sides), g.value) for d, g in zip(sides, grades, strict=True)]
    return []


def _side_run_end(text: str, items: list[Item], n: int) -> int:
    """The index after the run of side items from ``items[n]``, each joined to the item before
    it as sides told after a predicate are ('narrowing left > right', 'left and right')."""
    while n < len(items):
        if (  # ('neither on the right nor on the left': the cue 'nor' between two sides)
            items[n].kind == "C"
            and text[items[n].start : items[n].end].lower() == "nor"
            and n + 1 < len(items)
            and items[n + 1].kind == "D"
            and _SIDES_AFTER_GAP.fullmatch(text, items[n - 1].end, items[n + 1].start)
        ):
            n += 2
        elif items[n].kind == "D" and _SIDES_AFTER_GAP.fullmatch(
            text, items[n - 1].end, items[n].start
        ):
            n += 1
        else:
            break
    return n


def _sided(names: tuple[str, ...], sides: set[str]) -> list[str]:
    """The finding names of a site that the ``sides`` said keep (both sides when none is)."""
    return [n for n in names if len(names) < 2 or not sides or n.rsplit("_", 1)[1] in sides]


#: a field's last part for the levels its list left out ('Canal: L4-5 mild, others none')
_OTHERS_NONE = re.compile(
    r"\s*(?:and\s+)?(?:(?:the\s+)?(?:others|rest|remainder)|(?:all\s+)?(?:the\s+)?(?:other|remaining)"
    r"\s+levels)\s+(?:none|nil|normal|patent|negative|clear|unremarkable)\s*[.]?\s*"
    r"|\s*(?:none|nil|normal|patent|negative|clear)\s+(?:elsewhere|at\s+(?:all\s+)?(?:the\s+)?"
    r"(?:other|remaining)\s+levels)\s*[.]?\s*",
    re.I,
)
#: the values of a field: parted by commas, or by a slash between sides ('mod L / mild R')
_FIELD_PART = re.compile(
    r"(?:[^,/;]|/(?!\s*(?:(?:very\s+)?(?:mild|moderate|severe|minimal|mod|sev|min|patent|normal|nl|none|no)\b|[LR]\b)))+",
    re.I,
)
#: (a ';' before a side goes on, or before a grade and its side: 'Neural foramina: Right mild;
#: left normal', 'Foramina: R patent; ?mild L'; and a side's own label: 'NF L: none; R: mild')
_FIELD_END = re.compile(
    r"(?<![^a-z][lr]t)(?<![^a-z]bilat)(?<![^a-z]poss)(?<![^a-z]prob)(?<![^a-z]dx)(?<![^a-z]sin)\.|[|\n]|;(?![ \t]*(?:\?[ \t]*)?(?:(?:mild|moderate|severe|mod|sev|minimal)"
    r"[ \t]+)?(?:left|right|[LR])\b)|\b(?!(?:[lr]|left|right)[ \t]*:)[a-z](?:[a-z]|[ ](?![-/])|[-/](?![ -])){0,24}:(?!\d)",
    re.I,
)
_WITH_GRADE = re.compile(
    r"\s*,?\s*(?:with|causing|resulting\s+in|producing)\s+(?:[a-z]+(?:[\s-]+to[\s-]+|-)?)*?[a-z]*\s*",
    re.I,
)
#: an article opening a site of its own after another ('the left lateral recess and the foramina')
_OWN_ARTICLE = re.compile(r"\b(?:and|or|,)\s+(?:the|its|their|both)\s+", re.I)
# 'the left foramen is narrowed; the right is patent': a side standing for the site just named
_SIDE_FOR_SITE = re.compile(  # after the relation, its cause may come first ('... by scar;')
    # or its grade and side ('narrowing moderate on the left. the right is ok'), or its grade
    # ('the left foramen is narrowed moderately, the right is free')
    r"(?:\s+(?:(?:mild|moderate|severe|minimal)(?:ly)?\s+)?(?:on\s+the\s+)?(?:left|right)"
    r"|\s+(?:mild|moderate|severe|minimal|slight|marked)(?:ly)?)?"
    # or its level ('... in the left foramen at L5-S1; right side preserved')
    r"(?:\s+(?:at|of)\s+(?:the\s+)?[LTS]\s?-?\s?\d{1,2}(?:\s*[-/]\s*(?:[LTS]\s?-?\s?)?\d{1,2})?)?"
    r"(?:\s+(?:by|due\s+to|from|secondary\s+to|because\s+of)\s+[^;,.]{1,40}?)?"
    # or where in the site ('mildly narrowed at its outer margin; the left is patent')
    r"(?:\s+(?:at|in|along)\s+(?:its|the)\s+(?:outer|inner|lateral|medial|upper|lower|inferior|superior)"
    r"\s+(?:margin|aspect|portion|part|zone|edge))?"
    # or its root ('moderately narrowed with the left L5 nerve abutted; the right is mildly
    # narrowed', '... abutting the exiting L4 root, the right ...')
    r"(?:\s*,?\s+(?:with|abutting|contacting|compressing|touching|impinging\s+(?:on|upon))\s+"
    r"[^;,.()]{0,40}?\b(?:nerve|root)s?\b(?:\s+(?:abutted|contacted|compressed|touched|impinged))?)?"
    # ('..., and the one on the right is moderately narrowed')
    r"(?:\s*[;,.]\s*(?:(?:and|but|while|whereas)\s+)?|\s+(?:and|but|while|whereas)\s+)"
    r"(?:the\s+)?(?:one\s+on\s+the\s+)?",
    re.I,
)
#: 'foraminal narrowing is seen on the left': a stated site's side after its verb
_SEEN_ON_THE = re.compile(
    r"\s+(?:is|are)\s+(?:(?:also|only|again|best)\s+)?(?:seen|noted|present|identified|"
    r"demonstrated|evident|appreciated|visible)\s+(?:on|to)\s+the\s+",
    re.I,
)
#: '... of the right neural foramen and moderate narrowing of the left': a side after its state
_OF_THE_SIDE = re.compile(r"\s+(?:of|on|in)\s+(?:the\s+)?", re.I)
_SIDE_ENDS = re.compile(r"\s*(?:[.;,]|$|and\b|but\b)", re.I)
# '(mild, left)' after a level; '(severe, left; ...' cut by the sentence split at ';'
_LEVEL_PAREN = re.compile(r"[ \t]*\(\s*([^();]{1,60}?)\s*(?:\)|(?=;)|$)")
_BARE_GAP = re.compile(r"[ \t]*:?[ \t]*")
#: 'as' before a grade a reader gives ('I would characterize the narrowing as mild'), after a
#: verb of grading (_GRADED_AS) before the finding
_GRADED_AS = re.compile(
    r"\b(?:characteri[sz]e|grade|describe|consider|regard|classify|rate|call|interpret|read)\b", re.I
)
#: a colon after a grade, opening what it is measured by ('stenosis, severe: height 8 mm')
_GRADE_COLON = re.compile(r"[ \t]*:(?![ \t]*(?:mild|moderate|severe|none|normal)\b)", re.I)
#: a present mark opening a bracket before its grade ('canal stenosis (+, moderate)')
_PLUS_MARK = re.compile(r"[ \t]*\([ \t]*\+[ \t]*,[ \t]*")
#: a parenthesis opening per-side grades after a sited predicate ('foraminal stenosis (L severe,')
_PAREN_OPEN = re.compile(r"[ \t]*\([ \t]*")
#: a numbered grade opening a bracket that names it ('canal stenosis grade 1 (mild)')
_NUMBERED_PAREN = re.compile(r"[ \t]+(?:grade|degree)[ \t]*(?:[0-4]|i{1,3}|iv)[ \t]*\([ \t]*", re.I)
#: between a predicate and its grade after it ('stenosis (mild)', 'stenosis mild', 'stenosis: mild')
_POST_GRADE_GAP = re.compile(r"[ \t]*[(:,]?[ \t]*")
#: what opens per-side grades after a sited predicate: a parenthesis, a colon or an arrow
#: ('foraminal stenosis: R mild, L nil', 'foraminal stenosis -> R mild, L nil')
_PAIRS_OPEN = re.compile(r"[ \t]*(?:[(:]|-+>|=>|\u2192)[ \t]*")
#: the gap before the first side of the pairs: none, a colon or an arrow ('NF: R mild')
_PAIRS_GAP = re.compile(r"[ \t]*(?::|-+>|=>|\u2192)?[ \t]*")
#: between two sides' grades in parentheses ('(left severe and right moderate)')
_PAREN_PAIR_BREAK = re.compile(r"\s*[,;/]\s*(?:and\s+)?|\s+and\s+|[ \t]{2,}", re.I)
#: a comma opening per-side grades after a site or its predicate, the side perhaps with 'on the'
#: ('foramina are narrowed, on the right mild, left severe', 'narrowing, right mild')
_PAIRS_COMMA = re.compile(r"[ \t]*,[ \t]*(?:(?:on|to)[ \t]+the[ \t]+)?", re.I)
#: between two sides' grades ('R mild / L nil', 'right mild and left severe', ', on the left')
_SIDES_BREAK = re.compile(
    # (or a space alone, before the next side's letter: 'NF: R mild L moderate')
    r"(?:\s*[,;/]\s*(?:and\s+)?|\s+and\s+)(?:(?:on|to)\s+the\s+)?|[ \t]+",
    re.I,
)
_SIDE_IS = re.compile(r"[ \t]+(?:is|are)[ \t]+", re.I)
#: a measurement in parentheses ('(AP diameter 9 mm)'), no gap between two sites
_MEASURE = re.compile(r"\s*\([^()\n]{0,40}\d[^()\n]{0,20}\)\s*")
_WHICH = re.compile(r"which", re.I)
_SIDE_OPENING = re.compile(  # a clause opening with the side its sites are on, or headed by it
    r"(?:(?<=[.;:\n])|^)\s*(?:on\s+the\s+(?:[a-z]+\s+)?\(?\s*(?P<side>left|right)\s*\)?"
    r"(?:\s+side)?\s*,?|(?P<label>left|right)(?:\s+side)?\s*:)"
    r"\s*(?:there\s+(?:is|are)\s+|the\s+|no\s+|there\s+is\s+no\s+)?$",
    re.I,
)
#: a side and its state with no copula ('...; right side preserved', '..., left patent')
_BARE_SIDE_STATE = re.compile(r"(?:[ \t]+side)?[ \t]+", re.I)
_COMMA_OR_SEMI = re.compile(r"[;,]")
_SIDE_COPULA = re.compile(
    r"(?:\s+(?:one|side))?\s+(?:is|are|appears?|remains?)\s+(?:(?:also|now|still)\s+)?", re.I
)
_PAREN_GRADE = re.compile(r"\s*\(\s*([a-z][a-z -]{0,28}?)\s*\)", re.I)
#: between a grade and the grade it replaces ('moderate rather than mild')
_RATHER_THAN = re.compile(r"\s+rather\s+than\s+", re.I)
#: a kind of the finding denied beside another kind ('isthmic rather than degenerative
#: listhesis'); not 'a bulge rather than a herniation'
_OTHER_KIND = re.compile(
    r"\b(?:rather\s+than|instead\s+of)\s+(?:degenerative|isthmic|dysplastic|congenital|traumatic"
    r"|pathologic(?:al)?|spondylolytic|iatrogenic|acute|chronic)\s+\Z",
    re.I,
)
_RECURRENT = re.compile(r"\b(?:recurren(?:t|ce)|residual|re-?herniat\w*)\b[\w\s-]*$", re.I)
_SIDE_GAP = re.compile(
    r"(?:\s+sides?\b)?\s*(?:,\s*)?(?:(?:is|are|and|but|on|to|at|the|side|sides)\s+)*"
    r"(?:on\s+the\s+|to\s+the\s+)?",
    re.I,
)
_AND_COPULA = re.compile(
    r"(?:\s+(?:at|in)\s+(?:the\s+)?[\w\s,/–-]{0,40}?)?\s+and\s+(?:is|are)\s+(?:\w+\s+)?", re.I
)
_OR_AT = re.compile(r"\s*,?\s*(?:or|and)\s+(?:at|in)\s+(?:the\s+)?", re.I)
_AND_GAP = re.compile(r"\s+and\s+", re.I)
#: the same, or a comma, between a graded side and a negated one ('mild left, no right foraminal
#: stenosis')
_SIDE_AND_GAP = re.compile(r"\s+and\s+|\s*,\s*(?:and\s+)?", re.I)
_COPULA = re.compile(r"\b(?:is|are|appears?|remains?|looks?)\b", re.I)
_OF_OBJECT = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:both|bilateral|left|right|[a-z]+ly|mild|moderate|severe)\s+)*(?:the\s+)?$",
    re.I,
)
_PREP_END = re.compile(  # (a note in brackets first: 'Modic type 1 changes (oedema) at L4-L5')
    r"^\s*(?:(?:[\w/-]+|\([^()]{1,40}\))\s+){0,5}?(?:at|in|involving|of|from|through|on|across|to|along|within|about|around)\s+(?:the\s+)?(?:level\s+of\s+(?:the\s+)?)?"
    # ('Modic type 2 change at the anterior L4-L5 endplates')
    r"(?:(?:anterior|posterior|superior|inferior|opposing|apposing|adjacent|contiguous)\s+)?$",
    re.I,
)
_WITH_AT = re.compile(  # 'a broad-based bulge with a small superimposed protrusion at L5-S1'
    r"^\s+with\s+(?:an?\s+)?(?:[\w/-]+\s+){0,6}?(?:at|in)\s+(?:the\s+)?$", re.I
)
#: nothing but closing punctuation to a sentence's end
_SENTENCE_REST = re.compile(r"[\s.;,:)\]]*")
_CONJ_GAP = re.compile(  # (quotes around: '"... stenosis" and "L5-S1 mild bulge"'; its noun
    # after a participle: 'L4-L5 herniated disc + L5-S1 bulge')
    r"[\s\"'\u201c\u201d]*(?:dis[ck]s?\s*)?(?:,\s*(?:and\b|&|or\b)?|and\b|&|\+|or\b)[\s\"'\u201c\u201d]*",
    re.I,
)
#: a disc finding right after a level: the level heads a statement of its own
LEADS_NEXT = re.compile(
    r"\s+(?:(?:mild|moderate|severe|small|large|minimal|diffuse|broad[\s-]*based|focal|central|"
    r"posterior|posterocentral|paracentral|left|right)\s+){0,3}(?:dis[ck]|bulg|buldg|protru|"
    r"herni|extru|pivd|hnp)",
    re.I,
)
#: the rest of a Modic change's noun before its levels ('Modic 2 endplate changes L2/3 and L3/4')
_MODIC_NOUNS = re.compile(
    r"\s+(?:(?:end\s*-?\s*plates?|(?:bone\s+)?marrow|signal|changes?|alterations?)\s+){1,4}", re.I
)
_FOLLOW_BLOCK = re.compile(r"[,;:]|\bthere\s+(?:is|are)\b|\bbut\b", re.I)
#: a site's measure right after it ('the canal calibre', 'the canal's width')
_SITE_MEASURE = re.compile(
    r"^(?:'s)?\s*(?:calibre|caliber|width|diameter|lumen|dimensions?|amplitude)\b", re.I
)
#: a finding denied of a thing just named ('there is no protrusion with it'): not spine-wide
_WITH_IT = re.compile(r"\s+(?:with|in|from|of)\s+(?:it|them)\b", re.I)
_LEVELISH = re.compile(r"(?<![a-z])(?:[LSB]WK|[LTSD])\s?-?\s?\d", re.I)
_ONE_LEVEL = (  # ('L4 5': a recogniser's level; 'L4 L5'; 'LWK 4/5', 'LWK 5/SWK 1': German)
    r"(?:[LSB]WK|[LTSD])\s?-?\s?\d{1,2}"
    r"(?:\s*[-/–]\s*(?:(?:[LS]WK|[LTS])\s?-?\s?)?\d{1,2}|[ \t]?[LS]\d(?!\d)|[ \t][1-5](?![0-9.]))?"
)
#: (a range may be spaced dashes: 'foramina at L3-L4 - L5-S1 are mildly narrowed')
_LEVEL_LIST = (
    rf"{_ONE_LEVEL}(?:(?:\s*(?:,|and|&|or|,\s*and|,\s*or|through|thru|to)\s*|\s+[-–]\s+)"
    rf"{_ONE_LEVEL})*"
)
_HEDGED_COPULA = re.compile(  # 'the canal is possibly', 'the left foramen may (be)', 'Foramina,
    # probably mild narrowing', 'Right neural foramen L4-L5 maybe narrowed' (its level between)
    rf"(?:\s+(?:at\s+)?{_ONE_LEVEL})?"
    r"(?:\s+(?:(?:is|are|appears?|remains?|seems?)\s+[a-z]+|may|might|could)"
    r"|,?\s+(?:probably|possibly|likely|presumably|maybe|perhaps))",
    re.I,
)
#: a level's field between a site's heading and its own colon ('Foramina: L4-L5: ...')
_LEVEL_FIELD = re.compile(rf"[ \t]*{_LEVEL_LIST}[ \t]*", re.I)
#: a side after the predicate before a repeat ('narrowed bilaterally at L2-3, and ...'), and the
#: repeat's own side and level right after it ('..., and severely narrowed bilaterally at L4-5')
_REPEAT_SIDED = re.compile(r"\s+(?:bilaterally|on\s+both\s+sides|on\s+the\s+(?:left|right))\b", re.I)
_REPEAT_TAIL = re.compile(
    rf"(?:\s+(?:bilaterally|on\s+both\s+sides|on\s+the\s+(?:left|right)))?\s+(?:at|in)\s+(?:the\s+)?"
    rf"{_LEVEL_LIST}",
    re.I,
)
#: between a predicate and its repetition at another level: the first one's level (after its
#: side), perhaps a 'with' phrase of what it does, then a comma or 'and' ('... narrowed at L2-3,
#: moderately narrowed at L3-4'; 'severe narrowing of the thecal sac at L4/5 with crowding of the
#: cauda equina nerve roots, and moderate narrowing at L3/4')
_REPEAT_GAP = re.compile(
    r"(?:\s+(?:bilaterally|on\s+both\s+sides|on\s+the\s+(?:left|right)))?"
    rf"\s+(?:at|in)\s+(?:the\s+)?{_LEVEL_LIST}(?:\s+with\s+[^,.;:()]{{1,60}}?)?"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:is|are)\s+)?",
    re.I,
)


#: a grade after its level, ending the clause ('bilateral foraminal narrowing L4/5 mild.')
_LEVEL_GAP = re.compile(rf"\s+(?:(?:at|in)\s+(?:the\s+)?)?{_LEVEL_LIST}\s+", re.I)
#: the same before a comma ('Bilateral foraminal stenosis at L4-L5, moderate on the left and ...')
_LEVEL_COMMA = re.compile(rf"\s+(?:(?:at|in)\s+(?:the\s+)?)?{_LEVEL_LIST}\s*,\s*", re.I)
#: the end of a clause after a trailing grade ("... L4/5 mild.", "..., left is mild)")
_GRADE_END = re.compile(r"[ \t]*(?:[.;,)|\n]|$)")
#: the same, or a conjunction opening the next clause ('... is moderate and the right ...')
_GRADE_AND_END = re.compile(r"[ \t]*(?:[.;,)\n]|$|and\b|but\b)")
_COPULA_GAP = re.compile(  # 'stenosis (at L4-5)(, which) is (now) ...'
    rf"(?:\s+(?:at|in|of)\s+(?:the\s+)?{_LEVEL_LIST})?(?:,?\s+which)?\s+{_IS}\s+(?:(?:also|now|still|only)\s+){{0,2}}",
    re.I,
)
_AS_GAP = re.compile(  # (see _GRADED_AS: 'the canal narrowing at T12/L1 as moderate')
    rf"(?:\s+(?:at|in)\s+(?:the\s+)?{_LEVEL_LIST})?\s+as\s+(?:being\s+)?", re.I
)
#: levels named by what was done there ('the fused levels', 'the operated level')
OPERATED_LEVELS = (
    r"(?:fused|fusion|operated|operative|instrumented|decompressed|surgical|laminectomy"
    r"|laminotomy|decompression|(?:micro)?discectomy)\s+(?:levels?|segments?)\b"
)
_LEVEL_ONLY = re.compile(  # a level (list) between a site and its state: 'canal at L4-5 is',
    # 'foramina at L4-L5 show', 'Foramina of L4-L5 are narrowed', 'foramina from L1-2 to L3-4 are'
    # ('Spinal canal at level L1-L3 of normal width', 'Neuroforamens on all levels are free')
    rf"\s+(?:(?:at|in|on|of|from)\s+(?:the\s+)?(?:levels?\s+)?)?(?:{_LEVEL_LIST}"
    r"|(?:at|in|on)\s+(?:these|those|both|all|each\s+of\s+these)\s+(?:two\s+|three\s+)?"
    r"(?:levels|segments)"
    r"|(?:at|in)\s+(?:this|that|each|the\s+same)\s+(?:level|segment)"
    # ('The spinal canal of other segments is not narrow', a translation's word order)
    r"|(?:at|in|of)\s+(?:all\s+)?(?:the\s+)?(?:other|remaining|upper)\s+(?:lumbar\s+)?(?:disc\s+)?"
    r"(?:levels|segments)"
    # ('The central canal at the fused levels appears decompressed')
    rf"|(?:at|in|of)\s+(?:the\s+)?{OPERATED_LEVELS})"
    rf"(?:\s+(?:levels?\s+)?(?:{_IS}|shows?|demonstrates?|reveals?))?"
    r"(?:\s+(?:now|still|currently|also|well|widely|adequately|fully))?\s+",
    re.I,
)
#: a level right before its own elided grade, the grade ending its clause ('L4-L5 severe
#: stenosis, L3-L4 moderate, and ...'): the gap after the level, and what follows the grade
_LEVEL_THEN_GRADE = re.compile(r"[ \t]+")
_ELIDED_GRADE_END = re.compile(r"[ \t]*(?:[,;.\n]|and\b|$)", re.I)
#: the sides a grade may have before its level ('mild bilaterally at', 'moderate on the left at')
_GRADE_SIDES = (
    r"\s*(?:(?:bilaterally|bilateral|on\s+both\s+sides|(?:on\s+the\s+)?(?:left|right)(?:-sided)?)\s*)?"
)
#: a grade's own side before 'and' a second grade ('moderate on the left and mild on the right at')
_SIDE_THEN_AND = re.compile(
    r"\s*(?:on\s+the\s+)?(?:left|right)(?:-sided)?\s*,?\s+and\s+", re.I
)
_AT_LEVEL = r"(?:at|in)\s+(?:the\s+)?(?:levels?\s+(?:of\s+(?:the\s+)?)?)?"
_ELIDED_GAP = re.compile(_GRADE_SIDES + rf"(?:,\s*)?(?:{_AT_LEVEL})?", re.I)
#: the same with 'at' or 'in' before the level ('... and mild on the right at L3-4')
_ELIDED_AT = re.compile(_GRADE_SIDES + r"(?:,\s*)?" + _AT_LEVEL, re.I)
#: the levels named before, referred back to ('these levels', 'both discs', 'the same segments')
_BACK_WORDS = r"both|these|each\s+of\s+these|the\s+(?:above|same)"
_LEVEL_NOUNS = r"(?:two\s+|three\s+)?(?:levels|discs|disc\s+levels|segments)"
#: ... or the levels named before it ('moderate on the right at L4/5 and L5/S1 and mild on the left
#: at those levels'): group ``at`` opens the reference
_ELIDED_BACK = re.compile(
    _GRADE_SIDES + r",?\s*"
    rf"(?P<at>(?:at|in)\s+(?:those|{_BACK_WORDS})\s+{_LEVEL_NOUNS})\b",
    re.I,
)
#: 'and (the)' between a graded site and the next ('... the right foramen moderately and the left
#: foramen mildly')
_AND_THE = re.compile(r"\s*,?\s+and\s+(?:the\s+)?", re.I)
_AND_OF = re.compile(  # 'narrowing of the right foramen at L4/5 and of both foramina ...'
    rf"(?:\s+(?:at|in)\s+(?:the\s+)?{_LEVEL_LIST}(?:\s+levels?)?)?\s*,?\s*(?:and|or|but)\s+"
    r"(?:also\s+)?(?:of|in)\s+(?:the\s+)?",
    re.I,
)
#: the words of an exception ('patent except at L5-S1', 'normal apart from L5/S1')
EXCEPT_WORD = (
    r"(?:except(?:\s+(?:for|at|in))?|with\s+the\s+exception\s+of|apart\s+from|other\s+than"
    r"|save\s+for)"
)
_EXCEPT = re.compile(rf"\b{EXCEPT_WORD}\b", re.I)


def has_exception(text: str, start: int, end: int) -> bool:
    """A cheap test for :data:`EXCEPT_WORD` in ``text[start:end]`` (before its regex)."""
    return (
        text.find("xcept", start, end) >= 0
        or text.find("XCEPT", start, end) >= 0
        or text.find("part from", start, end) >= 0
        or text.find("other than", start, end) >= 0
        or text.find("save for", start, end) >= 0
    )
#: a side an exception is told on ('except on the left at L5/S1')
#: the side an exception names, around its level ('except on the left at L5/S1', 'except at L5/S1
#: on the right')
_EXCEPT_SIDE = re.compile(
    r"\s*(?:on\s+the\s+(?P<side>left|right)\b|(?:at\s+)?(?:the\s+)?[LTS]\s?\d[^,;.]{0,12}?\s+on\s+the\s+"
    r"(?P<side2>left|right)\b"
    # 'patent apart from probable mild left foraminal narrowing at L4/5' (one side named)
    r"|(?:for\s+)?(?:(?:an?|the|some|probable|possible|minimal|mild|moderate|severe|slight)\s+)*"
    r"(?P<side3>left|right)\b(?![^,;.]{0,60}\b(?:left|right|both|bilateral(?:ly)?)\b))",
    re.I,
)
_ON_A_SIDE = r"on\s+the\s+(?:left|right)\b(?:\s+side\b)?\s*"
# the words before a site-less predicate of an exception: '... patent except at L5-S1, where there
# is moderate (narrowing)', '... throughout except for mild (narrowing)'
_EXCEPT_TAIL = re.compile(
    rf"\b{EXCEPT_WORD}\s+(?:{_ON_A_SIDE}(?:at\s+)?)?(?:(?:the\s+)?(?:{_LEVEL_LIST})(?:\s+levels?)?"
    rf"(?:\s+{_ON_A_SIDE})?,?\s*(?:where|at\s+which|with)\s+"
    r"(?:there\s+(?:is|are)\s+|it\s+is\s+|they\s+are\s+)?)?(?:an?\s+)?(?:[a-z-]+\s+){0,3}\Z",
    re.I,
)
_UNIT_TIGHT = re.compile(  # within one 'level + side' unit: 'L4-5 on the right', 'right at L4-5'
    r"[\s(),:-]*(?:(?:at|in|on|the|of|levels?|sides?|is|are)\b[\s()-]*)*", re.I
)
_UNIT_SEP = re.compile(
    r"[\s)]*(?:,|;|\band\b|,\s*and\b)[\s(]*(?:(?:at|in|on|the|levels?)\b\s*)*", re.I
)
_UNIT_SHARED = re.compile(  # after a list of units: ', both on the left', ', all on the right'
    r"(?:\s*\([^()]{0,30}\))?[\s)]*,?\s*(?:both|all(?:\s+(?:two|three|four))?|each)\s+(?:(?:on|to)\s+the\s+)?"
    r"(left|right)\b",
    re.I,
)
#: a part of a sided site: 'compression of the right side of the thecal sac'
_PART_OF = re.compile(r"\s*(?:side|aspect|portion|part|half)\s+of\s+(?:the\s+)?", re.I)
_WIDTH_OF = re.compile(  # 'reduction of the (anteroposterior) width of' the site
    r"\s*of\s+(?:the\s+)?(?:(?:antero-?posterior|ap|sagittal|transverse)\s+)?"
    r"(?:width|calibre|caliber|diameter|dimensions?|size|amplitude|lumen)\s+",
    re.I,
)
_SIDES_AND = re.compile(r"\s+(?:and|&)\s+", re.I)
_PORTION_OF = re.compile(  # 'narrows the outer portion of' the site
    r"\s*(?:the\s+)?(?:(?:outer|inner|lateral|medial|upper|lower|inferior|superior|exit|entry|"
    r"ventral|dorsal|extraforaminal|intraforaminal)\s+)?(?:portion|part|aspect|zone|half)\s+of\s+",
    re.I,
)
_SHARED_HINT = Gated(re.compile(r"\b(?:both|all|each)\s", re.I))
_BACK_REF = re.compile(
    rf"([^.;:]{{0,40}}?)\b(?:(?:at|in)\s+(?:(?:{_BACK_WORDS})\s+{_LEVEL_NOUNS}"
    # (not 'at each level from L1-2 to L4-5': the range after it names them)
    r"|(?:either|each)\s+(?:level|disc|segment)(?!\s+(?:from|between)\s))"
    r"|either\s+level(?=\s*[.;,]|\s*$))\b",  # ('no canal stenosis either level.')
    re.I,
)
#: '..., but no canal stenosis at either level': the back reference is another clause's
_BUT = re.compile(r"\bbut\b", re.I)
#: a cheap test for the words of ``_BACK_REF``
_BACK_HINT = Gated(re.compile(r"both|these|each|either|above|same", re.I))
_BACK_WORD = re.compile(r"\b(?:both|these|each\s+of\s+these|the\s+(?:above|same))\s", re.I)
_HEADING_COLON = re.compile(r"\s*(?:levels?\s*)?[:,]", re.I)
_OPENING = re.compile(r"\s*[\"'\u201c\u2018]?\s*(?:at\s+(?:the\s+)?)?(?:levels?\s+)?", re.I)
#: a finding heading's colon and what may open the sentence before it ('2. Disc bulges: L2-3')
_FINDING_COLON = re.compile(r"[ \t]*:[ \t]*")
_FINDING_OPEN = re.compile(r"[\s\u2022*-]*(?:\d{1,2}[.)]\s*)?(?:[a-z]+[ \t]+){0,3}", re.I)
_FAR_BLOCK = re.compile(r"[;:]|\bthere\s+(?:is|are)\b|\bbut\b", re.I)
_OR_GAP = re.compile(r"^\s*(?:or|versus|vs\.?|/|and/or)\s*(?:[a-z]+\s+)?$", re.I)
_V = rf"(?:Th|[BL]WK|SWK|[TLSD])\s?-?\s?(?:\d{{1,2}}|{ROMAN_LUMBAR})"
_LISTHESIS_OF = re.compile(
    # ('of the L4 vertebra by 4 mm': the vertebra's own word after it)
    rf"\s*(?:[a-z0-9.]+\s+){{0,3}}?(?:of\s+(?:the\s+)?(?P<a>{_V})(?:\s+vertebra(?:l\s+body)?)?"
    # ('ventrolisthesis of LWK 4 versus LWK 5': a German 'gegenüber' translated)
    rf"(?:\s+(?:on|upon|over|relative\s+to|versus)\s+(?P<b>{_V}))?"
    rf"|(?P<a2>{_V})\s+(?:on|upon|over|versus)\s+(?P<b2>{_V}))"
    # right after the word, one vertebra alone: 'Retrolisthesis L3 2 mm', 'Spondylolisthesis at
    # L5 with pars defects' (of L3 on L4, of L5 on S1)
    rf"|\s+(?:at\s+(?:the\s+)?)?(?P<a3>{_V})(?![0-9])(?!\s*[-/\u2013=]\s*(?:[TLSD]\s?-?\s?)?[0-9I])",
    re.I,
)
#: one vertebra (or two: 'L4 on L5 anterolisthesis') right before the word: 'L5
#: spondylolisthesis', 'Grade 1 L4 anterolisthesis',
#: 'L5 has slipped forward', 'Vertebra L4 slipped 5 mm', 'spondylolysis L5 w/o slip', 'L5
#: vertebral body slips forward', 'L4 degenerative spondylolisthesis' (of that vertebra on the
#: one below);
#: searched up to the word (``endpos``), so ``\Z`` is the word's start
_LISTHESIS_BEFORE = re.compile(
    rf"(?<![-/\u2013=])(?<![-/\u2013=] )(?P<a>{_V})(?![0-9])"
    rf"(?:\s+(?:on|upon|over)\s+(?P<b>{_V})(?![0-9]))?"
    # ('Spondylolysis, L5, bilateral, without spondylolisthesis': commas about it)
    r"(?:\s*,\s*(?:(?:bilateral(?:ly)?|unilateral|left|right)\s*,\s*)?(?=with|w/o)|\s+)"
    r"(?:(?:vertebral\s+)?body\s+|vertebra\s+)?"
    # 'L5 pars defects without significant listhesis', 'L3 spondylolysis without slip', 'L5
    # spondylolysis, active on the left, without listhesis', 'L4 pars defect on the right, no slip'
    r"(?:(?:(?:bilateral|left|right|unilateral)\s+)?(?:pars(?:\s+interarticularis)?\s+"
    r"(?:defects?|fractures?|breaks?)|spondylolys[ie]s)(?:(?:\s*,\s*|\s+)[a-z][a-z ]{0,30}?)?"
    r"(?:\s*,\s*|\s+)(?=with|w/o|no\s))?"
    r"(?:(?:has|is|was|had|with|without|w/o|shows?|no)\s+)?(?:(?:a|an|any|significant|grade\s*[1-4I]+|mild(?:ly)?|slight(?:ly)?"
    r"|minimal(?:ly)?|minor|small|\d+(?:\.\d+)?\s*mm|degenerative|isthmic|lytic|dysplastic"
    r"|traumatic)\s+)*\Z",
    re.I,
)
#: 'and' or a comma between two predicate phrases ('... bilaterally, and mildly narrows ...')
_NEW_PHRASE = re.compile(r",|\band\b", re.I)
#: a site's measure between it and its state ('canal 13 mm, not narrowed')
_MEASURED_GAP = re.compile(r"[ \t]+\(?(?:ap[ \t]+)?\d+(?:[.,]\d+)?[ \t]?mm\)?[ \t]*,?[ \t]+", re.I)
#: a site's state said unchanged before its grade ('the foramina are unchanged and remain mildly
#: narrowed', 'the canal is stable, moderately narrowed'): one statement, not two phrases
_STEADY_STATE = re.compile(
    rf"(?:\s+(?:at|in|of)\s+(?:the\s+)?{_LEVEL_LIST})?"
    # (the copula may go unsaid in notes: 'Foramina unchanged, mildly narrowed bilaterally')
    r"\s+(?:(?:is|are|remains?|appears?)\s+)?(?:unchanged|stable|similar)(?:\s+in\s+appearance)?"
    r"(?:\s*,\s*|\s+and\s+)(?:(?:remains?|still|again|is|are)\s+)*",
    re.I,
)
#: a site said hard to assess before its state ('The foramina are difficult to assess and are
#: probably mildly narrowed', '... hard to see and are patent'): one statement, as above
_HARD_TO_ASSESS = re.compile(
    rf"(?:\s+(?:at|of)\s+{_LEVEL_LIST})?"  # ('The left foramen at L4/5 is partially visualised and')
    r"\s+(?:is|are)\s+(?:(?:(?:somewhat|rather|quite|more)\s+)?(?:difficult|hard|not\s+easy)\s+to\s+"
    r"(?:assess|evaluate|see|visuali[sz]e|delineate|characteri[sz]e)"
    r"|(?:only\s+)?(?:partially|partly|incompletely|suboptimally|poorly)\s+"
    r"(?:visuali[sz]ed|seen|assessed|evaluated|imaged))"
    # ('Foramina are difficult to evaluate due to motion but appear grossly patent')
    r"(?:\s+(?:due\s+to|because\s+of|owing\s+to)\s+(?:the\s+)?(?:patient\s+)?(?:motion|movement"
    r"|(?:metal(?:lic)?\s+|susceptibility\s+)?(?:artefacts?|artifacts?)|hardware))?"
    r"\s*,?\s+(?:and|but)\s+"
    r"(?:(?:is|are)\s+)?(?:(?:probably|possibly|likely|perhaps)\b\s*)?"
    r"(?:(?:appears?|looks?|seems?)\s+)?",
    re.I,
)
#: a former state ('previously moderately stenotic, is now patent')
_PRIOR_STATE = Gated(re.compile(rf"{PRIOR_WORD}\s+", re.I))
#: a plural disc word: 'Discs unremarkable for age.' (no level) is of every disc
_PLURAL_DISCS = re.compile(r"\b(?:dis[ck]s|ivds)\b", re.I)
#: ... but not those of levels named before ('These discs are normal.', 'The discs at these
#: levels are normal.')
_THESE_DISCS = re.compile(
    r"\b(?:these|those|both)\s+(?:two\s+|three\s+)?(?:levels|dis[ck]s)\b", re.I
)
#: what follows a change verb up to the grade it changed to ('decreased (slightly) (from
#: moderate) to (be) ...')
_CHANGED_TO_TAIL = (
    r"\s+(?:(?:slightly|somewhat|further)\s+)?(?:from\s+(?:a\s+)?[a-z-]+(?:\s+(?:to|-)\s+[a-z]+)?\s+)?"
    r"to\s+(?:be\s+|become\s+)?"
)
#: a narrowing verb and the grade it reaches ('the canal narrows further to moderate', 'the
#: foramen is narrowed to severe in extension')
_NARROWS = re.compile(r"narrow(?:s|ed|ing)", re.I)
_TO_GRADE = re.compile(r"[ \t]+(?:further[ \t]+)?to[ \t]+", re.I)
#: a change of state between a finding and the grade it changed to, read as 'is' ('canal
#: stenosis has decreased from moderate to mild', '... has become mild', 'left foraminal
#: narrowing, progressed from mild to moderate')
_CHANGED_GAP = re.compile(
    rf"(?:\s+(?:at|in|of)\s+(?:the\s+)?{_LEVEL_LIST})?,?\s+"
    rf"(?:(?:has|have)\s+(?:since\s+)?(?:{CHANGE_VERB}{_CHANGED_TO_TAIL}|become\s+)"
    rf"|{CHANGE_VERB}{_CHANGED_TO_TAIL})(?:only\s+)?",
    re.I,
)
#: a former state told as changed since ('... narrowing has improved, with mild residual ...')
_CHANGED_SINCE = re.compile(
    r"(?:\s+(?:at|of)\s+[LTS]\s?\d{1,2}(?:\s*[-/]\s*[LTS]?\s?\d{1,2})?)?\s+(?:has|have)\s+"
    rf"(?:since\s+|slightly\s+|significantly\s+|markedly\s+)?{CHANGE_VERB}\b",
    re.I,
)
#: a change of grade told after the finding ('... has improved and is now mild'), looked for
#: only in a sentence holding 'now' (``_NOW``)
_NOW_GRADED = re.compile(
    rf"\b{CHANGE_VERB}(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:is|are)\s+)?now\s+(?:only\s+)?",
    re.I,
)
_NOW = re.compile("now", re.I)
#: a change of grade told as the grade it changed to ('... which has decreased to mild', 'canal
#: stenosis has improved from moderate to mild'); the grade after it is the current one
_CHANGED_TO = Gated(re.compile(rf"\b{CHANGE_VERB}{_CHANGED_TO_TAIL}(?:only\s+)?", re.I))
#: a current grade after a former one ('the previously severe canal stenosis is now mild')
#: ('Spinal canal previously moderately narrowed, now mild narrowing': after a comma)
_NOW_IS = re.compile(r"\b(?:is|are)\s+now\s+(?:only\s+)?|,\s*now\s+(?:only\s+)?", re.I)
#: how an earlier study's finding is named again ('previously noted', 'seen previously')
_SEEN = r"(?:noted|seen|described|reported|demonstrated|identified|shown|visuali[sz]ed)"
_PRIOR_STATE_BEFORE = re.compile(
    # (or its past tense: 'The canal stenosis was moderate in 2022 and is now severe')
    rf"\b(?:{PRIOR_WORD}(?:\s+{_SEEN})?|was|were)\s+\Z",
    re.I,
)
#: a former grade's finding named as seen before, after it ('the mild canal stenosis seen
#: previously is now moderate'): from the grade to 'is now', in one clause
_PRIOR_STATE_BETWEEN = re.compile(
    rf"[^.;:,\n]*\b(?:{_SEEN}\s+{PRIOR_WORD}|{PRIOR_WORD}\s+{_SEEN}|on\s+the\s+prior\b)"
    r"[^.;:,\n]*",
    re.I,
)
#: a relative clause telling what a finding did before ('which previously caused severe ...')
_PRIOR_EFFECT = re.compile(
    rf"\b(?:which|that)\s+(?:had\s+)?{PRIOR_WORD}\s+"
    r"(?:caused|produced|resulted\s+in|led\s+to|created|narrowed|compressed)\b[^.;:,\n]*",
    re.I,
)
#: the earlier study named after a former state ('... on the prior exam')
_ON_THE_PRIOR = (
    r"(?:on|in|at)\s+the\s+(?:prior|previous|earlier|last)\s+(?:exam|examination|study|mri|scan)"
)
_PRIOR_APPOSITIVE = re.compile(
    rf",\s*{PRIOR_WORD}\s[^,;]{{0,40}},"
    rf"|,\s*[^,;]{{0,40}}?\b{_ON_THE_PRIOR}\s*,",
    re.I,
)
#: a former state as an aside between commas ('the left foramen, previously patent, is now ...')
_PRIOR_ASIDE = re.compile(
    rf",\s*{PRIOR_WORD}\s[^,;]{{0,40}},(?=\s*(?:is|are)\s+now\b)",
    re.I,
)
#: a former state told after the current one, to the clause's end ('the canal is now widely
#: patent, previously severely stenotic', 'mild canal stenosis (previously severe)')
_PRIOR_TAIL = re.compile(
    rf"(?:,\s*|\(\s*){PRIOR_WORD}\s+[^,;.()\n]{{1,40}}?"
    r"(?=\s*(?:[,;.)]|\Z))",
    re.I,
)
#: a former state told after it, as an appositive ('the right lateral recess, moderately stenotic
#: on the prior exam, is now patent')
_PRIOR_STATE_AFTER = re.compile(rf",\s*(?:[a-z-]+\s+){{1,3}}?{_ON_THE_PRIOR}\s*,", re.I)
_TURN = (
    r"\b(?:convert|evolv|progress|chang|transform|turn|transition)\w*\s+"
    r"(?:(?:in)?to|in(?=\s+(?:a\s+)?(?:modic\s+)?type\b))\b"  # ('converted in type 2')
)
#: a change of type between two Modic mentions ('type 1 changes have converted to type 2')
_TURNED_INTO = re.compile(_TURN, re.I)
#: ('Modic 1 to Modic 2 evolution of the L5-S1 endplates': the change named after the types)
_TO = r"(?:to|->|\u2192)"
_TURN_NOUN = r"(?:evolution|conversion|transformation|transition)"
_TO_GAP = re.compile(rf"\s*{_TO}\s*", re.I)
_TURN_AFTER = re.compile(rf"\s+(?:(?:endplate|signal)\s+)?{_TURN_NOUN}\b", re.I)
#: a Modic type a change ends at, as a group ``type`` ('type 2', 'type II', dictated 'type two')
_TYPE_NAMED = r"(?P<type>type\s*(?:I{1,3}|[123])|type\s(?:one|two|three))(?![a-z0-9])"
#: '... seen previously has evolved to type 2' (dictated 'to type two') after a typed Modic mention
_TURNED_TO_TYPE = re.compile(
    rf"[^.;]{{0,100}}?{_TURN}\s+(?:a\s+)?(?:modic\s+)?{_TYPE_NAMED}",
    re.I,
)
#: a Modic change resolved and the type it is now ('... has resolved, now type 2 fatty change')
_RESOLVED_NOW_TYPE = re.compile(
    r"[^.;]{0,100}?\bresolved,?\s+(?:and\s+)?(?:is\s+|are\s+)?now\s+(?:a\s+)?(?:modic\s+)?"
    + _TYPE_NAMED,
    re.I,
)
#: a change of type named before a Modic mention of two types, and the later type ending it
#: ('conversion from Modic type 1 to type 2')
_TURN_BEFORE = re.compile(rf"\b(?:{_TURN_NOUN}|progression|change)\s+from\s+\Z", re.I)
_TO_TYPE = re.compile(rf"\s{_TO}\s*(?:modic\s+)?(?P<type>(?:type\s*)?(?:I{{1,3}}|[123]))\Z", re.I)
#: a Modic type standing alone after a Modic mention of the same sentence ('and type 2 changes')
_BARE_TYPE = re.compile(
    r"(?<![a-z])type\s*[-:]?\s*(?:I{1,3}|[123])(?:\s*/\s*(?:I{1,3}|[123]))?(?![a-z0-9])"
    r"(?:\s+(?:changes?|signal)|(?=\s+(?:\([a-z ]{1,30}\)\s+)?(?:at|in)\s+(?:the\s+)?[LT]\s?-?\d)"
    # at a clause's end, after an untyped mention ('Modic changes at L4-5, type 2.'; a form's
    # 'Modic endplate changes?  YES - type 3 (sclerotic), L2/L3')
    # (its bracket perhaps naming an endplate: 'type 1 (superior L5 endplate);')
    r"|(?P<end>(?=\s*(?:\([a-z ]{1,30}\)|\([a-z ]{1,20}[LTS]\d{1,2}[a-z ]{1,20}\))?\s*(?:[.;,)]|$))))",
    re.I,
)
_TYPE_WORD = re.compile(r"type", re.I)
_VERTEBRA_BEFORE = re.compile(rf"(?<![a-z]){_V}\s*\Z", re.I)
#: 'at this level' right after a finding word ('No listhesis at this level.')
#: 'at this level', 'of the same segment': of one level the sentence does not name
THIS_LEVEL = r"(?:at|of)\s+(?:this|that|the\s+same)\s+(?:level|segment)\b"
_AT_THIS_LEVEL = re.compile(
    rf"\s+(?:(?:is|was)\s+)?(?:(?:seen|present|noted|identified)\s+)?{THIS_LEVEL}", re.I
)
#: a further slipped pair after ``_LISTHESIS_OF``: '... of L3 on L4 and (of) L4 on L5'
_LISTHESIS_MORE = re.compile(
    # ('of L2 on L3 (4 mm) and of L3 on L4', '... (approximately 5 mm) and of L4 on L5')
    r"(?:\s*\(\s*(?:(?:approximately|approx\.?|about|measuring|~)\s*)?\d+(?:\.\d+)?\s*mm\s*\))?"
    r",?\s*(?:and|&|,)\s+(?:\d+(?:\.\d+)?\s*mm\s+)?(?:of\s+)?"  # ('... and 5 mm of L4 on L5')
    rf"(?P<a>{_V})\s+(?:on|upon|over|relative\s+to)\s+(?P<b>{_V})",
    re.I,
)


@dataclass(slots=True)
class Statement:
    """One (finding, value) stated in a sentence, before its levels are known for sure.

    ``start``/``end``: span of the words stating it (for level attribution);
    ``levels``: levels fixed by the sentence itself (None = take them from context);
    ``blanket``: the levels come from a blanket scope (weaker than named levels);
    ``global_when_levelless``: with no level in the sentence, it speaks of the whole spine;
    ``except_named``: its blanket levels leave out those the report names elsewhere;
    ``local``: a negation about one unnamed level ('no recurrent disc herniation' at the operated
    level), never a spine-wide statement; ``current``: the state it turned into since, told in
    the sentence ('On the previous study there was Modic type 1 change at L3-4, this has since
    converted to type 2'), stands though the finding is named in a prior clause.
    """

    finding: str
    value: str
    uncertain: bool
    start: int
    end: int
    levels: tuple[str, ...] | None = None
    blanket: bool = False
    global_when_levelless: bool = False
    except_named: bool | Literal["finding", "site", "report"] = False
    local: bool = False
    current: bool = False


NEGATIVE_VALUES = frozenset({"none", "absent"})

#: (site kind, {schema finding: grade or None}) for each site of a relation
Sites = list[tuple[str, dict[str, str | None]]]
#: a stenosis or normal statement: (anchor start, end, sites, 'P' or 'N', negated)
Relation = tuple[int, int, Sites, str, bool]


def _grade_of(items: list[Item]) -> str | None:
    gs = [it.value for it in items if it.kind == "G"]
    if not gs:
        return None
    return max(gs, key=lambda g: GRADE_RANK[g])


def _free_sites(items: list[Item], consumed: set[int]) -> Iterator[tuple[int, Item]]:
    """The sites of ``items`` (with their indices) that name a stenosis site and no relation
    has read yet."""
    for k, si in enumerate(items):
        if si.kind == "S" and id(si) not in consumed and si.rule.finding in SITE_FINDING:
            yield k, si


class _ImpliedSite(NamedTuple):
    """The site rule of a predicate that names its site ('NFN')."""

    finding: str


def _implied_site(p: Item) -> Item:
    """The site item a predicate naming its site stands for ('NFN', 'CCS'), over its span."""
    return Item(p.start, p.end, "S", _ImpliedSite(p.rule.site))


def _sited_field(text: str, p: Item) -> Item:
    """``p``, a predicate naming its site ('CCS'), as that site's item where a field's colon
    follows it ('CCS: moderate'); else ``p``."""
    return p if _FIELD_COLON.match(text, p.end) is None else _implied_site(p)


def _without_prior_states(text: str, start: int, end: int, items: list[Item]) -> list[Item]:
    """``items`` of the sentence ``[start, end)`` without the grade and predicate of a former
    state that a normal word after it replaces: 'the canal, previously moderately stenotic, is
    now patent'."""
    drop: set[int] = set()
    for m in _PRIOR_EFFECT.finditer(text, start, end):
        # '... extrusion, which previously caused severe right lateral recess stenosis': what it
        # caused then, not now
        drop.update(id(it) for it in items if m.start() <= it.start < m.end() and it.kind != "B")
    for m in _PRIOR_STATE.finditer(text, start, end):
        state = [it for it in items if m.end() <= it.start < m.end() + 60]
        k = next((i for i, it in enumerate(state) if it.kind == "P"), None)
        if k is None:
            continue
        if (
            # 'Previously described severe right lateral recess narrowing has improved, with mild
            # residual narrowing of the right lateral recess': the later grade is the current one
            _CHANGED_SINCE.match(text, state[k].end)
            and all(it.kind in ("G", "P", "S", "D") for it in state[:k])
            and any(it.kind == "G" and it.start > state[k].end for it in items)
            and any(it.kind == "P" and it.start > state[k].end for it in items)
        ):
            drop.update(id(it) for it in state[: k + 1])
            continue
        if any(it.kind not in ("G", "P") for it in state[:k]) or state[k].start >= m.end() + 30:
            continue
        if any(it.kind == "N" and it.start > state[k].end for it in items):
            drop.update(id(it) for it in state[: k + 1])
    if text.find(",", start, end) >= 0:
        for m in _PRIOR_ASIDE.finditer(text, start, end):
            # 'the left foramen, previously patent, is now moderately narrowed', 'canal stenosis,
            # previously moderate, is now severe': the aside's state, when a state follows it
            aside = [it for it in items if m.start() <= it.start < m.end() and it.kind in "GPN"]
            if aside and any(it.kind in "GPN" and it.start >= m.end() for it in items):
                drop.update(id(it) for it in aside)
    for m in _PRIOR_TAIL.finditer(text, start, end):
        # 'the canal is now widely patent, previously severely stenotic': a grade or predicate
        # alone in the tail (with the site named again: ', previously severe central stenosis'),
        # when the current state was told before it
        tail = [it for it in items if m.start() <= it.start < m.end()]
        if (
            any(it.kind in "GP" for it in tail)
            and all(it.kind in "GPS" for it in tail)
            and any(it.kind in "GN" and it.end <= m.start() for it in items)
        ):
            drop.update(id(it) for it in tail)
    for m in _PRIOR_STATE_AFTER.finditer(text, start, end):
        # ', moderately stenotic on the prior exam, is now patent': the grade and predicate
        # before the prior study's name, when a normal word follows
        state = [it for it in items if m.start() <= it.start < m.end() and it.kind in "GP"]
        if any(it.kind == "P" for it in state) and any(
            it.kind == "N" and it.start >= m.end() for it in items
        ):
            drop.update(id(it) for it in state)
    return [it for it in items if id(it) not in drop] if drop else items


def contrasted_grades(text: str, items: list[Item]) -> list[Item]:
    """``items`` without a grade denied beside another one and the cue between: 'moderate rather
    than mild canal narrowing' grades the narrowing moderate (and negates nothing)."""
    out = list(items)
    for i in range(len(items) - 2, 0, -1):
        g1, cue, g2 = items[i - 1], items[i], items[i + 1]
        if (
            cue.kind == "C"
            and g1.kind == "G"
            and g2.kind == "G"
            and _RATHER_THAN.fullmatch(text, g1.end, g2.start) is not None
        ):
            nxt = items[i + 2] if i + 2 < len(items) else None
            if nxt is not None and nxt.kind in "SPDF" and not text[g2.end : nxt.start].strip():
                # before the finding, the grade next to it takes the one told ('moderate rather
                # than mild canal narrowing'); after it, the one told stays ('... is severe
                # rather than moderate')
                out[i - 1 : i + 2] = [g2._replace(value=g1.value)]
            else:
                out[i : i + 2] = []
    return out


def _current_grades(text: str, start: int, end: int, items: list[Item]) -> list[Item]:
    """``items`` with a grade told as changed taking the grade after 'now': 'The moderate left
    foraminal stenosis has improved and is now mild' grades the stenosis mild."""
    for m in _NOW_IS.finditer(text, start, end):
        # 'the previously severe canal stenosis is now mild': the grade after 'now'
        now = next((it for it in items if it.kind == "G" and it.start == m.end()), None)
        before = [
            i
            for i, it in enumerate(items)
            if it.kind == "G"
            and it.end <= m.start()
            and (
                _PRIOR_STATE_BEFORE.search(text, start, it.start)
                or _PRIOR_STATE_BETWEEN.fullmatch(text, it.end, m.start())
            )
        ]
        if now is not None and before:
            items = list(items)
            items[before[-1]] = items[before[-1]]._replace(value=now.value)
    for m in _NOW_GRADED.finditer(text, start, end):
        now = next(
            (it for it in items if it.kind == "G" and m.end() <= it.start <= m.end() + 2), None
        )
        before = [i for i, it in enumerate(items) if it.kind == "G" and it.end <= m.start()]
        if now is not None and before:
            items = list(items)
            items[before[-1]] = items[before[-1]]._replace(value=now.value)
    return items


#: the grade a change went to, where the tagger read 'moderate to mild' as one grade
_GRADE_WORDS = {"minimal": "mild", "mild": "mild", "moderate": "moderate", "severe": "severe"}
_GRADE_WORD_AT = re.compile(r"(minimal|mild|moderate|severe)(?:ly)?\b", re.I)


def _changed_to_grades(text: str, start: int, end: int, items: list[Item]) -> list[Item]:
    """``items`` with a grade told as changed taking the grade it changed to: 'moderate canal
    stenosis which has decreased to mild' and 'canal stenosis has decreased from moderate to
    mild' grade the stenosis mild (the 'from' grade is dropped)."""
    for m in _CHANGED_TO.finditer(text, start, end):
        now = next((it for it in items if it.kind == "G" and it.start == m.end()), None)
        span = next((it for it in items if it.kind == "G" and it.start < m.end() < it.end), None)
        if now is None and span is not None and (to := _GRADE_WORD_AT.match(text, m.end())):
            # 'from moderate to mild' read as one grade between two: the one it changed to
            now = span._replace(start=m.end(), value=_GRADE_WORDS[to[1].lower()])
            items = [now if it is span else it for it in items]
        if now is None:
            continue
        former = [it for it in items if it.kind == "G" and m.start() <= it.start < m.end()]
        before = [i for i, it in enumerate(items) if it.kind == "G" and it.end <= m.start()]
        if former:
            items = [it for it in items if it not in former]
        elif before:
            items = list(items)
            items[before[-1]] = items[before[-1]]._replace(value=now.value)
    return items


#: a hedge word between a comma and a grade told after another one ('moderate canal stenosis,
#: possibly severe'; 'narrowing is mild, probably moderate')
_HEDGED_GRADE = re.compile(r",\s*(?:possibly|probably|perhaps|maybe|likely)\s+\w", re.I)
#: the words before the hedge's comma, back to the item before it ('stenosis with crowding of the
#: cauda equina, possibly severe')
_HEDGE_AFTER_COMMA = re.compile(r"[^.;:,\n]{0,60},\s*")
#: the end of the hedged grade's clause (a level named in it makes the grade that level's)
_CLAUSE_STOP = re.compile(r"[.;\n]")


def _phrase_grade(items: list[Item], i: int) -> int | None:
    """The index of the grade of the phrase before ``items[i]``: its nearest grade, with only
    predicates, sites, sides and cues between; None where a bulge is nearer or another item
    stands between."""
    g1 = next((j for j in range(i - 1, -1, -1) if items[j].kind in "GB"), None)
    if g1 is None or items[g1].kind != "G":
        return None
    if any(it.kind not in "GPSDC" for it in items[g1 + 1 : i]):
        return None
    return g1


def _clause_tail(text: str, start: int, end: int, levels: list[LevelMention]) -> int | None:
    """Where the clause going on from ``start`` ends (its stop, else the sentence's ``end``);
    None where it names a level of its own."""
    stop = _CLAUSE_STOP.search(text, start, end)
    tail_end = end if stop is None else stop.start()
    if any(start <= m.start < tail_end and not m.blanket for m in levels):
        return None
    return tail_end


def _hedged_grades(
    text: str, end: int, items: list[Item], levels: list[LevelMention]
) -> tuple[list[Item], list[int]]:
    """``items`` with a higher grade told hedged after a comma read as the finding's grade, as an
    intermediate grade is ('moderate canal stenosis, possibly severe' grades it severe; 'right
    foraminal narrowing is mild, possibly moderate.' moderate), and the starts of the grades so
    raised (their findings are uncertain). Before a side the hedge word is passed over, so that
    side alone takes the grade ('Mild bilateral foraminal narrowing, possibly moderate on the
    right'). Only where no level or other finding follows in the clause."""
    raised: list[int] = []
    for i in range(len(items) - 2, 0, -1):
        cue, g2 = items[i], items[i + 1]
        if not (
            cue.kind == "C"
            and cue.rule.category == "hedge"
            and g2.kind == "G"
            and text[cue.end : g2.start].isspace()
            and _HEDGE_AFTER_COMMA.fullmatch(text, items[i - 1].end, cue.start)
        ):
            continue
        g1 = _phrase_grade(items, i)
        if g1 is None or GRADE_RANK[items[g1].value] >= GRADE_RANK[g2.value]:
            continue
        tail_end = _clause_tail(text, g2.end, end, levels)
        if tail_end is None:
            continue  # ('Mild canal stenosis at L3-4, probably moderate at L4-5': two levels)
        after = [it for it in items[i + 2 :] if it.start < tail_end]
        if after and after[0].kind == "D":
            items = items[:i] + items[i + 1 :]  # the side takes the grade after it
        elif all(it.kind == "C" for it in after):
            items = list(items)
            items[g1] = items[g1]._replace(value=g2.value)
            del items[i + 1]
            raised.append(items[g1].start)
    return items, raised


#: a grade told for another posture after a comma ('Mild canal narrowing supine, becoming moderate
#: on weight-bearing'; 'moderate central stenosis supine, moderate to severe upright'): the words
#: from the item before it
_POSTURE_GAP = re.compile(
    r"[^.;:,\n]{0,60},\s*(?:and\s+)?"
    r"(?:(?:becoming|increasing|progressing|worsening|rising|changing)(?:\s+to)?\s+)?",
    re.I,
)
#: a posture named anywhere in the sentence (the cheap test before _posture_grades)
_POSTURE_WORD = re.compile(
    r"weight|standing|upright|erect|seated|sitting|recumbent|supine|prone|flexion|extension|load"
    r"|orthostat",
    re.I,
)
#: the posture after that grade (perhaps after its side): upright and positional MRI, flexion /
#: extension studies
_POSTURE_AFTER = re.compile(
    r"(?:\s+(?:on\s+the\s+)?(?:left|right)(?:\s+side)?)?\s+"
    r"(?:(?:on|in|with|when|during|while|at)\s+(?:the\s+)?)?"
    r"(?:weight[\s-]?bearing|standing|upright|erect|seated|sitting|recumbent|supine|prone"
    r"|flexion|extension|(?:axial(?:ly)?\s+)?load(?:ing|ed)|orthostatism)\b",
    re.I,
)


def _posture_grades(
    text: str, end: int, items: list[Item], levels: list[LevelMention]
) -> list[Item]:
    """``items`` with a grade told for another posture after a comma read with the first: the
    higher of the two is the finding's grade ('Mild canal narrowing supine, becoming moderate on
    weight-bearing' grades it moderate; 'severe upright, moderate supine' severe), as readers of
    positional MRI label the worst posture's. A later grade before a side is left where it stands
    ('Mild bilateral foraminal stenosis neutral, increasing to moderate on the left in
    extension': not raised on both sides; the sentence reader does not yet give it to the left
    alone). Only where no level follows in the clause."""
    for i in range(len(items) - 1, 0, -1):
        g2 = items[i]
        if not (
            g2.kind == "G"
            and _POSTURE_GAP.fullmatch(text, items[i - 1].end, g2.start)
            and (posture := _POSTURE_AFTER.match(text, g2.end)) is not None
        ):
            continue
        g1 = _phrase_grade(items, i)
        if g1 is None or _clause_tail(text, g2.end, end, levels) is None:
            continue  # ('mild at L3-4 supine, moderate at L4-5 upright': two levels)
        sided = any(it.kind == "D" and it.start < posture.end() for it in items[i + 1 :])
        if sided:
            continue  # the side takes the grade after it
        items = list(items)
        if GRADE_RANK[items[g1].value] < GRADE_RANK[g2.value]:
            items[g1] = items[g1]._replace(value=g2.value)
        del items[i]
    return items


#: a reader's own grade after a reported one in the same sentence ('The radiologist has reported
#: moderate central stenosis at L4/5, but on my own review of the axial images I think it is
#: severe'): the words between them, then the pronoun before the reader's grade
_REREAD_BETWEEN = re.compile(
    r"[^.;]{0,120}?\bbut\b[^.;]{0,80}?\b(?:(?:I|we)\s+(?:think|feel|believe|consider|would\s+say)"
    r"|in\s+(?:my|our)\s+(?:view|opinion)|on\s+(?:(?:my|our)\s+(?:own\s+)?)?(?:re-?)?review)\b",
    re.I,
)
#: the cheap test before _reread_grades
_REREAD_CUE = re.compile(r"\bbut\b[^.;]*\b(?:it|this|that)\s+is\b", re.I)
_REREAD_IT = re.compile(
    r"\b(?:it|this|that)\s+is\s+(?:actually\s+|in\s+fact\s+|probably\s+)?$", re.I
)


def _reread_grades(text: str, items: list[Item]) -> list[Item]:
    """``items`` with a grade a reader gives after a reported one in the same sentence taking its
    place ('The radiologist has reported moderate central stenosis at L4/5, but on my own review
    ... I think it is severe': severe)."""
    for i in range(len(items) - 1, 0, -1):
        g2 = items[i]
        if g2.kind != "G" or not _REREAD_IT.search(text, max(0, g2.start - 30), g2.start):
            continue
        g1 = next((j for j in range(i - 1, -1, -1) if items[j].kind == "G"), None)
        if g1 is None or not _REREAD_BETWEEN.match(text, items[g1].end, g2.start):
            continue
        items = list(items)
        items[g1] = items[g1]._replace(value=g2.value)
        del items[i]
    return items


def _on_sides(names: Iterable[str], sides: Collection[str] | None) -> list[str]:
    """The schema findings of ``names`` on ``sides`` ('left', 'right'); a finding with no side
    (the canal) is always kept, and every one when ``sides`` is empty."""
    if not sides:
        return list(names)
    return [n for n in names if not n.endswith(("_left", "_right")) or n.rsplit("_", 1)[1] in sides]


#: the normal words of vocab.yaml that grade a narrowing as none ('non-compressive narrowing')
_NON_COMPRESSIVE = re.compile(r"non-?\s?(?:compressive|stenotic)\b", re.I)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)", re.I)
#: a side between a grade and its level ('moderate right L4-5 and mild left L5-S1 foraminal
#: stenosis'), in group ``side``
_GRADE_SIDE_GAP = re.compile(r"\s*(?:(?P<side>right|left|bilateral(?:ly)?)\s+)?", re.I)


def _level_grade(
    text: str, grades: list[Item], m: LevelMention
) -> tuple[Item, tuple[str, ...]] | None:
    """(the grade right before level ``m``, the sides written between them: () for none),
    or None: 'moderate L4-5', 'moderate right L4-5'."""
    for g in grades:
        if g.end <= m.start and (gap := _GRADE_SIDE_GAP.fullmatch(text, g.end, m.start)):
            side = (gap["side"] or "").lower()
            return g, (("left", "right") if side.startswith("bi") else (side,) if side else ())
    return None


def _graded_level_list(
    text: str, items: list[Item], sts: list[Statement], levels: list[LevelMention]
) -> list[Statement]:
    """Copies of the statements of the last of a list of graded levels for the others:
    'Moderate L4-5 and mild L3-4 central canal stenosis secondary to disc bulging' gives canal
    stenosis moderate and a bulge at L4-5 too (the statements took L3-4, the level before them).
    A statement graded like the last level takes each level's grade; the others are copied. A
    level's own side takes the sided findings to that side: 'Moderate right L4-5 and mild left
    L5-S1 foraminal stenosis' gives the right foramen moderate at L4-5."""
    if len(levels) < 2:
        return []
    grades = [it for it in items if it.kind == "G"]
    out: list[Statement] = []
    for k, m in enumerate(levels):
        if m.excluded or m.blanket or not any(st.levels is m.levels for st in sts):
            continue
        last = _level_grade(text, grades, m)
        if last is None:
            continue
        g_last = last[0]
        pairs: list[tuple[LevelMention, Item, tuple[str, ...]]] = []
        left = g_last.start
        for m0 in reversed(levels[:k]):  # 'mild L2-3, moderate L3-4 and severe L4-5 ...'
            if m0.excluded or m0.blanket or not _LIST_GAP.fullmatch(text, m0.end, left):
                break
            first = _level_grade(text, grades, m0)
            if first is None:
                break
            pairs.append((m0, *first))
            left = first[0].start
        mine = [st for st in sts if st.levels is m.levels and st.start >= g_last.start]
        for m0, g0, sides in pairs:
            done: set[str] = set()
            for st in mine:
                value = g0.value if st.value == g_last.value else st.value
                base, side = finding_side(st.finding)
                for f in [f"{base}_{x}" for x in sides] if side and sides else [st.finding]:
                    if f not in done:
                        done.add(f)
                        out.append(replace(st, finding=f, levels=m0.levels, value=value))
    return out


_GRADE_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)", re.I)
_POSITIVE_GRADES = frozenset(GRADES) - {"none"}


#: the types of a Modic phrase, in turn ('Type 2 and type 1 Modic changes')
_MODIC_TYPES = re.compile(r"\btype\s*-?\s*(iii|ii|i|[123])(?![a-z0-9])", re.I)
#: the upper vertebra of each level a list writes, in turn ('L5-S1, L4-5 and L3-4': 5, 4, 3)
_WRITTEN_UPPER = re.compile(r"(?<![-/\w])([LT])\s?-?\s?(\d{1,2})", re.I)


def _as_written(text: str, m: LevelMention) -> tuple[str, ...]:
    """The levels of a list in the order the text writes them: cranial to caudal, or caudal to
    cranial where it lists them upwards ('at L5-S1, L4-5 and L3-4')."""
    upper = [
        0 if t.upper() == "T" else int(n) for t, n in _WRITTEN_UPPER.findall(text, m.start, m.end)
    ]
    if len(upper) == len(m.levels) and all(a > b for a, b in pairwise(upper)):
        return m.levels[::-1]
    return m.levels


def _respectively(
    text: str, items: list[Item], sts: list[Statement], levels: list[LevelMention]
) -> list[Statement]:
    """``sts`` with a graded statement of a level list split per level when as many grades are
    listed 'respectively': 'Mild, moderate and severe central canal stenosis at L2-3, L3-4 and
    L4-5, respectively'; 'Right foraminal stenosis at L3-4 and L4-5 is mild and moderate,
    respectively'."""
    grades = [it for it in items if it.kind == "G"]
    runs: list[list[Item]] = []
    for g in grades:  # runs of grade words joined by commas or 'and'
        if runs and _GRADE_JOIN.fullmatch(text, runs[-1][-1].end, g.start):
            runs[-1].append(g)
        else:
            runs.append([g])
    out: list[Statement] = []
    for st in sts:
        m = next((x for x in levels if x.levels is st.levels and len(x.levels) > 1), None)
        run = None
        if m is not None and st.finding == "modic" and st.value.startswith("type"):
            # 'Type 2 and type 1 Modic changes at L4-5 and L5-S1, respectively'
            types = [
                MODIC_TYPE_NUMBER[t.lower()] for t in _MODIC_TYPES.findall(text, st.start, st.end)
            ]
            if len(types) == len(m.levels):
                out += [
                    replace(st, levels=(lv,), value=f"type{t}")
                    for lv, t in zip(_as_written(text, m), types, strict=True)
                ]
                continue
        if m is not None and st.value in _POSITIVE_GRADES:
            run = next((r for r in runs if len(r) == len(m.levels)), None)
        if (
            m is None
            or run is None
            or st.value not in {g.value for g in run}
            # ('mild and moderate canal stenosis respectively and mild bilateral foraminal
            # narrowing at both levels': the foramina's own grade, not of the run)
            or any(g.start == st.start and g not in run for g in grades)
        ):
            out.append(st)
            continue
        out += [
            replace(st, levels=(lv,), value=g.value)
            for lv, g in zip(_as_written(text, m), run, strict=True)
        ]
    # 'Mild and moderate narrowing of the right and left L4-5 foramina respectively': each side
    # its grade, in turn
    sides = [it for it in items if it.kind == "D" and len(it.rule.sides) == 1]
    pair = next(
        (
            (a, b)
            for a, b in pairwise(sides)
            if a.rule.sides != b.rule.sides and _GRADE_JOIN.fullmatch(text, a.end, b.start)
        ),
        None,
    )
    two = next((r for r in runs if len(r) == 2), None)
    if pair is not None and two is not None:
        graded = {pair[0].rule.sides[0]: two[0].value, pair[1].rule.sides[0]: two[1].value}
        values = {g.value for g in two}
        out = [
            replace(st, value=graded[side])
            if st.value in values and (side := st.finding.rsplit("_", 1)[-1]) in graded
            else st
            for st in out
        ]
    return out


def _except_levels(
    text: str, start: int, end: int, sts: list[Statement], levels: list[LevelMention]
) -> None:
    """'The foramina are patent (at all levels) except at L5-S1 ...', 'no canal stenosis except
    mild stenosis at L4-5': a statement before the exception that names no level of its own
    speaks of every lumbar level but those named after it (a blanket: weaker than named levels)."""
    exc = _EXCEPT.search(text, start, end)
    if exc is None:
        return
    named = [m for m in levels if m.start >= exc.end() and not (m.excluded or m.blanket)]
    if not named:
        return
    out_levels = {lv for m in named for lv in m.levels}
    rest = tuple(lv for lv in LUMBAR_LEVELS if lv not in out_levels)
    # 'No foraminal stenosis except on the left at L5/S1': the right side has no exception
    sm = _EXCEPT_SIDE.match(text, exc.end(), named[0].end + 20)
    side = None if sm is None else (sm["side"] or sm["side2"] or sm["side3"]).lower()
    for st in sts:
        # ('Spinal canal: Patent at all levels except L4-5.': a field's state given the
        # excepted level it runs on to)
        given_excepted = (
            st.levels is not None
            and not st.blanket
            and st.start < exc.start() < st.end
            and set(st.levels) <= out_levels
        )
        if not given_excepted and (
            st.end > exc.start() or (st.levels is not None and not st.blanket)
        ):
            continue
        if any(st.start <= m.start < exc.start() and not (m.excluded or m.blanket) for m in levels):
            continue  # 'normal at L1-2 except ...': its own level
        if side is not None and st.finding.endswith(("_left", "_right")) and not (
            st.finding.endswith("_" + side)
        ):
            st.levels, st.blanket = LUMBAR_LEVELS, True
        else:
            st.levels, st.blanket = rest, True


#: a template field offering findings to choose from ('Bulge/Protrusion:', 'Bulge or HNP:')
_CHOICE_GAP = re.compile(r"\s*(?:/|or|and/or)\s*", re.I)
_CHOICE_COLON = re.compile(r"[ \t]*:")


#: between two sites of one field's name ('Canal/Foramina:', 'Canal and foramina:')
_SITE_JOIN = re.compile(r"\s*(?:/|&|and|,)\s*", re.I)


def _without_choice_heading(text: str, items: list[Item]) -> list[Item]:
    """``items`` without the findings of a template's choice heading ('Bulge/Protrusion:
    Diffuse bulge'): where a finding is named after its colon, that one is the answer (with
    none named, 'Bulge/Protrusion: None', the heading's findings are what the value speaks of)."""
    for k in range(len(items) - 2):
        a, b = items[k], items[k + 1]
        if (
            a.kind == "F"
            and b.kind == "F"
            and _CHOICE_GAP.fullmatch(text, a.end, b.start)
            and _CHOICE_COLON.match(text, b.end)
            and any(it.kind == "F" for it in items[k + 2 :])
        ):
            return items[:k] + items[k + 2 :]
    return items


def _is_heading(text: str, start: int, m: LevelMention) -> bool:
    """True when level mention ``m`` opens the sentence ('L4/5 and L5/S1: ...', 'At L2-3 and
    L3-4, ...')."""
    return (
        _OPENING.fullmatch(text, start, m.start) is not None
        and _HEADING_COLON.match(text, m.end) is not None
    )


def _take(st: Statement, m: LevelMention) -> None:
    """Give statement ``st`` the levels of mention ``m``."""
    st.levels, st.blanket, st.except_named = m.levels, m.blanket, m.except_named


def _other_side_graded(
    text: str, toks: list[tuple[int, int, Any]], at: int, sides: set[str], grade: str | None
) -> tuple[set[str], str, int] | None:
    """(sides, grade, start) of a grade and the one other side after a level's sided unit with
    no grade of its own, the last of the list ('at L4/5 on the left, mild on the right'), or
    None."""
    rest = [t for t in toks if t[0] >= at]
    if not sides or grade is not None or len(rest) != 2:
        return None
    (a, b, g), (c, _d, side) = rest
    if isinstance(g, LevelMention) or isinstance(side, LevelMention) or g.kind != "G":
        return None
    if side.kind != "D" or len(side.rule.sides) != 1 or set(side.rule.sides) & sides:
        return None
    if _UNIT_TIGHT.fullmatch(text, b, c) is None:
        return None
    return set(side.rule.sides), g.value, a


class SentenceAnalyser:
    """Turns the items of one sentence into :class:`Statement` s."""

    def __init__(self, tagger: Tagger, levels: LevelParser) -> None:
        self.t = tagger
        self.lp = levels

    # ------------------------------------------------------------------ helpers
    def _gap(self, text: str, a: Item, b: Item) -> str:
        return text[a.end : b.start]

    def _site_after(self, text: str, items: list[Item], k: int) -> bool:
        """True when a site follows predicate ``items[k]`` within three words and no comma
        ('narrowing of the foramina'; not 'without changes at L4-L5, foramina ...')."""
        nxt = items[k + 1] if k + 1 < len(items) else None
        return (
            nxt is not None
            and nxt.kind == "S"
            and text.find(",", items[k].end, nxt.start) < 0
            and self.t.n_words(text[items[k].end : nxt.start]) <= 3
        )

    def _back_chain(
        self, text: str, items: list[Item], k: int, allow_cue: bool = True
    ) -> list[Item]:
        """Items before ``items[k]`` forming its modifier/site chain (nearest first reversed)."""
        chain: list[Item] = []
        j = k - 1
        nxt = items[k]
        relative = False  # 'the left lateral recess, which is moderately narrowed'
        # '... projects into the right lateral recess, severely narrowing it': the predicate's
        # pronoun is the site before the comma
        pronoun = items[k].kind == "P" and _IT_AFTER.match(text, items[k].end) is not None
        while j >= 0:
            it = items[j]
            if it.kind == "C" and it.rule.category in ("current", "prior"):
                j -= 1  # 'the canal and recesses are now patent': a time word is transparent
                continue
            if (
                it.kind == "B"
                and not chain[1:]
                and j > 0
                and items[j - 1].kind == "S"
                and _WHICH_IS.fullmatch(text, items[j - 1].end, nxt.start)
            ):
                relative = True
                j -= 1
                continue
            if it.kind not in ("S", "G", "D", "R") and not (
                allow_cue and it.kind == "C" and it.rule.category in ("negation", "hedge")
            ):
                break
            gap = text[it.end : nxt.start]
            if (
                it.kind == "G"
                and (")" in gap or "," in gap)
                and j > 0
                and items[j - 1].kind == "P"
                and (
                    _POST_GRADE_GAP.fullmatch(text, items[j - 1].end, it.start)
                    or ("," in gap and _COPULA_GAP.fullmatch(text, items[j - 1].end, it.start))
                )
            ):
                # 'canal stenosis (mild) and foraminal narrowing', 'left foraminal stenosis is
                # moderate, right foraminal stenosis is mild': the grade of the predicate before
                break
            if "," in gap and (_PRIOR_STATE.search(gap) or _PRIOR_STATE_AFTER.search(gap)):
                gap = _PRIOR_APPOSITIVE.sub(" ", gap)  # ', previously ..., is now patent'
            if (
                _STEADY_STATE.fullmatch(gap)
                or _CHANGED_GAP.fullmatch(gap)
                or _HARD_TO_ASSESS.fullmatch(gap)
            ):
                # 'foramina are unchanged and (remain) mildly ...', 'canal stenosis has decreased
                # (from moderate) to mild', 'foramina are difficult to assess and are (probably)
                # mildly ...'
                gap = " are "
            elif it.kind == "S" and nxt.kind in ("C", "N") and _MEASURED_GAP.fullmatch(gap):
                # 'canal 13 mm, not narrowed': the site's measure, then its state (not 'lateral
                # recess AP 2 mm, severe left subarticular stenosis', a finding of its own)
                gap = " "
            nw = self.t.n_words(gap)
            level_gap = state_after = False
            conj_gap = gap  # the gap as conjunctions are looked for ('L4/5' holds no '/')
            if _LEVEL_ONLY.fullmatch(gap):  # 'canal at L4-5 is narrowed': the level is no gap
                nw, conj_gap = 1, ""
            elif _LEVELISH.search(gap) is not None:
                level_gap = True
            # the site of a relative clause's predicate ('..., which is narrowed', '..., which it
            # narrows')
            of_relative = relative and _WHICH_IS.fullmatch(gap) is not None
            if of_relative and it.kind == "S":
                pass
            elif (
                it.kind == "S"
                and nxt.kind in ("G", "P", "D")  # ('Foramina with bilateral mild narrowing')
                and _WITH_GAP.fullmatch(gap)
                and (
                    _CLAUSE_OPEN.search(text, max(0, it.start - 24), it.start)
                    or (  # (its narrowing, not 'in the foramen with obliteration of the fat')
                        _INTO_OPEN.search(text, max(0, it.start - 32), it.start)
                        and not any(c.kind == "S" for c in chain)
                        and (nxt.kind == "G" or _NARROW_WORD.match(text, nxt.start) is not None)
                    )
                )
                and not self._site_after(text, items, k)
            ):
                pass  # 'Foramina with slight narrowing.': a clause opened by the site, its state
            elif (
                it.kind == "S"
                and items[k].kind in ("N", "P")
                and all(c.kind == "G" for c in chain)
                and _COMMA_GAP_ONLY.fullmatch(gap)
                and _CLAUSE_END.match(text, items[k].end)
                and _CLAUSE_OPEN_WORD.search(text, max(0, it.start - 40), it.start)
            ):
                # 'L4-L5: Decompressed canal, widely patent.', 'Foramina, mildly narrowed.': the
                # site's state after it
                state_after = True
            elif (
                it.kind == "S"
                and nxt.kind == "C"
                and (
                    (
                        _OTHERS_COPULA_GAP.fullmatch(gap)
                        and (
                            text[nxt.start : nxt.end].lower() == "without"
                            or _NOT.fullmatch(text, nxt.start, nxt.end) is not None
                        )
                    )
                    or (
                        _HAS_GAP.fullmatch(gap)
                        and text[nxt.start : nxt.end].lower() in ("no", "without")
                    )
                )
            ):
                # 'Neuroforamina at other levels are without stenosis', 'foramens at all levels
                # are not narrowed': the site's own state
                pass
            elif nw > 3 or _BLOCK_BACK.search(conj_gap) or ("," in gap and nw > 1) or level_gap:
                break
            own_state = (  # 'Foramina without stenosis.': the site's own state
                it.kind == "C"
                and (
                    nxt is items[k]
                    # ('the canal has no significant narrowing'; not 'bulge indenting the thecal
                    # sac without significant stenosis')
                    or (
                        nxt.kind == "G"
                        and nxt is items[k - 1]
                        and nxt.value == "present"
                        and text[nxt.end : items[k].start].isspace()
                        and (
                            not text[items[j - 1].end : it.start].isspace()
                            # ('foramina without significant narrowing': not the sac's, nor
                            # '... upon both neural foramina without significant compression')
                            or (
                                _SAC.search(text, items[j - 1].start, items[j - 1].end) is None
                                and _NARROW_WORD.match(text, items[k].start) is not None
                            )
                        )
                    )
                )
                and j > 0
                and items[j - 1].kind == "S"
                and (
                    (
                        (  # ('Neuroforamina at other levels are without stenosis')
                            text[items[j - 1].end : it.start].isspace()
                            or _COPULA_GAP.fullmatch(text, items[j - 1].end, it.start) is not None
                            or _OTHERS_COPULA_GAP.fullmatch(text, items[j - 1].end, it.start)
                            is not None
                            # ('Spinal canal at L4-5 without stenosis')
                            or _LEVEL_ONLY.fullmatch(text, items[j - 1].end, it.start) is not None
                        )
                        and _WITHOUT_GAP.fullmatch(text, it.end, nxt.start) is not None
                        and text[it.start : it.end].lower() == "without"
                    )
                    or (  # ('Spinal canal no narrowing.', '... no widening or narrowing.': terse)
                        text[items[j - 1].end : it.start].isspace()
                        and _NO_GAP.fullmatch(text, it.end, nxt.start) is not None
                        and text[it.start : it.end].lower() == "no"
                    )
                    or (  # ('The spinal canal of other levels shows no obvious stenosis')
                        _HAS_GAP.fullmatch(text, items[j - 1].end, it.start) is not None
                        and _HAS_CUE_GAP.fullmatch(text, it.end, nxt.start) is not None
                        and text[it.start : it.end].lower() in ("no", "without")
                    )
                )
                # ('the thecal sac without stenosis of the canal or foramina': the sites after it)
                and not self._site_after(text, items, k)
            )
            if it.kind == "C" and _BLOCK_BACK.search(text[it.start : it.end]) and not own_state:
                break  # 'foramina without ... impingement': 'without' does not bridge
            if (
                nxt is items[k]
                and _CONJ.search(conj_gap)
                and it.kind in ("S", "R")
                and not _COPULA.search(gap)
                and not state_after
                and not of_relative
            ):
                break  # "thecal sac and narrowing": the site is not this predicate's
            if (
                nxt.kind == "G"
                and nxt is items[k - 1]
                and it.kind in ("D", "S")
                and _NEW_PHRASE.search(conj_gap)  # (not the 'and' of a list of levels)
                and items[k].kind == "P"
                and not relative
                and not state_after
                and not (pronoun and _COMMA_GAP_ONLY.fullmatch(gap))
            ):
                break  # '... recesses bilaterally, and mildly narrows the canal': a new phrase
            if it.kind == "S" and it.rule.finding == "ignore":
                break
            if (
                it.kind == "D"
                and any(c.kind == "S" for c in chain)
                and _NEW_PHRASE.search(conj_gap)
                and _SIDE_AFTER_ITS_FINDING.search(text, max(0, it.start - 12), it.start)
            ):
                # 'severe foraminal stenosis on the right and mild foraminal stenosis on the
                # left': the side told after the phrase before is that phrase's
                break
            if (
                it.kind == "R"
                and items[k].kind == "N"
                and "," in gap
                and any(c.kind == "S" for c in chain)
            ):
                break  # '... compressing the R L5 root, foramina OK': the root is the last phrase's
            if (
                it.kind == "S"
                and _CONJ.search(conj_gap)
                and not any(c.kind in ("S", "R") for c in chain)
                and not _COPULA.search(gap)
                and not state_after
                and not (pronoun and _COMMA_GAP_ONLY.fullmatch(gap))
                and not of_relative  # ('..., which it narrows')
            ):
                break  # 'left foramen, slight narrowing of ...': a new phrase, not a site list
            if re.search(r",\s*the\b", gap, re.I):
                # 'narrowing of the canal, the left foramen is narrowed', '... is mild, the
                # right foramen is moderately narrowed': a new clause
                break
            if it.kind == "S" and chain and self._object_of_predicate(text, items, j):
                break  # 'narrowing of the thecal sac and bilateral recess narrowing'
            if (
                it.kind == "S"
                and chain
                and _CONJ.search(conj_gap)
                and _OBJECT_OF_VERB.search(text, max(0, it.start - 40), it.start)
                # ('it fills the left lateral recess, which is severely narrowed': the relative
                # clause's own site)
                and not of_relative
            ):
                break  # 'indenting the thecal sac and moderate subarticular narrowing'
            if (
                it.kind == "D"
                and "," in gap
                and len(it.rule.sides) == 2
                and any(c.kind == "D" and len(c.rule.sides) == 1 for c in chain)
            ):
                break  # 'a bulge eccentric to the right, mild right foraminal narrowing': one side
            if (
                it.kind == "S"
                and chain
                and _CONJ.search(conj_gap)
                and _led_by_normal(text, items, j)
            ):
                break  # 'patent canal, moderate right foraminal stenosis': a site with its state
            chain.append(it)
            nxt = it
            j -= 1
            if it.kind == "C" and not _NOT.fullmatch(text, it.start, it.end):
                if (
                    not (
                        j >= 0
                        and items[j].kind == "D"
                        and _SIDE_AND_GAP.fullmatch(text, items[j].end, it.start)
                    )
                    and not (
                        it.rule.category == "hedge"
                        and j >= 0
                        and items[j].kind in ("S", "D")
                        and (
                            _HEDGED_COPULA.fullmatch(text, items[j].end, it.end)
                            or _HARD_TO_ASSESS.fullmatch(text, items[j].end, it.end)
                        )
                    )
                    and not own_state
                    and not (  # 'neither the canal nor the foramina are narrowed': both sites
                        j >= 0
                        and items[j].kind == "S"
                        and text[it.start : it.end].lower() == "nor"
                        and not text[items[j].end : it.start].strip()
                    )
                ):
                    break  # 'no'/'without' opens the phrase: nothing before it belongs to it
                # 'mild left and no right foraminal stenosis': the phrase goes on to its left;
                # 'the canal is possibly narrowed', 'foramina are likely patent': a hedge after
                # the copula
        chain.reverse()
        while chain and chain[0].kind in ("C", "R"):
            chain.pop(0)
        return chain

    def _object_of_predicate(self, text: str, items: list[Item], j: int) -> bool:
        """True when site ``items[j]`` is the object of an earlier predicate ('narrowing of
        (both) the lateral recesses'): only side and grade words lie between them."""
        i = j - 1
        while i >= 0 and items[i].kind in ("D", "G"):
            i -= 1
        if i < 0 or items[i].kind != "P":
            return False
        return _OF_OBJECT.match(text, items[i].end, items[j].start) is not None

    def _object_site(self, text: str, items: list[Item], k: int) -> bool:
        """Whether verb ``items[k]`` has a site of its own right after it, its object ('narrows
        the left exit foramen'), while the site before it modifies another noun ('a foraminal
        osteophyte') or ends a phrase of its own before a comma ('narrows the spinal canal of
        moderate degree, narrows both lateral recesses')."""
        j = k - 1
        while j >= 0 and items[j].kind == "G":
            j -= 1
        if j < 0 or items[j].kind != "S":
            return False
        if (
            not _NOUN_AFTER_SITE.match(text, items[j].end)
            and text.find(",", items[k - 1].end, items[k].start) < 0
            # ('narrows the canal mildly and narrows both foramina': a second verb after its grade)
            and not (j < k - 1 and _AND_GAP.fullmatch(text, items[j + 1].end, items[j + 2].start))
        ):
            return False
        chain = self._fwd_chain(text, items, k, set(), 2, False)
        return any(
            it.kind == "S" and it.rule.finding in items[k].rule.applies_to for it in chain
        )

    def _fwd_chain(
        self,
        text: str,
        items: list[Item],
        k: int,
        consumed: set[int],
        max_first_gap: int,
        lenient_list: bool,
    ) -> list[Item]:
        chain: list[Item] = []
        j = k + 1
        prev = items[k]
        while j < len(items):
            it = items[j]
            if (
                j == k + 1
                and it.kind == "F"
                and it.rule.finding == "disc_normal"
                and items[k].kind == "N"
            ):
                prev, j = it, j + 1  # 'normal discs and canal': the disc is its own statement
                continue
            if it.kind == "C" and chain and _NOR.fullmatch(text, it.start, it.end):
                j += 1  # 'does not compromise the canal nor the foramina': the list goes on
                continue
            if it.kind not in ("S", "G", "D", "R"):
                break
            if it.kind == "S" and (id(it) in consumed or it.rule.finding == "ignore"):
                break
            gap = text[prev.end : it.start]
            if "(" in gap:  # 'narrowing the canal (AP diameter 9 mm) and both lateral recesses'
                gap = _MEASURE.sub(" ", gap)
            nw = self.t.n_words(gap)
            if (
                not chain
                and nw > max_first_gap
                and (w := _WIDTH_OF.match(gap) or _PORTION_OF.match(gap))
            ):
                # 'reduction of the width of the lateral recesses': the recesses are narrowed;
                # 'narrows the outer portion of the left neural foramen': the foramen is
                nw = self.t.n_words(gap[w.end() :]) + 1
            if _LEVELISH.search(gap) and not _LEVEL_ONLY.fullmatch(gap):
                break  # a level mention starts another statement ('the right L4-5 foramen' is one)
            if it.kind == "D" and chain and "," in gap:
                break
            if not chain:
                if nw > max_first_gap or _BLOCK_FIRST.search(gap):
                    break
            else:
                last_kind = chain[-1].kind
                if _CONTACT_VERB.search(gap):
                    break
                if last_kind in ("S", "R"):
                    # list continuation: 'canal, both recesses and the left foramen' (past the
                    # site's measure: 'the canal calibre and of the lateral recesses')
                    stripped = _CONJ.sub(" ", _SITE_MEASURE.sub("", gap, count=1))
                    limit = 4 if lenient_list else 2
                    if _LIST_BREAK.search(gap):
                        break
                    if self.t.n_words(stripped) > limit:
                        break
                    if it.kind == "S" and _COMMA_THE.fullmatch(gap) and _IS_AFTER.match(text, it.end):
                        break  # '... of the left lateral recess, the thecal sac is effaced': a clause
                    if it.kind in ("G", "D") and _CONJ.search(gap):
                        # 'of both recesses and moderate bilateral foraminal stenosis': the grade
                        # opens the next site's phrase; it is this list's only if that site is
                        nxt_at = next(
                            (i for i in range(j + 1, len(items)) if items[i].kind not in ("G", "D")),
                            None,
                        )
                        if (
                            nxt_at is not None
                            and items[nxt_at].kind == "R"
                            and nxt_at + 1 < len(items)
                            and _ROOT_IN.fullmatch(
                                text, items[nxt_at].end, items[nxt_at + 1].start
                            )
                        ):
                            # '... the thecal sac and the left L5 root in the lateral recess':
                            # the site the root lies in
                            nxt_at += 1
                        nxt_site = None if nxt_at is None else items[nxt_at]
                        if nxt_site is None or nxt_site.kind != "S" or id(nxt_site) in consumed:
                            break
                elif (nw > 2 or _BLOCK_FWD.search(gap)) and not (
                    (last_kind == "D" and it.kind == "S" and _PART_OF.fullmatch(gap))
                    # 'narrowing of the right and left L4-5 foramina': two sides of the site
                    or (last_kind == "D" and it.kind == "D" and _SIDES_AND.fullmatch(gap))
                ):
                    break
            if (
                it.kind == "G"
                and chain
                and chain[-1].kind == "S"
                and (paren := _PAREN_GRADE.match(text, prev.end)) is not None
                and paren.start(1) == it.start
                and it.end == paren.end(1)
            ):
                # 'the left lateral recess (moderate) and the left foramen (mild)': the grade is
                # its site's, put before it; the list goes on after the parenthesis
                chain.insert(len(chain) - 1, it)
                prev = Item(it.start, paren.end(), "S", chain[-1].rule)
                j += 1
                continue
            chain.append(it)
            prev = it
            j += 1
        while chain and chain[-1].kind in ("G", "R"):
            chain.pop()
        return chain

    def _sites(
        self,
        chain: list[Item],
        forward: bool,
        pred_grade: str | None,
        extra_sides: list[Item],
        text: str,
    ) -> Sites:
        """(site finding kind, {schema finding: grade or None}) for each site of a chain.

        A site takes the side of the site before it ('mild left lateral recess and foraminal
        narrowing') unless an article of its own parts them ('the left lateral recess and the
        foramina are patent': both foramina; ``text``, the sentence's text, tells)."""
        out = []
        segs: list[tuple[Item, list[Item]]] = []
        cur: list[Item] = []
        for it in chain:
            if it.kind == "S":
                segs.append((it, cur))
                cur = []
            else:
                cur.append(it)
        tail = cur
        inherited: str | None = None
        inherited_sides: list[Item] = []  # 'mild left lateral recess and foraminal narrowing'
        for i, (site, own) in enumerate(segs):
            mods = list(own)
            if tail and (not forward or i == len(segs) - 1):
                mods += tail
            site_grade = _grade_of(mods)
            if site_grade is None:
                site_grade = inherited if inherited is not None else pred_grade
            else:
                inherited = site_grade
            kind = site.rule.finding
            names = SITE_FINDING[kind]
            grades: dict[str, str | None] = {}
            if len(names) == 1:
                grades[names[0]] = site_grade
            else:
                side_items = [m for m in mods if m.kind == "D"]
                if side_items:
                    inherited_sides = [m for m in own if m.kind == "D"]
                elif i and (
                    _OWN_ARTICLE.search(text, segs[i - 1][0].end, site.start)
                    # 'Right lateral recess, central canal and foramina are patent': both
                    # foramina (a plural site after a singular one keeps no side)
                    or (_plural(text, site) and not _plural(text, segs[i - 1][0]))
                ):
                    inherited_sides = []
                side_items = side_items or inherited_sides or extra_sides
                # each side its own grade, told side first too ('Neuroforamina on the right
                # mild, left severe narrowed')
                paired = _side_grades(
                    [m for m in mods if m.kind == "D"], [m for m in mods if m.kind == "G"]
                )
                if not side_items:
                    grades = {n: site_grade for n in names}
                elif paired:
                    grades = {n: g for sides, g in paired for n in _sided(names, sides)}
                else:
                    cur_g: str | None = None
                    for m in mods if any(m.kind == "D" for m in mods) else side_items:
                        if m.kind == "G":
                            cur_g = m.value
                        elif m.kind == "D":
                            for s in m.rule.sides:
                                n = names[0] if s == "left" else names[1]
                                grades[n] = cur_g or site_grade
            out.append((kind, grades))
        return out

    # ------------------------------------------------------------------ main
    def analyse(
        self,
        text: str,
        start: int,
        end: int,
        items: list[Item],
        levels: list[LevelMention],
        scopes: Scopes,
    ) -> list[Statement]:
        """Statements of the sentence ``[start, end)`` (``items``/``levels`` inside it)."""
        if text.find(":", start, end) >= 0:
            items = _without_choice_heading(text, items)
        out, items = self._fields(text, start, end, items, levels, scopes)
        if _PRIOR_STATE.search(text, start, end) or (
            text.find(",", start, end) >= 0 and _PRIOR_STATE_AFTER.search(text, start, end)
        ):
            items = _without_prior_states(text, start, end, items)
        if _NOW.search(text, start, end):
            items = _current_grades(text, start, end, items)
        if _CHANGED_TO.search(text, start, end):
            items = _changed_to_grades(text, start, end, items)
        if _REREAD_CUE.search(text, start, end):
            items = _reread_grades(text, items)
        if _POSTURE_WORD.search(text, start, end):
            items = _posture_grades(text, end, items, levels)
        raised: list[int] = []
        if _HEDGED_GRADE.search(text, start, end):
            items, raised = _hedged_grades(text, end, items, levels)
        consumed: set[int] = set()
        rels: list[Relation] = []
        # kind: 'P' predicate, 'N' normal. (anchor start, end, sites, kind, negated)
        # ('no spinal canal disease' states none; 'mass effect on the thecal sac' nothing)
        preds = [
            k
            for k, it in enumerate(items)
            if it.kind == "P" and not (it.rule.negated_only and not scopes.negated(it.start))
        ]
        norms = [k for k, it in enumerate(items) if it.kind == "N"]
        fwd_todo: list[int] = []
        excepted = has_exception(text, start, end)  # (cheap test for _EXCEPT)
        for k in preds:
            p = items[k]
            chain = self._back_chain(text, items, k)
            site_items = [
                it for it in chain if it.kind == "S" and it.rule.finding in p.rule.applies_to
            ]
            if site_items and _VERB_OBJECT.match(text, p.end) and self._object_site(text, items, k):
                # 'a foraminal osteophyte moderately narrows the left exit foramen': the verb's
                # object is its site, not the adjective of its subject
                site_items = []
            if not site_items:
                fwd_todo.append(k)
                continue
            for si in site_items:
                consumed.add(id(si))
            rels.append(self._relation(text, items, k, chain, False, scopes))
        norm_fwd: list[int] = []
        for k in norms:
            chain = self._back_chain(text, items, k)
            chain = [it for it in chain if not (it.kind == "S" and id(it) in consumed)]
            if not any(it.kind == "S" for it in chain):
                norm_fwd.append(k)
                continue
            self._add_norm(text, items, k, chain, False, consumed, scopes, rels)
        for k in fwd_todo:
            p = items[k]
            if excepted and (rel := self._excepted_site(text, items, k, scopes)) is not None:
                rels.append(rel)  # 'the foramina are patent except at L5-S1, where ... narrowing'
                continue
            chain = self._fwd_chain(text, items, k, consumed, 4, False)
            chain = [it for it in chain if it.kind != "S" or it.rule.finding in p.rule.applies_to]
            if any(it.kind == "S" for it in chain):
                for s in chain:
                    if s.kind == "S":
                        consumed.add(id(s))
                rels.append(self._relation(text, items, k, chain, True, scopes))
            elif (rel := self._elided_site(text, items, k, rels, scopes)) is not None:
                rels.append(rel)  # 'the left foramen is narrowed; the right mildly narrowed'
            elif (rel := self._site_named_later(text, items, k, scopes)) is not None:
                rels.append(rel)  # 'severe narrowing of the left and moderate ... right recess'
            elif (rel := self._repeated_predicate(text, items, k, rels, scopes)) is not None:
                rels.append(rel)  # 'mildly narrowed at L2-3, moderately narrowed at L3-4'
            elif (prev := self._graded_by(text, items, k, rels)) is not None:
                # 'narrows the right foramen with mild to moderate stenosis': the grade of that
                # narrowing, not a canal stenosis
                pre = self._pre_grade(text, items, k)
                if pre is not None:
                    anchor, _tail, sites, kind, neg = prev
                    regraded: Sites = [(s, dict.fromkeys(g, pre)) for s, g in sites]
                    rels.append((anchor, p.end, regraded, kind, neg))
            elif (head := self._heading_site(text, start, items, k)) is not None:
                # 'Foramina: slight narrowing on the right at L4/L5' (a site heading over prose)
                implied = Item(p.start, p.end, "S", head.rule)
                chain = self._back_chain(text, items, k) + [implied]
                rels.append(self._relation(text, items, k, chain, False, scopes))
            elif p.rule.site is not None:  # 'mild b/l NFN': the predicate names its site
                chain = self._back_chain(text, items, k) + [_implied_site(p)]
                rels.append(self._relation(text, items, k, chain, False, scopes))
            elif p.rule.standalone is True or (
                # ('L3-L4: small bulge, no narrowing': after a named level, not under a site's
                # heading: 'Subarticular recesses: ...; otherwise no significant narrowing.')
                p.rule.standalone == "negated"
                and scopes.negated(p.start)
                and any(m.end <= p.start and not (m.blanket or m.excluded) for m in levels)
            ):
                neg = scopes.negated(p.start)
                pre = self._pre_grade(text, items, k)
                standalone: Sites
                if neg:
                    standalone = [
                        ("canal", {"canal_stenosis": None}),
                        (
                            "foraminal",
                            {"foraminal_stenosis_left": None, "foraminal_stenosis_right": None},
                        ),
                    ]
                else:  # ('moderate stenosis', 'the stenosis is moderate')
                    post = None if pre is not None else self._post_grade(text, items, k)
                    standalone = [("canal", {"canal_stenosis": pre or post})]
                rels.append((p.start, p.end, standalone, "P", neg))
        for k in norm_fwd:
            chain = self._fwd_chain(text, items, k, consumed, 2, True)
            if any(it.kind == "S" for it in chain):
                self._add_norm(text, items, k, chain, True, consumed, scopes, rels)
            elif (rel := self._elided_site(text, items, k, rels, scopes)) is not None:
                rels.append(rel)  # 'the left foramen is narrowed; the right is patent'
            else:  # 'the canal is mildly narrowed at L3-4 and is patent at L1-2 and L5-S1'
                n = items[k]
                prev = [r for r in rels if r[1] <= n.start]
                if prev and _AND_COPULA.fullmatch(text, prev[-1][1], n.start):
                    sites = [(s, dict.fromkeys(g)) for s, g in prev[-1][2]]
                    rels.append((n.start, n.end, sites, "N", scopes.negated(n.start)))

        if (
            rels
            and (text.find(" of ", start, end) >= 0 or text.find(" in ", start, end) >= 0)
            and len(consumed) < sum(it.kind == "S" for it in items)
        ):
            self._and_of_sites(text, items, consumed, rels)
        if rels and text.find(" and ", start, end) >= 0:
            self._and_site_graded(text, items, consumed, rels)
        if text.find("(", start, end) >= 0:
            rels = [self._paren_grade(text, items, r) for r in rels]
        if _SHARED_HINT.search(text, start, end):
            rels = self._shared_side(text, end, levels, rels)
        # anchors of relations graded per level (in parentheses, or sided per level)
        per_level: set[int] = set()
        out += self._level_sides(text, end, items, levels, rels, scopes, per_level)
        rest = [r for r in rels if r[0] not in per_level] if per_level else rels
        distributed: set[int] = set()  # anchors of relations whose grades follow per level
        out += self._elided_grades(text, items, levels, rest, scopes, distributed, rels)
        if text.find("(", start, end) >= 0:
            out += self._level_paren_grades(text, items, levels, rest, scopes, per_level)
        spread: list[Statement] = []
        for anchor, tail, sites, kind, neg in rels:
            if anchor in per_level:
                continue  # each level carries its own grade
            hedged = scopes.hedged(anchor) or scopes.hedged(tail - 1)
            if raised and not hedged:  # (its grade raised by a hedged one after it)
                hedged = any(
                    anchor <= g < tail or (0 <= g - tail <= 20 and "," not in text[tail:g])
                    for g in raised
                )
            for _site, grades in sites:
                for name, g in grades.items():
                    if kind == "N":
                        if neg:
                            continue  # 'no ..., normal canal' mis-scoped, or 'not patent': say nothing
                        value = "none"
                    elif neg:
                        value = "none"
                    else:
                        value = "present" if g in (None, "present") else g
                    st = Statement(name, value, hedged and value != "none", anchor, tail)
                    out.append(st)
                    if anchor in distributed:
                        spread.append(st)

        # disc findings, Modic, listhesis
        fitems = [k for k, it in enumerate(items) if it.kind == "F"]
        undecided: set[int] = set()
        for a, b in zip(fitems, fitems[1:], strict=False):
            fa, fb = items[a], items[b]
            pair = {fa.rule.finding, fb.rule.finding}
            if pair == {"disc_bulge", "disc_herniation"} and _OR_GAP.match(text[fa.end : fb.start]):
                undecided.update((a, b))
        for k in fitems:
            it = items[k]
            f = it.rule.finding
            neg = scopes.negated(it.start)
            if it.rule.negated_only and not neg:
                continue
            hedged = scopes.hedged(it.start) or (k in undecided and not neg)
            if f in ("disc_generic", "disc_normal"):
                # 'Discs unremarkable for age.' (plural, no level): every disc, not the one carried
                every = (
                    f == "disc_normal"
                    and _PLURAL_DISCS.search(text, it.start, it.end) is not None
                    and _THESE_DISCS.search(text) is None
                )
                for name in ("disc_bulge", "disc_herniation"):
                    st = Statement(name, "absent", False, it.start, it.end)
                    st.global_when_levelless = every
                    out.append(st)
                continue
            if f == "modic":
                nxt = next((items[j] for j in fitems if j > k), None)
                if (
                    nxt is not None
                    and nxt.rule.finding == "modic"
                    and (
                        _TURNED_INTO.search(text, it.end, nxt.start)
                        or (
                            _TO_GAP.fullmatch(text, it.end, nxt.start)
                            and (
                                _TURN_AFTER.match(text, nxt.end)
                                or _TURN_BEFORE.search(text, max(0, it.start - 32), it.start)
                            )
                        )
                    )
                ):
                    # ('... change from Modic 1 to Modic 2')
                    # 'the Modic 1 changes have converted to Modic 2', 'Modic 1 to Modic 2
                    # evolution': the later type
                    continue
                value = "none" if neg else (it.value or it.rule.value)
                turned = _TURNED_TO_TYPE.match(text, it.end, min(end, it.end + 110))
                if turned is None and _TURN_BEFORE.search(text, max(0, it.start - 32), it.start):
                    # 'conversion from Modic type 1 to type 2' (one mention): the later type
                    turned = _TO_TYPE.search(text, it.start, it.end)
                if turned is None and (now := _RESOLVED_NOW_TYPE.match(text, it.end, end)):
                    # 'the Modic 1 oedema has resolved, now type 2 fatty change': the type now
                    turned, neg = now, False
                if turned is not None and not neg:  # '... has evolved to type 2'
                    value = Tagger.modic_type(turned.group("type"))
                if value == "typed":
                    value = "present"
                st = Statement("modic", value, hedged and not neg, it.start, it.end)
                st.current = turned is not None and not neg
                out.append(st)
                continue
            if neg and _OTHER_KIND.search(text, max(start, it.start - 40), it.start):
                continue  # 'isthmic rather than degenerative listhesis': of its kind, not of it
            st = Statement(f, "absent" if neg else "present", hedged and not neg, it.start, it.end)
            if neg and (
                _RECURRENT.search(text, max(start, it.start - 30), it.start)
                or _WITH_IT.match(text, it.end)
            ):
                st.local = True
            if f == "spondylolisthesis":
                # (not 'No listhesis at this level.': of the level carried)
                st.global_when_levelless = not _AT_THIS_LEVEL.match(text, it.end, end)
                m = _LISTHESIS_OF.match(text, it.end, min(end, it.end + 60))
                if m is None and (
                    lead := _LISTHESIS_BEFORE.search(text, max(start, it.start - 60), it.start)
                ):
                    ia = self.lp.vertebra_index(lead.group("a"))
                    ib = self.lp.vertebra_index(lead.group("b")) if lead.group("b") else None
                    # 'L4 L5 spondylolisthesis' names the disc level L4-L5 (the levels' business)
                    if ia is not None and not _VERTEBRA_BEFORE.search(
                        text, max(start, lead.start() - 8), lead.start()
                    ):
                        # ('L4 on L5 anterolisthesis': of L4 on L5)
                        below = ib if ib is not None and ib > ia else ia + 1
                        st.levels = discs_between(ia, below) or None
                elif m:
                    va, vb = (
                        (m.group("a"), m.group("b"))
                        if m.group("a")
                        else (m.group("a2"), m.group("b2"))
                        if m.group("a2")
                        else (m.group("a3"), None)
                    )
                    ia = self.lp.vertebra_index(va)
                    ib = self.lp.vertebra_index(vb) if vb else None
                    if vb and ib is None:
                        st.levels = ()  # 'of L5 on L6' (six lumbar vertebrae): no schema level
                    elif ia is not None:
                        lv = discs_between(ia, ib if ib is not None and ib > ia else ia + 1)
                        stop = m.end()
                        while more := _LISTHESIS_MORE.match(text, stop, end):
                            ja = self.lp.vertebra_index(more.group("a"))
                            jb = self.lp.vertebra_index(more.group("b"))
                            if ja is None or jb is None or jb <= ja:
                                break
                            lv += tuple(d for d in discs_between(ja, jb) if d not in lv)
                            stop = more.end()
                        if lv:
                            st.levels = lv
                            st.end = stop
            out.append(st)
        modic = [items[k] for k in fitems if items[k].rule.finding == "modic"]
        if modic:  # 'Modic type 1 changes at L3-4 and type 2 changes at L2-3': the second type
            for m in _BARE_TYPE.finditer(text, modic[0].end, end):
                if scopes.negated(m.start()) or any(
                    it.start <= m.start() < it.end for it in items if it.kind == "F"
                ):
                    continue
                if m.group("end") is not None and _TYPE_WORD.search(
                    text, modic[0].start, m.start()
                ):
                    continue  # a type at a clause's end: only after an untyped mention
                typed = Tagger.modic_type(m.group())
                if _TURNED_INTO.search(text, modic[0].end, m.start()):
                    # 'Modic type 1 changes ... have converted to type 2': the type now only
                    out = [st for st in out if st.finding != "modic" or st.start >= m.start()]
                out.append(Statement("modic", typed, scopes.hedged(m.start()), m.start(), m.end()))
        open_neg = any(st.levels is None and st.value in NEGATIVE_VALUES for st in out)
        for st in out if open_neg and _OTHER_WORD.search(text, start, end) else ():
            if (
                st.levels is None
                and st.value in NEGATIVE_VALUES
                and _NO_OTHER.search(text, max(start, st.start - 40), st.start)
                # 'no further disc pathology from L1 to L3': the levels it names
                and not any(m.start >= st.end and not m.blanket for m in levels)
            ):  # 'no other (significant) canal stenosis': the levels not stated otherwise
                st.levels, st.blanket = LUMBAR_LEVELS, True  # weaker than any named level
        if excepted:
            _except_levels(text, start, end, out, levels)
        self._attach_levels(text, start, end, out, levels)
        out += _graded_level_list(text, items, out, levels)
        if text.find("respectively", start, end) >= 0:
            out = _respectively(text, items, out, levels)
        if spread:  # 'the thecal sac is narrowed: mildly at L3-4, ...': no row of its own
            drop = {id(st) for st in spread if st.levels is None}
            out = [st for st in out if id(st) not in drop]
        return out

    def _level_paren_grades(
        self,
        text: str,
        items: list[Item],
        levels: list[LevelMention],
        rels: list[Relation],
        scopes: Scopes,
        used: set[int],
    ) -> list[Statement]:
        """A stenosis graded per level in parentheses: 'foraminal narrowing at L2-3 (mild, left),
        L4-5 (mild, bilateral) and L5-S1 (severe, left; right foramen patent)'. Each level gets
        the statement's findings with the grade (and sides, when given) of its parentheses; the
        anchors of the relations so distributed are added to ``used``."""
        preds = [r for r in rels if r[3] == "P" and not r[4]]
        out: list[Statement] = []
        for m in levels:
            if m.excluded or m.blanket:
                continue
            pm = _LEVEL_PAREN.match(text, m.end)
            if pm is None:
                continue
            stop = text.find(";", pm.start(1), pm.end(1))  # '(severe, left; right ... patent)'
            stop = pm.end(1) if stop < 0 else stop
            inner = [it for it in items if pm.start(1) <= it.start and it.end <= stop]
            grades = [it.value for it in inner if it.kind == "G"]
            if not grades or any(it.kind not in ("G", "D") for it in inner):
                continue
            if YEAR.search(text, pm.start(1), stop):
                continue  # '(moderate in 2021)': an earlier study's grade
            prev = [r for r in preds if r[1] <= m.start]
            if not prev:
                continue
            anchor, tail, sites, _kind, _neg = prev[-1]
            if any(tail <= it.start < m.start and it.kind in "SPNF" for it in items):
                continue  # another statement lies between
            grade = max(grades, key=lambda g: GRADE_RANK.get(g, 0))
            ds = [it for it in inner if it.kind == "D"]
            # each side its own grade ('(right moderate, left mild)'), or all the grade's
            graded = _side_grades(ds, [it for it in inner if it.kind == "G"]) or [
                ({s for it in ds for s in it.rule.sides}, grade)
            ]
            hedged = scopes.hedged(anchor) or scopes.hedged(pm.start())
            used.add(anchor)
            for sides, value in graded:
                for _site, names in sites:
                    for name in _on_sides(names, sides):
                        out.append(
                            Statement(name, value, hedged, pm.start(), pm.end(), m.levels, False)
                        )
        return out

    def _and_of_sites(
        self,
        text: str,
        items: list[Item],
        consumed: set[int],
        rels: list[Relation],
    ) -> None:
        """A site whose predicate is elided after 'and of': 'mild narrowing of the right foramen
        at L4/5 and of both foramina at L5/S1' (the second site takes the first's predicate,
        grade and negation). Appends its relation to ``rels``."""
        for k, si in _free_sites(items, consumed):
            prev = [r for r in rels if r[1] <= si.start and r[3] == "P"]
            if not prev:
                continue
            _anchor, tail, sites, _kind, neg = prev[-1]
            m = _AND_OF.match(text, tail, si.start)
            if m is None:
                continue
            # only sides and grades between: 'and of both foramina', 'and of the left'
            mods = [it for it in items[:k] if it.start >= m.end()]
            if any(it.kind not in ("D", "G") for it in mods):
                continue
            words = text[m.end() : si.start]
            for it in reversed(mods):
                words = words[: it.start - m.end()] + words[it.end - m.end() :]
            if words.strip():
                continue
            grade = next((g for _s, gr in sites for g in gr.values() if g), None)
            self._join_elided(text, mods, si, grade, (si.start, si.end), neg, consumed, rels)

    def _and_site_graded(
        self,
        text: str,
        items: list[Item],
        consumed: set[int],
        rels: list[Relation],
    ) -> None:
        """A second site graded by an adverb after 'and', its verb elided: 'reduces the right
        foramen moderately and the left foramen mildly' (the left, mild; the verb's negation).
        Appends its relation to ``rels``."""
        for k, si in _free_sites(items, consumed):
            if (
                k + 1 >= len(items)
                or items[k + 1].kind != "G"
                or not text[si.end : items[k + 1].start].isspace()
                or _GRADE_END.match(text, items[k + 1].end) is None
            ):
                continue
            mods: list[Item] = []
            j = k - 1
            while j >= 0 and items[j].kind == "D":
                mods.insert(0, items[j])
                j -= 1
            head = mods[0].start if mods else si.start
            # the grade of the site before, then 'and (the)': 'the right foramen moderately and'
            if j < 1 or items[j].kind != "G" or items[j - 1].kind != "S":
                continue
            if _AND_THE.fullmatch(text, items[j].end, head) is None:
                continue
            prev = [r for r in rels if r[3] == "P" and r[0] < items[j - 1].end <= r[1] + 1]
            if not prev or items[j - 1].rule.finding != si.rule.finding:
                continue
            span = (head, items[k + 1].end)
            self._join_elided(text, mods, si, items[k + 1].value, span, prev[-1][4], consumed, rels)

    def _join_elided(
        self,
        text: str,
        mods: list[Item],
        si: Item,
        grade: str | None,
        span: tuple[int, int],
        neg: bool,
        consumed: set[int],
        rels: list[Relation],
    ) -> None:
        """Append the relation of site ``si`` (with its sides and grades ``mods``) whose predicate
        is elided, graded ``grade`` over ``span``, and mark the site read."""
        consumed.add(id(si))
        rels.append((*span, self._sites([*mods, si], True, grade, [], text), "P", neg))

    def _level_sides(
        self,
        text: str,
        end: int,
        items: list[Item],
        levels: list[LevelMention],
        rels: list[Relation],
        scopes: Scopes,
        used: set[int],
    ) -> list[Statement]:
        """Sides stated per level after a foraminal or subarticular stenosis: 'mild foraminal
        narrowing at L4-5 on the right and at L5-S1 bilaterally', 'moderate foraminal narrowing,
        right at L4-5 and left at L5-S1', 'at L3-4 (left) and L4-5 (right)'. Each level takes the
        side(s) and, when it states one, the grade of its own unit (level then side, or side then
        level); a level with no side of its own takes the next one's ('at L3-4 and L4-5 on the
        right'), else both. The anchors of the relations so distributed are added to ``used``."""
        out: list[Statement] = []
        for anchor, tail, sites, kind, neg in rels:
            if kind != "P" or neg or anchor in used:
                continue
            if not all(site in ("foraminal", "subarticular") for site, _g in sites):
                continue
            # (up to the next relation's words: '... L3-4, severe right foraminal stenosis
            # L5-S1' states a finding of its own)
            stop = min((a for a, *_ in rels if a >= tail), default=end)
            if not any(tail <= m.start < stop for m in levels) or not any(
                it.kind == "D" and tail <= it.start < stop for it in items
            ):
                continue  # no level and side after it: nothing to distribute
            units = [  # (a blanket with no side or grade of its own is another statement's:
                # 'Foraminal narrowing on the left at L4-L5, others are normal')
                u
                for u in self._side_units(text, stop, tail, items, levels)
                if not (u[0].blanket and not u[1] and not u[2])
            ]
            if not units or not any(sides for _lv, sides, _g, _a in units):
                continue
            own = {n.rsplit("_", 1)[1] for _site, gr in sites for n in gr}
            if len(own) == 1 and units[0][1] and not own <= units[0][1]:
                continue  # 'left foraminal narrowing at L4-5 on the right'? say nothing new
            if any(
                it.kind == "D" and len(it.rule.sides) == 2 and anchor <= it.start < tail
                for it in items
            ):
                # 'Bilateral foraminal stenosis L4/5 and L5/S1, severe on the left at L5/S1':
                # both sides are stated; a unit's own side only grades that side
                for lv, sides, grade, at in units:
                    if sides and grade:
                        hedged = scopes.hedged(anchor) or scopes.hedged(at)
                        out += [
                            Statement(name, grade, hedged, at, lv.end, lv.levels, lv.blanket)
                            for site, _gr in sites
                            for name in _on_sides(SITE_FINDING[site], sides)
                        ]
                continue
            for i, (lv, sides, grade, at) in enumerate(units):
                if not sides:  # 'at L3-4 and L4-5 on the right': the list shares the side
                    sides = next((u[1] for u in units[i + 1 :] if u[1]), None)
                hedged = scopes.hedged(anchor) or scopes.hedged(at)
                for site, gr in sites:
                    g0 = next(iter(gr.values()), None)
                    value = grade or ("present" if g0 in (None, "present") else g0)
                    for name in _on_sides(SITE_FINDING[site], sides):
                        out.append(
                            Statement(
                                name,
                                value,
                                hedged,
                                at,
                                lv.end,
                                lv.levels,
                                lv.blanket,
                                except_named=lv.except_named,
                            )
                        )
            used.add(anchor)
        return out

    @staticmethod
    def _shared_side(
        text: str, end: int, levels: list[LevelMention], rels: list[Relation]
    ) -> list[Relation]:
        """The relations, with a lateral stenosis listed over several levels and then given one
        side for all ('moderate at L4-5 and severe at L5-S1, both on the left', 'at L3-4 and L4-5,
        all on the right') narrowed to that side."""
        for m in levels:
            sh = _UNIT_SHARED.match(text, m.end, end)
            if sh is None:
                continue
            side = sh.group(1).lower()
            out: list[Relation] = []
            for rel in rels:
                anchor, tail, sites, kind, neg = rel
                n_levels = sum(len(lv.levels) for lv in levels if tail <= lv.start < sh.start())
                lateral = all(site in ("foraminal", "subarticular") for site, _g in sites)
                if kind == "P" and not neg and lateral and n_levels > 1 and anchor < m.start:
                    sites = [
                        (site, {n: gr[n] for n in _on_sides(gr, (side,))}) for site, gr in sites
                    ]
                    rel = (anchor, tail, sites, kind, neg)
                out.append(rel)
            return out
        return rels

    @staticmethod
    def _side_units(
        text: str, end: int, tail: int, items: list[Item], levels: list[LevelMention]
    ) -> list[tuple[LevelMention, set[str] | None, str | None, int]]:
        """The (level, sides, grade, start) units right after ``tail``, or [] when the words there
        are not such a list. Units are 'L4-5 (mild) on the right' or '(mild) right at L4-5',
        joined by 'and' or commas."""
        toks: list[tuple[int, int, Any]] = [
            (it.start, it.end, it) for it in items if tail <= it.start < end
        ]
        toks += [(m.start, m.end, m) for m in levels if tail <= m.start < end and not m.excluded]
        toks.sort(key=lambda t: t[0])
        units: list[tuple[LevelMention, set[str] | None, str | None, int]] = []
        sides: set[str] = set()
        grade: str | None = None
        lv: LevelMention | None = None
        first_at: int | None = None
        level_first: bool | None = None
        # sided grades waiting for their level; the sided grades the last level took
        pending: list[tuple[set[str], str | None, int]] = []
        shared: list[tuple[set[str], str | None, int]] = []
        after_comma = False  # the level's side or grade came after a comma
        pos = tail
        for a, b, tok in toks:
            gap = text[pos:a]
            sep = _UNIT_SEP.fullmatch(gap) is not None
            if not sep and _UNIT_TIGHT.fullmatch(gap) is None:
                break
            is_level = isinstance(tok, LevelMention)
            if not is_level and tok.kind == "D" and _UNIT_SHARED.match(text, pos, end):
                break  # ', both on the left': one side for the list (``_shared_side``)
            if not is_level and tok.kind == "B" and text[a:b] == ":":
                continue  # 'foraminal narrowing: L4-5 right, L5-S1 bilateral'
            if not is_level and tok.kind not in ("G", "D"):
                if tok.kind in ("S", "P") and units and not text[units[-1][0].end : a].strip():
                    # '... and moderate right L3/4 lateral recess stenosis': the level opens a
                    # statement of its own, not a list of sided levels
                    return []
                break
            if level_first is None:
                if not is_level and tok.kind == "G":
                    grade, first_at, pos = tok.value, a, b
                    continue
                level_first = is_level
                if is_level and sep:
                    break  # 'narrowing, L4-5 ...' would be a new field
            if level_first:
                if is_level:
                    if lv is not None:
                        if not sep:
                            if after_comma:
                                # '... at L3-4 and L4-5, moderate on the right at L5-S1': the
                                # side and grade after the comma are the next level's
                                sides, grade = set(), None
                            break
                        units.append((lv, sides or None, grade, first_at or lv.start))
                    lv, sides, grade, first_at, after_comma = tok, set(), None, a, False
                elif sep and (sides or grade is not None or gap.strip() != ","):
                    other = _other_side_graded(text, toks, a, sides, grade)
                    if lv is not None and other is not None:
                        # 'moderate foraminal stenosis at L4/5 on the left, mild on the right':
                        # the level's other side with a grade of its own, ending the list
                        return [*units, (lv, sides, None, first_at or lv.start), (lv, *other)]
                    # 'at L4-5 is moderate on the left and mild on the right': the level's own
                    # per-side grades (the relation has them); not a list of sided levels
                    return []
                else:
                    after_comma = after_comma or sep
                    if tok.kind == "D":
                        sides |= set(tok.rule.sides)
                    else:
                        grade = tok.value
            else:
                if sep and sides and grade and not is_level and tok.kind == "G":
                    # 'moderate on the left and mild on the right at L3-4 and L5-S1': sided
                    # grades sharing the level(s) after them
                    pending.append((sides, grade, first_at or a))
                    sides, grade, first_at, shared = set(), tok.value, a, []
                    pos = b
                    continue
                if sep and (sides or grade) and lv is None:
                    break
                if first_at is None:
                    first_at = a
                if is_level:
                    if not sides and grade is None and len(shared) > 1:
                        pairs = shared  # '... at L3-4 and L5-S1': the next level shares them
                    else:
                        pairs = [*pending, (sides, grade, first_at)]
                    units += [(tok, sd or None, gr, at) for sd, gr, at in pairs]
                    shared = pairs
                    pending, sides, grade, first_at = [], set(), None, None
                elif tok.kind == "D":
                    sides |= set(tok.rule.sides)
                else:
                    grade = tok.value
            pos = b
        if level_first and lv is not None:
            units.append((lv, sides or None, grade, first_at or lv.start))
        return units

    def _elided_site(
        self, text: str, items: list[Item], k: int, rels: list[Any], scopes: Scopes
    ) -> Any:
        """The relation of a state whose subject is a bare side standing for the lateral site of
        the relation before it ('the left foramen is narrowed; the right is patent', '... and the
        right is mildly narrowed', '... of the right foramen and moderate narrowing of the left'),
        or None."""
        p = items[k]
        j, grade = k - 1, None
        if p.kind == "P" and j >= 0 and items[j].kind == "G":
            grade, j = items[j].value, j - 1
        after = items[k + 1] if k + 1 < len(items) else None
        bare = False
        if (
            p.kind == "P"
            and after is not None
            and after.kind == "D"
            and len(after.rule.sides) == 1
            and _OF_THE_SIDE.fullmatch(text, p.end, after.start)
            and _SIDE_ENDS.match(text, after.end)
        ):
            d, opener = after, items[j + 1]  # 'moderate narrowing of the left'
        elif j < 0 or items[j].kind != "D" or len(items[j].rule.sides) != 1:
            return None
        else:
            d = opener = items[j]
            if not _SIDE_COPULA.fullmatch(text, d.end, items[j + 1].start) and not (
                # '... is severely narrowed and the right moderately narrowed': the copula elided
                grade is not None
                and p.kind == "P"
                and _BARE_SIDE_STATE.fullmatch(text, d.end, items[j + 1].start) is not None
            ):
                bare = (  # 'Fat effaced in the left foramen; right side preserved.'
                    p.kind == "N"
                    and _BARE_SIDE_STATE.fullmatch(text, d.end, items[j + 1].start) is not None
                    and _CLAUSE_END.match(text, p.end) is not None
                )
                if not bare:
                    return None
        prev = next((r for r in reversed(rels) if r[1] <= opener.start), None)
        if prev is None or not _SIDE_FOR_SITE.fullmatch(text, prev[1], opener.start):
            return None
        if bare and not _COMMA_OR_SEMI.search(text, prev[1], opener.start):
            return None  # a bare side state only after a comma or semicolon
        lateral = [kind for kind, _ in prev[2] if len(SITE_FINDING.get(kind, ())) == 2]
        if not lateral:
            return None
        names = SITE_FINDING[lateral[-1]]
        name = names[0] if d.rule.sides[0] == "left" else names[1]
        neg = scopes.negated_nearby(text, p.start) if p.kind == "N" else scopes.negated(p.start)
        return (opener.start, max(p.end, d.end), [(lateral[-1], {name: grade})], p.kind, neg)

    @staticmethod
    def _heading_site(text: str, start: int, items: list[Item], k: int) -> Item | None:
        """The site heading the clause of site-less predicate ``items[k]`` ('Foramina: slight
        narrowing on the right at L4/L5': the foramina), or None: a site opening its clause, a
        colon, then only grades, sides or a negation before the predicate."""
        p, j = items[k], k - 1
        while j >= 0 and (
            items[j].kind in ("G", "D")
            or (items[j].kind == "C" and items[j].rule.category == "negation")
        ):
            j -= 1
        if j < 1 or items[j].kind != "B" or text[items[j].start : items[j].end] != ":":
            return None
        if (
            j >= 2
            and items[j - 1].kind == "B"
            and text[items[j - 1].start : items[j - 1].end] == ":"
            and _LEVEL_FIELD.fullmatch(text, items[j - 1].end, items[j].start)
        ):
            j -= 1  # 'Foramina: L4-L5: slight narrowing on the left' (a level's field under it)
        site = items[j - 1]
        colon = _FIELD_COLON.match(text, site.end)
        if (
            site.kind != "S"
            or site.rule.finding not in SITE_FINDING
            or site.rule.finding not in p.rule.applies_to
            or colon is None
            or colon.end() < items[j].start
            or not _opens_field(text, start, site.start)
        ):
            return None
        return site

    def _site_named_later(self, text: str, items: list[Item], k: int, scopes: Scopes) -> Any:
        """The relation of a site-less predicate on one side whose lateral site is named only
        after the other side: 'severe narrowing of the left and moderate narrowing of the right
        lateral recess' (the left recess, severe), 'narrowing of the left and right foramina'
        (both); or None."""
        p = items[k]
        if k + 1 >= len(items):
            return None
        d = items[k + 1]
        if (
            d.kind != "D"
            or len(d.rule.sides) != 1
            or not _OF_THE_SIDE.fullmatch(text, p.end, d.start)
        ):
            return None
        j = k + 2
        if j < len(items) and items[j].kind == "G":
            j += 1
        own_predicate = j < len(items) and items[j].kind == "P"
        if own_predicate:  # '... and moderate narrowing of the right ...'
            j += 1
        if j + 1 >= len(items):
            return None
        d2, site = items[j], items[j + 1]
        gap_end = items[k + 2].start if own_predicate or j > k + 2 else d2.start
        if (
            not _AND_GAP.fullmatch(text, d.end, gap_end)
            or d2.kind != "D"
            or len(d2.rule.sides) != 1
            or d2.rule.sides == d.rule.sides
            or (own_predicate and not _OF_THE_SIDE.fullmatch(text, items[j - 1].end, d2.start))
            or site.kind != "S"
            or text[d2.end : site.start].strip()
            or len(SITE_FINDING.get(site.rule.finding, ())) != 2
            or site.rule.finding not in p.rule.applies_to
        ):
            return None
        names = SITE_FINDING[site.rule.finding]
        grade = self._pre_grade(text, items, k)
        sides = d.rule.sides if own_predicate else d.rule.sides + d2.rule.sides
        grades = {names[0 if sd == "left" else 1]: grade for sd in sides}
        return (p.start, d.end, [(site.rule.finding, grades)], "P", scopes.negated(p.start))

    def _repeated_predicate(
        self, text: str, items: list[Item], k: int, rels: list[Any], scopes: Scopes
    ) -> Any:
        """The relation of a site-less predicate that repeats the one before it at another level,
        with its own grade or negation ('the canal is mildly narrowed at L2-3, moderately narrowed
        at L3-4, and not narrowed at L4-5'; 'moderate narrowing of the thecal sac at L4-5 and mild
        narrowing at L5-S1'): the sites of the relation before it, or None."""
        p = items[k]
        if p.rule.standalone is True:
            return None  # '... foraminal stenosis at L5-S1 and mild stenosis at L4-5': the canal's
        j = k - 1
        while (
            j >= 0
            and items[j].kind in ("G", "C")
            and (items[j].kind == "G" or items[j].rule.category == "negation")
        ):
            j -= 1
        # 'both' standing for the sites of the clause before ('..., and both are mildly narrowed')
        both = (
            j >= 0
            and items[j].kind == "D"
            and text[items[j].start : items[j].end].lower() == "both"
        )
        if both:
            j -= 1
        opener = items[j + 1]
        prev = next((r for r in reversed(rels) if r[1] <= opener.start), None)
        # the relation before must end with the same predicate word ('narrowed ... narrowed'),
        # its side after it ('moderately narrowed bilaterally at L2-3, and severely narrowed')
        if not both and j > 0 and items[j].kind == "D" and items[j - 1].kind == "P":
            j -= 1
        # (or begin with it, its sites after it: 'moderate narrowing of the thecal sac at L4-5 and
        # mild narrowing at L5-S1')
        if prev is None or prev[3] != "P":
            return None
        fwd = not both and any(
            it.kind == "P" and it.rule is p.rule and it.start == prev[0] for it in items[:k]
        )
        if not fwd and (
            j < 0 or items[j].end != prev[1] or items[j].kind != "P" or items[j].rule is not p.rule
        ):
            return None
        if not _REPEAT_GAP.fullmatch(text, prev[1], opener.start):
            return None
        if _REPEAT_SIDED.match(text, prev[1]) and not _REPEAT_TAIL.match(text, p.end):
            return None  # ('... bilaterally at L2-3, severely narrowed on the left and ...')
        grade = self._pre_grade(text, items, k)
        neg = scopes.negated(p.start)
        sites = [
            (site, dict.fromkeys(SITE_FINDING[site] if both and site in SITE_FINDING else g, grade))
            for site, g in prev[2]
        ]
        return (opener.start, p.end, sites, "P", neg)

    def _excepted_site(self, text: str, items: list[Item], k: int, scopes: Scopes) -> Any:
        """The relation of a site-less predicate in an exception to the clause before it ('the
        neural foramina are patent except at L5-S1, where there is moderate bilateral narrowing',
        'the canal is normal throughout except for mild narrowing at L4-5'): the sites named
        before the exception, with this predicate's grade and sides; or None."""
        p = items[k]
        m = _EXCEPT_TAIL.search(text, max(0, p.start - 120), p.start)
        if m is None:
            return None
        before = [it for it in items[:k] if it.end <= m.start()]
        for j in range(len(before) - 1, -1, -1):
            # (a predicate right before the exception is its clause's: 'No foraminal stenosis
            # except on the left at L5/S1, where ...')
            if before[j].kind in ("B", "F") or (before[j].kind == "P" and j < len(before) - 1):
                before = before[j + 1 :]
                break
        kinds = list(dict.fromkeys(it.rule.finding for it in before if it.kind == "S"))
        kinds = [kd for kd in kinds if kd in SITE_FINDING]
        if not kinds:
            return None
        mods = [it for it in items[:k] if it.start >= m.start() and it.kind in ("G", "D")]
        grade = _grade_of(mods)
        sides = {s for it in mods if it.kind == "D" for s in it.rule.sides}
        sites: Sites = []
        for kind in kinds:
            sites.append((kind, dict.fromkeys(_on_sides(SITE_FINDING[kind], sides), grade)))
        return (p.start, p.end, sites, "P", scopes.negated(p.start))

    @staticmethod
    def _graded_by(text: str, items: list[Item], k: int, rels: list[Any]) -> Any:
        """The stenosis relation that predicate ``items[k]`` grades ('narrows the foramen with
        moderate stenosis'), or None: the last relation ending right before 'with <grade>'."""
        p = items[k]
        for rel in reversed(rels):
            if rel[3] != "P" or rel[1] > p.start:
                continue
            between = [it for it in items if rel[1] <= it.start < p.start]
            if any(it.kind not in ("G", "D") for it in between):
                return None
            return rel if _WITH_GRADE.fullmatch(text, rel[1], p.start) else None
        return None

    @staticmethod
    def _paren_grade(text: str, items: list[Item], rel: Any) -> Any:
        """A relation followed by a grade in parentheses ('narrowing the right lateral recess and
        foramen (moderate)') takes that grade where it has none."""
        anchor, tail, sites, kind, neg = rel
        if kind != "P" or neg:
            return rel
        m = _PAREN_GRADE.match(text, tail)
        if m is None:
            return rel
        g = next(
            (
                it
                for it in items
                if it.kind == "G" and m.start(1) <= it.start and it.end <= m.end(1)
            ),
            None,
        )
        if g is None or g.value == "present":
            return rel
        new = [
            (s, {n: (v if v not in (None, "present") else g.value) for n, v in gr.items()})
            for s, gr in sites
        ]
        return (anchor, m.end(), new, kind, neg)

    def _fields(
        self,
        text: str,
        start: int,
        end: int,
        items: list[Item],
        levels: list[LevelMention],
        scopes: Scopes,
    ) -> tuple[list[Statement], list[Item]]:
        """Structured-report fields ('Canal: mild stenosis.', 'Foramina: R moderate, L patent',
        '| Subarticular: L severe, R mild |'): a site opening a clause, a colon, then values
        separated by commas, each with an optional side and a grade, a normal word or a stenosis
        word. A heading over prose ('Neural foramina: No stenosis at L1-2 ...': another site or a
        disc level after the colon) is no field. Returns their statements and the items left for
        the prose rules."""
        out: list[Statement] = []
        spans: list[tuple[int, int]] = []
        if (
            text.find(":", start, end) < 0
            and not any(
                b.kind == "G" and (a.kind == "S" or (a.kind == "D" and a.start > start))
                for a, b in pairwise(items)
            )
            and not site_nil(text, items)
        ):  # no field unless a colon, a site right before a grade ('L NF mild-mod') or an empty
            # value ('canal nil'), or sides' grades after it ('foraminal narrowing right
            # moderate, left mild')
            return out, items
        given = items
        # a field named by a predicate that names its site ('CCS: moderate', 'NFN: nil'): read
        # as that site's field; the same length, so the prose rules get ``given``'s own items back
        if any(x.kind == "P" and x.rule.site is not None for x in items):
            items = [_sited_field(text, x) if x.kind == "P" and x.rule.site else x for x in items]
        for k, it in enumerate(items):
            if it.kind != "S" or it.rule.finding == "ignore":
                continue
            colon = _FIELD_COLON.match(text, it.end) or _KEYED_COLON.match(text, it.end)
            if colon is None and ":" in text[it.end : it.end + 16]:
                # the field's level between its site and colon ('Neural foramina L4-L5: right
                # narrowed slightly, left normal')
                lv = next((m for m in levels if m.start >= it.end), None)
                if lv is not None and lv.levels and not text[it.end : lv.start].strip():
                    colon = _FIELD_COLON.match(text, lv.end)
            if (
                colon is None
                and k + 1 < len(items)
                and (named := items[k + 1]).kind == "P"
                and it.rule.finding in named.rule.applies_to
                and _WORD_END_GAP.fullmatch(text, it.end, named.start) is not None
            ):
                # a field named by its site's stenosis ('Foraminal narrowing: L4/5 moderate
                # left, mild right', 'Canal stenosis: L4-5 mild'), when its value is a list of
                # short parts, not prose ('Foraminal stenosis: narrowing of the side openings
                # where each nerve root leaves the spine.')
                colon = _FIELD_COLON.match(text, named.end)
                if colon is not None:
                    stop = _FIELD_END.search(text, colon.end())
                    b = stop.start() if stop else len(text)
                    if any(
                        len(_part_words(text[p0:p1])) > _FIELD_PART_WORDS
                        for p0, p1 in _field_parts(text, colon.end(), b, items)
                    ):
                        colon = None
            # a side after the site ('foramen left: none', an export's 'foramen_left'), or after
            # its stenosis word ('NF stenosis L: none')
            post = items[k + 1] if colon is None and k + 1 < len(items) else None
            site_end = it.end
            if (
                post is not None
                and post.kind == "P"
                and it.rule.finding in post.rule.applies_to
                and k + 2 < len(items)
                and _WORD_END_GAP.fullmatch(text, it.end, post.start) is not None
            ):
                site_end, post = post.end, items[k + 2]
            if post is not None and (
                post.kind != "D"
                or text[site_end : post.start].strip()
                or (colon := _FIELD_COLON.match(text, post.end)) is None
            ):
                post = None
            bare_end = None if colon is not None else _bare_field_end(text, items, k)
            if colon is None and bare_end is None:
                continue
            # a sided field name ('Left foramen: severe stenosis', 'Right foramen: mild')
            head, field_sides = it.start, set()
            side = items[k - 1] if k else None
            if side is not None and side.kind == "D" and not text[side.end : it.start].strip():
                head, field_sides = side.start, set(side.rule.sides)
            elif post is not None:
                field_sides = set(post.rule.sides)
            # a field of several sites ('Canal/Foramina: Patent', 'Canal and foramina: normal')
            fields = [it]
            if colon is not None:
                j = k
                while (
                    j
                    and items[j - 1].kind == "S"
                    and items[j - 1].rule.finding != "ignore"
                    and _SITE_JOIN.fullmatch(text, items[j - 1].end, items[j].start)
                ):
                    j -= 1
                    fields.insert(0, items[j])
                if len(fields) > 1:
                    head = fields[0].start
            if colon is None:  # shorthand with no colon: 'L NF mild-mod', '; canal mild.'
                opener = _BARE_FIELD_OPEN.search(text, max(start, head - 20), head)
                if opener is not None and text[opener.start()] in "aA":
                    # 'and' only right after a field's value ('canal mild and foramina ...', not
                    # 'narrows the right lateral recess and right foramen moderately')
                    last = next((x for x in reversed(items) if x.end <= opener.start()), None)
                    if (
                        last is None
                        or last.kind not in ("G", "N")
                        or text[last.end : opener.start()].strip()
                    ):
                        opener = None
                if opener is None and not _opens_field(text, start, head):
                    continue
                assert bare_end is not None  # (no colon: a bare field, checked above)
                # (after its level: 'Foraminal narrowing L4-L5 right moderate, left mild')
                value_at = max([it.end, *(m.end for m in levels if it.end <= m.start < bare_end)])
                stop_at = bare_end
            else:
                if not _opens_field(text, start, head) and not (
                    _SLASH_FIELD_OPEN.search(text, start, head)
                    and (c0 := text.rfind(":", start, head)) >= 0
                    and any(x.kind in "FNGP" and c0 < x.start < head for x in items)
                ):
                    # (a slash opens a field after another's value: 'L4-L5: ... herniation /
                    # canal: ...', 'canal: normal / foramina: free'; not 'Facets / LF:')
                    continue
                value_at = colon.end()
                stop = _FIELD_END.search(text, value_at)
                stop_at = stop.start() if stop else len(text)
                # 'Spinal canal: Patent at all levels except L4-5, where ...': the field ends
                # at its exception, read as prose
                if (exc := _EXCEPT.search(text, value_at, stop_at)) is not None:
                    stop_at = exc.start()
            if (
                colon is not None
                and stop_at is not None
                and _NOT_ASSESSED.match(text, value_at, stop_at)
            ):
                spans.append((head, stop_at))  # 'Foramina: not graded in this survey'
                continue
            # another site after the colon makes a heading over prose; the field's own site
            # repeated is its value's noun ('Canal: mild canal', 'Foramina: mod L / mild R foramina')
            # (a blanket scope is the field's own: 'Neural foramina: Patent at all levels.')
            if any(
                x.kind == "S"
                and value_at <= x.start < stop_at
                and (len(fields) > 1 or x.rule.finding != it.rule.finding)
                for x in items
            ):
                continue
            if any(value_at <= m.start < stop_at and not m.blanket for m in levels):
                # 'Canal: L2-3 mild, L3-4 mild-mod.', 'Foramina: mild B L3-4 and L4-5.': each
                # part's grade at its levels (a heading over prose, with a verb, is no field)
                listed = self._level_grade_list(
                    text, items, levels, scopes, it, value_at, stop_at, field_sides
                )
                if listed:
                    out += listed
                    spans.append((head, stop_at))
                continue
            spans.append((head, stop_at))
            field_end = len(text) if stop_at is None else stop_at
            names = tuple(n for f in fields for n in SITE_FINDING[f.rule.finding])
            a = value_at
            key = colon if colon is not None and colon.re is _KEYED_COLON else None
            keyed = (
                None
                if colon is None
                else self._side_keyed(text, items, scopes, names, a, field_end, key)
            )
            if keyed is not None:  # ('Foramen: Lee 2 / Lee 1 (right / left)')
                out += [Statement(n, v, False, it.start, field_end) for n, v in keyed]
                continue
            led: set[str] = set()  # the side of a part that is a side alone ('left, severe')
            last = -1  # where the part before ended
            for p0, p1 in _field_parts(text, a, stop_at, items):
                inner = [x for x in items if p0 <= x.start and x.end <= p1]
                # (a side's part cut from the one before, no mark between: only its own
                # negation counts, not the earlier side's 'nil': 'L nil R severe')
                negated = scopes.negated(p0) and not (
                    p0 == last and not any(p0 <= x < p1 for x, _ in scopes.negation)
                )
                last = p1
                if lone := _lone_sides(inner):
                    led = lone  # 'Foramina: left, severe; right, mild'
                    continue
                # (not a root's side after the site's state: 'Foramina: free - left S1 root
                # touched')
                ds = [
                    x
                    for i, x in enumerate(inner)
                    if x.kind == "D"
                    and not (
                        i + 1 < len(inner)
                        and inner[i + 1].kind == "R"
                        and text[x.end : inner[i + 1].start].isspace()
                        and any(y.kind == "N" for y in inner[:i])
                    )
                ]
                both = next((x for x in ds if len(x.rule.sides) == 2), None)
                if both is not None and any(
                    len(x.rule.sides) == 1 and "(" in text[both.end : x.start] for x in ds
                ):
                    # 'reduced bilaterally (moderate on the right, mild on the left)': the
                    # bracket's sides, each with its grade
                    ds = [x for x in ds if x.start > both.end]
                # 'Foramina: right mild and left severe', '... mild right and severe left'
                graded = [x for x in inner if x.kind == "G"]
                paired = [] if negated else _side_grades(ds, graded)
                if paired:
                    out += [
                        Statement(n, g, False, it.start, p1)
                        for sides, g in paired
                        for n in _sided(names, sides)
                    ]
                    continue
                said = {s for x in ds for s in x.rule.sides}
                sides, led = said or led or field_sides, set()
                value = _field_value(inner, negated, text)
                said_by = [x for x in inner if x.kind == "P"]
                if value is None or (
                    value != "none"
                    and names == ("canal_stenosis",)
                    and (said_by or value == "present")
                    and all(_CONTACT_VERB.match(text, x.start) for x in said_by)
                ):
                    # ('Canal: effaces the ventral thecal sac', 'Thecal sac: mildly effaced
                    # anteriorly': no stenosis, rule 5b)
                    continue
                if said and value == "present":
                    led = said  # 'reduced on the left, moderate': the grade is that side's
                hedged = value != "none" and any(
                    x.kind == "C" and x.rule.category == "hedge" for x in inner
                )
                # 'Right foramina: Normal/Mild at all levels': the field's blanket levels
                every = next((m for m in levels if p0 <= m.start < p1 and m.blanket), None)
                out += [
                    Statement(
                        n,
                        value,
                        hedged,
                        it.start,
                        p1,
                        levels=None if every is None or every.excluded else every.levels,
                        blanket=every is not None and not every.excluded,
                    )
                    for n in _sided(names, sides)
                ]
        if not spans:
            return out, given
        rest = [
            given[k]
            for k, x in enumerate(items)
            if x.kind in "FCB" or not any(a <= x.start < b for a, b in spans)
        ]
        return out, rest

    def _side_keyed(
        self,
        text: str,
        items: list[Item],
        scopes: Scopes,
        names: tuple[str, ...],
        a: int,
        b: int,
        key: re.Match[str] | None = None,
    ) -> list[tuple[str, str]] | None:
        """(finding, value) of a field's two values keyed by sides after them ('Foramen: Lee 2 /
        Lee 1 (right / left)', 'mild / moderate (R/L)') or before its colon (``key``, a
        :data:`_KEYED_COLON` match: 'foramen L/R: mild/moderate'): the first value the first
        side's, the second the other's; None when the field's value ``[a, b)`` is not so written."""
        m = (_SIDE_KEY if key is None else _TWO_VALUES).fullmatch(text, a, b)
        if m is None or set(names) == {"canal_stenosis"}:
            return None
        keys = m if key is None else key
        out = []
        for g, side in (("v1", "s1"), ("v2", "s2")):
            inner = [x for x in items if m.start(g) <= x.start and x.end <= m.end(g)]
            value = _field_value(inner, scopes.negated(m.start(g)), text)
            if value is None and any(
                x.kind == "G" and x.start < m.end(g) and m.start(g) < x.end for x in items
            ):
                # one grade item over both values ('Lee 2 / Lee 1' reads as a range): each its own
                value = self.t.grade_value(m[g])
                value = None if value == "present" else value
            if value is None:
                return None
            out += [(n, value) for n in _sided(names, {side_name(keys[side])})]
        return out if side_name(keys["s1"]) != side_name(keys["s2"]) else None

    @staticmethod
    def _level_grade_list(
        text: str,
        items: list[Item],
        levels: list[LevelMention],
        scopes: Scopes,
        site: Item,
        a: int,
        b: int,
        field_sides: set[str],
    ) -> list[Statement]:
        """Statements of a site field whose value lists levels with their grades ('Canal: L2-3
        mild, L3-4 mild-mod, L4-5 critical'; 'Foramina: mild B L3-4 and L4-5'): each comma part
        with a level and a grade or normal word and nothing else stating (no verb, finding or
        other site), at that part's levels. [] when any part with a level is not so."""
        # words in brackets are no part of the list ('severe right (protrusion)', 'now patent
        # (previously severely narrowed)')
        items = [
            x
            for x in items
            if not (
                a <= x.start < b
                and text.rfind("(", a, x.start) > text.rfind(")", a, x.start)
                and text.find(")", x.end, b) >= 0
            )
        ]
        # nor a clause after a part's grade ('L5/S1 very tight bilaterally with compression of the
        # exiting L5 roots')
        clauses = [
            (c.start(), e if (e := text.find(",", c.end(), b)) >= 0 else b)
            for c in _PART_CLAUSE.finditer(text, a, b)
        ]
        if clauses:
            items = [x for x in items if not any(c0 <= x.start < c1 for c0, c1 in clauses)]
        graded_at = {x.end for x in items if x.kind == "G"}
        if any(
            a <= x.start < b
            and x.kind in "PF"
            # (a stenosis adjective its grade leads: 'L5/S1 very tight bilaterally')
            and not (
                x.kind == "P"
                and _GRADED_ADJECTIVE.fullmatch(text, x.start, x.end)
                and any(e <= x.start and not text[e : x.start].strip() for e in graded_at)
            )
            for x in items
        ):
            return []
        names = SITE_FINDING[site.rule.finding]
        out: list[Statement] = []
        at: tuple[str, ...] = ()
        led: set[str] = set()  # the side of a part that is a side alone
        for p0, p1 in _field_parts(text, a, b, items):
            lvs = [m for m in levels if p0 <= m.start < p1 and not m.excluded and not m.blanket]
            inner = [x for x in items if p0 <= x.start and x.end <= p1]
            graded = [x for x in inner if x.kind == "G"]
            if len(inner) == len(graded) and _each_after_its_grade(graded, lvs):
                # each level after its grade ('moderate at L4/5 and mild at L3/4')
                for g, m in zip(graded, lvs, strict=True):
                    out += [Statement(n, g.value, False, p0, p1, levels=m.levels) for n in names]
                at = lvs[-1].levels
                continue
            ds = [x for x in inner if x.kind == "D"]
            if (
                ds
                and len(graded) + len(ds) == len(inner)
                and len(graded) >= 2
                and _each_after_its_grade(graded, lvs)
            ):
                # each level after its grade and side ('severe left at L2-L3 and moderate right
                # at L3-L4'): the side between them, of that level only
                for g, m in zip(graded, lvs, strict=True):
                    said = {s for x in ds if g.end <= x.start < m.start for s in x.rule.sides}
                    out += [
                        Statement(n, g.value, False, p0, p1, levels=m.levels)
                        for n in (_sided(names, said) if said else names)
                    ]
                at = lvs[-1].levels
                continue
            if (at or lvs) and (lone := _lone_sides(inner)):
                # a side alone, its grade in the next part ('L3-4 left, severe; right, mild')
                at = tuple(lv for m in lvs for lv in m.levels) or at
                led = lone
                continue
            if lvs:
                at = tuple(lv for m in lvs for lv in m.levels)
                if not any(x.kind in "GNDCP" for x in inner):
                    continue  # a level leading the parts after it ('At L4-5, moderate ...')
            # a part with no level is read only as another side of the level before
            # ('Neural foramina: L4-5 moderate to severe right, moderate left.')
            elif not (at and (ds or led)):
                if out and _OTHERS_NONE.fullmatch(text, p0, p1):
                    # 'Canal stenosis: L4-5 mild, others none': the levels the list left out
                    told = {(st.finding, lv) for st in out for lv in st.levels or ()}
                    out += [
                        Statement(n, "none", False, p0, p1, levels=rest, blanket=True)
                        for n in names
                        if (rest := tuple(lv for lv in LUMBAR_LEVELS if (n, lv) not in told))
                    ]
                continue
            negated = scopes.negated(p0)
            if not negated and _each_after_its_grade(graded, ds):
                # each side after its grade ('moderate on the left and mild on the right')
                for g, d in zip(graded, ds, strict=True):
                    out += [
                        Statement(n, g.value, False, p0, p1, levels=at)
                        for n in _sided(names, set(d.rule.sides))
                    ]
                continue
            value = _field_value(inner, negated, text)  # (no stenosis word: none above)
            if value is None:
                return []
            sides = {s for x in ds for s in x.rule.sides} or led or field_sides
            led = set()
            out += [Statement(n, value, False, p0, p1, levels=at) for n in _sided(names, sides)]
        return out

    def _elided_grades(
        self,
        text: str,
        items: list[Item],
        levels: list[LevelMention],
        rels: list[Relation],
        scopes: Scopes,
        used: set[int] | None = None,
        every: list[Relation] | None = None,
    ) -> list[Statement]:
        """Grades whose finding is elided: 'canal stenosis, moderate at L3-4 and mild at L2-3',
        'severe foraminal narrowing at L5-S1, mild at L4-5'. A grade word standing alone right
        before a level ('mild at L2-3'), after a stenosis statement of the same sentence and
        outside every relation, repeats that statement's findings with its own grade and level;
        so does one before 'at those levels', at the levels named since that statement (of
        ``every`` relation: one graded per level too)."""
        preds = [r for r in rels if r[3] == "P"]
        if not preds and not any(r[3] == "P" for r in every or ()):
            return []
        usable = [m for m in levels if not m.excluded]
        out: list[Statement] = []
        for k, g in enumerate(items):
            # ('..., severe at L2/3, none at L5/S1': 'none' stands for the grade too)
            none = g.kind == "C" and text[g.start : g.end].lower() in ("none", "nil")
            if not none and (g.kind != "G" or scopes.negated(g.start)):
                continue
            if any(a <= g.start < b for a, b, *_ in rels):
                continue
            lv = next((m for m in usable if m.start >= g.end), None)
            # (its sides end at a second grade of other sides sharing its level: 'moderate on
            # the left and mild on the right at L3-4')
            sides_end = len(text)
            if lv is not None and not _ELIDED_GAP.fullmatch(text, g.end, lv.start):
                second = next((it for it in items[k + 1 :] if it.kind == "G"), None)
                if (
                    second is not None
                    and second.start < lv.start
                    and _SIDE_THEN_AND.fullmatch(text, g.end, second.start)
                    and _ELIDED_AT.fullmatch(text, second.end, lv.start)
                ):
                    sides_end = second.start
                else:
                    lv = None
            back = _ELIDED_BACK.match(text, g.end) if lv is None else None
            post = False  # the level before its grade ('L4-L5 severe stenosis, L3-L4 moderate')
            if _ELIDED_GRADE_END.match(text, g.end) is not None:
                before = next((m for m in reversed(usable) if m.end <= g.start), None)
                right_after = (
                    before is not None
                    and _LEVEL_THEN_GRADE.fullmatch(text, before.end, g.start) is not None
                )
                if lv is None or right_after:
                    # (and '... at these levels: at L2-L3 mild, at L3-L4 moderate': each grade
                    # right after its level, not before the next)
                    if not right_after:
                        continue
                    lv, post = before, True
            if lv is None and back is None:
                continue
            before_it = lv.start if post else g.start  # type: ignore[union-attr]
            if lv is None:  # ('at those levels': of any statement before, one graded per level too)
                prev = [r for r in every or rels if r[3] == "P" and r[1] <= before_it]
            else:
                prev = [r for r in preds if r[1] <= before_it]
            if not prev:
                continue
            anchor, tail, sites, _kind, neg = prev[-1]
            if lv is None:  # the levels named between its statement and it
                named = [m.levels for m in usable if anchor <= m.start and m.end <= g.start]
                if not named:
                    continue
                assert back is not None  # (no level and no 'at those levels' went on above)
                lv = LevelMention(back.start("at"), back.end(), tuple(x for t in named for x in t))
            between = [it for it in items[:k] if it.start >= tail]
            if any(
                it.kind in ("F", "S", "P", "N")
                or (
                    it.kind == "B"
                    and text[it.start] != ":"
                    # 'stenosis which is mild at L2-3, moderate at L3-4'
                    and _WHICH.fullmatch(text, it.start, it.end) is None
                    # 'no stenosis at L1/2 or L2/3, but mild at L3/4 and moderate at L4/5'
                    and not (neg and _BUT.fullmatch(text, it.start, it.end))
                )
                for it in between
            ):
                continue  # ('the thecal sac is narrowed: mildly at L3-4, moderately at L4-5')
            if any(
                it.kind in ("F", "S", "P")
                and it.start >= lv.end
                and _MODIFIERS_ONLY.fullmatch(text, lv.end, it.start)
                for it in items[k + 1 : k + 4]
            ):
                continue  # '... narrowing and a small L3-4 central protrusion': its own phrase
            value = "none" if none else "present" if g.value in ("", "present") else g.value
            if neg and value != "none" and len(sites) > 1 and sites[0][0] == "canal":
                # 'no stenosis at L1/2 or L2/3, but mild at L3/4': a bare stenosis stated, the
                # canal's (a negation of it was of the canal and foramina)
                sites = sites[:1]
            hedged = scopes.hedged(g.start)
            if used is not None:
                used.add(anchor)
            # 'mild bilaterally at L2-L3', 'moderate on the left at L3-L4'
            sides = {
                s
                for it in items[k + 1 :]
                if not post and it.start < min(lv.start, sides_end) and it.kind == "D"
                for s in it.rule.sides
            }
            for site, grades in sites:
                # own sides: of the whole site ('severe on the left at L3/4 and moderate
                # bilaterally at L4/5': both foramina at L4/5)
                for name in _on_sides(SITE_FINDING[site], sides) if sides else grades:
                    out.append(
                        Statement(
                            name,
                            value,
                            hedged,
                            g.start,
                            lv.end,
                            lv.levels,
                            lv.blanket,
                            except_named=lv.except_named,
                        )
                    )
        return out

    def _add_norm(self, text, items, k, chain, fwd, consumed, scopes, rels) -> None:  # type: ignore[no-untyped-def]
        """Record a 'normal site' relation ('normal central canal', 'foramina are patent')."""
        for s in chain:
            if s.kind == "S":
                consumed.add(id(s))
        sites = self._sites(chain, fwd, None, [], text)
        anchor = min(items[k].start, chain[0].start)
        tail = max(items[k].end, chain[-1].end)
        # 'no bulge/HNP, canal and NF patent': a negation beyond a comma does not reach 'patent'
        rels.append((anchor, tail, sites, "N", scopes.negated_nearby(text, items[k].start)))

    def _pre_grade(self, text: str, items: list[Item], k: int) -> str | None:
        """Grade word right before ``items[k]`` ('moderate stenosis of', 'mild compressing'; not
        one a comma parts from it: '... of moderate degree, narrows both lateral recesses'; nor
        a site's own grade before 'and': '... the canal mildly and narrows both foramina')."""
        j = k - 1
        while j >= 0 and items[j].kind in ("G", "C", "D"):
            if (
                items[j].kind == "G"
                and self.t.n_words(text[items[j].end : items[k].start]) <= 2
                and text.find(",", items[j].end, items[k].start) < 0
                # (not a grade after the site before 'and': 'narrows the canal mildly and
                # narrows both foramina')
                and not (
                    j > 0
                    and items[j - 1].kind == "S"
                    and _AND_GAP.fullmatch(text, items[j].end, items[k].start)
                )
            ):
                return items[j].value
            j -= 1
        return None

    def _post_sides(
        self, text: str, items: list[Item], k: int, pre: str | None = None
    ) -> tuple[dict[str, str], list[Item]]:
        """Per-side grades after a copula: 'is moderate on the left and mild on the right', or
        right after the predicate (or its comma): 'foraminal stenosis moderate left, slight
        right', 'narrowing, moderate on the left and mild on the right', or after a
        graded predicate (``pre``): 'moderate foraminal narrowing on the left, mild on the right';
        and the side items when the grade is one ('is severe on the left': the left only)."""
        out: dict[str, str] = {}
        sides: list[Item] = []
        grade: str | None = None
        prev = items[k]
        comma = False  # the grades follow the predicate's comma
        bare = False  # the graded predicate's own side follows it bare ('stenosis left')
        ok: re.Match[str] | bool | None  # the gap before ``it`` joins it to the grades
        for it in items[k + 1 :]:
            if prev is items[k] and (
                (it.kind == "B" and _WHICH.fullmatch(text, it.start, it.end))
                or (it.kind == "C" and it.rule.category == "current")
            ):
                continue  # '..., which is now moderate on the left and ...' (_COPULA_GAP)
            if prev is items[k]:
                comma = it.kind == "G" and (  # (or a bracket: '(moderate on right, mild on left)')
                    _ELIDED_COMMA.fullmatch(text, prev.end, it.start) is not None
                    or _PAREN_OPEN.fullmatch(text, prev.end, it.start) is not None
                    # (or the level and its comma: 'stenosis at L4-L5, moderate on the left and ...')
                    or _LEVEL_COMMA.fullmatch(text, prev.end, it.start) is not None
                )
                ok = (
                    _COPULA_GAP.fullmatch(text, prev.end, it.start)
                    or (it.kind == "G" and _BARE_GAP.fullmatch(text, prev.end, it.start))
                    or comma
                )
                if not ok and pre is not None and it.kind == "D":
                    ok = _ON_THE.fullmatch(text, prev.end, it.start)
                    if (
                        not ok
                        and _ON_THE_OPT.fullmatch(text, prev.end, it.start)
                        and _COMMA_AFTER.match(text, it.end) is not None
                    ):  # 'moderate foraminal stenosis left, mild right' (not 'NFN L mod R mild')
                        ok = bare = True
                    grade = pre if ok else None
            else:
                ok = _SIDE_GAP.fullmatch(text, prev.end, it.start)
            if it.kind not in ("G", "D") or not ok:
                break
            if it.kind == "G":
                grade = it.value
            elif grade is not None:
                sides.append(it)
                for s in it.rule.sides:
                    out[s] = grade
                if prev is items[k]:
                    grade = None  # the predicate's grade: the next side needs its own
            prev = it
        if (
            comma
            and len(sides) == 1
            and len(sides[0].rule.sides) == 1
            and pre is not None
            and _GRADE_END.match(text, prev.end)
            and (g := items[items.index(sides[0]) - 1]).kind == "G"
            and _ON_THE_OPT.fullmatch(text, g.end, sides[0].start)
        ):
            return out, []  # 'Mild bilateral foraminal stenosis, moderate on the left.': that side
        if bare and not (len(out) == 2 and _GRADE_END.match(text, prev.end)):
            return {}, []  # a bare side after the predicate: only with the other side's grade
        if comma and (len(sides) < 2 or not _GRADE_END.match(text, prev.end)):
            return {}, []  # 'narrowing, minimal left and severe right subarticular ...': another's
        if len(out) == 2 and len(set(out.values())) == 2:
            return out, []
        return {}, sides

    def _post_grade(self, text: str, items: list[Item], k: int) -> str | None:
        """Grade stated after a copula ('subarticular narrowing is moderate, left more ...')."""
        j = k + 1
        while j < len(items) and items[j].kind == "C" and items[j].rule.category == "current":
            j += 1  # 'stenosis at L4-5 is now severe': a time word is transparent
        if j < len(items) and items[j].kind == "G":
            a, b, g = items[k].end, items[j].start, items[j]
            if (aside := _PRIOR_ASIDE.match(text, a, b)) is not None:
                a = aside.end()  # 'canal stenosis, previously moderate, is now severe'
            if _COPULA_GAP.fullmatch(text, a, b) or _BARE_GAP.fullmatch(text, a, b):
                return g.value  # '... is moderate', 'foraminal stenosis: moderate'
            if _AS_GAP.fullmatch(text, a, b) and _GRADED_AS.search(
                text, max(0, items[k].start - 80), items[k].start
            ):
                return g.value  # 'I would grade the right foraminal narrowing as mild'
            if _CHANGED_GAP.fullmatch(text, a, b):
                return g.value  # '... has decreased (from moderate) to mild'
            if _TO_GRADE.fullmatch(text, a, b) and _NARROWS.fullmatch(
                text, items[k].start, items[k].end
            ):
                return g.value  # 'in extension the central canal narrows (further) to moderate'
            if _PLUS_MARK.fullmatch(text, a, b):
                return g.value  # 'canal stenosis (+, moderate)' (East Asian reports)
            if _PAREN_OPEN.fullmatch(text, a, b) and _GRADE_END.match(text, g.end):
                # 'foraminal stenosis (moderate), canal stenosis (mild)', '... (Mild, bilateral)'
                return g.value
            if _NUMBERED_PAREN.fullmatch(text, a, b) and _GRADE_END.match(text, g.end):
                return g.value  # 'central canal stenosis grade 1 (mild)'
            if _LEVEL_GAP.fullmatch(text, a, b) and _GRADE_END.match(text, g.end):
                return g.value  # 'foraminal narrowing L4/5 mild.'
            if _ELIDED_COMMA.fullmatch(text, a, b) and (
                _CLAUSE_END.match(text, g.end) or _GRADE_COLON.match(text, g.end)
            ):
                # 'left foraminal narrowing, moderate.', '... stenosis, severe: foraminal height
                # 8 mm'
                return g.value
        if (  # 'foraminal narrowing (Bilateral, mild)': the grade after the bracket's side
            j + 1 < len(items)
            and items[j].kind == "D"
            and items[j + 1].kind == "G"
            and _PAREN_OPEN.fullmatch(text, items[k].end, items[j].start)
            and _ELIDED_COMMA.fullmatch(text, items[j].end, items[j + 1].start)
            and _GRADE_END.match(text, items[j + 1].end)
        ):
            return items[j + 1].value
        n = _side_run_end(text, items, k + 1)  # the sides right after ('narrowing left > right')
        if (  # 'lateral recess narrowing left > right, moderate.': the grade after the sides;
            # 'the foramina are narrowed bilaterally to III degree (severe), ...'
            k + 1 < n < len(items)
            and items[n].kind == "G"
            and (
                (
                    _ELIDED_COMMA.fullmatch(text, items[n - 1].end, items[n].start)
                    and _CLAUSE_END.match(text, items[n].end)
                )
                or (  # (or the bracket of the grade's gloss: 'to III degree (severe),')
                    text[items[n - 1].end : items[n].start].isspace()
                    and (
                        _GRADE_END.match(text, items[n].end) is not None
                        or _PAREN_OPEN.match(text, items[n].end) is not None
                    )
                )
            )
        ):
            return items[n].value
        if (  # 'bilateral subarticular narrowing, greater on the right, mild.'
            k + 2 < len(items)
            and items[k + 1].kind == "D"
            and items[k + 2].kind == "G"
            and len(items[k + 1].rule.sides) == 2
            and _ELIDED_COMMA.fullmatch(text, items[k].end, items[k + 1].start)
            and _ELIDED_COMMA.fullmatch(text, items[k + 1].end, items[k + 2].start)
            and _CLAUSE_END.match(text, items[k + 2].end)
        ):
            return items[k + 2].value

        return None

    def _relation(
        self, text: str, items: list[Item], k: int, chain: list[Item], forward: bool, scopes: Scopes
    ):  # type: ignore[no-untyped-def]
        """(anchor, end, sites, 'P' or 'N', negated) of predicate ``items[k]`` and its chain."""
        p = items[k]
        pre = self._pre_grade(text, items, k) if forward else self._post_grade(text, items, k)
        if forward and pre is None and not any(it.kind == "G" for it in chain):
            # 'narrows the left lateral recess mildly to moderately', '... to a moderate degree'
            after = next((it for it in items if it.start >= chain[-1].end), None)
            if (
                after is not None
                and after.kind == "G"
                and (
                    not text[chain[-1].end : after.start].strip()
                    # 'the narrowing of the foramen is (only) mild'
                    or (
                        chain[-1].kind == "S"
                        and _COPULA_GAP.fullmatch(text, chain[-1].end, after.start) is not None
                        and _GRADE_AND_END.match(text, after.end) is not None
                    )
                )
            ):
                pre = after.value
        if pre is None and p.kind == "P" and p.rule.grade and not any(it.kind == "G" for it in chain):
            pre = p.rule.grade  # 'the left lateral recess is obliterated': severe
        # 'foraminal stenosis is moderate on the left and mild on the right'; 'narrows both
        # foramina, moderate on the right and mild on the left' (after the verb's site)
        per_side, extra = (
            self._post_sides(text, items, items.index(chain[-1]))
            if forward and chain[-1].kind == "S"
            else ({}, [])
            if forward
            else self._post_sides(text, items, k, _grade_of(chain))
        )
        one_sided = any(it.kind == "D" and len(it.rule.sides) == 1 for it in chain)
        if forward and not per_side and chain[-1].kind == "S" and not one_sided:
            # 'narrowing of both neural foramina, right moderate and left mild'
            per_side, extra = self._side_grade_pairs(text, items, items.index(chain[-1]), True)
            if len(extra) < 2:
                per_side = {}
        if forward and not per_side:
            extra = []
        if (
            not forward
            and not per_side
            and p.kind == "P"
            and (
                (p.rule.site is not None and not any(it.kind == "D" for it in chain))
                or (
                    any(it.kind == "S" for it in chain)
                    and (
                        _PAIRS_OPEN.match(text, p.end) is not None
                        or _PAIRS_COMMA.match(text, p.end) is not None
                    )
                    and not one_sided
                )
            )
        ):  # 'NF L normal/mild, R moderate', 'SA L severe' (a reader study's shorthand);
            # 'foraminal stenosis (left severe, right moderate)', '... stenosis -> R mild, L nil',
            # 'foraminal narrowing, right mild and left severe'
            pairs, said = self._side_grade_pairs(text, items, k, True)
            if len(said) == 1:
                pre, extra = pairs[said[0].rule.sides[0]], said
            elif pairs:
                per_side, extra = pairs, said
        if len(per_side) == 1 and any(
            it.kind == "D" and len(it.rule.sides) == 1 for it in chain
        ):  # 'Moderate left foraminal stenosis, mild right': the other side's grade (below)
            per_side = {}
        other: tuple[str, str] | None = None
        if any(it.kind == "D" for it in chain):
            extra = []
            if not per_side and not forward:
                # 'moderate left foraminal stenosis, mild right': the other side's grade
                other = self._other_side(text, items, k, chain)
            elif not per_side and pre is not None and chain[-1].kind == "S":
                # 'moderate narrowing of the left exit foramen, mild on the right'
                other = self._other_side(text, items, items.index(chain[-1]), chain, graded=True)
        if not per_side and not extra and not any(it.kind == "D" for it in chain):
            # 'stenosis just on the right'
            for j in range(k + 1, min(k + 3, len(items))):
                it = items[j]
                g = text[p.end : it.start]
                nxt = items[j + 1] if j + 1 < len(items) else None
                owned = (
                    nxt is not None
                    and nxt.kind == "S"
                    and self.t.n_words(text[it.end : nxt.start]) <= 2
                )
                if (
                    it.kind == "D"
                    and not owned  # 'narrowing or left subarticular ...': the next site's side
                    # ('No foraminal stenosis except on the left at L5/S1': the exception's)
                    and not any(x.kind == "B" for x in items[k + 1 : j])
                    and (self.t.n_words(g) <= 3 or _SEEN_ON_THE.fullmatch(g) is not None)
                    and "," not in g
                    and not _BLOCK_BACK.search(g)
                    and not _CONJ.search(g)
                ):
                    # 'narrowing left and right', 'narrowing left > right': both sides (not
                    # one owned by the site after it: '... on the left and right recess stenosis')
                    run_end = _side_run_end(text, items, j + 1)
                    extra = [x for x in items[j:run_end] if x.kind == "D"]
                    after = items[run_end] if run_end < len(items) else None
                    if (
                        len(extra) > 1
                        and after is not None
                        and after.kind == "S"
                        and self.t.n_words(text[extra[-1].end : after.start]) <= 2
                    ):
                        extra.pop()
                    break
            negated = scopes.negated(p.start) or any(
                scopes.negated(it.start) for it in chain if it.kind == "S"
            )
            if not extra:  # 'On the concave (left) side there is severe foraminal stenosis'
                m = _SIDE_OPENING.search(text, max(0, chain[0].start - 60), chain[0].start)
                if m is not None:
                    at = m.start("side") if m.group("side") else m.start("label")
                    extra = [it for it in items if it.kind == "D" and it.start == at]
            if not extra and forward:  # 'Left-sided (mild) narrowing of lateral recess'
                j = k - 1 if k and items[k - 1].kind != "G" else k - 2
                if (
                    j >= 0
                    and items[j].kind == "D"
                    and not text[items[j].end : items[j + 1].start].strip()
                ):
                    extra = [items[j]]
            if not extra and not negated:
                extra = self._borrowed_side(text, items, k)
            if not extra and not negated:
                extra = _antecedent_side(text, items, chain)
            if not extra and not negated:
                extra = _subject_side(text, items, chain)
        sites = self._sites(chain, forward, pre, extra, text)
        if other is not None:
            side, grade = other
            sites = [
                (kind, {**gr, SITE_FINDING[kind][side == "right"]: grade})
                if len(SITE_FINDING[kind]) == 2 and len(gr) == 1
                else (kind, gr)
                for kind, gr in sites
            ]
        if per_side:
            sites = [
                (kind, {n: per_side.get(n.rsplit("_", 1)[1], g) for n, g in gr.items()})
                if len(gr) == 2
                else (kind, gr)
                for kind, gr in sites
            ]
        anchor = min(p.start, chain[0].start)
        tail = max(p.end, chain[-1].end)
        # negated: the predicate or a site in a negation scope, or every side told after it
        # ('Neuroforaminal narrowing neither on the right nor on the left': none on both)
        neg = (
            scopes.negated(p.start)
            or any(scopes.negated(it.start) for it in chain if it.kind == "S")
            or (len(extra) > 1 and all(scopes.negated(d.start) for d in extra))
        )
        if neg:  # 'mild left and no right foraminal stenosis': only the right side is negated
            ds = [it for it in chain if it.kind == "D"]
            free = {s for it in ds if not scopes.negated(it.start) for s in it.rule.sides}
            if free and any(scopes.negated(it.start) for it in ds):
                neg = False
                sites = [
                    (
                        kind,
                        {
                            n: (g if len(gr) == 1 or n.rsplit("_", 1)[1] in free else "none")
                            for n, g in gr.items()
                        },
                    )
                    for kind, gr in sites
                ]
        first = items[k - 1] if k > 0 else None
        if (
            first is not None
            and first.kind == "N"
            and self.t.n_words(text[first.end : p.start]) <= 1
        ) or (
            # 'non-compressive bilateral foraminal narrowing': its own side and site between
            not forward
            and chain
            and (n := next((it for it in reversed(items) if it.end <= chain[0].start), None))
            is not None
            and n.kind == "N"
            and not text[n.end : chain[0].start].strip()
            and _NON_COMPRESSIVE.match(text, n.start) is not None
        ):
            return (anchor, tail, sites, "N", False)  # 'non-compressive narrowing': none
        return (anchor, tail, sites, "P", neg)

    def _side_grade_pairs(
        self, text: str, items: list[Item], k: int, comma: bool = False
    ) -> tuple[dict[str, str], list[Item]]:
        """Sides each followed by its grade right after a predicate naming its own site: 'NF L
        normal/mild, R moderate' gives ({'left': 'mild', 'right': 'moderate'}, [L, R]); 'SA
        L/R severe' both sides severe. ({}, []) when the predicate is not followed so.
        ``comma``: the pairs may also open with a comma ('narrowing, on the right mild and on
        the left severe'); ``items[k]`` may then be a site ('both foramina, right mild, ...')."""
        out: dict[str, str] = {}
        said: list[Item] = []
        end, j = items[k].end, k + 1
        if j < len(items) and items[j].kind == "B" and text[items[j].start] == ":":
            j += 1  # 'NF: R mild / L normal'
        paren = _PAREN_OPEN.match(text, end) is not None  # '(left severe, right moderate)'
        if comma and j < len(items) and items[j].kind == "B" and text[items[j].start] == ",":
            j += 1
        comma = comma and not paren and _PAIRS_COMMA.match(text, end) is not None
        while j + 1 < len(items):
            n = j + 1  # (the side's state, past the side's own colon: 'NF: R mild; L: moderate')
            if n + 1 < len(items) and items[n].kind == "B" and text[items[n].start] == ":":
                n += 1
            d, g = items[j], items[n]
            if paren:
                gap = _PAREN_OPEN if not said else _PAREN_PAIR_BREAK
            elif not said:
                gap = _PAIRS_COMMA if comma else _PAIRS_GAP
            else:
                gap = _SIDES_BREAK
            if (
                d.kind != "D"
                or not (g.kind == "G" or _states_none(text, g))  # 'L nil'
                or not gap.fullmatch(text, end, d.start)
                or not _SIDE_STATE.fullmatch(text, d.end, g.start)
            ):
                break
            for side in d.rule.sides:
                out[side] = g.value if g.kind == "G" else "none"
            said.append(d)
            end, j = g.end, n + 1
            if j < len(items) and items[j].kind == "B" and text[items[j].start] in ",;":
                j += 1  # ('NF: R mild; L moderate': the break between the sides passed over)
        if paren:
            return (out, said) if said and text.startswith(")", end) else ({}, [])
        if said and not _CLAUSE_END.match(text, end) and not _PAIR_BREAK.match(text, end):
            return {}, []
        return out, said

    def _other_side(
        self, text: str, items: list[Item], k: int, chain: list[Item], graded: bool = False
    ) -> tuple[str, str] | None:
        """(the other side's finding suffix, its grade) after a graded one-sided predicate:
        'moderate left foraminal stenosis, mild right.' gives ('right', 'mild'); 'right
        foraminal narrowing is moderate, left is mild.' gives ('left', 'mild'). ``graded``: the
        predicate's grade came before it ('moderate narrowing of the left foramen, mild on the
        right': ``items[k]`` is then the site the predicate names after it)."""
        own = {s for it in chain if it.kind == "D" for s in it.rule.sides}
        if len(own) != 1 or k + 2 >= len(items):
            return None
        if not graded and _grade_of(chain) is None:  # '..., left is mild.': after a copula each
            after = [  # (past a ';' break: 'left foraminal stenosis moderate; right mild.')
                it
                for it in items[k + 1 : k + 5]
                if not (it.kind == "B" and ";" in text[it.start : it.end])
            ]
            if len(after) < 3:
                return None
            g1, d, g2 = after[0], after[1], after[2]
            if (
                g1.kind == "G"
                and d.kind == "D"
                # ('narrowed mildly, right free': none; 'left severe, right none')
                and (g2.kind == "G" or _states_none(text, g2))
                and len(d.rule.sides) == 1
                and not own & set(d.rule.sides)
                and (
                    _COPULA_GAP.fullmatch(text, items[k].end, g1.start)
                    or _BARE_GAP.fullmatch(text, items[k].end, g1.start)
                )
                and _SIDE_BREAK.fullmatch(text, g1.end, d.start)
                and _SIDE_STATE.fullmatch(text, d.end, g2.start)
                and _GRADE_END.match(text, g2.end)
            ):
                return d.rule.sides[0], g2.value if g2.kind == "G" else "none"
            return None

        def other(it: Item) -> bool:  # one side, not the predicate's own
            return it.kind == "D" and len(it.rule.sides) == 1 and not own & set(it.rule.sides)

        rest = [
            it
            for it in items[k + 1 : k + 5]
            if not (it.kind == "B" and ";" in text[it.start : it.end])
            and not (it.kind == "C" and _UNCHANGED.fullmatch(text, it.start, it.end))
        ][:2]
        if len(rest) < 2:
            return None
        a, b = rest[0], rest[1]  # (past a ';' break: '...; left patent.')
        if (
            _SIDE_BREAK_UNCHANGED.fullmatch(text, items[k].end, a.start)
            # ('moderate right lateral recess stenosis and mild on the left')
            or (a.kind == "G" and _AND_GAP.fullmatch(text, items[k].end, a.start))
        ) and (
            _CLAUSE_END.match(text, b.end)
            or _QUOTE_END.match(text, b.end)
            # '..., left patent, unchanged with position': a state word ends its clause at a comma
            or (b.kind == "N" and _COMMA_AFTER.match(text, b.end) is not None)
        ):
            if a.kind == "G" and other(b) and _ON_THE_OPT.fullmatch(text, a.end, b.start):
                return b.rule.sides[0], a.value  # 'moderate left foraminal stenosis, mild right.'
            if other(a) and _states_none(text, b) and _SIDE_STATE.fullmatch(text, a.end, b.start):
                # '..., right normal.', '..., right is patent.', '..., right none.'
                return a.rule.sides[0], "none"
            if other(a) and b.kind == "G" and _SIDE_STATE.fullmatch(text, a.end, b.start):
                return a.rule.sides[0], b.value  # '...; left mild.', '..., left is mild.'
        return None

    def _borrowed_side(self, text: str, items: list[Item], k: int) -> list[Item]:
        """A side borrowed from the lesion in the same clause ('left paracentral protrusion
        ... causing lateral recess stenosis'): a side word next to a disc/region word."""
        lo = k
        while lo > 0 and items[lo - 1].kind != "B":
            lo -= 1
        for i in range(lo, k):
            it = items[i]
            if it.kind != "D" or "," in text[it.end : items[k].start]:
                continue
            after = text[it.end : it.end + 40]
            before = text[max(0, it.start - 25) : it.start]
            if re.match(
                r"\s*(?:[a-z]+\s+)?(?:paracentral|posterolateral|paramedian|eccentric|dis[ck]|protrusion|herniation|bulge|extrusion)",
                after,
                re.I,
            ):
                return [self._dominant(it, text)]
            if re.search(r"(?:protrusion|herniation|bulge|bulging|extrusion)\s*$", before, re.I):
                return [self._dominant(it, text)]
            nxt = items[i + 1]
            if (
                i + 2 == k
                and nxt.kind == "R"
                and len(it.rule.sides) == 1
                and text[it.end : nxt.start].isspace()
                and _ROOT_COPULA.fullmatch(text, nxt.end, items[k].start)
            ):
                # 'The exiting right L3 root is compressed in the foramen': the subject root's
                # side (not 'displacing the right L4 root with ... foraminal stenosis')
                return [it]
        return []

    @staticmethod
    def _dominant(it: Item, text: str) -> Item:
        r = it.rule
        if len(r.sides) == 2 and (r.dominant_from_first or r.dominant_from_last_word):
            words = re.findall(r"left|right", text[it.start : it.end], re.I)
            if words:
                side = (words[0] if r.dominant_from_first else words[-1]).lower()
                from spinelab.labeling.rules import SideRule

                return Item(it.start, it.end, "D", SideRule(literal=side, sides=[side]))  # type: ignore[list-item]
        return it

    def _attach_levels(
        self, text: str, start: int, end: int, sts: list[Statement], levels: list[LevelMention]
    ) -> None:
        """Levels named in the sentence ``[start, end)`` for each statement: a tight following
        'at L4-5', else the nearest preceding level mention; left None when the sentence names
        none."""
        usable = [m for m in levels if not m.excluded]
        head = None
        if usable and any(st.levels is None for st in sts):
            head = usable[0] if _is_heading(text, start, usable[0]) else None
            if head is not None and not _BACK_WORD.search(text, head.end):
                head = None  # no 'at both levels' to resolve
        for st in sts:
            if st.levels is not None:
                continue
            if head is not None:
                back = _BACK_REF.match(text, st.end)
                if back and not _LEVELISH.search(back.group(1)) and not _BUT.search(back.group(1)):
                    _take(st, head)  # '..., at both levels': the levels the sentence opens with
                    continue
            pre_named = [m for m in usable if m.end <= st.start and not m.blanket]
            n_named = sum(len(m.levels) for m in pre_named)
            if (
                n_named > 1 or (n_named == 0 and _BACK_HINT.search(text, st.end, st.end + 60))
            ) and (back := _BACK_REF.match(text, st.end)):
                if not _LEVELISH.search(back.group(1)) and not _BUT.search(back.group(1)):
                    # 'L4/5 bulge, L5/S1 protrusion, no stenosis at either level': the levels
                    # named before it; none named before it ('Diffuse disc bulges at these
                    # levels, causing ... at L3/4'): those of the sentences before (context)
                    st.levels = tuple(dict.fromkeys(x for m in pre_named for x in m.levels)) or None
                    continue
            inner = [m for m in usable if st.start <= m.start and m.end <= st.end]
            if inner and (
                inner[0].levels or not any(m.levels and m.start >= st.end for m in usable)
            ):  # 'moderate L4-5 central canal stenosis' (but 'severe multilevel spinal
                # stenosis L2-L5': of the levels after it)
                _take(st, inner[0])
                n = 1  # ('Both neuroforamens L4-L5, L5S1 are narrowing': the comma's list too)
                for a, b in pairwise(inner):
                    if (
                        b.blanket
                        or not a.levels
                        or not _COMMA_GAP_ONLY.fullmatch(text, a.end, b.start)
                    ):
                        break
                    n += 1
                if n > 1:
                    st.levels = tuple(lv for m in inner[:n] for lv in m.levels)
                continue
            fol = next((m for m in usable if m.start >= st.end), None)
            if (  # a by-finding heading: 'Disc bulges: L2-3, L3-4 and L4-5, mild'
                fol is not None
                and _FINDING_COLON.fullmatch(text, st.end, fol.start)
                and _FINDING_OPEN.fullmatch(text, start, st.start)
            ):
                _take(st, fol)
                continue
            if fol is not None:
                gap = text[st.end : fol.start]
                nw = self.t.n_words(gap)
                # 'Bulging disc, L3-4, and central protrusion, L5-S1.': a level after a comma
                # that ends the sentence leads nothing; it is the finding's
                closing = (
                    _COMMA_GAP_ONLY.fullmatch(gap) is not None
                    and not fol.blanket
                    and _SENTENCE_REST.fullmatch(text, fol.end, end) is not None
                )
                # 'L4/L5 central disc herniation and L5/S1 disc bulge': a level led by a
                # conjunction starts the next statement when this one has its level before it
                led = (
                    (
                        _CONJ_GAP.fullmatch(gap) is not None
                        and any(m.start < st.start for m in usable)
                        and not closing
                    )
                    or (
                        # 'L4-5 and L5-S1 disc bulges with ... narrowing at L5-S1': its own levels lead
                        nw > 1
                        and any(
                            m.end <= st.start
                            # ('multilevel disc bulging and facet arthropathy from L2-3 through
                            # L5-S1': a range of levels after is the multilevel's)
                            and (
                                m.levels
                                or (
                                    nw > 3
                                    and (len(fol.levels) < 2 or _CAUSE_GAP.search(gap) is not None)
                                )
                            )
                            and (  # (or 'disc' between: 'L4-L5 and L5-S1 disc herniations')
                                not text[m.end : st.start].strip()
                                or _DISC_BETWEEN.fullmatch(text, m.end, st.start) is not None
                                or (
                                    not m.blanket  # (not 'MRI of the lumbar spine demonstrates')
                                    and _LEVEL_VERB_BETWEEN.fullmatch(text, m.end, st.start)
                                    is not None
                                )
                            )
                            for m in usable
                        )  # ('Multilevel Modic type 2 changes from L3-4 ...': no level leads)
                    )
                    or (
                        # 'L4-L5 ... stenosis and b/l foraminal narrowing L5-S1 disc bulge with ...'
                        # (run on, no punctuation): the level opens the next statement
                        not gap.strip()
                        and LEADS_NEXT.match(text, fol.end) is not None
                        and any(m.end <= st.start for m in usable)
                    )
                )
                tight = not led and (
                    (
                        not _FOLLOW_BLOCK.search(gap)
                        and (
                            _PREP_END.match(gap) is not None
                            or nw <= 1
                            or (fol.blanket and nw <= 3)
                            or (st.finding.startswith("disc_") and _WITH_AT.match(gap) is not None)
                            or (st.finding == "modic" and _MODIC_NOUNS.fullmatch(gap) is not None)
                        )
                    )
                    or closing
                )
                if tight:
                    _take(st, fol)
                    more = next((m for m in usable if m.start > fol.end), None)
                    if (  # 'from L1-2 through L3-4 or at L5-S1'
                        more is not None
                        and not (fol.blanket or more.blanket)
                        and _OR_AT.fullmatch(text, fol.end, more.start)
                    ):
                        st.levels = tuple(dict.fromkeys(fol.levels + more.levels))
                    continue
            # before it, or overlapping its start ('the remaining discs are unremarkable')
            pre = [m for m in usable if m.start < st.start]
            if pre and st.value in NEGATIVE_VALUES and _MULTILEVEL.match(text, pre[-1].start):
                # 'mild multilevel spondylosis no high grade canal stenosis': 'multilevel' is
                # the spondylosis's; the negation names no level
                continue
            if pre:
                _take(st, pre[-1])
            elif fol is not None and not _FAR_BLOCK.search(text, st.end, fol.start):
                # 'A disc bulge, mild left foraminal stenosis and ... at L4 L5.'
                _take(st, fol)
