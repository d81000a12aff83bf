"""Formal decision wording: resolution labels, lead-ins and the items listed under them.

Council papers state decisions in a handful of set forms:

* a label before the words: ``RESOLVED: That the budget be noted.``, ``Resolved – that ...``,
  ``The Panel RESOLVED that ...``, ``AGREED that ...``, ``DECISION: ...``,
  ``RECOMMENDATION: That the Panel note ...``;
* a lead-in ending in a colon, then lettered or numbered items: ``It is recommended that the
  Executive Committee: (a) approves ...; (b) notes ...``, ``Cabinet is recommended to: 1.
  approve ...``, ``Members are asked to:``, ``RESOLVED: (1) That ... be approved.``

A label or lead-in says who decides and whether it happened: RESOLVED / AGREED / DECISION
record a meeting's decision (``decided``); RECOMMENDATION(S) and "is asked to" are what a
report asks for (``recommended``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from paper_miner.extract.common.bodies import Bodies, Mention
from paper_miner.extract.common.vocabulary import MINUTE_NUMBER
from paper_miner.extract.decisions.clauses import (
    AND_VERBS,
    BASE,
    INTRODUCTORY_RE,
    LATER_MEETING_RE,
    LEAD_VERBS,
    PAST,
    UNANIMOUSLY,
    Clause,
    decided_clauses,
    recommended_clauses,
    resolution_parts,
    split_and_to,
    subjunctive_clauses,
    trim_subject,
    verb_in_lower_case,
    without_movers,
)
from paper_miner.extract.decisions.subjects import is_generic

_DASH = r"[:–—-]"
# How a lead-in ends, over its items: ":", ":-", ":–", "—".
LEAD_END = r"(?::-?|:–|—)"
# Capitals mark a label wherever it stands: "RESOLVED:", "The Panel RESOLVED that", and in
# some councils' minutes "ORDERED that the Sub-Committee:".
# "R E S O L V E D": a label printed with its capitals spaced out.
LETTER_SPACED_RE = re.compile(r"\b[A-Z](?: [A-Z]){3,}\b")
CAPS_LABEL_RE = re.compile(r"\b(RESOLVED|ORDERED|AGREED|DECIDED|DECISIONS?|RECOMMENDATIONS?|RECOMMENDED|RECOMMENDS)(?:\(S\)|\b)")
# In ordinary case only at the start with a dash or colon ("Resolved – that", "Decision:",
# "The Decision:", "Decision taken:", a partnership's "Outcome:", a parish's "Resolution 24/017:", a Scottish minute's
# "Decision" on a line of its own over what was decided; "Resolved unanimously:", "Actions agreed;",
# "Agreed actions:"), or as the set
# phrases "resolved that" and "It is recommended that".
START_LABEL_RE = re.compile(rf"^\s*(?:the\s+)?(?:actions?\s+(?=agreed))?(resolved|agreed|decided|decisions?|outcome|resolutions?|recommendations?)(?:\(s\))?"
                            rf"(?:\s+\(?{UNANIMOUSLY}\)?)?(?:\s+(?:taken|made|actions?))?(?:\s+(?:no\.?\s*)?[\w/.-]*\d[\w/.-]*)?\s*(?:{_DASH}|;\s*$)"
                            r"|^\s*(decisions?)\s*$", re.I)
# A web page's "Decision" field on a line of its own, run into its text: "Decision That the
# Plan be adopted"; "Accordingly, it was resolved:" over the resolutions.
PHRASE_LABEL_RE = re.compile(r"\b(resolved)\s+(?=that\b)|^\s*it\s+is\s+(recommended)\s+(?=that\b)|"
                             r"^\s*(decision)\s+(?=that\b)|(?<=\bwas\s)(resolved|agreed)(?=\s*:|\s+to\s+\w+(?:\s+the\s+following)?\s*:)",
                             re.I)
# "Cabinet is recommended to:", "Members are asked to:", "The Committee is requested to:",
# "County Council, having regard to the s25 report, is asked to agree the following:" (what
# items without a verb of their own are: "(c) The net revenue budget of £845m").
ASKED_LEAD_RE = re.compile(
    r"\b(?:is|are)\s+(?:asked|invited|recommended|requested|advised)\s+to"
    r"(?:\s+(?P<verb>resolve|agree|decide|approve|note|endorse|adopt|support|accept)(?:\s+that)?|\s+consider\s+and)?"
    r"(?:\s+the\s+following)?\s*(?:[:–—-]+\s*)?$", re.I)
# Minutes' "The report recommended:-" over what the report asked the meeting to decide.
REPORT_RECOMMENDED_RE = re.compile(rf"^\s*the\s+(?:\w+\s+)?report\s+recommended(?:\s+that)?\s*{LEAD_END}\s*$", re.I)
# "The recommendations set out in the report were agreed as follows:", "The following
# recommendations were approved by the Cabinet:-": each item under it is a resolution.
RECOMMENDATIONS_AGREED_RE = re.compile(
    r"^\s*(?:the\s+)?(?:following\s+)?recommendations?\b[^.;:]*?\s(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:\w+ly\s+)?(?:agreed|approved|adopted|accepted|carried|endorsed)(?P<by>\s+by\s+[^:]+?)?"
    rf"(?:,?\s+as\s+follows)?\s*{LEAD_END}\s*$", re.I)
# "The Board of the Combined Authority has today (May 12) agreed the following recommendations
# to:": the body decided the items below, each by its own verb.
BODY_AGREED_FOLLOWING_RE = re.compile(
    r"^(?P<by>.+?)\s+(?:has\s+|have\s+)?(?:today\s+)?(?:\([^()]{1,30}\)\s+)?(?:\w+ly\s+)?"
    r"(?:agreed|approved|adopted|accepted|endorsed)\s+the\s+following\s+(?:recommendations?|proposals?)"
    rf"(?:\s+to)?\s*{LEAD_END}\s*$", re.I)
# "The Executive, in recommending to Council a budget for 2019/20:": what the items say is
# recommended on to the other body, whatever their own verbs.
RECOMMENDING_RE = re.compile(rf",\s+(?:in|when)\s+recommending\b(?P<what>[^:]*?)\s*{LEAD_END}\s*$", re.I)
# "That the Audit Committee recommends that Cabinet:", "The Committee agreed to recommend to the
# Cabinet that:", "The Panel recommends to Council that:-".
RECOMMENDS_TO_RE = re.compile(
    r"^\s*(?P<by>.+?)\s+(?:(?:agreed|resolved|decided)\s+to\s+recommend|recommends?)"
    rf"(?:\s+to\s+(?P<to>[^:]+?))?\s+that(?:\s+(?P<that_body>[^:]+?))?\s*{LEAD_END}\s*$", re.I)
# "Cabinet is asked to RECOMMEND that:", "The Panel is invited to recommend to Council that:-": a
# report asks its meeting to recommend each item on, whatever the items' own verbs.
ASKED_TO_RECOMMEND_RE = re.compile(
    r"^\s*(?P<by>.+?)\s+(?:is|are)\s+(?:asked|invited|requested|recommended)\s+to\s+recommend"
    r"(?:\s+to\s+(?P<to>[^:–—]+?))?(?:\s+that)?\s*(?:[:–—-]+\s*)?$", re.I)
# "to Council a budget", "the budget to Full Council": the body a recommendation goes to.
RECOMMENDED_TO_RE = re.compile(r"\bto\s+((?:the\s+)?[A-Za-z]+(?:\s+[A-Z][\w']*)*)")
# "That Council be requested to agree that –", "That Full Council be recommended to approve
# the following:", "... be recommended to the approval of the following items regarding the
# Budget:": the meeting passes its items on to another body as recommendations.
PASSED_ON_RE = re.compile(
    r"^\s*(?:[Tt]hat\s+)?(?P<to>(?:[Tt]he\s+)?[A-Z][\w'&]*(?:\s+[A-Z][\w'&]*){0,4})\s+be\s+(?:requested|asked|recommended|invited)"
    r"\s+to\s+(?:agree|approve|adopt|resolve|endorse|the\s+(?:approval|adoption)\s+of)\b[^:–—]{0,80}?\s*(?::-?|:–|[–—-])\s*$")
# "That it be recommended to Council that it :-", "It is recommended to Full Council that:":
# the meeting passes the items on, the body named after "to" being the one to decide them.
RECOMMENDED_TO_LEAD_RE = re.compile(
    r"^\s*(?:that\s+)?(?:it\s+(?:be|is)\s+)?recommended\s+to\s+(?P<to>[^:–—]+?)\s+that(?:\s+(?:it|they))?"
    r"\s*(?::-?|:–|[–—-])\s*$", re.I)
# "(2) That the following estimates recommended by the committees be approved:-", "That the
# following be noted:" (or, misprinted, "The the following be approved:"): each item under it
# is what the verb does.
FOLLOWING_BE_RE = re.compile(
    rf"^\s*(?:that\s+|the\s+)?the\s+following\b[^:;.]*?\s+be\s+(?:\w+ly\s+)?(?P<verb>[a-z]+ed)\s*{LEAD_END}\s*$", re.I)
LEAD_END_RE = re.compile(rf"{LEAD_END}\s*$")
# A decision record signed by one office holder: "As Cabinet Member for Adult Social Care, I
# agree to:", "I have decided to:", "As Director of Finance I approve:" over what they decided.
FIRST_PERSON_LEAD_RE = re.compile(
    r"^\s*(?:(?i:as)\s+(?:the\s+)?(?P<office>[A-Z][^,:;]{2,80}?),?\s+)?I\s+(?:have\s+)?"
    rf"(?P<verb>agreed?|approved?|decided?|authorised?)(?:\s+to)?\s*{LEAD_END}\s*$")
MAX_LEAD_WORDS = 8
# "..., namely:", "... as follows:": a lead-in however long, that says its items follow.
NAMELY_RE = re.compile(rf"\b(?:namely|as\s+follows|the\s+following)\s*{LEAD_END}\s*$", re.I)
MAX_NAMELY_WORDS = 20
# "it was", blanked of its mover and seconder (``without_movers``), just before a capital
# RESOLVED: the vote that ends a long sentence of discussion.
VOTED_RE = re.compile(r"\bit\s+was\s*$", re.I)
# ... or follows only a field label web pages and records print before each item's minute
# ("Minutes: RESOLVED: That the minutes ... be approved", "Details: DECISION 1. Note the schedule
# ..."), with how it was passed ("UNANIMOUSLY RESOLVED that ...").
NOT_A_BODY = re.compile(
    r"^\s*(?:it\s+(?:was|is)|members|councillors|the\s+meeting|[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s*:)?"
    r"\s*(?:\w+ly\s*)?$", re.I)
# A minute's number and title run into its capital label: "112/26 Beach huts – licence fees 2027 RESOLVED",
# the number glued to the title by a copy ("112/26Beach huts").
RUN_IN_MINUTE_RE = re.compile(rf"^\s*{MINUTE_NUMBER}\.?\s*[^.;:]{{3,100}}$")
# "DECISION 1. Note the record": the number of the first of the decisions the label heads.
FIRST_ITEM_RE = re.compile(r"^\s*\(?\d{1,2}[.)]\s+(?=[A-Z])")
# Verbs that put a decision off or turn it down. A deferral decides nothing about its
# subject, so it is not recorded; a refusal has no action of its own in the record contract
# and is recorded as "considered" (see decision_clauses.PAST), with the quote saying how.
DEFERRED_RE = re.compile(r"\bbe\s+(?:deferred|withdrawn|adjourned|postponed)\b", re.I)
# "The Committee RESOLVED – it noted the contents of the report": "it" is the body resolving.
RESOLVED_IT_RE = re.compile(r"^\s*(?:that\s+)?it\s+(?=[a-z]+ed\b)", re.I)
# "RESOLVED that: Members note the annual report and agree ...": the meeting's members are its
# resolution's subject, as the body would be ("That the Committee notes ...").
MEMBERS_ITEM_RE = re.compile(r"^\s*(?:that\s+)?(?:the\s+)?(?:members|councillors)\s+(?=[a-z]+\b)", re.I)
# "to otherwise note the report", "to also agree": an adverb before the item's verb.
ITEM_ADVERBS = r"(?:(?:otherwise|also|further|formally)\s+)?"
# Verbs that open an item and decide something; any other ("comment on the draft") does not.
# "to recommend to County Council that the budget be approved", "that it be recommended to
# Full Council that ...", and after a RECOMMENDED label "to Council that ...": what a body
# recommends to another (the body that decides it).
ONWARD_RE = re.compile(
    r"^\s*(?:that\s+)?(?P<verb>(?:it\s+be\s+|to\s+)?recommend(?:ed|s)?\s+)?to\s+(?P<to>[^,;]+?)\s+that\s+(?P<what>.+)$",
    re.I)
# "Recommend to Council the Capital Strategy": what is recommended is the object itself.
ONWARD_OBJECT_RE = re.compile(
    r"^\s*(?:to\s+)?(?P<verb>(?i:recommends?)\s+)to\s+(?P<to>(?:the\s+)?(?:[A-Z][\w'&-]*\s+){1,6}?)"
    r"(?P<what>(?:the|an?|its|their)\s+.+)$")
# "that the Committee would issue the letter", "that the Clerk will obtain quotes"; after a label,
# an action note: "Secretary to chase", "Fair to be held on 13 July" (not "The Clerk has written
# seeking to ...", done already), a plan: "A bid for the grant is to be made", "The new gates to
# not be fitted until spring"; or a named officer in the
# subjunctive: "the Clerk prepare the annual report" (not "the Clerk reported", "the Chair notes").
TO_HAPPEN_RE = re.compile(r"^\s*that\s+(?P<what>[^.;]*?\b(?:would|will|shall|should)\s+[a-z]+\b.*)$"
                          r"|^\s*(?P<note>(?!to\b)(?:the\s+)?[\w'’&-]+(?:\s+(?!(?:has|have|had|was|were)\b)[\w'’&-]+){0,4}?\s+to\s+(?:be\s+)?(?-i:[a-z]+)\b.*)$"
                          r"|^\s*(?P<planned>(?:an?|the)\s+(?:(?!\b(?:has|have|had|was|were)\b)[^.;]){3,120}?\s+(?:(?:is|are)\s+)?to\s+(?:not\s+)?(?:be\s+)?"
                          r"(?!(?:the|a|an|this|that|its|their|our)\b)(?-i:[a-z]+)\b.*)$"
                          r"|^\s*(?P<bare>(?:the\s+)?(?-i:[A-Z][\w'’&-]*)(?:\s+(?:of\s+(?:the\s+)?|and\s+)?(?-i:[A-Z][\w'’&-]*)){0,3}\s+"
                          r"(?!(?:be|is|are|was|were|has|have|had|of|on|in|for|to|with|by|at|from|and|or|as)\b)(?-i:[a-z]+)(?<![se]d)(?<!s)(?<!ing)\s+(?:the|a|an|to|for|all|their|its|this|these|that|any|each|new|on|with|\d+|two|three|four|five)\b.*)$",
                          re.I | re.S)
# "gives consideration to any further recommendations": considers them.
CONSIDERATION_RE = re.compile(r"^(\s*(?:to\s+)?)gives?\s+(?:due\s+|further\s+)?consideration\s+to\b", re.I)
# "approves and recommends to Council:-", "notes, agrees and endorses:", "resolved to:": a
# lead-in's verbs after its body.
LEAD_VERB_RE = re.compile(
    r"^\s+(?:(?:also|formally|unanimously)\s+)?(?P<verbs>[a-z]+(?:(?:,\s*|\s+and\s+|,\s+and\s+)(?!to\b)[a-z]+){0,2})"
    rf"(?:\s+to\s+(?P<to>[^:–—]+?)|\s+(?:to|that|the\s+following))?\s*{LEAD_END}\s*$", re.I)
# "The Committee –", "Cabinet:-": a body alone over items that carry their own verbs
# ("1. Agreed the proposed process").
BODY_LEAD_RE = re.compile(r"\s*(?::-?|[–—-])\s*$")
# "approves for recommendation to full council:", "agrees for submission to the Secretary of
# State:": agreeing a thing so that it goes on to another body is recommending it there.
FOR_ONWARD_RE = re.compile(r"\b([a-z]+)\s+for\s+(?:recommendation|referral|submission)\s+to\b", re.I)
# "Subject to recommendation 4 below, approves ...": a condition before an item's verb.
CONDITION_RE = re.compile(r"^(?:subject\s+to|in\s+accordance\s+with|having\s+regard\s+to)\b[^,]{0,80},\s*", re.I)
# Verbs a closing line decides with ("Approve the slippage ..."); "Consider the report" does not.
CLOSING_VERBS = {"approve", "adopt", "agree", "note", "endorse", "accept", "delegate", "authorise", "authorize"}
ITEM_VERBS = {**AND_VERBS, "authorise": "agreed", "authorize": "agreed", "require": "requested",
              # "To recognise the work of the volunteers": taking note of it
              "recognise": "noted", "recognize": "noted", "acknowledge": "noted"}


@dataclass(frozen=True)
class Label:
    """A formal label opening a sentence: its status, the body it names, the words after."""

    status: str
    agent: Mention | None
    rest: str  # the sentence after the label, from "that" on
    action: str | None = None  # "That Cabinet approves:-": what items without a verb of their own are
    onward: str | None = None  # "... and recommends to Council:-": the body the items go on to
    governs: bool = False  # "The Executive, in recommending to Council ...:": the action, whatever the items' verbs

    @property
    def leads(self) -> bool:
        """``RESOLVED:`` or ``It is recommended that the Committee:``: items follow."""
        rest = self.rest.strip()
        if re.fullmatch(rf"(?:that\s*)?(?:{_DASH}+\s*)?", rest, re.I):  # "RESOLVED: That", "AGREED that:"
            return True
        if re.fullmatch(r"[Tt]hat\s+(?:the\s+)?(?:[A-Z][\w'&-]*\s*){1,6}(?:[–—-]+\s*)?", rest):  # "That the Board" (a), "that Cabinet –"
            return True
        if NAMELY_RE.search(rest):  # "AGREED the recommendations as set out in the report, namely:"
            return len(rest.split()) <= MAX_NAMELY_WORDS
        return bool(LEAD_END_RE.search(rest)) and len(rest.split()) <= MAX_LEAD_WORDS


def _status(word: str) -> str:
    return "recommended" if word.lower().startswith("recommend") else "decided"


def label(sentence: str, bodies: Bodies) -> Label | None:
    """The formal label a sentence opens with, if any; printed letter-spaced too
    ("R E S O L V E D – that:")."""
    sentence = without_movers(unspaced(sentence))  # "It was proposed by ..., seconded by ... and RESOLVED:"
    match = START_LABEL_RE.match(sentence) or PHRASE_LABEL_RE.search(sentence) \
        or CAPS_LABEL_RE.search(sentence)
    if match is None:
        return None
    word = next(g for g in match.groups() if g)
    before = INTRODUCTORY_RE.sub("", sentence[:match.start()])  # "Having considered the report, the Panel RESOLVED"
    if word.isupper() and RUN_IN_MINUTE_RE.match(before):
        before = ""  # "112/26 Beach huts – licence fees 2027 RESOLVED that ...": the minute's number and title
    voted = VOTED_RE.search(before)
    if voted:  # "... and having discussed the report, it was proposed, seconded and RESOLVED that"
        before = before[voted.start():]
    if len(before.split()) > MAX_LEAD_WORDS or re.search(r"[.;]", before):
        return None  # a label heads its sentence, or follows only who passed it
    agent = _agent(before, bodies)
    if agent is None and not NOT_A_BODY.match(before):
        return None
    # "RESOLVED UNANIMOUSLY: That ...", "Resolved (nem. con.) – that": how it was passed, then the resolution
    rest = re.sub(rf"^\s*(?:[A-Z]+LY\s*|\(?(?i:{UNANIMOUSLY})\)?\s*)?(?:{_DASH}+\s*)*", "", sentence[match.end():])
    return Label(_status(word), agent, FIRST_ITEM_RE.sub("", rest))


def unspaced(text: str) -> str:
    """"R E S O L V E D", "T H A T the report be accepted": capitals printed spaced out, closed up."""
    return LETTER_SPACED_RE.sub(lambda m: m.group().replace(" ", ""), text)


def _agent(text: str, bodies: Bodies) -> Mention | None:
    mentions = bodies.mentions(text)
    return mentions[-1] if mentions else None


# "Cabinet is therefore recommended to:", "Members are, as set out on page 32 of the agenda,
# asked to:": words between the verb and its auxiliary that ask nothing.
ASKED_ASIDE_RE = re.compile(r"(?:(?<=\bis)|(?<=\bare))(?:[\s,]+(?:therefore|now|accordingly|also|hereby|formally)\b"
                            r"|[\s,]+as\s+(?:detailed|set\s+out|shown|outlined|described)\s+(?:on|in|at)\s+[^,:;]{1,60}?"
                            r"(?=[\s,]+(?:recommended|asked|invited|requested)\b))+,?", re.I)


def lead_in(sentence: str, bodies: Bodies, in_recommendations: bool = False, records: bool = False) -> Label | None:
    """A sentence that introduces recommendation or resolution items (ends in a colon);
    under a Recommendations heading any such sentence ("That Cabinet:") is one. ``records``:
    the paper records decisions taken, so "That Cabinet approves:-" leads decided items."""
    sentence = ASKED_ASIDE_RE.sub("", sentence)
    found = label(sentence, bodies)
    passed = _passed_on(found.rest if found else sentence, bodies, records or bool(found and found.status == "decided")) \
        or _recorded_recommendation(found, bodies, records)
    if passed is not None:
        return passed
    if found is not None and found.leads:
        agent = found.agent or _agent(found.rest, bodies)
        verb = _lead_verb(found.rest, bodies)
        return replace(found, agent=agent, action=verb.action, onward=verb.onward) if verb else replace(
            found, agent=agent, action=_verb_of_rest(found.rest))
    if REPORT_RECOMMENDED_RE.match(sentence):
        return Label("recommended", None, "")
    agreed = RECOMMENDATIONS_AGREED_RE.match(sentence) or BODY_AGREED_FOLLOWING_RE.match(sentence)
    if agreed:
        return Label("decided", _agent(agreed.group("by") or "", bodies), "")
    recommending = _asked_to_recommend(sentence, bodies) or _recommending(sentence, bodies) \
        or _recommends_to(sentence, bodies)
    if recommending:
        return recommending
    worded = _worded_lead(sentence, bodies, records)
    if worded is not None:
        return worded
    verb = _lead_verb(sentence, bodies) if LEAD_END_RE.search(sentence) else None
    if verb is not None:
        status = "decided" if (records or verb.past) and not in_recommendations else "recommended"
        return Label(status, _agent(INTRODUCTORY_RE.sub("", sentence), bodies), "", verb.action, verb.onward)
    if in_recommendations and LEAD_END_RE.search(sentence) and len(sentence.split()) <= MAX_LEAD_WORDS:
        return Label("recommended", _agent(sentence, bodies), "")
    return _body_lead(sentence, bodies, records)


def _worded_lead(sentence: str, bodies: Bodies, records: bool) -> Label | None:
    """Lead-ins worded without a label: "That the following be noted:", "As Cabinet Member for
    Housing, I agree to:", "Cabinet is asked to approve the following:"."""
    following = _following_action(sentence)
    if following:
        return Label("decided" if records else "recommended", None, "", following)
    first_person = FIRST_PERSON_LEAD_RE.match(sentence)
    if first_person:
        return _first_person_lead(first_person)
    asked = ASKED_LEAD_RE.search(sentence)
    if asked:
        return Label("recommended", _agent(sentence[:asked.start()], bodies), "", BASE.get((asked.group("verb") or "").lower()))
    return None


