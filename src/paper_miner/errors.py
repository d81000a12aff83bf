"""What can go wrong with a paper, as a closed set of kinds.

A reader raises :class:`UnreadablePaper` for input it cannot turn into text; the pipeline
stores its ``kind`` in the ``failures`` table and prints its message, which says what to do
(``encrypted``: "remove the password (e.g. qpdf --decrypt) and run again").
"""
from __future__ import annotations

from pathlib import Path
from typing import Literal, get_args

FailureKind = Literal[
    "empty",          # no bytes, or no text at all
    "encrypted",      # a password we do not have
    "no_text_layer",  # a scan: every page an image
    "corrupt",        # a PDF its parser cannot read
    "not_a_pdf",      # named .pdf, but HTML or something else
    "encoding",       # text in no encoding we can read
    "unsupported",    # a file type no reader handles
    "io",             # the file system refused
]
FAILURE_KINDS: tuple[str, ...] = get_args(FailureKind)


class UnreadablePaper(Exception):
    """A paper we cannot turn into text: ``UnreadablePaper("encrypted", "… remove the password …")``."""

    def __init__(self, kind: FailureKind, message: str, path: Path | str | None = None):
        if kind not in FAILURE_KINDS:
            raise ValueError(f"unknown failure kind {kind!r}; add it to errors.FailureKind")
        self.kind = kind
        self.path = str(path) if path is not None else None
        super().__init__(message)
