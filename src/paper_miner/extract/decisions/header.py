"""The meeting a saved council web page records, read from its header lines.

Committee-system web pages ("Issue - meetings", "Issue - decisions", "Decision details",
a minute item) print which meeting decided in lines of their own, apart from the decision's
wording, which then names no body or date:

* ``Meeting: 22/09/2020 - Cabinet (Item 26)``, ``Made at meeting: 14/02/2025 - Cabinet`` (or "Decided at meeting:"): the
  body and the date;
* ``Meeting of Planning Committee, Tuesday 8 June 2021``: the body and the date;
* ``Licensing Panel – Minutes – 4 May 2016``: a minutes page's title, the body and the date;
* ``EXECUTIVE - Tuesday, 9th June, 2015 6.30 pm``: an agenda and minutes page's title;
* ``14/03/2023 - Highways Investment Plan``: an "Issue - decisions" line, the date;
* ``Decision maker: Leader of the Council``, ``Decision date: 04/11/2022``,
  ``Date of decision: 4 November 2022``: a decision notice's;
* ``At the meeting of this Policy Board held on 31 October``, ``submitted to this
  Committee``: the body whose minute the page is;
* ``REFERENCE FROM CABINET: 30TH JULY, 2012``, ``Extract from the minutes of the Executive
  held on 4 May 2016``: a minute of another meeting sent on to this one, whose resolutions
  are that meeting's.

A page with such a line records decisions taken (as minutes do), even when the paper's own
metadata could not name its kind.
"""
from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from paper_miner.extract.common.bodies import Bodies, readable_case
from paper_miner.extract.common.parse import find_dates, parse_date
from paper_miner.extract.common.vocabulary import WEEKDAY
from paper_miner.models import Block

_DAY = r"\d{1,2}/\d{1,2}/\d{4}"
MEETING_LINE_RE = re.compile(rf"^\s*(?:(?:Made|Decided)\s+at\s+)?Meeting\s*:\s*(?P<date>{_DAY})\s*[-–—]\s*(?P<body>[^()]+?)\s*(?:\(.*)?$", re.I)
MEETING_OF_RE = re.compile(r"^\s*Meeting\s+of\s+(?:the\s+)?(?P<body>[^,]{3,80}?)\s*,\s*(?P<date>\S.{4,40}?)\s*$", re.I)
# "Licensing Panel – Minutes – 4 May 2016": a minutes page's title line.
MINUTES_TITLE_RE = re.compile(r"^\s*(?P<body>[^–—]{3,120}?)\s+[–—-]\s+Minutes\s+[–—-]\s+(?P<date>\S.{4,40}?)\s*$")
# "EXECUTIVE - Tuesday, 9th June, 2015 6.30 pm", "Planning Committee – Monday 8 September
# 2024 6.30 pm": an "Agenda and minutes" page's title line, the body, the day and the time;
# "Agenda, decisions and minutes Cabinet - Tuesday, 14 May 2019": the page's kind before the body.
PAGE_KIND = r"(?:(?:agenda|decisions|reports|(?:draft\s+)?minutes)(?:\s*,\s*|\s+and\s+|\s+(?=[A-Z])))+"
MEETING_TITLE_RE = re.compile(
    rf"^\s*(?:{PAGE_KIND})?(?P<body>[A-Z][\w&',() ]{{2,80}}?)\s+[-–—]\s+{WEEKDAY},?\s+(?P<date>\d.{{4,30}}?\d{{4}})"
    r"(?:,?\s+\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)?\s*$", re.I)
# "REFERENCE FROM CABINET: 30TH JULY, 2012", "Referral from the Housing Panel - 4 May 2016",
# "Extract from the minutes of the Executive held on 4 May 2016": a quoted minute's own meeting,
# whose heading may run on after the date.
REFERENCE_FROM_RE = re.compile(
    r"^\s*(?:(?:Reference|Referral)\s+from|Extract\s+from\s+(?:the\s+)?minutes\s+of)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w&'’() ]{2,80}?)\s*(?:[:,–—-]|\s+(?:meeting\s+)?(?:held\s+)?on)"
    r"\s*(?P<date>\S.{3,40}?\d{4})\b", re.I)
