"""Read money tables: header rows, `£000` scaling, period columns, label/ref/theme columns,
total rows and continuation rows.

Works on any table block: a table whose body holds no money column gives None. The result is
a list of :class:`TableLine` values that the project and budget extractors turn into records.
"""
from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field

from paper_miner.extract.common.parse import column_scale, find_financial_years, parse_money
from paper_miner.extract.common.sentences import split_at_full_stops
from paper_miner.extract.common.vocabulary import CAPTION_NUMBER, MONTH, YEAR_OR_SPAN_DASHED
from paper_miner.extract.money.columns import (
    MONEY_HEADER_RE,
    TableColumns,
    all_refs,
    figure_columns,
    is_row_number_column,
    is_self_funding,
    is_status,
    is_value,
    type_columns,
    worded_amount,
)
from paper_miner.extract.money.periods import heading_period, short_financial_year
from paper_miner.layout.blocks import REF_LABEL_RE, split_marker
from paper_miner.models import Block, Row

# A group heading row holds only a label, grouping the rows below it: "INCOME", "North Ward:".
LineKind = Literal["item", "continuation", "total", "group"]
_GROUP_WORDS = 8

_TOTAL_RE = re.compile(r"\b(?:sub[\s-]?)?totals?\b", re.I)
_NAME_HEADER_RE = re.compile(r"\b(?:project|scheme|initiative|bid|proposal|item|name|activity)", re.I)
# A column sorting the rows into kinds ("Type of Scheme", "Scheme type", "Category") says what
# sort each row is, not its name, nor that the rows are schemes.
_CATEGORY_HEADER_RE = re.compile(r"^\W*(?:types?|kinds?|sorts?|category|class)\s+of\b|\b(?:types?|category)\W*$",
                                 re.I)
# Who delivers a project is not part of its name or description.
_LEAD_HEADER_RE = re.compile(
    r"\b(?:lead|agency|partner|organisation|organization|provider|delivered|responsib|officer)", re.I)
# A grant list names who applies in one column and what the money is for in another.
_APPLICANT_HEADER_RE = re.compile(
    r"\b(?:organi[sz]ations?|applicants?|recipients?|grantees?|groups?|clubs?|bodies|body)\b", re.I)
_PURPOSE_HEADER_RE = re.compile(r"\b(?:summary|purpose|description|details|use\s+of\s+(?:the\s+)?funds?)\b", re.I)
# A purpose cell opens with the verb of applying: "To fund an ecologist", "Funding to plant".
_PURPOSE_OPENING_RE = re.compile(r"^(?:(?:funding|money|a\s+grant)\s+(?:to|for|towards)\s+|to\s+(?:fund\s+)?)", re.I)
# What a value column is, once its period, scale and £ sign are taken out: "forecast outturn".
_LABEL_NOISE_RE = re.compile(
    r"\(?£\s?['’‘]?\s?(?:000['’]?s?|k|m|bn)?\)?|\b(?:19|20)\d\d\s?[/\-–]\s?\d{2,4}\b|\(\s*\)", re.I)
# A column standing at a month: "March 23", "Sept 2025", "At 31 May 2024".
# The first column of a pay scale: "Grade", "Pay band", "Spinal column point", "SCP".
PAY_SCALE_HEADER_RE = re.compile(
    r"^\s*(?:pay\s+|salary\s+|job\s+)?(?:grades?|bands?|scales?|spinal\s+(?:column\s+)?points?|scp|pay\s+points?)\s*$", re.I)
# A heading over the rows that say where a programme's money comes from: "Funded by:",
# "Financed by", "Sources of funding", "Capital financing".
_FUNDING_HEADING_RE = re.compile(
    r"^\W*(?:(?:funded|financed|met|paid\s+for)\s+(?:by|from)\b|(?:sources?\s+of\s+)?funding(?:\s+sources?)?\W*$"
    r"|(?:capital\s+)?financ(?:e|ing)(?:\s+sources?)?\W*$)", re.I)
