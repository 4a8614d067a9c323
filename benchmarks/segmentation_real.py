"""Benchmark: train the vertebra segmenter on real MRI within a CPU budget and measure it.

Trains on 32 MyoSegmenTUM cases (fixed seeded patient-level split: 32 train / 8 validation)
plus, by default, 32 synthetic sagittal T2 studies generated first (T12..S1, discs: other contrast,
the sacrum to count from; the partial-label loss mixes the two label sets), then prints per-vertebra Dice on the 8 validation cases (of the named mask that `spinelab segment run` writes, whose
values agree with levels.json; also of the network's classes before naming), vertebra-naming accuracy (each reference
L1..L5 body matched to the predicted, named body at its place), CPU inference seconds per volume,
and, on the two IVD Ribeirao Preto T2 scans (other scanner and contrast), the distance from each
predicted disc centre (levels.json) to the reference disc's centroid and whether the names agree.
On both sets it also lists the cases whose QC flags put them on `segment archive`'s review list
(``REVIEW_FLAGS``) next to the cases named wrong: whether a wrong naming would reach a reviewer.

    python benchmarks/segmentation_real.py --minutes 20 --threads 2 --model-out /tmp/seg_model
    python benchmarks/segmentation_real.py --model /tmp/seg_model       # evaluate only
    python benchmarks/segmentation_real.py --model /tmp/seg_model --set infer.tta_shifts=true   # re-scored with other infer settings
    python benchmarks/segmentation_real.py --synthetic none                # MyoSegmenTUM only
    python benchmarks/segmentation_real.py --packaged-defaults             # the packaged config alone

Training uses ``RECOMMENDED`` (the best settings found on this benchmark; README) over the
packaged config, then any ``--set``; ``torch.compile`` is on where a C++ compiler is found, and
the samples are augmented between steps (``train.num_workers=0``) where the process has no CPU
core beyond ``--threads`` (a worker process would take the training threads' cores).

Goals: mean Dice >= 0.90, naming 100 %, <= 5 s per volume on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch

from spinelab.anatomy import MASK_VALUES
from spinelab.data.volume import read_volume
from spinelab.segmentation.config import parse_overrides
from spinelab.segmentation.dataset_file import dataset_from_folder, dataset_from_synth_manifest
from spinelab.segmentation.infer import levels_from_segmentation, name_segmentation, predict_volume
from spinelab.segmentation.model_dir import load_model_dir, with_infer_settings
from spinelab.segmentation.qc import names_in_doubt
from spinelab.segmentation.train import train_segmenter
from spinelab.testing import shared_path

SPLIT_SEED = 20241
#: Best-known settings on this benchmark (README "spinelab segment"): 1.5 mm in-plane, 216 mm
#: patches, the wider U-Net, per-structure intensity augmentation, learning rate 0.002 (session
#: 40: 0.899 / 0.901 at seeds 0 / 1 against 0.897 / 0.894 at the packaged 0.003), and test-time
#: scales (each slice also seen at 0.93 and 1.07 x the pixel size; saved in the model's config);
#: ``main`` adds ``train.compile`` and ``train.num_workers`` for the machine. With the
#: synthetic cohort, MyoSegmenTUM is also drawn twice as often (``RECOMMENDED_WITH_SYNTH``).
RECOMMENDED: dict[str, Any] = {
    "augment.structure_intensity_prob": 0.5,
    "preprocess.spacing_mm": 1.5,
    "train.patch_size": [144, 144],
    "network.options.channels": [16, 32, 64, 128, 256],
    "train.lr": 0.002,
    "infer.tta_scales": [1.07, 1.0, 0.93],
}
RECOMMENDED_WITH_SYNTH: dict[str, Any] = {
    "train.dataset_weights": {"myosegmentum-vb": 2.0, "synth": 1.0}
}
N_VAL = 8
MYO_NAMES = {1: "L1", 2: "L2", 3: "L3", 4: "L4", 5: "L5"}
IVD_NAMES = {1: "L5-S1", 2: "L4-L5", 3: "L3-L4", 4: "L2-L3", 5: "L1-L2"}


def _cpu_seconds() -> float:
    """User + system CPU seconds used by this process so far (contention = wall x threads - this)."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def split(case_ids: list[str]) -> tuple[list[str], list[str]]:
    """Fixed patient-level split: a seeded permutation of the sorted ids; the first 8 validate."""
    order = [str(c) for c in np.random.default_rng(SPLIT_SEED).permutation(sorted(case_ids))]
    val = sorted(order[:N_VAL])
    return sorted(set(case_ids) - set(val)), val


