"""The transformer report labeler (spinelab.labeling.neural): targets, windows, training,
save/load, the ModelLabeler alone and combined with the rules, and its commands.

A tiny BERT (hidden 48, one layer) with the packaged MiniLM tokenizer keeps training fast; one
test loads the packaged MiniLM weights themselves with the network blocked."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import torch
from typer.testing import CliRunner

from spinelab.cli import app
from spinelab.labeling.neural.model_io import Windowing, load_model, read_model_config
from spinelab.labeling.neural.model_labeler import ModelLabeler, combine_rows
from spinelab.labeling.neural.network import (
    DecoderConfig,
    ReportModel,
    default_encoder_path,
    gather_report_tokens,
    load_encoder,
)
from spinelab.labeling.neural.targets import (
    CLASSES,
    N_FINDINGS,
    N_LEVELS,
    NOT_MENTIONED,
    decode_slots,
    encode_targets,
)
from spinelab.labeling.neural.training import TrainConfig, slot_loss, train_report_model
from spinelab.labeling.neural.windows import collate_reports, encode_report
from spinelab.schema import FINDINGS, LEVELS

REPORTS = {
    "r1": "FINDINGS: L4-5: severe central canal stenosis. L5-S1: no disc herniation.",
    "r2": "FINDINGS: L3-L4: mild right foraminal stenosis. Possible disc bulge at L2-3.",
    "r3": "FINDINGS: L1-2: Modic type 2 endplate changes. Grade 1 anterolisthesis of L4 on L5.",
}


@pytest.fixture(scope="module")
def tiny_encoder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A local encoder directory: MiniLM's tokenizer + a randomly initialised tiny BERT."""
    from transformers import AutoModel, AutoTokenizer, BertConfig

    d = tmp_path_factory.mktemp("tiny_encoder")
    tok = AutoTokenizer.from_pretrained(default_encoder_path(), local_files_only=True)
    torch.manual_seed(0)
    cfg = BertConfig(vocab_size=tok.vocab_size, hidden_size=48, num_hidden_layers=1,
                     num_attention_heads=2, intermediate_size=96, max_position_embeddings=128)
    AutoModel.from_config(cfg).save_pretrained(d)
    tok.save_pretrained(d)
    return d


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The three reports and their rule labels (the weak labels), as files."""
    from spinelab.labeling.labeler import Labeler

    d = tmp_path_factory.mktemp("corpus")
    pd.DataFrame({"report_id": list(REPORTS), "text": list(REPORTS.values())}).to_json(
        d / "reports.jsonl", orient="records", lines=True)
    lab = Labeler()
    rows = [r for rid, t in REPORTS.items() for r in lab.label_report(rid, t)]
    pd.DataFrame(rows).to_parquet(d / "rules.parquet", index=False)
    return {"reports": d / "reports.jsonl", "labels": d / "rules.parquet"}


@pytest.fixture(scope="module")
def trained(tiny_encoder: Path, corpus: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny model overfitted on the three reports' rule labels."""
    out = tmp_path_factory.mktemp("models") / "tiny"
    cfg = TrainConfig(epochs=150, batch_size=3, lr_encoder=1e-3, lr_head=3e-3, warmup_fraction=0.05,
                      val_fraction=0.0, windowing=Windowing(max_length=64, stride=16))
    train_report_model(corpus["reports"], corpus["labels"], out, encoder=tiny_encoder, cfg=cfg,
                       progress=False)
    return out


def test_targets_shapes_classes_and_masks() -> None:
    rows = [
        {"level": "L4-L5", "finding": "canal_stenosis", "value": "severe", "uncertain": False},
        {"level": "L2-L3", "finding": "disc_bulge", "value": "present", "uncertain": True},
        {"level": "C5-C6", "finding": "canal_stenosis", "value": "mild", "uncertain": False},
    ]
    t = encode_targets(rows)
    assert t["value"].shape == t["uncertain"].shape == t["uncertain_mask"].shape == (N_LEVELS, N_FINDINGS)
    li, fi = LEVELS.index("L4-L5"), FINDINGS.index("canal_stenosis")
    assert CLASSES["canal_stenosis"][t["value"][li, fi]] == "severe"
    lb, fb = LEVELS.index("L2-L3"), FINDINGS.index("disc_bulge")
    assert t["uncertain"][lb, fb] == 1.0 and t["uncertain_mask"][lb, fb]
    # everything else is "not mentioned" (class 0), and its uncertainty is masked out
    assert (t["value"] != 0).sum() == 2 and t["uncertain_mask"].sum() == 2
    assert all(c[0] == NOT_MENTIONED for c in CLASSES.values())
    with pytest.raises(ValueError, match="unknown value 'huge'"):
        encode_targets([{"level": "L4-L5", "finding": "canal_stenosis", "value": "huge"}])
    with pytest.raises(ValueError, match="unknown finding"):
        encode_targets([{"level": "L4-L5", "finding": "scoliosis", "value": "present"}])


