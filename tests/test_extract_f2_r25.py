"""Round 25, F2 (names, people, lists): infobox pages pasted as text (one unit a line, label
rows "Subsidiaries<TAB>X"), another body described in a Divisions text, a description after
"are the", French posts and honorifics, successive holders under a heading that names the
organization, and "Name (gloss), role 1965–1985" lines. Own phrasings; each class with
negatives."""

from __future__ import annotations

import pytest

from orgkg.model import Identity, OrgKind

from .list_helpers import ListReaders

IDENTITY = Identity("Office de Recherche du Sahel", OrgKind.ORGANIZATION)
READ = ListReaders(IDENTITY, leader_heading="Leader", partners_heading="Partners")
units = READ.units
posts = READ.posts
members = READ.member_names


# --- class 1: plain short lines are one name each, never glued ---------------------------


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ("Subsidiaries", "Kestrel Cargo Airlines", "Kestrel Engine Works"),
            {"Kestrel Cargo Airlines", "Kestrel Engine Works"},
        ),
        (("Coin Cabinet (Cabinetul numismatic)", "Herbarium"), {"Coin Cabinet", "Herbarium"}),
        (
            ("Departments", "Department of Soil Physics", "Department of Hydrology"),
            {"Department of Soil Physics", "Department of Hydrology"},
        ),
    ],
)
def test_plain_lines_are_one_unit_each(lines: tuple[str, ...], expected: set[str]) -> None:
    assert units(*lines) == expected


def test_plain_lines_never_glue_into_one_name() -> None:
    found = units("Subsidiaries", "Kestrel Cargo Airlines")
    assert found == {"Kestrel Cargo Airlines"}
    assert not any(" " in name and name.startswith("Subsidiaries") for name in found)


def test_sentences_are_not_read_as_name_lines() -> None:
    # a body of sentences keeps the prose reading: no line becomes a unit of its own
    found = units("The work is spread over many teams.", "Their names change every year.")
    assert found == set()


# --- class 2: a label row "Subsidiaries<TAB>X" gives its value ----------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Subsidiaries\tKestrel Cargo Airlines", {"Kestrel Cargo Airlines"}),
        ("Divisions\tSahel Seed Bank", {"Sahel Seed Bank"}),
        ("| Laboratories | Dune Dynamics Laboratory |", {"Dune Dynamics Laboratory"}),
    ],
)
def test_label_row_gives_its_value(line: str, expected: set[str]) -> None:
    assert units(line) == expected


def test_label_row_of_other_key_is_not_a_unit_label() -> None:
    # "Founded<TAB>…" names no class of units: nothing is read as "Founded 1946"
    assert not any(name.startswith("Founded") for name in units("Founded\t12 May 1946"))


# --- class 3: another body described in a Divisions text is no unit ---------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission de Contrôle des Assurances (CCA), created in 1992, is chaired by our Director"
        " but is a distinct institution.",
        "The Fonds Régional de Garantie, set up in 2001, is a separate body, not a service of the Office.",
        "The Sahel Data Observatory is an independent foundation hosted in our building.",
    ],
)
def test_other_body_in_divisions_is_no_unit(sentence: str) -> None:
    found = units("Central Services; Regional Offices.", sentence)
    assert not any(word in name for name in found for word in ("Commission", "Fonds", "Observatory"))


def test_own_unit_described_in_a_sentence_is_kept() -> None:
    # no cue that the body is another one: the reading is unchanged
    found = units("The Seed Bank Unit, which stores local varieties, was opened in 2015.")
    assert "Seed Bank Unit" in found or found == set()
    assert units("- Seed Bank Unit", "- Dune Dynamics Laboratory") == {"Seed Bank Unit", "Dune Dynamics Laboratory"}


# --- class 4: "The divisions are the responsibility of X": a description, no list --------


@pytest.mark.parametrize(
    "text",
    [
        "The divisions are the responsibility of the Governing Board.",
        "Its units are the concern of the Scientific Council.",
        "The departments are under the authority of the Director.",
    ],
)
def test_description_after_are_names_no_unit(text: str) -> None:
    assert not any(name[:1].islower() or "responsibility" in name or "concern" in name for name in units(text))
    assert "responsibility of the Governing Board" not in units(text)


def test_names_after_are_still_listed() -> None:
    assert units("Its departments are the Soil Department and the Water Department.") == {
        "Soil Department",
        "Water Department",
    }