def real_data() -> tuple[Path, Path | None, list[str], list[str]] | None:
    """(MyoSegmenTUM folder, Ribeirao folder or None, train ids, validation ids of
    :func:`split`) under the shared data; None, with a message on stderr, without MyoSegmenTUM."""
    myo = shared_path("realdata", "myosegmentum-vb")
    if myo is None:
        print("realdata/myosegmentum-vb not found (set SPINELAB_SHARED)", file=sys.stderr)
        return None
    ids = sorted(p.name for p in myo.iterdir() if (p / "image.nii.gz").exists())
    return myo, shared_path("realdata", "ivd-ribeirao"), *split(ids)


def dice(a: np.ndarray, b: np.ndarray) -> float:
    s = a.sum() + b.sum()
    return float(2 * (a & b).sum() / s) if s else 1.0


def naming(
    levels: dict[str, Any], ref: np.ndarray, ref_names: dict[int, str], volume_affine: np.ndarray
) -> dict[str, Any]:
    """Each reference body -> the predicted, named body whose centroid lies closest (<= 15 mm)."""
    res: dict[str, Any] = {}
    preds = [(v["name"], np.asarray(v["centroid_mm"])) for v in levels.get("vertebrae", [])]
    for value, name in ref_names.items():
        idx = np.argwhere(ref == value)
        if not len(idx):
            continue
        c = idx.mean(0) @ volume_affine[:3, :3].T + volume_affine[:3, 3]
        best = min(preds, key=lambda p: float(np.linalg.norm(p[1] - c)), default=None)
        dist = float(np.linalg.norm(best[1] - c)) if best else float("inf")
        res[name] = {"pred": best[0] if best and dist <= 15 else None, "dist_mm": round(dist, 1)}
    return res


def score_myo_case(
    model: Any, image: Any, ref: np.ndarray, cid: str, ref_names: dict[int, str] = MYO_NAMES
) -> tuple[dict[str, Any], Any, dict[str, Any]]:
    """Segment and name one MyoSegmenTUM-style volume; score it against ``ref`` (same grid).

    ``ref_names``: reference mask value -> body name, the bodies scored. Returns (the case's
    scores, the named mask Volume, levels.json's dict).
    """
    t0 = time.perf_counter()
    seg = predict_volume(image, model, item=cid)
    levels, named = name_segmentation(seg, model, source="benchmark")
    seconds = time.perf_counter() - t0
    # Dice of the mask `spinelab segment run` writes (values agree with levels.json names),
    # and of the network's own classes before naming
    pred, raw = np.asarray(named.array), np.asarray(seg.mask.array)
    d = {name: dice(pred == MASK_VALUES[name], ref == v) for v, name in ref_names.items()}
    d_raw = {name: dice(raw == MASK_VALUES[name], ref == v) for v, name in ref_names.items()}
    names = naming(levels, ref, ref_names, image.affine)
    case = {
        "case": cid,
        "dice": d,
        "dice_network_classes": d_raw,
        "naming": names,
        "naming_correct": sum(1 for n, r in names.items() if r["pred"] == n),
        "qc": [q["flag"] for q in levels["qc"]],
        "review": names_in_doubt(q["flag"] for q in levels["qc"]),
        "seconds": seconds,
    }
    return case, named, levels


def load_scored_model(model_dir: Path, infer: dict[str, Any] | None = None) -> Any:
    """The model directory, with ``infer.*`` overrides (``--set`` with ``--model``) applied."""
    model = load_model_dir(model_dir)
    return with_infer_settings(model, infer) if infer else model


