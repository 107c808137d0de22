"""Round 20, family F4: addresses written by an institutional historian (h14). "St." opening a
place name is "Saint" ("St. Petersburg, 197376"), not a thoroughfare word. A plain line with no
country ("309 Regent Street, London") reads its street and locality, never from prose, never a
former state or a part after another place."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orgkg.extract import extract
from orgkg.model import Address, Budget
from orgkg.parse import parse_profile

INTRO = "The Harbour Research Institute (HRI) is a public research institute."


def read(body: str) -> tuple[Address | None, list[str]]:
    lines = ["Harbour Research Institute", "| ||||", "|", INTRO, "Headquarters address", body]
    facts = extract(parse_profile("\n".join(lines) + "\n", "harbour.txt"))
    field = next(f for f in facts.fields if f.name == "Headquarters address")
    found = next((f for f in field.facts if isinstance(f, Address)), None)
    return found, [d.code for d in facts.diagnostics]


@pytest.mark.parametrize(
    ("body", "street", "locality", "postal"),
    [
        # the international order of a Russian address: the postal code after the city
        ("nab. Makarova, 4, St. Petersburg, 199034, Russia", "nab. Makarova, 4", "St. Petersburg", "199034"),
        (
            "Nevsky Prospekt 28, St Petersburg, 191186, Russian Federation",
            "Nevsky Prospekt 28",
            "St Petersburg",
            "191186",
        ),
        ("Rorschacher Strasse 10, 9000 St. Gallen, Switzerland", "Rorschacher Strasse 10", "St. Gallen", "9000"),
    ],
)
def test_st_opening_a_place_name_is_saint(body: str, street: str, locality: str, postal: str) -> None:
    found, _ = read(body)
    assert found is not None
    assert (found.street, found.locality, found.postal_code) == (street, locality, postal)


@pytest.mark.parametrize(
    ("body", "street"),
    [
        # "St" after a name is still "Street": it stays in the street line
        ("12 High St, Bristol BS1 4DJ, United Kingdom", "12 High St"),
        ("40 Queen St., Auckland 1010, New Zealand", "40 Queen St."),
    ],
)
def test_st_after_a_name_is_still_street(body: str, street: str) -> None:
    found, _ = read(body)
    assert found is not None
    assert found.street == street
    assert found.locality not in (None, street)


def test_a_street_named_st_alone_is_no_locality() -> None:
    # "Harbour St." is a thoroughfare, never the locality, so nothing past the street is read
    found, _ = read("Harbour St., Kenya")
    assert found is None or found.locality is None


@pytest.mark.parametrize(
    ("body", "street", "locality"),
    [
        # a plain line with no country: the street line and the bare place name after it
        ("27 Chancery Lane, Dublin", "27 Chancery Lane", "Dublin"),
        ("Via dei Mille 14, Napoli", "Via dei Mille 14", "Napoli"),
        ("Plot 12, Marina Road, Lagos", "Plot 12, Marina Road", "Lagos"),
        # (a national capital closing the line tells its country since round 45: the former-seat
        # note case is in tests/test_extract_address_r45.py)
    ],
)
def test_a_countryless_line_reads_street_and_locality(body: str, street: str, locality: str) -> None:
    found, codes = read(body)
    assert found is not None
    assert (found.street, found.locality, found.country, found.postal_code, found.region) == (
        street,
        locality,
        None,
        None,
        None,
    )
    assert "extract.address-no-country" in codes


@pytest.mark.parametrize(
    "body",
    [
        # prose, not an address line: the sentence is kept as written
        "The laboratory stood in Queen Street, Edinburgh.",
        "Its old premises, in the Strand, London, were sold; the site is now occupied by a bank: 12 Strand, London",
        # no thoroughfare word before the place: a building and a town, or two places
        "Framley Hall, Oxford",
        "Kensington, London",
        # a place between the street and the last part: the last part may be a state or region
        "Unter den Linden 8, Berlin, Prussia",
        "Plot 12, Marina Road, Victoria Island, Lagos",
        "Calle 5, 1000 Capital, Zembla",
        # a former state no ISO code names is no locality
        "Nevsky Prospekt 1, Russian Empire",
        "Galle Road 14, Ceylon",
        # a last part with digits (a postal code no country tells) or in lowercase
        "45 Rue Royale, 75008 Paris",
        "12 Canal Street, near the old harbour",
    ],
)
def test_a_countryless_text_that_is_no_plain_line_is_not_read(body: str) -> None:
    found, codes = read(body)
    assert found is None or (found.locality is None and found.street is None)
    assert {"extract.address-unrecognised", "extract.address-prose"} & set(codes)


@pytest.mark.parametrize(
    ("body", "locality", "postal", "country"),
    [
        # the code on the other side of the locality from the country's usual order
        ("Rua Augusta, 100 – Consolação, 01305-000 São Paulo, SP, Brasil", "São Paulo", "01305-000", "BR"),
        ("Unter den Linden 6, Berlin 10117, Germany", "Berlin", "10117", "DE"),
        ("Via Po 17, Torino 10124, Italia", "Torino", "10124", "IT"),
    ],
)
def test_a_postal_code_on_the_other_side_of_the_locality(body: str, locality: str, postal: str, country: str) -> None:
    found, _ = read(body)
    assert found is not None
    assert (found.locality, found.postal_code, found.country) == (locality, postal, country)


@pytest.mark.parametrize(
    ("body", "street", "locality", "postal"),
    [
        # a five-digit house number before a street is no postal code
        ("12345 Lake Shore Drive, Chicago, IL 60611, USA", "12345 Lake Shore Drive", "Chicago", "60611"),
        ("Harbour Road 10, 60311 Frankfurt, Germany", "Harbour Road 10", "Frankfurt", "60311"),
    ],
)
def test_a_number_before_a_street_stays_in_the_street(body: str, street: str, locality: str, postal: str) -> None:
    found, _ = read(body)
    assert found is not None
    assert (found.street, found.locality, found.postal_code) == (street, locality, postal)


@pytest.mark.parametrize(
    "body",
    [
        # a site told in sentences, with its later occupant: nothing is read, the text is kept
        "The laboratory occupied a wing of the old mint; the building now houses the city archive: 4 Mint Lane, Leeds",
        "Its first premises stood in Castle Street, Edinburgh, and were later demolished.",
        "The works lay on the river, on what is now Riverside Drive 40, Hamburg.",
    ],
)
def test_an_address_told_in_prose_is_kept_as_text(body: str) -> None:
    found, codes = read(body)
    assert found is None
    assert "extract.address-prose" in codes


def test_a_plain_line_is_no_prose() -> None:
    _, codes = read("Castle Street 4, Edinburgh")
    assert "extract.address-prose" not in codes


def budget_with_address(budget_text: str, address: str) -> tuple[Budget | None, list[str]]:
    lines = ["Harbour Research Institute", "| ||||", "|", INTRO, "Last total enacted budget", budget_text]
    lines += ["Headquarters address", address]
    facts = extract(parse_profile("\n".join(lines) + "\n", "harbour.txt"))
    field = next(f for f in facts.fields if f.name == "Last total enacted budget")
    return next((f for f in field.facts if isinstance(f, Budget)), None), [d.code for d in facts.diagnostics]


@pytest.mark.parametrize(
    "address",
    [
        # an unstated address that still names the last seat's country resolves "$"
        "Not applicable — closed in 1990; its offices were at 12 K Street NW, Washington, D.C.",
        "N/A (abolished 1982). It last sat at 400 Main Road, Springfield, United States.",
        "Not applicable: the commission was wound up; its seat had been in Boston, U.S.A.",
    ],
)
def test_a_former_seat_country_resolves_a_shared_sign(address: str) -> None:
    found, _ = budget_with_address("$4.5 million in fiscal year 1989", address)
    assert found is not None
    assert (found.amount, found.currency) == (Decimal(4_500_000), "USD")


@pytest.mark.parametrize(
    "address",
    [
        "Not applicable.",
        # a bare two-letter code may be a word or another country's code ("IL" is Israel's)
        "Not applicable; the last office was in Springfield, IL",
        # the last part is no country
        "N/A — it moved to Ottawa and closed soon after",
    ],
)
def test_no_former_seat_country_no_budget(address: str) -> None:
    found, codes = budget_with_address("$4.5 million in fiscal year 1989", address)
    assert found is None
    assert "extract.budget-currency-shared" in codes


@pytest.mark.parametrize(
    ("body", "street"),
    [
        # a floor or office after the house number stays in the street line
        ("Rua Augusta, 100 – 2.º andar, 1100-053 Lisboa, Portugal", "Rua Augusta, 100 – 2.º andar"),
        ("Avenida da Liberdade, 245 – 4.º Esq., 1250-143 Lisboa, Portugal", "Avenida da Liberdade, 245 – 4.º Esq."),
        ("Calle de Alcalá, 50 – piso 3, 28014 Madrid, España", "Calle de Alcalá, 50 – piso 3"),
        # a neighbourhood after the number does not
        ("Rua do Ouvidor, 50 – Centro, 20040-030 Rio de Janeiro, RJ, Brasil", "Rua do Ouvidor, 50 – Centro"),
    ],
)
def test_a_floor_after_the_house_number_stays_in_the_street(body: str, street: str) -> None:
    found, _ = read(body)
    assert found is not None
    assert found.street == street
