"""Per-level tables with a header row, read cell by cell under their column's name.

Structured reports often tabulate the levels::

    Level | Disc        | Canal  | Foramina
    L3-4  | broad bulge | mild   | patent
    L4-5  | protrusion  | severe | mod L / mild R

A cell ("mild", "patent") says nothing without its column's name, so the document loop reads
each cell as ``"<level>: <column>: <cell>."`` (:attr:`TableCell.reading`) and gives the rows it
states to the cell's span of the report. Only tables whose header row opens with a level column
("Level", "Disc level", "Segment") are read this way; a row opens with a disc level; a markdown
rule line under the header is skipped (tables separated by tabs or ';', or laid out in columns of
spaces, arrive here with '|' between their columns: ``sections.reading_text``). A normal cell
('N', 'WNL', 'Nil', '0'; a code the report's key calls normal: 'o.B. = no pathological
findings'; a dash where the key says so, or, no key saying what a dash is, in a row that writes
no normal cell out: 'L1/2 | - | - | -', not '| normal | - | normal |') reads "<level>: <column>
is normal." (the column's structure, not the whole level), or "<level>: no <column>." under a
column that names the finding ('Central stenosis', 'CCS'); a '+' or 'Y' cell (or a code the key
calls present: a tick, its bracketed note read as the cell) states its column's finding; a column
named with its side after or before its site ('NF R', 'NFN-L', 'L-NF', 'F-L') reads with the
side first, a site in short ('F', 'LR') as its name; a column of several sites ('Stenosis C /
LF / RF') reads each part of its cell under its own; of columns dated by their study ('Canal
2021 | Canal 2025') only the newest are read, and a 'Current' column beside a 'Prior (2019)' one
reads bare; a digit 0-3 is a grade under a column graded 0-3 ('Foraminal (Lee)', 'Lee SA (L/R)':
the subarticular zones'), and a code under any stenosis column of a report whose key grades its
codes ('0 = none, 1 = mild, 2 = moderate, 3 = severe', '- none, + mild, ++ moderate, +++
severe'; '1-2' the higher); a letter A-D under a 'Schizas' column is the canal's grade. A
legend spelling out abbreviations ('CS: central canal stenosis', 'LRS lateral recess stenosis')
names the columns they head (:class:`CellKey`). A cell of checkboxes reads as what it ticks
('[x]', '[ ] mild [x] mod [ ] sev', '[x] L [ ] R'; none ticked: normal), a tick or a cross as
present or absent ('\u2713 (small central)'), '(+)mild' as the grade, '(-)' as normal. A column
naming each row's site ('Level | Structure | Current') names the row's other cells, and a date
column beside a 'Current' one is the earlier study's; a column of the level's whole account
('Findings', 'Observations', 'Comment') reads bare, and a tick under a column named 'Normal'
makes the level normal.
A list headed by its finding or one site, its levels on the lines under it ("Spinal canal
stenosis:" over "   L2-3: mild" and "   L5-S1: none", "- Left L3/4: moderate"), is read as a
one-column table, and one with a header line of sides under its heading ("Foraminal assessment:"
over "      Left      Right" over "L3/4    mild    patent") as a table of a column per side
(:func:`headed_list_rows`).
A grid whose columns are the levels (a header line of levels, perhaps after 'Segment', over rows
of a finding's name and its cells) is read cell by cell the same way (:func:`level_column_rows`).
A tick grid whose columns are grades ('none  mild  moderate  severe') over rows of a level, a site
and a mark under one grade ('L5-S1 recess L      x') reads each row as its grade
(:func:`grade_column_rows`). A level over a column per side ('  L4-L5    Right    Left') over rows
of a site's cells ('  Foramen    patent    mild') reads each cell under its side and site
(:func:`level_sides_rows`).
Offsets are characters of the text given (the reading text: same length as the report).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from spinelab.labeling.levels import parse_levels
from spinelab.labeling.sides import SIDE, side_name, side_pair
from spinelab.labeling.tagger import GRADE_RANK
from spinelab.schema import LUMBAR_LEVELS

#: the level column's name in a header row ('Level', 'Disc level', 'Segment'); sections.py keeps
#: such a header row whole, as it keeps the rows
LEVEL_COLUMN = (
    # ('Stage', French 'Étage'; 'Intervertebral disc', 'Space'; Dutch and French 'Niveau', Spanish
    # 'Nivel', Portuguese 'Nível', Italian 'Livello', Turkish 'Seviye', Swedish 'Nivå', Czech
    # 'Etáž')
    r"(?:(?:per[ \t]+|disc[ \t]+)?(?:level(?:s|\(s\))?|segments?|segm?\.?|lvl|interspaces?|stages?"
    r"|[e\u00e9]tages?|niveau|niveaux|nivel|n\u00edvel|livello|seviye|niv[a\u00e5]|et[a\u00e1][z\u017e]"
    # (Finnish 'Taso', Polish 'Poziom', Hungarian 'Szint' and 'Szegmentum', Italian and Spanish
    # 'Segmento', Spanish 'Espacio'; French 'Disques' below)
    r"|taso|poziom|szint|szegmentum|segmento|espacio"
    r"|(?:dis[ck](?:al)?[ \t]+)?spaces?)|(?:intervertebral[ \t]+)?dis(?:[ck]s?|ques?)"
    # (a form's corner cell over its level columns: 'Checklist', 'Parameter', 'Criteria')
    r"|check[ \t]?list|parameters?|criteri(?:a|on))"
)
#: a column named as the level's by the word alone ('Level', 'Segment'), not as the disc's
LEVEL_NAME = re.compile(r"[ \t]*(?:levels?|segments?|lvl|interspaces?)\b", re.I)
#: a cell naming the level column, whole (a header's first cell; a broken name mended); or its
#: name in another language, glossed ('Tang (level)')
HEADER_FIRST = re.compile(
    rf"{LEVEL_COLUMN}|(?:[^\W\d_]+[ \t]+){{1,2}}\([ \t]*{LEVEL_COLUMN}[ \t]*\)", re.I
)
_LUMBOSACRAL = re.compile(r"lumbo-?sacral", re.I)
_ROW_FIRST = re.compile(
    r"(?:at\s+)?(?:[LTDS]|th)\s?-?\s?\d{1,2}(?:\b|(?=[LS]\d)).*|lumbo-?sacral", re.I
)
#: a row's first cell naming another region of the spine or a cervical level ('T-spine | small
#: protrusions T7-T8', 'C5-C6 | protrusion' among a whole spine's rows): not a lumbar row, and
#: not the table's end
OTHER_REGION = (
    r"(?:[CT][- ]?spine|(?:cervical|thoracic|dorsal)(?:[ \t]+(?:spine|levels?|discs?))?"
    r"|C[ \t]?-?[ \t]?[1-7](?:[ \t]?[-/][ \t]?(?:C|T)?[ \t]?-?[ \t]?[1-7])?"
    # (a thoracic disc above the schema's: 'T11-T12', 'Th10/11', 'D9-10')
    r"|(?:T|Th|D)(?:[1-9]|1[01])[ \t]*[-/][ \t]*(?:T|Th|D)?(?:[1-9]|1[0-2])(?![0-9]))"
)
_OTHER_REGION_ROW = re.compile(rf"[ \t]*{OTHER_REGION}[ \t]*", re.I)
#: a row's first cell standing for the levels the table does not name ('Others', 'Remaining')
_OTHERS_ROW = re.compile(
    r"(?:all\s+)?(?:the\s+)?(?:others?|other\s+levels?|remaining(?:\s+levels?)?|rest"
    r"|remainder)(?:\s+levels?)?\s*",
    re.I,
)
#: a table's rule line, under its header or between rows ('--------|-------', '|:---|---:|',
#: '====+===', '+----+----+'); sections.py keeps a spaced table open across one
RULE_LINE = re.compile(r"[ \t|:+=_-]*[-=_][ \t|:+=_-]*")
#: a table row of a level alone, its cells left blank ('T12-L1')
LEVEL_ALONE = re.compile(r"[ \t]*[LTDS][ \t]?-?[ \t]?\d{1,2}[-/][LTDS]?[ \t]?\d{1,2}[ \t]*", re.I)
#: a disc level as a row or a clause writes it, its two vertebrae apart by a dash or a slash
#: ('L4-L5', 'L4/5', 'L5-S1', 'T12-L1')
DASHED_LEVEL = r"[LTD]\s?\d{1,2}\s*[-/\u2013]\s*[LS]?\s?\d{1,2}"
#: (compiled: any such level in a text)
ANY_LEVEL = re.compile(DASHED_LEVEL, re.I)
#: a cell that says the column's structure is normal ('N', 'Nl', 'WNL', 'Nil', 'Normal', '0'; a
#: measure of nothing: '0 mm' of listhesis)
_NORMAL_CELL = re.compile(
    r"(?:n|nl|nml|norm|normal|regular|preserved|conserved|nil|none|neg|negative|wnl|nad"
    r"|unremarkable|no|ok|0)\.?"
    r"|o\.?[ \t]?b\.?"  # (German 'o.B.', ohne Befund: no finding)
    r"|[-\u2013][ \t]?ve"  # ('-ve': negative)
    r"|0(?:\.0+)?\s*(?:mm|%)"
    r"|\(-\)|[\u2717\u2718]",
    re.I,
)
#: a stenosis column's cell saying its site is open
_OPEN_CELL = re.compile(r"(?:patent|clear|free|open|adequate)\.?", re.I)
#: a footnote's mark ending a cell ('Yes*', 'narrowed**', 'mild\u2020', 'Mod^1', 'mild\u00b9', a
#: grade's '1+')
_FOOTNOTE_MARK = re.compile(
    r"(?<=[a-z0-9)])[ \t]*(?:\*{1,3}|[\u2020\u2021]{1,2}|\^\d|[\u00b9\u00b2\u00b3]|(?<=\d)\+)\Z",
    re.I,
)
#: the marks that tick a box ('[x]', '[X]', '[\u2713]', '[\u221a]'; a grid's dot: '\u25cf')
TICK_MARKS = "xX\u2713\u2714\u221a\u25cf"
#: what a box holds, ticked or not (a box marked with a dash is not ticked: '[-] = assessed,
#: absent'), a character class's body
BOX_MARKS = TICK_MARKS + " -"
#: a key's meaning that a mark says nothing ('not assessed', 'not separately assessed', 'not
#: described')
_NOT_SAID = (
    r"not\s+(?:(?:separately|individually|specifically)\s+)?"
    r"(?:assess|evaluat|seen|visuali|stated|reported|applicable|described|commented)"
)
#: a key saying a box marked with a dash says nothing ('[-] not assessable (metal artefact)')
_DASH_BOX_UNREAD = re.compile(rf"\[\s*-\s*\]\s*(?:=|:|-)?\s*{_NOT_SAID}", re.I)
#: a cell of such boxes only, perhaps each with its side ('[-]', '[-] L      [-] R')
_DASH_BOX_CELL = re.compile(r"\s*\[\s*-\s*\](?:\s*[LR]\b)?(?:\s+\[\s*-\s*\](?:\s*[LR]\b)?)*\s*")
#: a checkbox and the words after it, up to the next one ('[x] L', '[ ] mild', '[-] mild')
_BOX = re.compile(rf"\[\s*(?:([{TICK_MARKS}])|-)?\s*\]\s*([^\[]*)")
_BOX_NOTE = re.compile(r"\(([^()]*)\)\s*$")
_BOX_SIDES = {"l": "left", "r": "right", "left": "left", "right": "right", "bil": "bilateral"}
#: a column whose ticks say the level is normal ('Normal', 'NAD', 'WNL')
_NORMAL_WORDS = r"normal|nad|wnl|unremarkable"
_NORMAL_COLUMN = re.compile(rf"\s*(?:{_NORMAL_WORDS})\s*", re.I)
#: a '(+)' cell with a note after it ('(+)mild', '(+) Lt', '(+)bil'): the note is of the finding
_PLUS_NOTED = re.compile(r"\(\+\)\s*([a-z].{0,30})", re.I)
#: a column of the level's whole account ('Findings', 'Observations', 'Comment'): its cells read
#: bare, as the report's sentences about the level
_ACCOUNT_COLUMN = re.compile(
    r"\s*(?:findings?|observations?|description|comments?|remarks?|details|report"
    # (a posture's column of an upright or positional MRI: 'Level | Supine (0 deg) | Standing
    # (90 deg)', 'Neutral | Flexion | Extension')
    r"|(?:supine|recumbent|upright|standing|seated|sitting|weight[\s-]?bearing|neutral|flexion"
    r"|extension|loaded|unloaded)(?:\s+(?:position|images?))?(?:\s*\([^()]{0,20}\))?)\s*",
    re.I,
)
#: a cell that states its column's finding ('+', '(+)', 'Y', 'Yes', a tick)
_PLUS_CELL = re.compile(r"\+|\(\+\)|y|yes|[\u2713\u2714]", re.I)
#: a dash cell, normal where the report's key says so ('Key: "-" = no abnormality', '(- = normal)')
_DASH_CELL = re.compile(r"[-\u2013\u2014]{1,3}")  # (or '---')
#: a column of whatever else a level shows ('Others', 'Remarks'): its dash says nothing more
_REMARKS_COLUMN = re.compile(
    r"(?:others?|other\s+findings?|remarks?|comments?|notes?|additional(?:\s+findings?)?"
    r"|misc(?:ellaneous)?)",
    re.I,
)
#: a word, or two, in another language ('hafif', 'utan anmärkning'), before its English in
#: brackets or after it in a legend
#: (or joined by a hyphen: 'licht-matig (mild to moderate)')
_LOCAL_WORDS = r"[^\W\d_]{2,}(?:-[^\W\d_]{2,})?(?:[ \t][^\W\d_]{2,})?"
_DASH_KEY = re.compile(
    r"[\"'\u201c\u2018(]{0,2}[-\u2013\u2014]{1,3}[\"'\u201d\u2019)]?\s*"
    # (of one column: '"-" in Disc column = no disc pathology')
    r"(?:in\s+(?:the\s+|any\s+)?[\w /]{1,30}?\s+(?:column|cell|field)s?\s*)?"
    # (or its meaning right after its brackets or quotes, or a spaced dash after the quotes: '(-)
    # normal', '"-" no abnormality', '"-" - normal')
    r"(?:=|:|means|denotes|indicates|(?<=\))|(?<=[\"\u201d])(?:\s*[-\u2013](?=\s))?)\s*"
    # (its meaning in another language first, the English in brackets: '"-" = ej bedömt (not
    # assessed)')
    rf"(?:{_LOCAL_WORDS}[ \t]*\(\s*)?"
    r"(?:(?P<normal>no\s+(?:significant\s+)?(?:dis[ck]\s+)?"
    r"(?:abnormality|findings?|stenosis|narrowing|bulge|herniation|pathology)"
    r"|normal|none|nil|negative|unremarkable|absent|free|patent)"
    # ('not separately assessed')
    rf"|{_NOT_SAID}|n/?a\b)",
    re.I,
)


#: a key of the two signs, each before its meaning with a space ('+ present; - absent')
_SIGN_KEY = re.compile(
    r"\+[ \t]*(?:=|:)?[ \t]*present[ \t]*[;,/][ \t]*[-\u2013][ \t]*(?:=|:)?[ \t]*"
    r"(?P<normal>absent|negative|none)\b",
    re.I,
)


class TableCell(NamedTuple):
    """One cell of a tabulated level: its span ``[start, end)`` and the sentence to read."""

    start: int
    end: int
    reading: str


class TableRow(NamedTuple):
    """A row of a headed table: its line ``[start, end)`` and its cells after the level."""

    start: int
    end: int
    cells: list[TableCell]


def _parts(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    """Spans of the ``sep``-separated parts of ``[start, end)``, each stripped of spaces."""
    out: list[tuple[int, int]] = []
    pos = start
    for part in text[start:end].split(sep):
        a, b = pos, pos + len(part)
        pos = b + len(sep)
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        out.append((a, b))
    return out


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the '|'-separated cells of the line ``[start, end)``, stripped; a leading or
    trailing '|' opens or closes the row, not an empty cell."""
    out = _parts(text, start, end, "|")
    if out and out[0][0] == out[0][1]:
        out.pop(0)
    if out and out[-1][0] == out[-1][1]:
        out.pop()
    return out


