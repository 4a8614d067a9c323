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
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from spinelab.labeling.validate import (
    KEY,
    NO_ROW,
    SIDE_BY_SIDE_ROWS,
    confusion,
    differing_keys,
    disagreements,
)
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
.muted{color:#888}.ok{color:#1b7a1b}.bad{color:#b00020;font-weight:600}
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


# ---- several labelers side by side ---------------------------------------------------------------
NO_VALUE = "—"


def f1_grouped_png(per_finding_f1: Mapping[str, Mapping[str, float]], names: Sequence[str]) -> str:
    """Per-finding F1, one bar per labeler in each finding's group, as base64 PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    findings = list(per_finding_f1)
    x = np.arange(len(findings))
    width = 0.8 / max(1, len(names))
    fig, ax = plt.subplots(figsize=(max(4.0, 0.35 * len(findings) * len(names) + 1.5), 3.0))
    for k, n in enumerate(names):
        vals = [per_finding_f1[f].get(n, float("nan")) for f in findings]
        off = (k - (len(names) - 1) / 2) * width
        label = n.replace("$", r"\$")  # no mathtext from a labeler's name
        ax.bar(x + off, np.nan_to_num(np.asarray(vals, float)), width=width, label=label, color=f"C{k % 10}")
    ax.set_xticks(x, findings, rotation=30, ha="right", fontsize=7)
    ax.set_ylim(0, 1.18)
    ax.set_ylabel("F1", fontsize=8)
    ax.legend(fontsize=7, ncol=min(len(names), 5), loc="upper center", frameon=False)
    ax.set_title("per-finding F1 by labeler", fontsize=9)
    return _png(fig)


def _value_cell(value: Any, present: bool, right: bool) -> str:
    """One labeler's value at a key: escaped value or ``—``, marked right (✓) or wrong (✗)."""
    shown = html.escape(str(value)) if present else f'<span class="muted">{NO_VALUE}</span>'
    flag = '<span class="ok">✓</span>' if right else '<span class="bad">✗</span>'
    return f"{shown} {flag}"


def _evidence_row(
    key_row: pd.Series, subs: Mapping[str, pd.DataFrame], i: int, names: Sequence[str]
) -> tuple[pd.Series, str | None]:
    """The row whose evidence the page shows for key ``i``: a wrong labeler's span first, then a
    right one's; else a no-span row (level mentions). Returns (row, labeler or None)."""
    wrong = [n for n in names if not key_row[f"right:{n}"]]
    rows = {}
    for n in names:
        d = subs[n].iloc[i].to_dict()
        d["level"], d["in_pred"] = key_row.level, pd.notna(d["in_pred"]) and bool(d["in_pred"])
        rows[n] = pd.Series(d, dtype=object)
    for n in [*wrong, *(n for n in names if n not in wrong)]:
        r = rows[n]
        if r.in_pred and pd.notna(r.get("start")) and pd.notna(r.get("end")):
            return r, n
    for n in wrong:
        if rows[n].in_pred and isinstance(rows[n].get("evidence"), str):
            return rows[n], n
    return pd.Series({"level": key_row.level, "in_pred": False}), None


def render_comparison_html(
    result: dict[str, Any],
    comparisons: Mapping[str, pd.DataFrame],
    texts: dict[str, str] | None = None,
    *,
    differing: pd.DataFrame | None = None,
) -> str:
    """The comparison page as a string: side-by-side table, grouped per-finding F1 bars and the
    keys where the labelers differ (every key some labeler gets wrong, each labeler's value and
    whether it is right; with ``texts`` the report sentence, evidence highlighted).

    ``result`` from ``validate.compare_files``; ``comparisons``: its ``compare_tables`` frames by
    labeler; ``differing`` defaults to ``differing_keys(comparisons)``. All text is escaped.
    """
    names = list(result["labelers"])
    sbs = result["side_by_side"]
    diff = differing_keys(comparisons) if differing is None else differing
    rows: list[list[Any]] = [[label, *(sbs[key][n] for n in names)] for key, label in SIDE_BY_SIDE_ROWS]
    rows += [[f"F1 {f}", *(v[n] for n in names)] for f, v in sbs["per_finding_f1"].items()]
    counts = [
        ["TP / FP / FN", *(f"{m['tp']} / {m['fp']} / {m['fn']}" for m in result["labelers"].values())],
        ["shared keys", *(m["shared_keys"] for m in result["labelers"].values())],
    ]
    side = _table(
        ["metric", *names],
        [[html.escape(str(r[0])), *(_num(v) for v in r[1:])] for r in rows]
        + [[html.escape(str(r[0])), *r[1:]] for r in counts],
    )
    bar = (
        f'<img alt="per-finding F1 by labeler" '
        f'src="data:image/png;base64,{f1_grouped_png(sbs["per_finding_f1"], names)}">'
        if sbs["per_finding_f1"]
        else ""
    )
    idx = pd.MultiIndex.from_frame(diff[KEY])
    subs = {n: comparisons[n].set_index(KEY).reindex(idx) for n in names}
    body = []
    for i, (_, r) in enumerate(diff.iterrows()):
        right = [n for n in names if r[f"right:{n}"]]
        cells = [
            html.escape(str(r.report_id)),
            html.escape(str(r.level)),
            html.escape(str(r.finding)),
            html.escape(str(r.gold)) if r.in_gold else f'<span class="muted">{NO_VALUE}</span>',
            *(
                _value_cell(r[f"value:{n}"], pd.notna(r[f"value:{n}"]), bool(r[f"right:{n}"]))
                for n in names
            ),
            html.escape(", ".join(right)) if right else '<span class="muted">none</span>',
        ]
        if texts is not None:
            ev, src = _evidence_row(r, subs, i, names)
            note = f'<span class="muted">evidence: {html.escape(src)}</span>' if src else ""
            cells.append(note + evidence_html(ev, texts.get(str(r.report_id))))
        body.append(cells)
    head = ["report", "level", "finding", "reference", *names, "right"]
    if texts is not None:
        head.append("report sentence")
    diff_html = _table(head, body)
    srcs = ", ".join(
        f"{html.escape(n)} = {html.escape(str(m.get('pred', '')))}"
        for n, m in result["labelers"].items()
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Labeler comparison</title><style>{CSS}</style></head><body>
<h1>Report labelers side by side</h1><p class="muted">{srcs}; reference
{html.escape(str(result.get("gold", "")))}. Each labeler is scored alone on keys (report, level,
finding); a key is correct when values match on the 3-class scale (none+mild / moderate / severe;
<i>present</i> matches any positive value); a wrong value counts as one FP and one FN
(REPORT_LABELS.md).</p>
{side}
<h2>Per-finding F1</h2>{bar}
<h2>Keys where the labelers differ ({len(diff)})</h2>
<p class="muted">Every key at least one labeler gets wrong. {NO_VALUE}: no row in that table;
✓ counts correct (or neither that labeler nor the reference has the key), ✗ does not.</p>
{diff_html}
</body></html>"""


def _num(v: Any) -> Any:
    """A float for ``_table``'s numeric cell (``None`` from JSON -> NaN, shown as a dash)."""
    return float("nan") if v is None else v
