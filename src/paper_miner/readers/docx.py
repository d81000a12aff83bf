"""Word papers (.docx), read with python-docx: the body's paragraphs and tables in order.

Headings come from paragraph styles ("Heading 2", "Title") or outline levels; numbered and
lettered paragraphs get the marker Word prints from its own numbering (``numPr``: the list
and its level), not only numbers typed into the text. Headers and footers are other parts of
the package and are never read. A .docx has no pages, so the paper is one unpaged page
(records carry ``page`` None, as for unpaged text).
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import NamedTuple

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from paper_miner.errors import UnreadablePaper
from paper_miner.layout.blocks import classify, is_section_number, number_depth, split_marker, table_block
from paper_miner.limits import DEFAULTS, Limits
from paper_miner.models import Block, Layout, Row
from paper_miner.readers.numbering import format_number

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # what Word writes for a password-protected .docx
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.I)
_CONTENTS_STYLE = re.compile(r"^(toc(\s*\d|\s+heading)|table of figures)$", re.I)
PAGE = 1  # the one page a .docx is read as
_WRAPPERS = {qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")}


def read_docx(path: Path, limits: Limits = DEFAULTS) -> Layout:
    """A Word paper's blocks, in body order, as one unpaged page."""
    document = _open(Path(path))
    counters = Counters(_numbering(document))
    blocks = [b for element in _body_items(document) for b in _blocks(element, counters)]
    page_text = "\n".join(b.text if not b.marker else f"{b.marker} {b.text}" for b in blocks)
    title = document.core_properties.title or ""
    return Layout(fmt="docx", page_texts=[page_text], blocks=blocks, paged=False,
                  meta={"title": title} if title.strip() else {})


def _open(path: Path) -> docx.document.Document:
    """python-docx's document; a password or a broken package is an UnreadablePaper."""
    try:
        head = path.read_bytes()
    except OSError as exc:
        raise UnreadablePaper("io", f"cannot read the file: {exc.strerror or exc}", path) from exc
    if head.startswith(OLE_MAGIC):
        raise _ole_failure(head, path)
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise UnreadablePaper("corrupt", f"the Word file is damaged or not a .docx ({exc}); "
                              "open and re-save it in Word, or save it as PDF", path) from exc


def _ole_failure(raw: bytes, path: Path) -> UnreadablePaper:
    """An OLE file named .docx: a password-protected document, or an old binary .doc."""
    if _ENCRYPTED_STREAM in raw:
        return UnreadablePaper("encrypted", "the Word file is password-protected; open it in Word, "
                               "remove the password (File > Info > Protect Document) and run again", path)
    return UnreadablePaper("unsupported", "an old binary Word .doc named .docx; save it as .docx or PDF", path)


def _body_items(document) -> list[Paragraph | Table]:
    """The body's paragraphs and tables in reading order (python-docx lists them apart),
    those inside content controls too."""
    return [Paragraph(el, document) if el.tag == qn("w:p") else Table(el, document)
            for el in _content(document.element.body)]


def _content(parent) -> list:
    """``w:p`` and ``w:tbl`` children, looking inside the wrappers Word puts round them: a
    template's content control (``w:sdt``: "Report title", "Recommendations") or custom XML."""
    out = []
    for child in parent.iterchildren():
        if child.tag in (qn("w:p"), qn("w:tbl")):
            out.append(child)
        elif child.tag in _WRAPPERS:
            out.extend(_content(child))
    return out


def paragraph_text(p) -> str:
    """A paragraph's text as Word shows it: its runs, those in hyperlinks, fields, inline content
    controls and tracked insertions too (python-docx reads only plain runs and hyperlinks);
    deleted text and text boxes anchored in it are not its text."""
    return "".join(r.text for r in p.iter(qn("w:r")) if _paragraph_of(r) is p)


def _paragraph_of(run):
    parent = run.getparent()
    while parent is not None and parent.tag != qn("w:p"):
        parent = parent.getparent()
    return parent


