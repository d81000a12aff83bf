"""Tables a browser copy saved a cell a line, with nothing between the cells.

A scorecard or standards table copied out of a web page often comes out one cell a line::

    Area
    Standard
    (minutes)
    Q2 actual
    (average)
    Urban
    8
    7:42
    Market towns
    11
    10:15

The header is the run of column names at the top: names of the row labels' columns first
("Area", "Ref"), then columns named by a scorecard's words ("Target", "Standard", "Q2
actual") or by years; a unit in brackets, a date or a lower-case line under a column's name
carries on that name ("Achieved" / "1 July to" / "30 Sept 2024"). A header that prints its
years in one run and its words in another ("2022/23 2023/24" ... "Actual Target") pairs them
in order, "2022/23 Actual | 2023/24 Target". Each row is then its label (a line, a line and a
bullet under it, perhaps a code such as "LPI0538") and one value a line ("95%", "7:42", "Amber"),
or several values parted by spaces ("61.5% 64.0% 66.2%"). A row holding fewer values than the
header has columns lost its empty cells and cannot be aligned: only its label is kept, and a
lone line before a row's label (a service's name over its indicators) is a row of its own.
"""
from __future__ import annotations

import re

from paper_miner.extract.common.vocabulary import CELL_GAP, MONTH, SCALE_CELL, YEAR_CELL
from paper_miner.readers.label_lines import SCORECARD_WORDS, VALUE_RE

# A word opening a column's name: "Target", "Standard", "Q2" (of "Q2 actual"), "Achieved".
_COLUMN_WORD_RE = re.compile(rf"^(?:{SCORECARD_WORDS})$", re.IGNORECASE)
_YEAR_RE = re.compile(YEAR_CELL)
_SCALE_RE = re.compile(rf"^{SCALE_CELL}$", re.IGNORECASE)
_QUARTER_RE = re.compile(r"^q[1-4]$", re.IGNORECASE)  # "Q1 2022/23": one column, the quarter of a year
# A line going on with the column name above it: "(minutes)", "(median)", "1 July to", "30 Sept 2024".
_CARRIES_ON_RE = re.compile(rf"^\(.{{1,20}}\)$|^(?-i:[a-z])|\b{MONTH}\b", re.IGNORECASE)
# An indicator's code on a line of its own: "LPI0538", "NI 181", "RB1", "BV-12".
_CODE_RE = re.compile(r"^[A-Z]{1,6}\s?[-/]?\s?\d{1,5}[a-z]?$")
_BULLET = r"[•●▪◦·\-–]"
_BULLET_RE = re.compile(rf"^{_BULLET}\s*")
# A line carrying on the label above it: a bullet under it, or a wrapped rest opening in lower
# case or a bracket ("Mayoral precept" / "income", "Adult skills fund" / "(devolved)").
_CONTINUES_LABEL_RE = re.compile(rf"^(?:{_BULLET}|[a-z(])")
# The words of a name before the columns that say it names the rows: "Action/Timescales",
# "Service area", "Indicator"; any other word qualifies the column after it ("Annual Target").
_NAMES_ROWS_RE = re.compile(r"/|\b(?:indicators?|measures?|kpis?|pis?|descriptions?|services?|areas?|actions?|stages?"
                            r"|items?|activit(?:y|ies)|functions?|names?|schemes?|projects?)\b", re.IGNORECASE)
_MAX_NAME_WORDS = 6
_MAX_HEADER_WORDS = 10
_MAX_NAME_CHARS = 40
_MAX_HEADER_LINES = 30
_MAX_LABEL_CHARS = 160
_MAX_LABEL_LINES = 4
_MIN_ROWS = 2
_MIN_YEARS = 2


def _values(line: str) -> list[str] | None:
    """The values a line holds: one ("95%", "8.5 days", "Amber") or several parted by spaces
    ("61.5% 64.0% 66.2%"); None if it is no line of values."""
    text = line.strip()
    if _SCALE_RE.match(text):
        return None  # "£000": a column's scale, though it looks like a figure
    if VALUE_RE.match(text):
        return [text]
    tokens = text.split()
    return tokens if len(tokens) > 1 and all(VALUE_RE.match(t) for t in tokens) else None


