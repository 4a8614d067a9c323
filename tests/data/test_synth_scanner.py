"""Scanner profiles of the synthetic renderer, the SAG T1 grid of its own and the Modic truth map."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from spinelab.data.dicom_index import find_study_series, index_directory
from spinelab.data.dicom_series import load_series
from spinelab.data.synth.cohort import generate_cohort
from spinelab.data.synth.render import Acquisition
from spinelab.data.synth.scanner import draw_scanner, get_scanner, load_scanners
from spinelab.data.volume import read_volume


def _acq() -> Acquisition:
    return Acquisition.sample(np.random.default_rng(0), np.zeros(3))


def test_standard_profile_changes_nothing() -> None:
    acq = _acq()
    sc, out = draw_scanner(get_scanner("standard"), acq, np.random.default_rng(1))
    assert out == acq
    assert sc.series(1.7) == (1.7, 1.0)


def test_varied_profile_spreads_scale_contrast_bias_and_noise() -> None:
    prof = get_scanner("varied")
    draws = [draw_scanner(prof, _acq(), np.random.default_rng(i)) for i in range(60)]
    gains = np.array([sc.series(1.0)[0] for sc, _ in draws])
    gammas = np.array([sc.series(1.0)[1] for sc, _ in draws])
    noise = np.array([a.noise for _, a in draws])
    grad = np.array([a.gradient[1] / _acq().gradient[1] for _, a in draws])
    assert gains.max() / gains.min() > 3.0
    assert gammas.min() < 0.85 and gammas.max() > 1.2
    assert noise.min() >= 0.02 and noise.max() <= 0.07 and noise.max() > 0.055
    assert grad.min() < 1.0 < grad.max()


def test_unknown_profile_and_bad_table_name_the_problem(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="valid: \\['standard', 'varied'\\]"):
        get_scanner("vendor_x")
    bad = tmp_path / "scanners.yaml"
    bad.write_text("profiles:\n  x: {gain: [2.0, 1.0]}\n")
    with pytest.raises(ValueError, match="(?s)scanners.yaml.*gain must be a range"):
        load_scanners(bad)


def test_modic_truth_lies_on_the_t1_grid_with_the_drawn_types(tmp_path: Path) -> None:
    manifest = pd.read_csv(generate_cohort(tmp_path / "c", 6, seed=3, preset="small", progress=False))
    own_grid = 0
    for rel in manifest["study_dir"]:
        d = tmp_path / "c" / rel
        roles = find_study_series(index_directory(d)[0])
        t1 = load_series(roles["sagittal_t1"], root=d)
        t2 = load_series(roles["sagittal_t2"], root=d)
        own_grid += not (t1.array.shape == t2.array.shape and np.allclose(t1.affine, t2.affine))
        truth = read_volume(d / "truth" / "modic.nii.gz")
        assert truth.array.shape == t1.array.shape
        np.testing.assert_allclose(truth.affine, t1.affine, atol=1e-3)
        path = pd.read_csv(d / "truth" / "pathology.csv")
        drawn = {int(v[-1]) for v in path.loc[path["finding"] == "modic", "value"] if v != "none"}
        assert set(np.unique(truth.array)) - {0} == drawn
        if 2 in drawn:  # type 2 (fatty) marrow is brighter on T1 than the rest of the image
            assert np.median(t1.array[truth.array == 2]) > np.percentile(t1.array, 90)
    assert 0 < own_grid < len(manifest)
