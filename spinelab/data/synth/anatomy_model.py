"""The lordotic lumbar spine of one synthetic study: a centre curve and per-level sizes in LPS mm.

The spine is described in a **curvilinear frame** attached to the curve through the vertebral
body centres (which lies in the sagittal plane ``x = x0``):

- ``s``: arc length along the curve in mm, increasing caudally (0 = top of T9);
- ``a``: signed distance from the curve along its anterior normal (``a > 0`` anterior), in mm;
- ``x``: patient left-right offset from the midline ``x - x0`` in mm (LPS: ``x > 0`` left).

Every structure is a shape in that frame, so the vertebrae and wedge-shaped discs follow the
lordosis. Spondylolisthesis shifts everything cranial to a slipped disc anteriorly by the slip.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from spinelab.anatomy import MASK_VALUES

#: Vertebrae modelled, cranial -> caudal (T9..T11 are unlabelled context above T12).
VERTEBRAE_MODELLED: tuple[str, ...] = ("T9", "T10", "T11", "T12", "L1", "L2", "L3", "L4", "L5", "S1")
# nominal sizes (mm): body height, AP half-depth, lateral half-width; disc heights below each
_BODY_H = (21.0, 22.0, 23.0, 24.0, 25.0, 26.5, 27.0, 27.0, 26.0, 26.0)
_BODY_RA = (12.5, 13.0, 13.5, 14.0, 14.5, 15.0, 15.5, 16.0, 16.5, 16.0)
_BODY_RX = (15.5, 16.0, 17.0, 18.0, 19.5, 21.0, 22.5, 23.5, 24.5, 24.0)
_DISC_H = (5.0, 5.0, 5.5, 6.5, 8.0, 9.0, 10.0, 10.5, 9.0)
#: Length (mm) of the fused sacrum below the S1 segment.
SACRUM_LENGTH = 60.0
_TABLE_STEP = 0.25
_TABLE_MARGIN = 160.0


@dataclass(frozen=True)
class Vertebra:
    """One vertebral body: name, mask value (None if unlabelled), s-extent and radii (mm)."""

    name: str
    label: int | None
    s_top: float
    s_bottom: float
    ra: float
    rx: float

    @property
    def s_center(self) -> float:
        return 0.5 * (self.s_top + self.s_bottom)

    @property
    def height(self) -> float:
        return self.s_bottom - self.s_top


@dataclass(frozen=True)
class Disc:
    """One disc between ``upper`` and ``lower``: s-extent, radii (mm) and degeneration flag."""

    name: str
    label: int | None
    upper: str
    lower: str
    s_top: float
    s_bottom: float
    ra: float
    rx: float
    degenerate: bool

    @property
    def s_center(self) -> float:
        return 0.5 * (self.s_top + self.s_bottom)

    @property
    def height(self) -> float:
        return self.s_bottom - self.s_top


@dataclass
class SpineModel:
    """Per-study spine geometry in LPS mm (see the module docstring for the curvilinear frame).

    ``s_table`` / ``theta_table`` / ``yz_table`` sample the centre curve: ``theta`` is the angle
    (rad) of the caudal tangent from -z towards +y (posterior), so the caudal unit tangent is
    ``(0, sin t, -cos t)`` and the anterior normal ``(0, -cos t, -sin t)``.
    """

    x0: float
    s_table: np.ndarray
    theta_table: np.ndarray
    yz_table: np.ndarray  # (n, 2) curve y, z
    vertebrae: list[Vertebra]
    discs: list[Disc]
    canal_ra: float
    canal_rx: float
    slips: dict[str, float] = field(default_factory=dict)  # disc name -> anterior slip (mm)
    sacrum_length: float = SACRUM_LENGTH

    # ---- lookup -------------------------------------------------------------------------
    def vertebra(self, name: str) -> Vertebra:
        for v in self.vertebrae:
            if v.name == name:
                return v
        raise KeyError(f"unknown vertebra {name!r}; valid: {[v.name for v in self.vertebrae]}")

    def disc(self, name: str) -> Disc:
        for d in self.discs:
            if d.name == name:
                return d
        raise KeyError(f"unknown disc {name!r}; valid: {[d.name for d in self.discs]}")

    @property
    def s_end(self) -> float:
        """s of the sacral tip (caudal end of the modelled bone)."""
        return self.vertebrae[-1].s_bottom + self.sacrum_length

    # ---- curve ----------------------------------------------------------------------------
    def theta(self, s: np.ndarray | float) -> np.ndarray:
        return np.interp(s, self.s_table, self.theta_table)

    def shift(self, s: np.ndarray | float) -> np.ndarray:
        """Anterior displacement (mm) of the anatomy at ``s`` from the slips below it."""
        s = np.asarray(s, dtype=np.float32)
        out = np.zeros_like(s)
        for name, slip in self.slips.items():
            d = self.disc(name)
            w = max(d.height / 5.0, 0.5)
            out = out + np.float32(slip) / (1.0 + np.exp(np.clip((s - d.s_center) / w, -50, 50)))
        return out

    def curve_point(self, s: float) -> np.ndarray:
        """LPS point of the centre curve at ``s`` including the slip shift, shape (3,)."""
        y = float(np.interp(s, self.s_table, self.yz_table[:, 0]))
        z = float(np.interp(s, self.s_table, self.yz_table[:, 1]))
        t = float(self.theta(s))
        p = np.array([self.x0, y, z])
        return p + float(self.shift(s)) * np.array([0.0, -np.cos(t), -np.sin(t)])

    def local_to_lps(self, s: float, a: float, x: float) -> np.ndarray:
        """LPS mm of the curvilinear point (s, a, x) (slip shift included), shape (3,)."""
        t = float(self.theta(s))
        return self.curve_point(s) + a * np.array([0.0, -np.cos(t), -np.sin(t)]) + np.array([x, 0, 0])

    def cranial_normal(self, s: float) -> np.ndarray:
        """Unit LPS vector along the curve pointing cranially at ``s``, shape (3,)."""
        t = float(self.theta(s))
        return np.array([0.0, -np.sin(t), np.cos(t)])

    def disc_center(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """(centre, cranial unit normal) of a disc in LPS mm, shapes (3,), (3,)."""
        d = self.disc(name)
        return self.curve_point(d.s_center), self.cranial_normal(d.s_center)

    def _lookup(self, s: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Curve y, z, theta at s by linear interpolation in the uniform table, each (N,)."""
        f = (s - self.s_table[0]) * np.float32(1.0 / (self.s_table[1] - self.s_table[0]))
        np.clip(f, 0.0, len(self.s_table) - 1.001, out=f)
        i = f.astype(np.int32)
        w = f - i
        out = []
        for col in (self.yz_table[:, 0], self.yz_table[:, 1], self.theta_table):
            lo = col.take(i)
            out.append(lo + (col.take(i + 1) - lo) * w)
        return out[0], out[1], out[2]

    def to_local(self, xyz: np.ndarray, iterations: int = 3) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """LPS points (N, 3) -> curvilinear (s, a, x) float32 arrays of shape (N,).

        ``a`` is measured in the slipped anatomy's frame (the slip shift is subtracted), so a
        shape defined at fixed ``a`` moves with its vertebra.
        """
        y = xyz[:, 1].astype(np.float32)
        z = xyz[:, 2].astype(np.float32)
        zt = self.yz_table[:, 1]
        # z decreases along s: start from the curve point at the same height
        s = np.interp(-z, -zt, self.s_table).astype(np.float32)
        for _ in range(iterations):
            cy, cz, ct = self._lookup(s)
            s = s + (y - cy) * np.sin(ct) - (z - cz) * np.cos(ct)
            np.clip(s, self.s_table[0], self.s_table[-1], out=s)
        cy, cz, ct = self._lookup(s)
        a = -(y - cy) * np.cos(ct) - (z - cz) * np.sin(ct)
        if self.slips:
            a -= self.shift(s)
        x = (xyz[:, 0] - np.float32(self.x0)).astype(np.float32)
        return s, a.astype(np.float32), x


