"""Scorecards that print an indicator's target and its actual in one cell.

Two ways recur: the header names both, one in brackets ("Target (Actual)" over "85% (82%)",
or "Actual (Target)" over "82% (85%)"), or each cell labels its figures ("Target: 90%
Actual: 88%" under "Performance"). Such a column is read as two columns named by what they
hold, so the table is then read as any scorecard ("Target | Actual").
"""
from __future__ import annotations

import re

from paper_miner.extract.targets.columns import is_figure
from paper_miner.models import Block, Row

_ROLE = r"(?:annual\s+)?(?:target|actual|latest|outturn|current|result)"
# "Target (Actual)", "Actual Q2 (Target)": two roles, the second in brackets.
_BRACKET_HEADER_RE = re.compile(rf"^\s*(?P<outer>{_ROLE}[^()]*?)\s*\(\s*(?P<inner>{_ROLE}[^()]*?)\s*\)\s*$",
                                re.IGNORECASE)
_BRACKET_CELL_RE = re.compile(r"^\s*(?P<outer>[^()]+?)\s*\(\s*(?P<inner>[^()]+?)\s*\)\s*$")
# "Target: 90% Actual: 88%": each figure after its role.
_RATING_RE = re.compile(r"^(?:red|amber|green)$", re.IGNORECASE)
_LABELLED_RE = re.compile(rf"(?P<role>{_ROLE})\s*:\s*(?P<figure>.+?)(?=\s+{_ROLE}\s*:|\s*$)", re.IGNORECASE)


def split_paired_columns(block: Block) -> Block:
    """The table with each paired column read as two; other blocks as they are."""
    rows = block.rows
    width = max((len(r.cells) for r in rows), default=0)
    for column in reversed(range(width)):
        pairs = _bracketed(rows, column) or _labelled(rows, column)
        if pairs:
            rows = [_split(row, column, pair) for row, pair in zip(rows, pairs)]
    return block if rows is block.rows else block.model_copy(update={"rows": rows})


def _cell(row: Row, column: int) -> str:
    return row.cells[column].strip() if column < len(row.cells) else ""


def _split(row: Row, column: int, pair: tuple[str, str]) -> Row:
    if column >= len(row.cells):
        return row
    return row.model_copy(update={"cells": [*row.cells[:column], *pair, *row.cells[column + 1:]]})


def _bracketed(rows: list[Row], column: int) -> list[tuple[str, str]] | None:
    """"Target (Actual)" over "85% (82%)": the header and each figure cell split at the bracket."""
    header = next((i for i, r in enumerate(rows[:3]) if _BRACKET_HEADER_RE.match(_cell(r, column))), None)
    if header is None:
        return None
    pairs = [_bracket_pair(_cell(r, column)) for r in rows]
    pairs[header] = _BRACKET_HEADER_RE.match(_cell(rows[header], column)).group("outer", "inner")
    return pairs if sum(_is_figure_pair(p) for p in pairs) >= 2 else None


def _bracket_pair(cell: str) -> tuple[str, str]:
    match = _BRACKET_CELL_RE.match(cell)
    pair = match.group("outer", "inner") if match else (cell, "")
    return pair if _is_figure_pair(pair) else (cell, "")


def _is_figure_pair(pair: tuple[str, str]) -> bool:
    return all(is_figure(part) for part in pair)


def _labelled(rows: list[Row], column: int) -> list[tuple[str, str]] | None:
    """"Target: 90% Actual: 88%" in at least two rows, their roles alike, each row naming its
    indicator in another cell (a KPI box prints its name in the row above): the roles become the
    header of the two columns (put in the row above the first such cell), the figures the cells."""
    found = [_labelled_pair(_cell(r, column)) if _names_indicator(r, column) else None for r in rows]
    roles = {tuple(role.lower() for role, _ in pair) for pair in found if pair}
    first = next((i for i, pair in enumerate(found) if pair), 0)
    if sum(map(bool, found)) < 2 or len(roles) != 1 or first == 0:
        return None
    pairs = [tuple(figure for _, figure in pair) if pair else (_cell(r, column), "") for r, pair in zip(rows, found)]
    pairs[first - 1] = tuple(role.capitalize() for role in next(iter(roles)))
    return pairs


def _names_indicator(row: Row, column: int) -> bool:
    return any(re.search(r"[A-Za-z]{3}", cell) and not _RATING_RE.match(cell.strip())
               for i, cell in enumerate(row.cells) if i != column)


def _labelled_pair(cell: str) -> list[tuple[str, str]] | None:
    pairs = [m.group("role", "figure") for m in _LABELLED_RE.finditer(cell)]
    return pairs if len(pairs) == 2 and all(is_figure(figure) for _, figure in pairs) else None
