"""Whose programme a project or budget belongs to.

In order: an enclosing heading naming a body ("3.1.2 Westvale Sub Regional Partnership",
"Westvale Sub Regional Partnership Programme"); a sentence at or before the block saying
who funds the work ("projects funded by the X Partnership", "X's programme", "X has
allocated"); an earlier heading naming a body; the paper's issuing authority. The meeting the
paper goes to ("Report to Overview and Scrutiny Committee", the document's body) decides on the
work but never owns it.
"""
from __future__ import annotations

import re

from paper_miner.extract.common.vocabulary import OWNING_BODY_NOUNS
from paper_miner.models import Block, Document

_BODY_NOUN = OWNING_BODY_NOUNS
# The name of a body: capitalised words (with "and", "of", "&" between) ending in a body noun.
_OWNER_RE = re.compile(
    rf"\b[A-Z][\w'’.-]*\s+(?:(?:(?:and|of|for|&)\s+)?[A-Z][\w'’.-]*\s+)*?"
    rf"(?:{_BODY_NOUN})\b(?:\s+(?:{_BODY_NOUN})\b)*"
)
_MEETING_HEADING_RE = re.compile(
    r"^(?:(?:a\s+)?report|paper|briefing(?:\s+note)?)\s+(?:to|for)\b|^to\s*:", re.I)
_FUNDED_BY_RE = re.compile(
    r"\b(?:funded|funding|financed|allocated|awarded|commissioned|paid\s+for|supported|grant[\s-]aided)\s+"
    r"(?:by|from)\s+(?:the\s+)?$", re.I)
_FUNDS_RE = re.compile(
    r"^(?:['’]s?\s+(?:\w+\s+)?(?:programme|budget|fund|grant|allocation|funding)\b"
    r"|\s+(?:has\s+|have\s+|will\s+|is\s+to\s+|agreed\s+to\s+)?(?:funds?|funded|allocated?|awarded?"
    r"|commissioned|financed?)\b)", re.I)
_DETERMINER_RE = re.compile(r"^(?:The|This|That|Each|Every|Our|Its|Their|A|An)\s+")


def owner_from_heading(heading: str) -> str | None:
    """The body a heading names ("Lincs Sub Regional Partnership Programme" -> the partnership)."""
    if _MEETING_HEADING_RE.match(heading):
        return None
    if heading.isupper():
        heading = heading.title().replace(" And ", " and ").replace(" Of ", " of ")
    matches = list(_OWNER_RE.finditer(heading))
    return matches[-1].group(0).strip() if matches else None


def owner_in_text(text: str) -> str | None:
    """A body the text says funds the work: "funded by the X Partnership", "X's programme"."""
    for match in _OWNER_RE.finditer(text):
        name = re.split(r"\.\s+", match.group(0))[-1]  # "... Framework. The Council": a new sentence
        if not _DETERMINER_RE.sub("", name).strip() or " " not in _DETERMINER_RE.sub("", name):
            continue  # "The Partnership": no name of its own
        if _FUNDED_BY_RE.search(text[max(0, match.start() - 40):match.start()]) or _FUNDS_RE.match(
                text[match.end():match.end() + 40]):
            return _DETERMINER_RE.sub("", name)
    return None


class Owners:
    """The owner of every block of a paper, worked out in one pass."""

    def __init__(self, blocks: list[Block], document: Document) -> None:
        self.blocks = blocks
        self.document = document
        self._stated: list[str | None] = []  # the latest funding sentence at or before a block
        self._headed: list[str | None] = []  # the latest heading naming a body before a block
        stated = headed = None
        for block in blocks:
            self._headed.append(headed)
            if block.kind == "heading":
                headed = self._named(owner_from_heading(block.text)) or headed
            else:
                stated = self._named(owner_in_text(block.text)) or stated
            self._stated.append(stated)

    def _named(self, owner: str | None) -> str | None:
        """A body, unless it is the meeting the paper goes to."""
        body = (self.document.body or "").lower()
        if owner and body and (owner.lower() in body or body in owner.lower()):
            return None
        return owner

    def of(self, index: int) -> str | None:
        # A letterhead naming the issuing authority is the last resort, not a section owner.
        authority = (self.document.authority or "").lower()
        for heading in reversed(self.blocks[index].section):
            owner = self._named(owner_from_heading(heading))
            if owner and owner.lower() != authority:
                return owner
        return self._stated[index] or self._headed[index] or self.document.authority


def owner_of(blocks: list[Block], index: int, document: Document) -> str | None:
    return Owners(blocks, document).of(index)
