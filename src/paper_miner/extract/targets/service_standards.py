"""Service standards: what a council promises to do within a time, one target per promise.

A customer charter or service standards page lists its promises under a lead-in::

    When you write to us, these are the standards we will meet:
    - We will acknowledge your letter within three working days.
    We aim to:
    - Answer your call within six rings.
    - Return voicemail messages within one working day.

Each promise to do something "within" a number of working days, days, hours, minutes or rings
is a standard: the number is its target, a maximum (direction decrease), and what is promised
("acknowledge your letter") its measure. A promise counts in a list under a lead-in that says
what "we will" / "we aim to" / "we should" do, or names the standards, and in any sentence
that itself opens with "We will", "We should" or "We aim to"; a condition ("If a reply cannot
be given within 15 days, we will write ...") is none, and a share done within a time ("We
will answer 90% of calls within 3 minutes") is a target of the running text.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from paper_miner.extract.common.parse import parse_deadline
from paper_miner.extract.common.sentences import sentences_keeping_labels as sentences
from paper_miner.extract.common.vocabulary import IRREGULAR_PARTICIPLE, YEAR, YEAR_OR_SPAN, past_participle
from paper_miner.extract.common.vocabulary import NUMBER_WORDS_TO_TWENTY as NUMBER_WORDS
from paper_miner.extract.targets.reports import reports_on_target
from paper_miner.extract.targets.statements import OF_TARGET_RE, Statement, targets_of
from paper_miner.models import Block, Document, Layout, Target

_NUMBER = r"\d{1,3}|" + "|".join(word for word, n in NUMBER_WORDS.items() if n >= 1)
_UNIT = r"(?P<unit>(?:working|calendar)\s+days?|days?|hours?|minutes?|seconds|rings)\b"
# A share of the cases and the span a share of them is done within: "95%", "90 per cent"; "8 weeks".
_SHARE_FIGURE = r"(?P<share>\d{1,3}(?:\.\d)?)\s?"
_SHARE = _SHARE_FIGURE + r"(?:%|per\s?cent)"
_SPAN_UNIT = r"(?P<unit>working\s+days|days|weeks|months|hours|minutes|seconds)\b"
# "within two working days", "within a maximum of 6 rings", "within an average of 12 days", and
# in a promise's shorter words "answer in 20 seconds", "reply in three working days".
# "by the end of the next working day", "by 5pm the next working day": within one working day.
_WITHIN_RE = re.compile(
    rf"\s+(?:within|in)\s+(?:a\s+maximum\s+of\s+|an\s+average\s+of\s+)?(?P<figure>{_NUMBER})\s+{_UNIT}"
    r"|\s+by\s+(?:\d{1,2}(?:[.:]\d\d)?\s?[ap]m\s+)?(?:the\s+end\s+of\s+)?the\s+(?P<next>next|following)\s+"
    r"(?P<day>working\s+day|business\s+day|day)\b",
    re.IGNORECASE)
# "We should", "We will aim to", "Try to", "Aim to", "This means you will": the promise's opening,
# no part of its measure.
_PROMISE_OPENING_RE = re.compile(r"^(?:this\s+means\s+)?(?:(?:we|you)['’]ll\s+|(?:(?:we\s+|you\s+|our\s+[a-z]+\s+)?(?:will|should|shall|aim\s+to"
                                 r"|try\s+to|always|promise\s+to)\s+))+", re.IGNORECASE)
_WE_PROMISE_RE = re.compile(r"^(?:this\s+means\s+)?(?:(?:we|our\s+[a-z]+(?:\s+[a-z]+)?)(?:\s+(?:will|should|shall|aims?\s+to)\b|['’]ll\b)"
                            r"|you\s+will\s+(?:receive|get|hear|be\s+(?:sent|given|told|contacted))\b)", re.IGNORECASE)
# A page about its standards ("Customer Service Standards", "Our timescales for housing repairs",
# "Customer charter"): every promise to act within a time on it is one of them, worded any way
# ("Emails are acknowledged within five working days", "Urgent: within three working days").
# A table's header over its standards names them last: "Service   Current standard".
_STANDARDS_TITLE_RE = re.compile(r"\b(?:(?:service|customer|our)\s+(?:standards?|promises?)|standards|charter|timescales"
                                 r"|service\s+levels?)\b|\bstandard$", re.IGNORECASE)
# A promise on such a page is in the present or to come ("are acknowledged", "will", "should",
# "aim to", "expect"), or a label and its time ("Urgent: within three working days"); "The office
# moved within three days" reports the past; "Urgent repairs – within 5 working days" is a label too.
# A row a copy flattened is a label and its time too: "Potholes made safe within 2 working days.",
# or the label's cell and the time's, the second opening on a capital: "Abandoned cars (public
# land) Within 7 working days", "Bus shelters Replace broken panels within 3 working days".
_PROMISE_TENSE_RE = re.compile(
    rf"\b(?:are|is|will|should|shall|aims?|must|expect)\b|^[A-Z][\w ]{{1,60}}(?::|\s+[–-])\s+within\b"
    rf"|^[A-Z][\w ]{{1,60}}\s+within\s+(?:{_NUMBER})\s+{_UNIT}\.?$"
    r"|^(?=.*\bwithin\b)[A-Z][\w ,()]{1,60}?\s(?-i:[A-Z][a-z]+)\b", re.IGNORECASE)
MAX_TITLE_WORDS = 12
MAX_LEAD_IN_WORDS = 8
# What the reader may do within a time, no promise of the council's: "You can appeal within 21 days".
_YOURS_RE = re.compile(r"^(?:you|customers?|residents?|applicants?)\s+(?:can|may|have|need|must\s+apply)\b", re.IGNORECASE)
# "The standard for acknowledging letters is five working days": a standard named with its time.
_STANDARD_IS_RE = re.compile(
    rf"\bstandard\s+for\s+(?P<doing>[^,.;]{{3,120}}?)\s+is\s+(?P<figure>{_NUMBER})\s+{_UNIT}", re.IGNORECASE)
# "We aim to:", "We promise to:", "We'll:", "When you email us we will:", "Our standards:".
_LEAD_IN_RE = re.compile(r"\bwe\s+(?:will|should|shall|aim\s+to|promise\s+to|commit\s+to)\b|\bwe['’]ll\b|\bstandards?\b",
                         re.IGNORECASE)
_CONDITION_RE = re.compile(r"^(?:if|where|when|unless|once|after)\b", re.IGNORECASE)
# "answer 90% of calls within 3 minutes": a share done within a time, read as running text.
_SHARE_RE = re.compile(r"\d\s?%|\bper\s?cent\b", re.IGNORECASE)
# "... within 10 minutes on 90% of occasions": a response standard, met on a share of calls out;
# "... within 5 days, for 95% of valid claims": of the cases it covers.
_ON_OCCASIONS_RE = re.compile(rf"\s+(?:on|in|for)\s+(?:at\s+least\s+)?{_SHARE}\s+of\s+"
                              r"(?:the\s+time|(?:[a-z-]+\s+){0,2}[a-z]+s)\b", re.IGNORECASE)
# "... within 9 minutes", "a maximum of 9 minutes": the time a response standard is met in.
_TIME_LIMIT_RE = re.compile(rf"\b(?:within|(?:a\s+)?maximum\s+of|in)\s+(?:{_NUMBER})\s+{_UNIT}", re.IGNORECASE)
# "For the first crew at a house fire - 9 minutes 80% of the time": the time after a dash, then how often.
_DASHED_OCCASIONS_RE = re.compile(rf"\s[–-]\s+(?:{_NUMBER})\s+{_UNIT}\s+{_SHARE}\s+of\s+the\s+time\b", re.IGNORECASE)
# "Stage 1: we will acknowledge ...": a promise under its own label; "Where a street light is out
# we aim to repair it ...": one under the case it covers.
# "Telephone: we will ...", "Rural areas: The mean time for a crew to arrive ... will be within 14
# minutes": the case a promise is for, labelled before it.
_LABEL_RE = re.compile(r"^(?P<label>[A-Z][\w ]{1,80}):\s+(?=we\b)|^(?P<case>[A-Z][\w ]{1,40}):\s+(?=(?-i:[A-Z]))",
                       re.IGNORECASE)
# What a promise's subject ends on before its time: "... will be", "... should be", "... is".
_TO_BE_RE = re.compile(r"^(?:the\s+)?|\s+(?:(?:will|should|shall|must)(?:\s+be)?|is|are)$", re.IGNORECASE)
_CASE_RE = re.compile(r"^(?P<label>(?:where|when|if)\s+[^,]{3,80}?),?\s+(?=we(?:\s+(?:will|should|shall|aim)\b|['’]ll\b))",
                      re.IGNORECASE)
# "category A - 2 hours from report", "lamp out - 10 full working days": on a
# standards page, a case and its time after a dash.
_DASH_TIME_RE = re.compile(rf"^(?P<doing>.{{3,80}}?)\s+[–-]\s+(?P<figure>{_NUMBER})[\s-]+(?:full\s+)?{_UNIT}",
                           re.IGNORECASE)
# "Urgent – Where the fault is a nuisance but no danger – within five working days": a kind of
# case, what makes a case that kind, then the time allowed for it, parted by dashes.
_CASE_DASH_TIME_RE = re.compile(rf"^(?P<kind>[A-Z][\w ]{{2,30}}?)\*?\s+[–-]\s+(?P<case>[^–]{{3,160}}?)\s+[–-]\s+"
                                rf"within\s+(?P<figure>{_NUMBER})\s+{_UNIT}", re.IGNORECASE)
# Bullets a text export ran into one paragraph part its promises.
_BULLET_RE = re.compile(r"\s*[•●▪◦]\s*")
# "and respond fully": a second promise in the same sentence starts after "and".
_JOIN_RE = re.compile(r"^(?:[,;]?\s*(?:and|then)\s+)", re.IGNORECASE)


def _under_lead_in(blocks: list[Block], index: int) -> bool:
    """Whether a list item sits under a lead-in ending in a colon that says what we will do
    or names the standards ("We aim to:", "these are the standards we should meet:"), or a
    short one ending in the semicolon some pages print for it ("We aim to;")."""
    above = next((block for block in reversed(blocks[:index]) if block.kind != "list_item"), None)
    if above is None or not _LEAD_IN_RE.search(above.text):
        return False
    text = above.text.rstrip()
    return text.endswith(":") or (text.endswith(";") or bool(_WE_WILL_END_RE.search(text))) and len(
        text.split()) <= MAX_LEAD_IN_WORDS


# "Repairs – we will", "When you call us we aim to": a short lead-in that lost its colon.
_WE_WILL_END_RE = re.compile(r"\bwe\s+(?:will|aim\s+to|shall|should|promise\s+to)$", re.IGNORECASE)


def standards_title(blocks: list[Block]) -> str | None:
    """The title of a page about its standards, among its first lines, if it is one."""
    return next((block.text.strip(" :") for block in blocks[:3] if _names_standards(block)), None)


# "Customer service standards" run into the line under it ("Customer service standards How
# quickly we deal with your letters and emails"): a title however long the line it opens.
_STANDARDS_OPENING_RE = re.compile(r"^(?:our\s+)?(?:customer\s+|service\s+)+(?:standards|charter|promises)\b"
                                   r"(?!\s+(?:are|is|were|was|have|has|will|set|apply)\b)", re.IGNORECASE)


def _names_standards(block: Block) -> bool:
    text = block.text.strip()
    if re.search(r"\d", text) or text.endswith("."):
        return False
    return len(text.split()) <= MAX_TITLE_WORDS and bool(_STANDARDS_TITLE_RE.search(text)) \
        or bool(_STANDARDS_OPENING_RE.match(text))


def standards_in_force(blocks: list[Block]) -> list[str | None]:
    """Per block, the title of the standards it is under: the page's title, else the last
    short line naming standards above it ("Response Times Standards" half-way down a fire
    service's page), until a heading that names none."""
    page = standards_title(blocks)
    section, titles = None, []
    for block in blocks:
        if _names_standards(block):
            section = block.text.strip(" :")
        elif block.kind == "heading":
            section = None
        titles.append(page or section)
    return titles


def _promises(blocks: list[Block], index: int, on_standards_page: bool = False) -> list[str]:
    """The sentences of a block that are promises: all of a list item's under a lead-in, on a
    standards page all that are not the reader's own ("You can appeal within 21 days"), else
    those that open with "We will", "Our advisors aim to", "We should"."""
    block = blocks[index]
    if block.kind == "table":
        return [item for item in _cell_items(block) if _is_promise(item, False, on_standards_page)]
    if block.kind not in ("paragraph", "list_item"):
        return []
    listed = block.kind == "list_item" and _under_lead_in(blocks, index)
    items = [_as_labelled(item.strip()) for sentence in sentences(block.text) for item in _BULLET_RE.split(sentence)]
    return [item for item in items if _is_promise(item, listed, on_standards_page)]


def _is_promise(item: str, listed: bool, on_standards_page: bool) -> bool:
    if _shares_promised(item) and (listed or on_standards_page or _WE_PROMISE_RE.match(_LABEL_RE.sub("", item))
                                   or _STANDARD_THAT_RE.match(item) or _AIM_INFINITIVE_RE.match(item)):
        return True
    return (not _CONDITION_RE.match(item) or bool(_LABEL_RE.match(item))) and bool(
        _is_response_standard(item) or not _SHARE_RE.search(item)
        and (listed or _WE_PROMISE_RE.match(_LABEL_RE.sub("", item))
             or on_standards_page and not _YOURS_RE.match(item) and _PROMISE_TENSE_RE.search(item))
        and (_WITHIN_RE.search(item) or _STANDARD_IS_RE.search(item))
        or on_standards_page and _DASH_TIME_RE.match(item)) or bool(_CASE_DASH_TIME_RE.match(item))


def _cell_items(table: Block) -> list[str]:
    """A standards table's promises, each under its row's label: "| Refund requests | We aim
    to pay refunds within 7 working days |" reads "Refund requests: We aim to pay refunds ..."."""
    return [f"{row.cells[0].strip()}: {sentence.strip()}" for row in table.rows if len(row.cells) > 1
            and row.cells[0].strip() for cell in row.cells[1:] for sentence in sentences(cell)]


def _as_labelled(item: str) -> str:
    """"Where a street light is out we aim to repair it within five working days" -> "Where a
    street light is out: we aim to repair it ...": the case as the label."""
    case = _CASE_RE.match(item)
    return f"{case.group('label')}: {item[case.end():]}" if case else item


def _is_response_standard(item: str) -> bool:
    """"Our standard is a maximum of 9 minutes, met on at least 80 per cent of occasions": a time
    met on a share of occasions, wherever it is printed; not a result reported against it ("Crews
    arrived within 9 minutes on 72% of occasions, against the standard of 80%")."""
    return (bool(_ON_OCCASIONS_RE.search(item)) and bool(_TIME_LIMIT_RE.search(item))
            or bool(_DASHED_OCCASIONS_RE.search(item))) and not reports_on_target(item)


def _unit(printed: str) -> str:
    """The unit in the plural, as a maximum is counted ("one working day" -> "working days"; a
    calendar day is a day)."""
    unit = " ".join(printed.lower().split()).replace("calendar ", "")
    return unit if unit.endswith("s") else f"{unit}s"


def _standards(sentence: str, block: Block, title: str | None = None) -> Iterator[Target]:
    """One target per "within" in a promise ("acknowledge within two working days and respond
    fully within 10 working days" is two), its measure what is promised before it; a label alone
    ("Urgent: within three working days") is named with the page's title."""
    shares = _shares_promised(sentence)
    if shares:
        yield from (_share_target(sentence, share, block) for share in shares)
        for second in _SECOND_PROMISE_RE.split(sentence, maxsplit=1)[1:]:  # "..., and we aim to keep X below 6%"
            yield from targets_of(Statement(text=second, page=block.page, committed=False))
        return
    occasions = _DASHED_OCCASIONS_RE.search(sentence) or _ON_OCCASIONS_RE.search(sentence)
    if occasions:
        yield from _response_standard(sentence, occasions, block)
        return
    kind = _CASE_DASH_TIME_RE.match(sentence)
    if kind:
        yield _standard(block, sentence, f"{kind.group('kind')} ({kind.group('case')})", kind)
        return
    dashed = _DASH_TIME_RE.match(sentence)
    if dashed and not _WITHIN_RE.search(sentence):
        yield _standard(block, sentence, dashed.group("doing").strip(), dashed)
        return
    label = _LABEL_RE.match(sentence)
    named = _STANDARD_IS_RE.search(sentence)
    start = label.end() if label else 0
    for within in [named] if named else _WITHIN_RE.finditer(sentence):
        piece = re.split(r",\s*(?:and|then)\s+", sentence[start:within.start()])[-1]  # "... of receipt, and a reply"
        doing = named.group("doing") if named else _PROMISE_OPENING_RE.sub("", _JOIN_RE.sub("", piece.strip(" ,;-–(")))
        start = within.end()
        doing = _for_the_customer(_TO_BE_RE.sub("", doing.strip(" :")))
        case = _FOR_CASE_RE.match(sentence, within.end())  # "... within 7 working days for routine repairs"
        doing = f"{doing.strip(' :–-')} for {case.group('case')}" if case and doing.strip(" :–-") else doing
        named_by = (label.group("label") or label.group("case")) if label else title if len(doing.split()) < 2 else None
        if named_by and doing.strip(" :"):
            doing = f"{doing.strip(' :')} ({named_by})"
        what = doing.strip(" :–-")
        if len(doing.split()) < 2 and not _SERVICE_NOUN_RE.match(what):
            continue
        second = _SECOND_PLACE_RE.match(sentence, within.end())
        if second:  # "attendance within 15 minutes in towns and 20 minutes in villages": one for each
            yield _standard(block, sentence, f"{what} {second.group('place')}", within)
            yield _standard(block, sentence, f"{what} {second.group('place2')}", second)
            continue
        yield _standard(block, sentence, what, within)


# "attendance", "reply", "a decision": what a one-word promise does, named by its noun.
_SERVICE_NOUN_RE = re.compile(r"^[a-z]{3,}(?:ance|ence|ment|tion|sion|al)$|^(?:reply|response|visit|answer|callback"
                              r"|repair|refund)$", re.IGNORECASE)
# "... within 15 minutes in urban areas and 20 minutes in rural areas": a second time, for a second place.
_PLACE = r"(?:in|for|at)\s+[a-z][\w -]{2,40}?"
_SECOND_PLACE_RE = re.compile(rf"\s+(?P<place>{_PLACE})\s+and\s+(?P<figure>{_NUMBER})\s+{_UNIT}\s+(?P<place2>{_PLACE})"
                              r"(?=\s+(?:if|when|where|unless)\b|\s*[.;,]|\s*$)", re.IGNORECASE)


# The cases a promise covers, after its time: "... within 7 working days for routine repairs".
_FOR_CASE_RE = re.compile(r"\s+for\s+(?P<case>[a-z][^,;.]{2,60}?)\s*[.;]?\s*$", re.IGNORECASE)
# "see you", "call you back": a promise done to the reader, the customer.
_TO_YOU_RE = re.compile(r"^(?P<verb>[a-z]+)\s+you(?P<rest>\s+(?:back|at|in|on|for|if|when)\b.*)?$", re.IGNORECASE)


def _for_the_customer(doing: str) -> str:
    """"see you" -> "see customers", "call you back" -> "call customers back": the reader a
    promise is made to named as the customers it is kept for."""
    to_you = _TO_YOU_RE.match(doing)
    return f"{to_you.group('verb')} customers{to_you.group('rest') or ''}" if to_you else doing


def _standard(block: Block, sentence: str, doing: str, timed: re.Match[str]) -> Target:
    """A promise to do something within a time: the time (in figures or words) a maximum; "by
    the end of the next working day" is within one working day."""
    if timed.groupdict().get("next"):
        figure, unit = "1", re.sub(r"business", "working", timed.group("day").lower())
    else:
        figure, unit = timed.group("figure").lower(), timed.group("unit")
    return Target(page=block.page, quote=sentence.strip(), measure=doing, target=float(NUMBER_WORDS.get(figure, figure)),
                  unit=_unit(unit), direction="decrease")


# "Our standard is that ...", "The standards are to ...": what names the standard, not what it measures.
# "Our service standards for investigations are to ...": the standards may name what they cover.
_STANDARD_THAT_RE = re.compile(r"^.{0,40}?\b(?:standards?|targets?|aims?|goals?|kpis?)(?:\s+for\s+[a-z ]{3,40}?)?\s+(?:is|are)\s+"
                               r"(?:that|to)\s+", re.IGNORECASE)


def _response_standard(sentence: str, occasions: re.Match[str], block: Block) -> Iterator[Target]:
    """"(a) the first crew to reach house fires within 8 minutes on 85% of occasions": the
    share of occasions is the target, what is done within the time its measure."""
    end = occasions.start("share") if occasions.re is _DASHED_OCCASIONS_RE else occasions.start()
    stated = _STANDARD_THAT_RE.sub("", sentence[:end])  # "... - 9 minutes" keeps its time
    doing = _PROMISE_OPENING_RE.sub("", re.sub(r"^\W*(?:\(?[a-z\d]{1,3}\)\s*)?(?:for\s+)?(?:the\s+)?", "", stated, flags=re.IGNORECASE))
    doing = re.sub(r"\s+(?:will|should|shall)\s+(?:be\s+)?", " ", doing).strip(" ,;")
    if len(doing.split()) >= 3:
        yield Target(page=block.page, quote=sentence.strip(), measure=doing, target=float(occasions.group("share")),
                     unit="%", direction="achieve")


# "answer 85% of calls to the contact centre", "deal with 75% of queries at the first point of
# contact": a share of the cases the promise is kept for (its opening taken off first).
_SHARE_PROMISE_RE = re.compile(rf"^(?P<verb>[a-z]+)(?P<particle>\s+(?:with|to|up|back|on))?\s+(?:at\s+least\s+)?{_SHARE}\s+of\s+"
                               r"(?:all\s+)?(?:the\s+|our\s+)?(?P<what>[^;:]+?)[\s;.]*$", re.IGNORECASE)
# A standard listed as its share: "94% of outpatients seen within six weeks", "95% of calls answered".
_SHARE_OF_RE = re.compile(rf"^{_SHARE}\s+of\s+(?:all\s+)?(?:the\s+)?(?P<what>[^;:]{{5,}}?)[\s;.]*$", re.IGNORECASE)
# A standards table's row, flattened: "Full reply to letters 85% within 15 working days".
_SHARE_IN_ROW_RE = re.compile(rf"^(?P<what>[A-Z][^%;:]{{3,80}}?)\s+{_SHARE}\s+(?P<within>within\s+[^;:]+?)[\s;.]*$",
                              re.IGNORECASE)
# "Ensure 95% of food premises are compliant by 2012": a state to reach (running text), and
# "90% of emails ..., 95% of letters ...": several shares in one (running text).
_NOT_A_SHARE_DONE_RE = re.compile(rf"\b(?:are|is|be|been|have|has|had|were|was)\b|{YEAR}|\d\s?%|\bper\s?cent\b",
                                  re.IGNORECASE)
# "To determine 85% of all planning appeals ... in 8 weeks": an aim in the infinitive, a list's or a
# plan's way of promising a share.
_AIM_INFINITIVE_RE = re.compile(rf"^to\s+(?=[a-z]+\s+(?:at\s+least\s+)?{_SHARE_FIGURE}(?:%|per\s?cent)\s+of\s)", re.IGNORECASE)
_NEXT_SHARE_RE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?=\d{1,3}(?:\.\d)?\s?(?:%|per\s?cent)\s+of\s)", re.IGNORECASE)
# "..., and we aim to keep the proportion of calls abandoned below 8%": a promise of its own.
_SECOND_PROMISE_RE = re.compile(r",?\s+and\s+(?=(?:we|our\s+[a-z]+)\s+(?:will|aim|should|shall)\b)", re.IGNORECASE)
_BRACKETS_RE = re.compile(r"\((?:[^()]|\([^()]*\))*\)")
_PARTICIPLE_RE = re.compile(rf"\b(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLE}|seen)\b", re.IGNORECASE)
# "Milestones delivered at 100% of target": a band of how far targets were met.
_OF_TARGET_SHARE_RE = re.compile(rf"{_SHARE}{OF_TARGET_RE.pattern}", re.IGNORECASE)
_STATE_VERBS = {"ensure", "keep", "maintain", "achieve", "reduce", "increase", "improve", "raise", "cut", "lower"}


