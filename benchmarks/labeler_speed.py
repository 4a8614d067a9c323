"""Report labeler speed: reports/s per core and peak memory, against a medspaCy ConText baseline.

Generates N synthetic lumbar MRI reports (``sample_pathology`` + ``render_report``, seeded) and
labels them with ``spinelab.labeling.labeler.Labeler`` in this one process (one core), one
report at a time (``label_report``, the runner's way), twice:

* sentence cache ON: a fresh ``Labeler()`` (default cache, cold), ONE pass over the N reports;
  prints reports/s per CPU-second and per wall-second, the cache hit rate of that pass, peak RSS
  (cache included) and the micro-F1 against the rows each synthetic report states;
* sentence cache OFF: a fresh ``Labeler(sentence_cache=0)``, one pass (every sentence read);
  and whether both passes gave identical rows.

Then the first ``--baseline-n`` reports through a medspaCy pipeline (``spacy.blank('en')`` +
PyRuSH sentences + TargetMatcher with the labeler's own finding/site/stenosis terms + ConText)
and the speed ratios against the labeler on the same reports (fresh labelers: cache ON cold, and
cache OFF), the three taking turns on chunks of 20 reports so that the machine's speed changes
weigh on all of them alike. Optionally the same through ``label_file`` (the runner: JSONL in, Parquet out, its
own fresh labeler) and on the real reports in ../shared, measured with the cache OFF (they are
repeated to time a longer run; a warm cache would only measure the repetition) plus one cold
cache-ON pass. Synthetic reports repeat sentences far more than real ones (10,000 reports:
~227k sentences, ~104k distinct; the 32 real reports: 397 sentences, 387 distinct), so the
cache-OFF figures are the ones to expect on real reports.
Goals: >= 2,000 reports/s per core, >= 20x the baseline.

Usage: python benchmarks/labeler_speed.py [--n 10000] [--seed 0] [--baseline-n 1000]
       [--runner-n 2000] [--json-out FILE]
The last line printed is a JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import psutil

from spinelab.testing import shared_path


class PeakRSS:
    """Samples this process's resident memory every 10 ms while in the ``with`` block (MiB)."""

    def __init__(self) -> None:
        self.proc = psutil.Process()
        self.start = self.peak = self.proc.memory_info().rss
        self._stop = threading.Event()

    def _run(self) -> None:
        while not self._stop.wait(0.01):
            self.peak = max(self.peak, self.proc.memory_info().rss)

    def __enter__(self) -> PeakRSS:
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()
        return self

    def __exit__(self, *a: Any) -> None:
        self._stop.set()
        self._t.join()
        self.peak = max(self.peak, self.proc.memory_info().rss)

    @property
    def peak_mib(self) -> float:
        return self.peak / 2**20

    @property
    def delta_mib(self) -> float:
        return (self.peak - self.start) / 2**20


