"""Word what a target measures: the statement less its scaffolding.

A commitment is worded around the measured thing: a subject and a modal or aim ("We also aim
to", "The energy upgrade will help us"), a change verb ("reduce", "should fall"), a resolution
wrapper ("That the target to ... be endorsed"), figures, dates, labels and a comparison tail
("compared with 2008/09"). The blank spaCy pipeline has no parser, so the scaffolding is
recognised by rules over its usual wording; what is left is the measure.
"""
from __future__ import annotations

import re

from paper_miner.extract.common.vocabulary import YEAR_OR_SPAN_DASHED
from paper_miner.extract.targets.text import LABEL_BRACKET_RE
from paper_miner.extract.targets.values import Value

_DEADLINE_PHRASE_RE = re.compile(
    r"\b(?i:by|in|before|until|during|for|across|throughout)\s+(?i:no\s+later\s+than\s+)?(?i:(?:the\s+)?end\s+of\s+)?(?i:the\s+)?"
    r"(?:(?:[A-Z][a-z]+\.?)\s+)?(?:19|20)\d\d(?:[/-]\d\d)?\b"
    r"|\bbetween\s+(?:19|20)\d\d(?:/\d\d)?\s+and\s+(?:19|20)\d\d(?:/\d\d)?"
    r"|\bfrom\s+(?:the|a)\s+(?:19|20)\d\d(?:/\d\d)?\s+baseline(?:\s+of\s+[\d.,]+\s*\w*)?"
    r"|\b(?i:by)\s+(?i:the\s+end\s+of\s+)?[A-Z][a-z]+\.?(?=[\s,.]|$)",
)
# "compared with 2008/09", "against the 2007 baseline", "on 2005 levels": what a change is
# measured against, not what is measured.
_COMPARISON_RE = re.compile(
    r"\s+(?:compared\s+(?:with|to)|against|relative\s+to|on|from)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:(?:19|20)\d\d(?:/\d\d)?(?:\s+(?:levels?|baseline|figures?|position|outturn))?"
    r"|(?:baseline|levels?|outturn)\b)(?=\W*$|\s*[,;(])",
    re.IGNORECASE,
)
_WRAPPER_RE = re.compile(
    r"^that\s+(?P<inner>.+?)\s+(?:be|is|are|should\s+be)\s+(?:endorsed|approved|agreed|adopted|"
    r"noted|supported|accepted|confirmed|set|included)\b.*$", re.IGNORECASE)
# Reported speech before the statement: "Mr Hale confirmed that", "Members were told that",
# "The officer informed the Panel that".
_REPORTED_RE = re.compile(
    r"^[^;:]*?\b(?:said|noted|reported|explained|confirmed|stated|advised|added|highlighted|indicated"
    r"|emphasi[sz]ed|stressed|acknowledged|commented|heard|clarified|informed|(?:was|were)\s+(?:told|informed|advised))"
    r"(?:\s+(?:the\s+)?(?:members?|committee|cabinet|board|council|panel|meeting|him|her|them))?"
    r"\s+that\s+", re.IGNORECASE)
_LABEL_PREFIX_RE = re.compile(r"^(?:targets?|aims?|goals?|objectives?)\s*(?:[:–-]\s*|\s+(?=to\b))",
                              re.IGNORECASE)
# "The target for household recycling (in 2010/11) is", "RESOLVED that the target for void
# homes be set at": the measure, if any, follows "for";
# else it is what the figure counts ("The 2012/13 target is [2,400] homes").
_TARGET_FOR_RE = re.compile(
    r"^(?:(?:resolved|agreed)\s*:?\s+)?(?:that\s+)?(?:the|our|this|a)\s+(?:[\w/]+\s+)?(?:target|aim|goal)(?:\s+(?:for|on)\s+(?P<measure>.*?))?\s*"
    r"\b(?:(?:is|was|will\s+be|(?:(?:has|had)\s+been|was|is|are|be)\s+set\s+at)(?:\s+(?P<counted>.*))?)?$",
    re.IGNORECASE)
