"""Round 36, F2 (partners, units): the wire-service news brief. The organization as the
subject of its own partner sentence, a plural class right before the names it opens, a
relative clause about one list item, countries listed under a class of members, joining
sentences, a role appositive in a list, and one unit added by "also" beside the bullets.
Own phrasings; each class with negatives."""

from __future__ import annotations

import pytest

from orgkg.model import Identity, OrgKind

from .list_helpers import ListReaders

IDENTITY = Identity("Nordic Peat Institute", OrgKind.ORGANIZATION, acronym="NPI")
PARTNERS = ListReaders(IDENTITY, heading="Partners")
DIVISIONS = ListReaders(IDENTITY, heading="Divisions")


# --- class 1: the organization itself opens the sentence; its list is read -----------------


@pytest.mark.parametrize(
    ("line", "members", "categories"),
    [
        (
            "NPI works with the county soil boards, universities and Metsähallitus.",
            {"Metsähallitus"},
            {"county soil boards", "universities"},
        ),
        (
            "The Nordic Peat Institute collaborates with the national forest agencies and Luke.",
            {"Luke"},
            {"national forest agencies"},
        ),
    ],
)
def test_itself_as_subject_reads_its_list(line: str, members: set[str], categories: set[str]) -> None:
    assert PARTNERS.member_names(line) == members
    assert PARTNERS.categories(line) == categories


@pytest.mark.parametrize(
    ("line", "members"),
    [
        # another body as the subject, tied to the organization itself: that body is the partner
        ("The Mire Society has long collaborated with the institute.", {"Mire Society"}),
        ("The Turku Bog Museum, founded in 1961, was closely tied to the institute.", {"Turku Bog Museum"}),
    ],
)
def test_other_body_tied_to_itself_stays_a_partner(line: str, members: set[str]) -> None:
    assert PARTNERS.member_names(line) == members


def test_itself_is_never_its_own_partner() -> None:
    assert "NPI" not in PARTNERS.member_names("NPI is affiliated with the institute.")
    assert "NPI" not in PARTNERS.member_names("NPI works with the peat networks Bog Link and Mossnet.")


# --- class 2: a plural class right before the names it opens ------------------------------


@pytest.mark.parametrize(
    ("line", "members", "category"),
    [
        (
            "Partners are the regional networks Mossnet, Bog Link and PeatWatch.",
            {"Mossnet", "Bog Link", "PeatWatch"},
            None,
        ),
        (
            "It works with the state foundations Ahlström Fund and Kone Foundation.",
            {"Ahlström Fund", "Kone Foundation"},
            "state foundations",
        ),
    ],
)
def test_plural_class_then_names(line: str, members: set[str], category: str | None) -> None:
    assert members <= PARTNERS.member_names(line)
    if category:
        assert category in PARTNERS.categories(line)


@pytest.mark.parametrize(
    ("line", "bodies", "category"),
    [
        (
            "NPI is affiliated with the regional networks Baltic Bog Watch and Peatland Europe.",
            {"Baltic Bog Watch", "Peatland Europe"},
            "regional networks",
        ),
        (
            "It is a member of the global networks Wetlands First and the Bog Alliance.",
            {"Wetlands First", "Bog Alliance"},
            "global networks",
        ),
    ],
)
def test_itself_a_member_of_a_class_then_names(line: str, bodies: set[str], category: str) -> None:
    # the organization belongs to these bodies (round 58: MemberOf); they are no members of it
    assert PARTNERS.member_of_names(line) == bodies
    assert not PARTNERS.member_names(line) & bodies
    assert category in PARTNERS.categories(line)


@pytest.mark.parametrize(
    "line",
    [
        "It works with universities in Finland.",  # a place after the class, no names
        "It works with the regional network Mossnet Helsinki.",  # singular head: one body's name
    ],
)
def test_no_apposed_class_without_plural_head_and_names(line: str) -> None:
    assert "regional network" not in PARTNERS.categories(line)
    assert "Finland" not in PARTNERS.member_names(line)


# --- class 3: a relative clause about one list item ---------------------------------------


@pytest.mark.parametrize(
    ("line", "members"),
    [
        (
            "It works with Bog Link, which it helped set up in 2004, Mossnet and the Mire Society.",
            {"Bog Link", "Mossnet", "Mire Society"},
        ),
        (
            "Its first funders were the Kone Foundation, Metsä Group and Stora Enso, which held a seat until 1998.",
            {"Kone Foundation", "Metsä Group", "Stora Enso"},
        ),
        (
            "Partners include Mossnet, whose staff share our offices, and the Mire Society.",
            {"Mossnet", "Mire Society"},
        ),
    ],
)
def test_relative_clause_about_an_item_is_dropped(line: str, members: set[str]) -> None:
    assert PARTNERS.member_names(line) == members


