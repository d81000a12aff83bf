"""Read performance tables: one target per row that has a figure in a target column.

Council performance reports print indicators as tables such as
``Indicator | Description | Baseline 2008/09 | Target 2009/10 | Actual | RAG``,
``Ref | Measure | 2009/10 Actual | 2010/11 Target`` or ``PI | Target | Q1 | Q2 | Q3 | Q4``.
The columns left of the first target column name the indicator (a code and a description);
a baseline column, or failing that the latest actual/outturn column before the target, gives
the starting value; a deadline column ("Deadline", "By", or cells such as "Mar 2011" or
"2011/12" under a garbled header) or else the target column's year header gives the deadline.
A figure may carry the period it refers to ("0.82 (2008/09)") or its change ("12% reduction").
Quarterly and later actuals, status and commentary columns are reports of performance; quarters
printed after last year's outturn give the latest value. A "Unit" column names each row's unit
and money scale ("days", "£k"). A scorecard may head its target column "Aim" or "Standard".
"""
from __future__ import annotations

import re

from pydantic import BaseModel

from paper_miner.extract.common.parse import column_scale, parse_deadline
from paper_miner.extract.common.vocabulary import MONTH, MONTH_STEM_WORD, YEAR, YEAR_OR_SPAN, YEAR_OR_SPAN_DASHED
from paper_miner.extract.targets.codes import Code, cell_code, find_codes
from paper_miner.extract.targets.patterns import curbs_rise, direction, done_in_time, lower_is_better
from paper_miner.extract.targets.text import LABEL_BRACKET_RE
from paper_miner.extract.targets.values import amount_of, unit_of
from paper_miner.models import Row, Target

# A logframe names its target column "Objectively Verifiable Indicators"; a plan may say "Ambition".
_TARGET_RE = re.compile(r"\btargets?\b|\bverifiable\s+indicators?\b|^\s*ambitions?\s*$", re.IGNORECASE)
# A scorecard may call it "Aim", "Standard" or "Ambition 2025/26": a target only beside a column
# reporting on it (a fees table's "Standard" charge is none).
# Its unit may follow in brackets: "Standard (minutes)".
_SCORECARD_TARGET_RE = re.compile(rf"^\s*(?:ambitions?|aims?|standards?)(?:\s+(?:for\s+)?{YEAR_OR_SPAN})?"
                                  r"(?:\s*\([^()]{1,15}\))?\s*$", re.IGNORECASE)
# "Target date", "Target met?", "Variance from target" report on a target; they are not one,
# nor is a rating's column in a summary counting indicators by it ("Near target", "Above target").
_NOT_TARGET_RE = re.compile(
    r"\b(?:date|met|achieved|status|variance|rag|missed|against|on\s+track|owner)\b|%\s+of\s+target"
    r"|\b(?:near|above|below|on|off|over|under|within|close\s+to|behind|ahead\s+of)\s+(?:the\s+)?targets?\b",
    re.IGNORECASE)
# The header of the column naming each indicator: "Indicator", "Measure", "KPI", "Description".
NAME_HEADER_RE = re.compile(r"\b(?:indicators?|measures?|pis?|kpis?|name|description)\b", re.IGNORECASE)
_CONTEXT_HEADER_RE = re.compile(r"^\W*(?:outcomes?|priorit(?:y|ies)|objectives?|themes?|aims?|goals?)\W*$",
                                re.IGNORECASE)
_CUMULATIVE_RE = re.compile(r"\b(?:ytd|year\s+to\s+date|cumulative)\b", re.IGNORECASE)
# "Q2", "Qtr 3 2024/25", "Q2 2025/26 (%)": a quarter's column, its unit perhaps in brackets.
_QUARTER_HEADER_RE = re.compile(r"\s*(?:q|qtr|quarter\s*)[1-4](?:\s+(?:19|20)\d\d\S*)?(?:\s*\([^()]{1,12}\))?\s*",
                                re.IGNORECASE)
# "Apr", "May 2025", "Jun-25": a month's column in a monthly report, read as a quarter's is.
_MONTH_HEADER_RE = re.compile(rf"\s*{MONTH}\.?(?:[\s-]+(?:\d\d|{YEAR}))?\s*", re.IGNORECASE)
_BASELINE_RE = re.compile(r"\bbaseline\b", re.IGNORECASE)
_ACTUAL_RE = re.compile(r"\b(?:actual|achieved|value|outturn|out-turn|performance(?!\s+(?:indicator|measure))|current|result|position)\b"
                        r"|^\s*(?:19|20)\d\d(?:\s?[/-]\s?\d\d(?:\d\d)?)?\s*$", re.IGNORECASE)
