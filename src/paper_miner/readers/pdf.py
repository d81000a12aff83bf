"""PDF papers via pdfplumber: text lines with font facts, ruled tables, page furniture.

Each page is parsed once (characters by a quicker path than pdfplumber's generic one); its
lines come from one ``extract_text_lines`` pass (which also gives the page text for
grounding), and ``find_tables`` runs only where the page has ruling.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfexceptions import PDFException
from pdfminer.pdftypes import resolve1
from pdfminer.psexceptions import PSEOF, PSException
from pdfplumber.page import Page
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from paper_miner.errors import UnreadablePaper
from paper_miner.layout.blocks import FIELD_LINE, classify, ends_sentence, join_lines, split_marker, table_block
from paper_miner.limits import DEFAULTS, Limits, pages_over
from paper_miner.models import Block, Layout, Row
from paper_miner.readers import ocr_mode, pdf_reader, pdfium
from paper_miner.readers.files import joined_ordinals, plain_bullets
from paper_miner.readers.pdf_chars import QuickCharPage
from paper_miner.readers.pdf_columns import column_lines, is_page_in_columns
from paper_miner.readers.pdf_tables import BBox, lines_text, ruled_tables
from paper_miner.readers.pdfium import PdfiumPage

MARGIN_ZONE = 0.09  # top/bottom share of the page where running heads and folios live
INDENT_STEP = 18.0  # points of indentation per list nesting level
COLUMN_GAP = 2.0  # a gap this many font sizes wide separates table columns, not words
SPAN_GAP = 0.8  # inside a table, a gap this wide parts two cells (a cell's padding, not a word space)
WRAP_GAP = 0.5  # a line this close under a table row (in font sizes) is that row's text wrapped on
PARA_GAP = 0.45  # a vertical gap above this share of the font size starts a new block
_FOLIO = re.compile(r"^(?:page\s+)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
_FIGURE_START = re.compile(r"^[<>≤≥]?\s?[£$€]?\s?\(?-?\d")  # "20 days", "£1.2m", "95.5%"
_NUMBER_CELL = re.compile(r"^[£$€]?\s?\(?-?[\d.,]+\)?%?(?:k|m|bn)?$", re.I)
_CID_BULLET = re.compile(r"^\(cid:\d+\)\s+")
_PDF_ERRORS = (PdfminerException, MalformedPDFException, PDFException, PSException)

@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    italic_body: bool  # everything after a leading marker is italic
    cells: list[tuple[float, float, str]] = field(default_factory=list)  # split at wide gaps
    spans: list[tuple[float, float, str]] = field(default_factory=list)  # split at a cell's padding


@dataclass
class PageContent:
    number: int
    height: float
    lines: list[Line]
    tables: list[tuple[BBox, list[Row]]] = field(default_factory=list)  # (x0, top, x1, bottom), rows
    panels: list[list[Line]] = field(default_factory=list)  # text in columns, in reading order
    text: str = ""
    ocr_confidence: float | None = None  # a page read by OCR: its mean word confidence


@dataclass
class Stats:
    body_size: float
    left: float
    right: float


def _is_bold(fontname: str) -> bool:
    return bool(re.search(r"bold|black|heavy|semibold", fontname, re.I))


def _is_italic(fontname: str) -> bool:
    return bool(re.search(r"italic|oblique", fontname, re.I))


def _make_line(raw: dict) -> Line:
    # a leading glyph the font cannot name, then a space, is a bullet symbol
    raw["text"] = _CID_BULLET.sub("\u2022 ", joined_ordinals(plain_bullets(raw["text"].strip())))
    letters = [c for c in raw["chars"] if c["text"].isalnum()] or raw["chars"]
    sizes = sorted(round(c["size"], 1) for c in letters)
    marker, rest = split_marker(raw["text"].strip())
    n_body = sum(ch.isalnum() for ch in rest)
    body = letters[-n_body:] if marker and n_body else letters
    size = sizes[len(sizes) // 2] if sizes else 0.0
    spans = _gap_cells(raw["chars"], size, SPAN_GAP)
    return Line(
        text=raw["text"].strip(), x0=raw["x0"], x1=raw["x1"], top=raw["top"], bottom=raw["bottom"],
        size=size,
        bold=bool(letters) and all(_is_bold(c["fontname"]) for c in letters),
        italic_body=bool(body) and all(_is_italic(c["fontname"]) for c in body),
        cells=_wider_gaps(spans, size, COLUMN_GAP), spans=spans,
    )


def _gap_cells(chars: list[dict], size: float, widest: float) -> list[tuple[float, float, str]]:
    """Split a line where the gap between glyphs is ``widest`` font sizes or wider than that:
    far wider than a word space (``COLUMN_GAP``), or as wide as two cells' padding (``SPAN_GAP``)."""
    cells: list[list] = []
    prev = None
    for c in chars:
        if not c["text"].strip():
            continue
        gap = c["x0"] - prev["x1"] if prev else 0.0
        if prev is None or gap > widest * size:
            cells.append([c["x0"], c["x1"], c["text"]])
        else:
            cells[-1][1] = c["x1"]
            cells[-1][2] += (" " if gap > 0.2 * size else "") + c["text"]
        prev = c
    return [(x0, x1, text) for x0, x1, text in cells]


