"""A unit's name never opens with a possessive or a preposition (extract/units.py,
units_named_well; lexicon/unit-name-openers.csv)."""

from __future__ import annotations

from orgkg.extract.units import units_named_well
from orgkg.model import FieldFacts, FieldStatus, Program, Unit


def _names(*units: str) -> list[str]:
    field = FieldFacts(
        name="Organization structure",
        slug="organization-structure",
        first_line=3,
        last_line=4,
        status=FieldStatus.STATED,
        verbatim="",
        facts=(*(Unit(name) for name in units), Program("Under-5 Clinics")),
    )
    [kept] = units_named_well([field])
    return [f.name for f in kept.facts if isinstance(f, Unit)]


def test_a_possessive_before_a_unit_goes() -> None:
    assert _names("Our Board of Trustees", "their Audit Committee") == ["Board of Trustees", "Audit Committee"]


def test_a_unit_opened_by_a_preposition_is_a_clause() -> None:
    assert _names("Under Section 3 of the Harbours Act 1950", "Within the Ministry") == []


def test_other_units_and_other_facts_are_kept() -> None:
    # near-misses: the word inside a name, a hyphenated first word, a unit named twice once
    assert _names("Board of Trustees", "Our Board of Trustees", "Byways Division", "Under-Secretariat") == [
        "Board of Trustees",
        "Byways Division",
        "Under-Secretariat",
    ]
