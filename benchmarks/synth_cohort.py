"""Time the synthetic cohort generator: seconds per study for a preset (prints a JSON line).

    python benchmarks/synth_cohort.py [--n 3] [--preset standard] [--workers 1] [--seed 0]

Synthetic data only (no real data needed). Uses a temporary directory that is removed after.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=3)
    ap.add_argument("--preset", default="standard")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    import pandas as pd

    from spinelab.data.synth.cohort import generate_cohort

    with tempfile.TemporaryDirectory() as tmp:
        t0, c0 = time.perf_counter(), time.process_time()
        manifest = generate_cohort(Path(tmp) / "cohort", args.n, args.seed, workers=args.workers,
                                   preset=args.preset, progress=False)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        n_ok = len(pd.read_csv(manifest))
        size = sum(p.stat().st_size for p in (Path(tmp) / "cohort").rglob("*") if p.is_file())
    print(f"preset {args.preset}: {n_ok}/{args.n} studies in {wall:.1f} s wall "
          f"({wall / max(args.n, 1):.2f} s/study wall, {cpu / max(args.n, 1):.2f} s/study CPU in this process), "
          f"{size / 1e6:.1f} MB")
    print(json.dumps({"benchmark": "synth_cohort", "preset": args.preset, "n": args.n, "ok": n_ok,
                      "wall_s": round(wall, 2), "s_per_study_wall": round(wall / max(args.n, 1), 3),
                      "s_per_study_cpu": round(cpu / max(args.n, 1), 3), "mb": round(size / 1e6, 1)}))


if __name__ == "__main__":
    main()
