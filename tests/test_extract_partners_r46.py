"""extract/partners.py (round 46, the e-mail thread h34): a quoted nickname between a class of
members and its colon ('Member states, "the Nine": A, B') is dropped; a labelled line of members
whose list is only a (hedged) count ("Member States: about 180, and the list grows") names the
class and nothing after the count; "The X Centre, running since 1964, handles …" (a name, a
participle aside with its time, a predicate without a tie phrase) is a sentence about one body,
no list of partners."""

from __future__ import annotations

import pytest

from orgkg.model import Identity, OrgKind

from .list_helpers import partners_in_order

IDENTITY = Identity("Example Council", OrgKind.ORGANIZATION)


def facts(text: str) -> tuple[list[str], list[str]]:
    return partners_in_order(text, IDENTITY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Member states, "the Nine": Denmark, Ireland and Norway.', ["Denmark", "Ireland", "Norway"]),
        ("Member countries, “the Three”: Chile, Peru and Ecuador.", ["Chile", "Peru", "Ecuador"]),
        (
            'Founding members, "the old guard": Nordic Rail Union and Baltic Port Council.',
            ["Nordic Rail Union", "Baltic Port Council"],
        ),
    ],
)
def test_a_quoted_nickname_of_the_class_is_dropped(text: str, expected: list[str]) -> None:
    assert facts(text)[0] == expected


def test_a_quoted_name_after_another_label_is_not_dropped() -> None:
    members, _ = facts('Sponsors, "the friends": Acme Bank and Beta Trust.')
    assert "Sponsors" not in members


@pytest.mark.parametrize(
    "text",
    [
        "Member States: about 180, and the list grows most years.",
        "Member countries: 40, and more join each year.",
        "Members: some 1,200 — with new ones every month.",
        "Member States: roughly 90; the number changes often.",
    ],
)
def test_a_counted_list_names_only_its_class(text: str) -> None:
    members, classes = facts(text)
    assert members == []
    assert len(classes) <= 1 and all(c.split()[0] in {"Member", "Members"} for c in classes)


def test_a_list_after_a_count_word_is_still_read() -> None:
    assert facts("Member States: Austria, Belgium and Chile.")[0] == ["Austria", "Belgium", "Chile"]


@pytest.mark.parametrize(
    "text",
    [
        "The Joint Seed Centre, running since 1971, handles plant genetics for the region.",
        "The Coastal Data Office, founded in 1990, publishes tide tables every spring.",
        "The Regional Training Hub, operating from 2004, runs courses in surveying.",
    ],
)
def test_a_sentence_about_one_body_is_no_partner_list(text: str) -> None:
    assert facts(text) == ([], [])


def test_a_tie_after_the_aside_still_names_the_subject() -> None:
    members, _ = facts("The Baltic Film Archive, founded in 1953, was closely tied to the council.")
    assert members == ["Baltic Film Archive"]
