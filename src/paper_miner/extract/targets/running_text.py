"""Running text: sentences of paragraphs, list items and cells of tables without a target column.

Under a "Measures" / "Success measures" / "Key performance measures" heading, each item that
states a figure is how the paper will judge success, a target whatever its tense ("Turnover is
below 12% by 2026"); the heading is often printed as a list item or in bold, and its items run
until the next heading, numbered objective or question ("How will we know ...?"). So is each
item of a list under a lead-in that names it the paper's aims ("Our targets for the new
contract are:" / "to compost 40% of garden waste").

A sentence carries the heading it sits under and the sentence before it, which may name what
a bare "The target is 85%" measures or report its baseline; a starred statement takes its
deadline from the footnote below ("* these are usually targets to 2015").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from paper_miner.extract.common.parse import parse_deadline
from paper_miner.extract.common.sentences import sentences_keeping_labels as sentences
from paper_miner.extract.common.vocabulary import IRREGULAR_PARTICIPLE, MONTH, TARGET_LINE, YEAR
from paper_miner.extract.targets import flat_rows, flat_scorecards
from paper_miner.extract.targets.kpi_boxes import is_box, split_box_blocks
from paper_miner.extract.targets.labelled_lists import is_labelled_list
from paper_miner.extract.targets.period_tables import is_period_table
from paper_miner.extract.targets.reports import RESULT_LABEL_RE
from paper_miner.extract.targets.service_standards import standard_blocks
from paper_miner.extract.targets.spaced_tables import is_spaced_row
from paper_miner.extract.targets.statements import Statement, targets_of
from paper_miner.extract.targets.target_tables import header_of
from paper_miner.extract.targets.text import cell_items
from paper_miner.extract.targets.text_scorecards import opens_with_header
from paper_miner.extract.targets.values import find_values, quantities
from paper_miner.models import Block, Document, Layout, Rag, Target

# "MEASURES", "**Success measures**", "Key performance measures:", "Measures of success".
# "How we will measure success", "People Plan: how we will know we have succeeded", "Measuring progress"
# (a question, "How will we know we are making a difference?", opens what was achieved instead).
_MEASURES_HEADING_RE = re.compile(
    r"^(?:(?:key|success|performance|outcome|our)\s+)*(?:measures(?:\s+of\s+success)?|targets)$"
    r"|^(?:[^.?]{3,60}?\s)?(?:how\s+(?:we\s+will|will\s+we)\s+(?:measure|know)\b[^.?]{0,40}|measuring\s+(?:success|progress))$",
    re.IGNORECASE)
# "Our aim is", "The council's targets for 2026 are", "We aim to", "Our ambitions are to", "The
# key priorities to improve services in 2026/27 are", "Our ambitions for 2030", "By March 2027 we
# will", "Over the next three years we will", "We are committed to", "Our service standards are",
# "the service is required to meet the regional targets of".
_AIMS_LEAD_RE = re.compile(
    r"^(?:(?:our|the|the\s+council[’']s)\s+(?:[a-z]+\s+)?(?:aims?|targets?|ambitions?|goals?|priorities|commitments|pledges)"
    r"(?:\s+(?:for|to|in|by)(?:\s+\S+){1,8}?)?(?:\s+(?:is|are|will\s+be)(?:\s+to)?)?"
    r"|(?:(?:by|before|over|during|in|for)\s+[^,:;]{3,40}?,?\s+)?we\s+(?:will|aim|will\s+aim|intend|plan|pledge|are\s+committed)"
    r"(?:\s+to)?"
    # "Service standards and performance indicators are as follows", "Our customer promises are"
    r"|(?:[a-z]+\s+){0,4}(?:standards|targets|indicators|promises|pledges)(?:\s+and\s+(?:[a-z]+\s+){0,2}"
    r"(?:standards|targets|indicators))?\s+(?:are|include)(?:\s+as\s+follows)?"
    # "As last year, the service is required to meet the regional targets of"
    r"|.*\bto\s+(?:reach|meet|achieve|hit)\s+(?:the\s+|our\s+|its\s+)?(?:[a-z]+\s+){0,3}targets?(?:\s+of)?"
    # "By 2028:", "By the end of March 2027:": a date over the list of what is due by then
    rf"|(?:by|before)\s+(?:the\s+end\s+of\s+)?(?:{MONTH}\s+)?{YEAR}(?:/\d\d)?)$",
    re.IGNORECASE)
# The period in a lead-in the items under it are due in: "Our ambitions for 2030".
_LEAD_IN_YEAR_RE = re.compile(r"\bfor\s+((?:19|20)\d\d(?:/\d\d)?)\b", re.IGNORECASE)
# An action table's columns: how success is measured, and when each action is due.
_MEASURE_COLUMN_RE = re.compile(r"^(?:(?:key|success|performance|outcome)\s+)*measures?(?:\s+of\s+success)?$"
                                r"|^how\s+(?:we\s+will|will\s+we)\s+(?:measure|know)\b", re.IGNORECASE)
_WHEN_COLUMN_RE = re.compile(r"^(?:timescales?|time\s*frames?|by\s+when|when|target\s+date|deadline|due(?:\s+date)?)$",
                             re.IGNORECASE)
# A measure cell's level to reach: "at least 25", "All 4 ... completed", "80% of providers to hold",
# "increased from 18% to 30%", "400 homes insulated"; not a result so far ("56% (+0.1 p.p.)",
# "baseline 21,000", "(23/24 Q4)", "to date").
_LEVEL_TO_REACH_RE = re.compile(
    r"\b(?:at\s+least|no\s+(?:more|fewer|less)\s+than|all\s+\d|achieve|(?:increase|reduce|improve|rise|fall)[sd]?\s+"
    r"(?:from|to|by)|from\s+[\d.,]+\s*%?\s+to)\b|\d\s*%\s+of\s+[^.;]{3,60}?\s+to\s+[a-z]+\b"
    rf"|^\s*[\d,]+\s+(?:[a-z]+\s+){{1,3}}(?:[a-z]+ed|{IRREGULAR_PARTICIPLE})\b",
    re.IGNORECASE)
_RESULT_SO_FAR_RE = re.compile(r"\bp\.?\s?p\b|\bbaseline\b|\bQ[1-4]\b|\bto\s+date\b|\bcurrently\b", re.IGNORECASE)
_MARKUP_RE = re.compile(r"[*_#:•\s]+")
# "Target 1: Support the creation of 20,000 jobs", "KPI 3 – Plant 5,000 trees", "Stretch Outcome 3: 95%
# of ... by 2027": an item the paper labels as one of its targets, a commitment whatever its wording.
_TARGET_LABEL_RE = re.compile(r"^(?:target|kpi|pledge|commitment|objective|ambition|goal|aim|stretch\s+outcome)\s+\d{1,2}\s*[:.–-]\s+(?=\S)",
                              re.IGNORECASE)
# A web page's target line, under the paragraph or heading naming its indicator and over the
# latest figure printed alone ("93%").
_TARGET_LINE_RE = re.compile(TARGET_LINE, re.IGNORECASE)
# The figure opening the line under it ("93%"; "4% Average wait ...", when the next indicator's
# name is run on after it).
_LEADING_FIGURE_RE = re.compile(r"^\s*(£?\d[\d,]*(?:\.\d+)?\s?(?:%|per\s?cent|(?:working\s+)?[a-z]+)?)(?:\s+(?=[A-Z])|\s*$)",
                                re.IGNORECASE)
# "(A call is abandoned when the caller hangs up first.)": a note on the indicator, not its name.
_NOTE_RE = re.compile(r"^\s*\(.*\)\.?\s*$", re.DOTALL)
# "• 97% of bins emptied on the day (target: 95%) • 88% of repairs ...": bullets run into one
# line, each its own statement.
_INLINE_BULLET_RE = re.compile(r"(?:^|\s+)[•▪◦]\s+")
_FOOTNOTE_YEAR_RE = re.compile(r"\btargets?\b.*\b(?:to|by|until)\s+((?:19|20)\d\d)\b",
                               re.IGNORECASE)


def find(layout: Layout, document: Document) -> Iterator[Target]:
    for statement in _text_statements(layout.blocks):
        yield from targets_of(statement)


def _text_statements(blocks: list[Block]) -> Iterator[Statement]:
    """Sentences of paragraphs, list items and cells of tables without a target column."""
    measures = aims = asks = False
    due: str | None = None
    read_elsewhere = flat_scorecards.row_blocks(blocks) | flat_rows.row_blocks(blocks) | standard_blocks(blocks) | split_box_blocks(blocks)
    for index, block in enumerate(blocks):
        asks = block.kind == "list_item" and (asks or (index > 0 and _asks_government(blocks[index - 1])))
        measures = _opens_measures(block) or (measures and not _closes_measures(block))
        lead = _aims_lead(blocks[index - 1]) if index > 0 else None
        aims = block.kind == "list_item" and (aims or lead is not None)
        due = _lead_in_deadline(lead) if lead is not None else due
        if index in read_elsewhere:
            continue  # read by ``flat_scorecards``, ``service_standards`` or ``kpi_boxes`` (its list goes on)
        if asks:
            continue  # what a motion asks of the government is not the council's to reach
        if (measures or aims) and block.kind in ("paragraph", "list_item") and _states_a_level(block.text):
            yield Statement(text=block.text, page=block.page, committed=True, deadline_hint=due if aims else None)
            continue
        inline = _inline_aims(block)
        if inline is not None:
            lead, items = inline
            yield from (Statement(text=item, page=block.page, committed=True, deadline_hint=_lead_in_deadline(lead))
                        for item in items if _states_a_level(item))
            continue
        labelled = _TARGET_LABEL_RE.match(block.text) if block.kind in ("paragraph", "list_item") else None
        if labelled and quantities(block.text[labelled.end():]):
            yield Statement(text=block.text[labelled.end():], page=block.page, committed=True)
            continue
        action_columns = _measure_and_when_columns(block)
        yield from _action_table_measures(block, action_columns)
        above, latest = _around_target_line(blocks, index)
        rating = _rating_below(blocks, index) if latest else None
        for text in _block_texts(block, action_columns):
            if not re.search(r"\d", text):
                continue  # spaCy only sees text that could state a figure or an indicator
            context = above or (block.section[-1] if block.section else "")
            previous = ""
            for sentence in sentences(text):
                hint = _footnote_deadline(blocks, index) if sentence.rstrip().endswith("*") else None
                yield Statement(text=sentence, page=block.page, committed=False, deadline_hint=hint,
                                context=context, previous=previous, listed=block.kind == "list_item",
                                in_table=block.kind == "table", latest=latest, rating=rating)
                context = previous = sentence


def _around_target_line(blocks: list[Block], index: int) -> tuple[str, str]:
    """A target line's indicator (above it) and latest figure (below it, on a line of its own
    between the two, as a dashboard card prints it: "Homes completed" / "126" / "Target: 150", or
    after the name's colon: "Homes completed: 126"); empty for any other block."""
    if not _TARGET_LINE_RE.match(blocks[index].text):
        return "", ""
    figure_above = _LEADING_FIGURE_RE.fullmatch(blocks[index - 1].text) if index > 0 else None
    if figure_above:
        return _indicator_above(blocks, index - 1), figure_above.group(1).strip()
    named = _NAMED_FIGURE_RE.match(blocks[index - 1].text) if index > 0 else None
    if named:  # "Calls answered within a minute: 71.2%" over "Target missed: our target is 75%"
        return named.group("name").strip(), named.group("figure").strip()
    return _indicator_above(blocks, index), _latest_below(blocks, index)


