"""Decisions in a council website's list of published decisions: one entry per decision.

::

    12/03/2024 - PARKING CHARGES REVIEW ref: 412    Recommendations Approved
    Decision Maker: Environment Committee
    Made at meeting: 12/03/2024 - Environment Committee
    Decision published: 15/03/2024
    Members discussed the options for the town centre car parks.

Committee management systems publish each decision as a dated title with its outcome, then
its fields and, often, the resolution it records. An entry whose resolution is printed is
read from that wording as running text (:mod:`.prose`); an entry marked approved that prints
no decision of its own (no text, or only the discussion) records the approval of its item.
"""
from __future__ import annotations

import re

from paper_miner.extract.common.bodies import readable_case
from paper_miner.extract.common.parse import parse_date
from paper_miner.extract.decisions import prose
from paper_miner.models import Block, Decision, Document, Layout

# "12/03/2024 - PARKING CHARGES REVIEW ref: 412    Recommendations Approved"
# The layout may run an entry's title on from the last sentence of the entry before it.
ENTRY_RE = re.compile(r"(?:^|(?<=[.;:]\s))\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})\s+[-–]\s+(?P<title>\S.*?)"
                      r"\s+ref:\s*\d+\s+(?P<outcome>\S.*?)\s*$", re.I)
APPROVED_RE = re.compile(r"(?:recommendations?\s+)?approved\b", re.I)
MAKER_RE = re.compile(r"^\s*Decision\s+Maker:\s*(?P<body>\S.*?)\s*$", re.I)


def find(layout: Layout, document: Document) -> list[tuple[Decision, list[str]]]:
    """The approvals of the entries that print no decision of their own."""
    blocks = layout.blocks
    starts = [i for i, block in enumerate(blocks) if ENTRY_RE.search(block.text)]
    ends = starts[1:] + [len(blocks)]
    found = [_approval(blocks[start], blocks[start + 1:end] + _run_on(blocks[end:end + 1]), document)
             for start, end in zip(starts, ends)]
    return [(d, []) for d in found if d is not None]


def _run_on(next_header: list[Block]) -> list[Block]:
    """The text before the next entry's title, in the block that holds it: this entry's."""
    if not next_header:
        return []
    before = next_header[0].text[:ENTRY_RE.search(next_header[0].text).start()].strip()
    return [next_header[0].model_copy(update={"text": before})] if before else []


def _approval(header: Block, entry: list[Block], document: Document) -> Decision | None:
    """``12/03/2024 - PARKING CHARGES REVIEW ref: 412  Recommendations Approved`` over
    ``Decision Maker: Environment Committee`` -> the Committee approved Parking Charges Review."""
    match = ENTRY_RE.search(header.text)
    maker = next((MAKER_RE.match(b.text) for b in entry if MAKER_RE.match(b.text)), None)
    if not APPROVED_RE.fullmatch(match.group("outcome")) or maker is None or _decides(entry, document):
        return None
    title = readable_case(match.group("title"))
    return Decision(body=maker.group("body"), date=parse_date(match.group("date")), subject=title, action="approved",
                    status="decided", page=header.page, quote=f"{match.group().strip()} {maker.group().strip()}")


def _decides(entry: list[Block], document: Document) -> bool:
    """The entry prints a decision of its own ("RESOLVED that ...", "The Committee noted ...");
    an item only discussed or considered does not."""
    return any(d.action != "considered" for d, _ in prose.read(entry, document, cover=set()))
