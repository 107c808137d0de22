"""Round 8: dated lines with ordinal days, and numbers of instruments that look like years."""

from __future__ import annotations

import pytest

from orgkg.extract.dates import event_date_spans
from orgkg.extract.history import dissolution_from_intro, read_events, segments
from orgkg.model import ChangeEvent, DateValue, Dissolution, FieldFacts, FieldStatus, Identity, OrgKind

ORG = Identity("Halden Institute for Soil Research", OrgKind.GOVERNMENT, "HISR")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("3rd January 1946: established as the Halden Soil Laboratory.", DateValue(1946, 1, 3)),
        ("- 28th October 2005: the director resigned.", DateValue(2005, 10, 28)),
        ("• 1st May 1958 — first survey published.", DateValue(1958, 5, 1)),
        ("- June 22nd, 1999: moved to Oslo.", DateValue(1999, 6, 22)),
    ],
)
def test_an_ordinal_day_heads_a_dated_line(text: str, date: DateValue) -> None:
    dated = [s for s in segments(text) if s.text.strip()]
    assert dated and dated[0].date == date


def test_a_third_floor_is_no_dated_head() -> None:
    assert all(s.date is None for s in segments("Offices on the 3rd floor: rooms 1 to 9."))


@pytest.mark.parametrize(
    "text",
    [
        "- 6th March 2006: replaced by the Norwegian Soil Agency (decree n° 2006-260), which was itself "
        "succeeded in 2013 by the Nordic Land Office.",
        "- 6th March 2006: replaced by the Norwegian Soil Agency (Decree No. 2006-260); the agency was later "
        "succeeded in 2013 by the Nordic Land Office.",
        "6 March 2006: superseded by the Norwegian Soil Agency under Law nº 2006/14.",
    ],
)
def test_replaced_on_a_dated_line_ends_that_day_with_the_first_successor(text: str) -> None:
    facts = read_events(text, ORG)
    successors = [f.resulting.name for f in facts if isinstance(f, ChangeEvent) and f.resulting]
    assert successors == ["Norwegian Soil Agency"]
    ends = [f.date for f in facts if isinstance(f, Dissolution)]
    assert ends == [DateValue(2006, 3, 6)]


@pytest.mark.parametrize(
    "text",
    ["décret n° 2006-260", "Decree No. 1995/12", "Law nº 2001-33", "Order N. 1987-4", "loi n°2006-450"],
)
def test_an_instruments_number_is_no_year(text: str) -> None:
    assert event_date_spans(text) == []


@pytest.mark.parametrize("text", ["closed in 2006", "No 2006 budget was voted", "abolished on 6 March 2006"])
def test_a_year_outside_a_number_stays_a_date(text: str) -> None:
    assert [s[2].year for s in event_date_spans(text)] == [2006]


# --- an ending said in the intro -------------------------------------------------------------


def _intro(text: str) -> FieldFacts:
    return FieldFacts("Intro", "intro", 1, 2, FieldStatus.STATED, text, facts=(ORG,))


def _ends(fields: list[FieldFacts]) -> list[DateValue | None]:
    return [f.date for ff in fields for f in ff.facts if isinstance(f, Dissolution)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The HISR was Norway's soil laboratory. Abolished March 2006.", DateValue(2006, 3)),
        ("The HISR was a soil laboratory in Halden. Wound up in 1977.", DateValue(1977)),
        ("The HISR was a research station. Closed 2001.", DateValue(2001)),
        ("The HISR was a soil laboratory; it was dissolved on 3rd May 1990.", DateValue(1990, 5, 3)),
    ],
)
def test_an_ending_in_the_intro_dates_the_dissolution(text: str, date: DateValue) -> None:
    assert _ends(dissolution_from_intro([_intro(text)])) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "The HISR is a soil museum. It closed in 2001 for renovation.",
        "The HISR was a soil museum. It closed in 2001 and reopened in 2003.",
        "The HISR was a soil laboratory. It absorbed the Soil Board, which was wound up in 1977.",
        "The HISR was a soil laboratory. Abolished.",
    ],
)
def test_no_ending_of_its_own_in_the_intro(text: str) -> None:
    assert _ends(dissolution_from_intro([_intro(text)])) == []


def test_an_ending_history_dates_wins_over_the_intro() -> None:
    history = FieldFacts(
        "History", "history", 3, 4, FieldStatus.STATED, "…", facts=(Dissolution(DateValue(2006, 3, 6), "replaced"),)
    )
    fields = dissolution_from_intro([_intro("The HISR was a laboratory. Abolished March 2006."), history])
    assert _ends(fields) == [DateValue(2006, 3, 6)]


# --- a story that opens with the first name, renamed on to the present one -------------------


def _previous(text: str) -> list[str]:
    return [f.previous_name for f in read_events(text, ORG) if isinstance(f, ChangeEvent) and f.previous_name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Halden Soil Laboratory was set up in 1948 by the ministry.\n- 1963: renamed the Halden Soil "
            "Institute.\n- 1999: became the Halden Institute for Soil Research.",
            ["Halden Soil Laboratory", "Halden Soil Institute"],
        ),
        (
            "The Nordic Soil Bureau was established as a statutory body in 1950. In 1970 it was renamed the "
            "Halden Institute for Soil Research.",
            ["Nordic Soil Bureau"],
        ),
        (
            "The Halden Soil Laboratory was founded in 1931.\n- 1970: became Halden Soil Holdings plc, its "
            "shares held by the state.\n- 2001: renamed the Halden Institute for Soil Research.",
            ["Halden Soil Laboratory", "Halden Soil Holdings plc"],
        ),
    ],
)
def test_the_name_a_story_opens_with_is_a_previous_name_when_renames_lead_to_ours(text: str, names: list[str]) -> None:
    assert sorted(_previous(text)) == sorted(names)


@pytest.mark.parametrize(
    "text",
    [
        "The Soil Board was established in 1948. In 1990 it merged with the Water Board to form the HISR.",
        "The Soil Board was established in 1948.\n- 1963: renamed the Soil Agency.\n- 1990: the Soil Agency and "
        "the Water Board merged to form the HISR.",
        "The Soil Board was established in 1948; the HISR took over its laboratories in 1990.",
    ],
)
def test_another_organizations_founding_gives_no_previous_name(text: str) -> None:
    assert "Soil Board" not in _previous(text)
