"""Round 35 (F3a): hurried intern notes (h25) — gifts that founded, Roman-numbered acts.

- "founded <date> when <person> donated/gave/bequeathed/endowed … ": the giver of the gift the
  "when" clause tells of founded the organization (a person's name only, the title left off);
- a title of nobility written in lowercase ("count", "earl", "baron") is an honorific, no name;
- "Act XXIV of 1807", "Law V of 1950": an act numbered in Roman numerals, cited with its year,
  is a named instrument dated by that year (never the founding date).
"""

from __future__ import annotations

import pytest

from orgkg.model import DateValue
from tests.founding_helpers import foundings

INTRO = "The Fenland Research Board is a public agency."


def _founders(history: str) -> list[str]:
    return [m.name for f in foundings(INTRO, history=history) for m in ((f.founder,) if f.founder else ()) + f.founders]


@pytest.mark.parametrize(
    ("history", "founders"),
    [
        ("founded 3 mar 1851 when count Ottó Bárány donated his maps + instruments to the county.", ["Ottó Bárány"]),
        ("The board was established in 1850 when Sir John Ashby gave his estate to the county.", ["John Ashby"]),
        ("It was set up in 1911, when earl Hugh Blackwood bequeathed his drainage records to Ely.", ["Hugh Blackwood"]),
        (
            "Founded on 3 May 1920 in Ely when Anna Lund and Tom Birk endowed a chair of hydrology.",
            ["Anna Lund", "Tom Birk"],
        ),
        ("est. 1888 when Baron Karl von Hahn presented his herbarium to the town.", ["Karl von Hahn"]),
    ],
)
def test_the_giver_in_a_when_clause_founded_it(history: str, founders: list[str]) -> None:
    assert _founders(history) == founders


@pytest.mark.parametrize(
    "history",
    [
        "It was founded in 1850 when the count donated his library.",  # no name
        "It was founded in 1850 when Cambridgeshire County Council gave a building.",  # a body, not a person
        "It was founded in 1850 when John Ashby's widow gave his estate.",  # someone named by another
        "It was founded in 1850 when John Ashby was mayor of Ely.",  # no gift
        "It was founded in 1850 and moved in 1900 when John Ashby gave his house.",  # another verb's time
        "It was renamed in 1850 when John Ashby donated his library.",  # no founding verb
        "The Fen Society was founded in 1850 when John Ashby donated his library; the board followed.",  # another body
    ],
)
def test_no_founder_from_a_when_clause_without_a_named_giver(history: str) -> None:
    assert _founders(history) == []


def test_a_by_agent_wins_over_a_when_clause() -> None:
    assert _founders("It was founded in 1850 by Mary Cole when John Ashby donated his library.") == ["Mary Cole"]


@pytest.mark.parametrize(
    ("legislation", "act", "date"),
    [
        ("1851 - the diet passed a law making it a public body (Act XII of 1851? check the number)", "Act XII", 1851),
        ("Act LXXVI of 1993 on the Fenland Research Board.", "Act LXXVI", 1993),
        ("confirmed by Law V of 1950 (the statutes)", "Law V", 1950),
    ],
)
def test_an_act_numbered_in_roman_numerals_with_its_year(legislation: str, act: str, date: int) -> None:
    found = foundings(INTRO, legislation=legislation, history="founded 3 mar 1840 in Ely.")
    assert [(f.act, f.act_date) for f in found if f.act] == [(act, DateValue(date))]
    assert [f.date for f in found if f.date] == [DateValue(1840, 3, 3)]  # the act's year is not the founding date


@pytest.mark.parametrize(
    "legislation",
    [
        "Act II of the reform programme gave it new duties.",  # no year: no citation
        "Act XII in 1851 changed its board.",  # no "of <year>"
        "Part IV of 1851 regulations.",  # no instrument kind
    ],
)
def test_a_roman_numeral_without_a_cited_year_names_no_act(legislation: str) -> None:
    assert [f.act for f in foundings(INTRO, legislation=legislation) if f.act] == []
