"""The template's headings written other ways: numbered, marked up (Markdown, wikitext, HTML),
in bold, in a British spelling. Each is the heading it names; other lines stay values."""

from __future__ import annotations

import pytest

from orgkg.parse import parse_profile

SEPARATORS = "| ||||||||||||||||||||||\n" * 4 + "|\n"


def _fields(first: str, second: str) -> list[tuple[str, bool, list[str]]]:
    text = (
        f"Delta Institute\n{SEPARATORS}The Delta Institute is a research institute.\n"
        f"{first}\n- Alpha Corporation\n{second}\nDirector: Ann Lee\n"
    )
    return [(f.name, f.known, [item.text for item in f.items]) for f in parse_profile(text, "d.txt").fields]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1. Partners", "2. Leader"),
        ("3.2 Partners", "IV. Leader"),
        ("== Partners ==", "=== Leader ==="),
        ("<h2>Partners</h2>", '<h3 class="x">Leader</h3>'),
        ("<strong>Partners</strong>", "<b>Leader</b>"),
        ("**Partners**", "__Leader__"),
        ("## Partners", "### Leader ###"),
    ],
)
def test_a_known_heading_written_another_way_is_that_heading(first: str, second: str) -> None:
    assert _fields(first, second) == [
        ("Partners", True, ["Alpha Corporation"]),
        ("Leader", True, ["Director: Ann Lee"]),
    ]


def test_a_british_spelling_is_the_template_s_heading() -> None:
    assert [name for name, _, _ in _fields("Parent organisation", "List of programmes")] == [
        "Parent organization",
        "List of programs",
    ]


def test_marked_up_unknown_headings_are_unknown_headings() -> None:
    assert [(name, known) for name, known, _ in _fields("== Key facts ==", "<h2>Leader</h2>")] == [
        ("Key facts", False),
        ("Leader", True),
    ]


@pytest.mark.parametrize("line", ["1. Key facts", "<b>Alpha Corporation</b>", "**Alpha Corporation**", "= Partners ="])
def test_a_numbered_or_bold_line_that_names_no_heading_stays_a_value(line: str) -> None:
    fields = _fields("Partners", "Leader")
    text = (
        f"Delta Institute\n{SEPARATORS}The Delta Institute is a research institute.\n"
        f"Partners\n- Beta Ltd\n{line}\nLeader\nDirector: Ann Lee\n"
    )
    parsed = parse_profile(text, "d.txt")
    assert [f.name for f in parsed.fields] == [name for name, _, _ in fields] == ["Partners", "Leader"]
    assert len(parsed.fields[0].items) == 2  # the line is a value of Partners


def test_a_count_before_a_heading_word_is_a_value() -> None:
    text = f"Delta Institute\n{SEPARATORS}The Delta Institute is a research institute.\nDivisions\n8 divisions: A, B\n"
    assert [[item.text for item in f.items] for f in parse_profile(text, "d.txt").fields] == [["8 divisions: A, B"]]
