"""Saved web pages (.html, .htm) from committee websites: minutes, agendas, decision notices.

Only the page's main content is read: scripts, navigation, menus, cookie banners, sidebars
and the site's header and footer are dropped, and ``<main>`` (or a single ``<article>``) is
preferred to the whole body. ``h1``-``h6`` are headings, ``ul``/``ol`` list items with the
marker the browser prints, tables rows of cells. Label/value pairs (``<dt>``/``<dd>``, a row
headed by ``<th>``, a ``"Decision maker:"`` cell) are laid out as the cover field lines and
headed sections the extractors read in any paper. A web page has no pages: one unpaged page.
"""
from __future__ import annotations

import re
from pathlib import Path

import lxml.html
from lxml import etree

from paper_miner.errors import UnreadablePaper
from paper_miner.layout.blocks import classify, ends_sentence, is_short, split_marker, table_block
from paper_miner.limits import DEFAULTS, Limits
from paper_miner.models import Block, Layout, Row
from paper_miner.readers.numbering import BULLET, number_as
from paper_miner.readers.text import rank_heading_depths, read_text_bytes

PAGE = 1
MIN_WORDS = 60  # less running text than this is a login, error or empty page, not a paper
_DROP_TAGS = {"script", "style", "noscript", "template", "nav", "aside", "svg", "iframe", "button",
              "select", "input", "textarea", "label", "menu", "dialog"}
_DROP_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "menu", "menubar",
               "dialog", "alertdialog"}
# class or id words of page furniture: "cookie-banner", "site-nav", "breadcrumb", "skip-link"
_FURNITURE = re.compile(r"(?:^|[-_ ])(cookies?|consent|gdpr|nav|navbar|navigation|menu|breadcrumbs?|"
                        r"skip|sidebar|social|share|site-?footer|site-?header|masthead)(?:$|[-_ ])", re.I)
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "blockquote", "pre", "ul", "ol", "dl", "table",
               "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "form", "fieldset", "figure",
               "address", "hr", "center", "body", "li", "tbody", "thead", "tr", "td", "th", "dd", "dt"}
_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w-]+)", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
_BOLD_TAGS = {"strong", "b"}
_OL_FORMATS = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman", "1": "decimal"}


def read_web(path: Path, limits: Limits = DEFAULTS) -> Layout:
    """A saved web page's main content as one unpaged page of blocks."""
    root = _parse(read_text_bytes(Path(path), limits), Path(path))
    has_password = bool(root.xpath("//input[@type='password']"))
    content = main_content(root)
    blocks = rank_heading_depths(_flow(content, 1))
    text = "\n".join(b.text if not b.marker else f"{b.marker} {b.text}" for b in blocks)
    if len(text.split()) < MIN_WORDS:
        what = "a login page" if has_password else "an error page, an index or an empty shell"
        raise UnreadablePaper("not_a_paper", f"the web page has only {len(text.split())} words of content: "
                              f"{what}, not a paper; save the page that shows the minutes or decision", path)
    return Layout(fmt="html", page_texts=[text], blocks=blocks, paged=False)


def _parse(raw: bytes, path: Path) -> lxml.html.HtmlElement:
    if not raw.strip():
        raise UnreadablePaper("empty", "the file is empty", path)
    try:
        return lxml.html.document_fromstring(decode_page(raw))
    except (etree.ParserError, ValueError) as exc:
        raise UnreadablePaper("corrupt", f"the web page cannot be parsed: {exc}", path) from exc


def decode_page(raw: bytes) -> str:
    """The page's text in the charset its ``<meta>`` declares, else UTF-8, else Windows-1252
    (lxml alone would take an undeclared page for Latin-1 and print "Â£" for "£")."""
    declared = _CHARSET.search(raw[:4096])
    for encoding in ([declared.group(1).decode("ascii")] if declared else []) + ["utf-8"]:
        try:
            return _XML_DECLARATION.sub("", raw.decode(encoding))
        except (UnicodeDecodeError, LookupError):
            continue
    return _XML_DECLARATION.sub("", raw.decode("cp1252", errors="replace"))