# "The target for this year is 4,500 starts", "the target for 2025/26 is 380 new homes": the
# target is for a period; what it counts follows the figure.
_PERIOD_ONLY_RE = re.compile(rf"^(?:(?:this|the|next|each|every)\s+(?:financial\s+)?(?:year|quarter|month)|{YEAR_OR_SPAN_DASHED})$",
                             re.IGNORECASE)
# "RESOLVED that ... the target change for HR4 [days lost to sickness] be approved": what the
# changed target measures follows "for", whatever wraps the change.
# "... on track to meet our goal of extending tree cover by [1.5 million] new trees": the goal's
# own words name what is measured.
_GOAL_OF_RE = re.compile(r"\b(?:target|ambition|goal|objective|commitment|pledge)\s+of\s+(?P<measure>[a-z]+ing\s.*)$",
                         re.IGNORECASE)
_TARGET_CHANGE_RE = re.compile(
    r"\btargets?\s+(?:change|revision|amendment)s?\s+(?:for|to|on)\s+(?P<measure>.+?)"
    r"(?:\s+(?:be|is|was|were|are)\s+(?:approved|agreed|endorsed|noted|adopted|accepted))?$", re.IGNORECASE)
# "Performance was 61% against a [target of 65%]": the subject is what is measured.
_AGAINST_TARGET_RE = re.compile(
    r"^(?P<subject>.+?)\s+(?:was|is|were|are|stood\s+at|reached)\s+[\d.,]+\s*%?\s+against\s+(?:(?:a|the|its)\s+)?target(?:\s+of)?$",
    re.IGNORECASE)
# Where a statement's clauses part: a clause apart from the figure's is scaffolding ("Members
# asked how ...; the service aimed to ...") or progress ("..., and 1,497 had been recorded").
# A resolution's next part ("..., and that a retention plan be reported in June") is another clause.
_CLAUSE_RE = re.compile(r";\s+|,\s+(?=(?:and|but|while|whilst|although|though|whereas)\s+[^;]*\d|and\s+that\s)",
                        re.IGNORECASE)
_CHANGE_VERBS = (
    r"increase[sd]?|reduce[sd]?|decrease[sd]?|improve[sd]?|raise[sd]?|lower(?:ed)?|cut|halve[sd]?"
    r"|double[sd]?|treble[sd]?|triple[sd]?|fall|rise|drop|decline|grow|narrow(?:ed)?|lift(?:ed)?"
    r"|fallen|risen|grown|boost(?:ed)?|expand(?:ed)?|minimi[sz]e[sd]?|maximi[sz]e[sd]?|(?:go|come|bring|drive)\s+(?:up|down)"
    r"|achieve[sd]?|reach(?:ed)?|deliver(?:ed)?|meet|met|maintain(?:ed)?|keep|kept|sustain(?:ed)?"
    r"|ensure|exceed(?:ed)?|hit|get|see|tackle"
    r"|(?:increas|reduc|decreas|improv|rais|lower|cutt|halv|doubl|achiev|deliver|maintain|sustain"
    r"|minimis|maximis|narrow|expand|boost|lift)ing"
)
# A subject's modal or aim before the change verb: "aims to", "will help us", "should".
_SCAFFOLD_RE = re.compile(
    r"\b(?:(?:aim(?:s|ed)?|aiming|plan(?:s|ned)?|planning|intend(?:s|ed)?|intending|seeks?|sought"
    r"|seeking|want(?:s|ed)?|hope[sd]?|expect(?:s|ed)?|propose[sd]?|pledge[sd]?|promise[sd]?|strives?"
    r"|commits?|(?:is|are|was|were)\s+(?:committed|expected|due|set|planned|going)|targets?|(?:target|aim|ambition|goal|objective|priority|commitment)\s+"
    r"(?:is|was|will\s+be))\s+to|will|shall|should|must|would|can|(?:is|are)\s+to)"
    r"(?:\s+(?:also|further|then|now|have|continue\s+to|help(?:\s+(?:us|partners|the\s+\w+))?(?:\s+to)?"
    r"|work(?:\s+with\s+(?:our\s+)?partners)?\s+to|seek\s+to|try\s+to|strive\s+to|need\s+to))*"
    rf"\s+(?:be\s+)?(?P<verb>{_CHANGE_VERBS})\b",
    re.IGNORECASE,
)
_FIRST_VERB_RE = re.compile(rf"\b(?:{_CHANGE_VERBS})\b", re.IGNORECASE)
# "Reduce agency spend, with every trust to deliver a minimum 30% reduction": a change restated
# after the comma is a change in what the opening verb acts on.
_OPENING_CHANGE_RE = re.compile(rf"^(?:{_CHANGE_VERBS})\s+(?P<measure>[^,;]{{3,}}?),", re.IGNORECASE)
# "Adult smoking prevalence to fall": the thing measured is the subject.
_SUBJECT_VERB_RE = re.compile(
    rf"^(?P<subject>.+?)\s+(?:to|is\s+to|are\s+to)\s+(?:be\s+)?(?:{_CHANGE_VERBS})"
    r"(?:\s+(?:further|significantly|steadily|substantially))?$", re.IGNORECASE)
