"""Round 62 (status): a null word of another language glossed in brackets ("Hiç (none)."), "no
<noun phrase> is (publicly) published" in a figure field (lead or later clause), and a first-person
refusal to quote or share the figure ("We don't share our budget here") (extract/status.py;
status-unentered-reasons.csv, figure-refusals.csv)."""

from __future__ import annotations

import pytest

from orgkg.extract.status import status_of_text
from orgkg.model import FieldStatus

BUDGET = "Last total enacted budget"
STAFF = "Number of employees"
NONE, NOT_PUBLIC, NA, STATED = (
    FieldStatus.EXPLICITLY_NONE,
    FieldStatus.NOT_PUBLICLY_SPECIFIED,
    FieldStatus.NOT_APPLICABLE,
    FieldStatus.STATED,
)


@pytest.mark.parametrize(
    "text, heading, status",
    [
        # a native null word, its English gloss decides
        ("Hiçbiri (none).", "Regulations overseen", NONE),
        ("Hiçbiri (none): the guild was wound up long ago.", "External links", NONE),
        ("Chưa công bố (not published) in the yearbooks consulted.", STAFF, NOT_PUBLIC),
        ("No se conoce (not known) for the whole network.", STAFF, NOT_PUBLIC),
        ("Nie dotyczy (not applicable): the guild is a cooperative, not a budget unit.", BUDGET, NA),
        ("Няма данни (not stated) in the annual reports.", BUDGET, NOT_PUBLIC),
        ("Nincs (none) listed as programmes; the projects are under History.", "List of programs", NONE),
    ],
)
def test_glossed_native_null(text: str, heading: str, status: FieldStatus) -> None:
    assert status_of_text(text, heading).status is status


@pytest.mark.parametrize(
    "text, heading, status",
    [
        # an English status lead keeps its own reading: the bracket is a note
        ("Not applicable (no founding charter).", "Legislation", NA),
        ("None (an independent trust).", "Parent organization", NONE),
        # the gloss is a note, not a translation: more than one status phrase
        ("Harbour Guild (affiliate; start date unknown) and Pier Trust.", "Partners", STATED),
        # a link after the bracket states a value
        ("Archived homepage (no longer maintained): http://www.example.org", "External links", STATED),
        # a capitalised word after the first is a name, not a null word
        ("Port Authority (none) oversees the docks.", "Parent organization", STATED),
        # the gloss is no status phrase
        ("Bağlı birim (affiliated unit) of the ministry of trade.", "Parent organization", STATED),
    ],
)
def test_glossed_native_null_near_misses(text: str, heading: str, status: FieldStatus) -> None:
    assert status_of_text(text, heading).status is status


@pytest.mark.parametrize(
    "text, heading",
    [
        ("No separate operating budget for the clinic is publicly specified.", BUDGET),
        ("No itemised budget is published; the grant is part of the ministry's vote.", BUDGET),
        ("No consolidated staff total was disclosed.", STAFF),
        ("The grants were voted in the ministry's estimates, and no separate figure is publicly specified.", BUDGET),
        ("Geen opgave (no itemised budget is published). For scale only: a grant of 4 million euros.", BUDGET),
    ],
)
def test_no_figure_withheld(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NOT_PUBLIC


@pytest.mark.parametrize(
    "text, heading, status",
    [
        ("No budget is enacted for the guild.", BUDGET, NONE),  # no publishing verb: a denial
        ("No separate budget.", BUDGET, NONE),
        ("No partner is published.", "Partners", NONE),  # not a figure field
        ("The budget was 4 million euros, and no breakdown is published.", BUDGET, STATED),  # a figure given
        # "No," is an answer's denial, no "no <noun> is published" (the existing lead reading stays)
        ("No, the budget is published every spring.", BUDGET, NONE),
    ],
)
def test_no_figure_withheld_near_misses(text: str, heading: str, status: FieldStatus) -> None:
    assert status_of_text(text, heading).status is status


@pytest.mark.parametrize(
    "text",
    [
        "We don't share our annual budget on this website.",
        "We don't quote a single budget figure here; our accounts are filed each year.",
    ],
)
def test_first_person_refusal(text: str) -> None:
    assert status_of_text(text, BUDGET).status is NOT_PUBLIC


@pytest.mark.parametrize(
    "text",
    [
        "We don't share our offices with other bodies.",
        "We don't quote prices on this page.",
    ],
)
def test_first_person_refusal_near_misses(text: str) -> None:
    assert status_of_text(text, BUDGET).status is STATED
