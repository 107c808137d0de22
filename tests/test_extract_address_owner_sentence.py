"""Address: the field written as a sentence naming the organization's seat with its own name as
owner ("The Fenwick Trust's head office is at …", "Harbour Lines' head office is at …"), and a
note on when the address held written after the country ("…, Norway, in its last years. …").
Own invented sentences."""

from __future__ import annotations

from orgkg.extract.address import read_address
from orgkg.model import Address, Field, Identity, Item, OrgKind

TRUST = Identity("Fenwick Trust", OrgKind.ORGANIZATION, acronym="FWT")
LINES = Identity("Harbour Lines Limited", OrgKind.COMPANY)
MILLS = Identity("Corrow Mills PLC", OrgKind.COMPANY)


def _address(text: str, identity: Identity) -> Address | None:
    facts, _ = read_address(Field("Headquarters address", 10, (Item(11, text),)), identity)
    return next((f for f in facts if isinstance(f, Address)), None)


def test_the_own_name_with_the_before_it_opens_the_address_sentence() -> None:
    found = _address("The Fenwick Trust's head office is at 14 Quarry Lane, Leeds LS1 4AB, United Kingdom.", TRUST)
    assert found is not None
    assert (found.street, found.locality, found.postal_code, found.country) == (
        "14 Quarry Lane",
        "Leeds",
        "LS1 4AB",
        "GB",
    )
    acronym = _address("The FWT's registered office is at 14 Quarry Lane, Leeds LS1 4AB, United Kingdom.", TRUST)
    assert acronym is not None and acronym.locality == "Leeds"


def test_a_name_without_its_legal_form_and_a_bare_apostrophe_open_it_too() -> None:
    found = _address("Harbour Lines' head office is at Dock House, 8 Pier Road, Singapore 018956.", LINES)
    assert found is not None
    assert (found.street, found.locality, found.postal_code, found.country) == (
        "Dock House, 8 Pier Road",
        "Singapore",
        "018956",
        "SG",
    )
    mills = _address("Corrow Mills' headquarters are at 3 Weir Street, 69117 Heidelberg, Germany.", MILLS)
    assert mills is not None and mills.street == "3 Weir Street"


def test_another_bodys_possessive_opens_no_address() -> None:
    # near miss: the owner is another body, whose seat this is not
    assert _address("The Harbour Board's head office is at 8 Pier Road, Singapore 018956.", LINES) is None
    # near miss: a former seat ("former" is no office modifier) stays unread
    assert _address("The Fenwick Trust's former head office was at 2 Mill Row, Leeds, United Kingdom.", TRUST) is None


def test_a_period_note_after_the_country_ends_the_address() -> None:
    found = _address(
        "The Fenwick Trust's headquarters were in Bergen, Vestland, Norway, in its last years. "
        "Before that it had been based in Oslo, Norway.",
        TRUST,
    )
    assert found is not None
    assert (found.street, found.locality, found.country) == (None, "Bergen", "NO")


def test_a_relative_clause_after_the_country_is_no_period_note() -> None:
    # near miss: ", which is where …" is no period note: the sentence stays unread
    found = _address("HQ was in Bergen until 1990 — then it moved to Oslo, Norway, which is where it stayed.", TRUST)
    assert found is None or found.street is None
