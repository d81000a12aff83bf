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

from paper_miner.extract.common.parse import find_money, parse_period
from paper_miner.extract.common.vocabulary import PRINTED_SUM
from paper_miner.extract.money.budgets import tables, text
from paper_miner.extract.money.projects import name_words
from paper_miner.extract.money.sources import Paper, located_in_block_order
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


# A budget and the block index of the table it was read from (None: from running text).
Stated = tuple[Budget, int | None]


class _Found:
    """Budgets in paper order, remembering which came from table cells."""

    def __init__(self) -> None:
        self.budgets: list[Budget] = []
        self.tables: list[int | None] = []
        self.restating: set[int] = set()  # text figures already found to restate a table cell

    def add(self, budget: Budget, table: int | None) -> None:
        from_table = table is not None
        if from_table and budget.kind == "total" and self._total_restates(budget, table):
            return
        index = self._same_figure(budget, from_table)
        if index is None:
            self.budgets.append(budget)
            self.tables.append(table)
            return
        if from_table:
            self.restating.add(index)
        first = self.budgets[index]
        both_sentences = not (from_table or self.tables[index] is not None)
        update = {"period": _restated_period(first, budget) if both_sentences else first.period or budget.period,
                  "amount_gbp": max(first.amount_gbp, budget.amount_gbp, key=_stated_figures)}
        if (first.kind == "other" and not kind_of(first.label)) or (from_table and budget.kind == "total"):
            update["kind"] = budget.kind
        self.budgets[index] = first.model_copy(update=update)

    def _total_restates(self, total: Budget, table: int) -> bool:
        """A total row whose figure another table has already given: a breakdown's TOTAL
        repeating the summary's "Income 9,633.40" (in its own table, a column's total may
        equal its one figure and is still its total)."""
        return any(other_table not in (None, table) and other.amount_gbp == total.amount_gbp
                   and other.owner == total.owner and _compatible(other.period, total.period)
                   for other, other_table in zip(self.budgets, self.tables, strict=True))

    def _same_figure(self, budget: Budget, from_table: bool) -> int | None:
        """Two cells of a table are two figures; anything else stated twice is one. A sentence
        restates one cell at most: "£250 approved" is not every £250 cell of the table below."""
        refers_back = not from_table and _refers_back(budget)  # of the budget alone: read it once
        for index, other in enumerate(self.budgets):
            other_from_table = self.tables[index] is not None
            if from_table and (other_from_table or index in self.restating):
                continue
            both_sentences = not (from_table or other_from_table)
            same_amount = other.amount_gbp == budget.amount_gbp or (both_sentences and _rounded_again(other, budget))
            same_kind = _same_kind(other.kind, budget.kind, both_sentences) or (both_sentences and refers_back)
            periods_fit = _compatible(other.period, budget.period) or (both_sentences and _one_borrowed(other, budget))
            apart = both_sentences and (_named_apart(other.label, budget.label) or _listed_apart(other, budget))
            if same_amount and other.owner == budget.owner and periods_fit and same_kind and not apart:
                return index
        return None


def _named_apart(a: str, b: str) -> bool:
    """Two labels of one kind that each name something the other does not ("a grant to Hilltop
    Scouts", "a grant to the Marsh Lane Allotments"): the same sum twice, for two
    things. A restatement words its label afresh, so labels opening alike are a list's items."""
    names_a, names_b = _proper_names(a), _proper_names(b)
    alike = a.lower().split()[:2] == b.lower().split()[:2]
    return alike and bool(names_a - names_b) and bool(names_b - names_a)


# "Noticeboards £1,500": a line that is only a name and its sum, an item of a list of sums.
_LISTED_SUM_RE = re.compile(rf"[^£.;:]{{2,80}}?\s{PRINTED_SUM}")


def _listed_apart(a: Budget, b: Budget) -> bool:
    """Two items of a list of sums, each a line of its own ("Bus shelter repairs £1,500",
    "Noticeboards £1,500"), named differently: two things that cost the same."""
    return all(_LISTED_SUM_RE.fullmatch(x.quote.strip()) for x in (a, b)) and a.label.lower() != b.label.lower()


def _proper_names(label: str) -> set[str]:
    """The capitalised words of a label after its first word."""
    return set(re.findall(r"(?<=\s)[A-Z][\w'’-]*", label))


_ROUNDED_MIN = 1_000_000  # restatements in round figures are of millions: "£1.117m", later "£1.1m"
_ROUNDED_MIN_FIGURES = 2


_ONE_YEAR_RE = re.compile(r"^\d{4}/\d{2}$")  # a financial year as periods are stored: "2005/06"


def _stated_figures(amount: int) -> int:
    """How many significant figures an amount is stated to: 1,100,000 -> 2, 1,117,000 -> 4."""
    return len(str(amount).rstrip("0"))


