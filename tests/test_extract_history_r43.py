"""Round 43 (F3 history): the school pupil's project report (h31). Phrasings written for
these tests.

- "made by joining together two older banks, A and B": the count and kind before the list
  only announce it (the list must hold that many names);
- "<it> began on …, when A and B were joined together": the merged are its predecessors when
  the main clause tells its own founding;
- "… put in charge of <it> and B, and in 1985 they were merged into C": "they" is the pair
  (only when it can be nothing else), so C is its successor and the date its end.
"""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import ChangeEvent, DateValue, Dissolution
from orgkg.parse import parse_profile


def _facts(name: str, history: str) -> list[ChangeEvent | Dissolution]:
    facts = extract(parse_profile(f"{name}\n|\nThe {name} was a body.\nHistory\n{history}\n", "x.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, (ChangeEvent, Dissolution))]


def _predecessors(name: str, history: str) -> set[str]:
    return {f.original.name for f in _facts(name, history) if isinstance(f, ChangeEvent) and f.original}


def _successors(name: str, history: str) -> set[str]:
    return {f.resulting.name for f in _facts(name, history) if isinstance(f, ChangeEvent) and f.resulting}


def _endings(name: str, history: str) -> list[DateValue | None]:
    return [f.date for f in _facts(name, history) if isinstance(f, Dissolution)]


# --- "by joining together two older X, A and B" ---------------------------------------------


@pytest.mark.parametrize(
    "history",
    [
        "The Marrow Savings Bank was made in 1921 by joining together two older banks,"
        " the Pellford Bank and the Drayhurst Trust Company.",
        "In 1921 the Marrow Savings Bank was formed by joining together two small local lenders,"
        " Pellford Bank and Drayhurst Trust Company.",
        "The Marrow Savings Bank was set up on the 3rd of May 1921, by joining together two banks,"
        " Pellford Bank and Drayhurst Trust Company.",
        "The Marrow Savings Bank was created by the merger of two rival banks, Pellford Bank and"
        " Drayhurst Trust Company, in 1921.",
    ],
)
def test_a_counted_kind_before_the_merged(history: str) -> None:
    assert _predecessors("Marrow Savings Bank", history) == {"Pellford Bank", "Drayhurst Trust Company"}


@pytest.mark.parametrize(
    "history",
    [
        # the count disagrees with the list: nothing is sure
        "The Marrow Savings Bank was made in 1921 by joining together three older banks,"
        " Pellford Bank and Drayhurst Trust Company.",
        # a lowercase list is no list of names
        "The Marrow Savings Bank was made in 1921 by joining together two older banks, the town bank"
        " and the farmers' fund.",
        # joining another body is no merger
        "In 1921 the Marrow Savings Bank grew by joining the Pellford Banking Association.",
        "The Marrow Savings Bank was made in 1921 by joining together with two older banks.",
    ],
)
def test_no_counted_merger_without_the_counted_names(history: str) -> None:
    found = _predecessors("Marrow Savings Bank", history)
    assert not found & {"Pellford Bank", "Drayhurst Trust Company", "Pellford Banking Association"}


# --- "<it> began on …, when A and B were joined together" ----------------------------------


@pytest.mark.parametrize(
    "history",
    [
        "The Corvane Institute began on the 2nd of March 1911, when the Corvane Art School and"
        " the Hollin Music College were joined together.",
        "The Corvane Institute was founded in 1911, when Corvane Art School and Hollin Music College"
        " were merged. It grew fast.",
        "The institute was established in 1911, when the Corvane Art School and the Hollin Music College"
        " were combined; it moved in 1930.",
    ],
)
def test_a_founding_when_two_were_joined(history: str) -> None:
    assert _predecessors("Corvane Institute", history) == {"Corvane Art School", "Hollin Music College"}


@pytest.mark.parametrize(
    "history",
    [
        # the main clause tells another body's founding
        "The Hollin Society was founded in 1911, when the Corvane Art School and the Hollin Music College"
        " were joined together.",
        # no founding in the main clause: a later event of its own
        "The Corvane Institute moved to Leeds in 1911, when the Corvane Art School and the Hollin Music"
        " College were joined together.",
        # the merged are no names
        "The Corvane Institute began in 1911, when the art school and the music college were joined together.",
        # the merger is denied
        "The Corvane Institute began in 1911, when the Corvane Art School and the Hollin Music College"
        " were not joined together.",
    ],
)
def test_no_predecessors_from_another_clause(history: str) -> None:
    assert not _predecessors("Corvane Institute", history) & {"Corvane Art School", "Hollin Music College"}


# --- "… of <it> and B, and in 1985 they were merged into C" ----------------------------------


@pytest.mark.parametrize(
    ("history", "year"),
    [
        (
            "In 1980 a Rail Board was put in charge of the Northern Coach Company and the Eastern Coach"
            " Company, and on the 1st of June 1985 they were merged into Union Coaches.",
            1985,
        ),
        (
            "In 1980 one minister was given the Northern Coach Company and Eastern Coach Company,"
            " and in 1985 they were merged into Union Coaches, so the company ended.",
            1985,
        ),
        (
            "From 1980 a single board ran Eastern Coach Company and Northern Coach Company, and in 1986"
            " they were merged into Union Coaches.",
            1986,
        ),
    ],
)
def test_they_the_pair_with_it(history: str, year: int) -> None:
    name = "Northern Coach Company"
    assert _successors(name, history) == {"Union Coaches"}
    assert [d.year for d in _endings(name, history) if d] == [year]


@pytest.mark.parametrize(
    "history",
    [
        # "they" may be the plural subject of the clause before
        "In 1980 the owners were put in charge of the Northern Coach Company and the Eastern Coach"
        " Company, and in 1985 they were merged into Union Coaches.",
        # a third name: "they" may be any two of them
        "In 1980 a board ran the Northern Coach Company, the Western Line and the Eastern Coach"
        " Company, and in 1985 they were merged into Union Coaches.",
        # the pair does not include it
        "In 1980 a board ran the Western Line and the Eastern Coach Company, and in 1985 they were"
        " merged into Union Coaches.",
        # no pair before "they"
        "In 1980 a board ran the Northern Coach Company, and in 1985 they were merged into Union Coaches.",
    ],
)
def test_they_is_no_sure_pair(history: str) -> None:
    assert "Union Coaches" not in _successors("Northern Coach Company", history)