_PERIOD_RE = re.compile(r"\b(?:q[1-4]|quarter|qtr|month|ytd|year\s+to\s+date)\b", re.IGNORECASE)
_POLARITY_RE = re.compile(r"\bpolarity\b|\bgood\s+(?:performance\s+)?is\b|\b(?:higher|lower)\s+is\s+better",
                          re.IGNORECASE)
_OTHER_RE = re.compile(r"\b(?:status|rag|trend|travel|comments?|commentary|notes?|owner|lead|previous|prior|last\s+year)\b",
                       re.IGNORECASE)
_LATEST_RE = re.compile(r"\b(?:latest|actual|achieved|current|outturn|out-turn|value|results?|ytd|year\s+to\s+date)\b", re.IGNORECASE)
_UNIT_HEADER_RE = re.compile(r"^\s*units?(?:\s+of\s+measure)?\s*$", re.IGNORECASE)
_FLOOR_RE = re.compile(r"\bfloor\b|\bminimum\s+standard\b", re.IGNORECASE)
_RAG_HEADER_RE = re.compile(r"\b(?:rag|status|rating|traffic\s+light)\b|\b(?:met|achieved)\s*\?", re.IGNORECASE)
_RAG_CELL_RE = re.compile(r"^\W*(red|amber|green)\b", re.IGNORECASE)
_RAG_LETTERS = {"R": "red", "A": "amber", "G": "green"}  # a rating column printing only the initial
_ANSWER_RE = re.compile(r"^\W*(?:(no)|yes)\W*$", re.IGNORECASE)
_MET_RE = re.compile(r"^\W*(not\s+|off\s+)?(?:met|achieved|on\s+target|target)\b", re.IGNORECASE)
_HIGHER_RE = re.compile(r"^\W*(?:high|up|increase|bigger|more|↑|\+)", re.IGNORECASE)
_LOWER_RE = re.compile(r"^\W*(?:low|down|decrease|reduce|smaller|less|fewer|minimi[sz]e|↓)", re.IGNORECASE)
_POLARITY_BRACKET_RE = re.compile(r"\((minimi[sz]e|maximi[sz]e|(?:higher|lower|bigger|smaller)\s+is\s+better)\)",
                                  re.IGNORECASE)
# A year or financial year in a header: "2024", "2024/25", "2024-25" (not the span "2020-2025").
_HEADER_YEAR = rf"(?:19|20)\d\d\s?-\s?\d\d(?!\d)|{YEAR_OR_SPAN}"
_QUARTER_OR_YEAR_RE = re.compile(rf"(?:\bQ[1-4]\s+)?(?:{_HEADER_YEAR})|\bQ[1-4]\b", re.IGNORECASE)
_QUARTER_RE = re.compile(r"\bQ(?P<quarter>[1-4])\s+(?P<start>(?:19|20)\d\d)\s?/\s?\d\d\b", re.IGNORECASE)
_DEADLINE_HEADER_RE = re.compile(r"\b(?:deadline|due|(?:target|completion)\s+date|timescales?)\b"
                                 r"|^\s*by(?:\s+when)?\s*$", re.IGNORECASE)
# A deadline cell: "Mar 2011", "31 March 2012", "Sept. 2010", "2011/12".
_DEADLINE_CELL_RE = re.compile(
    r"^(?:by\s+)?(?:(?:end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    rf"{MONTH_STEM_WORD}\.?\s+{YEAR}"
    rf"|{YEAR}\s?[/-]\s?\d\d(?:\d\d)?)$", re.IGNORECASE)
_CHANGES = r"reduction|decrease|cut|fall|increase|rise|improvement"
# The period a figure refers to, printed after it: "0.82 (2008/09)", "19.5% (Mar 2010)".
_PERIOD_BRACKET_RE = re.compile(
    rf"\s*\((?P<period>(?:[A-Za-z]{{3,9}}\.?\s+)?{YEAR_OR_SPAN_DASHED})\)\s*$")
_YEAR_RE = re.compile(_HEADER_YEAR)
BOUND = (r"<=?|>=?|≤|≥|at\s+least|at\s+most|no\s+more\s+than|(?:less|more|fewer|lower|higher|greater)\s+than|under|over"
         r"|below|above|min(?:imum)?|max(?:imum)?")
