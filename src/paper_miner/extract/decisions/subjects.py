"""A decision about "the report": the item the minute or report is about.

Minutes write ``RESOLVED: That the report be noted.`` under the item's heading
(``Stop Smoking Services – Performance 2011/12``) and reports recommend ``That Cabinet note the
report``: the printed subject says nothing searchable, the heading (or the report's title) does.
The quote then runs from that heading to the resolution (or joins the two with " … " when
they are far apart), so that it still prints the subject.
"""
from __future__ import annotations

import re

from paper_miner.extract.common.vocabulary import LINKED_FILE_TAIL, MINUTE_REF, PLANNING_REF, TRUE_RECORD
from paper_miner.models import Block

# "the report", "the verbal update", "the contents of the report", "the report and appendices",
# "the letter", "AGREED RECOMMENDATIONS": words for the item itself, not what it is about.
GENERIC_SUBJECT_RE = re.compile(
    r"(?:(?:the|this|that)\s+)?"
    r"(?:contents?\s+of\s+(?:the|this)\s+|information\s+(?:contained|set\s+out|provided)\s+in\s+the\s+)?"
    r"(?:(?:verbal|written|oral|annual|progress|latest|update|attached|above|officers'?|officer's|work|"
    r"(?:six|6)[- ]?monthly|monthly|quarterly|half[- ]yearly)\s+)*"
    r"(?:report|update|presentation|item|information|position|briefing|paper|minutes|notes?|summary|overview|document"
    r"|application|scheme|correspondence|letters?"
    r"|recommendations?(?:\s+(?:of|in|(?:as\s+)?set\s+out\s+in|contained\s+in)\s+the\s+report)?)"
    r"(?:\s+and\s+(?:the\s+)?(?:appendix|appendices|presentation|discussion))?",
    re.IGNORECASE)
# "recommend APPROVAL", "no objection", "leave it to the decision of the Planning Officer": a
# council's view on a planning application, which names the application only in the line above.
OUTCOME_SUBJECT_RE = re.compile(
    r"(?:an?\s+)?(?:approval|refusal|no\s+objections?|no\s+comments?|support|permission"
    r"|(?:(?:go\s+with|leave\s+(?:it\s+)?to|defer\s+to)\s+)?(?:the\s+)?decision\s+of\s+(?:the\s+)?planning\s+officers?)",
    re.IGNORECASE)
# A planning application's line in a list of them: "26/00412/HOUSE 14 Orchard Rise".
APPLICATION_LINE_RE = re.compile(rf"^\s*{PLANNING_REF}")
# Headings that say what kind of text follows, not what it is about.
FORM_HEADING_RE = re.compile(
    r"(?:(?:the\s+)?(?:recommendations?|resolved|resolutions?|decisions?(?:\s+required)?|agreed|"
    r"purpose(?:\s+of\s+(?:the|this)\s+report)?|background|introduction|(?:executive\s+)?summary|"
    r"proposals?|reasons?\s+for\s+(?:the\s+)?(?:recommendations?|decisions?)|minutes?))?",
    re.IGNORECASE)
# "This was agreed by the panel", "All were accepted", "This item was resolved", "Members resolved
# to accept the above": a pronoun for the item.
PRONOUN_SUBJECT_RE = re.compile(r"(?:this|these|that|those|it|they|all|both|all\s+of\s+(?:these|them)|the\s+above|"
                                r"(?:this|that|these|those)\s+(?:items?|matters?))", re.I)
# "adopt it", "formally approve them, subject to minor amendments": a verb with a pronoun for the item.
PRONOUN_OBJECT_RE = re.compile(
    r"(?:[a-z]+\s+){1,2}(?:it|them|this|these)(?:\s*,.*|\s+(?:subject\s+to|with|as\s+\w+ed|accordingly)\b.*)?",
    re.S)
