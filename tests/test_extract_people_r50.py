"""Round 50, F2a (leaders): "the first head was A, appointed <Post>": a rank word before a
generic head word (`descriptive-head-words.csv`) names no post; the capitalised post after
", appointed / named / elected / installed (as)" does, or no post is read. "Meteorologist" is a
role word (`roles.csv`). Own phrasings; each class with near-misses."""

from __future__ import annotations

import pytest

from .list_helpers import profile_posts

NAME = "Caspian Hydrographic Survey"
INTRO = f"The {NAME} (CHS) is a state survey office in Baku."


def _posts(text: str) -> set[tuple[str, tuple[str, ...]]]:
    return profile_posts(NAME, INTRO, text, "chs.txt")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first head was Rustam Aliyev, appointed Chief Hydrographer in 1921.",
            ("Chief Hydrographer", "Rustam Aliyev"),
        ),
        (
            "In the early days, the first head was Rustam Aliyev, named State Meteorologist in 1921.",
            ("State Meteorologist", "Rustam Aliyev"),
        ),
        (
            "Its last leader was Leyla Mammadova, elected as Director-General in 1998.",
            ("Director-General", "Leyla Mammadova"),
        ),
        (
            "The first leader was Rustam Aliyev, installed as the Chief Surveyor of the Fleet in 1921.",
            ("Chief Surveyor of the Fleet", "Rustam Aliyev"),
        ),
    ],
)
def test_generic_head_takes_the_appointed_post(text: str, expected: tuple[str, str]) -> None:
    assert _posts(text) == {(expected[0], (expected[1],))}


@pytest.mark.parametrize(
    "text",
    [
        "The first head was Rustam Aliyev, a naval officer.",  # a description, no post
        "The first head was Rustam Aliyev, appointed in 1921.",  # nothing named after "appointed"
        "Its last leader was Leyla Mammadova, named after her grandmother.",  # no role word
        "The first head was Rustam Aliyev, appointed by Nariman Karimov in 1921.",  # a person, no post
        "The first head was Rustam Aliyev.",  # the generic word alone
    ],
)
def test_generic_head_names_no_post(text: str) -> None:
    assert _posts(text) == set()


def test_a_named_post_after_a_rank_word_stays() -> None:
    # A real post's name after the rank word is the post; the appointed aside does not replace it.
    assert _posts("The first director was Rustam Aliyev, appointed Chief Hydrographer in 1921.") == {
        ("director", ("Rustam Aliyev",))
    }
    assert _posts("Head: Rustam Aliyev") == {("Head", ("Rustam Aliyev",))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chief Meteorologist: Leyla Mammadova", {("Chief Meteorologist", ("Leyla Mammadova",))}),
        ("The Government Meteorologist is Leyla Mammadova.", {("Government Meteorologist", ("Leyla Mammadova",))}),
        ("Director: Leyla Mammadova, a meteorologist", {("Director", ("Leyla Mammadova",))}),
    ],
)
def test_meteorologist_is_a_role_word(text: str, expected: set[tuple[str, tuple[str, ...]]]) -> None:
    assert _posts(text) == expected
