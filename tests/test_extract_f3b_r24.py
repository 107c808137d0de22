"""Round 24 (F3b, history): classes of dev's remaining history misses, with own phrasings.

1. The name as the subject of its own adoption: "The present name was adopted in 1975",
   "Its current name dates from 1988". It is a rename into the organization's present name,
   so a name it was renamed to before is a previous name. Another body's name ("the present
   name of the ministry was adopted"), or a sentence whose subject is a named other body,
   gives nothing."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import ChangeEvent
from orgkg.parse import parse_profile

NAME = "Harbourside Standards Office"


def _events(*lines: str) -> list[ChangeEvent]:
    history = "\n".join(lines)
    text = f"{NAME}\n{NAME} is a standards body.\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "office.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, ChangeEvent)]


def _previous_names(*lines: str) -> list[str]:
    return sorted(e.previous_name for e in _events(*lines) if e.previous_name)


FOUNDED = "The office was founded in 1921 as the Harbour Gauging Board."


@pytest.mark.parametrize(
    "adoption",
    [
        "The present name was adopted in 1975.",
        "In 1975 the present name was adopted.",
        "Its current name dates from 1975.",
        "The reform followed in 1975, and the present name was adopted with it.",
    ],
)
def test_the_present_name_adopted_closes_the_chain_of_earlier_names(adoption: str) -> None:
    renamed = "In 1948 it was renamed Harbour Measures Council, to mark its wider remit."
    assert _previous_names(FOUNDED, renamed, adoption) == ["Harbour Gauging Board", "Harbour Measures Council"]


@pytest.mark.parametrize(
    "adoption",
    [
        # another body's present name
        "The present name of the ministry was adopted in 1975.",
        # a named other subject before "the present name"
        "The ministry, whose present name was adopted in 1975, kept the office.",
        # planned, not done
        "A new name is planned for 2030.",
    ],
)
def test_no_previous_name_from_another_bodys_present_name(adoption: str) -> None:
    renamed = "In 1948 it was renamed Harbour Measures Council, to mark its wider remit."
    assert "Harbour Measures Council" not in _previous_names(FOUNDED, renamed, adoption)
