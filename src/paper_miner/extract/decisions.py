"""Extract decisions: what a named body decided, and what a report recommends it decide.

The paper is read in order, remembering the bodies it names (:mod:`.bodies`) so that
``HPG``, ``the Group`` or ``That meeting`` resolve to a full name, and the meeting dates it
gives (:mod:`.decision_dates`). Sentences are cut into decision clauses by
:mod:`.decision_clauses`; this module gives each clause its body and date and then tidies the
list (one record per decision).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Block, Decision, Document, Layout, Record
from .bodies import Bodies, Mention, head_of, initials
from .decision_clauses import Clause, decided_clauses, recommended_clauses, sentences
from .decision_dates import date_of_clause, dates_in, heading_date
from .decision_merge import tidy

RECOMMENDATIONS_RE = re.compile(r"\brecommendations?\b", re.IGNORECASE)
LEAD_IN_RE = re.compile(r"(?::-?|:–|—)\s*$")
# "how this might be achieved": the subject is only clear with the sentence before.
ANAPHORIC_RE = re.compile(r"\b(?:this|it)\b(?=\s+(?:might|may|could|would|will|is|was|can|should)\b)")
MIN_CUT_WORDS = 6
READ_KINDS = ("paragraph", "list_item")


@dataclass
class Context:
    """What the reader knows at a point of the paper."""

    bodies: Bodies
    paper_date: str | None
    addressed: str | None  # the body the paper goes to: who its recommendations address
    cover: set[str] = field(default_factory=set)  # the title headings: they name no meeting
    lead_body: str | None = None  # the body of a lead-in ("The Group ... and:-") for its items
    block_decisions: list[Decision] = field(default_factory=list)
    last: Decision | None = None


def extract(layout: Layout, document: Document, found: dict[str, list[Record]]) -> list[Record]:
    context = Context(Bodies(authority=document.authority), document.date, document.body,
                      cover=_cover_headings(layout.blocks))
    records: list[tuple[Decision, list[str]]] = []
    for block in _rejoin(layout.blocks):
        if block.kind == "heading":
            context.bodies.remember(block.text)
        if block.kind not in READ_KINDS:
            context.lead_body = None if block.kind == "heading" else context.lead_body
            continue
        records += [(d, block.section) for d in _read_block(block, context)]
    return tidy(records)


def _rejoin(blocks: list[Block]) -> list[Block]:
    """Put back a paragraph that a stray line break cut mid-sentence before a capital
    ("... at the Health" / "Forum on 4th May ...")."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == block.kind == "paragraph" and block.page - prev.page <= 1
                and len(prev.text.split()) >= MIN_CUT_WORDS and not re.search(r"[.;:!?)\]*\"'”’-]$", prev.text)):
            out[-1] = prev.model_copy(update={"text": f"{prev.text} {block.text}"})
        else:
            out.append(block)
    return out


def _cover_headings(blocks: list[Block]) -> set[str]:
    cover = set()
    for block in blocks:
        if block.kind in READ_KINDS and len(block.text.split()) > 12:
            break
        if block.kind == "heading":
            cover.add(block.text)
    return cover


def _read_block(block: Block, context: Context) -> list[Decision]:
    context.block_decisions = []
    if block.kind == "paragraph":  # a lead-in's body carries over its list items only
        context.lead_body = None
    in_recommendations = any(RECOMMENDATIONS_RE.search(h) for h in block.section)
    out = []
    for offset, sentence in sentences(block.text):
        if LEAD_IN_RE.search(sentence):  # "The Group considered ... and:-" introduces items
            context.lead_body = _lead_in_body(sentence, block.section, context) or context.lead_body
            context.bodies.remember(sentence)
            continue
        clauses = recommended_clauses(sentence, context.bodies, in_recommendations) \
            or decided_clauses(sentence, context.bodies)
        for clause in clauses:
            quote = _quote(block.text, offset, sentence, clause)
            decision = _decision(clause, sentence, quote, block, context)
            if decision is not None:
                out.append(decision)
                context.block_decisions.append(decision)
                context.last = decision
        context.bodies.remember(sentence)
    return out


def _quote(text: str, offset: int, sentence: str, clause: Clause) -> str:
    """The sentence; with the sentences before it when its subject points back ("this")."""
    if ANAPHORIC_RE.search(clause.subject):
        return text[:offset + len(sentence)].strip()
    return sentence.strip()


def _lead_in_body(text: str, section: list[str], context: Context) -> str | None:
    mentions = context.bodies.mentions(text)
    return _resolve(mentions[0], section, context) if mentions else None


def _decision(clause: Clause, sentence: str, quote: str, block: Block, context: Context) -> Decision | None:
    if clause.status == "recommended":
        body = _addressee(clause.agent, context)
        date = context.paper_date
    else:
        body = _decided_body(clause, block, context)
        date = _decided_date(clause, sentence, block, body, context)
    if body is None:
        return None
    return Decision(body=body, date=date, subject=clause.subject, action=clause.action,
                    status=clause.status, page=block.page, quote=quote)


def _decided_body(clause: Clause, block: Block, context: Context) -> str | None:
    if clause.agent is not None:
        return _resolve(clause.agent, block.section, context)
    if clause.lead:
        return context.lead_body or _section_body(block.section, context)
    return _section_body(block.section, context)  # a passive with no "by": the section's body


def _resolve(mention: Mention, section: list[str], context: Context) -> str | None:
    """A generic mention ("the Group", "that meeting") as the body it stands for."""
    if not mention.generic:
        return mention.name
    if mention.name == "meeting":
        return context.last.body if context.last else None
    for heading in reversed(section):
        if heading in context.cover:
            continue
        for named in context.bodies.mentions(heading):
            if not named.generic and head_of(named.name) == mention.name:
                return named.name
    if mention.name == "council" and context.bodies.authority:
        return context.bodies.authority
    return context.bodies.last_named(mention.name)


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
        return context.bodies.last_named(agent.name) if agent else None
    same = [n for n in context.bodies.named if _letters(n) == _letters(context.addressed)]
    return max(same, key=same.count) if same else context.addressed


def _letters(name: str) -> str:
    """``NW IP Board`` and ``North West Improvement Partnership Board`` agree."""
    words = [w for w in re.split(r"[\s,]+", name) if w and w.lower() not in {"and", "of", "the", "for", "&"}]
    return "".join(w if w.isupper() and len(w) > 1 else initials([w]) for w in words)


def _decided_date(clause: Clause, sentence: str, block: Block, body: str, context: Context) -> str | None:
    own = date_of_clause(sentence, clause.end, context.paper_date)
    if own:
        return own
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