def _blocks(item: Paragraph | Table, counters: Counters) -> list[Block]:
    if isinstance(item, Table):
        block = table_block([Row(cells=cells, page=PAGE) for cells in table_cells(item)])
        return [block] if block.rows else []
    if is_contents_entry(item):
        return []
    return [b for b in [_paragraph_block(item, counters)] if b]


def is_contents_entry(paragraph: Paragraph) -> bool:
    """A line of Word's table of contents ("TOC 1" ... "TOC 9", "TOC Heading", "Table of
    Figures" styles): "2. Background<tab>4" repeats a heading and is no part of the paper."""
    return any(_CONTENTS_STYLE.match(s.name or "") for s in _style_chain(paragraph))


def _paragraph_block(paragraph: Paragraph, counters: Counters) -> Block | None:
    """A heading by style or outline level; else classified like any line, with Word's own
    number put in front: a "List Number" paragraph "Agree the plan" at level 1 -> ``(a)``."""
    text = " ".join(paragraph_text(paragraph._p).split())
    numbered = _num_pr(paragraph)
    marker = counters.next(*numbered) if numbered else None
    if not text:
        return None
    level = heading_level(paragraph)
    if level:
        typed, rest = split_marker(text) if not marker else (marker, text)
        return Block(kind="heading", page=PAGE, text=rest, marker=typed, level=level)
    line = f"{marker} {text}" if marker else text
    depth = list_depth(marker, numbered[1]) if numbered else 1
    return classify(line, PAGE, emphasised=_all_bold(paragraph), standalone=True, indent_level=depth)


def list_depth(marker: str | None, ilvl: int) -> int:
    """A numbered paragraph's depth: its list level, or deeper when its printed number says so —
    "2.3" from a one-level list printing "2.%1" sits at depth 2, as in the PDF of the paper."""
    printed = number_depth(marker) if is_section_number(marker) else 0
    return max(ilvl + 1, printed)


def heading_level(paragraph: Paragraph) -> int:
    """1-9 for a heading: "Heading 2" style -> 2, "Title" -> 1, outline level 0 -> 1; else 0."""
    style = paragraph.style
    while style is not None:
        m = _HEADING_STYLE.match(style.name or "")
        if m or (style.name or "").lower() == "title":
            return int(m.group(1)) if m else 1
        outline = _child_val(style.element.pPr, "w:outlineLvl")
        if outline is not None and int(outline) < 9:
            return int(outline) + 1
        style = style.base_style
    outline = _child_val(paragraph._p.pPr, "w:outlineLvl")
    return int(outline) + 1 if outline is not None and int(outline) < 9 else 0


def _all_bold(paragraph: Paragraph) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    return bool(runs) and all(r.bold or (r.bold is None and _style_bold(paragraph)) for r in runs)


def _style_bold(paragraph: Paragraph) -> bool:
    style = paragraph.style
    return bool(style is not None and style.font.bold)


def _num_pr(paragraph: Paragraph) -> tuple[str, int] | None:
    """(numId, ilvl) of the paragraph's numbering, its own or its style's; None when unnumbered
    or numbered with list 0 (Word's "numbering removed")."""
    for pPr in [paragraph._p.pPr] + [s.element.pPr for s in _style_chain(paragraph)]:
        num_pr = pPr.find(qn("w:numPr")) if pPr is not None else None
        if num_pr is not None:
            num_id = _child_val(num_pr, "w:numId")
            level = _child_val(num_pr, "w:ilvl")
            return (num_id, int(level or 0)) if num_id not in (None, "0") else None
    return None


def _style_chain(paragraph: Paragraph) -> list:
    chain, style = [], paragraph.style
    while style is not None:
        chain.append(style)
        style = style.base_style
    return chain


def _child_val(parent, tag: str) -> str | None:
    child = parent.find(qn(tag)) if parent is not None else None
    return child.get(qn("w:val")) if child is not None else None