def _wider_gaps(spans: list[tuple[float, float, str]], size: float, widest: float) -> list[tuple[float, float, str]]:
    """The spans joined where the gap between them is narrower than ``widest`` font sizes: the
    cells ``_gap_cells`` would cut at that width, from the narrower cut already made (the gap
    between two spans is always wider than a word space, so a space joins them)."""
    cells: list[tuple[float, float, str]] = []
    for x0, x1, text in spans:
        if cells and x0 - cells[-1][1] <= widest * size:
            cells[-1] = (cells[-1][0], x1, f"{cells[-1][2]} {text}")
        else:
            cells.append((x0, x1, text))
    return cells


# --- tables (ruled ones: pdf_tables) -----------------------------------------------------

def _unruled_tables(lines: list[Line]) -> list[tuple[BBox, list[list[str]]]]:
    """Runs of three or more lines split into aligned columns, holding figures (see
    ``_figures_in_columns``); a one-cell line between two such lines is a group's heading row
    inside the table ("Adult Social Care"), one close under a row that row's text wrapped on."""
    found, run = [], []
    for line, after in zip(lines + [None], lines[1:] + [None, None]):
        if line is not None and (len(line.cells) >= 2 or _group_row(line, run, after) or _wraps_on(line, run)):
            run.append(line)
            continue
        found.extend(_unruled_table(run))
        run = []
    return found


def _unruled_table(run: list[Line]) -> list[tuple[BBox, list[list[str]]]]:
    """The table a run of lines holds, if three of its rows are left once a line across its
    columns has ended it, and they hold figures."""
    rows = [ln for ln in run if len(ln.cells) >= 2]
    if len(rows) < 3:
        return []
    figures = _within_columns(run, _gutters(rows))
    rows = [ln for ln in figures if len(ln.cells) >= 2]
    bounds = _gutters(rows) if len(rows) >= 3 else []
    if bounds and (_figures_in_columns(rows) or _figures_in_gutter_columns(rows, bounds)):
        return [(_bbox(figures), _gutter_rows(figures, bounds))]
    words = _gutters(run)  # a table of words: its wrapped lines keep to its columns too
    return [(_bbox(run), _word_rows(run, words))] if _headed_text_columns(run, words) else []


def _bbox(run: list[Line]) -> BBox:
    return min(ln.x0 for ln in run), run[0].top, max(ln.x1 for ln in run), run[-1].bottom


def _figures_in_columns(rows: list[Line]) -> bool:
    """Most rows end in a figure; or, every row split into as many cells, most hold a figure
    after the first ("Reviews on time | 82% | 85% | Amber")."""
    if sum(bool(_NUMBER_CELL.match(ln.cells[-1][2])) for ln in rows) >= 0.6 * len(rows):
        return True
    numeric = sum(any(_NUMBER_CELL.match(cell[2]) for cell in ln.cells[1:]) for ln in rows)
    return len({len(ln.cells) for ln in rows}) == 1 and numeric >= 0.6 * len(rows)


