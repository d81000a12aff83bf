"""KPI tables whose rows a text export flattened into one line each, numbered or coded.

Copied out of a PDF or a web page, a KPI table often keeps one line per row but loses its
cell borders: the cells are joined by single spaces, or glued with none at all::

    No Performance Indicator Target 2023/24 Cabinet Portfolio Lead Officer
    4 Percentage of planning appeals allowed 30% Planning Head of Planning
    5 Number of empty homes brought back into use Higher than previous year Housing Head of Housing

    RefMeasure2021/222022/23Target 2023/24
    H2Average days to relet a council home31.428.925.0

The header names a number or code column, the indicator's column, then value columns (years,
"Target 2023/24", "Current Target", "Actual", a "Unit") and maybe text columns (portfolio,
lead officer). Each row that follows is read as its number or code, the indicator's name as
printed up to its first value, then one value per value column; text after the values is the
text columns'. Glued values ("31.428.925.0") are split only into as many pieces as the header
has value columns, and only where each piece is a well-formed figure with the same decimals as
the others. A row's cells are then read as any table with a target column (``columns``); a
target in words that says which way to go ("Higher than previous year") is a target without
a figure; "Data only" is none.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from paper_miner.extract.common.parse import financial_year, parse_deadline
from paper_miner.extract.common.vocabulary import MONTH, YEAR
from paper_miner.extract.targets.columns import unit_hint
from paper_miner.extract.targets.patterns import direction
from paper_miner.extract.targets.spaced_tables import is_spaced_into_cells
from paper_miner.extract.targets.target_tables import column_targets
from paper_miner.models import Block, Document, Layout, Row, Target

# A year or span, glued to the next without a space ("2010/112011/12": 2010/11, 2011/12),
# or a span in words, maybe a quarter's ("2016 to 2017", "Q1 (April to June 2019)").
_WORDED_SPAN = rf"(?:q[1-4]\s*\(\s*)?(?:{MONTH}\s+)?(?:{YEAR}\s+)?to\s+(?:{MONTH}\s+)?{YEAR}\)?"
_YEAR_OR_SPAN = rf"{YEAR}(?:\s?[/-]\s?(?:{YEAR}(?!\d)|\d\d))?"
_PERIOD = rf"(?:{_WORDED_SPAN}|(?:q[1-4]\s*)?{_YEAR_OR_SPAN})"
# A financial year in short after a column's name: "Target 24/25".
_SHORT_SPAN = r"\d\d/\d\d\b"
_LEAD_HEADER = r"(?:no\.?|ref\.?|code|id)\s*"
_NAME_HEADER = (r"(?:key\s+)?(?:performance\s+)?(?:indicator|measure)s?(?:\s+(?:name|description|title))?"
                r"|description|kpi|name")
_VALUE_WORD = r"target|performance|actual|achieved|outturn|baseline|floor|latest|result|value|previous|prior"
_VALUE_NAME = rf"(?:(?:current|annual|previous|year[\s-]end)\s*)?(?:{_VALUE_WORD})s?(?:\s+for\s+the\s+year)?"
# A value column: a year before a column with a year of its own is a column itself
# ("2014/15Target 2015/16"), else the column's ("2023/24 Performance").
# A quarter's column, alone or with its value word ("Q2", "Q3 actual"), or the year to date's.
_QUARTER = rf"(?:q[1-4]\b(?:\s*(?:{_VALUE_WORD}))?|ytd\b|year\s+to\s+date)"
# The period a column ends ("End of 26/27 target", "Actual 26/27 end of year", "End of 25/26").
_SPAN_ANY = rf"(?:{_YEAR_OR_SPAN}|{_SHORT_SPAN})"
_END_OF = r"end\s+of\s+(?:the\s+)?"
_VALUE_HEADER = (rf"{_PERIOD}(?=\s*{_VALUE_NAME}\s*{_PERIOD})"
                 rf"|(?:{_END_OF})?(?:{_SPAN_ANY}\s*)?{_VALUE_NAME}(?:\s*{_SPAN_ANY})?(?:\s+{_END_OF}(?:quarter|year|month))?"
                 rf"|{_END_OF}{_SPAN_ANY}|{_PERIOD}|{_QUARTER}")
# "No Performance Indicator Target 2023/24 Cabinet Portfolio", "MeasureUnit2023/24 PerformanceCurrent Target".
_HEADER_RE = re.compile(rf"(?P<lead>{_LEAD_HEADER})?(?:(?P<name>{_NAME_HEADER})\s*)?(?P<unit>units?\s*)?"
                        rf"(?P<values>(?:(?:{_VALUE_HEADER})\s*)+)(?=$|(?-i:[A-Z]))", re.IGNORECASE)
# A header with no name over the indicator column opens on its target column and names
# the periods reported after it ("Target for the year | April to June 2019 | July to ...").
_UNNAMED_COLUMNS = 2
_TITLE_WORDS = 8  # a table's title is short: "Community Wellbeing", "Collection statistics 2024/25"
_VALUE_HEADER_RE = re.compile(_VALUE_HEADER, re.IGNORECASE)
# The next table's header, with or without a target column, ends the rows above it
# ("Performance Indicator 2016 to 2017 2017 to 2018" over last years' results).
_NEXT_HEADER_RE = re.compile(rf"(?:{_LEAD_HEADER})?(?:{_NAME_HEADER})\s+(?:{_VALUE_HEADER})", re.IGNORECASE)
_TARGET_WORD_RE = re.compile(r"target", re.IGNORECASE)
_YEAR_RE = re.compile(_PERIOD, re.IGNORECASE)
# A row's number or code, spaced or glued to the name: "5 Percentage ...", "C6Percentage ...".
_ROW_START_RE = re.compile(r"^(?:(?P<code>[A-Z]{1,5}\s?-?\d{1,3}[a-z]?)|\d{1,3}\.?)(?=\s*[A-Z])")
# One figure cell, and a run of them spaced or glued ("96%", "98.0%98.2%", "31.4 28.9"), glued
# at most to a word's end ("collected98.0%"), never to a code's capitals ("ENV3").
_FIGURE = r"£?\d{1,3}(?:,\d{3})*(?:\.\d+)?%?|£?\d+(?:\.\d+)?%?"
_FIGURE_RE = re.compile(rf"(?:{_FIGURE})")
# A figure with its unit of time, a cell of a table on days or weeks taken ("27.6 days").
_TIMED_FIGURE = rf"(?:{_FIGURE})(?:\s(?:days|weeks|months|hours|minutes)\b)?"
_TIMED_FIGURE_RE = re.compile(_TIMED_FIGURE)
# An empty cell among spaced figures: "- 15", "n/a 92%".
_EMPTY = r"(?i:n/a)|-|–"
_EMPTY_RE = re.compile(_EMPTY)
_RUN_RE = re.compile(rf"(?<![\d.,£A-Z])(?:(?:{_EMPTY})\s+)*(?:{_TIMED_FIGURE})(?:\s*(?:{_TIMED_FIGURE})|\s+(?:{_EMPTY})(?=\s|$))*"
                     r"(?=\s*(?:$|[A-Z(↑↓→←▲▼]))")
# A target in words, which way to go without a figure: "Higher than previous year", "Improve
# on last year", "Maintain or improve".
_WORDED_RE = re.compile(
    r"(?<=\s)(?:(?:higher|lower|more|fewer|less|better)\s+than|(?:increase|improve|reduce|decrease)\s+on)"
    r"\s+(?:the\s+)?(?:previous|last|prior)\s+(?:year|quarter)(?:'s)?(?:\s+(?:figure|outturn|performance))?\b"
    r"|(?<=\s)maintain\s+or\s+(?:improve|increase|reduce)\b", re.IGNORECASE)


class _Header(BaseModel):
    """A flattened header's value columns in order ("2021/22", "Target 2023/24"), whether a
    unit column ("Unit": "Percentage", "Number") stands between the name and the values, and
    whether a number column comes first."""

    model_config = ConfigDict(frozen=True)
    values: tuple[str, ...]
    unit: bool
    numbered: bool  # a "No" / "Ref" column: every row starts with its number or code


def header_of(text: str) -> _Header | None:
    """The value columns of a flattened header that names an indicator column and a target
    column ("No Performance Indicator Target 2023/24 Cabinet Portfolio" -> ("Target 2023/24",));
    text columns after the values are no value columns; a column with no year of its own, in
    a header that names one year, is of that year ("2023/24 Performance | Current Target")."""
    if is_spaced_into_cells(text):
        return None  # a header spaced into columns is read with its lines by ``spaced_tables``
    if text.rstrip().endswith("."):
        return None
    match, values = next(((m, v) for m in _titled_headers(text.strip()) if (v := _target_columns(m))), (None, []))
    if match is None:
        return None
    years = {m.group(0) for value in values for m in _YEAR_RE.finditer(value)}
    if len(years) == 1:
        values = [value if _YEAR_RE.search(value) else f"{value} {next(iter(years))}" for value in values]
    return _Header(values=_with_quarters_year(values), unit=bool(match.group("unit")),
                   numbered=bool(match.group("lead")))


def _full_year(value: str) -> str:
    """A column's short financial year in full: "Target 24/25" -> "Target 2024/25"."""
    return re.sub(rf"(?<![\d/])({_SHORT_SPAN})", r"20\1", value)


