"""Round 62c (S): the intro's kind noun as the organization's own, a figure after "not published
…, but", "& Co. KGaA" inside one sentence, and a dated change of owner after an unnamed one."""

from __future__ import annotations

from decimal import Decimal

from orgkg.extract.budget import kind_noun, lead_status, read_budget, read_headcount
from orgkg.extract.parent import read_parent
from orgkg.extract.sentences import split
from orgkg.extract.status import contrast_after, read_status
from orgkg.model import Budget, EmployeeCount, Field, FieldStatus, Identity, Item, OrgKind, Parent

FOUNDATION = Identity(
    name="Kestrel Stiftung",
    kind=OrgKind.NGO,
    description="The Kestrel Stiftung is a private charitable foundation based in Bremen, Germany.",
)
INSTITUTE = Identity(
    name="Kestrel Stiftung",
    kind=OrgKind.NGO,
    description="The Kestrel Stiftung is a private research institute based in Bremen, Germany.",
)
LAB = Identity(name="Marsh Point Laboratory", kind=OrgKind.GOVERNMENT, acronym="MPL")


def _field(heading: str, text: str) -> Field:
    return Field(heading, 3, (Item(4, text, False),))


def _headcount(text: str, identity: Identity) -> list[int]:
    facts, _ = read_headcount(_field("Number of employees", text), identity)
    return [fact.value for fact in facts if isinstance(fact, EmployeeCount)]


def _budget(text: str) -> tuple[list[Budget], FieldStatus | None]:
    facts, status = read_budget(_field("Last total enacted budget", text), LAB, country="US")
    return [fact for fact in facts if isinstance(fact, Budget)], status


def _parents(text: str) -> list[str]:
    facts, _ = read_parent(_field("Parent organization", text), LAB)
    return [fact.org.name for fact in facts if isinstance(fact, Parent)]


# --- the intro's kind noun ---------------------------------------------------------------


def test_kind_noun_is_the_last_lowercase_body_noun_after_is_a() -> None:
    assert kind_noun("The Kestrel Stiftung is an independent private operating foundation based in Bremen.") == (
        "foundation"
    )
    # "Department of Energy" is a name: its "of" does not end the phrase
    assert kind_noun("Marsh Point is a Federal Department of Water national laboratory located in Ohio.") == (
        "laboratory"
    )


def test_kind_noun_refuses_a_noun_after_of_and_capitalised_nouns() -> None:
    assert kind_noun("Marsh Point is a unit of the ministry of water.") is None
    assert kind_noun("Marsh Point is a subsidiary of the bank.") is None
    assert kind_noun("Marsh Point is a Ministry.") is None
    assert kind_noun("Marsh Point works on water. It is a laboratory.") is None  # the first sentence only


def test_the_intros_kind_noun_counts_the_organizations_own_staff() -> None:
    assert _headcount("The foundation had 145 employees in 2021, most of them in Bremen.", FOUNDATION) == [145]


def test_a_body_noun_the_intro_does_not_use_is_still_another_body() -> None:
    assert _headcount("The foundation had 145 employees in 2021, most of them in Bremen.", INSTITUTE) == []


# --- a figure after "not published …, but" -------------------------------------------------


def test_budget_figure_after_a_contrast_is_read() -> None:
    found, status = _budget(
        "The annual budget is not published as one audited figure, but it was reported at roughly "
        "US$40 million in 2022, mostly from federal grants."
    )
    assert status is None
    assert [(b.amount, b.currency, b.fiscal_year) for b in found] == [(Decimal(40_000_000), "USD", 2022)]


def test_contrast_without_a_figure_keeps_the_negation() -> None:
    found, status = _budget("The annual budget is not published as one audited figure, but estimates circulate.")
    assert found == []
    assert status == FieldStatus.NOT_PUBLICLY_SPECIFIED


def test_a_year_alone_after_the_contrast_is_no_figure() -> None:
    assert lead_status("The budget is not published, but it was discussed in 2021.") == (
        FieldStatus.NOT_PUBLICLY_SPECIFIED
    )


def test_contrast_after_looks_in_the_first_sentence_only() -> None:
    assert contrast_after("Not published, but estimated.", 0) is not None
    assert contrast_after("Not published. But see the annual report.", 0) is None


# --- "& Co. KGaA" inside one sentence --------------------------------------------------------


def test_a_legal_form_continued_after_co_is_one_sentence() -> None:
    text = "It owns 60 percent of Linden Media SE & Co. KGaA, without voting rights. It was set up in 1980."
    assert len(split(text)) == 2


def test_co_before_an_ordinary_word_still_ends_the_sentence() -> None:
    assert len(split("It was sold to Heron & Co. Later it closed.")) == 2


def test_no_parent_then_a_shareholding_in_a_kgaa_is_explicitly_none() -> None:
    text = (
        "The Kestrel Stiftung is not under a parent organization; it is an independent foundation. "
        "Conversely, it is the main shareholder of the Kestrel group: it holds 60 percent of Kestrel "
        "SE & Co. KGaA, although without voting rights."
    )
    assert read_status(_field("Parent organization", text)).status == FieldStatus.EXPLICITLY_NONE


# --- a dated change of owner after an unnamed one --------------------------------------------


def test_dated_acquisition_after_unnamed_joint_owners_is_the_parent() -> None:
    text = (
        "MPL was not under a single parent organization but was jointly owned by the four regional "
        "utilities. In 2004 it was acquired by Harrow Engineering Corporation, becoming its subsidiary."
    )
    assert _parents(text) == ["Harrow Engineering Corporation"]


def test_a_later_owner_in_a_third_sentence_refuses_the_dated_change() -> None:
    text = (
        "MPL was not under a single parent organization but was jointly owned by the four regional "
        "utilities. In 2004 it was acquired by Harrow Engineering Corporation. In 2011 it was sold to "
        "Brant Holdings, becoming a subsidiary of that company."
    )
    assert _parents(text) == []


def test_an_undated_second_sentence_is_not_read_after_a_cue() -> None:
    text = (
        "MPL was jointly owned by the four regional utilities. Harrow Engineering Corporation was one of its suppliers."
    )
    assert _parents(text) == []
