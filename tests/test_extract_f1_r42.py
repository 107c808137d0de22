"""Round 42 (F1): the school pupil's project report (h31) — partners and identity.

- partners: "A, B and the C Organization": a closing piece with its own article is a name of
  its own, never the end of one name shared by the pieces ("Foreign, Commonwealth and
  Development Office" stays one);
- partners: "has been a member of X", "belongs to X" (lexicon/membership-leads.csv) give X, and
  "since 2011" after a name is a note; ", together with / along with / alongside … like A and
  B" after the body names its fellow members, no partners;
- partners: "A in <country>" is A there; "airlines", "carriers" name classes of partners, so
  "like" after them opens a list;
- partners: "other government agencies like A" is the class "government agencies"; a clause
  with "give", "lend" is no category ("people give donations too").
"""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import Member, MemberOf, PartnerCategory
from orgkg.parse import parse_profile


def _facts(body: str) -> list[object]:
    text = (
        "Harbourview Trust\nHarbourview Trust is a charity in Leeds.\nPartners\n"
        f"{body}\nHeadquarters address\n1 Main Street, Leeds, United Kingdom\n"
    )
    facts = extract(parse_profile(text, "t.txt"))
    return [fact for f in facts.fields if f.name == "Partners" for fact in f.facts]


def _members(body: str) -> set[str]:
    return {f.org.name for f in _facts(body) if isinstance(f, Member)}


def _member_of(body: str) -> set[str]:
    """The bodies the organization itself is a member of (round 58: no longer its members)."""
    return {f.org.name for f in _facts(body) if isinstance(f, MemberOf)}


def _categories(body: str) -> set[str]:
    return {f.label for f in _facts(body) if isinstance(f, PartnerCategory)}


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "It also works with the Red Cross, Oxfam and the World Food Programme.",
            {"Red Cross", "Oxfam", "World Food Programme"},
        ),
        (
            "It works with the Arts Council, Nesta and the National Lottery Heritage Fund.",
            {"Arts Council", "Nesta", "National Lottery Heritage Fund"},
        ),
        (
            "We partner with the British Council, Unesco and the Crafts Council.",
            {"British Council", "Unesco", "Crafts Council"},
        ),
    ],
)
def test_a_closing_name_with_its_article_is_its_own(sentence: str, names: set[str]) -> None:
    assert names <= _members(sentence)
    assert not any(", " in name for name in _members(sentence))


def test_a_shared_head_enumeration_stays_one_name() -> None:
    members = _members("It works with the UK Foreign, Commonwealth and Development Office.")
    assert "UK Foreign" not in members and "Commonwealth" not in members


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("It has been a member of the Pacific Alliance since 2011.", "Pacific Alliance"),
        ("Our trust belongs to the Federation of City Farms.", "Federation of City Farms"),
        (
            "The museum has been an associate member of the Network of Maritime Museums since 1998.",
            "Network of Maritime Museums",
        ),
    ],
)
def test_membership_leads_give_the_body(sentence: str, body: str) -> None:
    # round 58: the organization is the subject, so the body is what it is a member of
    assert body in _member_of(sentence)
    assert body not in _members(sentence)


@pytest.mark.parametrize(
    ("sentence", "body", "fellows"),
    [
        (
            "It has been a member of the Pacific Alliance since 2011, along with ports like Callao and Valparaiso.",
            "Pacific Alliance",
            {"Callao", "Valparaiso"},
        ),
        (
            "The trust was a member of the Heritage Alliance, as were the Canal Society and the Tate.",
            "Heritage Alliance",
            {"Canal Society", "Tate"},
        ),
        (
            "It is a member of the Oceanic League, together with carriers like Fiji Airways and Air Niugini.",
            "Oceanic League",
            {"Fiji Airways", "Air Niugini"},
        ),
        (
            "The museum is an associate member of the Maritime Network, alongside the Tate and the Design Museum.",
            "Maritime Network",
            {"Tate", "Design Museum"},
        ),
    ],
)
def test_fellow_members_are_no_partners(sentence: str, body: str, fellows: set[str]) -> None:
    assert body in _member_of(sentence)  # round 58: a body it belongs to, not its member
    assert not (_members(sentence) | _member_of(sentence)) & fellows


