"""Partner bullets written as whole sentences (extract/partners.py): "The", perhaps a class of
organizations, two or three names, a past verb and a predicate naming the organization itself
(_named_subjects_read); a firm "X, Y and Co." keeps its commas. Memberships of the organization
itself with a relative clause before "and of", or a date of joining after the body
(_member_of_bodies). Phrasings written for these tests, not taken from the fidelity benchmark;
near misses say what must not be read."""

from __future__ import annotations

from orgkg.extract import extract
from orgkg.model import Member, MemberOf
from orgkg.parse import parse_profile

NAME = "Severn Canal Company"


def _read(*lines: str) -> tuple[set[str], set[str]]:
    body = "\n".join(lines)
    text = f"{NAME}\n|\nThe {NAME} ran a canal.\nPartners\nThe company relied on these bodies:\n{body}\n"
    facts = [f for ff in extract(parse_profile(text, "scc.txt")).fields if ff.name == "Partners" for f in ff.facts]
    members = {f.org.name for f in facts if isinstance(f, Member)}
    bodies = {f.org.name for f in facts if isinstance(f, MemberOf)}
    return members, bodies


def test_class_then_names_acting_for_the_company() -> None:
    members, _ = _read("- The Bristol banking houses Hoare Brothers and Pym, Lacey and Co. financed the company.")
    assert members == {"Hoare Brothers", "Pym, Lacey and Co."}


def test_article_then_names_working_for_the_company() -> None:
    members, _ = _read(
        "- The Midland Ironworks and Darby also supplied rails to the company, the former for the locks."
    )
    assert members == {"Midland Ironworks", "Darby"}


def test_class_of_people_before_the_names_reads_nothing() -> None:
    # near miss: "The engineers A and B" may be people
    members, _ = _read("- The engineers Thomas Pryce and Walter Gale surveyed the company's route.")
    assert not members


def test_names_without_an_article_read_nothing() -> None:
    # near miss: with no "The", the names may be people's
    members, _ = _read("- Thomas Pryce and Walter Gale surveyed the company's route.")
    assert not members


def test_predicate_about_someone_else_reads_nothing() -> None:
    # near miss: the sentence is not about the organization itself
    members, _ = _read("- The Midland Ironworks and Darby also supplied rails to the city.")
    assert not members & {"Midland Ironworks", "Darby"}


def test_member_of_with_a_relative_clause_before_and_of() -> None:
    _, bodies = _read(
        "- The company is a member of the Inland Waterways Union, of which it was a founder in 1890, "
        "and of the Canal Carriers Guild."
    )
    assert bodies == {"Inland Waterways Union", "Canal Carriers Guild"}


def test_member_of_with_a_date_of_joining() -> None:
    _, bodies = _read("- The company became a member of the Canal Carriers Guild in March 1902.")
    assert bodies == {"Canal Carriers Guild"}


def test_another_body_joining_is_no_membership_of_its_own() -> None:
    # near miss: another subject's membership
    _, bodies = _read("- Darby became a member of the Canal Carriers Guild in March 1902.")
    assert not bodies
