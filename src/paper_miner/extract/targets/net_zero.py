"""A commitment to net zero by a year: a target with a date and no figure.

Climate plans and the committee items about them state their headline aim without a number
("to achieve net zero by 2038", "our target of becoming carbon neutral by 2030"), often with
an interim figure in the same sentence ("reduce carbon emissions to net zero by 2038 with a
minimum reduction of 50% by 2028"). The net zero aim is a target of its own (no figure, due
its year, to achieve); the rest of the sentence is read without it, so the interim figure
keeps its own date.
"""
from __future__ import annotations

import re

from paper_miner.extract.common.vocabulary import YEAR
from paper_miner.extract.targets.patterns import has_commitment, is_past_report
from paper_miner.models import Target

# "to net zero by 2038", "becoming carbon neutral by 2030", "net-zero carbon emissions by 2045".
_NET_ZERO_RE = re.compile(
    rf"\b(?P<aim>net[\s-]zero|carbon[\s-]neutral(?:ity)?)(?:\s+(?:carbon|greenhouse\s+gas))?(?:\s+emissions)?"
    rf"\s+(?:by|before|in)\s+(?P<year>{YEAR})\b", re.IGNORECASE)
# "carbon emissions", "emissions we can influence": what reaches net zero, printed elsewhere
# in the sentence.
_EMISSIONS_RE = re.compile(
    r"\b(?P<noun>(?:carbon\s+|greenhouse\s+gas\s+)?emissions(?:\s+(?:we\s+can\s+influence|from\s+[^,.;]{3,40}?))?)"
    r"(?=[\s,.;]|$)", re.IGNORECASE)


def net_zero_aim(text: str, page: int) -> Target | None:
    """The net zero aim a commitment states ("... and to achieve net zero by 2038" -> "net zero
    carbon emissions", due 2038), or None where the sentence commits to nothing or reports
    the past."""
    aim = _NET_ZERO_RE.search(text)
    if aim is None or not has_commitment(text) or is_past_report(text):
        return None
    emissions = _EMISSIONS_RE.search(text)
    measure = f"{aim.group('aim').lower().replace('-', ' ')} {emissions.group('noun') if emissions else ''}"
    return Target(page=page, quote=text, measure=" ".join(measure.split()), deadline=aim.group("year"),
                  direction="achieve")


def without_net_zero(text: str) -> str:
    """The sentence less its net zero aim, so a figure beside it keeps its own date ("reduce
    carbon emissions to net zero by 2038 with a minimum reduction of 50% by 2028")."""
    return re.sub(r"\s+", " ", _NET_ZERO_RE.sub(" ", text)).strip()
