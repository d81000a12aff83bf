"""Scorecards in a plain-text paper's own lines, however the export parted their cells.

Saved from a web page or copied from a spreadsheet, a KPI table reaches a text paper as lines
whose cells are parted by tabs, pipes or runs of spaces (a fixed-width export lines them up
under a header that may take two lines)::

    Indicator                          Annual target    Actual      RAG
    Average days to re-let homes       21 days          24.5 days   Red

or with every cell on a line, or a paragraph, of its own::

    Performance Indicator
    Target
    Actual
    Percentage of invoices paid within 30 days
    97%
    97.9%

A line, or a run of one-cell lines, made only of column names, one of them a target and one
naming the indicator, is a header; so is a run naming only a target and a result ("Annual
Target", "Actual Absence") above a name and its figures, where the table printed no heading
over its indicators' names. Its rows run until a sentence or a line that is no row; a
service heading between rows and the header repeated after a page break are passed over. The
layout stage joins such lines into sentences, so they are read here from the page's text.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from paper_miner.extract.common.vocabulary import YEAR
from paper_miner.extract.targets.columns import NAME_HEADER_RE, is_figure, target_columns
from paper_miner.extract.targets.target_tables import column_targets
from paper_miner.models import Document, Layout, Row, Target

_PERIOD = rf"(?:(?:q[1-4]|quarter\s+[1-4]|qtr\s+[1-4])\s*)?{YEAR}(?:\s?[/-]\s?(?:19|20)?\d\d)?"
_WORD = (r"performance|key|indicators?|measures?|pis?|kpis?|description|name|ref(?:erence)?|code|no\.?"
         r"|targets?|annual|actual|outturn|out-turn|latest|value|current|result|position|data|year|to|date"
         r"|ytd|previous|last|prior|q[1-4]|quarter|status|rag|rating|traffic|light|trend|short|long|dot"
         r"|direction|of|travel|polarity|good|is|higher|lower|better|comments?|commentary|notes?|baseline"
         r"|floor|owner|lead|service|month|period|and|&|improvement|end|\(?(?:19|20)\d\d(?:\s?[/-]\s?\d\d+)?\)?")
_COLUMN_NAME_RE = re.compile(rf"(?:(?:{_WORD})\b\W*)+", re.IGNORECASE)
_PERIOD_ONLY_RE = re.compile(rf"\s*{_PERIOD}\s*", re.IGNORECASE)
# A cell that is no indicator's name: a rating, a trend, a polarity or a worded target.
_VALUE_WORDS_RE = re.compile(
    r"\W*(?:red|amber|green|(?:not\s+)?met|(?:not\s+)?achieved|on\s+target|off\s+target|on\s+track"
    r"|improv\w*|declin\w*|better|worse\w*|same|stable|no\s+change|sustained|maintained?|retained"
    r"|(?:higher|lower|bigger|smaller)\s+is\s+better|high|low|up|down|n/?a|-+|–|—|data\s+only|tbc|nil|none"
    r"|top\s+quartile|upper\s+quartile|national\s+average|increase|decrease|reduce)\W*", re.IGNORECASE)
_REPORT_RE = re.compile(r"\b(?:actual|outturn|latest|value|q[1-4]|status|rag|trend|dot|polarity|baseline)\b",
                        re.IGNORECASE)
_FINANCIAL_YEAR_RE = re.compile(rf"\b{YEAR}\s?[/-]\s?\d\d\b")
_TARGET_WORD_RE = re.compile(r"\btargets?\b", re.IGNORECASE)
_SENTENCE_RE = re.compile(r"^(?:\S+\s+){5,}.*[.:]$")
# A result column named for what it counts: "Actual Absence", "Latest Performance", "Outturn spend".
_RESULT_OF_RE = re.compile(r"(?:actual|latest|current|outturn)\s+[a-z]+", re.IGNORECASE)


def is_column_name(cell: str) -> bool:
    """"Target 2014/15", "Q3 Actual", "Direction of travel" name columns; "Missed bins" does not."""
    return bool(cell.strip()) and bool(_COLUMN_NAME_RE.fullmatch(cell.strip()))


def is_header(cells: list[str]) -> bool:
    """All column names, one a target and one naming the indicator."""
    named = [c for c in cells if c.strip()]
    return (len(named) >= 2 and all(map(is_column_name, named)) and bool(target_columns(Row(cells=named, page=1)))
            and any(NAME_HEADER_RE.search(c) for c in named))


def opens_with_header(text: str) -> bool:
    """A paragraph the layout ran together from a scorecard's header and rows ("PI Polarity
    Annual Target Q1 Q2 Status Percentage of Council Tax collected ..."): its first words
    name the indicator, a target and a report on it; it is read here, no sentence."""
    prefix = _COLUMN_NAME_RE.match(text)
    words = prefix.group(0) if prefix else ""
    return len(words.split()) >= 3 and all(pattern.search(words) for pattern in (NAME_HEADER_RE, _REPORT_RE, _TARGET_WORD_RE))


def is_value(line: str) -> bool:
    """A cell-per-line table's value: a figure ("97.9%", "<= 10", "£1.20") or a word a
    scorecard prints in its cells ("Green", "Improving", "Data only", "Top quartile")."""
    return is_figure(line) or bool(_VALUE_WORDS_RE.fullmatch(line))


def _spaced(line: str) -> list[tuple[int, int, str]]:
    """Cells of a line parted by runs of two or more spaces, with their columns."""
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def _split(line: str) -> list[tuple[int, int, str]]:
    if "\t" in line or "|" in line:
        cells = [c.strip() for c in re.split(r"\t|\|", line.strip().strip("|"))]
        return [(i, i + 1, c) for i, c in enumerate(cells)]
    return _spaced(line)


def _place(chunks: list[tuple[int, int, str]], header: list[tuple[int, int, str]], tabbed: bool) -> list[str]:
    """Row cells under the header's columns: in order where every cell is there, else (a
    fixed-width table whose empty cells leave gaps) by position."""
    cells = [""] * len(header)
    for index, (start, end, text) in enumerate(chunks):
        if tabbed or len(chunks) == len(header):
            column = index
        else:
            column = max(range(len(header)), key=lambda i: (min(end, header[i][1]) - max(start, header[i][0]),
                                                            -abs(start - header[i][0])))
        if column < len(cells):
            cells[column] = f"{cells[column]} {text}".strip()
    return cells


def _with_second_line(header: list[tuple[int, int, str]], line: str, tabbed: bool) -> list[tuple[int, int, str]] | None:
    """A header's second line ("2019/20   Q3 2019/20   of travel"): column names only, under its columns."""
    chunks = _split(line)
    if not any(c[2] for c in chunks) or not all(is_column_name(c[2]) for c in chunks if c[2]):
        return None
    below = _place(chunks, header, tabbed)
    return [(s, e, f"{text} {more}".strip()) for (s, e, text), more in zip(header, below)]


