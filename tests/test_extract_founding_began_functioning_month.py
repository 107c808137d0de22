"""A founding date read so far that is only the year in the act's title gives way to the month
the organization began working, stated in History (extract/founding.py). Phrasings written for
these tests; the near miss keeps the act's year against a later year alone."""

from __future__ import annotations

from orgkg.model import DateValue

from .founding_helpers import FoundingReaders

READERS = FoundingReaders(
    "Ostvale Technical College", "Ostvale Technical College is a public college in Ostvale.", "otc.txt"
)
LEGISLATION = "Legislation\nThe College was established by the Ostvale Technical College Act, 1971."


def test_month_it_began_working_replaces_the_act_title_year() -> None:
    history = "History\nThe Act was passed in 1971, and the College began functioning in September 1973."
    assert READERS.dates(f"{LEGISLATION}\n{history}") == {DateValue(1973, 9)}


def test_later_year_alone_leaves_the_act_title_year() -> None:
    # near miss: a year alone of its start does not replace the act's year
    history = "History\nThe Act was passed in 1971, and the College began functioning in 1973."
    assert READERS.dates(f"{LEGISLATION}\n{history}") == {DateValue(1971)}
