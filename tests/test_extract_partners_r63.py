"""Round 63 (F1, partners): a label whose value is withheld ("Named partners: n/d") gives no
value; an attribution clause (", the company says", "According to …,") is no part of a list;
a party to an agreement ("Signatory of the X Accord") names no partner; another body's
membership ("Chile is a member of A") makes A no partner of this organization. Own phrasings."""

from __future__ import annotations

from .list_helpers import profile_ties

HEAD = "Tarnvik Relief\n\nTarnvik Relief (TR) is a humanitarian charity in Sweden.\n"


def _read(text: str) -> tuple[set[str], set[str], set[str]]:
    return profile_ties(HEAD, text)


# --- a withheld value after a label -----------------------------------------------------


def test_a_withheld_label_value_gives_no_category() -> None:
    members, _, classes = _read("Kinds: shelter charities; food banks. Named allies: n/d in this file.")
    assert "Named allies" not in classes
    assert {"shelter charities", "food banks"} <= classes
    assert not members


def test_a_label_whose_value_is_declined_gives_nothing() -> None:
    members, _, classes = _read("Kinds: shelter charities. Named co-funding partners: declined to name them.")
    assert not any("Named" in c for c in classes)
    assert not members


def test_a_label_with_a_stated_list_still_reads_it() -> None:
    members, _, _ = _read("Named partners: Halvard Shipping; Nordaid Network.")
    assert {"Halvard Shipping", "Nordaid Network"} <= members


def test_a_colon_inside_a_note_withholds_nothing() -> None:
    members, _, _ = _read("- Halvard Shipping (carrier; contract year: unknown)\n- Nordaid Network")
    assert "Halvard Shipping" in members


# --- an attribution clause ---------------------------------------------------------------


def test_a_trailing_attribution_is_no_category() -> None:
    _, _, classes = _read("It works with regional shelter charities, the charity says.")
    assert "regional shelter charities" in classes
    assert not any("says" in c for c in classes)


def test_a_trailing_according_to_is_no_part_of_the_last_item() -> None:
    members, _, _ = _read("It works with Halvard Shipping and the Nordaid Network, according to its 2020 report.")
    assert "Nordaid Network" in members
    assert not any("according" in m or "report" in m for m in members)


def test_a_leading_attribution_before_the_clause() -> None:
    members, _, classes = _read("The charity says it works with Halvard Shipping, Oxfam and the Nordaid Network.")
    assert {"Halvard Shipping", "Oxfam", "Nordaid Network"} <= members
    assert not any("says" in c for c in classes | members)


def test_states_after_member_is_no_attribution_verb() -> None:
    members, _, classes = _read("Member states include Norway and Iceland.")
    assert {"Norway", "Iceland"} <= members
    assert "Member states" in classes


# --- a party to an agreement -------------------------------------------------------------


def test_a_signatory_of_an_agreement_names_no_partner() -> None:
    members, member_of, _ = _read("Member of: Nordaid Network. Signatory of the Baltic Relief Accord.")
    assert "Nordaid Network" in member_of
    assert not any("Accord" in m for m in members | member_of)


def test_a_party_to_a_convention_names_no_partner() -> None:
    members, member_of, _ = _read("It is also a party to the Tarn Water Convention.")
    assert not members and not member_of


def test_a_body_named_after_a_word_of_the_table_is_still_read() -> None:
    members, _, _ = _read("Halvard Shipping. Friends of the Fjord.")
    assert "Friends of the Fjord" in members


# --- another body's membership -----------------------------------------------------------


def test_another_bodys_membership_names_no_partner() -> None:
    members, member_of, _ = _read("Norway is a member of the Nordaid Network.")
    assert "Nordaid Network" not in members
    assert "Nordaid Network" not in member_of


def test_its_own_membership_still_reads_member_of() -> None:
    members, member_of, _ = _read("Tarnvik Relief is a member of the Nordaid Network.")
    assert "Nordaid Network" in member_of
    assert "Nordaid Network" not in members
