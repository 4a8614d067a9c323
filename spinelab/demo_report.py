"""The demo's ``report.html``: one self-contained page (inline CSS, base64 PNGs) of every stage.

Sections (ids used by the tests): ``run`` (what ran, time per stage), ``labels`` (agreement
table, confusion matrices), ``segmentation`` (Dice, naming, overlays), ``axial`` (axial-mapping
accuracy), ``grader`` (metrics per task and level, plots), ``crops`` (example crops with truth
and prediction), ``failures`` (every item that failed, with its reason). Report text is never
shown: the page names reports by id only.
"""

from __future__ import annotations

import base64
import html
import io
import json
import os
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

_CSS = """
body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1200px;color:#222}
h1{margin-bottom:0}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;margin:.6em 0;font-size:13px}
th,td{border:1px solid #ccc;padding:3px 7px;text-align:right}th{background:#f3f3f3}
td:first-child,th:first-child{text-align:left}
.figs img{margin:4px;border:1px solid #ddd;vertical-align:top}
.muted{color:#777;font-size:13px}.bad{color:#b00}
"""


def _fmt(x: Any) -> str:
    if isinstance(x, (float, np.floating)):
        return "–" if not np.isfinite(x) else f"{x:.3f}"
    if x is None:
        return "–"
    return html.escape(str(x))


def _table(df: pd.DataFrame, *, max_rows: int = 500) -> str:
    if df is None or df.empty:
        return "<p class='muted'>none</p>"
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in df.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_fmt(v)}</td>" for v in row) + "</tr>"
        for row in df.head(max_rows).itertuples(index=False)
    )
    more = f"<p class='muted'>{len(df) - max_rows} more rows not shown</p>" if len(df) > max_rows else ""
    return f"<table><tr>{head}</tr>{body}</table>{more}"


def _img(b64: str, alt: str, width: int | None = None) -> str:
    w = f" width='{width}'" if width else ""
    return f"<img alt='{html.escape(alt)}' src='data:image/png;base64,{b64}'{w}>"


def _file_b64(path: Path) -> str:
    return base64.b64encode(path.read_bytes()).decode("ascii")


def _fig_b64(fig: Any) -> str:
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=80, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def _bar(values: dict[str, float], title: str, ylabel: str) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(max(4, 0.8 * len(values)), 3))
    ax.bar(range(len(values)), [np.nan_to_num(v) for v in values.values()], color="C0")
    ax.set_xticks(range(len(values)), list(values), rotation=35, ha="right", fontsize=8)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel(ylabel)
    ax.set_title(title, fontsize=10)
    return _fig_b64(fig)


def _section(sid: str, title: str, body: str) -> str:
    return f"<section id='{sid}'><h2>{html.escape(title)}</h2>{body}</section>"


def _run_section(state: dict[str, Any]) -> str:
    rows = [
        {"stage": s, "seconds": v.get("seconds"), "status": "done" if v.get("done") else f"FAILED: {v.get('error')}",
         "figures": ", ".join(
            f"{k}={_fmt(x)}" for k, x in v.get("metrics", {}).items() if not isinstance(x, (dict, list)))}
        for s, v in state.items() if not s.startswith("_")
    ]
    cfg = state.get("_config", {})
    total = sum(r["seconds"] or 0 for r in rows)
    return (f"<p>Cohort: {cfg.get('n')} synthetic studies, seed {cfg.get('seed')}. "
            f"Total time of the stages below: {total / 60:.1f} min.</p>" + _table(pd.DataFrame(rows)))


def _labels_section(out: Path, state: dict[str, Any]) -> str:
    from spinelab.labeling.validate import compare_tables, confusion, read_label_table
    from spinelab.labeling.validate_html import confusion_png

    v = state.get("label", {}).get("metrics", {}).get("validation")
    if not v:
        return "<p class='muted'>the label stage did not run</p>"
    head = pd.DataFrame([{k: v.get(k) for k in ("micro_f1", "precision", "recall", "exact_on_shared_keys",
                                                 "kappa_linear_graded", "n_disagreements")}])
    pf = pd.DataFrame([{"finding": f, **{k: d.get(k) for k in ("precision", "recall", "f1", "exact", "kappa_linear")}}
                       for f, d in v.get("per_finding", {}).items()])
    figs = []
    m = compare_tables(read_label_table(out / "labels.parquet"), read_label_table(out / "label" / "gold.csv"))
    for f in sorted(m["finding"].unique()):
        labels_gold, labels_pred, mat = confusion(m, f)
        if list(labels_gold) == list(labels_pred):
            figs.append(_img(confusion_png(list(labels_gold), mat, f), f"confusion {f}"))
    return ("<p>The labeler's table against the generator's truth labels (REPORT_LABELS "
            "evaluation: micro-F1 on the three-class collapse). Every disagreement, with its "
            "sentence: <a href='label/validation.html'>label/validation.html</a>.</p>"
            + _table(head) + _table(pf) + "<div class='figs'>" + "".join(figs) + "</div>")


