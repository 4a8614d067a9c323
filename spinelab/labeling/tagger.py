"""Vocabulary mentions in report text: one compiled regex pass over the whole document.

Each mention is an :class:`Item` ``(start, end, kind, rule)``; kinds: ``F`` finding trigger,
``S`` site, ``P`` stenosis predicate, ``N`` normal word, ``R`` nerve root, ``G`` grade, ``D`` side,
``C`` context cue, ``B`` clause break. Level mentions come from :mod:`spinelab.labeling.levels`.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from spinelab.labeling.regex_first import (
    PrefixDispatch,
    first_chars,
    lower_ok,
    lower_pattern,
    lower_twin,
)
from spinelab.labeling.rules import RuleSet

GRADE_RANK = {"present": 0, "mild": 1, "moderate": 2, "severe": 3}
#: a Modic type written as a Roman or Arabic numeral, or a dictated word -> its number
MODIC_TYPE_NUMBER = {"i": 1, "ii": 2, "iii": 3, "1": 1, "2": 2, "3": 3}
MODIC_TYPE_NUMBER |= {"one": 1, "two": 2, "three": 3}


class Item(NamedTuple):
    """A vocabulary mention ``[start, end)``; ``rule`` is the rule object (or a derived value).

    A named tuple (cheap to build: a report has ~100); compare items by identity, not value."""

    start: int
    end: int
    kind: str
    rule: Any
    value: str = ""


#: how far a grade's rules may look before and after it, in characters ('Schizas C' read from
#: 'Schizas'; 'grade 2' before ' foraminal stenosis on the left')
_GRADE_BEFORE = 12
_GRADE_AFTER = 40

#: an opening bracket and up to two words: what follows names again what precedes it
_BRACKET_OPEN = re.compile(r"[ \t]*\([ \t]*(?:[a-z-]+[ \t]+){0,2}", re.I)
#: a bracket holding a grade alone ('III degree (severe)'; not 'severe (originally moderate)',
#: an earlier grade)
_BRACKET_BARE = re.compile(r"[ \t]*\([ \t]*")
_BRACKET_CLOSE = re.compile(r"[ \t]*\)")


def _glossed(scan: str, prev: Item, start: int, end: int) -> bool:
    """Whether the grade at ``[start, end)`` of ``scan`` glosses grade item ``prev`` in brackets:
    a bare 'present' word with up to two words in the bracket ('narrowed significantly
    (severe)'), or any grade with the bracket holding the gloss alone ('stenosis III degree
    (severe)')."""
    if prev.kind != "G":
        return False
    if prev.value == "present":
        return _BRACKET_OPEN.fullmatch(scan, prev.end, start) is not None
    return (
        _BRACKET_BARE.fullmatch(scan, prev.end, start) is not None
        and _BRACKET_CLOSE.match(scan, end) is not None
    )


#: signs a rule may start with: word starts of their own ('?', '(-)'); not spaces or dashes
_SIGNS = frozenset("?(")


class Tagger:
    """Compiles the vocabulary of a :class:`RuleSet` into one alternation regex."""

    def __init__(self, rules: RuleSet) -> None:
        v, c = rules.vocab, rules.context
        self.entries: list[tuple[str, Any]] = []
        parts: list[str] = []

        def add(kind: str, rule: Any, rx: str) -> None:
            parts.append(f"(?P<g{len(self.entries)}>{rx})")
            self.entries.append((kind, rule))

        rule: Any
        for rule in v.findings:
            add("F", rule, rule.regex)
        # (cues that read a finding's state first, in file order: 'not sure' before 'not')
        for rule in c.cues:
            if rule.category in ("pseudo", "negation", "hedge"):
                add("C", rule, rule.regex)
        for rule in v.sites:
            add("S", rule, rule.regex)
        for rule in v.normals:
            add("N", rule, rule.regex)
        for rule in v.predicates:
            add("P", rule, rule.regex)
        for rule in v.roots:
            add("R", rule, rule.regex)
        grade_alt = "|".join(g.regex for g in v.grades)
        # (a grade after a change word's 'from' alone: 'improved from moderate to mild')
        alone = "|".join(rf"(?<={w}\sfrom\s)" for w in v.change_words) or "(?!)"
        add(
            "G",
            None,
            f"(?:{alone})(?:{grade_alt})|(?:{grade_alt})(?:{v.grade_joiner}(?:{grade_alt}))?",
        )
        for rule in v.sides:
            add("D", rule, rule.regex)
        for rule in c.cues:
            if rule.category not in ("pseudo", "negation", "hedge"):
                add("C", rule, rule.regex)
        self.master = re.compile("|".join(parts), re.I)
        # rules with a part in exact case ('(?-i:DP)'): the lower-cased text's match is checked
        # against the text as written, where it has capitals (entry index -> the rule's regex,
        # IGNORECASE but for that part); a text all in lower case is read as before ('l nf')
        self._exact_case = {i: re.compile(x, re.I) for i, x in enumerate(parts) if "(?-i:" in x}
        # Dispatch by first character: at each word start only the rules that can start with its
        # letter are tried ('(?<=lateral)n' keeps 'bi lateralneural foraminal' readable).
        firsts = [first_chars(x) for x in parts]
        # words start with a letter; with a digit too when a rule can ('2 years ago'), or with
        # a sign a rule starts with ('?' a hedge, '(-)' a negation)
        digit = any(f is None or not f.isdisjoint("0123456789") for f in firsts)
        signs = sorted(
            {c for f in firsts if f is not None for c in f if c.isascii() and c in _SIGNS}
        )
        w = ("a-z0-9" if digit else "a-z") + re.escape("".join(signs))
        chars = {c for f in firsts if f is not None for c in f if c.isascii()} | set(
            "abcdefghijklmnopqrstuvwxyz"
        )
        self.buckets: dict[str, re.Pattern[str]] = {}
        self.lower_buckets: dict[str, re.Pattern[str]] = {}
        for ch in chars:
            sel = [x for x, f in zip(parts, firsts, strict=True) if f is None or ch in f]
            if sel:
                self.buckets[ch] = re.compile("|".join(sel), re.I)
                # lower-case twin: matching lower-cased text without IGNORECASE is faster
                self.lower_buckets[ch] = re.compile(lower_pattern("|".join(sel)))
        # 'n(?<=lateraln)', not '(?<=lateral)n': a literal first lets re skip most positions
        self.starts = re.compile(rf"(?<![a-z0-9])[{w}]|n(?<=lateraln)", re.I)
        self.grade_parts = [(re.compile(g.regex, re.I), g.value) for g in v.grades]
        self._grade_memo: dict[str, str] = {}
        self.breaks = re.compile(c.clause_breaks, re.I)
        # Lower-cased text: dispatch by the first TWO characters of a word; a bucket holds only
        # the parts that can start with them (built on first use; empty bucket: None).
        self._dispatch = PrefixDispatch([lower_pattern(x) for x in parts])
        # word starts of lower-cased text; a character class first lets re skip other positions
        self.starts_low = re.compile(rf"[{w}](?<![a-z0-9][{w}])|n(?<=lateraln)")
        # twin of the IGNORECASE clause-break regex for lower-cased text (same matches, faster)
        self.breaks_low = lower_twin(self.breaks)
        self.scope_end_after_comma = re.compile(
            r",\s*(?:" + c.scope_end_after_comma + ")|" + c.negation_end, re.I
        )
        self.alignment = re.compile(v.alignment, re.I)
        self.level_normal = re.compile(v.level_normal, re.I)
        self.study_normal = re.compile(v.study_normal, re.I)
        self.study_lead = re.compile(v.study_lead, re.I)
        self._word = re.compile(r"[a-z]+", re.I)

    def grade_value(self, text: str, after: str = "", before: str = "") -> str:
        """The grade of a grade phrase; 'mild to moderate' -> the higher one (moderate).
        ``after`` / ``before``: the text that follows / precedes the phrase (for grade words with
        a lookahead, such as 'very' in 'very tight', or a lookbehind, such as 'C' after a site
        read from 'Schizas')."""
        key = text.lower()
        hit = self._grade_memo.get(key)
        if hit is None:
            hit = self._grade_memo[key] = self._grade_value(key) or ""
        if not hit:  # no grade part matches alone: a word with a lookahead ('very' + ' tight')
            b = before[-_GRADE_BEFORE:].lower()
            return (
                self._grade_value(key, b + key + after[:_GRADE_AFTER].lower(), len(b)) or "present"
            )
        return hit

    def _grade_value(self, text: str, context: str | None = None, at: int = 0) -> str | None:
        """The highest grade of the parts of ``text`` (None: no part matches), matched within
        ``context`` (what precedes ``text`` up to ``at``, ``text``, and what follows it) when
        given."""
        ctx = text if context is None else context
        end = at + len(text)
        best, pos = None, at
        while pos < end:
            hit = None
            for rx, val in self.grade_parts:
                m = rx.match(ctx, pos)
                if m and pos < m.end() <= end:
                    hit = (m.end(), val)
                    break
            if hit is None:
                pos += 1
                continue
            pos, val = hit
            if best is None or GRADE_RANK[val] > GRADE_RANK[best]:
                best = val
        return best

    @staticmethod
    def modic_type(text: str) -> str:
        """'type1'..'type3' from a typed Modic phrase ('type one' dictated); mixed types take the
        lower number."""
        nums = [
            MODIC_TYPE_NUMBER[t.lower()]
            # ('Modic1': the number run on)
            for t in re.findall(
                r"(?:(?<![a-z])|(?<=modic))(iii|ii|i|[123]|(?<=type )(?:one|two|three))(?![a-z0-9])",
                text,
                re.I,
            )
        ]
        return f"type{min(nums)}" if nums else "present"

    def tag(self, text: str, low: str | None = None, fast: bool | None = None) -> list[Item]:
        """All vocabulary mentions and clause breaks of ``text``, sorted by start.

        ``low``: ``text.lower()`` and ``fast``: ``lower_ok(text, low)``, when the caller has them."""
        out: list[Item] = []
        entries = self.entries
        if low is None:
            low = text.lower()
        if fast is None:
            fast = lower_ok(text, low)
        if fast:
            buckets, scan, starts, breaks = (
                self.lower_buckets,
                low,
                self.starts_low,
                self.breaks_low,
            )
        else:  # rare characters whose lower case changes length or folds oddly: keep offsets
            buckets, scan, starts, breaks = self.buckets, text, self.starts, self.breaks
        pos = 0
        exact_case = self._exact_case if fast and self._exact_case and text != low else None
        get = buckets.get
        b2 = self._dispatch.by_key
        bucket2 = self._dispatch.at
        for st in starts.finditer(scan):
            p = st.start()
            if p < pos:
                continue
            if fast:
                key = scan[p : p + 2]
                rx = b2[key] if key in b2 else bucket2(key)
            else:
                rx = get(scan[p].lower())
            if rx is None:
                continue
            m = rx.match(scan, p)
            if m is None:
                continue
            pos = m.end()
            name = m.lastgroup
            if name is None:
                continue
            idx = int(name[1:])
            if exact_case is not None and idx in exact_case:
                exact = exact_case[idx].match(text, p)
                if exact is None or exact.end() != pos:
                    pos = p  # ('de' in lower case is no 'DE')
                    continue
            kind, rule = entries[idx]
            if (
                kind == "F"
                and out
                and out[-1].kind == "F"
                and out[-1].rule.finding == rule.finding
                and _BRACKET_OPEN.fullmatch(scan, out[-1].end, p) is not None
            ):
                # 'disc prolapse (PID)', 'L4 anterior slip (degenerative spondylolisthesis)': the
                # same finding named again in brackets
                continue
            value = ""
            if kind == "G":
                value = self.grade_value(
                    m.group(), scan[pos : pos + _GRADE_AFTER], scan[max(0, p - _GRADE_BEFORE) : p]
                )
                if value != "present" and out and _glossed(scan, out[-1], p, pos):
                    out[-1] = out[-1]._replace(value=value)
                    continue
            elif kind == "F" and rule.value == "typed":
                value = self.modic_type(m.group())
            out.append(Item(p, pos, kind, rule, value))
        brk = [Item(m.start(), m.end(), "B", None) for m in breaks.finditer(scan)]
        if brk:
            out += brk
            out.sort(key=lambda it: (it.start, it.kind != "B"))
        return out

    def n_words(self, text: str) -> int:
        """Number of words in a gap of text."""
        return len(self._word.findall(text))
