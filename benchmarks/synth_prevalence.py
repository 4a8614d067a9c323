"""Print the per-level finding prevalences the synthetic pathology sampler uses.

Reads the real label tables in ``../shared/labels`` (RSNA 2024 ``rsna2024/train.csv``; SPIDER
``spider/radiological_gradings.csv``) and prints, per disc level, the distribution that
``spinelab/data/synth/prevalence.yaml`` copies (the package never reads ``../shared`` at run time).

Usage: python benchmarks/synth_prevalence.py [--json]
"""

from __future__ import annotations

import argparse
import json
import sys

import pandas as pd

from spinelab.testing import shared_path

RSNA_FINDINGS = {
    "canal_stenosis": "spinal_canal_stenosis",
    "foraminal_stenosis_left": "left_neural_foraminal_narrowing",
    "foraminal_stenosis_right": "right_neural_foraminal_narrowing",
    "subarticular_stenosis_left": "left_subarticular_stenosis",
    "subarticular_stenosis_right": "right_subarticular_stenosis",
}
RSNA_LEVELS = {
    "L1-L2": "l1_l2",
    "L2-L3": "l2_l3",
    "L3-L4": "l3_l4",
    "L4-L5": "l4_l5",
    "L5-S1": "l5_s1",
}
#: SPIDER ``IVD label`` k is the k-th disc from the bottom (1 = L5-S1).
SPIDER_LEVELS = {1: "L5-S1", 2: "L4-L5", 3: "L3-L4", 4: "L2-L3", 5: "L1-L2", 6: "T12-L1"}


def rsna_table(path) -> dict[str, dict[str, dict[str, float]]]:
    """level -> finding -> {Normal/Mild, Moderate, Severe, n} from RSNA train.csv (blanks dropped)."""
    df = pd.read_csv(path)
    out: dict[str, dict[str, dict[str, float]]] = {}
    for level, suffix in RSNA_LEVELS.items():
        for finding, prefix in RSNA_FINDINGS.items():
            col = df[f"{prefix}_{suffix}"].dropna()
            freq = col.value_counts(normalize=True)
            out.setdefault(level, {})[finding] = {
                g: round(float(freq.get(g, 0.0)), 4) for g in ("Normal/Mild", "Moderate", "Severe")
            } | {"n": int(len(col))}
    return out


def spider_table(path) -> dict[str, dict[str, dict[str, float]]]:
    """level -> finding -> frequency of each value, from SPIDER radiological_gradings.csv."""
    df = pd.read_csv(path)
    df = df[df["IVD label"].isin(SPIDER_LEVELS)]
    out: dict[str, dict[str, dict[str, float]]] = {}
    for k, level in SPIDER_LEVELS.items():
        sub = df[df["IVD label"] == k]
        modic = sub["Modic"].value_counts(normalize=True)
        out[level] = {
            "modic": {
                f"type{t}" if t else "none": round(float(modic.get(t, 0.0)), 4) for t in range(4)
            }
            | {"n": int(len(sub))},
            "disc_bulge": {"present": round(float(sub["Disc bulging"].mean()), 4)},
            "disc_herniation": {"present": round(float(sub["Disc herniation"].mean()), 4)},
            "spondylolisthesis": {"present": round(float(sub["Spondylolisthesis"].mean()), 4)},
        }
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print one JSON line only")
    args = ap.parse_args()
    rsna = shared_path("labels", "rsna2024", "train.csv")
    spider = shared_path("labels", "spider", "radiological_gradings.csv")
    if rsna is None or spider is None:
        print(
            "real label tables not found under ../shared/labels (set SPINELAB_SHARED)",
            file=sys.stderr,
        )
        return 2
    res = {"rsna2024": rsna_table(rsna), "spider": spider_table(spider)}
    if not args.json:
        print("RSNA 2024 train.csv: per-level grade distribution (blank cells dropped)")
        for level, fs in res["rsna2024"].items():
            for f, d in fs.items():
                print(f"  {level:7s} {f:28s} " + "  ".join(f"{k}={v}" for k, v in d.items()))
        print("SPIDER radiological_gradings.csv: per-level frequencies (IVD label 1 = L5-S1)")
        for level, fs in res["spider"].items():
            for f, d in fs.items():
                print(f"  {level:7s} {f:18s} " + "  ".join(f"{k}={v}" for k, v in d.items()))
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
