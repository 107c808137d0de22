"""Round 34 (F3b): a German ordinal day heads a timeline bullet whole; dissolution phrasings."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.history import segments
from orgkg.model import DateValue, Dissolution
from orgkg.parse import parse_profile


@pytest.mark.parametrize(
    ("text", "first", "date"),
    [
        (
            "– 1. April 1970: Gründung der Stiftung.\n– 3. Mai 1985: Umzug.",
            "Gründung der Stiftung.",
            DateValue(1970, 4, 1),
        ),
        ("- 12. Juni 1990: renamed Nordwerk.\n- 2. Juli 1991: moved.", "renamed Nordwerk.", DateValue(1990, 6, 12)),
        ("• 1. März 2001 — merged into the Landesamt.", "merged into the Landesamt.", DateValue(2001, 3, 1)),
        ("- 30. September 1961: The office opened.", "The office opened.", DateValue(1961, 9, 30)),
    ],
)
def test_ordinal_day_before_month_is_part_of_the_head(text: str, first: str, date: DateValue) -> None:
    found = segments(text)
    assert found[0].text == first
    assert found[0].date == date
    assert not any(segment.text.rstrip().endswith(("1.", "2.", "3.")) for segment in found)


def test_ordinal_number_before_a_word_that_is_no_month_heads_nothing() -> None:
    # "1. Phase 1970" is a numbered phase, not a day: only the year heads the piece
    found = segments("- 1. Phase 1970: planning.")
    assert all(segment.date is None or segment.date.month is None for segment in found)


# --- a timeline in the historic present ends the organization: "2005 — We close." ------------------


def _endings(*history: str) -> list[DateValue | None]:
    lines = [
        "Tarn Institute for Soil Physics",
        "| ||||",
        "|",
        "The Tarn Institute for Soil Physics (TISP) was a public research body.",
        "History",
        *history,
    ]
    facts = extract(parse_profile("\n".join(lines) + "\n", "tisp.txt"))
    return [f.date for field in facts.fields for f in field.facts if isinstance(f, Dissolution)]


@pytest.mark.parametrize(
    ("lines", "year"),
    [
        (("- 1961 — We open.", "- 2005 — We close. Our staff move to other sites."), 2005),
        (("- 1961: founded.", "- 1999: The institute closes."), 1999),
        (("- 1961: founded.", "- 2003: It ceases to exist."), 2003),
        (("- 1961: founded.", "- 2008 — We close down for good."), 2008),
    ],
)
def test_historic_present_ending_dates_the_dissolution(lines: tuple[str, ...], year: int) -> None:
    assert _endings(*lines) == [DateValue(year)]


@pytest.mark.parametrize(
    "line",
    [
        "- 2001: We work in close cooperation with the Fen Survey Office.",
        "- 2001: The office is close to the station.",
        "- 2003: We close our Paris office.",
        "- 2004: The Fen Survey Office closes; its work passes to us.",
    ],
)
def test_close_as_adjective_or_of_another_body_is_no_ending(line: str) -> None:
    assert _endings("- 1961: founded.", line) == []
