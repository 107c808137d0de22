"""Dates and agents of another clause inside a founding sentence (extract/founding.py): an
advice phrase with a description of its adviser ("on the recommendation of the X Report, a study
… led by A and published in 1950"), a participle of another verb before "by" ("examinations
previously conducted in the region by X"), and a founding verb's year in a coordinated clause
of another subject ("X was set up in 1950 …, and it founded the school"). Phrasings written for
these tests; each rule has a near miss that still reads."""

from __future__ import annotations

from orgkg.model import DateValue
from tests.founding_helpers import FoundingReaders

BOARD = FoundingReaders(
    "Marrow Valley Testing Board", "The Marrow Valley Testing Board (MVTB) is an examining body in Marrow.", "mvtb.txt"
)


def test_described_adviser_dates_and_leads_nothing() -> None:
    history = (
        "History\nThe Board was set up on the recommendation of the Pell Report, a survey of rural schools "
        "led by Dora Pell of the Marrow Teachers College and published in 1948."
    )
    assert BOARD.dates(history) == set()
    assert BOARD.founders(history) == set()


def test_adviser_description_closed_by_a_comma_leaves_the_founding_date() -> None:
    # near miss: the description ends at its comma; the year after it is the founding's
    history = "History\nThe MVTB was set up on the recommendation of Dora Pell, a school inspector, in 1949."
    assert BOARD.dates(history) == {DateValue(1949)}


def test_other_participle_before_by_names_no_founder() -> None:
    history = (
        "History\nThe MVTB was established in 1953 and took over the tests previously conducted in the "
        "valley by the Northern Schools Syndicate."
    )
    assert BOARD.founders(history) == set()
    assert BOARD.dates(history) == {DateValue(1953)}


def test_founding_participle_before_by_still_names_founders() -> None:
    # near miss: no other verb between the founding verb and "by"
    history = "History\nThe MVTB was founded in 1953 in Marrow by the Northern Schools Syndicate."
    assert BOARD.founders(history) == {"Northern Schools Syndicate"}


def test_other_subjects_founding_year_before_a_pronoun_clause() -> None:
    history = (
        "History\nThe Orrin Trust was set up in 1951 to found a school, and it founded the MVTB "
        "together with Ada Quill and Bram Stoll."
    )
    assert BOARD.dates(history) == set()
    assert BOARD.founders(history) == {"Orrin Trust", "Ada Quill", "Bram Stoll"}


def test_pronoun_clause_without_a_founding_verb_before_keeps_the_year() -> None:
    # near miss: the clause before tells no founding, so its year is not another body's founding
    history = "History\nIn 1951 the town met, and it founded the MVTB."
    assert BOARD.dates(history) == {DateValue(1951)}


def test_together_with_a_description_names_no_cofounder() -> None:
    # near miss: "together with his brother" is no name
    history = "History\nThe Orrin Trust was set up in 1951, and it founded the MVTB together with his brother."
    assert BOARD.founders(history) == {"Orrin Trust"}


def test_organization_as_antecedent_founds_nothing_of_itself() -> None:
    # near miss: the opening subject is the organization itself, the object another body
    history = "History\nThe MVTB was set up in 1951, and it founded the Orrin Trust together with Ada Quill."
    assert BOARD.founders(history) == set()
