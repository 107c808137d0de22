"""Round 23, family F4: box-based postal addresses (Arab world, francophone Africa, Latin America,
German-speaking countries). A post-office box line ("P.O. Box 11-555, Hamra 1103 2090, Beirut")
names the post office beside its code, not always the town; a labelled code ("Postal Code
112") and a box ("B.P.", "Apartado", "Casilla", "Postfach", "PMB", "Private Bag") are never a
street or a locality; a neighbourhood written after the street ("Secteur 4", "Hay Nahda") is
no street line; the postal codes of Lebanon, Morocco, Kuwait, Oman, Jordan, Tunisia and
Algeria are read. Where the town is unsure, none is read and a diagnostic says so."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import Address
from orgkg.parse import parse_profile

INTRO = "The Tidewater Survey Office (TSO) is a public mapping office."


def address(body: str) -> tuple[Address | None, list[str]]:
    lines = ["Tidewater Survey Office", "| ||||", "|", INTRO, "Headquarters address", body]
    facts = extract(parse_profile("\n".join(lines) + "\n", "tidewater.txt"))
    field = next(f for f in facts.fields if f.name == "Headquarters address")
    found = next((f for f in field.facts if isinstance(f, Address)), None)
    return found, [d.code for d in facts.diagnostics]


def parts(found: Address | None) -> tuple[str | None, str | None, str | None, str | None]:
    assert found is not None
    return found.street, found.locality, found.postal_code, found.country


# --- a box line: the post office beside the code, the town before the box or after the code


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the town before the box and again after the code: the name beside the code is the office
        (
            "12 Hamra Street, Ras Beirut, Beirut\nP.O. Box 11-555, Hamra 1103 2090, Beirut, Lebanon",
            ("12 Hamra Street, Ras Beirut", "Beirut", "1103 2090", "LB"),
        ),
        (
            "4 Rue Verdun, Beirut\nPO Box 113-6044, Hamra 1103 2100, Beirut, Lebanon",
            ("4 Rue Verdun", "Beirut", "1103 2100", "LB"),
        ),
        # a neighbourhood and the town before the box, the box's office after it
        ("Sharq, Kuwait City, P.O. Box 800, Safat 13009, Kuwait", (None, "Kuwait City", "13009", "KW")),
        ("Shuwaikh, Kuwait City\nPO Box 1200, Safat 13013, State of Kuwait", (None, "Kuwait City", "13013", "KW")),
    ],
)
def test_the_town_is_read_past_the_post_office_of_a_box(body: str, expected: tuple) -> None:
    found, _ = address(body)
    assert parts(found) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a street before the box and nothing after the code: the post office is the town
        ("King Fahd Road, P.O. Box 6086, Riyadh 11442, Saudi Arabia", ("King Fahd Road", "Riyadh", "11442", "SA")),
        # where the code leads the town (Swiss order), the place beside it is the town
        (
            "Chemin des Fleurs 3, CP 12, 1211 Genève, Geneva, Switzerland",
            ("Chemin des Fleurs 3", "Genève", "1211", "CH"),
        ),
        # a building before the box is no town
        ("Trade House, P.O. Box 12, Safat 13045, Kuwait", ("Trade House", "Safat", "13045", "KW")),
    ],
)
def test_a_box_line_without_a_second_town_keeps_the_place_beside_the_code(body: str, expected: tuple) -> None:
    found, _ = address(body)
    assert parts(found) == expected


@pytest.mark.parametrize(
    ("body", "code", "country"),
    [
        ("P.O. Box 11-9000, Mazraa 1105 2070, Beirut, Lebanon", "1105 2070", "LB"),
        # (round 42: "Berkshire" there is a county, the region; a district of the town is not)
        ("PO Box 123, Reading RG1 1AA, Caversham, United Kingdom", "RG1 1AA", "GB"),
    ],
)
def test_two_places_round_a_box_code_leave_the_town_unread(body: str, code: str, country: str) -> None:
    found, codes = address(body)
    assert parts(found) == (None, None, code, country)
    assert "extract.address-locality-unsure" in codes


# --- a label or a box is never a street or a locality


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("P.O. Box 7, Postal Code 112, Ruwi, Sultanate of Oman", (None, "Ruwi", "112", "OM")),
        ("PO Box 33, Al Khuwair, Postal Code 133, Muscat, Oman", (None, "Muscat", "133", "OM")),
        # no postal pattern for Qatar: the labelled code is dropped, not kept as a street
        ("P.O. Box 3050, Postal Code 999, Doha, Qatar", (None, "Doha", None, "QA")),
        ("Building 5, Postal Code 999, Doha, Qatar", ("Building 5", "Doha", None, "QA")),
    ],
)
def test_a_labelled_postal_code_is_never_a_street_or_a_locality(body: str, expected: tuple) -> None:
    found, _ = address(body)
    assert parts(found) == expected
    assert found is not None and "Postal" not in (found.street or "") + (found.locality or "")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("B.P. 1150, Dakar, Senegal", (None, "Dakar", None, "SN")),
        ("Apartado 123-1000, San José, Costa Rica", (None, "San José", None, "CR")),
        ("Apdo. 4417, Managua, Nicaragua", (None, "Managua", None, "NI")),
        ("Casilla 567, Santiago, Chile", (None, "Santiago", None, "CL")),
        ("Postfach 1234, 53111 Bonn, Germany", (None, "Bonn", "53111", "DE")),
        ("Private Bag 0027, Gaborone, Botswana", (None, "Gaborone", None, "BW")),
        ("PMB 1234, Garki, Abuja, Nigeria", (None, "Abuja", None, "NG")),
    ],
)
def test_box_words_of_other_postal_systems_are_no_street(body: str, expected: tuple) -> None:
    found, _ = address(body)
    assert parts(found) == expected


@pytest.mark.parametrize(
    "body",
    ["Al Sadd, Doha, P.O. Box 22, Doha 61 West, Qatar", "Msheireb, P.O. Box 22, Zone 3 Block 9, Qatar"],
)
def test_a_box_in_an_unread_layout_is_no_part_of_the_street(body: str) -> None:
    # no town can be told: the lines before it are kept as the street, never the box
    found, codes = address(body)
    assert found is not None and found.country == "QA"
    assert "Box" not in (found.street or "")
    assert "extract.address-unrecognised" in codes


# --- a neighbourhood after the street


@pytest.mark.parametrize(
    ("body", "street"),
    [
        ("15 Avenue Mohammed V, Hay Nahda, 10000 Rabat, Morocco", "15 Avenue Mohammed V, Hay Nahda"),
        (
            "Angle Rue Alpha et Boulevard Beta, Secteur 9, Hay Riad, 10100 Rabat, Morocco",
            "Angle Rue Alpha et Boulevard Beta, Secteur 9, Hay Riad",
        ),
        ("8 Rue Carnot, Quartier Plateau, 1002 Tunis, Tunisia", "8 Rue Carnot, Quartier Plateau"),
    ],
)
def test_a_neighbourhood_word_ends_the_street(body: str, street: str) -> None:
    found, _ = address(body)
    assert found is not None and found.street == street


@pytest.mark.parametrize(
    ("body", "street"),
    [
        # a thoroughfare after the sector: the sector is a line of the street
        (
            "Immeuble Atlas, Secteur 4, Rue Oum Errabia 12, 10000 Rabat, Morocco",
            "Immeuble Atlas, Secteur 4, Rue Oum Errabia 12",
        ),
        # Mexico writes the neighbourhood in the street line
        (
            "Av. Insurgentes 100, Barrio Santa Catarina, 04010 Ciudad de México, Mexico",
            "Av. Insurgentes 100, Barrio Santa Catarina",
        ),
    ],
)
def test_a_neighbourhood_word_keeps_the_street_where_it_belongs_to_it(body: str, street: str) -> None:
    found, _ = address(body)
    assert found is not None and found.street == street


# --- postal codes of the region


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("12 Rue de Rome, 1002 Tunis, Tunisia", ("12 Rue de Rome", "Tunis", "1002", "TN")),
        ("5 Rue Didouche, 16000 Alger, Algeria", ("5 Rue Didouche", "Alger", "16000", "DZ")),
        ("22 Queen Rania Street, Amman 11941, Jordan", ("22 Queen Rania Street", "Amman", "11941", "JO")),
        ("3 Avenue Hassan II, 20000 Casablanca, Morocco", ("3 Avenue Hassan II", "Casablanca", "20000", "MA")),
    ],
)
def test_postal_codes_of_north_africa_and_the_levant(body: str, expected: tuple) -> None:
    found, _ = address(body)
    assert parts(found) == expected


def test_a_four_digit_number_alone_is_no_lebanese_code() -> None:
    # Lebanese codes are two groups of four digits; a house number is not one
    found, _ = address("Bliss Street 1234, Beirut, Lebanon")
    assert found is not None and found.postal_code is None


# --- a building's number is no town with its postal code


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Way 3017, Building 123, Al Khuwair, Muscat, Oman", (None, "Muscat", None, "OM")),
        ("Rue 5, Villa 112, Ruwi, Oman", (None, "Ruwi", None, "OM")),
        ("Avenue Habib Bourguiba, Immeuble 1002, Tunis, Tunisia", (None, "Tunis", None, "TN")),
    ],
)
def test_a_building_number_is_no_postal_code(body: str, expected: tuple) -> None:
    found, _ = address(body)
    assert found is not None
    assert (found.locality, found.postal_code, found.country) == expected[1:]


def test_a_town_and_its_code_after_a_building_are_still_read() -> None:
    found, _ = address("Villa 12, Way 2131, Madinat Sultan Qaboos, Muscat 115, Oman")
    assert parts(found) == ("Villa 12, Way 2131, Madinat Sultan Qaboos", "Muscat", "115", "OM")
