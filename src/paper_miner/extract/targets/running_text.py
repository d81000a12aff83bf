"""Running text: sentences of paragraphs, list items and cells of tables without a target column.

A sentence carries the heading it sits under and the sentence before it, which may name what
a bare "The target is 85%" measures or report its baseline; a starred statement takes its
deadline from the footnote below ("* these are usually targets to 2015").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from paper_miner.extract.common.sentences import sentences_keeping_labels as sentences
from paper_miner.extract.targets.kpi_boxes import is_box
from paper_miner.extract.targets.period_tables import is_period_table
from paper_miner.extract.targets.statements import Statement, targets_of
from paper_miner.extract.targets.target_tables import header_of
from paper_miner.extract.targets.text import cell_items
from paper_miner.models import Block, Document, Layout, Target

_FOOTNOTE_YEAR_RE = re.compile(r"\btargets?\b.*\b(?:to|by|until)\s+((?:19|20)\d\d)\b",
                               re.IGNORECASE)


def find(layout: Layout, document: Document) -> Iterator[Target]:
    for statement in _text_statements(layout.blocks):
        yield from targets_of(statement)


def _text_statements(blocks: list[Block]) -> Iterator[Statement]:
    """Sentences of paragraphs, list items and cells of tables without a target column."""
    for index, block in enumerate(blocks):
        for text in _block_texts(block):
            if not re.search(r"\d", text):
                continue  # spaCy only sees text that could state a figure or an indicator
            context = block.section[-1] if block.section else ""
            previous = ""
            for sentence in sentences(text):
                hint = _footnote_deadline(blocks, index) if sentence.rstrip().endswith("*") else None
                yield Statement(text=sentence, page=block.page, committed=False, deadline_hint=hint,
                                context=context, previous=previous)
                context = previous = sentence


def _block_texts(block: Block) -> list[str]:
    if is_box(block) or is_period_table(block):
        return []  # read by ``kpi_boxes`` or ``period_tables``
    if block.kind in ("paragraph", "list_item"):
        return [block.text]
    if block.kind == "table" and header_of(block) is None:
        return [item for row in block.rows for cell in row.cells for item in cell_items(cell)]
    return []


def _footnote_deadline(blocks: list[Block], index: int) -> str | None:
    """"* ... these are usually targets to 2015": the year a starred statement is due."""
    for block in blocks[index + 1:index + 15]:
        if block.marker == "*" or block.text.startswith("*"):
            year = _FOOTNOTE_YEAR_RE.search(block.text)
            return year.group(1) if year else None
    return None