def evaluate_myo(
    model_dir: Path,
    root: Path,
    val_ids: list[str],
    out_dir: Path,
    infer: dict[str, Any] | None = None,
) -> dict[str, Any]:
    model = load_scored_model(model_dir, infer)
    per_case = []
    for cid in val_ids:
        image = read_volume(root / cid / "image.nii.gz")
        ref = np.asarray(read_volume(root / cid / "mask.nii.gz").array)
        case, named, levels = score_myo_case(model, image, ref, cid)
        try:
            from spinelab.segmentation.overlay import save_overlay

            save_overlay(image, named, levels, out_dir / f"{cid}.png")
        except Exception as exc:  # overlay is a convenience here
            print(f"  overlay failed for {cid}: {exc}", file=sys.stderr)
        per_case.append(case)
        print(
            f"  {cid}: "
            + " ".join(f"{n} {v:.3f}" for n, v in case["dice"].items())
            + f" | naming {case['naming_correct']}/{len(case['naming'])} | {case['seconds']:.1f} s"
            f" | qc {case['qc']}"
        )
    mean_per_level = {
        n: float(np.mean([c["dice"][n] for c in per_case])) for n in MYO_NAMES.values()
    }
    raw_per_level = {
        n: float(np.mean([c["dice_network_classes"][n] for c in per_case]))
        for n in MYO_NAMES.values()
    }
    total_ref = sum(len(c["naming"]) for c in per_case)
    times = [c["seconds"] for c in per_case]
    return {
        "per_case": per_case,
        "dice_per_vertebra": mean_per_level,
        "mean_dice": float(np.mean(list(mean_per_level.values()))),
        "mean_dice_network_classes": float(np.mean(list(raw_per_level.values()))),
        "naming_accuracy": sum(c["naming_correct"] for c in per_case) / max(1, total_ref),
        "review_flagged": [c["case"] for c in per_case if c["review"]],
        "named_wrong": [c["case"] for c in per_case if c["naming_correct"] < len(c["naming"])],
        "seconds_per_volume": float(np.mean(times)),
        "seconds_per_volume_max": float(np.max(times)),
    }


def score_ivd_case(
    model: Any, image: Any, ref: np.ndarray, cid: str, ref_names: dict[int, str] = IVD_NAMES
) -> tuple[list[dict[str, Any]], Any, dict[str, Any]]:
    """Segment one Ribeirao-style volume; each reference disc (``ref_names``: mask value -> disc
    name) against the nearest predicted disc centre of levels.json. Returns (one row per
    reference disc, the network's mask Volume, levels.json's dict)."""
    seg = predict_volume(image, model, item=cid)
    levels = levels_from_segmentation(seg, model, source="benchmark")
    discs = [(d["name"], np.asarray(d["center_mm"])) for d in levels.get("discs", [])]
    review = names_in_doubt(q["flag"] for q in levels["qc"])
    rows = []
    for value, name in ref_names.items():
        idx = np.argwhere(ref == value)
        if not len(idx):
            continue
        c = image.index_to_mm(idx.mean(0))
        same = [float(np.linalg.norm(p - c)) for n, p in discs if n == name]
        nearest = min(discs, key=lambda d: float(np.linalg.norm(d[1] - c)), default=None)
        row = {
            "case": cid,
            "disc": name,
            "dist_same_name_mm": round(same[0], 1) if same else None,
            "nearest_pred": nearest[0] if nearest else None,
            "nearest_dist_mm": round(float(np.linalg.norm(nearest[1] - c)), 1)
            if nearest
            else None,
        }
        row["names_agree"] = row["nearest_pred"] == name
        row["review"] = review
        rows.append(row)
    return rows, seg.mask, levels