_MONTH_COLUMN_RE = re.compile(rf"\b{MONTH}\.?\s+(?:19|20)?\d\d\b", re.I)
# Rows of label, figure, label, figure that make a table two accounts side by side.
_SIDE_BY_SIDE_ROWS = 2


# Column words a spreadsheet prints over its figures, which a reader may run into the text line
# above the table: "ITEM Budget Spent Budget Spent 2017-18 2018-19" (each year over two columns).
_COLUMN_WORD = r"(?:budget|spent|spend|actual|forecast|outturn|variance|estimate|income|expenditure)s?"
_COLUMN_WORDS_RE = re.compile(rf"(?P<words>(?:\b{_COLUMN_WORD}\s+)+{_COLUMN_WORD})(?P<years>(?:\s+{YEAR_OR_SPAN_DASHED})*)$",
                              re.I)


class Column(BaseModel):
    index: int
    header: str = ""
    scale: int | None = None
    period: str | None = None

    @property
    def is_total(self) -> bool:
        return bool(_TOTAL_RE.search(self.header))

    @property
    def label(self) -> str:
        """The header's words without period, scale and £: "Forecast outturn £000" -> that."""
        return " ".join(_LABEL_NOISE_RE.sub(" ", self.header).split()).strip(" ()").lower()


class CellValue(BaseModel):
    amount: int
    period: str | None
    total_column: bool = False
    negative: bool = False  # printed in brackets or with a minus sign
    column: str = ""  # the column's label ("forecast outturn"), "" for a bare period or £


class TableLine(BaseModel):
    kind: LineKind
    name: str = ""
    ref: str | None = None
    theme: str | None = None
    description: str = ""
    status: str | None = None  # where an application stands: "Approved", "Deferred"
    values: list[CellValue] = Field(default_factory=list)
    self_funding: bool = False
    page: int
    quote: str


class MoneyTable(BaseModel):
    lines: list[TableLine]
    headers: str  # every header cell, for the words that say what the table lists
    period_columns: int  # how many value columns name a period (a per-year split)
    named_columns: int = 0  # value columns whose header says what they hold ("forecast")
    dated_columns: int = 0  # value columns standing at a month ("March 23", "Sept 25")
    grant_list: bool = False  # rows name an applicant and the purpose of its grant
    label_header: str = ""  # the header over the row labels: "Expenditure", "Scheme"


def _is_header_row(row: Row, value_columns: set[int]) -> bool:
    cells = [c for i, c in enumerate(row.cells) if c.strip()]
    if any(is_value(row.cells[i]) or worded_amount(row.cells[i]) for i in value_columns if i < len(row.cells)):
        return False
    return bool(cells) and not any(is_self_funding(c) for c in cells)


def _columns(headers: list[str], value_columns: set[int], caption_scale: int = 1) -> list[Column]:
    scales = [column_scale(h) for h in headers]
    default_scale = next((s for s in scales if s and s > 1), caption_scale)
    columns = [Column(index=i, header=h,
                      scale=(scales[i] or default_scale) if i in value_columns else None,
                      period=heading_period(h) if i in value_columns else None)
               for i, h in enumerate(headers)]
    return _share_period(columns, value_columns)


def _share_period(columns: list[Column], value_columns: set[int]) -> list[Column]:
    """One year's budget beside its forecast and variance: all three figures are that year's."""
    periods = {c.period for c in columns if c.period and not c.is_total}
    if len(periods) != 1:
        return columns
    period = periods.pop()
    return [c.model_copy(update={"period": period})
            if c.index in value_columns and not c.period and not c.is_total and c.label else c
            for c in columns]


def _text_roles(columns: list[Column], rows: list[Row], typed: TableColumns) -> dict[str, int]:
    """Which text column holds the ref, the theme, the name, the description and the status."""
    text_cols = sorted(label_columns(typed))
    status = sorted(typed.of_kind("status"))
    roles = _label_roles(columns, rows, text_cols)
    return {**roles, "status": status[0]} if status else roles