def _following_action(sentence: str) -> str | None:
    """"That the following be noted:" -> noted: what each item under it is."""
    following = FOLLOWING_BE_RE.match(sentence)
    return PAST.get(following.group("verb").lower()) if following else None


def _first_person_lead(match: re.Match) -> Label:
    """"As Cabinet Member for Adult Social Care, I agree to:" leads what the office holder
    decided, each item with its own verb ("APPROVE the proposal ...", "DELEGATE authority ...");
    without an office named, the record's decision maker decided them."""
    office = match.group("office")
    agent = Mention(office.strip(), match.start("office"), match.end("office")) if office else None
    return Label("decided", agent, "")


def _recommending(sentence: str, bodies: Bodies) -> Label | None:
    """"The Executive, in recommending to Council a budget and Council Tax level for 2019/20:
    i. agrees the provision for inflation ...": each item is the body's recommendation to the
    other body, whatever verb it opens with."""
    match = RECOMMENDING_RE.search(sentence)
    agent = _agent(sentence[:match.start()], bodies) if match else None
    onward = RECOMMENDED_TO_RE.search(match.group("what")) if agent else None
    if not onward or not _names_body(onward.group(1), bodies) \
            or not re.fullmatch(r"\s*(?:that\s+)?(?:the\s+)?", sentence[:agent.start], re.I):
        return None
    return Label("decided", agent, "", "recommended", onward.group(1), governs=True)


