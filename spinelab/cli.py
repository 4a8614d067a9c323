"""The ``spinelab`` command: thin entry points that parse arguments and call library functions.

Each section below belongs to one stage; heavy libraries are imported inside the commands so
``spinelab --help`` stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help="spinelab: lumbar spine MRI archives + radiology reports -> per-disc-level labels, "
    "segmentation, datasets and graders. Start with `spinelab demo`.",
)
segment_app = typer.Typer(no_args_is_help=True, help="Vertebra segmentation: train and run.")
levels_app = typer.Typer(no_args_is_help=True, help="Disc levels: map axial slices to levels.")
labels_app = typer.Typer(no_args_is_help=True, help="Label tables: validate against a reference; train the transformer report labeler.")
dataset_app = typer.Typer(no_args_is_help=True, help="Per-level datasets: build, import labels.")
grade_app = typer.Typer(no_args_is_help=True, help="The per-level grader: train and predict.")
modic_app = typer.Typer(no_args_is_help=True, help="Modic endplate marrow changes: voxel-wise map.")
app.add_typer(segment_app, name="segment")
app.add_typer(levels_app, name="levels")
app.add_typer(labels_app, name="labels")
app.add_typer(dataset_app, name="dataset")
app.add_typer(grade_app, name="grade")
app.add_typer(modic_app, name="modic")


# ==== section: synth (spinelab.data.synth) ====
@app.command()
def synth(
    n: Annotated[int, typer.Option("-n", "--n", help="Number of studies.")] = 20,
    seed: Annotated[int, typer.Option("--seed", help="Cohort seed (same seed -> identical output).")] = 0,
    out: Annotated[Path, typer.Option("-o", "--out", help="Output directory.")] = Path("synth_cohort"),
    workers: Annotated[int, typer.Option("--workers", help="Processes rendering studies.")] = 1,
    preset: Annotated[str, typer.Option("--preset", help="Protocol preset: standard | small.")] = "standard",
    scanner: Annotated[str, typer.Option("--scanner", help="Scanner profile: standard | varied (intensity scale, contrast, bias and noise differ between patients).")] = "standard",
    force: Annotated[bool, typer.Option("--force", help="Re-render finished studies.")] = False,
    preview: Annotated[bool, typer.Option(help="Write DIR/preview.png of the first study.")] = True,
    reports_only: Annotated[bool, typer.Option("--reports-only", help="Only N report texts (OUT/reports.jsonl) and their truth labels (OUT/report_labels.parquet), no images: a corpus for report labelers.")] = False,
) -> None:
    """Write a synthetic cohort: DICOM studies with truth masks, levels, pathology and reports."""
    import pandas as pd

    from spinelab.data.synth.cohort import generate_cohort

    if reports_only:
        from spinelab.data.synth.report_corpus import write_report_corpus

        texts, labels = write_report_corpus(out, n, seed)
        typer.echo(f"{n} reports in {texts}; their truth labels in {labels}")
        return

    manifest = generate_cohort(out, n, seed, workers=workers, preset=preset, scanner=scanner, force=force,
                               preview=preview)
    errors = pd.read_csv(manifest.with_name("errors.csv"))
    typer.echo(f"{len(pd.read_csv(manifest))} studies in {manifest}; {len(errors)} failed"
               + (f" (see {manifest.with_name('errors.csv')})" if len(errors) else ""))
    if len(errors):
        raise typer.Exit(1)


# ==== end section: synth ====


# ==== section: index (spinelab.data.dicom_index) ====
@app.command("index")
def index_cmd(
    archive_dir: Annotated[Path, typer.Argument(help="Directory tree of DICOM files (any names).")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Series table (Parquet).")] = Path(
        "index.parquet"
    ),
    workers: Annotated[
        int | None, typer.Option("--workers", help="Processes (default: all CPUs).")
    ] = None,
) -> None:
    """Index a DICOM archive: one row per series (headers only) + <out>.errors.parquet."""
    from spinelab.data.dicom_index import errors_path, index_archive

    df = index_archive(archive_dir, out, workers=workers)
    typer.echo(f"wrote {out} ({len(df)} series) and {errors_path(out)}")


# levels map-axial lives here (DICOM geometry), not in the segment section.
@levels_app.command("map-axial")
def levels_map_axial_cmd(
    study_dir: Annotated[Path, typer.Argument(help="Study directory (DICOM, any layout).")],
    levels: Annotated[Path, typer.Option("--levels", help="levels.json (LPS mm).")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Output CSV.")] = Path("axial_map.csv"),
    tolerance_mm: Annotated[
        float, typer.Option("--tolerance-mm", help="Max |disc centre to slice plane| in mm.")
    ] = 10.0,
    plot: Annotated[
        Path | None, typer.Option("--plot", help="Also draw the map on the sagittal (PNG).")
    ] = None,
) -> None:
    """Map each axial slice of a study to the disc level it passes through."""
    from spinelab.data.dicom_index import index_directory
    from spinelab.segmentation.axial_mapping import map_axial_slices, write_csv_atomic

    index, _, _ = index_directory(study_dir)
    df = map_axial_slices(index, levels, tolerance_mm=tolerance_mm)
    write_csv_atomic(df, out)
    if plot is not None:
        from spinelab.segmentation.axial_mapping_plot import plot_axial_map

        typer.echo(f"wrote {plot_axial_map(index, levels, df, plot)}")
    n_in = int(df["within_tolerance"].sum()) if len(df) else 0
    typer.echo(f"wrote {out}: {len(df)} axial slices, {n_in} within {tolerance_mm} mm of a disc")


# ==== end section: index ====


# ==== section: label + labels validate (spinelab.labeling) ====
@app.command("label")
def label_cmd(
    input_path: Annotated[Path, typer.Argument(help="Reports: CSV, Parquet or JSONL.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Label table (or directory with --dask).")],
    id_col: Annotated[str, typer.Option(help="Column holding the report id.")] = "report_id",
    text_col: Annotated[str, typer.Option(help="Column holding the report text.")] = "text",
    workers: Annotated[int, typer.Option(help="Local worker processes (Dask LocalCluster if > 1).")] = 1,
    fmt: Annotated[str | None, typer.Option("--format", help="parquet or csv (default: from OUT's suffix, else parquet).")] = None,
    dask: Annotated[bool, typer.Option("--dask", help="Archive mode: one Parquet per partition in OUT (a directory), resumable.")] = False,
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address for --dask (default: a local cluster); implies --dask.")] = None,
    batch_size: Annotated[int, typer.Option(help="Reports per batch / Dask partition.")] = 2000,
    rules_dir: Annotated[Path | None, typer.Option(help="Rule files replacing the packaged ones.")] = None,
    labeler: Annotated[str, typer.Option(help="Labeler factory 'module:Name'.", hidden=True)] = "spinelab.labeling.labeler:Labeler",
    model: Annotated[Path | None, typer.Option("--model", help="A report model directory (`spinelab labels train-model`): label with it instead of the rules.")] = None,
    combine: Annotated[bool, typer.Option("--combine", help="With --model: the rules' rows, plus the model's rows on (level, finding) keys the rules leave silent when its probability >= --combine-threshold.")] = False,
    combine_threshold: Annotated[float, typer.Option(help="With --combine: the model's least probability for a row it adds.")] = 0.95,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
) -> None:
    """Label radiology reports into per-level findings (REPORT_LABELS schema) + an errors table."""
    from rich.console import Console

    from spinelab.labeling.report_source import InputError
    from spinelab.labeling.runner import LabelerSpec, label_file

    console = Console(stderr=False)
    rules = None if rules_dir is None else str(rules_dir)
    if combine and model is None:
        console.print("[red]error:[/red] --combine needs --model MODEL_DIR")
        raise typer.Exit(2)
    if model is not None:
        from spinelab.labeling.neural.model_io import read_model_config

        try:
            read_model_config(model)
        except (FileNotFoundError, ValueError) as e:
            console.print(f"[red]error:[/red] {e}")
            raise typer.Exit(2) from None
        spec = LabelerSpec(
            "spinelab.labeling.neural.model_labeler:ModelLabeler",
            (("model_dir", str(model)), ("combine", combine),
             ("combine_threshold", combine_threshold), ("rules_dir", rules)),
        )
    else:
        spec = LabelerSpec(labeler, (("rules_dir", rules),))
    try:
        if dask or scheduler:
            from spinelab.labeling.dask_runner import RunConflictError, label_archive

            try:
                s = label_archive(
                    input_path, output, scheduler=scheduler,
                    id_col=id_col, text_col=text_col, rows_per_partition=batch_size,
                    n_workers=workers if workers > 1 else None, labeler=spec, progress=progress,
                )
            except RunConflictError as e:
                console.print(f"[red]error:[/red] {e}")
                raise typer.Exit(2) from None
            console.print(
                f"{s.n_records} reports in {s.n_partitions} partitions ({s.n_done_before} done before), "
                f"{s.n_rows} label rows, {s.n_errors} errors {s.error_reasons}; "
                f"{s.reports_per_s:,.0f} reports/s -> {output}"
            )
            if s.failed:
                console.print(f"[red]{len(s.failed)} partitions failed[/red]: {s.failed[:5]}; re-run to resume")
                raise typer.Exit(1)
            return
        r = label_file(
            input_path, output, id_col=id_col, text_col=text_col, fmt=fmt, workers=workers,
            batch_size=batch_size, labeler=spec, progress=progress,
        )
    except InputError as e:
        console.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from None
    console.print(
        f"{r.n_records} reports, {r.n_rows} label rows, {r.n_errors} errors {r.error_reasons}; "
        f"{r.reports_per_s:,.0f} reports/s ({r.workers} worker(s); +{r.setup_seconds:.1f} s start-up) "
        f"-> {r.output}, {r.errors_output}"
    )


@labels_app.command("validate")
def labels_validate_cmd(
    pred: Annotated[list[str], typer.Option("--pred", help="Predicted label table (Parquet or CSV) as PATH or NAME=PATH; repeat to compare labelers side by side.")],
    gold: Annotated[Path, typer.Option("--gold", help="Reference label table (Parquet or CSV).")],
    html_out: Annotated[Path | None, typer.Option("-o", "--html", help="Write the HTML page here.")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the metrics JSON here.")] = None,
    reports: Annotated[Path | None, typer.Option("--reports", help="Report texts (JSONL/CSV/Parquet: report_id, text) to show sentences on the page.")] = None,
    report_ids: Annotated[Path | None, typer.Option("--report-ids", help="File of report ids (whitespace-separated) to score only those.")] = None,
) -> None:
    """Score label tables against a reference (REPORT_LABELS.md Evaluation); JSON + HTML page.

    One --pred: its metrics. Several (e.g. --pred rules=r.parquet --pred model=m.parquet): each
    scored alone, a side-by-side table and a page of the keys where the labelers differ.
    """
    from rich.console import Console

    from spinelab.labeling.validate import (
        compare_files,
        parse_pred_specs,
        side_by_side_table,
        summary_line,
        validate_files,
    )

    console = Console()
    try:
        preds = parse_pred_specs(pred)
        ids = report_ids.read_text().split() if report_ids is not None else None
        if len(preds) == 1:
            m = validate_files(next(iter(preds.values())), gold, html=html_out, json_out=json_out, reports=reports, report_ids=ids)
        else:
            res = compare_files(preds, gold, html=html_out, json_out=json_out, reports=reports, report_ids=ids)
    except (FileNotFoundError, ValueError) as e:
        console.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from None
    if len(preds) == 1:
        console.print(summary_line(m))
        console.print("per-finding F1: " + ", ".join(f"{k} {v:.3f}" for k, v in m["per_finding_f1"].items()))
    else:
        for name, lm in res["labelers"].items():
            console.print(f"{name}: {summary_line(lm)}", markup=False, highlight=False, soft_wrap=True)
        console.print(side_by_side_table(res), markup=False, highlight=False, soft_wrap=True)
        console.print(f"{res['n_differing_keys']} keys where the labelers differ")
    for path in (html_out, json_out):
        if path is not None:
            console.print(f"wrote {path}")


@labels_app.command("train-model")
def labels_train_model_cmd(
    reports: Annotated[list[Path], typer.Option("--reports", help="Report texts: CSV, Parquet or JSONL (id and text columns); repeat for several tables.")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Model directory to write.")],
    labels: Annotated[Path | None, typer.Option("--labels", help="Weak labels of the reports: the rule labeler's output (`spinelab label`).")] = None,
    gold: Annotated[Path | None, typer.Option("--gold", help="Reference labels of some of the reports: fine-tune on them after the weak labels.")] = None,
    encoder: Annotated[Path | None, typer.Option("--encoder", help="Local directory of a BERT-family encoder (default: the packaged MiniLM).")] = None,
    init: Annotated[Path | None, typer.Option("--init", help="Continue from this report model directory instead of a fresh encoder.")] = None,
    epochs: Annotated[int, typer.Option(help="Epochs on the weak labels.")] = 3,
    gold_epochs: Annotated[int, typer.Option(help="Epochs on the gold labels.")] = 8,
    batch_size: Annotated[int, typer.Option(help="Reports per batch.")] = 8,
    freeze_layers: Annotated[int, typer.Option(help="Freeze the encoder's embeddings and its lowest N layers (faster on CPU).")] = 0,
    max_length: Annotated[int, typer.Option(help="Tokens per encoder window.")] = 256,
    stride: Annotated[int, typer.Option(help="Tokens shared by consecutive windows of a long report.")] = 64,
    max_minutes: Annotated[float | None, typer.Option(help="Stop each training phase after this many minutes.")] = None,
    seed: Annotated[int, typer.Option(help="Seed (split, shuffling, initialisation).")] = 0,
    id_col: Annotated[str, typer.Option(help="Column holding the report id.")] = "report_id",
    text_col: Annotated[str, typer.Option(help="Column holding the report text.")] = "text",
    progress: Annotated[bool, typer.Option(help="Show progress bars.")] = True,
) -> None:
    """Train the transformer report labeler on weak (rule) labels, then optionally on gold labels."""
    from rich.console import Console

    from spinelab.labeling.neural.model_io import Windowing
    from spinelab.labeling.neural.training import TrainConfig, train_report_model
    from spinelab.labeling.report_source import InputError

    console = Console()
    try:
        cfg = TrainConfig(
            epochs=epochs, gold_epochs=gold_epochs, batch_size=batch_size,
            freeze_layers=freeze_layers, max_minutes=max_minutes, seed=seed,
            windowing=Windowing(max_length=max_length, stride=stride),
        )
        s = train_report_model(
            reports, labels, out, gold=gold, encoder=encoder, init=init, cfg=cfg,
            id_col=id_col, text_col=text_col, progress=progress,
        )
    except (InputError, FileNotFoundError, ValueError) as e:
        console.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from None
    for phase in ("weak", "gold"):
        if phase in s and "steps" in s[phase]:
            p = s[phase]
            console.print(
                f"{phase}: {p['reports']} reports, {p['epochs_done']} epochs, {p['steps']} steps "
                f"in {p['seconds']:.0f} s ({p['train_reports_per_s']} reports/s)"
            )
    agree = s.get("weak", {}).get("val_agreement_with_weak_labels")
    if agree:
        console.print(
            f"agreement with the weak labels on {s['weak']['val_reports']} held-out reports: "
            f"micro-F1 {agree['micro_f1']:.3f}"
        )
    if s["skipped"]:
        console.print(f"skipped reports: {s['skipped']}")
    console.print(f"wrote {out}")


# ==== end section: label ====


# ==== section: segment + levels (spinelab.segmentation) ====
# -- segmentation network (spinelab.segmentation.train / infer / dataset_file) --
@segment_app.command("train")
def segment_train_cmd(
    dataset: Annotated[list[Path], typer.Option("--dataset", "-d", help="Dataset JSON (repeat to mix datasets).")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Model directory to write.")],
    config: Annotated[Path | None, typer.Option("--config", help="Config YAML (default: packaged).")] = None,
    set_: Annotated[list[str] | None, typer.Option("--set", help="Override, e.g. train.max_steps=500.")] = None,
) -> None:
    """Train the 2.5-D sagittal segmenter; writes config.yaml, labels.json, weights.pt, errors.csv."""
    from spinelab.segmentation.config import load_config, parse_overrides
    from spinelab.segmentation.dataset_file import SegmentationInputError
    from spinelab.segmentation.train import train_segmenter

    datasets: list[str | Path] = list(dataset)  # (a list is invariant: train_segmenter's type)
    try:
        cfg = load_config(config, parse_overrides(set_))
        result = train_segmenter(datasets, out, config=cfg)
    except (SegmentationInputError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(
        f"wrote {result.model_dir}: {result.steps} steps in {result.seconds:.0f} s on {result.n_train_cases} cases "
        f"({len(result.errors)} cases failed, see errors.csv)"
    )


@segment_app.command("run")
def segment_run_cmd(
    input_path: Annotated[Path, typer.Argument(help="NIfTI/MHA file, DICOM sagittal series directory, or a study's folder (its sagittal T2 is picked).")],
    model: Annotated[Path, typer.Option("-m", "--model", help="Model (or ensemble) directory.")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Output directory.")],
    set_: Annotated[list[str] | None, typer.Option("--set", help="Inference setting of the model for this run, e.g. infer.tta_scales=[1.0,0.93] (repeatable; infer.* only).")] = None,
) -> None:
    """Segment one sagittal volume: mask.nii.gz (input geometry), levels.json, overlay.png."""
    from spinelab.segmentation.config import parse_overrides
    from spinelab.segmentation.dataset_file import SegmentationInputError
    from spinelab.segmentation.infer import run_segmentation

    try:
        res = run_segmentation(input_path, model, out, infer=parse_overrides(set_))
    except (SegmentationInputError, FileNotFoundError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if res.series:
        typer.echo(f"segmented series {res.series}")
    for flag in res.qc:
        typer.echo(f"QC {flag.get('flag')}: {flag.get('reason')}")
    typer.echo(f"wrote {out} in {res.seconds:.1f} s")


@segment_app.command("archive")
def segment_archive_cmd(
    index: Annotated[Path, typer.Argument(help="Series index from `spinelab index` (.parquet).")],
    model: Annotated[Path, typer.Option("-m", "--model", help="Model (or ensemble) directory.")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Levels directory: OUT/<study_uid>/levels.json ...")],
    t1: Annotated[bool, typer.Option("--t1/--no-t1", help="Segment the sagittal T1 of studies with no sagittal T2 or STIR.")] = True,
    map_axial: Annotated[bool, typer.Option("--map-axial/--no-map-axial", help="Also write each study's axial_map.csv.")] = True,
    fresh: Annotated[bool, typer.Option("--fresh", help="Redo finished studies instead of resuming.")] = False,
    num_parts: Annotated[int, typer.Option("--num-parts", help="Split the studies among this many runs ...")] = 1,
    part_id: Annotated[int, typer.Option("--part-id", help="... and do part k (0 <= k < num-parts).")] = 0,
) -> None:
    """Segment every study of an indexed archive: per study mask, levels.json, overlay and axial
    map; studies.csv, errors.csv and a review page index.html. A rerun resumes."""
    from spinelab.segmentation.archive import DEFAULT_ROLES, segment_archive

    roles = DEFAULT_ROLES if t1 else DEFAULT_ROLES[:1]
    part = (part_id, num_parts) if num_parts != 1 or part_id != 0 else None
    try:
        res = segment_archive(index, model, out, roles=roles, map_axial=map_axial, fresh=fresh, part=part)
    except (FileNotFoundError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    counts = ", ".join(f"{k} {v}" for k, v in res.counts().items())
    typer.echo(f"{len(res.studies)} studies ({counts}) in {res.seconds:.0f} s; "
               f"{len(res.errors)} failures in {res.errors_csv}; review page {res.html}")


@segment_app.command("dataset")
def segment_dataset_cmd(
    source: Annotated[Path, typer.Argument(help="Folder of <case>/image.nii.gz + mask.nii.gz, or a synth manifest.csv.")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Dataset JSON to write.")],
) -> None:
    """Write a segmentation dataset JSON from a case folder (labels 1..5 = L1..L5) or a synth cohort."""
    from spinelab.segmentation.dataset_file import dataset_from_folder, dataset_from_synth_manifest

    path = dataset_from_synth_manifest(source, out) if source.suffix == ".csv" else dataset_from_folder(source, out)
    typer.echo(f"wrote {path}")


@segment_app.command("ensemble")
def segment_ensemble_cmd(
    models: Annotated[list[Path], typer.Argument(help="Two or more model directories with the same classes.")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Ensemble directory to write.")],
) -> None:
    """Copy model directories into one ensemble directory: `segment run -m` averages their probabilities."""
    from spinelab.segmentation.model_dir import save_ensemble_dir

    try:
        path = save_ensemble_dir(out, list(models))
    except (FileNotFoundError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"wrote {path} ({len(models)} members)")


# -- end segmentation network --
# ==== end section: segment ====


# ==== section: dataset (spinelab.data.dataset_build, spinelab.data.label_import) ====
# -- label importers (spinelab.grading.importers) --
@dataset_app.command("import-rsna")
def dataset_import_rsna_cmd(
    train_csv: Annotated[Path, typer.Argument(help="RSNA 2024 train.csv (study_id + 25 grade columns).")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Label table (.parquet or .csv).")] = Path("labels.parquet"),
) -> None:
    """Import RSNA 2024 grades as a REPORT_LABELS table (Normal/Mild -> none) + <out>.errors."""
    from spinelab.grading.importers import errors_path, run_import

    n, n_err = run_import("rsna", train_csv, out)
    typer.echo(f"wrote {out} ({n} label rows) and {errors_path(out)} ({n_err} errors)")


@dataset_app.command("import-spider")
def dataset_import_spider_cmd(
    gradings_csv: Annotated[Path, typer.Argument(help="SPIDER radiological_gradings.csv.")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Label table (.parquet or .csv).")] = Path("labels.parquet"),
) -> None:
    """Import SPIDER per-disc gradings (IVD 1 = L5-S1) as a REPORT_LABELS table + <out>.errors."""
    from spinelab.grading.importers import errors_path, run_import

    n, n_err = run_import("spider", gradings_csv, out)
    typer.echo(f"wrote {out} ({n} label rows) and {errors_path(out)} ({n_err} errors)")


# -- end label importers --
@dataset_app.command("build")
def dataset_build_cmd(
    index: Annotated[Path, typer.Option("--index", help="DICOM index from `spinelab index`.")],
    labels: Annotated[Path, typer.Option("--labels", help="REPORT_LABELS table (.parquet/.csv).")],
    levels: Annotated[Path, typer.Option("--levels", help="Dir of <study_uid|accession>/levels.json.")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Dataset directory to write.")],
    link: Annotated[Path | None, typer.Option("--link", help="CSV report_id -> study_uid|accession_number.")] = None,
    seed: Annotated[int, typer.Option(help="Seed of the patient-level split.")] = 0,
    unstated_as_normal: Annotated[str, typer.Option(
        "--unstated-as-normal",
        help="Comma list of findings whose unstated levels are labelled normal, e.g. modic,spondylolisthesis.")] = "",
    uncertain: Annotated[str, typer.Option(help="Hedged label rows: keep their value, or drop (missing).")] = "keep",
    normalize: Annotated[str, typer.Option(
        "--normalize",
        help="Intensities: crop_percentile (per crop channel) or, per series, zscore | minmax | percentile | nyul "
             "(nyul learns histogram landmarks on the training split).")] = "crop_percentile",
    exclude_levels_flags: Annotated[str, typer.Option(
        "--exclude-levels-flags",
        help="Comma list of levels.json QC flags whose studies are not cropped (recorded in failures); "
             "'review' = the flags that put level names in doubt (segment archive's review list).")] = "",
    fresh: Annotated[bool, typer.Option("--fresh", help="Start over instead of resuming.")] = False,
) -> None:
    """Cut sagittal + axial crops at every disc level and write crops, manifest and failures."""
    from spinelab.data.dataset_build import BuildConfig, build_dataset
    from spinelab.data.label_policy import LabelPolicy, LabelPolicyError
    from spinelab.segmentation.qc import parse_flag_list

    try:
        policy = LabelPolicy.parse(unstated_as_normal, uncertain)
        config = BuildConfig(seed=seed, normalize=normalize,
                             exclude_levels_flags=parse_flag_list(exclude_levels_flags))
    except (LabelPolicyError, ValueError) as e:
        raise typer.BadParameter(str(e)) from e
    res = build_dataset(index, labels, levels, out, link=link, config=config,
                        label_policy=policy, resume=not fresh)
    typer.echo(f"wrote {out}: {res.counts}")
    if len(res.failures):
        typer.echo(f"{len(res.failures)} studies/levels not cropped: see {out / 'failures.parquet'}")


# ==== end section: dataset ====


# ==== section: grade (spinelab.grading) ====
_PASSTHROUGH = {"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []}


def _lightning(subcommand: str, ctx: typer.Context) -> None:
    import warnings

    from spinelab.grading.cli_lightning import run_cli

    # sys.argv stays as typed (DDP re-launches it); the arguments are passed explicitly.
    warnings.filterwarnings("ignore", message=".*LightningCLI's args parameter.*")
    run_cli([subcommand, *ctx.args])


@grade_app.command("fit", context_settings=_PASSTHROUGH)
def grade_fit_cmd(ctx: typer.Context) -> None:
    """Train the grader (LightningCLI): --config experiments/grader_cpu.yaml --data.dataset_dir DIR [--ckpt_path CKPT]."""
    _lightning("fit", ctx)


@grade_app.command("validate", context_settings=_PASSTHROUGH)
def grade_validate_cmd(ctx: typer.Context) -> None:
    """Validate a grader checkpoint (LightningCLI): --config ... --ckpt_path CKPT."""
    _lightning("validate", ctx)


@grade_app.command("test", context_settings=_PASSTHROUGH)
def grade_test_cmd(ctx: typer.Context) -> None:
    """Test a grader checkpoint on the test split (LightningCLI): --config ... --ckpt_path CKPT."""
    _lightning("test", ctx)


@grade_app.command("predict")
def grade_predict_cmd(
    checkpoint: Annotated[Path, typer.Option("-m", "--model", help="Grader checkpoint (.ckpt).")],
    study_dir: Annotated[Path | None, typer.Argument(help="Study directory (DICOM, any layout).")] = None,
    out: Annotated[Path, typer.Option("-o", "--out", help="Predictions CSV.")] = Path("predictions.csv"),
    seg_model: Annotated[Path | None, typer.Option("--seg-model", help="Segmentation model dir (default: the one the checkpoint records).")] = None,
    dataset: Annotated[Path | None, typer.Option("--dataset", help="Predict over a built dataset dir instead of a study.")] = None,
    split: Annotated[str | None, typer.Option("--split", help="With --dataset: only this split.")] = None,
    device: Annotated[str, typer.Option("--device", help="cpu, cuda, or auto.")] = "auto",
) -> None:
    """Grade every disc level of a study: one row per (level, finding) + class probabilities."""
    from spinelab.grading.predict import predict_dataset, predict_study, write_predictions

    if (study_dir is None) == (dataset is None):
        raise typer.BadParameter("give exactly one of STUDY_DIR or --dataset DIR")
    if dataset is not None:
        df = predict_dataset(dataset, checkpoint, split=split, device=device)
    else:
        assert study_dir is not None
        df = predict_study(study_dir, checkpoint, seg_model=seg_model, device=device)
    write_predictions(df, out)
    typer.echo(f"wrote {out} ({len(df)} rows)")
    failures = df.attrs.get("failures") or []
    if failures:
        import pandas as pd

        err = out.with_name(f"{out.stem}.errors.csv")
        write_predictions(pd.DataFrame(failures), err)
        typer.echo(f"{len(failures)} level(s) could not be graded: see {err}")


# ==== end section: grade ====


# ==== section: modic (spinelab.segmentation.modic) ====
@modic_app.command("map")
def modic_map_cmd(
    inputs: Annotated[list[Path], typer.Argument(metavar="STUDY_DIR | T1 T2", help="STUDY_DIR (DICOM), or T1 T2 (NIfTI/MHA files or DICOM series dirs).")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Output directory.")],
    seg_model: Annotated[Path | None, typer.Option("-m", "--seg-model", help="Segmentation model dir (run on the T2).")] = None,
    mask: Annotated[Path | None, typer.Option("--mask", help="Vertebra label mask instead of a model (any grid; spinelab mask values).")] = None,
    levels: Annotated[Path | None, typer.Option("--levels", help="With --mask: its levels.json (default: fitted from the mask).")] = None,
    rules: Annotated[Path | None, typer.Option("--rules", help="Rules YAML (default: packaged modic_rules.yaml).")] = None,
    report_id: Annotated[str | None, typer.Option("--id", help="report_id of the rows (default: accession number / T1 file stem).")] = None,
) -> None:
    """Map Modic endplate changes: modic_map.nii.gz (T1 grid; 0 none, 1, 2, 3), modic_levels.csv, overlay PNG."""
    from spinelab.segmentation.modic import ModicInputError
    from spinelab.segmentation.modic_io import run_modic_map

    if (seg_model is None) == (mask is None):
        raise typer.BadParameter("give exactly one of -m/--seg-model DIR or --mask FILE")
    if levels is not None and mask is None:
        raise typer.BadParameter("--levels goes with --mask")
    try:
        res = run_modic_map(inputs, out, seg_model=seg_model, mask=mask, levels=levels, rules=rules,
                            report_id=report_id)
    except (ModicInputError, FileNotFoundError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    table = res.result.table
    calls = ", ".join(f"{lv} {v}" for lv, v in zip(table["level"], table["value"], strict=True))
    typer.echo(f"wrote {out} in {res.seconds:.1f} s (components under "
               f"{res.result.config.cleaning.min_component_mm3:g} mm3 removed): {calls}")
    for f in res.result.failures:
        typer.echo(f"not assessed {f['level']}: {f['reason']}")


# ==== end section: modic ====


# ==== section: demo (spinelab.demo) ====
@app.command()
def demo(
    out: Annotated[Path, typer.Option("--out", help="Output directory (resumed if it exists).")] = Path("spinelab-demo"),
    n: Annotated[int | None, typer.Option("--n", help="Studies to synthesise (default: the config's).")] = None,
    seed: Annotated[int | None, typer.Option("--seed", help="Seed of cohort and splits.")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="Demo YAML (default experiments/demo.yaml).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Rerun every stage.")] = False,
) -> None:
    """Run the whole pipeline on a synthetic cohort and write OUT/report.html + metrics.json."""
    from spinelab.demo import run_demo

    def show(stage: str, secs: float, metrics: dict) -> None:
        flat = {k: v for k, v in metrics.items() if isinstance(v, (int, float, str))}
        typer.echo(f"[{stage}] {secs:.1f} s {flat}")

    run_demo(out, n=n, seed=seed, config=config, force=force, on_stage=show)
    typer.echo(f"report: {out / 'report.html'}  figures: {out / 'metrics.json'}")


# ==== end section: demo ====


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
