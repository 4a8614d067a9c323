"""Train the 2.5-D sagittal segmenter from one or more dataset files into a model directory."""

from __future__ import annotations

import csv
import json
import logging
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset

from spinelab.anatomy import MASK_VALUES
from spinelab.data.intensity import (
    DEFAULT_LANDMARK_PERCENTILES,
    HistogramLandmarks,
    image_landmarks,
    standard_histogram,
)
from spinelab.segmentation.config import SegConfig, apply_overrides, load_config
from spinelab.segmentation.dataset_file import (
    LoadedDataset,
    SegmentationInputError,
    load_case,
    read_dataset_file,
)
from spinelab.segmentation.model_dir import save_model_dir
from spinelab.segmentation.transforms import (
    context_offsets,
    eval_transforms,
    prepare_volume,
    sagittal_layout,
    slice_channels,
    train_transforms,
)

log = logging.getLogger(__name__)


@dataclass
class TrainResult:
    """What a training run produced."""

    model_dir: Path
    steps: int
    seconds: float
    n_train_cases: int
    n_val_cases: int
    errors: list[dict[str, str]] = field(default_factory=list)
    metrics: dict[str, float] = field(default_factory=dict)


def build_classes(datasets: list[LoadedDataset]) -> list[dict[str, Any]]:
    """Network classes = union of the datasets' structure names, in anatomical order.

    Known names (``spinelab.anatomy.MASK_VALUES``) come first in mask-value order and keep those
    values; other names follow alphabetically with their first dataset's value.
    """
    seen: dict[str, int] = {}
    for ds in datasets:
        for value, name in sorted(ds.labels.items()):
            seen.setdefault(name, int(value))
    names = sorted((n for n in seen if n in MASK_VALUES), key=MASK_VALUES.__getitem__)
    names += sorted(n for n in seen if n not in MASK_VALUES)
    return [
        {"class": i + 1, "name": n, "value": MASK_VALUES.get(n, seen[n])}
        for i, n in enumerate(names)
    ]


def load_training_cases(
    datasets: list[LoadedDataset], classes: list[dict[str, Any]], config: SegConfig
) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """Load and preprocess every case; a bad case is recorded in the errors list and skipped.

    Each prepared case: ``{"id", "dataset", "image": (S,H,W), "label": (S,H,W), "known": (K,) bool,
    "fg_slices": slice indices with foreground, "offsets": channel slice offsets}``.
    """
    from rich.progress import Progress

    name_to_class = {c["name"]: c["class"] for c in classes}
    n_classes = len(classes) + 1
    cases: list[dict[str, Any]] = []
    errors: list[dict[str, str]] = []
    total = sum(len(ds.cases) for ds in datasets)
    with Progress(transient=False) as progress:
        task = progress.add_task("loading cases", total=total)
        for ds in datasets:
            value_to_class = {v: name_to_class[n] for v, n in ds.labels.items()}
            known = np.zeros(n_classes, dtype=bool)
            known[0] = True
            known[[name_to_class[n] for n in ds.labels.values()]] = True
            for entry in ds.cases:
                try:
                    image, mask = load_case(entry, ds.labels)
                    sample = prepare_volume(
                        image,
                        config.preprocess,
                        mask=mask,
                        value_to_class=value_to_class,
                        label_interpolation=config.augment.label_interpolation,
                        item=entry.id,
                    )
                except SegmentationInputError as exc:
                    errors.append(
                        {
                            "dataset": ds.name,
                            "case_id": entry.id,
                            "path": entry.image,
                            "reason": exc.reason,
                        }
                    )
                    log.warning("skipping case %s (%s): %s", entry.id, entry.image, exc.reason)
                else:
                    fg = np.flatnonzero(
                        sample["label"].reshape(sample["label"].shape[0], -1).any(axis=1)
                    )
                    cases.append(
                        {
                            "id": entry.id,
                            "dataset": ds.name,
                            "image": sample["image"],
                            "label": sample["label"],
                            "known": known,
                            "fg_slices": fg,
                            "offsets": context_offsets(
                                sample["layout"].slice_spacing_mm,
                                config.preprocess.context_mm,
                                config.preprocess.n_context,
                            ),
                        }
                    )
                progress.advance(task)
    return cases, errors


