"""Round 28 (F3b, history): earlier names a succession gives ("known successively as X and
Y": two names, never one "X and Y"), and a sentence with no subject of its own that opens
with the time the name ended ("Until 1990 known as X or Y")."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.history import glossed_acronyms
from orgkg.model import ChangeEvent
from orgkg.parse import parse_profile

NAME = "Harrow Valley Gallery"


def _previous_names(history: str, intro: str = f"The {NAME} is an art gallery in Harrow.") -> set[str]:
    text = f"{NAME}\n{intro}\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "harrow.txt"))
    return {
        f.previous_name
        for ff in facts.fields
        for f in ff.facts
        if isinstance(f, ChangeEvent) and f.previous_name is not None
    }


# --- "known successively as X and Y": each a name of its own ------------------------------


@pytest.mark.parametrize(
    "history",
    [
        "The gallery opened in 1921. It was known successively as Harrow Art Rooms and Harrow Civic Gallery.",
        "The gallery opened in 1921. The gallery was named successively Harrow Art Rooms and Harrow Civic Gallery.",
        "The gallery opened in 1921. It was called successively the Harrow Art Rooms and the Harrow Civic Gallery.",
        "The gallery opened in 1921. It was successively named Harrow Art Rooms and Harrow Civic Gallery.",
    ],
)
def test_a_succession_of_names_gives_each_name(history: str) -> None:
    found = _previous_names(history)
    assert {"Harrow Art Rooms", "Harrow Civic Gallery"} <= found
    assert not any(" and " in name for name in found)


def test_one_name_with_and_after_a_succession_cue_is_kept_whole() -> None:
    # "Arts and Crafts" is no second name: one part is not a whole name of two words
    found = _previous_names("The gallery opened in 1921. It was known successively as Harrow Arts and Crafts Rooms.")
    assert "Harrow Arts" not in found


def test_another_bodys_succession_of_names_is_not_read() -> None:
    history = (
        "The gallery opened in 1921. The Tarn Museum next door was named successively "
        "Tarn Art Rooms and Tarn Civic Museum."
    )
    assert _previous_names(history) == set()


# --- "Until 1990 known as X or Y": a sentence with no subject, about the profile ------------


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        (
            "The gallery opened in 1921. Until 1990 known as Harrow Art Rooms or Harrow Picture House.",
            {"Harrow Art Rooms", "Harrow Picture House"},
        ),
        ("The gallery opened in 1921. Until March 1990 called the Harrow Art Rooms.", {"Harrow Art Rooms"}),
        (
            "The gallery opened in 1921. Up to 1990 known as Harrow Art Rooms (the Rooms) or Harrow Picture House.",
            {"Harrow Art Rooms", "Harrow Picture House"},
        ),
    ],
)
def test_until_a_year_known_as_gives_earlier_names(history: str, expected: set[str]) -> None:
    assert expected <= _previous_names(history)


@pytest.mark.parametrize(
    "history",
    [
        # another body is the subject: its name is not the gallery's
        "The gallery opened in 1921. Until 1990 the Tarn Museum was known as Tarn Art Rooms.",
        # no time that ended opens the sentence: a current nickname, not an earlier name
        "The gallery opened in 1921. Locally known as Harrow Art Rooms.",
        # a plan, not a name it had
        "The gallery opened in 1921. Until 1990 it planned to be called Harrow Art Rooms.",
    ],
)
def test_near_misses_give_no_earlier_name(history: str) -> None:
    assert "Harrow Art Rooms" not in _previous_names(history)


# --- "the TRC (Tarn Roads Commission)": an acronym the bracket after it spells out ---------

BOARD = "Harrow Transit Board"


def _predecessors(history: str) -> set[str]:
    text = f"{BOARD}\nThe {BOARD} was a transit body in Harrow.\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "board.txt"))
    return {
        f.original.name
        for ff in facts.fields
        for f in ff.facts
        if isinstance(f, ChangeEvent) and f.original is not None
    }


@pytest.mark.parametrize(
    "history",
    [
        "The board was set up in 1950 and took over from the TRC (Tarn Roads Commission).",
        "The board was set up in 1950. In 1951 it took over from the TRC (Tarn Roads Commission), which was wound up.",
        "The board was set up in 1950 and took over from the CTV (Comisión de Tránsito de Valdés) in 1951.",
    ],
)
def test_an_acronym_spelled_out_after_it_names_the_predecessor(history: str) -> None:
    found = _predecessors(history)
    assert found & {"Tarn Roads Commission", "Comisión de Tránsito de Valdés"}
    assert not found & {"TRC", "CTV"}


@pytest.mark.parametrize(
    ("history", "wrong"),
    [
        # a gloss that is a place, not the acronym's name
        ("The board was set up in 1950 and took over from the TRC (Tarn County).", "Tarn County"),
        # the initials do not fit the acronym
        ("The board was set up in 1950 and took over from the TRC (Harrow Omnibus Company).", "Harrow Omnibus Company"),
    ],
)
def test_a_bracket_that_does_not_spell_the_acronym_is_no_expansion(history: str, wrong: str) -> None:
    assert wrong not in _predecessors(history)


def test_glossed_acronyms_reads_only_whole_fitting_names() -> None:
    found = glossed_acronyms("the TRC (Tarn Roads Commission) and the CSIR (South Africa) and the HOC (the old one)")
    assert found == {"TRC": "Tarn Roads Commission"}
