"""Round 56 (founding): three invented values of the new hands, as classes.

- a list of merged bodies, each with its own participle ("the union of A, founded in 1890 by
  X, and B & Co., founded in 1883 by Y"): the list's later item is another body too, so Y is
  no founder (the item's name no longer runs back over the comma before "and");
- "neither <noun> created it" negates the verb as "not" does;
- "registered under the X Act 2011 and is incorporated under the Y Acts": a verb that names
  its own instrument right after it takes no title year of another act before it."""

from __future__ import annotations

import pytest

from orgkg.model import DateValue

from .founding_helpers import FoundingReaders

_MILLS = FoundingReaders("Harwood Looms AG", "Harwood Looms AG is a textile maker in Basel.", "harwood.txt")
_TRUST = FoundingReaders("Fenwick Trust", "Fenwick Trust is a charity in Leeds.", "fenwick.txt")


@pytest.mark.parametrize(
    "history",
    [
        "Harwood Looms was formed in May 1921 by the merger of Basler Weberei, founded in 1850 by"
        " Jakob Imhof, and Keller & Cie., founded in 1862 by Anna Keller.",
        "The company was created in 1921 through the union of Rhein Textil, set up in 1850 by"
        " Jakob Imhof, and Weber & Söhne, established in 1862 by Anna Keller.",
        "Harwood Looms was formed in 1921 by the amalgamation of Basler Weberei, founded in 1850 by"
        " Jakob Imhof, and Keller Brothers Ltd., founded in 1862 by Anna Keller.",
    ],
)
def test_each_merged_body_keeps_its_own_founder(history: str) -> None:
    assert _MILLS.founders(f"History\n{history}") == set()
    assert _MILLS.dates(f"History\n{history}") <= {DateValue(1921, 5), DateValue(1921)}


@pytest.mark.parametrize(
    "history",
    [
        "Harwood Looms AG was founded in 1921 by Jakob Imhof and Anna Keller.",
        "Harwood Looms AG, founded in 1921 by Jakob Imhof, and its sister mill were sold in 1950.",
    ],
)
def test_own_founders_still_read(history: str) -> None:
    assert "Jakob Imhof" in _MILLS.founders(f"History\n{history}")


@pytest.mark.parametrize(
    "legislation",
    [
        "The Trust was not set up by statute. It is registered under the Charities Act 2011 and is"
        " incorporated under the Companies Acts; neither enactment created it.",
        "The Trust is registered under the Trustee Act 2000 and was incorporated under the Companies Acts.",
        "No statute. The Trust holds a licence under the Housing Act 2004 and was registered under the"
        " Friendly Societies Acts.",
    ],
)
def test_another_acts_year_before_the_verb_is_no_founding_date(legislation: str) -> None:
    assert _TRUST.dates(f"Legislation\n{legislation}") == set()


@pytest.mark.parametrize(
    ("legislation", "year"),
    [
        ("The Trust was established in 1953 under the Fenwick Trust Act.", 1953),
        ("The Trust was established by the Fenwick Trust Act 1953.", 1953),
        ("The Trust was incorporated under the Companies Act 1948 in 1953.", 1953),
    ],
)
def test_own_act_year_still_read(legislation: str, year: int) -> None:
    assert {d.year for d in _TRUST.dates(f"Legislation\n{legislation}")} == {year}


@pytest.mark.parametrize(
    "sentence",
    [
        "Neither enactment created the Trust in 1953.",
        "The Trust was neither founded in 1953 nor in 1954.",
    ],
)
def test_neither_negates_the_verb(sentence: str) -> None:
    assert _TRUST.dates(f"History\n{sentence}") == set()


# --- a body created by a dated act that began on a later day -----------------------------

_BOARD = FoundingReaders("Northfield Water Board", "Northfield Water Board was a public body in Yorkshire.", "nwb.txt")


@pytest.mark.parametrize(
    "history",
    [
        "The first meeting was held on 3 May 1973, and the Board assumed its functions on 1 April 1974.",
        "The Board assumed its functions on 1 April 1974, when it replaced three river boards.",
        "Its members were named in 1973; the Board began operations on 1 April 1974.",
    ],
)
def test_later_start_day_outranks_the_acts_title_year(history: str) -> None:
    fields = f"Legislation\nThe Board was established by the Water Act 1973.\nHistory\n{history}"
    assert _BOARD.dates(fields) == {DateValue(1974, 4, 1)}


@pytest.mark.parametrize(
    "history",
    [
        # the History names only a year: no stated day of its own start
        "The Board assumed its functions in 1974.",
        # a later day of no start of its own
        "The Board moved its offices to York on 1 April 1974.",
        # another body's start
        "The Yorkshire Authority assumed its functions on 1 April 1974.",
    ],
)
def test_acts_title_year_stays(history: str) -> None:
    fields = f"Legislation\nThe Board was established by the Water Act 1973.\nHistory\n{history}"
    assert _BOARD.dates(fields) == {DateValue(1973)}


@pytest.mark.parametrize(
    "sentence",
    [
        "It is agreed that the Yorkshire Water Authority, established in 1989, is not its successor.",
        "The minister said that the Humber Trust, founded in 1990, would take the staff.",
        "Nobody doubts that the Ouse Commission, set up in 1995, was a separate body.",
    ],
)
def test_aside_on_another_clause_subject_dates_that_body(sentence: str) -> None:
    fields = f"Legislation\nThe Board was established by the Water Act 1973.\nHistory\n{sentence}"
    assert _BOARD.dates(fields) == {DateValue(1973)}
