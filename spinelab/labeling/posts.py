"""Reports as patients post them: only the newest study is labelled, the poster's notes never.

Patients post an old and a new report together ("MRI from June 2019:" ... "NEW MRI, August 2023
(this is the latest one):"; "--- MARCH 2024 --- ... --- 2021 ---"; "2020: '...'  2024 (newest):
'...'"). REPORT_LABELS.md labels the current study only, so the text of every older study is read
as an excluded section (``SectionSplitter.sections``). A study starts at a line that is only a
study heading with a date (``sections.yaml`` ``posts.study_heading``: a ``year`` group, optional
``month`` or ``mon`` groups), possibly followed by the report on the same line after a colon. A
text is split only when it has at least two such headings with different dates (year, month); the
newest date wins, and among headings of the same date one that says so (``posts.newest``: 'new',
'latest'). A text with no such headings may tell of its studies in prose ('an MRI on June 14,
2011 revealed ...; a post-operative MRI dated February 2, 2013 revealed ...': ``posts.study_sentence``):
the same then holds from each such mention to the next; a newer study told of with no date ('had
another MRI last Tuesday': ``posts.recent_sentence``) is then the newest.
A post may paste a CT or X-ray report beside the MRI report (``posts.other_modality_heading``,
``posts.mri_heading``): only the MRI is read.
Patients also write their own notes into the report ("[my doctor said the disc is pinching the
nerve]"): a bracketed or parenthesised note in the first person (``posts.own_note``) is excluded
too, and so is a reply below a post that tells of its writer's own spine ("> Top comment: Mine
was a 9mm extrusion at L4-L5", ``posts.reply_heading``), and every other member's post of a thread
copied with a line of its writer's name over each post ("Guest", "Pat M", "u/name":
``posts.handle_line``). A blog's or a reply's sentence that quotes the report's words to explain
them ('"Foramina are patent" is good news', '"Protrusion" means ...': ``posts.explained_quote``)
is not read either. Offsets are the text's (nothing is rewritten).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from pydantic import BaseModel, ConfigDict, field_validator

from spinelab.labeling.regex_first import check_regex, first_chars, lower_ok, lower_twin
from spinelab.labeling.regex_literals import Hint

_YEAR = re.compile(r"(?:19|20)\d\d")
#: where a sentence of running prose may start: the text's start, a line start, or after a full
#: stop and one or two spaces or after an emoji (a quote mark, bracket or bullet before its first
#: word skipped)
#: pictographs and symbols (emoji), and the emoji variation selector (a character class's body)
EMOJI = "\U0001f300-\U0001faff\u2600-\u27bf\ufe0f"
_SENTENCE_START = re.compile(rf"\A[ \t>*\[(-]*|\n[ \t>*\[(-]*|[.!?] {{1,2}}[>*\[(-]*|[{EMOJI}]+\s+")
_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}


class PostRules(BaseModel):
    """How a patient's post reads (``sections.yaml`` ``posts``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    #: a line that heads one study: a multiline regex matched at a line start, with a ``year``
    #: group (four digits) and optional ``month`` (a month name) or ``mon`` (its number) groups,
    #: and ``d1``, the number before ``mon`` (the month where the text writes dates month first)
    study_heading: str
    #: words of a heading that mark the newest study ('new', 'latest', 'most recent')
    newest: str
    #: words of a heading that mark an older study ('previous', 'old', 'initial')
    older: str
    #: a note of the poster's own, in brackets or parentheses ('[my doctor said ...]')
    own_note: str
    #: optional: a study told of in running prose, with a ``year`` group and optional ``month``
    #: ('an MRI of the lumbar spine on June 14, 2011, which revealed ...', 'my mri in 2019
    #: said ...'); one regex or a list ('the 2022 MRI said ...', the year first): where a text
    #: holds no study headings, it starts a study the same way
    study_sentence: str | list[str] | None = None
    #: optional: (multiline regexes matched at a line start) a line heading an MRI report, and
    #: one heading a report of another modality ('X-RAY LUMBOSACRAL SPINE AP/LAT', 'CT LUMBAR
    #: SPINE (ER):'); in a text holding both, the other modality's report is not read
    mri_heading: str | None = None
    other_modality_heading: str | None = None
    #: optional: a newer study told of in prose with no date ('had another MRI last Tuesday',
    #: 'got a new scan this week'): beside studies told of with a date, it is the newest
    recent_sentence: str | None = None
    #: optional: (multiline, matched at a line start) a heading line of the newest study with no
    #: date ('NEW (last month):', 'Latest MRI:'): after a dated study heading, it is the newest
    newest_heading: str | None = None
    #: optional: (multiline, matched at a line start) the heading of an older and of a newer
    #: study with no date, each ending with ':' ('Old MRI:' ... 'New MRI:', 'Initial MRI (week
    #: 2): ...' ... 'Follow-up MRI (month 7): ...'): in a text no date decides, each older
    #: study runs to the next newer heading
    older_heading: str | None = None
    newer_heading: str | None = None
    #: optional: the same told of in prose, matched at a sentence start, with no heading ('First
    #: one (2019): "..."' ... 'New MRI last month, impression: "..."'; '[Original post, Sept
    #: 2022] ...' ... 'UPDATE Oct 2023: ...'): each older study runs to the next newer one
    older_sentence: str | None = None
    newer_sentence: str | None = None
    #: optional: (multiline, matched at a line start, with a ``year`` group; one regex or a list)
    #: a line of an exam record with its date ('Exam: MRI LUMBAR SPINE   Date: 12/01/2024',
    #: 'DATE OF EXAM: 04/09/2018', '05/02/2019 - MRI lumbar spine ...'): where two or more carry
    #: different dates (a cumulative printout, scanned outside reports, a records review), each
    #: starts a study; one alone (a report's own header) decides nothing
    exam_record: str | list[str] | None = None
    #: optional: (multiline, matched at a line start) the heading of another person's reply
    #: below a post that tells of that person's own spine ('> Top comment: Mine was a 9mm
    #: extrusion at L4-L5', 'Reply from u/name: I had ...'); each reply runs to the next one or
    #: the text's end and is not read, save one whose ``own`` group matches (the poster's own
    #: reply: 'Reply from OP:', 'Reply (same poster, 2 days later):')
    reply_heading: str | None = None
    #: optional: (multiline, matched at a line start, with a ``name`` group) a thread's line
    #: naming who wrote the post under it ('backpainsucks wrote:', 'jen_r wrote:'); the first
    #: name is the poster's, whose posts are read; another writer's post runs to the next such
    #: line and is not read where ``own_spine`` finds, in its first 400 characters, that it
    #: tells of that writer's own spine ('Mine said "severe stenosis at L4-5"')
    writer_heading: str | None = None
    own_spine: str | None = None
    #: optional: (multiline, exact case, matched at a line start) a line that is only a forum
    #: member's name, after a blank line and over that member's post in a thread copied from a
    #: forum ('Hoppityhop99', 'Pat M', 'u/backpainbarry'); an ``own`` group marks the poster's
    #: ('jenny_r (OP)', 'OP', 'Jim (author)'). Where there are two or more (or one whose name
    #: reads as a handle's, below a post telling of a disc level), each runs to the next, and
    #: one that is not the poster's is not read ('Guest' over 'Mine said ...'); the first is the
    #: poster's where no disc level is told before it (the thread opens with its name)
    handle_line: str | None = None
    #: optional: a sentence that quotes a report's words to explain them, from its opening quote
    #: to its end (a blog's '"Central canal is not narrowed" and "foramina are patent" are good
    #: news: ...', '"Protrusion" is a type of disc herniation ...'): not the report's statement
    explained_quote: str | None = None

    @field_validator("study_heading", "study_sentence", "exam_record")
    @classmethod
    def _dated(cls, v: str | list[str] | None) -> str | list[str] | None:
        for rx in _as_list(v):
            check_regex(rx, "year")
        return v

    @field_validator(
        "newest",
        "older",
        "own_note",
        "mri_heading",
        "other_modality_heading",
        "recent_sentence",
        "newest_heading",
        "older_heading",
        "newer_heading",
        "older_sentence",
        "newer_sentence",
        "reply_heading",
        "own_spine",
        "handle_line",
        "explained_quote",
    )
    @classmethod
    def _regexes(cls, v: str | None) -> str | None:
        return None if v is None else check_regex(v)

    @field_validator("writer_heading")
    @classmethod
    def _named(cls, v: str | None) -> str | None:
        return None if v is None else check_regex(v, "name")

    @cached_property
    def _case(self) -> _Scanners:
        """The study rules' regexes (IGNORECASE, over the text as written)."""
        return _Scanners(
            heading=re.compile(self.study_heading, re.I | re.M),
            sentences=[re.compile(rx, re.I) for rx in _as_list(self.study_sentence)],
            recent=_optional(self.recent_sentence, re.I),
            undated=_optional(self.newest_heading, re.I | re.M),
            pair=_either("older", self.older_heading, "newer", self.newer_heading),
            told=_either("older", self.older_sentence, "newer", self.newer_sentence, re.I),
            records=[re.compile(rx, re.I | re.M) for rx in _as_list(self.exam_record)],
        )

    @cached_property
    def _low(self) -> _Scanners:
        """The same as case-sensitive twins over the lower-cased text (:func:`lower_twin`), led
        by their first letters where those are few: several times faster in ``re``."""
        c = self._case
        return _Scanners(
            heading=_led(c.heading),
            sentences=[_led(rx) for rx in c.sentences],
            recent=None if c.recent is None else _led(c.recent),
            undated=None if c.undated is None else _led(c.undated),
            pair=None if c.pair is None else _led(c.pair),
            told=None if c.told is None else _led(c.told),
            records=[_led(rx) for rx in c.records],
        )

    @cached_property
    def _modality_re(self) -> re.Pattern[str] | None:
        return _either("mri", self.mri_heading, "other", self.other_modality_heading)

    @cached_property
    def _newest_re(self) -> re.Pattern[str]:
        return re.compile(rf"\b(?:{self.newest})\b", re.I)

    @cached_property
    def _older_re(self) -> re.Pattern[str]:
        return re.compile(rf"\b(?:{self.older})\b", re.I)

    @cached_property
    def _note_re(self) -> re.Pattern[str]:
        return re.compile(self.own_note, re.I)

    @cached_property
    def _reply_re(self) -> re.Pattern[str] | None:
        return _optional(self.reply_heading, re.I | re.M)

    def replies(self, text: str) -> list[tuple[int, int]]:
        """``[start, end)`` spans of other people's replies below a post (``reply_heading``),
        each to the next reply or the text's end; the poster's own replies, a reply that opens
        the text (the text is the reply) and the first reply below a post that names no disc
        level (the report is that reply's) are not among them."""
        rx = self._reply_re
        heads = self._handle_posts(text)
        if rx is not None and _REPLY_HINT(text):
            heads += [(m.start(), m["own"] is not None) for m in rx.finditer(text)]
            heads += self._other_writers(text)
        if not heads:
            return []
        heads.sort()
        if not text[: heads[0][0]].strip() or _LEVEL_NAMED.search(text, 0, heads[0][0]) is None:
            # the text is a reply, or the post above it names no disc level (a question with no
            # report: 'Q: What does "broad based disc bulge" mean?' over 'Answer by ...: here's
            # mine ...'): the first reply is the report, read
            heads[0] = (heads[0][0], True)
        ends = [a for a, _ in heads[1:]] + [len(text)]
        return [(a, b) for (a, own), b in zip(heads, ends, strict=True) if not own]

    def _other_writers(self, text: str) -> list[tuple[int, bool]]:
        """(start, own) of each writer's line of a thread (``writer_heading``), where there are
        two or more: own for the first writer's (the poster's) and for another's post that does
        not tell of its writer's own spine (``own_spine``)."""
        if self._writer_re is None or self._own_spine_re is None or "wrote" not in text:
            return []
        found = [(m.start(), m["name"].lower()) for m in self._writer_re.finditer(text)]
        if len(found) < 2:
            return []
        poster = found[0][1]
        ends = [a for a, _ in found[1:]] + [len(text)]
        return [
            (a, name == poster or not self._own_spine_re.search(text, a, min(b, a + 400)))
            for (a, name), b in zip(found, ends, strict=True)
        ]

    def _handle_posts(self, text: str) -> list[tuple[int, bool]]:
        """(start, own) of each member's post of a thread under a line of that member's name
        (``handle_line``), where there are two or more (or one that reads as a handle,
        'WeeBitSore', 'u/name', 'jo_22', below a post that tells of a disc level): own for the
        poster's (marked so, or by the first name when no disc level is told before it but in
        a thread's title, or by that name again), not for anyone else's."""
        rx = self._handle_re
        if rx is None or "\n\n" not in text:
            return []
        found = [
            (m.start(), m.group().strip(), m["own"] is not None)
            for m in rx.finditer(text)
            if _line_blank(text, m.start() - 1)  # (after a blank line)
            and m.end() + 1 < len(text)
            and not _line_blank(text, m.end() + 1)  # (over its post)
        ]
        if not found:
            return []
        told = _LEVEL_NAMED.search(text, 0, found[0][0]) is not None and not _TITLE_ONLY.fullmatch(
            text, 0, found[0][0]
        )
        if len(found) < 2 and not (told and _HANDLE_LIKE.search(found[0][1])):
            return []  # (one alone: a reply below a post only when its name is a handle's)
        poster = None if told else found[0][1].lower()
        return [(a, own or name.lower() == poster) for a, name, own in found]

    @cached_property
    def _handle_re(self) -> re.Pattern[str] | None:
        return _optional(self.handle_line, re.M)

    @cached_property
    def _writer_re(self) -> re.Pattern[str] | None:
        return _optional(self.writer_heading, re.I | re.M)

    @cached_property
    def _own_spine_re(self) -> re.Pattern[str] | None:
        return _optional(self.own_spine, re.I)

    @cached_property
    def _explained_re(self) -> re.Pattern[str] | None:
        return _optional(self.explained_quote, re.I | re.M)

    def not_the_report(self, text: str) -> list[tuple[int, int]]:
        """Sorted, disjoint ``[start, end)`` spans that are not the current report: the older
        studies of a post, other people's replies, the poster's own notes and the sentences that
        explain the report's words."""
        spans = self.older_studies(text) + self.other_modalities(text) + self.replies(text)
        if "[" in text or "(" in text:
            spans += [m.span() for m in self._note_re.finditer(text)]
        if self._explained_re is not None and ('"' in text or "\u201c" in text):
            spans += [m.span() for m in self._explained_re.finditer(text)]
        spans.sort()
        out: list[tuple[int, int]] = []
        for a, b in spans:
            if out and a <= out[-1][1]:
                out[-1] = (out[-1][0], max(b, out[-1][1]))
            else:
                out.append((a, b))
        return out

    def older_studies(self, text: str) -> list[tuple[int, int]]:
        """``[start, end)`` spans of the studies older than the newest one (empty: one study)."""
        low = text.lower()
        scan, rx = (low, self._low) if lower_ok(text, low) else (text, self._case)
        return self._dated_older(scan, rx) or self._undated_older(scan, rx)

    def _undated_older(self, text: str, rx: _Scanners) -> list[tuple[int, int]]:
        """Spans of the older studies that no date tells apart, under headings ('Old MRI:' ...
        'New MRI:') or told of in prose ('First one (2019): ...' ... 'New MRI last month: ...'):
        from each older one to the next newer one, or to the end after a newer one; none with
        no newer one."""
        if ":" not in text and "\n" not in text:  # (a heading ends with ':' or its line)
            return []
        heads = []
        if rx.pair is not None:
            heads += [(m.start(), m["newer"] is not None) for m in rx.pair.finditer(text)]
        if rx.told is not None:
            for s in _SENTENCE_START.finditer(text):
                m = rx.told.match(text, s.end())
                if m is not None:
                    heads.append((m.start(), m["newer"] is not None))
        if heads and rx.recent is not None and any(not n for _, n in heads):
            # a newer study told of with no date ('Got a repeat MRI last month ...', "Here's the
            # new one:") ends the older one before it
            heads += [(m.start(), True) for m in rx.recent.finditer(text)]
        heads = sorted(set(heads))  # a heading line may also be a sentence start
        spans = []
        for i, (start, newer) in enumerate(heads):
            nxt = next((a for a, n in heads[i + 1 :] if n), None)
            if not newer and nxt is not None:
                spans.append((start, nxt))
            elif not newer and any(n for _, n in heads[:i]):
                # 'NEW (Sept): ...' then 'OLD (March): ...': the older one runs to the end
                spans.append((start, len(text)))
        return spans

    def _dated_older(self, text: str, rx: _Scanners) -> list[tuple[int, int]]:
        """Spans of the older studies that dates tell apart (headings or prose)."""
        n_years = len(_YEAR.findall(text))
        if not n_years:  # cheap: every study but an undated newest one has a date
            return []
        us = "/" in text and _MONTH_FIRST.search(text) is not None  # dates written month first
        heads = self._studies(rx.heading, text, us)
        if len(heads) > 1:
            # a heading with nothing under it before the next heads no study: one report's
            # fields ('Exam date: 2024-05-07 | Prior: MRI 2022-01-13', a line each once read)
            ends = {m.start(): m.end() for m in rx.heading.finditer(text)}
            heads = [
                h
                for h, nxt in zip(heads, [*heads[1:], None], strict=True)
                if nxt is None or text[ends[h[0]] : nxt[0]].strip()
            ]
        if rx.records and (_DATE_WORD.search(text) or _NUMERIC_DATE.search(text)):
            records = [x for r in rx.records for x in self._studies(r, text, us)]
            if len({d for _, d, _ in records}) > 1:  # several exams' records
                heads = sorted(set(heads + records))
        if heads:  # 'OLD (Nov 2016):' ... 'NEW (last month):': an undated newest heading
            heads = sorted(heads + _undated(rx.undated, text, heads[0][0]))
        if len({d for _, d, _ in heads}) < 2 and rx.sentences:
            # no headings: studies told in prose, and a newer one with no date ('had another
            # MRI last Tuesday', a line 'new one says:'), the newest; looked for only here,
            # where headings decide nothing
            recent = _undated(rx.recent, text)
            told = sorted(x for srx in rx.sentences for x in self._studies(srx, text, us))
            if told:
                recent += _undated(rx.undated, text, told[0][0])
                # a newer study told of with no date before one told of as new with its date
                # ('Title: New MRI says ...' ... 'New report (Nov 2023) says:'): the same study
                recent = [r for r in recent if not any(n and at > r[0] for at, _, n in told)]
            if n_years + bool(recent) < 2:
                return []
            line_end = text.find("\n", heads[0][0]) if heads else -1
            if (
                len(heads) == 1
                and not told
                and all(at < heads[0][0] for at, _, _ in recent)
                and not self._older_re.search(
                    text, heads[0][0], len(text) if line_end < 0 else line_end
                )
            ):
                # 'the new scan says I have a transitional vertebra' in the story, then the
                # report under 'MRI Lumbar Spine 14/05/2024': the new scan is that one
                return []
            # (with a dated heading: 'my 2023 MRI said "..."' then 'New one (Sept 2024):')
            heads = sorted(set(heads + told + recent))  # (two rules may find one study)
        if len({d for _, d, _ in heads}) < 2:
            return []
        # the newest; of two mentions of it, the later (a list of the records, then the report)
        keep = max(range(len(heads)), key=lambda i: (heads[i][1], heads[i][2], i))
        # (the newest told of twice in a row: 'Got a repeat MRI ... New one says:', or a
        # records list's '2) MRI lumbar spine 10/02/2019 (current):' over the report's own 'Exm
        # Date: OCT 02, 2019' line): the run of its date around it is read
        newest = heads[keep][1]
        lo = keep - 1 if keep and heads[keep - 1][1] == newest else keep  # (one before, at most)
        hi = keep
        while hi + 1 < len(heads) and heads[hi + 1][1] == newest:
            hi += 1
        spans = []
        for i, (start, _, _) in enumerate(heads):
            if lo <= i <= hi:
                continue
            end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
            spans.append((start, end))
        return spans

    def _studies(
        self, rx: re.Pattern[str], text: str, us: bool
    ) -> list[tuple[int, tuple[int, int], bool]]:
        """(start, (year, month), says it is the newest) of each study ``rx`` finds in ``text``
        (``us``: numeric dates are month first, as where one can only be: '09/15/2009')."""
        return [
            (m.start(), _date(m, us), self._newest_re.search(m.group()) is not None)
            for m in rx.finditer(text)
        ]

    def other_modalities(self, text: str) -> list[tuple[int, int]]:
        """``[start, end)`` spans of the CT or X-ray reports of a text that also holds an MRI
        report, each from its heading to the next heading of either kind (or the text's end); a
        heading matched up to its colon, its findings after it on the same line ('Lumbar
        radiographs (11/07/2023): No fracture or spondylolisthesis.'), is that line alone."""
        if self._modality_re is None:
            return []
        found = list(self._modality_re.finditer(text))
        if not any(m.lastgroup == "other" for m in found) or all(
            m.lastgroup == "other" for m in found
        ):
            return []
        ends = [m.start() for m in found[1:]] + [len(text)]
        out = []
        for m, end in zip(found, ends, strict=True):
            if m.lastgroup != "other":
                continue
            if m.group().endswith(":"):  # (the heading's pattern ends with its colon there)
                eol = text.find("\n", m.end())
                end = min(end, len(text) if eol < 0 else eol)
            out.append((m.start(), end))
        return out