def _rounded_again(a: Budget, b: Budget) -> bool:
    """One sentence restating another's figure in rounder terms, about the same thing: "an
    overspend of £2.346 million" then "the report showing a projected overspend of £2.3 million
    on adult social care" (two figures of different kinds stay two)."""
    precise, rounded = sorted((a.amount_gbp, b.amount_gbp), key=_stated_figures, reverse=True)
    figures = _stated_figures(rounded)
    if precise == rounded or rounded < _ROUNDED_MIN or figures < _ROUNDED_MIN_FIGURES or a.kind != b.kind:
        return False
    unit = 10 ** (len(str(rounded)) - figures)
    return round(precise / unit) * unit == rounded and bool(name_words(a.label) & name_words(b.label))


def _refers_back(budget: Budget) -> bool:
    """"The focus was on addressing the £25 million shortfall": a figure named with "the",
    after a sentence gave it ("A saving of £25 million was still required"), is that figure,
    whatever the second sentence calls it."""
    return any(money.amount == budget.amount_gbp and re.search(r"\bthe\s*$", budget.quote[:money.start], re.I)
               for money in find_money(budget.quote))


def _compatible(a: str | None, b: str | None) -> bool:
    """Periods one figure can be given in two places: none, the same, or a year and "a year"
    ("an increase of £12 per annum" is the "£12 increase for 2005/06")."""
    return a is None or b is None or a == b or _yearly_in_year(a, b) or _yearly_in_year(b, a)


def _one_borrowed(a: Budget, b: Budget) -> bool:
    """Whether one of two sentences gives its figure no period of its own (it took its
    paragraph's or section's), so it may restate the other whatever period that names:
    "Slippage of £84,300 from 2025/26 into 2026/27 is requested", then "Approve the slippage of
    £84,300 in table 2"."""
    return not (_names_period(a) and _names_period(b))


def _names_period(budget: Budget) -> bool:
    return parse_period(budget.quote) is not None


def _restated_period(first: Budget, again: Budget) -> str | None:
    """The period of a figure two sentences give: the one a sentence names, else the first."""
    if first.period and (_names_period(first) or not _names_period(again)):
        return first.period
    return again.period or first.period


def _yearly_in_year(rate: str, period: str) -> bool:
    return rate == "per_annum" and bool(_ONE_YEAR_RE.match(period))


def _same_kind(a: BudgetKind, b: BudgetKind, both_sentences: bool) -> bool:
    """Kinds one figure can be given in two places; a savings target is a saving. Two sentences
    may call one figure a total: the grant "applied for at £5,972" is the one "approved
    totalling £5,972" (a table's total row is a figure of its own)."""
    total_again = both_sentences and "total" in (a, b)
    return a == b or "other" in (a, b) or total_again or {a, b} == {"saving", "target"}


def extract(layout: Layout, document: Document, found: dict[str, list[Record]]) -> list[Record]:
    located = located_in_block_order(Paper(layout, document), SOURCES)
    projects = found.get("projects", [])
    kept: list[Stated] = []
    for at, (budget, from_table) in located:
        if from_table or not restates_project(budget, projects):
            kept.append((budget, at if from_table else None))
    result = _Found()
    for budget, table in _fold_restatements(kept):
        result.add(budget, table)
    return result.budgets


def _fold_restatements(stated: list[Stated]) -> list[Stated]:
    """A sentence restating a table's figure ("the net overspend of £579,100 shown in Table 1",
    a purpose paragraph's "programme of £13.45m") is that table's record; it may tell its period."""
    out = list(stated)
    for index, (budget, table) in enumerate(stated):
        target = None if table is not None else restated_figure(budget, out)
        if target is None:
            continue
        figure, figure_table = out[target]
        out[target] = (figure.model_copy(update={"period": figure.period or budget.period}), figure_table)
        out[index] = None
    return [item for item in out if item is not None]


def _sums_up(budget: Budget) -> bool:
    return bool(_SUMMARY_RE.search(budget.label))


def restated_figure(budget: Budget, stated: list[Stated | None]) -> int | None:
    """Index of the table figure a sentence points back at, or sums up as a total or
    programme, with the same amount for a period that can be the same."""
    points_back = bool(_BACK_REFERENCE_RE.search(budget.quote))
    if not (points_back or _sums_up(budget)):
        return None
    for index, item in enumerate(stated):
        if item is None or item[1] is None:
            continue
        figure = item[0]
        if (figure.amount_gbp == budget.amount_gbp and _compatible(figure.period, budget.period)
                and (points_back or figure.kind == "total")):
            return index
    return None


def restates_project(budget: Budget, projects: list[Record]) -> bool:
    """A figure stating a project's total: its label names the project ("approves the addition
    of the X to the capital programme at a cost of £640,000"), it is the sentence the project
    was read from ("The X Scheme will cost £4.2m in total") or the last of the sentences ("7.
    Play Area. New swings were discussed. These were quoted at £2,400."), or it points back at or sums up
    a table that lists the project ("the programme of £13.45m set out above")."""
    words = name_words(budget.label)
    summary = _sums_up(budget) or bool(_BACK_REFERENCE_RE.search(budget.quote))
    for project in projects:
        if budget.amount_gbp not in {project.amount_gbp, *project.alt_amounts_gbp}:
            continue
        named = name_words(project.name)
        if (summary or project.name in budget.quote or project.quote.endswith(budget.quote)
                or (named and len(named & words) * 5 >= len(named) * 4)):
            return True
    return False
