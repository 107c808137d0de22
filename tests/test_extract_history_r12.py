"""Round 12: successors named where the organization's parts, owned by a possessive ("the
Board's assets", "the TCA's remaining functions"), were vested in or passed to others, in a
History text that also ends it."""

from __future__ import annotations

import pytest

from orgkg.extract.history import read_events
from orgkg.model import ChangeEvent, Identity, OrgKind

TCA = Identity(name="Tarn Coal Authority", kind=OrgKind.GOVERNMENT, acronym="TCA")


def _successors(text: str) -> list[str]:
    return [
        f.resulting.name
        for f in read_events(text, TCA)
        if isinstance(f, ChangeEvent) and f.kind == "split-into" and f.resulting
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On privatisation the Authority's assets were vested on 1 May 1994 in Northfield Mining "
            "and Eastvale Energy. It was wound up in 1996.",
            ["Northfield Mining", "Eastvale Energy"],
        ),
        (
            "The TCA's remaining functions were transferred to the Mining Remediation Agency. It was wound up in 1997.",
            ["Mining Remediation Agency"],
        ),
        (
            "In 1995 the Tarn Coal Authority's mines were vested in Tarn Collieries plc; "
            "the authority ceased to exist a year later.",
            [],  # "mines" is no part of it the lexicon knows (self-part)
        ),
        (
            "Under the 1993 Act the Tarn Coal Authority's duties were vested in the Coal Board "
            "and Tarn Water. It was wound up in 1994.",
            ["Coal Board", "Tarn Water"],
        ),
    ],
)
def test_possessed_parts_vested_in_successors(text: str, expected: list[str]) -> None:
    assert _successors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another organization's assets: not its successors
        "The Ministry's assets were vested in Northfield Mining in 1994. It was wound up in 1996.",
        "Westmoor Council's functions were transferred to Eastvale Energy. It was wound up in 1996.",
        # its parts passed on, but nothing ends it: no successor
        "The Authority's assets were vested on 1 May 1994 in Northfield Mining and Eastvale Energy.",
        # not a possessive at all
        "Its assets, once vested in Northfield Mining, came back in 1990.",
    ],
)
def test_no_successor_without_its_own_parts_or_an_ending(text: str) -> None:
    assert _successors(text) == []


# "assumed / took over the <modifiers> functions of X": X is a predecessor; "The Authority"
# (the last word of its name, capitalised) is the organization itself.


def _predecessors(text: str) -> list[str]:
    return [
        f.original.name
        for f in read_events(text, TCA)
        if isinstance(f, ChangeEvent) and f.kind == "transfer" and f.original
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1958 it assumed the mining and main haulage functions of the Northern Coal Board.",
            ["Northern Coal Board"],
        ),
        ("The Authority assumed the duties of the Westmoor Mines Office in 1961.", ["Westmoor Mines Office"]),
        (
            "In 1962 the TCA took over the regional and local powers of the Eastvale Pit Council.",
            ["Eastvale Pit Council"],
        ),
        ("The Authority assumed the remit of the Tarn Quarry Board on its creation.", ["Tarn Quarry Board"]),
    ],
)
def test_functions_assumed_name_a_predecessor(text: str, expected: list[str]) -> None:
    assert _predecessors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 1970 it assumed the Presidency of the European Mining Council.",  # an office, not functions
        "In 1970 it assumed some of the functions of the Northern Coal Board.",  # not the whole
        "Its functions were assumed by the Northern Coal Board in 1994.",  # passive: the other way round
        "In 1970 it assumed responsibility for the Northern Coal Board.",  # oversight, not a predecessor
        "The Coal Authority assumed the duties of the Westmoor Mines Office in 1961.",  # another authority
        "The Board assumed the duties of the Westmoor Mines Office in 1961.",  # "Board": not its head word
    ],
)
def test_no_predecessor_from_other_assumptions(text: str) -> None:
    assert _predecessors(text) == []
