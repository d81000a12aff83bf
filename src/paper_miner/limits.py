"""Limits that keep one paper from hurting the others, with their defaults.

A paper past a limit is not extracted: it gets a ``failures`` row of kind ``too_large`` (checked
before the paper is parsed, so it costs next to nothing) or ``timeout`` (stopped when its time is
up). Change them with ``paper-miner extract --timeout/--max-pages/--max-text-mb`` or the
environment variables ``PAPER_MINER_TIMEOUT``, ``PAPER_MINER_MAX_PAGES`` and
``PAPER_MINER_MAX_TEXT_MB``. A paper that failed against a limit is tried again on the next
run when the limits have changed.
"""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_TIMEOUT = 600.0  # seconds per paper; a 1,000-page PDF takes about 4 minutes on one core
DEFAULT_MAX_PAGES = 1000  # pages per paper, PDF or text (form feeds)
DEFAULT_MAX_TEXT_MB = 5.0  # a text file this large is about 2,000 pages of prose


class Limits(BaseModel):
    """The limits in force for one run; ``None`` means no limit.

    >>> Limits().max_text_bytes
    5000000
    >>> Limits(max_text_mb=None).max_text_bytes is None
    True
    """

    model_config = ConfigDict(frozen=True)

    timeout: float | None = Field(DEFAULT_TIMEOUT, gt=0)
    max_pages: int | None = Field(DEFAULT_MAX_PAGES, gt=0)
    max_text_mb: float | None = Field(DEFAULT_MAX_TEXT_MB, gt=0)

    @property
    def max_text_bytes(self) -> int | None:
        return None if self.max_text_mb is None else int(self.max_text_mb * 1_000_000)


DEFAULTS = Limits()


def pages_over(pages: int, limits: Limits) -> str | None:
    """Why ``pages`` is past the page limit, or None when it is within it.

    >>> pages_over(2000, Limits(max_pages=1000))
    '2000 pages, over the limit of 1000 pages per paper; split the paper, or raise the limit with --max-pages'
    >>> pages_over(12, Limits()) is None
    True
    """
    if limits.max_pages is None or pages <= limits.max_pages:
        return None
    return (f"{pages} pages, over the limit of {limits.max_pages} pages per paper; "
            "split the paper, or raise the limit with --max-pages")


def text_bytes_over(size: int, limits: Limits) -> str | None:
    """Why a text file of ``size`` bytes is past the size limit, or None when it is within it.

    >>> text_bytes_over(6_200_000, Limits(max_text_mb=5))
    'a text file of 6.2 MB, over the limit of 5 MB; split the paper, or raise the limit with --max-text-mb'
    """
    limit = limits.max_text_bytes
    if limit is None or size <= limit:
        return None
    return (f"a text file of {size / 1e6:.1f} MB, over the limit of {limits.max_text_mb:g} MB; "
            "split the paper, or raise the limit with --max-text-mb")
