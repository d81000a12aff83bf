"""paper_miner: UK council papers -> structured records in SQLite -> Datasette."""
from __future__ import annotations

import hashlib
from pathlib import Path

__version__ = "0.1.0"

# What a paper's records are derived by. An incremental run re-extracts every paper whose
# stored version differs, so the version changes whenever the code that derives records
# does: the release plus a digest of the reading, layout, extraction and grounding code.
# Packages are searched recursively, so a rule module in a subpackage counts too.
_DERIVING = ["models.py", "errors.py", "grounding.py", "readers/**/*.py", "layout/**/*.py", "extract/**/*.py"]


def _code_digest(here: Path | None = None) -> str:
    """sha256 over every deriving module's path and bytes, in a fixed order."""
    here = here or Path(__file__).parent
    digest = hashlib.sha256()
    for pattern in _DERIVING:
        for path in sorted(here.glob(pattern)):
            digest.update(path.relative_to(here).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()[:12]


# The libraries whose upgrades can change what is read from a paper: an upgrade re-extracts.
_SHAPING_LIBRARIES = ("pdfplumber", "pdfminer.six", "pypdfium2", "spacy")


def _library_digest() -> str:
    """sha256 over the installed versions of the libraries that shape records."""
    from importlib.metadata import PackageNotFoundError, version

    def installed(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "absent"

    listing = ",".join(f"{name}={installed(name)}" for name in _SHAPING_LIBRARIES)
    return hashlib.sha256(listing.encode()).hexdigest()[:6]


PIPELINE_VERSION = f"{__version__}+{_code_digest()}.{_library_digest()}"
