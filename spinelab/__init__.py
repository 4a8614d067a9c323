"""spinelab: lumbar spine MRI archives and radiology reports to per-disc-level training sets.

Stages (one subpackage each): ``labeling`` (reports -> per-level labels), ``segmentation``
(vertebrae, level naming, axial-to-level mapping), ``data`` (DICOM indexing, volumes, crops,
synthetic cohorts) and ``grading`` (multi-task per-level grader).
"""

__version__ = "0.1.0"
