"""Statements and the targets they state, shared by every source layout.

A ``Statement`` is one candidate: an item of a target column (a commitment whatever its
wording) or a sentence of running text (a commitment only when it commits to a figure,
"reduce ... to 0.15% by March 2011", or names an indicator with a commitment; an indicator a
project merely "contributes to" is not a target, nor is a result already achieved, "last year
we achieved 72%", commentary on a quarter just ended, "Quarter 3 saw 1,530 people supported, an
increase of 4% on the same period", an effect that "could increase costs by 10%", or a rise in
council tax or rents, which is a budget decision). Minutes name a target ("The target for 2011/12 was 1,850 quitters") after a
sentence reporting last year's figure, which becomes its baseline (see ``baseline``).
"""
from __future__ import annotations

import re

from pydantic import BaseModel

from paper_miner.extract.common.parse import find_dates, parse_deadline
from paper_miner.extract.targets.baseline import counts_an_output, earlier_figure
from paper_miner.extract.targets.codes import find_codes, indicator_of, split_label
from paper_miner.extract.targets.measure import measure_of, names_a_quantity, value_clause
from paper_miner.extract.targets.net_zero import net_zero_aims, without_net_zero
from paper_miner.extract.targets.patterns import (
    NATIONAL_AIM_RE,
    direction,
    has_commitment,
    is_past_report,
    narrates_progress,
    opens_with_plan_verb,
    sets_a_limit,
    sets_a_price,
)
from paper_miner.extract.targets.reports import reported_target, reports_on_target
from paper_miner.extract.targets.text import TRAJECTORY_WORDS, clean, lead_in_subject, split_pairs
from paper_miner.extract.targets.values import (
    CLOCK_TIME_RE,
    Value,
    amount_of,
    find_values,
    quantities,
    read_value,
    unit_of,
)
from paper_miner.models import Rag, Target

# Words before an indicator code that make it a reference, not a commitment.
_REFERENCE_RE = re.compile(
    r"\b(?:contribut\w*|such\s+as|requirements\s+of|relating\s+to|delivery\s+plan)\b[^.;]{0,60}$",
    re.IGNORECASE)
# An aim word, or a verb that takes the figure as its object ("achieve a 90% rate", "maintain
# invoices paid on time at 98%"; not "To achieve this we fund 50% of ..."), or an aim stated as
# what is to be so ("Our ambition is for 90% of enquiries to be resolved at first contact").
_AIM_RE = re.compile(r"\b(?:ensure|aims?\s+to|aiming\s+to|(?<!\bno\s)targets?(?!\s+(?:set|agreed)\b))\b"
                     r"|\b(?:aim|ambition|goal|objective|intention)\s+is\s+(?:for|that)\b"
                     r"|\b(?:achieve|reach|attain|maintain|keep)\s+(?!this\b|that\b|it\b)[^.,;\d]{0,60}\d",
                     re.IGNORECASE)
# "Milestones delivered at 100% of target", "95% of target": how far a target was met, a rating
# band or a result, never a target itself.
OF_TARGET_RE = re.compile(r"\s*of\s+(?:the\s+|its\s+|their\s+)?(?:annual\s+)?targets?(?=\s*(?:$|[.,;:)])|\s+(?:in|for|by|at|during)\b)",
                           re.IGNORECASE)
# "40% of homes will be insulated by 2012", "no more than 5% should ...": a share as an aim.
_WILL_RE = re.compile(r"\b(?:will|should|must|shall)\b", re.IGNORECASE)
_DUE_OR_BOUND_RE = re.compile(r"\bby\s+(?:(?:the\s+)?end\s+of\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d"
                              r"|\bin\s+[A-Z][a-z]+\.?\s+(?:19|20)\d\d"
                              r"|\b(?:at\s+least|at\s+most|no\s+more\s+than|no\s+less\s+than"
                              r"|a\s+(?:minimum|maximum)\s+of)\b"
                              # "93% of referrals should be seen within 14 days": a share kept to a time limit
                              r"|\b(?:within|less\s+than)\s+(?:\d+|[a-z]+)\s+(?:working\s+)?(?:days?|weeks?|hours?|minutes?)\b",
                              re.IGNORECASE)
_TARGET_FOR_YEAR_RE = re.compile(r"\b(?:target|aim)\s+for\s+((?:19|20)\d\d(?:/\d\d)?)"
                                 r"|\b((?:19|20)\d\d(?:/\d\d)?)\s+(?:target|aim)\b", re.IGNORECASE)
