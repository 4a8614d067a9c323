"""Which language a report is written in, by its function words: the labeler reads English.

A report written in another language ("IRM lombaire : hernie discale L5S1 postéro-latérale gauche
...") names levels the labeler finds, but its findings are words the rules do not hold: rather
than give a few stray rows, it goes to the errors table with the reason ``not_english``.
:meth:`LanguageRules.other_language` counts the function words of English and of each other
language of the ``languages`` block of ``sections.yaml`` (words a report in that language cannot
do without: 'the', 'and', 'with'; 'le', 'et', 'avec', 'sans'); a text whose count for another
language reaches ``min_words`` and exceeds ``ratio`` times the English count is of that language.
English reports with a foreign heading or term ('Hallazgos:', 'hernie discale') stay English.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

_WORD = re.compile(r"[^\W\d_]+")


class LanguageRules(BaseModel):
    """Function words by language (``sections.yaml`` ``languages``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    #: function words of English
    english: list[str] = Field(min_length=1)
    #: function words of each other language: name -> words (none shared with ``english``)
    others: dict[str, list[str]] = Field(min_length=1)
    #: a text is of another language with at least this many of its words ...
    min_words: int = Field(default=5, ge=1)
    #: ... and more than this many times as many as English words
    ratio: float = Field(default=2.0, gt=0)

    @field_validator("english")
    @classmethod
    def _lower(cls, v: list[str]) -> list[str]:
        bad = [w for w in v if w != w.lower() or not _WORD.fullmatch(w)]
        if bad:
            raise ValueError(f"words must be single lower-case words, got {bad}")
        return v

    @field_validator("others")
    @classmethod
    def _others(cls, v: dict[str, list[str]], info: ValidationInfo) -> dict[str, list[str]]:
        english = set(info.data.get("english", ()))
        for name, words in v.items():
            bad = [w for w in words if w != w.lower() or not _WORD.fullmatch(w) or w in english]
            if bad:
                raise ValueError(
                    f"{name}: words must be single lower-case words not in english, got {bad}"
                )
        return v

    @cached_property
    def _sets(self) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
        return frozenset(self.english), {k: frozenset(w) for k, w in self.others.items()}

    def other_language(self, text: str) -> tuple[str, int, int] | None:
        """(language, its function words, English function words) when ``text`` reads as
        another language than English, else None."""
        english, others = self._sets
        counts = Counter(_WORD.findall(text.lower()))
        n_en = sum(counts[w] for w in english)
        best, n_best = "", 0
        for name, vocab in others.items():
            n = sum(counts[w] for w in vocab)
            if n > n_best:
                best, n_best = name, n
        if n_best >= self.min_words and n_best > self.ratio * n_en:
            return best, n_best, n_en
        return None