# An indicator's name and its latest figure after a colon, on the line over its target.
_NAMED_FIGURE_RE = re.compile(r"^(?P<name>[^:]{3,200}):\s*(?P<figure>£?\d[\d,]*(?:\.\d+)?\s?%?)\s*$")


# "Indicator: Household waste recycled" over "Target: 55%": the label names no part of it.
_NAME_LABEL_RE = re.compile(r"^\s*(?:(?:key\s+)?(?:performance\s+)?indicator|measure|kpi|pi|name)\s*:\s*", re.IGNORECASE)


def _indicator_above(blocks: list[Block], index: int) -> str:
    """What a target line measures: the last sentence of the paragraph above it, past a note in
    brackets ("The share of letters answered within 10 days." over "Target is 90%")."""
    above = next((b for b in reversed(blocks[max(0, index - 3):index]) if not _NOTE_RE.match(b.text)), None)
    if above is None or above.kind not in ("paragraph", "heading"):
        return ""
    name = _NAME_LABEL_RE.sub("", _LEADING_FIGURE_RE.sub("", above.text))  # its latest figure, its label
    return sentences(name)[-1] if name.strip() else ""


def _latest_below(blocks: list[Block], index: int) -> str:
    """The figure printed under a target line: the indicator's latest value, maybe labelled
    ("Target exceeded: 98%", "Current performance:" over "*26.6 working days", a note's stars
    before it)."""
    below = blocks[index + 1] if index + 1 < len(blocks) else None
    if below is None:
        return ""
    label = RESULT_LABEL_RE.match(below.text)
    text = below.text[label.end():] if label else below.text
    if label and not text.strip() and index + 2 < len(blocks):
        text = blocks[index + 2].text  # the label alone on its line, its figure under it
    figure = _LEADING_FIGURE_RE.match(text.lstrip(" *"))
    return figure.group(1).strip() if figure else ""


