"""Literal strings every match of a regex contains: a cheap substring test before a costly search.

Python's ``re`` cannot skip ahead in a pattern that opens with an alternation of lookbehinds
('(?<!nodes at the )L4 and L5 endplates'): it tries every branch at every position of the text.
Most sentences hold none of the words such a rule needs, so finding that out first by a plain
substring search (the 'required literal' prefilter of RE2 and Hyperscan) spares the regex.

:func:`required_literals` reads the parsed pattern: a set of lower-case strings one of which
every match holds, or None when it finds none. :class:`Gate` tests a lower-cased text for them.
Both are for texts where :func:`spinelab.labeling.regex_first.lower_ok` holds (lower-casing keeps
every case-insensitive match), so the same test serves IGNORECASE regexes and their lower twins.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any, NamedTuple, Protocol

from spinelab.labeling.regex_first import lower_ok, lower_twin

#: most strings a set may hold (a cross product or a union beyond it is given up)
_MAX_STRINGS = 64
#: most characters of a character class read as its strings ('[lr]' -> {'l', 'r'})
_MAX_CLASS = 8
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None))


class _Reading(NamedTuple):
    """What a part of a pattern matches: ``exact``, every string it can match (a small finite
    set, "" for a zero-width part), or None; ``needed``, strings one of which every match of it
    holds, or None."""

    exact: frozenset[str] | None
    needed: frozenset[str] | None


_NOTHING = _Reading(None, None)
_EMPTY = _Reading(frozenset({""}), None)


def _lower(c: int) -> str | None:
    """A literal's character lower-cased, or None where that is not one character."""
    low = chr(c).lower()
    return low if len(low) == 1 else None


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements: the longer shortest string, then fewer strings;
    a set holding "" requires nothing."""
    cands = [x for x in (a, b) if x and "" not in x]
    if not cands:
        return None
    return max(cands, key=lambda x: (min(map(len, x)), -len(x)))


def _own(r: _Reading) -> frozenset[str] | None:
    """What a reading requires of every match: the more selective of its exact strings and
    its needed ones."""
    return _better(r.exact, r.needed)


def _all_of(sets: list[frozenset[str] | None]) -> frozenset[str] | None:
    """The union of ``sets``; None where one is None or the union grows past the cap."""
    out: set[str] = set()
    for x in sets:
        if x is None:
            return None
        out |= x
    return frozenset(out) if len(out) <= _MAX_STRINGS else None


def _union(readings: list[_Reading]) -> _Reading:
    """The reading of an alternation of ``readings``: every branch's strings, exact or needed."""
    return _Reading(_all_of([r.exact for r in readings]), _all_of([_own(r) for r in readings]))


def _seq(items: Any, groups: dict[int, frozenset[str] | None], looks: bool = False) -> _Reading:
    """The reading of a parsed sequence: runs of exact parts joined (their cross product), the
    most selective run or part's requirement kept. ``groups``: the requirement of each numbered
    group read so far (a conditional's yes-branch has its group's)."""
    best: frozenset[str] | None = None
    run: set[str] = {""}
    whole = True  # every part exact so far, the run never cut: the run is the whole's strings
    for op, av in items:
        r = _item(op, av, groups, looks)
        if r.exact is not None:
            joined = {a + b for a in run for b in r.exact}
            if len(joined) > _MAX_STRINGS:
                best = _better(best, frozenset(run))
                joined, whole = set(r.exact), False
            run = joined
            if looks and r.needed is not None:  # (what a lookaround asserts)
                best = _better(best, r.needed)
            continue
        best = _better(best, frozenset(run))
        best = _better(best, r.needed)
        run, whole = {""}, False
    best = _better(best, frozenset(run))
    return _Reading(frozenset(run) if whole else None, best)