def _shares_promised(item: str) -> list[tuple[float, str]]:
    """Each share a promise is kept for and what it is kept in: "answer 85% of calls to the
    contact centre" -> [(85, "calls to the contact centre answered")]; "Our standards are to
    reply to 90% of letters within 10 days and 80% of emails within 2 days" -> two, the second
    done as the first ("emails replied to within 2 days") unless it says how ("75% of
    complainants updated every month")."""
    labelled = _LABEL_RE.match(item)  # "If you ring the helpline: we will answer 85% of calls ..."
    if _CONDITION_RE.match(item) and not labelled or _ON_OCCASIONS_RE.search(item) or _OF_TARGET_SHARE_RE.search(item):
        return []
    item = _SECOND_PROMISE_RE.split(item[labelled.end():] if labelled else item)[0]
    item = _PROMISE_OPENING_RE.sub("", _AIM_INFINITIVE_RE.sub("", _STANDARD_THAT_RE.sub("", item.strip())))
    first, *others = _NEXT_SHARE_RE.split(item)
    share = _share_promised(first)
    later = [_SHARE_OF_RE.match(other) for other in others]
    if share is None or not all(later) or any(_is_no_share_done(m.group("what")) for m in later):
        return []
    return [share[:2]] + [(float(m.group("share")), m.group("what") if _PARTICIPLE_RE.search(m.group("what"))
                           else _done_to(m.group("what"), share[2])) for m in later]


