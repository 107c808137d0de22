"""extract/units.py (round 62): a share closing a segment's name ("Retail Lending 41%") is
no part of it; after a unit's name and a colon, a list of places closed by "factories"
or "plants" says where it works (the name is the label); a nested bullet ("** X") is no
unit; "The building also houses the X, which belongs to <Other>" names another body's
thing; a scope word before a post ("Group Chief Executive") still names a post."""

from __future__ import annotations

from orgkg.extract.names import NameKind
from orgkg.extract.units import item_mention, names_posts, read_divisions
from orgkg.model import Field, Identity, Item, OrgKind, Unit

IDENTITY = Identity("Example Holdings", OrgKind.ORGANIZATION)


def units(*lines: str, bullet: bool = False) -> list[str]:
    items = tuple(Item(11 + n, line, bullet=bullet) for n, line in enumerate(lines))
    facts, _ = read_divisions(Field("Divisions", 10, items), IDENTITY)
    return sorted(f.name for f in facts if isinstance(f, Unit))


def test_share_closing_a_segment_is_dropped() -> None:
    found = units("Segments (share of assets): Harbour Retail Lending 41%; Northern Trade Finance 12.5%.")
    assert "Northern Trade Finance" in found
    assert not any("%" in name for name in found)


def test_number_inside_a_name_stays() -> None:
    assert units("Segments: Route 66 Logistics; Harbour Retail Lending.") == [
        "Harbour Retail Lending",
        "Route 66 Logistics",
    ]


def test_site_list_after_colon_gives_the_label() -> None:
    found = units(
        "Kestrel Textile Establishment (Kestrel Works): Ardley (Old Mill), Brinton and Colwick factories",
        "Lindon Dye Establishment",
        "Marsh Spinning Establishment",
        bullet=True,
    )
    assert "Kestrel Textile Establishment" in found
    assert "Ardley" not in found


def test_label_and_proper_value_without_site_noun_is_not_cut() -> None:
    # "Regional branches: Oddział X": a class label and a name keeps the name.
    found = item_mention("Regional branches: Northern Survey Directorate", NameKind.UNIT, bullet=True)
    assert found is not None
    assert found.name == "Northern Survey Directorate"


def test_nested_bullet_is_no_unit() -> None:
    assert item_mention("* Riverside Campus (main campus)", NameKind.UNIT, bullet=True) is None
    found = item_mention("Riverside Research Institute", NameKind.UNIT, bullet=True)
    assert found is not None
    assert found.name == "Riverside Research Institute"


def test_also_runs_a_unit_with_a_plain_relative_clause() -> None:
    lines = (
        "- Alpha Gallery",
        "- Beta Gallery",
        "The museum also runs the Conservation Workshop, which restores paintings.",
    )
    items = tuple(
        Item(11 + n, line[2:] if line.startswith("- ") else line, bullet=line.startswith("- "))
        for n, line in enumerate(lines)
    )
    facts, _ = read_divisions(Field("Divisions", 10, items), IDENTITY)
    names = {f.name for f in facts if isinstance(f, Unit)}
    assert "Conservation Workshop" in names


def test_also_houses_owned_by_another_beside_bullets() -> None:
    lines = (
        "- Alpha Gallery",
        "- Beta Gallery",
        "The building also houses the National Map Archive, which belongs to the Survey Office.",
    )
    items = tuple(
        Item(11 + n, line[2:] if line.startswith("- ") else line, bullet=line.startswith("- "))
        for n, line in enumerate(lines)
    )
    facts, _ = read_divisions(Field("Divisions", 10, items), IDENTITY)
    names = {f.name for f in facts if isinstance(f, Unit)}
    assert "Alpha Gallery" in names
    assert "National Map Archive" not in names


def test_scope_word_before_a_post() -> None:
    assert names_posts("Group Chief Executive")
    assert names_posts("Global Managing Director")
    assert not names_posts("Group Audit Committee")
    assert not names_posts("Group Treasury")
