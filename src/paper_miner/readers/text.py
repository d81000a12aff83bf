"""Plain-text papers (as PDF/Word-to-text converters write them, often markdown-ish).

Each non-blank line is usually a whole paragraph; blank lines separate blocks; form feeds
start new pages; TAB-separated lines and ``|`` pipe lines are tables. Papers wrapped at a
fixed width (``pdftotext -layout``) go to :mod:`paper_miner.readers.text_layout` instead.
"""
from __future__ import annotations

import codecs
import html
import re
from pathlib import Path

from paper_miner.errors import UnreadablePaper
from paper_miner.extract.common.vocabulary import (
    AGENDA_ITEM_NUMBER,
    BREADCRUMB,
    CELL_GAP,
    MINUTE_NUMBER,
    MINUTE_REF,
    MONTH,
    PRINTED_NUMBER,
    TARGET_LINE,
)
from paper_miner.layout.blocks import (
    FIELD_LINE,
    WEB_CHROME_LINE,
    classify,
    ends_in_figures,
    ends_in_sum,
    ends_sentence,
    is_all_caps,
    is_short,
    join_lines,
    split_marker,
    stops_mid_sentence,
    table_block,
)
from paper_miner.limits import DEFAULTS, Limits, pages_over, text_bytes_over
from paper_miner.models import Block, Layout, Row
from paper_miner.readers.cell_lines import cell_line_rows
from paper_miner.readers.files import plain_bullets
from paper_miner.readers.glued_cells import glued_rows
from paper_miner.readers.grid_lines import grid_line_rows
from paper_miner.readers.label_lines import labelled_values
from paper_miner.readers.run_on import cut_run_on
from paper_miner.readers.single_spaced import single_spaced_rows
from paper_miner.readers.text_layout import (
    indent_levels,
    is_inner_pipe_row,
    looks_fixed_width,
    marked_pages,
    parse_layout_page,
    split_pages,
    text_width,
)

SHORT_LINE = 40  # consecutive lines this short without full stops: a name or address block
WRAPPED_LINE = 60  # a line this long that ends mid-sentence was wrapped, its sentence going on below
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_BULLET = re.compile(r"^(\s*)[-*+]\s+(?=\S)")
_PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
_ITALIC_WHOLE = re.compile(r"^(\*|_)(?!\1)(.+?)\1$|^(\*\*\*|___)(.+?)\3$")
_BOLD_WHOLE = re.compile(r"^(\*\*|__)(.+?)\1$")
# PDF-to-markdown converters mark empty bold runs ("****") and close emphasis after a space
# ("**Hello **"): signs with nothing to say, never a bullet.
_EMPTY_EMPHASIS = re.compile(r"\*{4,}|_{4,}")
# "Minutes:", "Reasons for the decision:": a label alone on its line, over what it labels.
_BARE_LABEL = re.compile(r"^[A-Z][\w ()/'.&,-]{0,40}:-?$")
# "Target is 90%" between a web page's indicator and its latest figure ("93%"), "Target 2024/25:
# 65%   Q2: 58.3%" under an indicator's name: a field of its own, never run into the lines around it.
# A dashboard card's "Target 90%" under its figure is one too.
_TARGET_LINE = re.compile(TARGET_LINE, re.I)
# "... as set out in section" / "4 of the report": a reference's number wrapped to the next
# line, where the text runs on after it (a new item would open with a capital).
_CITES_NUMBER = re.compile(r"\b(?:section|paragraph|para|appendix|annex|page|table|figure|item|chapter|clause)$", re.I)
# "B24/031 REVIEW OF RESERVES", "M117/24   4.   TO RECEIVE THE MINUTES": a minute's
# reference number and its title in capitals, the item's heading, a line of its own.
_MINUTE_HEADING = re.compile(rf"^{MINUTE_REF}(?=[A-Z])[^a-z]{{3,}}$")
# "126", "94.5%", "£1,250": a figure printed on a line of its own.
_BARE_FIGURE = re.compile(rf"^£?{PRINTED_NUMBER}\s?%?$")
# "Dear Minister", "Dear Mr and Mrs Ellery,": a letter's salutation, between its address and its subject.
_SALUTATION = re.compile(r"^(?:Dear|Annwyl)\s+\S+(?:\s+\S+){0,5}?,?$")
_BREADCRUMB = re.compile(BREADCRUMB, re.IGNORECASE)
# "Decision" over "APPROVED": a minute's outcome in a word, on a line of its own, and the label
# over it ("Decision" over "The Committee agreed to note the report.").
_OUTCOME_LINE = re.compile(r"^(?:resolved|approved|agreed|noted|deferred|refused|carried|rejected|decisions?)[.:]?$",
                           re.IGNORECASE)