# "Item 6: Internal Audit Plan 2022/23": an item's title printed as a line of text.
ITEM_LINE_RE = re.compile(r"^\s*(?:agenda\s+)?item\s+\d{1,3}[a-z]?\s*[:.–—-]\s*(?P<title>\S.{2,100})$", re.I)
ITEM_NUMBER_RE = re.compile(r"\s*\d{1,4}[a-z]?\.?\s*")
# The agenda's words for what the meeting is to do with an item, before what the item is: "To
# receive the notes of the Footpaths Working Group", "To approve, as an accurate record, the
# minutes of ...", "To consider quotations for grass cutting".
_AGENDA_VERB = r"(?:receive|note|approve|adopt|confirm|consider|agree|accept|sign)"
AGENDA_VERB_RE = re.compile(rf"^\s*to\s+{_AGENDA_VERB}(?:\s*(?:,|and)\s+{_AGENDA_VERB})*(?:,?\s+as\s+{TRUE_RECORD},?)?\s+(?=\S)",
                            re.I)
MAX_ITEM_WORDS = 40  # an item's title with its agenda wording ("To confirm that ...")
MAX_QUOTE_WORDS = 60
MAX_TITLE_WORDS = 12
# A title after a minute's reference may run on: "TO RECEIVE THE NOTES OF THE LEISURE, TOURISM AND
# TOWN CENTRE WORKING GROUP MEETING OF 3RD MARCH 2024".
MAX_REFERENCED_TITLE_WORDS = 24


def is_pronoun(subject: str) -> bool:
    subject = subject.strip()
    return bool(PRONOUN_SUBJECT_RE.fullmatch(subject) or PRONOUN_OBJECT_RE.fullmatch(subject))


def is_generic(subject: str) -> bool:
    subject = subject.strip()
    return bool(GENERIC_SUBJECT_RE.fullmatch(subject) or OUTCOME_SUBJECT_RE.fullmatch(subject)) or is_pronoun(subject)


def _is_form(heading: str) -> bool:
    return bool(FORM_HEADING_RE.fullmatch(re.sub(r"[^\w\s']+", " ", heading).strip()))


def item_heading(passed: list[Block], cover: set[str], title: str | None, minutes: bool) -> Block | None:
    """The nearest heading above that names an item ("Item 6: Internal Audit Plan" printed as a
    line counts as one); in a report past its last item, the title heading (a minutes' cover
    names only the meeting)."""
    for at in range(len(passed) - 1, -1, -1):
        block = passed[at]
        if block.kind == "paragraph" and (ITEM_LINE_RE.match(block.text) or _referenced_title(block)) \
                or numbered_title(block) or _after_item_number(passed, at) or _application_line(block):
            return block
        if block.kind != "heading" or _is_form(block.text):
            continue
        if block.text not in cover or block.marker:  # a numbered heading is an item
            return block
        if minutes or title is None:
            return None
        if block.text.lower() == title.lower():
            return block
    return None


def _after_item_number(passed: list[Block], at: int) -> bool:
    """"279." on a line of its own, then "To confirm that the items marked Part 2 be considered
    in private": a web page's agenda item, its number and title on lines of their own."""
    return at > 0 and passed[at].kind == "paragraph" and bool(ITEM_NUMBER_RE.fullmatch(passed[at - 1].text)) \
        and len(passed[at].text.split()) <= MAX_ITEM_WORDS


def numbered_title(block: Block) -> bool:
    """"4. Financial monitoring: Quarter 3" or "2) Allotment lettings:-" as a numbered line
    over its minute: a short numbered line without a full stop is the item's title, not a
    resolution; so is a lettered one that opens on a capital ("(b) Harbour Dues Review"), and
    one in the agenda's words, full stop and all ("3. To receive and approve the minutes of the
    meeting held on 4 May.")."""
    numbered = re.fullmatch(r"\d{1,3}[.)]?", block.marker or "") or (
        re.fullmatch(r"\(?[a-z]\)", block.marker or "") and block.text[:1].isupper())
    worded = AGENDA_VERB_RE.match(block.text)
    named = AGENDA_VERB_RE.sub("", block.text).rstrip(" ." if worded else " ")
    return (block.kind == "list_item" and bool(numbered) and len(named.split()) <= (MAX_ITEM_WORDS if worded else MAX_TITLE_WORDS)
            and _ends_as_title(named if worded else block.text))


