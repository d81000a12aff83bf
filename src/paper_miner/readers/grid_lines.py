"""A minutes grid a copy saved a cell a line: its column names, then each item from its number.

Minutes kept as a grid (one row per item, with its discussion and its decision or action)
come out of a PDF or a web page one cell a line::

    No.
    Item
    Discussion
    Decision / Action
    BC 24/07
    Library opening hours
    The Board looked at visitor numbers by hour and the cost of each
    evening opening.
    AGREED, from 1 April
    BC 24/08
    Risk register
    NOTED

The header is a run of three or more column names of such a grid ("No.", "Item", "Discussion",
"Decision", "Action by"), one of them a decision's, an action's or an outcome's. Each row opens
on an item's number ("BC 24/07", "7.", "12b") and runs to the next; a line that carries on the
one above it (opening in lower case, or after a line that stops mid-sentence) is joined to it.
A row with more lines than columns holds the extra lines in its widest column, the one after
the item's title; a row with fewer leaves its last cells empty.
"""
from __future__ import annotations

import re

from paper_miner.extract.common.vocabulary import MINUTE_ITEM_REF
from paper_miner.layout.blocks import stops_mid_sentence

# The name of a minutes grid's column: "No.", "Minute", "Item", "Discussion", "Decision / Action",
# "Action by", "Owner", "Deadline".
_COLUMN_RE = re.compile(
    r"^(?:no\.?|ref\.?|item(?:\s+no\.?)?|agenda\s+item|minute(?:\s+no\.?)?|subject|title|discussion|summary|notes?"
    r"|points?\s+discussed|decisions?|actions?|outcomes?|resolutions?|owner|lead|responsible|who|by\s+whom|when"
    r"|deadline|due|timescale)(?:\s*(?:/|and|&)\s*(?:decisions?|actions?|outcomes?|owner|lead|who|when|deadline))?"
    r"(?:\s+(?:by|owner|required|agreed))?$", re.IGNORECASE)
_OUTCOME_COLUMN_RE = re.compile(r"\b(?:decisions?|actions?|outcomes?|resolutions?)\b", re.IGNORECASE)
_REF_RE = re.compile(rf"^{MINUTE_ITEM_REF}$")
MIN_COLUMNS = 3
MIN_ROWS = 2
MAX_ROW_LINES = 40


def grid_line_rows(lines: list[str], i: int) -> tuple[list[list[str]], int]:
    """The header at ``lines[i]`` and the item rows under it, with the number of lines they
    take; ([], 0) unless a grid's header is followed by at least two numbered items."""
    header = _header(lines, i)
    j = i + len(header)
    rows: list[list[str]] = []
    while j < len(lines) and _REF_RE.match(lines[j].strip()):
        end = _row_end(lines, j)
        rows.append(_cells(_joined(lines[j + 1:end]), lines[j].strip(), len(header)))
        j = end
    return ([header, *rows], j - i) if len(header) >= MIN_COLUMNS and len(rows) >= MIN_ROWS else ([], 0)


def _header(lines: list[str], i: int) -> list[str]:
    names: list[str] = []
    while i + len(names) < len(lines) and _COLUMN_RE.match(lines[i + len(names)].strip()):
        names.append(lines[i + len(names)].strip())
    return names if any(_OUTCOME_COLUMN_RE.search(name) for name in names) else []


def _row_end(lines: list[str], j: int) -> int:
    """Where the row opening at ``lines[j]`` ends: at the next item's number or a blank line."""
    end = j + 1
    while end < len(lines) and end - j < MAX_ROW_LINES and lines[end].strip() and not _REF_RE.match(lines[end].strip()):
        end += 1
    return end


def _joined(lines: list[str]) -> list[str]:
    """Lines with each one that carries on the line above ("... Members were assured that" /
    "patients would be offered visits.", "Footpath order FP 17" / "(Mill Farm)") joined to it."""
    out: list[str] = []
    for line in (ln.strip() for ln in lines):
        if out and (line[:1].islower() or line[:1] == "(" or stops_mid_sentence(out[-1])):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _cells(texts: list[str], ref: str, width: int) -> list[str]:
    """A row's cells from its number and lines: the lines past the columns' count go in the
    column after the title ("Discussion"), the last lines keep the last columns."""
    extra = len(texts) - (width - 1)
    if extra > 0 and width >= MIN_COLUMNS:
        texts = [texts[0], " ".join(texts[1:2 + extra]), *texts[2 + extra:]]
    return [ref, *texts, *[""] * (width - 1 - len(texts))]