def _numbering(document) -> dict[str, WordList]:
    """numId -> its list: each level's {start, fmt, text}, overrides applied, and the counter it
    counts on."""
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return {}
    abstract = {a.get(qn("w:abstractNumId")): _levels(a) for a in root.iterchildren(qn("w:abstractNum"))}
    return {num.get(qn("w:numId")): _list(num, abstract) for num in root.iterchildren(qn("w:num"))}


def _list(num, abstract: dict[str, dict[int, dict]]) -> WordList:
    """One ``w:num``. Word counts every instance of an abstract list on one counter (paragraphs
    pasted from elsewhere go on 6., 7. after 5.), except an instance that restarts a level with
    ``startOverride``, which counts on its own."""
    abstract_id = _child_val(num, "w:abstractNumId")
    levels = dict(abstract.get(abstract_id, {}))
    restarts = False
    for override in num.iterchildren(qn("w:lvlOverride")):
        lvl, start = int(override.get(qn("w:ilvl"))), _child_val(override, "w:startOverride")
        if start is not None and lvl in levels:
            levels[lvl] = {**levels[lvl], "start": int(start)}
            restarts = True
    return WordList(levels=levels, counter=f"num {num.get(qn('w:numId'))}" if restarts else f"abstract {abstract_id}")


def _levels(abstract_num) -> dict[int, dict]:
    return {int(lvl.get(qn("w:ilvl"))): {"start": int(_child_val(lvl, "w:start") or 1),
                                         "fmt": _child_val(lvl, "w:numFmt") or "decimal",
                                         "text": _child_val(lvl, "w:lvlText") or ""}
            for lvl in abstract_num.iterchildren(qn("w:lvl"))}


class WordList(NamedTuple):
    levels: dict[int, dict]  # level -> {start, fmt, text}
    counter: str  # lists counting on the same counter continue each other's numbers


class Counters:
    """Word's running numbers per list: each numbered paragraph moves its level on and restarts
    the levels below it, as Word does (1., (a), (b), 2., (a))."""

    def __init__(self, lists: dict[str, WordList]):
        self.lists = lists
        self.counts: dict[str, dict[int, int]] = {}

    def next(self, num_id: str, level: int) -> str | None:
        found = self.lists.get(num_id)
        if found is None or level not in found.levels:
            return None
        counts = self.counts.setdefault(found.counter, {})
        counts[level] = counts.get(level, found.levels[level]["start"] - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]
        return format_number(found.levels, counts, level) or None


def table_cells(table: Table) -> list[list[str]]:
    """Each row's cells on the table grid: a cell merged across columns gives its text to the
    first and blanks to the rest; one merged down rows repeats its text in each (a "Theme"
    cell spanning three project rows labels all three); a row Word starts in a later column
    (``gridBefore``: a total under the figures) has blanks before it, so its cells stay in their
    columns."""
    rows = []
    for row in table.rows:
        cells, seen = [""] * row.grid_cols_before, set()
        for cell in row.cells:
            key = id(cell._tc)
            cells.append("" if key in seen else _cell_text(cell))
            seen.add(key)
        rows.append(cells)
    return rows


def _cell_text(cell) -> str:
    """One line per paragraph and per line break (Shift+Enter) in it: "Theme A\\nTheme B" as the
    cell shows it, so a cell listing three actions keeps them apart as the text and PDF do; a
    table inside the cell gives its cells' lines."""
    lines = (line for p in _cell_paragraphs(cell._tc) for line in paragraph_text(p).split("\n"))
    return "\n".join(t for t in (" ".join(line.split()) for line in lines) if t)


def _cell_paragraphs(element) -> list:
    """A cell's paragraphs in reading order, those of a table nested in it row by row."""
    out = []
    for child in _content(element):
        if child.tag == qn("w:p"):
            out.append(child)
        else:
            out.extend(p for tc in child.iter(qn("w:tc")) for p in _content(tc) if p.tag == qn("w:p"))
    return out
