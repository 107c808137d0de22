"""Round 57 (F3): a dated timeline note that is wholly "named X." is the name it took then
(read as "renamed X."): a later rename makes X a previous name, and a note naming its present
name makes the name before it one. An honour, a person or an eponym is no such name."""

from __future__ import annotations

import pytest

from orgkg.extract.history import read_events
from orgkg.model import ChangeEvent, Dissolution, Identity, OrgKind


def _previous(name: str, notes: list[str]) -> set[str]:
    facts = read_events(" ".join(notes), Identity(name, OrgKind.ORGANIZATION, None), "", lines=tuple(notes))
    return {f.previous_name for f in facts if isinstance(f, ChangeEvent) and f.previous_name}


@pytest.mark.parametrize(
    ("name", "notes", "earlier"),
    [
        (
            "Harbour Arts Institute",
            [
                "1902: Harbour School of Design founded.",
                "1931: named Harbour College of Art.",
                "1977: renamed Harbour Arts Institute.",
            ],
            "Harbour College of Art",
        ),
        (
            "Eastfield Gallery of Modern Art",
            ["1903: named Eastfield Municipal Gallery.", "1961: renamed Eastfield Gallery of Modern Art."],
            "Eastfield Municipal Gallery",
        ),
        (
            "Lakeside Polytechnic University",
            [
                "1880: Lakeside Trade School opened.",
                "1911: renamed Lakeside Technical Institute.",
                "1968: granted degree powers; named Lakeside Polytechnic University.",
            ],
            "Lakeside Technical Institute",
        ),
        (
            "Vardø Maritime Museum",
            ["1921: styled Vardø Fisheries Museum (first charter).", "1984: renamed Vardø Maritime Museum."],
            "Vardø Fisheries Museum",
        ),
    ],
)
def test_a_named_note_is_a_name_it_had(name: str, notes: list[str], earlier: str) -> None:
    assert earlier in _previous(name, notes)


@pytest.mark.parametrize(
    "note",
    [
        "1950: named UNESCO World Heritage Site.",  # an honour: no head word, no word of its name
        "1950: named after Queen Mary.",  # an eponym
        "1950: named Jane Porter as rector.",  # a person named to a post
        "In 1950 the trustees named Harbour College of Art the best school.",  # no note: a clause
        "1950: named Best Design Prize winner.",
    ],
)
def test_a_named_note_of_no_name_of_it_gives_none(note: str) -> None:
    notes = [note, "1977: renamed Harbour Arts Institute."]
    assert _previous("Harbour Arts Institute", notes) == set()


def test_an_undated_named_sentence_is_no_note() -> None:
    notes = [
        "The school was named Harbour College of Art by the city.",
        "It was renamed Harbour Arts Institute in 1977.",
    ]
    assert "Harbour College of Art by the city" not in _previous("Harbour Arts Institute", notes)


def _ending_years(name: str, notes: list[str]) -> set[int | None]:
    facts = read_events(" ".join(notes), Identity(name, OrgKind.COMPANY, None), "", lines=tuple(notes))
    return {f.date.year if f.date else None for f in facts if isinstance(f, Dissolution)}


@pytest.mark.parametrize(
    "notes",
    [
        ["1888: founded in Bremen.", "30-06-2011: merged into Nordwest Handelsbank AG; entity ceased to exist."],
        ["1888: founded in Bremen.", "1950: moved to Hamburg.", "7-3-2011: dissolved."],
        ["1888: founded in Bremen.", "01-10-2011 — wound up by order of the court."],
    ],
)
def test_a_day_first_hyphen_head_dates_its_own_note(notes: list[str]) -> None:
    # a form's "DD-MM-YYYY: " heads its note: the ending is 2011, never the 1888 or 1950 before it
    assert _ending_years("Weser Kreditbank AG", notes) == {2011}


@pytest.mark.parametrize(
    "notes",
    [
        ["1888: founded in Bremen.", "30-06-2011: branch in Kiel opened."],
        ["1888: founded in Bremen.", "ref. 12-04-2011-77: merged records into the new register."],
        ["1888: founded in Bremen.", "2-3-2011 customers moved to online banking."],
    ],
)
def test_a_day_first_hyphen_head_ends_nothing_alone(notes: list[str]) -> None:
    assert _ending_years("Weser Kreditbank AG", notes) == set()
