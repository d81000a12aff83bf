"""Find decision clauses in one sentence: who did what, in which words.

Three shapes cover how council papers record decisions:

* active: ``The Panel approved the revised charging policy`` (also ``X considered A and
  agreed B``, and list items that start with the verb: ``(ii) noted the forecast``);
* passive: ``The outcome ... was noted``, ``the protocol has been agreed by this group``;
* recommendation: ``That Cabinet note ...``, ``The Board discuss and agree ...``,
  ``Cabinet is asked to approve ...``.

Verbs are found with spaCy's rule-based Matcher over a blank English pipeline; the words
around them are read with plain string rules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.matcher import Matcher

from paper_miner.extract.common.bodies import DECIDING_NAME_RE, Bodies, Mention
from paper_miner.extract.common.language import english, token_docs
from paper_miner.extract.common.vocabulary import MEETING_PEOPLE, MEMBER_TITLE, MONTH_FULL, TRUE_RECORD, YEAR
from paper_miner.extract.decisions.asides import APOLOGIES_RE

# Past forms that record a decision, mapped to the normal action.
PAST = {
    "approved": "approved", "adopted": "approved", "ratified": "approved", "homologated": "approved",
    "declared": "resolved",  # "declared a climate emergency" (an interest declared is none: _not_a_decision)
    "agreed": "agreed", "determined": "agreed", "decided": "agreed", "confirmed": "agreed",
    "noted": "noted", "supported": "supported", "endorsed": "endorsed", "accepted": "accepted",
    "requested": "requested", "asked": "requested", "encouraged": "requested",
    "instructed": "requested", "considered": "considered", "nominated": "nominated",
    "appointed": "nominated", "resolved": "resolved", "recommended": "recommended",
    "delegated": "agreed", "authorised": "agreed", "authorized": "agreed",
    # The action list has no "refused": a refusal is kept as the item the body considered,
    # its quote saying how it went, so a search for what came before the body finds it.
    "refused": "considered", "rejected": "considered", "declined": "considered",
    "awarded": "approved", "allocated": "approved",
}
# "The Committee resolves, in accordance with its powers, to incur the expenditure": a record
# may state its resolution in the present (read only in papers that record decisions).
PRESENT = {"resolves": "resolved"}
# A resolution that a report "be received" takes note of it ("That the audit update be received");
# "The Group received a presentation" decides nothing, so only the subjunctive reads it.
RESOLVED_PAST = PAST | {"received": "noted"}
# Past forms that record a decision only in the passive: "was signed", "were chosen by X", "was
# elected as Chair" (not "at elected member level").
PASSIVE_ONLY = {"signed": "agreed", "chosen": "agreed", "selected": "agreed", "carried": "agreed", "elected": "nominated"}
# Base forms used by recommendations ("That Cabinet note ..."); "discuss" only leads in.
BASE = {
    # "homologate": Scots law's word for ratifying what was done in the body's name
    "approve": "approved", "adopt": "approved", "ratify": "approved", "homologate": "approved", "agree": "agreed", "note": "noted",
    "support": "supported", "endorse": "endorsed", "accept": "accepted", "request": "requested",
    "consider": "considered", "nominate": "nominated", "appoint": "nominated",
    "resolve": "resolved", "recommend": "recommended", "confirm": "agreed",
    # "remits the Director to report": Scots for sending a matter to someone to act on
    "remit": "requested",
    # "Decision: Award grant of £750", "That the Panel award £2,000 to the Scouts": a grant approved
    "award": "approved",
    # "Members are requested to formally determine the precept for 2025/26 as £48,000": set it
    "determine": "approved",
}
LEAD_VERBS = {"discuss", "receive", "review", "comment"}
# "That the Committee review, discuss and comment on the issues raised": asked to consider them.
DISCUSSION_VERBS = {"discuss", "review", "comment"}
AUX = {"was", "were", "been"}
# Adverbs between an auxiliary and its verb: "Payment of £90 was unanimously agreed", "It was
# therefore resolved to keep the current policy", "The report was otherwise noted" (its point
# raised, the rest of the item noted).
PASSIVE_ADVERBS = {"also", "unanimously", "duly", "formally", "then", "further", "subsequently", "therefore", "thus",
                   "otherwise"}
# A word just before a past form that makes it future, conditional or not a decision.
NOT_DONE = {"will", "would", "shall", "should", "may", "might", "could", "can", "must", "to",
            "be", "being", "is", "are", "not", "if", "once", "when", "until", "awaiting"}
# Words that may sit between a body and its verb: "The Board has also agreed".
FILLER = {"has", "have", "had", "also", "further", "then", "now", "subsequently", "formally",
          "unanimously", "duly", "therefore", "currently", "in", "principle"}
# A word before a body that makes its clause background: "since the Panel last considered".
SUBORDINATE = {"since", "until", "unless", "whether", "if", "once"}
# "All agreed this was a true record and were signed": after a decision, a clause of its own before
# the passive pair, whose subject is what the people agreed about, not a thing signed.
PRONOUN_CLAUSE_RE = re.compile(r"\s*(?:this|it|these|they)\s+(?:was|were|is|are)\b", re.I)
# "commit funding until the grant was confirmed", "once the lease is approved": the passive is the
# condition a decision waits on.
CONDITION_RE = re.compile(rf"\b(?:{'|'.join(sorted(SUBORDINATE - {'since'}))})\s+(?:(?!\bbut\b)[^,;.])*$", re.I)
# A word before a body that makes it any of many: "each Council has agreed its own scheme".
QUANTIFIERS = {"each", "every", "many", "some", "most", "several"}
# Words between a body and a verb that show the body is not the verb's subject.
BLOCKERS = {"that", "which", "who", "whom", "to", "for", "by", "of", "with", "from", "whether"}
RELATIVE = re.compile(r"\b(which|who|whom|whose)\b|\bthat\s+(?:is|are|was|were|has|have)\b", re.I)
NOMINAL_RE = re.compile(r"\b(agreement|approval)\s+(?:was|has been)\s+(?:reached|given|granted)\b"
                        r"|^\W*(?:there\s+was\s+)?(?:general|unanimous|broad)\s+(agreement)\s+(?=that\b|to\s+\w)", re.I)
# "In May 2019 the Council made the decision to review its Local Plan": resolved, worded with a noun.
MADE_DECISION_RE = re.compile(r"\b(?:made|took|has\s+taken|had\s+taken)\s+(?:the|a)\s+decision\s+(?=to\s+\w)", re.I)
# "following the decision by Ashford BC to end the agreement": another body's decision, named.
DECISION_BY_RE = re.compile(r"\bdecision\s+(?:by|of)\s+(?:the\s+)?", re.I)
WOULD_ASK_RE = re.compile(r"\b(?:would like|wish(?:es)?)\s+to\s+(ask|request)\b", re.I)
# "Members are asked to note and agree ...", "are requested to continue to support the Covenant".
ASKED_TO_RE = re.compile(
    r"\b(?:is|are)\s+(?:asked|invited|recommended|requested)\s+to\s+(?:continue\s+to\s+)?(?:formally\s+)?(\w+)(?:\s+and\s+(\w+))?\b",
    re.I)
# "the recommendation was that the report be noted", "the report's recommendations were that":
# what a report asked for, stated in a minute's narrative.
STATED_RECOMMENDATION_RE = re.compile(
    r"\bthe\s+(?:report's\s+|report’s\s+|officers?'?\s+)?recommendations?\s+(?:of\s+the\s+report\s+)?"
    r"(?:was|were|is|are)\s+that\s+", re.I)
# "That Cabinet note ..." but not "That meeting also agreed ...", "That staffing levels
# remained" (a statement in the past) nor "That leaves it 34% below its peak", "That meant the
# vote shifted", "That includes £61m of savings" (a demonstrative and its verb), nor "That whilst
# the grant was welcome, ..." (a clause conceded before what is said).
DEMONSTRATIVE_VERBS = (r"is|was|were|are|has|had|have|would|will|could|may|might|can|means?|meant|leaves?|left|"
                       r"gives?|gave|brings?|brought|takes?|took|makes?|made|represents?|reflects?|shows?|showed|"
                       r"puts?|equates?|compares?|remains?|remained|includes?|included|contains?|seems?|seemed")
CONCEDING = r"whilst|while|although|though"
THAT_RE = re.compile(
    r"^(?:(?:it is )?recommended\s+)?that\s+(?!(?!(?:the|a|an)\b)\w+(?:\s+(?!be\b)\w+)?\s+(?:also\s+)?\w+ed\b)"
    rf"(?!(?:{DEMONSTRATIVE_VERBS}|{CONCEDING})\b)", re.I)
# "asked if a site visit could be arranged": "if" and "whether" open what was asked for.
# "Following a vote the recommendation was carried": how it was decided, before what.
SUBJECT_LEAD_RE = re.compile(
    r"^(?:in principle\s*)?(?:to\s+|that\s+|on\s+|for\s+|upon\s+|if\s+|whether\s+)?(?:in principle\s+)?"
    r"(?:(?:following|after|on)\s+(?:a|the)\s+(?:recorded\s+)?vote,?\s+)?"
    # "agree, subject to any amendment, the draft strategy": the proviso set before what is agreed
    r"(?:subject\s+to\s+(?:any|minor)\s+(?:amendments?|changes?|comments?)[^,]{0,30},\s*)?", re.I)
# "at its meeting on 4th May 2010", "at the Health Forum on 2nd June": not subject.
WHEN_WHERE_RE = re.compile(
    r"^\s*(?:at\s+[^,;.]{0,60}?\s*)?\bon\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"[A-Z][a-z]+(?:\s+\d{4})?\s*,?", re.I)
# "That a progress report be submitted to the September meeting": asking for a report back.
REPORT_BACK_RE = re.compile(
    r"\b(?:report|update|paper)\b.*\bbe\s+(?:submitted|brought|presented|made|provided|"
    r"circulated|prepared|scheduled|considered)\b", re.I)
# "agreed by show of hands (7 for, 2 against), that ...", "carried on a show of hands", "resolved
# unanimously to buy a bench": how it was decided.
UNANIMOUSLY = r"(?:unanimously|nem\.?\s*con\.?|without\s+dissent)"
VOTE_RE = re.compile(
    r"^\s*(?:(?:by|on|with)\s+(?:a\s+)?(?:show\s+of\s+hands|majority(?:\s+vote)?|(?:unanimous\s+)?vote|"
    rf"consensus)(?:\s*\([^)]*\))?|{UNANIMOUSLY})\s*[,:]?", re.I)
# "Otherwise the update was noted": a sentence adverb is not part of the subject.
SENTENCE_ADVERB_RE = re.compile(r"^(?:otherwise|also|further|furthermore|finally|overall|accordingly|additionally|however"
                                r"|therefore|in\s+addition),?\s+", re.I)
# "b. Governor Expenses Policy – agreed": an item listed with its outcome after a dash, or after
# a colon once the item is a few words long ("Grant request from the Youth Club: Approved £500");
# the outcome may carry a sum, a bracketed reason or when it goes to ("Deferred to April").
DASH_OUTCOME_RE = re.compile(r"^\s*(?:(?P<item>\S.{2,150}?)\s+[–—-]+|(?P<named>[^:\s]+(?:\s+[^:\s]+){2,20}):)"
                             r"\s*(?P<outcome>\w+)(?:\s+(?:£[\d,.]+\s*[km]?|to\s+[^.;()]{1,40}|unanimously|without\s+amendment"
                             r"|as\s+(?:circulated|presented|amended|printed|submitted|tabled|recommended))|\s*\([^()]{1,80}\))?\s*\.?\s*$")
# "Clerk's appraisal – the process, agreed as 6 November", "Minutes of 3 May, approved as a correct
# record": an item, then its outcome and how, after a comma.
COMMA_OUTCOME_RE = re.compile(
    r"^\s*(\S.{2,150}?),\s+(agreed|approved|accepted|adopted)\s+(?:as|subject\s+to|from|until)\s+([^,;]{1,80}?)\s*\.?\s*$")
# The people at a meeting: asking them to do something is no decision of a body.
MEMBERS_RE = re.compile(
    r"(?:all\s+)?(?:the\s+)?(?:members|governors|councillors|trustees|directors|attendees|everyone)"
    r"(?:\s+of\s+(?:the|this|that)\s+\w+)?", re.I)
# "Council agreed that the quality of work is very important": a shared view, nothing decided.
OPINION_RE = re.compile(r"\s+that\s+(?![^.;]*\b(?:should|would|will|shall|must|be|to|may)\b)[^.;]*\b(?:is|are)\b", re.I)
# "this report", "the proposals in May 2024": the paper or item before the meeting, named generically.
THE_PAPER_RE = re.compile(rf"(?:the|this|that)\s+(?:report|paper|item|matter|proposals?|application)"
                          rf"(?:\s+(?:in|on)\s+(?:the\s+)?(?:\d{{1,2}}\w*\s+)?{MONTH_FULL}(?:\s+{YEAR})?)?", re.I)
# "agreed that although the four priorities are important, ...": a point conceded, not what was decided.
CONCESSIVE_RE = re.compile(r"\s+that\s+(?:although|though|while|whilst)\b", re.I)
# "Following presentation to the Panel on 3 May, the plan was approved": the plan was.
# "On consideration of the report of the Director, Cabinet approved the following:" too.
INTRODUCTORY_RE = re.compile(r"^(?:following|after|further\s+to|subsequent\s+to|on\s+(?:consideration|receipt)\s+of|"
                             r"having\s+(?:considered|received)|in\s+(?:the\s+)?light\s+of|in\s+view\s+of)\b[^,]{0,150},\s*", re.I)
# "prizes were awarded to the winners", "as it was allocated to areas with ...": who received
# what, with no body named as deciding, is a statement of fact; a resolution says "be awarded".
DISTRIBUTED = {"awarded", "allocated"}
# "Since April 2025, the Board has approved £1.5 million in loans": a running total over a
# period is an account of activity, not a decision taken at one time.
CUMULATIVE_RE = re.compile(
    rf"^\W*(?:since\s+(?:(?:early|mid|late)[\s-]+)?(?:{MONTH_FULL}|{YEAR})|"
    rf"(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:weeks?|months?|years?|quarters?))\b|"
    r"\bover\s+the\s+years\b", re.I)  # "The Council has adopted several SPDs over the years"
# "children's homes and supported accommodation", "approved premises": a participle naming a
# kind of service, not a verb.
SERVICE_NOUN_RE = re.compile(r"\s+(?:accommodation|housing|living|employment|lodgings|premises)\b", re.I)
# "the budget change requested at Annex 3", "the schemes approved in Annex B": a
# participle saying where the paper sets the thing out.
PLACED_RE = re.compile(r"\s+(?:at|in|within|under)\s+(?:the\s+)?(?:appendix|annex|paragraph|section|table|schedule)\b",
                       re.I)
# "The Partnership has confirmed that funding has been applied for", "Members confirmed that there
# were no matters arising": a fact confirmed.
CONFIRMED_FACT_RE = re.compile(r"\s+that\b(?:[^.;]*?\b(?:has|have|had)\s+been\b|\s+there\s+(?:was|were|is|are)\b)", re.I)
# "At the meeting of the Overview Committee held on 3 March, X was given approval": that body's.
MEETING_OF_RE = re.compile(r"[\s,;]*at\s+(?:the|its|their|a)\s+(?:\w+\s+)?meeting\s+of\b[^,;]*,", re.I)
# "It was noted that ...", "it was noted the Clerk would update the policy": a fact observed.
NOTED_FACT_RE = re.compile(r"\s+(?:that\b|(?:the\s+)?[\w'’ ]{1,40}?\s+(?:would|will|should|could|had|has|was|were|is|are)\b)",
                           re.I)
# "It was agreed", ", and it was noted", "After much discussion it was resolved", "In line with
# standing orders it was agreed", "Grass cutting: 014/24 It was agreed": an impersonal passive,
# whose subject is what follows it.
IMPERSONAL_IT_RE = re.compile(r"(?:^|[,:]\s*|\band\s+)(?:[\d./()-]+\s+)?"
                              r"(?:(?:after|following|on|upon|in|with|having|for)\s+[^,]{0,60}?\s+)?it$", re.I)
# "Mrs Hale presented her proposals and they were accepted": the pronoun is the first verb's object.
OBJECT_THEN_PRONOUN_RE = re.compile(
    r".*?\b[a-z]+ed\s+(?:(?:his|her|their|its|the|a|an|our)\s+)?([^,;]+?)\s+and\s+(?:they|it)", re.I)
# ", which had been called in,": an aside inside a subject.
RELATIVE_ASIDE_RE = re.compile(r",\s+(?:which|who)\b[^,]*,\s*", re.I)
# "X was given approval to proceed": a passive decision worded with a noun.
APPROVAL_GIVEN_RE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:given|granted)\s+(approval|agreement)\b", re.I)
# "resolved to note", "agreed to formally adopt": the verb of an infinitive after a decision verb.
RECORD_CONFIRMED_RE = re.compile(rf"\s+be\s+(?:confirmed|signed|approved|accepted|agreed)\s+as\s+{TRUE_RECORD}.*$", re.I)
RESOLVED_TO_RE = re.compile(r"\s*to\s+(?:\w+ly\s+)?([a-z]+)\b", re.I)
# "agreed to note the report", "agreed to accept the quote": the infinitive names what the
# meeting did with the item; "agreed to adopt the standards", "agreed to amend" stay agreed.
AGREED_TO = {"note", "accept", "approve", "endorse", "support"}
# Who a decision verb has as its subject when minutes name the people at the meeting, not the
# body: "Councillors agreed to fund the repairs", "Members unanimously approved the plan"; "They
# unanimously agreed" too, which prose keeps only after a sentence naming the members.
# "After much deliberation, the Councillors agreed", "... £65.00 The Councillors resolved" (a run-on
# sentence whose full stop the page lost) name them after an opening phrase.
MEETING_PEOPLE_RE = re.compile(
    r"(?:\W*|.*?(?:\band|[,:])\s+|.*?\s(?=(?-i:The)\s))(?:all\s+)?(?:the\s+)?(?:members|councillors|governors|trustees|directors|partners|they|all)\s+"
    r"(?:(?:present|also|then|further|unanimously|formally)\s+)*", re.I)
# "Members inspected the play area and agreed ...", "The Councillors had reviewed the policy and
# agreed ...": the meeting's people did one thing, then decided (the "and" verb is theirs).
PEOPLE_DID_RE = re.compile(rf"\W*(?:all\s+)?(?:the\s+)?{MEETING_PEOPLE}\s+"
                           r"(?:had\s+)?(?:\w+ly\s+)?[a-z]+ed\b", re.I)
# "members voted to approve its adoption", "the Committee voted unanimously in favour of adopting":
# a vote taken, its verb the decision.
VOTED_RE = re.compile(r"\bvoted\s+(?:unanimously\s+)?(?:(?P<to>to)|in\s+favour\s+of|(?P<for>for))\s+(?P<verb>[a-z]+)\b", re.I)
# What the people at a meeting decide together; "Members noted the pressures" is what they
# observed in discussion, not a decision.
PEOPLE_DECIDE = {"agreed", "approved", "resolved", "accepted", "endorsed", "supported"}
# ... and "Members asked the Clerk to obtain quotes", "Councillors asked officers to ...": someone
# asked to act (not "Members asked whether ...", a question).
ASKED_SOMEONE_TO_RE = re.compile(r"\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}\s+to\s+[a-z]"
                                 r"|\s+officers\s+to\s+[a-z]", re.I)
# ... but "Members noted the report", "Councillors noted these comments": what was put before
# them, taken as the meeting's noting of the item.
NOTED_PAPER_RE = re.compile(r"\s+(?:the|this|these|those|its)\s+(?:[\w'’-]+\s+){0,3}?(?:report|update|minutes|comments|"
                            r"presentation|paper|briefing|information|recommendations?|contents?|progress)\b", re.I)
PORTFOLIO_HOLDER_RE = re.compile(
    r"\s*(?:the\s+)?((?:Cabinet|Executive|Lead)\s+Member\s+for\s+[A-Z][\w,&' -]*?)"
    r"(?=\s+(?:approves?|agrees?|notes?|endorses?|supports?|adopts?|accepts?|confirms?)\b)")
# "approved by the Board", "agreed in principle at that morning's Partnership meeting": the
# body deciding, named after the verb (a meeting the same day is the body's, of the minutes' date).
WHOSE_MEETING = r"(?:the\s+|(?:that|this)\s+(?:morning|afternoon|evening|day)['’]s\s+|today['’]s\s+)?"
# "agreed by the Assistant Director in consultation with the Portfolio Holder for Planning": an
# officer's decision under delegated powers, the officer (and whom they consulted) its body.
_TITLED = r"[A-Z][\w'’&-]*(?:\s+(?:(?:for|of|and|&)\s+)?[A-Z][\w'’&-]*)*"
OFFICER_AGENT_RE = re.compile(
    rf"\s+(?:at\s+)?by\s+(?:the\s+)?((?:(?:Assistant|Deputy|Executive|Corporate|Strategic|Interim)\s+)?"
    rf"(?:Director|Chief\s+Executive|Head\s+of\s+{_TITLED}|Monitoring\s+Officer|Chief\s+Finance\s+Officer)"
    rf"(?:\s+(?:of|for)\s+{_TITLED})?(?:,?\s+in\s+consultation\s+with\s+(?:the\s+)?{_TITLED})?)")
MAX_SUBJECT_WORDS = 30
MAX_AGENT_GAP_WORDS = 8


# "It was proposed by Cllr. A. Marsh, seconded by Cllr. Teague and unanimously agreed that ...",
# "it was moved, seconded and RESOLVED that ...", "Proposed Cllr Rees, Seconded Cllr Hughes and AGREED that":
# who moved and seconded a motion, standing between "It was" and the verb that decides.
_NAMED = rf"(?:\s+by\s+[^,;]{{1,60}}?|\s+{MEMBER_TITLE}\b[^,;]{{1,50}}?)"  # "by Cllr Ede", "Cllr Ede"
MOVER_RE = re.compile(
    rf"\b(?:proposed|moved){_NAMED}?,?\s+(?:and\s+)?seconded{_NAMED}?"
    r"(?:,\s*and\b|,|\s+and\b)(?=\s+(?:\w+ly\s+)?(?:agreed|resolved|approved|carried|it\s+was)\b)", re.I)


# "resolved, with a unanimous vote, to refer ...", "agreed, by 6 votes to 2, to approve ...", "agreed,
# on a show of hands, to support ...": how the vote went, set between the verb and what it decided.
VOTE_ASIDE_RE = re.compile(
    r",\s*(?:with|by|on|following)\s+[^,;]{0,40}?\b(?:votes?|abstentions?|majority|show\s+of\s+hands)\b[^,;]{0,20},"
    # "Following a vote (6 for, 2 against, 1 abstention) the recommendation was carried": the tally
    r"|\(\s*\d+\s+(?:for|in\s+favour)\b[^()]*\)", re.I)


# "met in March and, after considering all of the replies, have agreed to ...": the step taken
# before deciding, set between "and" and the verb.
STEP_ASIDE_RE = re.compile(r"(?<=\band),\s*(?:after|having|following)\s+[^,;]{3,80},", re.I)


def without_movers(sentence: str) -> str:
    """The sentence with its mover and seconder, how its vote went and the step taken before it,
    blanked out, offsets kept: "It was proposed by Cllr. Marsh, seconded by Cllr. Teague and
    agreed that ..." reads "It was    agreed that ..."."""
    for aside in (MOVER_RE, VOTE_ASIDE_RE, STEP_ASIDE_RE):
        sentence = aside.sub(lambda m: " " * len(m.group()), sentence)
    return sentence


