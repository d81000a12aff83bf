"""Budgets stated in running text: each £ figure of a paragraph or list item, with the kind
its words, its heading or its list's lead-in give ("Progress against the savings programme
is:" makes each item's figure a saving). A numbered title line ending in its cost is a
project (``projects.items``), not a budget."""
from __future__ import annotations

import re

from paper_miner.extract.common.parse import find_money
from paper_miner.extract.common.vocabulary import YEAR
from paper_miner.extract.money.periods import first_years_named, section_period, the_one
from paper_miner.extract.money.projects.grant_items import grant_item_projects
from paper_miner.extract.money.projects.items import item_projects
from paper_miner.extract.money.sources import Located, Paper
from paper_miner.extract.money.text import kind_of, text_budgets
from paper_miner.models import Block, Budget

_FIGURE_LINE_WORDS = 6
_YEAR_RE = re.compile(rf"\b{YEAR}\b")


def located(paper: Paper) -> list[Located[tuple[Budget, bool]]]:
    found = []
    for index, block in enumerate(paper.blocks):
        owner = paper.owner(index)
        if (block.kind in ("paragraph", "list_item") and not item_projects(block, owner)
                and not grant_item_projects(paper.blocks, index, owner)):
            budgets = block_budgets(paper.blocks, index, owner, paper.document.title)
            found += [Located(index, (budget, False)) for budget in budgets]
    return found


def block_budgets(blocks: list[Block], index: int, owner: str | None, title: str | None) -> list[Budget]:
    block = blocks[index]
    heading = block.section[-1] if block.section else ""
    context = kind_of(f"{heading} {_list_lead_in(blocks, index)}")
    period = _lead_in_period(blocks, index) or section_period(block.section, title)
    return text_budgets(block.text, block.page, owner, fallback_label=heading, context_kind=context,
                        context_period=period)


def _lead_in_period(blocks: list[Block], index: int) -> str | None:
    """For a paragraph naming no year or date of its own, the one financial year a money-free
    paragraph just before it, under the same heading, names: minutes often break one item into
    paragraphs ("Council discussed the precept requirement for 2025/26." then "The precept
    requested this year will be £14,500."). "From May 2023 until September 2024, loans of
    £3m were made" keeps its own dates."""
    previous = blocks[index - 1] if index else None
    if (previous is None or previous.kind != "paragraph" or previous.section != blocks[index].section
            or find_money(previous.text) or _YEAR_RE.search(blocks[index].text)):
        return None
    return the_one(first_years_named([previous.text]))


def _list_lead_in(blocks: list[Block], index: int) -> str:
    """The words introducing a list item's list ("Progress against the savings programme is:"),
    or a run of one-line figures ("Payments for approval" over "Clerk £ 355.14", "Grass
    cutting £ 120.00"): the block before the run of items like it."""
    block = blocks[index]
    if not _alike(block, block):
        return ""
    while index and _alike(block, blocks[index - 1]):
        index -= 1
    previous = blocks[index - 1] if index else None
    return previous.text if previous and previous.kind != "table" else ""


def _alike(block: Block, other: Block) -> bool:
    """Two items of one list: list items with one marker, or two one-line figures."""
    if block.kind == "list_item":
        return other.kind == "list_item" and other.marker == block.marker
    return _is_figure_line(block) and _is_figure_line(other)


def _is_figure_line(block: Block) -> bool:
    """A paragraph that is only a short name and its figure: "Hall hire £ 45.00"."""
    if block.kind != "paragraph" or len(block.text.split()) > _FIGURE_LINE_WORDS + 2:
        return False  # (find_money is for sentences: never run it over a page of prose)
    figures = find_money(block.text)
    return len(figures) == 1 and not block.text[figures[0].end:].strip()