def fit_training_landmarks(
    datasets: list[LoadedDataset], config: SegConfig
) -> HistogramLandmarks | None:
    """Nyul standard histogram learnt on the training cases' image volumes (validation excluded).

    Reads every case once before ``load_training_cases``; cases skipped there are skipped here, so
    ``split_cases`` over the usable ids gives training's split. None when no case is usable.
    """
    pre = config.preprocess
    ids: list[str] = []
    rows: list[np.ndarray] = []
    for ds in datasets:
        for entry in ds.cases:
            try:
                image, _ = load_case(entry, ds.labels)
                sagittal_layout(
                    image,
                    max_inplane_spacing_mm=pre.max_inplane_spacing_mm,
                    max_oblique_deg=pre.max_oblique_deg,
                    item=entry.id,
                )
            except SegmentationInputError:
                continue  # load_training_cases records it
            ids.append(entry.id)
            rows.append(image_landmarks(image.array, DEFAULT_LANDMARK_PERCENTILES))
    if not ids:
        return None
    train_ids = set(split_cases(ids, config.train.val_fraction, config.train.seed)[0])
    landmarks = standard_histogram(
        # a constant image has no intensity scale to learn from (it is still trained on)
        (r for i, r in zip(ids, rows, strict=True) if i in train_ids and r[-1] > r[0]),
        percentiles=DEFAULT_LANDMARK_PERCENTILES,
    )
    log.info("nyul landmarks learnt on %d training cases: %s", len(train_ids), landmarks.standard)
    return landmarks


def case_sampling_weights(
    cases: list[dict[str, Any]], dataset_weights: dict[str, float] | None
) -> np.ndarray | None:
    """Probability of drawing each case: its dataset's weight shared by that dataset's cases.

    None (every case equally likely) when ``dataset_weights`` is None. Raises ``ValueError`` for
    a weight naming no dataset of ``cases`` (a misspelt name would otherwise be ignored).
    """
    if dataset_weights is None:
        return None
    names = [c["dataset"] for c in cases]
    unknown = sorted(set(dataset_weights) - set(names))
    if unknown:
        raise ValueError(
            f"train.dataset_weights names {unknown}, not datasets of this run ({sorted(set(names))})"
        )
    counts = {n: names.count(n) for n in set(names)}
    w = np.array([dataset_weights.get(n, 1.0) / counts[n] for n in names], dtype=np.float64)
    if w.sum() <= 0:
        raise ValueError(
            f"train.dataset_weights give every training case weight 0: {dataset_weights}"
        )
    return w / w.sum()


class SliceSampleDataset(Dataset):
    """Random 2.5-D training slices from prepared cases; ``length`` samples per epoch.

    Cases are drawn with probabilities ``case_p`` (None: uniformly).

    Each item: ``{"image": (C, H, W) float32, "label": (1, H, W) int64, "known": (K,) bool}``.
    """

    def __init__(
        self,
        cases: list[dict[str, Any]],
        *,
        length: int,
        transform: Any,
        fg_fraction: float,
        seed: int = 0,
        case_p: np.ndarray | None = None,
    ) -> None:
        if not cases:
            raise ValueError("no training cases")
        self.cases = cases
        self.case_p = case_p
        self.length = length
        self.transform = transform
        self.fg_fraction = fg_fraction
        self.seed = seed
        self._calls = 0

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, idx: int) -> dict[str, Any]:
        self._calls += 1
        rng = np.random.default_rng((self.seed, idx, self._calls))
        n = len(self.cases)  # uniform draws keep the random stream of runs without weights
        case = self.cases[
            int(rng.integers(n) if self.case_p is None else rng.choice(n, p=self.case_p))
        ]
        if len(case["fg_slices"]) and rng.random() < self.fg_fraction:
            s = int(rng.choice(case["fg_slices"]))
        else:
            s = int(rng.integers(case["image"].shape[0]))
        sample = {
            "image": slice_channels(case["image"], s, case["offsets"]).astype(np.float32),
            "label": case["label"][s][None].astype(np.float32),
        }
        if self.transform is not None:
            sample = self.transform(sample)
        return {
            "image": torch.as_tensor(np.asarray(sample["image"]), dtype=torch.float32),
            "label": torch.as_tensor(np.asarray(sample["label"])).round().long(),
            "known": torch.as_tensor(case["known"]),
        }


