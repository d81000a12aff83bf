"""A paper a document-sharing site saved as one run-on line, cut back into its lines.

Sites that re-host council PDFs print a whole report or set of minutes as a single line, its
cover fields, numbered sections and minute references run together::

    Report to: LICENSING COMMITTEE Meeting Date: 4 MARCH 2024 Report Title: TAXI FEES 1 Purpose
    1.1 To set the fees for 2024/25. 2 Background 2.1 The fees were last set in 2021. ...

Such a line, far longer than any paragraph, is cut before each cover field's label ("Report to:",
"Meeting Date:"), before each section number that follows the one before it in order ("1" →
"1.1" → "2" → "2.1"), and before each minute reference that follows the one before it ("LC41
Apologies" → "LC 42 Minutes"), so the reader sees the paper's fields, headings and paragraphs
again. Numbers out of order ("Standing Order 9", "3 members") are not cut at, nor numbers that
follow figures (a KPI table's rows run together, read whole by the targets' readers).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# A line this long is no paragraph of a paper but a paper run together.
MIN_RUN_ON_CHARS = 800
# A line this long holding cover fields is a cover run together.
MIN_COVER_RUN_ON_CHARS = 200
# ... and it is cut only where at least this many places say where its lines began.
MIN_CUTS = 3
# How far numbering may skip where a number was lost ("2.1 2.2 The report ...": "2.1" heads nothing).
MAX_STEP = 2

# A cover's field labels: "Report to:", "Meeting Date:", "Contact Officer:", "Wards Affected:".
_FIELD_RE = re.compile(
    r"(?<=\s)(?:Report\s+(?:to|of|by|title|author|no\.?|number|classification)|(?:Meeting|Decision)\s+date"
    r"|Date\s+of\s+(?:the\s+)?(?:meeting|decision|report)|Date|Subject|Title|Status|Agenda\s+item(?:\s+no\.?)?"
    r"|Portfolio(?:\s+holder)?|(?:Cabinet|Lead|Executive)\s+member|(?:Contact|Lead|Responsible)\s+officer|Author"
    r"|Key\s+decision|Wards?\s+affected|Purpose|Classification|Decision\s+maker|Present|Apologies|In\s+attendance"
    r"|Also\s+present|Officers\s+present|Telephone|Tel|E-?mail)\s*:", re.IGNORECASE)
# A section's number before a capital: "1 Purpose", "2.1 The Quarterly", "4.1 Members are asked", "4. % of"
# (not a minute's number after its letters, "EB 118 Minutes").
_SECTION_RE = re.compile(r"(?<=\s)(?<![A-Z]\s)(\d{1,3}(?:\.\d{1,2}){0,2})\.?\s+(?=[A-Z(‘“\"'%])")
# A minute's reference before a capital: "EB117 Apologies", "EB 118 Code of Conduct", "45/21 Minutes".
_MINUTE_RE = re.compile(r"(?<=\s)(?P<prefix>[A-Z]{1,4})?\s?(?P<number>\d{1,4})(?P<year>/\d{2,4})?\.?\s+(?=[A-Z])")


@dataclass(frozen=True)
class Mark:
    """A place a line began: where in the run-on text, and the number it bears."""

    at: int
    number: tuple[int, ...]
    series: str = ""  # a minute reference's letters and year ("EB", "/21"): one series


def cut_run_on(text: str) -> str:
    """``text`` with each run-on line cut into the lines it was made of; other lines as they were."""
    return "\n".join(_cut_line(PAGE_NUMBER_RE.sub("", line)) if _is_run_on(line) else line for line in text.split("\n"))


# "3 Annual Audit Plan 2023/24 Report to: Audit Committee ...": a document site prints each page
# on a line of its own after the page's number, which numbers no section.
PAGE_NUMBER_RE = re.compile(r"^\s*\d{1,3}\s+(?=[A-Z])")


def _is_run_on(line: str) -> bool:
    """A line far longer than a paragraph; or a shorter one holding a cover's fields ("Report to:
    Audit Committee Date: 4 July 2023 Report by: Finance Director Agenda Item: 9 Purpose ..."): a
    page's first lines run together."""
    return len(line) >= MIN_RUN_ON_CHARS or len(line) >= MIN_COVER_RUN_ON_CHARS and len(_field_cuts(line)) >= MIN_CUTS


def _cut_line(line: str) -> str:
    sections = _ordered(_section_marks(line))
    if _after_figures(line, sections):
        sections = []  # a KPI table's numbered rows, each after the last row's figures: read as one table
    cuts = sorted({*_field_cuts(line), *sections, *_ordered(_minute_marks(line))})
    if len(cuts) < MIN_CUTS:
        return line
    bounds = [0, *cuts, len(line)]
    return "\n".join(piece for a, b in zip(bounds, bounds[1:]) if (piece := line[a:b].strip()))


def _after_figures(line: str, cuts: list[int]) -> bool:
    """Whether most numbers in order come after a figure ("... Green 88% 2. Share of waste
    reused ... 41.0% Up 43.5% Green 40% 3. ..."): the rows of a table run into one line, not
    sections ("... in 2019-20. 2 Background")."""
    after_figure = sum(bool(re.search(r"\d%?\s*$", line[:at])) for at in cuts)
    return 2 * after_figure > len(cuts)


def _field_cuts(line: str) -> list[int]:
    return [m.start() for m in _FIELD_RE.finditer(line) if line[m.start()].isupper()]


def _section_marks(line: str) -> list[Mark]:
    return [Mark(m.start(), tuple(int(n) for n in m.group(1).split("."))) for m in _SECTION_RE.finditer(line)]


def _minute_marks(line: str) -> list[Mark]:
    return [Mark(m.start(), (int(m.group("number")),), f"{m.group('prefix') or ''}{m.group('year') or ''}")
            for m in _MINUTE_RE.finditer(line) if m.group("prefix") or m.group("year")]


def _ordered(marks: list[Mark]) -> list[int]:
    """Where the longest run of ``marks`` each following the one before begins each line; none
    unless the run is at least ``MIN_CUTS`` long (three numbers in order are no accident)."""
    best: list[list[Mark]] = []
    for k, mark in enumerate(marks):
        # of runs as long, the one whose last number is nearest: "Quarter 2 Report ... 1. SUMMARY
        # 1.1 To ...": the "1." over "1.1", not the "1" of the title above it
        before = max((i for i in range(k) if _follows(marks[i], mark)), key=lambda i: (len(best[i]), i), default=None)
        best.append([*(best[before] if before is not None else []), mark])
    longest = max(best, key=len, default=[])
    return [mark.at for mark in longest] if len(longest) >= MIN_CUTS else []


def _follows(before: Mark, after: Mark) -> bool:
    """Whether ``after`` may be the next number after ``before``: "1" → "1.1" (or "1.1.1"),
    "1.2" → "1.3" or "2" (or "2.1"); a step of up to ``MAX_STEP`` where a number was lost."""
    if before.series != after.series:
        return False
    a, b = before.number, after.number
    if b in (a + (1,), a + (1, 1)):
        return True
    for level in range(len(a)):
        for step in range(1, MAX_STEP + 1):
            nxt = (*a[:level], a[level] + step)
            if b in (nxt, nxt + (1,)):
                return True
    return False
