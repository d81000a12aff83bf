"""Projects from a money table that lists them: `1 | Joint ICT Service | 20,000`, a
work-stream table with per-year columns, a capital monitoring table whose approved-budget
column states each scheme's cost."""
from __future__ import annotations

import re

from paper_miner.models import Block, Project
from paper_miner.extract.money.sources import Located, Paper
from paper_miner.extract.money.tables import MoneyTable, TableLine, read_money_table
from paper_miner.extract.money.text import kind_of

_PROJECT_WORDS_RE = re.compile(r"\b(?:projects?|schemes?|initiatives?|bids?|work\s?streams?)\b", re.I)
_RESERVE_RE = re.compile(
    r"\b(?:contingenc\w*|reserves?|unallocated|balance|funding|grant|income|savings?)\b", re.I
)
_LINE_NUMBERS_RE = re.compile(r"\s*(?:line|row)(?:\s+no\.?)?\b", re.I)
_NOT_PROJECTS = ("saving", "pressure", "income")
# In a monitoring table, the column that states a scheme's cost, not its spend or forecast.
_AMOUNT_COLUMN_RE = re.compile(r"\b(?:cost|budget|approved|amount|grant|award|value|allocation)", re.I)
_NOT_AMOUNT_RE = re.compile(r"\b(?:forecast|outturn|variance|spen[dt]|actual|to date|remaining)", re.I)

def located(paper: Paper) -> list[Located[Project]]:
    return [Located(index, project) for index, block in enumerate(paper.blocks) if block.kind == "table"
            for project in table_projects(block, paper.lead_in(index), paper.owner(index))]


def is_project_table(table: MoneyTable, introduction: str) -> bool:
    """A table lists projects when its headers or lead-in say so, or its rows are numbered
    (unless the lead-in calls them savings, pressures or income)."""
    items = [line for line in table.lines if line.kind == "item"]
    numbered = sum(line.ref is not None for line in items)
    if not items:
        return False
    if _PROJECT_WORDS_RE.search(table.headers) or _PROJECT_WORDS_RE.search(introduction):
        return True
    if _LINE_NUMBERS_RE.match(table.headers):  # "Line | HRA item | Budget": a statement's lines
        return False
    return numbered * 2 > len(items) and kind_of(f"{table.headers} {introduction}") not in _NOT_PROJECTS


def is_project_line(line: TableLine) -> bool:
    """An item row names a project unless it is a reserve or funding line with no ref."""
    return line.kind == "item" and bool(line.name) and not (line.ref is None and _RESERVE_RE.search(line.name))


def table_projects(block: Block, introduction: str, owner: str | None) -> list[Project]:
    table = read_money_table(block)
    if table is None or not is_project_table(table, introduction):
        return []
    return [_from_line(line, table, owner) for line in table.lines if is_project_line(line)]


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


def _from_line(line: TableLine, table: MoneyTable, owner: str | None) -> Project:
    index = amount_index(line, table)
    amount = line.values[index].amount if index is not None else None
    funding = "self_funding" if line.self_funding else ("amount" if line.values else "unstated")
    return Project(name=line.name, ref=line.ref, owner=owner, theme=line.theme, amount_gbp=amount,
                   funding=funding, page=line.page, quote=line.quote)
