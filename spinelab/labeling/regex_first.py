"""First characters a regex can match (to dispatch a big alternation by a word's first letter).

Python's ``re`` tries every branch of an alternation at every position; splitting the vocabulary
by first letter (:func:`first_chars`) or first two letters (:func:`prefixes`) and trying only the
matching bucket at word starts makes tagging much faster. :func:`lower_twin` turns an IGNORECASE
regex into a case-sensitive one for lower-cased text (same matches where :func:`lower_ok`): ``re``
can then skip ahead on the literal first characters, which IGNORECASE prevents.
:class:`Hint` tells whether an IGNORECASE regex matches a text that way. :func:`check_regex` and
:func:`check_words` are the rule files' validators of a regex and of a word list.
"""

from __future__ import annotations

import functools
import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]


def check_regex(v: str, *groups: str) -> str:
    """``v`` when it compiles as a case-insensitive regex with a group of each name in
    ``groups``, else ValueError quoting it (a rule file validator)."""
    try:
        rx = re.compile(v, re.I)
    except re.error as e:
        raise ValueError(f"not a valid regular expression ({e}): {v!r}") from e
    missing = [g for g in groups if g not in rx.groupindex]
    if missing:
        raise ValueError(f"needs a group named {missing[0]!r} ((?P<{missing[0]}>...)): {v!r}")
    return v


def check_words(v: list[str]) -> list[str]:
    """``v`` when every entry is a lower-case word of letters only (a rule file's word list,
    composed into regexes or compared with lower-cased text), else ValueError naming the first
    bad ones (a rule file validator)."""
    bad = [w for w in v if not re.fullmatch(r"[a-z]+", w)]
    if bad:
        raise ValueError(f"words must be lower-case letters only, got {bad[:5]}")
    return v


@functools.cache
def _digits() -> frozenset[str]:
    """Every character ``\\d`` matches in a str pattern (the Unicode decimal digits)."""
    return frozenset(c for c in map(chr, range(0x110000)) if c.isdecimal())


#: What a non-ASCII digit or space stands as in a prefix (:func:`canonical`): the prefixes of
#: ``\\d\\d`` are then 11 x 11 strings, not the hundreds of Unicode digits squared.
_OTHER_DIGIT, _OTHER_SPACE = "\ue000", "\ue001"


def canonical(c: str) -> str:
    """The character ``c`` as prefixes spell it: itself, or a stand-in for every non-ASCII
    decimal digit and every non-ASCII space (``\\d`` and ``\\s`` of a str pattern match them)."""
    if c.isascii():
        return c
    if c.isdecimal():
        return _OTHER_DIGIT
    return _OTHER_SPACE if c.isspace() else c


#: ``\\d`` and ``\\s`` as prefix characters (ASCII ones plus the stand-in for the others)
_DIGIT_CHARS = frozenset("0123456789" + _OTHER_DIGIT)
_SPACE_CHARS = frozenset(" \t\n\r\f\v\x1c\x1d\x1e\x1f" + _OTHER_SPACE)


def _first(seq: object) -> tuple[set[str] | None, bool]:
    """(first characters or None for 'any', nullable) of a parsed pattern sequence."""
    out: set[str] = set()
    for op, av in seq:  # type: ignore[attr-defined]
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.LITERAL:
            out.add(chr(av).lower())
            return out, False
        if op is C.IN:
            for iop, iav in av:
                if iop is C.LITERAL:
                    out.add(chr(iav).lower())
                elif iop is C.RANGE:
                    out.update(chr(c).lower() for c in range(iav[0], iav[1] + 1))
                elif iop is C.CATEGORY and iav is C.CATEGORY_DIGIT:
                    out |= _digits()
                else:
                    return None, False
            return out, False
        if op is C.SUBPATTERN:
            f, nullable = _first(av[-1])
        elif op is C.BRANCH:
            f, nullable = set(), False
            for br in av[1]:
                bf, bn = _first(br)
                if bf is None:
                    return None, False
                f |= bf
                nullable = nullable or bn
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            f, nullable = _first(av[2])
            nullable = nullable or av[0] == 0
        else:
            return None, False
        if f is None:
            return None, False
        out |= f
        if not nullable:
            return out, False
    return out, True


def first_chars(pattern: str) -> set[str] | None:
    """Lower-cased characters a match of ``pattern`` can start with; None when unknown/any."""
    f, nullable = _first(P.parse(pattern))
    return None if (f is None or nullable) else f


