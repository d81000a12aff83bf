"""The quarter a performance report is about, which its reported targets are due by.

A quarterly performance report names the quarter it covers near its start: "Service
Performance Report 2026-27 Quarter Two", "Performance Update - Quarter Three 2025-26",
"Q1 2026/27", or as a span, "for the period 1st October 2026 to 31st December 2026". A
target the report measures performance against ("12.1 days against a target of 10") is the
level due by the end of that quarter. Quarters are of the April-to-March financial year:
Quarter One ends in June of its first year, Quarter Four in March of the next.
"""
from __future__ import annotations

import re

from paper_miner.extract.common.parse import find_dates, find_financial_years
from paper_miner.extract.common.vocabulary import MONTH, NUMBER_WORDS, ORDINAL_WORDS, YEAR, YEAR_OR_SPAN_DASHED
from paper_miner.models import Block, Target

# How far into a paper its reporting period is named: a title and an opening paragraph or two.
_OPENING_BLOCKS = 12
def _quarter(name: str) -> str:
    """A quarter as printed, "Q3", "Quarter 3", "Quarter Three", "third quarter", its groups named after ``name``."""
    return (rf"(?:q\s?(?P<{name}_digit>[1-4])|quarter\s+(?P<{name}_number>[1-4]|one|two|three|four)"
            rf"|(?P<{name}_ordinal>first|second|third|fourth)\s+quarter)")


# "Quarter Three 2025-26", "Q4 2025/26", "2026-27 Quarter One", "2026-27 - Q1".
_QUARTER_OF_YEAR_RE = re.compile(
    rf"\b{_quarter('before')}\s*(?:[-–,]\s*|of\s+)?(?P<before_year>{YEAR_OR_SPAN_DASHED})(?![\d/-])"
    rf"|(?<![\d/])(?P<after_year>{YEAR_OR_SPAN_DASHED})\s*[-–,]?\s*{_quarter('after')}\b",
    re.IGNORECASE)
# "for the period 1st October 2026 to 31st December 2026", "(July 2026 to September 2026)".
_SPAN_END_RE = re.compile(rf"\b(?:to|until)\s+(?P<end>(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH}\s+{YEAR})", re.IGNORECASE)
_PERIOD_WORDS_RE = re.compile(r"\b(?:period|quarter)\b", re.IGNORECASE)


def _quarter_number(match: re.Match[str], name: str) -> int:
    digit, number, ordinal = (match.group(f"{name}_{part}") for part in ("digit", "number", "ordinal"))
    if ordinal:
        return ORDINAL_WORDS[ordinal.lower()]
    word = (digit or number).lower()
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def quarter_end(quarter: int, year: str) -> str | None:
    """The month a financial year's quarter ends ("2025/26", 3 -> "2025-12"; 4 -> "2026-03")."""
    years = find_financial_years(year)
    if not years:
        return None
    first = int(years[0][:4])
    month = 3 * quarter + 3
    return f"{first + 1}-03" if month > 12 else f"{first}-{month:02d}"


def _named_quarter(text: str) -> str | None:
    match = _QUARTER_OF_YEAR_RE.search(text)
    if match is None:
        return None
    name = "before" if match.group("before_year") else "after"
    return quarter_end(_quarter_number(match, name), match.group(f"{name}_year"))


def _span_end(text: str) -> str | None:
    """The month a reporting span printed as dates ends ("1st July 2026 to 30th September 2026")."""
    for match in _SPAN_END_RE.finditer(text):
        if _PERIOD_WORDS_RE.search(text[max(0, match.start() - 60):match.start()]):
            dates = find_dates(match.group("end"))
            if dates:
                return dates[0][0][:7]
    return None


def reporting_quarter(blocks: list[Block]) -> str | None:
    """The month the quarter a paper reports on ends, from its opening blocks, or None."""
    opening = " ".join(block.text for block in blocks[:_OPENING_BLOCKS])
    return _named_quarter(opening) or _span_end(opening)


def due_by_report_end(target: Target, quarter: str | None) -> Target:
    """A target reported against (it has an ``actual``) with no deadline of its own, or only
    one before the quarter reported on (a comparison with a year before), is due by the end
    of that quarter."""
    if quarter is None or target.actual is None or (target.deadline and target.deadline[:7] >= quarter):
        return target
    return target.model_copy(update={"deadline": quarter})
