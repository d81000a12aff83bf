"""Plan tables whose columns are the periods a plan commits to.

A commissioning or delivery plan prints what it will deliver in each period as a table
headed by the periods themselves, under a caption naming what is delivered::

    Primary School Places to be Commissioned:
    | By 2026-27 | By 2027-28 | Between 2028-31 | Post 2031 |
    | 2FE 60 Year R temp places | 4FE | 0FE | 3.5FE |

or with the measure in a first column (``| Measure | By 2026 | By 2030 |``). Each figure in a
period cell is one target for that period; the words after it say what it counts. Only a
header of forward-looking periods ("By ...", "Post ...", "Between ...") makes such a table a
plan: a table headed "2021/22 | 2022/23" reports what happened. A zero in a plan of additions
("0FE") plans nothing and is not a target.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from paper_miner.extract.common.parse import parse_deadline, parse_financial_year
from paper_miner.extract.common.vocabulary import YEAR, YEAR_OR_SPAN_DASHED
from paper_miner.extract.targets.values import unit_of
from paper_miner.models import Block, Document, Layout, Row, Target

_PERIOD_CELL_RE = re.compile(
    rf"^(?P<word>by|before|post|after|between|in|to)?\s*(?:(?:the\s+)?end\s+of\s+)?"
    rf"(?P<span>{YEAR_OR_SPAN_DASHED}(?:\s*(?:-|–|to|and)\s*{YEAR_OR_SPAN_DASHED})?)$",
    re.IGNORECASE)
_FORWARD_WORDS = ("by", "before", "post", "after", "between", "to")
# One token of a cell: a figure with its unit printed on it ("0.3FE", "85", "75%") or a word.
_FIGURE_TOKEN_RE = re.compile(r"^(?P<number>\d[\d,]*(?:\.\d+)?)(?P<unit>%|[A-Z]{1,3})?$")
_SCHOOL_PLACES_RE = re.compile(r"\b(?:school|pupil|year\s+(?:r|7)|reception|forms?\s+of\s+entry|send)\b[^.]*"
                               r"\bplaces\b|\bschool\s+places\b", re.IGNORECASE)
_LAST_YEAR_RE = re.compile(rf"(?:{YEAR}|\d\d)$")


# "A total of 44.9FE across the Plan period and up to 120 temporary Year R places": the line
# under a plan table that adds it up, one total per thing counted.
_TOTAL_LINE_RE = re.compile(r"^(?:a\s+)?total\s+of\s+\S", re.IGNORECASE)
_OVER_PERIOD_RE = re.compile(r"\s*\b(?:across|over|during|throughout)\s+the\s+(?P<period>(?:[\w-]+\s+)?period)\b",
                             re.IGNORECASE)
_TOTAL_ITEM_RE = re.compile(r"^(?:(?:a\s+)?total\s+of\s+|up\s+to\s+)?(?P<figure>\d[\d,]*(?:\.\d+)?)"
                            r"(?P<unit>%|[A-Z]{1,3}\b)?\s*(?P<words>.*)$", re.IGNORECASE)


def find(layout: Layout, document: Document) -> Iterator[Target]:
    for index, block in enumerate(layout.blocks):
        if is_period_table(block):
            caption = _caption(layout.blocks, index)
            found = list(_table_targets(block, caption))
            yield from found
            after = layout.blocks[index + 1] if index + 1 < len(layout.blocks) else None
            if after is not None and after.kind == "paragraph" and _TOTAL_LINE_RE.match(after.text):
                yield from _total_targets(after, caption, found)


def _total_targets(line: Block, caption: str, found: list[Target]) -> Iterator[Target]:
    """Each total the line under a plan table prints, kept only where it adds up the table's
    figures of its unit: a line that does not is about something else."""
    period = _OVER_PERIOD_RE.search(line.text)
    text = _OVER_PERIOD_RE.sub("", line.text)
    for item in re.split(r"\s+and\s+", text):
        match = _TOTAL_ITEM_RE.match(item.strip())
        if match is None:
            continue
        figure = float(match.group("figure").replace(",", ""))
        words = match.group("words").strip(" .;,")
        unit = match.group("unit") or _counted_noun(words)
        if abs(sum(t.target or 0 for t in found if t.unit == unit) - figure) > 0.01:
            continue
        span = f" across the {period.group('period')}" if period else ""
        yield Target(page=line.page, quote=line.text, measure=f"{caption}: total {words}".rstrip() + span,
                     target=figure, unit=unit, direction="achieve",
                     period=period.group("period") if period else None)


def _period_columns(row: Row) -> list[int]:
    return [i for i, cell in enumerate(row.cells) if _PERIOD_CELL_RE.match(cell.strip())]


def is_period_table(block: Block) -> bool:
    """A table whose header, past an optional label column, is all forward-looking periods."""
    if block.kind != "table" or len(block.rows) < 2:
        return False
    header = [c.strip() for c in block.rows[0].cells]
    periods = _period_columns(block.rows[0])
    if len(periods) < 2 or any(i not in periods for i in range(1, len(header)) if header[i]):
        return False
    words = [_PERIOD_CELL_RE.match(header[i]).group("word") for i in periods]
    forward = sum(bool(w) and w.lower() in _FORWARD_WORDS for w in words)
    return forward * 2 > len(periods)


def _caption(blocks: list[Block], index: int) -> str:
    """"Primary School Places to be Commissioned:" just above, or else the heading in force."""
    before = blocks[index - 1] if index else None
    if before is not None and before.kind in ("paragraph", "heading") and len(before.text) <= 120:
        return before.text.strip().rstrip(":").strip()
    return blocks[index].section[-1] if blocks[index].section else ""


def _table_targets(block: Block, caption: str) -> Iterator[Target]:
    header = block.rows[0]
    periods = _period_columns(header)
    labelled = 0 not in periods
    for row in block.rows[1:]:
        label = row.cells[0].strip() if labelled and row.cells else ""
        measure = label or caption
        if not measure:
            continue
        for column in periods:
            if column < len(row.cells):
                yield from _cell_targets(row, header.cells[column].strip(), column, measure)


def cell_figures(cell: str) -> list[tuple[float, str | None, str]]:
    """(figure, unit printed on it, words after it) of each figure in a plan cell.

    "0.3FE 85 Year R temp places" -> (0.3, "FE", ""), (85, None, "Year R temp places"): a
    number after a word is part of a name ("Year 7"), not a figure of its own.
    """
    found: list[tuple[float, str | None, list[str]]] = []
    previous_is_word = False
    for token in cell.split():
        match = _FIGURE_TOKEN_RE.match(token)
        if match and not previous_is_word:
            found.append((float(match.group("number").replace(",", "")), match.group("unit"), []))
            continue
        if not found:
            return []  # a cell that opens with words is a statement, not a plan figure
        found[-1][2].append(token)
        previous_is_word = True
    return [(figure, unit, " ".join(words)) for figure, unit, words in found]


def _cell_targets(row: Row, period_header: str, column: int, measure: str) -> Iterator[Target]:
    period, deadline = _period_and_deadline(period_header)
    for figure, unit, words in cell_figures(row.cells[column]):
        if figure == 0:
            continue
        named = f"{measure}: {words}" if words else measure
        counted = unit_of(f"1{unit}") if unit == "%" else unit or _counted_noun(words)
        yield Target(
            page=row.page, quote=" | ".join(c.strip() for c in row.cells if c.strip()),
            measure=named, target=figure, unit=counted,
            deadline=_school_year_start(period_header, named, counted) or deadline,
            direction="achieve", period=period)


def _counted_noun(words: str) -> str:
    """"85 Year R temp places" counts places; a bare "440" counts nothing named."""
    noun = re.search(r"\b([a-z]{3,}s)$", words)
    return noun.group(1) if noun else "count"


def _school_year_start(header: str, measure: str, unit: str) -> str | None:
    """School places planned "By 2025-26" must be open for the academic year 2025-26, which
    starts in September 2025 (forms of entry, "Year R places", "school places")."""
    year = re.match(r"^by\s+((?:19|20)\d\d)[/-]\d\d$", header.strip(), re.IGNORECASE)
    if year is None or not (unit == "FE" or _SCHOOL_PLACES_RE.search(measure)):
        return None
    return f"{year.group(1)}-09"


def _period_and_deadline(header: str) -> tuple[str, str | None]:
    """"By 2025-26" -> ("2025/26", "2026-03"); "Between 2029-32" -> ("2029-32", "2032");
    "Post 2032" -> ("post 2032", None): a period with no end sets no deadline."""
    match = _PERIOD_CELL_RE.match(header)
    word, span = (match.group("word") or "").lower(), match.group("span")
    if word in ("post", "after"):
        return f"{word} {span}", None
    if word == "between" or re.search(r"\s(?:to|and)\s|\s[-–]\s", span):
        end = _LAST_YEAR_RE.search(span).group(0)
        return span, end if len(end) == 4 else span[:2] + end
    return parse_financial_year(span) or span, parse_deadline(f"by {span}")