def _item(
    op: Any, av: Any, groups: dict[int, frozenset[str] | None], looks: bool = False
) -> _Reading:
    """The reading of one parsed element."""
    if op is C.LITERAL:
        c = _lower(av)
        return _Reading(frozenset({c}), None) if c else _NOTHING
    if op is C.ASSERT and looks:
        # zero width, but the text holds what it asserts (beside the match, not in it)
        return _Reading(frozenset({""}), _own(_seq(av[1], groups, looks)))
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _EMPTY  # zero width: the match is still one run of text across it
    if op is C.IN:
        chars: set[str] = set()
        for iop, iav in av:
            if iop is C.LITERAL:
                c = _lower(iav)
            elif iop is C.RANGE and iav[1] - iav[0] < _MAX_CLASS:
                for x in range(iav[0], iav[1] + 1):
                    if (c := _lower(x)) is None:
                        return _NOTHING
                    chars.add(c)
                continue
            else:
                return _NOTHING  # a negated class, a category ('\\d'), a long range
            if c is None:
                return _NOTHING
            chars.add(c)
        return _Reading(frozenset(chars), None) if len(chars) <= _MAX_CLASS else _NOTHING
    if op is C.SUBPATTERN:
        r = _seq(av[-1], groups, looks)
        if av[0] is not None:
            groups[av[0]] = _own(r)
        return r
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _seq(av, groups, looks)
    if op is C.BRANCH:
        return _union([_seq(b, groups, looks) for b in av[1]])
    if op is C.GROUPREF_EXISTS:
        # '(?(pre)A|B)': A is matched only where the group 'pre' took part, so holds its text
        g, yes, no = av
        y = _seq(yes, groups, looks)
        y = _Reading(y.exact, _better(_own(y), groups.get(g)))
        return _union([y, _seq(no, groups, looks) if no is not None else _EMPTY])
    if op in _REPEATS:
        lo, hi, sub = av
        r = _seq(sub, groups, looks)
        if lo == 0:
            if hi == 1 and r.exact is not None:
                return _Reading(r.exact | {""}, None)  # optional: '-?'
            return _NOTHING
        if lo == hi == 1:
            return r
        return _Reading(None, _own(r))
    return _NOTHING  # any character, a category, a back reference


def required_literals(
    pattern: str, flags: int = 0, lookarounds: bool = False
) -> frozenset[str] | None:
    """Lower-case strings one of which every match of ``pattern`` contains (as the lower-cased
    text holds it), or None when no such set was found. Lookarounds are read as zero width:
    what they assert need not be in the match, and nothing is required of it.

    ``lookarounds``: strings one of which every *string* holding a match contains, a positive
    lookaround's too ('(?<=described )at L4': 'described '), for a test of the whole string
    searched (a lookbehind may read before ``pos``, so not of a part of it)."""
    try:
        return _own(_seq(P.parse(pattern, flags), {}, lookarounds))
    except RecursionError:
        return None


def _minimal(lits: frozenset[str]) -> tuple[str, ...]:
    """``lits`` without the strings that hold another of them ('alignment' covers
    'malalignment'): the same test, fewer searches."""
    return tuple(sorted(x for x in lits if not any(y != x and y in x for y in lits)))


class Gate:
    """Whether a lower-cased text may hold a match of ``rx``: it contains one of the strings
    :func:`required_literals` finds (every text may, when it finds none).

    ``rx``: a compiled regex (IGNORECASE or a lower twin); test only texts that are
    ``text.lower()`` of a text where ``lower_ok`` holds."""

    __slots__ = ("literals",)

    def __init__(self, rx: re.Pattern[str], lookarounds: bool = False) -> None:
        lits = required_literals(rx.pattern, rx.flags, lookarounds)
        self.literals = None if lits is None else _minimal(lits)

    def __call__(self, low: str) -> bool:
        """False only where no match of ``rx`` can be found in the lower-cased ``low``."""
        lits = self.literals
        if lits is None:
            return True
        for x in lits:
            if x in low:
                return True
        return False


class Searcher(Protocol):
    """What sentence-wide searches need of a regex: ``re.Pattern`` or :class:`GatedTwin`."""

    def search(
        self, string: str, pos: int = ..., endpos: int = ...
    ) -> re.Match[str] | None: ...  # pragma: no cover


