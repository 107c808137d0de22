"""Round 30 (F1): the variant names an authority-record intro lists after its own label
("Variant forms of name: X (est); Y (abbrev.)."), each without its language tag."""

from __future__ import annotations

import pytest

from orgkg.extract.identity import read_identity
from orgkg.model import Identity, Profile


def _identity(title: str, intro: str) -> Identity:
    return read_identity(Profile("t.txt", "t", "", title, 1, intro, 2, ()))


@pytest.mark.parametrize(
    "title, intro, expected",
    [
        (
            "Estonian Maritime Museum",
            "Estonian Maritime Museum; museum; Tallinn; 1935- . Variant forms of name: Eesti "
            "Meremuuseum (est); Эстонский морской музей (rus). Earlier name: Tallinn Harbour "
            "Museum, 1935-1940. [Sources: museum website]",
            ["Eesti Meremuuseum", "Эстонский морской музей"],
        ),
        (
            "Nordic Seed Bank",
            "Nordic Seed Bank; gene bank; Alnarp; 1979-2008. Other forms of name: Nordisk "
            "Genbank AB (swe; legal form); NGB (abbrev.). Dates of existence: 1979-2008.",
            ["Nordisk Genbank AB", "NGB"],
        ),
        (
            "Windward Islands Banana Board",
            "Windward Islands Banana Board (Castries), 1958-1994. Corporate body; marketing board. "
            "Used form: WIBB. Later name: none.",
            ["WIBB"],
        ),
        (
            "Azorean Fisheries Institute",
            "Azorean Fisheries Institute; research institute; Horta. Variant form of name: "
            "Instituto de Pescas dos Açores (por). [Source: annual report, 1990]",
            ["Instituto de Pescas dos Açores"],
        ),
    ],
)
def test_labelled_variant_names_are_alternate_names(title: str, intro: str, expected: list[str]) -> None:
    names = _identity(title, intro).alternate_names
    for name in expected:
        assert name in names


def test_legal_form_abbreviation_keeps_its_stop_and_the_run_ends_at_the_sentence() -> None:
    identity = _identity(
        "Danube Shipping Company",
        "Danube Shipping Company; river carrier; Budapest; 1950-1995. Variant forms of name: "
        "Dunai Hajózási Zrt. (hun; last form); DHC (abbrev.). Earlier name: Danube Lighterage "
        "Board, 1950-1957. Dates of existence: 1950 May 2 - 1995.",
    )
    assert "Dunai Hajózási Zrt." in identity.alternate_names
    assert "Danube Lighterage Board" not in identity.alternate_names
    assert not any(name.startswith("Dates") or "1950" in name for name in identity.alternate_names)


@pytest.mark.parametrize(
    "intro",
    [
        # the label's items are not names: descriptions, dates, a null
        "Baltic Grain Office; trade body; Riga. Variant forms of name: not recorded; see the 1930 directory.",
        "Baltic Grain Office; trade body; Riga. Other forms of name: various, in the press of the period.",
        # an earlier name is not a variant name, and a source bracket after the run is not read
        "Baltic Grain Office; trade body; Riga. Earlier name: Riga Grain Exchange. [Source: Latvian State Archives]",
        # a label inside a sentence, not opening one, is not the record's
        "Baltic Grain Office, whose board minutes list other forms of name: Grain Bureau; the Office.",
    ],
)
def test_no_variant_names_without_well_formed_names_after_the_label(intro: str) -> None:
    names = _identity("Baltic Grain Office", intro).alternate_names
    assert not any(
        n in names
        for n in (
            "Not recorded",
            "not recorded",
            "Various",
            "various",
            "Riga Grain Exchange",
            "Grain Bureau",
            "Latvian State Archives",
            "See the 1930 directory",
        )
    )


@pytest.mark.parametrize(
    "title, intro, full",
    [
        (
            "NRK",
            "Norsk rikskringkasting AS (NRK); Norway's public broadcaster; Oslo; 1933- .",
            "Norsk rikskringkasting AS",
        ),
        (
            "Sitra",
            "Suomen itsenäisyyden juhlarahasto (Sitra); public fund; Helsinki; 1967- .",
            "Suomen itsenäisyyden juhlarahasto",
        ),
        (
            "CARDI",
            "Caribbean Agricultural Research and Development Institute (CARDI); research body; St. Augustine.",
            "Caribbean Agricultural Research and Development Institute",
        ),
    ],
)
def test_authority_heading_with_the_title_in_its_bracket_gives_the_full_name(title: str, intro: str, full: str) -> None:
    identity = _identity(title, intro)
    assert full in identity.alternate_names or identity.name == full


@pytest.mark.parametrize(
    "title, intro, wrong",
    [
        # the bracket is a place, not the title
        ("Botanic Garden of Lisbon", "Jardim Botânico (Lisbon); garden; Lisbon; 1878- .", "Jardim Botânico"),
        # no record heading: a sentence, not ";" items
        ("Yle", "Our broadcaster (Yle) was founded in 1926 in Helsinki.", "Our broadcaster"),
        # the heading is no name
        ("NRK", "founded in Oslo (NRK); broadcaster; 1933- .", "founded in Oslo"),
    ],
)
def test_no_heading_full_name_without_the_title_in_its_bracket(title: str, intro: str, wrong: str) -> None:
    assert wrong not in _identity(title, intro).alternate_names