@dataclass(frozen=True)
class Clause:
    """A decision found in a sentence; offsets are character positions in that sentence.

    ``agent`` is the body named as deciding (None: the caller decides from context);
    ``lead`` marks a list item that starts with its verb, whose body is in the lead-in;
    ``formal`` a labelled resolution or an item under a lead-in ("RESOLVED: That ...");
    ``passive`` a passive ("It was agreed to ...", "The payments were approved"), which in
    minutes naming no agent is the meeting's own decision; ``listed`` an item listed before its
    outcome ("Bank reconciliation to 30 September – Noted"), whose dates are the item's, not
    the decision's.
    """

    action: str
    subject: str
    start: int
    end: int
    agent: Mention | None = None
    status: str = "decided"
    lead: bool = False
    formal: bool = False
    passive: bool = False
    listed: bool = False


def _build_nlp():
    nlp = english()
    matcher = Matcher(nlp.vocab)
    matcher.add("PAST", [[{"LOWER": {"IN": sorted(PAST.keys() | PRESENT.keys())}}]])
    decided = {"LOWER": {"IN": sorted(PAST.keys() | PASSIVE_ONLY.keys())}}
    # a mover and seconder blanked out between the auxiliary and its verb leaves spaces (see without_movers)
    gap = [{"IS_SPACE": True, "OP": "*"}, {"LOWER": {"IN": sorted(PASSIVE_ADVERBS)}, "OP": "?"}]
    matcher.add("PASSIVE", [[{"LOWER": {"IN": sorted(AUX)}}, *gap, decided],
                            # "were discussed and agreed": the second verb shares the auxiliary
                            [{"LOWER": {"IN": sorted(AUX)}}, {"LOWER": {"REGEX": "^[a-z]+ed$"}},
                             {"LOWER": "and"}, decided]])
    # "The Committee took note of the paper": noted.
    matcher.add("TOOK_NOTE", [[{"LOWER": {"IN": ["took", "takes"]}}, {"LOWER": "note"}, {"LOWER": "of"}]])
    return nlp, matcher


