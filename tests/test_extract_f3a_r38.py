"""Round 38 (F3a): the grant officer's due-diligence memo (h27) — founders and figure statuses.

- where a founder was born or their nationality before the name is no part of it ("the
  Danish-born Karen Holm", "the Irish Sean Walsh"); an organization named with a nationality
  ("the British Council") keeps it;
- persons in a "with" phrase that closes the founders' clause founded it too ("by A, with B.");
  "with" before anything else ("with funding from …", "with B as its secretary") names no one;
- a reviewer's empty search opening a field ("Not obtained.", "Not reconstructed.", "Not on
  file") says the value is not publicly specified; the explanation after it is not read.
All sentences are our own.
"""

from __future__ import annotations

import pytest

from orgkg.extract import extract, find_dates
from orgkg.model import DateValue, Field, FieldStatus, Founding, Item, Profile
from orgkg.parse import parse_profile

NAME = "Tarnside Archive Trust"


def _founders(intro: str) -> list[str]:
    facts = extract(parse_profile(f"{NAME}\n|\n{intro}\n", "tat.txt"))
    found = [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding)]
    return [m.name for f in found for m in ((f.founder,) if f.founder else ()) + f.founders]


@pytest.mark.parametrize(
    ("intro", "founders"),
    [
        ("The Tarnside Archive Trust was founded in 1931 by the Danish-born Karen Holm.", ["Karen Holm"]),
        ("The Tarnside Archive Trust was set up in 1931 by Austrian-born Felix Brandl.", ["Felix Brandl"]),
        (
            "The Tarnside Archive Trust was established in 1931 by the Swiss-born engineer Hans Keller.",
            ["Hans Keller"],
        ),
        (
            "The Tarnside Archive Trust was founded in 1931 by the Irish Sean Walsh and Mary Doyle.",
            ["Sean Walsh", "Mary Doyle"],
        ),
        ("The Tarnside Archive Trust was founded in 1931 by the British Council.", ["British Council"]),
    ],
)
def test_an_origin_before_a_founder_is_no_part_of_the_name(intro: str, founders: list[str]) -> None:
    assert _founders(intro) == founders


@pytest.mark.parametrize(
    "intro",
    [
        "The Tarnside Archive Trust was founded in 1931 by the Danish-born Karen.",  # one name: no person
        "The Tarnside Archive Trust was founded in 1931 by Canadian-born settlers.",
    ],
)
def test_an_origin_before_no_full_name_names_no_founder(intro: str) -> None:
    assert _founders(intro) == []


@pytest.mark.parametrize(
    ("intro", "founders"),
    [
        ("Set up 3-Mar-1931 by the Welsh historian Owen Price, with Ruth Ellis.", ["Owen Price", "Ruth Ellis"]),
        (
            "The Tarnside Archive Trust was founded in 1931 by Owen Price with Ruth Ellis and Ann Moss.",
            ["Owen Price", "Ruth Ellis", "Ann Moss"],
        ),
        (
            "The Tarnside Archive Trust was founded in 1931 by Owen Price, with Ruth Ellis, Ann Moss and Joe Dunn.",
            ["Owen Price", "Ruth Ellis", "Ann Moss", "Joe Dunn"],
        ),
    ],
)
def test_persons_with_the_founder_founded_it_too(intro: str, founders: list[str]) -> None:
    assert _founders(intro) == founders


@pytest.mark.parametrize(
    "intro",
    [
        "The Tarnside Archive Trust was founded in 1931 by Owen Price, with funding from the Pilgrim Fund.",
        "The Tarnside Archive Trust was founded in 1931 by Owen Price, with Ruth Ellis as its first secretary.",
        "The Tarnside Archive Trust was founded in 1931 by Owen Price, with the Pilgrim Fund.",
        "The Tarnside Archive Trust was founded in 1931 by Owen Price, with Leeds offices.",
    ],
)
def test_with_before_anything_else_names_no_further_founder(intro: str) -> None:
    assert _founders(intro) == ["Owen Price"]