#: Characters whose case-insensitive matching in ``re`` differs from matching their lower case
#: ('\u017f' long s matches 's' under IGNORECASE, the Kelvin sign matches 'k', ...).
_ODD_FOLDS = re.compile("[\u0130\u0131\u017f\u0345\u03c2\u1e9e\u1fbe\u212a\u212b\ufb05\ufb06]")


def lower_pattern(pattern: str) -> str:
    """A regex for lower-cased text: literals lower-cased, escapes and group syntax kept."""
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if pattern.startswith("(?P<", i):
            j = pattern.index(">", i)
            out.append(pattern[i : j + 1])
            i = j + 1
            continue
        out.append(c.lower())
        i += 1
    return "".join(out)


def lower_twin(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The IGNORECASE regex ``rx`` as a case-sensitive regex over lower-cased text: the same
    matches on ``text.lower()`` (when :func:`lower_ok`) and several times faster in ``re``."""
    if not rx.flags & re.I:
        raise ValueError("lower_twin needs an IGNORECASE regex")
    return re.compile(lower_pattern(rx.pattern), rx.flags & ~re.I)


def lower_ok(text: str, low: str) -> bool:
    """Whether ``low = text.lower()`` keeps every offset and every case-insensitive match."""
    if text.isascii():
        return True
    return len(low) == len(text) and _ODD_FOLDS.search(text) is None



_MAX_SET = 2000  # give up (None: unknown) beyond this many prefixes


def _pref_seq(items: list, k: int) -> set[str] | None:  # type: ignore[type-arg]
    """Prefixes (length k, or shorter = a whole match) of a parsed sequence; None: unknown."""
    out: set[str] = {""}
    for op, av in items:
        part = _pref_item(op, av, k)
        if part is None:
            return None
        nxt: set[str] = set()
        for a in out:
            if len(a) >= k:
                nxt.add(a)
                continue
            for b in part:
                nxt.add((a + b)[:k])
        if len(nxt) > _MAX_SET:
            return None
        out = nxt
        if all(len(a) >= k for a in out):
            break
    return out


def _pref_item(op: object, av: object, k: int) -> set[str] | None:
    if op is C.LITERAL:
        return {canonical(chr(av))}  # type: ignore[arg-type]
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}  # zero width; ignoring the condition only adds prefixes
    if op is C.IN:
        chars: set[str] = set()
        for iop, iav in av:  # type: ignore[attr-defined]
            if iop is C.LITERAL:
                chars.add(canonical(chr(iav)))
            elif iop is C.RANGE and iav[1] - iav[0] < 64:
                chars.update(canonical(chr(c)) for c in range(iav[0], iav[1] + 1))
            elif iop is C.CATEGORY and iav is C.CATEGORY_DIGIT:
                chars |= _DIGIT_CHARS
            elif iop is C.CATEGORY and iav is C.CATEGORY_SPACE:
                chars |= _SPACE_CHARS
            else:
                return None
        return chars
    if op is C.SUBPATTERN:
        # inline flags: only IGNORECASE turned on changes which characters a literal matches
        if av[1] & re.I:  # type: ignore[index]
            return None
        return _pref_seq(av[-1].data, k)  # type: ignore[index]
    if op is C.BRANCH:
        out: set[str] = set()
        for br in av[1]:  # type: ignore[index]
            p = _pref_seq(br.data, k)
            if p is None:
                return None
            out |= p
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        lo: int = av[0]  # type: ignore[index]
        hi: int = av[1]  # type: ignore[index]
        sub = av[2]  # type: ignore[index]
        one = _pref_seq(sub.data, k)
        if one is None:
            return None
        # n copies for n <= min(hi, k) cover every prefix of more copies (see docstring)
        total: set[str] = {""} if lo == 0 else set()
        cur: set[str] = {""}
        for _ in range(min(hi, k)):
            cur = {(a + b)[:k] if len(a) < k else a for a in cur for b in one}
            if len(cur) > _MAX_SET:
                return None
            total |= cur
        if lo > min(hi, k):
            total |= cur
        return total
    return None


def prefixes(pattern: str, k: int = 2) -> set[str] | None:
    """Every string of length ``k`` a match of ``pattern`` (case-sensitive) can start with, plus
    the whole matches shorter than ``k``, spelt by :func:`canonical` (compare a text's
    characters the same way); None when unknown. A superset: lookarounds are ignored, and n
    copies of a repeat for n <= k stand for more copies (the first k characters of any longer
    repetition come from at most k non-empty copies)."""
    if k < 1:
        raise ValueError("k must be >= 1")
    try:
        return _pref_seq(P.parse(pattern).data, k)
    except RecursionError:
        return None


#: A branch this long (characters) is compiled once on its own, not into every alternation
#: that selects it: compiling the grade words' 15,000 characters for each of 60 selections
#: took seconds of a labeler's life.
_BIG_PART = 3000


class _Chain:
    """Alternations tried one after the other at a position: the first match, as one
    alternation of all their branches in the same order would give it (branches of a regex
    alternation are tried in order, each with the tail after it)."""

    __slots__ = ("rxs",)

    def __init__(self, rxs: list[re.Pattern[str]]) -> None:
        self.rxs = rxs

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        """The first chained alternation's match at ``pos``, or None."""
        for rx in self.rxs:
            m = rx.match(text, pos)
            if m is not None:
                return m
        return None


class PrefixDispatch:
    """The branches of a big alternation that can match where a word starts with given
    characters, for case-sensitive matching of lower-cased text.

    ``parts``: the branches (lower-case patterns, as :func:`lower_pattern` makes them), in
    alternation order; ``tail``: a pattern every match must end with. :meth:`at` gives, for the
    first two characters ``key`` at a position, a matcher of only the branches whose matches
    can start with ``key`` (order kept, so its ``match`` there gives what the whole alternation
    would), or None when no branch can; built on first use and shared by keys that select the
    same branches. The matcher is a compiled alternation, or a :class:`_Chain` of them where a
    very long branch (compiled once, alone) is among the selected."""

    def __init__(self, parts: list[str], tail: str = "") -> None:
        self.parts = parts
        self.tail = tail
        self._firsts = [first_chars(x) for x in parts]
        self._prefixes = [prefixes(x, 2) for x in parts]
        #: key -> matcher (or None); read it directly in hot loops, :meth:`at` fills it
        self.by_key: dict[str, re.Pattern[str] | _Chain | None] = {}
        self._by_selection: dict[tuple[int, ...], re.Pattern[str] | _Chain] = {}
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}

    def _alternation(self, sel: tuple[int, ...]) -> re.Pattern[str]:
        """The compiled alternation of the branches ``sel`` (indices, in order), tail after."""
        rx = self._compiled.get(sel)
        if rx is None:
            alt = "|".join(self.parts[i] for i in sel)
            rx = self._compiled[sel] = re.compile(f"(?:{alt}){self.tail}" if self.tail else alt)
        return rx

    def at(self, key: str) -> re.Pattern[str] | _Chain | None:
        """The matcher of the branches that can match text starting with ``key``."""
        if key in self.by_key:
            return self.by_key[key]
        sel = []
        ckey = "".join(map(canonical, key))
        for i, pre in enumerate(self._prefixes):
            if pre is None:
                f = self._firsts[i]
                ok = f is None or key[:1] in f
            else:
                ok = any(x[: len(ckey)] == ckey[: len(x)] for x in pre)
            if ok:
                sel.append(i)
        rx: re.Pattern[str] | _Chain | None = None
        if sel:
            t = tuple(sel)
            rx = self._by_selection.get(t)
            if rx is None:
                runs: list[tuple[int, ...]] = []  # runs of short branches; a long one alone
                for i in t:
                    if (
                        len(self.parts[i]) >= _BIG_PART
                        or not runs
                        or len(self.parts[runs[-1][-1]]) >= _BIG_PART
                    ):
                        runs.append((i,))
                    else:
                        runs[-1] += (i,)
                rxs = [self._alternation(r) for r in runs]
                rx = self._by_selection[t] = rxs[0] if len(rxs) == 1 else _Chain(rxs)
        self.by_key[key] = rx
        return rx

    def finditer(self, text: str, starts: re.Pattern[str]) -> list[re.Match[str]]:
        """Non-overlapping matches, left to right, trying only at the positions ``starts``
        finds (every position a match of the whole alternation can start at)."""
        out = []
        pos = 0
        by_key = self.by_key
        for st in starts.finditer(text):
            p = st.start()
            if p < pos:
                continue
            key = text[p : p + 2]
            rx = by_key[key] if key in by_key else self.at(key)
            if rx is None:
                continue
            m = rx.match(text, p)
            if m is not None:
                out.append(m)
                pos = m.end()
        return out
