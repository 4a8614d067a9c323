"""spaCy pipeline components of the report labeler (registered factories, no model download).

``spacy.blank("en")`` + ``spine_sections`` -> ``spine_levels`` -> ``spine_findings``. Each component
reads the input text (kept on ``doc._.spine_text``) with compiled regexes (no per-token Python
loops) and stores its result in a Doc extension: ``doc._.spine_sections`` /
``doc._.spine_sentences`` (sections.py), ``doc._.spine_levels`` (levels.py: every level mention of
the text), ``doc._.spine_labels`` (merged per-level candidates, document.py). Section and level
spans are also put in ``doc.spans["spine_sections"]`` and ``doc.spans["spine_levels"]`` for
inspection. Config: ``rules_dir`` (None = packaged rules); ``spine_findings`` also takes
``sentence_cache`` (entries of its per-sentence LRU, sentence.py; 0 = off).

``spine_findings`` reads each sentence on its own (tagging, level mentions, statements: a pure
function of the sentence string, cached), so it does not need the whole-text level pass: with
``make_spans=False`` ``spine_levels`` leaves that pass to the first reader of
``doc._.spine_levels`` (the value is the same list either way).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from spinelab.labeling.document import DocumentLabeler
from spinelab.labeling.levels import LevelMention, LevelParser
from spinelab.labeling.rules import load_rules
from spinelab.labeling.sections import reading_text
from spinelab.labeling.sentence import DEFAULT_CACHE_SIZE, SentenceCache

for _name in ("spine_text", "spine_sections", "spine_sentences", "spine_labels", "spine_levels_"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def _get_levels(doc: Doc) -> list[LevelMention] | None:
    """``doc._.spine_levels``: the level mentions of the text, found on first read once the
    ``spine_levels`` component has run (None before)."""
    v = doc._.spine_levels_
    if isinstance(v, LevelParser):
        v = doc._.spine_levels_ = v.find(_text(doc))
    return v


def _set_levels(doc: Doc, value: list[LevelMention] | None) -> None:
    doc._.spine_levels_ = value


if not Doc.has_extension("spine_levels"):
    Doc.set_extension("spine_levels", getter=_get_levels, setter=_set_levels)

_ENGINES: dict[str, DocumentLabeler] = {}


def get_engine(rules_dir: str | Path | None) -> DocumentLabeler:
    """The compiled rules of ``rules_dir`` (built once per process and directory)."""
    key = "" if rules_dir is None else str(Path(rules_dir).resolve())
    if key not in _ENGINES:
        _ENGINES[key] = DocumentLabeler(load_rules(rules_dir))
    return _ENGINES[key]


def _text(doc: Doc) -> str:
    t = doc._.spine_text
    if t is None:
        t = doc._.spine_text = doc.text
    return t


class TextKeepingTokenizer:
    """The blank English tokenizer, keeping the string the components read on
    ``doc._.spine_text`` (``doc.text`` rebuilds the string from every token, which costs more than
    all our regexes): the input as :func:`~spinelab.labeling.sections.reading_text` reads it (the
    same length, so offsets are the input's)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        doc = self.inner(text)
        doc._.spine_text = reading_text(text)
        return doc

    def pipe(self, texts: Any, batch_size: int = 1000) -> Any:
        for t in texts:
            yield self(t)


class SectionsComponent:
    """Splits FINDINGS / IMPRESSION / excluded sections and sentences."""

    def __init__(self, rules_dir: str | None, make_spans: bool) -> None:
        self.engine = get_engine(rules_dir)
        self.make_spans = make_spans

    def __call__(self, doc: Doc) -> Doc:
        # the tokenizer gave reading_text(); OCR damage and unedited dictation are undone here
        # (DocumentLabeler.written_form, same length)
        text = doc._.spine_text = self.engine.written_form(_text(doc))
        secs = self.engine.splitter.sections(text)
        doc._.spine_sections = secs
        doc._.spine_sentences = self.engine.splitter.sentences(text, secs)
        if self.make_spans:
            spans = [
                doc.char_span(s.start, s.end, label=s.kind, alignment_mode="expand") for s in secs
            ]
            doc.spans["spine_sections"] = [s for s in spans if s is not None]
        return doc


class LevelsComponent:
    """Finds disc-level mentions (spellings, ranges, lists, blanket scopes)."""

    def __init__(self, rules_dir: str | None, make_spans: bool) -> None:
        self.engine = get_engine(rules_dir)
        self.make_spans = make_spans

    def __call__(self, doc: Doc) -> Doc:
        if not self.make_spans:
            doc._.spine_levels_ = self.engine.levels  # found on first read of doc._.spine_levels
            return doc
        levels = self.engine.levels.find(_text(doc))
        doc._.spine_levels = levels
        spans = []
        for m in levels:
            label = "blanket" if m.blanket else ("excluded" if m.excluded else "disc")
            sp = doc.char_span(m.start, m.end, label=label, alignment_mode="expand")
            if sp is not None:
                spans.append(sp)
        doc.spans["spine_levels"] = spans
        return doc


class FindingsComponent:
    """Reads each sentence (through its own sentence cache), carries the level context and merges
    the candidates per (level, finding)."""

    def __init__(self, rules_dir: str | None, sentence_cache: int) -> None:
        self.engine = get_engine(rules_dir)
        self.cache = SentenceCache(self.engine.reader, sentence_cache)

    def __call__(self, doc: Doc) -> Doc:
        text = _text(doc)
        sents = doc._.spine_sentences
        if sents is None:
            sents = self.engine.splitter.sentences(text, self.engine.splitter.sections(text))
        eng = self.engine
        doc._.spine_labels = eng.merge(eng.candidates(text, sents, self.cache.read))
        return doc


@Language.factory("spine_sections", default_config={"rules_dir": None, "make_spans": True})
def make_sections(nlp: Language, name: str, rules_dir: str | None, make_spans: bool) -> Any:
    """Factory of :class:`SectionsComponent`."""
    return SectionsComponent(rules_dir, make_spans)


@Language.factory("spine_levels", default_config={"rules_dir": None, "make_spans": True})
def make_levels(nlp: Language, name: str, rules_dir: str | None, make_spans: bool) -> Any:
    """Factory of :class:`LevelsComponent`."""
    return LevelsComponent(rules_dir, make_spans)


@Language.factory(
    "spine_findings", default_config={"rules_dir": None, "sentence_cache": DEFAULT_CACHE_SIZE}
)
def make_findings(nlp: Language, name: str, rules_dir: str | None, sentence_cache: int) -> Any:
    """Factory of :class:`FindingsComponent`."""
    return FindingsComponent(rules_dir, sentence_cache)


def build_pipeline(
    rules_dir: str | Path | None = None,
    *,
    make_spans: bool = True,
    sentence_cache: int = DEFAULT_CACHE_SIZE,
) -> Language:
    """``spacy.blank("en")`` with the three spine components (rules validated on build).

    ``sentence_cache``: entries of the findings component's sentence LRU (0 = no cache)."""
    import spacy

    rd = None if rules_dir is None else str(rules_dir)
    get_engine(rd)  # validate the rules now, with a clear error
    nlp = spacy.blank("en")
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    nlp.add_pipe("spine_sections", config={"rules_dir": rd, "make_spans": make_spans})
    nlp.add_pipe("spine_levels", config={"rules_dir": rd, "make_spans": make_spans})
    nlp.add_pipe("spine_findings", config={"rules_dir": rd, "sentence_cache": sentence_cache})
    return nlp
