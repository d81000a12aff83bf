"""A line labelled as the targets, listing one figure per item.

A web page or a plan states several targets in one line under a "Target:" label::

    Target: Housing Benefit new claims 20 days, change of circumstances 8 days.
    Targets 2026/27: streets graded B or better 92%; missed bins per 100,000 collections 45

Each item is a measure followed by its figure (a unit may follow the figure, a dash or a colon
may part them); two or more such items make the line a list of targets, one per item, read as
the rows of a table with a target column (the label's period heads that column). A label over
a sentence ("Target: to reduce missed bins to 45 by March 2027") is running text, not a list.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from paper_miner.extract.common.vocabulary import YEAR_OR_SPAN_DASHED
from paper_miner.extract.targets.target_tables import column_targets
from paper_miner.models import Block, Document, Layout, Row, Target

# "Target:", "Targets for 2026/27:", "Annual targets 2025-26:".
_LABEL_RE = re.compile(
    rf"^(?:(?:annual|our|key|service)\s+)?targets?(?P<period>(?:\s+(?:for|in))?\s+{YEAR_OR_SPAN_DASHED}"
    rf"(?:\s+to\s+{YEAR_OR_SPAN_DASHED})?)?\s*:\s*(?P<items>.+?)\.?$", re.IGNORECASE)
# Items part at a semicolon, a comma before a space (not the comma inside "1,200"), or an "and"
# before the last item.
_ITEM_BREAK_RE = re.compile(r"\s*;\s*|,\s+(?:and\s+)?|\s+and\s+(?=[A-Z])")
# "Council tax collected 97.5%", "Income Support – 11 days", "Homes let: 420", "Calls answered
# within 20 seconds 85%".
_ITEM_RE = re.compile(r"^(?P<measure>[^£]*?[A-Za-z][^£]*?)\s*[–:-]?\s+(?P<figure>£?\d[\d,]*(?:\.\d+)?"
                      r"\s?(?:%|[a-z]+(?:\s+per\s+[a-z]+)?)?)$")


def list_items(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    """The label's period and the (measure, figure) items of a labelled list of targets, or
    None: "Targets 2026/27: rent collected 98%, voids 2%" is ("2026/27", [("rent collected",
    "98%"), ("voids", "2%")])."""
    labelled = _LABEL_RE.match(text.strip())
    if labelled is None:
        return None
    items = [_ITEM_RE.match(item.strip()) for item in _ITEM_BREAK_RE.split(labelled.group("items"))]
    if len(items) < 2 or not all(items):
        return None
    period = (labelled.group("period") or "").strip()
    return period, [(item.group("measure"), item.group("figure")) for item in items if item]


def is_labelled_list(block: Block) -> bool:
    return block.kind in ("paragraph", "list_item") and list_items(block.text) is not None


def find(layout: Layout, document: Document) -> Iterator[Target]:
    for block in layout.blocks:
        found = list_items(block.text) if is_labelled_list(block) else None
        if found is None:
            continue
        period, items = found
        header = Row(cells=["Measure", f"Target {period}".strip()], page=block.page)
        rows = [Row(cells=[measure, figure], page=block.page) for measure, figure in items]
        yield from (target.model_copy(update={"quote": block.text}) for target in column_targets(rows, header))
