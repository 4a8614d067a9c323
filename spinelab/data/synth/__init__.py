"""Synthetic lumbar MRI cohorts with known ground truth: DICOM studies, masks, reports."""
