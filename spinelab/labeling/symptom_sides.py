"""Sides told through the patient's symptoms, written out as the side they name.

Reports that answer a clinical question name sides by the symptoms: "CLINICAL: Right L5
radiculopathy ... a protrusion on the symptomatic side, narrowing the ipsilateral lateral recess;
the contralateral recess is patent", "foraminal narrowing on the side of her sciatica".
:meth:`SymptomSideRules.written_out` finds the side of the symptoms (every symptom the text names
with a side names the same one: "Right L5 radiculopathy", "right leg pain", "sciatica on the
left") and writes each reference in its place: the symptom's side ("on the symptomatic side" ->
"on the right"), or the other one ("contralateral", "the opposite foramen"), padded with spaces,
**keeping the text's length**, so every offset stays the report's. A text with symptoms of both
sides, or none with a side, is left as it is (the references stay sideless: both sides).
Rules: the ``symptom_sides`` block of ``sections.yaml``.
"""

from __future__ import annotations

import re
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field, field_validator

from spinelab.labeling.regex_first import Hint, check_regex

_OTHER = {"left": "right", "right": "left"}


class SideReference(BaseModel):
    """A phrase standing for a side by the symptoms: ``side: same`` (the symptom's side) or
    ``other`` (the opposite one)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    pattern: str
    side: str = Field(pattern="^(same|other)$")

    @field_validator("pattern")
    @classmethod
    def _regex(cls, v: str) -> str:
        return check_regex(v)


class SymptomSideRules(BaseModel):
    """``symptom``: a symptom named with its side (groups ``side`` or ``side2``: left / right /
    l / r / lt / rt); ``hint``: a cheap test that a text may hold a reference at all;
    ``references``: the phrases to write out."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    symptom: str
    hint: str
    references: list[SideReference] = Field(min_length=1)

    @field_validator("symptom")
    @classmethod
    def _symptom(cls, v: str) -> str:
        return check_regex(v, "side")

    @field_validator("hint")
    @classmethod
    def _hint(cls, v: str) -> str:
        return check_regex(v)

    @cached_property
    def _symptom_re(self) -> re.Pattern[str]:
        return re.compile(self.symptom, re.I)

    @cached_property
    def _hint_re(self) -> Hint:
        return Hint(re.compile(self.hint, re.I))

    @cached_property
    def _references(self) -> list[tuple[re.Pattern[str], str]]:
        return [(re.compile(r.pattern, re.I), r.side) for r in self.references]

    def symptom_side(self, text: str) -> str | None:
        """'left' or 'right' when every sided symptom of ``text`` names that side, else None."""
        sides = set()
        for m in self._symptom_re.finditer(text):
            word = (m.group("side") or m.groupdict().get("side2") or "").lower()
            if word:
                sides.add("left" if word.startswith("l") else "right")
        return sides.pop() if len(sides) == 1 else None

    def written_out(self, text: str) -> str:
        """``text`` with each side reference written as its side (padded with spaces to the
        reference's length); unchanged without a reference or a single symptom side."""
        if not self._hint_re(text):
            return text
        side = self.symptom_side(text)
        if side is None:
            return text
        spans: list[tuple[int, int, str]] = []
        for rx, which in self._references:
            word = side if which == "same" else _OTHER[side]
            for m in rx.finditer(text):
                if not any(a < m.end() and m.start() < b for a, b, _ in spans):
                    spans.append((m.start(), m.end(), word))
        if not spans:
            return text
        chars = list(text)
        for a, b, word in spans:
            if b - a < len(word):
                continue  # (a reference shorter than its side's word stays as written)
            chars[a:b] = list(word.ljust(b - a))
        return "".join(chars)
