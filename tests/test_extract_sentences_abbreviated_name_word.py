"""Sentences: a short capitalised word with a stop that opens a company's name before its legal
form ("Gebr. Hansen GmbH") ends no sentence; a town or a surname before a new sentence still does."""

from __future__ import annotations

import pytest

from orgkg.extract import sentences


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentences.split(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The yard, known then as Gebr. Hansen Werft AG in its last decade, built ferries.",
        "In 1950 the shop became Wilh. Olsen GmbH, owned by a trust.",
        "Its buyer, Joh. Berg Ltd. of Oslo, paid in cash.",
    ],
)
def test_an_abbreviated_word_before_a_company_name_ends_no_sentence(text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize(
    "text, first",
    [
        # a lowercase verb right after the legal form: a new sentence about the company
        ("The mill stood in Bergen. Olsen AG owned it until 1970.", "The mill stood in Bergen."),
        # the town is written elsewhere without a stop: a word, not an abbreviation
        ("The mill stood in Molde. Olsen AG, its owner, closed it. Molde is a port.", "The mill stood in Molde."),
        # a suffix the abbreviations table lists after a name ends the sentence as before
        ("It was founded by John Dahl Jr. He led it until 1950.", "It was founded by John Dahl Jr."),
        # no legal form after the capitalised words: an ordinary sentence start
        ("The mill stood in Bergen. Olsen Brothers owned it.", "The mill stood in Bergen."),
    ],
)
def test_a_town_or_name_before_a_new_sentence_still_ends_it(text: str, first: str) -> None:
    assert _sentences(text)[0] == first
