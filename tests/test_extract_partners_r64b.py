"""Round 64b (partners precision, database-export records): a "Member of:" or "Memberships:"
line lists bodies the organization belongs to, each semicolon part; a "Named/Selected Partners"
label is no class; a record of contracts or products names no partner. Own phrasings."""

from __future__ import annotations

from .list_helpers import profile_ties

HEAD = "Corvid Analytics\n\nCorvid Analytics is a data company in Iceland.\n"


def _read(text: str) -> tuple[set[str], set[str], set[str]]:
    return profile_ties(HEAD, text)


# --- 1. membership records: every part is a body it belongs to -----------------------------


def test_every_part_of_a_member_of_record_is_member_of() -> None:
    members, member_of, _ = _read("Member of: Nordic Data Council (NDC); Arctic Cable Forum; Open Grid Union")
    assert {"Nordic Data Council", "Arctic Cable Forum", "Open Grid Union"} <= member_of
    assert not members


def test_a_memberships_record_is_member_of_not_members() -> None:
    members, member_of, _ = _read("Memberships (selected): Arctic Cable Forum; Open Grid Union")
    assert member_of == {"Arctic Cable Forum", "Open Grid Union"}
    assert not members


def test_near_miss_a_members_record_still_names_members() -> None:
    members, member_of, _ = _read("Members: Arctic Cable Forum; Open Grid Union")
    assert {"Arctic Cable Forum", "Open Grid Union"} <= members
    assert not member_of


def test_near_miss_a_singular_membership_record_is_left_as_before() -> None:
    # "Membership:" may be the organization's own membership body: no member_of is read from it
    _, member_of, _ = _read("Membership: Arctic Cable Forum; Open Grid Union")
    assert not member_of


def test_near_miss_a_clause_after_the_semicolon_is_no_body_it_belongs_to() -> None:
    _, member_of, _ = _read("Member of: Arctic Cable Forum; Open Grid Union joined it in 2004")
    assert "Arctic Cable Forum" in member_of
    assert not any("Open Grid" in name for name in member_of)


# --- 2. a label saying the partners are named is no class ------------------------------------


def test_named_partners_is_no_category() -> None:
    members, _, classes = _read("Named Partners (selected): Fjord Telecom (backbone); Skald Systems")
    assert {"Fjord Telecom", "Skald Systems"} <= members
    assert not any(label.lower().startswith("named") for label in classes)


def test_near_miss_a_described_class_of_partners_stays_a_category() -> None:
    _, _, classes = _read("Research partners: Fjord Telecom; Skald Systems")
    assert "Research partners" in classes


# --- 3. a record of contracts or products names no partner -----------------------------------


def test_a_contracts_record_names_no_partner() -> None:
    members, member_of, classes = _read(
        "Partner Types: municipal utilities\nKey Contracts: Northlight (for the Postal Service, awarded 2003)"
    )
    assert "Northlight" not in members | member_of
    assert "municipal utilities" in classes


def test_near_miss_a_technology_partner_record_keeps_its_partner() -> None:
    members, _, _ = _read("Technology Partner: Skald Systems (from 1999)")
    assert "Skald Systems" in members
