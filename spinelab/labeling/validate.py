"""Score a label table against a reference exactly as REPORT_LABELS.md's Evaluation defines.

Keys are (report_id, level, finding). Primary: micro-F1 where a key is correct only when its
values match after collapsing grades to three classes (none+mild -> normal/mild, moderate,
severe; ``present`` matches any positive value of the finding); a key in both tables with
non-matching values is one false positive and one false negative. Secondary: exact-value
agreement on shared keys, linearly weighted Cohen's kappa on graded values over shared keys
(all graded findings pooled, and per finding), per-finding and per-level precision/recall/F1.
The primary figures equal ``shared/tools/score_labels.py``'s on the same tables.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from spinelab.schema import GRADED_FINDINGS, LEVELS, POSITIVE_VALUES

KEY = ["report_id", "level", "finding"]
#: Ordinal grades for kappa (none < mild < moderate < severe).
ORDINAL = {"none": 0, "mild": 1, "moderate": 2, "severe": 3}
NO_ROW = "(no row)"


def collapse(finding: str, value: Any) -> str:
    """Three-class value: none/mild -> ``nm`` for graded findings; other values unchanged."""
    v = str(value).strip().lower()
    if finding in GRADED_FINDINGS:
        return {"none": "nm", "mild": "nm"}.get(v, v)
    return v


def values_match(finding: str, pred: Any, gold: Any) -> bool:
    """True when ``pred`` counts as correct for ``gold`` (``present`` = any positive value)."""
    if "present" in (pred, gold):
        other = gold if pred == "present" else pred
        return other in POSITIVE_VALUES
    return collapse(finding, pred) == collapse(finding, gold)


def normalise_table(df: pd.DataFrame) -> pd.DataFrame:
    """Key + value columns as strings, value stripped and lower-cased, first row per key kept.

    Extra columns (``evidence``, ``start``, ``end``, ``uncertain``) are kept as they are.
    """
    missing = [c for c in [*KEY, "value"] if c not in df.columns]
    if missing:
        raise ValueError(f"label table lacks columns {missing}; it has {list(df.columns)}")
    out = df.copy()
    for c in [*KEY, "value"]:
        out[c] = out[c].astype(str)
    out["value"] = out["value"].str.strip().str.lower()
    return out.drop_duplicates(KEY, keep="first").reset_index(drop=True)


def read_label_table(path: str | Path) -> pd.DataFrame:
    """A label table from Parquet or CSV (all CSV columns read as strings), not yet normalised."""
    p = Path(path)
    if not p.is_file():
        raise FileNotFoundError(f"{p}: no such label table")
    if p.suffix.lower() in (".parquet", ".pq"):
        return pd.read_parquet(p)
    return pd.read_csv(p, dtype=str)


def kappa_linear(a: Iterable[int], b: Iterable[int], k: int = 4) -> float:
    """Linearly weighted Cohen's kappa of two ordinal ratings in ``0..k-1`` (NaN if undefined)."""
    a, b = np.asarray(list(a), int), np.asarray(list(b), int)
    if len(a) == 0:
        return float("nan")
    observed = np.zeros((k, k))
    np.add.at(observed, (a, b), 1)
    weights = np.abs(np.subtract.outer(np.arange(k), np.arange(k))) / (k - 1)
    expected = np.outer(observed.sum(1), observed.sum(0)) / observed.sum()
    den = (weights * expected).sum()
    return float(1 - (weights * observed).sum() / den) if den else float("nan")


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    nan = float("nan")
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": tp / (tp + fp) if tp + fp else nan,
        "recall": tp / (tp + fn) if tp + fn else nan,
        "f1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else nan,
    }


def compare_tables(
    pred: pd.DataFrame, gold: pd.DataFrame, *, report_ids: Iterable[str] | None = None
) -> pd.DataFrame:
    """One row per key of either table: ``pred``, ``gold`` (NaN where absent), ``in_pred``,
    ``in_gold``, ``correct`` and, from the prediction, ``evidence``/``start``/``end`` if present."""
    p, g = normalise_table(pred), normalise_table(gold)
    if report_ids is not None:
        ids = {str(i) for i in report_ids}
        p, g = p[p.report_id.isin(ids)], g[g.report_id.isin(ids)]
    extra = [c for c in ("evidence", "start", "end", "section", "uncertain") if c in p.columns]
    p = p[[*KEY, "value", *extra]].rename(columns={"value": "pred"})
    p["in_pred"] = True
    g = g[[*KEY, "value"]].rename(columns={"value": "gold"})
    g["in_gold"] = True
    m = p.merge(g, on=KEY, how="outer")
    m["in_pred"] = m["in_pred"].eq(True)
    m["in_gold"] = m["in_gold"].eq(True)
    both = m.in_pred & m.in_gold
    m["correct"] = [
        bool(b) and values_match(f, pv, gv)
        for b, f, pv, gv in zip(both, m.finding, m.pred, m.gold, strict=True)
    ]
    return m.sort_values(KEY).reset_index(drop=True)


