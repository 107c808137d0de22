"""Round 64 (partners precision): deals of ownership are no partners; "A and <country>'s B" is
two bodies or none; "<name> in <town>" is the name; a lead adding a line and a vague count are
no part of a class. Own phrasings."""

from __future__ import annotations

from orgkg.extract.status import read_status
from orgkg.model import Field, FieldStatus, Item

from .list_helpers import profile_ties

HEAD = "Varde Mutual\n\nVarde Mutual is an insurer in Norway.\n"


def _read(text: str) -> tuple[set[str], set[str], set[str]]:
    return profile_ties(HEAD, text)


# --- 1. deals of ownership ------------------------------------------------------------------


def test_bullets_under_a_lead_denying_the_tie_are_no_partners() -> None:
    members, _, _ = _read(
        "Some big deals (takeovers, not partnerships):\n- Alder Brokers (Oslo firm) – 1990\n- Birch Capital"
    )
    assert not members


def test_bullets_under_a_takeover_lead_are_no_partners() -> None:
    members, _, _ = _read("Acquisitions:\n- Alder Brokers\n- Birch Capital")
    assert not members


def test_a_partner_lead_keeps_its_bullets() -> None:
    members, _, _ = _read("Joint ventures and stakes:\n- Alder Brokers\n- Birch Capital")
    assert {"Alder Brokers", "Birch Capital"} <= members


def test_an_item_noted_as_taken_over_is_no_partner() -> None:
    members, _, _ = _read("Key partners:\n- Alder Brokers (Oslo firm) – fully acquired in 1988\n- Birch Capital")
    assert "Birch Capital" in members
    assert "Alder Brokers" not in members


def test_an_item_that_acquired_something_stays() -> None:
    members, _, _ = _read("Key partners:\n- Alder Brokers – acquired a stake in 1988\n- Birch Capital")
    assert {"Alder Brokers", "Birch Capital"} <= members


def test_a_lead_denying_the_field_keeps_the_not_found_status() -> None:
    items = (
        Item(11, "I could not find a formal partner list. Some deals (buyouts, not partnerships):"),
        Item(12, "Alder Brokers", bullet=True),
    )
    assert read_status(Field("Partners", 10, items)).status is FieldStatus.NOT_PUBLICLY_SPECIFIED


def test_a_lead_with_another_negation_still_states_the_list() -> None:
    items = (Item(11, "No public org chart. Key partners:"), Item(12, "Alder Brokers", bullet=True))
    assert read_status(Field("Partners", 10, items)).status is FieldStatus.STATED


# --- 2. "A and <country>'s B" ----------------------------------------------------------------


def test_and_before_a_country_possessive_parts_two_names() -> None:
    members, _, _ = _read("It works with:\n- Alder Agency and Denmark's DANREG (joint checks)\n- Birch Capital")
    assert {"Alder Agency", "DANREG"} <= members
    assert not any("Denmark" in m for m in members)


def test_and_before_a_possessive_that_is_no_country_stays() -> None:
    members, _, _ = _read("It works with:\n- Tom and Jerry's Foundation\n- Birch Capital")
    assert "Tom and Jerry's Foundation" in members


# --- 3. "<name> in <town>" -------------------------------------------------------------------


def test_a_town_after_a_name_is_no_part_of_it() -> None:
    members, _, _ = _read("It has a strategic partnership with Halvorsen University in Bergen.")
    assert "Halvorsen University" in members
    assert not any("Bergen" in m for m in members)


def test_a_name_scoped_by_a_nationality_keeps_its_town() -> None:
    members, _, _ = _read("It has a strategic partnership with the Norwegian College in Tromsø.")
    assert "Norwegian College in Tromsø" in members


def test_a_name_with_of_keeps_its_place() -> None:
    members, _, _ = _read("It has a strategic partnership with the Union of Fjord Insurers in Bergen.")
    assert "Union of Fjord Insurers in Bergen" in members


def test_a_name_with_for_keeps_its_place() -> None:
    members, _, _ = _read("It has a strategic partnership with the Society for Fjord Safety in Bergen.")
    assert "Society for Fjord Safety in Bergen" in members


# --- 4. a lead and a vague count before a class ------------------------------------------------


def test_a_lead_and_a_list_word_are_no_part_of_a_class() -> None:
    _, _, classes = _read("Key partners:\n- Alder Brokers\n- plus a long list of reinsurers across Europe and Asia")
    assert "reinsurers across Europe and Asia" in classes
    assert not any(c.lower().startswith(("plus", "a long")) for c in classes)


def test_a_vague_count_is_no_part_of_a_class() -> None:
    _, _, classes = _read("Key partners:\n- Alder Brokers\n- many fishing cooperatives")
    assert "fishing cooperatives" in classes


def test_some_of_the_is_not_cut_to_a_fragment() -> None:
    _, _, classes = _read("Key partners:\n- Alder Brokers\n- some of the cooperatives")
    assert not any(c.startswith("of ") for c in classes)
