"""Budgets read from money tables: one record per figure cell that is not a project's total.

A column's header says what its figures are: a period ("2010/11 £000"), or a kind of money
("Approved budget", "Spend to date", "Forecast outturn", "Variance"). When a table has several
such columns, each figure's label names its column; a variance is called an overspend or an
underspend (money is stored positive, the sign goes into the label) and is of kind other.
"""
from __future__ import annotations

import re

from paper_miner.extract.common.sentences import split_at_full_stops
from paper_miner.extract.money.columns import figure_columns, split_parts, type_columns
from paper_miner.extract.money.labels import DWELLING_CHARGE_RE
from paper_miner.extract.money.periods import date_financial_year, first_years_named, heading_period, the_one
from paper_miner.extract.money.projects.tables import GRANTED_RE, amount_index, is_project_line, is_project_table
from paper_miner.extract.money.sources import Located, Paper
from paper_miner.extract.money.tables import (
    CellValue,
    MoneyTable,
    TableLine,
    caption_scale,
    captions,
    is_funding_heading,
    read_money_table,
    side_by_side,
    with_printed_headers,
)
from paper_miner.extract.money.text import date_period, kind_of, text_budgets
from paper_miner.models import Block, Budget, BudgetKind, Row

_TARGET_HEADER_RE = re.compile(r"\btargets?\b", re.I)
# A "Total award" or "Total cost" column holds each row's whole figure, not a sum of the rows:
# its kind is the row's.
_TOTAL_COLUMN_RE = re.compile(r"\b(?:sub[\s-]?)?totals?\b", re.I)
_VARIANCE_RE = re.compile(r"\bvariance|\bover\s?/?\s?\(?under|\b(?:over|under)\s?spen[dt]|\bdifference", re.I)
# A column of changes between two others says neither what the money is for nor its direction.
_CHANGE_COLUMN_RE = re.compile(r"\b(?:increase|decrease|change|movement)s?\b", re.I)
_BUDGET_COLUMN_RE = re.compile(r"\bbudget|\bapproved|\ballocation|\bestimate", re.I)
_FORECAST_COLUMN_RE = re.compile(r"\bforecast|\boutturn|\bprojected", re.I)
# Money spent or expected to be: "Forecast outturn", "Projected spend", "Actual", "Spend to date".
_SPEND_COLUMN_RE = re.compile(r"\bforecast|\boutturn|\bprojected|\bactuals?\b|\bspen[dt]|\bexpenditure",
                              re.I)
# A figure standing at a date: "Balance b/f 01.04.23", "Closing balance at 31 March 2024".
# (Some text layers lose their spaces: "BALANCEB/F 01.04.23".)
_BALANCE_RE = re.compile(r"balance|[bc]\s?/\s?f\b|(?:brought|carried)\s*forward", re.I)
# A group heading or a label column's header naming which side of an account its rows are on.
_GROUP_KIND_RE = re.compile(
    r"^\W*(?:(?P<income>income|receipts)|expenditure|exp\.|payments|spending|spend\b|outgoings)", re.I)
# A source of money from outside the council's own accounts: a grant, a developer's or a
# partner's contribution, a receipt from a sale, a loan paid back. Borrowing, reserves and
# the revenue account's contribution move the council's own money (other).
_OUTSIDE_SOURCE_RE = re.compile(
    r"\bgrants?\b|\breceipts?\b|\bexternal\b|\bdevelopers?\b|\bs\.?\s?106\b|\bsection\s+106\b|\brepayments?\b"
    r"|\blottery\b|\bcil\b|\bcommunity\s+infrastructure\s+levy\b|(?<!revenue\s)\bcontributions?\b", re.I)
# What a column of estimates or actuals says, which a row naming income overrides.
_ACCOUNT_KINDS = ("allocation", "cost", "other")
# A table introduced as savings (or pressures, income) lists savings whatever each row says.
_TABLE_KINDS = ("saving", "pressure", "income")
# An introduction saying what money is spent on: "to fund", "to finance", "be used for".
_FUNDS_RE = re.compile(r"\bto\s+(?:fund|finance|pay\s+for)\b|\b(?:used|spent|applied)\s+(?:for|on|to)\b", re.I)


