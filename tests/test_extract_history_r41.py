"""Round 41 (F3 history, dissolution, parent): the tourist guidebook's endings (h30). Phrasings
written for these tests.

- "Full Name (Short)": a bracketed short form that is the name's own first word stands for it;
- "merger with X completed; <it> ceases to exist": the clause before a semicolon names the
  successor when the clause after it ends the organization;
- "it existed from A to B": B ends it; "…, when it was reorganized into today's Y": Y its successor;
- "MITI formed by merging A with B": a headline's passive without "was";
- "the old museum closed": an earlier body of its kind, not it;
- "supervised by X", "overseen by X": X is its parent.
"""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import ChangeEvent, DateValue, Dissolution, Parent
from orgkg.parse import parse_profile


def _facts(name: str, history: str, intro: str | None = None) -> list[ChangeEvent | Dissolution]:
    intro = intro or f"The {name} was a body."
    facts = extract(parse_profile(f"{name}\n|\n{intro}\nHistory\n{history}\n", "x.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, (ChangeEvent, Dissolution))]


def _endings(name: str, history: str, intro: str | None = None) -> list[DateValue | None]:
    return [f.date for f in _facts(name, history, intro) if isinstance(f, Dissolution)]


def _successors(name: str, history: str, intro: str | None = None) -> set[str]:
    return {f.resulting.name for f in _facts(name, history, intro) if isinstance(f, ChangeEvent) and f.resulting}


def _predecessors(name: str, history: str) -> set[str]:
    return {f.original.name for f in _facts(name, history) if isinstance(f, ChangeEvent) and f.original}


# --- a bracketed short form, a successor before a semicolon --------------------------------

_NORVALE = ("Norvale Instruments Ltd", "Norvale Instruments Ltd (Norvale) made gauges in Leeds.")


@pytest.mark.parametrize(
    ("history", "successor"),
    [
        (
            "4 June 2009 — merger with Tessaro Holdings signed off; Norvale ceases to exist.",
            "Tessaro Holdings",
        ),
        ("2011 — acquired by Brandt Optics; Norvale ceased to exist as an independent firm.", "Brandt Optics"),
        ("2015 — merger with Kell Metrology finalised; Norvale was dissolved.", "Kell Metrology"),
    ],
)
def test_a_successor_before_the_ending(history: str, successor: str) -> None:
    name, intro = _NORVALE
    assert successor in _successors(name, history, intro)
    assert _endings(name, history, intro)


def test_a_bracketed_short_form_is_the_organization() -> None:
    name, intro = _NORVALE
    assert _endings(name, "In 2009 Norvale was dissolved.", intro) == [DateValue(2009)]
    assert _endings(name, "On 4 June 2009 Norvale ceased to exist.", intro) == [DateValue(2009, 6, 4)]


@pytest.mark.parametrize(
    "history",
    [
        "1998 — merger with Tessaro Holdings completed; Norvale kept its name.",  # no ending
        "1998 — merger with Tessaro Holdings called off; the Tessaro brand ceased to exist.",  # another ends
        "1998 — merger with Tessaro Holdings completed.",
    ],
)
def test_no_successor_without_its_ending(history: str) -> None:
    name, intro = _NORVALE
    assert "Tessaro Holdings" not in _successors(name, history, intro)


def test_a_bracketed_place_is_no_short_form() -> None:
    # "(Leeds)" after another's name is a place: "Leeds" does not stand for that name
    intro = "Norvale Instruments Ltd was founded by Harlow Gauges (Leeds)."
    assert not _endings("Norvale Instruments Ltd", "In 2009 Leeds was dissolved.", intro)


# --- a span of existence ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("intro", "ending", "successor"),
    [
        (
            "The Tarn Trade Board (TTB) existed from 3 March 1950 to 1 July 1988, when it became "
            "today's Tarn Commerce Agency.",
            DateValue(1988, 7, 1),
            "Tarn Commerce Agency",
        ),
        (
            "The Tarn Trade Board operated from 1950 until 1988, when it merged into the Kell Development Office.",
            DateValue(1988),
            "Kell Development Office",
        ),
        (
            "The Tarn Trade Board existed from 1950 to 1988, when it was reorganised into the present-day "
            "Ministry of Regional Commerce.",
            DateValue(1988),
            "Ministry of Regional Commerce",
        ),
    ],
)
def test_a_span_of_existence_ends_it(intro: str, ending: DateValue, successor: str) -> None:
    name = "Tarn Trade Board"
    assert ending in _endings(name, "1960 — moved to Kell.", intro)
    assert successor in _successors(name, "1960 — moved to Kell.", intro)


@pytest.mark.parametrize(
    "intro",
    [
        "The Tarn Trade Board existed from 1950 to 1988 as the Tarn Export Office, and goes on today.",
        "The Tarn Trade Board is an agency. The old tariff office existed from 1950 to 1988.",
        "The Tarn Trade Board is an agency; its first branch functioned from 1950 to 1988.",
    ],
)
def test_no_ending_from_another_span(intro: str) -> None:
    assert not _endings("Tarn Trade Board", "1960 — moved to Kell.", intro)


# --- a headline's passive ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "history",
    [
        "1 April 1952 — TTB formed by merging the Export Office with the Tariff Bureau.",
        "1952 — Tarn Trade Board set up by merging the Export Office and the Tariff Bureau.",
        "1952 — TTB established through the merger of the Export Office and the Tariff Bureau.",
    ],
)
def test_a_headline_passive_names_predecessors(history: str) -> None:
    name = "Tarn Trade Board"
    assert {"Export Office", "Tariff Bureau"} <= _predecessors(name, history)


