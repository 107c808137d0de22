"""Round 16 list classes (partners.py, people.py): a counted phrase opened by a preposition
is no partner class; a unit name ending its sentence loses the full stop; a lowercase
description after a name's comma describes that name, no unit of its own."""

from __future__ import annotations

import pytest

from orgkg.extract.names import NameKind, body_natural_order, natural_order
from orgkg.extract.partners import read_partners
from orgkg.extract.people import read_leader, read_structure
from orgkg.extract.units import read_divisions
from orgkg.model import Field, Identity, Item, OrgKind, PartnerCategory, Post, Unit

IDENTITY = Identity("Example Institute", OrgKind.ORGANIZATION)


def field(name: str, *lines: str) -> Field:
    return Field(name, 10, tuple(Item(11 + n, line) for n, line in enumerate(lines)))


def categories(*lines: str) -> set[str]:
    facts = read_partners(field("Partners", *lines), IDENTITY)[0]
    return {f.label for f in facts if isinstance(f, PartnerCategory)}


def units(*lines: str) -> set[str]:
    return {f.name for f in read_structure(field("Organization structure", *lines), IDENTITY)[0] if isinstance(f, Unit)}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("member countries: 12 at the founding, 30 by the end (1990).", {"member countries"}),
        ("partner states: 8 in 1960, 19 after the enlargement.", {"partner states"}),
        ("member states: 25 during the first decade, 31 since 2004.", {"member states"}),
    ],
)
def test_a_counted_phrase_opened_by_a_preposition_is_no_class(line: str, expected: set[str]) -> None:
    assert categories(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("It has 40 member universities and 12 associate members.", {"member universities", "associate members"}),
        ("Some 30 partner laboratories.", {"partner laboratories"}),
    ],
)
def test_a_counted_class_still_reads(line: str, expected: set[str]) -> None:
    assert expected <= categories(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Plenary ; Bureau ; Technical Secretariat. Related: other bodies", "Technical Secretariat"),
        ("Board of Governors ; Audit Committee.", "Audit Committee"),
        ("The work is done by the Central Office.", "Central Office"),
    ],
)
def test_a_unit_name_ending_its_sentence_loses_the_stop(line: str, expected: str) -> None:
    found = units(line)
    assert expected in found
    assert not any(name.endswith(".") for name in found)


def test_an_abbreviation_at_the_end_of_a_unit_name_keeps_its_stop() -> None:
    assert any(name.endswith("Co.") for name in units("It runs the Music Division of Acme Co."))


@pytest.mark.parametrize(
    ("line", "described"),
    [
        ("Overseen by the Finance Council of Ruritania, a statutory board; daily work by staff.", "statutory board"),
        ("Answers to the Heritage Trust, an advisory committee.", "advisory committee"),
        ("Run under the Museums Council (MC), a governing board.", "governing board"),
    ],
)
def test_a_description_after_a_names_comma_is_no_unit(line: str, described: str) -> None:
    assert described not in units(line)


def test_a_described_unit_in_a_list_still_reads() -> None:
    assert "steering committee" in units("It has a Board, a steering committee and two working groups.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Okafor, Grace N.", "Grace N. Okafor"),
        ("Halvorsen, Ingrid Marie, Dame, 1901-1977", "Ingrid Marie Halvorsen"),
        ("Brennan, Thomas, d. 1899", "Thomas Brennan"),
        ("Quist, Elsa, fl. 1890-1910", "Elsa Quist"),
        ("Moreau, Luc, ca. 1850-", "Luc Moreau"),
        ("Baker, Samuel, Jr.", "Samuel Baker Jr."),
        ("Fairweather-Lyle, Agnes, 1932?", "Agnes Fairweather-Lyle"),
        ("Ruiz Soto, Ana María", "Ana María Ruiz Soto"),
    ],
)
def test_an_inverted_name_comes_out_in_natural_order(text: str, expected: str) -> None:
    assert natural_order(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lee Kuan Yew",  # no comma: already in natural order
        "Samuel Baker, Jr.",  # natural order with a suffix
        "Agriculture, Ministry of",  # an inverted body, not a person
        "Lyon, France",  # a place and its country
        "Ana Ruiz, Toledo",  # a whole name and one word: a name and its town, maybe
        "Okafor, Dr.",  # a title alone
        "Okafor, Grace, the elder",  # a note no catalogue writes
    ],
)
def test_what_is_no_inverted_name_stays_as_written(text: str) -> None:
    assert natural_order(text) is None


