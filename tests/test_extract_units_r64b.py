"""Round 64b (units precision, database-export records): a capitalised export label whose last
word names a kind of list ("Reporting Segments", "Reporting Line") is never glued to its value
as one unit name. Own phrasings."""

from __future__ import annotations

from orgkg.extract import extract
from orgkg.model import Unit
from orgkg.parse import parse_profile


def _units(heading: str, *lines: str) -> set[str]:
    text = ["Corvid Analytics", "| ||||", "|", "Corvid Analytics is a data company in Iceland.", heading, *lines]
    profile = extract(parse_profile("\n".join([*text, "History", "Founded in 1990."]) + "\n", "x.txt"))
    field = next(f for f in profile.fields if f.name == heading)
    return {f.name for f in field.facts if isinstance(f, Unit)}


def test_a_segments_label_is_no_part_of_a_unit_name() -> None:
    units = _units(
        "Organization structure",
        "Reporting Segments: Platforms; Cloud Tools and Services; Consulting",
        "Reporting Line: Market Areas and Product Areas -> Chief Executive -> Supervisory Council",
    )
    assert not any(":" in name for name in units)
    assert not any(name.startswith(("Reporting", "Consulting Reporting")) for name in units)


def test_a_line_label_before_an_arrow_chain_is_no_unit() -> None:
    units = _units("Organization structure", "Reporting Line: Market Areas and Product Areas -> Chief Executive")
    assert not any("Reporting Line" in name for name in units)


def test_near_miss_a_proper_label_and_value_stay_one_name() -> None:
    units = _units("Divisions", "- Future Materials: Ceramics", "- Future Materials: Polymers", "- Field Office")
    assert {"Future Materials: Ceramics", "Future Materials: Polymers"} <= units


def test_near_miss_a_class_label_gives_its_units() -> None:
    units = _units("Divisions", "Sub-Organizations: Skald Research Centre; Fjord Data Laboratory")
    assert {"Skald Research Centre", "Fjord Data Laboratory"} <= units
