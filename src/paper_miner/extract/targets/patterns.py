"""spaCy patterns for target statements: sentences, the direction of change, commitment cues.

A rule ``Matcher`` over the shared blank English pipeline (``language.english``); it only
sees statements that already carry a figure, an indicator code or a commitment word.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.matcher import Matcher

from paper_miner.extract.common.language import english as nlp
from paper_miner.extract.common.language import token_docs
from paper_miner.extract.common.vocabulary import MONTH, NUMBER_WORDS, YEAR
from paper_miner.extract.targets.values import find_values

_INCREASE = ["increase", "increases", "increased", "increasing", "improve", "improves",
             "improved", "improving", "improvement", "improvements", "raise", "raises", "raised", "raising",
             "higher", "maximise", "maximize", "grow", "grows", "boost", "rise", "rises",
             "lift", "expand", "double", "doubling", "treble", "triple", "risen",
             "widen"]
_DECREASE = ["reduce", "reduces", "reduced", "reducing", "reduction", "reductions", "decrease", "decreases", "decreased",
             "decreasing", "narrow", "narrowed", "narrowing", "restrict", "restricting",
             "minimise", "minimize", "minimising", "lower", "lowering", "fewer", "cut", "cuts",
             "cutting", "halve", "halving", "fall", "falls", "fallen", "drop", "drops", "decline",
             "declines", "shrink", "tackle"]
_MAINTAIN = ["maintain", "maintains", "maintained", "maintaining", "sustain", "sustained",
             "sustaining", "keep", "kept"]
# "hold", "remain" and "stay" keep a level only with a level word after them ("remain above"), or a place
# in a league table ("remain in the top 10"); "stay in their home" keeps no level.
_HOLD = ["hold", "remain", "remains", "stay", "stays"]
_LEVEL_WORDS = ["at", "above", "below", "under", "over", "within", "steady", "stable"]
_ACHIEVE = ["achieve", "meet", "ensure", "deliver", "complete", "implement", "reach", "attain"]
_DIRECTIONS = ("increase", "decrease", "maintain", "achieve")
_GERUNDS = {"increasing": "increase", "improving": "increase", "raising": "increase",
            "reducing": "decrease", "decreasing": "decrease", "narrowing": "decrease",
            "minimising": "decrease", "lowering": "decrease", "cutting": "decrease",
            "halving": "decrease", "maintaining": "maintain", "sustaining": "maintain"}
# ("rising", "falling" are left out: "the rising trend in ..." is an adjective, not the aim.)
# Words that make a statement a commitment rather than a report of the past.
_COMMIT = ["will", "shall", "should", "must", "aim", "aims", "aiming", "target", "targets",
           "ensure", "achieve", "meet", "deliver", "increase", "reduce", "improve", "narrow",
           "restrict", "minimise", "maximise", "maintain", "halve", "raise", "lower", "sustain",
           "seek", "commit", "keep", "lift", "expand", "double", "treble", "triple", "widen",
           "grow", "cut", "fall", "rise", "drop", "decline", "reach", "committed", "intend",
           "plan", "pledge", "ambition", "goal", "objective"]
_PAST_VERBS = r"achieved|reduced|increased|improved|exceeded|reached|met|delivered|cut|raised|lowered|halved|doubled"
# A report of results: "last year we achieved 72%", "has fallen from 9% to 7%", "rose to 80%".
_PAST_RE = re.compile(
    r"\b(?:last|previous|past)\s+(?:year|quarter|month|twelve\s+months)\b|\bso\s+far\b|\bto\s+date\b"
    rf"|\b(?:we|it|this|they|partners|the\s+(?:partnership|council|authority|board|service))\s+"
    rf"(?:has\s+|have\s+)?(?:{_PAST_VERBS})\b"
    rf"|\b(?:has|have|had)\s+(?:been\s+)?(?:{_PAST_VERBS}|fallen|risen|dropped|declined|grown)\b"
    rf"|\b(?:was|were)\s+(?:{_PAST_VERBS})\b|\b(?:rose|fell|grew)\b",
    re.IGNORECASE)
_FUTURE_RE = re.compile(r"\b(?:will|shall|aims?|aiming|plans?\s+to|intends?|should|must|going\s+to"
                        r"|committed\s+to|seeks?|next\s+year)\b", re.IGNORECASE)
# Commentary on what happened or is happening: "Over 9,300 visits took place in Quarter 2",
# "which represents a 4% increase", "Quarter 1 saw ...", "continues to be rated Amber", "has
# remained steady", "1,020 residents were supported", "the work that has been carried out ... be
# noted", "an increase of 12% on the same period last year", "when comparing ...", a figure
# with its change since the last return ("63.1% (+0.4 p.p.)").
_PERIOD = r"(?:quarter\s*\d|q[1-4]\b|(?:this|the)\s+quarter\b|(?:first|last|past)\s+(?:\w+\s+)?months\b)"
_EARLIER = (r"(?:(?:the\s+)?same\s+(?:period|quarter|month|time)|(?:last|previous|prior)\s+(?:year|quarter"
            r"|month)|quarter\s*\d|q[1-4]\b)")
# A latest figure printed with its change on the last survey or return: "63.1% (+0.4 p.p.)",
# "8.2 days (-0.3pp)", "71% (0.0 percentage points)".
_CHANGE_SINCE_LAST = (r"\d%?\s*\(\s*[+\-−–]?\s*\d+(?:\.\d+)?\s*"
                      r"(?:p\.\s?p\.?|pp\b|pts?\b|percentage\s+points?)\s*\)")
_NARRATION_RE = re.compile(
    r"\brepresents?\b|\bsaw\b|\btook\s+place\b|\b(?:continues|continued)\s+to\s+be\b|\bremained\b"
    r"|\b(?:has|have|we)\s+(?:observed|seen|recorded|experienced|noted)\b|\bRAG\b|\brated\s+(?:red|amber|green)\b"
    r"|\b(?:was|were|(?:has|have)\s+been)\s+[a-z]+ed\b|\bbe\s+noted\b"
    # minutes noting correspondence ("Email received regarding the increase of ..."), a finding
    # reported ("the review identified that there was value in ...")
    r"|\b(?:e-?mail|letter|correspondence)\s+(?:was\s+|had\s+been\s+)?received\b"
    r"|\b(?:identified|found|concluded)\s+that\b"
    rf"|\b(?:in|during|over)\s+(?:the\s+)?{_PERIOD}"
    rf"|\b(?:on|since|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to))\s+{_EARLIER}|\bwhen\s+comparing\b"
    rf"|{_CHANGE_SINCE_LAST}",
    re.IGNORECASE)
# An effect that may follow, not an aim: "These changes could increase running costs by 8%".
# ("may" in lower case only: "by May 2027" is a deadline.)
_CONDITIONAL_RE = re.compile(r"\b(?:[Cc]ould|[Mm]ight|may)\s+[a-z]")
# A sentence that still states the target it reports on: "against a target of 80%", "the 75%
# target", "which is our target figure", "by March 2027".
_STATES_TARGET_RE = re.compile(
    r"\btargets?\s+(?:of|is|was|for|figure)\b|\d%?\s+target\b|\bis\s+(?:our|the|its)\s+target\b"
    rf"|\bby\s+(?:the\s+end\s+of\s+)?(?:{MONTH}\s+)?{YEAR}\b", re.IGNORECASE)
# Setting a tax, rent, fee or fare, or the budget itself, is a budget decision, not a performance
# target: "raise council tax by 2.99%", "a 3% increase in rents", "increase the net revenue
# budget requirement from £1,530.9m to £1,531.3m", "an increase of council tax in 2027/28 by
# 2.99%", "a rise in Band D Council Tax of no less than £10", "the proposed Council Tax increase of 1.99%".
_PRICED = (r"(?:council\s+tax|precept|rents?|fees|charges|fares"
           r"|(?:(?:net|gross|revenue|capital)\s+){0,2}(?:budget|council\s+tax)\s+requirement)\b"
           # "council tax collection rate", "council tax support": a service measure, not the charge
           r"(?!\s+(?:collect|support|reduction|arrears|debt|base\b))")
_PRICE_CHANGE_RE = re.compile(
    rf"\b(?:rais|increas|freez|cut|ris)\w*\s+(?:(?:in|of)\s+)?(?:the\s+)?(?:band\s+[a-h]\s+)?{_PRICED}"
    rf"|\b{_PRICED}\s+(?:increase|rise|freeze)\b"
    # "The council tax proposal ... is for an increase of £4.95 per annum (Band D)": a charge a
    # household pays, set in pounds.
    # "a precept of £52,400 – an increase of 4.8%"
    rf"|\b{_PRICED}[^.;]{{0,100}}?\b(?:increase|rise)\s+of\s+(?:£\d|\d[\d.]*\s?%)"
    r"|£\d[\d.,]*\s+(?:(?:per|a)\s+(?:annum|year|week|month)\s+)?\(?(?:for\s+(?:an?\s+)?)?band\s+[a-h]\b"
    # "That takes the charge per Band D property to £71.20 a year": what a home pays
    r"|\bband\s+[a-h]\s+(?:charges?|propert(?:y|ies)|households?|equivalents?|homes?|dwellings?|payments?|bills?)\b",
    re.IGNORECASE)
# A ceiling or a floor printed before a figure, when no verb says which way to go.
_CEILING_RE = re.compile(r"(?:\b(?:no\s+more\s+than|not\s+(?:to\s+)?exceed|at\s+most|"
                         r"(?<!no\s)(?:less|fewer|lower)\s+than|below|under|maximum(?:\s+of)?)|[<≤])\s*£?\d", re.IGNORECASE)
# Holding back a rise is a decrease, whatever the figures: "limit the rising trend in ...",
# "curb the increase in ...", "slow the growth of ...".
_CURB_RE = re.compile(
    r"\b(?:limit|curb|slow|halt|stem|contain|arrest|reverse|restrict|reduce|tackle)(?:s|ed|ing)?\s+"
    r"(?:the\s+)?(?:(?:rising|upward|increasing|growing)\s+(?:trend|rate|number)|"
    r"(?:rise|increase|growth)\s+(?:in|of)\b)", re.IGNORECASE)
# "no fewer than 1,950 officers", "no less than 90%": a floor, though "fewer" says which way things fall.
_NO_FEWER = r"no\s+(?:fewer|less)\s+than"
_NO_FEWER_RE = re.compile(rf"\b{_NO_FEWER}\s+£?\d", re.IGNORECASE)
_FLOOR_RE = re.compile(rf"(?:\b(?:at\s+least|{_NO_FEWER}|(?:more|higher|greater)\s+than|"
                       r"above|over|minimum(?:\s+of)?|in\s+excess\s+of)|[>≥])\s*£?\d", re.IGNORECASE)

# A measure of time taken or time lost: "time taken to process", "average length of stay",
# "days lost", "sickness absence", "average wait", "days to re-let", "processing times for new claims".
_TIME_COST_RE = re.compile(
    r"\b(?:time\s+taken|length\s+of\s+(?:time|stay)|(?:days?|shifts?|time|hours)\s+(?:lost|taken)|lost\s+time"
    r"|sickness(?:\s+absence)?"
    r"|average\s+(?:time|wait\w*|days|weeks|number\s+of\s+(?:days|weeks|hours|minutes))"
    r"|(?:waiting|processing|turnaround|handling|clearance)\s+times?|days\s+per\s+(?:fte|full\s+time|employee)"
    r"|^(?:number\s+of\s+)?(?:days|weeks|hours|minutes)\s+to\s+[a-z-]+)\b", re.IGNORECASE)  # "Days to process ..."


@lru_cache(maxsize=1)
def matcher() -> Matcher:
    found = Matcher(nlp().vocab)
    found.add("increase", [[{"LOWER": {"IN": _INCREASE}}],
                           [{"LOWER": {"IN": ["go", "goes", "push"]}}, {"LOWER": "up"}]])
    found.add("decrease", [[{"LOWER": {"IN": _DECREASE}}],
                           [{"LOWER": {"IN": ["bring", "drive", "push", "go", "goes", "come",
                                              "comes"]}}, {"LOWER": "down"}]])
    found.add("maintain", [[{"LOWER": {"IN": _MAINTAIN}}],
                           [{"LOWER": {"IN": _HOLD}}, {"LOWER": {"IN": _LEVEL_WORDS}}],
                           [{"LOWER": {"IN": _HOLD}}, {"LOWER": "in"}, {"LOWER": "the"}, {"LOWER": "top"}]])
    found.add("achieve", [[{"LOWER": {"IN": _ACHIEVE}}]])
    # "Improve air quality by reducing emissions": the means names what is measured.
    found.add("by_means", [[{"LOWER": "by"}, {"LOWER": {"IN": list(_GERUNDS)}}]])
    found.add("commit", [[{"LOWER": {"IN": _COMMIT}}]])
    return found


def _matches(text: str) -> list[tuple[str, int, str]]:
    """(label, character offset, words) of each cue; capitalised words inside a sentence are
    names ("Improvement and Efficiency Partnership") and are skipped."""
    strings = nlp().vocab.strings
    found = []
    for offset, doc in token_docs(text):
        for key, start, end in matcher()(doc):
            token = doc[start]
            if start > 0 and token.text[:1].isupper():
                continue
            found.append((strings[key], offset + token.idx, doc[start:end].text.lower()))
    return found


def _figure_at(text: str) -> int:
    """Where the statement's figure is; a phrase such as "a 10% reduction" carries its own
    change word, so it counts from the phrase's end."""
    values = find_values(text)
    if not values:
        return len(text)
    return values[0].end if values[0].slot == "change_phrase" else values[0].start