_BASELINE_PERIOD_RE = re.compile(
    r"(?P<figure>\b(?:from|level\s+of)\s+(?:the\s+|a\s+)?£?\d[\d,.]*\s?(?:%|per\s?cent)?)\s*"
    r"(?:\(\s*|\b(?:in|at|during|for)\s+)(?:19|20)\d\d(?:[/-]\d\d)?\)?", re.IGNORECASE)
_BRACKETED_BASELINE_RE = re.compile(
    r"\(\s*(?:[A-Z][a-z]+\.?\s+)?(?:19|20)?\d\d(?:/\d\d)?\s*[:,]\s*(?:[A-Z][\w&]*\s+){0,3}"
    r"(?P<figure>\d[\d,]*(?:\.\d+)?\s?%?)\s*\)")
# "to the level it was in 2019": when the level was last seen, not when it is due.
# "against the November 2024 baseline", "on 2019 levels": when the start was measured.
_LEVEL_THEN_RE = re.compile(r"\b(?:level|rate)\s+it\s+was\s+in\s+(?:19|20)\d\d(?:/\d\d)?"
                            r"|\b(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d(?:/\d\d)?\s+(?:baseline|levels?)\b", re.IGNORECASE)
# "This is above the target of 18.", "Unfortunately this was short of our regular target of 80%."
_POINTS_BACK_RE = re.compile(r"^(?:(?:unfortunately|however|sadly|regrettably|disappointingly|encouragingly|again)"
                             r",?\s+)?(?:this|that|it|which)\s+(?:is|was|remains|remained)\b", re.IGNORECASE)
_REVISION_RE = re.compile(
    r"\btargets?\s+(?:change|revision|amendment)\b"
    r"|\b(?:chang|revis|amend|reset)\w*\s+(?:the\s+|this\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,3}?targets?\b"
    r"|\btargets?\s+(?:be|is|was|has\s+been)\s+(?:changed|revised|amended|reset)\b", re.IGNORECASE)
# A target given its own due year is stated, not only measured against: "exceeds the national
# target to recycle 50% of household waste by the end of 2020", "to meet the 65% target by 2035".
_DATED_TARGET_RE = re.compile(r"\btargets?\b[^.;]{0,80}?\bby\s+(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d\b",
                              re.IGNORECASE)
# A target set by another body names the measure from there on: "... will show an improvement
# towards the national target of 50% recycling" is about "national target of ... recycling".
_NAMED_TARGET_RE = re.compile(r"\b(?:national|government|statutory)\s+targets?\b.*", re.IGNORECASE)
# A measure that is only the word for a target ("meet the 65% target by 2035") names nothing.
# "the target", "Target missed: our target": a goal's word alone, naming no measure.
_BARE_GOAL_RE = re.compile(r"(?:target\s+(?:not\s+)?(?:met|achieved|reached|missed|exceeded)\s*[-–—:]\s*)?"
                           r"(?:the\s+|our\s+)?(?:targets?|aims?)", re.IGNORECASE)
_ALL_BY_RE = re.compile(r"\b(?:ensure\s+(?:that\s+)?|(?:plan|aim|ambition|goal|vision)\s+(?:is\s+)?for\s+)(?:all|every)\b.*\bby\s+\w+",
                        re.IGNORECASE)

class Statement(BaseModel):
    """A candidate target: one item or sentence, where it was printed and what frames it."""

    text: str
    page: int
    committed: bool  # printed in a target column: a commitment whatever its wording
    lead_in: str = ""
    deadline_hint: str | None = None
    context: str = ""  # what a statement that names no measure is about ("The target is 85%")
    previous: str = ""  # the sentence before, in the same paragraph: it may report the baseline
    listed: bool = False  # a bullet or numbered item: a plan's list of outcomes
    in_table: bool = False  # a cell of a table without a target column (an action plan's action)
    latest: str = ""  # the figure printed after a bare target line ("Target is 90%" over "93%")
    rating: Rag | None = None  # the rating printed under it ("Status: Amber")


def _only_clock_times(text: str) -> bool:
    """Whether every figure a sentence prints is a time of day ("the panel will sit from 6.30pm to
    9pm"): when a meeting sits, not a level to reach."""
    return bool(CLOCK_TIME_RE.search(text)) and not re.search(r"\d", CLOCK_TIME_RE.sub(" ", text))


def _labels(text: str, at: int) -> bool:
    return text.rfind("(", 0, at) > text.rfind(")", 0, at)


