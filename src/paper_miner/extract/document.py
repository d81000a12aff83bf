"""Document metadata: title, type, date, issuing authority and the body it goes to.

Everything is read from the cover (the blocks before the first paragraph of running text),
the letterhead or footer at the end, and the paper's own wording.
"""
from __future__ import annotations

import re

from ..models import Block, DocType, Layout
from .decision_dates import dates_in
from .parse import parse_date

HEAD_BLOCKS = 30
FOOT_BLOCKS = 4
LONG_PARAGRAPH_WORDS = 25

# Cover labels that are not the paper's title.
NOT_TITLE = re.compile(
    r"^(appendix|annex|agenda item|item\s+\d|contents|report of|purpose|date\b|dear\b|"
    r"from the|ms word|page\s+\d|\d+$|part\s+\d|introduction|background|summary$|"
    r"(officer\s+)?recommendations?$)",
    re.IGNORECASE,
)
# Nouns that say what a paper is: a heading holding one is most likely the title.
TITLE_NOUNS = re.compile(
    r"\b(report|plan|strategy|review|programme|update|summary|minutes|agenda|budget|"
    r"proposals?|statement|framework|policy|progress)\b", re.IGNORECASE)
COUNCIL_RE = re.compile(
    r"\b((?:[A-Z][\w'&-]*\s+){1,4}?(?:County|City|District|Borough|Metropolitan|Town|Parish)"
    r"(?:\s+Borough)?\s+Council)\b")
BODY_HEADS = r"(?:Board|Committee|Cabinet|Council|Panel|Forum|Executive|Commission|Assembly)"
# A cover line naming the meeting: "EAST MIDLANDS ... PARTNERSHIP BOARD MEETING: 10th November".
MEETING_LINE_RE = re.compile(rf"^(?P<body>.*?\b{BODY_HEADS})(?:\s+meeting)?\s*[:–-]?\s*$", re.IGNORECASE)
ADDRESSED_RE = re.compile(
    rf"\b(?:to inform|report to|submitted to|for consideration by|meeting of(?: the)?)\s+"
    rf"(?:the\s+)?((?:[A-Z][\w'&-]*\s+){{0,6}}?{BODY_HEADS}|Cabinet|Executive)\b")
STANDALONE_BODY_RE = re.compile(r"\b(Cabinet|Executive)\b")


def _cover(layout: Layout) -> list[Block]:
    cover = []
    for block in layout.blocks[:HEAD_BLOCKS]:
        if block.kind in ("paragraph", "list_item") and len(block.text.split()) > LONG_PARAGRAPH_WORDS:
            break
        cover.append(block)
    return cover


def _without_dates(text: str) -> str:
    for _, start, end in reversed(dates_in(text, None)):
        text = text[:start] + text[end:]
    return re.sub(r"\s+", " ", text).strip(" :–-,")


def meeting_line(layout: Layout) -> str | None:
    """The cover line naming the meeting the paper goes to, as printed (no date)."""
    for block in _cover(layout):
        text = re.sub(r"\s*\([^)]*\)", "", _without_dates(block.text))
        match = MEETING_LINE_RE.match(text)
        if COUNCIL_RE.fullmatch(_tidy_case(text)):
            continue  # the council's letterhead, not a meeting
        if match and (text.isupper() or re.search(r"\bmeeting\b", block.text, re.I)) \
                and 1 <= len(match.group("body").split()) <= 12:
            return _tidy_case(match.group("body"))
    return None


def title(layout: Layout) -> str | None:
    """The paper's own heading: preferring one that says what the paper is."""
    meeting = meeting_line(layout)
    candidates = []
    for block in _cover(layout):
        text = block.text.strip(" *#:")
        if block.kind != "heading" or len(text) < 8 or NOT_TITLE.match(text):
            continue
        if parse_date(text) and len(text.split()) <= 6 or (meeting and _tidy_case(text).startswith(meeting)):
            continue  # a date line or the meeting line
        if COUNCIL_RE.fullmatch(_tidy_case(text)):
            continue  # the letterhead
        candidates.append(_tidy_case(text))
    typed = [c for c in candidates if TITLE_NOUNS.search(c)]
    if typed or candidates:
        return (typed or candidates)[0]
    return layout.meta.get("title") or layout.meta.get("Title")


def _tidy_case(text: str) -> str:
    """All-caps titles read better, and match other papers, in title case."""
    if not text.isupper():
        return text
    small = {"and", "of", "the", "to", "for", "in", "on", "at", "by", "a", "an"}
    words = text.lower().split()
    return " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _text(blocks: list[Block]) -> str:
    return " ".join(b.text for b in blocks)


def doc_type(layout: Layout) -> DocType:
    head = _text(layout.blocks[:HEAD_BLOCKS])
    if re.search(r"\bDear\s+\w+|Yours (sincerely|faithfully|\w+)", head):
        return "letter"
    if re.search(r"\bminutes of\b|\bpresent:", head, re.IGNORECASE):
        return "minutes"
    if re.search(r"\b(delivery|business|action|corporate|medium term|improvement)\s+plan\b",
                 title(layout) or "", re.IGNORECASE):
        return "plan"
    if re.search(r"^\s*agenda\s*$", head.split(".")[0], re.IGNORECASE):
        return "agenda"
    return "report"


def date(layout: Layout) -> str | None:
    """The paper's own date: the first full date on the cover, else any date there."""
    found = [d for block in _cover(layout) for d, _, _ in dates_in(block.text, None)]
    full = [d for d in found if len(d) == 10]
    return (full or found or [None])[0]


def _councils(blocks: list[Block]) -> list[str]:
    return [c for block in blocks for c in COUNCIL_RE.findall(_tidy_case(block.text))]


def authority(layout: Layout) -> str | None:
    """The issuing council or partnership: a council in the title, the letterhead of a
    letter, the partnership whose board the paper goes to, else the council most named."""
    foot = _councils(layout.blocks[-FOOT_BLOCKS:])
    if doc_type(layout) == "letter" and foot:
        return foot[-1]
    in_title = COUNCIL_RE.findall(title(layout) or "")
    if in_title:
        return in_title[0]
    meeting = meeting_line(layout)
    owner = re.sub(rf"\s+{BODY_HEADS}$", "", meeting, flags=re.I) if meeting else ""
    if owner and owner.lower() not in {"cabinet", "council", "executive"}:
        return owner
    councils = _councils(layout.blocks)
    return max(councils, key=councils.count) if councils else None


def body(layout: Layout) -> str | None:
    """The meeting the paper goes to; None for a letter to a person."""
    if doc_type(layout) == "letter":
        return None
    meeting = meeting_line(layout)
    if meeting:
        return meeting
    text = _text(layout.blocks[:HEAD_BLOCKS])
    addressed = ADDRESSED_RE.search(text)
    if addressed:
        return addressed.group(1).strip()
    standalone = STANDALONE_BODY_RE.search(_text(_cover(layout)))
    return standalone.group(1) if standalone else None


def describe(layout: Layout) -> dict:
    return {
        "title": title(layout),
        "doc_type": doc_type(layout),
        "date": date(layout),
        "authority": authority(layout),
        "body": body(layout),
    }
