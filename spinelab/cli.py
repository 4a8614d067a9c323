"""The ``spinelab`` command: thin entry points that parse arguments and call library functions.

Each section below belongs to one stage; heavy libraries are imported inside the commands so
``spinelab --help`` stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__.splitlines()[0])
segment_app = typer.Typer(no_args_is_help=True, help="Vertebra segmentation: train and run.")
levels_app = typer.Typer(no_args_is_help=True, help="Disc levels: map axial slices to levels.")
labels_app = typer.Typer(no_args_is_help=True, help="Label tables: validate against a reference.")
dataset_app = typer.Typer(no_args_is_help=True, help="Per-level datasets: build, import labels.")
grade_app = typer.Typer(no_args_is_help=True, help="The per-level grader: train and predict.")
app.add_typer(segment_app, name="segment")
app.add_typer(levels_app, name="levels")
app.add_typer(labels_app, name="labels")
app.add_typer(dataset_app, name="dataset")
app.add_typer(grade_app, name="grade")


# ==== section: synth (spinelab.data.synth) ====
# ==== end section: synth ====


# ==== section: index (spinelab.data.dicom_index) ====
# ==== end section: index ====


# ==== section: label + labels validate (spinelab.labeling) ====
# ==== end section: label ====


# ==== section: segment + levels (spinelab.segmentation) ====
# ==== end section: segment ====


# ==== section: dataset (spinelab.data.dataset_build, spinelab.data.label_import) ====
# ==== end section: dataset ====


# ==== section: grade (spinelab.grading) ====
# ==== end section: grade ====


# ==== section: demo (spinelab.demo) ====
# ==== end section: demo ====


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