def _as_list(v: str | list[str] | None) -> list[str]:
    """A rule's regex or regexes as a list (none: empty)."""
    return [v] if isinstance(v, str) else list(v or [])


def _optional(rx: str | None, flags: re.RegexFlag) -> re.Pattern[str] | None:
    """An optional rule regex compiled, or None when the rule file does not give it."""
    return None if rx is None else re.compile(rx, flags)


def _either(
    a: str, rx_a: str | None, b: str, rx_b: str | None, flags: re.RegexFlag = re.I | re.M
) -> re.Pattern[str] | None:
    """Two rules (by default multiline headings) as one regex with groups ``a`` and ``b`` (None
    unless both are given)."""
    if rx_a is None or rx_b is None:
        return None
    return re.compile(f"(?P<{a}>{rx_a})|(?P<{b}>{rx_b})", flags)


#: the date of a study told of as newer with no date of its own
_UNDATED_NEWEST = (9999, 0)


def _undated(
    rx: re.Pattern[str] | None, text: str, after: int = -1
) -> list[tuple[int, tuple[int, int], bool]]:
    """(start, newest date, True) of each newer study ``rx`` finds with no year in it, after
    offset ``after`` ('had another MRI last Tuesday', a line 'NEW (last month):')."""
    if rx is None:
        return []
    return [
        (m.start(), _UNDATED_NEWEST, True)
        for m in rx.finditer(text)
        if m.start() > after and _YEAR.search(m.group()) is None
    ]


