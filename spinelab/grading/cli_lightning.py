"""``LightningCLI(GraderModule, GraderDataModule)``: YAML configs and ``--trainer.*`` overrides.

The dataset's channel names, levels and crop geometry are linked into the model at
instantiation (``data.sagittal_channels -> model.sagittal_channels`` etc.), so a checkpoint
records them and the model always matches the data. The task list is linked the same way
(set it once, under ``data.tasks``). Usage::

    spinelab grade fit --config experiments/grader_cpu.yaml --data.dataset_dir DATASET_DIR
    spinelab grade test --config experiments/grader_cpu.yaml --ckpt_path runs/.../last.ckpt
"""

from __future__ import annotations

from collections.abc import Sequence

from lightning.pytorch.cli import LightningArgumentParser, LightningCLI

from spinelab.grading.datamodule import GraderDataModule
from spinelab.grading.model import GraderModule


class GraderCLI(LightningCLI):
    """LightningCLI with the data -> model links described in the module docstring."""

    def add_arguments_to_parser(self, parser: LightningArgumentParser) -> None:
        for attr in ("sagittal_channels", "axial_channels", "levels", "crop_config"):
            parser.link_arguments(f"data.{attr}", f"model.{attr}", apply_on="instantiate")
        parser.link_arguments("data.tasks", "model.tasks", apply_on="parse")


def run_cli(args: Sequence[str] | None = None) -> GraderCLI:
    """Run ``fit|validate|test|predict`` with the given arguments (None: ``sys.argv``)."""
    return GraderCLI(
        GraderModule,
        GraderDataModule,
        args=list(args) if args is not None else None,
        save_config_kwargs={"overwrite": True},
    )


if __name__ == "__main__":
    run_cli()
