"""Round 18: the East Asian policy researcher's hand (h12).

Era years ("1 July, Shōwa 46 (1971)", "平成5年4月1日", "Minguo 38") are read as Gregorian dates
(ontology/lexicon/calendar-eras.csv), only where a Gregorian year beside them agrees; East Asian
digit dates ("1988年6月", "1988년 6월") and dotted timeline heads ("1971.03") are dates too; a date
with its era year in brackets, or an era-led date, heads a History bullet; a date after "until"
ends something told beside the event and never dates a founding."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.dates import date_spans
from orgkg.extract.founding import find_instrument
from orgkg.extract.history import name_at, segments
from orgkg.model import ChangeEvent, DateValue, Dissolution, Founding
from orgkg.parse import parse_profile


def _dates(text: str) -> list[DateValue]:
    return [value for _, _, value in date_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It opened on 3 March, Heisei 5 (1993), in Osaka.", DateValue(1993, 3, 3)),
        ("founded October 1, Showa 24 (1949) by the ministry", DateValue(1949, 10, 1)),
        ("Meiji 20 (1887), 10 October: the school opened", DateValue(1887, 10, 10)),
        ("In May, Taishō 12 (1923), the office moved.", DateValue(1923, 5)),
        ("It was set up in Reiwa 2.", DateValue(2020)),
        ("平成5年4月1日に設立された", DateValue(1993, 4, 1)),
        ("民國38年成立", DateValue(1949)),
        ("1988年6月設立", DateValue(1988, 6)),
        ("1988년 6월 설립", DateValue(1988, 6)),
        ("2004.07.01 The institute was renamed.", DateValue(2004, 7, 1)),
        ("1986.11  The centre opened.", DateValue(1986, 11)),
    ],
)
def test_era_and_east_asian_dates_are_read(text: str, expected: DateValue) -> None:
    assert _dates(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the era year and the Gregorian one disagree: only the Gregorian year is read
        ("opened on 1 July, Shōwa 47 (1971)", [DateValue(1971)]),
        # "may" in lower case is a verb, not a month: the era year alone
        ("it may, Heisei 3 notwithstanding, close", [DateValue(1991)]),
        # no era: a phase number is no year
        ("Phase 2 (1998) began", [DateValue(1998)]),
        # a decimal number, and a month that does not exist
        ("an index of 2013.50 points", [DateValue(2013)]),
        ("Kyoto 46 is a street number", []),
    ],
)
def test_what_is_no_era_date(text: str, expected: list[DateValue]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("history", "date"),
    [
        ("- Shōwa 51 (1976), 2 August: the centre was opened.", DateValue(1976, 8, 2)),
        ("- Heisei 8 (1996), October: the centre was opened.", DateValue(1996, 10)),
        ("- 3 June 1952 (Shōwa 27 in the Japanese calendar): the centre was opened.", DateValue(1952, 6, 3)),
        ("1976.08  The centre was opened.\n1980.01  It moved.", DateValue(1976, 8)),
    ],
)
def test_east_asian_bullet_heads_date_their_bullet(history: str, date: DateValue) -> None:
    assert segments(history)[0].date == date


def test_a_bracket_after_a_year_that_is_no_era_heads_no_bullet() -> None:
    # "1961 (Act 79):" is an act's title and number, not a dated bullet
    found = segments("- Fisheries Act, 1961 (Act 79): assented to on 2 May 1961")
    assert all(segment.date is None for segment in found)


NAME = "Northern Planning Bureau"


def _founding_dates(history: str) -> list[DateValue]:
    text = f"{NAME}\nThe {NAME} (NPB) is a planning agency.\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "npb.txt"))
    return [f.date for ff in facts.fields for f in ff.facts if isinstance(f, Founding) and f.date]


@pytest.mark.parametrize(
    "history",
    [
        "- 2 May 1950 (Shōwa 25): NPB started its work, with Ola Berg as its first Director (until 1960).",
        "- 2 May 1950: NPB started its work, with Ola Berg as Director (until 1960).",
        "- Shōwa 25 (1950), 2 May: NPB started its work; Ola Berg was Director till 1960.",
    ],
)
def test_a_date_after_until_is_no_founding_date(history: str) -> None:
    assert _founding_dates(history) == [DateValue(1950, 5, 2)]


@pytest.mark.parametrize(
    "legislation",
    [
        # the English title's list of nouns runs on after a comma: the title read would be cut
        "It was established under the 연구기관법 (Act on the Establishment, Operation and Support of Institutes).",
        "It was founded under the Act on Museums, Archives and Libraries of 1980.",
        "Created by the Law on the Organisation, Funding, Staffing and Supervision of Laboratories.",
        # the organization is run under the act now: no founding instrument
        "Since 2004 the centre has been operated under the Science Institutes Act 2003.",
        "The institute is administered under the Research Bodies Act 1995.",
    ],
)
def test_a_cut_title_or_an_operating_act_is_no_founding_instrument(legislation: str) -> None:
    assert find_instrument(legislation) is None


@pytest.mark.parametrize(
    ("legislation", "name"),
    [
        ("It was created by the Act on the Research Council (Act No. 12 of 1980).", "Act on the Research Council"),
        ("It was set up by the Act on Water Resources, 1960.", "Act on Water Resources"),
        ("It was created by the Companies Act, Cap. 486.", "Companies Act"),
    ],
)
def test_titles_followed_by_a_comma_but_no_list_are_kept(legislation: str, name: str) -> None:
    found = find_instrument(legislation)
    assert found is not None and found.name == name


def _dissolution_dates(history: str) -> list[DateValue | None]:
    text = f"{NAME}\nThe {NAME} (NPB) was a planning agency.\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "npb.txt"))
    return [f.date for ff in facts.fields for f in ff.facts if isinstance(f, Dissolution)]


@pytest.mark.parametrize(
    ("history", "date"),
    [
        (
            "In March 1996, in the reform of the cabinet under Prime Minister A, NPB was abolished.",
            DateValue(1996, 3),
        ),
        ("In 1988, under the new constitution, the Northern Planning Bureau was dissolved.", DateValue(1988)),
        (
            "On 2 May 2001, as part of the reform, following the vote of the council, NPB was abolished.",
            DateValue(2001, 5, 2),
        ),
    ],
)
def test_an_opening_date_dates_the_ending_across_prepositional_asides(history: str, date: DateValue) -> None:
    assert _dissolution_dates(history) == [date]


def test_an_opening_date_does_not_reach_past_a_clause_of_its_own() -> None:
    # the second piece is a clause with its own verb, not an aside: the 1950 date is not the ending's
    history = "In 1950, the ministry, which planned it long, and the council agreed, NPB was abolished."
    assert DateValue(1950) not in _dissolution_dates(history)


def _predecessors(history: str) -> list[str]:
    text = f"{NAME}\nThe {NAME} (NPB) is a planning agency.\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "npb.txt"))
    return sorted(
        f.original.name
        for ff in facts.fields
        for f in ff.facts
        if isinstance(f, ChangeEvent) and f.kind == "predecessor" and f.original
    )


@pytest.mark.parametrize(
    "history",
    [
        "In 1960 two offices of the ministry — the Coastal Survey Office (沿岸調査所) and the Harbour"
        " Statistics Office (港湾統計所) — were merged to form NPB.",
        "Two bureaus – the Coastal Survey Office and the Harbour Statistics Office – merged to form NPB in 1960.",
        "- 1960: Both of its forerunners — the Coastal Survey Office, the Harbour Statistics Office — were"
        " merged to form NPB.",
    ],
)
def test_names_between_dashes_are_the_merged_predecessors(history: str) -> None:
    assert _predecessors(history) == ["Coastal Survey Office", "Harbour Statistics Office"]


def test_one_name_between_dashes_is_no_merger() -> None:
    history = "Several offices — chiefly the Coastal Survey Office — were merged to form NPB in 1960."
    assert _predecessors(history) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("北方計画局 (Hoppō Keikakukyoku, Northern Planning Office) in 1990", "Northern Planning Office"),
        ("the 북부개발원 (Bukbu Gaebarwon, Northern Development Institute).", "Northern Development Institute"),
        ("Северное бюро (Northern Survey Bureau), which", "Northern Survey Bureau"),
    ],
)
def test_a_name_in_another_script_is_read_from_its_latin_gloss(text: str, name: str) -> None:
    span = name_at(text)
    assert span is not None and span.name == name


@pytest.mark.parametrize(
    "text",
    [
        "北方計画局 (Hoppō Keikakukyoku) in 1990",  # a romanisation alone: no English name
        "北方計画局 (Hoppō Keikakukyoku, literally the northern planning)",  # no name at all
    ],
)
def test_a_gloss_without_an_english_name_gives_none(text: str) -> None:
    assert name_at(text) is None


def test_a_glossed_successor_is_read() -> None:
    text = (
        f"{NAME}\nThe {NAME} (NPB) was a planning agency.\nHistory\n"
        "On 1 April 2004 NPB was merged into 北方開発機構 (Hoppō Kaihatsu Kikō, Northern Development Agency).\n"
    )
    facts = extract(parse_profile(text, "npb.txt"))
    resulting = [
        f.resulting.name for ff in facts.fields for f in ff.facts if isinstance(f, ChangeEvent) and f.resulting
    ]
    assert resulting == ["Northern Development Agency"]


def _founders(history: str) -> list[str]:
    text = f"{NAME}\nThe {NAME} (NPB) is a planning agency.\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "npb.txt"))
    foundings = [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding)]
    return [m.name for f in foundings for m in ((f.founder,) if f.founder else ()) + f.founders]


@pytest.mark.parametrize(
    "history",
    [
        "NPB was founded by the Ministry of Planning, by the initiative of Minister PARK Ji-ho (박지호), in 1961.",
        "In 1961 NPB was established by the Ministry of Planning, by decree of the cabinet.",
        "NPB was set up in 1961 by the Ministry of Planning, by order of the Premier.",
    ],
)
def test_a_second_by_phrase_after_a_comma_ends_the_founder(history: str) -> None:
    assert _founders(history) == ["Ministry of Planning"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the former Ministry of Railways in 2013", "Ministry of Railways"),
        ("the then Coastal Survey Office, which", "Coastal Survey Office"),
        ("the defunct Harbour Statistics Office.", "Harbour Statistics Office"),
    ],
)
def test_former_and_then_before_a_name_are_no_part_of_it(text: str, name: str) -> None:
    span = name_at(text)
    assert span is not None and span.name == name


def test_former_before_a_lowercase_word_reads_no_name() -> None:
    assert name_at("the former premises of the bank") is None


def test_functions_of_the_former_body_make_it_a_predecessor() -> None:
    history = "In 1990 NPB took over the planning functions of the former Coastal Survey Office."
    assert _transferred(history) == ["Coastal Survey Office"]


def _transferred(history: str) -> list[str]:
    text = f"{NAME}\nThe {NAME} (NPB) is a planning agency.\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "npb.txt"))
    return [f.original.name for ff in facts.fields for f in ff.facts if isinstance(f, ChangeEvent) and f.original]
