"""Round 48 (F3): a body the event made ("its functions passed to the new X", "replaced by
the newly formed X": the adjective opens no name, lexicon/history-context.csv new-body), and
the organization's own ending told as a noun after "its" ("until its merger into X in 1993",
"until its absorption in 2021 into X": X a successor, the year its dissolution)."""

from __future__ import annotations

import pytest

from orgkg.extract.history import read_events
from orgkg.model import ChangeEvent, DateValue, Dissolution, Identity, OrgKind

GUILD = Identity("Harbour Pilots Guild", OrgKind.ORGANIZATION, "HPG")
LINE = Identity("Coastal Ferry Line", OrgKind.COMPANY, "CFL")


def _events(text: str, identity: Identity) -> list[object]:
    return list(read_events(text, identity, ""))


def _successors(text: str, identity: Identity = GUILD) -> list[str]:
    return [
        f.resulting.name
        for f in _events(text, identity)
        if isinstance(f, ChangeEvent) and f.resulting is not None and not f.previous_name
    ]


def _predecessors(text: str, identity: Identity = GUILD) -> list[str]:
    return [f.original.name for f in _events(text, identity) if isinstance(f, ChangeEvent) and f.original is not None]


def _endings(text: str, identity: Identity = LINE) -> list[DateValue | None]:
    return [f.date for f in _events(text, identity) if isinstance(f, Dissolution)]


@pytest.mark.parametrize(
    "text",
    [
        "In 1987 the Guild was wound up and its functions passed to the new Maritime Safety Board.",
        "The HPG was abolished in 1987; its staff were transferred to the newly created Maritime Safety Board.",
        "In 1987 the Guild ceased to exist, and its duties passed to the newly formed Maritime Safety Board.",
        "The Guild was dissolved in 1987. Its assets were vested in the newly established Maritime Safety Board.",
    ],
)
def test_parts_pass_to_a_new_body(text: str) -> None:
    assert _successors(text) == ["Maritime Safety Board"]


@pytest.mark.parametrize(
    "text",
    [
        "In 1921 the Pilots Office was replaced by the new HPG.",
        "In 1921 the Pilots Office was replaced by the newly formed Harbour Pilots Guild.",
        "In 1921 the Pilots Office was succeeded by the newly established HPG.",
    ],
)
def test_a_new_self_after_replaced_by_has_predecessors(text: str) -> None:
    assert _predecessors(text) == ["Pilots Office"]


@pytest.mark.parametrize(
    "text",
    [
        # "New" with a capital is a word of the name, not the new-body adjective
        "In 1987 the Guild was wound up and its functions passed to the New Harbour Authority.",
    ],
)
def test_a_capital_new_stays_in_the_name(text: str) -> None:
    assert _successors(text) == ["New Harbour Authority"]


@pytest.mark.parametrize(
    "text",
    [
        # no ending: a hand-over to a new body alone is no succession
        "In 1987 its functions passed to the new Maritime Safety Board.",
        # another's parts
        "In 1987 the Guild moved. The ministry's functions passed to the new Maritime Safety Board.",
        # a plural head noun after "the new" is a class of bodies, no one successor
        "In 1987 the Guild was wound up and its functions passed to the new Port Boards.",
        # "the new" before a lower-case word names nothing
        "In 1987 the Guild was wound up and its functions passed to the new board of the port.",
    ],
)
def test_no_successor_without_its_own_ending_or_a_name(text: str) -> None:
    assert _successors(text) == []


@pytest.mark.parametrize(
    ("text", "successor", "year"),
    [
        (
            "The CFL ran the island routes from 1951 until its merger into Baltic Sea Ferries in 1990.",
            "Baltic Sea Ferries",
            1990,
        ),
        (
            "It was the state ferry operator from 1951 until its absorption in 1990 into Baltic Sea Ferries (BSF).",
            "Baltic Sea Ferries",
            1990,
        ),
        (
            "The Line kept its own fleet until its integration into the Northern Shipping Group in 1990.",
            "Northern Shipping Group",
            1990,
        ),
        (
            "Coastal Ferry Line sailed from 1951 until its incorporation into Baltic Sea Ferries in 1990.",
            "Baltic Sea Ferries",
            1990,
        ),
        (
            "From 1951 until its amalgamation into Baltic Sea Ferries in 1990 it served Gotland.",
            "Baltic Sea Ferries",
            1990,
        ),
    ],
)
def test_its_own_merger_as_a_noun_ends_it(text: str, successor: str, year: int) -> None:
    assert _successors(text, LINE) == [successor]
    assert [d.year if d else None for d in _endings(text)] == [year]


@pytest.mark.parametrize(
    "text",
    [
        # the merger of another body, or one that was only planned by someone else
        "Before the Board's merger into Baltic Sea Ferries in 1990, Coastal Ferry Line leased its ships.",
        "Coastal Ferry Line opposed the merger into Baltic Sea Ferries of the Western Line in 1990.",
        "The ministry planned its merger into Baltic Sea Ferries in 1990, but the plan was dropped.",
    ],
)
def test_another_bodys_merger_noun_is_no_ending(text: str) -> None:
    assert _successors(text, LINE) == []
    assert _endings(text) == []
