"""Round 16: the catalogue-record hand (the data librarian's migrated authority records).

An instrument is the founding instrument only when the founding verb's own clause links it
("established by/under …"): a purpose infinitive or a reduced relative between the verb and
the preposition opens another predicate, and the instrument there is that predicate's."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.founding import _Names, catalogue_founding_date
from orgkg.extract.history import Subject, subject_of
from orgkg.model import DateValue, Founding, Identity, OrgKind
from orgkg.parse import parse_profile

NAME = "Northern Harbour Board"


def _foundings(history: str, legislation: str = "[not recorded]") -> list[Founding]:
    text = f"{NAME}\n{NAME} is a port authority.\nLegislation\n{legislation}\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "board.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding)]


@pytest.mark.parametrize(
    "history",
    [
        "Organised in 1921 to run the docks handed over by the city under the Harbours Agreement (1919).",
        "Set up in 1950 to administer the islands, ceded by Spain under the Treaty of Tordesillas (1898).",
        "Formed in 1933 to take over the quays, leased under the Port Concession Deed of 1930.",
        "Created in 1962 to manage a canal, dug under the Canal Ordinance of 1901.",
    ],
)
def test_an_instrument_of_another_predicate_is_not_the_founding_instrument(history: str) -> None:
    foundings = _foundings(history)
    assert [f.act for f in foundings if f.act] == []
    assert [f.act_date for f in foundings if f.act_date] == []


@pytest.mark.parametrize(
    ("history", "act"),
    [
        ("Established in 1921 under the Harbours Act 1920.", "Harbours Act 1920"),
        ("Created by the Northern Harbours Ordinance, 1950, to manage the quays.", "Northern Harbours Ordinance, 1950"),
        ("Constituted in 1933 as a board under the Port Authorities Act of 1932.", "Port Authorities Act of 1932"),
    ],
)
def test_an_instrument_in_the_founding_clause_is_still_read(history: str, act: str) -> None:
    assert [f.act for f in _foundings(history) if f.act] == [act]


def _founding_dates(history: str) -> list[str]:
    return [str(f.date) for f in _foundings(history) if f.date]


@pytest.mark.parametrize(
    "history",
    [
        "The Eastern Quay Store, built on land given by Grey, Anne, opened in 1910.",
        "The Pilot Station, built for the board by Hart, James, 1820-1881, opened in 1899.",
        "The Dry Dock, begun under the first engineer, opened in 1931.",
    ],
)
def test_another_named_body_before_an_irregular_participle_is_the_subject(history: str) -> None:
    assert _founding_dates(history) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Northern Harbour Board, built by the colony, opened in 1921.", (Subject.SELF, None)),
        ("The Pilot Station, built for the board by Hart, James, opened in 1899.", (Subject.OTHER, "Pilot Station")),
        ("The Dry Dock, begun under the first engineer, opened in 1931.", (Subject.OTHER, "Dry Dock")),
    ],
)
def test_the_phrase_before_an_irregular_participle_is_the_subject(
    sentence: str, expected: tuple[str, str | None]
) -> None:
    names = _Names(Identity(name=NAME, kind=OrgKind.ORGANIZATION), {}, generic_self=False, kind_nouns=frozenset())
    assert subject_of(sentence, sentence.index("opened"), names) == expected


@pytest.mark.parametrize(
    ("record", "year"),
    [
        ("Name: Tarn Valley Archive ; Dates: est. 1902 ; Note: county body", 1902),
        ("Name: Tarn Valley Archive ; Dates: 1911-1974", 1911),
        ("Dates: [1923]- ; Note: the year supplied by the cataloguer", 1923),
        ("Name: Tarn Valley Archive ; Dates: established 1899", 1899),
    ],
)
def test_a_catalogue_dates_element_gives_the_founding_year(record: str, year: int) -> None:
    found = catalogue_founding_date(record)
    assert found is not None and found.date == DateValue(year) and not found.uncertain


@pytest.mark.parametrize(
    "record",
    ["Dates: ca. 1890", "Dates: 1952?-1970", "Dates: est. 196-", "Dates: c. 1875-1901", "Dates: est. about 1840"],
)
def test_an_uncertain_catalogue_year_gives_no_date(record: str) -> None:
    found = catalogue_founding_date(record)
    assert found is not None and found.date is None and found.uncertain


@pytest.mark.parametrize(
    "record",
    ["Dates: 1928", "Dates: fl. 1890-1910", "Note: est. 1902", "Name: Dates Growers Board ; Other forms: DGB"],
)
def test_no_founding_year_from_a_catalogue_element_that_does_not_state_one(record: str) -> None:
    found = catalogue_founding_date(record)
    assert found is None or found.date is None


def test_a_catalogue_year_is_read_only_when_no_other_founding_date_is_stated() -> None:
    record = "Authority record\nName: Northern Harbour Board ; Dates: est. 1902"
    base = f"{NAME}\n{NAME} is a port authority.\n{record}\n"
    alone = extract(parse_profile(base, "board.txt"))
    dated = extract(parse_profile(base + "History\nThe board was established on 3 May 1903.\n", "board.txt"))
    assert [f.date for ff in alone.fields for f in ff.facts if isinstance(f, Founding) and f.date] == [DateValue(1902)]
    assert [f.date for ff in dated.fields for f in ff.facts if isinstance(f, Founding) and f.date] == [
        DateValue(1903, 5, 3)
    ]


@pytest.mark.parametrize("dates", ["ca. 1890-", "1952?-1970", "est. 196-"])
def test_an_uncertain_catalogue_year_is_reported_at_its_line(dates: str) -> None:
    text = f"{NAME}\n{NAME} is a port authority.\nAuthority record\nName: {NAME} ; Dates: {dates} ; Note: none\n"
    facts = extract(parse_profile(text, "board.txt"))
    assert [(d.code, d.line) for d in facts.diagnostics if d.code == "extract.uncertain-date"] == [
        ("extract.uncertain-date", 4)
    ]
    assert [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding) and f.date] == []


@pytest.mark.parametrize(
    ("legislation", "act", "date"),
    [
        (
            "Covenant of the Northern Harbour Board, signed 3 March 1951.",
            "Covenant of the Northern Harbour Board",
            DateValue(1951, 3, 3),
        ),
        (
            "Covenant of the Harbour Union, signed on 12 May 1949 (Part I of the Treaty of Tarn).",
            "Covenant of the Harbour Union",
            DateValue(1949, 5, 12),
        ),
        (
            "Founded under the Covenant of the Harbour League, signed 3 March 1951.",
            "Covenant of the Harbour League",
            DateValue(1951, 3, 3),
        ),
    ],
)
def test_a_covenant_is_a_named_instrument(legislation: str, act: str, date: DateValue) -> None:
    foundings = [f for f in _foundings("The board was set up by the colony.", legislation) if f.act]
    assert [(f.act, f.act_date) for f in foundings] == [(act, date)]


@pytest.mark.parametrize(
    "legislation",
    ["The member ports covenant to share pilots; no founding instrument is recorded.", "A covenant among the ports."],
)
def test_a_lowercase_covenant_is_no_instrument(legislation: str) -> None:
    assert [f.act for f in _foundings("The board was set up by the colony.", legislation) if f.act] == []


@pytest.mark.parametrize(
    ("record", "date"),
    [
        ("Name: X ; Dates: 1911-1974 ; Note: established [1911-03-02]", DateValue(1911, 3, 2)),
        ("Name: X ; Dates: est. 1911 ; Note: came into being 2 Mar. 1911, under a charter", DateValue(1911, 3, 2)),
        ("Dates: 1911- ; Note: constituted in March 1911", DateValue(1911, 3)),
        ("Dates: est. 1911 ; Note: chartered [1908-05-01] by the province", DateValue(1911)),
        ("Dates: 1911-1974 ; Note: building opened 4 May 1915", DateValue(1911)),
        ("Dates: 1911-1974 ; Note: was not established until 4 May 1911", DateValue(1911)),
    ],
)
def test_a_founding_verb_of_the_same_year_in_the_record_refines_its_year(record: str, date: DateValue) -> None:
    found = catalogue_founding_date(record)
    assert found is not None and found.date == date


def test_a_record_day_refines_a_year_stated_elsewhere_but_no_other_year_replaces_it() -> None:
    def dates(record: str) -> list[DateValue]:
        text = f"{NAME}\n{NAME} is a port authority.\nAuthority record\n{record}\nHistory\nFormed in 1911.\n"
        facts = extract(parse_profile(text, "board.txt"))
        return [f.date for ff in facts.fields for f in ff.facts if isinstance(f, Founding) and f.date]

    assert dates("Dates: 1911-1974 ; Note: established [1911-03-02]") == [DateValue(1911, 3, 2)]
    assert dates("Dates: est. 1909") == [DateValue(1911)]


@pytest.mark.parametrize(
    ("legislation", "act", "date"),
    [
        (
            "Decreto Ley 204 de 1968 (3 oct. 1968), issued by the junta.",
            "Decreto Ley 204 de 1968",
            DateValue(1968, 10, 3),
        ),
        ("Decreto 2838 de 1960, por el cual se crea el Servicio.", "Decreto 2838 de 1960", DateValue(1960)),
        ("Ley 45 de 1990 (3 de mayo de 1990).", "Ley 45 de 1990", DateValue(1990, 5, 3)),
        ("Harbours Act 1920 (12 March 1920), passed by the assembly.", "Harbours Act 1920", DateValue(1920, 3, 12)),
    ],
)
def test_a_spanish_title_keeps_its_year_and_a_bracketed_date_is_its_date(
    legislation: str, act: str, date: DateValue
) -> None:
    foundings = [f for f in _foundings("The board was set up by the colony.", legislation) if f.act]
    assert [(f.act, f.act_date) for f in foundings] == [(act, date)]


@pytest.mark.parametrize(
    ("legislation", "date"),
    [
        ("Harbours Act 1920 (12 March 1921 amendment), passed by the assembly.", DateValue(1920)),
        ("Harbours Act 1920 (see 4 May 1933), passed by the assembly.", DateValue(1920)),
        ("Decreto 2838 de 1960 (texto de 1962).", DateValue(1960)),
    ],
)
def test_a_bracket_that_is_more_than_a_date_of_the_title_year_is_not_its_date(
    legislation: str, date: DateValue
) -> None:
    assert [f.act_date for f in _foundings("The board was set up by the colony.", legislation) if f.act] == [date]
