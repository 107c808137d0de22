"""Round 35 (F1): hurried intern notes (h25) — other names in a dashed aside.

- "X - usually just "Y" or Z - is …": an aside between spaced dashes (hyphens too) opened by an
  identity cue is read like one between commas; the closing dash still ends a subject that a
  lowercase description follows;
- a cue may name two names joined by "or", each filed; a name written whole in quotes loses them;
- the hurried hand's cues: "aka", "a.k.a.", "just", "simply", "commonly" right before a name
  ("commonly referred to as" keeps its own cue);
- a head noun alone after a cue ("usually just the Board") names no body.
"""

from __future__ import annotations

import pytest

from orgkg.extract.identity import intro_names

TITLE = "Fenland Research Board"


def _others(intro: str) -> list[str]:
    names = intro_names(intro, TITLE)
    assert names is not None and names.lead == TITLE
    return [*names.acronyms, *names.alternates]


@pytest.mark.parametrize(
    ("intro", "others"),
    [
        (
            'Fenland Research Board - usually just "Fenboard" or Fen Research - is a public agency.',
            ["Fenboard", "Fen Research"],
        ),
        ("Fenland Research Board – aka Fen Board – national drainage research body, Ely.", ["Fen Board"]),
        ("Fenland Research Board - a.k.a. the FRB - is a drainage body in ely.", ["FRB"]),
        ('Fenland Research Board — known simply as "Fenboard" — is a public agency.', ["Fenboard"]),
        ("Fenland Research Board - commonly Fen Research - runs the sluices.", ["Fen Research"]),
        ("Fenland Research Board, commonly Fenboard, is a public agency.", ["Fenboard"]),
        (
            "Fenland Research Board, known as Fen Board or Fen Research, is a public agency.",
            ["Fen Board", "Fen Research"],
        ),
        ('Fenland Research Board (FRB; commonly referred to as "Fenboard") is a public agency.', ["FRB", "Fenboard"]),
    ],
)
def test_other_names_in_a_cued_aside(intro: str, others: list[str]) -> None:
    assert _others(intro) == others


@pytest.mark.parametrize(
    "intro",
    [
        "Fenland Research Board - just outside Ely - is a public agency.",  # a place note
        "Fenland Research Board - commonly misread - is a public agency.",  # no name after the cue
        "Fenland Research Board - simply put, the best - is a public agency.",
        "Fenland Research Board - usually just the Board - is a public agency.",  # a head noun alone
        "Fenland Research Board - known as Fen Board or a fen club - is a public agency.",  # one piece no name
        "Fenland Research Board - the drainage body of Ely - is a public agency.",  # no cue
        "Fenland Research Board - aka Fen Board - Drainage Office of Ely.",  # no lowercase word after the dash
    ],
)
def test_no_other_name_from_an_aside_without_a_cued_name(intro: str) -> None:
    assert _others(intro) == []


def test_the_aside_keeps_the_subject_end_at_a_lowercase_description() -> None:
    names = intro_names("Fenland Research Board - aka Fen Board - drainage body. founded 1850", TITLE)
    assert names is not None and (names.lead, names.alternates) == (TITLE, ("Fen Board",))
