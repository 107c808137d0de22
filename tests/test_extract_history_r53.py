"""Round 53 (F3): present-tense and "into" rename verbs of a timeline written by a French
speaker ("takes the name of X", "changes its name into X"), and "changes the name into X"
told with the body that gave the name as subject (an agent, never an old name)."""

from __future__ import annotations

import pytest

from orgkg.extract.history import read_events
from orgkg.model import ChangeEvent, Identity, OrgKind

PORT = Identity("Harbour Trust of Lyttelton", OrgKind.ORGANIZATION, None)


def _previous(text: str) -> set[str]:
    facts = read_events(text, PORT, "")
    return {f.previous_name for f in facts if isinstance(f, ChangeEvent) and f.previous_name}


def _renames(text: str) -> list[ChangeEvent]:
    return [f for f in read_events(text, PORT, "") if isinstance(f, ChangeEvent) and f.kind == "renamed"]


@pytest.mark.parametrize(
    "middle",
    [
        "1930: it takes the name of Canterbury Port Board.",
        "1930: changed its name into Canterbury Port Board.",
        "1930: it changes its name into Canterbury Port Board.",
    ],
)
def test_a_present_tense_rename_gives_a_name_in_use(middle: str) -> None:
    text = f"1900: founded as the Lyttelton Harbour Board.\n{middle}\n1961: renamed Harbour Trust of Lyttelton.\n"
    assert _previous(text) == {"Lyttelton Harbour Board", "Canterbury Port Board"}


@pytest.mark.parametrize(
    "line",
    [
        "1961: the Provincial Assembly changes the name into Harbour Trust of Lyttelton.",
        "1961: the Ministry changed the name to Harbour Trust of Lyttelton.",
        "1961: it takes the name of Harbour Trust of Lyttelton.",
    ],
)
def test_a_rename_into_its_own_name_is_dated(line: str) -> None:
    text = f"1900: founded as the Lyttelton Harbour Board.\n{line}\n"
    assert any(r.date is not None and r.date.year == 1961 for r in _renames(text))
    assert _previous(text) == {"Lyttelton Harbour Board"}


@pytest.mark.parametrize(
    "line",
    [
        # the agent of a rename into another name: neither its name nor ours
        "1930: the Provincial Assembly changes the name into Canterbury Port Board.",
        "1930: the Ministry changed the name to Canterbury Port Board.",
        # "changes the name of X": no name after the verb
        "1930: the Assembly changes the name of the Port Board.",
        # a denied rename
        "1930: the Board never takes the name of Canterbury Port Board.",
    ],
)
def test_no_name_without_a_rename_of_its_own(line: str) -> None:
    assert _previous(line) == set()


def test_the_agent_is_no_previous_name() -> None:
    text = (
        "1900: founded as the Lyttelton Harbour Board.\n"
        "1961: the Provincial Assembly changes the name into Harbour Trust of Lyttelton.\n"
    )
    assert "Provincial Assembly" not in _previous(text)


# --- a head-noun subject standing for the earlier body it opens ---------------------------

FERRIES = Identity("Compagnie des bacs du Rhône", OrgKind.ORGANIZATION, None)


def _ferry_previous(text: str) -> set[str]:
    facts = read_events(text, FERRIES, "")
    return {f.previous_name for f in facts if isinstance(f, ChangeEvent) and f.previous_name}


@pytest.mark.parametrize(
    "text",
    [
        "1890: first crossings of the Syndicat des passeurs de Lyon.\n"
        "1925: the Syndicat takes the name of Régie des bacs de Lyon.\n"
        "1960: the Régie becomes the Compagnie des bacs du Rhône.\n",
        "1890: opening of the first landing of the Syndicat des passeurs de Lyon, set up by the city.\n"
        "1925: the Syndicat changes its name into Régie des bacs de Lyon.\n"
        "1960: by a decree, the Régie is renamed Compagnie des bacs du Rhône.\n",
        "1890: creation of the Syndicat des passeurs de Lyon by the city.\n"
        "1925: the Syndicat took the name of Régie des bacs de Lyon.\n"
        "1960: the Régie became the Compagnie des bacs du Rhône.\n",
    ],
)
def test_a_head_noun_rename_chained_to_the_present_name(text: str) -> None:
    assert _ferry_previous(text) == {"Syndicat des passeurs de Lyon", "Régie des bacs de Lyon"}


@pytest.mark.parametrize(
    "text",
    [
        # the body it was part of, renamed: no chain into its present name
        "1890: became the river section of the Syndicat des passeurs de Lyon.\n"
        "1925: the Syndicat became the Régie des bacs de Lyon, and the section was renamed Bacs de Lyon.\n"
        "1960: renamed Compagnie des bacs du Rhône.\n",
        # two earlier bodies open with the head noun: ambiguous
        "1890: the Syndicat des passeurs de Lyon and the Syndicat des bateliers de Lyon open.\n"
        "1925: the Syndicat takes the name of Régie des bacs de Lyon.\n"
        "1960: the Régie becomes the Compagnie des bacs du Rhône.\n",
        # no rename into its present name after it
        "1890: first crossings of the Syndicat des passeurs de Lyon.\n"
        "1925: the Syndicat takes the name of Régie des bacs de Lyon.\n",
    ],
)
def test_no_head_noun_body_without_a_chain(text: str) -> None:
    assert not _ferry_previous(text) & {"Syndicat des passeurs de Lyon", "Syndicat des bateliers de Lyon"}
