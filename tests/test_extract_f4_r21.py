"""Round 21, family F4: addresses and links written as registry records (h15). A record's null
value ("street: n/a (campus address only)", "street: TBD", "postcode: null") is never an address
part, and the record's other rows are still read; an ISO 3166 alpha-2 code, current or
withdrawn ("CS"), is a country; a postal code in its own row is read by its shape where the
country has no pattern; a row holding a whole address ("HQ: Nairobi, KE") is read as written.
A link the text points to as another body's ("url: null … see https://… for the successor",
"see also: …", "archived at …") is never our website."""

from __future__ import annotations

import pytest

from orgkg.extract import read_address, read_identity
from orgkg.extract.links import read_links
from orgkg.model import Address, Field, Website
from orgkg.parse import parse_profile

INTRO = "The Harbour Data Office (HDO) is a public statistics office."


def _field(heading: str, body: str) -> tuple[Field, object]:
    lines = ["Harbour Data Office", "| ||||", "|", INTRO, heading, body]
    profile = parse_profile("\n".join(lines) + "\n", "harbour.txt")
    field = profile.field(heading)
    assert field is not None
    return field, read_identity(profile)


def address(body: str) -> Address | None:
    field, identity = _field("Headquarters address", body)
    facts, _ = read_address(field, identity)  # type: ignore[arg-type]
    return next((f for f in facts if isinstance(f, Address)), None)


def website(body: str) -> str | None:
    field, identity = _field("External links", body)
    facts, _ = read_links(field, identity)  # type: ignore[arg-type]
    return next((f.url for f in facts if isinstance(f, Website)), None)


@pytest.mark.parametrize(
    ("body", "locality", "country"),
    [
        ("street: n/a (two sites; no single registered address)\ncity: Mombasa\ncountry: KE", "Mombasa", "KE"),
        ("locality: Suva\ncountry: FJ\nstreet: TBD", "Suva", "FJ"),
        ("town: Gaborone\nstreet: unknown — see ref [2]\ncountry: BW", "Gaborone", "BW"),
        ("| field | value |\n|---|---|\n| street | null |\n| city | Windhoek |\n| country | NA |", "Windhoek", "NA"),
        ("street = none (campus only)\ncity = Apia\ncountry = WS", "Apia", "WS"),  # key = value
        ("street\t—\ncity\tSuva\ncountry\tFJ", "Suva", "FJ"),  # tab-separated rows
    ],
)
def test_a_null_row_is_no_street_and_the_other_rows_are_read(body: str, locality: str, country: str) -> None:
    found = address(body)
    assert found is not None
    assert found.street is None
    assert (found.locality, found.country) == (locality, country)


NULLS = ["n/a (campus address only)", "TBD", "null", "unknown", "nil (not assigned)", "—", "TBC", "none issued"]


@pytest.mark.parametrize("null", NULLS)
def test_no_null_word_reaches_any_component(null: str) -> None:
    found = address(f"street: {null}\npostcode: {null}\ncity: Lusaka\ncountry: ZM")
    assert found is not None
    assert (found.street, found.postal_code, found.locality, found.country) == (None, None, "Lusaka", "ZM")


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("city: Praha\ncountry: CS", "CS"),  # Czechoslovakia (withdrawn 1993)
        ("city: Berlin (East)\ncountry: DD", "DD"),  # German Democratic Republic
        ("| component | value |\n|---|---|\n| city | Castries |\n| country | LC |", "LC"),
        ("locality: Kingstown\ncountry: Saint Vincent and the Grenadines", "VC"),
    ],
)
def test_a_country_row_takes_a_current_or_withdrawn_alpha_2_code(body: str, country: str) -> None:
    found = address(body)
    assert found is not None and found.country == country


def test_a_two_letter_word_that_is_no_code_is_no_country() -> None:
    found = address("city: Lagos\ncountry: ZZ")
    assert found is not None and found.country is None and found.locality == "Lagos"


@pytest.mark.parametrize(
    ("body", "postal"),
    [
        ("| street | 12 Chui Road |\n| city | Bishkek |\n| postcode | 720040 |\n| country | KG |", "720040"),
        ("street: 4 Lagoon Drive\npost code: 96799\ncity: Pago Pago\ncountry: AS", "96799"),
        ("city: Stockholm\npostcode: 106 91\ncountry: SE", "106 91"),
    ],
)
def test_a_postal_code_in_its_own_row(body: str, postal: str) -> None:
    found = address(body)
    assert found is not None and found.postal_code == postal


@pytest.mark.parametrize(
    "value",
    ["null (the country has no postal codes)", "none issued", "see ref [2]", "PO Box 240", "Vailima"],
)
def test_a_postal_row_without_a_code_gives_none(value: str) -> None:
    found = address(f"city: Bishkek\npostcode: {value}\ncountry: KG")
    assert found is not None and found.postal_code is None and found.locality == "Bishkek"


@pytest.mark.parametrize(
    ("body", "locality", "country"),
    [
        ("HQ: Nairobi, KE\nstreet: Upper Hill Road", "Nairobi", "KE"),
        ("seat: Apia, Samoa\npo_box: PO Box 240", "Apia", "WS"),
        ("headquarters: Castries, Saint Lucia\nstreet: unknown", "Castries", "LC"),
    ],
)
def test_a_row_holding_a_written_address(body: str, locality: str, country: str) -> None:
    found = address(body)
    assert found is not None and (found.locality, found.country) == (locality, country)


@pytest.mark.parametrize(
    "body",
    [
        "url: null (defunct before any web presence; see https://www.successor-bank.ng for the successor)",
        "wikidata: unknown\nurl: null (the domain now redirects to https://www.newbody.org)",
        "website: unknown\nsee also: https://www.ministry.gov.example",
        "url = none\nhttps://www.parent-ministry.org",
        "| Homepage | n/a |\nhttps://www.parent-ministry.org",  # a table row says it as well
        "Official web site: not applicable\nhttps://www.parent-ministry.org",
        "successor site: https://www.successor.org",
        "Archived at https://www.harbour-data-office.org",
        "see also https://www.sister-office.org",
    ],
)
def test_another_bodys_site_is_not_ours(body: str) -> None:
    assert website(body) is None


@pytest.mark.parametrize(
    ("body", "url"),
    [
        ("url: https://www.hdo.example.org", "https://www.hdo.example.org"),
        ("homepage: https://hdo.example.org\nsee also: https://www.ministry.example", "https://hdo.example.org"),
        ("- Official website: https://www.hdo.example.org", "https://www.hdo.example.org"),
        ("website = https://hdo.example.org (updated 2024-05)", "https://hdo.example.org"),
    ],
)
def test_our_own_site_is_still_read(body: str, url: str) -> None:
    assert website(body) == url
