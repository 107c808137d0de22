"""Round 48, F2a (leaders): dev recall as classes. "…; he was followed by B" names a later
holder of the post read last (later-holder-verbs.csv); "The Chair is A, and the Director is B"
is two statements when each reads alone. The predecessor of a holder ("He succeeded C") stays
unread: the writers' readers disagree on it. Own phrasings; each class with negatives."""

from __future__ import annotations

import pytest

from .list_helpers import profile_posts

NAME = "Baltic Amber Research Foundation"
INTRO = f"The {NAME} (BARF) is a research foundation in Gdańsk."


def _posts(text: str) -> set[tuple[str, tuple[str, ...]]]:
    return profile_posts(NAME, INTRO, text, "barf.txt")


# --- class 1: a later holder after a pronoun ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "post", "later"),
    [
        (
            "The first Rector was Tomasz Wierzbicki, from 1961 to 1970; he was followed by Ewa Sobczak.",
            "Rector",
            "Ewa Sobczak",
        ),
        (
            "Director: Marta Kowalczyk, 1990–2004. She was succeeded by Piotr Zieliński, a chemist.",
            "Director",
            "Piotr Zieliński",
        ),
        ("The first President was Jan Lis. He was replaced by Agata Nowicka in 1978.", "President", "Agata Nowicka"),
        (
            "Chairman: Henryk Malinowski (1955–1969). He handed over to Leon Borowski (1969–1980).",
            "Chairman",
            "Leon Borowski",
        ),
    ],
)
def test_a_later_holder_holds_the_post_read_last(text: str, post: str, later: str) -> None:
    assert (post, (later,)) in _posts(text)


@pytest.mark.parametrize(
    "text",
    [
        # another post after the name
        "Director: Marta Kowalczyk. She was followed by Piotr Zieliński as Treasurer.",
        # no person's name after the verb
        "Director: Marta Kowalczyk. She was followed by the Gdańsk Science Council.",
        "Director: Marta Kowalczyk. She was succeeded by an interim board.",
        # no holder read before the pronoun
        "The post was vacant for a year. He was followed by Piotr Zieliński.",
        # the predecessor of a holder is no leader here
        "Director: Marta Kowalczyk. She succeeded Piotr Zieliński.",
        "Director: Marta Kowalczyk (since 2020, succeeding Piotr Zieliński).",
    ],
)
def test_no_later_holder_read(text: str) -> None:
    assert all("Piotr Zieliński" not in holders for _, holders in _posts(text))


# --- class 2: two statements joined by ", and" -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The President is Dr Halina Wróbel, and the Secretary-General is Mr Adam Kaczmarek.",
            {("President", ("Halina Wróbel",)), ("Secretary-General", ("Adam Kaczmarek",))},
        ),
        (
            "The first Director was Stefan Pawlak, and its first Secretary was Irena Mazur.",
            {("Director", ("Stefan Pawlak",)), ("Secretary", ("Irena Mazur",))},
        ),
        (
            "The Chairman is Prof. Olga Dudek, and the Managing Director is Ms Zofia Krawczyk.",
            {("Chairman", ("Olga Dudek",)), ("Managing Director", ("Zofia Krawczyk",))},
        ),
    ],
)
def test_joined_statements_each_name_a_holder(text: str, expected: set[tuple[str, tuple[str, ...]]]) -> None:
    assert expected <= _posts(text)


@pytest.mark.parametrize(
    "text",
    [
        # the second clause names no person
        "The President is Dr Halina Wróbel, and the Treasurer is the Ministry of Finance.",
        # the second clause is no "<role> is <person>" statement
        "The President is Dr Halina Wróbel, and the Foundation is her main concern.",
        "The President is Dr Halina Wróbel, and the Board meets twice a year.",
    ],
)
def test_joined_statements_need_a_holder_each(text: str) -> None:
    posts = _posts(text)
    assert all(label in ("President",) for label, holders in posts if holders)
    assert not any(label in ("Treasurer", "Foundation", "Board") and holders for label, holders in posts)
