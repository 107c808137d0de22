"""Unit bullets glossed after a spaced dash (extract/units.py): a place, then a colon and what the
unit makes; a capitalised comma list with lowercase words saying what the unit holds. Phrasings
written for these tests, not taken from the fidelity benchmark; near misses say what must not
be read."""

from __future__ import annotations

from orgkg.extract import extract
from orgkg.model import Unit
from orgkg.parse import parse_profile

NAME = "Kestrel Engineering Group"


def _units(*lines: str) -> set[str]:
    body = "\n".join(lines)
    text = f"{NAME}\n|\nThe {NAME} is an engineering company.\nDivisions\nThe Group has these divisions:\n{body}\n"
    return {
        f.name
        for ff in extract(parse_profile(text, "keg.txt")).fields
        if ff.name == "Divisions"
        for f in ff.facts
        if isinstance(f, Unit)
    }


def test_place_then_what_the_unit_makes() -> None:
    units = _units(
        "- Kestrel Turbine Company – Dayton, Ohio: gas turbines, compressors and spare parts",
        "- Kestrel Rail Company – Derby, England: the Falcon locomotive and other rolling stock",
    )
    assert units == {"Kestrel Turbine Company", "Kestrel Rail Company"}


def test_brands_after_the_dash_are_no_part_of_the_name() -> None:
    units = _units("- Beverages – Zesto, Polar Fizz and other soft-drink brands", "- Snacks – crisps and nuts")
    assert units == {"Beverages", "Snacks"}


def test_capitalised_list_without_lowercase_words_stays_whole() -> None:
    # near miss: the words after the dash may be the name's second part
    units = _units("- Directorate – Research, Innovation and Science", "- Snacks – crisps and nuts")
    assert "Directorate – Research, Innovation and Science" in units


def test_second_part_of_a_name_stays() -> None:
    # near miss: no comma list after the dash
    units = _units("- Kestrel Works – Henry Morton Foundry", "- Snacks – crisps and nuts")
    assert "Kestrel Works – Henry Morton Foundry" in units
