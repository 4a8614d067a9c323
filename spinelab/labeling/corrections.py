"""A radiologist's inline corrections, left in unedited dictation, read as what was meant.

Speech-recognition reports keep the words a radiologist took back: "a protrusion at L4-5,
correction, L5-S1", "mild, I mean moderate, canal stenosis", "right, sorry, left foraminal
narrowing", "a small disc bulge at L4/5, scratch that, the L4/5 disc is normal", "Modic type 2
changes at L2/L3. Scratch that." :meth:`CorrectionRules.taken_back` blanks the words taken back
and the marks (the ``corrections`` block of ``sections.yaml``), **keeping the text's length**, so
every offset stays the report's.

* A replacing mark after a comma ("correction", "sorry", "I mean") takes back the words from the
  last one of the same kind as the replacement's first word (a level, a side, a grade, a finding,
  or the same word: "type 3, correction, type 2") to the mark; none of that kind in the clause
  before it ("Hi all, sorry for the long post"): nothing is taken back. With no comma (unedited
  dictation) a mark replaces only a grade or a side said again after it ("severe correction
  moderate", "mild left sorry right").
* A replacement said before its mark, after a comma at its clause's end ("mild left foraminal
  stenosis, moderate I mean."), takes back the last word of its kind before the comma.
* A take-back mark after a comma ("scratch that") takes back its clause, or only the word before
  it where the word after it is of the same kind ("a moderate, scratch that, mild canal
  narrowing"), its level kept where one leads it ("At L4/5, there is moderate, scratch that,
  there is severe ..."); one opening a sentence
  ("Scratch that.", "Strike the last sentence.", "Delete previous.") the sentence before it, and
  a paragraph mark ("Delete the previous paragraph.") the paragraph before it.
* A denied alternative right after the word it corrects ("Mild (not moderate) canal stenosis",
  "moderate, not severe, foraminal narrowing", "the narrowing is moderate, not severe;") is
  blanked with its marks, so the stated word reads as if alone; so is a former state before an
  arrow to the current one ("canal mild \u2192 moderate", "foramina patent -> mild bilateral").
"""

from __future__ import annotations

import re
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field, field_validator

from spinelab.labeling.regex_first import check_regex, first_chars, lower_twin
from spinelab.labeling.regex_literals import Gated

_WORD = re.compile(r"[\w/'\u2019-]+")
_NEXT_WORD = re.compile(r"[ \t]*([\w/'\u2019-]+)")
#: the words after a mark to the clause's end
_NEXT_WORDS = re.compile(r"[^.;:,\n]*")
#: a sentence's end after its last word
_SENTENCE_END = re.compile(r"[ \t]*(?:[.;\n]|\Z)")
#: a clause's start: after the last of these before a mark
_CLAUSE_END = re.compile(r"[;:\n]|\.(?<![^a-z][LTS]\.(?=[ \t]?\d))", re.I)  # (not 'L. 3')
#: a mark opening a sentence: after '.', ';' or a line break (and up to two spaces)
_OPENING = r"(?:(?<=[.;\n])|(?<=[.;][ \t])|(?<=[.;][ \t][ \t]))[ \t]*"
#: the kinds a replacing mark with no comma may stand between ('severe correction moderate',
#: 'L4-5 correction L5-S1')
_BARE_KINDS = frozenset({"grade", "side", "level"})
#: the kinds a take-back mark's replacement is matched by back through its clause ('mild left
#: ..., scratch that, mild right'): a finding's attributes, not its level or name
_ATTRIBUTE_KINDS = frozenset({"grade", "side"})
#: the words between two grades or sides ('mild to moderate', 'left and right')
_LINKS = frozenset({"to", "-", "and", "or"})
#: a level's first vertebra before its second, spoken apart or as a slip 'on' the one below
#: (taken back with it: 'L3 L4 sorry L2 L3', 'L3 on L4 correction L2 on L3')
_FIRST_VERTEBRA = re.compile(
    r"[ltsd][ \t]?-?[ \t]?\d{1,2}[ \t]+(?:(?:on|over|upon)[ \t]+)?\Z", re.I
)
#: a range's word between two levels ('from L2-3 through L4-5, correction, ...'), or a slip's
#: between its two vertebrae ('L4 on L5')
_RANGE_OR_SLIP = re.compile(r"through|thru|to|-|\u2013|on|over|upon", re.I)
#: a level leading its clause, with its comma ('At L4/5, ...', 'L3-4 level, ...'): kept when the
#: clause after it is taken back
_LEVEL_LEAD = re.compile(
    r"[ \t]*(?:at[ \t]+(?:the[ \t]+)?)?(?P<level>[\w/'\u2019-]+)(?:[ \t]+level)?[ \t]*,[ \t]*", re.I
)