@pytest.mark.parametrize(
    "history",
    [
        "1952 — Kell Board formed by merging the Export Office and the Tariff Bureau.",  # another body
        "1952 — a committee formed by merging the Export Office and the Tariff Bureau.",
    ],
)
def test_no_predecessors_of_another_headline_subject(history: str) -> None:
    assert not {"Export Office", "Tariff Bureau"} & _predecessors("Tarn Trade Board", history)


# --- an earlier body of its kind ----------------------------------------------------------------


@pytest.mark.parametrize(
    "history",
    [
        "In 2007 the old museum closed.",
        "In 1990 the original museum was dissolved.",
        "The earlier museum shut in 1931.",
    ],
)
def test_an_earlier_body_of_its_kind_is_not_it(history: str) -> None:
    assert not _endings("Tarn Valley Museum", history)


def test_its_own_noun_still_ends_it() -> None:
    assert _endings("Tarn Valley Museum", "In 2007 the museum closed.") == [DateValue(2007)]


# --- a supervising parent -----------------------------------------------------------------------


def _parents(value: str) -> list[str]:
    profile = f"Tarn Valley Museum\n|\nThe Tarn Valley Museum is a museum.\nParent organization\n{value}\n"
    facts = extract(parse_profile(profile, "x.txt"))
    return [f.org.name for ff in facts.fields for f in ff.facts if isinstance(f, Parent)]


@pytest.mark.parametrize(
    ("value", "parent"),
    [
        ("A public body supervised by the Tarn Ministry of Heritage.", "Tarn Ministry of Heritage"),
        ("Supervised by the Department of Arts and Culture.", "Department of Arts and Culture"),
        ("A state agency overseen by the Kell Heritage Council.", "Kell Heritage Council"),
    ],
)
def test_a_supervising_body_is_the_parent(value: str, parent: str) -> None:
    assert _parents(value) == [parent]


@pytest.mark.parametrize(
    "value",
    [
        "Not supervised by the Tarn Ministry of Heritage.",
        "None; the Tarn Ministry of Heritage once supervised it.",
        "None — it is not overseen by any ministry.",
    ],
)
def test_no_parent_from_a_denied_supervision(value: str) -> None:
    assert _parents(value) == []
