"""Round 27, F2 (names, people, lists): the Irish article "An" kept on a name, a county
written with its prefix word ("Co. Kerry") as a place note, a capitalised "The" opening a
list line, a seat after "at" on a capitalised name, and "Name — Post, Body" lines. Own
phrasings; each class with negatives."""

from __future__ import annotations

import pytest

from orgkg.extract.names import NameKind, is_subdivision, org_mention
from orgkg.extract.partners import read_partners
from orgkg.extract.text import strip_article
from orgkg.extract.units import one_item, without_place
from orgkg.model import Field, Identity, Item, OrgKind, PartnerCategory

from .list_helpers import ListReaders

IDENTITY = Identity("Western Rural Women's Network", OrgKind.ORGANIZATION)
READ = ListReaders(IDENTITY, heading="Divisions", leader_heading="Leader")
units = READ.units
posts = READ.posts


# --- class 1: "An" before a consonant is the Irish article, part of the name ------------


@pytest.mark.parametrize("name", ["An Bord Altranais", "An Comhairle Ealaíon", "An Post"])
def test_irish_article_stays_on_the_name(name: str) -> None:
    assert strip_article(name) == name
    found = org_mention(name, NameKind.ORGANIZATION)
    assert found is not None and found.name == name


def test_irish_article_before_a_prefixed_word_stays() -> None:
    assert strip_article("An tOireachtas") == "An tOireachtas"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("an Institute of Fisheries", "Institute of Fisheries"), ("an MRC Unit", "MRC Unit"), ("An Agency", "Agency")],
)
def test_english_article_still_goes(text: str, expected: str) -> None:
    assert strip_article(text) == expected


def test_lowercase_an_before_a_word_is_no_name() -> None:
    assert org_mention("an Bord", NameKind.ORGANIZATION) is None


# --- class 2: "Town, Co. Kerry" after a unit name is its place ---------------------------


@pytest.mark.parametrize("place", ["Co. Kerry", "County Mayo", "Kanton Zürich"])
def test_prefixed_subdivision_is_a_place(place: str) -> None:
    assert is_subdivision(place)


@pytest.mark.parametrize("text", ["Co. Ontario", "County Hall", "Kanton Nowhere"])
def test_prefix_with_no_subdivision_of_its_country_is_no_place(text: str) -> None:
    assert not is_subdivision(text)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Ballymore Folk Park, Kilcar, Co. Donegal (opened 1971)", "Ballymore Folk Park"),
        ("Rural Crafts Centre, Dingle, County Kerry", "Rural Crafts Centre"),
        ("Lakeside Field Station, Glenties, Co. Donegal", "Lakeside Field Station"),
    ],
)
def test_town_and_county_after_a_name_go(item: str, expected: str) -> None:
    assert one_item(item, bullet=True) == expected


def test_town_and_unknown_county_stay() -> None:
    assert one_item("Harbour Gallery, Kilcar, Co. Nowhere", bullet=True) == "Harbour Gallery, Kilcar, Co. Nowhere"


def test_irish_named_college_with_its_place_is_one_unit() -> None:
    assert units("- An Coláiste Glas, Ros Muc, Co. Galway (opened 1961)") == {"An Coláiste Glas"}


# --- class 3: a list line opened by "The" keeps it when the name has no unit word --------


def test_the_on_a_list_line_belongs_to_the_name() -> None:
    assert units("- The Prairie Ledger (a weekly paper, sold in 1999)", "- Grain Services") == {
        "The Prairie Ledger",
        "Grain Services",
    }
    assert units("1. Mill Museum", "2. The Old Rectory, Little Snoring") == {"Mill Museum", "The Old Rectory"}


def test_the_before_a_unit_word_is_grammar() -> None:
    assert units("- The Research Council", "- The Finance Committee") == {"Research Council", "Finance Committee"}


def test_the_in_prose_is_not_kept() -> None:
    assert "The Old Mill" not in units("It runs the Old Mill and the Granary Museum.")


# --- class 4: "X Y at Place": the seat of a name of capitalised words --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Services Centraux at Libreville", "Services Centraux"),
        ("Central Registry at Port Moresby", "Central Registry"),
        ("Bureaux Régionaux at Douala", "Bureaux Régionaux"),
    ],
)
def test_seat_after_at_goes(text: str, expected: str) -> None:
    assert without_place(text) == expected


@pytest.mark.parametrize(
    "text", ["University of Texas at Austin", "Services Centraux at the Bank", "Archives at Kew", "Collections at Home"]
)
def test_at_that_is_part_of_the_name_stays(text: str) -> None:
    assert without_place(text) == text


# --- class 5: "Name — Post, Body": the body the post heads is part of the post ------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Jo Roe — Chair, Board of Governors (since 2019)", "Chair, Board of Governors | Jo Roe"),
        ("- Ann Lee — Vice-Chair, Executive Committee", "Vice-Chair, Executive Committee | Ann Lee"),
        ("- Sam Ng — Secretary, Governing Council (elected 2021)", "Secretary, Governing Council | Sam Ng"),
    ],
)
def test_post_with_its_body_after_a_comma(line: str, expected: str) -> None:
    assert posts(line) == {expected}


def test_note_after_the_comma_is_no_body() -> None:
    assert posts("- Jo Roe — Director, since 2020") == {"Director | Jo Roe"}


# --- class 6: "Role at the time of X: Name": when is no part of the post ------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Executive Director at the time of the merger: Jo Roe (from 2001)", "Executive Director | Jo Roe"),
        ("Chair at that time: Ann Lee", "Chair | Ann Lee"),
        ("General Manager at the time of closure: Sam Ng", "General Manager | Sam Ng"),
    ],
)
def test_time_phrase_after_a_role_goes(line: str, expected: str) -> None:
    assert posts(line) == {expected}


def test_time_as_a_word_of_the_post_stays() -> None:
    assert posts("Head of Time Studies: Ann Lee") == {"Head of Time Studies | Ann Lee"}


# --- class 7: a community foundation's partner classes -----------------------------------


def _partner_facts(text: str) -> list[object]:
    facts, _ = read_partners(Field("Partners", 1, (Item(2, text, False),)), IDENTITY)
    return facts


def test_fundholders_and_grantees_are_categories() -> None:
    labels = {
        f.label.lower()
        for f in _partner_facts("Donors, fundholders and local grantees.")
        if isinstance(f, PartnerCategory)
    }
    assert labels == {"donors", "fundholders", "local grantees"}
    assert {f.label.lower() for f in _partner_facts("Fundholders and grantees") if isinstance(f, PartnerCategory)} == {
        "fundholders",
        "grantees",
    }


def test_named_funds_stay_organizations() -> None:
    facts = _partner_facts("Alpha Community Fund, Beta Trust and Gamma Holdings")
    assert not any(isinstance(f, PartnerCategory) for f in facts)
