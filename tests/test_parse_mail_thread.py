"""An e-mail thread pasted as a profile: the header line ("From: A · To: list · Subject: …")
is no intro, and a quoted line of an earlier message ("> Sam: parent = ?") is no value of the
field it sits in. Both are skipped with a warning at their line."""

from __future__ import annotations

import pytest

from orgkg.model import Profile
from orgkg.parse import parse_profile

_PROFILE = """Kestrel Valley Water Board
| ||||
|
{first}
{second}
Parent organization
{parent}
Mission
To supply water.
"""


def _parse(first: str, second: str = "The Board supplies water.", parent: str = "None.") -> Profile:
    return parse_profile(_PROFILE.format(first=first, second=second, parent=parent), "kvwb.txt")


@pytest.mark.parametrize(
    "header",
    [
        "From: Ann Lee · To: profiles list · Date: Mon, 3 Mar 2025 · Subject: [profiles] KVWB",
        "From: Ann Lee | Sent: 3 March 2025 | To: team | Subject: KVWB draft",
        "FROM: Ann Lee; TO: team",
        "De : Ann Lee · À : équipe · Objet : KVWB",
        "Von: Ann Lee, An: Team, Betreff: KVWB",
    ],
)
def test_a_mail_header_is_no_intro(header: str) -> None:
    profile = _parse(header, "Hi all, the Kestrel Valley Water Board supplies water.")
    assert profile.intro == "Hi all, the Kestrel Valley Water Board supplies water."
    assert profile.intro_line == 5
    assert [(d.code, d.line) for d in profile.diagnostics if d.code == "mail-header"] == [("mail-header", 4)]


@pytest.mark.parametrize(
    "first",
    [
        "From: its founding in 1950, the Board has supplied water.",  # no second field
        "The Board, from: 1950, to: today, supplies water.",  # no sender field first
        "Fromage: the Board's cheese, to: market.",
    ],
)
def test_look_alikes_stay_the_intro(first: str) -> None:
    profile = _parse(first)
    assert profile.intro == first
    assert not [d for d in profile.diagnostics if d.code == "mail-header"]


def test_a_quoted_line_is_no_value() -> None:
    profile = _parse("The Board supplies water.", parent="> Sam: parent = the Ministry?\nNo, none: it is independent.")
    parent = next(field for field in profile.fields if field.name == "Parent organization")
    assert [item.text for item in parent.items] == ["No, none: it is independent."]
    assert [(d.code, d.line) for d in profile.diagnostics if d.code == "quoted-line"] == [("quoted-line", 7)]


@pytest.mark.parametrize("line", ["Water >= 5 ML a day.", "A -> B", "Ministry of Water > Board"])
def test_a_line_with_a_greater_than_sign_inside_is_kept(line: str) -> None:
    profile = _parse("The Board supplies water.", parent=line)
    parent = next(field for field in profile.fields if field.name == "Parent organization")
    assert [item.text for item in parent.items] == [line]
