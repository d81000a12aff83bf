"""Extract budgets: every money figure in a financial statement that is not a project's total.

From money tables: per-year columns of a project table (kind cost), reserve and funding lines,
continuation rows ("<project>: <description>", kind cost), total rows (kind total) and the rows
of a plain budget table. From running text: each £ figure with the kind and period its words
give (see ``money_text``). A figure stated twice (a table total and the sentence recommending
it, a summary repeated later) is one budget.
"""
from __future__ import annotations

from ..models import Budget, BudgetKind, Document, Layout, Record
from .money_tables import table_budgets
from .money_text import text_budgets
from .owners import Owners
from .projects import item_projects, lead_in, name_words


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
    owners = Owners(blocks, document)
    for index, block in enumerate(blocks):
        owner = owners.of(index)
        if block.kind == "table":
            for budget, from_table in table_budgets(block, lead_in(blocks, index), owner):
                result.add(budget, from_table)
        elif block.kind in ("paragraph", "list_item") and not item_projects(block, owner):
            # A project's title line states its total (a project record), not a budget.
            for budget in text_budgets(block.text, block.page, owner):
                if not restates_project(budget, found.get("projects", [])):
                    result.add(budget, False)
    return result.budgets


def restates_project(budget: Budget, projects: list[Record]) -> bool:
    """A figure whose label names a project with its total ("approves the addition of the X to the
    capital programme at a cost of £640,000") repeats the project record."""
    words = name_words(budget.label)
    for project in projects:
        amounts = {project.amount_gbp, *project.alt_amounts_gbp}
        named = name_words(project.name)
        if budget.amount_gbp in amounts and named and len(named & words) * 5 >= len(named) * 4:
            return True
    return False
