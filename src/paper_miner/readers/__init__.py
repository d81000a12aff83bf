"""Readers turn a file into a raw Layout (pages and blocks); the only stage that opens papers.

A reader cuts a paper into blocks page by page and stops there: repairs across pages (a
table or paragraph cut by a page break, heading levels, sections) are the layout stage's
(:func:`paper_miner.layout.arrange.arrange`), which :func:`paper_miner.pipeline.read_paper` runs
on what :func:`read_raw` returns.
"""
from __future__ import annotations

import os
from pathlib import Path

from paper_miner.errors import UnreadablePaper
from paper_miner.limits import DEFAULTS, Limits, pages_over
from paper_miner.models import Layout

TEXT_SUFFIXES = {".txt", ".text", ".md"}
PDF_SUFFIXES = {".pdf"}
WORD_SUFFIXES = {".docx"}
WEB_SUFFIXES = {".html", ".htm"}
PDF_READERS = ("pdfium", "pdfplumber")  # the first is the default
PDF_READER_VARIABLE = "PAPER_MINER_PDF_READER"
OCR_MODES = ("auto", "never", "always")  # the first is the default
OCR_VARIABLE = "PAPER_MINER_OCR"


def pdf_reader() -> str:
    """The PDF reader of this run: pdfium unless ``PAPER_MINER_PDF_READER`` names another.

    ``paper-miner extract --pdf-reader pdfplumber`` sets the variable, so the worker processes
    it starts read as it chose (a Dask worker needs it set in its own environment).
    """
    name = os.environ.get(PDF_READER_VARIABLE) or PDF_READERS[0]
    if name not in PDF_READERS:
        raise ValueError(f"{PDF_READER_VARIABLE}={name!r}: the PDF reader is one of {', '.join(PDF_READERS)}")
    return name


def ocr_mode() -> str:
    """The OCR mode of this run (:mod:`paper_miner.readers.ocr`): ``auto`` unless
    ``PAPER_MINER_OCR`` names another; ``paper-miner extract --ocr`` sets it for the workers."""
    mode = os.environ.get(OCR_VARIABLE) or OCR_MODES[0]
    if mode not in OCR_MODES:
        raise ValueError(f"{OCR_VARIABLE}={mode!r}: the OCR mode is one of {', '.join(OCR_MODES)}")
    return mode


def read_raw(path: Path, limits: Limits = DEFAULTS) -> Layout:
    """Read a PDF, plain-text, Word or saved web page paper into raw blocks, choosing the reader by file suffix.

    Raises UnreadablePaper for a file that is not a paper we read, or is past a limit
    (``too_large``: more than ``limits.max_pages`` pages, a text file over ``max_text_mb``).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        from paper_miner.readers.pdf import read_pdf as reader
    elif suffix in TEXT_SUFFIXES:
        from paper_miner.readers.text import read_text as reader
    elif suffix in WORD_SUFFIXES:
        from paper_miner.readers.docx import read_docx as reader
    elif suffix in WEB_SUFFIXES:
        from paper_miner.readers.web import read_web as reader
    else:
        raise UnreadablePaper(
            "unsupported",
            f"unsupported file type {suffix or '(none)'!r}; convert it to PDF, Word (.docx) or plain text "
            f"(supported: {', '.join(sorted(PDF_SUFFIXES | TEXT_SUFFIXES | WORD_SUFFIXES | WEB_SUFFIXES))})",
            path,
        )
    layout = reader(path, limits)
    if too_many := pages_over(layout.pages, limits):
        raise UnreadablePaper("too_large", too_many, path)
    return layout


__all__ = ["OCR_MODES", "OCR_VARIABLE", "PDF_READERS", "PDF_READER_VARIABLE", "UnreadablePaper",
           "ocr_mode", "pdf_reader", "read_raw"]
