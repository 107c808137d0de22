"""Round 52, family F4 (address): a site line (an airport, a building, a campus) is a line of
the street, never the town; a province named like its country's capital or great city
(towns-telling-country) after a site, street or ward line is that city, the locality; after a
bare place it stays the province."""

from __future__ import annotations

import pytest

from .address_helpers import Read, address_of


def read(line: str, title: str = "Pampas River Survey") -> Read | None:
    return address_of(
        [line],
        title=title,
        intro=f"The {title} maps rivers.",
        after=["Mission", "To map rivers."],
        file="pampas.txt",
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # an airport site line, then the province named like the capital: the city
        (
            "Aeropuerto Internacional de Ezeiza, Buenos Aires, Argentina",
            ("Aeropuerto Internacional de Ezeiza", "Buenos Aires", None, None, "AR"),
        ),
        (
            "Aeroparque Sur, Hangar 4, Buenos Aires, Argentina",
            ("Aeroparque Sur, Hangar 4", "Buenos Aires", None, None, "AR"),
        ),
        (
            "Aeroporto de Congonhas, São Paulo, Brazil",
            ("Aeroporto de Congonhas", "São Paulo", None, None, "BR"),
        ),
        (
            "Aéroport Léopold Sédar Senghor, Dakar, Senegal",
            ("Aéroport Léopold Sédar Senghor", "Dakar", None, None, "SN"),
        ),
        # a street or building line before it
        ("Calle Defensa, Buenos Aires, Argentina", ("Calle Defensa", "Buenos Aires", None, None, "AR")),
        ("Rua Augusta, Rio de Janeiro, Brasil", ("Rua Augusta", "Rio de Janeiro", None, None, "BR")),
        ("Edificio Cóndor, Buenos Aires, Argentina", ("Edificio Cóndor", "Buenos Aires", None, None, "AR")),
        # a numbered street before it, as before
        ("Calle Moreno 850, Buenos Aires, Argentina", ("Calle Moreno 850", "Buenos Aires", None, None, "AR")),
    ],
)
def test_site_or_street_line_then_city_named_province(line: str, expected: Read) -> None:
    assert read(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a bare town before the province: the town, the province its region
        ("Tigre, Buenos Aires, Argentina", (None, "Tigre", "Buenos Aires", None, "AR")),
        ("Quilmes, Buenos Aires, Argentina", (None, "Quilmes", "Buenos Aires", None, "AR")),
        # a building or campus line before a province no table names as a city: no town at all,
        # the line is never the locality
        ("Campus Universitario, Mendoza, Argentina", ("Campus Universitario", None, "Mendoza", None, "AR")),
        ("Immeuble Horizon, Maharashtra, India", ("Immeuble Horizon", None, "Maharashtra", None, "IN")),
        ("Edificio Central, Andalucía, Spain", ("Edificio Central", None, "Andalucía", None, "ES")),
        # a province whose name is no telling city stays the region after a street
        ("Avenida Rivadavia, Córdoba, Argentina", ("Avenida Rivadavia", None, "Córdoba", None, "AR")),
        # a road named after an airport is a street, the town after it as before
        ("Aeropuerto Road, Nairobi, Kenya", ("Aeropuerto Road", "Nairobi", None, None, "KE")),
    ],
)
def test_no_site_line_as_town(line: str, expected: Read) -> None:
    assert read(line) == expected
