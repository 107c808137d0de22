"""Round 61 (F2b founding): a forum writer's "EDIT:" correction takes back the clause before
it; "Articles of Agreement" and "Pact" are kinds of founding treaty."""

from __future__ import annotations

import pytest

from orgkg.model import DateValue

from .founding_helpers import FoundingReaders

READERS = FoundingReaders("Lakeshore Typewriter Works", "Lakeshore Typewriter Works made typewriters.", "ltw.txt")


@pytest.mark.parametrize(
    ("history", "year"),
    [
        # the correction opens with a date: it replaces the taken-back clause's date
        ("founded in 1961 in Boston EDIT: 1960, in Chicago actually, my mistake.", 1960),
        ("It was founded in 1931. Edit: 1932, sorry, the records were wrong.", 1932),
        ("set up in 1977 by two engineers Correction: 1976 — the paperwork came later.", 1976),
        ("established in 1899 EDIT 2: 1898, per the company register.", 1898),
    ],
)
def test_a_correction_opening_with_a_date_replaces_the_founding_year(history: str, year: int) -> None:
    assert READERS.dates(f"History\n{history}") == {DateValue(year)}


@pytest.mark.parametrize(
    "history",
    [
        # the correction takes the clause back without a date of its own: no founding year is left
        "opened 1921 EDIT: nope, the building stood empty for years before it was used at all.",
        "founded in 1880 edit: no idea when really, ignore that.",
        "the works opened in 1947. Correction: that was the showroom, not the works.",
    ],
)
def test_a_taken_back_founding_clause_gives_no_date(history: str) -> None:
    assert READERS.dates(f"History\n{history}") == set()


@pytest.mark.parametrize(
    "history",
    [
        # no correction mark: "edit" as a word, or a colon after another word, changes nothing
        "It was founded in 1931 to edit and print a weekly paper.",
        "Founded in 1931. Note: the archive burned in 1950.",
        "Founded in 1931; later it would edit: a trade journal in 1950.",
    ],
)
def test_no_correction_mark_keeps_the_date(history: str) -> None:
    assert READERS.dates(f"History\n{history}") == {DateValue(1931)}


@pytest.mark.parametrize(
    ("legislation", "act"),
    [
        (
            "the Articles of Agreement of the Northern Lakes Development Bank, signed in Oslo on 3 May 1990.",
            "Articles of Agreement of the Northern Lakes Development Bank",
        ),
        ("Articles of Agreement of the Pacific Fund (1978).", "Articles of Agreement of the Pacific Fund"),
        ("The Articles of Agreement, signed at Lagos in 1981.", "Articles of Agreement"),
        ("the Caspian Pact, signed on 4 June 1962 in Tehran.", "Caspian Pact"),
        ("The Alpine Defence Pact (signed 1950) founded it.", "Alpine Defence Pact"),
        ("the Lisbon Pact, officially the Pact of Friendship between A and B, signed in 1939.", "Lisbon Pact"),
    ],
)
def test_articles_of_agreement_and_pacts_are_named_treaties(legislation: str, act: str) -> None:
    assert {name for name, _ in READERS.acts(f"Legislation\n{legislation}")} == {act}


@pytest.mark.parametrize(
    "legislation",
    [
        "the articles of agreement were never published.",
        "a defence pact among the members, nothing formal.",
        "n/a, it was a pact between friends.",
    ],
)
def test_lowercase_agreements_and_pacts_are_no_title(legislation: str) -> None:
    assert READERS.acts(f"Legislation\n{legislation}") == set()
