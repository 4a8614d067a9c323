"""Unedited speech-recognition text read as written text: spoken punctuation and spoken levels.

Dictated reports that nobody proof-read keep the radiologist's spoken commands ("... disc bulge
period new paragraph impression colon ...") and levels said as words ("l four-five", "l five s
one"). :func:`written_form` rewrites them (the ``dictation`` block of ``sections.yaml``,
:class:`DictationRules`) into the punctuation and level spellings the rules read, **keeping the
text's length** (each replacement is padded with spaces), so every offset stays the report's.

Only a text that is dictation is rewritten: it must hold at least ``min_marks`` spoken marks, so
that "for a period of six weeks" or "the colon" in a written report is left alone.
"""

from __future__ import annotations

import re
from functools import cached_property, partial
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from spinelab.labeling.regex_first import check_regex, first_chars, lower_twin


class SpokenMark(BaseModel):
    """A spoken punctuation command: ``{pattern: "new\\\\s+paragraph", written: "\\n\\n"}``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    pattern: str
    written: str = Field(min_length=1)
    #: the mark is a command only after one of these words ('findings colon'); None: anywhere
    after: str | None = None

    @field_validator("pattern", "after")
    @classmethod
    def _regex(cls, v: str | None) -> str | None:
        return None if v is None else check_regex(v)


class DictationRules(BaseModel):
    """How spoken commands and levels read (``sections.yaml`` ``dictation``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    marks: list[SpokenMark] = Field(min_length=1)
    #: a text is dictation when it holds at least this many marks (of any kind)
    min_marks: int = Field(default=2, ge=1)
    #: spoken numbers of level names: word -> number ('five': 5)
    numbers: dict[str, int] = Field(min_length=1)
    #: words the recogniser heard for a level's second number, after a first one ('L3 for':
    #: 'L3-4'); only there, so that 'for' stays a word everywhere else
    second_numbers: dict[str, int] = Field(default_factory=dict)
    #: words the recogniser mis-heard, rewritten in any text after the marks ('for a minimal'
    #: -> 'foraminal', 'the call sac' -> 'thecal sac'): write patterns no written report holds;
    #: ``written`` no longer than what was heard; they do not count as marks
    misheard: list[SpokenMark] = Field(default_factory=list)

    @field_validator("numbers", "second_numbers")
    @classmethod
    def _numbers(cls, v: dict[str, int]) -> dict[str, int]:
        bad = {w: n for w, n in v.items() if not 1 <= n <= 12 or not re.fullmatch(r"[a-z]+", w)}
        if bad:
            raise ValueError(f"numbers must map lower-case words to 1..12, got {bad}")
        return v

    @cached_property
    def _marks(self) -> list[tuple[re.Pattern[str], str]]:
        # the spaces before a mark are rewritten with it ('normal comma no bulge' ->
        # 'normal,      no bulge': the comma right after its word)
        return self._compiled(self.marks, "[ \t]*")

    @cached_property
    def _misheard(self) -> list[tuple[re.Pattern[str], str]]:
        return self._compiled(self.misheard, "")  # a word: the space before it stays

    @staticmethod
    def _compiled(marks: list[SpokenMark], lead: str) -> list[tuple[re.Pattern[str], str]]:
        out = []
        for m in marks:
            before = rf"(?<![a-z0-9])(?:{m.after})" if m.after else ""
            rx = rf"{before}(?P<m>{lead}(?<![a-z0-9])(?:{m.pattern}))(?![a-z0-9])"
            out.append((re.compile(rx, re.I), m.written))
        return out

    @cached_property
    def _level(self) -> re.Pattern[str]:
        # (a mis-heard number may come first too, then only before the next one: 'L for 5')
        return self._level_rx({**self.numbers, **self.second_numbers}, _LETTERS)

    @cached_property
    def _said_level(self) -> re.Pattern[str]:
        """A level said in number words in a written report ('L three L four', 'L five S one',
        'L3 slash four', 'L4 five', 'el four el five', 'lumbar five sacral one'): no mis-heard
        number."""
        return self._level_rx(self.numbers, _LETTERS)

    @cached_property
    def _said_hint(self) -> re.Pattern[str]:
        """A quick bound of :attr:`_said_level` (a letter, then a number word)."""
        words = "|".join(sorted(map(re.escape, self.numbers), key=len, reverse=True))
        return re.compile(
            rf"(?<![\w'’])(?:{_LETTERS})\.?[ \t]*-?[ \t]*(?:\d{{1,2}}[ \t]+(?:slash[ \t]+)?)?"
            rf"(?:{words})(?![a-z])"
        )

    @staticmethod
    def _level_rx(numbers: dict[str, int], letters: str) -> re.Pattern[str]:
        either = "|".join(sorted(map(re.escape, numbers), key=len, reverse=True))
        return re.compile(
            # (a number word apart from its letter: 'L five', not 'sten.', 'lone', 'tone')
            # ('L. two L. three', 'L. five S. one': a letter with a stop)
            rf"(?<![\w'’])(?P<a>{letters})\.?(?!(?:{either})(?![a-z]))"
            rf"[ \t]*-?[ \t]*(?P<n1>{either}|\d{{1,2}})(?![a-z0-9])"
            rf"(?:[ \t]*(?:-|/|to|through|slash|dash|hyphen)?[ \t]*"
            rf"(?:(?P<b>{letters})\.?[ \t]*-?[ \t]*)?"
            rf"(?P<n2>{either})(?![a-z])"
            rf"|[ \t]+(?:to|through)[ \t]+(?P<d2>[1-5])(?![0-9a-z])"  # 'L3 through 5'
            rf"|[ \t]*-?[ \t]*(?P<b2>[ls])\.?[ \t]*(?P<d3>[1-5])(?![0-9a-z])"  # 'L five S1'
            rf"|[ \t]*-?[ \t]*(?P<n2d>[1-5])(?![0-9a-z]))?",  # 'L for 5' (a mis-heard first)
            re.I,
        )

    @cached_property
    def _any_mark(self) -> re.Pattern[str]:
        """Every mark's words in one pass, without their ``after`` condition (a quick bound)."""
        return _first_led(self.marks)

    def is_dictation(self, text: str, low: str | None = None) -> bool:
        """Whether ``text`` holds at least ``min_marks`` spoken marks (``low``: ``text.lower()``
        when the caller has it)."""
        found = self._any_mark.finditer(text.lower() if low is None else low)
        if sum(1 for _ in zip(range(self.min_marks), found, strict=False)) < self.min_marks:
            return False  # not even the words: most reports, in one pass
        n = 0
        for rx, _ in self._marks:
            n += sum(1 for _ in rx.finditer(text))
            if n >= self.min_marks:
                return True
        return False

    def written_form(self, text: str) -> str:
        """``text`` with its spoken marks and levels written (when it is dictation,
        :meth:`is_dictation`) and its mis-heard words written (in any text: a signed report
        keeps them without a spoken mark), the same length; unchanged without such words."""
        low = text.lower()
        if self.is_dictation(text, low):
            text = self._level.sub(self._level_written, text)  # first: 'l four-five colon'
            # 'L2 hyphen 3', 'L1 slash 2': the level written ('L2-3')
            text = _SPOKEN_JOIN.sub(lambda m: f"{m[1]}-{m[2]}".ljust(len(m.group(0))), text)
            text = _rewritten(text, self._marks)
            low = text.lower()
        elif self._said_hint.search(low):  # 'bulges at L three L four': levels said in words
            text = self._said_level.sub(self._level_written, text)
            low = text.lower()
        if "full stop" in low:  # (one mark alone, closing a sentence: 'The other levels are
            # normal full stop' at a report's end, not yet dictation)
            text = _FULL_STOP_AT_END.sub(lambda m: ".".ljust(len(m[0])), text)
        if self._any_misheard is not None and self._any_misheard.search(low):
            text = _rewritten(text, self._misheard)
        return text

    @cached_property
    def _any_misheard(self) -> re.Pattern[str] | None:
        """Every mis-heard word's pattern in one pass (a quick bound: no word edges, so that re
        skips to their first letters in C; write each pattern to start with a letter); None
        without any."""
        if not self.misheard:
            return None
        alts = "|".join(f"(?:{m.pattern})" for m in self.misheard)
        return lower_twin(re.compile(f"(?:{alts})", re.I))

    def _level_written(self, m: re.Match[str]) -> str:
        a, n1, b, n2 = m.group("a"), m.group("n1"), m.group("b"), m.group("n2") or m.group("n2d")
        if len(a) > 1:  # 'el four five' -> 'L4-5' (the letter said as a word, before words only)
            if n1.isdigit() or (
                len(a) > 2
                and n2 is None
                and m.group("d3") is None
                and not _SLIP_SAID.match(m.string, m.end())
                and not _SLIP_SAID_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
            ):
                # (a region's word names a level, not a vertebra: 'lumbar one'; but a slip's
                # vertebrae: 'listhesis of lumbar four over lumbar five')
                return m.group(0)
            a = _SAID_LETTER[a.lower()]
        if b is not None and len(b) > 1:  # 'el four el five' -> 'L4-L5', 'lumbar five sacral one'
            b = _SAID_LETTER[b.lower()]
        misheard = not n1.isdigit() and n1.lower() not in self.numbers  # 'for' in 'L for 5'
        if misheard and (m.group("d2") or m.group("d3")):
            return m.group(0)
        if m.group("d2") is not None:  # 'L4 through 5' -> 'L4-5', 'L3 through 5' -> 'L3-5'
            n = self.numbers.get(n1.lower()) or int(n1)
            w = f"{a.upper()}{n}-{m.group('d2')}"
            ok = a.lower() == "l" and n < int(m.group("d2"))
            return w.ljust(len(m.group(0))) if ok else m.group(0)
        if m.group("d3") is not None:  # 'L five S1' -> 'L5-S1' (not 'L5 S1' as written)
            if n1.isdigit():
                return m.group(0)
            w = f"{a.upper()}{self.numbers[n1.lower()]}-{m.group('b2').upper()}{m.group('d3')}"
            return w.ljust(len(m.group(0))) if len(w) <= len(m.group(0)) else m.group(0)
        if n1.isdigit():
            if n2 is None or n2.isdigit():
                return m.group(0)  # 'L4', 'L4 5' as written
            first = f"{a.upper()}{int(n1)}"  # 'L4 five' -> 'L4-5', 'L5 S one' -> 'L5-S1'
        elif not misheard:
            first = f"{a.upper()}{self.numbers[n1.lower()]}"
        else:  # a mis-heard first number ('L for 5'): only before the next number
            n = self.second_numbers[n1.lower()]
            nxt = None if n2 is None else int(n2) if n2.isdigit() else self.numbers.get(n2.lower())
            if nxt != n + 1 or b is not None:
                return m.group(0)
            first = f"{a.upper()}{n}"
        if n2 is None:
            w = first
        else:
            said = int(n2) if n2.isdigit() else self.numbers.get(n2.lower())
            if said is None:  # a mis-heard word ('L3 for'): only as the next level's number
                said = self.second_numbers[n2.lower()]
                if b is not None or not first.endswith(str(said - 1)):
                    return m.group(0)
            w = f"{first}-{(b or a).upper()}{said}"
        return w.ljust(len(m.group(0))) if len(w) <= len(m.group(0)) else m.group(0)


#: a spoken 'full stop' closing a line or the report, or before a capital, after a word ('...
#: are normal full stop', 'no canal stenosis full stop Foramina patent.')
_FULL_STOP_AT_END = re.compile(
    r"(?<=[A-Za-z])[ \t]+(?:full|Full|FULL)[ \t]+(?:stop|STOP)(?:[ \t]*(?=\n|$)|(?=[ \t]+[A-Z]))"
)
#: a level's letter, said as a letter, as the letter's name ('el') or as the region's word
#: ('lumbar three four', 'lumbar five sacral one'), and the letter each word stands for
_SAID_LETTER = {"el": "L", "lumbar": "L", "sacral": "S"}
_LETTERS = "|".join(["[lstd]", *_SAID_LETTER])
#: the words between a slipped vertebra and the one below it, said ('lumbar four over lumbar
#: five'), after the first and before the second
_SLIP_SAID = re.compile(r"[ \t]+(?:over|on|upon)[ \t]+(?:lumbar|sacral)[ \t]", re.I)
_SLIP_SAID_BEFORE = re.compile(r"\blumbar[ \t]+\w+[ \t]+(?:over|on|upon)[ \t]+\Z", re.I)
#: a level's two numbers joined by a spoken 'hyphen', 'dash' or 'slash' ('L2 hyphen 3', 'D12
#: dash L1')
_SPOKEN_JOIN = re.compile(
    r"(?<![\w'’])([ltsd][ \t]?\d{1,2})[ \t]+(?:hyphen|dash|slash)[ \t]+([ls]?[ \t]?\d{1,2})(?![\w])",
    re.I,
)


def _first_led(marks: list[SpokenMark]) -> re.Pattern[str]:
    """Every pattern of ``marks`` in one regex for lower-cased text, led by their first letters
    (~10x faster than trying each alternative at every position)."""
    alts = "|".join(f"(?:{m.pattern})" for m in marks)
    firsts = "".join(sorted(set().union(*(first_chars(m.pattern) or {"."} for m in marks))))
    rx = re.compile(rf"(?<![a-z0-9])(?=[{re.escape(firsts)}])(?:{alts})(?![a-z0-9])", re.I)
    return lower_twin(rx)


def _rewritten(text: str, marks: list[tuple[re.Pattern[str], str]]) -> str:
    """``text`` with every match of each pattern's group ``m`` written as its text, padded."""
    for rx, written in marks:
        text = rx.sub(partial(_padded, group="m", written=written), text)
    return text


def _padded(m: re.Match[str], group: str, written: str) -> Any:
    """The match with its ``group`` replaced by ``written`` padded with spaces to its length
    (left as it was when ``written`` is longer)."""
    s, e = m.span(group)
    said = m.group(group)
    if len(written) > len(said):
        return m.group(0)
    head = m.group(0)[: s - m.start()]
    # a line break goes last, so that the next line starts with its first word
    return head + (written.rjust if written.endswith("\n") else written.ljust)(len(said))
