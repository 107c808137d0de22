"""Round 41, family F4: the guidebook entry's addresses (h30). A Tokyo ward before "Tokyo" gives
the city once, as the locality, not again as the region; "Walk", "Parade" and "Mews" name
thoroughfares, so a suburb written after one is no line of the street; a capitalised bracket
after a town ("Copenhagen (København)", "Wien (Döbling)") is its other name or district, except
where it is part of official town names ("Frankfurt (Oder)")."""

from __future__ import annotations

import pytest

from .address_helpers import Read, address_of


def read(*lines: str) -> Read | None:
    return address_of(
        list(lines),
        title="Harbourside Ferry Trust",
        intro="The Harbourside Ferry Trust (HFT) runs the ferries of a harbour town.",
        after=["Mission", "To run ferries."],
        file="harbourside.txt",
    )


# --- a Tokyo ward: the city once, as the locality


@pytest.mark.parametrize(
    ("lines", "street", "postal"),
    [
        (("5-7-1 Shirokane, Minato-ku, Tokyo 108-0071, Japan",), "5-7-1 Shirokane", "108-0071"),
        (("2-2-2 Ginza, Chuo-ku, Tokyo 104, Japan",), "2-2-2 Ginza", "104"),  # a pre-1998 code
        (
            ("Harbour View Tower, 1-4-2 Shiba, Minato-ku", "Tokyo 105-0014", "Japan"),
            "Harbour View Tower, 1-4-2 Shiba",
            "105-0014",
        ),
    ],
)
def test_tokyo_ward_gives_the_city_once(lines: tuple[str, ...], street: str, postal: str) -> None:
    assert read(*lines) == (street, "Tokyo", None, postal, "JP")


@pytest.mark.parametrize(
    ("line", "locality", "region"),
    [
        # a city of the prefecture (no ward suffix): Tokyo is the region
        ("3-1 Midori-cho, Musashino-shi, Tokyo 180-0012, Japan", "Musashino-shi", "Tokyo"),
        ("12-3 Nakacho, Fuchu, Tokyo 183-0055, Japan", "Fuchu", "Tokyo"),
        # a ward of a city under another prefecture keeps its prefecture
        ("2-3 Odori, Chuo-ku, Sapporo, Hokkaido 060-0042, Japan", "Sapporo", "Hokkaido"),
    ],
)
def test_tokyo_as_prefecture_keeps_the_region(line: str, locality: str, region: str) -> None:
    found = read(line)
    assert found is not None
    assert found[1:3] == (locality, region)


# --- "Walk", "Parade", "Mews": a thoroughfare, then a suburb


@pytest.mark.parametrize(
    ("line", "street", "locality"),
    [
        (
            "Hollis House, Millers Walk, Claremont, Cape Town 7708, South Africa",
            "Hollis House, Millers Walk, Claremont",
            "Cape Town",
        ),
        (
            "Gull Cottage, Harbour Parade, Simonstown, Cape Town 7975, South Africa",
            "Gull Cottage, Harbour Parade, Simonstown",
            "Cape Town",
        ),
        (
            "Stable Block, Cavendish Mews, Hatfield, Pretoria 0083, South Africa",
            "Stable Block, Cavendish Mews, Hatfield",
            "Pretoria",
        ),
        ("14 Marine Parade, Durban 4001, South Africa", "14 Marine Parade", "Durban"),
    ],
)
def test_suburb_after_a_walk_or_parade_is_no_street_line(line: str, street: str, locality: str) -> None:
    found = read(line)
    assert found is not None
    assert found[:2] == (street, locality)


@pytest.mark.parametrize(
    ("line", "street", "locality"),
    [
        # "Walk" and "Parade" inside a longer word name no thoroughfare: the town stays the locality
        ("22 Church Street, Walkerville 5081, Australia", "22 Church Street", "Walkerville"),
        ("8 Station Road, Paradegrond, South Africa", "8 Station Road", "Paradegrond"),
    ],
)
def test_walk_inside_a_word_is_no_thoroughfare(line: str, street: str, locality: str) -> None:
    found = read(line)
    assert found is not None
    assert found[:2] == (street, locality)


def test_two_places_after_a_walk_leave_the_street_whole() -> None:
    # with two places after the thoroughfare, where the street ends is unsure: kept as written
    found = read("Hollis House, Millers Walk, Claremont, Newlands, Cape Town 7708, South Africa")
    assert found is not None
    assert found[0] == "Hollis House, Millers Walk, Claremont, Newlands"


# --- "Town (Other name)": the town written first


@pytest.mark.parametrize(
    ("line", "locality"),
    [
        ("Havnegade 4, 1058 Copenhagen (København), Denmark", "Copenhagen"),  # the own-language name
        ("Gasse 3, 1180 Wien (Währing), Austria", "Wien"),  # the district
        ("Kungsgatan 9, 111 43 Stockholm (Norrmalm), Sweden", "Stockholm"),
        ("Rue Haute 12, 1000 Brussels (Bruxelles), Belgium", "Brussels"),
    ],
)
def test_bracketed_other_name_is_no_part_of_the_town(line: str, locality: str) -> None:
    found = read(line)
    assert found is not None
    assert found[1] == locality


@pytest.mark.parametrize(
    ("line", "locality", "region"),
    [
        # German town names carry the bracket officially
        ("Kaiserstraße 5, 79098 Freiburg (Breisgau), Germany", "Freiburg (Breisgau)", None),
        ("Marktplatz 2, 15230 Frankfurt (Oder), Germany", "Frankfurt (Oder)", None),
        # a region in the bracket is the region, as before
        ("Via Roma 3, 20121 Milano (MI), Italy", "Milano", "MI"),
        ("Hauptplatz 1, 8010 Graz (Steiermark), Austria", "Graz", "Steiermark"),
        # a lowercase note is not cut to a town
        ("Gasse 3, 1180 Wien (main office), Austria", "Wien (main office)", None),
    ],
)
def test_other_brackets_keep_their_reading(line: str, locality: str, region: str | None) -> None:
    found = read(line)
    assert found is not None
    assert found[1:3] == (locality, region)