def _cell_end(text: str, b: int, end: int) -> int:
    """Where the cell whose text ends at ``b`` closes: its '|', or the line's ``end``."""
    bar = text.find("|", b, end)
    return end if bar < 0 else bar


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, line) of each line of ``text``: offsets in ``text``, the line break left out."""
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        yield pos, end, line
        pos = end + 1


class CellKey(NamedTuple):
    """A report's key to its table cells: whether a dash is normal ('Key: "-" = no
    abnormality'), and the grade of each code it defines ('0 = none, 1 = mild, 2 = moderate, 3 =
    severe', '(- none, + mild, ++ moderate, +++ severe)', '(o.B. = no pathological findings)'):
    code (lower case, no spaces, '-' for any dash) -> 'none', 'mild', 'moderate', 'severe',
    'present' ('\u2713 = present, \u2717 = absent') or '' (a code not assessed, 'x = not
    assessed': its cells say nothing); and its legend of column names."""

    #: True: a dash is normal; False: it says nothing ('(- = not assessed)'); None: no key says
    dash_normal: bool | None = None
    scale: dict[str, str] = {}
    #: the column names it spells out ('CS: central canal stenosis; NFS: neural foraminal
    #: stenosis'): abbreviation -> its words
    names: dict[str, str] = {}
    #: whether the report's key says what a dash is (``dash_normal`` of a row is otherwise the
    #: row's guess: :func:`_row_key`)
    dash_keyed: bool = False
    #: the disc findings its letter codes stand for ('B bulge, P protrusion, E extrusion'):
    #: code (lower case) -> the finding's word
    discs: dict[str, str] = {}
    #: what a blank says: 'cells' (a blank cell is normal: 'Blank cell = no pathology'), 'rows'
    #: (a level whose cells are all blank is normal: 'Levels without entries are unremarkable'),
    #: or '' (nothing)
    blank: str = ""
    #: the sides its letters stand for in columns' names ('L - left, P - right', Polish 'prawy'):
    #: letter (capital) -> 'left' or 'right'; only letters English does not read so
    sides: dict[str, str] = {}
    #: the words of another language its legend gives in English ('hafif = mild; orta =
    #: moderate', 'vlevo = left'): word (lower case) -> the English
    words: dict[str, str] = {}
    #: whether a box marked with a dash says nothing ('[-] not assessable (metal artefact)')
    dash_box_unread: bool = False


_NO_KEY = CellKey()
#: a legend's entry of a word in another language and its English ('hafif: mild', 'lehká = mild',
#: 'středně těžká = moderate', 'yok = none', 'Sağ = right'): two or more in a text make a legend
_WORD_ENTRY = re.compile(
    # (a short form, its word in brackets: 'geringgr. (geringgradig) = mild')
    # (or one Chinese, Japanese or Korean letter: '无 = none')
    rf"(?<![\w./])(?P<local>{_LOCAL_WORDS}(?:/[^\W\d_]{{2,}})*(?:\.(?=[ \t]*[(=]))?"
    r"|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af](?![\w.]))"
    r"(?:[ \t]*\([^()\n=]{2,30}\))?"
    # (or its words whole, the English in brackets: 'łag. = łagodne (mild)', 'bpn = bez
    # patologického nálezu (normal)')
    r"[ \t]*[=:][ \t]*(?:(?:[^\W\d_]{2,}[ \t]+){0,3}[^\W\d_]{2,}[ \t]*\([ \t]*)?"
    r"(?:dis[ck][ \t]+(?=bulg|protru|extru|herni))?"  # ('buktning = disc bulge')
    r"(?P<english>mild|moderate|severe|none|normal|left|right|bilateral|more|no|yes|free|patent"
    r"|minimal|slight|unremarkable"
    # (and a disc's finding: 'protrusie = protrusion', 'bombement = bulge')
    r"|bulge|bulging|protrusion|extrusion|herniation"
    # (and a site: 'Lo TH = lo tiep hop (foramen)')
    r"|foramen|foramina|canal|recess)"
    r"(?=[ \t]*(?:[;,.)/\n]|$))",
    re.I,
)
#: a cell's word of another language glossed by a disc's finding or a grade ('abombamiento
#: (bulge)', 'uwypuklenie (bulge)', 'usoara (mild)'): the word means it in the table's other cells
#: too
_GLOSSED_CELL_WORD = re.compile(
    r"(?<![\w.])(?P<local>[^\W\d_]{4,})[ \t]*\([ \t]*(?:=[ \t]*)?"
    r"(?P<english>bulge|protrusion|extrusion|herniation|mild|moderate|severe)[ \t]*\)",
    re.I,
)
#: a word of English a report's words of another language are told apart from (a cell's English
#: gloss after them; an English word before a gloss, not glossed: '... is (normal)')
ENGLISH_WORD = re.compile(
    r"\b(?:the|and|with|of|is|are|was|were|be|no|not|or|at|now|still|only|appears?|seen|looks?"
    r"|remains?|otherwise|grossly|essentially|overall|degree|extent|possible|type|mild|moderate"
    r"|severe|normal|bulg\w*|herniation|stenosis|protrusion|extrusion|narrowing|canal|foram\w*"
    r"|left|right|compress\w*|effac\w*|encroach\w*|imping\w*|compromis\w*|reduc\w*"
    r"|hypertroph\w*|arthro\w*|degenera\w*|desicca\w*|changes?|spondylo\w*|findings?)\b",
    re.I,
)
#: English words a legend's entry never translates (a field and its value: 'Canal: mild')
ENGLISH_FIELD = re.compile(
    # (not 'disc' in another language's word: French 'discrète = mild')
    r"canal|central|foram|recess|stenos|narrow|dis[ck](?:s|al)?(?![^\W\d_])|bulg|protru|extru"
    r"|herni|listh|modic|level"
    r"|grade|spinal|neural|lateral|left|right|side|note|key|legend|abbrev|impression|findings?"
    r"|normal|mild|moderate|severe|none|sac|root|nerve|signal|endplate|alignment|conus|facet",
    re.I,
)
#: 'normal' in other languages (Italian 'normale', 'normali', Dutch 'normaal', Polish 'normalne')
_NORMAL_COGNATE = re.compile(r"norma(?:al|l(?:e|i|a|o|es|ne|ny|n[i\u00ed]))", re.I)


def is_english_word(word: str) -> bool:
    """Whether ``word`` is English (:data:`ENGLISH_WORD`, or a stem of :data:`ENGLISH_FIELD`),
    not another language's ('normale' is not, though it holds 'normal')."""
    return ENGLISH_WORD.fullmatch(word) is not None or (
        ENGLISH_FIELD.search(word) is not None and _NORMAL_COGNATE.fullmatch(word) is None
    )


#: a disc's finding in English (a legend's meaning, or a word of a cell)
_DISC_FINDING = re.compile(r"bulg(?:e|es|ing)|(?:protrusion|extrusion|herniation)s?", re.I)
#: a key's code: a digit, a run of '+', a dash, a Roman numeral, 'o.B.' ('ohne Befund'), 'u.a.'
#: (Swedish 'utan anmärkning'), a letter O or X, a tick or a cross
_KEY_CODE = (
    # (and the Nordic '\u00f7' for no)
    # (or a grade's letter before its digit: 'G0 absent / G1 mild')
    r"(?:(?:g?[0-4]|iv|i{1,3})\u00b0?|\+{1,3}|\u2193{1,3}|[-\u2013\u2014\u00f7]|o\.\s?b\.|u\.\s?a\.|[ox]"
    r"|[\u2713\u2714\u2717\u2718\u00d7\u25a0\u25a1]"  # (and filled / empty squares: '\u25a0 = present')
    r"|\.(?=\s*[=:])"  # ('. = absent': a dot's cell)
    r"|s/p)"  # (Spanish 'sin particularidades')
)
#: what a code means, by grade
_KEY_MEANINGS = {
    "none": r"no(?:\s+(?:significant|pathological|relevant))?\s+(?:abnormalit(?:y|ies)|findings?|pathology"
    r"|stenosis|narrowing|compromise)|normal|none|nil|negative|unremarkable|absent|free|patent"
    r"|not\s+present|no",
    "mild": r"mild|slight|minimal|minor|low[\s-]grade|discre(?:te|et)|light",
    "moderate": r"moderate|mod|medium[\s-]grade",
    "severe": r"severe|sev|marked|advanced|critical|extreme|high[\s-]grade",
    "present": r"present|yes|positive",
}
_KEY_MEANING_RX = {g: re.compile(rx, re.I) for g, rx in _KEY_MEANINGS.items()}


def _meaning_grade(meaning: str) -> str | None:
    """The grade a key's meaning stands for ('mild', 'moderate', ..., 'none', 'present'); None
    when it names no grade."""
    return next((g for g, rx in _KEY_MEANING_RX.items() if rx.fullmatch(meaning)), None)


#: a key's meaning in another language, with the English in brackets after it ('1 = licht (mild)',
#: 'H = hafif (mild)', 'u.a. = utan anmärkning (unremarkable)'): the words before the bracket (the
#: English is read)
#: (not English saying nothing, its reason in brackets: '- = not assessed (no axials)')
_GLOSSED = rf"(?:(?!{_NOT_SAID}){_LOCAL_WORDS}[ \t]*\([ \t]*(?=[a-z]))?"


def _glossed(meaning: str) -> str:
    """A key's ``meaning``, or a word in another language with it in brackets after, to the
    bracket's end ('normaal (normal, no bulge or herniation)'); for the runs of a key's entries."""
    return (
        rf"(?:(?!{_NOT_SAID}){_LOCAL_WORDS}[ \t]*\([ \t]*(?:{meaning})\b[^()\n=]{{0,60}}?\)"
        rf"|(?:{meaning})\b)"
    )


def _key_entry(named: bool, link: str = r"(?:=|:|[-\u2013](?=\s)|means|denotes)?") -> str:
    """A key's entry: a code, a closing quote, a link word (``link``) and a meaning (or a word
    in another language and the meaning in brackets after it)."""
    meanings = "|".join(_KEY_MEANINGS.values())
    code = "(?P<code>" if named else "(?:"
    # (or its word in another language, a slash and the meaning: '1 = latt/mild')
    slashed = rf"(?:(?!(?:{meanings})\b)[^\W\d_]{{2,}}/(?=[a-z]))?"
    # (an intermediate grade, which takes the higher: '2 = mild-to-moderate')
    between = r"(?:[ \t]*(?:-[ \t]*to[ \t]*-?|-|to)[ \t]*(?P<higher>moderate|severe)\b)?"
    meaning = (
        rf"{_GLOSSED}{slashed}(?P<meaning>{meanings})\b{between}"
        if named
        else slashed + _glossed(meanings) + between.replace("?P<higher>", "?:")
    )
    return (
        rf"(?<![\w+\-\u2013\u2014])\(?[\"'\u201c\u2018]?{code}{_KEY_CODE})(?![\w+])[\"'\u201d\u2019)]?\s*"
        rf"{link}\s*{meaning}"
        # (a second meaning after a slash: '+ mild/present', graded by the first; or the word
        # in another language: '1 = mild / leichtgradig'; not the next entry's Roman numeral)
        rf"(?:/(?:{meanings})\b|[ \t]*/[ \t]*(?!(?:iv|i{{1,3}})\b)[^\W\d_]{{3,}}\b)?"
    )


_KEY_ENTRY = re.compile(_key_entry(True), re.I)
#: a key: three or more entries in a row apart by ',', ';', '/', '|', '.' or a line break, or two
#: linked by '=' or ':' ('O: present, X: absent'), two after a 'Key:' ('Key: + present, - absent')
#: or two in brackets ('(+ present, - absent)')
_KEY_RUN = re.compile(
    rf"{_key_entry(False)}(?:\s*[,;/|.]?\s*{_key_entry(False)}){{2,}}"
    rf"|{_key_entry(False, '[=:]')}\s*[,;/|.]\s*{_key_entry(False, '[=:]')}"
    rf"|(?:(?<=key:)|(?<=key: )|(?<=legend:)|(?<=legend: )){_key_entry(False)}\s*[,;/|.]\s*"
    rf"{_key_entry(False)}"
    # (or two in brackets of their own: '(+ present, - absent)')
    rf"|(?<=\(){_key_entry(False)}\s*[,;/]\s*{_key_entry(False)}(?=\s*\))",
    re.I,
)
#: a key saying what a blank cell, or a level left blank, is: 'Blank cell = no pathology',
#: 'Empty fields: normal' (group ``cells``); 'Levels without entries are unremarkable' (``rows``)
_BLANK_KEY = re.compile(
    r"(?P<cells>(?:\b(?:blank|empty)(?:\s+(?:cells?|fields?|boxes|spaces?|entries))?"
    r"|\ball\s+other\s+(?:cells?|fields?|boxes|entries))\s*(?:=|:|means|denotes|indicates?|are"
    r"|is)\s*(?:no\s+(?:significant\s+)?(?:pathology|abnormality|findings?)|normal"
    r"|unremarkable|none|nil|negative|absent|not\s+present))"
    r"|(?P<rows>\b(?:levels?|rows?|segments?)\s+(?:without|with\s+no)\s+(?:entries|entry|findings"
    r"\s+listed)\s+(?:are|is|were)\s+(?:unremarkable|normal))",
    re.I,
)
#: a key's letter code of a cell not assessed ('x = not assessed'): its cells say nothing
_UNSAID_CODE = re.compile(
    r"(?<![\w/])([a-z]{1,2})[ \t]*[=:][ \t]*not[ \t]+(?:assessed|assessable|evaluated|evaluable"
    r"|visuali[sz]ed|seen|imaged)\b",
    re.I,
)
#: what every such key holds, found fast (the code's look-behind above is tried at every place)
_UNSAID_HINT = re.compile(r"[=:][ \t]*not[ \t]", re.I)
#: a key of Schizas' letters ('Schizas A = no stenosis, B = moderate, C = severe', 'Schizas A (no or
#: minor stenosis), B (moderate)')
_SCHIZAS_KEY = re.compile(
    r"schizas[ \t:]*\(?[ \t]*a[ \t]*(?:[=:]|\([ \t]*(?:no|normal|none)\b)", re.I
)
#: a key calling a slash cell nothing found ('/ = not present', '/ = none')
_SLASH_KEY = re.compile(
    r"(?<![\w/])/\s*=\s*(?:not\s+present|none|nil|absent|normal|negative)\b", re.I
)
#: a key of one code, linked to its meaning by '=' ('(o.B. = no pathological findings)')
_KEY_ONE = re.compile(_key_entry(True, r"(?:=|means|denotes|indicates)"), re.I)
_LETTER_MEANING = "|".join(_KEY_MEANINGS.values())
#: a key of letter codes, each the start of its word, three or more linked by '=', ':' or a
#: spaced dash ('N = normal, Mi = mild, Mo = moderate, S = severe', 'N - normal/none, Mi - mild');
#: kept where each code opens its meaning ('N normal, mi mild, mo moderate', 'mi, mild'; disc
#: codes: 'B bulge', 'B = bulge', 'B, bulging')
_LETTER_LINK = r"(?:[ \t]*[=:,][ \t]*|[ \t]+[-\u2013][ \t]+|[ \t]+)"
_LETTER_ONE = rf"[a-z]{{1,3}}{_LETTER_LINK}{_glossed(_LETTER_MEANING)}"
_LETTER_RUN = re.compile(
    # (not the letter after a slash, nor a meaning's word: 's/p = sin particularidades (...)')
    # (an entry's note on the grade between: 'P = present, not graded, A = absent')
    rf"(?<![\w/])(?<!=)(?<!=[ \t]){_LETTER_ONE}"
    rf"(?:(?:[ \t]*,[ \t]*(?:not[ \t]+|un)graded)?[ \t]*[,;/|.]?[ \t]*{_LETTER_ONE}){{2,}}",
    re.I,
)
_LETTER_ENTRY = re.compile(
    rf"(?<![\w/])(?P<code>[a-z]{{1,3}}){_LETTER_LINK}(?:(?P<local>{_LOCAL_WORDS})[ \t]*\([ \t]*)?"
    rf"(?P<meaning>{_LETTER_MEANING})\b"
    # (an intermediate grade, which takes the higher: 'lm = licht-matig (mild to moderate)')
    r"(?:[ \t]*(?:-|to)[ \t]*(?P<higher>moderate|severe)\b)?",
    re.I,
)


#: a key of the disc's letter codes, two or more ('Disc: N normal, B bulge, P protrusion, E
#: extrusion'), each code the start of its word or its letters in order ('Bg bulge'); a word
#: perhaps followed by 'disc' ('N normal disc (no bulge)'); a disc-osteophyte complex ('OD
#: osteophyte-disc complex')
_DISC_WORD = (
    r"(?:bulg(?:e|ing)|protrusion|extrusion|sequestration|herniation|prolapse|normal)"
    r"(?:[ \t]+dis[ck])?|(?:osteophyte[ \t-]+disc|disc[ \t-]+osteophyte)[ \t]+complex"
)
#: (its word may follow a shape: 'B = diffuse bulge')
_DISC_SHAPE = r"(?:(?:diffuse|broad(?:[ \t-]based)?|small|focal|circumferential)[ \t]+)?"
_DISC_CODE = (
    rf"[a-z]{{1,2}}{_LETTER_LINK}{_glossed(_DISC_SHAPE + f'(?:{_DISC_WORD})')}"
    # (a gloss after it: 'B = bulging (uitpuiling)')
    rf"(?:[ \t]*\([^()\n=]{{1,40}}\))?"
)
_DISC_RUN = re.compile(
    # (its entries parted by ',', ';', '/', '|' or a line's end: 'KEY: N normal | B bulge | P
    # protrusion', whose '|' the reading text breaks into lines)
    rf"(?<![\w]){_DISC_CODE}(?:[ \t]*[,;/|]?[ \t]*\n?[ \t]*(?:[a-z]+[ \t]*[=:,][ \t]*[a-z]+[ \t]*[,;][ \t]*)?"
    rf"{_DISC_CODE})+",
    re.I,
)
_DISC_ENTRY = re.compile(
    rf"(?<![\w])(?P<code>[a-z]{{1,2}}){_LETTER_LINK}{_GLOSSED}{_DISC_SHAPE}(?P<word>{_DISC_WORD})\b"
    # (its word in another language in brackets after: 'A bulge (abombamiento)')
    r"(?:[ \t]*\((?P<local>[^\W\d_]+)\))?",
    re.I,
)
#: a cell of disc codes joined by '+', '/', ',' or a space ('B+P', 'D H', 'E (R, caudal)': its
#: note kept)
_DISC_CODES = re.compile(
    r"\s*([a-z]{1,2}(?:\s*[+/,&]\s*[a-z]{1,2}|[ \t][a-z]{1,2})*)\s*(\(.*\))?\s*", re.I
)

#: a legend's entry: an abbreviation in capitals, ':' or '=', and the words it stands for
_LEGEND = re.compile(
    # (or a spaced dash between: 'PP - paracentral protrusion')
    r"\b([A-Z]{2,5})(?:[ \t]*[:=][ \t]*|[ \t]+[-\u2013][ \t]+|[ \t]+)([A-Za-z][A-Za-z \t-]{3,50}?)[ \t]*"
    # (its words in another language, then in English in brackets: 'RR = recessus lateralis
    # (lateral recess)'; or a note in brackets: 'NF = neural foraminal stenosis (R/L)', 'MC =
    # Modic type (0 = none)')
    r"(?:\(([A-Za-z][A-Za-z \t/-]{3,40})\)[ \t]*|\([^()\n]{1,20}\)[ \t]*)?(?=[;,.\n)]|$)"
)
#: a legend's pair of one site's sides' abbreviations ('LFS/RFS left/right foraminal stenosis',
#: 'LRS/RRS = left/right lateral recess (subarticular) stenosis'), each opening with its side's
#: letter
_SIDES_LEGEND = re.compile(
    r"\b([LR][A-Z]{1,4})/([LR][A-Z]{1,4})(?:[ \t]*[:=][ \t]*|[ \t]+)((?i:left|right))/"
    r"((?i:left|right))[ \t]+([A-Za-z][A-Za-z \t()-]{3,50}?)[ \t]*(?=[;,.\n]|$)"
)
#: a line listing the report's abbreviations ('Abbreviations: BS = disc, RR = recessus
#: lateralis'): its entries name columns whether or not their letters spell the words
_ABBREVIATIONS_LINE = re.compile(
    r"^[ \t]*(?:abbreviations?|abbr\.|legend|key)[ \t]*:[^\n]*", re.I | re.M
)


def _spells(short: str, words: str, linked: bool = False) -> bool:
    """Whether ``words`` spell out the abbreviation ``short``: its letters, in order, open words of
    it, the first letter the first word ('CS', 'central canal stenosis'); or, of one word or after
    an '=' or ':' (``linked``), its letters in order in the first word ('SA', 'subarticular'; 'SA
    = subarticular recess', not a header's 'LT LAT RECESS'); or, linked and of three letters or
    more, in order through its words ('PCP = posterocentral protrusion')."""
    low = words.lower().strip()
    parts = [w for w in re.split(r"[ \t-]+", low) if w]
    initials = "".join(w[0] for w in parts)
    if initials[:1] != short[:1].lower():
        return False
    return any(
        all(c in letters for c in short.lower())
        for letters in (
            iter(initials),
            iter(parts[0] if linked or len(parts) == 1 else ""),
            # (or, linked, in order through its words: 'PCP = posterocentral protrusion')
            iter("".join(parts) if linked and len(short) > 2 else ""),
        )
    )


#: a key's side letter ('P - right', 'D = right', 'I: left', its word glossed: 'P = prawy (right)')
_SIDE_KEY = re.compile(  # (or small, its word glossed after a slash: 'j = jobb/right')
    r"(?<![\w/-])([A-Za-z]{1,2})[ \t]*(?:-|=|:)[ \t]*(?:[^\W\d_]{2,}[ \t]*(?:\([ \t]*|/))?"
    r"((?i:left|right))\b"
)
#: a key's pair of side letters ('P/T = right/left', 'D/I = derecho/izquierdo (right/left)')
_SIDE_PAIR_KEY = re.compile(
    r"(?<![\w/-])([A-Z]{1,2})/([A-Z]{1,2})[ \t]*[=:][ \t]*(?:[^\W\d_]+/[^\W\d_]+[ \t]*\([ \t]*)?"
    r"((?i:left|right))/((?i:left|right))\b"
)
#: a column's last words, two letters parted by a slash (perhaps a key's sides: 'Rec. lat. J/B')
_SIDE_LETTER_PAIR = re.compile(r"(?<![\w])([A-Za-z]{1,2})[ \t]*/[ \t]*([A-Za-z]{1,2})[ \t]*$")
#: a column's last word, a letter (perhaps a key's side: 'Foramen P')
_LAST_LETTERS = re.compile(r"(?<=[ \t])([A-Z]{1,2})[ \t]*$")


#: a disc's osteophyte complex, a bulge of the schema ('DOC = disc osteophyte complex')
_OSTEOPHYTE_COMPLEX = re.compile(r"osteophyte[ \t]+complex", re.I)


def _names_finding(words: str) -> bool:
    """Whether a legend's words name a stenosis, its site or a finding."""
    return bool(
        STENOSIS_COLUMN.search(words)
        or _FINDING_WORD.search(words)
        or _OSTEOPHYTE_COMPLEX.search(words)
    )


def names_column(words: str) -> bool:
    """Whether English ``words`` (a gloss in brackets) name a column: a finding, a site, the
    disc."""
    return _names_finding(words) or _DISC_ALONE.fullmatch(words) is not None


def _row_key(key: CellKey, cells: list[str]) -> CellKey:
    """``key`` for a row of ``cells``: where no key says what a dash is, a dash is normal in a
    row that spells no normal cell ('L1/2 | - | - | -': a dash stands for the normal), and says
    nothing in one that does ('| normal | - | normal |': a column left empty)."""
    if key.dash_normal is not None:
        return key
    return key._replace(dash_normal=not any(_NORMAL_CELL.fullmatch(c.strip()) for c in cells))


#: a key's codes parted by '/' and their meanings parted the same, in the same order
#: ('Mi/Mo/S = mild/moderate/severe')
_PARALLEL_KEY = re.compile(
    # (the '/' perhaps spaced: '+ / - = present / absent')
    r"(?<![\w/])(?P<codes>[A-Za-z0-9+-]{1,4}(?:[ \t]?/[ \t]?[A-Za-z0-9+-]{1,4}){1,4})[ \t]*[=:][ \t]*"
    r"(?P<meanings>[a-z][a-z-]*(?:[ \t]?/[ \t]?[a-z][a-z-]*){1,4})\b",
    re.I,
)


def _code(code: str) -> str:
    """A key's or cell's code as the key's scale holds it: lower case, no spaces, one dash, a
    run of '+' or a dash out of its brackets ('(++)' under the key '(+) mild (++) moderate')."""
    code = re.sub(r"[\u2013\u2014]", "-", "".join(code.split()).lower())
    return code[1:-1] if _BRACKETED_CODE.fullmatch(code) else code


_BRACKETED_CODE = re.compile(r"\((?:\+{1,3}|-)\)")


def _opens(code: str, word: str) -> bool:
    """Whether a key's letter ``code`` opens its ``word`` ('mi', 'mild'), or its letters open
    the parts of a hyphenated word ('lm', 'licht-matig')."""
    low = word.lower()
    code = code.lower()
    return low.startswith(code) or ("-" in low and "".join(w[:1] for w in low.split("-")) == code)


def legend_names(text: str) -> dict[str, str]:
    """The abbreviations of findings and sites the report's legend names, with their words
    ('SC = spinal canal' -> {'SC': 'spinal canal'})."""
    return _keys(text).names


@lru_cache(maxsize=4)
def _keys(text: str) -> CellKey:
    """The report's key to its table cells (see :class:`CellKey`); the 0-3 scale of
    'Foraminal (Lee): 0 = none, 1 = mild, 2 = moderate, 3 = severe' among them. Cached: the
    three table readers of a report share one look (the returned key is not to be changed)."""
    scale: dict[str, str] = {}
    entries = [m for run in _KEY_RUN.finditer(text) for m in _KEY_ENTRY.finditer(run.group())]
    entries += [m for m in _KEY_ONE.finditer(text) if not m["code"][0].isdigit()]
    letters = [m for run in _LETTER_RUN.finditer(text) for m in _LETTER_ENTRY.finditer(run[0])]
    # (not 'L: left ...', a legend of sides; 'H = hafif (mild)': the code of its own word)
    # ('A none / B mild / C moderate / D severe': letters in their order, the grades in theirs)
    # ('Mn minimal': a code's letters in order in its word)
    if all(
        _opens(m["code"], w) or _spells(m["code"], w, linked=True)
        for m in letters
        for w in [m["local"] or m["meaning"]]
    ) or [m["code"].lower() for m in letters] == list("abcd"[: len(letters)]):
        entries += letters
    for m in entries:
        meaning = m.groupdict().get("higher") or m["meaning"]  # ('mild to moderate': moderate)
        grade = _meaning_grade(meaning)
        if grade is None:
            continue  # (the entry patterns match only meanings that grade: not reached)
        if grade == "present" and scale.get(_code(m["code"]), "none") != "none":
            continue  # ('1 = mild' and, for other rows, '1 = yes': the grade kept)
        scale[_code(m["code"])] = grade
    for m in _PARALLEL_KEY.finditer(text) if "/" in text else ():
        # 'Mi/Mo/S = mild/moderate/severe': each code the meaning in its place
        codes = [c.strip() for c in m["codes"].split("/")]
        meanings = [w.strip() for w in m["meanings"].split("/")]
        graded = [_meaning_grade(w) for w in meanings]
        if len(codes) == len(meanings) and all(graded):
            scale.update((_code(c), str(g)) for c, g in zip(codes, graded, strict=True))
    for m in _UNSAID_CODE.finditer(text) if _UNSAID_HINT.search(text) else ():
        scale.setdefault(m[1].lower(), "")  # 'x = not assessed': such a cell says nothing
    if "chizas" in text and _SCHIZAS_KEY.search(text):
        # 'Schizas A = no stenosis, B = moderate, ...': its letters in a stenosis column
        scale = {**_GRADES_A_D, **scale}
    if "/" in text and _SLASH_KEY.search(text):
        scale["/"] = "none"  # '/ = not present': a slash cell is no finding
    dash = _DASH_KEY.search(text) or (_SIGN_KEY.search(text) if "+" in text else None)
    dash_normal = (
        True if scale.get("-") == "none" else None if dash is None else bool(dash["normal"])
    )
    listed = [m.span() for m in _ABBREVIATIONS_LINE.finditer(text)]
    names = {
        m[1]: words
        for m in _LEGEND.finditer(text)
        # (the bracketed words where they name the finding, unless the name gives its side: 'FI
        # = left foramen (foramen izquierdo)')
        for words in [
            m[3] if m[3] and _names_finding(m[3]) and not SIDE_IN_WORDS.search(m[2]) else m[2]
        ]
        if _names_finding(words)
        and (
            _spells(m[1], m[2], linked="=" in m[0] or ":" in m[0])
            or any(a <= m.start() < b for a, b in listed)
        )
    }
    for m in _SIDES_LEGEND.finditer(text) if "/" in text else ():
        if m[1][0] == m[3][0].upper() and m[2][0] == m[4][0].upper() and _names_finding(m[5]):
            names.update({m[1]: f"{m[3]} {m[5]}", m[2]: f"{m[4]} {m[5]}"})
    discs = {
        m["code"].lower(): m["word"].lower()
        for run in _DISC_RUN.finditer(text)
        for m in _DISC_ENTRY.finditer(run[0])
        # (or any code its key links by '=': 'D = bulge, H = herniation')
        if "=" in m[0]
        or any(
            w and (w.lower().startswith(m["code"].lower()) or _spells(m["code"], w))
            for w in (m["word"], m["local"])
        )
    }
    blank = "" if (said := _BLANK_KEY.search(text)) is None else said.lastgroup or ""
    sides = {
        m[1]: m[2].lower()
        for m in _SIDE_KEY.finditer(text)
        if m[1].lower() not in ("l", "r", "lt", "rt")
    }
    for m in _SIDE_PAIR_KEY.finditer(text):  # ('P/T = right/left')
        if m[1].lower() not in ("l", "r") and m[3].lower() != m[4].lower():
            sides.update({m[1]: m[3].lower(), m[2]: m[4].lower()})
    words = {
        local.lower(): m["english"].lower()
        for rx in (_WORD_ENTRY, _GLOSSED_CELL_WORD)
        for m in rx.finditer(text)
        # ('frei/weit/unauffällig = normal': each word; not 'hö/vä = right/left', a pair)
        for local in m["local"].split("/")
        if "/" not in m["local"] or m["english"].lower() not in ("left", "right")
        # ('protrusie = protrusion': a finding's word of another language, like the English)
        if not ENGLISH_FIELD.search(local)
        or (_DISC_FINDING.fullmatch(m["english"]) and not _DISC_FINDING.fullmatch(local))
    }
    return CellKey(
        dash_normal,
        scale,
        names,
        dash_normal is not None,
        discs,
        blank,
        sides,
        words if len(words) >= 2 else {},
        "[-]" in text and _DASH_BOX_UNREAD.search(text) is not None,
    )


@lru_cache(maxsize=16)
def _words_rx(words: tuple[str, ...]) -> re.Pattern[str]:
    """One regex of a legend's ``words`` (lower case), longest first (compiled once a legend)."""
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alts})(?![\w])", re.I)


#: a template's cell words of another language that need no legend: Spanish and Portuguese
#: grades, yes and sides ('Sí - leve', 'moderada', 'Der.: Sí - severa; Izq.: No', 'acent.'),
#: a canal or foramen free or wide ('livre', 'amplo'), Spanish 's/a' (sin alteraciones), Italian
#: 'nella norma'
_CELL_WORDS = {
    "leve": "mild",
    "ligera": "mild",
    "ligero": "mild",
    "moderada": "moderate",
    "moderado": "moderate",
    "severa": "severe",
    "severo": "severe",
    "grave": "severe",
    "acentuada": "severe",
    "acentuado": "severe",
    "acent.": "severe",
    "moder.": "moderate",
    "livre": "free",
    "libre": "free",
    "amplo": "normal",
    "s/a": "normal",  # (sin alteraciones)
    "nella norma": "normal",
    "unauff\u00e4llig": "normal",
    "nein": "no",
    "ua": "normal",  # (Swedish 'utan anmärkning')
    "normale": "normal",
    "s\u00ed": "yes",
    "sim": "yes",
    "der.": "right",
    "izq.": "left",
    "derecha": "right",
    "izquierda": "left",
    # a disc's findings (Spanish, Italian, Portuguese, Romanian)
    "abombamiento": "bulge",
    "protrusione": "protrusion",
    "abaulamento": "bulge",
    "protruzie": "protrusion",
    "bombare": "bulge",
}
_CELL_WORD_KEYS = tuple(_CELL_WORDS)  # (their regex: _words_rx, compiled once)


def _translated(cell: str, words: dict[str, str]) -> str:
    """``cell`` with the words a legend gives in English written in English."""
    return _words_rx(tuple(words)).sub(lambda m: words[m[0].lower()], cell)


#: a header's second line naming each checkbox column's options ('       | Y   N | 0   1   2   3')
_OPTIONS_CELL = re.compile(r"[a-z0-9+-]{1,4}(?:[ \t]+[a-z0-9+-]{1,4})+", re.I)
#: a cell of bare checkboxes under such options ('[ ] [x] [ ] [ ]')
_BARE_BOXES = re.compile(rf"\[[{BOX_MARKS}]?\](?:[ \t]*\[[{BOX_MARKS}]?\])+")


def _options(text: str, cells: list[tuple[int, int]], key: CellKey) -> dict[int, list[str]] | None:
    """The options of each column named by a header's second line ('       | Y   N | 0   1   2'):
    column index -> its options; None when the line is not one (its first cell must be empty;
    the report's ``key`` names its side letters)."""
    if len(cells) < 2 or cells[0][0] < cells[0][1]:
        return None
    out = {i: text[a:b].split() for i, (a, b) in enumerate(cells) if i and a < b}
    if not out or not all(
        # (not sides: 'L   R' under 'Foramina' splits its column in two)
        _OPTIONS_CELL.fullmatch(text, a, b) and _two_sides(text, a, b, a, key) is None
        for a, b in cells[1:]
        if a < b
    ):
        return None
    return out


def _chosen(text: str, a: int, b: int, options: list[str]) -> str | None:
    """The option ticked in the cell ``[a, b)`` of bare boxes, one box per option ('[ ] [x]'
    under 'Y   N': 'N'); '' when none or several are ticked; None: not such a cell."""
    if not _BARE_BOXES.fullmatch(text, a, b):
        return None
    ticks = [m[1] is not None for m in _BOX.finditer(text, a, b)]
    if len(ticks) != len(options):
        return None
    return options[ticks.index(True)] if ticks.count(True) == 1 else ""


#: a column's stenosis shortened with a stop ('Foraminal st.(Rt/Lt)', 'Canal sten.')
_STENOSIS_SHORT = re.compile(r"\b(?:st|sten|stenos)\.(?=[ \t]*(?:\(|$))", re.I)
_FORAMEN_SHORT = re.compile(r"^[ \t]*for\.?(?=[ \t]+(?:[rl]\b|r/l|l/r|\())", re.I)


class HeaderColumns(NamedTuple):
    """A headed table's columns as read: their names (a current study's column bare), whether
    each is read (not an earlier study's), the column naming each row's site and the one naming
    each row's side (0: none)."""

    names: list[str]
    read: list[bool]
    item: int
    side_col: int


def _header_columns(header: list[str]) -> HeaderColumns:
    """The columns of a header row's cells ``header`` (the level column first)."""
    # an export's 'nf_left', 'lr_right'; 'Foraminal st.(Rt/Lt)', whose stop would end the cell's
    # sentence before the cell's mark; a core lab's 'For R/L (Lee)', the foramen in short
    header = [
        _FORAMEN_SHORT.sub("Foramen", _STENOSIS_SHORT.sub("stenosis", c.replace("_", " ")))
        for c in header
    ]
    read = [not _PRIOR_COLUMN.match(c) for c in header]
    if any(_CURRENT_COLUMN.fullmatch(c) for c in header):
        # ('Level | Structure | 03/2021 | Current': the dated column is the earlier one)
        read = [r and not _DATE_COLUMN.fullmatch(c) for r, c in zip(read, header, strict=True)]
    elif any(_CURRENT_LEAD.match(c) for c in header):
        # ('08/2022 canal | Current canal': a column dated beside current ones, earlier;
        # the current ones read by their site)
        read = [
            r and (_CURRENT_LEAD.match(c) is not None or not _COLUMN_YEAR.search(c))
            for r, c in zip(read, header, strict=True)
        ]
        header = [_CURRENT_LEAD.sub("", c, count=1) for c in header]
    elif any(_CURRENT_TAIL.search(c) for c in header):
        # ('Central canal 2020 | Central canal now | L foramen now'): the same, the time
        # word after the site
        read = [
            r and (_CURRENT_TAIL.search(c) is not None or not _COLUMN_YEAR.search(c))
            for r, c in zip(read, header, strict=True)
        ]
        header = [_CURRENT_TAIL.sub("", c, count=1) for c in header]
    # a column naming each row's site ('Level | Structure | Current'), whose
    # cell names the row's other cells
    item = next((i for i, c in enumerate(header) if i and _ITEM_COLUMN.fullmatch(c)), 0)
    if not item and any(_CURRENT_COLUMN.fullmatch(c) or _DATE_COLUMN.fullmatch(c) for c in header):
        # ('Level | Finding | 2023 | Current': a study's column beside another's, the
        # 'Finding' column names each row's structure)
        item = next((i for i, c in enumerate(header) if i and _FINDING_ITEM.fullmatch(c)), 0)
    # a column naming each row's side ('Level | Side | Foramen'): the row's cells of it
    side_col = next((i for i, c in enumerate(header) if i and _SIDE_COLUMN.fullmatch(c)), 0)
    # a column of the current study beside an earlier one's ('Prior (2019) | Current'):
    # its cells read bare, as a column named by its date alone
    header = [
        _BARE if _CURRENT_COLUMN.fullmatch(c) or _ACCOUNT_COLUMN.fullmatch(c) else c for c in header
    ]
    # columns of two studies by their dates ('Canal 2021 | Canal 2025'): the newest's read
    years = [max(map(int, _COLUMN_YEAR.findall(c)), default=0) for c in header]
    dated = [i for i, c in enumerate(header) if i and _DATE_COLUMN.fullmatch(c)]
    if len(set(years) - {0}) > 1:
        read = [r and y in (0, max(years)) for r, y in zip(read, years, strict=True)]
        # (a column named by its date alone, 'Level | 2021 | 2024': its cells read bare)
        header = [_COLUMN_YEAR.sub("", c).strip() or _BARE for c in header]
    elif len(dated) > 1:
        # columns named by dates of one year ('Level | 30/04/2024 | 12/12/2024'): the last the
        # current study's, read bare
        read = [r and (i not in dated or i == dated[-1]) for i, r in enumerate(read)]
        header = [_BARE if i in dated else c for i, c in enumerate(header)]
    return HeaderColumns(header, read, item, side_col)