def _worker_init(worker_id: int) -> None:
    """Data workers augment with one thread each and without MONAI metadata tracking."""
    from monai.data import set_track_meta

    torch.set_num_threads(1)
    set_track_meta(False)
    info = torch.utils.data.get_worker_info()
    transform = getattr(info.dataset, "transform", None) if info is not None else None
    if info is not None and transform is not None:
        transform.set_random_state(seed=info.seed % (2**32))  # distinct per worker


def fixed_validation_slices(
    cases: list[dict[str, Any]], patch_size: tuple[int, int], every: int = 3
) -> list[dict[str, Any]]:
    """Deterministic validation samples: every ``every``-th foreground slice of each case."""
    tf = eval_transforms(patch_size)
    out = []
    for case in cases:
        for s in case["fg_slices"][::every]:
            sample = tf(
                {
                    "image": slice_channels(case["image"], int(s), case["offsets"]).astype(
                        np.float32
                    ),
                    "label": case["label"][int(s)][None].astype(np.float32),
                }
            )
            out.append(
                {
                    "image": torch.as_tensor(np.asarray(sample["image"]), dtype=torch.float32),
                    "label": torch.as_tensor(np.asarray(sample["label"])).round().long(),
                    "known": torch.as_tensor(case["known"]),
                }
            )
    return out


def split_cases(ids: list[str], val_fraction: float, seed: int) -> tuple[list[str], list[str]]:
    """Seeded patient-level split of case ids into (train, validation)."""
    if val_fraction <= 0 or len(ids) < 2:
        return list(ids), []
    rng = np.random.default_rng(seed)
    order = list(rng.permutation(sorted(ids)))
    n_val = max(1, int(round(val_fraction * len(ids))))
    val = set(order[:n_val])
    return [i for i in ids if i not in val], [i for i in ids if i in val]


def _weight_averaging(decay: float) -> list[Any]:
    """Lightning's EMA callback for ``train.ema_decay`` > 0 (it puts the averaged weights into the
    module when training ends), else none."""
    if decay <= 0:
        return []
    from lightning.pytorch.callbacks import EMAWeightAveraging

    return [EMAWeightAveraging(decay=decay, use_buffers=True)]


def _write_errors(path: Path, errors: list[dict[str, str]]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["dataset", "case_id", "path", "reason"])
        w.writeheader()
        w.writerows(errors)
    tmp.replace(path)