def _status(heading: str, text: str) -> FieldStatus:
    profile = Profile(
        "t.txt",
        "t",
        "",
        NAME,
        1,
        "The Tarnside Archive Trust is a charity.",
        2,
        (Field(heading, 3, (Item(4, text, False),)),),
    )
    return next(f for f in extract(profile).fields if f.name == heading).status


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        ("Last total enacted budget", "Not obtained. Accounts for FY 2023/24 requested on 2 May; none yet."),
        ("Number of employees", "Not reconstructed. The trust closed in 1998 and its payroll files are lost."),
        ("Number of employees", "Not yet received — staff list requested from the trustees."),
        ("Last total enacted budget", "Not on file; the 2019 return is overdue."),
        ("Leader", "Not retrieved. The register shows a change of chair in 2022."),
    ],
)
def test_an_empty_search_is_not_publicly_specified(heading: str, text: str) -> None:
    assert _status(heading, text) == FieldStatus.NOT_PUBLICLY_SPECIFIED


@pytest.mark.parametrize(
    ("heading", "text", "status"),
    [
        ("Number of employees", "About 40 staff (payroll extract not received, estimate from the website).", "stated"),
        # a note on the figure's audit after it does not withdraw the figure (round 63d,
        # lexicon/figure-exactness-words.csv): GBP 1.2 million is stated
        ("Last total enacted budget", "GBP 1.2 million (2023); audited accounts not obtained.", "stated"),
    ],
)
def test_a_figure_before_the_note_is_no_search_note(heading: str, text: str, status: str) -> None:
    assert _status(heading, text) == FieldStatus(status)


def _dates(intro: str, history: str = "") -> list[DateValue]:
    text = f"{NAME}\n|\n{intro}\n" + (f"History\n{history}\n" if history else "")
    facts = extract(parse_profile(text, "tat.txt"))
    return [f.date for ff in facts.fields for f in ff.facts if isinstance(f, Founding) and f.date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Set up Mar-1931 as the Tarnside Records Office.", DateValue(1931, 3)),
        ("registered Sep-2004 in Leeds", DateValue(2004, 9)),
        ("closed DEC-1999.", DateValue(1999, 12)),
        ("on 05-Mar-1931 it opened", DateValue(1931, 3, 5)),
    ],
)
def test_a_month_and_year_joined_by_a_hyphen_is_a_date(text: str, date: DateValue) -> None:
    assert [value for _, value in find_dates(text)] == [date]


@pytest.mark.parametrize("text", ["Mar-2021-04", "post-1931 holdings", "Item 12-1931"])
def test_no_month_before_the_hyphen_is_no_month_date(text: str) -> None:
    assert all(value.month is None or value == DateValue(2021, 4) for _, value in find_dates(text))


def test_a_month_and_year_date_the_founding() -> None:
    intro = (
        "REVIEW NOTE — Subject: Tarnside Archive Trust, UK. Status: active. "
        "Set up Mar-1931 as the Tarnside Records Office."
    )
    assert _dates(intro) == [DateValue(1931, 3)]


@pytest.mark.parametrize(
    "history",
    [
        "• 1931 — opens as the Tarnside Records Office.\n• 1960 — renamed Tarnside Archive Trust.",
        "• 1931 — opens in a former mill at Kendal.",
        "- 1931: opens to readers as the county record room.",
    ],
)
def test_a_timeline_opens_dates_the_founding(history: str) -> None:
    assert _dates("The Tarnside Archive Trust is a charity.", history) == [DateValue(1931)]


@pytest.mark.parametrize(
    "history",
    [
        "• 1931 — established.\n• 1975 — the Kendal reading room opens next door.",
        "• 1931 — established.\n• 1975 — opens a branch in Leeds.",
    ],
)
def test_another_body_or_an_object_that_opens_dates_no_founding(history: str) -> None:
    assert _dates("The Tarnside Archive Trust is a charity.", history) == [DateValue(1931)]
