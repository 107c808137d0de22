"""Round 60 (status, parent, budget): a parent named in a second clause after a cue whose object
is no name ("a department of the Government, and today it comes under X"), a name followed by its
seat ("X (gloss) in Bonn."), "within the framework of X" (never a treaty), "X, of which it is a
specialised agency under the agreement of 1946", a budget labelled by the appropriation that
funds the body ("Operating grant from the State: …"), and a denied list whose following sentences
decide (extract/parent.py, budget.py, status.py; parent-cues.csv, budget-appropriation-labels.csv)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orgkg.extract.budget import read_budget
from orgkg.extract.parent import read_parent
from orgkg.extract.status import status_of_text
from orgkg.model import Budget, Field, FieldStatus, Identity, Item, OrgKind, Parent

SELF = Identity("Lakeside Weather Institute", OrgKind.ORGANIZATION)


def _parents(text: str, identity: Identity = SELF) -> list[str]:
    facts, _ = read_parent(Field("Parent organization", 5, (Item(6, text),)), identity)
    return [f.org.name for f in facts if isinstance(f, Parent)]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The institute is a department of the Government, and today it comes under the Bureau of Water.",
            "Bureau of Water",
        ),
        ("It is part of the state, and since 2004 it reports to the Ministry of Fisheries.", "Ministry of Fisheries"),
        ("We are an office of the Crown, and we sit within the Cabinet Office.", "Cabinet Office"),
        (
            "It is a unit of government, and now it falls under the Department of Trade and Industry.",
            "Department of Trade and Industry",
        ),
    ],
)
def test_a_later_clause_of_its_own_names_the_parent(text: str, name: str) -> None:
    assert _parents(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The institute is a unit of the state, and the state belongs to the Ministry of Fisheries.",
        "The institute is a unit of the state, and it is not under the Ministry of Fisheries.",
        "The institute is a unit of the state, and it was to be placed under the Ministry of Fisheries.",
        "Globex is a unit of the Government, and it falls under the Ministry of Fisheries.",
        "The institute is a unit of the Government.",
    ],
)
def test_no_parent_from_another_subject_a_negation_or_a_plan(text: str) -> None:
    assert _parents(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Ministry of Water Resources (Ministère des Ressources en Eau) in Lyon.", "Ministry of Water Resources"),
        (
            "The Federal Office of Transport (Bundesamt für Verkehr) in Bern, Switzerland.",
            "Federal Office of Transport",
        ),
        ("Department of Marine Affairs (DMA) in Perth.", "Department of Marine Affairs"),
    ],
)
def test_a_name_and_its_seat(text: str, name: str) -> None:
    assert _parents(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Water Resources (MWR) in Lyon decided otherwise.",
        "The Ministry of Water Resources (MWR) in Lyon supervises the Harbour Board.",
    ],
)
def test_a_seat_then_a_verb_is_a_sentence(text: str) -> None:
    assert _parents(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "We are an autonomous body within the framework of the Nordic Council of Ministers.",
            "Nordic Council of Ministers",
        ),
        ("The institute works within the framework of the European Space Agency.", "European Space Agency"),
        ("It operates within the framework of the Andean Community, our oldest friend.", "Andean Community"),
    ],
)
def test_within_the_framework_of_a_body(text: str, name: str) -> None:
    assert _parents(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "It operates within the framework of the Treaty of Helsinki.",
        "The institute works within the framework of the Convention on Long-Range Weather Data.",
        "It operates under the Agreement on Nordic Weather Services.",
        "Globex works within the framework of the Nordic Council of Ministers.",
        "It is not within the framework of the Nordic Council of Ministers.",
    ],
)
def test_no_parent_within_a_treaty_or_for_another_body(text: str) -> None:
    assert _parents(text) == []


WMO = Identity("Coastal Forecasting Organization", OrgKind.GOVERNMENT, acronym="CFO")


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The World Weather Union, of which it is a specialised agency under the agreement of 1951.",
            "World Weather Union",
        ),
        ("The Pacific Commission, of which it has been a subsidiary body by a decision of 1970.", "Pacific Commission"),
        ("The Harbour Group, of which it is a subsidiary under the articles of 1988 (cf. n. 2).", "Harbour Group"),
    ],
)
def test_of_which_a_part_then_an_instrument(text: str, name: str) -> None:
    assert _parents(text, WMO) == [name]


def test_of_which_another_body_is_no_parent() -> None:
    assert (
        _parents("The World Weather Union, of which the Ocean Board is an agency under the accord of 1951.", WMO) == []
    )


def _budget(text: str) -> list[Budget]:
    facts, _ = read_budget(Field("Last total enacted budget", 5, (Item(6, text),)), SELF)
    return [f for f in facts if isinstance(f, Budget)]


@pytest.mark.parametrize(
    "text, amount, currency, year",
    [
        ("Operating grant from the State of Lakeland: approx. JPY 9,000 million (FY2021).", "9000000000", "JPY", 2021),
        ("Annual operating grant from the Province: CAD 42 million (2021).", "42000000", "CAD", 2021),
        ("Grant-in-aid from the Department for Culture: GBP 18.5 million for 2019–20.", "18500000", "GBP", 2020),
    ],
)
def test_an_appropriation_label_names_the_budget(text: str, amount: str, currency: str, year: int) -> None:
    (budget,) = _budget(text)
    assert (budget.amount, budget.currency, budget.fiscal_year) == (Decimal(amount), currency, year)


@pytest.mark.parametrize(
    "text",
    [
        "Operating grant from the State: EUR 12 million; own income EUR 3 million.",  # two amounts: parts
        "Operating grant: none; research grants of EUR 4 million (2020).",
        "Research grants from industry: USD 5 million (2022).",
        "The operating grant from the State was EUR 12 million in 2020.",  # no label: a grant beside
    ],
)
def test_no_budget_from_other_grants(text: str) -> None:
    assert _budget(text) == []


@pytest.mark.parametrize(
    "text, status",
    [
        ("No partner list is kept. The guild is a member of the Harbour Traders Federation.", FieldStatus.STATED),
        (
            "No member roster is published for the said Society. "
            "The said Society reports these categories: (a) growers; (b) millers.",
            FieldStatus.STATED,
        ),
        ("No partner list is kept. There are none.", FieldStatus.EXPLICITLY_NONE),
        ("No partner list is maintained. No member roster either.", FieldStatus.NOT_PUBLICLY_SPECIFIED),
        ("No partner list is maintained.", FieldStatus.NOT_PUBLICLY_SPECIFIED),
    ],
)
def test_after_a_denied_list_the_rest_decides(text: str, status: FieldStatus) -> None:
    assert status_of_text(text, "Partners").status is status
