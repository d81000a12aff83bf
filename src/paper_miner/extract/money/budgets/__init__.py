"""Extract budgets: every money figure in a financial statement that is not a project's total.

One module per layout, listed in ``SOURCES``. From money tables (``tables``): per-year columns
of a project table (kind cost), reserve and funding lines, continuation rows ("<project>:
<description>", kind cost), total rows (kind total) and the rows of a plain budget table. From
running text (``text``): each £ figure with the kind and period its words give (see
``money.text``). A figure stated twice (a table total and the sentence recommending
it, a summary repeated later) is one budget.
"""
from __future__ import annotations

import re

from paper_miner.extract.money.budgets import tables, text
from paper_miner.extract.money.projects import name_words
from paper_miner.extract.money.sources import Paper, in_block_order
from paper_miner.extract.money.text import kind_of
from paper_miner.models import Budget, BudgetKind, Document, Layout, Record

# The layouts budgets are read from, one module each; each gives (budget, read from a table's
# money cell) pairs, taken in the order of the paper's blocks before restatements are folded.
SOURCES = (tables.located, text.located)


# "shown in Table 1", "set out above", "(see Appendix A)": the figure is stated elsewhere.
_BACK_REFERENCE_RE = re.compile(
    r"\b(?:shown|set\s+out|detailed|summari[sz]ed|listed|given|outlined|described|referred\s+to"
    r"|reported|included|contained|presented)\s+(?:in\s+(?:the\s+)?(?:tables?|appendi(?:x|ces)|annex"
    r"|paragraphs?|section|para)\b|above\b|below\b|earlier\b|previously\b)"
    r"|\b(?:see|per)\s+(?:tables?|appendix|annex|paragraph)\b|\(\s*(?:table|appendix|annex)\s+\w+\s*\)",
    re.I)
# Words that sum a table up: "a two-year capital programme of £13.45m", "the overall total".
_SUMMARY_RE = re.compile(r"\b(?:total\w*|programmes?|overall|package|altogether|in\s+all)\b", re.I)


class _Found:
    """Budgets in paper order, remembering which came from table cells."""

    def __init__(self) -> None:
        self.budgets: list[Budget] = []
        self.from_table: list[bool] = []
        self.restating: set[int] = set()  # text figures already found to restate a table cell

    def add(self, budget: Budget, from_table: bool) -> None:
        if from_table and budget.kind == "total" and self._total_restates(budget):
            return
        index = self._same_figure(budget, from_table)
        if index is None:
            self.budgets.append(budget)
            self.from_table.append(from_table)
            return
        if from_table:
            self.restating.add(index)
        first = self.budgets[index]
        update = {"period": first.period or budget.period}
        if (first.kind == "other" and not kind_of(first.label)) or (from_table and budget.kind == "total"):
            update["kind"] = budget.kind
        self.budgets[index] = first.model_copy(update=update)

    def _total_restates(self, total: Budget) -> bool:
        """A total row whose figure a table has already given: a breakdown's TOTAL repeating
        the summary's "Income 9,633.40", a subtotal under a group of one row."""
        return any(from_table and other.amount_gbp == total.amount_gbp and other.owner == total.owner
                   and _compatible(other.period, total.period)
                   for other, from_table in zip(self.budgets, self.from_table, strict=True))

    def _same_figure(self, budget: Budget, from_table: bool) -> int | None:
        """Two cells of a table are two figures; anything else stated twice is one. A sentence
        restates one cell at most: "£250 approved" is not every £250 cell of the table below."""
        for index, other in enumerate(self.budgets):
            if from_table and (self.from_table[index] or index in self.restating):
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
    stated = in_block_order(Paper(layout, document), SOURCES)
    projects = found.get("projects", [])
    kept: list[tuple[Budget, bool]] = []
    for budget, from_table in stated:
        if from_table or not restates_project(budget, projects):
            kept.append((budget, from_table))
    result = _Found()
    for budget, from_table in _fold_restatements(kept):
        result.add(budget, from_table)
    return result.budgets


def _fold_restatements(stated: list[tuple[Budget, bool]]) -> list[tuple[Budget, bool]]:
    """A sentence restating a table's figure ("the net overspend of £579,100 shown in Table 1",
    a purpose paragraph's "programme of £13.45m") is that table's record; it may tell its period."""
    out = list(stated)
    for index, (budget, from_table) in enumerate(stated):
        target = None if from_table else restated_figure(budget, out)
        if target is None:
            continue
        figure = out[target][0]
        out[target] = (figure.model_copy(update={"period": figure.period or budget.period}), True)
        out[index] = None
    return [item for item in out if item is not None]


def _sums_up(budget: Budget) -> bool:
    return bool(_SUMMARY_RE.search(budget.label))


def restated_figure(budget: Budget, stated: list[tuple[Budget, bool] | None]) -> int | None:
    """Index of the table figure a sentence points back at, or sums up as a total or
    programme, with the same amount for a period that can be the same."""
    points_back = bool(_BACK_REFERENCE_RE.search(budget.quote))
    if not (points_back or _sums_up(budget)):
        return None
    for index, item in enumerate(stated):
        if item is None or not item[1]:
            continue
        figure = item[0]
        if (figure.amount_gbp == budget.amount_gbp and _compatible(figure.period, budget.period)
                and (points_back or figure.kind == "total")):
            return index
    return None


def restates_project(budget: Budget, projects: list[Record]) -> bool:
    """A figure stating a project's total: its label names the project ("approves the addition
    of the X to the capital programme at a cost of £640,000"), it is the sentence the project
    was read from ("The X Scheme will cost £4.2m in total"), or it points back at or sums up
    a table that lists the project ("the programme of £13.45m set out above")."""
    words = name_words(budget.label)
    summary = _sums_up(budget) or bool(_BACK_REFERENCE_RE.search(budget.quote))
    for project in projects:
        if budget.amount_gbp not in {project.amount_gbp, *project.alt_amounts_gbp}:
            continue
        named = name_words(project.name)
        if (summary or project.name in budget.quote
                or (named and len(named & words) * 5 >= len(named) * 4)):
            return True
    return False