# A bound printed after the figure: "10 or less", "95% or more".
BOUND_AFTER = r"less|fewer|lower|below|under|more|higher|above|over|greater"
_FIGURE_RE = re.compile(
    rf"^(?P<bound>(?:{BOUND})\.?:?\s*)?"
    rf"(?P<quantity>£?\s?\d[\d,]*(?:\.\d+)?\s?(?:%|per\s?cent|(?!(?:{_CHANGES})\b)[A-Za-z]{{1,8}})?)"
    rf"(?:\s+(?P<change>{_CHANGES})|\s+or\s+(?P<bound_after>{BOUND_AFTER}))?\s*$", re.IGNORECASE)
_UNIT_WORD_RE = re.compile(r"\b(days|weeks|hours|minutes|seconds|kg|tonnes|points)\b|(£)", re.IGNORECASE)
_SHARE_WORD_RE = re.compile(r"%|\bper\s?cent|\bpercentage\b|\bproportion\b", re.IGNORECASE)
_RATE_RE = re.compile(r"\b(?:per|a)\s+(?:100(?:,\s?000)?|1,000|thousand)\b", re.IGNORECASE)


class Columns(BaseModel):
    """What each column of a performance table holds, read from its header row."""

    targets: list[int]
    labels: list[int]
    baseline: int | None = None
    polarity: int | None = None
    deadline: int | None = None
    actual: int | None = None  # "Latest", "Actual Q4 2019/20", "Current value"
    floor: int | None = None  # "Floor", "Minimum standard"
    rag: int | None = None  # "RAG", "Status", "Rating"
    quarters: list[int] = []  # "Q1 | Q2 | Q3 | Q4": the last filled is the latest, failing an actual column
    unit: int | None = None  # "Unit": each row's unit ("days", "%", "£k")


def target_columns(header: Row) -> list[int]:
    scorecard = any(_reports_on_target(cell) for cell in header.cells)
    return [i for i, cell in enumerate(header.cells)
            if (_TARGET_RE.search(cell) or (scorecard and _SCORECARD_TARGET_RE.match(cell)))
            and not _NOT_TARGET_RE.search(cell) and len(cell) <= 40 and not _holds_figure(cell)]


def _reports_on_target(cell: str) -> bool:
    """A scorecard's column of results: "Latest", "Current", "Q2", "RAG", "Rating"."""
    return bool(_LATEST_RE.search(cell) or _is_period_column(cell) or _RAG_HEADER_RE.search(cell))


def _holds_figure(cell: str) -> bool:
    """"Annual target 21 days": a header run into its first row, no column name."""
    return bool(re.search(r"\d\s*(?:%|days?|weeks?)", _QUARTER_OR_YEAR_RE.sub("", cell)))


def columns_of(header: Row, rows: list[Row] = ()) -> Columns:
    """Read the header; a deadline column is also known by its cells (``rows``)."""
    targets = target_columns(header)
    cells = header.cells
    deadline = _deadline_column(header, rows, targets)
    first = targets[0] if targets else len(cells)
    baseline = next((i for i, c in enumerate(cells) if _BASELINE_RE.search(c)), None)
    if baseline is None:
        actuals = [i for i in range(first) if _ACTUAL_RE.search(cells[i]) and not _PERIOD_RE.search(cells[i])
                   and i != deadline and not _same_year(cells[i], cells[first])]
        baseline = actuals[-1] if actuals else None
    report = _report_columns(cells, baseline)
    labels = _label_columns(cells, range(first), deadline, report) or [
        i for i in _label_columns(cells, range(first + 1, len(cells)), deadline, report)
        if NAME_HEADER_RE.search(cells[i])] or _first_names_rows(cells, first, report)
    labels = _name_columns(cells, labels)
    polarity = next((i for i, c in enumerate(cells) if _POLARITY_RE.search(c)), None)
    quarters = [i for i, c in enumerate(cells) if _is_period_column(c) and i not in targets]
    unit = next((i for i, c in enumerate(cells) if _UNIT_HEADER_RE.match(c)), None)
    return Columns(targets=targets, labels=labels, baseline=baseline, polarity=polarity,
                   deadline=deadline, quarters=quarters, unit=unit, **report)


def _first_names_rows(cells: list[str], first: int, report: dict) -> list[int]:
    """"Performance | 2015/16 Value | 2016/17 Target": a first column headed by a word that could
    head figures, before dated columns of its own kind, still names the rows."""
    dated = [c for c in cells[1:first + 1] if _YEAR_RE.search(c)]
    return [0] if first > 1 and len(dated) == first and not _YEAR_RE.search(cells[0]) and report["actual"] != 0 else []


