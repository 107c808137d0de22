"""extract/units.py, people.py, identity.py (round 50): a lowercase program head word after the acronym
bracket ("Ocean Colour Mapper (OCM) programme") is no part of the program's name; a trailing
"of <year>" dates a program ("Global Fishery Survey of 1958"); a capitalised unit name that
runs on through "of the" into capitalised words ("the Appeals Board of the Northern Fisheries
Council") is one longer name, not the unit word's name cut short; "ACME (short for X) was …" under the
title ACME names ACME, X its alternate name (lexicon/short-form-glosses.csv)."""

from __future__ import annotations

import pytest

from orgkg.extract.identity import read_identity
from orgkg.extract.partners import read_partners
from orgkg.extract.people import read_structure
from orgkg.extract.units import read_programs
from orgkg.model import Field, Identity, Item, Member, OrgKind, Profile, Program, Unit

IDENTITY = Identity("Example Institute", OrgKind.ORGANIZATION)


def programs(*bullets: str) -> list[str]:
    items = tuple(Item(11 + n, text, bullet=True) for n, text in enumerate(bullets))
    facts, _ = read_programs(Field("List of programs", 10, items), IDENTITY)
    return sorted(f.name for f in facts if isinstance(f, Program))


def structure(text: str) -> list[str]:
    facts, _ = read_structure(Field("Organization structure", 10, (Item(11, text),)), IDENTITY)
    return sorted(f.name for f in facts if isinstance(f, Unit))


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("Ocean Colour Mapper (OCM) programme, flown with Norway since 2004", "Ocean Colour Mapper"),
        ("Arctic Ice Watch (AIW) program — shared with three universities", "Arctic Ice Watch"),
        ("Rural Broadband Access (RBA) programme", "Rural Broadband Access"),
        ("Young Coders Grant (YCG) program, open to pupils", "Young Coders Grant"),
    ],
)
def test_head_word_after_acronym_bracket_dropped(bullet: str, expected: str) -> None:
    assert programs(bullet) == [expected]


@pytest.mark.parametrize(
    "bullet",
    [
        "Stolen Vehicle Records (SVR) database",  # not a program head word: the name keeps it
        "Harbour Safety (HS) programme office",  # a head word not at the end
        "Deep Sea Mapping (pilot) programme",  # no acronym in the bracket
        "Clean Harbours (CH) scheme",  # another head word: "Clean Harbours scheme" (round 42)
    ],
)
def test_head_word_kept_unless_lone_after_acronym(bullet: str) -> None:
    found = programs(bullet)
    assert all(name.split()[-1] not in {"Records", "Safety", "Mapping", "Harbours"} for name in found)


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("The Global Fishery Survey of 1958 — the first count of its kind", "Global Fishery Survey"),
        ("National Seed Inventory of 2011", "National Seed Inventory"),
        ("the Coastal Bird Count of 1987, repeated every decade", "Coastal Bird Count"),
    ],
)
def test_trailing_of_year_dates_the_program(bullet: str, expected: str) -> None:
    assert programs(bullet) == [expected]


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("Class of 2020", ["Class of 2020"]),  # one word before it: no name of its own
        ("Vision of 2030 Cities Network", ["Vision of 2030 Cities Network"]),  # the year inside
        ("Survey of Rural Households", ["Survey of Rural Households"]),  # no year
    ],
)
def test_of_year_near_misses(bullet: str, expected: list[str]) -> None:
    assert programs(bullet) in ([], expected)