def _label_roles(columns: list[Column], rows: list[Row], text_cols: list[int]) -> dict[str, int]:
    """A grant list's applicant and purpose; else a leading ref column, the name column (by
    its header, else the fullest), the theme column before it and the description after it."""
    grant_roles = _grant_roles(columns, text_cols)
    if grant_roles:
        return grant_roles
    text_cols = [i for i in text_cols if not _LEAD_HEADER_RE.search(columns[i].header)
                 and not is_row_number_column(columns[i].header, rows, i)]
    roles: dict[str, int] = {}
    if text_cols and all_refs(rows, text_cols[0]) and len(text_cols) > 1:
        roles["ref"] = text_cols.pop(0)
    named = [i for i in text_cols if _NAME_HEADER_RE.search(columns[i].header)
             and not is_category(columns[i].header)]
    name = named[0] if named else _fullest(rows, text_cols)
    if name is None:
        return roles
    roles["name"] = name
    before = [i for i in text_cols if i < name]
    after = [i for i in text_cols if i > name]
    if before:
        roles["theme"] = before[-1]
    if after:
        roles["description"] = after[0]
    return roles


def is_funding_heading(heading: str | None) -> bool:
    """ "Funded by:", "Financed by", "Sources of funding": the rows below say where a
    programme's money comes from (they are neither projects nor spending)."""
    return bool(_FUNDING_HEADING_RE.match(heading or ""))


def is_category(header: str) -> bool:
    """ "Type of Scheme", "Scheme type": a column of kinds of row, not of names."""
    return bool(_CATEGORY_HEADER_RE.search(header))


def label_columns(typed: TableColumns) -> set[int]:
    """Columns whose words may name a row: text, and dates or years printed as row labels."""
    return typed.of_kind("text") | typed.of_kind("period")


def _grant_roles(columns: list[Column], text_cols: list[int]) -> dict[str, int]:
    """A grant list's applicant and purpose columns ("Organisation | Project Summary"), or {}."""
    applicant = next((i for i in text_cols if _APPLICANT_HEADER_RE.search(columns[i].header)), None)
    purpose = next((i for i in text_cols if i != applicant and _PURPOSE_HEADER_RE.search(columns[i].header)), None)
    if applicant is None or purpose is None:
        return {}
    return {"name": applicant, "purpose": purpose}


def grant_name(applicant: str, purpose: str) -> str:
    """A grant's project: "Organisation: purpose", the purpose cut to its first sentence and
    without the verb of applying ("Wylde Green Forum" + "To fund a notice board. It will ..."
    -> "Wylde Green Forum: a notice board")."""
    first = split_at_full_stops(purpose)[0] if purpose.strip() else ""
    first = _PURPOSE_OPENING_RE.sub("", first.strip()).rstrip(" .")
    return f"{applicant}: {first}" if first else applicant


def _fullest(rows: list[Row], columns: list[int]) -> int | None:
    """The leftmost text column filled in at least half of the rows (else the fullest)."""
    if not columns:
        return None
    counts = {i: sum(bool(r.cells[i].strip()) for r in rows if i < len(r.cells)) for i in columns}
    for i in columns:
        if counts[i] * 2 >= len(rows):
            return i
    return max(columns, key=lambda i: counts[i])


