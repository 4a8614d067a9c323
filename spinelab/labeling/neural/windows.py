"""Report text -> overlapping token windows the encoder can read, and batches of them.

A report longer than one window (``max_length`` tokens, [CLS] and [SEP] included) is cut into
windows that overlap by ``stride`` tokens, so every token, and every level named in the report,
is inside at least one window with context around it. The network reads all windows of a report
and attends over the tokens of all of them at once, so no level is lost to truncation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import torch


def encode_report(
    tokenizer: Any, text: str, *, max_length: int = 256, stride: int = 64
) -> dict[str, np.ndarray]:
    """One report -> ``{"input_ids": int64 [W, T], "attention_mask": int64 [W, T],
    "token_mask": bool [W, T] (a text token, not [CLS]/[SEP]/padding),
    "offsets": int64 [W, T, 2] (character range of each token in ``text``; 0, 0 for specials)}``.

    Needs a fast (Rust) tokenizer: windows come from its overflow with ``stride``."""
    if not getattr(tokenizer, "is_fast", False):
        raise ValueError("the report model needs a fast tokenizer (tokenizer.json)")
    if not 0 <= stride < max_length - 2:
        raise ValueError(f"stride {stride} must be in [0, max_length - 2) = [0, {max_length - 2})")
    enc = tokenizer(
        text,
        max_length=max_length,
        stride=stride,
        truncation=True,
        return_overflowing_tokens=True,
        return_offsets_mapping=True,
        return_special_tokens_mask=True,
    )
    n = len(enc["input_ids"])
    t = max(len(x) for x in enc["input_ids"])
    ids = np.full((n, t), tokenizer.pad_token_id, np.int64)
    att = np.zeros((n, t), np.int64)
    tok = np.zeros((n, t), bool)
    off = np.zeros((n, t, 2), np.int64)
    for w in range(n):
        k = len(enc["input_ids"][w])
        ids[w, :k] = enc["input_ids"][w]
        att[w, :k] = 1
        tok[w, :k] = ~np.asarray(enc["special_tokens_mask"][w], bool)
        off[w, :k] = np.asarray(enc["offset_mapping"][w], np.int64).reshape(k, 2)
    return {"input_ids": ids, "attention_mask": att, "token_mask": tok, "offsets": off}


def collate_reports(samples: Sequence[dict[str, Any]]) -> dict[str, torch.Tensor]:
    """Samples (``encode_report`` output, optionally with ``encode_targets`` arrays) -> a batch.

    Windows of all reports are stacked: ``input_ids``, ``attention_mask``, ``token_mask``
    ``[sum W, T_max]``, ``window_report`` int64 ``[sum W]`` (the batch index of each window's
    report). Target arrays present in every sample are stacked as ``[B, L, F]``."""
    t = max(s["input_ids"].shape[1] for s in samples)
    parts: dict[str, list[np.ndarray]] = {"input_ids": [], "attention_mask": [], "token_mask": []}
    owner: list[np.ndarray] = []
    for b, s in enumerate(samples):
        w, k = s["input_ids"].shape
        for key, fill in (("input_ids", 0), ("attention_mask", 0), ("token_mask", False)):
            a = np.full((w, t), fill, s[key].dtype)
            a[:, :k] = s[key]
            parts[key].append(a)
        owner.append(np.full(w, b, np.int64))
    batch = {k: torch.from_numpy(np.concatenate(v)) for k, v in parts.items()}
    batch["window_report"] = torch.from_numpy(np.concatenate(owner))
    for key in ("value", "uncertain", "uncertain_mask"):
        if all(key in s for s in samples):
            batch[key] = torch.from_numpy(np.stack([s[key] for s in samples]))
    return batch


__all__ = ["collate_reports", "encode_report"]
