"""A PNG contact sheet of one synthetic study: sagittal T2/T1 (mid and both foramina) with the
truth mask outlined, and the middle axial slice of each disc's stack, captioned with the
per-level pathology truth. For a person checking that the findings show."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd


def _load_series(folder: Path) -> tuple[np.ndarray, list]:
    """(slices, rows, cols) pixels sorted along the slice normal, and the sorted datasets."""
    import pydicom

    dss = [pydicom.dcmread(f) for f in sorted(folder.glob("*.dcm"))]
    iop = np.array(dss[0].ImageOrientationPatient, float)
    n = np.cross(iop[:3], iop[3:])
    dss.sort(key=lambda d: float(np.array(d.ImagePositionPatient, float) @ n))
    return np.stack([d.pixel_array for d in dss]), dss


def write_preview(study_dir: str | Path, out_png: str | Path) -> Path:
    """Write the contact sheet of a study directory (cohort layout) to ``out_png`` (atomic)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from spinelab.data.volume import read_nifti

    study = Path(study_dir)
    folders = sorted(p for p in (study / "dicom").iterdir() if p.is_dir())
    kinds = {}
    for f in folders:
        name = f.name.upper()
        kinds["ax" if ("AX" in name or "TRA" in name) else ("t1" if "T1" in name else "t2")] = f
    t2, _ = _load_series(kinds["t2"])
    t1, _ = _load_series(kinds["t1"])
    ax, ax_ds = _load_series(kinds["ax"])
    mask = read_nifti(study / "truth" / "mask.nii.gz").array
    truth = pd.read_csv(study / "truth" / "axial_levels.csv")
    path = pd.read_csv(study / "truth" / "pathology.csv")
    k = t2.shape[0] // 2
    # parasagittal slices through the foramina: the mask's canal is at the middle; step ~16 mm
    step = max(1, int(round(16.0 / _spacing(kinds["t2"]))))
    sag_panels = [("SAG T2 mid", t2[k], mask[k]), ("SAG T1 mid", t1[k], None),
                  ("SAG T2 one side", t2[max(k - step, 0)], None), ("SAG T2 other side", t2[min(k + step, len(t2) - 1)], None)]
    by_uid = {d.SOPInstanceUID: i for i, d in enumerate(ax_ds)}
    ax_panels = []
    for level, g in truth.groupby("level", sort=False):
        row = g.iloc[(g["distance_mm"].abs()).argmin()]
        ax_panels.append((f"AX {level} ({row['distance_mm']:+.1f} mm)", ax[by_uid[row["sop_instance_uid"]]], None))
    fig, axes = plt.subplots(2, max(len(sag_panels), len(ax_panels)), figsize=(4 * 5, 9))
    for row_axes, panels in zip(axes, (sag_panels, ax_panels), strict=True):
        for a in row_axes:
            a.axis("off")
        for a, (title, img, m) in zip(row_axes, panels, strict=False):
            a.imshow(img, cmap="gray", vmin=0, vmax=np.percentile(img, 99.5))
            if m is not None:
                a.contour(m, levels=np.arange(0.5, 21), colors="yellow", linewidths=0.4)
            a.set_title(title, fontsize=9)
    pos = path[~path["value"].isin(["none", "absent"])]
    lines = [f"{lv}: " + ", ".join(f"{f}={v}" for f, v in zip(g["finding"], g["value"], strict=True))
             for lv, g in pos.groupby("level", sort=False)]
    fig.suptitle(f"{study.parent.name}/{study.name} (synthetic)\n" + ("\n".join(lines) or "no findings"),
                 fontsize=8, ha="left", x=0.01)
    fig.tight_layout(rect=(0, 0, 1, 0.88))
    out = Path(out_png)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp.png")
    fig.savefig(tmp, dpi=70)
    plt.close(fig)
    tmp.replace(out)
    return out


def _spacing(folder: Path) -> float:
    import pydicom

    f = next(iter(sorted(folder.glob("*.dcm"))))
    return float(pydicom.dcmread(f, stop_before_pixels=True).SpacingBetweenSlices)
