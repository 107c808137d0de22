"""extract/units.py (round 58): in an article-marked prose list, "the" and a class word alone
("the Library at Leiden") refers to a body, no unit, and the named items beside it stay; the
place after a named item ("the Maritime Heritage Museum at Hobart") is no part of its name; a
list closed by a serial comma whose every piece is a whole name of two words or more is that
many names; a prose item that is only "The" and a class word ("The Academy is …") names no unit."""

from __future__ import annotations

import pytest

from orgkg.extract.units import read_divisions
from orgkg.model import Field, Identity, Item, OrgKind, Unit

IDENTITY = Identity("Example Trust", OrgKind.ORGANIZATION)


def units(text: str) -> list[str]:
    facts, _ = read_divisions(Field("Divisions", 10, (Item(11, text),)), IDENTITY)
    return sorted(f.name for f in facts if isinstance(f, Unit))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The trust runs the Library at Bendigo and the Maritime Heritage Museum at Hobart.",
            ["Maritime Heritage Museum"],
        ),
        (
            "The foundation operates the Library at Leiden and the Oriental Manuscripts Centre at Utrecht.",
            ["Oriental Manuscripts Centre"],
        ),
        (
            "The council manages the Museum and the Northern Coal Mining Museum at Ashington.",
            ["Northern Coal Mining Museum"],
        ),
    ],
)
def test_lone_class_word_in_article_list_is_a_reference(text: str, expected: list[str]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Its operations were grouped in segments including Acme Retail Banking, Acme Asset Management, "
            "Acme Insurance Services, and Treasury and Markets.",
            ["Acme Asset Management", "Acme Insurance Services", "Acme Retail Banking", "Treasury and Markets"],
        ),
        (
            "The group reported segments including Northwind Freight, Northwind Passenger Rail, "
            "and Property and Leasing.",
            ["Northwind Freight", "Northwind Passenger Rail", "Property and Leasing"],
        ),
        (
            "The group reported segments including Helix Crop Science, Helix Animal Health, "
            "Helix Consumer Care, and Seeds and Traits.",
            ["Helix Animal Health", "Helix Consumer Care", "Helix Crop Science", "Seeds and Traits"],
        ),
    ],
)
def test_serial_comma_list_of_whole_names_splits(text: str, expected: list[str]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        # one-word pieces: a single name with a serial comma stays whole, never split
        ("It reports to the Department of Agriculture, Fisheries, and Forestry.", "Fisheries"),
        ("Its segments included Ministry of Trade, Industry, and Energy.", "Industry"),
        # "The Academy …": the body itself, no unit
        ("The Academy is organised in several schools.", "Academy"),
        ("The Institute is divided into departments.", "Institute"),
        ("The Board meets quarterly.", "Board"),
    ],
)
def test_near_misses_name_no_piece(text: str, forbidden: str) -> None:
    assert forbidden not in units(text)


def test_place_after_lone_class_word_never_a_unit() -> None:
    found = units("The trust runs the Library at Bendigo and the Maritime Heritage Museum at Hobart.")
    assert not any("Bendigo" in name or "Hobart" in name or name == "Library" for name in found)
