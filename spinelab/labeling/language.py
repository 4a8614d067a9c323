"""Which language a report is written in, by its function words: the labeler reads English.

A report written in another language ("IRM lombaire : hernie discale L5S1 postéro-latérale gauche
...") names levels the labeler finds, but its findings are words the rules do not hold: rather
than give a few stray rows, it goes to the errors table with the reason ``not_english``.
:meth:`LanguageRules.other_language` counts the function words of English and of each other
language of the ``languages`` block of ``sections.yaml`` (words a report in that language cannot
do without: 'the', 'and', 'with'; 'le', 'et', 'avec', 'sans'); a text whose count for another
language reaches ``min_words`` and exceeds ``ratio`` times the English count is of that language.
English reports with a foreign heading or term ('Hallazgos:', 'hernie discale') stay English.
A bilingual report (the French original, then an English summary naming the levels) is read in
its English paragraphs alone (:meth:`LanguageRules.english_part`).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

_WORD = re.compile(r"[^\W\d_]+")
_NOT_A_LETTER = re.compile(r"[\W\d_]+")
#: a lower-case Latin letter with an accent (French, Spanish, Portuguese, German, Italian text)
_ACCENTED = re.compile("[\u00e0-\u00f6\u00f8-\u00ff]")
#: a paragraph: text between blank lines
_PARAGRAPH = re.compile(r"\S(?:[^\n]|\n(?![ \t]*\n))*")
#: a lumbar disc level ('l4-l5', 't12/l1', 'l5s1'; lower case)
_DISC_LEVEL = re.compile(r"\b[lt]1?\d[ \t]*[-/]?[ \t]*[ls]?\d\b")


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
    def _markers(self) -> tuple[str, ...]:
        """The first three words of each other language, spaced: a quick bound."""
        return tuple(f" {w} " for words in self.others.values() for w in words[:3])

    @cached_property
    def _languages(self) -> dict[str, tuple[str, ...]]:
        """Each function word's languages."""
        langs: dict[str, tuple[str, ...]] = {w: ("english",) for w in self.english}
        for name, words in self.others.items():
            for w in words:
                langs[w] = (*langs.get(w, ()), name)
        return langs

    def _counts(self, low: str) -> tuple[int, int, str]:
        """(English function words, the most frequent other language's, that language) of the
        lower-case ``low``."""
        langs = self._languages
        counts: Counter[str] = Counter()
        for w in _NOT_A_LETTER.sub(" ", low).split():
            if (of := langs.get(w)) is not None:
                counts.update(of)
        n_en = counts.pop("english", 0)
        best, n_best = "", 0
        for name, n in counts.items():
            if n > n_best:
                best, n_best = name, n
        return n_en, n_best, best

    def english_part(self, text: str) -> str | None:
        """``text`` with its paragraphs in another language blanked (spaces, line breaks kept:
        the same offsets), where another paragraph reads as English and names a disc level (a
        bilingual report: the French original, then 'ENGLISH SUMMARY: ... at L4-L5 ...');
        None where no paragraph does."""
        blocks = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
        english = False
        out = list(text)
        for a, b in blocks:
            low = text[a:b].lower()
            n_en, n_other, _ = self._counts(low)
            if n_other >= 2 and n_other > n_en:
                out[a:b] = [c if c == "\n" else " " for c in text[a:b]]
            elif n_en >= 3 and n_en > n_other and _DISC_LEVEL.search(low) is not None:
                english = True
        return "".join(out) if english else None

    def other_language(self, text: str) -> tuple[str, int, int] | None:
        """(language, its function words, English function words) when ``text`` reads as
        another language than English, else None."""
        low = text.lower()
        if _ACCENTED.search(low) is None and sum(low.count(w) for w in self._markers) < 2:
            return None  # cheap: no accented letter and hardly a foreign word (most reports)
        n_en, n_best, best = self._counts(low)
        if n_best >= self.min_words and n_best > self.ratio * n_en:
            return best, n_best, n_en
        return None