def _figures_in_gutter_columns(rows: list[Line], bounds: list[float]) -> bool:
    """Three or more columns parted by clear gutters, most rows filling three of them and
    holding a figure, with or without its unit, after the first ("Average days to relet |
    20 days | 12 days | Amber")."""
    filled = [{bisect_right(bounds, x0) for x0, _, _ in ln.spans} for ln in rows]
    figures = sum(any(_FIGURE_START.match(text) for _, _, text in ln.spans[1:]) for ln in rows)
    return len(bounds) >= 2 and sum(len(f) >= 3 for f in filled) >= 0.6 * len(rows) and figures >= 0.6 * len(rows)


def _headed_text_columns(run: list[Line], bounds: list[float]) -> bool:
    """A borderless table of words: two to four columns under a header of short names ("Item |
    Notes", "Ref | Minute | Action"), as a word processor's table without rules sets minutes;
    read across the page, each row's wrapped title would run into its notes."""
    header = [text for _, _, text in run[0].spans]
    short = all(len(text.split()) <= 3 and not re.search(r"[\d.:;]", text) and text[:1].isupper() for text in header)
    filled = sum(len(ln.cells) >= 2 for ln in run[1:])
    return 1 <= len(bounds) <= 3 and len(header) == len(bounds) + 1 and short and filled >= 2


def _gutters(rows: list[Line]) -> list[float]:
    """The middles of the vertical gaps no row's text crosses, but for one row in ten (a note
    run across the columns, "Appropriate sum for 2018-19 will be £7.86"): where one column
    ends and the next begins, however its cells are aligned."""
    spans = [(round(x0), round(x1)) for ln in rows for x0, x1, _ in ln.spans]
    left = min(x0 for x0, _ in spans)
    cover = [0] * (max(x1 for _, x1 in spans) - left + 1)
    for x0, x1 in spans:
        for x in range(x0 - left, x1 - left + 1):
            cover[x] += 1
    clear = [n <= len(rows) // 10 for n in cover]
    starts = [x for x in range(1, len(clear)) if clear[x] and not clear[x - 1]]
    ends = [x for x in range(1, len(clear)) if not clear[x] and clear[x - 1]]
    return [left + (start + end) / 2 for start, end in zip(starts, ends)]


def _wraps_on(line: Line, run: list[Line]) -> bool:
    """A one-cell line just under a row, no further left than the table: a cell's text wrapped
    onto a second line ("Education, Health and Care Plans issued within 20" / "weeks")."""
    if not run or len(line.cells) != 1 or not any(len(ln.cells) >= 2 for ln in run):
        return False
    return line.top - run[-1].bottom < WRAP_GAP * line.size and line.x0 >= min(ln.x0 for ln in run) - 2


def _within_columns(run: list[Line], bounds: list[float]) -> list[Line]:
    """The run up to a wrapped-on line that crosses a column gutter: a paragraph set close
    under the table, not a cell's second line."""
    for i, line in enumerate(run):
        if len(line.cells) == 1 and any(x0 < b < x1 for x0, x1, _ in line.spans for b in bounds):
            return run[:i]
    return run


def _gutter_rows(run: list[Line], bounds: list[float]) -> list[list[str]]:
    """Each line's cells placed in the column between gutters where they start; a line close
    under a row with its first column empty, or a one-cell line going on in lower case
    ("weeks"), is joined to that row cell by cell."""
    rows: list[list[str]] = []
    for prev, line in zip([None, *run], run):
        cells = [""] * (len(bounds) + 1)
        for x0, _, text in line.spans:
            column = bisect_right(bounds, x0)
            cells[column] = f"{cells[column]} {text}".strip()
        if prev is not None and rows and _goes_on(prev, line, cells, rows[-1]):
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells)]
        else:
            rows.append(cells)
    return rows


def _word_rows(run: list[Line], bounds: list[float]) -> list[list[str]]:
    """A table of words by rows: every line close under the one above is its row's text wrapped
    on, however many cells it fills; each cell's lines are joined into its paragraphs as a ruled
    table's are (``pdf_tables.lines_text``)."""
    rows: list[list[list[dict]]] = []
    for prev, line in zip([None, *run], run):
        if prev is None or line.top - prev.bottom >= WRAP_GAP * line.size:
            rows.append([[] for _ in range(len(bounds) + 1)])
        for x0, x1, text in line.spans:
            rows[-1][bisect_right(bounds, x0)].append({"text": text, "x0": x0, "x1": x1,
                                                       "top": line.top, "bottom": line.bottom})
    return [[lines_text(_joined_spans(cell)) if cell else "" for cell in row] for row in rows]


