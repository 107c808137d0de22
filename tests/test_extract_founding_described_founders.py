"""Founders named with descriptions (extract/founding.py): a founders list whose names carry
relative clauses ("A, who proposed the scheme, and B, later X, who …; the charter …"), a person
called the organization's founder in an appositive ("the chemist A, the firm's founder,
launched …") and a group of founders that "included" the persons listed. Phrasings written for
these tests; each rule has a near miss."""

from __future__ import annotations

from tests.founding_helpers import FoundingReaders

FIRM = FoundingReaders("Quillon", "Quillon S.A. is a Belgian paint company based in Ghent.", "quillon.txt")
GUILD = FoundingReaders("Ostrava Poets Guild", "The Ostrava Poets Guild is a literary society in Ostrava.", "opg.txt")


def test_founders_list_with_relative_clauses_before_a_semicolon() -> None:
    history = (
        "History\nThe company's founders included the Flemish chemist Pieter Vandamme, who devised the "
        "formula, and Marc Olieslagers, later mayor of Ghent, who raised the capital; the first works "
        "were opened by the Duke of Brabant."
    )
    assert FIRM.founders(history) == {"Pieter Vandamme", "Marc Olieslagers"}


def test_relative_clause_list_ending_at_a_full_stop() -> None:
    history = (
        "History\nThe company's founders were Pieter Vandamme, who devised the formula. Marc Olieslagers joined later."
    )
    assert FIRM.founders(history) == {"Pieter Vandamme"}


def test_appositive_calls_a_person_the_organizations_founder() -> None:
    history = "History\nIn 1871 the Flemish chemist Pieter Vandamme, the company's founder, opened a shop in Ghent."
    assert FIRM.founders(history) == {"Pieter Vandamme"}


def test_appositive_founder_of_another_noun_is_no_founder() -> None:
    # near miss: "the bank's founder" names a founder of a bank, not of the paint company
    history = "History\nIn 1871 Pieter Vandamme, the bank's founder, opened a shop in Ghent."
    assert FIRM.founders(history) == set()


def test_its_founder_appositive_is_not_read() -> None:
    # near miss: "its" may stand for any body named before
    history = "History\nIn 1871 Pieter Vandamme, its founder, opened a shop in Ghent."
    assert FIRM.founders(history) == set()


def test_group_of_founders_that_included_persons() -> None:
    history = (
        "History\nThe Guild's founders, a circle of twenty poets that included Jan Kubal, Eva Maresova "
        "and Petr Dvorsky, chose five further poets."
    )
    assert GUILD.founders(history) == {"Jan Kubal", "Eva Maresova", "Petr Dvorsky"}


def test_group_of_another_bodys_founders_is_not_read() -> None:
    # near miss: the Club's founders are not the Guild's
    history = (
        "History\nThe Club's founders, a circle of twenty poets that included Jan Kubal and Eva Maresova, "
        "chose five further poets."
    )
    assert GUILD.founders(history) == set()
