"""The painted scene of one study: anatomy + pathology as signed-distance shapes in the spine frame.

A :class:`Shape` is a tissue, an optional mask value and a signed distance function (mm,
negative inside) of the curvilinear coordinates ``(s, a, x)`` of
:mod:`spinelab.data.synth.anatomy_model`. Shapes are painted in ``order`` (later ones cover
earlier ones), so pathology is drawn as the tissue that replaces normal anatomy.

How each finding shows (grades are chosen to be clearly distinguishable on the images):

- ``canal_stenosis``: the thecal sac (CSF) cross-section at the disc mid-plane is
  ``CANAL_AREA[grade]`` of normal (100/72/48/24 %), solved numerically so that bulges,
  herniations and lateral-recess narrowing included give exactly that area; the lost space is
  dark (ligament / disc) tissue. Visible on axial and mid-sagittal images.
- ``foraminal_stenosis_left/right``: the foraminal fat (bright on T1 and T2) keeps
  ``FORAMEN_AREA[grade]`` of its normal area around the exiting nerve root (parasagittal, axial).
- ``subarticular_stenosis_left/right``: a dark facet/ligament mass of radius
  ``RECESS_RADIUS[grade]`` mm narrows that lateral recess of the canal (axial).
- ``disc_bulge``: the disc contour extends 3-4.5 mm beyond the endplates (55 % of that
  posteriorly, where it indents the sac).
- ``disc_herniation``: a focal posterior (central or paracentral) protrusion of 3.5-5.5 mm.
- ``modic``: a 4-8 mm marrow band along both endplates of the level (tissue ``modic_typeN``).
- ``spondylolisthesis``: anterior slip of the upper vertebra (in :func:`sample_spine`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from spinelab.anatomy import MASK_VALUES
from spinelab.data.synth.anatomy_model import SpineModel

#: Thecal sac cross-section at the disc mid-plane, fraction of normal, per canal grade.
CANAL_AREA: dict[str, float] = {"none": 1.0, "mild": 0.72, "moderate": 0.48, "severe": 0.24}
#: Foraminal fat area, fraction of normal, per foraminal grade.
FORAMEN_AREA: dict[str, float] = {"none": 1.0, "mild": 0.62, "moderate": 0.36, "severe": 0.13}
#: Radius (mm) of the mass narrowing a lateral recess, per subarticular grade.
RECESS_RADIUS: dict[str, float] = {"none": 0.0, "mild": 3.5, "moderate": 5.5, "severe": 7.5}

CANAL_LABEL = MASK_VALUES["canal"]


class Sdf(Protocol):
    """Signed distance (mm, < 0 inside) at curvilinear coordinates ``(s, a, x)``.

    A protocol rather than a ``Callable`` alias so that lambdas binding loop variables as
    defaulted parameters (``lambda s, a, x, side=side: ...``) still type-check.
    """

    def __call__(self, s: np.ndarray, a: np.ndarray, x: np.ndarray, /) -> np.ndarray: ...


@dataclass(frozen=True)
class Shape:
    """A painted structure: sdf(s, a, x) in mm (< 0 inside), valid only inside its s/a ranges.

    ``label``: mask value written where the shape covers a voxel centre (None: leave the mask,
    0: erase it). ``order``: painting order (higher covers lower).
    """

    name: str
    tissue: str
    order: int
    s_range: tuple[float, float]
    a_range: tuple[float, float]
    sdf: Sdf
    label: int | None = None


# ---- signed-distance primitives (approximate, exact enough for a 1 mm partial-volume ramp) --
def ellipse(u: np.ndarray, v: np.ndarray, ru: np.ndarray | float, rv: np.ndarray | float) -> np.ndarray:
    """Approximate signed distance to an axis-aligned ellipse (mm)."""
    return (np.sqrt((u / ru) ** 2 + (v / rv) ** 2) - 1.0) * np.minimum(ru, rv)


def ellipsoid(u: np.ndarray, v: np.ndarray, w: np.ndarray, ru: float, rv: float, rw: float) -> np.ndarray:
    """Approximate signed distance to an axis-aligned ellipsoid (mm)."""
    return (np.sqrt((u / ru) ** 2 + (v / rv) ** 2 + (w / rw) ** 2) - 1.0) * min(ru, rv, rw)


def slab(u: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """Signed distance to the slab lo <= u <= hi."""
    return np.maximum(lo - u, u - hi)


def _pv(level: str, finding: str, pathology: dict[tuple[str, str], str], default: str) -> str:
    return pathology.get((level, finding), default)


@dataclass
class Scene:
    """All shapes of a study plus the model they came from; ``extent_s`` bounds the spine."""

    model: SpineModel
    shapes: list[Shape]
    canal_q: dict[str, float]  # solved sac scale per disc level (area fraction before carving)


def build_scene(model: SpineModel, pathology: dict[tuple[str, str], str], rng: np.random.Generator) -> Scene:
    """Shapes of the whole study (soft tissue, bone, discs, canal, foramina, pathology).

    ``pathology`` maps (disc level, finding) -> value (as in ``truth/pathology.csv``);
    ``rng`` draws the free details (herniation side, bulge size, habitus, bowel).
    """
    m = model
    shapes: list[Shape] = []
    add = shapes.append
    vs, ds = m.vertebrae, m.discs
    s_lo, s_hi = float(m.s_table[0]), float(m.s_table[-1])
    # body depth along s (for the canal's anterior wall)
    knots_s = np.array([v.s_center for v in vs] + [d.s_center for d in ds])
    knots_ra = np.array([v.ra for v in vs] + [d.ra for d in ds])
    order_k = np.argsort(knots_s)
    knots_s, knots_ra = knots_s[order_k], knots_ra[order_k]

    tab_s0, tab_step = float(m.s_table[0]), 0.5
    tab_s = np.arange(tab_s0, float(m.s_table[-1]) + tab_step, tab_step)
    ra_tab = np.interp(tab_s, knots_s, knots_ra).astype(np.float32)

    def body_ra(s: np.ndarray) -> np.ndarray:
        """Body AP half-depth at s (nearest entry of a 0.5 mm table)."""
        i = np.clip(((s - tab_s0) * (1.0 / tab_step) + 0.5).astype(np.int32), 0, len(ra_tab) - 1)
        return ra_tab[i]

    cra, crx = m.canal_ra, m.canal_rx

    def canal_a(s: np.ndarray) -> np.ndarray:
        return -0.85 * body_ra(s) - np.float32(cra + 0.3)

    a_canal_typ = -0.85 * 15.0 - cra - 0.3

    # ---- habitus: body outline, subcutaneous fat, muscles, vessels, bowel ----------------
    a_back = a_canal_typ - cra - 45.0 - float(rng.uniform(12, 40))
    a_front = float(rng.uniform(95, 150))
    half_w = float(rng.uniform(140, 180))
    fat_t = float(rng.uniform(8, 28))
    a_mid, half_a = 0.5 * (a_front + a_back), 0.5 * (a_front - a_back)

    def outline(s, a, x, inset=0.0):
        u2, v2 = (x * (1.0 / half_w)) ** 2, ((a - a_mid) * (1.0 / half_a)) ** 2
        return (np.sqrt(np.sqrt(u2 * u2 + v2 * v2)) - 1.0) * min(half_w, half_a) + inset

    add(Shape("body_outline", "fat", 0, (s_lo, s_hi), (a_back - 5, a_front + 5), outline))
    add(Shape("body_inner", "soft_tissue", 1, (s_lo, s_hi), (a_back - 5, a_front + 5),
              lambda s, a, x: outline(s, a, x, fat_t)))
    for side in (-1.0, 1.0):
        add(Shape(f"paraspinal_{side:+.0f}", "muscle", 2, (s_lo, s_hi),
                  (a_canal_typ - cra - 48, a_canal_typ + 5),
                  lambda s, a, x, side=side: ellipse(x - side * (crx + 17), a - (canal_a(s) - cra - 20), 20.0, 22.0)))
    l1, l5, s1 = m.vertebra("L1"), m.vertebra("L5"), m.vertebra("S1")
    for side in (-1.0, 1.0):
        def psoas(s, a, x, side=side):
            f = np.clip((s - l1.s_top) / (l5.s_bottom - l1.s_top), 0.0, 1.0)
            rx = 3.0 + 17.0 * f
            return np.maximum(ellipse(x - side * (24.0 + 12.0 + 0.3 * rx), a + 2.0, rx, 0.8 * rx),
                              slab(s, l1.s_top, s1.s_top + 20))
        add(Shape(f"psoas_{side:+.0f}", "muscle", 2, (l1.s_top - 2, s1.s_top + 22), (-25, 20), psoas))
    l4 = m.vertebra("L4")
    add(Shape("aorta", "vessel", 3, (s_lo, l4.s_center + 12), (0, 60),
              lambda s, a, x: np.maximum(ellipse(x - 10.0, a - (body_ra(s) + 11.0), 10.0, 10.0),
                                         s - l4.s_center - 10)))
    add(Shape("ivc", "vessel", 3, (s_lo, l5.s_center + 12), (0, 60),
              lambda s, a, x: np.maximum(ellipse(x + 17.0, a - (body_ra(s) + 9.0), 12.0, 7.0),
                                         s - l5.s_center - 10)))
    for i in range(int(rng.integers(8, 14))):
        cs, ca, cx = rng.uniform(vs[2].s_top, m.s_end), rng.uniform(45, a_front - 25), rng.uniform(-80, 80)
        r = rng.uniform(8, 22, 3)
        tissue = str(rng.choice(["csf", "fat", "muscle", "vessel", "soft_tissue"]))
        add(Shape(f"bowel_{i}", tissue, 4, (cs - r[2] - 2, cs + r[2] + 2), (ca - r[1] - 2, ca + r[1] + 2),
                  lambda s, a, x, c=(cs, ca, cx), r=r: ellipsoid(s - c[0], a - c[1], x - c[2], r[2], r[1], r[0])))

    # ---- posterior elements (cortex + marrow), before the bodies ----------------------------
    def bone(name: str, order: int, s_rng, a_rng, sdf: Sdf) -> None:
        add(Shape(name, "cortical_bone", order, s_rng, a_rng, sdf))
        add(Shape(name + "_marrow", "marrow", order + 1, s_rng, a_rng, lambda s, a, x: sdf(s, a, x) + 1.3))

    for v in vs:
        if v.name == "S1":
            continue
        st, sb, sc = v.s_top, v.s_bottom, v.s_center
        for side in (-1.0, 1.0):
            def pedicle(s, a, x, side=side, st=st, v=v):
                ac = canal_a(s)
                return np.maximum(ellipse(x - side * (crx + 3.5), s - (st + 8.0), 4.2, 7.0),
                                  slab(a, ac - 0.3 * cra, -0.75 * v.ra))
            bone(f"pedicle_{v.name}_{side:+.0f}", 10, (st - 1, st + 17), (-60, 5), pedicle)

        def lamina(s, a, x, st=st, sb=sb):
            ac = canal_a(s)
            return np.maximum(np.maximum(slab(a, ac - cra - 6.0, ac - cra + 1.0), np.abs(x) - (crx + 7.0)),
                              slab(s, st + 5.0, sb + 4.0))
        bone(f"lamina_{v.name}", 10, (st + 3, sb + 6), (-70, 0), lamina)

        def spinous(s, a, x, sc=sc):
            ac = canal_a(s)
            return np.maximum(np.maximum(slab(a, ac - cra - 40.0, ac - cra - 3.0), np.abs(x) - 3.2),
                              slab(s, sc - 4.0, sc + 13.0))
        bone(f"spinous_{v.name}", 10, (sc - 6, sc + 15), (-110, 0), spinous)
    for d in ds:
        for side in (-1.0, 1.0):
            def facet(s, a, x, side=side, d=d):
                ac = canal_a(s)
                return ellipsoid(x - side * (crx + 5.0), a - (ac - cra + 1.0), s - (d.s_center - 2.0), 6.0, 7.0, 11.0)
            bone(f"facet_{d.name}_{side:+.0f}", 10, (d.s_center - 14, d.s_center + 10), (-70, 0), facet)
    # sacral alae and sacral lamina
    for side in (-1.0, 1.0):
        def ala(s, a, x, side=side):
            return np.maximum(np.maximum(slab(side * x, 16.0, 50.0), slab(a, -22.0, 8.0)),
                              slab(s, s1.s_top + 3.0, s1.s_bottom + 20.0))
        bone(f"ala_{side:+.0f}", 10, (s1.s_top + 1, s1.s_bottom + 22), (-24, 10), ala)

    def sacral_lamina(s, a, x):
        ac = canal_a(s)
        return np.maximum(np.maximum(slab(a, ac - cra - 6.0, ac - cra + 0.5), np.abs(x) - (crx + 6.0)),
                          slab(s, s1.s_top + 4.0, m.s_end - 10.0))
    bone("sacral_lamina", 10, (s1.s_top + 2, m.s_end - 8), (-80, 0), sacral_lamina)

    # ---- vertebral bodies (labelled cortex shell + marrow) and the sacrum -------------------
    def body_sdf(v):
        def f(s, a, x):
            half = 0.5 * v.height
            waist = 1.0 - 0.07 * np.clip(1.0 - ((s - v.s_center) / half) ** 2, 0.0, 1.0)
            d_xa = np.maximum(ellipse(x, a, v.rx * waist, v.ra * waist), -(a + 0.85 * v.ra * waist))
            return np.maximum(d_xa, slab(s, v.s_top, v.s_bottom))
        return f

    body_fns = {v.name: body_sdf(v) for v in vs}
    for v in vs:
        rng_s, rng_a = (v.s_top - 2, v.s_bottom + 2), (-v.ra - 2, v.ra + 2)
        f_body = body_fns[v.name]
        add(Shape(f"body_{v.name}", "cortical_bone", 20, rng_s, rng_a, f_body, label=v.label))
        add(Shape(f"body_{v.name}_marrow", "marrow", 21, rng_s, rng_a,
                  lambda s, a, x, f=f_body: f(s, a, x) + 1.2))

    def sacrum(s, a, x):
        f = np.clip((s - s1.s_bottom) / m.sacrum_length, 0.0, 1.0)
        rx, ra = s1.rx * (0.9 - 0.5 * f), s1.ra * (0.9 - 0.45 * f)
        return np.maximum(ellipse(x, a + 3.0 * f, rx, ra), slab(s, s1.s_bottom - 0.5, m.s_end))
    add(Shape("sacrum", "cortical_bone", 20, (s1.s_bottom - 2, m.s_end + 2), (-s1.ra - 8, s1.ra + 2), sacrum))
    add(Shape("sacrum_marrow", "marrow", 21, (s1.s_bottom - 2, m.s_end + 2), (-s1.ra - 8, s1.ra + 2),
              lambda s, a, x: sacrum(s, a, x) + 1.2))

    # ---- Modic endplate bands ----------------------------------------------------------------
    for d in ds:
        mod = _pv(d.name, "modic", pathology, "none")
        if mod == "none":
            continue
        t = float(rng.uniform(4.0, 8.0))
        for vname, lo_hi in ((d.upper, "bottom"), (d.lower, "top")):
            v = m.vertebra(vname)
            lo, hi = (v.s_bottom - t, v.s_bottom - 1.0) if lo_hi == "bottom" else (v.s_top + 1.0, v.s_top + t)
            add(Shape(f"modic_{d.name}_{vname}", f"modic_{mod}", 22, (lo - 2, hi + 2), (-v.ra - 2, v.ra + 2),
                      lambda s, a, x, f=body_fns[vname], lo=lo, hi=hi: np.maximum(f(s, a, x) + 1.2, slab(s, lo, hi))))

    # ---- discs ----------------------------------------------------------------------------------
    def disc_sdf(d, extra: float = 0.8, post: float = 1.0):
        """Disc bulging ``extra`` mm beyond the endplates (``post`` x that posteriorly)."""
        def f(s, a, x):
            prof = np.clip(1.0 - ((s - d.s_center) / (0.5 * d.height + 0.3)) ** 2, 0.0, 1.0)
            b = extra * prof
            d_xa = np.maximum(ellipse(x, a, d.rx + b, d.ra + b), -(a + 0.85 * d.ra + post * b))
            return np.maximum(d_xa, slab(s, d.s_top - 0.3, d.s_bottom + 0.3))
        return f

    bulges: dict[str, float] = {}
    for d in ds:
        rng_s, rng_a = (d.s_top - 2, d.s_bottom + 2), (-d.ra - 8, d.ra + 8)
        add(Shape(f"disc_{d.name}", "annulus", 30, rng_s, rng_a, disc_sdf(d), label=d.label))
        tissue = "nucleus_degenerate" if d.degenerate else "nucleus"
        add(Shape(f"nucleus_{d.name}", tissue, 31, rng_s, rng_a,
                  lambda s, a, x, d=d: ellipsoid(x, a + 0.1 * d.ra, s - d.s_center, 0.6 * d.rx, 0.5 * d.ra,
                                                 max(0.32 * d.height, 1.0))))
        if _pv(d.name, "disc_bulge", pathology, "absent") == "present":
            bulges[d.name] = float(rng.uniform(3.0, 4.5))

    # ---- canal: epidural fat, stenosis filler, thecal sac (CSF), cord / cauda equina -----------
    sac_ra0, sac_rx0 = cra - 1.2, crx - 1.8
    carvers: dict[str, list[Shape]] = {d.name: [] for d in ds}
    for d in ds:
        if d.name in bulges:
            b = bulges[d.name]
            outer, inner = disc_sdf(d, b, post=0.55), disc_sdf(d)
            carvers[d.name].append(Shape(f"bulge_{d.name}", "annulus", 50, (d.s_top - 2, d.s_bottom + 2),
                                         (-d.ra - 8, d.ra + 8),
                                         lambda s, a, x, o=outer, i=inner: np.maximum(o(s, a, x), -i(s, a, x)),
                                         label=d.label))
        if _pv(d.name, "disc_herniation", pathology, "absent") == "present":
            side = float(rng.choice([-1.0, 0.0, 1.0]))
            xh, ph = side * float(rng.uniform(3.0, 6.0)), float(rng.uniform(3.5, 5.5))
            ra_h = 0.5 * ph + 1.5
            ah = -0.85 * d.ra - ph + ra_h
            rs_h = 0.5 * d.height + 1.5
            carvers[d.name].append(Shape(
                f"herniation_{d.name}", "herniation", 51, (d.s_center - rs_h - 2, d.s_center + rs_h + 2),
                (ah - ra_h - 2, ah + ra_h + 2),
                lambda s, a, x, c=(d.s_center, ah, xh), r=(rs_h, ra_h): ellipsoid(s - c[0], a - c[1], x - c[2],
                                                                                   r[0], r[1], 6.5),
                label=d.label))
        for side, fname in ((1.0, "subarticular_stenosis_left"), (-1.0, "subarticular_stenosis_right")):
            rr = RECESS_RADIUS[_pv(d.name, fname, pathology, "none")]
            if rr <= 0:
                continue
            carvers[d.name].append(Shape(
                f"recess_{d.name}_{side:+.0f}", "ligament", 52, (d.s_center - 9, d.s_center + 9), (-80, 0),
                lambda s, a, x, side=side, r=rr, sc=d.s_center: ellipsoid(
                    x - side * (sac_rx0 + 0.5), a - (canal_a(s) - 0.2 * cra), s - sc, r, r, 6.0),
                label=0))

    # solve the sac scale per level so that the CSF area at the disc mid-plane is the grade's
    canal_q: dict[str, float] = {}
    sigma: dict[str, float] = {}
    for d in ds:
        target = CANAL_AREA[_pv(d.name, "canal_stenosis", pathology, "none")]
        sigma[d.name] = max(0.5 * d.height + 1.5, 4.0)
        canal_q[d.name] = _solve_sac_scale(target, d.s_center, canal_a, sac_ra0, sac_rx0, carvers[d.name])

    disc_sc = np.array([d.s_center for d in ds], dtype=np.float32)
    disc_q = np.array([canal_q[d.name] for d in ds], dtype=np.float32)
    disc_sig = np.array([sigma[d.name] for d in ds], dtype=np.float32)

    def q_of(s):
        q = np.ones_like(s)
        for sc, qq, sg in zip(disc_sc, disc_q, disc_sig, strict=True):
            if abs(qq - 1.0) < 2e-3 or s.size == 0:
                continue
            if s.min() > sc + 6 * sg or s.max() < sc - 6 * sg:
                continue
            q = q + (qq - 1.0) * np.exp(-0.5 * ((s - sc) / sg) ** 2)
        return q

    sac_end = s1.s_bottom + 12.0
    canal_end = m.s_end - 10.0
    add(Shape("canal_fat", "fat", 40, (s_lo, canal_end + 2), (-80, 0),
              lambda s, a, x: np.maximum(ellipse(x, a - canal_a(s), crx, cra), s - canal_end)))

    def sac_params(s, q):
        ra, rx = sac_ra0 * q**0.7, sac_rx0 * q**0.3
        ac = canal_a(s) + 0.8 - 0.15 * 2.0 * (sac_ra0 - ra)
        return ac, ra, rx

    def filler(s, a, x):
        q = q_of(s)
        inside = ellipse(x, a - (canal_a(s) + 0.8), sac_rx0 + 0.6, sac_ra0 + 0.6)
        return np.maximum(np.maximum(inside, s - sac_end), np.where(q < 0.995, -10.0, 10.0))
    add(Shape("stenosis_filler", "ligament", 41, (s_lo, sac_end + 2), (-80, 0), filler, label=0))

    def sac(s, a, x):
        ac, ra, rx = sac_params(s, q_of(s))
        end = np.maximum(s - sac_end, 0.0)
        return ellipse(x, a - ac, rx, ra) + end
    add(Shape("thecal_sac", "csf", 42, (s_lo, sac_end + 8), (-80, 0), sac, label=CANAL_LABEL))
    conus = l1.s_center + float(rng.uniform(-8, 12))

    def cord(s, a, x):
        ac, _, _ = sac_params(s, q_of(s))
        taper = np.clip((conus - s) / 18.0, 0.15, 1.0)
        return np.maximum(ellipse(x, a - ac, 4.8 * taper, 3.8 * taper), s - conus)
    add(Shape("cord", "cord", 43, (s_lo, conus + 2), (-80, 0), cord))
    root_off = [(-2.5, -0.45), (2.5, -0.45), (-5.0, -0.2), (5.0, -0.2), (-1.0, -0.7), (1.0, -0.7)]

    def cauda(s, a, x):
        ac, ra, rx = sac_params(s, q_of(s))
        d = None
        for ox, oa in root_off:
            e = ellipse(x - ox * rx / sac_rx0, a - (ac + oa * ra), 0.9, 0.9)
            d = e if d is None else np.minimum(d, e)
        return np.maximum(np.maximum(d, conus - s), s - (sac_end - 3.0))
    add(Shape("cauda_equina", "nerve_root", 43, (conus - 2, sac_end), (-80, 0), cauda))
    for d in ds:
        shapes.extend(carvers[d.name])

    # ---- neural foramina: fat around the exiting root, narrowed by grade ---------------------
    for d in ds:
        for side, fname in ((1.0, "foraminal_stenosis_left"), (-1.0, "foraminal_stenosis_right")):
            grade = _pv(d.name, fname, pathology, "none")
            k = float(np.sqrt(FORAMEN_AREA[grade]))
            sf = d.s_center - 0.5 * d.height - 3.5
            xf = side * (crx + 6.5)

            def envelope(s, a, x, sf=sf, xf=xf, k=1.0):
                return ellipsoid(x - xf, a - (canal_a(s) + 2.5), s - sf, 5.5, 6.0 * k, 9.0 * k)
            rs, ra = (sf - 11, sf + 11), (-60, 0)
            if grade != "none":
                add(Shape(f"foramen_env_{d.name}_{side:+.0f}", "ligament", 60, rs, ra, envelope))
            add(Shape(f"foramen_fat_{d.name}_{side:+.0f}", "fat", 61, rs, ra,
                      lambda s, a, x, e=envelope, k=k: e(s, a, x, k=k)))

            def root(s, a, x, sf=sf, xf=xf):
                return np.maximum(ellipse(a - (canal_a(s) + 3.0), s - (sf - 3.0), 2.4, 2.4), np.abs(x - xf) - 6.0)
            add(Shape(f"root_{d.name}_{side:+.0f}", "nerve_root", 62, rs, ra, root))
    return Scene(model=m, shapes=shapes, canal_q=canal_q)


def _solve_sac_scale(target: float, s_disc: float, canal_a: Callable, sac_ra0: float, sac_rx0: float,
                     carvers: list[Shape], step: float = 0.15) -> float:
    """Sac scale q whose CSF area at the disc mid-plane, minus the carving shapes, is ``target``
    times the normal sac area (bisection on a fine 2-D grid of the (x, a) plane)."""
    ac0 = float(canal_a(np.float32(s_disc)))
    xs = np.arange(-sac_rx0 - 4, sac_rx0 + 4, step, dtype=np.float32)
    as_ = np.arange(ac0 - sac_ra0 - 5, ac0 + sac_ra0 + 5, step, dtype=np.float32)
    X2, A2 = np.meshgrid(xs, as_, indexing="ij")
    X, A = X2.ravel(), A2.ravel()
    S = np.full_like(X, s_disc)
    carved = np.zeros(X.shape, dtype=bool)
    for c in carvers:
        carved |= c.sdf(S, A, X) < 0
    normal_area = float((ellipse(X, A - (ac0 + 0.8), sac_rx0, sac_ra0) < 0).sum())

    def area(q: float) -> float:
        ra, rx = sac_ra0 * q**0.7, sac_rx0 * q**0.3
        ac = ac0 + 0.8 - 0.15 * 2.0 * (sac_ra0 - ra)
        inside = (ellipse(X, A - ac, rx, ra) < 0) & ~carved
        return float(inside.sum()) / normal_area

    lo, hi = 0.03, 1.45
    if area(hi) <= target:
        return hi
    for _ in range(22):
        mid = 0.5 * (lo + hi)
        if area(mid) < target:
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


def sac_area_fraction(scene: Scene, level: str, step: float = 0.15) -> float:
    """Rendered CSF area of the sac at a disc's mid-plane / normal sac area (for checks)."""
    m = scene.model
    d = m.disc(level)
    xs = np.arange(-30, 30, step, dtype=np.float32)
    as_ = np.arange(-60, 0, step, dtype=np.float32)
    X2, A2 = np.meshgrid(xs, as_, indexing="ij")
    X, A = X2.ravel(), A2.ravel()
    S = np.full_like(X, d.s_center)
    owner = np.full(X.shape, -1, dtype=np.int32)
    shapes = sorted(enumerate(scene.shapes), key=lambda t: (t[1].order, t[0]))
    for i, sh in shapes:
        if sh.s_range[0] <= d.s_center <= sh.s_range[1]:
            owner[sh.sdf(S, A, X) < 0] = i
    is_sac = np.array([sh.name in ("thecal_sac", "cord", "cauda_equina") for sh in scene.shapes])
    sac_px = float(is_sac[owner[owner >= 0]].sum())
    ac = -0.85 * d.ra - m.canal_ra - 0.3 + 0.8  # normal sac centre (canal_a at the disc) + 0.8
    normal = float((ellipse(X, A - ac, m.canal_rx - 1.8, m.canal_ra - 1.2) < 0).sum())
    return sac_px / normal