# What the paper is doing for the aim, before the aim itself: "We are also supporting local
# businesses to help achieve a 40% cut in district emissions", "The council is working with
# landlords to deliver ...": the measure is the aim's object.
_EFFORT_FOR_AIM = (r"(?:we|the\s+council|our\s+\w+)\s+(?:are|is|will|have|has)\b[^.;,]*?\bto\s+(?:help\s+(?:to\s+)?)?"
                   r"(?=(?:achieve|deliver|reach|meet)\b)")
_LEAD_RE = re.compile(
    "^" + _EFFORT_FOR_AIM + r"|^(?:play\s+our\s+part(?:\s+as\s+a\s+partner)?(?:\s+to)?|work\s+with\s+(?:our\s+)?partners"
    r"(?:,[^,]*,)?\s+to|with\s+the\s+help\s+of\s+our\s+partners|we\s+will(?:\s+also)?"
    r"|we\s+(?:aim|plan|intend)\s+to|(?:our|the)\s+(?:[\w-]+\s+)?(?:targets|aims|goals|ambitions)(?:\s+for\s+\S+)?\s+are\s+to"
    r"|[^.;]*?\b(?:plan|aim|ambition|goal|vision)\s+(?:is\s+)?for(?=\s+(?:all|every)\b)"  # "the plan for every depot to ..."
    # "Our ambition is [for 90%] of enquiries to be resolved", "Our aim is that [75%] of residents ..."
    r"|(?:(?:our|the|its|their)\s+)?(?:[\w'’-]+\s+)?(?:aim|ambition|goal|objective|intention)\s+is(?:\s+(?:for|that))?|that"
    r"|it\s+was\s+(?:agreed|resolved|decided)\s+that|(?:the\s+)?(?:council|board|committee|authority|partnership|trust)\s+(?:should|will|would|must)"
    r"\s+(?:aim|seek|plan|try)\s+to|to|and"
    r"|help(?:\s+districts)?(?:\s+to)?|districts(?:\s+to)?|overall|additionally|in\s+addition|also)\b[\s,]*",
    re.IGNORECASE,
)
_VERB_RE = re.compile(
    r"^(?:(?:achieve|ensure|deliver|implement|embed|meet|facilitate|increase|reduce|improve|adopt|"
    r"publish|introduce|develop|establish|launch|open|provide|produce|secure|build|lift|expand|"
    r"narrow|restrict|minimise|maximise|maintain|keep|raise|lower|cut|complete|have|halve|double|"
    r"change|revise|amend|"
    r"(?:bring|drive|push)(?:\s+down)?|get|hold)\s+(?:and\s+)?)+"
    r"(?:(?:an?\s+)?(?:annual\s+)?(?:increase|reduction|decrease|improvement)\s+(?:in|of)\s+)?"
    r"(?:that\s+)?",
    re.IGNORECASE,
)
# "- with the help of our partners"; "..., with a further ambition of ...": a second aim (or the
# figure's own label) after what is measured.
_TAIL_RE = re.compile(r"\s*[-–]\s*with\s+the\s+help\s+of\s+our\s+partners.*$"
                      r"|,?\s+with\s+an?\s+(?:[\w-]+\s+)?(?:target|ambition|aim|goal)\b.*$", re.IGNORECASE)
