"""Decisions in running text: paragraphs, list items and table cells read in order.

The paper is read in order, remembering the bodies it names (:mod:`..common.bodies`) so that
``HPG``, ``the Group`` or ``That meeting`` resolve to a full name, and the meeting dates it
gives (:mod:`.dates`). Sentences are cut into decision clauses by :mod:`.clauses`; this module
gives each clause its body and date. A table headed "Recommendations" or "Resolved" is read as
a lead-in and one item per row.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from paper_miner.extract.common.bodies import Bodies, Mention, head_of, initials, readable_case
from paper_miner.extract.common.parse import parse_date
from paper_miner.extract.common.sentences import sentence_spans as sentences
from paper_miner.extract.common.vocabulary import LINKED_FILE_TAIL, MEETING_PEOPLE, MEMBER_TITLE, TRUE_RECORD
from paper_miner.extract.decisions.asides import PROCEDURAL_SUBJECT_RE, is_aside, is_reported_speech
from paper_miner.extract.decisions.clauses import (
    BASE,
    INTRODUCTORY_RE,
    NOT_IN_POSITION_RE,
    PAST,
    PRESENT,
    PROVISO_FIRST_RE,
    RELATIVE,
    SPACED_LABEL_RE,
    SUBJUNCTIVE_RE,
    THAT_RE,
    Clause,
    decided_clauses,
    recommended_clauses,
    split_sums,
    subjunctive_clauses,
    trim_subject,
    verb_in_lower_case,
    without_movers,
)
from paper_miner.extract.decisions.dates import date_of_clause, dates_in, heading_date
from paper_miner.extract.decisions.header import HEADER_BLOCKS, meeting_line, minuted_pages, own_meeting
from paper_miner.extract.decisions.items import (
    DEFERRED_RE,
    ITEM_VERBS,
    LEAD_END_RE,
    Label,
    closing_decision,
    item_clauses,
    item_lead,
    label,
    lead_in,
)
from paper_miner.extract.decisions.offices import Deciders, is_office
from paper_miner.extract.decisions.seconded import APPROVAL_TITLE_RE, moved_title
from paper_miner.extract.decisions.subjects import (
    is_generic,
    is_pronoun,
    item_heading,
    item_title,
    numbered_title,
    quote_from,
)
from paper_miner.layout.blocks import ends_sentence
from paper_miner.models import Block, Decision, Document, Layout

RECOMMENDATIONS_RE = re.compile(r"\brecommendations?\b", re.IGNORECASE)
# "The accounts were noted as follows:", "Cabinet noted the Forward Plan including the following
# changes:": the sentence decides about its own object, and what follows are its details.
# "The Commissioner has approved the allocation of £9,000 from the following funds:": its object
# named before "the following", the list saying where from.
AS_FOLLOWS_RE = re.compile(r"\b(?:was|were)\s+\w+ed\s+as\s+follows\s*:-?\s*$|"
                           r"\w+\s+(?:including|subject\s+to)\s+the\s+following\b[^:;.]*:-?\s*$|"
                           r"\b(?:has|have)\s+\w+ed\s+(?:the|a|an)\s+[^:;]*?\s(?:from|of|to|for|in|on)\s+the\s+following\b[^:;.]*:-?\s*$",
                           re.I)
# "how this might be achieved": the subject is only clear with the sentence before.
ANAPHORIC_RE = re.compile(r"\b(?:this|it)\b(?=\s+(?:might|may|could|would|will|is|was|can|should)\b)")
# "... Committee: (a) approves ...; (b) notes ...", "That the Board (a) note ... and (b) support":
# items printed inline after a lead-in.
ITEM_LABEL = r"\((?:[a-zA-Z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|[ivx]{2,4}|\d{1,2})[.)]|[A-Z]\)"
# "a. Review the Plan – agreed b. Expenses policy – deferred": an item after an item's outcome.
OUTCOMES = ("agreed", "approved", "noted", "adopted", "accepted", "endorsed", "ratified", "deferred",
            "rejected", "withdrawn", "supported", "Agreed", "Approved", "Noted", "Deferred")
AFTER_OUTCOME = "|".join(f"(?<={dash} {word})" for dash in "-–—" for word in OUTCOMES)
# "... within the budget ii) Note the details": a later roman item after a word, opening with a capital.
LATER_ROMAN = r"(?<=\w)(?=\s+(?:ii|iii|iv|vi{0,3})\)\s+[A-Z])"
# "the scheme approved at 2.1 (1) above be updated": a label pointed back to, not an item.
INLINE_ITEM_RE = re.compile(
    rf"(?:(?<=[:;.])|(?<=:-)|(?<=:–)|(?<=\band)|(?<=\b[Tt]hat)|(?<=\w)(?=\s+\()|{LATER_ROMAN}|{AFTER_OUTCOME})\s+({ITEM_LABEL})\s+"
    r"(?!(?:above|below)\b)")
# "2)    the reports be noted; and 3) ...": a paragraph opening with an item's label.
OPENING_ITEM_RE = re.compile(rf"^\s*({ITEM_LABEL})\s+")
BARE_ITEM_LABEL_RE = re.compile(rf"\s*(?:{ITEM_LABEL}|[·•▪◦])\s*")
# what may come before the first inline item: "...:", "That the Partnership :-", "That", "That the
# Board", "That Cabinet agree to", "Members are asked to"; not "subject to:-", the conditions of one decision
INLINE_LEAD_RE = re.compile(r"(?:(?<!\bsubject\sto)(?<!\bsubject\sto\s):[-–]?|\b[Tt]hat(?:\s+(?:the\s+)?(?:[A-Z][\w'&-]*\s*){1,6})?"
                            r"|\b(?:agrees?|asked|invited|requested|recommended|resolves?)\s+to)\s*$")
# "The Board is invited to:", "It is recommended that:-": a lead-in whose items run on after it
# in lower case, with no labels ...
UNLABELLED_LEAD_RE = re.compile(r"^(?P<lead>[^:;]{3,200}?\b(?:to|that)\s*:-?)\s+(?=[a-z])")
# ... parted by semicolons: "approve the strategy; and; request the Director to ...".
ITEM_PARTING_RE = re.compile(r";\s*(?:(?:and|or)\s*;?\s*)?")
# A table headed "Recommendation(s)", "Resolved", "Decision(s)": its rows are the items.
TABLE_LABEL_RE = re.compile(r"(?:recommendations?|resolved|resolutions?|decisions?|agreed)", re.I)
READ_KINDS = ("paragraph", "list_item")
MAX_SUBHEADING_WORDS = 10
# "The following comments were put forward by Cabinet:", "Members raised the following points:-":
# a lead-in over what was said.
_REMARKS = r"(?:comments?|points?|questions?|issues?|views?|concerns?|observations?|remarks?)"
_SAID = r"(?:made|raised|put\s+forward|expressed|highlighted|discussed|asked)"
REMARKS_LEAD_RE = re.compile(
    rf"(?:\b{_REMARKS}\b[^:.;]{{0,80}}?\b(?:were|was)\s+{_SAID}\b|\b{_SAID}\s+the\s+following\s+{_REMARKS}\b)"
    r"[^:.;]{0,60}:\s*-?\s*$", re.I)
# "Mr Brady proposed and Ms Cole seconded the following amendment to the substantive motion:",
# "Mrs Hale proposed, and Mr Ito seconded the motion that", "The following motion was moved by
# Cllr Dale:": the text of a motion, not yet decided.
MOVED_TEXT_RE = re.compile(
    r"\b(?:proposed|moved)\b[^:;]{0,120}?\bseconded\b[^:;]{0,60}?\bthe\s+(?:following\s+)?(?:amendment|motion)\b"
    r"(?:[^:;]{0,80}:|\s+that)\s*-?\s*$"
    r"|\bthe\s+following\s+(?:amendment|motion)\s+(?:was|were)\s+(?:proposed|moved)\b[^:;]{0,80}:\s*-?\s*$", re.I)
# What ends a motion's text: the vote on it ("Amendment lost.", "The motion was carried") or the
# resolution it became ("RESOLVED that ...").
MOTION_END_RE = re.compile(
    r"^\s*(?:(?:the\s+)?(?:substantive\s+)?(?:amendment|motion|proposal)\b[^.]{0,60}?\b(?:lost|carried|fell|defeated"
    r"|withdrawn|agreed|approved|passed)\b|(?:lost|carried|fell|defeated)\b|resolved\b)", re.I)
THIS_PAPER_RE = re.compile(r"this\s+(?:report|paper)", re.I)
MAX_CONNECTIVE_WORDS = 3
# "Reasons for the decision:", "Alternative options considered:": what a decision record gives
# under them argues for the decision ("Closing the branches was considered and rejected") and
# decides nothing, up to the next label or heading.
BARE_LABEL_RE = re.compile(r"^\s*[A-Z][\w ()/'.&,-]{0,50}:-?\s*$")
# "unanimously", "nem con", "by a majority": how a vote went, no subject of its own.
HOW_VOTED_RE = re.compile(r"\s*(?:\w+ly|nem\.?\s*con\.?|by\s+(?:a\s+)?majority)\s*", re.I)
# "Decision", "Decisions taken:", "DECISION MADE": the label a decision notice prints over its decision.
DECISION_LABEL_RE = re.compile(r"^\s*decisions?(?:\s+(?:taken|made))?\s*:?-?\s*$", re.I)
# "Portfolio Holder Decisions Taken pdf icon PDF 90 KB": an agenda item's title
# linking its paper, whatever verbs its words hold.
LINKED_TITLE_RE = re.compile(LINKED_FILE_TAIL, re.I)
# "(Key decision):", "(Exempt)": a note in brackets on a line of its own, between a label and
# what it labels.
BRACKETED_NOTE_RE = re.compile(r"^\s*\([^()]{1,40}\)\s*:?\s*$")
REASONS_LABEL_RE = re.compile(
    r"^\s*(?:reason(?:s|\(s\))?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)|(?:alternative|other)\s+options?"
    r"(?:\s+(?:considered|rejected))?(?:\s+and\s+rejected)?)\s*:?-?\s*$", re.I)
# Papers that record decisions taken (minutes, a decision notice or record), not ask for them.
RECORDS = ("minutes", "other")
# "Proposed Record of Decision", "Draft decision notice": a decision still to be taken.
PROPOSED_RE = re.compile(r"\b(?:proposed|draft)\s+(?:record\s+of\s+)?(?:executive\s+|key\s+)?decision", re.I)
# Head nouns that name a meeting's own body when minutes give it no fuller name.
OWN_HEADS = {"committee", "sub-committee", "board", "panel", "cabinet", "executive", "group", "forum"}
# "Community Groups: Applications were received ... All were accepted.": a run-in item heading.
RUN_IN_RE = re.compile(r"^\s*([A-Z][\w'’&/ -]{2,60}?)\s*:\s+(?=[A-Z])")
# "Noted", "Agreed.", "All agreed.", "Unanimously agreed", "Resolved.", "Agreed as per the recommendations",
# "APPROVED, subject to a review in six months":
# an outcome printed as a sentence of its own after the item it is about, perhaps labelled ("Outcome:
# Approved.", "Decision - Noted", "RESOLVED: Agreed").
BARE_OUTCOME_RE = re.compile(r"^\s*(?:(?:decision|outcome|resolved|resolution|result)\s*(?::-?|[–-])\s*)?(?:all\s+|[a-z]+ly\s+)?(noted|agreed|approved|accepted|endorsed|adopted|ratified|resolved)"
                             r"(?:\s+[a-z]+ly)?(?:\s+as\s+(?:per\s+(?:the\s+)?(?:officers?[’']?\s+)?recommendations?|recommended"
                             r"|presented|circulated))?(?:\s*[,;–-]\s*subject\s+to\s+[^.;]+)?\s*[.!]?\s*$", re.I)
# "... to renew the insurance – Proposed Cllr Ede & seconded by Cllr Fox": who moved the item, after it.
PROPOSED_TAIL_RE = re.compile(rf"[\s,;–—-]*\b(?:proposed|moved)\b(?:\s+by)?\s+(?:{MEMBER_TITLE}|the\s+chair)\b.*$",
                              re.I)
# "... be submitted to a future Executive meeting", "report back to the next meeting of the Board".
REPORTED_BACK_RE = re.compile(
    r"\b(?:report(?:ed)?\s+back|be\s+(?:submitted|brought|presented))\s+to\s+"
    r"((?:a|the)\s+(?:future|next|later|subsequent)\s+(?:meeting\s+of\s+(?:the\s+)?)?[A-Z][\w&' -]{1,60})")
# "the minutes of the meeting of the Executive Board held on 12 May", "the decisions of the Cabinet
# Meeting held on 21 April": a meeting confirms the record of its own last meeting.
OWN_RECORD_RE = re.compile(
    r"\b(?:minutes|decisions)\s+of\s+the\s+(?:meeting\s+of\s+(?:the\s+)?)?([A-Z][\w&' -]{1,60}?)"
    r"(?:\s+meeting)?\s+held\s+on\b", re.I)
CORRECT_RECORD_RE = re.compile(rf"\b{TRUE_RECORD}", re.I)
# "It was proposed that the scheme be approved in two tranches", "Cllr Dunn proposed that the
# Council accept the lowest quotation", "Proposed by Cllr Wilde, seconded by Cllr Barrow, that the
# following payments be approved:": a motion, decided by what follows.
_MOVER = rf"(?:{MEMBER_TITLE}\s[^,.;:]{{0,40}}?|the\s+(?:chair(?:man|woman)?|mayor|vice[- ]chair)(?:\s[^,.;:]{{0,40}}?)?)"
MOTION_RE = re.compile(
    rf"^\s*(?:it\s+was\s+(?:proposed|moved)(?:\s+by\s+[^,]{{1,60}},?)?|{_MOVER}\s+(?:proposed|moved)(?:,?\s+and\s+{_MOVER}\s+seconded)?"
    rf"|(?:proposed|moved)\s+by\s+[^,]{{1,60}},\s*(?:and\s+)?seconded\s+by\s+[^,]{{1,60}},?)\s+that\s+", re.I)
# "Cllr Hale proposed, Cllr Orme seconded:", "Proposed Cllr Hale, seconded Cllr Orme:": the
# movers of the motion whose words follow on the next line.
MOVERS_LEAD_RE = re.compile(
    rf"^\s*(?:{_MOVER}\s+(?:proposed|moved),?\s+(?:and\s+)?{_MOVER}\s+seconded"
    rf"|(?:proposed|moved)\s+(?:by\s+)?[^,;:]{{1,60}},\s*(?:and\s+)?seconded\s+(?:by\s+)?[^,;:]{{1,60}}?)\s*:-?\s*$", re.I)
# "..., seconded by Cllr Akhtar and carried.", "..., seconded and carried unanimously.": the vote
# on a motion told at its end.
SECONDED_AND_CARRIED_RE = re.compile(
    r",?\s+(?:and\s+)?seconded(?:\s+(?:by\s+)?[^,.;]{1,60}?)?\s+and\s+(?:\w+ly\s+)?(?:carried|agreed|approved)\b[^.;]*\.?\s*$",
    re.I)
# "This was passed unanimously.", "The motion was carried.", "Carried.", "All in favour.", "Seconded
# Cllr Ellis. (Unanimous)", "This was seconded by Cllr Moss and agreed by all present.": the
# motion just put was decided.
CARRIED_RE = re.compile(
    r"^\s*(?:seconded\s+(?:by\s+)?[^.;]{1,60}?[.,]?\s+)?(?:(?:this|it|the\s+(?:motion|proposal))\s+was\s+(?:(?:then|therefore|duly)\s+)?"
    r"(?:seconded\s+(?:by\s+)?[^.;]{1,60}?\s+and\s+)?(?:\w+ly\s+)?(?:passed|carried|agreed|approved)"
    r"(?:\s+(?:unanimously|by\s+\w+\s+votes?\s+to\s+\w+|on\s+a\s+show\s+of\s+hands|by\s+all(?:\s+present)?))?"
    r"|(?:motion\s+)?carried(?:\s+(?:unanimously|nem\.?\s*con\.?|(?:by\s+)?\d+\s+(?:votes?\s+)?(?:in\s+favou?r|for|to\s+\d+)"
    r"(?:,?\s+(?:with\s+)?\d+\s+(?:against|abstentions?))*))?|all\s+(?:were\s+)?in\s+favou?r"
    r"|\(?\s*unanimous(?:ly)?(?:\s+agreed)?\s*\)?|agreed"
    # "Cllr Hart seconded the motion, which was carried."
    rf"|{_MOVER}\s+seconded\s+(?:this|the)\s+(?:proposal|motion),?\s+which\s+was\s+(?:\w+ly\s+)?(?:carried|agreed|passed)"
    r"(?:\s+unanimously)?)\s*[.!]?\s*$", re.I)
# "They unanimously agreed to its submission.": a pronoun for the people last named.
THEY_RE = re.compile(r"^\W*they\b", re.I)
MEETING_MEMBERS_RE = re.compile(rf"\b{MEETING_PEOPLE}\b", re.I)
# "Members agreed", "At the Audit Panel on 3 May, Members considered": the people at a meeting deciding.
MEMBERS_SUBJECT_RE = re.compile(r"^(?:[^.;]*,\s*)?(?:the\s+)?(?:members|councillors)\s+(?:\w+ly\s+)?[a-z]+ed\b", re.I)
# "had agreed", "had already been approved": a decision made before the time the text tells of.
PLUPERFECT_RE = re.compile(r"\bhad\s+(?:(?:also|already|previously|earlier)\s+)?(?:been\s+)?\w+$", re.I)


@dataclass
class Context:
    """What the reader knows at a point of the paper."""

    bodies: Deciders
    paper_date: str | None
    addressed: str | None  # the body the paper goes to: who its recommendations address
    title: str | None = None
    cover: set[str] = field(default_factory=set)  # the title headings: they name no meeting
    minutes: bool = False  # the paper records its own meeting or decision: undated decisions are its own
    lead: Label | None = None  # a formal lead-in ("RESOLVED:", "Cabinet is recommended to:")
    lead_body: str | None = None  # the body of a lead-in ("The Group ... and:-") for its items
    lead_marker: str | None = None  # the lead-in's own list label: the next such label ends it
    items: int = 0  # items read under the lead-in so far
    details: bool = False  # an item ending in a colon was read: the bullets after it are its details
    outer: tuple | None = None  # an item that leads items of its own: the lead-in above it, restored after
    item_marker: str | None = None  # the label of the last item read under the lead-in
    paused: tuple | None = None  # a lead-in a subheading interrupted, its items perhaps going on below it
    led_at: int = -1  # how many blocks had been read when the last lead-in was
    proposed: bool = False  # a proposed record of decision: its resolutions are still to be made
    remarks: str | None = None  # "The following comments were made:": the lead-in's own label while its items run
    moved_text: bool = False  # the remarks are a motion's text, read up to the vote on it
    remark_label: str | None = None  # the label of the last remark item ("3."), to see a new list start
    motion: str | None = None  # "It was proposed that ...", not yet passed, in the item read
    block_decisions: list[Decision] = field(default_factory=list)
    last: Decision | None = None
    last_at: int = 0  # how many blocks had been read when the last decision was
    passed: list[Block] = field(default_factory=list)  # the blocks read so far
    said: str = ""  # the sentence (or heading) read last: what a "They" points back to
    closing: bool = False  # the block read is a lone line, the last of its page's text
    outcome_alone: bool = False  # the block read is an outcome word before the next item ("Decision" / "AGREED")
    own_head: str | None = None  # minutes naming no body that speak of "the Committee" first: their own


def find(layout: Layout, document: Document) -> list[tuple[Decision, list[str]]]:
    """Every decision of the paper's running text, with the section it sits in; a web page of no
    kind ("Our council voted to support a plan ...") tells of decisions as a report does, not as
    their record."""
    from paper_miner.extract.document import records_decisions  # here: the document module reads decision dates

    if document.doc_type == "other" and not records_decisions(layout):
        document = document.model_copy(update={"doc_type": "report"})
    return read(layout.blocks, document, cover=_cover_headings(layout.blocks))


def read(blocks: list[Block], document: Document, cover: set[str]) -> list[tuple[Decision, list[str]]]:
    """The decisions of blocks read in order; ``cover`` holds the title headings, which name
    no meeting item."""
    bodies = Deciders(authority=document.authority)
    own = own_meeting(blocks, bodies)  # before any sentence is remembered: the page as printed
    addressed = (own.body if own.stated or document.body is None else None) or document.body \
        or _own_record_of(blocks, bodies) or meeting_of(document)
    proposed = bool(PROPOSED_RE.search(document.title or ""))
    addressed = addressed or _reported_back_to(blocks, bodies) or _asked_in_recommendations(blocks, bodies)
    context = Context(bodies, own.date or document.date, addressed,
                      document.title, cover=cover, minutes=(document.doc_type in RECORDS or own.stated) and not proposed,
                      proposed=proposed)
    if context.minutes and context.addressed is None:
        context.own_head = _own_head(blocks, bodies)
    records: list[tuple[Decision, list[str]]] = []
    reasons = False
    parts = _decided_before_reasons(_outcome_lines(part for whole in _labels_joined(blocks) for part in _items(whole)))
    closing = _closing_blocks(parts)
    alone = _outcomes_alone(parts)
    minuted, pack = minuted_pages(blocks, context.paper_date), (context.paper_date, context.minutes)
    for index, block in enumerate(parts):
        if block.kind == "paragraph" and BRACKETED_NOTE_RE.match(block.text):
            continue  # "Decision:" / "(Non-key decision)" / "(a) To agree ...": the note leads nothing
        context.closing = index in closing and len(sentences(block.text)) == 1  # a lone line
        context.outcome_alone = index in alone
        if minuted:  # an agenda pack: the minutes of its earlier meeting record that day's decisions
            context.paper_date, context.minutes = (minuted[block.page], True) if block.page in minuted else pack
        _next_meeting(block, context)
        if block.kind == "heading":
            context.bodies.remember(block.text)
            context.said = block.text
            _pause_lead(context)
            context.motion, context.remarks, context.moved_text = None, None, False
        if block.kind == "heading" or BARE_LABEL_RE.match(block.text):
            reasons = bool(REASONS_LABEL_RE.match(block.text))
        if block.kind in READ_KINDS and not LINKED_TITLE_RE.search(block.text):
            found = _dated_below(_read_block(block, context), parts[index + 1:index + 2])
            records += [(d, block.section) for d in found if not reasons or _decided_elsewhere(d, context)]
        context.passed.append(block)
    return records


# "Date: 2025-01-08 / PDF (241 KB)", "Date of decision: 3 March 2025": a decision page's date
# line under each decision it lists (not when it was published).
DATE_BELOW_RE = re.compile(r"^\s*(?:date(?:\s+of\s+decision)?|decision\s+date|date\s+(?:taken|signed|decided))\s*:\s*"
                           r"(?P<date>[^/|]+?)\s*(?:[/|].*)?$", re.I)


def _dated_below(found: list[Decision], below: list[Block]) -> list[Decision]:
    """Decisions of a listing dated by the line under them ("Date: 2025-01-08"), where their
    own words give no date."""
    line = DATE_BELOW_RE.match(below[0].text) if below and below[0].kind == "paragraph" else None
    date = parse_date(line.group("date")) if line else None
    return [d.model_copy(update={"date": date}) if date and d.date is None else d for d in found]


def _decided_elsewhere(decision: Decision, context: Context) -> bool:
    """Under "Reason(s) for decision:" a record argues for its decision, deciding nothing more;
    what it reports another body decided ("In October 2023 the Cabinet adopted the strategy")
    is still that body's decision."""
    return decision.body is not None and not _records_own(decision.body, context)


