"""Projects from a money table that lists them: `1 | Joint ICT Service | 20,000`, a
work-stream table with per-year columns, a capital monitoring table whose approved-budget
column states each scheme's cost."""
from __future__ import annotations

import re

from paper_miner.extract.common.vocabulary import DECIDING_BODY_NOUNS
from paper_miner.extract.money.sources import Located, Paper
from paper_miner.extract.money.tables import (
    MoneyTable,
    TableLine,
    caption_scale,
    is_funding_heading,
    read_money_table,
    with_printed_headers,
)
from paper_miner.extract.money.text import kind_of
from paper_miner.models import Block, Project

_PROJECT_WORDS_RE = re.compile(r"\b(?:projects?|schemes?|initiatives?|bids?|work\s?streams?)\b", re.I)
_RESERVE_RE = re.compile(
    r"\b(?:contingenc\w*|reserves?|unallocated|balance|funding|grant|income|savings?)\b", re.I
)
_LINE_NUMBERS_RE = re.compile(r"\s*(?:line|row)(?:\s+no\.?)?\b", re.I)
_NOT_PROJECTS = ("saving", "pressure", "income")
# In a monitoring table, the column that states a scheme's cost, not its spend or forecast.
_AMOUNT_COLUMN_RE = re.compile(r"\b(?:cost|budget|approved|amount|grant|award|value|allocation)", re.I)
_NOT_AMOUNT_RE = re.compile(r"\b(?:forecast|outturn|variance|spen[dt]|actual|to date|remaining)", re.I)

# The noun that ends a grant programme's name: "Community Grant", "Small Grants Fund".
_FUND_NOUN_RE = re.compile(r"\b(?:Grants?\s+(?:Fund|Programme)|Grants?|Fund|Programme)\b")
_MAX_FUND_WORDS = 4
# A grant approved, in a lead-in or a decision cell: "Approved.", "grants were awarded".
GRANTED_RE = re.compile(r"\b(?:approved|agreed|awarded|granted)\b", re.I)
# "funded from the Parks in Bloom budget", "funding from the street cleaning budget".
_FUNDED_FROM_RE = re.compile(
    r"\bfund(?:ed|ing)?\s+from\s+(?:the\s+|its\s+)?(?P<budget>(?:[\w&'’-]+\s+){1,5}?budget)\b", re.I)


def located(paper: Paper) -> list[Located[Project]]:
    return [Located(index, project) for index, block in enumerate(paper.blocks) if block.kind == "table"
            for project in table_projects(with_printed_headers(paper.blocks, index), paper.lead_in(index), _owner(paper, index),
                                          group_heading(paper.blocks, index), caption_scale(paper.blocks, index))]


def _owner(paper: Paper, index: int) -> str | None:
    """A grant list's owner is the programme its heading or the paper's title names, else the
    paper's owner; whichever committee receives the list does not own the grants."""
    table = read_money_table(paper.blocks[index])
    if table is None or not table.grant_list:
        return paper.owner(index)
    texts = [*reversed(paper.blocks[index].section), paper.document.title or ""]
    return next((fund for fund in map(fund_named, texts) if fund), None) or paper.owner(index)


def fund_named(text: str) -> str | None:
    """The grant programme a heading names: its capitalised words before "Grant", "Fund" or
    "Programme", after any body ("Leisure Committee Small Grant Applications" ->
    "Small Grant"; "The Small Grants Fund" -> "Small Grants Fund")."""
    for match in _FUND_NOUN_RE.finditer(text):
        words: list[str] = []
        for word in reversed(text[:match.start()].split()):
            if not word[:1].isupper() or word in (*DECIDING_BODY_NOUNS, "The", "A", "An", "Our") \
                    or len(words) == _MAX_FUND_WORDS:
                break
            words.insert(0, word)
        if words:
            return " ".join([*words, match.group()])
    return None


def group_heading(blocks: list[Block], index: int) -> str | None:
    """The heading printed straight above a table, grouping its rows ("NORTH WARD", "Theme 2:
    Safer Streets"), when the paper has headed more than one such table that way."""
    previous = blocks[index - 1] if index else None
    if previous is None or previous.kind != "heading" or len(previous.text.split()) > 8:
        return None
    headed = sum(1 for i, b in enumerate(blocks)
                 if b.kind == "table" and i and blocks[i - 1].kind == "heading")
    return _heading_case(previous.text) if headed > 1 else None


def _heading_case(text: str) -> str:
    """"FOUR OAKS WARD" -> "Four Oaks Ward"; other headings as printed."""
    return text.title() if text.isupper() else text


def is_project_table(table: MoneyTable, introduction: str) -> bool:
    """A table lists projects when its headers or lead-in say so, or its rows are numbered
    (unless the lead-in calls them savings, pressures or income)."""
    items = [line for line in table.lines if line.kind == "item"]
    numbered = sum(line.ref is not None for line in items)
    if not items:
        return False
    if table.grant_list:
        return True
    if _PROJECT_WORDS_RE.search(table.headers) or _PROJECT_WORDS_RE.search(introduction):
        return True
    if _LINE_NUMBERS_RE.match(table.headers):  # "Line | HRA item | Budget": a statement's lines
        return False
    return numbered * 2 > len(items) and kind_of(f"{table.headers} {introduction}") not in _NOT_PROJECTS


def is_project_line(line: TableLine, table: MoneyTable) -> bool:
    """An item row names a project unless it is a reserve or funding line with no ref; every
    application of a grant list is one (a "Nature Reserve" group applies for its reserve)."""
    reserve = line.ref is None and _RESERVE_RE.search(line.name) and not table.grant_list
    return line.kind == "item" and bool(line.name) and not reserve and not is_funding_heading(line.theme)


def table_projects(block: Block, introduction: str, owner: str | None,
                   group: str | None = None, scale: int | None = None) -> list[Project]:
    """The projects of a table; a grant list's rows take the group heading above it as theme;
    ``scale`` is the one its caption gives ("Capital Programme (£000)")."""
    table = read_money_table(block, scale)
    if table is None or not is_project_table(table, introduction):
        return []
    projects = [_from_line(line, table, owner) for line in table.lines if is_project_line(line, table)]
    if table.grant_list and group:
        projects = [p.model_copy(update={"theme": p.theme or group}) for p in projects]
    return projects


def amount_index(line: TableLine, table: MoneyTable) -> int | None:
    """Which of a row's figures is its total: its total column, its one figure, or (in a
    monitoring table) its approved budget; per-year figures are not summed."""
    for index, value in enumerate(line.values):
        if value.total_column:
            return index
    if table.period_columns > 1:
        return None
    if len(line.values) == 1:
        return 0
    return next((i for i, v in enumerate(line.values)
                 if _AMOUNT_COLUMN_RE.search(v.column) and not _NOT_AMOUNT_RE.search(v.column)), None)


def funding_budget(text: str) -> str | None:
    """The budget a grant row says pays for it, which owns that grant rather than the list's
    programme ("Approved. To be funded from the Parks in Bloom budget." -> "Parks in Bloom
    budget")."""
    match = _FUNDED_FROM_RE.search(text)
    return match["budget"] if match else None


def _from_line(line: TableLine, table: MoneyTable, owner: str | None) -> Project:
    if table.grant_list:
        owner = funding_budget(line.quote) or owner
    index = amount_index(line, table)
    amount = line.values[index].amount if index is not None else None
    funding = "self_funding" if line.self_funding else ("amount" if line.values else "unstated")
    return Project(name=line.name, ref=line.ref, owner=owner, theme=line.theme, amount_gbp=amount,
                   funding=funding, status=line.status, page=line.page, quote=line.quote)
