"""Extract projects: named pieces of work a paper lists with (or without) a cost.

Three layouts are read: a money table that lists projects (`1 | Joint ICT Service | 20,000`,
a work-stream table with per-year columns), a numbered item whose line ends in its cost
(`4. Shared Payroll Service £84,500`), and the same project stated again in an
appendix, which is merged into the first statement (a different total goes to
``alt_amounts_gbp``).
"""
from __future__ import annotations

import re

from ..models import Block, Document, Layout, Project, Record
from .money_text import kind_of, split_sentences
from .owners import Owners
from .parse import parse_money
from .tables import MoneyTable, TableLine, is_self_funding, read_money_table

_PROJECT_WORDS_RE = re.compile(r"\b(?:projects?|schemes?|initiatives?|bids?|work\s?streams?)\b", re.I)
_RESERVE_RE = re.compile(
    r"\b(?:contingenc\w*|reserves?|unallocated|balance|funding|grant|income|savings?)\b", re.I
)
_NOT_PROJECTS = ("saving", "pressure", "income")
# In a monitoring table, the column that states a scheme's cost, not its spend or forecast.
_AMOUNT_COLUMN_RE = re.compile(r"\b(?:cost|budget|approved|amount|grant|award|value|allocation)", re.I)
_NOT_AMOUNT_RE = re.compile(r"\b(?:forecast|outturn|variance|spen[dt]|actual|to date|remaining)", re.I)
_REF_MARKER_RE = re.compile(r"^[A-Z]{0,2}\d{1,3}[a-z]?\.?$")
# A title line ending in its cost: "S3. Town Centre Wi-Fi Scheme £42,000".
_ITEM_RE = re.compile(
    r"^(?P<name>.+?)\s*(?P<cost>(?:c\.?\s?)?£\s?\d[\d,\s]*(?:\.\d+)?\s?(?:k|m|bn|million)?"
    r"|self[\s-]?funding|self[\s-]?financing)\s*$",
    re.I,
)
_MAX_NAME_WORDS = 16
# The next number of a run-on list, after a figure or "funding": "... £15,000 2. Falls ...".
_NEXT_ITEM_RE = re.compile(r"(?<=\d|[a-z])\s+(\d{1,3})\.\s+(?=[A-Z])")
# A name that is itself a project's title: "(b) Riverside Footbridge Project".
_TITLE_NAME_RE = re.compile(r"^(?:[A-Z][\w'’&/-]*\s+(?:(?:of|and|for|the|&)\s+)*){1,10}(?:Project|Scheme)$")
# A quoted name called a project: "carry out a 'Leadership of Place' Project".
_QUOTED_NAME_RE = re.compile(r"['‘\"“](?P<name>[A-Z][^'’\"”]{2,60})['’\"”]\s+(?P<noun>Project|Scheme)\b")


def extract(layout: Layout, document: Document, found: dict[str, list[Record]]) -> list[Record]:
    projects: list[Project] = []
    blocks = layout.blocks
    owners = Owners(blocks, document)
    for index, block in enumerate(blocks):
        owner = owners.of(index)
        if block.kind == "table":
            candidates = table_projects(block, lead_in(blocks, index), owner)
        else:
            candidates = item_projects(block, owner) or named_projects(block, owner)
        for candidate in candidates:
            _add(projects, candidate)
    return projects


def lead_in(blocks: list[Block], index: int) -> str:
    """The words introducing a table: the text block before it and its section headings."""
    before = next((b.text for b in reversed(blocks[:index]) if b.kind != "table"), "")
    return " ".join([*blocks[index].section, before])


def is_project_table(table: MoneyTable, introduction: str) -> bool:
    """A table lists projects when its headers or lead-in say so, or its rows are numbered
    (unless the lead-in calls them savings, pressures or income)."""
    items = [line for line in table.lines if line.kind == "item"]
    numbered = sum(line.ref is not None for line in items)
    if not items:
        return False
    if _PROJECT_WORDS_RE.search(table.headers) or _PROJECT_WORDS_RE.search(introduction):
        return True
    return numbered * 2 > len(items) and kind_of(f"{table.headers} {introduction}") not in _NOT_PROJECTS


def is_project_line(line: TableLine) -> bool:
    """An item row names a project unless it is a reserve or funding line with no ref."""
    return line.kind == "item" and bool(line.name) and not (line.ref is None and _RESERVE_RE.search(line.name))


def table_projects(block: Block, introduction: str, owner: str | None) -> list[Project]:
    table = read_money_table(block)
    if table is None or not is_project_table(table, introduction):
        return []
    return [_from_line(line, table, owner) for line in table.lines if is_project_line(line)]


def amount_index(line: TableLine, table: MoneyTable) -> int | None:
    """Which of a row's figures is its total: its total column, its one figure, or (in a
    monitoring table) its approved budget; per-year figures are not summed."""
    for index, value in enumerate(line.values):
        if value.total_column:
            return index
    if table.period_columns > 1:
        return None
    if len(line.values) == 1:
        return 0
    return next((i for i, v in enumerate(line.values)
                 if _AMOUNT_COLUMN_RE.search(v.column) and not _NOT_AMOUNT_RE.search(v.column)), None)