# A report's cover, a line each: "Agenda Item 9", "Part 1 – Public", "Report of the Chief
# Executive", "Page 23", "Contents".
_COVER_LINE = re.compile(rf"^{AGENDA_ITEM_NUMBER}$|^part\s+(?:[12]|i{{1,2}}|one|two)\b.{{0,30}}$"
                         r"|^report\s+(?:of|by|from)\s+the\b"
                         r"|^page\s+\d{1,4}(?:\s+of\s+\d{1,4})?$|^(?:table\s+of\s+)?contents$", re.IGNORECASE)
# A letterhead, a body's name alone: "NORTHVALE AND ESKDALE COMBINED FIRE AUTHORITY", "Eskdale
# Valley Integration Joint Board", never the start of the title under it (a title naming its
# body says "of" or "to" it).
_LETTERHEAD = re.compile(r"^(?:[A-Z][\w'’.-]*|and|&)(?:\s+(?:[A-Z][\w'’.-]*|and|&)){1,8}?\s"
                         r"(?:Council|Authority|Board|Trust|Partnership|COUNCIL|AUTHORITY|BOARD|TRUST|PARTNERSHIP)$")
# ... but goes on into the word for its record or the meeting it heads: "Northmere Partnership" /
# "Minutes, 6 June 2024", "THE VALE COUNCIL" / "SCRUTINY COMMITTEE: 11TH SEPTEMBER, 2012".
_RECORD_WORD = re.compile(r"(?:minutes|agenda|notes|decisions|summons|record)\b"
                          r"|.*\b(?:committee|sub-committee|cabinet|panel|executive|forum|scrutiny)\b", re.IGNORECASE)
# Lines that stand alone, never run into the line before or after them.
_OWN_LINES = (_TARGET_LINE, _MINUTE_HEADING, _SALUTATION, _BREADCRUMB, _OUTCOME_LINE, _COVER_LINE, WEB_CHROME_LINE)
# "1. The receipt of ...", "(b) That ...", "iii) 85% of ...": a numbered item opening on a capital or a share starts its own block.
_ITEM_MARKER = r"(?:\d{1,2}[.)]|[a-z][.)]|[ivx]{1,4}\)|\([a-z\d]{1,4}\))"  # "3.", "b)", "iv)", "(c)"
_OPENS_NUMBERED_ITEM = re.compile(rf"^{_ITEM_MARKER}\s+(?:[A-Z]|\d{{1,3}}(?:\.\d)?%)")
_NUMBER_RUNS_ON = re.compile(r"^\d+(?:\.\d+)*(?:\s*[,;)]|\s+[a-z])")
# "---" / "title: ..." / "---": a markdown file's YAML front matter, the site's data about the page.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_FRONT_FIELD = re.compile(r"^(\w+):[ \t]*[\"']?(.*?)[\"']?[ \t]*$")


