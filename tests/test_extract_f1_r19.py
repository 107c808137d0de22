"""Round 19 (family F1: status, parent, identity): careful negations whose explanations cite
numbers ("Not ascertained. Some 4,000 workers were engaged ..."), parents named in legal
phrasing ("under the aegis of", "answerable to the Minister for ..."), official names in a
second language and statutory full names beside a short name."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.identity import defined_terms, read_identity
from orgkg.extract.parent import read_parent
from orgkg.extract.status import NOT_PUBLIC, status_of_text
from orgkg.model import (
    Address,
    Budget,
    EmployeeCount,
    Field,
    FieldFacts,
    FieldStatus,
    Identity,
    Item,
    Parent,
    Profile,
)

NOT_PUBLIC_S, STATED = FieldStatus.NOT_PUBLICLY_SPECIFIED, FieldStatus.STATED


def _profile(*fields: tuple[str, str]) -> Profile:
    built = [Field(name, 3 + 2 * n, (Item(4 + 2 * n, text, False),)) for n, (name, text) in enumerate(fields)]
    return Profile("t.txt", "t", "", "Example Agency", 1, "The Example Agency is an agency.", 2, tuple(built))


def _field(profile: Profile, name: str) -> FieldFacts:
    return next(f for f in extract(profile).fields if f.name == name)


# -- status: "not ascertained" and its kin decide before any value reader ---------------------


@pytest.mark.parametrize(
    "text, heading",
    [
        ("Not ascertained.", "Number of employees"),
        ("Unascertained at the date of this report.", "Number of employees"),
        ("Has not been ascertained; some 2,300 labourers were hired for the 1961 works.", "Number of employees"),
        ("The headcount could not be identified from the filings.", "Number of employees"),
        ("Not traced in the registers furnished. A 1962 newspaper gives 250.", "Number of employees"),
        ("Not found in the records reviewed; the 1990 report cites 3 sites.", "Number of employees"),
        ("Not separately disclosed; funding forms part of the ministry's vote of €12m.", "Last total enacted budget"),
        ("Not independently ascertained. The founder pledged $2,000,000 in 1955.", "Last total enacted budget"),
        ("Not determined as at any given date. Costs of about A$40m are on record.", "Last total enacted budget"),
    ],
)
def test_a_careful_negation_is_not_publicly_specified(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NOT_PUBLIC_S


@pytest.mark.parametrize(
    "text, heading",
    [
        # a figure, then a note on what is missing: the figure is the value
        ("c. 500 (exact figure not ascertained)", "Number of employees"),
        ("1,850 staff (breakdown by site not identified)", "Number of employees"),
        ("Cooma, New South Wales 2630, Australia (street address not ascertained)", "Headquarters address"),
        # "fully", "only": part of the figure is public, so these are no fillers
        ("About 500 (not fully disclosed)", "Number of employees"),
        # a person's verification hedge is not a status
        ("Approximately 1,200 (not verified)", "Number of employees"),
    ],
)
def test_a_note_after_a_value_keeps_it_stated(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is STATED


def test_a_bare_word_before_a_note_is_no_value() -> None:
    assert status_of_text("Budget (not ascertained)", "Last total enacted budget").status is NOT_PUBLIC_S


def test_not_public_scan_skips_a_note_after_a_value_only() -> None:
    assert NOT_PUBLIC.search("Not ascertained; some 100 staff") is not None
    assert NOT_PUBLIC.search("the figure has not been separately disclosed") is not None
    assert NOT_PUBLIC.search("Oak Park, Carlow (street number not ascertained)") is None


def test_no_headcount_or_budget_from_the_explanation_of_not_ascertained() -> None:
    profile = _profile(
        (
            "Number of employees",
            "Not ascertained. In excess of twelve thousand (12,000) persons were engaged on the works, "
            "most of them by contractors.",
        ),
        (
            "Last total enacted budget",
            "Not ascertained. A benefactor pledged the sum of two million pounds (£2,000,000) in 1956.",
        ),
    )
    staff = _field(profile, "Number of employees")
    budget = _field(profile, "Last total enacted budget")
    assert staff.status is NOT_PUBLIC_S and not any(isinstance(f, EmployeeCount) for f in staff.facts)
    assert budget.status is NOT_PUBLIC_S and not any(isinstance(f, Budget) for f in budget.facts)


def test_an_address_with_a_missing_street_note_keeps_its_components() -> None:
    address = "Cooma, New South Wales 2630, Australia (street address not ascertained)"
    profile = _profile(("Headquarters address", address))
    field = _field(profile, "Headquarters address")
    assert field.status is STATED
    addresses = [f for f in field.facts if isinstance(f, Address)]
    assert addresses and addresses[0].postal_code == "2630"


# -- parent: legal phrasing, defined terms as the subject ------------------------------------


def _identity(title: str, intro: str) -> Identity:
    return read_identity(Profile("t.txt", "t", "", title, 1, intro, 2))


NORTHFIELD = _identity("Northfield", 'Northfield (hereinafter "the Commission") is a statutory body of Ruritania.')
WATER = _identity("Northfield Water Agency", "The Northfield Water Agency was a public body of Ruritania.")


def _parent_names(text: str, identity: Identity) -> list[str]:
    facts, _ = read_parent(Field("Parent organization", 5, (Item(6, text),)), identity)
    return [f.org.name for f in facts if isinstance(f, Parent)]


@pytest.mark.parametrize(
    "text, identity, parent",
    [
        # a defined term of the intro is the organization itself
        ("The Commission functions under the aegis of the Ministry of Water.", NORTHFIELD, "Ministry of Water"),
        ("The Commission is, for all purposes, answerable to the Treasury Board.", NORTHFIELD, "Treasury Board"),
        # a word of the organization's own name, capitalised as a defined term
        ("The Agency operated within the Department of the Environment.", WATER, "Department of the Environment"),
        # one object shared by two cues, after a coordinated aside
        (
            "The Agency was controlled by, and accountable to Parliament through, the Ministry of Health.",
            WATER,
            "Ministry of Health",
        ),
        (
            "The Commission is owned by, or operated on behalf of, the Northern Land Trust.",
            NORTHFIELD,
            "Northern Land Trust",
        ),
        # an enumeration in the name that ends "and the ..."
        (
            "The Commission reports to the Department of Housing, Planning and the Environment.",
            NORTHFIELD,
            "Department of Housing, Planning and the Environment",
        ),
    ],
)
def test_a_parent_in_legal_phrasing(text: str, identity: Identity, parent: str) -> None:
    assert _parent_names(text, identity) == [parent]


@pytest.mark.parametrize(
    "text, identity",
    [
        # a capitalised noun the intro did not define, and no word of the name: another body
        ("The Board operates under the aegis of the Ministry of Water.", NORTHFIELD),
        ("The Ministry is part of the Government of Ruritania.", WATER),
        ("The Commission of the Isles operates under the Ministry of Water.", NORTHFIELD),
        # a post is no parent, whatever the phrasing
        ("The Commission is answerable to the Minister for Water.", NORTHFIELD),
        # an aside with no comma to close it: no object to share
        ("The Agency was funded by, and is accountable to Parliament.", WATER),
    ],
)
def test_no_parent_from_another_subject_or_a_post(text: str, identity: Identity) -> None:
    assert _parent_names(text, identity) == []


def test_defined_terms_are_read_from_the_intro() -> None:
    identity = _identity(
        "Example Board", 'The Example Board (hereafter called the Board; in French "the Conseil") is a body.'
    )
    assert defined_terms(identity) == {"Board", "Conseil"}
    assert defined_terms(_identity("Example Board", "The Example Board is a body of the Republic.")) == frozenset()


# -- identity: an official name in a second language, a statutory full name beside a short one --


@pytest.mark.parametrize(
    "title, intro, alternate",
    [
        # "in French," alone before the name, in a bracket with a defined term after it
        (
            "Northfield Grain Board",
            'The Northfield Grain Board (in French, Office des grains de Northfield; hereinafter "the Board") '
            "was a marketing agency.",
            "Office des grains de Northfield",
        ),
        (
            "Harbour Trust",
            "The Harbour Trust (in Welsh, Ymddiriedolaeth yr Harbwr) is a trust.",
            "Ymddiriedolaeth yr Harbwr",
        ),
        (
            "Northfield Seed Board",
            "The Northfield Seed Board (from the Irish, Bord Síolta an Tuaiscirt) was a statutory body.",
            "Bord Síolta an Tuaiscirt",
        ),
        # a short name, a dash, then the statutory full name with "the"
        (
            "Agrinor",
            'Agrinor – the Northfield Agricultural Research Authority (hereinafter "the Authority") is a body.',
            "Northfield Agricultural Research Authority",
        ),
        (
            "Marinex",
            "Marinex – the Marine Institute of Northfield is a state agency.",
            "Marine Institute of Northfield",
        ),
    ],
)
def test_another_official_name_of_the_intro(title: str, intro: str, alternate: str) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert alternate in identity.alternate_names


@pytest.mark.parametrize(
    "title, intro",
    [
        # a dash then a lowercase description: no name
        ("Agrinor", "Agrinor – the national agricultural research body of Northfield – is a statutory body."),
        # "in French," then words in lowercase that are not a name
        ("Harbour Trust", "The Harbour Trust (in French, see below) is a trust."),
        # "in <a place>," is no language label: lowercase words after it make no name
        ("Harbour Trust", "The Harbour Trust (in Northfield, the trust of the harbour) is a trust."),
        ("Harbour Trust", "The Harbour Trust (in Northfield, Comhairle an chuain) is a trust."),
    ],
)
def test_no_alternate_from_a_description_or_a_place(title: str, intro: str) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert identity.alternate_names == ()