NLP, MATCHER = _build_nlp()


def _words_between(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.lower())


CORRECT_RECORD_RE = re.compile(rf"\bas\s+{TRUE_RECORD}", re.I)
# "That it be agreed that £20,000 be allocated to the fund": what the impersonal "it" stands for.
IMPERSONAL_RE = re.compile(r"^\s*it\s+be\s+(\w+)\s+that\s+", re.I)
# ", and the Council will also ...": a new clause with its own subject ends the decision's
# ", and thanked Mr Hale for attending": the next thing the meeting did, a courtesy, no part of it.
NEW_CLAUSE_RE = re.compile(
    r",\s+(?:and|but|while|although|whereas)\s+(?:the|this|it|we|our|they|he|she|officers?)\b.*$"
    r"|,?\s+and\s+(?:thanked|welcomed|congratulated)\b.*$", re.I)


# "more emphasis on bus services, enabling residents to reach the towns": what it would bring
# about, after the decision itself.
RESULT_CLAUSE_RE = re.compile(r",\s+(?:thereby\s+)?(?:enabling|allowing|ensuring|helping|thereby\s+\w+ing)\b.*$", re.I)
# "a nature emergency in June 2021 because wildlife is in decline": why, and when, it was
# decided, after what was decided.
REASON_CLAUSE_RE = re.compile(r",?\s+because\b.*$", re.I)
WHEN_DECIDED_RE = re.compile(rf"\s+in\s+{MONTH_FULL}\s+{YEAR}$")


