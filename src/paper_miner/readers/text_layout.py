"""Fixed-width text papers (``pdftotext -layout``, "save as plain text"): lines wrapped at a
common width, hanging indents, space-aligned tables, running heads and "Page n of N" footers.

Each line is a piece of a paragraph here, not a paragraph, so lines are regrouped into
blocks by width and indentation before :func:`paper_miner.layout.blocks.classify` sees them.
"""
from __future__ import annotations

import re
from collections import Counter

from paper_miner.layout.blocks import (
    FIELD_LINE,
    classify,
    ends_sentence,
    is_all_caps,
    join_lines,
    split_marker,
    stops_mid_sentence,
)
from paper_miner.models import Block
from paper_miner.readers.text_columns import is_rule, read_table, table_end

MAX_WIDTH = 132  # wider lines are whole paragraphs, not a page's wrapped lines
WRAP_SLACK = 2  # a line this close to the right margin was wrapped there
# Lines no wider than this are cells a browser copy put a line each, not a margin's wrapping.
MIN_WRAP_WIDTH = 45
RUN_ON_SHARE = 0.05  # lines twice the width or more, no wrapped page has this many
_FOOTER = re.compile(r"^(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s+of\s+\d{1,4}"
                     r"|[-–]\s*\d{1,4}\s*[-–])$", re.I)
_FOLIO = re.compile(r"^\d{1,4}$")
# a heading, a bullet, a pipe table's row or its separator row ("---|---|") without the outer pipes
_MD_SIGNS = re.compile(r"^\s{0,3}(?:#{1,6}\s|[-*+]\s|\||:?-{3,}:?\s*\|)|\t")
# "Scheme | 2025/26 | 2026/27 | Total", " | £000 | £000": a table row without its outer pipes, two
# spaced pipes or more; not a line ending in "|", a cell of its own (see the text reader), nor
# labelled figures set apart by pipes ("Latest: 58% | Target: 65% | Previous: 61%", a KPI box).
_SPACED_PIPE_RE = re.compile(r"(?:^|\s)\|\s")
_LABELLED_RE = re.compile(r"[A-Za-z)]:\s")
_MIN_INNER_PIPES = 2


def is_inner_pipe_row(line: str) -> bool:
    """A row of cells, not a KPI box: most of its cells do not open on a label ("5 | Play area |
    Agreed: replace the chains" is a row; "Latest: 58% | Target: 65%" labelled figures)."""
    cells = line.split("|")
    labelled = sum(bool(_LABELLED_RE.search(cell)) for cell in cells)
    return not line.rstrip().endswith("|") and len(_SPACED_PIPE_RE.findall(line)) >= _MIN_INNER_PIPES \
        and 2 * labelled < len(cells)


def looks_fixed_width(text: str) -> bool:
    """Most lines wrapped at a common width, or laid out by indentation; never a paper
    with markdown signs or TABs, which the line-per-paragraph reader handles."""
    lines = [ln.rstrip() for ln in text.replace("\f", "\n").split("\n")]
    filled = [ln for ln in lines if ln.strip()]
    if len(filled) < 8 or any(_MD_SIGNS.match(ln) or is_inner_pipe_row(ln) for ln in filled):
        return False
    lengths = sorted(len(ln) for ln in filled)
    width = lengths[int(len(lengths) * 0.9)]
    if width > MAX_WIDTH or sum(length > 2 * width for length in lengths) >= RUN_ON_SHARE * len(lengths):
        return False  # wide lines, or paragraphs a line each far past the "width" the short lines make
    indented = sum(1 for ln in filled if ln.startswith("  "))
    wrapped = sum(1 for a, b in zip(lines, lines[1:]) if _fills(a, b, width)) if width >= MIN_WRAP_WIDTH else 0
    return indented >= 0.3 * len(filled) or wrapped >= 0.3 * len(filled)


def _fills(line: str, following: str, width: int) -> bool:
    """``line`` was wrapped: the next line's first word would not have fitted on it."""
    words = following.split()
    return bool(line.strip() and words) and len(line) + 1 + len(words[0]) > width - WRAP_SLACK


def split_pages(text: str) -> list[list[str]]:
    """Pages as lines: a form feed or a "Page n of N" footer ends a page; running heads
    (the same top or bottom lines on most pages) and folios are dropped."""
    pages: list[list[str]] = []
    for sheet in text.split("\f"):
        pieces = _split_at_footers([ln.rstrip() for ln in sheet.split("\n")])
        if len(pieces) > 1 and not any(ln.strip() for ln in pieces[-1]):
            pieces.pop()  # nothing after the last footer but the form feed
        pages += pieces
    return _drop_running_lines(pages or [[""]])