def qualifies(text: str, listed: bool = False, in_table: bool = False) -> bool:
    """Whether a sentence outside a target column states a target (a bullet, if ``listed``; a
    cell of a table without a target column, if ``in_table``)."""
    values = find_values(text)
    # Progress after a named target ("..., and 1,497 had been recorded so far") is not a result
    # that replaces it.
    if is_past_report(_target_clause(text, values[0].end) if values and values[0].slot == "target_is" else text):
        return False
    if narrates_progress(text) or sets_a_price(text) or sets_a_limit(text) or _only_clock_times(text):
        return False
    if values and all(OF_TARGET_RE.match(text, v.end) for v in values):
        return False  # "Milestones delivered at 100% of target": a band of how far targets were met
    indicators = [(c.code, c.start, c.end) for c in find_codes(text)]
    strong = bool(values) and values[0].strong
    if indicators:
        if _REFERENCE_RE.search(text[:indicators[0][1]]) and not strong:
            return False
        # Without a figure, the code must label the statement: "... cleanliness. (NI 195)".
        return bool(values) or (_labels(text, indicators[0][1]) and has_commitment(text))
    if strong:  # a time standard calls are "measured against" is a target in its own words
        return has_commitment(text) or values[0].slot == "standard_time"
    if values and (_plan_imperative(text, values[0]) or (listed and _outcome_bullet(text, values[0]))
                   or not in_table and _counted_imperative(text, values[0])):
        return True
    if values and values[0].slot == "share":
        return bool(_AIM_RE.search(text) or (_WILL_RE.search(text) and _DUE_OR_BOUND_RE.search(text)))
    planned = _PLANNED_MORE_RE.search(text)
    return bool(_ALL_BY_RE.search(text) or planned and not NATIONAL_AIM_RE.search(text[:planned.end()]))


# "a plan agreed with the trust to hire 40 more nurses", "our pledge to build 1,000 new council homes":
# a plan, pledge or aim to add a number of things, dated or not.
_PLANNED_MORE_RE = re.compile(
    r"\b(?:plans?|pledges?|commitments?|aims?|ambitions?|promises?)\b[^.;]{0,60}?\bto\s+(?:recruit|build|deliver"
    r"|create|provide|plant|hire|employ|train|open)\s+(?:at\s+least\s+)?\d[\d,]*\s+(?:more|additional|extra|new)\b",
    re.IGNORECASE)


# Where reported speech parts its clauses: "... reported that the figures had improved and
# that the sickness target of 3.5 days was being achieved"; where a result is set apart from the
# target after it: "Repairs: 71% (down from 74% last quarter) – our target was 80%".
_THAT_CLAUSE_RE = re.compile(r"\b(?:and|but)\s+that\s+|\s[–—-]\s+|;\s+", re.IGNORECASE)


def _target_clause(text: str, end: int) -> str:
    """The words up to a named target's figure, from the start of its own "and that" clause:
    results reported in the clause before ("the figures had improved") are not about it."""
    starts = [m.end() for m in _THAT_CLAUSE_RE.finditer(text, 0, end)]
    return text[starts[-1] if starts else 0:end]


def _plan_imperative(text: str, value: Value) -> bool:
    """A plan's imperative with a figure and a date or floor: "Plant at least 5,000 trees by
    2030", "Bring 150 empty homes back into use in 2026/27"; not spending ("Provide £2m ...")."""
    due = _DUE_OR_BOUND_RE.search(text) or parse_deadline(text)
    return opens_with_plan_verb(text) and value.slot != "money" and bool(due)


def _counted_imperative(text: str, value: Value) -> bool:
    """A plan's imperative to reach a number of things, dated or not: "Create 4,000 new
    apprenticeships", "Achieve 7,500 paid swim memberships"; not a rate's base ("Reduce fires
    per 100,000 population") or a sum of money. An action plan's row ("Plant 200 trees | Parks
    officer | November 2022") is an action with its date, read with its table."""
    counted = value.slot in ("count", "aim_count", "bound_count")
    return opens_with_plan_verb(text) and counted and not re.search(r"\bper\s+$", text[:value.start])


# A bullet that reports rather than plans: an auxiliary or an opening past verb ("Planted ...").
_REPORTING_BULLET_RE = re.compile(r"\b(?:was|were|has|have|had|is|are)\b|^[A-Z][a-z]+ed\b")
_BY_YEAR_RE = re.compile(r"\bby\s+(?:(?:the\s+)?end\s+of\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d", re.IGNORECASE)


