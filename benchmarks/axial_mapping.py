"""Accuracy of axial slice -> disc level mapping (spinelab.segmentation.axial_mapping).

    python benchmarks/axial_mapping.py [--synth-n 4 --seed 0 --preset small | --cohort DIR]
                                       [--levels LEVELS.json | --model MODEL_DIR] [--tolerance-mm 5]

(a) Synthetic cohort (``spinelab.data.synth.cohort.generate_cohort``, or an existing
``--cohort``): maps every study's axial slices with its TRUE ``truth/levels.json`` and compares
with ``truth/axial_levels.csv`` (the disc each slice was planned through): accuracy of
``level`` on the slices the truth assigns to a disc, of ``nearest_level`` on all of them, and the
error of ``distance_mm`` against the truth distance.

(b) Real RSNA study (``../shared/realdata/rsna2024-dicom``): the levels come from ``--levels``
(e.g. ``spinelab segment run`` on the sagittal T2 series) or ``--model`` (runs
``spinelab.segmentation.infer.run_segmentation`` on the sagittal T2 series first); reports the
fraction of the radiologist-marked axial instances of ``axial_level_truth.csv`` mapped to their
level. Without either option part (b) is skipped (no real levels exist otherwise).
Prints figures and a JSON line.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from spinelab.segmentation.axial_mapping import DEFAULT_TOLERANCE_MM, map_axial_slices
from spinelab.testing import shared_path

SWEEP_MM = (3.0, 5.0, 8.0, 10.0, 12.0)


def _sweep(j: pd.DataFrame, truth_col: str) -> dict[str, float]:
    """Level accuracy had the tolerance been each of :data:`SWEEP_MM` (same mapping rows)."""
    out = {}
    for tol in SWEEP_MM:
        lvl = j["nearest_level"].where((j["distance_mm"].abs() <= tol) & j["disc_in_fov"], "")
        out[f"{tol:g}"] = float((lvl == j[truth_col]).mean()) if len(j) else float("nan")
    return out


def synthetic_accuracy(cohort: Path, tolerance_mm: float) -> dict[str, Any]:
    """Map every study of a synthetic cohort with its true levels; compare with the truth."""
    manifest = pd.read_csv(cohort / "manifest.csv", dtype=str, keep_default_na=False)
    parts = []
    for _, m in manifest.iterrows():
        study = cohort / m["study_dir"]
        levels = json.loads((cohort / m["levels_path"]).read_text())
        pred = map_axial_slices(study, levels, tolerance_mm=tolerance_mm)
        truth = pd.read_csv(
            cohort / m["axial_truth_path"], dtype={"level": str}, keep_default_na=False
        )
        j = truth.merge(pred, on="sop_instance_uid", how="left", suffixes=("_true", ""))
        j["study"] = m["study_dir"]
        parts.append(j)
    if not parts:
        return {"n_studies": 0}
    j = pd.concat(parts, ignore_index=True)
    assigned = j[j["level_true"] != ""]
    out: dict[str, Any] = {
        "n_studies": int(len(manifest)),
        "n_slices": int(len(j)),
        "n_slices_unmapped": int(j["level"].isna().sum()),
        "n_truth_assigned": int(len(assigned)),
        "level_accuracy": float((assigned["level"] == assigned["level_true"]).mean()),
        "nearest_level_accuracy": float(
            (assigned["nearest_level"] == assigned["level_true"]).mean()
        ),
    }
    out["level_accuracy_by_tolerance_mm"] = _sweep(assigned, "level_true")
    if "distance_mm_true" in j:
        err = assigned["distance_mm"].abs() - assigned["distance_mm_true"].astype(float).abs()
        out["abs_distance_error_mm_median"] = float(np.nanmedian(err.abs()))
        out["abs_distance_error_mm_p95"] = float(np.nanpercentile(err.abs(), 95))
    unassigned = j[j["level_true"] == ""]
    if len(unassigned):
        out["empty_level_agreement"] = float((unassigned["level"] == "").mean())
    wrong = assigned[assigned["level"] != assigned["level_true"]]
    out["examples_wrong"] = (
        wrong[
            ["study", "instance_number_true", "level_true", "level", "nearest_level", "distance_mm"]
        ]
        .head(5)
        .to_dict("records")
        if "instance_number_true" in wrong
        else []
    )
    return out


def real_accuracy(
    levels_path: Path, tolerance_mm: float, plot: Path | None = None
) -> dict[str, Any]:
    """Fraction of the radiologist-marked RSNA axial instances mapped to their level."""
    base = shared_path("realdata", "rsna2024-dicom")
    if base is None:
        return {"skipped": "real RSNA study not found"}
    study = base / "train_images" / "4003253"
    pred = map_axial_slices(study, levels_path, tolerance_mm=tolerance_mm)
    if plot is not None:
        from spinelab.segmentation.axial_mapping_plot import plot_axial_map

        print(f"    plot: {plot_axial_map(study, levels_path, pred, plot)}")
    truth = pd.read_csv(base / "axial_level_truth.csv", dtype=str)
    pred["series_id"] = pred["series_uid"].str.split(".").str[-1]
    pred["instance_number"] = pred["instance_number"].astype(int).astype(str)
    j = truth.merge(pred, on=["series_id", "instance_number"], how="left")
    rows = j[
        ["instance_number", "level_x", "level_y", "nearest_level", "distance_mm", "angle_deg"]
    ].rename(columns={"level_x": "truth", "level_y": "mapped"})
    return {
        "level_accuracy_by_tolerance_mm": _sweep(j.dropna(subset=["nearest_level"]), "level_x"),
        "levels": str(levels_path),
        "n_marked": int(len(j)),
        "level_accuracy": float((j["level_y"] == j["level_x"]).mean()),
        "nearest_level_accuracy": float((j["nearest_level"] == j["level_x"]).mean()),
        "rows": rows.to_dict("records"),
    }


def levels_from_model(model_dir: Path, out_dir: Path) -> Path:
    """Run the segmentation model on the RSNA study's sagittal T2; return its levels.json."""
    from spinelab.data.dicom_index import find_study_series
    from spinelab.segmentation.infer import run_segmentation

    base = shared_path("realdata", "rsna2024-dicom", "train_images", "4003253")
    if base is None:
        raise SystemExit("real RSNA study not found")
    sag = find_study_series(base)["sagittal_t2"]
    if sag is None:
        raise SystemExit("no sagittal T2 series found in the RSNA study")
    series_dir = Path(sag["root"]) / Path(sag["files"][0]).parent
    res = run_segmentation(series_dir, model_dir, out_dir)
    if res.levels is None:
        raise SystemExit(f"segmentation wrote no levels.json: {res.notes}")
    return Path(res.levels)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cohort", type=Path, help="existing synthetic cohort (manifest.csv)")
    ap.add_argument("--synth-n", type=int, default=4)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--preset", default="small")
    ap.add_argument("--levels", type=Path, help="levels.json of the RSNA study (LPS mm)")
    ap.add_argument("--model", type=Path, help="segmentation model dir: segment the RSNA study")
    ap.add_argument("--tolerance-mm", type=float, default=DEFAULT_TOLERANCE_MM)
    ap.add_argument("--plot", type=Path, help="(b): draw the RSNA map on the sagittal (PNG)")
    args = ap.parse_args()

    result: dict[str, Any] = {"benchmark": "axial_mapping", "tolerance_mm": args.tolerance_mm}
    with tempfile.TemporaryDirectory(prefix="spinelab_axial_bench_") as tmp:
        cohort = args.cohort
        if cohort is None:
            try:
                from spinelab.data.synth.cohort import generate_cohort
            except ImportError as e:
                print(f"(a) skipped: synthetic cohort generator not available ({e})")
            else:
                cohort = Path(tmp) / "cohort"
                generate_cohort(cohort, args.synth_n, args.seed, preset=args.preset)
        if cohort is not None:
            a = synthetic_accuracy(cohort, args.tolerance_mm)
            result["synthetic"] = a
            print(
                f"(a) synthetic: {a.get('n_studies')} studies, {a.get('n_slices')} axial slices; "
                f"level accuracy {a.get('level_accuracy', float('nan')):.3f} on "
                f"{a.get('n_truth_assigned')} slices planned through a disc, nearest-level "
                f"accuracy {a.get('nearest_level_accuracy', float('nan')):.3f}, "
                f"|distance| error median {a.get('abs_distance_error_mm_median', float('nan')):.2f}"
                f" mm (p95 {a.get('abs_distance_error_mm_p95', float('nan')):.2f})"
            )
            print(
                f"    level accuracy by tolerance (mm): {a.get('level_accuracy_by_tolerance_mm')}"
            )
            for ex in a.get("examples_wrong", []):
                print("    wrong:", ex)
        levels = args.levels
        if levels is None and args.model is not None:
            levels = levels_from_model(args.model, Path(tmp) / "seg")
        if levels is not None:
            b = real_accuracy(levels, args.tolerance_mm, args.plot)
            result["real_rsna"] = {k: v for k, v in b.items() if k != "rows"}
            print(
                f"(b) real RSNA: {b.get('n_marked')} marked instances, level accuracy "
                f"{b.get('level_accuracy', float('nan')):.3f}, nearest-level accuracy "
                f"{b.get('nearest_level_accuracy', float('nan')):.3f}"
            )
            print(
                f"    level accuracy by tolerance (mm): {b.get('level_accuracy_by_tolerance_mm')}"
            )
            for r in b.get("rows", []):
                print("   ", r)
        else:
            print("(b) real RSNA: skipped (give --levels FILE or --model DIR)")
    print(json.dumps(result, default=str))


if __name__ == "__main__":
    main()
