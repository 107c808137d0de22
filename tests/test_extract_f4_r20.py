"""Round 20, family F4: addresses written by an institutional historian (h14). "St." opening a
place name is "Saint" ("St. Petersburg, 197376"), not a thoroughfare word."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import Address
from orgkg.parse import parse_profile

INTRO = "The Harbour Research Institute (HRI) is a public research institute."


def read(body: str) -> tuple[Address | None, list[str]]:
    lines = ["Harbour Research Institute", "| ||||", "|", INTRO, "Headquarters address", body]
    facts = extract(parse_profile("\n".join(lines) + "\n", "harbour.txt"))
    field = next(f for f in facts.fields if f.name == "Headquarters address")
    found = next((f for f in field.facts if isinstance(f, Address)), None)
    return found, [d.code for d in facts.diagnostics]


@pytest.mark.parametrize(
    ("body", "street", "locality", "postal"),
    [
        # the international order of a Russian address: the postal code after the city
        ("nab. Makarova, 4, St. Petersburg, 199034, Russia", "nab. Makarova, 4", "St. Petersburg", "199034"),
        (
            "Nevsky Prospekt 28, St Petersburg, 191186, Russian Federation",
            "Nevsky Prospekt 28",
            "St Petersburg",
            "191186",
        ),
        ("Rorschacher Strasse 10, 9000 St. Gallen, Switzerland", "Rorschacher Strasse 10", "St. Gallen", "9000"),
    ],
)
def test_st_opening_a_place_name_is_saint(body: str, street: str, locality: str, postal: str) -> None:
    found, _ = read(body)
    assert found is not None
    assert (found.street, found.locality, found.postal_code) == (street, locality, postal)


@pytest.mark.parametrize(
    ("body", "street"),
    [
        # "St" after a name is still "Street": it stays in the street line
        ("12 High St, Bristol BS1 4DJ, United Kingdom", "12 High St"),
        ("40 Queen St., Auckland 1010, New Zealand", "40 Queen St."),
    ],
)
def test_st_after_a_name_is_still_street(body: str, street: str) -> None:
    found, _ = read(body)
    assert found is not None
    assert found.street == street
    assert found.locality not in (None, street)


def test_a_street_named_st_alone_is_no_locality() -> None:
    # "Harbour St." is a thoroughfare, never the locality, so nothing past the street is read
    found, _ = read("Harbour St., Kenya")
    assert found is None or found.locality is None
