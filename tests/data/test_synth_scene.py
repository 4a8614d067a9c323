"""spinelab.data.synth.scene / render: pathology grades are visible in the rendered images."""

from __future__ import annotations

import numpy as np
import pytest

from spinelab.anatomy import DISCS, MASK_VALUES
from spinelab.data.synth.anatomy_model import sample_spine
from spinelab.data.synth.protocol import get_preset
from spinelab.data.synth.render import paint
from spinelab.data.synth.scene import CANAL_AREA, FORAMEN_AREA, build_scene, sac_area_fraction
from spinelab.data.synth.tissues import load_tissues
from spinelab.schema import FINDINGS

GRADES = ("none", "mild", "moderate", "severe")


def _pathology(**overrides: str) -> dict[tuple[str, str], str]:
    """Normal study, with (level, finding) overrides given as finding__level=value."""
    normal = {f: ("none" if "stenosis" in f or f == "modic" else "absent") for f in FINDINGS}
    p = {(lv, f): v for lv in DISCS for f, v in normal.items()}
    for key, v in overrides.items():
        f, lv = key.split("__")
        p[(lv.replace("_", "-"), f)] = v
    return p


PATH = _pathology(
    canal_stenosis__L1_L2="none", canal_stenosis__L2_L3="mild", canal_stenosis__L3_L4="moderate",
    canal_stenosis__L4_L5="severe", disc_bulge__L4_L5="present", disc_herniation__L3_L4="present",
    subarticular_stenosis_left__L2_L3="moderate", disc_bulge__L1_L2="present",
    foraminal_stenosis_left__L1_L2="none", foraminal_stenosis_left__L2_L3="mild",
    foraminal_stenosis_left__L3_L4="moderate", foraminal_stenosis_left__L4_L5="severe",
    spondylolisthesis__L5_S1="present", modic__L5_S1="type1",
)
SIGNALS = {k: np.array([v.t1, v.t2], dtype=np.float32) for k, v in load_tissues().tissues.items()}


@pytest.fixture(scope="module")
def scene():
    rng = np.random.default_rng(7)
    model = sample_spine(rng, PATH)
    return build_scene(model, PATH, rng)


def _plane(model, s: float, a_rng, x_rng, *, fixed_x: float | None = None, step: float = 0.25):
    """LPS points of a grid in the curvilinear (a, x) plane at s, or (s, a) plane at fixed x."""
    a = np.arange(*a_rng, step)
    if fixed_x is None:
        xs, s_vals = np.arange(*x_rng, step), [s]
    else:
        xs, s_vals = np.array([fixed_x]), np.arange(s - 12, s + 12, step)
    pts = []
    for s_ in s_vals:
        c = model.local_to_lps(float(s_), 0.0, 0.0)
        ant = model.local_to_lps(float(s_), 1.0, 0.0) - c
        aa, xx = np.meshgrid(a, xs, indexing="ij")
        pts.append(c + aa.ravel()[:, None] * ant + xx.ravel()[:, None] * np.array([1.0, 0.0, 0.0]))
    return np.concatenate(pts).astype(np.float32)


def test_canal_area_follows_grade(scene) -> None:
    for level, grade in zip(("L1-L2", "L2-L3", "L3-L4", "L4-L5"), GRADES, strict=True):
        # bulges, herniation and lateral-recess masses included, the sac keeps its grade's area
        assert sac_area_fraction(scene, level) == pytest.approx(CANAL_AREA[grade], abs=0.05), level


def test_rendered_canal_and_foramen_shrink_with_grade(scene) -> None:
    m = scene.model
    canal, fat = [], []
    for level in ("L1-L2", "L2-L3", "L3-L4", "L4-L5"):
        d = m.disc(level)
        pts = _plane(m, d.s_center, (-45, -5), (-20, 20), step=0.4)
        _, lab = paint(scene, pts, SIGNALS, pv_mm=0.4)
        canal.append(int((lab == MASK_VALUES["canal"]).sum()))
        sf = d.s_center - 0.5 * d.height - 3.5
        pts = _plane(m, sf, (-45, -5), None, fixed_x=m.canal_rx + 6.5, step=0.4)
        sig, _ = paint(scene, pts, SIGNALS, pv_mm=0.4)
        fat.append(int(np.all(np.abs(sig - SIGNALS["fat"]) < 1.0, axis=1).sum()))
    canal_rel = np.array(canal) / canal[0]
    np.testing.assert_allclose(canal_rel, [CANAL_AREA[g] for g in GRADES], atol=0.08)
    fat_rel = np.array(fat) / fat[0]
    assert np.all(np.diff(fat_rel) < -0.1), fat_rel
    np.testing.assert_allclose(fat_rel, [FORAMEN_AREA[g] for g in GRADES], atol=0.15)


def test_listhesis_and_modic(scene) -> None:
    m = scene.model
    assert m.slips and "L5-S1" in m.slips and 4.0 <= m.slips["L5-S1"] <= 8.5
    # the L5 body centre sits anterior of where the unslipped curve would put it
    l5 = m.vertebra("L5")
    shifted = m.curve_point(l5.s_center)
    t = float(m.theta(l5.s_center))
    unslipped = np.array([m.x0, np.interp(l5.s_center, m.s_table, m.yz_table[:, 0]),
                          np.interp(l5.s_center, m.s_table, m.yz_table[:, 1])])
    assert float((shifted - unslipped) @ np.array([0, -np.cos(t), -np.sin(t)])) == pytest.approx(m.slips["L5-S1"], abs=0.1)
    # Modic type 1 at L5-S1: the band in L5 above the disc is T1 dark, T2 bright
    pts = np.array([m.local_to_lps(l5.s_bottom - 2.5, 0.0, 0.0), m.local_to_lps(l5.s_center, 0.0, 0.0)],
                   dtype=np.float32)
    sig, lab = paint(scene, pts, SIGNALS)
    assert lab[0] == lab[1] == MASK_VALUES["L5"]
    assert sig[0, 0] < sig[1, 0] and sig[0, 1] > sig[1, 1]


def test_unknown_preset_lists_names() -> None:
    with pytest.raises(ValueError, match="standard"):
        get_preset("huge")
