"""Decisions in minutes laid out as a table with an outcome column: one decision per row.

::

    Applicant              | Project summary              | Amount  | Decision
    Hillside Allotments    | New water butts and a shed   | £450    | Approved.
    Riverside Youth Club   | Minibus running costs        | £2,000  | Rejected. Does not meet ...

Grant panels and licensing or planning committees minute a batch of applications this way.
A row whose outcome cell opens with an outcome word records the meeting's decision on the
row's first cell (the applicant or item); a deferral decides nothing and is skipped, as in
running text (:data:`.items.DEFERRED_RE`).
"""
from __future__ import annotations

import re

from paper_miner.extract.decisions.clauses import PAST
from paper_miner.extract.decisions.prose import meeting_of
from paper_miner.models import Block, Decision, Document, Layout, Row

OUTCOME_HEADER_RE = re.compile(r"(?:recommendations?|decisions?|outcomes?|resolved|resolutions?|agreed)", re.I)
# "Approved.", "Rejected – does not meet the criteria", "Recommend approval to ...".
OUTCOME_RE = re.compile(r"^\s*(approved|agreed|rejected|refused|declined|noted|accepted|endorsed|"
                        r"deferred|recommend(?:ed|s)?)\b", re.I)
NOT_DECIDED = {"deferred"}


def find(layout: Layout, document: Document) -> list[tuple[Decision, list[str]]]:
    """The row decisions of every outcome table of a paper's minutes."""
    if document.doc_type != "minutes":
        return []
    return [(d, table.section) for table in layout.blocks if table.kind == "table"
            for d in _table_decisions(table, document)]


def outcome_column(table: Block) -> int | None:
    """The column headed "Decision", "Outcome" or "Recommendation" in the first row, if it is
    not the first column (which names what each row is about)."""
    header = [c.strip(" :*") for c in table.rows[0].cells] if table.rows else []
    return next((i for i, cell in enumerate(header) if i > 0 and OUTCOME_HEADER_RE.fullmatch(cell)), None)


def _table_decisions(table: Block, document: Document) -> list[Decision]:
    column = outcome_column(table)
    if column is None:
        return []
    found = [_row_decision(row, column, document) for row in table.rows[1:]]
    return [d for d in found if d is not None]


def _row_decision(row: Row, column: int, document: Document) -> Decision | None:
    """``Hillside Allotments | ... | Approved.`` -> Hillside Allotments, approved."""
    if column >= len(row.cells) or not row.cells[0].strip():
        return None
    outcome = row.cells[column].strip().split("\n")[0]
    match = OUTCOME_RE.match(outcome)
    body = meeting_of(document)
    if match is None or match.group(1).lower() in NOT_DECIDED or body is None:
        return None
    word = match.group(1).lower()
    action = "recommended" if word.startswith("recommend") else PAST[word]
    subject = " ".join(row.cells[0].split())
    return Decision(body=body, date=document.date, subject=subject, action=action, status="decided",
                    page=row.page, quote=f"{subject} … {outcome}")
