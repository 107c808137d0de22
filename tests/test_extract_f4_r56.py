"""Round 56, family F4: an address told in a filing's or a judgment's third-person sentence
("The Company's principal executive offices are located at …", "The Museum is located at …",
"ACME's registered office is at …"), a clause joined after it (", and its telephone number is
…"), and a building line before a city-state ("Rotes Rathaus, Berlin, Germany")."""

from __future__ import annotations

import pytest

from orgkg.extract import read_address, read_identity
from orgkg.parse import parse_profile

from .address_helpers import address_parts

NAME = "Lakeside Water Board"
INTRO = "The Lakeside Water Board (LWB) is a public water utility."


def address(body: str) -> tuple[str | None, ...] | None:
    lines = [NAME, "| ||||", "|", INTRO, "Headquarters address", body]
    profile = parse_profile("\n".join(lines) + "\n", "lakeside.txt")
    field = profile.field("Headquarters address")
    assert field is not None
    facts, _ = read_address(field, read_identity(profile))
    return address_parts(facts)


PLYMOUTH = ("12 Quay Road", "Plymouth", None, "PL1 2AB", "GB")


@pytest.mark.parametrize(
    "body",
    [
        "The Company's principal executive offices are located at 12 Quay Road, Plymouth PL1 2AB, United Kingdom.",
        "The Board's registered office is at 12 Quay Road, Plymouth PL1 2AB, United Kingdom.",
        "The Trust's central administration was situated at 12 Quay Road, Plymouth PL1 2AB, United Kingdom.",
        "The Foundation is located at 12 Quay Road, Plymouth PL1 2AB, United Kingdom.",
        "The Society was based at 12 Quay Road, Plymouth PL1 2AB, United Kingdom.",
        "Our principal executive offices are located at 12 Quay Road, Plymouth PL1 2AB, United Kingdom.",
        "LWB's national office is at 12 Quay Road, Plymouth PL1 2AB, United Kingdom.",
        "Lakeside Water Board's head office is at 12 Quay Road, Plymouth PL1 2AB, United Kingdom.",
    ],
)
def test_a_third_person_sentence_naming_the_own_seat_is_read(body: str) -> None:
    assert address(body) == PLYMOUTH


@pytest.mark.parametrize(
    "body",
    [
        "12 Quay Road, Plymouth PL1 2AB, United Kingdom, and its telephone number is +44 1752 000000.",
        "12 Quay Road, Plymouth PL1 2AB, United Kingdom, and our switchboard there answers on weekdays.",
        "The Company's registered office is at 12 Quay Road, Plymouth PL1 2AB, United Kingdom, and its fax "
        "number is (01752) 000001.",
    ],
)
def test_a_clause_joined_after_the_address_is_no_part_of_it(body: str) -> None:
    assert address(body) == PLYMOUTH


@pytest.mark.parametrize(
    "body",
    [
        # another body's seat: the sentence stays unread
        "The Ministry's registered office is at 12 Quay Road, Plymouth PL1 2AB, United Kingdom.",
        "Westcountry Holdings' head office is at 12 Quay Road, Plymouth PL1 2AB, United Kingdom.",
        "Harbour Trust's head office is at 12 Quay Road, Plymouth PL1 2AB, United Kingdom.",
        # a former seat: "former" is no office modifier
        "The Company's former offices were at 12 Quay Road, Plymouth PL1 2AB, United Kingdom.",
        # the body's kind alone names no seat without "at" or "in"
        "The Company was 12 Quay Road, Plymouth PL1 2AB, United Kingdom.",
        # a parent's seat
        "The parent company's offices are at 12 Quay Road, Plymouth PL1 2AB, United Kingdom.",
    ],
)
def test_a_sentence_naming_another_or_a_former_seat_gives_no_address(body: str) -> None:
    assert address(body) is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Rotes Rathaus, Berlin, Germany", ("Rotes Rathaus", "Berlin", None, None, "DE")),
        ("Alte Post, Hamburg, Germany", ("Alte Post", "Hamburg", None, None, "DE")),
        ("Palais Epstein, Wien, Austria", ("Palais Epstein", "Wien", None, None, "AT")),
        ("Kaiserstraße 3, Hamburg, Germany", ("Kaiserstraße 3", "Hamburg", None, None, "DE")),
    ],
)
def test_a_city_state_after_a_line_is_the_town_not_a_region(body: str, expected: tuple[str | None, ...]) -> None:
    assert address(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a Land that is more than one town stays the region
        ("Marktplatz 1, Potsdam, Brandenburg, Germany", ("Marktplatz 1", "Potsdam", "Brandenburg", None, "DE")),
        ("Berlin, Germany", (None, "Berlin", None, None, "DE")),
        # an "and" opening a name is no clause ("…, Trinidad and Tobago")
        (
            "12 Frederick Street, Port of Spain, Trinidad and Tobago",
            ("12 Frederick Street", "Port of Spain", None, None, "TT"),
        ),
    ],
)
def test_near_misses_read_as_before(body: str, expected: tuple[str | None, ...]) -> None:
    assert address(body) == expected


def _identity(title: str, intro: str) -> tuple[str, tuple[str, ...]]:
    profile = parse_profile("\n".join([title, "| ||||", "|", intro, "Mission", "Care."]) + "\n", "x.txt")
    found = read_identity(profile)
    return found.name, found.alternate_names


@pytest.mark.parametrize(
    ("title", "intro", "name", "alternates"),
    [
        (
            "Museu do Mar",
            "The Museu do Mar (Sea Museum of Portugal) in Vila do Conde is a maritime museum.",
            "Museu do Mar",
            ("Sea Museum of Portugal",),
        ),
        (
            "Casa da Música",
            "The Casa da Música (House of Music) in Porto de Mós is a concert hall.",
            "Casa da Música",
            ("House of Music",),
        ),
        (
            "Stadtbibliothek",
            "The Stadtbibliothek (City Library) in Frankfurt am Main is a public library.",
            "Stadtbibliothek",
            ("City Library",),
        ),
        ("Teatro Real", "The Teatro Real in Santiago de Compostela is an opera house.", "Teatro Real", ()),
    ],
)
def test_a_place_with_a_particle_after_the_name_is_where_it_is(
    title: str, intro: str, name: str, alternates: tuple[str, ...]
) -> None:
    assert _identity(title, intro) == (name, alternates)


@pytest.mark.parametrize(
    ("title", "intro", "name"),
    [
        # the title holds the words after "in": they are the name
        (
            "Centre for Studies in Law and Society",
            "The Centre for Studies in Law and Society is a research centre.",
            "Centre for Studies in Law and Society",
        ),
        ("Institute in Rio de Janeiro", "The Institute in Rio de Janeiro is a school.", "Institute in Rio de Janeiro"),
    ],
)
def test_a_name_holding_in_stays_whole(title: str, intro: str, name: str) -> None:
    assert _identity(title, intro)[0] == name
