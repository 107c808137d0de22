"""Round 15: the Indian/Nigerian corporate-communications hand.

An instrument must carry its own identity (a number, a year, or a short title before its
kind word): "a Law of the Western Region" describes one of the region's laws without naming
it, so no legislation is read from it and a diagnostic says so at its line."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import DateValue, Founding
from orgkg.parse import parse_profile

NAME = "Lagos Polytechnic Institute"


def _read(legislation: str) -> tuple[list[Founding], list[tuple[str, int | None]]]:
    text = f"{NAME}\n{NAME} is a polytechnic.\nLegislation\n{legislation}\n"
    facts = extract(parse_profile(text, "poly.txt"))
    foundings = [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding)]
    notes = [(d.code, d.line) for d in facts.diagnostics if d.code == "extract.instrument-described"]
    return foundings, notes


@pytest.mark.parametrize(
    "legislation",
    [
        "The Institute was set up by a Law of the Eastern Region of Nigeria in 1963.",
        "Constituted under an Act of the State Legislature in 1971.",
        "It came into being through a Decree of the Military Governor of Kano State.",
        "Incorporated by an Ordinance of the Colony of Lagos.",
        "Established under a Provincial Act in 1906.",
    ],
)
def test_a_described_instrument_is_no_legislation(legislation: str) -> None:
    foundings, notes = _read(legislation)
    assert [f.act for f in foundings if f.act] == []
    assert notes and all(line == 4 for _, line in notes)


@pytest.mark.parametrize(
    ("legislation", "act"),
    [
        ("Established by the Lagos State Polytechnic Law, 1977.", "Lagos State Polytechnic Law, 1977"),
        ("Set up vide a Decree No. 33 of 1979 of the Federal Military Government.", "Decree No. 33"),
        ("Constituted under the Polytechnics Act of 1993.", "Polytechnics Act of 1993"),
        ("Chartered by the Charter of the Royal Society of Lagos.", "Charter of the Royal Society of Lagos"),
    ],
)
def test_a_named_instrument_is_still_read(legislation: str, act: str) -> None:
    foundings, notes = _read(legislation)
    assert [f.act for f in foundings if f.act] == [act]
    assert notes == []


@pytest.mark.parametrize(
    ("legislation", "act", "year"),
    [
        (
            "Lagos Polytechnic Institute Decree No. 9 of 1979, promulgated by the Military Government.",
            "Lagos Polytechnic Institute Decree No. 9 of 1979",
            1979,
        ),
        ("Enacted as the Technical Education Act No. 12 of 1985.", "Technical Education Act No. 12 of 1985", 1985),
        ("Its charter is the Polytechnics Ordinance No 3 of 1961.", "Polytechnics Ordinance No 3 of 1961", 1961),
    ],
)
def test_a_short_title_keeps_its_signed_number_and_year(legislation: str, act: str, year: int) -> None:
    foundings, _ = _read(legislation)
    assert [(f.act, f.act_date.year if f.act_date else None) for f in foundings if f.act] == [(act, year)]


def test_a_short_title_with_a_bare_number_keeps_the_old_cut() -> None:
    # no number sign: "Act 12 of 1960" is cited by its short title alone (round 7)
    foundings, _ = _read("Set up under the Technical Education Act 12 of 1960.")
    assert [(f.act, f.act_date.year if f.act_date else None) for f in foundings if f.act] == [
        ("Technical Education Act", 1960)
    ]


@pytest.mark.parametrize(
    ("legislation", "act", "act_date", "date"),
    [
        # "dated": the instrument's own date (a dotted date is day-month)
        (
            "The Institute was brought into existence vide the Vesting Order dated 14.06.1911.",
            "Vesting Order",
            DateValue(1911, 6, 14),
            DateValue(1911, 6, 14),
        ),
        (
            "Established by the Lagos Polytechnic Institute Edict No. 4 of 1968.",
            "Lagos Polytechnic Institute Edict No. 4 of 1968",
            DateValue(1968),
            DateValue(1968),
        ),
        (
            "Set up through Government Resolution No. 77 dated 2 March 1950.",
            "Government Resolution No. 77",
            DateValue(1950, 3, 2),
            DateValue(1950, 3, 2),
        ),
        # no founding verb right before "by": the act's date is only the act's
        (
            "It operates vide the Polytechnic Rules Order dated 01.02.1990.",
            "Polytechnic Rules Order",
            DateValue(1990, 2, 1),
            None,
        ),
        # a later remaking: the instrument dates that, not the founding
        (
            "The Institute in its present form was established by the Polytechnics Edict No. 4 of 1968.",
            "Polytechnics Edict No. 4 of 1968",
            DateValue(1968),
            None,
        ),
    ],
)
def test_an_instrument_that_made_it_dates_its_founding(
    legislation: str, act: str, act_date: DateValue, date: DateValue | None
) -> None:
    foundings, _ = _read(legislation)
    assert [(f.act, f.act_date, f.date) for f in foundings if f.act] == [(act, act_date, date)]
