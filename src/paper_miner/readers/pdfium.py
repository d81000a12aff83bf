"""PDF pages read by pdfium (pypdfium2), handed to pdf.py's rules as pdfplumber-shaped pages.

pdfium parses a page many times faster than pdfminer. Each page becomes a :class:`PdfiumPage`:
character dicts and rect/line/curve dicts in pdfplumber's own terms (points from the page's top
left), so pdf.py's lines, furniture, ruled tables (pdfplumber's TableFinder, which needs only
these dicts) and unruled tables run unchanged. Where pdfium differs from pdfminer:

- characters come in content-stream order; pdfplumber's line builder sorts them by position;
- spaces and line breaks pdfium makes up (``FPDFText_IsGenerated``) are dropped, as pdfminer
  never had them; U+FFFE, pdfium's mark for a hyphen it takes for a line-break hyphen
  ("long-\\nterm"), is a plain '-' (those seen were real compounds);
- size is the height of the character's loose box (font size times the text matrix), as
  pdfminer measures it; ``FPDFText_GetFontSize`` sometimes says 1.0;
- bold and italic come from the font's base name ("Arial-BoldMT"), as in pdfplumber;
- a ligature glyph is whatever the font's ToUnicode map says: U+FB01 'ﬁ' or 'f' + 'i', as in
  pdfminer;
- rotated text (a sideways column label) is kept with ``upright`` False, as pdfminer does.
"""
from __future__ import annotations

import ctypes
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from pdfplumber.container import Container
from pdfplumber.table import TableFinder, TableSettings
from pdfplumber.utils.text import chars_to_textmap

from paper_miner.errors import UnreadablePaper
from paper_miner.readers import ocr

Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_QUARTER_TURN: Matrix = (0.0, 1.0, -1.0, 0.0, 0.0, 0.0)
_HYPHEN_MARK = "\ufffe"


