"""Decisions in a log of decisions taken: a "Date of Decision" column, one dated entry per decision.

::

    Decision date        Details of decision
    14.02.2016 Resurface the car park at the Memorial Hall
    02.05.2016 Repair the bus shelter roof - Station Road

Councils publish the decisions their officers take under delegated powers (the Openness of
Local Government Bodies Regulations) as such a log: a header naming the decision's date and what
was decided, then each entry opening with its date. The entry is what was approved, on that day;
the log names no body (officers decide), so the body is left null. Printed as a table or flattened
into lines, the header and the dated entries read the same.
"""
from __future__ import annotations

import re

from paper_miner.extract.common.parse import find_dates
from paper_miner.models import Block, Decision, Document, Layout

# "Decision date | Details of decision", "Date of the decision  Decision taken": a log's header.
HEADER_RE = re.compile(r"\bdate\s+of\s+(?:the\s+)?decision\b|\bdecision\s+date\b", re.I)
# What the other column holds: the decision itself, under any of these names.
WHAT_RE = re.compile(r"\b(?:reasons?|details?|decision\s+(?:taken|made)|subject|description|summary)\b", re.I)
MIN_SUBJECT_WORDS = 2


def find(layout: Layout, document: Document) -> list[tuple[Decision, list[str]]]:
    """Each dated entry under a decision log's header."""
    found: list[tuple[Decision, list[str]]] = []
    in_log = False
    for block in layout.blocks:
        lines = _lines(block)
        if lines and _is_header(lines[0]):
            in_log, lines = True, lines[1:]
        elif block.kind == "heading":
            in_log = False
        if in_log and lines:
            entries = [_entry(line, block) for line in lines]
            in_log = all(entries)  # an undated line ends the log
            found += [(entry, block.section) for entry in entries if entry]
    return found


def _lines(block: Block) -> list[str]:
    """A paragraph's text, or a table's rows as lines of their cells."""
    if block.kind == "table":
        return [" ".join(cell.strip() for cell in row.cells) for row in block.rows]
    return [block.text] if block.kind == "paragraph" else []


def _is_header(line: str) -> bool:
    return bool(HEADER_RE.search(line)) and bool(WHAT_RE.search(HEADER_RE.sub(" ", line))) and not find_dates(line)


def _entry(line: str, block: Block) -> Decision | None:
    """``14.02.2016 Resurface the car park`` -> approved "Resurface the car park" on 2016-02-14."""
    dates = find_dates(line)
    if not dates or dates[0][1] != 0:
        return None
    iso, _, end = dates[0]
    subject = line[end:].strip(" -–|:")
    if len(subject.split()) < MIN_SUBJECT_WORDS:
        return None
    return Decision(body=None, date=iso, subject=subject, action="approved", status="decided",
                    page=block.page, quote=line.strip())
