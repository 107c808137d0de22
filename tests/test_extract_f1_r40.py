"""Round 40 (F1): the government reply letter (h29) — identity, partners and units.

- the title written anywhere in a letter's intro, then brackets and a copula ("it is informed
  that Acme S.A. (Acme) is …"), gives the names in the brackets; an acronym right before the
  title in brackets ("regarding ACR (<title>) — reg.") is its acronym;
- a bracketed short form that is the name without its legal form ("Acme S.A. (Acme)") is an
  alternate name;
- partners: a relative clause opened by a preposition ("…, with which it set up the X Centre
  for A and B in 2016.") is about the item before it to the sentence's end; a year after a name
  is no part of it;
- units: one name on several list lines, each with its own place ("Regional Office, Leeds"),
  keeps the places; a labelled line under the bullets ("Subsidiary: X (note).") adds one unit;
- programs: a refusal ("Does not arise.") is no program.
"""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.identity import read_identity
from orgkg.model import Member, Profile, Program, Unit
from orgkg.parse import parse_profile


def _identity_names(title: str, intro: str) -> set[str]:
    identity = read_identity(Profile("t.txt", "t", "", title, 1, intro, 2, ()))
    return {*([identity.acronym] if identity.acronym else []), *identity.alternate_names}


def _facts(field: str, body: str) -> list[object]:
    text = (
        f"Northwind Bank\nNorthwind Bank is a bank in Leeds.\n{field}\n{body}\n"
        "Headquarters address\n1 Main Street, Leeds, United Kingdom\n"
    )
    facts = extract(parse_profile(text, "t.txt"))
    return [fact for f in facts.fields if f.name == field for fact in f.facts]


def _members(body: str) -> set[str]:
    return {f.org.name for f in _facts("Partners", body) if isinstance(f, Member)}


def _units(body: str) -> set[str]:
    return {f.name for f in _facts("Divisions", body) if isinstance(f, Unit)}


def _programs(body: str) -> set[str]:
    return {f.name for f in _facts("List of programs", body) if isinstance(f, Program)}


# --- class 1: the title and its brackets inside a letter's intro -------------------------------


@pytest.mark.parametrize(
    ("title", "intro", "expected"),
    [
        (
            "Volantis S.A.",
            "Letter No. ABC/2024/17 dated 04.05.2024 — Reply. It is informed that Volantis S.A. "
            "(Volantis) is an engine maker.",
            {"Volantis"},
        ),
        (
            "Harbour Rail GmbH",
            "Memo ref. HR/9/22 of 11.02.2023. Madam, we confirm that Harbour Rail GmbH (Harbour "
            "Rail) has been a carrier since 1990.",
            {"Harbour Rail"},
        ),
        (
            "Norte Seguros S.A.",
            "Query No. 55/2021 dated 01.12.2021. The undersigned states that Norte Seguros S.A. "
            "(Norte Seguros) was an insurer.",
            {"Norte Seguros"},
        ),
        ("Harbour Rail GmbH", "Harbour Rail GmbH (Harbour Rail) is a carrier.", {"Harbour Rail"}),
        (
            "Global Heron Trust",
            "Sub: Information sought regarding GHX (Global Heron Trust) — reg. Sir, GHX is a bird charity.",
            {"GHX"},
        ),
    ],
)
def test_a_letters_intro_names_the_title_in_brackets(title: str, intro: str, expected: set[str]) -> None:
    assert _identity_names(title, intro) == expected


@pytest.mark.parametrize(
    ("title", "intro"),
    [
        # no copula after the brackets: the title is no clause's subject
        (
            "Volantis S.A.",
            "Letter No. 7/2024 — Reply. Sir, the report on Volantis S.A. (Volantis) by the Ministry is attached.",
        ),
        # a country or a period in the brackets is no name
        (
            "Volantis S.A.",
            "Letter No. 7/2024 — Reply. Sir, it is informed that Volantis S.A. (Chile) was listed in 1990.",
        ),
        ("Volantis S.A.", "Letter No. 7/2024 — Reply. Sir, it is informed that Volantis S.A. (1971–1999) was a maker."),
        # another body's acronym, or brackets holding more than the title
        ("Nordic Seed Council", "Sub: regarding ECB (European Central Bank) and the Nordic Seed Council — reg."),
        ("Nordic Seed Council", "Sub: regarding the NSX (Nordic Seed Council member) — reg."),
        # the title without its legal form is no other name unless the intro writes it
        ("Harbour Robotics Institute", "Harbour Robotics Institute, Inc. (HRI) is a research company."),
    ],
)
def test_other_brackets_in_a_letter_give_no_name(title: str, intro: str) -> None:
    assert _identity_names(title, intro) <= {"HRI"}