def _counts(m: pd.DataFrame) -> tuple[int, int, int]:
    both = m.in_pred & m.in_gold
    tp = int(m.correct.sum())
    wrong = int((both & ~m.correct).sum())
    fp = wrong + int((m.in_pred & ~m.in_gold).sum())
    fn = wrong + int((m.in_gold & ~m.in_pred).sum())
    return tp, fp, fn


def _kappa_of(shared: pd.DataFrame) -> tuple[float, int]:
    graded = shared[shared.pred.isin(list(ORDINAL)) & shared.gold.isin(list(ORDINAL))]
    return kappa_linear(graded.pred.map(ORDINAL), graded.gold.map(ORDINAL)), len(graded)


def score_comparison(m: pd.DataFrame) -> dict[str, Any]:
    """Metrics of a ``compare_tables`` frame (see ``score_tables``)."""
    tp, fp, fn = _counts(m)
    shared = m[m.in_pred & m.in_gold]
    prf = _prf(tp, fp, fn)
    kappa, n_kappa = _kappa_of(shared)
    per_finding: dict[str, Any] = {}
    for f, sub in m.groupby("finding", sort=True):
        sh = sub[sub.in_pred & sub.in_gold]
        d = _prf(*_counts(sub))
        d["shared_keys"] = len(sh)
        d["exact"] = float((sh.pred == sh.gold).mean()) if len(sh) else float("nan")
        if f in GRADED_FINDINGS:
            d["kappa_linear"], d["kappa_n"] = _kappa_of(sh)
        per_finding[str(f)] = d
    per_level = {
        str(lv): _prf(*_counts(sub))
        for lv, sub in sorted(m.groupby("level"), key=lambda x: _level_order(x[0]))
    }
    return {
        "micro_f1": prf["f1"],
        "precision": prf["precision"],
        "recall": prf["recall"],
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "exact_on_shared_keys": float((shared.pred == shared.gold).mean())
        if len(shared)
        else float("nan"),
        "shared_keys": len(shared),
        "kappa_linear_graded": kappa,
        "kappa_n": n_kappa,
        "per_finding_f1": {f: round(d["f1"], 3) for f, d in per_finding.items()},
        "per_finding": per_finding,
        "per_level": per_level,
        "n_reports_pred": int(m.loc[m.in_pred, "report_id"].nunique()),
        "n_reports_gold": int(m.loc[m.in_gold, "report_id"].nunique()),
        "n_disagreements": int((~m.correct).sum()),
    }


def _level_order(level: str) -> int:
    return LEVELS.index(level) if level in LEVELS else len(LEVELS)


def score_tables(
    pred: pd.DataFrame, gold: pd.DataFrame, *, report_ids: Iterable[str] | None = None
) -> dict[str, Any]:
    """Evaluation metrics of ``pred`` against ``gold`` (REPORT_LABELS.md, Evaluation).

    Both tables need report_id, level, finding, value. ``report_ids`` restricts both tables to
    those reports. Keys: ``micro_f1``, ``precision``, ``recall``, ``tp``, ``fp``, ``fn``,
    ``exact_on_shared_keys``, ``shared_keys``, ``kappa_linear_graded``, ``per_finding_f1``
    (as score_labels.py), plus ``per_finding`` / ``per_level`` P/R/F1 (and per-finding exact
    agreement and kappa), report counts and ``n_disagreements``. NaN where undefined.
    """
    return score_comparison(compare_tables(pred, gold, report_ids=report_ids))