def _asked_to_recommend(sentence: str, bodies: Bodies) -> Label | None:
    """"Cabinet is asked to RECOMMEND that: (1) the charge be increased to £55": a report asks
    the meeting to recommend each item to another body (named or not), the meeting's own
    recommendation whatever the item's verb."""
    match = ASKED_TO_RECOMMEND_RE.match(sentence)
    agent = _agent(match.group("by"), bodies) if match else None
    if agent is None or not re.fullmatch(r"\s*(?:that\s+)?(?:the\s+)?", match.group("by")[:agent.start], re.I):
        return None
    onward = match.group("to") if match.group("to") and _names_body(match.group("to"), bodies) else None
    return Label("recommended", agent, "", "recommended", onward, governs=True)


def _recommends_to(sentence: str, bodies: Bodies) -> Label | None:
    """"That the Audit Committee recommends that Cabinet:", "The Committee agreed to recommend
    to the Executive that:": each item is the body's recommendation to the other body."""
    match = RECOMMENDS_TO_RE.match(sentence)
    agent = _agent(match.group("by"), bodies) if match else None
    onward = next((g for g in match.group("to", "that_body") if g), None) if agent else None
    if onward is None or not _names_body(onward, bodies) \
            or not re.fullmatch(r"\s*(?:that\s+)?(?:the\s+)?", match.group("by")[:agent.start], re.I):
        return None
    return Label("decided", agent, "", "recommended", onward.strip(), governs=True)