#: a clause's opening words up to its 'there is' ('At L5-S1 there is ...'): kept when the clause
#: after them is taken back
_THERE_IS = re.compile(r"[^,.;:\n]{0,30}?\bthere[ \t]+(?:is|are|was|were)[ \t]+", re.I)


class CorrectionRules(BaseModel):
    """How inline corrections read (``sections.yaml`` ``corrections``); every field a regex."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    #: a mark replacing the words before it ('correction', 'sorry', 'I mean'), after a comma
    replace: str
    #: a mark taking back its clause ('scratch that'), after a comma, or the sentence before it,
    #: opening a sentence
    take_back: str
    #: a mark opening a sentence that takes back the paragraph before it
    take_back_paragraph: str
    #: a denied alternative with its marks, blanked whole ('(not moderate)', ', not severe,')
    denied: str
    #: kinds of words a replacement is matched by: name -> regex of one word ('level': 'L4-5')
    kinds: dict[str, str] = Field(min_length=1)

    @field_validator("replace", "take_back", "take_back_paragraph", "denied")
    @classmethod
    def _regex(cls, v: str) -> str:
        return check_regex(v)

    @field_validator("kinds")
    @classmethod
    def _kinds(cls, v: dict[str, str]) -> dict[str, str]:
        return {k: check_regex(x) for k, x in v.items()}

    @cached_property
    def _any(self) -> Gated:
        """Every mark in one pass over the lower-cased text, led by the marks' first letters (a
        quick bound: most reports hold none)."""
        alts = [self.replace, self.take_back, self.take_back_paragraph]
        firsts = "".join(sorted(set().union(*(first_chars(a) or {"."} for a in alts))))
        rx = re.compile(rf"(?<![a-z])(?=[{re.escape(firsts)}])(?:{'|'.join(alts)})(?![a-z])", re.I)
        return Gated(lower_twin(rx))

    @cached_property
    def _replace(self) -> re.Pattern[str]:
        return _after_comma(self.replace, r",?[ \t]*")

    @cached_property
    def _opening_replace(self) -> re.Pattern[str]:
        """A replacing mark opening a sentence ('... at L four five. Sorry that should read L
        three four.', 'Sorry, correction, that is at L3/L4.'), with a comma after it."""
        mark = rf"(?:{self.replace})(?![a-z])"
        return re.compile(
            rf"{_OPENING}{mark}(?:,?[ \t]*{mark})*,?[ \t]*"
            r"(?:that[ \t]+(?:is|was)[ \t]+(?:at[ \t]+)?)?",
            re.I,
        )

    @cached_property
    def _bare_replace(self) -> re.Pattern[str]:
        """A replacing mark with no comma, between two words (the first taken back with it)."""
        w = r"([\w/'\u2019-]+)"
        return re.compile(
            rf"(?<![\w'\u2019]){w}[ \t]+(?:{self.replace})(?![a-z])[ \t]+(?={w})", re.I
        )

    @cached_property
    def _trailing_replace(self) -> re.Pattern[str]:
        """A replacement said before its mark, after a comma, ending its clause ('mild left
        foraminal stenosis, moderate I mean.'): the word (group 1) and the mark."""
        return re.compile(
            rf",[ \t]*([\w/'\u2019-]+)[ \t]+(?:{self.replace})(?![a-z])(?=[ \t]*(?:[.;\n]|\Z))",
            re.I,
        )

    @cached_property
    def _inline_back(self) -> re.Pattern[str]:
        return _after_comma(self.take_back, ",?")

    @cached_property
    def _bare_back(self) -> re.Pattern[str]:
        """A take-back mark anywhere, after a word ('mild scratch that moderate')."""
        return re.compile(rf"(?<=[\w'\u2019])[ \t]+(?:{self.take_back})(?![a-z])", re.I)

    @cached_property
    def _sentence_back(self) -> re.Pattern[str]:
        return _opening(self.take_back)

    @cached_property
    def _paragraph_back(self) -> re.Pattern[str]:
        return _opening(self.take_back_paragraph)

    @cached_property
    def _denied(self) -> re.Pattern[str]:
        return re.compile(self.denied, re.I)

    @cached_property
    def _kind_res(self) -> list[tuple[str, re.Pattern[str]]]:
        return [(k, re.compile(rf"(?:{x})\Z", re.I)) for k, x in self.kinds.items()]

    def _kind(self, word: str) -> str:
        """The kind of ``word`` ('level', 'side', ...), or the word itself in lower case."""
        for name, rx in self._kind_res:
            if rx.match(word):
                return name
        return word.lower()

    def _same_next(self, text: str, a: int, b: int) -> bool:
        """Whether the words right after ``a`` and ``b`` are a grade, a side or a level, both of
        one kind."""
        first, then = _NEXT_WORD.match(text, a), _NEXT_WORD.match(text, b)
        return (
            first is not None
            and then is not None
            and (kind := self._kind(first[1])) in _BARE_KINDS
            and self._kind(then[1]) == kind
        )

    def _replaced(self, text: str, clause: int, mark: int, kind: str) -> int | None:
        """Where the words a correction replaces start: the last word of ``kind`` between
        ``clause`` and the ``mark`` (a level with the range it closes: 'from L2-3 through L4-5,
        correction, L3-4 through L5-S1'); None when there is none."""
        words = list(_WORD.finditer(text, clause, mark))
        same = [i for i, w in enumerate(words) if self._kind(w.group()) == kind]
        if not same:
            return None
        i = same[-1]
        if (
            kind == "level"
            and i >= 2
            and _RANGE_OR_SLIP.fullmatch(words[i - 1].group())
            and self._kind(words[i - 2].group()) == "level"
        ):
            i -= 2  # (and a slip's vertebrae: 'of L4 on L5, sorry that should read L5 on S1')
        return words[i].start()

    def taken_back(self, text: str) -> str:
        """``text`` with the words its inline corrections take back, and the marks, blanked
        (spaces; line breaks kept), and a replacing sentence's word written over the one it
        replaces (:meth:`_rewrites`); unchanged when it holds no mark."""
        low = text.lower()
        denied = (
            list(self._denied.finditer(text))
            if "not" in low or "\u2192" in text or "->" in text or "=>" in text
            else []
        )
        if not denied and self._any.search(low) is None:
            return text
        spans: list[tuple[int, int]] = []
        for m in self._paragraph_back.finditer(text):
            para = text.rfind("\n\n", 0, max(0, m.start() - 2))
            spans.append((para + 2 if para >= 0 else 0, m.end()))
        for m in self._sentence_back.finditer(text):
            spans.append((_sentence_start(text, _sentence_start(text, m.start()) - 1), m.end()))
        spans += [(self._inline_start(text, m), m.end()) for m in self._inline_back.finditer(text)]
        spans += [
            (self._bare_start(text, m), m.end())
            for m in self._bare_back.finditer(text)
            if not any(a <= m.start() < b for a, b in spans)  # (read above)
        ]
        for m in self._bare_replace.finditer(text):
            # no comma: only between two grades, sides or levels ('severe correction moderate',
            # 'mild left sorry right', 'severe no wait moderate', 'L4-5 correction L5-S1')
            kind = self._kind(m[1])
            if kind in _BARE_KINDS and self._kind(m[2]) == kind:
                a = m.start(1)
                if kind == "level" and (v := _FIRST_VERTEBRA.search(text, max(0, a - 12), a)):
                    a = v.start()  # 'at L3 L4 sorry L2 L3', 'of L3 on L4 correction L2 on L3'
                spans.append((a, m.end()))
            elif kind == "finding" and (again := _said_again(text, m, m[2])) is not None:
                # a finding's phrase said again from its first word ('minor disc protrusion I
                # mean minor disc bulge'): the first saying taken back
                spans.append((again, m.end()))
            elif (again := _said_again(text, m, m[2])) is not None and self._same_next(
                text, again + len(m[2]), m.end(2)
            ):
                # a phrase said again from its first word, its grade, side or level changed
                # ('mild right sorry mild left', 'of L5 on S1 sorry of L4 on L5')
                spans.append((again, m.end()))
            elif (
                again := self._restated(
                    text, (_sentence_start(text, m.start()), m.end(1)), m.start(2)
                )
            ) is not None:
                # a phrase said again, its grade or side changed before the same words
                # ('severe bilateral lateral recess stenosis sorry I mean moderate bilateral
                # lateral recess stenosis')
                spans.append((again, m.end()))
        for m in self._replace.finditer(text):
            first = _WORD.match(text, m.end())
            if first is None:
                continue
            clause = _sentence_start(text, m.start())
            start = self._replaced(text, clause, m.start(), self._kind(first.group()))
            if start is not None:  # (none: 'Hi all, sorry for the long post')
                spans.append((start, m.end()))
        for m in self._trailing_replace.finditer(text):
            # the replacement before its mark: the last word of its kind before the comma taken
            # back, with the comma and the mark ('mild ..., moderate I mean': '... moderate')
            kind = self._kind(m[1])
            clause = _sentence_start(text, m.start())
            start = self._replaced(text, clause, m.start(), kind) if kind in self.kinds else None
            if start is not None and (old := _WORD.match(text, start)) is not None:
                spans += [old.span(), (m.start(), m.start() + 1), (m.end(1), m.end())]
        for m in self._opening_replace.finditer(text):
            if (
                start := self._restated(text, _sentence_before(text, m.start()), m.end())
            ) is not None:
                spans.append((start, m.end()))
        writes = self._rewrites(text)
        spans += [m for _, _, m in writes]
        spans += [m.span() for m in denied]
        if not spans:
            return text
        chars = list(text)
        for s, e in (_with_heading(text, a, b) for a, b in spans):
            for j in range(s, e):
                if chars[j] != "\n":
                    chars[j] = " "
        for at, word, _ in writes:
            chars[at : at + len(word)] = word
        return "".join(chars)

    def _inline_start(self, text: str, m: re.Match[str]) -> int:
        """Where a take-back mark after a comma (``m``) takes back from: the grade or side the
        word after it replaces ('mild left foraminal stenosis, scratch that, mild right ...'),
        the word before it when of the same kind ('at L4-5, scratch that, L5-S1'), else its
        clause ('..., scratch that, the L4/5 disc is normal'; 'Mild L4-5 and L5-S1 disc bulges,
        strike that, L5-S1 only')."""
        clause = _sentence_start(text, m.start())
        after = _NEXT_WORD.match(text, m.end())
        kind = self._kind(after.group(1)) if after else ""
        comma = text.rfind(",", clause, m.start())  # (the mark's own comma opens ``m``)
        part = _NEXT_WORD.match(text, comma + 1) if comma >= 0 else None
        if after and part and part.group(1).lower() == after.group(1).lower():
            # the part after the comma before, said again ('Mild bilateral foraminal narrowing,
            # slightly worse on the left, scratch that, slightly worse on the right'): that part
            return part.start(1)
        if kind in _ATTRIBUTE_KINDS:
            start = self._replaced(text, clause, m.start(), kind)
            return clause if start is None else start
        last = list(_WORD.finditer(text, clause, m.start()))[-1:]
        if kind in self.kinds and last and self._kind(last[0].group()) == kind:
            return last[0].start()
        lead = _LEVEL_LEAD.match(text, clause, m.start())
        if kind != "level" and lead is not None and self._kind(lead["level"]) == "level":
            return lead.end()  # ('At L4/5, there is moderate, scratch that, there is ...': L4/5's)
        if kind != "level" and (there := _THERE_IS.match(text, clause, m.start())) is not None:
            return there.end()  # ('At L5-S1 there is an extrusion, scratch that, a protrusion')
        return clause

    def _bare_start(self, text: str, m: re.Match[str]) -> int:
        """Where a take-back mark with no comma (``m``) takes back from: the last word of the
        kind said next, up to three words on ('severe canal stenosis delete that with moderate
        canal stenosis'), else the word before it ('mild scratch that moderate')."""
        clause = _sentence_start(text, m.start())
        rest = _NEXT_WORDS.match(text, m.end())
        for w in (rest[0] if rest else "").split()[:3]:
            if (kind := self._kind(w)) in self.kinds:
                start = self._replaced(text, clause, m.start(), kind)
                if start is not None:
                    return start
                break
        before = list(_WORD.finditer(text, clause, m.start()))[-1:]
        return before[0].start() if before else m.start()

    def _restated(self, text: str, before: tuple[int, int], after: int) -> int | None:
        """Where the words a replacement at ``after`` restates start in the span ``before`` (the
        clause before a bare mark, or the sentence before one opening a sentence): the
        replacement opens with a grade or a side and ends with two or more of the last words of
        ``before``, whose grades and sides before those words it replaces ('severe bilateral
        lateral recess stenosis sorry I mean moderate bilateral lateral recess stenosis', 'mild to
        moderate bilateral foraminal narrowing. I mean mild bilateral foraminal narrowing.',
        'severe bilateral foraminal stenosis. Correction, severe left and moderate right
        foraminal stenosis.'); None where it does not so restate."""
        first = _WORD.match(text, after)
        if first is None or self._kind(first[0]) not in _ATTRIBUTE_KINDS:
            return None
        rest = _NEXT_WORDS.match(text, after)
        said = [w.lower() for w in _WORD.findall(rest[0] if rest else "")][1:]
        prev = list(_WORD.finditer(text, *before))
        n = 0  # the words both end with
        while n < min(len(said), len(prev) - 1) and prev[-1 - n][0].lower() == said[-1 - n]:
            n += 1
        if n < 2:
            return None
        k = len(prev) - n
        while k > 0 and (
            self._kind(prev[k - 1][0]) in _ATTRIBUTE_KINDS or prev[k - 1][0].lower() in _LINKS
        ):
            k -= 1  # (back over the grades and sides: 'mild to moderate bilateral')
        return prev[k].start() if k < len(prev) - n else None

    def _rewrites(self, text: str) -> list[tuple[int, str, tuple[int, int]]]:
        """A sentence of one replacement opening after the sentence it corrects ('... at L4-5.
        Sorry that should read L3-4.', 'Sorry, correction, that is at L3/L4.'): (where the last
        word of its kind in the sentence before starts, the replacement padded to that word's
        length, the span of the correcting sentence to blank); none where the replacement is
        longer than the word."""
        out: list[tuple[int, str, tuple[int, int]]] = []
        for m in self._opening_replace.finditer(text):
            first = _WORD.match(text, m.end())
            if first is None or not _SENTENCE_END.match(text, first.end()):
                continue
            word, kind = first.group(), self._kind(first.group())
            before = _sentence_before(text, m.start())[0]
            same = [w for w in _WORD.finditer(text, before, m.start()) if self._kind(w[0]) == kind]
            if kind in self.kinds and same and len(word) <= len(same[-1][0]):
                old = same[-1]
                out.append((old.start(), word.ljust(len(old[0])), (m.start(), first.end())))
        return out


def _after_comma(mark: str, tail: str) -> re.Pattern[str]:
    """A mark after a comma, with the spaces (and ``tail``) after it."""
    return re.compile(rf",[ \t]*(?:{mark})(?![a-z])[ \t]*{tail}", re.I)


def _opening(mark: str) -> re.Pattern[str]:
    """A mark opening a sentence, with its closing '.' or ';'."""
    return re.compile(rf"{_OPENING}(?:{mark})(?![a-z])[ \t]*[.;]?", re.I)


def _said_again(text: str, mark: re.Match[str], word: str) -> int | None:
    """Where ``word`` (said after the replacing ``mark``) was last said before the word before
    the mark, in its clause and at most 60 characters back; None where it was not."""
    a = max(_sentence_start(text, mark.start()), mark.start() - 60)
    said = [
        w.start() for w in _WORD.finditer(text, a, mark.start(1)) if w[0].lower() == word.lower()
    ]
    return said[-1] if said else None


def _sentence_before(text: str, pos: int) -> tuple[int, int]:
    """Where the clause before the one holding ``pos`` starts and ends (before the '.', ';', ':'
    or line break ending it, and the spaces after that)."""
    end = _sentence_start(text, pos)
    while end > 0 and text[end - 1] in ".;:\n \t":
        end -= 1
    return _sentence_start(text, end), end


def _sentence_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last '.', ';', ':' or line break."""
    return max((m.end() for m in _CLAUSE_END.finditer(text, 0, max(0, pos))), default=0)


#: a level's heading ('L4 5:', 'L5-S1 :')
_HEADING = r"[LTS]\d{1,2}(?:[ \t]*[-/]?[ \t]*[LS]?\d{1,2})?[ \t]*:"
#: a line's level heading alone before a span ('L4 5: '), and another right after it (', L5 S1:')
_HEADING_BEFORE = re.compile(rf"(?:^|(?<=\n))[ \t]*{_HEADING}[ \t]*\Z", re.I)
_HEADING_AFTER = re.compile(rf"[ \t,]*{_HEADING}", re.I)


def _with_heading(text: str, s: int, e: int) -> tuple[int, int]:
    """The span ``[s, e)`` taken back, from its line's start where only a level's heading opens
    the line before it and another level's heading follows it ('L4 5: there is a left foraminal
    extrusion. strike that, L5 S1: there is ...': the account was of the other level)."""
    bol = text.rfind("\n", 0, s) + 1
    if _HEADING_BEFORE.search(text, bol, s) and _HEADING_AFTER.match(text, e):
        return bol, e
    return s, e