def trim_subject(text: str) -> str:
    text = SUBJECT_LEAD_RE.sub("", text.strip(" ,:;-–"))
    text = WHEN_DECIDED_RE.sub("", REASON_CLAUSE_RE.sub("", RESULT_CLAUSE_RE.sub("", NEW_CLAUSE_RE.sub("", text))))
    text = re.sub(r"\s+at\s+(?:its|their|the)\s+(?:\w+\s+)?meeting(?:\s+on\s+[^,;]*)?$", "", text)
    text = re.sub(r"\s+at\s+(?:its|their|the)\s+(?:\w+\s+)?meeting\s+(?:held\s+)?on\s+(?:the\s+)?"
                  r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+(?:\s+\d{4})?(?=[,;])", "", text)
    # "agreed ... on 4 May 2011": the meeting's date; "the meeting (held) on 4 May" keeps its date
    text = re.sub(r"(?<!\bheld)(?<!\bmeeting)\s+on\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+(?:\s+\d{4})?\.?$",
                  "", text)
    # "was noted as follows:", "a further report; specifically:", "the plan including the
    # following changes:": what it is, listed below
    text = re.sub(r"[;,]?\s+(?:as\s+follows|specifically|namely|(?:including|subject\s+to)\s+the\s+following\b.*)\W*$",
                  "", text)
    text = re.sub(r"[\s,;:.(]+(?:and|or)?[\s,;:.(]*$", "", text)  # "... to the report. (" of a note run on
    words = text.split()
    return " ".join(words[:MAX_SUBJECT_WORDS]).rstrip(" ,;:.")


def _agent_before(sentence: str, verb_start: int, mentions: list[Mention]) -> Mention | None:
    """The body that is the subject of a verb: named just before it, nothing in between
    ("Cabinet approved"; not "the Council's approved strategy")."""
    before = [m for m in mentions if m.end <= verb_start]
    if not before:
        return None
    nearest = before[-1]
    if re.match(r"[’']s\b", sentence[nearest.end:]):
        return None  # "the Cabinet’s delegated powers": the owner of a noun, not who decided
    gap = re.sub(r"\([^)]*\)", " ", sentence[nearest.end:verb_start])  # "(2nd June)"
    words = _words_between(gap)
    if len(words) > MAX_AGENT_GAP_WORDS or BLOCKERS & set(words):
        return None
    return nearest


def _verb_hits(sentence: str) -> list[tuple[int, int, str, bool]]:
    """(verb start, verb end, verb, passive) for each decision verb, in order."""
    hits = {}
    for offset, doc in token_docs(sentence):
        for match_id, start, end in MATCHER(doc):
            verb = doc[end - 1]
            kind = NLP.vocab.strings[match_id]
            passive = kind == "PASSIVE"
            key = offset + verb.idx
            if passive or key not in hits:
                word = "noted" if kind == "TOOK_NOTE" else verb.lower_
                hits[key] = (offset + doc[start].idx, key + len(verb.text), word, passive)
    deciding = {_pair_verb([h for h in hits.values() if h[3] and h[0] == hit[0]]) for hit in hits.values() if hit[3]}
    return [hits[k] for k in sorted(hits) if not hits[k][3] or hits[k] in deciding]


def _pair_verb(hits: list[tuple[int, int, str, bool]]) -> tuple[int, int, str, bool]:
    """Of the verbs sharing one auxiliary, the one that decides: the last ("was considered and
    accepted": accepted), unless it only seals what the first decided ("were approved and
    signed": approved)."""
    ordered = sorted(hits, key=lambda hit: hit[1])
    return ordered[-2] if len(ordered) > 1 and ordered[-1][2] in PASSIVE_ONLY else ordered[-1]


def _preceding_word(sentence: str, position: int, skip: set[str] = frozenset()) -> str:
    """The word before ``position`` (past ``skip`` words); "on 14 May decided": a month, not "may"."""
    words = _words_between(re.sub(r"\b\d{1,2}(?:st|nd|rd|th)?\s+May\s*$", " ", sentence[:position]))
    while words and words[-1] in skip:
        words.pop()
    return words[-1] if words else ""


def _passive(sentence: str, hit, clause_start: int, mentions: list[Mention]) -> Clause | None:
    aux_start, verb_end, verb, _ = hit
    if _preceding_word(sentence, aux_start, {"has", "have", "had", "also"}) in NOT_DONE:
        return None
    clause_start, met = _meeting_of(sentence, clause_start, aux_start, mentions)
    if CONDITION_RE.search(sentence[clause_start:aux_start]):
        return None  # "... until the grant was confirmed": a condition, not a decision
    subject = _passive_subject(sentence[clause_start:aux_start])
    agent = met or next((m for m in mentions if m.start >= verb_end and re.fullmatch(  # "approved for adoption by X"
        rf"\s*(?:(?:for|in)\s+\w+\s+)?(?:and \w+\s+)?(?:by|at)\s+{WHOSE_MEETING}", sentence[verb_end:m.start])), None)
    agent = agent or _officer(sentence, verb_end)
    if verb == "delegated":  # not "a list of powers that were delegated to officers"
        return None if agent is None and re.search(r"\bthat$", subject) else \
            _delegation(sentence, clause_start, verb_end, subject, agent)
    if not re.search(r"[A-Za-z]", subject) or RELATIVE.search(subject) or clause_start and PRONOUN_CLAUSE_RE.match(subject):
        return None
    if verb in DISTRIBUTED and agent is None:
        return None
    action = PAST.get(verb) or PASSIVE_ONLY[verb]
    action, subject = _carried_motion(verb, action, subject)
    if _passive_remark(verb, action, subject, agent, sentence[verb_end:]):
        return None
    # "It was agreed that ...", "With regard to X, it was noted that", "X was discussed and it was agreed",
    # "After discussion it was resolved to donate £200"
    if IMPERSONAL_IT_RE.search(subject):  # "Minutes: It was noted": a field label run in
        if verb == "noted" and NOTED_FACT_RE.match(sentence[verb_end:]):
            return None  # "It was noted that demand had risen", "it was noted the Clerk would ...": an observation
        # the clause starts at its "and it": a decision before it ends its subject there
        joined = re.search(r"\s(?:and\s+)?it\s*$", sentence[clause_start:aux_start], re.I)
        return Clause(action, "", clause_start + joined.start() if joined else aux_start, verb_end, agent,
                      passive=True)
    subject = _with_what_for(trim_subject(_without_quantifier(subject)), action, verb, sentence, verb_end)
    return Clause(action, subject, clause_start, verb_end, agent, passive=True)


def _with_what_for(subject: str, action: str, verb: str, sentence: str, verb_end: int) -> str:
    """A passive's subject with what it was chosen or asked for: "Cllr Dale was elected
    Vice-Chairman for the year, proposed by ..." (to what), "The Clerk was confirmed as
    Responsible Financial Officer" (as what), "The Clerk was asked to order a new bin" (to do what)."""
    if not subject:
        return subject
    if action == "nominated" or (verb == "confirmed" and re.match(r"\s+as\s", sentence[verb_end:])):
        post = POST_RE.match(sentence, verb_end)
        return f"{subject} {verb} {post.group('post')}" if post else subject
    asked = ASKED_WHAT_RE.match(sentence, verb_end) if action == "requested" else None
    return f"{subject} to {trim_subject(asked.group('what'))}" if asked else subject


# "[was asked] to order a new bin": what someone asked is to do.
ASKED_WHAT_RE = re.compile(r"\s+to\s+(?P<what>[a-z][^.;]{3,200})", re.I)
# The post someone was elected or appointed to, up to who proposed it: "Vice-Chairman for the
# year", "as the parish's member of the hall trust", "(by the council) as Clerk".
POST_RE = re.compile(r"(?:\s+by\s+(?:the\s+)?[\w ]{2,30}?(?=\s+as\b))?\s+(?P<post>(?!by\b)[^,;.()]{2,80}?)(?=\s*(?:[,;.(]|$|\s(?:proposed|seconded|on\s+the\s+proposition|by)\b))",
                     re.I)


# What a meeting is asked to do with what is before it, the lead-in to its decision.
_ASKED_TO_WEIGH_RE = re.compile(r"\s+to\s+(?:consider|note|receive|review|comment\s+on|determine|decide\s+(?:on|whether))\b", re.I)


def _passive_remark(verb: str, action: str, subject: str, agent: Mention | None, after: str) -> bool:
    """A passive that records no decision of the meeting; ``after`` is the text after the verb."""
    if action == "requested" and MEMBERS_RE.fullmatch(SENTENCE_ADVERB_RE.sub("", subject).strip()):
        return True  # "Governors were asked to send their training needs": a reminder to people
    if action == "requested" and _ASKED_TO_WEIGH_RE.match(after) and DECIDING_NAME_RE.fullmatch(re.sub(r"^the\s+", "", subject, flags=re.I)):
        return True  # "Cabinet was asked to consider three applications": what the meeting had before it
    if action in ("requested", "nominated") and agent is None and re.match(r"\s+by\b", after):
        # "The Clerk was asked by the auditor whether ...": someone's question, not the meeting's;
        # "Ann Lee was nominated by Cllr Ford": a member's nomination, before the meeting elects
        return True
    if verb == "confirmed" and re.match(r"\s+(?:that|to\s+(?:have|be)|as\s+being)\b", after):
        return True  # "It was confirmed that the scheme could be delivered within budget", "The number of
        # open grants was confirmed to have fallen to nine": a fact given
    if verb == "declared" and not re.search(r"\bemergency\b", subject, re.I):
        return True  # "No interests were declared": members' declarations; "an emergency was declared" decides
    # "The town was noted for its markets", "The report was noted to be late": remarked on
    return verb == "noted" and bool(re.match(r"\s+(?:(?:for|as)\b(?!\s+follows)|to\s+(?:be|have)\b)", after))


def _officer(sentence: str, verb_end: int) -> Mention | None:
    """"was agreed by the Assistant Director in consultation with the Portfolio Holder for
    Housing": the officer who decided, named with whom they consulted."""
    match = OFFICER_AGENT_RE.match(sentence, verb_end)
    if match is None:
        return None
    name = re.sub(r",?\s+in\s+consultation\s+with\s+", ", in consultation with ", match.group(1))
    return Mention(name, match.start(1), match.end(1))


# "A motion to approve the application was moved and seconded and (was carried)": what the vote decided.
MOTION_RE = re.compile(r"^\s*(?:an?\s+|the\s+)?(?:motion|proposal|amendment)\s+to\s+(\w+)\s+(.+?)"
                       r"(?:\s+(?:was|were)\s+(?:duly\s+)?(?:moved|proposed)(?:\s+and\s+seconded)?)?(?:\s+and)?\s*$", re.I)
# "The Chair reported that the upgrade had been agreed by ...": who told the meeting, not what was agreed.
REPORTED_THAT_RE = re.compile(r"^.{0,60}?\b(?:reported|said|explained|confirmed|advised|informed\s+\w+)\s+that\s+", re.I)


def _carried_motion(verb: str, action: str, subject: str) -> tuple[str, str]:
    """"A motion to approve the application was moved and seconded and was carried": the
    application approved."""
    motion = MOTION_RE.match(subject) if verb == "carried" else None
    if motion and motion.group(1).lower() in BASE:
        return BASE[motion.group(1).lower()], motion.group(2)
    return action, subject


def _passive_subject(text: str) -> str:
    """The words before a passive verb, less an introduction ("Following ..., ") and an aside
    ("Decision 26/012, which had been called in, was ..."); "The Treasurer presented the
    accounts and they were approved": what "they" stands for, the first verb's object."""
    text = RELATIVE_ASIDE_RE.sub(" ", text)
    text = RUN_IN_REF_RE.sub("", text)  # "Minutes: 043/23 The minutes of ...": the item's label and number
    text = INTRODUCTORY_RE.sub("", re.sub(r"\s+(?:has|have|had)\s*$", "", text.strip(" ,;")))
    text = REPORTED_THAT_RE.sub("", text)
    object_then_pronoun = OBJECT_THEN_PRONOUN_RE.fullmatch(text)
    return object_then_pronoun.group(1) if object_then_pronoun else text


def _without_quantifier(subject: str) -> str:
    """"All payments were approved": the quantifier is not part of what was approved."""
    return re.sub(r"^(?:(?:all|both)\s+(?=\w+\s*$|the\s))?(?:(?:the|a|an)\s+)?", "",
                  SENTENCE_ADVERB_RE.sub("", subject), flags=re.I)


def _meeting_of(sentence: str, clause_start: int, aux_start: int,
                mentions: list[Mention]) -> tuple[int, Mention | None]:
    """"At the meeting of the Overview Committee held on 3 March, the plan was approved": the
    clause starts after the introduction, and the body it names decided."""
    intro = MEETING_OF_RE.match(sentence, clause_start)
    if intro is None or intro.end() > aux_start:
        return clause_start, None
    named = next((m for m in mentions if intro.start() <= m.start < intro.end() and not m.generic), None)
    return (intro.end(), named) if named else (clause_start, None)


# "The Committee gave approval for a memorial bench", "Members gave their support to the bid".
GAVE_APPROVAL_RE = re.compile(r"\b(?:gave|granted)\s+(?:its\s+|their\s+)?(?:full\s+|formal\s+|unanimous\s+)?"
                              r"(approval|agreement|consent|support)\s+(?:to|for)\s+", re.I)
GIVEN = {"approval": "approved", "consent": "approved", "agreement": "agreed", "support": "supported"}


def _gave_approval(sentence: str, mentions: list[Mention]) -> list[Clause]:
    """"The Committee gave approval for a memorial bench": the body approved the bench."""
    given = GAVE_APPROVAL_RE.search(sentence)
    agent = _agent_before(sentence, given.start(), mentions) if given else None
    people = given is not None and bool(MEETING_PEOPLE_RE.fullmatch(sentence[:given.start()]))
    if given is None or agent is None and not people:
        return []
    subject = trim_subject(sentence[given.end():])
    return [Clause(GIVEN[given.group(1).lower()], subject, given.start(), given.end(), agent, lead=agent is None)] \
        if subject else []


def _approval_given(sentence: str, mentions: list[Mention]) -> list[Clause]:
    """"Decision 26/012 was given approval to proceed": approved, with what it may now do."""
    found = [*_gave_approval(sentence, mentions)]
    for match in APPROVAL_GIVEN_RE.finditer(sentence):
        start, met = _meeting_of(sentence, _clause_start(sentence, 0, match.start()), match.start(), mentions)
        subject = _passive_subject(sentence[start:match.start()])
        if not re.search(r"[A-Za-z]", subject) or RELATIVE.search(subject):
            continue
        purpose = re.match(r"\s+to\s+[^,;.]+", sentence[match.end():])
        action = "approved" if match.group(1).lower() == "approval" else "agreed"
        subject = trim_subject(_without_quantifier(subject) + (purpose.group() if purpose else ""))
        found.append(Clause(action, subject, start, match.end(), met))
    return found


def _delegation(sentence: str, clause_start: int, verb_end: int, subject: str,
                agent: Mention | None) -> Clause:
    """"Authority has been delegated to the Director to agree ...", "a working group that
    ... has been delegated by the Board to agree ...": what was delegated, as one subject.
    A relative clause's decision starts at its pronoun, so its date is not the main clause's."""
    tail = re.split(r"[;.]", sentence[agent.end if agent else verb_end:])[0].strip(" ,")
    relative = RELATIVE.search(sentence, clause_start, verb_end)
    if relative or subject.lower() == "it":
        start = relative.start() if relative else clause_start
        return Clause("agreed", trim_subject(f"delegation {tail}"), start, verb_end, agent)
    return Clause("agreed", trim_subject(f"{subject} delegated {tail}"), clause_start, verb_end, agent)


def _active(sentence: str, hit, previous: Clause | None, mentions: list[Mention]) -> Clause | None:
    start, verb_end, verb, _ = hit
    action = PAST.get(verb) or PRESENT.get(verb)
    if action is None or _preceding_word(sentence, start, FILLER) in NOT_DONE:
        return None
    coordinated = _preceding_word(sentence, start, FILLER) == "and" or _listed_after_comma(sentence, start, previous)
    if coordinated and _chain_not_done(sentence[:start]):
        return None
    if _not_a_decision(verb, sentence[verb_end:]):
        return None
    if coordinated and previous is not None:
        return Clause(action, "", start, verb_end, previous.agent, lead=previous.lead)
    agent = _agent_before(sentence, start, mentions)
    if agent is not None and _preceding_word(sentence, agent.start) in SUBORDINATE | QUANTIFIERS:
        return None  # "since the Panel last considered the matter", "each Council has agreed": background
    if agent is None and coordinated:
        first = mentions[0] if mentions else None
        agent = first if first and len(_words_between(sentence[:first.start])) <= 3 else None
    if agent is not None:
        return Clause(action, "", start, verb_end, agent)
    decides = action in PEOPLE_DECIDE or action == "noted" and bool(NOTED_PAPER_RE.match(sentence[verb_end:])) \
        or action == "requested" and bool(ASKED_SOMEONE_TO_RE.match(sentence[verb_end:]))
    if coordinated and decides and PEOPLE_DID_RE.match(sentence):
        return Clause(action, "", start, verb_end, lead=True)  # "Councillors received and noted the report"
    by_people = decides and MEETING_PEOPLE_RE.fullmatch(sentence[:start])
    if re.match(r"[a-z]+ed\b", sentence.lstrip()) or by_people or _opens_minute(sentence, action):
        return Clause(action, "", start, verb_end, lead=True)  # "(ii) noted the forecast", "Members agreed"
    return None


# "accepted the opinion, approved the Statement and asked officers to ...": a verb after a comma,
# with its own object, carries on the list of what the body did; "the report, approved by
# Cabinet in May" is a participle about the thing before it.
LISTED_OBJECT_RE = re.compile(r"\s+(?:that|to|the|a|an|its|their|this|these|all)\b", re.I)


def _listed_after_comma(sentence: str, start: int, previous: Clause | None) -> bool:
    """A verb after a comma carrying on the list of what a body did, or of what the meeting's
    members did ("Members noted the closure, agreed that the Chair write ...": only the second
    decides)."""
    listing = previous is not None or bool(PEOPLE_DID_RE.match(sentence))
    return listing and sentence[:start].rstrip().endswith(",") \
        and bool(LISTED_OBJECT_RE.match(sentence, start + len(sentence[start:].split()[0])))


# "Insurance: Unanimously agreed that ...", "Grass cutting: 014/24 – Agreed to ...": a run-in item
# heading and a minute number, then an adverb, before the verb a minute opens with; on a planning
# application, the council's response first ("No objection and agreed to ...").
RUN_IN_REF = r"\W*(?:[A-Z][\w'’&/ -]{1,60}?:\s+)?(?:\d[\d/.]*\s*[–-]?\s*)?"
RUN_IN_REF_RE = re.compile(rf"^{RUN_IN_REF}(?=[A-Z])")
MINUTE_OPENING_RE = re.compile(rf"{RUN_IN_REF}(?i:no\s+(?:comments?|objections?)\s*(?:,|and)\s+)?(?:[A-Z]?[a-z]+ly\s+)?")


def _opens_minute(sentence: str, action: str) -> bool:
    """"Agreed that the Treasurer should attend the forum.", "Resolved to buy a new bench.",
    "Bins: Unanimously agreed to buy two": a minute that opens with its decision, the meeting
    its unstated subject."""
    rest = sentence[MINUTE_OPENING_RE.match(sentence).end():]
    return action in {"agreed", "resolved"} and bool(re.match(r"[a-z]+ed\s+(?:that|to)\b", rest, re.I))


# "declared a climate emergency", "declared an ecological and climate emergency".
DECLARED_EMERGENCY_RE = re.compile(r"\s+an?\s+(?:[\w-]+\s+){0,3}emergency\b", re.I)


def _not_a_decision(verb: str, after: str) -> bool:
    """What follows a past form shows it records no decision: "a group supported by ..." (a
    participle; "agreed by show of hands" is a vote), "noted that the grant would end" (an
    observation), "confirmed that funding has been applied for" (a fact), "supported
    accommodation" (a kind of service), "the change requested at Annex 3" (a participle
    pointing to where the paper sets it out)."""
    if re.match(r"\s+by\b", after) and not VOTE_RE.match(after) or PLACED_RE.match(after):
        return True
    if verb == "noted" and re.match(r"\s+that\b", after) or OPINION_RE.match(after):
        return True
    if verb == "declared" and not DECLARED_EMERGENCY_RE.match(after):
        return True  # "Cllr Ede declared an interest": a member's declaration, not the body's resolve
    if CONCESSIVE_RE.match(after):
        return True  # "agreed that although the aims are sound, ...": a view granted; a later verb decides
    return verb == "confirmed" and bool(CONFIRMED_FACT_RE.match(after)) or bool(SERVICE_NOUN_RE.match(after))


def _chain_not_done(before: str) -> bool:
    """"will be discussed and agreed": the first verb of the pair carries the tense."""
    words = _words_between(before)
    return len(words) >= 3 and words[-3] in NOT_DONE


def dash_outcome(sentence: str) -> Clause | None:
    """``Review the Accessibility Plan – agreed``: the item, then what became of it; the
    body is the meeting's (the clause has no agent). Else an outcome after a comma."""
    match = DASH_OUTCOME_RE.match(sentence)
    verb = match.group("outcome").lower() if match else ""
    if verb not in LISTED_OUTCOMES:
        return comma_outcome(sentence)
    item = match.group("item") or match.group("named")
    return Clause(LISTED_OUTCOMES[verb], trim_subject(item), 0, len(sentence), lead=True, listed=True)


# What a listed item's outcome word records: a decision's past form, or a deferral, which
# settles the item for now ("Hedge cutting quote – Deferred to April").
LISTED_OUTCOMES = {verb: action for verb, action in PAST.items()
                   if verb not in {"requested", "asked", "recommended", "considered"}} | {"deferred": "resolved"}


def comma_outcome(sentence: str) -> Clause | None:
    """``Clerk's appraisal – the process, agreed as 6 November at 0930``: the item and how it
    was settled; ``..., agreed as a correct record``: minutes approved."""
    match = COMMA_OUTCOME_RE.match(sentence)
    if match is None:
        return None
    if CORRECT_RECORD_RE.search(sentence):
        return Clause("approved", trim_subject(match.group(1)), match.start(2), match.end(2), lead=True, listed=True)
    subject = trim_subject(f"{match.group(1)}, {match.group(3)}")  # "as 6 November": what, not when
    return Clause(PAST[match.group(2)], subject, match.start(2), match.end(2), lead=True, listed=True)


def decided_clauses(sentence: str, bodies: Bodies) -> list[Clause]:
    """Decisions a sentence reports as made, each with its subject filled in."""
    listed = dash_outcome(sentence)
    if listed is not None:
        return [listed]
    if CUMULATIVE_RE.search(sentence):
        return _decision_by(sentence, bodies.mentions(sentence))
    mentions = bodies.mentions(sentence)
    found: list[Clause] = []
    for hit in _verb_hits(sentence):
        previous = found[-1] if found else None
        if hit[3]:
            start = _clause_start(sentence, previous.end if previous else 0, hit[0])
            make = _passive(sentence, hit, start, mentions)
        else:
            make = _active(sentence, hit, previous, mentions)
        if make is not None:
            found.append(make)
    found += (_nominal(sentence, mentions) + _not_in_position(sentence, mentions) + _stance(sentence, mentions)
              + _approval_given(sentence, mentions) + _decision_by(sentence, mentions) + _voted(sentence, mentions))
    return _without_steps(_fill_subjects(sentence, sorted(found, key=lambda c: c.start))) or _minutes_confirmed(sentence)


def _minutes_confirmed(sentence: str) -> list[Clause]:
    """"The Minutes of the meeting held on 25 October, having been circulated, were taken as read
    and signed as a true record": the minutes approved, however the verbs before the record run."""
    confirmed = MINUTES_CONFIRMED_RE.match(sentence)
    if confirmed is None or re.match(r"be\b", confirmed.group("verbs"), re.I):  # "be confirmed": a recommendation's
        return []
    minutes = re.sub(r",\s+having\b.*$", "", confirmed.group("minutes"))  # ", having been circulated"
    return [Clause("approved", trim_subject(minutes), 0, confirmed.end(), passive=True)]


def _without_steps(clauses: list[Clause]) -> list[Clause]:
    """"The Panel considered this report and approved the scheme": considering the paper was the
    step to the decision that follows it in the sentence, not a decision of its own."""
    return [c for i, c in enumerate(clauses)
            if not (c.action == "considered" and i + 1 < len(clauses) and THE_PAPER_RE.fullmatch(c.subject))]


def _clause_start(sentence: str, after: int, aux_start: int) -> int:
    """Where the clause holding a passive verb starts: after the last decision, "; " or ", and"
    ("The payments were presented, and the reconciliation was noted": the reconciliation)."""
    start = after + re.match(r"[\s,;]*(?:and\s+)?", sentence[after:aux_start]).end()
    cuts = [m.end() for m in re.finditer(r";\s+|,\s+and\s+", sentence[start:aux_start])]
    return start + cuts[-1] if cuts else start


def _nominal(sentence: str, mentions: list[Mention]) -> list[Clause]:
    """"Agreement was reached at X ...", "There was general agreement that the survey go ahead",
    "HPG would like to ask the Board to ..."."""
    found = []
    for match in NOMINAL_RE.finditer(sentence):
        agent = next((m for m in mentions if m.start > match.end()
                      and re.fullmatch(r"\s*(?:at|by)\s+(?:the\s+)?", sentence[match.end():m.start])), None)
        action = "agreed" if (match.group(1) or match.group(2)).lower() == "agreement" else "approved"
        found.append(Clause(action, "", match.start(), match.end(), agent))
    for match in MADE_DECISION_RE.finditer(sentence):
        agent = _agent_before(sentence, match.start(), mentions)
        if agent is not None:
            found.append(Clause("resolved", "", match.start(), match.end(), agent))
    for match in WOULD_ASK_RE.finditer(sentence):
        agent = _agent_before(sentence, match.start(), mentions)
        if agent is not None:
            found.append(Clause("requested", "", match.start(), match.end(), agent))
    return found


def _decision_by(sentence: str, mentions: list[Mention]) -> list[Clause]:
    """"... following the decision by Ashford BC to terminate the agreement": that body resolved
    what its infinitive says, up to the next comma or full stop."""
    found = []
    for match in DECISION_BY_RE.finditer(sentence):
        agent = next((m for m in mentions if m.start == match.end() and not m.generic), None)
        purpose = re.match(r"\s+to\s+([^,;.]+)", sentence[agent.end:]) if agent else None
        if purpose:
            found.append(Clause("resolved", trim_subject(purpose.group(1)), match.start(), agent.end, agent))
    return found


def _fill_subjects(sentence: str, clauses: list[Clause]) -> list[Clause]:
    """An active clause's subject runs from its verb to the next clause (or the end)."""
    out = []
    for i, clause in enumerate(clauses):
        if clause.subject:
            out.append(clause)
            continue
        end = clauses[i + 1].start if i + 1 < len(clauses) else len(sentence)
        text = sentence[clause.end:end]
        text = VOTE_RE.sub("", WHEN_WHERE_RE.sub("", text))
        action, text = _declined(sentence, clause, text) or _resolved_to(clause.action, text)
        subject = trim_subject(text)
        if subject:
            out.append(replace(clause, action=action, subject=subject))
    return out


# "The Panel declined to support the proposal": a decision not to (the gold's "not to support ...").
DECLINED_RE = re.compile(r"declined", re.I)
# "All agreed this was a true record", "Members agreed that these were an accurate record", "The
# meeting agreed the notes formed a fair record": the minutes of the last meeting approved, the
# pronoun standing for them.
TRUE_RECORD_RE = re.compile(r"^\s*(?:that\s+)?(?:this|it|these|they|the\s+minutes)\s+"
                            rf"(?:was|were|is|are|represented|formed|constituted)\s+{TRUE_RECORD}", re.I)
# "The Councillors felt that they were not in a position to join the committee", "Members felt it
# was not in a position to commit funding": the meeting decided not to.
NOT_IN_POSITION_RE = re.compile(
    r"\b(?:felt|considered|agreed|decided)\s+(?:that\s+)?(?:they|it|the\s+\w+)\s+(?:was|were)\s+not\s+"
    r"in\s+a\s+position\s+to\s+(?=\w)", re.I)

# "... join the committee due to work and other commitments": why, not what was decided.
REASON_RE = re.compile(r"\s+(?:due\s+to|owing\s+to|because|as\s+a\s+result\s+of)\b.*$", re.I | re.S)

# "Westshire County Council is happy to support the proposal", "the Board was content to approve the
# plan", "Members were content to note the action plan": a body's stated position, the decision the
# infinitive names.
STANCE_RE = re.compile(r"\s+(?:is|are|was|were)\s+(?:happy|content|pleased|willing)\s+to\s+"
                       r"(support|agree|approve|endorse|accept|note)\s+(?=\w)", re.I)


def _voted(sentence: str, mentions: list[Mention]) -> list[Clause]:
    """"The plan was presented at County Council on 19 December and members voted to approve
    its adoption": approved, by the body named in the sentence, else by the meeting. Members who
    "voted to increase the precept by 20%" or "in favour of ordering a new bench" agreed to do it;
    "Members of the Authority voted for a small increase in the precept" approved the increase."""
    match = VOTED_RE.search(sentence)
    if match is None:
        return []
    verb = match.group("verb").lower()
    action = BASE.get(verb) or BASE.get(re.sub(r"ing$", "", verb)) or BASE.get(re.sub(r"ing$", "e", verb))
    start = match.end()
    if action is None and (match.group("to") or match.group("for") or verb.endswith("ing")):
        action, start = "approved" if match.group("for") else "agreed", match.start("verb")
    subject = trim_subject(sentence[start:]) if action else ""
    agent = next((m for m in mentions if m.start < match.start() and not m.generic), None)
    return [Clause(action, subject, match.start(), match.end(), agent, lead=agent is None)] if subject else []


def _stance(sentence: str, mentions: list[Mention]) -> list[Clause]:
    """"Westshire County Council is happy to support the proposal to retain the scheme": the
    named body supported it; "Members were content to approve the programme": the meeting did (a
    body or the meeting's members must be named just before: "Officers are happy to ..." is none)."""
    match = STANCE_RE.search(sentence)
    agent = next((m for m in mentions if match and m.end == match.start() and not m.generic), None)
    members = bool(match) and bool(MEETING_PEOPLE_RE.fullmatch(sentence[:match.start()] + " "))
    subject = trim_subject(sentence[match.end():]) if agent is not None or members else ""
    if not subject:
        return []
    return [Clause(BASE[match.group(1).lower()], subject, match.start(), match.end(), agent, lead=agent is None)]


def _declined(sentence: str, clause: Clause, text: str) -> tuple[str, str] | None:
    """"declined to support the proposal to close the fund": agreed not to support it."""
    if DECLINED_RE.fullmatch(sentence[clause.start:clause.end]) and re.match(r"\s*to\s+\w", text):
        return "agreed", "not " + text.strip()
    return None


def _not_in_position(sentence: str, mentions: list[Mention]) -> list[Clause]:
    """"Members felt they were not in a position to commit funding until ...": agreed not to; the
    body the one named before the verb, else the meeting (its members speaking)."""
    match = NOT_IN_POSITION_RE.search(sentence)
    if match is None:
        return []
    agent = _agent_before(sentence, match.start(), mentions)
    if agent is None and not MEETING_PEOPLE_RE.fullmatch(sentence[:match.start()]):
        return []
    subject = trim_subject(REASON_RE.sub("", "not to " + sentence[match.end():]))
    return [Clause("agreed", subject, match.start(), match.end(), agent, lead=agent is None)]


def _resolved_to(action: str, text: str) -> tuple[str, str]:
    """"Committee resolved to note the update", "It was resolved to approve the grant", "Members
    agreed to note the report": the infinitive's verb is what was decided, about what follows it;
    "agreed that the minutes
    be confirmed as a correct record": the minutes approved."""
    if action not in {"resolved", "agreed"}:
        return action, text
    if TRUE_RECORD_RE.match(text):  # "All agreed this was a true record"
        return "approved", "the minutes"
    record = RECORD_CONFIRMED_RE.search(text)
    if record:  # "agreed that the minutes ... be confirmed as a correct record"
        return "approved", text[:record.start()]
    match = RESOLVED_TO_RE.match(text)
    if match and action == "agreed" and match.group(1).lower() in AGREED_TO:
        return BASE[match.group(1).lower()], text[match.end():]  # "Members agreed to note the report"
    if match is None or action == "agreed":  # "agreed to adopt the standards" says what was agreed already
        return action, text
    # "resolved to defer the bid": the printed verb, as the record words it
    return (BASE[match.group(1).lower()], text[match.end():]) if match.group(1).lower() in BASE else ("resolved", text)


def recommended_clauses(sentence: str, bodies: Bodies, in_recommendations: bool) -> list[Clause]:
    """What a report asks a body to decide: "That Cabinet note ...", "The Board discuss and
    agree ...", "Cabinet is asked to approve ...", "She said that the recommendation was that
    the report be noted"; the agent is None when not named."""
    stated = STATED_RECOMMENDATION_RE.search(sentence)
    if stated:  # made to the body the speaker told ("She informed the Committee that ...")
        told = bodies.mentions(sentence[:stated.start()])
        return [replace(c, agent=told[-1] if told else None) for c in subjunctive_clauses(sentence[stated.end():])]
    asked = ASKED_TO_RE.search(sentence)
    if asked and BASE.get((asked.group(2) or asked.group(1)).lower()):
        agent = _agent_before(sentence, asked.start(), bodies.mentions(sentence)) or _members(sentence[:asked.start()])
        action = BASE[(asked.group(2) or asked.group(1)).lower()]
        return [Clause(action, trim_subject(sentence[asked.end():]), asked.start(), asked.end(),
                       agent, "recommended")]
    sentence = PROVISO_FIRST_RE.sub("", sentence.strip())
    that = THAT_RE.match(sentence)
    if not that and not in_recommendations:
        return []
    rest = sentence[that.end():] if that else sentence
    return _recommendation(rest, bodies, bool(that))


# "Subject to any changes agreed above, that Cabinet issues ...": a proviso before the resolution.
PROVISO_FIRST_RE = re.compile(r"^(?:subject\s+to|having\s+regard\s+to|in\s+(?:the\s+)?light\s+of)\s+[^,;]{3,80},\s*(?=that\b)",
                              re.I)


def _base(word: str) -> str:
    """``notes`` -> ``note``: a report may write its recommendations in the third person."""
    if word not in BASE and word.endswith("s") and (word[:-1] in AND_VERBS or word[:-1] in LEAD_VERBS):
        return word[:-1]
    return word


# "That Cabinet receive regular progress reports": reports asked for, not a paper taken note of.
FUTURE_REPORTS_RE = re.compile(r"^\W*(?:(?:a|an)\s+)?(?:further|regular|quarterly|annual|monthly|progress|future)\b", re.I)
# "That Cabinet issues its draft budget for consultation", "That Cabinet reaffirms the principle
# that ...": a resolution in the third person with a verb of its own, which the body agrees to.
OWN_VERB_RE = re.compile(r"^\s*(?!(?:is|has|was|does|needs|wishes|wants)\b)([a-z]{3,})s\s+(?=[a-z])")


# "That Members note ...", "Members are asked to approve ...": the members of the body the paper
# goes to, asked as a whole.
_MEMBERS_ASKED_RE = re.compile(rf"^\W*(?:the\s+)?{MEETING_PEOPLE}\b", re.I)


def _members(text: str) -> Mention | None:
    """The members a recommendation is put to, opening ``text``: the body the paper goes to,
    named by its members."""
    found = _MEMBERS_ASKED_RE.match(text)
    return Mention("members", found.start(), found.end(), generic=True) if found else None


def _recommendation(rest: str, bodies: Bodies, formal: bool) -> list[Clause]:
    mentions = [m for m in bodies.mentions(rest) if m.start <= 4]
    agent = _portfolio_holder(rest) or (mentions[0] if mentions else None) or _members(rest)
    after_agent = rest[agent.end:] if agent else rest
    chain, used = [], 0
    for word in _words_between(after_agent):  # "That the Panel to note and comment the report"
        adverb = word.endswith("ly") and not chain  # "That Cabinet specifically approves"
        if not adverb and _base(word) not in BASE and _base(word) not in LEAD_VERBS and word not in {"and", "to"}:
            break
        chain += [] if adverb else [_base(word)]
        used += 1
    decided = [BASE[w] for w in chain if w in BASE] or ["considered" for w in chain if w in DISCUSSION_VERBS]
    subject = re.sub(rf"^(?:[\s,]*\w+){{{used}}}", "", after_agent)
    if agent is not None and not decided and chain[-1:] == ["receive"]:
        decided = ["requested" if FUTURE_REPORTS_RE.match(subject) else "noted"]
    if agent is not None and decided:
        return [Clause(decided[-1], trim_subject(subject), 0, len(rest), agent, "recommended")]
    own_verb = OWN_VERB_RE.match(subject) if agent is not None and formal and not agent.generic else None
    if own_verb:
        subject = f"{own_verb.group(1)} {subject[own_verb.end():]}"
        return [Clause("agreed", trim_subject(subject), 0, len(rest), agent, "recommended")]
    passive = subjunctive_clauses(rest) if formal else []
    if passive:
        return passive
    if formal and agent is None and not _no_decision(rest):  # "That officers develop ...": the body is asked to agree it
        return [Clause("agreed", trim_subject(rest), 0, len(rest), None, "recommended")]
    return []


# "to note the progress and to support the actions", "notes the report and agrees the plan",
# an item under "Cabinet is asked to:" that reads "NOTE the updates and ENDORSE that they be
# included": a second decision in an infinitive, a present tense or a base form, with its own object.
# "notes the progress and to support ...", "notes the report and agrees the plan", "note the
# progress made and agree to the priorities for next year".
AND_TO_RE = re.compile(
    r",?\s+and\s+(?:also\s+)?(?:to\s+([a-z]+)|([a-z]+)(?=\s+(?:the|that|a|an|this|these|its|their)\b)|(agree)(?=\s+to\b))\s+",
    re.I)


# "... and delegates authority to the Director to ...": a second verb handing someone the decision;
# "... and asks the Clerk to publish the scheme": one asking someone to act.
AND_VERBS = {**BASE, "delegate": "agreed", "ask": "requested", "instruct": "requested"}


# "- APPROVED the variation ...", "- RATIFIED the decision ...": an item's opening verb in capitals.
# Not a label: "AGREED RECOMMENDATIONS", "AGREED that the record be signed", "RESOLVED to note".
CAPITAL_VERB_RE = re.compile(r"^(\W*)([A-Z]{4,})\b(?=\s+(?!that\b|to\b)[a-z])")


def verb_in_lower_case(text: str) -> str:
    """An item opening on its past verb in capitals ("APPROVED the variation") read as any other."""
    verb = CAPITAL_VERB_RE.match(text)
    if verb is None or verb.group(2).lower() not in PAST and verb.group(2).lower() != "delegated":
        return text
    return f"{verb.group(1)}{verb.group(2).lower()}{text[verb.end():]}"


def split_and_to(clause: Clause) -> list[Clause]:
    """"RESOLVED that the Panel notes the progress and to support the actions", "That the
    Committee notes the report and agrees the Audit Plan", "Council agrees the revised terms
    and delegates authority to the Clerk to publish them": two decisions, one per verb, each with its own subject."""
    match = AND_TO_RE.search(clause.subject)
    verb = (match.group(1) or _base((match.group(2) or match.group(3)).lower())).lower() if match else ""  # "agrees"
    if verb not in AND_VERBS:
        return [clause]
    first = replace(clause, subject=trim_subject(clause.subject[:match.start()]))
    second = replace(clause, action=AND_VERBS[verb], subject=trim_subject(clause.subject[match.end():]))
    return [first] + split_and_to(second) if first.subject else split_and_to(second)


# "loans of £2m to the housing company and £1.5m to the energy company", "grants of £500
# to the scouts, £300 to the guides and £250 to the bowls club": one sum per recipient.
SUMS_OF_RE = re.compile(r"^(?P<noun>[a-z]+?)s\s+of\s+(?P<sums>£.+)$", re.I)
NEXT_SUM_RE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?=£\s?\d)")


