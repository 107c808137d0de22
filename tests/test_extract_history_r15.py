"""Round 15: the Indian/Nigerian corporate-communications hand in History.

"the Council" is the Council of Scientific & Industrial Research: in an "X of Y" name the word
before "of" is its head, as the last word is in "Kano Water Board"."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import DateValue, Founding
from orgkg.parse import parse_profile


def _founding_dates(name: str, history: str) -> list[DateValue]:
    text = f"{name}\n{name} is a public body.\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "body.txt"))
    return [f.date for ff in facts.fields for f in ff.facts if isinstance(f, Founding) and f.date]


@pytest.mark.parametrize(
    ("name", "history", "date"),
    [
        ("Council of Rural Water Supply", "The Council came into existence w.e.f. 14.02.1977.", DateValue(1977, 2, 14)),
        ("Bureau of Mines and Geology", "The Bureau was set up on 3 June 1962.", DateValue(1962, 6, 3)),
        (
            "Institute of Tropical Forestry",
            "The Institute came into being on 01.07.1958 at Kumasi.",
            DateValue(1958, 7, 1),
        ),
    ],
)
def test_the_head_before_of_is_the_organization(name: str, history: str, date: DateValue) -> None:
    assert _founding_dates(name, history) == [date]


@pytest.mark.parametrize(
    ("name", "history"),
    [
        # another body's head word, or the name's own later word: not the organization
        ("Council of Rural Water Supply", "The Board came into existence w.e.f. 14.02.1977."),
        ("Bureau of Mines and Geology", "The Ministry was set up on 3 June 1962."),
        ("Institute of Tropical Forestry", "The Academy came into being on 01.07.1958."),
    ],
)
def test_other_words_are_not_the_organization(name: str, history: str) -> None:
    assert _founding_dates(name, history) == []