def decode(raw: bytes, path: Path | None = None) -> str:
    """UTF-8 (BOM or not), UTF-16 with BOM, else cp1252, else Latin-1; binary is refused."""
    if not raw.strip(b" \t\r\n\f\x00"):
        raise UnreadablePaper("empty", "the file is empty", path)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_utf16(raw, path)
    elif raw.count(b"\x00") > len(raw) // 100:
        raise UnreadablePaper("encoding", "the file looks binary (NUL bytes), not text", path)
    else:
        text = _decode_8bit(raw.removeprefix(codecs.BOM_UTF8))
    if len(_CONTROL.findall(text)) > max(2, len(text) // 50):
        raise UnreadablePaper("encoding", "the file looks binary (control characters), not text", path)
    if not text.strip():
        raise UnreadablePaper("empty", "the file holds no text", path)
    return plain_bullets(text.replace("\r\n", "\n").replace("\r", "\n"))


def _decode_utf16(raw: bytes, path: Path | None) -> str:
    try:
        return raw.decode("utf-16")
    except UnicodeDecodeError as exc:
        raise UnreadablePaper("encoding", f"bad UTF-16 text: {exc.reason}", path) from exc


def _decode_8bit(raw: bytes) -> str:
    for encoding in ("utf-8", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")  # every byte maps, so this is the last resort


_GLUED_OUTCOME = re.compile(r"\b(RESOLVED|AGREED|APPROVED|NOTED|DECIDED|ACCEPTED|ADOPTED|ENDORSED)(?=[a-z])")
# "33/21Apologies for absence": a minute's number glued to its title.
_GLUED_MINUTE_NUMBER = re.compile(rf"^(\s*{MINUTE_NUMBER})(?=[A-Z][a-z])")
# "... licence fees 2024RESOLVED that": the outcome word glued to the title before it.
_GLUED_BEFORE_OUTCOME = re.compile(r"(?<=[a-z0-9)])(?=(?:RESOLVED|AGREED)\b)")


def clean_inline(text: str) -> str:
    """Drop markdown and HTML decoration: emphasis (``**Hello **`` as converters write it
    too), links, escapes, ``<u>``, ``<br />``; part a minute's outcome word a copy ran into the next word
    ("RESOLVEDto note") or the word before ("fees 2024RESOLVED that"), and a minute's number
    run into its title ("35/21The Minutes of ...")."""
    text = _GLUED_BEFORE_OUTCOME.sub(" ", _GLUED_OUTCOME.sub(r"\1 ", text))
    text = _GLUED_MINUTE_NUMBER.sub(r"\1 ", text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<((?:https?|mailto):[^>\s]+)>", r"\1", text)
    text = re.sub(r"</?(?:u|b|i|em|strong|span|sup|sub|font)\b[^>]*>", "", text, flags=re.I)
    text = re.sub(r"[ \t]*<br\s*/?>[ \t]*$", "", text, flags=re.I)  # a page's source copied: "the walking routes<br />"
    text = re.sub(r"<br\s*/?>", " ", text, flags=re.I)
    text = _EMPTY_EMPHASIS.sub("", text)
    # "care, **providing": a space before the closing mark still parts the words around it
    text = re.sub(r"(\*\*\*|\*\*|__)(?=\S)(.+?)(?<=\S)(\s?)\1", r"\2\3", text)
    text = re.sub(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<!\w)_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)", r"\1", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|<>])", r"\1", text)
    return html.unescape(text)


def cell_text(raw: str) -> str:
    """A table cell: each ``<p>``/``<li>``/``<br>`` and each ``•`` bullet on its own line."""
    text = re.sub(r"<br\s*/?>|</?(?:p|li|ul|ol|div)\b[^>]*>", "\n", raw, flags=re.I)
    text = re.sub(r"\s*([•◆▪])\s+", r"\n\1 ", text)
    lines = (re.sub(r"\s+", " ", clean_inline(line)).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _pipe_cells(line: str) -> list[str]:
    """A pipe row's cells; in a row without its outer pipes a pipe opening the line follows an
    empty first cell (" | £000 | £000" under "Service | 2025/26 | 2026/27")."""
    body = re.sub(r"^\s*(?:[-*+]\s+)?\|", "", line.rstrip()).removesuffix("|") if _OUTER_PIPES_RE.match(line) else line
    return [cell_text(c) for c in re.split(r"(?<!\\)\|", body)]


_OUTER_PIPES_RE = re.compile(r"^\s*(?:[-*+]\s+)?\|.*\|\s*$")


def _is_pipe(line: str) -> bool:
    return bool(_OUTER_PIPES_RE.match(line)) or is_inner_pipe_row(line)


def _table_run(lines: list[str], i: int) -> int:
    """End index of the TAB table starting at ``i``; a TAB-less line is kept only when
    TAB lines surround it (a cell's overflow)."""
    j = i
    while j < len(lines):
        if "\t" in lines[j]:
            j += 1
        elif lines[j].strip() and j + 1 < len(lines) and "\t" in lines[j + 1]:
            j += 1
        else:
            break
    return j


# A web page's table saved one cell per line, each cell closed by " |" and the empty corner
# cell a lone "|": "|", "£m |", "Scheme A |", "0.45 |", "Scheme B |", "2.50 |", "Total |", "5.48 |".
_CELL_LINE = re.compile(r"^(?!\s*\|).*\S\s+\|\s*$")
_FIGURE_CELL = re.compile(rf"^[(\-–]?\s?[£$€]?\s?{PRINTED_NUMBER}\s?(?:%|k|m|bn)?\)?$", re.I)
_MIN_CELLS = 4


def _cell_run(lines: list[str], i: int) -> list[str]:
    """The cells of a one-cell-per-line table starting at ``i`` (the lone "|" is an empty
    cell), [] when the lines there are no such run."""
    j = i + 1 if lines[i].strip() == "|" else i
    while j < len(lines) and _CELL_LINE.match(lines[j]):
        j += 1
    cells = ([""] if j > i and lines[i].strip() == "|" else []) + [ln.strip()[:-1].strip() for ln in lines[i:j]
                                                                    if ln.strip() != "|"]
    return cells if len(cells) >= _MIN_CELLS else []


def cell_rows(cells: list[str]) -> list[list[str]]:
    """One-per-line cells regrouped into rows: the header runs up to the first row label (a
    cell that is no figure, followed by a figure); every row after it is as wide as the header.
    ["", "£m", "Scheme A", "0.45", "Total", "0.95"] is [["", "£m"], ["Scheme A", "0.45"],
    ["Total", "0.95"]]; [] when the cells do not fall into such rows."""
    width = next((k for k in range(1, len(cells) - 1)
                  if not _FIGURE_CELL.match(cells[k]) and _FIGURE_CELL.match(cells[k + 1])), 0)
    if width < 2 or len(cells) % width:
        return []
    rows = [cells[k:k + width] for k in range(0, len(cells), width)]
    labelled = all(row[0] and not _FIGURE_CELL.match(row[0]) for row in rows[1:])
    return rows if labelled else []


# A markdown table whose header kept its row but whose body was saved a cell a line:
# "Indicator | Status | Value | Target |", "---|---|---|---|", then "Homes let in 28 days |",
# "amber |", "71% |", "80% |", ... (no pipe opens the lines, so they are no pipe table).
_HEADER_LINE = re.compile(r"^(?!\s*\|)[^|]+(?:\|[^|]+)+\|\s*$")


# Cells a run of two or more spaces sets apart: "Directorate          Budget   Forecast".
_SPACED_GAP_RE = re.compile(CELL_GAP)
_MIN_SPACED_CELLS = 3
_MIN_SPACED_ROWS = 3


def spaced_rows(lines: list[str], i: int) -> list[list[str]]:
    """The rows of a table aligned with spaces in a paper otherwise a paragraph a line ("Summary
    position (£m)" over "Directorate   Budget   Forecast   Variance" / "People   214.6   226.9
    12.3"): three lines or more, each of the same three cells or more, most rows holding a
    figure past their label; a line indented to the first column's end starts with an empty cell."""
    rows: list[list[str]] = []
    for line in lines[i:]:
        cells = _SPACED_GAP_RE.split(line.rstrip()) if "|" not in line and "\t" not in line else []
        if len(cells) < _MIN_SPACED_CELLS or (rows and len(cells) != len(rows[0])):
            break
        rows.append([cell_text(c) for c in cells])
    with_figures = sum(any(_FIGURE_CELL.match(c) for c in row[1:]) for row in rows)
    return rows if len(rows) >= _MIN_SPACED_ROWS and 2 * with_figures >= len(rows) else []


def headed_cell_rows(lines: list[str], i: int) -> list[list[str]]:
    """The rows of a header line and separator over cells ending their lines with "|", one or
    more to a line, the header first;
    the body is cut into rows as wide as the header. [] unless most rows hold a figure past
    their label (a list of minutes items laid out so is prose, not a table)."""
    if not (_HEADER_LINE.match(lines[i]) and i + 1 < len(lines) and _PIPE_SEPARATOR.match(lines[i + 1].strip())):
        return []
    header = [cell_text(c) for c in lines[i].strip().removesuffix("|").split("|")]
    j = i + 2
    while j < len(lines) and (_CELL_LINE.match(lines[j]) or lines[j].strip() == "|"):
        j += 1
    # a cell a line, or a row a line ("Rent collected | 100% | 99.8% |"), or a row wrapped over two
    cells = [cell_text(c) for ln in lines[i + 2:j] for c in ln.strip()[:-1].split("|")]
    width = len(header)
    rows = [cells[k:k + width] for k in range(0, len(cells) - width + 1, width)]
    with_figures = sum(any(_FIGURE_CELL.match(c) for c in row[1:]) for row in rows)
    return [header] + rows if rows and 2 * with_figures >= len(rows) else []


def _table(lines: list[str], page: int, pipe: bool) -> Block | None:
    rows = []
    for line in lines:
        if pipe and _PIPE_SEPARATOR.match(re.sub(r"^\s*[-*+]\s+", "", line.strip())):
            continue
        cells = _pipe_cells(line) if pipe else [cell_text(c) for c in line.split("\t")]
        rows.append(Row(cells=cells, page=page))
    block = table_block(rows)
    return block if block.rows else None


def _text_block(run: list[str], page: int, standalone: bool) -> Block:
    line = run[0]
    m = _MD_HEADING.match(line)
    if m:
        marker, rest = split_marker(clean_inline(m.group(2)))
        return Block(kind="heading", page=page, text=rest, marker=marker, level=-len(m.group(1)))
    text = join_lines([clean_inline(ln) for ln in run])
    bullet = _MD_BULLET.match(line)
    if bullet:
        body = join_lines([line[bullet.end():]] + run[1:])
        block = _bullet_block(body, clean_inline(body), len(bullet.group(1).expandtabs(4)), page)
        star = line.strip().startswith("*") and block.marker == "•"
        return block.model_copy(update={"marker": "*"}) if star else block
    whole = " ".join(ln.strip() for ln in run)
    standalone = standalone and (len(run) == 1 or is_all_caps(text)) or bool(_MINUTE_HEADING.match(text))
    emphasis = True if _BOLD_WHOLE.match(whole) else False if _ITALIC_WHOLE.match(whole) else None
    return classify(text, page, emphasised=emphasis, standalone=standalone)


def _bullet_block(body: str, text: str, indent: int, page: int) -> Block:
    level = 1 + (indent + 1) // 2
    marker, rest = split_marker(text)
    if _ITALIC_WHOLE.match(body.strip()) and is_short(text) and not ends_sentence(text):
        return Block(kind="heading", page=page, text=rest, marker=marker or "•", level=0)
    return Block(kind="list_item", page=page, text=rest, marker=marker or "•", level=level)


def _ends_run(line: str) -> bool:
    """A blank line or a markdown list item borders a standalone line."""
    return not line.strip() or bool(_MD_BULLET.match(line))


def _starts_block(line: str) -> bool:
    return (not line.strip() or "\t" in line or _is_pipe(line) or bool(_MD_BULLET.match(line))
            or bool(_MD_HEADING.match(line)) or bool(_GLYPH_BULLET.match(line)))


# "• to request a report ...": a bullet glyph opens an item of its own, even after "; and".
_GLYPH_BULLET = re.compile(r"^\s*[•●▪◦■►➢]\s+\S")
# "... submitted on 31" / "October 2023;", "from 27 November" / "2023 to ...": a date wrapped
# between its day and its month, or its month and its year.
_DAY_AT_END = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?$")
_MONTH_FIRST = re.compile(rf"^{MONTH}\b", re.IGNORECASE)
_MONTH_AT_END = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}$", re.IGNORECASE)
_YEAR_FIRST = re.compile(r"^(?:19|20)\d\d\b")
_YEAR_AT_END = re.compile(r"\b(?:19|20)\d\d$")
_SPAN_END_FIRST = re.compile(r"^[-–]\s?(?:19|20)?\d\d\b")
# "1." or "(b)" alone on its line, its item's text on the next.
_MARKER_ALONE = re.compile(rf"^{_ITEM_MARKER}$")


# A sentence's figure carried onto the next line: "72% of municipal waste ...", "300 new homes by ...".
_FIGURE_IN_SENTENCE = re.compile(r"^\d[\d,.]*\s?%?\s+(?:of\s+)?[a-z]{3,}\b")
# A table row flattened onto one line ends in a figure, then its empty cells' spaces
# ("Days to process changes 12 days 8.8 days      "): the row ends there, no hard break.
_EMPTY_CELLS_AT_END = re.compile(r"\d%?(?:\s[a-z]+)? {3,}$")


def _stands_apart(prev: str, line: str) -> bool:
    """One of the lines stands alone (a target line, a minute's heading, a salutation, a
    breadcrumb, a cover's line), ``line`` is an item's number alone, opening the item, or
    ``prev`` is a letterhead."""
    return any(rule.match(text) for rule in _OWN_LINES for text in (prev, line)) or bool(_MARKER_ALONE.match(line)) \
        or bool(_LETTERHEAD.match(prev)) and not _RECORD_WORD.match(line)


def _runs_on(prev: str, line: str) -> bool:
    """``line`` carries on ``prev``: an item's text under its number alone ("1." / "to note
    ..."), or a reference wrapped between lines: "as set out in section" / "4 of the report",
    "on 31" / "October 2023;", "from 27 November" / "2023 to 8 January", a span of years "for
    2024" / "-2026, agreed ...", or a long line wrapped before its figure "... we will recycle" /
    "72% of household waste by 2027"."""
    return bool(_MARKER_ALONE.match(prev)) or bool(_CITES_NUMBER.search(prev) and _NUMBER_RUNS_ON.match(line)) \
        or bool(_DAY_AT_END.search(prev) and _MONTH_FIRST.match(line) and not ends_sentence(prev)) \
        or bool(_MONTH_AT_END.search(prev) and _YEAR_FIRST.match(line)) or bool(_YEAR_AT_END.search(prev) and _SPAN_END_FIRST.match(line)) \
        or len(prev) > WRAPPED_LINE and not ends_sentence(prev) and bool(_FIGURE_IN_SENTENCE.match(line))


def _continues(prev: str, line: str) -> bool:
    """Is ``line`` the same block as ``prev``: after a markdown hard break (two trailing
    spaces), a sentence running on in lowercase, or a title wrapped over capitals lines."""
    if _starts_block(line) or _MD_HEADING.match(prev):
        return False
    if prev.endswith("  ") and not _EMPTY_CELLS_AT_END.search(prev):
        return True
    prev_c, line_c = clean_inline(prev.strip()), clean_inline(line.strip())
    if FIELD_LINE.match(line_c) or _BARE_LABEL.match(line_c):
        return False
    if _stands_apart(prev_c, line_c):
        return False
    if (ends_in_figures(prev_c) or ends_in_sum(prev_c)) and not line_c[:1].islower():
        return False  # a row of figures, or a sum and its name, ends its line; the next row opens on its own name
    if _runs_on(prev_c, line_c):
        return True
    if is_all_caps(prev_c) and is_all_caps(line_c) and not split_marker(line_c)[0]:
        return is_short(prev_c + " " + line_c)
    if ends_sentence(prev_c) or _OPENS_NUMBERED_ITEM.match(line_c):
        return False  # "It was moved by Cllr Ede, and" over "1. The expenditure ... be approved."
    if line_c[:1].islower() or line_c[:1] in "£$€" or stops_mid_sentence(prev_c):  # no paragraph opens on a sum
        return True
    # short lines run together (a name or address), but a numbered line, a field, a figure
    # alone (a dashboard's latest value under its indicator's name, a page number) or a row
    # of figures stands alone
    apart = split_marker(prev_c)[0] or split_marker(line_c)[0] or FIELD_LINE.match(prev_c) \
        or _BARE_FIGURE.match(line_c) or _BARE_FIGURE.match(prev_c) or ends_in_figures(line_c)
    return not apart and max(len(prev_c), len(line_c)) <= SHORT_LINE


def _flattened_table(lines: list[str], i: int) -> tuple[list[list[str]], int]:
    """A table a text export flattened, from ``lines[i]``: its rows and how many lines they
    take: a header over cells ending in pipes, a cell a line (ending in a pipe or not), cells
    parted by runs of spaces, or by single spaces (tabs are ``_table``'s)."""
    if rows := headed_cell_rows(lines, i):
        return rows, 2 + sum(len(row) for row in rows[1:])  # the header, its separator, then a cell a line
    if rows := cell_rows(_cell_run(lines, i)):
        return rows, sum(len(row) for row in rows)  # a cell a line, the lone "|" too
    if "\t" in lines[i]:
        return [], 0  # cells parted by tabs: read by ``_table``
    if rows := spaced_rows(lines, i):
        return rows, len(rows)
    if (found := single_spaced_rows(lines, i))[0]:
        return found
    if (found := grid_line_rows(lines, i))[0]:
        return found
    if (found := glued_rows(lines, i))[0]:
        return found
    return cell_line_rows(lines, i)


def _opens_a_table(lines: list[str], j: int) -> bool:
    """Whether a flattened table or a scorecard card's labelled values start at ``lines[j]``."""
    return bool(_flattened_table(lines, j)[0]) or bool(labelled_values(lines, j)[1])


# "Decision Maker | Head of Leisure Services": a record's field and its value, parted by a
# pipe where a form's two columns were flattened, read as "Decision Maker: Head of ...".
_PIPE_FIELD_RE = re.compile(r"^(?P<label>[A-Z][\w'’/()-]*(?:\s+[\w'’/()-]+){0,3})\s+\|\s+(?P<value>[^|]*\S)\s*$")
_MIN_FIELD_VALUE_WORDS = 3


def _pipe_fields(lines: list[str]) -> list[str]:
    """Lines of a flattened two-column form as fields; a page with a pipe table's separator row
    ("---|---") keeps its rows as they are."""
    if any(_PIPE_SEPARATOR.match(line.strip()) for line in lines if "-" in line):
        return lines
    return [_as_field(line) for line in lines]


def _as_field(line: str) -> str:
    field = _PIPE_FIELD_RE.match(line)
    if field is None or len(field.group("value").split()) < _MIN_FIELD_VALUE_WORDS:
        return line
    return f"{field.group('label')}: {field.group('value')}"


# What a web page's script printed where a value was missing, saved as a line of its own.
_SCRIPT_LEFTOVERS = {"undefined", "null", "NaN", "[object Object]"}


# A bullet a copy left on a line of its own, its item on the line below.
_LONE_BULLET_RE = re.compile(r"^\s*[•●▪◦■‣➢➤►]\s*$")


def _lone_bullets_joined(lines: list[str]) -> list[str]:
    """"•" over "High priority cases – site visit within 24 hours.": one bulleted line."""
    joined: list[str] = []
    for line in lines:
        if joined and _LONE_BULLET_RE.match(joined[-1]) and line.strip():
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


def parse_page(text: str, page: int) -> list[Block]:
    lines = _lone_bullets_joined(text.split("\n"))
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        j = i + 1
        if not line.strip() or _EMPTY_EMPHASIS.fullmatch(line.strip()) or line.strip() in _SCRIPT_LEFTOVERS:
            pass
        elif _is_pipe(line):
            while j < len(lines) and _is_pipe(lines[j]):
                j += 1
            blocks += [b for b in [_table(lines[i:j], page, pipe=True)] if b]
        elif (flattened := _flattened_table(lines, i))[0]:
            j = i + flattened[1]
            blocks.append(table_block([Row(cells=row, page=page) for row in flattened[0]]))
        elif (folded := labelled_values(lines, i))[1]:
            j = i + folded[1]
            blocks.append(Block(kind="paragraph", page=page, text=folded[0]))
        elif "\t" in line:
            j = _table_run(lines, i)
            blocks += [b for b in [_table(lines[i:j], page, pipe=False)] if b]
        else:
            while j < len(lines) and _continues(lines[j - 1], lines[j]) and not _opens_a_table(lines, j):
                j += 1
            nxt = lines[j] if j < len(lines) else ""
            standalone = _ends_run(lines[i - 1] if i else "") and _ends_run(nxt)
            blocks.append(_text_block(lines[i:j], page, standalone))
        i = j
    return blocks


def rank_heading_depths(blocks: list[Block]) -> list[Block]:
    """Markdown ``#`` depths are stored negative by the parser; rank them so the paper's
    biggest heading is level 1 whatever its hash count."""
    depths = sorted({-b.level for b in blocks if b.kind == "heading" and b.level < 0})
    rank = {d: n for n, d in enumerate(depths, 1)}
    return [b.model_copy(update={"level": rank[-b.level]}) if b.level < 0 else b for b in blocks]


def read_text(path: Path, limits: Limits = DEFAULTS) -> Layout:
    """A text paper's raw pages and blocks; a file over ``limits.max_text_mb``, or with more
    form-feed pages than ``limits.max_pages``, is refused before it is parsed."""
    text = decode(read_text_bytes(Path(path), limits), path)
    if too_many := pages_over(text.count("\f") + 1, limits):
        raise UnreadablePaper("too_large", too_many, path)
    meta, text = front_matter(text)
    if looks_fixed_width(text):
        return _read_fixed_width(text).model_copy(update={"meta": meta})
    # form fields read as such ("Decision: ..." for "Decision | ..."), in the blocks and in the page
    # texts quotes are found in
    pages = ["\n".join(_pipe_fields(cut_run_on(page).split("\n"))) for page in marked_pages(text)]
    blocks = [b for n, page in enumerate(pages, 1) for b in parse_page(page, n)]
    page_texts = ["\n".join(clean_inline(ln).rstrip() for ln in p.split("\n")).strip() for p in pages]
    return Layout(fmt="txt", page_texts=page_texts, blocks=rank_heading_depths(blocks), paged=len(pages) > 1,
                  meta=meta)


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """A website's markdown page opens with its data (``title: "Minutes of the May meeting"``,
    ``date: 2020-08-10``, lists of tags) between ``---`` lines: those one-line fields are the
    paper's metadata, not its text; the page's text is what follows."""
    found = _FRONT_MATTER.match(text)
    if found is None:
        return {}, text
    fields = (_FRONT_FIELD.match(line) for line in found.group(1).split("\n"))
    meta = {f.group(1).lower(): f.group(2) for f in fields if f and f.group(2)}
    return meta, text[found.end():]


def read_text_bytes(path: Path, limits: Limits) -> bytes:
    """A text-like file's bytes (text, a saved web page), refused as ``too_large`` past the
    text size limit before anything is read."""
    try:
        if too_big := text_bytes_over(path.stat().st_size, limits):
            raise UnreadablePaper("too_large", too_big, path)
        return path.read_bytes()
    except OSError as exc:
        raise UnreadablePaper("io", f"cannot read the file: {exc.strerror or exc}", path) from exc


def _read_fixed_width(text: str) -> Layout:
    """Lines wrapped at a margin: regrouped by width and indentation, furniture dropped."""
    pages = split_pages(text)
    width, levels = text_width(pages), indent_levels(pages)
    blocks = [b for n, lines in enumerate(pages, 1) for b in parse_layout_page(lines, n, width, levels)]
    page_texts = ["\n".join(lines).strip() for lines in pages]
    return Layout(fmt="txt", page_texts=page_texts, blocks=blocks, paged=len(pages) > 1)