def _separated_rows(lines: list[str], at: int, header: list[tuple[int, int, str]], page: int) -> list[Row]:
    tabbed = "\t" in lines[at] or "|" in lines[at]
    rows: list[Row] = []
    for line in lines[at + 1:]:
        chunks = _split(line.strip("\f")) if line.strip() else []
        texts = [c[2] for c in chunks if c[2]]
        if texts != [c[2] for c in header if c[2]] and is_header(texts):
            break  # another table
        if rows and len(texts) == 1 and re.match(r"[a-z(]", texts[0]):
            rows[-1] = _continued(rows[-1], _place(chunks, header, tabbed))
            continue
        if not texts or is_header(texts) or all(re.fullmatch(r"[-:=\s]+", t) for t in texts) or (
                len(texts) == 1 and not _SENTENCE_RE.match(texts[0])):
            continue  # a gap, the header again after a page break or its rule, a service heading
        if len(texts) < 2 or not any(is_value(t) for t in texts):
            break
        rows.append(Row(cells=_place(chunks, header, tabbed), page=page))
    return rows


def _continued(row: Row, below: list[str]) -> Row:
    """A long name wrapped onto a line of its own ("  from former tenants") joins its row's cell."""
    return row.model_copy(update={"cells": [f"{cell} {more}".strip() for cell, more in zip(row.cells, below)]})


