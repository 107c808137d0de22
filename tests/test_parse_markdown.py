"""Markdown emphasis pasted with an answer ("The **Ministry of X** supervises it", "__Chair__",
"*Nature*") is layout: the parser removes the markers from the intro and every value, so no
reader ever sees a star as part of a name. Stars and underscores that are not a hugging pair
(arithmetic, identifiers, a footnote star) stay as written."""

from __future__ import annotations

import time

import pytest

from orgkg.parse import parse_profile

_PROFILE = """Tarn Valley Observatory
| ||||
|
{intro}
Divisions
{divisions}
Leader
{leader}
"""


def _values(intro: str, divisions: str = "- Optics", leader: str = "Director: Ann Lee") -> tuple[str, list[str]]:
    profile = parse_profile(_PROFILE.format(intro=intro, divisions=divisions, leader=leader), "tvo.txt")
    fields = {field.name: [item.text for item in field.items] for field in profile.fields}
    assert profile.intro is not None
    return profile.intro, fields["Divisions"] + fields["Leader"]


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        (
            "The **Tarn Valley Observatory (TVO)** is a research station.",
            "The Tarn Valley Observatory (TVO) is a research station.",
        ),
        ("Sure! __Tarn Valley Observatory__ studies the sky.", "Sure! Tarn Valley Observatory studies the sky."),
        ("It publishes in *Nature* and *Icarus*.", "It publishes in Nature and Icarus."),
        ("**Founded:** 1911, by **Ann Lee** and **Bo Ek**.", "Founded: 1911, by Ann Lee and Bo Ek."),
    ],
)
def test_emphasis_markers_leave_the_intro(intro: str, expected: str) -> None:
    assert _values(intro)[0] == expected


def test_emphasis_markers_leave_bullets_and_labels() -> None:
    _, values = _values(
        "The observatory studies the sky.",
        divisions="- **Optics Department**\n**Radio Astronomy Group**\n1. **Time Service** (TS)",
        leader="- **Director:** Ann Lee (since 2019)",
    )
    assert values == [
        "Optics Department",
        "Radio Astronomy Group",
        "1. Time Service (TS)",
        "Director: Ann Lee (since 2019)",
    ]


@pytest.mark.parametrize(
    "intro",
    [
        "Its mirror is 5 * 3 * 2 metres of glass.",  # arithmetic: spaces inside the pair
        "Budget of $5m* (estimate) and a file named tvo_data_2020.",  # a lone star, snake case
        "A star ** between spaces ** is no emphasis.",
        "The code is snake__case__name in the archive.",  # inside a word
    ],
)
def test_stars_and_underscores_that_are_no_emphasis_stay(intro: str) -> None:
    assert _values(intro)[0] == intro


def test_markdown_headings_are_the_template_s_headings() -> None:
    text = (
        "# Tarn Valley Observatory\n| ||||\n|\nThe observatory studies the sky.\n"
        "## Divisions\n- Optics\n### Leader ###\nDirector: Ann Lee\n**History**\nFounded in 1950.\n"
        "## Visitor notes\nOpen on Sundays.\n"
    )
    profile = parse_profile(text, "tvo.txt")
    assert profile.title == "Tarn Valley Observatory"
    assert [(f.name, f.known) for f in profile.fields] == [
        ("Divisions", True),
        ("Leader", True),
        ("History", True),
        ("Visitor notes", False),
    ]
    assert [item.text for item in profile.fields[1].items] == ["Director: Ann Lee"]


def test_a_markdown_sub_heading_under_an_empty_heading_stays_a_value() -> None:
    text = "Tarn Valley Observatory\n| ||||\n|\nThe observatory studies the sky.\nDivisions\n### Key facts\n- Optics\n"
    profile = parse_profile(text, "tvo.txt")
    assert [f.name for f in profile.fields] == ["Divisions"]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("[Alpha Corporation](https://alpha.example)", "Alpha Corporation (https://alpha.example)"),
        ("- [Official website](https://tvo.example/)", "Official website (https://tvo.example/)"),
        ("[https://tvo.example](https://tvo.example)", "https://tvo.example"),
        ("[a note] (see below)", "[a note] (see below)"),  # a space before the bracket: no link
        ("[a](b c)", "[a](b c)"),  # an address holds no space
    ],
)
def test_a_markdown_link_reads_as_its_text_and_address(line: str, read: str) -> None:
    _, values = _values("The observatory studies the sky.", divisions=line)
    assert values[0] == read


def test_markdown_links_stay_linear() -> None:
    started = time.process_time()
    for _ in range(20):  # a line at the length limit, read 20 times
        _values("The observatory studies the sky.", divisions="](" * 3_000 + "[x](" * 3_000)
    assert time.process_time() - started < 2.0
