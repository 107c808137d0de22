"""Round 24 (F3b, history): classes of dev's remaining history misses, with own phrasings.

1. The name as the subject of its own adoption: "The present name was adopted in 1975",
   "Its current name dates from 1988". It is a rename into the organization's present name,
   so a name it was renamed to before is a previous name. Another body's name ("the present
   name of the ministry was adopted"), or a sentence whose subject is a named other body,
   gives nothing.
2. A successor label right after its own ending: "dissolved 1995, successors A (X) and B (Y)",
   "wound up; successor: A". Only after the organization's own ending verb; another body's
   ending, a hedge, or a label with no name gives nothing."""

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


def _successors(*lines: str) -> list[str]:
    return sorted(e.resulting.name for e in _events(*lines) if e.resulting is not None and e.original is None)


@pytest.mark.parametrize(
    "line",
    [
        "06/2001 the office dissolved, successors Coastal Metrology Agency (CMA) and Port Weights Authority (PWA)",
        "2001 — it was wound up; successors: Coastal Metrology Agency, Port Weights Authority",
        "In 2001 the office was abolished, its successors Coastal Metrology Agency and Port Weights Authority.",
    ],
)
def test_a_successor_label_after_its_own_ending_names_successors(line: str) -> None:
    assert _successors(FOUNDED, line) == ["Coastal Metrology Agency", "Port Weights Authority"]


@pytest.mark.parametrize(
    "line",
    [
        # another body ended
        "2001 — the Harbour Pilots Guild dissolved, successors Coastal Metrology Agency",
        # hedged, not done
        "The office may be dissolved in 2030, successors Coastal Metrology Agency",
        # a label with no name
        "2001 — it was wound up; successors: none designated",
        # a person succeeding a person
        "2001 — the office closed; its last director's successor was appointed elsewhere.",
    ],
)
def test_no_successor_from_a_label_not_after_its_own_ending(line: str) -> None:
    assert _successors(FOUNDED, line) == []


# 3. The terse hand's notes: "est. 1931 - merger of A & B" has no subject but the organization
#    (an abbreviated founding participle opens it); a note it writes in lowercase ends at each
#    stop ("… from X. renamed 2011 from Y …"), and a label after a stop ("… B. founders: P, Q")
#    ends a list, so its people are never predecessors.


def _predecessors(*lines: str) -> list[str]:
    return sorted(e.original.name for e in _events(*lines) if e.original is not None)


@pytest.mark.parametrize(
    "line",
    [
        "est. 12 May 1950 - merger of Pierline Bureau and North Quay Weights Office. founders: Ann Mole, Bo Ruiz.",
        "est. 1950 - merger of Pierline Bureau and North Quay Weights Office. director: Ann Mole.",
        "Est. 1950 — merger of Pierline Bureau and North Quay Weights Office. founders: Ann Mole, Bo Ruiz.",
    ],
)
def test_a_terse_founding_note_names_its_merged_predecessors_and_no_people(line: str) -> None:
    assert _predecessors(line) == ["North Quay Weights Office", "Pierline Bureau"]


def test_a_lowercase_stop_ends_a_terse_note() -> None:
    line = (
        "est. by the 1950 act, took over from the PGB (Pier Gauging Board)."
        " renamed 1977 from Harbour Metrology Office -> current name."
    )
    assert _previous_names(line) == ["Harbour Metrology Office"]
    # the rename's year dates the rename, not the earlier taking-over
    taken = [e for e in _events(line) if e.original is not None]
    assert taken and all(e.date is None or e.date.year != 1977 for e in taken)


@pytest.mark.parametrize(
    "line",
    [
        # another body's founding note
        "The Pier Gauging Co. was est. 1950 by the merger of two firms.",
        # planned
        "est. 1950; a merger of Pierline Bureau and North Quay Weights Office is planned for 2030.",
    ],
)
def test_no_predecessor_from_another_bodys_or_a_planned_merger(line: str) -> None:
    assert _predecessors(line) == []