def _segmentation_section(out: Path, state: dict[str, Any]) -> str:
    met = state.get("segment", {}).get("metrics", {})
    p = out / "segment" / "segmentation_scores.csv"
    if not p.is_file():
        return "<p class='muted'>the segment stage did not run</p>"
    scores = pd.read_csv(p, dtype={"accession_number": str, "folder": str})
    summ = pd.DataFrame([{k: v for k, v in met.items() if not isinstance(v, (dict, list))}])
    figs: list[str] = []
    held = scores[scores["split"] != "train"] if "split" in scores else scores
    folders = held["folder"] if "folder" in held else held["accession_number"]
    for acc, folder in zip(held["accession_number"], folders, strict=True):
        ov = out / "levels" / str(folder) / "overlay.png"
        if len(figs) < 4 and isinstance(folder, str) and ov.is_file():
            figs.append(_img(_file_b64(ov), f"overlay {acc}", width=280))
    return ("<p>U-Net trained on the training patients' sagittal T2 series; Dice and naming on "
            "held-out patients (val + test) against the generator's masks and level centres. "
            "Every study's overlay, QC flags and failures: "
            "<a href='levels/index.html'>levels/index.html</a>.</p>"
            + _table(summ) + "<h3>Per study</h3>" + _table(scores)
            + "<h3>Overlays (held-out studies)</h3><div class='figs'>" + "".join(figs) + "</div>")


def _axial_section(out: Path, state: dict[str, Any]) -> str:
    p = out / "segment" / "axial_mapping.csv"
    if not p.is_file():
        return "<p class='muted'>no axial mapping</p>"
    amap = pd.read_csv(p)
    met = state.get("segment", {}).get("metrics", {})
    by_level = amap.groupby("level_truth")["correct"].agg(["mean", "count"]).reset_index()
    by_level.columns = ["level", "accuracy", "slices"]
    return (f"<p>Each axial slice's level from the predicted levels (DICOM geometry) against the "
            f"generator's plan: accuracy {_fmt(met.get('axial_mapping_accuracy'))} over "
            f"{len(amap)} slices (held-out studies: {_fmt(met.get('axial_mapping_accuracy_heldout'))}).</p>"
            + _table(by_level))


def _grader_section(out: Path, state: dict[str, Any]) -> str:
    p = out / "grade" / "test_scores.csv"
    if not p.is_file():
        return "<p class='muted'>the grade stage did not run</p>"
    scores = pd.read_csv(p)
    per_level = pd.read_csv(out / "grade" / "test_scores_per_level.csv")
    f1 = dict(zip(scores["task"], scores["f1"], strict=True))
    figs = [_img(_bar(f1, "macro-F1 per task (test patients, image truth)", "macro-F1"), "f1 per task")]
    if "kappa" in scores:
        k = {t: v for t, v in zip(scores["task"], scores["kappa"], strict=True) if np.isfinite(v)}
        if k:
            figs.append(_img(_bar(k, "linearly weighted kappa (graded tasks)", "kappa"), "kappa per task"))
    piv = per_level.pivot_table(index="task", columns="level", values="f1").reset_index()
    src = state.get("dataset", {}).get("metrics", {}).get("levels_from", "model")
    where = ("the trained U-Net's levels" if src == "model" else
             "the generator's true levels (demo setting segment.levels_for_dataset: truth)")
    return ("<p>The grader was trained on the labeler's report-derived labels (weak labels) and "
            "is scored here on held-out test patients against the generator's image truth. "
            f"Crops were cut at {html.escape(where)}.</p>"
            + _table(scores) + "<div class='figs'>" + "".join(figs) + "</div>"
            + "<h3>macro-F1 per task and level</h3>" + _table(piv))