# "... in 8 weeks for 2017/18": the year a share is promised for, which is not what is done.
_FOR_YEAR_RE = re.compile(rf"\s+for\s+(?P<year>{YEAR_OR_SPAN})$")


def _is_no_share_done(what: str) -> bool:
    """Whether a share's cases are no work done: a state ("95% of premises are compliant") or
    several shares run together; a year in brackets ("(part 2 of the 2017 Rules)") or the year
    the promise is for ("... for 2017/18") is no state."""
    return bool(_NOT_A_SHARE_DONE_RE.search(_FOR_YEAR_RE.sub("", _BRACKETS_RE.sub("", _done_in_time(what)))))


# "claims must be paid in 21 days", "appeals to be decided within 40 days": work done in a time,
# said in the passive; "premises are compliant" is a state.
_PASSIVE_IN_TIME_RE = re.compile(rf"\b(?:must|will|should|shall|to)\s+be\s+(?=(?:[a-z]+ed|{IRREGULAR_PARTICIPLE}|seen|sent)"
                                 r"\s+(?:with)?in\s+(?:\d|the\b))", re.IGNORECASE)


def _done_in_time(what: str) -> str:
    """"claims must be paid in 21 days" -> "claims paid in 21 days"."""
    return _PASSIVE_IN_TIME_RE.sub("", what)


