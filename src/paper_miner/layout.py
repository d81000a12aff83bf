"""Format-independent layout rules shared by the readers (pure: no I/O).

Readers cut a paper into lines and call :func:`classify` on each candidate block; then
:func:`arrange` repairs what page breaks did to the paper (tables and paragraphs cut in two)
and gives every block the trail of headings it sits under.
"""
from __future__ import annotations

import re
import sys

from paper_miner.models import Block, Layout, Row

BULLETS = "•◆◇●○◦▪▫■□‣∙·➢➤►▶✓✔❖-–*"
_BULLET_RE = re.compile(r"^([•◆◇●○◦▪▫■□‣∙·➢➤►▶✓✔❖*]|[-–](?=\s))\s*(?=\S)")
_PAREN_RE = re.compile(r"^(\((?:[a-z]{1,2}|[ivxl]{1,5}|\d{1,2})\)|(?:[a-z]|[ivxl]{1,5})\))\s+(?=\S)")
_NUMBER_RE = re.compile(r"^((?:[A-Z]{1,2})?\d{1,2}[a-z]?(?:\.\d{1,2}[a-z]?){0,4}\.?)\s+(?=\S)")
_MONEY_RE = re.compile(r"£\s?\d|\d\s?(?:k|m|bn)\b|\bGBP\b", re.I)
_TERMINAL = (".", ";", ":", ":-", "!", "?")
_APPENDIX_RE = re.compile(r"^(appendix|annex|schedule|part)\b", re.I)
_LABEL_RE = re.compile(r"\w:\s+\S")  # "Date: 4 March 2010" labels a value, it is no title
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
                "the", "to", "with", "&", "-", "–", "vs", "per", "via"}
MAX_HEADING_WORDS = 14
MAX_HEADING_CHARS = 110
LONG_PARAGRAPH = 80  # a paragraph this long stopping mid-sentence at a page foot runs on


def split_marker(text: str) -> tuple[str | None, str]:
    """Split a printed list/paragraph label off the front: ``"4.1 The Board"`` -> ``("4.1", ...)``."""
    for pattern in (_BULLET_RE, _PAREN_RE, _NUMBER_RE):
        m = pattern.match(text)
        if m:
            return m.group(1), text[m.end():].strip()
    return None, text


def is_bullet(marker: str | None) -> bool:
    return bool(marker) and len(marker) == 1 and marker in BULLETS


