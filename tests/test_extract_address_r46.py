"""Round 46, family F4 (address): a rural line naming its village by a type word
(village-words.csv) before postal routes (postal-route-words.csv) and district lines gives the
village as the locality and keeps the region and code ("Village X, via Y, District Z, State
PIN"); a city state's name alone (city-state-capitals.csv), also before a dash and a note,
is the town and its country."""

from __future__ import annotations

import pytest

from .address_helpers import Read, address_of


def read(line: str, title: str = "Eastbrook Weavers Cooperative") -> Read | None:
    return address_of(
        [line],
        title=title,
        intro=f"The {title} organises things.",
        after=["Mission", "To promote things."],
        file="eastbrook.txt",
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Village Kharwa, via Beawar, District Ajmer, Rajasthan 305901, India",
            (None, "Kharwa", "Rajasthan", "305901", "IN"),
        ),
        (
            "Vill. Rampura, Post Kishangarh, Dist. Ajmer, Rajasthan 305801, India",
            (None, "Rampura", "Rajasthan", "305801", "IN"),
        ),
        ("Village Sonpur, District Saran, Bihar 841101, India", (None, "Sonpur", "Bihar", "841101", "IN")),
        ("Village Kothi, via Nagaur, Rajasthan 341001, India", (None, "Kothi", "Rajasthan", "341001", "IN")),
        # a plot line before the village stays the street
        ("Plot 4, Village Sonpur, District Saran, Bihar 841101, India", ("Plot 4", "Sonpur", "Bihar", "841101", "IN")),
    ],
)
def test_village_line_gives_the_locality(line: str, expected: Read) -> None:
    assert read(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # a thoroughfare after the "village" part: no route or district line
        "Village Hall, District Road, Bihar 841101, India",
        "Village Road, via Hilltown, District Saran, Bihar 841101, India",
        # "Via" opening a street, no village before it
        "Via Garibaldi, District Saran, Bihar 841101, India",
        # a street and a district line, no village: still no locality
        "12 Station Road, District Ajmer, Rajasthan 305001, India",
    ],
)
def test_no_village_no_village_locality(line: str) -> None:
    result = read(line)
    assert result is None or result[1] is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Luxembourg", (None, "Luxembourg", None, None, "LU")),
        ("Monaco", (None, "Monaco", None, None, "MC")),
        (
            "Luxembourg — the board sat there from 1958. No street address I could confirm.",
            (None, "Luxembourg", None, None, "LU"),
        ),
        ("Singapore – the office opened there in 1990.", (None, "Singapore", None, None, "SG")),
        ("Luxembourg, Luxembourg", (None, "Luxembourg", None, None, "LU")),
    ],
)
def test_city_state_alone_is_the_town(line: str, expected: Read) -> None:
    assert read(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # a country whose capital has another name, or a town with no country told
        "France — the board met in Paris.",
        "Geneva — the council met there from 1946.",
        # a capitalised sentence after the dash is no lowercase note
        "Luxembourg — The board met there.",
    ],
)
def test_no_city_state_alone_no_town(line: str) -> None:
    assert read(line) is None
