"""The review page of ``spinelab segment archive``: failures, then studies in doubt, then the rest."""

from __future__ import annotations

import html
from pathlib import Path

import pandas as pd

from spinelab.data.atomic import atomic_path

_DOUBT_ROW = " class='doubt'"


def write_review_page(
    studies: pd.DataFrame,
    errors: pd.DataFrame,
    path: str | Path,
    *,
    model: str,
    review_flags: frozenset[str],
) -> Path:
    """An HTML page to review an archive run: counts, the failures with their stage and reason,
    then one row per study (failed and in-doubt first) with names, QC flags and its overlay
    (linked, relative to the page), then what each QC flag on the page means (from
    ``levels_qc_flags.yaml``). ``studies``/``errors``: the archive's tables;
    ``review_flags``: the QC flags that put names in doubt (named on the page). Written
    atomically; returns ``path``."""
    from spinelab.segmentation.qc import qc_flag_vocabulary

    e = html.escape
    vocab = qc_flag_vocabulary()
    shown = sorted(
        {f for v in studies["qc_flags"].dropna() for f in str(v).split()}
        & set(vocab)
    )
    glossary = "".join(
        f"<tr{_DOUBT_ROW if f in review_flags else ''}><td>{e(f)}</td><td>{e(vocab[f])}</td></tr>"
        for f in shown
    )
    counts = studies["status"].value_counts().to_dict() if len(studies) else {}
    n_review = int(studies["review"].fillna(False).astype(bool).sum()) if len(studies) else 0
    order = (
        studies.assign(
            _k=studies["status"].map({"failed": 0}).fillna(1)
            + (~studies["review"].fillna(False).astype(bool)).astype(int)
        ).sort_values(["_k", "study_uid"], kind="stable")
        if len(studies)
        else studies
    )
    body = []
    for r in order.itertuples():
        folder = r.folder if isinstance(r.folder, str) else None
        img = (
            (
                f"<a href='{e(folder)}/overlay.png'><img src='{e(folder)}/overlay.png' width='180' "
                f"loading='lazy' alt='overlay'></a>"
            )
            if folder
            else ""
        )
        cls = " class='bad'" if r.status == "failed" else (_DOUBT_ROW if r.review else "")
        body.append(
            f"<tr{cls}><td>{e(str(r.study_uid))}</td><td>{e(str(r.accession_number))}</td>"
            f"<td>{e(str(r.status))}</td><td>{e(str(r.contrast or ''))}</td>"
            f"<td>{e(str(r.vertebrae or ''))}</td><td>{e(str(r.qc_flags or ''))}</td>"
            f"<td>{e(str(r.notes or ''))}</td><td>{img}</td></tr>"
        )
    err_rows = "".join(
        f"<tr><td>{e(str(r.study_uid))}</td><td>{e(str(r.stage))}</td><td>{e(str(r.path or ''))}</td>"
        f"<td>{e(str(r.reason))}</td></tr>"
        for r in errors.itertuples()
    )
    page = f"""<!doctype html><html><head><meta charset='utf-8'><title>spinelab segment archive</title>
<style>body{{font-family:sans-serif;margin:1.5em}}table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:3px 6px;font-size:13px;vertical-align:top}}
tr.bad{{background:#fdd}}tr.doubt{{background:#ffd}}</style></head><body>
<h1>Segmented studies</h1>
<p>Model {e(model)}. Studies: {len(studies)}; {", ".join(f"{e(str(k))} {v}" for k, v in counts.items())};
names in doubt (QC flags {e(", ".join(sorted(review_flags)))}): {n_review}.</p>
<h2>Failures: {len(errors)}</h2>
<table><tr><th>study UID</th><th>stage</th><th>path</th><th>reason</th></tr>{err_rows}</table>
<h2>Studies (failed and in doubt first)</h2>
<table><tr><th>study UID</th><th>accession</th><th>status</th><th>contrast</th><th>vertebrae</th>
<th>QC flags</th><th>notes</th><th>overlay</th></tr>{"".join(body)}</table>
<h2>QC flags on this page (names in doubt shaded)</h2>
<table><tr><th>flag</th><th>meaning</th></tr>{glossary}</table></body></html>"""
    path = Path(path)
    with atomic_path(path) as tmp:
        tmp.write_text(page)
    return path
