"""Benchmark: a trained segmenter on real volumes altered the way other scanners and sites alter them.

The hidden test of a segmenter is a scan from a scanner it never saw: clinical sagittal series
with 3-4 mm slices, a field of view that ends above the sacrum or cuts L1, a surface-coil bias,
more noise, another contrast, a patient lying flexed. This script takes the 8 MyoSegmenTUM
validation cases of ``segmentation_real.py`` (same split) and the 2 Ribeirao T2 scans, applies
each alteration below to image and reference mask alike, runs ``segment run``'s prediction and
naming, and prints per alteration: MyoSegmenTUM mean Dice and naming accuracy, Ribeirao disc names
that agree, and the **silent failures**: cases named wrong that no QC flag puts on
``segment archive``'s review list (``REVIEW_FLAGS``). A wrong name that reaches a reviewer costs
a look; a silent one puts every label of the study on the wrong disc.

    python benchmarks/segmentation_robustness.py --model /tmp/seg_model [--out DIR] [--only a,b]

Alterations (``ALTERATIONS``; array axes of these volumes: 0 head->feet, 1 front->back,
2 left-right, 1 mm):

- ``thick_4mm``: 4 mm sagittal slices, each the mean of 4 adjacent 1 mm slices (partial volume);
  the reference is the label filling most of each 4 mm voxel.
- ``thick_4mm_inplane_0.5mm``: the same, then 0.5 mm in-plane (linear image, nearest mask), the
  geometry of a clinical sagittal T2.
- ``fov_top_cut``: the rows above 8 mm over the second-highest reference structure removed (L1 or
  the L1-L2 disc out of view or cut).
- ``fov_no_sacrum``: the rows below 4 mm under the lowest reference structure removed (no sacrum
  to count from).
- ``bias_ap``: a posterior surface coil's fall-off, intensity x 1.0 at the back to x 0.35 at the
  front.
- ``noise``: Rician noise, sigma 6 % of the 99th intensity percentile.
- ``gamma_0.6`` / ``gamma_1.6``: another contrast, ``p99 * (x / p99) ** g``.
- ``rotate_+12`` / ``rotate_-12``: the sagittal plane's content rotated by 12 degrees (flexion,
  extension, a tilted patient).
- ``mirror``: left-right mirrored (the slice order reversed).

Scores count only reference structures of which at least 90 % of the voxels are still in view.
``--out`` gets ``robustness.json`` and ``robustness.png`` (Dice, naming and silent failures per
alteration). Prints no patient data (case ids only).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from scipy import ndimage
from segmentation_real import (  # benchmarks/ is on sys.path when this script runs
    IVD_NAMES,
    MYO_NAMES,
    real_data,
    score_ivd_case,
    score_myo_case,
)

from spinelab.data.volume import Volume, read_volume
from spinelab.segmentation.model_dir import load_model_dir

#: (image, reference mask) -> the altered pair; the reference is an integer array on the altered
#: image's grid.
Alteration = Callable[[Volume, np.ndarray], tuple[Volume, np.ndarray]]

#: Voxel share of a reference structure that must stay in view for it to be scored.
MIN_KEPT = 0.9


def _with_index_map(affine: np.ndarray, scale: np.ndarray, offset: np.ndarray) -> np.ndarray:
    """The affine of a grid whose index ``j`` sits at old index ``scale * j + offset``."""
    m = np.eye(4)
    m[:3, :3] = np.diag(scale)
    m[:3, 3] = offset
    return affine @ m


def thick_slices(image: Volume, ref: np.ndarray, factor: int = 4) -> tuple[Volume, np.ndarray]:
    """Slices ``factor`` times thicker along axis 2: image = mean of ``factor`` adjacent slices
    (a thick slice's partial volume), reference = the label filling most of each thick voxel
    (ties: the lower value, so a half-filled voxel is background)."""
    n = image.array.shape[2] // factor
    arr = np.asarray(image.array, dtype=np.float32)[:, :, : n * factor]
    thick = arr.reshape(*arr.shape[:2], n, factor).mean(axis=3)
    centre = (factor - 1) / 2
    slabs = ref[:, :, : n * factor].reshape(*ref.shape[:2], n, factor)
    values = np.unique(ref)
    counts = np.stack([(slabs == v).sum(axis=3) for v in values])
    ref_thick = values[np.argmax(counts, axis=0)].astype(ref.dtype)
    affine = _with_index_map(image.affine, np.array([1.0, 1.0, factor]), np.array([0, 0, centre]))
    return Volume(thick, affine, dict(image.meta)), ref_thick


def finer_in_plane(image: Volume, ref: np.ndarray, factor: int = 2) -> tuple[Volume, np.ndarray]:
    """Axes 0 and 1 sampled ``factor`` times finer (voxel centres of the new grid inside the old
    voxels): linear interpolation for the image, nearest for the reference."""
    shape = (image.array.shape[0] * factor, image.array.shape[1] * factor, image.array.shape[2])
    scale = np.array([1 / factor, 1 / factor, 1.0])
    offset = np.array([(1 / factor - 1) / 2, (1 / factor - 1) / 2, 0.0])
    grid = np.indices(shape, dtype=np.float32)
    coords = grid * scale[:, None, None, None] + offset[:, None, None, None]
    img = ndimage.map_coordinates(
        np.asarray(image.array, dtype=np.float32), coords, order=1, mode="nearest"
    )
    lab = ndimage.map_coordinates(ref, coords, order=0, mode="nearest")
    return Volume(img, _with_index_map(image.affine, scale, offset), dict(image.meta)), lab


def _rows_of(ref: np.ndarray) -> list[tuple[int, int]]:
    """(first row, last row) on axis 0 of each reference structure, from head to feet."""
    spans = []
    for v in np.unique(ref[ref > 0]):
        rows = np.flatnonzero((ref == v).any(axis=(1, 2)))
        spans.append((int(rows[0]), int(rows[-1])))
    return sorted(spans)


def crop_rows(image: Volume, ref: np.ndarray, start: int, stop: int) -> tuple[Volume, np.ndarray]:
    """Rows ``start:stop`` of axis 0; the affine moves the origin to row ``start``."""
    start, stop = max(0, start), min(image.array.shape[0], stop)
    affine = _with_index_map(image.affine, np.ones(3), np.array([start, 0, 0]))
    return (
        Volume(np.asarray(image.array)[start:stop], affine, dict(image.meta)),
        ref[start:stop],
    )


def fov_top_cut(image: Volume, ref: np.ndarray, margin_mm: float = 8.0) -> tuple[Volume, np.ndarray]:
    """Remove the rows above ``margin_mm`` over the second-highest reference structure."""
    top = _rows_of(ref)[1][0] - int(round(margin_mm / image.spacing[0]))
    return crop_rows(image, ref, top, image.array.shape[0])


def fov_no_sacrum(
    image: Volume, ref: np.ndarray, margin_mm: float = 4.0
) -> tuple[Volume, np.ndarray]:
    """Remove the rows below ``margin_mm`` under the lowest reference structure."""
    bottom = max(last for _, last in _rows_of(ref)) + int(round(margin_mm / image.spacing[0])) + 1
    return crop_rows(image, ref, 0, bottom)


def _p99(arr: np.ndarray) -> float:
    return float(np.percentile(arr, 99)) or 1.0


def bias_ap(image: Volume, ref: np.ndarray, front: float = 0.35) -> tuple[Volume, np.ndarray]:
    """Multiply by a ramp along axis 1: ``front`` at the first (anterior) row, 1.0 at the back."""
    arr = np.asarray(image.array, dtype=np.float32)
    ramp = np.linspace(front, 1.0, arr.shape[1], dtype=np.float32)[None, :, None]
    return Volume(arr * ramp, image.affine, dict(image.meta)), ref


def rician_noise(
    image: Volume, ref: np.ndarray, rel_sigma: float = 0.06, seed: int = 0
) -> tuple[Volume, np.ndarray]:
    """Rician noise: ``|x + n1 + i n2|`` with ``n1, n2 ~ N(0, (rel_sigma * p99)^2)``."""
    arr = np.asarray(image.array, dtype=np.float32)
    sigma = rel_sigma * _p99(arr)
    rng = np.random.default_rng(seed)
    n1 = rng.normal(0.0, sigma, arr.shape).astype(np.float32)
    n2 = rng.normal(0.0, sigma, arr.shape).astype(np.float32)
    return Volume(np.hypot(arr + n1, n2), image.affine, dict(image.meta)), ref


def gamma(image: Volume, ref: np.ndarray, g: float) -> tuple[Volume, np.ndarray]:
    """``p99 * (x / p99) ** g`` on the non-negative image (another contrast curve)."""
    arr = np.clip(np.asarray(image.array, dtype=np.float32), 0, None)
    p = _p99(arr)
    return Volume(p * (arr / p) ** g, image.affine, dict(image.meta)), ref


def rotate_in_plane(image: Volume, ref: np.ndarray, degrees: float) -> tuple[Volume, np.ndarray]:
    """Rotate each sagittal slice's content (axes 0, 1) about the slice centre; the grid and
    affine stay, corners fill with the image's minimum and the reference's background."""
    arr = np.asarray(image.array, dtype=np.float32)
    img = ndimage.rotate(arr, degrees, axes=(0, 1), reshape=False, order=1, cval=float(arr.min()))
    lab = ndimage.rotate(ref, degrees, axes=(0, 1), reshape=False, order=0, cval=0)
    return Volume(img, image.affine, dict(image.meta)), lab


def mirror(image: Volume, ref: np.ndarray) -> tuple[Volume, np.ndarray]:
    """Reverse the slice order (axis 2); the affine stays, so the anatomy is mirrored."""
    return (
        Volume(np.ascontiguousarray(np.asarray(image.array)[:, :, ::-1]), image.affine, dict(image.meta)),
        np.ascontiguousarray(ref[:, :, ::-1]),
    )


ALTERATIONS: dict[str, Alteration] = {
    "none": lambda image, ref: (image, ref),
    "thick_4mm": thick_slices,
    "thick_4mm_inplane_0.5mm": lambda image, ref: finer_in_plane(*thick_slices(image, ref)),
    "fov_top_cut": fov_top_cut,
    "fov_no_sacrum": fov_no_sacrum,
    "bias_ap": bias_ap,
    "noise": rician_noise,
    "gamma_0.6": lambda image, ref: gamma(image, ref, 0.6),
    "gamma_1.6": lambda image, ref: gamma(image, ref, 1.6),
    "rotate_+12": lambda image, ref: rotate_in_plane(image, ref, 12.0),
    "rotate_-12": lambda image, ref: rotate_in_plane(image, ref, -12.0),
    "mirror": mirror,
}


def kept_names(
    ref_before: np.ndarray, ref_after: np.ndarray, names: dict[int, str], spacing_ratio: float
) -> dict[int, str]:
    """The structures of ``names`` with at least ``MIN_KEPT`` of their volume still in view;
    ``spacing_ratio``: voxel volume after / before (voxel counts compared in mm^3)."""
    kept = {}
    for value, name in names.items():
        before = float((ref_before == value).sum())
        if before and (ref_after == value).sum() * spacing_ratio >= MIN_KEPT * before:
            kept[value] = name
    return kept


def _altered(
    alter: Alteration, image: Volume, ref: np.ndarray, names: dict[int, str]
) -> tuple[Volume, np.ndarray, dict[int, str]]:
    """The altered (image, reference) and the structures of ``names`` still scored on them."""
    img2, ref2 = alter(image, ref)
    ratio = float(np.prod(img2.spacing) / np.prod(image.spacing))
    return img2, ref2, kept_names(ref, ref2, names, ratio)


def run_alteration(
    name: str, model: Any, myo: list[tuple[str, Volume, np.ndarray]], ivd: list[tuple[str, Volume, np.ndarray]]
) -> dict[str, Any]:
    """Score one alteration on every case; the summary row printed and plotted."""
    alter = ALTERATIONS[name]
    myo_cases, ivd_rows, seconds = [], [], []
    for cid, image, ref in myo:
        img2, ref2, names = _altered(alter, image, ref, MYO_NAMES)
        case, _, _ = score_myo_case(model, img2, ref2, cid, names)
        seconds.append(case["seconds"])
        case["named_wrong"] = case["naming_correct"] < len(case["naming"])
        myo_cases.append(case)
    for cid, image, ref in ivd:
        img2, ref2, names = _altered(alter, image, ref, IVD_NAMES)
        rows, _, _ = score_ivd_case(model, img2, ref2, cid, names)
        ivd_rows.extend(rows)
    dices = [v for c in myo_cases for v in c["dice"].values()]
    n_ref = sum(len(c["naming"]) for c in myo_cases)
    ivd_wrong = sorted({r["case"] for r in ivd_rows if not r["names_agree"]})
    ivd_review = {r["case"] for r in ivd_rows if r["review"]}
    myo_wrong = [c["case"] for c in myo_cases if c["named_wrong"]]
    return {
        "alteration": name,
        "myo_mean_dice": float(np.mean(dices)) if dices else None,
        "myo_naming": sum(c["naming_correct"] for c in myo_cases) / max(1, n_ref),
        "myo_named_wrong": myo_wrong,
        "myo_review": [c["case"] for c in myo_cases if c["review"]],
        "myo_silent": [c["case"] for c in myo_cases if c["named_wrong"] and not c["review"]],
        "ivd_names_agree": sum(r["names_agree"] for r in ivd_rows),
        "ivd_discs": len(ivd_rows),
        "ivd_named_wrong": ivd_wrong,
        "ivd_silent": [c for c in ivd_wrong if c not in ivd_review],
        "seconds_per_volume": float(np.mean(seconds)),
        "myo_case_dice": {c["case"]: float(np.mean(list(c["dice"].values()))) for c in myo_cases},
        "myo_qc": {c["case"]: c["qc"] for c in myo_cases},
    }


def plot(rows: list[dict[str, Any]], path: Path) -> None:
    """Three bar panels per alteration: MyoSegmenTUM Dice, naming (both sets), silent failures."""
    import matplotlib
    import matplotlib.ticker

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = [r["alteration"] for r in rows]
    y = np.arange(len(rows))
    fig, axes = plt.subplots(1, 3, figsize=(13, 0.45 * len(rows) + 1.5), sharey=True)
    axes[0].barh(y, [r["myo_mean_dice"] or 0 for r in rows], color="tab:blue")
    axes[0].axvline(0.9, color="k", lw=0.8, ls="--")
    axes[0].set_xlim(0.5, 1.0)
    axes[0].set_title("MyoSegmenTUM mean Dice")
    axes[1].barh(y - 0.2, [r["myo_naming"] for r in rows], 0.4, label="MyoSegmenTUM bodies")
    axes[1].barh(
        y + 0.2,
        [r["ivd_names_agree"] / max(1, r["ivd_discs"]) for r in rows],
        0.4,
        label="Ribeirao discs",
    )
    axes[1].set_xlim(0, 1.0)
    axes[1].set_title("names right")
    axes[1].legend(loc="lower left", fontsize=8)
    axes[2].barh(y, [len(r["myo_silent"]) + len(r["ivd_silent"]) for r in rows], color="tab:red")
    axes[2].set_title("cases named wrong, not flagged")
    axes[2].xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
    axes[0].set_yticks(y, names)
    axes[0].invert_yaxis()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, required=True, help="a `segment train` model directory")
    ap.add_argument("--out", type=Path, help="write robustness.json and robustness.png here")
    ap.add_argument("--only", help="comma list of alterations (default: all)")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args(argv)

    import torch

    torch.set_num_threads(args.threads)
    names = args.only.split(",") if args.only else list(ALTERATIONS)
    unknown = [n for n in names if n not in ALTERATIONS]
    if unknown:
        ap.error(f"unknown alteration(s) {unknown}; known: {', '.join(ALTERATIONS)}")
    data = real_data()
    if data is None:
        return 2
    myo_root, ivd_root, _, val_ids = data

    def load(root: Path, cid: str) -> tuple[str, Volume, np.ndarray]:
        ref = np.asarray(read_volume(root / cid / "mask.nii.gz").array).astype(np.int16)
        return cid, read_volume(root / cid / "image.nii.gz"), ref

    myo = [load(myo_root, c) for c in val_ids]
    ivd = (
        [load(ivd_root, p.name) for p in sorted(ivd_root.iterdir()) if (p / "image.nii.gz").exists()]
        if ivd_root is not None
        else []
    )
    model = load_model_dir(args.model)
    print(f"model {args.model}; {len(myo)} MyoSegmenTUM validation cases {val_ids}, {len(ivd)} Ribeirao")
    print(
        f"{'alteration':<26}{'Dice':>7}{'naming':>8}{'Rib. names':>11}  named wrong (silent: not flagged)"
    )
    rows = []
    t0 = time.monotonic()
    for name in names:
        r = run_alteration(name, model, myo, ivd)
        rows.append(r)
        dice_txt = f"{r['myo_mean_dice']:.3f}" if r["myo_mean_dice"] is not None else "-"
        print(
            f"{name:<26}{dice_txt:>7}{100 * r['myo_naming']:>7.1f}%"
            f"{r['ivd_names_agree']:>6}/{r['ivd_discs']:<4}  "
            f"Myo {r['myo_named_wrong']} (silent {r['myo_silent']}); "
            f"Rib {r['ivd_named_wrong']} (silent {r['ivd_silent']}) | {r['seconds_per_volume']:.1f} s/vol",
            flush=True,
        )
    silent = sum(len(r["myo_silent"]) + len(r["ivd_silent"]) for r in rows)
    wrong = sum(len(r["myo_named_wrong"]) + len(r["ivd_named_wrong"]) for r in rows)
    print(
        f"{len(rows)} alterations x {len(myo) + len(ivd)} volumes in {time.monotonic() - t0:.0f} s; "
        f"case-alterations named wrong {wrong}, of them not flagged for review {silent}"
    )
    summary = {"benchmark": "segmentation_robustness", "model": str(args.model), "rows": rows}
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "robustness.json").write_text(json.dumps(summary, indent=1))
        plot(rows, args.out / "robustness.png")
        print(f"wrote {args.out / 'robustness.json'} and {args.out / 'robustness.png'}")
    print("JSON " + json.dumps({k: v for k, v in summary.items() if k != "rows"} | {
        "rows": [{k: v for k, v in r.items() if k != "myo_qc"} for r in rows]
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