def _passed_on(sentence: str, bodies: Bodies, records: bool) -> Label | None:
    """"That Council be requested to agree that – 1. The net budget requirement be £15.0m":
    in a record, the meeting's decision to recommend each item to that body; in a report, what
    the meeting is asked to recommend."""
    match = PASSED_ON_RE.match(sentence) or RECOMMENDED_TO_LEAD_RE.match(sentence)
    if match is None or not _names_body(match.group("to"), bodies):
        return None
    return Label("decided" if records else "recommended", None, "", "recommended", match.group("to"), governs=True)


def _recorded_recommendation(found: Label | None, bodies: Bodies, records: bool) -> Label | None:
    """A record's "RECOMMENDED that Council approve:- (1) The final budget ...": the meeting
    decided to recommend each item to that body (in a report the same words ask that body)."""
    if found is None or found.status != "recommended" or not records or not found.leads:
        return None
    verb = _lead_verb(found.rest, bodies)
    if verb is None or verb.past or verb.onward is not None:
        return None
    mention = bodies.mentions(found.rest)[0]
    onward = re.sub(r"^that\s+", "", found.rest[mention.start:mention.end], flags=re.I)
    return Label("decided", None, "", "recommended", onward, governs=True)


def _body_lead(sentence: str, bodies: Bodies, records: bool) -> Label | None:
    """"The Committee –" over "1. Agreed the proposed process ..." in a record, "That the
    Executive:" over "1. Considers the report": the body whose decisions the items state (in a
    report, what it is recommended to decide);
    "The Commissioner has:" over "Noted the forecast ...", "Approved the grant ...": what the
    body has done, in any paper."""
    end = BODY_LEAD_RE.search(sentence)
    mentions = bodies.mentions(sentence[:end.start()]) if end else []
    if not mentions or not re.fullmatch(r"\s*(?:that\s+)?(?:the\s+)?", sentence[:mentions[0].start], re.I):
        return None
    between = sentence[mentions[0].end:end.start()]
    done = bool(re.fullmatch(r"\s+(?:has|have)", between))
    if done or records and not between:
        return Label("decided", mentions[0], "")
    # "That the Executive:" in a report, its recommendations' heading lost (a saved web page)
    return Label("recommended", mentions[0], "") if not between and re.match(r"\s*that\b", sentence, re.I) else None