# --- class 2: a relative clause after a partner; a year after a name ---------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Institutional partner on record: Ohio State University (OSU), with which the Bank set "
            "up the Bank–OSU Centre for Water and Coastal Studies in 2019.",
            {"Ohio State University"},
        ),
        (
            "Partner: Danube Institute, with which the Bank set up the Centre for Law and Public Policy.",
            {"Danube Institute"},
        ),
        (
            "Main partner: the Danube Institute, in which the Bank holds a seat on the Board for "
            "Research and Innovation.",
            {"Danube Institute"},
        ),
        (
            "Partners: the Danube Institute, with whom the Bank founded the School of Arts and "
            "Crafts, and Leeds Trinity University.",
            {"Danube Institute", "Leeds Trinity University"},
        ),
        ("The Bank works with Kestrel Labs in 2015 and with Harbor Trust.", {"Kestrel Labs", "Harbor Trust"}),
        ("Partners: Kestrel Labs (since 2015) and the Harbor Trust in 2019.", {"Kestrel Labs", "Harbor Trust"}),
    ],
)
def test_a_clause_or_a_year_after_a_partner_is_no_partner(body: str, expected: set[str]) -> None:
    assert _members(body) == expected


def test_a_year_inside_a_name_stays() -> None:
    assert _members("Partners: Union for Reform in 1848 Studies.") == {"Union for Reform in 1848 Studies"}
    assert _members("Partners: Society for Research in Child Development.") == {
        "Society for Research in Child Development"
    }


# --- class 3: one name on several lines, each with its place; a labelled line under bullets ---


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Bank worked through three regional offices:\n(i) Regional Office, Leeds\n(ii) "
            "Regional Office, Bristol\n(iii) Regional Office, York",
            {"Regional Office, Leeds", "Regional Office, Bristol", "Regional Office, York"},
        ),
        (
            "Branches:\n- Central Branch, Leeds\n- Central Branch, Hull\n- Mortgage Unit",
            {"Central Branch, Leeds", "Central Branch, Hull", "Mortgage Unit"},
        ),
        (
            "Segments:\n(a) Retail Banking\n(b) Private Banking\nSubsidiary: Harbor Leasing (equipment finance).",
            {"Retail Banking", "Private Banking", "Harbor Leasing"},
        ),
        (
            "Segments:\n- Retail Banking\n- Private Banking\nLaboratory: Harbor Marine Lab (opened 2004).",
            {"Retail Banking", "Private Banking", "Harbor Marine Lab"},
        ),
    ],
)
def test_placed_names_and_a_labelled_unit_under_bullets(body: str, expected: set[str]) -> None:
    assert _units(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # one place only: "X, Oeiras" on a bullet line still names X
        ("Our units:\n- Polar Office, Tromsø\n- Marine Laboratory, Bergen", {"Polar Office", "Marine Laboratory"}),
        # an office word alone with its town is a seat, twice or once
        ("Offices:\n- Secretariat, Bergen\n- Secretariat, Oslo", set()),
        # the same line twice is one unit, its place a note
        (
            "Branches:\n- Central Branch, Leeds\n- Central Branch, Leeds\n- North Branch",
            {"Central Branch", "North Branch"},
        ),
        # a labelled line of several names, a description, a sentence or another label adds nothing
        (
            "Segments:\n- Retail Banking\n- Private Banking\nSubsidiaries: Harbor Leasing and Bay Capital.",
            {"Retail Banking", "Private Banking"},
        ),
        (
            "Segments:\n- Retail Banking\n- Private Banking\nSubsidiary: a leasing arm in Leeds.",
            {"Retail Banking", "Private Banking"},
        ),
        (
            "Segments:\n- Retail Banking\n- Private Banking\nDivision: Harbor Leasing was sold in 2010.",
            {"Retail Banking", "Private Banking"},
        ),
        (
            "Segments:\n- Retail Banking\n- Private Banking\nNote: the bank was founded in 1901.",
            {"Retail Banking", "Private Banking"},
        ),
    ],
)
def test_other_lines_keep_the_units_as_they_were(body: str, expected: set[str]) -> None:
    assert _units(body) == expected


# --- class 4: a refusal is no program ----------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Does not arise. Northwind runs no grant scheme for the public.",
        "Does not exist. The Bank has no such scheme.",
        "Not applicable. The Bank is a commercial lender.",
    ],
)
def test_a_refusal_is_no_program(body: str) -> None:
    assert _programs(body) == set()


def test_programs_with_capital_negations_stay() -> None:
    body = "- Girls Not Brides\n- Leave No One Behind\n- Clean Water Programme"
    assert _programs(body) == {"Girls Not Brides", "Leave No One Behind", "Clean Water Programme"}
