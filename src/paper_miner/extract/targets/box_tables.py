"""KPI boxes drawn as small tables: one indicator per table, its name over its figures.

Performance reports made in a word processor often give each indicator a boxed table of its
own instead of a row of a scorecard. The name fills the first row (or is the heading just
above the table), and the figures follow either as labelled rows::

    | Net additional homes delivered        |
    | Annual target 2025/26  | 450          |
    | Q2 actual              | 198          |
    | Status                 | Amber        |

or as a header over one row of values::

    | Net additional homes delivered                 |
    | Target 2025/26 | Q2 2025/26       | RAG        |
    | 450            | 198              | Amber      |

Either is the one scorecard row ``Measure | Annual target 2025/26 | Q2 actual | Status`` over
``Net additional homes delivered | 450 | 198 | Amber``, read by its columns (``columns``).
"""
from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from paper_miner.extract.targets.columns import NAME_HEADER_RE, is_figure, target_columns
from paper_miner.models import Block, Row

# A box's name: words, not a figure or a bare label ending in a colon.
_NAME_RE = re.compile(r"^(?=.*[A-Za-z]{3}).{6,200}$", re.DOTALL)
# The heading above a box that names it is a line, not a paragraph of commentary.
_MAX_NAME_WORDS = 25


class BoxTable(BaseModel):
    """A box's figures as one scorecard row under its own header, and the box as printed
    (its name, then each row's cells in reading order) to quote."""

    model_config = ConfigDict(frozen=True)
    header: Row
    row: Row
    quote: str


def box_table(block: Block, before: Block | None = None) -> BoxTable | None:
    """The scorecard row a boxed table states, or None when the table is not one box. The
    name is the table's own first row when that row has one filled cell, else the heading or
    short line ``before`` it."""
    if block.kind != "table" or len(block.rows) < 2:
        return None
    first = _filled(block.rows[0])
    if len(first) == 1 and _NAME_RE.match(first[0]) and not is_figure(first[0]):
        name, body = first[0], block.rows[1:]
    elif before is not None and _names_box(before):
        name, body = before.text.strip(), block.rows
    else:
        return None
    scorecard = _labelled_rows(body) or _header_over_values(body)
    if scorecard is None:
        return None
    labels, values = scorecard
    page = block.rows[0].page
    header, row = Row(cells=["Measure", *labels], page=page), Row(cells=[name, *values], page=page)
    # a box sets a level: its target is a figure ("Target | Complete by March" is a plan's row)
    figured = any(is_figure(row.cells[i]) for i in target_columns(header))
    quote = " | ".join([name, *(cell for body_row in body for cell in _filled(body_row))])
    return BoxTable(header=header, row=row, quote=quote) if figured else None


def _filled(row: Row) -> list[str]:
    return [cell.strip() for cell in row.cells if cell.strip()]


def _names_box(block: Block) -> bool:
    """A heading or a one-line paragraph just above the table names its box."""
    text = block.text.strip()
    return (block.kind in ("heading", "paragraph") and "\n" not in text and len(text.split()) <= _MAX_NAME_WORDS
            and bool(_NAME_RE.match(text)) and not text.endswith((".", ":")))


def _labelled_rows(body: list[Row]) -> tuple[list[str], list[str]] | None:
    """"Annual target 2025/26 | 450": every row a label and its value."""
    pairs = [_filled(row) for row in body]
    if len(pairs) < 2 or any(len(pair) != 2 or is_figure(pair[0]) for pair in pairs):
        return None
    return [label for label, _ in pairs], [value for _, value in pairs]


def _header_over_values(body: list[Row]) -> tuple[list[str], list[str]] | None:
    """"Target 2025/26 | Q2 2025/26 | RAG" over "450 | 198 | Amber": one header without a
    name column over one row of figures and short words."""
    if len(body) != 2 or len(body[0].cells) != len(body[1].cells):
        return None
    kept = [(label.strip(), value.strip()) for label, value in zip(body[0].cells, body[1].cells) if label.strip()]
    if len(kept) < 2 or any(is_figure(label) or NAME_HEADER_RE.search(label) for label, _ in kept):
        return None  # a header naming a column of indicators is a scorecard's, with its own names
    if not any(is_figure(value) for _, value in kept) or any(len(value.split()) > 3 for _, value in kept):
        return None
    return [label for label, _ in kept], [value for _, value in kept]
