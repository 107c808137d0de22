"""Round 64c (partners and links precision): a field noun after "and" ends a name; a
"Categories:" line names classes only; a lone modifier before "and" joins its class; quantity,
example and membership leads are no class; "banks & retailers" is two classes; a link beside a
dead own site is no website. Own phrasings."""

from __future__ import annotations

from orgkg.extract.links import read_links
from orgkg.model import Website

from .list_helpers import field, profile_ties

HEAD = "Corvid Analytics\n\nCorvid Analytics is a data company in Iceland.\n"


def _read(text: str) -> tuple[set[str], set[str], set[str]]:
    return profile_ties(HEAD, text)


def test_field_noun_after_and_stays_in_the_name() -> None:
    members, _, _ = _read("Northland Fisheries Board; Westfjord Trade and Enterprise; Arctic Cable Forum.")
    assert "Westfjord Trade and Enterprise" in members
    assert "Enterprise" not in members and "Westfjord Trade" not in members


def test_near_miss_two_one_word_companies_still_split() -> None:
    members, _, _ = _read("Westfjord Trade Council; Glacierco and Fjordtek.")
    assert {"Glacierco", "Fjordtek"} <= members


def test_categories_line_names_classes_not_members() -> None:
    members, _, classes = _read("Arctic Cable Forum. Categories: Coastal Ranger Groups; Regional Boat Clubs.")
    assert {"Coastal Ranger Groups", "Regional Boat Clubs"} <= classes
    assert "Coastal Ranger Groups" not in members and "Regional Boat Clubs" not in members
    assert "Arctic Cable Forum" in members


def test_categories_line_drops_a_singular_name() -> None:
    members, _, classes = _read("Categories: Glacierco Holdings AG; Regional Boat Clubs.")
    assert "Glacierco Holdings AG" not in members | classes
    assert "Regional Boat Clubs" in classes


def test_near_miss_unlabelled_line_keeps_its_members() -> None:
    members, _, _ = _read("Glacierco Holdings AG; Arctic Cable Forum.")
    assert {"Glacierco Holdings AG", "Arctic Cable Forum"} <= members


def test_lone_modifier_joins_its_class() -> None:
    _, _, classes = _read("We work with harbour authorities, pilot and rescue services and coast guards.")
    assert "rescue services and coast guards" not in classes
    assert not any(c.lower().startswith("rescue") for c in classes)


def test_near_miss_shared_head_list_is_unchanged() -> None:
    _, _, classes = _read("Federal, regional and municipal fishery bodies")
    assert "Federal, regional and municipal fishery bodies" in classes


def test_quantity_lead_is_no_part_of_the_class() -> None:
    _, _, classes = _read("1/ + loads of harbour operators")
    assert "harbour operators" in classes
    assert not any(c.lower().startswith("loads") for c in classes)


def test_membership_and_example_leads_make_no_class() -> None:
    _, _, classes = _read("1/ founding member of the Arctic Cable Forum (2001)")
    assert not any("member of" in c.lower() for c in classes)


def test_ampersand_between_two_plural_nouns_makes_two_classes() -> None:
    _, _, classes = _read("2/ main customer groups: fisheries & shipyards, plus ferry lines")
    assert {"fisheries", "shipyards"} <= {c.lower() for c in classes}


def test_near_miss_ampersand_in_a_company_name_stays() -> None:
    _, _, classes = _read("Partners: Fjord & Glacier Holdings AG")
    assert not ({"fjord", "glacier holdings ag"} & {c.lower() for c in classes})


def _website(*lines: str) -> set[str]:
    facts, _ = read_links(field(*lines, name="External links"), None)  # type: ignore[arg-type]
    return {f.url for f in facts if isinstance(f, Website)}


def test_dead_own_site_makes_other_link_no_website() -> None:
    assert not _website("Website shut down; archive kept elsewhere. Current information: www.fishministry.is")


def test_null_official_site_makes_other_link_no_website() -> None:
    assert not _website("official site: n/a, long gone. the heritage trust: https://www.heritagetrust.is")


def test_near_miss_plain_website_line_is_read() -> None:
    assert _website("Website: www.corvid-analytics.is") == {"https://www.corvid-analytics.is"}
