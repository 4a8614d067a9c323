"""Data layer: DICOM indexing and loading, volumes with geometry, crops, manifests, synthesis."""