# "Status: Amber", "RAG rating: Green": a card's rating on a line of its own under its figures.
_RATING_LINE_RE = re.compile(r"^\s*(?:status|rag(?:\s+(?:rating|status))?|rating)\s*:\s*(red|amber|green)\b", re.IGNORECASE)
MAX_CARD_LINES = 3


def _rating_below(blocks: list[Block], index: int) -> Rag | None:
    """The rating printed a line or two under a target line, before the next card's target."""
    for block in blocks[index + 1:index + 1 + MAX_CARD_LINES]:
        if _TARGET_LINE_RE.match(block.text):
            return None
        rating = _RATING_LINE_RE.match(block.text)
        if rating:
            return rating.group(1).lower()
    return None


def _bare(text: str) -> str:
    return _MARKUP_RE.sub(" ", text).strip()


# "Community Safety Plan 2026-2029 – Measures", "Section 4: Targets": a title, then what the part holds.
_TITLED_PART_RE = re.compile(r"^[^.?]{3,80}?(?:\s[–-]|:)\s+(?=\S)")


def _opens_measures(block: Block) -> bool:
    """A heading or short line naming the measures (or targets) under it, maybe after its title."""
    text = block.text.strip()
    return block.kind in ("heading", "paragraph", "list_item") and any(
        _MEASURES_HEADING_RE.match(_bare(part)) for part in (text, _TITLED_PART_RE.sub("", text)))


