"""Facts that contradict each other are not stated (orgkg.extract.consistency): each rule fires
on a profile whose readers' facts disagree, and stays silent on its near miss. Own strings."""

from __future__ import annotations

from typing import TypeVar

from orgkg.extract import extract
from orgkg.extract.consistency import consistent, contradictions
from orgkg.model import (
    ChangeEvent,
    DateValue,
    Dissolution,
    Fact,
    FieldFacts,
    FieldStatus,
    Founding,
    Identity,
    Member,
    MemberOf,
    Mention,
    OrgKind,
    Parent,
    ProfileFacts,
    Unit,
)
from orgkg.parse import parse_profile

F = TypeVar("F")

SEPARATORS = "| ||||||||||||||||||||||\n" * 4 + "|\n"
INTRO = "The Delta Research Council (DRC) is a research funder."


def extracted(fields: str) -> ProfileFacts:
    text = f"Delta Research Council\n{SEPARATORS}{INTRO}\n{fields}"
    return extract(parse_profile(text, "delta.txt"))


def facts_of(result: ProfileFacts, kind: type[F]) -> list[F]:
    return [fact for field in result.fields for fact in field.facts if isinstance(fact, kind)]


def notes(result: ProfileFacts) -> list[tuple[int | None, str]]:
    return [(d.line, d.message) for d in result.diagnostics if d.code == "extract.contradicted"]


def test_a_dissolution_before_a_holder_in_office_is_not_stated() -> None:
    result = extracted("Leader\nChair: Ann Lee (since 2021)\nHistory\nThe council was dissolved in 1998.\n")
    assert facts_of(result, Dissolution) == []
    [(line, message)] = notes(result)
    assert line == 11
    assert "the dissolution in 1998" in message and "a holder in office since 2021 (Leader)" in message


def test_a_dissolution_after_every_sign_of_life_stays() -> None:
    result = extracted("Leader\nChair: Ann Lee (since 1991)\nHistory\nThe council was dissolved in 1998.\n")
    assert [d.date for d in facts_of(result, Dissolution)] == [DateValue(1998)]
    assert notes(result) == []


def test_a_dissolution_before_a_budget_year_is_not_stated() -> None:
    result = extracted(
        "Last total enacted budget\nUS$ 12 million (FY 2023)\nHistory\nThe council was dissolved in 1998.\n"
    )
    assert facts_of(result, Dissolution) == []
    assert "a budget for 2023" in notes(result)[0][1]


def test_a_merger_into_its_own_predecessor_names_neither() -> None:
    result = extracted("History\nIn 1950 it succeeded the Gamma Board. In 1990 it was succeeded by the Gamma Board.\n")
    sides = [e for e in facts_of(result, ChangeEvent) if e.original or e.resulting]
    assert sides == []
    assert sorted(message.split(" was ")[0] for _, message in notes(result)) == [
        "'Gamma Board' as a predecessor",
        "'Gamma Board' as a successor",
    ]


def test_a_body_it_belongs_to_is_not_also_its_member() -> None:
    result = extracted(
        "Partners\nMembers: Alpha Institute, Beta Institute. The council is a member of the Alpha Institute.\n"
    )
    assert [m.org.name for m in facts_of(result, Member)] == ["Beta Institute"]
    assert [m.org.name for m in facts_of(result, MemberOf)] == ["Alpha Institute"]
    assert "own membership of it" in notes(result)[0][1]


def test_members_alone_stay() -> None:
    result = extracted("Partners\nMembers: Alpha Institute, Beta Institute.\n")
    assert len(facts_of(result, Member)) == 2
    assert notes(result) == []


def _history(*facts: Fact) -> FieldFacts:
    return FieldFacts("History", "history", 9, 9, FieldStatus.STATED, "…", facts=facts)


def test_a_previous_name_it_still_goes_by_is_not_stated() -> None:
    identity = Identity("Delta Research Council", OrgKind.ORGANIZATION, acronym="DRC")
    merger = ChangeEvent("merged", "formerly DRC", previous_name="DRC")
    rename = ChangeEvent("renamed", "renamed from DRC", previous_name="DRC")
    older = ChangeEvent("renamed", "renamed from Delta Board", previous_name="Delta Board")
    fields = (_history(merger, rename, older),)
    assert {c.fact for c in contradictions(fields, identity)} == {merger, rename}
    profile = parse_profile(f"Delta Research Council\n{SEPARATORS}{INTRO}\n", "delta.txt")
    (kept,), found = consistent(profile, fields, identity)
    # the merger stays without the name; a rename that renames nothing says nothing
    assert kept.facts == (ChangeEvent("merged", "formerly DRC"), older)
    assert len(found) == 2


