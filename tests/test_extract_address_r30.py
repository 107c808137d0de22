"""Round 30, family F4: a cataloguer's terse address. The address's lines written on one line
between semicolons ("Storgatan 4; 411 38 Göteborg; Sweden") are read as its parts when the last
line names the country (alone, or before its postal code: "Barbados BB15154") and no earlier
line names one; otherwise only the first line is read, as before (a second address). A closing
note in square brackets ("[street address not ascertained]") is no part of the address and does
not withhold it. Latvian codes keep their "LV-"; Barbadian parishes are written "St. …"."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import Field, FieldStatus
from orgkg.parse import parse_profile

from .address_helpers import Read, address_parts


def _field(*lines: str) -> Field:
    text = [
        "Harbour Records Office",
        "| ||||",
        "|",
        "Harbour Records Office; archive; est. 1950.",
        "Headquarters address",
        *lines,
        "Mission",
        "To keep records.",
    ]
    profile = extract(parse_profile("\n".join(text) + "\n", "harbour.txt"))
    return next(f for f in profile.fields if f.name == "Headquarters address")


def address(*lines: str) -> Read | None:
    return address_parts(_field(*lines).facts)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Storgatan 4; 411 38 Göteborg; Sweden", ("Storgatan 4", "Göteborg", None, "411 38", "SE")),
        ("Calle de Alcalá, 13; 28014 Madrid; Spain.", ("Calle de Alcalá, 13", "Madrid", None, "28014", "ES")),
        ("Brīvības iela 36; Rīga; LV-1050; Latvia", ("Brīvības iela 36", "Rīga", None, "LV-1050", "LV")),
        ("Mannerheimintie 12; 00100 Helsinki; Finland", ("Mannerheimintie 12", "Helsinki", None, "00100", "FI")),
        # the country before its code, a parish before it
        (
            "Bay Street; Bridgetown; St. Michael; Barbados BB11142",
            ("Bay Street", "Bridgetown", "St. Michael", "BB11142", "BB"),
        ),
    ],
)
def test_semicolon_lines_are_the_address_parts(line: str, expected: Read) -> None:
    assert address(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # a second address with its own country after the semicolon: only the first is read
        "Storgatan 4, 411 38 Göteborg, Sweden; branch office: Oslo, Norway",
        "Storgatan 4, 411 38 Göteborg, Sweden; Karl Johans gate 1, 0154 Oslo, Norway",
    ],
)
def test_a_second_address_is_not_joined(line: str) -> None:
    read = address(line)
    assert read is not None and read[4] == "SE" and read[1] == "Göteborg"


def test_semicolon_lines_without_a_country_line_are_not_joined() -> None:
    """ "Storgatan 4; open Mondays; closed in July": no country last, so no layout to read by."""
    read = address("Storgatan 4; open Mondays; closed in July")
    assert read is None or (read[1], read[4]) == (None, None)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Budapest, Hungary [street address of the last office not ascertained]", (None, "Budapest", None, None, "HU")),
        ("Tampere, Finland [exact premises not recorded]", (None, "Tampere", None, None, "FI")),
        (
            "Radiokatu 5, 00240 Helsinki, Finland [building demolished in 2020]",
            ("Radiokatu 5", "Helsinki", None, "00240", "FI"),
        ),
    ],
)
def test_square_bracket_note_closes_the_address(line: str, expected: Read) -> None:
    field = _field(line)
    assert address(line) == expected
    assert field.status in (None, FieldStatus.STATED)


def test_square_bracket_note_alone_withholds() -> None:
    """A note that is the whole field still says the address is not given."""
    assert address("[address not ascertained]") is None


def test_one_word_mark_is_not_stripped() -> None:
    """ "[uncertain]" qualifies the address: it is not read as certain."""
    assert address("Budapest, Hungary [uncertain]") is None