def _share_promised(item: str) -> tuple[float, str, str] | None:
    """The share one promise is kept for, what it is kept in and how it is done: "answer 85%
    of calls to the contact centre" -> (85, "calls to the contact centre answered", "answered");
    "94% of outpatients seen within six weeks" -> (94, "outpatients seen within six weeks", "")."""
    share = _SHARE_PROMISE_RE.match(item) or _SHARE_OF_RE.match(item) or _SHARE_IN_ROW_RE.match(item)
    if share is None or _is_no_share_done(share.group("what")):
        return None
    if share.re is _SHARE_OF_RE:
        return float(share.group("share")), re.sub(r"\bwill\s+", "", _done_in_time(share.group("what"))), ""
    if share.re is _SHARE_IN_ROW_RE:
        return float(share.group("share")), f"{share.group('what')} {share.group('within')}", ""
    if share.group("verb").lower() in _STATE_VERBS:
        return None
    done = past_participle(share.group("verb")) + (share.group("particle") or "")
    return float(share.group("share")), _done_to(share.group("what"), done), done


def _done_to(what: str, done: str) -> str:
    """"calls to the contact centre" + "answered"; "loans online within two minutes" + "renewed"
    -> "loans online renewed within two minutes": what is done before the time it takes ("in 8
    weeks" as "within 8 weeks")."""
    within = re.search(rf"\s+(?:within|in)\s+(?:{_NUMBER})\s", what, re.IGNORECASE)
    return f"{what[:within.start()]} {done}{what[within.start():]}" if within and done else f"{what} {done}".strip()


