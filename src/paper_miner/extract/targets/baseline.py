"""What a target statement leaves to the sentence before it, and to the noun it counts.

Minutes often report last year's figure, then the target: "Dr Patel reported that 2,100
people had quit smoking in 2010/11. The target for 2011/12 was 2,300 four-week quitters."
The earlier figure is the target's baseline when the sentence before reports exactly one
figure, for a year before the target is due, of the same thing (shared content words) in
the same unit. A target that counts an output ("2,400 homes", "350 jobs created") is one to
raise even when no verb says so.
"""
from __future__ import annotations

import re

from paper_miner.extract.common.vocabulary import YEAR
from paper_miner.extract.targets.patterns import direction
from paper_miner.extract.targets.text import LABEL_BRACKET_RE
from paper_miner.extract.targets.values import find_values, quantities, unit_of

_YEAR_RE = re.compile(rf"\b({YEAR})(?:/(\d\d(?:\d\d)?))?\b")
_STOP = {"the", "and", "for", "with", "from", "that", "this", "were", "was", "had", "have", "has",
         "been", "their", "they", "who", "which", "into", "than", "year", "years", "number",
         "people", "total", "target"}
# The last word of a measure that counts an output, or a participle saying one was delivered.
_OUTPUT_NOUN_RE = re.compile(
    r"\b(?:quitters|jobs|apprenticeships|apprentices|volunteers|visitors|visits|participants|learners"
    r"|homes|houses|dwellings|placements|graduates|completions)$", re.IGNORECASE)
_OUTPUT_VERB_RE = re.compile(
    r"\b(?:delivered|created|built|completed|helped|supported|assisted|trained|housed|placed"
    r"|safeguarded|brought\s+back\s+into\s+use)\b", re.IGNORECASE)
# Outputs counted as a problem, not a delivery: "400 empty homes".
_PROBLEM_RE = re.compile(r"\b(?:empty|vacant|unfit|non-decent|overcrowded|homeless|temporary|lost)\b",
                         re.IGNORECASE)
_TARGET_WORD_RE = re.compile(r"\btargets?\b", re.IGNORECASE)


def _stems(text: str) -> set[str]:
    """Content words cut to four letters, so "quitters" and "quit" agree."""
    words = re.findall(r"[a-z]+", text.lower())
    return {w[:4] for w in words if len(w) > 2 and w not in _STOP}


def _last_year(text: str) -> int | None:
    """The latest year a text names (a financial year by the year it ends)."""
    years = []
    for first, second in _YEAR_RE.findall(text):
        years.append(int(first[:2] + second[-2:]) if second else int(first))
    return max(years) if years else None


def earlier_figure(previous: str, measure: str, unit: str | None, deadline: str | None) -> float | None:
    """The one figure ``previous`` reports for the measure in an earlier year, or None."""
    if not deadline or unit is None or any(v.strong for v in find_values(previous)):
        return None
    year = _last_year(previous)
    if year is None or year >= int(deadline[:4]):
        return None
    figures = quantities(previous)
    if len(figures) != 1 or unit_of(figures[0][0]) != unit:
        return None
    wanted = _stems(measure)
    if not wanted or len(wanted & _stems(previous)) * 2 < len(wanted):
        return None
    return figures[0][1]


def counts_an_output(statement: str, measure: str) -> bool:
    """Whether a statement of a target, with no verb saying which way, counts something
    delivered ("The target is 2,400 homes"; a bracket "(LAA target)" is only a label)."""
    if not _TARGET_WORD_RE.search(LABEL_BRACKET_RE.sub("", statement)):
        return False
    if direction(statement) is not None:
        return False
    return bool(_OUTPUT_VERB_RE.search(measure)) or (
        bool(_OUTPUT_NOUN_RE.search(measure.strip())) and not _PROBLEM_RE.search(measure))