def _next_meeting(block: Block, context: Context) -> None:
    """"Meeting: 06/09/2018 - Cabinet (Item 39)" ... "Meeting: 15/08/2018 - Audit Panel (Item
    26)": a page listing each meeting that took an item; the resolutions under each line are
    that meeting's, of its day."""
    meeting = meeting_line(block.text) if block.kind != "table" else None
    if meeting is not None:
        context.addressed, context.paper_date = meeting.body, meeting.date
        _end_lead(context)


def _outcome_lines(blocks: Iterable[Block]) -> list[Block]:
    """"7. WORK PROGRAMME" over "NOTED" (set bold, so read as a heading): the item's outcome in
    a line of its own, read as text under the item."""
    out: list[Block] = []
    for block in blocks:
        heading = out[-1] if out and out[-1].kind == "heading" else None
        if block.kind == "heading" and heading is not None and BARE_OUTCOME_RE.match(block.text):
            block = block.model_copy(update={"kind": "paragraph", "section": [*heading.section, heading.text]})
        out.append(block)
    return out


# "1) To adopt the revised allotment rules.": an item in a decision's own words.
INFINITIVE_ITEM_RE = re.compile(r"^\W*to\s+(?P<verb>[a-z]+)\b", re.I)
# "2. Noted the outcome of the consultation;": an item of what the meeting did, its body left off.
PAST_ITEM_RE = re.compile(r"^\W*(?P<verb>[A-Z][a-z]+ed)\b")