def direction(text: str) -> str | None:
    """The change a statement commits to, or None when its words do not say.

    The means ("by reducing ...") wins; then the cue nearest before the figure ("help
    achieve an increase ... from 6 to 31"); then any change word. A leading "More" counts;
    a "more" inside a phrase ("5 or more") does not. Without a change word, a ceiling or
    floor before the figure ("no more than 5%") or a from-to pair ("from 32% to 27%") says.
    """
    if text.lower().startswith("more ") or _NO_FEWER_RE.search(text):  # "no fewer than 1,950 officers": a floor
        return "increase"
    if curbs_rise(text):
        return "decrease"
    found = _matches(text)
    for label, _, words in found:
        if label == "by_means":
            return _GERUNDS[words.split()[-1]]
    cues = [(at, label) for label, at, _ in found if label in _DIRECTIONS]
    figure_at = _figure_at(text)
    before = [label for at, label in sorted(cues) if at < figure_at]
    changes = [label for at, label in sorted(cues) if label != "achieve"]
    cue = before[-1] if before else (changes[0] if changes else None)
    if cue not in (None, "achieve"):
        return cue
    return _bound(text) or (cue or _from_to(text))


def curbs_rise(text: str) -> bool:
    """Whether ``text`` aims to hold back a rise ("limit the rising trend in obesity")."""
    return bool(_CURB_RE.search(text))


