"""Designed pages (boxed panels, two or three columns of prose) read one column at a time.

A strategy or annual report laid out in a design program sets its text in columns and
panels. Read line by line across the page, a line of the left column runs on into the line
of the right one ("manual workers are current are attributable to smoking."), and the panels'
frames make pdfplumber's table finder see one page-wide "table" whose cells cross the gutter.

Here a region's characters are cut recursively at blank strips (an XY cut): first at a
vertical gutter (columns, left to right), else at a tall blank band (stacked panels, top to
bottom); each piece that cannot be cut is read as text of its own.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import combinations
from statistics import median

from pdfplumber.utils import within_bbox
from pdfplumber.utils.text import chars_to_textmap

GUTTER = 1.5  # a blank vertical strip this many font sizes wide parts two columns
BAND = 1.2  # a blank horizontal band this many font sizes tall parts two stacked panels
PROSE_WORDS = 4  # a column of running text has lines of at least this many words on average
TALL = 1.8  # a piece this many glyph heights tall holds more than one line
PROSE_SHARE = 0.1  # a "table" is text in columns when cells across its gutters hold this share of its text

BBox = tuple[float, float, float, float]
Chars = list[dict]
Span = tuple[float, float]  # a piece's top and bottom


def _blanks(spans: list[tuple[float, float]], min_width: float) -> list[float]:
    """Middles of the blank gaps at least ``min_width`` wide between covered spans.

    Spans (10, 200) (230, 400) (212, 215) with a minimum of 20 leave no gap (212-215 fills it);
    (10, 200) (230, 400) alone leave one at 215.
    """
    cuts, reach = [], None
    for lo, hi in sorted(spans):
        if reach is not None and lo - reach >= min_width:
            cuts.append((reach + lo) / 2)
        reach = hi if reach is None else max(reach, hi)
    return cuts


def _size(chars: Chars) -> float:
    return median(c["size"] for c in chars)


def _pieces(chars: Chars, cuts: list[float], key: str) -> list[Chars]:
    """Characters parted at each cut along ``key`` ("x0" or "top"), in order."""
    bounds = [float("-inf"), *cuts, float("inf")]
    return [[c for c in chars if lo <= c[key] < hi] for lo, hi in zip(bounds, bounds[1:])]


def reading_pieces(chars: Chars) -> list[Chars]:
    """The region's pieces of text in reading order: columns left to right, each column's
    panels top to bottom (recursively); a piece that cannot be cut is one list of characters
    (word spaces kept for the text, but never counted as covering a gutter)."""
    ink = [c for c in chars if c["text"].strip()]
    if not ink:
        return []
    size = _size(ink)
    columns = _blanks([(c["x0"], c["x1"]) for c in ink], GUTTER * size)
    if columns:
        return [p for part in _pieces(chars, columns, "x0") for p in reading_pieces(part)]
    bands = _blanks([(c["top"], c["bottom"]) for c in ink], BAND * size)
    if bands:
        return [p for part in _pieces(chars, bands, "top") for p in reading_pieces(part)]
    return [chars]


def text_lines(piece: Chars) -> list[dict]:
    """pdfplumber's text lines (with their characters) of one piece."""
    return chars_to_textmap(piece).extract_text_lines(strip=True, return_chars=True)


def _prose(piece: Chars) -> bool:
    """Lines of running text ("Smoking remains the single biggest preventable cause"), not
    a column of names or figures."""
    lines = [ln["text"] for ln in text_lines(piece)]
    words = [w for ln in lines for w in ln.split()]
    wordy = sum(any(ch.isalpha() for ch in w) for w in words)
    return len(lines) >= 2 and len(words) >= PROSE_WORDS * len(lines) and wordy >= 0.7 * len(words)


def _span(piece: Chars) -> Span:
    return min(c["top"] for c in piece), max(c["bottom"] for c in piece)


def _beside(a: Span, b: Span) -> bool:
    """Do two pieces share some height (one beside the other)?"""
    return a[1] > b[0] and b[1] > a[0]


def _tall(piece: Chars) -> bool:
    """More than one line: a paragraph's number beside it ("4.1") is no column."""
    top, bottom = _span(piece)
    return bottom - top >= TALL * median(c["bottom"] - c["top"] for c in piece)


def _prose_columns(chars: Chars) -> list[Chars]:
    """Pieces of running text standing beside another piece of more than one line."""
    tall = [p for p in reading_pieces(chars) if _tall(p)]
    spans = [_span(p) for p in tall]
    beside = [p for p, a in zip(tall, spans) if sum(_beside(a, b) for b in spans) > 1]  # itself and another
    return [p for p in beside if _prose(p)]


def _crosses(part: Chars, column_of: dict[int, int], spans: list[Span]) -> bool:
    """Does a part (a cell, a text line) hold text of two columns standing side by side?"""
    held = sorted({column_of[id(c)] for c in part if id(c) in column_of})
    return any(_beside(spans[i], spans[j]) for i, j in combinations(held, 2))


def _crosses_columns(chars: Chars, parts: Callable[[], Iterable[Chars]]) -> bool:
    """Do parts that cross a gutter between columns of prose hold a fair share of the text?
    (``parts`` are made only when there are such columns: finding a cell's text costs time.)"""
    columns = _prose_columns(chars)
    if len(columns) < 2:
        return False
    column_of = {id(c): i for i, column in enumerate(columns) for c in column}
    spans = [_span(column) for column in columns]
    crossing = sum(len(part) for part in parts() if _crosses(part, column_of, spans))
    return crossing >= PROSE_SHARE * len(chars)


def is_text_in_columns(table, chars: Chars) -> bool:
    """A ruled "table" whose cells cut across columns of prose: panels' frames taken for a
    grid. In a real table each cell's text keeps to its column (a minute's paragraphs in
    the middle column, a long indicator name beside its figures), so no cell holds two
    columns of running text side by side."""
    inside = within_bbox(chars, table.bbox)
    return _crosses_columns(inside, lambda: (within_bbox(inside, bbox) for bbox in table.cells))


def is_page_in_columns(chars: Chars, lines: list[dict]) -> bool:
    """A page whose text lines (pdfplumber's, with their characters) run across columns of
    prose: "Who: Wellbeing Hubs Who: Public Health" is two panels' lines read as one."""
    return _crosses_columns(chars, lambda: (ln["chars"] for ln in lines))


def column_lines(chars: Chars, bbox: BBox) -> list[dict]:
    """The text lines of a region, read column by column (see :func:`reading_pieces`)."""
    return [ln for piece in reading_pieces(within_bbox(chars, bbox)) for ln in text_lines(piece)]
