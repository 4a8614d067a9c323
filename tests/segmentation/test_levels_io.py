"""levels.json contract: round trip, atomic write, validation errors naming the file."""

from __future__ import annotations

import json

import pytest

from spinelab.anatomy import MASK_VALUES
from spinelab.segmentation.levels import fit_levels
from spinelab.segmentation.levels_io import LevelsFileError, read_levels, write_levels
from spinelab.segmentation.levels_phantom import make_phantom

NAMES = {v: k for k, v in MASK_VALUES.items() if k != "canal"}


def test_round_trip_of_fit_levels_output(tmp_path):
    levels = fit_levels(make_phantom([2, 3, 4, 5, 6, 7]).mask, NAMES, source="test").to_json()
    path = write_levels(levels, tmp_path / "sub" / "levels.json")
    back = read_levels(path)
    assert back == json.loads(json.dumps(levels))
    assert [p.name for p in path.parent.iterdir()] == ["levels.json"]  # no temp file left behind


def test_invalid_documents_are_refused_with_the_path(tmp_path):
    good = fit_levels(make_phantom([2, 3, 4]).mask, NAMES).to_json()
    bad_normal = json.loads(json.dumps(good))
    bad_normal["discs"][0]["normal"] = [0.0, 0.0, 2.0]
    with pytest.raises(LevelsFileError, match="unit vector"):
        write_levels(bad_normal, tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()
    bad_frame = dict(good, frame="RAS")
    with pytest.raises(LevelsFileError, match="frame"):
        write_levels(bad_frame, tmp_path / "x.json")
    bad_flag = dict(good, qc=[{"flag": "nonsense", "reason": ""}])
    with pytest.raises(LevelsFileError, match="unknown QC flag"):
        write_levels(bad_flag, tmp_path / "x.json")
    (tmp_path / "broken.json").write_text("{not json")
    with pytest.raises(LevelsFileError, match="broken.json"):
        read_levels(tmp_path / "broken.json")


def test_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    good = fit_levels(make_phantom([2, 3, 4]).mask, NAMES).to_json()
    path = write_levels(good, tmp_path / "levels.json")
    before = path.read_text()

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr("spinelab.segmentation.levels_io.json.dump", boom)
    with pytest.raises(OSError, match="disk full"):
        write_levels(good, path)
    assert path.read_text() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["levels.json"]