def read_money_table(block: Block, caption_scale: int | None = None) -> MoneyTable | None:
    """The lines of a table that has a money column, or None for any other table (a pay
    scale's grades and pay points are what a post may pay, not money spent: "Grade | Entry |
    Top" over "KS4 | £27,852 | £29,716"); ``caption_scale`` is the scale its caption gives
    ("Service outturn (£'000)"), for columns whose headers give none; None where no caption
    says the table is money."""
    rows = _with_label_cells([r for r in block.rows if any(c.strip() for c in r.cells)])
    value_columns = figure_columns(rows)
    if not value_columns:
        return None
    width = max(len(r.cells) for r in rows)
    start = next((i for i, r in enumerate(rows) if not _is_header_row(r, value_columns)), len(rows))
    headers = _headers(rows[:start], width)
    if PAY_SCALE_HEADER_RE.match(headers[0]):
        return None
    typed = type_columns(headers, rows[start:], value_columns)
    value_columns = typed.of_kind("money")
    if not _holds_money(block, headers, value_columns) and caption_scale is None:  # page numbers, counts: not money
        return None
    columns = _columns(headers, value_columns, caption_scale or 1)
    roles = _text_roles(columns, rows[start:], typed)
    lines, read = _read_lines(rows[start:], width, columns, roles, typed)
    values = [c for c in read if c.index in value_columns and not c.is_total]
    worded = label_columns(typed) | value_columns  # "% of total" says nothing of the money
    # the headers over the first rows, and those restated or added part-way down
    headers_read = dict.fromkeys(c.header for c in [*columns, *read] if c.index in worded and not is_category(c.header))
    words = " ".join(headers_read)
    return MoneyTable(lines=_carry_themes(_totals_of_nothing(lines)), headers=words,
                      period_columns=sum(1 for c in values if c.period),
                      named_columns=len({c.label for c in values if c.label}),
                      dated_columns=sum(1 for c in values if not c.period and _MONTH_COLUMN_RE.search(c.header)),
                      grant_list="purpose" in roles,
                      label_header=headers[roles["name"]] if "name" in roles else "")


# "2023-24", "23/24", "2024", "FY25": a cell naming a year and nothing else.
_ONLY_YEARS_RE = re.compile(rf"{YEAR_OR_SPAN_DASHED}|\d{{2}}\s?[-/–]\s?\d{{2}}|FY\s?\d{{2,4}}", re.I)


def _with_label_cells(rows: list[Row]) -> list[Row]:
    """Rows printed without their empty cell under or over the row labels, as web pages
    flatten tables ("2025-26 | 2026-27" over "Room hire | £6,200 | £6,500", a total row
    "£9,800 | £10,400" with no label), each moved right by that cell, where most rows' first
    cells are labels."""
    labelled = sum(bool(r.cells and r.cells[0].strip()) and not _holds_figure(r.cells[0]) for r in rows)
    if labelled * 2 < len(rows):
        return rows
    out: list[Row] = []
    years_above: list[str] = []  # the filled cells of a row of years just moved right
    for row in rows:
        moved = _label_cell_dropped(row.cells, years_above)
        years_above = [c for c in row.cells if c.strip()] if moved and _only_years(row.cells) else []
        out.append(row.model_copy(update={"cells": ["", *row.cells]}) if moved else row)
    return out


def _only_years(cells: list[str]) -> bool:
    filled = [c.strip() for c in cells if c.strip()]
    return bool(filled) and all(_ONLY_YEARS_RE.fullmatch(c) for c in filled)


def _label_cell_dropped(cells: list[str], years_above: list[str]) -> bool:
    """A row whose first cell holds a figure or a year ("25-26 | 25-26 | 26-27"), or the words
    under such a row of years, cell for cell ("Budget | Forecast | Budget")."""
    if not cells or not cells[0].strip():
        return False
    if _holds_figure(cells[0]) or _only_years(cells):
        return True
    filled = [c for c in cells if c.strip()]
    return len(filled) == len(years_above) and not any(_holds_figure(c) for c in filled)


