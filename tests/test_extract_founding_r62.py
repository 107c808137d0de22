"""Round 62 (F2b founding): a date inside "on the recommendation/advice of …" is the adviser's; an
intro's act-title year does not outrank a later creation date; a second predicate after an act's
title dates its own event; "concluded" and "made on" date an instrument; a dated French title's
"portant …" subject; a number's "-FZ" series letters; "Law 7/1991 of 21 March"."""

from __future__ import annotations

import pytest

from orgkg.model import DateValue

from .founding_helpers import FoundingReaders

READERS = FoundingReaders("Tarn Valley Water Board", "The Tarn Valley Water Board manages reservoirs.", "tvwb.txt")


@pytest.mark.parametrize(
    "history",
    [
        "The board was created on the recommendation of the 1931 Hollis Committee as the valley's water authority.",
        "The board was founded on the advice of the Royal Survey Mission of March 1929, and drew on Dutch models.",
        "The board was set up on the recommendation of a commission formed in 1930, and it has run since.",
        "The board was established at the suggestion of the Engineers' Congress of 1928.",
    ],
)
def test_a_date_inside_an_advice_phrase_is_no_founding_date(history: str) -> None:
    assert READERS.dates(f"History\n{history}") == set()


@pytest.mark.parametrize(
    ("history", "year"),
    [
        # the date stands outside the advice phrase: the founding's own
        ("In 1932 the board was created on the recommendation of the Hollis Committee.", 1932),
        ("The board was created in 1932 on the recommendation of the Hollis Committee.", 1932),
        # no advice cue: "following the 1931 floods" is no adviser
        ("The board was created on 4 May 1932, following the floods.", 1932),
    ],
)
def test_a_date_outside_an_advice_phrase_still_dates_the_founding(history: str, year: int) -> None:
    assert {d.year for d in READERS.dates(f"History\n{history}")} == {year}


def test_an_intro_act_title_year_does_not_replace_the_creation_year() -> None:
    readers = FoundingReaders(
        "Tarn Valley Water Board",
        "The Tarn Valley Water Board regulated reservoirs; constituted under the Reservoirs (Control) Act, 1950, "
        "it sat in Carlisle.",
        "tvwb.txt",
    )
    legislation = "Legislation\nThe Reservoirs (Control) Act, 1950; the Board was set up under it in 1951."
    assert readers.dates(legislation) == {DateValue(1951)}


def test_an_intro_year_before_a_creation_still_counts_when_it_is_no_title_year() -> None:
    readers = FoundingReaders(
        "Tarn Valley Water Board", "The Tarn Valley Water Board opened in 1890 as a private company.", "tvwb.txt"
    )
    legislation = "Legislation\nThe Tarn Valley Water Act 1921; the Board was incorporated under it in 1921."
    assert readers.dates(legislation) == {DateValue(1890)}


def test_a_second_predicate_after_an_act_title_dates_its_own_event() -> None:
    readers = FoundingReaders(
        "Harwick University",
        "Harwick University was established by the Harwick University Act 1962 and admitted its first "
        "students on 2 October 1965.",
        "hu.txt",
    )
    assert readers.dates("") == {DateValue(1962)}


def test_a_day_after_an_act_title_without_a_second_predicate_is_still_the_founding_day() -> None:
    readers = FoundingReaders(
        "Harwick Trading Company",
        "Harwick Trading Company was incorporated under the Companies Act, 1956 on 3 June 1961.",
        "htc.txt",
    )
    assert readers.dates("") == {DateValue(1961, 6, 3)}


@pytest.mark.parametrize(
    ("legislation", "act", "day"),
    [
        (
            "The Northern Fisheries Convention, concluded in Bergen on 4 May 1981 by the coastal states.",
            "Northern Fisheries Convention",
            DateValue(1981, 5, 4),
        ),
        (
            "The Tarn Valley (Water Supply) Order in Council, made on 12 March 1947, which established the Board.",
            "Tarn Valley (Water Supply) Order in Council",
            DateValue(1947, 3, 12),
        ),
    ],
)
def test_concluded_and_made_on_date_the_instrument(legislation: str, act: str, day: DateValue) -> None:
    assert READERS.acts(f"Legislation\n{legislation}") == {(act, day)}


def test_made_without_on_gives_no_instrument_day() -> None:
    legislation = "The Tarn Valley (Water Supply) Order in Council, made permanent in 1952."
    assert READERS.acts(f"Legislation\n{legislation}") == {("Tarn Valley (Water Supply) Order in Council", None)}


def test_a_dated_french_title_keeps_its_subject() -> None:
    legislation = (
        "Décret n° 52-114 du 3 février 1952 portant création de la Régie des eaux du Tarn (Decree No. 52-114), "
        "signed by the Minister."
    )
    assert READERS.acts(f"Legislation\n{legislation}") == {
        ("Décret n° 52-114 du 3 février 1952 portant création de la Régie des eaux du Tarn", DateValue(1952, 2, 3))
    }


def test_a_dated_french_title_without_a_subject_word_ends_at_its_day() -> None:
    legislation = "Décret n° 52-114 du 3 février 1952 and later orders created the Régie."
    expected = ("Décret n° 52-114 du 3 février 1952", DateValue(1952, 2, 3))
    assert READERS.acts(f"Legislation\n{legislation}") == {expected}


def test_series_letters_after_a_hyphen_belong_to_the_number() -> None:
    legislation = "Federal Law No. 211-FZ on the Tarn Water Corporation, adopted in 2009."
    acts = READERS.acts(f"Legislation\n{legislation}")
    assert {name for name, _ in acts} == {"Federal Law No. 211-FZ"}


def test_a_word_after_a_hyphen_is_no_series() -> None:
    legislation = "Federal Law No. 211-Tarn on the Tarn Water Corporation, adopted in 2009."
    acts = READERS.acts(f"Legislation\n{legislation}")
    assert "Federal Law No. 211-Tarn" not in {name for name, _ in acts}


@pytest.mark.parametrize(
    ("legislation", "day"),
    [
        ("Law 12/1994 of 5 April, by which the Board is created.", DateValue(1994, 4, 5)),
        # no day after the number's year: the year alone
        ("Law 12/1994, by which the Board is created.", DateValue(1994)),
        # the year is no number's ("Law No. 1994"): no day is joined to it
        ("Law No. 1994 of 5 April, by which the Board is created.", None),
    ],
)
def test_a_numbered_year_takes_the_day_and_month_written_after_it(legislation: str, day: DateValue | None) -> None:
    acts = READERS.acts(f"Legislation\n{legislation}")
    assert {date for _, date in acts} == {day}