DATED_LINE_RE = re.compile(rf"^\s*(?P<date>{_DAY})\s+[-–—]\s+\S")
# "Decision taker: Leader of the Council (Cllr A Reed)": the office decides; the name in brackets is who held it.
DECISION_MAKER_RE = re.compile(r"^\s*Decision\s+(?:maker|taker)\s*:\s*(?P<body>\S.{1,80}?)(?:\s*\([^()]*\))?\s*$", re.I)
DECISION_DATE_RE = re.compile(
    r"^\s*(?:Decision\s+date|Date\s+of\s+(?:the\s+)?decision|Date\s+of\s+meeting)\s*:?\s*(?P<date>\S.{4,40}?)\s*$",
    re.I)
# "Date of Decision:" printed alone, a web page's field label over its value.
DATE_LABEL_RE = re.compile(r"^\s*(?:Decision\s+date|Date\s+of\s+(?:the\s+)?decision)\s*:?\s*$", re.I)
# "this Committee", "this Policy Board"; "this Council" is the authority, "this meeting" no body.
NOT_OWN = {"council", "meeting", "authority"}
THIS_WINDOW = 12  # "this" and the spaces after it, with room to spare
HEADER_BLOCKS = 15
# "PRESENT: Councillor ...", "Attendance:", "Members present:": the roll that opens minutes.
ROLL_RE = re.compile(r"^\s*(?:(?:Members|Councillors)\s+)?(?:present|attendance|in\s+attendance)\b\s*:?", re.I)
ROLL_WITHIN = 3  # blocks after the dated line: a time line ("(19:15 TO 19:25)") may come between
TOP_OF_PAGE = 2  # a running header is among a page's first blocks
MAX_DATED_LINE = 200  # a meeting's dated line, with its time and room; longer is prose


class OwnMeeting(BaseModel):
    """The body and date of the meeting a page records (either may be unknown); ``stated``:
    a header line says so, so the page is a record of decisions taken."""

    model_config = ConfigDict(frozen=True)
    body: str | None = None
    date: str | None = None
    stated: bool = False


def own_meeting(blocks: list[Block], bodies: Bodies) -> OwnMeeting:
    """The meeting a page's labelled lines name (a decision notice prints "Date of decision:"
    at its foot), else the body it calls "this Board"; an undated "12/01/2017 - Title" line
    only in the header."""
    lines = [b.text for b in blocks if b.kind != "table"]
    body = next((found for found in map(_header_body, lines) if found), None)
    date = next((found for found in map(_labelled_date, lines, [*lines[1:], ""]) if found), None) \
        or next((found for found in map(_dated_line, lines[:HEADER_BLOCKS]) if found), None)
    stated = body is not None or date is not None
    return OwnMeeting(body=body or _this_body(blocks, bodies), date=date, stated=stated)


def meeting_line(line: str) -> OwnMeeting | None:
    """A line naming a meeting's body and day (``Meeting: 15/08/2018 - Audit Panel (Item 26)``):
    on an issue's page listing each meeting that took it, what follows is that meeting's."""
    match = MEETING_LINE_RE.match(line) or _meeting_of(line)
    body = readable_case(match.group("body").strip(" -–—")) if match else None
    date = parse_date(match.group("date")) if match else None
    return OwnMeeting(body=body, date=date, stated=True) if body and date else None


def _header_body(line: str) -> str | None:
    """``Meeting: 15/02/2011 - Cabinet (Item 24)`` -> Cabinet; ``Decision maker: Cabinet``;
    ``EXECUTIVE - Tuesday, 9th June, 2015`` -> Executive (capitals are the page's style)."""
    match = MEETING_LINE_RE.match(line) or DECISION_MAKER_RE.match(line) or _meeting_of(line)
    return (readable_case(match.group("body").strip(" -–—")) or None) if match else None


