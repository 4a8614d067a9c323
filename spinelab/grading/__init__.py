"""spinelab grading stage."""
