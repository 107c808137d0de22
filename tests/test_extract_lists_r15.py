"""Round 15 list classes (names.py, units.py, partners.py, people.py): a program name of its
own before "and" with a capitalised name after it is two programs; an "and" the shape
cannot decide gives no program at all; an "and" inside one name keeps it whole."""

from __future__ import annotations

import pytest

from orgkg.extract.names import NameKind, and_pieces_decided, person_name
from orgkg.extract.partners import read_partners
from orgkg.extract.people import read_leader, read_structure
from orgkg.extract.text import clean
from orgkg.extract.units import read_divisions, read_programs
from orgkg.model import Field, Identity, Item, Member, OrgKind, PartnerCategory, Post, Program, Unit

IDENTITY = Identity("Example Institute", OrgKind.ORGANIZATION)


def field(name: str, *lines: str) -> Field:
    return Field(name, 10, tuple(Item(11 + n, line) for n, line in enumerate(lines)))


def programs(*lines: str) -> set[str]:
    return {f.name for f in read_programs(field("List of programs", *lines), IDENTITY)[0] if isinstance(f, Program)}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("SeedBank and Clean Harvest.", {"SeedBank", "Clean Harvest"}),
        ("Main efforts: the Coastal Water Mission and AQUASENSE.", {"Coastal Water Mission", "AQUASENSE"}),
        ("Rural Schools Initiative and Girls in Science.", {"Rural Schools Initiative", "Girls in Science"}),
    ],
)
def test_a_program_of_its_own_and_a_capitalised_name_are_two(line: str, expected: set[str]) -> None:
    assert programs(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Science and Technology Programme.",
        "Higher Learning and Research in Oceania.",
        "Malaria Control for Asia and West Africa.",
        "Household Income and Expenditure Survey.",
    ],
)
def test_an_and_inside_one_name_keeps_it_whole(line: str) -> None:
    assert programs(line) == {line.rstrip(".")}


@pytest.mark.parametrize(
    "name",
    ["Coastal Water Mission and related outreach", "SeedBank and partner-led trials"],
)
def test_an_undecided_and_gives_no_program(name: str) -> None:
    assert and_pieces_decided(name, NameKind.PROGRAM) is None
    assert not programs(f"{name}.") & {name, name.split(" and ")[0]}


def test_a_name_without_and_is_itself() -> None:
    assert and_pieces_decided("Clean Harvest", NameKind.PROGRAM) == ["Clean Harvest"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("M.Sc.; Ph.D.", {"M.Sc.", "Ph.D."}),
        ("Diploma in Nursing; Dual M.Phil.", {"Diploma in Nursing", "Dual M.Phil."}),
        ("B.Tech.; Master of Design.", {"B.Tech.", "Master of Design"}),
    ],
)
def test_a_dotted_abbreviation_keeps_its_final_stop(line: str, expected: set[str]) -> None:
    assert programs(line) == expected


def test_an_ordinary_final_stop_still_goes() -> None:
    assert clean("Master of Design.") == "Master of Design"
    assert clean("the Coastal Mission.") == "the Coastal Mission"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Bachelor of Arts (Honours); Master of Public Health",
            {"Bachelor of Arts (Honours)", "Master of Public Health"},
        ),
        ("Master of Business Administration (Executive); Doctor of Philosophy", None),
        ("Bachelor of Engineering (Research); Diploma in Design", None),
    ],
)
def test_a_qualifier_in_brackets_belongs_to_the_program(line: str, expected: set[str] | None) -> None:
    assert programs(line) == (expected or {piece.strip() for piece in line.split(";")})


@pytest.mark.parametrize("line", ["Vidéotex (Minitel); Cable Plan", "Clean Rivers Project (Kenya); Seed Fund"])
def test_another_bracket_stays_out_of_the_program_name(line: str) -> None:
    found = programs(line)
    assert not any("(" in name for name in found)


