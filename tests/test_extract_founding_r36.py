"""Round 36 (F3a): the wire-service news brief (h26) — founding lines of a news lead.

- a dateline ("ELY, England —") before the lead is no part of the founding verb's subject;
- the organization's name with a noun phrase in apposition ("The X, the region's oldest water
  agency, opened its doors on …", "The X, a trade union for …, was founded …") is its subject;
- a description after a founder's name that closes the list ("by A, a hydrologist and Quaker
  organizer, and now employs …") is no further founder;
- a date in a relative clause closed before the verb ("A, who had earlier founded X in 1901, set
  up the board") is that clause's, not the founding's;
- lowercase particles of place names run through an act's title ("Dar es Salaam", "de la");
- a treaty "took effect" on its founding date; a US date set off by commas before a signer's "by".
"""

from __future__ import annotations

import pytest

from orgkg.extract.founding import find_instrument
from orgkg.model import DateValue, Founding
from tests.founding_helpers import founding_dates, foundings

INTRO = "The Fenland Research Board is a public agency."


_read = foundings
_dates = founding_dates


def _founders(found: list[Founding]) -> list[str]:
    return [m.name for f in found for m in ((f.founder,) if f.founder else ()) + f.founders]


@pytest.mark.parametrize(
    ("intro", "date"),
    [
        (
            "ELY, England — The Fenland Research Board, the region's drainage agency, was founded on "
            "March 3, 1921, according to the board.",
            DateValue(1921, 3, 3),
        ),
        ("KING'S LYNN — The Fenland Research Board was established in 1921, officials said.", DateValue(1921)),
        ("ELY, Cambs. — The Fenland Research Board was set up on Feb. 9, 1921, by the county.", DateValue(1921, 2, 9)),
    ],
)
def test_a_dateline_is_no_part_of_the_subject(intro: str, date: DateValue) -> None:
    assert _dates(intro) == [date]


def test_a_dateline_before_another_body_dates_nothing() -> None:
    assert _dates("ELY — The Ouse Drainage Company, the board's parent, was founded in 1850.") == []


def test_the_intro_creation_outranks_a_history_opening() -> None:
    intro = (
        "ELY — The Fenland Research Board was established on April 2, 1921, by an act of Parliament "
        "and opened to the public on May 1, 1925, according to the board."
    )
    assert _dates(intro, history="The board opened in 1925 in a former mill.") == [DateValue(1921, 4, 2)]


@pytest.mark.parametrize(
    ("intro", "date"),
    [
        (
            "The Fenland Research Board, the region's oldest water agency, opened its doors on Oct. 25, 1921, "
            "as a unit of the county.",
            DateValue(1921, 10, 25),
        ),
        ("The Fenland Research Board, Norfolk's first drainage body, began operations in 1921.", DateValue(1921)),
        (
            "The Fenland Research Board, a drainage agency for farmers who work the fens, was founded in 1921.",
            DateValue(1921),
        ),
        ("The Fenland Research Board, an agency of the county, was created in 1921.", DateValue(1921)),
    ],
)
def test_the_name_with_an_appositive_is_the_subject(intro: str, date: DateValue) -> None:
    assert _dates(intro) == [date]


@pytest.mark.parametrize(
    "intro",
    [
        "The Fenland Research Board ran the first pumping station, opened on Oct. 25, 1921.",  # the station's
        "Its parent, the Ouse Drainage Company, was founded in 1850.",  # another body in apposition
        "The Ouse Drainage Company, the board's parent, opened its doors in 1850.",  # another body's name
        "The Fenland Research Board, a unit of the county, ran a pumping station, opened in 1930.",
    ],
)
def test_no_date_from_an_appositive_of_another(intro: str) -> None:
    assert _dates(intro) == []


@pytest.mark.parametrize(
    ("intro", "founders"),
    [
        (
            "The Fenland Research Board, a drainage agency, was founded in 1921 by Ann Cole, a hydrologist "
            "and Quaker organizer, and now employs about 40 people.",
            ["Ann Cole"],
        ),
        ("The Fenland Research Board was founded in 1921 by Ann Cole, a hydrologist and engineer.", ["Ann Cole"]),
        (
            "The Fenland Research Board was founded in 1921 by Ann Cole, a hydrologist and Tom Birk.",
            ["Ann Cole", "Tom Birk"],
        ),
        (
            "The Fenland Research Board was founded in 1921 by Ann Cole, her son Tom Cole and her adviser Mark Finch.",
            ["Ann Cole", "Tom Cole", "Mark Finch"],
        ),
    ],
)
def test_a_closing_description_ends_the_founders(intro: str, founders: list[str]) -> None:
    assert _founders(_read(intro)) == founders


