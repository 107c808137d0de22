"""A scholar's footnote apparatus is layout: superscript markers after a word, a bracket or
punctuation ("in 1954.¹²", "Dar es Salaam²", "(Geneva)¹¹") leave the value and become the
item's footnote numbers, as "[12]" does; a field's own footnote texts ("Notes: 13. …") are no
value. A superscript inside a name ("I²R") or an exponent after a unit of
lexicon/exponent-units.csv ("40 km²") stays."""

from __future__ import annotations

import pytest

from orgkg.parse import parse_profile

_PROFILE = """Ostrava Mining Archive
| ||||
|
The Ostrava Mining Archive keeps the records of the coal basin.{marker}
Divisions
{line}
References
1. Novák, Coal and the State.
"""


def _divisions(line: str, marker: str = "") -> tuple[str, list[tuple[str, tuple[int, ...]]], list[str]]:
    profile = parse_profile(_PROFILE.format(line=line, marker=marker), "oma.txt")
    (field,) = [field for field in profile.fields if field.name == "Divisions"]
    assert profile.intro is not None
    codes = [diagnostic.code for diagnostic in profile.diagnostics]
    return profile.intro, [(item.text, item.footnotes) for item in field.items], codes


@pytest.mark.parametrize(
    ("line", "text", "footnotes"),
    [
        ("Map Room (opened 1961)¹⁰", "Map Room (opened 1961)", (10,)),
        ("Photographic Collection, Karviná²", "Photographic Collection, Karviná", (2,)),
        ("Reading Room.¹² Conservation Workshop.³", "Reading Room. Conservation Workshop.", (12, 3)),
        ("Map Room¹,² and Library", "Map Room and Library", (1, 2)),
    ],
)
def test_superscript_markers_become_footnotes(line: str, text: str, footnotes: tuple[int, ...]) -> None:
    assert _divisions(line)[1] == [(text, footnotes)]


def test_the_intro_loses_its_marker() -> None:
    intro, _, _ = _divisions("Map Room", marker="¹")
    assert intro == "The Ostrava Mining Archive keeps the records of the coal basin."


@pytest.mark.parametrize(
    "line",
    [
        "Institute for Infocomm Research (I²R)",  # inside a name
        "Depot of 1,200 m², Vítkovice",  # an exponent after a unit
        "Yard of 40 km² and Shafts",
        "Reading Room ² Annex",  # alone between spaces: not glued to a word
    ],
)
def test_superscripts_in_names_and_exponents_stay(line: str) -> None:
    assert _divisions(line)[1] == [(line, ())]


def test_a_fields_footnote_texts_are_no_value() -> None:
    _, items, codes = _divisions("Map Room¹³\nNotes: 13. Cf. the Silesian Museum's own catalogue.")
    assert items == [("Map Room", (13,))]
    assert "footnote-notes" in codes


def test_a_note_without_a_number_stays_a_value() -> None:
    # "Note: …" qualifying the field is text of the field, not a footnote
    assert _divisions("Note: the Map Room closed in 2019.")[1] == [("Note: the Map Room closed in 2019.", ())]
