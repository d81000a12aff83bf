"""Extract targets: measurable commitments, often tied to an indicator code (NI, LI, LPI, BV...).

One module per source layout, run in the order of ``SOURCES``: KPI boxes (``kpi_boxes``:
an indicator's name above "Latest: 89% | Target: 90%, Floor: 80%"), tables with a target
column (``target_tables``, or ``spaced_tables`` where a text export parts the columns with
runs of spaces, ``text_scorecards`` where a text paper's own lines hold them cell by cell, or
``flat_scorecards`` where a saved web page flattened them into words, ``flat_rows`` where a
text export kept one line per numbered or coded row, its cells spaced or glued, ``bound_rows``
where a headerless table's bounds show its target column), a line
labelled as the targets listing one figure per item (``labelled_lists``), promises to do
something within a time (``service_standards``: "We will answer your call within six rings"), plan
tables headed by the periods they commit to (``period_tables``: "By 2026-27 | By 2027-28 |
Post 2031"), then the running text (``running_text``: paragraphs, bullets, other
tables). What a statement commits to is read the same way whatever its source
(``statements``). The same commitment stated twice in a paper is one record (``merge``): the
first statement is kept, so a source listed earlier wins.

A new layout is one new module with ``find(layout, document)``, one line in ``SOURCES`` and one
fixture pair in tests/fixtures/targets/.
"""
from __future__ import annotations

import re

from paper_miner.extract.common.parse import (
    financial_year,
    find_financial_years,
    parse_deadline,
    parse_financial_year,
    parse_number,
    parse_period,
)
from paper_miner.extract.common.vocabulary import YEAR, YEAR_OR_SPAN_DASHED
from paper_miner.extract.targets import (
    bound_rows,
    flat_rows,
    flat_scorecards,
    kpi_boxes,
    labelled_lists,
    period_tables,
    running_text,
    service_standards,
    spaced_tables,
    target_tables,
    text_scorecards,
)
from paper_miner.extract.targets.merge import merge_repeats
from paper_miner.extract.targets.patterns import (
    changes_pay_or_rates,
    done_in_time,
    higher_is_better,
    lower_is_better,
)
from paper_miner.models import Document, Layout, Record, Target

SOURCES = (kpi_boxes, target_tables, text_scorecards, spaced_tables, flat_scorecards, flat_rows, bound_rows,
           period_tables, labelled_lists, service_standards, running_text)


def extract(layout: Layout, document: Document, found: dict[str, list[Record]]) -> list[Record]:
    merged = merge_repeats([target for source in SOURCES for target in source.find(layout, document)
                            if not _counts_indicators(target) and not changes_pay_or_rates(target.quote)])
    paper_year = _paper_year(document.title if document else None)
    plan_end = _plan_end(document)
    return [_by_plan_end(_due_at_year_end(_with_paper_year(_with_period(_with_polarity(_with_time_improved(target))),
                                                           paper_year)), plan_end)
            for target in merged]


# "Corporate Plan 2019-2024", "Council Plan 2022 to 2027": the years a plan runs over.
_PLAN_SPAN_RE = re.compile(rf"\b(?P<start>{YEAR})\s*(?:-|–|to)\s*(?P<end>(?:19|20)?\d\d)\b")
MIN_PLAN_YEARS = 2  # a span this long is a plan's life, not a financial year ("2025-26")


def _plan_end(document: Document | None) -> str | None:
    """The year a plan runs to, where the paper is a plan whose title spans years."""
    span = _PLAN_SPAN_RE.search(document.title or "") if document and document.doc_type == "plan" else None
    if span is None:
        return None
    start, end = int(span.group("start")), span.group("end")
    end_year = int(end) if len(end) == 4 else int(span.group("start")[:2] + end)
    return str(end_year) if end_year - start >= MIN_PLAN_YEARS else None


def _by_plan_end(target: Target, plan_end: str | None) -> Target:
    """A number of things a plan sets out to deliver, undated ("Create 600 new apprenticeships"
    in a "Corporate Plan 2024-2028"), is due by the plan's last year."""
    if plan_end is None or target.deadline is not None or target.period is not None or target.unit != "count":
        return target
    return target.model_copy(update={"deadline": plan_end})


