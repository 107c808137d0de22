"""Round 25, family F4: addresses written by other hands (post-Soviet and francophone
African layouts). Postal codes of Ukraine, Kazakhstan, Romania, Georgia, Belarus,
Uzbekistan, Kyrgyzstan, Armenia and Madagascar are read on either side of the town ("Kyiv
03062", "050040 Almaty"); an ambiguous country name ("Congo") is told by a place the address
names, else not stated; a city's old name with its new one in brackets ("Léopoldville
(Kinshasa)") is the old name; a neighbourhood before a city that ISO lists as a subdivision
("Plateau, Abidjan") is no locality; a municipality or district line ("Adigeni Municipality")
is no locality."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import Address
from orgkg.parse import parse_profile

Read = tuple[str | None, str | None, str | None, str | None, str | None]


def address(*lines: str) -> Read | None:
    text = [
        "Tidewater Survey Office",
        "| ||||",
        "|",
        "The Tidewater Survey Office (TSO) is a public mapping office.",
        "Headquarters address",
        *lines,
        "Number of employees",
        "300",
    ]
    profile = extract(parse_profile("\n".join(text) + "\n", "tidewater.txt"))
    field = next(f for f in profile.fields if f.name == "Headquarters address")
    found = [a for a in field.facts if isinstance(a, Address)]
    if not found:
        return None
    a = found[0]
    return (a.street, a.locality, a.region, a.postal_code, a.country)


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