@dataclass(frozen=True)
class LeadVerb:
    """The verb of a lead-in naming its body: "That Cabinet approves and recommends to Council:-"."""

    action: str
    onward: str | None  # "Council": the items go on to it as recommendations
    past: bool  # "That the Committee agreed:-" records the decision whatever the paper is


# "RESOLVED to approve:", "It was resolved to note the following:", "RESOLVED that the following be
# agreed:": the verb each item takes, when no body is named before it.
# "to approve:", "to approve the following:", "to approve the following grants:": what each item is.
REST_VERB_RE = re.compile(r"^\s*(?:to\s+(?P<base>[a-z]+)(?:\s+the\s+following(?:\s+[a-z][\w'’-]*){0,3})?|that\s+the\s+"
                          r"following\s+be\s+(?P<past>[a-z]+))\s*:?-?\s*$", re.I)


def _verb_of_rest(rest: str) -> str | None:
    verb = REST_VERB_RE.match(rest)
    if verb is None:
        return None
    return BASE.get(verb.group("base").lower()) if verb.group("base") else PAST.get(verb.group("past").lower())


def _lead_verb(text: str, bodies: Bodies) -> LeadVerb | None:
    """"That Cabinet approves and recommends to Council:-", "That the Committee notes and
    agrees:", "Committee resolved to:": what each item under it is, read from the lead-in's
    last verb ("recommends to Council": recommended, going on to Council)."""
    text = INTRODUCTORY_RE.sub("", text)
    mentions = bodies.mentions(text)
    if not mentions or not re.fullmatch(r"\s*(?:that\s+)?(?:the\s+)?", text[:mentions[0].start], re.I):
        return None
    return _verbs_after(text[mentions[0].end:], bodies)


