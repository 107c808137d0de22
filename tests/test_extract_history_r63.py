"""Round 63 (F3): precision of history and dissolution. "The company was wound up" whose
noun refers back to another named body ends that body; "it merged with B to form C" where C
later takes its present name is a chain of its own names; a body it took over years after
its founding is an acquisition, no predecessor; "that name was shortened to X" is a rename."""

from __future__ import annotations

from orgkg.extract.history import history_verbs
from orgkg.model import Dissolution

from .history_helpers import ended, events_read, predecessors, previous_names, successors

# --- "the company" referring back to another named body ------------------------------------------

_OTHER_COMPANY = (
    "The Lindmoor Shipping Company Ltd was formed in 1901 by three ferry owners. "
    "It ran the island crossings for two decades. The company was wound up in 1923. "
    "The board took over its boats in 1924."
)


def test_the_company_after_another_named_company_is_no_ending_of_this_organization() -> None:
    assert not ended(events_read(_OTHER_COMPANY, "Lindmoor Ferry Board"))


def test_the_company_after_its_own_name_still_ends_it() -> None:
    text = "The Lindmoor Shipping Company Ltd was formed in 1901. The company was wound up in 1923."
    facts = events_read(text, "Lindmoor Shipping Company Ltd")
    assert [f.date.year for f in facts if isinstance(f, Dissolution) and f.date] == [1923]


def test_the_company_after_a_name_it_took_still_ends_it() -> None:
    text = (
        "It was set up in 1950 as the Halvard Works. In 1960 it was renamed the Halvard Trading Company. "
        "The company was dissolved in 1999."
    )
    assert ended(events_read(text, "Halvard Group"))


# --- "merged with B to form C", C later renamed into its present name ------------------------------


def test_merged_to_form_a_name_later_renamed_to_its_own_is_a_chain_of_its_names() -> None:
    text = (
        "In 1971 it merged with Brenner Yards to form Ostra-Brenner Marine, "
        "and in 1990 that name was shortened to Ostra Marine."
    )
    facts = events_read(text, "Ostra Marine")
    assert not ended(facts)
    assert successors(facts) == set()
    assert predecessors(facts) == {"Brenner Yards"}
    assert "Ostra-Brenner Marine" in previous_names(facts)


def test_merged_to_form_a_body_with_no_later_own_name_still_ends_it() -> None:
    text = "In 1971 it merged with Brenner Yards to form Ostra-Brenner Marine. In 1990 the yard closed."
    facts = events_read(text, "Ostra Marine")
    assert ended(facts)
    assert successors(facts) == {"Ostra-Brenner Marine"}


def test_name_shortened_to_is_a_history_verb() -> None:
    phrases = {v.phrase: v for v in history_verbs()}
    assert phrases["name was shortened to"].direction == "new-name"


# --- bodies taken over after its founding ----------------------------------------------------------


def test_a_body_taken_over_decades_after_its_founding_is_no_predecessor() -> None:
    text = "Velkor was founded in 1905 in Gdynia. In 1968 it took over Morvane Motors."
    assert "Morvane Motors" not in predecessors(events_read(text, "Velkor"))


def test_a_body_taken_over_with_its_founding_is_still_a_predecessor() -> None:
    text = "Velkor was founded in 1905 in Gdynia. In 1905 it took over Morvane Motors."
    assert predecessors(events_read(text, "Velkor")) == {"Morvane Motors"}


def test_a_takeover_with_no_founding_told_before_is_still_a_predecessor() -> None:
    text = "In 1968 it took over Morvane Motors."
    assert predecessors(events_read(text, "Velkor")) == {"Morvane Motors"}
