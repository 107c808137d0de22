"""Round 64c (founding): "the X Act (1962)" — a year alone in brackets after the kind word is the
act's date, not part of its title; "its rulebook is the X Charter, but that's not a founding act
lol" — a pronoun subject refers a denying note back to the title before it, whatever casual words
close the clause."""

from __future__ import annotations

from orgkg.extract.founding import find_instrument
from orgkg.model import DateValue


def test_bracketed_year_after_kind_is_the_date() -> None:
    found = find_instrument("Harbour Works Act (1962), section 4 of which set up the Board.")
    assert found is not None
    assert (found.name, found.date) == ("Harbour Works Act", DateValue(1962))


def test_bracketed_number_with_sign_keeps_its_number() -> None:
    # near miss: "No. (12)" is a Gulf hand's bracketed number, not a year
    found = find_instrument("Law No. (12) of 2004.")
    assert found is not None
    assert found.name == "Law No. (12)"


def test_pronoun_denial_with_casual_tail_refuses_the_charter() -> None:
    text = "nobody passed a law for it.\nits own rulebook is the Velmar Games Charter but that's not a founding act tbh"
    assert find_instrument(text) is None


def test_pronoun_denial_with_casual_tail_keeps_the_founding_act() -> None:
    # near miss: the denial names no title of its own, the act before the other title founded it
    text = "set up by the Velmar Games Act 1988.\nthe Velmar Games Charter guides it, and it is not a founding act tbh"
    found = find_instrument(text)
    assert found is not None
    assert found.name == "Velmar Games Act 1988"


def test_denial_without_pronoun_and_open_clause_does_not_fire() -> None:
    # near miss: "not the founding act of 1950" names another act; no pronoun refers back
    found = find_instrument("Velmar Games Charter, not the founding act of 1950 tbh.")
    assert found is not None
    assert found.name == "Velmar Games Charter"