# "Target is 5% or less", "80% or more": the bound printed after the figure.
_OR_BOUND_RE = re.compile(r"\s*or\s+(?:(?P<ceiling>less|fewer|lower|under|below)|more|higher|above|over|greater)\b",
                          re.IGNORECASE)


def _bound(text: str) -> str | None:
    values = find_values(text)
    first = text[:values[0].end] if values else text
    after = _OR_BOUND_RE.match(text, values[0].end) if values else None
    if after:
        return "decrease" if after.group("ceiling") else "increase"
    if _CEILING_RE.search(first):
        return "decrease"
    return "increase" if _FLOOR_RE.search(first) else None


def _from_to(text: str) -> str | None:
    """"from 32% to 27%" with no verb: the way the figures go."""
    values = [v for v in find_values(text) if v.slot in ("from_to", "to_from")]
    if not values or values[0].baseline is None or values[0].target is None:
        return None
    if values[0].baseline == values[0].target:
        return "maintain"
    return "decrease" if values[0].target < values[0].baseline else "increase"


_IN_TIME_RE = re.compile(r"\b(?:on\s+time"
                         r"|(?:within|in)\s+(?:\d+|[a-z]+)\s+(?:working\s+)?(?:days|weeks|months|hours|minutes|seconds)"
                         r"|to\s+(?:timescale|schedule|deadline)"
                         # "within statutory timescales", "within agreed timeframes", "by the agreed target date"
                         r"|within\s+(?:[a-z]+\s+){0,2}(?:timescales?|time\s*frames?|deadlines?)"
                         r"|by\s+(?:the\s+)?(?:agreed\s+)?target\s+date)\b", re.IGNORECASE)