def _share_target(sentence: str, share: tuple[float, str], block: Block) -> Target:
    """A share to reach; "... in 8 weeks for 2017/18" is due by the year's end."""
    for_year = _FOR_YEAR_RE.search(share[1])
    return Target(page=block.page, quote=sentence.strip(), measure=share[1][:for_year.start()] if for_year else share[1],
                  target=share[0], unit="%", direction="increase",
                  deadline=parse_deadline(f"by {for_year.group('year')}") if for_year else None)


def standard_blocks(blocks: list[Block]) -> set[int]:
    """The blocks read as service standards, which the running text leaves to this reader."""
    titles = standards_in_force(blocks)
    return {index for index in range(len(blocks)) if _promises(blocks, index, titles[index] is not None)}


# "We will determine:" over "i) 65% of prior approval notices within 8 weeks;": the lead-in's verb.
_WE_WILL_VERB_RE = re.compile(r"\bwe\s+(?:will|aim\s+to|should)\s+(?P<verb>[a-z]+)\s*:\s*$", re.IGNORECASE)
# "65% of prior approval notices within 8 weeks (or a longer time agreed);"
_SHARE_WITHIN_RE = re.compile(rf"^{_SHARE_FIGURE}%\s+of\s+(?P<what>[^;]+?)\s+within\s+(?P<figure>{_NUMBER})\s+{_SPAN_UNIT}")