def split_sums(clause: Clause) -> list[Clause]:
    """"approved loans of £2m to X and £1.5m to Y": two decisions, "loan of £2m to X" and "loan of
    £1.5m to Y", each sum with what it is for."""
    match = SUMS_OF_RE.match(clause.subject.strip())
    parts = NEXT_SUM_RE.split(match.group("sums")) if match else []
    if len(parts) < 2 or not all(re.search(r"\s(?:in|to|for|towards)\s", part) for part in parts):
        return [clause]
    return [replace(clause, subject=f"{match.group('noun')} of {part.strip()}") for part in parts]


def _portfolio_holder(rest: str) -> Mention | None:
    """"That the Cabinet Member for Housing and Planning approves ...": an individual executive
    decision, the member's portfolio deciding as a body would."""
    match = PORTFOLIO_HOLDER_RE.match(rest)
    return Mention(match.group(1), match.start(1), match.end(1)) if match else None


# "That the report be noted and that the Service be requested to report back": one resolution
# per "that"; "be received and noted" decides with its last verb.
# "the minutes of the meeting held on 3 May were a correct record", "the minutes be confirmed
# and signed as a true record": minutes approved, whatever else is said of them.
# ... and the terse "Minutes confirmed as a correct record", "Minutes of 3 May signed as a true record".
MINUTES_CONFIRMED_RE = re.compile(r"^\s*(?P<minutes>(?:the\s+)?minutes\b.*?)\s+(?P<verbs>(?:were|was|be)\b[\w\s,]{0,30}?"
                                  r"|(?:approved|agreed|confirmed|signed|accepted|adopted)\b[\w\s,]{0,30}?)"
                                  rf"\s(?:as\s+)?{TRUE_RECORD}", re.I)