def _read_lines(body: list[Row], width: int, columns: list[Column], roles: dict[str, int],
                typed: TableColumns) -> tuple[list[TableLine], list[Column]]:
    """Body rows as lines; a header part-way down ("3yr total") adds to its column's header,
    a row of words only is a group heading or wrapped text."""
    value_columns = typed.of_kind("money")
    lines: list[TableLine] = []
    headed = False  # the row before was a header: words under it head a group, wrap no name
    for row in body:
        cells = list(row.cells) + [""] * (width - len(row.cells))
        if _restates_years(cells, value_columns):
            columns, headed = _restated(columns, cells, value_columns), True
            continue
        if _only_in(cells, value_columns) and not any(_holds_figure(cells[i]) for i in value_columns):
            columns = _add_headers(columns, cells)
            continue
        line = _read_row(cells, row.page, columns, roles, typed)
        heading = _heading_words(cells, roles)
        grouped, headed = _is_group_heading(heading, lines) or (headed and bool(heading)), False
        if line is None and grouped:
            line = TableLine(kind="group", name=heading, page=row.page,
                             quote=" | ".join(c.strip() for c in cells if c.strip()))
        if line is None:
            _extend_last(lines, cells, roles)
            continue
        lines.append(line)
    return lines, columns


def _heading_words(cells: list[str], roles: dict[str, int]) -> str:
    """A row's label, or the words of a row whose one cell stands left of the label column (a
    heading printed from the margin: "Financed by:" over the sources of a programme's money)."""
    name = _cell(cells, roles, "name")
    filled = [i for i, c in enumerate(cells) if c.strip()]
    if name or len(filled) != 1 or filled[0] > roles.get("name", -1):
        return name
    return cells[filled[0]].strip()


def _holds_figure(cell: str) -> bool:
    """A figure, bare or among words ("TOTAL £6,420.18" under the last row is a total row, not
    more header words)."""
    return is_value(cell) or worded_amount(cell) is not None


def _is_group_heading(label: str, lines: list[TableLine]) -> bool:
    """A row with only a short label heads the rows below it when it follows a total ("TOTAL"
    then "EXPENDITURE"), ends in a colon ("Parks and open spaces:"), or is in capitals under
    an item that is not ("Roads | £5,000" then "NORTH WARD"); else it is a wrapped name."""
    if not label or len(label.split()) > _GROUP_WORDS or label.endswith(".") or not lines:
        return False
    last = lines[-1]
    return (last.kind == "total" or label.endswith(":")
            or (label.isupper() and not last.name.isupper()))


def _headers(header_rows: list[Row], width: int) -> list[str]:
    return [" ".join(r.cells[i] for r in header_rows if i < len(r.cells)).strip()
            for i in range(width)]


def _holds_money(block: Block, headers: list[str], value_columns: set[int]) -> bool:
    return bool(value_columns) and (
        "£" in block.text or any(MONEY_HEADER_RE.search(headers[i]) for i in value_columns))


def _carry_themes(lines: list[TableLine]) -> list[TableLine]:
    """A theme cell is printed once, on the first row of its group; a group heading row
    ("EXPENDITURE", "Parks:") is the theme of the rows below it."""
    out, theme = [], None
    for line in lines:
        if line.kind == "group":
            theme = line.name.rstrip(" :")
        elif line.kind == "total":
            theme = None
        elif line.kind == "item":
            theme = line.theme or theme
            line = line.model_copy(update={"theme": theme})
        out.append(line)
    return out


def _totals_of_nothing(lines: list[TableLine]) -> list[TableLine]:
    """A table whose every figure row says "total" sums no rows of its own: each row is the
    figure itself ("Total spend | £5,964,399 | £6,000,541" under month columns)."""
    if any(line.kind == "item" for line in lines):
        return lines
    return [line.model_copy(update={"kind": "item"}) if line.kind == "total" else line for line in lines]


def _only_in(cells: list[str], columns: set[int]) -> bool:
    return all(i in columns for i, c in enumerate(cells) if c.strip())