def _by_address(function, restype, *argtypes):
    """The same pdfium function taking and giving plain addresses: wrapping each pointer in a
    ctypes object costs more than the call itself, and these run once per character."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(function, ctypes.c_void_p).value)


_IS_GENERATED = _by_address(raw.FPDFText_IsGenerated, ctypes.c_int, ctypes.c_void_p, ctypes.c_int)
_TEXT_OBJECT = _by_address(raw.FPDFText_GetTextObject, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
_LOOSE_BOX = _by_address(raw.FPDFText_GetLooseCharBox, ctypes.c_int, ctypes.c_void_p, ctypes.c_int,
                         ctypes.POINTER(raw.FS_RECTF))


_PAGE_OBJECTS = _by_address(raw.FPDFPage_CountObjects, ctypes.c_int, ctypes.c_void_p)
_PAGE_OBJECT = _by_address(raw.FPDFPage_GetObject, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
_FORM_OBJECTS = _by_address(raw.FPDFFormObj_CountObjects, ctypes.c_int, ctypes.c_void_p)
_FORM_OBJECT = _by_address(raw.FPDFFormObj_GetObject, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)
_OBJECT_TYPE = _by_address(raw.FPDFPageObj_GetType, ctypes.c_int, ctypes.c_void_p)
_SEGMENTS = _by_address(raw.FPDFPath_CountSegments, ctypes.c_int, ctypes.c_void_p)
_SEGMENT = _by_address(raw.FPDFPath_GetPathSegment, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
_SEGMENT_POINT = _by_address(raw.FPDFPathSegment_GetPoint, ctypes.c_int, ctypes.c_void_p,
                             ctypes.POINTER(ctypes.c_float), ctypes.POINTER(ctypes.c_float))
_SEGMENT_TYPE = _by_address(raw.FPDFPathSegment_GetType, ctypes.c_int, ctypes.c_void_p)
_SEGMENT_CLOSES = _by_address(raw.FPDFPathSegment_GetClose, ctypes.c_int, ctypes.c_void_p)
_DRAW_MODE = _by_address(raw.FPDFPath_GetDrawMode, ctypes.c_int, ctypes.c_void_p,
                         ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int))
_CHAR_MATRIX = _by_address(raw.FPDFText_GetMatrix, ctypes.c_int, ctypes.c_void_p, ctypes.c_int,
                           ctypes.POINTER(raw.FS_MATRIX))
_MATRIX = _by_address(raw.FPDFPageObj_GetMatrix, ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(raw.FS_MATRIX))
_FONT = _by_address(raw.FPDFTextObj_GetFont, ctypes.c_void_p, ctypes.c_void_p)
_FONT_SIZE = _by_address(raw.FPDFTextObj_GetFontSize, ctypes.c_int, ctypes.c_void_p,
                         ctypes.POINTER(ctypes.c_float))


class PdfiumPage(Container):
    """One page as pdfplumber's Page presents it to pdf.py: ``chars``, ``rects``, ``lines``,
    ``curves`` and ``edges``, text lines and ruled tables over them."""

    cached_properties = Container.cached_properties

    def __init__(self, number: int, width: float, height: float, objects: dict[str, list[dict]],
                 ocr_confidence: float | None = None):
        self.page_number, self.width, self.height = number, width, height
        self.bbox = (0.0, 0.0, width, height)
        self._objects = objects
        self.ocr_confidence = ocr_confidence  # the mean word confidence of a page read by OCR

    @property
    def objects(self) -> dict[str, list[dict]]:
        return self._objects

    def extract_text_lines(self, strip: bool = True, return_chars: bool = True) -> list[dict]:
        textmap = chars_to_textmap(self.chars, layout_bbox=self.bbox)  # as Page does: chars or none
        return textmap.extract_text_lines(strip=strip, return_chars=return_chars)

    def find_tables(self, table_settings: dict | None = None) -> list:
        return TableFinder(self, TableSettings.resolve(table_settings)).tables

    def close(self) -> None:
        """Nothing is cached beyond the dicts themselves (pdfplumber's page has caches to drop)."""


# --- coordinates ------------------------------------------------------------------------

def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """``m`` then ``n``, as PDF composes matrices (a point is a row vector)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s,
            e * p + f * r + t, e * q + f * s + u)


def display_matrix(mediabox: tuple[float, float, float, float], rotation: int) -> Matrix:
    """User space to pdfplumber's page space (x right, y *up*, origin at the displayed page's
    bottom left; flipped to ``top`` later): pdfminer's own matrix for each /Rotate.

    A landscape table on a portrait page turned by ``/Rotate 90`` reads left to right.
    """
    x0, y0, x1, y1 = mediabox
    return {
        90: (0.0, -1.0, 1.0, 0.0, -y0, x1),
        180: (-1.0, 0.0, 0.0, -1.0, x1, y1),
        270: (0.0, 1.0, -1.0, 0.0, y1, -x0),
    }.get(rotation % 360, (1.0, 0.0, 0.0, 1.0, -x0, -y0))


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _box(x0: float, y0: float, x1: float, y1: float, height: float) -> dict:
    """pdfplumber's box keys for a box in page space (y up), ``top`` measured from the top."""
    return {"x0": x0, "x1": x1, "y0": y0, "y1": y1, "top": height - y1, "bottom": height - y0,
            "doctop": height - y1, "width": x1 - x0, "height": y1 - y0}


def _upright(m: Matrix) -> bool:
    """pdfminer's test: the glyph's matrix neither turns nor mirrors it."""
    return m[0] * m[3] > 0 and m[1] * m[2] <= 0


def _matrix(obj) -> Matrix:
    out = raw.FS_MATRIX()
    if not _MATRIX(obj, ctypes.byref(out)):
        return _IDENTITY
    return (out.a, out.b, out.c, out.d, out.e, out.f)


# --- characters -------------------------------------------------------------------------

