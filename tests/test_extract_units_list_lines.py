"""Divisions written as an infobox list: a semicolon list on one line followed by a prose
line, and a bullet whose bracket names a part of its unit ("(including the …)"). Own phrasings."""

from __future__ import annotations

from orgkg.extract.units import read_divisions
from orgkg.model import Identity, OrgKind, Unit

from .list_helpers import field

LAB = Identity("Orlenberg Marine Laboratory", OrgKind.ORGANIZATION)


def _units(*lines: str) -> set[str]:
    facts, _ = read_divisions(field(*lines, name="Divisions"), LAB)
    return {f.name for f in facts if isinstance(f, Unit)}


def test_a_semicolon_list_line_ends_where_its_line_does() -> None:
    units = _units(
        "Department of Tides; Department of Reef Ecology; Department of Plankton",
        "The Harbour Aquarium, in the old customs house, is part of the laboratory.",
    )
    assert "Department of Plankton" in units
    assert not any("Aquarium" in name and "Plankton" in name for name in units)


def test_near_miss_a_single_line_list_is_unchanged() -> None:
    units = _units("Department of Tides; Department of Reef Ecology; Department of Plankton")
    assert units == {"Department of Tides", "Department of Reef Ecology", "Department of Plankton"}


def test_a_bracketed_part_of_a_bullet_unit_is_a_unit_too() -> None:
    units = _units(
        "- College of Sea Sciences (including the Brackwater School of Oceanography)",
        "- College of Engineering",
    )
    assert {"College of Sea Sciences", "Brackwater School of Oceanography", "College of Engineering"} <= units


def test_near_miss_a_bracket_of_two_parts_or_a_description_reads_no_part() -> None:
    units = _units(
        "- College of Sea Sciences (including the Alpha School and the Beta Centre)",
        "- College of Engineering (including the teaching workshops)",
    )
    assert not any(name.startswith(("Alpha", "Beta", "teaching")) for name in units)


def test_the_shared_closing_of_semicolon_list_lines() -> None:
    from orgkg.extract.text import semicolon_lists_closed
    from orgkg.model import Field, Item

    field = Field(
        "Divisions",
        1,
        (Item(2, "Alpha Unit; Beta Unit"), Item(3, "Gamma Unit; Delta Unit and"), Item(4, "Epsilon Unit; Zeta Unit")),
    )
    # the first line ends with no mark and gets one; the second goes on ("and"); the last has no next line
    assert [i.text for i in semicolon_lists_closed(field).items] == [
        "Alpha Unit; Beta Unit.",
        "Gamma Unit; Delta Unit and",
        "Epsilon Unit; Zeta Unit",
    ]
