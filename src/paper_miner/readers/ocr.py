"""OCR for PDF pages with no usable text layer: a scan, or one scanned page in a digital paper.

The engine is Tesseract (Debian's ``tesseract-ocr`` and ``tesseract-ocr-eng``), run as a program
on each page rendered by pdfium at :data:`DPI`, turned level and with its table rules taken out
(:mod:`paper_miner.readers.ocr_image`); nothing is downloaded at run time. Its words and
their boxes become the same character dicts pdfium gives (:class:`PdfiumPage`), so lines,
headings, furniture and tables come from the same rules as a text-layer page.

``paper-miner extract --ocr auto|never|always`` sets the mode
(:func:`paper_miner.readers.ocr_mode`): ``auto`` reads a page by OCR only when it needs it (fewer than
:data:`SPARSE_TEXT` printed characters and an image over :data:`COVERED` of the page), ``never``
leaves a scan to fail as ``no_text_layer``, ``always`` reads every page by OCR.
"""
from __future__ import annotations

import csv
import io
import os
import shutil
import statistics
import subprocess
from dataclasses import dataclass, replace
from itertools import groupby

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from PIL import Image

from paper_miner.errors import UnreadablePaper
from paper_miner.readers import ocr_image

ENGINE = "tesseract"
DPI = 200  # 10 pt body text is about 28 pixels high: Tesseract's best range
SPARSE_TEXT = 20  # a page with fewer printed characters than this has no usable text layer
COVERED = 0.5  # ... when an image covers more than this share of it
CAP_HEIGHT = 0.7  # a capital or ascender stands this share of the font size
SNAP = 0.15  # a line within this share of the page's usual size is body text, at that size
DUST_INCHES = 0.03  # a "word" less tall than this is a speck (a printed colon stands 0.07 in.)
DOUBTFUL = 30  # a short word the engine is less sure of than this (0 to 100) is dust ...
MARKS_DOUBTFUL = 60  # ... and so is a word of marks alone ("; :") below this
BOLD = 1.3  # a word whose strokes are this much thicker (for its size) than the page's usual is bold
_DESCENDERS = set("gjpqy,;()[]{}|/")


@dataclass(frozen=True)
class Word:
    """One word Tesseract read, in pixels from the image's top left; ``line`` names its line
    (block, paragraph, line), ``conf`` is 0 to 100."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    line: tuple[int, int, int]
    bold: bool = False


# --- which pages ----------------------------------------------------------------------------

def image_share(page: pdfium.PdfPage) -> float:
    """The share of the page the largest image on it covers (a scan: nearly 1.0)."""
    width, height = page.get_size()
    areas = [(right - left) * (top - bottom)
             for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE])
             for left, bottom, right, top in [obj.get_bounds()]]
    return max(areas, default=0.0) / (width * height) if width and height else 0.0


def needs_ocr(chars: list[dict], page: pdfium.PdfPage, mode: str) -> bool:
    """Whether to read this page by OCR: always, never, or (auto) when its text layer is
    near empty and an image covers most of it. A cover page that is one big photograph with
    a printed title on it has its text layer, and is not OCR'd."""
    if mode != "auto":
        return mode == "always"
    printed = sum(1 for c in chars if c["text"].strip())
    return printed < SPARSE_TEXT and image_share(page) > COVERED


# --- the engine -----------------------------------------------------------------------------

def engine_missing() -> UnreadablePaper:
    return UnreadablePaper("ocr_unavailable", "a page is a scanned image and needs OCR, but Tesseract "
                           "is not installed: apt-get install tesseract-ocr tesseract-ocr-eng "
                           "(or run with --ocr never to read the text pages alone)")


