"""Items moved and seconded, with no outcome printed: the meeting carried them.

::

    Adoption of the Annual Accounts 2024/25:
    Proposed: Mary Jones
    Seconded: Tom Price

Small councils' minutes often record a vote only by its mover and seconder, on lines of their
own under the item's title (or on one line: "Proposed Cllr Ede, seconded Cllr Fox"); a motion
that fell is said to have fallen, so the title is what the meeting decided.
"""
from __future__ import annotations

import re

from paper_miner.extract.common.vocabulary import MEMBER_TITLE
from paper_miner.extract.decisions.subjects import is_title_line
from paper_miner.models import Block

# "Mary Jones", "Cllr T. Price", "MJ": a person as minutes name them.
_PERSON = rf"(?:(?i:{MEMBER_TITLE})\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}"
_MOVER = rf"(?i:proposed|moved|proposer)(?:\s+(?i:by))?\s*[:–-]?\s*{_PERSON}"
_SECONDER = rf"(?i:seconded|seconder)(?:\s+(?i:by))?\s*[:–-]?\s*{_PERSON}"
MOVER_LINE_RE = re.compile(rf"^\s*{_MOVER}\s*[.,;]?\s*$")
SECONDER_LINE_RE = re.compile(rf"^\s*{_SECONDER}\s*[.,;]?\s*$")
MOVERS_LINE_RE = re.compile(rf"^\s*{_MOVER}\s*[.,;]?\s+(?:(?i:and)\s+)?{_SECONDER}\s*[.,;]?\s*$")
# "Approval of minutes of the AGM", "Adoption of the accounts": a title that asks for approval.
APPROVAL_TITLE_RE = re.compile(r"^\s*(?:approval|adoption|acceptance|confirmation|ratification)\s+of\b|\bminutes\b", re.I)


def moved_title(block: Block, passed: list[Block]) -> Block | None:
    """The item title above a block that ends its mover and seconder lines, read after
    ``passed``: "Adoption of the Annual Accounts 2024/25:" for "Seconded: Tom Price" under
    "Proposed: Mary Jones"; None where the lines follow anything but a title."""
    if MOVERS_LINE_RE.match(block.text):
        above = passed[-1:]
    elif SECONDER_LINE_RE.match(block.text) and passed and MOVER_LINE_RE.match(passed[-1].text):
        above = passed[-2:-1]
    else:
        return None
    title = above[0] if above else None
    return title if title is not None and is_title_line(title) else None
