"""Benchmark: the labeler on annotated reports altered the way archives and the web alter them.

The labeler's hidden test is report text it never saw. Much of what differs from one source to
the next changes no label at all: the case of the letters, lost or Windows line breaks,
non-breaking spaces from a web page, another spelling of the same disc level. A rule that hangs on
one of those is brittle. This script labels every annotated report (``../shared/reports`` when
found, and every hand-written set under ``benchmarks/data/handwritten_reports``) as written and
under each alteration below, and prints per alteration: micro-F1 against the reference labels,
and how many reports' rows differ from their rows as written.

    python benchmarks/labeler_robustness.py [--only a,b] [--sets setA,setX] [--show] [--out DIR]

Alterations (``ALTERATIONS``; each keeps every reference label as it is):

- ``lower`` / ``upper``: the whole text in lower / upper case (forum retypes, old RIS exports).
- ``flatten``: every line break a space (a portal paste, a spreadsheet cell).
- ``crlf``: Windows line breaks (``\\r\\n``).
- ``nbsp``: every space after a letter or comma a non-breaking space (text copied from a web
  page).
- ``levels_slash`` / ``levels_full`` / ``levels_dash``: every disc level of the written forms
  ``L4-5``, ``L4/5``, ``L4-L5``, ``L4/L5``, ``L4 - 5``, ``L4–5`` rewritten as ``L4/5``,
  ``L4-L5`` or ``L4–5`` (``L5-S1`` as ``L5/S1``, ``L5-S1``, ``L5–S1``; ``T12-L1`` keeps both
  letters).

``--show`` adds, per alteration, the ids of the reports whose rows changed and the changed
(level, finding, value) keys; never report text. ``--out`` gets ``robustness.json`` and
``robustness.png`` (micro-F1 per alteration).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from spinelab.labeling.labeler import Labeler
from spinelab.labeling.validate import headline_figures, score_tables
from spinelab.testing import shared_path

HANDWRITTEN = Path(__file__).resolve().parent / "data" / "handwritten_reports"
COLUMNS = ["report_id", "level", "finding", "value", "uncertain"]

# a disc level as written: upper vertebra, separator, lower vertebra (its letter optional)
_LEVEL = re.compile(
    r"(?<![A-Za-z0-9])(?<![-/–])(?<![-/–]\s)([LT])\s?(1[0-2]|[1-9])\s?(?:-|/|–|\s-\s)\s?([LS]?)\s?([1-5])(?![0-9A-Za-z]|\s?[-/–]\s?[LS]?\d)"
)
_NEXT = {"T12": "L1", "L1": "L2", "L2": "L3", "L3": "L4", "L4": "L5", "L5": "S1"}


def _level_rewriter(style: str) -> Callable[[str], str]:
    """A function that rewrites the disc levels of a text in ``style`` ("slash", "full", "dash").

    Only pairs of adjacent vertebrae are rewritten (``L4-5``, ``T12-L1``, ``L5-S1``), so ranges
    such as ``L3-5``, chains such as ``L4-L5-S1`` and a vertebra followed by a number stay as
    written.
    """

    def one(m: re.Match[str]) -> str:
        upper = f"{m[1].upper()}{m[2]}"
        lower_letter = (m[3] or ("S" if upper == "L5" else m[1])).upper()
        lower = f"{lower_letter}{m[4]}"
        if _NEXT.get(upper) != lower:
            return m[0]
        if m[1].islower() or (m[3] and m[3].islower()):
            upper, lower = upper.lower(), lower.lower()
        short = lower[1:] if lower[0].upper() == upper[0].upper() else lower
        if style == "slash":
            return f"{upper}/{short}"
        if style == "dash":
            return f"{upper}–{short}"
        return f"{upper}-{lower}"

    return lambda text: _LEVEL.sub(one, text)


ALTERATIONS: dict[str, Callable[[str], str]] = {
    "lower": str.lower,
    "upper": str.upper,
    "flatten": lambda t: re.sub(r"[ \t]*\n[ \t\n]*", " ", t),
    "crlf": lambda t: t.replace("\r\n", "\n").replace("\n", "\r\n"),
    "nbsp": lambda t: re.sub(r"(?<=[A-Za-z,]) (?=\S)", "\u00a0", t),
    "levels_slash": _level_rewriter("slash"),
    "levels_full": _level_rewriter("full"),
    "levels_dash": _level_rewriter("dash"),
}


def load_corpora(sets: list[str] | None) -> dict[str, tuple[list[dict], pd.DataFrame]]:
    """``{name: (reports, reference labels)}``: the shared real reports and the hand-written sets."""
    out: dict[str, tuple[list[dict], pd.DataFrame]] = {}
    rp, lp = shared_path("reports", "reports.jsonl"), shared_path("reports", "labels.csv")
    folders = sorted(p for p in HANDWRITTEN.glob("set*") if (p / "labels.csv").exists())
    pairs = [("real", rp, lp)] if rp and lp else []
    pairs += [(f.name, f / "reports.jsonl", f / "labels.csv") for f in folders]
    for name, r, lab in pairs:
        if sets and name not in sets:
            continue
        lines = Path(r).read_text(encoding="utf-8").splitlines()
        out[name] = ([json.loads(x) for x in lines if x.strip()], pd.read_csv(lab, dtype=str))
    return out


def label(lab: Labeler, reports: list[dict], alter: Callable[[str], str] | None) -> pd.DataFrame:
    """The labeler's rows for ``reports``, each text altered first when ``alter`` is given."""
    items = ((r["report_id"], alter(r["text"]) if alter else r["text"]) for r in reports)
    rows, _ = lab.label_many(items)
    pred = pd.DataFrame(rows, columns=COLUMNS + ["evidence"])[COLUMNS]
    pred["uncertain"] = pred["uncertain"].astype(str).str.lower()
    return pred


