"""Tables with a target column: figure rows read by column, worded target cells as statements.

A performance table ("Indicator | Baseline | Target 2010/11") gives one target per row with a
figure in a target column (see ``columns``). In a table whose target column holds words (a
delivery plan's "End of Plan target") every item of that column is a commitment, whatever its
wording, due by the row's "Timescale" / "By when" cell when it names no date of its own; a
cell a page break cut in two is joined again. A column holding a target and its actual in one
cell is first read as two (``paired_cells``). A KPI box drawn as a small table of its own
(``box_tables``) is read as the one scorecard row it amounts to.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from paper_miner.extract.common.sentences import sentences_keeping_labels as sentences
from paper_miner.extract.common.vocabulary import MONTH, PRINTED_NUMBER, YEAR, YEAR_OR_SPAN_DASHED
from paper_miner.extract.targets.box_tables import box_table
from paper_miner.extract.targets.columns import (
    columns_of,
    is_figure,
    performance_targets,
    target_columns,
    timescale_of,
    worded_target,
)
from paper_miner.extract.targets.kpi_boxes import is_box
from paper_miner.extract.targets.paired_cells import split_paired_columns
from paper_miner.extract.targets.statements import Statement, targets_of
from paper_miner.extract.targets.text import cell_items, is_cross_reference, is_lead_in
from paper_miner.layout.arrange import normalised_cells
from paper_miner.models import Block, Document, Layout, Row, Target

# A target cell that holds no commitment: "N/A", "TBC", "-", "Data only", "New measure".
_PLACEHOLDER_RE = re.compile(r"^(?:n/?a|tbc|tbd|-+|–|none|nil|no\s+target|data\s+only|monitor(?:ing)?"
                             r"(?:\s+only)?|not\s+applicable|to\s+be\s+(?:confirmed|set)|new(?:\s+(?:measure|indicator|kpi|pi))?)\.?$", re.IGNORECASE)
# A column group's period: "2024/25", "2025-26", "Q2 2025/26".
_PERIOD_CELL_RE = re.compile(rf"(?:Q[1-4]\s+)?{YEAR_OR_SPAN_DASHED}", re.IGNORECASE)
# A target cell giving a figure for each period: "2024/25 - 380  2025/26 - 350", "2025/26: 75%;
# 2026/27: 80%", "300 by 2027", "80% by March 2026", "75% in 2025/26 and 80% in 2026/27".
_CELL_PERIOD = rf"(?:{MONTH}\s+)?{YEAR_OR_SPAN_DASHED}"
_CELL_FIGURE = rf"[<>≤≥]?\s?£?{PRINTED_NUMBER}\s?(?:%|[kmb]\b)?"
_PERIOD_FIGURE_RE = re.compile(rf"(?P<period>{_CELL_PERIOD})\s*[:–-]\s*(?P<figure>{_CELL_FIGURE})"
                               rf"|(?P<figure2>{_CELL_FIGURE})\s+(?:by|in|for)\s+(?P<period2>{_CELL_PERIOD})\b", re.IGNORECASE)
_PAIR_JOINT_RE = re.compile(r"[\s;,]*(?:and\s+)?", re.IGNORECASE)
# A cell cut by a page break: its first half stops on a word that cannot end a statement,
# or its second half starts in lower case.
_UNFINISHED_RE = re.compile(r"\b(?:a|an|the|of|in|to|for|and|or|with|by|from|at|on)\s*$", re.IGNORECASE)


def find(layout: Layout, document: Document) -> Iterator[Target]:
    for before, block in zip([None, *layout.blocks], layout.blocks):
        box = box_table(block, before)
        if box is not None:  # a KPI box drawn as a table of its own
            yield from (target.model_copy(update={"quote": box.quote}) for target in column_targets([box.row], box.header))
            continue
        block = split_paired_columns(block) if block.kind == "table" else block
        header = header_of(block) if block.kind == "table" else None
        if header is not None:  # a table without a target column is read with the running text
            at = block.rows.index(header)
            rows = block.rows[at + 1:]
            if rows and _continues_header(header, rows[0]) and target_columns(_joined(header, rows[0])):
                header, rows = _joined(header, rows[0]), rows[1:]
            group = block.rows[at - 1] if at and _groups_by_period(block.rows[at - 1], header) else None
            if group is not None:  # the pair is repeated after a page break: neither row is an indicator's
                rows = [r for r in rows if normalised_cells(r.cells) not in map(normalised_cells, (group.cells, header.cells))]
                header = _under_groups(group, header)
            yield from column_targets(rows, header)


def _continues_header(header: Row, row: Row) -> bool:
    """A header printed over two lines: the second names no indicator and holds no figure
    ("| (Q2 2026/27) | 2026/27 | | DoT"); or the first, over the label column's blank, only
    groups the columns below it ("| Q2 | | Target" over "Indicator | Actual | Previous | 2025/26")."""
    cells = [c.strip() for c in row.cells]
    if any(is_figure(c) for c in cells):
        return False
    return (not cells[0] and any(cells)) or (not header.cells[0].strip() and sum(map(bool, cells)) >= 2)


def _groups_by_period(above: Row, header: Row) -> bool:
    """A row over the header whose only words are periods, over blank label cells ("| | 2024/25 |
    | 2025/26" over "Ref | Measure | Target | Actual | Target"): each period spans the columns
    under it up to the next."""
    cells = [c.strip() for c in above.cells]
    return (len(cells) == len(header.cells) and not cells[0] and any(cells)
            and all(_PERIOD_CELL_RE.fullmatch(c) for c in cells if c))


def _under_groups(group: Row, header: Row) -> Row:
    """The header with each column's period carried from the group row: "Target 2024/25 |
    Actual 2024/25 | Target 2025/26"."""
    cells, period = [], ""
    for above, below in zip(group.cells, header.cells):
        period = above.strip() or period
        cells.append(f"{below.strip()} {period}".strip() if below.strip() else below)
    return header.model_copy(update={"cells": cells})


def _joined(header: Row, second: Row) -> Row:
    cells = [f"{a} {b}".strip() for a, b in zip(header.cells, second.cells)]
    return header.model_copy(update={"cells": cells + header.cells[len(cells):]})


def header_of(block: Block) -> Row | None:
    """The row naming a target column; a KPI box's "Target: 90%" line is not one."""
    if is_box(block):
        return None
    return next((r for r in block.rows[:3] if target_columns(r)), None)


def column_targets(rows: list[Row], header: Row) -> Iterator[Target]:
    """Figure rows are read column by column; worded target cells as statements."""
    columns = columns_of(header, rows)
    if not columns.targets:  # the header's target words ran into a longer label: nothing to read
        return
    column = columns.targets[0]
    out: list[Statement | Target] = []
    lead_in = ""
    for row in rows:
        if normalised_cells(row.cells) == normalised_cells(header.cells) or column >= len(row.cells):
            continue
        by_period = _split_by_period(row, header, column) if len(columns.targets) == 1 else None
        if by_period is not None:  # "2025/26: 75%; 2026/27: 80%": a target column for each period
            out.extend(performance_targets(*by_period, columns_of(by_period[1], [by_period[0]])))
            continue
        row, qualifier = _with_qualified_figure(row, column)
        if any(i < len(row.cells) and is_figure(row.cells[i]) for i in columns.targets):
            out.extend(t.model_copy(update={"measure": f"{t.measure} ({qualifier})"}) if qualifier else t
                       for t in performance_targets(row, header, columns))
            continue
        items = [item for item in cell_items(row.cells[column]) if not _PLACEHOLDER_RE.match(item)]
        worded = worded_target(row, header, columns, column) if items else None
        if worded is not None:
            out.append(worded)
            continue
        if row.cells[0][:1].isupper():
            lead_in = ""  # a new outcome row; a lead-in only runs on into its own continuation
        last = out[-1] if out else None
        if items and isinstance(last, Statement) and _continues(last.text, items[0], row):
            out[-1] = last.model_copy(update={"text": f"{last.text} {items.pop(0)}"})
        statements, lead_in = _cell_statements(items, row.page, lead_in)
        out.extend(s.model_copy(update={"deadline_hint": timescale_of(row, columns)}) for s in statements)
    for item in out:
        yield from (targets_of(item) if isinstance(item, Statement) else [item])


# "95% of Homes with Gas", "99%+ of Rent Debit", "Max. 3.0% of Gross Rent Debit": a
# target cell's figure, then what it is a share of.
_QUALIFIED_FIGURE_RE = re.compile(r"^(?P<figure>(?:max(?:imum)?\.?\s*|min(?:imum)?\.?\s*)?£?\d[\d,]*(?:\.\d+)?\s?%?)\+?"
                                  r"\s+(?P<qualifier>(?:of|for|in|per)\s+[A-Za-z][^|]{2,80})$", re.IGNORECASE)


def _with_qualified_figure(row: Row, column: int) -> tuple[Row, str]:
    """A row whose target cell is a figure qualified in words, read as the figure (its bound
    kept), and the qualifier, which the measure carries: "Gas safety checks done on time (of
    homes with gas)"."""
    cell = row.cells[column].strip() if column < len(row.cells) else ""
    found = _QUALIFIED_FIGURE_RE.match(cell)
    if found is None:
        return row, ""
    cells = [*row.cells[:column], found.group("figure").strip(), *row.cells[column + 1:]]
    return row.model_copy(update={"cells": cells}), found.group("qualifier").strip()


def _period_figures(cell: str) -> list[tuple[str, str]]:
    """The (period, figure) pairs a target cell is made of, or none if anything else is in it:
    "2024/25 - 380 2025/26 - 350" -> [("2024/25", "380"), ("2025/26", "350")]; "80% by March
    2026" -> [("March 2026", "80%")]; "95%" -> []."""
    pairs, at = [], 0
    while at < len(cell):
        at = _PAIR_JOINT_RE.match(cell, at).end()
        found = _PERIOD_FIGURE_RE.match(cell, at)
        if found is None:
            break
        pairs.append((found.group("period") or found.group("period2"), found.group("figure") or found.group("figure2")))
        at = found.end()
    return pairs if at >= len(cell.rstrip(" .;")) else []


def _split_by_period(row: Row, header: Row, column: int) -> tuple[Row, Row] | None:
    """A row whose target cell gives a figure for each period, as the row and header would be
    with one target column per period ("Target 2025/26 | Target 2026/27")."""
    pairs = _period_figures(row.cells[column].strip())
    if not pairs or not re.search(YEAR, pairs[0][0]):
        return None
    cells = [*row.cells[:column], *(figure for _, figure in pairs), *row.cells[column + 1:]]
    names = [f"{header.cells[column].strip()} {period}" for period, _ in pairs]
    titles = [*header.cells[:column], *names, *header.cells[column + 1:]]
    return row.model_copy(update={"cells": cells}), header.model_copy(update={"cells": titles})


def _continues(previous: str, item: str, row: Row) -> bool:
    """Whether a row's first item finishes the previous row's last statement (a page break
    cut the row in two: the item, or the row's first cell, goes on in lower case)."""
    return item[:1].islower() or row.cells[0][:1].islower() or bool(_UNFINISHED_RE.search(previous))


def _cell_statements(items: list[str], page: int, lead_in: str) -> tuple[list[Statement], str]:
    """Statements of one target cell and the lead-in ("... is reduced to:") still in force."""
    out = []
    for item in items:
        if is_cross_reference(item):
            continue
        if is_lead_in(item):
            lead_in = item
            continue
        # A PDF cell loses its paragraph breaks, so each sentence may be an item of its own.
        out.extend(Statement(text=sentence, page=page, committed=True, lead_in=lead_in)
                   for sentence in sentences(item))
    return out, lead_in