def _with_quarters_year(values: list[str]) -> tuple[str, ...]:
    """A target column with no year, before quarter columns that end in March ("Target |
    April to June 2024 | ... | January to March 2025"), is the target for the financial year
    those quarters make up ("Target 2024/25")."""
    year_end = _YEAR_END_RE.search(values[-1]) or (len(values) > 1 and _YEAR_END_RE.search(values[-2]))
    if not year_end:
        return tuple(values)
    year = financial_year(int(year_end.group("year")), 3)
    return tuple(f"{value} {year}" if _TARGET_WORD_RE.search(value) and not _YEAR_RE.search(value) else value
                 for value in values)


_YEAR_END_RE = re.compile(rf"\bto\s+march\s+(?P<year>{YEAR})\)?$", re.IGNORECASE)


def _titled_headers(text: str) -> Iterator[re.Match[str]]:
    """The header, at the paragraph's start or after a short title the layout ran into it
    ("Collection rates CodeMeasure2022/23...", "Housing Performance Q3 Indicator Target Q3");
    its column names are capitalised, so "each indicator target and actual for 2024/25:" in a
    sentence is none."""
    starts = [0] + [m.end() for m in re.finditer(r"\s+", text)][:_TITLE_WORDS]
    return (match for start in starts if text[start:start + 1].isupper() and (match := _HEADER_RE.match(text, start)))