def changed(base: pd.DataFrame, alt: pd.DataFrame) -> pd.DataFrame:
    """Rows present in one table and not the other: ``report_id, level, finding, value, uncertain, side``."""
    m = base.merge(alt, how="outer", indicator=True)
    m = m[m["_merge"] != "both"].copy()
    m["side"] = m["_merge"].map({"left_only": "as written", "right_only": "altered"})
    return m.drop(columns="_merge")


def plot(results: dict[str, dict], path: Path) -> None:
    """A bar per alteration: pooled micro-F1, the figure as written drawn as a line."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(results)
    f1 = [results[n]["micro_f1"] for n in names]
    fig, ax = plt.subplots(figsize=(1 + 0.8 * len(names), 3.5))
    ax.bar(names, f1, color="tab:blue")
    ax.axhline(results["as_written"]["micro_f1"], color="k", lw=1, ls="--")
    ax.set_ylim(min(f1) - 0.02, 1.0)
    ax.set_ylabel("micro-F1, all corpora pooled")
    ax.tick_params(axis="x", rotation=45)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default=None, help="comma-separated alteration names")
    ap.add_argument("--sets", default=None, help="comma-separated corpora (real, setA, ...)")
    ap.add_argument("--show", action="store_true", help="list the changed rows (ids, no text)")
    ap.add_argument("--out", type=Path, default=None)
    a = ap.parse_args(argv)
    names = a.only.split(",") if a.only else list(ALTERATIONS)
    unknown = [n for n in names if n not in ALTERATIONS]
    if unknown:
        ap.error(f"unknown alteration(s) {unknown}; known: {list(ALTERATIONS)}")
    corpora = load_corpora(a.sets.split(",") if a.sets else None)
    if not corpora:
        print("no annotated corpora found", file=sys.stderr)
        return 2
    lab = Labeler()
    gold = pd.concat([g for _, g in corpora.values()])
    base = pd.concat([label(lab, reps, None) for reps, _ in corpora.values()])
    n_reports = sum(len(reps) for reps, _ in corpora.values())
    results: dict[str, dict] = {
        "as_written": {**headline_figures(score_tables(base, gold)), "reports_changed": 0}
    }
    print(f"{len(corpora)} corpora, {n_reports} reports, {len(gold)} reference rows")
    print(f"as_written: micro-F1 {results['as_written']['micro_f1']:.4f}")
    for name in names:
        alt = pd.concat([label(lab, reps, ALTERATIONS[name]) for reps, _ in corpora.values()])
        diff = changed(base, alt)
        figs = headline_figures(score_tables(alt, gold))
        results[name] = {**figs, "reports_changed": int(diff["report_id"].nunique())}
        print(
            f"{name}: micro-F1 {figs['micro_f1']:.4f}, "
            f"{results[name]['reports_changed']}/{n_reports} reports' rows changed"
        )
        if a.show:
            for rid, g in diff.groupby("report_id"):
                keys = "; ".join(
                    f"{r.side}: {r.level} {r.finding}={r.value}{' ?' if r.uncertain == 'true' else ''}"
                    for r in g.itertuples()
                )
                print(f"   {rid}: {keys}")
    if a.out:
        a.out.mkdir(parents=True, exist_ok=True)
        (a.out / "robustness.json").write_text(json.dumps(results, indent=1))
        plot(results, a.out / "robustness.png")
        print(f"wrote {a.out / 'robustness.json'} and {a.out / 'robustness.png'}")
    brief = {n: {k: r[k] for k in ("micro_f1", "reports_changed")} for n, r in results.items()}
    print(json.dumps({"benchmark": "labeler_robustness", "n_reports": n_reports, **brief}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