# A heading that names the list under it as targets: "Performance targets for 2024/25", "Key aims".
_AIMS_HEADING_RE = re.compile(r"^(?:[a-z]+\s+){0,3}(?:targets|aims|ambitions|commitments|pledges)"
                              r"(?:\s+(?:for|to|in|by|until)\s+[^:;.]{1,30})?:?$", re.IGNORECASE)


def _aims_lead(block: Block) -> str | None:
    """The words that make the list under ``block`` the paper's aims: the whole of a lead-in
    (``_opens_aims``) or the last sentence of a paragraph naming targets for a year and ending
    in a colon ("... So far we have set targets for 21 key indicators for 2015 as follows :-")."""
    if _opens_aims(block):
        return block.text
    colon = block.kind == "paragraph" and block.text.rstrip().endswith((":", ":-"))  # no sentence split otherwise
    last = sentences(block.text)[-1] if colon else ""
    dated = _lead_in_deadline(last) is not None  # targets set for a year, not any list about targets
    return last if _LIST_LEAD_RE.match(last) and dated and not _RESULTS_RE.search(last) else None


def _opens_aims(block: Block) -> bool:
    """A lead-in that makes the list under it the paper's aims ("Our aim is:", "Our targets
    for 2026 are:", "We aim to:", "By March 2027 we will:", a heading "Our ambitions for 2030",
    "Performance targets for 2024/25")."""
    text = _bare(block.text)
    return block.kind in ("paragraph", "heading") and bool(_AIMS_LEAD_RE.match(text)) \
        or block.kind == "heading" and bool(_AIMS_HEADING_RE.match(text))


