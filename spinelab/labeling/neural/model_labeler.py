"""``ModelLabeler``: the trained report model as a labeler (same rows as the rule ``Labeler``).

Alone, every (level, finding) slot whose most probable class is not ``not_mentioned`` gives a
row; ``uncertain`` is its own output (probability >= 0.5). Evidence is the sentence around the
token the slot's pooling attention weights most; ``start``/``end`` are that sentence's offsets.

``combine=True`` merges the model with the rules. The rule (documented in README, measured by
``benchmarks/labeler_model.py``):

* every row of the rules is kept as the rules give it (on a key both state, the rules win);
* the model ADDS a row for a (level, finding) the rules are silent on when its probability of
  that value is at least ``combine_threshold`` (default 0.95: on the real reports,
  cross-validated, lower thresholds let the model add more wrong rows than right ones).

So the combination can only add recall where the rules miss a phrasing; the threshold keeps the
model from adding its less certain guesses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spinelab.labeling.labeler import MAX_CHARS, check_text
from spinelab.schema import FINDINGS, LEVELS

DEFAULT_COMBINE_THRESHOLD = 0.95
_LEVEL_INDEX = {lv: i for i, lv in enumerate(LEVELS)}
_FINDING_INDEX = {f: i for i, f in enumerate(FINDINGS)}


class ModelLabeler:
    """Labels reports with a trained report model (``spinelab labels train-model``).

    Picklable (pickles as its settings; the model reloads), so Dask workers can build it.
    ``device``: torch device (None: CUDA when available, else CPU)."""

    def __init__(
        self,
        model_dir: str | Path,
        *,
        combine: bool = False,
        combine_threshold: float = DEFAULT_COMBINE_THRESHOLD,
        rules_dir: str | Path | None = None,
        device: str | None = None,
        max_chars: int = MAX_CHARS,
    ) -> None:
        if not 0.0 <= combine_threshold <= 1.0:
            raise ValueError(f"combine_threshold {combine_threshold} must be within [0, 1]")
        self.settings: dict[str, Any] = {
            "model_dir": str(model_dir), "combine": bool(combine),
            "combine_threshold": float(combine_threshold),
            "rules_dir": None if rules_dir is None else str(rules_dir),
            "device": device, "max_chars": int(max_chars),
        }
        self._build()

    def _build(self) -> None:
        import torch

        from spinelab.labeling.document import DocumentLabeler
        from spinelab.labeling.neural.model_io import load_model
        from spinelab.labeling.rules import load_rules

        s = self.settings
        device = s["device"] or ("cuda" if torch.cuda.is_available() else "cpu")
        self.model = load_model(s["model_dir"], device=device)
        doc = DocumentLabeler(load_rules(s["rules_dir"]))
        self.splitter = doc.splitter
        self._reading_text = doc.reading_text
        self.model.parser = doc.levels  # the level-mention features follow the site's level rules
        self.rules = None
        if s["combine"]:
            from spinelab.labeling.labeler import Labeler

            self.rules = Labeler(s["rules_dir"], max_chars=s["max_chars"])

    def __getstate__(self) -> dict[str, Any]:
        return dict(self.settings)

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.settings = dict(state)
        self._build()

    def _section_of(self, text: str) -> Any:
        """``pos -> 'findings' | 'impression' | 'other'`` for one text (sections split once)."""
        sections = self.splitter.sections(self._reading_text(text))

        def kind(pos: int) -> str:
            for sec in sections:
                if sec.start <= pos < sec.end:
                    return sec.kind if sec.kind in ("findings", "impression") else "other"
            return "other"

        return kind

    def model_rows(self, report_id: str, text: str) -> list[dict[str, Any]]:
        """The model's rows of one screened text, each with its probability (``p``)."""
        from spinelab.labeling.validate_html import sentence_bounds

        pred = self.model.predict([text], batch_size=1)[0]
        section = self._section_of(text)
        rows = []
        for lv, f, v, unc, p in pred.slots():
            s0, e0 = (int(x) for x in pred.evidence[_LEVEL_INDEX[lv], _FINDING_INDEX[f]])
            a, b = sentence_bounds(text, s0, max(e0, s0 + 1))
            rows.append({
                "report_id": report_id, "level": lv, "finding": f, "value": v,
                "uncertain": unc, "evidence": text[a:b], "start": a, "end": b,
                "section": section(s0), "p": p,
            })
        return rows

    def label_report(self, report_id: str, text: object) -> list[dict[str, Any]]:
        """Label rows of one report (``ReportError`` when it cannot be labelled)."""
        t = check_text(text, self.settings["max_chars"])
        rid = str(report_id)
        model = self.model_rows(rid, t)
        if self.rules is None:
            return [{k: v for k, v in r.items() if k != "p"} for r in model]
        return combine_rows(self.rules.label_report(rid, t), model,
                            self.settings["combine_threshold"])


def combine_rows(rules: list[dict[str, Any]], model: list[dict[str, Any]],
                 threshold: float) -> list[dict[str, Any]]:
    """Rules rows, plus model rows (with probability ``p`` >= ``threshold``) on keys the rules
    do not state. Model rows lose their ``p``."""
    keys = {(r["level"], r["finding"]) for r in rules}
    added = [
        {k: v for k, v in r.items() if k != "p"}
        for r in model
        if (r["level"], r["finding"]) not in keys and r["p"] >= threshold
    ]
    return [*rules, *added]


__all__ = ["DEFAULT_COMBINE_THRESHOLD", "ModelLabeler", "combine_rows"]