def _titled(text: str, start: int, written: list[str]) -> list[str]:
    """A header row's cells ``written`` (its line starting at ``start``); where its columns
    are sides alone ('Level | Right | Left') under a heading naming a site or finding ('Neural
    foramina:'), each column named as the side's ('Right Neural foramina')."""
    if len(written) < 2 or not all(_SIDE_CELL.fullmatch(c) for c in written[1:]) or start < 2:
        return written
    line = text[text.rfind("\n", 0, start - 1) + 1 : start - 1]
    h = _LIST_HEADING.fullmatch(line) or _CAPS_LIST_HEADING.fullmatch(line)
    if h is None or not _names_finding(h["name"]) or _MIXED_HEADING.search(h["name"]):
        return written
    return [written[0]] + [f"{c.strip()} {h['name'].strip()}" for c in written[1:]]


def _sides_named(written: list[str]) -> list[str]:
    """A header row's cells ``written`` with a column named by a side alone after one of a site
    and a side ('Neural foramina Rt | Lt') named by that site too ('Neural foramina Lt')."""
    out = list(written)
    for i in range(2, len(out)):
        if _SIDE_CELL.fullmatch(out[i]) and (side := _SIDE_AFTER.search(out[i - 1])) is not None:
            site = out[i - 1][: side.start()].strip()
            if site and not _SIDE_CELL.fullmatch(site):
                out[i] = f"{site} {out[i].strip()}"
    return out


def _joined(first: str, then: str) -> str:
    """Two lines' words of one cell or name joined: by a space, or by none after a hyphen that
    broke a word ('Spinal-' and 'kanal': 'Spinal-kanal')."""
    return f"{first}{then}" if first.endswith("-") else f"{first} {then}"


def _carried_header(
    line: str, written: list[str], offsets: list[int]
) -> tuple[list[str], list[int]]:
    """A spaced header's names (``written``, each column starting at ``offsets`` in its line)
    with the words of its next ``line`` carried on under the column each stands in ('Left lat.'
    over 'recess'); a column over two sides splits in two ('Lateral recess' over 'R   L': 'Lateral
    recess R' and 'Lateral recess L', the second starting at its side's offset)."""
    written, offsets = list(written), list(offsets)
    sided: dict[int, str] = {}  # column -> its name before this line's side (a split's name)
    for m in _WORDS.finditer(line):
        col = max((i for i, o in enumerate(offsets) if o <= m.start() + 1), default=0)
        if not col:
            continue
        if _SIDE_CELL.fullmatch(m[0]) and col in sided:
            col += 1  # a second side under the same name: a column of its own
            written.insert(col, f"{sided[col - 1]} {m[0]}")
            offsets.insert(col, m.start())  # (the words so far stand left of it: none moves)
            sided[col] = sided[col - 1]
            continue
        if _SIDE_CELL.fullmatch(m[0]):
            sided[col] = written[col]
        # ('Spinal-' over 'kanal': a word broken at its hyphen)
        written[col] = _joined(written[col], m[0])
    return written, offsets


#: a table's key in brackets on a line of its own ('(Y: yes  N: no)', '( - : negative,  \u2713 :
#: positive )'): a code, ':' or '=', then its word
_BRACKETED_KEY = re.compile(r"[ \t]*\([ \t]*\S{1,4}[ \t]*[:=][ \t]*[a-z][^()\n]*\)[ \t]*", re.I)
#: a level column's name wrapped after its slash, over the rest ('Niva/' over 'level')
_LEVEL_NAME_WRAPPED = re.compile(r"[^\W\d_]{2,12}/(?=[ \t]{2,})")


def _pipe_cells_over(over: str, under: str) -> list[tuple[int, str]]:
    """The words of each cell of a '|' header line ``over``, each at where the name of
    ``under``'s cell of the same number starts (a group's name over its first sub-column,
    however wide its cell is written: '| Foramen |   | Lat. recess |' over '| L | R | L |')."""
    out: list[tuple[int, str]] = []
    if over.count("|") != under.count("|"):
        # (a group's cell as wide as the sub-cells under it: '|  Lateral recess   |' over '|
        # L    |    R    |'): its words at the name of the first sub-cell inside it
        starts = [m.start() for m in _CELL_NAME.finditer(under)]
        for m in _GROUP_CELL.finditer(over):
            first = next((u for u in starts if m.start("cell") <= u < m.end("cell")), None)
            if first is not None:
                out.append((first, m["words"]))
        return out
    at = 0
    for o, u in zip(over.split("|"), under.split("|"), strict=True):
        if words := o.strip():
            out.append((at + len(u) - len(u.lstrip()), words))
        at += len(u) + 1
    return out


#: a '|' cell's name (where it starts); a group's '|' cell: its span and the words in it
_CELL_NAME = re.compile(r"(?<=\s)[^|\s]")
_GROUP_CELL = re.compile(r"(?<=\|)(?P<cell>[ \t]*(?P<words>[^|\s][^|]*?)[ \t]*)(?=\|)")


def _header_over(
    text: str, start: int, written: list[str], offsets: list[int]
) -> tuple[list[str], list[int]] | None:
    """A spaced header's names (``written``, each column starting at ``offsets`` in its line at
    ``start``) with the words of the indented line right over it put before the name each starts
    at: the first line of names wrapped over two lines ('            disc       central' over
    'level       herniation      canal'); a word over one side, before the side after it too
    ('Lateral recess' over 'R   L'). A word over no name is a column of its own, its name all on
    that line ('Bulge' over a blank). None when the line over it is not such a line."""
    a = text.rfind("\n", 0, start - 1) + 1
    line = text[a : start - 1]
    b = text.find("\n", start)
    under = text[start : len(text) if b < 0 else b]
    piped = "|" in line and (
        line.count("|") == under.count("|")
        or (line.lstrip().startswith("|") and under.lstrip().startswith("|"))
    )
    # ('| Foramen |   | Lat. recess |' over '| L | R | L | R |': each cell's words by its number;
    # or as wide as its sub-cells: '|  Lateral recess   |' over '|    L    |    R    |')
    placed = _pipe_cells_over(line, under) if piped else None
    line = line.replace("|", " ")  # (its bars as sections.py set them)
    if (lead := _LEVEL_NAME_WRAPPED.match(line)) is not None:
        # ('Niva/' over 'level': the level column's name wrapped too)
        line = " " * lead.end() + line[lead.end() :]
    if not line[:2].isspace() or len(offsets) < 3:
        return None
    if placed is None:  # (else each run of words where it stands)
        placed = [(m.start(), m[0]) for m in _WORDS.finditer(line)]
    names = dict(zip(offsets, written, strict=True))
    over: dict[int, str] = {}
    for at0, words in placed:
        at = next((o for o in offsets[1:] if abs(o - at0) <= 2), None)
        if at is None and (at0 <= offsets[0] + 2 or at0 in names):
            return None
        at = at0 if at is None else at
        over[at] = words
        names.setdefault(at, "")
    cols = sorted(names)
    for before, o in zip(cols, cols[1:], strict=False):
        if o not in over and before in over and _SIDE_CELL.fullmatch(names[o]):
            over[o] = over[before]  # ('Lateral recess' over 'R   L': over both sides)
    # ('Band-' over 'scheiben-': a word broken at its hyphen)
    return [_joined(over.get(o, ""), names[o]).strip() for o in cols], cols


def headed_table_rows(text: str) -> list[TableRow]:
    """Every row of every headed per-level table of ``text`` (none when it has no '|')."""
    if "|" not in text:
        return []
    rows: list[TableRow] = []
    header: list[str] | None = None
    written: list[str] = []  # the header's cells as written
    header_rows = 0  # the rows read before the header
    offsets: list[int] = []  # where each column of the header starts in its line
    bars: list[int] = []  # where each column's cell opens in its line (its '|')
    read: list[bool] = []  # whether each column is read (not an earlier study's)
    level = ""
    item = 0  # the column naming each row's site, if any
    side_col = 0  # the column naming each row's side, if any
    above: dict[int, tuple[int, int]] = {}  # the cells of the level row above, by column
    bordered = False  # whether the header opens with a '|'
    closed = False  # whether the header closes with a '|'
    named_levels: set[str] = set()  # the levels the table's rows name
    options: dict[int, list[str]] = {}  # each checkbox column's options, where a line names them
    # each column split in two sides by the header's next line: (first side, second side, where
    # the second stands in its line)
    sides: dict[int, tuple[str, str, int]] = {}
    # each column's cell of the level's row, where a line under it may carry it on: column ->
    # (its text so far, the row list holding its readings, those readings, where it starts)
    wrapped: dict[int, Wrapped] = {}
    key = _keys(text)
    for start, end, line in _lines(text):
        cells = _cells(text, start, end) if "|" in line else []
        if cells and header is not None and not bordered and line.lstrip().startswith("|"):
            cells.insert(0, (start, start))  # ('      | canal | 2' under 'Level | Element | ...')
        if (
            len(cells) >= 4
            and not HEADER_FIRST.fullmatch(text, *cells[0])
            and _option_columns([text[a:b] for a, b in cells]) is not None
        ):
            header = None  # an option grid's (pipe_option_rows)
            continue
        if len(cells) >= 2 and HEADER_FIRST.fullmatch(text, *cells[0]):
            bordered = line.lstrip().startswith("|")  # (its rows' leading '|' opens no cell)
            if bordered and line[:1].isspace() and _LEVEL_ROW_NEXT.match(text, end):
                # ('      | Disc | Canal' over ' L3-L4 | Bulge | Mild': a blank corner over
                # the levels, 'Disc' the next column's name)
                cells.insert(0, (start, start))
                bordered = False
            closed = line.rstrip().endswith("|")
            written = _sides_named(
                _titled(text, start, [_sided_english(text[a:b]) for a, b in cells])
            )
            offsets = [a - start for a, _b in cells]
            if start > 0 and (over := _header_over(text, start, written, offsets)):
                # the names' first words on the line over it ('    disc         central' over
                # 'level   herniation   canal'): each before the name under it
                written, offsets = over
            # where each column's cell opens: its '|' (a name may stand centred in a wide cell)
            bars = [max(line.rfind("|", 0, o), 0) for o in offsets]
            header, read, item, side_col = _header_columns(written)
            if _disc_states(written):
                # ('Disc | Normal | Bulge | Protrusion'): a tick under 'Normal' is the disc's
                header = [_option_said(h, written[0]) for h in header]
            level, header_rows = "", len(rows)
            named_levels = set()
            options = {}
            sides = {}
            continue
        if header is None or RULE_LINE.fullmatch(line):
            continue  # (a markdown table's '|---|---|' under its header)
        if not cells and line and not line.strip():
            continue  # a line emptied by a repair (a hyphenated word joined onto the next)
        if not cells and LEVEL_ALONE.fullmatch(line):
            # a level's row with every cell blank: it states nothing, unless the report's key says
            # a blank is normal
            level = ""
            if key.blank:
                a = start + len(line) - len(line.lstrip())
                said = line.strip()
                rows.append(TableRow(start, end, _read_as("normal", a, a + len(said), said, _BARE)))
            continue
        if not level and (named_options := _options(text, cells, key)) is not None:
            options = named_options  # ('       | Y   N | 0   1   2   3' under the header)
            continue
        if (
            not level
            and len(cells) >= 2
            and (not text[slice(*cells[0])].strip() or _GLOSS_CELL.fullmatch(text, *cells[0]))
        ):
            # the header's names wrapped onto its next line ('| Disc / posterior |' over '|
            # | elements |'), or glossed there ('Nível | Abaulamento' over '(level) | (bulge)'):
            # each carried on
            if (
                len(header) == len(offsets)
                and (split := _split_header(cells, start, bars)) is not None
            ):
                # ('| Neuroforamen |' over '| li | re |', '| Foramina |' over '| R | L |': the
                # next line's cells columns of their own, each named by the name over it and,
                # below, its words)
                owners, cells = split
                header = [header[k] for k in owners]
                read = [read[k] for k in owners]
                offsets = [a - start for a, _b in cells]
                bars = offsets
            for i, (a, b) in enumerate(cells[1:], start=1):
                if (two := _two_sides(text, a, b, start, key)) and i < len(header):
                    # ('| Foramen |' over '| L    R |': a column per side, its cells told
                    # apart by where they stand)
                    sides[i] = two
                elif i < len(header) and a < b and header[i] is not _BARE:
                    header[i] = _glossed_header(header[i], text[a:b])
            continue
        if not cells and line[:2].isspace() and line.strip() and len(rows) == header_rows:
            # a spaced header's names wrapped onto its next line ('Left lat.' over 'recess'):
            # each word carried on under the column it stands in
            written, offsets = _carried_header(line, written, offsets)
            header, read, item, side_col = _header_columns(written)
            continue
        if not cells and _BRACKETED_KEY.fullmatch(line):
            continue  # the table's key under it in brackets ('  (Y: yes  N: no)'), not a row's
        if not cells and line[:2].isspace() and line.strip():
            # an indented line carrying on the row before ('        protrusion'): its words
            # read under the column they stand in, for the row's level; a cell the row's line
            # began read whole, its lines joined ('Mild bilateral' / 'narrowing')
            carried: dict[int, tuple[int, int]] = {}
            for m in _WORDS.finditer(line) if level and rows else ():
                col = max((i for i, o in enumerate(offsets) if o <= m.start() + 1), default=0)
                if col and col < len(header) and read[col]:
                    a, b = start + m.start(), start + m.end()
                    carried[col] = (carried.get(col, (a, b))[0], b)
            for col, (a, b) in carried.items():
                if (
                    col not in wrapped
                    or not (text[a].islower() or text[a] == "(" or wrapped[col][0].endswith(","))
                    or _ONE_SIDE_FIELD.fullmatch(text, a, b)  # ('left: free' / 'right: free')
                ):
                    rows[-1].cells.extend(_readings(text, a, b, level, header[col], key))
                    continue
                _carried_on(wrapped, col, text, (a, b), level, header[col], key, wrapped[col][1])
            continue
        # a level's next structure or a row carried on, its level cell left empty ('| | canal |
        # 2', '\tprotrusion' under a row's 'bulge + R paracentral')
        sub_row = level and len(cells) > max(item, 1) and not text[slice(*cells[0])].strip()
        others = rows and len(cells) >= 2 and _OTHERS_ROW.fullmatch(text, *cells[0])
        if not (sub_row or others) and (
            len(cells) < 2 or not _ROW_FIRST.fullmatch(text, *cells[0])
        ):
            if len(cells) >= 2 and _OTHER_REGION_ROW.fullmatch(text, *cells[0]):
                level = ""  # (another region's row: the table goes on)
                continue
            header = None  # the table ended
            continue
        if others:  # '| Others | normal | normal |': the lumbar levels the table does not name
            rest = [lv for lv in LUMBAR_LEVELS if lv not in named_levels]
            if not rest:
                continue
            level = ", ".join(rest)
        elif not sub_row:
            level = text[slice(*cells[0])]
            if _LUMBOSACRAL.fullmatch(level):
                level = "L5-S1"  # ('Lumbosacral | Broad bulge | ...')
            named_levels.update(parse_levels(level))
        row: list[TableCell] = []
        rk = _row_key(key, [text[a:b] for a, b in cells[1:]])
        named = text[slice(*cells[item])] if item and item < len(cells) else None
        side = text[slice(*cells[side_col])] if side_col and side_col < len(cells) else ""
        if side and not _SIDE_CELL.fullmatch(side):
            side = ""
        if not sub_row or side:
            wrapped = {}  # (a sub-row of another side, '| | R | mild |', is a row of its own)
        if key.blank and not sub_row and not item and not side_col:
            row += _blanks_read(text, cells, header, read, level, rk)
        for i, ((a, b), column, readable) in enumerate(
            zip(cells[1:], header[1:], read[1:], strict=False), start=1
        ):
            if named is not None:
                if i == item or not named:
                    continue
                # ('L2-L3 | Central canal | Mild': 'L2-L3: Central canal: Mild.'; '| L1-L2 | - |
                # normal |': the whole level's)
                column = _BARE if _DASH_CELL.fullmatch(named) else named
            if side_col:
                if i == side_col:
                    continue
                if side and STENOSIS_COLUMN.search(column):
                    # ('L4-L5 | Right | Moderate stenosis', '| L | narrowed slightly' under
                    # 'Side | Intervertebral foramen': the side's word)
                    column = f"{_side_word(side.strip().rstrip('.'))} {column}"
            if readable and i > 1 and not read[i - 1] and SAME_CELL.fullmatch(text, a, b):
                # '05.2023 | Current': 'no change' under the current study: the earlier cell
                a, b = cells[i - 1]
            elif _DITTO.fullmatch(text, a, b) and i in above:
                a, b = above[i]  # 'as above': the cell of the row above
            if not sub_row:
                above[i] = (a, b)
            if (
                i == len(cells) - 1 < len(header) - 1
                # (a '|' closing the row under a header with none closes an empty cell: the
                # last column's, 'L3-L4|bulge|normal|normal|' under '...|right NF|comments')
                and (closed or not line.rstrip().endswith("|"))
                and not item
                and _NORMAL_COLUMN.fullmatch(text, a, b)
                and _cell_end(text, b, end) - start > offsets[i + 1]
            ):
                column = _BARE  # a normal cell spanning the columns after it: the whole level's
            if a < b and column.strip() and readable:
                if i in options and (token := _chosen(text, a, b, options[i])) is not None:
                    # '[ ] [x] [ ] [ ]' under '0   1   2   3': read as '1' (none ticked: nothing)
                    if token:
                        row += _read_as(token, a, a + len(token), level, column, rk)
                    continue
                if (
                    sub_row
                    and not item
                    and i in wrapped
                    and (text[a].islower() or wrapped[i][0].endswith(","))
                    and not _ONE_SIDE_FIELD.fullmatch(text, a, b)  # ('right: free' / 'left: ...')
                ):
                    # a cell wrapped onto the row's next line ('severe central canal stenosis,' /
                    # 'bilateral lateral recess (severe)' / 'and neural foramina (moderate)'): the
                    # cell read whole, its lines joined, in place of its first lines' reading (a
                    # capital opens a line of its own: '| | Right | Moderate stenosis |')
                    _carried_on(wrapped, i, text, (a, b), level, column, rk, row)
                    continue
                if i in sides:
                    first, second, at = sides[i]
                    for m in _WORD.finditer(text, a, b):
                        side = second if m.start() - start >= at - 1 else first
                        row += _readings(text, *m.span(), level, f"{side} {column}", rk)
                    continue
                if _DASH_CELL.fullmatch(text[a:b].strip()) and _REMARKS_COLUMN.fullmatch(
                    column.strip()
                ):
                    continue  # ('| Others |' over '| - |': nothing else, not the level's normal)
                read_here = _readings(text, a, b, level, column, rk)
                row += read_here
                wrapped[i] = (text[a:b], row, read_here, a)
        rows.append(TableRow(start, end, row))
    return rows


def _glossed_header(name: str, under: str) -> str:
    """A header's column ``name`` with the words of its next line's cell ``under`` carried on;
    where that cell is the name's English in brackets naming a site or finding ('Recessus
    oik/vas' over '(recess R/L)', 'Välilevy' over '(disc)'), the English alone."""
    if _GLOSS_CELL.fullmatch(under):
        english = under.strip()[1:-1].strip()
        if names_column(english) or site_named(english):
            return english
    return f"{name} {under}"


#: a header's next line's first cell glossing the level column's name ('(level)' under 'Nível')
_GLOSS_CELL = re.compile(r"[ \t]*\([^()\n]*\)[ \t]*")


def _split_header(
    cells: list[tuple[int, int]], start: int, offsets: list[int]
) -> tuple[list[int], list[tuple[int, int]]] | None:
    """The header column over each of a header's next line's written ``cells`` (the line starts
    at ``start``; each column's cell opens at ``offsets`` in its line), and those cells
    with an empty one in the place of each column with none written under it ('Nivel | Disco |
    Foramen | Listesis' over '      |       | Der | Izq |'); None where the cells split no
    column."""
    written = [(a, b) for a, b in cells if a < b]  # (a blank cell may stand at its '|')
    owners = [
        max((k for k, o in enumerate(offsets) if o <= a - start + 1), default=0)
        for a, _b in written
    ]
    if owners != sorted(owners) or len(set(owners)) == len(owners):
        return None
    placed = sorted(
        [(a, k, b) for (a, b), k in zip(written, owners, strict=True)]
        + [(start + o, k, start + o) for k, o in enumerate(offsets) if k not in owners]
    )
    return [k for _a, k, _b in placed], [(a, b) for a, _k, b in placed]


#: a cell of a level's row that a later line may carry on: its text so far, the row list holding
#: its readings, those readings, and where it starts
Wrapped = tuple[str, list[TableCell], list[TableCell], int]


def _carried_on(
    wrapped: dict[int, Wrapped],
    col: int,
    text: str,
    span: tuple[int, int],
    level: str,
    column: str,
    key: CellKey,
    into: list[TableCell],
) -> None:
    """Column ``col``'s cell read whole with its part ``span`` on a later line joined on, in
    place of the readings of its earlier lines (removed from the row holding them); the new
    readings go to ``into``."""
    said, owner, before, a0 = wrapped[col]
    for c in before:
        owner.remove(c)
    said = _joined(said, text[span[0] : span[1]])  # ('moderate-' / 'severe': 'moderate-severe')
    whole = _read_as(said, a0, span[1], level, column, key)
    into += whole
    wrapped[col] = (said, into, whole, a0)


def _blanks_read(
    text: str,
    cells: list[tuple[int, int]],
    header: list[str],
    read: list[bool],
    level: str,
    key: CellKey,
) -> list[TableCell]:
    """The readings of a row's blank cells where the report's key says a blank is normal: each
    blank (or missing) cell of a read column as 'normal' under it (``key.blank`` 'cells'), or
    the whole level as normal when every cell is blank ('rows'); each given the level cell's
    span."""
    blank = [
        i for i in range(1, len(header)) if i >= len(cells) or not text[slice(*cells[i])].strip()
    ]
    a, b = cells[0]
    if key.blank == "rows":
        if len(blank) < len(header) - 1:
            return []
        return _read_as("normal", a, b, level, _BARE, key)
    return [
        c
        for i in blank
        if read[i] and header[i].strip() and header[i] is not _BARE
        for c in _read_as("normal", a, b, level, header[i], key)
    ]


def headed_list_rows(text: str) -> list[TableRow]:
    """Every level line of every list headed by its finding: a heading alone on its line that
    names a finding or one site ('5. Spinal canal stenosis:', 'Neural foraminal narrowing:',
    'Foramina:'; not 'Discs and canal:', whose lines are of the whole level), or a site, a finding
    or the disc with its columns in brackets ('Central canal (grade | CSA | AP diameter)',
    'Endplates (Modic)', 'Disc (morphology | height loss)'; only the first of a line's '|' cells
    is read; '(grade L / grade R)': each value of two sides) over lines of a level (or 'Other
    levels') and a value opening with a grade, a side, a normal word or a disc's ('   L2-3: mild',
    '   L4-5: bilateral, moderate', '   L5-S1: none', ' L2-L3: bulge | 20%'; a side may lead the
    level: '- Left L3/4: moderate.'); each value read as a one-column table's cell under the
    heading (:func:`_readings`), the line's span its row's. A header line of two sides under the
    heading ('      Left      Right') makes the level lines under it rows of a cell per side
    ('L3/4    mild    patent', each read under '<side> <heading>'; a heading's 'assessment' or
    'grading' left out, 'Foraminal' read as the foramen). A line of anything else ends the list."""
    if ":" not in text and _CAPS_HEADING_LINE.search(text) is None:
        return []
    rows: list[TableRow] = []
    name: str | None = None
    key: CellKey | None = None  # (looked up at the first row: most reports have none)
    sides: list[tuple[int, str]] = []  # (column start, side) of a header line of sides
    grades: list[tuple[int, str]] = []  # (column start, grade) of a header line of grades
    for start, end, line in _lines(text):
        if name is not None and _SIDES_HEADER.fullmatch(line):
            # 'Foraminal assessment:' over '      Left      Right' over 'L3/4   mild   patent'
            sides = [(m.start(), m.group()) for m in _GRID_CELL.finditer(line)]
            continue
        if name is not None and sides and (lead := _SIDES_ROW.match(line)) is not None:
            key = key or _keys(text)
            row: list[TableCell] = []
            found = list(_GRID_CELL.finditer(line, lead.end()))
            rk = _row_key(key, [cell.group() for cell in found])
            for cell in found:
                side = next((sd for at, sd in reversed(sides) if at <= cell.start() + 2), None)
                if side is not None and not _NOT_ASSESSED.fullmatch(cell.group()):
                    a, b = start + cell.start(), start + cell.end()
                    row += _readings(text, a, b, lead["level"], f"{side} {name}", rk)
            rows.append(TableRow(start, end, row))
            continue
        sides = []
        if name is not None and _GRADES_HEADER.fullmatch(line):
            grades = [(m.start(), m.group()) for m in _GRID_CELL.finditer(line)]
            continue
        if name is not None and grades and (lead := _SIDES_ROW.match(line)) is not None:
            # 'L3-4    [ ]    [x]    [ ]' under '        none   mild   mod': the ticked grade
            key = key or _keys(text)
            row = []
            for box in _BOX.finditer(line, lead.end()):
                if box.group(1):
                    word = min(grades, key=lambda g: abs(g[0] - box.start()))[1]
                    a, b = start + box.start(), start + line.index("]", box.start()) + 1
                    row += _read_as(word, a, b, lead["level"], name, key)
            rows.append(TableRow(start, end, row))
            continue
        grades = []
        if name is not None and (m := _LIST_ROW.fullmatch(line)) is not None:
            key = key or _keys(text)
            a, b = start + m.start("value"), start + m.end("value")
            # ('- Left L3/4: moderate.': the side's)
            column = name if m["side"] is None else f"{m['side']} {name}"
            rows.append(TableRow(start, end, _readings(text, a, b, m["level"], column, key)))
            continue
        name = None
        if (sided := _SIDED_HEADING.fullmatch(line)) is not None and (
            _FINDING_WORD.search(sided["name"]) or STENOSIS_COLUMN.search(sided["name"])
        ):
            # 'Foraminal stenosis      Left    Right' over 'L4/L5      2       1': its sides there
            name = _ASSESSMENT_WORD.sub("", sided["name"]) or sided["name"]
            sides = [(m.start(), m.group()) for m in _GRID_CELL.finditer(line, sided.end("name"))]
            continue
        h = _LIST_HEADING.fullmatch(line) or _CAPS_LIST_HEADING.fullmatch(line)
        if h is None:
            continue
        if _FINDING_WORD.search(h["name"]) or (
            (d := _DISC_HEADING.fullmatch(h["name"])) is not None and (h["cols"] or d["what"])
        ):
            name = h["name"]
        elif h["cols"] and _FINDING_WORD.search(h["cols"]):
            name = h["cols"].strip(" \t()")  # 'Endplates (Modic)': the finding in its brackets
        elif STENOSIS_COLUMN.search(h["name"]) and not _MIXED_HEADING.search(h["name"]):
            name = h["name"]
        if name is not None:
            # 'Foraminal assessment:' reads as 'Foraminal:' (the site, not a word of the report)
            name = _ASSESSMENT_WORD.sub("", name) or name
            if (adj := _SITE_ADJECTIVE.fullmatch(name)) is not None:
                noun = "foramen" if "foram" in adj[1].lower() else "subarticular zone"
                name = name[: adj.start(1)] + noun  # ('Foraminal assessment:' -> 'foramen')
        if name is not None and h["cols"] and (pair := _COLUMN_SIDES.search(h["cols"])):
            # 'Neural foramina (grade L / grade R | height L / R)': its cells 'mild / moderate'
            name = f"{name} {pair['s1']}/{pair['s2']}"
    return rows