def test_a_post_holder_belonging_to_a_body_names_no_member() -> None:
    assert not _members("Its director belongs to the Royal Society.")


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "It owns part of other airlines, like Nile Airlines in Egypt and Sahel Airways.",
            {"Nile Airlines", "Sahel Airways"},
        ),
        (
            "It code-shares with carriers like Kenya Airways in Kenya and Qatar Airways.",
            {"Kenya Airways", "Qatar Airways"},
        ),
        (
            "It holds shares in regional carriers such as Benin Air Services in Benin and Nova Airlines.",
            {"Benin Air Services", "Nova Airlines"},
        ),
    ],
)
def test_a_country_after_in_is_where_the_partner_is(sentence: str, names: set[str]) -> None:
    members = _members(sentence)
    assert names <= members
    assert not any(" in " in name for name in members)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("It works with other government agencies like the Land Registry.", "government agencies"),
        ("The trust partners with other charities such as Shelter.", "charities"),
        ("It works with the other regional museums, for example the Leeds City Museum.", "regional museums"),
    ],
)
def test_other_before_a_class_goes(sentence: str, label: str) -> None:
    categories = _categories(sentence)
    assert label in categories
    assert not any(c.lower().startswith("other ") for c in categories)


@pytest.mark.parametrize(
    "sentence",
    [
        "The city pays for the building, and people give donations too.",
        "Local firms lend it vans, and visitors gave money last year.",
        "Families give time and neighbours lend tools.",
    ],
)
def test_a_giving_clause_is_no_category(sentence: str) -> None:
    categories = {c.lower() for c in _categories(sentence)}
    assert not any(w in c.split() for c in categories for w in ("give", "gave", "lend", "lent"))


def _identity_names(title: str, intro: str) -> set[str]:
    from orgkg.extract.identity import read_identity
    from orgkg.model import Profile

    identity = read_identity(Profile("t.txt", "t", "", title, 1, intro, 2, ()))
    return {*([identity.acronym] if identity.acronym else []), *identity.alternate_names}


@pytest.mark.parametrize(
    ("intro", "names"),
    [
        ("My project is about the Harbourview Trust, or HVT. It runs a city farm.", {"HVT"}),
        (
            "This report is on the Harbourview Trust (Fondation du Port, or HVT). It runs a farm.",
            {"HVT", "Fondation du Port"},
        ),
        ("My poster is about the Harbourview Trust (HVT), which runs a farm in Leeds.", {"HVT"}),
        ("My project is about HVT. Its full name is the Harbourview Trust, and it runs a farm.", {"HVT"}),
        ("My essay is about HVT. The full name is Harbourview Trust.", {"HVT"}),
    ],
)
def test_a_topic_lead_names_the_subject(intro: str, names: set[str]) -> None:
    assert _identity_names("Harbourview Trust", intro) == names


@pytest.mark.parametrize(
    "intro",
    [
        "My project is about the Harbourview Trust (it is in Leeds). It runs a farm.",
        "My project is about the Harbourview Trust. I chose it because most people just say it is great.",
        "My project is about RSPB. Its full name is the Royal Society for the Protection of Birds.",
        "My project is about the harbour (HB), where the trust works.",
    ],
)
def test_a_topic_lead_gives_no_stray_name(intro: str) -> None:
    assert not _identity_names("Harbourview Trust", intro)


