"""Performance tables printed without a header, whose target column says what it is by its bounds.

A web page often prints its headline results as a table with no header row, flattened to one
line a row: the measure, then two figures::

    Calls answered in person 85% 88%
    Share of bins missed Under 0.4% 0.25%
    Working days to pay an invoice 12 days or less 8 days

Which figure is the target shows in the rows that print their bounds ("Under 0.4%", "12 days or
less") in one column and plain figures in the other: that column is the target column, the other
the result. Three such rows in a run, two of them bounded in the same column and none in the
other, are read as a table headed "Measure | Target | Actual" (``column_targets``). Rows of two
plain figures alone say nothing about which is the target, and are not read.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from paper_miner.extract.targets.columns import BOUND, BOUND_AFTER, is_bounded
from paper_miner.extract.targets.target_tables import column_targets
from paper_miner.models import Block, Document, Layout, Row, Target

# A figure cell, its bound printed before it ("Under 0.4%", "Lower than 3%") or after it ("12 days
# or less"); a row ends in two, after its measure (it holds a word and ends on one, or on a bracket).
_CELL = (rf"(?:(?:{BOUND})\s*)?£?\d[\d,]*(?:\.\d+)?(?:\s?%|\s(?:working\s+)?(?:days?|weeks?|hours?|minutes?))?"
         rf"(?:\s+or\s+(?:{BOUND_AFTER}))?")
_CELLS_RE = re.compile(rf"(?<=\s)(?P<first>{_CELL})\s+(?P<second>{_CELL})$", re.IGNORECASE)
_MEASURE_RE = re.compile(r"[A-Za-z].*[A-Za-z)]$")
MAX_ROW_CHARS = 200  # a row is a line of a table, not a paragraph
MIN_ROWS = 3  # a run this long is a table, not two sentences that happen to end in figures
MIN_BOUNDED = 2  # ... and this many rows bounded in one column name it the target column


def row_cells(block: Block) -> list[str] | None:
    """A paragraph's measure and two cells ("Calls answered in person 85% 88%" -> ["Calls
    answered in person", "85%", "88%"]), or None when it is no such row."""
    text = block.text.strip()
    cells = _CELLS_RE.search(text) if block.kind == "paragraph" and len(text) <= MAX_ROW_CHARS else None
    measure = text[:cells.start()].strip() if cells else ""
    return [measure, cells.group("first"), cells.group("second")] if cells and _MEASURE_RE.search(measure) else None


def target_column(rows: list[list[str]]) -> int | None:
    """The cell (1 or 2) the rows print their bounds in, never in the other; None if unclear."""
    bounded = [[is_bounded(row[i]) for row in rows] for i in (1, 2)]
    for column, other in ((1, 2), (2, 1)):
        if sum(bounded[column - 1]) >= MIN_BOUNDED and not any(bounded[other - 1]):
            return column
    return None


def _runs(blocks: list[Block]) -> Iterator[tuple[list[Block], list[list[str]]]]:
    """The runs of consecutive rows, each with its cells."""
    run: list[Block] = []
    cells: list[list[str]] = []
    for block in [*blocks, None]:
        found = row_cells(block) if block is not None else None
        if found is not None and block is not None:
            run.append(block)
            cells.append(found)
            continue
        if len(run) >= MIN_ROWS:
            yield run, cells
        run, cells = [], []


def find(layout: Layout, document: Document) -> Iterator[Target]:
    for run, cells in _runs(layout.blocks):
        column = target_column(cells)
        if column is None:
            continue
        page = run[0].page
        header = Row(cells=["Measure", "Target", "Actual"] if column == 1 else ["Measure", "Actual", "Target"], page=page)
        rows = [Row(cells=row, page=block.page) for block, row in zip(run, cells)]
        yield from (target.model_copy(update={"quote": block.text})
                    for block, row in zip(run, rows) for target in column_targets([row], header))
