"""A picture of the grader's test metrics: task x level heat maps of macro-F1 and linear kappa."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd


def plot_metrics_table(table: pd.DataFrame, out: str | Path, *, metrics: tuple[str, ...] = ("f1", "kappa")) -> Path:
    """Write a PNG with one heat map per metric (rows: tasks, columns: 'all' then disc levels).

    ``table``: the long table of ``GraderMetrics.table()`` (task, level, metric, value).
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    t = table[table["task"] != "rsna"]
    levels = ["all", *[lv for lv in dict.fromkeys(t["level"]) if lv != "all"]]
    tasks = list(dict.fromkeys(t["task"]))
    fig, axes = plt.subplots(1, len(metrics), figsize=(4 + 1.1 * len(levels) * len(metrics), 1 + 0.45 * len(tasks)),
                             squeeze=False)
    for ax, m in zip(axes[0], metrics, strict=True):
        grid = (t[t["metric"] == m].pivot_table(index="task", columns="level", values="value", aggfunc="first")
                .reindex(index=tasks, columns=levels))
        vals = grid.to_numpy(dtype=float)
        im = ax.imshow(np.ma.masked_invalid(vals), vmin=0 if m != "kappa" else -0.2, vmax=1, cmap="viridis", aspect="auto")
        for (i, j), v in np.ndenumerate(vals):
            if np.isfinite(v):
                ax.text(j, i, f"{v:.2f}", ha="center", va="center", fontsize=7, color="w" if v < 0.6 else "k")
        ax.set_xticks(range(len(levels)), levels, rotation=45, ha="right", fontsize=8)
        ax.set_yticks(range(len(tasks)), tasks if ax is axes[0][0] else [""] * len(tasks), fontsize=8)
        ax.set_title({"f1": "macro-F1", "kappa": "linear kappa (graded)"}.get(m, m), fontsize=9)
        fig.colorbar(im, ax=ax, fraction=0.04)
    rsna = table[(table["task"] == "rsna") & (table["metric"] == "score")]["value"]
    if len(rsna):
        fig.suptitle(f"RSNA 2024 weighted log loss {float(rsna.iloc[0]):.3f}", fontsize=9)
    fig.tight_layout()
    out = Path(out)
    tmp = out.with_name(f".{out.stem}.tmp{os.getpid()}.png")
    fig.savefig(tmp, dpi=110)
    plt.close(fig)
    os.replace(tmp, out)
    return out
