"""paper_miner: UK council papers -> structured records in SQLite -> Datasette."""
import hashlib
from pathlib import Path

__version__ = "0.1.0"

# What a paper's records are derived by. An incremental run re-extracts every paper whose
# stored version differs, so the version changes whenever the code that derives records
# does: the release plus a digest of the reading, layout, extraction and grounding code.
_DERIVING = ["models.py", "layout.py", "arrange.py", "grounding.py", "readers/*.py", "extract/*.py"]


def _code_digest() -> str:
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for pattern in _DERIVING:
        for path in sorted(here.glob(pattern)):
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:12]


PIPELINE_VERSION = f"{__version__}+{_code_digest()}"
