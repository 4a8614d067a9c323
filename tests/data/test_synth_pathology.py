"""Tests of spinelab.data.synth.pathology (synthetic per-level pathology sampler)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml

from spinelab.anatomy import DISCS
from spinelab.data.synth.pathology import (
    PATHOLOGY_VALUES,
    PREVALENCE_FILE,
    level_distributions,
    load_prevalence,
    sample_pathology,
)
from spinelab.schema import FINDINGS, GRADED_FINDINGS

N_STUDIES = 1500


@pytest.fixture(scope="module")
def batch() -> pd.DataFrame:
    """Long table (study, level, finding, value) of N_STUDIES sampled studies."""
    rng = np.random.default_rng(1234)
    first = sample_pathology(rng)
    values = np.concatenate(
        [first.value.to_numpy()]
        + [sample_pathology(rng).value.to_numpy() for _ in range(N_STUDIES - 1)]
    )
    n = len(first)
    return pd.DataFrame(
        {
            "study": np.repeat(np.arange(N_STUDIES), n),
            "level": np.tile(first.level.to_numpy(), N_STUDIES),
            "finding": np.tile(first.finding.to_numpy(), N_STUDIES),
            "value": values,
        }
    )


def test_one_sample_covers_every_level_and_finding_with_valid_values() -> None:
    df = sample_pathology(np.random.default_rng(0))
    assert list(df.columns) == ["level", "finding", "value"]
    assert len(df) == len(DISCS) * len(FINDINGS)
    assert set(zip(df.level, df.finding, strict=True)) == {
        (lv, f) for lv in DISCS for f in FINDINGS
    }
    for f, v in zip(df.finding, df.value, strict=True):
        assert v in PATHOLOGY_VALUES[f], (f, v)


def test_values_valid_over_a_batch_and_graded_never_present(batch: pd.DataFrame) -> None:
    for f, vals in PATHOLOGY_VALUES.items():
        got = set(batch.loc[batch.finding == f, "value"])
        assert got <= set(vals), (f, got)
    assert not (batch.finding.isin(GRADED_FINDINGS) & (batch.value == "present")).any()
    # every value of every finding is produced somewhere
    for f, vals in PATHOLOGY_VALUES.items():
        assert set(batch.loc[batch.finding == f, "value"]) == set(vals), f


def test_frequencies_match_the_prevalence_file(batch: pd.DataFrame) -> None:
    expected = level_distributions()
    obs = batch.groupby(["level", "finding"])["value"].value_counts(normalize=True)
    n = batch.study.nunique()
    for lv in DISCS:
        for f in FINDINGS:
            for v, p in expected[lv][f].items():
                got = float(obs.get((lv, f, v), 0.0))
                tol = 4 * np.sqrt(p * (1 - p) / n) + 0.005
                assert abs(got - p) <= tol, (lv, f, v, got, p)


def test_distributions_follow_the_documented_assumptions() -> None:
    d = level_distributions()
    cfg = load_prevalence()
    for lv in DISCS:
        for f in FINDINGS:
            assert sum(d[lv][f].values()) == pytest.approx(1.0)
    # RSNA moderate/severe copied; T12-L1 less stenosis than L1-L2
    assert d["L4-L5"]["canal_stenosis"]["severe"] == pytest.approx(
        cfg.rsna2024["L4-L5"]["canal_stenosis"].severe, abs=0.002
    )
    for f in GRADED_FINDINGS:
        t12, l12 = d["T12-L1"][f], d["L1-L2"][f]
        assert t12["moderate"] + t12["severe"] < l12["moderate"] + l12["severe"], f
    assert all(d[lv]["modic"]["type1"] >= cfg.assumptions.modic_type1_min - 1e-3 for lv in DISCS)
    # lower lumbar discs degenerate more than upper ones
    assert d["L4-L5"]["disc_herniation"]["present"] > d["L1-L2"]["disc_herniation"]["present"]


def test_same_seed_same_pathology_and_different_seeds_differ() -> None:
    a = sample_pathology(np.random.default_rng(7))
    b = sample_pathology(np.random.default_rng(7))
    pd.testing.assert_frame_equal(a, b)
    others = [sample_pathology(np.random.default_rng(s)) for s in range(8, 14)]
    assert any(not o.equals(a) for o in others)


def test_herniation_raises_central_grades_and_sides_are_correlated(batch: pd.DataFrame) -> None:
    w = batch.pivot_table(
        index=["study", "level"], columns="finding", values="value", aggfunc="first"
    )
    bad = w.canal_stenosis.isin(["moderate", "severe"])
    hern = w.disc_herniation == "present"
    assert bad[hern].mean() > 1.5 * bad[~hern].mean()
    sub_bad = w.subarticular_stenosis_left.isin(["moderate", "severe"])
    assert sub_bad[hern].mean() > sub_bad[~hern].mean()
    # severe canal stenosis mostly comes with a bulge
    severe = w.canal_stenosis == "severe"
    assert (w.disc_bulge[severe] == "present").mean() > (w.disc_bulge == "present").mean()
    left = w.foraminal_stenosis_left.isin(["moderate", "severe"])
    right = w.foraminal_stenosis_right.isin(["moderate", "severe"])
    assert right[left].mean() > 2 * right[~left].mean()


def test_bad_prevalence_file_names_the_file(tmp_path: Path) -> None:
    raw = yaml.safe_load(PREVALENCE_FILE.read_text())
    raw["rsna2024"]["L4-L5"]["canal_stenosis"]["severe"] = 0.9  # no longer sums to 1
    bad = tmp_path / "prev.yaml"
    bad.write_text(yaml.safe_dump(raw))
    with pytest.raises(ValueError, match="prev.yaml"):
        load_prevalence(bad)
    raw = yaml.safe_load(PREVALENCE_FILE.read_text())
    raw["copula"]["loadings"]["modic"] = {"patient": 0.9, "degeneration": 0.9}
    bad.write_text(yaml.safe_dump(raw))
    with pytest.raises(ValueError, match="sum of squares"):
        load_prevalence(bad)
