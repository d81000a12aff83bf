"""Performance reported against a target: the target is kept, the figure reached is its actual.

Commentary in a performance report measures the latest figure against the target: "this
quarter 64% were resolved, below the 75% target", "412 adopters approved against a target of
450", "claims took 18.4 days against a target of 15 days", "the rate, at 53.6%, remained below
the target". Such a sentence is not a new commitment.
"... had dropped to 61.5%, with a target of 70%" and "... had fallen to 72% compared to
a 90% target" measure it the same way.
When it prints the target's figure it gives one target (the 75%) whose ``actual`` is the figure
reached (the 64%); when it prints none ("none of the services met its target") it gives
nothing. The measure is what the reached figure counts: the words before it, or else the words
between it and the target ("412 adopters approved").
"""
from __future__ import annotations

import re

from paper_miner.extract.common.parse import parse_deadline, parse_duration_seconds
from paper_miner.extract.common.vocabulary import YEAR_OR_SPAN
from paper_miner.extract.targets.codes import split_label
from paper_miner.extract.targets.columns import unit_hint
from paper_miner.extract.targets.patterns import direction, opens_with_plan_verb
from paper_miner.extract.targets.values import amount_of, quantities, unit_of
from paper_miner.models import Target

# "6 minutes 26 seconds" first, so the seconds are not left behind as a figure of their own; not
# the end of a year ("2026/27 targets").
_FIGURE = (r"\d+\s(?:hours?|minutes?)\s(?:and\s)?\d+\s(?:minutes?|seconds?)\b"
           r"|(?<![\d/.,])£?\d(?:[\d,]*\d)?(?:\.\d+)?"
           r"(?:\s?(?:%|per\s?cent)|\s(?:days?|weeks?|hours?|minutes?|seconds?|tonnes|kg)\b)?")
# What a paper measures performance against: "the 75% target", "an aim of 6 minutes", "an
# expectation of 3,000", "the Authority's standard of 75%", the level a recovery plan expects
# by now ("below the trajectory of 90%").
_GOAL = r"(?:targets?|aims?|expectations?|standards?|trajector(?:y|ies))\b"
# A comparison with a target: "below the 75% target", "against a target of 450", "met target".
_REPORT_RE = re.compile(
    r"(?:\b|(?=,))(?:against|below|above|under|over|exceed\w*|surpass\w*|beat\w*|short\s+of|miss\w*|met|meets?|achiev\w*"
    r"|meeting|ahead\s+of|behind|(?:better|worse|higher|lower)\s+than|outside|inside|within|on|off"
    r"|compared(?:\s+(?:to|with))?|,\s*with)\s+"
    r"(?:both\s+)?(?:(?:a|an|the|its|their|our|this)\s+)?(?:[A-Z][\w-]*['’]s\s+)?"
    # "against the 62-day cancer treatment standard": a named target, after "against" only
    r"(?:(?<=against\sthe\s)(?:\d+(?:\.\d+)?%\s+)?(?:[\w()-]+\s+){1,6}?(?=(?:targets?|standards?)\b))?"
    # "is above the Westmere Waste Partnership target": whose target, by its name
    r"(?:(?-i:[A-Z][\w&'’-]*)\s+){0,6}(?:(?:agreed|annual|national|local|quarterly|stretch|set|regular|usual|corporate|" + YEAR_OR_SPAN + "|"
    + _FIGURE + r")\s+)*" + _GOAL
    # "97% of bins emptied on the day (target: 95%)": the target bracketed after the figure reached
    + r"|\(\s*(?=(?:target|aim)s?\s*:?\s*\d)", re.IGNORECASE)
# The target as the subject of the report: "the current target was being exceeded at 99.5%",
# "the annual target has been met with 412".
_PASSIVE_REPORT_RE = re.compile(
    rf"(?:\s*[–-]\s*)?(?:(?:the|its|our)\s+)?(?:(?:current|annual|agreed|latest)\s+)?{_GOAL}\s+"
    r"(?:was|is|were|are|(?:has|have|had)\s+been)\s+(?:being\s+)?(?:exceeded|met|missed|achieved|surpassed|beaten)\b",
    re.IGNORECASE)
# A quarter's number is no figure reached: "the target for Quarter 2 has been met", "in Q3".
_QUARTER_NUMBER_RE = re.compile(r"(?:\bquarter\s|\bq)[1-4]$", re.IGNORECASE)
_FUTURE_RE = re.compile(r"\b(?:will|shall|aims?(?!\s+of\b)|aiming|plans?\s+to|intends?|should|must|going\s+to)\b",
                        re.IGNORECASE)
