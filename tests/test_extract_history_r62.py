"""Round 62 (F3): a title's stop inside a firm's name, a merger whose product took another's
name, "the company" after a rename, a dated head with a note, a post holders' "Predecessors:"
record, a possessive appositive after a founding name, a counted list after a colon, the
founders between a founding verb and "through the merger of", "on that date" after several
dates, "its merger with", "bringing its history to a close", and "its business passed to"."""

from __future__ import annotations

import pytest

from orgkg.extract.history import name_at, read_events, record_values, segments
from orgkg.model import ChangeEvent, DateValue, Dissolution, Identity, OrgKind


def _facts(name: str, text: str, *, acronym: str | None = None, kind: OrgKind = OrgKind.ORGANIZATION) -> list[object]:
    return list(read_events(text, Identity(name, kind, acronym), "", lines=tuple(text.splitlines())))


def _previous(facts: list[object]) -> set[str]:
    return {f.previous_name for f in facts if isinstance(f, ChangeEvent) and f.previous_name}


def _predecessors(facts: list[object]) -> set[str]:
    return {f.original.name for f in facts if isinstance(f, ChangeEvent) and f.original is not None}


def _successors(facts: list[object]) -> set[str]:
    return {f.resulting.name for f in facts if isinstance(f, ChangeEvent) and f.resulting is not None}


def _endings(facts: list[object]) -> list[DateValue | None]:
    return [f.date for f in facts if isinstance(f, Dissolution)]


# --- a title's stop inside a firm's name ---------------------------------------------------


def test_a_title_before_a_capital_goes_on_in_the_name() -> None:
    span = name_at("Dott. R. Ferri & C., the first works in Lecco")
    assert span is not None and span.name == "Dott. R. Ferri & C."
    facts = _facts("Ferri S.p.A.", "Formerly: Dott. R. Ferri & C.; Ferri Meccanica")
    assert _previous(facts) == {"Dott. R. Ferri & C.", "Ferri Meccanica"}


@pytest.mark.parametrize("text", ["Alpha Works Ing. the firm", "Alpha Works Ing. The firm"])
def test_a_titles_stop_before_a_lowercase_word_or_the_still_ends_the_name(text: str) -> None:
    span = name_at(text)
    assert span is not None and span.name == "Alpha Works Ing"


# --- a merger whose product took another's name ----------------------------------------------


def test_no_predecessor_when_the_merged_company_took_the_absorbed_name() -> None:
    text = (
        "In 2001 Harbor Telecom was merged into Valdez Office Systems, and the merged company took the "
        "Harbor Telecom name."
    )
    assert "Harbor Telecom" not in _predecessors(_facts("Valdez Office Systems", text))


@pytest.mark.parametrize(
    "text",
    [
        "In 2001 Harbor Telecom was merged into Valdez Office Systems.",
        "In 2001 Harbor Telecom was merged into Valdez Office Systems, and the merged company took the "
        "Valdez Office Systems name.",
    ],
)
def test_a_merger_into_it_under_its_own_name_keeps_the_predecessor(text: str) -> None:
    assert "Harbor Telecom" in _predecessors(_facts("Valdez Office Systems", text))


# --- "the company" after a rename -----------------------------------------------------------


def test_the_company_after_a_rename_is_not_an_earlier_named_company() -> None:
    text = (
        "A concession went to the Gulf Drilling Company in 1930. The company became Meridian Petroleum in 2001. "
        "Twenty years later the company took the name Meridian Energy."
    )
    assert _previous(_facts("Meridian Energy", text, kind=OrgKind.COMPANY)) == {"Meridian Petroleum"}


def test_the_company_with_no_rename_between_is_the_named_company() -> None:
    text = "The Gulf Drilling Company was set up in 1930. Twenty years later the company took the name Meridian Energy."
    assert "Gulf Drilling Company" in _previous(_facts("Meridian Energy", text, kind=OrgKind.COMPANY))


# --- a dated head with a note in brackets ---------------------------------------------------


def test_a_lowercase_note_between_a_bullet_date_and_its_colon() -> None:
    text = "- 15 Jan 2003: the ministry signed a memorandum.\n- 1 Feb 2003 (appointed day): the trust was dissolved."
    assert _endings(_facts("Harbour Unit Trust", text)) == [DateValue(2003, 2, 1)]


def test_a_capitalised_bracket_after_a_date_is_no_note_of_a_head() -> None:
    dated = {segment.date for segment in segments("- 1 Feb 2003 (Act No. 5): the trust was split.")}
    assert DateValue(2003, 2, 1) not in dated


# --- a post holders' "Predecessors:" record ------------------------------------------------


def test_post_holders_listed_after_predecessors_are_no_predecessors() -> None:
    record = "Predecessors: Ann Lee, Acting Director, 2025; Marc DeVane, Registrar General, Jun 2019–4 Mar 2025."
    assert record_values(record) == []


def test_a_predecessors_record_of_names_goes_on_after_a_semicolon() -> None:
    found = record_values("predecessors: Alpha Drainage Board, Beta Water Council; Gamma Water Office")
    assert {v.name.name for v in found if v.name} == {
        "Alpha Drainage Board",
        "Beta Water Council",
        "Gamma Water Office",
    }


