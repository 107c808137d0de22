"""Partner bullets explained after a spaced dash or a colon (extract/partners.py): the
organization itself named as the member of the bullet's body; a gloss about one named partner
or a class of partners that names nothing; a tie word before a takeover participle. Phrasings
written for these tests, not taken from the fidelity benchmark; near misses say what must not
be read."""

from __future__ import annotations

from orgkg.extract import extract
from orgkg.model import Member, MemberOf, PartnerCategory
from orgkg.parse import parse_profile

NAME = "Tallinn Harbour Authority Limited"


def _read(*lines: str) -> tuple[set[str], set[str], set[str]]:
    body = "\n".join(lines)
    text = (
        f"{NAME}\n|\nThe {NAME} runs the port of Tallinn.\nPartners\n"
        f"The Tallinn Harbour Authority works with several bodies:\n{body}\n"
    )
    facts = [f for ff in extract(parse_profile(text, "tha.txt")).fields if ff.name == "Partners" for f in ff.facts]
    members = {f.org.name for f in facts if isinstance(f, Member)}
    bodies = {f.org.name for f in facts if isinstance(f, MemberOf)}
    classes = {f.label.lower() for f in facts if isinstance(f, PartnerCategory)}
    return members, bodies, classes


def test_itself_one_of_its_members_after_a_dash() -> None:
    members, bodies, _ = _read(
        "- Baltic Ports Organization – the Tallinn Harbour Authority is one of its member ports "
        "and attends its meetings."
    )
    assert bodies == {"Baltic Ports Organization"}
    assert "Baltic Ports Organization" not in members


def test_itself_a_member_after_a_colon_keeps_the_acronym() -> None:
    members, bodies, _ = _read(
        "- European Sea Ports Council (ESPC): the Authority is a member and chairs its safety panel."
    )
    assert bodies == {"European Sea Ports Council"}
    assert not members


def test_name_without_its_legal_form_is_itself() -> None:
    # "Tallinn Harbour Authority" for "Tallinn Harbour Authority Limited"
    _, bodies, _ = _read("- Nordic Harbour Union – Tallinn Harbour Authority has been a member since May 2001")
    assert bodies == {"Nordic Harbour Union"}


def test_another_body_as_the_member_is_no_membership_of_its_own() -> None:
    # near miss: the gloss's subject is another body
    _, bodies, _ = _read("- Nordic Harbour Union – the Riga Port Board is one of its members")
    assert "Nordic Harbour Union" not in bodies


def test_member_of_something_else_in_the_gloss_is_no_membership() -> None:
    # near miss: "a member of its board" is no membership of the body named before the dash
    _, bodies, _ = _read("- Baltic Maritime Fund – the Authority is a member of its advisory board")
    assert not bodies


def test_gloss_about_one_named_partner_names_nothing() -> None:
    members, _, _ = _read(
        "- Estonian Pilotage Agency – the pilot service for ships calling at the port, "
        "whose boats are moored next to Port Kopli"
    )
    assert members == {"Estonian Pilotage Agency"}


def test_gloss_opened_by_a_list_cue_is_read() -> None:
    # near miss: "e.g." after the dash lists members of the class
    members, _, classes = _read("- Universities – e.g. Tartu University and Narva College")
    assert {"Tartu University", "Narva College"} <= members
    assert "universities" in classes


def test_class_before_the_dash_is_read_as_written() -> None:
    _, _, classes = _read(
        "- Shipping lines and freight forwarders – the main users of the quays, "
        "such as container carriers and tank operators"
    )
    assert classes == {"shipping lines and freight forwarders"}


def test_class_before_a_count_gloss() -> None:
    _, _, classes = _read("- Allied pilot associations – 12 in 1995 and 18 today, led by the Finnish association")
    assert "allied pilot associations" in classes


def test_tie_word_before_a_takeover_participle_is_no_takeover() -> None:
    members, _, _ = _read("- Harju Fuel Company – supply partner for the bunker fuel bought by the Authority")
    assert members == {"Harju Fuel Company"}


def test_takeover_note_still_drops_the_item() -> None:
    # near miss: no tie word before the participle: a deal of ownership, no partner
    members, _, _ = _read("- Harju Fuel Company – fully acquired in 2004", "- Estonian Pilotage Agency – pilot service")
    assert "Harju Fuel Company" not in members
