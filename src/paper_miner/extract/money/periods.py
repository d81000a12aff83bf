"""The period a table heading or label gives its figures, in all the spellings councils use.

A financial year: "2024/25", "2024-25", "FY 2024/25", "Q2 2024/25", and in a column heading
also the short forms "24/25", "22-23" and "FY25" (the year ending March 2025). A date the
figures stand at ("31/03/2022", "At 31 March 2023", "01.04.23") gives the financial year (April
to March) it falls in: a balance at 31.03.24 and one brought forward at 01.04.23 are both
2023/24. Also "Year 1", "3yr total" (a span) and "per annum".
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from paper_miner.extract.common.parse import financial_year, find_dates, find_financial_years, parse_period

_SPAN_RE = re.compile(r"\b(\d{1,2})\s?(?:yrs?|years?)\b", re.I)
# "22/23", "FY 24-25": two two-digit years in a row, never part of a date or a fraction.
_SHORT_FY_RE = re.compile(r"(?<![\d/.£])(?:FY\s?)?(?P<first>\d\d)\s?[/\-–]\s?(?P<second>\d\d)(?![\d/.%])", re.I)
# "annual running costs", "Annual Hall Licence", "an annual subscription": a charge paid each year.
_ANNUAL_CHARGE_RE = re.compile(
    r"\bannual\s+(?:[\w-]+\s+){0,2}?(?:costs?|charges?|fees?|licen[cs]es?|subscriptions?|rents?"
    r"|premiums?|payments?|contributions?)\b", re.I)
# "FY25", "FY 2025": the financial year ending in March of that year.
_FY_END_RE = re.compile(r"\bFY\s?(?P<end>(?:20)?\d\d)(?![\d/\-–])", re.I)
# "01.04.23", "31/03/24", "31-03-2024": day, month and year in figures.
_NUMERIC_DATE_RE = re.compile(
    r"(?<![\d/.])(?P<day>[0-3]?\d)[./-](?P<month>[01]?\d)[./-](?P<year>(?:19|20)?\d\d)(?![\d/.])")


def heading_period(text: str) -> str | None:
    """The period a column heading names; a span ("3yr total") parse_period does not read."""
    period = parse_period(text)
    span = _SPAN_RE.search(text)
    if span and not period:
        return f"{span.group(1)} years"
    return period or short_financial_year(text) or date_financial_year(text)


def short_financial_year(text: str) -> str | None:
    """ "22/23" -> 2022/23, "FY25" -> 2024/25; None for "12/15" (not consecutive)."""
    short = _SHORT_FY_RE.search(text)
    if short and int(short["second"]) == (int(short["first"]) + 1) % 100:
        return financial_year(2000 + int(short["first"]), 4)
    ending = _FY_END_RE.search(text)
    if ending:
        return financial_year(2000 + int(ending["end"]) % 100, 3)
    return None


def date_financial_year(text: str) -> str | None:
    """The financial year of the first date in a heading or label ("At 31 March 2023" ->
    2022/23, "Balance b/f 01.04.23" -> 2023/24)."""
    numeric = _NUMERIC_DATE_RE.search(text)
    if numeric and 1 <= int(numeric["month"]) <= 12:
        return financial_year(2000 + int(numeric["year"]) % 100, int(numeric["month"]))
    for iso, _, _ in find_dates(text):
        if len(iso) >= 7:  # a month, not a bare year
            return financial_year(int(iso[:4]), int(iso[5:7]))
    return None


def first_years_named(texts: Iterable[str]) -> set[str] | None:
    """The financial years named by the first of ``texts`` that names any; None when none does
    (["Cabinet minutes", "Budget Monitoring 2024-25, Quarter 3"] -> {"2024/25"})."""
    for text in texts:
        years = set(find_financial_years(text))
        if years:
            return years
    return None


def the_one(years: set[str] | None) -> str | None:
    """The year when exactly one is named; two years name no one period."""
    return next(iter(years)) if years and len(years) == 1 else None


def section_period(section: list[str], title: str | None) -> str | None:
    """The one financial year the nearest heading naming a year gives the text under it, else
    the one the paper's title names: a sentence under "Revenue Budget Monitoring - Quarter 3
    2023-24" saying "the forecast overspend is £4.1m" speaks of 2023/24. The paper's own date
    never dates a figure."""
    years = first_years_named(reversed(section))
    return the_one(years) if years else the_one(first_years_named([title or ""]))


def annual_charge_period(text: str) -> str | None:
    """ "per_annum" for a charge the words call annual ("the average annual running costs of",
    "Annual Hall Licence"); an annual report or meeting is no charge."""
    return "per_annum" if _ANNUAL_CHARGE_RE.search(text) else None