def test_decode_slots_round_trips_targets() -> None:
    rows = [{"level": "L5-S1", "finding": "modic", "value": "type1", "uncertain": True}]
    t = encode_targets(rows)
    probs = [np.eye(len(CLASSES[f]))[t["value"][:, fi]] for fi, f in enumerate(FINDINGS)]
    assert decode_slots(probs, t["uncertain"]) == [("L5-S1", "modic", "type1", True, 1.0)]


def test_long_report_windowing_keeps_every_level(tiny_encoder: Path) -> None:
    tok, enc = load_encoder(tiny_encoder)
    filler = "The conus ends normally and the paraspinal muscles are unremarkable. " * 12
    text = filler + " ".join(f"At {lv}: mild canal stenosis." for lv in LEVELS)
    e = encode_report(tok, text, max_length=48, stride=8)
    assert e["input_ids"].shape[0] > 5 and e["input_ids"].shape[1] <= 48
    covered = np.zeros(len(text), bool)
    for s, t in e["offsets"][e["token_mask"]]:
        covered[s:t] = True
    for lv in LEVELS:  # every level mention lies inside some window
        i = text.index(lv)
        assert covered[i : i + len(lv)].all(), lv
    # the decoder sees the tokens of every window of the report
    batch = collate_reports([e, encode_report(tok, "L4-5: normal.", max_length=48, stride=8)])
    hidden = torch.randn(*batch["input_ids"].shape, 48)
    mem, pad, index = gather_report_tokens(hidden, batch["token_mask"], batch["window_report"], 2)
    assert (~pad[0]).sum() == int(e["token_mask"].sum()) and len(index[0]) == int(e["token_mask"].sum())
    assert (~pad[1]).sum() == len(index[1]) < len(index[0])
    model = ReportModel(enc, DecoderConfig(layers=1))
    out = model(batch)
    assert [tuple(lg.shape) for lg in out["logits"]] == [(2, N_LEVELS, len(CLASSES[f])) for f in FINDINGS]
    assert out["attention"].shape[:3] == (2, N_LEVELS, N_FINDINGS)
    assert torch.allclose(out["attention"][1, ..., len(index[1]):].sum(), torch.tensor(0.0))


def test_level_features_mark_where_levels_are_named(tiny_encoder: Path) -> None:
    from spinelab.labeling.neural.windows import LEVEL_CHANNELS

    tok, _ = load_encoder(tiny_encoder)
    text = "Bulges from L3-4 through L5-S1. The L5 nerve root. L5-S1 distribution pain."
    e = encode_report(tok, text, max_length=64, stride=16)
    hot, off = e["level_hot"][0], e["offsets"][0]
    assert hot.shape == (e["input_ids"].shape[1], LEVEL_CHANNELS)
    def at(sub: str) -> np.ndarray:
        i = text.index(sub)
        return hot[(off[:, 0] >= i) & (off[:, 1] <= i + len(sub)) & (off[:, 1] > off[:, 0])]
    rng = at("L3-4 through L5-S1")
    n = len(LEVELS)
    assert {LEVELS[j] for j in np.nonzero(rng.max(0)[:n])[0]} == {"L3-L4", "L4-L5", "L5-S1"}
    assert at("nerve root")[:, :n + 1].sum() == 0  # a vertebra alone is no level
    assert at("L5-S1 distribution")[:, n].max() == 1.0  # an excluded mention is flagged
    # context: "Bulges" has the range after it in its sentence; "nerve root" has it before
    assert at("Bulges")[:, 2 * n + 1 + LEVELS.index("L4-L5")].all()
    assert at("Bulges")[:, n + 1 : 2 * n + 1].sum() == 0
    assert at("nerve root")[:, n + 1 + LEVELS.index("L5-S1")].all()
    assert at("nerve root")[:, 2 * n + 1 :].sum() == 0  # the next site is in another sentence
    # an excluded mention is no finding site: the site before "pain" is still the range
    assert at("pain")[:, n + 1 : 2 * n + 1].sum() == 3