def _same_year(actual: str, target: str) -> bool:
    """"Outturn 2012/13" beside "Target 2012/13" reports on the target; it is no baseline, and
    neither is a bare "Actual" beside a bare "Target" (this period's, both)."""
    years = _YEAR_RE.search(actual), _YEAR_RE.search(target)
    return (all(years) and years[0].group(0) == years[1].group(0)) or not any(years)


def _name_columns(cells: list[str], labels: list[int]) -> list[int]:
    """The label columns that name the indicator: beside a "Measure" or "Indicator" column, one
    headed "Outcome", "Priority" or "Objective" says what the measure serves, as a heading
    would ("Outcome | Measure | Baseline | Target 2025/26": the measure is the second cell)."""
    if not any(NAME_HEADER_RE.search(cells[i]) for i in labels):
        return labels
    return [i for i in labels if not _CONTEXT_HEADER_RE.match(cells[i])]


def _label_columns(cells: list[str], where: range, deadline: int | None, report: dict) -> list[int]:
    return [i for i in where if not _is_value_header(cells[i]) and not _TARGET_RE.search(cells[i])
            and not _SCORECARD_TARGET_RE.match(cells[i])
            and i not in (deadline, *report.values())]


def _report_columns(cells: list[str], baseline: int | None) -> dict[str, int | None]:
    """Where a scorecard reports on its targets: the latest actual, the floor, the rating."""
    actuals = [i for i, c in enumerate(cells) if _LATEST_RE.search(c) and i != baseline
               and not _TARGET_RE.search(c)]
    if not actuals and baseline is not None and _ACTUAL_RE.search(cells[baseline]):
        actuals = [baseline]  # "2017/18 value | 2018/19 target": the last actual is the latest
    return {"actual": actuals[-1] if actuals else None,
            "floor": next((i for i, c in enumerate(cells) if _FLOOR_RE.search(c)), None),
            "rag": next((i for i, c in enumerate(cells) if _RAG_HEADER_RE.search(c)), None)}


def _deadline_column(header: Row, rows: list[Row], targets: list[int]) -> int | None:
    """The column headed "Deadline", "By", "Due" or "Target date", or else the one whose
    filled cells are mostly dates ("Mar 2011", "2011/12"), however its header reads. The first
    column names the rows unless it holds dates: "Action/Timescales" over "Urgent cases /
    Completed within 24 hours" is the rows' names."""
    others = [i for i in range(len(header.cells)) if i not in targets]
    named = next((i for i in others if _DEADLINE_HEADER_RE.search(header.cells[i])
                  and (i or _holds_dates(rows, i))), None)
    if named is not None:
        return named
    return next((i for i in others if _holds_dates(rows, i)), None)


def _holds_dates(rows: list[Row], column: int) -> bool:
    filled = [r.cells[column].strip() for r in rows if column < len(r.cells) and r.cells[column].strip()]
    dates = sum(bool(_DEADLINE_CELL_RE.match(c)) for c in filled)
    return dates >= 2 and dates >= 0.6 * len(filled)


def deadline_of(cell: str) -> str | None:
    """"Mar 2011" -> "2011-03"; "2011/12" -> "2012-03" (the financial year's end)."""
    text = cell.strip()
    if not _DEADLINE_CELL_RE.match(text):
        return None
    return parse_deadline(text if text.lower().startswith("by ") else f"by {text}")


def timescale_of(row: Row, columns: Columns) -> str | None:
    """The date in a row's deadline column: "Mar 2011", "2011/12", or a bare year ("2028")
    under a "Timescale" / "By when" header."""
    cell = _cell(row, columns.deadline).strip()
    return deadline_of(cell) or (parse_deadline(f"by {cell}") if re.fullmatch(YEAR, cell) else None)


def _is_period_column(cell: str) -> bool:
    """A quarter's or a month's column of results: "Q2", "Qtr 3 2024/25", "Apr", "Jun-25"."""
    return bool(_QUARTER_HEADER_RE.fullmatch(cell) or _MONTH_HEADER_RE.fullmatch(cell))


def _is_value_header(cell: str) -> bool:
    return _is_period_column(cell) or any(pattern.search(cell) for pattern in
                                          (_BASELINE_RE, _ACTUAL_RE, _PERIOD_RE, _POLARITY_RE, _OTHER_RE, _UNIT_HEADER_RE))


def _figure(cell: str) -> re.Match[str] | None:
    return _FIGURE_RE.match(_PERIOD_BRACKET_RE.sub("", cell.strip()))


