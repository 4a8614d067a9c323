"""OCR'd scans of paper reports read as the typed text they were: page furniture, line-end
hyphens, split words and OCR glyph confusions undone.

Archives of old reports are often scans passed through OCR, which leaves damage the rules cannot
read through: a page footer and the next page's repeated header inside a sentence ("... or fo
raminal / Page 1 of 2 / HOSPITAL / CONFIDENTIAL / Name: ... / stenosis at any level"), words
hyphenated across wrapped lines ("foram-\\nina"), words split by a space ("pro trusion"), and
glyph confusions ("rnild" for mild, "IMPRESSI0N", "FlNDINGS", "L4-S" for L4-5, "LS-S1", "Ll-2").
:meth:`OcrRules.clean` repairs them (the ``ocr`` block of ``sections.yaml``), **keeping the text's
length** (a shortened word is padded with spaces; a page break or a line-end hyphen becomes one
line break, the next line indented), so every offset stays the report's.

Each repair is conservative by construction, so a typed report is left as it was:
- a word is re-spelt only when it is not a word of ``lexicon`` and the re-spelling is;
- a split word is joined only when the join is a ``lexicon`` word and neither piece is a word, or
  one is and the other (3 letters or more) is not ('stenos is', 'the cal sac');
- a level is re-read only when its glyphs decode to two adjacent vertebrae (L4-S -> L4-5);
- furniture is removed only around a page marker line ("Page 1 of 2", "- 2 -", "(continued)").
"""

from __future__ import annotations

import re
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field, field_validator

from spinelab.labeling.regex_first import check_regex, check_words, lower_twin

#: the word after a piece, one space on ('fo raminal'): lower case, 2-14 letters, a whole word
_NEXT_WORD = re.compile(r" ([a-z]{2,14})(?![A-Za-z0-9])")
#: the word before a piece, one space before it ('stenos is'): 2-14 letters, a whole word
_PREV_WORD = re.compile(r"(?<![A-Za-z0-9-])([A-Za-z]{2,14}) $")
_ALNUM_AT = re.compile(r"[A-Za-z0-9]")
#: bytes.translate table: every byte but ASCII letters, digits and '|' -> a space
_WORD_BREAKS = bytes(
    c if c < 128 and (chr(c).isalnum() or chr(c) == "|") else 32 for c in range(256)
)
#: what a page's repeated header or footer never has: a disc level or a stated finding
_REPORT_LINE = re.compile(
    r"\b[LTS]\d{1,2}\s*[-/]\s*[LTS]?\d|\b(?:stenosis|narrowing|bulge|protrusion|herniation|normal)\b",
    re.I,
)
_LINE_END_HYPHEN = re.compile(r"-[ \t]*\n")
#: cells after a word, apart by two spaces or more (a table's row)
_CELLS_AFTER = re.compile(r"[ \t]{2,}\S")
_HYPHEN = re.compile(
    r"(?<![A-Za-z])(?P<a>[A-Za-z]{2,})-(?P<gap>[ \t]*\n[ \t]*)(?P<b>[A-Za-z]+)(?P<p>[,;:.)]*)"
)
#: a level wrapped after its hyphen ('L4-\n5', 'L5-\nS1')
_LEVEL_WRAP = re.compile(
    r"(?<![A-Za-z0-9])(?P<a>[LTD]\s?\d{1,2})-(?P<gap>[ \t]*\n[ \t]*)(?P<b>[LS]?\d)(?!\d)"
)
_VERT_ORDER = [f"T{i}" for i in range(1, 13)] + [f"L{i}" for i in range(1, 6)] + ["S1"]


