"""Sections about the world outside the council: a treasury or budget report's "External
context" or "Economic background" tells the Bank of England's inflation target, the
government's spending and the markets' rates, none of them the council's own records."""
from __future__ import annotations

import re

from paper_miner.models import Block, Layout

# "2. External context", "Economic Background", "The National Economic Context", "Economic
# outlook", "Macroeconomic update", "The economy": a section on the economy at large.
CONTEXT_HEADING_RE = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+)?(?:(?:external|national|global|uk)\s+(?:economic\s+)?|"
    r"(?:macro-?)?economic\s+)(?:context|background|outlook|overview|environment|update|position)\s*$|"
    r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?the\s+(?:uk\s+|national\s+)?economy\s*$", re.IGNORECASE)


def in_outside_context(block: Block) -> bool:
    """Whether the block is, or sits under, a heading on the economy at large."""
    headings = [*block.section, block.text] if block.kind == "heading" else block.section
    return any(CONTEXT_HEADING_RE.match(heading) for heading in headings)


def without_outside_context(layout: Layout) -> Layout:
    """The layout without its sections on the economy at large (see ``in_outside_context``)."""
    kept = [block for block in layout.blocks if not in_outside_context(block)]
    return layout if len(kept) == len(layout.blocks) else layout.model_copy(update={"blocks": kept})