def _outcome_bullet(text: str, value: Value) -> bool:
    """A plan's bullet naming an outcome and its date, without a verb of its own: "100% of
    taxis low emission by 2027", "At least 25 new wildflower meadows sown by 2026"; not a
    report ("1,200 trees were planted by 2024")."""
    counted = value.slot == "share" or (value.slot in ("count", "bound_count") and re.search(r"\bat\s+least\b", text, re.I))
    return bool(counted) and bool(_BY_YEAR_RE.search(text)) and not _REPORTING_BULLET_RE.search(text)


def _from_named_target(measure: str) -> str:
    """A measure cut to the target another body set, where it names one ("Increasing this rate
    will show progress towards the national target of recycling" -> "national target of
    recycling")."""
    named = _NAMED_TARGET_RE.search(measure)
    return named.group(0) if named else measure


def _deadline(text: str) -> str | None:
    """The date a statement is due by; the year its baseline or a past level was measured in
    ("from 7.3% in 2020/21 to 5%", "back to the level of 18% in 2019", "to the level it was in
    2019") is not when it is due."""
    text = _LEVEL_THEN_RE.sub(" ", _BASELINE_PERIOD_RE.sub(r"\g<figure>", text))
    deadline = parse_deadline(text)
    if deadline:
        return deadline
    target_for = _TARGET_FOR_YEAR_RE.search(text)  # "The target for 2010/11 is 85%"
    if target_for:
        return parse_deadline(f"by {target_for.group(1) or target_for.group(2)}")
    months = [iso[:7] for iso, _, _ in find_dates(text) if len(iso) >= 7]
    return months[0] if months else None


def _baseline(text: str, value: Value | None) -> float | None:
    """The starting figure a statement gives, or else the one it brackets after its target
    with the period measured: "to at least 85% (2021/22: Eastmere 81.2%)", "(March 24, 57.9%)"."""
    if value is None or value.baseline is not None:
        return value.baseline if value else None
    bracket = _BRACKETED_BASELINE_RE.search(text, value.end)  # after the target, never before
    if bracket is None or unit_of(bracket.group("figure")) != value.unit:
        return None
    return amount_of(bracket.group("figure"))


_PREPOSITIONS = ("for", "at", "in", "among", "of", "by")


def _fragmentary(measure: str) -> bool:
    """"for Key Stage 2 pupils": a measure that only makes sense after its lead-in."""
    words = measure.split()
    return len(words) < 4 or words[0] in _PREPOSITIONS


def _whole_measure(measure: str, subject: str, first: str) -> str:
    """A measure that only makes sense after its lead-in, with the lead-in's subject; one that
    carries on the statement's first target ("... in the top 30 by 2027, and in the top 20 by
    2030", "52% this year, rising to 55% by 2028"), with that target's measure."""
    if not _fragmentary(measure):
        return measure
    if subject:
        return f"{subject} {measure}".strip()
    if not first or not measure:
        return measure
    carries_on = measure.split()[0].lower() in _PREPOSITIONS + TRAJECTORY_WORDS or len(re.findall(r"[A-Za-z]{3,}", measure)) < 2
    return f"{first} ({measure})" if carries_on else measure  # not "amber calls", a measure of its own


def targets_of(statement: Statement) -> list[Target]:
    """The targets a statement states; each net zero aim in it is one more (``net_zero``)."""
    aims = net_zero_aims(clean(statement.text), statement.page)
    if not aims:
        return _figure_targets(statement)
    rest = statement.model_copy(update={"text": without_net_zero(clean(statement.text))})
    return [*aims, *_figure_targets(rest)]


def _figure_targets(statement: Statement) -> list[Target]:
    text = clean(statement.text)
    if text and not statement.committed and reports_on_target(text) and not _DATED_TARGET_RE.search(text):
        return _reported(statement, text)
    if not text or (not statement.committed and not qualifies(text, statement.listed, statement.in_table)):
        return []
    deadline = _deadline(text) or statement.deadline_hint
    framing = direction(statement.lead_in) if statement.lead_in else None
    subject = lead_in_subject(statement.lead_in) if statement.lead_in else ""
    records, first_direction = [], None
    for piece in split_pairs(text, changes=statement.committed):
        way = direction(piece) or first_direction or framing or "achieve"
        first_direction = first_direction or way
        value = read_value(piece, decreasing=way == "decrease") or (_only_figure(piece) if statement.committed else None)
        if value is not None and value.slot == "target_is":  # "the target of no more than 3.5 days"
            way = direction(_target_clause(piece, value.end)) or way
        if value is not None and value.slot == "none":  # "to have no rough sleepers out for more than two nights"
            way = "decrease"
        if value is not None and value.slot == "past":  # "keep X below 6%" is a ceiling, "above 98%" a floor
            way = "decrease" if re.match(r"below|under", piece[value.start:], re.IGNORECASE) else "increase"
        measure = _from_named_target(measure_of(piece, value))
        clause = value_clause(piece, value)[0]  # a date in a progress clause is not the deadline
        due = _deadline(clause) or (deadline if clause == piece else statement.deadline_hint)
        measure = _whole_measure(measure, subject, records[0].measure if records else "")
        indicator = indicator_of(piece) or indicator_of(text)
        if (not measure or _BARE_GOAL_RE.fullmatch(measure)) and statement.context:
            measure = measure_of(statement.context, None)
            indicator = indicator or indicator_of(statement.context)
        if not statement.committed and not names_a_quantity(measure):
            continue  # a sentence fragment around the figure, not the name of what is measured
        records.append(_as_revision(_from_context(Target(
            page=statement.page, quote=text, indicator=indicator,
            measure=measure or text, baseline=_baseline(piece, value),
            target=value.target if value else None, unit=value.unit if value else None,
            deadline=due, direction=way, actual=_latest(statement.latest, value), rag=statement.rating,
        ), statement.previous)))
    return records


