"""Read performance tables: one target per row that has a figure in a target column.

Council performance reports print indicators as tables such as
``Indicator | Description | Baseline 2008/09 | Target 2009/10 | Actual | RAG``,
``Ref | Measure | 2009/10 Actual | 2010/11 Target`` or ``PI | Target | Q1 | Q2 | Q3 | Q4``.
The columns left of the first target column name the indicator (a code and a description);
a baseline column, or failing that the latest actual/outturn column before the target, gives
the starting value; the target column's year header gives the deadline. Quarterly and later
actuals, status and commentary columns are reports of performance, not targets.
"""
from __future__ import annotations

import re

from pydantic import BaseModel

from ..models import Row, Target
from .parse import parse_deadline
from .target_codes import Code, cell_code, find_codes
from .target_patterns import direction
from .target_text import LABEL_BRACKET_RE
from .target_values import amount_of, unit_of

_TARGET_RE = re.compile(r"\btargets?\b", re.IGNORECASE)
# "Target date", "Target met?", "Variance from target" report on a target; they are not one.
_NOT_TARGET_RE = re.compile(
    r"\b(?:date|met|achieved|status|variance|rag|missed|against|on\s+track|owner)\b|%\s+of\s+target",
    re.IGNORECASE)
_BASELINE_RE = re.compile(r"\bbaseline\b", re.IGNORECASE)
_ACTUAL_RE = re.compile(r"\b(?:actual|outturn|out-turn|performance|current|result|position)\b"
                        r"|^\s*(?:19|20)\d\d(?:\s?[/-]\s?\d\d(?:\d\d)?)?\s*$", re.IGNORECASE)
_PERIOD_RE = re.compile(r"\b(?:q[1-4]|quarter|qtr|month|ytd|year\s+to\s+date)\b", re.IGNORECASE)
_POLARITY_RE = re.compile(r"\bpolarity\b|\bgood\s+(?:performance\s+)?is\b|\b(?:higher|lower)\s+is\s+better",
                          re.IGNORECASE)
_OTHER_RE = re.compile(r"\b(?:status|rag|trend|travel|comments?|commentary|notes?|owner|lead)\b",
                       re.IGNORECASE)
_YEAR_RE = re.compile(r"(?:19|20)\d\d(?:\s?/\s?\d\d(?:\d\d)?)?")
_BOUND = (r"<=?|>=?|≤|≥|at\s+least|at\s+most|no\s+more\s+than|(?:less|more|fewer)\s+than|under|over"
          r"|below|above|min(?:imum)?|max(?:imum)?")
_FIGURE_RE = re.compile(
    rf"^(?P<bound>(?:{_BOUND})\.?:?\s*)?(?P<quantity>£?\s?\d[\d,]*(?:\.\d+)?\s?(?:%|per\s?cent|[A-Za-z]{{1,8}})?)"
    r"\s*$", re.IGNORECASE)
_UNIT_WORD_RE = re.compile(r"\b(days|weeks|hours|minutes|seconds|kg|tonnes|points)\b|(£)", re.IGNORECASE)
_SHARE_WORD_RE = re.compile(r"%|\bper\s?cent|\bpercentage\b|\bproportion\b", re.IGNORECASE)
_RATE_RE = re.compile(r"\b(?:per|a)\s+(?:100(?:,\s?000)?|1,000|thousand)\b", re.IGNORECASE)
_SECONDS = {"hours": 3600, "minutes": 60}


class Columns(BaseModel):
    """What each column of a performance table holds, read from its header row."""

    targets: list[int]
    labels: list[int]
    baseline: int | None = None
    polarity: int | None = None


def target_columns(header: Row) -> list[int]:
    return [i for i, cell in enumerate(header.cells)
            if _TARGET_RE.search(cell) and not _NOT_TARGET_RE.search(cell) and len(cell) <= 40]


def columns_of(header: Row) -> Columns:
    targets = target_columns(header)
    cells = header.cells
    first = targets[0] if targets else len(cells)
    labels = [i for i in range(first) if not _is_value_header(cells[i])]
    baseline = next((i for i, c in enumerate(cells) if _BASELINE_RE.search(c)), None)
    if baseline is None:
        actuals = [i for i in range(first) if _ACTUAL_RE.search(cells[i]) and not _PERIOD_RE.search(cells[i])]
        baseline = actuals[-1] if actuals else None
    polarity = next((i for i, c in enumerate(cells) if _POLARITY_RE.search(c)), None)
    return Columns(targets=targets, labels=labels, baseline=baseline, polarity=polarity)


