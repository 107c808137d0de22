"""Round 33 (F4): a postal code before the town is never a street; a labelled second address
under the head office's line is no part of it."""

from __future__ import annotations

import pytest

from orgkg.extract.address import _read, _without_second_addresses


@pytest.mark.parametrize(
    ("text", "postal", "locality", "country"),
    [
        ("582 22 Linköping, Sweden", "582 22", "Linköping", "SE"),
        ("5003 Bergen, Norway", "5003", "Bergen", "NO"),
        ("2628 CD Delft, Netherlands", "2628 CD", "Delft", "NL"),
        ("8000 Aarhus C, Denmark", "8000", "Aarhus C", "DK"),
        ("70569 Stuttgart, Germany", "70569", "Stuttgart", "DE"),
    ],
)
def test_a_code_and_town_alone_are_no_street(text: str, postal: str, locality: str, country: str) -> None:
    address = _read(text)
    assert address.street is None
    assert (address.postal_code, address.locality, address.country) == (postal, locality, country)


@pytest.mark.parametrize("text", ["Storgatan 12, Sweden", "Kirkegata 4 Bergen, Norway"])
def test_a_street_without_a_code_is_not_made_a_town(text: str) -> None:
    address = _read(text)
    assert address.postal_code is None and address.locality is None


@pytest.mark.parametrize(
    "second",
    [
        "Postal address: Postbus 77, 2600 AB Delft",
        "Mailing address: P.O. Box 4, 5003 Bergen",
        "Post: Postboks 55 Sentrum, 0101 Oslo",
        "Second office: Fjordveien 3, 9008 Tromsø",
    ],
)
def test_a_labelled_second_address_is_left_out(second: str) -> None:
    first = "Fjordgata 10, 7010 Trondheim, Norway"
    assert _without_second_addresses([first, second]) == [first]


@pytest.mark.parametrize(
    "lines",
    [
        ["Postal address: Postbus 77, 2600 AB Delft"],  # the only line: the field's address
        ["Visiting address: Molengraaffsingel 10", "2629 JD Delft, Netherlands"],
        ["Building 5, Research Park", "Postal Road 3, 2600 AB Delft"],  # no label colon
    ],
)
def test_lines_without_a_second_address_stay(lines: list[str]) -> None:
    assert _without_second_addresses(lines) == lines


@pytest.mark.parametrize(
    ("text", "locality", "country"),
    [
        ("Havnegade 4, Odense, Denmark – building demolished", "Odense", "DK"),
        ("Storgatan 3, Malmö, Sweden - now a museum", "Malmö", "SE"),
        ("Kirkegata 9, Bergen, Norway — site sold in 1990", "Bergen", "NO"),
    ],
)
def test_a_lowercase_note_after_a_dash_after_the_country_is_cut(text: str, locality: str, country: str) -> None:
    address = _read(text)
    assert (address.locality, address.country) == (locality, country)


def test_a_dash_inside_a_place_name_is_no_note() -> None:
    # "– Altona" opens in capitals and follows no country: not cut as a note
    assert _read("Hamburg – Altona, Germany").country == "DE"
