"""Errors a report can raise while being labeled; the batch records them and goes on."""

from __future__ import annotations


class ReportError(ValueError):
    """A report that cannot be labeled.

    ``reason`` is a short machine-readable code (``empty``, ``not_text``, ``not_lumbar``,
    ``not_english``, ``too_long``, ...); ``detail`` a sentence for the errors table. Neither
    contains report text.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
