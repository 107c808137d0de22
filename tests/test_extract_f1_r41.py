"""Round 41 (F1): the tourist-guidebook entry (h30) — partners and units.

- identity: the title written mid-intro, then brackets, then an apposition (", the …") or a
  verb ("grew", "began", "runs") gives the names in the brackets, as a copula does;
- partners: a line whose label denies membership now ("Not members, even if you'd expect them:
  A", "Gone: B (left 2019)", "Never joined: C") names no member and no category;
- partners: a list of names, then "are/were its|our|their" and a class of partners ("Intel and
  Microsoft were its key suppliers", "The big pair, A and B, were …") gives each name as a
  member (a lead before the first comma with a lowercase word goes; all pieces must be names);
- partners: a phrase with a contracted negated verb ("Don't look for a partner list") is a
  sentence, no partner category;
- units: a Divisions list whose label names things the body has, not units ("The fleet is the
  bit you can visit: A, B", "Our ships: C") gives no unit.
"""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.identity import read_identity
from orgkg.model import Member, PartnerCategory, Profile, Unit
from orgkg.parse import parse_profile


def _identity_names(title: str, intro: str) -> set[str]:
    identity = read_identity(Profile("t.txt", "t", "", title, 1, intro, 2, ()))
    return {*([identity.acronym] if identity.acronym else []), *identity.alternate_names}


def _facts(field: str, body: str) -> list[object]:
    text = (
        f"Harbourview Trust\nHarbourview Trust is a charity in Leeds.\n{field}\n{body}\n"
        "Headquarters address\n1 Main Street, Leeds, United Kingdom\n"
    )
    facts = extract(parse_profile(text, "t.txt"))
    return [fact for f in facts.fields if f.name == field for fact in f.facts]


def _members(body: str) -> set[str]:
    return {f.org.name for f in _facts("Partners", body) if isinstance(f, Member)}


def _categories(body: str) -> set[str]:
    return {f.label for f in _facts("Partners", body) if isinstance(f, PartnerCategory)}


def _units(body: str) -> set[str]:
    return {f.name for f in _facts("Divisions", body) if isinstance(f, Unit)}


@pytest.mark.parametrize(
    "denied",
    [
        "Not members, whatever the brochures imply: Norway, Iceland and Switzerland.",
        "Gone: Portugal (left 1986), Austria (1995).",
        "Never joined: Norway and Iceland.",
        "No longer members since 2003: Finland, Sweden.",
        "Non-members that attend as guests: Norway, Iceland.",
        "Left in 2020: Iceland.",
    ],
)
def test_a_denied_label_names_no_member(denied: str) -> None:
    members = _members(f"Member countries: Denmark, Belgium and Greece.\n{denied}")
    assert members == {"Denmark", "Belgium", "Greece"}


@pytest.mark.parametrize(
    "kept",
    [
        "Notable members: Denmark, Belgium and Greece.",
        "Left-leaning partners: Denmark, Belgium and Greece.",
        "Member countries: Denmark, Belgium and Greece.",
    ],
)
def test_a_label_that_only_looks_denied_keeps_its_members(kept: str) -> None:
    assert {"Denmark", "Belgium", "Greece"} <= _members(kept)


@pytest.mark.parametrize(
    "sentence",
    [
        "Don't look for a partner list — a charity like this doesn't keep one.",
        "Won't find any partner agencies here — ask at the desk.",
        "Doesn't publish partner universities.",
    ],
)
def test_a_negated_verb_is_no_category(sentence: str) -> None:
    assert not any("n't" in label or "n’t" in label for label in _categories(sentence))


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("It works with leading universities such as Leeds Beckett University.", "leading universities"),
        ("Partners include regional museums such as the Leeds City Museum.", "regional museums"),
        ("Its partners are schools and youth clubs.", "schools and youth clubs"),
    ],
)
def test_a_plain_category_is_kept(sentence: str, label: str) -> None:
    assert label in _categories(sentence)


