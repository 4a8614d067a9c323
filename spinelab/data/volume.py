"""A voxel array with its geometry, and readers/writers for NIfTI and MetaImage.

Frame convention for the whole package: every ``affine`` maps array indices ``(a0, a1, a2, 1)``
to **DICOM patient coordinates LPS in mm** (x to the patient's Left, y Posterior, z Superior).
NIfTI (RAS) is converted on read and write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import numpy as np

#: RAS <-> LPS: negate x and y.
_FLIP_XY = np.diag([-1.0, -1.0, 1.0, 1.0])


@dataclass
class Volume:
    """A 3-D voxel array and the 4x4 affine from array index to LPS mm.

    ``array`` keeps the axis order of its source: DICOM series load as (slice, row, column);
    NIfTI and MetaImage keep their stored order. ``meta`` holds source details (series UID,
    description, path, ...), never patient names.
    """

    array: np.ndarray
    affine: np.ndarray
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.array.ndim != 3:
            raise ValueError(f"Volume needs a 3-D array, got shape {self.array.shape}")
        self.affine = np.asarray(self.affine, dtype=float)
        if self.affine.shape != (4, 4):
            raise ValueError(f"affine must be 4x4, got {self.affine.shape}")

    @property
    def spacing(self) -> np.ndarray:
        """Voxel size in mm along each array axis, shape (3,)."""
        return np.linalg.norm(self.affine[:3, :3], axis=0)

    @property
    def axis_directions(self) -> np.ndarray:
        """Unit LPS direction of each array axis, as columns of a 3x3 matrix."""
        return self.affine[:3, :3] / self.spacing

    def index_to_mm(self, ijk: np.ndarray) -> np.ndarray:
        """Map voxel indices (N, 3) (or (3,)) to LPS mm, same shape."""
        ijk = np.asarray(ijk, dtype=float)
        return ijk @ self.affine[:3, :3].T + self.affine[:3, 3]

    def mm_to_index(self, xyz: np.ndarray) -> np.ndarray:
        """Map LPS mm points (N, 3) (or (3,)) to fractional voxel indices, same shape."""
        xyz = np.asarray(xyz, dtype=float)
        inv = np.linalg.inv(self.affine)
        return xyz @ inv[:3, :3].T + inv[:3, 3]

    def axis_closest_to(self, direction: np.ndarray) -> int:
        """Index of the array axis most parallel to an LPS direction (e.g. [1,0,0] = left-right)."""
        d = np.asarray(direction, dtype=float)
        return int(np.argmax(np.abs(self.axis_directions.T @ (d / np.linalg.norm(d)))))


def read_nifti(path: str | Path) -> Volume:
    """Read a NIfTI file; array in stored axis order, affine converted RAS -> LPS mm."""
    import nibabel as nib

    # nib.load is typed as returning the FileBasedImage base; a NIfTI file gives a SpatialImage
    img = cast("nib.spatialimages.SpatialImage", nib.load(str(path)))
    arr = np.asanyarray(img.dataobj)
    if arr.ndim == 4 and arr.shape[-1] == 1:
        arr = arr[..., 0]
    return Volume(arr, _FLIP_XY @ img.affine, {"path": str(path), "format": "nifti"})


def write_nifti(volume: Volume, path: str | Path) -> Path:
    """Write a Volume as NIfTI (affine converted LPS -> RAS), atomically (temp file + rename)."""
    import nibabel as nib

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp" + "".join(path.suffixes))
    img = nib.Nifti1Image(np.asarray(volume.array), _FLIP_XY @ volume.affine)
    img.set_qform(img.affine, code=1)
    img.set_sform(img.affine, code=1)
    nib.save(img, str(tmp))
    tmp.replace(path)
    return path


def volume_from_sitk(img: Any, meta: dict[str, Any] | None = None) -> Volume:
    """A SimpleITK image as a Volume: array (z, y, x), affine index -> LPS mm (ITK is LPS)."""
    import SimpleITK as sitk

    arr = sitk.GetArrayFromImage(img)  # (z, y, x)
    direction = np.array(img.GetDirection(), dtype=float).reshape(3, 3)  # columns: x, y, z axes
    spacing = np.array(img.GetSpacing(), dtype=float)
    affine = np.eye(4)
    # array axis 0 is ITK z, 1 is y, 2 is x
    affine[:3, 0] = direction[:, 2] * spacing[2]
    affine[:3, 1] = direction[:, 1] * spacing[1]
    affine[:3, 2] = direction[:, 0] * spacing[0]
    affine[:3, 3] = np.array(img.GetOrigin(), dtype=float)
    return Volume(arr, affine, dict(meta or {}))


def read_metaimage(path: str | Path) -> Volume:
    """Read a MetaImage (.mha/.mhd) or any SimpleITK format; array (z, y, x), affine LPS mm."""
    import SimpleITK as sitk

    return volume_from_sitk(sitk.ReadImage(str(path)), {"path": str(path), "format": "metaimage"})


def read_volume(path: str | Path) -> Volume:
    """Read NIfTI (.nii, .nii.gz) or MetaImage/other SimpleITK formats by extension."""
    name = str(path).lower()
    if name.endswith((".nii", ".nii.gz")):
        return read_nifti(path)
    return read_metaimage(path)
