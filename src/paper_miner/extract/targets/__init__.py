"""Extract targets: measurable commitments, often tied to an indicator code (NI, LI, LPI, BV...).

Three sources. A performance table ("Indicator | Baseline | Target 2010/11") gives one target
per row with a figure in a target column (see ``target_tables``). In a table whose target
column holds words (a delivery plan's "End of Plan target") every item of that column is a
commitment, whatever its wording. Elsewhere (paragraphs, bullets, other tables) a sentence
counts when it commits to a figure ("reduce ... to 0.15% by March 2011") or names an
indicator with a commitment; an indicator a project merely "contributes to" is not a target,
nor is a result already achieved ("last year we achieved 72%"). Minutes name a target ("The
target for 2011/12 was 1,850 quitters") after a sentence reporting last year's figure, which
becomes its baseline (see ``target_baseline``). The same commitment stated twice in a paper is
one record.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel

from paper_miner.models import Block, Document, Layout, Record, Row, Target
from paper_miner.extract.common.parse import find_dates, parse_deadline
from paper_miner.extract.targets.baseline import counts_an_output, earlier_figure
from paper_miner.extract.targets.codes import find_codes, indicator_of
from paper_miner.extract.targets.measure import measure_of, value_clause
from paper_miner.extract.common.sentences import sentences_keeping_labels as sentences
from paper_miner.extract.targets.patterns import direction, has_commitment, is_past_report
from paper_miner.extract.targets.tables import columns_of, is_figure, performance_targets, target_columns
from paper_miner.extract.targets.text import cell_items, clean, is_cross_reference, is_lead_in, lead_in_subject, split_pairs
from paper_miner.extract.targets.values import find_values, read_value
from paper_miner.extract.targets.merge import merge_repeats

# A target cell that holds no commitment: "N/A", "TBC", "-", "Data only".
_PLACEHOLDER_RE = re.compile(r"^(?:n/?a|tbc|tbd|-+|–|none|nil|no\s+target|data\s+only|monitor(?:ing)?"
                             r"(?:\s+only)?|not\s+applicable|to\s+be\s+(?:confirmed|set))\.?$", re.IGNORECASE)
# Words before an indicator code that make it a reference, not a commitment.
_REFERENCE_RE = re.compile(
    r"\b(?:contribut\w*|such\s+as|requirements\s+of|relating\s+to|delivery\s+plan)\b[^.;]{0,60}$",
    re.IGNORECASE)
# An aim word, or a verb that takes the figure as its object ("achieve a 90% rate", "maintain
# invoices paid on time at 98%"; not "To achieve this we fund 50% of ...").
_AIM_RE = re.compile(r"\b(?:ensure|aims?\s+to|aiming\s+to|targets?)\b"
                     r"|\b(?:achieve|reach|attain|maintain|keep)\s+(?!this\b|that\b|it\b)[^.,;\d]{0,60}\d",
                     re.IGNORECASE)
# "40% of homes will be insulated by 2012", "no more than 5% should ...": a share as an aim.
_WILL_RE = re.compile(r"\b(?:will|should|must|shall)\b", re.IGNORECASE)
_DUE_OR_BOUND_RE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d"
                              r"|\b(?:at\s+least|at\s+most|no\s+more\s+than)\b", re.IGNORECASE)
_TARGET_FOR_YEAR_RE = re.compile(r"\b(?:target|aim)\s+for\s+((?:19|20)\d\d(?:/\d\d)?)"
                                 r"|\b((?:19|20)\d\d(?:/\d\d)?)\s+(?:target|aim)\b", re.IGNORECASE)
_ALL_BY_RE = re.compile(r"\bensure\s+(?:that\s+)?(?:all|every)\b.*\bby\s+\w+", re.IGNORECASE)
_FOOTNOTE_YEAR_RE = re.compile(r"\btargets?\b.*\b(?:to|by|until)\s+((?:19|20)\d\d)\b",
                               re.IGNORECASE)
# A cell cut by a page break: its first half stops on a word that cannot end a statement,
# or its second half starts in lower case.
_UNFINISHED_RE = re.compile(r"\b(?:a|an|the|of|in|to|for|and|or|with|by|from|at|on)\s*$", re.IGNORECASE)


class Statement(BaseModel):
    """A candidate target: one item or sentence, where it was printed and what frames it."""

    text: str
    page: int
    committed: bool  # printed in a target column: a commitment whatever its wording
    lead_in: str = ""
    deadline_hint: str | None = None
    context: str = ""  # what a statement that names no measure is about ("The target is 85%")
    previous: str = ""  # the sentence before, in the same paragraph: it may report the baseline


def extract(layout: Layout, document: Document, found: dict[str, list[Record]]) -> list[Record]:
    text_targets = (t for s in _text_statements(layout.blocks) for t in _targets(s))
    return merge_repeats([*_table_targets(layout.blocks), *text_targets])


# ---------------------------------------------------------------- tables

def _header(block: Block) -> Row | None:
    return next((r for r in block.rows[:3] if target_columns(r)), None)


def _table_targets(blocks: list[Block]) -> Iterator[Target]:
    for block in blocks:
        header = _header(block) if block.kind == "table" else None
        if header is not None:  # a table without a target column is read with the running text
            yield from _column_targets(block.rows[block.rows.index(header) + 1:], header)


def _norm(cells: list[str]) -> list[str]:
    return [re.sub(r"\s+", " ", c).strip().lower() for c in cells]


def _column_targets(rows: list[Row], header: Row) -> Iterator[Target]:
    """Figure rows are read column by column; worded target cells as statements."""
    columns = columns_of(header, rows)
    column = columns.targets[0]
    out: list[Statement | Target] = []
    lead_in = ""
    for row in rows:
        if _norm(row.cells) == _norm(header.cells) or column >= len(row.cells):
            continue
        if any(i < len(row.cells) and is_figure(row.cells[i]) for i in columns.targets):
            out.extend(performance_targets(row, header, columns))
            continue
        items = [item for item in cell_items(row.cells[column]) if not _PLACEHOLDER_RE.match(item)]
        if row.cells[0][:1].isupper():
            lead_in = ""  # a new outcome row; a lead-in only runs on into its own continuation
        last = out[-1] if out else None
        if items and isinstance(last, Statement) and _continues(last.text, items[0], row):
            out[-1] = last.model_copy(update={"text": f"{last.text} {items.pop(0)}"})
        statements, lead_in = _cell_statements(items, row.page, lead_in)
        out.extend(statements)
    for item in out:
        yield from (_targets(item) if isinstance(item, Statement) else [item])


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


# ---------------------------------------------------------------- running text

def _text_statements(blocks: list[Block]) -> Iterator[Statement]:
    """Sentences of paragraphs, list items and cells of tables without a target column."""
    for index, block in enumerate(blocks):
        for text in _block_texts(block):
            if not re.search(r"\d", text):
                continue  # spaCy only sees text that could state a figure or an indicator
            context = block.section[-1] if block.section else ""
            previous = ""
            for sentence in sentences(text):
                hint = _footnote_deadline(blocks, index) if sentence.rstrip().endswith("*") else None
                yield Statement(text=sentence, page=block.page, committed=False, deadline_hint=hint,
                                context=context, previous=previous)
                context = previous = sentence


def _block_texts(block: Block) -> list[str]:
    if block.kind in ("paragraph", "list_item"):
        return [block.text]
    if block.kind == "table" and _header(block) is None:
        return [item for row in block.rows for cell in row.cells for item in cell_items(cell)]
    return []


def _footnote_deadline(blocks: list[Block], index: int) -> str | None:
    """"* ... these are usually targets to 2015": the year a starred statement is due."""
    for block in blocks[index + 1:index + 15]:
        if block.marker == "*" or block.text.startswith("*"):
            year = _FOOTNOTE_YEAR_RE.search(block.text)
            return year.group(1) if year else None
    return None


def _labels(text: str, at: int) -> bool:
    return text.rfind("(", 0, at) > text.rfind(")", 0, at)


def _qualifies(text: str) -> bool:
    """Whether a sentence outside a target column states a target."""
    values = find_values(text)
    # Progress after a named target ("..., and 1,497 had been recorded so far") is not a result
    # that replaces it.
    if is_past_report(text[:values[0].end] if values and values[0].slot == "target_is" else text):
        return False
    indicators = [(c.code, c.start, c.end) for c in find_codes(text)]
    strong = bool(values) and values[0].strong
    if indicators:
        if _REFERENCE_RE.search(text[:indicators[0][1]]) and not strong:
            return False
        # Without a figure, the code must label the statement: "... cleanliness. (NI 195)".
        return bool(values) or (_labels(text, indicators[0][1]) and has_commitment(text))
    if strong:
        return has_commitment(text)
    if values and values[0].slot == "share":
        return bool(_AIM_RE.search(text) or (_WILL_RE.search(text) and _DUE_OR_BOUND_RE.search(text)))
    return bool(_ALL_BY_RE.search(text))


# ---------------------------------------------------------------- records

def _deadline(text: str) -> str | None:
    deadline = parse_deadline(text)
    if deadline:
        return deadline
    target_for = _TARGET_FOR_YEAR_RE.search(text)  # "The target for 2010/11 is 85%"
    if target_for:
        return parse_deadline(f"by {target_for.group(1) or target_for.group(2)}")
    months = [iso[:7] for iso, _, _ in find_dates(text) if len(iso) >= 7]
    return months[0] if months else None


def _fragmentary(measure: str) -> bool:
    """"for Key Stage 2 pupils": a measure that only makes sense after its lead-in."""
    words = measure.split()
    return len(words) < 4 or words[0] in ("for", "at", "in", "among", "of", "by")


def _targets(statement: Statement) -> list[Target]:
    text = clean(statement.text)
    if not text or (not statement.committed and not _qualifies(text)):
        return []
    deadline = _deadline(text) or statement.deadline_hint
    framing = direction(statement.lead_in) if statement.lead_in else None
    subject = lead_in_subject(statement.lead_in) if statement.lead_in else ""
    records, first_direction = [], None
    for piece in split_pairs(text):
        way = direction(piece) or first_direction or framing or "achieve"
        first_direction = first_direction or way
        value = read_value(piece, decreasing=way == "decrease")
        measure = measure_of(piece, value)
        clause = value_clause(piece, value)[0]  # a date in a progress clause is not the deadline
        due = _deadline(clause) or (deadline if clause == piece else statement.deadline_hint)
        if subject and _fragmentary(measure):
            measure = f"{subject} {measure}".strip()
        indicator = indicator_of(piece) or indicator_of(text)
        if not measure and statement.context:
            measure = measure_of(statement.context, None)
            indicator = indicator or indicator_of(statement.context)
        records.append(_from_context(Target(
            page=statement.page, quote=text, indicator=indicator,
            measure=measure or text, baseline=value.baseline if value else None,
            target=value.target if value else None, unit=value.unit if value else None,
            deadline=due, direction=way,
        ), statement.previous))
    return records


def _from_context(target: Target, previous: str) -> Target:
    """Fill a baseline the sentence before reports; a counted output is a target to raise."""
    baseline = None
    if target.baseline is None and target.target is not None and previous:
        baseline = earlier_figure(previous, target.measure, target.unit, target.deadline)
    if baseline is not None and baseline != target.target:
        way = target.direction
        if way == "achieve":
            way = "increase" if target.target > baseline else "decrease"
        return target.model_copy(update={"baseline": baseline, "direction": way})
    if target.direction == "achieve" and target.baseline is None and counts_an_output(target.quote,
                                                                                       target.measure):
        return target.model_copy(update={"direction": "increase"})
    return target