def _joined_spans(pieces: list[dict]) -> list[dict]:
    """A cell's pieces on the same line joined into that line."""
    lines: list[dict] = []
    for piece in pieces:
        if lines and lines[-1]["top"] == piece["top"]:
            lines[-1] = {**lines[-1], "text": f"{lines[-1]['text']} {piece['text']}", "x1": piece["x1"]}
        else:
            lines.append(piece)
    return lines


def _goes_on(prev: Line, line: Line, cells: list[str], above: list[str]) -> bool:
    """Whether a line goes on with the row above; not where it sets a figure under a figure
    ("£100.00" over "TOTAL £6,697.36": a row of its own)."""
    if line.top - prev.bottom >= WRAP_GAP * line.size:
        return False
    if any(_FIGURE_START.match(c.split()[-1]) and _FIGURE_START.match(a) for c, a in zip(cells, above) if c and a):
        return False
    return not cells[0] or (len(line.cells) == 1 and (line.text[:1].islower() or line.text[:1] == "("))


def _group_row(line: Line, run: list[Line], after: Line | None) -> bool:
    """A short line at the table's left edge, not a sentence, between rows of cells."""
    if not run or after is None or len(after.cells) < 2 or len(run[-1].cells) < 2:
        return False
    return abs(line.x0 - run[-1].x0) <= 2 and not ends_sentence(line.text) and len(line.text.split()) <= 8


def _columns(run: list[Line]) -> list[list[str]]:
    """Place each cell in the column whose left or right edge it lines up with best."""
    anchors = max((ln.cells for ln in run), key=len)
    rows = []
    for line in run:
        row = [""] * len(anchors)
        for x0, x1, text in line.cells:
            col = min(range(len(anchors)),
                      key=lambda i: min(abs(x0 - anchors[i][0]), abs(x1 - anchors[i][1])))
            row[col] = f"{row[col]} {text}".strip()
        rows.append(row)
    return rows


def _closing_table(page: PageContent) -> list[Row] | None:
    """The rows of the table the page's content ends with, if it ends with one."""
    if not page.tables:
        return None
    bbox, rows = max(page.tables, key=lambda table: table[0][3])
    return rows if rows and all(ln.top < bbox[3] for ln in page.lines) else None


def _carried_rows(lines: list[Line], rows: list[Row]) -> list[Line]:
    """The lines opening a page that finish the table the last page ended with: aligned
    lines no wider than that table, one as wide, and the header row it repeats or a row
    ending in a figure ("Total 2,800,000") among them."""
    width = len(rows[0].cells)
    run = []
    for line in lines:
        marker = split_marker(line.text)[0]
        if not 2 <= len(line.cells) <= width or (marker and line.cells[0][2] == marker):
            break  # a numbered heading ("4.    Risks") is spaced out, not a row
        run.append(line)
    if not run or max(len(ln.cells) for ln in run) != width:
        return []
    header = [re.sub(r"\s+", " ", c).strip().lower() for c in rows[0].cells]
    repeats = [c[2].lower() for c in run[0].cells] == header
    return run if repeats or any(_NUMBER_CELL.match(ln.cells[-1][2]) for ln in run) else []


def _continue_tables(pages: list[PageContent]) -> None:
    """A table broken by a page may leave only a line or two (the repeated header, a total)
    at the top of the next page: read them as rows for ``arrange`` to join to the table."""
    for before, page in zip(pages, pages[1:]):
        rows = _closing_table(before)
        run = _carried_rows(page.lines, rows) if rows else []
        if not run or any(bbox[1] < run[0].top for bbox, _ in page.tables):
            continue
        bbox = (min(ln.x0 for ln in run), run[0].top, max(ln.x1 for ln in run), run[-1].bottom)
        page.lines = page.lines[len(run):]
        page.tables.append((bbox, [Row(cells=r, page=page.number) for r in _columns(run)]))


def _inside(line: Line, bbox: BBox) -> bool:
    return _middle_inside(line.x0, line.top, line.x1, line.bottom, bbox)


def _middle_inside(x0: float, top: float, x1: float, bottom: float, bbox: BBox) -> bool:
    """Whether the middle of a box (a line, a character) lies inside a table's or panel's box."""
    left, upper, right, lower = bbox
    return upper <= (top + bottom) / 2 <= lower and left - 2 <= (x0 + x1) / 2 <= right + 2


