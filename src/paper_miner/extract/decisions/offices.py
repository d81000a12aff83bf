"""Office holders who take executive decisions alone, named as a body would be.

Under executive arrangements one person decides: a Cabinet or Executive Member for a portfolio,
the Leader, an elected Mayor, a Police and Crime Commissioner. Their decision notices read as a
committee's minutes do ("The Commissioner has approved the grant", "That the Mayor: approves the
delivery plan", "The Portfolio Holder for Leisure agreed the fees"), so the decision extractor
reads their offices as it reads bodies' names. The common body vocabulary keeps them people (a
"Cabinet Member" is no Cabinet; an office owns no budget), so the offices are added here only.

"The Leader", "the Mayor", "the Commissioner" alone also speak in meetings ("The Leader agreed
that the timetable was tight", a town's Mayor chairing): alone, they decide only in a lead-in
("That the Mayor:") or in what they have done ("The Commissioner has approved ...").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from paper_miner.extract.common.bodies import Bodies, Mention

# "for Housing and Planning", "for Adult Social Care, Health & Wellbeing": a portfolio's name.
_PORTFOLIO = r"(?:\s+for\s+[A-Z][\w’'-]*(?:(?:,\s+|\s+and\s+|\s+&\s+|\s+)[A-Z][\w’'-]*)*)"
OFFICE_RE = re.compile(
    r"(?<!-)\b(?:(?:Deputy\s+)?(?:Cabinet|Executive|Lead)\s+Member|Portfolio\s+Holder)(?!s)" + _PORTFOLIO + "?"
    r"|\b(?:Deputy\s+)?Leader\s+of\s+(?:the\s+)?Council\b"
    r"|\b(?:(?:Elected|Directly\s+Elected|Deputy)\s+)?Mayor\s+of\s+[A-Z]\w+(?:\s+[A-Z]\w+)?"
    r"|\bPolice(?:,\s+Fire)?\s+(?:and|&)\s+Crime\s+Commissioner\b(?!['’])")
# An office named alone: "the Leader", "the Mayor", "the Commissioner", "the PCC".
BARE_OFFICE = r"(?:Leader|Mayor|Commissioner|P(?:F)?CC)"
BARE_OFFICE_RE = re.compile(rf"(?<=\b[Tt]he\s){BARE_OFFICE}\b(?!\s+of\b)(?!['’])")
HAS_DONE_RE = re.compile(r"\s+(?:has|have)\b")
# "RESOLVED the Leader to: (a) create ...": the office is asked to act, the meeting decides.
ASKED_TO_RE = re.compile(r"\s+to\b")
# "Leader of the Opposition", "Liberal Democrat Group Leader": a party's leader decides nothing.
NOT_OFFICE_RE = re.compile(r"\b(?:Group|Opposition|Party)\s+$")


def is_office(name: str | None) -> bool:
    """Whether a decision's body is an office holder ("Cabinet Member for Housing", "Mayor")."""
    return bool(name) and bool(OFFICE_RE.fullmatch(name) or re.fullmatch(BARE_OFFICE, name))


@dataclass
class Deciders(Bodies):
    """The bodies a paper names, and the office holders who decide as bodies do; ``formal``:
    reading a lead-in, where an office named alone decides too."""

    formal: bool = False

    def in_lead_ins(self) -> Deciders:
        """The same memory of names, reading lead-ins."""
        return replace(self, formal=True)

    def mentions(self, text: str) -> list[Mention]:
        bare = [m for m in BARE_OFFICE_RE.finditer(text) if self.formal or HAS_DONE_RE.match(text, m.end())]
        offices = [Mention(self._in_full(m.group()), m.start(), m.end()) for m in [*OFFICE_RE.finditer(text), *bare]
                   if not NOT_OFFICE_RE.search(text[:m.start()]) and not ASKED_TO_RE.match(text, m.end())]
        found = [m for m in super().mentions(text)
                 if not any(o.start < m.end and m.start < o.end for o in offices)]
        return sorted(found + offices, key=lambda m: m.start)

    def _in_full(self, office: str) -> str:
        """"the Mayor" after "Decision by: Mayor of London", "the Executive Member" after
        "Meeting: Executive Member for Housing": the office as the paper named it in full."""
        if re.search(r"\s(?:for|of)\s", office):
            return office
        return next((known for known in reversed(self.latest)
                     if known.startswith(office + " ") or known.endswith(" " + office)), office)
