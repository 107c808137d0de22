"""Round 44 (founding): founders in a spoken answer (h32).

- a lowercase aside between spaced dashes after a founder ("by A — she'd run X — with B") is
  no part of the founders' list, as a lowercase note in brackets is not;
- the "with" persons after the founders close their clause also where a purpose clause
  follows ("…, with B and C, to monitor X")."""

from __future__ import annotations

from .founding_helpers import FoundingReaders

READ = FoundingReaders("Harbourside Civic Trust", "The Harbourside Civic Trust is a charity in Leith.", "hct.txt")


def founders(sentence: str) -> set[str]:
    return READ.founders(f"History\n{sentence}")


# --- a dash aside after a founder ---------------------------------------------------------


def test_dash_aside_then_with_persons() -> None:
    found = founders(
        "The trust was set up in 1984 by Mara Quist — she'd chaired the port board — with Olu Bankole and Ines Duarte."
    )
    assert found == {"Mara Quist", "Olu Bankole", "Ines Duarte"}


def test_dash_aside_then_and() -> None:
    assert founders("The trust was founded in 1984 by Mara Quist — a retired pilot — and Olu Bankole.") == {
        "Mara Quist",
        "Olu Bankole",
    }


def test_en_dash_aside_with_a_pronoun() -> None:
    found = founders("The trust was founded in 1984 by Ines Duarte – he'd taught there for years – with Tomas Varga.")
    assert found == {"Ines Duarte", "Tomas Varga"}


def test_capitalised_dash_insert_is_no_aside() -> None:
    # "— Leith Dock Company —" may name another founder or body: not dropped, nothing read
    assert founders("The trust was founded in 1984 by Mara Quist — Leith Dock Company — with Olu Bankole.") == set()


def test_dash_opening_a_second_predicate_names_no_later_agent() -> None:
    found = founders("The trust was founded in 1984 by Mara Quist — and later run by Olu Bankole.")
    assert "Olu Bankole" not in found


# --- a purpose clause after the "with" persons ---------------------------------------------


def test_with_persons_before_a_purpose_clause() -> None:
    found = founders(
        "The trust was set up in 1984 by Mara Quist, with Olu Bankole and Ines Duarte, to save the old docks."
    )
    assert found == {"Mara Quist", "Olu Bankole", "Ines Duarte"}


def test_with_persons_before_in_order_to() -> None:
    found = founders("The trust was founded in 1984 by Mara Quist with Olu Bankole, in order to save the docks.")
    assert found == {"Mara Quist", "Olu Bankole"}


def test_with_person_before_to_whom_is_no_founder() -> None:
    found = founders("The trust was founded in 1984 by Mara Quist, with Olu Bankole, to whom the estate later passed.")
    assert found == {"Mara Quist"}


def test_with_person_given_a_role_is_no_founder() -> None:
    found = founders(
        "The trust was founded in 1984 by Mara Quist, with Olu Bankole as its treasurer, to save the docks."
    )
    assert found == {"Mara Quist"}
