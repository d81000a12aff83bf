"""Timetables: a plan's stages or a programme's milestones, each due by a date.

A plan prints when each stage is due as a table under a caption naming a timetable
("Figure 1 – Timetable for preparing the new Local Plan"), or with a header naming stages and
dates ("Stage | Date", "Milestone | Target date"), or as a list under a heading naming
milestones or deadlines::

    Key milestones
    • Draft Parking Strategy published for consultation, June 2026
    • All bus shelters in the county fitted with real-time displays – March 2028

Each row or item is one target with no figure: the measure is the stage (with what the
timetable is for, "new Local Plan: Submission (Regulation 22)"), the deadline its date and the
direction "achieve". Not targets: a stage marked done ("Completed – October 2019"), a span
of months ("July-September 2025", a consultation period), a stage "to be confirmed", and a
date already past when the paper was written.

Running text sets a dated milestone where it requires others to submit something by a date
("Areas ... will be invited to submit reorganisation proposals to Government by May 2025",
"plans are to be submitted no later than 30 June 2026", "we ask for interim plans by March
2025"); a consultation's closing date for
comments or responses is not one.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from paper_miner.extract.common.parse import find_dates
from paper_miner.extract.common.sentences import sentences_keeping_labels as sentences
from paper_miner.extract.common.vocabulary import MONTH, SEASON, YEAR
from paper_miner.extract.targets.period_tables import is_period_table
from paper_miner.extract.targets.target_tables import header_of
from paper_miner.models import Block, Document, Layout, Row, Target

# "Timetable for preparing the Local Plan", "Key milestones", "Reminder of deadlines".
_TIMETABLE_RE = re.compile(r"\b(?:timetable|milestones|deadlines|key\s+stages)\b", re.IGNORECASE)
# "Timetable of meetings", "Committee timetable", "Collection timetable": when things recur.
_RECURRING_RE = re.compile(r"\b(?:meetings?|committees?|sittings?|surger(?:y|ies)|events?|collections?|"
                           r"sessions?|classes)\b", re.IGNORECASE)
# "Stage | Date", "Key milestone | Target date", "Deliverable | Due by"; in a plan, also the
# action plan's "Action | Timescale | Lead", "What we will do | By when".
_STAGE_HEADER_RE = re.compile(r"^(?:key\s+|project\s+)?(?:stages?|milestones?|deliverables?)$", re.IGNORECASE)
_ACTION_HEADER_RE = re.compile(r"^(?:key\s+)?(?:actions?|activit(?:y|ies)|tasks?|what\s+we\s+will\s+do)$", re.IGNORECASE)
# "Gender Pay Gap Action Plan", "Equality Strategy": a paper or section that plans (not a
# meeting's action log, whose "Action | Owner | Due date" rows are chores).
_PLAN_RE = re.compile(r"\b(?:plan|strategy|programme)\b", re.IGNORECASE)
_DATE_HEADER_RE = re.compile(r"^(?:(?:target|due|completion|planned|expected|estimated)\s+)?"
                             r"(?:dates?|deadline|by\s+when|due(?:\s+by)?|timescales?|time\s*frames?|when)$", re.IGNORECASE)
# One date and nothing else: "May 2026", "4th Feb 2013", "by Autumn 2025", "end of 2027".
_WHEN = (rf"(?:(?:by|due|end\s+of)\s+)?(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH}\.?,?\s+|{SEASON}\s+"
         rf"|(?:early|mid|late)[-\s]+)?{YEAR}")
_WHEN_RE = re.compile(rf"^{_WHEN}\.?$", re.IGNORECASE)
# "Adoption of the Local Plan – March 2028", "All datasets comply, Dec 2017"; or the date first.
_LABEL_THEN_WHEN_RE = re.compile(rf"^(?P<label>.{{8,}}?)\s*(?:,|:|\s[–—-])\s*(?P<when>{_WHEN})\.?$", re.IGNORECASE)
_WHEN_THEN_LABEL_RE = re.compile(rf"^(?P<when>{_WHEN})\s*(?::|\s[–—-])\s*(?P<label>.{{8,}})$", re.IGNORECASE)
# A stage that is done or not yet fixed: "Completed", "to be confirmed", "TBC".
_NOT_DUE_RE = re.compile(r"\b(?:complete[d]?|achieved|done|to\s+be\s+confirmed|tbc|tbd)\b", re.IGNORECASE)
# "Timetable for preparing the new Local Plan": what the timetable is for.
_FOR_WHAT_RE = re.compile(r"\b(?:timetable|milestones|key\s+stages)\s+(?:for|of)\s+(?:(?:preparing|producing|"
                          r"delivering|adopting|the\s+preparation\s+of)\s+)?(?:the\s+)?(?P<what>[^.:;]{3,60})$",
                          re.IGNORECASE)

# A requirement on others to submit by a date: "are invited to submit X (to Y) by May 2025",
# "must submit X no later than ...", "I will ask for X by March 2025" (not "the ask for"),
# "invite in January X to be submitted to Y by ...".
_BY_WHEN = rf"\s+(?:by|no\s+later\s+than|on\s+or\s+before)\s+(?P<when>{_WHEN})\b"
_SUBMIT_BY_RE = re.compile(rf"\b(?:(?:(?:invited|required|asked|expected)\s+to|must|are\s+to)\s+(?P<submit>submit)"
                           rf"|\b(?:to|will|we|I)\s+ask\s+for)\s+(?P<what>[^.;]{{3,80}}?){_BY_WHEN}", re.IGNORECASE)
_TO_BE_SUBMITTED_RE = re.compile(
    rf"\b(?:invite|ask|request|require|expect)\w*\s+(?:for\s+)?(?:in\s+{MONTH}\s+)?(?P<what>[^.;,]{{3,60}}?)\s+"
    rf"(?:are\s+|is\s+)?to\s+be\s+submitted(?P<to>\s+to\s+[^.;,]{{2,40}}?)?{_BY_WHEN}", re.IGNORECASE)
_SUBMIT_WORD_RE = re.compile(r"\bsubmit|\bask\s+for\b", re.IGNORECASE)
_CONSULTATION_RE = re.compile(r"\b(?:comments?|responses?|views|representations|feedback|objections|questions)\b",
                              re.IGNORECASE)
# "Areas who need reorganisation to unlock devolution, where they ...": who is required to submit.
_WHO_RE = re.compile(r"^(?P<who>[A-Z][^,]{3,80}),\s+(?:where|who|which)\b")

def find(layout: Layout, document: Document | None) -> Iterator[Target]:
    written = document.date if document else None
    title = document.title or "" if document else ""
    for index in range(len(layout.blocks)):
        for target in _block_milestones(layout.blocks, index, title):
            if not _past(target.deadline, written):
                yield target


def _block_milestones(blocks: list[Block], index: int, title: str = "") -> Iterator[Target]:
    block = blocks[index]
    planned = bool(_PLAN_RE.search(" ".join([title, _caption(blocks, index), *block.section])))
    title = _list_title(blocks, index) if block.kind == "list_item" else ""
    if title:
        yield from _milestone(block.text, block.page, _plan_of(title))
    elif block.kind in ("paragraph", "list_item") and _SUBMIT_WORD_RE.search(block.text):
        for sentence in sentences(block.text):
            yield from _submission(sentence, block.page)
    elif block.kind == "table" and is_timetable(block, _caption(blocks, index), planned):
        plan = _plan_of(_caption(blocks, index))
        stage_column = _stage_column(block.rows[0], planned)
        for row in block.rows:
            yield from _row_milestone(row, plan, stage_column)


def _list_title(blocks: list[Block], index: int) -> str:
    """What names a list item's list as a timetable: the line just above the list ("Key
    milestones:"), or the heading just above that line's lead-in ("Reminder of deadlines" /
    "As a reminder, ..."); "" if neither does."""
    start = index
    while start > 0 and blocks[start - 1].kind == "list_item":
        start -= 1
    above = [b for b in blocks[max(start - 2, 0):start] if b.kind in ("paragraph", "heading")]
    if len(above) == 2 and above[0].kind != "heading":
        above = above[1:]
    return next((b.text.strip() for b in reversed(above) if _TIMETABLE_RE.search(b.text) and len(b.text) <= 120
                 and not _RECURRING_RE.search(b.text)), "")


def _caption(blocks: list[Block], index: int) -> str:
    """The line just above a table, or else the heading it sits under."""
    before = blocks[index - 1] if index else None
    if before is not None and before.kind in ("paragraph", "heading") and len(before.text) <= 120:
        return before.text.strip()
    return blocks[index].section[-1] if blocks[index].section else ""


def is_timetable(block: Block, caption: str, planned: bool = False) -> bool:
    """A table captioned as a timetable (not of meetings or other recurring events), or headed
    by a stage column and a date column (in a plan, ``planned``, an action column will do); a
    table with a target column or a header of periods is read by its own reader."""
    if not block.rows or header_of(block) is not None or is_period_table(block):
        return False
    if _TIMETABLE_RE.search(caption):
        return not _RECURRING_RE.search(caption)
    cells = [c.strip() for c in block.rows[0].cells]
    return _stage_column(block.rows[0], planned) is not None and any(_DATE_HEADER_RE.match(c) for c in cells)


def _stage_column(header: Row, planned: bool) -> int | None:
    """The column of stages, or in a plan of actions ("Objective | Action | By when": the second)."""
    heads = (_STAGE_HEADER_RE, _ACTION_HEADER_RE) if planned else (_STAGE_HEADER_RE,)
    return next((i for i, c in enumerate(header.cells) if any(h.match(c.strip()) for h in heads)), None)


def _plan_of(caption: str) -> str:
    """"Timetable for preparing the new Local Plan" -> "new Local Plan"; "" if it names none."""
    match = _FOR_WHAT_RE.search(caption.strip().rstrip(":"))
    return match.group("what").strip() if match else ""


def _row_milestone(row: Row, plan: str, stage_column: int | None = None) -> Iterator[Target]:
    """"Submission (Regulation 22) | | October 2026", "March 2027 | Scheme opens | On track": the
    one cell that is a date is when the row's stage is due: the cell under a stage or action
    header, else its first other cell; a row of one cell may print both ("Adoption of the
    Local Plan – March 2028"); a row marked done is not due."""
    cells = [c.strip() for c in row.cells if c.strip()]
    if len(cells) == 1:
        yield from _milestone(cells[0], row.page, plan)
        return
    dates = [c for c in cells if _WHEN_RE.match(c)]
    if len(dates) == 1 and len(cells) >= 2 and not any(_NOT_DUE_RE.search(c) for c in cells):
        headed = row.cells[stage_column].strip() if stage_column is not None and stage_column < len(row.cells) else ""
        stage = headed or next(c for c in cells if c != dates[0])
        yield from _target(stage, dates[0], row.page, plan, " | ".join(cells))


def _milestone(text: str, page: int, plan: str) -> Iterator[Target]:
    """One item or cell that prints a stage and its date, in either order."""
    text = text.strip()
    match = _LABEL_THEN_WHEN_RE.match(text) or _WHEN_THEN_LABEL_RE.match(text)
    if match and not _NOT_DUE_RE.search(text):
        yield from _target(match.group("label"), match.group("when"), page, plan, text)


def _target(label: str, when: str, page: int, plan: str, quote: str) -> Iterator[Target]:
    stage = label.strip(" *.,;:–—-")
    deadline = _deadline(when)
    if not stage or deadline is None or _STAGE_HEADER_RE.match(stage) or _ACTION_HEADER_RE.match(stage):
        return
    named = stage if not plan or plan.lower() in stage.lower() else f"{plan}: {stage}"
    yield Target(page=page, quote=quote, measure=named, deadline=deadline, direction="achieve")


def _deadline(when: str) -> str | None:
    """"4th Feb 2013" -> "2013-02-04", "May 2026" -> "2026-05", "Autumn 2025" -> "2025"."""
    dates = find_dates(when)
    if dates:
        return dates[0][0]
    year = re.search(YEAR, when)
    return year.group(0) if year else None


def _past(deadline: str | None, written: str | None) -> bool:
    """Whether a milestone was due before the month the paper was written in."""
    if not deadline or not written:
        return False
    size = min(len(deadline), len(written), 7)
    return deadline[:size] < written[:size]


def _submission(sentence: str, page: int) -> Iterator[Target]:
    """"Areas who need reorganisation to unlock devolution, where they will be invited to submit
    reorganisation proposals to Government by May 2025" -> "reorganisation proposals
    submitted to Government by areas who need reorganisation to unlock devolution", 2025-05."""
    active = _SUBMIT_BY_RE.search(sentence)
    match = active or _TO_BE_SUBMITTED_RE.search(sentence)
    if match is None or _CONSULTATION_RE.search(match.group("what")):
        return
    what = match.group("what").strip()
    if active and not active.group("submit"):
        submitted = what  # "ask for interim plans by March 2025"
    elif active:
        submitted = re.sub(r"\s+to\s+", " submitted to ", what, count=1) if " to " in what else f"{what} submitted"
    else:
        submitted = f"{what} submitted{match.group('to') or ''}"
    who = _WHO_RE.match(sentence)
    measure = f"{submitted} by {who.group('who')[0].lower()}{who.group('who')[1:]}" if who else submitted
    yield from _target(measure, match.group("when"), page, "", sentence)
