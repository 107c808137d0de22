"""History predecessors (extract/history.py): whose functions it took over, and "that
Commission" naming the organization the sentence before named. Phrasings written for these
tests, not taken from the fidelity benchmark; negative cases say what must not be read."""

from __future__ import annotations

import pytest

from orgkg.extract.history import read_events
from orgkg.model import ChangeEvent, Identity, OrgKind

ORG = Identity("Tarn Valley Water Board", OrgKind.GOVERNMENT, "TVWB")


def predecessors(text: str) -> list[str]:
    found = [f for f in read_events(text, ORG) if isinstance(f, ChangeEvent)]
    return [f.original.name for f in found if f.original]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("In 1994 the board took over the functions of the Tarn Drainage Board.", ["Tarn Drainage Board"]),
        ("It took over the duties of the Bog Office in 1994.", ["Bog Office"]),
        (
            "TVWB took over the water-supply responsibilities of two older bodies: the Tarn Drainage Board and the "
            "Bog Office.",
            ["Tarn Drainage Board", "Bog Office"],
        ),
        (
            "TVWB took over the statutory functions of three earlier bodies: the Tarn Drainage Board, the Bog Office "
            "and the Marsh Commission.",
            ["Tarn Drainage Board", "Bog Office", "Marsh Commission"],
        ),
    ],
)
def test_whose_functions_it_took_over_are_predecessors(text: str, names: list[str]) -> None:
    assert predecessors(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "The board took over some functions of the Ministry of Works.",  # a part: the ministry goes on
        "The board took over the management of the Tarn Reservoir Company.",  # not its functions
        "The board took over the Ministry of Works' functions in part.",
        "The Bog Office took over the functions of the Tarn Drainage Board.",  # another's
        "The board took over the functions of two bodies: the Bog Office.",  # a list of one: not sure
    ],
)
def test_functions_taken_over_that_give_no_predecessor(text: str) -> None:
    assert predecessors(text) == []


def previous_names(text: str) -> list[str]:
    return [f.previous_name for f in read_events(text, ORG) if isinstance(f, ChangeEvent) and f.previous_name]


@pytest.mark.parametrize(
    "text",
    [
        "Tarn Water Trust (1907–1945), then Tarn Water Company (1945–1997), then Tarn Valley Water Board.",
        "The Tarn Water Trust (1907–1945), later the Tarn Water Company (1945–1997), then the Tarn Valley Water "
        "Board (1997–present).",
        "Tarn Water Trust → Tarn Water Company → TVWB",
    ],
)
def test_a_chain_of_names_ending_in_its_own_gives_the_earlier_names(text: str) -> None:
    assert previous_names(text) == ["Tarn Water Trust", "Tarn Water Company"]


@pytest.mark.parametrize(
    "text",
    [
        "Tarn Water Trust (1907–1945), then Tarn Water Company (1945–1997).",  # its own name is not in it
        "The Tarn Water Trust was set up in 1907, then the Tarn Water Company in 1945, then TVWB.",  # not names only
        "Tarn Water Trust, then Tarn Water Company and its staff, then TVWB.",
        "TVWB, then the Tarn Water Authority.",  # a later organization, not an earlier name
    ],
)
def test_no_chain_of_names(text: str) -> None:
    assert previous_names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Its origins go back to the Tarn Water Trust, founded in 1907, which became the Tarn Water Company in 1945 "
        "and the Tarn Valley Water Board in 1997.",
        "The board traces its origins to the Tarn Water Trust, which was renamed the Tarn Water Company in 1945 and "
        "became TVWB in 1997.",
        "TVWB has its roots in the Tarn Water Trust (1907), which later became the Tarn Water Company and, in 1997, "
        "the Tarn Valley Water Board.",
    ],
)
def test_an_origin_that_became_it_is_an_earlier_name_not_a_predecessor(text: str) -> None:
    assert predecessors(text) == []
    assert previous_names(text) == ["Tarn Water Trust", "Tarn Water Company"]


@pytest.mark.parametrize(
    "text",
    [
        "The board traces its origins to the Tarn Water Trust of 1907.",
        "TVWB had its origins in the Tarn Water Trust, which became the Tarn Water Company in 1945.",  # not it
    ],
)
def test_an_origin_that_did_not_become_it_is_a_predecessor(text: str) -> None:
    assert predecessors(text) == ["Tarn Water Trust"]
    assert previous_names(text) == []
