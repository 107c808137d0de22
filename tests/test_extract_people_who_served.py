"""Leaders: the post a relative clause after the holder names ("…, who has served as Chairman and
Chief Executive Officer since 2019"): after "is led by A", after a generic head word ("Its last
head was A, who served as …"), and as the fuller name of the statement's own post ("Its chief
executive is A, who has served as Chief Executive Officer …"); the organization's possessive
("The Corrow Mills' …", "Harbour Lines' …") as its "its"; a bullet "Name – Post <lowercase
note>". Own invented sentences."""

from __future__ import annotations

from orgkg.model import Identity, OrgKind

from .list_helpers import leader_posts

LINES = Identity("Harbour Lines Limited", OrgKind.COMPANY)


def _posts(*lines: str) -> dict[str, str]:
    return leader_posts(LINES, *lines)


def test_led_by_a_holder_who_has_served_as_a_post() -> None:
    text = (
        "Since 2020, Harbour Lines is led by Marta Olsen, who has served as Chairman and Managing Director since 2018."
    )
    assert _posts(text) == {"Marta Olsen": "Chairman and Managing Director"}


def test_led_by_a_holder_who_served_in_another_bodys_post_names_none() -> None:
    # near miss: the clause names another body's office
    assert _posts("Harbour Lines is led by Marta Olsen, who served as Minister of Transport in 2010.") == {}


def test_possessive_post_takes_the_fuller_name_of_the_clause() -> None:
    text = "Harbour Lines' chief executive is Ivo Brandt, who has served as Chief Executive Officer since May 2016."
    assert _posts(text) == {"Ivo Brandt": "Chief Executive Officer"}
    the = "The Harbour Lines' chairman is Ivo Brandt."
    assert _posts(the) == {"Ivo Brandt": "chairman"}


def test_a_clause_naming_another_post_leaves_the_statements_post() -> None:
    # near miss: "Chairman" is no fuller name of "chief executive"
    text = "Harbour Lines' chief executive is Ivo Brandt, who has served as Chairman since 2016."
    assert _posts(text) == {"Ivo Brandt": "chief executive"}


def test_a_generic_head_word_takes_the_clauses_post() -> None:
    text = (
        "Harbour Lines' last head was Rosa Delgado, who served as President and Chief Executive Officer "
        "from 1990 until the 1999 takeover."
    )
    assert _posts(text) == {"Rosa Delgado": "President and Chief Executive Officer"}
    # near miss: a clause naming another body's post gives no post
    assert _posts("Harbour Lines' last head was Rosa Delgado, who served as Minister of Trade.") == {}


def test_a_bullet_post_in_capitals_before_a_lowercase_note() -> None:
    found = _posts(
        "His predecessors were:",
        "- Kai Lindqvist – Managing Director immediately before him",
        "- Anna Berg – Managing Director during 2004, formerly a banker",
    )
    assert found == {"Kai Lindqvist": "Managing Director", "Anna Berg": "Managing Director"}
    # near miss: a lowercase description after the dash names no post
    assert _posts("His predecessors were:", "- Kai Lindqvist – led the company through its listing") == {}