def _from_line(line: TableLine, table: MoneyTable, owner: str | None) -> Project:
    index = amount_index(line, table)
    amount = line.values[index].amount if index is not None else None
    funding = "self_funding" if line.self_funding else ("amount" if line.values else "unstated")
    return Project(name=line.name, ref=line.ref, owner=owner, theme=line.theme, amount_gbp=amount,
                   funding=funding, page=line.page, quote=line.quote)


def item_projects(block: Block, owner: str | None) -> list[Project]:
    """Numbered title lines ending in their cost (or "Self funding")."""
    if block.kind == "table" or not _REF_MARKER_RE.match(block.marker or ""):
        return []
    items = [_item_project(marker, text, block, owner) for marker, text in run_on_items(block)]
    return [item for item in items if item is not None]


def run_on_items(block: Block) -> list[tuple[str, str]]:
    """(marker, text) of each numbered line in a block; a text reader may join consecutive
    numbered lines into one ("1. Walks £15,000 2. Falls £42,500"), so split them again."""
    marker = (block.marker or "").rstrip(".")
    if not marker.isdigit():
        return [(marker, block.text)]
    items, start, expected = [], 0, int(marker) + 1
    for match in _NEXT_ITEM_RE.finditer(block.text):
        if int(match.group(1)) == expected:
            items.append((marker, block.text[start:match.start()].strip()))
            marker, start, expected = match.group(1), match.end(), expected + 1
    return [*items, (marker, block.text[start:].strip())]


def _item_project(ref: str, text: str, block: Block, owner: str | None) -> Project | None:
    match = _ITEM_RE.match(text)
    if not match or len(match.group("name").split()) > _MAX_NAME_WORDS:
        return None
    name = re.sub(r"\s*[-–:]\s*$", "", match.group("name")).strip()
    cost = match.group("cost")
    if is_self_funding(cost):
        return Project(name=name, ref=ref, owner=owner, funding="self_funding",
                       page=block.page, quote=text)
    return Project(name=name, ref=ref, owner=owner, amount_gbp=parse_money(cost),
                   funding="amount", page=block.page, quote=text)


def named_projects(block: Block, owner: str | None) -> list[Project]:
    """Schemes a paper names as a project without a cost (funding unstated): an item title
    that is a project's name, or a quoted name followed by "Project"."""
    if block.kind in ("heading", "list_item") and _TITLE_NAME_RE.match(block.text.strip()):
        return [Project(name=block.text.strip(), owner=owner, page=block.page, quote=block.text)]
    if block.kind == "heading":
        return []
    return [Project(name=f"{m.group('name')} {m.group('noun')}", owner=owner, page=block.page,
                    quote=sentence)
            for sentence in split_sentences(block.text) for m in _QUOTED_NAME_RE.finditer(sentence)]


def _add(projects: list[Project], candidate: Project) -> None:
    """Add a project, or fold a second statement of it into the first."""
    index = find_same(projects, candidate)
    if index is None:
        projects.append(candidate)
        return
    first = projects[index]
    update: dict = {"ref": first.ref or candidate.ref, "theme": first.theme or candidate.theme}
    if first.funding == "unstated":
        update["funding"] = candidate.funding
    amounts = [a for a in [candidate.amount_gbp, *candidate.alt_amounts_gbp] if a is not None]
    if first.amount_gbp is None and candidate.amount_gbp is not None and not first.alt_amounts_gbp:
        # the record's provenance is the statement its amount comes from
        update.update(amount_gbp=candidate.amount_gbp, page=candidate.page, quote=candidate.quote)
        amounts = candidate.alt_amounts_gbp
    known = {first.amount_gbp, *first.alt_amounts_gbp, update.get("amount_gbp")}
    update["alt_amounts_gbp"] = first.alt_amounts_gbp + [a for a in amounts if a not in known]
    projects[index] = first.model_copy(update=update)


# ---------------------------------------------------------------- one project, stated twice

_STOP_WORDS = {"the", "a", "an", "of", "and", "to", "for", "in", "on", "with", "by", "at", "from",
               "project", "scheme", "programme", "service", "services"}


def name_words(name: str) -> set[str]:
    """Content words of a name, crudely stemmed so "lettings" meets "letting"."""
    words = re.findall(r"[a-z0-9]+", name.lower().replace("&", " and "))
    return {w.rstrip("s") if len(w) > 3 else w for w in words if w not in _STOP_WORDS}


def name_overlap(a: str, b: str) -> float:
    """Share of the shorter name's words that the other name also has."""
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def find_same(projects: list[Project], candidate: Project) -> int | None:
    """Index of an earlier statement of the same project under the same owner (same ref, else
    near-identical name), else anywhere with the same ref and figure (an appendix section
    that lost its heading)."""
    def same_ref(p: Project) -> bool:
        return p.ref is not None and p.ref == candidate.ref

    tests = [
        lambda p: same_ref(p) and p.owner == candidate.owner,
        lambda p: p.owner == candidate.owner and name_overlap(p.name, candidate.name) >= 0.8,
        lambda p: same_ref(p) and p.amount_gbp is not None and p.amount_gbp == candidate.amount_gbp,
    ]
    for test in tests:
        for index, project in enumerate(projects):
            if test(project):
                return index
    return None
