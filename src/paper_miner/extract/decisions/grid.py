"""Decisions in minutes laid out as a ruled grid: one row per agenda item.

::

    Item        | Minute                                        | Action by
    4.          | Library Opening Hours                         |
                | The Board agreed the revised hours.           | GM
    BM 05/2022  | Premises | The quote for the roof was approved. | Clerk
    3. The group reviewed the draft survey.     | JN / Nov
       • It was agreed that the survey go out in May.

Each row is read as its item title (a heading) and the paragraphs of its minute cell, so the
decisions inside are found as in running text (:mod:`.prose`) with the item as their heading.
The title is the cell after the item's number when the row has a separate minute cell, else
the minute cell's first line when that line is short; a point numbered inside its own cell
("3. The group reviewed ...") has no title. A row without a
number continues the item above it over a page break.
"""
from __future__ import annotations

import re

from paper_miner.extract.common.vocabulary import MINUTE_ITEM_REF
from paper_miner.extract.decisions import prose
from paper_miner.layout.blocks import ends_sentence, is_bullet, split_marker
from paper_miner.models import Block, Decision, Document, Layout, Row

ITEM_REF_RE = re.compile(rf"^{MINUTE_ITEM_REF}$")
# "1. KK presented a proposal ...", "12) The group agreed ...": a point's number leading its minute
# in the first column ("Points discussed/agreed | Action Who/When").
NUMBERED_POINT_RE = re.compile(r"^(\d{1,3}[a-z]?)[.)]\s+(?=[A-Z])")
MAX_TITLE_WORDS = 14
MIN_ITEM_ROWS = 2


def find(layout: Layout, document: Document) -> list[tuple[Decision, list[str]]]:
    """The decisions of every minutes grid, read as headings and paragraphs."""
    blocks = [part for block in layout.blocks if is_grid(block) for part in unroll(block)]
    return prose.read(blocks, document, cover=set()) if blocks else []


def is_grid(block: Block) -> bool:
    """A table whose rows are numbered agenda items, one with a minute of several sentences."""
    if block.kind != "table":
        return False
    numbered = [row for row in block.rows if _ref(row) is not None]
    return len(numbered) >= MIN_ITEM_ROWS or bool(numbered) and _continues(block)


def _continues(block: Block) -> bool:
    """A page of a grid that opens with the tail of the item above it."""
    first = block.rows[0].cells if block.rows else []
    return bool(first) and not first[0].strip() and any(len(c.split()) > MAX_TITLE_WORDS for c in first)


def _ref(row: Row) -> str | None:
    first = row.cells[0].strip() if row.cells else ""
    if len(row.cells) < 2:
        return None
    point = _numbered_point(row)
    return first if ITEM_REF_RE.match(first) else (point.group(1) if point else None)


def _numbered_point(row: Row) -> re.Match[str] | None:
    """"1. KK presented the schedule ...": a point whose number leads its own minute cell (not
    a cell holding the number alone)."""
    first = row.cells[0].strip() if row.cells else ""
    return None if ITEM_REF_RE.match(first) else NUMBERED_POINT_RE.match(first)


def unroll(table: Block) -> list[Block]:
    """A grid as blocks: per row a heading (the item title) and a paragraph per line of the
    minute."""
    blocks: list[Block] = []
    section = list(table.section)
    for row in table.rows:
        title, minute = _title_and_minute(row)
        if title:
            section = [*table.section, title]
            blocks.append(Block(kind="heading", page=row.page, text=title, level=table.level + 1,
                                section=list(table.section)))
        blocks += [Block(kind="paragraph", page=row.page, text=line, section=section)
                   for line in _lines(minute)]
    return blocks


def _title_and_minute(row: Row) -> tuple[str | None, str]:
    """``[ref, title, minute, action]`` or ``[ref, "title\\nminute...", action]``."""
    point = _numbered_point(row)
    if point:
        return _point_title_and_minute(row, row.cells[0].strip()[point.end():])
    ref = _ref(row)
    cells = [c.strip() for c in (row.cells[1:] if ref is not None else row.cells)]
    if ref is None:
        return None, max(cells, key=len, default="")
    if len(cells) >= 2 and cells[1] and len(cells[1]) > len(cells[0]) / 2:
        return _heading_like(cells[0]) or None, cells[1]
    first, _, minute = cells[0].partition("\n")
    if _heading_like(first):
        return first, minute
    return None, cells[0]


def _point_title_and_minute(row: Row, rest: str) -> tuple[str | None, str]:
    """A numbered first cell is a point's minute ("1. KK presented the schedule ..."), unless a
    longer cell beside it holds the minute and it is only the item's title ("2. Joint Needs
    Assessment | The consultant presented ...")."""
    longer = [c.strip() for c in row.cells[1:] if len(c.strip()) > len(rest)]
    if longer and _heading_like(rest) and not ends_sentence(rest):
        return rest.strip(), longer[0]
    return None, rest


def _heading_like(text: str) -> str | None:
    text = text.strip(" :")
    return text if text and len(text.split()) <= MAX_TITLE_WORDS else None


def _lines(minute: str) -> list[str]:
    """The minute's lines, each without its bullet ("• It was agreed that ...")."""
    lines = (line.strip() for line in minute.split("\n"))
    return [_unbulleted(line) for line in lines if _unbulleted(line)]


def _unbulleted(line: str) -> str:
    marker, rest = split_marker(line)
    return rest.strip() if is_bullet(marker) else line