# A change restated after the figure: "2,700 burglaries, a reduction of 7%".
_APPOSITIVE_CHANGE_RE = re.compile(
    r",\s*(?:an?\s+)?(?:[\d.]+\s?%\s+)?(?:reduction|increase|decrease|cut|rise|improvement|fall)"
    r"(?:\s+of\s+[\d.]+\s?%)?(?=\W*$|\s*[,;(])", re.IGNORECASE)
_STRIP = " ,.;:-–"


# "reduced by at least 1.5% to the rate it was in 2018 (4,556 ...)": a change on the way to the
# level read as the target, no part of what is measured.
_CHANGE_ON_THE_WAY_RE = re.compile(
    r"\s+by\s+(?:at\s+least\s+|at\s+most\s+|around\s+|about\s+)?[\d.]+\s?(?:%|per\s?cent\b|percentage\s+points?\b)",
    re.IGNORECASE)


def _bare(text: str, value: Value | None) -> str:
    """The statement without its figures, labels, dates and comparison tail."""
    if value is not None:
        after = text[value.end:]
        if "(" in text[value.start:value.end]:
            after = re.sub(r"^([^()]*?)\)", r"\1", after)  # a bracketed figure takes its closing bracket
        before = text[:value.start]
        if re.match(r"\s*of\b", after):  # "find homes for [at least 70%] of applicants"
            before = re.sub(r"\s+(?:for|in|at|with)\s*$", "", before)
        text = f"{before} {after}"
        if value.slot != "by_change":
            text = _CHANGE_ON_THE_WAY_RE.sub("", text)
    text = LABEL_BRACKET_RE.sub(" ", text)
    text = _DEADLINE_PHRASE_RE.sub(" ", text)
    text = _TAIL_RE.sub("", text)
    text = _APPOSITIVE_CHANGE_RE.sub("", text)
    text = re.sub(r"\s+or\s+(?:below|less|lower|more|above|higher|fewer)\b|\(\s*\)", " ", text)
    text = re.sub(r"\bwith\s+(?=of\b)", "", text)  # "..., with [a minimum of 78%] of patients seen"
    text = re.sub(r"\s+", " ", text).strip(_STRIP)
    return _COMPARISON_RE.sub("", text).strip(_STRIP)