#: a numeric date ('04/09/2018'): what an exam record without the word 'date' holds
_NUMERIC_DATE = re.compile(r"\d[/.-]\d{1,2}[/.-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d")
_DATE_WORD = re.compile(r"date", re.I)


def _line_blank(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is blank (a position before or past the text: no)."""
    if at < 0 or at >= len(text):
        return False
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return not text[start : end if end >= 0 else len(text)].strip()


#: what only a forum handle holds: 'u/', a digit, '_', a capital inside a word ('WeeBitSore')
_HANDLE_LIKE = re.compile(r"u/|\d|_|[a-z][A-Z]")
#: a thread's title line alone, a question or under a forum's path ('Patient forum › Back pain ›
#: MRI results - L4/5 and L5/S1, what does it mean?'): no report told before the first handle
_TITLE_ONLY = re.compile(r"\s*(?:[^\n]*[›»][^\n]*|[^\n]*\?)\s*")
#: a disc level's first vertebra ('L4', 'T12')
_LEVEL_NAMED = re.compile(r"\b[LT][ \t]?-?\d", re.I)
#: a cheap test for the words a reply heading holds
_REPLY_HINT = Hint(re.compile(r"repl|answer|respon|comment|u/|@|wrote", re.I))
#: a numeric date that can only be month first ('09/15/2009')
_MONTH_FIRST = re.compile(
    r"(?<![0-9])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2[0-9]|3[01])/(?:19|20)\d\d(?![0-9])"
)


def _date(m: re.Match[str], month_first: bool = False) -> tuple[int, int]:
    """(year, month) of a heading; month 0 when it names none. ``month_first``: a numeric date's
    first number (group ``d1``) is its month (US '02/10/2009'); ``isomon``: an ISO date's month."""
    groups = m.groupdict()
    month = groups.get("month") or groups.get("mon") or groups.get("isomon") or ""
    if month_first and groups.get("d1") and groups.get("mon"):
        month = groups["d1"]
    num = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."), 0)
    return int(m.group("year")), num if 1 <= num <= 12 else 0


@dataclass(frozen=True, slots=True)
class _Scanners:
    """The compiled study rules of :class:`PostRules` (one set per text form)."""

    heading: re.Pattern[str]
    sentences: list[re.Pattern[str]]
    recent: re.Pattern[str] | None
    undated: re.Pattern[str] | None
    pair: re.Pattern[str] | None
    told: re.Pattern[str] | None
    records: list[re.Pattern[str]]


def _led(rx: re.Pattern[str]) -> re.Pattern[str]:
    """:func:`lower_twin` of ``rx``, behind a lookahead for its first letters when they are few
    (``re`` then rejects most positions at once)."""
    twin = lower_twin(rx)
    firsts = first_chars(rx.pattern)
    if firsts is None or len(firsts) > 12:
        return twin
    return re.compile(f"(?=[{re.escape(''.join(sorted(firsts)))}])(?:{twin.pattern})", twin.flags)
