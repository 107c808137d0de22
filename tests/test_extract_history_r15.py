"""Round 15: the Indian/Nigerian corporate-communications hand in History.

"the Council" is the Council of Scientific & Industrial Research: in an "X of Y" name the word
before "of" is its head, as the last word is in "Kano Water Board"."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import ChangeEvent, DateValue, Founding
from orgkg.parse import parse_profile


def _founding_dates(name: str, history: str) -> list[DateValue]:
    text = f"{name}\n{name} is a public body.\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "body.txt"))
    return [f.date for ff in facts.fields for f in ff.facts if isinstance(f, Founding) and f.date]


@pytest.mark.parametrize(
    ("name", "history", "date"),
    [
        ("Council of Rural Water Supply", "The Council came into existence w.e.f. 14.02.1977.", DateValue(1977, 2, 14)),
        ("Bureau of Mines and Geology", "The Bureau was set up on 3 June 1962.", DateValue(1962, 6, 3)),
        (
            "Institute of Tropical Forestry",
            "The Institute came into being on 01.07.1958 at Kumasi.",
            DateValue(1958, 7, 1),
        ),
    ],
)
def test_the_head_before_of_is_the_organization(name: str, history: str, date: DateValue) -> None:
    assert _founding_dates(name, history) == [date]


@pytest.mark.parametrize(
    ("name", "history"),
    [
        # another body's head word, or the name's own later word: not the organization
        ("Council of Rural Water Supply", "The Board came into existence w.e.f. 14.02.1977."),
        ("Bureau of Mines and Geology", "The Ministry was set up on 3 June 1962."),
        ("Institute of Tropical Forestry", "The Academy came into being on 01.07.1958."),
    ],
)
def test_other_words_are_not_the_organization(name: str, history: str) -> None:
    assert _founding_dates(name, history) == []


@pytest.mark.parametrize(
    ("history", "date"),
    [
        ("The Board was incorporated under the Companies Act, 1956 on 14 May 1961.", DateValue(1961, 5, 14)),
        ("The Board was set up under the Societies Registration Act, 1860 on 03.11.1975.", DateValue(1975, 11, 3)),
        (
            "The Board was incorporated under the Companies Act, 2013 (No. 18 of 2013) on 2 January 2016.",
            DateValue(2016, 1, 2),
        ),
        ("The Board was established by the Kano Water Board Act, 1985.", DateValue(1985)),
    ],
)
def test_a_general_acts_year_is_not_the_founding_date(history: str, date: DateValue) -> None:
    assert _founding_dates("Kano Water Board", history) == [date]


@pytest.mark.parametrize(
    "history",
    [
        "The Board was incorporated under the Companies Act, 1956.",
        "The Board was set up under the Societies Registration Act, 1860.",
        "The Board was incorporated as a company under the Companies Act of 2013.",
    ],
)
def test_a_general_acts_year_alone_dates_nothing(history: str) -> None:
    assert _founding_dates("Kano Water Board", history) == []


def _predecessors(history: str) -> list[str]:
    return _named_predecessors("Kano Power Authority", history, kind="a utility")


@pytest.mark.parametrize(
    "history",
    [
        # a comma inside the date starts no clause
        "The Authority was formed on 1st April, 1972 by the merger of "
        "the Kano Electricity Board and the Kano Dams Authority.",
        # "came into being" ends its subject as "was" does
        "The Authority came into being in 1972 through the merger of "
        "the Kano Electricity Board and the Kano Dams Authority.",
        # a class of bodies, then "viz." / "namely" / "to wit" and the named ones
        "The Authority was set up in 1972 by the merger of two erstwhile bodies, viz. "
        "the Kano Electricity Board and the Kano Dams Authority.",
        "The Authority came into being by the merger of two older boards, to wit "
        "the Kano Electricity Board and the Kano Dams Authority.",
    ],
)
def test_merged_from_bodies_in_the_corporate_hand(history: str) -> None:
    assert _predecessors(history) == ["Kano Electricity Board", "Kano Dams Authority"]


@pytest.mark.parametrize(
    "history",
    [
        "The Authority was formed on 1st April, 1972 after the merger of two erstwhile statutory bodies.",
        "The Ministry came into being in 1972 through the merger of "
        "the Kano Electricity Board and the Kano Dams Authority.",
    ],
)
def test_no_named_predecessor_or_not_ours(history: str) -> None:
    assert _predecessors(history) == []


def _endings(name: str, history: str) -> list[tuple[str, str | None, DateValue | None]]:
    facts = extract(parse_profile(f"{name}\n{name} was a carrier.\nHistory\n{history}\n", "carrier.txt"))
    return [
        (f.kind, f.resulting.name if f.resulting else None, f.date)
        for ff in facts.fields
        for f in ff.facts
        if isinstance(f, ChangeEvent) and f.kind == "merged-into"
    ]


@pytest.mark.parametrize(
    ("history", "date"),
    [
        # "w.e.f." / "with effect from" dates sit inside the verb phrase as "on" does
        (
            "Deccan Air Services Limited was merged w.e.f. 14.03.1999 into the Eastern Air Corporation.",
            DateValue(1999, 3, 14),
        ),
        (
            "Deccan Air Services Limited was merged with effect from 1st April, 1999 into the Eastern Air Corporation.",
            DateValue(1999, 4, 1),
        ),
        # two merged names, one of them ours, then "were merged into"
        (
            "By order of the Ministry, Deccan Air Services Limited and Coastal Airways Limited were merged "
            "into the Eastern Air Corporation on 14.03.1999.",
            DateValue(1999, 3, 14),
        ),
        (
            "Coastal Airways Limited and Deccan Air Services Limited were merged "
            "into the Eastern Air Corporation in 1999.",
            DateValue(1999),
        ),
    ],
)
def test_merged_into_in_the_corporate_hand(history: str, date: DateValue) -> None:
    assert _endings("Deccan Air Services Limited", history) == [("merged-into", "Eastern Air Corporation", date)]


@pytest.mark.parametrize(
    "history",
    [
        # neither name is ours; or the other piece is no name: not sure
        "Coastal Airways Limited and Vayu Airlines Limited were merged into the Eastern Air Corporation in 1999.",
        "Deccan Air Services Limited and its ground staff were merged into the Eastern Air Corporation in 1999.",
    ],
)
def test_a_merged_pair_without_us_or_a_name_gives_nothing(history: str) -> None:
    assert _endings("Deccan Air Services Limited", history) == []


def _named_predecessors(name: str, history: str, kind: str = "a public body") -> list[str]:
    facts = extract(parse_profile(f"{name}\nThe {name} is {kind}.\nHistory\n{history}\n", "body.txt"))
    return [
        f.original.name
        for ff in facts.fields
        for f in ff.facts
        if isinstance(f, ChangeEvent) and f.kind == "predecessor" and f.original
    ]


@pytest.mark.parametrize(
    "history",
    [
        "The Advisory Board of Fisheries Research (ABFR), set up on 01.04.1951, was the forerunner of the Council.",
        "The Advisory Board of Fisheries Research was the immediate predecessor of the Council of Fisheries Research.",
        "The Advisory Board of Fisheries Research is the precursor of CFR.",
    ],
)
def test_x_was_the_forerunner_of_us(history: str) -> None:
    assert _named_predecessors("Council of Fisheries Research", history) == ["Advisory Board of Fisheries Research"]


@pytest.mark.parametrize(
    "history",
    [
        # the object is another body; the subject a person, a lowercase phrase, or negated
        "The Advisory Board of Fisheries Research was the forerunner of the Marine Products Authority.",
        "Dr. Rao was the forerunner of the Council.",
        "In 1951 the old board was the forerunner of the Council.",
        "The Advisory Board of Fisheries Research was not the forerunner of the Council.",
    ],
)
def test_no_forerunner_of_us(history: str) -> None:
    assert _named_predecessors("Council of Fisheries Research", history) == []
