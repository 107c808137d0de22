"""A founding verb's "by" inside an advice phrase (extract/founding.py): "created in 1921 on
the advice of a commission led by A" names who advised, not who founded it. Phrasings written
for these tests; the near miss names its founders after the advice phrase is closed."""

from __future__ import annotations

from .founding_helpers import FoundingReaders

READERS = FoundingReaders("Ostland Savings Institute", "The Ostland Savings Institute is a savings bank.", "osi.txt")


def test_leader_of_an_advising_mission_is_no_founder() -> None:
    fields = (
        "History\nThe Institute was established in March 1921 on the advice of a commission of visiting "
        "bankers led by the Swiss financier Hugo Marbach, and it opened its first branch in 1922."
    )
    assert READERS.founders(fields) == set()


def test_recommendation_phrase_closed_by_a_comma_keeps_the_founders() -> None:
    # near miss: the advice phrase ends at its comma; "by" after it names the founders
    fields = (
        "History\nThe Institute was established in 1921 on the recommendation of a commission, "
        "by Anna Lindqvist and Peter Moreau."
    )
    assert READERS.founders(fields) == {"Anna Lindqvist", "Peter Moreau"}