# --- class 5: French posts, honorifics and notes ------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Gouverneur: Monsieur Paul Ndong (Gabon), nominated in March 2021.", "Gouverneur | Paul Ndong"),
        ("Recteur: Mgr Henri Kabasele, 1960-1971, theologian, founder of the library", "Recteur | Henri Kabasele"),
        ("Administrateur général: Madame Aïcha Traoré", "Administrateur général | Aïcha Traoré"),
    ],
)
def test_french_posts(line: str, expected: str) -> None:
    assert posts(line) == {expected}


def test_honorific_is_no_part_of_the_name() -> None:
    assert not any("Monsieur" in p or "Madame" in p for p in posts("Gouverneur: Monsieur Paul Ndong"))


# --- class 6: successive holders under a heading that names the organization -------------


def test_heading_complement_naming_the_organization_goes() -> None:
    found = posts(
        "Secrétaires généraux of the Office:",
        "- Alain Mbeki (Mali), 1975-1980, the first",
        "- Jeanne Ouédraogo (Niger), 1980-1991",
        "- Karim Sow (Tchad), the last, until 2001",
    )
    assert found == {
        "Secrétaire général | Alain Mbeki",
        "Secrétaire général | Jeanne Ouédraogo",
        "Secrétaire général | Karim Sow",
    }


def test_heading_complement_naming_another_body_stays() -> None:
    found = posts("Chairmen of the Board:", "- Alain Mbeki, 1975-1980", "- Jeanne Ouédraogo, 1980-1991")
    assert not any(p.startswith("Chairman |") for p in found)


@pytest.mark.parametrize("heading", ["Precedent Gouverneurs (non exhaustive):"])
def test_past_holder_heading_lists_no_holder(heading: str) -> None:
    found = posts(heading, "- Alain Mbeki (Mali), 1975-1980", "- Jeanne Ouédraogo (Niger), 1980-1991")
    assert not any("Mbeki" in p or "Ouédraogo" in p for p in found)


def test_previous_holders_heading_names_the_post_in_the_singular() -> None:
    # round 62: "Previous Directeurs:" lists past holders of "Directeur" (dated memberships)
    found = posts("Previous Directeurs:", "- Alain Mbeki (Mali), 1975-1980", "- Jeanne Ouédraogo (Niger), 1980-1991")
    assert found == {"Directeur | Alain Mbeki", "Directeur | Jeanne Ouédraogo"}


# --- class 7: "Name (gloss), role 1965–1985" lines --------------------------------------


def test_glossed_name_then_lowercase_role_with_period() -> None:
    found = posts(
        "Key people",
        "Ivan Petrovich Sidorov (Ivan P. Sidorov), chairman 1959–1964",
        "Pavel Ilyich Orlov (Pavel I. Orlov), chairman 1964–1977",
        "Anna Sergeyevna Volkova, chairman 1977–1983",
    )
    assert found == {
        "Chairman | Ivan Petrovich Sidorov",
        "Chairman | Pavel Ilyich Orlov",
        "Chairman | Anna Sergeyevna Volkova",
    }


def test_gloss_is_no_part_of_the_holder() -> None:
    assert not any("(" in p for p in posts("Ivan Petrovich Sidorov (Ivan P. Sidorov), director 1959–1964"))


# --- class 8: founding or member states labelled in any order and language --------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Among the 14 États fondateurs: Belgique, Canada, Niger.", {"Belgique", "Canada", "Niger"}),
        ("Founding States: Chile, Peru and Uruguay.", {"Chile", "Peru", "Uruguay"}),
        ("Estados miembros: Bolivia, Colombia y Ecuador.", {"Bolivia", "Colombia", "Ecuador"}),
    ],
)
def test_member_state_labels_list_members(line: str, expected: set[str]) -> None:
    assert members(line) == expected


@pytest.mark.parametrize(
    "line", ["Host countries: France, Niger.", "Observer States: Belgium, Canada.", "Pays hôtes: Mali, Niger."]
)
def test_other_state_labels_list_no_members(line: str) -> None:
    assert members(line) == set()


def test_country_named_with_and_stays_whole() -> None:
    assert members("Member states: Chile, Trinidad and Tobago.") == {"Chile", "Trinidad and Tobago"}


def test_member_states_line_beside_bullets_is_read() -> None:
    found = members(
        "Among the 9 États membres: Mali, Niger, Tchad.",
        "Associated regions (without being States):",
        "- Région de Kayes Development Fund, admitted in 1990",
    )
    assert {"Mali", "Niger", "Tchad"} <= found


def test_prose_line_beside_bullets_without_state_label_stays_unread() -> None:
    found = members("Cooperation is close with Mali and Niger.", "Partners:", "- Sahel Water Fund")
    assert not {"Mali", "Niger"} & found
