"""Round 53 (addresses): the locality is the town without its delivery office (FORMAT.md)."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.parse import parse_profile

from .address_helpers import Read, address_parts

TITLE, INTRO = "Omega Foundation", "The Omega Foundation is a research charity."


def _field(body: str):
    text = f"{TITLE}\n| ||||\n|\n{INTRO}\nHeadquarters address\n{body}\n"
    facts = extract(parse_profile(text, "omega.txt"))
    return next(f for f in facts.fields if f.name == "Headquarters address")


def components(body: str) -> Read | None:
    return address_parts(_field(body).facts)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # French CEDEX, any case, with or without an office number
        (
            "40 avenue de Lodève, 34394 Montpellier Cedex 5, France",
            ("40 avenue de Lodève", "Montpellier", None, "34394", "FR"),
        ),
        ("3 rue des Canonniers, 59046 LILLE CEDEX, France", ("3 rue des Canonniers", "LILLE", None, "59046", "FR")),
        ("9 allée Ferrié, 33076 Bordeaux cedex 09, France", ("9 allée Ferrié", "Bordeaux", None, "33076", "FR")),
        ("BP 420, 06903 Sophia Antipolis Cedex, France", (None, "Sophia Antipolis", None, "06903", "FR")),
        # a Swiss or Belgian numbered delivery office after the postal code and the town
        ("Chemin des Mines 14, 1211 Genève 19, Suisse", ("Chemin des Mines 14", "Genève", None, "1211", "CH")),
        ("Case postale 88, 3001 Bern 1, Switzerland", (None, "Bern", None, "3001", "CH")),
        (
            "Boulevard du Régent 21, 1000 Bruxelles 1, Belgium",
            ("Boulevard du Régent 21", "Bruxelles", None, "1000", "BE"),
        ),
    ],
)
def test_delivery_office_is_not_the_town(body: str, expected: tuple[str | None, ...]) -> None:
    assert components(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a city's numbered district is its locality still (no delivery office)
        ("Vinohradská 12, 120 00 Praha 2, Czech Republic", ("Vinohradská 12", "Praha 2", None, "120 00", "CZ")),
        ("Merrion Row 7, Dublin 2, D02 XK31, Ireland", ("Merrion Row 7", "Dublin 2", None, "D02 XK31", "IE")),
        ("Ringstrasse 3, 1010 Wien 1, Austria", ("Ringstrasse 3", "Wien 1", None, "1010", "AT")),
        # a town merely named like a word ending in "cedex" is untouched; no number, no office
        ("Seefeldstrasse 40, 8008 Zürich, Switzerland", ("Seefeldstrasse 40", "Zürich", None, "8008", "CH")),
        ("Rue Haute 5, 1000 Bruxelles, Belgium", ("Rue Haute 5", "Bruxelles", None, "1000", "BE")),
    ],
)
def test_districts_and_plain_towns_stay(body: str, expected: tuple[str | None, ...]) -> None:
    assert components(body) == expected


def test_the_field_statement_keeps_the_delivery_office() -> None:
    body = "11 rue Sainte-Catherine, 31045 Toulouse Cedex 9, France"
    field = _field(body)
    assert components(body) == ("11 rue Sainte-Catherine", "Toulouse", None, "31045", "FR")
    assert "Toulouse Cedex 9" in (field.verbatim or "")
