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
from paper_miner.extract.decisions.items import TO_HAPPEN_RE
from paper_miner.extract.decisions.prose import meeting_of
from paper_miner.models import Block, Decision, Document, Layout, Row

# "Decision", "Outcome", "Action", "Decision / Action".
_OUTCOME_WORD = r"(?:recommendations?|decisions?|outcomes?|resolved|resolutions?|agreed|actions?)"
OUTCOME_HEADER_RE = re.compile(rf"{_OUTCOME_WORD}(?:\s*(?:/|and|&)\s*{_OUTCOME_WORD})?", re.I)
# The column that names what a row is about, where the first holds only its number:
# "Item | Subject | Discussion | Action"; "No. | Item | Discussion | Decision / Action", where no
# column is named for the subject.
SUBJECT_HEADER_RE = re.compile(r"(?:subject|item\s+title|title|matter|topic|business)", re.I)
ITEM_HEADER_RE = re.compile(r"items?", re.I)
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
    header = [cell.strip(" :*") for cell in table.rows[0].cells[:column]]
    subject = next((i for i, cell in enumerate(header) if SUBJECT_HEADER_RE.fullmatch(cell)), None)
    named = subject if subject is not None else next((i for i, cell in enumerate(header)
                                                      if i and ITEM_HEADER_RE.fullmatch(cell)), 0)
    found = [_row_decision(row, column, named, document) for row in table.rows[1:]]
    return [d for d in found if d is not None]


def _row_decision(row: Row, column: int, named: int, document: Document) -> Decision | None:
    """``Hillside Allotments | ... | Approved.`` -> Hillside Allotments, approved; ``5 | Play
    area | ... | Agreed: replace the swing chains`` -> replace the swing chains, agreed (what
    the outcome says was agreed, else the row's subject); ``... | Clerk to chase Highways``
    (an action note) -> the Clerk to chase Highways, agreed."""
    if column >= len(row.cells) or not row.cells[named].strip():
        return None
    outcome = row.cells[column].strip().split("\n")[0]
    match = OUTCOME_RE.match(outcome)
    body = meeting_of(document)
    if body is None or (match is not None and match.group(1).lower() in NOT_DECIDED):
        return None
    subject = " ".join(row.cells[named].split())
    if match is None:
        note = TO_HAPPEN_RE.match(outcome)
        return _decision(body, document, row, note.group("note"), "agreed", outcome) if note and note.group("note") \
            else None
    word = match.group(1).lower()
    said = re.match(r"\s*:\s*(\S+(?:\s+\S+){2,})", outcome[match.end():])
    action = "recommended" if word.startswith("recommend") else PAST[word]
    return _decision(body, document, row, said.group(1).rstrip(" .") if said else subject, action, outcome)


def _decision(body: str, document: Document, row: Row, subject: str, action: str, outcome: str) -> Decision:
    return Decision(body=body, date=document.date, subject=subject, action=action, status="decided",
                    page=row.page, quote=f"{' '.join(row.cells[0].split())} … {outcome}")