def _target_columns(match: re.Match[str]) -> list[str]:
    """A header's value columns, [] unless one is a target's and the indicator's column is
    named or the header opens on its target column before two others."""
    values = [_full_year(_spaced(m.group(0))) for m in _VALUE_HEADER_RE.finditer(match.group("values"))]
    if not _TARGET_WORD_RE.search(match.group("values")):
        return []
    if not match.group("name") and (len(values) < _UNNAMED_COLUMNS or not _TARGET_WORD_RE.match(values[0])):
        return []
    return values


def _spaced(text: str) -> str:
    """A glued header or row cell spaced out again: "2023/24 PerformanceCurrent" -> "... Performance Current"."""
    return re.sub(r"\s+", " ", re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=\d)(?=[A-Za-z])|(?<=[a-z])(?=\d)", " ", text)).strip()


def _well_formed(piece: str) -> bool:
    """A figure as a cell prints it: no leading zero but in "0.5", no stray point or sign."""
    return bool(_FIGURE_RE.fullmatch(piece)) and not re.match(r"£?0[^.%]", piece)


def _splits(glued: str, count: int) -> list[list[str]]:
    """Every way to cut ``glued`` into ``count`` well-formed figures."""
    if count == 0:
        return [[]] if not glued else []
    return [[glued[:end], *rest] for end in range(1, len(glued) + 1) if _well_formed(glued[:end])
            for rest in _splits(glued[end:], count - 1)]


def _alike(pieces: list[str]) -> bool:
    """Figures of one kind that each show where they end: all with the same decimals, all or
    none a percentage, each with a point or a % (glued whole numbers, "90" "0" from "900",
    could be cut anywhere)."""
    shapes = {(len(p.partition(".")[2].rstrip("%")), p.endswith("%")) for p in pieces}
    return len(shapes) == 1 and all("." in p or p.endswith("%") for p in pieces)


def _timed_cells(run: str, count: int) -> list[str] | None:
    """A row's figures with their unit of time, fewer than its columns where the later
    periods are still empty ("Days to process changes 12 days 8.8 days" under "Target |
    April to June | July to September | ..."): the cells of one row share one unit, so
    "2 months 90% 92%" is no run of cells but a name's end and two cells."""
    cells = _TIMED_FIGURE_RE.findall(run)
    if not 2 <= len(cells) <= count or " ".join(cells) != run.strip():
        return None
    if len({re.sub(r"[\d.,£]", "", cell) for cell in cells}) != 1:
        return None
    return cells + [""] * (count - len(cells))


def split_values(run: str, count: int) -> list[str] | None:
    """``count`` cells from a run of figures, spaced ("31.4 28.9 25.0") or glued with none
    ("98.0%98.2%98.1%", "96.796.696.7"), an empty cell spaced ("- 15"); glued figures are cut only where one cut makes
    ``count`` alike figures, else the run is not read."""
    tokens = run.split()
    if len(tokens) == count and all(_well_formed(token) or _EMPTY_RE.fullmatch(token) for token in tokens):
        return tokens
    if len(tokens) != 1:
        return None
    alike = [pieces for pieces in _splits(tokens[0], count) if _alike(pieces)]
    return alike[0] if len(alike) == 1 else None


