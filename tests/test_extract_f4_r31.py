"""Round 31, family F4: Spanish- and Portuguese-speaking writers' layouts. A province named
like its capital city ("San José", "Maputo") after a bare place is the city (the place before
it a district) or the province (the place before it a town): not told, so the locality and
region stay unread and the lines before it are the street; after a building or campus line
("Edificio …", "Campus …"), a street line or a ward or township line ("Hlaing Township") the
name is the city. A budget's year written as "…, year 2021"
or "(year 2021)" is its fiscal year. A Tokyo ward ("Chiyoda-ku, Tokyo") gives the city."""

from __future__ import annotations

import pytest

from orgkg.extract.budget import fiscal_year

from .address_helpers import Read, address_of


def address(*lines: str) -> Read | None:
    return address_of(
        lines,
        title="Ceiba Research Council",
        intro="The Ceiba Research Council is a public research body.",
        after=("Mission", "To study forests."),
        file="ceiba.txt",
    )


@pytest.mark.parametrize(
    ("lines", "street"),
    [
        (("Torre Sur, Barrio Amón, El Carmen", "San José, Costa Rica"), "Torre Sur, Barrio Amón, El Carmen"),
        (
            ("Oficinas Centrales, Los Yoses, San Pedro", "San José, Costa Rica"),
            "Oficinas Centrales, Los Yoses, San Pedro",
        ),
        (("Barrio El Carmen, Heredia, Costa Rica",), "Barrio El Carmen"),
        (("Rua 7 n.º 12, Machava, Maputo, Moçambique",), "Rua 7 n.º 12"),
        (("18 Bogyoke Road, Thanlyin, Yangon, Myanmar",), "18 Bogyoke Road"),
    ],
)
def test_capital_named_province_after_a_bare_place_is_left_unread(lines: tuple[str, ...], street: str) -> None:
    found = address(*lines)
    assert found is not None
    assert found[0] == street
    assert found[1:3] == (None, None)  # neither the district as a town nor the city as a province


@pytest.mark.parametrize(
    ("lines", "street", "locality", "country"),
    [
        (("Edificio Norte, San José, Costa Rica",), "Edificio Norte", "San José", "CR"),
        (("Av. 2, n.º 88, Campus da Lagoa", "Maputo – Moçambique"), "Av. 2, n.º 88, Campus da Lagoa", "Maputo", "MZ"),
        (("Calle 3, Edificio Los Pinos, Cartago, Costa Rica",), "Calle 3, Edificio Los Pinos", "Cartago", "CR"),
        (("42 Pyay Road, Hlaing Township, Yangon, Myanmar",), "42 Pyay Road", "Yangon", "MM"),
        (("Strand Road, Botahtaung Township", "Yangon, Myanmar"), "Strand Road", "Yangon", "MM"),
        (("Calle Blancos, Heredia, Costa Rica",), "Calle Blancos", "Heredia", "CR"),
    ],
)
def test_capital_named_province_after_a_building_line_is_the_city(
    lines: tuple[str, ...], street: str, locality: str, country: str
) -> None:
    assert address(*lines) == (street, locality, None, None, country)


@pytest.mark.parametrize(
    ("lines", "locality", "region"),
    [
        # a province with no city of its name keeps its reading: the town, then its province
        (("Calle 5, Liberia, Guanacaste, Costa Rica",), "Liberia", "Guanacaste"),
        # a numbered street line before the capital: no district between, the city
        (("Avenida Central 120, San José, Costa Rica",), "San José", None),
    ],
)
def test_other_layouts_are_unchanged(lines: tuple[str, ...], locality: str, region: str | None) -> None:
    found = address(*lines)
    assert found is not None and found[1:3] == (locality, region)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("ARS 9.500 millones, year 2019.", 2019),
        ("R$ 310 milhões (year 2022)", 2022),
        ("About 80 million euros for the year 2017", 2017),
        ("USD 12 million in the year 2015", 2015),
    ],
)
def test_year_written_after_the_figure_is_the_fiscal_year(text: str, year: int) -> None:
    found = fiscal_year(text)
    assert found is not None and found.year == year


@pytest.mark.parametrize(
    "text",
    [
        "a year 2021 figure of 4 million",  # "year" inside a phrase, not opening a clause
        "€ 4 million; the next year 20 more",  # no four-digit year
        "USD 3 million, year-end figure",
    ],
)
def test_year_word_without_an_opening_year_gives_no_fiscal_year(text: str) -> None:
    assert fiscal_year(text) is None


@pytest.mark.parametrize(
    ("lines", "street", "postal"),
    [
        (("2-3-1 Kasumigaseki, Minato-ku, Tokyo 105-0001, Japan",), "2-3-1 Kasumigaseki", "105-0001"),
        (("4-6-1 Komaba, Meguro-ku", "Tokyo 153-8904", "Japan"), "4-6-1 Komaba", "153-8904"),
        (("1-1 Honcho, Shinjuku-ku, Tokyo 160-0001, Japan",), "1-1 Honcho", "160-0001"),
    ],
)
def test_ward_of_tokyo_gives_the_city(lines: tuple[str, ...], street: str, postal: str) -> None:
    # "Minato-ku, Tokyo": the ward of the city of Tokyo, not a town of the prefecture
    # the one word is read once, as the city (round 41)
    assert address(*lines) == (street, "Tokyo", None, postal, "JP")


@pytest.mark.parametrize(
    ("lines", "locality", "region"),
    [
        # a ward of a city under another prefecture: the city after it stays the locality
        (("3-1 Kita-ku, Kobe, Hyogo 651-0001, Japan",), "Kobe", "Hyogo"),
        # a town before a prefecture without a ward suffix keeps its reading
        (("2-1 Hirosawa, Wako, Saitama 351-0198, Japan",), "Wako", "Saitama"),
    ],
)
def test_ward_suffix_elsewhere_changes_nothing(lines: tuple[str, ...], locality: str, region: str) -> None:
    found = address(*lines)
    assert found is not None and found[1:3] == (locality, region)
