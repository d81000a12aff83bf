"""Service standards: what a council promises to do within a time, one target per promise.

A customer charter or service standards page lists its promises under a lead-in::

    When you write to us, these are the standards we will meet:
    - We will acknowledge your letter within three working days.
    We aim to:
    - Answer your call within six rings.
    - Return voicemail messages within one working day.

Each promise to do something "within" a number of working days, days, hours, minutes or rings
is a standard: the number is its target, a maximum (direction decrease), and what is promised
("acknowledge your letter") its measure. A promise counts in a list under a lead-in that says
what "we will" / "we aim to" / "we should" do, or names the standards, and in any sentence
that itself opens with "We will", "We should" or "We aim to"; a condition ("If a reply cannot
be given within 15 days, we will write ...") is none, and a share done within a time ("We
will answer 90% of calls within 3 minutes") is a target of the running text.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from paper_miner.extract.common.sentences import sentences_keeping_labels as sentences
from paper_miner.extract.common.vocabulary import NUMBER_WORDS
from paper_miner.models import Block, Document, Layout, Target

_NUMBER = r"\d{1,3}|" + "|".join(word for word, n in NUMBER_WORDS.items() if n >= 1)
# "within two working days", "within a maximum of 10 rings", "within 24 hours".
_WITHIN_RE = re.compile(
    rf"\s+within\s+(?:a\s+maximum\s+of\s+)?(?P<figure>{_NUMBER})\s+"
    r"(?P<unit>working\s+days?|days?|hours?|minutes?|seconds|rings)\b", re.IGNORECASE)
# "We should", "We will aim to", "Try to", "Aim to": the promise's opening, no part of its measure.
_PROMISE_OPENING_RE = re.compile(r"^(?:(?:we\s+)?(?:will|should|shall|aim\s+to|try\s+to|always)\s+)+",
                                 re.IGNORECASE)
_WE_PROMISE_RE = re.compile(r"^we\s+(?:will|should|shall|aim\s+to)\b", re.IGNORECASE)
_LEAD_IN_RE = re.compile(r"\bwe\s+(?:will|should|shall|aim\s+to)\b|\bstandards?\b", re.IGNORECASE)
_CONDITION_RE = re.compile(r"^(?:if|where|when|unless|once|after)\b", re.IGNORECASE)
# "answer 90% of calls within 3 minutes": a share done within a time, read as running text.
_SHARE_RE = re.compile(r"\d\s?%|\bper\s?cent\b", re.IGNORECASE)
# Bullets a text export ran into one paragraph part its promises.
_BULLET_RE = re.compile(r"\s*[•●▪◦]\s*")
# "and respond fully": a second promise in the same sentence starts after "and".
_JOIN_RE = re.compile(r"^(?:[,;]?\s*(?:and|then)\s+)", re.IGNORECASE)


def _under_lead_in(blocks: list[Block], index: int) -> bool:
    """Whether a list item sits under a lead-in ending in a colon that says what we will do
    or names the standards ("We aim to:", "these are the standards we should meet:")."""
    above = next((block for block in reversed(blocks[:index]) if block.kind != "list_item"), None)
    return above is not None and above.text.rstrip().endswith(":") and bool(_LEAD_IN_RE.search(above.text))


def _promises(blocks: list[Block], index: int) -> list[str]:
    """The sentences of a block that are promises: all of a list item's under a lead-in,
    else those that open with "We will", "We should" or "We aim to"."""
    block = blocks[index]
    if block.kind not in ("paragraph", "list_item"):
        return []
    listed = block.kind == "list_item" and _under_lead_in(blocks, index)
    items = [item.strip() for sentence in sentences(block.text) for item in _BULLET_RE.split(sentence)]
    return [item for item in items if not _CONDITION_RE.match(item) and not _SHARE_RE.search(item)
            and (listed or _WE_PROMISE_RE.match(item)) and _WITHIN_RE.search(item)]


def _unit(printed: str) -> str:
    """The unit in the plural, as a maximum is counted ("one working day" -> "working days")."""
    unit = " ".join(printed.lower().split())
    return unit if unit.endswith("s") else f"{unit}s"


def _standards(sentence: str, block: Block) -> Iterator[Target]:
    """One target per "within" in a promise ("acknowledge within two working days and respond
    fully within 10 working days" is two), its measure what is promised before it."""
    start = 0
    for within in _WITHIN_RE.finditer(sentence):
        doing = _PROMISE_OPENING_RE.sub("", _JOIN_RE.sub("", sentence[start:within.start()].strip(" ,;-")))
        start = within.end()
        figure = within.group("figure").lower()
        if len(doing.split()) < 2:
            continue
        yield Target(page=block.page, quote=sentence.strip(), measure=doing.strip(),
                     target=float(NUMBER_WORDS.get(figure, figure)), unit=_unit(within.group("unit")),
                     direction="decrease")


def standard_blocks(blocks: list[Block]) -> set[int]:
    """The blocks read as service standards, which the running text leaves to this reader."""
    return {index for index in range(len(blocks)) if _promises(blocks, index)}


def find(layout: Layout, document: Document) -> Iterator[Target]:
    blocks = layout.blocks
    for index, block in enumerate(blocks):
        for sentence in _promises(blocks, index):
            yield from _standards(sentence, block)
