"""Whose programme a project or budget belongs to, read from the headings above it.

A heading such as "3.1.2 Derbyshire Sub Regional Partnership" or an appendix subheading
"Derbyshire Sub Regional Partnership Programme" names the owner of everything beneath it;
a paper with no such heading falls back to its issuing authority.
"""
from __future__ import annotations

import re

from ..models import Block, Document

_BODY_NOUN = (
    r"Partnerships?|Councils?|Boards?|Authorit(?:y|ies)|Trusts?|Alliance|Group|Agency|"
    r"Commission|Forum|Consortium|Executive|Committee|Cabinet|Centre|Service"
)
# The name of a body: capitalised words (with "and", "of", "&" between) ending in a body noun.
_OWNER_RE = re.compile(
    rf"\b[A-Z][\w'’.-]*\s+(?:(?:(?:and|of|for|&)\s+)?[A-Z][\w'’.-]*\s+)*?"
    rf"(?:{_BODY_NOUN})\b(?:\s+(?:{_BODY_NOUN})\b)*"
)


def owner_from_heading(heading: str) -> str | None:
    """The body a heading names ("Lincs Sub Regional Partnership Programme" -> the partnership)."""
    if heading.isupper():
        heading = heading.title().replace(" And ", " and ").replace(" Of ", " of ")
    matches = list(_OWNER_RE.finditer(heading))
    return matches[-1].group(0).strip() if matches else None


def owner_of(blocks: list[Block], index: int, document: Document) -> str | None:
    """Nearest enclosing heading naming a body, else the nearest earlier one, else the authority."""
    for heading in reversed(blocks[index].section):
        owner = owner_from_heading(heading)
        if owner:
            return owner
    for block in reversed(blocks[:index]):
        if block.kind == "heading":
            owner = owner_from_heading(block.text)
            if owner:
                return owner
    return document.authority