def test_a_description_naming_a_body_names_no_founder() -> None:
    intro = "The Fenland Research Board was founded in 1921 by Ann Cole, a lawyer and Ouse Labour Union organizer."
    assert _founders(_read(intro)) == []


@pytest.mark.parametrize(
    "history",
    [
        "Ann Cole, who had earlier founded the Ely Drainage Trust in 1901, set up the board with county money.",
        "Ann Cole, a banker who had run a mill since 1901, set up the board with county money.",
        "Tom Birk, whose first firm opened in 1901, set up the board with county money.",
    ],
)
def test_a_date_in_a_closed_relative_clause_is_not_the_founding(history: str) -> None:
    assert founding_dates(INTRO, history=history) == []


@pytest.mark.parametrize(
    ("history", "date"),
    [
        ("Ann Cole, who had sold her mill in 1901, set up the board in 1921.", DateValue(1921)),
        ("The board, which in 1921 was set up by Ann Cole, grew fast.", DateValue(1921)),
        ("In 1921, Ann Cole set up the board with county money.", DateValue(1921)),
    ],
)
def test_the_own_date_around_a_relative_clause_is_kept(history: str, date: DateValue) -> None:
    assert founding_dates(INTRO, history=history) == [date]


@pytest.mark.parametrize(
    ("legislation", "act"),
    [
        (
            "Parliament created the board through the Dar es Salaam Water Board Act, 1921.",
            "Dar es Salaam Water Board Act, 1921",
        ),
        ("The board was established by the Rio de la Plata Basin Act 1921.", "Rio de la Plata Basin Act 1921"),
        (
            "The board was established by the Mato Grosso do Sul Drainage Act 1921.",
            "Mato Grosso do Sul Drainage Act 1921",
        ),
    ],
)
def test_place_particles_run_through_an_act_title(legislation: str, act: str) -> None:
    assert [f.act for f in foundings(INTRO, legislation=legislation) if f.act] == [act]


def test_a_lowercase_word_that_is_no_particle_still_ends_the_title() -> None:
    acts = [f.act for f in foundings(INTRO, legislation="The board was created by the new Drainage Act 1921.") if f.act]
    assert acts == ["Drainage Act 1921"]


def test_a_treaty_that_took_effect_dates_the_founding() -> None:
    legislation = (
        "The board was set up by the Convention establishing the Fenland Research Board, which six "
        "counties signed in Ely on Jan. 4, 1921. It took effect on May 3, 1921."
    )
    found = [f for f in foundings(INTRO, legislation=legislation) if f.act]
    assert [(f.date, f.act_date) for f in found] == [(DateValue(1921, 5, 3), DateValue(1921, 1, 4))]


def test_an_act_that_took_effect_later_keeps_its_own_dates() -> None:
    legislation = "The board was created by the Fenland Drainage Act 1921, which took effect on July 1, 1922."
    assert DateValue(1922, 7, 1) not in [f.date for f in foundings(INTRO, legislation=legislation)]


@pytest.mark.parametrize(
    ("text", "signer"),
    [
        (
            "The board was created by Decree 51, signed on Aug. 3, 1921, by President Ana Costa — a week "
            "before Costa resigned.",
            "Ana Costa",
        ),
        ("The board was created by Decree 51, signed on August 3, 1921 by Governor Tom Birk.", "Tom Birk"),
        (
            "The board was created by Decree 51, signed in Lisbon on Feb. 9, 1921, by Prime Minister Rui Lopes – "
            "a week before the vote.",
            "Rui Lopes",
        ),
    ],
)
def test_a_signer_after_a_us_date(text: str, signer: str) -> None:
    found = find_instrument(text)
    assert found is not None and found.signer is not None and found.signer.name == signer


@pytest.mark.parametrize(
    "text",
    [
        "The board was created by Decree 51, signed on Feb. 9, 1921, by the minister.",
        "The board was created by Decree 51, signed on Feb. 9, 1921, by order of the cabinet.",
    ],
)
def test_no_signer_after_a_us_date_without_a_person(text: str) -> None:
    found = find_instrument(text)
    assert found is not None and found.signer is None