def _restates_years(cells: list[str], value_columns: set[int]) -> bool:
    """A row part-way down whose figure columns name years and hold no figure heads the rows
    below afresh: a table going on over a page with its next years ("Ref | Service | 2029-30 |
    2030-31" under rows read against "Total | 2025-26 | 2026-27")."""
    cells_in = [cells[i] for i in value_columns if i < len(cells)]
    return (not any(_holds_figure(c) for c in cells_in)
            and sum(bool(find_financial_years(c) or short_financial_year(c)) for c in cells_in) >= 2)


def _restated(columns: list[Column], cells: list[str], value_columns: set[int]) -> list[Column]:
    """The figure columns headed by a restated header row's cells (each keeps its scale)."""
    return [c.model_copy(update={"header": cells[c.index].strip(), "period": heading_period(cells[c.index])})
            if c.index in value_columns else c for c in columns]


def _add_headers(columns: list[Column], cells: list[str]) -> list[Column]:
    updated = []
    for column, cell in zip(columns, cells):
        if cell.strip():
            header = f"{column.header} {cell}".strip()
            column = column.model_copy(update={"header": header, "period": heading_period(header)})
        updated.append(column)
    return updated


def _cell(cells: list[str], roles: dict[str, int], role: str) -> str:
    index = roles.get(role)
    return cells[index].strip() if index is not None else ""


def _read_row(cells: list[str], page: int, columns: list[Column], roles: dict[str, int],
              typed: TableColumns) -> TableLine | None:
    """One body row as a line; None for a row with no figure and no ref (wrapped text). Only
    money columns give figures; counts, percentages and rates are neither figures nor labels."""
    value_columns = typed.of_kind("money")
    ref, name = _split_ref(_cell(cells, roles, "ref"), _cell(cells, roles, "name"))
    if "purpose" in roles and name:
        name = grant_name(name, _cell(cells, roles, "purpose"))
    theme = _cell(cells, roles, "theme") or None
    description = _cell(cells, roles, "description")
    texts = [c.strip() for i, c in enumerate(cells) if i in label_columns(typed) and c.strip()]
    row_scale = next((s for s in map(column_scale, texts) if s), None)
    values = [_value(cells[c.index], c, row_scale) for c in columns if c.index in value_columns]
    values = [v for v in values if v is not None]
    self_funding = any(is_self_funding(cells[i]) for i in value_columns)
    quote = " | ".join(c.strip() for c in cells if c.strip())
    if not values and not self_funding and not ref and not _is_application(cells, roles):
        return None
    labels = [_cell(cells, roles, "name")] if "purpose" in roles else texts  # not a summary's words
    if any(_TOTAL_RE.search(t) for t in labels) or not texts:
        kind: LineKind = "total"
        name = name or (texts[0] if texts else "")
    elif not name and description:
        kind = "continuation"
    else:
        kind, name = "item", name or theme or ""
    return TableLine(kind=kind, name=name, ref=ref, theme=theme, description=description,
                     status=_status(_cell(cells, roles, "status")), values=values, self_funding=self_funding, page=page, quote=quote)


def _is_application(cells: list[str], roles: dict[str, int]) -> bool:
    """A grant list's row naming an applicant and a purpose is an application, costed or not."""
    return "purpose" in roles and bool(_cell(cells, roles, "name")) and bool(_cell(cells, roles, "purpose"))


def _status(cell: str) -> str | None:
    """A status cell's first sentence when it says where the application stands, else None
    ("Approved.\nMeets the criteria." -> "Approved")."""
    return split_at_full_stops(cell.splitlines()[0])[0].rstrip(" .") if is_status(cell) else None


def _split_ref(ref: str, name: str) -> tuple[str | None, str]:
    """The row's own label, from a ref column or printed at the front of the name ("S1.")."""
    name = re.sub(r"\s*[-–]\s*$", "", name).strip()
    if not ref:
        marker, rest = split_marker(name)
        if marker and REF_LABEL_RE.match(marker):
            ref, name = marker, rest
    return (ref.rstrip(".") or None), name


