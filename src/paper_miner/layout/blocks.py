"""Format-independent rules for lines and blocks, shared by the readers (pure: no I/O).

Readers cut a paper into lines and call :func:`classify` on each candidate block (markers,
headings, paragraphs) and :func:`table_block` on each table; then
:func:`paper_miner.layout.arrange.arrange` repairs what page breaks did across blocks.
"""
from __future__ import annotations

import re

from paper_miner.extract.common.vocabulary import MONTH_STEMS, PRINTED_SUM, WEB_CHROME
from paper_miner.models import Block, Row

# A line that is a web site's own control or link ("Search our website", "Contrast Text size",
# "Toggle high contrast"): it stands alone, and no line runs on from it.
WEB_CHROME_LINE = re.compile(rf"^(?:{WEB_CHROME})", re.IGNORECASE)

# A dashboard's trend arrows open its lines as bullets do ("▲ Bins collected on the day: 99.6%").
BULLETS = "•◆◇●○◦▪▫■□‣∙·➢➤►▶✓✔❖▲▼-–*"
_BULLET_RE = re.compile(r"^([•◆◇●○◦▪▫■□‣∙·➢➤►▶✓✔❖*]|[▲▼–-](?=\s))\s*(?=\S)")
# "(a)", "(iv)", "(2)", and with the closing bracket only: "a)", "iv)", "2)", also "2)." (the
# dot is no part of the label)
_PAREN_RE = re.compile(r"^(\((?:[a-z]{1,2}|[ivxl]{1,5}|\d{1,2})\)|(?:[a-z]|[ivxl]{1,5}|\d{1,2})\))\.?\s+(?=\S)")
# "21 February 2011" is a date line, not item 21; "10.00 am, Thursday 16 November" a time, not item 10.00
_NUMBER_RE = re.compile(r"^((?:[A-Z]{1,2})?\d{1,2}[a-z]?(?:\.\d{1,2}[a-z]?){0,4}\.?)\s+(?=\S)"
                        rf"(?!(?i:(?:{'|'.join(MONTH_STEMS)})[a-z]*)\.?\s+\d{{4}})(?!(?i:[ap]\.?m)\b)")
# "9.1Budget monitoring", "10.CEMETERY": a numbered item whose number the export glued to its
# first word (a dot in the number, a capitalised word after it).
# "(b)Harbour Dues Review" too: a bracketed label glued to a capitalised word.
_GLUED_NUMBER_RE = re.compile(r"^(\d{1,2}\.(?:\d{1,2}\.?)?|\((?:[a-z]{1,2}|[ivxl]{1,5}|\d{1,2})\))(?=[A-Z][A-Za-z]{2})")
_MONEY_RE = re.compile(r"£\s?\d|\d\s?(?:k|m|bn)\b|\bGBP\b", re.I)
_TERMINAL = (".", ";", ":", ":-", "!", "?")
APPENDIX_RE = re.compile(r"^(appendix|annex|schedule|part)\b", re.I)
# A row's or item's printed ref standing alone: "A1", "7", "S1.", "12b"
REF_LABEL_RE = re.compile(r"^[A-Z]{0,2}\d{1,3}[a-z]?\.?$")
# "Report to: Executive Committee": a cover field, a line of its own however short
FIELD_LINE = re.compile(r"^[A-Z][\w ()/'.&-]{0,30}(?::|\s\|)\s+\S")  # "Date: 4 May", a cover's "Meeting | Cabinet"
_LABEL_RE = re.compile(r"\w:\s+\S")  # "Date: 4 March 2010" labels a value, it is no title
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
                "the", "to", "with", "&", "-", "–", "vs", "per", "via"}
# Words no sentence ends on: a piece stopping on one was cut mid-sentence ("... plan for").
RUN_ON_WORDS = {"a", "an", "the", "of", "to", "and", "or", "nor", "but", "at", "for", "in", "on",
                "by", "with", "from", "into", "onto", "than", "via", "per", "between", "including",
                "within", "across", "towards", "&", "their", "its", "our", "whose"}
MAX_HEADING_WORDS = 14
MAX_HEADING_CHARS = 110
MAX_BOLD_TITLE_WORDS = 24  # a bold line or two, set apart, may title the paper at this length


def split_marker(text: str) -> tuple[str | None, str]:
    """Split a printed list/paragraph label off the front: ``"4.1 The Board"`` -> ``("4.1", ...)``."""
    for pattern in (_BULLET_RE, _PAREN_RE, _NUMBER_RE, _GLUED_NUMBER_RE):
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


# "Calls answered 90% 86% 88%", "Rent arrears 4.5% 3.9% Green": a table row flattened onto a
# line of its own ends in two figures or more (and maybe a trend arrow and a status word), where
# no sentence ends.
_CELL_FIGURE = r"(?!(?:19|20)\d\d\b)£?\d[\d,]*(?:\.\d+)?%?"  # not a year: "4 May 2024 10.00 am" is a date line
_FIGURES_AT_END = re.compile(rf"\S\s+{_CELL_FIGURE}\s+{_CELL_FIGURE}(?:\s+\S{{1,8}}){{0,2}}$")


def ends_in_figures(text: str) -> bool:
    """Whether a line ends as a flattened table row: "Abandonment rate 5% 9% 7% 4%"."""
    return bool(_FIGURES_AT_END.search(text.rstrip()))


# "Allotment rents £640": a line naming a sum, then the sum, with nothing after it.
_SUM_AT_END = re.compile(rf"[A-Za-z)]\s+{PRINTED_SUM}$")


def ends_in_sum(text: str) -> bool:
    """Whether a line ends on a sum of money, as each line of a list of sums does ("Room hire
    £2,300" over "Allotment rents £640"); a sentence's last line ends on a stop."""
    return bool(_SUM_AT_END.search(text.rstrip()))


def stops_mid_sentence(text: str) -> bool:
    """Stops where no sentence can: on an article, preposition or conjunction, on a comma,
    or inside an open bracket."""
    text = text.rstrip()
    words = text.split()
    if not words:
        return False
    last = words[-1].lower()
    return last in RUN_ON_WORDS or text.endswith(",") or text.count("(") > text.count(")")


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
    then a standalone numbered, all-caps or title-case line passes. A bold line or two set apart
    may be longer: "Briefing Paper about the Shared Spend Tool and how it is used by the
    Improvement Partnership for South West Councils"."""
    if not text or ends_sentence(text) or text.endswith(","):
        return False
    if not (is_short(text) or (emphasised and standalone and len(text.split()) <= MAX_BOLD_TITLE_WORDS)):
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
    if is_all_caps(text) or APPENDIX_RE.match(text):
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
