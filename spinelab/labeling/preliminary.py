"""A preliminary read and the final read that reviews it, in one report.

Teaching hospitals and teleradiology services file the resident's, registrar's or overnight
reader's preliminary report together with the attending's or consultant's final read:
"PRELIMINARY REPORT (resident): ... ATTENDING ADDENDUM: I agree, with the following changes:
the L4-5 canal stenosis is moderate rather than mild". The final read is the report's last word:
:meth:`PreliminaryRules.spans` finds each preliminary part (from a line opening with a
preliminary read's heading to the next line opening with a final read's heading; none without
a final read after it), and the document loop ranks that part's rows below every row of the
final read, so the preliminary's statements stand only where the final read says nothing of the
level and finding. A report that says its preliminary was superseded ("replaces the preliminary
report in its entirety") keeps no row of it. A second opinion, a peer review or a discrepancy
meeting's entry is read the same way: the original or outside read it quotes ("Original report:
'...'", "OUTSIDE REPORT (summarized):") stands below the reviewer's ("Findings on review:",
"My interpretation:", "Revised conclusion:"), so what the reviewer agrees with or passes over
stands and what the reviewer revises is revised. The patterns are the ``preliminary`` block of
``sections.yaml``.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, field_validator

from spinelab.labeling.regex_first import check_regex
from spinelab.labeling.regex_literals import Hint

#: a heading opening a line ('FINDINGS:', 'DISCREPANCY: MAJOR.') or a blank line
_NEXT_HEADING = re.compile(r"^[ \t]*(?:[A-Z][A-Z /&()-]{2,40}:|$)", re.M)


class PreliminarySpan(NamedTuple):
    """A preliminary read's part ``[start, end)`` of a report text (character offsets);
    ``superseded``: the report says the final read replaces it whole (its rows are dropped)."""

    start: int
    end: int
    superseded: bool


class PreliminaryRules(BaseModel):
    """How a preliminary and a final read are told apart (``sections.yaml`` ``preliminary``);
    every field a case-insensitive regex."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    #: a word every preliminary heading holds, searched before the headings themselves (a quick
    #: bound: most reports hold no preliminary read)
    hint: str
    #: a preliminary read's heading, matched at a line's start ('PRELIMINARY REPORT (resident):')
    start: str
    #: a final read's heading, matched at a line's start ('ATTENDING ADDENDUM:', 'FINAL REPORT')
    final: str
    #: wording anywhere in the text saying the final read replaces the preliminary whole
    superseded: str

    @field_validator("hint", "start", "final", "superseded")
    @classmethod
    def _regex(cls, v: str) -> str:
        return check_regex(v)

    @cached_property
    def _hint(self) -> Hint:
        return Hint(re.compile(self.hint, re.I))

    @cached_property
    def _start(self) -> re.Pattern[str]:
        return re.compile(rf"^[ \t*#>=\u2022-]*(?:{self.start})", re.I | re.M)

    @cached_property
    def _final(self) -> re.Pattern[str]:
        return re.compile(rf"^[ \t*#>=\u2022-]*(?:{self.final})", re.I | re.M)

    @cached_property
    def _superseded(self) -> re.Pattern[str]:
        return re.compile(self.superseded, re.I)

    def spans(self, text: str) -> list[PreliminarySpan]:
        """The preliminary parts of ``text`` that a final read follows, in text order."""
        if not self._hint(text):
            return []
        out: list[PreliminarySpan] = []
        pos = 0
        while (m := self._start.search(text, pos)) is not None:
            f = self._final.search(text, m.end())
            if f is None:
                # a final read headed above the preliminary it quotes ('FINAL REPORT' ...
                # 'PRELIMINARY REPORT (night reads): ...' then 'FINDINGS:'): the preliminary runs
                # to the next heading
                if out or self._final.search(text, 0, m.start()) is None:
                    break
                eol = text.find("\n", m.end())
                h = (
                    None  # ('PRELIMINARY REPORT (Resident) - SUPERSEDED BY FINAL\nFINDINGS: ...'):
                    # its own headings and all, to the text's end
                    if self._superseded.search(text, m.start(), eol if eol >= 0 else len(text))
                    else _NEXT_HEADING.search(text, m.end())
                )
                out.append(PreliminarySpan(m.start(), h.start() if h else len(text), False))
                break
            out.append(PreliminarySpan(m.start(), f.start(), False))
            pos = f.end()
        if out and self._superseded.search(text) is not None:
            out = [x._replace(superseded=True) for x in out]
        return out
