"""Archive segmentation speed: ``spinelab segment archive`` over an indexed cohort, then a resume.

Writes a synthetic cohort of ``--studies`` studies (``generate_cohort``, seeded; not timed),
indexes it (``index_archive``; timed by ``index_speed.py``, not here) and segments every study
with ``--model`` on ``--threads`` CPU threads (or the GPU where torch sees one): the sagittal T2,
levels, overlay and the axial map of each study. Prints studies per minute, seconds per study
(mean / max, from ``studies.csv``), peak resident memory of the process, the seconds of a second
run that resumes (it must redo nothing), and the axial-mapping accuracy against the generator's
truth. With ``../shared`` (``SPINELAB_SHARED``) present, the same for the real RSNA study
(15 x 640 x 640 sagittal T2, 43 axial slices): its seconds and how many of the 6 radiologist-
marked axial instances map to their level.

Usage: python benchmarks/segment_archive_speed.py --model MODEL_DIR [--studies 12] [--seed 0]
       [--threads 2] [--preset standard]
A model directory comes from ``segmentation_real.py --model-out DIR`` or ``segment train``.
The last line printed is a JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pandas as pd
from labeler_speed import PeakRSS  # benchmarks/ is on sys.path when this script runs

from spinelab.testing import shared_path


def segment_timed(index: Path, model_dir: Path, out: Path) -> dict[str, Any]:
    """One ``segment_archive`` run: wall seconds, peak RSS and its per-study table."""
    from spinelab.segmentation.archive import segment_archive

    with PeakRSS() as rss:
        t0 = time.perf_counter()
        res = segment_archive(index, model_dir, out, progress=False)
        wall = time.perf_counter() - t0
    return {"wall_s": wall, "peak_rss_mib": rss.peak_mib, "studies": res.studies,
            "counts": res.counts()}


def axial_accuracy(levels_dir: Path, studies: pd.DataFrame, truth: pd.DataFrame) -> tuple[int, int]:
    """(correct, total) axial slices: truth rows (sop_instance_uid, level) against the studies'
    axial_map.csv nearest level."""
    maps = [pd.read_csv(levels_dir / f / "axial_map.csv", dtype=str)
            for f in studies["folder"].dropna() if (levels_dir / f / "axial_map.csv").is_file()]
    pred = pd.concat(maps, ignore_index=True) if maps else pd.DataFrame(columns=["sop_instance_uid", "nearest_level"])
    j = truth.merge(pred[["sop_instance_uid", "nearest_level"]], on="sop_instance_uid", how="left")
    return int((j["level"] == j["nearest_level"]).sum()), len(j)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--studies", type=int, default=12)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--preset", default="standard")
    args = ap.parse_args(argv)

    import torch

    from spinelab.data.dicom_index import index_archive
    from spinelab.data.synth.cohort import generate_cohort

    torch.set_num_threads(args.threads)
    out: dict[str, Any] = {"benchmark": "segment_archive_speed", "model": str(args.model),
                           "threads": args.threads, "device": "cuda" if torch.cuda.is_available() else "cpu"}
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        manifest = generate_cohort(tmp / "cohort", args.studies, args.seed, preset=args.preset, progress=False)
        index_archive(tmp / "cohort", tmp / "index.parquet", workers=1, progress=False)
        run = segment_timed(tmp / "index.parquet", args.model, tmp / "levels")
        again = segment_timed(tmp / "index.parquet", args.model, tmp / "levels")
        st = run["studies"]
        m = pd.read_csv(manifest, dtype=str)
        truth = pd.concat([pd.read_csv(tmp / "cohort" / p, dtype=str) for p in m["axial_truth_path"]],
                          ignore_index=True)
        ok, n = axial_accuracy(tmp / "levels", st, truth)
        out["synthetic"] = {
            "studies": len(st), "counts": run["counts"], "wall_s": round(run["wall_s"], 1),
            "studies_per_min": round(60 * len(st) / run["wall_s"], 1),
            "s_per_study_mean": round(float(st["seconds"].mean()), 2),
            "s_per_study_max": round(float(st["seconds"].max()), 2),
            "peak_rss_mib": round(run["peak_rss_mib"]), "axial_correct": ok, "axial_slices": n,
            "resume_wall_s": round(again["wall_s"], 1), "resume_counts": again["counts"],
        }
        s = out["synthetic"]
        print(f"synthetic: {s['studies']} studies {s['counts']} in {s['wall_s']} s = {s['studies_per_min']} "
              f"studies/min; {s['s_per_study_mean']} s/study (max {s['s_per_study_max']}); peak RSS "
              f"{s['peak_rss_mib']} MiB; axial slices mapped to their level {ok}/{n}; "
              f"resume {s['resume_wall_s']} s {s['resume_counts']}")
        rsna = shared_path("realdata", "rsna2024-dicom")
        if rsna is not None:
            index_archive(rsna / "train_images", tmp / "rsna.parquet", workers=1, progress=False)
            r = segment_timed(tmp / "rsna.parquet", args.model, tmp / "rsna_levels")
            marks = pd.read_csv(rsna / "axial_level_truth.csv", dtype=str)
            amap = pd.concat([pd.read_csv(tmp / "rsna_levels" / f / "axial_map.csv", dtype=str)
                              for f in r["studies"]["folder"].dropna()], ignore_index=True)
            amap = amap.assign(series_id=amap["series_uid"].str.split(".").str[-1])
            j = marks.merge(amap, on=["series_id", "instance_number"], how="left", suffixes=("", "_pred"))
            out["rsna"] = {"wall_s": round(r["wall_s"], 1), "counts": r["counts"],
                           "s_per_study": round(float(r["studies"]["seconds"].iloc[0]), 2),
                           "peak_rss_mib": round(r["peak_rss_mib"]),
                           "marked_instances": len(j),
                           "mapped_to_their_level": int((j["level"] == j["nearest_level"]).sum())}
            q = out["rsna"]
            print(f"RSNA study 4003253: {q['counts']} in {q['s_per_study']} s (run {q['wall_s']} s, peak RSS "
                  f"{q['peak_rss_mib']} MiB); marked axial instances at their level "
                  f"{q['mapped_to_their_level']}/{q['marked_instances']}")
        else:
            print("RSNA study skipped: realdata/rsna2024-dicom not found (set SPINELAB_SHARED)", file=sys.stderr)
    print("JSON", json.dumps(out))
    return out


if __name__ == "__main__":
    main()
