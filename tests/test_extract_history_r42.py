"""Round 42 (F3 history): the school pupil's project report (h31). Phrasings written for
these tests.

- "the merger of the former X (founded 1910) and Y": a bracketed founding note right after a
  name dates that name, never the event the sentence tells;
- "the King let it add 'Royal' to its name": an edit of its name told with the verb's plain
  form, the words added in front of the name as a title, dated by the clause's opening date.
"""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import ChangeEvent
from orgkg.parse import parse_profile


def _events(name: str, history: str) -> list[ChangeEvent]:
    facts = extract(parse_profile(f"{name}\n|\nThe {name} is a body.\nHistory\n{history}\n", "x.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, ChangeEvent)]


def _years(name: str, history: str) -> set[int | None]:
    return {e.date.year if e.date else None for e in _events(name, history)}


def _previous(name: str, history: str) -> dict[str, int | None]:
    return {e.previous_name: e.date.year if e.date else None for e in _events(name, history) if e.previous_name}


# --- a founding note on a name is that name's date ---------------------------------------


@pytest.mark.parametrize(
    "history",
    [
        "The Tanwick Harbour Board was formed in 1960 by the merger of the Tanwick Pier Company"
        " (founded 1871) and the Eastcliff Dock Trust.",
        "In 1960 the Tanwick Harbour Board was set up by merging the Pier Company of Tanwick (est. 1871)"
        " with the Eastcliff Dock Trust.",
        "The Tanwick Harbour Board absorbed the Eastcliff Dock Trust (established 1871) in 1960.",
        "The Tanwick Harbour Board took over the Eastcliff Dock Trust (which was founded in 1871) in 1960.",
    ],
)
def test_a_bracketed_founding_note_does_not_date_the_event(history: str) -> None:
    years = _years("Tanwick Harbour Board", history)
    assert 1871 not in years
    assert years <= {1960}


@pytest.mark.parametrize(
    ("history", "year"),
    [
        # a bracket that is no founding note, or one that follows no name, is still read
        ("The Tanwick Harbour Board absorbed the Eastcliff Dock Trust (in 1960).", 1960),
        ("The Tanwick Harbour Board took over the Eastcliff Dock Trust (1960).", 1960),
        ("The Tanwick Harbour Board merged into the Coastal Ports Agency (created 1985) in 1999.", 1999),
    ],
)
def test_other_brackets_keep_their_dates(history: str, year: int) -> None:
    assert year in _years("Tanwick Harbour Board", history)


def test_the_note_needs_a_name_before_it() -> None:
    # "(established 1871)" right after a lowercase word is no name's note: not dropped there
    from orgkg.extract.dates import date_spans
    from orgkg.extract.history import _without_name_notes

    sentence = "It took over the old dock trust (established 1871) and the Pier Company (founded 1880)"
    kept = {s[2].year for s in _without_name_notes(sentence, date_spans(sentence))}
    assert kept == {1871}


# --- a word added to or dropped from its name -----------------------------------------------


@pytest.mark.parametrize(
    "history",
    [
        'In 1901 it became the Melvan Lifeboat Society. In 1921 the Queen let it add "Royal" to its name.',
        'In 1901 it was renamed the Melvan Lifeboat Society. In 1921 it was allowed to add "Royal" to its name.',
        "In 1901 it became the Melvan Lifeboat Society. In 1921 it added 'Royal' to its name.",
    ],
)
def test_a_title_added_in_front_gives_the_previous_name(history: str) -> None:
    assert _previous("Royal Melvan Lifeboat Society", history) == {"Melvan Lifeboat Society": 1921}


@pytest.mark.parametrize(
    ("name", "history"),
    [
        # the edit does not give the present name: nothing is read from it
        (
            "Royal Melvan Lifeboat Society",
            'In 1901 it became the Melvan Sea Rescue Society. In 1921 it added "Royal" to its name.',
        ),
        (
            "Melvan Lifeboat Society",
            'In 1901 it became the Melvan Lifeboat Society. In 1921 the Queen let it add "Royal" to its name.',
        ),
        # denied
        (
            "Royal Melvan Lifeboat Society",
            'In 1901 it became the Melvan Lifeboat Society. In 1921 it did not add "Royal" to its name.',
        ),
    ],
)
def test_an_edit_that_does_not_give_its_name_is_no_rename(name: str, history: str) -> None:
    assert "Melvan Lifeboat Society" not in _previous(name, history)
    assert "Melvan Sea Rescue Society" not in _previous(name, history)
