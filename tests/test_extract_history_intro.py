"""History reads the intro too (extract/history.py): former names the intro states reach the
History events, and the intro's "is the national X of …" noun names the organization ("the
X was dissolved"). Phrasings written for these tests, not taken from the fidelity benchmark;
negative cases say what must not be read."""

from __future__ import annotations

import pytest

from orgkg.extract.history import intro_kind_nouns, read_events
from orgkg.model import ChangeEvent, DateValue, Dissolution, Identity, OrgKind

ORG = Identity("Tarn Valley Water Board", OrgKind.GOVERNMENT, "TVWB")


def previous_names(history: str, intro: str, identity: Identity = ORG) -> list[str]:
    facts = read_events(history, identity, intro=intro)
    return [f.previous_name for f in facts if isinstance(f, ChangeEvent) and f.previous_name]


def dissolution_dates(history: str, intro: str) -> list[DateValue | None]:
    return [f.date for f in read_events(history, ORG, intro=intro) if isinstance(f, Dissolution)]


HISTORY = "The board opened its first pumping station in 1911."


@pytest.mark.parametrize(
    "intro",
    [
        "The Tarn Valley Water Board is a public body that supplies water; it began in 1899 as the Tarn Water Trust.",
        "The Tarn Valley Water Board, known until 1950 as the Tarn Water Trust, supplies water to the valley.",
        "The Tarn Valley Water Board supplies water to the valley. It was originally called the Tarn Water Trust.",
        "The Tarn Valley Water Board supplies water to the valley; it was founded in 1899 as the Tarn Water Trust.",
    ],
)
def test_a_former_name_stated_in_the_intro_is_a_previous_name(intro: str) -> None:
    assert previous_names(HISTORY, intro) == ["Tarn Water Trust"]


def test_a_former_name_the_identity_read_is_a_previous_name_once() -> None:
    identity = Identity("Tarn Valley Water Board", OrgKind.GOVERNMENT, "TVWB", former_names=("Tarn Water Trust",))
    history = "It was known as the Tarn Water Trust until 1950."
    assert previous_names(history, "The Tarn Valley Water Board, formerly the Tarn Water Trust, …", identity) == [
        "Tarn Water Trust"
    ]
    assert previous_names(HISTORY, "", identity) == ["Tarn Water Trust"]


def test_what_the_letters_once_stood_for_are_former_names_in_order() -> None:
    identity = Identity("TVWB", OrgKind.GOVERNMENT)
    intro = (
        "TVWB supplies water to the Tarn valley; the letters originally stood for Tarn Valley Waterworks Bureau "
        "and then Tarn Valley Water Board."
    )
    assert previous_names(HISTORY, intro, identity) == ["Tarn Valley Waterworks Bureau", "Tarn Valley Water Board"]


@pytest.mark.parametrize(
    "intro",
    [
        # an apposition before the main verb: a current legal name, not a former one
        "The Tarn Valley Water Board, incorporated as Tarn Valley Water Ltd, supplies water to the valley.",
        # another organization's beginning
        "The Tarn Valley Water Board supplies water; its parent ministry began in 1899 as the Tarn Water Trust.",
        # no name after "as"
        "The Tarn Valley Water Board is a public body; it began in 1899 as a small trust.",
    ],
)
def test_intro_phrases_that_give_no_former_name(intro: str) -> None:
    assert previous_names(HISTORY, intro) == []


@pytest.mark.parametrize(
    ("intro", "noun"),
    [
        ("The Tarn Valley Water Board was the public agency that supplied water to the valley.", "agency"),
        ("The Tarn Valley Water Board is a regional consortium of water companies.", "consortium"),
        ("The Tarn Valley Water Board was the State's national foundation for water research.", "foundation"),
        ("The Tarn Valley Water Board is the public service department charged with water.", "department"),
    ],
)
def test_the_intro_predicate_noun(intro: str, noun: str) -> None:
    assert intro_kind_nouns(intro) == {noun}


@pytest.mark.parametrize(
    "intro",
    [
        "The Tarn Valley Water Board is one of the oldest boards.",  # not a noun for it
        "The Tarn Valley Water Board is an independent, non-profit body.",  # "independent" is no noun
        "The Tarn Valley Water Board supplies water.",  # no predicate
    ],
)
def test_no_predicate_noun(intro: str) -> None:
    assert "independent" not in intro_kind_nouns(intro) and "one" not in intro_kind_nouns(intro)
    assert intro_kind_nouns(intro) <= {"body"}


def test_the_intro_noun_is_the_subject_of_a_dissolution() -> None:
    intro = "The Tarn Valley Water Board was the public agency that supplied water to the valley."
    history = "The agency was formally liquidated on 30 June 1943."
    assert dissolution_dates(history, intro) == [DateValue(1943, 6, 30)]
    # without the intro, "the agency" is not known to be it
    assert dissolution_dates(history, "") == []
    # another noun than the intro's: not it
    assert dissolution_dates("The trust was liquidated on 30 June 1943.", intro) == []


def test_a_former_name_without_an_intro_keeps_a_text() -> None:
    identity = Identity("Tarn Valley Water Board", OrgKind.GOVERNMENT, "TVWB", former_names=("Tarn Water Trust",))
    [event] = [f for f in read_events(HISTORY, identity) if isinstance(f, ChangeEvent)]
    assert event.previous_name == "Tarn Water Trust" and event.text == "Tarn Water Trust"
