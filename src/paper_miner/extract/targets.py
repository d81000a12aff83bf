"""Extract targets from a paper's layout (not yet implemented: returns nothing)."""
from __future__ import annotations

from ..models import Document, Layout, Record


def extract(layout: Layout, document: Document, found: dict[str, list[Record]]) -> list[Record]:
    return []