def located(paper: Paper) -> list[Located[tuple[Budget, bool]]]:
    found = []
    for index, block in enumerate(paper.blocks):
        if block.kind == "table":
            period = table_period(paper.blocks, index, paper.document.title)
            scale = caption_scale(paper.blocks, index)
            for side in side_by_side(with_printed_headers(paper.blocks, index)):
                stated = table_budgets(side, paper.lead_in(index), paper.owner(index), period, scale)
                found += [Located(index, item) for item in stated]
    return found


def table_period(blocks: list[Block], index: int, title: str | None) -> str | None:
    """The one financial year a table with no year columns is in: from its caption, else the
    dates its balances stand at, else the nearest heading above that names a year, else the
    table before it in the same section, else a year the paper's title names; None when the
    first of these to name a year names two. A caption dating the table outside the title's
    year ("Table 3: Comparison at May 2025" in "Support Scheme 2026/27") leaves it undated.
    The paper's own date never dates a figure."""
    dated = _balance_period(blocks[index])
    if dated:
        return dated
    lead_ins = captions(blocks, index)
    years = first_years_named([*lead_ins, *reversed(blocks[index].section)])
    if years:
        return the_one(years)
    earlier = _table_before_in_section(blocks, index)
    if earlier is not None:
        return table_period(blocks, earlier, title)
    years = first_years_named([title or ""])
    title_year = the_one(years) if years else date_period(title or "")
    dated = next(filter(None, map(date_period, [*lead_ins, *blocks[index].section[-1:]])), None)
    return title_year if dated in (None, title_year) else None


def _balance_period(block: Block) -> str | None:
    """The year a statement of accounts covers, from the dates its balances stand at
    ("Balance b/f 01.04.23" ... "Balance c/f 31.03.24" -> 2023/24), when they agree."""
    labels = [cell for row in block.rows for cell in row.cells if _BALANCE_RE.search(cell)]
    years = {date_financial_year(label) for label in labels} - {None}
    return years.pop() if len(years) == 1 else None


def _table_before_in_section(blocks: list[Block], index: int) -> int | None:
    """The table just before this one under the same headings (accounts over several tables)."""
    for earlier in range(index - 1, -1, -1):
        if blocks[earlier].section != blocks[index].section:
            return None
        if blocks[earlier].kind == "table":
            return earlier
    return None


def table_budgets(block: Block, introduction: str, owner: str | None,
                  period: str | None = None, scale: int | None = None) -> list[tuple[Budget, bool]]:
    """Budgets of one table, each flagged True when read from a money cell; a table without
    a money column, or a grant list ("Vesey Ward £3,098.50", "£2,500 approved"), is read cell by
    cell as text. ``period`` is the table's year when no column
    names one; ``scale`` the one its caption gives ("(£'000)")."""
    table = read_money_table(block, scale)
    if table is None:
        return [(b, False) for b in cell_budgets(block, owner)]
    if table.grant_list:  # a grant list's figures sit in its words
        return grant_budgets(block, owner)
    # Columns of years or of months date each figure: the paper's year is none of theirs.
    table = _in_period(table, period if not (table.period_columns or table.dated_columns) else None)
    projects = is_project_table(table, introduction)
    table_kind = _spent_on(_introducing_sentence(introduction),
                           kind_of(" ".join([*block.section, _introducing_sentence(introduction),
                                             _TOTAL_COLUMN_RE.sub(" ", table.headers)])))
    out: list[Budget] = []
    current: TableLine | None = None
    for line in table.lines:
        if line.kind == "item":
            current = line
        if DWELLING_CHARGE_RE.search(line.name or ""):  # "Band D charge  £45.80": a rate per home
            continue
        if projects and is_project_line(line, table):
            out += _project_split(line, table, owner)
        else:
            out += _line_budgets(line, current, table, owner, table_kind)
    return [(b, True) for b in out]


