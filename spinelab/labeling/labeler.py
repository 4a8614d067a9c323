"""Public API of the report labeler: free-text lumbar spine report -> per-level label rows.

>>> lab = Labeler()                                   # packaged rules
>>> rows = lab.label_report("r1", "FINDINGS: L4-5: mild canal stenosis.")
>>> [(r["level"], r["finding"], r["value"]) for r in rows]
[('L4-L5', 'canal_stenosis', 'mild')]

Rows follow REPORT_LABELS.md (report_id, level, finding, value, uncertain) plus evidence (the
sentence), start/end (its character offsets into the text) and section
('findings' | 'impression' | 'addendum' | 'correction' | 'other'; a correcting addendum's rows win
over the findings', which win over the impression's, though a bare 'present' of the findings takes
the grade the impression gives it). Reports that cannot be labelled raise
``ReportError(reason, detail)``; reasons: not_text, empty, not_lumbar, not_english, too_long. Details never
contain report text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, cast

from spinelab.labeling.dictation import DictationRules
from spinelab.labeling.errors import ReportError
from spinelab.labeling.language import LanguageRules
from spinelab.labeling.sentence import DEFAULT_CACHE_SIZE

#: Default size limit (characters of text).
MAX_CHARS = 1_000_000
_JUNK = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff\ufffd]")
#: lumbar wording or a lumbar level ('Not lumbar but ...: MRI CERVICAL SPINE', 'Not a lumbar one
#: sorry, it's my neck' are no lumbar report); a whole-spine study is one
_LUMBAR = re.compile(
    r"(?<!not\s)(?<!not\sa\s)(?<!non-)(?<!non\s)(?:lumba|lumbo)|\bl-?\s?spine|\bl\.?s\.?\s+spine|\blss\b|(?<![a-z0-9])(?:at)?L\.?\s?-?\s?[1-5](?![0-9])|\bS1\b"
    # 'MRI L/S came back NAD' (lumbosacral), German 'LWK 4/5'
    r"|\b(?:mri|mr|scan)\s+(?:of\s+(?:the\s+)?)?l/s\b|\bl/s\s+(?:spine|mri|mr|scan)\b|\blwk\b"
    # a study of the whole spine ('MRI TOTAL SPINE', 'whole spine screening', 'craniospinal')
    r"|\b(?:total|whole|entire|complete|full)\s+spine\b|\bcraniospinal\b",
    re.I,
)

#: a spine report with no region named ('mri results: mild multilevel degenerative disc disease.
#: no significant canal or foraminal stenosis'): read as lumbar when no other region is named
_SPINE_FINDING = re.compile(
    r"\b(?:dis[ck]s?|foramina|foraminal|stenosis|spinal\s+canal|herniat\w*|protrusion|bulg\w*)\b",
    re.I,
)
_OTHER_REGION = re.compile(
    r"\b(?:cervical|neck|thoracic|dorsal|c-?spine|t-?spine|brain|knee|hip|shoulder)\b"
    r"|(?<![a-z0-9])[CcTtDd]\s?-?\s?\d",
    re.I,
)


def check_text(
    text: object,
    max_chars: int = MAX_CHARS,
    spoken: DictationRules | None = None,
    languages: LanguageRules | None = None,
) -> str:
    """``text`` if it is a labelable lumbar report text, else ``ReportError`` (no text in it).
    ``spoken``: the rules' dictation block, so that levels said as words ('l four-five') count;
    ``languages``: the rules' languages block, so that a report in another language is refused
    (``not_english``), and a bilingual one is read in its English paragraphs alone."""
    if not isinstance(text, str):
        what = "None" if text is None else type(text).__name__
        raise ReportError("not_text", f"report is {what}, not a string")
    if len(text) > max_chars:
        raise ReportError("too_long", f"{len(text)} characters (limit {max_chars})")
    if not text.strip():
        raise ReportError("empty", "report text is empty or whitespace")
    bad = len(_JUNK.findall(text))
    if "\x00" in text or bad > 0.01 * len(text):
        raise ReportError("not_text", f"{bad} of {len(text)} characters are control/undecodable")
    if (
        not _LUMBAR.search(text)
        and not (spoken is not None and _LUMBAR.search(spoken.written_form(text)))
        and not (_SPINE_FINDING.search(text) and not _OTHER_REGION.search(text))
    ):
        raise ReportError("not_lumbar", "no lumbar spine level or lumbar spine wording found")
    if languages is not None and (other := languages.other_language(text)) is not None:
        if (english := languages.english_part(text)) is not None:
            return english  # a bilingual report: its English part
        name, n_other, n_en = other
        raise ReportError(
            "not_english", f"reads as {name} ({n_other} {name} function words, {n_en} English)"
        )
    return text


class Labeler:
    """spaCy-pipeline report labeler. Picklable: it pickles as its settings and rebuilds (with an
    empty sentence cache).

    ``rules_dir``: a directory with sections/levels/vocab/context.yaml (None = packaged rules);
    a bad rule file raises ``RuleFileError`` naming the file, field and problem.
    ``sentence_cache``: how many distinct sentences the labeler remembers the reading of (a
    bounded LRU keyed by the sentence string; reading is a pure function of the sentence, so the
    rows are the same with any size); 0 turns it off. ``sentence_cache_stats()`` reports its use.
    """

    def __init__(
        self,
        rules_dir: str | Path | None = None,
        *,
        max_chars: int = MAX_CHARS,
        batch_size: int = 64,
        sentence_cache: int = DEFAULT_CACHE_SIZE,
    ) -> None:
        self.rules_dir = None if rules_dir is None else str(rules_dir)
        self.max_chars = max_chars
        self.batch_size = batch_size
        self.sentence_cache = sentence_cache
        self._build()

    def _build(self) -> None:
        from spinelab.labeling.components import build_pipeline, get_engine

        self.nlp = build_pipeline(
            self.rules_dir, make_spans=False, sentence_cache=self.sentence_cache
        )
        sections = get_engine(self.rules_dir).rules.sections
        self._spoken, self._languages = sections.dictation, sections.languages

    def __getstate__(self) -> dict[str, Any]:
        return {
            "rules_dir": self.rules_dir,
            "max_chars": self.max_chars,
            "batch_size": self.batch_size,
            "sentence_cache": self.sentence_cache,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.rules_dir = state["rules_dir"]
        self.max_chars = state["max_chars"]
        self.batch_size = state["batch_size"]
        self.sentence_cache = state.get("sentence_cache", DEFAULT_CACHE_SIZE)
        self._build()

    def sentence_cache_stats(self) -> dict[str, float]:
        """``{"size", "entries", "hits", "misses", "hit_rate"}`` of the sentence cache."""
        c = cast(Any, self.nlp.get_pipe("spine_findings")).cache
        return {
            "size": c.size,
            "entries": len(c),
            "hits": c.hits,
            "misses": c.misses,
            "hit_rate": c.hit_rate,
        }

    @staticmethod
    def _rows(report_id: str, doc: Any, text: str) -> list[dict[str, Any]]:
        """The label rows of a labelled ``doc`` of ``text`` (evidence is cut from ``text``)."""
        return [
            {
                "report_id": report_id,
                "level": c.level,
                "finding": c.finding,
                "value": c.value,
                "uncertain": bool(c.uncertain),
                "evidence": text[c.start : c.end],
                "start": c.start,
                "end": c.end,
                "section": c.section,
            }
            for c in doc._.spine_labels
        ]

    def label_report(self, report_id: str, text: object) -> list[dict[str, Any]]:
        """Label rows of one report; ``ReportError`` when it cannot be labelled."""
        t = check_text(text, self.max_chars, self._spoken, self._languages)
        return self._rows(str(report_id), self.nlp(t), t)

    def label_many(
        self, items: Iterable[tuple[str, object]]
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """(rows, errors) of many ``(report_id, text)``; errors: report_id, reason, detail.

        Uses ``nlp.pipe``; a bad report becomes an error row and the batch goes on."""
        rows: list[dict[str, Any]] = []
        errors: list[dict[str, Any]] = []
        ok: list[tuple[str, str]] = []
        for rid, text in items:
            try:
                ok.append((str(rid), check_text(text, self.max_chars, self._spoken, self._languages)))
            except ReportError as e:
                errors.append({"report_id": str(rid), "reason": e.reason, "detail": e.detail})
        for i in range(0, len(ok), self.batch_size):
            chunk = ok[i : i + self.batch_size]
            docs: list[Any]
            try:
                docs = list(self.nlp.pipe((t for _, t in chunk), batch_size=self.batch_size))
            except Exception:  # a labeler bug in one report: redo the chunk one by one
                docs = []
                for rid, t in chunk:
                    try:
                        docs.append(self.nlp(t))
                    except Exception as e:
                        docs.append(None)
                        errors.append(
                            {
                                "report_id": rid,
                                "reason": "labeler_failed",
                                "detail": type(e).__name__,
                            }
                        )
            for (rid, t), doc in zip(chunk, docs, strict=True):
                if doc is not None:
                    rows.extend(self._rows(rid, doc, t))
        return rows, errors