def test_masked_loss_ignores_unknown_targets(tiny_encoder: Path) -> None:
    tok, enc = load_encoder(tiny_encoder)
    model = ReportModel(enc, DecoderConfig(layers=1))
    e = encode_report(tok, REPORTS["r1"], max_length=64, stride=16)
    t = encode_targets([])
    batch = collate_reports([{**e, **t}])
    out = model(batch)
    base = slot_loss(out, batch)
    batch["value"][:] = -100  # unknown everywhere: only the (masked-out) uncertain term remains
    assert float(slot_loss(out, batch)) == 0.0 and float(base) > 0


def test_few_steps_overfit_tiny_set(trained: Path, corpus: dict[str, Path]) -> None:
    cfg = read_model_config(trained)
    hist = cfg["training"]["weak"]
    assert hist["reports"] == 3 and hist["steps"] == 150
    logs = sorted(trained.parent.glob("tiny.logs/weak/version_*/metrics.csv"))
    m = pd.read_csv(logs[-1]).dropna(subset=["train_loss"])
    assert m.train_loss.iloc[-1] < 0.25 * m.train_loss.iloc[0]
    # the model now reproduces its training labels
    ml = ModelLabeler(trained)
    weak = pd.read_parquet(corpus["labels"])
    for rid, text in REPORTS.items():
        got = {(r["level"], r["finding"], r["value"]) for r in ml.label_report(rid, text)}
        want = set(zip(*(weak[weak.report_id == rid][c] for c in ("level", "finding", "value")), strict=True))
        assert got == want, rid


def test_fully_frozen_encoder_trains_the_decoder_on_cached_states(
    tiny_encoder: Path, corpus: dict[str, Path], tmp_path: Path
) -> None:
    from safetensors.torch import load_file

    cfg = TrainConfig(epochs=3, batch_size=3, freeze_layers=1, val_fraction=0.0,
                      windowing=Windowing(max_length=64, stride=16))
    s = train_report_model(corpus["reports"], corpus["labels"], tmp_path / "m",
                           encoder=tiny_encoder, cfg=cfg, progress=False)
    assert s["weak"]["steps"] == 3
    cfg.epochs = 0  # same seed, no training: the initial weights
    train_report_model(corpus["reports"], corpus["labels"], tmp_path / "m0",
                       encoder=tiny_encoder, cfg=cfg, progress=False)
    _, enc = load_encoder(tiny_encoder)
    w = load_file(str(tmp_path / "m" / "weights.safetensors"))
    w0 = load_file(str(tmp_path / "m0" / "weights.safetensors"))
    for k, v in enc.state_dict().items():  # the encoder is unchanged ...
        torch.testing.assert_close(w[f"encoder.{k}"], v)
    moved = [k for k in w0 if k.startswith("slots.") and not torch.equal(w[k], w0[k])]
    assert len(moved) > 10  # ... and the decoder trained


def test_save_load_round_trip_and_evidence(trained: Path) -> None:
    a = load_model(trained)
    b = load_model(trained)
    pa_, pb = a.predict([REPORTS["r2"]])[0], b.predict([REPORTS["r2"]])[0]
    for x, y in zip(pa_.probs, pb.probs, strict=True):
        np.testing.assert_allclose(x, y, rtol=1e-5, atol=1e-6)
    rows = ModelLabeler(trained).label_report("r2", REPORTS["r2"])
    assert rows and all(REPORTS["r2"][r["start"] : r["end"]] == r["evidence"] for r in rows)
    assert {r["section"] for r in rows} <= {"findings", "impression", "other"}
    # pickles as its settings (Dask workers rebuild it)
    import pickle

    again = pickle.loads(pickle.dumps(ModelLabeler(trained)))
    assert again.label_report("r2", REPORTS["r2"]) == rows


def test_packaged_minilm_loads_from_local_files_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*a: object, **k: object) -> None:
        raise OSError("network blocked in this test")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    tok, enc = load_encoder(None)
    assert enc.config.hidden_size == 384 and tok.is_fast
    with torch.no_grad():
        h = enc(**tok("Mild canal stenosis at L4-5.", return_tensors="pt")).last_hidden_state
    assert h.shape[-1] == 384 and torch.isfinite(h).all()
    with pytest.raises(FileNotFoundError, match="no config.json"):
        load_encoder(Path("/nonexistent/encoder"))


def test_combine_rule_keeps_rules_and_adds_confident_model_rows() -> None:
    rules = [{"level": "L4-L5", "finding": "canal_stenosis", "value": "mild"}]
    model = [
        {"level": "L4-L5", "finding": "canal_stenosis", "value": "severe", "p": 0.99},  # rules win
        {"level": "L5-S1", "finding": "disc_bulge", "value": "present", "p": 0.9},      # added
        {"level": "L3-L4", "finding": "disc_bulge", "value": "present", "p": 0.6},      # too unsure
    ]
    out = combine_rows(rules, model, 0.8)
    assert [(r["level"], r["finding"], r["value"]) for r in out] == [
        ("L4-L5", "canal_stenosis", "mild"), ("L5-S1", "disc_bulge", "present")]
    assert all("p" not in r for r in out)


