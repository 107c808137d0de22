"""Round 64 (founding, units, parent): a founding label's line in a field about the organization
("- Founded: 1688, by glassmaker Ida Sorn") dates the founding and names its founder; a hedged or
approximate value stays unread; "Headed by a Director" and "4 departments" are no units; an
unspaced en dash joins one parent's name ("Nordlink–Vesta")."""

from __future__ import annotations

from orgkg.extract.parent import read_parent
from orgkg.extract.units import units_named_well
from orgkg.model import DateValue, Field, FieldFacts, FieldStatus, Identity, Item, OrgKind, Parent, Unit

from .founding_helpers import FoundingReaders

READERS = FoundingReaders("Harrow Lane Glassworks", "Harrow Lane Glassworks is a maker of lamps.", "hlg.txt")


# --- class 1: a labelled founding line in Mission ------------------------------------------------


def test_labelled_line_in_mission_dates_the_founding() -> None:
    fields = "Mission\n- Founded: March 4, 1921, by glassmaker Ida Sorn together with a group of Leeds merchants.\n"
    assert READERS.dates(fields) == {DateValue(1921, 3, 4)}
    assert READERS.founders(fields) == {"Ida Sorn"}


def test_began_operating_label_dates_the_founding() -> None:
    assert READERS.dates("Mission\nBegan operating: June 2, 1964.") == {DateValue(1964, 6, 2)}
    assert READERS.dates("Mission\n- Began operating: 1964 in Leeds") == {DateValue(1964)}


def test_early_year_after_the_label_names_the_founder() -> None:
    assert READERS.founders("Mission\n- Founded: 1511, by King Harald III (by letters of grant)") == {"Harald III"}


def test_hedged_or_approximate_label_value_stays_unread() -> None:
    # "Began operating" is no record key of the older record reader: only this rule reads it
    assert READERS.dates("Mission\n- Began operating: 1921 (reportedly)") == set()
    assert READERS.dates("Mission\n- Began operating: c. 1921") == set()
    assert READERS.dates("Mission\n- Began operating: 1921?") == set()


def test_label_value_with_a_second_date_or_a_range_stays_unread() -> None:
    assert READERS.dates("Mission\n- Began operating: 1921, renamed 1950") == set()
    assert READERS.dates("Mission\n- Began operating: 1921–1988") == set()


def test_label_not_opening_the_line_or_in_another_field_stays_unread() -> None:
    # near misses: a sentence that only mentions the label, a unit's line under Divisions
    assert READERS.dates("Mission\nThe shop had a sign saying Began operating: 1921 on the door.") == set()
    assert READERS.dates("Divisions\n- Lamp Works\n- Began operating: 1921") == set()


def test_another_fields_date_is_kept_over_the_line() -> None:
    fields = "Mission\n- Began operating: 1921, by Ida Sorn\nHistory\nHarrow Lane Glassworks was founded in 1919."
    assert READERS.dates(fields) == {DateValue(1919)}
    assert READERS.founders(fields) == set()  # the line disagrees with History: its founder is unsure too


# --- class 2: leadership descriptions and counts are no units -------------------------------------


def _named(*names: str) -> list[str]:
    ff = FieldFacts(
        "Organization structure",
        "organization-structure",
        10,
        11,
        FieldStatus.STATED,
        "x",
        facts=tuple(Unit(n) for n in names),
    )
    return [f.name for out in units_named_well([ff]) for f in out.facts if isinstance(f, Unit)]


def test_participle_by_item_is_no_unit() -> None:
    assert _named("Headed by a Director", "Chaired by the Minister", "Led by the Rector") == []


def test_participle_without_by_stays_a_unit() -> None:
    # near miss: "Managed Services Unit" opens with a participle but no "by"
    assert _named("Managed Services Unit", "Directed Energy Division") == [
        "Managed Services Unit",
        "Directed Energy Division",
    ]


def test_count_of_a_common_noun_is_no_unit() -> None:
    assert _named("4 departments", "six regional offices", "12 schools") == []


def test_capitalised_count_name_stays_a_unit() -> None:
    # near miss: a name that starts with a figure but goes on capitalised
    assert _named("24 Hour Response Unit", "Four Rivers Office") == ["24 Hour Response Unit", "Four Rivers Office"]


# --- class 3: an unspaced en dash joins one parent's name ----------------------------------------

IDENTITY = Identity("Vesta Regional Air", next(iter(OrgKind)))


def _parents(*lines: str) -> list[str]:
    field = Field("Parent organization", 10, tuple(Item(11 + n, line) for n, line in enumerate(lines)))
    facts, _ = read_parent(field, IDENTITY)
    return [f.org.name for f in facts if isinstance(f, Parent)]


def test_unspaced_en_dash_joins_one_name() -> None:
    assert _parents("Parent: Nordlink–Vesta Holdings (since the 2009 merger)") == ["Nordlink–Vesta Holdings"]


def test_spaced_en_dash_still_separates() -> None:
    assert _parents("Parent: Nordlink Holdings – a group of regional airlines") == ["Nordlink Holdings"]
