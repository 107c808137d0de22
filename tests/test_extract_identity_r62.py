"""Round 62 (F4-2): a program clause that gives the program to another body names none; a
title in guillemets keeps its commas; "Name (ACR): 10-yr plan, …" names the label; the
intro's full name that opens with a short title is the name ("Acme Widgets Corporation
(commonly Acme)"); a one-word title with its legal form ("Acme S.p.A. is …") is the name; a
verbless seat lead ("Head office in X, …") is no part of the locality; a ward before a
capital-named prefecture's city ("Sakyo-ku, Kyoto") leaves the city the locality."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.units import read_programs
from orgkg.model import Field, Identity, Item, OrgKind, Program
from orgkg.parse import parse_profile

from .address_helpers import address_of

IDENTITY = Identity("Example Holdings", OrgKind.ORGANIZATION)


def programs(*lines: str, bullet: bool = False) -> list[str]:
    items = tuple(Item(11 + n, line, bullet=bullet) for n, line in enumerate(lines))
    facts, _ = read_programs(Field("List of programs", 10, items), IDENTITY)
    return sorted(f.name for f in facts if isinstance(f, Program))


# --- programs of another body ------------------------------------------------------------


def test_program_of_another_body_is_no_program() -> None:
    found = programs(
        "Operation Bright Meadow (1980–1992), which was a programme of the Northern Grain Board and not of the union",
        bullet=True,
    )
    assert found == []


def test_own_item_beside_another_bodys_stays() -> None:
    found = programs(
        "Harvest Skills Programme",
        "Clean Fields Campaign, which was a campaign of the Ministry of Fields and not of the union",
        bullet=True,
    )
    assert found == ["Harvest Skills Programme"]


def test_own_program_with_a_negation_elsewhere_stays() -> None:
    # near miss: "not" without a body to give the program to
    assert programs("Harvest Skills Programme (not funded by the state)", bullet=True) == ["Harvest Skills Programme"]


# --- titles in guillemets, figures after a colon ------------------------------------------


def test_guillemet_title_keeps_its_commas() -> None:
    found = programs(
        "Государственная программа «Развитие лесов, рек и озёр Северного края» (ГП РЛРО)",
        bullet=True,
    )
    assert found == ["Государственная программа «Развитие лесов, рек и озёр Северного края»"]


def test_comma_outside_guillemets_still_splits_a_note() -> None:
    found = programs("Проект «Заря», launched in 2011", bullet=True)
    assert found == ["Проект «Заря»"]


def test_figure_description_after_colon_names_the_label() -> None:
    found = programs("Harbour Renewal Plan (HRP): 5-yr plan, May 2019; HRP 2.0 update 2023", bullet=True)
    assert found == ["Harbour Renewal Plan"]


def test_capitalised_value_after_colon_is_not_a_description() -> None:
    # near miss: a figure before a capitalised word ("2030 Vision") is part of a name
    assert programs("Harbour Renewal Plan: 2030 Vision", bullet=True) == ["Harbour Renewal Plan: 2030 Vision"]


# --- identity -----------------------------------------------------------------------------


def identity(title: str, intro: str) -> Identity:
    return extract(parse_profile(f"{title}\n{intro}\nMission\nTo show things.\n", "x.txt")).identity


@pytest.mark.parametrize(
    ("title", "intro", "name"),
    [
        (
            "Quillon",
            "Quillon Software Corporation (commonly Quillon) was an American maker of office software.",
            "Quillon Software Corporation",
        ),
        (
            "Kestrel",
            "Kestrel Avionics GmbH, generally known as Kestrel, is a German avionics maker.",
            "Kestrel Avionics GmbH",
        ),
        (
            "Marlowe",
            "Marlowe Brothers & Co. Ltd, commonly referred to as Marlowe, was a publisher.",
            "Marlowe Brothers & Co. Ltd",
        ),
    ],
)
def test_full_name_opening_with_the_title_is_the_name(title: str, intro: str, name: str) -> None:
    found = identity(title, intro)
    assert found.name == name
    assert title in found.alternate_names


def test_legal_name_ending_with_the_title_keeps_the_title() -> None:
    # near miss: the title buried at the end of a legal name stays the name (round 40's rule)
    found = identity(
        "Brandt",
        "N.V. Koninklijke Werktuigenfabriek Brandt, usually referred to simply as Brandt, was an engine maker.",
    )
    assert found.name == "Brandt"


def test_one_word_title_with_its_legal_form_is_the_name() -> None:
    found = identity("Ravello", "Ravello S.p.A. is an Italian maker of bicycles, based in Turin.")
    assert found.name == "Ravello S.p.A."


def test_one_word_title_with_other_words_is_not_a_legal_form() -> None:
    # near miss: "Ravello Bicycles" is no legal form of the title
    found = identity("Ravello", "Ravello makes bicycles in Turin.")
    assert found.name == "Ravello"


# --- address ------------------------------------------------------------------------------


def test_verbless_head_office_lead_is_no_locality() -> None:
    found = address_of(
        ["Head office in Kumasi, Ashanti Region, Ghana."],
        title="Gold Coast Testing Board",
        intro="The Gold Coast Testing Board is a testing body.",
        after=[],
        file="x.txt",
    )
    assert found is not None
    assert found[1] == "Kumasi"
    assert found[4] == "GH"


def test_pronoun_before_in_is_no_bare_lead() -> None:
    # near miss: only seat nouns open a verbless lead
    found = address_of(
        ["Headquarters at 12 Harbour Road, Kumasi, Ghana"],
        title="Gold Coast Testing Board",
        intro="The Gold Coast Testing Board is a testing body.",
        after=[],
        file="x.txt",
    )
    assert found is not None
    assert found[0] == "12 Harbour Road"
    assert found[1] == "Kumasi"


@pytest.mark.parametrize(("ward", "city"), [("Higashiyama-ku", "Kyoto"), ("Chuo-ku", "Osaka")])
def test_ward_before_capital_named_prefecture_city(ward: str, city: str) -> None:
    found = address_of(
        [f"1-2 Gionmachi, {ward}, {city} 605-0001, Japan"],
        title="Example Craft Institute",
        intro="The Example Craft Institute is a school.",
        after=[],
        file="x.txt",
    )
    assert found is not None
    assert found[1] == city
    assert found[2] is None
    assert found[3] == "605-0001"
