"""Per-task macro-F1 of several grader benchmark runs side by side: each run, mean and minimum.

One run of ``grader_synthetic_cohort.py`` scores 60 held-out patients; a rare class predicted once
where the test split has none costs a task a quarter of its macro-F1. Re-run it with other patient
splits (``--split-seed``) and training seeds (``--seed_everything``), then:

    python benchmarks/grader_runs_summary.py /tmp/grader_bench/RUN_A /tmp/grader_bench/RUN_B ...

Each argument is a run directory (or its ``result.json``). The last line printed is JSON.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pandas as pd

GOAL_F1 = 0.85


def load(path: Path) -> dict:
    p = path / "result.json" if path.is_dir() else path
    return json.loads(p.read_text())


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="+", type=Path)
    args = ap.parse_args(argv)
    results = {str(r): load(r) for r in args.runs}
    f1 = pd.DataFrame({
        f"split{r.get('split_seed', r['build_config'].get('seed'))}/"
        f"seed{_seed(r)}": {t: v["f1"] for t, v in r["tasks"].items()}
        for r in results.values()
    })
    f1["mean"] = f1.mean(axis=1)
    f1["min"] = f1.drop(columns="mean").min(axis=1)
    print(f"macro-F1 per task on held-out synthetic patients ({len(results)} runs):")
    print(f1.to_string(float_format=lambda v: f"{v:.3f}"))
    runs = [c for c in f1.columns if c not in ("mean", "min")]
    at_goal = {c: int((f1[c] >= GOAL_F1).sum()) for c in runs}
    print("tasks at goal per run: " + ", ".join(f"{c} {n}/{len(f1)}" for c, n in at_goal.items()))
    print(f"tasks whose mean reaches {GOAL_F1}: {int((f1['mean'] >= GOAL_F1).sum())}/{len(f1)}; "
          f"whose minimum does: {int((f1['min'] >= GOAL_F1).sum())}/{len(f1)}")
    out = {"runs": list(results), "f1": f1.round(4).to_dict(), "tasks_at_goal": at_goal}
    print(json.dumps(out))
    return out


def _seed(r: dict) -> str:
    ov = r.get("cli_overrides", [])
    return ov[ov.index("--seed_everything") + 1] if "--seed_everything" in ov else "0"


if __name__ == "__main__":
    main()
