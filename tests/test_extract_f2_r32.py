"""Round 32, F2 (names, people, lists): a list inside a name after its own infinitive
("… to Fight A, B and C") is not split; known countries joined by "and" are read as
countries before any "and" splits them; an organization's head noun ("Collection") ends a
unit's name before "in <place>". Own phrasings; each class with negatives."""

from __future__ import annotations

import pytest

from orgkg.extract.names import list_pieces
from orgkg.model import Identity, OrgKind

from .list_helpers import ListReaders

IDENTITY = Identity("Harbour Health Trust", OrgKind.ORGANIZATION)
READ = ListReaders(IDENTITY, heading="Divisions", leader_heading="Leader", partners_heading="Partners")


# --- class 1: "Coalition to End Hunger, Poverty and Disease": one name -------------------


@pytest.mark.parametrize(
    "name",
    [
        "Coalition to End Hunger, Poverty and Disease",
        "the Alliance to Stop Measles, Rubella and Polio",
        "Campaign to Protect Rivers, Lakes and Wetlands",
    ],
)
def test_list_after_a_names_own_infinitive_stays_one_name(name: str) -> None:
    assert list_pieces(name) == [name]
    found = READ.member_names("We are proudly partnered with:", f"- {name}")
    assert not {"Poverty", "Disease", "Rubella", "Polio", "Lakes", "Wetlands"} & found


def test_names_after_an_infinitive_name_still_split() -> None:
    # Pieces of several words, or after a name with no infinitive, are names of their own.
    assert list_pieces("Campaign to Ban Landmines, Oxfam and Amnesty International") == [
        "Campaign to Ban Landmines",
        "Oxfam",
        "Amnesty International",
    ]
    assert list_pieces("Institute for Fiscal Studies, Oxfam and Amnesty") == [
        "Institute for Fiscal Studies",
        "Oxfam",
        "Amnesty",
    ]


# --- class 2: "Suriname and Trinidad and Tobago": countries first ------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Our partners — Belize, Suriname and Trinidad and Tobago — are joined by observers: Anguilla,"
        " Bermuda, the Cayman Islands and the Turks and Caicos Islands.",
        "Our allies — Belize, Grenada and Trinidad and Tobago — are joined by observers: Montserrat,"
        " Bermuda, the Cayman Islands and the Turks and Caicos Islands.",
        "Our friends — Guyana, Haiti and Antigua and Barbuda — are joined by observers: Anguilla,"
        " Bermuda, the Cayman Islands and the Turks and Caicos Islands.",
    ],
)
def test_countries_joined_by_and_are_never_one_member(line: str) -> None:
    found = READ.member_names(line)
    whole = {"Trinidad and Tobago", "Antigua and Barbuda", "Turks and Caicos Islands"}
    assert not any(" and " in name and name not in whole for name in found)


def test_member_states_joined_by_and_are_each_a_member() -> None:
    found = READ.member_names("Member States: Belize, Suriname and Trinidad and Tobago")
    assert {"Belize", "Suriname", "Trinidad and Tobago"} <= found
    assert "Suriname and Trinidad and Tobago" not in found
    assert {"Bosnia and Herzegovina", "Croatia"} <= READ.member_names(
        "Member countries: Croatia and Bosnia and Herzegovina"
    )


def test_country_with_and_stays_whole() -> None:
    assert "Saint Kitts and Nevis" in READ.member_names("Member States: Saint Kitts and Nevis, Dominica")


# --- class 3: "The Hartwell Collection in Bruges": the place is no part of the unit -------


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        ("- The Hartwell Collection in Bruges", "The Hartwell Collection"),
        ("- Maritime Museum in Port Louis", "Maritime Museum"),
        ("- Coastal Ecology Institute in Rotterdam", "Coastal Ecology Institute"),
    ],
)
def test_place_after_an_org_head_is_no_part_of_the_unit(line: str, unit: str) -> None:
    found = READ.units("Our family includes:", line, "- Harbour Enterprises")
    assert unit in found
    assert not any(" in " in name for name in found)


def test_subject_after_in_stays_in_the_unit_name() -> None:
    # "in" after a word that is no head noun names a subject, not a place.
    assert "Centre for Studies in Economics" in READ.units("- Centre for Studies in Economics", "- Harbour Enterprises")


# --- class 4: "Our Treasurer, Dr A, chairs …": the organization's own post, in apposition --

posts = READ.posts


@pytest.mark.parametrize(
    ("line", "post"),
    [
        ("Our Executive Director, Dr Mara Okafor, runs the trust from Lagos.", "Executive Director | Mara Okafor"),
        ("Our Rector, Prof. Ilse Varga, a chemist, heads the university.", "Rector | Ilse Varga"),
        ("Its President, Tomás Reyes, has chaired the council since 2021.", "President | Tomás Reyes"),
        ("The trust is led by our Chief Executive Lena Novak.", "Chief Executive | Lena Novak"),
        ("Our Director-General is Dr Pavel Horák.", "Director-General | Pavel Horák"),
    ],
)
def test_own_post_with_its_holder_between_commas(line: str, post: str) -> None:
    assert post in posts(line)


def test_two_appositive_posts_in_one_sentence() -> None:
    found = posts("Our Chair, Ruth Adler OBE, leads the Board, and our Chief Executive, Sam Idowu, leads the staff.")
    assert {"Chair | Ruth Adler", "Chief Executive | Sam Idowu"} <= found


@pytest.mark.parametrize(
    "line",
    [
        "We were run by the Council, whose Chief Executive, Ruth Adler, oversaw the merger.",
        "The Director, the Registrar, and the Treasurer form the executive.",
        "Our Director, appointed in 2020, leads the staff.",
    ],
)
def test_no_appositive_post_without_its_own_holder(line: str) -> None:
    found = posts(line)
    assert not any(p.endswith(("Ruth Adler", "Registrar", "appointed in 2020")) for p in found)
    assert not any(p.startswith("Our ") for p in found)


# --- class 5: "Harbour News, Ireland's oldest news service": a described unit -------------


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        ("- Harbour News, Ireland's oldest news service", "Harbour News"),
        ("- Coastal Press, Europe's largest maritime publisher", "Coastal Press"),
        ("- Harbour Records, the city's best-loved label", "Harbour Records"),
    ],
)
def test_possessive_description_after_a_unit_is_no_part_of_it(line: str, unit: str) -> None:
    found = READ.units(line, "- Harbour Commercial")
    assert unit in found
    assert not any("'s" in name for name in found)


def test_possessive_inside_a_second_name_stays() -> None:
    # Capitalised words after the possessive make a name, not a description.
    found = READ.units("- Department of Paediatrics, Women's and Children's Hospital")
    assert "Department of Paediatrics" not in found


# --- class 6: "A, with whom we run clinics": a relative clause after a partner ------------


@pytest.mark.parametrize(
    ("line", "member"),
    [
        ("- Ocean Relief, with whom we have run mobile clinics since 2010", "Ocean Relief"),
        ("- the Reef Foundation, who fund our training programme", "Reef Foundation"),
        ("- Coral Aid, through whom we reach remote islands", "Coral Aid"),
    ],
)
def test_relative_clause_after_a_partner_is_dropped(line: str, member: str) -> None:
    found = READ.member_names("We are proudly partnered with:", line)
    assert found == {member}


def test_relative_clause_after_no_name_gives_nothing() -> None:
    assert READ.member_names("We are proudly partnered with:", "- local people, who help us every day") == set()