# The target's own figure: "target of 450", "the 75% target", "target (85%)", "a target at 5",
# "the target to divert 60 per cent",
# "the target caseload of no more than 18", "(target 98.5%)".
_TARGET_FIGURE_RE = re.compile(
    rf"\b{_GOAL}\s+(?:[a-z]+\s+)?(?:of\s+|at\s+|\(\s*|to\s+(?-i:[a-z]+)\s+)(?:no\s+(?:more|less|fewer)\s+than\s+|at\s+(?:least|most)\s+)?"
    rf"(?P<after>{_FIGURE})|(?!{YEAR_OR_SPAN}\s+{_GOAL})(?P<before>{_FIGURE})\s+{_GOAL}|\(\s*{_GOAL}\s*:?\s*(?P<bracketed>{_FIGURE})(?:\s+or\s+(?:fewer|less|lower|below|more|higher|above))?\s*\)"
    # "against the 92% Referral to Treatment (RTT) standard": the figure, then the target's name
    rf"|(?<=against\sthe\s)(?P<named>{_FIGURE})\s+(?P<name>(?:[\w()-]+\s+){{1,6}}?{_GOAL})",
    re.IGNORECASE)
# The year a target is for: "inside the 2013 target of 8.5 days", "below the 2024/25 target".
_GOAL_YEAR_RE = re.compile(rf"\b({YEAR_OR_SPAN})\s+{_GOAL}", re.IGNORECASE)
# A figure from an earlier period, set beside the one reached: "7.5 days, an improvement over
# the 10.2 days for the same period in the previous year, and ...", "(last year: 64%)".
_EARLIER_FIGURE_RE = re.compile(r"^[^,;()]{0,60}?\b(?:previous|last|prior|preceding)\s+(?:year|quarter|month)"
                                r"|^[^,;()]{0,40}?\bsame\s+(?:period|quarter|month|time)\b", re.IGNORECASE)
# Openings that say when, not what: "In Quarter 3,", "As of 31 December 2024,", "Over these
# months,", "this quarter".
_WHEN_RE = re.compile(
    r"^(?:(?:in|during|for|by|at|over)\s+(?:the\s+)?|as\s+(?:of|at)\s+)[^,]{1,40},\s*"
    r"|^(?:(?:at\s+the\s+end\s+of|in|during|by)\s+)?(?:this|last|the|the\s+latest)\s+(?:(?:first|second|third|fourth|final)\s+)?"
    r"(?:quarter|month|year|half)\s*,?\s*", re.IGNORECASE)
# The words that join a measure to the figure it reached: "was", "stood at", "had dropped to".
_LINK_RE = re.compile(
    r"(?:\s*,|\s+(?:at|was|is|were|are|of|currently|remained|remains|stood\s+at|there\s+were|there\s+was"
    r"|reached|achieved|with|(?:had|has|have)?\s*(?:dropped|fallen|fell|risen|rose|increased|decreased|"
    r"improved|declined|grown|grew)\s+to))+\s*$", re.IGNORECASE)
# A measure whose subject only points back: "This is a reduction", "The measure continues to be
# rated Amber", "this KPI is now".
_POINTER_RE = re.compile(r"^(?:this|that|it|(?:the|this)\s+(?:measure|kpi|indicator|figure))\s+"
                         r"(?:is|was|has|have|remains|remained|continues|continued|stays|stayed)\b",
                         re.IGNORECASE)
_EMPTY_RE = re.compile(r"^(?:there\s+(?:were|was|are|is)|it|this|the\s+measure|which)?\s*$", re.IGNORECASE)


# A card's result under its target line: "Target exceeded: 98%", "Current performance: 26.6 days".
RESULT_LABEL_RE = re.compile(r"^\W*(?:(?:current|latest|actual|our)\s+)?(?:performance|actual|outturn|result"
                             r"|targets?\s+(?:met|missed|exceeded|achieved|not\s+(?:met|achieved)))\s*:", re.IGNORECASE)


def reports_on_target(text: str) -> bool:
    """Whether a sentence measures performance against a target rather than setting one; a
    standard named in capitals is what is measured ("% of homes meeting the Decent Homes
    Standard (target = 100%)"), no target met."""
    if RESULT_LABEL_RE.match(text):
        return True
    text = _NAMED_STANDARD_RE.sub("", text)
    return bool(_REPORT_RE.search(text) or _PASSIVE_REPORT_RE.search(text)) and not _FUTURE_RE.search(text) \
        and not opens_with_plan_verb(text)


# "the Decent Homes Standard", "the Welsh Housing Quality Standard": a standard by its name.
_NAMED_STANDARD_RE = re.compile(r"\b(?:[A-Z][\w'’-]*\s+){1,5}Standard\b")


# Who reached the figure, before what it measures: "We achieved a total service level of 72%".
_ACHIEVER_RE = re.compile(r"^(?:we|the\s+(?:council|service|team))\s+(?:(?:have|has)\s+)?(?:achieved|reached|recorded)"
                          r"\s+(?:an?\s+|the\s+)?", re.IGNORECASE)


