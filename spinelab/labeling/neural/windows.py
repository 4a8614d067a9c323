"""Report text -> overlapping token windows the encoder can read, and batches of them.

A report longer than one window (``max_length`` tokens, [CLS] and [SEP] included) is cut into
windows that overlap by ``stride`` tokens, so every token, and every level named in the report,
is inside at least one window with context around it. The network reads all windows of a report
and attends over the tokens of all of them at once, so no level is lost to truncation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import torch

from spinelab.labeling.neural.targets import N_LEVELS
from spinelab.schema import LEVELS

#: Channels of ``level_hot``: ``MENTION`` [0, 6) the levels of the mention a token lies in;
#: ``EXCLUDED`` 6: that mention is an excluded one (nerve-root distribution, procedure site);
#: ``BEFORE`` [7, 13) the levels of the nearest finding-site mention before the token; ``AFTER``
#: [13, 19) those of the nearest one after it in the same sentence. Which to trust
#: ("L4-5: mild stenosis" vs "mild stenosis at L4-5") is learnt.
MENTION = slice(0, N_LEVELS)
EXCLUDED = N_LEVELS
BEFORE = slice(N_LEVELS + 1, 2 * N_LEVELS + 1)
AFTER = slice(2 * N_LEVELS + 1, 3 * N_LEVELS + 1)
LEVEL_CHANNELS = 3 * N_LEVELS + 1
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")


@lru_cache(maxsize=1)
def _default_parser() -> Any:
    from spinelab.labeling.levels import LevelParser

    return LevelParser()


def level_features(text: str, offsets: np.ndarray, parser: Any = None) -> np.ndarray:
    """``float32 [..., LEVEL_CHANNELS]`` level-mention features of each token (character range
    ``offsets [..., 2]``; see ``LEVEL_CHANNELS``). Multi-hot: a range or "all levels" sets several.

    ``parser``: a ``spinelab.labeling.levels.LevelParser`` (None: the packaged level rules). The
    rules only say WHERE levels are named; what the report says of them is left to the model."""
    parser = parser or _default_parser()
    out = np.zeros((*offsets.shape[:-1], LEVEL_CHANNELS), np.float32)
    s, e = offsets[..., 0], offsets[..., 1]
    real = e > s
    mentions = parser.find(text)
    sites = [m for m in mentions if not m.excluded and m.levels]
    # sentence number of every character (a level and a token share a sentence when equal)
    marks = np.zeros(len(text) + 1, np.int64)
    for m in _SENTENCE_END.finditer(text):
        marks[m.end()] += 1
    sentence = np.cumsum(marks)
    for m in mentions:
        inside = real & (s < m.end) & (e > m.start)
        for lv in m.levels:
            out[..., MENTION.start + LEVELS.index(lv)][inside] = 1.0
        if m.excluded:
            out[..., EXCLUDED][inside] = 1.0
    if not sites:
        return out
    ends = np.array([m.end for m in sites])
    starts = np.array([m.start for m in sites])
    hot = np.zeros((len(sites), N_LEVELS), np.float32)
    for i, m in enumerate(sites):
        hot[i, [LEVELS.index(lv) for lv in m.levels]] = 1.0
    before = np.searchsorted(ends, s, side="right") - 1  # last site ending at or before the token
    ok = real & (before >= 0)
    out[..., BEFORE][ok] = hot[before[ok]]
    after = np.searchsorted(starts, e, side="left")  # first site starting at or after its end
    ok = real & (after < len(sites))
    same = np.zeros_like(ok)
    same[ok] = sentence[np.clip(e[ok], 0, len(text))] == sentence[starts[after[ok]]]
    out[..., AFTER][same] = hot[after[same]]
    return out


def encode_report(
    tokenizer: Any, text: str, *, max_length: int = 256, stride: int = 64, parser: Any = None
) -> dict[str, np.ndarray]:
    """One report -> ``{"input_ids": int64 [W, T], "attention_mask": int64 [W, T],
    "token_mask": bool [W, T] (a text token, not [CLS]/[SEP]/padding),
    "offsets": int64 [W, T, 2] (character range of each token in ``text``; 0, 0 for specials),
    "level_hot": float32 [W, T, LEVEL_CHANNELS] (``level_features``)}``.

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
    return {"input_ids": ids, "attention_mask": att, "token_mask": tok, "offsets": off,
            "level_hot": level_features(text, off, parser)}


def collate_reports(samples: Sequence[dict[str, Any]]) -> dict[str, torch.Tensor]:
    """Samples (``encode_report`` output, optionally with ``encode_targets`` arrays) -> a batch.

    Windows of all reports are stacked: ``input_ids``, ``attention_mask``, ``token_mask``
    ``[sum W, T_max]``, ``level_hot`` ``[sum W, T_max, LEVEL_CHANNELS]`` (and cached encoder
    states ``hidden`` ``[sum W, T_max, D]`` when every sample has them), ``window_report`` int64 ``[sum W]`` (the batch index of each window's
    report). Target arrays present in every sample are stacked as ``[B, L, F]``."""
    t = max(s["input_ids"].shape[1] for s in samples)
    keys: tuple[tuple[str, Any], ...] = (
        ("input_ids", 0), ("attention_mask", 0), ("token_mask", False), ("level_hot", 0.0))
    if all("hidden" in s for s in samples):
        keys = (*keys, ("hidden", 0.0))
    parts: dict[str, list[np.ndarray]] = {k: [] for k, _ in keys}
    owner: list[np.ndarray] = []
    for b, s in enumerate(samples):
        w, k = s["input_ids"].shape
        for key, fill in keys:
            a = np.full((w, t, *s[key].shape[2:]), fill, s[key].dtype)
            a[:, :k] = s[key]
            parts[key].append(a)
        owner.append(np.full(w, b, np.int64))
    batch = {k: torch.from_numpy(np.concatenate(v)) for k, v in parts.items()}
    batch["window_report"] = torch.from_numpy(np.concatenate(owner))
    for key in ("value", "uncertain", "uncertain_mask"):
        if all(key in s for s in samples):
            batch[key] = torch.from_numpy(np.stack([s[key] for s in samples]))
    return batch


__all__ = ["LEVEL_CHANNELS", "collate_reports", "encode_report", "level_features"]
