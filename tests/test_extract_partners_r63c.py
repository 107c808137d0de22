"""Round 63c (partners): a class "in <place> and <place>" keeps all its places; a world region is
never a member. Own phrasings."""

from __future__ import annotations

from .list_helpers import profile_partners


def test_places_after_a_class_in_a_place_belong_to_the_class() -> None:
    members, classes = profile_partners("Other film archives in Portugal and South America. No named partners.")
    assert classes == {"film archives in portugal and south america"}
    assert members == set()


def test_a_named_partner_after_a_class_in_a_place_stays_a_member() -> None:
    members, _ = profile_partners("Film archives in Portugal and the Lisbon Cinematheque.")
    assert "Lisbon Cinematheque" in members


def test_a_world_region_is_no_member() -> None:
    members, _ = profile_partners("The Lisbon Cinematheque and Europe.")
    assert "Europe" not in members
    assert "Lisbon Cinematheque" in members
