"""Round 42, F2 (people, founding dates, legislation): the pupil's project report (h31). A
monarch's title ("Emperor", "Empress", "Tsar") goes from a founder's name; a date after a change
verb ("amended 1959", "amended 1959 and 1988") is never the founding date, with or without "in";
"The man who started it was A", "The people who founded the school were A, who …, and B", "The
woman who set it up, A, …" name founders. Own phrasings; each class with negatives."""

from __future__ import annotations

import pytest

from orgkg.model import DateValue

from .founding_helpers import FoundingReaders
from .list_helpers import profile_posts

NAME = "Northern Salt Exporters Union"
INTRO = f"The {NAME} (NSEU) is a trade body in Tromsø."


UNION = FoundingReaders(NAME, INTRO, "nseu.txt")
_dates = UNION.dates
_founders = UNION.founders


# --- class 1: a monarch's title before a founder's names ---------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Emperor Menelik Tesfaye started the union on the 3rd of May 1921.", "Menelik Tesfaye"),
        ("Empress Maria Feodorovna founded the union in 1921.", "Maria Feodorovna"),
        ("The union was founded by Tsar Nikolai Romanov in 1921.", "Nikolai Romanov"),
    ],
)
def test_a_monarchs_title_goes_from_the_founder(line: str, name: str) -> None:
    assert _founders(f"History\n{line}") == {name}


def test_a_monarch_named_by_one_name_keeps_the_title() -> None:
    assert _founders("History\nThe union was founded by Emperor Meiji in 1921.") == {"Emperor Meiji"}


@pytest.mark.parametrize(
    "body", ["the Emperor Penguin Society", "the Emperor Haile Foundation", "Emperor Penguin Ltd."]
)
def test_an_organization_named_after_an_emperor_keeps_its_name(body: str) -> None:
    assert _founders(f"History\nThe union was founded in 1921 by {body}.") == {body.removeprefix("the ")}


# --- class 2: the date of a later change is never the founding date ---------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Founded under the Fisheries Law of 1950, amended 1959.",
        "Set up under the Fisheries Law of 1950 (amended 1959 and 1988).",
        "Established by the Fisheries Act 1950, last amended 1959.",
        "Founded under the Fisheries Law of 1950, amended 1959, 1971 and 1988.",
        "Created under the Fisheries Law of 1950, modified 1962.",
    ],
)
def test_an_amendments_year_is_no_founding_date(line: str) -> None:
    dates = _dates(f"Legislation\n{line}")
    assert all(d.year == 1950 for d in dates)


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("Founded in 1950, 1951 and 1952 in three towns.", 1950),
        ("Established on 3 May 1950 by the Fisheries Law, which was amended in 1959.", 1950),
        ("Founded in 1950; its charter was rewritten in 1959.", 1950),
    ],
)
def test_a_founding_date_beside_a_change_stays(line: str, year: int) -> None:
    assert {d.year for d in _dates(f"Legislation\n{line}")} == {year}


# --- class 3: "the man who started it was A" ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("It began in 1921. The man who started it was Ole Berg, the mayor of Tromsø.", {"Ole Berg"}),
        ("The person who founded the union was Ole Berg.", {"Ole Berg"}),
        ("Its ships sail north. The man who started it, Ole Berg, is on a stamp.", {"Ole Berg"}),
        (
            "The people who started the union were Ole Berg, who was the mayor, and his friend Kari Lund.",
            {"Ole Berg", "Kari Lund"},
        ),
        ("The woman who set the union up was Kari Lund.", {"Kari Lund"}),
        ("The people who founded the NSEU were Ole Berg and Kari Lund.", {"Ole Berg", "Kari Lund"}),
    ],
)
def test_the_person_who_started_it_is_its_founder(text: str, names: set[str]) -> None:
    assert _founders(f"History\n{text}") == names


@pytest.mark.parametrize(
    "text",
    [
        "The man who ran it was Ole Berg.",
        "The man who started the strike was Ole Berg.",
        "The war began in 1914. The man who started it was Ole Berg.",
        "The people who founded the Fishing Club were Ole Berg and Kari Lund.",
        "The man who started the union was not Ole Berg.",
        "The man who started it was the mayor.",
    ],
)
def test_who_started_something_else_names_no_founder(text: str) -> None:
    assert _founders(f"History\n{text}") == set()


# --- class 4: a leader sentence in a pupil's words ----------------------------------------------


def _posts(text: str) -> set[tuple[str, tuple[str, ...]]]:
    return profile_posts(NAME, INTRO, text, "nseu.txt")


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("The Secretary now is Kari G. Lund III.", ("Secretary", ("Kari G. Lund III",))),
        ("The Director currently is Kari Lund.", ("Director", ("Kari Lund",))),
        ("The President is Ola Nordmann from Norway, elected in 2021.", ("President", ("Ola Nordmann",))),
        ("The Chair is Ola Nordmann from the United Kingdom.", ("Chair", ("Ola Nordmann",))),
        (
            "The head of the union is the Chief Executive Officer, Lars Dahl (in 2023).",
            ("Chief Executive Officer", ("Lars Dahl",)),
        ),
        ("The boss is the Managing Director, Lars G. Dahl Jr.", ("Managing Director", ("Lars G. Dahl Jr.",))),
    ],
)
def test_a_post_and_its_holder_in_a_pupils_sentence(text: str, post: tuple[str, tuple[str, ...]]) -> None:
    assert post in _posts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary then was Kari Lund.",
        "The President is Ola Nordmann from Statoil, elected in 2021.",
        "The chair is the Minister of Fisheries, Lars Dahl.",
        "The head of the union is the Chief Executive Officer, who is chosen by the board.",
        "The head of the union is the Oslo Office, Lars Dahl.",
        "The Director is from Norway.",
    ],
)
def test_no_holder_from_a_near_miss(text: str) -> None:
    assert all(not holders for _, holders in _posts(text))


# --- class 5: "<the organization> began on <day>" ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The union began on the 3rd of May 1921, when two guilds were joined.",
        "It was started in 1921. The union began on 3 May 1921 in a boathouse.",
        "The NSEU began on May 3, 1921.",
    ],
)
def test_the_organization_began_on_a_day(text: str) -> None:
    assert _dates(f"History\n{text}") == {DateValue(1921, 5, 3)}


@pytest.mark.parametrize(
    "text",
    [
        "The strike began on the 3rd of May 1921.",
        "Its first flight began on 3 May 1921.",
        "The war began on 3 May 1921 and the union suffered.",
    ],
)
def test_something_else_beginning_dates_nothing(text: str) -> None:
    assert _dates(f"History\n{text}") == set()
