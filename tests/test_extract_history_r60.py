"""Round 60 (F3): a dash aside's "as" is not the founding's; an order that it be called X from
then on, and a name given back, are renames into its present name; a place after the comma of a
name it took is kept when the place is in its own name."""

from __future__ import annotations

import pytest

from orgkg.extract.history import read_events
from orgkg.model import ChangeEvent, Identity, OrgKind


def _previous(name: str, text: str) -> set[str]:
    facts = read_events(text, Identity(name, OrgKind.ORGANIZATION, None), "")
    return {f.previous_name for f in facts if isinstance(f, ChangeEvent) and f.previous_name}


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "Coast Farmers League",
            "It was founded on 3 March 1948 in Mombasa — the day still kept as Kilimo Day — and grew fast.",
        ),
        (
            "River Workers Union",
            "The union was established in 1932 at Lagos – a date remembered as Bloody Monday – by dockers.",
        ),
        (
            "Highland Choir Society",
            "Founded in 1901 — an event celebrated as Founders Night ever since — it sang weekly.",
        ),
    ],
)
def test_an_as_inside_a_dash_aside_is_no_founding_name(name: str, text: str) -> None:
    assert _previous(name, text) == set()


@pytest.mark.parametrize(
    ("name", "text", "earlier"),
    [
        (
            "Harbour Science Museum",
            "Founded in 1880 as the Marine Hall, in 1905 it was decreed that the museum should"
            " thereafter be called the Harbour Science Museum.",
            "Marine Hall",
        ),
        (
            "Northern Arts Gallery",
            "Opened in 1890 as the Town Picture Room, it was agreed in 1921 that the gallery would"
            " henceforth be called the Northern Arts Gallery.",
            "Town Picture Room",
        ),
        (
            "Valley Water Board",
            "The board was set up in 1911 as the Valley Drainage Trust. An order of 1950 said the board"
            " should thenceforth be called the Valley Water Board.",
            "Valley Drainage Trust",
        ),
    ],
)
def test_an_order_for_its_name_from_then_on_is_the_rename_into_it(name: str, text: str, earlier: str) -> None:
    assert earlier in _previous(name, text)


@pytest.mark.parametrize(
    ("name", "text", "earlier"),
    [
        (
            "Port Harcourt Marine Station",
            "In 1930 the station was renamed the Imperial Marine Station, Port Harcourt,"
            " and in 1962 it took back its original name.",
            "Imperial Marine Station, Port Harcourt",
        ),
        (
            "Cape Town Weather Office",
            "The office was renamed the Royal Weather Office, Cape Town, in 1921; in 1961 it regained its former name.",
            "Royal Weather Office, Cape Town",
        ),
        (
            "San Anton Botanic Garden",
            "In 1901 the garden was renamed the Colonial Botanic Garden, San Anton. In 1964 it took back its old name.",
            "Colonial Botanic Garden, San Anton",
        ),
    ],
)
def test_a_place_of_its_own_name_after_the_comma_stays_in_the_name_it_took(name: str, text: str, earlier: str) -> None:
    assert _previous(name, text) == {earlier}


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # the place is not in its own name: where it stood, not a word of the name
        (
            "Marine Station",
            "In 1930 the station was renamed the Imperial Marine Station, Port Harcourt,"
            " and in 1962 it took back its original name.",
        ),
        # a later name with no way back: not a previous name
        ("Port Harcourt Marine Station", "In 1930 the station was renamed the Imperial Marine Station, Port Harcourt."),
        # another body is called so, not it
        ("Harbour Science Museum", "It was decreed that the new annexe should thereafter be called the Quay Hall."),
    ],
)
def test_no_previous_name_from_the_near_misses(name: str, text: str) -> None:
    assert not any("Harcourt" in n or n == "Quay Hall" for n in _previous(name, text))