def _decided_before_reasons(blocks: list[Block]) -> list[Block]:
    """Items "To accept ...", "To note ..." or "Approved the ...", "Noted the ..." over "Reason
    for the decision:": a saved decision page that lost its "Decision:" label still gives the
    reasons after it, so the label is put back over the items."""
    out: list[Block] = []
    run: int | None = None  # where in ``out`` the items read since the last other block begin
    for block in blocks:
        if _infinitive_item(block) or _past_item(block):
            run = len(out) if run is None else run
        else:
            if run is not None and block.kind != "heading" and REASONS_LABEL_RE.match(block.text) \
                    and not (run and DECISION_LABEL_RE.match(out[run - 1].text)):
                first = out[run]
                out.insert(run, Block(kind="paragraph", page=first.page, text="Decision:", section=first.section))
            run = None
        out.append(block)
    return out


def _infinitive_item(block: Block) -> bool:
    verb = INFINITIVE_ITEM_RE.match(block.text) if block.kind in ("list_item", "paragraph") else None
    return verb is not None and verb.group("verb").lower() in ITEM_VERBS


def _past_item(block: Block) -> bool:
    verb = PAST_ITEM_RE.match(block.text) if block.kind == "list_item" else None
    return verb is not None and verb.group("verb").lower() in PAST


def _outcomes_alone(blocks: list[Block]) -> set[int]:
    """The index of each outcome word on a line of its own ("AGREED", "Noted.") that the next
    item's title or heading follows, or nothing: the outcome of the item above it, no label
    over resolutions to come."""
    return {index for index, block in enumerate(blocks) if block.kind == "paragraph" and BARE_OUTCOME_RE.match(block.text)
            and (index + 1 == len(blocks) or blocks[index + 1].kind == "heading" or numbered_title(blocks[index + 1]))}


def _closing_blocks(blocks: list[Block]) -> set[int]:
    """The index of each page's last block of text."""
    last = {block.page: index for index, block in enumerate(blocks) if block.kind in READ_KINDS}
    return set(last.values())


def meeting_of(document: Document) -> str | None:
    """The body the paper goes to; minutes that name no body ("Minutes of the Ordinary Meeting")
    record a meeting of the authority itself (a parish or town council meeting as a whole)."""
    if document.body is None and document.doc_type == "minutes":
        return document.authority
    return document.body


def _own_head(blocks: list[Block], bodies: Bodies) -> str | None:
    """Minutes naming no body whose first minute reads "The Committee received the report",
    before any committee is named ("... as requested by the Leisure Committee", later): "the
    Committee" is the meeting's own, not the committee named after it."""
    named: set[str] = set()
    for block in blocks:
        for mention in bodies.mentions(block.text):
            opens = re.fullmatch(r"\s*(?:the\s+)?", block.text[:mention.start], re.I)
            if mention.generic and opens and mention.name in OWN_HEADS and mention.name not in named:
                return mention.name
            one = not mention.generic and not mention.name.endswith("s")  # "Spending Committees" name no one body
            named |= {head_of(mention.name)} if one else set()
    return None


def _own_record_of(blocks: list[Block], bodies: Bodies) -> str | None:
    """Minutes naming no meeting that confirm "the minutes of the meeting of the Executive
    Board held on 12 May" as a correct record (in that paragraph or the next): the Board's."""
    for block, after in zip(blocks, [*blocks[1:], None]):
        record = OWN_RECORD_RE.search(block.text)
        confirmed = record and CORRECT_RECORD_RE.search(block.text + " " + (after.text if after else ""))
        named = [m for m in bodies.mentions(record.group(1)) if not m.generic] if confirmed else []
        if named:
            return named[0].name
    return None