def is_bounded(cell: str) -> bool:
    """Whether a figure cell prints its bound ("Below 1.1%", "18 days or less", "< 5")."""
    figure = _figure(cell)
    return bool(figure and (figure.group("bound") or figure.group("bound_after")))


def is_figure(cell: str) -> bool:
    """Whether a cell is a figure ("85%", "< 5", "2,000", "£1.2m", "7 days", "0.82 (2008/09)",
    "12% reduction")."""
    return _figure(cell) is not None


def _named(row: Row, columns: Columns) -> tuple[str, Code | None] | None:
    """The indicator a row names (its measure and code), or None for a totals or sub-heading row."""
    label = " ".join(row.cells[i].strip() for i in columns.labels if i < len(row.cells)).strip()
    if not re.search(r"[A-Za-z]{3}", label):
        return None
    code = next((c for c in (cell_code(row.cells[i]) for i in columns.labels if i < len(row.cells)) if c),
                None) or _code_in(label)
    return _measure(label, code), code


def worded_target(row: Row, header: Row, columns: Columns, column: int) -> Target | None:
    """A scorecard's target given in a few words ("Top quartile", "Retained") is the row's
    indicator's target, named as printed, with no figure, due when its column says."""
    named, cell = _named(row, columns), _cell(row, column)
    if named is None or re.search(r"\d", cell) or len(cell.split()) > 4 or (columns.actual, columns.rag) == (None, None):
        return None
    way = "maintain" if re.match(r"(?:maintain|retain|sustain)", cell, re.IGNORECASE) else direction(cell) or "achieve"
    return Target(page=row.page, quote=" | ".join(c.strip() for c in row.cells if c.strip()),
                  indicator=named[1].code if named[1] else None, measure=named[0], direction=way,
                  deadline=_row_deadline(row, column, header.cells[column], columns),
                  **_report(row, header, columns, None, named[0]))


def performance_targets(row: Row, header: Row, columns: Columns) -> list[Target]:
    """One target per target column holding a figure in this row."""
    named = _named(row, columns)
    if named is None:
        return []
    measure, code = named
    found = []
    for column in columns.targets:
        cell = row.cells[column].strip() if column < len(row.cells) else ""
        if is_figure(cell):
            found.append(_target(row, header, columns, column, measure, code))
    return _stepped(found)


def _stepped(found: list[Target]) -> list[Target]:
    """Targets for successive years that each ask for more ("Target 2024/25 70% | Target 2025/26
    72%") show the way to go where nothing else in the row does; falling ones ask for less. A
    quarter's target below the year's is a share of it, not a step."""
    values = [t.target for t in found]
    years = [t.period for t in found]
    if len(found) < 2 or any(t.direction != "achieve" or t.target is None for t in found) or not _distinct_years(years):
        return found
    if all(a < b for a, b in zip(values, values[1:])):
        return [t.model_copy(update={"direction": "increase"}) for t in found]
    if all(a > b for a, b in zip(values, values[1:])):
        return [t.model_copy(update={"direction": "decrease"}) for t in found]
    return found


def _distinct_years(periods: list[str | None]) -> bool:
    return all(p and _YEAR_RE.fullmatch(p.strip()) for p in periods) and len(set(periods)) == len(periods)


def _code_in(label: str) -> Code | None:
    codes = find_codes(label)
    return codes[0] if codes else None


def _measure(label: str, code: Code | None) -> str:
    text = label
    if code is not None:
        text = text.replace(code.printed, " ", 1)
    text = re.sub(r"\(\s*\)", " ", LABEL_BRACKET_RE.sub(" ", text))  # "... collected (BV 010)"
    text = re.sub(r"\s+", " ", text).strip(" ,.;:-–")
    return f"{text} ({code.printed})" if code is not None and code.suffix else text


def _cell_value(cell: str, unit_hint: str, scale: int | None = None) -> tuple[float | None, str, str | None]:
    """(value, unit, bound) of a figure cell; a bare number takes the unit its column or
    measure names ("12" under "Average wait (minutes)" is 12 minutes) and pounds the scale
    its column or unit cell prints ("1,200" in a "£k" row is £1,200,000)."""
    match = _figure(cell)
    quantity = match.group("quantity")
    value, unit = amount_of(quantity), unit_of(quantity)
    if unit == "count" and unit_hint != "count":
        unit = unit_hint
    if unit == "GBP" and scale and value is not None and not re.search(r"\d\s?[kmb]", quantity, re.IGNORECASE):
        value *= scale
    return value, unit, _bound_of(match)


