"""Round 32 (F1): a parent field an organization writes about itself. "We" is the organization,
as "It" and "The institute" are: "We are part of X", "We were proudly part of X", "In our last
decade we were part of X" name the parent; "we" before a non-parent verb names none."""

from __future__ import annotations

import pytest

from orgkg.extract.parent import read_parent
from orgkg.model import Field, Identity, Item, OrgKind, Parent


def _parents(text: str) -> list[str]:
    self_ = Identity(name="Northfield Seed Institute", kind=OrgKind.ORGANIZATION, acronym="NSI")
    facts, _ = read_parent(Field("Parent organization", 3, (Item(4, text, False),)), self_)
    return [fact.org.name for fact in facts if isinstance(fact, Parent)]


@pytest.mark.parametrize(
    "text, parent",
    [
        ("We are part of the Ministry of Agriculture.", "Ministry of Agriculture"),
        ("We were proudly part of Borealis Holdings, alongside our sister labs.", "Borealis Holdings"),
        ("we are a research unit under the Department of Fisheries.", "Department of Fisheries"),
        ("We are an agency of the National Research Council.", "National Research Council"),
    ],
)
def test_first_person_subject_names_the_parent(text: str, parent: str) -> None:
    assert _parents(text) == [parent]


@pytest.mark.parametrize(
    "text, parent",
    [
        ("In our last decade we were part of the Regional Health Board.", "Regional Health Board"),
        ("At the time of our closure we were part of Coastal Water Group.", "Coastal Water Group"),
        ("From our first day we have been part of the Academy of Letters.", "Academy of Letters"),
    ],
)
def test_fronted_phrase_before_we(text: str, parent: str) -> None:
    assert _parents(text) == [parent]


@pytest.mark.parametrize(
    "text",
    [
        "We work with the Ministry of Agriculture on seed policy.",
        "We were never part of the Ministry of Agriculture.",
        "We partner with Borealis Holdings and the National Research Council.",
        "In our first years we shared a building with the Academy of Letters.",
    ],
)
def test_first_person_without_a_parent_cue_names_none(text: str) -> None:
    assert _parents(text) == []


@pytest.mark.parametrize(
    "text, parent",
    [
        ("We are a statutory board under the Ministry of Health, Ghana.", "Ministry of Health, Ghana"),
        ("It reports to the Department of Fisheries, Norway.", "Department of Fisheries, Norway"),
        ("We are an agency of the Ministry of Culture, France", "Ministry of Culture, France"),
    ],
)
def test_country_after_a_generic_ministry_is_part_of_its_name(text: str, parent: str) -> None:
    assert _parents(text) == [parent]


@pytest.mark.parametrize(
    "text, parent",
    [
        ("We were part of Borealis Holdings, Finland.", "Borealis Holdings"),  # a proper name: where it is
        ("It is an agency of the Ministry of Culture, Paris.", "Ministry of Culture"),  # a city, no country
        ("It is part of the Ministry of Health, which funds it.", "Ministry of Health"),
    ],
)
def test_country_or_place_after_other_names_is_dropped(text: str, parent: str) -> None:
    assert _parents(text) == [parent]
