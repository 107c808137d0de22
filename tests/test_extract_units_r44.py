"""extract/units.py (round 44, spoken answers): a spoken opener ("So,", "Oh, and", "Then",
"There's") is no part of a unit's name; a short label per sentence ("Regional: … Thematic: …")
names a class, no unit; an acronym after a comma closing an item is that unit's short name;
"the library's the X Library" names X; a list of names each with a lowercase note after a
comma ("A, launched in 2019, and the B, from 2008") names its items."""

from __future__ import annotations

import pytest

from orgkg.extract.people import read_structure
from orgkg.extract.units import read_divisions, read_programs
from orgkg.model import Field, Identity, Item, OrgKind, Program, Unit

IDENTITY = Identity("Example Institute", OrgKind.ORGANIZATION)


def field(name: str, text: str) -> Field:
    return Field(name, 10, (Item(11, text),))


def units(text: str) -> list[tuple[str, str | None]]:
    facts, _ = read_divisions(field("Divisions", text), IDENTITY)
    return [(f.name, f.acronym) for f in facts if isinstance(f, Unit)]


def unit_names(text: str) -> list[str]:
    return [name for name, _ in units(text)]


def structure(text: str) -> list[str]:
    facts, _ = read_structure(field("Organization structure", text), IDENTITY)
    return [f.name for f in facts if isinstance(f, Unit)]


def programs(text: str) -> list[tuple[str, str | None]]:
    facts, _ = read_programs(field("List of programs", text), IDENTITY)
    return [(f.name, f.acronym) for f in facts if isinstance(f, Program)]


# --- spoken openers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "So, the Northern Region; the Coastal Freight Service, the night boats; and the Harbour Pilots Unit.",
            ["Northern Region", "Coastal Freight Service", "Harbour Pilots Unit"],
        ),
        (
            "Well, the Lisbon Office, the Porto Office and the Faro Office.",
            ["Lisbon Office", "Porto Office", "Faro Office"],
        ),
        (
            "The School of Nursing and the School of Dentistry. Oh, and the archive's the Margaret Osei Archive.",
            ["School of Nursing", "School of Dentistry", "Margaret Osei Archive"],
        ),
    ],
)
def test_spoken_opener_is_no_part_of_a_unit(text: str, expected: list[str]) -> None:
    found = unit_names(text)
    assert found == expected
    assert not any(name.split()[0] in {"So", "Oh", "Well", "Then"} for name in found)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("There's the Board, which hires staff, and the Audit Committee.", "Audit Committee", "There's the Board"),
        ("The General Assembly on top. Then the Standing Committee of delegates.", "Standing Committee", "Then"),
        (
            "A Senate at the top. Then the Finance Council, the Research Council and the Ethics Board.",
            "Finance Council",
            "Then the Finance Council",
        ),
    ],
)
def test_spoken_opener_in_a_structure(text: str, expected: str, absent: str) -> None:
    found = structure(text)
    assert expected in found
    assert not any(name.startswith(absent) for name in found)


@pytest.mark.parametrize(
    "text",
    [
        "So Good Foods and Then Street Bank.",  # no comma and no article after: names
        "Thereafter the Marine Unit.",
    ],
)
def test_words_like_openers_inside_names_stay(text: str) -> None:
    found = unit_names(text)
    assert not any(name in {"Good Foods", "Street Bank"} for name in found)


# --- a label per sentence -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North: the Oslo Office and the Bergen Office. South: the Lyon Office and the Nice Office.",
            ["Oslo Office", "Bergen Office", "Lyon Office", "Nice Office"],
        ),
        (
            "Basic research: the Plasma Centre, the Optics Centre."
            " Applied: the Materials Centre and the Sensors Centre.",
            ["Plasma Centre", "Optics Centre", "Materials Centre", "Sensors Centre"],
        ),
        (
            "Regional: the Andes Division and the Caribbean Division. Topical: the Water Division.",
            ["Andes Division", "Caribbean Division", "Water Division"],
        ),
    ],
)
def test_sentence_label_is_no_unit(text: str, expected: list[str]) -> None:
    assert unit_names(text) == expected


# --- an acronym after a comma ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Other bodies: the Scientific and Technical Council, SCITEC, and the Board of Auditors.",
            ("Scientific and Technical Council", "SCITEC"),
        ),
        (
            "Other bodies: the Council for Trade and Energy, COTEN, and the Audit Board.",
            ("Council for Trade and Energy", "COTEN"),
        ),
        (
            "Its organs: the Regional Economic Forum, REF, and the Court of Arbitration.",
            ("Regional Economic Forum", "REF"),
        ),
    ],
)
def test_comma_acronym_is_the_units_short_name(text: str, expected: tuple[str, str]) -> None:
    found = units(text)
    assert expected in found
    assert not any("," in name and name.endswith(expected[1]) for name, _ in found)


def test_comma_acronym_of_another_name_is_not_taken() -> None:
    # "UCH" spells no part of "Kenneth Dike Library": the short name of something else
    found = units("Other units: the Kenneth Dike Library, UCH, and the Zoology Museum.")
    assert ("Kenneth Dike Library", "UCH") not in found


# --- programs with notes after commas -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Programs: Clean Rivers 2040, the twenty-year plan, and the Coastal Resilience Initiative, CRI.",
            [("Clean Rivers 2040", None), ("Coastal Resilience Initiative", "CRI")],
        ),
        (
            "Programs: Plant a Forest, started in 2019, and the National Seed Bank Mission, from 2008.",
            [("Plant a Forest", None), ("National Seed Bank Mission", None)],
        ),
        (
            "The Annual Atlas, every spring, and the Open Maps Festival.",
            [("Annual Atlas", None), ("Open Maps Festival", None)],
        ),
    ],
)
def test_noted_program_list(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert programs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Annual Atlas, every spring, and a lot of smaller reports.",  # no second name
        "Programs: Plant a Forest, started in 2019. The Seed Bank Mission, from 2008.",  # two sentences
        "the twenty-year plan, and the other schemes.",
    ],
)
def test_noted_list_near_misses_name_nothing_lowercase(text: str) -> None:
    names = [name for name, _ in programs(text)]
    assert not any(name[:1].islower() for name in names)
    assert "Seed Bank Mission, from 2008" not in names
