"""Typed, validated rule and vocabulary files of the report labeler (``rules/*.yaml``).

Each YAML file is loaded into a pydantic model whose fields say what a rule means; a bad file
raises :class:`RuleFileError` naming the file, the field path and what is wrong. A site adds
phrasings by editing (or copying and passing ``rules_dir=``) these files, never code.
Patterns are Python regular expressions, matched case-insensitively.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from spinelab.labeling.corrections import CorrectionRules
from spinelab.labeling.dictation import DictationRules
from spinelab.labeling.language import LanguageRules
from spinelab.labeling.ocr import OcrRules
from spinelab.labeling.posts import PostRules
from spinelab.labeling.preliminary import PreliminaryRules
from spinelab.labeling.regex_first import check_regex, check_words
from spinelab.labeling.symptom_sides import SymptomSideRules
from spinelab.schema import LEVELS

PACKAGED_RULES = Path(__file__).with_name("rules")
RULE_FILES = ("sections.yaml", "levels.yaml", "vocab.yaml", "context.yaml")


class RuleFileError(ValueError):
    """A rule file is missing, not YAML, or breaks its schema (message names file and field)."""


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PatternRule(_Rule):
    """A phrase given as a regex ``pattern`` (or a plain ``literal``); whole words by default.

    ``boundary: false`` lets the phrase touch letters (``bi lateralneural`` -> bilateral).
    """

    pattern: str | None = None
    literal: str | None = None
    boundary: bool = True

    @field_validator("pattern")
    @classmethod
    def _regex(cls, v: str | None) -> str | None:
        return None if v is None else check_regex(v)

    @model_validator(mode="after")
    def _one_of(self) -> PatternRule:
        if (self.pattern is None) == (self.literal is None):
            raise ValueError("give exactly one of 'pattern' or 'literal'")
        return self

    @property
    def regex(self) -> str:
        """The rule as a regex fragment (word-bounded unless ``boundary`` is false)."""
        body = self.pattern if self.pattern is not None else re.escape(self.literal or "")
        if not self.boundary:
            return f"(?:{body})"
        return f"(?<![a-z0-9])(?:{body})(?![a-z0-9])"


class GradeRule(PatternRule):
    """A grade word. Example: ``{pattern: "marked(?:ly)?", value: severe}`` ("markedly narrowed")."""

    value: Literal["mild", "moderate", "severe", "present"]


class SideRule(PatternRule):
    """A side word. ``sides: [left, right]`` for "bilateral"; a dominance phrase ("greater on the
    right") sets ``dominant_from_last_word`` (or ``_first_word``): both sides, one grade, but the
    named side is used when the side has to be borrowed from the lesion."""

    sides: list[Literal["left", "right"]] = Field(min_length=1)
    dominant_from_first: bool = False
    dominant_from_last_word: bool = False


class SiteRule(PatternRule):
    """An anatomical site. ``finding: foraminal`` for "neural foramina", ``ignore`` for look-alikes
    ("sacral canal") that must not be read as the spinal canal."""

    finding: Literal["canal", "foraminal", "subarticular", "ignore"]


class PredicateRule(PatternRule):
    """A stenosis predicate ("narrowing", "compressing"), grading the sites in ``applies_to``.

    ``standalone``: "no significant stenosis" with no site speaks of the canal and both foramina;
    ``negated``: only when negated after a named level ("L3-L4: small bulge without narrowing";
    "mild narrowing" alone names no site, nor does a site heading's "otherwise no narrowing").
    ``negated_only``: only "no ... disease" is a statement ("no spinal canal disease").
    ``site``: the predicate names its site itself ("NFN", neural foraminal narrowing).
    ``grade``: the grade the predicate states when no grade word does ("obliterated": severe)."""

    applies_to: list[Literal["canal", "foraminal", "subarticular"]] = Field(min_length=1)
    standalone: bool | Literal["negated"] = False
    negated_only: bool = False
    site: Literal["canal", "foraminal", "subarticular"] | None = None
    grade: Literal["mild", "moderate", "severe"] | None = None


class NormalRule(PatternRule):
    """A word stating a site is normal: "the canal is widely patent", "adequate spinal canal"."""


class RootRule(PatternRule):
    """A nerve-root phrase; alone it states no stenosis (REPORT_LABELS rule 5b)."""


class FindingRule(PatternRule):
    """A finding trigger. ``value: typed`` reads the Modic type from the match ("Modic 1/2" ->
    type1); ``negated_only``: only the negation counts ("no significant disc pathology")."""

    finding: Literal[
        "disc_bulge",
        "disc_herniation",
        "spondylolisthesis",
        "modic",
        "disc_generic",
        "disc_normal",
    ]
    value: Literal["present", "typed", "type1", "type2", "type3"] = "present"
    negated_only: bool = False


class CueRule(PatternRule):
    """A ConText cue. ``negation`` ("no", "without"), ``hedge`` ("possible", "cannot be excluded"),
    ``prior`` ("on the prior exam"), ``current`` ("still", "again"), ``pseudo`` ("no change").
    ``direction``: forward = to the end of the clause, backward = from the clause start.
    ``states_present``: a negation that speaks of this study ('is no longer seen', 'is not seen on
    this study'): a finding an earlier study showed is absent now, not a prior's."""

    category: Literal["negation", "hedge", "prior", "current", "pseudo"]
    direction: Literal["forward", "backward", "bidirectional"] = "forward"
    states_present: bool = False


class HeaderRule(PatternRule):
    """A section header. ``section: excluded`` for HISTORY / TECHNIQUE / COMPARISON (no rows)."""

    section: Literal["findings", "impression", "addendum", "excluded", "other"]
    #: an excluded section that runs on to the next header, across blank lines and level lines
    #: (a teaching case's 'Discussion:' of several paragraphs)
    runs_on: bool = False
    #: a header only alone on its line ('MRI' or 'MRI:' over a teaching case's findings), never
    #: before text ('MRI L-spine w/o: ...')
    alone: bool = False
    #: an excluded section where a note (an operation or procedure note, a discharge summary)
    #: quotes the imaging it acts on ('Indications: ... MRI 02/2024 showed a large L5/S1
    #: extrusion ...'): read from the quote on when the text is no radiology report
    #: (``SectionsFile.imaging_quote``)
    quotes_imaging: bool = False


class ScopeRule(_Rule):
    """A phrase standing for several levels: "at all levels" -> ``levels: lumbar``;
    "upper lumbar levels" -> ``[L1-L2, L2-L3]``; "multilevel" -> ``[]`` (no level named).
    ``specific: true`` makes it an ordinary level mention ("lumbosacral junction" -> L5-S1).
    ``except_named: true``: it stands for the levels the report does not name elsewhere
    ("the remaining levels are normal"); ``finding``: those where the report states nothing
    before of the finding it speaks of ("the remaining foramina are patent"); ``site``: the same,
    but on a line headed by a level, that level ("L4-5: ... The canal is otherwise patent");
    ``report``: those the report names nowhere, before or after ("the upper lumbar levels are
    unremarkable"). ``many: true``: it stands for many levels it does not name ("multilevel"), so
    a levelless negation after it, in a sentence naming a level, speaks of every level ("a
    herniation at L5-S1, multilevel desiccation and no significant stenosis")."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    pattern: str
    levels: Literal["lumbar", "all"] | list[str]
    specific: bool = False
    except_named: bool | Literal["finding", "site", "report"] = False
    many: bool = False

    @field_validator("pattern")
    @classmethod
    def _regex(cls, v: str) -> str:
        return check_regex(v)

    @field_validator("levels")
    @classmethod
    def _levels(cls, v: object) -> object:
        if isinstance(v, list):
            bad = [x for x in v if x not in LEVELS]
            if bad:
                raise ValueError(f"unknown levels {bad}; valid: {list(LEVELS)}")
        return v

    def level_list(self) -> tuple[str, ...]:
        """The levels this scope names, in cranio-caudal order."""
        if self.levels == "lumbar":
            return LEVELS[1:]
        if self.levels == "all":
            return LEVELS
        return tuple(x for x in LEVELS if x in self.levels)


class SelectorRule(_Rule):
    """A phrase picking levels out of a list named before it: "the latter" -> ``pick: last``;
    "the upper two" -> ``pick: first, count: 2``; "neither level" -> ``pick: all``. In its own
    sentence after the list ("Bulges at L3-4 and L4-5, the latter with ..."), or in a later
    sentence that names no level ("Disc desiccation at L4/5 and L5/S1. The former has ...")."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    pattern: str
    pick: Literal["first", "last", "all"]
    count: int = Field(1, ge=1, le=4)

    @field_validator("pattern")
    @classmethod
    def _regex(cls, v: str) -> str:
        return check_regex(v)

    def picked(self, levels: tuple[str, ...]) -> tuple[str, ...]:
        """The levels it picks out of ``levels`` (cranial to caudal); () when too few."""
        if self.pick == "all":
            return levels
        if len(levels) <= self.count:
            return ()
        return levels[: self.count] if self.pick == "first" else levels[-self.count :]


class ImagingQuoteRules(_Rule):
    """A note's quote of the imaging it acts on, inside a ``quotes_imaging`` header's section.

    ``opener``: where the quote starts ('MRI 02/02/2024 showed', 'MRI (Qscan, 8/8/23):',
    'Lumbar MRI demonstrates'); ``earlier``: words before the opener, in its sentence, that make
    it an earlier study's ('Previous MRI 2016 showed ...', 'an outside MRI reportedly showed'):
    not read; ``study_year``: a study named with its year (group ``year``): a quote whose opener
    has a year is an earlier study's where another study of the text has a later year."""

    opener: str
    earlier: str
    study_year: str

    @field_validator("opener", "earlier")
    @classmethod
    def _regex(cls, v: str) -> str:
        return check_regex(v)

    @field_validator("study_year")
    @classmethod
    def _year_regex(cls, v: str) -> str:
        return check_regex(v, "year")


class SectionsFile(_Rule):
    headers: list[HeaderRule] = Field(min_length=1)
    #: a note's quote of its imaging under a ``quotes_imaging`` header (None: never read)
    imaging_quote: ImagingQuoteRules | None = None
    #: spoken punctuation and levels of unedited dictation (None: read every text as written)
    dictation: DictationRules | None = None
    #: a radiologist's inline corrections ('at L4-5, correction, L5-S1'; None: none read)
    corrections: CorrectionRules | None = None
    #: sides told by the symptoms ('on the symptomatic side'; None: read as sideless)
    symptom_sides: SymptomSideRules | None = None
    #: a scoliosis's sides told as its concave / convex side ('on the concave side'; None: read
    #: as sideless)
    curve_sides: SymptomSideRules | None = None
    #: a preliminary read and the final read that reviews it (None: every read ranked alike)
    preliminary: PreliminaryRules | None = None
    #: function words by language: a report in another language is refused (None: every report
    #: read as English)
    languages: LanguageRules | None = None
    #: OCR damage of scanned paper reports (None: read every text as typed)
    ocr: OcrRules | None = None
    #: patients' posts: study headings of several studies, the poster's notes (None: none read)
    posts: PostRules | None = None


class VertebraSpelling(_Rule):
    thoracic: str
    lumbar: str
    sacral: str
    sacral_one: str


class LevelsFile(_Rule):
    vertebra: VertebraSpelling
    disc_separators: list[str] = Field(min_length=1)
    range_gap: str
    list_gap: str
    exclude_after: str
    exclude_before: str
    context_exclusions: str
    endplate: str
    #: optional: the facing endplates of two vertebrae ('endplates of L4 and L5' -> L4-L5)
    endplate_pair: str | None = None
    #: optional: level spellings outside the schema (L6): they end the carried level context
    outside_schema: str | None = None
    #: optional: discs named by a vertebra ('the L4 disc' -> L4-L5, 'the L1 to L4 discs', 'the
    #: disc space below L3'): group ``run`` (vertebrae ``VERTS``, each naming the disc below it)
    #: or ``dir`` (above | below) and ``one`` (a vertebra ``VERTS``)
    vertebra_disc: str | None = None
    scopes: list[ScopeRule]
    #: optional: phrases picking levels out of a list named before them ('the latter')
    selectors: list[SelectorRule] = []

    @field_validator(
        "range_gap", "list_gap", "exclude_after", "exclude_before", "context_exclusions"
    )
    @classmethod
    def _regex(cls, v: str) -> str:
        return check_regex(v)

    @field_validator("disc_separators")
    @classmethod
    def _regexes(cls, v: list[str]) -> list[str]:
        return [check_regex(x) for x in v]

    @field_validator("endplate_pair", "outside_schema", "vertebra_disc")
    @classmethod
    def _optional_regex(cls, v: str | None) -> str | None:
        return None if v is None else check_regex(v)


class VocabFile(_Rule):
    grades: list[GradeRule] = Field(min_length=1)
    grade_joiner: str
    #: words that tell a change when 'from' follows them: the grade after their 'from' stands
    #: alone, not joined to the next by ``grade_joiner`` ('improved from moderate to mild' is a
    #: change of grade, not the intermediate 'moderate to mild')
    change_words: list[str] = []
    sides: list[SideRule] = Field(min_length=1)
    sites: list[SiteRule] = Field(min_length=1)
    predicates: list[PredicateRule] = Field(min_length=1)
    normals: list[NormalRule] = Field(min_length=1)
    roots: list[RootRule]
    findings: list[FindingRule] = Field(min_length=1)
    alignment: str
    level_normal: str
    study_normal: str
    #: a lead before a colon naming the current study ('MRI lumbar spine, 21 June 2023, reviewed in
    #: clinic: '): a whole-study normal after it is the study's ("(?!)": no such leads)
    study_lead: str = "(?!)"
    #: a field label naming a structure outside the schema's findings ('Conus:', 'Marrow:'): a
    #: bare 'Normal.' after it on its line is of that structure ("(?!)": no such labels)
    structure_label: str = "(?!)"

    @field_validator(
        "grade_joiner", "alignment", "level_normal", "study_normal", "study_lead", "structure_label"
    )
    @classmethod
    def _regex(cls, v: str) -> str:
        return check_regex(v)

    @field_validator("change_words")
    @classmethod
    def _words(cls, v: list[str]) -> list[str]:
        return check_words(v)


class ContextFile(_Rule):
    cues: list[CueRule] = Field(min_length=1)
    clause_breaks: str
    scope_end_after_comma: str
    negation_end: str = "(?!)"

    @field_validator("clause_breaks", "scope_end_after_comma", "negation_end")
    @classmethod
    def _regex(cls, v: str) -> str:
        return check_regex(v)


_MODELS: dict[str, type[BaseModel]] = {
    "sections.yaml": SectionsFile,
    "levels.yaml": LevelsFile,
    "vocab.yaml": VocabFile,
    "context.yaml": ContextFile,
}


def _load_one(path: Path, model: type[BaseModel]) -> BaseModel:
    if not path.is_file():
        raise RuleFileError(f"{path}: rule file missing (expected {', '.join(RULE_FILES)})")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise RuleFileError(f"{path}: not valid YAML: {e}") from e
    if not isinstance(data, dict):
        raise RuleFileError(f"{path}: top level must be a mapping, got {type(data).__name__}")
    try:
        return model.model_validate(data)
    except ValidationError as e:
        lines = []
        for err in e.errors():
            loc = ".".join(str(x) for x in err["loc"]) or "<file>"
            lines.append(f"  {loc}: {err['msg']}")
        raise RuleFileError(f"{path}: {len(lines)} problem(s):\n" + "\n".join(lines)) from None


class RuleSet(BaseModel):
    """All four rule files of one rules directory, validated."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)
    directory: str
    sections: SectionsFile
    levels: LevelsFile
    vocab: VocabFile
    context: ContextFile

    @cached_property
    def fingerprint(self) -> str:
        """A short hash of the rules (to tell which rules produced a table)."""
        import hashlib

        h = hashlib.sha1()
        for part in (self.sections, self.levels, self.vocab, self.context):
            h.update(part.model_dump_json().encode())
        return h.hexdigest()[:12]


def load_rules(rules_dir: str | Path | None = None) -> RuleSet:
    """Load and validate ``sections/levels/vocab/context.yaml`` (packaged rules when None).

    Raises ``RuleFileError`` with the file, the field path and what is wrong.
    """
    d = PACKAGED_RULES if rules_dir is None else Path(rules_dir)
    if not d.is_dir():
        raise RuleFileError(f"{d}: rules directory not found")
    parts = {name.split(".")[0]: _load_one(d / name, m) for name, m in _MODELS.items()}
    return RuleSet(directory=str(d), **parts)  # type: ignore[arg-type]
