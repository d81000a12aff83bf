"""Authorities as data: the council a paper names, matched to its GSS code and type."""
import pytest

from paper_miner.authorities import RegisteredAuthority, registered


@pytest.mark.parametrize("name, code, kind", [
    ("Norfolk County Council", "E10000020", "county council"),
    ("Tunbridge Wells Borough Council", "E07000116", "district council"),
    ("London Borough of Tower Hamlets", "E09000030", "London borough"),
    ("Royal Borough of Kensington and Chelsea", "E09000020", "London borough"),
    ("City of London Corporation", "E09000001", "London borough"),
    ("City of Bradford Metropolitan District Council", "E08000032", "metropolitan borough"),
    ("St. Helens Council", "E08000013", "metropolitan borough"),
    ("Brighton & Hove City Council", "E06000043", "unitary authority"),
    ("Stoke-on-Trent City Council", "E06000021", "unitary authority"),
    ("Kingston upon Hull City Council", "E06000010", "unitary authority"),  # the register: "Kingston upon Hull, City of"
    ("Durham County Council", "E06000047", "unitary authority"),  # the register: "County Durham"
    ("City and County of Swansea", "W06000011", "Welsh principal council"),
    ("Isle of Anglesey County Council", "W06000001", "Welsh principal council"),
    ("London Borough of Barnet (Barnet Council)", "E09000003", "London borough"),
])
def test_a_council_is_matched_on_its_place_whatever_wraps_it(name, code, kind):
    assert registered(name) == RegisteredAuthority(code=code, type=kind)


@pytest.mark.parametrize("name, kind", [
    ("Upper Ashby Parish Council", "parish or town council"),
    ("Llanfair Community Council", "parish or town council"),
    ("Westvale Combined Authority", "combined authority"),
    ("Eastshire Fire and Rescue Authority", "fire and rescue authority"),
    ("Westvale and Eastshire NHS Foundation Trust", "NHS body"),
    ("Aberdeenshire Council", None),  # Scottish: not in the register of England and Wales
    ("Westvale Housing Partnership", None),
])
def test_an_authority_outside_the_register_has_no_code_and_the_type_its_name_says(name, kind):
    assert registered(name) == RegisteredAuthority(code=None, type=kind)


def test_no_authority_has_neither_code_nor_type():
    assert registered(None) == RegisteredAuthority()


def test_a_body_named_after_a_place_is_not_that_places_council():
    assert registered("Norfolk Youth Council").code is None