@pytest.mark.slow
def test_cli_train_label_combine_and_validate(tiny_encoder: Path, corpus: dict[str, Path],
                                              trained: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold.parquet"
    pd.read_parquet(corpus["labels"]).query("report_id != 'r3'").to_parquet(gold, index=False)
    r = CliRunner().invoke(app, [
        "labels", "train-model", "--reports", str(corpus["reports"]), "--labels", str(corpus["labels"]),
        "--gold", str(gold), "--encoder", str(tiny_encoder), "-o", str(tmp_path / "m"),
        "--epochs", "1", "--gold-epochs", "1", "--max-length", "64", "--stride", "16", "--no-progress",
    ])
    assert r.exit_code == 0, r.output
    assert "weak: 3 reports" in r.output and "gold: 2 reports" in r.output
    cfg = read_model_config(tmp_path / "m")
    assert cfg["training"]["gold"]["reports"] == 2 and str(tiny_encoder) in cfg["encoder_source"]
    # label with the (overfitted) model alone and combined; junk and empty reports become errors
    rep = tmp_path / "in.jsonl"
    pd.DataFrame({"report_id": [*REPORTS, "empty", "chest"],
                  "text": [*REPORTS.values(), "  ", "Chest CT: clear lungs."]}).to_json(
        rep, orient="records", lines=True)
    for extra, name in (([], "model"), (["--combine"], "combined")):
        out = tmp_path / f"{name}.parquet"
        r = CliRunner().invoke(app, ["label", str(rep), "-o", str(out), "--model", str(trained),
                                     *extra, "--no-progress"])
        assert r.exit_code == 0, r.output
        errs = pd.read_parquet(tmp_path / f"{name}.errors.parquet")
        assert dict(zip(errs.report_id, errs.reason, strict=True)) == {"empty": "empty", "chest": "not_lumbar"}
    model, comb = pd.read_parquet(tmp_path / "model.parquet"), pd.read_parquet(tmp_path / "combined.parquet")
    assert set(model.report_id) == set(REPORTS) and len(comb) >= len(pd.read_parquet(corpus["labels"]))
    r = CliRunner().invoke(app, ["labels", "validate", "--pred", f"rules={corpus['labels']}",
                                 "--pred", f"model={tmp_path / 'model.parquet'}",
                                 "--pred", f"combined={tmp_path / 'combined.parquet'}",
                                 "--gold", str(corpus["labels"]), "--json", str(tmp_path / "m.json")])
    assert r.exit_code == 0, r.output
    m = json.loads((tmp_path / "m.json").read_text())
    assert m["labelers"]["rules"]["micro_f1"] == 1.0
    assert m["labelers"]["model"]["micro_f1"] == pytest.approx(1.0)


def _said(r: object) -> str:
    return " ".join(r.output.split())  # type: ignore[attr-defined]  # rich wraps long lines


def test_cli_errors_name_the_problem(tmp_path: Path, corpus: dict[str, Path]) -> None:
    r = CliRunner().invoke(app, ["label", str(corpus["reports"]), "-o", str(tmp_path / "x.parquet"),
                                 "--combine"])
    assert r.exit_code == 2 and "--combine needs --model" in _said(r)
    r = CliRunner().invoke(app, ["label", str(corpus["reports"]), "-o", str(tmp_path / "x.parquet"),
                                 "--model", str(tmp_path)])
    assert r.exit_code == 2 and "not a report model directory" in _said(r)
    r = CliRunner().invoke(app, ["labels", "train-model", "--reports", str(corpus["reports"]),
                                 "-o", str(tmp_path / "m")])
    assert r.exit_code == 2 and "nothing to train on" in _said(r)
    r = CliRunner().invoke(app, ["labels", "train-model", "--reports", str(corpus["reports"]),
                                 "--labels", str(corpus["labels"]), "--encoder", str(tmp_path / "none"),
                                 "-o", str(tmp_path / "m")])
    assert r.exit_code == 2 and "no config.json" in _said(r)
    other = tmp_path / "other_gold.parquet"
    pd.read_parquet(corpus["labels"]).assign(report_id="elsewhere").to_parquet(other, index=False)
    r = CliRunner().invoke(app, ["labels", "train-model", "--reports", str(corpus["reports"]),
                                 "--gold", str(other), "-o", str(tmp_path / "m")])
    assert r.exit_code == 2 and "none of its reports is in" in _said(r)