def marked_pages(text: str) -> list[str]:
    """Pages of text written one paragraph per line: a form feed or a "Page 2 of 7" footer
    line ends one (the footer itself is dropped); text with neither is one unpaged piece."""
    pages = []
    for sheet in text.split("\f"):
        lines = sheet.split("\n")
        cuts = [i for i, line in enumerate(lines) if _FOOTER.match(line.strip())]
        starts = [0, *(i + 1 for i in cuts)]
        pieces = ["\n".join(lines[a:b]) for a, b in zip(starts, [*cuts, len(lines)])]
        pages += pieces[:-1] + ([pieces[-1]] if pieces[-1].strip() or not cuts else [])
    return pages


def _split_at_footers(lines: list[str]) -> list[list[str]]:
    pieces: list[list[str]] = [[]]
    for i, line in enumerate(lines):
        if _FOOTER.match(line.strip()) or _is_folio(lines, i):
            pieces.append([])
        else:
            pieces[-1].append(line)
    return pieces


def _is_folio(lines: list[str], i: int) -> bool:
    """A bare page number standing away from the text with nothing but blanks below it."""
    line = lines[i]
    return (bool(_FOLIO.match(line.strip())) and len(line) - len(line.lstrip()) >= 10
            and not any(ln.strip() for ln in lines[i + 1:]))


def _edge_lines(page: list[str]) -> list[int]:
    filled = [i for i, ln in enumerate(page) if ln.strip() and not is_rule(ln)]
    return filled[:2] + filled[-2:]


def _key(line: str) -> str:
    return " ".join(re.sub(r"\d+", "#", line.lower()).split())


def _drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    counts = Counter(k for p in pages for k in {_key(p[i]) for i in _edge_lines(p)})
    need = max(2, (len(pages) + 1) // 2)
    out = []
    for page in pages:
        drop = {i for i in _edge_lines(page) if counts[_key(page[i])] >= need}
        drop |= {i + 1 for i in drop if i + 1 < len(page) and is_rule(page[i + 1])}
        out.append([ln for i, ln in enumerate(page) if i not in drop])
    return out


def text_width(pages: list[list[str]]) -> int:
    """The right margin of running text: lines without aligned columns, 90th percentile."""
    lengths = sorted(len(ln) for p in pages for ln in p if ln.strip() and "   " not in ln.strip())
    return lengths[int(len(lengths) * 0.9)] if lengths else MAX_WIDTH


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _hang(line: str) -> int | None:
    """Where the text after a list label starts: continuation lines line up there."""
    marker = split_marker(line.strip())[0]
    return len(line) - len(line.lstrip()[len(marker):].lstrip()) if marker else None


# "... (Vale Housing Trust)        £12,750": a row of a costed list ends with its figure
ROW_END_RE = re.compile(r"\S\s{3,}[£$€]?\(?\d[\d,.]*\)?[km]?$")


def _continues(block: list[str], line: str, width: int) -> bool:
    """Does ``line`` carry on the block of lines above it?"""
    prev, first = block[-1], block[0]
    if ROW_END_RE.search(prev) or (len(prev.split()) <= 2 and _indent(prev) > width // 2):
        return False  # a figure out at the right ends a list row; a lone word there heads a column
    if FIELD_LINE.match(line.strip()):
        return stops_mid_sentence(prev)  # "Telephone: ..." under "Contact officer: ..."
    if split_marker(line.strip())[0]:
        # a label at the start of a line opens a new item, unless the text wrapped there
        return _fills(prev, line, width) and not ends_sentence(prev)
    if _fills(prev, line, width) or stops_mid_sentence(prev) or line.strip()[:1].islower():
        return True
    hang = _hang(first)
    if hang is None or abs(_indent(line) - hang) > 1:
        return False
    return not (is_all_caps(first) and not is_all_caps(line))


def indent_levels(pages: list[list[str]]) -> dict[int, int]:
    """Nesting depth by the indentation of labelled lines: the shallowest is level 1."""
    indents = sorted({_indent(ln) for p in pages for ln in p
                      if ln.strip() and split_marker(ln.strip())[0]})
    levels: dict[int, int] = {}
    for indent in indents:
        step = not levels or indent - max(levels) > 1  # one column out is the same level
        levels[indent] = (max(levels.values(), default=0) + 1) if step else max(levels.values())
    return levels


def parse_layout_page(lines: list[str], page: int, width: int, levels: dict[int, int]) -> list[Block]:
    """One page's blocks: space-aligned tables, then runs of lines regrouped into paragraphs."""
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        end = table_end(lines, i)
        if end > i:
            blocks += [b for b in [read_table(lines[i:end], page)] if b]
            i = end
            continue
        j = i + 1
        while j < len(lines) and lines[j].strip() and table_end(lines, j) == j \
                and _continues(lines[i:j], lines[j], width):
            j += 1
        standalone = (i == 0 or not lines[i - 1].strip()) and (j == len(lines) or not lines[j].strip())
        text = join_lines([" ".join(ln.split()) for ln in lines[i:j]])
        level = levels.get(_indent(lines[i]), 1)
        blocks.append(classify(text, page, standalone=standalone, indent_level=level))
        i = j
    return blocks
