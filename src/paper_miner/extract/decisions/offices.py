"""Office holders who take executive decisions alone, named as a body would be.

Under executive arrangements one person decides: a Cabinet or Executive Member for a portfolio,
the Leader, an elected Mayor, a Police and Crime Commissioner. Their decision notices read as a
committee's minutes do ("The Commissioner has approved the grant", "That the Mayor: approves the
delivery plan", "The Portfolio Holder for Leisure agreed the fees"), so the decision extractor
reads their offices as it reads bodies' names. The common body vocabulary keeps them people (a
"Cabinet Member" is no Cabinet; an office owns no budget), so the offices are added here only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from paper_miner.extract.common.bodies import Bodies, Mention

# "for Housing and Planning", "for Adult Social Care, Health & Wellbeing": a portfolio's name.
_PORTFOLIO = r"(?:\s+for\s+[A-Z][\w’'-]*(?:(?:,\s+|\s+and\s+|\s+&\s+|\s+)[A-Z][\w’'-]*)*)"
OFFICE_RE = re.compile(
    r"\b(?:(?:Deputy\s+)?(?:Cabinet|Executive|Lead)\s+Member|Portfolio\s+Holder)" + _PORTFOLIO + "?"
    r"|\b(?:Deputy\s+)?Leader\s+of\s+(?:the\s+)?Council\b"
    r"|(?<=\b[Tt]he\s)Leader\b(?!\s+of\b)"
    r"|\b(?:(?:Elected|Directly\s+Elected|Deputy)\s+)?Mayor\s+of\s+[A-Z]\w+(?:\s+[A-Z]\w+)?"
    r"|(?<=\b[Tt]he\s)Mayor\b(?!\s+of\b)(?!['’])"
    r"|\b(?:Police(?:,\s+Fire)?\s+and\s+Crime\s+)?Commissioner\b(?!['’])")
# "Leader of the Opposition", "Liberal Democrat Group Leader": a party's leader decides nothing.
NOT_OFFICE_RE = re.compile(r"\b(?:Group|Opposition|Party)\s+$")


@dataclass
class Deciders(Bodies):
    """The bodies a paper names, and the office holders who decide as bodies do."""

    def mentions(self, text: str) -> list[Mention]:
        offices = [Mention(m.group(), m.start(), m.end()) for m in OFFICE_RE.finditer(text)
                   if not NOT_OFFICE_RE.search(text[:m.start()])]
        found = [m for m in super().mentions(text)
                 if not any(o.start < m.end and m.start < o.end for o in offices)]
        return sorted(found + offices, key=lambda m: m.start)