def evaluate_ivd(
    model_dir: Path, root: Path, out_dir: Path, infer: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    model = load_scored_model(model_dir, infer)
    rows = []
    for case in sorted(p for p in root.iterdir() if (p / "image.nii.gz").exists()):
        image = read_volume(case / "image.nii.gz")
        ref = np.asarray(read_volume(case / "mask.nii.gz").array)
        case_rows, mask, levels = score_ivd_case(model, image, ref, case.name)
        try:
            from spinelab.segmentation.overlay import save_overlay

            save_overlay(image, mask, levels, out_dir / f"ivd_{case.name}.png")
        except Exception as exc:
            print(f"  overlay failed for {case.name}: {exc}", file=sys.stderr)
        for row in case_rows:
            print(
                f"  {case.name} {row['disc']}: same-name disc {row['dist_same_name_mm']} mm; nearest "
                f"predicted {row['nearest_pred']} at {row['nearest_dist_mm']} mm -> "
                f"{'agree' if row['names_agree'] else 'DISAGREE'}"
            )
        verts = [v["name"] for v in levels.get("vertebrae", [])]
        print(f"  {case.name}: predicted vertebrae {verts}; qc {[q['flag'] for q in levels['qc']]}")
        rows.extend(case_rows)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=20.0, help="training wall-clock budget")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--model-out", type=Path, help="keep the trained model directory here")
    ap.add_argument("--model", type=Path, help="evaluate this model directory (no training)")
    ap.add_argument(
        "--set",
        action="append",
        default=[],
        help="config override key=value: of the training, or with --model of its infer.* settings",
    )
    ap.add_argument(
        "--packaged-defaults",
        action="store_true",
        help="train with the packaged config (plus --set) instead of RECOMMENDED over it",
    )
    ap.add_argument("--out", type=Path, help="folder for overlay PNGs (default: a temp folder)")
    ap.add_argument(
        "--synthetic",
        default="auto",
        help="also train on a `spinelab synth` cohort: T12..S1, discs and canal on sagittal T2, mixed "
        "with MyoSegmenTUM's L1..L5 bodies by the partial-label loss. 'auto' (default): generate "
        "--synthetic-n studies (seed 0) into the work dir first; a path: that cohort's manifest.csv; "
        "'none': MyoSegmenTUM only",
    )
    ap.add_argument("--synthetic-n", type=int, default=32, help="synthetic studies to train on")
    args = ap.parse_args(argv)

    torch.set_num_threads(args.threads)
    data = real_data()
    if data is None:
        return 2
    myo, ivd, train_ids, val_ids = data
    print(
        f"split (seed {SPLIT_SEED}): {len(train_ids)} train, {len(val_ids)} validation: {val_ids}"
    )
    work = Path(tempfile.mkdtemp(prefix="seg_bench_"))
    out_dir = args.out or work / "overlays"
    out_dir.mkdir(parents=True, exist_ok=True)
    summary: dict[str, Any] = {
        "benchmark": "segmentation_real",
        "val_ids": val_ids,
        "threads": args.threads,
    }
    try:
        infer: dict[str, Any] | None = None
        if args.model:
            model_dir = args.model
            infer = parse_overrides(args.set) or None
            summary["infer_overrides"] = infer
        else:
            datasets = [dataset_from_folder(myo, work / "train.json", case_ids=train_ids)]
            if args.synthetic != "none":
                if args.synthetic == "auto":
                    from spinelab.data.synth.cohort import generate_cohort

                    t0 = time.monotonic()
                    manifest = generate_cohort(
                        work / "synth", args.synthetic_n, 0, workers=args.threads
                    )
                    print(
                        f"generated {args.synthetic_n} synthetic studies in {time.monotonic() - t0:.0f} s"
                    )
                else:
                    manifest = Path(args.synthetic)
                datasets.append(
                    dataset_from_synth_manifest(
                        manifest, work / "synthetic.json", max_cases=args.synthetic_n
                    )
                )
                summary["synthetic"] = {"manifest": str(manifest), "n": args.synthetic_n}
            recommended: dict[str, Any] = {}
            if not args.packaged_defaults:
                recommended = dict(RECOMMENDED)
                if args.synthetic != "none":
                    recommended.update(RECOMMENDED_WITH_SYNTH)
                # torch.compile (inductor) builds C++ on CPU: only where a compiler is found
                recommended["train.compile"] = shutil.which(os.environ.get("CXX", "g++")) is not None
                # no core beyond the training threads: augment between steps, not in a worker
                # process that takes the threads' cores (2 cores: 44 instead of 51 ms a step)
                spare = len(os.sched_getaffinity(0)) > args.threads
                recommended["train.num_workers"] = 1 if spare else 0
            overrides = {
                **recommended,
                "train.max_minutes": args.minutes,
                "train.max_steps": 100000,
                "train.num_threads": args.threads,
                **parse_overrides(args.set),
            }
            summary["overrides"] = overrides
            print("training overrides: " + json.dumps(overrides))
            model_dir = args.model_out or work / "model"
            t0, cpu0, load0 = time.monotonic(), _cpu_seconds(), os.getloadavg()[0]
            result = train_segmenter(datasets, model_dir, overrides=overrides)
            wall = time.monotonic() - t0
            cpu = _cpu_seconds() - cpu0
            summary.update(
                train_steps=result.steps,
                train_minutes=round(wall / 60, 2),
                train_cpu_seconds=round(cpu, 1),
                train_cpu_share=round(cpu / (wall * args.threads), 3),
                load_avg_start_end=[round(load0, 2), round(os.getloadavg()[0], 2)],
            )
            print(
                f"trained {result.steps} steps in {summary['train_minutes']} min (incl. loading); "
                f"this process got {cpu:.0f} CPU-s of the {wall * args.threads:.0f} its {args.threads} "
                f"threads could use ({100 * summary['train_cpu_share']:.0f} %); load average "
                f"{summary['load_avg_start_end'][0]} -> {summary['load_avg_start_end'][1]} on {os.cpu_count()} cores"
            )
        summary["model_dir"] = str(model_dir)
        print("validation (MyoSegmenTUM, 8 cases):")
        m = evaluate_myo(model_dir, myo, val_ids, out_dir, infer)
        print(
            "Dice per vertebra: "
            + ", ".join(f"{k} {v:.3f}" for k, v in m["dice_per_vertebra"].items())
        )
        print(
            f"mean Dice {m['mean_dice']:.3f} (network classes before naming "
            f"{m['mean_dice_network_classes']:.3f}) | naming accuracy {100 * m['naming_accuracy']:.1f} % | "
            f"inference {m['seconds_per_volume']:.2f} s/volume (max {m['seconds_per_volume_max']:.2f}) "
            f"on {args.threads} threads"
        )
        print(
            f"flagged for review (segment archive's REVIEW_FLAGS): {len(m['review_flagged'])}/"
            f"{len(val_ids)} cases {m['review_flagged']}; named wrong: {m['named_wrong']}"
        )
        summary.update({k: v for k, v in m.items() if k != "per_case"})
        if ivd is not None:
            print("IVD Ribeirao Preto (T2, other scanner), disc centres from levels.json:")
            rows = evaluate_ivd(model_dir, ivd, out_dir, infer)
            dists = [r["dist_same_name_mm"] for r in rows if r["dist_same_name_mm"] is not None]
            summary["ivd"] = {
                "discs": len(rows),
                "found_same_name": len(dists),
                "median_dist_mm": float(np.median(dists)) if dists else None,
                "names_agree": sum(r["names_agree"] for r in rows),
                "cases_named_wrong": sorted({r["case"] for r in rows if not r["names_agree"]}),
                "cases_flagged": sorted({r["case"] for r in rows if r["review"]}),
                "rows": rows,
            }
            print(
                f"discs found by name {len(dists)}/{len(rows)}, median distance "
                f"{summary['ivd']['median_dist_mm']} mm, names agree {summary['ivd']['names_agree']}/{len(rows)}"
            )
            print(
                f"cases with a disagreeing disc name {summary['ivd']['cases_named_wrong']}, "
                f"flagged for review {summary['ivd']['cases_flagged']}"
            )
        print(f"overlays: {out_dir}")
        print("JSON " + json.dumps(summary))
    finally:
        if not args.out and args.model_out is None and not args.model:
            shutil.rmtree(work / "model", ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
