"""paper_miner: UK council papers -> structured records in SQLite -> Datasette."""

__version__ = "0.1.0"

# Bump when extraction logic changes: an incremental run re-extracts every paper whose
# stored pipeline_version differs.
PIPELINE_VERSION = "1"