def holders(*lines: str) -> list[tuple[str, str]]:
    facts = read_leader(field("Leader", *lines), IDENTITY)[0]
    return [(f.label, h.name) for f in facts if isinstance(f, Post) for h in f.named_holders]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Rector: Okafor, Grace N. (2019- )", [("Rector", "Grace N. Okafor")]),
        ("Chief Librarian, 1961-1970?: Quist, Elsa, 1920-1999", [("Chief Librarian", "Elsa Quist")]),
        (
            "Director: Moreau, Luc, Sir, 1850-1921 (1890-1900) ; Brennan, Thomas, d. 1930 (1900-1912)",
            [("Director", "Luc Moreau"), ("Director", "Thomas Brennan")],
        ),
        ("Chair: Grace N. Okafor (since 2020)", [("Chair", "Grace N. Okafor")]),
    ],
)
def test_a_catalogue_holder_is_read_in_natural_order(line: str, expected: list[tuple[str, str]]) -> None:
    assert holders(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Director: Ana Ruiz, Toledo",
        "Director: Lyon, France",
        "Rector: Agriculture, Ministry of",
        "President: Austin, Texas",  # a town and its state
        "Chair: Okafor, Ontario (since 2020)",
    ],
)
def test_no_holder_is_made_from_what_is_no_inverted_name(line: str) -> None:
    assert holders(line) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Earth Sciences, Division of", "Division of Earth Sciences"),
        ("Agriculture, Ministry of", "Ministry of Agriculture"),
        ("Treasury, Department of the", "Department of the Treasury"),
        ("Rural Health, Office for", "Office for Rural Health"),
    ],
)
def test_an_inverted_body_name_comes_out_in_natural_order(text: str, expected: str) -> None:
    assert body_natural_order(text, NameKind.UNIT) == expected


@pytest.mark.parametrize(
    "text",
    ["Okafor, Grace N.", "Acme, Department of Physics", "Sales, Marketing of", "Earth Sciences Division"],
)
def test_what_is_no_inverted_body_name_is_left(text: str) -> None:
    assert body_natural_order(text, NameKind.UNIT) is None


def division_names(*lines: str) -> list[str]:
    facts = read_divisions(field("Divisions", *lines), IDENTITY)[0]
    return [f.name for f in facts if isinstance(f, Unit)]


def test_a_semicolon_list_of_inverted_divisions_reads_each_one() -> None:
    line = "Earth Sciences, Division of ; Applied Chemistry, Division of ; Ocean Research, Office of"
    assert division_names(line) == [
        "Division of Earth Sciences",
        "Division of Applied Chemistry",
        "Office of Ocean Research",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Dirección de Estudios para el Desarrollo ; Dirección Jurídica",
        "Oficina de los Pueblos Indígenas ; Dirección Jurídica",
        "Instituto de las Artes para el Trabajo ; Dirección Jurídica",
    ],
)
def test_spanish_joining_words_keep_a_unit_name_whole(line: str) -> None:
    assert division_names(line) == [part.strip() for part in line.split(";")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Rector, 1960-1968?: Ruiz Soto, Ana", [("Rector", "Ana Ruiz Soto")]),
        ("Director general, ca. 1931-: Peña Lugo, Mateo", [("Director general", "Mateo Peña Lugo")]),
        ("Director: Ruiz Soto, Ana, 1950-", [("Director", "Ana Ruiz Soto")]),
    ],
)
def test_a_catalogue_mark_decides_a_two_word_family_name(line: str, expected: list[tuple[str, str]]) -> None:
    assert holders(line) == expected
