"""spaCy pipeline components of the report labeler (registered factories, no model download).

``spacy.blank("en")`` + ``spine_sections`` -> ``spine_levels`` -> ``spine_findings``. Each component
reads ``doc.text`` with compiled regexes (no per-token Python loops) and stores its result in a Doc
extension: ``doc._.spine_sections`` / ``doc._.spine_sentences`` (sections.py),
``doc._.spine_levels`` (levels.py), ``doc._.spine_labels`` (merged per-level candidates,
document.py). Section and level spans are also put in ``doc.spans["spine_sections"]`` and
``doc.spans["spine_levels"]`` for inspection. Config: ``rules_dir`` (None = packaged rules).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from spinelab.labeling.document import DocumentLabeler
from spinelab.labeling.rules import load_rules

for _name in ("spine_text", "spine_sections", "spine_sentences", "spine_levels", "spine_labels"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

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
    """The blank English tokenizer, keeping the input string on ``doc._.spine_text`` (``doc.text``
    rebuilds the string from every token, which costs more than all our regexes)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        doc = self.inner(text)
        doc._.spine_text = text
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
        text = _text(doc)
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
        levels = self.engine.levels.find(_text(doc))
        doc._.spine_levels = levels
        if self.make_spans:
            spans = []
            for m in levels:
                label = "blanket" if m.blanket else ("excluded" if m.excluded else "disc")
                sp = doc.char_span(m.start, m.end, label=label, alignment_mode="expand")
                if sp is not None:
                    spans.append(sp)
            doc.spans["spine_levels"] = spans
        return doc


class FindingsComponent:
    """Tags the vocabulary, reads findings per sentence and merges them per (level, finding)."""

    def __init__(self, rules_dir: str | None) -> None:
        self.engine = get_engine(rules_dir)

    def __call__(self, doc: Doc) -> Doc:
        text = _text(doc)
        sents = doc._.spine_sentences
        if sents is None:
            sents = self.engine.splitter.sentences(text, self.engine.splitter.sections(text))
        levels = doc._.spine_levels
        if levels is None:
            levels = self.engine.levels.find(text)
        items = self.engine.tagger.tag(text)
        doc._.spine_labels = self.engine.merge(self.engine.candidates(text, sents, levels, items))
        return doc


@Language.factory("spine_sections", default_config={"rules_dir": None, "make_spans": True})
def make_sections(nlp: Language, name: str, rules_dir: str | None, make_spans: bool) -> Any:
    """Factory of :class:`SectionsComponent`."""
    return SectionsComponent(rules_dir, make_spans)


@Language.factory("spine_levels", default_config={"rules_dir": None, "make_spans": True})
def make_levels(nlp: Language, name: str, rules_dir: str | None, make_spans: bool) -> Any:
    """Factory of :class:`LevelsComponent`."""
    return LevelsComponent(rules_dir, make_spans)


@Language.factory("spine_findings", default_config={"rules_dir": None})
def make_findings(nlp: Language, name: str, rules_dir: str | None) -> Any:
    """Factory of :class:`FindingsComponent`."""
    return FindingsComponent(rules_dir)


def build_pipeline(rules_dir: str | Path | None = None, *, make_spans: bool = True) -> Language:
    """``spacy.blank("en")`` with the three spine components (rules validated on build)."""
    import spacy

    rd = None if rules_dir is None else str(rules_dir)
    get_engine(rd)  # validate the rules now, with a clear error
    nlp = spacy.blank("en")
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    nlp.add_pipe("spine_sections", config={"rules_dir": rd, "make_spans": make_spans})
    nlp.add_pipe("spine_levels", config={"rules_dir": rd, "make_spans": make_spans})
    nlp.add_pipe("spine_findings", config={"rules_dir": rd})
    return nlp
