"""Repairs across blocks, once a reader has cut a paper into them (pure: no I/O).

Page breaks cut tables and paragraphs in two; numbered titles read as list items; headings
come without levels. :func:`arrange` mends all of that and gives every block ``section``,
the trail of headings it sits under.
"""
from __future__ import annotations

import re

from paper_miner.layout.blocks import (
    APPENDIX_RE,
    FIELD_LINE,
    RUN_ON_WORDS,
    WEB_CHROME_LINE,
    ends_in_figures,
    ends_sentence,
    is_section_number,
    is_title_case,
    join_lines,
    looks_like_heading,
    split_marker,
    stops_mid_sentence,
    table_block,
)
from paper_miner.models import Block, Layout, Row

# Words a fresh sentence often opens with; a capitalised content word instead carries on a name.
_OPENERS = RUN_ON_WORDS | {"this", "these", "those", "that", "it", "we", "they", "there", "he",
                            "she", "i", "if", "when", "where", "while", "as", "all", "each",
                            "following", "further", "however", "although", "also"}
MIN_CUT_WORDS = 8  # shorter pieces are names, addresses or labels rather than cut prose
LONG_PARAGRAPH = 80  # a paragraph this long stopping mid-sentence at a page foot runs on


def arrange(layout: Layout) -> Layout:
    """Merge split tables and paragraphs, settle heading levels and fill ``section``."""
    blocks = _merge_tables(layout.blocks)
    blocks = _join_split_paragraphs(blocks)
    blocks = _promote_numbered_titles(blocks)
    blocks = _settle_heading_levels(blocks)
    blocks = _fill_sections(blocks)
    return layout.model_copy(update={"blocks": blocks})


def normalised_cells(cells: list[str]) -> list[str]:
    """Cells compared as printed text: " Target  2025/26" and "target 2025/26" are the same."""
    return [re.sub(r"\s+", " ", c).strip().lower() for c in cells]


def _continues_cell(prev: Row, row: Row) -> bool:
    """A row that finishes cells the page break cut: no filled cell sits under an empty one
    (which would mark a new row), and either its first filled cell runs on from the cell
    above, or it has no label of its own and every cell it fills stopped mid-sentence
    ("... in" / "Personal Social ...", "reduced to:" / "58% ...")."""
    pairs = [(a.strip(), b.strip()) for a, b in zip(prev.cells, row.cells) if b.strip()]
    if not pairs or not all(a for a, _ in pairs):
        return False
    if _runs_on(*pairs[0]):
        return True
    unlabelled = bool(prev.cells[0].strip()) and not row.cells[0].strip()
    return unlabelled and all(_cell_cut(a) for a, _ in pairs)


def _cell_cut(text: str) -> bool:
    """A cell that stops mid-sentence: on a word no sentence ends on, on a colon that
    announces more, or a sentence of prose that simply stops ("... Waste Treatment")."""
    if stops_mid_sentence(text) or text.endswith(":"):
        return True
    return _is_prose(text) and text[-1:].isalpha()


def _runs_on(above: str, below: str) -> bool:
    if not above or ends_sentence(above):
        return False
    if below[0].islower():
        return True
    return below[0].isdigit() and above[-1].isalpha() and split_marker(below)[0] is None


def _repair_rows(rows: list[Row]) -> list[Row]:
    """Undo page breaks inside a table: drop the header row repeated after a break and join
    a first row that finishes the cells the break cut mid-sentence."""
    out: list[Row] = []
    broken = False
    for row in rows:
        if out and normalised_cells(row.cells) == normalised_cells(rows[0].cells):
            broken = True  # the repeated header marks where the page broke
            continue
        broken = broken or bool(out and row.page != out[-1].page)
        if broken and _continues_cell(out[-1], row):
            cells = [_join_cell(a, b) for a, b in zip(out[-1].cells, row.cells)]
            out[-1] = Row(cells=cells, page=out[-1].page)
        else:
            out.append(row)
        broken = False
    return out


def _join_cell(above: str, below: str) -> str:
    """A sentence cut by the break runs on; a finished one keeps its own line in the cell."""
    if above.strip() and below.strip() and (ends_sentence(above) or above.rstrip().endswith(")")):
        return f"{above.rstrip()}\n{below.strip()}"
    return join_lines([above, below])


def _merge_pair(first: Block, second: Block) -> Block:
    merged = table_block(_repair_rows(list(first.rows) + list(second.rows)))
    return merged.model_copy(update={"page": first.page})


def _mergeable(first: Block, second: Block) -> bool:
    if first.kind != "table" or second.kind != "table" or not first.rows or not second.rows:
        return False
    if len(first.rows[0].cells) != len(second.rows[0].cells):
        return False
    same_header = normalised_cells(first.rows[0].cells) == normalised_cells(second.rows[0].cells)
    return second.page == first.rows[-1].page + 1 or same_header


