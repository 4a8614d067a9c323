"""Disc-level mentions in report text: every spelling, ranges, lists and blanket scopes.

``L4-5``, ``L4/5``, ``L4/L5``, ``L45``, ``L4 L5``, ``L4- L5``, ``L4–5``, ``L-4-L-5``, ``L5-SI``,
``L5/Sl``, ``L5=S1``, ``T12-L1``, ``D12-L1``, ``T-12toL1`` are discs; ``L3-S1`` / ``from L3 to S1`` /
``L3-4 through L5-S1`` are ranges; ``L2-3, L3-4, and L4-5`` a list; "at all levels" a blanket scope.
A single vertebra (``the L5 nerve root``) is not a disc. Offsets are character offsets into the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from spinelab.labeling.regex_first import (
    PrefixDispatch,
    first_chars,
    lower_ok,
    lower_pattern,
    lower_twin,
)
from spinelab.labeling.regex_literals import Gated, GatedTwin
from spinelab.labeling.rules import LevelsFile, RuleFileError, SelectorRule, load_rules
from spinelab.schema import LEVELS, LUMBAR_LEVELS

_PREP_BEFORE = re.compile(
    r"(?:\b(?:at|in|involving|of|from|through|throughout|across)|(?<=at))\s*(?:the\s+)?(?:levels?\s+)?$",
    re.I,
)
#: a bullet or a quote mark ('> L1-L2 and L2-L3: ...', '"L3/4 and L4/5: ...', a post quoting its
#: report) may open it; a heading word too ('Level L1-L2, L2-L3: ...', 'Discs L1-L2, L2-L3: ...',
#: 'The discs L1/2, L2/3 show ...')
_CLAUSE_START = re.compile(
    r"(?:^|[.;,\n:?!]|///)\s*(?:[-*+\u2022]\s+|(?<![^\n])(?:\d{1,2}[-)]|\(?[a-h]\))\s+|>+\s*"
    # (a quote or a bracket opening it: 'what does this mean?? "L2-3 and L3-4: ...')
    r"|[\"'\u201c\u2018(])?"
    # ('5- L2/3 and L3/4: ...', 'a) L1/L2 & L2/L3: ...': a numbered or lettered line; 'The other
    # lumbar discs L1/2, L2/3, L3/4 show ...', 'The lumbar 3-4, lumbar 5-sacral 1 discs bulge')
    r"(?:(?i:(?:the\s+)?(?:(?:other|remaining)\s+)?(?:lumbar\s+)?"
    r"(?:levels?|segments?|dis[ck]s?)|the)\s+)?$"
)
#: a heading's colon or dash after a level (not across a line end: '... at L4-L5 and L5-S1\n- No
#: central canal stenosis' is a list ending its line)
_COLON_AFTER = re.compile(r"[ \t]*(?:levels?|segments?)?[ \t]*[:\-–]\s", re.I)
#: a heading opening with 'at' ('At L3-4 and L4-5: ...', 'At the level of L2-L3 and L3-L4: ...',
#: 'In interspaces Th12-L1, L1-L2, L2-L3 the discs ...')
_AT_HEADING = re.compile(
    r"(?:^|[.;\n:]|///)\s*(?:[-*\u2022]\s+|>+\s*)?"
    r"(?:at\s+(?:the\s+)?(?:(?:levels?|segments?)\s+(?:of\s+)?)?"
    r"|in\s+(?:the\s+)?(?:levels?|segments?|interspaces?)\s+"
    r"|on\s+(?:the\s+)?(?:levels?|segments?)\s+(?:of\s+)?)$",  # ('On level L2-L3 and L3-L4: ...')
    re.I,
)
_LIST_AFTER = re.compile(  # (a line end: '- Bulging disc L3L4, L4L5\n- ...'; 'w/' for 'with')
    r"[ \t]*\r?\n|\s*(?:[,&.;)]|and\b|or\b|with\b|without\b|w/o?(?![a-z])|causing\b|levels?\b|"
    r"segments?\b|dis[ck]s?\b|interspaces?\b|$)",
    re.I,
)
#: a parenthesis opening a gap between levels ('L4-L5 (5mm), L5-S1'), not one grading the level
#: before ('L3-4 (mild) and L4-5 (moderate)': each its own)
_PAREN_LEAD = re.compile(
    r"^[ \t]*\((?![^()\n]*\b(?:mild|moderate|severe|minimal|mod|sev|slight|marked|right|left|"
    r"bilateral)\b)[^()\n]{1,24}\)",
    re.I,
)
_JOINED = re.compile(r"\b(?:and|or)\b|&|\+", re.I)  # ('L3/4 + L4/5': a note's plus)
#: Gaps between two listed levels: ', and' (an Oxford comma, or a joint of two clauses) and a
#: plain 'and'; a plain one after a ', and' tells the latter ('L4-5, and L1-2 and L2-3').
_COMMA_AND_GAP = re.compile(r"\s*,\s*and\s+", re.I)
_AND_GAP = re.compile(r"\s+and\s+", re.I)

#: Vertebra index: T12=0, L1..L5=1..5, S1=6 (T10, T11 negative). Disc k lies between k and k+1.
_DISC_BY_INDEX = {i: name for i, name in enumerate(LEVELS)}


@dataclass(frozen=True, slots=True)
class LevelMention:
    """One level mention (a disc, a merged range/list, or a blanket scope).

    ``levels``: canonical disc levels, cranial to caudal (empty: a non-lumbar disc such as
    T10-T11, or "multilevel"). ``blanket``: a scope phrase ("at all levels"), weaker than a named
    level. ``excluded``: a nerve-root distribution, procedure site or the like (not a finding site).
    ``except_named``: a blanket scope that leaves out the levels the report names elsewhere
    ("the remaining levels"); ``"finding"``: of the finding stated ("the remaining foramina").
    ``many``: a scope of many levels it does not name ("multilevel"; levels.yaml's ``many``).
    """

    start: int
    end: int
    levels: tuple[str, ...]
    blanket: bool = False
    excluded: bool = False
    except_named: bool | Literal["finding", "site", "report"] = False
    many: bool = False


#: lumbar vertebrae in Roman numerals ('L IV-L V', 'LIV/LV', 'LV-SI': Eastern European reports)
ROMAN_LUMBAR = "(?:IV|V|I{1,3})(?![a-z])"
_ROMAN_VALUE = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}


def _vert(prefix: str, sp: object) -> str:
    s = sp  # type: ignore[assignment]
    return (
        # ('ThXII-LI': the twelfth thoracic in Roman numerals too)
        f"(?:(?P<{prefix}t>{s.thoracic})(?P<{prefix}tn>1[0-2]|XII(?![a-z]))"  # type: ignore[attr-defined]
        f"|(?P<{prefix}l>{s.lumbar})(?P<{prefix}ln>[1-5]|{ROMAN_LUMBAR})"  # type: ignore[attr-defined]
        # ('L5-S1level': a space left out before 'level')
        f"|(?P<{prefix}s>{s.sacral})(?P<{prefix}sn>{s.sacral_one})(?!(?!level)[a-z]))"  # type: ignore[attr-defined]
    )


def _with_vertebrae(key: str, pattern: str) -> re.Pattern[str]:
    """``levels.yaml``'s ``key`` with its vertebra placeholders filled in, compiled; a clear
    RuleFileError when it breaks only then (a placeholder used twice: a group defined twice)."""
    try:
        return re.compile(pattern, re.I)
    except re.error as e:
        raise RuleFileError(f"levels.yaml: {key}: with its vertebrae filled in: {e}") from None


def _index(m: re.Match[str], prefix: str) -> int | None:
    if t := m.group(prefix + "tn"):
        return int(t) - 12 if t.isdigit() else 0
    if n := m.group(prefix + "ln"):
        return int(n) if n.isdigit() else _ROMAN_VALUE[n.upper()]
    if m.group(prefix + "sn") is not None:  # (empty: 'L5/S' with the 1 left out)
        return 6
    return None


def discs_between(a: int, b: int) -> tuple[str, ...]:
    """Canonical disc levels from vertebra index ``a`` down to ``b`` (a < b), lumbar ones only."""
    return tuple(_DISC_BY_INDEX[k] for k in range(a, b) if k in _DISC_BY_INDEX)


#: a unit after a number ('L 13 mm': a measure, not a level)
_UNIT_AFTER = re.compile(r"\s*(?:mm|cm|%)", re.I)


class LevelParser:
    """Finds level mentions with compiled regexes built from ``levels.yaml``."""

    def __init__(self, rules: LevelsFile | None = None) -> None:
        r = rules if rules is not None else load_rules().levels
        self.rules = r
        # (a letter a vertebra can start with; German 'BWK 12' only as itself)
        lead = r"(?=[tdls]|bwk)(?:(?<![a-z0-9])|(?<=at)|(?<=to))"
        seps = "|".join(f"(?:{s})" for s in r.disc_separators)
        a, b = _vert("a", r.vertebra), _vert("b", r.vertebra)
        self.disc_re = re.compile(
            f"{lead}{a}(?:(?:{seps})?{b}|(?:\\s*[-\u2013\u2014/=]\\s*|(?P<dot>[._:])|(?P<sp>[ ]))?(?P<bd>[1-5])"
            # ('L.III\u2013IV': a Roman one's shorthand, after a dash)
            f"|[-\u2013\u2014/](?P<bdr>{ROMAN_LUMBAR}))"
            r"(?![0-9])(?(sp)(?!\s*(?:mm|cm|%|x\b|[.,]\d)))(?(dot)(?!\s*(?:mm|cm|%)))",
            re.I,
        )
        self.vert_re = re.compile(f"{lead}{_vert('a', r.vertebra)}(?![0-9])", re.I)
        self.endplate_re = _with_vertebrae(
            "endplate", r.endplate.replace("VERT", _vert("a", r.vertebra))
        )
        pair = r.endplate_pair or "(?!)"
        self.endplate_pair_re = _with_vertebrae(
            "endplate_pair",
            pair.replace("VERT_A", _vert("a", r.vertebra)).replace(
                "VERT_B", _vert("b", r.vertebra)
            ),
        )
        v = r.vertebra
        verts = (  # a vertebra name without groups (a run of them repeats it)
            f"(?<![a-z0-9/-])(?:(?:{v.thoracic})(?:1[0-2])|(?:{v.lumbar})(?:[1-5]|{ROMAN_LUMBAR})"
            f"|(?:{v.sacral})(?:{v.sacral_one})(?![a-z]))(?![0-9])"
        )
        self.vertebra_disc_re = _with_vertebrae(
            "vertebra_disc", (r.vertebra_disc or "(?!)").replace("VERTS", verts)
        )
        self.scopes = list(r.scopes)
        alts = "|".join(f"(?P<s{i}>{sc.pattern})" for i, sc in enumerate(self.scopes))
        firsts = "".join(sorted({c for sc in self.scopes for c in (first_chars(sc.pattern) or "")}))
        self.scope_re = re.compile(
            f"(?<![a-z0-9])(?=[{re.escape(firsts)}])(?:{alts})(?![a-z0-9])", re.I
        )
        # on lower-cased text: only the scopes that can start with a word's first two letters
        self._scope_starts = re.compile(f"(?<![a-z0-9])[{re.escape(firsts.lower())}]")
        self._scope_dispatch = PrefixDispatch(
            [lower_pattern(f"(?P<s{i}>{sc.pattern})") for i, sc in enumerate(self.scopes)],
            "(?![a-z0-9])",
        )
        # specific one-disc scopes ('the lumbosacral level') join lists like a spelled disc
        self._one_disc = {
            f"s{i}": LEVELS.index(sc.level_list()[0])
            for i, sc in enumerate(self.scopes)
            if sc.specific and len(sc.level_list()) == 1
        }
        self.selectors = list(r.selectors)
        sel = "|".join(f"(?P<k{i}>{x.pattern})" for i, x in enumerate(self.selectors))
        self.selector_re = re.compile(f"(?<![a-z0-9])(?:{sel or '(?!)'})(?![a-z0-9])", re.I)
        self.range_gap = re.compile(r.range_gap, re.I)
        self.list_gap = re.compile(r.list_gap, re.I)
        self.exclude_after = re.compile(r.exclude_after, re.I)
        self.exclude_before = re.compile(r.exclude_before, re.I)
        # find() on lower-cased text uses case-sensitive twins of every regex (same matches)
        names = [
            "disc_re",
            "endplate_re",
            "endplate_pair_re",
            "vertebra_disc_re",
            "scope_re",
            "selector_re",
            "range_gap",
            "list_gap",
            "exclude_after",
            "exclude_before",
        ]
        self._rx = {n: getattr(self, n) for n in names}
        self._rx.update(
            prep=_PREP_BEFORE,
            colon=_COLON_AFTER,
            after=_LIST_AFTER,
            joined=_JOINED,
            at_heading=_AT_HEADING,
        )
        self._rx_low = {n: lower_twin(x) for n, x in self._rx.items()}
        # (regexes that open with lookbehinds, searched in every sentence: test for the words
        # they need first)
        for n in ("endplate_pair_re", "exclude_before"):
            self._rx_low[n] = GatedTwin(self._rx_low[n])  # type: ignore[assignment]

    # ------------------------------------------------------------------ vertebrae
    def vertebra_index(self, text: str) -> int | None:
        """Index of a single vertebra name (``L4`` -> 4, ``S1`` -> 6, ``T12`` -> 0), else None."""
        m = self.vert_re.fullmatch(text.strip())
        return _index(m, "a") if m else None

    # ------------------------------------------------------------------ discs
    def _raw_discs(
        self,
        text: str,
        rx: dict[str, re.Pattern[str]] | None = None,
        scopes: list[re.Match[str]] | None = None,
    ) -> list[tuple[int, int, int, int]]:
        """(start, end, upper vertebra index, lower vertebra index) of each disc/range spelling
        (and of each one-disc scope among ``scopes``, the scope regex's matches)."""
        rx = self._rx if rx is None else rx
        out = []
        for m in rx["disc_re"].finditer(text):
            ia = _index(m, "a")
            ib: int | None
            if m.group("bdr"):
                if not (m.group("al") and m.group("aln").isalpha()):
                    continue  # only after a Roman lumbar one ('L.III-IV')
                ib = _ROMAN_VALUE[m.group("bdr").upper()]
            elif m.group("bd"):
                if not m.group("al"):
                    if ia != 0 or m.group("bd") != "1" or m.group("sp"):
                        continue  # shorthand only after L ("L4-5") or T12 ("T12-1": T12-L1)
                    ib = 1
                else:
                    ib = int(m.group("bd"))
                run_together = text[m.start("bd") - 1].isdigit()  # ('L45')
                if (
                    (m.group("sp") or m.group("dot") or run_together)
                    and ia is not None
                    and ib != ia + 1
                ):
                    continue  # dictated 'L4 5', 'L4.5', 'L4:5', or 'L45': only the next disc down
                if run_together and _UNIT_AFTER.match(text, m.end()):
                    continue  # a measure, not a level ('height L 13 mm, R 12 mm')
            else:
                ib = _index(m, "b")
                if m.group("bsn") == "" and ia != 5:
                    continue  # 'L5/S' with the 1 left out, but not OCR's 'L4-S' (L4-5)
            if ia is None or ib is None or ib <= ia:
                continue
            out.append((m.start(), m.end(), ia, ib))
        plates = rx["endplate_re"].finditer(text) if _PLATE.search(text) else ()
        for m in plates:
            iv = _index(m, "a")
            g = m.groupdict()
            side = g["side"] or g["side2"] or g.get("side3") or g.get("side4")
            if iv is None or side is None:
                continue  # 'the L4 endplate': no side, no disc
            lower = side.lower() in ("inferior", "lower", "base")
            out.append(
                (m.start(), m.end(), iv, iv + 1) if lower else (m.start(), m.end(), iv - 1, iv)
            )
        for m in rx["endplate_pair_re"].finditer(text):
            ia, ib = _index(m, "a"), _index(m, "b")
            if ia is not None and ib == ia + 1:
                out.append((m.start(), m.end(), ia, ib))
        if _DISC_WORD.search(text):
            # a disc spelt out wins ('L-1 to L-2 Disk desiccation'), but not over discs named
            # each by its vertebra ('the L1 to L4 discs': four)
            spelt = [(a, b) for a, b, *_ in out]
            for m in rx["vertebra_disc_re"].finditer(text):
                plural = m.group("run") and _PLURAL_DISCS.match(text, m.end("run"))
                if not plural and any(a < m.end() and m.start() < b for a, b in spelt):
                    continue
                if m.group("dir"):  # 'the disc space below L3': L3-L4
                    v = self.vert_re.match(text, m.start("one"))
                    iv = None if v is None else _index(v, "a")
                    if iv is not None:
                        iv -= m.group("dir").lower() == "above"
                        out.append((m.start(), m.end(), iv, iv + 1))
                    continue
                # 'the L4 disc': L4-L5; 'the L1 to L4 discs': each (a range, merged later)
                for v in self.vert_re.finditer(text, m.start("run"), m.end("run")):
                    iv = _index(v, "a")
                    if iv is not None:
                        out.append((v.start(), v.end(), iv, iv + 1))
        for m in scopes or ():
            upper = self._one_disc.get(m.lastgroup or "")
            if upper is not None:
                out.append((m.start(), m.end(), upper, upper + 1))
        out.sort()
        if (out or ":" in text) and _BARE_PAIR_HINT.search(text, out[0][1] if out else 0):
            out = _bare_pairs(text, out, rx)
        return out

    def _is_list(
        self,
        text: str,
        start: int,
        end: int,
        gap: str,
        rx: dict[str, re.Pattern[str]],
        n_before: int = 1,
    ) -> bool:
        """Whether two level mentions side by side form one list: 'at L2-3, L3-4 and L4-5',
        'T12-L1, L1-2, L2-3: ...', not '... at L1-L2, L2-L3 mild stenosis' (comma-joined lines);
        a third after a comma list of ``n_before`` levels joins it ('at L3-4, L4-5, L5-S1 with'); a
        comma list at a clause start is one ('L3-L4, L4-L5 diffuse disc bulge')."""
        before = text[max(0, start - 30) : start]
        # a measurement after each level ('L3-L4 (3mm), L4-L5 (5mm), L5-S1 (4 mm)') is no gap
        gap = _PAREN_LEAD.sub("", gap)
        after = _PAREN_LEAD.sub("", text[end : end + 44])[:20]
        prep = rx["prep"].search(before) is not None
        heading = _CLAUSE_START.search(before) is not None
        joined = rx["joined"].search(gap) is not None
        comma = gap.strip() in (",", "/")  # (or a slash: 'T12-L1 / L1-L2 / L2-L3: ...')
        if rx["colon"].match(after):
            # 'T12-L1, L1-2: ...', 'At L3-4 and L4-5: ...' or 'At L1-L2, L2-L3: ...', not '...
            # at L1-2, L2-3: ...'
            return (heading and not prep) or (
                (joined or comma) and rx["at_heading"].search(before) is not None
            )
        bare = not gap.strip(" \t")  # 'L1-2 L2-3 no stenosis' (dictated, no comma)
        # a third after 'at' and a comma list; or a comma list leading its clause ('- L3-L4,
        # L4-L5 diffuse disc bulge with ...'), not one ending a statement ('... at L1-L2, L2-L3')
        # ('At L1-L2, L2-L3 no disc bulge': 'at' opening the clause leads a list too)
        series = comma and (
            (prep and n_before > 1)
            or (heading and not prep)
            or rx["at_heading"].search(before) is not None
        )
        return (
            joined or series or rx["after"].match(after) is not None or ((prep or heading) and bare)
        )

    def find(
        self, text: str, low: str | None = None, fast: bool | None = None
    ) -> list[LevelMention]:
        """All level mentions of ``text``, lists and ranges merged, sorted by position.

        ``low``: ``text.lower()`` and ``fast``: ``lower_ok(text, low)``, when the caller has them."""
        if low is None:
            low = text.lower()
        if fast is None:
            fast = lower_ok(text, low)
        if fast:
            return self._find(low, self._rx_low)
        return self._find(text, self._rx)

    def _find(self, text: str, rx: dict[str, re.Pattern[str]]) -> list[LevelMention]:
        scopes = (
            self._scope_dispatch.finditer(text, self._scope_starts)
            if rx is self._rx_low
            else list(rx["scope_re"].finditer(text))
        )
        raw = self._raw_discs(text, rx, scopes)
        merged: list[tuple[int, int, tuple[str, ...]]] = []
        cur: tuple[int, int, list[str]] | None = None
        # (end, levels) of the list before a ', and' joint in ``cur``, and where the next began
        comma_and: tuple[int, list[str], int] | None = None
        anded = False  # whether ``cur`` has a plain 'and' joint
        prev_end = -1
        prev_lower: int | None = None
        for s, e, ia, ib in raw:
            if s < prev_end:
                continue
            levels = list(discs_between(ia, ib))
            if cur is not None:
                gap = text[prev_end:s]
                if rx["range_gap"].match(gap) and prev_lower is not None and ib > prev_lower:
                    # "L3-4 through L5-S1": every disc from the first to the last; after a
                    # list, from its last ('at L1-2 and at L3-4 through L5-S1': not L2-3)
                    head = cur[2][:-1]
                    span = (
                        list(discs_between(prev_lower - 1, ib))
                        if not cur[2]
                        else head
                        + [x for x in discs_between(LEVELS.index(cur[2][-1]), ib) if x not in head]
                    )
                    cur = (cur[0], e, span)
                    prev_end, prev_lower = e, ib
                    continue
                if (
                    rx["range_gap"].match(gap)
                    and prev_lower is not None
                    and cur[2]
                    and ib <= LEVELS.index(cur[2][0])
                ):
                    # 'L3/4 to T12/L1 normal', 'from L5-S1 up to L2-3': a range told upwards
                    cur = (cur[0], e, list(discs_between(ia, prev_lower)))
                    prev_end = e
                    continue
                if (
                    rx["list_gap"].match(gap)
                    # ('bulges L2-3, L3-4 and L4-5, and L5-S1 central protrusion': a list has one
                    # 'and'; a comma's 'and' after it opens another clause)
                    and not (anded and _COMMA_AND_GAP.fullmatch(gap))
                    and self._is_list(text, cur[0], e, gap, rx, len(cur[2]))
                ):
                    if comma_and is not None and _AND_GAP.fullmatch(gap):
                        # 'bulge at L4-5, and L1-2 and L2-3 are normal': the comma's 'and'
                        # joined clauses, and a list of their own starts after it
                        head_end, head, tail_start = comma_and
                        merged.append((cur[0], head_end, tuple(head)))
                        tail = cur[2][len(head) :]
                        cur = (tail_start, e, tail + [x for x in levels if x not in tail])
                        comma_and = None
                    else:
                        if _COMMA_AND_GAP.fullmatch(gap):
                            comma_and = (prev_end, list(cur[2]), s)
                        anded = anded or _AND_GAP.fullmatch(gap) is not None
                        cur = (cur[0], e, cur[2] + [x for x in levels if x not in cur[2]])
                    prev_end, prev_lower = e, ib
                    continue
                merged.append((cur[0], cur[1], tuple(cur[2])))
            cur = (s, e, levels)
            comma_and, anded = None, False
            prev_end, prev_lower = e, ib
        if cur is not None:
            merged.append((cur[0], cur[1], tuple(cur[2])))
        out = []
        beyond_words = _ABOVE_BELOW.search(text) is not None  # cheap: 'the levels above L4-5'
        for s, e, lv in merged:
            if (beyond := _AND_BEYOND.match(text, e)) is not None and len(lv) == 1:
                # 'L3/4 and above: no significant abnormality': every lumbar disc that way
                i = LUMBAR_LEVELS.index(lv[0]) if lv[0] in LUMBAR_LEVELS else None
                if i is not None:
                    way = (beyond["dir"] or beyond["dir2"]).lower()
                    up = way in ("above", "higher", "cranial", "upward", "upwards")
                    lv = LUMBAR_LEVELS[: i + 1] if up else LUMBAR_LEVELS[i:]
                    e = beyond.end()
            elif (
                beyond_words
                and len(lv) == 1
                and (ahead := _BEYOND_LEVEL.search(text, max(0, s - 40), s))
            ):
                # 'Levels above L4-L5 are unremarkable': the lumbar discs that way, not L4-L5
                i = LUMBAR_LEVELS.index(lv[0]) if lv[0] in LUMBAR_LEVELS else None
                if i is not None:
                    up = (ahead["dir"] or ahead["dir2"] or ahead["dir3"]).lower() == "above"
                    lv = LUMBAR_LEVELS[:i] if up else LUMBAR_LEVELS[i + 1 :]
                    s = ahead.start()
            excluded = bool(
                rx["exclude_after"].match(text[e : e + 60])
                or rx["exclude_before"].search(text[max(0, s - 60) : s])
            )
            ordered = tuple(x for x in LEVELS if x in lv)
            out.append(LevelMention(s, e, ordered, False, excluded))
        taken = [(m.start, m.end) for m in out]
        for m in scopes:
            if any(m.start() < te and ts < m.end() for ts, te in taken):
                continue
            scope = self.scopes[int((m.lastgroup or "s0")[1:])]
            if (
                scope.except_named
                and _OTHERS.match(text, m.start())
                and _ALIGNMENT_BEFORE.search(text, max(0, m.start() - 90), m.start())
            ):
                continue  # 'Alignment: retrolisthesis L1 on L2, others normal': the alignment's
            out.append(
                LevelMention(
                    m.start(),
                    m.end(),
                    scope.level_list(),
                    not scope.specific,
                    except_named=scope.except_named,
                    many=scope.many,
                )
            )
        if beyond_words:
            # 'no disc bulge above L4' (a vertebra): the lumbar discs that way
            for m in _BEYOND_VERTEBRA.finditer(text):
                if any(m.start() < x.end and x.start < m.end() for x in out):
                    continue
                v = int(m["v"])
                lv = (
                    LUMBAR_LEVELS[: v - 1]
                    if m["dir"].lower() == "above"
                    else LUMBAR_LEVELS[v - 1 :]
                )
                if lv:
                    out.append(LevelMention(m.start(), m.end(), tuple(lv)))
        out.sort(key=lambda m: m.start)
        if scopes and len(out) > 1:
            out = _scopes_spelt_out(text, out)
        out = _lists_across_regions(text, out, rx["list_gap"], rx["range_gap"])
        if any(len(m.levels) > 1 and not m.blanket for m in out):
            out = self._selected(text, out, rx["selector_re"])
        return out

    def _selector(self, m: re.Match[str]) -> SelectorRule:
        """The selector rule whose alternative (group ``k<i>``) ``m`` of ``selector_re`` matched."""
        return self.selectors[int((m.lastgroup or "k0")[1:])]

    def _selected(
        self, text: str, mentions: list[LevelMention], rx: re.Pattern[str]
    ) -> list[LevelMention]:
        """``mentions`` and a mention of the levels each selector phrase picks out of the list
        of two or more levels named before it ('Mild bulges at L3-4 and L4-5, the latter with
        left foraminal narrowing': L4-5; 'Of L1/2, L2/3 and L3/4, the upper two are normal':
        L1-2 and L2-3), in place of a scope it overlaps, sorted by position."""
        out = mentions
        for m in rx.finditer(text):
            before = [
                x for x in mentions if x.end <= m.start() and not x.blanket and not x.excluded
            ]
            if not before or len(before[-1].levels) < 2:
                continue
            picked = self._selector(m).picked(before[-1].levels)
            if picked:
                out = [x for x in out if x.end <= m.start() or x.start >= m.end()]
                out.append(LevelMention(m.start(), m.end(), picked))
        return mentions if out is mentions else sorted(out, key=lambda x: x.start)

    def spelt_selections(
        self, text: str, start: int, end: int, pool: tuple[str, ...], all_only: bool = False
    ) -> str | None:
        """``text[start:end]`` with each selector phrase written as the levels it picks out of
        ``pool``, the list named in an earlier sentence ('The latter has a small protrusion.'
        after 'L4-5 and L5-S1 ...' -> 'L5-S1 has a small protrusion.'); None without one.
        ``all_only``: only the phrases of every level of ``pool`` ('neither level')."""
        parts, pos = [], start
        for m in self.selector_re.finditer(text, start, end):
            rule = self._selector(m)
            picked = () if all_only and rule.pick != "all" else rule.picked(pool)
            if picked:
                parts += [text[pos : m.start()], " and ".join(picked)]
                pos = m.end()
        return "".join(parts) + text[pos:end] if parts else None


#: a cheap test before the endplate scan: every endplate spelling holds 'plate'
_PLATE = re.compile(r"plate", re.I)
#: a cheap test before the vertebra-disc scan ('the L4 disc', 'the disc space below L3')
_DISC_WORD = re.compile(r"dis[ck]|interspace", re.I)
_PLURAL_DISCS = re.compile(r"\s+(?:intervertebral\s+)?dis[ck]s\b", re.I)
_ABOVE_BELOW = Gated(re.compile(r"above|below", re.I))
#: 'the levels above L4-L5', 'discs below L3-4' (ending right before the level)
_BEYOND_LEVEL = re.compile(
    r"(?<![a-z])(?:(?:the\s+)?(?:levels|discs|disks|segments)\s+(?P<dir>above|below)\s+(?:the\s+)?"
    # or opening its statement: 'Above L3-4 the disc levels are normal.' (not 'Above the L3-4
    # level the roots are redundant': a place)
    r"|(?<![a-z,] )(?<![a-z,])(?P<dir2>above|below)\s+"
    # or after the finding it bounds: 'No foraminal stenosis above L3-L4.' (or all of them: 'No
    # significant abnormality above L3/4', 'Normal appearances above L3/4')
    r"|(?:(?<=stenosis )|(?<=narrowing )|(?<=herniation )|(?<=bulging )|(?<=bulge )"
    r"|(?<=protrusion )|(?<=abnormality )|(?<=abnormalities )|(?<=appearances ))"
    r"(?P<dir3>above|below)\s+"
    r"(?:the\s+)?)\Z",
    re.I,
)
#: 'L3/4 and above', 'L4-5 and below' (not 'and above the fusion')
_AND_BEYOND = re.compile(
    # ('The L4-5 level and above are normal', 'L3/4 disc and below', 'No slip at L4/5 or above')
    r"(?:[ \t]+(?:level|disc|disk|segment|interspace))?[ \t]+(?:and|or|&)[ \t]+"
    # ('L3/L4 and upward: ...')
    r"(?:(?P<dir>above|below|higher|lower|upwards?|downwards?)\b(?![ \t]+(?:the|it|this|that|a|an)\b)"
    # 'L3/4 and cranial segments: ...', 'L4/5 and the caudal levels' (or the word alone before a
    # colon: 'L3/4 and cranial: no pathology.')
    r"|(?:the[ \t]+)?(?P<dir2>cranial|caudal|higher)(?:[ \t]+(?:levels|segments|discs|disks)\b"
    r"|(?=[ \t]*:)))",
    re.I,
)
_PAREN_OPEN = re.compile(r"\s*\(\s*")
_PAREN_CLOSE = re.compile(r"\s*\)")


#: an alignment field's value before ', others normal' ('Alignment: retrolisthesis L1 on L2,
#: others normal'): the other levels' alignment, not their every finding
_ALIGNMENT_BEFORE = re.compile(r"\balignment[ \t]*:[^.;:\n]*,[ \t]*\Z", re.I)
_OTHERS = re.compile(r"others?\b", re.I)
#: between a blanket scope and the range that bounds it ('at each level from L3 to S1')
_FROM_GAP = re.compile(r"\s+(?:from|between)\s+", re.I)
#: the discs above or below a vertebra ('no disc bulge above L4'; not 'above L4-5', a disc)
_BEYOND_VERTEBRA = re.compile(
    r"\b(?P<dir>above|below)\s+(?:the\s+)?(?:level\s+of\s+)?(?:the\s+)?l\s?-?\s?(?P<v>[1-5])"
    r"(?![\d/-])(?!\s*[-/]\s*[ls]?\s?\d)(?!\s+(?:vertebra|body|pedicle|lamina|nerve|root|endplate))",
    re.I,
)
_BARE_PAIR_HINT = re.compile(r"(?<![\w/.-])(?:1[0-2]|[1-5])\s*[-/]\s*(?:[1-5]|s1)(?![\w/.-])", re.I)
#: a line's opening up to a bare pair heading it, and the colon after it ('\n5-1: Shallow ...')
_HEAD_OPEN = re.compile(r"[ \t]*(?:[-*\u2022][ \t]*)?")
_HEAD_COLON = re.compile(r"[ \t]*:")
_BARE_PAIR = re.compile(
    r"(?<![\w/.-])(?P<a>1[0-2]|[1-5])\s*[-/]\s*(?P<b>[1-5]|s1)(?![\w/.-])", re.I
)


def _bare_pairs(
    text: str, raw: list[tuple[int, int, int, int]], rx: dict[str, re.Pattern[str]]
) -> list[tuple[int, int, int, int]]:
    """``raw`` with the discs written without their letters right after a disc, in its list or
    range ('L3/4 to 5/1', 'L4-5 & 5-S1', 'the L3-4, 4-5 and 5-1 levels'), or a lower disc heading
    its line ('5-1: Shallow bulge.'): '5/1' is L5-S1, '12/1' T12-L1, '4/5' L4-L5; a pair not one
    disc apart ('5/3') or alone ('on 5/1/2024') is none."""
    out = list(raw)
    for m in _BARE_PAIR.finditer(text, raw[0][1] if raw else 0):
        a, b = int(m["a"]), m["b"].lower()
        ia = 0 if a == 12 else a  # T12 is index 0, L1..L5 are 1..5, S1 is 6
        ib = 6 if a == 5 and b in ("1", "s1") else 1 if a == 12 else int(b[-1])
        if ib != ia + 1 or (b == "s1" and a != 5) or (a == 12 and b != "1"):
            continue  # not the next vertebra down ('5/3', '3-S1')
        if any(r[0] < m.end() and m.start() < r[1] for r in out):
            continue
        # a lower lumbar disc heading its line ('5-1: Shallow broad based disc bulge.')
        heading = (
            a >= 3
            and _HEAD_OPEN.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start())
            and _HEAD_COLON.match(text, m.end())
        )
        prev = max((r for r in out if r[1] <= m.start()), default=None, key=lambda r: r[1])
        if prev is None and not heading:
            continue
        gap = "" if prev is None else text[prev[1] : m.start()]
        if heading or rx["range_gap"].match(gap) or rx["list_gap"].match(gap):
            out.append((m.start(), m.end(), ia, ib))
            out.sort()
    return out


def _scopes_spelt_out(text: str, mentions: list[LevelMention]) -> list[LevelMention]:
    """``mentions`` with a blanket scope whose levels follow it in parentheses, or as a range
    after 'from', merged with them into one mention of those levels: 'the remaining levels (L1-L2
    to L3-L4) are unremarkable', 'disc bulges at each level from L3 to S1' are of those levels."""
    out: list[LevelMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.blanket and m.levels and not m.blanket:
            if _PAREN_OPEN.fullmatch(text, prev.end, m.start) and (
                close := _PAREN_CLOSE.match(text, m.end)
            ):
                out[-1] = LevelMention(prev.start, close.end(), m.levels, False, m.excluded)
                continue
            if len(m.levels) > 1 and _FROM_GAP.fullmatch(text, prev.end, m.start):
                out[-1] = LevelMention(prev.start, m.end, m.levels, False, m.excluded)
                continue
        out.append(m)
    return out


_OTHER_REGION_DISC = re.compile(r"[CTDctd]\s?-?\s?\d")
_THORACIC_DISC = re.compile(r"[TDtd]\s?-?\s?\d")


def _lists_across_regions(
    text: str, mentions: list[LevelMention], list_gap: re.Pattern[str], range_gap: re.Pattern[str]
) -> list[LevelMention]:
    """``mentions`` with a list that runs across spine regions merged into one mention of its
    lumbar levels: 'protrusions at C5/6, T7/8 and L3/4' -> L3-L4 over the whole list (a cervical
    or thoracic disc is a mention of no schema level, which alone would take the statement); a
    range from a thoracic disc, 'from T10-11 through L1-2', -> T12-L1 and L1-L2."""
    if len(mentions) < 2 or all(m.levels or not m.blanket for m in mentions):
        return mentions
    out: list[LevelMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not (prev.excluded or m.excluded or prev.except_named or m.except_named)
            and list_gap.match(text[prev.end : m.start])
            and any(
                not x.levels and x.blanket and _OTHER_REGION_DISC.match(text, x.start)
                for x in (prev, m)
            )
            and all(x.levels or _OTHER_REGION_DISC.match(text, x.start) for x in (prev, m))
        ):
            levels = tuple(x for x in LEVELS if x in prev.levels or x in m.levels)
            out[-1] = LevelMention(prev.start, m.end, levels, not levels)
            continue
        if (
            prev is not None
            and not prev.levels
            and m.levels
            and not m.blanket
            and _THORACIC_DISC.match(text, prev.start)
            and range_gap.match(text[prev.end : m.start])
        ):  # 'from T10-11 through L1-2': every schema level down to the last
            last = LEVELS.index(m.levels[-1])
            out[-1] = LevelMention(prev.start, m.end, LEVELS[: last + 1])
            continue
        out.append(m)
    return out


_DEFAULT: LevelParser | None = None


def parse_levels(text: str) -> tuple[str, ...]:
    """Canonical disc levels named in ``text`` (convenience for tests and one-off use)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = LevelParser()
    seen: list[str] = []
    for m in _DEFAULT.find(text):
        if m.excluded:
            continue
        seen += [x for x in m.levels if x not in seen]
    return tuple(x for x in LEVELS if x in seen)