AND_THAT_RE = re.compile(r"(?:[;,]?\s+(?:and|but)\s+|;\s*)that\s+", re.I)
SUBJUNCTIVE_RE = re.compile(r"\bbe\s+(\w+)(?:\s*,?\s+and\s+(\w+))?\b", re.I)
# "approval be given to the terms ...", "consent be granted for the pitch": approved.
APPROVAL_BE_GIVEN_RE = re.compile(r"^\s*(?:approval|consent)\s+be\s+(?:given|granted)\s+(?:to|for)\s+", re.I)
# "the provision of a pitch be investigated", "options be explored": officers asked to look into it.
STUDIED = {"investigated", "explored", "examined", "researched", "scoped"}
# "delegated authority be given to the Director to ...", "authority be delegated to ...".
DELEGATION_RE = re.compile(
    r"^\s*(?:the\s+)?(?:delegated\s+)?authority\s+be\s+(?:delegated|given|granted)\s+(?=to\b)", re.I)
# "That, subject to:- (a) a Section 106 agreement; and (b) the conditions in the report, the scheme be
# approved": the conditions come first, the resolution's subject after the last comma.
CONDITIONS_FIRST_RE = re.compile(r"^\s*(?:that\s*,?\s*)?subject\s+to\b.*,\s+(?=(?:the|this|these|its|their)\s+[^,;]*?\bbe\s+\w+\W*$)",
                                 re.I | re.S)
