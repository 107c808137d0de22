"""Round 38 (F3b history): the grant officer's due-diligence memo (h27).

- a month name and its year joined by a hyphen ("Nov-2002", as the memo writes "15-Jan-2002"; a
  month date in dates.py since round 38 F3a) heads a timeline bullet ("15-Jan-2002 — renamed X");
- "registered as the X", a timeline's present "opens as X" start the name in use;
- "A, B and C are amalgamated as the X" (none of them it), X later renamed into its name: X is
  an earlier name and A, B, C its predecessors (nothing when no rename takes X);
- "bankruptcy declared <date>", "its bankruptcy was declared": an ending; "Residual company
  renamed X" (no article) is the organization;
- the intro's subjectless "Established Jan-1991 as the Y" gives an earlier name, and what Y (a name
  with "and") took over in History is then its predecessor.
"""

from __future__ import annotations

import pytest

from orgkg.extract import extract, find_dates
from orgkg.model import ChangeEvent, DateValue, Dissolution
from orgkg.parse import parse_profile


def _facts(name: str, intro: str, history: str) -> list[ChangeEvent | Dissolution]:
    facts = extract(parse_profile(f"{name}\n|\n{intro}\nHistory\n{history}\n", "x.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, (ChangeEvent, Dissolution))]


def _previous(name: str, intro: str, history: str) -> set[str]:
    return {f.previous_name for f in _facts(name, intro, history) if isinstance(f, ChangeEvent) and f.previous_name}


def _predecessors(name: str, intro: str, history: str) -> set[str]:
    return {
        f.original.name
        for f in _facts(name, intro, history)
        if isinstance(f, ChangeEvent) and f.kind == "predecessor" and f.original
    }


def _ended(name: str, intro: str, history: str) -> list[DateValue]:
    return [f.date for f in _facts(name, intro, history) if isinstance(f, Dissolution) and f.date]


# --- month-hyphen dates and heads ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("closed Mar-1998.", DateValue(1998, 3)),
        ("Sept-2011 — renamed", DateValue(2011, 9)),
        ("founded in December-1964", DateValue(1964, 12)),
        ("from 04-Feb-2003", DateValue(2003, 2, 4)),
    ],
)
def test_a_month_and_year_joined_by_a_hyphen_is_a_month(text: str, date: DateValue) -> None:
    assert [value for _, value in find_dates(text)] == [date]


@pytest.mark.parametrize("text", ["the Jan-Erik Fund, 1998", "a Mar-12 filing in 1998", "Junebug-1998 kit"])
def test_a_hyphen_without_a_month_and_year_is_no_month(text: str) -> None:
    assert all(value.month is None for _, value in find_dates(text))


SOIL = "Nordic Council of Soil Research"
SOIL_INTRO = "The Nordic Council of Soil Research (NCSR) is a research body."


@pytest.mark.parametrize(
    ("history", "date"),
    [
        ("• 1931 — set up.\n• Mar-1998 — merged with the Fen Soil Office to form the Baltic Soil Agency.", (1998, 3)),
        ("• 1931 — set up.\n• 04-Mar-1998 — merged into the Baltic Soil Agency.", (1998, 3, 4)),
        ("- 1931: set up.\n- Sept-1998: dissolved.", (1998, 9)),
    ],
)
def test_a_hyphenated_month_heads_a_bullet(history: str, date: tuple[int, ...]) -> None:
    assert _ended(SOIL, SOIL_INTRO, history) == [DateValue(*date)]


def test_a_hyphenated_word_heads_no_bullet() -> None:
    # "Jan-Erik" is a first name, no month: the bullet's date stays 1931
    history = "• 1931 — set up by Jan-Erik Holm.\n• 1998 — dissolved."
    assert _ended(SOIL, SOIL_INTRO, history) == [DateValue(1998)]


# --- the name it began under ----------------------------------------------------------------

KIVU = "Kivu Polytechnic University"
KIVU_INTRO = "Kivu Polytechnic University (KPU) is a public university."


@pytest.mark.parametrize(
    "first",
    [
        "• 1931 — registered as the Kivu Trade School.",
        "• 1931 — opens as Kivu Trade School.",
        "• 12-Jun-1931 — registered as Kivu Trade School (per the diocesan archive).",
    ],
)
def test_registered_or_opens_as_starts_the_name(first: str) -> None:
    history = f"{first}\n• 1975 — renamed Kivu Polytechnic University."
    assert _previous(KIVU, KIVU_INTRO, history) == {"Kivu Trade School"}


@pytest.mark.parametrize(
    "first",
    [
        "• 1931 — registered as a charity.",
        "• 1931 — the Kivu Trade School registered as a company.",
        "• 1931 — the Kivu Trade School opens as a night school.",
        "• 1931 — its crest registered as a trade mark of Kivu Trade School.",
    ],
)
def test_registered_as_no_name_or_by_another_starts_nothing(first: str) -> None:
    history = f"{first}\n• 1975 — renamed Kivu Polytechnic University."
    assert _previous(KIVU, KIVU_INTRO, history) == set()


# --- merged as an earlier name ----------------------------------------------------------------

TARN = "Tarn Heritage Trust"
TARN_INTRO = "Tarn Heritage Trust (THT) is a museum group."
MERGED = {"Tarn Folk Museum", "Lindley Gallery", "Hoyle Collection"}
THREE = "the Tarn Folk Museum, the Lindley Gallery and the Hoyle Collection"