def _crops_section(out: Path, n: int = 6) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from spinelab.grading.store import CropStore

    pred_p = out / "grade" / "test_predictions.csv"
    if not (out / "dataset" / "dataset.json").is_file() or not pred_p.is_file():
        return "<p class='muted'>no dataset or predictions</p>"
    store = CropStore.open(out / "dataset")
    man = store.manifest
    preds = pd.read_csv(pred_p, dtype={"report_id": str})
    cohort = pd.read_csv(out / "cohort" / "manifest.csv", dtype=str)
    truth = pd.concat([pd.read_csv(out / "cohort" / p, dtype=str).assign(report_id=a)
                       for a, p in zip(cohort["accession_number"], cohort["pathology_path"], strict=True)])
    tkey = truth.set_index(["report_id", "level", "finding"])["value"]
    pkey = preds.set_index(["report_id", "level", "finding"])["value"]
    test = man[man["split"] == "test"].head(n)
    cards = []
    show = ("canal_stenosis", "foraminal_stenosis_left", "foraminal_stenosis_right", "disc_herniation", "modic")
    for r in test.itertuples():
        x = store.read(int(r.sample_idx))
        fig, ax = plt.subplots(1, 2, figsize=(4.4, 2.3))
        ax[0].imshow(x["sagittal"][0].astype(np.float32), cmap="gray")
        ax[1].imshow(x["axial"][x["axial"].shape[0] // 2].astype(np.float32), cmap="gray")
        for a in ax:
            a.axis("off")
        fig.suptitle(f"{r.accession_number} {r.level}", fontsize=8)
        rows = pd.DataFrame([{"finding": f, "truth": tkey.get((r.accession_number, r.level, f)),
                              "predicted": pkey.get((r.accession_number, r.level, f))} for f in show])
        cards.append(f"<div style='display:inline-block;margin:6px'>{_img(_fig_b64(fig), 'crop')}{_table(rows)}</div>")
    return "<p>Held-out test samples: mid-sagittal T2 and axial T2 crops.</p>" + "".join(cards)


def _failures_section(out: Path) -> str:
    parts = []
    sources = [
        ("synthesis", out / "cohort" / "errors.csv"),
        ("DICOM index (unusable files)", out / "index.errors.parquet"),
        ("labeling (reports not labeled)", out / "labels.errors.parquet"),
        ("dataset (studies/levels not cropped)", out / "dataset" / "failures.parquet"),
    ]
    for title, p in sources:
        if p.is_file():
            df = pd.read_parquet(p) if p.suffix == ".parquet" else pd.read_csv(p)
            parts.append(f"<h3>{html.escape(title)}: {len(df)}</h3>" + _table(df))
    seg = out / "segment" / "segmentation_scores.csv"
    if seg.is_file():
        s = pd.read_csv(seg)
        bad = s[s["error"].notna()] if "error" in s else s.iloc[0:0]
        flagged = s[s["qc_flags"].fillna("").astype(str) != ""] if "qc_flags" in s else s.iloc[0:0]
        parts.append(f"<h3>segmentation failures: {len(bad)}</h3>" + _table(bad[[c for c in ("accession_number", "error") if c in bad]]))
        parts.append(f"<h3>segmentation QC flags: {len(flagged)}</h3>"
                     + _table(flagged[[c for c in ("accession_number", "qc_flags") if c in flagged]]))
    return "".join(parts)


def write_report(out: str | Path) -> Path:
    """Write ``out/report.html`` from the demo's outputs and ``demo_state.json``; return its path."""
    out = Path(out)
    state = json.loads((out / "demo_state.json").read_text())
    sections = [
        _section("run", "What ran", _run_section(state)),
        _section("labels", "Report labels vs truth", _labels_section(out, state)),
        _section("segmentation", "Vertebra segmentation and level naming", _segmentation_section(out, state)),
        _section("axial", "Axial slices mapped to disc levels", _axial_section(out, state)),
        _section("grader", "Grader on held-out patients", _grader_section(out, state)),
        _section("crops", "Example crops: truth and prediction", _crops_section(out)),
        _section("failures", "Every item that failed", _failures_section(out)),
    ]
    page = (f"<!doctype html><html><head><meta charset='utf-8'><title>spinelab demo</title>"
            f"<style>{_CSS}</style></head><body><h1>spinelab demo</h1>"
            f"<p class='muted'>{html.escape(str(out.resolve()))}</p>{''.join(sections)}</body></html>")
    path = out / "report.html"
    tmp = out / "report.html.tmp"
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, path)
    return path