# --- pages ---------------------------------------------------------------------------------

def _page_in_columns(page: Page | PdfiumPage, raw_lines: list[dict], tables: list,
                     unruled: list[tuple[BBox, list[list[str]]]]) -> list[BBox]:
    """The whole page as one panel when, holding no table, its lines run across columns. An
    unruled scorecard is no page in columns: its wrapped names and commentary stand side by
    side as two columns of prose would, so only the text outside it is looked at."""
    if tables:
        return []
    boxes = [bbox for bbox, _ in unruled]
    chars = [c for c in page.chars if not any(_dict_inside(c, bbox) for bbox in boxes)]
    outside = [r for r in raw_lines if not any(_dict_inside(r, bbox) for bbox in boxes)]
    return [page.bbox] if is_page_in_columns(chars, outside) else []


def _dict_inside(box: dict, bbox: BBox) -> bool:
    """Whether a pdfplumber character's (or text line's) middle lies inside a table's box."""
    return _middle_inside(box["x0"], box["top"], box["x1"], box["bottom"], bbox)


def _page_content(page: Page | PdfiumPage) -> PageContent:
    raw_lines = page.extract_text_lines(return_chars=True, strip=True)
    lines = [_make_line(r) for r in raw_lines if r["text"].strip()]
    content = PageContent(page.page_number, float(page.height), lines,
                          text="\n".join(r["text"] for r in raw_lines),  # as ``_make_line`` left them
                          ocr_confidence=getattr(page, "ocr_confidence", None))
    tables, panels = ruled_tables(page)
    unruled = [] if tables or panels else _unruled_tables(lines)
    for bbox in panels or _page_in_columns(page, raw_lines, tables, unruled):
        content.lines = [ln for ln in content.lines if not _inside(ln, bbox)]
        content.panels.append([_make_line(r) for r in column_lines(page.chars, bbox) if r["text"].strip()])
    _take_tables(content, tables)
    if content.lines is not lines:  # panels or ruled tables took lines: the unruled ones are in the rest
        unruled = _unruled_tables(content.lines)
    _take_tables(content, unruled)
    page.close()  # drop pdfplumber's per-page caches; long papers otherwise hold every page
    return content


def _take_tables(content: PageContent, tables: list[tuple[BBox, list[list[str]]]]) -> None:
    """The tables become the page's tables, their lines no longer its lines."""
    for bbox, rows in tables:
        content.lines = [ln for ln in content.lines if not _inside(ln, bbox)]
        content.tables.append((bbox, [Row(cells=r, page=content.number) for r in rows]))


def _zone_key(line: Line, page: PageContent) -> tuple[str, int] | None:
    if MARGIN_ZONE * page.height < line.top < (1 - MARGIN_ZONE) * page.height:
        return None
    return re.sub(r"\d+", "#", line.text.lower()), round(line.top / 4)


def _all_lines(page: PageContent) -> list[Line]:
    return page.lines + [ln for panel in page.panels for ln in panel]