def _unscaffold(text: str) -> str:
    """Drop the subject, modal and change verb around the measured thing."""
    text = _REPORTED_RE.sub("", text)
    wrapped = _WRAPPER_RE.match(text)
    text = wrapped.group("inner") if wrapped else text
    text = _LABEL_PREFIX_RE.sub("", text)
    goal = _GOAL_OF_RE.search(text)
    if goal:
        return goal.group("measure")
    changed = _TARGET_CHANGE_RE.search(text)
    if changed:
        return changed.group("measure")
    target_for = _TARGET_FOR_RE.match(text)
    if target_for:
        measure = target_for.group("measure")
        return (measure if measure and not _PERIOD_ONLY_RE.match(measure) else None) or target_for.group("counted") or ""
    against = _AGAINST_TARGET_RE.match(text)
    if against:
        return against.group("subject")
    scaffold = _SCAFFOLD_RE.search(text)
    first_verb = _FIRST_VERB_RE.search(text)
    # A verb before the scaffold means the scaffold sits inside the measure
    # ("Increase the number of pupils who will achieve ...").
    if scaffold is None or (first_verb and first_verb.start() < scaffold.start("verb")):
        subject_first = _SUBJECT_VERB_RE.match(text)
        return subject_first.group("subject") if subject_first else text
    rest = text[scaffold.end():].strip(_STRIP)
    # "Life expectancy will rise for women": the group the change is for belongs to the measure.
    if re.match(r"for\s+(?!the\b|all\b|each\b|every\b)\w", rest, re.IGNORECASE):
        return f"{text[:scaffold.start()].rstrip()} {rest}"
    # "... will have fallen across the county": what follows the verb is where, not what.
    if re.search(r"[A-Za-z]{3}", re.sub(r"^(?:by|to|from|at|further)\b", "", rest)) and not re.match(
            r"(?:across|in|among|within|throughout|for|at)\b", rest, re.IGNORECASE):
        return rest
    return text[:scaffold.start()]  # "Repeat incidents ... should fall": the subject is measured


def value_clause(text: str, value: Value | None) -> tuple[str, Value | None]:
    """The clause holding the figure, and the figure's span within it."""
    if value is None:
        return text, value
    start, end = 0, len(text)
    for cut in _CLAUSE_RE.finditer(text):
        if cut.end() <= value.start:
            start = cut.end()
        elif cut.start() >= value.end:
            end = min(end, cut.start())
    shifted = value.model_copy(update={"start": value.start - start, "end": value.end - start})
    return text[start:end], shifted


# "the short term sickness absence target of no more than [3.5 days] per employee per year":
# a named target on a rate, its name before "target of", what it counts per after the figure.
_TARGET_OF_FIGURE_RE = re.compile(
    r"(?:^|\b(?:the|our|its|their|an?)\s+)(?P<name>(?:(?!(?:the|our|its|their|an?)\s)[\w()/-]+\s+){0,6}?)targets?\s+of\s+"
    r"(?:(?:no|not)\s+(?:more|less|fewer)\s+than\s+|at\s+(?:least|most)\s+|up\s+to\s+)?$", re.IGNORECASE)
_PER_RE = re.compile(r"^(?:\s+per\s+(?:[\w()]+\s?){1,5}?)+(?=\s*(?:$|[,.;]|(?:was|were|is|are|has|had|have|will|would)\b))",
                     re.IGNORECASE)


def _named_rate(text: str, value: Value | None) -> str | None:
    """What a named target on a rate measures: its name, the figure's unit and what it is per
    ("the staff absence target of no more than 6.5 days per officer per annum was met again" ->
    "staff absence days per officer per annum")."""
    if value is None or value.slot != "target_is":
        return None
    named, per = _TARGET_OF_FIGURE_RE.search(text[:value.start]), _PER_RE.match(text[value.end:])
    if named is None or per is None:
        return None
    unit = re.sub(r"^[£\d.,\s]+", "", text[value.start:value.end])
    return " ".join(f"{named.group('name')} {unit} {per.group(0)}".split())


# "The Council set a new target of 800 volunteers": who set it, then what the figure counts.
_SET_TARGET_OF_RE = re.compile(r"^\W*(?:we|the\s+council|council|the\s+board|it)\s+(?:have\s+|has\s+|had\s+)?(?:set|agreed|adopted)"
                               r"\s+(?:(?:an?|the|its|our|a\s+new)\s+)?(?:[a-z]+\s+)?targets?\s+of\s+[<>≤≥]?\s*£?\d[\d,.]*\s?%?\s+"
                               r"(?P<measured>[a-z][a-z\s'’-]{2,60}?)\s*(?:$|[,.;(]|\s(?:by|in|for|from|to)\b)", re.IGNORECASE)
