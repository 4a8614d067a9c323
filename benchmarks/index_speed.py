"""DICOM header reading speed of the indexer: files/s in total and per worker process.

    python benchmarks/index_speed.py [--n-files 4000] [--workers N] [--archive DIR]

Without ``--archive`` it writes a temporary archive of ``--n-files`` synthetic MR slices
(64x64 pixels; headers padded with ``--extra-tags`` private elements to the size of real
scanner headers, ~10 kB) in ``--n-series`` series of nested folders, then times:
(1) plain ``pydicom.dcmread(stop_before_pixels=True)``, (2) the same with ``specific_tags``,
(3) spinelab's ``read_header`` (specific tags + pixel-data completeness check), each in one
process on a sample, and (4) the full ``index_directory`` with the process pool. Also reads the
real RSNA study (``../shared``) headers when present. Prints figures and a JSON line.
Goal: >= 2,000 header reads/s per core.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np
import pydicom

from spinelab.data.dicom_headers import HEADER_TAGS, read_header
from spinelab.data.dicom_index import default_workers, index_directory
from spinelab.data.dicom_series import list_files
from spinelab.data.dicom_write import make_slice_dataset
from spinelab.testing import shared_path


def build_archive(root: Path, n_files: int, n_series: int, extra_tags: int) -> None:
    """Write ``n_files`` slices in ``n_series`` axial series under ``root/PATk/STUDY/SERIES/``."""
    per = int(np.ceil(n_files / n_series))
    px = (np.arange(64 * 64).reshape(64, 64) % 4096).astype(np.uint16)
    k = 0
    for s in range(n_series):
        study = f"1.2.826.0.1.3680043.8.498.{1000 + s // 3}"
        series = f"{study}.{s}"
        d = root / f"PAT{s // 3:04d}" / f"ST{s // 3}" / f"SE{s}"
        d.mkdir(parents=True, exist_ok=True)
        ds = make_slice_dataset(
            px,
            ipp=(-20.0, -20.0, 0.0),
            iop=(1, 0, 0, 0, 1, 0),
            pixel_spacing=(0.6, 0.6),
            study_uid=study,
            series_uid=series,
            instance_number=1,
            series_description="AX T2 TSE",
            slice_thickness=4.0,
            spacing_between_slices=4.0,
            repetition_time=4000.0,
            echo_time=100.0,
            patient_id=f"P{s // 3:04d}",
        )
        ds.add_new((0x0029, 0x0010), "LO", "SIEMENS CSA HEADER")
        for t in range(extra_tags):  # private block, like scanner-specific headers
            ds.add_new((0x0029, 0x1000 + t), "LO", f"vendor value {t:04d}" * 3)
        for i in range(per):
            if k >= n_files:
                return
            ds.ImagePositionPatient = [-20.0, -20.0, 4.0 * i]
            ds.InstanceNumber = i + 1
            ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = f"{series}.{i + 1}"
            ds.save_as(d / f"IM{i:05d}", enforce_file_format=True)
            k += 1


def rate(fn, files: list[Path]) -> tuple[float, float]:
    """(files per wall second, files per CPU second) of ``fn`` over ``files`` in this process.

    The CPU-time rate is the per-core speed even on a machine shared with other jobs.
    """
    t0, c0 = time.perf_counter(), time.process_time()
    for f in files:
        fn(f)
    return len(files) / (time.perf_counter() - t0), len(files) / (time.process_time() - c0)


def _cpu_seconds() -> float:
    """CPU seconds of this process and its finished children (the pool workers)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + ch.ru_utime + ch.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--archive", type=Path, help="existing DICOM tree (default: build one)")
    ap.add_argument("--n-files", type=int, default=4000)
    ap.add_argument("--n-series", type=int, default=40)
    ap.add_argument("--extra-tags", type=int, default=120)
    ap.add_argument("--sample", type=int, default=1500, help="files for single-process timings")
    ap.add_argument("--workers", type=int, default=None)
    args = ap.parse_args()

    tmp = None
    if args.archive is None:
        tmp = Path(tempfile.mkdtemp(prefix="spinelab_index_bench_"))
        t0 = time.perf_counter()
        build_archive(tmp, args.n_files, args.n_series, args.extra_tags)
        print(f"built {args.n_files} files in {time.perf_counter() - t0:.1f} s under {tmp}")
    root = args.archive or tmp
    assert root is not None
    try:
        files = list_files(root)
        sizes = [f.stat().st_size for f in files[:200]]
        print(f"{len(files)} files, mean size {np.mean(sizes) / 1024:.1f} kB")
        sample = files[: args.sample]
        for f in sample:  # warm the page cache so every variant reads from memory
            f.read_bytes()
        res: dict[str, float] = {}
        variants = {
            "dcmread_stop_before_pixels": lambda f: pydicom.dcmread(f, stop_before_pixels=True),
            "dcmread_specific_tags": lambda f: pydicom.dcmread(
                f, stop_before_pixels=True, specific_tags=list(HEADER_TAGS)
            ),
            "read_header_pydicom_path": lambda f: read_header(f, fast=False),
            "read_header": read_header,
        }
        for name, fn in variants.items():
            res[name + "_wall"], res[name + "_cpu"] = rate(fn, sample)
        workers = args.workers or default_workers()
        c0 = _cpu_seconds()
        series, errors, scan = index_directory(root, workers=workers, progress=True)
        cpu = _cpu_seconds() - c0
        total = scan.n_files / scan.seconds
        res["index_total_files_per_s"] = total
        res["index_per_worker_files_per_s"] = total / workers
        res["index_files_per_cpu_s"] = scan.n_files / cpu
        print(f"{'variant (1 process)':32s} {'files/s wall':>13s} {'files/CPU-s':>12s}")
        for name in variants:
            print(f"{name:32s} {res[name + '_wall']:13.0f} {res[name + '_cpu']:12.0f}")
        print(
            f"index: {scan.n_files} files -> {len(series)} series, {len(errors)} errors, "
            f"{scan.seconds:.2f} s with {workers} workers: {total:.0f} files/s total, "
            f"{total / workers:.0f} per worker (wall), {res['index_files_per_cpu_s']:.0f} "
            "files per CPU-second (pool start-up and grouping included)"
        )
        real = shared_path("realdata", "rsna2024-dicom", "train_images")
        if real is not None:
            rfiles = list_files(real)
            for f in rfiles:
                f.read_bytes()
            w, c = rate(read_header, rfiles * 5)
            res["real_rsna_read_header_wall"], res["real_rsna_read_header_cpu"] = w, c
            print(f"{'real RSNA read_header':32s} {w:13.0f} {c:12.0f}")
        print(
            json.dumps(
                {
                    "benchmark": "index_speed",
                    "n_files": len(files),
                    "workers": workers,
                    **{k: round(v, 1) for k, v in res.items()},
                }
            )
        )
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