# --- a possessive appositive after the founding name -----------------------------------------


def test_a_possessive_appositive_after_the_founding_name() -> None:
    text = (
        "Lakeside University was founded in 1901 as Lakeside Normal School, Ontario's first teacher college, "
        "and took its present name in 1950."
    )
    assert _previous(_facts("Lakeside University", text)) == {"Lakeside Normal School"}


def test_a_place_after_the_comma_still_reads_lax() -> None:
    span = name_at("Royal Observatory, Kowloon, and later", lax=True)
    assert span is not None and span.name == "Royal Observatory, Kowloon"


# --- a counted list after a colon, and the founders before "through the merger of" -----------


def test_a_counted_kind_before_a_colon_announces_the_list() -> None:
    text = (
        "It was formed in 1931 through the merger of three regional carriers: Alpha Air, Beta Airways and "
        "Gamma Airlines."
    )
    assert _predecessors(_facts("Norvale Airways", text)) == {"Alpha Air", "Beta Airways", "Gamma Airlines"}


def test_a_counted_kind_of_another_count_gives_nothing() -> None:
    text = (
        "It was formed in 1931 through the merger of two regional carriers: Alpha Air, Beta Airways and Gamma Airlines."
    )
    assert _predecessors(_facts("Norvale Airways", text)) == set()


def test_the_founders_before_the_merger_are_no_subject() -> None:
    text = (
        "NCI was founded in 1931 by Sir John Ash and Lady Mary Birch through the merger of the Alpha Dye "
        "Company and the Beta Alkali Company."
    )
    assert _predecessors(_facts("Norvale Chemical Industries", text, acronym="NCI")) == {
        "Alpha Dye Company",
        "Beta Alkali Company",
    }


def test_a_clause_after_the_founders_keeps_its_own_subject() -> None:
    text = (
        "NCI was founded in 1931 by Sir John Ash, and his rival firm grew through the merger of the Alpha Dye "
        "Company and the Beta Alkali Company."
    )
    assert _predecessors(_facts("Norvale Chemical Industries", text, acronym="NCI")) == set()


# --- "on that date", "its merger with" -------------------------------------------------------


def test_on_that_date_after_several_dates_is_the_last_day() -> None:
    text = (
        "In 2013 the Agency was moved to the Treasury, and the budget of 2014 announced its merger with the "
        "Delta Markets Board, which took effect on 1 March 2015; the Agency ceased to exist on that date."
    )
    facts = _facts("Tarn Markets Agency", text)
    assert _endings(facts) == [DateValue(2015, 3, 1)]
    assert "Delta Markets Board" in _successors(facts)


def test_on_that_date_after_a_year_alone_is_no_day() -> None:
    text = "The merger was announced in 2010 and completed in 2015; the Agency ceased to exist on that date."
    assert _endings(_facts("Tarn Markets Agency", text)) == [None]


def test_on_that_date_after_a_day_of_another_event_is_unsure() -> None:
    text = "In 2013 it moved; on 2 May 2015 the board met, and the Agency ceased to exist on that date."
    assert _endings(_facts("Tarn Markets Agency", text)) == [None]


def test_another_bodys_merger_with_gives_no_successor() -> None:
    text = "The ministry announced the merger with the Delta Markets Board in 2015; the Agency kept its name."
    assert _successors(_facts("Tarn Markets Agency", text)) == set()


# --- "bringing its history to a close" -------------------------------------------------------


def test_an_acquisition_that_closed_its_history() -> None:
    text = "On 2 May 2009 Harlow Group completed its acquisition of NCI, bringing its independent history to a close."
    facts = _facts("Norvale Chemical Industries", text, acronym="NCI")
    assert _endings(facts) == [DateValue(2009, 5, 2)]
    assert _successors(facts) == {"Harlow Group"}


def test_its_own_division_closed_its_history() -> None:
    text = (
        "The Reform Act passed in 1986, and on 1 April 1987 NCI was divided and privatised, bringing its "
        "60-year history to a close."
    )
    facts = _facts("Norvale Chemical Industries", text, acronym="NCI")
    assert _endings(facts) == [DateValue(1987, 4, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "In 2009 Harlow Group bought the Tarn works, bringing its independent history to a close.",
        "In 2009 NCI bought the Tarn works, bringing its history of growth to new heights.",
    ],
)
def test_no_ending_when_its_history_is_anothers_or_not_closed(text: str) -> None:
    assert _endings(_facts("Norvale Chemical Industries", text, acronym="NCI")) == []


# --- "its business passed to" ---------------------------------------------------------------


def test_its_business_passed_to_successors_once_it_ended() -> None:
    text = (
        "The railway was dissolved in 1990. Its rail business passed to two companies — Alpha Rail Company and "
        "Beta Freight Company — while the board wound up its debts."
    )
    assert _successors(_facts("Norvale State Railways", text)) == {"Alpha Rail Company", "Beta Freight Company"}


def test_its_business_passed_on_while_it_lives_gives_no_successor() -> None:
    text = "Its rail business passed to Alpha Rail Company in 1990, and the board went on with its freight."
    assert _successors(_facts("Norvale State Railways", text)) == set()
