"""Extract decisions: what a named body decided, and what a report recommends it decide.

Each source layout is one module exposing ``find(layout, document)``, which returns the
decisions it reads with the section each sits in; ``SOURCES`` lists them in order and
:func:`extract` runs them all before tidying the list into one record per decision
(:mod:`.merge`). A new layout is one new module, one line in ``SOURCES``, one fixture pair.

* :mod:`.prose` — paragraphs, list items and table cells read in order (resolutions,
  recommendations, reported decisions);
* :mod:`.grid` — minutes laid out as a ruled grid (Item | Minute | Action by), each row read
  as its item's heading and paragraphs;
* :mod:`.outcomes` — a table with an outcome column, one decision per row;
* :mod:`.published` — a website's list of published decisions: an entry marked approved that
  prints no decision of its own;
* :mod:`.logs` — a log of decisions taken under a "Date of Decision" header, one dated entry each.
"""
from __future__ import annotations

from collections.abc import Callable

from paper_miner.extract.decisions import grid, logs, outcomes, prose, published
from paper_miner.extract.decisions.merge import tidy
from paper_miner.models import Decision, Document, Layout, Record

Source = Callable[[Layout, Document], list[tuple[Decision, list[str]]]]

SOURCES: tuple[Source, ...] = (
    prose.find,
    grid.find,
    outcomes.find,
    published.find,
    logs.find,
)


def extract(layout: Layout, document: Document, found: dict[str, list[Record]]) -> list[Record]:
    records = [record for source in SOURCES for record in source(layout, document)]
    return tidy(records)
