"""The validation page: one self-contained HTML file (inline CSS, base64 PNG plots).

Shows the headline metrics, per-finding and per-level tables, a confusion matrix per finding
(gold rows x predicted columns, ``(no row)`` for keys one table lacks) and every disagreement:
report id, level, finding, predicted vs reference value, and, when report texts are given, the
report sentence with the predicted evidence span highlighted (for a missed key: the sentences
naming that level). The page may hold report text; nothing here prints to the console.
"""

from __future__ import annotations

import base64
import html
import io
import re
from typing import Any

import numpy as np
import pandas as pd

from spinelab.labeling.validate import NO_ROW, confusion, disagreements
from spinelab.schema import FINDINGS

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;font-size:.88em;margin:.5em 0}
th,td{border:1px solid #ddd;padding:3px 7px;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums}
.grid{display:flex;flex-wrap:wrap;gap:10px}.grid figure{margin:0}
figcaption{font-size:.8em;text-align:center}
mark{background:#ffe066;padding:0 1px}.lvl{background:#cde7ff}
.kind-wrong_value{color:#a15c00}.kind-extra{color:#b00020}.kind-missed{color:#0b5394}
.snip{font-family:ui-monospace,Menlo,monospace;font-size:.85em;white-space:pre-wrap;max-width:70em}
.muted{color:#888}
"""

_SENT_END = re.compile(r"(?<=[.!?;])\s+|\n\s*\n|\n(?=\s*(?:[A-Z][A-Z /]{2,}:|\d+[.)]\s))")


def _fmt(x: Any) -> str:
    if isinstance(x, float):
        return "–" if x != x else f"{x:.3f}"
    return html.escape(str(x))


def _png(fig: Any) -> str:
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def confusion_png(labels: list[str], mat: np.ndarray, title: str) -> str:
    """A confusion matrix (gold rows x predicted columns) as base64 PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    n = len(labels)
    fig, ax = plt.subplots(figsize=(1.1 + 0.55 * n, 1.0 + 0.5 * n))
    ax.imshow(np.log1p(mat), cmap="Blues")
    for i in range(n):
        for j in range(n):
            if mat[i, j]:
                color = "white" if np.log1p(mat[i, j]) > 0.6 * np.log1p(mat.max()) else "black"
                ax.text(j, i, str(mat[i, j]), ha="center", va="center", fontsize=8, color=color)
    ax.set_xticks(range(n), labels, rotation=45, ha="right", fontsize=7)
    ax.set_yticks(range(n), labels, fontsize=7)
    ax.set_xlabel("predicted", fontsize=8)
    ax.set_ylabel("reference", fontsize=8)
    ax.set_title(title, fontsize=9)
    return _png(fig)


def f1_bar_png(per_finding: dict[str, Any]) -> str:
    """Per-finding precision / recall / F1 bars as base64 PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(per_finding)
    x = np.arange(len(names))
    fig, ax = plt.subplots(figsize=(max(4.0, 0.9 * len(names)), 3.0))
    for k, (key, off) in enumerate([("precision", -0.27), ("recall", 0.0), ("f1", 0.27)]):
        vals = [per_finding[n][key] for n in names]
        ax.bar(x + off, np.nan_to_num(vals), width=0.27, label=key, color=f"C{k}")
    ax.set_xticks(x, names, rotation=30, ha="right", fontsize=7)
    ax.set_ylim(0, 1.18)
    ax.legend(fontsize=7, ncol=3, loc="upper center", frameon=False)
    ax.set_title("per finding", fontsize=9)
    return _png(fig)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Character range of the sentence(s) around ``[start, end)`` (at most ~500 characters)."""
    a, b = 0, len(text)
    for m in _SENT_END.finditer(text):
        if m.end() <= start:
            a = m.end()
        elif m.start() >= end:
            b = m.start()
            break
    if b - a > 500:
        a, b = max(a, start - 200), min(b, end + 200)
    return a, b


def level_pattern(level: str) -> re.Pattern[str]:
    """Regex for the usual spellings of a disc level (``L4-L5``: L4-5, L4/5, L4-L5, L45, L4 L5)."""
    up, low = level.split("-")
    low_num = low[1:] if low[0] == up[0] else None
    alt = re.escape(low) if low_num is None else f"(?:{low[0]})?{re.escape(low_num)}"
    return re.compile(rf"\b{re.escape(up)}\s*(?:[-/–]|\s|to|through)?\s*{alt}\b", re.IGNORECASE)


def _highlight(text: str, a: int, b: int, spans: list[tuple[int, int, str]]) -> str:
    """HTML of ``text[a:b]`` with the (non-overlapping) ``spans`` wrapped in their tags."""
    out, pos = [], a
    for s, e, cls in sorted(spans):
        s, e = max(s, a), min(e, b)
        if s < pos or s >= e:
            continue
        out.append(html.escape(text[pos:s]))
        tag = "mark" if cls == "mark" else f'span class="{cls}"'
        out.append(f"<{tag}>{html.escape(text[s:e])}</{tag.split()[0]}>")
        pos = e
    out.append(html.escape(text[pos:b]))
    return "".join(out)


def evidence_html(row: pd.Series, text: str | None) -> str:
    """The report sentence of one disagreement, evidence highlighted (or level mentions)."""
    if text is None:
        ev = row.get("evidence")
        return f'<span class="snip">{html.escape(str(ev))}</span>' if isinstance(ev, str) else ""
    start, end = row.get("start"), row.get("end")
    if (
        row.in_pred
        and pd.notna(start)
        and pd.notna(end)
        and 0 <= int(start) < int(end) <= len(text)
    ):
        s, e = int(start), int(end)
        a, b = sentence_bounds(text, s, e)
        return f'<div class="snip">{_highlight(text, a, b, [(s, e, "mark")])}</div>'
    pat = level_pattern(str(row.level)) if "-" in str(row.level) else None
    hits = list(pat.finditer(text)) if pat is not None else []
    if not hits:
        return '<span class="muted">(no sentence names this level; a blanket statement may apply)</span>'
    parts, shown = [], set()
    for h in hits[:3]:
        a, b = sentence_bounds(text, h.start(), h.end())
        if (a, b) in shown:
            continue
        shown.add((a, b))
        spans = [(x.start(), x.end(), "lvl") for x in hits if a <= x.start() < b]
        parts.append(f'<div class="snip">{_highlight(text, a, b, spans)}</div>')
    return "".join(parts)


def _table(head: list[str], rows: list[list[Any]]) -> str:
    th = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{_fmt(v)}</td>' if isinstance(v, int | float) else f"<td>{v}</td>"
            for v in r
        )
        + "</tr>"
        for r in rows
    )
    return f"<table><tr>{th}</tr>{body}</table>"


def render_validation_html(
    metrics: dict[str, Any], comparison: pd.DataFrame, texts: dict[str, str] | None = None
) -> str:
    """The whole page as a string (``comparison`` from ``validate.compare_tables``)."""
    m = metrics
    head = _table(
        [
            "micro-F1",
            "precision",
            "recall",
            "TP",
            "FP",
            "FN",
            "exact (shared)",
            "shared keys",
            "kappa (graded)",
            "reports pred/gold",
        ],
        [
            [
                m["micro_f1"],
                m["precision"],
                m["recall"],
                m["tp"],
                m["fp"],
                m["fn"],
                m["exact_on_shared_keys"],
                m["shared_keys"],
                m["kappa_linear_graded"],
                f"{m['n_reports_pred']} / {m['n_reports_gold']}",
            ]
        ],
    )
    pf = _table(
        ["finding", "P", "R", "F1", "TP", "FP", "FN", "exact", "kappa", "shared"],
        [
            [
                html.escape(f),
                d["precision"],
                d["recall"],
                d["f1"],
                d["tp"],
                d["fp"],
                d["fn"],
                d["exact"],
                d.get("kappa_linear", float("nan")),
                d["shared_keys"],
            ]
            for f, d in m["per_finding"].items()
        ],
    )
    pl = _table(
        ["level", "P", "R", "F1", "TP", "FP", "FN"],
        [
            [html.escape(lv), d["precision"], d["recall"], d["f1"], d["tp"], d["fp"], d["fn"]]
            for lv, d in m["per_level"].items()
        ],
    )
    plots = []
    present = set(comparison.finding)
    for f in [*FINDINGS, *sorted(present - set(FINDINGS))]:
        if f not in present:
            continue
        labels, _, mat = confusion(comparison, f)
        plots.append(
            f'<figure><img alt="confusion {html.escape(f)}" '
            f'src="data:image/png;base64,{confusion_png(labels, mat, f)}"><figcaption>'
            f"{html.escape(f)}</figcaption></figure>"
        )
    bar = (
        f'<img alt="per-finding scores" src="data:image/png;base64,{f1_bar_png(m["per_finding"])}">'
        if m["per_finding"]
        else ""
    )
    dis = disagreements(comparison)
    rows = []
    for _, r in dis.iterrows():
        text = texts.get(str(r.report_id)) if texts is not None else None
        rows.append(
            [
                html.escape(str(r.report_id)),
                html.escape(str(r.level)),
                html.escape(str(r.finding)),
                html.escape(str(r.pred)) if r.in_pred else f'<span class="muted">{NO_ROW}</span>',
                html.escape(str(r.gold)) if r.in_gold else f'<span class="muted">{NO_ROW}</span>',
                f'<span class="kind-{r.kind}">{r.kind}</span>',
                evidence_html(r, text),
            ]
        )
    dis_html = _table(
        ["report", "level", "finding", "predicted", "reference", "kind", "report sentence"], rows
    )
    src = (
        f"{html.escape(str(m.get('pred', '')))} vs reference {html.escape(str(m.get('gold', '')))}"
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Label validation</title><style>{CSS}</style></head><body>
<h1>Report label validation</h1><p class="muted">{src}. Keys (report, level, finding); a key is
correct when values match on the 3-class scale (none+mild / moderate / severe; <i>present</i>
matches any positive value); a wrong value counts as one FP and one FN (REPORT_LABELS.md).</p>
{head}
<h2>Per finding</h2>{bar}{pf}
<h2>Per level</h2>{pl}
<h2>Confusion matrices (reference rows x predicted columns)</h2><div class="grid">{"".join(plots)}</div>
<h2>Disagreements ({len(dis)})</h2>
<p class="muted">wrong_value: both tables have the key, values differ; extra: only predicted;
missed: only in the reference. Highlight: the predicted evidence span, or (missed) mentions of the level.</p>
{dis_html}
</body></html>"""