def confusion(m: pd.DataFrame, finding: str) -> tuple[list[str], list[str], np.ndarray]:
    """Gold-by-predicted value counts of one finding; ``(no row)`` for keys one table lacks.

    Returns (gold labels (rows), predicted labels (columns), matrix).
    """
    from spinelab.schema import VALUES

    sub = m[m.finding == finding]
    gold = sub.gold.where(sub.in_gold, NO_ROW).astype(str)
    pred = sub.pred.where(sub.in_pred, NO_ROW).astype(str)
    valid = list(VALUES.get(finding, ()))
    labels = [*valid, *sorted((set(gold) | set(pred)) - {*valid, NO_ROW}), NO_ROW]
    idx = {v: i for i, v in enumerate(labels)}
    mat = np.zeros((len(labels), len(labels)), int)
    for gv, pv in zip(gold, pred, strict=True):
        mat[idx[gv], idx[pv]] += 1
    return labels, labels, mat


def disagreements(m: pd.DataFrame) -> pd.DataFrame:
    """Keys not counted correct, with ``kind``: ``wrong_value``, ``extra`` (pred only), ``missed``."""
    d = m[~m.correct].copy()
    d["kind"] = np.where(
        d.in_pred & d.in_gold, "wrong_value", np.where(d.in_pred, "extra", "missed")
    )
    return d


def read_report_texts(
    path: str | Path, *, id_col: str = "report_id", text_col: str = "text"
) -> dict[str, str]:
    """Report texts by id from JSONL, CSV or Parquet (for the HTML page only)."""
    p = Path(path)
    if p.suffix.lower() in (".jsonl", ".ndjson"):
        df = pd.read_json(p, lines=True, dtype={id_col: str})
    elif p.suffix.lower() in (".parquet", ".pq"):
        df = pd.read_parquet(p)
    else:
        df = pd.read_csv(p, dtype=str, keep_default_na=False)
    if id_col not in df or text_col not in df:
        raise ValueError(f"{p}: needs columns {id_col!r} and {text_col!r}; has {list(df.columns)}")
    return {str(i): t for i, t in zip(df[id_col], df[text_col], strict=True) if isinstance(t, str)}