# "This Council calls on the Government to:", "... asks the Leader to write to the Chancellor,
# seeking the following:", "urge our MPs to lobby for:".
_ASK_RE = re.compile(r"\b(?:calls?\s+(?:up)?on|urg(?:e|es|ing)|ask(?:s|ing)?|request(?:s|ing)?|lobby(?:ing)?"
                     r"|writ(?:e|es|ing)\s+to)\b", re.IGNORECASE)
_GOVERNMENT_RE = re.compile(r"\b(?:government|minister|secretary\s+of\s+state|chancellor|parliament|MPs?)\b",
                            re.IGNORECASE)


def _asks_government(block: Block) -> bool:
    """A motion's lead-in that asks the government for what its list sets out ("This Council
    calls on the Government to:" / "Lower the voting age to 16."): a request to another body,
    not a level the council commits to reach."""
    text = _bare(block.text)
    return (block.kind == "paragraph" and block.text.rstrip().endswith(":") and bool(_ASK_RE.search(text))
            and bool(_GOVERNMENT_RE.search(text)))


# "The Board has agreed targets for its indicators for 2027 as follows :- 1 Reduce ... 2 Over ...": a
# lead-in naming targets, then its list run into one paragraph by a page saved as text.
# A lead-in naming targets, ending in a colon: "We have set targets for 21 indicators for 2015 as
# follows :-", its numbered items run on after it or in a list below.
_LEAD = r"^(?P<lead>.*\b(?:targets?|aims?|ambitions?|commitments?)\b[^:]*):-?\s*"
_INLINE_LEAD_RE = re.compile(_LEAD + r"(?=1\s+[A-Z])", re.IGNORECASE | re.S)
_LIST_LEAD_RE = re.compile(_LEAD + "$", re.IGNORECASE | re.S)
# "The targets missed this year were:", "The position on the achievement of targets was as
# follows:": a lead-in to results, not to aims.
_RESULTS_RE = re.compile(r"\b(?:missed|not\s+(?:met|achieved|reached)|achiev\w*|against|performance|position|progress"
                         r"|results?|outturn)\b", re.IGNORECASE)
_MIN_INLINE_ITEMS = 3


def _inline_aims(block: Block) -> tuple[str, list[str]] | None:
    """The lead-in and items of a numbered list of aims run into its paragraph ("... as follows
    :- 1 Reduce litter 2 Over 70 per cent of ... 3 Keep ..."): items numbered 1, 2,
    3 ... in turn, each opening on a capital; None where fewer than three are."""
    found = _INLINE_LEAD_RE.match(block.text) if block.kind == "paragraph" else None
    if found is None:
        return None
    rest, starts, number = block.text[found.end():], [], 1
    while (at := re.search(rf"(?:^|\s){number}\s+(?=[A-Z])", rest[starts[-1] if starts else 0:])) is not None:
        starts.append((starts[-1] if starts else 0) + at.end())
        number += 1
    if len(starts) < _MIN_INLINE_ITEMS:
        return None
    ends = [start - len(str(n + 2)) - 1 for n, start in enumerate(starts[1:])] + [len(rest)]
    return found.group("lead"), [rest[start:end].strip() for start, end in zip(starts, ends)]


