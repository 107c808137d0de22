"""Round 44 (status, headcount, budget): a podcast transcript's spoken answers (h32).

- spoken openers ("And ", "Honestly, ", "Oh, and ") before the answer do not hide its lead;
- "Nope" / "Nah" answer the field's question: explicitlyNone;
- "Not one we could find" is not knowing (notPubliclySpecified), not "None";
- in a figure field, a figure the writer could not find, pin down or vouch for ("we couldn't
  pin down a number we trust", "no separate number we could nail down", "No number we'd put on
  air") is not public, also after a clause on where the money comes from;
- Legislation: "not set up by any act" without its auxiliary denies a founding act.

All sentences are our own.
"""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.status import status_of_text
from orgkg.model import FieldStatus
from orgkg.parse import parse_profile

NONE, NA, NOT_PUBLIC, STATED = (
    FieldStatus.EXPLICITLY_NONE,
    FieldStatus.NOT_APPLICABLE,
    FieldStatus.NOT_PUBLICLY_SPECIFIED,
    FieldStatus.STATED,
)
PARENT, BUDGET, STAFF, LAW = "Parent organization", "Last total enacted budget", "Number of employees", "Legislation"


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Nope. The trading house was always its own master.", PARENT),
        ("Nah, nobody owned the co-op but its growers.", PARENT),
        ("And no statute behind it, it was a club of printers.", LAW),
        ("Oh, and none. It never had one.", PARENT),
        ("Right, it's a private trust — not created by any act.", LAW),
        ("It is a registered charity, not established by any law of parliament.", LAW),
    ],
)
def test_spoken_denials_are_explicitly_none(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NONE


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Honestly, we couldn't pin down a number we trust, it changed a lot over forty years.", STAFF),
        ("We didn't get a reliable figure for last year, so we're leaving it out.", BUDGET),
        ("It sits inside the county's transport grant — no separate number we could nail down.", BUDGET),
        ("No headcount we'd vouch for. The union never said.", STAFF),
        ("Paid from the state lottery fund; we didn't find the theatre's last total.", BUDGET),
        ("Frankly, I could not track down any staff figures at all.", STAFF),
        ("Not one we could find, no. Shipping lines of that era rarely wrote one.", "Mission"),
        ("None we could find.", "Mission"),
    ],
)
def test_figures_not_found_are_not_public(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NOT_PUBLIC


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        # a figure before the hedge: the figure is stated
        ("About 1,200 people; we couldn't pin down the part-time number.", STAFF),
        ("Roughly 40 million euros, but we could not verify the total for 2023.", BUDGET),
        # the hedge goes on to give a figure
        ("We couldn't find the exact number, but it's around 300 staff.", STAFF),
        # not a figure field: a missing record of something else
        ("We couldn't find a number for the old office, so the line above is from 1990.", "Headquarters address"),
        # openers that are words of the sentence
        ("Right of way across the docks was granted to the company in 1901.", "History"),
        ("Well over 2,000 staff at its peak.", STAFF),
        ("So-called regional boards report to it.", "Organization structure"),
        # "not set up by" a named act is no denial of any act
        ("It was not set up by the 1990 Act but by the Charities Act 2011.", LAW),
        ("Nopeville Trust", PARENT),
    ],
)
def test_near_misses_stay_stated(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is STATED


def _profile(staff: str, budget: str) -> str:
    return f"Harbour Lantern Society\nNumber of employees\n{staff}\nLast total enacted budget\n{budget}\n"


def test_no_headcount_from_a_duration_after_a_hedge() -> None:
    profile = parse_profile(
        _profile(
            "Honestly, we couldn't pin down a number we trust, it swung a lot over thirty-two years.",
            "We didn't get a reliable number for the last year, so we're skipping it.",
        ),
        "t.txt",
    )
    for field in extract(profile).fields:
        if field.name in (STAFF, BUDGET):
            assert field.status is NOT_PUBLIC
            assert not field.facts


def _headcounts(staff: str) -> list[int]:
    """The staff counts read from a small profile whose headcount field is ``staff``."""
    fields = extract(parse_profile(_profile(staff, "Not published."), "t.txt")).fields
    return [fact.value for field in fields if field.name == STAFF for fact in field.facts]


@pytest.mark.parametrize(
    "staff",
    [
        "Payroll grew and shrank over fifty-two years; nobody kept a tally.",
        "It has run the ferry for nearly 90 years with a small crew.",
        "Some 30 years of volunteer effort, no payroll to speak of.",
        "Thirty-one years on the river, and the crew list is lost.",
        "The lab kept its doors open for 18 months before the merger.",
    ],
)
def test_a_length_of_time_is_no_headcount(staff: str) -> None:
    assert _headcounts(staff) == []


@pytest.mark.parametrize(
    ("staff", "count"),
    [
        ("About 260 people; the society has run for 45 years.", 260),
        ("Over 7 years of growth: 1,450 employees today.", 1450),
        ("Roughly 95 staff, most of them there for a decade.", 95),
        ("Three years ago it had 510 employees.", 510),
    ],
)
def test_a_count_beside_a_length_of_time_is_kept(staff: str, count: int) -> None:
    assert _headcounts(staff) == [count]


@pytest.mark.parametrize(
    "text",
    [
        "They don't have members or formal allies; they join campaigns case by case.",
        "The guild does not have any partners; it works alone.",
        "It didn't have formal partners, only friends in the trade.",
    ],
)
def test_partners_denied_are_explicitly_none(text: str) -> None:
    assert status_of_text(text, "Partners").status is NONE


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The Lantern Guild and the Tide Society, with which it shares a hall.", STATED),
        # the concept does not fit the kind of body: not "there are none"
        ("Skip the partner list — a city court doesn't have one.", NA),
    ],
)
def test_partners_near_misses(text: str, status: FieldStatus) -> None:
    assert status_of_text(text, "Partners").status is status