def _split_at_columns(
    line: str, cells: list[tuple[int, int]], starts: list[int]
) -> list[tuple[int, int]]:
    """``cells`` of a grid's ``line`` (after its row's name) with a cell that runs into the next
    level's column, one space before it, cut there ('severe mod' under 'L4/5   L5/S1', the
    first word as wide as its column)."""
    out = cells[:1]
    for a, b in cells[1:]:
        for c in starts:
            if a < c < b and line[c - 1] == " " and line[c - 2] != " " and line[c] != " ":
                out.append((a, c - 1))
                a = c
        out.append((a, b))
    return out


def _level_at(levels: list[tuple[int, str]], col: int) -> str | None:
    """The level of a grid's column a cell starting at ``col`` stands under (its header's
    ``levels``: column start, level), two characters' slack; None left of the first."""
    return next((lv for at, lv in reversed(levels) if at <= col + 2), None)


def _glossed_cells(
    text: str, start: int, line: str, levels: list[tuple[int, str]], name: str, key: CellKey
) -> list[TableCell]:
    """The readings of a grid's ``line`` (starting at ``start``) of bracketed glosses, each the
    English of the cell of the row ``name`` over it ('   (bulge)   (protrusion)'), read under the
    level it stands under."""
    return [
        c
        for m in _GLOSS_CELL.finditer(line)
        if (lv := _level_at(levels, m.start())) is not None
        for c in _readings(text, start + m.start(1), start + m.end(1), lv, name, key)
    ]


def _grid_row_under(text: str, end: int, cells: list[tuple[int, int]]) -> bool:
    """Whether the line after a line of two levels (its ``cells``, ending at ``end``) is a grid's
    row under them: a name left of them and a cell starting under each ('               L4/5
    L5/S1' over 'Disc           bulge         R paracentral extrusion')."""
    eol = text.find("\n", end + 1)
    line = text[end + 1 : len(text) if eol < 0 else eol]
    under = [(m.start(), m.end()) for m in _GRID_CELL.finditer(line)]
    return (
        len(under) == 3
        and under[0][1] < cells[0][0]
        and not GRID_LEVEL.match(line, *under[0])
        and all(abs(a - c) <= 2 for (a, _b), (c, _d) in zip(under[1:], cells, strict=True))
    )


def level_column_rows(text: str) -> list[TableRow]:
    """Every row of every grid whose columns are the levels: a header line of three or more disc
    levels alone, apart by two spaces, a tab or '|' ('            L1-L2   L2-L3   L3-L4'), over
    rows of a finding's or site's name and a cell under each level ('Central canal   normal
    mild   mod'); each cell read under its row's name for the level whose column it starts in
    (:func:`_readings`, with the report's keys: a dash, a digit), given the cell's span; 'N/A' /
    'NA' / 'n.a.' (not assessable) says nothing. A blank line or a line of one cell ends the
    grid, unless that cell is a row's name alone, left of the levels ('Extrusion': nothing
    marked); the rows are one per line. A markdown grid ('| | L1-2 | L2-3 |' over '|---|---|' over
    '| Canal | N | mild |') is read by cell number (its rows are not padded); a row's 'Rec.' and
    'For.' read as recess and foramen."""
    if "  " not in text and "\t" not in text and "|" not in text:
        if _SINGLE_HEADER.search(text) is None:
            return []
    rows: list[TableRow] = []
    levels: list[tuple[int, str]] = []  # (column start in the line, level) of the grid's header
    single = False  # whether that header parts its levels by single spaces
    by_cell: dict[int, str] = {}  # (a '|' grid's header: its levels by cell number)
    bordered = False  # whether that header opens with a '|'
    key: CellKey | None = None  # (looked up at the first row: most reports have none)
    spelt: list[tuple[int, str]] | None = None  # the grid (its levels) with a row spelling normal
    name = ""  # the last row's name
    grid_row: _GridRow | None = None  # the last row as written (its name perhaps wrapped under)
    base = ""  # the last row's name without a side (the site its sides' sub-rows speak of)
    row: list[TableCell] = []  # the last row's readings
    wrapped: dict[int, Wrapped] = {}  # its cells by column, where a line under it may carry on
    row_bar = False  # whether its line opens with a '|' (a '|' grid's)
    joined = False  # whether a '|' grid's rows write their name and first cell in one
    skip_to = 0  # (the second line of a header of levels wrapped over two lines: read)
    alone_at = -1  # where the line of a row's name alone starts (the next line carrying it on)
    parted: list[tuple[int, str]] = []  # the levels of a grid a blank line closed
    for start, end, line in _lines(text):
        if start < skip_to:
            continue
        if parted and not levels and line.strip():
            if _GRID_PART_TITLE.fullmatch(line):
                # the grid's next part after a blank line, under a title with its key ('Stenosis
                # (N = none, M = mild)'): its rows under the same levels
                levels, parted = parted, []
                continue
            parted = []
        if (
            not levels
            and GRID_LEVEL.search(line) is None
            and (("/" not in line and "-" not in line) or _UPPER_HALF.search(line) is None)
        ):
            continue  # (no grid open, and no level, or a level's upper half, to head one)
        if by_cell and RULE_LINE.fullmatch(line):
            continue  # a rule line between a grid's rows ('+-----+-----+')
        if "|" in line:
            # a markdown grid ('| | L1-2 | L2-3 | L3-4 |' over '| Canal | N | N | mild |'): its
            # columns by cell number, not by where they stand (its rows are not padded)
            piped = [(a - start, b - start) for a, b in _cells(text, start, end)]
            filled = [(i, a, b) for i, (a, b) in enumerate(piped) if a < b]
            if (  # ('| Parameter | L1-2 | L2-3 |': the name column's own name)
                filled and _GRID_FIRST.fullmatch(line, *filled[0][1:])
            ):
                filled = filled[1:]
            # (a header of levels wrapped over two lines: 'L1/| L2/| L3/' over '|L2 |L3 |L4')
            wrap = _wrapped_levels(text, end, line, [(a, b) for _i, a, b in filled])
            if wrap is not None or (
                len(filled) >= 3 and all(GRID_LEVEL.fullmatch(line, a, b) for _i, a, b in filled)
            ):
                bordered, single = line.lstrip().startswith("|"), False
                names, skip_to = wrap or ([line[a:b] for _i, a, b in filled], skip_to)
                levels = [(a, lv) for (_i, a, _b), lv in zip(filled, names, strict=True)]
                by_cell = {i: lv for (i, _a, _b), lv in zip(filled, names, strict=True)}
                # ('       L1-2 | L2-3 | L3-4' over 'Canal     0   |  0   |  1': no '|' before
                # the first level, whose cells its rows write in their name's)
                joined = 0 in by_cell and not bordered
                if 0 in by_cell:
                    # ('        | L1-L2 | L2-L3' over 'Disc bulge   | N | N': the name column's
                    # cell left blank before the first '|'): the rows' first cell is their name
                    by_cell = {i + 1: lv for i, lv in by_cell.items()}
                continue
        if by_cell and "|" not in line and not bordered:
            # a spaced grid whose header alone was parted by '|' ('Segment|  L2/3|  L3/4' over
            # 'Disc     flat protrusion ...'): its rows read by where their cells stand
            by_cell = {}
        if by_cell:
            if "|" not in line or len(piped) < 2:
                levels, by_cell = [], {}
                continue
            # (its cells as its rows' are numbered: after the '|' opening each, if they open so)
            parts = _parts(text, start, end, "|")[1 if row_bar else 0 :]
            if rows and name and parts and parts[0][0] == parts[0][1]:
                # a row's cells wrapped onto the next line, its name's cell blank ('Disc | disc-'
                # over '     | osteophyte'): each level's cell read whole, its lines joined
                for i, part in enumerate(parts):
                    if part[0] < part[1] and i in wrapped:
                        _carried_on(wrapped, i, text, part, by_cell[i], name, key or _NO_KEY, row)
                continue
            row_bar = line.lstrip().startswith("|")
            if joined and (run := _LAST_SPACES.search(line, *piped[0])) is not None:
                piped = [(piped[0][0], run.start()), (run.end(), piped[0][1]), *piped[1:]]
            cells = piped
            at_cell = [by_cell.get(i) for i in range(len(cells))]
        else:
            cells = [(m.start(), m.end()) for m in _GRID_CELL.finditer(line)]
            if cells and _GRID_FIRST.fullmatch(line, *cells[0]):
                # ('Segment   L2/3   L3/4   L4/5': the level column's name; 'Parameter   L1-2')
                cells = cells[1:]
            if (len(cells) >= 3 or (len(cells) == 2 and _grid_row_under(text, end, cells))) and all(
                GRID_LEVEL.fullmatch(line, a, b) for a, b in cells
            ):
                levels, single = [(a, line[a:b]) for a, b in cells], False
                continue
            if (wrap := _wrapped_levels(text, end, line, cells)) is not None:
                # a header of levels wrapped over two lines ('L1/  L2/  L3/' over 'L2   L3   L4')
                names, skip_to = wrap
                levels = [(a, lv) for (a, _b), lv in zip(cells, names, strict=True)]
                single = False
                continue
            if not levels and _SINGLE_HEADER.fullmatch(line):
                # ('Level T12-L1 L1-L2 L2-L3 L3-L4': levels parted by single spaces)
                levels = [(m.start(), m[0]) for m in GRID_LEVEL.finditer(line)]
                single = True
                continue
            if single:  # its rows' cells are told apart by their words (:func:`_single_cells`)
                cells = _single_cells(line, len(levels)) or []
                if not cells:
                    levels, single = [], False
                    continue
                at_cell = [None, *(lv for _at, lv in levels)]
            else:
                cells = [(m.start(), m.end()) for m in _GRID_CELL.finditer(line)]
                if levels and rows and name and cells and cells[0][0] + 2 >= levels[0][0]:
                    # a line of cells under the levels with no row name: the row before carried
                    # on ('Disc      Diffuse bulge +' over '          left foraminal protrusion')
                    for a, b in cells:
                        if (level := _level_at(levels, a)) is not None:
                            rows[-1].cells.extend(
                                _readings(text, start + a, start + b, level, name, key or _NO_KEY)
                            )
                    continue
                if levels and len(cells) >= 2 and cells[0][1] > levels[0][0] + 2:
                    # a row's name run into its first cell, a word, by one space ('Spinal canal
                    # norm norm'): parted where the first level's column starts
                    a, b = cells[0]
                    cut = line.rfind(" ", a, levels[0][0] + 1)
                    if (
                        cut > a
                        and abs(cut + 1 - levels[0][0]) <= 2
                        and " " not in line[cut + 1 : b]
                    ):
                        cells[0:1] = [(a, cut), (cut + 1, b)]
                if levels and len(cells) >= 2:
                    cells = _split_at_columns(line, cells, [at for at, _lv in levels])
                if levels and _GLOSS_CELLS.fullmatch(line) and (alone_at >= 0 or rows):
                    # a line of the English of the row above's cells, each in brackets under
                    # its level ('椎间盘 Disc   膨出      突出' over '   (bulge)   (protrusion)'):
                    # each read as its level's cell (of a row whose cells are blank: 'Disc')
                    owner = base if alone_at >= 0 else name
                    glossed = _glossed_cells(text, start, line, levels, owner, key or _NO_KEY)
                    if alone_at >= 0:
                        rows.append(TableRow(alone_at, end, glossed))
                        alone_at = -1
                    else:
                        rows[-1].cells.extend(glossed)
                    continue
                if levels and (gloss := _ROW_GLOSS.fullmatch(line)) is not None:
                    # a line of the English of the row above, in brackets ('Gerinccsatorna  0  1'
                    # over '(canal stenosis; 0 nincs, 1 enyhe/mild)'): its cells read under the
                    # English where that names a finding or site; the grid goes on
                    english = gloss["name"].strip()
                    if grid_row is not None and rows and names_column(english):
                        name = english
                        row, wrapped = _grid_readings(
                            text, grid_row, name, levels, key or _NO_KEY, False
                        )
                        rows[-1] = TableRow(rows[-1].start, end, row)
                        continue
                    if gloss["key"]:  # ('(j = jobb/right, b = bal/left; grade as above)')
                        continue
                if levels and len(cells) == 1 and cells[0][1] < levels[0][0] - 1:
                    said = line[slice(*cells[0])]
                    if (
                        grid_row is not None
                        and rows
                        and rows[-1].end == start - 1
                        and (said[:1].islower() or _SIDE_PAIR.fullmatch(said))
                    ):
                        # the row above's name wrapped under it ('Débord   0   B' over 'discal';
                        # 'Foramens   0/2' over ' (D/G)'): its cells read under the whole name
                        name = f"{name} {said}"
                        row, wrapped = _grid_readings(
                            text, grid_row, name, levels, key or _NO_KEY, False
                        )
                        rows[-1] = TableRow(rows[-1].start, end, row)
                        continue
                    # a row's name alone, no cell marked ('Extrusion'): the grid goes on (the
                    # name perhaps carried on by the next line: 'Foraminal' over '  stenosis  L')
                    base, alone_at = said, start
                    continue
                if levels and len(cells) == 1 and _GRID_PART_TITLE.fullmatch(line):
                    # a title with its key in brackets between the grid's parts ('Stenosis (N =
                    # none, M = mild, Mo = moderate)'): the grid goes on under the same levels
                    continue
                if not levels or len(cells) < 2:
                    parted = levels if not line.strip() and not single else []
                    levels = []
                    continue
                at_cell = [_level_at(levels, a) for a, _b in cells]
        raw = line[slice(*cells[0])]
        carried = (
            raw[:1].islower()
            and cells[0][0] > 0
            and base
            and not by_cell
            and not _SIDE_CELL.fullmatch(raw)
        )
        if carried:
            # a row's name wrapped onto an indented line ('Lateral recess  -  L II' over
            # '  stenosis          R I'; 'Spondylo-' alone over '  listhesis   -   -'): its
            # cells of the row named whole
            raw = base = f"{base[:-1]}{raw}" if base.endswith("-") else f"{base} {raw}"
        if _SIDE_CELL.fullmatch(raw) and cells[0][0] > 0 and base:
            # a side's sub-row ('           Lt   -   +', '     li  | -  | mild') of the row above
            raw = f"{base} {raw}"
        elif (
            not by_cell
            and not single
            and len(cells) > 2
            and cells[1][1] <= levels[0][0]
            and _SIDE_CELL.fullmatch(line, *cells[1])
        ):
            # a row named by its site and a side before the levels' columns ('Foraminal  Rt  -')
            base, raw = raw, f"{raw} {line[slice(*cells[1])]}"
            cells, at_cell = cells[:1] + cells[2:], at_cell[:1] + at_cell[2:]
        elif not carried:  # (the row's site: its name without its side, 'Foramen  re')
            side = _SIDE_AFTER.search(raw)
            base = raw[: side.start()] if side and raw[: side.start()].strip() else raw
        name = _ABBREVIATION.sub(_abbreviated_word, raw)
        key = key or _keys(text)
        grid_row = _GridRow(start, line, cells, at_cell)
        rk = key
        if key.dash_normal is None and spelt is levels and STENOSIS_COLUMN.search(name):
            # a dash no key explains, in a grid whose rows above spell the normal in words
            # ('Canal  nil  nil  mild' over 'R lat recess  -  -  severe'): a cell left empty, not
            # the normal (a stenosis row's: a Modic or a listhesis row's dash is none of it)
            rk = key._replace(dash_normal=False)
        row, wrapped = _grid_readings(text, grid_row, name, levels, rk, bool(by_cell))
        if any(
            # (in letters or digits: not '(-)')
            _NORMAL_CELL.fullmatch(cell := line[a:b].strip()) and any(c.isalnum() for c in cell)
            for a, b in cells[1:]
        ):
            spelt = levels
        # (a row whose name began on a line of its own starts there)
        rows.append(TableRow(alone_at if carried and alone_at >= 0 else start, end, row))
        alone_at = -1
    return rows


#: a grid's line of a bracketed gloss alone, its first part the English of a name ('(canal
#: stenosis; 0 nincs, 1 enyhe/mild)', '(segment)'), the rest a key's
_ROW_GLOSS = re.compile(r"[ \t]*\((?P<name>[^();,=]*)(?P<key>[;,=][^()]*)?\)[ \t]*")


#: a grid's line of two bracketed glosses or more, and each gloss
_GLOSS_CELLS = re.compile(r"[ \t]*\([^()\n]+\)(?:[ \t]+\([^()\n]+\))+[ \t]*")
_GLOSS_CELL = re.compile(r"\(([^()\n]+)\)")


class _GridRow(NamedTuple):
    """A level grid's row as written: its line (starting at ``start`` in the text), its cells'
    spans in the line (the name's first) and the level of each cell's column (None: none)."""

    start: int
    line: str
    cells: list[tuple[int, int]]
    at_cell: list[str | None]


def _grid_readings(
    text: str,
    grid_row: _GridRow,
    name: str,
    levels: list[tuple[int, str]],
    key: CellKey,
    piped: bool,
) -> tuple[list[TableCell], dict[int, Wrapped]]:
    """The readings of a level grid's row (:func:`level_column_rows`) named ``name``, under the
    grid's ``levels`` (column start, level) and the report's ``key``; and, in a '|' grid
    (``piped``), each cell by its number, which the row's next line may carry on."""
    start, line, cells, at_cell = grid_row
    row: list[TableCell] = []
    rk = _row_key(key, [line[a:b] for a, b in cells[1:]])
    wrapped: dict[int, Wrapped] = {}
    for i, ((a, b), level) in enumerate(zip(cells[1:], at_cell[1:], strict=True), start=1):
        if level is None or a == b or _NOT_ASSESSED.fullmatch(line, a, b):
            continue
        if (span := _SPAN_ARROWS.fullmatch(line, a, b)) is not None and levels:
            # '<------- no stenosis ------>' across the columns of several levels: of each
            a0, b0 = span.span(1)
            row += [
                c
                for at, lv in levels
                if a - 2 <= at <= b
                for c in _readings(text, start + a0, start + b0, lv, name, rk)
            ]
            continue
        read_here = _readings(text, start + a, start + b, level, name, rk)
        row += read_here
        if piped:  # (a '|' grid's cell, which its next line may carry on)
            wrapped[i] = (line[a:b], row, read_here, start + a)
    if key.blank == "cells" and levels:
        # 'All other cells: negative': each level whose cell the row leaves blank is normal
        said = {lv for (a, b), lv in zip(cells[1:], at_cell[1:], strict=True) if lv and a < b}
        a0, b0 = cells[0]
        row += [
            c
            for _at, lv in levels
            if lv not in said
            for c in _read_as("normal", start + a0, start + b0, lv, name, rk)
        ]
    return row, wrapped


#: a heading's word for its list as a whole ('Foraminal assessment', 'Canal grading')
_ASSESSMENT_WORD = re.compile(
    r"[ \t]+(?:assessment|evaluation|grading|grades?|status|findings?|summary)[ \t]*$", re.I
)
#: a site's adjective left alone as a heading ('Foraminal', 'Neuroforaminal', 'Subarticular')
_SITE_ADJECTIVE = re.compile(r"(?:neural[ \t]+)?((?:neuro-?)?foraminal|subarticular)", re.I)
#: a header line of two sides under a list's heading ('          Left            Right')
_SIDES_HEADER = re.compile(rf"[ \t]*{SIDE}\.?(?:[ \t]{{2,}}|\t){SIDE}\.?[ \t]*", re.I)
#: a list's heading with a column per side on its line ('Foraminal stenosis      Left    Right')
_SIDED_HEADING = re.compile(
    rf"[ \t]*(?P<name>[a-z][a-z \t/-]{{2,40}}?)(?:[ \t]{{2,}}|\t){SIDE}\.?(?:[ \t]{{2,}}|\t){SIDE}\.?[ \t]*",
    re.I,
)
#: a header line of grades over rows of checkboxes under a heading ('CENTRAL CANAL STENOSIS' over
#: '        none   mild   mod   sev' over 'L3-4    [ ]    [x]    [ ]   [ ]')
GRADE_OPTION = r"(?:none|normal|nil|minimal|mild|mod|moderate|sev|severe)\.?"
_GRADES_HEADER = re.compile(
    rf"[ \t]*{GRADE_OPTION}(?:(?:[ \t]{{2,}}|\t){GRADE_OPTION}){{2,}}[ \t]*", re.I
)
#: a row under it: a disc level and two spaces ('L3/4        mild               patent')
_SIDES_ROW = re.compile(
    r"[ \t]*(?P<level>[LTD]\s?\d{1,2}\s*[-/\u2013]?\s*[LS]?\s?\d{1,2})(?:[ \t]*:)?(?=[ \t]{2,}|\t)",
    re.I,
)
#: a row's name: a site (a side after it), a few words ('Lateral recess', 'recess L', 'Rec. lat.')
_ROW_NAME = r"[a-z][a-z.]*(?: [a-z][a-z./]*){0,3}"
#: a level over columns of sides ('  L4-L5             Right       Left'), and a site's row under
#: it ('  Lateral recess    patent      severe')
_LEVEL_SIDES_HEADER = re.compile(
    rf"[ \t]*(?P<level>{DASHED_LEVEL})[ \t]*:?"
    rf"(?:[ \t]{{2,}}|\t)(?P<s1>{SIDE})\.?(?:[ \t]{{2,}}|\t)(?P<s2>{SIDE})\.?[ \t]*",
    re.I,
)
_SITE_ROW = re.compile(rf"[ \t]*(?P<name>{_ROW_NAME})(?:[ \t]{{2,}}|\t)", re.I)


#: a level's upper vertebra and its slash or dash, the lower one on the header's next line
_UPPER_HALF = re.compile(r"(?:[LTD]|Th)\d{1,2}[ \t]*[-/\u2013]", re.I)
_LOWER_HALVES = re.compile(r"[ \t|]*(?:[LS]\d{1,2}[ \t|]+)+[LS]\d{1,2}[ \t|]*", re.I)
_LOWER_HALF = re.compile(r"[LS]\d{1,2}", re.I)


def _wrapped_levels(
    text: str, end: int, line: str, cells: list[tuple[int, int]]
) -> tuple[list[str], int] | None:
    """A grid's header of levels wrapped over two lines: where ``cells`` (three or more, in
    ``line``, which ends at ``end`` in ``text``) are upper vertebrae ('L1/') and the next line
    holds as many lower ones alone ('L2   L3', '|L2  |L3'), each cell's level ('L1/L2') and where
    that next line ends; else None."""
    if len(cells) < 3 or not all(_UPPER_HALF.fullmatch(line, a, b) for a, b in cells):
        return None
    stop = text.find("\n", end + 1)
    stop = len(text) if stop < 0 else stop
    nxt = text[end + 1 : stop]
    if not _LOWER_HALVES.fullmatch(nxt):
        return None
    lower = _LOWER_HALF.findall(nxt)
    if len(lower) != len(cells):
        return None
    return [line[a:b] + v for (a, b), v in zip(cells, lower, strict=True)], stop


#: a grid's key after the line naming its columns, in brackets, perhaps named: ', grades 0-3
#: (0 none, 1 mild, 2 moderate, 3 severe)', '  (0 nil, 1 mild, 2 moderate, 3 severe)'
_HEADER_KEY = r"(?:[ \t]*,?[ \t]*(?:[^\W\d_][^\n():,]{0,30})?\([^()\n]{3,80}\))"
#: a line naming a grid's columns in order, parted by '/' (the last ones perhaps after a ';'),
#: in brackets after a title: 'Level grid (canal / left NF / right NF / left LR / right LR; disc):'
_LISTED_HEADER = re.compile(
    r"[ \t]*[^\W\d_][^\n():]{0,40}?[ \t]*\((?P<cols>[^()\n/|]+(?:/[^()\n/|]+){2,}(?:;[^()\n]+)?)\)"
    rf"{_HEADER_KEY}?[ \t]*:?[ \t]*"
)
#: the same after a title's colon, the columns of a few words each: 'Format per level: disc /
#: central canal / L foramen / R foramen / L LR / R LR / endplates'
_LISTED_HEADER_COLON = re.compile(
    # (a sentence of its own before the title: 'Per-level grid. Order: BULGE / HERNIATION /
    # CANAL / LR-Rt / LR-Lt'; a column's word hyphenated)
    # ('Column order -> level : disc / canal / NF R': its words parted by an arrow)
    # ('LUMBAR - columns: disc / canal / ...': the reading text's ' ; ' for its spaced dash)
    r"[ \t]*(?:[^\W\d_][^\n.:]{0,40}\.[ \t]+)?[^\W\d_]+(?:(?:[ \t>-]+|[ \t]+;[ \t]+)[^\W\d_]+){0,5}"
    r"[ \t]*:[ \t]*"
    r"(?P<cols>[^\W\d_](?:[^\W\d_]|-(?=[^\W\d_]))*(?:[ \t]+[^\W\d_/]+){0,3}"
    r"(?:[ \t]*/[ \t]*[^\W\d_](?:[^\W\d_]|-(?=[^\W\d_]))*(?:[ \t]+[^\W\d_/]+){0,3}){2,})"
    rf"[ \t]*\.?{_HEADER_KEY}?"
)
#: a header's title declaring the format of the report's level lines ('Report format per level:')
_FORMAT_TITLE = re.compile(r"[^:]*\b(?:format|order)\b", re.I)
#: the same with the level's column first, parted from the others by '/', a dash or a colon
#: (perhaps after a title's colon: 'Format: Level - disc / central canal / L foramen'; 'Level --'):
#: 'Level / Disc / Thecal sac / Rt NF / Lt NF', 'Level \u2014 disc / central canal / foramina (L, R):'
_LISTED_LEVEL_HEADER = re.compile(
    rf"[ \t]*(?:[^\W\d_]+[ \t]*:[ \t]*)?{LEVEL_COLUMN}[ \t]*(?:/|--|[:\u2013\u2014-])[ \t]*"
    r"(?P<cols>[^\W\d_][^\n/]{0,40}?(?:[ \t]*/[ \t]*[^\W\d_][^\n/]{0,40}?){2,})[ \t]*:?[ \t]*",
    re.I,
)
#: the same with '|' between the columns, the first the level's: 'Table (segment | disc | dural
#: sac / canal | right foramen | left foramen | lateral recess)' (a '/' is a column's own)
_LISTED_PIPE_HEADER = re.compile(
    rf"[ \t]*[^\W\d_][^\n():|]{{0,40}}?[ \t]*\([ \t]*{LEVEL_COLUMN}[ \t]*\|"
    r"(?P<cols>[^()|\n]+(?:\|[^()|\n]+){1,})\)[ \t]*:?[ \t]*"
    # (or a title of levels, the columns all of findings: 'Per level (Central canal | Lateral
    # recess R/L | Foramen R/L | Disc):')
    r"|[ \t]*(?:per[ \t]+|by[ \t]+)?levels?[ \t]*\((?P<all>[^()|\n]+(?:\|[^()|\n]+){2,})\)[ \t]*:?[ \t]*",
    re.I,
)
#: a row of such a grid: its level, then its cells parted by '|' ('L3-L4  | bulging | - | +')
_LISTED_PIPE_ROW = re.compile(
    rf"[ \t]*\|?[ \t]*(?P<level>{DASHED_LEVEL})[ \t]*[|:][ \t]*(?P<cells>\S[^\n]*?)[ \t]*\|?[ \t]*",
    re.I,
)
#: a column's key of its yes / no cells, in brackets after its name ('bulge (Y/N)')
_YES_NO_COLUMN_KEY = re.compile(r"[ \t]*\((?:y|yes)[ \t]*/[ \t]*(?:n|no)\)", re.I)
#: a line of a grid's key between its header and its first row ('Grading: 0 none, 1 mild')
_GRID_KEY_LINE = re.compile(
    r"[ \t]*(?:grading|grades?|key|legend|scale|codes?|abbreviations?)\b[^\n:]{0,20}:[^\n]*", re.I
)
#: a level's two vertebrae run on, as some departments write them ('L12', 'L45', 'L5S1', 'L3L4')
_RUN_ON_LEVEL = r"(?:L(?:12|23|34|45)|L5S1|T12L1|L[1-4]L(?:(?<=1L)2|(?<=2L)3|(?<=3L)4|(?<=4L)5))\b"
#: a row of such a grid: its level and its cells in the header's order ('L3-L4: mild / mild /
#: none / none / none; bulge')
_LISTED_ROW = re.compile(
    # (or a spaced '/' after the level, as between the cells: 'L4/L5 / EX / 3 / 1,2')
    # (or spaces alone, as a spaced grid's: 'L3/4   mild / mild / nil / bulge')
    rf"[ \t]*(?P<level>{DASHED_LEVEL}|{_RUN_ON_LEVEL})(?:[ \t]*(?:--|[:\u2013\u2014-])|[ \t]+/|[ \t]{{2,}})[ \t]*"
    r"(?P<cells>\S[^\n]*)",
    re.I,
)


