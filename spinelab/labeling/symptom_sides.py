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

The same rules tell the sides of a scoliosis (the ``curve_sides`` block): the curve's convex side
is the "symptom" ("levoconvex", "dextroscoliosis", "convex to the left", "sinistroconvex"), and
"on the concave side", "severe concave-side foraminal stenosis", "the concavity of the curve" are
written as the other side, "the convex side" as that side; a text naming curves of both sides (a
main and a compensatory curve) is left as it is.
"""

from __future__ import annotations

import re
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field, field_validator

from spinelab.labeling.regex_first import check_regex
from spinelab.labeling.regex_literals import Hint

_OTHER = {"left": "right", "right": "left"}
_SIDE_WORD = re.compile(r"(?<![a-z])(left|right)(?![a-z])", re.I)


def _sentence_side(text: str, at: int) -> str | None:
    """The side every side word of the sentence before ``at`` names, else None."""
    start = max(text.rfind(".", 0, at), text.rfind(";", 0, at), text.rfind("\n", 0, at)) + 1
    sides = {m[1].lower() for m in _SIDE_WORD.finditer(text, start, at)}
    return sides.pop() if len(sides) == 1 else None


class SideReference(BaseModel):
    """A phrase standing for a side by the symptoms: ``side: same`` (the symptom's side) or
    ``other`` (the opposite one)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    pattern: str
    side: str = Field(pattern="^(same|other)$")
    #: the side is first that of a side word before it in its sentence, where all name one ('a
    #: foraminal component on the right that narrows the homolateral foramen'), else the symptoms'
    antecedent: bool = False

    @field_validator("pattern")
    @classmethod
    def _regex(cls, v: str) -> str:
        return check_regex(v)


class SymptomSideRules(BaseModel):
    """``symptom``: a symptom named with its side (groups ``side``, ``side2``, ``side3``: left /
    right / l / r / lt / rt; 'levo' / 'sinistro' / 'dextro' of a curve's convex side); ``hint``:
    a cheap test that a text may hold a reference at all; ``references``: the phrases to write
    out."""

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
    def _references(self) -> list[tuple[re.Pattern[str], str, bool]]:
        return [(re.compile(r.pattern, re.I), r.side, r.antecedent) for r in self.references]

    def symptom_side(self, text: str) -> str | None:
        """'left' or 'right' when every sided symptom of ``text`` names that side, else None."""
        sides = set()
        for m in self._symptom_re.finditer(text):
            word = next((w for k, w in m.groupdict().items() if w and k.startswith("side")), "")
            word = word.lower()
            if word:
                # ('levo-', 'sinistro-': left; 'dextro-': right, a curve's convex side)
                sides.add("left" if word[:1] in "ls" else "right")
        return sides.pop() if len(sides) == 1 else None

    def written_out(self, text: str) -> str:
        """``text`` with each side reference written as its side (padded with spaces to the
        reference's length); unchanged without a reference or a side to give it (a single
        symptom side, or a side named before it in its sentence)."""
        if not self._hint_re(text):
            return text
        side = self.symptom_side(text)
        spans: list[tuple[int, int, str]] = []
        for rx, which, antecedent in self._references:
            for m in rx.finditer(text):
                base = (_sentence_side(text, m.start()) if antecedent else None) or side
                if base is not None and not any(a < m.end() and m.start() < b for a, b, _ in spans):
                    spans.append((m.start(), m.end(), base if which == "same" else _OTHER[base]))
        if not spans:
            return text
        chars = list(text)
        for a, b, word in spans:
            if b - a < len(word):
                continue  # (a reference shorter than its side's word stays as written)
            chars[a:b] = list(word.ljust(b - a))
        return "".join(chars)