# "... and the revised target be approved": a new subject with its own "be".
AND_SUBJECT_RE = re.compile(r"\s+and\s+(?=(?:the|a|an|this|these|its|their)\s+(?:(?!\band\b)[^;])*?\bbe\s+\w+)", re.I)
# "That ...", "(a) That ...": a resolution's opening words, with the item label run in after "RESOLVED –".
LEADING_THAT_RE = re.compile(r"^\s*(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s*)?that\s+", re.I)
# "under Section 100A(4) of the Local Government Act 1972, the press and public be excluded from
# the meeting for the following item": minutes record it as resolved, not as agreeing to anything.
EXCLUSION_RE = re.compile(r"\b(?:press|public)\s+and\s+(?:the\s+)?(?:press|public)\s+be\s+excluded\b", re.I)
# "A.    a consultation be undertaken": an item's letter set off by a run of spaces, not a marker
# the layout knows ("A. Smith" has one space).
SPACED_LABEL_RE = re.compile(r"^\s*(?:[A-Z]|\d{1,2})\.\s{2,}(?=\S)")
THANKS_RE = re.compile(r"\bbe\s+(?:thanked|congratulated)\b", re.I)
# "at the next meeting", "at a future meeting of the Panel": put off until then.
LATER_MEETING_RE = re.compile(r"\b(?:at|to|until)\s+(?:the|a|its)\s+(?:next|future|later|subsequent)\s+meeting\b", re.I)
# "the hall hire charges be discussed at the next meeting": the resolution puts the matter off.
PUT_OFF_RE = re.compile(r"\bbe\s+(?:further\s+)?(?:considered|discussed|debated|revisited|reviewed|brought\s+back)\b", re.I)
RECORDED_RE = re.compile(r"\b(?:was|were|is|are)\s+(\w+)(?:\s*,?\s+and\s+(\w+))?\b", re.I)