# "..., just short of our target", "..., well above the target": how near, not what is measured.
_HEDGE_RE = re.compile(r"[\s,]+(?:just|well|slightly|narrowly|comfortably|marginally|still|only)\s*$", re.IGNORECASE)
# "84% of calls had been answered within two minutes": the figure reached is a share of what follows.
# ("within 8 minutes on 71% of occasions": how often, the measure before it).
_SHARE_OF_RE = re.compile(r"^\s*of\s+(?!(?:the\s+)?(?:targets?|aims?|standards?|occasions|instances|time)\b)", re.IGNORECASE)
# "had been", "were": the auxiliaries of what the share did ("calls had been answered" -> "calls answered").
_AUXILIARY_RE = re.compile(r"\s+(?:(?:had|has|have)\s+been|were|was)\s+(?=[a-z]+\b)", re.IGNORECASE)


def _measure(text: str, figure_at: int, figure_end: int, cue_at: int) -> str:
    """What a figure reached measures: a share's own words ("in the first quarter 84% of calls had
    been answered within two minutes, against a target of 90%" -> "calls answered within two
    minutes"), else the words before it, past who said it and when ("The Head of Service
    reported that ..."), else the words between it and the target."""
    between = text[figure_end:cue_at]
    share = _SHARE_OF_RE.match(between)
    if share:
        return _AUXILIARY_RE.sub(" ", _LINK_RE.sub("", _HEDGE_RE.sub("", between[share.end():]))).strip(" ,;:-–")
    before = _ACHIEVER_RE.sub("", _WHEN_RE.sub("", _TOLD_RE.sub("", text[:figure_at].strip())))
    before = _LINK_RE.sub("", before).strip(" ,;:-–")
    if not _EMPTY_RE.match(before):
        return before
    between = re.sub(r"^\s*(?:were|was|are|is|of)\s+", "", between)  # "96% of street lights ..."
    return _LINK_RE.sub("", between).strip(" ,;:-–")


def reported_target(text: str, page: int) -> Target | None:
    """The target a report sentence prints, with the figure reached as its actual, or None."""
    cue = _REPORT_RE.search(text)
    passive = _PASSIVE_REPORT_RE.search(text)
    printed = _TARGET_FIGURE_RE.search(text)
    if (cue is None and passive is None) or printed is None:
        return None
    figure = printed.group("after") or printed.group("before") or printed.group("bracketed") or printed.group("named")
    actual, measure = _passive_actual(text, passive, printed) if cue is None else _actual_before(text, cue.start(), figure)
    if cue is not None and actual is None:
        actual, measure = _reached_after(text, cue, printed) or (actual, measure)
    if cue is None and actual is None:
        return None  # "to ensure that targets are achieved": no performance reported
    if len(re.findall(r"[A-Za-z]{3,}", measure)) < 2 or _POINTER_RE.match(measure):
        return None  # "it remained below the 85% target": a restatement that names nothing
    target, reached, unit = _in_one_unit(figure, actual.group(0) if actual else "")
    code, measure = split_label(measure)  # "CBP 12 – Rent collected The rate was 97%"
    return Target(page=page, quote=text, indicator=code, measure=measure, target=target,
                  unit=unit if unit != "count" else unit_hint("", measure),
                  direction=direction(printed.group(0)) or "achieve",  # "target of no more than 18"
                  deadline=_goal_year(text), actual=reached)


# "our target of 250 affordable homes, with 287 completed", "the cancer treatment standard of 95%
# was 81.0%": what the target counts, then the figure reached after it.
# "remained above the 95% target at just under 96.2%": the level it stood at, however hedged.
_REACHED_AFTER_RE = re.compile(rf"^(?P<counted>[^,.;()]{{0,60}}?)\s*,?\s*(?:with|was|were|stood\s+at|at"
                               r"|(?:improved|rose|fell|dropped|increased|decreased|declined)\s+to)\s+"
                               rf"(?:(?:just|around|about|nearly|almost)\s+)?(?:(?:below|above|under|over)\s+)?"
                               rf"(?P<reached>{_FIGURE})", re.IGNORECASE)


def _reached_after(text: str, cue: re.Match[str], printed: re.Match[str]) -> tuple[re.Match[str], str] | None:
    """The figure reached printed after the target, and the measure: what the target counts
    ("We exceeded our target of 250 affordable homes, with 287 completed") or the target's own
    name ("Performance against the 62-day cancer treatment standard of 95% was 81.0%")."""
    after = _REACHED_AFTER_RE.match(text[printed.end():])
    if after is None:
        return None
    goal = printed.group("name") or printed.group(0).split()[0]  # "standard" of "standard of 95%"
    named = goal if printed.group("name") else \
        re.sub(r"^\W*(?:against\s+)?(?:(?:a|an|the|its|their|our|this)\s+)?", "", text[cue.start():printed.start()] + goal)
    counted = after.group("counted").strip()
    reached = re.compile(_FIGURE).search(text, printed.end() + after.start("reached"))
    subject = _unmeasured_subject(text[:cue.start()])
    return reached, counted if len(counted.split()) >= 2 else subject or named.strip(" ,;:-–")


