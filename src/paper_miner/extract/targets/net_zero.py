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
from paper_miner.extract.targets.patterns import NATIONAL_AIM_RE, has_commitment, is_past_report
from paper_miner.models import Target

_AIM = r"(?P<aim>net[\s-]zero|carbon[\s-]neutral(?:ity)?)"
_PLEDGE = r"(?:pledge|target|commitment|ambition|goal|aim)"
# "to net zero by 2038", "becoming carbon neutral by 2030", "net-zero carbon emissions by 2045", "a
# carbon neutral county by 2045"; "the borough's net-zero 2035 pledge"; "our 2032 target of becoming
# net zero".
# Whose aim it is, before or after its year: "carbon neutrality as an organisation by 2031", "net
# zero ... by 2044 as a county".
_SCOPE = r"\s+as\s+(?P<{}>an?\s+[a-z]+)"
# What reaches net zero, named right after the aim: "net zero emissions", "a carbon neutral council".
_WHOSE = r"(?:emissions|council|organisation|authority|borough|county|city|district|estate|operations)"
# "net zero for our direct emissions by 2035", "carbon neutral across our estate by 2030".
_OWN_PART = r"(?:\s+(?:on|for|across|in)\s+(?:its|our|their|the)\s+(?:own\s+)?(?:direct\s+)?(?:emissions?|operations|estate))"
_NET_ZERO_RES = (
    re.compile(rf"\b(?P<what>{_AIM}(?:\s+(?:carbon|greenhouse\s+gas))?(?:\s+\([A-Z\d]{{2,6}}\))?(?:\s+{_WHOSE})?{_OWN_PART}?)(?:{_SCOPE.format('scope')})?"
               rf"\s+(?:by|before|in)\s+(?P<year>{YEAR})\b(?:{_SCOPE.format('scope_after')})?", re.IGNORECASE),
    re.compile(rf"\b{_AIM}\s+(?P<year>{YEAR})\s+{_PLEDGE}\b", re.IGNORECASE),
    re.compile(rf"\b(?P<year>{YEAR})\s+{_PLEDGE}\s+(?:of|to)\s+(?:be|being|become|becoming|achieve|achieving|reach"
               rf"|reaching)\s+(?:a\s+)?{_AIM}", re.IGNORECASE),
)
# A second year for the same aim, for another scope: "... by 2028 as an organisation and 2042 as
# a borough", "... as a council by 2031 and as a county by 2044".
_AND_SCOPE_RE = re.compile(rf"\s*,?\s+and(?:{_SCOPE.format('scope')})?\s+(?:by\s+|before\s+|in\s+)?(?P<year>{YEAR})\b"
                           rf"(?:{_SCOPE.format('scope_after')})?", re.IGNORECASE)
# "carbon emissions", "emissions we can influence": what reaches net zero, printed elsewhere
# in the sentence.
_EMISSIONS_RE = re.compile(
    r"\b(?P<noun>(?:carbon\s+|greenhouse\s+gas\s+)?emissions(?:\s+(?:we\s+can\s+influence|from\s+[^,.;]{3,40}?))?)"
    r"(?=[\s,.;]|$)", re.IGNORECASE)


# "In line with the Government's target, the Council aims to ...": the council's own, though the
# nation is named before it.
_OWN_RE = re.compile(r"\b(?:council|authority|we|our|us)\b", re.IGNORECASE)
# "The vision is for the county to become carbon neutral by 2045", "commitments to work towards
# carbon neutrality by 2030", "Make the council's estate carbon neutral by 2032": becoming net
# zero, making something so or working towards it, is itself the aim.
_BECOMING_RE = re.compile(r"\b(?:vision|become|becoming|make|making|towards|commitments?|pledged?)\b", re.IGNORECASE)


def net_zero_aims(text: str, page: int) -> list[Target]:
    """The net zero aims a commitment states, one per year ("... and to achieve net zero by 2038"
    -> "net zero carbon emissions", due 2038; "carbon neutral by 2025 and ... to achieve carbon
    neutrality by 2030" -> two), or none where the sentence commits to nothing or reports the past."""
    aims = sorted((m for rule in _NET_ZERO_RES for m in rule.finditer(text)), key=lambda m: m.start())
    if not aims or not (has_commitment(text) or _BECOMING_RE.search(text)) or is_past_report(text):
        return []
    emissions = _EMISSIONS_RE.search(text)
    found: dict[str, Target] = {}
    for before, aim in zip([0, *(a.end() for a in aims)], aims):
        whose = text[before:aim.start()]
        if NATIONAL_AIM_RE.search(whose) and not _OWN_RE.search(whose):
            continue  # "the Scottish Government to net zero by 2045": the nation's aim, not the paper's
        measure = _aimed_at(aim, emissions)
        for year, scope in _years_and_scopes(text, aim):
            found.setdefault(f"{year} {scope}", Target(page=page, quote=text, measure=" ".join(f"{measure} {scope}".split()),
                                                       deadline=year, direction="achieve"))
    return list(found.values())


def _aimed_at(aim: re.Match[str], emissions: re.Match[str] | None) -> str:
    """What is to reach net zero, as the aim prints it ("a net zero authority across its own
    estate" -> "net zero authority across its own estate", "net zero carbon county"), with
    the emissions the sentence names elsewhere where it names none ("reduce carbon emissions to
    net zero" -> "net zero carbon emissions")."""
    what = re.sub(r"\([^)]*\)", " ", aim.groupdict().get("what") or aim.group("aim"))  # "(CO2)"
    what = " ".join(what.lower().replace("-", " ").split())
    what = what.replace("neutrality", "neutral")
    named = re.search(rf"\b{_WHOSE}\b", what)
    return what if named or emissions is None else f"{what} {emissions.group('noun')}"


def _years_and_scopes(text: str, aim: re.Match[str]) -> list[tuple[str, str]]:
    """The aim's year and whose it is ("as a council"), then any further year the sentence
    gives the same aim for another ("... and 2042 as a borough")."""
    found = [(aim.group("year"), _scope(aim))]
    follow = _AND_SCOPE_RE.match(text, aim.end())
    if follow is not None and found[0][1]:
        found.append((follow.group("year"), _scope(follow)))
    return found


def _scope(match: re.Match[str]) -> str:
    scope = match.groupdict().get("scope") or match.groupdict().get("scope_after")
    return f"as {' '.join(scope.lower().split())}" if scope else ""


def without_net_zero(text: str) -> str:
    """The sentence less its net zero aim, so a figure beside it keeps its own date ("reduce
    carbon emissions to net zero by 2038 with a minimum reduction of 50% by 2028")."""
    for rule in _NET_ZERO_RES:
        text = rule.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()