# "a target for minor adaptations of 20 days": the target names what it measures before its figure.
_TARGET_FOR_THING_RE = re.compile(r"\btargets?\s+for\s+(?P<measured>(?:(?!\b(?:19|20)\d\d)[^.;:\d]){3,60}?)\s+of\s+[<>≤≥]?\s*£?\d",
                            re.IGNORECASE)


# "Complaint handling: 31.8% (down from 42.9%) – our target was 55%": the measure labels its
# result, and the target follows it.
_LABELLED_RESULT_RE = re.compile(r"^\W*(?!(?:targets?|aims?|goals?|standards?|actual|ambitions?)\b)"
                                 r"(?P<measured>[A-Z][^:;.\d]{2,80}?):\s+[<>≤≥]?\s*£?\d", re.IGNORECASE)


def measure_of(text: str, value: Value | None) -> str:
    """What a statement measures: the statement less its scaffolding, figures, dates and labels;
    what a target is "for" where the statement says so ("a target for minor adaptations of 20 days"),
    or what a target someone set counts ("The Council set a new target of 800 volunteers")."""
    named_rate = _named_rate(text, value) or _things_to_add(text, value)
    if named_rate:
        return named_rate
    named = (_TARGET_FOR_THING_RE.search(text) or _SET_TARGET_OF_RE.match(text) or _LABELLED_RESULT_RE.match(text)) \
        if value is not None and value.slot == "target_is" else None
    if named:
        return named.group("measured").strip()
    opening = _OPENING_CHANGE_RE.match(text)
    if value is not None and value.slot == "change_phrase" and opening and opening.end() <= value.start:
        text, value = opening.group("measure"), None
    text = _unscaffold(_bare(*value_clause(text, value))).strip(_STRIP)
    previous = None
    while previous != text:
        previous = text
        text = _LEAD_RE.sub("", text)
        text = _VERB_RE.sub("", text).strip(_STRIP)
    # "(35%) of the total spend"; not the "A" of "A&E waiting times"; the bound a figure was
    # given ("fewer than 50 missed collections" -> "missed collections"); the verb before a place
    # in a league table ("be in the top 10 councils for recycling")
    text = re.sub(r"^(?:(?:the|a|an|of|our|this|(?:no\s+)?(?:fewer|less|more|greater)\s+than|at\s+(?:least|most))(?:\s+|$))+",
                  "", _RANK_VERB_RE.sub("", text), flags=re.IGNORECASE)
    text = re.sub(r"\s+(?:at|above|below|under|over|of|to|from|is|are|(?:will|should|must)\s+be"
                  r"|(?:(?:which|that)\s+)?(?:is|are)\s+measured)$", "", text, flags=re.IGNORECASE)  # "... calls are measured [against]"
    text = _LABEL_OF_RE.sub("", text)  # "Victim satisfaction: [at least 70%] of victims satisfied ..."
    return re.sub(r"\s+([,.;)])", r"\1", text).strip(_STRIP)


_RANK_VERB_RE = re.compile(r"^(?:be|remain|stay)\s+(?:firmly\s+)?(?:established\s+|ranked\s+|placed\s+)?"
                           r"(?=(?:in|into|within|among|amongst)\s+the\s+top\s+\d)", re.IGNORECASE)


# A plan's measure labelled before its level: "Reliability: 95% of services running on time": what
# the share is of names it, the label only heads it.
_LABEL_OF_RE = re.compile(r"^[A-Z][\w'’ -]{2,40}:\s+of\s+(?=\S+\s+\S+)")


# "plan ... to hire 40 more nurses, ...": the verb before the count and the things after it.
_ADDED_THINGS_RE = re.compile(r"(?P<things>(?:more|additional|extra)\s+[^.;,(]+?)(?=\s+(?:by|in|within|before|during|over"
                              r"|from|each|every|per)\b|[.;,(]|$)", re.IGNORECASE)