def train_segmenter(
    datasets: list[str | Path],
    model_dir: str | Path,
    *,
    config: SegConfig | None = None,
    overrides: dict[str, Any] | None = None,
) -> TrainResult:
    """Train on the dataset files' cases and write ``model_dir`` (config, labels, weights).

    Bad cases are skipped and listed in ``model_dir/errors.csv``; at least one case must load.
    ``overrides`` are dotted config keys (``{"train.max_steps": 10}``) applied to ``config``
    (default: the packaged ``configs/default.yaml``). With ``preprocess.normalize: nyul`` and no
    ``preprocess.landmarks``, the landmarks are learnt on the training split and saved in the config.
    """
    import lightning as L
    from lightning.pytorch.callbacks import RichProgressBar
    from lightning.pytorch.loggers import CSVLogger
    from monai.data import set_track_meta

    from spinelab.segmentation.module import SegmentationModule

    config = (
        load_config(overrides=overrides) if config is None else apply_overrides(config, overrides)
    )
    tc = config.train
    torch.set_num_threads(tc.num_threads)
    set_track_meta(False)
    L.seed_everything(tc.seed, workers=True, verbose=False)
    model_dir = Path(model_dir)
    model_dir.mkdir(parents=True, exist_ok=True)

    loaded = [read_dataset_file(p) for p in datasets]
    classes = build_classes(loaded)
    if config.preprocess.normalize == "nyul" and config.preprocess.landmarks is None:
        # learnt on the training split; prepares every case (validation too), saved with the model
        preprocess = config.preprocess.model_copy(
            update={"landmarks": fit_training_landmarks(loaded, config)}
        )
        config = config.model_copy(update={"preprocess": preprocess})
    cases, errors = load_training_cases(loaded, classes, config)
    _write_errors(model_dir / "errors.csv", errors)
    if not cases:
        raise SegmentationInputError(
            ", ".join(str(p) for p in datasets),
            f"no usable case ({len(errors)} failed; see {model_dir / 'errors.csv'})",
        )
    train_ids, val_ids = split_cases([c["id"] for c in cases], tc.val_fraction, tc.seed)
    train_cases = [c for c in cases if c["id"] in set(train_ids)]
    val_cases = [c for c in cases if c["id"] in set(val_ids)]

    spacing = config.preprocess.spacing_mm
    transform = train_transforms(config.augment, tc.patch_size, spacing)
    if tc.num_workers == 0:  # augmented in this process: seeded here (workers: _worker_init)
        transform.set_random_state(seed=tc.seed)
    train_ds = SliceSampleDataset(
        train_cases,
        length=tc.max_steps * tc.batch_size,
        transform=transform,
        fg_fraction=tc.foreground_slice_fraction,
        seed=tc.seed,
        case_p=case_sampling_weights(train_cases, tc.dataset_weights),
    )
    train_dl = DataLoader(
        train_ds,
        batch_size=tc.batch_size,
        shuffle=False,
        num_workers=tc.num_workers,
        worker_init_fn=_worker_init,
        persistent_workers=tc.num_workers > 0,
        drop_last=True,
    )
    val_dl: DataLoader[Any] | None = None
    if val_cases:
        val_samples: Any = fixed_validation_slices(val_cases, tc.patch_size)
        val_dl = DataLoader(val_samples, batch_size=tc.batch_size)

    module = SegmentationModule(
        network=config.network.name,
        network_options=config.network.options,
        in_channels=config.preprocess.in_channels,
        class_names=["background"] + [c["name"] for c in classes],
        lr=tc.lr,
        weight_decay=tc.weight_decay,
        dice_weight=tc.dice_weight,
        max_steps=tc.max_steps,
        max_seconds=tc.max_minutes * 60 if tc.max_minutes else None,
    )
    if tc.compile:
        module.net.compile()  # in place: the state-dict keys (and the saved weights) are unchanged
    trainer = L.Trainer(
        max_steps=tc.max_steps,
        max_epochs=1,
        max_time=timedelta(minutes=tc.max_minutes) if tc.max_minutes else None,
        accelerator=tc.accelerator,
        devices=1,
        precision=cast(Any, tc.precision),
        logger=CSVLogger(str(model_dir), name="logs", version=""),
        enable_checkpointing=False,
        callbacks=[RichProgressBar(), *_weight_averaging(tc.ema_decay)],
        log_every_n_steps=min(10, tc.max_steps),
        val_check_interval=min(250, tc.max_steps) if val_dl is not None else None,
        limit_val_batches=None if val_dl is not None else 0,
        num_sanity_val_steps=0,
        enable_model_summary=False,
    )
    t0 = time.monotonic()
    trainer.fit(module, train_dataloaders=train_dl, val_dataloaders=val_dl)
    seconds = time.monotonic() - t0
    metrics = {
        k: float(v)
        for k, v in trainer.callback_metrics.items()
        if torch.is_tensor(v) and v.numel() == 1
    }
    extra = {
        "datasets": [str(d.path) for d in loaded],
        "train_ids": train_ids,
        "val_ids": val_ids,
        "steps": int(trainer.global_step),
        "train_seconds": round(seconds, 1),
        "metrics": metrics,
    }
    save_model_dir(model_dir, config=config, classes=classes, network=module.net, extra=None)
    tmp = model_dir / "train_summary.json.tmp"
    tmp.write_text(json.dumps(extra, indent=1))
    tmp.replace(model_dir / "train_summary.json")
    return TrainResult(
        model_dir=model_dir,
        steps=int(trainer.global_step),
        seconds=seconds,
        n_train_cases=len(train_cases),
        n_val_cases=len(val_cases),
        errors=errors,
        metrics=metrics,
    )