def run_engine(png: bytes) -> str:
    """Tesseract's TSV (one row per word, with its box and confidence) for one page image.

    One thread per page: pages already run one per worker process, and Tesseract's own
    threads only contend with them.
    """
    program = shutil.which(ENGINE)
    if program is None:
        raise engine_missing()
    done = subprocess.run([program, "stdin", "stdout", "--psm", "6", "-l", "eng", "tsv"], input=png,
                          capture_output=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"}, check=False)
    if done.returncode:
        message = done.stderr.decode("utf-8", "replace").strip()[-300:]
        raise UnreadablePaper("ocr_unavailable", f"Tesseract failed on a page image: {message}")
    return done.stdout.decode("utf-8", "replace")


def parse_words(tsv: str) -> list[Word]:
    """The words of Tesseract's TSV (level 5 rows with text), in its reading order.

    ``5 1 2 1 1 3 239 204 26 16 96.7 the`` is the third word of the first line of the first
    paragraph of block 2.
    """
    rows = csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    return [Word(row["text"].strip(), int(row["left"]), int(row["top"]), int(row["width"]),
                 int(row["height"]), float(row["conf"]),
                 (int(row["block_num"]), int(row["par_num"]), int(row["line_num"])))
            for row in rows if row["level"] == "5" and (row["text"] or "").strip()]


def is_dust(word: Word) -> bool:
    """A word read from specks on the page, not print: marks alone (";", ":") the engine
    doubts, or up to three letters it all but guessed ("noe" at 20), or anything two pixels
    high. "Board" at 0 is kept: a real word the engine doubts is still worth its quote."""
    if word.height < DUST_INCHES * DPI:
        return True
    if not any(c.isalnum() for c in word.text):
        return word.conf < MARKS_DOUBTFUL
    return word.conf < DOUBTFUL and len(word.text) <= 3


def render(page: pdfium.PdfPage) -> Image.Image:
    """The page as a grey image at :data:`DPI`, as displayed (its /Rotate applied), free of
    specks and level."""
    return ocr_image.level(ocr_image.despeckle(page.render(scale=DPI / 72, grayscale=True).to_pil()))


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


# --- words to characters --------------------------------------------------------------------

def line_size(words: list[Word]) -> float:
    """A line's font size in points, from the height of its words that stand as tall as a
    capital and hang no lower than the baseline ("Council", "2009"; not "are", not "party"),
    or from its tallest word when none does."""
    tall = [w.height for w in words
            if any(c.isupper() or c.isdigit() or c in "bdfhklt" for c in w.text)
            and not _DESCENDERS & set(w.text)]
    cap = statistics.median(tall) if tall else max(w.height for w in words) * CAP_HEIGHT
    return cap * 72 / DPI / CAP_HEIGHT


def snap_sizes(sizes: list[float]) -> list[float]:
    """Line sizes measured from pixels wobble by half a point; a line near the page's usual
    size is given that size, so a paragraph is not split by the wobble, while a heading
    (20 % larger and more) keeps its own: [10.2, 9.8, 10.4, 10.0, 14.1] -> [10.2, 10.2, 10.2, 10.2, 14.1]."""
    if not sizes:
        return sizes
    usual = statistics.median(sizes)
    return [usual if abs(size - usual) <= SNAP * usual else size for size in sizes]


def mark_bold(words: list[Word], mask) -> list[Word]:
    """Words whose strokes are :data:`BOLD` times as thick, for their line's size, as the
    page's usual word are bold (Tesseract does not say): a bold heading stands out as it does in a
    text layer."""
    sizes = {key: line_size(list(line)) for key, line in groupby(words, key=lambda w: w.line)}
    boxes = [(w.left, w.top, w.left + w.width, w.top + w.height) for w in words]
    weights = [width / sizes[w.line] for width, w in zip(ocr_image.stroke_widths(mask, boxes), words)]
    usual = statistics.median(weights) if weights else 0.0
    return [replace(w, bold=weight > BOLD * usual) for w, weight in zip(words, weights)]


def word_chars(word: Word, right: int, top: float, size: float, number: int) -> list[dict]:
    """One word as pdfplumber character dicts: its box, cut at pixel ``right``, split evenly
    among its letters, all on the line's ``top`` (so a slightly skewed line stays one line)."""
    scale = 72 / DPI
    x0 = word.left * scale
    step = (max(right, word.left + 1) * scale - x0) / len(word.text)
    font = "OCR-Bold" if word.bold else "OCR"
    return [_char(ch, x0 + i * step, x0 + (i + 1) * step, top, size, number, font)
            for i, ch in enumerate(word.text)]


def _char(text: str, x0: float, x1: float, top: float, size: float, number: int, font: str = "OCR") -> dict:
    return {"object_type": "char", "page_number": number, "text": text, "fontname": font,
            "size": size, "upright": True, "x0": x0, "x1": x1, "top": top, "bottom": top + size,
            "doctop": top, "width": x1 - x0, "height": size, "y0": 0.0, "y1": 0.0}


def line_chars(words: list[Word], size: float, number: int) -> list[dict]:
    """A line's words as characters with a space between each two, at the words' median top.

    Each word ends where the next begins at the latest: the engine's box of a word may run
    over the next ("SSOG" over the "– 2 July" after it), and overlapping letters would be
    sorted into one another ("SS-O2 JGuly").
    """
    top = statistics.median(w.top for w in words) * 72 / DPI
    ends = [min(w.left + w.width, after.left - 1) for w, after in zip(words, words[1:])]
    chars: list[dict] = []
    for word, right in zip(words, [*ends, words[-1].left + words[-1].width]):
        if chars:
            chars.append(_char(" ", chars[-1]["x1"], chars[-1]["x1"], top, size, number, chars[-1]["fontname"]))
        chars.extend(word_chars(word, right, top, size, number))
    return chars


def page_chars(words: list[Word], number: int) -> list[dict]:
    """Every word of a page as character dicts, line by line."""
    lines = [list(group) for _, group in groupby(words, key=lambda w: w.line)]
    sizes = snap_sizes([line_size(line) for line in lines])
    return [c for line, size in zip(lines, sizes) for c in line_chars(line, size, number)]


def mean_confidence(words: list[Word]) -> float:
    """The page's mean word confidence, 0 to 100, each word weighted by its letters."""
    letters = sum(len(w.text) for w in words)
    return round(sum(w.conf * len(w.text) for w in words) / letters, 1) if letters else 0.0


@dataclass(frozen=True)
class Scan:
    """What OCR read from one page image: its words, and its table rules as pdfplumber rects."""

    words: list[Word]
    rects: list[dict]


def read_scan(page: pdfium.PdfPage, number: int) -> Scan:
    """One page read by OCR from its image: rules found and taken out first, then the words."""
    image = render(page)
    across, down = ocr_image.find_rules(ocr_image.ink(image), DPI)
    clean = ocr_image.erase(image, across + down)
    read = [w for w in parse_words(run_engine(png(clean))) if not is_dust(w)]
    words = mark_bold(read, ocr_image.ink(clean))
    height = page.get_size()[1]
    return Scan(words, [ocr_image.rule_rect(rule, DPI, height, number) for rule in across + down])
