"""Round 59 (founding): a speech's first person and a will of another event, and titles that
run past a comma to their own act number or past an ordinal's "of the <Name>".

- "we work under the X Act of 1992, but that act did not found us": the act it runs under today,
  denied with the first-person object "us", is no founding act (lexicon current "work under").
- "the prize was awarded under the will of A": the will is another event's, A no founder.
- "Act on the X, Incorporated Y (Act No. 9 of 1999)": the title runs on to its bracketed number.
- "First General Sanitary Convention of the Andean States": an ordinal's title keeps its "of"."""

from __future__ import annotations

import pytest

from orgkg.extract.founding import find_instrument

from .founding_helpers import FoundingReaders

_ACADEMY = FoundingReaders(
    "Nordic Veterinary Academy", "Nordic Veterinary Academy is a veterinary school in Finland.", "nva.txt"
)


def _name(text: str) -> str | None:
    found = find_instrument(text)
    return found.name if found else None


@pytest.mark.parametrize(
    "text",
    [
        "Today we work under the Universities Act of 1997, but that act did not found us.",
        "Like every college, the academy works under the Universities Act 1997.",
        "We work under the Veterinary Schools Act of 2004 now.",
        "The Animal Health Act 1988 did not found us; a royal decree did.",
        "The Universities Act 1997 sets our rules, but that act did not create us.",
    ],
)
def test_an_act_run_under_today_or_denied_to_us_is_no_founding_act(text: str) -> None:
    assert find_instrument(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We were created by the Veterinary Schools Act of 1947.", "Veterinary Schools Act of 1947"),
        ("The Universities Act 1997 created us.", "Universities Act 1997"),
        ("Established under the Animal Health Act 1988; we worked hard ever since.", "Animal Health Act 1988"),
    ],
)
def test_an_act_that_made_us_is_still_read(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    "sentence",
    [
        "In 1930 the first gold medal was awarded under the will of Maria Lindqvist.",
        "Its library was enlarged under the will of Otto Berg in 1911.",
        "A chair in surgery was endowed by the will of Anna Holm.",
    ],
)
def test_a_will_of_another_event_names_no_founder(sentence: str) -> None:
    assert _ACADEMY.founders(f"History\n{sentence}") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The academy was established in 1923 under the will of Maria Lindqvist.",
        "Founded in 1923 under the will of Maria Lindqvist, the academy trains surgeons.",
        "The academy was created under the will of Maria Lindqvist in 1923.",
    ],
)
def test_a_will_that_founded_it_names_its_testator(sentence: str) -> None:
    assert _ACADEMY.founders(f"History\n{sentence}") == {"Maria Lindqvist"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Act on the Japan Fisheries Research Agency, Incorporated Administrative Agency (Act No. 199 of 1999).",
            "Act on the Japan Fisheries Research Agency, Incorporated Administrative Agency",
        ),
        (
            "Act on the Okinawa Science Institute, National University Corporation (Act No. 76 of 2009).",
            "Act on the Okinawa Science Institute, National University Corporation",
        ),
        (
            "Law on the Baltic Grain Board, Public Body (Law No. 12 of 1994); amended 2001.",
            "Law on the Baltic Grain Board, Public Body",
        ),
    ],
)
def test_a_title_runs_past_a_comma_to_its_act_number(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Act on the Japan Fisheries Research Agency, which it runs under.",
            "Act on the Japan Fisheries Research Agency",
        ),
        ("Companies Act 1963, Section 4 applies.", "Companies Act 1963"),
        ("Act on the Okinawa Science Institute, amended (Act No. 7 of 2012).", "Act on the Okinawa Science Institute"),
    ],
)
def test_a_comma_without_an_act_number_after_it_ends_the_title(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Set up by resolution of the First General Sanitary Convention of the Andean States (Lima).",
            "First General Sanitary Convention of the Andean States",
        ),
        (
            "Set up by the Second Regional Fisheries Convention of the Caribbean Nations in 1961.",
            "Second Regional Fisheries Convention of the Caribbean Nations",
        ),
        (
            "Created in 1931 by the Third Postal Agreement of the Southern Republics (Quito).",
            "Third Postal Agreement of the Southern Republics",
        ),
    ],
)
def test_an_ordinal_treaty_title_keeps_its_of_part(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Created by the Fisheries Convention of 1961.", "Fisheries Convention of 1961"),
        ("The General Fisheries Convention, signed in Rome.", "General Fisheries Convention"),
        ("First created in 1961 by the Fisheries Act of the Republic.", "Fisheries Act"),
    ],
)
def test_no_ordinal_no_run_on(text: str, name: str) -> None:
    assert _name(text) == name
