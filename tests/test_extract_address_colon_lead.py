"""Addresses introduced by a lead sentence that names the organization and closes in a colon,
the address on the line below ("The Trust's offices have stood on Quay Street since 1904:") or
after the colon on the same line; a label alone on the first line. Own phrasings."""

from __future__ import annotations

from orgkg.extract.address import _without_colon_lead
from orgkg.model import Identity, OrgKind

from .address_helpers import Read, address_of


def components(*lines: str) -> Read | None:
    intro = "The Harbour Trust of Wexbridge is a public body that runs the port of Wexbridge."
    after = ("History", "Founded in 1901.")
    return address_of(list(lines), title="Harbour Trust of Wexbridge", intro=intro, after=after, file="wexbridge.txt")


def test_an_own_kind_lead_then_a_british_line() -> None:
    got = components(
        "The Trust's offices have stood on Quay Street since 1904:",
        "Quay Street, Leeds LS1 4AB, United Kingdom",
    )
    assert got == ("Quay Street", "Leeds", None, "LS1 4AB", "GB")


def test_a_lead_with_an_aside_and_a_second_clause() -> None:
    got = components(
        "The Trust's head office, finished in 1911, stood in Lyon; the board met in Paris:",
        "14 Rue des Docks, 69002 Lyon, France",
    )
    assert got == ("14 Rue des Docks", "Lyon", None, "69002", "FR")


def test_the_own_name_as_subject_then_a_us_line() -> None:
    got = components(
        "The Harbour Trust of Wexbridge rents two floors of a federal building in Washington, D.C.:",
        "1400 Harbor Road NW, Washington, DC 20001, United States",
    )
    assert got == ("1400 Harbor Road NW", "Washington", "DC", "20001", "US")


def test_a_lead_noting_the_missing_street_leaves_the_town_line() -> None:
    got = components(
        "The Trust's main office is in Kumasi; a street address is not given in the sources consulted:",
        "Kumasi, Ghana",
    )
    assert got == (None, "Kumasi", None, None, "GH")


def test_a_lead_and_the_address_on_one_line() -> None:
    got = components("The Trust's head office has been in Leeds since 1904: Quay Street, Leeds LS1 4AB, United Kingdom")
    assert got == ("Quay Street", "Leeds", None, "LS1 4AB", "GB")


def test_a_label_alone_on_the_first_line() -> None:
    got = components("Head office:", "Quay Street, Leeds LS1 4AB, United Kingdom")
    assert got == ("Quay Street", "Leeds", None, "LS1 4AB", "GB")


def test_near_miss_a_lead_naming_another_body_is_not_dropped() -> None:
    # another body's seat told in a sentence: nothing is read as the organization's address
    got = components(
        "The Ministry of Ports keeps its archive in the old customs house:",
        "Quay Street, Leeds LS1 4AB, United Kingdom",
    )
    assert got is None or got[0] != "Quay Street"


def test_near_miss_the_lead_never_glues_into_the_street() -> None:
    got = components(
        "The Trust's seat is the Old Custom House, a building given to the Trust by the city in 1923:",
        "Old Custom House, Quay Street, Leeds LS1 4AB, United Kingdom",
    )
    assert got is not None and got[0] is not None
    assert "given" not in got[0] and ":" not in got[0]


def test_near_miss_one_line_of_another_body_is_not_split() -> None:
    got = components("The Ministry of Ports sits in the customs house: Quay Street, Leeds LS1 4AB, United Kingdom")
    assert got is None or got[0] != "Quay Street"


def test_near_miss_a_negating_lead_is_not_dropped() -> None:
    # the lead says the field has no value: the line after it is no head office read
    got = components(
        "The Trust has no head office of its own since the merger:",
        "Quay Street, Leeds LS1 4AB, United Kingdom",
    )
    assert got is None


def test_near_miss_a_negating_own_lead_keeps_its_lines() -> None:
    trust = Identity(name="Harbour Trust of Wexbridge", kind=OrgKind.GOVERNMENT)
    kept = ["The Trust has no head office of its own since the merger:", "Quay Street, Leeds LS1 4AB, United Kingdom"]
    assert _without_colon_lead(kept, trust) == kept
    told = ["The Trust's offices have stood on Quay Street since 1904:", "Quay Street, Leeds LS1 4AB, United Kingdom"]
    assert _without_colon_lead(told, trust) == told[1:]