def _shares_within(blocks: list[Block], index: int) -> Iterator[Target]:
    """A list of shares to do within a time under "We will determine:" ("65% of prior approval
    notices within 8 weeks"): the share is the target, the things done in time its measure
    ("prior approval notices determined within 8 weeks")."""
    block = blocks[index]
    above = next((b for b in reversed(blocks[:index]) if b.kind != "list_item"), None)
    lead = _WE_WILL_VERB_RE.search(above.text) if above is not None and block.kind == "list_item" else None
    share = _SHARE_WITHIN_RE.match(block.text.strip()) if lead else None
    if share is not None:
        yield _share_within(block, share, share.group("what"), past_participle(lead.group("verb")))
    elif block.kind in ("paragraph", "list_item") and (stated := _SHARE_TO_BE_RE.match(block.text.strip())):
        yield _share_within(block, stated, stated.group("what"), stated.group("done"))


# "95% of licence renewals to be issued within 14 days of payment": a share stated as
# the standard it is to meet.
_SHARE_TO_BE_RE = re.compile(rf"^{_SHARE_FIGURE}%\s+of\s+(?P<what>[^;]+?)\s+(?:to|will|should|must)\s+be\s+"
                             rf"(?P<done>[a-z]+ed)\s+within\s+(?P<figure>{_NUMBER})\s+{_SPAN_UNIT}")


