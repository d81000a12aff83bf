"""Tables a saved web page flattened to lines whose cells are parted by single spaces.

Copied out of a browser, a table often keeps one line per row but loses its cell borders::

    Service 2024/25 Budget 2025/26 Budget Change
    Adult Social Care 45,210 46,003 793
    Environment and Waste 12,456 12,190 (266)

Each row is a label, then as many figures as the table has value columns (a dash for an empty
cell), then maybe a word or two of text columns ("Borrowing", "Green"). The rows agree on how
many figures and words end them; the header line over them names one column per cell, split
where its scales end ("Budget £000 Forecast £000"), where its years begin ("2024/25 Budget
2025/26 Budget Change") or one word to a column ("Scheme 2025/26 2026/27 Total Funding").
"""
from __future__ import annotations

import re

from paper_miner.extract.common.vocabulary import CAPTION_NUMBER, PRINTED_NUMBER, SCALE_CELL, YEAR_CELL

# "45,210", "(266)", "-1.5", "£1,500", "12.4%", and an empty cell: "-", "–", "nil".
_FIGURE_RE = re.compile(rf"^(?:\(?[-−]?£?{PRINTED_NUMBER}%?\)?|[-–—]|nil)$", re.IGNORECASE)
_DIGIT_RE = re.compile(r"\d")
_YEAR_RE = re.compile(YEAR_CELL)
# A column's scale, which ends its name: "Budget £000 Forecast £000".
_SCALE_RE = re.compile(rf"^{SCALE_CELL}$", re.IGNORECASE)
_TARGET_RE = re.compile(r"\btargets?\b", re.IGNORECASE)
# A note under a table, no row of it: "Source: budget book, page 41", "Note: figures exclude VAT 12".
_FOOTNOTE_RE = re.compile(r"^\s*(?:sources?|notes?|nb)\s*:", re.IGNORECASE)
_CAPTION_NUMBER_RE = re.compile(rf"^\s*{CAPTION_NUMBER}[:.]?\s*", re.IGNORECASE)
_MIN_ROWS = 2
_MIN_FIGURES = 2
_MIN_SINGLE_FIGURE_ROWS = 3  # "Staff costs 86,400": rows of one figure, under a dated or scaled header
_MAX_TEXT_CELLS = 2  # "Borrowing", "Green", "G ↑": short text columns after the figures


def _row_shape(line: str) -> tuple[int, int] | None:
    """(figures, text cells) ending a row: "Mill Lane 820 - - 820 Grant" -> (4, 1); None if
    the line is no such row (no label, too few figures, a sentence, a note under the table)."""
    tokens = line.split()
    if _FOOTNOTE_RE.match(line):
        return None
    for tail in range(min(_MAX_TEXT_CELLS, len(tokens)) + 1):
        body = tokens[:len(tokens) - tail]
        count = next((k for k in range(len(body)) if not _is_cell_figure(body[len(body) - 1 - k])), len(body))
        label = body[:len(body) - count]
        if count and label and not _is_cell_figure(label[0]) and any(
                _DIGIT_RE.search(t) for t in body[len(body) - count:]) and not line.rstrip().endswith("."):
            return count, tail
    return None


def _is_cell_figure(token: str) -> bool:
    return bool(_FIGURE_RE.match(token)) and not _SCALE_RE.match(token)


def _row_cells(line: str, shape: tuple[int, int]) -> list[str]:
    figures, tail = shape
    tokens = line.split()
    split = len(tokens) - tail - figures
    return [" ".join(tokens[:split]), *tokens[split:]]


def _by_scales(tokens: list[str]) -> list[str]:
    """Column names ending at each scale: "Budget £000 Forecast Outturn £000" -> 2 columns."""
    columns, current = [], []
    for token in tokens:
        current.append(token)
        if _SCALE_RE.match(token):
            columns.append(" ".join(current))
            current = []
    return columns + ([" ".join(current)] if current else [])


def _by_years(tokens: list[str]) -> list[str]:
    """A year opens a column and takes the word after it ("2024/25 Budget"); any other word is
    a column of its own ("Change")."""
    columns: list[str] = []
    for token in tokens:
        if columns and _YEAR_RE.match(columns[-1]) and not _YEAR_RE.match(token):
            columns[-1] = f"{columns[-1]} {token}"
        else:
            columns.append(token)
    return columns


