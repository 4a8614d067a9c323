"""Report labeling: free-text lumbar spine reports to per-level findings (REPORT_LABELS schema)."""
