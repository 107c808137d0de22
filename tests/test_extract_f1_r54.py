"""Round 54 (F1): units named in a register's own style.

- "Conseil d'orientation stratégique": a unit name that opens with a head noun and a joining
  word of a language that capitalises only its first word keeps its lowercase words, as an
  organization's name does (names._Span.lowercase_style now covers units).
- "Faculté des Lettres, des Arts et des Langues": a comma piece that repeats the joining word
  after the head noun, then a capitalised word, goes on naming the unit; it is no note.
- "Sub-Saharan Africa regional office — Nairobi, KE": world regions (lexicon/world-region-
  names.csv) before a lowercase office word name a unit; a town and an ISO 3166-1 alpha-2 code
  after a spaced dash are its seat, no part of its name.
"""

from __future__ import annotations

import pytest

from orgkg.extract.units import read_divisions
from orgkg.model import Identity, OrgKind, Unit

from .list_helpers import field

_ORG = Identity("Lakeshore Heritage Society", OrgKind.ORGANIZATION)


def _units(*lines: str) -> list[str]:
    found, _ = read_divisions(field(*lines, name="Divisions"), _ORG)
    return [fact.name for fact in found if isinstance(fact, Unit)]


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        ("- Conseil d'orientation stratégique", "Conseil d'orientation stratégique"),
        ("- Comité d'éthique médicale (CEM)", "Comité d'éthique médicale"),
        ("- Bureau d'études techniques, at Lyon", "Bureau d'études techniques"),
        ("- Istituto dell'arte antica", "Istituto dell'arte antica"),
    ],
)
def test_lowercase_style_unit_names_keep_their_lowercase_words(line: str, unit: str) -> None:
    assert unit in _units(line, "- Secretariat général")


@pytest.mark.parametrize(
    "line",
    ["- Office for regional affairs", "- Council members elected yearly", "- Board of the members re-elected"],
)
def test_english_lowercase_phrases_stay_no_unit(line: str) -> None:
    assert _units(line) == []


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        ("- Faculté des Lettres, des Arts et des Langues (FLAL)", "Faculté des Lettres, des Arts et des Langues"),
        ("- School of Law, of Trade and of Finance", "School of Law, of Trade and of Finance"),
        (
            "- Facultad de Derecho, de Ciencias Sociales y de Economía",
            "Facultad de Derecho, de Ciencias Sociales y de Economía",
        ),
    ],
)
def test_a_repeated_joining_word_after_a_comma_goes_on_the_name(line: str, unit: str) -> None:
    assert _units(line) == [unit]


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        ("- School of Law, of which Dr Ann Lee is dean", "School of Law"),
        ("- Faculty of Science, Oxford", "Faculty of Science"),
        ("- Institute of Physics, and the Optics Unit", "Institute of Physics"),
    ],
)
def test_a_note_after_the_comma_is_no_part_of_the_name(line: str, unit: str) -> None:
    assert _units(line) == [unit]


def test_world_region_offices_with_a_town_and_country_code() -> None:
    assert _units(
        "- Sub-Saharan Africa regional office — Nairobi, KE",
        "- Asia and the Pacific liaison office — Bangkok, TH",
        "- North America, Central America and the Caribbean field office — Panama City, PA",
    ) == [
        "Sub-Saharan Africa regional office",
        "Asia and the Pacific liaison office",
        "North America, Central America and the Caribbean field office",
    ]


def test_a_town_and_country_code_after_a_dash_is_the_seat() -> None:
    assert _units("- Arctic Research Institute — Tromsø, NO", "- Coastal Survey Centre — Hilo, US") == [
        "Arctic Research Institute",
        "Coastal Survey Centre",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "- Europe desk staff — Paris, FR",  # no office word closes it
        "- Fooland area office — Town, QQ",  # no world region, no country code
        "- Fooland and Barland area office",  # no world region
        "- Asia office staff",  # the office word does not close it
        "- Asia-Pacific area office manager",  # a post, no unit
    ],
)
def test_no_region_office_without_regions_and_a_closing_office_word(line: str) -> None:
    assert _units(line) == []