def _one_per_word(tokens: list[str]) -> list[str]:
    return list(tokens)


def header_cells(line: str, width: int) -> list[str] | None:
    """The header's cells, its first column's name first (empty over a header of years alone):
    of the ways to split the words after that name into ``width - 1`` columns, the one whose
    columns most often open on a year or a scale ("Ref Proposal | 2025/26 £000 | 2026/27 £000",
    not "Ref | Proposal 2025/26 £000 | ..."); a caption's number is no figure of it ("Table 3.1
    Children's budget 2025/26 £000")."""
    tokens = _CAPTION_NUMBER_RE.sub("", line).split()
    if not tokens or any(_FIGURE_RE.match(t) and not (_YEAR_RE.match(t) or _SCALE_RE.match(t)) for t in tokens):
        return None
    if _TARGET_RE.search(line):
        return None  # a scorecard's header ("Indicator Target Q3 Status"): its rows are read as lines

    if re.search(r"[.:;,]$", line.rstrip()):
        return None  # a sentence, or a lead-in to what follows
    fits = [[" ".join(tokens[:first]), *columns]
            for first in range(len(tokens)) for split in (_by_scales, _by_years, _one_per_word)
            if len(columns := split(tokens[first:])) == width - 1 and all(_names_a_column(c) for c in columns)
            and not any(_YEAR_RE.match(t) for t in tokens[:first]) and (first or _opens_on_year(tokens))]
    return max(fits, key=_dated_columns, default=None)


def _names_a_column(cell: str) -> bool:
    """A column's name opens on a capital, a year or a scale ("Forecast", "2025/26", "£000"), not
    on a word of a sentence ("by ward")."""
    return bool(re.match(r"[A-Z0-9£(]", cell))


def _opens_on_year(tokens: list[str]) -> bool:
    """"2024/25 2025/26" over the rows: no name over the labels."""
    return bool(_YEAR_RE.match(tokens[0]))


def _dated_columns(cells: list[str]) -> int:
    """How well a split fits: a column opening on its year counts twice, one named and ending
    on its scale ("Awarded £") once; a scale alone is a split too many."""
    words = [c.split() for c in cells[1:] if c]
    return sum(2 * bool(_YEAR_RE.match(w[0])) + (len(w) > 1 and bool(_SCALE_RE.match(w[-1]))) for w in words)


def single_spaced_rows(lines: list[str], i: int) -> tuple[list[list[str]], int]:
    """The header at ``lines[i]``, a line of its scale under it ("£000") and the rows after,
    each ending in the same number of figures (a total row may lack the text cells), with the
    number of lines they take; ([], 0) if there are fewer than two rows or the header does not
    split into as many columns as the rows hold."""
    scale = i + 1 < len(lines) and bool(_SCALE_RE.match(lines[i + 1].strip()))
    first = i + 1 + scale
    shapes: list[tuple[int, int]] = []
    for line in lines[first:]:
        shape = _row_shape(line) if line.strip() else None
        if shape is None or (shapes and shape[0] != shapes[0][0]):
            break
        shapes.append(shape)
    if len(shapes) < _MIN_ROWS or _row_shape(lines[i]) is not None:
        return [], 0
    figures, tail = shapes[0][0], max(shape[1] for shape in shapes)
    if figures < _MIN_FIGURES and (len(shapes) < _MIN_SINGLE_FIGURE_ROWS or not _dated(lines[i])):
        return [], 0
    header = header_cells(lines[i], 1 + figures + tail)
    if header is None:
        return [], 0
    scales = [["", *[lines[i + 1].strip()] * figures, *[""] * tail]] if scale else []
    rows = [_padded(_row_cells(line, shape), 1 + figures + tail) for line, shape in zip(lines[first:], shapes)]
    return [header, *scales, *rows], first - i + len(shapes)


def _dated(line: str) -> bool:
    """A header that names a year or a scale: "Budget 2025-26 (£)", "Summary (£'000)"."""
    return any(_YEAR_RE.match(t.strip("()")) or _SCALE_RE.match(t) for t in line.split())


def _padded(cells: list[str], width: int) -> list[str]:
    return cells + [""] * (width - len(cells))
