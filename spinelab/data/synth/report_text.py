"""Write a free-text lumbar MRI report from a pathology table, with the label rows it states.

``render_report`` turns the per-level truth of ``sample_pathology`` into a report in one of
several styles (structured sections with per-level paragraphs, "At L4-5, ..." paragraphs,
narrative sentences, telegraphic lines) and returns exactly the rows that text states under
``../shared/labels/REPORT_LABELS.md``. Wordings come from ``phrases.yaml`` (schema
``PhraseBank``); which rows a wording states is decided here, by the slot it fills.

What the text states may differ from the image truth, as in real reports: a mild stenosis may
be written "no significant ..." (row ``none``), a grade may be left out ("foraminal narrowing",
row ``present``), a finding may be hedged (``uncertain``) or not mentioned at all (no row).
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from spinelab.anatomy import DISCS
from spinelab.data.synth.pathology import PATHOLOGY_VALUES
from spinelab.data.synth.yaml_schema import load_yaml_model
from spinelab.schema import COLUMNS, FINDINGS, LUMBAR_LEVELS, validate_labels

PHRASES_FILE = Path(__file__).with_name("phrases.yaml")

GRADE_ORDER = {"none": 0, "mild": 1, "moderate": 2, "severe": 3, "present": 1}
STYLES = ("structured", "structured_at", "narrative", "compact")


# --------------------------------------------------------------------------- phrase bank schema
class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _fields(fmt: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(fmt) if f}


class _Phrases(_Strict):
    """Lists of wordings; every list non-empty, every template a valid format string."""

    @model_validator(mode="after")
    def _nonempty(self) -> _Phrases:
        for name, value in self:
            if isinstance(value, list):
                if not value:
                    raise ValueError(f"{type(self).__name__}.{name} is empty")
                for v in value:
                    if isinstance(v, str):
                        _fields(v)  # raises on a malformed template
        return self

    def _need(
        self, name: str, required: set[str], forbidden: frozenset[str] | set[str] = frozenset()
    ) -> None:
        for t in getattr(self, name):
            f = _fields(t)
            if not required <= f:
                raise ValueError(f"{name}: {t!r} lacks {sorted(required - f)}")
            if f & forbidden:
                raise ValueError(f"{name}: {t!r} must not use {sorted(f & forbidden)}")


class Spelling(_Strict):
    fmt: str
    list_safe: bool


class GradeWords(_Phrases):
    adj: list[str]
    adv: list[str]


class Negation(_Phrases):
    no: list[str]
    without: list[str]
    sentence_start: list[str]


class Hedges(_Phrases):
    prefix: list[str]
    frames: list[str]
    level_frames: list[str]

    @model_validator(mode="after")
    def _slots(self) -> Hedges:
        for t in self.frames:
            if not ({"np", "Np"} & _fields(t)) or "level" in _fields(t):
                raise ValueError(f"hedges.frames: {t!r} needs {{np}}/{{Np}} and no {{level}}")
        self._need("level_frames", {"level"})
        return self


class SidedStenosis(_Phrases):
    """Wordings of one sided stenosis (foramen or lateral recess); no grade inside `bare_*`."""

    bare_single: list[str]
    bare_bilateral: list[str]
    bare_unsided: list[str]
    pair: list[str]
    adv_single: list[str]
    adv_bilateral: list[str]
    normal_single: list[str]
    normal_both: list[str]
    greater: list[str]

    @model_validator(mode="after")
    def _slots(self) -> SidedStenosis:
        self._need("bare_single", {"side"}, {"grade", "adv"})
        self._need("bare_bilateral", set(), {"side", "grade", "adv"})
        self._need("bare_unsided", set(), {"side", "grade", "adv"})
        self._need("pair", {"g1", "s1", "g2", "s2"})
        self._need("adv_single", {"side", "adv"})
        self._need("adv_bilateral", {"adv"}, {"side"})
        self._need("normal_single", {"side"}, {"grade", "adv"})
        self._need("normal_both", set(), {"side", "grade", "adv"})
        self._need("greater", {"side"})
        return self


class CanalWords(_Phrases):
    bare: list[str]
    adv: list[str]
    normal: list[str]
    compress: list[str]

    @model_validator(mode="after")
    def _slots(self) -> CanalWords:
        self._need("adv", {"adv"})
        self._need("bare", set(), {"adv", "grade"})
        return self


class StenosisWords(_Phrases):
    canal: CanalWords
    foramen: SidedStenosis
    recess: SidedStenosis
    canal_foramina_normal: list[str]
    canal_foramina_bare: list[str]
    all_normal: list[str]


class DiscWords(_Phrases):
    bulge: list[str]
    bulge_size: list[str]
    herniation: list[str]
    herniation_size: list[str]
    herniation_loc: list[str]
    superimposed: list[str]
    bulge_or_herniation: list[str]
    no_both: list[str]
    no_herniation: list[str]
    no_bulge: list[str]
    without_herniation: list[str]
    effects: list[str]
    causes: list[str]
    unchanged: list[str]

    @model_validator(mode="after")
    def _slots(self) -> DiscWords:
        self._need("superimposed", {"bulge", "herniation"})
        self._need("unchanged", {"level"})
        return self


class ModicWords(_Phrases):
    type1: list[str]
    type2: list[str]
    type3: list[str]
    present: list[str]
    none: list[str]
    location: list[str]
    blanket_none: list[str]


class ListhesisWords(_Phrases):
    present: list[str]
    present_l5: list[str]
    blanket_none: list[str]
    blanket_otherwise: list[str]
    alignment_extras: list[str]


class BlanketWords(_Phrases):
    canal_foramina_none: list[str]
    herniation_absent: list[str]


class NormalLevelWords(_Phrases):
    bare: list[str]
    bare_sentence: list[str]
    range_sentence: list[str]


class Frames(_Phrases):
    np: list[str]
    np_plural: list[str]
    neg: list[str]
    np_level: list[str]
    np_level_plural: list[str]
    neg_level: list[str]
    clause_level: list[str]

    @model_validator(mode="after")
    def _slots(self) -> Frames:
        self._need("np_level", {"level"})
        self._need("neg_level", {"level"})
        self._need("clause_level", {"level", "clause"})
        return self


class SectionWords(_Phrases):
    exam_headers: list[str]
    exams: list[str]
    history_headers: list[str]
    histories: list[str]
    narrative_histories: list[str]
    technique_headers: list[str]
    techniques: list[str]
    comparison_headers: list[str]
    comparisons_none: list[str]
    comparisons_prior: list[str]
    findings_headers: list[str]
    impression_headers: list[str]
    impression_quiet: list[str]
    impression_worst: list[str]
    compact_titles: list[str]


class GeneralWords(_Phrases):
    conus: list[str]
    conus_levels: list[str]
    other: list[str]


class PhraseBank(_Strict):
    """Schema of ``phrases.yaml``."""

    level_spellings: dict[str, Spelling]
    lumbosacral: list[str]
    level_suffix: list[str]
    range_joiners: list[str]
    grades: dict[str, GradeWords]
    negation: Negation
    hedges: Hedges
    stenosis: StenosisWords
    disc: DiscWords
    modic: ModicWords
    listhesis: ListhesisWords
    blanket: BlanketWords
    normal_level: NormalLevelWords
    frames: Frames
    level_distractors: list[str]
    sections: SectionWords
    general: GeneralWords

    @field_validator("grades")
    @classmethod
    def _grade_keys(cls, v: dict[str, GradeWords]) -> dict[str, GradeWords]:
        if set(v) != {"mild", "moderate", "severe"}:
            raise ValueError(f"grades must have exactly mild/moderate/severe, got {sorted(v)}")
        return v

    @field_validator("level_spellings")
    @classmethod
    def _spellings(cls, v: dict[str, Spelling]) -> dict[str, Spelling]:
        for name, sp in v.items():
            if not {"u"} <= _fields(sp.fmt) or not ({"l", "ls"} & _fields(sp.fmt)):
                raise ValueError(
                    f"level_spellings.{name}: {sp.fmt!r} needs {{u}} and {{l}} or {{ls}}"
                )
        if not any(sp.list_safe for sp in v.values()):
            raise ValueError("level_spellings: at least one family must be list_safe")
        return v


def load_phrases(path: Path | str = PHRASES_FILE) -> PhraseBank:
    """Read and validate a phrase bank (``ValueError`` naming the file on a schema error)."""
    return load_yaml_model(PhraseBank, path, "phrase file")


@lru_cache(maxsize=1)
def _bank() -> PhraseBank:
    return load_phrases()


# --------------------------------------------------------------------------- rows and phrases
@dataclass(frozen=True)
class Row:
    """One stated (level, finding, value, uncertain)."""

    level: str
    finding: str
    value: str
    uncertain: bool = False


@dataclass
class Phrase:
    """A noun phrase (``kind='np'``) or clause with the rows it states.

    ``has_level``: the text names its level itself; ``negative``: a pure negation (may be
    merged with other negations); ``bare``: the negated noun phrase without its "no".
    """

    text: str
    rows: tuple[Row, ...]
    kind: str = "np"
    negative: bool = False
    hedged: bool = False
    has_level: bool = False
    bare: str | None = None
    graded: bool = False


@dataclass
class Sentence:
    text: str
    rows: tuple[Row, ...] = ()


@dataclass
class _Ctx:
    """Per-report random choices."""

    rng: np.random.Generator
    bank: PhraseBank
    family: str
    style: str
    comparison: bool = False
    spellings_used: set[str] = field(default_factory=set)
    #: the side written "greater on the ..." per (level, group), so FINDINGS and IMPRESSION agree
    greater_side: dict[tuple[str, str], str] = field(default_factory=dict)
    #: the herniation description per level
    herniation: dict[str, str] = field(default_factory=dict)

    def pick(self, seq: Sequence[str]) -> str:
        return seq[int(self.rng.integers(len(seq)))]

    def p(self, prob: float) -> bool:
        return bool(self.rng.random() < prob)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _fmt(t: str, **kw: str) -> str:
    kw = dict(kw)
    for k in list(kw):
        kw.setdefault(_cap(k) if k[0].islower() else k, _cap(kw[k]))
    return t.format(**kw)


# --------------------------------------------------------------------------- level spelling
_VERT = ("T12", "L1", "L2", "L3", "L4", "L5", "S1")


def _vertebrae(level: str) -> tuple[str, str]:
    up, lo = level.split("-")
    return up, lo


def spell_level(level: str, family: str, bank: PhraseBank | None = None) -> str:
    """Spell a canonical disc level in a family of ``level_spellings`` (e.g. 'L4-L5' -> 'L4/5')."""
    bank = bank or _bank()
    if family not in bank.level_spellings:
        raise KeyError(f"unknown spelling family {family!r}; valid: {sorted(bank.level_spellings)}")
    up, lo = _vertebrae(level)
    ls = lo[1:] if up[0] == lo[0] else lo
    if family == "joined" and level == "T12-L1":
        family = "hyphen"
    return bank.level_spellings[family].fmt.format(u=up, l=lo, ls=ls)


def _lv(ctx: _Ctx, level: str, *, listing: bool = False, allow_ls: bool = True) -> str:
    """A spelling of ``level`` for running text (may be 'the lumbosacral junction')."""
    bank = ctx.bank
    if level == "L5-S1" and allow_ls and not listing and ctx.p(0.12):
        ctx.spellings_used.add("lumbosacral")
        return ctx.pick(bank.lumbosacral)
    fam = ctx.family
    if ctx.p(0.12):
        fam = ctx.pick(sorted(bank.level_spellings))
    if listing and not bank.level_spellings[fam].list_safe:
        fam = "hyphen" if ctx.p(0.5) else "hyphen_short"
    ctx.spellings_used.add(fam)
    return spell_level(level, fam, bank)


def _lv_at(ctx: _Ctx, level: str) -> str:
    """Spelling for 'at {level}' contexts, optionally with a 'level' suffix."""
    s = _lv(ctx, level)
    if s.startswith("the "):
        return s
    return s + ctx.pick(ctx.bank.level_suffix)


def _lv_header(ctx: _Ctx, level: str) -> str:
    s = _lv(ctx, level)
    return _cap(s[4:]) if s.startswith("the ") else s


# --------------------------------------------------------------------------- stated values
Stated = dict[str, dict[str, tuple[str, bool]]]


def _stated_values(path: pd.DataFrame, ctx: _Ctx) -> tuple[Stated, set[str]]:
    """What the report will say for each (level, finding): value and uncertain.

    Returns the map and the set of levels whose disc is written "bulging or protrusion".
    """
    truth = {(r.level, r.finding): r.value for r in path.itertuples(index=False)}
    stated: Stated = {lv: {} for lv in DISCS}
    undecided: set[str] = set()
    for lv in DISCS:
        for f in FINDINGS:
            v = truth[(lv, f)]
            unc = False
            if f.endswith("stenosis") or "stenosis_" in f:
                if v == "mild" and ctx.p(0.25):
                    v = "none"
                elif v != "none" and ctx.p(0.06):
                    v = "present"
            elif f == "modic" and v != "none" and ctx.p(0.1):
                v = "present"
            if v not in ("none", "absent", "severe") and ctx.p(0.07):
                unc = True
            stated[lv][f] = (v, unc)
        b, h = stated[lv]["disc_bulge"][0], stated[lv]["disc_herniation"][0]
        if "present" in (b, h) and ctx.p(0.04):
            undecided.add(lv)
            stated[lv]["disc_bulge"] = ("present", True)
            stated[lv]["disc_herniation"] = ("present", True)
    return stated, undecided


# --------------------------------------------------------------------------- phrase builders
_SIDES = {
    "foramen": ("foraminal_stenosis_left", "foraminal_stenosis_right"),
    "recess": ("subarticular_stenosis_left", "subarticular_stenosis_right"),
}


def _grade_adj(ctx: _Ctx, v: str) -> str:
    return ctx.pick(ctx.bank.grades[v].adj)


def _grade_adv(ctx: _Ctx, v: str) -> str:
    return ctx.pick(ctx.bank.grades[v].adv)


def _hedge_np(ctx: _Ctx, np_: str) -> str:
    """'a small protrusion' -> 'a possible small protrusion'; 'mild X' -> 'probable mild X'."""
    pre = ctx.pick(ctx.bank.hedges.prefix)
    for art in ("a ", "an "):
        if np_.startswith(art):
            return f"a {pre} {np_[len(art) :]}"
    return f"{pre} {np_}"


def _neg_np(ctx: _Ctx, bare: str, rows: tuple[Row, ...], *, graded: bool) -> Phrase:
    """'no <bare>'; graded stenosis may also take 'no significant' / 'no moderate or high-grade'."""
    pre = ctx.pick(ctx.bank.negation.no) if graded else ctx.pick(["no", "no", "no evidence of"])
    return Phrase(f"{pre} {bare}", rows, negative=True, bare=bare, graded=graded)


def _canal_phrase(ctx: _Ctx, level: str, v: str, unc: bool) -> Phrase:
    w = ctx.bank.stenosis.canal
    row = (Row(level, "canal_stenosis", v, unc),)
    if v == "none":
        if ctx.p(0.35):
            return Phrase(ctx.pick(w.normal), row, kind="clause", negative=True)
        return _neg_np(ctx, ctx.pick(w.bare), row, graded=True)
    if v == "present":
        np_ = ctx.pick(w.bare)
    elif ctx.p(0.25) and not unc:
        return Phrase(
            w.adv[int(ctx.rng.integers(len(w.adv)))].format(adv=_grade_adv(ctx, v)),
            row,
            kind="clause",
        )
    else:
        np_ = f"{_grade_adj(ctx, v)} {ctx.pick(w.bare)}"
    if unc:
        return Phrase(_hedge_np(ctx, np_), row, hedged=True)
    return Phrase(np_, row)


def _sided_phrases(
    ctx: _Ctx, level: str, group: str, st: dict[str, tuple[str, bool]]
) -> list[Phrase]:
    """Phrases for the left/right pair of a foraminal or subarticular finding."""
    w: SidedStenosis = getattr(ctx.bank.stenosis, group)
    fl, fr = _SIDES[group]
    (vl, ul), (vr, ur) = st[fl], st[fr]
    both_rows = (Row(level, fl, vl, ul), Row(level, fr, vr, ur))
    if (vl, ul) == (vr, ur):
        v, unc = vl, ul
        if v == "none":
            if ctx.p(0.4):
                return [Phrase(ctx.pick(w.normal_both), both_rows, kind="clause", negative=True)]
            # never "no bilateral ..." (could read as "not on both sides")
            return [_neg_np(ctx, ctx.pick(w.bare_unsided), both_rows, graded=True)]
        if v != "present" and not unc and ctx.p(0.2):
            t = ctx.pick(w.adv_bilateral).format(adv=_grade_adv(ctx, v))
            return [Phrase(t, both_rows, kind="clause")]
        bare = ctx.pick(w.bare_bilateral if ctx.p(0.6) else w.bare_unsided)
        np_ = bare if v == "present" else f"{_grade_adj(ctx, v)} {bare}"
        if not unc and ctx.p(0.2):
            # "moderate bilateral stenosis, greater on the right": alone in its sentence
            side = ctx.greater_side.setdefault((level, group), ctx.pick(["left", "right"]))
            other = "right" if side == "left" else "left"
            np_ += ctx.pick(w.greater).format(side=side, other=other)
            return [Phrase(np_, both_rows, kind="clause")]
        if unc:
            return [Phrase(_hedge_np(ctx, np_), both_rows, hedged=True)]
        return [Phrase(np_, both_rows)]
    # different sides
    if (
        vl != "none"
        and vr != "none"
        and not ul
        and not ur
        and "present" not in (vl, vr)
        and ctx.p(0.6)
    ):
        order = [("left", vl), ("right", vr)]
        if ctx.p(0.5):
            order.reverse()
        (s1, g1), (s2, g2) = order
        t = ctx.pick(w.pair).format(g1=_grade_adj(ctx, g1), s1=s1, g2=_grade_adj(ctx, g2), s2=s2)
        return [Phrase(t, both_rows)]
    out = []
    for side, f, v, unc in (("left", fl, vl, ul), ("right", fr, vr, ur)):
        row = (Row(level, f, v, unc),)
        if v == "none":
            if ctx.p(0.5):
                out.append(
                    Phrase(
                        ctx.pick(w.normal_single).format(side=side),
                        row,
                        kind="clause",
                        negative=True,
                    )
                )
            else:
                out.append(
                    _neg_np(ctx, ctx.pick(w.bare_single).format(side=side), row, graded=True)
                )
            continue
        if v != "present" and not unc and ctx.p(0.2):
            t = ctx.pick(w.adv_single).format(side=side, adv=_grade_adv(ctx, v))
            out.append(Phrase(t, row, kind="clause"))
            continue
        bare = ctx.pick(w.bare_single).format(side=side)
        np_ = bare if v == "present" else f"{_grade_adj(ctx, v)} {bare}"
        out.append(Phrase(_hedge_np(ctx, np_), row, hedged=True) if unc else Phrase(np_, row))
    if ctx.p(0.5):
        out.reverse()
    return out


def _roots(ctx: _Ctx, level: str) -> dict[str, str]:
    up, lo = _vertebrae(level)
    side = ctx.pick(["left ", "right ", ""])
    return {"troot": lo, "eroot": up, "tside": side, "eside": side}


def _bulge_np(ctx: _Ctx) -> str:
    d = ctx.bank.disc
    return ctx.pick(d.bulge).format(size=ctx.pick(d.bulge_size))


def _herniation_np(ctx: _Ctx, level: str | None = None) -> str:
    """A herniation noun phrase; one description per level of a report (FINDINGS = IMPRESSION)."""
    if level is not None:
        if level not in ctx.herniation:
            ctx.herniation[level] = _herniation_np(ctx)
        return ctx.herniation[level]
    d = ctx.bank.disc
    size = ctx.pick(d.herniation_size).format(mm=str(int(ctx.rng.integers(2, 8))))
    return ctx.pick(d.herniation).format(size=size, loc=ctx.pick(d.herniation_loc))


def _disc_phrases(
    ctx: _Ctx, level: str, st: dict[str, tuple[str, bool]], undecided: bool, mention: bool
) -> list[Phrase]:
    d = ctx.bank.disc
    (b, bu), (h, hu) = st["disc_bulge"], st["disc_herniation"]
    rb, rh = Row(level, "disc_bulge", b, bu), Row(level, "disc_herniation", h, hu)
    if undecided:
        t = ctx.pick(d.bulge_or_herniation).format(size=ctx.pick(d.bulge_size))
        return [Phrase(t, (rb, rh), kind="undecided", hedged=True)]
    if b == "absent" and h == "absent":
        if not mention:
            return []
        r = ctx.rng.random()
        if r < 0.6:
            return [_neg_np(ctx, ctx.pick(d.no_both)[3:], (rb, rh), graded=False)]
        if r < 0.85:
            return [_neg_np(ctx, ctx.pick(d.no_herniation)[3:], (rh,), graded=False)]
        return [_neg_np(ctx, ctx.pick(d.no_bulge)[3:], (rb,), graded=False)]
    out: list[Phrase] = []
    if b == "present" and h == "present" and not bu and not hu:
        hern = _herniation_np(ctx, level)
        hern = hern[2:] if hern.startswith("a ") else hern
        t = ctx.pick(d.superimposed).format(bulge=_bulge_np(ctx), herniation=hern)
        if t.count(" and ") and "superimposed" not in t:
            t = t.replace(f" and {hern}", f" and a {hern}")
        out.append(Phrase(t, (rb, rh)))
    else:
        if h == "present":
            np_ = _herniation_np(ctx, level)
            if hu:
                out.append(Phrase(_hedge_np(ctx, np_), (rh,), hedged=True))
            elif ctx.comparison and ctx.p(0.3):
                t = ctx.pick(d.unchanged)
                out.append(
                    Phrase(
                        _fmt(t, np=np_, level=_lv(ctx, level)),
                        (rh,),
                        kind="sentence",
                        has_level=True,
                    )
                )
            else:
                out.append(Phrase(np_, (rh,)))
        if b == "present":
            np_ = _bulge_np(ctx)
            if bu:
                out.append(Phrase(_hedge_np(ctx, np_), (rb,), hedged=True))
            elif h == "absent" and ctx.p(0.4):
                out.append(Phrase(f"{np_} {ctx.pick(d.without_herniation)}", (rb, rh)))
            else:
                out.append(Phrase(np_, (rb,)))
    # an effect on the thecal sac / nerve root states nothing (rule 5b)
    for ph in out:
        if (
            ph.kind == "np"
            and not ph.hedged
            and not ph.negative
            and " without " not in ph.text
            and ctx.p(0.3)
        ):
            ph.text = f"{ph.text} {ctx.pick(d.effects).format(**_roots(ctx, level))}"
            break
    return out


def _modic_phrase(ctx: _Ctx, level: str, v: str, unc: bool, *, with_location: bool) -> Phrase:
    m = ctx.bank.modic
    row = (Row(level, "modic", v, unc),)
    if v == "none":
        return _neg_np(ctx, ctx.pick(m.none)[3:], row, graded=False)
    np_ = ctx.pick(getattr(m, v))
    has_level = False
    if with_location:
        up, lo = _vertebrae(level)
        loc = ctx.pick(m.location)
        np_ = f"{np_} {loc.format(level=_lv(ctx, level, allow_ls=False), up=up, lo=lo)}"
        has_level = True
    if unc:
        return Phrase(_hedge_np(ctx, np_), row, hedged=True, has_level=has_level)
    return Phrase(np_, row, has_level=has_level)


def _listhesis_phrase(ctx: _Ctx, level: str, unc: bool) -> Phrase:
    w = ctx.bank.listhesis
    up, lo = _vertebrae(level)
    row = (Row(level, "spondylolisthesis", "present", unc),)
    if level == "L5-S1" and ctx.p(0.3):
        np_ = ctx.pick(w.present_l5)
    else:
        np_ = ctx.pick(w.present).format(
            up=up, lo=lo, level=_lv(ctx, level), mm=str(int(ctx.rng.integers(2, 7)))
        )
    if unc:
        return Phrase(_hedge_np(ctx, np_), row, hedged=True, has_level=True)
    return Phrase(np_, row, has_level=True)


# --------------------------------------------------------------------------- level plans
@dataclass
class _LevelPlan:
    level: str
    mode: str  # "bare" | "explicit" | "detail" | "omit"
    phrases: list[Phrase] = field(default_factory=list)
    distractor: str | None = None


_BARE_SET = (
    "canal_stenosis",
    "foraminal_stenosis_left",
    "foraminal_stenosis_right",
    "disc_bulge",
    "disc_herniation",
)
_NEG = ("none", "absent")


def _bare_normal_rows(level: str) -> tuple[Row, ...]:
    return tuple(Row(level, f, "none" if "stenosis" in f else "absent") for f in _BARE_SET)


def _is_quiet(st: dict[str, tuple[str, bool]]) -> bool:
    """The bare-normal set is stated none/absent (certain) and there is no listhesis."""
    return (
        all(st[f][0] in _NEG and not st[f][1] for f in _BARE_SET)
        and st["spondylolisthesis"][0] == "absent"
    )


def _explicit_normal(ctx: _Ctx, level: str, st: dict[str, tuple[str, bool]]) -> list[Phrase]:
    s = ctx.bank.stenosis
    d = ctx.bank.disc
    disc_rows = (Row(level, "disc_bulge", "absent"), Row(level, "disc_herniation", "absent"))
    cf_rows = tuple(Row(level, f, "none") for f in _BARE_SET[:3])
    out = [_neg_np(ctx, ctx.pick(d.no_both)[3:], disc_rows, graded=False)]
    recess_none = all(st[f] == ("none", False) for f in _SIDES["recess"])
    if recess_none and ctx.p(0.3):
        rows = cf_rows + tuple(Row(level, f, "none") for f in _SIDES["recess"])
        out.append(Phrase(ctx.pick(s.all_normal), rows, kind="clause", negative=True))
    elif ctx.p(0.5):
        out.append(Phrase(ctx.pick(s.canal_foramina_normal), cf_rows, kind="clause", negative=True))
    else:
        out.append(_neg_np(ctx, ctx.pick(s.canal_foramina_bare), cf_rows, graded=True))
    return out


def _detail_phrases(
    ctx: _Ctx,
    level: str,
    st: dict[str, tuple[str, bool]],
    undecided: bool,
    blanket_cf: bool,
    must_listhesis: bool,
    modic_location: bool,
) -> list[Phrase]:
    """Phrases for an abnormal (or explicitly described) level; some findings left unsaid."""
    out: list[Phrase] = []
    disc = _disc_phrases(ctx, level, st, undecided, mention=ctx.p(0.7))
    canal: list[Phrase] = []
    cv, cu = st["canal_stenosis"]
    if not blanket_cf and (cv != "none" and ctx.p(0.95) or cv == "none" and ctx.p(0.8)):
        canal = [_canal_phrase(ctx, level, cv, cu)]
    # causal link: "a disc bulge resulting in moderate canal stenosis"
    if (
        disc
        and canal
        and not disc[-1].hedged
        and not disc[-1].negative
        and not canal[0].hedged
        and canal[0].kind == "np"
        and not canal[0].negative
        and disc[-1].kind == "np"
        and " without " not in disc[-1].text
        and ctx.p(0.4)
    ):
        last = disc.pop()
        cause = ctx.pick(ctx.bank.disc.causes)
        canal = [Phrase(f"{last.text} {cause} {canal[0].text}", last.rows + canal[0].rows)]
    elif (
        disc
        and cv == "present"
        and not cu
        and canal
        and disc[-1].kind == "np"
        and not disc[-1].hedged
        and not disc[-1].negative
        and " without " not in disc[-1].text
        and ctx.p(0.5)
    ):
        last = disc.pop()
        canal = [
            Phrase(
                f"{last.text} {ctx.pick(ctx.bank.stenosis.canal.compress)}",
                last.rows + canal[0].rows,
            )
        ]
    out += disc + canal
    fvals = [st[f][0] for f in _SIDES["foramen"]]
    if not blanket_cf and (any(v != "none" for v in fvals) and ctx.p(0.95) or ctx.p(0.75)):
        out += _sided_phrases(ctx, level, "foramen", st)
    rvals = [st[f][0] for f in _SIDES["recess"]]
    if (
        any(v != "none" for v in rvals)
        and ctx.p(0.85)
        or all(v == "none" for v in rvals)
        and ctx.p(0.3)
    ):
        out += _sided_phrases(ctx, level, "recess", st)
    mv, mu = st["modic"]
    if mv != "none" and ctx.p(0.85):
        out.append(_modic_phrase(ctx, level, mv, mu, with_location=modic_location or ctx.p(0.4)))
    lv_, lu = st["spondylolisthesis"]
    if lv_ == "present" and (must_listhesis or ctx.p(0.9)):
        out.insert(0, _listhesis_phrase(ctx, level, lu))
    return out


# --------------------------------------------------------------------------- sentence assembly
def _join_list(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def _sentences_in_paragraph(ctx: _Ctx, phrases: list[Phrase]) -> list[Sentence]:
    """Sentences of a paragraph whose level is given by its header / opening."""
    fr = ctx.bank.frames
    out: list[Sentence] = []
    pos = [p for p in phrases if not p.negative and not p.hedged]
    neg = [p for p in phrases if p.negative]
    hed = [p for p in phrases if p.hedged]
    # positives: noun phrases merged 1-3 per sentence, clauses alone
    i = 0
    while i < len(pos):
        p = pos[i]
        if p.kind == "sentence":
            out.append(Sentence(p.text, p.rows))
            i += 1
            continue
        if p.kind == "clause":
            out.append(Sentence(_cap(p.text) + ".", p.rows))
            i += 1
            continue
        group = [p]
        while (
            i + len(group) < len(pos)
            and pos[i + len(group)].kind == "np"
            and len(group) < 3
            and not _closed(group[-1])
            and ctx.p(0.5)
        ):
            group.append(pos[i + len(group)])
        i += len(group)
        text = _join_list([g.text for g in group])
        rows = tuple(r for g in group for r in g.rows)
        # a trailing "without <negated>" consumes one negation
        if neg and neg[0].bare and neg[0].kind == "np" and not _closed(group[-1]) and ctx.p(0.35):
            n = neg.pop(0)
            text = f"{text} {_without(ctx, n)} {n.bare}"
            rows += n.rows
        out.append(Sentence(_fmt(ctx.pick(_np_frames(fr, group)), np=text), rows))
    # negations: "No A or B." / one each
    while neg:
        n = neg.pop(0)
        if n.kind == "np" and n.bare and neg and neg[0].kind == "np" and neg[0].bare and ctx.p(0.5):
            m = neg.pop(0)
            start = (
                ctx.pick(ctx.bank.negation.sentence_start)
                if n.graded and m.graded
                else ctx.pick(["No", "No", "No evidence of", "Negative for"])
            )
            out.append(Sentence(f"{start} {n.bare} or {m.bare}.", n.rows + m.rows))
        elif n.kind == "np":
            out.append(Sentence(_fmt(ctx.pick(fr.neg), np=n.text), n.rows))
        else:
            out.append(Sentence(_cap(n.text) + ".", n.rows))
    for h in hed:
        out.append(_hedged_sentence(ctx, h, None))
    return out


def _closed(p: Phrase) -> bool:
    """A phrase with an inner negation ("a bulge without protrusion"): nothing may follow it in
    a list, or the negation could be read as reaching the next item."""
    return " without " in f" {p.text} "


def _plural(group: list[Phrase]) -> bool:
    return len(group) > 1 or group[0].text.endswith(("changes", "complexes"))


def _np_frames(fr: Frames, group: list[Phrase]) -> list[str]:
    return fr.np_plural if _plural(group) else fr.np


def _without(ctx: _Ctx, n: Phrase) -> str:
    return (
        ctx.pick(ctx.bank.negation.without)
        if n.graded
        else ctx.pick(["without", "without evidence of"])
    )


def _hedged_sentence(ctx: _Ctx, h: Phrase, level_text: str | None) -> Sentence:
    """A hedged phrase alone in its sentence (its hedge must not reach other findings)."""
    hw = ctx.bank.hedges
    if ctx.p(0.5) or h.kind != "np":
        # the text already carries a hedge prefix ("possible ...")
        if level_text and not h.has_level:
            return Sentence(
                _fmt(ctx.pick(ctx.bank.frames.np_level), np=h.text, level=level_text)
                .replace("the the ", "the ")
                .replace("junction level", "junction")
                .replace("lumbosacral level level", "lumbosacral level"),
                h.rows,
            )
        return Sentence(_fmt(ctx.pick(ctx.bank.frames.np), np=h.text), h.rows)
    # replace the prefix hedge by a framing hedge ("There may be mild ...")
    words = h.text.split(" ")
    if words[0] == "a":
        plain = "a " + " ".join(words[2:])
    else:
        plain = " ".join(words[1:])
    if level_text and not h.has_level:
        return Sentence(_fmt(ctx.pick(hw.level_frames), np=plain, level=level_text), h.rows)
    return Sentence(_fmt(ctx.pick(hw.frames), np=plain), h.rows)


def _sentences_narrative(ctx: _Ctx, level: str, phrases: list[Phrase]) -> list[Sentence]:
    """Sentences that each name their level."""
    fr = ctx.bank.frames
    out: list[Sentence] = []
    pos = [p for p in phrases if not p.negative and not p.hedged]
    neg = [p for p in phrases if p.negative]
    i = 0
    while i < len(pos):
        p = pos[i]
        if p.kind == "sentence":
            out.append(Sentence(p.text, p.rows))
            i += 1
            continue
        if p.kind == "clause":
            out.append(Sentence(_level_frame(ctx, fr.clause_level, level, clause=p.text), p.rows))
            i += 1
            continue
        group = [p]
        while (
            not p.has_level
            and i + len(group) < len(pos)
            and pos[i + len(group)].kind == "np"
            and not pos[i + len(group)].has_level
            and len(group) < 3
            and not _closed(group[-1])
            and ctx.p(0.5)
        ):
            group.append(pos[i + len(group)])
        i += len(group)
        text = _join_list([g.text for g in group])
        rows = tuple(r for g in group for r in g.rows)
        if (
            neg
            and neg[0].bare
            and neg[0].kind == "np"
            and not _closed(group[-1])
            and not group[0].has_level
            and ctx.p(0.35)
        ):
            n = neg.pop(0)
            text = f"{text} {_without(ctx, n)} {n.bare}"
            rows += n.rows
        if any(g.has_level for g in group):
            out.append(Sentence(_fmt(ctx.pick(_np_frames(fr, group)), np=text), rows))
        else:
            frames = fr.np_level_plural if _plural(group) else fr.np_level
            out.append(Sentence(_level_frame(ctx, frames, level, np=text), rows))
    while neg:
        n = neg.pop(0)
        if n.kind == "np":
            out.append(Sentence(_level_frame(ctx, fr.neg_level, level, np=n.text), n.rows))
        else:
            out.append(Sentence(_level_frame(ctx, fr.clause_level, level, clause=n.text), n.rows))
    for h in (p for p in phrases if p.hedged):
        out.append(_hedged_sentence(ctx, h, _lv(ctx, level)))
    return out


def _level_frame(ctx: _Ctx, frames: list[str], level: str, **kw: str) -> str:
    """Fill a frame naming ``level`` ('the {level} level' / 'at {level} level' handled)."""
    t = ctx.pick(frames)
    lv = _lv(ctx, level)
    if lv.startswith("the "):
        t = t.replace("the {level} level", "{level}")
    elif "the {level} level" not in t and re.search(r"[Aa]t \{level\}", t) and ctx.p(0.3):
        lv = lv + ctx.pick(ctx.bank.level_suffix)
    return _fmt(t, level=lv, **kw)


def _telegraphic_line(ctx: _Ctx, level: str, phrases: list[Phrase]) -> list[Sentence]:
    """'L4-5 diffuse disc bulge, mild canal stenosis, no foraminal narrowing' (+ hedged sentences)."""
    plain = [p for p in phrases if not p.hedged and p.kind != "sentence"]
    plain.sort(key=lambda p: (p.negative, _closed(p)))  # "without ..." and negations last
    out: list[Sentence] = []
    if plain:
        lv = _lv(ctx, level, allow_ls=False)
        strip = ctx.p(0.6)
        items = ", ".join(
            p.text[2:] if strip and p.text.startswith("a ") else p.text for p in plain
        )
        line = f"{lv} {items}" if ctx.p(0.5) else f"{lv}: {items}"
        out.append(Sentence(line, tuple(r for p in plain for r in p.rows)))
    for p in phrases:
        if p.kind == "sentence":
            out.append(Sentence(p.text, p.rows))
        elif p.hedged:
            out.append(_hedged_sentence(ctx, p, _lv(ctx, level)))
    return out


# --------------------------------------------------------------------------- the report
@dataclass
class _Block:
    """A chunk of text in a section; ``sep`` joins its sentences."""

    section: str  # findings | impression | other
    sentences: list[Sentence]
    header: str | None = None
    sep: str = " "
    is_level: bool = False


def _level_range_text(ctx: _Ctx, levels: list[str]) -> str:
    if len(levels) >= 3 and ctx.p(0.6) or len(levels) == 2 and ctx.p(0.3):
        a, b = _lv(ctx, levels[0], listing=True), _lv(ctx, levels[-1], listing=True)
        return f"{a}{ctx.pick(ctx.bank.range_joiners)}{b}"
    return _join_list([_lv(ctx, lv, listing=True) for lv in levels])


def _plan_levels(
    ctx: _Ctx, stated: Stated, undecided: set[str], blanket_cf: bool, include_t12: bool
) -> list[_LevelPlan]:
    levels = [lv for lv in DISCS if include_t12 or lv != "T12-L1"]
    plans = []
    for lv in levels:
        st = stated[lv]
        if _is_quiet(st) and lv not in undecided:
            r = ctx.rng.random()
            mode = "bare" if r < 0.45 else "explicit" if r < 0.85 else "detail"
            if blanket_cf and mode == "explicit":
                mode = "bare" if ctx.p(0.5) else "detail"
        else:
            mode = "detail"
        plan = _LevelPlan(lv, mode)
        if mode == "explicit":
            plan.phrases = _explicit_normal(ctx, lv, st)
        elif mode == "detail":
            plan.phrases = _detail_phrases(
                ctx,
                lv,
                st,
                lv in undecided,
                blanket_cf,
                must_listhesis=True,
                modic_location=ctx.style == "narrative",
            )
        if mode != "bare" and ctx.p(0.3):
            plan.distractor = ctx.pick(ctx.bank.level_distractors)
        if mode == "detail" and not plan.phrases and plan.distractor is None:
            plan.mode = "omit"
        plans.append(plan)
    return plans


def _level_blocks(ctx: _Ctx, plans: list[_LevelPlan]) -> list[_Block]:
    """Findings text of the levels, grouped runs of normal levels where chosen."""
    bank = ctx.bank
    order = list(plans)
    if ctx.p(0.15):
        order.reverse()
    # group consecutive bare-normal levels (in cranio-caudal order only)
    groups: list[list[_LevelPlan]] = []
    for pl in order:
        if pl.mode == "omit":
            continue
        if (
            groups
            and pl.mode == "bare"
            and groups[-1][-1].mode == "bare"
            and order[0] is plans[0]
            and ctx.style != "compact"
            and ctx.p(0.6)
        ):
            groups[-1].append(pl)
        else:
            groups.append([pl])
    blocks: list[_Block] = []
    for g in groups:
        lvls = [p.level for p in g]
        if g[0].mode == "bare":
            rows = tuple(r for lv in lvls for r in _bare_normal_rows(lv))
            if len(g) > 1:
                where = _level_range_text(ctx, lvls)
                if ctx.style in ("structured",) and ctx.p(0.6):
                    text = f"{where}: {ctx.pick(bank.normal_level.bare)}"
                else:
                    text = _fmt(ctx.pick(bank.normal_level.range_sentence), levels=where)
            elif ctx.style in ("structured", "compact") and ctx.p(0.8):
                text = f"{_lv_header(ctx, lvls[0])}: {ctx.pick(bank.normal_level.bare)}"
            else:
                lv = _lv(ctx, lvls[0])
                t = ctx.pick(bank.normal_level.bare_sentence)
                if lv.startswith("the "):
                    t = "{Level} is unremarkable."
                text = _fmt(t, level=lv)
            blocks.append(_Block("findings", [Sentence(text, rows)], is_level=True))
            continue
        pl = g[0]
        lv = pl.level
        if ctx.style == "structured":
            sents = _sentences_in_paragraph(ctx, pl.phrases)
            if pl.distractor:
                sents.insert(int(ctx.rng.integers(len(sents) + 1)), Sentence(pl.distractor))
            head = _lv_header(ctx, lv) + ctx.pick([":", ":", " -", ""])
            blocks.append(_Block("findings", [Sentence(head)] + sents, is_level=True))
        elif ctx.style == "structured_at":
            sents = _sentences_in_paragraph(ctx, pl.phrases)
            if pl.distractor:
                sents.append(Sentence(pl.distractor))
            if sents:
                first = sents[0].text
                lvt = _lv_at(ctx, lv)
                opener = ctx.pick([f"At {lvt}, ", f"At {lvt}: "])
                if first.startswith("There is ") or first.startswith("There are "):
                    sents[0] = Sentence(opener + first[0].lower() + first[1:], sents[0].rows)
                else:
                    sents.insert(0, Sentence(f"{_lv_header(ctx, lv)}:"))
            blocks.append(_Block("findings", sents, is_level=True))
        elif ctx.style == "narrative":
            sents = _sentences_narrative(ctx, lv, pl.phrases)
            if pl.distractor:
                sents.append(Sentence(pl.distractor[:-1] + f" at {_lv(ctx, lv)}."))
            blocks.append(_Block("findings", sents, is_level=True))
        else:  # compact
            sents = _telegraphic_line(ctx, lv, pl.phrases)
            blocks.append(_Block("findings", sents, sep=". ", is_level=True))
    return blocks


def _impression(
    ctx: _Ctx, stated: Stated, undecided: set[str], include_t12: bool, blanket_cf_ok: bool
) -> list[Sentence]:
    """Worst levels, restated from the same stated values (so never contradicting FINDINGS)."""
    bank = ctx.bank
    scored = []
    for lv in DISCS:
        if lv == "T12-L1" and not include_t12:
            continue
        st = stated[lv]
        g = max(
            GRADE_ORDER[st[f][0]]
            for f in _SIDES["foramen"] + _SIDES["recess"] + ("canal_stenosis",)
        )
        score = (
            g
            + (1.5 if st["disc_herniation"][0] == "present" else 0)
            + (1.5 if st["spondylolisthesis"][0] == "present" else 0)
        )
        if g >= 2 or score >= 1.5:
            scored.append((score, lv))
    scored.sort(key=lambda t: -t[0])
    worst = [lv for _, lv in scored[:3]]
    out: list[Sentence] = []
    if not worst:
        if blanket_cf_ok and ctx.p(0.5):
            rows = tuple(Row(lv, f, "none") for lv in LUMBAR_LEVELS for f in _BARE_SET[:3])
            out.append(Sentence(ctx.pick(bank.blanket.canal_foramina_none), rows))
        out.append(Sentence(ctx.pick(bank.sections.impression_quiet)))
        return out
    if ctx.p(0.3):
        out.append(
            Sentence(_fmt(ctx.pick(bank.sections.impression_worst), level=_lv(ctx, worst[0])))
        )
    for lv in sorted(worst, key=DISCS.index) if ctx.p(0.5) else worst:
        st = stated[lv]
        phrases: list[Phrase] = []
        if st["spondylolisthesis"][0] == "present":
            phrases.append(_listhesis_phrase(ctx, lv, st["spondylolisthesis"][1]))
        if lv in undecided:
            phrases += _disc_phrases(ctx, lv, st, True, mention=True)
        elif st["disc_herniation"][0] == "present":
            np_ = _herniation_np(ctx, lv)
            hu = st["disc_herniation"][1]
            phrases.append(
                Phrase(
                    _hedge_np(ctx, np_) if hu else np_,
                    (Row(lv, "disc_herniation", "present", hu),),
                    hedged=hu,
                )
            )
        if GRADE_ORDER[st["canal_stenosis"][0]] >= 1:
            phrases.append(_canal_phrase(ctx, lv, *st["canal_stenosis"]))
        for grp in ("foramen", "recess"):
            if any(GRADE_ORDER[st[f][0]] >= 2 or st[f][0] == "present" for f in _SIDES[grp]):
                phrases += [p for p in _sided_phrases(ctx, lv, grp, st) if not p.negative]
        phrases = [p for p in phrases if p.kind != "sentence"]
        for p in phrases:  # phrases naming their level ("anterolisthesis of L4 on L5") stand alone
            if p.has_level and not p.hedged and p.kind == "np":
                out.append(Sentence(_cap(p.text) + ".", p.rows))
        plain = [p for p in phrases if not p.hedged and p.kind == "np" and not p.has_level]
        plain.sort(key=_closed)
        if plain:
            text = _join_list([p.text for p in plain])
            rows = tuple(r for p in plain for r in p.rows)
            if ctx.p(0.5):
                out.append(Sentence(f"{_lv_header(ctx, lv)}: {text}.", rows))
            else:
                out.append(Sentence(_level_frame(ctx, bank.frames.np_level, lv, np=text), rows))
        for p in phrases:
            if p.hedged:
                out.append(_hedged_sentence(ctx, p, _lv(ctx, lv)))
            elif p.kind == "clause":
                out.append(
                    Sentence(_level_frame(ctx, bank.frames.clause_level, lv, clause=p.text), p.rows)
                )
    return out


def _general_sentences(
    ctx: _Ctx,
    stated: Stated,
    plans: list[_LevelPlan],
    *,
    blanket_cf: bool,
    blanket_hern: bool,
    blanket_modic: bool,
) -> list[Sentence]:
    """Alignment, conus, bones and blanket statements at the top of FINDINGS."""
    bank = ctx.bank
    out: list[Sentence] = []
    shown = {pl.level for pl in plans}
    listhesis_levels = [
        lv for lv in DISCS if lv in shown and stated[lv]["spondylolisthesis"][0] == "present"
    ]
    if ctx.p(0.8):
        if listhesis_levels:
            t = ctx.pick(bank.listhesis.blanket_otherwise)
        else:
            t = ctx.pick(bank.listhesis.blanket_none)
        # rows are filled in by _resolve (absent at every lumbar level not stated otherwise)
        out.append(Sentence(t, (Row("*", "spondylolisthesis", "absent"),)))
        if ctx.p(0.3):
            out.append(Sentence(ctx.pick(bank.listhesis.alignment_extras)))
    if ctx.p(0.6):
        out.append(
            Sentence(ctx.pick(bank.general.conus).format(conus=ctx.pick(bank.general.conus_levels)))
        )
    n_other = int(ctx.rng.integers(0, 3))
    for j in ctx.rng.choice(len(bank.general.other), size=n_other, replace=False):
        out.append(Sentence(bank.general.other[int(j)].format(vert=ctx.pick(_VERT[1:6]))))
    if blanket_cf:
        rows = tuple(Row(lv, f, "none") for lv in LUMBAR_LEVELS for f in _BARE_SET[:3])
        out.append(Sentence(ctx.pick(bank.blanket.canal_foramina_none), rows))
    if blanket_hern:
        rows = tuple(Row(lv, "disc_herniation", "absent") for lv in LUMBAR_LEVELS)
        out.append(Sentence(ctx.pick(bank.blanket.herniation_absent), rows))
    if blanket_modic:
        rows = tuple(Row(lv, "modic", "none") for lv in LUMBAR_LEVELS)
        out.append(Sentence(ctx.pick(bank.modic.blanket_none), rows))
    order = list(range(len(out)))
    ctx.rng.shuffle(order)
    return [out[i] for i in order]


def _resolve(blocks: list[_Block], report_id: str) -> pd.DataFrame:
    """Rows of the report: FINDINGS first, IMPRESSION only for keys FINDINGS left unsaid."""
    found: dict[tuple[str, str], Row] = {}
    blanket_align = False
    for b in blocks:
        if b.section != "findings":
            continue
        for s in b.sentences:
            for r in s.rows:
                if r.level == "*":
                    blanket_align = True
                    continue
                key = (r.level, r.finding)
                if key in found and found[key] != r:
                    raise AssertionError(
                        f"report {report_id}: conflicting rows {found[key]} vs {r}"
                    )
                found[key] = r
    if blanket_align:
        for lv in LUMBAR_LEVELS:
            found.setdefault((lv, "spondylolisthesis"), Row(lv, "spondylolisthesis", "absent"))
    imp: dict[tuple[str, str], Row] = {}
    for b in blocks:
        if b.section != "impression":
            continue
        for s in b.sentences:
            for r in s.rows:
                key = (r.level, r.finding)
                if key in found:
                    if found[key].value != r.value:
                        raise AssertionError(
                            f"report {report_id}: impression {r} contradicts findings"
                        )
                    continue
                if key in imp and imp[key] != r:
                    raise AssertionError(
                        f"report {report_id}: conflicting impression rows {imp[key]} vs {r}"
                    )
                imp[key] = r
    rows = list(found.values()) + list(imp.values())
    rows.sort(key=lambda r: (DISCS.index(r.level), FINDINGS.index(r.finding)))
    df = pd.DataFrame(
        [(report_id, r.level, r.finding, r.value, r.uncertain) for r in rows], columns=list(COLUMNS)
    )
    df["uncertain"] = df["uncertain"].astype(bool)
    return validate_labels(df)


def _fix_articles(text: str) -> str:
    return re.sub(r"\b([Aa]) (?=[aeiouAEIOU]|\d*8 mm|11)", lambda m: m.group(1) + "n ", text)


def _render_blocks(ctx: _Ctx, blocks: list[_Block], comma_joins: bool) -> str:
    parts: list[str] = []
    for b in blocks:
        body = b.sep.join(s.text.rstrip(".") if b.sep == ". " else s.text for s in b.sentences)
        if b.sep == ". " and body and not body.endswith("."):
            body += "." if ctx.p(0.5) else ""
        if b.header is not None:
            sep = "" if b.header.endswith("\n") else " "
            body = f"{b.header}{sep}{body}".strip() if body else b.header
        parts.append(body)
    out = []
    for i, p in enumerate(parts):
        if i == 0:
            out.append(p)
            continue
        if comma_joins and blocks[i].is_level and blocks[i - 1].is_level and ctx.p(0.5):
            out[-1] = out[-1].rstrip(".")
            out.append(ctx.pick([", ", "; ", " /// "]) + p)
        else:
            out.append(ctx.pick(["\n", "\n\n"]) + p)
    return "".join(out)


def render_report(
    pathology: pd.DataFrame, rng: np.random.Generator, *, report_id: str
) -> tuple[str, pd.DataFrame]:
    """A free-text lumbar MRI report of ``pathology`` and exactly the label rows it states.

    ``pathology``: columns level, finding, value (all levels x findings, as ``sample_pathology``).
    Returns (text, labels) where labels has the REPORT_LABELS columns report_id, level, finding,
    value, uncertain (rules of REPORT_LABELS.md, FINDINGS before IMPRESSION). Deterministic for a
    given generator state.
    """
    missing = {(lv, f) for lv in DISCS for f in FINDINGS} - set(
        zip(pathology["level"], pathology["finding"], strict=True)
    )
    if missing:
        raise ValueError(
            f"pathology for report {report_id} lacks {len(missing)} (level, finding) "
            f"pairs, e.g. {sorted(missing)[0]}"
        )
    bad = [
        (lv, f, v)
        for lv, f, v in zip(
            pathology["level"], pathology["finding"], pathology["value"], strict=True
        )
        if f in PATHOLOGY_VALUES and v not in PATHOLOGY_VALUES[f]
    ]
    if bad:
        raise ValueError(
            f"pathology for report {report_id} has {len(bad)} invalid values, e.g. {bad[0]}; "
            f"allowed {dict(PATHOLOGY_VALUES)}"
        )
    bank = _bank()
    families = sorted(bank.level_spellings)
    weights = np.array([5.0 if f in ("hyphen", "hyphen_short") else 1.5 for f in families])
    family = families[int(rng.choice(len(families), p=weights / weights.sum()))]
    style = STYLES[int(rng.choice(len(STYLES), p=[0.35, 0.25, 0.25, 0.15]))]
    ctx = _Ctx(rng, bank, family, style)
    text, labels = _write(ctx, pathology, report_id)
    return text, labels


def _write(ctx: _Ctx, pathology: pd.DataFrame, report_id: str) -> tuple[str, pd.DataFrame]:
    bank = ctx.bank
    sec = bank.sections
    stated, undecided = _stated_values(pathology, ctx)
    structured = ctx.style in ("structured", "structured_at")
    ctx.comparison = structured and ctx.p(0.4)
    include_t12 = ctx.p(0.55)
    # blanket statements cover the lumbar levels (rule 5) but are only written where they hold
    # for every level the report describes, T12-L1 included, so the text never reads as
    # contradicting itself
    shown = DISCS if include_t12 else LUMBAR_LEVELS
    lumbar_cf_none = all(stated[lv][f] == ("none", False) for lv in shown for f in _BARE_SET[:3])
    blanket_cf = lumbar_cf_none and ctx.p(0.6)
    blanket_hern = (
        all(stated[lv]["disc_herniation"] == ("absent", False) for lv in shown)
        and not (undecided & set(shown))
        and ctx.p(0.3)
    )
    blanket_modic = all(stated[lv]["modic"][0] == "none" for lv in shown) and ctx.p(0.3)
    plans = _plan_levels(ctx, stated, undecided, blanket_cf, include_t12)

    blocks: list[_Block] = []
    if structured:
        if ctx.p(0.7):
            blocks.append(
                _Block("other", [Sentence(ctx.pick(sec.exams))], header=ctx.pick(sec.exam_headers))
            )
        if ctx.p(0.85):
            h = _fmt(
                ctx.pick(sec.histories),
                side=ctx.pick(["left", "right"]),
                root=ctx.pick(["L4", "L5", "S1"]),
                level=_lv(ctx, ctx.pick(LUMBAR_LEVELS[2:]), allow_ls=False),
            )
            blocks.append(_Block("other", [Sentence(h)], header=ctx.pick(sec.history_headers)))
        if ctx.p(0.7):
            t = ctx.pick(sec.techniques).format(
                level1=_lv(ctx, "L2-L3", listing=True), level2=_lv(ctx, "L5-S1", listing=True)
            )
            blocks.append(_Block("other", [Sentence(t)], header=ctx.pick(sec.technique_headers)))
        if ctx.comparison:
            date = f"{int(ctx.rng.integers(1, 13)):02d}/{int(ctx.rng.integers(1, 29)):02d}/20{int(ctx.rng.integers(15, 24))}"
            t = ctx.pick(sec.comparisons_prior).format(
                date=date, hern=_herniation_np(ctx), level=_lv(ctx, ctx.pick(LUMBAR_LEVELS))
            )
            blocks.append(_Block("other", [Sentence(t)], header=ctx.pick(sec.comparison_headers)))
        elif ctx.p(0.5):
            blocks.append(
                _Block(
                    "other",
                    [Sentence(ctx.pick(sec.comparisons_none))],
                    header=ctx.pick(sec.comparison_headers),
                )
            )
    elif ctx.style == "narrative" and ctx.p(0.5):
        h = ctx.pick(sec.narrative_histories).format(
            side=ctx.pick(["left", "right"]), root=ctx.pick(["L5", "S1"])
        )
        blocks.append(_Block("other", [Sentence(h)]))
    elif ctx.style == "compact" and ctx.p(0.6):
        blocks.append(_Block("other", [Sentence(ctx.pick(sec.compact_titles))]))

    general = _general_sentences(
        ctx,
        stated,
        plans,
        blanket_cf=blanket_cf,
        blanket_hern=blanket_hern,
        blanket_modic=blanket_modic,
    )
    if ctx.style == "compact":
        general = [s for s in general if s.rows] if ctx.p(0.6) else general
    level_blocks = _level_blocks(ctx, plans)
    findings_header = ctx.pick(sec.findings_headers) if structured or ctx.p(0.2) else None
    fblocks = [_Block("findings", general, header=findings_header)] if general else []
    fblocks += level_blocks
    if not general and findings_header and fblocks:
        fblocks[0].header = findings_header
    blocks += fblocks

    want_impression = structured or ctx.p(0.4)
    if want_impression:
        imp = _impression(ctx, stated, undecided, include_t12, lumbar_cf_none)
        numbered = ctx.p(0.5)
        if numbered:
            imp = [Sentence(f"{i + 1}. {s.text}", s.rows) for i, s in enumerate(imp)]
        header = ctx.pick(sec.impression_headers) + ("\n" if numbered else "")
        blocks.append(_Block("impression", imp, header=header, sep="\n" if numbered else " "))
    # lines joined by commas only where every line opens with its level (telegraphic style): in
    # the other styles a trailing sentence would seem to run into the next level's opener
    text = _render_blocks(ctx, blocks, comma_joins=ctx.style == "compact")
    text = _fix_articles(re.sub(r"[ \t]+", " ", text).replace(" \n", "\n").strip())
    labels = _resolve(blocks, report_id)
    return text, labels
