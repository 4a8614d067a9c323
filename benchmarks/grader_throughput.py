"""Grader throughput: crop reads, DataLoader (with augmentation) and training crops/s, CPU or GPU.

    python benchmarks/grader_throughput.py [--dataset DIR] [--encoder resnet_tiny] [--threads 2]
    python benchmarks/grader_throughput.py --device cuda --precision bf16 --encoder resnet34 --size 128 --batch-size 64

Without ``--dataset`` a random store of realistic size is written to a temp dir (``--samples``
crops of 6 x 64 x 64 sagittal + 1 x 64 x 64 axial, float16, one zarr chunk per sample).
Prints the figures and one JSON line.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np
import torch


def _rate(n: int, seconds: float) -> float:
    return n / seconds if seconds > 0 else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dataset", type=Path, help="built store (default: a random store in a temp dir)")
    ap.add_argument("--samples", type=int, default=1000, help="random store: samples (studies x 5 levels)")
    ap.add_argument("--size", type=int, default=64, help="random store: crop size (px)")
    ap.add_argument("--encoder", default="resnet_tiny")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--workers", type=int, default=2, help="DataLoader workers for the loader figure")
    ap.add_argument("--batches", type=int, default=20, help="batches per measurement")
    ap.add_argument("--threads", type=int, default=2, help="torch intra-op threads")
    ap.add_argument("--device", default="cpu", help="cpu | cuda: where the training/inference steps run")
    ap.add_argument("--precision", choices=("32", "bf16"), default="32",
                    help="bf16: autocast to bfloat16 in the steps (as precision: bf16-mixed)")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)

    from spinelab.grading.datamodule import GraderDataModule
    from spinelab.grading.model import GraderModule
    from spinelab.grading.random_store import make_random_store
    from spinelab.grading.store import CropStore

    tmp = None
    if args.dataset is None:
        tmp = tempfile.TemporaryDirectory(prefix="grader-bench-")
        t0 = time.perf_counter()
        ds_dir = make_random_store(Path(tmp.name) / "ds", n_studies=max(args.samples // 5, 5), size_px=args.size,
                                   splits=(0.8, 0.1))
        print(f"random store: {args.samples} samples written in {time.perf_counter() - t0:.1f} s")
    else:
        ds_dir = args.dataset
    store = CropStore.open(ds_dir)
    n = len(store)
    size_mb = sum(f.stat().st_size for f in Path(ds_dir).rglob("*") if f.is_file()) / 1e6
    print(f"store {ds_dir}: {n} samples, {size_mb:.1f} MB on disk, sagittal {store.sagittal.shape[1:]}, axial {store.axial.shape[1:]}")

    # 1. raw random reads from zarr (one chunk per sample and input)
    rng = np.random.default_rng(0)
    idx = rng.integers(0, n, size=min(300, n))
    t0 = time.perf_counter()
    for i in idx:
        store.read(int(i))
    read_rate = _rate(len(idx), time.perf_counter() - t0)
    print(f"zarr random reads:            {read_rate:8.1f} samples/s")

    # 2. DataLoader throughput, with and without augmentation
    loader_rates = {}
    for augment, workers in ((False, 0), (True, 0), (True, args.workers)):
        dm = GraderDataModule(str(ds_dir), batch_size=args.batch_size, num_workers=workers, augment=augment)
        it = iter(dm.train_dataloader())
        next(it)  # worker start-up not counted
        t0 = time.perf_counter()
        seen = 0
        for _ in range(args.batches):
            try:
                seen += next(it)["labels"].shape[0]
            except StopIteration:
                break
        key = f"loader_aug{int(augment)}_w{workers}"
        loader_rates[key] = _rate(seen, time.perf_counter() - t0)
        print(f"DataLoader augment={augment!s:5} workers={workers}: {loader_rates[key]:8.1f} samples/s")
        del it

    # 3. training step throughput on prefetched batches already on the device (compute only)
    device = torch.device(args.device)
    dm = GraderDataModule(str(ds_dir), batch_size=args.batch_size, num_workers=0, augment=False)
    batches = []
    for b in dm.train_dataloader():
        batches.append({k: v.to(device) if torch.is_tensor(v) else v for k, v in b.items()})
        if len(batches) >= 3:
            break
    model = GraderModule(sagittal_channels=dm.sagittal_channels, axial_channels=dm.axial_channels,
                         levels=dm.levels, encoder=args.encoder).to(device)
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
    autocast = torch.autocast(device.type, dtype=torch.bfloat16, enabled=args.precision == "bf16")
    model.train()

    def sync() -> None:
        if device.type == "cuda":
            torch.cuda.synchronize()

    def step(b: dict[str, torch.Tensor]) -> None:
        with autocast:
            loss, _ = model.compute_loss(model(b), b["labels"])
        opt.zero_grad()
        loss.backward()
        opt.step()

    for k in range(3 if device.type == "cuda" else 1):  # warm-up (cuDNN autotuning on GPU)
        step(batches[k % len(batches)])
    sync()
    steps = max(args.batches // 2, 3)
    t0 = time.perf_counter()
    for k in range(steps):
        step(batches[k % len(batches)])
    sync()
    train_rate = _rate(steps * args.batch_size, time.perf_counter() - t0)
    where = args.device if device.type == "cuda" else f"{args.threads} threads"
    print(f"training ({args.encoder}, bs {args.batch_size}, {where}, {args.precision}): {train_rate:8.1f} crops/s")
    model.eval()
    with torch.no_grad(), autocast:
        t0 = time.perf_counter()
        for k in range(steps):
            model(batches[k % len(batches)])
        sync()
        infer_rate = _rate(steps * args.batch_size, time.perf_counter() - t0)
    print(f"inference:                    {infer_rate:8.1f} crops/s")
    params = sum(p.numel() for p in model.parameters())
    peak_mb = torch.cuda.max_memory_allocated() / 2**20 if device.type == "cuda" else None
    print(json.dumps({
        "benchmark": "grader_throughput", "samples": n, "encoder": args.encoder, "params": params,
        "batch_size": args.batch_size, "threads": args.threads, "device": args.device,
        "gpu": torch.cuda.get_device_name() if device.type == "cuda" else None,
        "precision": args.precision, "gpu_peak_mb": round(peak_mb) if peak_mb else None,
        "zarr_reads_per_s": round(read_rate, 1),
        **{k: round(v, 1) for k, v in loader_rates.items()},
        "train_crops_per_s": round(train_rate, 1), "infer_crops_per_s": round(infer_rate, 1),
    }))
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