def _listed_parts(
    text: str, a: int, b: int, sep: str = "/", semi: bool = True
) -> list[tuple[int, int]]:
    """Spans of the parts of ``[a, b)`` parted by ``sep`` and then (``semi``) ';' ('mild / none;
    bulge')."""
    head = text[a:b].partition(";")[0] if semi else text[a:b]
    out = _parts(text, a, a + len(head), sep)
    if len(head) < b - a:
        out += _parts(text, a + len(head) + 1, b, ";")
    return [(x, y) for x, y in out if x < y] if all(x < y for x, y in out) else []


def _row_cells(text: str, a: int, b: int, sep: str, n: int) -> list[tuple[int, int]]:
    """The ``n`` cells of a grid's row ``[a, b)`` parted by ``sep`` (then ';' after '/': 'mild /
    none; bulge'), or by ``sep`` alone (a cell's own ';': 'bulge; no herniation / severe',
    'bulging; possible protrusion | + | -'), or by ``sep`` spaced (a cell's own '/': 'E1/2');
    [] when none gives ``n``."""
    for semi, part in ((sep == "/", sep), (False, sep), (False, f" {sep} ")):
        cells = _listed_parts(text, a, b, part, semi)
        if len(cells) == n:
            return cells
    return []


def _findings_through(columns: list[str]) -> int:
    """The number of ``columns`` up to the last that names a site, a finding or the disc."""
    named = [k for k, c in enumerate(columns) if names_column(c)]
    return named[-1] + 1 if named else 0


#: a row's note of the earlier study after its cells (' - prior: mild / none / none'; ' ; ' in
#: the reading text)
_EARLIER_NOTE = re.compile(
    r"[ \t]+[-\u2013\u2014;][ \t]+(?:prior|previous(?:ly)?|earlier|was)\b[ \t]*:?", re.I
)
#: a row of another region's disc, its cells parted by '/' or '|' ('T11-T12 / ...')
_OTHER_REGION_LINE = re.compile(rf"[ \t]*{OTHER_REGION}[ \t]*[/|]", re.I)


def _bracket_joined(cols: list[str], sep: str) -> list[str]:
    """A header's ``cols`` parted at ``sep``, a column's own ``sep`` inside its brackets joined
    back ('Lateral recess (R' + 'L)' -> 'Lateral recess (R/L)', a column of both sides)."""
    out: list[str] = []
    for c in cols:
        if out and out[-1].count("(") > out[-1].count(")"):
            out[-1] += sep + c
        else:
            out.append(c)
    return out


def listed_grid_rows(text: str) -> list[TableRow]:
    """Every row of a grid whose header line names its columns in brackets, parted by '/' ('Level
    grid (canal / left NF / right NF / left LR / right LR; disc):', one column at least a site or
    a finding; or after a title's colon; or parted by '|' after the level's column: 'Table
    (segment | disc | canal | ...)'), over lines of a level and as many cells parted the same way
    ('L3-L4: mild / mild-to-moderate / mild / none / none; bulge', 'L3-L4 | bulging | - | +');
    each cell read under its column (:func:`_readings`). A key's line or a blank line may come
    between the header and its first row; a line of anything else ends the grid."""
    if "/" not in text:
        return []
    rows: list[TableRow] = []
    columns: list[str] = []
    key: CellKey | None = None
    opened = False  # a row of the open grid was read
    sep = "/"  # what parts the open grid's columns
    declared = 0  # lines a header declaring the report's format may yet stand above its rows
    for start, end, line in _lines(text):
        if columns and not opened and (not line.strip() or _GRID_KEY_LINE.fullmatch(line)):
            continue  # ('Grading: 0 none, 1 mild, 2 moderate, 3 severe.' under its header)
        row_rx = _LISTED_ROW if sep == "/" else _LISTED_PIPE_ROW
        if columns and (m := row_rx.fullmatch(line)) is not None:
            a = start + m.start("cells")
            b = start + len(line.rstrip(" \t.")) if sep == "/" else start + m.end("cells")
            cells = _row_cells(text, a, b, sep, len(columns))
            if not cells and (note := _EARLIER_NOTE.search(text, a, b)) is not None:
                # a note of the earlier study after the cells ('mild / mild / mild - prior: mild
                # / none / none'): not read
                b = note.start()
                cells = _row_cells(text, a, b, sep, len(columns))
            if (
                not cells
                and ";" not in text[a:b]
                and 3 <= (n := _findings_through(columns)) < len(columns)
            ):
                # a row that leaves off the columns after the last finding's ('L1/2: normal /
                # normal / normal' under '... / L foramen / comment')
                cells = _row_cells(text, a, b, sep, n)
            if cells:
                key = key or _keys(text)
                row: list[TableCell] = []
                for (x, y), column in zip(cells, columns[: len(cells)], strict=True):
                    if column != _EARLIER:
                        row += _readings(text, x, y, m["level"], column, key)
                rows.append(TableRow(start, end, row))
                opened = True
                continue
            if sep not in text[a:b]:
                # a level's row of one cell ('T12-L1: unremarkable'): read as a sentence, the
                # grid open on
                continue
        if columns and _OTHER_REGION_LINE.match(line):
            continue  # another region's row ('T11-T12 / small central protrusion / ...')
        if columns and not opened and declared and ANY_LEVEL.search(line) is None:
            # a line of no level between a header declaring the report's format and its rows
            # ('Report format per level: Disc / CC / NF L / NF R' over the patient's lines)
            declared -= 1
            continue
        columns, opened, sep = [], False, "/"
        h = None
        # (a column's yes / no key read as spaces: 'level / bulge (Y/N) / canal')
        head = _YES_NO_COLUMN_KEY.sub(lambda m: " " * len(m[0]), line) if "(" in line else line
        if head.count("/") >= 2:  # (a header names three columns or more)
            h = (
                _LISTED_HEADER.fullmatch(head)
                or _LISTED_HEADER_COLON.fullmatch(head)
                or _LISTED_LEVEL_HEADER.fullmatch(head)
            )
        if h is None and "|" in line and "(" in line:
            h, sep = _LISTED_PIPE_HEADER.fullmatch(line), "|"
        if h is not None:
            group = "cols" if h["cols"] is not None else "all"
            cols = _bracket_joined(
                [head[x:y] for x, y in _listed_parts(head, h.start(group), h.end(group), sep)], sep
            )
            if (
                len(cols) > 3
                and (lv := LEVEL_NAME.match(cols[0]))
                and not cols[0][lv.end() :].strip()
            ):
                cols = cols[1:]  # (the level's own column after a title: 'Columns: level / disc')
            if any(STENOSIS_COLUMN.search(c) or _FINDING_WORD.search(c) for c in cols):
                columns = cols
                declared = 4 if _FORMAT_TITLE.match(head, 0, h.start(group)) else 0
            elif (studies := study_columns(cols))[-1] == "current" and all(
                x == "prior" for x in studies[:-1]
            ):
                # studies' columns by their dates, the current one last ('Interval change by level
                # (2019 / 2021 / current):'): the current one's cells read bare, the others not
                columns = [_EARLIER] * (len(cols) - 1) + [_BARE]
    return rows


#: a line of a level's fields ('L2/3 - Disc: broad-based bulge. Canal: Mi. Foramina: L Mi / R N.';
#: the reading text has ' ; ' for its ' - ')
_FIELDS_LINE = re.compile(
    # (or leader dots: 'L2-L3 ... Bulging: yes  Canal: 1')
    rf"[ \t]*(?:[-*\u2022][ \t]*)?(?P<level>{DASHED_LEVEL})[ \t]*(?:[:;\u2013]|[ \t]-|\.{{2,}})[ \t]*"
    r"(?P<fields>[^\W\d_][^\n]*)",
    re.I,
)


def _field_rx(stops: str) -> re.Pattern[str]:
    """A field of a level's line, 'name: value', its value ending at one of ``stops`` (before a
    space) or the line's end."""
    return re.compile(
        rf"(?P<name>[^\W\d_][^\W\d_ ./{stops}]*(?:[ \t]+[^\W\d_][^\W\d_./{stops}]*){{0,2}})"
        rf"[ \t]*:[ \t]*(?P<value>[^{stops}\n]*?)[ \t]*(?:[{stops}](?=\s|$)|$)"
    )


#: one field of such a line: its name and its value, to the next stop (or ';', which the reading
#: text puts between fields set apart by spaces: 'Canal: 0;  Left foramen: 1')
_FIELD = _field_rx(".;")
#: one '|'-separated cell of such a line, 'name: value' (a ';' its value's own: 'Disc: broad-based
#: protrusion, indents thecal sac; ? contact L S1 root')
_FIELD_CELL = _field_rx(".")
#: a key's signs as a field's code ('+', '++'; in brackets: '(++)')
_SIGNS = r"\+{1,3}|\(\+{1,3}\)"
#: a code of a field's value in letters or a key's signs ('Mi', '++')
_LETTERS_OR_SIGNS = rf"(?:[^\W\d_]{{1,2}}|{_SIGNS})"
#: ... or a digit ('2')
_SIGN_OR_CODE = rf"(?:{_LETTERS_OR_SIGNS}|[0-3])"
#: a value that is codes only, perhaps each after its side ('Mi', 'Mo-S', 'L Mi / R N', 'N/N')
_CODES_VALUE = re.compile(
    rf"(?:[LR][ \t]+)?{_SIGN_OR_CODE}(?:[ \t]*[-/][ \t]*(?:[LR][ \t]+)?{_SIGN_OR_CODE})*"
)
#: a '|'-separated field with no colon: its name, then a value of codes ('Canal Mi', 'NF R Mi,
#: L N' in 'L4-5:  Canal N  | NF R Mi, L N   | Disc: small diffuse bulge')
_PIPE_FIELD = re.compile(
    r"(?P<name>[^\W\d_][^\W\d_./]*(?:[ \t]+[^\W\d_][^\W\d_./]*){0,2}?)[ \t]+"
    rf"(?P<value>(?:[LR][ \t]+)?{_LETTERS_OR_SIGNS}"
    rf"(?:[ \t]*[-/,][ \t]*(?:[LR][ \t]+)?{_LETTERS_OR_SIGNS})*"
    # (or a digit code, or sides' digits glued to their letters: 'CS 1', 'NF L1 R0')
    r"|[0-3]|[LR][0-3](?:[ \t]+[LR][0-3])?)"
    r"[ \t]*"
)


#: a key of digit codes with no '=' ('grade: 0 absent / 1 mild / 2 moderate / 3 severe')
_DIGIT_SCALE = re.compile(
    r"\b0[ \t]*[:-]?[ \t]*(?:none|absent|normal|nil)\b[^\n]{0,12}?\b1[ \t]*[:-]?[ \t]*mild\b", re.I
)


#: a form's letter marking a column of its key and of its rows ('a) disc', 'L3-L4: a) bulge')
_LETTER_MARK = re.compile(r"(?<![^\s(:;,])([a-h])\)[ \t]*")
#: a row of a lettered form: its level, then its cells each after its letter ('L4-L5: a) mild
#: bulge  b) normal  c) normal  d) mild narrowing on the left, right normal')
_LETTERED_ROW = re.compile(
    rf"[ \t]*(?P<level>{DASHED_LEVEL}|{_RUN_ON_LEVEL})[ \t]*[:\u2013\u2014-]?[ \t]*"
    r"(?P<cells>[a-h]\)[^\n]*?)[ \t.]*",
    re.I,
)


def _lettered_parts(line: str, at: int = 0) -> list[tuple[str, int, int]]:
    """(letter, start, end) of each part of ``line`` from ``at`` after a letter's ')', the
    letters running 'a', 'b', ... in order; [] when they do not."""
    marks = list(_LETTER_MARK.finditer(line, at))
    if len(marks) < 2 or [m[1].lower() for m in marks] != list("abcdefgh"[: len(marks)]):
        return []
    ends = [m.start() for m in marks[1:]] + [len(line)]
    return [(m[1].lower(), m.end(), e) for m, e in zip(marks, ends, strict=True)]


def lettered_grid_rows(text: str) -> list[TableRow]:
    """Every row of a form whose key names its columns by letters on a line of no level (' a)
    disc   b) central canal   c) lateral recess   d) neural foramina', a site or a finding
    among them), over lines of a level and its cells after the same letters ('L4-L5: a) mild
    bulge  b) normal  c) normal  d) mild narrowing on the left, right normal'); each cell read
    under its column (:func:`_readings`). A blank line may come between the key and its rows;
    a line of anything else ends the form."""
    if "a)" not in text or "b)" not in text:
        return []
    rows: list[TableRow] = []
    columns: dict[str, str] = {}
    key: CellKey | None = None
    for start, _end, line in _lines(text):
        if columns:
            m = _LETTERED_ROW.fullmatch(line)
            parts = _lettered_parts(line, m.start("cells")) if m is not None else []
            if m is not None and parts and all(c in columns for c, _, _ in parts):
                key = key or _keys(text)
                row: list[TableCell] = []
                for c, x, y in parts:
                    y = x + len(line[x:y].rstrip(" \t;,."))
                    if x < y:
                        row += _readings(text, start + x, start + y, m["level"], columns[c], key)
                rows.append(TableRow(start, start + len(line), row))
                continue
            if not line.strip():
                continue
            columns = {}
        if ANY_LEVEL.search(line) is not None:
            continue
        parts = _lettered_parts(line)
        first = _LETTER_MARK.match(line, len(line) - len(line.lstrip()))
        if parts and first is not None and first.end() == parts[0][1]:  # (the line opens with 'a)')
            names = {c: line[x:y].strip(" \t;,.") for c, x, y in parts}
            if all(names.values()) and any(names_column(n) for n in names.values()):
                columns = names
    return rows


def coded_field_rows(text: str) -> list[TableRow]:
    """Every line of a level's fields ('L2/3 - Disc: broad-based bulge. Canal: Mi. Foramina: L Mi
    / R N. Lat recess: N.') in a report whose key grades its codes ('N = normal/none, Mi = mild,
    Mo = moderate, S = severe'; '(grade: 0 absent / 1 mild / 2 moderate / 3 severe)'), where a
    field's value is such a code: each field read as a cell under its name (:func:`_readings`,
    the key grading it), as a table's row would be. An indented line under it is of its level:
    its fields read the same, or its prose read as written under the level, once the level's
    fields were read ('       Lateral recess Rt: narrowed, abutting the Rt L5 root.')."""
    if "=" not in text and _DIGIT_SCALE.search(text) is None:
        return []
    rows: list[TableRow] = []
    key: CellKey | None = None
    carried = ""  # the level of the lines of fields above, an indented line's
    rowed = False  # a line of the carried level's was read as fields
    for start, end, line in _lines(text):
        m = _FIELDS_LINE.fullmatch(line)
        under = m is None and carried != "" and line[:1] in " \t" and line.strip() != ""
        if m is not None:
            level, carried, rowed = m["level"], m["level"], False
        elif under:
            level = carried  # ('L4-5: Bulge;  Canal: Mi' over '       Foramen Rt: Mo; ...')
        else:
            carried = ""
            continue
        at = m.start("fields") if m is not None else len(line) - len(line.lstrip())
        fields = _fields_of(line, at)
        key = key or _keys(text)
        if not key.scale:
            return []
        if not any(
            _CODES_VALUE.fullmatch(f["value"])
            and any(
                c.lower() in key.scale or c.lower() == "n" for c in _CODE_WORD.findall(f["value"])
            )
            for f in fields
        ):
            if under and rowed:
                said = line.strip()
                a = start + at
                rows.append(TableRow(start, end, [TableCell(a, a + len(said), f"{level}: {said}")]))
            continue
        row: list[TableCell] = []
        a = start + at
        if (b := start + fields[0].start()) > a:  # (the prose before them, read as written)
            head = text[a:b].rstrip(" \t|")
            # (its abbreviations as the legend names them: 'Disc DB + PCP')
            said = _legend_named(head, key.names) if key.names else head
            row.append(TableCell(a, a + len(head), f"{level}: {said}."))
        for f in fields:
            if f["value"]:
                a, b = start + f.start("value"), start + f.end("value")
                value = _decoded(f["value"], key)
                name = f["name"]
                if key.names:  # 'CS' -> 'central stenosis', where the report's legend says so
                    name = _legend_named(name, key.names)
                row.append(TableCell(a, b, f"{level}: {name}: {value}."))
        rows.append(TableRow(start, end, row))
        rowed = True
    return rows


def _fields_of(line: str, at: int) -> list[re.Match[str]]:
    """The fields of a level's line from ``at``: 'name: value' stops ('Canal: Mi. Foramina: L
    Mi / R N.'), or '|'-separated cells, each 'name: value' or a name and its codes ('Canal N |
    NF R Mi, L N | Disc: small diffuse bulge'; a first cell of prose passed over: 'Disc bulge |
    Canal Mi'); [] when another cell is neither."""
    if "|" in line:
        out: list[re.Match[str]] = []
        for k, part in enumerate(_PIPE_PART.finditer(line, at)):
            f = _FIELD_CELL.fullmatch(line, part.start(), part.end())
            f = f or _PIPE_FIELD.fullmatch(line, part.start(), part.end())
            if f is None and k == 0:
                continue  # prose before the fields ('Disc bulge; no protrusion | Canal Mi | ...')
            if f is None:
                return []
            out.append(f)
        return out
    fields = list(_FIELD.finditer(line, at))
    if fields and fields[0].start() == at:
        return fields
    if ";" not in line:
        return []
    # fields parted by ';', each a name and its codes, perhaps after prose ('L3-L4:  bulge; CS
    # 1; LR L0 R0; NF L1 R1')
    parts = list(_SEMI_PART.finditer(line, at))
    coded = [
        _FIELD_CELL.fullmatch(line, p.start(), p.end())
        or _PIPE_FIELD.fullmatch(line, p.start(), p.end())
        for p in parts
    ]
    # the prose parts before them, read as written ('L4-5: Bulge; Protrusion;  Canal: Mi')
    prose = 0
    while prose < len(coded) and coded[prose] is None:
        prose += 1
    fields = [f for f in coded[prose:] if f is not None]
    # (a part between them that is no field, naming a finding, has the line read as prose: 'TS
    # compressed'; not one naming none: 'TS indented')
    if not fields or any(
        f is None and names_column(p[0]) for p, f in zip(parts[prose:], coded[prose:], strict=True)
    ):
        return []
    colons = all(":" in f[0] for f in fields)
    if not (prose and colons) and not any(
        _DIGIT_CODES.fullmatch(f["value"]) or "+" in f["value"] for f in fields
    ):
        return []  # (not 'Bulge Y;  Herniation N;  Canal: N': a form's answers, read as prose)
    return fields


#: a field's digit code, perhaps each side's glued to its letter ('1', 'L0 R0')
_DIGIT_CODES = re.compile(r"[0-3]|[LR][0-3](?:[ \t]+[LR][0-3])?")
#: one '|'-separated part of a line, from its first word; one ';'-separated part
_PIPE_PART = re.compile(r"[^|\s][^|]*")
_SEMI_PART = re.compile(r"[^;\s][^;]*")
#: a word of a field's value that may be a code ('Mi', 'N', a key's digit '2')
_CODE_WORD = re.compile(
    r"(?<![^\W\d_])[^\W\d_]{1,2}(?![^\W\d_])|(?<![\w.])[0-3](?![\w.])|(?<!\+)\+{1,3}(?!\+)"
)


def _decoded(value: str, key: CellKey) -> str:
    """A field's value with each code as its key grades it ('Mi': 'mild') and 'N' as normal;
    other words (a side's letter: 'L Mi / R N') as written."""

    def word(m: re.Match[str]) -> str:
        low = m[0].lower()
        return key.scale.get(low) or ("normal" if low == "n" else m[0])

    def sided(m: re.Match[str]) -> str:  # 'R1 L0': 'right mild left normal'
        grade = key.scale.get(m[2], m[0])
        return f"{_side_word(m[1])} {'normal' if grade == 'none' else grade}"

    if _SIDE_GLUED_CODE.search(value):
        value = _SIDE_GLUED_CODE.sub(sided, value)
    return _CODE_WORD.sub(word, value)


#: a side's letter glued to its code in a field's value ('foramina R1 L0')
_SIDE_GLUED_CODE = re.compile(r"(?<![\w.])([LR])([0-3])(?![\w.])")


#: a level's line of codes glued to their names, after the level ('L34     DB   CS1   LR1   NFr2
#: NFl1   M2', 'L45  DP (R paracentral)  CS2', 'L4-L5  : B + P (central)  | CS2 | NF 1/2 | MC0'):
#: its level and its tokens
_GLUED_LINE = re.compile(
    rf"[ \t]*(?P<level>{DASHED_LEVEL}|{_RUN_ON_LEVEL})[ \t]*:?[ \t]+(?P<cells>[A-Za-z0-9][^\n]*?)"
    r"[ \t.|]*"
)
#: one token of such a line: a name, perhaps a side's small letter, its code (a grade's digit,
#: a Modic type's, a disc's letter), or a name and each side's code ('NF 1/2', its sides in the
#: order the key gives), or (first) the disc's codes alone ('B + P'); perhaps a note in brackets
#: ('NFr2', 'M1/2', 'DP (R paracentral)', 'NF1 (bilat)', 'E (left subarticular)')
_GLUED_TOKEN = re.compile(
    r"(?:(?P<paired>[A-Z]{2,3})[ \t]+(?P<first>[0-3])[ \t]*/[ \t]*(?P<second>[0-3])"
    r"|(?P<name>[A-Z]{1,3}?)(?P<side>[rl])?(?P<code>[0-3](?:/[0-3])?|[A-Z])"
    r"|(?P<discs>0|[A-Z](?:[ \t]*\+[ \t]*[A-Z])*))(?![\w/])"
    r"(?:[ \t]*\((?P<note>[^()\n]{1,40})\))?"
)
#: what parts the tokens: spaces, perhaps a '|'
_GLUED_GAP = re.compile(r"[ \t|]*")
#: a one-letter name a key spells out ('D = disc (0 normal, B bulge, ...)', 'M = Modic type')
_LETTER_NAME = re.compile(
    r"(?<![\w/])([A-Z])[ \t]*[=:][ \t]*((?i:dis[ck]|modic(?:[ \t]+(?:type|changes?))?))\b"
)
#: the order of a name's two sides in the key ('NF = neural foraminal stenosis (R/L)')
_SIDE_ORDER = re.compile(
    r"\b([A-Z]{2,3})[ \t]*[=:][^;\n()]{3,50}\([ \t]*([RL])[ \t]*/[ \t]*[RL][ \t]*\)"
)


def glued_code_rows(text: str) -> list[TableRow]:
    """Every level's line of codes glued to their names ('L34  DB  CS1  LR1  NFr2 NFl1  M2',
    'L4-L5  : B + P  | CS2 | NF 1/2 | MC0') in a report whose key names them ('CS = central
    stenosis; NF = neural foramen (R/L)', 'D = disc (0 normal, B bulge, P protrusion)', 'M = Modic
    type') and grades their digits ('grade 0 none, 1 mild, ...'); each token read as a cell
    ('L3-L4: right neural foramen: moderate.'). A line with a token the key does not name is
    left to be read as written."""
    if "=" not in text:
        return []
    key: CellKey | None = None
    names: dict[str, str] = {}
    orders: dict[str, tuple[str, str]] = {}
    rows: list[TableRow] = []
    for start, end, line in _lines(text):
        m = _GLUED_LINE.fullmatch(line)
        if m is None:
            continue
        if key is None:
            key = _keys(text)
            names = {x[1]: x[2].lower() for x in _LETTER_NAME.finditer(text)} | {
                k: v.lower() for k, v in key.names.items()
            }
            orders = {
                x[1]: ("right", "left") if x[2] == "R" else ("left", "right")
                for x in _SIDE_ORDER.finditer(text)
            }
        if not key.scale or not names:
            return []
        cells = _glued_cells(m, start, key, names, orders)
        if cells:
            rows.append(TableRow(start, end, cells))
    return rows


def _glued_cells(
    m: re.Match[str],
    start: int,
    key: CellKey,
    names: dict[str, str],
    orders: dict[str, tuple[str, str]],
) -> list[TableCell]:
    """The cells of a glued codes' line (:func:`glued_code_rows`; ``names``: each name's words
    in lower case, ``orders``: the sides of a name's pair of codes), or [] when a token is not
    one the key names (two tokens at least)."""
    level, at, line = m["level"], m.start("cells"), m.string
    out: list[TableCell] = []
    while at < m.end("cells"):
        t = _GLUED_TOKEN.match(line, at)
        if t is None:
            return []
        note = f" ({t['note']})" if t["note"] else ""
        if t["discs"] is not None:  # (the disc's codes, named by no name: first alone)
            codes = [c.strip().lower() for c in t["discs"].split("+")]
            said = [("normal" if c == "0" else key.discs.get(c)) for c in codes]
            if out or not all(said):
                return []
            readings = [f"{level}: disc {' and '.join(map(str, said))}{note}."]
        elif t["paired"] is not None:  # ('NF 1/2': each side's grade, in the key's order)
            meaning, sides = names.get(t["paired"], ""), orders.get(t["paired"])
            grades = [key.scale.get(t["first"]), key.scale.get(t["second"])]
            if not meaning or sides is None or None in grades or "modic" in meaning:
                return []
            readings = [f"{level}: {s} {meaning}: {g}." for s, g in zip(sides, grades, strict=True)]
        else:
            reading = _glued_reading(
                level, names.get(t["name"], ""), t["side"], t["code"].lower(), key
            )
            if reading is None:
                return []
            readings = [reading[:-1] + f"{note}."]
        out += [TableCell(start + t.start(), start + t.end(), r) for r in readings]
        at = _GLUED_GAP.match(line, t.end()).end()  # type: ignore[union-attr]
    return out if len(out) >= 2 else []


def _glued_reading(
    level: str, meaning: str, side: str | None, code: str, key: CellKey
) -> str | None:
    """The reading of a glued token whose name means ``meaning`` (lower case): a Modic type
    ('Modic type 2'), the disc's code ('disc bulge'), or a site's grade ('right neural foramen:
    moderate'); None when the key does not read it."""
    if "modic" in meaning:
        if side or not code[0].isdigit():
            return None
        return f"{level}: no Modic change." if code == "0" else f"{level}: Modic type {code}."
    if meaning.startswith("dis") and not _names_finding(meaning):
        disc = "normal" if code == "0" else key.discs.get(code)
        return None if side or disc is None else f"{level}: disc {disc}."
    grade = key.scale.get(code)
    if not meaning or grade is None:
        return None
    return f"{level}: {_side_word(side) + ' ' if side else ''}{meaning}: {grade}."


