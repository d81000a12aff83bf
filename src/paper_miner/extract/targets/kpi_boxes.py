"""KPI boxes: one indicator per block, its name printed above a line of labelled figures.

Quarterly performance reports print each indicator as a small box::

    Percentage of repairs completed within 28 days                      AMBER
    Latest: 89% | Target: 90%, Floor: 80% | Previous: 91% (Green)

The box line holds a ``Target:`` figure and at least one other labelled figure (``Latest``,
``Actual``, ``Current``, ``Floor``, ``Previous``, ``Baseline``); the colon may be missing after
all but the target ("Floor 85%", "Previous 5,473"). The measure is the name above it (the row
before in the same table, else the heading or short line before), never a figure of the box. A
RAG word standing alone in a cell of the box, or after its label ("RAG: Green") in the box's
next row, is its rating. A floor below the target means
higher is better, above it lower is better. A box states no period: it applies to the financial
year the report covers, the first one its opening page prints ("Quarter 3 2024/25").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from paper_miner.extract.common.parse import find_financial_years, parse_deadline
from paper_miner.extract.common.vocabulary import CELL_GAP
from paper_miner.extract.targets.codes import cell_code
from paper_miner.extract.targets.columns import unit_hint
from paper_miner.extract.targets.paired_cells import split_paired_columns
from paper_miner.extract.targets.values import amount_of, unit_of
from paper_miner.models import Block, Document, Layout, Row, Target

# "90%", "9 days": a figure with its unit of time, where the box prints one.
_FIGURE = r"(?P<bound>[<>≤≥]\s*)?(?P<figure>£?\d[\d,]*(?:\.\d+)?(?:\s?%|\s(?:working\s+)?(?:days|hours|minutes|weeks)\b)?)"
# What a label may carry before its colon: the year a target is for ("Target 2024/25: 10.50"), the
# months a figure covers ("Actual (Apr–Sep): 1,942"), how it is counted ("Q2 cumulative: 5.62").
_LABEL_TAIL = r"(?:\s+(?:cumulative|actual|ytd|outturn))?(?:\s+\d{4}[/-]\d{2,4})?(?:\s*\([^)]{1,20}\))?"
# The labels a box gives its figures ("Q2: 58.3%" is the quarter's actual).
_LABELS = r"latest|actual|achieved|current|target|floor|previous|baseline|outturn|q[1-4]"
_PAIR_RE = re.compile(rf"\b(?P<label>{_LABELS})\b{_LABEL_TAIL}\s*:?\s*" + _FIGURE, re.IGNORECASE)
# "Target: 90%"; in a line parted into cells ("... per FTE   Target 10.5   Actual 11.2", "Rent collected,
# target 99%, actual 99.2%") the colon may go.
_TARGET_LABEL_RE = re.compile(rf"\btarget{_LABEL_TAIL}\s*:\s*[<>≤≥]?\s*£?\d|(?:\s{{2,}}|\s[–-]\s|[,;:]\s*)target{_LABEL_TAIL}\s+[<>≤≥]?\s*£?(?!(?:19|20)\d\d)\d",
                              re.IGNORECASE)
# "Indicator: Volunteer days delivered   Target: 3,500   Actual: 1,942": the name on the box line
# itself, before its first labelled figure.
_NAME_IN_LINE_RE = re.compile(
    r"^\s*(?:(?:performance\s+)?(?:indicator|measure|kpi|pi)\s*[:–-]\s*)?(?P<name>[^:|]*?[A-Za-z]{3}[^:|,;]*?)\s*[|–:,;-]?\s*"
    rf"(?=\b(?:{_LABELS})\b)", re.IGNORECASE)
# A rating alone in a cell, or after its label ("RAG: Green", "Status - Amber").
_RAG_RE = re.compile(r"^(?:(?:rag|status|rating)(?:\s+(?:rating|status))?\s*[:\-–]?\s*)?(?P<rag>red|amber|green)$",
                     re.IGNORECASE)
# "Calls answered within a minute*: 81.5% | Target: 85% |": the indicator named, its latest figure after
# a colon, then its target in a cell of its own.
_NAMED_FIGURE_RE = re.compile(rf"^\s*(?!(?:{_LABELS})\b)(?P<name>[A-Z][^:|]{{2,80}}?)[\s*]*:\s*{_FIGURE}[\s*]*\|\s*target\b",
                              re.IGNORECASE)
_ACTUAL_LABELS = ("latest", "actual", "achieved", "current", "outturn")
_OTHER_LABELS = (*_ACTUAL_LABELS, "floor", "previous", "baseline")


class Box(BaseModel):
    """The labelled figures of one box line ("latest" -> 89.0), as printed and as numbers."""

    model_config = ConfigDict(frozen=True)
    figures: dict[str, str]


def box_of(text: str) -> Box | None:
    """The box a line states, or None: a ``Target:`` figure and one other labelled figure."""
    if not _TARGET_LABEL_RE.search(text):
        return None
    figures: dict[str, str] = {}
    for match in _PAIR_RE.finditer(text):
        label = match.group("label").lower()
        figures.setdefault("actual" if label.startswith("q") else label, match.group("figure").strip())  # "Q2: 58.3%"
    named = _NAMED_FIGURE_RE.match(text)
    if "target" in figures and named and not any(label in figures for label in _OTHER_LABELS):
        figures["actual"] = named.group("figure").strip()  # "Calls answered in a minute: 81.5% | Target: 85%"
    if "target" not in figures or not any(label in figures for label in _OTHER_LABELS):
        return None
    return Box(figures=figures)


def is_box(block: Block) -> bool:
    """Whether a block holds a KPI box line (so no other source reads it)."""
    if block.kind == "table":
        return any(box_of(" | ".join(row.cells)) for row in block.rows)
    return box_of(block.text) is not None


def report_period(layout: Layout) -> str | None:
    """The financial year a report covers: the first printed on its opening page."""
    for block in layout.blocks:
        if block.page > 1:
            return None
        years = find_financial_years(block.text)
        if years:
            return years[0]
    return None


def find(layout: Layout, document: Document) -> Iterator[Target]:
    period = report_period(layout)
    broken = _split_boxes(layout.blocks)
    ends = {index + 1 for index in broken}  # their "Target: 2.8% |" lines
    for index, block in enumerate(layout.blocks):
        if block.kind == "table":
            if split_paired_columns(block) is block:  # else a scorecard printing "Target: 90% Actual: 88%" in a row
                yield from _table_boxes(block, period)
        elif index in broken:
            yield _target(_name_in_line(broken[index]), broken[index], [broken[index]], block.page, period)
        elif box_of(block.text) and index not in ends:
            name = _name_in_line(block.text) or _name_before(layout.blocks, index)
            if name and block.kind == "list_item" and cell_code(block.marker or ""):
                name = f"{block.marker} {name}"  # "WF1 Staff turnover – Target: ...": the code its marker
            after = [b.text for b in layout.blocks[index + 1:index + 2]]  # a rating printed below
            if name:  # "... – Actual: 9.6 – AMBER": a rating in a cell of the line
                yield _target(name, block.text, [*_CELL_GAP_RE.split(block.text), *after], block.page, period)


def _split_boxes(blocks: list[Block]) -> dict[int, str]:
    """"Arrears as a share of the debit: 3.1% |" over "Target: 2.8% |": boxes a copy broke over
    two lines, by the index of their first line, each read as one line."""
    joined = {i: f"{above.text.strip()} {below.text.strip()}" for i, (above, below) in enumerate(zip(blocks, blocks[1:]))
              if re.match(r"\s*target\b", below.text, re.IGNORECASE)}
    return {i: text for i, text in joined.items() if _NAMED_FIGURE_RE.match(text) and box_of(text)}


def split_box_blocks(blocks: list[Block]) -> set[int]:
    """The blocks of boxes broken over two lines, which the running text leaves to this reader."""
    starts = _split_boxes(blocks)
    return {*starts, *(i + 1 for i in starts)}


def _table_boxes(block: Block, period: str | None) -> Iterator[Target]:
    for at, row in enumerate(block.rows):
        text = " | ".join(c.strip() for c in row.cells if c.strip())
        if at == 0 or not box_of(text):
            continue
        above, below = block.rows[at - 1], block.rows[at + 1:at + 2]
        name = _row_name(above)
        if name:
            yield _target(name, text, [*above.cells, *row.cells, *(c for r in below for c in r.cells)], row.page, period)


def _row_name(row: Row) -> str:
    """The indicator name a row prints: its first cell with words that is not a rating."""
    cells = [c.strip() for c in row.cells if c.strip() and not _RAG_RE.match(c.strip())]
    named = [c for c in cells if re.search(r"[A-Za-z]{3}", c) and not box_of(c)]
    return re.sub(r"\s+", " ", named[0]) if named else ""


def _name_in_line(text: str) -> str:
    """The indicator a box line names before its figures ("Indicator: Streets graded B or better for
    litter   Target: 92%   Actual: 89%"); none where the line opens with its figures."""
    named = _NAMED_FIGURE_RE.match(text)
    if named:
        return re.sub(r"\s+", " ", named.group("name")).strip()
    match = _NAME_IN_LINE_RE.match(text)
    if match is None:
        return ""
    # a name of two words stands in a cell of its own: "Staff turnover – Target: 11%"
    parted = re.search(r"(?:\s[|–-]|\s{2}|[:,;])\s*$", text[:match.end()])
    words = len(match.group("name").split())
    return re.sub(r"\s+", " ", match.group("name")).strip() if words >= 3 or words == 2 and parted else ""


def _name_before(blocks: list[Block], index: int) -> str:
    """The heading or short line just before a box paragraph, within two blocks."""
    for block in reversed(blocks[max(0, index - 2):index]):
        if box_of(block.text):
            return ""
        if block.kind == "heading" or (len(block.text) < 200 and re.search(r"[A-Za-z]{3}", block.text)):
            return re.sub(r"\s+", " ", block.text).strip()
    return ""


def _number(box: Box, label: str) -> float | None:
    printed = box.figures.get(label)
    return amount_of(printed) if printed else None


def _rag(cells: list[str]) -> str | None:
    """The rating in a cell of its own, labelled within the box line ("... Actual: 78% Status: RED")
    or bracketed after the actual ("achieved 84.5% (red)"; "Previous: 61% (Amber)" rates another)."""
    words = [m.group("rag").lower() for m in (_RAG_RE.match(c.strip(" .;")) or _RAG_FIELD_RE.search(c)
                                              or _RATED_ACTUAL_RE.match(c) for c in cells) if m]
    return words[0] if words else None


# What parts a box line's cells: "– Actual: 9.6 – AMBER", "   Actual 17.5", ", achieved 96.8%".
_CELL_GAP_RE = re.compile(rf"\s+[–|-]\s+|{CELL_GAP}|[,;]\s+")
_RATED_ACTUAL_RE = re.compile(rf"\s*(?:{'|'.join(_ACTUAL_LABELS)})\b[^()]*\((?P<rag>red|amber|green)\)", re.IGNORECASE)
_RAG_FIELD_RE = re.compile(r"\b(?:rag|status|rating)\s*[:\-–]\s*(?P<rag>red|amber|green)\b", re.IGNORECASE)


def _polarity(target: float | None, floor: float | None) -> str | None:
    if target is None or floor is None or target == floor:
        return None
    return "higher" if floor < target else "lower"


def _target(name: str, text: str, cells: list[str], page: int, period: str | None) -> Target:
    box = box_of(text)
    target, floor = _number(box, "target"), _number(box, "floor")
    unit = unit_of(box.figures["target"])
    if unit == "count":
        unit = unit_hint("", name)
    actual = next((_number(box, label) for label in _ACTUAL_LABELS if label in box.figures), None)
    polarity = _polarity(target, floor)
    quote = " | ".join(c.strip() for c in dict.fromkeys((name, text)) if c.strip())
    code = cell_code(name)  # "PAM/012  Percentage of households ...", "WF1 Staff turnover": a box's name opens on its code
    return Target(
        page=page, quote=quote, indicator=code.code if code else None,
        measure=name[code.end:].strip(" –-:") if code else name, target=target, unit=unit,
        deadline=parse_deadline(f"by {period}") if period else None,
        direction={"higher": "increase", "lower": "decrease"}.get(polarity, "achieve"),
        period=period, actual=actual, floor=floor, rag=_rag(cells), polarity=polarity,
    )