@pytest.mark.parametrize(
    ("text", "name", "cut"),
    [
        (
            "The permanent bodies are the Registry and the Appeals Board of the Northern Fisheries Council.",
            "Appeals Board of the Northern Fisheries Council",
            "Appeals Board",
        ),
        (
            "Also acts the Technical Committee of the Joint Water Authority (seat Vienna).",
            "Technical Committee of the Joint Water Authority",
            "Technical Committee",
        ),
        (
            "Day-to-day work falls to the Standing Commission of Rail Safety Inspectors.",
            "Standing Commission of Rail Safety Inspectors",
            "Standing Commission",
        ),
    ],
)
def test_unit_name_runs_on_through_of_the(text: str, name: str, cut: str) -> None:
    found = structure(text)
    assert cut not in found
    assert name in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Audit Committee of five members meets twice a year.", "Audit Committee"),
        ("The Executive Board of UNESCO advises it.", None),
        ("It has a Finance Council of experts.", "Finance Council"),
    ],
)
def test_of_lowercase_or_single_word_keeps_the_unit_word_name(text: str, name: str | None) -> None:
    found = structure(text)
    if name:
        assert name in found


# Identity: "ACME (short for X) was …" under the title ACME: the short form is the name the
# organization goes by; the words spelled out in the gloss are an alternate name.


def _identity(title: str, intro: str) -> Identity:
    return read_identity(Profile("t.txt", "t", "", title, 1, intro, 2))


@pytest.mark.parametrize(
    ("title", "intro", "full"),
    [
        (
            "KMW",
            "Sure! KMW (short for Kessel- und Maschinenwerke, roughly 'boiler works') was a German maker.",
            "Kessel- und Maschinenwerke",
        ),
        (
            "SNIA",
            "**SNIA** (which stands for *Società Nazionale Industria Applicazioni*) was an Italian firm.",
            "Società Nazionale Industria Applicazioni",
        ),
        (
            "DNWS",
            "DNWS (an abbreviation of Det Norske Westindiske Selskab) was a Danish trading company.",
            "Det Norske Westindiske Selskab",
        ),
    ],
)
def test_glossed_short_form_is_the_name(title: str, intro: str, full: str) -> None:
    identity = _identity(title, intro)
    assert identity.name == title
    assert title not in identity.alternate_names
    # "short for" is an alternate-name cue (identity-cues.csv); the others name no alternate yet
    assert full in identity.alternate_names or "short for" not in intro


@pytest.mark.parametrize(
    ("title", "intro", "full"),
    [
        # no gloss: the full name the acronym spells is the name, as before
        (
            "NRPA",
            "NRPA, the Northern Rail Passengers Association, is a Scottish charity.",
            "Northern Rail Passengers Association",
        ),
        (
            "NRPA",
            "The Northern Rail Passengers Association (NRPA) is a Scottish charity.",
            "Northern Rail Passengers Association",
        ),
    ],
)
def test_without_gloss_the_spelled_name_stays_the_name(title: str, intro: str, full: str) -> None:
    assert _identity(title, intro).name == full


def test_gloss_far_from_the_subject_is_no_name_rule() -> None:
    intro = (
        "The Northern Rail Passengers Association (NRPA) is a Scottish charity; its magazine, "
        "RPX (short for Rail Passenger Express), appears monthly."
    )
    assert _identity("NRPA", intro).name == "Northern Rail Passengers Association"


# Partners: "<school> in <country>" names a campus abroad; the country stays in its name.


def members(text: str) -> list[str]:
    facts, _ = read_partners(Field("Partners", 10, (Item(11, text),)), IDENTITY)
    return sorted(f.org.name for f in facts if isinstance(f, Member))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Partner campuses: Lakeside Institute of Design School of Music in Oman.",
            "Lakeside Institute of Design School of Music in Oman",
        ),
        (
            "Partner universities: Harbour State University in Kenya, Riverside Polytechnic.",
            "Harbour State University in Kenya",
        ),
        ("We work with Westfield Business College in Ghana.", "Westfield Business College in Ghana"),
    ],
)
def test_a_school_in_a_country_is_a_campus_name(text: str, name: str) -> None:
    assert name in members(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Its partner is Coral Airways in Kenya.", "Coral Airways"),  # no school: the country is where it is
        ("We work with Westfield Freight Company in Ghana.", "Westfield Freight Company"),
    ],
)
def test_other_partners_in_a_country_lose_the_place(text: str, name: str) -> None:
    found = members(text)
    assert not any(n.endswith(("Kenya", "Ghana")) for n in found)