def _reported_back_to(blocks: list[Block], bodies: Bodies) -> str | None:
    """A paper naming no meeting that asks for "a further report to a future Executive
    meeting": the body that wants the report back is the one whose business it is."""
    for block in blocks:
        back = REPORTED_BACK_RE.search(block.text)
        named = [m for m in bodies.mentions(back.group(1)) if not m.generic] if back else []
        if named:
            return named[-1].name
    return None


# "3) That Cabinet receive regular progress reports": a recommendation naming the body it asks.
ASKS_BODY_RE = re.compile(r"^\W*(?:\(?\w{1,3}[.)]\s+)?That\s+(?:the\s+)?(?=[A-Z])")


def _asked_in_recommendations(blocks: list[Block], bodies: Bodies) -> str | None:
    """A paper naming no meeting whose recommendations read "That approval be given to ..." and
    "That Cabinet receive progress reports": the body one of them asks is the paper's."""
    for block in blocks:
        opening = ASKS_BODY_RE.match(block.text) if block.kind in READ_KINDS else None
        named = bodies.mentions(block.text[opening.end():]) if opening else []
        if named and named[0].start == 0 and not named[0].generic:
            return named[0].name
    return None


def _items(block: Block) -> list[Block]:
    if block.kind == "table":
        return _table_items(block)
    return [part for item in _run_in_items(block) for inline in _inline_items(item) for part in _parted_items(inline)]


def _run_in_items(block: Block) -> list[Block]:
    """"c)  Approves the reserves as in Para 4.2.1 d)  Approves the parking tariffs": the next
    item, its label following in sequence, run into an item by a line left unpunctuated."""
    following = _next_label(block.marker) if block.kind == "list_item" else None
    match = re.search(rf"\s+{re.escape(following)}\s+(?=[A-Z])", block.text) if following else None
    if match is None:
        return [block]
    head = block.model_copy(update={"text": block.text[:match.start()].strip()})
    rest = block.model_copy(update={"text": block.text[match.end():].strip(), "marker": following})
    return [head, *_run_in_items(rest)]


def _next_label(marker: str | None) -> str | None:
    """"e)" -> "f)", "(3)" -> "(4)", "b." -> "c.": the label of the item after."""
    match = re.fullmatch(r"(\(?)([a-hj-z]|\d{1,2})([.)])", (marker or "").strip())
    if match is None:
        return None
    opening, label_text, closing = match.groups()
    after = str(int(label_text) + 1) if label_text.isdigit() else chr(ord(label_text) + 1)
    return f"{opening}{after}{closing}"


def _table_items(table: Block) -> list[Block]:
    """A table of recommendations or resolutions read as its lead-in and one item per row:
    the row's longest cell (the wording), labelled by a short first cell ("1")."""
    header = next((c for c in table.rows[0].cells if TABLE_LABEL_RE.fullmatch(c.strip(" :*"))), None) \
        if table.rows else None
    in_recommendations = any(RECOMMENDATIONS_RE.search(h) for h in table.section)
    if header is None and not in_recommendations:
        return [table, *_labelled_rows(table)]
    label_text = "RECOMMENDATIONS:" if header and header.lower().startswith("recommend") else "RESOLVED:"
    lead = [Block(kind="paragraph", page=table.page, text=label_text, section=table.section)]
    items = []
    for row in table.rows[1:] if header else table.rows:
        cells = [c.strip() for c in row.cells if c.strip()]
        if not cells:
            continue
        text = max(cells, key=len)
        marker = cells[0] if cells[0] != text and len(cells[0]) <= 5 else None
        items.append(Block(kind="list_item", page=row.page, text=text, marker=marker, section=table.section))
    return (lead if header else []) + items


def _labelled_rows(table: Block) -> list[Block]:
    """A form's rows labelled "Decision:" or "Recommendation:" ("Decision: | To approve the
    retention of ..."): the label read as a lead-in, the value as its item."""
    out = []
    for row in table.rows:
        cells = [c.strip() for c in row.cells if c.strip()]
        if len(cells) == 2 and TABLE_LABEL_RE.fullmatch(cells[0].strip(" :*")):
            label_text = "RECOMMENDATIONS:" if cells[0].lower().startswith("recommend") else "RESOLVED:"
            out += [Block(kind="paragraph", page=row.page, text=label_text, section=table.section),
                    Block(kind="paragraph", page=row.page, text=cells[1], section=table.section)]
    return out


def _inline_items(block: Block) -> list[Block]:
    """A lead-in and its items printed in one paragraph, as one block per item; a paragraph
    that opens with an item's label ("(B) the timetable be noted; and (C) ...") is an item
    and the items after it."""
    block = _labelled(block)
    marks = list(INLINE_ITEM_RE.finditer(block.text)) if block.kind in READ_KINDS else []
    item = block.marker is not None and block.kind == "list_item"
    if not marks or not item and (len(marks) < 2 and not _first_label(marks[0].group(1))
                                  or not INLINE_LEAD_RE.search(block.text[:marks[0].start()])):
        return [block]
    parts = [block.model_copy(update={"text": _as_lead(block.text[:marks[0].start()])})]
    for mark, following in zip(marks, marks[1:] + [None]):
        end = following.start() if following else len(block.text)
        parts.append(Block(kind="list_item", page=block.page, text=_as_lead(block.text[mark.end():end]),
                           marker=mark.group(1), level=block.level + 1, section=block.section))
    return parts


# "That Cabinet agree to", "note": words that lead the inline items after them, with no colon.
_OPEN_LEAD_RE = re.compile(r"(?:\bto|^\s*(?:note|approve|agree|endorse|support|accept))\s*$", re.I)


def _as_lead(text: str) -> str:
    """An inline lead-in as a lead-in is printed, with its colon: "That Cabinet agree to (a)
    approve ...", "(b) note (i) ... (ii) ..."."""
    text = text.strip()
    return f"{text}:" if _OPEN_LEAD_RE.search(text) else text


def _parted_items(block: Block) -> list[Block]:
    """"The Board is invited to: approve the strategy; and note the timetable": a lead-in and
    its items in one paragraph with no labels, parted by semicolons, as one block per item."""
    lead = UNLABELLED_LEAD_RE.match(block.text) if block.kind in READ_KINDS else None
    parts = [p.strip() for p in ITEM_PARTING_RE.split(block.text[lead.end():]) if p.strip()] if lead else []
    if len(parts) < 2:
        return [block]
    return [block.model_copy(update={"text": lead.group("lead")}),
            *[Block(kind="list_item", page=block.page, text=part, level=block.level + 1, section=block.section)
              for part in parts]]


def _labels_joined(blocks: list[Block]) -> list[Block]:
    """"1." on a line of its own over "To approve the Outline Business Case ...": one item,
    as a web page saved as text prints a list's labels apart from their items."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if previous is not None and _bare_label(previous) and block.kind == "paragraph" and block.page == previous.page:
            out[-1] = block.model_copy(update={"kind": "list_item", "marker": previous.text.strip()})
        else:
            out.append(block)
    return out


def _bare_label(block: Block) -> bool:
    return block.kind == "paragraph" and bool(BARE_ITEM_LABEL_RE.fullmatch(block.text))


def _first_label(marker: str) -> bool:
    """"RESOLVED – that (A) ...;" with (B) in the next paragraph: a first label opens a list."""
    return marker.strip("().").lower() in {"a", "1", "i"}


def _labelled(block: Block) -> Block:
    """A paragraph printed as "2)    the reports be noted" is the list item it reads as."""
    opening = OPENING_ITEM_RE.match(block.text) if block.kind == "paragraph" and block.marker is None else None
    if opening is None:
        return block
    return block.model_copy(update={"kind": "list_item", "marker": opening.group(1),
                                    "text": block.text[opening.end():]})


def _end_lead(context: Context) -> None:
    context.lead, context.lead_body, context.lead_marker, context.items = None, None, None, 0
    context.details, context.outer, context.item_marker, context.paused = False, None, None, None


def _pause_lead(context: Context) -> None:
    """A subheading ends the lead-in, unless its items go on below it in sequence (see
    ``_resumes_paused``)."""
    just_led = context.led_at == len(context.passed) - 1
    paused = (context.lead, context.lead_body, context.lead_marker, context.item_marker) \
        if context.lead is not None and (context.item_marker or just_led) else context.paused
    _end_lead(context)
    context.paused = paused


def _resumes_paused(block: Block, context: Context) -> bool:
    """"is asked to agree the following:" "Capital Programme" "(a) The capital programme of
    £312m" "(b) ..." "Revenue Budget" "(c) The net revenue budget of £845m": items grouped under
    subheadings, their labels running on in sequence across them, are all the lead-in's."""
    if context.paused is None or block.kind != "list_item":
        return False
    last = context.paused[3]
    if not (block.marker == _next_label(last) if last else _first_label(block.marker or "")):
        return False
    context.lead, context.lead_body, context.lead_marker, _ = context.paused
    context.paused, context.items = None, 1
    return True


def _marker_style(marker: str | None) -> str | None:
    """``2.1`` and ``2.2`` are the same kind of label; ``(a)`` and ``2.2`` are not."""
    label_text = (marker or "").strip("().")
    if not label_text:
        return None
    if not label_text[0].isalnum():  # "•", "·", "-"
        return "bullet"
    if re.fullmatch(r"\d+(?:\.\d+)+", label_text):
        return "decimal"
    if label_text.isdigit():
        return "number"
    return "roman" if re.fullmatch(r"[ivx]+", label_text) else "other"


