"""A frame of the writer's knowledge or emphasis opening a sentence ("As of my last update, …",
"It's worth noting that …", lexicon/discourse-openers.csv) is not read: the sentence after it
is, as if it opened the line; the verbatim statement keeps the frame. Own phrasings."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.text import without_discourse_openers
from orgkg.model import Founding, Parent, Post
from orgkg.parse import parse_profile


def _field(field: str, text: str) -> tuple[list[object], str]:
    profile = f"Tarn Valley Water\n|\nTarn Valley Water is a utility in Albi.\n{field}\n{text}\n"
    facts = extract(parse_profile(profile, "tvw.txt"))
    read = [ff for ff in facts.fields if ff.name == field]
    return [f for ff in read for f in ff.facts], facts.profile.fields[0].verbatim


@pytest.mark.parametrize(
    "opener", ["As of my last update, ", "To my knowledge, ", "It's worth noting that ", "It’s worth noting that "]
)
def test_a_parent_after_an_opener_is_read(opener: str) -> None:
    facts, verbatim = _field("Parent organization", f"{opener}Tarn Valley Water sits within the Ministry of Rivers.")
    assert [f.org.name for f in facts if isinstance(f, Parent)] == ["Ministry of Rivers"]
    assert verbatim.startswith(opener.strip())  # the statement keeps what was written


def test_a_leader_after_an_opener_in_a_second_sentence_is_read() -> None:
    facts, _ = _field("Leader", "Appointments are made by the board. As far as I know, the Director is Maud Ferrand.")
    assert [h.name for f in facts if isinstance(f, Post) for h in f.holders] == ["Maud Ferrand"]


def test_a_founding_after_worth_noting_is_read() -> None:
    facts, _ = _field(
        "History", "It is worth noting that Tarn Valley Water was founded in 1961 by the Ministry of Rivers."
    )
    foundings = [f for f in facts if isinstance(f, Founding)]
    assert [(f.date.year if f.date else None) for f in foundings] == [1961]


@pytest.mark.parametrize(
    "text",
    [
        "Notably absent from the board is any union member.",  # no comma: a word of the sentence
        "Note that-clause pages are kept apart.",
        "The report is worth noting, as is the Director's reply.",  # not opening a sentence
        "Reportedly, the Director is Maud Ferrand.",  # a hedge about the fact is no frame
    ],
)
def test_words_that_are_no_opening_frame_stay(text: str) -> None:
    assert without_discourse_openers(text) == text


def test_openers_are_cut_at_each_sentence_start() -> None:
    text = "As of my last update, the Director is A. Interestingly, the deputy is B; note that C chairs."
    assert without_discourse_openers(text) == "the Director is A. the deputy is B; C chairs."