@pytest.mark.parametrize(
    "merger",
    [
        f"{THREE} are amalgamated as the Northern Museums Service",
        f"{THREE} were merged to form the Northern Museums Service",
        f"{THREE} were combined into the Northern Museums Service",
    ],
)
def test_merged_as_a_name_later_renamed_into_its_own(merger: str) -> None:
    history = f"• 1988 — {merger}.\n• 1996 — renamed Tarn Heritage Trust."
    assert _predecessors(TARN, TARN_INTRO, history) == MERGED
    assert "Northern Museums Service" in _previous(TARN, TARN_INTRO, history)


@pytest.mark.parametrize(
    "after",
    [
        "• 1996 — Tarn Heritage Trust takes over its collections.",
        "• 1996 — the Northern Museums Service is renamed the Fen Collections Board.",
        "• 1996 — Tarn Heritage Trust opens a shop.",
    ],
)
def test_merged_as_a_name_no_rename_takes_gives_nothing(after: str) -> None:
    history = (
        "• 1988 — the Tarn Folk Museum and the Lindley Gallery are amalgamated as the Northern Museums Service.\n"
        + after
    )
    assert _predecessors(TARN, TARN_INTRO, history) == set()
    assert "Northern Museums Service" not in _previous(TARN, TARN_INTRO, history)


# --- bankruptcy declared -----------------------------------------------------------------------

SERRANA = "Linha Aérea Serrana"
SERRANA_INTRO = "Linha Aérea Serrana (LAS) was a Brazilian airline company. Status: defunct."


@pytest.mark.parametrize(
    ("history", "date"),
    [
        ("• 1990 — Residual company renamed Serrana Cargo; bankruptcy declared 14-Mar-1994.", (1994, 3, 14)),
        ("• 14 March 1994 — bankruptcy declared by the Curitiba business court.", (1994, 3, 14)),
        ("In March 1994 its bankruptcy was declared.", (1994, 3)),
        ("• 1990 — Remaining company wound up on 3 May 1994.", (1994, 5, 3)),
    ],
)
def test_a_declared_bankruptcy_ends_it(history: str, date: tuple[int, ...]) -> None:
    assert _ended(SERRANA, SERRANA_INTRO, history) == [DateValue(*date)]


@pytest.mark.parametrize(
    "history",
    [
        "• 1985 — the bankruptcy of its rival Aerovia Sul was declared.",
        "• 1985 — Aerovia Sul's bankruptcy declared; LAS takes over its routes.",
        "• 1985 — bankruptcy not declared; the court approves a recovery plan.",
        "• 1985 — Aerovia Sul declared insolvent; its routes pass to LAS.",
        "• 1985 — New company formed; the Serrana Club's bankruptcy was declared.",
    ],
)
def test_another_bankruptcy_or_a_denied_one_ends_nothing(history: str) -> None:
    assert _ended(SERRANA, SERRANA_INTRO, history) == []


# --- the intro's subjectless "Established <date> as the Y" -------------------------------------

FUND = "Tarn Science Agency"
FUND_INTRO = (
    "Applicant: Tarn Science Agency (TSA), Tarnby. Entity type: statutory board. "
    "Established Jan-1991 as the Tarn Research and Technology Board; present name since 2002."
)


def test_an_intro_opening_with_established_as_gives_an_earlier_name() -> None:
    assert _previous(FUND, FUND_INTRO, "• 2002 — new premises.") == {"Tarn Research and Technology Board"}


@pytest.mark.parametrize(
    "intro",
    [
        "Applicant: Tarn Science Agency (TSA). Established 1991 as a statutory board.",
        "Applicant: Tarn Science Agency (TSA). Established 1991 as the Tarn Science Agency.",
        "Applicant: Tarn Science Agency (TSA). The Fen Office, established 1970 as the Fen Survey Office, funds it.",
    ],
)
def test_an_intro_established_as_no_earlier_name_gives_none(intro: str) -> None:
    assert _previous(FUND, intro, "• 2002 — new premises.") == set()


@pytest.mark.parametrize(
    "bullet",
    [
        "• Jan-1991 — Tarn Research and Technology Board (TRTB) formed, taking over the role of the Tarn Council.",
        "• 1991 — the Tarn Research and Technology Board took over the functions of the Tarn Council.",
        "• 1991 — Tarn Research and Technology Board set up; it took over the duties of the Tarn Council.",
    ],
)
def test_what_an_earlier_name_with_and_took_over_is_its_predecessor(bullet: str) -> None:
    events = _facts(FUND, FUND_INTRO, bullet)
    assert {f.original.name for f in events if isinstance(f, ChangeEvent) and f.original} == {"Tarn Council"}


def test_what_another_body_with_and_took_over_is_none_of_its() -> None:
    bullet = "• 1991 — the Fen Research and Survey Board took over the role of the Tarn Science Council."
    events = _facts(FUND, FUND_INTRO, bullet)
    assert [f for f in events if isinstance(f, ChangeEvent) and f.original] == []


def test_an_intro_established_as_a_description_gives_none() -> None:
    intro = "Applicant: Tarn Science Agency (TSA). Est. 1988 as the EU applied-research arm of Fen Holdings."
    assert _previous(FUND, intro, "• 2002 — new premises.") == set()
