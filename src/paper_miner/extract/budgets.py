"""Extract budgets: every money figure in a financial statement that is not a project's total.

From money tables: per-year columns of a project table (kind cost), reserve and funding lines,
continuation rows ("<project>: <description>", kind cost), total rows (kind total) and the rows
of a plain budget table. From running text: each £ figure with the kind and period its words
give (see ``money_text``). A figure stated twice (a table total and the sentence recommending
it, a summary repeated later) is one budget.
"""
from __future__ import annotations

import re

from ..models import Block, Budget, BudgetKind, Document, Layout, Record
from .money_text import kind_of, read_money_text
from .owners import owner_of
from .projects import is_project_line, is_project_table, item_projects, lead_in, project_amount
from .tables import MoneyTable, TableLine, read_money_table

_TARGET_HEADER_RE = re.compile(r"\btargets?\b", re.I)


class _Found:
    """Budgets in paper order, remembering which came from table cells."""

    def __init__(self) -> None:
        self.budgets: list[Budget] = []
        self.from_table: list[bool] = []

    def add(self, budget: Budget, from_table: bool) -> None:
        index = self._same_figure(budget, from_table)
        if index is None:
            self.budgets.append(budget)
            self.from_table.append(from_table)
            return
        first = self.budgets[index]
        update = {"period": first.period or budget.period}
        if first.kind == "other" or (from_table and budget.kind == "total"):
            update["kind"] = budget.kind
        self.budgets[index] = first.model_copy(update=update)

    def _same_figure(self, budget: Budget, from_table: bool) -> int | None:
        """Two cells of a table are two figures; anything else stated twice is one."""
        for index, other in enumerate(self.budgets):
            if from_table and self.from_table[index]:
                continue
            if (other.amount_gbp == budget.amount_gbp and other.owner == budget.owner
                    and _compatible(other.period, budget.period) and _same_kind(other.kind, budget.kind)):
                return index
        return None


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _same_kind(a: BudgetKind, b: BudgetKind) -> bool:
    """Kinds one figure can be given in two places; a savings target is a saving."""
    return a == b or "other" in (a, b) or {a, b} == {"saving", "target"}


def extract(layout: Layout, document: Document, found: dict[str, list[Record]]) -> list[Record]:
    result = _Found()
    blocks = layout.blocks
    for index, block in enumerate(blocks):
        owner = owner_of(blocks, index, document)
        if block.kind == "table":
            for budget, from_table in table_budgets(block, lead_in(blocks, index), owner):
                result.add(budget, from_table)
        elif block.kind in ("paragraph", "list_item") and not item_projects(block, owner):
            # A project's title line states its total (a project record), not a budget.
            for budget in text_budgets(block.text, block.page, owner):
                result.add(budget, False)
    return result.budgets


def text_budgets(text: str, page: int, owner: str | None,
                 default_kind: BudgetKind | None = None) -> list[Budget]:
    return [Budget(label=m.label, amount_gbp=m.amount, period=m.period, kind=m.kind, owner=owner,
                   page=page, quote=m.sentence)
            for m in read_money_text(text, default_kind)]


def table_budgets(block: Block, introduction: str, owner: str | None) -> list[tuple[Budget, bool]]:
    """Budgets of one table; a table without a money column is read cell by cell as text."""
    table = read_money_table(block)
    if table is None:
        return [(b, False) for b in _cell_budgets(block, owner)]
    projects = is_project_table(table, introduction)
    default: BudgetKind = kind_of(introduction) or "allocation"
    out: list[tuple[Budget, bool]] = []
    current: TableLine | None = None
    for line in table.lines:
        if line.kind == "item":
            current = line
        if projects and is_project_line(line):
            budgets = _project_split(line, table, owner)
        else:
            budgets = _line_budgets(line, current, owner, default)
        out += [(b, True) for b in budgets]
    return out


def _project_split(line: TableLine, table: MoneyTable, owner: str | None) -> list[Budget]:
    """A project's per-year figures; its single total is the project's own amount."""
    if project_amount(line, table) is not None and len(line.values) == 1:
        return []
    label = f"{line.ref} {line.name}" if line.ref else line.name
    return [Budget(label=label, amount_gbp=v.amount, period=v.period, kind="cost", owner=owner,
                   page=line.page, quote=line.quote)
            for v in line.values if not v.total_column and v.amount]


def _line_budgets(line: TableLine, item: TableLine | None, owner: str | None,
                  default: BudgetKind) -> list[Budget]:
    if line.kind == "total":
        label, kind = line.name or "Total", "total"
    elif line.kind == "continuation":
        label = f"{item.name}: {line.description}" if item else line.description
        kind = "cost"
    else:
        label, kind = line.name, kind_of(line.name) or default
    return [Budget(label=label, amount_gbp=v.amount, period=v.period, kind=kind, owner=owner,
                   page=line.page, quote=line.quote)
            for v in line.values if v.amount]


def _cell_budgets(block: Block, owner: str | None) -> list[Budget]:
    """Figures written inside the cells of a text table (a plan's targets and actions)."""
    if not block.rows:
        return []
    headers = block.rows[0].cells
    out = []
    for row in block.rows[1:]:
        for index, cell in enumerate(row.cells):
            header = headers[index] if index < len(headers) else ""
            kind: BudgetKind | None = "target" if _TARGET_HEADER_RE.search(header) else None
            out += text_budgets(cell, row.page, owner, kind)
    return out
