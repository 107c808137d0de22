"""Round 25, founding family (F3a): French-hand dates, years that name an event, treaties
and other instruments that are no founders, founding years refined by the day the text gives."""

from __future__ import annotations

import pytest

from orgkg.extract import dates, extract
from orgkg.extract.founding import find_instrument
from orgkg.model import DateValue, Founding
from orgkg.parse import parse_profile

from .founding_helpers import NAME, founding_dates, foundings

INTRO = f"The {NAME} is a research body in Ely."


# A year after "of" and a name ("the Exhibition of 1897") before a participle dates that
# event, never the organization the participle may be read to tell of.
@pytest.mark.parametrize(
    "history",
    [
        "The origin is the drainage section of the Fen Exhibition of 1897, installed by the Duke in his park.",
        "Its nucleus was the herbarium of the Botanical Congress of 1850, assembled by a local doctor.",
        "The seed was the survey office of the Enclosure Commission of 1871, inaugurated by the Bishop.",
    ],
)
def test_a_year_naming_an_event_before_a_participle_dates_no_founding(history: str) -> None:
    assert founding_dates(INTRO, history) == []


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        ("In December of 1898, founded by the county council, the Board opened.", DateValue(1898, 12)),
        ("Its origin is the Drainage Commission, created in 1883 by the county.", DateValue(1883)),
        ("The Board was founded in 1898 by the county council.", DateValue(1898)),
    ],
)
def test_a_founding_date_near_an_of_phrase_is_still_read(history: str, expected: DateValue) -> None:
    assert founding_dates(INTRO, history) == [expected]


# French-hand dates: "mars" (also a planet) is read only between a day and a year; Roman
# months joined by dots.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fondée le 14 mars 1962 à Dakar", DateValue(1962, 3, 14)),
        ("signed le 1er mars 1958 by the ministers", DateValue(1958, 3, 1)),
        ("opgericht op 7 mei 1931", DateValue(1931, 5, 7)),
        ("formed on 4.IV.1931 by decree", DateValue(1931, 4, 4)),
        ("formed on 4. IV. 1931", DateValue(1931, 4, 4)),
    ],
)
def test_a_day_month_year_in_french_and_roman_forms(text: str, expected: DateValue) -> None:
    assert [value for _, value in dates.find_dates(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Mars 1971 probe", [DateValue(1971)]),
        ("12 Mars bars sold in 1980", [DateValue(1980)]),
        ("King Louis XIV 1715", [DateValue(1715)]),
        ("section 2.1.IV.1931", [DateValue(1931)]),
    ],
)
def test_no_day_is_read_from_a_word_month_or_numeral_alone(text: str, expected: list[DateValue]) -> None:
    assert [value for _, value in dates.find_dates(text)] == expected


def test_a_french_founding_day_in_the_intro() -> None:
    intro = f"The {NAME} was created at Ely le 20 mars 1970 by the county councils."
    assert founding_dates(intro) == [DateValue(1970, 3, 20)]


# Treaties named in French, Spanish or Portuguese are instruments, never founders.
@pytest.mark.parametrize(
    ("history", "act"),
    [
        ("The Board was created by the Traité de Cambridge in 1961.", "Traité de Cambridge"),
        ("The Board was established by the Tratado de Ely in 1960.", "Tratado de Ely"),
        ("The Board was set up by the Accord de Wisbech in 1975.", "Accord de Wisbech"),
        ("The Board was founded by the Protocole de March in 1981.", "Protocole de March"),
    ],
)
def test_a_treaty_in_another_language_is_no_founder(history: str, act: str) -> None:
    found = foundings(INTRO, history)
    assert [m for f in found for m in (f.founder, *f.founders) if m] == []
    assert find_instrument(history) is not None and find_instrument(history).name == act


def test_a_person_after_by_is_still_a_founder() -> None:
    found = foundings(INTRO, "The Board was founded by Accorsi Tratadone in 1961.")
    assert [f.founder.name for f in found if f.founder] == ["Accorsi Tratadone"]


# A rendered infobox's label row: "Formation<TAB>date; N years ago"; the age belongs to the date.
@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("Formation\t22 February 1921; 105 years ago", DateValue(1921, 2, 22)),
        ("Formation\t3 May 1931 (95 years ago)", DateValue(1931, 5, 3)),
        ("Founded\t1 October 1931; 94 years ago", DateValue(1931, 10, 1)),
    ],
)
def test_an_infobox_founding_row_with_its_age(row: str, expected: DateValue) -> None:
    assert founding_dates(INTRO, legislation=row) == [expected]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # the row's day refines a year the intro states; another year is left alone
        ("Formation\t22 February 1921; 105 years ago", [DateValue(1921, 2, 22)]),
        ("Formation\t22 February 1922; 104 years ago", [DateValue(1921)]),
        # a training "formation" is no date
        ("Formation\tthree years of engineering", [DateValue(1921)]),
    ],
)
def test_an_infobox_row_refines_the_intro_year(row: str, expected: list[DateValue]) -> None:
    intro = f"The {NAME} is a research body in Ely. It was established in 1921."
    assert founding_dates(intro, legislation=row) == expected