# "61% of performance indicators", "9 of the council's 40 measures", "11 (85%) of indicators",
# "Out of the 25 targets": a share or a count of the indicators.
_INDICATORS = r"(?:(?:key|corporate|performance)\s+)*(?:indicators|measures|kpis|pis|targets)\b"
_SHARE_OF_INDICATORS_RE = re.compile(
    r"(?P<figure>\d[\d,.]*)\s?%?(?:\s+\(\s*(?P<share>\d[\d.]*)\s?%\s*\))?\s+of\s+(?:the\s+)?(?:\w+[’']s\s+)?(?:\d+\s+)?"
    rf"{_INDICATORS}|\bout\s+of\s+(?:the\s+|our\s+)?(?P<total>\d[\d,]*)\s+{_INDICATORS}", re.IGNORECASE)


def _counts_indicators(target: Target) -> bool:
    """Whether a target's figure is the share of a report's indicators that did something
    ("61% of performance indicators had improved on the year before", "31 of
    the council's 40 measures met target", "9 (75%) of indicators are expected to meet their
    year-end target", "Out of the 30 targets for Quarter 2, 21 (70%) were achieved"): a
    summary of performance, not a commitment."""
    return any(parse_number(figure) == target.target for m in _SHARE_OF_INDICATORS_RE.finditer(target.quote)
               for figure in m.groups() if figure)


def _paper_year(title: str | None) -> str | None:
    """The one financial year a paper's title is about ("2026/27 priorities and planning
    guidance", "Quarterly Performance Report 2025-26"); none where the title names any other
    year too ("the 2025-26 budget and 2025-29 Medium Term Financial Plan"), as then it is
    not clear which one a target belongs to."""
    years = set(find_financial_years(title or ""))
    if len(years) != 1 or len(re.findall(YEAR_OR_SPAN_DASHED, title or "")) != 1:
        return None
    return years.pop()


def _with_paper_year(target: Target, paper_year: str | None) -> Target:
    """A target with no date or period of its own ("the national value weighted activity target
    of 118%") is set for the year the whole paper plans or reports on, and is due at that
    year's end (a scorecard in "Quarter 2 Performance Report 2025/26": "2026-03")."""
    if target.period is not None or target.deadline is not None or paper_year is None:
        return target
    return target.model_copy(update={"period": paper_year, "deadline": parse_deadline(f"by {paper_year}")})


def _with_period(target: Target) -> Target:
    """A target due at the end of March (2026-03) is set for the financial year ending then
    (2025/26); one stated as a yearly rate ("6 days per employee per year", "5,000 quitters
    annually") is set per annum; where the paper prints no period of its own."""
    if target.period is not None:
        return target
    if target.deadline and target.deadline.endswith("-03"):
        return target.model_copy(update={"period": financial_year(int(target.deadline[:4]), 3)})
    if parse_period(target.quote) == "per_annum":
        return target.model_copy(update={"period": "per_annum"})
    stated = _stated_year(target.quote)
    return target.model_copy(update={"period": stated}) if stated else target


def _due_at_year_end(target: Target) -> Target:
    """A target set for a financial year and given no date of its own ("the target of 7.5 days
    for sickness absence for 2019/20", "a total service level of 72% during the financial year
    2016/17 ... short of our target of 80%") is due at that year's end (2020-03), as one set for
    the year a whole paper plans is."""
    if target.deadline is not None or target.period is None or parse_financial_year(target.period) != target.period:
        return target
    return target.model_copy(update={"deadline": parse_deadline(f"by {target.period}")})


# "for 2017/18", "across 2025/26", "during the financial year 2026/27": the year a target is set for.
_FOR_YEAR_RE = re.compile(r"\b(?:for|across|during|in|over|throughout)\s+(?:the\s+)?(?:financial\s+year\s+)?"
                          rf"(?P<year>{YEAR_OR_SPAN_DASHED})(?![\d/-])", re.IGNORECASE)
_FROM_FIGURE_RE = re.compile(r"\bfrom\s+(?:the\s+|a\s+)?£?\d[\d,.]*\s?%?\s*$", re.IGNORECASE)


def _stated_year(quote: str) -> str | None:
    """The financial year a statement is set for, when it names that one year and no other
    ("the recycling target for 2017/18 of 35.6%"); not the year a starting level was measured
    in ("from 7.3% in 2020/21")."""
    stated = _FOR_YEAR_RE.search(quote)
    if stated is None or len(re.findall(YEAR_OR_SPAN_DASHED, quote)) != 1:
        return None
    if _FROM_FIGURE_RE.search(quote[:stated.start()]):
        return None
    return parse_financial_year(stated.group("year"))


