"""Scorecards whose table a web page or text export flattened into running words.

Saved from a web page, a KPI table loses its cell borders. Its header survives as a run of
column names, and its rows as the indicator's name followed by its cells. Two forms are common:

One paragraph per header, name and row of cells::

    Value Target Status Short Trend Long Trend
    Percentage of business rates collected (BV 010)
    27.72% 30.97%

(cells after the last figure, icons in the page, are lost), or the whole table on one line,
its rows numbered::

    Name Polarity Actual Q4 2023/24 Status Q4 2023/24 Target Q4 2023/24 1. Missed bins per
    100,000 collections Smaller is better 142 Not met 100 2. Homes built Bigger is better ...

A run of words that are all column names, one of them a target, is a header; its rows are
rebuilt as table rows (cell by cell from the left in the first form, from the right in the
second, where the name may hold figures of its own) and read as any table with a target column.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from paper_miner.extract.targets.spaced_tables import is_spaced_into_cells
from paper_miner.extract.targets.target_tables import column_targets
from paper_miner.models import Block, Document, Layout, Row, Target

_PERIOD = r"q[1-4](?:\s+(?:19|20)\d\d(?:/(?:19|20)?\d\d)?)?|(?:19|20)\d\d(?:/(?:19|20)?\d\d)?"
# Column names by what their cells hold, and the pattern of a cell in a one-line table.
_FIGURE = r"(?:[<>]=?\s?|[≤≥]\s?)?£?\d[\d,]*(?:\.\d+)?\s?%?|-|–|n/a"
# A state kept rather than a figure reached: "Green Flag status retained ... Retained".
_STATE = rf"{_FIGURE}|retained|maintained|achieved|top\s+quartile"
_COLUMNS = {
    "Polarity": (r"improvement\s+direction|polarity|good\s+is",
                 r"(?:bigger|higher|smaller|lower)\s+is\s+better|high(?:er)?|low(?:er)?|n/a|-"),
    "Trend": (r"direction\s+of\s+travel|dot|(?:short|long)\s+trend|trend",
              r"better|worse|same|improv\w*|declin\w*|stable|no\s+change|n/a|-"),
    "Status": (r"status|rag(?:\s+rating)?|rating",
               r"not\s+met|met|red|amber|green|(?:not\s+)?achieved|on\s+target|off\s+target|n/a|-"),
    "Target": (r"targets?", _STATE),
    "Floor": (r"floor", _FIGURE),
    "Actual": (r"actual|value|latest|outturn", _STATE),
}
_NAME = r"name|(?:key\s+)?(?:performance\s+)?indicators?|measures?|kpis?|pis?|ref|code|description"
_HEADER_CELL_RE = re.compile(
    rf"\s*(?:(?P<before>{_PERIOD})\s+)?(?:(?P<name>{_NAME})|"
    + "|".join(rf"(?P<{kind}>{pattern})" for kind, (pattern, _) in _COLUMNS.items())
    + rf")\b(?:\s+(?P<after>{_PERIOD})\b)?", re.IGNORECASE)
_CELLS_RE = re.compile(rf"^(?:(?:{_FIGURE})(?:\s+|$))+", re.IGNORECASE)
# "Met" and "Not met" rate a row green or red.
_SUB_ITEM_RE = re.compile(r"^[a-z]\)\s+")
_CODE_MARKER_RE = re.compile(r"[A-Z]{1,5}[ -]?\d{1,3}[a-z]?")
_MET = {"met": "Green", "achieved": "Green", "on target": "Green", "not met": "Red",
        "not achieved": "Red", "off target": "Red"}


def header_cells(text: str, period: str = "", titled: bool = False) -> list[str] | None:
    """The value columns named by ``text`` if it is all column names and one is a target
    ("Value Target Status Short Trend" -> ["Actual", "Target", "Status", "Trend"]); a
    ``titled`` header may follow its table's title ("Indicators 2023/24 Name Polarity ...")."""
    starts = [0] + [m.end() for m in re.finditer(r"\s+", text)] if titled else [0]
    for start in starts:
        cells = _columns_from(text, start, period)
        if cells is not None and "Target" in {c.split()[0] for c in cells}:
            return cells
    return None


def _columns_from(text: str, at: int, period: str) -> list[str] | None:
    """Column names from ``at`` to the end of ``text``, each with the period it names, else
    the ``period`` printed above the whole header, or None if other words intervene."""
    cells: list[str] = []
    while at < len(text):
        match = _HEADER_CELL_RE.match(text, at)
        if match is None or match.end() == at:
            return None
        at = match.end()
        kind = next((k for k in _COLUMNS if match.group(k)), None)
        when = match.group("before") or match.group("after") or period
        cells.extend([f"{kind} {when}".strip()] if kind else [])
    return cells


def _status(cell: str) -> str:
    return _MET.get(re.sub(r"\s+", " ", cell.lower()), cell)


