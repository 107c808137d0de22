"""Round 39 (F3b history): the slide-deck outline (h28).

- a slide bullet's head is a date before an arrow, and the deck writes two-digit years after an
  apostrophe ("'57 → ", "Jun '98 → ", "26 Jan '58 → ", "'69–'71 → "): each such head ends the
  bullet before it (the date is what dates.py makes of it);
- an arrow links the steps of a chain, so a verb after it has its own subject ("deal closes →
  X absorbed into Y"), and a bullet's head is no part of a name before it;
- History's names stop at "to" (it ends "from A to B"): a name going on in capitals after it
  ("founded as the League for Assistance to the Blind") is taken whole after a founding's "as"
  where the clause ends with it, and is otherwise none, never the cut one.
"""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.history import segments
from orgkg.model import ChangeEvent, Dissolution
from orgkg.parse import parse_profile


def _facts(name: str, intro: str, history: str) -> list[ChangeEvent | Dissolution]:
    facts = extract(parse_profile(f"{name}\n|\n{intro}\nHistory\n{history}\n", "x.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, (ChangeEvent, Dissolution))]


def _previous(name: str, intro: str, history: str) -> set[str]:
    return {f.previous_name for f in _facts(name, intro, history) if isinstance(f, ChangeEvent) and f.previous_name}


def _successors(name: str, intro: str, history: str) -> set[str]:
    return {
        f.resulting.name
        for f in _facts(name, intro, history)
        if isinstance(f, ChangeEvent) and f.resulting and f.kind in {"merged-into", "succeeded-by"}
    }


# --- slide heads with two-digit years ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "'61 → plant opens at Tema '74 → second line added",
        "Mar '61 → plant opens at Tema Sep '74 → second line added",
        "3 Mar '61 → plant opens at Tema 12 Sep '74 → second line added",
        "'58–'61 → plant opens at Tema '72–'74 → second line added",
    ],
)
def test_a_two_digit_year_before_an_arrow_heads_a_bullet(text: str) -> None:
    assert [s.text for s in segments(text)] == ["plant opens at Tema", "second line added"]


@pytest.mark.parametrize(
    "text",
    [
        "the Expo '67 site → a park",  # a name's year, no head at the line's start
        "Rawlings' reforms → new rules",  # a possessive's apostrophe
        "in the '70s → expansion",  # a decade
        "'74 — second line added",  # no arrow: not the slide's head
    ],
)
def test_no_slide_head_without_an_apostrophe_year_and_an_arrow(text: str) -> None:
    assert len(segments(text)) == 1


# --- arrow chains ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "history",
    [
        "'81 → founded\n'99 → sale agreed → HFL absorbed into Meridian Shipping\n'04 → Meridian Shipping listed",
        "Oct '99 → vote passed → HFL merged into Meridian Shipping\n'04 → Meridian Shipping renamed",
        "1999 → board approves → HFL absorbed into Meridian Shipping",
    ],
)
def test_a_step_after_an_arrow_has_its_own_subject(history: str) -> None:
    intro = "Harbour Freight Lines (HFL) • coastal shipper"
    assert _successors("Harbour Freight Lines", intro, history) == {"Meridian Shipping"}


@pytest.mark.parametrize(
    "history",
    [
        "'99 → talks open → Oceanic Line absorbed into Meridian Shipping",
        "'99 → HFL buys stake → Meridian Shipping wins the tender",
    ],
)
def test_another_subject_after_an_arrow_gives_no_successor(history: str) -> None:
    intro = "Harbour Freight Lines (HFL) • coastal shipper"
    assert _successors("Harbour Freight Lines", intro, history) == set()


# --- names with "to" ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("history", "earlier"),
    [
        (
            "Founded in 1901 as the League for Assistance to the Blind. Renamed in 1960.",
            "League for Assistance to the Blind",
        ),
        (
            "1890 → founded in Bern as the Fund for Loans to Farmers (the first of its kind)",
            "Fund for Loans to Farmers",
        ),
        ("Established 1919 as the Office for Aid to the Displaced; renamed 1950.", "Office for Aid to the Displaced"),
    ],
)
def test_a_founding_name_with_to_is_taken_whole(history: str, earlier: str) -> None:
    assert _previous("Sightline Foundation", "Sightline Foundation • a charity", history) == {earlier}


@pytest.mark.parametrize(
    "history",
    [
        "Founded in 1901 as the League for Assistance to the Blind and their families in Leeds.",
        "Founded in 1901 as the League for Assistance to the Blind of Leeds' own design.",
    ],
)
def test_a_name_cut_at_to_gives_nothing(history: str) -> None:
    previous = _previous("Sightline Foundation", "Sightline Foundation • a charity", history)
    assert "League for Assistance" not in previous


def test_a_word_before_the_year_that_is_no_month_stays_in_the_bullet_before() -> None:
    pieces = [s.text for s in segments("'61 → plant opens at Tema under Mensah '74 → second line added")]
    assert pieces == ["plant opens at Tema under Mensah", "second line added"]
