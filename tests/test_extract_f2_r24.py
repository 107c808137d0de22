"""Round 24, F2 (names, people, lists): units listed after a short subject ("The organs are
the A, the supreme organ, and the B"), descriptions between "the" items, and partners named
as members of another body ("It is an active member of A"). Own phrasings; each class with
negatives."""

from __future__ import annotations

import pytest

from orgkg.model import Identity, OrgKind

from .list_helpers import ListReaders

IDENTITY = Identity("Example Authority", OrgKind.ORGANIZATION)
READ = ListReaders(IDENTITY)
units = READ.units
member_names = READ.member_names
categories = READ.categories
programs = READ.programs


# --- class 1: a short subject ending in a unit noun, then "are the A, … and the B" --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The organs are the Assembly of Delegates, the highest organ, and the Standing Bureau.",
            {"Assembly of Delegates", "Standing Bureau"},
        ),
        (
            "Its divisions were the Polar Data Centre, the oldest of them, and the Marine Geology Unit.",
            {"Polar Data Centre", "Marine Geology Unit"},
        ),
        (
            "The institutes are the Lindqvist Institute, the Bergen Ocean Laboratory and the Tromsø Station.",
            {"Lindqvist Institute", "Bergen Ocean Laboratory", "Tromsø Station"},
        ),
    ],
)
def test_subject_lead_lists_units(text: str, expected: set[str]) -> None:
    assert expected <= units(text)


def test_subject_lead_needs_every_item_marked() -> None:
    # "the B, Carl Centre (CC) and the D": one item has no article; the list is not read as
    # one marked list, so no "B, Carl Centre" is made of two items.
    found = units("Its institutes are the Alder Institute, Birch Centre (BC) and the Cedar Institute.")
    assert not any("," in name for name in found)


@pytest.mark.parametrize(
    "text",
    [
        "The divisions are the pride of the town and the envy of its rivals.",  # no names
        "The staff of the divisions are the engineers and the technicians.",  # long subject, no names
        "The divisions are the result of the 1998 reform and the merger.",
    ],
)
def test_subject_lead_negatives(text: str) -> None:
    assert units(text) == set()


# --- class 2: "a/the" and a lowercase word after a named item describe it ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Among its units are the Harbour Research Institute, a subsidiary opened in 1997, "
            "and the Audit Department, which reports to the Board.",
            {"Harbour Research Institute", "Audit Department"},
        ),
        (
            "Among the divisions are the Archive Section, an old body, and the Map Section.",
            {"Archive Section", "Map Section"},
        ),
        (
            "Among its departments were the Survey Department, the largest, and the Statistics Department.",
            {"Survey Department", "Statistics Department"},
        ),
    ],
)
def test_description_between_items(text: str, expected: set[str]) -> None:
    found = units(text)
    assert expected <= found
    assert not any(name.lower().startswith(("a ", "an ", "the ", "subsidiary", "old", "largest")) for name in found)


def test_description_is_no_unit_alone() -> None:
    # "the A and a small workshop": one named item is no list of names; nothing lowercase is read.
    found = units("Among its divisions are the Archive Section and a small workshop.")
    assert "small workshop" not in found
    assert not any(name.islower() for name in found)


# --- class 4: "is (a) member of X" in Partners names the bodies it belongs to --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At Nordic level it is member of the Nordic Grid Research Council (NGRC).", {"Nordic Grid Research Council"}),
        ("The institute is an active member of the Baltic Science Network.", {"Baltic Science Network"}),
        ("It was a founding member of the Alder Consortium and the Birch Forum.", {"Alder Consortium", "Birch Forum"}),
    ],
)
def test_member_of(text: str, expected: set[str]) -> None:
    # the organization is a member OF these bodies (round 58: MemberOf), they are none of its members
    assert READ.member_of_names(text) == expected
    assert not member_names(text) & expected


@pytest.mark.parametrize(
    "text",
    [
        "It is not a member of the Alder Consortium.",  # negated
        "It hopes to become a member of the Alder Consortium.",  # planned
        "Its director is a member of the Alder Consortium.",  # a person's membership
        "The chairman was a member of the Alder Consortium.",
    ],
)
def test_member_of_negatives(text: str) -> None:
    assert "Alder Consortium" not in member_names(text)


# --- class 5: one unbulleted program line, "Name (ACR) - a lowercase description" ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Programa Nacional de Rotulagem (PNR) - the efficiency labels on heaters, ovens etc",
            "Programa Nacional de Rotulagem",
        ),
        ("Clean Harbour Initiative – grants for port cities and their ferries", "Clean Harbour Initiative"),
        ("Open Seed Bank (OSB) — seeds lent to farmers, gardens and schools", "Open Seed Bank"),
        ("The Harbour Lectures, a yearly series for the public.", "Harbour Lectures"),
        ("The Tallinn Colloquia, on questions at the edge of physics and of philosophy.", "Tallinn Colloquia"),
    ],
)
def test_described_program_line(text: str, expected: str) -> None:
    assert programs(text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "The Clean Harbour Initiative was launched - and closed - in 2004.",  # a sentence, no item
        "None - the office runs no programmes of its own",  # a null with its explanation
        "The Open Seed Bank, which lent seeds to farmers, closed in 2010.",  # a sentence about it
        "The institute runs no programmes, which is unusual.",
    ],
)
def test_described_program_line_negatives(text: str) -> None:
    assert programs(text) == set()


def test_description_never_in_a_program_name() -> None:
    found = programs("Programa Nacional de Rotulagem (PNR) - the efficiency labels on heaters and ovens")
    assert not any("labels" in name for name in found)


def test_marked_list_line_is_no_described_item() -> None:
    # "A · B (note) · C, the index": a line of list marks is a list, never one item.
    found = programs("Census of Farms · Wage Survey (quarterly) · PCI, the consumer price index")
    assert not any("·" in name for name in found)