def _units_of(row: Row, header: Row, columns: Columns, column: int | None) -> str:
    """What names a column's units in this row: its header and the row's "Unit" cell
    ("Target" in a row whose unit is "£k")."""
    return f"{_cell(header, column)} {_cell(row, columns.unit)}".strip()


def _bound_of(figure: re.Match[str]) -> str | None:
    """"<= 10" -> "<="; "10 or less" -> "at most"; "95% or more" -> "at least"."""
    if figure.group("bound"):
        return figure.group("bound").strip().lower()
    after = figure.group("bound_after")
    if after is None:
        return None
    return "at most" if re.match(r"less|fewer|lower|below|under", after, re.IGNORECASE) else "at least"


def unit_hint(header_cell: str, measure: str) -> str:
    if _SHARE_WORD_RE.search(header_cell) or _SHARE_WORD_RE.search(measure):
        return "%"
    rate = _RATE_RE.search(f"{header_cell} {measure}")
    if rate:
        return unit_of(f"1 {rate.group(0)}")  # "per 100,000", as the running text has it
    word = _UNIT_WORD_RE.search(f"{header_cell} {measure}")
    if word is None:
        return "count"
    return "GBP" if word.group(2) else word.group(1).lower()


# A unit column's word for a count: "number", "No.", "count".
_COUNT_UNIT_RE = re.compile(r"^(?:number|nos?\.?|count|total)$", re.IGNORECASE)


def _named_unit(row: Row, columns: Columns) -> str:
    """The unit a "Unit" column prints for a row counted in something other than a share, money
    or time ("tCO2e", "MWh", "hectares"), as printed; failing one, a count."""
    cell = _cell(row, columns.unit)
    if re.fullmatch(r"[A-Za-z][\w/²₂ .-]{0,14}", cell) and not _COUNT_UNIT_RE.match(cell):
        return cell
    return "count"


def _target(row: Row, header: Row, columns: Columns, column: int, measure: str,
            code: Code | None) -> Target:
    units = _units_of(row, header, columns, column)
    value, unit, bound = _cell_value(row.cells[column], unit_hint(units, measure), column_scale(units))
    unit = _named_unit(row, columns) if unit == "count" else unit
    change = _figure(row.cells[column]).group("change")
    baseline = _baseline(row, columns)
    period = _period(row.cells[column], header.cells[column])
    report = _report(row, header, columns, value, measure, header.cells[column])
    if _reports_another_target(header, columns, report["actual_period"], period):
        report |= {"actual": None, "actual_period": None, "rag": None}  # the rating rates that actual
    # The latest value, failing a baseline, shows the way to go, unless it is of the target's
    # own period (a quarter's result against the quarter's target has not set a trend).
    latest = None if baseline is not None or report["actual_period"] == period else report["actual"]
    way = direction(change) if change else _direction(row, columns, (baseline, latest, value), measure, bound,
                                                      report["polarity"])
    return Target(
        page=row.page, quote=" | ".join(c.strip() for c in row.cells if c.strip()),
        indicator=code.code if code else None, measure=measure, baseline=baseline, target=value,
        unit=unit, deadline=_row_deadline(row, column, header.cells[column], columns),
        direction=way, period=period, **report,
    )


def _reports_another_target(header: Row, columns: Columns, actual_period: str | None, period: str | None) -> bool:
    """Whether the latest value is of another target column's period ("Target 2024/25 | Actual
    2024/25 | RAG | Target 2025/26": this year's actual and its rating report on this year's
    target, not next year's)."""
    others = {_period("", header.cells[i]) for i in columns.targets}
    return actual_period is not None and actual_period != period and actual_period in others


def _cell(row: Row, column: int | None) -> str:
    return row.cells[column].strip() if column is not None and column < len(row.cells) else ""


def _period(cell: str, header_cell: str) -> str | None:
    """The period a figure is printed with ("0.82 (2008/09)"), else its column's ("Target Q2
    2019/20"); a target for the last quarter is the year's ("Target Q4 2019/20": 2019/20)."""
    bracket = _PERIOD_BRACKET_RE.search(cell)
    printed = _QUARTER_OR_YEAR_RE.search(header_cell)
    if bracket:
        return bracket.group("period")
    return re.sub(r"^Q4\s+(?=\S*\d)", "", printed.group(0), flags=re.IGNORECASE) if printed else None


