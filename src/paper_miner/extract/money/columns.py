"""Type every column of a table before any record is made from it.

Each column is classified from its header and its cells as one of:

- ``money``: figures in pounds ("£1,200", "12.5" under "£000", "Budget 2024/25");
- ``count``: households, claimants, places, FTE posts ("No. of households | 45");
- ``percentage``: "%" or "per cent" in the header, or cells like "12.5%";
- ``rate``: a price per unit ("Cost per tonne", "Hourly rate", "£ per visit");
- ``period``: dates or years ("31/03/2024", "2023/24", "Q2 2024/25") down the column;
- ``status``: where an application stands ("Approved", "Deferred", "Recommended");
- ``ref``: row labels ("No.", "Ref", or 1, 2, 3 going down);
- ``limit``: a bound each case is tested against ("Capital limit", "Income threshold", "Upper
  earnings cap"), which no one spends or receives;
- ``text``: anything else (the label column, descriptions).

Only money columns make money records: a count or a percentage beside a money figure is never
a budget.
"""
from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

from paper_miner.extract.common.parse import find_money
from paper_miner.extract.common.vocabulary import YEAR
from paper_miner.layout.blocks import REF_LABEL_RE
from paper_miner.models import Row

ColumnKind = Literal["money", "count", "percentage", "rate", "period", "status", "ref", "limit", "text"]

# A figure as printed in a table cell: "20,000", "£1,702,211", "52.5", "(12.0)", "c£2m".
_VALUE_RE = re.compile(r"^\(?[-–−]?\s*(?:(?-i:c)\.?\s?)?£?\s?\d[\d,\s]*(?:\.\d+)?\s?(?:k|m|bn)?\)?\*?$", re.I)
_YEAR_RE = re.compile(rf"^{YEAR}$")
_SCALE_ONLY_RE = re.compile(r"^\(?£\s?['’‘]?\s?000['’]?s?\)?$")  # a "£000" header, not a figure
_SELF_FUNDING_RE = re.compile(r"\bself[\s-]?financ\w*|\bself[\s-]?fund\w*|\bnil cost\b", re.I)
# A column of row labels ("No.", "Ref") never holds money.
_REF_HEADER_RE = re.compile(
    r"^(?:no\.?|ref\.?|reference|#|item(?: no\.?)?|number|id|line(?: no\.?)?|row(?:\s+(?:ref|no)\.?)?)$", re.I)
_ROW_NUMBER_RE = re.compile(r"\brow\s+(?:ref|no|number)\b", re.I)
_PERCENT_HEADER_RE = re.compile(r"%|\bper\s?cent|\bpercentage|\bproportion\b", re.I)
_PERCENT_CELL_RE = re.compile(r"^[-–−(]?\s*\d[\d,]*(?:\.\d+)?\s?%\)?$")
_COUNT_HEADER_RE = re.compile(
    # a length of time: "Average Life yrs", "Term (months)"
    r"\b(?:yrs|mths)\b|\((?:years|months|weeks|days)\)|\baverage\s+life\b|"
    r"\bno\.?\s+of\b|\bnumbers?\b|\bfte\b|\bposts?\b|\bhours?\b|\bpeople\b|\bbeneficiar|\bhouseholds?\b"
    r"|\bclaimants?\b|\bplaces\b|\bpupils\b|\bvisits\b|\bscore\b|\bbaseline\b|\brank", re.I)
# A price per unit: "Cost per tonne", "£ per visit", "Hourly rate"; "per annum" is a period.
_RATE_HEADER_RE = re.compile(
    r"\bper\s+(?:tonnes?|tons?|visits?|hours?|hr|day|week|head|households?|persons?|pupils?|places?|units?"
    r"|miles?|propert(?:y|ies)|nights?|sessions?|square|sq|m2|beds?|clients?|child|cases?|items?|hectares?|km"
    r"|metres?|meals?|journeys?|trips?|passengers?|users?|residents?)\b|^rates?\b|\b(?:hourly|daily|weekly|unit)\s+rates?\b"
    r"|\bunit\s+(?:cost|price)", re.I)
# A bound that decides who qualifies or which band applies: "Capital Limit", "Savings threshold",
# "Earnings cap". A "cash limit" is a service's budget, in the language of public finance.
_LIMIT_HEADER_RE = re.compile(r"(?<!\bcash\s)\blimits?\b|\bthresholds?\b|\bceilings?\b|\bcaps?\b", re.I)
# Without a £ sign anywhere, a header word must say the column is money.
MONEY_HEADER_RE = re.compile(
    r"£|\bcosts?\b|\bamount|\bbudget|\bgrants?\b|\bvalue|\bfund|\bspen[dt]|\ballocat|\bsaving"
    r"|\bincome|\bforecast|\boutturn|\bvariance|\bexpenditure|\baward|\bcontribution", re.I)
