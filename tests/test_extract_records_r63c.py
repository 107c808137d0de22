"""Round 63c (intro records): a catalogue's record lines after the intro ("- Founded: 1 May 1931,
in Tarnby", "- Closed: March 2001 (now X)", "- Renamed: 1960, from A to B") date the founding and
the dissolution and name founders, merged predecessors, a successor and former names; clauses
after the date never date anything, and a temporary closing is none."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import ChangeEvent, DateValue, Dissolution, Founding
from orgkg.parse import parse_profile

NAME = "Tarnby Weavers Guild"
INTRO = "The Tarnby Weavers Guild is a craft guild in the town of Tarnby."


def _facts(records: str, fields: str = "") -> list[object]:
    text = f"{NAME}\n|\n{INTRO}\n{records}\n{fields}\n"
    return [f for ff in extract(parse_profile(text, "twg.txt")).fields for f in ff.facts]


def _founding_dates(records: str, fields: str = "") -> set[DateValue]:
    return {f.date for f in _facts(records, fields) if isinstance(f, Founding) and f.date}


def _founders(records: str) -> set[str]:
    return {m.name for f in _facts(records) if isinstance(f, Founding) for m in (f.founder, *f.founders) if m}


def _dissolutions(records: str) -> set[DateValue]:
    return {f.date for f in _facts(records) if isinstance(f, Dissolution) and f.date}


def _predecessors(records: str) -> set[str]:
    return {
        f.original.name
        for f in _facts(records)
        if isinstance(f, ChangeEvent) and f.kind == "predecessor" and f.original is not None
    }


def _successors(records: str) -> set[str]:
    return {f.resulting.name for f in _facts(records) if isinstance(f, ChangeEvent) and f.resulting is not None}


def _previous_names(records: str) -> set[str]:
    return {f.previous_name for f in _facts(records) if isinstance(f, ChangeEvent) and f.previous_name}


# --- class 1: a founding record's date with clauses after it ---------------------------------------


@pytest.mark.parametrize(
    "record",
    [
        "- Founded: 1 May 1931, in Tarnby",
        "- Founded: 1 May 1931, as a village society",
        "- Established: 1 May 1931, at the request of the parish council",
        "- Set up: 1 May 1931, with a loom and six members",
    ],
)
def test_a_founding_record_with_clauses_dates_the_founding(record: str) -> None:
    assert _founding_dates(record) == {DateValue(1931, 5, 1)}


@pytest.mark.parametrize(
    "record",
    ["- Founded: 1931, refounded 1952", "- Founded: 1931, or perhaps 1932", "- Founded: 1931, by Ada Holm?"],
)
def test_a_founding_record_whose_clauses_hold_another_date_or_a_doubt_dates_nothing(record: str) -> None:
    assert _founding_dates(record) == set()


def test_a_founding_record_names_its_founder_after_by() -> None:
    assert _founders("- Founded: 1931 by Ada Holmqvist") == {"Ada Holmqvist"}
    assert _founders("- Founded: 1931, by Ada Holmqvist and Sven Lindgren, with two looms") == {
        "Ada Holmqvist",
        "Sven Lindgren",
    }


@pytest.mark.parametrize(
    "record",
    [
        "- Founded: 1931, by charter of the town council",
        "- Founded: 1931, by Royal Charter",
        "- Founded: 1931, by President Holm",
    ],
)
def test_an_instrument_or_a_bare_title_after_by_is_no_founder(record: str) -> None:
    assert _founders(record) == set()
    assert _founding_dates(record) == {DateValue(1931)}


def test_a_founding_record_names_the_bodies_a_merger_joined() -> None:
    record = "- Founded: 2 June 1931, by the merger of Tarnby Spinning Company and Holm Dye Company"
    assert _predecessors(record) == {"Tarnby Spinning Company", "Holm Dye Company"}


def test_a_merger_list_with_a_cut_name_names_no_predecessor() -> None:
    # near miss: "Research" is the end of one name ("… Education and Research"), not a body
    record = "- Founded: 1931, by the merger of the Ministry of Crafts and Research"
    assert _predecessors(record) == set()


# --- class 2: an opening or inauguration is no founding beside a founding record --------------------


def test_a_founding_record_outranks_a_later_inauguration_in_history() -> None:
    history = "History\n- 12 May 1936: inaugurated by the mayor in the new hall."
    assert _founding_dates("- Founded: 1931, as a village society\n- Opened to visitors: 14 May 1936", history) == {
        DateValue(1931)
    }


def test_a_later_incorporation_record_does_not_outrank_an_earlier_founding() -> None:
    # near miss: the record's year is later than the prose's founding (a legal form it took)
    history = "History\nThe guild was founded in 1897 by local weavers."
    assert _founding_dates("- Incorporated: 1904, as a company limited by guarantee", history) == {DateValue(1897)}


# --- class 3: a closing, its successor "(now X)", a renaming's direction ----------------------------


def test_a_closing_record_dates_the_dissolution_and_names_its_successor() -> None:
    record = "- Closed: March 2001 (now Tarnby Textile Museum)"
    assert _dissolutions(record) == {DateValue(2001, 3)}
    assert _successors(record) == {"Tarnby Textile Museum"}


def test_a_dissolved_record_with_a_when_clause_dates_the_dissolution() -> None:
    assert _dissolutions("- Dissolved: 30 June 2001, when its last members retired") == {DateValue(2001, 6, 30)}


@pytest.mark.parametrize(
    "record", ["- Closed: 2001, for renovation", "- Closed: 2001 (temporarily)", "- Closed: 2001, reopened 2003"]
)
def test_a_temporary_closing_is_no_dissolution(record: str) -> None:
    assert _dissolutions(record) == set()


@pytest.mark.parametrize(
    "record", ["- Closed: 2001 (now part of Tarnby Textile Museum)", "- Closed: 2001 (now a hotel)"]
)
def test_a_now_note_that_is_no_name_names_no_successor(record: str) -> None:
    assert _successors(record) == set()


def test_a_renaming_record_gives_the_old_name_from_from() -> None:
    assert _previous_names("- Renamed: 1960, from Tarnby Spinning Society to Tarnby Weavers Guild") == {
        "Tarnby Spinning Society"
    }


@pytest.mark.parametrize(
    "record",
    [
        "- Renamed: 1990 (now Tarnby Weavers Guild)",  # the current name only: no old name
        "- Renamed: 1990, from Tarnby Weavers Guild to Tarnby Craft Guild",  # its own name is no old name
        "- Renamed: 1990, to Tarnby Weavers Guild",
    ],
)
def test_a_renaming_record_without_another_old_name_gives_none(record: str) -> None:
    assert _previous_names(record) == set()


# --- class 4: a record that continues the former names of the line before ---------------------------


def test_an_earlier_still_record_after_a_former_name_is_a_former_name() -> None:
    records = "- Former name: Tarnby Spinning Society (1950–1960)\n- Earlier still: Tarnby Flax Society"
    assert _previous_names(records) >= {"Tarnby Flax Society"}


def test_an_earlier_still_record_after_another_record_is_no_former_name() -> None:
    records = "- Founded: 1931, in Tarnby\n- Earlier still: Tarnby Flax Society"
    assert "Tarnby Flax Society" not in _previous_names(records)
