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
# Words no sentence ends on: a piece stopping on one was cut mid-sentence ("... plan for").
_RUN_ON_WORDS = {"a", "an", "the", "of", "to", "and", "or", "nor", "but", "at", "for", "in", "on",
                 "by", "with", "from", "into", "onto", "than", "via", "per", "between", "including",
                 "within", "across", "towards", "&", "their", "its", "our", "whose"}
# Words a fresh sentence often opens with; a capitalised content word instead carries on a name.
_OPENERS = _RUN_ON_WORDS | {"this", "these", "those", "that", "it", "we", "they", "there", "he",
                            "she", "i", "if", "when", "where", "while", "as", "all", "each",
                            "following", "further", "however", "although", "also"}
MIN_CUT_WORDS = 8  # shorter pieces are names, addresses or labels rather than cut prose
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


def stops_mid_sentence(text: str) -> bool:
    """Stops where no sentence can: on an article, preposition or conjunction, on a comma,
    or inside an open bracket."""
    text = text.rstrip()
    words = text.split()
    if not words:
        return False
    last = words[-1].lower()
    return last in _RUN_ON_WORDS or text.endswith(",") or text.count("(") > text.count(")")


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
    blocks = _promote_numbered_titles(blocks)
    blocks = _settle_heading_levels(blocks)
    blocks = _fill_sections(blocks)
    return layout.model_copy(update={"blocks": blocks})


def _norm(cells: list[str]) -> list[str]:
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
        if out and _norm(row.cells) == _norm(rows[0].cells):
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
    paragraph that stopped mid-sentence at the foot of the last one, or ``prev`` is prose cut
    mid-sentence by a stray blank line."""
    if block.kind != "paragraph" or prev.kind not in ("paragraph", "list_item"):
        return False
    if ends_sentence(prev.text) or block.page - prev.page > 1:
        return False
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
    a following function word ("The", "In") opens a sentence of its own."""
    if not _is_prose(text):
        return False
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


if __name__ == "__main__":  # eyeball: python -m paper_miner.layout PAPER
    from pathlib import Path

    from paper_miner.readers import read_paper

    for b in read_paper(Path(sys.argv[1])).blocks:
        print(f"p{b.page:<3}{b.kind[:4]:5}{b.level:2} {b.marker or '':6}"
              f"{' > '.join(s[:18] for s in b.section)[:60]:60} | {b.text[:100]!r}")
