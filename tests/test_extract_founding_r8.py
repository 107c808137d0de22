"""Round 8: instrument titles with their day, spaced numbers, and signers with a rank."""

from __future__ import annotations

import pytest

from orgkg.extract.founding import find_instrument, read_founding_text
from orgkg.model import DateValue, Identity, OrgKind


@pytest.mark.parametrize(
    ("text", "name", "date"),
    [
        (
            "Décret n° 46-2 du 3 janvier 1946, on the proposal of the minister.",
            "Décret n° 46-2 du 3 janvier 1946",
            DateValue(1946, 1, 3),
        ),
        ("Arrêté n° 98-17 du 5 mai 1998.", "Arrêté n° 98-17 du 5 mai 1998", DateValue(1998, 5, 5)),
        (
            "Decreto n.º 12 345 de 2 de março de 1950.",
            "Decreto n.º 12 345 de 2 de março de 1950",
            DateValue(1950, 3, 2),
        ),
    ],
)
def test_a_day_joined_to_the_title_is_part_of_it(text: str, name: str, date: DateValue) -> None:
    found = find_instrument(text)
    assert found is not None and (found.name, found.date) == (name, date)


def test_a_day_after_a_comma_stays_outside_the_title() -> None:
    found = find_instrument("Lei nº 5.851, de 7 de dezembro de 1972.")
    assert found is not None and (found.name, found.date) == ("Lei nº 5.851", DateValue(1972, 12, 7))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Decreto-Lei n.º 40 690, of 18th July 1956.", "Decreto-Lei n.º 40 690"),
        ("Decree No. 1 204 of 1961.", "Decree No. 1 204"),
        ("Law No. 12\u202f500, promulgated in 1970.", "Law No. 12\u202f500"),
    ],
)
def test_a_number_spaced_in_thousands_is_whole(text: str, name: str) -> None:
    found = find_instrument(text)
    assert found is not None and found.name == name


def test_a_number_then_other_digits_is_not_joined() -> None:
    found = find_instrument("Decree No. 15 2002 edition.")
    assert found is not None and found.name == "Decree No. 15"


@pytest.mark.parametrize(
    "text",
    [
        "Décret n° 46-2 du 3 janvier 1946, signed by General Charles de Gaulle as President of the Provisional "
        "Government.",
        "Decree No. 4 of 1950, signed by General Charles de Gaulle.",
        "The Foundation Act 1950, signed into law by General Charles de Gaulle as head of state.",
    ],
)
def test_a_signer_with_a_rank_and_an_office_after(text: str) -> None:
    found = find_instrument(text)
    assert found is not None and found.signer is not None and found.signer.name == "Charles de Gaulle"


def test_a_signer_named_by_a_rank_alone_is_none() -> None:
    found = find_instrument("Decree No. 4 of 1950, signed by the General as head of state.")
    assert found is not None and found.signer is None


# --- founders named by a decision ----------------------------------------------------------

ORG = Identity("Halden Institute for Soil Research", OrgKind.GOVERNMENT, "HISR")


@pytest.mark.parametrize(
    ("text", "founders"),
    [
        (
            "Established 2nd January 1914, on the arrival of a chemist, by decision of Ola Berg and Kari Lund.",
            ["Ola Berg", "Kari Lund"],
        ),
        ("Founded in 1914 at the decision of Ola Berg.", ["Ola Berg"]),
        ("Set up in 1914 by order of Kari Lund.", ["Kari Lund"]),
        ("Established in 1950 by resolution of the Nordic Soil Council.", ["Nordic Soil Council"]),
    ],
)
def test_a_decision_of_someone_names_the_founders(text: str, founders: list[str]) -> None:
    reading = read_founding_text(text, ORG, "")
    assert [m.name for m in reading.founders] == founders


@pytest.mark.parametrize(
    "text",
    [
        "Created in 1950 by decision of the board.",
        "Established in 1950; the decision of Ola Berg to leave came later.",
        "It was renamed in 1960 by decision of Ola Berg.",
    ],
)
def test_no_founder_from_a_decision_of_no_one_or_of_something_else(text: str) -> None:
    assert read_founding_text(text, ORG, "").founders == ()


@pytest.mark.parametrize(
    "text",
    [
        "It was founded in 1710 by order of King Olav II of Norway.",
        "It was founded in 1710 as a plague house by King Olav II of Norway.",
        "Established in 1801 by decision of Queen Sonja II of Halden.",
    ],
)
def test_a_titled_person_the_person_reader_misses_is_no_organization_founder(text: str) -> None:
    assert all(m.kind != "organization" for m in read_founding_text(text, ORG, "").founders)


def test_an_organization_named_after_a_titled_person_stays_a_founder() -> None:
    founders = read_founding_text("Established in 1950 by the King Olav Soil Foundation.", ORG, "").founders
    assert [(m.name, m.kind) for m in founders] == [("King Olav Soil Foundation", "organization")]
