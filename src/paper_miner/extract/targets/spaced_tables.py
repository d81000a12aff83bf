"""Tables a plain-text export prints as lines, its columns parted by runs of spaces.

A web page or a copied table often reaches us as one line per row::

    Performance indicator  2019/20 value  2020/21 target
    % of missed bin collections put right the next day  91.4%  95.0%

A line whose cells (parted by two or more spaces) name a target column is a header; the lines
after it with as many cells are its rows, read as any table with a target column.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from paper_miner.extract.common.vocabulary import CELL_GAP
from paper_miner.extract.targets.columns import is_figure, target_columns
from paper_miner.extract.targets.target_tables import column_targets
from paper_miner.models import Block, Document, Layout, Row, Target

_GAP_RE = re.compile(CELL_GAP)
_SPACED_RE = re.compile(rf"\S(?:{CELL_GAP})\S")


def _cells(block: Block) -> list[str]:
    if block.kind not in ("paragraph", "list_item"):
        return []
    return [c for c in _GAP_RE.split(block.text.strip()) if c]


def is_spaced_into_cells(text: str) -> bool:
    """Whether a line is parted into cells by runs of spaces or tabs ("Measure  Target  Actual")."""
    return bool(_SPACED_RE.search(text.strip()))


def is_spaced_row(text: str) -> bool:
    """A table row, no sentence: three or more cells parted by runs of spaces, two of them
    figures ("LPI 14   Rates collected   98.1%   98.5%   Green")."""
    cells = [c for c in _GAP_RE.split(text.strip()) if c]
    return len(cells) >= 3 and sum(is_figure(c) for c in cells) >= 2


def find(layout: Layout, document: Document) -> Iterator[Target]:
    blocks = layout.blocks
    for index, block in enumerate(blocks):
        cells = _cells(block)
        if len(cells) < 2 or not target_columns(Row(cells=cells, page=block.page)):
            continue
        header = Row(cells=cells, page=block.page)
        rows = []
        for following in blocks[index + 1:]:
            row = _cells(following)
            if len(row) != len(cells):
                break
            rows.append(Row(cells=row, page=following.page))
        yield from column_targets(rows, header)
