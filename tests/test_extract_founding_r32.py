"""Round 32 (F3a): the organization's own "About us" page (h23), written in the first person.

- "We were founded in 1962 by …", "we were established under …": a first-person subject
  (lexicon/first-person-words.csv) is the organization, as its name or "it" is;
- "We opened our doors on …", "we began our work in …": a founding phrase written with
  "its" (founding-verbs.csv) also reads with the organization's own possessive;
- "went to air on 1 July 1932", "went on the air in 1922": a broadcaster's first day on air.
"""

from __future__ import annotations

import pytest

from orgkg.extract.founding import _Names
from orgkg.extract.history import Subject, subject_of
from orgkg.model import DateValue, Identity, OrgKind
from tests.founding_helpers import NAME, founding_dates, foundings

INTRO = "The Fenland Research Board is a public museum of Ely."


@pytest.mark.parametrize(
    ("history", "year"),
    [
        ("We were founded in 1957 by Ann Cole and Bo Lund.", 1957),
        ("In 1921 we were established as a peat survey under the Drainage Act.", 1921),
        ("We were formally constituted in 1948, two years after the floods.", 1948),
    ],
)
def test_a_first_person_subject_is_the_organization(history: str, year: int) -> None:
    assert founding_dates(INTRO, history) == [DateValue(year)]


def test_a_first_person_subject_names_its_founders() -> None:
    founders = {
        m.name
        for f in foundings(INTRO, "We were founded in 1957 by Ann Cole and Bo Lund.")
        for m in (
            *([f.founder] if f.founder else []),
            *f.founders,
        )
    }
    assert founders == {"Ann Cole", "Bo Lund"}


@pytest.mark.parametrize(
    "history",
    [
        "Our predecessor was founded in 1932 by the county.",
        "Our shop was opened in 1980 in the old mill.",
        "Our partners, the Ely Trust, were founded in 1901.",
        "They were founded in 1901 by the county.",
    ],
)
def test_a_possessive_subject_is_another_thing(history: str) -> None:
    assert founding_dates(INTRO, history) == []


@pytest.mark.parametrize("word", ["We", "we", "us", "ourselves"])
def test_first_person_words_name_the_organization(word: str) -> None:
    names = _Names(Identity(name=NAME, kind=OrgKind.NGO), {})
    assert names.is_self(word)
    assert not names.is_self("our")  # a possessive names what it owns, not itself
    assert not names.is_self("They")


@pytest.mark.parametrize("word", ["We", "we"])
def test_a_first_person_subject_is_self(word: str) -> None:
    names = _Names(Identity(name=NAME, kind=OrgKind.NGO), {})
    assert subject_of(f"{word} were founded in 1957", len(word) + 6, names)[0] == Subject.SELF


@pytest.mark.parametrize(
    ("history", "date"),
    [
        ("We opened our doors on 2 June 1973 beside the river.", DateValue(1973, 6, 2)),
        ("- 1993 — We opened our doors near Ely as the Ely Peat Centre.", DateValue(1993)),
        ("After years of planning, we began our work in 1966.", DateValue(1966)),
        ("It opened its doors on 2 June 1973 beside the river.", DateValue(1973, 6, 2)),
    ],
)
def test_a_founding_phrase_reads_with_the_own_possessive(history: str, date: DateValue) -> None:
    assert founding_dates(INTRO, history) == [date]


@pytest.mark.parametrize(
    "history",
    [
        "Our shop opened its doors in 1980.",
        "The Ely Trust opened our doors to visitors in 1980.",
        "Our café opened our doors in 1990 to the public.",
    ],
)
def test_an_owned_thing_opening_dates_no_founding(history: str) -> None:
    assert founding_dates(INTRO, history) == []


@pytest.mark.parametrize(
    ("history", "date"),
    [
        ("The board went to air on 1 July 1932 as the Ely Wireless Commission.", DateValue(1932, 7, 1)),
        ("We went on the air in 1922 from a hut on the fen.", DateValue(1922)),
        ("We first went on air in 1924.", DateValue(1924)),
    ],
)
def test_going_to_air_dates_a_broadcaster(history: str, date: DateValue) -> None:
    assert founding_dates(INTRO, history) == [date]


@pytest.mark.parametrize(
    "history",
    ["Its new channel went to air in 1956.", "The Ely Wireless Company went on the air in 1923."],
)
def test_another_thing_going_to_air_dates_no_founding(history: str) -> None:
    assert founding_dates(INTRO, history) == []


@pytest.mark.parametrize(
    ("legislation", "history", "year"),
    [
        ("We were incorporated by Act of Parliament in 1836.", "We opened in 1745 with fifteen beds.", 1745),
        ("The board was incorporated by royal charter in 1910.", "The board opened its doors in 1881.", 1881),
        ("Incorporated under the Companies Act in 1952.", "It began operations in 1930 in a shed.", 1930),
    ],
)
def test_an_opening_years_before_the_law_dates_the_founding(legislation: str, history: str, year: int) -> None:
    assert founding_dates(INTRO, history, legislation)[-1:] == [DateValue(year)]


@pytest.mark.parametrize(
    ("legislation", "history", "year"),
    [
        # an opening after the law: the law created it
        ("The board was established by the Drainage Act in 1950.", "The board opened its doors in 1953.", 1950),
        # another body's opening
        ("The board was established by the Drainage Act in 1950.", "The Ely Trust opened in 1900.", 1950),
        # an earlier creation verb is no opening: Legislation's creation stands
        (
            "The board was created by Decree No. 4 of 1950.",
            "After the war of 1944 the council created the board.",
            1950,
        ),
    ],
)
def test_a_later_or_foreign_opening_leaves_the_laws_date(legislation: str, history: str, year: int) -> None:
    assert DateValue(year) in founding_dates(INTRO, history, legislation)
    assert all(d.year >= year for d in founding_dates(INTRO, history, legislation))


@pytest.mark.parametrize(
    ("history", "year"),
    [
        ("Since our founding in 1949, we have grown into a regional body.", 1949),
        ("From our creation in 1975 we have served the fens.", 1975),
        ("Since our establishment by law in 1962, we have advised the county.", 1962),
    ],
)
def test_an_own_founding_noun_dates_it(history: str, year: int) -> None:
    assert founding_dates(INTRO, history) == [DateValue(year)]


@pytest.mark.parametrize(
    "history",
    [
        "Since our founding in 1949, the Ely Trust has funded us.",
        "Since their founding in 1949, the partners have met yearly.",
        "Our founding director retired in 1970.",
    ],
)
def test_another_subject_after_an_own_founding_noun_dates_nothing(history: str) -> None:
    assert founding_dates(INTRO, history) == []


@pytest.mark.parametrize(
    ("history", "date"),
    [
        ("We were born on 4 July 1973, when four ministers signed the treaty.", DateValue(1973, 7, 4)),
        ("The board was born in 1921 out of the drainage survey.", DateValue(1921)),
        ("The Fenland Research Board was born in 1930 as a peat survey.", DateValue(1930)),
    ],
)
def test_an_organizations_birth_dates_it(history: str, date: DateValue) -> None:
    assert founding_dates(INTRO, history) == [date]


@pytest.mark.parametrize(
    "history",
    [
        "Its first director was born in 1901.",
        "The idea was born in 1890 at a dinner.",
        "Ann Cole was born in 1901 in Ely.",
        "Our founder was born in 1899 in March.",
    ],
)
def test_another_birth_dates_no_founding(history: str) -> None:
    assert founding_dates(INTRO, history) == []
