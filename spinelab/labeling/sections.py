"""Report sections (FINDINGS / IMPRESSION / excluded history-like parts) and sentences.

Headers are found at a line start in any case ("Findings", "impression  ...") or, in capitals with
a colon, after a sentence end ("... normal. IMPRESSION: 1. ..."), so reports whose line breaks were
replaced by commas or spaces still split. An excluded section (HISTORY, TECHNIQUE, COMPARISON, ...)
ends at the next header, blank line, or line that opens with a disc level. Text before any header is
``other`` (it is labelled like FINDINGS). Offsets are character offsets into the report text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spinelab.labeling.rules import SectionsFile

SectionKind = str  # 'findings' | 'impression' | 'excluded' | 'other'

# every branch opens with a character (class), so re skips all other positions quickly
_SENT_SEP = re.compile(r"\n+|/{2,}|[.!?;]+(?:\s+|(?=[A-Z]))|\.(?<=[a-z]\.)(?=[A-Z])")
_ITEM_NUMBER = re.compile(r"\d{1,2}[.)]\s")
_BLANK = re.compile(r"\n[ \t\r]*\n")
_NUMBERED = re.compile(r"\s*(?:\d{1,2}[.)]|[-*\u2022])\s*$")


@dataclass(frozen=True, slots=True)
class Section:
    """A stretch ``[start, end)`` of the text and its kind."""

    kind: SectionKind
    start: int
    end: int
    body: int = -1  # where the text after the header starts (-1: no header)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence ``[start, end)`` with its section kind, line and paragraph numbers.

    ``item_start``: the sentence opens a numbered list item ("2. At L4-5 ...")."""

    start: int
    end: int
    section: SectionKind
    line: int
    paragraph: int
    item_start: bool


class SectionSplitter:
    """Splits report text into sections and sentences (rules from ``sections.yaml``)."""

    def __init__(self, rules: SectionsFile, level_line_re: re.Pattern[str]) -> None:
        self.kind_of: dict[str, SectionKind] = {}
        for h in rules.headers:
            lit = (h.literal or h.pattern or "").lower()
            self.kind_of[lit] = h.section
        lits = sorted(self.kind_of, key=len, reverse=True)
        alt = "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in lits)
        main = "|".join(
            re.escape(x).replace(r"\ ", r"\s+")
            for x in lits
            if self.kind_of[x] in ("findings", "impression")
        )
        # line-start header, any case: 'FINDINGS:', 'Findings\n', 'impression  text', 'Findings T12'
        self.line_re = re.compile(
            rf"^[ \t]*(?:(?P<h>{alt})[ \t]*(?::|(?=[ \t]*(?:\r?\n|$)))"
            rf"|(?P<m>{main})(?:[ \t]{{2,}}|[ \t]+(?=[A-Z0-9])))",
            re.I | re.M,
        )
        # mid-line header in capitals after a sentence end: '... normal. IMPRESSION: 1.'
        upper_alt = "|".join(re.escape(x.upper()).replace(r"\ ", r"\s+") for x in lits)
        self.inline_re = re.compile(rf"(?<![A-Za-z])(?=[A-Z])(?P<h>{upper_alt})\s*:")
        self._inline_before = re.compile(r"(?:[.!?,;]\s*|\s\s)$")
        self.level_line_re = level_line_re

    def headers(self, text: str) -> list[tuple[int, int, SectionKind]]:
        """(header start, body start, kind) of every header, in order."""
        found: dict[int, tuple[int, int, SectionKind]] = {}
        for rx in (self.line_re, self.inline_re):
            for m in rx.finditer(text):
                g = "h" if m.group("h") else "m"
                if rx is self.inline_re and not self._inline_before.search(
                    text, max(0, m.start() - 3), m.start()
                ):
                    continue
                name = re.sub(r"\s+", " ", m.group(g)).lower()
                kind = self.kind_of.get(name)
                if kind is None:
                    continue
                s = m.start(g)
                if not any(abs(s - k) < 3 for k in found):
                    found[s] = (s, m.end(), kind)
        return [found[k] for k in sorted(found)]

    def sections(self, text: str) -> list[Section]:
        """Sections covering the text in order (excluded parts included, kind 'excluded')."""
        hdrs = self.headers(text)
        out: list[Section] = []
        pos, main = 0, "other"
        for i, (hs, body, kind) in enumerate(hdrs):
            if hs > pos:
                out.append(Section(main, pos, hs))
            nxt = hdrs[i + 1][0] if i + 1 < len(hdrs) else len(text)
            if kind == "excluded":
                stop = nxt
                eol = text.find("\n", body, nxt)
                if eol > 0 and text[body:eol].strip():
                    stop = eol  # 'INDICATION: back pain.' is a one-line section
                b = _BLANK.search(text, body, stop)
                if b:
                    stop = b.start()
                lv = self.level_line_re.search(text, body, stop)
                if lv:
                    stop = lv.start()
                out.append(Section("excluded", hs, stop, body))
                pos = stop
            else:
                main = kind
                out.append(Section(kind, hs, nxt, body))
                pos = nxt
        if pos < len(text):
            out.append(Section(main, pos, len(text)))
        return [s for s in out if s.end > s.start and not text[s.start : s.end].isspace()]

    def sentences(self, text: str, sections: list[Section]) -> list[Sentence]:
        """Sentences of the non-excluded sections, with line and paragraph numbers."""
        nl = [m.start() for m in re.finditer("\n", text)]
        blanks = [m.start() for m in _BLANK.finditer(text)]
        out: list[Sentence] = []
        for sec in sections:
            if sec.kind == "excluded":
                continue
            pos = max(sec.start, sec.body)
            prev_numbered = False
            for m in _SENT_SEP.finditer(text, pos, sec.end):
                prev_numbered = self._emit(
                    text,
                    pos,
                    m.start() + (1 if m.group().startswith(".") else 0),
                    sec,
                    nl,
                    blanks,
                    out,
                    prev_numbered,
                )
                pos = m.end()
            self._emit(text, pos, sec.end, sec, nl, blanks, out, prev_numbered)
        return out

    @staticmethod
    def _emit(text, s, e, sec, nl, blanks, out, prev_numbered) -> bool:  # type: ignore[no-untyped-def]
        seg = text[s:e]
        stripped = seg.strip()
        if not stripped:
            return prev_numbered
        if _NUMBERED.fullmatch(seg):
            return True
        lead = len(seg) - len(seg.lstrip())
        s2 = s + lead
        e2 = s + len(seg.rstrip())
        out.append(
            Sentence(
                s2,
                e2,
                sec.kind,
                bisect.bisect_right(nl, s2),
                bisect.bisect_right(blanks, s2),
                prev_numbered or _ITEM_NUMBER.match(stripped) is not None,
            )
        )
        return False
