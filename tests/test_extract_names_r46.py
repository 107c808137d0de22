"""Round 46 (names and spoken openers): a role's modifier after an honorific-like acronym is a
name ("SRI International"), and one table of spoken openers serves every reader."""

from __future__ import annotations

import pytest

from orgkg.extract import lexicon
from orgkg.extract.names import is_title_only


@pytest.mark.parametrize("name", ["SRI International", "Sir Interim", "Lord International", "Dame Senior"])
def test_an_honorific_with_a_modifier_but_no_role_is_a_name(name: str) -> None:
    assert not is_title_only(name)


@pytest.mark.parametrize(
    "title",
    [
        "Prof. Dr.",
        "His Excellency",
        "Her Royal Highness",
        "Deputy Director",
        "International Secretary",
        "the President",
    ],
)
def test_titles_and_roles_alone_stay_titles(title: str) -> None:
    assert is_title_only(title)


def test_the_spoken_openers_are_one_table_read_longest_first() -> None:
    rows = lexicon.spoken_openers()
    phrases = [row.phrase for row in rows]
    assert phrases == sorted(phrases, key=lambda phrase: (-len(phrase), phrase))
    by_phrase = {row.phrase: row for row in rows}
    assert by_phrase["so"].comma_only and not by_phrase["then"].comma_only
    assert by_phrase["and"].joins and not by_phrase["there's"].joins