def partners(line: str) -> tuple[set[str], set[str]]:
    facts, _ = read_partners(field("Partners", line), IDENTITY)
    members = {f.org.name for f in facts if isinstance(f, Member)}
    return members, {f.label for f in facts if isinstance(f, PartnerCategory)}


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("Thirty-odd member states, namely Chad, Mali and Niger.", "member states"),
        ("Some twenty partner universities, including the University of Ghana.", "partner universities"),
        ("Twelve founding members, such as the Example Trust.", "founding members"),
    ],
)
def test_a_count_in_words_is_no_part_of_a_category(line: str, category: str) -> None:
    categories = partners(line)[1]
    assert category in categories
    assert not any(label.split()[0].lower() in {"thirty-odd", "twenty", "twelve"} for label in categories)


@pytest.mark.parametrize(
    "line",
    [
        "Chiefly ministries; besides donor agencies and national research institutes.",
        "Chiefly ministries; also private foundations and regional development banks.",
        "Chiefly ministries; and donor governments and international research institutes.",
    ],
)
def test_a_fragment_or_an_undecided_and_of_two_classes_gives_no_class(line: str) -> None:
    categories = partners(line)[1]
    assert not any(" and " in label or label.lower().startswith(("besides", "also")) for label in categories)


def test_two_classes_sharing_a_noun_are_still_two() -> None:
    assert {"donor agencies", "research agencies"} <= partners("Ministries; donor agencies and research agencies.")[1]


def test_a_long_sentence_case_class_before_its_list_stays_whole() -> None:
    line = "Regional plant protection and quarantine services of member countries, namely the Kenya Plant Health"
    line += " Inspectorate."
    members, categories = partners(line)
    assert categories == {"Regional plant protection and quarantine services of member countries"}
    assert members == {"Kenya Plant Health Inspectorate"}


@pytest.mark.parametrize(
    ("line", "category"),
    [
        (
            "Industry, universities, Federal and Provincial Health Ministries, and charities.",
            "Federal and Provincial Health Ministries",
        ),
        ("Research councils, State Research Institutes and philanthropic foundations.", "State Research Institutes"),
        ("Local Government Agencies, hospitals and schools.", "Local Government Agencies"),
    ],
)
def test_a_capitalised_plural_class_among_classes_is_a_class(line: str, category: str) -> None:
    members, categories = partners(line)
    assert category in categories
    assert category not in members


def test_a_named_partner_among_classes_stays_a_member() -> None:
    members, _ = partners("Universities, hospitals and the Example Research Foundation.")
    assert "Example Research Foundation" in members


def structure_posts(text: str) -> set[str]:
    return {f.role for f in read_structure(field("Organization structure", text), IDENTITY)[0] if isinstance(f, Post)}


@pytest.mark.parametrize(
    "text",
    [
        "The Trust is governed by a Board of Trustees chaired by the Secretary General.",
        "The Institute reports to an Executive Council headed by the President.",
        "Day-to-day work is overseen with a Management Committee led by the Managing Director.",
    ],
)
def test_the_chair_of_a_body_named_just_before_is_no_post_stated_here(text: str) -> None:
    assert structure_posts(text) == set()


def test_a_post_heading_the_organization_is_still_read() -> None:
    assert structure_posts("The Institute is headed by a Director.") == {"director"}


def leaders(*lines: str) -> set[str]:
    facts = read_leader(field("Leader", *lines), IDENTITY)[0]
    return {f"{f.label} | {', '.join(h.name for h in f.named_holders)}" for f in facts if isinstance(f, Post)}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("CHAIRPERSON: Smt. Meera Iyer, Hon'ble Minister of Culture", "CHAIRPERSON | Meera Iyer"),
        ("PRESIDENT: Alhaji Musa Bello, Honourable Commissioner for Works, Kano State", "PRESIDENT | Musa Bello"),
        ("MANAGING DIRECTOR: Engr. Chidi Okeke, who also chairs the Tariff Committee, w.e.f. May 2021", None),
        ("DIRECTOR: Shri Anil Rao, IAS (2001–2004), a career civil servant", "DIRECTOR | Anil Rao"),
    ],
)
def test_a_holder_before_an_appositive_is_read(line: str, expected: str | None) -> None:
    assert leaders(line) == {expected or "MANAGING DIRECTOR | Chidi Okeke"}


