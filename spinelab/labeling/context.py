"""Negation, hedging and prior-study scope (ConText style) within one sentence.

A forward cue ("no", "without", "possible") covers the text from the cue to the end of its clause;
a backward cue ("cannot be excluded", "is not seen") covers the clause up to the cue. Clauses end at
the clause breaks of ``context.yaml`` ("but", "which", ";", ", there is"); a negation also ends at a
comma followed by a grade ("no foraminal stenosis, mild canal stenosis"). So in
"disc desiccation at L4-L5 and L5-S1 with no significant stenosis at L1-L2, L2-L3 and L3-L4" only
the stenosis (and its levels) is negated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spinelab.labeling.tagger import Item

_WORD = re.compile(r"[a-z]", re.I)


@dataclass(slots=True)
class Scopes:
    """Character intervals covered by negation and hedge cues; prior/current flags of a sentence."""

    negation: list[tuple[int, int]] = field(default_factory=list)
    hedge: list[tuple[int, int]] = field(default_factory=list)
    prior: bool = False
    current: bool = False
    #: the clauses of the prior cues, and where the current cues are
    prior_clauses: list[tuple[int, int]] = field(default_factory=list)
    current_at: list[int] = field(default_factory=list)
    #: starts of prior clauses attached to a statement of now, no reported speech ('...,
    #: improved since 2020, when ...', '..., improved from prior severe stenosis')
    attached: list[int] = field(default_factory=list)

    def negated(self, pos: int) -> bool:
        """True when character ``pos`` lies in a negation scope."""
        for a, b in self.negation:
            if a <= pos < b:
                return True
        return False

    def negated_nearby(self, text: str, pos: int) -> bool:
        """True when ``pos`` lies in a negation scope whose cue is in the same comma-free phrase."""
        for a, b in self.negation:
            if a <= pos < b and "," not in text[a:pos]:
                return True
        return False

    def prior_only(self, pos: int) -> bool:
        """True when ``pos`` lies in the clause of a prior cue that holds no current cue
        ('Previously a small protrusion was described; none is seen on the current study')."""
        return any(
            a <= pos < b and not any(a <= c < b for c in self.current_at)
            for a, b in self.prior_clauses
        )

    def hedged(self, pos: int) -> bool:
        """True when character ``pos`` lies in a hedge scope."""
        for a, b in self.hedge:
            if a <= pos < b:
                return True
        return False


#: 'or' / 'nor' right after a site: the site is one of a negated list
_OR_NEXT = re.compile(r"[ \t]+(?:(?:stenosis|narrowing)[ \t]+)?n?or[ \t]", re.I)


def _run_on_end(text: str, items: list[Item], a: int, b: int) -> int:
    """End of a negation scope ``[a, b)`` at a new phrase run on without punctuation, as in text
    whose line breaks were lost: a finding or predicate word, then only spaces, then a site,
    normal or grade word ('no disc bulge or protrusion normal central canal', 'no canal
    stenosis neural foramina patent')."""
    prev: Item | None = None
    for it in items:
        if it.start < a or it.kind in ("B", "C"):
            continue
        if it.start >= b:
            break
        if (
            prev is not None
            and prev.kind in ("F", "P")
            and it.kind in ("S", "N", "G")
            and text[prev.end : it.start].isspace()
            and "\n" not in text[prev.end : it.start]
            # (a site listed on with 'or' stays in the list: 'no disc bulge canal or foraminal
            # stenosis', 'no disc herniation canal stenosis or foraminal narrowing')
            and not (it.kind == "S" and _OR_NEXT.match(text, it.end))
        ):
            return it.start
        prev = it
    return b


def clause_bounds(items: list[Item], start: int, end: int) -> list[int]:
    """Sorted clause boundaries of a sentence (its start, each break, its end)."""
    return [start, *(it.start for it in items if it.kind == "B"), end]


_WHICH = re.compile(r"(?:which|that)\s*", re.I)
#: a relative clause in the past before a cue in the present ('the herniation which was seen
#: preoperatively is no longer present'): of the thing before it, which the cue speaks of
_WHICH_WAS = re.compile(r"(?:which|that)\s+(?:was|were|had\s+been)\s+[^,;:.()]{1,60}?\s+", re.I)
_PRESENT_CUE = re.compile(r"(?:is|are)\s", re.I)
#: a relative clause, which speaks of what its clause does ('..., which was unchanged')
#: (not one telling what the thing does now: '..., previously described as a protrusion, which
#: causes mild narrowing of both lateral recesses')
_REL_CLAUSE = re.compile(
    r"(?:which|that)\b(?!\s+(?:now\s+)?(?:causes|results|produces|narrows|compresses|contacts"
    r"|abuts|effaces|indents|displaces|impinges|encroaches)\b)",
    re.I,
)
#: a comma before a new subject, parting a prior clause from a current one ('Prior exam
#: demonstrated moderate left subarticular stenosis, the lateral recesses are now patent';
#: '..., which had shown mild stenosis at L4-5, things had progressed')
_THE_CLAUSE = re.compile(r",\s*(?:and\s+)?(?=(?:the|things|this|it|he|she|they)\s)", re.I)
_COLON = re.compile(r":[ \t]*")
#: a finding stated now, then a relative clause telling it was there before ('There is a 4 mm
#: spondylolisthesis at L4/5 which was present preoperatively', '... that was also seen on the
#: prior study'): the relative clause is the prior's, the finding is now
_THERE_WHICH_WAS = re.compile(
    r"\bthere\s+(?:is|are)\b[^.;:]*?\b(?P<rel>which|that)\s+(?:was|were)\s+(?:also\s+|already\s+)?"
    r"(?:(?:present|seen|noted|visible|evident|demonstrated|shown|identified)\s+(?:(?:on|in)\s+)?)?$",
    re.I,
)
#: a change from an earlier state ('improved from prior severe stenosis')
_CHANGED_FROM = re.compile(r"(?:improved|decreased|reduced|regressed|better|down|changed)\s", re.I)
_COMMA_GAP = re.compile(r"\s*,")
#: a cue denying the one phrase after it ('rather than a diffuse bulge')
_DENIES_ONE_PHRASE = re.compile(r"rather\s+than|instead\s+of", re.I)
#: a negation that states the present ('is no longer seen', 'is not seen anymore', 'has resolved',
#: 'has been removed', 'interval resolution of the previously described extrusion'; or its rule
#: says so: ``states_present``)
_GONE_NOW = re.compile(
    r"no\s+(?:longer|more)|any\s*more|any\s+longer|resolved|disappeared|gone|removed|excised|resected"
    r"|resolution|resorption|disappearance",
    re.I,
)


def compute_scopes(
    text: str,
    items: list[Item],
    start: int,
    end: int,
    comma_end: re.Pattern[str],
    level_starts: list[int] | tuple[int, ...] = (),
) -> Scopes:
    """Scopes of the cues among ``items`` (the items of the sentence ``[start, end)``).

    ``level_starts``: starts of level mentions that open a clause ('..., L2-L3 a disc bulge')."""
    sc = Scopes()
    bounds = sorted(clause_bounds(items, start, end) + list(level_starts))
    for it in items:
        if it.kind != "C":
            continue
        cat, direction = it.rule.category, it.rule.direction
        if cat == "pseudo":
            continue
        if cat == "prior":
            sc.prior = True
            # a relative clause of the past ('The cyst, which previously measured 14 mm and
            # narrowed the recess, has decreased'; 'There is a slip at L4/5 which was present
            # preoperatively', attached to that statement of now): that clause alone, to its comma
            rel: int | None = None
            if _REL_CLAUSE.match(text, it.start) and text[start : it.start].rstrip().endswith(","):
                rel = it.start
            elif (m := _THERE_WHICH_WAS.search(text, start, it.start)) is not None:
                rel = m.start("rel")
                sc.attached.append(rel)
            if rel is not None:
                b = text.find(",", it.end, end)
                sc.prior_clauses.append((rel, end if b < 0 else b))
                continue
            # (a relative clause speaks of the same thing: '..., which was unchanged')
            cuts = [b for b in bounds if not _REL_CLAUSE.match(text, b)]
            a = max((b for b in cuts if b <= it.start), default=start)
            a = max([a] + [m.end() for m in _THE_CLAUSE.finditer(text, a, it.start)])
            if text[it.start : it.end].lower().endswith("when") or _CHANGED_FROM.match(
                text, it.start
            ):
                # ('It has progressed since 2020, when ...': the 'when' clause alone; '...,
                # improved from prior severe stenosis': the earlier grade alone)
                a = it.start
                sc.attached.append(a)
            b = min((b for b in cuts if b >= it.end), default=end)
            if (
                b < end
                and not text[a : it.start].strip()
                and _COMMA_GAP.fullmatch(text, it.end, b + 1)
            ):
                # an opening adverbial ('On the prior exam, there was ...'): the clause after it
                b = min((c for c in cuts if c > b), default=end)
            opened = text.rfind("(", a, it.start)
            if opened >= 0 and text.find(")", opened, it.start) < 0:
                close = text.find(")", it.end, end)
                if close >= 0 and any(x.kind in "FPS" and it.end <= x.start < close for x in items):
                    # the bracket the cue stands in, naming a finding ('Mild disc bulge (in 2021
                    # described as a small protrusion)'): its words, not those before it (not
                    # 'level of spondylolisthesis amended (previously reported as L4-5)')
                    a, b = opened + 1, close
            m = _THE_CLAUSE.search(text, it.end, b)
            sc.prior_clauses.append((a, m.start() if m else b))
            continue
        if cat == "current":
            sc.current = True
            sc.current_at.append(it.start)
            continue
        if cat == "negation" and (
            it.rule.states_present or _GONE_NOW.search(text, it.start, it.end)
        ):
            sc.current = True  # 'the protrusion on the prior study is no longer seen': now
            sc.current_at.append(it.start)
        # a break right after the cue does not end its scope ('not causing ... narrowing')
        nxt = next((b for b in bounds if b > it.start and _WORD.search(text, it.end, b)), end)
        prv = max((b for b in bounds if b <= it.start), default=start)
        if direction == "forward":
            a, b = it.end, nxt
            if cat == "negation":
                m = comma_end.search(text, a, b)
                if m:
                    b = m.start("cut") if m.groupdict().get("cut") is not None else m.start()
                b = _run_on_end(text, items, a, b)
                if _DENIES_ONE_PHRASE.match(text, it.start):
                    # 'rather than' / 'instead of' deny the phrase after them, up to a comma ('a
                    # protrusion rather than a diffuse bulge, narrowing the left lateral recess')
                    comma = text.find(",", a, b)
                    b = comma if comma >= 0 else b
                close = text.find(")", a, b)
                if close >= 0 and text.find("(", a, close) < 0:
                    # the bracket the cue stands in closes ('bulge (a bulge rather than a
                    # protrusion) with mild canal stenosis'); not one opened after it ('no new
                    # (recurrent) herniation')
                    b = close
        elif direction == "backward":
            if (
                _WHICH.fullmatch(text, prv, it.start)
                or _COLON.fullmatch(text, prv, it.start)
                or (
                    _WHICH_WAS.fullmatch(text, prv, it.start)
                    and _PRESENT_CUE.match(text, it.start) is not None
                )
            ):
                # 'mild bulging of the L3-4 disc, which is no longer appreciated'; 'the herniation
                # that was seen on the 2022 MRI has resolved' (that cue starts after 'that');
                # 'Spondylolisthesis: none': the field before the colon (after a comma that ends
                # the field before it: 'canal: moderate, foramina: none')
                at = prv
                prv = max((b for b in bounds if b < prv), default=start)
                comma = text.rfind(",", prv, at) if text[at] == ":" else -1
                if comma >= 0 and text.find(":", prv, comma) >= 0:
                    prv = comma + 1  # (not 'Central canal stenosis, moderate or severe: No')
            a, b = prv, it.start
            opened = text.rfind("(", a, b)
            if (
                opened >= 0
                and text.find(")", opened, b) < 0
                and _WORD.search(text, opened, b) is not None
            ):
                # the bracket the cue stands in ('a mild bulge (the protrusion described in 2018
                # has resolved)'): its words, not those before it ('protrusion (?)': the cue
                # alone in its bracket still looks back)
                a = opened + 1
        else:
            a, b = prv, nxt
        (sc.negation if cat == "negation" else sc.hedge).append((a, b))
    return sc
