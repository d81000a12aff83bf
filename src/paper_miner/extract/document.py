"""Document metadata: title, type, date, issuing authority and the body it goes to."""
from __future__ import annotations

import re

from ..models import Block, DocType, Layout
from .parse import parse_date

# Look for metadata near the top of a paper: covers sit in the first blocks.
HEAD_BLOCKS = 30

# Words that mark a block as a heading-shaped label rather than the paper's title.
NOT_TITLE = re.compile(
    r"^(appendix|annex|agenda item|item\s+\d|contents|report of|purpose|date\b|dear\b|"
    r"from the|ms word|page\s+\d|\d+$|part\s+\d|introduction|background|summary$)",
    re.IGNORECASE,
)
ORG = (
    r"(?:[A-Z][\w'&,.-]*\s+){0,6}?"
    r"(?:County|City|District|Borough|Metropolitan|Parish|Town)\s+Council"
)
ORG_RE = re.compile(ORG)
PARTNERSHIP_RE = re.compile(
    r"\b((?:[A-Z][\w'&-]*\s+){1,8}?(?:Partnership|Board|Group|Committee|Together|Forum|Authority))\b"
)
BODY_RE = re.compile(
    r"\b(?:to|inform|report to|meeting of( the)?)\s+(Cabinet|Council|the Executive|Executive|"
    r"(?:[A-Z][\w'&-]*\s+){0,6}(?:Board|Committee|Panel|Commission|Group|Cabinet))\b"
)


def _head(layout: Layout) -> list[Block]:
    return layout.blocks[:HEAD_BLOCKS]


def title(layout: Layout) -> str | None:
    """The paper's own heading: the first substantial heading that is not a cover label."""
    for block in _head(layout):
        text = block.text.strip(" *#:")
        if block.kind != "heading" or len(text) < 8 or NOT_TITLE.match(text):
            continue
        if parse_date(text) and len(text.split()) <= 5:
            continue  # a date line such as "TUESDAY 3 SEPTEMBER 2007"
        return _tidy_case(text)
    return layout.meta.get("Title")


def _tidy_case(text: str) -> str:
    """All-caps titles read better, and match other papers, in title case."""
    if text.isupper():
        small = {"and", "of", "the", "to", "for", "in", "on", "at", "by", "a", "an"}
        words = text.lower().split()
        return " ".join(
            w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words)
        )
    return text


def doc_type(layout: Layout) -> DocType:
    head = " ".join(b.text for b in _head(layout))
    if re.search(r"\bDear\s+\w+|Yours (sincerely|faithfully|\w+)", head):
        return "letter"
    if re.search(r"\bminutes of\b|\bpresent:", head, re.IGNORECASE):
        return "minutes"
    if re.search(r"\b(delivery|business|action|corporate|medium term)\s+plan\b", head, re.IGNORECASE):
        return "plan"
    if re.search(r"\bagenda\b", head, re.IGNORECASE) and not re.search(r"agenda item", head, re.IGNORECASE):
        return "agenda"
    return "report"


def date(layout: Layout) -> str | None:
    """The paper's own date: the first full date near the top, else a date stamp."""
    for block in _head(layout):
        found = parse_date(block.text)
        if found and len(found) == 10:
            return found
    for block in _head(layout):
        found = parse_date(block.text)
        if found:
            return found
    return None


def authority(layout: Layout) -> str | None:
    """The issuing council or body: the most named council near the top or the foot."""
    text = " ".join(b.text for b in [*_head(layout), *layout.blocks[-10:]])
    councils = ORG_RE.findall(text)
    if councils:
        return max(set(councils), key=councils.count).strip()
    match = PARTNERSHIP_RE.search(text)
    return match.group(1).strip() if match else None


def body(layout: Layout) -> str | None:
    head = " ".join(b.text for b in _head(layout))
    match = BODY_RE.search(head)
    return match.group(2).strip() if match else None


def describe(layout: Layout) -> dict:
    return {
        "title": title(layout),
        "doc_type": doc_type(layout),
        "date": date(layout),
        "authority": authority(layout),
        "body": body(layout),
    }