def _value(cell: str, column: Column, row_scale: int | None) -> CellValue | None:
    """A money cell's figure: the cell itself ("1,250", "£3,099"), else the one £ amount of a
    cell that also holds words ("Vesey Ward £3,098.50")."""
    if not is_value(cell):
        amount = worded_amount(cell)
        return None if amount is None else CellValue(amount=amount, period=column.period,
                                                     total_column=column.is_total, column=column.label)
    scale = column.scale if column.scale and column.scale > 1 else (row_scale or column.scale or 1)
    amount = parse_money(cell, scale)
    if amount is None:
        return None
    negative = cell.strip().startswith(("(", "-", "–", "−"))
    return CellValue(amount=amount, period=column.period, total_column=column.is_total,
                     negative=negative, column=column.label)


def _extend_last(lines: list[TableLine], cells: list[str], roles: dict[str, int]) -> None:
    """Text on a row of its own: a name wrapped onto the next line, or a description."""
    if not lines:
        return
    last = lines[-1]
    text = " ".join(c.strip() for c in cells if c.strip())
    name_part = _cell(cells, roles, "name")
    if name_part and len(name_part.split()) <= 3 and not name_part.endswith("."):
        update = {"name": f"{last.name} {name_part}".strip()}
        theme_part = _cell(cells, roles, "theme")
        if theme_part and last.theme:
            update["theme"] = f"{last.theme} {theme_part}"
    else:
        update = {"description": f"{last.description} {text}".strip()}
    update["quote"] = f"{last.quote} {text}"
    lines[-1] = last.model_copy(update=update)


def with_printed_headers(blocks: list[Block], index: int) -> Block:
    """A table whose first row already holds figures, given the column words printed above it
    (run into the text line before it, past any headings) or, when it goes on under a new
    heading, those of the table before it: "Budget Spent Budget Spent / 2017-18 2018-19" over
    "Clerk's Salary | 3,500 | 3,421 | 3,500" heads the figures "Budget 2017-18", "Spent
    2017-18", "Budget 2018-19"."""
    block = blocks[index]
    rows = [r for r in block.rows if any(c.strip() for c in r.cells)]
    value_columns = sorted(figure_columns(rows))
    if not rows or not any(is_value(rows[0].cells[i]) for i in value_columns):
        return block
    words = _words_above(blocks, index)
    if len(words) < len(value_columns):
        return block
    header = [""] * len(rows[0].cells)
    for column, word in zip(value_columns, words):
        header[column] = word
    return block.model_copy(update={"rows": [Row(cells=header, page=rows[0].page), *block.rows]})


def _words_above(blocks: list[Block], index: int) -> list[str]:
    for earlier in range(index - 1, -1, -1):
        if blocks[earlier].kind == "heading":
            continue
        if blocks[earlier].kind == "table":
            repaired = with_printed_headers(blocks, earlier)
            return [] if repaired is blocks[earlier] else [c for c in repaired.rows[0].cells if c]
        return column_words(blocks[earlier].text)
    return []


def column_words(text: str) -> list[str]:
    """The column headings a line of text ends in: "ITEM Budget Spent Budget Spent 2017-18
    2018-19" -> "Budget 2017-18", "Spent 2017-18", "Budget 2018-19", "Spent 2018-19"; [] when
    the words are not capitalised or the years cannot be spread evenly over them."""
    match = _COLUMN_WORDS_RE.search(text.strip())
    if not match:
        return []
    words, years = match["words"].split(), match["years"].split()
    if not all(word[0].isupper() for word in words):  # "... the forecast outturn": a sentence
        return []
    if not years:
        return words
    if len(words) % len(years):
        return []
    span = len(words) // len(years)
    return [f"{word} {years[i // span]}" for i, word in enumerate(words)]


