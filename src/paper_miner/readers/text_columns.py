"""Space-aligned tables in fixed-width text (as ``pdftotext -layout`` writes them).

Columns are separated by runs of two or more spaces and line up from row to row; figures
are right-aligned under headers that may take two lines; dashed rules underline the header
and the total; a long name wraps onto a line of its own under the row it belongs to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from paper_miner.layout.blocks import REF_LABEL_RE, join_lines, split_marker, stops_mid_sentence, table_block
from paper_miner.models import Block, Row

_GAP = re.compile(r"\S+(?: \S+)*")  # text between runs of two or more spaces
_RULE = re.compile(r"^\s*[-=_–—]{3,}(?:\s+[-=_–—]{3,})*\s*$")
_LEADER = re.compile(r"\.{4,}|(?:\. ){3,}")
_FIGURE = re.compile(r"^[(-]?[£$€]?\s?-?\d[\d,]*(?:\.\d+)?%?[km]?\)?$", re.I)
_SCALE_OR_YEAR = re.compile(r"^(?:[£$€]\s?0{3}|[£$€]\s?(?:k|m|bn)|(?:19|20)\d\d)$", re.I)


@dataclass(frozen=True)
class Chunk:
    start: int
    end: int
    text: str


def is_rule(line: str) -> bool:
    return bool(_RULE.match(line))


def chunks(line: str) -> list[Chunk]:
    """Pieces of a line separated by two or more spaces, with their columns."""
    return [Chunk(m.start(), m.end(), m.group()) for m in _GAP.finditer(line)]


def is_figure(text: str) -> bool:
    """A number printed in a cell (not a scale like ``£000`` or a year heading a column)."""
    return bool(_FIGURE.match(text)) and not _SCALE_OR_YEAR.match(text)


def is_columnar(line: str) -> bool:
    """Two or more aligned pieces; a hanging list label ("(1)  approve ...") or a dotted
    leader ("(Trust) ...... £6,500") is running text, not a row."""
    pieces = chunks(line)
    if len(pieces) < 2 or _LEADER.search(line):
        return False
    label_only = split_marker(pieces[0].text + " x")[1] == "x"
    return not (label_only and len(pieces) == 2)


def table_end(lines: list[str], start: int) -> int:
    """End index of a space-aligned table starting at ``start``, or ``start`` if none does."""
    end = start
    i = start
    while i < len(lines):
        line = lines[i]
        if is_columnar(line) or (is_rule(line) and i > start):
            end = i = i + 1
        elif line.strip() and i > start and not _LEADER.search(line) and _wraps_cell(lines, i):
            end = i = i + 1
        elif i == start and _opens_wrapped_row(lines, i):
            end = i = i + 1
        elif not line.strip() and i + 1 < len(lines) and is_columnar(lines[i + 1]) and i > start:
            i += 1  # a blank line between rows
        else:
            break
    return end if _is_table(lines[start:end]) else start


def _opens_wrapped_row(lines: list[str], i: int) -> bool:
    """"A1  Warm Homes - loft insulation for" over its overflow and figure: the row's start."""
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    return (split_marker(lines[i].strip())[0] is not None and not _LEADER.search(lines[i])
            and is_columnar(nxt) and len(nxt) - len(nxt.lstrip()) > len(lines[i]) - len(lines[i].lstrip()))


def _wraps_cell(lines: list[str], i: int) -> bool:
    """A one-piece line between rows (or just after them) that is a cell's overflow."""
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    return len(chunks(lines[i])) == 1 and (is_columnar(lines[i - 1]) or is_columnar(nxt))


def _is_table(lines: list[str]) -> bool:
    rows = [ln for ln in lines if is_columnar(ln)]
    if len(rows) < 2:
        return False
    grid = _grid(rows)
    if len(grid) >= 3:
        return True
    # two columns: label and figure, not "Contact officer:  Jane Smith" fields
    figures = sum(1 for ln in rows if is_figure(chunks(ln)[-1].text))
    return len(grid) == 2 and figures * 2 >= len(rows)


