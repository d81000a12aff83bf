"""Run the extractors: one per record type, each a pure function of the layout.

Every extractor has the signature ``extract(layout, document, found) -> list[Record]`` where
``found`` holds the records of the types extracted before it (budgets skip project totals).
Adding a record type is adding a module here and a line to ``RECORD_EXTRACTORS``.
"""
from __future__ import annotations

from collections.abc import Callable

from paper_miner.extract import decisions, targets
from paper_miner.extract.common.context import without_outside_context
from paper_miner.extract.money import budgets, projects
from paper_miner.models import Document, Layout, Record

Extractor = Callable[[Layout, Document, dict[str, list[Record]]], list[Record]]

# Order matters: later extractors may look at what earlier ones found.
RECORD_EXTRACTORS: dict[str, Extractor] = {
    "projects": projects.extract,
    "budgets": budgets.extract,
    "targets": targets.extract,
    "decisions": decisions.extract,
}


def extract_records(layout: Layout, document: Document) -> dict[str, list[Record]]:
    """Every record type's records; sections on the economy at large hold none of the council's."""
    own = without_outside_context(layout)
    found: dict[str, list[Record]] = {}
    for name, extractor in RECORD_EXTRACTORS.items():
        found[name] = extractor(own, document, found)
    return found
