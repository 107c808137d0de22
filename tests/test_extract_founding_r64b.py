"""Round 64b (founding, dissolution, history): a company-database export's History. Record lines
("Founded Date: …", "Closed Date: …") read by their labels, a null value stating nothing; a
record line is cut off the dated line before it; an export's "May 2018:" heads a dated line; the
organization's own renaming after a merger's "end" shows it went on."""

from __future__ import annotations

from orgkg.extract import extract
from orgkg.model import ChangeEvent, DateValue, Dissolution, Fact
from orgkg.parse import parse_profile

from .founding_helpers import FoundingReaders

_TITLE = "Kestrel Pumps"
_INTRO = "Kestrel Pumps is a maker of irrigation pumps in Velmark."
READERS = FoundingReaders(_TITLE, _INTRO, "kestrel.txt")


def _history_facts(history: str) -> list[Fact]:
    text = "\n".join([_TITLE, "| ||||", "|", _INTRO, "History", history]) + "\n"
    facts = extract(parse_profile(text, "kestrel.txt"))
    return [f for ff in facts.fields for f in ff.facts]


def _dissolutions(facts: list[Fact]) -> set[DateValue | None]:
    return {f.date for f in facts if isinstance(f, Dissolution)}


def _successors(facts: list[Fact]) -> set[str]:
    return {f.resulting.name for f in facts if isinstance(f, ChangeEvent) and f.resulting is not None}


def _previous_names(facts: list[Fact]) -> set[str]:
    return {f.previous_name for f in facts if isinstance(f, ChangeEvent) and f.previous_name}


# --- class 1: export record labels -------------------------------------------------------------


def test_founded_date_label_dates_the_founding() -> None:
    assert READERS.dates("History\nFounded Date: Mar 3, 1931\nFounders: Ola Brenn") == {DateValue(1931, 3, 3)}


def test_founded_date_label_with_unsure_value_stays_unread() -> None:
    assert READERS.dates("History\nFounded Date: c. 1931") == set()
    # near miss: another label with "date" in it dates no founding
    assert READERS.dates("History\nListing Date: Mar 3, 1931") == set()


def test_closed_date_label_dates_the_dissolution() -> None:
    facts = _history_facts("Founded Date: 1931\n1950: renamed Kestrel Pumps\nClosed Date: Feb 9, 1999")
    assert DateValue(1999, 2, 9) in _dissolutions(facts)


def test_null_closed_date_states_no_dissolution_and_no_name() -> None:
    facts = _history_facts("Founded Date: 1931\n1950: renamed Kestrel Pumps Ltd\nClosed Date: —")
    assert _dissolutions(facts) == set()
    assert not any("Closed Date" in name for name in _successors(facts))


def test_record_line_after_dated_line_takes_no_date() -> None:
    # "(1988)" ending a line heads nothing on the next line
    facts = _history_facts("1970: opened a plant at Orlo\nBuys (selected): Tarn Valves Corp. (1988)\nClosed Date: n.a.")
    assert _dissolutions(facts) == set()


# --- class 2: ISO-dated and month-dated history lines --------------------------------------------


def test_month_year_head_dates_its_line_and_ends_the_name_before() -> None:
    facts = _history_facts(
        "1931: founded as Brenn Works\n2004: renamed Brenn Pumps\nMay 2016: renamed Kestrel Pumps\nClosed Date: —"
    )
    assert "Brenn Pumps" in _previous_names(facts)
    assert not any(name.endswith(" May") for name in _previous_names(facts))
    assert _dissolutions(facts) == set()


def test_month_word_that_is_no_month_heads_nothing() -> None:
    # near miss: "Mayfair 2016" is no month and year
    facts = _history_facts("2004: renamed Brenn Pumps\nMayfair 2016: showroom opened")
    assert not any("Mayfair" in name for name in _previous_names(facts))


def test_own_renaming_after_merger_undoes_its_ending() -> None:
    facts = _history_facts(
        "1960: founded.\nMarch 1990: merged with Tarn Valves to form Tarn-Kestrel Holdings.\n"
        "1994: renamed Kestrel Pumps."
    )
    assert _dissolutions(facts) == set()
    assert "Tarn-Kestrel Holdings" not in _successors(facts)


def test_merger_ending_without_later_renaming_stays() -> None:
    facts = _history_facts("1960: founded.\nMarch 1990: merged with Tarn Valves to form Tarn-Kestrel Holdings.")
    assert {d for d in _dissolutions(facts) if d} == {DateValue(1990, 3)}
