"""What every money source shares: the paper it reads, and where each record was stated.

A *source* reads one layout of money (a table of projects, a numbered costed list, running
text) and returns its records tagged with the index of the block they come from. A record
type's ``extract()`` runs its ``SOURCES`` and takes their records in block order (a stable
sort, so two sources never reorder each other within a paper), before its merge step, where
the first statement of a figure wins.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Generic, NamedTuple, TypeVar

from paper_miner.extract.common.owners import Owners
from paper_miner.models import Block, Document, Layout

T = TypeVar("T")


class Located(NamedTuple, Generic[T]):
    """A record and the index of the block it was read from."""
    at: int
    record: T


@dataclass(frozen=True)
class Paper:
    """One laid-out paper as the money sources read it."""
    layout: Layout
    document: Document

    @property
    def blocks(self) -> list[Block]:
        return self.layout.blocks

    @cached_property
    def owners(self) -> Owners:
        return Owners(self.blocks, self.document)

    def owner(self, index: int) -> str | None:
        return self.owners.of(index)

    def lead_in(self, index: int) -> str:
        return lead_in(self.blocks, index)


Source = Callable[[Paper], list[Located[T]]]


def lead_in(blocks: list[Block], index: int) -> str:
    """The words introducing a table: the text block before it and its section headings."""
    before = next((b.text for b in reversed(blocks[:index]) if b.kind != "table"), "")
    return " ".join([*blocks[index].section, before])


def in_block_order(paper: Paper, sources: Sequence[Source[T]]) -> list[T]:
    """Every source's records, in the order of the blocks they were read from."""
    return [item.record for item in located_in_block_order(paper, sources)]


def located_in_block_order(paper: Paper, sources: Sequence[Source[T]]) -> list[Located[T]]:
    """Every source's records with their blocks, in block order."""
    located = [item for source in sources for item in source(paper)]
    return sorted(located, key=lambda item: item.at)
