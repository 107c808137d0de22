"""Round 44 (F3): the podcast transcript's spoken history and parent phrasings: a contracted
"it's" as the subject, "used to be X", a hedge before a new name ("rebranded as just X"),
an acronym after a comma, "it" after a spaced dash, spoken endings ("broken up", "stopped
flying"), "that year" dating an ending, a reopening word "revived", and a parent restated in
its own language ("So, the Ministerio de …")."""

from __future__ import annotations

import pytest

from orgkg.extract.history import read_events
from orgkg.extract.parent import read_parent
from orgkg.model import ChangeEvent, Dissolution, Field, Identity, Item, OrgKind, Parent

LEAGUE = Identity("Nordic Rowing League", OrgKind.ORGANIZATION, "NRL")
MILL = Identity("Tarnby Steel Works", OrgKind.COMPANY, None)
INSTITUTO = Identity("Instituto Tarnense de Arte", OrgKind.ORGANIZATION, None)


def _events(text: str, org: Identity = LEAGUE) -> list[object]:
    return list(read_events(text, org, ""))


def _predecessors(text: str) -> list[str]:
    return [
        f.original.name
        for f in _events(text)
        if isinstance(f, ChangeEvent) and f.kind == "predecessor" and f.original is not None
    ]


def _previous_names(text: str, org: Identity = LEAGUE) -> list[str]:
    return [f.previous_name for f in _events(text, org) if isinstance(f, ChangeEvent) and f.previous_name]


def _endings(text: str) -> list[str | None]:
    return [str(f.date.year) if f.date else None for f in _events(text, MILL) if isinstance(f, Dissolution)]


@pytest.mark.parametrize(
    "text",
    [
        "It's the successor of the Baltic Rowing Union, from 1950.",
        "It’s the successor of the Baltic Rowing Union.",
        "It's the direct successor of the Baltic Rowing Union, the BRU, from 1950.",
    ],
)
def test_a_contracted_it_is_the_subject(text: str) -> None:
    assert _predecessors(text) == ["Baltic Rowing Union"]


@pytest.mark.parametrize(
    "text",
    [
        "That's the successor of the Baltic Rowing Union.",  # another body, not "it"
        "They're the successor of the Baltic Rowing Union.",
        "It's not the successor of the Baltic Rowing Union.",
    ],
)
def test_no_predecessor_from_another_contracted_subject(text: str) -> None:
    assert _predecessors(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "It used to be the Baltic Rowing Union.",
        "It used to be called Baltic Rowing Union, BRU.",
        "The Nordic Rowing League, a sports body — it used to be known as the Baltic Rowing Union.",
        "It was formerly the Baltic Rowing Union, BRU.",
    ],
)
def test_used_to_be_and_an_acronym_after_a_comma(text: str) -> None:
    assert _previous_names(text) == ["Baltic Rowing Union"]


@pytest.mark.parametrize(
    "text",
    [
        "It used to be a small club.",
        "It used to be part of the Baltic Rowing Union.",
        "It used to be owned by the Baltic Rowing Union.",
        "The Baltic Rowing Union used to be called the Rowing Union.",  # another's earlier name
    ],
)
def test_used_to_be_without_an_earlier_name_of_its_own(text: str) -> None:
    assert _previous_names(text) == []


def test_an_acronym_after_a_comma_stays_when_it_is_no_acronym_of_the_name() -> None:
    assert _previous_names("It used to be called Baltic Rowing Union, Riga.") != ["Baltic Rowing Union"]


@pytest.mark.parametrize(
    ("text", "old"),
    [
        ("Then in 2007 the Baltic Rowing Union rebranded as just Nordic Rowing League.", "Baltic Rowing Union"),
        ("In 1998 the Baltic Rowing Union was renamed simply the Nordic Rowing League.", "Baltic Rowing Union"),
        ("The Baltic Rowing Union rebranded itself as plain Nordic Rowing League in 2001.", "Baltic Rowing Union"),
    ],
)
def test_a_hedge_before_the_new_name(text: str, old: str) -> None:
    assert _previous_names(text) == [old]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("It was broken up in 1999.", "1999"),
        ("On 4 March 1991 the works stopped operating.", "1991"),
        ("Tarnby Steel Works stopped trading in 2008.", "2008"),
        ("The company went out of business in 1975.", "1975"),
        ("Creditors took control in May 2001, and the company was broken up that year.", "2001"),
        ("A buyer was found in 1986, and the works closed later that year.", "1986"),
        ("Its mill was sold in June 1986; the works were wound up in that same year.", "1986"),
    ],
)
def test_spoken_endings_and_that_year(text: str, year: str) -> None:
    assert _endings(text) == [year]


@pytest.mark.parametrize(
    "text",
    [
        "Its rolling mill was broken up in 1999.",  # a part of it
        "It was shut down for a few years in the 1860s and revived in 1871.",  # it started again
        "It closed in 1990 and resumed in 1992.",
        "Its rival stopped trading in 2008.",
    ],
)
def test_no_ending_of_its_own(text: str) -> None:
    assert _endings(text) == []


def test_that_year_without_a_date_before_dates_nothing() -> None:
    assert _endings("The company was broken up that year.") == [None]


def _parents(text: str, org: Identity = INSTITUTO) -> list[str]:
    facts, _ = read_parent(Field("Parent organization", 1, (Item(2, text),)), org)
    return [f.org.name for f in facts if isinstance(f, Parent)]


@pytest.mark.parametrize(
    ("text", "parent"),
    [
        (
            "It's a public body attached to the Ministry of Culture. So, the Ministerio de Cultura.",
            "Ministerio de Cultura",
        ),
        (
            "It reports to the Department of Education. That is, the Departamento de Educación.",
            "Departamento de Educación",
        ),
        ("It is part of the Ministry of Culture. In other words, the Ministério da Cultura.", "Ministério da Cultura"),
    ],
)
def test_a_parent_restated_in_its_own_language(text: str, parent: str) -> None:
    assert _parents(text) == [parent]


@pytest.mark.parametrize(
    "text",
    [
        # another body, not the same name in another language
        "It is attached to the Ministry of Culture. So, the Council of Ministers.",
        # a short form, no name of its own
        "It is attached to the Ministry of Culture. So, the Ministry.",
        # more words than the first name has
        "It reports to the Department of Education. So, the Department of Education of Tarnia.",
        # a longer sentence is no restatement
        "It is attached to the Ministry of Culture. So, the Ministerio de Cultura pays for it.",
    ],
)
def test_no_restatement_of_another_body(text: str) -> None:
    assert _parents(text) == [text.split(" the ", 1)[1].split(".")[0]]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The buyers backed out. March 4, 1991. Tarnby Steel Works stopped operating.", (1991, 3, 4)),
        ("December 4, 1991. The company closed.", (1991, 12, 4)),
        ("Losses grew. June 30, 2002. It went out of business.", (2002, 6, 30)),
    ],
)
def test_a_date_said_alone_dates_the_next_sentence(text: str, day: tuple[int, int, int]) -> None:
    endings = [f for f in _events(text, MILL) if isinstance(f, Dissolution)]
    assert [(f.date.year, f.date.month, f.date.day) for f in endings if f.date] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "1991. The company closed.",  # a year alone may be a heading or a count
        "December 4, 1991. Then a bank lent it money. The company closed.",  # not the next sentence
        "On December 4, 1991, a buyer came. The company closed.",  # a date inside a sentence
    ],
)
def test_no_date_from_a_year_alone_or_a_sentence_further_on(text: str) -> None:
    endings = [f for f in _events(text, MILL) if isinstance(f, Dissolution)]
    assert [f.date for f in endings] == [None]