def _grid(rows: list[str]) -> list[tuple[int, int]]:
    """Column spans: the runs of positions some row's piece covers. Figure rows decide
    when there are enough of them, since a wide header may bridge two columns."""
    data = [ln for ln in rows if any(is_figure(c.text) for c in chunks(ln))]
    covered: set[int] = set()
    for line in data if len(data) >= 2 else rows:
        for piece in chunks(line):
            covered.update(range(piece.start, piece.end))
    spans: list[tuple[int, int]] = []
    for pos in sorted(covered):
        if spans and pos == spans[-1][1]:
            spans[-1] = (spans[-1][0], pos + 1)
        else:
            spans.append((pos, pos + 1))
    return spans


def _column(piece: Chunk, grid: list[tuple[int, int]]) -> int:
    """The column a piece overlaps most, or the nearest one."""
    def fit(span: tuple[int, int]) -> tuple[int, int]:
        overlap = min(piece.end, span[1]) - max(piece.start, span[0])
        return overlap, -min(abs(piece.start - span[1]), abs(span[0] - piece.end))
    return max(range(len(grid)), key=lambda n: fit(grid[n]))


def _cells(line: str, grid: list[tuple[int, int]]) -> list[str]:
    cells = [""] * len(grid)
    for piece in chunks(line):
        n = _column(piece, grid)
        cells[n] = f"{cells[n]} {piece.text}".strip()
    return cells


def _has_figure(cells: list[str]) -> bool:
    return any(is_figure(c) for c in cells[1:])


def _continues(above: list[str], cells: list[str]) -> bool:
    """Does a line finish the row above: words only, under cells the row above filled,
    running on in lowercase or after a row of figures (unless they lead into the next
    line, "Healthy Weight - children and"); or the figures of a name cut mid-phrase."""
    filled = [c for c in cells if c]
    if not _has_figure(cells):
        under = all(a for a, c in zip(above, cells) if c)
        after_figures = _has_figure(above) and not stops_mid_sentence(filled[-1])
        return under and (filled[0][:1].islower() or after_figures)
    if not _has_figure(above) and above[0] and not any(above[1:]):
        return stops_mid_sentence(above[0]) or cells[0][:1].islower()
    # "A1 | Warm Homes - insulation for |" then " | households ... | £48,500": a labelled row's figure
    return bool(split_marker(above[0])[0] or REF_LABEL_RE.match(above[0])) \
        and not _has_figure(above) and not cells[0]


def _header_size(rows: list[list[str]], rule_after: int | None) -> int:
    """Leading rows that name the columns: up to a dashed rule under them, else up to the
    first row of figures (a label alone in the first column starts the body)."""
    if rule_after is not None and not any(_has_figure(r) for r in rows[:rule_after]):
        return rule_after
    if not any(_has_figure(r) for r in rows):
        return 1  # a table of words: its first row names the columns
    size = 0
    for row in rows:
        if _has_figure(row) or (size and not any(row[1:])):
            break
        size += 1
    return size


def read_table(lines: list[str], page: int) -> Block | None:
    """A table block; a header over several lines is stacked into one row per column."""
    body = [ln for ln in lines if ln.strip()]
    grid = _grid([ln for ln in body if is_columnar(ln)])
    rows: list[list[str]] = []
    rule_after = None
    for line in body:
        if is_rule(line):
            rule_after = len(rows) if rule_after is None else rule_after
            continue
        cells = _cells(line, grid)
        if rows and _continues(rows[-1], cells):
            rows[-1] = [join_lines([a, b]) for a, b in zip(rows[-1], cells)]
        else:
            rows.append(cells)
    size = _header_size(rows, rule_after)
    if size > 1:
        header = [" ".join(c for c in column if c) for column in zip(*rows[:size])]
        rows = [header] + rows[size:]
    block = table_block([Row(cells=r, page=page) for r in rows])
    return block if block.rows else None