def _read_backwards(row: str, header: list[str]) -> Row | None:
    """A one-line table's row, cells matched from the right, the name what is left."""
    cells, rest = [], row
    for column in reversed(header):
        match = re.search(rf"(?:^|\s)({_COLUMNS[column.split()[0]][1]})\s*$", rest, re.IGNORECASE)
        if match is None:
            return _read_around_polarity(row, header) or _read_around_note(row, header)
        cells.insert(0, _status(match.group(1)))
        rest = rest[:match.start()]
    name = rest.strip(" *")
    return Row(cells=[name, *cells], page=1) if len(name.split()) >= 2 else None


def _read_around_note(row: str, header: list[str]) -> Row | None:
    """A row with a note in place of its middle cells ("... Bigger is better 417,547 Centres are
    closed. Figures will be recorded next year 417,600") still gives the target in its last
    column: the name runs up to the first column's cell."""
    target = re.search(rf"\s({_FIGURE})\s*$", row) if header[-1].startswith("Target") else None
    first = re.search(rf"\s({_COLUMNS[header[0].split()[0]][1]})\s", row, re.IGNORECASE)
    if target is None or first is None or not re.search(r"\d", target.group(1)):
        return None
    name = row[:first.start()].strip(" *")
    cells = [_status(first.group(1)), *[""] * (len(header) - 2), target.group(1)]
    return Row(cells=[name, *cells], page=1) if len(name.split()) >= 2 else None


# "High 60 plus", "Low 9% reduction by 2027": a polarity word, then a target cell in words.
_POLARITY_THEN_TARGET_RE = re.compile(r"\s(high(?:er)?|low(?:er)?|(?:bigger|higher|smaller|lower)\s+is\s+better)"
                                      r"\s+(?=[<>≤≥£]?\d)", re.IGNORECASE)
# The figure that leads a target cell in words, without the note after it ("1,200 (year to date)").
_LEADING_FIGURE_RE = re.compile(r"[<>≤≥]?\s?£?\d[\d,]*(?:\.\d+)?\s?%?(?:\s+(?:reduction|increase)\b)?", re.IGNORECASE)


def _read_around_polarity(row: str, header: list[str]) -> Row | None:
    """A row whose last two columns are polarity and a target in words ("Affordable homes
    completed High 220 net additional homes", "Missed bins Low 1,450 (year to date)"): the name runs up to the
    polarity word, the target is the figure that follows it, with the change it names if any
    ("9% reduction by 2027")."""
    if [column.split()[0] for column in header[-2:]] != ["Polarity", "Target"]:
        return None
    split = _POLARITY_THEN_TARGET_RE.search(row)
    if split is None:
        return None
    name = row[:split.start()].strip(" *")
    figure = _LEADING_FIGURE_RE.match(row, split.end())
    cells = [*[""] * (len(header) - 2), split.group(1), figure.group(0)]
    return Row(cells=[name, *cells], page=1) if len(name.split()) >= 2 else None


# "... High a) 3 kilometres b) 12 hectares": one target cell holding lettered parts.
_LETTERED_CELL_RE = re.compile(r"^(?P<name>.+?)\s(?P<polarity>high(?:er)?|low(?:er)?)\s+(?P<parts>[a-z]\)\s*\d.*)$",
                               re.IGNORECASE)
_LETTERED_PART_RE = re.compile(r"[a-z]\)\s*(?P<figure>\d[\d,.]*\s?%?)\s*(?P<what>[^()\d]*?)\s*(?=[a-z]\)|$)")


def _lettered_parts(row: str) -> list[str]:
    """A row whose target cell lists lettered parts, one row per part, named by what the part
    counts ("Hedgerow and woodland created High a) 3 kilometres b) 12 hectares" -> "Hedgerow
    and woodland created: kilometres High 3" and "...: hectares High 12"); any other row as it is."""
    cell = _LETTERED_CELL_RE.match(row)
    parts = list(_LETTERED_PART_RE.finditer(cell.group("parts"))) if cell else []
    if len(parts) < 2:
        return [row]
    name, polarity = cell.group("name").strip(), cell.group("polarity")
    return [f"{name}: {part.group('what').lower()} {polarity} {part.group('figure')}".replace(":  ", ": ")
            for part in parts]


def _numbered_rows(text: str) -> list[tuple[int, str]]:
    """"1. Homes built ... 200 2. Empty homes ...": where each numbered row starts (the numbers
    must run 1, 2, 3 ...), and its text."""
    starts, expected = [], 1
    for match in re.finditer(r"(?:^|\s)(\d{1,3})\.\s+(?=[A-Z%])", text):
        if int(match.group(1)) == expected:
            starts.append((match.start(), match.end()))
            expected += 1
    ends = [start for start, _ in starts[1:]] + [len(text)]
    return [(start, text[body:end]) for (start, body), end in zip(starts, ends)]


