"""Round 30 (F3a): the cataloguer / authority-record hand (h21).

- "X (Ely, England); research garden; founded 1755-10-17 by Y": an authority record's
  semicolon line opens with the organization's heading (its name, or its title's first words
  with the place in a qualifier bracket); a lowercase participle opening a later element,
  after verbless descriptions only, tells of the organization;
- "Dates of existence: 1946 March 29 - 2012 February 3" (the ISAAR(CPF) element, also after
  a full stop): a range of days gives the founding day, as "Dates: 1906-1945" gives its year;
- "X; drainage laboratory; Ely; 1921-1964": a record line's range of years, after the heading
  and verbless descriptions, gives the founding year when nothing else dates it;
- "Royal order of 1755-10-17", "Presidential decree dated 12 June 2009": an issuer's adjective
  and a lowercase instrument kind, dated, name the instrument (never after a determiner);
- "est. 1969-10-18" in the intro, the Legislation's agreement signed that day and in force
  later: the text dates the founding by the signature, not the entry into force;
- an archivist's mark ("[uncertain]", "[not ascertained]") makes the date no date (round 24:
  approximate dates are not read).
"""

from __future__ import annotations

import pytest

from orgkg.extract.founding import catalogue_founding_date, find_instrument
from orgkg.model import DateValue, Mention
from tests.founding_helpers import founding_dates, foundings


@pytest.mark.parametrize(
    ("intro", "date", "founder"),
    [
        (
            "Fenland Research (Ely, England); botanical garden and seed bank; founded 1802-04-09 by Ada Lovell.",
            DateValue(1802, 4, 9),
            "Ada Lovell",
        ),
        ("Fenland Research Board; seed garden; Ely; established 1921 Mar. 3.", DateValue(1921, 3, 3), None),
        (
            "Fenland Research (Cambs.); herbarium; founded 1 May 1930 by Ada Lovell.",
            DateValue(1930, 5, 1),
            "Ada Lovell",
        ),
    ],
)
def test_a_participle_element_of_a_record_line_founds_the_heading(
    intro: str, date: DateValue, founder: str | None
) -> None:
    found = foundings(intro)
    assert [f.date for f in found if f.date] == [date]
    assert [f.founder for f in found if f.founder] == ([Mention(founder, "person")] if founder else [])


@pytest.mark.parametrize(
    "intro",
    [
        # another heading: the participle is that body's
        "Ely Drainage Commission (Ely, England); botanical garden; founded 1802 by Ada Lovell.",
        # a clause before the participle (it has a determiner and a verb): not a description
        "Fenland Research Board; botanical garden; the council runs its farm; founded 1802.",
        # a dated element before: the participle may date another event
        "Fenland Research Board; botanical garden; seed bank 1790-1801; founded 1802.",
    ],
)
def test_no_founding_from_a_record_line_not_headed_by_the_organization(intro: str) -> None:
    assert founding_dates(intro) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Fen body. Dates of existence: 1946 March 29 - 2012 February 3 (wound up).", DateValue(1946, 3, 29)),
        ("Dates of existence: 1921 Mar. 3-1960", DateValue(1921, 3, 3)),
        ("Name: Fen Board ; Dates: 1901 May 12 - 1950", DateValue(1901, 5, 12)),
        ("Dates of existence: 1899-1972", DateValue(1899)),
    ],
)
def test_a_dates_element_gives_the_first_day_of_its_range(text: str, date: DateValue) -> None:
    found = catalogue_founding_date(text)
    assert found is not None and found.date == date


@pytest.mark.parametrize(
    "text",
    [
        "Dates of existence: 1921 Mar. 3",  # one day, no range: which event?
        "Dates of existence: ca. 1890-1950",  # approximate: no date
        "Sources consulted: 1946 March 29 - 2012 February 3",  # not a dates element
    ],
)
def test_no_founding_day_from_a_dates_element_without_a_stated_start(text: str) -> None:
    found = catalogue_founding_date(text)
    assert found is None or found.date is None


@pytest.mark.parametrize(
    ("intro", "year"),
    [
        ("Fenland Research Board; drainage laboratory; Ely; 1921-1964.", 1921),
        ("Fenland Research Board (Ely); peat survey; 1930-1971, re-established 1990.", 1930),
        ("Fenland Research; experimental farm; 1946-", 1946),
    ],
)
def test_a_record_lines_years_of_existence_date_the_founding(intro: str, year: int) -> None:
    assert founding_dates(intro) == [DateValue(year)]


@pytest.mark.parametrize(
    "intro",
    [
        "Fenland Research Board; drainage laboratory; Ely; 1921-1964 [uncertain].",
        "Fenland Research Board; drainage laboratory; 1921-1964 [not ascertained].",
        "Fenland Research Board; drainage laboratory; 1921?-1964.",
        # another heading: the years are that body's
        "Ely Drainage Commission; drainage laboratory; 1921-1964.",
        # a clause before the range: the years may be another event's
        "Fenland Research Board; the council ran the farm; 1921-1964.",
    ],
)
def test_no_founding_year_from_uncertain_or_foreign_record_years(intro: str) -> None:
    assert founding_dates(intro) == []


def test_an_uncertain_mark_in_a_dates_element_is_no_date() -> None:
    found = catalogue_founding_date("Name: Fen Board ; Dates: 1901-1950 [uncertain]")
    assert found is not None and found.uncertain and found.date is None


@pytest.mark.parametrize(
    ("legislation", "name", "date"),
    [
        ("Royal warrant of 1802-04-09 (original lost).", "Royal warrant", DateValue(1802, 4, 9)),
        ("Presidential decree dated 12 June 2009 [title not seen].", "Presidential decree", DateValue(2009, 6, 12)),
        ("Imperial edict of 3 March 1868.", "Imperial edict", DateValue(1868, 3, 3)),
    ],
)
def test_an_issuers_lowercase_dated_instrument_is_named(legislation: str, name: str, date: DateValue) -> None:
    found = find_instrument(legislation)
    assert found is not None and (found.name, found.date) == (name, date)


@pytest.mark.parametrize(
    "legislation",
    [
        "This decree of 1990 is not the founding one.",  # a determiner, no issuer
        "Royal order (undated; text not seen).",  # no date: only a kind
        "Such order of 1950 as existed is lost.",
    ],
)
def test_no_instrument_from_a_lowercase_kind_without_issuer_or_date(legislation: str) -> None:
    assert find_instrument(legislation) is None


@pytest.mark.parametrize(
    ("intro", "legislation", "date"),
    [
        (
            "Fenland Research Board; regional drainage fund; est. 1971-05-04.",
            "Agreement Establishing the Fenland Research Board; signed 1971-05-04, Ely; entered into force 1972-02-01.",
            DateValue(1971, 5, 4),
        ),
        (
            "The Fenland Research Board was founded on 4 May 1971.",
            "Convention on the Fenland Research Board, signed at Ely on 4 May 1971; in force 1 February 1972.",
            DateValue(1971, 5, 4),
        ),
    ],
)
def test_a_stated_founding_on_the_signing_day_beats_the_entry_into_force(
    intro: str, legislation: str, date: DateValue
) -> None:
    assert founding_dates(intro, legislation=legislation) == [date]


def test_without_a_stated_founding_the_entry_into_force_stays() -> None:
    legislation = (
        "Agreement Establishing the Fenland Research Board; signed 1971-05-04, Ely; entered into force 1972-02-01."
    )
    assert founding_dates("Fenland Research Board; regional drainage fund.", legislation=legislation) == [
        DateValue(1972, 2, 1)
    ]