def _spent_on(introducing: str, kind: BudgetKind | None) -> BudgetKind | None:
    """Rows listing what money received pays for are allocations of it: "Capital receipts of
    £5.48m to fund the rolling programmes as follows:", "Grant income will be used for:"."""
    return "allocation" if kind == "income" and _FUNDS_RE.search(introducing) else kind


def _introducing_sentence(introduction: str) -> str:
    """The sentence that introduces a table, the last before it: a paragraph's earlier
    sentences ("... surpluses and deficits notified to us ...") say nothing of its rows."""
    sentences = split_at_full_stops(introduction)
    return sentences[-1] if sentences else ""


def _in_period(table: MoneyTable, period: str | None) -> MoneyTable:
    """Each figure's period: its column's, else the one its row names ("2024-25 allocation"),
    else the table's."""
    lines = []
    for line in table.lines:
        own = heading_period(line.name) if line.kind != "total" else None
        values = [v.model_copy(update={"period": v.period or own or period}) for v in line.values]
        lines.append(line.model_copy(update={"values": values}))
    return table.model_copy(update={"lines": lines})


def _project_split(line: TableLine, table: MoneyTable, owner: str | None) -> list[Budget]:
    """A project's figures other than its total: its per-year split, spend, forecast."""
    total = amount_index(line, table)
    label = f"{line.ref} {line.name}" if line.ref else line.name
    return [_budget(label, value, line, table, "cost", owner)
            for index, value in enumerate(line.values)
            if index != total and not value.total_column and value.amount]


def _line_budgets(line: TableLine, item: TableLine | None, table: MoneyTable, owner: str | None,
                  table_kind: BudgetKind | None) -> list[Budget]:
    if line.kind == "total":
        label, kind = line.name or "Total", "total"
    elif line.kind == "continuation":
        label = f"{item.name}: {line.description}" if item else line.description
        kind = "cost"
    elif is_funding_heading(line.theme):
        return [_budget(line.name, value, line, table, source_kind(line.name), owner, row_decides=True)
                for value in line.values if value.amount]
    elif group_kind(line.theme or table.label_header):
        label, kind = line.name, group_kind(line.theme or table.label_header)
    elif table_kind in _TABLE_KINDS:
        label, kind = line.name, table_kind
    else:
        # An item called a total sums no rows ("Total spend" alone under month columns).
        label, kind = line.name, kind_of(_TOTAL_COLUMN_RE.sub(" ", line.name)) or table_kind or "allocation"
    return [_budget(label, value, line, table, kind, owner) for value in line.values if value.amount]


def source_kind(name: str) -> BudgetKind:
    """Where a programme's money comes from, under a "Funded by" heading: from outside the
    council ("Government grants", "Section 106 contributions", "Capital receipts") is income;
    the council's own borrowing, reserves or revenue contribution is other."""
    return "income" if _OUTSIDE_SOURCE_RE.search(name) else "other"


def group_kind(heading: str | None) -> BudgetKind | None:
    """Money under a heading opening with "Income" or "Receipts" is income; under one opening
    with "Expenditure" (or "Exp."), "Payments" or "Spending" a cost ("INCOME BREAKDOWN", "Expenditure:").
    Only the opening word counts: text layers may run the heading's words together."""
    match = _GROUP_KIND_RE.match(heading or "")
    if not match:
        return None
    return "income" if match["income"] else "cost"