def item_lead(sentence: str, lead: Label | None, bodies: Bodies) -> Label | None:
    """"That the Executive: 1. Considers ...; 2. Subject to recommendation 4 below, approves for
    recommendation to full council: a) the revenue budget; b) the capital programme", "RESOLVED:
    (2) That the following estimates be approved:- a. ...": an item that is itself a lead-in,
    its verb (with the body of the lead-in above) saying what each of its own items is."""
    following = _following_action(sentence)
    if lead is not None and following:
        return Label(lead.status, lead.agent, "", following)
    if lead is None or lead.agent is None or not LEAD_END_RE.search(sentence):
        return None
    text = FOR_ONWARD_RE.sub(r"\1 and recommends to", CONDITION_RE.sub("", sentence.strip()))
    verb = _verbs_after(" " + text, bodies)
    return Label(lead.status, lead.agent, "", verb.action, verb.onward) if verb else None


def _verbs_after(text: str, bodies: Bodies) -> LeadVerb | None:
    """The verbs of a lead-in after its body: " approves and recommends to Council:-"."""
    match = LEAD_VERB_RE.match(text)
    verbs = re.split(r",\s*(?:and\s+)?|\s+and\s+", match.group("verbs").lower()) if match else []
    if not verbs or not all(v in PAST or _base(v) in ITEM_VERBS for v in verbs):
        return None
    onward = match.group("to")
    if onward is not None and (not verbs[-1].startswith("recommend") or not _names_body(onward, bodies)):
        return None
    last = verbs[-1]
    action = PAST[last] if last in PAST else ITEM_VERBS[_base(last)]
    return LeadVerb(action, onward.strip() if onward else None, last in PAST)


