"""Voxel-wise Modic map (spinelab.segmentation.modic) on synthetic studies, against the truth.

    python benchmarks/modic_map.py --seg-model DIR [--cohort DIR | --n 20 --seed 0
        --scanner varied --preset standard --work /tmp/modic_bench] [--balanced-modic]
        [--truth-mask] [--grader CKPT] [--rules YAML]

Per study: the sagittal T1/T2 of the DICOM study, vertebrae from ``--seg-model`` (run on the
T2) and, with ``--truth-mask``, also from the generator's ``truth/mask.nii.gz`` +
``truth/levels.json`` (isolates the map from segmentation errors). Prints, per vertebra source:
voxel Dice per type (pooled over studies: 2|A and B| / (|A| + |B|) against
``truth/modic.nii.gz`` on the T1 grid), per-level accuracy of ``modic_levels`` against
``truth/pathology.csv`` (levels not assessed count as wrong) with a none/type1/type2/type3
confusion table, and seconds per study (map alone and segmentation). ``--grader CKPT``: the
grader's Modic head (``spinelab.grading.predict.predict_study``) on the same levels, side by
side. ``--balanced-modic``: the cohort's Modic-positive levels get type 1/2/3 with equal chance
(the default prevalence has ~2 % type 1 and ~1 % type 3), so every type's Dice is measured.
Writes one JSON line (also to WORK/modic_map.jsonl).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from spinelab.data.volume import read_volume
from spinelab.schema import LEVELS
from spinelab.segmentation.modic import (
    ModicInputError,
    ModicResult,
    map_modic,
)
from spinelab.segmentation.modic_io import (
    load_inputs,
    mask_and_levels,
    segment_t2,
    write_modic_outputs,
)
from spinelab.segmentation.modic_rules import (
    load_modic_config,
)

VALUES = ("none", "type1", "type2", "type3")


def make_cohort(args: argparse.Namespace) -> Path:
    """``--cohort`` or a generated one under ``--work`` (resumed when it exists)."""
    if args.cohort is not None:
        return Path(args.cohort)
    from spinelab.data.synth.cohort import generate_cohort
    from spinelab.data.synth.pathology import sample_pathology_modic_balanced

    tag = f"cohort_{args.preset}_{args.scanner}_n{args.n}_s{args.seed}" + ("_balanced" if args.balanced_modic else "")
    out = Path(args.work) / tag
    generate_cohort(out, args.n, args.seed, preset=args.preset, scanner=args.scanner, workers=args.workers,
                    progress=False, pathology_sampler=sample_pathology_modic_balanced if args.balanced_modic else None)
    return out


def voxel_counts(pred: np.ndarray, truth: np.ndarray) -> dict[int, tuple[int, int, int]]:
    """Per type: (|pred and truth|, |pred|, |truth|)."""
    return {t: (int(np.count_nonzero((pred == t) & (truth == t))), int(np.count_nonzero(pred == t)),
                int(np.count_nonzero(truth == t))) for t in (1, 2, 3)}


def level_frame(result: ModicResult | None, truth: pd.Series, study: str, source: str) -> pd.DataFrame:
    """Truth and predicted value per level (``n/a`` where the map made no call)."""
    pred = {} if result is None else dict(zip(result.table["level"], result.table["value"], strict=True))
    return pd.DataFrame({"study": study, "source": source, "level": list(truth.index),
                         "truth": list(truth.values), "pred": [pred.get(lv, "n/a") for lv in truth.index]})


def summarise(levels: pd.DataFrame, counts: list[dict[int, tuple[int, int, int]]], secs: list[float]) -> dict[str, Any]:
    """Dice per type, level accuracy (all, positive levels, any-Modic), confusion, seconds."""
    dice = {}
    for t in (1, 2, 3):
        inter = sum(c[t][0] for c in counts)
        tot = sum(c[t][1] + c[t][2] for c in counts)
        dice[f"type{t}"] = round(2 * inter / tot, 4) if tot else None
        dice[f"type{t}_studies"] = sum(1 for c in counts if c[t][2] > 0)
    ok = levels["truth"] == levels["pred"]
    pos = levels["truth"] != "none"
    any_ok = (levels["truth"] != "none") == (~levels["pred"].isin(["none", "n/a"]))
    per_class = {v: round(float(ok[levels["truth"] == v].mean()), 4) for v in VALUES if (levels["truth"] == v).any()}
    conf = pd.crosstab(levels["truth"], levels["pred"]).reindex(index=list(VALUES), columns=[*VALUES, "n/a"],
                                                                  fill_value=0)
    return {
        "dice": dice, "level_accuracy": round(float(ok.mean()), 4) if len(levels) else None,
        "balanced_accuracy": round(float(np.mean(list(per_class.values()))), 4) if per_class else None,
        "recall_per_value": per_class, "positive_level_accuracy": round(float(ok[pos].mean()), 4) if pos.any() else None,
        "any_modic_accuracy": round(float(any_ok.mean()), 4) if len(levels) else None,
        "levels": int(len(levels)), "not_assessed": int((levels["pred"] == "n/a").sum()),
        "confusion": {r: {c: int(conf.loc[r, c]) for c in conf.columns} for r in conf.index},
        "seconds_map_mean": round(float(np.mean(secs)), 3) if secs else None,
    }


def print_block(name: str, s: dict[str, Any]) -> None:
    d = s["dice"]
    print(f"\n== {name}")
    print("voxel Dice: " + "  ".join(f"type{t} {d[f'type{t}']} ({d[f'type{t}_studies']} studies)" for t in (1, 2, 3)))
    print(f"level accuracy {s['level_accuracy']}  balanced {s['balanced_accuracy']}  positive levels "
          f"{s['positive_level_accuracy']}  any-Modic {s['any_modic_accuracy']}  ({s['levels']} levels, "
          f"{s['not_assessed']} not assessed)  recall {s['recall_per_value']}")
    conf = pd.DataFrame(s["confusion"]).T
    conf.index.name = "truth \\ pred"
    print(conf.to_string())
    if s.get("seconds_map_mean") is not None:
        print(f"seconds per study, map: {s['seconds_map_mean']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seg-model", required=True, type=Path)
    ap.add_argument("--cohort", type=Path)
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--scanner", default="varied")
    ap.add_argument("--preset", default="standard")
    ap.add_argument("--work", type=Path, default=Path("/tmp/modic_bench"))
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--balanced-modic", action="store_true")
    ap.add_argument("--truth-mask", action="store_true", help="also map with the truth vertebra mask")
    ap.add_argument("--skip-segmentation", action="store_true",
                    help="with --truth-mask: only the truth-mask map (tuning rules fast)")
    ap.add_argument("--grader", type=Path)
    ap.add_argument("--rules", type=Path)
    ap.add_argument("--no-outputs", action="store_true", help="do not write per-study map files")
    args = ap.parse_args()

    from spinelab.segmentation.model_dir import load_model_dir

    cohort = make_cohort(args)
    manifest = pd.read_csv(cohort / "manifest.csv", dtype=str, keep_default_na=False)
    cfg = load_modic_config(args.rules)
    skip_seg = args.skip_segmentation and args.truth_mask
    model = None if skip_seg else load_model_dir(args.seg_model, device="cpu")
    sources = [*([] if skip_seg else ["segmentation"]), *(["truth_mask"] if args.truth_mask else [])]
    frames: dict[str, list[pd.DataFrame]] = {s: [] for s in [*sources, "grader"]}
    counts: dict[str, list[dict[int, tuple[int, int, int]]]] = {s: [] for s in sources}
    secs: dict[str, list[float]] = {s: [] for s in sources}
    seg_secs: list[float] = []
    errors: list[dict[str, str]] = []
    for _, m in manifest.iterrows():
        study = cohort / m["study_dir"]
        path = pd.read_csv(cohort / m["pathology_path"])
        truth_lv = path[path["finding"] == "modic"].set_index("level")["value"].reindex(list(LEVELS)).dropna()
        truth_map = read_volume(study / "truth" / "modic.nii.gz")
        pair = load_inputs([study])
        for source in sources:
            try:
                if source == "segmentation":
                    t = time.monotonic()
                    vmask, lv, names = segment_t2(pair.t2, model, item=str(study))
                    seg_secs.append(time.monotonic() - t)
                else:
                    vmask, lv, names = mask_and_levels(study / "truth" / "mask.nii.gz", study / "truth" / "levels.json")
                res: ModicResult | None = map_modic(pair.t1, pair.t2, vmask, lv, label_names=names, config=cfg,
                                                    report_id=pair.report_id, item=str(study))
            except ModicInputError as e:
                errors.append({"study": m["study_dir"], "source": source, "error": str(e)})
                res = None
            frames[source].append(level_frame(res, truth_lv, m["study_dir"], source))
            if res is None:
                continue
            if res.map.array.shape != truth_map.array.shape or not np.allclose(res.map.affine, truth_map.affine, atol=1e-3):
                raise SystemExit(f"{study}: the map's grid differs from truth/modic.nii.gz")
            counts[source].append(voxel_counts(np.asarray(res.map.array), np.asarray(truth_map.array)))
            secs[source].append(res.seconds)
            if source == "segmentation" and not args.no_outputs:
                write_modic_outputs(res, pair.t1, lv, args.work / "out" / m["accession_number"])
        if args.grader is not None:
            from spinelab.grading.predict import PredictInputError, predict_study

            try:
                g = predict_study(study, args.grader, seg_model=args.seg_model, device="cpu")
                g = g[g["finding"] == "modic"]
                gres = dict(zip(g["level"], g["value"], strict=True))
            except PredictInputError as e:
                errors.append({"study": m["study_dir"], "source": "grader", "error": str(e)})
                gres = {}
            frames["grader"].append(pd.DataFrame({"study": m["study_dir"], "source": "grader",
                                                  "level": list(truth_lv.index), "truth": list(truth_lv.values),
                                                  "pred": [gres.get(lv, "n/a") for lv in truth_lv.index]}))

    out: dict[str, Any] = {"benchmark": "modic_map", "cohort": str(cohort), "studies": int(len(manifest)),
                           "scanner": args.scanner, "preset": args.preset, "balanced_modic": args.balanced_modic,
                           "seg_model": str(args.seg_model), "rules": str(args.rules or "packaged"),
                           "min_component_mm3": cfg.cleaning.min_component_mm3,
                           "seconds_segmentation_mean": round(float(np.mean(seg_secs)), 3) if seg_secs else None}
    for source in sources:
        out[source] = summarise(pd.concat(frames[source], ignore_index=True), counts[source], secs[source])
        print_block(f"Modic map, vertebrae from {source}", out[source])
    if args.grader is not None:
        out["grader_checkpoint"] = str(args.grader)
        g = pd.concat(frames["grader"], ignore_index=True)
        out["grader"] = summarise(g, [], [])
        out["grader"].pop("dice")
        print(f"\n== grader Modic head ({args.grader})")
        print(f"level accuracy {out['grader']['level_accuracy']}  balanced {out['grader']['balanced_accuracy']}  "
              f"any-Modic {out['grader']['any_modic_accuracy']}  recall {out['grader']['recall_per_value']}")
        print(pd.DataFrame(out["grader"]["confusion"]).T.to_string())
        # the same levels for every source: those each of them assessed
        allf = {s: pd.concat(frames[s], ignore_index=True) for s in [*sources, "grader"]}
        shared = np.logical_and.reduce([f["pred"].to_numpy() != "n/a" for f in allf.values()])
        out["shared_levels"] = {s: summarise(f[shared], [], []) for s, f in allf.items()}
        print(f"\nside by side on the {int(shared.sum())} levels every source assessed "
              "(level accuracy / balanced accuracy / any-Modic accuracy):")
        for s, o in out["shared_levels"].items():
            o.pop("dice")
            print(f"  {s:13s} {o['level_accuracy']} / {o['balanced_accuracy']} / {o['any_modic_accuracy']}")
    if seg_secs:
        print(f"\nseconds per study on CPU: map {out['segmentation']['seconds_map_mean']}, "
              f"segmentation {out['seconds_segmentation_mean']}")
    out["errors"] = errors
    for e in errors:
        print(f"error: {e}")
    line = json.dumps(out)
    print(line)
    args.work.mkdir(parents=True, exist_ok=True)
    with open(args.work / "modic_map.jsonl", "a", encoding="utf-8") as f:
        f.write(line + "\n")


if __name__ == "__main__":
    main()