def level_sides_rows(text: str) -> list[TableRow]:
    """Every site's row of every table headed by one level over a column per side ('  L4-L5
    Right   Left' over '  Lateral recess    patent    severe' and '  Foramen    patent
    mild-moderate'): each cell read under '<side> <site>' for that level (:func:`_readings`),
    given the cell's span. A line that is no site's row of cells ends the table."""
    if "  " not in text and "\t" not in text:
        return []
    rows: list[TableRow] = []
    sides: list[tuple[int, str]] = []  # (column start, side) of the open table
    level = ""
    key: CellKey | None = None
    for start, end, line in _lines(text):
        if (head := _LEVEL_SIDES_HEADER.fullmatch(line)) is not None:
            level = head["level"]
            sides = [(head.start("s1"), head["s1"]), (head.start("s2"), head["s2"])]
            continue
        if not sides:
            continue
        site = _SITE_ROW.match(line)
        cells = list(_GRID_CELL.finditer(line, site.end())) if site is not None else []
        if site is None or not cells or not site_named(site["name"]):
            sides = []
            continue
        key = key or _keys(text)
        row: list[TableCell] = []
        for cell in cells:
            side = min(sides, key=lambda sd: abs(sd[0] - cell.start()))[1]
            a, b = start + cell.start(), start + cell.end()
            row += _readings(text, a, b, level, f"{side} {site['name']}", key)
        rows.append(TableRow(start, end, row))
    return rows


#: a tick grid's row: a disc level (or, indented, none: the row above's) and a site's name
#: ('L4-L5 canal', 'L5-S1 recess L', '      foramen R')
_TICK_ROW_NAME = re.compile(
    rf"(?:(?P<level>{DASHED_LEVEL})[ \t]*:?[ \t]+)?"
    rf"(?P<name>{_ROW_NAME})",
    re.I,
)
#: a tick grid's mark under a grade ('x', a tick, '[x]'); '[ ]' marks nothing
_TICK_MARK = re.compile(rf"\[?[ \t]*(?P<mark>[{TICK_MARKS}*+])?[ \t]*\]?")


#: an option grid's option column: a grade, a disc's state or a Modic type ('None', 'Mild',
#: 'Mod.', 'Bulge', 'Protrusion', 'Type 1')
_DISC_STATES = r"bulge|bulging|protrusion|extrusion|sequestration|herniation"
_OPTION_NAME = re.compile(
    r"(?:none|normal|nil|absent|present|minimal|mild|mod(?:erate)?|sev(?:ere)?|marked"
    rf"|{_DISC_STATES}|(?:modic[ \t]+)?type[ \t]*(?:[1-3]|i{{1,3}})|(?:grade[ \t]*)?[0-3])\.?",
    re.I,
)
#: the header cell naming what the grid grades ('Canal stenosis', 'Foraminal stenosis', 'Disc')
_GRID_TITLE = re.compile(r"stenos|canal|foram|recess|subartic|dis[ck]|modic|listhes", re.I)
_DISC_TITLE = re.compile(r"dis[ck]", re.I)
#: the first cell of such a grid's row: a disc level, perhaps a side or a site's words after it
_OPTION_ROW_NAME = re.compile(
    rf"(?P<level>{DASHED_LEVEL})(?:[ \t]*:)?(?:[ \t]+(?P<name>{_ROW_NAME}))?", re.I
)


#: an option grid's column of sides ('| Side |'; its cells: :data:`_SIDE_CELL`)
_SIDE_COLUMN = re.compile(r"sides?", re.I)


def option_header_line(line: str) -> bool:
    """Whether a '|' line is an option grid's header ('CENTRAL CANAL | None | Mild | Moderate |
    Severe'), not fields joined by '|'."""
    return _option_columns([w.strip() for w in line.strip().strip("|").split("|")]) is not None


def _option_columns(words: list[str]) -> int | None:
    """Where the options of an option grid's header start among its cells ``words`` (what it
    grades, perhaps a 'Side' column, then three or more options: 'Disc | Normal | Bulge |
    Protrusion', 'Foraminal stenosis | Side | 0 | 1 | 2 | 3'): 1 or 2; None where it is none."""
    first = 2 if len(words) >= 5 and _SIDE_COLUMN.fullmatch(words[1]) else 1
    if (
        len(words) - first >= 3
        and _GRID_TITLE.search(words[0]) is not None
        and not ANY_LEVEL.search(words[0])
        and all(_OPTION_NAME.fullmatch(w) for w in words[first:])
    ):
        return first
    return None


def _disc_states(words: list[str]) -> bool:
    """Whether a header's cells ``words`` are a disc's column and its states ('Disc | Normal |
    Bulge | Protrusion | Extrusion')."""
    return (
        len(words) >= 4
        and _DISC_TITLE.search(words[0]) is not None
        and all(_DISC_STATE.fullmatch(w.strip()) for w in words[1:])
    )


_NORMAL_DISC_COLUMN = re.compile(rf"\s*(?:{_NORMAL_WORDS})\s+disc\s*", re.I)
_DISC_STATE = re.compile(rf"(?:normal|{_DISC_STATES})\.?", re.I)


def _option_said(option: str, title: str) -> str:
    """What a tick under ``option`` says in a grid headed ``title``: the option, a disc's
    'Normal' as the disc's ('Normal disc', not the level's normal)."""
    if _NORMAL_COLUMN.fullmatch(option) and _DISC_TITLE.search(title):
        return f"{option} disc"
    return option


def grade_column_rows(text: str) -> list[TableRow]:
    """Every row of every tick grid whose columns are grades and whose rows name their level and
    site: a header line of three or more grades alone ('             none   mild   moderate
    severe') over rows of a disc level, a site's name (a side after it) and a mark under one
    grade ('L4-L5 canal            x', 'L5-S1 recess L                  x'; 'x', a tick, '[x]');
    an indented row with no level ('      foramen R   x') is of the level of the row above. Each
    row reads as '<level>: <name>: <grade>.' (:func:`_read_as`), given the span of its name to
    its mark; a row with no mark says nothing. A line of anything else ends the grid."""
    if "  " not in text and "\t" not in text:
        return []
    rows: list[TableRow] = []
    grades: list[tuple[int, int, str]] = []  # (start, end, grade) of the header's columns
    level = ""
    key: CellKey | None = None
    title = ""  # what a titled header's grid grades ('CENTRAL CANAL     normal  mild  ...')
    for start, end, line in _lines(text):
        if _GRADES_HEADER.fullmatch(line):
            grades = [(m.start(), m.end(), m.group()) for m in _GRID_CELL.finditer(line)]
            level = title = ""
            continue
        found = (
            list(_GRID_CELL.finditer(line))
            if "|" not in line and (grades or "  " in line or "\t" in line)
            else []
        )
        if len(found) >= 4 and _option_columns([m.group() for m in found]) == 1:
            title = found[0].group()
            grades = [(m.start(), m.end(), m.group()) for m in found[1:]]
            level = ""
            rows.append(TableRow(start, end, []))  # (its options are no prose: 'foramen normal')
            continue
        if not grades:
            continue
        cells = [(m.start(), m.end()) for m in found]
        head = (
            (_OPTION_ROW_NAME if title else _TICK_ROW_NAME).fullmatch(line, *cells[0])
            if cells
            else None
        )
        marks = [_TICK_MARK.fullmatch(line, a, b) for a, b in cells[1:]]
        if (
            head is None
            or not all(marks)
            or (head["level"] is None and (not level or cells[0][0] == 0))
            or cells[0][1] >= grades[0][0]
        ):
            grades = []  # (not a row: the grid ends)
            continue
        level = head["level"] or level
        key = key or _keys(text)
        row: list[TableCell] = []
        for (a, b), mark in zip(cells[1:], marks, strict=True):
            if mark is None or mark["mark"] is None:
                continue
            centre = (a + b) / 2
            word = min(grades, key=lambda g: abs((g[0] + g[1]) / 2 - centre))[2]
            name = f"{title} {head['name'] or ''}".strip() if title else head["name"]
            said = _option_said(word, title)
            row += _read_as(said, start + cells[0][0], start + b, level, name, key)
        rows.append(TableRow(start, end, row))
    return rows


def pipe_option_rows(text: str) -> list[TableRow]:
    """Every row of every '|' grid whose header's first cell names what it grades and whose
    other cells (three or more) are its options ('| Canal stenosis | None | Mild | Moderate |
    Severe |', '| Disc | Normal | Bulge | Protrusion | Extrusion |'), over a rule line and rows of
    a disc level (its side or site after it, or its side in a column headed 'Side') and a tick
    under one option ('| L4-L5 left |  | X |  |  |'). Each row reads as '<level>: <title> <name>: <option>.' (:func:`_read_as`), given the
    span of its first cell to its mark; a row with no mark says nothing, a line of anything else
    ends the grid."""
    if "|" not in text:
        return []
    rows: list[TableRow] = []
    options: list[str] = []
    title = ""
    side_col = 0  # 1 where the header's second column names each row's side ('| Side |')
    header: TableRow | None = None
    key: CellKey | None = None
    for start, end, line in _lines(text):
        if "|" not in line:
            options = []  # (a line of no cells ends the grid)
            continue
        cells = _cells(text, start, end)
        words = [text[a:b] for a, b in cells]
        first = None if not words or HEADER_FIRST.fullmatch(words[0]) else _option_columns(words)
        if first is not None:
            title, options, side_col = words[0], words[first:], first - 1
            header = TableRow(start, end, [])  # (claimed once a row is read: no prose)
            continue
        if not options or RULE_LINE.fullmatch(line):
            continue
        head = _OPTION_ROW_NAME.fullmatch(words[0]) if words else None
        side = words[1] if side_col and len(words) > 1 else ""
        marks = [_option_marks(w) for w in words[1 + side_col :]]
        marks += [[]] * (len(options) - len(marks))  # (cells left blank to the row's end)
        if (
            head is None
            or len(marks) != len(options)
            or any(m is None for m in marks)
            or (side_col and not _SIDE_CELL.fullmatch(side))
        ):
            options = []  # (not a row: the grid ends)
            continue
        if header is not None:
            rows.append(header)
            header = None
        key = key or _keys(text)
        name = " ".join(w for w in (title, head["name"], _side_word(side) if side else "") if w)
        row: list[TableCell] = []
        for (_, b), sides, option in zip(cells[1 + side_col :], marks, options, strict=False):
            for one in sides or []:
                said = _option_said(option, title)
                row += _read_as(said, cells[0][0], b, head["level"], f"{name} {one}".strip(), key)
        rows.append(TableRow(start, end, row))
    return rows


#: an option grid's cell of the sides its option holds for ('L R', 'L', 'R', 'L/R')
_SIDE_MARKS = re.compile(r"(?P<a>[LR])(?:[ \t]*[/,& ][ \t]*(?P<b>[LR]))?")


def _option_marks(cell: str) -> list[str] | None:
    """What an option grid's cell marks: ``['']`` a tick (the row's own side or none), the sides
    its letters name (``['left', 'right']`` for 'L R'), ``[]`` nothing (blank, '[ ]'); None where
    it is no mark (the grid ends)."""
    if tick := _TICK_MARK.fullmatch(cell):
        return [""] if tick["mark"] is not None else []
    if letters := _SIDE_MARKS.fullmatch(cell):
        return [side_name(x) for x in (letters["a"], letters["b"]) if x]
    return None


#: a grid row's or a column's abbreviated site or finding ('Rec. left', 'For. dx', 'Protr.',
#: 'Bulg.'): read as the word
#: a side after such a word ('rt', 'li', 'sin.')
_ABBREVIATED_SIDE = r"(?:rt|lt|r|l|li|re|dx|sx|sin)\.?"
_ABBREVIATION = re.compile(
    # (a side run on after it: 'lat.rec.rt')
    rf"\b(rec|for|protr?|bulg|hern|extr|sten)\.(?=[ \t]|$|{_ABBREVIATED_SIDE}$)"
    r"|(?<!/)\b(sin|dx)\.(?![ \t]*/)",
    re.I,
)
#: a column named by such a word's first letters alone, with no dot, perhaps with its side
#: ('Prot', 'For R', 'Rec L')
_BARE_ABBREVIATION = re.compile(
    rf"\s*(rec|for|protr?|hern|extr)(?:(?:[ \t]+|-){_ABBREVIATED_SIDE})?\s*$", re.I
)
#: a grade's short form and its stop inside a cell, a word after it ('Mod. narrowing B/L')
_GRADE_STOP = re.compile(r"\b(mod|sev)\.(?=[ \t]+[a-z])", re.I)
_GRADE_STOPPED = {"mod": "moderate", "sev": "severe"}
_ABBREVIATED_WORDS = {
    "sin": "left",  # 'Foramen sin.', 'Foramen dx.' (sinister, dexter)
    "dx": "right",
    "rec": "recess",
    "for": "foramen",
    "prot": "protrusion",
    "protr": "protrusion",
    "bulg": "bulge",
    "hern": "herniation",
    "extr": "extrusion",
    "sten": "stenosis",
}


def _abbreviated_word(m: re.Match[str]) -> str:
    """The word an :data:`_ABBREVIATION` match stands for (a side's alone: 'Foramen sin.', not
    'sin./dx.'); a space after it where a side runs on ('lat.rec.rt': 'lat.recess rt')."""
    word = _ABBREVIATED_WORDS[(m[1] or m[2]).lower()]
    return f"{word} " if m.string[m.end() : m.end() + 1].isalpha() else word


#: a cell of a grid line: words apart by single spaces, between runs of two spaces, tabs or '|'
_GRID_CELL = re.compile(r"[^\s|](?:[^\s|]| (?! ))*")
#: a grid header's cell: one disc level ('L4-L5', 'L4/5', 'T12-L1', 'Th12/L1', 'L5S1')
GRID_LEVEL = re.compile(
    r"(?:[LTD]|Th)\d{1,2}\s*[-/\u2013]?\s*(?:[LS]?\d{1,2}|(?<=5[-/\u2013])S)", re.I
)
#: a cell saying the level was not assessed ('N/A', 'NA', 'n.a.', 'not assessable')
#: a grid's header of three or more levels parted by single spaces ('Level T12-L1 L1-L2 L2-L3')
_SINGLE_HEADER = re.compile(
    rf"^[ \t]*(?:{LEVEL_COLUMN}[ \t]+)?(?:{GRID_LEVEL.pattern}[ \t]+){{2,}}{GRID_LEVEL.pattern}[ \t]*$",
    re.I | re.M,
)
#: a run of non-space characters (a single-spaced line's word)
WORD_RUN = re.compile(r"\S+")
#: a one-word cell's grade, yes or no, or code (also sections' single-spaced tables')
GRADE_CELL_WORD = (
    r"(?:no|yes|none|nil|normal|nl|nad|n|y|absent|present|patent|mild|moderate|severe|mod|sev"
    r"|min|minimal|marked|slight|[0-4]|[-+\u2013\u2014]{1,3})"
)
#: a word opening a cell of such a grid's row (that, 'Grade', 'Type', 'Modic1', perhaps with a
#: note: 'mild(bil)'); and a word going on with a grade's or type's cell ('Grade 1', 'Type 1/2')
_CELL_OPENER = re.compile(
    rf"(?:{GRADE_CELL_WORD}|grade|gr|type|i{{1,3}}|iv|n/?a|(?:modic|type)[ \t]?(?:[0-3]|i{{1,3}}))"
    r"\.?(?:\([^()\s]*\))?",
    re.I,
)
_CELL_NUMBER = re.compile(r"(?:[0-4]|i{1,3}|iv)(?:/(?:[0-4]|i{1,3}|iv))?\.?", re.I)
_CELL_NAMED = re.compile(r"(?:grade|gr|type)\.?", re.I)


def _single_cells(line: str, n: int) -> list[tuple[int, int]] | None:
    """The spans of a single-spaced grid row's name and its ``n`` cells ('Listhesis No No Grade 1
    antero No' -> 'Listhesis', 'No', 'No', 'Grade 1 antero', 'No'), or None where its words
    part into no such row. A cell opens with a grade, yes or no or a code, perhaps with a note
    ('mild(bil)', 'Modic1': :data:`_CELL_OPENER`) and takes the words after it that open none:
    a bracket's ('Yes (left foraminal)'), a grade's or type's number ('Type 1/2'); the name is
    the fewest words before ``n`` cells."""
    words = [m.span() for m in WORD_RUN.finditer(line)]
    opens: list[bool] = []
    depth = 0  # brackets open
    for i, (a, b) in enumerate(words):
        w = line[a:b]
        after_named = i > 0 and _CELL_NAMED.fullmatch(line, *words[i - 1]) is not None
        opens.append(
            depth == 0
            and _CELL_OPENER.fullmatch(w) is not None
            and not (after_named and _CELL_NUMBER.fullmatch(w))
        )
        depth = max(0, depth + w.count("(") - w.count(")"))
    for k in range(1, len(words)):
        if opens[k] and sum(opens[k:]) == n:
            starts = [i for i in range(k, len(words)) if opens[i]]
            ends = [*(i - 1 for i in starts[1:]), len(words) - 1]
            return [
                (words[0][0], words[k - 1][1]),
                *((words[i][0], words[j][1]) for i, j in zip(starts, ends, strict=True)),
            ]
    return None


_NOT_ASSESSED = re.compile(  # (French 'n.é.', non évalué; German 'n.b.', nicht beurteilbar)
    # (Spanish 'n/e', no evaluable)
    r"n/?a\.?|n\.a\.|n\.[ \t]?[e\u00e9b]\.|n/e|not\s+assess(?:ed|able)",
    re.I,
)


#: a list's heading alone on its line ('5. Spinal canal stenosis:', '- Foraminal narrowing:',
#: 'SECTION B. CENTRAL CANAL STENOSIS (key: 0 = none, 1 = mild, ...)': a form's section needs no
#: colon, nor does a heading naming its columns: 'Central canal (grade | dural sac CSA | AP)')
_LIST_HEADING = re.compile(
    r"[ \t]*(?:[-*\u2022][ \t]*|\(?\d{1,2}[.)][ \t]*"
    r"|(?P<part>(?:section|part)[ \t]+[a-z0-9]{1,3}[.:)][ \t]*))?"
    r"(?P<name>[a-z][^:\n(]{2,40}?)[ \t]*(?P<cols>\([^()\n]{0,80}\)[ \t]*)?(?(part):?|(?(cols):?|:))[ \t]*",
    re.I,
)
#: the same in capitals with no colon, alone on its line ('FORAMINAL STENOSIS' over its levels)
_CAPS_LIST_HEADING = re.compile(
    r"[ \t]*(?P<name>[A-Z][A-Z \t/-]{2,40}?)[ \t]*(?P<cols>\([^()\n]{0,80}\)[ \t]*)?"
)
#: (a text's lines looked for one in a single pass)
_CAPS_HEADING_LINE = re.compile(rf"^{_CAPS_LIST_HEADING.pattern}$", re.M)
#: a heading of more than one site or of the discs ('Discs and canal:', 'Canal/foramina:'): its
#: lines are of the whole level
_MIXED_HEADING = re.compile(r"\b(?:and|&|or|dis[ck]s?|levels?)\b|/", re.I)
#: a heading of the discs' form alone ('Disc (morphology | height loss)', 'Disc contour:'): its
#: lines are of the disc ('L1-L2: normal': no bulge, no herniation); not 'Discs:' over paragraphs
#: of whole levels
_DISC_HEADING = re.compile(
    r"(?:intervertebral[ \t]+)?dis[ck]s?(?:[ \t]+(?P<what>morphology|contour|status|appearance))?",
    re.I,
)
#: the sides of a list's two values, named in its heading's brackets ('(grade L / grade R)')
_GRADE_PREFIX = r"(?:grades?[ \t]+)?"
_COLUMN_SIDES = re.compile(rf"\b{side_pair(_GRADE_PREFIX)}\b", re.I)
#: a line of such a list: a disc level (or 'Other levels'), ':' or a dash, and a value opening
#: with a grade, a side, a normal word or a disc's ('   L2-3: mild', '   L3-4: left, severe; right,
#: mild', ' L2-L3: bulge | 20%')
_LIST_ROW = re.compile(
    r"[ \t]*(?:[-*\u2022][ \t]*)?(?:(?P<side>left|right|bilateral|both)[ \t]+)?"
    # (a range of levels: 'L1-L2 to L2-L3: free / free')
    rf"(?P<level>{DASHED_LEVEL}(?:[ \t]+(?:to|through)[ \t]+{DASHED_LEVEL})?"
    r"|(?:all[ \t]+)?(?:other|remaining)[ \t]+(?:levels|discs))[ \t]*"
    # (or two spaces: 'L5-S1        none')
    r"(?:[:=\u2013-]|(?<=[ \t][ \t]))[ \t]*(?P<value>(?:none|nil|normal|no|absent|present|yes|mild|mod|moderate|severe"
    r"|patent|clear|free|unremarkable|preserved|adequate|satisfactory"
    r"|minimal|slight|marked|left|right|bilateral|both|grade|type|[0-3]|\+"
    r"|bulg\w*|protru\w*|extru\w*|herniat\w*)\b[^\n|]{0,100}?)[ \t.]*"
    r"(?:\|[^\n]*)?",
    re.I,
)


#: the name of a column named only by its study's date
_BARE = "\x00"
#: an earlier study's column of a '/' grid, not read (:func:`listed_grid_rows`)
_EARLIER = "\x01"
#: a study's year in a column's name ('Canal 2025', 'L NF (2021)')
_COLUMN_YEAR = re.compile(r"\(?\b((?:19|20)\d\d)\b\)?")
#: a column of an earlier study ('Prior (01/2024)', 'Previous', 'Comparison', '2022 (prior)'):
#: not read
_PRIOR_COLUMN = re.compile(
    r"\s*(?:prior|previous|old|earlier|comparison|baseline)\b"
    # (an over-read's column of the read it reviews: 'Level | Outside report | Our interpretation')
    r"|\s*(?:outside|original|initial|external)\s+(?:report|read(?:ing)?|interpretation)\b"
    r"|[^(]*\(\s*(?:prior|previous|earlier|baseline)\b",
    re.I,
)
#: a current study's cell saying the earlier study's holds ('no change', 'unchanged')
SAME_CELL = re.compile(
    r"\s*(?:no\s+(?:interval\s+)?change|unchanged|stable|(?:the\s+)?same|idem|as\s+before)\.?\s*",
    re.I,
)
#: the word naming a column of the current study before its site ('Current canal')
_CURRENT_LEAD = re.compile(r"\s*(?:current|now|today)\b\s*", re.I)
#: (its sides' note after it: 'Foramina now (L/R)')
_CURRENT_TAIL = re.compile(r"(?<=[a-z])\s+(?:current|now|today)\s*(?=(?:\([^()]*\)\s*)?$)", re.I)
#: a column of the current study by its date, the word in brackets after ('15/04/2024 (current)')
_CURRENT_BRACKET = re.compile(r"[^(]*\(\s*(?:current|now|today)\b", re.I)
#: a column of the current study ('Current', 'Now', 'Today', 'This study', 'Current (2024)')
_CURRENT_COLUMN = re.compile(
    r"\s*(?:current(?:\s+(?:study|exam|examination|mri|scan))?|now|today"
    r"|this\s+(?:study|exam|examination|mri|scan)|present\s+study"
    r"|our\s+(?:interpretation|read(?:ing)?|review|opinion)|(?:re-?|over-?)read|second\s+opinion)"
    r"(?:\s*\([^()]{0,20}\))?\s*",
    re.I,
)
#: a column named by a date alone ('03/2021', '2021-03-14', 'Mar 2021')
_DATE_COLUMN = re.compile(
    r"\s*(?:\d{1,2}[./-])?(?:\d{1,2}[./-])?(?:19|20)\d\d(?:[./-]\d{1,2}){0,2}\s*"
    r"|\s*[a-z]{3,9}\.?\s+(?:19|20)\d\d\s*",
    re.I,
)
#: a column naming each row's site ('Structure', 'Item', 'Parameter')
_ITEM_COLUMN = re.compile(
    r"\s*(?:structure|item|parameter|site|feature|region|element|component|compartment)\s*", re.I
)
#: the words of a line, apart where two spaces part them (the columns of a continued row)
_WORDS = re.compile(r"\S+(?: \S+)*")


#: a column of one side named after its site ('NF R', 'Subart L', 'Foramen (Lt)')
_SIDE_AFTER = re.compile(
    # (German 'links' / 'rechts', Spanish 'izq.' / 'izdo.' / 'der.' / 'dcho.')
    rf"\s*\(?\b({SIDE}|sin|sx|dx|dext|li|re|links|rechts|izq|izd[ao]|der|dch[ao])"
    r"(?:(?<=\sli)\.|(?<=\sre)\.|(?<=[qoa])\.|(?<=der)\.)?\)?\s*$",
    re.I,
)


#: a column's subarticular zone in short, in capitals ('L SA', 'R SA')
_SA_WORD = re.compile(r"\bSA\b")
#: a side joined before its column's name by '-' or '_' ('L-NF', 'R_foramen')
_SIDE_BEFORE = re.compile(r"\s*(r|rt|l|lt)(?:[-_]|\.?\s+)(?=[a-z])", re.I)
#: a side joined to its column's name by '-' or '_' ('NFN-L', 'lr_r'), and the other '_' of it
_JOINED_SIDE = re.compile(r"(?<=[a-z])[-_](?=[lr]\b)|_", re.I)
#: a side's capital glued after a site in short ('ForL', 'NFR', 'LRL': left foramen, right NF,
#: left LR)
_GLUED_SIDE = re.compile(r"\s*(?i:(foram|for|nfn|nf|lr|sa))([LR])\s*")
_GLUED_SITE = {"for": "foramen", "foram": "foramen"}


def _column(column: str) -> str:
    """A column name with its side first ('NF R', 'NFN-L' -> 'right NF', 'left NFN'), as the
    rules read sides."""
    before = _SIDE_BEFORE.match(column)
    if before is not None:  # 'L-NF', 'R_foramen': the side first already
        return f"{side_name(before.group(1))} {column[before.end() :]}"
    if (glued := _GLUED_SIDE.fullmatch(column)) is not None:
        site = glued.group(1)
        return f"{side_name(glued.group(2))} {_GLUED_SITE.get(site.lower(), site)}"
    column = _JOINED_SIDE.sub(" ", column)
    side = _SIDE_AFTER.search(column)
    if side is None or not column[: side.start()].strip():
        return column
    # (Latin 'sin' / 'dx' after a column's name: 'LR sin', 'NF dx')
    named = _side_word(side.group(1))
    rest = column[: side.start()].strip()
    if "(" in side.group() and len(words := rest.rsplit(None, 1)) == 2:
        # ('foramen vas (left)': the side's own word in another language, glossed)
        if len(words[1]) <= 4 and not _SITE_WORD.search(words[1]):
            rest = words[0]
    return f"{named} {rest}"


