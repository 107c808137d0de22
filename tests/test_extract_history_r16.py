"""Round 16: catalogue-record labels in History (the data librarian's authority records).

"Formerly: A (1895-1975) ; B" lists earlier names of the organization; "Later: A",
"Superseded by: A", "Succeeded by: A" name the organization that took its place. "See also:"
relates without succession and gives nothing. An item that is not a whole name gives nothing."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import ChangeEvent
from orgkg.parse import parse_profile

NAME = "Tarn Valley Archive"


def _events(*lines: str) -> list[ChangeEvent]:
    history = "\n".join(["The archive opened its reading room to the public in 1950.", *lines])
    text = f"{NAME}\n{NAME} is a regional archive.\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "archive.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, ChangeEvent)]


def _successors(*lines: str) -> list[str]:
    return [e.resulting.name for e in _events(*lines) if e.resulting is not None and e.original is None]


def _previous_names(*lines: str) -> list[str]:
    return [e.previous_name for e in _events(*lines) if e.previous_name]


@pytest.mark.parametrize(
    "line",
    [
        "Later: Tarn Regional Record Office (1990-2004)",
        "Superseded by: Tarn Regional Record Office",
        "Succeeded by: Tarn Regional Record Office (from 1990)",
        "Later heading: Tarn Regional Record Office",
    ],
)
def test_a_later_label_names_a_successor(line: str) -> None:
    assert _successors(line) == ["Tarn Regional Record Office"]


@pytest.mark.parametrize(
    "line",
    [
        "See also: Tarn Regional Record Office",
        "Later: —",
        "Later: the collections moved to a new building in 1990",
        "Later: Tarn Regional Record Office took over the maps in 1990",
        "Superseded by: [not recorded]",
    ],
)
def test_no_successor_without_a_whole_name_after_a_succession_label(line: str) -> None:
    assert _successors(line) == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Formerly: Tarn County Muniment Room (1911-1950)", ["Tarn County Muniment Room"]),
        (
            "Formerly: Tarn County Record Office (1950-1975) ; Tarn County Muniment Room (1911-1950)",
            ["Tarn County Record Office", "Tarn County Muniment Room"],
        ),
        ("Earlier heading: Tarn County Muniment Room", ["Tarn County Muniment Room"]),
    ],
)
def test_a_formerly_label_lists_earlier_names(line: str, names: list[str]) -> None:
    assert sorted(_previous_names(line)) == sorted(names)


@pytest.mark.parametrize("line", ["Formerly: —", "Formerly: [not recorded]", "See also: Tarn County Muniment Room"])
def test_no_earlier_name_without_one(line: str) -> None:
    assert _previous_names(line) == []


def _record_events(record: str) -> list[ChangeEvent]:
    text = f"{NAME}\n{NAME} is a regional archive.\nAuthority record\nName: {NAME} ; Dates: est. 1911\n{record}\n"
    facts = extract(parse_profile(text, "archive.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, ChangeEvent)]


@pytest.mark.parametrize(
    ("record", "previous", "successors"),
    [
        ("Formerly: Tarn County Muniment Room (1911-1950)", ["Tarn County Muniment Room"], []),
        ("Superseded by: Tarn Regional Record Office", [], ["Tarn Regional Record Office"]),
        ("See also: Tarn Regional Record Office", [], []),
        ("Note: formerly housed in the Tarn County Muniment Room", [], []),
    ],
)
def test_catalogue_labels_in_a_field_orgkg_does_not_map_are_read(
    record: str, previous: list[str], successors: list[str]
) -> None:
    events = _record_events(record)
    assert [e.previous_name for e in events if e.previous_name] == previous
    assert [e.resulting.name for e in events if e.resulting is not None and e.original is None] == successors
