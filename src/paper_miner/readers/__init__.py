"""Readers turn a file into a Layout (pages and blocks); the only stage that opens papers."""
from __future__ import annotations

from pathlib import Path

from paper_miner.models import Layout


class UnreadablePaper(Exception):
    """A paper we cannot turn into text; ``kind`` is a short slug for reports and counts
    (``empty``, ``encrypted``, ``no_text_layer``, ``corrupt``, ``not_a_pdf``, ``encoding``,
    ``unsupported``, ``io``)."""

    def __init__(self, kind: str, message: str, path: Path | str | None = None):
        self.kind = kind
        self.path = str(path) if path is not None else None
        super().__init__(message)


TEXT_SUFFIXES = {".txt", ".text", ".md"}
PDF_SUFFIXES = {".pdf"}


def read_paper(path: Path) -> Layout:
    """Read a PDF or plain-text paper, choosing the reader by file suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        from paper_miner.readers.pdf import read_pdf

        return read_pdf(path)
    if suffix in TEXT_SUFFIXES:
        from paper_miner.readers.text import read_text

        return read_text(path)
    raise UnreadablePaper(
        "unsupported",
        f"unsupported file type {suffix or '(none)'!r}; convert it to PDF or plain text "
        f"(supported: {', '.join(sorted(PDF_SUFFIXES | TEXT_SUFFIXES))})",
        path,
    )


__all__ = ["UnreadablePaper", "read_paper"]