def test_nothing_contradicted_leaves_the_fields_as_they_were() -> None:
    identity = Identity("Delta Research Council", OrgKind.ORGANIZATION)
    fields = (_history(Dissolution(DateValue(1990), "closed in 1990")),)
    profile = parse_profile(f"Delta Research Council\n{SEPARATORS}{INTRO}\n", "delta.txt")
    assert consistent(profile, fields, identity) == (fields, [])


def test_the_organization_is_not_its_own_parent_unit_or_founder() -> None:
    identity = Identity("Delta Research Council", OrgKind.ORGANIZATION, acronym="DRC")
    parent = Parent(Mention("DRC"))
    unit = Unit("Delta Research Council")
    founding = Founding(
        DateValue(1950), founder=Mention("Delta Research Council"), founders=(Mention("Ann Lee", "person"),)
    )
    fields = (
        FieldFacts(
            "Parent organization", "parent-organization", 7, 8, FieldStatus.STATED, "…", facts=(parent, unit, founding)
        ),
    )
    profile = parse_profile(f"Delta Research Council\n{SEPARATORS}{INTRO}\n", "delta.txt")
    (kept,), found = consistent(profile, fields, identity)
    assert kept.facts == (Founding(DateValue(1950), founder=Mention("Ann Lee", "person")),)
    assert [d.message.split(" was ")[0] for d in found] == [
        "'DRC' as its parent",
        "'Delta Research Council' as its unit",
        "the organization as its own founder",
    ]


def test_a_person_may_bear_the_organization_s_name() -> None:
    identity = Identity("Arthur Andersen", OrgKind.ORGANIZATION)
    founding = Founding(DateValue(1913), founder=Mention("Arthur Andersen", "person"))
    assert contradictions((_history(founding),), identity) == []


def test_a_founding_after_the_dissolution_states_neither_date() -> None:
    founding = Founding(DateValue(2011), founder=Mention("Ann Lee", "person"))
    ending = Dissolution(DateValue(2003), "It merged into the Example Council in 2003")
    identity = Identity("Delta Research Council", OrgKind.ORGANIZATION)
    profile = parse_profile(f"Delta Research Council\n{SEPARATORS}{INTRO}\n", "delta.txt")
    (kept,), found = consistent(profile, (_history(founding, ending),), identity)
    assert kept.facts == (Founding(None, founder=Mention("Ann Lee", "person")),)  # the founder stays
    assert [d.message.split(" was ")[0] for d in found] == ["the founding in 2011", "the dissolution in 2003"]


def test_a_name_that_only_shares_a_slug_is_another_body() -> None:
    identity = Identity("C Foundation", OrgKind.ORGANIZATION)
    partner = Member(Mention("C++ Foundation"))
    assert contradictions((_history(partner),), identity) == []
    assert contradictions((_history(Member(Mention("the C  foundation"))),), identity) != []


def _many_sides(count: int) -> tuple[FieldFacts, ...]:
    events = [ChangeEvent("predecessor", "…", original=Mention(f"Board {n}")) for n in range(count)]
    events += [ChangeEvent("merged-into", "…", resulting=Mention(f"Council {n}")) for n in range(count)]
    members = [Member(Mention(f"Forum {n}")) for n in range(count)] + [
        MemberOf(Mention(f"Club {n}")) for n in range(count)
    ]
    return (_history(*events, *members),)


def test_the_checks_grow_linearly_with_the_facts() -> None:
    """Not a micro-timing: 8x the facts may take at most 16x the time (pairwise comparison took 64x)."""
    import time

    identity = Identity("Delta Research Council", OrgKind.ORGANIZATION)
    timings = []
    for count in (500, 4_000):
        fields = _many_sides(count)
        started = time.perf_counter()
        assert contradictions(fields, identity) == []
        timings.append(max(time.perf_counter() - started, 0.02))
    assert timings[1] <= 16 * timings[0]