def _is_value_header(cell: str) -> bool:
    return any(pattern.search(cell) for pattern in
               (_BASELINE_RE, _ACTUAL_RE, _PERIOD_RE, _POLARITY_RE, _OTHER_RE))


def is_figure(cell: str) -> bool:
    """Whether a cell is a figure ("85%", "< 5", "2,000", "£1.2m", "7 days")."""
    return bool(_FIGURE_RE.match(cell.strip()))


def performance_targets(row: Row, header: Row, columns: Columns) -> list[Target]:
    """One target per target column holding a figure in this row."""
    label = " ".join(row.cells[i].strip() for i in columns.labels if i < len(row.cells)).strip()
    if not re.search(r"[A-Za-z]{3}", label):
        return []  # a totals or sub-heading row names no indicator
    code = next((c for c in (cell_code(row.cells[i]) for i in columns.labels if i < len(row.cells)) if c),
                None) or _code_in(label)
    measure = _measure(label, code)
    found = []
    for column in columns.targets:
        cell = row.cells[column].strip() if column < len(row.cells) else ""
        if is_figure(cell):
            found.append(_target(row, header, columns, column, measure, code))
    return found


def _code_in(label: str) -> Code | None:
    codes = find_codes(label)
    return codes[0] if codes else None


def _measure(label: str, code: Code | None) -> str:
    text = label
    if code is not None:
        text = text.replace(code.printed, " ", 1)
    text = re.sub(r"\s+", " ", LABEL_BRACKET_RE.sub(" ", text)).strip(" ,.;:-–")
    return f"{text} ({code.printed})" if code is not None and code.suffix else text


def _cell_value(cell: str, unit_hint: str) -> tuple[float | None, str, str | None]:
    """(value, unit, bound) of a figure cell; a bare number takes the unit its column or
    measure names, in seconds for a time."""
    match = _FIGURE_RE.match(cell.strip())
    quantity = match.group("quantity")
    value, unit = amount_of(quantity), unit_of(quantity)
    if unit == "count" and unit_hint != "count":
        unit = unit_hint
        if unit_hint in _SECONDS and value is not None:
            value, unit = value * _SECONDS[unit_hint], "seconds"
    bound = match.group("bound")
    return value, unit, bound.strip().lower() if bound else None


def _unit_hint(header_cell: str, measure: str) -> str:
    if _SHARE_WORD_RE.search(header_cell) or _SHARE_WORD_RE.search(measure):
        return "%"
    rate = _RATE_RE.search(f"{header_cell} {measure}")
    if rate:
        return unit_of(f"1 {rate.group(0)}")  # "per 100,000", as the running text has it
    word = _UNIT_WORD_RE.search(f"{header_cell} {measure}")
    if word is None:
        return "count"
    return "GBP" if word.group(2) else word.group(1).lower()


def _target(row: Row, header: Row, columns: Columns, column: int, measure: str,
            code: Code | None) -> Target:
    value, unit, bound = _cell_value(row.cells[column], _unit_hint(header.cells[column], measure))
    baseline = _baseline(row, columns)
    year = _YEAR_RE.search(header.cells[column])
    return Target(
        page=row.page, quote=" | ".join(c.strip() for c in row.cells if c.strip()),
        indicator=code.code if code else None, measure=measure, baseline=baseline, target=value,
        unit=unit, deadline=parse_deadline(f"by {year.group(0)}") if year else None,
        direction=_direction(row, columns, baseline, value, measure, bound),
    )


def _baseline(row: Row, columns: Columns) -> float | None:
    if columns.baseline is None or columns.baseline >= len(row.cells):
        return None
    cell = row.cells[columns.baseline].strip()
    return amount_of(_FIGURE_RE.match(cell).group("quantity")) if is_figure(cell) else None


def _direction(row: Row, columns: Columns, baseline: float | None, target: float | None,
               measure: str, bound: str | None) -> str:
    """Which way the row aims: its polarity column, its figures, its words, its bound."""
    if columns.polarity is not None and columns.polarity < len(row.cells):
        polarity = row.cells[columns.polarity].strip().lower()
        if re.match(r"(?:high|up|increase|↑|\+)", polarity):
            return "increase"
        if re.match(r"(?:low|down|decrease|reduce|↓)", polarity):
            return "decrease"
    if baseline is not None and target is not None:
        if baseline == target:
            return "maintain"
        return "increase" if target > baseline else "decrease"
    worded = direction(measure)
    if worded not in (None, "achieve"):
        return worded
    if bound:
        return "decrease" if re.match(r"<|≤|at most|no more|less|fewer|under|below|max", bound) else "increase"
    return "achieve"