def _only_figure(text: str) -> Value | None:
    """A committed item's one figure, in whatever slot ("Support the creation of 20,000 jobs");
    an indicator's code ("NI 194") is no figure."""
    for code in find_codes(text):
        text = text[:code.start] + " " * (code.end - code.start) + text[code.end:]
    figures = quantities(text)
    if len(figures) != 1:
        return None
    printed, amount = figures[0]
    start = text.find(printed)
    return Value(slot="figure", target=amount, unit=unit_of(printed), start=start, end=start + len(printed))


def _latest(figure: str, value: Value | None) -> float | None:
    """The latest figure printed under a target line, when it is in the target's unit."""
    if not figure or value is None or unit_of(figure) != value.unit:
        return None
    return amount_of(figure)


# ", and 98.6% of business rates, ahead of ...": a second figure reached, against its own target.
_SECOND_REPORT_RE = re.compile(r",\s+and\s+(?=£?\d)|;\s+(?=\S)")


def _reported(statement: Statement, text: str) -> list[Target]:
    """The targets a report on performance prints, with the figures reached as their actuals:
    one per clause that reports against a target of its own ("We collected 97.1% of council
    tax, just short of our 97.5% target, and 98.6% of business rates, ahead of our target of 98%")."""
    clauses = _SECOND_REPORT_RE.split(text)
    if len(clauses) > 1 and all(reports_on_target(c) and reported_target(c, statement.page) for c in clauses):
        return [reported_target(c, statement.page) for c in clauses]
    reported = reported_target(text, statement.page) or _reported_after(statement.previous, text, statement.page)
    return [reported] if reported else []


def _reported_after(previous: str, text: str, page: int) -> Target | None:
    """"The average caseload was 21 children. This is above the target of 18.": a report whose
    measure and figure reached are in the sentence before, if that sentence gives one figure."""
    previous = _EARLIER_LEVEL_RE.sub("", previous)
    if not previous or not _POINTS_BACK_RE.match(text) or len(quantities(split_label(previous)[1])) != 1:
        return None
    return reported_target(f"{previous} {text}", page)


# "... was 81.2%, down from 84.0% in May": the level before, set beside the one reached.
_EARLIER_LEVEL_RE = re.compile(r",?\s+(?:down|up)\s+(?:from|on)\s+[^,;]*?(?=[,;]|\.?$)", re.IGNORECASE)


def _as_revision(target: Target) -> Target:
    """"approves the target change for HR2 from 7.5 days to 8 days": the figures are the old
    and the new target, not a starting level and a level to reach, so no baseline and no way
    to go is stated."""
    if target.baseline is None or not _REVISION_RE.search(target.quote):
        return target
    return target.model_copy(update={"baseline": None, "direction": "achieve"})


def _from_context(target: Target, previous: str) -> Target:
    """Fill a baseline the sentence before reports; a counted output is a target to raise."""
    baseline = None
    if target.baseline is None and target.target is not None and previous:
        baseline = earlier_figure(previous, target.measure, target.unit, target.deadline)
    if baseline is not None and baseline != target.target:
        way = target.direction
        if way == "achieve":
            way = "increase" if target.target > baseline else "decrease"
        return target.model_copy(update={"baseline": baseline, "direction": way})
    if target.direction == "achieve" and target.baseline is None and counts_an_output(target.quote,
                                                                                       target.measure):
        return target.model_copy(update={"direction": "increase"})
    return target