def _goal_year(text: str) -> str | None:
    """When a reported target falls due, where it is named by its year ("the 2013 target")."""
    year = _GOAL_YEAR_RE.search(text)
    return parse_deadline(f"by {year.group(1)}") if year else None


def _actual_before(text: str, cue_at: int, target: str) -> tuple[re.Match[str] | None, str]:
    """The figure reached, the last one before the comparison ("412 adopters approved against
    a target of 450") in the target's unit where one is ("74% determined in 8 weeks (target:
    65%)" reached 74%), and the measure it is a figure of."""
    printed = {amount for _, amount in quantities(text[:cue_at])}
    reached = [m for m in re.finditer(_FIGURE, text[:cue_at])
               if amount_of(m.group(0)) in printed and not _QUARTER_NUMBER_RE.search(text[:m.end()])
               and not _EARLIER_FIGURE_RE.match(text[m.end():cue_at])]
    in_unit = [m for m in reached if unit_of(m.group(0)) == unit_of(target)]
    reached = in_unit if in_unit and unit_of(target) != "count" else reached
    if not reached:
        return None, _unmeasured_subject(text[:cue_at])
    return reached[-1], _measure(text, reached[-1].start(), reached[-1].end(), cue_at)


# "He also noted that ...": who told the meeting. "... had fallen", "were still being processed": how
# the subject did, which the comparison that follows measures.
_TOLD_RE = re.compile(r"^.*?\b(?:noted|reported|said|commented|explained|advised|confirmed|added)\s+that\s+", re.IGNORECASE)
_DID_RE = re.compile(r"\s+(?:(?:had|has|have|were|was|are|is)\s+)(?:still\s+|now\s+|not\s+)*(?:being\s+|been\s+)?"
                     r"[a-z]+(?:\s+(?:again|further|back))?\s*$|\s+(?:remained|stayed|stood|came\s+in)\s*$", re.IGNORECASE)
_PERSON_RE = re.compile(r"^(?:we|they|he|she|i|you)\b", re.IGNORECASE)


# "And, despite the wet autumn, ...": what the sentence concedes before its subject.
_CONCEDED_RE = re.compile(r"^(?:and|but)?\W*(?:despite|in\s+spite\s+of|although|though|while)\b[^,]*,\s*", re.IGNORECASE)


def _unmeasured_subject(before: str) -> str:
    """What a target is measured against when no figure reached is printed: "void turnaround
    in May had dropped below the 28 day target" -> "void turnaround in May"; nothing when the
    subject is a person ("We are on track to meet ...")."""
    said = _CONCEDED_RE.sub("", _WHEN_RE.sub("", _TOLD_RE.sub("", before.strip())))
    did = _DID_RE.search(said)
    if did is None or _PERSON_RE.match(said):
        return ""  # no verb of how it did, or a person: no subject measured
    return said[:did.start()].strip(" ,;:-–")


def _passive_actual(text: str, passive: re.Match[str], printed: re.Match[str]) -> tuple[re.Match[str] | None, str]:
    """The figure reached where the target is the subject, the first after it that is not the
    target's own ("Repairs done on time – the target was exceeded at 99.5% (target 98.5%)");
    the measure is what precedes the target."""
    after = [m for m in re.finditer(_FIGURE, text[passive.end():printed.start()]) if amount_of(m.group(0)) is not None]
    return (after[0] if after else None), text[:passive.start()].strip(" ,;:-–")


_DURATIONS = ("seconds", "minutes", "hours")


def _in_one_unit(target: str, reached: str) -> tuple[float | None, float | None, str]:
    """Target and figure reached in the target's printed unit, both in seconds where one of
    them is printed in two parts ("7 minutes 10 seconds against an aim of 8 minutes")."""
    units = {unit_of(target), unit_of(reached) if reached else unit_of(target)}
    if units <= set(_DURATIONS) and "seconds" in units and len(units) > 1:
        return float(parse_duration_seconds(target) or 0), float(parse_duration_seconds(reached) or 0), "seconds"
    return amount_of(target), amount_of(reached) if reached else None, _printed_unit(target, reached)


def _printed_unit(target: str, reached: str) -> str:
    """A bare target figure is in the unit of the figure reached ("was at 22 days against a
    target of 20" is 20 days)."""
    unit = unit_of(target)
    return unit_of(reached) if unit == "count" and reached and unit_of(reached) != "GBP" else unit
