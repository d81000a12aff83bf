"""Extract projects: named pieces of work a paper lists with (or without) a cost.

Three layouts are read: a money table that lists projects (`1 | Joint ICT Service | 20,000`,
a work-stream table with per-year columns), a numbered item whose line ends in its cost
(`4. Shared Payroll Service £84,500`, `A1 Night Project - youth work (Trust) .... £6,500` under
a theme heading), a named scheme whose cost a sentence states ("The X Flood Scheme will cost
£4.2m"), and the same project stated again in an appendix, which is merged into the first
statement (a different total goes to ``alt_amounts_gbp``).
"""
from __future__ import annotations

import re

from paper_miner.layout.blocks import REF_LABEL_RE
from paper_miner.models import Block, Document, Layout, Project, Record
from paper_miner.extract.common.sentences import split_at_full_stops
from paper_miner.extract.money.text import kind_of
from paper_miner.extract.common.owners import Owners
from paper_miner.extract.common.parse import find_money, parse_money
from paper_miner.extract.money.tables import MoneyTable, TableLine, is_self_funding, read_money_table
from paper_miner.extract.common.vocabulary import NAME_STOP_WORDS

_PROJECT_WORDS_RE = re.compile(r"\b(?:projects?|schemes?|initiatives?|bids?|work\s?streams?)\b", re.I)
_RESERVE_RE = re.compile(
    r"\b(?:contingenc\w*|reserves?|unallocated|balance|funding|grant|income|savings?)\b", re.I
)
_LINE_NUMBERS_RE = re.compile(r"\s*(?:line|row)(?:\s+no\.?)?\b", re.I)
_NOT_PROJECTS = ("saving", "pressure", "income")
# In a monitoring table, the column that states a scheme's cost, not its spend or forecast.
_AMOUNT_COLUMN_RE = re.compile(r"\b(?:cost|budget|approved|amount|grant|award|value|allocation)", re.I)
_NOT_AMOUNT_RE = re.compile(r"\b(?:forecast|outturn|variance|spen[dt]|actual|to date|remaining)", re.I)
# A title line ending in its cost: "S3. Town Centre Wi-Fi Scheme £42,000".
_ITEM_RE = re.compile(
    r"^(?P<name>.+?)\s*(?P<cost>(?:c\.?\s?)?£\s?\d[\d,\s]*(?:\.\d+)?\s?(?:k|m|bn|million)?"
    r"|self[\s-]?funding|self[\s-]?financing)\s*$",
    re.I,
)
_MAX_NAME_WORDS = 16
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
# A name that is itself a project's title: "(b) Riverside Footbridge Project".
_TITLE_NAME_RE = re.compile(r"^(?:[A-Z][\w'’&/-]*\s+(?:(?:of|and|for|the|&)\s+)*){1,10}(?:Project|Scheme)$")
# A quoted name called a project: "carry out a 'Leadership of Place' Project".
# A proper name of a piece of work: capitalised words (joined by "of", "and", "&", "for",
# "the") ending in Scheme, Project, Programme, Initiative or Fund.
_SCHEME_NAME = (r"(?:[A-Z][\w'’&/-]*\s+(?:(?:of|and|for|&)\s+(?:the\s+)?)?){1,9}"
                r"(?:Scheme|Project|Programme|Initiative|Fund)\b")
# ... followed or preceded by the words stating its cost, up to the £ sign.
_COST_AFTER = (r",?\s+(?:which\s+)?(?:(?:will|would|is\s+(?:estimated|expected|forecast|likely|due)\s+to)"
               r"\s+)?(?:cost|costing|costs)\s+(?:(?:about|around|approximately|some|an\s+estimated"
               r"|in\s+total|a\s+total\s+of)\s+)?"
               r"|,?\s+(?:(?:at|with|has)\s+a\s+(?:total\s+)?(?:estimated\s+)?cost\s+of\s+)"
               r"|\s+\((?=£)")
_COSTED_RE = re.compile(
    rf"(?P<name>{_SCHEME_NAME})(?:{_COST_AFTER})(?=£)"
    rf"|\btotal\s+cost\s+of\s+(?:the\s+)?(?P<name2>{_SCHEME_NAME})\s+(?:is|will\s+be|was|amounts\s+to)"
    rf"\s+(?:(?:about|around|approximately|some|estimated\s+at)\s+)?(?=£)")
_ARTICLE_RE = re.compile(r"^(?:The|This|Our|A|An)\s+")
_OPENING_NOUN_RE = re.compile(r"^[A-Z]\w*\s+(?:of|for)\s+the\s+")
_GENERIC_NAME_WORDS = {"capital", "revenue", "programme", "project", "scheme", "fund", "initiative",
                       "investment", "spending", "annual", "main", "overall", "whole", "total",
                       "council", "budget", "works", "new", "this", "our", "the"}
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
            candidates = (item_projects(block, owner) or named_projects(block, owner)
                          + costed_schemes(block, owner))
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
    if _LINE_NUMBERS_RE.match(table.headers):  # "Line | HRA item | Budget": a statement's lines
        return False
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
    if not name or len(name.split()) > _MAX_NAME_WORDS:
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


def named_projects(block: Block, owner: str | None) -> list[Project]:
    """Schemes a paper names as a project without a cost (funding unstated): an item title
    that is a project's name, or a quoted name followed by "Project"."""
    if block.kind in ("heading", "list_item") and _TITLE_NAME_RE.match(block.text.strip()):
        return [Project(name=block.text.strip(), owner=owner, page=block.page, quote=block.text)]
    if block.kind == "heading":
        return []
    return [Project(name=f"{m.group('name')} {m.group('noun')}", owner=owner, page=block.page,
                    quote=sentence)
            for sentence in split_at_full_stops(block.text) for m in _QUOTED_NAME_RE.finditer(sentence)]


def costed_schemes(block: Block, owner: str | None) -> list[Project]:
    """Schemes a sentence names with their cost: "The Lower Marl Flood Alleviation Scheme will
    cost £4.2m in total", "the Saltings Bridge Project, costing £1.35m", "The total cost of the
    Westgate Townscape Heritage Initiative is £780,000"."""
    if block.kind not in ("paragraph", "list_item"):
        return []
    found = []
    for sentence in split_at_full_stops(block.text):
        for match in _COSTED_RE.finditer(sentence):
            name = _scheme_name(match.group("name") or match.group("name2"), match.start() == 0)
            money = find_money(sentence[match.end():match.end() + 30])
            if name and money and money[0].start == 0:
                found.append(Project(name=name, owner=owner, amount_gbp=money[0].amount,
                                     funding="amount", page=block.page, quote=sentence))
    return found


def _scheme_name(words: str, opens_sentence: bool) -> str | None:
    """A proper scheme name without a leading article or, at a sentence's start, the noun it
    hangs from ("Funding for the"), unless it is only generic words ("the Capital Programme")."""
    name = _ARTICLE_RE.sub("", words.strip())
    if opens_sentence:
        name = _OPENING_NOUN_RE.sub("", name)
    generic = {w.lower().strip("'’s") for w in name.split()} <= _GENERIC_NAME_WORDS
    return None if generic else name


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



def name_words(name: str) -> set[str]:
    """Content words of a name, crudely stemmed so "lettings" meets "letting"."""
    words = re.findall(r"[a-z0-9]+", name.lower().replace("&", " and "))
    return {w.rstrip("s") if len(w) > 3 else w for w in words if w not in NAME_STOP_WORDS}


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
