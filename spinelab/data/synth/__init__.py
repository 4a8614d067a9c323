"""Synthetic lumbar MRI cohorts with known ground truth: DICOM studies, masks, reports.

Pipeline of one study (``study.generate_study``): ``pathology.sample_pathology`` (per-level
findings) -> ``anatomy_model.sample_spine`` (lordotic spine in LPS mm) -> ``scene.build_scene``
(signed-distance shapes, pathology drawn visibly) -> ``protocol.plan_protocol`` (sagittal T1/T2,
tilted axial T2 stacks) -> ``render`` (T1/T2 signal, bias field, Rician noise) ->
``dicom_write`` + truth files + ``report_text.render_report``. ``cohort.generate_cohort`` runs
N studies (resumable, optionally in a process pool) and writes ``manifest.csv``;
``preset="small"`` makes tiny studies for tests. CLI: ``spinelab synth -n N --seed S -o DIR``.
"""
