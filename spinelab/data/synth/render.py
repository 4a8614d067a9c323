"""Render a scene on voxel grids: tissue painting, T1/T2 signal, bias field and Rician noise.

Frames: a :class:`Grid` maps array index ``(slice, row, column)`` to LPS mm exactly as the
DICOM loader builds a series' affine (columns: slice normal * slice spacing, column direction
IOP[3:6] * PixelSpacing[0], row direction IOP[0:3] * PixelSpacing[1]; origin = IPP of slice 0).
Shapes are evaluated at voxel centres (vectorised numpy) in the spine's curvilinear frame.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from spinelab.data.synth.scene import Scene

#: Stored pixel range (BitsStored 12).
MAX_PIXEL = 4095


@dataclass(frozen=True)
class Grid:
    """A voxel grid: ``shape`` (slices, rows, cols) and ``affine`` index -> LPS mm (4x4)."""

    shape: tuple[int, int, int]
    affine: np.ndarray

    def points(self) -> np.ndarray:
        """LPS mm of every voxel centre, shape (slices*rows*cols, 3) float32, C order."""
        a = self.affine.astype(np.float32)
        k, i, j = (np.arange(n, dtype=np.float32) for n in self.shape)
        p = (a[:3, 3] + k[:, None, None, None] * a[:3, 0] + i[None, :, None, None] * a[:3, 1]
             + j[None, None, :, None] * a[:3, 2])
        return p.reshape(-1, 3)

    @property
    def n_voxels(self) -> int:
        return int(np.prod(self.shape))


def paint(scene: Scene, points: np.ndarray, signals: dict[str, np.ndarray], *,
          pv_mm: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """Paint the scene's shapes at LPS points (N, 3).

    Returns (signal (N, 2) float32 [T1, T2] on the tissue table's scale, labels (N,) int16 mask
    values). ``signals``: tissue -> [t1, t2] (from ``TissueTable.sample``). ``pv_mm``: width of
    the partial-volume ramp across a shape's boundary.
    """
    model = scene.model
    n = len(points)
    s, a, x = model.to_local(points)
    out_sig = np.empty((n, 2), dtype=np.float32)
    out_lab = np.zeros(n, dtype=np.int16)
    order = np.argsort(s)
    s_sorted = s[order]
    edges = _chunk_edges(scene, float(s_sorted[0]) if n else 0.0, float(s_sorted[-1]) if n else 0.0)
    bounds = np.searchsorted(s_sorted, edges)
    shapes = sorted(enumerate(scene.shapes), key=lambda t: (t[1].order, t[0]))
    air = signals["air"]
    for c in range(len(edges) - 1):
        i0, i1 = int(bounds[c]), int(bounds[c + 1])
        if i1 <= i0:
            continue
        idx = order[i0:i1]
        idx = idx[np.argsort(a[idx])]
        cs, ca, cx = s[idx], a[idx], x[idx]
        c_lo, c_hi = float(cs.min()), float(cs.max())
        v1 = np.full(len(idx), air[0], dtype=np.float32)  # T1 signal
        v2 = np.full(len(idx), air[1], dtype=np.float32)  # T2 signal
        lab = np.zeros(len(idx), dtype=np.int16)
        for _, sh in shapes:
            if sh.s_range[1] < c_lo or sh.s_range[0] > c_hi:
                continue
            j0, j1 = np.searchsorted(ca, sh.a_range)
            if j1 <= j0:
                continue
            d = sh.sdf(cs[j0:j1], ca[j0:j1], cx[j0:j1])
            alpha = np.clip(0.5 - d / pv_mm, 0.0, 1.0).astype(np.float32)
            nz = np.flatnonzero(alpha > 0)
            if nz.size == 0:
                continue
            al = alpha[nz]
            tgt = j0 + nz
            t1, t2 = signals[sh.tissue]
            v1[tgt] += al * (t1 - v1[tgt])
            v2[tgt] += al * (t2 - v2[tgt])
            if sh.label is not None:
                lab[tgt[al >= 0.5]] = sh.label
        out_sig[idx, 0] = v1
        out_sig[idx, 1] = v2
        out_lab[idx] = lab
    return out_sig, out_lab


def _chunk_edges(scene: Scene, lo: float, hi: float) -> np.ndarray:
    """Chunk boundaries along s: the body centres, plus 40 mm steps beyond the spine."""
    centres = [v.s_center for v in scene.model.vertebrae]
    extra_lo = np.arange(centres[0] - 40.0, lo - 40.0, -40.0)[::-1]
    extra_hi = np.arange(centres[-1] + 40.0, hi + 40.0, 40.0)
    e = np.concatenate([[-np.inf], extra_lo, centres, extra_hi, [np.inf]])
    return np.unique(e)


@dataclass(frozen=True)
class Acquisition:
    """Per-study scanner effects: receive-coil bias field and noise level.

    bias(p) = exp(g . (p - centre) / 100 + q * |p - centre|^2 / 150^2), brighter posteriorly
    (spine coil under the patient); Rician noise of standard deviation ``noise`` x the
    series' median tissue signal.
    """

    centre: np.ndarray
    gradient: np.ndarray
    quadratic: float
    noise: float

    @classmethod
    def sample(cls, rng: np.random.Generator, centre: np.ndarray) -> Acquisition:
        g = np.array([rng.uniform(-0.1, 0.1), rng.uniform(0.25, 0.6), rng.uniform(-0.15, 0.15)])
        return cls(np.asarray(centre, float), g, float(rng.uniform(-0.35, -0.05)), float(rng.uniform(0.025, 0.05)))

    def bias(self, points: np.ndarray) -> np.ndarray:
        d = (points - self.centre.astype(np.float32)) / np.float32(100.0)
        lin = d @ self.gradient.astype(np.float32)
        quad = np.float32(self.quadratic) * (d * d).sum(axis=1) * np.float32((100.0 / 150.0) ** 2)
        return np.exp(lin + quad).astype(np.float32)


def to_pixels(signal: np.ndarray, bias: np.ndarray, acq: Acquisition, rng: np.random.Generator,
              *, gain: float, gamma: float = 1.0) -> np.ndarray:
    """Signal (N,) x bias field (N,) (``acq.bias(points)``) -> stored uint16 pixels (N,):
    contrast exponent ``gamma`` (signal -> 1000 (signal / 1000) ** gamma; 1 = linear), gain,
    Rician noise of ``acq.noise`` x the median signal, clipped to 12 bits."""
    if gamma != 1.0:
        signal = np.float32(1000.0) * np.power(np.maximum(signal, 0) / np.float32(1000.0), np.float32(gamma))
    img = signal * bias * np.float32(gain)
    sub = img[:: max(1, img.size // 20000)]
    ref = float(np.median(sub[sub > 0])) if np.any(sub > 0) else 1.0
    sigma = np.float32(acq.noise * ref)
    n1 = rng.standard_normal(img.shape, dtype=np.float32)
    n2 = rng.standard_normal(img.shape, dtype=np.float32)
    mag = np.sqrt((img + sigma * n1) ** 2 + (sigma * n2) ** 2)
    return np.clip(np.rint(mag), 0, MAX_PIXEL).astype(np.uint16)