def _text(textpage, count: int) -> str:
    """The page's characters in one call, one string position per character index."""
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    raw.FPDFText_GetText(textpage, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    text = buffer.raw[: count * 2].decode("utf-16-le", "replace")
    if len(text) == count:
        return text
    # a character outside the BMP took two UTF-16 units: ask for each one by one
    return "".join(chr(raw.FPDFText_GetUnicode(textpage, i)) for i in range(count))


@dataclass(frozen=True)
class TextRun:
    """What the characters of one text object share: font, size, baseline box, direction."""

    fontname: str
    size: float
    y0: float  # pdfminer's box: from the baseline plus the font's descent ...
    y1: float  # ... up by the font size
    upright: bool


def _font_size(text_obj) -> float:
    size = ctypes.c_float()
    _FONT_SIZE(text_obj, ctypes.byref(size))
    return size.value


def _font(font) -> tuple[str, float]:
    """A font's base name and its descent per point of size (below the baseline: negative)."""
    size = raw.FPDFFont_GetBaseFontName(font, None, 0)
    buffer = ctypes.create_string_buffer(size)
    raw.FPDFFont_GetBaseFontName(font, buffer, size)
    descent = ctypes.c_float()
    raw.FPDFFont_GetDescent(font, ctypes.c_float(1.0), ctypes.byref(descent))
    return buffer.value.decode("utf-8", "replace"), descent.value


class _TextRuns:
    """Each text object's :class:`TextRun`, and each font's name and descent, looked up once:
    some PDFs draw every character as an object of its own."""

    def __init__(self):
        self.known: dict[int | None, TextRun] = {}
        self.fonts: dict[int | None, tuple[str, float]] = {}

    def of(self, text_obj: int | None, textpage: int, index: int) -> TextRun:
        if text_obj not in self.known:
            self.known[text_obj] = self.run(text_obj, _char_matrix(textpage, index))
        return self.known[text_obj]

    def run(self, text_obj: int | None, matrix: Matrix) -> TextRun:
        """One text object's facts in user space, from the matrix of its first character (in
        page space, forms included): 14.66 pt text drawn at 0.75 scale is 11 pt; size 1.0 drawn
        at 10.98 is 10.98 pt (``FPDFText_GetFontSize`` says 14.66 and 1.0)."""
        if not text_obj:
            return TextRun("", 0.0, 0.0, 0.0, True)
        a, b, c, d, _, baseline = matrix
        font = _FONT(text_obj)
        if font not in self.fonts:
            self.fonts[font] = _font(ctypes.cast(font, raw.FPDF_FONT)) if font else ("", 0.0)
        name, descent = self.fonts[font]
        size = _font_size(text_obj) * (c * c + d * d) ** 0.5
        y0 = baseline + descent * size
        return TextRun(name, size, y0, y0 + size, abs(b) < 1e-6 and abs(c) < 1e-6 and a * d > 0)


def _char_matrix(textpage: int, index: int) -> Matrix:
    out = raw.FS_MATRIX()
    _CHAR_MATRIX(textpage, index, ctypes.byref(out))
    return (out.a, out.b, out.c, out.d, out.e, out.f)


def _char(text: str, box: dict, fontname: str, size: float, upright: bool, number: int) -> dict:
    """The keys pdfplumber's line builder, table reader and pdf.py read (not colours, not
    marked content)."""
    box.update(object_type="char", page_number=number, text=text, fontname=fontname, size=size,
               upright=upright)
    return box


class _Page:
    """A page's geometry: user space to pdfplumber's, and its character number."""

    def __init__(self, display: Matrix, height: float, number: int):
        self.display, self.height, self.number = display, height, number
        self.level, self.shift = display[:4] == _IDENTITY[:4], display[4:]
        # level text stays level on a page turned by /Rotate 180, not on one turned by 90
        self.upright = {level: _upright(_multiply(_IDENTITY if level else _QUARTER_TURN, display))
                        for level in (True, False)}

    def char(self, text: str, x0: float, y0: float, x1: float, y1: float, run: TextRun) -> dict:
        if self.level:  # nearly every page: a shift, worked out directly
            box = _box(x0 + self.shift[0], y0 + self.shift[1], x1 + self.shift[0], y1 + self.shift[1],
                       self.height)
        else:
            (ax, ay), (bx, by) = _apply(self.display, x0, y0), _apply(self.display, x1, y1)
            box = _box(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by), self.height)
        # pdfminer's size is the box's height: the font size for level text, the glyph's
        # advance for a sideways label, which therefore never joins the level lines around it
        size = run.size if run.upright else box["height"]
        return _char(text, box, run.fontname, size, self.upright[run.upright], self.number)


