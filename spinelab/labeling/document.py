"""Document-level labelling: sentences in order, level context carried between them, the
REPORT_LABELS precedence rules (FINDINGS over IMPRESSION, named levels over blanket statements)
and the final one-row-per-(level, finding) table of one report.

Level context: a sentence naming no level speaks of the level last named in its paragraph
("At L5-S1 there is a bulge. Mild foraminal narrowing."). A negative or normal statement takes
that level only when it was named on the same line (or on a heading line "L4-L5:"); otherwise it
is a statement about the whole lumbar spine ("no significant spinal canal narrowing noted" on a
line of its own), as is any negated listhesis ("no spondylolisthesis").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spinelab.labeling.context import Scopes, compute_scopes
from spinelab.labeling.findings import NEGATIVE_VALUES, SentenceAnalyser, Statement
from spinelab.labeling.levels import LevelMention, LevelParser
from spinelab.labeling.regex_first import lower_ok, lower_twin
from spinelab.labeling.rules import RuleSet
from spinelab.labeling.sections import SectionSplitter, Sentence
from spinelab.labeling.tagger import GRADE_RANK, Item, Tagger
from spinelab.schema import LEVELS, LUMBAR_LEVELS

BARE_NORMAL = (
    ("canal_stenosis", "none"),
    ("foraminal_stenosis_left", "none"),
    ("foraminal_stenosis_right", "none"),
    ("disc_bulge", "absent"),
    ("disc_herniation", "absent"),
)
_OPENS_CLAUSE = re.compile(r"[,;/]\s*$")
_HEADING_ONLY = re.compile(
    r"^[\W_]*(?:(?:at|the|level|levels|segment|disc|disk|interspace)\b[\W_]*)*$", re.I
)


_NO_SCOPES = Scopes()
#: item kinds that can state a finding (predicate, normal word, finding trigger)
_STATING = frozenset("PNF")


@dataclass(slots=True)
class Candidate:
    """A row candidate with its precedence tier (0 best: FINDINGS named level)."""

    level: str
    finding: str
    value: str
    uncertain: bool
    tier: int
    start: int
    end: int
    section: str


@dataclass(slots=True)
class _Context:
    levels: tuple[str, ...]
    line: int
    heading: bool


def _rank(c: Candidate) -> tuple[int, int]:
    positive = c.value not in NEGATIVE_VALUES
    if c.value in GRADE_RANK:
        r = GRADE_RANK[c.value]
    elif c.value.startswith("type"):
        r = 1
    else:
        r = 0
    return (int(positive), r)


class DocumentLabeler:
    """Labels one report text with the compiled rules (no spaCy needed; see components.py)."""

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self.levels = LevelParser(rules.levels)
        self.tagger = Tagger(rules)
        self.analyser = SentenceAnalyser(self.tagger, self.levels)
        line_level = re.compile(
            r"(?:^|(?<=\n))[ \t]*(?:at\s+)?" + self.levels.disc_re.pattern, re.I
        )
        self.splitter = SectionSplitter(rules.sections, line_level)
        self.context_excl = re.compile(rules.levels.context_exclusions, re.I)
        # sentence-wide searches run on the lower-cased text with case-sensitive twins
        t = self.tagger
        self._sent_rx = {
            n: (rx, lower_twin(rx))
            for n, rx in (
                ("excl", self.context_excl),
                ("alignment", t.alignment),
                ("level_normal", t.level_normal),
                ("study_normal", t.study_normal),
            )
        }

    def candidates(
        self,
        text: str,
        sentences: list[Sentence],
        levels: list[LevelMention],
        items: list[Item],
    ) -> list[Candidate]:
        """Row candidates of every sentence, in text order."""
        out: list[Candidate] = []
        low = text.lower()
        k = 1 if lower_ok(text, low) else 0
        ltext = low if k else text
        excl, alignment, level_normal, study_normal = (
            self._sent_rx[n][k] for n in ("excl", "alignment", "level_normal", "study_normal")
        )
        rx = (alignment, level_normal, study_normal)
        istarts = [it.start for it in items]
        lstarts = [m.start for m in levels]
        ctx: _Context | None = None
        last_key: tuple[int, str] | None = None
        for sent in sentences:
            key = (sent.paragraph, sent.section)
            if key != last_key or sent.item_start:
                ctx = None
            last_key = key
            s, e = sent.start, sent.end
            its = items[bisect.bisect_left(istarts, s) : bisect.bisect_left(istarts, e)]
            lvs = levels[bisect.bisect_left(lstarts, s) : bisect.bisect_left(lstarts, e)]
            lvs = [m for m in lvs if m.end <= e]
            its = [it for it in its if it.end <= e]
            stext = ltext[s:e]
            if any(it.kind == "C" for it in its):
                opening = [
                    m.start
                    for m in lvs
                    if m.start == s or _OPENS_CLAUSE.search(text, max(s, m.start - 4), m.start)
                ]
                scopes = compute_scopes(text, its, s, e, self.tagger.scope_end_after_comma, opening)
            else:
                scopes = _NO_SCOPES  # no cue: nothing negated, hedged or prior
            usable = [m for m in lvs if not m.excluded]
            specific = [m for m in usable if not m.blanket]
            strong = ctx is not None and (ctx.line == sent.line or ctx.heading)
            sts: list[Statement] = []
            if not (scopes.prior and not scopes.current):
                if any(it.kind in _STATING for it in its):
                    sts = self.analyser.analyse(text, s, e, its, lvs, scopes)
                sts += self._sentence_level(
                    text, sent, stext, usable, specific, ctx if strong else None, rx
                )
            for st in sts:
                lv, blanket = st.levels, st.blanket
                if lv is None:
                    negative = st.value in NEGATIVE_VALUES
                    if st.global_when_levelless and negative:
                        lv, blanket = LUMBAR_LEVELS, True
                    elif ctx is not None and (strong or not negative):
                        lv = ctx.levels
                    elif negative and not specific:
                        lv, blanket = LUMBAR_LEVELS, True
                    else:
                        continue
                tier = (0 if sent.section in ("findings", "other") else 2) + int(blanket)
                for level in lv:
                    out.append(
                        Candidate(
                            level, st.finding, st.value, st.uncertain, tier, s, e, sent.section
                        )
                    )
            # carry the level context
            if specific and not excl.search(stext):
                last = specific[-1]
                rest = stext
                for m in reversed(lvs):
                    rest = rest[: m.start - s] + rest[m.end - s :]
                ctx = _Context(last.levels, sent.line, bool(_HEADING_ONLY.match(rest)))
            elif any(m.blanket for m in usable):
                ctx = None
        return out

    def _sentence_level(
        self,
        text: str,
        sent: Sentence,
        stext: str,
        usable: list[LevelMention],
        specific: list[LevelMention],
        strong_ctx: _Context | None,
        rx: tuple[re.Pattern[str], ...] | None = None,
    ) -> list[Statement]:
        """Alignment, bare-normal level and whole-study-normal statements of a sentence.

        ``stext``: the sentence (lower-cased when ``rx`` holds the lower-case twins of the
        tagger's alignment, level_normal and study_normal regexes)."""
        out: list[Statement] = []
        s, e = sent.start, sent.end
        alignment, level_normal, study_normal = rx or (
            self.tagger.alignment,
            self.tagger.level_normal,
            self.tagger.study_normal,
        )
        if not specific and alignment.search(stext):
            out.append(Statement("spondylolisthesis", "absent", False, s, e, LUMBAR_LEVELS, True))
        # 'L1-L2 is normal, L2-L3 no disc bulge ...': each level-led segment may be a bare normal
        openers = [
            m
            for m in usable
            if m.start == s or _OPENS_CLAUSE.search(text, max(s, m.start - 4), m.start)
        ]
        if len(openers) > 1 or (openers and openers[0].start > s):
            done = False
            bounds = [s] + [m.start for m in openers if m.start > s]
            for i, b0 in enumerate(bounds):
                seg_end = bounds[i + 1] if i + 1 < len(bounds) else e
                inside = [x for x in usable if b0 <= x.start and x.end <= seg_end]
                seg = stext[b0 - s : seg_end - s]
                for x in reversed(inside):
                    seg = seg[: x.start - b0] + " " + seg[x.end - b0 :]
                if level_normal.match(seg):
                    done = True
                    for x in inside:
                        for f, v in BARE_NORMAL:
                            out.append(Statement(f, v, False, s, e, x.levels, x.blanket))
            if done:
                return out
        rest = stext
        for m in reversed(usable):
            rest = rest[: m.start - s] + " " + rest[m.end - s :]
        if level_normal.match(rest):
            targets: list[tuple[tuple[str, ...], bool]] = [(m.levels, m.blanket) for m in usable]
            if not targets and strong_ctx is not None:
                targets = [(strong_ctx.levels, False)]
            for lv, blanket in targets:
                for f, v in BARE_NORMAL:
                    out.append(Statement(f, v, False, s, e, lv, blanket))
            if targets:
                return out
        if not usable and strong_ctx is None and study_normal.match(stext):
            for f, v in BARE_NORMAL:
                out.append(Statement(f, v, False, s, e, LUMBAR_LEVELS, True))
        return out

    @staticmethod
    def merge(cands: list[Candidate]) -> list[Candidate]:
        """One candidate per (level, finding): best tier, then positive over negative, then the
        higher grade (typed Modic over 'present'), then the earliest."""
        best: dict[tuple[str, str], Candidate] = {}
        certain: dict[tuple[str, str, str, int], bool] = {}
        for c in cands:
            k = (c.level, c.finding)
            if not c.uncertain:
                certain[(c.level, c.finding, c.value, c.tier)] = True
            b = best.get(k)
            if b is None or c.tier < b.tier or (c.tier == b.tier and _rank(c) > _rank(b)):
                best[k] = c
        out = []
        for c in best.values():
            if c.uncertain and certain.get((c.level, c.finding, c.value, c.tier)):
                c.uncertain = False
            out.append(c)
        order = {lv: i for i, lv in enumerate(LEVELS)}
        out.sort(key=lambda c: (order[c.level], c.finding))
        return out

    def label(self, text: str) -> list[Candidate]:
        """The merged row candidates of one report text."""
        sections = self.splitter.sections(text)
        sentences = self.splitter.sentences(text, sections)
        levels = self.levels.find(text)
        items = self.tagger.tag(text)
        return self.merge(self.candidates(text, sentences, levels, items))
