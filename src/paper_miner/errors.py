"""What can go wrong with a paper: a closed set of failure kinds and the stages they happen in.

A reader raises :class:`UnreadablePaper` for input it cannot turn into text (or a paper past
a limit); :func:`paper_miner.pipeline.derive` turns that, or any other exception, into a
:class:`Failure` value: the pipeline stores its ``kind`` in the ``failures`` table and prints
its message, which says what to do (``encrypted``: "remove the password (e.g. qpdf --decrypt)
and run again"). Nothing but these kinds is ever written there, so they can be counted.
"""
from __future__ import annotations

import traceback
from pathlib import Path
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict

FailureKind = Literal[
    # the file is not a paper we can read (readers raise UnreadablePaper with these)
    "empty",          # no bytes, or no text at all
    "encrypted",      # a password we do not have
    "no_text_layer",  # a scan: every page an image (and OCR turned off)
    "ocr_unavailable",  # a page needs OCR and the OCR engine is not installed (or failed)
    "corrupt",        # a PDF its parser cannot read
    "not_a_pdf",      # named .pdf, but HTML or something else
    "encoding",       # text in no encoding we can read
    "unsupported",    # a file type no reader handles
    "not_a_paper",    # a web page with no paper on it (a login or error page)
    "io",             # the file system refused
    # the paper is past a limit (see paper_miner.limits)
    "too_large",      # more pages, or a bigger text file, than the limit
    "timeout",        # took longer than the wall-clock limit per paper, and was stopped
    # the pipeline itself failed on this paper
    "crashed",        # the worker process died (killed for memory, a crash in a native library)
    "error",          # an unexpected exception: a bug to report, with its stage and location
]
FAILURE_KINDS: tuple[str, ...] = get_args(FailureKind)

Stage = Literal["read", "layout", "extract", "ground"]
"""Where in deriving a paper something went wrong: ``read`` (file -> pages and blocks),
``layout`` (blocks arranged into sections), ``extract`` (records), ``ground`` (records checked
against their page)."""


class UnreadablePaper(Exception):
    """A paper we cannot turn into text: ``UnreadablePaper("encrypted", "… remove the password …")``.

    >>> UnreadablePaper("empty", "the file is empty", "corpus/a.txt").kind
    'empty'
    """

    def __init__(self, kind: FailureKind, message: str, path: Path | str | None = None):
        if kind not in FAILURE_KINDS:
            raise ValueError(f"unknown failure kind {kind!r}; add it to errors.FailureKind")
        self.kind: FailureKind = kind
        self.path = str(path) if path is not None else None
        super().__init__(message)

    def __reduce__(self):  # picklable with its kind, so it can cross a process boundary
        return UnreadablePaper, (self.kind, str(self), self.path)


LIMIT_KINDS: frozenset[FailureKind] = frozenset({"too_large", "timeout"})
"""Kinds that depend on the limits in force: tried again when the limits change."""
MAX_MESSAGE = 500  # characters of an exception's message kept; some quote whole pages


class Failure(BaseModel):
    """Why one paper was not extracted: a ``failures`` row."""

    model_config = ConfigDict(frozen=True)

    kind: FailureKind
    message: str
    stage: Stage | None = None  # where it happened, when known
    exception: str | None = None  # the exception's type, for kind "error"
    location: str | None = None  # the last frame inside paper_miner, for kind "error"

    def summary(self) -> str:
        """One line for the terminal.

        >>> Failure(kind="encrypted", message="the PDF is encrypted").summary()
        'encrypted: the PDF is encrypted'
        >>> Failure(kind="error", message="boom", stage="extract", exception="ValueError",
        ...         location="paper_miner/extract/targets.py:215 in _targets").summary().split(";")[0]
        'error in extract: ValueError: boom (at paper_miner/extract/targets.py:215 in _targets)'
        """
        if self.kind != "error":
            return f"{self.kind}: {self.message}"
        return (f"error in {self.stage}: {self.exception}: {self.message} (at {self.location}); "
                "this is a bug in paper_miner or a library it uses: please report it with the "
                "paper, or rerun with --debug for the traceback")


def unexpected(err: Exception, stage: Stage) -> Failure:
    """A Failure of kind ``error`` naming what was raised, in which stage, and where.

    >>> try:
    ...     {}["title"]
    ... except KeyError as err:
    ...     failure = unexpected(err, "extract")
    >>> failure.exception, failure.message, failure.stage
    ('KeyError', "'title'", 'extract')
    """
    kind = type(err)
    name = kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
    message = " ".join(str(err).split()) or "(no message)"
    if len(message) > MAX_MESSAGE:
        message = message[:MAX_MESSAGE] + "…"
    return Failure(kind="error", message=message, stage=stage, exception=name,
                   location=last_frame_inside(err))


_PACKAGE = Path(__file__).resolve().parent


def last_frame_inside(err: BaseException) -> str | None:
    """``paper_miner/<module>.py:<line> in <function>`` of the innermost frame of ``err``'s
    traceback that is paper_miner's own code (a library's frames are skipped); None when
    there is none (the exception was raised before any)."""
    frames = [f for f in traceback.extract_tb(err.__traceback__)
              if Path(f.filename).resolve().is_relative_to(_PACKAGE)]
    if not frames:
        return None
    frame = frames[-1]
    where = Path(frame.filename).resolve().relative_to(_PACKAGE.parent).as_posix()
    return f"{where}:{frame.lineno} in {frame.name}"