def _meeting_of(line: str) -> re.Match | None:
    """``Meeting of Planning Committee, Tuesday 8 June 2021``, ``Licensing Panel – Minutes –
    4 May 2016``, ``EXECUTIVE - Tuesday, 9th June, 2015 6.30 pm``, ``REFERENCE FROM CABINET:
    30TH JULY, 2012``: a dated meeting line."""
    match = MEETING_OF_RE.match(line) or MINUTES_TITLE_RE.match(line) or MEETING_TITLE_RE.match(line) \
        or REFERENCE_FROM_RE.match(line)
    return match if match and parse_date(match.group("date")) else None


def _labelled_date(line: str, after: str = "") -> str | None:
    """``Meeting: 15/02/2011 - Cabinet``, ``Decision date: 4 March 2015`` -> the ISO date;
    ``Date of Decision:`` alone on its line, its date opening the line ``after``."""
    match = MEETING_LINE_RE.match(line) or DECISION_DATE_RE.match(line) or _meeting_of(line)
    if match is None and DATE_LABEL_RE.match(line):
        opening = [iso for iso, start, _ in find_dates(after) if start == 0 and len(iso) == 10]
        return opening[0] if opening else None
    return parse_date(match.group("date")) if match else None


def _dated_line(line: str) -> str | None:
    """``25/03/2015 - Assessment Process``: an "Issue - decisions" line -> the ISO date."""
    match = DATED_LINE_RE.match(line)
    return parse_date(match.group("date")) if match else None


def _this_body(blocks: list[Block], bodies: Bodies) -> str | None:
    """The first body the page calls "this ..." ("to this Committee"): its own meeting's."""
    for block in blocks:
        for mention in bodies.mentions(block.text):
            # only the few characters before the mention: a long block has many mentions
            before = block.text[max(0, mention.start - THIS_WINDOW):mention.start]
            own = re.match(r"this\s", block.text[mention.start:mention.start + THIS_WINDOW], re.I) \
                or re.search(r"\bthis\s+$", before, re.I)
            if own and mention.name.lower() not in NOT_OWN:
                return mention.name[:1].upper() + mention.name[1:]
    return None


def minuted_pages(blocks: list[Block], paper_date: str | None) -> dict[int, str]:
    """The pages of an agenda pack that print the minutes of an earlier meeting, with that
    meeting's date: a dated line ("TREASURY PANEL 4 MARCH 2021", "Monday 9 May 2022 at 10.00
    am in Room 2") followed by its roll ("Present:"), past the pack's first page, holds for
    its page and each next page that heads itself with the same date; decisions there were
    taken at that meeting, not at the one the pack is for."""
    by_page: dict[int, list[int]] = {}
    for index, block in enumerate(blocks):
        by_page.setdefault(block.page, []).append(index)
    pages: dict[int, str] = {}
    for page, indices in sorted(by_page.items()):
        opened = next(filter(None, (_minutes_opening(blocks, i, paper_date) for i in indices)), None)
        carried = pages.get(page - 1)
        top = [blocks[i].text for i in indices[:TOP_OF_PAGE]]
        if opened or carried and any(carried == iso for text in top for iso, _, _ in find_dates(text)):
            pages[page] = opened or carried
    return pages


def _minutes_opening(blocks: list[Block], index: int, paper_date: str | None) -> str | None:
    """The date of a short dated line past the first page that a roll of those present follows."""
    block = blocks[index]
    if block.page == 1 or block.kind == "table" or len(block.text) > MAX_DATED_LINE:
        return None
    found = [iso for iso, _, _ in find_dates(block.text) if len(iso) == 10]
    roll = any(ROLL_RE.match(after.text) for after in blocks[index + 1:index + 1 + ROLL_WITHIN])
    return found[0] if found and roll and found[0] != paper_date else None