def _figure_in(row: Row, column: int | None) -> float | None:
    match = _figure(_cell(row, column))
    return amount_of(match.group("quantity")) if match else None


def polarity_of(cell: str) -> str | None:
    """"Higher is better", "Bigger is better", "↑" -> "higher"; "Smaller is better", "Minimise" -> "lower"."""
    if _HIGHER_RE.match(cell) or re.search(r"\b(?:higher|bigger)\s+is\s+(?:better|good)", cell, re.IGNORECASE):
        return "higher"
    if _LOWER_RE.match(cell) or re.search(r"\b(?:lower|smaller)\s+is\s+(?:better|good)", cell, re.IGNORECASE):
        return "lower"
    return None


# "Q2 actual" against an "Annual target": a part of the year set beside the whole of it.
_PART_YEAR_RE = re.compile(r"\bq[1-3]\b|\bquarter\s+[1-3]\b|\bmonth", re.IGNORECASE)
_QUARTERLY_RE = re.compile(r"\bq[1-4]\b|\bquarter", re.IGNORECASE)


def _report(row: Row, header: Row, columns: Columns, target: float | None, measure: str,
            target_header: str = "") -> dict:
    """What a scorecard row reports on its target: latest actual (and its period), floor,
    rating, and which way is better (its polarity cell, else a floor below or above the target;
    not a rating of a quarter's actual still below an annual target, which rates the quarter's
    profile the table does not print)."""
    floor = _figure_in(row, columns.floor)
    latest = _actual_of_period(header, target_header)
    # the rating rates the latest actual, not an earlier year's printed beside its own target
    rag = rating_of(_cell(row, columns.rag)) if latest is None or latest == columns.actual else None
    latest = _latest_column(row, columns) if latest is None else latest
    actual_cell = _cell(row, latest)  # in the target's units: "12" under "(minutes)"
    units = _units_of(row, header, columns, latest)
    actual = _cell_value(actual_cell, unit_hint(units, measure), column_scale(units))[0] if is_figure(
        actual_cell) else None
    bracket = _POLARITY_BRACKET_RE.search(measure)  # "Missed collections (Minimise)"
    polarity = polarity_of(_cell(row, columns.polarity)) or (polarity_of(bracket.group(1)) if bracket else None)
    if polarity is None and floor is not None and target is not None and floor != target:
        polarity = "higher" if floor < target else "lower"
    # a part of the year below the whole year's target is rated against a profile not printed
    part_year = _PART_YEAR_RE.search(_cell(header, latest)) and not _QUARTERLY_RE.search(target_header)
    below_year = part_year and actual is not None and target is not None and actual < target
    if not _CUMULATIVE_RE.search(_cell(header, latest)) and not below_year:  # a year-to-date sum is below its annual target
        polarity = polarity or _rated_polarity(rag, actual, target)
    actual_header = _cell(header, latest)
    period = _QUARTER_OR_YEAR_RE.search(actual_header)
    return {"actual": actual, "actual_period": period.group(0) if period and actual is not None else None,
            "floor": floor, "rag": rag, "polarity": polarity}


def _actual_of_period(header: Row, target_header: str) -> int | None:
    """The actual column of the target's own period: "2023/24 Target | 2023/24 Actual | 2024/25
    Target | 2024/25 Actual" reports each year's result beside that year's target."""
    period = _QUARTER_OR_YEAR_RE.search(target_header)
    if period is None:
        return None
    same = [i for i, cell in enumerate(header.cells) if _LATEST_RE.search(cell) and not _TARGET_RE.search(cell)
            and (found := _QUARTER_OR_YEAR_RE.search(cell)) and found.group(0) == period.group(0)]
    return same[0] if len(same) == 1 else None


def _latest_column(row: Row, columns: Columns) -> int | None:
    """The actual column, else the last quarter with a figure ("Q1 6.1% | Q2 4.8% | Q3 | Q4");
    quarters printed after the actual column are later than it ("2023/24 outturn | Q1 | Q2 |
    Q3": last year's outturn, then this year's quarters, the last filled the latest)."""
    quarter = next((i for i in reversed(columns.quarters) if is_figure(_cell(row, i))), None)
    if columns.actual is not None and (quarter is None or quarter < columns.actual):
        return columns.actual
    return quarter


def rating_of(cell: str) -> str | None:
    """A rating cell's colour: "Green", "Red (worse)", "A"; a target "Met" or "Achieved" is
    green, "Not met" or "Off target" red."""
    colour = _RAG_CELL_RE.match(cell)
    if colour:
        return colour.group(1).lower()
    if cell.strip() in _RAG_LETTERS:
        return _RAG_LETTERS[cell.strip()]
    met = _MET_RE.match(cell) or _ANSWER_RE.match(cell)  # "Yes" / "No" under "Target met?"
    return ("red" if met.group(1) else "green") if met else None