def _continues_lead(block: Block, context: Context) -> bool:
    """Items follow their lead-in: list items, the first paragraph after a bare label
    ("RESOLVED:" then "That the report be noted."), paragraphs lettered as items ("A.    a
    consultation be undertaken", "B.    authority be delegated ..."), or the details of an item
    ending in a colon ("d) Approves the increase in Council Tax:" over "o 1.99% general ...")."""
    if block.kind == "paragraph" and block.marker is None:
        return context.items == 0 or context.details or bool(SPACED_LABEL_RE.match(block.text)) \
            or _opens_with_capital_verb(block.text)
    style = _marker_style(block.marker)
    return style is None or style != _marker_style(context.lead_marker) or _restarts_numbering(block, context)


def _restarts_numbering(block: Block, context: Context) -> bool:
    """"7. RESOLVED that Cabinet:" over "1. Agree to submit ...", "2. Note that ...": items
    labelled like the lead-in itself but numbered afresh under it are its items; "8." ends it."""
    if context.items == 0:
        return _first_label(block.marker or "") and block.marker != _next_label(context.lead_marker)
    return context.item_marker is not None and block.marker == _next_label(context.item_marker)


def _opens_with_capital_verb(text: str) -> bool:
    """"APPROVE the proposal ...", "DELEGATE authority to ...": paragraphs each opening with
    its verb in capitals are the items of the lead-in above them; so are those opening with
    what was done ("The Commissioner has:" over "Noted the forecast ...", "Approved the grant")."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return first.isupper() and first.lower() in ITEM_VERBS or first.istitle() and first.lower() in PAST


def _cover_headings(blocks: list[Block]) -> set[str]:
    cover = set()
    for block in blocks:
        if block.kind in READ_KINDS and len(block.text.split()) > 12:
            break
        if block.kind == "heading":
            cover.add(block.text)
    return cover


def _under_lead(block: Block, context: Context) -> bool:
    """Whether the block is an item of the lead-in read last; if not, the lead-in has ended."""
    under = (context.lead is not None or context.lead_body is not None) and _continues_lead(block, context) \
        or _resumes_outer(block, context) or _resumes_paused(block, context)
    if not under:
        _pause_lead(context) if _is_subheading(block) else _end_lead(context)
    return under


def _is_subheading(block: Block) -> bool:
    """"2026-27 Revenue Budget": a short line of its own, no sentence nor lead-in, between the
    items of a lead-in (read by the layout as a paragraph)."""
    text = block.text.strip()
    if block.kind != "paragraph" or block.marker is not None:
        return False
    return _is_connective_label(text) or len(text.split()) <= MAX_SUBHEADING_WORDS and not ends_sentence(text)


def _is_connective_label(text: str) -> bool:
    """"In addition:", "Also:": a few words and a colon that carry the items on, naming no one."""
    return text.endswith(":") and len(text.split()) <= MAX_CONNECTIVE_WORDS


def _is_remark(block: Block, context: Context) -> bool:
    """An item under "The following comments were put forward by Cabinet:" ("Members
    acknowledged that ...") is what was said, not decided; the first block that is no such item
    ends them. A motion's text ("Mr Brady proposed and Ms Cole seconded the following amendment:"
    over "County Council is asked to: (1) Endorse ...") runs up to the vote on it ("Amendment
    lost.", "RESOLVED that ...")."""
    if context.remarks is None:
        return False
    sibling = block.kind == "list_item" and _marker_style(block.marker) == _marker_style(context.remarks)
    restarted = block.kind == "list_item" and _restarts(block.marker, context.remark_label)
    if not sibling and not restarted and (block.kind == "list_item" or context.moved_text
                                          and not MOTION_END_RE.match(block.text)):
        context.remark_label = block.marker
        return True
    context.remarks, context.moved_text, context.remark_label = None, False, None
    return False


def _restarts(marker: str | None, last: str | None) -> bool:
    """"1)" after remarks "1." to "3.": numbering that starts again begins a list of its own (the
    meeting's decisions after the points raised)."""
    number, previous = (re.fullmatch(r"\W*(\d+)\W*", m or "") for m in (marker, last))
    return bool(number and previous) and int(number.group(1)) <= int(previous.group(1))


def _read_block(block: Block, context: Context) -> list[Decision]:
    context.block_decisions = []
    if _is_remark(block, context):
        return []
    under_lead = _under_lead(block, context)
    if under_lead and context.details and _marker_style(block.marker) in ("bullet", None):
        return []  # "a) The revenue budget, subject to the following amendments: • ...": its details
    context.details = False
    in_recommendations = any(RECOMMENDATIONS_RE.search(h) for h in block.section)
    leads = False
    for offset, sentence in sentences(block.text):
        if _starts_lead(sentence, block, context, in_recommendations):
            leads = True
            continue
        motion, carried = _motion(sentence, context)
        if carried is None:
            continue
        clauses = carried or _bare_outcome(block.text, offset, sentence) or _item_outcome(block, sentence, context) \
            or _seconded_item(block, sentence, context) \
            or _clauses(without_movers(verb_in_lower_case(sentence) if under_lead and offset == 0 else sentence),
                        context, in_recommendations, item=under_lead and offset == 0,
                        listed=block.kind == "list_item" and offset == 0, bullet=_marker_style(block.marker) == "bullet")
        for clause in (part for whole in clauses for part in split_sums(whole)):
            quote = f"{motion} … {sentence.strip()}" if motion else _quote(block.text, offset, sentence, clause)
            heading = _outcome_heading(block, sentence, context) if clause.lead and not motion else None
            quote = (quote_from(heading, context.passed, block, sentence) if heading else None) or quote  # "Noted." under it
            decision = _decision(clause, sentence, quote, block, context)
            if decision is not None and is_generic(decision.subject):
                decision = _named_item(decision, block, block.text[:offset + len(sentence)], context)
            if decision is not None:
                context.block_decisions.append(decision)
                context.last, context.last_at = decision, len(context.passed)
        context.bodies.remember(sentence)
        context.said = sentence
    context.items += under_lead and not leads  # "Decision:" then "As Cabinet Member, I agree to:" leads anew
    context.item_marker = block.marker if under_lead and block.marker else context.item_marker
    return context.block_decisions  # a new list for each block (set afresh above)


# "Mrs Ash proposed and Mr Cole seconded renewal of the insurance and members agreed", "Adoption
# of the policy was proposed by Mr Cole and seconded by Mrs Ash and was agreed by the meeting":
# what was moved, between the seconder and the agreement.
MOVED_THING_RE = re.compile(
    rf"^\s*(?:proposal\s*:\s*)?{_MOVER}\s+(?:proposed|moved)\s+and\s+{_MOVER}\s+seconded\s+(?P<what>.+?)\s+and\s+"
    r"(?:the\s+(?:meeting|council|committee)|members|all|it\s+was)\s+(?:\w+ly\s+)?(?:agreed|resolved|approved)\b"
    r"|^\s*(?:proposal\s*:\s*)?(?P<passive>[^,;]{3,120}?)\s+was\s+(?:proposed|moved)\s+by\s+[^,;]{1,60}?,?\s+(?:and\s+)?"
    r"seconded\s+by\s+[^,;]{1,60}?,?\s+and\s+was\s+(?:\w+ly\s+)?(?:agreed|resolved|approved|carried)\b", re.I)
# "agreement to the asset register", "approval of the accounts": the thing agreed, after its noun.
AGREEMENT_TO_RE = re.compile(r"^(?:(?:the\s+)?(?:agreement|approval|adoption|acceptance)\s+(?:to|of)\s+)", re.I)


# "Cllr Ames proposed Cllr Burr to be elected Chairman; this was seconded by Cllr Cole and all
# agreed", "Cllr Ames nominated Cllr Burr as Chairman, which was seconded and carried": an election
# moved, seconded and agreed.
ELECTION_MOVED_RE = re.compile(
    rf"^\s*{_MOVER}\s+(?:proposed|nominated)\s+(?P<who>{_MOVER})\s+(?:to\s+be\s+(?P<elected>(?:re-?)?elected)\s+(?:as\s+)?|as\s+)"
    r"(?P<post>[^,;.]{2,60}?)\s*[;,]\s*(?:this|which|the\s+(?:proposal|nomination))\s+was\s+seconded\b[^.]*?"
    r"\b(?:agreement|agreed|unanimous(?:ly)?|carried|in\s+favour)\b", re.I)


def _moved_thing(sentence: str) -> list[Clause]:
    """A thing moved, seconded and agreed in one sentence: the meeting agreed it (an election,
    the member elected)."""
    elected = ELECTION_MOVED_RE.match(sentence)
    if elected:
        how = elected.group("elected") or "as"  # "Cllr Burr elected Chairman", "Cllr Burr as Chairman"
        return [Clause("nominated", f"{elected.group('who').strip()} {how} {elected.group('post').strip()}", 0,
                       len(sentence), formal=True)]
    moved = MOVED_THING_RE.match(sentence)
    what = (moved.group("what") or moved.group("passive")) if moved else ""
    subject = trim_subject(AGREEMENT_TO_RE.sub("", what))
    return [Clause("agreed", subject, 0, len(sentence), formal=True)] if subject else []


def _motion(sentence: str, context: Context) -> tuple[str | None, list[Clause] | None]:
    """"It was proposed that the scheme be approved in two tranches ... This was passed
    unanimously.": the motion (remembered until its item ends) and, once passed, its
    resolutions as the meeting's own; None for the words of a motion put, which decide nothing
    until passed."""
    sentence = INTRODUCTORY_RE.sub("", sentence)  # "Having considered the draft budget, Cllr Ames proposed ..."
    moved = _moved_thing(sentence)
    if moved:
        return None, moved
    if MOVERS_LEAD_RE.match(sentence):  # "Cllr Hale proposed, Cllr Orme seconded:" over the motion's words
        context.motion = ""
        return None, []
    if context.motion == "" and not CARRIED_RE.match(sentence):
        context.motion = sentence.strip()
        return None, None  # the motion's words, decided only by a vote after them
    if MOTION_RE.match(sentence):
        voted = SECONDED_AND_CARRIED_RE.search(sentence)  # "..., seconded by Cllr Akhtar and carried."
        context.motion = None if voted else sentence.strip()
        return None, _motion_clauses(sentence[:voted.start()], context) if voted else []
    carried = CARRIED_RE.match(sentence)
    motion, context.motion = context.motion, None if carried else context.motion
    if motion is None or not carried:
        return None, []
    return motion, _motion_clauses(motion, context)


def _motion_clauses(motion: str, context: Context) -> list[Clause]:
    """What a passed motion decides: its resolutions ("that the scheme be approved") or what it
    has the body do ("that the Council accept the quotation from ...")."""
    rest = MOTION_RE.sub("", motion.strip().strip("\"“”'‘’"))  # a motion quoted as moved
    found = subjunctive_clauses(rest) or recommended_clauses(f"That {rest}", context.bodies, True) \
        or [Clause("agreed", trim_subject(rest), 0, len(rest))]  # "that the Committee asks the County ...": passed as worded
    return [replace(c, status="decided", formal=True) for c in found if c.subject]


def _named_item(decision: Decision, block: Block, upto: str, context: Context) -> Decision | None:
    """A decision about "the report" or "it": about the item just considered ("The Committee
    considered the draft policy. It was agreed to adopt it": one decision, tidied by
    :mod:`.merge`), the run-in item heading of its paragraph, or the item heading above it
    (or the report's title); a pronoun about nothing known is no decision."""
    pronoun = is_pronoun(decision.subject)
    if pronoun and _follows_considered(context):
        return decision
    run_in = RUN_IN_RE.match(block.text) if pronoun else None
    if run_in:
        return decision.model_copy(update={"subject": run_in.group(1), "quote": upto.strip()})
    decision = _about_item(decision, block, upto, context)
    return None if is_pronoun(decision.subject) else decision


def _follows_considered(context: Context) -> bool:
    """The last decision read is an item considered, with no item heading since."""
    if context.last is None or context.last.action != "considered":
        return False
    return not any(b.kind == "heading" for b in context.passed[context.last_at:])


def _about_item(decision: Decision, block: Block, upto: str, context: Context) -> Decision:
    """"That the report be noted": about the item its heading (or the report's title) names;
    in a report, "This report was noted by the Audit Committee" is about the report itself."""
    if not context.minutes and context.title and THIS_PAPER_RE.fullmatch(decision.subject.strip()):
        return decision.model_copy(update={"subject": context.title})
    heading = item_heading(context.passed, context.cover, context.title, context.minutes)
    if heading is None:
        return decision
    quote = quote_from(heading, context.passed, block, upto) or decision.quote
    return decision.model_copy(update={"subject": readable_case(item_title(heading)), "quote": quote})


def _starts_lead(sentence: str, block: Block, context: Context, in_recommendations: bool) -> bool:
    """A lead-in ("RESOLVED:", "The Group considered ... and:-") sets who its items are by;
    one that lists what was said ("Members raised the following points:") leads no decisions."""
    if context.outcome_alone or MOVERS_LEAD_RE.match(sentence):
        return False  # "AGREED" with the next item after it: the outcome of the item above, leading none;
        # the movers over a motion's words lead only the motion (see _motion)
    if REMARKS_LEAD_RE.search(sentence) or MOVED_TEXT_RE.search(sentence):
        _end_lead(context)
        context.remarks, context.moved_text = block.marker or "", bool(MOVED_TEXT_RE.search(sentence))
        return True
    decided = context.minutes or context.lead is not None and context.lead.status == "decided" \
        or _under_decision_label(block, context)
    leading = context.bodies.in_lead_ins()  # "That the Mayor:": an office named alone leads its decisions
    nested = item_lead(sentence, context.lead, leading) if block.marker else None
    formal = nested or lead_in(sentence, leading, in_recommendations, records=decided)
    if formal is not None and formal.status == "recommended" and context.lead is not None \
            and context.lead.status == "decided" and context.items == 0 and not nested:
        formal = replace(formal, status="decided")  # "RESOLVED that:" over "Council is asked to agree:"
    if formal is None and LEAD_END_RE.search(sentence) and _item_of_lead(sentence, block, context):
        context.details = True  # the bullets below are this item's
        return False
    if formal is None and (not LEAD_END_RE.search(sentence) or AS_FOLLOWS_RE.search(sentence)):
        return False  # "The accounts were noted as follows:" decides, and lists what it was about
    if formal is None and context.paused is not None and _is_connective_label(sentence.strip()):
        return False  # "In addition:": the paused lead-in's items go on
    outer = (context.lead, context.lead_body, context.lead_marker) if nested else None
    _end_lead(context)
    context.lead, context.lead_marker, context.outer = formal, block.marker, outer
    if formal is None:  # "JCG reviewed ... and:-": the items' verbs are the Group's
        context.lead_body = _lead_in_body(sentence, block.section, context)
    elif formal.agent is not None:
        context.lead_body = _resolve(formal.agent, block.section, context)
    context.bodies.remember(sentence)
    context.led_at = len(context.passed)
    return True


def _under_decision_label(block: Block, context: Context) -> bool:
    """"Decision" (a heading, or a line of its own just before) over "That the Mayor:": a
    decision notice's lead-in states what was decided, whatever kind of paper holds it."""
    label = block.section[-1] if block.section else ""
    before = context.passed[-1].text if context.passed else ""
    return any(DECISION_LABEL_RE.match(text) for text in (label, before))


def _resumes_outer(block: Block, context: Context) -> bool:
    """"(ii) Agrees for submission to the Secretary of State: (a) ...; (b) ..." then "(iii) Asks
    the Harbour Master to report back": (iii) is again an item of the lead-in above (ii)."""
    if context.outer is None or _marker_style(block.marker) != _marker_style(context.lead_marker):
        return False
    context.lead, context.lead_body, context.lead_marker = context.outer
    context.outer, context.items = None, 1
    return True


def _item_of_lead(sentence: str, block: Block, context: Context) -> bool:
    """"approves for recommendation to full council: a) The revenue budget, subject to the
    following amendments:", "Decision: 2. To request a further report to address three
    concerns; specifically:": an item of a lead-in (taking its verb, or with one of its own),
    its colon opening only the item's own details."""
    if block.marker is None or context.lead is None:
        return False
    return context.lead.action is not None or bool(item_clauses(sentence, context.lead, context.bodies))


def _clauses(sentence: str, context: Context, in_recommendations: bool, item: bool, listed: bool,
             bullet: bool = False) -> list[Clause]:
    """A labelled resolution, an item under a lead-in (``bullet``: set off by a bullet, so no
    agenda item's title), a record's listed resolution, else a recommendation or a report of a
    decision."""
    formal = label(sentence, context.bodies)
    found = item_clauses(formal.rest, formal, context.bodies) if formal else []
    if not found and item and context.lead is not None:
        found = item_clauses(sentence, context.lead, context.bodies, bullet=bullet)
    if found or formal is not None and DEFERRED_RE.search(formal.rest):
        return [replace(c, formal=True) for c in found]
    asked = recommended_clauses(sentence, context.bodies, in_recommendations)
    if asked and context.minutes and not in_recommendations and THAT_RE.match(PROVISO_FIRST_RE.sub("", sentence.strip())):
        # minutes record "That the report be noted." as what the meeting resolved
        return [] if DEFERRED_RE.search(sentence) else [replace(c, status="decided", formal=True) for c in asked]
    if not asked and listed and context.minutes and not in_recommendations:
        asked = [replace(c, status="decided", formal=True) for c in _listed_resolution(sentence)]
    return asked or _reported(sentence, context) or _closing(sentence, context)


def _closing(sentence: str, context: Context) -> list[Clause]:
    """A decision page's lone closing line "Approve the slippage of £120,500 ...", after the
    minute's narrative and under no lead-in, is the decision (see ``closing_decision``)."""
    narrative = [b for b in context.passed if b.kind == "paragraph" and b.text.rstrip().endswith(".")]
    if not (context.closing and context.minutes and context.lead is None and narrative):
        return []
    found = closing_decision(sentence)
    return [replace(found, formal=True)] if found else []


def _listed_resolution(sentence: str) -> list[Clause]:
    """"1. the capital spend at Month 6 be noted.", "a) the revised fees be approved; and": a
    record lists its resolutions as items, their lead-in ("RESOLVED that:") left off the page."""
    verbs = [m.group(1).lower() for m in SUBJUNCTIVE_RE.finditer(sentence)]
    return subjunctive_clauses(sentence) if any(v in PAST for v in verbs) and not DEFERRED_RE.search(sentence) else []


def _reported(sentence: str, context: Context) -> list[Clause]:
    """Decisions a sentence reports; none in a member's question or an apology, and in what
    someone said only those of a body it names ("the Executive had agreed")."""
    if is_aside(sentence):
        return []
    found = decided_clauses(sentence, context.bodies) or _office_decides(sentence, context) \
        or _first_person_decides(sentence, context)
    if THEY_RE.match(sentence) and not _names_the_members(context.said, context):
        found = [c for c in found if c.agent is not None]  # "They agreed" of applicants or officers
    if not context.minutes:  # "Council resolves to ..." in a report is a motion put to it; an office
        # holder's "The Commissioner approves funding for ..." on a decision page is the decision
        found = [c for c in found if sentence[c.start:c.end].lower() not in PRESENT
                 or c.agent is not None and is_office(c.agent.name)]
    if is_reported_speech(sentence):  # "Members felt they were not in a position to ...": their own decision
        return [c for c in found if c.agent is not None and not c.agent.generic
                or NOT_IN_POSITION_RE.match(sentence, c.start)]
    return found


def _office_decides(sentence: str, context: Context) -> list[Clause]:
    """"The Police and Crime Commissioner approves funding for a schools programme": a decision page's line
    in which an office holder, opening it, decides in the present tense."""
    mentions = context.bodies.mentions(sentence)
    office = mentions[0] if mentions and is_office(mentions[0].name) else None
    if office is None or not re.fullmatch(r"\W*(?:the\s+)?", sentence[:office.start], re.I):
        return []
    verb = re.match(r"\s+([a-z]+)s\s+(?:to\s+)?", sentence[office.end:])
    if verb is None or verb.group(1) not in BASE:
        return []
    subject = trim_subject(sentence[office.end + verb.end():])
    return [Clause(BASE[verb.group(1)], subject, office.start, office.end + verb.end(), office)] if subject else []


# "I hereby approve a grant of £40,000 to ...", "I have decided to ...": an office holder's decision
# on their own record, in the first person.
FIRST_PERSON_RE = re.compile(r"^\W*I\s+(?:hereby\s+|have\s+)?(?P<verb>approve|agree|authorise|endorse|accept|decide"
                             r"|approved|agreed|authorised|decided)\s+(?:to\s+)?", re.I)


def _first_person_decides(sentence: str, context: Context) -> list[Clause]:
    """The decision an office holder writes in the first person, theirs: the office the record
    named above it ("Office of the Police and Crime Commissioner for ..."), if any."""
    match = FIRST_PERSON_RE.match(sentence)
    verb = match.group("verb").lower() if match else ""
    action = BASE.get(verb) or PAST.get(verb)
    subject = trim_subject(sentence[match.end():]) if action else ""
    if not subject:
        return []  # most sentences: the record's office is looked up only for a decision in the first person
    office = next((m for b in context.passed for m in context.bodies.mentions(readable_case(b.text)) if is_office(m.name)),
                  None)
    agent = replace(office, start=0, end=0) if office else None
    return [Clause(action, subject, match.start("verb"), match.end(), agent, lead=agent is None)]


def _names_the_members(said: str, context: Context) -> bool:
    """"The Chair asked if all members of the Board were in agreement. They unanimously
    agreed ...": "they" are the meeting's members when the sentence before names them or the
    meeting itself; after "The applicants explained the scheme." they are not."""
    named = [_resolve(m, [], context) for m in context.bodies.mentions(said)]
    return bool(MEETING_MEMBERS_RE.search(said)) or any(_is_addressed(body, context) for body in named if body)


def _bare_outcome(text: str, offset: int, sentence: str) -> list[Clause]:
    """"Bank statement dated 15/01/2020, balance £171.49. Noted": minutes that list an item and
    then its outcome as a word of its own; the item is the paragraph's first sentence."""
    outcome = BARE_OUTCOME_RE.match(sentence)
    first = sentences(text[:offset])[0][1] if offset and outcome else ""
    subject = trim_subject(PROPOSED_TAIL_RE.sub("", first))
    return [Clause(PAST[outcome.group(1).lower()], subject, 0, len(sentence), lead=True)] if subject else []


def _item_outcome(block: Block, sentence: str, context: Context) -> list[Clause]:
    """"Correspondence received" over "Noted.": a line holding only the outcome, first under
    its item's heading, decides about the item the heading names; so does one under a numbered
    item's title ("5 MATTERS ARISING FROM THE LAST MEETING" over "Noted."), a "Decision" label
    perhaps between them."""
    heading = _outcome_heading(block, sentence, context)
    subject = trim_subject(item_title(heading)) if heading else ""
    outcome = BARE_OUTCOME_RE.match(block.text)
    return [Clause(PAST[outcome.group(1).lower()], subject, 0, len(sentence), lead=True)] if subject else []


def _seconded_item(block: Block, sentence: str, context: Context) -> list[Clause]:
    """"Adoption of the Annual Accounts 2024/25:" over "Proposed: Mary Jones" and "Seconded:
    Tom Price": an item moved and seconded, nothing else said of it, was carried."""
    title = moved_title(block, context.passed) if sentence.strip() == block.text.strip() else None
    if title is None:
        return []
    at = max(i for i, b in enumerate(context.passed) if b is title)
    if context.last is not None and context.last_at >= at:
        return []  # what the title's own words decided is decided already
    named = trim_subject(item_title(title))
    return [Clause("approved" if APPROVAL_TITLE_RE.search(named) else "agreed", named, 0, len(sentence), lead=True)]


def _outcome_heading(block: Block, sentence: str, context: Context) -> Block | None:
    """The item heading a line holding only an outcome ("Noted.") is the outcome of."""
    outcome = BARE_OUTCOME_RE.match(block.text) if sentence.strip() == block.text.strip() else None
    above = [b for b in context.passed[-2:] if not DECISION_LABEL_RE.match(b.text)]  # "Decision" / "APPROVED"
    # the heading straight above, or above the item's one paragraph of introduction
    headings = [b for b in above if b.kind == "heading" or numbered_title(b)]
    return headings[-1] if outcome and headings else None


def _quote(text: str, offset: int, sentence: str, clause: Clause) -> str:
    """The sentence; with the sentences before it when its subject points back ("this") or
    when it is an outcome alone ("Noted")."""
    if ANAPHORIC_RE.search(clause.subject) or BARE_OUTCOME_RE.match(sentence):
        return text[:offset + len(sentence)].strip()
    return sentence.strip()


# "Having read the letter from the County Council, it was:-": a body named as
# who wrote is not who decides.
_SENDER_RE = re.compile(r"\b(?:from|by)\s+(?:the\s+)?$", re.IGNORECASE)


def _lead_in_body(text: str, section: list[str], context: Context) -> str | None:
    mentions = [m for m in context.bodies.mentions(text) if not _SENDER_RE.search(text[:m.start])]
    return _resolve(mentions[0], section, context) if mentions else None


# A subject that opens on when it was decided: "at previous meetings", "at the last meeting".
EARLIER_MEETINGS_RE = re.compile(r"^\W*(?:at|in|during)\s+(?:the\s+|its\s+)?(?:previous|earlier|last|past|recent)\s+"
                                 r"meetings?\b", re.I)


def _decision(clause: Clause, sentence: str, quote: str, block: Block, context: Context) -> Decision | None:
    if HOW_VOTED_RE.fullmatch(clause.subject):
        return None  # "Proposed by Cllr Hale, seconded by Cllr Orme and approved unanimously": the vote on the line before
    if PROCEDURAL_SUBJECT_RE.match(clause.subject) or EARLIER_MEETINGS_RE.match(clause.subject):
        return None  # "the tasks set at earlier meetings": what was decided then, named in passing
    if context.proposed and clause.formal and clause.status == "decided":
        clause = replace(clause, status="recommended")  # "Decision: The Cabinet agree to:" on a proposal
    if clause.status == "recommended":
        body = _addressee(clause.agent, context)
        date = _meeting_date_of(body, context) or context.paper_date
    elif _same_members(clause, sentence, context):
        body, date = context.last.body, context.last.date
    else:
        body = _decided_body(clause, block, context)
        date = _formal_date(block, body, context) if clause.formal \
            else _decided_date(clause, sentence, block, body, context)
        if _is_background(clause, sentence, date, body, context):
            return None
        if date is None and context.minutes and (_records_own(body, context) or _unnamed_meeting(clause, context)
                                                 or body is None and _meeting_voice(clause, block.section)):
            date = context.paper_date  # minutes: what the meeting itself decided
    if body is None and not (_meeting_voice(clause, block.section) and clause.status == "decided" and context.minutes):
        return None  # a record's own resolution ("RESOLVED", "It was agreed") is kept when it names no body
    return Decision(body=body, date=date, subject=clause.subject, action=clause.action,
                    status=clause.status, page=block.page, quote=quote)


# "The monthly finance report was noted", "Reports from the ward members were noted": a paper
# before the meeting (not "Overspends in three areas were noted", an observation).
NOTED_PAPER_SUBJECT_RE = re.compile(r"^(?:[\w'’-]+\s+){0,4}?(?:reports?|updates?|minutes|presentation|papers?|briefing|"
                                    r"information|recommendations?|accounts|statements?|letters?|correspondence)\b", re.I)


def _meeting_voice(clause: Clause, section: list[str]) -> bool:
    """A decision minutes record in the meeting's own voice, naming no one: "RESOLVED that ...",
    "It was agreed to ...", "The minutes were approved", "Agreed that the Clerk renew the
    insurance", "Members agreed to ..."; a passive "noted" only of a paper or of what the item's
    heading names ("Review of Income and Expenditure" over "The income and expenditure was noted")."""
    if clause.formal or clause.agent is not None:
        return clause.formal
    if clause.passive and clause.action == "noted" and clause.subject:
        return bool(NOTED_PAPER_SUBJECT_RE.match(clause.subject)) or _names_the_item(clause.subject, section)
    return clause.passive or clause.lead


def _names_the_item(subject: str, section: list[str]) -> bool:
    """Whether a subject repeats two or more words of its item's heading."""
    heading = {w for w in re.findall(r"[a-z]{3,}", section[-1].lower()) if w not in {"the", "and", "for"}} if section else set()
    return len(heading & set(re.findall(r"[a-z]{3,}", subject.lower()))) >= 2


def _meeting_date_of(body: str | None, context: Context) -> str | None:
    """"Meeting: Cabinet Date: 10 December 2025 Council 29 January 2026": a report going on to
    another meeting prints that meeting's day after its name in the header; what the report asks
    of that body is asked for that day."""
    if body is None or context.addressed is None or head_of(body) == head_of(context.addressed):
        return None  # the paper's own meeting: its date is the paper's
    for block in context.passed[:HEADER_BLOCKS]:
        for named in re.finditer(rf"\b{re.escape(body)}\b", block.text):
            after = dates_in(block.text[named.end():named.end() + 30], context.paper_date)
            if after and not block.text[named.end():named.end() + after[0][1]].strip(" :–—-"):
                return after[0][0]
    return None


def _same_members(clause: Clause, sentence: str, context: Context) -> bool:
    """"At the Scrutiny Committee held on 29 January, Members considered the call-in." then
    "Members agreed to refer it to Council.": the members of the other body just reported on,
    at the same meeting, while no heading has intervened."""
    last = context.last
    if clause.agent is not None or clause.formal or last is None or last.body is None or _is_addressed(last.body, context):
        return False
    recent = len(context.passed) - context.last_at <= 1 and not any(
        b.kind == "heading" for b in context.passed[context.last_at:])
    return recent and bool(MEMBERS_SUBJECT_RE.match(sentence)) and bool(MEMBERS_SUBJECT_RE.match(last.quote))


def _formal_date(block: Block, body: str | None, context: Context) -> str | None:
    """A resolution's date: in minutes, the meeting's own resolutions are of its day (an item
    heading's "Budget Monitoring – November 2024" is the report's month); elsewhere the date
    of the meeting its section heading names ("HPG – 3 March 2009")."""
    if context.minutes and (body is None or _records_own(body, context)):
        return context.paper_date
    return heading_date(block.section, context.paper_date)


def _is_background(clause: Clause, sentence: str, date: str | None, body: str | None,
                   context: Context) -> bool:
    """"The contract had been agreed last year", "The Council had agreed that ...": a past
    perfect with no other body and no date of its own states a fact, not this meeting's decision."""
    if clause.formal or not PLUPERFECT_RE.search(sentence[:clause.end]):
        return False
    own_date = date_of_clause(sentence, clause.end, context.paper_date)
    return own_date is None and (body is None or _is_addressed(body, context) or clause.agent is None)


def _decided_body(clause: Clause, block: Block, context: Context) -> str | None:
    if clause.agent is not None:
        return _resolve(clause.agent, block.section, context) or _unnamed_council(clause)
    if clause.formal:  # a resolution under no heading that names a body: the paper's own meeting's
        return context.lead_body or _undeclared_body(block.section, context) or context.addressed
    if clause.lead:
        return context.lead_body or _undeclared_body(block.section, context)
    return _undeclared_body(block.section, context)


_UNNAMED_BODIES = {"council": "Council", "cabinet": "Cabinet", "board": "Board"}


def _unnamed_council(clause: Clause) -> str | None:
    """"That Council approves the allocation of £2.1 million", "the indicators were agreed by
    Council in February", "The Council declared a nature emergency in June 2021" on a page that
    never names its council: a decision of the full council, whatever the authority is called;
    "approved by cabinet in March 2022", its cabinet's; "The Board met in March and approved the
    rent increase" on a housing association's or a trust's page, its board's."""
    return _UNNAMED_BODIES.get(clause.agent.name)


def _undeclared_body(section: list[str], context: Context) -> str | None:
    """Who decided when the sentence does not say: in minutes the meeting itself, in a
    report the body its section heading names ("HPG – 3 March 2009")."""
    if context.minutes and context.addressed:
        return context.addressed
    own = context.own_head.capitalize() if context.own_head else None
    return _section_body(section, context) or own


def _is_addressed(body: str | None, context: Context) -> bool:
    """The body the paper goes to; in minutes that never name theirs, "the Committee"."""
    if body and context.addressed is None:
        return context.minutes and body.lower() in OWN_HEADS
    return bool(body and context.addressed) and (_letters(body) == _letters(context.addressed)
                                                  or _is_whole_authority(body, context))


def _unnamed_meeting(clause: Clause, context: Context) -> bool:
    """"The Panel agreed to support the precept" in minutes whose header names no meeting's body:
    the meeting's own noun for itself, so its own decision on the day it met."""
    return context.addressed is None and clause.agent is not None and clause.agent.generic


def _records_own(body: str | None, context: Context) -> bool:
    """Whose decisions a record records as its own: the meeting's body's, or an office holder's
    in a notice that names no meeting's body (a decision notice of the Mayor or a Cabinet
    Member is their record; a committee's page reporting one is not)."""
    return _is_addressed(body, context) or is_office(body) and (context.addressed is None or is_office(context.addressed))


def _is_whole_authority(body: str, context: Context) -> bool:
    """Minutes of "County Council" that say "the County Council approves": the authority
    ("Anyshire County Council"), met as a whole, is the meeting the paper records."""
    authority = context.bodies.authority or ""
    return body == authority and authority.lower().endswith(" " + (context.addressed or "-").lower())


def _resolve(mention: Mention, section: list[str], context: Context) -> str | None:
    """A generic mention ("the Group", "that meeting") as the body it stands for."""
    if not mention.generic:
        return mention.name
    if mention.name == "meeting":  # the last decision's meeting; before any, minutes' own
        return context.last.body if context.last else _unnamed(mention, context)
    for heading in reversed(section):
        if heading in context.cover:
            continue
        for named in context.bodies.mentions(heading):
            if not named.generic and head_of(named.name) == mention.name:
                return named.name
    if mention.name == "council" and context.bodies.authority:
        return context.bodies.authority
    if context.minutes and context.addressed and head_of(context.addressed) == mention.name:
        return context.addressed  # minutes' "the Committee" is their own, whatever other committee they name
    if mention.name == context.own_head:
        return mention.name.capitalize()
    return context.bodies.last_named(mention.name) or _unnamed(mention, context)


def _unnamed(mention: Mention, context: Context) -> str | None:
    """"the Committee" when no committee has been named: that of a paper going to the
    Committee; in minutes, the meeting itself, whatever its cover calls it, and in minutes
    that never name their body, "Committee"."""
    if context.addressed and (head_of(context.addressed) == mention.name or context.minutes):
        return context.addressed
    if context.minutes and context.addressed is None and mention.name in OWN_HEADS:
        return mention.name.capitalize()
    return None


def _section_body(section: list[str], context: Context) -> str | None:
    for heading in reversed(section):
        if heading in context.cover:
            continue
        named = [m for m in context.bodies.mentions(heading) if not m.generic]
        if named:
            return named[0].name
    return None


def _addressee(agent: Mention | None, context: Context) -> str | None:
    """Who a recommendation asks: named, else the body the paper goes to, by the name the
    paper most often gives it ("NW IP Board" for "North West Improvement Partnership Board")."""
    if agent is not None and not agent.generic:
        return agent.name
    previous = context.block_decisions or ([context.last] if context.last else [])
    if agent is None and previous and previous[-1].status == "recommended":
        return previous[-1].body
    if context.addressed is None:
        return (context.bodies.last_named(agent.name) or _unnamed(agent, context) or _asked_head(agent)) if agent else None
    if agent is not None and agent.name not in ("meeting", "members") and head_of(agent.name) != head_of(context.addressed):
        return _other_addressee(agent, context)  # "this meeting" is the one the paper goes to
    same = [n for n in context.bodies.named if _letters(n) == _letters(context.addressed)]
    return max(same, key=same.count) if same else context.addressed


def _asked_head(agent: Mention) -> str | None:
    """"The Panel is asked to note the update" in a paper that names no panel: the body the
    paper goes to, by its head noun ("Panel"); "this meeting" names no body."""
    return agent.name.capitalize() if agent.name != "meeting" else None


def _other_addressee(agent: Mention, context: Context) -> str:
    """A report to Cabinet that also asks "Council is asked to RESOLVE that:" (or "the Board is
    recommended to") asks another body than its own: the full council (not another council the
    paper names in passing), else the body last named with that head noun."""
    if agent.name == "council":
        return "Council"
    return context.bodies.last_named(agent.name) or agent.name.capitalize()


def _letters(name: str) -> str:
    """``NW IP Board`` and ``North West Improvement Partnership Board`` agree."""
    words = [w for w in re.split(r"[\s,]+", name) if w and w.lower() not in {"and", "of", "the", "for", "&"}]
    return "".join(w if w.isupper() and len(w) > 1 else initials([w]) for w in words)


def _decided_date(clause: Clause, sentence: str, block: Block, body: str, context: Context) -> str | None:
    if RELATIVE.match(sentence[clause.start:]):  # "... that has been delegated": its own time
        own = date_of_clause(sentence[clause.start:], clause.end - clause.start, context.paper_date)
        return own or heading_date(block.section, context.paper_date)
    own = None if clause.listed else date_of_clause(sentence, clause.end, context.paper_date)
    if own:
        return own
    if context.minutes and _records_own(body, context):
        return context.paper_date  # the meeting's own decision, under "Minutes of the meeting held on ..."
    if clause.agent is not None and clause.agent.name == "meeting" and context.last:
        return context.last.date
    earlier = [d for d in context.block_decisions if d.body == body and d.date]
    if earlier:
        return earlier[-1].date
    met = _meeting_date(block.text[:block.text.find(sentence)], body, context)
    return met or heading_date(block.section, context.paper_date)


def _meeting_date(text: str, body: str, context: Context) -> str | None:
    """``presented to the <body> on 3rd March 2010``: when that body last met."""
    found = None
    mentions = context.bodies.mentions(text)
    for iso, start, _ in dates_in(text, context.paper_date):
        named = [m for m in mentions if m.end <= start]
        if named and re.fullmatch(r"[\s,]*(?:at\s+\w+\s+meeting\s+)?on\s+(?:the\s+)?\(?",
                                  text[named[-1].end:start]):
            if _resolve(named[-1], [], context) == body:
                found = iso
    return found