def test_two_holders_after_a_comma_are_not_an_appositive() -> None:
    assert leaders("CO-CHAIRS: Ada Obi, Ben Eze") != {"CO-CHAIRS | Ada Obi"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dr. (Mrs.) Ngozi Okafor", "Ngozi Okafor"),
        ("Dr. (Smt.) R. Lakshmi", "R. Lakshmi"),
        ("Prof. (Dr.) Anil Kumar", "Anil Kumar"),
    ],
)
def test_a_title_in_brackets_after_a_title_is_a_title(text: str, name: str) -> None:
    found = person_name(text)
    assert found is not None and found.name == name


def test_a_bracket_that_is_no_title_still_refuses_a_name() -> None:
    assert person_name("Dr. (Acme) Ngozi Okafor") is None


@pytest.mark.parametrize("line", ["VISITOR: The President of Ghana", "VISITOR: Hon'ble Governor of Lagos State"])
def test_a_visitor_held_by_an_office_is_a_post_without_holder(line: str) -> None:
    assert leaders(line) == {"VISITOR | "}


@pytest.mark.parametrize(
    "line",
    [
        "About thirty member states, including, namely, Chad, Mali and Niger.",
        "The member countries, that is to say, including, viz. Chad, Mali and Niger.",
        "Member nations, among them, namely, Chad, Mali and Niger.",
    ],
)
def test_a_second_cue_without_a_head_keeps_the_class_of_states(line: str) -> None:
    assert {"Chad", "Mali", "Niger"} <= partners(line)[0]


def divisions(text: str) -> set[str]:
    return {f.name for f in read_divisions(field("Divisions", text), IDENTITY)[0] if isinstance(f, Unit)}


@pytest.mark.parametrize("lead", ["together with", "along with", "as well as", "in addition to"])
def test_the_words_adding_a_last_item_are_no_part_of_it(lead: str) -> None:
    text = (
        f"Three Faculties, namely: Faculty of Law, Faculty of Arts and Faculty of Science; {lead} the Graduate School."
    )
    found = divisions(text)
    assert "Graduate School" in found
    assert not any(name.lower().startswith(lead.split()[0]) for name in found)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("CHAIRMAN, GOVERNING COUNCIL: Prof. Ada Obi", "CHAIRMAN, GOVERNING COUNCIL | Ada Obi"),
        ("Chairperson, Board of Trustees: Mrs. Ngozi Eze", "Chairperson, Board of Trustees | Ngozi Eze"),
        ("SECRETARY, RESEARCH COMMITTEE: Dr. Bola Ade", "SECRETARY, RESEARCH COMMITTEE | Bola Ade"),
    ],
)
def test_a_post_then_the_body_it_heads_is_one_post(line: str, expected: str) -> None:
    assert leaders(line) == {expected}


def test_a_post_then_a_clause_after_a_comma_is_no_post_name() -> None:
    assert not any(label.startswith("Director, currently") for label in leaders("Director, currently vacant: Ada Obi"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Coastal Cargo — a wholly-owned subsidiary formed in 2001 for short routes.", "Coastal Cargo"),
        ("Orion Analytics – an in-house consultancy serving ministries.", "Orion Analytics"),
        ("Northern Grid — the arm that runs rural lines.", "Northern Grid"),
    ],
)
def test_one_line_a_name_and_a_dash_note_is_one_unit(text: str, name: str) -> None:
    assert divisions(text) == {name}


def test_one_line_of_prose_with_a_dash_is_no_unit() -> None:
    assert divisions("Work is organised by region — a flexible arrangement.") == set()


@pytest.mark.parametrize(
    "line",
    [
        "Kwame Nkrumah University Teaching Hospital, Kumasi (training of doctors and nurses).",
        "Lagos State University College of Medicine, Ikeja (joint research).",
        "Northern Regional Research Institute, Zaria.",
    ],
)
def test_one_word_after_a_whole_name_is_no_second_partner(line: str) -> None:
    members = partners(line)[0]
    assert len(members) == 1
    assert line.split(",")[0] in members


def test_an_acronym_after_a_whole_name_is_still_a_partner() -> None:
    assert partners("Nigerian Institute of Medical Research, NAFDAC.")[0] == {
        "Nigerian Institute of Medical Research",
        "NAFDAC",
    }
