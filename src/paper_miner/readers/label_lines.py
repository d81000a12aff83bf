"""A scorecard card a browser copy saved a cell a line: each label over its value.

Dashboards print each indicator as a card; saved as text, its cells come out one a line::

    % of emails answered within 2 days
    Target
    80%
    Actual
    74.2%
    Status
    RED

The labels and their values are folded back into one line, "Target: 80% Actual: 74.2%
Status: RED", which is how the targets reader knows a KPI line; the indicator's name above it
is left as it was. A run is folded only when it holds at least two labelled values and one of
the labels is a target's; a trend arrow on a line of its own is dropped from it.
"""
from __future__ import annotations

import re

from paper_miner.extract.common.vocabulary import PRINTED_NUMBER

# The words a scorecard names its columns by: "Target", "Achieved", "Q2", "Direction of travel".
SCORECARD_WORDS = (r"target|actual|achieved|latest|value|status|rag|rating|baseline|previous|last\s+year|result|outturn|"
                   r"trend|direction(?:\s+of\s+travel)?|dot|floor|standard|q[1-4]|ytd|year\s+to\s+date")
# "Target", "Target 2024/25", "Q2 (provisional)", "Standard (minutes)", "Performance".
_LABEL_RE = re.compile(rf"^(?:{SCORECARD_WORDS}|performance)\b[\w\s/().'-]{{0,25}}$", re.IGNORECASE)
_TARGET_LABEL_RE = re.compile(r"^(?:target|standard)\b", re.IGNORECASE)
# "80%", "<= 10", "1,250", "8.5 days", "7:42" (minutes and seconds), "RED", "On track", "-".
VALUE_RE = re.compile(rf"^(?:[<>≤≥]=?\s?)?£?{PRINTED_NUMBER}(?::\d\d)?\s?(?:%|days?|weeks?|hours?|minutes?|mins|secs?|seconds)?"
                       r"(?:\s+\([^)]{1,20}\))?$|^(?:red|amber|green|r|a|g|on\s+track|off\s+track|met|not\s+met|n/a|-)$",
                       re.IGNORECASE)
_ARROW_RE = re.compile(r"^[▲▼►◄↑↓→←⬆⬇]$")
_MIN_PAIRS = 2


def labelled_values(lines: list[str], i: int) -> tuple[str, int]:
    """The labelled values from ``lines[i]`` on folded into one line, and how many lines they
    take; ("", 0) where no run of a target's label and another over their values starts there."""
    pairs: list[str] = []
    j = i
    while j + 1 < len(lines) and _LABEL_RE.match(lines[j].strip()) and VALUE_RE.match(lines[j + 1].strip()):
        pairs.append(f"{lines[j].strip()}: {lines[j + 1].strip()}")
        j += 2
        while j < len(lines) and _ARROW_RE.match(lines[j].strip()):
            j += 1
    if len(pairs) < _MIN_PAIRS or not any(_TARGET_LABEL_RE.match(pair) for pair in pairs):
        return "", 0
    return " ".join(pairs), j - i
