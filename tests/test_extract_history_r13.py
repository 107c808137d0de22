"""Round 13: predecessors in the terse hand ("merged A, B & C", bracketed notes inside a list,
an acronym glossed in brackets) and the formal hand."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import ChangeEvent
from orgkg.parse import parse_profile

NAME = "Lower Basin Water Council"


def _predecessors(history: str) -> list[str]:
    text = f"{NAME}\n{NAME} is a river basin body.\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "council.txt"))
    return [
        f.original.name
        for ff in facts.fields
        for f in ff.facts
        if isinstance(f, ChangeEvent) and f.kind in {"predecessor", "merged-from"} and f.original
    ]


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        (
            "merged Rivercom, the DWB (Delta Water Board), Basin Authority & Lake Survey Commission.",
            ["Rivercom", "Delta Water Board", "Basin Authority", "Lake Survey Commission"],
        ),
        (
            "In 1996 it merged the Delta Water Board, the Basin Authority & the Lake Survey Commission.",
            ["Delta Water Board", "Basin Authority", "Lake Survey Commission"],
        ),
        (
            "succeeded the Delta Water Board (est. 1957 under UN) and the Interim Basin Committee (1978-95, w/o LA).",
            ["Delta Water Board", "Interim Basin Committee"],
        ),
        (
            "The council was formed in 1996 by the merger of Rivercom & Delta Lake Survey.",
            ["Rivercom", "Delta Lake Survey"],
        ),
    ],
)
def test_terse_predecessor_lists(history: str, expected: list[str]) -> None:
    assert _predecessors(history) == expected


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        # a firm named with "&" and one word after it stays one name
        (
            "The council was formed in 1996 by the merger of Marks & Spencer and the Delta Water Board.",
            ["Marks & Spencer", "Delta Water Board"],
        ),
        # an acronym whose bracket is no gloss of it keeps the list unread rather than guessed
        ("merged Rivercom, the DWB (Basin Survey), Basin Authority & Lake Survey Commission.", []),
        # another body's merger is not ours
        ("The Delta Water Board merged the Basin Authority and the Lake Survey Commission in 1960.", []),
    ],
)
def test_what_terse_predecessor_lists_must_not_yield(history: str, expected: list[str]) -> None:
    assert _predecessors(history) == expected


def _previous_names(history: str) -> list[str]:
    text = f"{NAME}\nLBWC - river basin body.\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "council.txt"))
    return [f.previous_name for ff in facts.fields for f in ff.facts if isinstance(f, ChangeEvent) and f.previous_name]


@pytest.mark.parametrize(
    "history",
    [
        "renamed 2011 (Law 12) from Delta Water Board -> current name.",
        "renamed 2011 from Delta Water Board to its current name.",
        "In 2011 it was renamed from Delta Water Board to the present name.",
        f"renamed 2011 from Delta Water Board -> {NAME}.",
    ],
)
def test_a_rename_from_an_old_name_to_the_present_one(history: str) -> None:
    assert _previous_names(history) == ["Delta Water Board"]


@pytest.mark.parametrize(
    "history",
    [
        "renamed 2011 from Delta Water Board -> Basin Water Agency.",  # a later name, not ours
        "the Delta Water Board was renamed 2011 to its current name.",  # another's subject
    ],
)
def test_an_arrow_never_joins_two_names_into_one(history: str) -> None:
    assert all("->" not in name for name in _previous_names(history))
    assert "Delta Water Board -> Basin Water Agency" not in _previous_names(history)
