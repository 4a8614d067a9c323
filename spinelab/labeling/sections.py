"""Report sections (FINDINGS / IMPRESSION / excluded history-like parts) and sentences.

Headers are found at a line start in any case ("Findings", "impression  ...") or, in capitals with
a colon, after a sentence end ("... normal. IMPRESSION: 1. ..."), so reports whose line breaks were
replaced by commas or spaces still split. An excluded section (HISTORY, TECHNIQUE, COMPARISON, ...)
ends at the next header, blank line, or line that opens with a disc level. Text before any header is
``other`` (it is labelled like FINDINGS). In a text that is no radiology report (no FINDINGS,
IMPRESSION or addendum naming a level: an operation note, a discharge summary), an 'Indications:'
or 'History:' section's quote of the imaging ('MRI 02/2024 showed ...') is ``other`` from its
opener on (``sections.yaml``'s ``imaging_quote``). Offsets are character offsets into the report
text.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from spinelab.labeling.exports import export_repaired
from spinelab.labeling.posts import EMOJI
from spinelab.labeling.regex_literals import Gated
from spinelab.labeling.rules import SectionsFile
from spinelab.labeling.sides import SIDE
from spinelab.labeling.tables import (
    BOX_MARKS,
    GRADE_CELL_WORD,
    GRADE_OPTION,
    GRID_LEVEL,
    HEADER_FIRST,
    HERNIATION_NAME,
    LEVEL_ALONE,
    LEVEL_COLUMN,
    LEVEL_NAME,
    OTHER_REGION,
    RULE_LINE,
    SAME_CELL,
    SIDE_IN_WORDS,
    SIDE_WORD,
    STENOSIS_COLUMN,
    TICK_MARKS,
    WORD_RUN,
    is_english_word,
    legend_names,
    names_column,
    option_header_line,
    study_columns,
)

SectionKind = str  # 'findings' | 'impression' | 'addendum' | 'correction' | 'excluded' | 'other'

#: an addendum correcting the report ('CORRECTION: the herniation is at L5-S1, not L4-5', 'sides
#: were transposed', 'should read', 'is more accurately moderate', 'On re-review', 'The protrusion
#: described at L4/5 is at L5/S1', 'AI draft reviewed; agree except that ...'): section kind
#: 'correction'
_CORRECTION = re.compile(
    r"\b(?:correct(?:ion|ed)|should\s+(?:read|be)|transposed|erroneous(?:ly)?|in\s+error"
    r"|(?:typographical|transcription|dictation|reporting)\s+error"
    r"|mis-?(?:labell?ed|identified|numbered)|more\s+accurately|(?:up)?on\s+(?:re-?|further\s+)?review"
    # (the level it was misplaced at read as spaces: _MISPLACED_LEVEL)
    r"|described\s+(?:at\s+[LTS]\s?\d[^.;\n]{0,20}?\s+)?is\s+(?:actually\s+|in\s+fact\s+)?at)\b"
    r"|,\s+not\s+(?:at\s+)?[LTS]\s?\d"
    r"|\b(?:agree|concur)\w*\s+(?:[a-z]+\s+){0,4}?except\b",
    re.I,
)

#: a wrapped line's break (the position after it): a lower-case word, a number, ')' or a comma
#: before it (up to two spaces between) and a lower-case word (or an acronym and a lower-case
#: word: 'no\nHNP at this level') after it; or, in text in capitals, a word in
#: capitals or a comma before it and a word in capitals after it that is not a heading ('WORD:')
_WRAPPED = (
    r"(?:(?:(?<=[a-z0-9,)]\n)|(?<=[a-z0-9,)][ \t]\n)|(?<=[a-z0-9,)][ \t][ \t]\n))"
    # (not a line of a field and its '=': 'otherwise no listhesis' over 'modic     = L2-L3 ...')
    r"[ \t]*(?![lt][ \t]?-?[ \t]?\d)(?![a-z][a-z/ ]{0,24}?[ \t]=[ \t])(?:[a-z]|[A-Z]{2,5}[ \t]+[a-z])"
    r"|(?:(?<=[A-Z]{2}\n)|(?<=[A-Z]{2}[ \t]\n)|(?<=[A-Z]{2}[ \t][ \t]\n)|(?<=,\n)|(?<=,[ \t]\n))"
    # (not a label line: 'NORMAL REPORT\nMRI L-SPINE: Normal.')
    r"[ \t]*[A-Z][A-Z'-]+(?![A-Za-z'-]*(?:[ \t]+[A-Z][A-Z'/-]*){0,2}[ \t]*:)(?![a-z])"
    # a level after a word that leaves its clause open ('FORAMINAL STENOSIS AT L4-5 AND\nL5-S1.')
    r"|(?:"
    + "|".join(
        rf"(?<=\b(?i:{w}){sp}\n)"
        for w in ("and", "or", "at", "to", "through", "thru", "from", "of", "with")
        for sp in ("", "[ \t]")
    )
    + r")[ \t]*[LlTtSs][ \t]?-?[ \t]?\d)"
    # a Modic type's number ending a line, its name opening the next ('Vertebral body heights are
    # normal. Type 2\nModic change at L5-S1.')
    r"|(?:(?<=(?i:type)[ \t][1-3]\n)|(?<=(?i:type)[ \t][1-3][ \t]\n)|(?<=(?i:type)[ \t](?i:i)\n)"
    # (or its gloss in brackets first: 'Type 2\n(fatty) endplate marrow changes at L3-4.')
    r"|(?<=(?i:type)[ \t](?i:ii)\n)|(?<=(?i:type)[ \t](?i:iii)\n))[ \t]*"
    r"(?:\((?i:[a-z][a-z -]{0,20})\)[ \t]*)?(?i:modic|end[ \t-]?plate)"
    # a level broken at its dash or slash, its second half opening the next line ('AT L5/\nS1
    # THERE IS ...', 'AT L4-\n5 THERE IS ...'; a legacy export's hard wrap)
    r"|(?:(?<=\b[LlTtDd]\d[-/]\n)|(?<=\b[LlTtDd]\d[-/][ \t]\n)|(?<=\b[LlTtDd]1\d[-/]\n)"
    r"|(?<=\b[LlTtDd]1\d[-/][ \t]\n))[ \t]*(?:[LlSs][ \t]?)?\d(?!\d)"
)
# '\n+|/{2,}|[.!?;]+["')\]]*(?:\s+|(?=[A-Z]))|\.(?<=[a-z]\.)(?=[A-Z])' (closing quotes after a
# stop: a quoted report) written with one character class first, so re skips all other positions
# quickly (several times faster, same matches). A line break inside a sentence (_WRAPPED: text
# pasted with its lines wrapped; never before a level, 'l4-5' as 'L4-5') is no boundary, nor is a
# stop before a clause whose subject is a bare side standing for the site just named ('The left
# foramen is narrowed; the right is patent', 'moderate right foraminal stenosis; left patent').
#: a site's label and its first side's field, up to its full stop before the other side's field
#: ('Neural foramina: Right: patent. Left: mild stenosis.', '... Foramina: R severe. L moderate.',
#: 'Foramina: Mild left. Right: normal.')
_SIDE = r"(?:right|left|rt|lt|r|l)"
#: a hedge before a side's grade ('Left possibly mildly narrowed', '; right probably moderate')
_SIDE_HEDGE = r"(?:(?:possibly|probably|likely|perhaps|maybe)[ \t]+)?"
_SIDE_FIELDS = re.compile(
    rf"(?im)(?:^|(?<=[.;][ \t]))[ \t]*(?:[lt]\d[^:\n]{{0,8}}:[ \t]*)?[a-z][a-z /-]{{2,40}}:[ \t]*"
    rf"(?:{_SIDE}(?:[ \t]*:|[ \t]+)(?!\d)|(?=[^\n.;]{{0,40}}\b(?:right|left)\b))"
    # (not a side told at levels: 'Right: patent throughout. Left: mild narrowing at L4-5')
    r"(?![^\n.;]*\b(?:throughout|at|all|levels?|[lts]\d))"
    rf"[^\n.;]{{1,60}}\."
    rf"(?=[ \t]*{_SIDE}(?:[ \t]*:|[ \t]+{_SIDE_HEDGE}"
    r"(?:patent|normal|free|clear|preserved"
    r"|unremarkable|mild|moderate|severe|minimal|marked|none|nil|mod|sev|narrow|stenos)))"
)
_SENT_SEP = re.compile(
    rf"[\n/.!?;](?:(?<=\n)(?!{_WRAPPED})\n*"
    r"|(?<=/)/+"
    r"|(?<=[.!?;])(?![ \t]*(?i:(?:the[ \t]+)?(?:left|right)[ \t]+(?:(?:one|side)[ \t]+)?(?:is|are))\b)"
    r"(?!(?<=[LlTt][1-5]\.)[LlSs]?[1-5]\b)"  # 'L4.5', 'L5.S1': a disc written with a dot
    r"(?!(?:(?<=[TtDd]1[12]\.)|(?<=[Tt][Hh]1[12]\.))[Ll]?1\b)"  # 'Th12.L1', 'T12.1'
    r"(?!(?<=(?<![A-Za-z])L\.)[ \t]?[1-5](?![0-9]))"  # 'L. 3-4': a level's letter with a dot
    r"(?!(?<=(?<![A-Za-z])T\.)[ \t]?1[12](?![0-9]))"  # 'T. 12 L. 1', 'L5 S. 1' (dictated
    r"(?!(?<=(?<![A-Za-z])S\.)[ \t]?1(?![0-9]))"  # letters)
    r"(?!(?<=(?<![A-Za-z])L\.)(?:IV|V|I{1,3})(?![a-z]))"  # 'L.III\u2013IV', 'L.V\u2013S.I'
    r"(?!(?<=(?<![A-Za-z])S\.)I(?![a-z]))"
    # ('...; right possibly moderate': a side's hedged grade)
    r"(?<!;(?=[ \t]*(?i:(?:left|right|[lr])[ \t]*:?[ \t]+(?:side[ \t]+)?"
    + _SIDE_HEDGE
    + r"(?:patent|normal|preserved|free|clear|unremarkable|(?:mild|moderate|severe|minimal)(?:ly)?|mod|sev|none|nil|narrow(?:ed|ing))\b"
    r"|\??[ \t]*(?:mild|moderate|severe)[ \t]+(?:left|right|[lr])[ \t]*(?:[.;,\n]|$))))"
    # 'Lt. foraminal stenosis', 'Lt. L5 nerve root', 'Rt. > Lt. lateral recess narrowing', 'Lt.
    # NFS, grade II/III': an abbreviation
    r"(?!(?<=(?<![A-Za-z])[LlRr]t\.)[ \t]+(?:[a-z]|[LS][1-5](?![0-9])|[<>=&+]|[LlRr]t\b"
    r"|(?:NFS?|NFN|LRS?|SAS?|SAR|CCS?|IVF)\b))"
    r"(?!(?<=(?<![A-Za-z])[Bb]ilat\.)[ \t]+[a-z])"  # 'bilat. moderately narrowed'
    # 'approx. 4 mm', 'acc. to Meyerding', 'ca. 3 mm', 'vs. mild', 'Poss. mild' (a grid's
    # cell): abbreviations
    r"(?!(?:(?<=(?<![A-Za-z])[Aa]pprox\.)|(?<=(?<![A-Za-z])[Aa]cc\.)|(?<=(?<![A-Za-z])ca\.)"
    r"|(?<=(?<![A-Za-z])vs\.)|(?<=(?<![A-Za-z])[Pp]oss\.)|(?<=(?<![A-Za-z])[Pp]rob\.))"
    r"[ \t]+[a-z0-9])"
    r"(?!(?<=(?<![A-Za-z])[Gg]r\.)[ \t]*(?:IV|I{1,3}|[1-4])(?![0-9A-Za-z]))"  # 'gr. I', 'gr.2'
    r"(?!(?<=(?<![A-Za-z])Th\.)[ \t]*(?:XII|1[0-2])(?![0-9A-Za-z]))"  # 'Th.XII-L.I', 'Th. 12'
    # Latin sides shortened: 'The recessus lateralis sin. is narrowed', 'Foramen dx. free'
    r"(?!(?:(?<=(?<![A-Za-z])[Ss]in\.)|(?<=(?<![A-Za-z])[DdSs]x\.)|(?<=(?<![A-Za-z])[Dd]ext\.))"
    r"[ \t]+[a-z])"
    r"[.!?;]*[\"'\u2019\u201d)\]]*(?:\s+|(?=[A-Z]))|(?<=[a-z]\.)(?<!(?<![A-Za-z])Th\.)(?=[A-Z])"
    r"|(?<=[a-z]{4}\.)(?=[a-z])"
    r"|(?<=[LSTlst][1-5]\.)(?=[a-z]{2})"  # '... foramen L5/S1.also says ...' (no space)
    r"|(?<=\.),[ \t]*(?=[A-Z]))"  # '... are patent.,L5-S1:  There is ...' (a CSV export's '.,')
)
#: a line break inside a sentence (as _SENT_SEP reads it): the text's lines were wrapped, so the
#: line goes on ('At L4/5 there is a bulge with narrowing of the exit\nforamina. The canal is
#: patent.' is one line: the canal statement is of L4/5)
_WRAP = re.compile(rf"\n(?={_WRAPPED})")
#: a text with at least this many wrapped line breaks had its lines wrapped at a fixed width
_HARD_WRAPPED = 3
#: a wrapped line of a one-line section is at least this long (characters)
_WRAP_MIN = 40


#: what may open a typed line (a bullet, a quote mark) and a vertebra that opens a level there
_LINE_LEAD = r"[ \t>*\u2022-]*"
_VERTEBRA_START = r"[LlTt][ \t]?-?[ \t]?\d"
#: a line led by a level ('L5 S1 - normal', '> L4-5: mild bulge'): a list line when short
_LEVEL_LED = re.compile(rf"{_LINE_LEAD}(?:{_VERTEBRA_START}|[Dd][ \t]?-?[ \t]?\d|[Ll]umbosacral\b)")


#: a line ending on a word that leaves its sentence open ('L3-L4: Mild bulge. No\nsignificant ...',
#: 'T12-L1 and L1-2: No significant\nabnormality.')
_OPEN_END = re.compile(
    r"\b(?:no|not|nor|and|or|with|without|of|the|a|an|to|at|in|on|by|from|is|are|but|"
    r"(?:mild|moderate|severe|minimal)(?:ly)?|small|large|left|right|bilateral|central|canal|"
    r"foraminal|neural|disc|disk|significant|definite|obvious|appreciable)[ \t]*$",
    re.I,
)


#: a typed line that opens a statement of its own ('no canal stenosis at any level', 'rest normal')
_STATEMENT_START = re.compile(
    rf"{_LINE_LEAD}(?:no|nil|rest|other|otherwise|elsewhere|{_VERTEBRA_START})\b", re.I
)


_HAS_LOWER = re.compile(r"[a-z]")


def _list_line_ends(text: str, wraps: set[int]) -> set[int]:
    """The ``wraps`` that end a line led by a level and holding one open clause that ends on a
    word that can end it, when the line is short or the next one opens a statement of its own: a
    typed list ('L4 L5 - broad protrusion\nL5 S1 - normal\nrest of lumbar spine normal'), not a
    line wrapped at a width; and those ending a short last sentence of a line before a statement
    line."""
    out: set[int] = set()
    for p in sorted(wraps):
        b = text.rfind("\n", 0, p) + 1
        last = max(text.rfind(".", b, p), text.rfind(";", b, p))
        if _OPEN_END.search(text, b, p):
            continue
        if (
            p - b < _WRAP_MIN
            and (b - 1 not in wraps or b - 1 in out)
            and not _HAS_LOWER.search(text, b, p)
        ):
            # a short line in capitals that opens a statement ends there ('OTHER LEVELS
            # NORMAL\nDOCTOR ADVISED ...'): a line wrapped at a width is full, and the end of a
            # wrapped sentence ('... WHICH COMPRESSES THE THECAL\n\n(CONTINUED)') follows a wrap
            out.add(p)
            continue
        nl = text.find("\n", p + 1)
        if nl < 0:
            nl = len(text)
        # the next line opens a statement, or is the poster's question ('L3-L4 normal\napakah
        # harus operasi dok?')
        opens = _STATEMENT_START.match(text, p + 1) is not None or "?" in text[p + 1 : nl]
        if last < 0:
            # a short level-led line, or any line before one opening a statement ('there is
            # also type 1 modic change at this level\nrest normal'), or a short item of a
            # bulleted list ('- L4L5 disc bulge\n- Rest normal\northo advising ...')
            if opens or (
                p - b < _WRAP_MIN and (_LEVEL_LED.match(text, b, p) or _in_bullet_list(text, b))
            ):
                out.add(p)
        elif opens and len(tail := text[last + 1 : p].strip()) < _WRAP_MIN and " " in tail:
            # a short last sentence before a line opening a statement: '... root. Left lateral
            # recess narrowing present\nother levels normal'; not a subject alone, its verb on the
            # next line ('... of L5 on S1. Alignment\notherwise normal.')
            out.add(p)
    return out


#: a bulleted line ('- Rest normal', '* L4-5 bulge', '• ...')
_BULLET = re.compile(r"[ \t]*[-*\u2022][ \t]+\S")


def _in_bullet_list(text: str, b: int) -> bool:
    """Whether the line starting at ``b`` is a bullet item after another bullet item."""
    if _BULLET.match(text, b) is None or b == 0:
        return False
    pb = text.rfind("\n", 0, b - 1) + 1
    return _BULLET.match(text, pb) is not None


#: a full stop inside a line: a sentence ends there and another starts on the same line
_MID_LINE_STOP = re.compile(r"[.;][ \t]+[A-Za-z]")


def _typed_by_line(lines: list[str]) -> bool:
    """Whether a text was typed a statement per line (a phone post: 'severe foraminal stenosis at
    l4-5, right worse than left\nmoderate central canal stenosis l4-5'): at least 4 lines, a
    sentence ending inside at most one of them (the poster's own 'surgeon wants it in march.
    scared') and at most a third of them ending with a full stop. Text wrapped at a width has
    sentences ending mid-line in many lines."""
    full = [ln.strip() for ln in lines if ln.strip()]
    return (
        len(full) >= 4
        and sum(_MID_LINE_STOP.search(ln) is not None for ln in full) <= 1
        and sum(ln.endswith(".") for ln in full) * 3 <= len(full)
    )


def _line_breaks(text: str) -> tuple[list[int], set[int]]:
    """The offsets of the text's line breaks that end a line, sorted: every line break but a
    wrap inside a sentence (_WRAPPED). In a text wrapped at a fixed width (typed on paper, OCR'd,
    pasted from a terminal: at least ``_HARD_WRAPPED`` wraps), a break after a full line (at
    least 80% of the 90th-percentile line length) does not end the line either: a full line that
    happens to end with a full stop was wrapped too, so 'At L4-5 ... nerve root.<full line>\nThe
    left lateral recess is preserved.' stays on the line of L4-5. Also the wrap-like breaks that
    end a line all the same, which end a sentence too: every one in a text typed a statement per
    line (``_typed_by_line``), else those ending a typed level-led line (``_list_line_ends``)."""
    wraps = {m.start() for m in _WRAP.finditer(text)}
    lines = text.split("\n")
    if not wraps:
        listed: set[int] = set()
    elif _typed_by_line(lines):
        listed = set(wraps)
    else:
        listed = _list_line_ends(text, wraps) | _table_line_ends(text, wraps)
    if listed:
        listed -= _wrapped_cells(text, listed)
    wraps -= listed
    full = float("inf")
    if len(wraps) >= _HARD_WRAPPED:
        lengths = sorted(len(ln.rstrip()) for ln in lines if ln.strip())
        full = 0.8 * lengths[int(0.9 * (len(lengths) - 1))]
    out, at = [], 0
    for ln in lines[:-1]:
        at += len(ln)
        if at not in wraps and len(ln.rstrip()) < full:
            out.append(at)
        at += 1
    return out, listed


#: a spaced table's last cell, after its gap of two or more spaces, to the line's end
_LAST_CELL = re.compile(r"(?<=\S)[ ]{2,}(?=\S(?:[^ \n]|[ ](?![ ]))*\Z)")


def _wrapped_cells(text: str, breaks: set[int]) -> set[int]:
    """The ``breaks`` whose next line is indented to the start of the last cell of the spaced
    table row before it: that cell wrapped onto a second line ('Disc levels     Normal hydration,
    no bulge' over '                or herniation'), its sentence going on."""
    out = set()
    for at in breaks:
        a = text.rfind("\n", 0, at) + 1
        cell = _LAST_CELL.search(text[a:at])
        if cell is None:
            continue
        e = text.find("\n", at + 1)
        nxt = text[at + 1 : e if e >= 0 else len(text)]  # (the next line)
        if len(nxt) - len(nxt.lstrip(" ")) == cell.end() >= 8:
            out.add(at)
    return out


#: a line laid out in columns: two gaps of two or more spaces (or tabs) between its words
_COLUMNED = re.compile(r"\S(?: {2,}|\t)\S(?:.*?\S)?(?: {2,}|\t)\S")
#: a grid's header of levels, perhaps after a label ('Disc:         L1-2   L2-3   L3-4')
_GRID_HEAD = re.compile(rf"{GRID_LEVEL.pattern}[ \t]{{2,}}{GRID_LEVEL.pattern}", re.I)


def _table_line_ends(text: str, wraps: set[int]) -> set[int]:
    """The ``wraps`` after a grid's header of levels over its indented row ('Disc:   L1-2   L2-3
    \n  bulge   [ ]   [x]'), both laid out in columns: a table's rows, never a wrapped sentence
    (not a level's row over its indented sub-row, 'L4-L5   disc   bulge\n    canal   mild',
    which carries it on)."""
    out = set()
    for at in wraps:
        a = text.rfind("\n", 0, at) + 1
        b = text.find("\n", at + 1)
        b = len(text) if b < 0 else b
        if (
            _GRID_HEAD.search(text, a, at)
            and _COLUMNED.search(text, a, at)
            and _COLUMNED.search(text, at + 1, b)
        ):
            out.add(at)
    return out


#: a key's header ('Legend:', 'Key:', 'Abbreviations:')
_KEY_HEADER = re.compile(r"[ \t]*(?:legend[ae]?|key|abbreviations?)\b", re.I)
#: a line indented under the one before it
_INDENTED = re.compile(r"[ \t]{2,}\S")


def _wrapped_at(text: str, eol: int) -> bool:
    """Whether the line break at ``eol`` wraps a one-line section's line: a ``_WRAP`` break
    after a line of at least ``_WRAP_MIN`` characters and at least 3/4 of the next line's length
    (a short line over a long one ended: 'hx: back pain, r/o hnp\\nalignment nl.' in lower case)."""
    if not _WRAP.match(text, eol):
        return False
    n = len(text[text.rfind("\n", 0, eol) + 1 : eol].rstrip())
    e = text.find("\n", eol + 1)
    nxt = len(text[eol + 1 : e if e >= 0 else len(text)].strip())
    return n >= _WRAP_MIN and n >= 0.75 * nxt


#: a level heading's level and colon ('L2-3:', 'l5/s1 :'), inside run-on text
_LEVEL_COLON = r"[LlTt][ \t]?\d{1,2}[ \t]*[-/][ \t]*(?:[LlSs][ \t]?)?\d{1,2}[ \t]*:"
#: not after a range or list word ('L1-L2 through L3-L4:', 't12/l1 to l3/4:', 'at  L4-5')
_NOT_AFTER_LIST_WORD = (
    r"(?<!(?i:\bto))(?<!(?i:\bthrough))(?<!(?i:\bthru))(?<!(?i:\band))(?<!(?i:\bor))"
    r"(?<!(?i:\bfrom))(?<!(?i:\bat))(?<!(?i:\buntil))(?<!(?i:\btill))(?<!(?i:\bof))(?<!(?i:\bin))"
    r"(?<!(?i:\bon))"
)
#: not after a site word ('Neural foramina L4-L5:': the site's field at that level)
_NOT_AFTER_SITE = (
    r"(?<!(?i:foramina))(?<!(?i:foramen))(?<!(?i:canal))(?<!(?i:recesses))(?<!(?i:recess))"
)
#: a disc level at a statement's start ('L5S1 disc', 'l4 l5 -', 'L4-5 mild')
_LEVEL_START = r"[LlTt][ \t]?\d{1,2}[ \t]*[-/]?[ \t]*(?:[LlSs][ \t]?)?\d{1,2}\b"
_OTHERWISE_STUDY = (
    r"(?i:otherwise\s+(?:an?\s+)?(?:normal|unremarkable)\s+"
    r"(?:(?:mri|findings?)\s+(?:of\s+the\s+)?)?"
    r"(?:lumbar\s+spine|lumbosacral\s+spine|l[ \t-]?spine|study|exam|examination|scan|mri)\b)"
)
_MISSING_STOP = re.compile(r"(?<=[a-z])[ \t]+(?=(?:At|There)\s+(?:the|is|are|[LTS]\s?-?\d)\b)")
#: the comma before a site field's closing 'otherwise patent' ('Canal: Mild stenosis at L3-4,
#: moderate at L4-5, otherwise patent.'): a sentence of its own, read under the field's heading as
#: the levels it did not name
_FIELD_OTHERWISE = re.compile(
    r"^[ \t]*(?:(?:central|spinal|central\s+spinal)[ \t]+)?(?:canal|(?:neural[ \t]+|exit[ \t]+)?foramina"
    r"|(?:lateral|subarticular)[ \t]+recesses)[ \t]*:[^\n]*?[a-z0-9](,)[ \t]*(?=otherwise[ \t]+"
    r"(?:patent|normal|capacious|unremarkable|adequate|preserved|clear)[ \t]*(?:[.;]|$))",
    re.I | re.M,
)
#: a list's next item run on in its line with no stop before it ('impression: 1) L45 bulge with
#: NF narrowing 2) lumbosacral junction: ... 3) no spondylolisthesis'), after a first item '1)'
_INLINE_ITEM = re.compile(r"(?<=[A-Za-z0-9,])[ \t]+(?=[2-9]\)[ \t]+[A-Za-z])")
_FIRST_ITEM = re.compile(r"(?<![^\s:])1\)[ \t]")


def _run_on_item(text: str, at: int) -> bool:
    """Whether the item number after ``at`` follows a first item '1)' on its line, neither of them
    the close of a bracket ('(Modic 1) changes ... (Modic 2) changes': no list)."""
    bol = text.rfind("\n", 0, at) + 1
    first = _FIRST_ITEM.search(text, bol, at)
    return (
        first is not None
        and text.count("(", bol, first.start()) <= text.count(")", bol, first.start())
        and text.count("(", bol, at) <= text.count(")", bol, at)
    )
#: the state words after which a run-on statement may start ('... are normal there is ...'), and
#: what starts it
_RUN_ON_STATES = ("normal", "unremarkable", "patent", "preserved", "maintained")
_RUN_ON_NEXT = (
    r"there[ \t]+(?:is|are)\b|the[ \t]+[LT][ \t]?\d"
    # ('... the remaining levels are normal the conus is normal ...', '... are normal the
    # vertebral alignment is normal')
    r"|the[ \t]+(?:conus|cord|alignment|marrow|paraspinal|sacroiliac|remaining|other|vertebral"
    r"|vertebrae|bone|facets?)\b"
)
#: right after one of those state words (lookbehinds)
_AFTER_STATE = "(?:" + "|".join(rf"(?<=\b{w})" for w in _RUN_ON_STATES) + ")"
#: a normal structure run on after a state ('... the other levels are unremarkable normal
#: alignment conus normal ...')
_RUN_ON_NORMAL = r"normal[ \t]+(?:alignment|conus|cord|marrow|bone[ \t]+marrow|lordosis)\b"
#: a dictated heading run on after a state ('... the remaining levels are normal comment large
#: left ...', '... are normal conclusion degenerative change ...')
_RUN_ON_HEADING = r"(?:conclusions?|impressions?|comments?|opinion|summary)[ \t]+[a-z]"
#: levels stated normal, run on after a state ('... the conus is normal L1 2 L2 3 and L3 4 are
#: normal at ...')
_RUN_ON_LEVELS_NORMAL = (
    r"[LT][ \t]?\d{1,2}(?:[ \t,/-]+(?:and[ \t]+)?[LTS]?[ \t]?\d{1,2})*[ \t]+(?:are|is)[ \t]+"
    r"(?:normal|unremarkable)\b"
)
#: the other levels stated normal, run on after a statement ('... Modic change the remaining
#: levels are normal')
#: the words naming the other levels before their noun ('remaining lumbar disc', 'other')
_OTHER_LEVELS = r"(?:remaining|other)[ \t]+(?:lumbar[ \t]+)?(?:dis[ck][ \t]+)?"
_RUN_ON_OTHERS = (
    rf"the[ \t]+{_OTHER_LEVELS}(?:levels|discs|disks)"
    r"[ \t]+(?:are|appear)[ \t]+(?:normal|unremarkable)\b"
)
#: a range of levels stated normal, run on after a statement ('... cyst at S2 L1 2 through L3 4 are
#: normal')
_RUN_ON_RANGE_END = rf"{_LEVEL_START}[ \t]+(?:are|is)[ \t]+(?:normal|unremarkable)\b"
_RUN_ON_RANGE_NORMAL = rf"{_LEVEL_START}[ \t]+(?:through|thru)[ \t]+{_RUN_ON_RANGE_END}"
#: rarer sentence starts with no stop before them, looked for only in a text holding a hint of
#: them (``_RUN_ON_HINT``: the scan costs about 4x _MISSING_STOP's)
_RUN_ON_STOP = re.compile(
    # every stop starts at a space or tab: the lookahead first fails fast at other characters
    # (about 4x faster than trying each branch's lookbehinds at every position)
    r"(?=[ \t])(?:"
    # '... narrowing 2) L4-5 ...', not a grade's number ('(MODIC TYPE 2) AT L4-5', '(Modic 3) L4-L5')
    r"(?<=[A-Za-z0-9])(?<!(?i:type))(?<!(?i:grade))(?<!(?i:modic))[ \t]+"
    r"(?=\d{1,2}\)[ \t]+(?:[A-Z]|(?i:[lts]\s?-?\d)))"
    '|(?<=[A-Za-z0-9,])[ \t]+(?=\\(["\u201c])'  # a report quoted in parentheses: 'normal ("MRI ...")'
    # a level heading inside run-on text: 'L1-2:no significant abnormality L2-3: no ...'
    # (not after a range or list word: 'L1-L2 through L3-L4:', 't12/l1 to l3/4:')
    # (nor after a site the level heads: 'Neural foramina L4-L5: right narrowed, left normal')
    rf"|(?<=[A-Za-z\]])(?=[ \t]+[LlTt][ \t]?\d){_NOT_AFTER_LIST_WORD}{_NOT_AFTER_SITE}[ \t]+"
    rf"(?={_LEVEL_COLON})"
    # a report quoted in prose: 'it came back: "IMPRESSION: ...', 'the report said "Normal ..."'
    "|(?:(?<=[:,-])[ \t]+(?=[\"\u201c'\u2018][A-Z])|(?:(?<=(?i:said))|(?<=(?i:says))|(?<=(?i:reads))|(?<=(?i:states))"
    "|(?<=(?i:came back)))"
    "[ \t]+(?=[\"\u201c'\u2018][A-Za-z]))"
    # run-on dictation: '... the foramina are patent at L4-5 there is a protrusion ...'
    # (a dictated level's numbers parted by a space: '... are normal at L4 5 there is ...')
    r"|(?<=[a-z])[ \t]+(?=at\s+(?:the\s+)?[LTS]\s?-?\d{1,2}(?:\s*[-/]\s*|[ \t]+)[LTS]?\s?-?\d{1,2}(?:\s+level)?,?\s+"
    r"there\s+(?:is|are)\b)"
    # '... levels are normal there is mild desiccation ...': a state, then 'there is' or a level
    # (the lookahead first: most positions fail on their first character)
    rf"|(?=[ \t]+the){_AFTER_STATE}[ \t]+(?={_RUN_ON_NEXT})"
    rf"|(?=[ \t]+[LT]){_AFTER_STATE}[ \t]+(?={_RUN_ON_LEVELS_NORMAL})"
    rf"|(?=[ \t]+[cios]){_AFTER_STATE}[ \t]+(?={_RUN_ON_HEADING})"
    rf"|(?=[ \t]+n){_AFTER_STATE}[ \t]+(?={_RUN_ON_NORMAL})"
    # '... shows fatty type 2 Modic change the remaining levels are normal', '... a cyst at S2 L1 2
    # through L3 4 are normal' (not after a list word: 'Alignment and the remaining levels are
    # normal', 'at L1-2 through L3-4 are normal')
    # ('Disc levels T12-1 through L3-4 are unremarkable': of its words)
    rf"|(?<=[a-z0-9]){_NOT_AFTER_LIST_WORD}(?<!(?i:level))(?<!(?i:levels))(?<!(?i:discs))(?<!(?i:segments))"
    rf"[ \t]+(?={_RUN_ON_OTHERS}|{_RUN_ON_RANGE_NORMAL}))"
)
#: in a text with no sentence stops at all (dictation sent without its punctuation): a level
#: opening a statement after a word that is no list word, article or preposition ('... no marrow
#: edema L1-2 through L3-4 no significant abnormality L4-5 mild disc bulge ...'), or a heading
_AFTER_WORD = rf"(?<=[a-z]){_NOT_AFTER_LIST_WORD}(?<!(?i:\bthe))"
_UNPUNCTUATED_LEVEL = re.compile(
    r"(?=[ \t])"  # (every branch starts at a space or tab: see _RUN_ON_STOP)
    rf"(?:{_AFTER_WORD}(?<!(?i:\bwith))(?<!(?i:\bby))"
    rf"(?<!(?i:\bbetween))(?<!(?i:\bbelow))(?<!(?i:\babove))[ \t]+(?={_LEVEL_START})"
    # and a heading run on ('... no canal or foraminal stenosis impression multilevel ...')
    rf"|(?<=[a-z])[ \t]+(?=(?i:{_RUN_ON_HEADING}))"
    # and the other levels' statement ('... no nerve root compression remaining lumbar levels
    # unremarkable ...'; not 'at the remaining levels', 'and other levels')
    rf"|{_AFTER_WORD}(?<!(?i:\ball))[ \t]+"
    rf"(?=(?i:(?:the[ \t]+)?{_OTHER_LEVELS}(?:levels|discs|disks|segments)\b)))"
)
#: a line of 200 characters or more with no stop ('.', '!', '?', ';')
_UNPUNCTUATED_LINE = re.compile(r"^[^\n.!?;]{200,}$", re.M)
_RUN_ON_HINT = re.compile(
    # (searched for whether it matches: the characters before a space are looked behind for, so
    # that every match starts at a space, 't', a digit or '(', which the lookahead tests first)
    r"(?=[ \t(t\d])(?:"
    rf"(?<=[a-z0-9])[ \t]+{_RUN_ON_OTHERS}|(?:through|thru)[ \t]+{_RUN_ON_RANGE_END}|"
    rf"(?<=[A-Za-z\]])[ \t]+{_LEVEL_COLON}|"
    r"\d\)[ \t]|\([\"\u201c]|(?:(?<=[:,sS-])|(?<=(?i:said))|(?<=(?i:back)))[ \t]+[\"\u201c'\u2018][A-Za-z]"
    r"|\d(?:[ \t]+level)?[ \t]+there[ \t]+(?:is|are)\b)"
)
#: the same for a state word run on into the next statement ('... are normal there is ...', '... is
#: normal L1 2 and L2 3 are normal'): a regex of its own, whose first letters let re skip every
#: other position
_STATE_RUN_ON_HINT = re.compile(
    rf"(?:{'|'.join(_RUN_ON_STATES)})[ \t]+"
    rf"(?:{_RUN_ON_NEXT}|{_RUN_ON_LEVELS_NORMAL}|{_RUN_ON_HEADING}|{_RUN_ON_NORMAL})"
)
#: statement starts of posts and flattened texts (group 1), each looked for only where its cheap
#: hint is found: a level after a double space ('... no nerve root compression  L5S1 disc bulge',
#: not after a range or list word: 'at  L4-5'); an emoji ('... severe spinal canal stenosis
#: <emoji> L5S1 also ...'); a whole-study statement after a comma ('... touching the right S1
#: root, otherwise normal lumbar spine', not a level's own 'small bulge, otherwise normal'); the
#: end of a quoted report
_POST_STOPS = (
    (
        re.compile("  "),
        re.compile(
            rf"(?=[ \t]{{2}})(?<=[a-z]){_NOT_AFTER_LIST_WORD}([ \t]{{2,}})(?={_LEVEL_START})"
        ),
    ),
    (re.compile(f"[{EMOJI}]"), re.compile(f"[{EMOJI}]+([ \t]+)")),
    (re.compile("otherwise", re.I), re.compile(rf",([ \t]+)(?={_OTHERWISE_STUDY})")),
    # the other levels' statement of a flattened text, capitalised after a comma ('..., no neural
    # foraminal narrowing, Other lumbar disc levels show no abnormality, IMPRESSION - ...')
    (
        re.compile(", (?:Other|Remaining|Rest) "),
        re.compile(
            r",([ \t]+)(?=(?:Other|Remaining)[ \t]+(?:lumbar[ \t]+)?(?:dis[ck][ \t]+)?"
            r"(?:levels|discs|disks|segments)\b|Rest[ \t]+of[ \t]+the[ \t]+)"
        ),
    ),
    # the poster's own clause after a report's words ('normal study, no disc bulge but i have
    # severe pain')
    (
        re.compile("but (?:i|my|the pain)"),
        re.compile(r"([ \t]+)(?=but[ \t]+(?:i|im|i'm|my|the[ \t]+pain)\b)"),
    ),
    # the poster's words after a quoted report of more than one sentence ('... L5-S1 is
    # unremarkable" nagwoworry po ako ...')
    (
        re.compile('["\u201d]'),
        re.compile(
            '["\u201c][^"\u201c\u201d\n]{1,3000}?[.!?][ \t][^"\u201c\u201d\n]{1,3000}?'
            '["\u201d]([ \t]+)(?=[A-Za-z])'
        ),
    ),
)
_ITEM_NUMBER = re.compile(r"\d{1,2}[.)]\s")
_BLANK = re.compile(r"\n[ \t\r]*\n")
#: the end of a one-line section's first sentence ('COMPARISON: None. There is ...' flattened)
#: the gap between two headers of one line that head two columns
_COLUMN_GAP = re.compile(r"[ \t]{3,}")
_FIRST_STOP = re.compile(r"[.!?](?=\s)")
_NUMBERED = re.compile(r"\s*(?:\d{1,2}[.)]|[-*\u2022])\s*$")


#: a grid's header of three or more level columns apart by '|' ('| Th12/L1 | L1/L2 | L2/L3'); its
#: rows are kept whole
_GRID_HEADER = re.compile(
    r"[^|\n]*(?:\|[ \t]*(?:[LTSD]|Th)[ \t]?\d{1,2}[ \t]*[-/][ \t]*[LS]?[ \t]?\d{1,2}[ \t]*){3}",
    re.I,
)
#: a table row (or a per-level table's header row: 'Level | Disc | Canal'), kept whole
_TABLE_ROW = re.compile(
    r"[ \t]*(?:\||(?:at[ \t]+)?(?:[LTDS]|th)[ \t]?-?[ \t]?\d|lumbo-?sacral[ \t]*\|"
    rf"|{OTHER_REGION}[ \t]*\|"  # (another region's row: 'T-spine | small protrusions')
    rf"|(?:{HEADER_FIRST.pattern})[ \t]*\|"  # (or its name glossed: 'Tang (level) |')
    # a list's heading naming its columns ('Central canal (grade | dural sac CSA | AP diameter)')
    r"|[^|(\n]{1,60}\([^()\n]*\|[^()\n]*\)[ \t]*:?[ \t]*$)",
    re.I,
)


#: bullet characters that separate items run together on one line (a portal's paste:
#: 'FINDINGS \u00b7 Alignment normal. \u00b7 L4-5 ...'); 'Â·' ('â·' in lower case) is a middle dot
#: read as Latin-1
_BULLET_CHARS = frozenset("\u2022\u00b7\u25aa\u25e6\u25a0\u25ba\u25b8\u25cf\u2023")
#: a bullet, an en or em dash or an opening quote read as Windows-1252 ('â€¢' for '•', 'Â€¢' in
#: capitals, 'â€“' for '–'): what was meant, written after two spaces (the same length)
_MOJIBAKE_MEANT = {"\u00a2": "\u2022", "\u201c": "-", "\u201d": "-", "\u0153": '"'}
_MOJIBAKE = re.compile("[\u00e2\u00c2]\u20ac([\u00a2\u201c\u201d\u0153])")


def _box_ascii(c: str) -> str:
    """A box-drawing character's ASCII: '|' for a vertical line, '-' for a horizontal one, '+'
    for a corner, a junction or a cross."""
    name = unicodedata.name(c, "")
    vertical, horizontal = "VERTICAL" in name, "HORIZONTAL" in name
    if vertical == horizontal or "AND" in name or "ARC" in name or "DIAGONAL" in name:
        return "+"
    return "|" if vertical else "-"


#: spaces and line breaks of other systems, read as " " and "\n" (one character each)
_ODD_SPACES = str.maketrans(
    dict.fromkeys(
        "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
        "\u200a\u200b\u202f\u205f\u3000\ufeff",
        " ",
    )
    | dict.fromkeys("\x0b\x0c\x85\u2028\u2029", "\n")
    # hyphens and minus signs of word processors and web pages ('L4\u2010L5', 'L5\u2212S1') as '-'
    | dict.fromkeys("\u2010\u2011\u2012\u2212\ufe63\uff0d", "-")
    # a table drawn with box characters ('\u2502 L4-L5 \u2502 Mild \u2502', '\u251c\u2500\u253c'):
    # its lines as '|', '-' and '+'
    | {c: _box_ascii(c) for c in map(chr, range(0x2500, 0x2580))}
)
_ODD_SPACE_CHARS = frozenset(chr(c) for c in _ODD_SPACES)
#: Greek and Cyrillic letters drawn as Latin ones, and the Latin letter each is read as
_LOOKALIKES = str.maketrans(
    "\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7\u03bf"
    "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425"
    "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0405\u0406\u0408\u0455\u0456\u0458",
    "ABEZHIKMNOPTYXoABEKMHOPCTXaeopcyxSIJsij",
)
_LOOKALIKE_CHARS = frozenset(chr(c) for c in _LOOKALIKES)
#: a word of letters (any script)
_LETTER_WORD = re.compile(r"[^\W\d_]+")


def _lookalikes_read(text: str) -> str:
    """``text`` with each word of Latin letters that holds Greek or Cyrillic look-alikes written
    in Latin ('\u03a4he', a Greek Tau: a keyboard's layout switched mid-word); a word with no
    Latin letter is left as written. Same length."""

    def word(m: re.Match[str]) -> str:
        w = m.group()
        if _LOOKALIKE_CHARS.isdisjoint(w) or not any("a" <= c.lower() <= "z" for c in w):
            return w
        return w.translate(_LOOKALIKES)

    return _LETTER_WORD.sub(word, text)


_INLINE_BULLET = re.compile(
    # (not a table's cell: '| L4-L5 |  \u25cf  |' marks its column)
    r"(?<=[^\s|][ \t])[\u00c2\u00e2]?[\u2022\u00b7\u25aa\u25e6\u25a0\u25ba\u25b8\u25cf\u2023](?=\s)"
)


#: a table row's first vertebra, opening the row ('L4', 'T12', 'Th12', 'L-4')
_ROW_LEVEL = r"(?:[LTDS]|Th)[ \t]?-?[ \t]?\d{1,2}"
_TAB_RUN = re.compile(r"\t+")
_TAB_HEADER = re.compile(rf"^[ \t]*{LEVEL_COLUMN}[ \t]*\t[^\n]*\t", re.I | re.M)
#: a row's level and its end: a word's end, or the second vertebra run on ('L1L2'); or the
#: lumbosacral junction by name ('Lumbosacral;prolaps ...': L5-S1)
_ROW_LEVEL_END = rf"(?:{_ROW_LEVEL}(?:\b|(?=[LS]\d))|(?i:lumbo-?sacral)\b)"
_TAB_ROW = re.compile(rf"[ \t]*{_ROW_LEVEL_END}[^\t\n]{{0,12}}\t", re.I)


#: a tab-separated table with a column per level: its header of levels ('<TAB>L1-L2<TAB>L2-L3'),
#: its rows (a finding's name, a tab, its cells)
_TAB_LEVELS = LEVEL_ALONE.pattern
_TAB_LEVEL_HEADER = re.compile(
    rf"^[^\t\n]{{0,20}}\t(?:{_TAB_LEVELS}\t+){{2,}}{_TAB_LEVELS}$", re.I | re.M
)
_TAB_FINDING_ROW = re.compile(r"[^\t\n]{1,40}\t")


def _tab_tables(text: str) -> str:
    """``text`` with the columns of a tab-separated per-level table ('Level<TAB>Disc<TAB>Central
    canal' and the rows under it that open with a disc level; or a column per level,
    '<TAB>L1-L2<TAB>L2-L3' and the rows of findings under it) parted by '|', as a pasted
    table's are: each run of tabs -> '|' and spaces, the same length."""
    if _TAB_LEVEL_HEADER.search(text) is not None:  # (first: its 'Disc' row heads no table)
        text = _parted_tables(text, "\t", _TAB_LEVEL_HEADER, _TAB_FINDING_ROW, _TAB_RUN)
    if _TAB_HEADER.search(text) is not None:  # (most tabs are a template's aligned fields)
        text = _parted_tables(text, "\t", _TAB_HEADER, _TAB_ROW, _TAB_RUN)
    return text


#: a line of two or more disc levels alone (a grid's header: '      L34      L45      L5S1')
LEVELS_LINE = re.compile(rf"(?:[ \t]*{GRID_LEVEL.pattern}){{2,}}[ \t]*", re.I)


def _parted_tables(
    text: str, sep: str, header: re.Pattern[str], row: re.Pattern[str], run: re.Pattern[str]
) -> str:
    """``text`` with the separators ``run`` of the per-level tables whose header row matches
    ``header`` (and of the rows under it that match ``row``) read as '|' and spaces, the same
    length."""
    lines = text.split("\n")
    table = False
    columns: list[int] = []  # where a spaced header's columns start
    tabs = -1  # how many single tabs part a tab header's cells (-1: none, or runs of tabs)
    for i, ln in enumerate(lines):
        if table and (RULE_LINE.fullmatch(ln) or LEVEL_ALONE.fullmatch(ln)):
            continue  # a rule under the header or between rows ('-------'), a row of blanks
        if sep not in ln:
            table = False
        elif (
            (head := header.match(ln))
            # (not a grid's 'Disc' row under its header of levels: 'L34   L45   L5S1')
            and not (i and LEVELS_LINE.fullmatch(lines[i - 1]))
        ) or (
            table
            and (
                row.match(ln)
                or (sep == "\t" and ln.startswith(sep))
                # (the header's names glossed under it: '(level)  (disc)  (canal)')
                or (sep == "  " and "|" in lines[i - 1] and _GLOSS_LINE.fullmatch(ln))
                # (a level run on into the next column by one space, 'L5/S1 desicc.  NAD')
                or (columns and _SINGLE_SPACED_ROW.match(ln) and _aligned_row(ln, columns))
            )
        ):
            # (a row carried on under its level's empty cell: '<TAB>protrusion')
            if head:
                if sep == "  " and "/" in ln:
                    # a last name's sides after its gap ('NEURAL FORAMINA  R / L'): of that name
                    ln = _SPACED_SIDES.sub(lambda m: " " * (len(m[0]) - 1) + "(", ln)
                columns = [m.end() for m in run.finditer(ln)] if sep == "  " else []
                tabs = ln.count("\t") if sep == "\t" and "\t\t" not in ln else -1
            if sep == "\t" and ln.count("\t") == tabs and "\t\t" in ln:
                # a tab row with as many tabs as its header has single ones: each tab parts a
                # cell, so two in a row leave an empty cell ('<TAB>Left<TAB><TAB>Mild')
                lines[i] = ln.replace("\t", "|")
            else:
                lines[i] = (not head and _aligned_row(ln, columns)) or run.sub(
                    lambda m: "|" + " " * (len(m.group()) - 1), ln
                )
            table = True
        elif table and ln[:2].isspace() and ln.strip():
            # an indented line carrying on a row's cell ('        HNP'): the table goes on; a
            # side's sub-row ('         R       bulging') is a row of its own
            if columns and _SIDE_SUB_ROW.match(ln) and (sub := _aligned_row(ln, columns)):
                lines[i] = sub
            continue
        else:
            table = False
    return "\n".join(lines)


def _aligned_row(line: str, columns: list[int]) -> str | None:
    """A space-aligned row with blank cells ('L3-L4   bulge      mild            mild' under
    'Level   Disc   Canal   Recess L   Foramen L'; or a side's sub-row, its level cell blank,
    '        R       bulging') read as a '|' row with its cells under their header's columns
    ('L3-L4|  bulge| mild|  |     mild'), the same length; None where it has no blank cell (as
    many cells as the header), or its cells are not under distinct columns. A cell run on into
    the next column by one space ('Recurrent protrusion Mild') is two.

    ``columns``: where the header's columns after the first start (offsets in the line)."""
    starts = [0, *columns]
    cells: list[tuple[int, int]] = []
    split = False  # whether a cell was run on into the next column
    for m in _SPACED_CELL.finditer(line):
        a, b = m.span()
        for c in columns:  # a cell run on into the next column by one space: two cells
            w = next((w for w in (c, c - 1, c + 1) if a + 1 < w < b and line[w - 1] == " "), 0)
            if w:
                cells.append((a, w - 1))
                a, split = w, True
        cells.append((a, b))
    if not cells or not columns:
        return None
    cols: list[int] = []  # the column of each cell: the header column nearest to its start
    kept: list[tuple[int, int]] = []
    for a, b in cells:
        k = min(range(len(starts)), key=lambda c: abs(starts[c] - a))
        if abs(starts[k] - a) > 3 and cols and "]" in line[kept[-1][0] : kept[-1][1]]:
            nxt = starts[cols[-1] + 1] if cols[-1] + 1 < len(starts) else len(line)
            if a < nxt - 3:  # a box cell's note, in its column ('[x]Y [ ]N  R paracent.')
                kept[-1], split = (kept[-1][0], b), True
                continue
        if (cols and k <= cols[-1]) or abs(starts[k] - a) > 3:
            return None
        cols.append(k)
        kept.append((a, b))
    if len(kept) >= len(starts) and kept[0][0] == 0 and not split:
        return None
    cells = kept
    out = list(line)
    # each gap before a cell (the first one's from the line's start) takes a '|' before each
    # column it passes
    for (g0, g1), i, j in zip(
        [(0, cells[0][0]), *((x[1], y[0]) for x, y in zip(cells, cells[1:], strict=False))],
        [0, *cols[:-1]],
        cols,
        strict=True,
    ):
        if g1 - g0 < j - i:
            return None
        for k in range(i + 1, j + 1):
            out[min(max(starts[k] - 1, g0 + k - i - 1), g1 - 1 - (j - k))] = "|"
    return "".join(out)


#: the gap before a spaced header's last sides ('NEURAL FORAMINA  R / L')
_SPACED_SIDES = re.compile(rf"(?<=[a-z]) {{2,}}(?={SIDE}[ \t]*/[ \t]*{SIDE}[ \t]*$)", re.I)
#: a spaced table's cell: words apart by single spaces
_SPACED_CELL = re.compile(r"\S+(?: \S+)*")
#: a side's sub-row of a spaced table, its level cell blank ('         R       bulging')
_SIDE_SUB_ROW = re.compile(rf" {{2,}}{SIDE_WORD}(?: {{2,}}|$)", re.I)


#: a per-level table exported with ';' between its columns ('level;disc;ccs;nfn_l') or laid out
#: in columns of spaces ('Level   Disc   Canal   Foramina'), and its rows
_SEMI_HEADER = re.compile(rf"^[ \t]*{LEVEL_COLUMN}[ \t]*;[^\n;]*;", re.I | re.M)
_SEMI_ROW = re.compile(rf"[ \t]*{_ROW_LEVEL_END}[^;\n]{{0,12}};", re.I)
_SEMI_RUN = re.compile(r";")
#: one exported as CSV ('Level, disc, canal, L foramen, R foramen'; quoted or not:
#: '"Segment","Disc","Central canal","Right foramen"'): four or more columns; its rows open with
#: a level ('L4-L5,"bulge, left foraminal protrusion",severe')
_COMMA_HEADER = re.compile(
    rf'^[ \t]*("?){LEVEL_COLUMN}\1[ \t]*(?:,(?:"[^"\n]*"|[^\n,"]+)){{3,}}[ \t]*$', re.I | re.M
)
_COMMA_ROW = re.compile(rf'[ \t]*"?{_ROW_LEVEL_END}[^,"\n]{{0,12}}"?,', re.I)
#: the same quoted and parted by ';' (a European spreadsheet's export: '"Level";"Disc";"Canal"')
_QUOTED_SEMI_HEADER = re.compile(
    rf'^[ \t]*"{LEVEL_COLUMN}"[ \t]*(?:;(?:"[^"\n]*"|[^\n;"]+)){{3,}}[ \t]*$', re.I | re.M
)
_QUOTED_SEMI_ROW = re.compile(rf'[ \t]*"{_ROW_LEVEL_END}[^;"\n]{{0,12}}";', re.I)
#: a ',' (or ';') outside a CSV cell's quotes ('L4-L5,"bulge, left foraminal protrusion",severe')
_CSV_COMMA = re.compile(r'"[^"\n]*"|(,)')
_CSV_SEMI = re.compile(r'"[^"\n]*"|(;)')


def _csv_commas(ln: str, sep: re.Pattern[str] = _CSV_COMMA) -> int:
    """The count of a CSV line's commas (``sep``) between its cells (not those inside a quoted
    cell)."""
    return sum(1 for m in sep.finditer(ln) if m[1])


def _csv_cells(ln: str, sep: re.Pattern[str] = _CSV_COMMA) -> str:
    """A CSV line with its commas (``sep``) between cells as '|', its quotes as spaces (the same
    length)."""
    return sep.sub(lambda m: "|" if m[1] else " " + m[0][1:-1] + " ", ln)


def _counted_tables(
    text: str,
    header: re.Pattern[str],
    row: re.Pattern[str],
    sep: str,
    read: Callable[[str], str],
    read_header: Callable[[re.Match[str]], str] | None = None,
    count: Callable[[str], int] | None = None,
) -> str:
    """``text`` with each exported per-level table read as a '|' one, the same length: a line
    ``header`` matches whole opens a table, its count of ``sep`` (by ``count`` where given) the
    table's; each line under it that ``row`` matches, with as many ``sep``, is read by ``read``
    (the header by ``read_header``, else by ``read``). Rule lines are passed over; any other line
    ends the table (a row with more or fewer: a cell's own comma, 'bulge, small protrusion', is
    read as prose). A header no row follows is left as written ('Discs / canal / foramina:'
    over a '|' table of its own)."""
    lines = text.split("\n")
    parts = -1  # the open table's count of ``sep`` (-1: no table open)
    counted = count or (lambda ln: ln.count(sep))
    for i, ln in enumerate(lines):
        if (head := header.fullmatch(ln)) is not None:
            parts = counted(ln)
            nxt = next((x for x in lines[i + 1 :] if not RULE_LINE.fullmatch(x)), "")
            if counted(nxt) != parts or not row.match(nxt):
                parts = -1
                continue
            lines[i] = read(ln) if read_header is None else read_header(head)
        elif parts < 0 or RULE_LINE.fullmatch(ln):
            continue
        elif counted(ln) != parts or not row.match(ln):
            parts = -1
        else:
            lines[i] = read(ln)
    return "\n".join(lines)


#: a spaced column's name after two or more spaces ('  Canal', '  Foramen L'; after its study's
#: year: '  2024 canal'), or a study's date alone ('  12/12/2024')
_SPACED_COLUMN = (
    r"(?: {2,}(?:(?:19|20)\d\d )?[A-Za-z(][^ \n]*(?: [^ \n]+)*"
    r"| {2,}\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d(?= |$))"
)
#: (not a form's row of boxes: 'Disc   (x) normal  ( ) bulge  ( ) protrusion')
_SPACED_HEADER = re.compile(
    rf"^(?![^\n]*[\[(][ xX]?[\])])[ \t]*{LEVEL_COLUMN}{_SPACED_COLUMN}{{2,}}[ \t]*$", re.I | re.M
)
#: (its two vertebrae perhaps parted by one space: 'L4 L5')
_FIRST_LEVEL = rf"{_ROW_LEVEL_END}[^ \n]{{0,8}}(?: [LS]\d{{1,2}}\b)?"
_RANGE_END = (  # (Swedish 't.o.m.', till och med; or a list's comma: 'L1/2, L2/3')
    rf"(?: (?:to|through|thru|and|&|[-\u2013]|\u00e0|bis|t\.o\.m\.)|(?<=,)) {_ROW_LEVEL}[^ \n]{{0,8}}"
)
_SPACED_ROW = re.compile(  # (a range of levels 'L1-2 to L2-3', or 'Lumbosacral', may head it)
    rf"[ \t]*(?:{_FIRST_LEVEL}(?:{_RANGE_END})? {{2,}}\S"
    # (a range long enough to run into its row's next cell: 'Th12/L1 - L2/L3 Normal')
    rf"|{_FIRST_LEVEL}{_RANGE_END} \S"
    r"|lumbo-?sacral {2,}\S)",
    re.I,
)
_SPACED_RUN = re.compile(r"(?<=\S) {2,}(?=\S)")
#: a line of words in brackets under a header, each its name's gloss ('(level)  (disc)'), and
#: the same parted by '|' (a cell perhaps blank)
_GLOSS_LINE = re.compile(r"[ \t]*\([^()\n]*\)(?: +\([^()\n]*\))+[ \t]*")
_PIPED_GLOSS = re.compile(r"[ \t]*\([^()|\n]*\)[ \t]*(?:\|[ \t]*(?:\([^()|\n]*\))?[ \t]*)+")


#: a per-level table whose header and rows part their cells by single spaces ('Level Disc
#: Central stenosis Foraminal stenosis (Rt/Lt)' over 'L3-4 bulging mild none/none'): its header
_SINGLE_SPACED_HEADER = re.compile(
    rf"^[ \t]*{LEVEL_COLUMN} (?![^\n]*\b[LTDS]\d)[A-Za-z][^\n|;\t]*$", re.I | re.M
)
#: a word opening a column's name; one of the adjectives among them leads the next word's
_COLUMN_OPENER = re.compile(
    r"(?:dis[ck]s?|central|canal|spinal|foramin[a-z]*|foramen|neural|neuroforamin[a-z]*|recess(?:es)?"
    r"|lateral|subarticular|modic|listhesis|spondylolisthesis|endplates?|facets?|comments?|remarks?"
    # (a side opens its column, 'R NF'; short site names)
    rf"|{SIDE_WORD}|nfn?|nfs|lrs?|ccs|cs|sa)",
    re.I,
)
_COLUMN_ADJECTIVE = re.compile(rf"(?:central|spinal|neural|lateral|{SIDE_WORD})", re.I)
#: such a cell: a grade, a code, or one per side ('none/none', 'mild/-')
_ONE_WORD_CELL = re.compile(rf"{GRADE_CELL_WORD}(?:/{GRADE_CELL_WORD})?\.?", re.I)
_SINGLE_SPACED_ROW = re.compile(rf"[ \t]*({_FIRST_LEVEL}) (?=\S)", re.I)


def _single_spaced_tables(text: str) -> str:
    """``text`` with a per-level table parted by single spaces read as a '|' one (the same
    length): its header's columns told apart by the words that open them (:data:`_COLUMN_OPENER`;
    'Central stenosis' one column), and each row's last cells, one word each under the stenosis
    columns after the first ('moderate mild/mild'), the first column taking the words before
    them ('bulging with Lt central extrusion'). Only where every column after the first is a
    stenosis's; a row that does not fit ends the table."""
    lines = text.split("\n")
    n = 0  # the open table's columns after the level's (0: none open)
    for i, ln in enumerate(lines):
        if _SINGLE_SPACED_HEADER.fullmatch(ln):
            words = [m.span() for m in WORD_RUN.finditer(ln)]
            cuts = [
                a - 1
                for k, (a, b) in enumerate(words[1:], start=1)
                if _COLUMN_OPENER.fullmatch(ln, a, b)
                and not (k > 1 and _COLUMN_ADJECTIVE.fullmatch(ln, *words[k - 1]))
            ]
            if len(cuts) >= 3 and cuts[0] == words[1][0] - 1:
                names = [ln[a + 1 : b] for a, b in zip(cuts, [*cuts[1:], len(ln)], strict=True)]
                if all(STENOSIS_COLUMN.search(x) for x in names[1:]):
                    n = len(cuts)
                    lines[i] = "".join("|" if k in cuts else c for k, c in enumerate(ln))
                    continue
            n = 0
        elif n and (row := _SINGLE_SPACED_ROW.match(ln)):
            words = [m.span() for m in WORD_RUN.finditer(ln)]
            tail = words[len(words) - (n - 1) :]
            if len(words) < n + 1 or not all(_ONE_WORD_CELL.fullmatch(ln, a, b) for a, b in tail):
                n = 0
                continue
            level_end = row.end(1)
            if level_end >= tail[0][0] - 1:
                n = 0
                continue
            bars = {level_end, *(a - 1 for a, _b in tail)}
            lines[i] = "".join("|" if k in bars else c for k, c in enumerate(ln))
        elif n and not RULE_LINE.fullmatch(ln):
            n = 0
    return "\n".join(lines)


#: a space-aligned table's header row with its level column's name left blank ('      Disc
#: Canal   Foramen L' over 'L1-2   normal   normal   normal'): its indent and the row under it
_BLANK_HEADER = re.compile(  # (not one whose first name is the level's: 'Level   Disc')
    # (nor a line of grades over checkboxes under a finding's heading: tables.headed_list_rows)
    rf"^( {{5,}})(?!(?:level|segment)s?\b)(?!{GRADE_OPTION}(?: {{2,}}{GRADE_OPTION})+[ \t]*\n)(?=[A-Za-z][^ \n]*(?: [^ \n]+)*{_SPACED_COLUMN}{{2,}}[ \t]*\n"
    rf"(?:{_SPACED_ROW.pattern}|{LEVEL_ALONE.pattern}\n))",  # (its first row may be all blank)
    re.I | re.M,
)


#: the same over one or two lines its names wrap onto ('      Disc   Canal   Left lat.' over '
#:                  recess', '       (none/mild/mod/sev)   Right   Left'): its first line's indent
_WRAPPED_BLANK_HEADER = re.compile(
    rf"^( {{5,}})(?!(?:level|segment)s?\b)(?=[A-Za-z][^ \n]*(?: [^ \n]+)*{_SPACED_COLUMN}{{2,}}[ \t]*\n"
    rf"(?: {{5,}}[A-Za-z(][^\n]*\n){{1,2}}{_SPACED_ROW.pattern})",
    re.I | re.M,
)


#: a spaced header's level column name broken at a hyphen onto the next line ('Lev-   Disc' over
#: 'el          canal'): its two halves, the first line's rest and the second's
_BROKEN_LEVEL_NAME = re.compile(
    r"^(?P<head>[A-Za-z]{2,8})-(?P<rest>[ \t]{2,}[^\n]*\n)(?P<tail>[a-z]{1,8})(?=[ \t]{2,})", re.M
)


def _mended_level_name(m: re.Match[str]) -> str:
    """A level column's name broken at its hyphen (:data:`_BROKEN_LEVEL_NAME`) read as 'Lvl' on
    its first line, its second half blank (the same length); any other word left as written."""
    if not HEADER_FIRST.fullmatch(m["head"] + m["tail"]):
        return m[0]
    return f"{'Lvl':<{len(m['head']) + 1}}{m['rest']}{' ' * len(m['tail'])}"


def _blank_level_column(m: re.Match[str]) -> str:
    """The blank level column's name read as 'Lvl' (the same length); not under a level's row,
    whose cells the indented line carries on ('L4/5   Right posterolateral' over '   prolapse'),
    nor under a header it carries on ('Level   Disc   Left lat.' over '          recess')."""
    text, at = m.string, m.start()
    while at > 0:
        above = text[text.rfind("\n", 0, at - 1) + 1 : at - 1]
        if _SPACED_ROW.match(above) or _SPACED_HEADER.match(above):
            return m.group()
        if not above[:2].isspace() or not above.strip():
            break
        at -= len(above) + 1  # (a row's second line carried on too: the row above it)
    # (a short name: two spaces before the next under a 5-space indent)
    return "Lvl" + m.group(1)[3:]


#: a table of findings by row: its first column's name and its levels column's
_FINDING_NAME = r"(?:findings?|abnormalit(?:y|ies)|observations?|pathology|lesions?)"
_LEVELS_NAME = r"(?:levels?(?:[ \t]*\(s\))?|locations?|sites?|segments?)"
#: a space-aligned table of findings by row ('Finding      Level(s)' over 'Disc bulge     L3-4,
#: L4-5'), and its rows (a name, two or more spaces, a cell)
_SPACED_FINDING_HEADER = re.compile(
    rf"^[ \t]*{_FINDING_NAME} {{2,}}(?:\S[^\n]{{0,28}}?\S {{2,}})?{_LEVELS_NAME}"
    r"(?: {2,}[A-Za-z][^\n]*)?$",
    re.I | re.M,
)
_SPACED_FINDING_ROW = re.compile(r"[ \t]*[A-Za-z][^\n]*?\S {2,}\S")


#: a space-aligned table of findings by structure ('Category      Findings' over 'Alignment
#: Mild retrolisthesis of L5 on S1.'), and its rows (the structure's name and the gap after it)
_CATEGORY_NAME = (
    r"(?:categor(?:y|ies)|structures?|regions?|elements?|anatomy|items?|parameters?|features?"
    r"|areas?)"
)
_CATEGORY_VALUE = (
    r"(?:findings?|descriptions?|comments?|results?|details?|observations?|assessment)"
)
_CATEGORY_HEADER = re.compile(
    rf"^[ \t]*{_CATEGORY_NAME}(?: {{2,}}|\t+){_CATEGORY_VALUE}[ \t]*$", re.I | re.M
)
_CATEGORY_ROW = re.compile(r"[ \t]*[A-Za-z][A-Za-z /&(),-]{0,30}?[A-Za-z)](?P<gap> {2,}|\t+)(?=\S)")
#: the same drawn with '|' ('| Parameter | Finding |' over '| Disc bulge / herniation | Nil at all
#: levels |'), and its rows of two cells (the structure's name, its value)
_CATEGORY_PIPE_HEADER = re.compile(
    rf"^[ \t]*\|?[ \t]*{_CATEGORY_NAME}[ \t]*\|[ \t]*{_CATEGORY_VALUE}[ \t]*\|?[ \t]*$",
    re.I | re.M,
)
_CATEGORY_PIPE_ROW = re.compile(
    r"[ \t]*(?P<open>\|)?[ \t]*[A-Za-z][^|\n]{0,40}?(?P<bar>[ \t]*\|)[ \t]*(?P<value>[^|\n]*?)"
    r"[ \t]*(?P<close>\|)?[ \t]*"
)

#: a row of it whose first cell is empty: the value of the structure above goes on
_CATEGORY_PIPE_MORE = re.compile(r"[ \t]*\|?[ \t]*(?P<bar>\|)[ \t]*\S[^|\n]*?[ \t]*\|?[ \t]*")


def _category_tables(text: str) -> str:
    """``text`` with the rows of a space-aligned table of findings by structure read as fields,
    the same length: 'Alignment         Mild retrolisthesis' -> 'Alignment:        Mild
    retrolisthesis' (the text under a structure speaks of it, as a field's does). The table
    ends at a blank line or a line that is not a row."""
    lines = text.split("\n")
    inside = False
    for i, ln in enumerate(lines):
        if _CATEGORY_HEADER.fullmatch(ln):
            inside = True
        elif not inside:
            continue
        elif (row := _CATEGORY_ROW.match(ln)) is not None:
            gap = row.start("gap")
            lines[i] = ln[:gap] + ":" + " " * (row.end("gap") - gap - 1) + ln[row.end("gap") :]
        elif not ln.strip() or not ln[:1].isspace():
            inside = False  # (an indented line carries on the row above)
    return "\n".join(lines)


#: a per-level table whose columns ' / ' parts, its header perhaps in brackets after a title
#: ('Disc level analysis (Level / Disc / Canal / Neural foramina / Lateral recesses):'), and its
#: rows ('L3-L4 / Diffuse bulge / Thecal sac indented / Mild bilateral narrowing / Normal')
_SLASH_HEADER = re.compile(
    rf"^(?P<title>[^\n(/]{{0,60}}\()?[ \t]*(?P<head>{LEVEL_COLUMN}(?:[ \t]+/[ \t]+[^/\n()]+){{2,}})"
    r"(?(title)\))[ \t]*:?[ \t]*$",
    re.I | re.M,
)
#: (its first cell after the level's colon perhaps long: 'L2-L3: bulge, L foraminal protrusion /
#: mild / neg / moderate')
_SLASH_ROW = re.compile(
    rf"[ \t]*{_ROW_LEVEL}\b(?:[^\n]{{0,12}}?|[^\n:/]{{0,8}}:[^\n/]{{0,80}}?)[ \t]/[ \t]", re.I
)
_SLASH_SEP = " / "
#: the same parted by ' - ' ('Per level (level - disc - canal - foramina R/L - facets -
#: comment):' over 'L5/S1 - bulge - narrowed - moderate/normal - mild OA - ...')
_DASH_HEADER = re.compile(
    rf"^(?P<title>[^\n(]{{0,60}}\()?[ \t]*(?P<head>{LEVEL_COLUMN}(?:[ \t]-[ \t][^\n()]+?){{2,}})"
    r"(?(title)\))[ \t]*:?[ \t]*$",
    re.I | re.M,
)
_DASH_ROW = re.compile(rf"[ \t]*{_ROW_LEVEL}\b[^\n]{{0,12}}?[ \t]-[ \t]", re.I)
_DASH_SEP = " - "


#: a title naming the level column the header leaves out ('Per level (disc / canal / R foramen /
#: L foramen):', over rows 'L1-L2: mild bulge / neg / neg / neg')
_LEVEL_TITLE = re.compile(r"[^\n(]*\b(?:levels?|segments?)\b[^\n(]*\(", re.I)
#: a row's level and the colon after it
_LEVEL_COLON_CELL = re.compile(rf"^([ \t]*{_ROW_LEVEL}\b[^\n:|]{{0,8}}):")


def _slash_tables(text: str) -> str:
    """``text`` with each ' / '-parted per-level table read as a '|' one
    (:func:`_parted_tables_read`)."""
    return _parted_tables_read(text, _SLASH_HEADER, _SLASH_ROW, _SLASH_SEP)


def _dash_tables(text: str) -> str:
    """``text`` with each ' - '-parted per-level table read as a '|' one ('Per level (level - disc
    - canal - foramina R/L - comment):' over 'L1/2 - normal - normal - normal/normal -'; a row's
    empty last cell after its closing ' -'; :func:`_parted_tables_read`)."""
    return _parted_tables_read(
        text,
        _DASH_HEADER,
        _DASH_ROW,
        _DASH_SEP,
        count=lambda ln: ln.count(_DASH_SEP) + ln.rstrip().endswith(" -"),
    )


def _parted_tables_read(
    text: str,
    header_rx: re.Pattern[str],
    row_rx: re.Pattern[str],
    sep: str,
    count: Callable[[str], int] | None = None,
) -> str:
    """``text`` with each ``sep``-parted per-level table read as a '|' one
    (:func:`_counted_tables`): its header's title and brackets blanked; a title naming the level
    column the header leaves out written as that column, and the colon after each row's level as
    its cell's end; a row's ``sep`` closing it (no space after) as its last cell's end."""
    titled = False  # (the open table's header)
    bar = " | "
    closing = sep.rstrip()

    def header(head: re.Match[str]) -> str:
        nonlocal titled
        a, b = head.span("head")
        titled = (
            a >= 8
            and _LEVEL_TITLE.fullmatch(head[0], 0, a) is not None
            and LEVEL_NAME.match(head[0], a) is None  # (not '... (Level / Disc / Canal)')
        )
        lead = "Level".ljust(a - 2) + "| " if titled else " " * a
        return (lead + head[0][a:b].replace(sep, bar)).ljust(len(head[0]))

    def row(ln: str) -> str:
        if titled:
            ln = _LEVEL_COLON_CELL.sub(r"\1|", ln, count=1)
        ln = ln.replace(sep, bar)
        if count is not None and ln.rstrip().endswith(closing):
            k = ln.rstrip().rfind(closing)
            ln = ln[:k] + bar.rstrip() + ln[k + len(closing) + 1 :]
        return ln

    return _counted_tables(text, header_rx, row_rx, sep, row, header, count)


#: a title naming a '|' table's columns in brackets, the level column first with a colon
#: ('FINDINGS (level: disc | canal | foramina)'), over rows 'L1/2: normal | normal | normal'
_TITLED_PIPE_HEADER = re.compile(
    rf"^(?P<title>[^\n(|]{{0,60}}\()[ \t]*(?P<level>{LEVEL_COLUMN})[ \t]*:"
    r"(?P<head>[^|\n()]+(?:\|[^|\n()]+)+)\)[ \t]*:?[ \t]*$",
    re.I | re.M,
)
_PIPE_ROW = re.compile(rf"[ \t]*{_ROW_LEVEL}\b[^\n:|]{{0,8}}:[^\n|]*\|", re.I)
#: a title before a '|' table's header row on its line ('Columns: level | previous 11/2022 |
#: current 05/2024 | change'): read as spaces, the header row the table's
_PIPE_HEADER_TITLE = re.compile(
    rf"^[ \t]*[A-Za-z][A-Za-z ]{{0,20}}:[ \t]*(?={LEVEL_COLUMN}[ \t]*\|[^\n]*\|)", re.I | re.M
)


def _titled_pipe_header(head: re.Match[str]) -> str:
    """Such a title read as the table's header row: 'level| disc | canal | foramina'."""
    a, b = head.span("level")
    return (" " * a + head[0][a:b] + "|" + head["head"]).ljust(len(head[0]))


def _titled_pipe_tables(text: str) -> str:
    """``text`` with each '|' table headed by such a title read with a header row, the colon
    after each row's level as its cell's end (:func:`_counted_tables`)."""
    return _counted_tables(
        text,
        _TITLED_PIPE_HEADER,
        _PIPE_ROW,
        "|",
        lambda ln: _LEVEL_COLON_CELL.sub(r"\1|", ln, count=1),
        _titled_pipe_header,
    )


#: a per-level table's serial-number column before its level column ('S.No   Level   Disc',
#: 'No. | Level | Intervertebral disc'), and a row's number ('1.     L3-4', '1   | L1-L2 |')
_SERIAL_HEADER = re.compile(
    rf"^[ \t]*(?:s\.?[ \t]?no\.?|sl\.?[ \t]?no\.?|sr\.?[ \t]?no\.?|no\.|nr\.?|#)[ \t]*\|?[ \t]*"
    rf"(?={LEVEL_COLUMN}\b)",
    re.I | re.M,
)
_SERIAL_ROW = re.compile(rf"[ \t]*\d{{1,2}}\.?[ \t]*\|?[ \t]*(?={_ROW_LEVEL}\b)", re.I)


def _serial_columns(text: str) -> str:
    """``text`` with a per-level table's serial-number column read as spaces (the same length):
    in its header and in each row under it (a row's indented second line passed over; any
    other line ends the table)."""
    lines = text.split("\n")
    open_ = False
    for i, ln in enumerate(lines):
        if (m := _SERIAL_HEADER.match(ln)) is not None:
            lines[i], open_ = " " * m.end() + ln[m.end() :], True
        elif open_ and (m := _SERIAL_ROW.match(ln)) is not None:
            lines[i] = " " * m.end() + ln[m.end() :]
        elif open_ and not (ln[:2].isspace() and ln.strip()) and not RULE_LINE.fullmatch(ln):
            open_ = False
    return "\n".join(lines)


def _category_pipe_tables(text: str) -> str:
    """``text`` with the rows of a '|' table of findings by structure read as fields, the same
    length: '| Disc bulge | Nil at all levels |' -> '  Disc bulge: Nil at all levels  ' (a cell
    beside its structure's name is its value, as a field's is). Rule lines are passed over; any
    other line ends the table."""
    lines = text.split("\n")
    inside = False
    for i, ln in enumerate(lines):
        if _CATEGORY_PIPE_HEADER.fullmatch(ln):
            inside = True
            lines[i] = ln.replace("|", " ")
        elif not inside or RULE_LINE.fullmatch(ln):
            continue
        elif (more := _CATEGORY_PIPE_MORE.fullmatch(ln)) is not None:
            # ('                       | Diffuse bulging ...': the structure's value goes on)
            lines[i] = " " * more.end("bar") + ln[more.end("bar") :]
        elif (row := _CATEGORY_PIPE_ROW.fullmatch(ln)) is not None:
            cells = list(ln)
            for name in ("open", "close"):
                if row.start(name) >= 0:
                    cells[row.start(name)] = " "
            bar = row.start("bar")
            cells[bar : row.end("bar")] = ":" + " " * (row.end("bar") - bar - 1)
            lines[i] = "".join(cells)
        else:
            inside = False
    return "\n".join(lines)


#: a space-aligned grid's title in its corner, over rows of levels ('Summary:      Canal   LNF
#: RNF    LR' over 'L3\u20134          +       +++    0      0'): the level column's place
_TITLED_CORNER = re.compile(
    rf"^(?:summary|grid|table)[ \t]*:(?=(?:[ \t]{{2,}}[^\s:]+(?:[ \t][^\s:]+)?){{2,}}[ \t]*\n"
    rf"[ \t]*{_ROW_LEVEL})",
    re.I | re.M,
)


#: a form's item label before a space-aligned grid's header, over rows of levels ('D. Levels
#: Disc    Canal   Foramen L' over '   L1/L2     [x] normal    (0)'): read as blank
_ITEM_CORNER = re.compile(
    rf"^(?:[A-Z]|\d{{1,2}})[.)][ \t]+(?={LEVEL_COLUMN}(?:[ \t]{{2,}}[^\s:]+(?:[ \t][^\s:]+)?){{2,}}"
    # (not over a form's rows of round boxes: '(X) yes  ( ) no', read as options)
    rf"[ \t]*\n[ \t]*{_ROW_LEVEL}(?![^\n]*\([ \t]?[xX]?[ \t]?\)))",
    re.I | re.M,
)


def _other_tables(text: str) -> str:
    """``text`` with a ';'-, ','- or ' / '-parted (or quoted-CSV), space-aligned or single-spaced
    per-level table, or a space-aligned table of findings by row, read as a '|' one; a
    space-aligned table of findings by structure read as fields."""
    if _SERIAL_HEADER.search(text):
        text = _serial_columns(text)
    if ":  " in text:
        text = _TITLED_CORNER.sub(lambda m: "Level".ljust(len(m[0])), text)
    if "   " in text:
        text = _ITEM_CORNER.sub(lambda m: " " * len(m[0]), text)
    if "   " in text and _CATEGORY_HEADER.search(text):
        text = _category_tables(text)
    if "|" in text and _CATEGORY_PIPE_HEADER.search(text):
        text = _category_pipe_tables(text)
    if "   " in text and _SPACED_FINDING_HEADER.search(text):
        text = _parted_tables(text, "  ", _SPACED_FINDING_HEADER, _SPACED_FINDING_ROW, _SPACED_RUN)
    if ";" in text and _SEMI_HEADER.search(text):
        text = _parted_tables(text, ";", _SEMI_HEADER, _SEMI_ROW, _SEMI_RUN)
    if "," in text and _COMMA_HEADER.search(text):
        text = _counted_tables(text, _COMMA_HEADER, _COMMA_ROW, ",", _csv_cells, count=_csv_commas)
    if '";"' in text and _QUOTED_SEMI_HEADER.search(text):
        text = _counted_tables(
            text,
            _QUOTED_SEMI_HEADER,
            _QUOTED_SEMI_ROW,
            ";",
            lambda ln: _csv_cells(ln, _CSV_SEMI),
            count=lambda ln: _csv_commas(ln, _CSV_SEMI),
        )
    if " / " in text and _SLASH_HEADER.search(text):
        text = _slash_tables(text)
    if " - " in text and _DASH_HEADER.search(text):
        text = _dash_tables(text)
    if "|" in text and _TITLED_PIPE_HEADER.search(text):
        text = _titled_pipe_tables(text)
    if "|" in text and _PIPE_HEADER_TITLE.search(text):
        text = _PIPE_HEADER_TITLE.sub(lambda m: " " * len(m[0]), text)
    if _SINGLE_SPACED_HEADER.search(text):
        text = _single_spaced_tables(text)
    if "-  " in text:
        text = _BROKEN_LEVEL_NAME.sub(_mended_level_name, text)
    if "     " in text:
        text = _WRAPPED_BLANK_HEADER.sub(_blank_level_column, text)
        text = _BLANK_HEADER.sub(_blank_level_column, text)
    if "   " in text and _SPACED_HEADER.search(text):
        text = _parted_tables(text, "  ", _SPACED_HEADER, _SPACED_ROW, _SPACED_RUN)
    return text


def _bullet_break(m: re.Match[str]) -> str:
    """A bullet between words -> a line break (the same length: 'Â·' -> ' \\n')."""
    return " " * (len(m.group()) - 1) + "\n"


#: line breaks written out by exports: HL7 '\\.br\\' and '\\X0D\\\\X0A\\' (either case), a literal '\\r\\n'
#: or '\\n'
_ESCAPED_BREAK = re.compile(r"(?i:\\\.br\\|(?:\\X0D\\)?\\X0A\\|\\X0D\\)|(?:\\r)?\\n|\\r")
#: a JSON member of an exported document ('"canal": "moderate"', '"bulge": false', '"modic": null')
_JSON_MEMBER = re.compile(
    r'"(?P<key>[A-Za-z_][A-Za-z0-9_ ]{0,40})"[ \t]*:[ \t]*'
    r'(?P<value>"(?P<string>(?:[^"\\\n]|\\.)*)"|null|true|false|-?\d+(?:\.\d+)?)'
    r"(?P<comma>[ \t]*,)?"
)
#: a JSON key naming the disc level of its object ('"level": "L4-L5"')
_JSON_LEVEL_KEY = re.compile(r"(?:disc_?)?level|segment|lvl|interspace", re.I)
#: a JSON document's punctuation, read as spaces
_JSON_PUNCT = str.maketrans('{}[]"', "     ")


def _json_member(m: re.Match[str]) -> str:
    """One JSON member as a field, the same length: '"canal": "mild",' -> ' canal:  mild  |';
    a disc level's member as the level alone (it leads its object's fields: 'L4-L5 | canal:
    mild | ...'); a null or empty value as nothing; true / false as yes / no."""
    whole, value, string = m.group(), m["value"], m["string"]
    if value == "null" or (string is not None and not string.strip()):
        return " " * len(whole)
    sep = "|" if m["comma"] else ""
    if string is not None and _JSON_LEVEL_KEY.fullmatch(m["key"]):
        return " " * (len(whole) - len(string) - len(sep) - 1) + string + " " + sep
    shown = {"true": "yes", "false": "no"}.get(value, string if string is not None else value)
    key = m["key"].replace("_", " ")
    body = f"{key}: {shown}"
    return " " + body + " " * (len(whole) - len(body) - 1 - len(sep)) + sep


def _json_fields(text: str) -> str:
    """``text`` with the members of an exported JSON document read as fields (see
    :func:`_json_member`) and its braces, brackets and other quotes as spaces ('"findings": ['
    -> ' findings:  '), the same length; only where it holds at least three members."""
    if len(_JSON_MEMBER.findall(text[:20000])) < 3:
        return text
    out = _JSON_MEMBER.sub(_json_member, text)
    return out.translate(_JSON_PUNCT)


#: a line of an exported key=value document ('L4_5.canal=moderate', 'clinical.indication=...')
_KEY_VALUE_LINE = re.compile(r"^([ \t]*)([A-Za-z][\w.-]{0,40})=([^=\n]*)$", re.M)
#: an empty value of such a line ('', 'null', 'NA')
_EMPTY_VALUE = re.compile(r"[ \t]*(?:null|n/?a|~)?[ \t]*", re.I)
#: '_' between a level's two vertebrae in a key ('L4_5', 'L5_S1')
_KEY_LEVEL = re.compile(r"(?<=\d)_(?=[LS]?\d)", re.I)


def _key_value_line(m: re.Match[str]) -> str:
    """One key=value line as a field, the same length: 'L4_5.foramen_left=mild' ->
    'L4-5 foramen left:mild'; a line with an empty value ('', 'null', 'NA') as spaces."""
    if _EMPTY_VALUE.fullmatch(m[3]):
        return " " * len(m.group())
    key = _KEY_LEVEL.sub("-", m[2]).replace("_", " ").replace(".", " ")
    return f"{m[1]}{key}:{m[3]}"


def _key_values(text: str) -> str:
    """``text`` with the lines of an exported key=value document read as fields (see
    :func:`_key_value_line`), the same length; only where it holds at least three such lines."""
    if len(_KEY_VALUE_LINE.findall(text)) < 3:
        return text
    return _KEY_VALUE_LINE.sub(_key_value_line, text)


#: a line of an exported document whose field name is written as an identifier, in CamelCase
#: or with underscores ('  CentralCanalStenosis: Mild', '  ForaminalStenosis_L: None',
#: '  canal_stenosis: "none"'), its value perhaps in double quotes (then any name: 'disc: "bulge"')
_IDENTIFIER_FIELD_LINE = re.compile(
    r'^([ \t]*)((?:[A-Z][a-z]+){2,}(?:_[A-Za-z]{1,5})?|[A-Za-z][a-z]*(?:_[A-Za-z]+)+'
    r'|[A-Za-z][a-z]+(?=[ \t]*:[ \t]*"))'
    r'([ \t]*):([ \t]*)(?:"([^"\n]*)"|([^"\n]*))[ \t]*$',
    re.M,
)
#: the humps of a CamelCase field name ('CentralCanalStenosis': before 'Canal', 'Stenosis')
_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _identifier_field_line(m: re.Match[str]) -> str:
    """One such line as a field, the same length: its name's words apart ('CentralCanalStenosis'
    -> 'Central Canal Stenosis', the spaces taken from its indent and the gap after the colon;
    left as it is where there are too few), '_' as a space, the value's quotes as spaces; a
    line with an empty value ('""', 'null') as spaces."""
    value = m[5] if m[5] is not None else m[6]
    if _EMPTY_VALUE.fullmatch(value):
        return " " * len(m.group())
    name = m[2].replace("_", " ")
    humps = len(_CAMEL_HUMP.findall(name))
    room = len(m[1]) + len(m[3]) + len(m[4])
    if humps > room:
        humps = 0
    else:
        name = _CAMEL_HUMP.sub(" ", name)
    rest = room - humps
    after = 1 if rest and m[4] else 0
    head = " " * (rest - after) + name + ":" + " " * after
    if m[5] is None:
        return head + m.string[m.start(6) : m.end()]
    return (head + " " + m[5]).ljust(len(m.group()))


def _identifier_fields(text: str) -> str:
    """``text`` with the lines of an exported document that names its fields as identifiers
    read as fields (see :func:`_identifier_field_line`), the same length; only where it holds
    at least three such lines."""
    if len(_IDENTIFIER_FIELD_LINE.findall(text)) < 3:
        return text
    return _IDENTIFIER_FIELD_LINE.sub(_identifier_field_line, text)


#: a line of an exported two-column CSV document ('"Findings_L1-L2","Normal."')
_CSV_FIELD_LINE = re.compile(
    r'^([ \t]*)"([A-Za-z][\w .-]{0,40})"[ \t]*[,;][ \t]*"((?:[^"\n]|"")*)"[ \t]*$', re.M
)


def _csv_field_line(m: re.Match[str]) -> str:
    """One CSV line as a field, the same length, its value in place: '"Findings_L1-L2","Normal."'
    -> ' Findings L1-L2:  Normal. '; a line with an empty value as spaces."""
    if _EMPTY_VALUE.fullmatch(m[3]):
        return " " * len(m.group())
    head = f"{m[1]} {_KEY_LEVEL.sub('-', m[2]).replace('_', ' ')}:"
    return head.ljust(m.start(3) - m.start()) + m[3] + " " * (m.end() - m.end(3))


def _csv_fields(text: str) -> str:
    """``text`` with the lines of an exported two-column CSV document read as fields (see
    :func:`_csv_field_line`), the same length; only where it holds at least three such lines."""
    if len(_CSV_FIELD_LINE.findall(text)) < 3:
        return text
    return _CSV_FIELD_LINE.sub(_csv_field_line, text)


#: '~' as a data warehouse's line separator (HL7's repetition mark), not 'about' ('~5 mm', '~ 30%')
#: nor a range after a level ('L1-2 ~ L3-4')
_TILDE_BREAK = re.compile(
    r"(?<![0-9])(?<![0-9][ \t])~(?![ \t]*\d+(?:\.\d+)?[ \t]*(?:mm|cm|%|x\b|deg|°))", re.I
)
#: the letters of a lumbar vertebra written 'LV' ('LV3', 'LV4-LV5')
_LV_VERTEBRA = re.compile(r"(?<![A-Za-z0-9])LV(?=[1-5](?![0-9]))")
#: the Latin name of the discs ('Other discus intervertebralis within normal limits', Indonesian
#: and Eastern European reports): 'intervertebral disc', the same length
_DISCUS_INTERVERTEBRALIS = re.compile(r"\bdiscus\s+intervertebral(?:is|es)\b", re.I)
#: a tilde between a disc's two vertebrae ('L4~5', 'L5~S1', 'T12~L1')
_TILDE_LEVEL = re.compile(r"(?<![a-z0-9])([LTS]\d{1,2})~(?=[LS]?\d(?!\d))", re.I)


def _escaped_breaks(text: str) -> str:
    """``text`` with the line breaks an export wrote out as escapes read as line breaks, the
    same length ('L4-5: bulge.\\.br\\L5-S1: normal' -> 'L4-5: bulge.    \\nL5-S1: normal'); only
    where the text holds at least two of them (one may be a path or a typo)."""
    return _sub_where_several(_ESCAPED_BREAK, lambda m: " " * (len(m.group()) - 1) + "\n", text)


def _sub_where_several(
    rx: re.Pattern[str], repl: str | Callable[[re.Match[str]], str], text: str
) -> str:
    """``text`` with ``rx``'s matches replaced by ``repl``, only where it matches twice or more
    (one alone may be a path, a typo or a stray line; a list, a form or an export has several);
    unchanged otherwise."""
    out, n = rx.subn(repl, text)
    return out if n >= 2 else text


#: a line of a form with an empty round box ('Disc: ( ) normal (x) bulge ( ) protrusion'), or
#: with ticked ones after fields' colons ('disc: (x) normal | canal: (x) patent'), and a round
#: box, ticked or empty; or a level's line of one ticked box after its colon ('L4/L5: (x) normal')
_ROUND_BOX_LINE = re.compile(
    r"^[^\n]*(?:\( \)|:[ \t]*\([xX]\)[^\n]*:[ \t]*\([xX]\))[^\n]*"
    rf"|^[ \t]*{GRID_LEVEL.pattern}(?:[ \t]+to[ \t]+{GRID_LEVEL.pattern})?[ \t]*:"
    r"[ \t]*\([xX]\)[ \t]*[a-z][^\n]*",
    re.M | re.I,
)
_ROUND_BOX = re.compile("\\(([xX \u2022\u25cf])\\)")


def _round_boxes(m: re.Match[str]) -> str:
    """A form's line with its round boxes written square ('(x) none ( ) mild' -> '[x] none [ ]
    mild'; a radio button's dot ticks it: '(\u2022) Normal ( ) Abnormal'), where it has two or
    more of them or a ticked one ('L4/L5: (x) normal'); same length."""
    line = m.group()
    if len(_ROUND_BOX.findall(line)) < 2 and "(x)" not in line and "(X)" not in line:
        return line
    return _ROUND_BOX.sub(lambda b: "[x]" if b[1] in "\u2022\u25cf" else f"[{b[1]}]", line)


#: a ticked box ('[X]', '[x]', '[✓]', '☒', '☑'), an empty one ('[ ]', '[]', '☐')
_TICKED = re.compile(f"\\[[{TICK_MARKS}]\\]|[\u2611\u2612]")
_ANY_BOX = re.compile(f"\\[[{BOX_MARKS}]?\\]|[\u2610\u2611\u2612]")
_BOX_CHARS = frozenset("\u2610\u2611\u2612")
#: an option that names a finding ('herniation', 'NF stenosis'), not a value ('Present', 'Type 1')
_FINDING_OPTION = re.compile(
    r"(?i)bulg|herniat|protru|extru|sequest|stenos|narrow|listhes|modic|foram|canal|recess|\bNF\b"
)
#: a checklist's line: one box opening it, its option after it ('  [x] Diffuse disc bulge')
_LISTED_BOX = re.compile(
    f"[ \t]*(?:[-*\u2022][ \t]*)?(\\[[{BOX_MARKS}]?\\])[ \t]*(?=[A-Za-z])(?![^\\[\\n]*\\[)"
)
#: an option that is a site's state alone, no site named ('[ ] Narrowed'): left empty, it says
#: nothing the ticked one beside it does not
_STATE_OPTION = re.compile(r"(?i)narrow(?:ed|ing)|stenos[ie]s|stenotic")
#: options naming kinds of one finding: an empty box beside a ticked one of its kind says nothing
#: ('[x] anterolisthesis  [ ] retrolisthesis', '[x] protrusion  [ ] extrusion', '[x] Modic I  [ ]
#: Modic II')
_OPTION_KINDS = (re.compile(r"(?i)listhes"), HERNIATION_NAME, re.compile(r"(?i)modic"))
#: a label two spaces after a form's option, of the next box ('[x] Bulge  Canal [x] Moderate'),
#: a site's or a finding's name in small letters, perhaps with its side ('... herniation   canal
#: [x] mild', 'foramina R [x] mild', '[ ]N   herniation [x]Y'), or a side's letter ('L [x] Nil [ ]
#: Mild   R [x] Nil')
_SIDE_LABEL = re.compile(SIDE_WORD, re.I)
#: a line's first side before its first box, with no colon ('Lateral recess: Rt [x] N')
_SIDE_LED = re.compile(rf"(?<![^\s:]){SIDE_WORD}[ \t]*\Z", re.I)
_BOX_LABEL = re.compile(
    r"[ \t]{2,}([A-Z][A-Za-z]+(?:[ /][A-Za-z]+){0,2}"
    r"|(?:canal|foram(?:en|ina)|(?:lateral[ ])?recess(?:es)?|subarticular)(?:[ ][LR])?|[LR]"
    r"|bulge|herniation|protrusion|extrusion)$"
)
#: a field's label and its colon ('Canal:')
_LABEL_COLON = r"[A-Za-z][A-Za-z /()-]{0,30}:"
#: a field's label after a form's options ('   Canal: moderate')
_FIELD_AFTER = re.compile(rf"[ \t]*{_LABEL_COLON}")
#: where an empty box's option ends: a colon or an arrow starts the line's own words again, or
#: a label spaced apart before its colon ('[ ] extrusion   Canal: moderate')
_OPTION_END = re.compile(rf"[ \t]{{2,}}(?={_LABEL_COLON})|:|\||-+>|=>|\u2192")
#: ... and after the line's last box, a wide gap before the line's own words ('[x] Yes  [ ] No
#: L2 on L3, 3 mm')
_LAST_OPTION_END = re.compile(rf"{_OPTION_END.pattern}|[ \t]{{3,}}")
#: a levels' label after a form's options ('Level(s): L5-S1'): the options' levels
_LEVELS_LABEL = re.compile(r"^[ \t]*levels?(?:\(s\))?[ \t]*:[ \t]*(?=[LTS]\s?\d)", re.I)
#: a form's answer whether its level is normal ('L1-L2   Level normal:  Yes'; 'No': the fields
#: under it tell)
_LEVEL_NORMAL_ANSWER = re.compile(
    r"\blevel[ \t]+normal[ \t]*:[ \t]*(?:(?P<yes>yes|y)|no|n)\b", re.I
)
#: a field's value in square brackets after its colon, a template's filled-in choice ('Modic:
#: [None]', 'Disc: [Protrusion - left paracentral]'); not a box ('[x]') or a list of options
_BRACKETED_CHOICE = re.compile(
    # (a field named by a word, not a side's letter: 'R: [normal] L: [normal]'; one bracket, not
    # options: 'Alignment: [normal] [listhesis] -> listhesis')
    r"(?<=[A-Za-z]{3}: )\[([A-Za-z][^\[\]\n/]{1,60})\](?![ \t]*\[)"
)
#: a field whose value points elsewhere, read as spaces ('Endplates: Modic change: see below'),
#: or a checklist's yes told there ('Central canal stenosis (any level)   :YES   (see below)'):
#: it states nothing here
_SEE_ELSEWHERE = re.compile(
    r"\b[A-Za-z][A-Za-z ()]{2,40}:[ \t]*(?:(?:yes|y|present)[ \t]*[-,]?[ \t]*(?P<open>\()?)?"
    r"see[ \t]+(?:below|above|(?:the[ \t]+)?table)\b(?(open)\))\.?",
    re.I,
)
#: a Modic type's 'T' before its digit ('Modic: T1 both L45 endplates'); not a sequence's ('Modic
#: change: T1 hypointense, T2 hyperintense')
_MODIC_T_TYPE = re.compile(
    r"(modic(?: |: ?))T(?=[123]\b)"
    r"(?![123][ \t]*(?:-?w(?:eighted)?\b|hypo|hyper|iso|bright|dark|signal|low|high|and\b|/))",
    re.I,
)
#: a statement's exception for what is told elsewhere, in brackets ('(except as below)', '(unless
#: stated otherwise)')
_EXCEPT_AS_BELOW = re.compile(
    r"[ \t]*\((?:except|unless)[ \t]+(?:as[ \t]+|where[ \t]+)?(?:(?:stated|described|detailed"
    r"|noted|listed|specified)[ \t]+)?(?:below|above|otherwise)\)",
    re.I,
)
#: the other side's grade after 'and', told 'of the' side ('narrowing of the left neural foramen
#: and mild of the right')
_OTHER_SIDE_OF = Gated(re.compile(
    r"(?<=\band )(mild|moderate|severe|minimal|marked)[ \t]of[ \t](the[ \t]+(?:left|right)\b)", re.I
))
#: a form's question number opening its line ('Q7  ', 'Q 3. ')
_QUESTION_NO = r"[ \t]*Q[ \t]?\d{1,2}[.):]?[ \t]+"
#: a question's 'Yes' before a label of its details ('Modic endplate change?: Yes;    Details: type
#: 1 at L4/5'), up to the details
_ANSWER_DETAILS = re.compile(
    # (its number blanked: 'Q5  Foraminal stenosis?: Yes;    Details: ...')
    rf"^(?P<num>{_QUESTION_NO})?(?P<q>[A-Za-z][^\n?:]{{1,60}})\?:[ \t]*(?:yes|y)[ \t]*;?"
    r"[ \t]+(?:details|level\(s\)|levels?|location|specify)[ \t]*:[ \t]*",
    re.I | re.M,
)


def _answer_details(m: re.Match[str]) -> str:
    """A :data:`_ANSWER_DETAILS` match as the question's field, the same length: 'Q5  Foraminal
    stenosis?: Yes;    Details: ' -> '    Foraminal stenosis              : '."""
    lead = " " * len(m["num"] or "") + m["q"]
    return lead + " " * (len(m.group()) - len(lead) - 2) + ": "


#: a ticked option saying none ('[x] None', '[x] Nil')
_NONE_OPTION = re.compile(r"[ \t]*(?:none|nil|absent)[ \t]*", re.I)
#: the '/' between two sides' options, closing an empty box's option ('Foramina (R / L):  [ ]
#: Patent [x] Moderate [ ] Severe / [x] Patent')
_SIDES_SLASH = re.compile(r"[ \t]+/$")
#: an option's blank left unfilled after its colon (': ____', ': ...')
_BLANK_REST = re.compile(  # (or blanks after their names: ': grade __ at __')
    r"[ \t]*:[ \t_.]*(?:[A-Za-z/ ]{1,15}?[ \t]*:?[ \t]*_{2,}[ \t_.]*)*"
)
#: a form's option that is a value of the label before it ('Modic endplate change   [ ] Yes  [x] No')
_VALUE_OPTION = re.compile(r"(?:yes|no|present|absent|none|nil)\b", re.I)


#: a '/' grid's row: its disc level opening the line ('L3/4   ( ) nil (x) mild ( ) mod  / mild')
_GRID_ROW_LEVEL = re.compile(rf"[ \t]*{GRID_LEVEL.pattern}(?:[ \t]*:)?(?=[ \t])", re.I)
#: an option of a grade pick-list in such a row, to the next box, the next cell's '/' or the end
_PICKED_GRADE = re.compile(rf"[ \t]*{GRADE_OPTION}(?![a-z])[ \t]*(?P<end>/)?", re.I)


def _picked_in_place(ln: str, boxes: list[re.Match[str]]) -> str | None:
    """A '/' grid's row whose cells are grade pick-lists ('L3/4   ( ) nil (x) mild ( ) mod
    ( ) sev  / mild / nil / bulge'), or a level's row that is one whole pick-list of three or
    more grades under its finding's heading ('L2/3   [ ] none  [x] mild  [ ] moderate  [ ]
    severe'), each cell read as its one ticked grade where it stands: the boxes and the
    unticked options blanked, the line's length and columns kept (so the cells' spans stay
    theirs); None where the line is not one."""
    lead = _GRID_ROW_LEVEL.match(ln)
    # (the row's cells before the pick-list, if any, end with their '/')
    between = "" if lead is None else ln[lead.end() : boxes[0].start()].strip()
    if (
        lead is None
        or (between and not between.endswith("/"))
        or ("/" not in ln[lead.end() :] and (between or len(boxes) < 3))
    ):
        return None
    out, ticks = list(ln), 0
    ends = [*(b.start() for b in boxes[1:]), len(ln)]
    for b, e in zip(boxes, ends, strict=True):
        m = _PICKED_GRADE.match(ln, b.end(), e)
        if m is None or (m.end() < e and m["end"] is None and ln[m.end() : e].strip()):
            return None
        ticked = _TICKED.fullmatch(b[0]) is not None
        ticks += ticked
        blank = b.end() if ticked else (m.start("end") if m["end"] else m.end())
        out[b.start() : blank] = " " * (blank - b.start())
        if m["end"] is not None or e == len(ln):  # (a cell's last option)
            if ticks != 1:
                return None
            ticks = 0
    return "".join(out)


#: an option's text ending with the next field's label after a stop ('normal; canal'), or a
#: side's ('foramina: R', 'patent, L')
_LABEL_RUN_ON = re.compile(
    r"[;:,][ \t]*(?:[LR]|right|left|rt|lt|(?:(?:central|spinal)[ \t]+)?canal"
    r"|(?:neural[ \t]+)?foram(?:ina|en)|(?:(?:[LR]|right|left)[ \t]+)?lateral[ \t]+recess(?:es)?"
    r"|disc|modic|endplates?)$",
    re.I,
)


def _checkbox_line(ln: str, ticked: bool, also_chosen: tuple[str, ...] = ()) -> str | None:
    """One form line read as its answers (None: left as written). Ticked options are kept; an
    empty box's finding option reads as negated on a line that ticks a box ('[ ] herniation' ->
    'no herniation'), and is dropped on one that ticks none (an unfilled form says nothing); empty
    value options ('[ ] Present') are dropped. Options naming findings are parted by ';'.
    ``also_chosen``: the options ticked on the other lines of its checklist (``ticked`` then
    says the list ticks a box)."""
    boxes = list(_ANY_BOX.finditer(ln))
    if (picked := _picked_in_place(ln, boxes)) is not None:
        return picked
    ends = [*(b.start() for b in boxes[1:]), len(ln)]  # each option runs to the next box
    if not ticked and not any(
        _FINDING_OPTION.search(ln, b.end(), e) for b, e in zip(boxes, ends, strict=True)
    ):
        return None
    chosen = [ln[b.end() : e] for b, e in zip(boxes, ends, strict=True) if _TICKED.fullmatch(b[0])]
    kinds = [k for k in _OPTION_KINDS if any(k.search(c) for c in (*chosen, *also_chosen))]
    # a ticked 'None' under a finding's label says its empty options are absent ('Disc
    # herniation:  [ ] Protrusion  [ ] Extrusion  [x] None' -> 'Disc herniation: None'; not
    # 'Endplates:  [ ] Modic 1 ... [x] None', whose options name the finding)
    none_chosen = any(_NONE_OPTION.fullmatch(c) for c in chosen) and (
        _FINDING_OPTION.search(ln, 0, boxes[0].start()) is not None
    )
    # (option's text, whether it names a finding, whether it is an option, not a label after
    # one: '... [ ] extrusion | Canal [x] mild' -> 'no extrusion', '| Canal', 'mild')
    parts: list[tuple[str, bool, bool]] = []
    side_led = _SIDE_LED.search(ln, 0, boxes[0].start()) is not None
    for b, e in zip(boxes, ends, strict=True):
        seg = ln[b.end() : e].strip()
        # the next box's label after the option ('[x] Bulge  Canal [x] Moderate stenosis')
        label = _BOX_LABEL.search(seg) if e < len(ln) else None
        if label is not None:
            seg = seg[: label.start()]
        if _TICKED.fullmatch(b.group()):
            cell = seg.find("|")  # (a cell of the form's row ends the option)
            opt, rest = (seg[:cell].strip(), seg[cell:]) if cell >= 0 else (seg, "")
            parts.append((opt, bool(_FINDING_OPTION.search(opt)), True))
        else:
            cut = (_OPTION_END if e < len(ln) else _LAST_OPTION_END).search(seg)
            opt, rest = (seg[: cut.start()].strip(), seg[cut.start() :]) if cut else (seg, "")
            if not rest and e < len(ln) and (slash := _SIDES_SLASH.search(opt)) is not None:
                opt, rest = opt[: slash.start()], "/"  # ('[ ] Severe / [x] Patent': the sides')
            if (
                ticked
                and not none_chosen
                and opt
                and _FINDING_OPTION.search(opt)
                and not _STATE_OPTION.fullmatch(opt)  # ('Right [x] Patent [ ] Narrowed')
                and not any(k.search(opt) for k in kinds)
            ):
                parts.append(("no " + opt, True, True))
        if rest and not _BLANK_REST.fullmatch(rest):
            # ('[ ] Modic III    Level(s): L5-S1': the ticked option's levels; not an empty
            # option's blank: '[ ] Present at: ____')
            parts.append((_LEVELS_LABEL.sub("at ", rest, count=1), False, False))
        if label is not None and side_led and _SIDE_LABEL.fullmatch(label[1]) and parts[-1:]:
            # a side's label goes on its site's field after a comma, where the line's first side
            # has no colon either ('Lateral recess: Rt [x] N ...    Lt [x] N' -> 'Lateral recess:
            # Rt N, Lt N'), not a field of its own ('Lt: N')
            parts[-1] = (parts[-1][0] + ",", *parts[-1][1:])
            parts.append((label[1], False, False))
        elif label is not None:
            parts.append((label[1] + ":", False, False))
    out, prev_finding, prev_option = "", False, False
    for i, (text, finding, option) in enumerate(p for p in parts if p[0]):
        # (not after a label's colon: '[x] Modic change -> level: L5-S1   type: [ ] 1  [x] 2')
        parted = (finding or prev_finding) and option and prev_option and not out.endswith(":")
        # (a field after the options: '... protrusion; Canal: moderate')
        parted = parted or (not option and prev_option and _FIELD_AFTER.match(text) is not None)
        # (not after the next field's label run on after its own stop: 'disc [x] normal; canal
        # [x] patent' -> 'disc normal; canal patent')
        parted = parted and _LABEL_RUN_ON.search(out) is None
        out += ("; " if parted and not out.endswith(";") else " ") * (i > 0) + text
        prev_finding, prev_option = finding, option
    lead = ln[: boxes[0].start()]
    if lead.strip() and lead.endswith("  ") and ":" not in lead and _VALUE_OPTION.match(out):
        # a label in a form's column ('Modic endplate change   [ ] Yes  [x] No'): 'Modic ...: No'
        lead = lead.rstrip() + ":"
    read = (lead.rstrip() + " " if lead.strip() else lead) + out
    box = boxes[0]
    if (
        len(boxes) == 1
        and lead.strip()
        and _TICKED.fullmatch(box[0])
        and "".join(read.split()) == "".join((lead + ln[box.end() :]).split())
    ):
        # a lone ticked box after a label, read as the rest of its line: blanked where it stands,
        # so that the cells after it keep their columns and spans ('L1/L2     [x] normal     (0)';
        # not a checklist's box opening its line, whose option would read as indented)
        return ln[: box.start()] + " " * len(box[0]) + ln[box.end() :]
    return read.ljust(len(ln)) if len(read) <= len(ln) else None


#: a template's placeholder ('<<level>>', '{grade}', 'XXX', '***', '___'); a sentence whose level
#: is one
_PLACEHOLDER = r"(?:<<[^<>\n]{1,30}>>|\{\{?[a-z_ ]{1,30}\}?\}|x{3,}|\*{3,}|_{3,})"
#: a character a placeholder needs before its patterns are tried (one scan, no lower-cased
#: copy of the report)
_PLACEHOLDER_HINT = Gated(re.compile(r"[_<{]|xx", re.I))
_PLACEHOLDER_LEVEL = re.compile(rf"\b(?:at|level|levels)[ \t]+{_PLACEHOLDER}", re.I)


def _round_box_end(text: str, end: int) -> int:
    """Where the last round box ('( )', '(x)': :data:`_ROUND_BOX`, as a form's options have them
    before they are read square) of ``text``'s line before ``end`` closes; -1 where none does."""
    line = text.rfind("\n", 0, end) + 1
    boxes = list(_ROUND_BOX.finditer(text, line, end)) if "(" in text[line:end] else []
    return boxes[-1].end() - 1 if boxes else -1


def _without_placeholder_levels(text: str) -> str:
    """``text`` with each sentence (or clause after a heading's colon) whose level is a
    placeholder ('There is a ___ disc bulge at ___ causing ___ stenosis.') read as spaces."""
    for m in reversed(list(_PLACEHOLDER_LEVEL.finditer(text))):
        # (or a checkbox's end, square or round: 'Alignment: (x) normal ( ) listhesis at ____')
        a = max(*(text.rfind(c, 0, m.start()) for c in ".;:\n]"), _round_box_end(text, m.start()))
        a += 1
        ends = [e for e in (text.find(c, m.end()) for c in ".;\n") if e >= 0]
        b = min(ends) + 1 if ends else len(text)
        if text[b - 1 : b] == "\n":
            b -= 1
        text = text[:a] + " " * (b - a) + text[b:]
    return text


#: a line headed by a template's placeholder for its level ('<<level>>:', '{level}:', 'XXX:',
#: '***:', '___:')
_PLACEHOLDER_HEAD = re.compile(
    rf"(?m)^[ \t]*{_PLACEHOLDER}[ \t]*:[^\n]*",
    re.I,
)
#: a quoted wording (straight or curly quotes), and what joins a correction's two: its level and
#: 'should read'
_QUOTE = r"[\"\u201c][^\"\u201c\u201d\n]{1,80}[\"\u201d]"
_SHOULD_READ = r"(?:\s+(?:at|in)\s+\S+)?\s+should\s+read"
#: a quoted wording a correction replaces or puts in ('"..." at L3-4 should read "..."')
_QUOTED_WORDING = re.compile(rf"{_QUOTE}(?={_SHOULD_READ}\b)|(?<=should read ){_QUOTE}", re.I)
#: a correction's quoted wording and the quoted wording it should read
_QUOTED_PAIR = re.compile(rf"(?P<old>{_QUOTE})(?P<at>{_SHOULD_READ}\s+)(?P<new>{_QUOTE})", re.I)
#: a correction of a typed level that names no disc ('"L4/4" is a typographical error and should
#: read "L3/4"'): the quoted wrong level (``a``, ``b``: its two vertebrae's numbers) and the
#: quoted level it should read
_LEVEL_TYPO = re.compile(
    r"[\"\u201c](?P<old>L[ \t]?(?P<a>\d)[ \t]*[-/][ \t]*(?:L[ \t]?)?(?P<b>\d))[\"\u201d]"
    r"[^.\n\"\u201c]{0,60}?\bshould\s+(?:read|be)\s+"
    r"[\"\u201c](?P<new>[LT][ \t]?\d{1,2}[ \t]*[-/][ \t]*(?:[LST][ \t]?)?\d{1,2})[\"\u201d]",
    re.I,
)
#: a grade or side word: what a correction of a finding's wording changes
_GRADE_OR_SIDE = re.compile(
    r"\b(?:minimal|mild|moderate|severe|marked|slight|critical|no|none|left|right|bilateral)\b",
    re.I,
)


def _unpunctuated(text: str) -> list[tuple[int, int]]:
    """Spans of dictation sent without its punctuation: a text of more than 200 characters with
    no sentence stop (the whole of it), else its lines of 200 or more with no stop character (long
    paragraphs under unspoken headings)."""
    if len(text) <= 200:
        return []
    if not _SENT_SEP.search(text):
        return [(0, len(text))]
    return [m.span() for m in _UNPUNCTUATED_LINE.finditer(text)]


def _level_typos_read(text: str) -> str:
    """``text`` with a level typed wrong, which names no disc ('L4/4', 'L3/5'), read as the level
    its quoted correction says it should read, wherever it stands before that correction (padded
    to its length; not where the right level is longer). Same length as ``text``."""
    for m in reversed(list(_LEVEL_TYPO.finditer(text))):
        old, new = m["old"], m["new"]
        if int(m["b"]) == int(m["a"]) + 1 or len(new) > len(old):
            continue  # (a disc's level: the correction's own business, not a typo's)
        text = re.sub(
            rf"(?<![\w/-]){re.escape(old)}(?![\w/-])",
            new.ljust(len(old)),
            text[: m.start()],
        ) + text[m.start() :]
    return text


def _quoted_pair(m: re.Match[str]) -> str:
    """A correction's two quoted wordings ('"moderate left foraminal stenosis" at L4-L5 should
    read "severe left foraminal stenosis"'): the old one as spaces, and the new one too unless it
    puts in a grade or side the old one lacks (then its words, unquoted, are the correction's
    finding; not '"neural for a minimal stenosis" should read "neural foraminal stenosis"'), the
    same length."""
    old, new = ({w.lower() for w in _GRADE_OR_SIDE.findall(m[k])} for k in ("old", "new"))
    kept = f" {m['new'][1:-1]} " if new - old else " " * len(m["new"])
    return " " * len(m["old"]) + m["at"] + kept


#: a question's lettered options, two or more lines after a line ending with '?' ('What is the
#: most likely diagnosis?\nA) Modic type 1 change at L4-5\nB) Far lateral disc extrusion ...')
_QUIZ_OPTIONS = re.compile(r"\?[ \t]*\n((?:[ \t]*[A-Ea-e][).][ \t][^\n]*(?:\n|$)){2,})")
#: a key's code of one word, not a site's or finding's name (a form's field)
_KEY_CODE = (
    r"(?!(?i:canal|foram\w*|recess\w*|dis[ck]s?|bulg\w*|hernia\w*|stenos\w*|alignment|listh\w*"
    r"|modic|levels?)\b)[^\W\d_]{1,12}"
)
#: a table's legend in brackets, its entries apart by ';' ('(CC central canal; LF/RF left/right
#: foramen; "-" no stenosis)', '(- = no abnormality; re = right, li = left)')
_LEGEND_LINE = re.compile(
    r"\((?=[A-Z]{2,5}(?:/[A-Z]{2,5})?[ \t]*[:=]?[ \t]+[a-z]|[-+\u2013]{1,3}[ \t]*=[ \t]*[a-z])"
    r"[^()\n]*;[^()\n]*\)"
    # (or a line opening with a dash's key: '- = no abnormality. Facets: + mild', '- : normal ;
    # discrète = mild'; or a dash's key alone in brackets: '(- : no significant finding)', '(-- =
    # no bulge or herniation)')
    # (an em dash too, and a dash in quotes: '(\u2014 = no abnormality)', "('-' = no significant
    # abnormality)")
    r"|(?m:^)[ \t]*[-\u2013\u2014][ \t]*(?:=|:(?=[ \t]*[a-z][^\n]*;))[ \t]*[a-z][^.\n]*\.?"
    r"|\([ \t]*['\"\u2018\u201c]?[-\u2013\u2014]{1,2}['\"\u2019\u201d]?[ \t]*[:=][ \t]*[a-z][^()\n]*\)"
    # (or after other entries: '(li = left, re = right; - = no stenosis)'; or quoted anywhere:
    # '"-": no significant finding.', '"-" no abnormality.', '"-" - normal.')
    r"|\([^()\n]*[;,][ \t]*[-\u2013\u2014]{1,2}[ \t]*[:=][ \t]*[a-z][^()\n]*\)"
    r'|["\u201c][-\u2013]{1,2}["\u201d](?:[ \t]*[:=][ \t]*|[ \t]+(?:[-\u2013][ \t]+)?)[a-z][^.;\n]*\.?'
    # (or a line opening with a grading key's word and its entries in brackets: 'Grading (central
    # canal: Schizas A = no stenosis, B = moderate, ...; foramina: Lee 0 = normal, ...)')
    r"|(?m:^)[ \t]*(?i:grading|grades?|key|legend|scales?)(?:[ \t]+(?i:key|scale|system))?[ \t]*"
    r"\([^()\n]*=[^\n]*"
    # (or a line opening with 'Legend' or 'Key' that holds a dash's key: 'Legend Disc: - = no
    # bulge or herniation. Modic: - = none.')
    r"|(?m:^)[ \t]*(?i:legend|key)\b(?=[^\n]*?[-\u2013\u2014]{1,2}[ \t]*=[ \t]*[a-z])[^\n]*"
    # (or a quoted cell's key in brackets: '(Disc "none" = no bulge or herniation)')
    r'|\([^()"\n]{0,30}["\u201c][^"\u201c\u201d\n]{1,20}["\u201d][ \t]*[:=][ \t]*[a-z][^()\n]*\)'
    # (or a grading key of three entries or more: 'Schizas A = no stenosis, B = moderate, C =
    # severe. Lee 0 = normal, 1 = mild, 2 = moderate')
    r"|(?:[A-Z][a-z]+[ \t]+)?(?:[A-Z0-9+-][ \t]*=[ \t]*[a-z][a-z ]{0,20}[,;][ \t]*){2,}"
    r"[A-Z0-9+-][ \t]*=[ \t]*[a-z][a-z ]{0,20}\.?"
    # (or a line of three entries or more parted by ';', no level named: 'n = normaal; - = geen
    # (none); licht = mild; protrusie = protrusion.')
    r"|(?m:^)(?![^\n]*\b[LTS][ \t]?\d)[ \t]*(?:[^=;\n]{1,25}=[^=;\n]{1,40};[ \t]*){2,}"
    r"[^=;\n]{1,25}=[^=;\n]{1,40}(?=\n|\Z)"
    # (or parted by ',', each code one word that names no site or finding: 'nej = no, let =
    # mild, moderat = moderate, prolaps = disc herniation'; not a form's 'Canal = mild, ...')
    rf"|(?m:^)(?![^\n]*\b[LTS][ \t]?\d)[ \t]*(?:{_KEY_CODE}[ \t]*=[^=,;\n]{{1,40}},[ \t]*){{2,}}"
    rf"{_KEY_CODE}[ \t]*=[^=,;\n]{{1,40}}(?=\n|\Z)"
)
#: a disc column's key on its own line ('Disc: 0 normal disc, B bulge, P protrusion, B/P bulge
#: with superimposed protrusion.', 'Disc: 0 = normal disc, B = bulge, P = protrusion.'): each
#: code a digit or a capital, its words in small letters
_DISC_KEY_LINE = re.compile(
    r"^[ \t]*(?i:dis[ck](?:[ \t]+(?:codes?|key|morphology))?)[ \t]*:[ \t]*"
    r"(?:[0-9A-Z][A-Za-z0-9/+]{0,3}[ \t]*[=:-]?[ \t]+[a-z][a-z ]{2,40}[,;][ \t]*){2,}"
    r"[0-9A-Z][A-Za-z0-9/+]{0,3}[ \t]*[=:-]?[ \t]+[a-z][^\n]*$",
    re.M,
)
#: a grade as a key names it ('no stenosis', 'normal', 'mild')
_KEY_GRADE = r"(?i:no[ \t]+stenosis|none|normal|mild|moderate|severe)\b"
#: a key of codes with no '=', each code one capital or digit ('Canal (local scale): A no
#: stenosis, B mild, C moderate, D severe.', 'Foramen (Lee): 0 normal, 1 mild, 2 moderate, 3
#: severe.'), with its label (the sentence opens there)
_CODE_KEY = re.compile(
    r"(?:[A-Z][^\n:.;]{0,40}:[ \t]*)?"
    rf"(?<![\w-])(?:[A-D0-3][ \t]+{_KEY_GRADE}[ \t]*,[ \t]*){{2,}}[A-D0-3][ \t]+{_KEY_GRADE}\.?"
)
#: what such a key holds (a bound: the key's regex starts at every capital)
_CODE_KEY_HINT = re.compile(r"[A-D0-3][ \t]+(?i:mild|moderate|severe)[ \t]*,")
#: a clinical question in brackets ('MRI LUMBAR SPINE (indication: low back pain, r/o disc
#: herniation L4-5)'): read as spaces, as an excluded section is not read
_BRACKETED_HISTORY = re.compile(
    r"\((?:indications?|clinical(?:\s+(?:history|indications?|information|details|question))?"
    r"|history|reason(?:\s+for\s+(?:exam|examination|study|referral))?|hx)\s*:[^()\n]{0,200}\)",
    re.I,
)
#: a dictation template's options left in the text ('Canal: [normal / mild / moderate / severe]
#: mild', 'Alignment: {normal/straightening/anterolisthesis}'): two or more short options between
#: '/', in square or curly brackets; the value after it is the one chosen
_OPTION_LIST = re.compile(
    r"\[[ \t]*(?:[^\[\]\n/]{1,40}/){1,8}[^\[\]\n/]{1,40}\]"
    r"|\{[ \t]*(?:[^{}\n/]{1,40}/){1,8}[^{}\n/]{1,40}\}"
)

#: a heading's bracket telling the levels it leaves out are normal ('Abnormal levels only (levels
#: not listed are normal):'): read as its own sentence ('...; levels not listed are normal. ')
_LEVELS_NOT_LISTED_HEAD = re.compile(
    r" \(((?:the\s+)?(?:levels|discs|disks|segments)\s+not\s+(?:listed|mentioned|described|named"
    r"|shown|reported)[^()\n]{0,40})\):(?=[ \t]*$)",
    re.I | re.M,
)

#: a field's whole value that is its template's pick-list, left unfilled: three to six single
#: words apart by '/' ('foramina: none / mild / moderate / severe', 'Alignment: normal /
#: straightening / scoliosis / listhesis'; see :func:`_bare_option_list`); its label (group 1)
_BARE_OPTION_LIST = re.compile(
    r"(?:^|(?<=[;|]))([^\n:;|]*):[ \t]*"
    r"((?=[^;\n]*\b(?:none|nil|normal)\b)[A-Za-z]+(?:[ \t]*/[ \t]*[A-Za-z]+){2,5})"
    r"[ \t]*(?=[;\n]|$)",
    re.I | re.M,
)
#: the options of a grade scale or of a structure's states
_SCALE_OPTION = re.compile(
    r"mild|moderate|severe|mod|sev|listhesis|scoliosis|straightening|kyphosis|anterolisthesis"
    r"|retrolisthesis|bulge|protrusion|extrusion|herniation",
    re.I,
)


def _bare_option_list(m: re.Match[str]) -> str:
    """A field's unfilled pick-list as spaces: its options all different, one normal and two of a
    grade scale or of a structure's states; not a level's row of columns ('L2/3: nil / mild /
    moderate', its label naming the level)."""
    opts = [o.strip().lower() for o in m[2].split("/")]
    if (
        any(c.isdigit() for c in m[1])
        or len(set(opts)) < len(opts)
        or sum(bool(_SCALE_OPTION.fullmatch(o)) for o in opts) < 2
    ):
        return m.group()
    return m.group()[: m.start(2) - m.start()] + " " * (m.end() - m.start(2))


#: a box alone in its cell, another box the next cell ('L4-L5   [x]   [x] central protrusion'):
#: a table's row, not a form's options (each box with its option's words after it)
_BARE_BOX_CELL = re.compile(
    f"\\[[{BOX_MARKS}]?\\](?:[ \t]{{2,}}|\t|[ \t]*\\|[ \t]*)\\[[{BOX_MARKS}]?\\]"
)
#: a grid row ending in two or more bare boxes, one per level column ('Protrusion   [ ]   [x]
#: [x]' under '   L3-4   L4-5   L5-S1')
_BARE_BOXES_END = re.compile(f"(?:[ \t]{{2,}}\\[[{BOX_MARKS}]?\\]){{2,}}[ \t]*$")
#: a table's row of checkboxes: a disc level, then boxes in two or more columns
_BOX_TABLE_ROW = re.compile(
    "[ \t|]*[LTD]\\s?\\d{1,2}\\s*[-/]?\\s*[LS]?\\s?\\d{1,2}(?:[ \t]{2,}|\t|[ \t]*\\|[ \t]*)"
    f"(?:[ \t]*\\[[{BOX_MARKS}]?\\][^\n]*?(?:[ \t]{{2,}}|\t|\\|)){{2}}",
    re.I,
)


#: the header of a table of findings by row, their levels in a column ('| Finding | Level(s) |
#: Details |')
_FINDING_HEADER = re.compile(
    rf"(?m)^[ \t]*\|?[ \t]*{_FINDING_NAME}[ \t]*\|(?P<between>[^|\n]{{1,60}}\|)?[ \t]*"
    rf"{_LEVELS_NAME}[ \t]*(?:\||$)",
    re.I,
)
#: a findings table's cell saying only that the finding is there ('| Disc bulge | Present | L3/4 |')
_PRESENT_CELL = re.compile(r"[ \t]*(?:present|yes|y|\+)[ \t]*", re.I)
#: a levels cell saying there is none ('| Listhesis | Nil | - |')
_NIL_CELL = re.compile(
    r"[ \t]*(?:nil|none|no|absent|not[ \t]+seen|n/?a|[-\u2013\u2014])?[ \t]*", re.I
)
_LEVELS_NAMED = re.compile(r"\b[LTS][ \t]?\d{1,2}[ \t]*[-/\u2013][ \t]*[LS]?[ \t]?\d", re.I)


def _finding_tables(text: str) -> str:
    """``text`` with each table of findings by row read as prose, the same length (each row
    within its line, padded): '| Spinal canal stenosis | L4-L5 | Mild |' -> 'Spinal canal
    stenosis (Mild) at L4-L5.', '| Listhesis | Nil | - |' -> 'Listhesis: Nil.' (a finding the
    levels cell denies; '| Listhesis | - | None |' -> 'Listhesis: None.'); the header and rule
    lines blanked. A row too short for its prose (cells packed without spaces) is left as it
    was."""
    lines = text.split("\n")
    inside = False
    at = 1  # the levels' column (a column may stand between: '| Finding | Present/Absent | Level')
    for i, ln in enumerate(lines):
        if head := _FINDING_HEADER.match(ln):
            inside, lines[i] = True, " " * len(ln)
            at = 2 if head["between"] else 1
            continue
        if not inside:
            continue
        if "|" not in ln:
            inside = False
            continue
        if RULE_LINE.fullmatch(ln):
            lines[i] = " " * len(ln)
            continue
        cells = [c.strip() for c in ln.split("|")]
        if not cells[0]:
            cells.pop(0)
        if cells and not cells[-1]:
            cells.pop()
        if len(cells) < 2 or not cells[0]:
            continue
        if len(cells) <= at:
            continue
        finding, levels = cells[0], cells[at]
        details = "; ".join(
            c for c in cells[1:at] + cells[at + 1 :] if c and not _PRESENT_CELL.fullmatch(c)
        )
        if _LEVELS_NAMED.search(details):  # ('Bilateral mild at L4-L5; right moderate at L5-S1')
            prose = f"{finding}: {details.rstrip('.')}."
        elif _NIL_CELL.fullmatch(levels):
            # ('| Listhesis | Nil | - |', '| Spondylolisthesis | - | None |')
            said = details.strip() if _NIL_CELL.fullmatch(details) and details.strip("- ") else ""
            prose = f"{finding}: {said or levels.strip() or 'none'}."
            if not _NIL_CELL.fullmatch(details):
                prose += f" {details.rstrip('.')}."
        elif _NIL_CELL.fullmatch(details):
            prose = f"{finding} at {levels}."
        else:
            # (the details in brackets before the levels: 'at L3-4, L4-5: Broad-based' would head
            # a paragraph of L4-5, 'at L3-4, L4-5 (mild)' grade L4-5 alone)
            prose = f"{finding} ({details.rstrip('.').replace(';', ',')}) at {levels}."
        indent = len(ln) - len(ln.lstrip())
        if indent + len(prose) <= len(ln):
            lines[i] = (" " * indent + prose).ljust(len(ln))
    return "\n".join(lines)


#: a '|' table's row of checkbox cells under level columns ('| Disc bulge | [ ] | [x] | [x] |'),
#: three or more, the last one perhaps the line's (a spaced table's row read as '|' cells: 'L3-L4|
#: [x]|  [x] normal|  [ ] patent [x] narrowed'; not a form's '| Herniation: [ ] Present | [x]
#: Absent |')
_BOX_GRID_ROW = re.compile(
    f"[ \t]*\\|?[^|\n\\[:]+\\|(?:[ \t]*\\[[{BOX_MARKS}]?\\][^|\n]*\\|){{2}}[ \t]*\\[[{BOX_MARKS}]?\\]"
)


#: a key saying an empty box is no finding ('[ ] = absent', '[-] = assessed, absent'): every
#: line of the form is filled in, one with no box ticked says no finding ('L3-L4: [ ] Bulge [ ]
#: Protrusion')
_EMPTY_BOX_KEY = re.compile(
    r"\[[ \t-]?\][ \t]*(?:=|:|-)[ \t]*(?:assessed,?[ \t]+)?"
    r"(?:absent|no|not[ \t]+present|negative|none)\b",
    re.I,
)


def _checkboxes(text: str) -> str:
    """``text`` with the options of a form read as chosen, the same length (:func:`_checkbox_line`;
    'Herniation: [ ] Present [X] Absent' -> 'Herniation: Absent'; 'L4/5 [x] bulge [ ] herniation'
    -> 'L4/5 bulge; no herniation')."""
    lines = text.split("\n")
    # a checklist, one option a line ('Level: L3-L4\n[x] Diffuse disc bulge\n[ ] Canal
    # stenosis'): the options ticked on each run of lines opening with a box
    listed = [_LISTED_BOX.match(ln) for ln in lines]
    run_ticks: dict[int, tuple[str, ...]] = {}
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and listed[j] is not None:
            j += 1
        if j - i >= 2:
            ticks = tuple(
                ln[m.end() :]
                for ln, m in zip(lines[i:j], listed[i:j], strict=True)
                if m is not None and _TICKED.fullmatch(m[1])
            )
            if ticks:
                run_ticks.update(dict.fromkeys(range(i, j), ticks))
        i = j + 1
    filled = _EMPTY_BOX_KEY.search(text) is not None
    for i, ln in enumerate(lines):
        table_row = _BOX_TABLE_ROW.match(ln) is not None
        if table_row and (picked := _picked_in_place(ln, list(_ANY_BOX.finditer(ln)))):
            lines[i] = picked  # (a level's row of one grade pick-list: 'L2/3  [ ] none  [x] mild')
            continue
        if (
            _BOX_GRID_ROW.match(ln)
            or (
                table_row
                and (not _FINDING_OPTION.search(ln) or _BARE_BOX_CELL.search(ln) is not None)
            )
            or _BARE_BOXES_END.search(ln) is not None
            or _KEY_HEADER.match(ln) is not None
        ):
            # a table's row of boxes ('L4-L5    [x]    [ ]    [x] mild [ ] mod'), not a form's
            # options ('L4/5   [x] disc bulge  [ ] herniation'): read cell by cell (tables);
            # a key's ('Legend: [x] present   [ ] absent   [-] not assessable'): not options
            continue
        if _ANY_BOX.search(ln):
            ticked = filled or _TICKED.search(ln) is not None
            read = _checkbox_line(ln, ticked or i in run_ticks, run_ticks.get(i, ()))
            if read:
                lines[i] = read
    return "\n".join(lines)


#: a checklist's line with its answer in brackets among 'Y / N' ('Disc herniation at any level
#: Y / [N]', 'Alignment normal   [Y] / N')
_BRACKETED_ANSWER = re.compile(
    r"(?im)^(?P<lead>[ \t]*[a-z][^\n\[\]:]{2,60}?)[ \t]{2,}(?:\[(?P<a>y|n|yes|no)\][ \t]*/[ \t]*"
    r"(?:y|n|yes|no)|(?:y|n|yes|no)[ \t]*/[ \t]*\[(?P<b>y|n|yes|no)\])[ \t]*$"
)


#: a checklist's yes / no answer in brackets opening its line, before its option ('[N]
#: Spondylolisthesis', '[Y] Disc bulge -> L4-L5, L5-S1')
_YES_NO_OPENING = re.compile(r"(?im)^([ \t]*)\[(y|n)\](?=[ \t]+[a-z])")


def _bracketed_answer(m: re.Match[str]) -> str:
    """A :data:`_BRACKETED_ANSWER` line read as its field ('Disc herniation at any level:   no'),
    the same length, the answer where it was written."""
    group = "a" if m["a"] else "b"
    said = "yes" if m[group].lower().startswith("y") else "no"
    at = m.start(group) - m.start()
    return (f"{m['lead']}:".ljust(at) + said).ljust(len(m.group()))


def _tilde_breaks(text: str) -> str:
    """``text`` with a data warehouse's '~' line separators read as line breaks ('FINDINGS:~L4-5:
    bulge.~~IMPRESSION: ...'), the same length; only where at least two are found, and never a
    '~' before a measure ('~5 mm', '~ 30%')."""
    return _sub_where_several(_TILDE_BREAK, "\n", text)


#: a line opening with a disc level, and the spaces between two of its labelled fields: 'L1-L2:
#: Disc: none   Canal: patent   Foramina: patent' (a template's fields laid out in a row)
_LEVEL_LINE = re.compile(rf"(?m)^(?:{_LEVEL_LED.pattern})[^\n]*")
#: a field's label of up to four words and the value after it ('Canal: patent', 'NF Lt: (x)
#: Patent', 'Lat recess R/L: none / none'; a site's in lower case: 'foramina: mild R, mild L')
_FIELD_LABEL = (
    r"(?:[A-Z][A-Za-z]+|(?:canal|foramina|foramen|recess(?:es)?|disc|modic)(?=[ /:]))"
    r"(?:[ /][A-Za-z]+){0,3}:[ ]*\S"
)
_SPACED_FIELD = re.compile(rf"(?<=[^\s;|])[ ]{{3,}}(?={_FIELD_LABEL})")
#: ... on a level's line, two spaces after a value will do ('L2-L3: Disc: Bulge  Canal: Mild')
_SPACED_LEVEL_FIELD = re.compile(
    rf"(?<=[^\s;|])(?:[ ]{{3,}}|(?<![:\s])[ ]{{2}})(?={_FIELD_LABEL})"
)


#: a level line's field named by a site or the disc with no colon, after a run of spaces
#: ('T12/L1   canal A   foramina R0 L0   disc normal'): its name (group 1) and the space after it
_SPACED_BARE_FIELD = re.compile(
    r"(?<=\S)[ ]{3,}((?i:canal|foramina|foramen|recesses|lateral[ ]recesses|disc|modic))[ ]"
    # (not a label's first word: 'Foramina R/L: none / mild' is labelled already)
    r"(?=[^\s\[(])(?![A-Za-z]{1,5}(?:/[A-Za-z]{1,5})?[ ]*:)"
)


def _spaced_field(line: str) -> str:
    """A level line with the space runs before its labelled fields read as '; ', and a field
    named with no colon given one ('   canal A' -> ';  canal:A'), the same length; unchanged
    where fewer than two fields are named so."""
    named = _sub_where_several(
        _SPACED_BARE_FIELD,
        lambda m: ";" + " " * (len(m.group()) - len(m[1]) - 2) + m[1] + ":",
        line,
    )
    return _SPACED_LEVEL_FIELD.sub(_semicolon_run, named)


def _semicolon_run(m: re.Match[str]) -> str:
    """A run of spaces read as '; ' and spaces (the same length)."""
    return ";" + " " * (len(m.group()) - 1)


#: a line opening with a labelled field ('        Bulge: Y   Protrusion: N   Extrusion: N',
#: indented under its level's line)
_FIELD_LINE = re.compile(rf"(?m)^[ \t]*{_FIELD_LABEL}[^\n]*")


def _spaced_fields(text: str) -> str:
    """``text`` with the space runs between a level line's labelled fields read as '; ' (same
    length; :func:`_spaced_field`); and between the fields of a line of labelled fields one of
    which names a finding or a site ('Bulge: Y   Protrusion: N' -> 'Bulge: Y;  Protrusion: N')."""
    text = _LEVEL_LINE.sub(lambda ln: _spaced_field(ln.group()), text)
    if "   " not in text:
        return text  # (a field line's fields are set apart by three spaces at least)
    return _FIELD_LINE.sub(
        lambda ln: (
            _SPACED_FIELD.sub(_field_parted, ln.group())
            if _FINDING_OPTION.search(ln.group())
            else ln.group()
        ),
        text,
    )


#: a field telling the one before it where or how much ('Canal stenosis: Yes   Level: L4/5
#: Grade: mild'): not parted from it
_ATTRIBUTE_FIELD = re.compile(r"(?i:levels?|grade|side|type|location|site|size)\b")


def _field_parted(m: re.Match[str]) -> str:
    """The run of spaces before a field read as '; ', unless the field is an attribute of the one
    before it (:data:`_ATTRIBUTE_FIELD`)."""
    if _ATTRIBUTE_FIELD.match(m.string, m.end()):
        return m.group()
    return _semicolon_run(m)


#: a value closing a form's field ('Canal: mild') and, one or two spaces on, the label of the
#: next one, its line break lost ('L NF:', 'Foramina:', 'Left foramen:', 'IMPRESSION:',
#: 'Impression:': a header after the ';' is still read as one, ``SectionSplitter.inline_any_re``)
_FIELD_AFTER_VALUE = re.compile(
    r"\b(normal|patent|mild|moderate|severe|none|nil)[ \t]{1,2}(?=(?:[LR][ \t]+[A-Z]{2,3}|[A-Z]{4,}"
    r"(?:[ \t][A-Z]{2,})?|[A-Z][a-z]{2,15}(?:[ \t][A-Za-z]{2,12})?)[ \t]?:[ \t])"
)


def _field_runs(text: str) -> str:
    """``text`` with the space between a form's field value and the next field's label read as
    ';' ('Canal: mild L NF: normal' -> 'Canal: mild;L NF: normal'), the same length: each field
    its own clause, read as if its line break were there."""
    return _FIELD_AFTER_VALUE.sub(lambda m: m[1] + ";" + " " * (len(m[0]) - len(m[1]) - 1), text)


#: a field of one side under a site's field of the other, its site left out ('Foramen   R:
#: mild' over '          L:     moderate'); the site's field with its side apart
_SIDE_SUB_FIELD = re.compile(rf"^[ \t]+{SIDE_WORD}:", re.I | re.M)
_SIDED_FIELD = re.compile(
    rf"(?P<indent>[ \t]*)(?P<site>[A-Za-z]+(?: [A-Za-z]+)*)(?P<gap> +)(?P<side>{SIDE_WORD}):",
    re.I,
)


def _side_sub_fields(text: str) -> str:
    """``text`` with a site's field of one side and the field of its other side under it read
    as the sides' fields ('Foramen   R:  mild' over '          L:  moderate' -> 'R Foramen:
    mild' over '   L Foramen:  moderate'), the same length: the site's name written into the
    second line's indent, where it fits."""
    lines = text.split("\n")
    site, at = "", -1  # the last sided field's site and where its side stands
    for i, ln in enumerate(lines):
        below = lines[i + 1] if i + 1 < len(lines) else ""
        if (m := _SIDED_FIELD.match(ln)) is not None and _SIDE_SUB_FIELD.match(below):
            site, at = m["site"], m.start("side")
            head = f"{m['indent']}{m['side']} {site}:"
            lines[i] = head.ljust(m.end()) + ln[m.end() :]
        elif site and (m := _SIDE_SUB_FIELD.match(ln)) is not None:
            side_at = len(ln) - len(ln.lstrip())
            colon = ln.index(":", side_at)
            side = ln[side_at:colon]
            if abs(side_at - at) <= 1 and len(site) + 1 <= side_at:
                pad = " " * (colon - len(side) - len(site) - 1)
                lines[i] = f"{pad}{side} {site}{ln[colon:]}"
        else:
            site = ""
    return "\n".join(lines)


#: a form's row of a site, one side and its answer, and the other side's row under it, the site
#: left out ('  Lateral recess   Rt Patent' over '                   Lt Patent')
_SITE_SIDE_ROW = re.compile(
    rf"[ \t]*(?P<site>[A-Za-z][A-Za-z ]{{1,30}}?)[ \t]{{2,}}(?P<side>{SIDE_WORD})[ \t]+\S", re.I
)
_SIDE_ROW = re.compile(rf"(?P<indent>[ \t]+)(?P<side>{SIDE_WORD})[ \t]+\S", re.I)


def _side_sub_rows(text: str) -> str:
    """``text`` with the site of a form's sided row written into the indent of the other side's
    row under it, where it fits ('                   Lt Patent' -> '    Lateral recess Lt
    Patent'), the same length (:data:`_SITE_SIDE_ROW`). Its sibling :func:`_side_sub_fields`
    reads the sides' fields with colons ('Foramen   R:  mild'), before a form's boxes are read;
    these rows are what the boxes leave ('Lt    [ ] Patent  [x] Mild' -> 'Lt Mild')."""
    lines = text.split("\n")
    for i in range(1, len(lines)):
        m = _SITE_SIDE_ROW.match(lines[i - 1])
        n = _SIDE_ROW.match(lines[i]) if m is not None else None
        if m is None or n is None or n.start("side") != m.start("side"):
            continue
        site, at = m["site"], n.start("side")
        if len(site) + 1 <= at:
            lines[i] = " " * (at - len(site) - 1) + site + " " + lines[i][at:]
    return "\n".join(lines)


#: a site's label and its sides' fields after it on one line, or after a gap on a level's line
#: ('Foraminal stenosis  R: no    L: mild', what a form's boxes leave of 'R: (x) no ( ) mild    L:
#: ( ) no (x) mild'; 'L3-L4   Bulge [x]Y   ...   Foramina  R: mild   L: none')
_SITE_SIDE_FIELDS = re.compile(
    rf"(?im)(?P<site>(?:^[ \t]*|(?<=\S)[ \t]{{2,}})[a-z][a-z .]{{1,40}}?)(?P<gap>[ \t]{{2,}})"
    rf"(?P<first>{SIDE_WORD}:[^\n]*?\S)(?P<gap2>[ \t]{{2,}})(?={SIDE_WORD}:)"
)


def _site_side_fields(m: re.Match[str]) -> str:
    """A :data:`_SITE_SIDE_FIELDS` line's site read as the label of its sides' fields, each side
    its own clause ('Foraminal stenosis: R: no;   L: mild'), the same length; a label that names
    no finding or site is left as written."""
    if not _FINDING_OPTION.search(m["site"]):
        return m.group()
    return f"{m['site']}:{m['gap'][1:]}{m['first']};{m['gap2'][1:]}"


#: a field's yes / no options after its colon and the one chosen after an arrow ('Listhesis:
#: Y / N  ->  N', 'Disc bulge:  Y / N  ->  Y, at L3-L4')
_YES_NO_PICKED = re.compile(
    r"(?im)(?<=:)[ \t]*(?:y(?:es)?[ \t]*/[ \t]*no?|no?[ \t]*/[ \t]*y(?:es)?)[ \t]*(?:->|\u2192)"
    r"[ \t]*(?P<said>y(?:es)?|no?)(?![a-z])"
)


def _yes_no_picked(m: re.Match[str]) -> str:
    """A :data:`_YES_NO_PICKED` field's choice written as its word after the colon, its options
    and arrow blanked ('  Y / N  ->  N' -> ' no          '), the same length."""
    said = "yes" if m["said"][0] in "yY" else "no"
    return f" {said}".ljust(len(m.group()))


#: a level's field two spaces or more after another on its line ('Modic change   Type: II
#: Level: L4/L5', 'Spondylolisthesis   Level: L4/L5   Meyerding grade: I'): its label (group
#: ``label``)
_LEVEL_FIELD_AFTER = re.compile(
    r"(?i)(?<=[ \t][ \t])(?P<label>levels?(?:\(s\))?[ \t]*:)(?=[ \t]*[LTS][ \t]?\d)"
)
_LEVELLED_FINDING = re.compile(r"(?i)modic|listhes")


def _level_field_after(m: re.Match[str]) -> str:
    """A :data:`_LEVEL_FIELD_AFTER` label read as 'at' where the line before it names a Modic
    change or a listhesis ('... Type: II   at     L4/L5'), the same length; else as written (a
    stenosis's level may carry its side after it: 'Foraminal stenosis ... Y   level: L4/5 Lt')."""
    line = m.string.rfind("\n", 0, m.start()) + 1
    if not _LEVELLED_FINDING.search(m.string, line, m.start()):
        return m.group()
    return "at".ljust(len(m.group()))


#: a word telling a former state ('previously moderate'), and a change since one ('improved')
#: (the sentence reader's too: ``findings``)
PRIOR_WORD = r"(?:previously|formerly|initially|originally)"
CHANGE_VERB = r"(?:improved|progressed|worsened|increased|decreased|reduced|regressed|lessened)"
#: a former grade told after a field's grade, to its clause's end ('Right foramen: mild
#: narrowing, improved from severe', 'Canal: moderate (previously mild)'): read as spaces
_PRIOR_GRADE_TAIL = re.compile(
    rf"(?im)(?<=[a-z ])[,(][ \t]*(?:{PRIOR_WORD}|(?:{CHANGE_VERB}|down|up)[ \t]+from)"
    # (to its clause's end: not an aside before the state now, ', previously moderate, is now')
    rf"[ \t]+{GRADE_OPTION}[ \t]*\)?(?=[ \t]*(?:[;.\n]|$|,(?![ \t]*(?:is|are|was|now)\b)))"
)
#: a field's own grade before the tail in its sentence ('Right foramen: mild narrowing')
_FIELD_GRADE_BEFORE = re.compile(
    rf"(?i)(?:[^\n:]{{1,40}}:){{1,3}}[^\n:.;]{{0,60}}?\b{GRADE_OPTION}\b[^\n:.;]*\Z"
)


def _prior_grade_tail(m: re.Match[str]) -> str:
    """A :data:`_PRIOR_GRADE_TAIL` read as spaces where its line is a field graded before it;
    else as written."""
    line = m.string.rfind("\n", 0, m.start()) + 1
    if _FIELD_GRADE_BEFORE.match(m.string, line, m.start()) is None:
        return m.group()
    return " " * len(m.group())


#: a template's options after a field's colon and the one chosen after an arrow ('Alignment:
#: Normal / Listhesis -> Listhesis: L5 on S1, grade 1', 'Marrow: Normal / Modic / Other -> Modic:
#: type 1 at L5-S1'): the field's label, the options (group ``opts``) and the arrow (options in
#: brackets with the choice after them: :data:`_OPTION_LIST`)
_OPTIONS_CHOSEN = re.compile(
    r"(?m)^[ \t]*(?P<label>[A-Za-z][A-Za-z /]{0,30}?:)[ \t]*"
    r"(?P<opts>[A-Za-z][A-Za-z0-9 ]{0,20}?(?:[ \t]*/[ \t]*[A-Za-z][A-Za-z0-9 ]{0,20}?){1,5})"
    # (or a pick-list's colon after a wide gap: 'Disc:   Normal / Bulge / Protrusion   : Bulge')
    r"(?:[ \t]*(?:->|\u2192)|[ \t]{2,}(?P<colon>:))[ \t]*(?=(?P<chosen>[A-Za-z]+))"
)


def _chosen_option(m: re.Match[str]) -> str:
    """The label, options and arrow of :data:`_OPTIONS_CHOSEN` blanked where the words after the
    arrow open with one of them (the choice said again, a field of its own); the label kept where
    the choice is all the line says ('Vertebral alignment:  Normal / Abnormal  -> Normal': the
    label's value) or follows a pick-list's colon ('Spinal canal:  Nil / Mild / Moderate   :
    Moderate'); else as written. Same length."""
    options = {o.strip().split()[0].lower() for o in m["opts"].split("/") if o.strip()}
    if m["chosen"].lower() not in options:
        return m.group()
    if m["colon"] or _LINE_REST_EMPTY.match(m.string, m.end("chosen")):
        return m.string[m.start() : m.end("label")].ljust(len(m.group()))
    return " " * len(m.group())


_LINE_REST_EMPTY = re.compile(r"[ \t.]*(?:\n|$)")

#: the space between a site and its sides' grades parted by a slash ('LR L mod / R mild',
#: 'foramina left moderate / right mild'): read as the site's colon, as 'foramina: L mod / R
#: mild' is
_SITE_SIDES_SLASHED = re.compile(
    rf"\b(foram(?:en|ina)|recess(?:es)?|lrs?)[ \t]"
    rf"(?={SIDE_WORD}[ \t]+[a-z-]{{1,12}}[ \t]*/[ \t]*{SIDE_WORD}[ \t]+[a-z])",
    re.I,
)


#: an amended or corrected report's note in square brackets ('[AMENDED - previously reported as
#: severe]', '[corrected]', '[previously: right]'; an attending's edit restating the word it
#: follows: 'Moderate left [attending edit: left, not right as in the preliminary report]')
_AMENDMENT_NOTE = re.compile(
    r"\[[ \t]*(?:(?:attending|consultant|supervisor|staff)(?:['\u2019]s)?[ \t]+)?"
    r"(?:amended|corrected|correction|revised|edited|edit|changed|previously)\b[^\[\]\n]{0,100}\]",
    re.I,
)


#: wording struck through, as markdown exports it ('~~Normal lumbar spine.~~')
_STRUCK = re.compile(r"(?<![^\s])~~(?=\S)[^~\n]{1,300}(?<=\S)~~(?![^\s])")


#: the level a finding was misplaced at, told with the level it is at ('described at L4/5' in 'The
#: disc protrusion described at L4/5 is at L5/S1')
_MISPLACED_LEVEL = Gated(re.compile(
    r"(?:(?<=described )|(?<=reported )|(?<=seen )|(?<=noted ))at\s+[LTS]\s?\d{1,2}(?:\s*[-/]\s*[LS]?\s?\d{1,2})?"
    r"(?=\s+(?:is|was)\s+(?:actually\s+|in\s+fact\s+|really\s+)?(?:located\s+)?at\s+[LTS]\s?\d)",
    re.I,
))


#: a grade word of a stenosis, as written ('mild', 'moderate to severe', 'high-grade')
_STATED_GRADE = (
    r"(?:minimal|mild|moderate|severe|marked|high-grade|advanced|critical"
    r"|mild[ \t-]+to[ \t-]+moderate|moderate[ \t-]+to[ \t-]+severe)\b"
)


#: a checklist's yes and dash after a stenosis's label, before the level its details start with
#: ('Foraminal stenosis: Yes - L5/S1 right (mild)')
_YES_THEN_LEVEL = Gated(re.compile(
    r"(?:(?<=stenosis:)|(?<=narrowing:))[ \t]*(?:yes|y|present)[ \t]*[-\u2013][ \t]*"
    r"(?=(?:at[ \t]+)?[LT][ \t]?\d{1,2}[ \t]*[-/])",
    re.I,
))


#: a grade, then its side and perhaps its level, parted by commas ('Foraminal stenosis: Yes - mild,
#: left, L4-5', 'Lateral recess stenosis? Yes - severe, right'): one phrase, not a list
_GRADE_SIDE_COMMAS = re.compile(
    rf"\b{_STATED_GRADE}"
    # (not a side's letter: a checklist's 'R stenosis - severe, L' leaves the left unticked)
    r"[ \t]*,[ \t]*(?:left|right|bilateral(?:ly)?|both(?:[ \t]+sides)?|lt|rt)\b\.?"
    r"(?:[ \t]*,(?=[ \t]*(?:at[ \t]+)?[LTS][ \t]?\d))?"
    r"(?=[ \t]*(?:[,;.)\]]|$|(?:at[ \t]+)?[LTS][ \t]?\d))",
    re.I | re.M,
)


#: a verb telling a grade as a classification ('characterized as', 'graded')
_CLASSED = (
    r"(?:characteri[sz]ed|described|graded|classified|categori[sz]ed|considered|regarded|assessed"
    r"|called)(?:\s+as)?"
)
#: a grade told as a classification, up to the grade ('is more accurately characterized as', 'should
#: be graded as', 'is best described as', 'is more accurately')
_GRADED_AS = Gated(re.compile(
    r"\b(is|are|was|were|should\s+(?:now\s+)?be|would\s+be)\s+"
    rf"(?:more\s+(?:accurately|appropriately|correctly)(?:\s+{_CLASSED})?"
    rf"|(?:(?:better|best)\s+)?{_CLASSED})(?=\s+{_STATED_GRADE})",
    re.I,
))


def _graded_as(m: re.Match[str]) -> str:
    """:data:`_GRADED_AS` as its verb alone ('is', 'was'; 'should be' as 'is'), the same length."""
    if m[1][0] in "sSwW" and m[1].lower() not in ("was", "were"):
        return " " * (len(m[0]) - 2) + "is"
    return m[1] + " " * (len(m[0]) - len(m[1]))


#: a form's question and its answer labelled 'Q:' and 'A:' ('Q: Disc bulge?     A: Yes - L3-L4')
_QA_FIELD = re.compile(
    r"(?im)^([ \t]*)((?:q|question)(?![a-z])(?:[ \t]*\d{1,2})?[ \t]*[.):]?[ \t]*"
    # (the question's lead: 'Is there evidence of', 'Are there any', 'Any', 'Is ... present?')
    r"(?:(?:is|are)[ \t]+there[ \t]+(?:any[ \t]+)?(?:evidence[ \t]+of[ \t]+)?(?:an?[ \t]+|any[ \t]+)?"
    r"|any[ \t]+|(?:is|are)[ \t]+(?=[a-z][a-z0-9 /()-]{2,60}?[ \t]+present\?))?)"
    r"([a-z][a-z0-9 /()-]{2,60}?)([ \t]+present)?\?([ \t]*\n?[ \t]*)(a(?:nswer)?[ \t]*[:.)-]|[-\u2013](?=[ \t]))"
    r"(?=[ \t]*\S)"
)


def _qa_field(m: re.Match[str]) -> str:
    """The question of :data:`_QA_FIELD` as its finding's field ('   Disc bulge:       Yes'), the
    same length; an answer on the question's next line joined to it ('Question 2: Is there
    evidence of disc herniation at any level?' over 'Answer: No.' -> '... disc herniation at any
    level: ... No.'); the answer may follow a dash on the question's line ('Q. Canal? - Normal')."""
    if "\n" in m[5] and m[6][0] in "-\u2013":
        return m[0]  # (a dash opening the next line is its bullet, not the answer's)
    gap = m[5].replace("\n", " ")
    return m[1] + " " * len(m[2]) + m[3] + ":" + " " * len(m[4] or "") + gap + " " * len(m[6])


#: a smart form's field in braces, its label then its value ('Canal {Canal: Mild}')
_BRACED_VALUE = re.compile(r"\{[ \t]*[A-Za-z][A-Za-z /]{0,30}:[ \t]*([^{}\n]*?)[ \t]*\}")


def _kept(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` as spaces but for its ``spans`` (offsets into it), the same length."""
    said = [" "] * len(text)
    for a, b in spans:
        said[a:b] = text[a:b]
    return "".join(said)


def _braced_value(m: re.Match[str]) -> str:
    """The value of :data:`_BRACED_VALUE` alone in its place, braces and label as spaces."""
    return _kept(m.group(), [(m.start(1) - m.start(), m.end(1) - m.start())])


#: a template's options in brackets, the chosen one between asterisks ('disc:  [normal / *bulge* /
#: protrusion]', 'foramina: L [*normal* / mild / moderate]')
_STARRED_OPTIONS = re.compile(r"\[(?=[^\[\]\n]*\*[A-Za-z][^*\[\]/\n]*\*)[^\[\]\n]*/[^\[\]\n]*\]")
_STARRED = re.compile(r"\*([A-Za-z][^*\[\]/\n]*)\*")


def _starred_options(m: re.Match[str]) -> str:
    """The options of :data:`_STARRED_OPTIONS` blanked but the starred ones, each in its place
    without its asterisks ('[normal / *bulge* / protrusion]' -> '          bulge              ').
    Same length."""
    return _kept(m.group(), [star.span(1) for star in _STARRED.finditer(m.group())])


#: both sides' letters after a field's colon, each a dash for its colon ('Foramina: L - moderate,
#: R - mild'; read 'L:  moderate, R:  mild', the same length)
_SIDE_DASH_VALUE_WORD = (
    r"(?=[ \t]+(?:mild|moderate|severe|patent|free|normal|none|nil|nad|narrow|effaced|stenos))"
)
#: (or the sides in words: 'Foramina: right - mild narrowing; left - normal.')
_SIDE_DASH_SIDE = r"([LR]|(?i:right|left))"
_SIDE_DASH_VALUE = re.compile(
    rf"(?<=:[ \t]){_SIDE_DASH_SIDE}[ \t]-{_SIDE_DASH_VALUE_WORD}(?P<mid>[^\n]*?[,;.][ \t]*)"
    rf"{_SIDE_DASH_SIDE}[ \t]-{_SIDE_DASH_VALUE_WORD}",
)


def _side_dash_values(m: re.Match[str]) -> str:
    """The two sides of :data:`_SIDE_DASH_VALUE` each with a colon for its dash, a stop between
    them read as ';' ('R - severe narrowing. L - mild.': the second side's is the same field's)."""
    mid = m["mid"]
    stop = mid.rstrip(" \t")
    if stop.endswith("."):
        mid = stop[:-1] + ";" + mid[len(stop) :]
    return f"{m[1]}: {mid}{m[3]}: "


#: a dash before a field of a level's line ('L4-L5 - bulge - canal: mild - L foramen: mild'):
#: read as ';', the fields apart
_DASH_FIELD = re.compile(r"(?<=\S)[ \t]-(?=[ \t]+(?:[A-Za-z]+[ \t]){0,2}[A-Za-z]+:[ \t])")
#: a structure's label opening a line, a dash for its colon ('Foramina - L4/5 moderate right',
#: 'Discs -' over its lines): the dash reads as the colon
_DASH_LABEL = re.compile(
    # (or opening a sentence of a level's line: 'L4/5:  Disc - ... Canal - moderate stenosis.';
    # or a '|' cell: 'L3-L4 : Disc - bulge | Canal - moderate | NF - L mild, R moderate')
    r"(?:^|(?<=[.;:|][ \t])|(?<=[.;:|][ \t]{2}))"
    r"([ \t*\u2022]*(?:alignment|(?:bone\s+)?marrow|vertebra(?:e|l\s+bod(?:y|ies))|end\s?plates"
    # ('LR - L mild', 'NF - nil': a site's capitals)
    r"|dis[ck]s?|(?:(?:central|spinal)\s+)?canal|(?:lateral|subarticular)\s+(?:recesses|zones)"
    # ('CCS -- nil', 'NFN -- R nil, L mild': a double dash too)
    r"|(?-i:LR|NF|CCS|NFN|LRS|SAS)"
    r"|(?:neural\s+|exit(?:ing)?\s+)?foramina|facets?(?:\s+joints)?|conus(?:\s+medullaris)?)"
    # (not a grid's dash cell, far from its row's name: 'Disc          -       bulge')
    r"[ \t]{1,2})--?(?=[ \t]|$)",
    re.I | re.M,
)

#: a quotation's letter altered in brackets ('"[r]emaining levels are unremarkable"')
_ALTERED_LETTER = re.compile(r"(?<![A-Za-z])\[([A-WYZa-wyz])\](?=[a-z])")  # ([x]: a ticked box)
#: a form's yes/no answer after its option ('Bulge [Y]  Protrusion [N]  Extrusion [N]'), or its
#: box after it ('bulge [x]  herniation [ ]')
_YES_NO_BOX = re.compile(r"(?<![\w\]])([A-Za-z][A-Za-z-]*)[ \t]\[([YNxX ])\]")
#: a line whose first box comes after a word and before a gap: its boxes follow their options
#: ('L1/2:  bulge [ ]  herniation [x]'), not 'Disc [x] normal [ ] bulge' (a label, then options)
_BOX_AFTER_WORD = re.compile(r"[^\[\n]*[A-Za-z][ \t]\[[xX ]\](?:[ \t]{2,}|[ \t]*$)")
#: a value in brackets on such a line ('canal stenosis [none]  NF stenosis L [mild]')
_BRACKETED_VALUE = re.compile(
    r"[ \t]?\[((?:none|nil|normal|mild|moderate|severe|mod|sev|minimal|present|absent)"
    r"(?:[ \t-]+(?:to[ \t]+)?(?:moderate|severe))?)\]",
    re.I,
)


#: a label and its value apart by leader dots ('Canal stenosis .......... L3-L4 mild', 'L4/5
#: ..... small protrusion', a form's numbered question 'Q5  Disc bulge ........: YES - mild,
#: L4-L5'): read as a field, the dots (and a colon after them) as a colon and spaces
_LEADER_DOTS = re.compile(
    # (a short run after a space too, among longer ones: 'Subarticular R/L .. Moderate / Moderate')
    # (after a form's question number or a list's: 'Q5  Disc bulge ....', '1. Alignment ....')
    r"(?m)^([ \t]*)((?:Q\d{1,2}[.)]?|\d{1,2}[.)])[ \t]+)?([A-Za-z][A-Za-z0-9 /()-]{0,40}?)"
    r"((?:[ \t]*\.{4,}|[ \t]+\.{2,3})[ \t]*:?[ \t]+|[ \t]*\.{4,}:?)(?=\S)"
)


#: a finding's label, leader dots and one box after it ('Listhesis ........ [ ]', 'Canal stenosis
#: ..... [X]  grade: mild', 'Disc protrusion ... [?]'): read as the finding denied, said or hedged
_LEADER_BOX = re.compile(
    rf"(?m)^([ \t]*)([A-Za-z][A-Za-z /()-]{{0,40}}?)([ \t]*\.{{2,}}[ \t]*)\[([{TICK_MARKS} ?])\]"
    r"((?<=[xX\u2713\u2714\u221a]\])[ \t]*(?:grade|severity)[ \t]*:?)?"  # ('[X]  grade: mild')
    rf"(?![^\n]*\[[{TICK_MARKS} ?]\])",  # (one box: not 'Canal ..... [ ] None [x] Mild')
    re.I,
)
_BOX_SAYS = {" ": "no ", "?": "possible "}


def _leader_box(m: re.Match[str]) -> str:
    """The label with 'no ' or 'possible ' before it for an empty or a '?' box (nothing for a
    ticked one, its grade's word after the box blanked too: '[X]  grade: mild'), its dots and box
    as spaces; unchanged where the dots leave no room."""
    lead = _BOX_SAYS.get(m[4], "")
    room = len(m[3]) + 3 + len(m[5] or "") - len(lead)
    if room < 1:
        return m.group()
    return f"{m[1]}{lead}{m[2]}{' ' * room}"


#: a form's question and its answer after a colon ('Q3  Is there central canal stenosis?   : YES -
#: mild, L4/5'), or a numbered question's yes or no after spaces ('Q4. Modic endplate changes?
#: YES - type 3 (sclerotic), L2/L3', '2. Central canal stenosis? Yes - severe at L4-5', '8. Conus?
#: Normal'): read as the finding's field ('central canal stenosis: YES - mild, L4/5')
#: the words a form's question is answered with right after its '?' ('Canal stenosis? Mild')
_ANSWER_WORD = (
    r"(?:yes|no|normal|none|nil|adequate|patent|preserved|unremarkable|clear|satisfactory"
    r"|minimal|mild|moderate|severe)\b"
)
_QUESTION_FIELD = re.compile(
    # (a level's label may lead the question: 'L5-S1: Lateral recess stenosis? Yes - mild, left')
    r"(?im)^([ \t]*(?:[LT]\d{1,2}[ \t]*[-/][ \t]*[LS]?\d[ \t]*[:.)][ \t]*)?)"
    r"((?:Q\d{1,2}[.)]?[ \t]+)?(?:is|are)[ \t]+there[ \t]+(?:an?[ \t]+|any[ \t]+)?"
    rf"|(?:Q\d{{1,2}}[.)]?|\d{{1,2}}[.)])[ \t]+(?=[^\n?]{{2,60}}\?[ \t]+{_ANSWER_WORD})"
    # (or nothing: 'Canal stenosis? Moderate at L4-5'; not a checkbox's 'YES [x]  NO [ ]')
    rf"|(?=[a-z][a-z0-9 /()-]{{2,60}}?\?[ \t]+{_ANSWER_WORD}(?![ \t]*[\[(])))"
    # (a 'no' far along the line: the colon before it, 'Spondylolisthesis       :NO')
    r"([a-z][a-z0-9 /()-]{2,60}?)\?(?:(?=[ \t]*(?P<colon>:))|(?P<gap>[ \t]+)(?=no\b)"
    rf"|(?=[ \t]+{_ANSWER_WORD}))"
)


#: a form's question whether a structure is normal answered no, up to its details ('Vertebral
#: alignment normal?      No - grade 1 anterolisthesis L4-L5'): the details say what is not
_NOT_NORMAL_ANSWER = re.compile(
    r"(?im)^[ \t]*[a-z][a-z /]{2,40}?[ \t]+normal\?[ \t]*:?[ \t]*no\b[ \t]*(?:[-:\u2013,][ \t]*)?(?=\S)"
)


#: a form's question numbered 'Q' and its answer after the '?', whatever it says ('Q6 Modic? Type 2
#: at L4-5'; not an answer labelled 'A:', :data:`_QA_FIELD`'s)
_Q_NUMBERED = re.compile(
    r"(?im)^([ \t]*)(Q\d{1,2}[.):]?[ \t]+)([a-z][a-z0-9 /()-]{2,40}?)\?"
    r"(?=[ \t]+(?!a(?:nswer)?[ \t]*[:.)-])[a-z0-9])"
)


def _question_field(m: re.Match[str]) -> str:
    """The question's finding, its number, 'Is there' and '?' as spaces before and after it (the
    '?' as a colon where none follows; a 'no' answer's colon right before it, however far: 'Q3
    Spondylolisthesis?     NO' -> '    Spondylolisthesis     :NO', the denial read at its label)."""
    if m["gap"]:
        return m[1] + " " * len(m[2]) + m[3] + " " + m["gap"][:-1] + ":"
    return m[1] + " " * len(m[2]) + m[3] + (" " if m["colon"] else ":")


#: a form's key of its answers before them ('Y/N:')
_YES_NO_KEY = re.compile(r"\(?y/n\)?[ \t]*:", re.I)


def _leader_label(m: re.Match[str]) -> str:
    """The label, its dots as spaces, then ': ' before its value (a run of spaces after a colon
    would part the value as a cell of its own); a long run's spaces before the label, so that
    the label stays a field's key ('Q5  Disc bulge .........................: YES'); a form's
    question number as spaces; no colon before the answer's own key ('MODIC CHANGE ..... Y/N: N'
    reads as 'MODIC CHANGE Y/N: N')."""
    lead = m[1] + " " * len(m[2] or "")
    label, dots = m[3], len(m[4])
    if dots >= 8 and (lv := _LABEL_LEVEL.search(label)) is not None:
        # ('Canal stenosis L5-S1 ........ N': the finding's at that level, 'at' from the dots)
        at = label[: lv.start(1)].rstrip() + " at " + lv[1]
        label, dots = at, dots + len(label) - len(at)
    if _YES_NO_KEY.match(m.string, m.end()):
        return lead + label + " " * dots
    if dots > 24:
        return lead + " " * (dots - 2) + label + ": "
    return lead + label + " " * (dots - 2) + ": "


#: a disc level closing a finding's label ('Canal stenosis L5-S1')
_LABEL_LEVEL = re.compile(
    r"^[A-Za-z][A-Za-z /()-]*(?<![ \t]through)(?<![ \t]to)(?<![ \t]and)(?<![ \t]thru)"
    r"[ \t]+([LT]\d{1,2}[ \t]?[-/][ \t]?[LS]?\d{1,2})$",
    re.I,
)


#: a finding's or site's name as a field's key ('bulge', 'NF R', 'canal stenosis', 'LR')
_VALUE_KEY = (
    r"\b(?:bulge|bulging|herniation|hernia|protrusion|extrusion|canal|stenosis|foramen|foramina"
    r"|foraminal|nfs?|lrs?|recess(?:es)?|subarticular|listhesis|spondylolisthesis|modic|dis[ck])"
    r"(?:[ \t]+(?:[lr]|left|right|stenosis))?"
)
#: a finding's or site's value after '=' ('bulge=mild; canal=none; NF R=mild', 'canal = mild')
_KEYED_VALUE = re.compile(rf"{_VALUE_KEY}[ \t]*(=)[ \t]*(?=[a-z0-9])", re.I)
#: a finding's or site's one-word value after a space, before a comma or the line's end ('disc
#: bulge yes, disc herniation no, canal stenosis low-grade'): a checklist's field with no colon
_SPACED_VALUE = re.compile(
    rf"{_VALUE_KEY}([ \t])(?=(?P<v>yes|no|none|nil|absent|present|normal|mild|moderate|severe"
    r"|slight|(?:low|medium|high)-grade)[ \t]*(?:[,;.]|$))",
    re.I | re.M,
)


#: a name after a key's '=', not a value: the line is a legend ('LR = lateral recess; NF = neural
#: foramen')
_NAME_VALUE = re.compile(r"(?:lateral|neural|central|subarticular|recess|foram|canal)", re.I)


def _keyed_values(text: str) -> str:
    """Each line with two or more findings' values after '=' read as fields ('L3-L4: bulge=mild;
    canal=none' -> 'L3-L4: bulge:mild; canal:none'), the same length."""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if (
            "=" in ln
            and len(found := list(_KEYED_VALUE.finditer(ln))) >= 2
            and not any(_NAME_VALUE.match(ln, m.end()) for m in found)
        ):
            lines[i] = _colons_at(ln, found)
    return "\n".join(lines)


#: a yes or no closing a field with no colon ('... bulge yes, ...'): the hint of such fields
_YES_NO_VALUE = re.compile(r"(?<=[a-z] )(?:yes|no)(?=[ \t]*(?:[,;.]|$))", re.I | re.M)


#: a checklist's line of a name (or a question) and its yes or no in a column after a run of
#: spaces, perhaps with a note ('Disc bulge            No', 'Disc degeneration     Yes (L5/S1
#: only)', 'Central canal stenosis?     Yes - mild'): the name (group
#: 1: its words apart by single spaces), the run (group 2: its last space read as the field's
#: colon) and the answer (group 3)
_SPACED_ANSWER = re.compile(
    r"(?im)^([ \t]*[a-z][a-z/()-]*(?:[ ][a-z/()-]+)*\??)([ \t]{3,})"
    r"((?:yes|no)\b[ \t]*(?:\([^()\n]*\)|-[ \t]+[^\n]*)?[ \t]*)$"
)


def _spaced_answer(m: re.Match[str]) -> str:
    """A :data:`_SPACED_ANSWER` line as a field, the same length: a colon before its answer, its
    question's mark a space ('Disc bulge?      No' -> 'Disc bulge      :No')."""
    name = m[1][:-1] + " " if m[1].endswith("?") else m[1]
    return name + m[2][:-1] + ":" + m[3]


def _spaced_values(text: str) -> str:
    """Each line with two or more findings' one-word values after a space, one of them yes or no,
    read as fields ('L4/L5: disc bulge yes, herniation no' -> 'L4/L5: disc bulge:yes,
    herniation:no'), the same length."""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        found = list(_SPACED_VALUE.finditer(ln))
        if len(found) >= 2 and any(m["v"].lower() in ("yes", "no") for m in found):
            lines[i] = _colons_at(ln, found)
    return "\n".join(lines)


def _colons_at(line: str, found: list[re.Match[str]]) -> str:
    """``line`` with a colon in place of each match's first group (a key's link to its value)."""
    chars = list(line)
    for m in found:
        chars[m.start(1)] = ":"
    return "".join(chars)


def _yes_no_boxes(text: str) -> str:
    """Each line with two or more yes/no answers read as its options said or denied: 'Bulge
    [Y]  Protrusion [N]' -> 'Bulge;     no Protrusion;' (same length); so are boxes after their
    options on a line whose first box follows a word ('L1/2:  bulge [ ]  herniation [x]'), its
    values in brackets read as fields' ('canal stenosis [mild]' -> 'canal stenosis: mild;')."""

    def said(m: re.Match[str]) -> str:
        word = m.group(1)
        return f"{word};   " if m.group(2) in "YxX" else f"no {word};"

    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if "[" not in ln:
            continue
        answers = _YES_NO_BOX.findall(ln)
        boxes = any(a in "xX " for _w, a in answers)
        if len(answers) < 2 or (boxes and not _BOX_AFTER_WORD.match(ln)):
            continue
        lines[i] = _YES_NO_BOX.sub(said, ln)
        if boxes:
            lines[i] = _BRACKETED_VALUE.sub(lambda m: f": {m[1]};".ljust(len(m[0])), lines[i])
    return "\n".join(lines)


#: a full stop before a field's other side and its state, ending the line ('Neural foramina:
#: Mild left narrowing. Right patent.', 'Right: mild. Left: moderate to severe.'): read as the ';'
#: a field's sides are parted by, so the field goes on
_SIDE_AFTER_STOP = re.compile(
    r"\.(?=[ \t]+(?:left|right)[ \t]*:?[ \t]+(?:patent|normal|preserved|free|clear|unremarkable"
    r"|none|nil|(?:mild|moderate|severe)(?:[ \t]+to[ \t]+(?:moderate|severe))?)[ \t]*\.?[ \t]*(?:\n|$))",
    re.I,
)

#: a comma before 'none elsewhere' ('Modic change: type 2 at L3/4, none elsewhere'): read as the
#: ';' a field's statement of the other levels follows
_NONE_ELSEWHERE = re.compile(r",(?=[ \t]*(?:none|nil|normal)[ \t]+elsewhere\b)", re.I)

#: a side's grade in brackets after its letters ('R (mild)', 'Lt (moderate)'): read without them,
#: as 'R mild' (not after a word: 'more on the left (severe) than the right (moderate)')
_SIDE_GRADE_BRACKETED = Gated(re.compile(
    # (not a ticked box's side: '[x] L [ ] R  (mild)', '\u2713 L (mild)')
    r"(?<![\]\u2713\u2714\u2717\u2718][ \t])\b(?:r|l|rt|lt)\.?[ \t]*\((?:minimal|slight|mild|moderate|mod|severe|sev)\)",
    re.I,
))


def _unbracketed(m: re.Match[str]) -> str:
    """The match with its brackets read as spaces (the same length)."""
    return m.group().replace("(", " ").replace(")", " ")


#: a structure's heading on a line of its own over a bullet ('ALIGNMENT' over '- Normal.',
#: 'Conus/cauda equina:' over '- Conus tip at L1-L2.'); not a level's line under it
_HEADED_BULLET = re.compile(
    r"^(?P<label>[ \t]*(?:alignment|(?:vertebra[el]?|vertebral[ \t]+bod(?:y|ies))"
    r"(?:[ \t]+(?:and|&|/)[ \t]+(?:bone[ \t]+)?marrow)?|(?:bone[ \t]+)?marrow(?:[ \t]+signal)?"
    r"|conus(?:[ \t]+medullaris)?(?:[ \t]*/[ \t]*cauda[ \t]+equina)?|(?:spinal[ \t]+)?cord"
    r"|(?:paraspinal[ \t]+)?soft[ \t]+tissues|paraspinal(?:[ \t]+muscles)?|sacroiliac[ \t]+joints"
    r"|end[ \t]?-?plates|(?:intervertebral[ \t]+)?dis[ck]s))(?P<gap>[ \t]*:?[ \t]*\n[ \t]*[-*\u2022][ \t]+)"
    r"(?=[^\s])(?![LTSD][ \t]?-?\d)",
    re.I | re.M,
)


def _headed_bullet(m: re.Match[str]) -> str:
    """The heading and its bullet's line break read as a field's label ('ALIGNMENT:  Normal.')."""
    return m.group("label") + ":" + " " * (len(m.group("gap")) - 1)


#: a level's Modic type, then a comma before another level and its type ('Modic: L4-L5 type 1
#: (superior L5 endplate), L5-S1 type 2'): the comma read as ';', each type its own clause
_LEVEL_TYPE_AFTER = re.compile(
    r"(\btype[ \t]*-?[ \t]*(?:I{1,3}|[123])(?![\w])(?:[ \t]*\([^()\n]{0,40}\))?),"
    r"(?=[ \t]*[LT]\d{1,2}[ \t]*[-/][ \t]*[LS]?\d{1,2}[ \t]*:?[ \t]*(?:modic[ \t]+)?type\b)",
    re.I,
)


#: a form's question number opening a line before its field, read as spaces ('Q7  Central canal
#: stenosis: No significant stenosis at any level', 'Q3. Modic changes: Present')
_QUESTION_NUMBER = re.compile(rf"^{_QUESTION_NO}(?=[A-Za-z][A-Za-z ()/'-]{{2,60}}:)", re.M)


#: a site's field in brackets after a sentence's stop, read without them ('Rt. foraminal stenosis,
#: high-grade. (Lt. foramen: mild)')
_BRACKETED_FIELD = re.compile(
    r"\((?<=[.;][ \t]\()((?:(?:left|right|lt|rt|l|r)\.?[ \t]+)?(?:neural[ \t]+)?(?:foramen|foramina"
    r"|canal|lateral[ \t]+recess|subarticular[ \t]+(?:recess|zone))[ \t]*:[ \t]*[a-z][a-z -]{1,30})\)",
    re.I,
)


#: a legend's two-letter abbreviation of a site ('SC = spinal canal', 'CC = central canal')
_SITE_LEGEND = re.compile(
    r"\b[A-Z]{2}[ \t]*=[ \t]*(?i:central|spinal|neural|lateral|canal|foram|recess|subartic)"
)
#: the vocabulary's two-letter name of each site, by the words a legend gives the site (the first
#: that names it: 'lateral recess' before 'canal')
_SITE_SHORT = (
    ("NF", re.compile(r"foram", re.I)),
    ("LR", re.compile(r"recess|subartic", re.I)),
    ("CS", re.compile(r"canal|thecal", re.I)),
)


def _legend_sites(text: str) -> str:
    """``text`` with each two-letter abbreviation its legend gives a site (not one side's: 'LF =
    left foramen', nor a herniation's there: 'FP = foraminal protrusion') written as the
    vocabulary's name of that site ('SC = spinal canal': 'SC mild' -> 'CS mild'; 'CC' -> 'CS'),
    the same length; the legend's own entries ('SC =') kept."""
    swaps = {
        abbr: short
        for abbr, words in legend_names(text).items()
        if len(abbr) == 2
        and abbr.isupper()
        and not SIDE_IN_WORDS.search(words)
        and not HERNIATION_NAME.search(words)  # (not a finding's: 'FP = foraminal protrusion')
        for short in [next((s for s, rx in _SITE_SHORT if rx.search(words)), abbr)]
        if short != abbr
    }
    if not swaps:
        return text
    rx = re.compile(rf"(?<![A-Za-z])(?:{'|'.join(swaps)})(?![A-Za-z])(?![ \t]*[=:])")
    return rx.sub(lambda m: swaps[m.group()], text)


#: a row's first cell naming a level and a structure ('L4/5 canal', 'L5/S1 R foramen:')
_LEVEL_AND_ITEM = re.compile(rf"[ \t]*{GRID_LEVEL.pattern}[ \t]+[a-z]", re.I)
#: the first cell's label before its colon, where that cell holds a value too ('L4/5 canal:
#: moderate' under 'Columns: prior 2021')
_ROW_LABEL = re.compile(r"[^:\n]{2,40}:")


def _compared_columns(line: str) -> tuple[int, int] | None:
    """The numbers of the first earlier study's cell and of the current study's cell after it
    (:func:`~spinelab.labeling.tables.study_columns`, a title's colon left out), in a header line
    of cells parted by '|' ('Columns: prior 2021 | current 2024 | change', 'Level | Item |
    02/03/2022 (prior) | 15/04/2024 (current)'); None for any other line, and for columns of
    sites by study ('Canal (prior) | Canal (current)': read as a table)."""
    cells = [c.rpartition(":")[2] for c in line.split("|")]
    studies = study_columns(cells)
    then = studies.index("prior") if "prior" in studies else -1
    now = next((k for k in range(then + 1, len(cells)) if studies[k] == "current"), -1)
    if not 0 <= then < now or any(names_column(c) for c in cells):
        return None
    return then, now


def _current_cells(text: str) -> str:
    """The rows named by a level and a structure under a header of an earlier study's column and
    the current one's (:func:`_compared_columns`), until a blank line, with every cell but the
    row's labels (those before the earlier study's) and the current study's read as spaces, their
    '|' too: 'L4/5 canal | moderate | mild' -> 'L4/5 canal              mild'; where the first
    cell is the earlier study's, its label before a colon kept ('L4/5 canal:   moderate | marked |
    worse' under 'Columns: prior 2021 | current 2024 | change' -> 'L4/5 canal:              marked
    ') (same length)."""
    lines = text.split("\n")
    then = now = -1  # the open header's earlier and current columns
    for i, ln in enumerate(lines):
        if "|" not in ln:
            if not ln.strip():
                now = -1
            continue
        if (columns := _compared_columns(ln)) is not None:
            then, now = columns
            continue
        cells = ln.split("|")
        if now < 0 or len(cells) <= now or not _LEVEL_AND_ITEM.match(cells[0]):
            continue  # (a row named by its level alone is a level column's: read as a table)
        label = _ROW_LABEL.match(cells[0]) if then == 0 else None
        if then == 0 and label is None:
            continue
        kept = [c if k < then or k == now else " " * len(c) for k, c in enumerate(cells)]
        if label is not None:
            kept[0] = label[0] + " " * (len(cells[0]) - label.end())
        lines[i] = " ".join(kept)
    return "\n".join(lines)


#: a spaced table's header of a level column (or a finding's, its rows a level and the finding's
#: name) and a column per study, the current one named ('Level     2021          Current',
#: 'FINDING     PRIOR (2022-02-14)     CURRENT (2024-04-22)')
_SPACED_STUDY_HEADER = re.compile(
    r"^[ \t]*(?:levels?|segments?|dis[ck]s?|findings?|parameters?)[ \t]{2,}\S[^\n]*?[ \t]{2,}"
    r"(?:current|now|today|this\s+(?:study|exam|mri|scan))\b[^\n]*$",
    re.I | re.M,
)


#: a checklist's header ending in a 'Yes' and a 'No' column, spaced ('CHECKLIST     Yes    No')
_YES_NO_COLUMNS = re.compile(
    r"(?<=[ \t])(?:(?P<y1>Yes|YES|yes)[ \t]{2,}(?P<n1>No|NO|no)"
    r"|(?P<n2>No|NO|no)[ \t]{2,}(?P<y2>Yes|YES|yes))[ \t]*$",
    re.M,
)
#: a checklist's row: its item, spaces and one mark ('Disc bulge (any level)          X')
_MARKED_ROW = re.compile(r"([ \t]*\S[^\n]*?)[ \t]{2,}([Xx\u2713\u2714\u221a])[ \t]*")
#: or its item, spaces and a box under each column, one ticked ('Modic endplate change   [ ]   [x]'),
#: perhaps a note after them ('Disc bulge   [x]   [ ]   (L4/5, minimal)')
_BOXED_ROW = re.compile(
    r"[ \t]*\S[^\n\[]*?[ \t]{2,}(?P<a>\[[ xX\u2713]\])[ \t]+(?P<b>\[[ xX\u2713]\])(?![^\n\[]*\[)"
)


def _yes_no_marks(text: str) -> str:
    """The rows under a checklist's header of a 'Yes' and a 'No' column
    (:data:`_YES_NO_COLUMNS`), each an item and one mark under either column, with the mark
    written as the word of the column whose middle is nearest, ending where the mark ends
    ('Spondylolisthesis (any level)          X' under 'No' -> '...         No'), or an item and
    a box under each column, one ticked, the ticked box written so and the other blanked
    ('Modic endplate change   [ ]   [x]' -> '...   No'), until a line of anything else: the
    answers :data:`_SPACED_ANSWER` reads. Same length."""
    chars = list(text)
    for h in _YES_NO_COLUMNS.finditer(text):
        bol = text.rfind("\n", 0, h.start()) + 1
        columns = [
            (h.start(g) - bol + len(h[g]) / 2, h[g]) for g in ("y1", "n1", "y2", "n2") if h[g]
        ]
        at = h.end() + 1
        while at < len(text):
            eol = text.find("\n", at)
            eol = len(text) if eol < 0 else eol
            boxed = _BOXED_ROW.match(text, at)
            if boxed is not None and (boxed["a"] == "[ ]") != (boxed["b"] == "[ ]"):
                tick = "b" if boxed["a"] == "[ ]" else "a"
                end = boxed.end(tick)
                word = _nearest_column(columns, boxed.start(tick) + 1 - at)  # (the box's middle)
                a, b = boxed.start("a"), boxed.end("b")
                chars[a:b] = " " * (b - a)
            elif (m := _MARKED_ROW.match(text, at)) is not None and m.end() == eol:
                end = m.end(2)
                word = _nearest_column(columns, m.start(2) - at)
                if end - len(word) <= m.end(1):
                    break
            else:
                break
            chars[end - len(word) : end] = word
            at = eol + 1
    return "".join(chars)


def _nearest_column(columns: list[tuple[float, str]], x: int) -> str:
    """The word of the column (middle, word) whose middle is nearest to ``x``."""
    return min(columns, key=lambda c: abs(c[0] - x))[1]


#: two spaced dots between two levels, a form's range ('L1/L2 .. L3/L4')
_DOTS_RANGE = re.compile(r"(?<=\d) \.\. (?=[LST]\d)")


def _spaced_current_column(text: str) -> str:
    """The rows under a spaced table's header of a level column and a column per study, the
    current one named (:data:`_SPACED_STUDY_HEADER`, :func:`~spinelab.labeling.tables.
    study_columns`: 'Level   2021   Current'), each a level's or a wrapped cell's line, until a blank
    line or another line (the header's rule passed over): every cell but the level's and the
    current study's read as spaces ('L2/3      normal      minor bulge' -> 'L2/3
    minor bulge'), and a first cell of a level and a finding's name given a colon ('L4-L5
    foramina (L/R):'); a row whose current cell says the earlier study's holds ('Unchanged')
    left whole. A cell belongs to the column whose name starts last at or before it (two
    characters of slack). Same length."""
    lines = text.split("\n")
    starts: list[int] = []  # the open header's column starts (the level's first)
    now = -1  # the index of the current study's column in ``starts``
    same = False  # the open row's current cell says the earlier study's holds
    for i, ln in enumerate(lines):
        if _SPACED_STUDY_HEADER.fullmatch(ln):
            cells = list(_SPACED_CELL.finditer(ln))
            studies = study_columns([c[0] for c in cells[1:]])
            now = 1 + studies.index("current") if "current" in studies else -1
            if now < 2 or any(x != "prior" for x in studies[: now - 1]):
                now = -1  # (a study's column before the current one that is not an earlier one)
            starts = [c.start() for c in cells]
            continue
        if now < 0 or RULE_LINE.fullmatch(ln):
            continue  # (the header's rule: '-------  -------  -------')
        if not ln.strip() or not (GRID_LEVEL.match(ln.lstrip()) or ln[: starts[1]].isspace()):
            now = -1
            continue
        placed = [  # (each cell and its column's index)
            (c, max(0, bisect.bisect_right(starts, c.start() + 2) - 1))
            for c in _SPACED_CELL.finditer(ln)
        ]
        if not ln[0].isspace():  # (a level's row; not a wrapped cell's line)
            said = [c[0] for c, col in placed if col == now]
            same = bool(said) and all(SAME_CELL.fullmatch(x) for x in said)
        if same:
            continue  # ('Unchanged': the earlier study's cells hold, read as they are)
        out = list(ln)
        for c, col in placed:
            if col != now and col != 0:
                out[c.start() : c.end()] = " " * (c.end() - c.start())
            elif (
                col == 0
                and c.end() < len(ln)
                and (lv := GRID_LEVEL.match(c[0]))
                and c[0][lv.end() :]
            ):
                out[c.end()] = ":"  # a level and its finding's name ('L4-L5 foramina (L/R):')
        lines[i] = "".join(out)
    return "\n".join(lines)


#: a '|' table's line whose first cell is blank, its next opening in small letters: the cell
#: above wrapped onto it ('L4-L5  | ... Mild left foraminal' over '       | narrowing.')
_PIPE_WRAP = re.compile(r"\n([ \t]+)\|[ \t]+(?=[a-z])")


def _pipe_wraps(text: str) -> str:
    """``text`` with each :data:`_PIPE_WRAP` line joined to the line above it, where both are
    rows of two cells (a level and its text; a table of more columns reads its wrapped cells
    itself), the line above's '|' in the same column and its words running on (no full stop
    ends it): its line break and '|' read as spaces, the same length."""

    def joined(m: re.Match[str]) -> str:
        a = text.rfind("\n", 0, m.start()) + 1
        above = text[a : m.start()].rstrip()
        e = text.find("\n", m.end())
        if (
            text.find("|", a, m.start()) - a != len(m[1])
            or above.endswith((".", "|", ":"))
            or above.count("|") != 1
            or "|" in text[m.end() : e if e >= 0 else len(text)]
        ):
            return m.group()
        return " " * len(m.group())

    return _PIPE_WRAP.sub(joined, text)


#: a lay gloss in brackets after a named site, for patients ('the right lateral recess (the side
#: channel where the L5 nerve travels)', 'foramina (the openings where the nerves exit)')
#: (led by the site's word, kept: 're' skips to its first letters, which lookbehinds prevent)
_SITE_GLOSS = re.compile(
    r"(?P<site>recess(?:es)?|foram(?:en|ina))[ \t]*\((?:the|a|an|i\.e\.,?)[ \t]"
    r"(?=[^()\n]{0,80}\b(?:nerves?|channels?|tunnels?|openings?|spaces?|pockets?|gutters?|holes?)\b)"
    r"[^()\n]{0,80}\)",
    re.I,
)


def reading_text(text: str) -> str:
    """``text`` as the labeler reads it: the field separators of reports converted from other
    systems ('Indication: back pain | Findings: | L1/L2: normal | ...') read as line breaks, so
    their headers and fields split; a table row (a line opening with '|' or a disc level:
    'L4-5 | Canal: mild | Foramina: patent') keeps its cells together; a bullet between words
    reads as a line break ('â€¢', a bullet read as Windows-1252, is a bullet); tabs read as
    spaces ('Canal:<TAB>patent', templates' aligned fields), but those between a per-level
    table's columns as '|'; Windows and old Mac line breaks ('\\r\\n', '\\r'), page breaks and
    Unicode line separators read as '\\n', non-breaking, thin, wide and zero-width spaces
    (web pages, word processors) as ' ', and Unicode hyphens and minus signs as '-'; Greek
    and Cyrillic letters drawn as Latin ones, inside a word of Latin letters, as Latin
    ('\u03a4he'); a template's bracketed options ('[normal / mild / moderate]') as spaces; an
    exported JSON, key=value or two-column CSV document's members as fields ('"canal": "mild"',
    'L4_5.canal=mild', '"Findings_L1-L2","Normal."'); a level written 'L4~5' or 'LV3' as
    'L4-5', 'L 3'; Latin 'discus intervertebralis' as 'intervertebral disc'; a form's
    question ('Is there canal stenosis?  : YES') as its field; first, the damage of an export
    (mojibake, HTML, RTF: :func:`~spinelab.labeling.exports.export_repaired`)
    undone.
    Same length as ``text``: offsets are the report's."""
    if _PLACEHOLDER_HINT.search(text) and (
        _PLACEHOLDER_HEAD.search(text) or _PLACEHOLDER_LEVEL.search(text)
    ):
        # a template's line headed by a placeholder for its level ('<<level>>: Mild disc bulge'),
        # a sentence whose level is one ('a ___ disc bulge at ___ causing ___ stenosis'): of no
        # level the report names, read as spaces
        text = _PLACEHOLDER_HEAD.sub(lambda m: " " * len(m.group()), text)
        text = _without_placeholder_levels(text)
    text = export_repaired(text)
    if "|" in text:
        text = _current_cells(text)
        if "\n " in text:
            text = _pipe_wraps(text)
    if "\\" in text:
        text = _escaped_breaks(text)
    if "~~" in text:  # wording struck through in an edited report ('~~Normal lumbar spine.~~'):
        # read as spaces
        text = _STRUCK.sub(lambda m: " " * len(m[0]), text)
    if "~" in text:
        text = _TILDE_LEVEL.sub(r"\1-", text)  # a level's tilde ('L4~5', 'L5~S1'): its dash
        if text.count("~") >= 2:
            text = _tilde_breaks(text)
    if '":' in text:  # an exported JSON document: its members read as fields
        text = _json_fields(text)
    if "=" in text:  # so are the lines of a key=value one
        text = _key_values(text)
    if '","' in text:  # and of a two-column CSV one
        text = _csv_fields(text)
    if ":" in text and ("_" in text or '"' in text or _CAMEL_HUMP.search(text)):
        text = _identifier_fields(text)  # and of one naming its fields as identifiers
    if "\r" in text:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    if not _ODD_SPACE_CHARS.isdisjoint(text):
        text = text.translate(_ODD_SPACES)
    if " .. " in text:  # a form's range of levels in two dots ('L1/L2 .. L3/L4'): 'to'
        text = _DOTS_RANGE.sub(" to ", text)
    if "ntervertebral" in text:
        text = _DISCUS_INTERVERTEBRALIS.sub(lambda m: "intervertebral disc".ljust(len(m[0])), text)
    if "LV" in text:  # a lumbar vertebra written 'LV3' (Ukraine, Russia, Turkey): 'L 3'
        text = _LV_VERTEBRA.sub("L ", text)
    if not text.isascii() and not _LOOKALIKE_CHARS.isdisjoint(text):
        text = _lookalikes_read(text)
    if "\t" in text:
        text = _tab_tables(text)  # a tab-separated per-level table reads as a '|' one
        text = text.replace("\t", " ")
    if "   " in text and _YES_NO_COLUMNS.search(text):
        text = _yes_no_marks(text)  # a checklist's marks under 'Yes' and 'No': the words
    if "   " in text and _SPACED_STUDY_HEADER.search(text):
        text = _spaced_current_column(text)  # a spaced table's columns by study: the current's
    text = _other_tables(text)  # so does one exported with ';' or laid out in spaced columns
    if "  " in text and _SIDE_SUB_FIELD.search(text):
        text = _side_sub_fields(text)  # 'Foramen   R:  mild' over '          L:  moderate'
    if "  " in text:  # a level's fields set apart by spaces ('L1-L2: Disc: none   Canal: patent')
        text = _spaced_fields(text)
    if " - " in text and ": " in text:
        text = _DASH_FIELD.sub(" ;", text)
    if " -" in text:  # 'Foramina - L4/5 moderate right': a structure's label before a dash
        text = _DASH_LABEL.sub(lambda m: m[1] + ":" + " " * (len(m[0]) - len(m[1]) - 1), text)
    if "->" in text or "\u2192" in text:  # 'Listhesis:  Y / N  ->  N': 'Listhesis: no'
        text = _YES_NO_PICKED.sub(_yes_no_picked, text)
    if "->" in text or "\u2192" in text or " :" in text:
        # 'Alignment: Normal / Listhesis -> Listhesis: ...', 'Disc:  Normal / Bulge   : Bulge'
        text = _OPTIONS_CHOSEN.sub(_chosen_option, text)
    if " - " in text:  # 'Foramina: L - moderate, R - mild': a side's letter and its colon
        text = _SIDE_DASH_VALUE.sub(_side_dash_values, text)
    if ". " in text:  # a field's other side after a full stop ending its line: after a ';'
        text = _SIDE_AFTER_STOP.sub(";", text)
    if "type" in text:  # a level's Modic type after another's ('L4-L5 type 1, L5-S1 type 2')
        text = _LEVEL_TYPE_AFTER.sub(r"\1;", text)
    if "elsewhere" in text:  # ('Modic change: type 2 at L3/4, none elsewhere'): after a ';'
        text = _NONE_ELSEWHERE.sub(";", text)
    if "(" in text:
        # a named site's lay gloss ('the right lateral recess (the side channel where the L5
        # nerve travels) is mildly narrowed'): read as spaces
        text = _SITE_GLOSS.sub(lambda m: m["site"].ljust(len(m[0])), text)
        # a side's grade in brackets after it ('R (mild)')
        text = _SIDE_GRADE_BRACKETED.sub(_unbracketed, text)
        # a site's field in brackets after a sentence ('... high-grade. (Lt. foramen: mild)')
        text = _BRACKETED_FIELD.sub(lambda m: f" {m[1]} ", text)
    if "\n" in text and _HEADED_BULLET.search(text):
        # a structure's heading over its first bullet ('ALIGNMENT' over '- Normal.'): its label
        text = _HEADED_BULLET.sub(_headed_bullet, text)
    if "Q" in text:  # a form's question number before its field ('Q7  Central canal stenosis:')
        text = _QUESTION_NUMBER.sub(lambda m: " " * len(m.group()), text)
    if ": " in text:
        text = _field_runs(text)
    if "\u20ac" in text:  # bullets and dashes read as Windows-1252 ('â€¢', 'L3â€“4')
        text = _MOJIBAKE.sub(lambda m: "  " + _MOJIBAKE_MEANT[m.group(1)], text)
    if not _BULLET_CHARS.isdisjoint(text):
        text = _INLINE_BULLET.sub(_bullet_break, text)
    if "...." in text and "[" in text:  # a finding's box after leader dots ('Listhesis .... [ ]')
        text = _LEADER_BOX.sub(_leader_box, text)
    if "...." in text:  # a label's leader dots ('Canal stenosis ...... L3-L4 mild'): a field
        text = _LEADER_DOTS.sub(_leader_label, text)
    if "?" in text:  # a form's question ('Is there canal stenosis?  : YES', 'Q4. Modic? YES')
        if "ormal?" in text:  # ('Vertebral alignment normal?   No - ...')
            text = _NOT_NORMAL_ANSWER.sub(lambda m: " " * len(m[0]), text)
        text = _QUESTION_FIELD.sub(_question_field, text)
        if "Q" in text or "q" in text:  # ('Q6 Modic? Type 2 at L4-5': any answer after its '?')
            text = _Q_NUMBERED.sub(lambda m: m[1] + " " * len(m[2]) + m[3] + ":", text)
    if "=" in text:  # findings' values after '=' ('bulge=mild; canal=none'): fields
        text = _keyed_values(text)
    if _YES_NO_VALUE.search(text):  # ('disc bulge yes, herniation no'): fields
        text = _spaced_values(text)
    if "   " in text:  # a checklist's answers in a column ('Disc bulge        No'): fields
        text = _sub_where_several(_SPACED_ANSWER, _spaced_answer, text)
    if "( )" in text or ": (x)" in text:  # a form's round boxes ('(x) none ( ) mild'): boxes
        text = _ROUND_BOX_LINE.sub(_round_boxes, text)
    if "/" in text:  # 'LR L mod / R mild': the site's field ('LR:L mod / R mild')
        text = _SITE_SIDES_SLASHED.sub(r"\1:", text)
    if "?" in text:  # 'Q: Disc bulge?   A: Yes - L3-L4': the question's field
        text = _QA_FIELD.sub(_qa_field, text)
    if "{" in text and ":" in text:  # a smart form's '{Canal: Mild}': its value alone
        text = _sub_where_several(_BRACED_VALUE, _braced_value, text)
    if "[*" in text or "/ *" in text:  # '[normal / *bulge* / protrusion]': the starred option
        text = _STARRED_OPTIONS.sub(_starred_options, text)
    if "[" in text and _AMENDMENT_NOTE.search(text):
        # an amended report's note inside its sentence ('moderate [AMENDED - previously reported
        # as severe] central canal stenosis'): read as spaces
        text = _AMENDMENT_NOTE.sub(lambda m: " " * len(m[0]), text)
    if "[" in text:  # a quotation's altered letter ('the "[r]emaining levels are ...'): the letter
        text = _ALTERED_LETTER.sub(r"  \1", text)
    if "] /" in text or "/ [" in text:  # 'Disc herniation at any level   Y / [N]': ': no'
        text = _BRACKETED_ANSWER.sub(_bracketed_answer, text)
    if "[N]" in text or "[n]" in text:
        # a checklist's answers opening its lines ('[N] Spondylolisthesis', '[Y] Disc bulge ->
        # L4-L5'): each option denied or said, where two lines or more so open
        text = _sub_where_several(
            _YES_NO_OPENING, lambda m: m[1] + ("   " if m[2] in "yY" else m[2] + "o "), text
        )
    if "]" in text and _YES_NO_BOX.search(text):
        text = _yes_no_boxes(text)
    if ("]" in text or not _BOX_CHARS.isdisjoint(text)) and _TICKED.search(text):
        text = _checkboxes(text)
        if "  " in text:  # ('Lateral recess   Rt Patent' over '                 Lt Patent')
            text = _side_sub_rows(text)
    if "  " in text and ":" in text:  # 'Foraminal stenosis  R: no    L: mild': the site's field
        text = _SITE_SIDE_FIELDS.sub(_site_side_fields, text)
    if "evel" in text:  # 'Modic change   Type: II   Level: L4/L5': 'at L4/L5'
        text = _LEVEL_FIELD_AFTER.sub(_level_field_after, text)
    if "evel normal" in text:  # a form's 'Level normal: Yes' (the level normal) or '... No'
        text = _LEVEL_NORMAL_ANSWER.sub(
            lambda m: ("normal" if m["yes"] else "").ljust(len(m.group())), text
        )
    if " of the " in text:  # ('... of the left neural foramen and mild
        # of the right': the other side's grade, 'on the right')
        text = _OTHER_SIDE_OF.sub(r"\1 on \2", text)
    if " at " in text and _MISPLACED_LEVEL.search(text):
        # 'The disc protrusion described at L4/5 is at L5/S1': the level it was misplaced at
        # read as spaces
        text = _MISPLACED_LEVEL.sub(lambda m: " " * len(m[0]), text)
    if "-" in text:
        # a checklist's 'Foraminal stenosis: Yes - L5/S1 right (mild)': the details after the yes
        # are the field's value (read as 'Foraminal stenosis: L5/S1 right (mild)')
        text = _YES_THEN_LEVEL.sub(lambda m: " " * len(m[0]), text)
    if ", " in text:  # 'Yes - mild, left, L4-5': the grade, its side and level, not a list
        text = _GRADE_SIDE_COMMAS.sub(lambda m: m[0].replace(",", "").rjust(len(m[0])), text)
    if _GRADED_AS.search(text):
        # a grade told as a (re)classification ('is more accurately characterized as moderate',
        # 'should be graded as severe'): 'is moderate'
        text = _GRADED_AS.sub(_graded_as, text)
    if "previously" in text or " from " in text:  # 'mild narrowing, improved from severe'
        text = _PRIOR_GRADE_TAIL.sub(_prior_grade_tail, text)
    if "odic" in text:  # a Modic type written 'T1' ('Modic: T1 both L45 endplates'): its digit
        text = _MODIC_T_TYPE.sub(r"\1 ", text)
    if "see " in text:  # a finding's field that points elsewhere ('Modic change: see below')
        text = _SEE_ELSEWHERE.sub(lambda m: " " * len(m.group()), text)
    if "(e" in text or "(u" in text:  # a range's exception told below ('L1/2 - L3/4 (except as
        # below): Normal'): the range's statement, which the levels' own lines then override
        text = _EXCEPT_AS_BELOW.sub(lambda m: " " * len(m.group()), text)
    if "?: " in text:  # a question answered yes, then its details ('Foraminal stenosis?: Yes;
        # Details: L5/S1 left moderate'): the details as the question's field
        text = _ANSWER_DETAILS.sub(_answer_details, text)
    if "/" in text and ("[" in text or "{" in text):
        # a template's list of options: what follows it was chosen
        text = _OPTION_LIST.sub(lambda m: " " * len(m.group()), text)
    if "):" in text and " not " in text:
        text = _LEVELS_NOT_LISTED_HEAD.sub(r"; \1. ", text)
    if " / " in text:  # one left unfilled, unbracketed, as a field's whole value
        text = _BARE_OPTION_LIST.sub(_bare_option_list, text)
    if (
        "ight:" in text
        or "IGHT:" in text
        or ". L " in text
        or ". R " in text
        or ". Left " in text
        or ". Right " in text
    ):
        # the full stop between two sides' fields of one site read as a semicolon ('Subarticular
        # zones: Right: patent. Left: severe stenosis ...': the left is the recess's too)
        text = _SIDE_FIELDS.sub(lambda m: m.group()[:-1] + ";", text)
    if ": [" in text:  # a field's value in brackets ('Modic: [None]', 'Canal: [Mild stenosis]')
        text = _BRACKETED_CHOICE.sub(r" \1 ", text)
    if "should" in text and ("/" in text or "-" in text) and _LEVEL_TYPO.search(text):
        text = _level_typos_read(text)
    if '"' in text and "read" in text:
        # the report's own words quoted in its correction ('"neural for a minimal stenosis"
        # should read "neural foraminal stenosis"'): wording, not findings; but a new grade or
        # side put in is the correction's finding ('"moderate ..." at L4-L5 should read "severe
        # ..."')
        text = _QUOTED_PAIR.sub(_quoted_pair, text)
        text = _QUOTED_WORDING.sub(lambda m: " " * len(m.group()), text)
    if "(" in text and _GLOSSED_LINE.search(text):
        # a line of another language's words, each glossed in English ('Resto de niveles (rest of
        # levels) sin hallazgos (without findings).'): its English read
        text = _GLOSSED_LINE.sub(_glosses_read, text)
    if "(" in text and "normal" in text:  # (cheap bounds: most reports have no such gloss)
        text = _GLOSSED_STATE.sub(_state_glossed, text)
    if not text.isascii():
        # words in Greek, Cyrillic, Chinese or other letters (a header's '椎间隙 Level',
        # a cell's '+ 轻度 (mild)'): the English beside them read
        keyed = set(_KEYED_SCRIPT.findall(text))
        text = _OTHER_SCRIPT.sub(
            lambda m: m.group() if m.group() in keyed else " " * len(m.group()), text
        )
    if "(" in text and ":" in text:  # a clinical question in a title's brackets: not a finding
        text = _BRACKETED_HISTORY.sub(lambda m: " " * len(m.group()), text)
    if "=" in text and _SITE_LEGEND.search(text):  # 'SC = spinal canal': 'SC mild' as 'CS mild'
        text = _legend_sites(text)
    if "|" not in text:
        return text
    if _FINDING_HEADER.search(text):
        text = _finding_tables(text)
    lines = text.split("\n")
    grid = False  # under a '|' header of level columns ('      | L1-L2 | L2-L3 | L3-L4')
    bars: set[int] = set()  # where the '|' of the table row kept on the line before stand
    for i, ln in enumerate(lines):
        if "|" not in ln:
            # (a rule line of '-' and '+' under the header keeps the grid: '------+------')
            grid = grid and RULE_LINE.fullmatch(ln) is not None
            bars = set()
            continue
        grid = grid or _GRID_HEADER.match(ln) is not None
        if not grid and not bars and _FIELD_CELLS_ROW.fullmatch(ln):
            lines[i] = ln.replace("|", ";")  # ('T12-L1:  Disc: normal | Canal: None'): clauses
            continue
        at = {k for k, c in enumerate(ln) if c == "|"}
        # (a row's second line under the bars of the one before, or its cells in brackets: a
        # header's glosses, '(level)| (bulge)  | (herniation)')
        if (
            grid
            or _TABLE_ROW.match(ln)
            or option_header_line(ln)  # ('CENTRAL CANAL | None | Mild | ...': a grid's header)
            or (len(at) > 1 and len(at & bars) * 2 > len(at))
            or (bars and _PIPED_GLOSS.fullmatch(ln))
        ):
            bars = at
        else:
            lines[i] = ln.replace("|", "\n")
            bars = set()
    return "\n".join(lines)


#: a level's line of labelled fields parted by '|', no table over it ('T12-L1:  Disc: No
#: abnormality | Canal: None | NF: None'): each field a clause
_CELL_FIELD = r"[A-Za-z][A-Za-z /.]{0,30}:[^|\n]*"
_FIELD_CELLS_ROW = re.compile(
    rf"[ \t]*{_ROW_LEVEL}[^|\n:]{{0,12}}:;?[ \t]*{_CELL_FIELD}(?:\|[ \t]*{_CELL_FIELD})+"
)


#: a line (a bullet's) of two phrases or more, each with its English in brackets after it (not a
#: legend's: 'G = left (gauche), D = right (droite)')
_GLOSSED_LINE = re.compile(
    # (a field's colon after a gloss: 'Restanti livelli (remaining levels): nella norma (normal)')
    r"(?m)^[ \t]*(?:[-*\u2022][ \t]*)?(?:[^()\n.;:=]{2,40}\([ \t]*[a-z][a-z ,/]{1,40}\)[ \t]*:?[ \t]*){2,}"
    r"[.;]?[ \t]*$"
)
#: words that make a phrase of the report's own English, not one to gloss
_READ_AS_ENGLISH = re.compile(
    r"stenos|canal|dis[ck]|bulg|herni|protru|foram|recess|normal|level|modic|listh|left|right"
    r"|\b[LTS]\d",
    re.I,
)


#: a word of another language, or two, before 'normal' in brackets, in prose ('L1-L2: normale
#: (normal levels)', 'binh thuong (normal)'): the words are read as their gloss (a grade's word
#: glossed is a table's cell, read by the tables' keys: 'usoara (mild)')
_GLOSSED_STATE = re.compile(
    r"(?<![\w(])(?P<local>[^\W\d_]{3,}(?:[ \t]+[^\W\d_]{3,})?)[ \t]+\([ \t]*normal\b[^()\n]{0,24}\)"
)
#: a run of letters of a script the rules hold no words of (Greek, Cyrillic, Armenian, Hebrew,
#: Arabic, Thai, Georgian, kana, CJK, Hangul), and a dash after it before its English ('(виражений
#: - marked)'); two letters or more (not a key's letter: 'ซ = left')
_SCRIPT_LETTER = (
    "[\u0370-\u03ff\u0400-\u04ff\u0530-\u06ff\u0e00-\u0e7f\u10a0-\u10ff\u3040-\u30ff"
    "\u4e00-\u9fff\uac00-\ud7af]"
)
_OTHER_SCRIPT = re.compile(f"{_SCRIPT_LETTER}{{2,}}(?:[ \t]*[-\u2013][ \t]*(?=[A-Za-z]))?")
#: such a word a key gives a grade ('轻度 = mild'): kept, the table's cells it keys
_KEYED_SCRIPT = re.compile(
    f"({_SCRIPT_LETTER}{{2,}})[ \t]*=[ \t]*"
    r"(?:none|normal|mild|moderate|severe|present|absent|yes|no)\b",
    re.I,
)


def _state_glossed(m: re.Match[str]) -> str:
    """A word glossed by 'normal' (:data:`_GLOSSED_STATE`) as spaces, the gloss kept;
    as written where the word is English."""
    local = m["local"]
    if any(is_english_word(word) for word in local.split()):
        return m.group()
    return " " * len(local) + m.group()[len(local) :]


#: a gloss in brackets, and a word of letters
_BRACKETED = re.compile(r"\(([^()]*)\)")
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def _glosses_read(m: re.Match[str]) -> str:
    """A glossed line (:data:`_GLOSSED_LINE`) as its glosses alone, the same length: the words
    outside the brackets and the brackets as spaces; left as written where those words are
    English (:data:`_READ_AS_ENGLISH`) or there are none."""
    line = m.group()
    outside = _BRACKETED.sub(" ", line)
    if _READ_AS_ENGLISH.search(outside) or not _LETTERS.search(outside):
        return line  # (English, or glosses alone: a header's line of them)
    out = [" "] * len(line)
    if ":" in outside:  # (a field's colon kept)
        out[line.index(":")] = ":"
    for gloss in _BRACKETED.finditer(line):
        out[gloss.start(1) : gloss.end(1)] = gloss[1]
    return "".join(out)


def _case_title(text: str, start: int, body: int, stop: int) -> bool:
    """Whether a header that runs on to the next (``[start, stop)``, its words from ``body``)
    opens the text with words after it on its line: a case's title ('Teaching point: isthmic
    spondylolisthesis'), the case told under it, not the header's."""
    eol = text.find("\n", body, stop)
    return not text[:start].strip() and eol > 0 and bool(text[body:eol].strip())


@dataclass(frozen=True, slots=True)
class Section:
    """A stretch ``[start, end)`` of the text and its kind."""

    kind: SectionKind
    start: int
    end: int
    body: int = -1  # where the text after the header starts (-1: no header)


class Sentence(NamedTuple):
    """A sentence ``[start, end)`` with its section kind, line and paragraph numbers.

    ``item_start``: the sentence opens a numbered list item ("2. At L4-5 ...").
    (A named tuple: a report has ~25, built on every call.)"""

    start: int
    end: int
    section: SectionKind
    line: int
    paragraph: int
    item_start: bool


def _inline_header_re(lits: list[str]) -> re.Pattern[str]:
    """A header in capitals followed by a colon, not glued to a letter before it:
    ``(?<![A-Za-z])(?=[A-Z])(?P<h>ALT)\\s*:`` with ``ALT`` the upper-cased literals. Written with
    the alternatives grouped by their first letter (order kept) and that letter first, so ``re``
    jumps to those letters (same matches, a few times faster)."""
    ups = [x.upper() for x in lits]
    groups: dict[str, list[str]] = {}
    for u in ups:
        groups.setdefault(u[0], []).append(re.escape(u[1:]).replace(r"\ ", r"\s+"))
    if not all("A" <= c <= "Z" for c in groups):
        alt = "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in ups)
        return re.compile(rf"(?<![A-Za-z])(?=[A-Z])(?P<h>{alt})\s*:")
    alts = "|".join(f"{c}(?<![A-Za-z]{c})(?:{'|'.join(rest)})" for c, rest in groups.items())
    return re.compile(rf"(?P<h>{alts})\s*:")


def _excluding(sections: list[Section], spans: list[tuple[int, int]]) -> list[Section]:
    """``sections`` with the text of ``spans`` (sorted, disjoint) made excluded sections."""
    out: list[Section] = []
    for sec in sections:
        pos = sec.start
        for a, b in spans:
            a, b = max(a, sec.start), min(b, sec.end)
            if a >= b:
                continue
            if a > pos:
                out.append(Section(sec.kind, pos, a, sec.body if sec.body < a else -1))
            out.append(Section("excluded", a, b))
            pos = b
        if pos < sec.end:
            out.append(Section(sec.kind, pos, sec.end, sec.body if sec.body >= pos else -1))
    return out


#: a year (also findings': a grade in a level's brackets with one is an earlier study's)
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


class _QuoteRegexes(NamedTuple):
    """The compiled ``imaging_quote`` rules: the headers whose section may quote the imaging,
    the quote's opener, an earlier study's words, any disc level, a study named with its year."""

    header: re.Pattern[str]
    opener: re.Pattern[str]
    earlier: re.Pattern[str]
    disc: re.Pattern[str]
    study_year: re.Pattern[str]


def _sentence_start(text: str, start: int, at: int) -> int:
    """Where the sentence holding ``at`` starts, not before ``start``."""
    return max(start, *(text.rfind(c, start, at) + 1 for c in ".!?\n"))


class SectionSplitter:
    """Splits report text into sections and sentences (rules from ``sections.yaml``)."""

    def __init__(
        self,
        rules: SectionsFile,
        level_line_re: re.Pattern[str],
        disc_re: re.Pattern[str] | None = None,
    ) -> None:
        """``level_line_re``: a line opening with a disc level (it ends an excluded section);
        ``disc_re``: any disc level spelling (a radiology report's sections name one; None: the
        ``imaging_quote`` rules are not used)."""
        self.kind_of: dict[str, SectionKind] = {}
        self.runs_on: set[str] = set()  # excluded headers whose section runs to the next one
        alone: list[str] = []  # headers only alone on their line
        quoting: list[str] = []  # excluded headers whose section may quote the imaging
        for h in rules.headers:
            lit = (h.literal or h.pattern or "").lower()
            self.kind_of[lit] = h.section
            if h.runs_on:
                self.runs_on.add(lit)
            if h.alone:
                alone.append(lit)
            if h.quotes_imaging:
                quoting.append(lit)
        q = rules.imaging_quote
        self._quote: _QuoteRegexes | None = None
        if q is not None and quoting and disc_re is not None:
            names = "|".join(
                re.escape(x).replace(r"\ ", r"\s+") for x in sorted(quoting, key=len, reverse=True)
            )
            self._quote = _QuoteRegexes(
                re.compile(rf"[ \t]*(?:{names})\b", re.I),
                re.compile(q.opener, re.I),
                re.compile(q.earlier, re.I),
                disc_re,
                re.compile(q.study_year, re.I),
            )
        lits = sorted((x for x in self.kind_of if x not in alone), key=len, reverse=True)
        alt = "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in lits)
        main = "|".join(
            re.escape(x).replace(r"\ ", r"\s+")
            for x in lits
            if self.kind_of[x] in ("findings", "impression", "addendum")
        )
        # line-start header, any case: 'FINDINGS:', 'Findings\n', 'impression  text', 'Findings T12'
        # (a note in parentheses before the colon: 'Findings (verbatim):', 'IMPRESSION (prelim):')
        # (or its date after a dash: 'ADDENDUM - 12/08/2015')
        note = (
            # (or its number, perhaps before its date: 'ADDENDUM #1 (06/04/2024):')
            # (or a de-identified date in brackets: 'ADDENDUM [DATE 09:12]:')
            r"(?:[ \t]*\([^()\n]{1,60}\)|[ \t]*\[[^\[\]\n]{2,60}\]"
            r"|[ \t]*#[ \t]?\d{1,2}(?:[ \t]*\([^()\n]{1,60}\))?"
            r"|[ \t]+[-\u2013][ \t]*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?=[ \t]*(?::|\r?\n|$))"
            # (or another header's name after a dash: 'AMENDED REPORT - ADDENDUM')
            rf"|[ \t]+[-\u2013][ \t]*(?P<then>{main})(?=[ \t]*(?::|\r?\n|$)))?"
        )
        lone = "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in alone) or "(?!)"
        self.line_re = re.compile(
            # (a header opening a bracketed note: '[Translator's note: ...]')
            rf"^[ \t]*(?:(?:\[[ \t]*)?(?P<h>{alt}){note}[ \t]*(?::|(?=[ \t]*(?:\r?\n|$)))"
            rf"|(?P<m>{main})(?:[ \t]{{2,}}|[ \t]+(?=[A-Z0-9]))"
            rf"|(?P<a>{lone})[ \t]*:?(?=[ \t]*(?:\r?\n|$))"
            # (another language's header glossed: 'Zakljucak (Conclusion):', 'Kesan (Impression):',
            # or a findings or impression header beside its translation: 'Hallazgos / Findings:',
            # 'CONCLUSAO / CONCLUSION:'; not 'Clave / Key:', a table's key read as the table's)
            rf"|[^\W\d_]{{3,24}}[ \t]*\([ \t]*(?P<gl>{alt})[ \t]*\)[ \t]*:"
            rf"|[^\W\d_]{{3,24}}[ \t]*/[ \t]*(?P<gm>{main})[ \t]*:)",
            re.I | re.M,
        )
        # mid-line header in capitals after a sentence end: '... normal. IMPRESSION: 1.'
        self.inline_re = _inline_header_re(lits)
        self._inline_before = re.compile(r"(?:[.!?,;:]\s*|\s\s)$")
        # FINDINGS / IMPRESSION in any case after a full stop, a colon or a comma, or a quote
        # closing there (a flattened or lower-cased report): '... comparison: none. findings: ...'
        # (or after a ';' with no space: 'Canal: mild;Impression:', :func:`_field_runs`)
        # (in capitals, a dash for the colon: '..., no abnormality, IMPRESSION - L4/L5 ...')
        self.inline_any_re = re.compile(
            rf"(?:[.!?;:,][\"\u201d']?\s+|;)(?P<h>{main}){note}"
            r"(?:\s*:|(?<=(?-i:[A-Z]{2}))[ \t]+[-\u2013](?=[ \t]))",
            re.I,
        )
        # an impression's word with no colon after a full stop, opening the impression of a
        # flattened dictation ('... foramina patent. impression mild spondylosis ...'); not
        # prose ('Impression on the thecal sac', 'The impression is of ...')
        self.inline_bare_re = re.compile(
            r"[.!?][\"\u201d']?[ \t]+(?P<h>impression|conclusion|opinion)[ \t]+"
            r"(?!(?:of|on|upon|onto|into|is|are|was|were|that|made|given|from|with|by|to|as)\b)"
            r"(?=[a-z0-9])",
            re.I,
        )
        self.level_line_re = level_line_re
        self.posts = rules.posts

    def headers(self, text: str) -> list[tuple[int, int, SectionKind, bool]]:
        """(header start, body start, kind, runs on) of every header, in order."""
        found: dict[int, tuple[int, int, SectionKind, bool]] = {}
        for rx in (self.line_re, self.inline_re, self.inline_any_re, self.inline_bare_re):
            for m in rx.finditer(text):
                named = m.groupdict()
                g = next(x for x in ("h", "m", "a", "gl", "gm") if named.get(x))
                name = re.sub(r"\s+", " ", m.group(g)).lower()
                kind = self.kind_of.get(name)
                if kind is None or (named.get("then") and kind != "addendum"):
                    continue  # (a header after a dash only after an addendum's: 'AMENDED REPORT
                    # - ADDENDUM', not 'MRI LUMBAR SPINE - AMENDED REPORT')
                if (
                    rx is self.inline_re
                    and not self._inline_before.search(text, max(0, m.start() - 3), m.start())
                    # 'MR LUMBAR SPINE IMPRESSION: 1. ...' (a flattened report in capitals)
                    and not text[m.start() - 1 : m.start()].isspace()
                ):
                    continue
                s = m.start() if g in ("gl", "gm") else m.start(g)
                # (not a header inside another: 'PREOPERATIVE DIAGNOSIS:' holds 'DIAGNOSIS:')
                if not any(abs(s - k) < 3 or k < s < h[1] for k, h in found.items()):
                    found[s] = (s, m.end(), kind, name in self.runs_on)
        out = [found[k] for k in sorted(found)]
        # two columns read across: 'OBSERVATIONS :      PROTOCOL :' heads a findings column and
        # a technique column on one line; the lines under them mix both, and only the findings
        # name anything, so the excluded column's header is dropped
        return [
            h
            for i, h in enumerate(out)
            if i == 0
            or h[2] != "excluded"
            or out[i - 1][2] == "excluded"
            or not _COLUMN_GAP.fullmatch(text, out[i - 1][1], h[0])
        ]

    def sections(self, text: str) -> list[Section]:
        """Sections covering the text in order (excluded parts included, kind 'excluded')."""
        hdrs = self.headers(text)
        out: list[Section] = []
        pos, main = 0, "other"
        for i, (hs, body, kind, runs_on) in enumerate(hdrs):
            if hs > pos:
                out.append(Section(main, pos, hs))
            nxt = hdrs[i + 1][0] if i + 1 < len(hdrs) else len(text)
            if kind == "excluded" and runs_on and not _case_title(text, hs, body, nxt):
                out.append(Section("excluded", hs, nxt, body))
                pos = nxt
            elif kind == "excluded":
                stop = nxt
                eol = first = text.find("\n", body, nxt)
                keyed = _KEY_HEADER.match(text, hs) is not None
                while eol > 0 and (
                    _wrapped_at(text, eol)  # its line wrapped: read on
                    # (a key's entries on the indented lines under it: 'Legend: SCS = ...' over
                    # '        "-" in Disc column = no disc pathology')
                    or (keyed and _INDENTED.match(text, eol + 1) is not None)
                ):
                    eol = text.find("\n", eol + 1, nxt)
                if eol > 0 and text[body:eol].strip():
                    stop = eol  # 'INDICATION: back pain.' is a one-line section
                elif (
                    first < 0
                    and (i + 1 == len(hdrs) or hdrs[i + 1][2] != "excluded")
                    and (fs := _FIRST_STOP.search(text, body, nxt))
                ):
                    # a flattened report whose findings have no header of their own
                    # ('COMPARISON: None. There is ... Opinion: ...'): the section is its first
                    # sentence (up to another excluded header, it runs on: 'HISTORY: ... .
                    # Evaluate for L4-5 disc herniation. COMPARISON: ...')
                    stop = fs.end()
                b = _BLANK.search(text, body, stop)
                if b:
                    stop = b.start()
                lv = self.level_line_re.search(text, body, stop)
                if lv:
                    stop = lv.start()
                out.append(Section("excluded", hs, stop, body))
                pos = stop
            else:
                if (
                    kind == "addendum"
                    and _CORRECTION.search(text, hs, nxt)
                    # (after the report's findings: a corrected report's note above them tells
                    # what they already say, 'AMENDED REPORT: side ... corrected from left to
                    # right' over the corrected findings)
                    and any(x.kind in ("findings", "impression") for x in out)
                ):
                    # an addendum that corrects the report (or headed so: 'Correction: the canal
                    # stenosis is moderate, not severe'): its last word
                    kind = "correction"
                main = kind
                out.append(Section(kind, hs, nxt, body))
                pos = nxt
        if pos < len(text):
            out.append(Section(main, pos, len(text)))
        if self._quote is not None and any(s.kind == "excluded" for s in out):
            out = self._quoted_imaging(text, out)
        if self.posts is not None and (not_report := self.posts.not_the_report(text)):
            out = _excluding(out, not_report)
        return [s for s in out if s.end > s.start and not text[s.start : s.end].isspace()]

    def _quoted_imaging(self, text: str, sections: list[Section]) -> list[Section]:
        """``sections`` with a note's quote of its imaging (``imaging_quote``) in an excluded
        section made an 'other' section from the quote to the section's end; unchanged in a
        text whose FINDINGS, IMPRESSION or addendum names a disc level (a radiology report)."""
        q = self._quote
        assert q is not None
        if any(
            s.kind not in ("excluded", "other")
            and q.disc.search(text, max(s.start, s.body), s.end) is not None
            for s in sections
        ):
            return sections
        out: list[Section] = []
        for sec in sections:
            quote = None
            if sec.kind == "excluded" and q.header.match(text, sec.start, sec.body):
                # the first opener with no earlier study's word before it in its sentence
                quote = next(
                    (
                        m
                        for m in q.opener.finditer(text, sec.body, sec.end)
                        if q.earlier.search(
                            text, _sentence_start(text, sec.body, m.start()), m.start()
                        )
                        is None
                    ),
                    None,
                )
            if (
                quote is not None
                # (the year in the opener, or before it in its sentence: 'He recalls being told
                # in about 2015 that an MRI showed ...')
                and (
                    year := YEAR.search(
                        text, _sentence_start(text, sec.body, quote.start()), quote.end()
                    )
                )
                is not None
            ):
                if any(
                    int(y["year"]) > int(year.group())
                    for y in q.study_year.finditer(text)
                    if not year.start() <= y.start() < quote.end()
                ):
                    quote = None  # a later study is named: the quote is of an earlier one
            if quote is None:
                out.append(sec)
                continue
            out.append(Section("excluded", sec.start, quote.start(), sec.body))
            out.append(Section("other", quote.start(), sec.end))
        return out

    def sentences(self, text: str, sections: list[Section]) -> list[Sentence]:
        """Sentences of the non-excluded sections, with line and paragraph numbers."""
        blanks = [m.start() for m in _BLANK.finditer(text)]
        n_blanks = len(blanks)
        out: list[Sentence] = []
        add = out.append
        para = 0  # blank-line starts before the sentence (sentences come in order)
        breaks, listed = _line_breaks(text)
        run_on = (
            _RUN_ON_HINT.search(text) is not None or _STATE_RUN_ON_HINT.search(text) is not None
        )
        post_stops = [rx for hint, rx in _POST_STOPS if hint.search(text)]
        unpunctuated = _unpunctuated(text)
        legends = (
            [m.span() for m in _LEGEND_LINE.finditer(text)]
            if ("(" in text and (";" in text or "- :" in text or "-:" in text))
            or "= " in text
            or '-" ' in text
            else []
        )
        if _CODE_KEY_HINT.search(text):
            legends += [m.span() for m in _CODE_KEY.finditer(text)]
        legends += [m.span() for m in _DISC_KEY_LINE.finditer(text)]
        if "?" in text:  # a quiz's options, not statements ('... diagnosis?\nA) Modic type 1 ...')
            legends += [m.span(1) for m in _QUIZ_OPTIONS.finditer(text)]
        for sec in sections:
            if sec.kind == "excluded":
                continue
            kind = sec.kind
            pos = max(sec.start, sec.body)
            prev_numbered = False
            bounds = [
                (m.start() + (1 if text[m.start()] == "." else 0), m.end())
                for m in _SENT_SEP.finditer(text, pos, sec.end)
            ]
            # a dictated sentence with its full stop missing ('... stenosis At the L5-S1 level')
            slips = [(m.start(), m.end()) for m in _MISSING_STOP.finditer(text, pos, sec.end)]
            if "otherwise" in text:
                slips += [m.span(1) for m in _FIELD_OTHERWISE.finditer(text, pos, sec.end)]
            if run_on:
                slips += [(m.start(), m.end()) for m in _RUN_ON_STOP.finditer(text, pos, sec.end)]
            if "1) " in text:
                slips += [
                    m.span()
                    for m in _INLINE_ITEM.finditer(text, pos, sec.end)
                    if _run_on_item(text, m.start())
                ]
            for a, b in unpunctuated:
                if a < sec.end and b > pos:
                    slips += [
                        m.span()
                        for m in _UNPUNCTUATED_LEVEL.finditer(text, max(a, pos), min(b, sec.end))
                    ]
            for rx in post_stops:
                slips += [m.span(1) for m in rx.finditer(text, pos, sec.end)]
            if listed:  # 'L5 S1 - normal\nrest of lumbar spine normal': a list's lines
                slips += [(p, p + 1) for p in listed if pos <= p < sec.end]
            if slips:
                bounds = sorted(bounds + slips)
            bounds.append((sec.end, sec.end))
            for e, nxt in bounds:
                seg = text[pos:e]
                s = pos
                pos = nxt
                ls = seg.lstrip()
                if not ls:
                    continue
                stripped = ls.rstrip()
                if len(stripped) <= 3 and _NUMBERED.fullmatch(seg):
                    prev_numbered = True
                    continue
                s2 = s + len(seg) - len(ls)
                if legends and any(a <= s2 < b for a, b in legends):
                    continue  # a table's legend in brackets: a key, not a statement
                line = bisect.bisect_left(breaks, s2)
                while para < n_blanks and blanks[para] <= s2:
                    para += 1
                add(
                    Sentence(
                        s2,
                        s2 + len(stripped),
                        kind,
                        line,
                        para,
                        prev_numbered
                        or (stripped[0].isdigit() and _ITEM_NUMBER.match(stripped) is not None),
                    )
                )
                prev_numbered = False
        return out