# "be asked to identify", "are instructed, with the ward members, to begin": what the one asked is to do.
TO_OR_AS_RE = re.compile(r"(?:\s*,[^,;]{1,80},)?\s+(?:to|as)\s+\w")


def _recorded(part: str) -> re.Match | None:
    """Minutes may word a resolution as done ("RESOLVED that the work programme was noted",
    "That the performance information is reviewed and noted"): read only when a verb records
    a decision."""
    match = RECORDED_RE.search(part)
    return match if match and any(v and v.lower() in PAST for v in match.groups()) else None


def resolution_parts(text: str) -> list[str]:
    """"That Cabinet agree A; and that delegated authority be given to B": one resolution per
    "that" part with a verb of its own; "agree that A and that B" stays one, and so does
    "the minutes were a correct record and that they be signed", whose "they" points back."""
    cuts = _own_cuts(text)
    parts, start = [], 0
    for cut in cuts:
        if SUBJUNCTIVE_RE.search(text[cut.end():_next_cut(cuts, cut, len(text))]):
            parts.append(text[start:cut.start()])
            start = cut.end()
    return parts + [text[start:]]


def _own_cuts(text: str) -> list[re.Match]:
    """The "and that" cuts before a part with a subject of its own: not "... and that they be
    signed", whose "they" points back to the part before."""
    return [m for m in AND_THAT_RE.finditer(text) if not re.match(r"(?:they|it|these|this)\b", text[m.end():], re.I)]


def _split_at_own_cuts(text: str) -> list[str]:
    cuts = _own_cuts(text)
    starts = [0, *(m.end() for m in cuts)]
    ends = [*(m.start() for m in cuts), len(text)]
    return [text[start:end] for start, end in zip(starts, ends)]


def _next_cut(cuts: list[re.Match], cut: re.Match, end: int) -> int:
    later = [c.start() for c in cuts if c.start() > cut.start()]
    return later[0] if later else end


def subjunctive_clauses(text: str) -> list[Clause]:
    """The resolutions in passive subjunctive words ("the strategy be approved"), one per
    "that" part."""
    parts = _split_at_own_cuts(CONDITIONS_FIRST_RE.sub("", LEADING_THAT_RE.sub("", SPACED_LABEL_RE.sub("", text))))
    return [c for part in parts for c in map(_resolution, _own_subjects(part)) if c is not None]


def _resolution(part: str) -> Clause | None:
    """"approval be given to the terms of the licence": the terms are approved; else the
    resolution its "be" states."""
    given = APPROVAL_BE_GIVEN_RE.match(part)
    if given:
        return Clause("approved", trim_subject(part[given.end():]), 0, len(part), None, "recommended")
    return _subjunctive(part)


def _own_subjects(part: str) -> list[str]:
    """"the officers be thanked for their work and the revised target be approved": two
    resolutions, each with its own subject and "be"; "the plan and the budget be approved"
    stays one."""
    for match in AND_SUBJECT_RE.finditer(part):
        if SUBJUNCTIVE_RE.search(part[:match.start()]):
            return [part[:match.start()], *_own_subjects(part[match.end():])]
    return [part]


def _resolving_be(part: str) -> re.Match | None:
    """The "be" that resolves: "the extra cost that will be funded from reserves be noted" is
    noted; "will be funded" and "to be presented" tell what is to happen to it. Of two, the one
    with a decision's verb: "a larger bin be purchased for the park, at £400, be approved"."""
    found = [m for m in SUBJUNCTIVE_RE.finditer(part)
             if _preceding_word(part, m.start()) not in {"will", "would", "shall", "may", "might",
                                                         "could", "can", "must", "to"}]
    decided = [m for m in found if m.group(1).lower() in RESOLVED_PAST]
    return (decided or found or [None])[0]


def _subjunctive(part: str) -> Clause | None:
    """What a "that ... be ..." resolution decides: its set forms first (minutes confirmed, a report
    asked back, delegation, the public excluded, "it be agreed that ..."), then its resolving "be"."""
    confirmed = MINUTES_CONFIRMED_RE.match(part)
    if confirmed:  # "the minutes of the meeting on 3 May were a correct record and that they be signed"
        return Clause("approved", trim_subject(confirmed.group("minutes")), 0, len(part), None, "recommended")
    if _no_decision(part):
        return None
    return _set_form(part) or _resolving_clause(part)


def _no_decision(part: str) -> bool:
    """A resolution that decides nothing: a courtesy ("the officers be thanked for their work"),
    the meeting's attendance ("the apologies be accepted") or the matter put off ("the hall
    hire charges be discussed at the next meeting")."""
    put_off = PUT_OFF_RE.search(part) and LATER_MEETING_RE.search(part)
    return bool(THANKS_RE.search(part) or APOLOGIES_RE.search(part) or put_off)


def _set_form(part: str) -> Clause | None:
    """A resolution in one of the set forms: "a progress report be submitted to ..." (asked for),
    "delegated authority be given to ...", "the public be excluded ...", "it be agreed that ..."."""
    if REPORT_BACK_RE.search(part):  # "a progress report be submitted to ...": asked for
        return Clause("requested", trim_subject(part), 0, len(part), None, "recommended")
    delegated = DELEGATION_RE.match(part)
    if delegated:
        return Clause("agreed", trim_subject("delegated authority " + part[delegated.end():]), 0, len(part),
                      None, "recommended")
    if EXCLUSION_RE.search(part):  # the standing resolution that closes the meeting to the public
        return Clause("resolved", trim_subject(part), 0, len(part), None, "recommended")
    impersonal = IMPERSONAL_RE.match(part)
    if impersonal and impersonal.group(1).lower() in PAST:  # "it be agreed that £20,000 be allocated ..."
        return Clause(PAST[impersonal.group(1).lower()], trim_subject(part[impersonal.end():]), 0, len(part),
                      None, "recommended")
    return None


def _resolving_clause(part: str) -> Clause | None:
    """What the resolving "be" decides: "the Director be asked to identify funding" (requested),
    "the revised policy be approved" (approved), "the grant be reviewed after a year" (agreed)."""
    match = _resolving_be(part) or _recorded(part)
    if match is None:
        return None
    actions = [RESOLVED_PAST[v.lower()] for v in match.groups() if v and v.lower() in RESOLVED_PAST]
    actions = actions or ["requested" for v in match.groups() if v and v.lower() in STUDIED]
    if CORRECT_RECORD_RE.search(part[match.start():]):  # minutes "confirmed as a correct record"
        actions = ["approved"]
    if not actions:  # "the grant be reviewed after twelve months": what was agreed to happen
        return Clause("agreed", trim_subject(part), 0, len(part), None, "recommended")
    # "the Director be asked to identify funding": who is asked and what to do; "£15.0m be
    # approved as the net budget requirement": what the figure is approved as
    after = part[match.end():]
    before = re.sub(r"\s+(?:should|shall|must)\s*$", "", part[:match.start()], flags=re.I)  # "... should be APPROVED"
    subject = trim_subject(before.rstrip() + after if TO_OR_AS_RE.match(after) else before)
    return Clause(actions[-1], subject, 0, len(part), None, "recommended") if subject else None
