"""Extract projects: named pieces of work a paper lists with (or without) a cost.

One module per layout, listed in ``SOURCES``: a money table that lists projects
(``tables``: `1 | Joint ICT Service | 20,000`, a work-stream table with per-year columns), a
numbered item whose line ends in its cost (``items``: `4. Shared Payroll Service £84,500`), a
costed list run on after a lead-in (``costed_lists``: "Projects 2018-19:- Benches - £750,
Planters - £400"), a grant list written as lines (``grant_items``: "The following grants were
approved:" over "Westvale Time Bank - £12,000 towards the coordinator's salary"), a named scheme whose cost a sentence states (``prose``: "The X Flood Scheme will cost £4.2m"), a
minute item titled with a piece of work whose cost it estimates (``minute_items``).
The same project stated again in an appendix is merged into the first statement (a different
total goes to ``alt_amounts_gbp``).
"""
from __future__ import annotations

import re

from paper_miner.extract.common.vocabulary import NAME_STOP_WORDS
from paper_miner.extract.money.projects import costed_lists, grant_items, items, minute_items, prose, tables
from paper_miner.extract.money.sources import Paper, in_block_order
from paper_miner.models import Document, Layout, Project, Record

# The layouts projects are read from, one module each; a paper's projects are taken in the
# order of its blocks, and the first statement of a project wins.
SOURCES = (tables.located, items.located, costed_lists.located, grant_items.located, prose.located,
           minute_items.located)


def extract(layout: Layout, document: Document, found: dict[str, list[Record]]) -> list[Record]:
    projects: list[Project] = []
    for candidate in in_block_order(Paper(layout, document), SOURCES):
        _add(projects, candidate)
    return projects


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
