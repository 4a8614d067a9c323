"""Per-level crops: resample a fixed field of view in mm around a disc onto a fixed pixel grid.

Frames: volumes carry an affine from array index to LPS mm (``spinelab.data.volume``); disc
centres and normals come from a levels file (LPS mm, normal unit and pointing cranially).

- Sagittal crop: planes parallel to the patient's mid-sagittal plane through the disc centre,
  rows running feet-ward along the disc normal (head at the top), columns running anterior ->
  posterior (radiological sagittal display), one plane per lateral offset (midline and towards
  each foramen; LPS +x is the patient's left).
- Axial crop: in the plane of one axial slice, centred on the spinal canal (the disc centre
  moved ``canal_offset_mm`` posteriorly), rows anterior -> posterior and columns patient right
  -> left (radiological axial display).

Every crop is an array (H, W) float32 with NaN-free values; samples outside the volume are 0
and counted in the returned ``outside`` fraction for QC.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import ndimage

from spinelab.data.volume import Volume

_LEFT = np.array([1.0, 0.0, 0.0])  # LPS +x
_POSTERIOR = np.array([0.0, 1.0, 0.0])  # LPS +y


@dataclass(frozen=True, kw_only=True)
class CropGrid:
    """A square crop: ``fov_mm`` wide, ``size`` pixels a side (pixel = fov_mm / size mm)."""

    fov_mm: float = 64.0
    size: int = 64

    @property
    def pixel_mm(self) -> float:
        return self.fov_mm / self.size

    def offsets(self) -> np.ndarray:
        """Pixel-centre offsets from the crop centre in mm, shape (size,)."""
        return (np.arange(self.size) - (self.size - 1) / 2.0) * self.pixel_mm


def _unit(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, dtype=float)
    n = np.linalg.norm(v)
    if n < 1e-9:
        raise ValueError("zero-length direction")
    return v / n


def _orthogonal(v: np.ndarray, to: np.ndarray) -> np.ndarray:
    """The part of ``v`` orthogonal to unit ``to``, normalised."""
    return _unit(v - np.dot(v, to) * to)


def sagittal_axes(normal: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(down, posterior, left) unit LPS axes of a sagittal crop for a disc with cranial ``normal``.

    ``down`` = -normal; ``posterior`` is LPS +y made orthogonal to the normal; ``left`` completes
    a right-handed-independent frame orthogonal to both.
    """
    n = _unit(normal)
    posterior = _orthogonal(_POSTERIOR, n)
    left = _unit(np.cross(posterior, n))
    if np.dot(left, _LEFT) < 0:
        left = -left
    return -n, posterior, left


def sample_plane(
    volume: Volume,
    centre_mm: np.ndarray,
    row_dir: np.ndarray,
    col_dir: np.ndarray,
    grid: CropGrid,
    *,
    order: int = 1,
) -> tuple[np.ndarray, float]:
    """Resample ``volume`` on a square grid in the plane spanned by ``row_dir``/``col_dir``.

    Returns the crop (size, size) float32, row index along ``row_dir``, and the fraction of
    pixels that fell outside the volume. Directions are unit LPS vectors, centre in mm.
    """
    off = grid.offsets()
    rr, cc = np.meshgrid(off, off, indexing="ij")
    pts = (
        np.asarray(centre_mm, dtype=float)[None, None, :]
        + rr[..., None] * np.asarray(row_dir)[None, None, :]
        + cc[..., None] * np.asarray(col_dir)[None, None, :]
    )
    idx = volume.mm_to_index(pts.reshape(-1, 3)).T  # (3, N)
    shape = np.array(volume.array.shape)[:, None]
    inside = np.all((idx >= -0.5) & (idx <= shape - 0.5), axis=0)
    vals = ndimage.map_coordinates(
        np.asarray(volume.array, dtype=np.float32), idx, order=order, mode="nearest"
    )
    vals = np.where(inside, vals, 0.0).astype(np.float32)
    return vals.reshape(grid.size, grid.size), float(1.0 - inside.mean())


def sagittal_crop(
    volume: Volume,
    centre_mm: np.ndarray,
    normal: np.ndarray,
    *,
    grid: CropGrid,
    lateral_offsets_mm: tuple[float, ...] = (0.0, -18.0, 18.0),
) -> tuple[np.ndarray, float]:
    """Sagittal crops of one disc: (len(lateral_offsets_mm), size, size) float32 and outside fraction.

    Offsets are in mm along the patient's left (LPS +x): 0 is the midline through the disc
    centre, negative towards the right foramen, positive towards the left foramen.
    """
    down, posterior, left = sagittal_axes(normal)
    planes, outside = [], []
    for off in lateral_offsets_mm:
        c = np.asarray(centre_mm, dtype=float) + off * left
        crop, out = sample_plane(volume, c, down, posterior, grid)
        planes.append(crop)
        outside.append(out)
    return np.stack(planes), float(np.mean(outside))


def slice_plane(volume: Volume, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Centre (mm) and unit normal (LPS) of slice ``k`` of a (slice, row, column) volume."""
    rows, cols = volume.array.shape[1:]
    centre = volume.index_to_mm(np.array([k, (rows - 1) / 2.0, (cols - 1) / 2.0]))
    return centre, _unit(volume.affine[:3, 0])


def axial_crop(
    volume: Volume,
    slice_index: int,
    disc_centre_mm: np.ndarray,
    *,
    grid: CropGrid,
    canal_offset_mm: float = 22.0,
) -> tuple[np.ndarray, float]:
    """Axial crop (size, size) float32 from slice ``slice_index`` of an axial stack, and outside fraction.

    The crop lies in that slice's plane, centred on the projection of the canal centre (the
    disc centre moved ``canal_offset_mm`` posteriorly within the slice plane); rows run anterior
    -> posterior, columns patient right -> left (LPS +x), as axial images are displayed.
    """
    _, ns = slice_plane(volume, slice_index)
    posterior = _orthogonal(_POSTERIOR, ns)
    left = _unit(np.cross(posterior, ns))
    if np.dot(left, _LEFT) < 0:
        left = -left
    slice_origin = volume.index_to_mm(np.array([slice_index, 0.0, 0.0]))
    centre = np.asarray(disc_centre_mm, dtype=float) + canal_offset_mm * posterior
    centre = centre - np.dot(centre - slice_origin, ns) * ns  # project into the slice plane
    return sample_plane(volume, centre, posterior, left, grid)


def normalise_crop(crop: np.ndarray, *, lower: float = 0.5, upper: float = 99.5) -> np.ndarray:
    """Percentile-clip and scale a crop (any shape) to [0, 1] per channel (axis 0)."""
    out = np.empty_like(crop, dtype=np.float32)
    for c in range(crop.shape[0]):
        lo, hi = np.percentile(crop[c], [lower, upper])
        out[c] = np.clip((crop[c] - lo) / (hi - lo), 0, 1) if hi > lo else 0.0
    return out