def _row_text(block: Block) -> str:
    """A row's words with its number or code, which the layout may have taken for a list
    marker, its cells parted by spaces even where a text export parted them with bars
    ("4 | Number of new homes let | 120 | Housing |")."""
    text = f"{block.marker or ''} {block.text}" if block.kind == "list_item" else block.text
    return re.sub(r"\s+", " ", text.replace("|", " ")).strip()


def _name(words: str, header: _Header) -> str | None:
    """The indicator's name as printed, without the unit cell glued to its end
    ("...collected in-year to datePercentage")."""
    name = words.strip(" -–:")
    if header.unit:
        name = re.sub(r"(?<=[a-z0-9%)])(?=[A-Z])", " ", name).rsplit(" ", 1)[0]
    return name if len(name.split()) >= 2 and re.search(r"[A-Za-z]{3}", name) else None


def read_row(text: str, header: _Header, page: int) -> Row | None:
    """A flattened row as table cells: code, name, one cell per value column ("R2Percentage of
    rent collected97.4%97.9%" -> ["R2", "Percentage of rent collected", "97.4%", "97.9%"]); the name runs up to the first run of figures that fills the value columns."""
    start = _row_start(text, header)
    if start is None:
        return None
    code, rest = start
    for at in range(len(rest)):  # every start, as a longer run that does not fit may hold one that does
        run = _RUN_RE.match(rest, at)
        ends_row = run is not None and run.end() == len(rest.rstrip())
        values = run and (split_values(run.group(0), len(header.values))
                          or (_timed_cells(run.group(0), len(header.values)) if ends_row else None))
        name = _name(rest[:run.start()], header) if values else None
        if name is not None:
            return Row(cells=[code, name, *values], page=page)
    return None


def _worded_target(text: str, header: _Header, page: int) -> Target | None:
    """A row whose one value column holds a way to go in words ("9 Number of tenants
    housed Higher than previous year Housing") is a target with no figure, set for the
    target column's year."""
    start, worded = _row_start(text, header), _WORDED_RE.search(text)
    if start is None or worded is None or len(header.values) != 1:
        return None
    name = _name(start[1][:start[1].find(worded.group(0))], header)
    year = _YEAR_RE.search(header.values[0])
    if name is None:
        return None
    return Target(page=page, quote=text, indicator=start[0] or None, measure=name,
                  unit=unit_hint(header.values[0], name), direction=direction(worded.group(0)) or "achieve",
                  period=year.group(0) if year else None,
                  deadline=parse_deadline(f"by {year.group(0)}") if year else None)


def _row_start(text: str, header: _Header) -> tuple[str, str] | None:
    """A row's code ("" for a row number) and the rest of its text; a table with no number
    column may have rows that start with the indicator's name ("% of rent collected ...")."""
    start = _ROW_START_RE.match(text)
    if start is not None:
        return start.group("code") or "", text[start.end():].strip()
    return ("", text) if not header.numbered and (text[:1].isupper() or text[:1] == "%") else None


# A line of figures alone ("64.0% 70.0% 61.3%"), and a line that ends in one.
_FIGURES_ONLY_RE = re.compile(rf"(?:(?:{_TIMED_FIGURE}|{_EMPTY})\s*)+")
_ENDS_IN_FIGURE_RE = re.compile(rf"(?:{_TIMED_FIGURE})\s*$")


def _row_run(blocks: list[Block], header: _Header) -> list[Block]:
    """The paragraphs after a header that may be its rows: each starts with a number or a
    code (its last cell may be a comment in sentences), or, in a table with no number column,
    is a line that is no sentence; a short caption between rows ("Trend chart") is passed
    over; the next table's header, a footnote or anything else ends the run."""
    run: list[Block] = []
    for block in blocks:
        if block.kind not in ("paragraph", "list_item"):
            break
        text = _row_text(block)
        if _NEXT_HEADER_RE.match(text) or text.startswith("*"):
            break  # the next table, or a footnote under this one ("** Counted from ...")
        if run and _FIGURES_ONLY_RE.fullmatch(text) and not _ENDS_IN_FIGURE_RE.search(_row_text(run[-1])):
            run[-1] = run[-1].model_copy(update={"text": f"{run[-1].text} {block.text}"})
            continue  # a long name's figures wrapped onto the line below it
        if _ROW_START_RE.match(text) or (_row_start(text, header) and not text.endswith(".")):
            run.append(block)
        elif not run or len(block.text.split()) > 4 or block.text.rstrip().endswith("."):
            break
    return run