_STATUS_HEADER_RE = re.compile(r"\b(?:status|recommendations?|decision|outcome)\b", re.I)
# Where an application stands: "Approved", "Deferred to March", "Not recommended", "Refuse".
_STATUS_CELL_RE = re.compile(
    r"^(?:not\s+)?(?:approv\w*|agreed?|defer\w*|declined?|refus\w*|reject\w*|recommend\w*|withdrawn"
    r"|pending|awarded|granted|supported|on\s+hold)\b", re.I)
_WORDED_CELL_WORDS = 16
_PART_NAME_WORDS = 4
_LINE_OR_SENTENCE_END_RE = re.compile(r"[.;\n]")
_TOTAL_BEFORE_RE = re.compile(r"\btotal\s*[=:]?\s*$", re.I)
_DATE_CELL_RE = re.compile(
    rf"^(?:{YEAR}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|q[1-4]\s+{YEAR}|(?:19|20)\d\d\s?[/\-–]\s?\d{{2,4}})$", re.I)


class TableColumn(BaseModel):
    model_config = ConfigDict(frozen=True)

    index: int
    header: str = ""
    kind: ColumnKind = "text"


class TableColumns(BaseModel):
    model_config = ConfigDict(frozen=True)

    columns: tuple[TableColumn, ...]

    def of_kind(self, kind: ColumnKind) -> set[int]:
        return {c.index for c in self.columns if c.kind == kind}


def is_value(cell: str) -> bool:
    """A figure, not a year ("2024") or a bare scale header ("£000")."""
    cell = cell.strip()
    return (bool(_VALUE_RE.match(cell)) and not _YEAR_RE.match(cell)
            and not _SCALE_ONLY_RE.match(cell))


def is_self_funding(cell: str) -> bool:
    return bool(_SELF_FUNDING_RE.search(cell))


def is_status(cell: str) -> bool:
    """"Approved", "Deferred to June", "Not recommended"; not "Charity" under a "Status" header."""
    return bool(_STATUS_CELL_RE.match(cell.strip()))


def worded_amount(cell: str) -> int | None:
    """The one amount of a money cell that also holds words: "Vesey Ward £3,098.50" -> 3099;
    "Total= £750 Four Oaks - £400 New Hall - £350" -> 750 (its stated total); None when the
    cell holds several figures and no total, or none."""
    found = find_money(cell)
    total = next((m for m in found if _TOTAL_BEFORE_RE.search(cell[:m.start])), None)
    if total is not None:
        return total.amount
    return found[0].amount if len(found) == 1 else None


def split_parts(cell: str) -> list[tuple[str, int]]:
    """The named parts of an amount split between areas or funds, without its total:
    "Northgate - £300 Riverside-£250 Total= £550" -> [("Northgate", 300), ("Riverside", 250)]
    (a part's name is the words on its line since the last full stop);
    [] unless at least two parts each have a short name of their own."""
    parts, start = [], 0
    for money in find_money(cell):
        name = _LINE_OR_SENTENCE_END_RE.split(cell[start:money.start])[-1].strip(" -–:=")
        start = money.end
        if not _TOTAL_BEFORE_RE.search(cell[:money.start]):
            parts.append((name, money.amount))
    named = all(name and len(name.split()) <= _PART_NAME_WORDS for name, _ in parts)
    return parts if len(parts) >= 2 and named else []


def column_cells(rows: list[Row], index: int) -> list[str]:
    return [r.cells[index].strip() for r in rows if index < len(r.cells) and r.cells[index].strip()]


def figure_columns(rows: list[Row]) -> set[int]:
    """Columns holding a figure in some row, less the columns of refs (1, 2, S1.), plus the
    columns of short worded amounts ("Vesey Ward £3,098.50", "Total= £750")."""
    found = {i for row in rows for i, cell in enumerate(row.cells)
             if is_value(cell) or is_self_funding(cell)}
    worded = {i for i in range(max((len(r.cells) for r in rows), default=0)) if _worded_money(rows, i)}
    return {i for i in found if not is_ref_column(rows, i)} | worded


def _worded_money(rows: list[Row], index: int) -> bool:
    """Most cells of the column are short and state one amount (or a total): a description
    column that mentions a figure now and then is not money."""
    cells = column_cells(rows, index)
    worded = [c for c in cells if len(c.split()) <= _WORDED_CELL_WORDS and worded_amount(c)]
    return len(worded) * 2 > len(cells)


def all_refs(rows: list[Row], index: int) -> bool:
    cells = column_cells(rows, index)
    return bool(cells) and all(REF_LABEL_RE.match(c) for c in cells)