def _separated_tables(lines: list[str], page: int) -> Iterator[Target]:
    index = 0
    while index < len(lines):
        header = _split(lines[index])
        if len(header) >= 2 and is_header([c[2] for c in header]):
            tabbed = "\t" in lines[index] or "|" in lines[index]
            second = _with_second_line(header, lines[index + 1], tabbed) if index + 1 < len(lines) else None
            header = second or header
            index += 1 if second else 0
            rows = _separated_rows(lines, index, header, page)
            cells = _with_heading_year([c[2] for c in header], lines[:index])
            yield from column_targets(rows, Row(cells=cells, page=page))
            index += len(rows)
        index += 1


def _with_heading_year(header: list[str], above: list[str]) -> list[str]:
    """The financial year in the heading just above a scorecard ("Corporate scorecard
    2014/15") is its targets' where their column names none."""
    heading = next((line.strip() for line in reversed(above) if line.strip()), "")
    year = _FINANCIAL_YEAR_RE.search(heading) if len(heading.split()) <= 12 and not _SENTENCE_RE.match(heading) else None
    if year is None:
        return header
    return [f"{cell} {year.group(0)}" if _TARGET_WORD_RE.search(cell) and not re.search(r"\d", cell) else cell
            for cell in header]


def _header_run(lines: list[str], at: int) -> list[str]:
    """The column names one per line from ``at``; a period line heads the names after it
    ("Q1 2022/23" above "Value", "Target")."""
    names, period = [], ""
    for line in lines[at:]:
        if _PERIOD_ONLY_RE.fullmatch(line):
            period = line.strip()
        elif (is_column_name(line) or _RESULT_OF_RE.fullmatch(line)) and len(line.split()) <= 4:
            names.append(f"{line.strip()} {period}".strip())  # a period above the header heads all its columns
        else:
            break
    return names


def _cell_rows(lines: list[str], header: list[str], page: int) -> list[Row]:
    """Rows of a cell-per-line table: its label lines, then its values from the left."""
    labels = next((i for i, name in enumerate(header) if not NAME_HEADER_RE.search(name) and not re.search(
        r"\b(?:ref|code|no)\b", name, re.IGNORECASE)), 1)
    rows, names, values = [], [], []
    skip = 0
    for index, line in enumerate(lines):
        if skip:
            skip -= 1
            continue
        if line == header[0] and _header_run(lines, index)[:len(header)] == header:
            skip = _run_length(lines, index, header) - 1  # the header again after a page break
            continue
        if is_value(line):
            values.append(line)
            continue
        if _SENTENCE_RE.match(line) or len(line.split()) > 40:
            break
        if values:
            rows.append(names + [""] * (labels - len(names)) + values)
            names, values = [], []
        names = (names + [line])[-labels:]  # a service heading before a row's name falls off
    if values:
        rows.append(names + [""] * (labels - len(names)) + values)
    return [Row(cells=(cells + [""] * len(header))[:len(header)], page=page) for cells in rows]


def _run_length(lines: list[str], at: int, header: list[str]) -> int:
    taken, count = 0, 0
    while taken < len(header) and at + count < len(lines):
        taken += 0 if _PERIOD_ONLY_RE.fullmatch(lines[at + count]) else 1
        count += 1
    return count


def _cell_tables(lines: list[str], page: int) -> Iterator[Target]:
    index = 0
    while index < len(lines):
        header = _header_run(lines, index)
        start = index + _run_length(lines, index, header)
        named = len(header) >= 3 and is_header(header) and NAME_HEADER_RE.search(header[0] + " " + header[1])
        if named or _unnamed_header(header, lines[start:start + 2]):
            header = header if named else [_UNNAMED_COLUMN, *header]
            rows = _cell_rows(lines[start:], header, page)
            yield from column_targets(rows, Row(cells=_with_heading_year(header, lines[:index]), page=page))
            index = start
        index += 1


# The name a column of indicators printed with no heading over it is read under.
_UNNAMED_COLUMN = "Indicator"