def test_relative_clause_ending_in_a_name_leaves_the_list_unread() -> None:
    # "which runs B": B and what follows may be the clause's objects; no guess.
    assert PARTNERS.member_names("It works with Bog Link, which runs Mossnet, PeatWatch and Turve.") == set()


# --- class 4: a role appositive after a listed person or body ------------------------------


def test_role_appositive_is_no_class() -> None:
    line = "Its first backers were Anna Virtanen, mayor of Oulu, and the Kone Foundation."
    assert "mayor of Oulu" not in PARTNERS.categories(line)
    assert "Kone Foundation" in PARTNERS.member_names(line)
    assert "first backers" in PARTNERS.categories(line)


def test_plural_class_of_a_named_body_stays() -> None:
    assert "member societies of Bog Link" in PARTNERS.categories("It works with the member societies of Bog Link.")


# --- class 5: countries listed under a class of members ------------------------------------


@pytest.mark.parametrize(
    ("line", "members"),
    [
        ("Founding members were Estonia, Latvia and Lithuania — the Baltic Three.", {"Estonia", "Latvia", "Lithuania"}),
        ("Original members were Iceland, Norway and the United Kingdom.", {"Iceland", "Norway", "United Kingdom"}),
        ("Its founding members included Chile, Peru and Colombia.", {"Chile", "Peru", "Colombia"}),
    ],
)
def test_countries_under_a_member_class(line: str, members: set[str]) -> None:
    assert PARTNERS.member_names(line) == members


@pytest.mark.parametrize(
    "line",
    [
        # a mixed list: a country after a university is its place
        "Founding members were the University of Tartu, Estonia, and Lund University, Sweden.",
        # not a class of members
        "Former members were Estonia and Latvia.",
        "Observers were Estonia and Latvia.",
    ],
)
def test_countries_as_places_or_non_members(line: str) -> None:
    assert not {"Estonia", "Sweden", "Latvia"} & PARTNERS.member_names(line)


# --- class 6: a sentence of joining -----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "member"),
    [
        ("Lithuania became a full member in 2004.", "Lithuania"),
        ("Estonia joined in 1999.", "Estonia"),
        ("Latvia joined on May 1, 2004.", "Latvia"),
        ("Poland became an observer in 1995 and a full member in 2001.", "Poland"),
    ],
)
def test_joining_sentence_names_a_member(line: str, member: str) -> None:
    assert PARTNERS.member_names(line) == {member}


@pytest.mark.parametrize(
    "line",
    [
        "Sweden joined the European Union in 1995.",  # another body joined
        "Norway joined in 1994 as an observer.",  # not as a member
        "Denmark became a member of the Nordic Council in 1952.",  # member of another body
        "Britain left in 1973.",  # an ending, no membership
        "Finland became an observer in 1990.",
    ],
)
def test_no_member_from_other_joinings(line: str) -> None:
    assert PARTNERS.member_names(line) == set()


# --- units: one unit added by "also" beside a bulleted list ---------------------------------


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        ("The institute also runs the Oulu Peat Archive.", "Oulu Peat Archive"),
        ("It also operates the Lapland Field Station.", "Lapland Field Station"),
        ("We also run the Bog Seed Bank.", "Bog Seed Bank"),
    ],
)
def test_also_adds_one_unit_to_bullets(line: str, unit: str) -> None:
    units = DIVISIONS.units(
        "Research is split into two sections:", "- Section of Hydrology", "- Section of Ecology", line
    )
    assert units == {"Section of Hydrology", "Section of Ecology", unit}


@pytest.mark.parametrize(
    "line",
    [
        "The institute runs the Oulu Peat Archive.",  # no "also": a statement, not an addition
        "The institute also runs the largest peat archive in Europe.",  # a description, no name
        "It also runs the Oulu Peat Archive and the Bog Seed Bank jointly with Luke.",
        "The university also runs the Oulu Peat Archive, with Luke.",
    ],
)
def test_no_unit_added_without_the_also_shape(line: str) -> None:
    units = DIVISIONS.units(
        "Research is split into two sections:", "- Section of Hydrology", "- Section of Ecology", line
    )
    assert units == {"Section of Hydrology", "Section of Ecology"}