def _names_body(text: str, bodies: Bodies) -> bool:
    """"Council", "the Executive", and in lower case "full council": a body to recommend to."""
    return bool(bodies.mentions(text) or bodies.mentions(text.title()))


def _base(verb: str) -> str:
    """``approves`` -> ``approve``: items may be worded in the third person."""
    known = ITEM_VERBS.keys() | LEAD_VERBS
    return verb[:-1] if verb not in known and verb.endswith("s") and verb[:-1] in known else verb


def _verb_first(text: str, status: str, agent: Mention | None, done: bool = False) -> Clause | None:
    """``approves the addition of ...``, ``to note the slippage ...``, ``agree that ...``;
    ``done``: under a lead-in that names only the body ("The Committee –"), ``Agreed the
    proposed process ...`` (the verb as done)."""
    match = re.match(rf"\s*(?:to\s+)?{ITEM_ADVERBS}([a-z]+)\b", text, re.I)
    if match is None:
        return None
    known = {**ITEM_VERBS, **PAST} if done and not text.lstrip().lower().startswith("to ") else ITEM_VERBS
    verbs, end = _verb_run(text, match, known)
    actions = [known[v] for v in verbs if v in known]
    if not actions or verbs[0] not in known and verbs[0] not in LEAD_VERBS:
        return None
    subject = trim_subject(text[end:])
    return Clause(actions[-1], subject, 0, len(text), agent, status) if subject else None


# ", approve" / ", and adopt" / " and agree": the next verb of an item's run of verbs.
NEXT_VERB_RE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)([a-z]+)\b", re.I)


def _verb_run(text: str, first: re.Match, known: dict[str, str]) -> tuple[list[str], int]:
    """An item's verbs and where they end: "Review, agree, and adopt the play strategy" is three
    (the last decides), "note and agree the plan" two; after a comma only a verb joins the
    run, so "Approve, subject to the lease, the transfer" is one."""
    verbs, end = [_base(first.group(1).lower())], first.end()
    while (following := NEXT_VERB_RE.match(text, end)) is not None:
        verb = _base(following.group(1).lower())
        if "and" not in following.group(0).lower() and verb not in known and verb not in LEAD_VERBS:
            break
        verbs, end = [*verbs, verb], following.end()
    return verbs, end


def closing_decision(text: str) -> Clause | None:
    """"Approve the carry-forward of £120,500 set out at paragraph 2.6 of the report.": on a
    decision page, a lone line closing the minute's narrative with a capitalised decision verb
    and no label is the decision taken."""
    match = re.match(r"\s*([A-Z][a-z]+)\s", text)
    if match is None or match.group(1).lower() not in CLOSING_VERBS:
        return None
    return _verb_first(text, "decided", None)


def _to_act(text: str, lead: Label) -> Clause | None:
    """"AGREED: To consult on reduced opening hours", "RESOLVED – to write to the Highways
    Authority": a resolution to act is agreeing to do it; "RESOLVED: To review the performance
    information" (a discussion verb) is considering it, unless put off to a later meeting."""
    match = re.match(rf"\s*[Tt]o\s+{ITEM_ADVERBS}([a-z]+)\b", text)
    if match is None or lead.status != "decided" or match.group(1) == "be":
        return None
    if match.group(1) in LEAD_VERBS and LATER_MEETING_RE.search(text):
        return None  # "to discuss the play area at the next meeting": nothing decided yet
    discussed = match.group(1) in LEAD_VERBS
    subject = trim_subject(text[match.end(1) if discussed else match.start(1):])
    action = "considered" if discussed else "agreed"
    return Clause(action, subject, 0, len(text), lead.agent, lead.status) if subject else None


# "4) To thank the deputation for their presentation": courtesy, nothing decided.
THANKS_ITEM_RE = re.compile(r"^\W*(?:that\s+)?(?:to\s+)?(?:thank|congratulate)\b", re.I)


def item_clauses(text: str, lead: Label, bodies: Bodies, bullet: bool = False) -> list[Clause]:
    """The decision an item under a lead-in (or after a label) states, with the lead's status;
    a ``bullet`` item is one even when worded like a title ("The Committee noted:-" over
    "• Membership of the Committee")."""
    if DEFERRED_RE.search(text) or THANKS_ITEM_RE.match(text):
        return []
    text = CONSIDERATION_RE.sub(r"\1consider", CONDITION_RE.sub("", INTRODUCTORY_RE.sub("", verb_in_lower_case(unspaced(text)))))
    text = MEMBERS_ITEM_RE.sub("", RESOLVED_IT_RE.sub("", text))
    done = lead.status == "decided" and lead.action is None and (lead.agent is not None or not _about_the_item(text))
    found = _item_decisions(text, lead, bodies, done, bullet)
    return [replace(c, action=lead.action) for c in found] if lead.governs else found


def _item_decisions(text: str, lead: Label, bodies: Bodies, done: bool, bullet: bool) -> list[Clause]:
    clause = _onward(text, lead, bodies) or _verb_first(text, lead.status, lead.agent, done) or _to_act(text, lead)
    if clause is not None:
        return split_and_to(clause)
    found = [c for part in resolution_parts(text) for c in _part_clauses(part, bodies)]
    if not found:
        return _lead_action(text, lead, bodies, bullet) or _agreed_to_happen(text, lead, bodies) or _set_up(text, lead)
    return [replace(part, status=lead.status, agent=c.agent or lead.agent) for c in found for part in split_and_to(c)]


