"""Projects from a costed list run on in one line after a lead-in naming projects:
"Projects 2018-19:- Benches - £750, Planters - £400, Noticeboard - £1,200" gives three
projects, each with its cost, themed by the lead-in ("Projects 2018-19")."""
from __future__ import annotations

import re

from paper_miner.extract.common.parse import parse_money
from paper_miner.extract.money.sources import Located, Paper
from paper_miner.models import Block, Project

# "Projects 2018-19:-", "Capital schemes for next year:", "Works agreed:".
_LEAD_IN_RE = re.compile(
    r"^(?P<lead>[^:£]{0,40}\b(?:projects?|schemes?|works|capital\s+items|purchases)\b[^:£]{0,25}?)"
    r"\s*:\s*-?\s*(?P<rest>.+)$", re.I | re.S)
# "Benches - £750", "Sports Pavilion Lean-to – £1,500,", "and Planters: £400".
_ITEM_RE = re.compile(
    r"\s*(?:,|;|\band\b)?\s*(?P<name>[^£,;]+?)\s*[-–—:]\s*(?P<cost>£\s?\d[\d,]*(?:\.\d+)?\s?(?:k|m)?)\s*[,;.]?",
    re.I)
_MAX_NAME_WORDS = 8
_MIN_ITEMS = 2


def located(paper: Paper) -> list[Located[Project]]:
    return [Located(index, project) for index, block in enumerate(paper.blocks)
            for project in costed_list_projects(block, paper.owner(index))]


def costed_list_projects(block: Block, owner: str | None) -> list[Project]:
    """Each "Name - £cost" of a run-on list after a lead-in naming projects; nothing unless
    the whole line after the lead-in is such items (a sentence is not a list)."""
    if block.kind not in ("paragraph", "list_item"):
        return []
    lead_in = _LEAD_IN_RE.match(block.text.strip())
    if not lead_in:
        return []
    items = _items(lead_in["rest"])
    theme = lead_in["lead"].strip()
    return [Project(name=name, owner=owner, theme=theme, amount_gbp=parse_money(cost), funding="amount",
                    page=block.page, quote=block.text) for name, cost in items]


def _items(text: str) -> list[tuple[str, str]]:
    """("Benches", "£750"), ... when ``text`` is only such items, else []."""
    items, end = [], 0
    for match in _ITEM_RE.finditer(text):
        if match.start() != end or len(match["name"].split()) > _MAX_NAME_WORDS:
            return []
        items.append((match["name"].strip(), match["cost"]))
        end = match.end()
    complete = end == len(text.rstrip()) and len(items) >= _MIN_ITEMS
    return items if complete else []
