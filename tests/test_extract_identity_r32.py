"""Round 32 (F1): an organization's own "About us" page opens with a greeting ("Welcome to X",
"Discover X") or the first person ("We are X"); neither is part of the name, and nor is the
place after the greeted name ("Welcome to the X Museum in Lyon")."""

from __future__ import annotations

import pytest

from orgkg.extract.identity import read_identity
from orgkg.model import Identity, Profile


def _identity(title: str, intro: str) -> Identity:
    return read_identity(Profile("t.txt", "t", "", title, 1, intro, 2, ()))


@pytest.mark.parametrize(
    "title, intro",
    [
        ("Ostrava Planetarium", "Welcome to the Ostrava Planetarium — where the sky comes alive! We opened in 1980."),
        (
            "Nordic Seed Bank",
            "Discover the Nordic Seed Bank (NSB), guardian of the region's crops! We were set up in 1979.",
        ),
        (
            "Harbour Maritime Trust",
            "Explore Harbour Maritime Trust, the keeper of our coast's ships. We began in 1990.",
        ),
        ("Lakeside Folk Archive", "welcome to the Lakeside Folk Archive, a home for songs and stories."),
    ],
)
def test_greeting_is_no_part_of_the_name(title: str, intro: str) -> None:
    found = _identity(title, intro)
    assert found.name == title
    assert not any(n.lower().startswith(("welcome", "discover", "explore")) for n in found.alternate_names)


@pytest.mark.parametrize(
    "title, intro, place",
    [
        ("Textile Museum", "Welcome to the Textile Museum in Lyon — home of a thousand fabrics!", "Lyon"),
        ("Glass Studio", "Welcome to the Glass Studio at Murano, where fire meets sand.", "Murano"),
        ("Alpine Observatory", "Discover the Alpine Observatory near Davos — open every clear night.", "Davos"),
    ],
)
def test_place_after_a_greeted_name_is_no_part_of_it(title: str, intro: str, place: str) -> None:
    found = _identity(title, intro)
    assert found.name == title
    assert not any(place in n for n in (found.name, *found.alternate_names))


def test_place_in_the_title_is_kept() -> None:
    # the title itself holds the place: it is the name
    found = _identity("Museum of Art in Lodz", "Welcome to the Museum of Art in Lodz — modern art since 1930.")
    assert found.name == "Museum of Art in Lodz"


@pytest.mark.parametrize(
    "title, intro, acronym",
    [
        ("Pacific Reef Council", "We are the Pacific Reef Council (PRC) — eleven nations, one ocean!", "PRC"),
        (
            "Andean Seismic Service",
            "We were the Andean Seismic Service (ASS) — watching the ground for 40 years.",
            "ASS",
        ),
        (
            "Highland Water Board",
            "We are Highland Water Board (HWB), the keepers of clean taps. We were set up in 1950.",
            "HWB",
        ),
    ],
)
def test_first_person_opening_names_the_subject(title: str, intro: str, acronym: str) -> None:
    found = _identity(title, intro)
    assert found.name == title
    assert found.acronym == acronym


def test_acronym_dash_title_after_a_greeting_stays_whole() -> None:
    found = _identity(
        "KRI – Kestrel Research Institute",
        "Welcome to KRI – Kestrel Research Institute (KRI), a think tank! We were founded in 1970.",
    )
    assert found.name == "KRI – Kestrel Research Institute"
    assert found.acronym == "KRI"


@pytest.mark.parametrize(
    "title, intro",
    [
        # a greeting word that is the name's first word, and words that are not a greeting
        ("Discovery Science Centre", "Discovery Science Centre is a museum for children."),
        ("Welcome Trust Library", "The Welcome Trust Library is a lending library."),
        ("Welcome House Shelter", "Welcome House Shelter is a night shelter in a port town."),
        ("Weald Archive", "Wealden towns keep the Weald Archive, a county record office."),
    ],
)
def test_names_that_only_look_greeted_are_kept(title: str, intro: str) -> None:
    assert _identity(title, intro).name == title


@pytest.mark.parametrize(
    "title, intro, short",
    [
        (
            "Kestrel Health Trust",
            "We are Kestrel Health Trust (Kestrel) — care in every valley! We began in 1960.",
            "Kestrel",
        ),
        ("Marula Arts Council", "Marula Arts Council (Marula) is a grant-making body.", "Marula"),
        ("Tessera Housing Cooperative", "The Tessera Housing Cooperative (Tessera) is a housing body.", "Tessera"),
    ],
)
def test_first_word_in_brackets_is_a_short_form(title: str, intro: str, short: str) -> None:
    assert short in _identity(title, intro).alternate_names


@pytest.mark.parametrize(
    "title, intro",
    [
        ("Institute of Marine Research", "The Institute of Marine Research (Institute) is a research body."),
        ("Kenya Wildlife Service", "Kenya Wildlife Service (Kenya) is a state corporation."),
        ("Delta Water Board", "Delta Water Board (the Delta) is a water board."),
        ("Quarry Trust", "Quarry Trust (Quarry) is a charity."),  # a two-word name: no short form
    ],
)
def test_bracketed_word_that_is_no_short_form(title: str, intro: str) -> None:
    names = _identity(title, intro).alternate_names
    assert not any(len(n.split()) == 1 for n in names), names
