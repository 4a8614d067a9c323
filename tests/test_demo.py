"""The demo at a tiny size: every stage's outputs, the report's sections, rendering in Chromium."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest
import yaml

from spinelab.demo import STAGES, run_demo

SECTIONS = ("run", "labels", "segmentation", "axial", "grader", "crops", "failures")


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    cfg = {
        "n": 6, "seed": 1, "split_fractions": [0.5, 0.17, 0.33],
        "synth": {"preset": "small", "workers": 1},
        "segment": {"overrides": {"train.max_steps": 40, "train.batch_size": 4,
                                  "train.patch_size": [64, 64],
                                  "network.options.channels": [8, 16, 32]},
                    # a 40-step U-Net is not a usable segmenter: crop at the true levels so the
                    # grader stages get real crops (the segmentation is still trained and scored)
                    "levels_for_dataset": "truth"},
        "dataset": {"fov_mm": 64.0, "size_px": 32, "axial_fov_mm": 64.0, "axial_size_px": 32},
        "grade": {"args": ["--trainer.max_epochs", "1", "--data.batch_size", "8"]},
    }
    (out / "demo.yaml").write_text(yaml.safe_dump(cfg))
    run_demo(out / "run", config=out / "demo.yaml", progress=False)
    return out / "run"


@pytest.mark.slow
def test_every_stage_writes_its_outputs(demo_out: Path) -> None:
    state = json.loads((demo_out / "demo_state.json").read_text())
    assert all(state[s]["done"] for s in STAGES)
    assert len(pd.read_csv(demo_out / "cohort" / "manifest.csv")) == 6
    idx = pd.read_parquet(demo_out / "index.parquet")
    assert len(idx) == 18 and state["index"]["metrics"]["studies_classified_correctly"] == 6
    assert state["index"]["metrics"]["error_files"] == 0
    assert len(pd.read_parquet(demo_out / "labels.parquet")) > 0
    assert 0.0 <= state["label"]["metrics"]["validation"]["micro_f1"] <= 1.0
    assert (demo_out / "label" / "validation.html").is_file()
    assert (demo_out / "seg_model").is_dir()
    assert len(list((demo_out / "levels").glob("*/mask.nii.gz"))) == 6
    assert (demo_out / "dataset" / "manifest.parquet").is_file()
    assert (demo_out / "grader.ckpt").is_file()
    scores = pd.read_csv(demo_out / "grade" / "test_scores.csv")
    assert {"task", "f1"} <= set(scores.columns)
    metrics = json.loads((demo_out / "metrics.json").read_text())
    assert set(metrics["stages"]) == set(STAGES)


@pytest.mark.slow
def test_report_has_every_section(demo_out: Path) -> None:
    page = (demo_out / "report.html").read_text()
    for sid in SECTIONS:
        assert f"<section id='{sid}'>" in page, sid
    assert page.count("data:image/png;base64,") >= 3
    cohort = pd.read_csv(demo_out / "cohort" / "manifest.csv")
    report_text = (demo_out / "cohort" / cohort["report_path"].iloc[0]).read_text()
    longest = max(re.split(r"[.\n]", report_text), key=len).strip()
    assert longest and longest not in page  # no report text on the page


@pytest.mark.slow
def test_second_run_resumes_without_redoing(demo_out: Path) -> None:
    before = json.loads((demo_out / "demo_state.json").read_text())
    seen: list[str] = []
    run_demo(demo_out, config=demo_out.parent / "demo.yaml", progress=False,
             on_stage=lambda s, t, m: seen.append(s))
    assert seen == []
    after = json.loads((demo_out / "demo_state.json").read_text())
    assert after["grade"]["seconds"] == before["grade"]["seconds"]


@pytest.mark.slow
def test_report_renders_in_headless_chromium(demo_out: Path, tmp_path: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not installed (.ci/run installs it)")
    page = (demo_out / "report.html").read_text()
    probe = ("<script>window.addEventListener('load',()=>{const i=[...document.images];"
             "document.body.setAttribute('data-images-ok',i.filter(x=>x.complete&&x.naturalWidth>0).length);"
             "document.body.setAttribute('data-images',i.length);"
             "document.body.setAttribute('data-tables',document.querySelectorAll('table tr').length);});</script>")
    probe_page = tmp_path / "probe.html"
    probe_page.write_text(page.replace("</body>", probe + "</body>"))
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000"]
    dom = subprocess.run([chromium, *flags, "--dump-dom", probe_page.as_uri()],
                         capture_output=True, text=True, timeout=120).stdout
    n_img = int(re.search(r'data-images="(\d+)"', dom).group(1))
    n_ok = int(re.search(r'data-images-ok="(\d+)"', dom).group(1))
    n_rows = int(re.search(r'data-tables="(\d+)"', dom).group(1))
    assert n_img >= 3 and n_ok == n_img
    assert n_rows > 10
    shot = tmp_path / "report.png"
    subprocess.run([chromium, *flags, f"--screenshot={shot}", "--window-size=1200,1600",
                    probe_page.as_uri()], capture_output=True, timeout=120)
    assert shot.is_file() and shot.stat().st_size > 10_000