def _opens_column(token: str) -> bool:
    """"Target", "Q2", "2014/15" open a column's name; "actual" (of "Q2 actual") carries it on."""
    return bool(_YEAR_RE.match(token) or _COLUMN_WORD_RE.match(token) and token[0].isupper())


def _column_cells(line: str) -> tuple[str, list[str]] | None:
    """The name before a header line's first column and the columns it names: "Q2 actual" ->
    ("", ["Q2 actual"]); "2012/13 2013/14" -> two; "Action/Timescales Target   Achieved" ->
    ("Action/Timescales", ["Target", "Achieved"]); a scale ends a column's name ("Scheme 2025/26
    £000 Total £000 Funding" -> ("Scheme", ["2025/26 £000", "Total £000", "Funding"])); a word before the first column that names
    no rows qualifies it ("Annual Target"). None if the line names no column, or only years
    after words ("Performance in May 2019")."""
    text = line.strip()
    if re.search(r"[.:;,]$", text) or len(text.split()) > _MAX_HEADER_WORDS:
        return None
    name, cells = "", []
    for token in " ".join(re.split(CELL_GAP, text)).split():
        after_scale = bool(cells) and bool(_SCALE_RE.match(cells[-1].split()[-1])) and not _SCALE_RE.match(token)
        if _opens_column(token) and not (cells and _QUARTER_RE.match(cells[-1]) and _YEAR_RE.match(token)) \
                or after_scale:
            cells.append(token)
        elif cells:
            cells[-1] = f"{cells[-1]} {token}"
        else:
            name = f"{name} {token}".strip()
    if name and cells and not _NAMES_ROWS_RE.search(name):
        name, cells = "", [f"{name} {cells[0]}", *cells[1:]]
    beyond_years = any(not _YEAR_RE.match(c.split()[0]) for c in cells)
    return (name, cells) if cells and (beyond_years or not name) and len(name) <= _MAX_NAME_CHARS else None


def _names_columns(line: str) -> bool:
    found = _header_cells(line)
    return found is not None and _worded(found[1])


def _header_cells(line: str) -> tuple[str, list[str]] | None:
    """``_column_cells`` of a line that holds no values."""
    return _column_cells(line) if _values(line) is None else None


def _worded(texts: list[str]) -> bool:
    """Whether any word of ``texts`` is a scorecard's word for a column ("Q2 actual", "Target")."""
    return any(_COLUMN_WORD_RE.match(word) for text in texts for word in text.split())


def _is_name(line: str) -> bool:
    """A short line that may name the labels' column ("Area", "Performance Indicators")."""
    text = line.strip()
    return bool(text) and len(text) <= _MAX_NAME_CHARS and len(text.split()) <= _MAX_NAME_WORDS \
        and not re.search(r"[.:;,]$", text) and _values(text) is None


def _header(lines: list[str], i: int) -> tuple[list[str], list[str], int]:
    """(names of the label columns, value columns' names, lines taken) of a header at
    ``lines[i]``; no columns unless one is named by a scorecard's word or two by their years."""
    names: list[str] = []
    columns: list[str] = []
    j = i
    while j < len(lines) and j - i < _MAX_HEADER_LINES:
        text = lines[j].strip()
        found = _header_cells(text)
        if columns and _carries_on(text):
            columns[-1] = f"{columns[-1]} {text}"
        elif found is not None and not (columns and found[0]):
            names += [found[0]] if found[0] else []
            columns += found[1]
        elif not columns and _is_name(text):
            names.append(text)
        else:
            break
        j += 1
    if not _worded(columns) and sum(bool(_YEAR_RE.match(column.split()[0])) for column in columns) < _MIN_YEARS:
        return [], [], 0
    return names, _paired(columns), j - i


def _carries_on(text: str) -> bool:
    """A unit, a scale ("£000" under "2024/25"), a date or a lower-case rest under a column's
    name, naming no column of its own."""
    return (bool(_CARRIES_ON_RE.search(text)) or bool(_SCALE_RE.match(text))) and _values(text) is None and len(text) <= _MAX_NAME_CHARS \
        and not _worded([text])


