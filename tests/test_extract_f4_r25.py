"""Round 25, family F4: addresses written by other hands (post-Soviet and francophone
African layouts). Postal codes of Ukraine, Kazakhstan, Romania, Georgia, Belarus,
Uzbekistan, Kyrgyzstan, Armenia and Madagascar are read on either side of the town ("Kyiv
03062", "050040 Almaty"); an ambiguous country name ("Congo") is told by a place the address
names, else not stated; a city's old name with its new one in brackets ("Léopoldville
(Kinshasa)") is the old name; a neighbourhood before a city that ISO lists as a subdivision
("Plateau, Abidjan") is no locality; a municipality or district line ("Adigeni Municipality")
is no locality."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orgkg.extract import extract
from orgkg.model import Budget, EmployeeCount
from orgkg.parse import parse_profile

from .address_helpers import Read, address_of


def address(*lines: str) -> Read | None:
    return address_of(
        lines,
        title="Tidewater Survey Office",
        intro="The Tidewater Survey Office (TSO) is a public mapping office.",
        after=("Number of employees", "300"),
        file="tidewater.txt",
    )


# --- postal codes of the post-Soviet states, Romania, Madagascar


@pytest.mark.parametrize(
    ("lines", "locality", "postal", "country"),
    [
        (("Vul. Khreshchatyk 26", "01001 Kyiv", "Ukraine"), "Kyiv", "01001", "UA"),
        (("9 Peremohy Ave.", "Kyiv 03056", "Ukraine"), "Kyiv", "03056", "UA"),
        (("pr. Dostyk 12", "Almaty 050010", "Kazakhstan"), "Almaty", "050010", "KZ"),
        (("str. Mira 5", "100000 Tashkent", "Uzbekistan"), "Tashkent", "100000", "UZ"),
        (("Bulevardul Unirii 4", "București 030167", "România"), "București", "030167", "RO"),
        (("12 Rustaveli Ave.", "Tbilisi 0108", "Georgia"), "Tbilisi", "0108", "GE"),
        (("Nezalezhnasci Ave. 65", "220013 Minsk", "Belarus"), "Minsk", "220013", "BY"),
        (("Lalana Ratsimilaho", "101 Antananarivo", "Madagascar"), "Antananarivo", "101", "MG"),
    ],
)
def test_postal_code_beside_the_town(lines: tuple[str, ...], locality: str, postal: str, country: str) -> None:
    read = address(*lines)
    assert read is not None
    assert (read[1], read[3], read[4]) == (locality, postal, country)


@pytest.mark.parametrize(
    "lines",
    [
        ("Vul. Khreshchatyk 26", "Kyiv 0300", "Ukraine"),  # four digits: no Ukrainian code
        ("str. Mira 5", "Almaty 05001", "Kazakhstan"),  # five digits: no Kazakh code
    ],
)
def test_a_wrong_length_is_no_postal_code(lines: tuple[str, ...]) -> None:
    read = address(*lines)
    assert read is None or read[3] is None


# --- "Congo" alone: the Republic or the Democratic Republic, told by a place; else not stated


@pytest.mark.parametrize(
    ("lines", "country"),
    [
        (("Boulevard du 30 Juin 12", "Kinshasa", "Congo"), "CD"),
        (("Avenue Foch 3", "Brazzaville, Congo"), "CG"),
        (("Rue Mbaka 4", "Pointe-Noire, Congo"), "CG"),
        (("Campus de Kimwenza", "Léopoldville (Kinshasa), Congo"), "CD"),
    ],
)
def test_congo_is_told_by_its_place(lines: tuple[str, ...], country: str) -> None:
    read = address(*lines)
    assert read is not None and read[4] == country
    assert read[1] != "Congo"  # the country line is never the locality


@pytest.mark.parametrize(
    "lines",
    [
        ("Avenue de la Libération 7", "Mbanza-Nord, Congo"),  # a place of neither table
        ("Route de l'Aéroport", "Congo"),
    ],
)
def test_congo_without_a_known_place_states_no_country(lines: tuple[str, ...]) -> None:
    read = address(*lines)
    assert read is None or read[4] is None


def test_a_full_country_name_is_unaffected() -> None:
    read = address("Avenue Foch 3", "Lubumbashi", "République démocratique du Congo")
    assert read is not None and read[4] == "CD"


# --- a city in brackets after its old name, or after a neighbourhood: the city is the locality


@pytest.mark.parametrize(
    ("lines", "locality"),
    [
        (("Campus de Kimwenza", "Léopoldville (Kinshasa), Congo"), "Kinshasa"),
        (("Immeuble Alpha, Cocody", "Abidjan, Côte d'Ivoire"), "Abidjan"),
        (("Tour Nord, Plateau", "Abidjan", "Côte d'Ivoire"), "Abidjan"),
        (("Vul. Lesi Ukrainky 4, Pecherskyi", "Kyiv", "Ukraine"), "Kyiv"),
    ],
)
def test_the_city_after_a_neighbourhood_is_the_locality(lines: tuple[str, ...], locality: str) -> None:
    read = address(*lines)
    assert read is not None
    assert read[1] == locality
    assert read[2] is None  # the city is no region


def test_a_bracket_naming_no_city_stays_in_the_name() -> None:
    read = address("Lennéstraße 1", "15230 Frankfurt (Oder)", "Germany")
    assert read is not None and read[1] == "Frankfurt (Oder)"


def test_a_province_after_a_town_stays_the_region() -> None:
    read = address("Route de Daloa", "Yamoussoukro", "Côte d'Ivoire")
    assert read is not None and read[1] == "Yamoussoukro"
    read = address("Rua 5", "Lubumbashi", "Haut-Katanga", "République démocratique du Congo")
    assert read is not None and read[1] == "Lubumbashi" and read[2] == "Haut-Katanga"


# --- a municipality or raion line is never the locality


@pytest.mark.parametrize(
    ("lines", "locality"),
    [
        (("Mount Tskhratskaro, Bakuriani", "Borjomi Municipality, Samtskhe-Javakheti", "Georgia"), "Bakuriani"),
        (("Ski Road 2, Bakuriani", "Borjomi Municipality", "Georgia"), "Bakuriani"),
    ],
)
def test_the_town_before_a_municipality_is_the_locality(lines: tuple[str, ...], locality: str) -> None:
    read = address(*lines)
    assert read is not None and read[1] == locality


@pytest.mark.parametrize(
    "lines",
    [
        ("12 Shevchenko St.", "Pecherskyi Raion", "Ukraine"),
        ("Kolkhoz Road 4", "Municipality of Adigeni", "Georgia"),
        ("Station 3", "Talas Oblast", "Kyrgyzstan"),
    ],
)
def test_an_admin_unit_line_is_no_locality(lines: tuple[str, ...]) -> None:
    read = address(*lines)
    assert read is None or read[1] is None


def test_a_place_after_a_municipality_line_is_no_locality() -> None:
    # "Kakheti" is a region ISO spells "K'akheti": unknown, yet no town follows its municipality
    read = address("Winery Road, Tsinandali", "Telavi Municipality, Kakheti", "Georgia")
    assert read is None or read[1] is None


# --- francophone region lines: the type word and its article before the name


@pytest.mark.parametrize(
    ("lines", "locality", "region"),
    [
        (("Hinche", "Département du Centre", "Haïti"), "Hinche", "Département du Centre"),
        (("Route de Kaolack, Fatick", "Région de Fatick", "Sénégal"), "Fatick", "Région de Fatick"),
        (("Rue 5", "Bafia", "Région du Centre", "Cameroun"), "Bafia", "Région du Centre"),
        (("Lot II 4", "Ambohidratrimo", "Province d'Antananarivo", "Madagascar"), "Ambohidratrimo", None),
    ],
)
def test_a_french_region_line_is_the_region(lines: tuple[str, ...], locality: str, region: str | None) -> None:
    read = address(*lines)
    assert read is not None and read[1] == locality
    if region:
        assert read[2] == region


def test_an_unknown_department_line_is_no_locality() -> None:
    read = address("Route Nationale 1", "Département de Nulle-Part", "Haïti")
    assert read is None or read[1] is None


# --- a sentence in brackets after the address is a note, not its country line


@pytest.mark.parametrize(
    "lines",
    [
        ("Rue 5, Bafia, Cameroun (The bank also keeps an office in Douala for payments.)",),
        ("Rue 5, Bafia, Cameroun", "(Its former seat stood in Garoua until the move of 1990.)"),
    ],
)
def test_a_closing_sentence_in_brackets_is_a_note(lines: tuple[str, ...]) -> None:
    read = address(*lines)
    assert read is not None and (read[1], read[4]) == ("Bafia", "CM")


def test_a_short_bracket_stays() -> None:
    # "(Siège provisoire)": two words, no sentence: not a note, the line is not read as CM
    read = address("Rue 5, Bafia, Cameroun (Siège provisoire)")
    assert read is None or read[4] is None


# --- the CFA franc ("FCFA", "F CFA", "francs CFA"): XAF or XOF by the address country


def figures(address_line: str, field: str, body: str) -> list[object]:
    text = [
        "Tidewater Survey Office",
        "| ||||",
        "|",
        "The Tidewater Survey Office (TSO) is a public mapping office.",
        "Headquarters address",
        address_line,
        field,
        body,
    ]
    profile = extract(parse_profile("\n".join(text) + "\n", "tidewater.txt"))
    return list(next(f for f in profile.fields if f.name == field).facts)


def budget(address_line: str, body: str) -> tuple[Decimal, str | None] | None:
    found = [
        (f.amount, f.currency)
        for f in figures(address_line, "Last total enacted budget", body)
        if isinstance(f, Budget)
    ]
    return found[0] if found else None


YAOUNDE = "Rue Joss 7, Yaoundé, Cameroun"
DAKAR = "Rue 4, Dakar, Sénégal"


@pytest.mark.parametrize(
    ("where", "body", "expected"),
    [
        (YAOUNDE, "4,2 milliards FCFA (2021)", (Decimal("4200000000"), "XAF")),
        (YAOUNDE, "Budget 2022 : 870 millions F CFA", (Decimal("870000000"), "XAF")),
        (YAOUNDE, "13 400 000 000 FCFA", (Decimal("13400000000"), "XAF")),
        (DAKAR, "2,8 milliards de francs CFA", (Decimal("2800000000"), "XOF")),
        (DAKAR, "About 950 million CFA francs (2019)", (Decimal("950000000"), "XOF")),
    ],
)
def test_cfa_franc_is_the_address_countrys(where: str, body: str, expected: tuple[Decimal, str]) -> None:
    assert budget(where, body) == expected


def test_cfa_franc_outside_the_franc_zone_states_no_currency() -> None:
    read = budget("1 Quay Road, Leeds, United Kingdom", "4,2 milliards FCFA (2021)")
    assert read is None or read[1] is None


@pytest.mark.parametrize("body", ["4,2 milliards FCFA (2021)", "870 millions F CFA"])
def test_a_cfa_amount_is_never_a_headcount(body: str) -> None:
    found = [f for f in figures(YAOUNDE, "Number of employees", body) if isinstance(f, EmployeeCount)]
    assert found == []


@pytest.mark.parametrize(("body", "expected"), [("1 250 agents (2019)", 1250), ("Effectif : 2 340 agents", 2340)])
def test_space_thousands_headcount(body: str, expected: int) -> None:
    found = [f.value for f in figures(YAOUNDE, "Number of employees", body) if isinstance(f, EmployeeCount)]
    assert found == [expected]


# --- francophone box lines: "01 BP 1234 Abidjan 01" is a box, its town the locality


@pytest.mark.parametrize(
    ("lines", "street", "locality"),
    [
        (("01 BP 2210 Abidjan 01", "Côte d'Ivoire"), None, "Abidjan"),
        (("Immeuble Sigma, 04 BP 881 Abidjan 04", "Côte d'Ivoire"), "Immeuble Sigma", "Abidjan"),
        (("Avenue Kwame Nkrumah, 03 BP 7021 Ouagadougou 03", "Burkina Faso"), "Avenue Kwame Nkrumah", "Ouagadougou"),
        (("Rue Toko 5, BP 56 Bafia", "Cameroun"), "Rue Toko 5", "Bafia"),
    ],
)
def test_the_town_of_a_closing_box_line(lines: tuple[str, ...], street: str | None, locality: str) -> None:
    read = address(*lines)
    assert read is not None
    assert (read[0], read[1]) == (street, locality)  # the box line is never the street


@pytest.mark.parametrize(
    "lines",
    [
        ("Rue Toko 5, BP 56", "Cameroun"),  # no town after the box number
        ("Rue Toko 5, B.P. 12 Centre", "Cameroun"),  # a region is no post town
        ("Rue Toko 5, BP 56 Bafia", "Yaoundé", "Cameroun"),  # the box is not last: its town is not read
    ],
)
def test_no_town_from_a_box_line_otherwise(lines: tuple[str, ...]) -> None:
    read = address(*lines)
    assert read is None or read[1] in (None, "Yaoundé")


@pytest.mark.parametrize(
    ("lines", "street"),
    [
        (("Strada Academiei 4, Sector 1", "010014 București", "România"), "Strada Academiei 4, Sector 1"),
        (("Bulevardul Unirii 22, Sector 4", "040104 București", "Romania"), "Bulevardul Unirii 22, Sector 4"),
    ],
)
def test_a_bucharest_sector_is_no_street_line(lines: tuple[str, ...], street: str) -> None:
    read = address(*lines)
    assert read is not None and read[0] == street


def test_a_street_named_sector_stays() -> None:
    read = address("Sector Road 4", "Leeds LS1 4AP", "United Kingdom")
    assert read is not None and read[0] == "Sector Road 4"
