"""Round 39 (F3a): founding lines of the slide-deck outline (h28).

- a note on a Legislation line denying that the acts after it are the organization's own
  ("mandate (✗ not its founding act) → …", "background (not Y's act) → …") leaves every
  instrument after it on that line unread; "(not a treaty)" after a title says what kind it is;
- a "•" between items inside one line ends a statement: "… • est. 1 Apr 1976 • HQ …".
All sentences are our own.
"""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import DateValue, Founding
from orgkg.parse import parse_profile

NAME = "Brackwater Salt Authority"


def _foundings(text: str) -> list[Founding]:
    facts = extract(parse_profile(f"{NAME}\n|\n{text}\n", "bsa.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding)]


def _acts(legislation: str) -> list[str]:
    found = _foundings(f"The {NAME} (BSA) runs the salt pans.\nLegislation\n{legislation}")
    return [f.act for f in found if f.act]


def _date(intro: str) -> DateValue | None:
    return next((f.date for f in _foundings(intro) if f.date), None)


@pytest.mark.parametrize(
    "legislation",
    [
        "• remit (✗ not its founding act) → Salt Trade Conventions + Harbour Statutes",
        "• background (not the founding law) → Coastal Statutes",
        "• context (✗ not BSA's act) → Ley 44.120 on salt",
        "• powers (not its own statute) → Inland Waters Act 1961; Harbour Statutes",
        "• oversight (✗ not a founding instrument) → Mining Ordinance, 1930",
    ],
)
def test_a_note_denying_the_acts_after_it_leaves_them_unread(legislation: str) -> None:
    assert _acts(legislation) == []


@pytest.mark.parametrize(
    ("legislation", "act"),
    [
        # the note follows the title: it describes it, the act stays
        ("• Salt Pans Act 1952 (✗ not a treaty)", "Salt Pans Act 1952"),
        # an act before the note on its line, or on another line, is read
        ("• set up → Salt Pans Act 1952 (✗ not the Harbour Statutes)", "Salt Pans Act 1952"),
        ("• Salt Pans Act 1952\n• context (✗ not its founding act) → Coastal Statutes", "Salt Pans Act 1952"),
        # "not a treaty" before a title says what kind it is, not whose
        ("• (not a treaty) → Salt Pans Act 1952", "Salt Pans Act 1952"),
    ],
)
def test_acts_outside_a_denying_note_stay(legislation: str, act: str) -> None:
    assert _acts(legislation) == [act]


@pytest.mark.parametrize(
    ("intro", "date"),
    [
        (f"{NAME} (BSA) • coastal salt regulator, 100 % state owned • est. 3 Mar 1961", DateValue(1961, 3, 3)),
        (f"{NAME} (BSA) • est. 9 Sep 1948, Port Wend • HQ Lowmarsh", DateValue(1948, 9, 9)),
        (f"{NAME} • founded 2 Feb 1930 by merger of 2 boards • seat Lowmarsh", DateValue(1930, 2, 2)),
    ],
)
def test_an_inline_bullet_ends_a_statement(intro: str, date: DateValue) -> None:
    assert _date(intro) == date


@pytest.mark.parametrize(
    "intro",
    [
        # the date belongs to another item's noun, not to the organization
        f"{NAME} • runs the Port Wend pans, est. 3 Mar 1961 • HQ Lowmarsh",
        f"{NAME} • regulator • its laboratory est. 3 Mar 1961",
        f"{NAME} • regulator • Lowmarsh Salt Museum founded 3 Mar 1961",
    ],
)
def test_an_inline_item_about_something_else_dates_nothing(intro: str) -> None:
    assert _date(intro) is None


def _founders(intro: str) -> list[str]:
    found = _foundings(intro)
    return [m.name for f in found for m in ((f.founder,) if f.founder else ()) + f.founders]


@pytest.mark.parametrize(
    ("intro", "founders"),
    [
        (f"The {NAME} was founded in 1931 by Ada Corr + Niall Price.", ["Ada Corr", "Niall Price"]),
        (
            f"The {NAME} was set up in 1931 by Ada Corr + Niall Price + Rhona Tait (all ex-harbour staff).",
            ["Ada Corr", "Niall Price", "Rhona Tait"],
        ),
        (f"The {NAME} was established in 1931 by Ada Corr + Niall Price in a boathouse.", ["Ada Corr", "Niall Price"]),
    ],
)
def test_a_spaced_plus_joins_founders(intro: str, founders: list[str]) -> None:
    assert _founders(intro) == founders


@pytest.mark.parametrize(
    "intro",
    [
        f"The {NAME} was founded in 1931 by Ada Corr + salt money from the port.",  # not a name after "+"
        f"The {NAME} was founded in 1931 by the A+B Partnership.",  # unspaced: one name
    ],
)
def test_a_plus_before_no_name_adds_no_founder(intro: str) -> None:
    assert "salt money from the port" not in _founders(intro)
    assert "B Partnership" not in _founders(intro)


@pytest.mark.parametrize(
    ("intro", "founders"),
    [
        (
            f'The {NAME} was founded in 1931 as the Port Wend Salt Board ("Salt Trio": Ada Corr, Niall Price, '
            "Rhona Tait).",
            ["Ada Corr", "Niall Price", "Rhona Tait"],
        ),
        (
            f"The {NAME} was set up in 1931 in Lowmarsh (the founders: Ada Corr, Niall Price and Rhona Tait).",
            ["Ada Corr", "Niall Price", "Rhona Tait"],
        ),
        (
            f"The {NAME} was established in 1931 (founding members: Ada Corr + Niall Price).",
            ["Ada Corr", "Niall Price"],
        ),
    ],
)
def test_a_labelled_bracket_of_the_founding_clause_names_its_founders(intro: str, founders: list[str]) -> None:
    assert _founders(intro) == founders


@pytest.mark.parametrize(
    "intro",
    [
        # a label that is no founding group: other roles
        f"The {NAME} was founded in 1931 in Lowmarsh (first board: Ada Corr, Niall Price, Rhona Tait).",
        f"The {NAME} was founded in 1931 (trustees: Ada Corr, Niall Price).",
        # one person only, or a piece that is no person
        f'The {NAME} was founded in 1931 ("the Salt Lady": Ada Corr).',
        f"The {NAME} was founded in 1931 (founders: Ada Corr, the harbour guild).",
        # the bracket belongs to a later clause
        f"The {NAME} was founded in 1931; it merged later (founders: Ada Corr, Niall Price).",
    ],
)
def test_other_brackets_name_no_founder(intro: str) -> None:
    assert _founders(intro) == []