# A share of a bad outcome: calls abandoned, rent in arrears or lost on empty homes, decisions
# overturned at appeal, discharges delayed.
_BAD_SHARE_RE = re.compile(r"\b(?:abandon\w*|arrears|void\s+(?:rent\s+)?loss|rent\s+lost|vacancy\s+rate"
                           r"|overturned|delayed\s+(?:discharges?|transfers?))\b", re.IGNORECASE)


def lower_is_better(measure: str) -> bool:
    """Whether a measure counts time taken or working time lost, or a bad outcome, where less is
    better ("Average days to process new claims", "Working days lost to sickness absence", "Calls
    abandoned"); not a share done within a time ("Complaints answered within 10 days")."""
    costs_time = _TIME_COST_RE.search(measure) and not re.search(r"\bwithin\b", measure, re.IGNORECASE)
    bad_share = _BAD_SHARE_RE.search(measure) and not _GOOD_SHARE_RE.search(measure)  # not "arrears recovered"
    return bool(costs_time or bad_share)


# A share of a good outcome: revenue collected or recovered, waste recycled, reused, composted or diverted
# from landfill, residents satisfied, land kept to an acceptable standard, homes built.
_GOOD_SHARE_RE = re.compile(r"(?<!\bnot\s)\b(?:collected|collection\s+rate|recover(?:ed|y)|recycl\w*|compost\w*|reus\w*|divert\w*|diversion|satisf\w*"
                            r"|acceptable\s+(?:levels?|standards?)|(?:homes|houses|dwellings)\s+(?:completed|built|delivered))\b",
                            re.IGNORECASE)


