"""Projects named in running text: a title that is a project's name ("Riverside Footbridge
Project"), a quoted name called a project, and a scheme whose cost a sentence states ("The X
Flood Scheme will cost £4.2m"). A numbered costed item is read by ``projects.items`` instead."""
from __future__ import annotations

import re

from paper_miner.extract.common.parse import find_money
from paper_miner.extract.common.sentences import split_at_full_stops
from paper_miner.extract.money.projects.items import item_projects
from paper_miner.extract.money.sources import Located, Paper
from paper_miner.models import Block, Project

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
# A decision to spend a figure on a named piece of work: "approval to spend £39.6m for the
# Northgate Schools Expansion Programme", "authority to spend £2.1m on the Harbour Wall".
_PROPER_NAME = r"[A-Z][\w'’&/-]*(?:\s+(?:(?:of|and|for|&|at|in)\s+(?:the\s+)?)?[A-Z][\w'’&/-]*){0,8}"
_SPEND_ON_RE = re.compile(
    r"\b(?:approv\w*|authori(?:ty|[sz]\w*)|agree\w*|permission)\s+to\s+spend\s+(?P<cost>£\s?[\d.,]+\s?(?i:k|m|bn|million|billion)?)"
    rf"\s+(?:for|on)\s+(?:the\s+)?(?P<name>{_PROPER_NAME})")
_ARTICLE_RE = re.compile(r"^(?:The|This|Our|A|An)\s+")
_OPENING_NOUN_RE = re.compile(r"^[A-Z]\w*\s+(?:of|for)\s+the\s+")
_GENERIC_NAME_WORDS = {"capital", "revenue", "programme", "project", "scheme", "fund", "initiative",
                       "investment", "spending", "annual", "main", "overall", "whole", "total",
                       "council", "budget", "works", "new", "this", "our", "the"}
# A scheme of what residents are given or let off is a policy, not a piece of work: "Local
# Council Tax Support Scheme", "Members' Allowances Scheme", "Discretionary Rate Relief Scheme".
_POLICY_SCHEME_RE = re.compile(
    r"\b(?:support|reductions?|discounts?|relief|allowances?|benefits?|concessions?|exemptions?)\s+Scheme$", re.I)
_QUOTED_NAME_RE = re.compile(r"['‘\"“](?P<name>[A-Z][^'’\"”]{2,60})['’\"”]\s+(?P<noun>Project|Scheme)\b")

# A sentence about spending on assets: "the investments would deliver ... such as", "capital
# allocations including".
_INVESTMENT_RE = re.compile(r"\b(?:capital|invest\w*|allocations?|enhancements?)\b", re.I)
# A figure for a piece of work, up to where its clause ends: "£535K for leisure centre
# upgrades", "£1m to repurpose the sports hall" ("£650K for a works reserve to manage ..." is
# money put by, its words end in no work).
_FOR_WORK_RE = re.compile(
    r"^\s+(?:for\s+(?:the\s+|a\s+|an\s+)?(?P<work>[^,;.£]{3,80}?\b(?:replacements?|upgrades?|renewals?"
    r"|improvements?|refurbishments?|repairs?|works|extensions?|resurfacing|enhancements?))"
    r"|to\s+(?P<doing>(?:repurpose|refurbish|replace|renew|resurface|repair|extend|upgrade|improve"
    r"|rebuild|convert)\s+[^,;.£]{3,80}?))(?=\s*(?:[,;.]|\band\b|$))", re.I)


def located(paper: Paper) -> list[Located[Project]]:
    found = []
    for index, block in enumerate(paper.blocks):
        owner = paper.owner(index)
        if block.kind != "table" and not item_projects(block, owner):
            found += [Located(index, p) for p in named_projects(block, owner) + costed_schemes(block, owner)
                      + costed_works(block, owner)]
    return found


def costed_works(block: Block, owner: str | None) -> list[Project]:
    """Pieces of work an investment sentence lists with their costs: "the investments would
    deliver enhancements such as £1.2m for pool roof replacement and £300K to resurface the
    car park" -> "Pool roof replacement" (£1.2m), "Resurface the car park" (£300,000)."""
    if block.kind not in ("paragraph", "list_item"):
        return []
    found = []
    for sentence in split_at_full_stops(block.text):
        if not _INVESTMENT_RE.search(sentence):
            continue
        for money in find_money(sentence):
            work = _FOR_WORK_RE.match(sentence[money.end:])
            if work:
                name = (work["work"] or work["doing"]).strip()
                found.append(Project(name=name[0].upper() + name[1:], owner=owner, amount_gbp=money.amount,
                                     funding="amount", page=block.page, quote=sentence))
    return found


def named_projects(block: Block, owner: str | None) -> list[Project]:
    """Schemes a paper names as a project without a cost (funding unstated): an item title
    that is a project's name (not a policy: "Council Tax Reduction Scheme"), or a quoted name
    followed by "Project"."""
    title = block.text.strip()
    if block.kind in ("heading", "list_item") and _TITLE_NAME_RE.match(title) and not _POLICY_SCHEME_RE.search(title):
        return [Project(name=title, owner=owner, page=block.page, quote=block.text)]
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
        found += _spent_on(sentence, block, owner)
        for match in _COSTED_RE.finditer(sentence):
            name = _scheme_name(match.group("name") or match.group("name2"), match.start() == 0)
            money = find_money(sentence[match.end():match.end() + 30])
            if name and money and money[0].start == 0:
                found.append(Project(name=name, owner=owner, amount_gbp=money[0].amount,
                                     funding="amount", page=block.page, quote=sentence))
    return found


def _spent_on(sentence: str, block: Block, owner: str | None) -> list[Project]:
    """Named works a decision approves spending on: "Recommend to Council the approval to
    spend £4.2M for the Riverside Leisure Hub" (a common noun, "on the repairs", is no name)."""
    found = []
    for match in _SPEND_ON_RE.finditer(sentence):
        name = _scheme_name(match["name"], opens_sentence=False)
        money = find_money(match["cost"])
        if name and money:
            found.append(Project(name=name, owner=owner, amount_gbp=money[0].amount, funding="amount",
                                 page=block.page, quote=sentence))
    return found


def _scheme_name(words: str, opens_sentence: bool) -> str | None:
    """A proper scheme name without a leading article or, at a sentence's start, the noun it
    hangs from ("Funding for the"), unless it is only generic words ("the Capital Programme")."""
    name = _ARTICLE_RE.sub("", words.strip())
    if opens_sentence:
        name = _OPENING_NOUN_RE.sub("", name)
    generic = {w.lower().strip("'’s") for w in name.split()} <= _GENERIC_NAME_WORDS
    return None if generic or _POLICY_SCHEME_RE.search(name) else name