def _budget(label: str, value: CellValue, line: TableLine, table: MoneyTable, kind: BudgetKind,
            owner: str | None, row_decides: bool = False) -> Budget:
    """One figure; its column's kind ("Spend to date") wins over the row's unless the row is a
    total, a source of funding, or the column a row total ("Total cost": the row's whole). A
    column of changes ("Variance", "Movement") holds changes on an income row too ("Equity
    Income Fund | 10.0 | 0.7": the 0.7 is a rise in its value, other)."""
    # One kind of column says nothing against the row's words, but a variance's sign does.
    named = table.named_columns > 1 or _VARIANCE_RE.search(value.column)
    changes = _VARIANCE_RE.search(value.column) or _CHANGE_COLUMN_RE.search(value.column)
    row_decides = row_decides or kind == "total" or (value.total_column and not changes)
    column_kind = column_kind_of(value, line) if named and not row_decides else None
    if kind == "income" and column_kind in _ACCOUNT_KINDS and not changes:  # an income estimate is income
        column_kind = None
    return Budget(label=_value_label(label, value, line, table), amount_gbp=value.amount,
                  period=value.period, kind=column_kind or kind, owner=owner,
                  page=line.page, quote=line.quote)


def column_kind_of(value: CellValue, line: TableLine) -> BudgetKind | None:
    """What a monitoring column holds: a variance (an overspend or underspend, as its label
    says), an increase or a change is "other"; forecast and actual spend are costs; a budget
    is an allocation."""
    if _VARIANCE_RE.search(value.column) or _CHANGE_COLUMN_RE.search(value.column):
        return "other"
    if _SPEND_COLUMN_RE.search(value.column):
        return "cost"
    if _BUDGET_COLUMN_RE.search(value.column):
        return "allocation"
    return kind_of(value.column)


def _value_label(label: str, value: CellValue, line: TableLine, table: MoneyTable) -> str:
    """The row's label, plus its column's words when the table has several kinds of column."""
    column = value.column if table.named_columns > 1 and value.column != "total" else ""
    if _VARIANCE_RE.search(value.column):
        column = "underspend" if _is_underspend(value, line) else "overspend"
    elif value.negative:
        column = f"{column} reduction".strip()
    return f"{label} {column}".strip()


def _is_underspend(variance: CellValue, line: TableLine) -> bool:
    """Forecast below budget; without both on the row, a bracketed or minus variance."""
    budget = next((v.amount for v in line.values if _BUDGET_COLUMN_RE.search(v.column)), None)
    forecast = next((v.amount for v in line.values if _FORECAST_COLUMN_RE.search(v.column)), None)
    if budget is not None and forecast is not None and budget != forecast:
        return forecast < budget
    return variance.negative


def cell_budgets(block: Block, owner: str | None) -> list[Budget]:
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


def grant_budgets(block: Block, owner: str | None) -> list[tuple[Budget, bool]]:
    """The figures of a grant list other than each application's amount (its project's): the
    parts of an amount split between areas ("Northgate - £300 Riverside - £250 Total= £550"
    under "Amount requested"; "Approved. Northgate - £300" in a decision column), each a
    figure of its own as a table cell is, and figures in the words of its other cells ("£600
    was approved to start the project"), which may restate one another."""
    headers, body = block.rows[0].cells, block.rows[1:]
    money = type_columns(headers, body, figure_columns(body)).of_kind("money")
    out = []
    for row in body:
        for index, cell in enumerate(row.cells):
            header = headers[index] if index < len(headers) else ""
            parts = split_parts(cell)
            if parts:
                out += [(b, True) for b in _part_budgets(row, parts, header, owner)]
            elif index not in money:
                out += [(b, False) for b in text_budgets(cell, row.page, owner)]
    return out


def _part_budgets(row: Row, parts: list[tuple[str, int]], header: str, owner: str | None) -> list[Budget]:
    """"Brook Youth Club - Northgate amount requested": what was asked of each area is neither
    granted nor spent (other); a part of an approval is an allocation."""
    cell = next(c for c in row.cells if split_parts(c) == parts)
    approved = GRANTED_RE.match(cell.strip())  # a decision cell granting the money: "Approved. Northgate - £300"
    words = "approved" if approved else header.lower()
    kind: BudgetKind = "allocation" if approved else kind_of(header) or "other"
    return [Budget(label=f"{row.cells[0].strip()} - {name} {words}".strip(), amount_gbp=amount, period=None,
                   kind=kind, owner=owner, page=row.page, quote=" | ".join(row.cells))
            for name, amount in parts]