def _space_between(before: dict, after: dict) -> dict | None:
    """A space pdfium put between two characters (the PDF drew none, or pdfium dropped the one
    it drew), kept where it parts words: both on one line, the second to the right of the
    first. It sits at the end of the first. Characters drawn out of reading order (a line's
    words interleaved with another column's) get none: pdfplumber's gap rule parts them."""
    level = before["upright"] and after["upright"]
    if level and (abs(before["bottom"] - after["bottom"]) > 1 or after["x0"] < before["x1"] - 0.5):
        return None
    return {**before, "text": " ", "x0": before["x1"], "width": 0.0}


def read_chars(textpage, page: _Page) -> list[dict]:
    """The page's characters as pdfplumber character dicts, with the spaces pdfium made up
    where they part words; its made-up line breaks are left out."""
    text = _text(textpage, raw.FPDFText_CountChars(textpage))
    address = ctypes.cast(textpage, ctypes.c_void_p).value
    runs = _TextRuns()
    rect = raw.FS_RECTF()
    box = ctypes.byref(rect)
    chars: list[dict] = []
    spaced = False  # pdfium made up a space since the last character
    for i, ch in enumerate(text):
        # pdfium makes up only spaces and line breaks: ask about those alone
        if ch in " \r\n\x00" and (_IS_GENERATED(address, i) or ch != " "):
            spaced = ch == " "
            continue
        _LOOSE_BOX(address, i, box)
        run = runs.of(_TEXT_OBJECT(address, i), address, i)
        bottom, top = (run.y0, run.y1) if run.upright else (rect.bottom, rect.top)
        char = page.char("-" if ch == _HYPHEN_MARK else ch, rect.left, bottom, rect.right, top, run)
        if spaced and chars and (space := _space_between(chars[-1], char)):
            chars.append(space)
        chars.append(char)
        spaced = False
    return chars


# --- ruling: path objects ---------------------------------------------------------------

def _path_points(path, matrix: Matrix) -> list[list[tuple[float, float]]]:
    """The path's subpaths (split where it moves), each as its points in page space."""
    subpaths: list[list[tuple[float, float]]] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    x_out, y_out = ctypes.byref(x), ctypes.byref(y)
    for i in range(_SEGMENTS(path)):
        segment = _SEGMENT(path, i)
        _SEGMENT_POINT(segment, x_out, y_out)
        point = _apply(matrix, x.value, y.value)
        if _SEGMENT_TYPE(segment) == raw.FPDF_SEGMENT_MOVETO or not subpaths:
            subpaths.append([point])
        else:
            subpaths[-1].append(point)
        if _SEGMENT_CLOSES(segment) and subpaths[-1][0] != point:
            subpaths[-1].append(subpaths[-1][0])
    return subpaths


def _is_rect(points: list[tuple[float, float]]) -> bool:
    """Four corners joined by level and upright sides (closed or not), as pdfminer's LTRect."""
    corners = points[:4]
    if len(points) not in (4, 5) or (len(points) == 5 and points[4] != points[0]):
        return False
    sides = zip(corners, corners[1:] + corners[:1])
    return all(p[0] == q[0] or p[1] == q[1] for p, q in sides)


def _shape(points: list[tuple[float, float]], height: float, painted: dict) -> tuple[str, dict]:
    """pdfminer's classes: two points a line, a level rectangle a rect, anything else a curve
    (whose level and upright stretches still make table edges)."""
    xs, ys = [x for x, _ in points], [y for _, y in points]
    box = {**_box(min(xs), min(ys), max(xs), max(ys), height), **painted}
    if len(points) == 2:
        return "line", {**box, "object_type": "line", "pts": [(x, height - y) for x, y in points]}
    if _is_rect(points):
        return "rect", {**box, "object_type": "rect"}
    return "curve", {**box, "object_type": "curve", "pts": [(x, height - y) for x, y in points]}


