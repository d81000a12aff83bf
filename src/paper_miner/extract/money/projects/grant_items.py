"""Projects from a grant list written as lines or bullets, the text twin of a grant table:
under a lead-in or heading naming grants or awards ("The following Community Grants were
approved:"), each item of a run of two or more, "Westvale Time Bank - £12,000 towards the
coordinator's salary" or "Eastshire Scouts: £2,500 for new tents", is one project named
"organisation: purpose" with its amount. As in a grant table, the owner is the fund the
heading or lead-in names, else the paper's owner, and the amount is the project's, no budget.
The status is "Approved" when the lead-in says the grants were approved or awarded. A grant
table saved from a web page, its header cells run into its rows ("Applicant Amount Granted
Hillside Scouts £2,500"), gives a project per row, one row being enough.
"""
from __future__ import annotations

import re

from paper_miner.extract.common.parse import parse_money
from paper_miner.extract.money.projects.tables import GRANTED_RE, fund_named
from paper_miner.extract.money.sources import Located, Paper
from paper_miner.models import Block, Project

# "Westvale Time Bank - £12,000 towards the coordinator's salary", "Eastshire Scouts: £2,500
# for new tents", "Hill Road Allotments £800 to replace the fencing"; a grant over several
# years may give its split in brackets: "£900 over three years (£300; £300; £300) towards rent".
_ITEM_RE = re.compile(
    r"^(?P<name>[A-Z][^£:;]{1,60}?)\s*[-–—:]?\s*(?P<cost>£\s?\d[\d,]*(?:\.\d+)?\s?(?:k|m)?)"
    r"(?:\s+over\s+\w+\s+years?)?(?:\s*\([^()]*\))?"
    r"(?:\s+(?:towards|for|to)\s+(?P<purpose>[^£]+?))?\s*[.;,]?\s*$")
# A lead-in naming grants: "Grants awarded", "Small Grants Fund 2025/26", "awards were agreed".
_GRANT_LEAD_IN_RE = re.compile(r"\bgrants?\b|\bawards?\b|\bawarded\b", re.I)
# Money paid out is no grant list: "Payments for approval", "Accounts for payment".
_PAYMENTS_RE = re.compile(r"\bpayments?\b|\bcheques?\b|\baccounts\b|\binvoices?\b", re.I)
_MIN_ITEMS = 2
# A grant table saved from a web page as lines, its header cells run into its rows: "Applicant
# Amount Granted Hillside Scouts £2,500 Marsh Road Residents £300". The header says it is a
# table, so one row is enough.
_HEADED_ROWS_RE = re.compile(
    r"^(?:Applicants?|Organi[sz]ations?|Groups?|Recipients?|Names?)\s+(?:Grant\s+)?(?:Amounts?|Grants?|Awards?)"
    r"(?:\s+(?:Granted|Awarded|Approved|Agreed|Recommended|\(?£\)?))?\s+(?P<rows>[A-Z].*£.*)$")
_HEADED_ROW_RE = re.compile(r"(?P<name>[A-Z][^£]{1,60}?)\s*[-–—:]?\s*(?P<cost>£\s?\d[\d,]*(?:\.\d+)?)")


def located(paper: Paper) -> list[Located[Project]]:
    return [Located(index, project) for index in range(len(paper.blocks))
            for project in grant_item_projects(paper.blocks, index, paper.owner(index))]


def grant_item_projects(blocks: list[Block], index: int, owner: str | None) -> list[Project]:
    """The block's project when it is one item of a grant list; [] otherwise."""
    block = blocks[index]
    headed = _HEADED_ROWS_RE.match(block.text.strip()) if _is_line(block) else None
    if headed:
        return _headed_rows(blocks, index, headed["rows"], owner)
    item = _ITEM_RE.match(block.text.strip()) if _is_line(block) else None
    if item is None:
        return []
    first, last = _run(blocks, index)
    introduction = _introduction(blocks, first)
    if last - first + 1 < _MIN_ITEMS or not _names_grants(introduction):
        return []
    purpose = (item["purpose"] or "").strip()
    name = f"{item['name'].strip()}: {purpose}" if purpose else item["name"].strip()
    return [_grant(name, item["cost"], introduction, owner, block)]


def _headed_rows(blocks: list[Block], index: int, rows: str, owner: str | None) -> list[Project]:
    """The rows of a grant table run into one line under its header, each "name £amount",
    when the block before or the heading names grants: "That the following amount of
    Community Grant support be approved." over "Applicant Amount Granted Hillside Scouts £2,500"."""
    introduction = _introduction(blocks, index)
    if not _names_grants(introduction):
        return []
    return [_grant(row["name"].strip(), row["cost"], introduction, owner, blocks[index])
            for row in _HEADED_ROW_RE.finditer(rows)]


def _introduction(blocks: list[Block], first: int) -> list[str]:
    """What introduces the list starting at ``first``, nearest first: the block before it and
    the heading it sits under."""
    return [blocks[first - 1].text if first else "", *blocks[first].section[-1:]]


def _names_grants(introduction: list[str]) -> bool:
    """The lead-in or heading names grants or awards, and no payments ("Payments for approval")."""
    lead_in = " ".join(introduction)
    return bool(_GRANT_LEAD_IN_RE.search(lead_in)) and not _PAYMENTS_RE.search(lead_in)


def _grant(name: str, cost: str, introduction: list[str], owner: str | None, block: Block) -> Project:
    """One grant: owned by the fund its introduction names, else the paper's owner; approved
    when the introduction says the grants were."""
    approved = GRANTED_RE.search(" ".join(introduction))
    return Project(name=name, owner=_fund(introduction) or owner, amount_gbp=parse_money(cost),
                   funding="amount", status="Approved" if approved else None, page=block.page,
                   quote=block.text)


def _fund(introduction: list[str]) -> str | None:
    """The fund the lead-in names, else the one its heading names."""
    return next((fund for fund in map(fund_named, introduction) if fund), None)


def _is_line(block: Block) -> bool:
    return block.kind in ("list_item", "paragraph")


def _is_item(block: Block) -> bool:
    return _is_line(block) and bool(_ITEM_RE.match(block.text.strip()))


def _run(blocks: list[Block], index: int) -> tuple[int, int]:
    """First and last index of the run of grant items around ``index`` under one heading."""
    first = last = index
    section = blocks[index].section
    while first and _is_item(blocks[first - 1]) and blocks[first - 1].section == section:
        first -= 1
    while last + 1 < len(blocks) and _is_item(blocks[last + 1]) and blocks[last + 1].section == section:
        last += 1
    return first, last
