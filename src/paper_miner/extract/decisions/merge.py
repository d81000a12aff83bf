"""Tidy a paper's decisions into one record per decision.

* ``considered the trust's offer ... The offer was accepted``: one record, the offer accepted;
  so is ``considered the draft policy ... It was agreed to adopt it``;
* a selection (``12 projects have been chosen by the Board``) is part of the recommendation
  the same section reports (``The Board has recommended that the bids ... form ...``);
* the same decision reported twice (a summary and a table note) is kept once.
"""
from __future__ import annotations

import re

from paper_miner.extract.common.vocabulary import CLAUSE_STOP_WORDS, MEMBER_TITLE, MONTH_FULL
from paper_miner.extract.decisions.subjects import is_pronoun
from paper_miner.models import Decision

SELECTION_RE = re.compile(r"\b(?:been|were|was)\s+(?:chosen|selected)\b", re.IGNORECASE)
# "the offer", "policies"; "refer the decision to full Council", "adopt this policy with
# amendments": what is done to a thing named before by its noun alone.
ANAPHOR_RE = re.compile(r"^(?:(?:the\s+|this\s+|these\s+)?|[a-z]+\s+(?:the|this|these)\s+)(\w+?)s?"
                        r"(?:\s+(?:to|with|for|subject\s+to)\b.*)?$")
# "a report of the Director of Resources", "the report from the Head of Finance".
AUTHORED_REPORT_RE = re.compile(r"\s*(?:a|the)\s+(?:joint\s+)?report\s+(?:of|from|by)\s+(?:the\s+)?[A-Z]")
# "The application was considered against the criteria": an item put before the meeting.
PASSIVE_CONSIDERED_RE = re.compile(r"\b(?:was|were)\s+considered\b(?![^.;]*\bby\b)", re.I)
# "proposed in Table A", "(Appendix 2)": a lettered or numbered part of the paper.
# "motion", "being put, the MOTION", "the substantive amendment": a vote named, not its subject.
VOTE_RE = re.compile(r"(?:.*[\s,])?(?:the\s+)?(?:substantive\s+)?(?:motion|amendment)", re.I | re.S)
# "The Committee considered a report of the Director ...", "Cabinet also considered how ...":
# a minute opening with the body considering the item, which its resolution then decides;
# when it says when ("on 4 May 2023", "at its meeting") it reports another meeting's step.
OPENING_CONSIDERED_RE = re.compile(r"^\s*(?:The\s+)?(?:[A-Z][\w&'’-]*\s+){1,6}?(?:also\s+|then\s+)?considered\b")
ANOTHER_MEETING_RE = re.compile(rf"\bon\s+(?:\w+day\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_FULL}\b|"
                                r"\bon\s+\d{1,2}/\d{1,2}/\d{2,4}\b|\bmeeting\b", re.I)
REFERENCE_RE = re.compile(r"\b(table|appendix|annex|schedule)\s+([A-Z]|\d{1,2})\b(?!\.\d)", re.I)
# "Cllr Rees", "Councillor Mrs Hale": a member named by title, whom an election or appointment is of.
MEMBER_NAMED_RE = re.compile(rf"\b{MEMBER_TITLE}\s+(?:{MEMBER_TITLE}\s+)?([A-Z][\w'’-]+)", re.I)
SAME_SUBJECT = 0.8
OWN_WORDS = 2  # words of its own that make the next item another decision
SAME_BODY = 0.7
LOOKBACK = 3


def _tokens(text: str, singular: bool = False) -> set[str]:
    words = {t for t in re.findall(r"[a-z0-9]+", text.lower()) if t not in CLAUSE_STOP_WORDS}
    return {re.sub(r"(?<=[a-z]{3})s$", "", t) for t in words} if singular else words


def same_subject(a: str, b: str, singular: bool = False) -> bool:
    """Most words of the shorter subject are in the longer one; ``singular``: whatever their
    number ("the responses to members questions", "the response to a member's question").
    Different figures make different decisions ("the Asset Strategy (Appendix 2)", "the
    Disposals Strategy (Appendix 6)"), and so do different tables or appendices ("the
    revenue budget (Table A)", "the capital programme (Table 2 and Appendix D)") and different
    members ("Cllr Rees elected as Chairman", "Cllr Anna Lloyd elected as Vice Chairman")."""
    ta, tb = _tokens(a, singular), _tokens(b, singular)
    if not ta or not tb or _figures(ta) and _figures(tb) and not _figures(ta) & _figures(tb):
        return False
    if _references(a) and _references(b) and not _references(a) & _references(b):
        return False
    if _members(a) and _members(b) and not _members(a) & _members(b):
        return False
    return len(ta & tb) / min(len(ta), len(tb)) >= SAME_SUBJECT


def _figures(words: set[str]) -> set[str]:
    return {w for w in words if w.isdigit()}


def _members(text: str) -> set[str]:
    return {name.lower() for name in MEMBER_NAMED_RE.findall(text)}


def _references(text: str) -> set[str]:
    """"Table A", "Appendix C": the parts of a paper a subject points to."""
    return {f"{kind.lower()} {ref.upper()}" for kind, ref in REFERENCE_RE.findall(text)}