def _rated_polarity(rag: str | None, actual: float | None, target: float | None) -> str | None:
    """Which way is better, from a rating and the latest value: a target met from above
    (96.1% against 95%, Green) is one to exceed, one missed from above (12 minutes against
    10, Red) one to stay under."""
    if rag is None or actual is None or target is None or actual == target:
        return None
    return "higher" if (actual > target) == (rag == "green") else "lower"


_MONTH_YEAR_RE = re.compile(rf"\b{MONTH}\s+{YEAR}\b", re.IGNORECASE)


def _row_deadline(row: Row, column: int, target_header: str, columns: Columns) -> str | None:
    """The row's own deadline cell, else the period its target figure is printed with
    ("0.70 (2010/11)"), else the year the target column is headed with."""
    if columns.deadline is not None and columns.deadline < len(row.cells):
        own = deadline_of(row.cells[columns.deadline])
        if own:
            return own
    period = _PERIOD_BRACKET_RE.search(row.cells[column])
    month_year = _MONTH_YEAR_RE.search(target_header)  # "Target (March 2027)": the month too
    if month_year and not period:
        return parse_deadline(f"by {month_year.group(0)}")
    year = _YEAR_RE.search(target_header)
    printed = period.group("period") if period else year.group(0) if year else None
    return _quarter_end(target_header) or (parse_deadline(f"by {printed}") if printed else None)


def _quarter_end(header: str) -> str | None:
    """"Target Q1 2021/22" is due when that quarter of the financial year ends, June 2021."""
    match = _QUARTER_RE.search(header)
    if match is None:
        return None
    quarter, start = int(match.group("quarter")), int(match.group("start"))
    return f"{start + 1}-03" if quarter == 4 else f"{start}-{3 * quarter + 3:02d}"


def _baseline(row: Row, columns: Columns) -> float | None:
    if columns.baseline is None or columns.baseline >= len(row.cells):
        return None
    match = _figure(row.cells[columns.baseline])
    return amount_of(match.group("quantity")) if match else None


def _direction(row: Row, columns: Columns, figures: tuple[float | None, float | None, float | None],
               measure: str, bound: str | None, polarity: str | None) -> str:
    """Which way the row aims: its polarity column, a curb on a rise ("limit the rising
    trend", whatever the figures), its baseline, its bound ("<= 10"), which way its floor or
    rating shows is better, its words (time taken or lost is to fall), and last the latest value
    it is to move from (kept at last year's level, it is maintained)."""
    baseline, latest, target = figures
    printed = polarity_of(_cell(row, columns.polarity))
    if printed:
        return _way(printed)
    if curbs_rise(measure):
        return "decrease"
    if baseline is not None and target is not None:
        return "maintain" if baseline == target else "increase" if target > baseline else "decrease"
    if latest is not None and latest == target:
        return "maintain"  # set at last year's level
    if bound:
        return "decrease" if re.match(r"<|≤|at most|no more|less|fewer|lower|under|below|max", bound) else "increase"
    if polarity:
        return _way(polarity)
    worded = direction(_KEPT_RE.sub("", measure))
    if worded not in (None, "achieve"):
        return worded
    return _unworded_way(columns, measure, latest, target)


# "Tenancies sustained for 12 months", "Appointments made and kept": a participle after what is
# counted says what it counts, not that the target keeps a level.
_KEPT_RE = re.compile(r"(?<=\w\s)(?:kept|sustained|maintained)\b", re.IGNORECASE)


def _unworded_way(columns: Columns, measure: str, latest: float | None, target: float | None) -> str:
    """Which way a row aims whose words say no way: a share done in time rises, time taken or
    lost falls, else the way from the latest value to the target."""
    reports = (columns.actual, columns.rag) != (None, None) or bool(columns.quarters)
    if reports and done_in_time(measure):
        return "increase"  # a scorecard's "Invoices paid within 30 days", whichever side of its target
    if lower_is_better(measure):
        return "decrease"  # "Sickness absence days per employee | 4.1 | 8": half way through the year, not a rise
    if latest is not None and target is not None and latest != target:
        return "increase" if target > latest else "decrease"
    return "achieve"


def _way(polarity: str) -> str:
    return "increase" if polarity == "higher" else "decrease"