def side_by_side(block: Block) -> list[Block]:
    """Two accounts printed side by side ("PRECEPT | £6,395 | | DONATIONS | £5,113") as two
    tables, split at the leftmost column where a row's second label starts; a side whose rows
    hold one figure each is closed up to "label | figure", since its figures wander between
    columns. A table with no row of label, figure, label, figure is returned as it is."""
    starts = [_second_label_at(row.cells) for row in block.rows]
    found = [start for start in starts if start is not None]
    if len(found) < _SIDE_BY_SIDE_ROWS:
        return [block]
    split = min(found)
    sides = [[row.cells[:split] for row in block.rows], [row.cells[split:] for row in block.rows]]
    return [_side_table(block, cells) for cells in sides]


def _second_label_at(cells: list[str]) -> int | None:
    """Where a row's label, figure, label, figure run has its second label; None if it has none
    ("1 | Shared Service | £300,000" is a numbered row, not two accounts)."""
    filled = [(i, is_value(c)) for i, c in enumerate(cells) if c.strip()]
    for k in range(2, len(filled) - 1):
        label_figure_label = [figure for _, figure in filled[k - 2:k + 1]] == [False, True, False]
        if label_figure_label and any(figure for _, figure in filled[k + 1:]):
            return filled[k][0]
    return None


def _side_table(block: Block, side: list[list[str]]) -> Block:
    if all(sum(is_value(c) for c in cells) <= 1 for cells in side):
        side = [_closed_up(cells) for cells in side]
    rows = [Row(cells=cells, page=row.page) for cells, row in zip(side, block.rows) if any(c.strip() for c in cells)]
    return block.model_copy(update={"rows": rows, "text": "\n".join(" | ".join(r.cells) for r in rows)})


def _closed_up(cells: list[str]) -> list[str]:
    """A row of one account as "label | figure" ("", "£1,065.92" for a figure with no label)."""
    words = " ".join(c.strip() for c in cells if c.strip() and not is_value(c))
    return [words, *(c for c in cells if is_value(c))]


# A table's caption: "Table 1: Forecast outturn 2011/12", or a lead-in line ending in a colon.
_CAPTION_RE = re.compile(rf"^{CAPTION_NUMBER}|:\s*$", re.I)


_MAX_TITLE_LINE_WORDS = 12


def caption_scale(blocks: list[Block], index: int) -> int | None:
    """The scale a table's caption gives its figures ("Appendix A – Service outturn (£'000)":
    thousands; a short line over it, "Summary position (£m)": millions; "Budget 2025-26 (£)" or a
    line that names a budget, "Home > Finance > Budget": pounds), None where it says nothing of
    money."""
    above = blocks[index - 1] if index else None
    titled = [above.text] if above and above.kind in ("paragraph", "heading") \
        and len(above.text.split()) <= _MAX_TITLE_LINE_WORDS else []
    lines = [*captions(blocks, index), *titled]
    scales = [scale for scale in map(column_scale, lines) if scale]
    if any(scale > 1 for scale in scales):
        return max(scales)
    return 1 if scales or any(_BUDGET_CAPTION_RE.search(line) for line in lines) else None


# A caption that names what the table's money is: "Revenue budget 2025/26", "Precept", "Capital programme".
_BUDGET_CAPTION_RE = re.compile(r"\b(?:budgets?|precepts?|estimates|capital\s+programme|revenue\s+account|spending)\b",
                                re.IGNORECASE)


def captions(blocks: list[Block], index: int) -> list[str]:
    """The caption over a table and the lines that lead into it, nearest first: "That the rolling
    programmes for 2024/25 be funded as follows:" / "Capital receipts of £2.75m to pay for the
    programmes:" / the table."""
    found: list[str] = []
    for earlier in range(index - 1, -1, -1):
        block = blocks[earlier]
        if block.kind not in ("paragraph", "list_item") or not _CAPTION_RE.search(block.text):
            break
        found.append(block.text)
        if not block.text.rstrip().endswith(":"):  # "Table 3: schemes" leads in from nothing above
            break
    return found