#: a column graded on a 0-3 scale ('Central stenosis (Lee 0-3)', 'Foraminal L/R (0-3)', 'R foramen
#: (Lee)', 'Canal (Kang)', 'LR R/L (Bart)': Bartynski's lateral recess, Wildermuth's foramen) or
#: on Schizas' A-D ('Canal (Schizas)'), and each scale's cells' grades
_SCALE_0_3 = re.compile(
    r"\s*\((?:(?:lee|kang|bart(?:ynski)?|wildermuth)|(?:[a-z]+\s+)?0\s*[-\u2013]\s*3)\)"
    # the scale's name before its site ('Lee SA (L/R)', 'Lee NF', 'Kang canal')
    r"|^\s*(?:lee|kang|bart(?:ynski)?|wildermuth)\s+(?=[a-z])",
    re.I,
)
_SCALE_A_D = re.compile(r"\s*\(schizas(?:\s+a\s*[-\u2013]\s*d)?\)|^\s*schizas\b", re.I)
#: a column's own scale of grade letters ('Central canal (N/Mi/Mo/S)')
_SCALE_LETTERS = re.compile(r"\s*\(\s*n\s*/\s*mi\s*/\s*mo\s*/\s*s(?:ev)?\s*\)", re.I)
#: a scale's site in short ('Lee SA', 'Lee NF') and in words
_SCALED_SITE = {"sa": "subarticular", "nf": "foraminal", "nfn": "foraminal", "lr": "lateral recess"}
_GRADES_0_3 = {"0": "none", "1": "mild", "2": "moderate", "3": "severe"}
_GRADES_A_D = {"a": "none", "b": "moderate", "c": "severe", "d": "severe"}
#: a unit in a column's name ('Canal AP (mm)', 'Foramen height, cm', 'Canal area %')
_UNIT = re.compile(r"\b(?:mm|cm)\b|%|\bratio\b", re.I)
#: a study's year in a column's name ('Canal 2022': a comparison's column)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: a bare grade digit of a stenosis column, maybe queried ('2', '1?')
_GRADE_DIGIT = re.compile(r"[ \t]*([0-3])\??[ \t]*")
#: a cell of Schizas' scale with its subgrade or a reader's mark ('A2', 'B*')
_A_D_SUBGRADE = re.compile(r"[ \t]*([a-dA-D])(?:[1-4]|\*)[ \t]*")
_GRADES_LETTERS = {"n": "none", "mi": "mild", "mo": "moderate", "s": "severe", "sev": "severe"}
#: a column a key's grades are read in (a site or a stenosis); also the stenosis columns of
#: sections' single-spaced tables, whose cells are one word each
STENOSIS_COLUMN = re.compile(
    r"canal|kanal|central|foram|for\u00e1m|recess|receso|rezess|subart|stenos|\blat\.?[ \t]*rec\b"
    r"|\bcentr\.?[ \t]*can\b"
    r"|\b(?:ccs|cc|cs|[rl]?nfn?|[rl]?lrs?|sa|nfs|[rl]?f)\b",
    re.I,
)
#: a stenosis abbreviation naming a column ('CCS', 'NFN L'), and the word 'grade' in a column's
#: name ('ccs_grade')
_ABBREVIATED = re.compile(r"\b(?:ccs|lcs|lscs|scs|b?nfn|lrs|nfs)\b", re.I)
_GRADE_WORD = re.compile(r"\s+grades?\b", re.I)
#: a word after 'disc' naming what a disc column tells of it ('Disc lesion', 'Disc pathology')
_DISC_NOUN = re.compile(
    r"(?<=dis[ck])\s+(?:lesions?|patholog(?:y|ies)|abnormalit(?:y|ies)|morphology|status"
    r"|findings?)\b",
    re.I,
)
#: a structure a cell's later clause speaks of instead of its column's ('patent; right S1 root
#: compressed')
_OWN_SUBJECT = re.compile(r"\b(?:nerve|roots?|thecal|dural|sac|cord|conus|cauda)\b", re.I)
#: a column of the disc's outline named without the disc ('Contour', 'Disc contour', 'Margins')
_DISC_CONTOUR = re.compile(
    r"^\s*(?:dis[ck]\s+)?(?:contours?|profiles?|margins?|outlines?|morphology)\s*$", re.I
)
#: a disc column named in another language (Latin and Dutch 'Discus', Spanish and Italian
#: 'Disco', French 'Disque' and 'Débord discal' (the disc's overhang), Polish 'Dysk', Czech
#: 'Ploténka')
_DISC_LOCAL = re.compile(
    # (German 'Bandscheibe', 'Band-scheiben-pathologie')
    r"^\s*(?:d[iy]s[ck]us|disco|disque|d[e\u00e9]bord(?:ement)?(?:\s+discal)?|dysk|plot[e\u00e9]nk[ay]"
    r"|band-?scheiben?(?:-?[^\W\d_]+)?)\s*$",
    re.I,
)
#: a listhesis column's short name ('Listh'), or its name in another language (Spanish 'Listesis',
#: Italian 'Listesi', Finnish 'Listeesi')
_LISTH = re.compile(r"\b(?:listh|listesis|listesi|listeesi|listese)\b\.?", re.I)
#: a column of Modic changes, whose normal cell is 'none' ('Modic is normal' would say 'Modic')
_MODIC_COLUMN = re.compile(r"modic|end-?\s?plate", re.I)
#: a column naming a finding ('Central stenosis'), not only its site ('Foraminal')
_FINDING_WORD = re.compile(
    r"stenos|narrow|hernia|bulg|prot(?:ru|us)|extru|prolaps|sequest|modic|listh|slip|compress"
    r"|effac|imping|compromi"
    r"|\b(?:hnp|hivd|pivd|ivdp|pid|db|(?-i:D[PEH]))\b",
    re.I,
)
#: a cell that is only a grade ('mild', 'mod', 'mild-moderate', 'moderate to severe')
_GRADE_CELL = re.compile(
    r"(?:minimal|min|mild|slight|mod(?:erate)?|marked|severe|sev|advanced|critical)\.?"
    r"(?:\s*(?:-|/|to)\s*(?:mild|mod(?:erate)?|marked|severe|sev)\.?)?",
    re.I,
)
#: the last arrow of a cell of two studies ('B \u2192 B', '1 -> 2'), and the space after it
_LAST_ARROW = re.compile(r"(?:\u2192|-+>|=>)(?!.*(?:\u2192|->|=>))\s*")
#: a column named by a site's adjective alone ('Foraminal', 'Neuroforaminal', 'Subarticular')
_SITE_ADJECTIVE_END = re.compile(r"\b(?:(?:neural\s+|neuro-?)?foraminal|subarticular)\s*$", re.I)
#: a column named 'Recess' alone: the lateral recess
_BARE_RECESS = re.compile(  # (or shortened: 'Rec. lat. li', its 'Rec.' read as 'recess' by then)
    # (Spanish 'Receso lat.', Italian 'Recesso', German 'Rezessus')
    r"(?:(?<=^)|(?<=^left )|(?<=^right )|(?<=^both ))\s*(?:recess(?:us|es|o)?|receso|rezessus"
    r"|lat\.?[ \t]*rec\.?(?![a-z]))\b"  # ('Lat rec R/L')
    r"(?:[ \t]+lat\b\.?)?",
    re.I,
)
#: the canal's column named in another language (Turkish, German, Swedish 'Kanal', Czech
#: 'kanál', 'Centrální kanál', Dutch 'kanaal', Italian 'Canale', German 'Spinalkanal')
_LOCAL_CANAL = re.compile(
    # (Dutch 'kanaalstenose', the canal's stenosis in one word)
    r"^\s*(?:[^\W\d_]+[ \t-]+|spinal-?)?(?:kan(?:[a\u00e1]|aa)l|canale)(?:stenose)?\b",
    re.I,
)
#: the canal's column with its adjective after ('Canal central', 'Canal spinal')
_CANAL_ADJECTIVE_AFTER = re.compile(r"^\s*canal\s+(?:central|spinal|medular)\s*$", re.I)
#: the central canal's column in short ('Centr. can.', 'C. can.')
_SHORT_CANAL = re.compile(r"^\s*(?:c(?:entr)?\.?[ \t]*)?can\.?\s*$", re.I)
#: a column of each row's finding, in a table comparing two studies
#: a herniation's name (a column's or a cell's; also sections' checkbox options); a bulge's
HERNIATION_NAME = re.compile(
    r"hernia|protru|extru|prolaps|sequest|\b(?:hnp|hivd|pivd|ivdp|pid)\b", re.I
)
_BULGE_NAME = re.compile(r"bulg", re.I)
#: a cell that opens by saying no ('no, discal bulging' under 'Herniation': none, then a bulge)
_NO_LEAD = re.compile(r"\s*(?:no|none|nil|absent)\b", re.I)
_FINDING_ITEM = re.compile(r"\s*(?:findings?|structures?|parameters?)\s*", re.I)
#: a grid's title with its key in brackets ('Discs (Y/N)', 'Stenosis (N = none, M = mild)')
_TITLE_WITH_KEY = r"[a-z][a-z \t]{0,30}\([^()\n]{1,80}\)"
#: a grid's first header cell, over its rows' names ('Segment', 'Parameter', 'Finding',
#: 'Location')
_GRID_FIRST = re.compile(  # (its colon perhaps kept: 'Level:   L3-L4   L4-L5   L5-S1')
    # (two names of a corner cell, the rows' and the columns': 'Item \\ Level', 'Level/Finding')
    r"(?:[a-z]+[ \t]*[\\/][ \t]*)?"
    rf"(?:{HEADER_FIRST.pattern}|{_ITEM_COLUMN.pattern}|{_FINDING_ITEM.pattern}"
    # (or an arrow pointing along the levels: 'LEVEL ->       L1L2    L2L3')
    r"|\s*(?:locations?|sites?|regions?)\s*)(?:[ \t]*[\\/][ \t]*[a-z]+)?(?::|[ \t]*(?:->|\u2192))?"
    # (or a title with its key in brackets: 'Discs (Y/N)   T12-L1   L1-L2   L2-L3'; or one
    # naming the grid: 'Y/N grid:   L1-L2   L2-L3')
    rf"|{_TITLE_WITH_KEY}|(?:[a-z/]+[ \t]+){{0,2}}(?:grid|table|matrix):?",
    re.I,
)
#: ... on a line of its own, between a grid's parts ('Stenosis (N = none, M = mild)')
_GRID_PART_TITLE = re.compile(rf"[ \t]*{_TITLE_WITH_KEY}[ \t]*:?[ \t]*", re.I)
#: a cell drawn across several columns between arrows ('<------- no stenosis ------>')
_SPAN_ARROWS = re.compile(r"<-+\s*(\S.*?)\s*-+>")
#: an earlier study's value before the arrow: a short one, four words at most
_BEFORE_ARROW = re.compile(r"\s*[^\s.;]+(?:\s+[^\s.;]+){0,3}\s*")
#: a cell repeating the one above it ('as above', 'ditto', 'idem', '"', 'same')
_DITTO = re.compile(
    r"\s*(?:as\s+above|ditto|idem|do\.?|same(?:\s+as\s+above)?|[\"\u201c\u201d\u3003])\s*", re.I
)
#: a tick opening a cell's note ('\u2713 mild', '\u2713 L, mild')
_TICK_LEAD = re.compile(r"\s*[\u2713\u2714\u221a]\s+(?=\S)")
#: a side in short opening a cell, before a comma ('L, mild', 'bilat, moderate')
_SIDE_LEAD = re.compile(r"\s*(l|r|lt|rt|bilat|b)\.?\s*,\s*(?=\S)", re.I)
#: a side and a code of the report's scale ('L II', 'R 2')
_SIDE_CODE = re.compile(r"\s*(l|r|lt|rt)\.?\s+(\S+)\s*", re.I)
#: a Modic type alone ('II', '1/2', 'type 2')
_TYPE_CELL = re.compile(r"\s*(?:type\s*)?(?:i{1,3}|[123])(?:\s*[/+-]\s*(?:i{1,3}|[123]))?\s*", re.I)
#: a Modic type after a report's letter code ('E2', 'E1/2', 'MC1/MC2', a key's 'E = Modic')
_CODED_TYPE_CELL = re.compile(
    r"\s*[a-z]{1,2}(?P<a>[123])(?:\s*/\s*(?:[a-z]{1,2})?(?P<b>[123]))?\s*", re.I
)
#: a cell of one side's field ('Rt: mild', 'Both: moderate to severe')
#: a one-side name as a side's field or code is named ('Right', 'Rt', 'R')
_SIDE_NAME = r"right|left|rt|lt|r|l"
_ONE_SIDE_FIELD = re.compile(
    rf"\s*(?P<s>{_SIDE_NAME}|both|bilateral|bilat)\s*:\s*(?P<v>\S.*?)\s*", re.I
)
_SIDE_ALONE = re.compile(r"\s*\(?(l|r|lt|rt|bilat|b)\)?\.?\s*", re.I)
#: a cell of a side's word alone ('Right', 'Bilateral')
_SIDE_WORD_ALONE = re.compile(r"\s*(left|right|bilateral|both|bilat)\.?\s*", re.I)


def study_column(name: str) -> str | None:
    """'prior' where a column's ``name`` is an earlier study's ('Prior (01/2024)', 'prior 2021',
    '02/03/2022 (prior)'), 'current' where it is the current study's ('Current', 'current 2024',
    '15/04/2024 (current)', 'This study'); None for any other."""
    if _PRIOR_COLUMN.match(name):
        return "prior"
    if _CURRENT_COLUMN.fullmatch(name) or _CURRENT_LEAD.match(name) or _CURRENT_BRACKET.match(name):
        return "current"
    return None


def study_columns(names: list[str]) -> list[str | None]:
    """:func:`study_column` of each of ``names``, a column named by a date alone ('2021',
    '03/2022') 'prior' where a current study's column comes after it ('Level | 2021 | Current')."""
    out = [study_column(c) for c in names]
    if "current" in out:
        last = len(out) - 1 - out[::-1].index("current")
        out = [
            "prior" if k < last and x is None and _DATE_COLUMN.fullmatch(names[k]) else x
            for k, x in enumerate(out)
        ]
    return out


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    """The span ``a:b`` of ``text`` without its edge whitespace (empty: ``a == b``)."""
    part = text[a:b]
    x = a + len(part) - len(part.lstrip())
    return x, max(x, a + len(part.rstrip()))


def _side_word(word: str) -> str:
    """'left', 'right' or 'bilateral' for a side word of a cell or a column ('L', 'rt', 'bilat',
    'both'; Latin 'dx' / 'dext' right, 'sin' / 'sx' left; German 're' right, 'li' left; French
    'G', Spanish 'I', Italian 'S', Swedish 'vä' and Danish 've' left; 'hö' / 'hø' right)."""
    low = word.lower()
    if low in _BOTH_WORDS:
        return "bilateral"
    if low in _LOCAL_SIDES:
        return _LOCAL_SIDES[low]
    return "right" if low[:1] == "d" else side_name(word)


_BOTH_WORDS = frozenset({"b", "bilat", "both", "bilateral"})
#: side words of other languages that English does not read as sides (in a pair: 'D/G', 'hö/vä')
_LOCAL_SIDES = {
    "g": "left",  # (French 'gauche')
    "i": "left",  # (Spanish 'izquierdo')
    "s": "left",  # (Italian 'sinistra')
    "v\u00e4": "left",  # (Swedish 'vänster')
    "ve": "left",  # (Danish 'venstre')
    "h\u00f6": "right",  # (Swedish 'höger')
    "h\u00f8": "right",  # (Danish 'højre')
}
#: a side's letter with a stop ending a column's name ('foramen l.', 'Rec. lat. re.')
_SIDE_LETTER_END = re.compile(r"(?<=[a-z] )([lr]|li|re|sin|dx)\.$", re.I)
#: a measure in brackets after a cell's word ('N (13)', 'Mild stenosis (9 mm)')
_MEASURE_NOTE = re.compile(r"(?<=\S)\s*\(\s*\d+(?:[.,]\d+)?\s*(?:mm2?|mm\u00b2|cm)?\s*\)\s*$", re.I)
#: a column naming each row's side, and its cells
#: (Italian 'Lato', Spanish 'Lado', German 'Seite', French 'Côté')
_SIDE_COLUMN = re.compile(r"\s*(?:sides?|lato|lado|seite|c[o\u00f4]t[e\u00e9])\s*", re.I)
#: a side's word as a table cell or sub-row names it ('Left', 'R', 'Lt.')
SIDE_WORD = r"(?:left|right|bilateral|both|l|r|lt|rt|li|re|sin|sx|dx|izq|izd[ao]|der|dch[ao])\.?"
_SIDE_CELL = re.compile(rf"\s*{SIDE_WORD}\s*", re.I)
#: the first row under a header (past lines of its names and rules that open with a '|') opens
#: with a disc level, no '|' before it
_LEVEL_ROW_NEXT = re.compile(
    r"(?:\n[ \t]*(?:\||[-=+]{3,})[^\n]*)*\n[ \t]*(?:[LTD]|Th)[ \t]?\d{1,2}[ \t]*[-/]", re.I
)
#: the last run of spaces of a row's first cell (before the cell of the first level's column)
_LAST_SPACES = re.compile(r"[ \t]{2,}(?!.*[ \t]{2})")
#: a header cell of two sides ('L    R', 'li  re'), carried on under a column's name
_TWO_SIDES = re.compile(rf"({SIDE_WORD})[ \t]{{2,}}({SIDE_WORD})", re.I)
#: two letters of a header's cell, perhaps the sides of the report's key ('P      L')
_TWO_LETTERS = re.compile(r"([A-Z]{1,2})[ \t]{2,}([A-Z]{1,2})")


def _two_sides(text: str, a: int, b: int, start: int, key: CellKey) -> tuple[str, str, int] | None:
    """The sides a header's cell ``text[a:b]`` names ('L    R'; 'P      L' where the report's
    key says 'P = prawy (right)'): the first's word, the second's and where the second stands in
    its line (which starts at ``start``); None when it names no two sides."""
    if two := _TWO_SIDES.fullmatch(text, a, b):
        return two[1], two[2], two.start(2) - start
    two = _TWO_LETTERS.fullmatch(text, a, b) if key.sides else None
    if two is None or not {two[1], two[2]} & key.sides.keys():
        return None
    named = [
        key.sides.get(w) or (_side_word(w) if _SIDE_CELL.fullmatch(w) else "")
        for w in (two[1], two[2])
    ]
    return (named[0], named[1], two.start(2) - start) if all(named) else None


#: a cell's word under a column split in sides
_WORD = re.compile(r"\S+")
#: a column naming no site ('Stenosis', 'Narrowing'), over cells that name theirs
_GENERIC_COLUMN = re.compile(r"\s*(?:stenos[ie]s|narrowing|neural\s+compromise)\s*", re.I)
_SITE_WORD = re.compile(r"canal|central|foram|recess|subart|thecal", re.I)


def site_named(words: str) -> bool:
    """Whether ``words`` name a stenosis site ('Neural foramina', 'canal'; not 'Stenosis')."""
    return _SITE_WORD.search(words) is not None


#: a site graded in brackets inside a cell ('bilateral lateral recess (severe)', 'neural
#: foramina (moderate)'): read as the site's stenosis of that grade
_SITE_GRADED = re.compile(
    r"(?P<site>(?:(?:bilateral|both|left|right)[ \t]+)?(?:lateral[ \t]+recess(?:es)?"
    r"|subarticular(?:[ \t]+(?:zones?|recess(?:es)?))?|(?:neural[ \t]+|neuro)?foram(?:en|ina)"
    r"|(?:central[ \t]+|spinal[ \t]+)?canal))[ \t]*\([ \t]*(?P<grade>"
    + _GRADE_CELL.pattern
    + r")[ \t]*\)",
    re.I,
)
#: a note in a column's name, not a side: 'Disc contour (MSU)'
_NOTE = re.compile(r"\s*\((?!\s*(?:r|l|rt|lt|right|left)\s*\))[^()]*\)", re.I)
#: a column named in another language with its English in brackets ('Diskbuktning (bulge)')
_GLOSSED_NAME = re.compile(  # (of up to four words, its sides after it: 'Lo lien hop P/T')
    r"\s*[^\W\d_]+(?:[ \t.-][^\W\d_]+(?:/[^\W\d_]+)?){0,3}\.?[ \t]*"
    r"\(([a-z][a-z \t]{2,40}(?:[ \t]+[a-z]{1,2}/[a-z]{1,2})?)\)\s*",
    re.I,
)
#: a stenosis named in another language in a column's name (Swedish 'stenos', Czech 'stenóza',
#: Polish 'stenoza', Spanish 'estenosis')
#: a column of the levels' alignment ('Alignment': normal, or a slip)
_ALIGNMENT_COLUMN = re.compile(r"^\s*alignment\s*$", re.I)
_LOCAL_STENOSIS = re.compile(r"\b(?:stenos[ei]?|sten[o\u00f3]z[ae]?|estenosis|estenose)\b", re.I)
#: a column's words as the rules read them, in this order: 'Disc lesion' -> 'Disc', 'Contour' /
#: 'Disc margin' / 'Discus' -> 'Disc', 'Recess (sin/dx)' / 'Recessus' -> 'lateral recess', 'Kanal'
#: / 'Centrální kanál' -> 'canal', 'Central stenos' -> 'Central stenosis'
_COLUMN_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_DISC_NOUN, ""),
    (_DISC_CONTOUR, "Disc"),
    (_DISC_LOCAL, "Disc"),
    (_BARE_RECESS, "lateral recess"),
    (_LOCAL_CANAL, "canal"),
    (_SHORT_CANAL, "central canal"),
    (_CANAL_ADJECTIVE_AFTER, "central canal"),
    (_LOCAL_STENOSIS, "stenosis"),
    (_ALIGNMENT_COLUMN, "listhesis"),
)
#: English words of a column's name before a note in brackets ('Endplates (Modic)'); not 'disc'
#: ('Diskbuktning (bulge)' is Swedish), which the legends' English words hold
_ENGLISH_HEAD = re.compile(
    r"end\s*-?plates?|vertebra|bod(?:y|ies)|marrow|signal|facets?|joints?|ligament|roots?|sac"
    r"|cord|alignment|comments?|notes?|findings?|other|remarks?",
    re.I,
)


#: a disc named alone
_DISC_ALONE = re.compile(r"\s*(?:intervertebral\s+)?dis[ck]s?\s*", re.I)


def _sided_english(column: str) -> str:
    """``column``, or its English where that names its sides too ('Lo lien hop P/T (foramen
    R/L)': 'foramen R/L', a column per side)."""
    english = _english_name(column)
    return english if english != column and _SIDE_PAIR.search(english) else column


def _english_name(column: str) -> str:
    """``column``, or the English in its brackets where only that names a finding or a site and
    the name before it is of another language ('Diskbuktning (bulge)'; not 'Endplates (Modic)')."""
    m = _GLOSSED_NAME.fullmatch(column)
    if m is None or not names_column(m[1]):
        return column  # ('Valilevy (disc)': the disc)
    head = column[: m.start(1)]
    if _names_finding(head) or _ENGLISH_HEAD.search(head):
        return column
    # (a side put before it: 'right Otwor (foramen)' under 'P', the right foramen)
    side = _SIDE_WORD_FIRST.match(column)
    return f"{side[1]} {m[1]}" if side else m[1]


_SIDE_WORD_FIRST = re.compile(r"\s*(left|right|bilateral)\s", re.I)


#: a column of a site in short, after its side ('left F', 'right LR', 'CS')
_SHORT_COLUMN = re.compile(
    r"(?<![^ \t])(?:f|nf|lr|cs|cc|css|fs|central|lf|rf|lnf|rnf|llr|rlr)$", re.I
)
#: a site's adjective ending a part of a cell ('mod central', 'mild bilat foraminal')
_SITE_ADJECTIVE_PART = re.compile(
    r"\b(?:central|foraminal|subarticular|recess|canal|lateral\s+recess)(?=\s*(?:,|;|$))", re.I
)
#: an abbreviation in capitals a legend may spell out ('DB', 'PP')
_CAPS_WORD = re.compile(r"\b[A-Z]{2,5}\b")
#: a Latin side before a cell's grade ('sin. moderate, dx. slight')
_LATIN_SIDE = re.compile(
    r"\b(sin|sx|dx|dext)\b\.?(?=\s+(?:free|slight|slightly|mild|mildly|moderate|moderately|severe"
    r"|severely|marked|markedly|narrow|narrowed|normal|patent|high|low|medium))",
    re.I,
)
#: a cell's words and its code in brackets after them ('eng (+++)', 'mässig (++)')
_CODE_AFTER = re.compile(r"[^()]*\(\s*(\+{1,3}|[0-4])\s*\)\s*")
#: a cell naming a scale's grade by its number ('grade 1', 'Gr. 2')
_GRADE_CODE = re.compile(r"\s*(?:grade|gr\.?)\s*([0-4])\s*", re.I)
#: a cell of two codes of a scale ('1-2': between mild and moderate)
_CODE_RANGE = re.compile(r"([0-4]|[a-z]{1,3})(?:-|to)([0-4]|[a-z]{1,3})")
#: a cell of a code and a note in brackets ('\u2713 (mild)', '\u2713 (right moderate, left mild)')
_NOTED_CELL = re.compile(r"(\S{1,3})\s*\(([^()]+)\)\s*")


def _ticked(cell: str) -> tuple[str, str] | None:
    """A cell of checkboxes read as (sides, cell): '[x]' -> ('', '+'), '[ ]' -> ('', 'none');
    '[ ] mild [x] mod [ ] sev' -> ('', 'mod'); '[x] L [x] R  (mild)' -> ('left and right',
    'mild'); '[x] narrowed: R mild' -> ('', 'R mild'); none ticked -> ('', 'none'). None: not a
    cell of checkboxes."""
    boxes = list(_BOX.finditer(cell))
    if not boxes or cell[: boxes[0].start()].strip():
        return None
    labels = [(m[1] is not None, m[2].strip()) for m in boxes]
    note = ""
    if (n := _BOX_NOTE.search(labels[-1][1])) is not None:
        note = n[1].strip()
        labels[-1] = (labels[-1][0], labels[-1][1][: n.start()].strip())
    ticked = [label for on, label in labels if on]
    if not ticked:
        return "", "none"
    if all(label.lower() in _BOX_SIDES for label in ticked):
        return " and ".join(_BOX_SIDES[x.lower()] for x in ticked), note or "+"
    # (an option and its detail after a colon: '[x] narrowed: R mild, L patent' -> the detail)
    return "", ", ".join(x.partition(":")[2].strip() or x for x in ticked if x) or "+"