class GatedTwin:
    """A case-sensitive regex over lower-cased text (a :func:`lower_twin`) whose ``search`` and
    ``finditer`` first test the searched text for :class:`Gate`'s strings: the same results,
    without running the regex over texts that cannot hold a match."""

    __slots__ = ("rx", "gate")

    def __init__(self, rx: re.Pattern[str]) -> None:
        if rx.flags & re.I:
            raise ValueError("GatedTwin needs a case-sensitive regex for lower-cased text")
        self.rx = rx
        self.gate = Gate(rx)

    def search(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """``rx.search(string, pos, endpos)`` (``string`` lower-cased), or None at once where
        the searched span lacks the strings."""
        if pos == 0 and endpos >= len(string):
            return self.rx.search(string) if self.gate(string) else None
        if not self.gate(string[pos:endpos]):
            return None
        return self.rx.search(string, pos, endpos)

    def finditer(self, low: str) -> Iterator[re.Match[str]]:
        """``rx.finditer(low)``, or nothing at once where ``low`` lacks the strings."""
        return self.rx.finditer(low) if self.gate(low) else iter(())


#: the last text read by :func:`lowered` and its lower-cased form: one tuple, so that threads
#: read a pair
_LAST: tuple[str, str | None] = ("", "")


def lowered(text: str) -> str | None:
    """``text.lower()``, or None where lower-casing may lose a case-insensitive match
    (:func:`~spinelab.labeling.regex_first.lower_ok`); remembered for the last text (a text is
    searched by many regexes in a row)."""
    global _LAST
    last = _LAST
    if last[0] is text:
        return last[1]
    low: str | None = text.lower()
    if not lower_ok(text, low):  # type: ignore[arg-type]
        low = None
    _LAST = (text, low)
    return low


class Gated:
    """A compiled regex whose methods return "no match" at once on a string that lacks every
    string one of which each string holding a match contains (:func:`required_literals` with
    its lookarounds); otherwise the regex's own result. The same results as
    ``rx``, for regexes run over whole reports that seldom hold their words (a few substring
    searches instead of ``re`` trying every branch at every position).

    Works for case-sensitive and IGNORECASE regexes alike (the test is on the lower-cased
    string, skipped where lower-casing may lose a match)."""

    __slots__ = ("rx", "gate")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self.gate = Gate(rx, lookarounds=True)

    @property
    def pattern(self) -> str:
        return self.rx.pattern

    @property
    def flags(self) -> int:
        return self.rx.flags

    def may_match(self, string: str) -> bool:
        """False only where ``string`` cannot hold a match."""
        if self.gate.literals is None:
            return True
        low = lowered(string)
        return low is None or self.gate(low)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.rx.search(string, pos, endpos) if self.may_match(string) else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.rx.match(string, pos, endpos) if self.may_match(string) else None

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.rx.fullmatch(string, pos, endpos) if self.may_match(string) else None

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.rx.finditer(string, pos, endpos) if self.may_match(string) else iter(())

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.rx.findall(string, pos, endpos) if self.may_match(string) else []

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self.rx.sub(repl, string, count) if self.may_match(string) else string

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        return self.rx.subn(repl, string, count) if self.may_match(string) else (string, 0)


class Hint:
    """Whether an IGNORECASE regex matches anywhere in a text (a cheap test before costlier
    reading): no at once where the text lacks the strings a match needs (:class:`Gated`), else
    searched by its case-sensitive :func:`~spinelab.labeling.regex_first.lower_twin` on the
    lower-cased text where lower-casing keeps every match: the same answer, two to five times
    faster on a report."""

    __slots__ = ("rx", "twin", "gated")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self.twin = lower_twin(rx)
        self.gated = Gated(rx)

    def __call__(self, text: str) -> bool:
        """Whether ``rx`` matches somewhere in ``text``."""
        if not self.gated.may_match(text):
            return False
        low = lowered(text)
        if low is None:
            return self.rx.search(text) is not None
        return self.twin.search(low) is not None
