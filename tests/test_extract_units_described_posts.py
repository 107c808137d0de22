"""Units that are no units: a post heading a unit ("headed by a Head of Regional Office"), a
lowercase body that only describes a named one ("the Council of Wardens, a unitary board that
…"); and a country whose English name keeps its "The" opening a unit bullet ("- The Bahamas
Liaison Office"). Phrasings written for these tests."""

from __future__ import annotations

from orgkg.extract import extract
from orgkg.model import Unit
from orgkg.parse import parse_profile

NAME = "Corven Examinations Board"


def _units(field: str, *lines: str) -> set[str]:
    body = "\n".join(lines)
    text = f"{NAME}\n|\nThe {NAME} is an examining body.\n{field}\n{body}\n"
    return {f.name for ff in extract(parse_profile(text, "ceb.txt")).fields for f in ff.facts if isinstance(f, Unit)}


def test_a_post_heading_a_unit_is_no_unit() -> None:
    units = _units(
        "Organization structure",
        "The Board runs an office in each region, and each regional office is headed by a Head of Regional Office.",
    )
    assert "Head of Regional Office" not in units


def test_a_unit_named_office_of_stays() -> None:
    # near miss: no post before "of"
    units = _units("Divisions", "The Board has these divisions:", "- Office of Standards", "- Office of Appeals")
    assert {"Office of Standards", "Office of Appeals"} <= units


def test_a_lowercase_description_of_a_named_body_is_no_unit() -> None:
    units = _units(
        "Organization structure",
        "The Board is governed by the Council of Wardens, a unitary board that sets its strategy.",
    )
    assert "unitary board" not in units


def test_a_lowercase_body_of_its_own_stays() -> None:
    # near miss: no named body before the comma
    units = _units("Organization structure", "The Board is advised by a steering committee of teachers.")
    assert "steering committee" in units


def test_a_country_keeping_its_article_opens_a_unit_bullet() -> None:
    units = _units(
        "Divisions",
        "The Board works through national offices:",
        "- The Bahamas National Office – based in Nassau.",
        "- The Regional Office – based in Kingston.",
    )
    assert "The Bahamas National Office" in units
    assert "The Regional Office" not in units
