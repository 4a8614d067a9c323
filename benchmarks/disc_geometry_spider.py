"""Disc centres, planes and names from SPIDER vertebra masks vs the reference disc masks.

For each of the 48 SPIDER reference masks (``realdata/spider-masks``), the discs and canal are
removed, ``fit_levels`` runs on the vertebrae alone (anonymous bodies, ``lowest_disc='L5-S1'``)
and each predicted disc is matched to the nearest reference disc centroid. Prints the centre
distance in mm (median, mean, 90th percentile; between-vertebra discs and the extrapolated lowest
disc separately), naming accuracy (names counted from the bottom vs the reference disc's
position from the bottom) and the angle between predicted and reference normals (reference:
smallest-variance PCA axis of the disc mask), then one JSON line.

    python benchmarks/disc_geometry_spider.py [--limit N] [--plot hist.png]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from rich.progress import track

from spinelab.data.volume import Volume, read_metaimage
from spinelab.segmentation.levels import LevelsError, fit_levels
from spinelab.segmentation.levels_naming import ladder_index, ladder_name
from spinelab.testing import shared_path


def reference_discs(vol: Volume, positions: dict[int, int]) -> list[dict]:
    """Centroid (mm), PCA normal and name (counted from the bottom) of each reference disc."""
    arr = vol.array
    out = []
    for lab, pos in positions.items():
        idx = np.argwhere(arr == lab)
        if len(idx) == 0:
            continue
        pts = vol.index_to_mm(idx)
        c = pts.mean(axis=0)
        _, _, vt = np.linalg.svd(pts - c, full_matrices=False)
        upper = ladder_name(ladder_index("L5") - (pos - 1))
        lower = ladder_name(ladder_index("S1") - (pos - 1))
        out.append({"label": lab, "name": f"{upper}-{lower}", "center": c, "normal": vt[-1]})
    return out


def evaluate_series(path: Path, positions: dict[int, int]) -> list[dict]:
    """One row per predicted disc: series, name, ref name, distance mm, angle deg, extrapolated."""
    vol = read_metaimage(path)
    arr = np.asarray(vol.array)
    vert = np.where((arr >= 1) & (arr <= 25), arr, 0).astype(np.int16)
    labels = [int(v) for v in np.unique(vert) if v > 0]
    mask = Volume(vert, vol.affine, {"path": str(path)})
    res = fit_levels(mask, {v: "vertebra" for v in labels}, lowest_disc="L5-S1", source="benchmark")
    refs = reference_discs(vol, positions)
    rows = []
    for r in refs:  # recall: is every reference disc found (a prediction within 10 mm)?
        r["found"] = any(
            np.linalg.norm(np.array(d["center_mm"]) - r["center"]) < 10.0 for d in res.discs
        )
    rows.append(
        {"series": path.stem, "ref_discs": len(refs), "ref_found": sum(r["found"] for r in refs)}
    )
    for i, d in enumerate(res.discs):
        c = np.array(d["center_mm"])
        dists = [float(np.linalg.norm(c - r["center"])) for r in refs]
        r = refs[int(np.argmin(dists))]
        cosang = abs(float(np.dot(d["normal"], r["normal"])))
        rows.append(
            {
                "series": path.stem,
                "name": d["name"],
                "ref_name": r["name"],
                "dist_mm": min(dists),
                "angle_deg": float(np.degrees(np.arccos(min(1.0, cosang)))),
                "extrapolated": i == len(res.discs) - 1,
                "n_ref": len(refs),
                "n_pred": len(res.discs),
                "qc": ";".join(q["flag"] for q in res.qc),
            }
        )
    return rows


#: corruption -> QC flags of which one must be raised. One label over two adjacent bodies is a
#: duplicate when the bodies stay apart and a merged body when they touch (whole-vertebra masks
#: often touch at the facets), so either flag counts for both.
ONE_LABEL_TWO_BODIES = {"duplicate_label", "merged_body_split"}
CORRUPTIONS: dict[str, set[str]] = {
    "swap": {"relabelled"},
    "duplicate": ONE_LABEL_TWO_BODIES,
    "missing": {"missing_level"},
    "merged": ONE_LABEL_TWO_BODIES,
    "blob": {"spurious_component"},
}


def corruption_trials(path: Path, inf_to_sup: list[int]) -> list[dict]:
    """Simulated network errors on a real mask, named by class (no anchor): repaired and flagged?

    Truth names count up from the lowest vertebra (L5). One middle body ``a`` (and ``b``, the
    body just below it) is corrupted at a time; success = names of the remaining bodies right and
    the expected QC flag raised.
    """
    vol = read_metaimage(path)
    arr = np.asarray(vol.array)
    sup_to_inf = inf_to_sup[::-1]
    truth = {lab: ladder_name(ladder_index("L5") - i) for i, lab in enumerate(inf_to_sup)}
    names = {lab: truth[lab] for lab in inf_to_sup}
    base = np.where((arr >= 1) & (arr <= 25), arr, 0).astype(np.int16)
    k = len(sup_to_inf) // 2
    a, b = sup_to_inf[k], sup_to_inf[k + 1]  # a above b
    rows = []
    for kind, flag in CORRUPTIONS.items():
        m = base.copy()
        expect = [truth[lab] for lab in sup_to_inf]
        if kind == "swap":
            m[base == a], m[base == b] = b, a
        elif kind == "duplicate":
            m[base == b] = a
        elif kind == "missing":
            m[base == a] = 0
            expect.remove(truth[a])
        elif kind == "merged":
            m[base == b] = a
            m[arr == 200 + a] = a  # the disc just below vertebra a
        elif kind == "blob":
            c = vol.mm_to_index(
                vol.index_to_mm(np.argwhere(base == a).mean(0)) + np.array([0, -55.0, 0])
            )
            lo = np.maximum(np.rint(c).astype(int) - 6, 0)
            hi = np.minimum(lo + 12, np.array(arr.shape))
            if np.any(hi - lo < 3):
                continue
            m[lo[0] : hi[0], lo[1] : hi[1], lo[2] : hi[2]] = sup_to_inf[0]
        res = fit_levels(Volume(m, vol.affine, {"path": str(path)}), names)
        got = [v["name"] for v in res.vertebrae]
        flags = {q["flag"] for q in res.qc}
        rows.append(
            {
                "series": path.stem,
                "corruption": kind,
                "names_right": got == expect,
                "flagged": bool(flag & flags),
                "flags": ";".join(sorted(flags)),
            }
        )
    return rows


def summarise(df: pd.DataFrame) -> dict:
    def stats(x: pd.Series) -> dict:
        return {
            "n": int(len(x)),
            "median": float(np.median(x)) if len(x) else None,
            "mean": float(np.mean(x)) if len(x) else None,
            "p90": float(np.quantile(x, 0.9)) if len(x) else None,
        }

    inner = df[~df.extrapolated]
    return {
        "dist_mm_all": stats(df.dist_mm),
        "dist_mm_between": stats(inner.dist_mm),
        "dist_mm_extrapolated": stats(df[df.extrapolated].dist_mm),
        "angle_deg_all": stats(df.angle_deg),
        "angle_deg_between": stats(inner.angle_deg),
        "naming_accuracy": float((df.name == df.ref_name).mean()),
        "series_all_names_right": float(
            (df.assign(ok=df["name"] == df["ref_name"]).groupby("series")["ok"].all()).mean()
        ),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="first N series only")
    ap.add_argument("--plot", type=Path, default=None, help="write a histogram PNG of distances")
    ap.add_argument("--csv", type=Path, default=None, help="write the per-disc table")
    ap.add_argument(
        "--corrupt",
        action="store_true",
        help="also simulate network errors (swap, duplicate, missing, merged, blob)",
    )
    args = ap.parse_args(argv)
    root = shared_path("realdata", "spider-masks")
    if root is None:
        print("realdata/spider-masks not found (set SPINELAB_SHARED)", file=sys.stderr)
        return 2
    pos = pd.read_csv(root / "disc_mask_label_to_ivd_label.csv")
    series = sorted(pos.series.unique())[: args.limit]
    rows, errors = [], []
    t0 = time.perf_counter()
    for s in track(series, description="SPIDER series"):
        p = pos[pos.series == s]
        try:
            rows += evaluate_series(
                root / f"{s}.mha", dict(zip(p.mask_label, p.position_from_bottom, strict=True))
            )
        except (LevelsError, ValueError, RuntimeError) as e:  # recorded, the batch goes on
            errors.append({"series": s, "error": str(e)})
    allrows = pd.DataFrame(rows)
    recall = allrows.dropna(subset=["ref_discs"])
    df = allrows[allrows["ref_discs"].isna()].reset_index(drop=True)
    df["extrapolated"] = df["extrapolated"].astype(bool)
    summary = summarise(df)
    summary["reference_discs"] = int(recall.ref_discs.sum())
    summary["reference_discs_found"] = int(recall.ref_found.sum())
    if args.corrupt:
        order = pd.read_csv(root / "label_order_per_series.csv").set_index("series")
        trials = []
        for s in track(series, description="corruptions"):
            try:
                trials += corruption_trials(
                    root / f"{s}.mha",
                    [int(x) for x in order.loc[s, "vertebrae_inf_to_sup"].split()],
                )
            except (LevelsError, ValueError, RuntimeError) as e:
                errors.append({"series": s, "error": f"corruption trial: {e}"})
        tdf = pd.DataFrame(trials)
        per = tdf.groupby("corruption")[["names_right", "flagged"]].mean()
        print(per.round(3).to_string())
        bad = tdf[~(tdf.names_right & tdf.flagged)]
        if len(bad):
            print(bad.to_string(index=False))
        summary["corruptions"] = {
            c: {"names_right": float(r.names_right), "flagged": float(r.flagged)}
            for c, r in per.iterrows()
        }
    summary.update(
        {
            "series": len(series),
            "errors": len(errors),
            "seconds_per_series": (time.perf_counter() - t0) / max(1, len(series)),
        }
    )
    if args.csv:
        df.to_csv(args.csv, index=False)
    for e in errors:
        print(f"ERROR {e['series']}: {e['error']}")
    worst = df.sort_values("dist_mm", ascending=False).head(8)
    print(
        worst[
            ["series", "name", "ref_name", "dist_mm", "angle_deg", "extrapolated", "qc"]
        ].to_string(index=False)
    )
    for k in (
        "dist_mm_between",
        "dist_mm_extrapolated",
        "dist_mm_all",
        "angle_deg_between",
        "angle_deg_all",
    ):
        v = summary[k]
        print(
            f"{k:22s} n={v['n']:4d} median={v['median']:.2f} mean={v['mean']:.2f} p90={v['p90']:.2f}"
        )
    print(
        f"reference discs found (a predicted centre within 10 mm): "
        f"{summary['reference_discs_found']}/{summary['reference_discs']}"
    )
    print(
        f"naming accuracy (counted from the bottom) {summary['naming_accuracy']:.3f}; "
        f"series with every name right {summary['series_all_names_right']:.3f}"
    )
    if args.plot:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        fig, ax = plt.subplots(1, 2, figsize=(9, 3.5))
        ax[0].hist(
            [df[~df.extrapolated].dist_mm, df[df.extrapolated].dist_mm],
            bins=30,
            stacked=True,
            label=["between vertebrae", "extrapolated lowest"],
        )
        ax[0].set_xlabel("disc centre error (mm)")
        ax[0].legend()
        ax[1].hist(df.angle_deg, bins=30)
        ax[1].set_xlabel("normal angle error (deg)")
        fig.tight_layout()
        fig.savefig(args.plot, dpi=100)
        print(f"plot written to {args.plot}")
    print(json.dumps({"benchmark": "disc_geometry_spider", **summary}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