def higher_is_better(measure: str) -> bool:
    """Whether a measure counts a good outcome, where more is better ("Percentage of council tax
    collected", "recycling target", "Residents satisfied with parks"); not "waste not recycled"."""
    return bool(_GOOD_SHARE_RE.search(measure)) and not _TIME_COST_RE.search(measure)


def done_in_time(measure: str) -> bool:
    """Whether a measure counts work done on time or within a time limit, where more is better
    ("Invoices paid within 30 days", "FOI requests answered on time", "Major applications
    decided in 13 weeks"); not the time itself ("Average days to re-let homes")."""
    return bool(_IN_TIME_RE.search(measure)) and not _TIME_COST_RE.search(measure)


# A plan's imperative opens the sentence and sets the level: "Improve performance against the
# 18-week referral standard to 92% by March 2027", "Plant at least 5,000 trees by 2030".
_PLAN_VERB_RE = re.compile(r"^\W*(?:improve|increase|reduce|raise|lower|cut|halve|deliver|achieve|maintain|sustain"
                           r"|ensure|plant|build|create|provide|bring|secure|recruit|hire|train|open|get|help|support|restore"
                           r"|insulate|install|retrofit|complete)\b", re.IGNORECASE)


def opens_with_plan_verb(text: str) -> bool:
    """Whether a sentence opens with a plan's imperative ("Reduce missed bins to 50 a month")."""
    return bool(_PLAN_VERB_RE.match(text))


# "the government's commitment to train 5,000 more health visitors", "The UK Government is committed in
# law to ...": whose aim it is, when it is the nation's rather than the paper's own.
NATIONAL_AIM_RE = re.compile(r"\b(?:government|parliament|national(?:ly)?|manifesto|the\s+UK)\b", re.IGNORECASE)


def has_commitment(text: str) -> bool:
    """Whether the statement uses a commitment word (a plan, aim, target or change verb)."""
    return any(label == "commit" for label, _, _ in _matches(text))