def _about_the_item(text: str) -> bool:
    """"AGREED RECOMMENDATIONS", "Noted the report", "Refused – outside the criteria": under a
    bare "Decision:" label, a verb whose object is only the item itself, or an outcome word
    and its reason; the item's own resolutions (or its row) say what was decided."""
    words = text.split(maxsplit=1)
    if len(words) < 2 or re.match(r"[–—-]", words[1]):  # "Refused – outside the criteria": an outcome
        return True
    return is_generic(trim_subject(words[1]))


def _lead_action(text: str, lead: Label, bodies: Bodies, bullet: bool = False) -> list[Clause]:
    """"That Cabinet approves and recommends to Council:- (1) the refurbishment of the
    centre;": an item with no verb of its own is what its lead-in's verb does; one that
    reports its own ("(b) agreed to consult ...") is read as such."""
    if lead.action is None or decided_clauses(text, bodies) or re.match(r"\s*(?:to\s+)?[a-z]+ed\b", text) \
            or not bullet and _is_title(text):
        return []
    subject = trim_subject(text)
    if lead.onward:
        subject = f"{subject} (recommendation to {lead.onward})"
    return [Clause(lead.action, subject, 0, len(text), lead.agent, lead.status)] if subject else []


def _is_title(text: str) -> bool:
    """"7a. Scrutiny Comments": the next agenda item's title, in capitals and unpunctuated,
    not one more item of the lead-in above it; "a) Scouts £500" names a sum, as no title does."""
    words = text.split()
    return len(words) <= MAX_LEAD_WORDS and not re.search(r"[.;,:]\s*$|£", text) \
        and all(w[0].isupper() or not w[0].isalpha() or w in {"and", "of", "the", "for", "to"} for w in words)


def _agreed_to_happen(text: str, lead: Label, bodies: Bodies) -> list[Clause]:
    """"Agreed – that the Committee would write to the Minister", "RESOLVED that the Clerk will
    obtain three quotes", "Agreed: Secretary to chase", "RESOLVED that: ... ii. the Chair invite
    the PCSO": a resolution that something is to happen
    agrees it; "the Committee"
    that is to act is the meeting itself."""
    match = TO_HAPPEN_RE.match(text)
    if match is None or lead.status != "decided" or lead.action is not None:
        return []
    what = match.group("what") or match.group("note") or match.group("planned") or match.group("bare")
    subject = trim_subject(what)
    acting = [m for m in bodies.mentions(what) if m.start <= 4 and m.generic]
    agent = lead.agent or (acting[0] if acting else None)
    return [Clause("agreed", subject, 0, len(text), agent, lead.status)] if subject else []


# "A working group (AB, CD) was created to plan the fete", "A steering group was set up": a
# body the meeting formed, under what it agreed.
SET_UP_RE = re.compile(r"^\s*(?P<what>(?:an?|the)\s+[^.;]{3,80}?)\s+(?:was|were|has\s+been|have\s+been)\s+"
                       r"(?P<verb>created|set\s+up|established|formed|convened)\b(?P<rest>[^.;]*)", re.I)
SET_UP_VERBS = {"created": "create", "set up": "set up", "established": "establish", "formed": "form", "convened": "convene"}


def _set_up(text: str, lead: Label) -> list[Clause]:
    """An item under an agreed lead-in saying a group was formed: agreed to form it ("create a
    working group (AB, CD) to plan the fete")."""
    match = SET_UP_RE.match(text) if lead.status == "decided" and lead.action is None else None
    if match is None:
        return []
    verb = SET_UP_VERBS[" ".join(match.group("verb").lower().split())]
    what = match.group("what")
    subject = trim_subject(f"{verb} {what[:1].lower()}{what[1:]}{match.group('rest')}")
    return [Clause("agreed", subject, 0, len(text), lead.agent, lead.status)]


def _onward(text: str, lead: Label, bodies: Bodies) -> Clause | None:
    """"RESOLVED to recommend to County Council that the budget be approved": the recommending
    body's decision (``recommended`` where the paper's label says RECOMMENDED), about what the
    other body is to decide."""
    match = ONWARD_RE.match(text) or ONWARD_OBJECT_RE.match(text)
    if match is None or not match.group("verb") and lead.status != "recommended":
        return None
    if not bodies.mentions(match.group("to")):
        return None
    asked = subjunctive_clauses(match.group("what")) if match.re is ONWARD_RE else []
    subject = asked[0].subject if asked else trim_subject(match.group("what"))
    return Clause("recommended", f"{subject} (recommendation to {match.group('to').strip()})", 0, len(text),
                  lead.agent, lead.status)


def _part_clauses(part: str, bodies: Bodies) -> list[Clause]:
    """"That Cabinet approve ...", "That the strategy be approved", "(a) the strategy be approved"."""
    return _done_by_body(part, bodies) or recommended_clauses(part, bodies, True) or subjunctive_clauses(part)


def _done_by_body(part: str, bodies: Bodies) -> list[Clause]:
    """"RESOLVED that Cabinet considered the amendments and endorsed the draft budget": minutes
    may word a resolution as what the body did, one decision per verb."""
    text = re.sub(r"^\s*that\s+", "", part, flags=re.I)
    mentions = bodies.mentions(text)
    if not mentions or len(text[:mentions[0].start].split()) > 1:
        return []
    found = decided_clauses(text, bodies)
    return found if found and found[0].agent == mentions[0] else []
