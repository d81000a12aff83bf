"""Projects from numbered title lines ending in their cost: `4. Shared Payroll Service £84,500`,
`A1 Night Project - youth work (Trust) .... £6,500` under a theme heading, "Self funding"."""
from __future__ import annotations

import re

from paper_miner.extract.common.parse import parse_money
from paper_miner.extract.money.columns import is_self_funding
from paper_miner.extract.money.sources import Located, Paper
from paper_miner.layout.blocks import REF_LABEL_RE
from paper_miner.models import Block, Project

# A title line ending in its cost: "S3. Town Centre Wi-Fi Scheme £42,000".
_ITEM_RE = re.compile(
    r"^(?P<name>.+?)\s*(?P<cost>(?:c\.?\s?)?£\s?\d[\d,\s]*(?:\.\d+)?\s?(?:k|m|bn|million)?"
    r"|self[\s-]?funding|self[\s-]?financing)\s*$",
    re.I,
)
_MAX_NAME_WORDS = 16
# A numbered resolution ending in a sum is no title: "2. The planned spending be £2.1m including
# fees of £40,000" says what is to be.
_CLAUSE_RE = re.compile(r"\b(?:be|is|are|was|were|shall)\b", re.I)
_LEADER_DOTS_RE = re.compile(r"\s*(?:(?:\.\s?){3,}|…+)\s*")
_TRAILING_BRACKET_RE = re.compile(r"\s*\([^()]*\)\s*$")
# A description starts in lower case after a spaced dash or colon: "Sanctuary Scheme - security".
_DESCRIPTION_RE = re.compile(r"\s+[-–—:]\s+(?=[a-z]).*$|:\s+(?=[a-z]).*$")
_THEME_HEADING_RE = re.compile(
    r"^(?:theme|priority|work\s?stream|strand|outcome|objective|category|programme\s+area)\b"
    r"\s*[A-Z0-9]{0,3}\s*[-–—:.]\s*(?P<theme>\S.*)$", re.I)
_LETTER_HEADING_RE = re.compile(r"^(?P<letter>[A-Z])\s*[-–—:.)]\s+(?P<theme>\S.*)$")
# The next number of a run-on list, after a figure or "funding": "... £15,000 2. Falls ...",
# "... £12k B2 Cold Calling ..."; a bare number needs its full stop.
_NEXT_ITEM_RE = re.compile(
    r"(?<=\d|[a-z])\s+(?P<ref>(?P<prefix>[A-Z]{0,2})(?P<number>\d{1,3}))(?P<dot>\.?)\s+(?=[A-Z])")
_SERIES_RE = re.compile(r"^(?P<prefix>[A-Z]{0,2})(?P<number>\d{1,3})$")

def located(paper: Paper) -> list[Located[Project]]:
    return [Located(index, project) for index, block in enumerate(paper.blocks)
            for project in item_projects(block, paper.owner(index))]


def item_projects(block: Block, owner: str | None) -> list[Project]:
    """Numbered title lines ending in their cost (or "Self funding")."""
    if block.kind == "table" or not REF_LABEL_RE.match(block.marker or ""):
        return []
    items = [_item_project(marker, text, block, owner) for marker, text in run_on_items(block)]
    return [item for item in items if item is not None]


def run_on_items(block: Block) -> list[tuple[str, str]]:
    """(marker, text) of each numbered line in a block; a reader may join consecutive numbered
    lines into one ("1. Walks £15,000 2. Falls £42,500", "A1 Walks £1,500 A2 Falls £2k"), so
    split them again where the next number of the same series follows a figure or a word."""
    marker = (block.marker or "").rstrip(".")
    series = _SERIES_RE.match(marker)
    if not series:
        return [(marker, block.text)]
    prefix, number = series.group("prefix"), int(series.group("number"))
    items, start = [], 0
    for match in _NEXT_ITEM_RE.finditer(block.text):
        if match.group("prefix") == prefix and int(match.group("number")) == number + 1 \
                and (prefix or match.group("dot")):
            items.append((marker, block.text[start:match.start()].strip()))
            marker, start, number = match.group("ref"), match.end(), number + 1
    return [*items, (marker, block.text[start:].strip())]


def _item_project(ref: str, text: str, block: Block, owner: str | None) -> Project | None:
    match = _ITEM_RE.match(text)
    if not match:
        return None
    name = item_name(match.group("name"))
    if not name or len(name.split()) > _MAX_NAME_WORDS or _CLAUSE_RE.search(name):
        return None
    cost, theme = match.group("cost"), section_theme(block.section, ref)
    if is_self_funding(cost):
        return Project(name=name, ref=ref, owner=owner, theme=theme, funding="self_funding",
                       page=block.page, quote=text)
    return Project(name=name, ref=ref, owner=owner, theme=theme, amount_gbp=parse_money(cost),
                   funding="amount", page=block.page, quote=text)


def item_name(text: str) -> str:
    """A list item's project name: without leader dots, the delivering body in brackets and a
    description after a dash ("Friday Night Project - detached youth work (Vale Youth Trust)
    ......" -> "Friday Night Project"); "Hate Crime - Third Party Reporting" is one name."""
    name = _LEADER_DOTS_RE.sub("", text)
    name = _TRAILING_BRACKET_RE.sub("", name)
    name = _DESCRIPTION_RE.sub("", name)
    return re.sub(r"\s*[-–:]\s*$", "", name).strip()


def section_theme(section: list[str], ref: str | None) -> str | None:
    """The theme heading an item sits under: "Theme A - Reducing Anti-Social Behaviour", or
    "B. Protecting Vulnerable People" over items B1, B2; None for any other heading."""
    if not section:
        return None
    heading = section[-1].strip()
    labelled = _THEME_HEADING_RE.match(heading)
    if labelled:
        return labelled.group("theme").strip()
    lettered = _LETTER_HEADING_RE.match(heading)
    if lettered and ref and ref.startswith(lettered.group("letter")) and ref[1:2].isdigit():
        return lettered.group("theme").strip()
    return None
