"""Round 36 (F3b): the wire-service brief's History: acronyms defined after ", or", a merger
whose product is named in the next clause, "was formed when A merged with B"."""

from __future__ import annotations

import pytest

from orgkg.extract.history import or_defined_acronyms
from orgkg.model import ChangeEvent

from .history_helpers import history_events, predecessors, previous_names, successors


def _events(title: str, intro: str, history: str) -> list[ChangeEvent]:
    return history_events(title, intro, history, "r36.txt")


# --- "the Tarn Drainage Board, or TDB,": a news-style acronym -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1990 the Tarn Drainage Board, or TDB, was set up.", {"TDB": "Tarn Drainage Board"}),
        ("It absorbed the Fenland Survey Office, or FSO.", {"FSO": "Fenland Survey Office"}),
        (
            "the National Mapping and Charting Service, or NMCS, the old map office",
            {"NMCS": "National Mapping and Charting Service"},
        ),
    ],
)
def test_acronym_after_or(text: str, expected: dict[str, str]) -> None:
    assert or_defined_acronyms(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It merged with the Fen Board, or BHP, in 1990.",  # letters that are not the name's
        "the Bog Office, or Tarn Ltd, closed",  # another name, not an acronym
        "the Bog Office, or BO Holdings Trust",  # no stop after the letters: a name goes on
        "the Surveyor, or SV, said",  # one capitalised word
    ],
)
def test_no_acronym_after_or(text: str) -> None:
    assert or_defined_acronyms(text) == {}


# --- "A was merged with B, …, and the combined body took the name <it>" ---------------------------


@pytest.mark.parametrize(
    "history",
    [
        "In 1998 the Fenland Survey Office, or FSO, was set up. In 2004 FSO was merged with the "
        "Tarn Mapping Service, or TMS, the old map office, and the combined body took the name Marsh Geodata.",
        "In 2004 the Fenland Survey Office was merged with the Tarn Mapping Service and the new agency "
        "became Marsh Geodata.",
        "The Fenland Survey Office merged with the Tarn Mapping Service in 2004, and the enlarged body "
        "adopted the name Marsh Geodata.",
        "In 2004 the Fenland Survey Office was merged with the Tarn Mapping Service, and the merged "
        "organisation took its present name.",
    ],
)
def test_merged_body_named_self(history: str) -> None:
    events = _events("Marsh Geodata", "Marsh Geodata is a national mapping agency.", history)
    assert predecessors(events) == {"Fenland Survey Office", "Tarn Mapping Service"}
    assert successors(events) == set()


@pytest.mark.parametrize(
    "history",
    [
        # the body is named another name: another organization's merger
        "In 2004 the Fenland Survey Office was merged with the Tarn Mapping Service, and the combined "
        "body took the name Bog Data.",
        # no naming verb right after the body
        "In 2004 the Fenland Survey Office was merged with the Tarn Mapping Service, and the combined "
        "body moved to Ely.",
        # the naming clause is another sentence's
        "In 2004 the Fenland Survey Office was merged with the Tarn Mapping Service. The combined "
        "body took the name Marsh Geodata in 2009.",
        # a body that is no product of the merger
        "In 2004 the Fenland Survey Office was merged with the Tarn Mapping Service, and the regional "
        "body took the name Marsh Geodata.",
    ],
)
def test_merged_body_not_read(history: str) -> None:
    events = _events("Marsh Geodata", "Marsh Geodata is a national mapping agency.", history)
    assert predecessors(events) == set()


def test_merged_body_named_other_is_a_successor_of_self() -> None:
    history = "In 2004 it was merged with the Tarn Mapping Service, and the combined body took the name Bog Data."
    events = _events("Fenland Survey Office", "The Fenland Survey Office was a mapping agency.", history)
    assert successors(events) == {"Bog Data"}
    assert predecessors(events) == set()


# --- "<it> was formed in 2001 when A merged with B" -----------------------------------------------


@pytest.mark.parametrize(
    "history",
    [
        "The agency was formed in 2004 when the Fenland Survey Office merged with the Tarn Mapping Service.",
        "Marsh Geodata was created when the Fenland Survey Office was merged with the Tarn Mapping Service.",
        "It was established on 1 July 2004, when the Fenland Survey Office amalgamated with the Tarn Mapping Service.",
    ],
)
def test_founded_when_merged(history: str) -> None:
    events = _events("Marsh Geodata", "Marsh Geodata is a national mapping agency.", history)
    assert predecessors(events) == {"Fenland Survey Office", "Tarn Mapping Service"}


@pytest.mark.parametrize(
    "history",
    [
        # another body was founded
        "The Bog Council was formed in 2004 when the Fenland Survey Office merged with the Tarn Mapping Service.",
        # the founding came first, the merger is a later event with words between
        "The agency was formed in 1990 and grew when the Fenland Survey Office merged with the Tarn Mapping Service.",
        # not formed by the merger: a negation
        "The agency was not formed when the Fenland Survey Office merged with the Tarn Mapping Service.",
    ],
)
def test_founded_when_merged_not_read(history: str) -> None:
    events = _events("Marsh Geodata", "Marsh Geodata is a national mapping agency.", history)
    assert predecessors(events) == set()


# --- "X (gloss), which kept its initials when it was renamed <its name>" ----------------------------


@pytest.mark.parametrize(
    ("title", "history", "previous"),
    [
        (
            "Marsh Geodata",
            "In 1980 the office was replaced by the Fen Mapping Institute, which moved to Ely before it was "
            "renamed Marsh Geodata in 1999.",
            {"Fen Mapping Institute"},
        ),
        (
            "Instituto Nacional do Pântano",
            "In 1975 the board was replaced by the Fen Institute (Instituto do Pântano), which kept the "
            "initials INP when it was renamed Instituto Nacional do Pântano in 1992.",
            {"Instituto do Pântano"},
        ),
        (
            "Marsh Geodata",
            "The Tarn Survey Office, which opened a second site in 1985 until it was renamed Marsh Geodata, "
            "mapped the fens.",
            {"Tarn Survey Office"},
        ),
        (
            "Marsh Geodata",
            "Work passed to the Fen Mapping Institute, which kept its staff when it took its present name in 1999.",
            {"Fen Mapping Institute"},
        ),
    ],
)
def test_which_then_renamed_self(title: str, history: str, previous: set[str]) -> None:
    events = _events(title, f"{title} is a mapping agency.", history)
    assert previous_names(events) == previous


@pytest.mark.parametrize(
    "history",
    [
        # renamed into another name: a later name of another body, not ours
        "In 1980 the office was replaced by the Fen Mapping Institute, which moved to Ely before it was "
        "renamed Bog Data in 1999.",
        # "which" is the object of its clause: "it" may be the ministry or the institute
        "In 1980 the office was replaced by the Fen Mapping Institute, which the ministry funded until it "
        "was renamed Marsh Geodata.",
        # not renamed
        "In 1980 the office was replaced by the Fen Mapping Institute, which moved to Ely when it was "
        "not renamed Marsh Geodata.",
    ],
)
def test_which_then_renamed_not_read(history: str) -> None:
    events = _events("Marsh Geodata", "Marsh Geodata is a mapping agency.", history)
    assert "Fen Mapping Institute" not in previous_names(events)
