"""Round 62c (F1): "A, a network of X, of which <the organization> is a member" (a body it
belongs to), a vague quantifier before a class ("Various universities"), a note opened by an
adjective or an -ly adverb and its preposition after an item ("A, responsible for …"), a
quantifier before "of whose" ("A, part of whose work …") and "and the" parting two classes
in a bullet."""

from __future__ import annotations

from .list_helpers import profile_ties

HEAD = "Tarnvik Relief\n\nTarnvik Relief (TR) is a humanitarian charity in Sweden.\n"


def _read(text: str) -> tuple[set[str], set[str], set[str]]:
    return profile_ties(HEAD, text)


def test_of_which_the_organization_is_a_member_names_what_it_belongs_to() -> None:
    members, member_of, _ = _read(
        "- Nordaid Network, a federation of Baltic relief charities, of which Tarnvik Relief is a member\n"
        "- Halvard Shipping, which carries our supplies"
    )
    assert "Nordaid Network" in member_of
    assert "Nordaid Network" not in members
    assert "Halvard Shipping" in members


def test_of_which_it_was_a_founding_member_without_a_comma_before_it() -> None:
    members, member_of, _ = _read(
        "- Baltic Shelter Consortium (BSC), a relief consortium of which TR was a founding member\n- Halvard Shipping"
    )
    assert "Baltic Shelter Consortium" in member_of
    assert "Baltic Shelter Consortium" not in members


def test_of_which_another_body_is_a_member_is_no_membership_of_its_own() -> None:
    _, member_of, _ = _read(
        "- Nordaid Network, a federation of relief charities, of which Oxfam is a member\n- Halvard Shipping"
    )
    assert "Nordaid Network" not in member_of


def test_a_vague_quantifier_is_no_part_of_a_bulleted_class() -> None:
    _, _, classes = _read("- Halvard Shipping\n- Various regional shelter charities and food banks")
    assert "regional shelter charities and food banks" in classes
    assert not any(c.lower().startswith("various") for c in classes)


def test_a_vague_quantifier_before_a_capitalised_class_in_a_list() -> None:
    members, _, classes = _read("We work with Halvard Shipping, the Red Crescent and several Nordic Council agencies.")
    assert "Nordic Council agencies" in classes
    assert not any(c.lower().startswith("several") for c in classes)
    assert "Halvard Shipping" in members


def test_various_inside_a_class_stays() -> None:
    _, _, classes = _read("- Halvard Shipping\n- Donors of various kinds and sizes")
    assert not any(c.startswith("kinds") for c in classes)


def test_a_responsible_for_note_names_nothing() -> None:
    members, _, classes = _read(
        "- Halvard Shipping, responsible for transport and warehouse logistics\n- Regional food banks"
    )
    assert "Halvard Shipping" in members
    assert not any("transport" in c or "logistics" in c for c in classes)
    assert "Regional food banks" in classes


def test_a_lowercase_word_without_its_preposition_is_no_note() -> None:
    members, _, _ = _read("- Halvard Shipping, Tarnvik Ferries and Nordaid Network\n- Regional food banks")
    assert {"Halvard Shipping", "Tarnvik Ferries", "Nordaid Network"} <= members


def test_an_adverb_and_a_preposition_open_a_note_after_a_class() -> None:
    _, _, classes = _read("- Halvard Shipping\n- Various food banks, usually through local churches")
    assert "food banks" in classes
    assert not any("churches" in c for c in classes)


def test_a_vague_quantifier_before_a_count_stays_with_the_count() -> None:
    _, _, classes = _read("We trade with several hundred food banks.")
    assert not any(c.lower().startswith("hundred") for c in classes)


def test_part_of_whose_opens_a_relative_about_the_items() -> None:
    members, _, classes = _read(
        "- Ministry of Fisheries and Ministry of Transport, part of whose fleet was chartered to TR in 1994\n"
        "- Regional food banks"
    )
    assert {"Ministry of Fisheries", "Ministry of Transport"} <= members
    assert not any("fleet" in name for name in members | classes)


def test_part_of_without_a_relative_is_read_as_before() -> None:
    members, _, classes = _read("- Ministry of Fisheries, part of the Tarnvik Group\n- Regional food banks")
    assert "Ministry of Fisheries" in members
    assert "Regional food banks" in classes


def test_and_the_parts_a_bullet_into_two_classes() -> None:
    _, _, classes = _read("- Halvard Shipping\n- Swedish municipalities and the regional health services")
    assert {"Swedish municipalities", "regional health services"} <= classes


def test_and_without_an_article_keeps_one_bulleted_class() -> None:
    _, _, classes = _read("- Halvard Shipping\n- Swedish municipalities and regional health services")
    assert "Swedish municipalities and regional health services" in classes
