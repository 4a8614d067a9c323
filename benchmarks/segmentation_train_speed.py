"""Segmenter training speed on this machine: the loss, the optimiser and whole training steps.

Prints milliseconds per call, averaged after warm-up, on random batches shaped like the
benchmark's training (batch 4, 3 channels, 128 x 128 pixels, 13 classes: background, T12..S1,
discs; half the samples from a dataset that labels 5 of them):

* ``partial_label_loss`` forward + backward against ``reference_partial_label_loss`` (its
  definition: log-softmax, logsumexp, one-hot Dice), and the largest differences between them
  (each the faster of two timed rounds);
* AdamW's step on the default network's parameters: the per-tensor loop, foreach, fused;
* a whole training step (network forward, loss, backward, fused AdamW) of the configured network,
  eager and, with ``--compile``, after ``torch.compile`` (its compile time printed apart).

    python benchmarks/segmentation_train_speed.py [--threads 2] [--steps 40] [--compile]
        [--set network.options.channels=[16,32,64,128,256]]

Data loading and augmentation are not included (a worker process does them beside the steps);
``segmentation_real.py`` reports the steps a 20-minute training run reaches. The last line
printed is a JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from typing import Any

import torch

from spinelab.segmentation.config import load_config, parse_overrides
from spinelab.segmentation.module import partial_label_loss, reference_partial_label_loss
from spinelab.segmentation.networks import build_network

N_CLASSES = 13
BATCH, SIZE = 4, 128


def ms_per_call(fn: Callable[[], Any], n: int, warmup: int = 5) -> float:
    """Mean wall milliseconds of ``fn()`` over ``n`` calls after ``warmup`` calls."""
    for _ in range(warmup):
        fn()
    t0 = time.perf_counter()
    for _ in range(n):
        fn()
    return 1000 * (time.perf_counter() - t0) / n


def random_batch(seed: int = 0) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """(image (B, 3, H, W), label (B, H, W), known (B, K)); samples 0, 1 know classes 0..5 only."""
    g = torch.Generator().manual_seed(seed)
    image = torch.randn(BATCH, 3, SIZE, SIZE, generator=g)
    known = torch.ones(BATCH, N_CLASSES, dtype=torch.bool)
    known[:2, 6:] = False
    label = torch.randint(0, N_CLASSES, (BATCH, SIZE, SIZE), generator=g)
    label[:2][label[:2] >= 6] = 0
    return image, label, known


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--steps", type=int, default=40, help="timed calls per figure")
    ap.add_argument("--compile", action="store_true", help="also time torch.compile'd steps")
    ap.add_argument("--set", action="append", default=[], help="config override key=value")
    a = ap.parse_args(argv)
    torch.set_num_threads(a.threads)
    cfg = load_config(overrides=parse_overrides(a.set))
    res: dict[str, Any] = {"threads": a.threads, "network": cfg.network.model_dump()}
    image, label, known = random_batch()

    logits = (torch.randn(BATCH, N_CLASSES, SIZE, SIZE) * 3).requires_grad_()
    for name, fn in (("reference", reference_partial_label_loss), ("ours", partial_label_loss)):

        def call(f: Callable[..., torch.Tensor] = fn) -> None:
            torch.autograd.grad(f(logits, label, known), logits)

        res[f"loss_{name}_ms"] = min(ms_per_call(call, a.steps) for _ in range(2))
    ours, ref = (
        partial_label_loss(logits, label, known),
        reference_partial_label_loss(logits, label, known),
    )
    (g_ours,) = torch.autograd.grad(ours, logits)
    (g_ref,) = torch.autograd.grad(ref, logits)
    res["loss_abs_diff"] = float((ours - ref).detach().abs())
    res["grad_max_rel_diff"] = float((g_ours - g_ref).abs().max() / g_ref.abs().max())
    print(
        f"partial_label_loss forward+backward: {res['loss_ours_ms']:.1f} ms, its definition "
        f"{res['loss_reference_ms']:.1f} ms ({res['loss_reference_ms'] / res['loss_ours_ms']:.1f}x); "
        f"|loss difference| {res['loss_abs_diff']:.1e}, largest gradient difference "
        f"{res['grad_max_rel_diff']:.1e} of the largest gradient"
    )

    def network() -> torch.nn.Module:
        torch.manual_seed(0)
        return build_network(
            cfg.network.name,
            in_channels=cfg.preprocess.in_channels,
            out_channels=N_CLASSES,
            **cfg.network.options,
        )

    net = network()
    params = list(net.parameters())
    for p in params:
        p.grad = torch.randn_like(p)
    for name, kw in (
        ("loop", {"foreach": False}),
        ("foreach", {"foreach": True}),
        ("fused", {"fused": True}),
    ):
        opt = torch.optim.AdamW(params, lr=1e-4, **kw)
        res[f"adamw_{name}_ms"] = ms_per_call(opt.step, a.steps)
    print(
        f"AdamW step on {sum(p.numel() for p in params):,} parameters: per-tensor loop "
        f"{res['adamw_loop_ms']:.2f} ms, foreach {res['adamw_foreach_ms']:.2f} ms, fused "
        f"{res['adamw_fused_ms']:.2f} ms"
    )

    def step_fn(model: torch.nn.Module) -> Callable[[], None]:
        opt = torch.optim.AdamW(model.parameters(), lr=1e-4, fused=True)

        def step() -> None:
            loss = partial_label_loss(model(image), label, known)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()

        return step

    res["step_eager_ms"] = ms_per_call(step_fn(network()), a.steps)
    print(f"training step, eager: {res['step_eager_ms']:.1f} ms")
    if a.compile:
        net = network()
        net.compile()
        step = step_fn(net)
        t0 = time.perf_counter()
        step()
        res["compile_s"] = time.perf_counter() - t0
        res["step_compiled_ms"] = ms_per_call(step, a.steps)
        print(
            f"training step, torch.compile: {res['step_compiled_ms']:.1f} ms "
            f"({res['step_eager_ms'] / res['step_compiled_ms']:.2f}x) after {res['compile_s']:.0f} s "
            "of compiling"
        )
    print(json.dumps(res))
    return res


if __name__ == "__main__":
    main()