def _one_line_table(block: Block) -> Iterator[Target]:
    rows = _numbered_rows(block.text)
    header = header_cells(block.text[:rows[0][0]].strip(), titled=True) if len(rows) >= 2 else None
    if header is None:
        return
    read = [row for row in (_read_backwards(text, header) for _, text in rows) if row is not None]
    yield from _targets(header, [r.model_copy(update={"page": block.page}) for r in read], block.page)


def _paragraph_rows(blocks: list[Block]) -> list[Row]:
    """Name and cells in alternate paragraphs, until a paragraph is neither."""
    rows = []
    for name, values in zip(blocks[::2], blocks[1::2]):
        cells = _CELLS_RE.match(values.text.strip())
        if _CELLS_RE.match(name.text.strip()) or cells is None:
            break
        rows.append(Row(cells=[name.text.strip(), *cells.group(0).split()], page=values.page))
    return rows


def _targets(header: list[str], rows: list[Row], page: int) -> Iterator[Target]:
    yield from column_targets(rows, Row(cells=["Indicator", *header], page=page))


def _text(block: Block) -> str:
    """A paragraph's words with the code the layout took for a list number ("HR1 Working days ...")."""
    return f"{block.marker or ''} {block.text}".strip() if block.kind == "list_item" else block.text.strip()


def _row_run(blocks: list[Block]) -> list[Block]:
    """The paragraphs after a header that are rows, one to a paragraph ("NI 181 Time taken to
    process claims (days) 20 23.4 Red"): up to a sentence, a heading or a table."""
    if blocks and _is_coded(blocks[0]):
        return _coded_rows(blocks)
    run = []
    for block in blocks:
        if block.kind not in ("paragraph", "list_item") or block.text.rstrip().endswith((".", ":")):
            break
        run.append(block)
    return run


def _is_coded(block: Block) -> bool:
    """A row that starts with its indicator's code ("TN01b", "HS 4", "CP12")."""
    return block.kind == "list_item" and bool(_CODE_MARKER_RE.fullmatch(block.marker or ""))


def _has_cells(row: str) -> bool:
    """Whether a row has reached its figure cells ("... High 60 plus", "... 85% 79.4%"), not
    only a name with a number in it ("Graffiti removed within 5 working days")."""
    return bool(_POLARITY_THEN_TARGET_RE.search(row) or _LETTERED_CELL_RE.match(row) or re.search(r"\d%?$", row.strip()))


def _coded_rows(blocks: list[Block]) -> list[Block]:
    """Rows that each start with a code, a row the page broke over lines joined up again: its
    group heading, its sub-item and its cells ("TN01 Litter and graffiti:" / "a) Graffiti
    removed within 5 days" / "High 92%" is one row); up to a sentence or a paragraph after a
    complete row."""
    rows: list[Block] = []
    for block in blocks:
        if block.kind not in ("paragraph", "list_item") or block.text.rstrip().endswith("."):
            break
        text = _SUB_ITEM_RE.sub("", block.text)  # "b) Graffiti removed": the letter is no part of the name
        if _is_coded(block):
            rows.append(block.model_copy(update={"text": text}))
        elif _has_cells(rows[-1].text):
            break  # the last row has its figures: this paragraph is not part of it
        else:
            rows[-1] = rows[-1].model_copy(update={"text": f"{rows[-1].text} {text}"})
    return rows


def _header_at(blocks: list[Block], index: int) -> list[str] | None:
    block, before = blocks[index], blocks[index - 1] if index else None
    if block.kind not in ("paragraph", "list_item") or is_spaced_into_cells(block.text):
        return None  # a header spaced into columns is read with its lines by ``text_scorecards``
    period = f"{before.marker or ''} {before.text}".strip() if before else ""
    header = header_cells(block.text.strip(), period if re.fullmatch(_PERIOD, period, re.I) else "")
    return header if header is not None and len(header) >= 2 else None


def row_blocks(blocks: list[Block]) -> set[int]:
    """Where paragraphs are a flattened scorecard's rows, read here and no sentences."""
    found = set()
    for index in range(len(blocks)):
        if _header_at(blocks, index) is not None:
            found.update(range(index + 1, index + 1 + len(_row_run(blocks[index + 1:]))))
    return found


def find(layout: Layout, document: Document) -> Iterator[Target]:
    blocks = layout.blocks
    for index, block in enumerate(blocks):
        header = _header_at(blocks, index)
        if header is None:
            yield from _one_line_table(block) if block.kind in ("paragraph", "list_item") else ()
            continue
        rows = _paragraph_rows(blocks[index + 1:]) or [
            row.model_copy(update={"page": b.page}) for b in _row_run(blocks[index + 1:])
            for text in _lettered_parts(_text(b)) if (row := _read_backwards(text, header)) is not None]
        yield from _targets(header, rows, block.page)