def _share_within(block: Block, share: re.Match[str], what: str, done: str) -> Target:
    return Target(page=block.page, quote=block.text.strip(), target=float(share.group("share")), unit="%",
                  measure=f"{what} {done} within {share.group('figure')} {share.group('unit')}", direction="achieve")


# A time labelled as a category's: "Timescale: 4 hours", "Response time: within 5 working days",
# "Target time – 20 days"; and the notes between it and its category ("Examples: fire, flood").
_TIMESCALE_RE = re.compile(rf"^(?:target\s+)?(?:time\s?scales?|response\s+times?|times?\s+to\s+(?:attend|respond|complete)"
                           rf"|target\s+times?)\s*[:–-]\s*(?:within\s+|up\s+to\s+)?(?P<figure>{_NUMBER})\s+{_UNIT}\.?$",
                           re.IGNORECASE)
_EXAMPLES_RE = re.compile(r"^(?:examples?|e\.g\.|for\s+example|such\s+as|includes?)\b", re.IGNORECASE)
MAX_CATEGORY_WORDS = 8
MAX_NOTES_ABOVE = 2


def _timescale(blocks: list[Block], index: int) -> Target | None:
    """"Emergency repairs" / "Examples: fire, flood" / "Timescale: 4 hours": the time labelled
    under a category is the most it takes, the category (above any examples of it) its measure."""
    block = blocks[index]
    timed = _TIMESCALE_RE.match(block.text.strip()) if block.kind in ("paragraph", "list_item") else None
    if timed is None:
        return None
    above = [b for b in blocks[max(0, index - MAX_NOTES_ABOVE - 1):index] if b.kind in ("paragraph", "heading", "list_item")]
    while above and _EXAMPLES_RE.match(above[-1].text.strip()):
        above.pop()
    category = above[-1].text.strip(" :") if above else ""
    if not category or len(category.split()) > MAX_CATEGORY_WORDS or _TIMESCALE_RE.match(category):
        return None
    return _standard(block, block.text, category, timed)


def find(layout: Layout, document: Document) -> Iterator[Target]:
    blocks = layout.blocks
    for index, (block, title) in enumerate(zip(blocks, standards_in_force(blocks))):
        timescale = _timescale(blocks, index)
        if timescale is not None:
            yield timescale
            continue
        shares = list(_shares_within(blocks, index))  # "We will determine:" over "90% of notices within 6 weeks"
        yield from shares
        for sentence in [] if shares else _promises(blocks, index, title is not None):
            yield from _standards(sentence, block, title)