def _lead_in_deadline(lead_in: str) -> str | None:
    """When a lead-in's aims are due: "By March 2027 we will:" -> 2027-03, "The priorities in
    2025/26 are:" -> 2026-03, "Our ambitions for 2030:" -> 2030."""
    year = _LEAD_IN_YEAR_RE.search(lead_in)
    return parse_deadline(lead_in) or (parse_deadline(f"by {year.group(1)}") if year else None)


def _states_a_level(text: str) -> bool:
    """Whether an item prints a level to reach; a sum of money alone ("invest £2m in play
    areas") is spending, not a target."""
    return any(value.slot != "money" for value in find_values(text))


def _closes_measures(block: Block) -> bool:
    """A heading, a numbered objective or a question ends a list of measures."""
    numbered = bool(block.marker and block.marker.rstrip(".)").isdigit())
    return block.kind in ("heading", "table") or numbered or _bare(block.text).endswith("?")


def _block_texts(block: Block, action_columns: tuple[int, int] | None = None) -> list[str]:
    """The texts a block's sentences are read from; an action table's measure column
    (``action_columns``, see ``_action_table_measures``) is read on its own."""
    if is_box(block) or is_period_table(block) or is_labelled_list(block):
        return []  # read by ``kpi_boxes``, ``period_tables`` or ``labelled_lists``
    if block.kind in ("paragraph", "list_item"):
        # a scorecard run together, or a row of one, is read by the table readers
        if opens_with_header(block.text) or is_spaced_row(block.text):
            return []
        return [item for item in _INLINE_BULLET_RE.split(block.text) if item.strip()]
    if block.kind == "table" and header_of(block) is None:
        return [item for row in block.rows for i, cell in enumerate(row.cells)
                if not action_columns or i != action_columns[0] for item in cell_items(cell)]
    return []


def _measure_and_when_columns(table: Block) -> tuple[int, int] | None:
    """An action table's measure column and its timescale column ("What we will do | Lead |
    Timescale | Measure of success"), if it has both."""
    if table.kind != "table" or not table.rows:
        return None
    header = [c.strip() for c in table.rows[0].cells]
    measure = next((i for i, c in enumerate(header) if _MEASURE_COLUMN_RE.match(c)), None)
    when = next((i for i, c in enumerate(header) if _WHEN_COLUMN_RE.match(c)), None)
    return (measure, when) if measure is not None and when is not None and header_of(table) is None else None


def _action_table_measures(block: Block, columns: tuple[int, int] | None) -> Iterator[Statement]:
    """A measure cell of an action table (its measure and timescale ``columns``) that prints a
    level to reach is a target, due by its row's timescale ("Recruit foster carers | March 2026
    | At least 25 new foster households approved"); one without a figure ("Strategy approved by
    Cabinet") is none."""
    if columns is None:
        return
    measure, when = columns
    for row in block.rows[1:]:
        cells = row.cells + [""] * (max(columns) + 1 - len(row.cells))
        due = parse_deadline(f"by {cells[when].strip()}")
        for item in cell_items(cells[measure]):
            if find_values(item) and _LEVEL_TO_REACH_RE.search(item) and not _RESULT_SO_FAR_RE.search(item):
                yield Statement(text=item, page=row.page, committed=True, deadline_hint=due)


def _footnote_deadline(blocks: list[Block], index: int) -> str | None:
    """"* ... these are usually targets to 2015": the year a starred statement is due."""
    for block in blocks[index + 1:index + 15]:
        if block.marker == "*" or block.text.startswith("*"):
            year = _FOOTNOTE_YEAR_RE.search(block.text)
            return year.group(1) if year else None
    return None