def test_an_age_suffix_is_part_of_the_date_span() -> None:
    text = "Dissolved 1 July 2015; 11 years ago"
    assert [(text[s:e], v) for s, e, v in dates.date_spans(text)] == [
        ("1 July 2015; 11 years ago", DateValue(2015, 7, 1))
    ]


# Signers listed as bullets under a line that announces them.
@pytest.mark.parametrize(
    "lead",
    [
        "Convention de Wisbech, signed at Ely on 3 May 1962. Of the five governors present, four signed the text:",
        "Treaty of Ely (1962). Signatories:",
        "Accord de Wisbech, adopted on 3 May 1962 and signed by:",
    ],
)
def test_signers_listed_under_an_announcing_line(lead: str) -> None:
    legislation = f"{lead}\n- Amadou Sall (Senegal)\n- Pierre Kaboré, Prime Minister (Upper Volta)\n- Marie Ndiaye\n"
    found = foundings(INTRO, legislation=legislation)
    signers = [m.name for f in found for m in ((f.act_passed_by,) if f.act_passed_by else ()) + f.act_signers]
    assert signers == ["Amadou Sall", "Pierre Kaboré", "Marie Ndiaye"]


@pytest.mark.parametrize(
    "entries",
    [
        "- Senegal\n- Upper Volta\n- Niger\n",  # states, not persons: no signer read
        "- Amadou Sall (Senegal)\n",  # one entry is no list
        "- Amadou Sall (Senegal)\n- the Ministry of Finance\n",  # not every entry a person
    ],
)
def test_no_signers_unless_every_entry_is_a_person(entries: str) -> None:
    legislation = f"Treaty of Ely (1962). Signatories:\n{entries}"
    found = foundings(INTRO, legislation=legislation)
    assert [f.act_passed_by for f in found if f.act_passed_by] == []
    assert [m for f in found for m in f.act_signers] == []


def test_bullets_under_another_line_are_no_signers() -> None:
    legislation = "Treaty of Ely (1962). Members:\n- Amadou Sall\n- Pierre Kaboré\n"
    found = foundings(INTRO, legislation=legislation)
    assert [f.act_passed_by for f in found if f.act_passed_by] == []


# A founding year by a named instrument is that instrument's day, when Legislation dates it.
@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        (f"The {NAME} was created by the Treaty of Ely in 1961.", [DateValue(1961, 3, 28)]),
        (f"The {NAME} was established by the Traité de Wisbech in 1961.", [DateValue(1961, 3, 28)]),
        # another year than the act's: the intro's own year stays
        (f"The {NAME} was created by the Treaty of Ely in 1962.", [DateValue(1962)]),
    ],
)
def test_a_founding_year_by_an_instrument_takes_its_day(intro: str, expected: list[DateValue]) -> None:
    act = "Treaty of Ely" if "Treaty" in intro else "Traité de Wisbech"
    legislation = f"{act}, signed at Ely on 28 March 1961."
    assert founding_dates(intro, legislation=legislation) == expected


# A lowercase instrument word with its number sign and number is a named instrument.
@pytest.mark.parametrize(
    ("text", "name", "date"),
    [
        (
            "Created by the arrêté n° 2210/A of the Governor, dated 19/08/1936.",
            "arrêté n° 2210/A",
            DateValue(1936, 8, 19),
        ),
        (
            "Created by the décret n° 62-117 du 14 mars 1962.",
            "décret n° 62-117 du 14 mars 1962",
            DateValue(1962, 3, 14),
        ),
        ("It was set up by the decree No. 1234, dated 12.03.1956.", "decree No. 1234", DateValue(1956, 3, 12)),
        ("Established under ordinance No. 7/1974 of the Regent.", "ordinance No. 7/1974", DateValue(1974)),
    ],
)
def test_a_lowercase_numbered_instrument(text: str, name: str, date: DateValue | None) -> None:
    found = find_instrument(text)
    assert found is not None and (found.name, found.date) == (name, date)


@pytest.mark.parametrize(
    "text",
    [
        "The law was passed in 1990 by the assembly.",
        "It works by order of the court.",
        "Under the decree of the minister it moved to Dakar.",
    ],
)
def test_a_lowercase_instrument_word_without_number_is_no_name(text: str) -> None:
    assert find_instrument(text) is None


def _dates_of(text: str) -> list[DateValue]:
    facts = extract(parse_profile(text, "frb.txt"))
    return [f.date for ff in facts.fields for f in ff.facts if isinstance(f, Founding) and f.date]


# A pasted infobox label on a line of its own, its value under it: an unknown heading and its line.
@pytest.mark.parametrize(
    ("heading", "value", "expected"),
    [
        ("Formation", "1 September 2011; 15 years ago", [DateValue(2011, 9, 1)]),
        ("Established", "3 March 1950", [DateValue(1950, 3, 3)]),
        ("Formation", "12.05.1976", [DateValue(1976, 5, 12)]),
        # no date as a whole, or not a founding key: nothing
        ("Formation", "Courses for engineers since 1950", []),
        ("Renovation", "1 September 2011", []),
    ],
)
def test_an_infobox_label_line_and_its_value(heading: str, value: str, expected: list[DateValue]) -> None:
    text = f"{NAME}\n{INTRO}\n{heading}\n{value}\nWebsite\nhttps://frb.example.org\n"
    assert _dates_of(text) == expected