def _resolve_anaphors(records: list[tuple[Decision, list[str]]]) -> list[tuple[Decision, list[str]]]:
    out: list[tuple[Decision, list[str]]] = []
    for decision, section in records:
        anaphor = ANAPHOR_RE.match(decision.subject)
        earlier = [i for i in range(max(0, len(out) - LOOKBACK), len(out))
                   if out[i][1] == section and out[i][0].action == "considered"]
        target = next((i for i in reversed(earlier) if anaphor and
                       anaphor.group(1).lower() in _tokens(out[i][0].subject)), None)
        if target is None and is_pronoun(decision.subject) and earlier:
            target = earlier[-1]  # "It was agreed to adopt it": the item just considered
        if target is None:
            out.append((decision, section))
            continue
        considered = out[target][0]
        out[target] = (considered.model_copy(update={
            "action": decision.action, "quote": f"{considered.quote} {decision.quote}"}), section)
    return out


def _drop_item_introductions(records: list[tuple[Decision, list[str]]]) -> list[tuple[Decision, list[str]]]:
    """"The Board considered a report of the Director of Finance, which ..." or "The
    application was considered against the criteria." then "RESOLVED: That the grant be
    approved": the first sentence introduces the item; what the body then decided about it,
    in a sentence of its own, is the decision."""
    return [(d, s) for i, (d, s) in enumerate(records)
            if not (_introduces(d) and any(later.body == d.body and later.action != "considered"
                                           and later_section == s and d.quote not in later.quote
                                           for later, later_section in records[i + 1:i + 1 + LOOKBACK]))]


def _introduces(decision: Decision) -> bool:
    """An authored report considered, an item "was considered" by no one named, or a vote
    ("Upon being put, the MOTION was CARRIED, ..." before "it was resolved: (1) That ...")."""
    if VOTE_RE.fullmatch(decision.subject):
        return True
    return decision.action == "considered" and bool(
        AUTHORED_REPORT_RE.match(decision.subject) or PASSIVE_CONSIDERED_RE.search(decision.quote))


def _drop_minute_openings(records: list[tuple[Decision, list[str]]]) -> list[tuple[Decision, list[str]]]:
    """"The Committee considered a report of the Head of Finance on the outturn.": left on its
    own (no "The report was noted" made it a decision), the opening of a minute says what
    was before the meeting, not what it decided."""
    return [(d, s) for d, s in records if not (d.action == "considered" and OPENING_CONSIDERED_RE.match(d.quote)
                                               and not ANOTHER_MEETING_RE.search(d.quote))]


def _drop_selections(records: list[tuple[Decision, list[str]]]) -> list[tuple[Decision, list[str]]]:
    recommended = {tuple(section) for d, section in records
                   if d.action == "recommended" and d.status == "decided"}
    return [(d, s) for d, s in records
            if not (SELECTION_RE.search(d.quote) and tuple(s) in recommended)]


def _same_body(a: str | None, b: str | None) -> bool:
    """"Northshire Transport Board" is the "Transport Partnership Board" named a paragraph
    earlier."""
    ta, tb = _tokens(a or ""), _tokens(b or "")
    return not ta or not tb or len(ta & tb) / min(len(ta), len(tb)) >= SAME_BODY


def _dedupe(decisions: list[Decision]) -> list[Decision]:
    """One record per decision; a recommendation the same body then resolved ("It is
    recommended that the Executive approves X" ... "RESOLVED that X be approved") is the
    decision. A decision a record states twice (its "Decision:" and its minute) may vary
    its nouns' number; a recommendation and a decision must share their words."""
    out: list[Decision] = []
    for decision in decisions:
        twin = next((i for i, kept in enumerate(out) if kept.action == decision.action
                     and _same_body(kept.body, decision.body)
                     and same_subject(kept.subject, decision.subject, singular=kept.status == decision.status)), None)
        if twin is not None and out[twin] is out[-1] and _next_item(out[twin], decision):
            twin = None
        if twin is None:
            out.append(decision)
        elif out[twin].status == "recommended" and decision.status == "decided":
            out[twin] = decision.model_copy(update={"date": decision.date or out[twin].date})
        elif out[twin].status == decision.status and out[twin].date is None and decision.date:
            out[twin] = out[twin].model_copy(update={"date": decision.date})
        elif out[twin].status != decision.status and decision.status != "recommended":
            out.append(decision)
    return out


def _next_item(previous: Decision, decision: Decision) -> bool:
    """The item after another, each saying something the other does not: "1) the council's
    reserves at the year end be noted; 2) the likely cost of the storm damage to the harbour
    be noted" are two resolutions; a decision restated straight after itself ("the
    programme forms the first phase" ... "the bids above for £1.7m form the first phase")
    keeps the shorter wording's words."""
    a, b = _tokens(previous.subject, True), _tokens(decision.subject, True)
    own = min(len(a - b), len(b - a))
    return previous.status == decision.status and previous.quote != decision.quote and own >= OWN_WORDS


def tidy(records: list[tuple[Decision, list[str]]]) -> list[Decision]:
    records = _drop_item_introductions(_drop_selections(_drop_minute_openings(_resolve_anaphors(records))))
    return _dedupe([d for d, _ in records])