def sample_spine(
    rng: np.random.Generator,
    pathology: dict[tuple[str, str], str] | None = None,
    *,
    anchor_l3: np.ndarray | None = None,
) -> SpineModel:
    """Draw one study's spine: sizes, lordosis, position and slips (pathology-driven).

    ``pathology`` maps (disc level, finding) -> value; it sets spondylolisthesis slips and the
    degeneration (height loss) of discs with a bulge, herniation or Modic change.
    ``anchor_l3``: LPS mm of the L3 body centre (default: drawn near the magnet centre).
    """
    path = pathology or {}
    scale = float(rng.uniform(0.92, 1.08))
    n_v = len(VERTEBRAE_MODELLED)
    body_h = [float(v) for v in np.array(_BODY_H) * scale * rng.uniform(0.96, 1.04, n_v)]
    body_ra = [float(v) for v in np.array(_BODY_RA) * scale * rng.uniform(0.96, 1.04, n_v)]
    body_rx = [float(v) for v in np.array(_BODY_RX) * scale * rng.uniform(0.96, 1.04, n_v)]
    disc_h = [float(v) for v in np.array(_DISC_H) * scale * rng.uniform(0.9, 1.1, n_v - 1)]
    disc_names = [f"{u}-{lw}" for u, lw in zip(VERTEBRAE_MODELLED[:-1], VERTEBRAE_MODELLED[1:], strict=True)]
    degenerate = []
    for i, name in enumerate(disc_names):
        sick = (
            path.get((name, "disc_bulge")) == "present"
            or path.get((name, "disc_herniation")) == "present"
            or path.get((name, "modic"), "none") != "none"
        )
        deg = bool(sick and rng.random() < 0.85) or bool(rng.random() < 0.08)
        degenerate.append(deg)
        if deg:
            disc_h[i] *= float(rng.uniform(0.65, 0.8))

    vertebrae: list[Vertebra] = []
    discs: list[Disc] = []
    s = 0.0
    for i, name in enumerate(VERTEBRAE_MODELLED):
        vertebrae.append(Vertebra(name, MASK_VALUES.get(name), s, s + body_h[i], body_ra[i], body_rx[i]))
        s += body_h[i]
        if i < n_v - 1:
            dn = disc_names[i]
            discs.append(Disc(dn, MASK_VALUES.get(dn), name, VERTEBRAE_MODELLED[i + 1], s, s + disc_h[i],
                              0.5 * (body_ra[i] + body_ra[i + 1]), 0.5 * (body_rx[i] + body_rx[i + 1]),
                              degenerate[i]))
            s += disc_h[i]

    # lordosis: caudal tangent angle theta(s) rising from theta_top (L1) to the sacral slope (S1)
    v = {x.name: x for x in vertebrae}
    s_l1, s_s1 = v["L1"].s_top, v["S1"].s_top
    theta_top = np.deg2rad(rng.uniform(-14.0, -4.0))
    lordosis = np.deg2rad(rng.uniform(36.0, 52.0))
    power = rng.uniform(1.1, 1.6)
    sacral_kyphosis = np.deg2rad(rng.uniform(25.0, 45.0))  # rad per 100 mm below the S1 top
    s_end = vertebrae[-1].s_bottom + SACRUM_LENGTH
    s_tab = np.arange(-_TABLE_MARGIN, s_end + _TABLE_MARGIN + _TABLE_STEP, _TABLE_STEP)
    u = np.clip((s_tab - s_l1) / (s_s1 - s_l1), 0.0, 1.0)
    theta = theta_top + lordosis * u**power
    above = s_tab < s_l1
    theta[above] = theta_top - np.deg2rad(4.0) * (s_l1 - s_tab[above]) / 100.0  # mild kyphosis
    below = s_tab > s_s1
    theta[below] -= sacral_kyphosis * (s_tab[below] - s_s1) / 100.0
    dy = np.sin(theta) * _TABLE_STEP
    dz = -np.cos(theta) * _TABLE_STEP
    yz = np.stack([np.cumsum(dy), np.cumsum(dz)], axis=1)
    if anchor_l3 is None:
        anchor_l3 = np.array([rng.uniform(-6, 6), rng.uniform(-15, 15), rng.uniform(-60, 60)])
    anchor_l3 = np.asarray(anchor_l3, dtype=float)
    s3 = v["L3"].s_center
    yz -= np.array([np.interp(s3, s_tab, yz[:, 0]), np.interp(s3, s_tab, yz[:, 1])])
    yz += anchor_l3[1:]

    slips = {}
    for name in disc_names:
        if path.get((name, "spondylolisthesis")) == "present":
            slips[name] = float(rng.uniform(4.5, 8.0))
    return SpineModel(
        x0=float(anchor_l3[0]),
        s_table=s_tab.astype(np.float32),
        theta_table=theta.astype(np.float32),
        yz_table=yz.astype(np.float32),
        vertebrae=vertebrae,
        discs=discs,
        canal_ra=float(rng.uniform(8.0, 9.5)),
        canal_rx=float(rng.uniform(10.5, 12.0)),
        slips=slips,
    )
