"""A judgment's, an award's or a form's layout is no content: the number of a numbered
paragraph opening a line ("[16] ", "¶ 12 "), a form field's number ("6.1 Headcount:") and an
exhibit citation in brackets ("(Exh. C-6)", lexicon/exhibit-citations.csv) are removed from
the intro and every value; a footnote marker, a bracketed year and other brackets stay as the
parser always read them."""

from __future__ import annotations

import pytest

from orgkg.parse import parse_profile

_PROFILE = """Tarn Valley Observatory
| ||||
|
{intro}
Number of employees
{staff}
References
[1] https://example.org/tvo
"""


def _parsed(intro: str, staff: str) -> tuple[str, list[str], list[tuple[int, ...]]]:
    profile = parse_profile(_PROFILE.format(intro=intro, staff=staff), "tvo.txt")
    (field,) = [field for field in profile.fields if field.name == "Number of employees"]
    assert profile.intro is not None
    return profile.intro, [item.text for item in field.items], [item.footnotes for item in field.items]


@pytest.mark.parametrize(
    ("staff", "expected"),
    [
        ("[16] As at 30 June 2023 it had 1,400 employees (Exh. C-6).", "As at 30 June 2023 it had 1,400 employees."),
        ("¶ 12 The Observatory employed 85 people.", "The Observatory employed 85 people."),
        ("¶12. It employed 85 people (Exhibit R-14, p. 3).", "It employed 85 people."),
        ("[7] It employed 85 people (Exhs. C-2 and C-3) in 1990.", "It employed 85 people in 1990."),
    ],
)
def test_paragraph_number_and_exhibits_are_layout(staff: str, expected: str) -> None:
    _, values, _ = _parsed("[3] The Tarn Valley Observatory (the Claimant) is a research station.", staff)
    assert values == [expected]


def test_intro_loses_its_paragraph_number() -> None:
    intro, _, _ = _parsed("[3] The Tarn Valley Observatory (Exh. C-1) is a research station.", "85")
    assert intro == "The Tarn Valley Observatory is a research station."


@pytest.mark.parametrize(
    ("staff", "expected", "footnotes"),
    [
        ("It employed 85 people.[1]", "It employed 85 people.", (1,)),  # a footnote marker, not a paragraph
        ("[1] [1]", None, None),  # a line of markers only joins the value above
        ("[2019] staff count: 85", "[2019] staff count: 85", ()),  # four digits: a bracketed year, not a number
        ("[12]85", "[12]85", ()),  # no space after the bracket: no paragraph number
        ("85 (Exhibition Hall staff included)", "85 (Exhibition Hall staff included)", ()),  # no exhibit word
        ("85 (Exh.)", "85 (Exh.)", ()),  # a word but no exhibit after it
    ],
)
def test_other_brackets_stay(staff: str, expected: str | None, footnotes: tuple[int, ...] | None) -> None:
    _, values, notes = _parsed("The Tarn Valley Observatory is a research station.", f"80\n{staff}")
    if expected is None:
        assert values == ["80"]
        assert notes == [(1,)]
    else:
        assert values == ["80", expected]
        assert notes[1] == footnotes


@pytest.mark.parametrize(
    ("staff", "expected"),
    [
        ("6.1 Headcount: 85", "Headcount: 85"),
        ("6.1.2 Staff (FTE): 85", "Staff (FTE): 85"),
        ("17.1 1990: 85 staff", "1990: 85 staff"),
        ("6.1 [x] Declared: 85", "[x] Declared: 85"),
        ("Declared. 6.2 Staff in Sydney: 85", "Declared. Staff in Sydney: 85"),  # inline, before a label
    ],
)
def test_form_field_number_is_layout(staff: str, expected: str) -> None:
    _, values, _ = _parsed("The Tarn Valley Observatory is a research station.", staff)
    assert values == [expected]


@pytest.mark.parametrize(
    "staff",
    [
        "1.5 Million people work there",  # a decimal before a multiplier word
        "2.5 thousand",
        "85 staff; 2.5 of them part-time",  # inline, but no label and colon after it
        "It grew 2.5 times. 3.1 more joined",  # after a stop, but lowercase: no label
        "version 2.1 Release notes",  # not at the start, not after a stop
    ],
)
def test_decimal_numbers_stay(staff: str) -> None:
    _, values, _ = _parsed("The Tarn Valley Observatory is a research station.", staff)
    assert values == [staff]


def test_intro_record_loses_its_field_numbers() -> None:
    intro, _, _ = _parsed("FORM 7 — Section 1. 1.1 Legal name: Tarn Valley Observatory. 1.2 Acronym: TVO.", "85")
    assert intro == "FORM 7 — Section 1. Legal name: Tarn Valley Observatory. Acronym: TVO."


def test_form_numbered_lines_are_list_items() -> None:
    text = "Tarn Valley Observatory\n| ||||\n|\nThe Tarn Valley Observatory is a station.\nList of programs\n"
    text += "10.1 Programmes declared:\n10.2 Sky Survey\n10.3 Night School\nThe rest is not itemised.\n"
    (field,) = [f for f in parse_profile(text, "tvo.txt").fields if f.name == "List of programs"]
    assert [(item.text, item.bullet) for item in field.items] == [
        ("Programmes declared:", False),  # the label of the list after it
        ("Sky Survey", True),
        ("Night School", True),
        ("The rest is not itemised.", False),
    ]