def _referenced_title(block: Block) -> bool:
    """"B12/24   4.   TO RECEIVE THE NOTES OF THE FOOTPATHS WORKING GROUP" as a line of
    its own: a minute's reference and number, then its title (in capitals, a full stop may end it)."""
    reference = MINUTE_REF_RE.match(block.text)
    title = block.text[reference.end():].rstrip() if reference else ""
    title = title.rstrip(" .") if title.isupper() else title
    return bool(title) and len(title.split()) <= MAX_REFERENCED_TITLE_WORDS and _ends_as_title(title)


# "Mr Lee proposed, and Ms Ward seconded the motion that", "it was noted": a clause, no title.
CLAUSE_WORDS_RE = re.compile(r"\b(?:that|was|were|resolved|agreed|noted|proposed|seconded|moved)\b", re.I)
# "Cabinet is invited to:", "The points raised are as follows:": a lead-in over items.
LEAD_IN_WORDS_RE = re.compile(r"\b(?:to|it|is|are|following|follows|below)\b", re.I)


def _ends_as_title(text: str) -> bool:
    """A title is no clause and ends without a stop, or with the colon some minutes print after
    every item's title ("Apologies:-", "Allotment lettings:-"), which a lead-in's colon
    ("Cabinet is invited to:") is not."""
    text = text.rstrip()
    if CLAUSE_WORDS_RE.search(text):
        return False
    if text.endswith((":", ":-")):
        return not LEAD_IN_WORDS_RE.search(text)
    return not text.endswith((".", ";"))


def is_title_line(block: Block) -> bool:
    """A heading, a numbered item's title, or a short line that reads as a title ("Adoption
    of the Annual Accounts 2024/25:"), not as a clause."""
    if block.kind == "heading" or numbered_title(block):
        return True
    return block.kind in ("paragraph", "list_item") and len(block.text.split()) <= MAX_TITLE_WORDS \
        and _ends_as_title(block.text)


MINUTE_REF_RE = re.compile(f"^{MINUTE_REF}")


def _application_line(block: Block) -> bool:
    """A planning application's reference line in a list of them heads what is said about it."""
    return block.kind in ("list_item", "paragraph") and bool(APPLICATION_LINE_RE.match(block.text)) \
        and len(block.text.split()) <= MAX_ITEM_WORDS


def item_title(heading: Block) -> str:
    """What an item heading names: "Item 6: Internal Audit Plan" names the Internal Audit Plan;
    "79 Performance Monitoring pdf icon PDF 85 KB" (a web page's link) Performance Monitoring."""
    line = ITEM_LINE_RE.match(heading.text) if heading.kind == "paragraph" else None
    title = MINUTE_REF_RE.sub("", line.group("title").strip() if line else heading.text)
    worded = AGENDA_VERB_RE.match(title)
    title = AGENDA_VERB_RE.sub("", re.sub(r"\s*(?::-?|\s\.)$", "", title.rstrip()))  # "Allotment lettings:-"
    title = title.rstrip(".") if worded else title  # "To approve the minutes of 4 May.": the agenda's sentence
    return re.sub(LINKED_FILE_TAIL, "", title, flags=re.I) or title


def _printed(block: Block) -> str:
    return f"{block.marker} {block.text}" if block.marker else block.text


def quote_from(heading: Block, passed: list[Block], block: Block, upto: str) -> str | None:
    """The text as printed from ``heading`` to the end of the resolution (``upto``) when it
    is short and on one page; the heading and the resolution joined by " … " when they are far
    apart on one page (grounding checks each piece); else None."""
    if heading.page != block.page:
        return None
    start = max(i for i, b in enumerate(passed) if b is heading)
    between = passed[start:]
    resolution = _printed(block.model_copy(update={"text": upto}))
    text = " ".join([*map(_printed, between), resolution])
    if len(text.split()) <= MAX_QUOTE_WORDS and not any(b.page != block.page or b.kind == "table" for b in between):
        return text
    return f"{_printed(heading)} … {resolution}"