def _paired(columns: list[str]) -> list[str]:
    """Years printed in one run and labels in another, as many of each, pair in order:
    ["2022/23", "2023/24", "Actual", "Target"] -> ["2022/23 Actual", "2023/24 Target"]."""
    years = [c for c in columns if _YEAR_RE.match(c)]
    labels = [c for c in columns if not _YEAR_RE.match(c)]
    if years and len(years) == len(labels):
        return [f"{year} {label}" for year, label in zip(years, labels)]
    return columns


def _row(lines: list[str], j: int) -> tuple[list[str], list[str], list[str], int]:
    """(lines before the row's label, its label cells, its values, lines taken) from ``lines[j]``."""
    texts: list[str] = []
    k = j
    while k < len(lines) and _values(lines[k]) is None and len(texts) < _MAX_LABEL_LINES:
        if not lines[k].strip() or len(lines[k].strip()) > _MAX_LABEL_CHARS:
            return [], [], [], 0
        texts.append(lines[k].strip())
        k += 1
    values: list[str] = []
    while k < len(lines) and (found := _values(lines[k])) is not None:
        values += found
        k += 1
    if not texts or not values or _COLUMN_WORD_RE.match(texts[-1]):
        return [], [], [], 0  # "Target" / "95%": a card's label over its value, no row
    before, label = _label(texts)
    return before, label, values, k - j


def _label(texts: list[str]) -> tuple[list[str], list[str]]:
    """A row's label cells from the lines before its values: a code line is a cell of its own,
    a bulleted or lower-case line carries on the line above it, and any line before those heads
    a group."""
    code = [t for t in texts if _CODE_RE.match(t)]
    words = [t for t in texts if not _CODE_RE.match(t)]
    if not words:
        return [], []
    keep = 1
    while keep < len(words) and _CONTINUES_LABEL_RE.match(words[-keep]):
        keep += 1
    label = " ".join(_BULLET_RE.sub("", t) for t in words[-keep:])
    return words[:-keep], [label, *code[:1]]


def cell_line_rows(lines: list[str], i: int) -> tuple[list[list[str]], int]:
    """The header at ``lines[i]`` and the rows under it, each as wide as the header, with the
    number of lines they take; ([], 0) unless at least two rows fill every column."""
    names, columns, taken = _header(lines, i)
    if not columns or i and _names_columns(lines[i - 1]):
        return [], 0  # no header, or the rest of one begun above ("Value" over "Target" / "Status")
    width = max(len(names), 1) + len(columns)
    header = [*(names or [""]), *columns]
    rows: list[list[str]] = []
    kept = (0, 0)  # (rows, lines) up to the last row that filled every column
    j = i + taken
    words_after = _words_after_figures(columns)
    while j < len(lines):
        before, label, values, used = _row(lines, j)
        if not used:
            break
        if words_after and len(values) == len(columns) - 1 and j + used < len(lines) \
                and _is_name(lines[j + used]):
            values.append(lines[j + used].strip())  # "4,250" / "Grant / Borrowing": its funding's words
            used += 1
        cells = [*label, *values] if len(label) == len(header) - len(columns) else [" ".join(label), *values]
        rows += [_padded([text], width) for text in before]
        rows.append(cells if len(cells) == width else _padded(label[:1], width))
        j += used
        if len(cells) == width:
            kept = (len(rows), j - i)
    filled = sum(len([c for c in row if c]) == width for row in rows[:kept[0]])
    return ([header, *rows[:kept[0]]], kept[1]) if filled >= _MIN_ROWS else ([], 0)


def _words_after_figures(columns: list[str]) -> bool:
    """Whether the last column holds words after columns of money: "2025/26 £000", "Total £000",
    "Funding" (no year, no scale)."""
    last = columns[-1].split()
    return len(columns) > 1 and any(_SCALE_RE.match(c.split()[-1]) for c in columns[:-1]) \
        and not (_YEAR_RE.match(last[0]) or _SCALE_RE.match(last[-1]))


def _padded(cells: list[str], width: int) -> list[str]:
    return cells + [""] * (width - len(cells))
