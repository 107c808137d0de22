"""Partner bullets whose names before a spaced dash form a list, read by the gloss's head noun
(extract/partners.py, _list_gloss_read): a singular firm noun makes the list one firm's name; a
plural class of countries with a word of membership makes each country a member. A one-word
name glossed after a dash names nothing in its gloss. Phrasings written for these tests, not
taken from the fidelity benchmark; near misses say what must not be read."""

from __future__ import annotations

from orgkg.extract import extract
from orgkg.model import Member, MemberOf, PartnerCategory
from orgkg.parse import parse_profile

NAME = "Baltic Shipping Council"


def _read(*lines: str) -> tuple[set[str], set[str], set[str]]:
    body = "\n".join(lines)
    text = f"{NAME}\n|\nThe {NAME} coordinates shipping.\nPartners\nThe Council works with these bodies:\n{body}\n"
    facts = [f for ff in extract(parse_profile(text, "bsc.txt")).fields if ff.name == "Partners" for f in ff.facts]
    members = {f.org.name for f in facts if isinstance(f, Member)}
    bodies = {f.org.name for f in facts if isinstance(f, MemberOf)}
    classes = {f.label.lower() for f in facts if isinstance(f, PartnerCategory)}
    return members, bodies, classes


def test_firm_named_after_its_partners_is_one_member() -> None:
    members, _, _ = _read(
        "- Holt, Marsh, Penrose and Dyer – the Scottish engineering partnership that built its docks."
    )
    assert members == {"Holt, Marsh, Penrose and Dyer"}


def test_plural_firm_noun_is_no_firm_name() -> None:
    # near miss: "the three firms" are three bodies; the list is not one firm's name
    members, _, _ = _read("- Holt, Marsh and Dyer – the three engineering firms that built its docks.")
    assert "Holt, Marsh and Dyer" not in members


def test_persons_firm_with_a_country_piece_is_no_firm() -> None:
    # near miss: a country among the pieces is no partner's surname
    members, _, _ = _read("- Holt, Marsh and Jordan – the shipping firm that ran its ferries.")
    assert "Holt, Marsh and Jordan" not in members


def test_member_countries_counted_are_each_a_member() -> None:
    members, _, _ = _read("- Estonia, Latvia, Lithuania and Poland – the four founding member countries.")
    assert members == {"Estonia", "Latvia", "Lithuania", "Poland"}


def test_territories_with_representation_are_members_and_keep_their_article() -> None:
    members, _, _ = _read("- Bermuda and The Bahamas – overseas territories with their own representation.")
    assert members == {"Bermuda", "The Bahamas"}


def test_count_that_is_not_the_number_of_pieces_reads_nothing() -> None:
    # near miss: five countries said, four named: the list is not read
    members, _, _ = _read("- Estonia, Latvia, Lithuania and Poland – the five founding member countries.")
    assert not members & {"Estonia", "Latvia", "Lithuania", "Poland"}


def test_countries_without_a_word_of_membership_are_no_members() -> None:
    # near miss: countries where it works are places, not members
    members, _, _ = _read("- Estonia, Latvia and Lithuania – countries where its ships call regularly.")
    assert not members & {"Estonia", "Latvia", "Lithuania"}
    assert "Latvia and Lithuania" not in members


def test_one_word_name_glossed_names_nothing_in_its_gloss() -> None:
    members, _, classes = _read("- Wärtsilä – engines built from 1990 with Tom Lindqvist and BSC trainees.")
    assert members == {"Wärtsilä"}
    assert "bsc trainees" not in classes


def test_one_word_class_before_a_dash_is_still_a_class() -> None:
    # near miss: a capitalised class word is no partner's name
    members, _, classes = _read("- Industry – commissions for port cranes.")
    assert "Industry" not in members
    assert "industry" in classes
