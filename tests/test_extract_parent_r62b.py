"""Round 62b (S): a cue whose object is a sentence-case name glossed in brackets, an owner's
rights exercised by a ministry, a chain "of X under Y", Russian multipliers in a headcount, and
a figure's subject that ends with the organization's own name after an opening phrase."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orgkg.extract.budget import read_headcount
from orgkg.extract.numbers import amounts
from orgkg.extract.parent import read_parent
from orgkg.model import EmployeeCount, Field, Identity, Item, OrgKind, Parent

SELF = Identity(name="Northfield Seed Institute", kind=OrgKind.ORGANIZATION, acronym="NSI")


def _parents(text: str) -> list[str]:
    facts, _ = read_parent(Field("Parent organization", 3, (Item(4, text, False),)), SELF)
    return [fact.org.name for fact in facts if isinstance(fact, Parent)]


def _headcount(text: str) -> list[int]:
    facts, _ = read_headcount(Field("Number of employees", 3, (Item(4, text, False),)), SELF)
    return [fact.value for fact in facts if isinstance(fact, EmployeeCount)]


def test_owner_rights_exercised_by_a_glossed_sentence_case_ministry() -> None:
    text = "The owner's rights are exercised by the Bộ Nông nghiệp (Ministry of Agriculture) since 2021."
    assert _parents(text) == ["Bộ Nông nghiệp"]


def test_capitalised_name_before_brackets_is_kept_whole() -> None:
    text = "The owner's rights are exercised by the Ministry of Agriculture (MoA) since 2021."
    assert _parents(text) == ["Ministry of Agriculture"]


def test_bracketed_clause_is_no_gloss() -> None:
    # the brackets hold no organization's name: the name stops where its capitals stop
    text = "The owner's rights are exercised by the Bộ Nông nghiệp (since the reform of 2021)."
    assert _parents(text) == ["Bộ Nông"]


def test_agency_of_government_under_a_ministry_reads_both() -> None:
    text = "The Institute is an agency of the Government of Eastland under the Ministry of Seeds."
    assert _parents(text) == ["Government of Eastland", "Ministry of Seeds"]


def test_under_after_a_comma_is_not_chained() -> None:
    text = "The Institute is an agency of the Government of Eastland, which works under the Crown Office."
    assert "Crown Office" not in _parents(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Около 12 тыс. человек", 12000),
        ("5 тысяч сотрудников", 5000),
        ("2,5 тысячи сотрудников", 2500),
    ],
)
def test_russian_multipliers(text: str, value: int) -> None:
    assert [a.value for a in amounts(text, count=True)][:1] == [Decimal(value)]


def test_russian_multiplier_needs_the_word() -> None:
    # "тысс" is no multiplier: the digits alone
    assert [a.value for a in amounts("12 тысс", count=True)] == [Decimal(12)]


def test_headcount_subject_ends_with_own_name_after_an_opening_phrase() -> None:
    text = "In 2019, its last year as an independent company, NSI counted 4,210 loyal colleagues."
    assert _headcount(text) == [4210]


def test_headcount_of_a_company_owned_by_the_organization_is_refused() -> None:
    text = "In 2019 a company owned by NSI counted 4,210 loyal colleagues."
    assert _headcount(text) == []