# "The fund's 20 schemes will deliver 7,000 new jobs", "We aim to deliver 150 new homes by 2026": the
# things after the count name it; who delivers them is no part of the name.
_DELIVERED_THINGS_RE = re.compile(r"(?P<things>[^.;,(]+?)(?=\s+(?:by|in|within|before|during|over|from|each|every|per)\b"
                                  r"|[.;,(]|$)", re.IGNORECASE)
_VERB_BEFORE_COUNT_RE = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:a\s+further\s+|an\s+(?:additional|extra)\s+|at\s+least\s+)?\S+\s*$",
                                   re.IGNORECASE)


def _things_to_add(text: str, value: Value | None) -> str | None:
    """A plan's count of things to add, named by the things and what is to be done with them:
    "a plan agreed with the trust to hire 40 more nurses" -> "more nurses to hire"; none of the
    lead-in ("The review of the budget produced a plan") is part of the name."""
    if value is None or value.slot != "aim_count":
        return None
    things = _ADDED_THINGS_RE.match(text, value.end)
    verb = _VERB_BEFORE_COUNT_RE.search(text[value.start:value.end])
    if things is None:
        delivered = _DELIVERED_THINGS_RE.match(text, value.end)
        return delivered.group("things").strip() if delivered else None
    doing = verb.group("verb").lower() if verb else ""
    return f"{things.group('things').strip()} to {doing}" if doing and not doing.endswith("ing") else things.group("things").strip()


# What cannot open the name of a quantity: a sentence adverb ("Unfortunately this was short of
# our target"), a conjunction or comparison left by a cut ("and we achieved 4% overall", "less
# than ..."), a pronoun or "there" as subject ("there had been an increase in ..."; "this
# was ...").
_NOT_A_NAME_OPENING_RE = re.compile(
    r"^(?:unfortunately|fortunately|however|therefore|consequently|regrettably|disappointingly"
    r"|encouragingly|nevertheless|nonetheless|thus|hence|meanwhile|moreover|furthermore"
    r"|and|but|or|so|because|although|though|whilst|while|which|than|(?:less|more|fewer|greater)\s+than"
    r"|based\s+on|due\s+to|owing\s+to|in\s+order\s+to"
    r"|there|be|been|being|(?:this|that|it|these|those|we|they|he|she)\s+(?:is|was|were|are|had|has|have|did|achieved))\b",
    re.IGNORECASE)
# A clause with its own subject and past verb inside the measure: "... there had been a rise",
# "... and we achieved ...", someone speaking ("Cllr Noor reiterated the wish to ...", "National
# guidance states that ..."): narration, not a name. (Not "said", "informed" or "responded",
# which name quantities too: "residents who said they feel informed", "calls responded to".)
_NARRATED_CLAUSE_RE = re.compile(
    r"\bthere\s+(?:had|has|have)\s+been\b|\bwe\s+(?:achieved|reached|met|had)\b"
    r"|\b(?:reiterated|clarified|explained|commented|remarked)\b"
    r"|\b(?:states?|stated|says)\s+that\b", re.IGNORECASE)
# A second target stated inside the measure: "Target is 82% The percentage of abandoned calls"
# is the next indicator's row run on, not a name (a target named by who set it, "National
# target of 85% ...", may still be what is measured against).
_SECOND_TARGET_RE = re.compile(r"\btargets?\s+(?:is|are)\s+£?\d", re.IGNORECASE)


def names_a_quantity(measure: str) -> bool:
    """Whether a measure reads as the name of a quantity ("percentage of calls answered within
    20 seconds", "average days lost per employee"), not a fragment of the sentence around it
    ("Sadly this fell short of the usual target", "there had been a rise in complaints",
    "Target is 90% The share of missed collections")."""
    return not (_NOT_A_NAME_OPENING_RE.match(measure) or _NARRATED_CLAUSE_RE.search(measure)
                or _SECOND_TARGET_RE.search(measure) or _REPORTED_RE.match(measure))
