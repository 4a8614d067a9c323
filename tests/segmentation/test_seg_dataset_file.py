"""Dataset files from a synthetic cohort: the sagittal T2 series is found and matches its mask."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from spinelab.anatomy import MASK_VALUES
from spinelab.segmentation.config import PreprocessConfig
from spinelab.segmentation.dataset_file import (
    dataset_from_synth_manifest,
    load_case,
    read_dataset_file,
)
from spinelab.segmentation.transforms import prepare_volume


@pytest.mark.slow
def test_dataset_from_synth_cohort(tmp_path: Path) -> None:
    from spinelab.data.synth.cohort import generate_cohort

    manifest = generate_cohort(tmp_path / "cohort", 1, 0, preset="small", progress=False)
    ds = read_dataset_file(dataset_from_synth_manifest(manifest, tmp_path / "synth.json"))
    assert ds.labels == {v: k for k, v in MASK_VALUES.items()}
    (case,) = ds.cases
    assert "T2" in Path(case.image).name.upper() or "t2" in Path(case.image).name.lower()
    image, mask = load_case(case, ds.labels)
    assert image.axis_closest_to([1, 0, 0]) == 0  # DICOM sagittal: slice axis is left-right
    values = set(np.unique(mask.array).tolist())
    assert {MASK_VALUES[n] for n in ("L1", "L5", "L4-L5")} <= values
    prepared = prepare_volume(
        image, PreprocessConfig(), mask=mask, value_to_class={MASK_VALUES["L3"]: 1}
    )
    assert prepared["label"].max() == 1
