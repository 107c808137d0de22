"""Round 52 (S: status, parent): a due-diligence analyst's report (h39) and a Francophone
administrative register written in English (h40).

Our own sentences: "Néant" and "Not verified" opening a field; French parent labels ("Tutelle:",
"Actionnaire majoritaire:") whose value is the whole name, lowercase words and all; a state named
by its head word and nationality adjective.
"""

from __future__ import annotations

import pytest

from orgkg.extract.identity import read_identity
from orgkg.extract.parent import read_parent
from orgkg.extract.status import NOT_PUBLIC, read_status, status_of_text
from orgkg.model import Field, FieldStatus, Item, Parent, Profile

NONE = FieldStatus.EXPLICITLY_NONE
NOT_PUBLIC_STATUS = FieldStatus.NOT_PUBLICLY_SPECIFIED
STATED = FieldStatus.STATED
PARENT = "Parent organization"
EMPLOYEES = "Number of employees"
PARTNERS = "Partners"
LINKS = "External links"
LEGISLATION = "Legislation"
ADDRESS = "Headquarters address"


# --- class 1: "Néant" and "Not verified" open a field ------------------------------------------


@pytest.mark.parametrize(
    ("heading", "text", "status"),
    [
        (LINKS, "Néant", NONE),
        (LINKS, "Néant (the old site belonged to the ministry: https://example.gouv.fr)", NONE),
        (LEGISLATION, "Néant for the opening of 1952 (a gallery of the Salon des arts ménagers).", NONE),
        (PARENT, "Néant. The Association is autonomous; it adheres to the Union des foyers ruraux.", NONE),
        (EMPLOYEES, "Not verified.", NOT_PUBLIC_STATUS),
        (EMPLOYEES, "Not verified. Payroll figure from the 2019 accounts not reconciled.", NOT_PUBLIC_STATUS),
        (PARTNERS, "Not verified. No list of co-funders reviewed.", NOT_PUBLIC_STATUS),
        (EMPLOYEES, "Unverified — the staff count in the brochure is not sourced.", NOT_PUBLIC_STATUS),
    ],
)
def test_null_and_unverified_leads(heading: str, text: str, status: FieldStatus) -> None:
    assert status_of_text(text, heading).status == status


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        # after a value, "not verified" doubts one part of it: the value is stated
        (EMPLOYEES, "c. 1 200 (not verified)"),
        (EMPLOYEES, "About 640 staff per the 2020 brochure; figure not verified."),
        (ADDRESS, "14 Quai des Tanneurs, 67000 Strasbourg, FR. Floor: Not verified."),
        (LEGISLATION, "Arrêté of 1961 creating the office. Text of the arrêté Not verified."),
        # "néant" inside a sentence is a word of the story, not the field's null
        (LEGISLATION, "Decree 64-12 of 1964; the earlier statute was reduced to néant by it."),
    ],
)
def test_unverified_after_a_value_states_it(heading: str, text: str) -> None:
    assert status_of_text(text, heading).status == STATED


def test_unverified_is_no_not_public_word_inside_a_text() -> None:
    # the figure readers and the address reader scan the text for such words
    assert NOT_PUBLIC.search("Main office: Lyon — street Not verified.") is None
    assert NOT_PUBLIC.search("Kept in Lyon; unverified by the registry.") is None


# --- class 2: French parent labels; their value is the whole name -----------------------------


def _parents(text: str, title: str = "Office régional des eaux") -> list[str]:
    identity = read_identity(Profile("t.txt", "t", "", title, 1, f"{title} is a public body.", 2, ()))
    field = Field(PARENT, 3, tuple(Item(4 + n, line) for n, line in enumerate(text.split("\n"))))
    assert read_status(field).status == STATED
    facts, _ = read_parent(field, identity)
    return [fact.org.name for fact in facts if isinstance(fact, Parent)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tutelle: Ministère de l'Agriculture.", ["Ministère de l'Agriculture"]),
        ("Tutelle: Ministère chargé des Transports.", ["Ministère chargé des Transports"]),
        (
            "Tutelle: Ministère chargé de la Santé et Ministère chargé du Travail (double tutelle).",
            ["Ministère chargé de la Santé", "Ministère chargé du Travail"],
        ),
        (
            "Autorité de tutelle: Ministère de la Culture, de la Jeunesse et des Sports.",
            ["Ministère de la Culture, de la Jeunesse et des Sports"],
        ),
        (
            "Ministère de tutelle: Ministère de l'Économie numérique (the ministre names the directeur).",
            ["Ministère de l'Économie numérique"],
        ),
        ("Actionnaire majoritaire: État sénégalais.", ["État sénégalais"]),
        ("Actionnaire unique: État ivoirien (100 %).", ["État ivoirien"]),
        ("Owner: Estado chileno.", ["Estado chileno"]),
    ],
)
def test_french_parent_labels(text: str, expected: list[str]) -> None:
    assert _parents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state word alone, or before a word that is no nationality adjective, names no state
        ("Actionnaire principal: État.", []),
        ("Majority shareholder: State owned.", []),
        # an English enumeration keeps its "and"; a clause after a comma is a note
        ("Parent: Ministry of Trade and Industry.", ["Ministry of Trade and Industry"]),
        ("Parent: Ministry of Health, which funds it.", ["Ministry of Health"]),
        # a null value under a parent label is no parent named by it
        ("Tutelle: Néant (autonomous since 1990).\nActionnaire majoritaire: Caisse des Dépôts.", ["Caisse des Dépôts"]),
        # a value that is a clause is no whole name
        ("Tutelle: Ministère de la Santé until it became autonomous.", ["Ministère de la Santé"]),
    ],
)
def test_parent_label_near_misses(text: str, expected: list[str]) -> None:
    assert _parents(text) == expected