def main_content(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The page without its furniture: ``<main>``, else the only ``<article>``, else the body."""
    for element in [e for e in root.iter() if isinstance(e.tag, str) and is_furniture(e)]:
        if element.getparent() is not None:
            element.drop_tree()
    for comment in root.xpath("//comment()"):
        comment.drop_tree()
    mains = root.xpath("//main | //*[@role='main']")
    articles = root.xpath("//article")
    if mains:
        return mains[0]
    return articles[0] if len(articles) == 1 else (root.find("body") if root.find("body") is not None else root)


def is_furniture(element) -> bool:
    """Navigation, banners, menus, cookie notices; a ``<header>`` or ``<footer>`` of the site,
    not of the article (``<article><header><h1>Minutes…`` holds the paper's title)."""
    if element.tag in _DROP_TAGS or (element.get("role") or "").lower() in _DROP_ROLES:
        return True
    if element.tag in {"header", "footer"}:
        return not any(a.tag in {"main", "article"} for a in element.iterancestors())
    marks = f"{element.get('class') or ''} {element.get('id') or ''}"
    return bool(_FURNITURE.search(marks)) and element.tag not in {"body", "main", "article"}


def _flow(element, depth: int) -> list[Block]:
    """Blocks of a container: its block children in order, the inline text between them as
    paragraphs (a ``<br>`` ends a line: "Decision maker: Cabinet<br>Date: 4 May 2023")."""
    blocks, pieces = [], [(_spaced(element.text), False)]
    for child in element:
        if not isinstance(child.tag, str):
            pieces.append((_spaced(child.tail), False))
            continue
        if child.tag in _BLOCK_TAGS:
            blocks += _lines(pieces) + _block(child, depth)
            pieces = []
        else:
            pieces.append(("\n" if child.tag == "br" else _spaced(_inline_text(child)), child.tag in _BOLD_TAGS))
        pieces.append((_spaced(child.tail), False))
    return blocks + _lines(pieces)


def _spaced(text: str | None) -> str:
    """Source line breaks are spaces in HTML; only ``<br>`` breaks a line."""
    return (text or "").replace("\n", " ")


def _inline_text(element) -> str:
    return " ".join(t for t in element.itertext())


def _lines(pieces: list[tuple[str, bool]]) -> list[Block]:
    """Inline text cut at line breaks; a line all in ``<strong>`` is emphasised."""
    blocks, line = [], []
    for text, bold in pieces + [("\n", False)]:
        parts = text.split("\n")
        line.append((parts[0], bold))
        for part in parts[1:]:
            blocks += _paragraph(line)
            line = [(part, bold)]
    return blocks


def _paragraph(line: list[tuple[str, bool]]) -> list[Block]:
    text = " ".join("".join(t for t, _ in line).split())
    if not text:
        return []
    emphasised = all(bold for t, bold in line if t.strip())
    return [classify(text, PAGE, emphasised=emphasised, standalone=True)]


def _block(element, depth: int) -> list[Block]:
    tag = element.tag
    if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
        marker, text = split_marker(_clean(element.text_content()))
        return [Block(kind="heading", page=PAGE, text=text, marker=marker, level=-int(tag[1]))] if text else []
    if tag in {"ul", "ol"}:
        return _list(element, depth)
    if tag == "dl":
        return _definitions(element)
    if tag == "table":
        return _table(element, depth)
    if tag == "pre":
        return _lines([(element.text_content(), False)])
    return _flow(element, depth)


def _clean(text: str) -> str:
    return " ".join(text.split())


def _list(element, depth: int) -> list[Block]:
    """Each ``<li>`` with the marker the browser prints: ``<ol type="a" start="3">`` -> ``c.``."""
    blocks, number = [], int(element.get("start") or 1)
    fmt = _OL_FORMATS.get(element.get("type") or "1", "decimal")
    for item in element.iterchildren("li"):
        number = int(item.get("value") or number)
        marker = f"{number_as(number, fmt)}." if element.tag == "ol" else BULLET
        inner = _flow(item, depth + 1)
        first = next((i for i, b in enumerate(inner) if b.kind in {"paragraph", "list_item"}), None)
        if first is not None and inner[first].level <= depth:
            head = inner[first]
            inner[first] = Block(kind="list_item", page=PAGE, text=_text_of(head), marker=marker, level=depth)
        blocks += inner
        number += 1
    return blocks


def _text_of(block: Block) -> str:
    """A block's whole line, its own typed marker kept as text when the list gives another."""
    return f"{block.marker} {block.text}" if block.marker and block.kind == "paragraph" else block.text


def _definitions(element) -> list[Block]:
    """``<dt>Decision maker</dt><dd>Cabinet</dd>`` pairs as fields."""
    blocks, label = [], None
    for child in element.iterchildren("dt", "dd"):
        if child.tag == "dt":
            label = _clean(child.text_content())
        else:
            blocks += field_blocks(label or "", _flow(child, 1))
    return blocks


def field_blocks(label: str, value: list[Block]) -> list[Block]:
    """A label and its value: a one-line value is a cover field line ("Decision maker: Cabinet");
    a longer one a heading over its paragraphs ("Decision" over what was decided)."""
    label = label.strip().rstrip(":").strip()
    if not label:
        return value
    if len(value) == 1 and value[0].kind != "table" and is_short(value[0].text):
        return [Block(kind="paragraph", page=PAGE, text=f"{label}: {_text_of(value[0])}")]
    return [Block(kind="heading", page=PAGE, text=label, level=0)] + value


def _table(element, depth: int) -> list[Block]:
    """A data table as rows of cells; a layout table (cells holding headings, paragraphs or
    tables) as the flow of its cells; rows of label/value pairs as fields."""
    rows = [tr for tr in element.iter("tr") if _owner_table(tr) is element]
    cells = [[c for c in tr if c.tag in {"td", "th"}] for tr in rows]
    if any(c.xpath(".//table | .//h1 | .//h2 | .//h3 | .//h4 | .//p[2] | .//div[2]") for row in cells for c in row):
        return [b for row in cells for c in row for b in _flow(c, depth)]
    if cells and all(_is_field_row(row) for row in cells):
        return [b for row in cells for b in field_blocks(_clean(row[0].text_content()), _flow(row[1], 1))]
    block = table_block([Row(cells=texts, page=PAGE) for texts in grid(cells)])
    return [block] if block.rows else []


def _owner_table(row):
    return next(a for a in row.iterancestors() if a.tag == "table")


def _is_field_row(row: list) -> bool:
    """``<th>Decision maker</th><td>Cabinet</td>`` or ``<td>Date of decision:</td><td>…``."""
    if len(row) != 2:
        return False
    label = _clean(row[0].text_content())
    labelled = row[0].tag == "th" or label.endswith(":")
    return labelled and is_short(label) and not ends_sentence(label.rstrip(":") + "x")


def grid(rows: list[list]) -> list[list[str]]:
    """Cell texts on the table's grid: a ``colspan`` cell gives its text to its first column and
    blanks to the rest; a ``rowspan`` cell repeats its text in each row it spans."""
    out, pending = [], {}  # column -> (text, rows still to fill)
    for row in rows:
        texts, col = [], 0
        for cell in row:
            col = _fill_spans(texts, col, pending)
            text = "\n".join(b.text if not b.marker else f"{b.marker} {b.text}" for b in _flow(cell, 1))
            span, down = _span(cell, "colspan"), _span(cell, "rowspan")
            for k in range(span):
                texts.append(text if k == 0 else "")
                if down > 1:
                    pending[col + k] = (texts[-1], down - 1)
            col += span
        _fill_spans(texts, col, pending)
        out.append(texts)
    return out


def _fill_spans(texts: list[str], col: int, pending: dict) -> int:
    """Fill columns still covered by a cell from a row above; the next free column."""
    while col in pending:
        text, left = pending.pop(col)
        texts.append(text)
        if left > 1:
            pending[col] = (text, left - 1)
        col += 1
    return col


def _span(cell, attribute: str) -> int:
    value = (cell.get(attribute) or "1").strip()
    return max(1, min(int(value), 50)) if value.isdigit() else 1