def _drop_furniture(pages: list[PageContent]) -> None:
    """Remove running headers/footers (same text, same place, most pages) and folios."""
    counts = Counter(k for p in pages for k in {_zone_key(ln, p) for ln in _all_lines(p)} if k)
    need = max(2, (len(pages) + 1) // 2)

    def kept(lines: list[Line], p: PageContent) -> list[Line]:
        return [ln for ln in lines
                if not ((k := _zone_key(ln, p)) and (counts[k] >= need or _FOLIO.match(ln.text)))]

    for p in pages:
        p.lines = kept(p.lines, p)
        p.panels = [kept(panel, p) for panel in p.panels]


def _stats(pages: list[PageContent]) -> Stats:
    weights = Counter()
    lefts = Counter()
    rights = []
    for p in pages:
        for ln in _all_lines(p):
            weights[ln.size] += len(ln.text)
            lefts[round(ln.x0)] += 1
            rights.append(ln.x1)
    rights.sort()
    return Stats(body_size=weights.most_common(1)[0][0] if weights else 10.0,
                 left=float(min(lefts.most_common(3))[0]) if lefts else 0.0,
                 right=rights[int(len(rights) * 0.9)] if rights else 0.0)


def _same_block(prev: Line, line: Line, first: Line, stats: Stats) -> bool:
    """Does ``line`` carry on the block whose last line is ``prev``?"""
    if line.top - prev.bottom > PARA_GAP * max(prev.size, line.size) or line.top < prev.top:
        return False  # a wide gap, or back up the page: the next column
    prev_short = prev.x1 < stats.right - 0.15 * (stats.right - stats.left)
    runs_on = not prev_short and not ends_sentence(prev.text)  # a full line, mid-sentence
    if abs(prev.size - line.size) > 0.6:
        return False
    if (prev.bold, prev.italic_body) != (line.bold, line.italic_body) and not runs_on:
        return False
    if FIELD_LINE.match(line.text) and line.x0 <= first.x0 + 2:
        return False  # "Date of meeting: 15 November": each cover field is a line of its own
    marker = split_marker(line.text)[0]
    if marker and abs(line.x0 - first.x0) <= 2 and _sibling_markers(split_marker(first.text)[0], marker):
        return False  # "B2 ..." under "B1 ... £12k": the next item, whatever the line before ends with
    return not (marker and line.x0 <= first.x0 + 2 and (ends_sentence(prev.text) or prev_short))


def _sibling_markers(first: str | None, marker: str) -> bool:
    """Labels of one list ("A1"/"B2", "(a)"/"(b)", "3."/"4."); a bare number is left out,
    since a wrapped line may start with a count ("15 schools")."""
    def shape(label: str) -> str:
        return re.sub(r"[a-z]+", "a", re.sub(r"[A-Z]+", "A", re.sub(r"\d+", "9", label)))
    return bool(first) and shape(first) == shape(marker) and shape(marker) != "9"


def _group(lines: list[Line], stats: Stats) -> list[list[Line]]:
    groups: list[list[Line]] = []
    for line in lines:
        if groups and _same_block(groups[-1][-1], line, groups[-1][0], stats):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _text_block(group: list[Line], page: int, stats: Stats) -> Block:
    first = group[0]
    emphasised = all(ln.bold for ln in group) or first.size > stats.body_size + 0.8
    level = 1 + max(0, round((first.x0 - stats.left) / INDENT_STEP))
    return classify(join_lines([ln.text for ln in group]), page, emphasised=emphasised,
                    standalone=len(group) <= 2, indent_level=level,
                    whole_italic=all(ln.italic_body for ln in group))


def _page_blocks(content: PageContent, stats: Stats) -> list[Block]:
    """Tables, paragraphs and panels of columns in order down the page; a panel's blocks
    all stand at its top, in its own reading order (the left column's, then the right's)."""
    items: list[tuple[float, int, Block]] = [(bbox[1], 0, table_block(rows)) for bbox, rows in content.tables]
    for group in _group(content.lines, stats):
        items.append((group[0].top, 0, _text_block(group, content.number, stats)))
    for panel in filter(None, content.panels):
        top = min(ln.top for ln in panel)
        items.extend((top, i, _text_block(group, content.number, stats))
                     for i, group in enumerate(_group(panel, stats)))
    items.sort(key=lambda item: item[:2])
    return [b for *_, b in items if b.text.strip()]


# --- document ------------------------------------------------------------------------------

def _meta(info: dict) -> dict[str, str]:
    out = {}
    for key, name in (("Title", "title"), ("Author", "author"), ("CreationDate", "creation_date")):
        value = info.get(key)
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        if value is not None and str(value).strip():
            out[name] = _pdf_date(str(value).strip()) if key == "CreationDate" else str(value).strip()
    return out


def _pdf_date(value: str) -> str:
    """``D:20100304120000+00'00'`` -> ``2010-03-04T12:00:00``; anything else as given."""
    m = re.match(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?", value)
    if not m:
        return value
    y, mo, d, h, mi, s = m.groups()
    date = "-".join(p for p in (y, mo, d) if p)
    return f"{date}T{h}:{mi or '00'}:{s or '00'}" if h and d else date


def _sniff(path: Path) -> None:
    """Refuse what is plainly not a PDF before pdfminer guesses at it."""
    try:
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise UnreadablePaper("io", f"cannot read the file: {exc.strerror or exc}", path) from exc
    if not head.strip():
        raise UnreadablePaper("empty", "the file is empty", path)
    if b"%PDF-" not in head:
        looks_html = re.search(rb"<(!doctype|html|head|body)\b", head, re.I)
        what = "an HTML page saved with a .pdf name" if looks_html else "not a PDF (no %PDF header)"
        raise UnreadablePaper("not_a_pdf", f"the file is {what}", path)


def _unreadable(exc: Exception, path: Path) -> UnreadablePaper:
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
        return UnreadablePaper("encrypted", "the PDF is encrypted and does not open without a "
                               "password; ask for an unprotected copy", path)
    if isinstance(cause, PSEOF):
        return UnreadablePaper("corrupt", "the PDF is truncated (unexpected end of file)", path)
    return UnreadablePaper("corrupt", f"the PDF is damaged and cannot be parsed: {cause}", path)


def _read(count: int, pages: Iterable[Page | PdfiumPage], meta: dict, path: Path) -> Layout:
    """Either reader's ``count`` pages, read one at a time, into the paper's raw layout."""
    if not count:
        raise UnreadablePaper("empty", "the PDF has no pages", path)
    contents = [_page_content(page) for page in pages]
    if not any(_all_lines(p) or p.tables for p in contents):
        raise UnreadablePaper("no_text_layer", "the PDF has no text layer (scanned images?) and "
                              "OCR read none from it; if it ran with --ocr never, run it again with "
                              "--ocr auto", path)
    _drop_furniture(contents)
    _continue_tables(contents)
    stats = _stats(contents)
    blocks = [b for p in contents for b in _page_blocks(p, stats)]
    read_by_ocr = {p.number: p.ocr_confidence for p in contents if p.ocr_confidence is not None}
    return Layout(fmt="pdf", page_texts=[p.text for p in contents], blocks=blocks, meta=_meta(meta),
                  ocr_confidence=read_by_ocr)


def _declared_pages(pdf) -> int:
    """The page count the page tree states (``/Count``), read without loading any page;
    0 when the tree does not say."""
    tree = resolve1(pdf.doc.catalog.get("Pages"))
    count = resolve1(tree.get("Count")) if isinstance(tree, dict) else None
    return count if isinstance(count, int) else 0


def _check_size(pdf, path: Path, limits: Limits) -> None:
    """Refuse a PDF past the page limit before parsing its pages: first by what the page
    tree says, then (a tree can lie) by the pages actually found."""
    for count in (lambda: _declared_pages(pdf), lambda: len(pdf.pages)):
        if too_many := pages_over(count(), limits):
            raise UnreadablePaper("too_large", too_many, path)


def _quick(page: Page) -> Page:
    page.__class__ = QuickCharPage  # the same page, parsed by the quicker subclass
    return page


def _read_with_pdfplumber(path: Path, limits: Limits) -> Layout:
    try:
        with pdfplumber.open(path) as pdf:
            _check_size(pdf, path, limits)
            return _read(len(pdf.pages), map(_quick, pdf.pages), pdf.metadata or {}, path)
    except _PDF_ERRORS as exc:
        raise _unreadable(exc, path) from exc


def _read_with_pdfium(path: Path, limits: Limits) -> Layout:
    pdf = pdfium.open_pdf(path)
    if pdf is None:  # the same file through pdfminer: read after all, or refused the same way
        return _read_with_pdfplumber(path, limits)
    try:
        count = len(pdf)
        if too_many := pages_over(count, limits):  # refused before any page is parsed
            raise UnreadablePaper("too_large", too_many, path)
        return _read(count, pdfium.read_pages(pdf, path, ocr_mode()), pdfium.metadata(pdf), path)
    finally:
        pdf.close()


PDF_READERS = {"pdfium": _read_with_pdfium, "pdfplumber": _read_with_pdfplumber}


def read_pdf(path: Path, limits: Limits = DEFAULTS, reader: str | None = None) -> Layout:
    """A PDF's raw pages and blocks by pdfium (quick) or pdfplumber (pdfminer's parser),
    by default the run's reader (:func:`paper_miner.readers.pdf_reader`); a PDF over
    ``limits.max_pages`` is refused unparsed."""
    path = Path(path)
    _sniff(path)
    return PDF_READERS[reader or pdf_reader()](path, limits)
