"""Round 33 (F3b, history): the compact bullet timeline of a technical writer ("– 31.12.2022:
dissolved; merged … into Y, from 01.01.2023"), its founding names and renames."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import ChangeEvent, DateValue, Dissolution
from orgkg.parse import parse_profile


def _facts(*history: str) -> list[object]:
    lines = [
        "Tarn Institute for Soil Physics",
        "| ||||",
        "|",
        "The Tarn Institute for Soil Physics (TISP) was a public research body.",
        "History",
        *history,
    ]
    facts = extract(parse_profile("\n".join(lines) + "\n", "tisp.txt"))
    return [f for field in facts.fields for f in field.facts]


def _endings(*history: str) -> list[DateValue | None]:
    return [f.date for f in _facts(*history) if isinstance(f, Dissolution)]


# --- a stated ending keeps its date; the day the merged body begins is not a second one ----------


@pytest.mark.parametrize(
    "line",
    [
        "– 30.06.2019: closed down; merged with the Fen Survey Office (FSO) into the Nordic Land Agency (NLA), "
        "from 01.07.2019",
        "– 30.06.2019: dissolved; merged with the Fen Survey Office (Myrkontoret) into the Nordic Land Agency, "
        "with effect from 1 July 2019",
        "– 30 June 2019: abolished; merged with the Fen Survey Office (FSO) into the Nordic Land Agency "
        "(Nordisk Landverk), as of 01.07.2019",
    ],
)
def test_a_dated_ending_is_not_redated_by_the_merged_bodys_start(line: str) -> None:
    found = _facts("– 1950: founded in Tarn", line)
    assert [f.date for f in found if isinstance(f, Dissolution)] == [DateValue(2019, 6, 30)]
    made = [f.resulting.name for f in found if isinstance(f, ChangeEvent) and f.resulting]
    assert made == ["Nordic Land Agency"]


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # Negative: without a stated ending, the merger still ends it, once, at its own date.
        ("– 2019: merged with the Fen Survey Office (FSO) into the Nordic Land Agency", DateValue(2019)),
        ("– 01.07.2019: merged with the Fen Survey Office (FSO) to form the Nordic Land Agency", DateValue(2019, 7, 1)),
    ],
)
def test_a_merger_alone_still_ends_it_once(line: str, date: DateValue) -> None:
    assert _endings(line) == [date]