class OcrRules(BaseModel):
    """How OCR damage reads (``sections.yaml`` ``ocr``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    #: a page footer/header marker, matched at the start or end of a stripped line
    page_marker: str
    #: lines of a page break's furniture (a stripped line matching one, from its start)
    furniture: list[str] = Field(min_length=1)
    #: the words the rules read (lower case): a damaged word is repaired only into one of these
    lexicon: list[str] = Field(min_length=1)
    #: short words that are never half of a split word ('no', 'at', 'left')
    function_words: list[str] = Field(default_factory=list)
    #: glyph confusions of words, [OCR reading, meant] ('rn' for 'm', '0' for 'o', '1' for 'l');
    #: compared in lower case ('FlNDINGS' and 'IMPRESSI0N' read as 'flndings', 'impressi0n')
    confusions: list[tuple[str, str]] = Field(min_length=1)
    #: glyphs OCR reads in place of a level's digits ('S' -> '5', 'l' -> '1')
    level_digits: dict[str, str] = Field(min_length=1)

    @field_validator("page_marker")
    @classmethod
    def _regex(cls, v: str) -> str:
        return check_regex(v)

    @field_validator("furniture")
    @classmethod
    def _regexes(cls, v: list[str]) -> list[str]:
        return [check_regex(x) for x in v]

    @field_validator("lexicon", "function_words")
    @classmethod
    def _words(cls, v: list[str]) -> list[str]:
        return check_words(v)

    @field_validator("confusions")
    @classmethod
    def _confusions(cls, v: list[tuple[str, str]]) -> list[tuple[str, str]]:
        bad = [p for p in v if not p[0] or not p[1] or p[0] == p[1] or p[0] != p[0].lower()]
        if bad:
            raise ValueError(
                f"confusions must be [seen, meant] pairs of lower-case glyphs, got {bad}"
            )
        return v

    @field_validator("level_digits")
    @classmethod
    def _digits(cls, v: dict[str, str]) -> dict[str, str]:
        bad = {g: d for g, d in v.items() if len(g) != 1 or not d.isdigit() or len(d) != 1}
        if bad:
            raise ValueError(f"level_digits must map one glyph to one digit, got {bad}")
        return v

    # -- compiled forms ------------------------------------------------------------------------

    @cached_property
    def _lexicon(self) -> frozenset[str]:
        return frozenset(self.lexicon)

    @cached_property
    def _standalone(self) -> frozenset[str]:
        return self._lexicon | frozenset(self.function_words)

    @cached_property
    def _marker(self) -> re.Pattern[str]:
        m = self.page_marker
        return re.compile(rf"^[*\s]*(?:{m})|(?:{m})[*\s]*$", re.I)

    @cached_property
    def _furniture(self) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{f})" for f in self.furniture), re.I)

    @cached_property
    def _damaged(self) -> dict[str, str]:
        """Each lexicon word (4 letters or more) as OCR may misread it, lower case -> the word:
        one or two of its letters confused ('mild' -> 'rnild', 'findings' -> 'flndings',
        'impression' -> 'impressi0n'), never a word of the lexicon itself."""
        back: dict[str, list[str]] = {}
        for seen, meant in self.confusions:
            back.setdefault(meant, []).append(seen)
        out: dict[str, str] = {}
        for word in self.lexicon:
            if len(word) < 4:
                continue  # 'is' -> 'ls' would turn 'LS' (lumbosacral) into 'IS'
            spots = [(i, m) for m in back for i in range(len(word)) if word.startswith(m, i)]
            for k, (i, m) in enumerate(spots):
                for seen in back[m]:
                    one = word[:i] + seen + word[i + len(m) :]
                    out.setdefault(one, word)
                    for j, m2 in spots[k + 1 :]:
                        if j < i + len(m):
                            continue
                        shift = len(seen) - len(m)
                        for seen2 in back[m2]:
                            two = one[: j + shift] + seen2 + one[j + shift + len(m2) :]
                            out.setdefault(two, word)
        # (a '|' at a word's edge is a table's rule, not a letter: 'foramina|' is no 'foraminal')
        return {
            d: w
            for d, w in out.items()
            if d not in self._standalone and not (d[0] == "|" or d[-1] == "|")
        }

    @cached_property
    def _damaged_bytes(self) -> frozenset[bytes]:
        return frozenset(d.encode() for d in self._damaged)

    @cached_property
    def _pieces(self) -> tuple[frozenset[bytes], frozenset[bytes], frozenset[bytes]]:
        """The first and second pieces (bytes) of the lexicon words split in two by a space
        (``_split_pieces_ok``: 'fo raminal', 'pro trusion', 'stenos is'), and those pieces that
        are no word (every split has one: a quick test that a text may hold a split word)."""
        splits = self._splits
        first = frozenset(a.encode() for a, _ in splits)
        second = frozenset(b.encode() for _, b in splits)
        standalone = {w.encode() for w in self._standalone}
        return first, second, (first | second) - standalone

    @cached_property
    def _splits(self) -> frozenset[tuple[str, str]]:
        return frozenset(
            (word[:i], word[i:])
            for word in self.lexicon
            for i in range(2, len(word) - 1)
            if _split_pieces_ok(word[:i] in self._standalone, word[i:] in self._standalone, word, i)
        )

    @cached_property
    def _marker_anywhere(self) -> re.Pattern[str]:
        """The page marker anywhere, for lower-cased text (a quick test)."""
        return lower_twin(re.compile(self.page_marker, re.I))

    @cached_property
    def _level(self) -> re.Pattern[str]:
        g = re.escape("".join(self.level_digits))
        d = rf"[0-9{g}]"
        # led by the vertebra letter (re skips ahead on it), not inside a word, a glyph in it;
        # or the sacrum's S drawn as a 5 ('L5-51')
        return re.compile(
            rf"(?P<v1>[LTD])(?<![A-Za-z0-9].)(?=[ \t]?(?:[0-9]?[{g}]|[0-9]{{1,2}}[ \t]*[-/][ \t]*[LS]?[{g}]"
            r"|5[ \t]*[-/][ \t]*51(?![0-9])))"
            rf"(?P<s>[ \t]?)(?P<n1>{d}{d}?)(?P<sep>[ \t]*[-/][ \t]*)"
            rf"(?P<v2>[LS]|5(?=1))?(?P<n2>{d})(?![A-Za-z0-9])"
        )

    # -- repairs -------------------------------------------------------------------------------

    def clean(self, text: str) -> str:
        """``text`` with OCR damage repaired, the same length (unchanged where none is found).
        Each repair first checks cheaply that the text can need it (most typed reports: ~0.1
        ms in all)."""
        text = self._level.sub(self._level_read, text)
        low = text.lower()
        if self._marker_anywhere.search(low):
            text = self._strip_furniture(text)
            low = text.lower()
        if _LINE_END_HYPHEN.search(text):
            text = _LEVEL_WRAP.sub(_joined_level, text)
            text = _HYPHEN.sub(self._dehyphenated, text)
            low = text.lower()
        # the text's words as bytes (str.translate with a dict is ~10x slower than bytes')
        words = set(low.encode("ascii", "replace").translate(_WORD_BREAKS).split())
        damaged = words & self._damaged_bytes
        if damaged:
            text = self._respelt(text, {d.decode() for d in damaged})
        first, second, nonword = self._pieces
        loose = words & nonword
        if loose and not words.isdisjoint(first) and not words.isdisjoint(second):
            text = self._join_split_words(text, {p.decode() for p in loose})
        return text

    def _level_read(self, m: re.Match[str]) -> str:
        """'L4-S' -> 'L4-5', 'LS-S1' -> 'L5-S1', 'Ll-2' -> 'L1-2' when the glyphs decode to two
        adjacent vertebrae; else the match as it was."""
        n1, n2 = m.group("n1"), m.group("n2")
        sacral5 = m.group("v2") == "5"  # the sacrum's S drawn as a 5 ('L5-51')
        # the lower vertebra's letter as written, or none ('L4-S')
        letter2 = "S" if sacral5 else m.group("v2") or ""
        if n1.isdigit() and n2.isdigit() and not sacral5:
            return m.group(0)
        dig = self.level_digits
        d1 = "".join(dig.get(c, c) for c in n1)
        d2 = dig.get(n2, n2)
        v1 = "T" if m.group("v1") in "TD" else "L"
        v2 = letter2 or v1  # 'L4-S': the S is the digit
        upper = f"{v1}{int(d1)}" if d1.isdigit() else ""
        lower = f"{v2}{d2}"
        if (
            upper not in _VERT_ORDER
            or lower not in _VERT_ORDER
            or _VERT_ORDER.index(lower) != _VERT_ORDER.index(upper) + 1
        ):
            return m.group(0)
        out = f"{m.group('v1')}{d1}{m.group('sep').strip()}{letter2}{d2}"
        return out.ljust(len(m.group(0)))

    def _strip_furniture(self, text: str) -> str:
        """Each page break (a marker line and the furniture lines around it: repeated headers,
        patient lines, 'CONFIDENTIAL', blank lines) read as one line break."""
        if "\n" not in text:
            return text
        lines = text.split("\n")
        marks = [i for i, ln in enumerate(lines) if ln.strip() and self._marker.search(ln.strip())]
        if not marks:
            return text
        top = set().union(*(_words(ln) for ln in lines[:4]))
        furn = [self._is_furniture(ln, top) for ln in lines]
        starts = [0]
        for ln in lines[:-1]:
            starts.append(starts[-1] + len(ln) + 1)
        out = list(text)
        done = -1
        for i in marks:
            if i <= done:
                continue
            a = i
            while a > 0 and furn[a - 1]:
                a -= 1
            b = i
            while b + 1 < len(lines) and furn[b + 1]:
                b += 1
            done = b
            if a == 0 or b == len(lines) - 1:
                # the report's own head or tail: blank the lines, keep their breaks
                for j in range(a, b + 1):
                    s = starts[j]
                    out[s : s + len(lines[j])] = " " * len(lines[j])
                continue
            # from the line break ending line a-1 to the one ending line b: one line break
            s, e = starts[a] - 1, starts[b] + len(lines[b]) + 1
            out[s:e] = "\n" + " " * (e - s - 1)
        return "".join(out)

    def _is_furniture(self, line: str, top: set[str]) -> bool:
        s = line.strip()
        if not s:
            return True
        if self._marker.search(s) or self._furniture.match(s):
            return True
        if _REPORT_LINE.search(s):
            return False  # a line of the report that repeats the first lines' words, not a header
        words = _words(s)
        return len(words) >= 2 and len(words & top) >= 0.6 * len(words)

    def _dehyphenated(self, m: re.Match[str]) -> str:
        """'foram-\\nina' -> '\\n  foramina'; 'left-\\nsided' -> '\\nleft-sided' (a whole word
        before the hyphen keeps it): the line break goes before the joined word, so that it stays a
        wrap inside the sentence (a line break between lower-case words)."""
        a, b = m.group("a"), m.group("b")
        if b[0].isupper() and not a.isupper():
            return m.group(0)  # a new sentence or name after a dash, not a wrapped word
        joined = a + b
        if a.lower() in self._standalone and joined.lower() not in self._lexicon:
            joined = f"{a}-{b}"
        joined += m.group("p")  # 'subartic-\nular, or' -> '\n   subarticular, or'
        if _CELLS_AFTER.match(m.string, m.end()):
            # a grid's row name ('Spondylo-' over '  listhesis      -      +'): left as written (a
            # word moved between its lines would move the cells after it; tables.py joins it)
            return m.group(0)
        return "\n" + " " * (len(m.group(0)) - len(joined) - 1) + joined

    def _respelt(self, text: str, damaged: set[str]) -> str:
        """``text`` with each ``damaged`` word (lower case, see :attr:`_damaged`) written as its
        lexicon word, in its case and padded to its length ('rnild' -> 'mild ', 'IMPRESSI0N' ->
        'IMPRESSION')."""
        alts = "|".join(map(re.escape, sorted(damaged, key=len, reverse=True)))
        rx = re.compile(rf"(?<![A-Za-z0-9|])(?:{alts})(?![A-Za-z0-9|])", re.I)
        return rx.sub(
            lambda m: _cased(self._damaged[m.group(0).lower()], m.group(0)).ljust(len(m.group(0))),
            text,
        )

    def _join_split_words(self, text: str, loose: set[str]) -> str:
        """'fo raminal' -> 'foraminal ' (see :attr:`_pieces`); ``loose``: the pieces of the
        text that are no word (every split word has one: only pairs around them are read)."""
        splits = self._splits
        alt = "|".join(sorted(loose, key=len, reverse=True))
        joins: list[tuple[int, int, str]] = []  # (start, end, joined word + space)
        for m in re.finditer(rf"(?:{alt})", text, re.I):  # the loose pieces, then their pairs
            s, e = m.span()
            if (s and (text[s - 1].isalnum() or text[s - 1] == "-")) or _ALNUM_AT.match(text, e):
                continue  # inside a word
            nxt = _NEXT_WORD.match(text, e)  # the piece first: 'fo raminal'
            if nxt is not None and (m.group().lower(), nxt.group(1)) in splits:
                joins.append((s, nxt.end(), m.group() + nxt.group(1) + " "))
                continue
            prv = _PREV_WORD.search(text, max(0, s - 16), s)  # the piece second: 'stenos is'
            if prv is not None and m.group().islower():
                if (prv.group(1).lower(), m.group()) in splits:
                    joins.append((prv.start(), e, prv.group(1) + m.group() + " "))
        if not joins:
            return text
        out, last = list(text), -1
        for s, e, word in sorted(joins):
            if s >= last:  # pairs do not overlap
                out[s:e] = word
                last = e
        return "".join(out)


def _split_pieces_ok(first_word: bool, second_word: bool, word: str, i: int) -> bool:
    """Whether ``word`` split at ``i`` reads as a split word: neither piece a word ('fo raminal'),
    or one piece a word and the other at least 3 letters that are not ('stenos is', 'the cal')."""
    if first_word and second_word:
        return False
    return len(word) - i >= 3 if first_word else i >= 3 if second_word else True


def _joined_level(m: re.Match[str]) -> str:
    """'L4-\\n5' -> 'L4-5\\n ' (the line break after the level)."""
    word = f"{m.group('a')}-{m.group('b')}"
    return word + "\n" + " " * (len(m.group(0)) - len(word) - 1)


def _words(line: str) -> set[str]:
    """The words of a line in capitals (to tell a page's repeated letterhead from the report's
    first lines)."""
    return set(re.findall(r"[A-Za-z0-9]+", line.upper()))


def _cased(word: str, like: str) -> str:
    """``word`` (lower case) in the case of ``like``: all capitals, capitalised, or lower."""
    letters = [c for c in like if c.isalpha()]
    if len(letters) > 1 and sum(c.isupper() for c in letters) > len(letters) / 2:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
