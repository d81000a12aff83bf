"""Tables a saved web page flattened with their cells glued together, no space between them.

Copied out of some browsers, a table keeps one line per row but loses even the space between
its cells, so each cell's last word runs into the next cell's first::

    Key prioritiesMeasure2026 target
    Student successGraduates in skilled work or further study72%
    Civic roleVolunteering hours by staff and students (a year)12,000

A header whose column words are glued to the words before them ("prioritiesMeasure2026
target") shows the layout; each row under it is cut where a lower-case letter (or a closing
bracket) runs into a capital or a figure, and read as a row when it gives as many cells as the
header. The first line that does not is the end of the table; the header printed again over
a second group of rows is no row.
"""
from __future__ import annotations

import re

# Where two cells were glued: a lower-case letter or ")" straight before a capital or a digit.
_GLUE_RE = re.compile(r"(?<=[a-z)])(?=[A-Z0-9£<>≤≥])")
# The words a measures table heads its columns with.
_COLUMN_WORD_RE = re.compile(r"^(?:measures?|indicators?|kpis?|targets?|(?:19|20)\d\d(?:/\d\d)?\s+targets?|baseline"
                             r"|actual|outcomes?|priorit(?:y|ies)|objectives?|budget|cost|amount)\b", re.IGNORECASE)
_MIN_CELLS = 2
_MIN_ROWS = 2


def glued_rows(lines: list[str], i: int) -> tuple[list[list[str]], int]:
    """The rows of a glued table whose header is ``lines[i]``, header first, and how many lines
    they take; ([], 0) where ``lines[i]`` heads no such table."""
    header = _cells(lines[i])
    if len(header) <= _MIN_CELLS or not any(_COLUMN_WORD_RE.match(cell) for cell in header[1:]):
        return [], 0
    rows, taken = [header], 1
    for line in lines[i + 1:]:
        cells = _cells(line)
        if len(cells) != len(header):
            break
        taken += 1
        if [c.lower() for c in cells[1:]] != [c.lower() for c in header[1:]]:
            rows.append(cells)  # not the header printed again over the next group of rows
    return (rows, taken) if len(rows) > _MIN_ROWS else ([], 0)


def _cells(line: str) -> list[str]:
    """A line cut where its cells were glued: "Student successGraduates ...study72%" ->
    ["Student success", "Graduates ...study", "72%"]."""
    return [cell.strip() for cell in _GLUE_RE.split(line.strip()) if cell.strip()]
