"""Round 22 (family F1: status, parent, identity): a red-team of near misses. The right cue
word with the wrong tense, mood or source ("was to be placed under", "is said to be a
subsidiary of", "would have become part of"), a body the organization is a member of, a null
word scoped to something else ("None of its budget ...; it is part of ..."), a person named in
an aside of the intro. Each refusal keeps the text verbatim; positive twins show the right
reading still works."""

from __future__ import annotations

import pytest

from orgkg.extract.identity import read_identity
from orgkg.extract.parent import parent_findings, read_parent
from orgkg.extract.status import read_status
from orgkg.model import Field, FieldStatus, Identity, Item, OrgKind, Parent, Profile

_SELF = Identity(name="Coastal Research Institute", kind=OrgKind.ORGANIZATION, acronym="CRI")


def _field(name: str, *lines: str) -> Field:
    return Field(name, 3, tuple(Item(4 + n, line, False) for n, line in enumerate(lines)))


def _parents(text: str) -> list[str]:
    facts, _ = read_parent(_field("Parent organization", text), _SELF)
    return [fact.org.name for fact in facts if isinstance(fact, Parent)]


# -- parent: a planned, reported or hypothetical tie is no parent ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It was to be placed under the Ministry of Environment, but the plan lapsed.",
        "Critics claim it is controlled by the Ministry of Interior.",
        "It is said to be a subsidiary of Oceanic Holdings.",
        "It would have become part of the Ministry of Science if the 2010 bill had passed.",
        "The lab was expected to come under the Regional Science Council in 2019.",
        "It is reportedly a unit of the Federal Office of Statistics.",
        "Allegedly it operates under the State Security Committee.",
        "It could be placed under the Department of Trade by the draft law.",
    ],
)
def test_a_hedged_tie_gives_no_parent(text: str) -> None:
    assert _parents(text) == []
    assert [f.code for f in parent_findings(text)] == ["extract.parent-hedged"]


@pytest.mark.parametrize(
    "text, parent",
    [
        ("It was placed under the Ministry of Environment in 2001.", "Ministry of Environment"),
        ("It is a subsidiary of Oceanic Holdings.", "Oceanic Holdings"),
        ("It became part of the Ministry of Science in 2010.", "Ministry of Science"),
        ("It operates under the State Security Committee.", "State Security Committee"),
    ],
)
def test_the_same_tie_stated_is_the_parent(text: str, parent: str) -> None:
    assert _parents(text) == [parent]
    assert parent_findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Member of the Global Ocean Network (a voluntary network, not a parent).",
        "Partner of the Nordic Marine Alliance.",
        "Signatory to the Regional Fisheries Compact Secretariat.",
    ],
)
def test_a_body_it_is_a_member_of_is_no_parent(text: str) -> None:
    assert _parents(text) == []


def test_a_bare_name_is_still_the_parent() -> None:
    assert _parents("Global Ocean Network (GON).") == ["Global Ocean Network"]


@pytest.mark.parametrize(
    "text",
    [
        "Its parent company's founder, the Harbour Trust, also set up a sister body.",
        "It replaced the Ministry of Fisheries, which had run the survey until 1990.",
        "A proposed merger with the National Oceans Agency was abandoned in 2004.",
        "Independent. Its sister body, the Marine Survey, reports to the Ministry of Transport.",
        "Its predecessor, the Coastal Survey Office, was part of the Navy.",
        "Its director sits on the board of the National Research Council.",
        "The Ministry of Culture funds it, and the Ministry of Education inspects it.",
        "Reports to Dr. Anna Berg, Director-General.",
    ],
)
def test_another_bodys_fact_gives_no_parent(text: str) -> None:
    # these held before round 22 too; kept as guards
    assert _parents(text) == []


# -- status: a null word scoped to something else ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "None of its budget comes from a parent body; it is part of the Ministry of Health.",
        "Not applicable to the founding ministry; the institute itself is under the Ministry of Culture.",
        "N/A for the museum's shop; the museum belongs to the City of Bergen.",
        "None of the staff are civil servants, but it is an agency of the Ministry of Labour.",
    ],
)
def test_a_scoped_null_word_does_not_deny_the_parent(text: str) -> None:
    assert read_status(_field("Parent organization", text)).status is FieldStatus.STATED


@pytest.mark.parametrize(
    "text, status",
    [
        ("None of the ministries oversees it; it is fully independent.", FieldStatus.EXPLICITLY_NONE),
        (
            "None for the institute itself; the history pages of the Archive hold the records.",
            FieldStatus.EXPLICITLY_NONE,
        ),
        ("None of its parents survives; it is not part of any Ministry now.", FieldStatus.EXPLICITLY_NONE),
        ("N/A", FieldStatus.NOT_APPLICABLE),
        ("None.", FieldStatus.EXPLICITLY_NONE),
    ],
)
def test_a_null_word_about_the_field_still_denies(text: str, status: FieldStatus) -> None:
    assert read_status(_field("Parent organization", text)).status is status


# -- identity: a person in an aside of the intro is no name of the organization ---------------


def _identity(intro: str) -> Identity:
    return read_identity(Profile("p.txt", "p", "0" * 64, "Coastal Research Institute", 1, intro, 2, ()))


@pytest.mark.parametrize(
    "intro",
    [
        "The Coastal Research Institute (CRI; its founder, Dr. Ole Berg, called it 'the Tide House') is a lab.",
        "The Coastal Research Institute (CRI, chaired by Prof. Ana Lima) is a lab.",
        "The Coastal Research Institute (CRI; director: Mary Okafor FRS) is a lab.",
    ],
)
def test_a_person_in_the_intro_brackets_is_no_alternate_name(intro: str) -> None:
    found = _identity(intro)
    assert (found.name, found.acronym) == ("Coastal Research Institute", "CRI")
    assert found.alternate_names == ()


def test_a_native_name_in_the_brackets_is_still_an_alternate() -> None:
    found = _identity("The Coastal Research Institute (CRI; Norwegian: Kystforskningsinstituttet) is a lab.")
    assert found.alternate_names == ("Kystforskningsinstituttet",)