def json_safe(obj: Any) -> Any:
    """NaN/inf -> None, numpy scalars -> Python, recursively (strict JSON)."""
    if isinstance(obj, dict):
        return {str(k): json_safe(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [json_safe(v) for v in obj]
    if isinstance(obj, np.generic):
        obj = obj.item()
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    return obj


def validate_files(
    pred_path: str | Path,
    gold_path: str | Path,
    *,
    html: str | Path | None = None,
    json_out: str | Path | None = None,
    reports: str | Path | None = None,
    report_ids: Iterable[str] | None = None,
) -> dict[str, Any]:
    """Score PRED against GOLD; optionally write metrics JSON and the HTML page (atomically).

    ``reports`` (JSONL/CSV/Parquet with report_id, text) lets the page show each disagreement's
    sentence with the evidence span highlighted. Returns the metrics.
    """
    from spinelab.labeling.label_tables import write_json

    m = compare_tables(
        read_label_table(pred_path), read_label_table(gold_path), report_ids=report_ids
    )
    metrics = score_comparison(m)
    metrics["pred"], metrics["gold"] = str(pred_path), str(gold_path)
    if json_out is not None:
        write_json(json_safe(metrics), json_out)
    if html is not None:
        from spinelab.labeling.label_tables import atomic_path
        from spinelab.labeling.validate_html import render_validation_html

        texts = read_report_texts(reports) if reports is not None else None
        page = render_validation_html(metrics, m, texts)
        with atomic_path(html) as tmp:
            tmp.write_text(page, encoding="utf-8")
    return metrics


def summary_line(metrics: dict[str, Any]) -> str:
    """One console line of the headline figures (no report text)."""
    return (
        f"micro-F1 {metrics['micro_f1']:.3f} P {metrics['precision']:.3f} "
        f"R {metrics['recall']:.3f} (tp {metrics['tp']} fp {metrics['fp']} fn {metrics['fn']}) "
        f"exact {metrics['exact_on_shared_keys']:.3f} on {metrics['shared_keys']} shared keys, "
        f"kappa {metrics['kappa_linear_graded']:.3f}"
    )


def headline_figures(metrics: dict[str, Any]) -> dict[str, Any]:
    """The headline figures of ``score_tables`` rounded for a JSON line (benchmarks, logs)."""
    keys = ("micro_f1", "precision", "recall", "exact_on_shared_keys", "kappa_linear_graded")
    return {**{k: round(float(metrics[k]), 4) for k in keys}, "per_finding_f1": metrics["per_finding_f1"]}


def per_finding_table(metrics: dict[str, Any]) -> str:
    """The per-finding precision / recall / F1 / counts as a fixed-width text table."""
    lines = [f"{'finding':30s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>5s} {'fp':>4s} {'fn':>4s}"]
    for f, d in metrics["per_finding"].items():
        lines.append(
            f"{f:30s} {d['precision']:6.3f} {d['recall']:6.3f} {d['f1']:6.3f} "
            f"{d['tp']:5d} {d['fp']:4d} {d['fn']:4d}"
        )
    return "\n".join(lines)


# ---- several labelers side by side (rules vs model vs combined) --------------------------------
#: Side-by-side rows before the per-finding F1 rows: (metrics key, row label).
SIDE_BY_SIDE_ROWS: tuple[tuple[str, str], ...] = (
    ("micro_f1", "micro-F1"),
    ("precision", "precision"),
    ("recall", "recall"),
    ("exact_on_shared_keys", "exact"),
    ("kappa_linear_graded", "kappa"),
)


def parse_pred_specs(specs: Sequence[str | Path]) -> dict[str, Path]:
    """``NAME=PATH`` or plain ``PATH`` (name = file stem) -> ``{name: path}`` in the given order.

    A spec is split at its first ``=`` unless the part before it contains a path separator or the
    whole spec is an existing file and the split one is not. Raises ``ValueError`` on an empty
    name or path and on a duplicate name. Files are not checked here.
    """
    out: dict[str, Path] = {}
    for raw in specs:
        spec = str(raw)
        name, sep, path = spec.partition("=")
        if (
            not sep
            or "/" in name
            or "\\" in name
            or (Path(spec).is_file() and not Path(path).is_file())
        ):
            name, path = Path(spec).stem, spec
        name = name.strip()
        if not name or not path:
            raise ValueError(f"--pred {spec!r}: expected NAME=PATH or PATH")
        if name in out:
            raise ValueError(
                f"duplicate labeler name {name!r} in --pred ({out[name]} and {path}); "
                "name them with NAME=PATH"
            )
        out[name] = Path(path)
    return out


def _compare_all(
    preds: Mapping[str, str | Path],
    gold: str | Path,
    report_ids: Iterable[str] | None,
) -> dict[str, pd.DataFrame]:
    """``compare_tables`` frame of every labeler against one reference (all files checked first)."""
    for name, path in preds.items():
        if not Path(path).is_file():
            raise FileNotFoundError(f"labeler {name!r}: {path}: no such label table")
    gold_df = read_label_table(gold)
    ids = None if report_ids is None else [str(i) for i in report_ids]
    return {
        name: compare_tables(read_label_table(path), gold_df, report_ids=ids)
        for name, path in preds.items()
    }


def side_by_side(labelers: Mapping[str, dict[str, Any]]) -> dict[str, Any]:
    """Headline figures and unrounded per-finding F1 as ``{row: {labeler: value}}``.

    Keys: those of ``SIDE_BY_SIDE_ROWS`` and ``per_finding_f1`` (``{finding: {labeler: f1}}``,
    findings sorted, NaN where a labeler's comparison lacks the finding).
    """
    out: dict[str, Any] = {
        key: {n: m[key] for n, m in labelers.items()} for key, _ in SIDE_BY_SIDE_ROWS
    }
    findings = sorted({f for m in labelers.values() for f in m["per_finding"]})
    out["per_finding_f1"] = {
        f: {
            n: m["per_finding"][f]["f1"] if f in m["per_finding"] else float("nan")
            for n, m in labelers.items()
        }
        for f in findings
    }
    return out


def differing_keys(comparisons: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Keys at least one labeler gets wrong, by the scoring's definition (not ``correct``).

    ``comparisons``: ``compare_tables`` frames of each labeler against the same reference. One
    row per key (sorted): report_id, level, finding, ``in_gold``, ``gold`` (NaN where the reference
    has no row), then per labeler ``value:NAME`` (NaN where it has no row) and ``right:NAME``
    (its key counts correct, or neither it nor the reference has the key).
    """
    frames = {n: m.set_index(KEY) for n, m in comparisons.items()}
    bad: set[tuple[str, ...]] = set()
    for f in frames.values():
        bad.update(f.index[~f.correct.to_numpy(bool)])
    out = pd.DataFrame(sorted(bad), columns=KEY, dtype=object)
    idx = pd.MultiIndex.from_frame(out)
    out["in_gold"] = False
    out["gold"] = pd.Series([np.nan] * len(out), dtype=object)
    for n, f in frames.items():
        sub = f.reindex(idx)
        in_frame = idx.isin(f.index)
        in_gold = sub.in_gold.eq(True).to_numpy(bool)
        new_gold = in_gold & ~out.in_gold.to_numpy(bool)
        out.loc[new_gold, "gold"] = sub.gold.to_numpy(object)[new_gold]
        out["in_gold"] = out.in_gold.to_numpy(bool) | in_gold
        in_pred = sub.in_pred.eq(True).to_numpy(bool)
        out[f"value:{n}"] = np.where(in_pred, sub.pred.to_numpy(object), np.nan)
        out[f"right:{n}"] = np.where(in_frame, sub.correct.eq(True).to_numpy(bool), True)
    return out


def compare_files(
    preds: Mapping[str, str | Path],
    gold_path: str | Path,
    *,
    html: str | Path | None = None,
    json_out: str | Path | None = None,
    reports: str | Path | None = None,
    report_ids: Iterable[str] | None = None,
) -> dict[str, Any]:
    """Score several labelers (``{name: table path}``) against one reference, side by side.

    Each labeler is scored exactly as ``validate_files`` scores it alone. Every file is checked
    before anything is written (``FileNotFoundError`` names the labeler). Returns ``labelers``
    (``{name: metrics}``), ``side_by_side`` (see ``side_by_side``), ``gold`` and
    ``n_differing_keys``; optionally writes that as strict JSON and the comparison page
    (``reports`` adds report sentences there), both atomically.
    """
    from spinelab.labeling.label_tables import atomic_path, write_json

    if not preds:
        raise ValueError("no labelers to compare")
    comparisons = _compare_all(preds, gold_path, report_ids)
    labelers: dict[str, dict[str, Any]] = {}
    for name, m in comparisons.items():
        metrics = score_comparison(m)
        metrics["pred"], metrics["gold"] = str(preds[name]), str(gold_path)
        labelers[name] = metrics
    diff = differing_keys(comparisons)
    result: dict[str, Any] = {
        "labelers": labelers,
        "side_by_side": side_by_side(labelers),
        "gold": str(gold_path),
        "n_differing_keys": len(diff),
    }
    if json_out is not None:
        write_json(json_safe(result), json_out)
    if html is not None:
        from spinelab.labeling.validate_html import render_comparison_html

        texts = read_report_texts(reports) if reports is not None else None
        page = render_comparison_html(result, comparisons, texts, differing=diff)
        with atomic_path(html) as tmp:
            tmp.write_text(page, encoding="utf-8")
    return result


def _cell(v: Any, width: int) -> str:
    if v is None or (isinstance(v, float) and not math.isfinite(v)):
        return f"{'-':>{width}s}"
    return f"{float(v):{width}.3f}"


def side_by_side_table(result: dict[str, Any]) -> str:
    """Fixed-width text table of ``compare_files``'s result (also its JSON): one column per
    labeler; rows micro-F1, precision, recall, exact, kappa, then ``F1 <finding>`` (no report text)."""
    sbs = result["side_by_side"]
    names = list(result["labelers"])
    rows = [(label, sbs[key]) for key, label in SIDE_BY_SIDE_ROWS]
    rows += [(f"F1 {f}", v) for f, v in sbs["per_finding_f1"].items()]
    first = max(len("metric"), *(len(label) for label, _ in rows))
    widths = [max(7, len(n)) for n in names]
    head = f"{'metric':{first}s} " + " ".join(f"{n:>{w}s}" for n, w in zip(names, widths, strict=True))
    lines = [head.rstrip()]
    for label, vals in rows:
        cells = " ".join(_cell(vals.get(n), w) for n, w in zip(names, widths, strict=True))
        lines.append(f"{label:{first}s} {cells}")
    return "\n".join(lines)


__all__ = [
    "collapse",
    "compare_files",
    "differing_keys",
    "headline_figures",
    "per_finding_table",
    "compare_tables",
    "confusion",
    "disagreements",
    "json_safe",
    "kappa_linear",
    "normalise_table",
    "parse_pred_specs",
    "read_label_table",
    "read_report_texts",
    "score_tables",
    "side_by_side",
    "side_by_side_table",
    "summary_line",
    "validate_files",
    "values_match",
]