def _unnamed_header(header: list[str], below: list[str]) -> bool:
    """A header whose first column, the indicators' names, has no heading (a web table's blank
    top-left cell, lost when it was flattened): a target and a result column, then a name and a
    figure ("Annual target", "Actual", "Average days lost per employee", "8.5", "9.1")."""
    figures = (len(header) >= 2 and bool(target_columns(Row(cells=header, page=1)))
               and any(map(_REPORT_RE.search, header)))
    return (figures and not any(map(NAME_HEADER_RE.search, header))
            and len(below) == 2 and not is_value(below[0]) and is_value(below[1]))


# A column a scorecard reports figures or ratings under, named with its period or not: "Q1
# actual", "2024 to 2025 target", "Year end forecast", "Status".
_VALUE_COLUMN_RE = re.compile(
    rf"(?:(?:q[1-4]|quarter\s+[1-4]|{YEAR}(?:\s?(?:/|-|to)\s?(?:19|20)?\d\d+)?|annual|year(?:\s+end)?|full\s+year|ytd"
    r"|previous|latest|current)\s+)*(?:actual|targets?|forecast|outturn|baseline|status|rag|rating|trend|polarity)\b",
    re.IGNORECASE)
# "2024 to 2025": a financial year written out, read as "2024/25".
_YEAR_SPAN_RE = re.compile(r"\b((?:19|20)\d\d)\s+to\s+(?:19|20)(\d\d)\b")
_VALUE_TOKEN_RE = re.compile(r"[<>≤≥]?£?\d[\d,]*(?:\.\d+)?(?:%|[km]\b)?|red|amber|green|n/?a|-|–", re.IGNORECASE)


def _word_run_header(line: str) -> list[str] | None:
    """A header whose cells the export ran together with single spaces ("Measure name Units Q3
    actual Q3 target 2023 to 2024 target Q3 status"): the indicators' column (all the words
    before the first value column), then each value column; None unless one names a target and
    one a result."""
    first = _VALUE_COLUMN_RE.search(line)
    if first is None or not NAME_HEADER_RE.search(line[:first.start()]) or re.search(r"\s\s|[\t|]", line):
        return None  # (cells parted by tabs, pipes or wide spaces are read as a separated table)
    columns = [_YEAR_SPAN_RE.sub(r"\1/\2", m.group(0)) for m in _VALUE_COLUMN_RE.finditer(line)]
    if _VALUE_COLUMN_RE.sub(" ", line[first.start():]).strip():
        return None  # words no value column is named by: not a header
    header = [line[:first.start()].strip(), *columns]
    return header if target_columns(Row(cells=header, page=1)) and any(map(_REPORT_RE.search, columns)) else None


def _word_run_row(line: str, values: int) -> list[str] | None:
    """A row under such a header: its name, then one figure or rating per value column ("Homes
    insulated 1,204 1,100 4,400 Green") counted from the right."""
    words = line.split()
    if len(words) <= values or not all(_VALUE_TOKEN_RE.fullmatch(w) for w in words[-values:]):
        return None
    name = " ".join(words[:-values])
    if _VALUE_TOKEN_RE.fullmatch(words[-values - 1]) or not re.search(r"[A-Za-z]{3}", name):
        return None  # more values than columns, or no name
    return [name, *words[-values:]]


def _word_run_tables(lines: list[str], page: int) -> Iterator[Target]:
    header: list[str] | None = None
    rows: list[Row] = []
    for line in [*lines, ""]:
        row = _word_run_row(line, len(header) - 1) if header else None
        if row is not None:
            rows.append(Row(cells=row, page=page))
            continue
        if header and rows:
            yield from column_targets(rows, Row(cells=header, page=page))
        header, rows = _word_run_header(line) or (header if header and not rows else None), []


def find(layout: Layout, document: Document) -> Iterator[Target]:
    if layout.fmt != "txt":
        return
    for page, text in enumerate(layout.page_texts, start=1):
        lines = [line.rstrip() for line in text.replace("\f", "\n").splitlines()]
        yield from _separated_tables(lines, page)
        yield from _cell_tables([line.strip() for line in lines if line.strip()], page)
        yield from _word_run_tables([line.strip() for line in lines if line.strip()], page)