def is_section_number(marker: str | None) -> bool:
    """Plain numbers (``2``, ``3.``, ``3.1.1``) can number a section title; ``S1.`` or ``(a)`` don't."""
    return bool(marker) and bool(re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*\.?", marker))


def number_depth(marker: str) -> int:
    return len([p for p in marker.split(".") if p])


def ends_sentence(text: str) -> bool:
    return text.rstrip().rstrip("\"'”’)]*").endswith(_TERMINAL)


def is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def is_title_case(text: str) -> bool:
    """Most significant words capitalised, as in ``Purpose of the Report``."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’/-]*", text) if w.lower() not in _SMALL_WORDS]
    if not words or not words[0][0].isupper():
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.6


def is_short(text: str) -> bool:
    return len(text) <= MAX_HEADING_CHARS and len(text.split()) <= MAX_HEADING_WORDS


def looks_like_heading(text: str, *, emphasised: bool | None, standalone: bool,
                       numbered: bool = False) -> bool:
    """A short title line; ``emphasised`` is None when the format lost bold (plain text), and
    then a standalone numbered, all-caps or title-case line passes."""
    if not text or not is_short(text) or ends_sentence(text) or text.endswith(","):
        return False
    if _MONEY_RE.search(text):
        return False
    if not text[0].isupper() and not text[0].isdigit():
        return False
    if emphasised:
        return True
    if emphasised is None and standalone and not _LABEL_RE.search(text):
        return numbered or is_all_caps(text) or is_title_case(text)
    return is_all_caps(text) and standalone


def heading_level(marker: str | None, text: str) -> int:
    """Numbered depth, 1 for all-caps or appendix titles, 0 = decide from context in arrange."""
    if is_section_number(marker):
        return number_depth(marker)
    if is_all_caps(text) or _APPENDIX_RE.match(text):
        return 1
    return 0


def classify(text: str, page: int, *, emphasised: bool | None = None, standalone: bool = True,
             indent_level: int = 1, whole_italic: bool = False) -> Block:
    """Decide heading / list item / paragraph for one block of running text."""
    marker, rest = split_marker(text)
    if marker and is_bullet(marker):
        if whole_italic and is_short(rest) and not ends_sentence(rest):
            return Block(kind="heading", page=page, text=rest, marker=marker, level=0)
        return Block(kind="list_item", page=page, text=rest, marker=marker, level=indent_level)
    if marker and not is_section_number(marker):
        return Block(kind="list_item", page=page, text=rest, marker=marker, level=indent_level)
    if marker and looks_like_heading(rest, emphasised=emphasised, standalone=standalone,
                                     numbered=True):
        return Block(kind="heading", page=page, text=rest, marker=marker,
                     level=heading_level(marker, rest))
    if marker:
        return Block(kind="list_item", page=page, text=rest, marker=marker, level=indent_level)
    if looks_like_heading(text, emphasised=emphasised, standalone=standalone):
        return Block(kind="heading", page=page, text=text, level=heading_level(None, text))
    return Block(kind="paragraph", page=page, text=text)


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines; ``sub-`` + ``regional`` keeps its hyphen and loses the space."""
    out = ""
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        if out and re.search(r"\w-$", out):
            out += line
        else:
            out = f"{out} {line}" if out else line
    return out


def table_block(rows: list[Row]) -> Block:
    """A table block from rows; trailing columns empty in every row are trimmed, rows padded."""
    width = max((len(r.cells) for r in rows), default=0)
    while width and all(len(r.cells) < width or not r.cells[width - 1].strip() for r in rows):
        width -= 1
    fixed = [Row(cells=(list(r.cells) + [""] * width)[:width], page=r.page) for r in rows]
    fixed = [r for r in fixed if any(c.strip() for c in r.cells)]
    text = "\n".join(" | ".join(r.cells) for r in fixed)
    return Block(kind="table", page=fixed[0].page if fixed else 1, text=text, rows=fixed)


# --- arrange: repairs across blocks -------------------------------------------------------

def arrange(layout: Layout) -> Layout:
    """Merge split tables and paragraphs, settle heading levels and fill ``section``."""
    blocks = _merge_tables(layout.blocks)
    blocks = _join_split_paragraphs(blocks)
    blocks = _settle_heading_levels(blocks)
    blocks = _fill_sections(blocks)
    return layout.model_copy(update={"blocks": blocks})


def _norm(cells: list[str]) -> list[str]:
    return [re.sub(r"\s+", " ", c).strip().lower() for c in cells]


def _continues_cell(prev: Row, row: Row) -> bool:
    """A row that finishes cells the page break cut: its first filled cell runs on from an
    unfinished cell above (lowercase, or a number after a word) and no filled cell sits
    under an empty one (which would mark a new row)."""
    pairs = [(a.strip(), b.strip()) for a, b in zip(prev.cells, row.cells) if b.strip()]
    return bool(pairs) and _runs_on(*pairs[0]) and all(a for a, _ in pairs)


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
        if out and _norm(row.cells) == _norm(rows[0].cells):
            broken = True  # the repeated header marks where the page broke
            continue
        broken = broken or bool(out and row.page != out[-1].page)
        if broken and _continues_cell(out[-1], row):
            cells = [join_lines([a, b]) for a, b in zip(out[-1].cells, row.cells)]
            out[-1] = Row(cells=cells, page=out[-1].page)
        else:
            out.append(row)
        broken = False
    return out


def _merge_pair(first: Block, second: Block) -> Block:
    merged = table_block(_repair_rows(list(first.rows) + list(second.rows)))
    return merged.model_copy(update={"page": first.page})


def _mergeable(first: Block, second: Block) -> bool:
    if first.kind != "table" or second.kind != "table" or not first.rows or not second.rows:
        return False
    if len(first.rows[0].cells) != len(second.rows[0].cells):
        return False
    same_header = _norm(first.rows[0].cells) == _norm(second.rows[0].cells)
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
    paragraph that stopped mid-sentence at the foot of the last one."""
    if block.kind != "paragraph" or prev.kind not in ("paragraph", "list_item"):
        return False
    if ends_sentence(prev.text) or block.page - prev.page > 1:
        return False
    after_break = block.page == prev.page + 1 and len(prev.text) >= LONG_PARAGRAPH
    return block.text[:1].islower() or (after_break and prev.text[-1:].isalpha())


def _join_split_paragraphs(blocks: list[Block]) -> list[Block]:
    """A paragraph cut by a page break (or a stray blank line) ends mid-sentence and the
    next piece starts lowercase: put it back together."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if prev is not None and _split_paragraph(prev, block):
            out[-1] = prev.model_copy(update={"text": join_lines([prev.text, block.text])})
        else:
            out.append(block)
    return out


def _settle_heading_levels(blocks: list[Block]) -> list[Block]:
    """Unnumbered headings sit one deeper than the last numbered heading above them."""
    out, numbered = [], 0
    for block in blocks:
        if block.kind == "heading":
            if is_section_number(block.marker) or (block.level == 1 and _APPENDIX_RE.match(block.text)):
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
        out.append(block.model_copy(update={"section": [h.text for h in stack]}))
        if block.kind == "heading":
            stack.append(block)
    return out


if __name__ == "__main__":  # eyeball: python -m paper_miner.layout PAPER
    from pathlib import Path

    from paper_miner.readers import read_paper

    for b in read_paper(Path(sys.argv[1])).blocks:
        print(f"p{b.page:<3}{b.kind[:4]:5}{b.level:2} {b.marker or '':6}"
              f"{' > '.join(s[:18] for s in b.section)[:60]:60} | {b.text[:100]!r}")