@pytest.mark.parametrize(
    ("intro", "names"),
    [
        (
            "My project is about the Harbourview Trust. "
            "In French it is called Fondation du Port, and everyone calls it Harbie.",
            {"Fondation du Port", "Harbie"},
        ),
        (
            "My project is about the Harbourview Trust. "
            "In Welsh it is called Ymddiriedolaeth Harbwr, and most people just say Harbie for short.",
            {"Ymddiriedolaeth Harbwr", "Harbie"},
        ),
        ("My project is about the Harbourview Trust. In Spanish it is named Fundación Puerto.", {"Fundación Puerto"}),
    ],
)
def test_a_language_label_and_a_nickname_give_names(intro: str, names: set[str]) -> None:
    assert _identity_names("Harbourview Trust", intro) == names


@pytest.mark.parametrize(
    "intro",
    [
        "My project is about the Harbourview Trust. The farm is called Greenfields, and it has goats.",
        "My project is about the Harbourview Trust. It is called a charity, and most people just say it is kind.",
    ],
)
def test_a_bare_called_without_language_names_nothing(intro: str) -> None:
    assert not _identity_names("Harbourview Trust", intro)


def _field_facts(field: str, body: str) -> list[object]:
    text = (
        f"Harbourview University\nHarbourview University is a university in Leeds.\n{field}\n{body}\n"
        "Headquarters address\n1 Main Street, Leeds, United Kingdom\n"
    )
    facts = extract(parse_profile(text, "t.txt"))
    return [fact for f in facts.fields if f.name == field for fact in f.facts]


def _unit_names(body: str) -> set[str]:
    from orgkg.model import Unit

    return {f.name for f in _field_facts("Divisions", body) if isinstance(f, Unit)}


def _program_names(body: str) -> set[str]:
    from orgkg.model import Program

    return {f.name for f in _field_facts("List of programs", body) if isinstance(f, Program)}


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        (
            "There is also the Harbour Institute for Ocean Research, which runs a ship!",
            "Harbour Institute for Ocean Research",
        ),
        ("There is also the Harbourview Sports Centre.", "Harbourview Sports Centre"),
        ("There is also the Leeds Marine Laboratory, where the seals are studied.", "Leeds Marine Laboratory"),
    ],
)
def test_there_is_also_adds_a_unit_under_bullets(line: str, unit: str) -> None:
    assert _unit_names(f"- Faculty of Law\n- Faculty of Arts\n{line}") == {"Faculty of Law", "Faculty of Arts", unit}


@pytest.mark.parametrize(
    "line",
    [
        "There is also the Hope Diamond, which is in a museum!",
        "There is also the problem of money.",
        "There was also the Institute of Mining, where my gran studied.",
        "There is also the Kamiokande detector and the Harbour Observatory.",
    ],
)
def test_there_is_also_a_thing_adds_no_unit(line: str) -> None:
    assert _unit_names(f"- Faculty of Law\n- Faculty of Arts\n{line}") == {"Faculty of Law", "Faculty of Arts"}


@pytest.mark.parametrize(
    ("line", "program"),
    [
        ("- Safe Routes (SR) scheme (for children walking to school)", "Safe Routes scheme"),
        ("- Cheap Homes Now (CHN) flats", "Cheap Homes Now flats"),
        ("- Missing Bikes (MBR) register", "Missing Bikes register"),
    ],
)
def test_an_acronym_inside_a_program_name_goes_after_it(line: str, program: str) -> None:
    assert program in _program_names(f"{line}\n- Harbour Watch\n- Coast Care Grant")


@pytest.mark.parametrize(
    ("line", "program"),
    [
        ("- Yellow Cards (for late library books) and the other colour cards", "Yellow Cards"),
        ("- Night Buses (for late workers) and other transport help", "Night Buses"),
        ("- Green Grants (small sums) or the other garden money", "Green Grants"),
    ],
)
def test_lowercase_words_after_a_bracket_are_a_note(line: str, program: str) -> None:
    programs = _program_names(f"{line}\n- Harbour Watch\n- Coast Care Grant")
    assert program in programs
    assert not any(" other " in p or "(" in p for p in programs)