def narrates_progress(text: str) -> bool:
    """Whether a statement reports what happened or is happening, or an effect that could follow,
    and states no aim or target ("1,204 residents were helped during Quarter 2, an increase of 9%
    on the same period last year"; not "... against a target of 1,300").
    """
    told = _NARRATION_RE.search(text) or _CONDITIONAL_RE.search(text)
    return bool(told) and not _FUTURE_RE.search(text) and not _STATES_TARGET_RE.search(text)


def sets_a_price(text: str) -> bool:
    """Whether a statement sets a tax, rent, fee or fare ("raise council tax by 2.99%", "the
    precept recommended is for an increase of £6.12 a year for a Band D home")."""
    return bool(_PRICE_CHANGE_RE.search(text))


# A change to what staff are paid: "a pay award of 4% for all staff", "a 6% increase
# for grades 1 to 3", "Increase all points within grades C to H by 4%", "raise the minimum rate for
# grade A to £12.90 per hour"; not the gap between groups' pay ("reduce the gender pay gap to 5%").
_PAY_CHANGE_RE = re.compile(
    r"\bpay\s+(?:award|rise|increase|settlement|offer|uplift)s?\b"
    r"|\b(?:increase|rise|uplift|award)s?\s+(?:for|to|in|on)\s+(?:all\s+)?(?:(?:pay\s+)?points\s+(?:within|on)\s+)?"
    r"(?:salar(?:y|ies)|wages?|grades?|pay\s+(?:points?|scales?|bands?))\b"
    r"|\b(?:increase|raise|uplift)\s+(?:the\s+)?(?:all\s+)?(?:minimum\s+|hourly\s+)?(?:rate|points|salar\w+|wages?)\s+"
    r"(?:for|within|of|on)\s+(?:all\s+)?(?:the\s+)?(?:pay\s+)?(?:grades?|scales?|bands?|staff|employees)\b",
    re.IGNORECASE)
# A treasury report's test of what a change in interest rates would cost: "the revenue impact of a
# 1% rise or fall in interest rates", "a 0.5% increase in the Bank Rate".
_RATE_SENSITIVITY_RE = re.compile(
    r"\d\s?%\s+(?:(?:rise|fall|increase|decrease|change|movement)\s+(?:or\s+\w+\s+)?)in\s+(?:the\s+)?"
    r"(?:(?:bank|base|borrowing)\s+)?(?:interest\s+)?rates?\b", re.IGNORECASE)


def changes_pay_or_rates(text: str) -> bool:
    """Whether a statement sets what staff are paid ("a 6% increase for grades 1 to 3") or tests
    the cost of a change in interest rates ("the impact of a 1% rise in interest rates"): a pay
    or treasury decision, not a level of service to reach."""
    return bool(_PAY_CHANGE_RE.search(text) or _RATE_SENSITIVITY_RE.search(text))


# "Each member may speak for no more than 5 minutes", "questions are limited to two per
# councillor": a cap the rules of procedure put on a meeting, not a level of service to reach.
_LIMITED_TO_RE = re.compile(
    rf"\blimited\s+to\s+(?:a\s+maximum\s+of\s+)?(?:\d|(?:{'|'.join(NUMBER_WORDS)})\b)"
    r"|\bmay\s+(?:speak|address)\b[^.;]{0,40}?\bminutes\b", re.IGNORECASE)
_MEETING_BUSINESS_RE = re.compile(r"\b(?:questions?|speak\w*|speech\w*|debates?|motions?|meetings?)\b",
                                  re.IGNORECASE)


def sets_a_limit(text: str) -> bool:
    """Whether a statement caps what a meeting allows ("the time for questions will be limited
    to 30 minutes", "a member may address the meeting for up to 3 minutes"); not a cap on a
    service ("agency spend limited to 5% of pay")."""
    return bool(_LIMITED_TO_RE.search(text)) and bool(_MEETING_BUSINESS_RE.search(text))


def is_past_report(text: str) -> bool:
    """Whether a statement reports results already achieved and states no aim."""
    return bool(_PAST_RE.search(text)) and not _FUTURE_RE.search(text)