@pytest.mark.parametrize(
    "body",
    [
        "The fleet is what you can actually visit: Sea Falcon, Ocean Star and Polar Dawn.",
        "Our ships: Sea Falcon, Ocean Star and Polar Dawn.",
        "Not disclosed. The vessels you can tour are these: Sea Falcon and Polar Dawn.",
        "Aircraft on show: Sky Heron and Blue Kestrel.",
    ],
)
def test_a_list_of_things_is_no_unit(body: str) -> None:
    assert _units(body) == set()


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        ("Fleet Operations Division: Harbour Unit and Coastal Unit.", "Harbour Unit"),
        ("Departments: Finance Department, Legal Office and Marine Research Department.", "Legal Office"),
        ("Units: the Ship Safety Office and the Port Logistics Department.", "Ship Safety Office"),
    ],
)
def test_a_unit_list_is_kept(body: str, unit: str) -> None:
    assert unit in _units(body)


@pytest.mark.parametrize(
    ("title", "intro", "names"),
    [
        (
            "Nordlicht Optik GmbH",
            "HARBOUR WALK · KIEL ★ Camera buffs, stop here. The old dock is home to Nordlicht Optik GmbH "
            "(NORDLICHT), the binocular maker whose glass goes everywhere.",
            {"NORDLICHT"},
        ),
        (
            "Pelican Data Systems Corporation",
            "RETRO STOP · AUSTIN ★ This is where Pelican Data Systems Corporation (Pelican) grew from a "
            "garage outfit into a server giant.",
            {"Pelican"},
        ),
        (
            "Bureau of Coastal Shipping",
            "HARBOUR WALK · OSAKA ★ Stop outside the old tower: this was the home of the Bureau of Coastal "
            "Shipping (BCS; Engan Kaiun-kyoku), the office that ran the ferries.",
            {"BCS", "Engan Kaiun-kyoku"},
        ),
        (
            "Marsh Valley Institute",
            "VILLAGE STOP ★ Across the green, the Marsh Valley Institute (MVI) runs a small reading room.",
            {"MVI"},
        ),
    ],
)
def test_title_brackets_before_an_apposition_or_a_verb(title: str, intro: str, names: set[str]) -> None:
    assert names <= _identity_names(title, intro)


@pytest.mark.parametrize(
    ("title", "intro", "wrong"),
    [
        (
            "Nordlicht Optik GmbH",
            "HARBOUR WALK · KIEL ★ Next door to Nordlicht Optik GmbH (Germany), the binocular maker, there is a café.",
            "Germany",
        ),
        (
            "Pelican Data Systems",
            "RETRO STOP ★ Pelican Data Systems (Austin) Holdings grew from a garage outfit.",
            "Austin",
        ),
        (
            "Marsh Valley Institute",
            "VILLAGE STOP ★ Across the green, the Marsh Valley Institute (MVI) and its shop (open daily), the café.",
            "open daily",
        ),
    ],
)
def test_title_brackets_not_closing_the_name_give_nothing(title: str, intro: str, wrong: str) -> None:
    assert wrong not in _identity_names(title, intro)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Nestlé, Unilever and Danone were its first partners.", {"Nestlé", "Unilever", "Danone"}),
        ('The "Chipzilla" pair, Intel and AMD, were its key suppliers.', {"Intel", "AMD"}),
        ("Siemens and Philips are our industrial partners.", {"Siemens", "Philips"}),
    ],
)
def test_a_list_before_were_its_partners(sentence: str, names: set[str]) -> None:
    assert _members(sentence) == names


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices and quality were its main concerns.",
        "The big two, Oxfam and Christian Aid, are its main donors.",
        "Most staff and volunteers were its members.",
    ],
)
def test_a_list_before_were_its_no_partners(sentence: str) -> None:
    assert not ({"Prices", "Oxfam and Christian Aid", "Most staff"} & _members(sentence))
