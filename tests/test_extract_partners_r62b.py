"""Round 62b (F1): a romanised name in a bullet (no class), two classes joined by "and" when
the first is modified by a class noun, a quantified place after a class ("on every continent"),
"Bros." closing a firm's name, a count after a member-states label, and a run of lowercase
classes in a bullet."""

from __future__ import annotations

from .list_helpers import profile_ties

HEAD = "Halvard Shipping\n\nHalvard Shipping (HS) is a coastal freight company in Norway.\n"


def _read(text: str) -> tuple[set[str], set[str], set[str]]:
    return profile_ties(HEAD, text)


def test_a_romanised_name_glossed_by_a_bracket_is_a_member() -> None:
    members, _, classes = _read(
        "Port customers, among them:\n"
        "- Sharikat al-Naql al-Bahri (Maritime Transport Company, MTC), Oman;\n"
        "- Fjordline Cargo AS, Norway."
    )
    assert "Sharikat al-Naql al-Bahri" in members
    assert not any("al-Naql" in c for c in classes)


def test_a_romanised_name_without_gloss_is_no_class_and_no_member() -> None:
    members, _, classes = _read("- Sharikat al-Naql al-Bahri, Oman\n- Fjordline Cargo AS, Norway")
    assert not any("al-Naql" in name for name in members | classes)


def test_a_hyphenated_prefix_outside_the_table_stays_a_class() -> None:
    _, _, classes = _read("We work with pan-African bodies and ports.")
    assert any("pan-African" in c for c in classes)


def test_a_class_noun_modifier_makes_two_classes() -> None:
    _, _, classes = _read("We have agreements with hospital networks and regional academies.")
    assert {"hospital networks", "regional academies"} <= classes


def test_an_adjective_modifier_keeps_one_class() -> None:
    _, _, classes = _read("We have agreements with major ports and research institutions.")
    assert "port associations" not in classes
    assert "research institutions" not in classes


def test_a_quantified_place_is_no_part_of_the_class() -> None:
    _, _, classes = _read("We sail with museums, ports and sailors' societies on every continent.")
    assert "sailors' societies" in classes
    assert not any("continent" in c for c in classes)


def test_a_quantified_place_after_a_name_stays() -> None:
    members, _, classes = _read("We sail with Fjordline Cargo AS and with pilots in every region.")
    assert not any("region" in c and c != "pilots in every region" for c in classes)
    assert "Fjordline Cargo AS" in members


def test_bros_keeps_its_full_stop() -> None:
    members, _, _ = _read("We work with partners such as Nordvik Bros., Skagen Terminal AS and Polar Routes AS.")
    assert "Nordvik Bros." in members
    assert "Nordvik Bros" not in members


def test_a_count_after_a_member_states_label_is_a_remark() -> None:
    members, _, classes = _read("Estados Miembros (Member States), 4 as of 2024: Chile, Perú, Uruguay and Brasil.")
    assert {"Chile", "Uruguay"} <= members
    assert "Estados Miembros" in classes


def test_a_count_without_a_states_label_reads_no_members() -> None:
    members, _, _ = _read("Port calls, 4 as of 2024: Chile, Uruguay and Brasil.")
    assert "Chile" not in members


def test_a_bullet_of_lowercase_classes_names_each() -> None:
    _, _, classes = _read(
        "- Member kinds: member ports and terminals, associate members, observers\n- Fjordline Cargo AS"
    )
    assert {"associate members", "observers"} <= classes


def test_a_name_with_its_notes_keeps_only_the_name() -> None:
    members, _, classes = _read("- Joint Shipping Institute, Bergen, observer\n- Fjordline Cargo AS")
    assert "Joint Shipping Institute" in members
    assert "observer" not in classes
