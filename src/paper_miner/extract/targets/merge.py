"""One record per commitment: a target restated elsewhere in a paper (a summary table and a
bullet, two sections sharing an indicator) is merged with its first statement."""
from __future__ import annotations

import re

from paper_miner.extract.common.vocabulary import MEASURE_STOP_WORDS
from paper_miner.extract.targets.codes import find_codes
from paper_miner.models import Target


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in MEASURE_STOP_WORDS}


def overlap(a: str, b: str) -> float:
    """Share of the shorter wording's content words found in the other."""
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


def likeness(a: str, b: str) -> float:
    """Shared content words over all content words of both wordings."""
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def _dates_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _part(target: Target) -> str:
    """The indicator part a measure names ("... (NI 157a)" -> "a"), or ""."""
    return next((c.suffix for c in find_codes(target.measure) if c.code == target.indicator), "")


def _restates(kept: Target, report: Target) -> bool:
    """A report of performance against a target ("613 households against a target of 700")
    restates a target already read with the same figure and unit, if it names the same thing
    or reports the same figure reached ("the emissions target has been met with 9,870 tonnes
    against the target of 10,200" after a scorecard's "Latest: 9,870 | Target: 10,200"); one
    reporting another figure reached is another indicator's ("95% ... 92.7%" and "95% ... 95.4%",
    two rows of a table)."""
    if report.actual is None or report.rag is not None or kept.target != report.target or kept.unit != report.unit:
        return False
    return kept.actual == report.actual or kept.actual is None and overlap(kept.measure, report.measure) >= 0.3


# "will be compared with the target of 8 days", "against its annual target of 95%": a target
# already set, referred back to.
_REFERS_BACK_RE = re.compile(r"\b(?:the|its|their)\s+(?:\w+\s+)?target\s+of\b", re.IGNORECASE)


def _refers_back(kept: Target, report: Target) -> bool:
    """A sentence referring back to a target set earlier ("Sickness absence days per employee |
    8 days" in a scorecard, then "the sickness figure ... will be compared with the target of
    8 days at the year end") restates it: the same figure, unit and date, on the same subject."""
    if kept.target is None or (kept.target, kept.unit) != (report.target, report.unit):
        return False
    return bool(_REFERS_BACK_RE.search(report.quote)) and _dates_agree(kept.deadline, report.deadline) and overlap(
        kept.measure, report.measure) > 0


def _restated_with_another_date(a: Target, b: Target) -> bool:
    """"from 7.3% to 5%" again in a later section, there dated "By 2028/29" rather than 2028:
    the same figures from the same start for the same words are one commitment."""
    return a.baseline is not None and a.baseline == b.baseline and likeness(a.measure, b.measure) >= 0.9


def _periods_of_one_row(a: Target, b: Target) -> bool:
    """Two targets read from one row for two periods ("Homes delivered | 143 | 95 | 95" under
    "Baseline | Target 2025/26 | Target 2026/27") are two commitments, even at one figure."""
    return a.quote == b.quote and a.period is not None and b.period is not None and a.period != b.period


def _actual_read_as_target(kept: Target, other: Target) -> bool:
    """The same row read again by a layout that took its latest figure for the target ("CP01
    Council tax collected 56.5% 55.9% Amber" under "Target | Q2 Actual | RAG"): the other's
    target is the kept record's actual, on the same indicator or the same words."""
    if kept.actual is None or other.target != kept.actual or kept.target == kept.actual:
        return False
    return bool(kept.indicator) and kept.indicator == other.indicator or overlap(kept.measure, other.measure) >= 0.8


def same_commitment(a: Target, b: Target) -> bool:
    if _periods_of_one_row(a, b) or (a.indicator and b.indicator and a.indicator != b.indicator) \
            or (_named(a) and _named(b) and _numbered_apart(a.measure, b.measure)):
        return False  # "BS01" and "BS03", "Stage 1 ..." and "Stage 2 ...": two indicators, however alike
    if _restates(a, b) or _refers_back(a, b) or _actual_read_as_target(a, b):
        return True
    if a.indicator and b.indicator:
        return a.indicator == b.indicator and _part(a) == _part(b) and (a.target is None or b.target is None or a.target == b.target)
    if a.target == b.target and a.measure.lower() == b.measure.lower() and _dates_agree(a.deadline, b.deadline):
        return True  # the same row read twice, once with a unit a garbled header lent it
    if a.target != b.target or a.unit != b.unit:
        return False
    if not _dates_agree(a.deadline, b.deadline):
        return _restated_with_another_date(a, b)
    if a.indicator or b.indicator:  # a bullet restating a coded target in its own words
        return a.target is not None and overlap(a.measure, b.measure) >= 0.5
    return likeness(a.measure, b.measure) >= 0.7 or _one_wording_inside_the_other(a, b)


def _named(target: Target) -> bool:
    """A measure that is an indicator's name, not a sentence reporting on it."""
    return len(target.measure.split()) <= _MAX_NAME_WORDS


_MAX_NAME_WORDS = 12


def _numbered_apart(a: str, b: str) -> bool:
    """Wordings alike but for the numbers they hold name two things ("play areas in Ward 3
    checked weekly" and "play areas in Ward 4 checked weekly"), however much else they share; a
    restatement may add numbers of its own ("re-referrals within 12 months" and "re-referrals
    within 12 months for the year to March 2025")."""
    numbers_a, numbers_b = set(re.findall(r"\d+", a)), set(re.findall(r"\d+", b))
    return bool(numbers_a) and bool(numbers_b) and not (numbers_a <= numbers_b or numbers_b <= numbers_a)


def _one_wording_inside_the_other(a: Target, b: Target) -> bool:
    """"change the recycling target" and "the Council is in a position to change the recycling
    target, ..." with the same figure and date: the longer wording holds the shorter one; so do
    "net zero" and "net zero emissions" by one year, aims without a figure."""
    return a.deadline is not None and a.deadline == b.deadline and overlap(a.measure, b.measure) == 1.0


def _combine(first: Target, second: Target) -> Target:
    """Keep the first statement, filling what it left out from the restatement."""
    update = {field: getattr(second, field) for field in ("indicator", "baseline", "target", "unit", "period",
                                                          "actual", "actual_period", "floor", "rag", "polarity")
              if getattr(first, field) is None and getattr(second, field) is not None}
    if first.deadline is None or (second.deadline or "").startswith(first.deadline):
        update["deadline"] = second.deadline or first.deadline  # the more precise date
    if first.direction == "achieve" and second.direction != "achieve":
        update["direction"] = second.direction
    if first.indicator is None and first.target is not None and " | " not in first.quote and len(_words(second.measure)) < len(
            _words(first.measure)) and overlap(first.measure, second.measure) == 1.0:
        update["measure"] = second.measure  # the same measure in fewer words, without its framing (a row's name has none;
        # an aim without a figure keeps the words that say whose it is: "carbon neutral as a council")
    return first.model_copy(update=update)


def merge_repeats(targets: list[Target]) -> list[Target]:
    out: list[Target] = []
    for target in targets:
        index = next((i for i, kept in enumerate(out) if same_commitment(kept, target)), None)
        if index is None:
            out.append(target)
        else:
            out[index] = _combine(out[index], target)
    return out