def _merge_tables(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    for block in blocks:
        if out and _mergeable(out[-1], block):
            out[-1] = _merge_pair(out[-1], block)
        elif block.kind == "table" and len(block.rows) > 2:
            out.append(_merge_pair(block, block.model_copy(update={"rows": []})))
        else:
            out.append(block)
    return out


def _split_paragraph(prev: Block, block: Block) -> bool:
    """``block`` carries on ``prev``: it starts lowercase, or it opens a page after a long
    paragraph that stopped mid-sentence at the foot of the last one, or ``prev`` is prose cut
    mid-sentence by a stray blank line."""
    if block.kind != "paragraph" or prev.kind not in ("paragraph", "list_item"):
        return False
    if ends_sentence(prev.text) or block.page - prev.page > 1 or WEB_CHROME_LINE.match(prev.text):
        return False  # "Toggle site contrast" over "t Trust Board Summary": a site's control, then a line cut short
    after_break = block.page == prev.page + 1 and len(prev.text) >= LONG_PARAGRAPH
    return (block.text[:1].islower() or (after_break and prev.text[-1:].isalpha())
            or _cut_prose(prev.text, block.text))


def _is_prose(text: str) -> bool:
    """Long enough and mostly lowercase words: a sentence, not a name, address or label."""
    words = text.split()
    return len(words) >= MIN_CUT_WORDS and sum(w[0].islower() for w in words) >= 0.4 * len(words)


def _cut_prose(text: str, following: str) -> bool:
    """Prose that stops on a word no sentence ends on, or on a capitalised word of a name
    that the prose after it finishes ("at the Leaders" / "Meeting on 13th October ...");
    a following function word ("The", "In") opens a sentence of its own, and a field ("All
    incidents: The average ...") an item of its own."""
    if not _is_prose(text) or ends_in_figures(text) or FIELD_LINE.match(following):
        return False  # a table row flattened onto its line ends in figures, not cut off
    if stops_mid_sentence(text):
        return True
    first = re.sub(r"\W+$", "", following.split()[0]).lower() if following.split() else ""
    name_goes_on = text[-1:].isalpha() and text.split()[-1][0].isupper() and following[:1].isupper()
    return name_goes_on and first not in _OPENERS and _is_prose(following)


def _join_split_paragraphs(blocks: list[Block]) -> list[Block]:
    """A paragraph cut by a page break (or a stray blank line) ends mid-sentence and the
    next piece finishes the sentence: put it back together."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if prev is not None and _split_paragraph(prev, block):
            out[-1] = prev.model_copy(update={"text": join_lines([prev.text, block.text])})
        else:
            out.append(block)
    return out


def section_number(marker: str | None) -> tuple[int, ...]:
    """``"3.1."`` -> ``(3, 1)``; empty for markers that number no section (``S1.``, ``(a)``)."""
    if not is_section_number(marker):
        return ()
    return tuple(int(part) for part in marker.split(".") if part)


def _promote_numbered_titles(blocks: list[Block]) -> list[Block]:
    """A numbered item that reads as a title heads a section when its own subsections follow
    ("2. Background" then "2.1 At its last meeting ...") or when the last number at its depth
    was the heading before it ("1. Purpose of the report" ... "2. Background")."""
    out: list[Block] = []
    last: dict[int, Block] = {}  # the latest numbered block at each depth
    for i, block in enumerate(blocks):
        number = section_number(block.marker)
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if block.kind == "list_item" and number and _titles_section(block, number, following,
                                                                     last.get(len(number))):
            block = block.model_copy(update={"kind": "heading", "level": len(number)})
        if number:
            last[len(number)] = block
        out.append(block)
    return out


def _titles_section(block: Block, number: tuple[int, ...], following: Block | None,
                    sibling: Block | None) -> bool:
    if following is None or not looks_like_heading(block.text, emphasised=None, standalone=True,
                                                   numbered=True):
        return False
    next_number = section_number(following.marker)
    if len(next_number) > len(number) and next_number[:len(number)] == number:
        return True
    after_heading = (sibling is not None and sibling.kind == "heading"
                     and section_number(sibling.marker) == number[:-1] + (number[-1] - 1,))
    title_like = is_title_case(block.text) or len(block.text.split()) <= 6
    sibling_next = following.kind == "list_item" and len(next_number) == len(number)
    return after_heading and title_like and not sibling_next


def _settle_heading_levels(blocks: list[Block]) -> list[Block]:
    """Unnumbered headings sit one deeper than the last numbered heading above them."""
    out, numbered = [], 0
    for block in blocks:
        if block.kind == "heading":
            if is_section_number(block.marker) or (block.level == 1 and APPENDIX_RE.match(block.text)):
                numbered = block.level
            elif block.level == 0:
                block = block.model_copy(update={"level": numbered + 1})
        out.append(block)
    return out


def _fill_sections(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    stack: list[Block] = []
    for block in blocks:
        if block.kind == "heading":
            while stack and stack[-1].level >= block.level:
                stack.pop()
        elif len(section_number(block.marker)) > 1:
            stack = _close_other_sections(stack, section_number(block.marker))
        out.append(block.model_copy(update={"section": [h.text for h in stack]}))
        if block.kind == "heading":
            stack.append(block)
    return out


def _close_other_sections(stack: list[Block], number: tuple[int, ...]) -> list[Block]:
    """A paragraph numbered ``3.2`` sits in section 3: a numbered heading it does not extend
    (``2``, ``3.1``, ``3.1.1``) has ended, and so have the headings nested under it."""
    for depth, heading in enumerate(stack):
        own = section_number(heading.marker)
        if own and number[:len(own)] != own:
            return stack[:depth]
    return stack