def _counts_up(cells: list[str]) -> bool:
    """Bare numbers going 1, 2, 3 ... down a column are row numbers, not pounds."""
    numbers = [int(c.rstrip(".")) for c in cells if c.rstrip(".").isdigit()]
    return (len(numbers) >= 2 and len(numbers) >= len(cells) - 1
            and numbers == list(range(numbers[0], numbers[0] + len(numbers))) and numbers[0] <= 1)


def _number_runs(cells: list[str]) -> list[list[int]]:
    """The runs of bare numbers down a column, broken by any cell of words."""
    runs: list[list[int]] = [[]]
    for cell in cells:
        if cell.rstrip(".").isdigit():
            runs[-1].append(int(cell.rstrip(".")))
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _headed_count(cells: list[str]) -> bool:
    """A column headed "Row Ref" (or "No.") under a title, its header printed again where the
    table goes on over a page, and numbered 1, 2, 3 ... under each printing, afresh or on from
    the last: "Capital Programme 2026-36 | Row Ref | 1 | 2 | 3 | Row Ref | 1 | 2 | 3"."""
    runs = _number_runs(cells)
    starts = [1, *(run[-1] + 1 for run in runs)]
    return (any(_REF_HEADER_RE.match(c) for c in cells) and sum(map(len, runs)) >= 2
            and all(run == list(range(run[0], run[0] + len(run))) and run[0] in (0, 1, start)
                    for run, start in zip(runs, starts)))


def is_row_number_column(header: str, rows: list[Row], index: int) -> bool:
    """A spreadsheet's "Row Ref" column numbers its lines for reference, whatever they are
    (services, sources of funding): not refs of projects, nor names."""
    cells = [header, *column_cells(rows, index)]
    return any(_ROW_NUMBER_RE.search(c) for c in cells) and is_ref_column(rows, index)


def is_ref_column(rows: list[Row], index: int) -> bool:
    """A column headed "No."/"Ref", numbered 1, 2, 3..., or a leading column of bare numbers."""
    cells = column_cells(rows, index)
    if cells and _REF_HEADER_RE.match(cells[0]):
        return True
    if _counts_up(cells) or _headed_count(cells):
        return True
    return all_refs(rows, index) and all(
        not r.cells[j].strip() for r in rows for j in range(min(index, len(r.cells))))


def type_columns(headers: list[str], body: list[Row], figures: set[int]) -> TableColumns:
    """Each column's kind from its header and body cells; ``figures`` are the columns holding a
    figure somewhere. A bare-number column beside columns whose every figure carries £ is a
    count ("Households | 45" beside "Cost | £1,200")."""
    pound_columns = {i for i in figures if _all_pounds(column_cells(body, i))}
    kinds = [_kind(header, column_cells(body, i), i in figures, bool(pound_columns))
             for i, header in enumerate(headers)]
    return TableColumns(columns=tuple(TableColumn(index=i, header=h, kind=k)
                                      for i, (h, k) in enumerate(zip(headers, kinds))))


def _kind(header: str, cells: list[str], has_figures: bool, beside_pounds: bool) -> ColumnKind:
    """One column's kind; the header decides before the cells, a £ in the header is money."""
    by_header = _kind_from_header(header)
    if by_header and not (by_header == "status" and has_figures):
        return by_header
    by_cells = _kind_from_cells(cells)
    if by_cells:
        return by_cells
    if not has_figures:
        return "text"
    if beside_pounds and not any("£" in c for c in cells) and not MONEY_HEADER_RE.search(header):
        return "count"
    return "money"


def _kind_from_header(header: str) -> ColumnKind | None:
    """"% of budget" -> percentage; "Cost per tonne" -> rate; "Capital limit £" -> limit;
    "No. of posts" -> count; "Status" -> status; "£ per annum", "Budget £000" -> None (the
    cells decide)."""
    if _PERCENT_HEADER_RE.search(header):
        return "percentage"
    if _RATE_HEADER_RE.search(header):
        return "rate"
    if _LIMIT_HEADER_RE.search(header):
        return "limit"
    if "£" in header:
        return None
    if _STATUS_HEADER_RE.search(header):
        return "status"
    return "count" if _COUNT_HEADER_RE.search(header) else None


def _kind_from_cells(cells: list[str]) -> ColumnKind | None:
    """Most cells "12.5%" -> percentage, "Deferred" -> status, "31/03/2024" -> period."""
    if not cells:
        return None
    for kind, pattern in (("percentage", _PERCENT_CELL_RE), ("status", _STATUS_CELL_RE),
                          ("period", _DATE_CELL_RE)):
        if sum(bool(pattern.match(c)) for c in cells) * 2 > len(cells):
            return kind
    return None


def _all_pounds(cells: list[str]) -> bool:
    figures = [c for c in cells if is_value(c)]
    return bool(figures) and all("£" in c for c in figures)
