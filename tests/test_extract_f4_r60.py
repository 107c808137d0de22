"""Round 60, family F4 (units, address, identity): a speaker's aside or a dated clause after a
program's name, a body's size or a possessive "its own" body in the structure, a semicolon
list after a chronicler's arrow, Dar es Salaam after a street, a place after an intro's
acronym with its own comma parts."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.people import read_structure
from orgkg.extract.units import read_programs
from orgkg.model import Field, Identity, Item, OrgKind, Program, Unit
from orgkg.parse import parse_profile

from .address_helpers import Read, address_of

IDENTITY = Identity("Example Holdings", OrgKind.ORGANIZATION)


def programs(text: str) -> list[str]:
    facts, _ = read_programs(Field("List of programs", 10, (Item(11, text),)), IDENTITY)
    return sorted(f.name for f in facts if isinstance(f, Program))


def structure(text: str) -> list[str]:
    facts, _ = read_structure(Field("Organization structure", 10, (Item(11, text),)), IDENTITY)
    return sorted(f.name for f in facts if isinstance(f, Unit))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Harbour Pilot Scheme, from 1962, under which every ship entering port took a pilot — and the"
            " reason for the new tugs.",
            ["Harbour Pilot Scheme"],
        ),
        (
            "The Rural Library Service, since 1971, by which books reached every village — and a great deal more.",
            ["Rural Library Service"],
        ),
        (
            "The Coastal Survey Programme, begun in 1950, through which every bay was charted — and many were named.",
            ["Coastal Survey Programme"],
        ),
    ],
)
def test_notes_after_a_described_programs_name_go(text: str, expected: list[str]) -> None:
    assert programs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Valley Schools Network; the Friends of the Museum, I am glad to say, funded it from the first day.",
        "The Valley Schools Network; the Alumni Circle, we are told, paid for the new wing.",
        "The Valley Schools Network; the Harbour Rotary Club, you will remember, raised the money.",
    ],
)
def test_a_speakers_aside_inside_a_sentence_names_no_program(text: str) -> None:
    assert programs(text) == ["Valley Schools Network"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Night Sky Lectures, I believe\n- Open Lab Days", ["Night Sky Lectures", "Open Lab Days"]),
        ("- Night Sky Lectures, we hope\n- Open Lab Days", ["Night Sky Lectures", "Open Lab Days"]),
    ],
)
def test_a_speakers_aside_after_a_name_goes(text: str, expected: list[str]) -> None:
    profile = extract(
        parse_profile(f"Night Sky Society\nThe Night Sky Society is a club.\nList of programs\n{text}\n", "x.txt")
    )
    field = next(f for f in profile.fields if f.name == "List of programs")
    assert sorted(f.name for f in field.facts if isinstance(f, Program)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An Assembly of all members, a Governing Council of 21 members, and a Secretariat.",
            ["Governing Council"],
        ),
        ("An Appeals Board of 15 judges sits in the capital.", ["Appeals Board"]),
        (
            "The Board of 12 trustees meets twice a year; the Advisory Panel of 9 experts advises it.",
            ["Advisory Panel"],
        ),
    ],
)
def test_a_bodys_size_is_no_part_of_its_name(text: str, expected: list[str]) -> None:
    found = structure(text)
    assert all(name in found for name in expected)
    assert not any(any(ch.isdigit() for ch in name) for name in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Council of 12 Cities meets in the capital.",
        "The Committee of 100 advises the board.",
    ],
)
def test_a_count_that_is_part_of_a_name_stays(text: str) -> None:
    assert any(any(ch.isdigit() for ch in name) for name in structure(text))


@pytest.mark.parametrize(
    "text",
    [
        "As four regional companies, each with its own supervisory board, under the ministry.",
        "Three agencies, each with its own steering committee.",
        "The academy runs its own advisory council and its own finance committee.",
    ],
)
def test_its_own_lowercase_body_is_no_unit(text: str) -> None:
    assert structure(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1961 → Governing Council; Director-General", ["Governing Council"]),
        ("1990 → Scientific Council; Audit Committee; Executive Director", ["Audit Committee", "Scientific Council"]),
        ("1975 → Director; Deputy Directors; Research Council", ["Research Council"]),
    ],
)
def test_semicolon_links_after_a_chroniclers_arrow(text: str, expected: list[str]) -> None:
    assert structure(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Samora Avenue, Dar es Salaam, Tanzania", ("Samora Avenue", "Dar es Salaam", None, None, "TZ")),
        ("Plot 7, Ohio Street, Dar es Salaam, Tanzania", ("Plot 7, Ohio Street", "Dar es Salaam", None, None, "TZ")),
        # another region of Tanzania named like its town stays a region
        ("Sokoine Road, Arusha, Tanzania", ("Sokoine Road", None, "Arusha", None, "TZ")),
    ],
)
def test_dar_es_salaam_after_a_street_is_the_locality(line: str, expected: Read) -> None:
    found = address_of(
        [line],
        title="Coastal Research Council",
        intro="The Coastal Research Council studies coasts.",
        after=["Mission", "To study coasts."],
        file="coast.txt",
    )
    assert found == expected


def identity_of(title: str, intro: str) -> Identity:
    return extract(parse_profile(f"{title}\n{intro}\nMission\nTo show things.\n", "x.txt")).identity


@pytest.mark.parametrize(
    ("title", "intro", "acronym"),
    [
        ("Harbour Design Museum", "The Harbour Design Museum (HDM) in Port Louis, Mauritius, is a museum.", "HDM"),
        (
            "Lakeside Art Gallery",
            "The Lakeside Art Gallery (LAG) at Bled, Upper Carniola, Slovenia, is a gallery.",
            "LAG",
        ),
        ("Nordic Sea Institute", "The Nordic Sea Institute (NSI) near Bergen, Norway, was an institute.", "NSI"),
    ],
)
def test_place_with_its_commas_after_the_acronym_is_no_name(title: str, intro: str, acronym: str) -> None:
    found = identity_of(title, intro)
    assert (found.name, found.acronym) == (title, acronym)
    assert title not in found.alternate_names
