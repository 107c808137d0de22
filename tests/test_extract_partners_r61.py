"""Round 61 (F1): a forum writer's partners — a hedge before the subject ("AFAIK", "IIRC,"),
"it's a member of", sentences starting in lowercase, "members were" before a list of
countries, a tilde count ("~120") and a time adverb after a counted class ("… members now")."""

from __future__ import annotations

import pytest

from .list_helpers import profile_ties

HEAD = "Corran Ferry Trust\n\nThe Corran Ferry Trust (CFT) is a charity in Lochaber.\n"


def _read(text: str) -> tuple[set[str], set[str], set[str]]:
    return profile_ties(HEAD, text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "AFAIK it's a member of the Highland Boating Federation. lots of local deals too lol.",
            "Highland Boating Federation",
        ),
        ("IIRC, it's been a member of the Scottish Ferry Council since 2004.", "Scottish Ferry Council"),
        ("tbh it is a member of the Atlantic Harbours Forum.", "Atlantic Harbours Forum"),
        ("it's a member of the Lochaber Tourism Network.", "Lochaber Tourism Network"),
        ("FWIW the CFT is a member of the Coastal Routes Union.", "Coastal Routes Union"),
    ],
)
def test_a_hedge_and_its_contraction_lead_what_it_belongs_to(text: str, body: str) -> None:
    members, member_of, _ = _read(text)
    assert body in member_of
    assert body not in members


@pytest.mark.parametrize(
    "text",
    [
        # "its" is a possessive, no contraction: the subject is another body
        "Its pier's owner is a member of the Highland Boating Federation.",
        # a hedge word inside the sentence is no lead
        "The ferrymen said AFAIK nothing about the Highland Boating Federation.",
    ],
)
def test_no_member_of_without_itself_as_subject(text: str) -> None:
    _, member_of, _ = _read(text)
    assert not member_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "members were Norway, Denmark, Iceland and the United Kingdom.",
            {"Norway", "Denmark", "Iceland", "United Kingdom"},
        ),
        ("Members are Chile, Peru and Russia.", {"Chile", "Peru", "Russia"}),
        ("Its members were Turkey, Greece and Italy. Spain left in 1990.", {"Turkey", "Greece", "Italy"}),
        ("The members are Canada and Mexico.", {"Canada", "Mexico"}),
    ],
)
def test_bare_members_before_countries_names_each(text: str, expected: set[str]) -> None:
    members, _, _ = _read(text)
    assert expected <= members


@pytest.mark.parametrize(
    "text",
    [
        "Former members were Norway and Denmark.",
        "Observers are Chile and Peru.",
    ],
)
def test_former_members_and_observers_are_no_members(text: str) -> None:
    members, _, _ = _read(text)
    assert not members


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "we work with lots of folks. the big ones: the Mallaig Harbour Authority and the Skye Ferry Trust.",
            {"Mallaig Harbour Authority", "Skye Ferry Trust"},
        ),
        (
            "~30 partner piers, one per village. the famous ones: the Kilchoan Pier Trust and the"
            " Tobermory Harbour Association.",
            {"Kilchoan Pier Trust", "Tobermory Harbour Association"},
        ),
    ],
)
def test_a_lowercase_sentence_start_parts_sentences(text: str, expected: set[str]) -> None:
    members, _, _ = _read(text)
    assert expected <= members


def test_no_split_inside_brackets_or_after_an_abbreviation() -> None:
    members, _, classes = _read(
        "Networks: the Highland Boating Federation (a regional assoc. of boatmen), Seatrek, Boatlink"
    )
    assert {"Seatrek", "Boatlink"} <= members
    assert not any(c.startswith("of boatmen") for c in classes)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("~120 partner harbours, one per island (mostly).", "partner harbours"),
        ("~ 40 member clubs, all run by volunteers.", "member clubs"),
        ("about 60 affiliated societies now.", "affiliated societies"),
        ("~15 partner schools today.", "partner schools"),
    ],
)
def test_a_tilde_count_and_a_trailing_now_leave_the_class(text: str, label: str) -> None:
    _, _, classes = _read(text)
    assert label in classes
    assert not any(c.startswith("~") or c.endswith((" now", " today")) for c in classes)
