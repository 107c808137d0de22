"""Round 57, family F4: a line of place codes under a form's address ("ISO 3166-1: GB /
ISO 3166-2: GB-ENG", "NUTS 3: UKK41") is no part of it; a form's plural "Acronyms:" key gives
the organization's acronym (so "LWB Secretariat, 12 Quay Road" loses its addressee)."""

from __future__ import annotations

import pytest

from orgkg.extract import read_address, read_identity
from orgkg.parse import parse_profile

from .address_helpers import address_parts

NAME = "Lakeside Water Board"
INTRO = "The Lakeside Water Board is a public water utility."


def _profile(body: str, intro: str = INTRO) -> tuple[str | None, ...] | None:
    lines = [NAME, "| ||||", "|", intro, "Headquarters address", *body.split("\n")]
    profile = parse_profile("\n".join(lines) + "\n", "lakeside.txt")
    field = profile.field("Headquarters address")
    assert field is not None
    facts, _ = read_address(field, read_identity(profile))
    return address_parts(facts)


PLYMOUTH = ("12 Quay Road", "Plymouth", None, "PL1 2AB", "GB")


@pytest.mark.parametrize(
    "codes",
    [
        "ISO 3166-1: GB / ISO 3166-2: GB-ENG",
        "NUTS 3: UKK41 / ISO 3166-1: GB",
        "NUTS-equivalent: UKK41",
        "iso 3166-1 alpha-2: GB; LAU: E06000026",
        "3.2 ISO 3166-1: GB",
    ],
)
def test_a_line_of_place_codes_under_the_address_is_dropped(codes: str) -> None:
    assert _profile(f"Registered office: 12 Quay Road, Plymouth PL1 2AB, United Kingdom\n{codes}") == PLYMOUTH


@pytest.mark.parametrize(
    "second",
    [
        "Reception: ISO 9001 certified",  # no code label
        "ISO 3166-1: United Kingdom of Great Britain and Northern Ireland",  # a name, not a code
        "NUTS 3: UKK41 — see the annex for the map of the district",  # a note after the codes
    ],
)
def test_a_line_that_is_not_codes_only_is_not_taken_for_one(second: str) -> None:
    assert _profile(f"12 Quay Road, Plymouth PL1 2AB, United Kingdom\n{second}") != PLYMOUTH


def test_a_code_line_alone_gives_no_address_part() -> None:
    assert _profile("ISO 3166-1: GB / ISO 3166-2: GB-ENG") in (None, (None, None, None, None, "GB"))


@pytest.mark.parametrize(
    "intro",
    [
        "Legal name: Lakeside Water Board. Acronyms: BELA (EN); BEL (FR). Legal form: statutory body.",
        "Legal name: Lakeside Water Board. Acronyms: BELA. Legal form: statutory body.",
        "Legal name: Lakeside Water Board. Acronym: BELA. Legal form: statutory body.",
    ],
)
def test_a_forms_acronyms_key_names_the_addressee(intro: str) -> None:
    body = "Registered office: BELA Secretariat, 12 Quay Road, Plymouth PL1 2AB, United Kingdom"
    assert _profile(body, intro) == PLYMOUTH


@pytest.mark.parametrize(
    "intro",
    [
        "Legal name: Lakeside Water Board. Acronyms: not yet registered. Legal form: statutory body.",
        "Legal name: Lakeside Water Board. Former acronyms: BELA. Legal form: statutory body.",
    ],
)
def test_no_acronym_keeps_another_bodys_name_in_the_street(intro: str) -> None:
    body = "Registered office: BELA Secretariat, 12 Quay Road, Plymouth PL1 2AB, United Kingdom"
    found = _profile(body, intro)
    assert found is None or found[0] != "12 Quay Road"
