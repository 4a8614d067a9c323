"""spinelab segmentation stage."""