def timed(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    """(result, wall seconds, CPU seconds of this process)."""
    w0, c0 = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - w0, time.process_time() - c0


def make_reports(n: int, seed: int) -> tuple[list[tuple[str, str]], pd.DataFrame]:
    """N synthetic reports [(id, text)] and the label rows their texts state."""
    from spinelab.data.synth.pathology import sample_pathology
    from spinelab.data.synth.report_text import render_report

    rng = np.random.default_rng(seed)
    reports, truth = [], []
    for i in range(n):
        rid = f"syn{i:06d}"
        text, rows = render_report(sample_pathology(rng), rng, report_id=rid)
        reports.append((rid, text))
        truth.append(rows)
    return reports, pd.concat(truth, ignore_index=True)


def label_all(lab: Any, reports: Sequence[tuple[str, str]]) -> tuple[list[dict], int]:
    """Label every report one by one (the runner's way); (rows, number of ReportErrors)."""
    from spinelab.labeling.errors import ReportError

    rows: list[dict] = []
    n_err = 0
    for rid, text in reports:
        try:
            rows.extend(lab.label_report(rid, text))
        except ReportError:
            n_err += 1
    return rows, n_err


def medspacy_pipeline() -> tuple[Any, str | None]:
    """The baseline: blank English + PyRuSH + TargetMatcher (the labeler's terms) + ConText.

    Returns (nlp, None), or (None, why it cannot be built)."""
    try:
        from loguru import logger

        logger.disable("PyRuSH")  # PyRuSH logs every token at DEBUG through loguru otherwise
        import medspacy  # noqa: F401
        import spacy
        from medspacy.target_matcher import TargetRule
    except Exception as e:  # noqa: BLE001 - report exactly why the baseline cannot run
        return None, f"medspaCy cannot be imported: {type(e).__name__}: {e}"
    from spinelab.labeling.rules import load_rules

    vocab = load_rules().vocab
    rules = []
    for group, items in (
        ("finding", vocab.findings),
        ("site", vocab.sites),
        ("stenosis", vocab.predicates),
        ("grade", vocab.grades),
    ):
        for i, r in enumerate(items):
            label = getattr(r, "finding", None) or group
            rules.append(TargetRule(f"{group}_{i}", str(label).upper(), pattern=r.pattern))
    nlp = spacy.blank("en")
    nlp.add_pipe("medspacy_pyrush")
    nlp.add_pipe("medspacy_target_matcher").add(rules)
    nlp.add_pipe("medspacy_context")
    return nlp, None


def run_baseline(nlp: Any, reports: Sequence[tuple[str, str]]) -> tuple[int, int]:
    """Run the medspaCy pipeline over every report; (target entities, negated ones)."""
    n = neg = 0
    for _, text in reports:
        doc = nlp(text)
        n += len(doc.ents)
        neg += sum(1 for e in doc.ents if e._.is_negated)
    return n, neg


#: Reports per turn when the baseline and the labeler take turns (see main).
CHUNK = 20


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="synthetic reports (default 10000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--baseline-n",
        type=int,
        default=1000,
        help="first reports run through medspaCy and, for the ratio, again through the "
        "labeler (default 1000; medspaCy is slow); 0: all",
    )
    ap.add_argument(
        "--runner-n", type=int, default=2000, help="reports through label_file (0: skip)"
    )
    ap.add_argument("--json-out", type=Path, default=None)
    a = ap.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]  # progress when logged
    res: dict[str, Any] = {
        "n_reports": a.n,
        "seed": a.seed,
        "cpu_count": os.cpu_count(),
        "load_avg_1min": os.getloadavg()[0],
    }

    (reports, truth), w, _ = timed(lambda: make_reports(a.n, a.seed))
    chars = np.mean([len(t) for _, t in reports])
    print(f"generated {a.n} synthetic reports in {w:.1f} s (mean {chars:.0f} characters)")
    res.update(generate_s=w, mean_chars=float(chars))

    from spinelab.labeling.labeler import Labeler
    from spinelab.labeling.validate import score_tables

    lab, w_init, _ = timed(Labeler)
    with PeakRSS() as mem:
        (rows, n_err), w, c = timed(lambda: label_all(lab, reports))
    rate_cpu, rate_wall = a.n / c, a.n / w
    cs = lab.sentence_cache_stats()
    pred = pd.DataFrame(rows)
    acc = score_tables(pred, truth)
    print(
        f"spinelab Labeler, sentence cache ON (fresh, cold, size {cs['size']:,}; 1 process, one "
        f"pass): {rate_cpu:,.0f} reports/s per core (CPU time {c:.1f} s), "
        f"{rate_wall:,.0f} reports/s wall ({w:.1f} s); init {w_init:.1f} s; "
        f"peak RSS {mem.peak_mib:.0f} MiB (+{mem.delta_mib:.0f} MiB while labeling); "
        f"{len(rows)} rows, {n_err} reports refused"
    )
    print(
        f"  sentence cache: hit rate {cs['hit_rate']:.3f} ({cs['hits']:,} hits, "
        f"{cs['misses']:,} misses, {cs['entries']:,} entries at the end)"
    )
    lab_off = Labeler(sentence_cache=0)
    (rows_off, _), w_off, c_off = timed(lambda: label_all(lab_off, reports))
    rate_off = a.n / c_off
    same = rows_off == rows
    print(
        f"spinelab Labeler, sentence cache OFF (1 process, one pass): {rate_off:,.0f} reports/s "
        f"per core (CPU time {c_off:.1f} s), {a.n / w_off:,.0f} wall; rows identical to the "
        f"cache-ON pass: {same}"
    )
    print(
        f"  accuracy vs the rows the synthetic texts state: micro-F1 {acc['micro_f1']:.3f} "
        f"(P {acc['precision']:.3f} R {acc['recall']:.3f}), exact {acc['exact_on_shared_keys']:.3f}"
    )
    res.update(
        labeler_reports_per_s_per_core=rate_cpu,
        labeler_reports_per_s_wall=rate_wall,
        sentence_cache_size=cs["size"],
        sentence_cache_hit_rate=cs["hit_rate"],
        labeler_nocache_reports_per_s_per_core=rate_off,
        labeler_nocache_reports_per_s_wall=a.n / w_off,
        rows_identical_cache_on_off=same,
        labeler_cpu_s=c,
        labeler_wall_s=w,
        labeler_init_s=w_init,
        peak_rss_mib=mem.peak_mib,
        rss_increase_mib=mem.delta_mib,
        label_rows=len(rows),
        refused=n_err,
        synthetic_micro_f1=acc["micro_f1"],
        synthetic_exact=acc["exact_on_shared_keys"],
        goal_2000_per_core_met=rate_cpu >= 2000,
        goal_2000_per_core_met_nocache=rate_off >= 2000,
    )

    nb = a.n if not a.baseline_n else min(a.baseline_n, a.n)
    nlp, why = medspacy_pipeline()
    if nlp is None:
        print(f"medspaCy baseline NOT RUN: {why}")
        res.update(baseline_error=why)
    else:
        import medspacy

        nlp("L4-5: warm-up.")
        # the labeler on the same reports: fresh labelers (a cold cache; no cache). The three
        # take turns on chunks of CHUNK reports, so a change in the machine's speed during the
        # run (a shared VM: +-20 % from one minute to the next) weighs on all three alike.
        lab_same, lab_same_off = Labeler(), Labeler(sentence_cache=0)
        n_ents = n_neg = 0
        wb = cb = c_same = c_same_off = 0.0
        for i in range(0, nb, CHUNK):
            chunk = reports[i : min(i + CHUNK, nb)]
            (e, g), w1, c1 = timed(lambda chunk=chunk: run_baseline(nlp, chunk))
            n_ents, n_neg, wb, cb = n_ents + e, n_neg + g, wb + w1, cb + c1
            c_same += timed(lambda chunk=chunk: label_all(lab_same, chunk))[2]
            c_same_off += timed(lambda chunk=chunk: label_all(lab_same_off, chunk))[2]
        base_cpu, base_wall = nb / cb, nb / wb
        ratio = (nb / c_same) / base_cpu
        ratio_off = (nb / c_same_off) / base_cpu
        print(
            f"medspaCy {medspacy.__version__} baseline (PyRuSH + TargetMatcher "
            f"{len(nlp.get_pipe('medspacy_target_matcher').rules)} rules + ConText) on {nb} reports: "
            f"{base_cpu:,.0f} reports/s per core, {base_wall:,.0f} wall; {n_ents} targets, {n_neg} negated"
        )
        print(
            f"speed ratio spinelab / medspaCy per core on those {nb} reports: cache ON (cold) "
            f"{ratio:.1f}x (spinelab {nb / c_same:,.0f} reports/s), cache OFF {ratio_off:.1f}x "
            f"(spinelab {nb / c_same_off:,.0f} reports/s); goal >= 20x"
        )
        res.update(
            medspacy_version=medspacy.__version__,
            baseline_n=nb,
            baseline_reports_per_s_per_core=base_cpu,
            baseline_reports_per_s_wall=base_wall,
            labeler_same_reports_per_s_per_core=nb / c_same,
            labeler_same_reports_nocache_per_s_per_core=nb / c_same_off,
            ratio_per_core=ratio,
            ratio_per_core_nocache=ratio_off,
            goal_20x_met=ratio >= 20,
            goal_20x_met_nocache=ratio_off >= 20,
        )

    if a.runner_n:
        from spinelab.labeling.runner import label_file

        nr = min(a.runner_n, a.n)
        with tempfile.TemporaryDirectory() as d:
            src = Path(d) / "reports.jsonl"
            with open(src, "w") as f:
                for rid, text in reports[:nr]:
                    f.write(json.dumps({"report_id": rid, "text": text}) + "\n")
            s, w, c = timed(lambda: label_file(src, Path(d) / "labels.parquet", progress=False))
        print(
            f"runner label_file (JSONL -> Parquet, 1 process) on {nr} reports: "
            f"{nr / c:,.0f} reports/s per core, {s.reports_per_s:,.0f} wall"
        )
        res.update(
            runner_n=nr,
            runner_reports_per_s_per_core=nr / c,
            runner_reports_per_s_wall=s.reports_per_s,
        )

    real = shared_path("reports", "reports.jsonl")
    if real is not None:
        recs = [json.loads(x) for x in real.read_text().splitlines() if x.strip()]
        once = [(r["report_id"], r["text"]) for r in recs]
        reps = once * max(1, 1000 // len(recs))
        lab_real = Labeler(sentence_cache=0)
        (_, _), w, c = timed(lambda: label_all(lab_real, reps))
        lab_real_on = Labeler()
        (_, _), _, c_on = timed(lambda: label_all(lab_real_on, once))
        hr = lab_real_on.sentence_cache_stats()["hit_rate"]
        print(
            f"real reports (../shared, {len(recs)} reports, mean "
            f"{np.mean([len(t) for _, t in once]):.0f} chars): sentence cache OFF "
            f"({len(recs)} x {len(reps) // len(recs)} passes) {len(reps) / c:,.0f} reports/s per "
            f"core; cache ON, fresh, one pass: {len(once) / c_on:,.0f} reports/s per core "
            f"(hit rate {hr:.3f}; {len(recs)} reports: a noisy figure)"
        )
        res.update(
            real_reports_per_s_per_core=len(reps) / c,
            real_reports_cache_on_one_pass_per_s_per_core=len(once) / c_on,
            real_reports_cache_hit_rate=hr,
        )

    line = json.dumps({k: (round(v, 4) if isinstance(v, float) else v) for k, v in res.items()})
    print(line)
    if a.json_out is not None:
        a.json_out.write_text(line + "\n")
    return res


if __name__ == "__main__":
    main(sys.argv[1:])
