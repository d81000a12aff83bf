"""When a decision was taken: dates in its sentence, its meeting, or its section heading."""
from __future__ import annotations

import re
from datetime import date

from paper_miner.extract.common.parse import find_dates
from paper_miner.extract.common.vocabulary import MONTH_FULL, MONTH_NAMES, WEEKDAY

# "2nd June", "4 May": a meeting date printed without its year.
DAY_MONTH_RE = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_FULL})\b(?!,?\s+\d{{4}})", re.IGNORECASE)
_MONTHS = list(MONTH_NAMES)
# A date after these words is a deadline or a later event, not when something was decided.
NOT_WHEN_RE = re.compile(r"\b(?:by|before|until|till|prior to|from)\s+(?:the\s+)?(?:end\s+of\s+)?$",
                         re.IGNORECASE)
ON_RE = re.compile(r"\bon\s+(?:the\s+)?\(?$", re.IGNORECASE)
# "agreed funding for ... at its meeting on 14 June 2010": the meeting's date, however far.
AT_MEETING_RE = re.compile(r"\bat\s+(?:its|their|the|that)\s+(?:\w+\s+)?meeting\s+(?:held\s+)?on\s+(?:the\s+)?$",
                           re.IGNORECASE)
# "approved the minutes from the meeting on 14 March", "noted the minutes of the Tenancy
# Review Group held on 14 October", "The minutes of the meeting held on Thursday 3 April
# 2025 were approved": the date of the meeting being minuted.
MINUTED_MEETING_RE = re.compile(
    r"\bminutes\s+(?:of|from)\s+(?:the\s+|its\s+)?(?:(?:\w+\s+){0,2}?meeting\s+(?:held\s+)?on|"
    rf"(?:[\w&'’-]+\s+){{1,8}}?held\s+on)\s+(?:{WEEKDAY},?\s+)?(?:the\s+)?$", re.IGNORECASE)
# "were approved for adoption by Cabinet on 28th November 2024", "was agreed by full Council
# in February 2014": the date the agent decided.
HELD_MEETING_RE = re.compile(rf"\bmeetings?\s+held\s+on\s+(?:{WEEKDAY},?\s+)?(?:the\s+)?$", re.IGNORECASE)
BY_BODY_ON_RE = re.compile(
    r"\s*(?:(?:for|in)\s+\w+\s+)?by\s+(?:the\s+|full\s+)?(?:[A-Z][\w&'’-]*\s+){1,6}?(?:at\s+its\s+meeting\s+)?"
    r"(?:held\s+)?(?:on|in)\s+(?:the\s+)?")
MAX_WORDS_TO_DATE = 10


def _year_for(month: int, day: int, paper_date: str) -> int | None:
    """The year of a past meeting that the paper dates without a year."""
    paper = date.fromisoformat(paper_date) if len(paper_date) == 10 else None
    if paper is None:
        return int(paper_date[:4]) if paper_date[:4].isdigit() else None
    return paper.year if (month, day) <= (paper.month, paper.day) else paper.year - 1


def dates_in(text: str, paper_date: str | None) -> list[tuple[str, int, int]]:
    """(ISO date, start, end) of every date in ``text``, year-less ones dated by the paper."""
    found = find_dates(text)
    if paper_date:
        for match in DAY_MONTH_RE.finditer(text):
            if any(s <= match.start() < e for _, s, e in found):
                continue
            month, day = _MONTHS.index(match.group(2).lower()) + 1, int(match.group(1))
            year = _year_for(month, day, paper_date)
            try:
                iso = date(year, month, day).isoformat() if year else None
            except ValueError:
                iso = None
            if iso:
                found.append((iso, match.start(), match.end()))
    return sorted(found, key=lambda d: d[1])


def _names_other_meeting(before: str) -> bool:
    """The date after ``before`` is that of a meeting the decision is about, not when it was
    taken: "the minutes of the meeting held on", "and the Special Meeting held on";
    not "at its meeting held on" (the deciding meeting's)."""
    return bool(MINUTED_MEETING_RE.search(before) or HELD_MEETING_RE.search(before) and not AT_MEETING_RE.search(before))


def date_of_clause(sentence: str, verb_end: int, paper_date: str | None) -> str | None:
    """The date a sentence gives its decision: the last date before the verb (``At its
    meeting on 4th May 2010 the Board agreed``) or ``on <date>`` just after it."""
    found = [d for d in dates_in(sentence, paper_date) if not _names_other_meeting(sentence[:d[1]])]
    by_body = next((iso for iso, start, _ in found if start >= verb_end
                    and BY_BODY_ON_RE.fullmatch(sentence[verb_end:start])), None)
    if by_body:
        return by_body
    before = [d for d in found if d[2] <= verb_end and not NOT_WHEN_RE.search(sentence[:d[1]])]
    if before:
        return before[-1][0]
    for iso, start, _ in found:
        gap = sentence[verb_end:start]
        if start >= verb_end and (ON_RE.search(gap) and len(gap.split()) <= MAX_WORDS_TO_DATE
                                  or AT_MEETING_RE.search(gap) and not re.search(r"[;.]", gap)
                                  or _in_month_after_object(gap, iso)):
            return iso
    return None


# "declared a nature emergency in June 2021": the month it was done, after a short object; not
# "agreed to open the centre in March 2027", when something agreed is to be done.
IN_RE = re.compile(r"\bin\s+$", re.IGNORECASE)
MAX_WORDS_TO_MONTH = 6


def _in_month_after_object(gap: str, iso: str) -> bool:
    return len(iso) == 7 and bool(IN_RE.search(gap)) and len(gap.split()) <= MAX_WORDS_TO_MONTH \
        and not re.search(r"\bto\s+[a-z]+", gap, re.IGNORECASE)


def heading_date(section: list[str], paper_date: str | None) -> str | None:
    """A date in the nearest heading that dates a meeting (``HPG – 3 March 2009``); the
    paper's own date is its meeting to come, never when a reported decision was taken."""
    for heading in reversed(section):
        found = dates_in(heading, paper_date)
        if found and found[0][0] != paper_date:
            return found[0][0]
    return None