# A length of time, the unit a target on a response or waiting time is set in.
_DURATION_UNITS = ("seconds", "minutes", "hours", "days", "working days", "weeks")
_RAISE_RE = re.compile(r"\b(?:increas\w*|rais\w*|more|longer)\b", re.IGNORECASE)


def _with_time_improved(target: Target) -> Target:
    """To improve a time taken is to bring it down ("improve ambulance response times to an
    average of 18 minutes"); not a share done within a time ("improve the share of calls
    answered within 2 minutes to 90%", a %), nor a time set to rise ("improve and increase
    opening hours to 60 hours")."""
    if target.direction != "increase" or target.unit not in _DURATION_UNITS or done_in_time(target.measure):
        return target
    if not re.search(r"\bimprov\w*", target.quote, re.IGNORECASE) or _RAISE_RE.search(target.quote):
        return target
    return target.model_copy(update={"direction": "decrease"})


def _with_polarity(target: Target) -> Target:
    """A target set to rise says higher is better, one set to fall lower, where the paper
    prints no polarity of its own; a target on time taken or lost ("average days to process a
    claim: target 15") is one to bring down, one on a good outcome ("council tax collected:
    target 97%", "household waste recycled: 45%") one to raise."""
    if target.polarity is not None:
        return _with_way(target)
    if target.direction in ("increase", "decrease"):
        return target.model_copy(update={"polarity": "higher" if target.direction == "increase" else "lower"})
    if target.direction != "achieve" or target.target is None:
        return target
    if lower_is_better(target.measure) or _time_taken(target) or target.target == 0:
        return target.model_copy(update={"polarity": "lower", "direction": "decrease"})
    if higher_is_better(target.measure):
        way = "achieve" if _OPINION_RE.search(target.measure) else "increase"
        return target.model_copy(update={"polarity": "higher", "direction": way})
    if _share_in_time(target):
        return target.model_copy(update={"polarity": "higher", "direction": "increase"})
    return target


def _time_taken(target: Target) -> bool:
    """Whether a level to reach is a length of time, which is taken or lost and so kept down
    ("Council tax support changes: 4 days against a target of 5", "Target: Carer's
    Allowance 14 days"); not a share done within a time ("calls answered within 20 seconds"),
    nor time given ("library opening hours: 60 hours", "volunteering days: 400 days")."""
    return target.unit in _DURATION_UNITS and not done_in_time(target.measure) and not _TIME_GIVEN_RE.search(
        target.measure)


# Time a service gives or people put in, which is pushed up: opening hours, volunteering, training.
_TIME_GIVEN_RE = re.compile(r"\b(?:open\w*|volunteer\w*|training|learning|teaching|tuition|activit\w*|exercise"
                            r"|play\w*|spent|given|contact\s+time)\b", re.IGNORECASE)


def _share_in_time(target: Target) -> bool:
    """Whether a level to reach is a share of work done within a time short of all of it
    ("Minor applications decided within 8 weeks | 85%", "complaints answered within
    statutory timescales ... a target of 95%"), which is pushed up; all of it (100%) is
    a standard to hold, and a share coming back within a time ("cases reopened within 6
    months") is not pushed up."""
    return (target.unit == "%" and target.target < 100 and done_in_time(target.measure)
            and not _REPEAT_RE.search(target.measure))


# Work that comes back: a repeat referral, a case reopened, a contact made again.
_REPEAT_RE = re.compile(r"\b(?:repeat\w*|re-?(?:referr|open|contact)\w*|again|come\s+back)\b", re.IGNORECASE)


# Residents' views are a level to reach ("90% of customers satisfied"), not a rate to push up.
_OPINION_RE = re.compile(r"\bsatisf\w*", re.IGNORECASE)


def _with_way(target: Target) -> Target:
    """A level to reach on an indicator whose paper prints which way is better goes that way
    ("Polarity: High | Target 72%" is a rise to 72%)."""
    if target.direction != "achieve" or target.target is None or target.polarity is None:
        return target
    return target.model_copy(update={"direction": "increase" if target.polarity == "higher" else "decrease"})
