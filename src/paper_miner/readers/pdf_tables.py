"""Ruled tables on a PDF page, with each cell's paragraphs kept apart.

pdfplumber finds the cells; their text is read here, line by line with positions, so a
paragraph break inside a cell (a wider gap than the line spacing, or a new item after a line
that ended a sentence early) becomes "\\n", as a ``<p>`` or list item does in the text version.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from pdfplumber.utils.text import chars_to_textmap

from paper_miner.layout.blocks import BULLETS, ends_sentence, join_lines, split_marker, stops_mid_sentence
from paper_miner.readers.files import joined_ordinals
from paper_miner.readers.pdf_columns import is_text_in_columns

PARA_GAP = 0.45  # a vertical gap above this share of the line height starts a new paragraph
DASHES = "-–"  # list markers that are also punctuation
SHORT_LINE = 0.15  # a line stopping this share of the cell's text width short ended early
WORD_STRIP_COLUMNS = 10  # a "table" this wide of single words is text on highlight strips

BBox = tuple[float, float, float, float]


def has_ruling(page) -> bool:
    return bool(page.objects.get("rect") or page.objects.get("line") or page.objects.get("curve"))


def _open_ends(page) -> list[float]:
    """Y positions where ruled columns start or stop with no rule across them: a table that
    runs on from the previous page (or onto the next) has lost its top (or bottom) border."""
    edges = page.edges
    rules: dict[int, list[tuple[float, float]]] = {}  # rules by whole-point y, for quick lookup
    for e in edges:
        if e["orientation"] == "h" and e["x1"] - e["x0"] > 4:
            rules.setdefault(round(e["top"]), []).append((e["x0"] - 2, e["x1"] + 2))
    ends = Counter()
    for e in edges:
        if e["orientation"] != "v" or e["bottom"] - e["top"] < 4:
            continue
        for y in (e["top"], e["bottom"]):
            near = (span for dy in (-1, 0, 1) for span in rules.get(round(y) + dy, []))
            if not any(x0 <= e["x0"] <= x1 for x0, x1 in near):
                ends[round(y, 1)] += 1
    return [y for y, n in ends.items() if n >= 2]


def ruled_tables(page) -> tuple[list[tuple[BBox, list[list[str]]]], list[BBox]]:
    """Ruled tables with at least two columns somewhere (a boxed paragraph is not a table),
    and apart from them the boxes of ruled "tables" that are panels of text in columns."""
    if not has_ruling(page):  # the table finder costs time; without rules it finds nothing
        return [], []
    tables, panels = [], []
    for table in page.find_tables({"explicit_horizontal_lines": _open_ends(page)}):
        rows = _rows(table, page.chars)
        if max(map(len, rows), default=0) < 2 or is_highlighted_text(rows):
            continue
        if is_text_in_columns(table, page.chars):
            panels.append(table.bbox)
        else:
            tables.append((table.bbox, rows))
    return tables, panels


def is_highlighted_text(rows: list[list[str]]) -> bool:
    """Running text set on shaded strips, one per line or word (a word processor's highlight):
    the rules between the strips cut the words into a "table" of many columns whose cells are
    single words and pieces of words ("Local | | Tran | sport | Plan 5"); a wide table of figures
    or of phrases is a table."""
    cells = [c.strip() for row in rows for c in row]
    filled = [c for c in cells if c]
    if max(map(len, rows), default=0) < WORD_STRIP_COLUMNS or not filled:
        return False
    words = sum(bool(re.fullmatch(r"[^\W\d]+[,.:;’']?", c)) for c in filled)
    return words >= len(filled) / 2 and len(filled) <= len(cells) * 0.7


def _v_mid(char: dict) -> float:
    return (char["top"] + char["bottom"]) / 2


def _centre_in(char: dict, bbox: BBox) -> bool:
    """pdfplumber's own test for which cell a character belongs to."""
    x0, top, x1, bottom = bbox
    return x0 <= (char["x0"] + char["x1"]) / 2 < x1 and top <= _v_mid(char) < bottom


def _rows(table, chars: list[dict]) -> list[list[str]]:
    # characters in order of their vertical middle, so each row looks only at its own band
    chars = sorted(chars, key=_v_mid)
    mids = [_v_mid(c) for c in chars]
    rows = []
    for row in table.rows:
        band = chars[bisect_left(mids, row.bbox[1]):bisect_left(mids, row.bbox[3])]
        row_chars = [c for c in band if _centre_in(c, row.bbox)]
        rows.append([cell_text([c for c in row_chars if _centre_in(c, cell)]) if cell else ""
                     for cell in row.cells])
    return rows


def cell_text(chars: list[dict]) -> str:
    """A cell's lines, wrapped lines joined, paragraphs and list items on lines of their own."""
    if not chars:
        return ""
    lines = [ln for ln in chars_to_textmap(chars).extract_text_lines(strip=True) if ln["text"]]
    return lines_text(lines) if lines else ""


def lines_text(lines: list[dict]) -> str:
    """A cell's lines (dicts with text, x0, x1, top, bottom) as its text: wrapped lines joined,
    paragraphs and list items on lines of their own."""
    left, right = min(ln["x0"] for ln in lines), max(ln["x1"] for ln in lines)
    short_of = right - SHORT_LINE * (right - left)
    paragraphs: list[list[str]] = []
    for prev, line in zip([None, *lines], lines):
        if prev is None or starts_paragraph(prev, line, short_of) or _title_over_text(prev, line, right, lines[0]):
            paragraphs.append([line["text"]])
        else:
            paragraphs[-1].append(line["text"])
    return joined_ordinals("\n".join(join_lines(p) for p in paragraphs))


TITLE_WORDS = 8  # a first line this short, stopping early, can be a cell's title over its text


def _title_over_text(prev: dict, line: dict, right: float, first: dict) -> bool:
    """A cell's first line, short and not mid-sentence, over a line opening on a capital whose
    first word would have fitted after it: the item's title over its minute ("Speed watch" over
    "Members agreed ..."), not a name wrapped in a narrow column ("Banners" over "Gate Centre")."""
    if prev is not first or not line["text"][:1].isupper() or len(prev["text"].split()) > TITLE_WORDS:
        return False
    word = line["text"].split()[0]
    room = (line["x1"] - line["x0"]) * (len(word) + 1) / len(line["text"])  # the word and a space
    return prev["x1"] + room < right and not ends_sentence(prev["text"]) and not stops_mid_sentence(prev["text"])


def starts_paragraph(prev: dict, line: dict, short_of: float) -> bool:
    """Does ``line`` (a dict with text, x1, top, bottom) begin a new paragraph in its cell?"""
    text = line["text"]
    marker = split_marker(text)[0]
    if marker and text[0] in BULLETS and text[0] not in DASHES:
        return True
    if line["top"] - prev["bottom"] > PARA_GAP * (line["bottom"] - line["top"]):
        return True
    if not ends_sentence(prev["text"]):
        return False  # "(NI 172" then "– LAA target)": a dash inside a wrapped sentence
    # a sentence that ends a line is a paragraph's end only if the line stops early
    return bool(marker) or (prev["x1"] < short_of and text[0].isupper())