def _table_targets(header: _Header, rows: list[Block], page: int) -> Iterator[Target]:
    texts = [(_row_text(block), block.page) for block in rows]
    read = [row for text, at in texts if (row := read_row(text, header, at)) is not None]
    yield from column_targets(read, Row(cells=["Ref", "Indicator", *header.values], page=page))
    yield from (target for text, at in texts if read_row(text, header, at) is None
                and (target := _worded_target(text, header, at)) is not None)


def with_years_below(header: _Header, line: str) -> _Header | None:
    """A header printed over two lines, its years on the second ("Ref Indicator Actual
    Target" / "2024/25 2025/26"): one year per value column, or one year for all; None if
    ``line`` is no such second line."""
    years = [_spaced(m.group(0)) for m in _YEAR_RE.finditer(line)]
    if not years or _YEAR_RE.sub("", line).strip() or any(_YEAR_RE.search(v) for v in header.values):
        return None
    if len(years) == 1:
        years = years * len(header.values)
    if len(years) != len(header.values):
        return None
    return header.model_copy(update={"values": tuple(f"{v} {y}" for v, y in zip(header.values, years))})


_NAME_ABOVE_RE = re.compile(rf"(?:^|\s)((?:{_NAME_HEADER}))$", re.IGNORECASE)


def _header_at(blocks: list[Block], index: int) -> _Header | None:
    """The flattened header a paragraph is, or completes: the indicator column's name may stand
    on the line above the value columns ("Key performance measure" / "Actual 26/27 end of
    year End of 26/27 target End of 25/26")."""
    block = blocks[index]
    if block.kind != "paragraph":
        return _stacked_header(blocks, index)
    above = blocks[index - 1].text.strip() if index and blocks[index - 1].kind == "paragraph" else ""
    named = _NAME_ABOVE_RE.search(above)  # the layout may have run a short title into it
    return header_of(_row_text(block)) or (header_of(f"{named.group(1)} {_row_text(block)}") if named else None) \
        or _stacked_header(blocks, index)


MAX_HEADER_LINE_WORDS = 6
MAX_HEADER_LINES = 5


def _stacked_header(blocks: list[Block], index: int) -> _Header | None:
    """A header saved one column name a line ("Indicator" / "Target" / "Q2 Actual"), ending
    at ``index``: the short lines above it joined, the longest run that reads as a header."""
    start = index
    while start > 0 and index - start + 1 < MAX_HEADER_LINES and _is_header_line(blocks[start - 1]):
        start -= 1
    if start == index or not _is_header_line(blocks[index]):
        return None
    return next((header for first in range(start, index) if (header := header_of(
        " ".join(_row_text(b) for b in blocks[first:index + 1]))) is not None), None)


def _is_header_line(block: Block) -> bool:
    """A short line of column names: no sentence, and no figure but a year or a quarter."""
    text = _row_text(block)
    figures = re.sub(rf"\b(?:{YEAR}(?:/\d\d(?:\d\d)?)?|q[1-4])\b", "", text, flags=re.IGNORECASE)
    return block.kind in ("paragraph", "list_item") and len(text.split()) <= MAX_HEADER_LINE_WORDS \
        and not block.text.rstrip().endswith(".") and not re.search(r"\d", figures)


def _tables(blocks: list[Block]) -> Iterator[tuple[int, _Header, list[Block]]]:
    """Each flattened table: where its rows start, its header (with the years a line below it
    may add) and its rows."""
    for index in range(len(blocks)):
        header = _header_at(blocks, index)
        if header is None:
            continue
        below = blocks[index + 1] if index + 1 < len(blocks) else None
        two_lines = with_years_below(header, below.text) if below is not None and below.kind == "paragraph" else None
        if two_lines is None and below is not None and _stacked_header(blocks, index + 1) is not None:
            continue  # its column names go on a line below ("Target" over "Q2 Actual")
        first = index + (2 if two_lines else 1)
        yield first, two_lines or header, _row_run(blocks[first:], header)


def row_blocks(blocks: list[Block]) -> set[int]:
    """Where paragraphs are a flattened table's rows, read here and no sentences."""
    return {first + offset for first, _, rows in _tables(blocks) for offset in range(len(rows))}


def find(layout: Layout, document: Document) -> Iterator[Target]:
    for first, header, rows in _tables(layout.blocks):
        yield from _table_targets(header, rows, layout.blocks[first - 1].page)