def _reading(
    level: str, column: str, cell: str, key: CellKey, scale: dict[str, str] | None = None
) -> str | None:
    """'<level>: <column>: <cell>.', or '<level>: <column> is normal.' for a normal cell ('N',
    'WNL'; a dash or a code where the report's key says so): of the column's structure only, where
    a bare 'Normal' after a level would be the whole level's. In a column graded on a scale
    (``scale``: cell -> grade, e.g. 0-3: 0 none, 1 mild, 2 moderate, 3 severe) a cell of it reads
    as its grade. A '+' / 'Y' cell (or a code the key calls present: a tick) states its column's
    finding ('<level>: Bulge.'; a site's column: its stenosis), and the note in brackets after it
    reads as the cell ('\u2713 (mild)': 'mild'); a dash no key explains says nothing (None). A
    column of a site in short ('F-L', 'LR R') reads as the site's name."""
    if column == _BARE:
        return f"{level}: {cell}."
    if (mark := _FOOTNOTE_MARK.search(cell)) is not None:
        cell = cell[: mark.start()]  # 'Yes*', 'Mod^1' (a footnote below the table): 'Yes', 'Mod'
    if key.names and _CAPS_WORD.search(cell):  # 'DB + PP' where the legend spells them out
        cell = _legend_named(cell, key.names)
    if ";" in cell and (own := _OWN_SUBJECT.search(cell)) is not None and own.start() > 0:
        # 'patent; right S1 root compressed' under 'Spinal canal': the column's cell, then a
        # statement of another structure (not of the canal)
        first, _, rest = cell.partition(";")
        if first.strip() and own.start() > len(first):
            head = _reading(level, column, first.strip(), key, scale)
            return f"{head or ''} {level}: {rest.strip().rstrip('.')}.".lstrip()
    if key.sides:  # 'Foramen P' where the key says 'P - right'
        column = _LAST_LETTERS.sub(lambda m: key.sides.get(m[1], m[1]), column)
    if (
        cell.endswith(")")
        and (glossed := _CELL_GLOSS.fullmatch(cell)) is not None
        and ENGLISH_WORD.search(glossed["gloss"])
        and not ENGLISH_WORD.search(glossed["head"])
    ):
        # a cell of another language's words glossed whole in English ('deshidratado, sin
        # abombamiento ni hernia (desiccated, no bulge or herniation)'): the English read
        cell = glossed["gloss"]
    if scale is _GRADES_A_D and (sub := _A_D_SUBGRADE.fullmatch(cell)) is not None:
        cell = sub[1]  # 'A2', 'B*' on Schizas' scale: its letter (A1-A4 all no stenosis)
    if scale and (pair := _CODE_RANGE.fullmatch(_code(cell))) and {pair[1], pair[2]} <= set(scale):
        # '1-2' on a 0-3 scale, 'Mo-S' on a key's N/Mi/Mo/S: the higher code (a grade between two
        # reads as the higher)
        cell = max(pair[1], pair[2], key=lambda c: GRADE_RANK.get(scale[c], 0))
    if key.words:  # 'hafif' under 'Foramen sağ', where the legend says 'hafif = mild, sağ = right'
        column, cell = _translated(column, key.words), _translated(cell, key.words)
    if _words_rx(_CELL_WORD_KEYS).search(cell):  # 'Sí - moderada' (no legend needed)
        cell = _translated(cell, _CELL_WORDS)
    if "." in cell:  # 'Mod. narrowing B/L': the grade's word (its stop would end the sentence)
        cell = _GRADE_STOP.sub(lambda m: _GRADE_STOPPED[m[1].lower()], cell)
    if "(" in cell:  # ('grave (severe)', translated 'severe (severe)': the word once)
        cell = _SAME_GLOSS.sub(r"\1", cell)
    if key.dash_normal and "-" in cell:  # 'dx - / sx lieve' where '- = none': 'right normal / ...'
        cell = _SIDE_DASH.sub(" normal", cell)
    column = _english_name(column)  # 'Diskbuktning (bulge)': the bulge
    column = _LISTH.sub("listhesis", _GRADE_WORD.sub("", _column(_NOTE.sub("", column))))
    for said, english in _COLUMN_WORDS:
        column = said.sub(english, column)
    if column.endswith("."):  # 'foramen l.': 'foramen left' (no stop inside its sentence)
        column = _SIDE_LETTER_END.sub(lambda m: _side_word(m[1]), column)
    if _SITE_ADJECTIVE_END.search(column):
        column = f"{column.rstrip()} stenosis"  # 'Foraminal (L / R)': the foraminal stenosis
    if (site := _SHORT_COLUMN.search(column)) is not None:
        column = column[: site.start()] + _SITE_SHORT[site[0].lower()]
    if (tick := _TICK_LEAD.match(cell)) is not None:
        cell = cell[tick.end() :]  # '\u2713 L, mild': the note after the tick
    if (lead := _SIDE_LEAD.match(cell)) is not None and STENOSIS_COLUMN.search(column):
        # 'L, mild' under 'Foraminal narrowing': 'left, mild'
        cell = f"{_side_word(lead[1])}, {cell[lead.end() :]}"
    elif tick is not None and (alone := _SIDE_ALONE.fullmatch(cell)) is not None:
        # '\u2713 R' under 'Foraminal narrowing': the right foraminal narrowing
        column, cell = f"{_side_word(alone[1])} {column}", "+"
    elif (alone := _SIDE_WORD_ALONE.fullmatch(cell)) is not None and STENOSIS_COLUMN.search(column):
        # 'Right' under 'Neural foraminal narrowing': the right side's narrowing
        column, cell = f"{_side_word(alone[1])} {column}", "+"
    if STENOSIS_COLUMN.search(column) and _LATIN_SIDE.search(cell):
        # 'sin. moderate, dx. slight' under 'Foramina': each side's grade
        cell = _LATIN_SIDE.sub(lambda m: _side_word(m[1]), cell)
    if "(" in cell:  # 'lateral recess (severe)': 'severe lateral recess stenosis'
        cell = _SITE_GRADED.sub(r"\g<grade> \g<site> stenosis", cell)
        cell = _MEASURE_NOTE.sub("", cell)  # 'N (13)': a measure beside the cell's word
    if _GENERIC_COLUMN.fullmatch(column) and _SITE_WORD.search(cell):
        # 'Stenosis | no canal or foraminal stenosis': the cell's sites; a site's adjective ending
        # a part names the column's finding ('mod central, mild bilat foraminal')
        noun = column.strip().lower()
        named = _SITE_ADJECTIVE_PART.sub(lambda m: f"{m[0]} {noun}", cell)
        return f"{level}: {named}."
    if key.dash_box_unread and _DASH_BOX_CELL.fullmatch(cell):
        return None  # '[-]' where the key says '[-] not assessable'
    if (ticked := _ticked(cell)) is not None:
        sides, cell = ticked
        column = f"{sides} {column}" if sides else column
    noted = _NOTED_CELL.fullmatch(cell)
    keyed = None if noted is None else key.scale.get(_code(noted[1]))  # (what the key calls it)
    if noted and (keyed == "present" or _PLUS_CELL.fullmatch(noted[1])):
        cell = noted[2].strip()  # '\u2713 (mild)': the note, under a column of its finding
    elif noted and (keyed == "none" or noted[1] in ("\u2717", "\u2718")):
        cell = noted[1]  # '\u2717 (fibrosis)' (a cross, or a code the key calls none): the code
    elif (plus := _PLUS_NOTED.fullmatch(cell)) is not None:
        # '(+)mild' under 'Canal stenosis': 'mild Canal stenosis' ('(+)bil', '(+) Lt': a side)
        column, cell = f"{plus[1].strip()} {column}", "+"
    if (
        key.discs
        and (codes := _DISC_CODES.fullmatch(cell)) is not None
        and not STENOSIS_COLUMN.search(column)  # (a site's 'N' is its own: 'N = no narrowing')
    ):
        words = [key.discs.get(c.lower()) for c in re.split(r"\s*[+/,&]\s*|[ \t]+", codes[1])]
        if any(words):  # 'B+P' under 'Disc': 'bulge and protrusion' ('B+OF': the key's bulge)
            cell = " and ".join(w for w in words if w) + (f" {codes[2]}" if codes[2] else "")
    if (
        scale
        and (sided := _SIDE_CODE.fullmatch(cell)) is not None
        and (_code(sided[2]) in scale or _DASH_CELL.fullmatch(sided[2]))
        and STENOSIS_COLUMN.search(column)
    ):
        # 'L II' under 'Lateral recess stenosis' on a scale of I-III: the left side's grade
        column, cell = f"{_side_word(sided[1])} {column}", sided[2]
    if scale and (coded := _CODE_AFTER.fullmatch(cell)) is not None and _code(coded[1]) in scale:
        cell = coded[1]  # 'mässig (++)' where the key says '++ mässig (moderate)': the code
    # ('1?' or '?1' where the key says '? = possible' or '? = query': the code, hedged)
    bare = cell.strip("?")
    hedged = scale is not None and len(bare) == len(cell) - 1 and _code(bare) in scale
    if hedged:
        cell = bare
    code = _code(cell)
    if scale and (graded := _GRADE_CODE.fullmatch(cell)) is not None:
        code = graded[1]  # 'grade 1' under 'Foramen (Lee)': the scale's '1'
    if key.scale.get(code) == "":
        return None  # a code the key calls not assessed ('x = not assessed')
    grade = scale.get(code) if scale else None
    if grade == "present":
        grade = None  # (read as a '+')
    if grade is not None:
        # 'L3-L4: mild left Foraminal stenosis.' ('left Foraminal: mild' names no finding)
        name = column if _FINDING_WORD.search(column) else f"{column} stenosis"
        grade_words = "no" if grade == "none" else f"possible {grade}" if hedged else grade
        return f"{level}: {grade_words} {name}."
    # (a cross no key explains is a tick: 'X' under 'Normal', 'Bulging')
    states = (
        _PLUS_CELL.fullmatch(cell) is not None
        or key.scale.get(code) == "present"
        or (code == "x" and code not in key.scale)
    )
    if _NORMAL_COLUMN.fullmatch(column) and states:
        return f"{level}: normal."  # a tick under a column named 'Normal': the level is normal
    if _NORMAL_DISC_COLUMN.fullmatch(column) and states:
        return f"{level}: Disc: normal disc."  # (under 'Normal' among a disc's states)
    if states:
        # '+' / 'Y' under a column: its finding stated ('L4-L5: Bulge.'), or its site's stenosis
        if _FINDING_WORD.search(column) or _ABBREVIATED.search(column):
            return f"{level}: {column}."
        return f"{level}: {column} stenosis." if STENOSIS_COLUMN.search(column) else None
    if (
        _DASH_CELL.fullmatch(cell)
        # ('--', '---': normal only where the report's key says so)
        and (not key.dash_normal or (len(cell) > 1 and not key.dash_keyed))
        # (under a Modic column a dash is no Modic change, unless a key says it is not assessed)
        and not (not key.dash_keyed and _MODIC_COLUMN.search(column))
    ):
        return None  # a dash no key explains: nothing said
    if (
        _NORMAL_CELL.fullmatch(cell)
        or _DASH_CELL.fullmatch(cell)
        or key.scale.get(code) == "none"
        or (_OPEN_CELL.fullmatch(cell) and STENOSIS_COLUMN.search(column))  # 'NFS': 'patent'
    ):
        if _MODIC_COLUMN.search(column):
            # (an 'Endplates' column's 'Normal': no Modic change)
            return f"{level}: {column if 'modic' in column.lower() else 'Modic'}: none."
        if _FINDING_WORD.search(column) or _ABBREVIATED.search(column):
            # a column named by its finding or an abbreviation ('Central stenosis', 'CCS'): 'no
            # <column>' ('CCS is normal' would state the stenosis)
            return f"{level}: no {column}."
        return f"{level}: {column} is normal."
    if _ABBREVIATED.search(column) or (
        _GRADE_CELL.fullmatch(cell) and _FINDING_WORD.search(column)
    ):
        # 'mild right NFN' (an abbreviation is read after its grade); 'mild Canal stenosis' (a
        # grade under a column named by its finding: 'Canal stenosis: mild' reads as a heading)
        return f"{level}: {cell} {column}."
    if (
        _BULGE_NAME.search(cell)
        and HERNIATION_NAME.search(column)
        and not HERNIATION_NAME.search(cell)
        and not _NO_LEAD.match(cell)
    ):
        return f"{level}: disc {cell}."  # 'bulging' under 'Disc herniation': a bulge, no more
    if _TYPE_CELL.fullmatch(cell) and _MODIC_COLUMN.search(column):
        return f"{level}: Modic {cell}."  # 'II' under 'Endplate (Modic)': Modic type II
    if (coded := _CODED_TYPE_CELL.fullmatch(cell)) and _MODIC_COLUMN.search(column):
        types = "/".join(t for t in coded.group("a", "b") if t)
        return f"{level}: Modic {types}."  # 'E1/2' under 'endplates': Modic type 1/2
    if "N" in cell:  # 'R mod, L N': the side's 'N' is normal
        cell = _SIDE_N.sub(r"\1 normal", cell)
    if (
        (end := _SIDE_LETTER_AFTER.search(cell)) is not None
        and STENOSIS_COLUMN.search(column)
        and not SIDE_IN_WORDS.search(cell, 0, end.start())
    ):
        cell = f"{cell[: end.start()]} {_side_word(end[1])}"  # 'mild narrowing L': of the left
    return f"{level}: {column}: {cell}."


#: a side's letter after a cell's words ('mild narrowing L'), the cell's only side
_SIDE_LETTER_AFTER = re.compile(r"(?<=[a-z])[ \t]+([LR])\.?$")
#: a side named in a cell's or a legend's words ('R mod, L N', 'FI = left foramen')
SIDE_IN_WORDS = re.compile(rf"(?<![A-Za-z])(?:{_SIDE_NAME}|bilat\w*|both)(?![A-Za-z])", re.I)
#: a side's letter and 'N' for normal in a cell of both sides ('R mod, L N')
_SIDE_N = re.compile(r"(?<![^\W\d_])([LR])[ \t]+N(?![^\W\d_])")


def _read_as(
    said: str, a: int, b: int, level: str, column: str, key: CellKey = _NO_KEY
) -> list[TableCell]:
    """The readings of ``said`` (a cell's text as it is meant: a ticked box's option, a cell's
    lines joined) under its column, each given the span ``[a, b)`` of the report's text."""
    return [TableCell(a, b, c.reading) for c in _readings(said, 0, len(said), level, column, key)]


def _legend_named(words: str, names: dict[str, str]) -> str:
    """``words`` with each abbreviation in capitals that the report's legend names written as
    its name ('CS' -> 'central stenosis')."""
    return _CAPS_WORD.sub(lambda m: names.get(m[0], m[0]), words)


#: a cell of the readers' grades and, after an arrow, the one adjudicated or now ('1/2 -> 2 (R3)',
#: 'mild -> moderate'): group 1, the last, its bracketed note left out; only grades or codes before
#: the arrow (not a cause: 'Disc bulge with facet hypertrophy -> mild canal stenosis')
_ARROW = r"(?:->|=>|\u2192)"
_ARROW_CODES = (
    r"(?:(?:[0-9]|[a-z]{1,3}|none|normal|nil|mild|moderate|severe)(?![a-z0-9])[ \t]*[/,]?[ \t]*)+"
)
_AFTER_ARROW = re.compile(
    rf"[ \t]*{_ARROW_CODES}(?:{_ARROW}[ \t]*{_ARROW_CODES})*"
    rf"{_ARROW}[ \t]*((?:(?!{_ARROW})[^()\n])*?)[ \t]*(?:\([^()\n]{{0,20}}\))?[ \t]*$",
    re.I,
)


def _readings(
    text: str,
    a: int,
    b: int,
    level: str,
    column: str,
    key: CellKey = _NO_KEY,
) -> list[TableCell]:
    """The cell ``[a, b)`` read under its column; a column of both sides ('FORAMEN R / L') and a
    cell 'None / Mild' read as one cell per side ('L3-L4: right FORAMEN is normal.', '... left
    ...: Mild.'), each given the span of its part of the cell. The report's ``key`` grades the
    cells of a stenosis column, and says which codes are normal in any column."""
    if _NOT_ASSESSED.fullmatch(text, a, b):
        return []  # ('n/a' under 'Subarticular (L/R)': not 'n' and 'a' per side)
    if ">" in text[a:b] or "\u2192" in text[a:b]:
        last = _AFTER_ARROW.match(text[:b], a)
        if last is not None and last[1]:
            a, b = last.start(1), last.end(1)  # ('0/1 -> 0 (R3)': the final grade alone)
    if "-" in column:  # 'LR-Rt', 'NF-Lt': the site, its side after a space
        column = _SIDE_HYPHEN.sub(r"\1 ", column)
    if key.names:  # 'CS' -> 'central canal stenosis', where the report's legend says so
        column = _legend_named(column, key.names)
    if key.words and "/" in column:  # ('Foramen hø/ve' where 'hø = højre (right)': its sides)
        column = _translated(column, key.words)
    if key.sides and "/" in column:  # ('Rec. lat. J/B' where 'J = jobb (right), B = bal (left)')
        column = _SIDE_LETTER_PAIR.sub(
            lambda m: f"{key.sides.get(m[1], m[1])}/{key.sides.get(m[2], m[2])}", column
        )
    if "SA" in column:  # 'L SA', 'SA R': the subarticular zone's
        column = _SA_WORD.sub("subarticular", column)
    if "." in column:  # 'For. dx', 'Protr.': the words
        column = _ABBREVIATION.sub(_abbreviated_word, column)
    elif (bare := _BARE_ABBREVIATION.match(column)) is not None:  # 'Prot', 'For R': the words
        column = _ABBREVIATED_WORDS[bare[1].lower()] + column[bare.end(1) :]
    scale = key.scale if key.scale and STENOSIS_COLUMN.search(column) else None
    if (
        (digit := _GRADE_DIGIT.fullmatch(text, a, b)) is not None
        and (scale is None or digit[1] not in scale)
        and STENOSIS_COLUMN.search(column)
        and not _YEAR.search(column)
        and not _UNIT.search(column)
    ):
        # '2' under 'LR-L' where no key grades it: a grade of 0-3 ('0 none ... 3 severe'; not
        # under a study's year, 'Canal 2022', whose columns the comparison reads, nor a measure's
        # column, 'Foramen R (mm)')
        scale = _GRADES_0_3 | (scale or {})
    for pattern, grades in (
        (_SCALE_0_3, _GRADES_0_3),
        (_SCALE_A_D, _GRADES_A_D),
        (_SCALE_LETTERS, _GRADES_LETTERS),
    ):
        if (scaled := pattern.search(column)) is not None:
            # 'Foraminal L/R (Lee 0-3)': 'Foraminal L/R', its cells grades; 'Schizas': the
            # canal's; 'Lee SA (L/R)': 'subarticular (L/R)'
            column = column[: scaled.start()] + column[scaled.end() :]
            if (
                pattern is _SCALE_0_3
                and scaled.group().lower().lstrip().startswith("lee")
                and (side_m := _SIDE_ALONE.fullmatch(column)) is not None
            ):
                column = f"{_side_word(side_m[1])} foraminal"  # 'Lee L': a foramen's, as in prose
            if column.strip() and not STENOSIS_COLUMN.search(column):
                return []  # (another structure's scale: 'Facet OA (0-3)')
            scale = grades
            if not column.strip():
                column = "canal"
            else:
                word = column.split()[0]
                column = (
                    _SCALED_SITE.get(word.lower(), word) + column[column.index(word) + len(word) :]
                )
    if (arrow := _LAST_ARROW.search(text, a, b)) is not None and _BEFORE_ARROW.fullmatch(
        text, a, arrow.start()
    ):
        # 'P (lpc) \u2192 E (lpc)', '1 -> 2': the cell now, after the arrow (not '... LF
        # hypertrophy -> severe canal stenosis', a cause and its effect)
        a = arrow.end()
        if a >= b:
            return []
    parts_of = column.split("/")
    if len(parts_of) > 2 and text.count("/", a, b) == len(parts_of) - 1:
        # a column of several sites ('Stenosis C / LF / RF') over a cell of as many parts
        # ('mod / N / N'): each part read under its site
        spans = _parts(text, a, b, "/")
        readings = [
            (x, y, _reading(level, _site_name(name), text[x:y], key, scale))
            for name, (x, y) in zip(parts_of, spans, strict=True)
            if x < y
        ]
        return [TableCell(x, y, r) for x, y, r in readings if r is not None]
    if scale and (coded := _SIDE_CODES.fullmatch(text, a, b)) is not None:
        coded_grades = [scale.get(coded[c], "") for c in ("c1", "c2")]
        if all(coded_grades):
            # 'R 2 / L 1' under 'Foramina (Lee)': each side's code read as its grade
            words = ["normal" if g == "none" else g for g in coded_grades]
            cell = f"{coded['s1']} {words[0]} / {coded['s2']} {words[1]}"
            reading = _reading(level, column, cell, key)
            return [] if reading is None else [TableCell(a, b, reading)]
    if scale and _CODES_SIDED.fullmatch(text, a, b) is not None:
        # '2(l) 1(r)', '1(b)' under 'NFS' on a 0-3 scale: each code read under its side
        read = [
            (x, y, _reading(level, f"{_side_word(m['s'])} {column}", m["c"], key, scale))
            for m in _CODE_SIDE.finditer(text, a, b)
            for x, y in [m.span()]
        ]
        return [TableCell(x, y, r) for x, y, r in read if r is not None]
    fields = _SIDE_FIELDS.fullmatch(text, a, b)
    if (
        fields is None
        and (one := _ONE_SIDE_FIELD.fullmatch(text, a, b)) is not None
        and not _SIDE_PAIR.search(column)
    ):
        # 'Rt: mild' (a cell of one side's field, its other side on the next line)
        side = _side_word(one["s"])
        reading = _reading(level, f"{side} {column}", one["v"], key, scale)
        return [] if reading is None else [TableCell(a, b, reading)]
    if fields is not None and not _SIDE_PAIR.search(column):
        # 'Right: mild narrowing. Left: patent' under 'Foramina': each side's field read
        fielded = [
            (x, y, _reading(level, f"{side_name(fields[s])} {column}", fields[v], key, scale))
            for s, v in (("s1", "v1"), ("s2", "v2"))
            for x, y in [fields.span(v)]
        ]
        return [TableCell(x, y, r) for x, y, r in fielded if r is not None]
    pair = _SIDE_PAIR.search(column)
    slashes = text.count("/", a, b)
    # the slash parting the sides: the cell's only one, or its only one between spaces ('s/a /
    # s/a', Spanish 'sin alteraciones' on both sides); under sides parted by a comma, the cell's
    # only comma ('severe, mild' under 'Subarticular (L, R)'), hyphen ('severe-mild' under
    # 'Foramina R-L') or colon ('moderate:patent' under 'foramina L:R')
    cut = text.find("/", a, b) if slashes == 1 else _spaced_slash(text, a, b)
    sep = None if pair is None else pair["sep"] or "-"
    if sep in (",", "-", ":") and not slashes and text.count(sep, a, b) == 1:
        cut = text.find(sep, a, b)
    elif pair is not None and not slashes:
        # one cell under a column of both sides ('Recess l/r' over 'free'): of both
        column = column[: pair.start()].strip() + column[pair.end() :].rstrip()
    if pair is None or cut < 0:
        # (a cell of several sentences, each read on its own: 'Uncovering of the disc without
        # herniation. Moderate bilateral foraminal stenosis.')
        stops = [m.span() for m in _CELL_STOP.finditer(text, a, b)] if ". " in text[a:b] else []
        read = [
            (x, y, _reading(level, column, text[x:y], key, scale))
            for x, y in zip([a, *(e for _s, e in stops)], [*(s for s, _e in stops), b], strict=True)
        ]
        return [TableCell(x, y, r) for x, y, r in read if r is not None]
    base = column[: pair.start()].strip() + column[pair.end() :].rstrip()
    sides = [_side_word(pair["s1"] or pair["h1"]), _side_word(pair["s2"] or pair["h2"])]
    parts = [_trimmed(text, a, cut), _trimmed(text, cut + 1, b)]
    cells = [
        (x, y, _reading(level, f"{side} {base}", text[x:y], key, scale))
        for (x, y), side in zip(parts, sides, strict=True)
        if x < y
    ]
    return [TableCell(x, y, r) for x, y, r in cells if r is not None]


#: a hyphen between a site's short name and its side ('LR-Rt', 'NF-Lt')
_SIDE_HYPHEN = re.compile(r"\b(lr|nf|nfs|sa|rec|for)-(?=(?:rt|lt|r|l)\.?\s*$)", re.I)
#: a sentence's end inside a cell: a stop after a word, before a capital
_CELL_STOP = re.compile(r"(?<=[a-z0-9)]\.)[ \t]+(?=[A-Z])")
#: a cell of two sides' fields ('Right: mild narrowing. Left: patent', 'L: mild; R: none')
_SIDE_FIELDS = re.compile(
    rf"(?P<s1>{_SIDE_NAME})\.?[ \t]*:[ \t]*(?P<v1>[^.;:|]*[^.;:|\s])[ \t]*[.;,][ \t]*"
    rf"(?P<s2>{_SIDE_NAME})\.?[ \t]*:[ \t]*(?P<v2>[^.;:|]*[^.;:|\s])[ \t]*\.?[ \t]*",
    re.I,
)
#: a cell's words and their English in brackets after them
_CELL_GLOSS = re.compile(
    # (of several words, one a word of four letters or more, the gloss of several words too; not a
    # cell of sides, 'dx - / sx ...', nor of codes, 'B + P (R foraminal)')
    r"\s*(?P<head>(?=[^()/]*[^\W\d_]{4})[^()/]*\s[^()/]*[^()/\s])\s*"
    r"\((?P<gloss>[^()]*\w\s+\w[^()]*)\)\s*"
)
#: a word glossed by itself, once translated ('severe (severe)')
_SAME_GLOSS = re.compile(r"\b([^\W\d_]+)[ \t]*\([ \t]*\1[ \t]*\)", re.I)
#: a dash after a side's word in a cell of both sides ('right - / left mild')
_SIDE_DASH = re.compile(
    r"(?:(?<=\bright)|(?<=\bleft))[ \t]+[-\u2013\u2014](?=[ \t]*(?:[/,;]|$))", re.I
)
#: a cell of each side's code on a scale ('R 2 / L 1' under 'Foramina (Lee)')
_SIDE_CODES = re.compile(
    rf"\s*(?P<s1>{_SIDE_NAME})\.?[ \t]*(?P<c1>[0-4])[ \t]*[/,;][ \t]*"
    rf"(?P<s2>{_SIDE_NAME})\.?[ \t]*(?P<c2>[0-4])\s*",
    re.I,
)


def _code_side(named: bool) -> str:
    """A code of the report's scale and its side after it ('2(l)', '1 (b)', '2 left'; groups
    ``c`` and ``s`` where ``named``)."""
    c, s = ("(?P<c>", "(?P<s>") if named else ("(?:", "(?:")
    return rf"{c}[0-4])[ \t]*\(?{s}{_SIDE_NAME}|b|bilat|bilateral|both)\b\)?\.?"


_CODE_SIDE = re.compile(_code_side(True), re.I)
#: a cell of one or two such codes ('2(l) 1(r)', '3 l / 2 r', '1(b)')
_CODES_SIDED = re.compile(
    rf"\s*{_code_side(False)}(?:[ \t]*[/,;]?[ \t]*{_code_side(False)})?\s*", re.I
)
#: the short names of sites in a column of several ('C / LF / RF', 'CCS / NF L / NF R')
_SITE_SHORT = {
    "c": "canal",
    "cc": "canal",
    "cs": "canal stenosis",
    "f": "foramen",
    "nf": "foramen",
    "lr": "lateral recess",
    "ccs": "central canal stenosis",
    "css": "central spinal stenosis",  # ('CSS', 'FS (Lt/Rt)')
    "fs": "foraminal stenosis",
    "central": "central canal",
    "lf": "left foramen",
    "rf": "right foramen",
    "lnf": "left foramen",
    "rnf": "right foramen",
    "llr": "left lateral recess",
    "rlr": "right lateral recess",
}
#: spaces, stops and hyphens inside a short site name ('L.F.', 'R NF')
_SHORT_GAPS = re.compile(r"[\s.-]")
#: a word naming what the columns of several sites grade ('Stenosis C / LF / RF')
_SITES_OF = re.compile(r"^\s*(?:stenosis|narrowing)\s+", re.I)


def _spaced_slash(text: str, a: int, b: int) -> int:
    """Where the only ' / ' of ``text[a:b]`` has its slash; -1 where it has none or several."""
    at = text.find(" / ", a, b)
    return at + 1 if at >= 0 and text.find(" / ", at + 3, b) < 0 else -1


def _site_name(part: str) -> str:
    """A column part's site named in words ('Stenosis C' -> 'canal', 'LF' -> 'left foramen')."""
    bare = _SITES_OF.sub("", part).strip()
    return _SITE_SHORT.get(_SHORT_GAPS.sub("", bare).lower(), bare)


#: a column of both sides: 'FORAMEN R / L', 'Subarticular (L/R)', 'Foramina right/left', Latin
#: 'Recess (sin/dx)', 'foramina L:R', German 'li/re' ('li./re.'), French 'D/G' (droit / gauche), Spanish 'D/I',
#: Italian 'D/S' (destra / sinistra), Swedish and Danish 'hö/vä', 'hø/ve' (höger / vänster)
_PAIR_SIDE = r"(?:right|left|rt|lt|r|l|sin|sx|dx|dext?|li|re|d|g|i|s|h[\u00f6\u00f8]|v[\u00e4e])"
_SIDE_PAIR = re.compile(
    rf"\(?\b(?P<s1>{_PAIR_SIDE})\.?[ \t]*(?P<sep>[/,:])[ \t]*(?P<s2>{_PAIR_SIDE})(?:\b\.?)\)?\s*$"
    # (or a hyphen between two sides' letters: 'Foramina R-L', over 'severe-mild')
    r"|\b(?P<h1>[RL])-(?P<h2>[RL])\s*$",
    re.I,
)
