"""The one reader of "key: value" records (``orgkg.extract.text.record``), which the status
layer, the parent, name, unit, history and address readers share."""

from __future__ import annotations

import pytest

from orgkg.extract.text import record, record_key


@pytest.mark.parametrize(
    ("line", "key", "value", "in_cells"),
    [
        ("parent_org: Ministry of Health", "parent org", "Ministry of Health", False),
        ("City = Apia", "city", "Apia", False),
        ("- Postcode: 10787", "postcode", "10787", False),  # after a bullet mark
        ("Status in registry: active: no", "status in registry", "active: no", False),
        ("dissolved:2001", "dissolved", "2001", False),
        ("City/Town: Suva", "city/town", "Suva", False),
        ("P.O. Box: 2921", "p.o. box", "2921", False),
        ("| City | Nairobi |", "city", "Nairobi", True),
        ("city\tSuva", "city", "Suva", True),
        ("city\t\tSuva", "city", "Suva", True),  # empty cells between: still two
        ("Prev-Name.: Acme Labs", "prev name", "Acme Labs", False),
    ],
)
def test_record_forms(line: str, key: str, value: str, in_cells: bool) -> None:
    found = record(line)
    assert found is not None
    assert (found.key, found.value, found.in_cells) == (key, value, in_cells)


@pytest.mark.parametrize(
    "line",
    [
        "The Institute was founded in 1950.",  # prose: no key
        "Website: ",  # a key without a value
        "https://example.org/about",  # a link's scheme is no key
        "| 1991 | 2001 | Government of Dubai |",  # a row of three cells
        "| City | |",  # a row with an empty cell
        "Note (see below): closed",  # a bracket in the key: a sentence's label, not a key
        "In 1991 the five founding members of the council agreed: to merge",  # more than four words
        "12:30 daily",  # a key starts with a letter
    ],
)
def test_not_a_record(line: str) -> None:
    assert record(line) is None


def test_identifier_keys() -> None:
    assert record("other_units: unknown").identifier_key  # type: ignore[union-attr]
    assert not record("Other units: unknown").identifier_key  # type: ignore[union-attr]
    assert not record("| other_units | unknown |").identifier_key  # type: ignore[union-attr]


def test_record_key_normalises_column_names() -> None:
    assert record_key("Parent_Org.") == "parent org"
    assert record_key("  supervising-ministry ") == "supervising ministry"