def _painted(path) -> dict | None:
    """Stroke and fill flags, or None for a path drawn neither way (pdfminer skips those)."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    _DRAW_MODE(path, ctypes.byref(fill), ctypes.byref(stroke))
    if not fill.value and not stroke.value:
        return None
    return {"fill": bool(fill.value), "stroke": bool(stroke.value)}


def _page_objects(parent: int, count, get, matrix: Matrix) -> Iterator[tuple[int, Matrix]]:
    """Every path object (its address) with its full matrix, inside form XObjects too."""
    for i in range(count(parent)):
        obj = get(parent, i)
        kind = _OBJECT_TYPE(obj)
        if kind == raw.FPDF_PAGEOBJ_PATH:
            yield obj, _multiply(_matrix(obj), matrix)
        elif kind == raw.FPDF_PAGEOBJ_FORM:
            yield from _page_objects(obj, _FORM_OBJECTS, _FORM_OBJECT, _multiply(_matrix(obj), matrix))


def read_ruling(page, display: Matrix, height: float) -> dict[str, list[dict]]:
    """The page's painted paths as pdfplumber's ``rect``, ``line`` and ``curve`` dicts."""
    found: dict[str, list[dict]] = {"rect": [], "line": [], "curve": []}
    address = ctypes.cast(page, ctypes.c_void_p).value
    for path, matrix in _page_objects(address, _PAGE_OBJECTS, _PAGE_OBJECT, display):
        painted = _painted(path)
        for points in _path_points(path, matrix) if painted else []:
            if len(points) >= 2:
                kind, shape = _shape(points, height, painted)
                found[kind].append(shape)
    return found


# --- pages and documents ----------------------------------------------------------------

def _ocr_page(page: pdfium.PdfPage, number: int, width: float, height: float) -> PdfiumPage:
    """A page read by OCR from its image: its words as characters, its table rules as rects."""
    scan = ocr.read_scan(page, number)
    objects = {"char": ocr.page_chars(scan.words, number), "rect": scan.rects, "line": [], "curve": []}
    return PdfiumPage(number, width, height, objects, ocr.mean_confidence(scan.words))


def _layer_page(page: pdfium.PdfPage, number: int, width: float, height: float, mode: str) -> PdfiumPage:
    """A page read from its text layer, or by OCR where ``mode`` says it needs it."""
    display = display_matrix(page.get_mediabox(), page.get_rotation())
    textpage = page.get_textpage()
    try:
        chars = read_chars(textpage.raw, _Page(display, height, number))
    finally:
        textpage.close()
    if ocr.needs_ocr(chars, page, mode):
        return _ocr_page(page, number, width, height)
    return PdfiumPage(number, width, height, {"char": chars, **read_ruling(page.raw, display, height)})


def read_page(pdf: pdfium.PdfDocument, index: int, mode: str = "never") -> PdfiumPage:
    """Page ``index`` (from 0), by its text layer or by OCR as the OCR ``mode`` says."""
    page = pdf[index]
    try:
        width, height = page.get_size()
        return _layer_page(page, index + 1, width, height, mode)
    finally:
        page.close()


def read_pages(pdf: pdfium.PdfDocument, path: Path, mode: str = "never") -> Iterator[PdfiumPage]:
    """The document's pages one at a time (a page is closed in pdfium once read), by OCR
    where the OCR ``mode`` says."""
    for index in range(len(pdf)):
        try:
            yield read_page(pdf, index, mode)
        except pdfium.PdfiumError as exc:
            raise UnreadablePaper("corrupt", f"page {index + 1} of the PDF is damaged and cannot "
                                  f"be parsed: {exc}", path) from exc


def open_pdf(path: Path) -> pdfium.PdfDocument | None:
    """Open a PDF; None when pdfium cannot parse it (a damaged xref, a page tree with no
    pages), which pdfminer may still read or at least say more plainly why not."""
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == raw.FPDF_ERR_PASSWORD:
            raise UnreadablePaper("encrypted", "the PDF is encrypted and does not open without a "
                                  "password; ask for an unprotected copy", path) from exc
        return None


def metadata(pdf: pdfium.PdfDocument) -> dict[str, str]:
    return {k: v for k, v in pdf.get_metadata_dict(skip_empty=True).items()}
