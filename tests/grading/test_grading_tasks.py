"""Task definitions: value -> class index, 'present' is missing for graded heads, mirrors."""

from __future__ import annotations

import math

import pytest

from spinelab.grading.tasks import MISSING, mirror_permutation, select_tasks


def test_default_tasks_and_classes():
    tasks = {t.name: t for t in select_tasks()}
    assert len(tasks) == 9
    assert tasks["canal_stenosis"].classes == ("none", "mild", "moderate", "severe") and tasks["canal_stenosis"].ordinal
    assert tasks["modic"].classes == ("none", "type1", "type2", "type3") and not tasks["modic"].ordinal
    assert tasks["disc_bulge"].num_classes == 2


def test_encode_present_and_null_are_missing():
    canal = select_tasks(["canal_stenosis"])[0]
    got = canal.encode(["none", "mild", "moderate", "severe", "present", None, math.nan]).tolist()
    assert got == [0, 1, 2, 3, MISSING, MISSING, MISSING]
    modic = select_tasks(["modic"])[0]
    assert modic.encode(["type2", "present"]).tolist() == [2, MISSING]


def test_wrong_task_name_lists_valid_names():
    with pytest.raises(ValueError, match=r"unknown grader task\(s\) \['canal'\]; valid: .*canal_stenosis"):
        select_tasks(["canal"])


def test_mirror_permutation_swaps_left_right():
    tasks = select_tasks(["canal_stenosis", "foraminal_stenosis_left", "foraminal_stenosis_right", "subarticular_stenosis_left"])
    # subarticular right is not selected: left stays in place
    assert mirror_permutation(tasks) == [0, 2, 1, 3]
