"""Round 19: the paralegal's hand (h13), founding family.

Deed-style dates ("the 7th day of July, 1949"); a participle after another body's name set off
by commas dates that body ("the merger of the X Institute (hereinafter "XI"), established in
1958, and …"); a participle clause after a main clause about the organization is the
organization's ("X is a body …, having been established under … with effect from …"); a day
after an act's title year is the organization's own date even in the same year."""

from __future__ import annotations

import pytest

from orgkg.extract.dates import date_spans
from orgkg.model import DateValue

from .founding_helpers import NAME, founding_dates, foundings


def _dates(text: str) -> list[DateValue]:
    return [value for _, _, value in date_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on the 7th day of July, 1949", DateValue(1949, 7, 7)),
        ("this 21st day of March 1931", DateValue(1931, 3, 21)),
        ("the 2nd day of Feb., 2004", DateValue(2004, 2, 2)),
    ],
)
def test_a_deeds_day_of_month_is_a_date(text: str, expected: DateValue) -> None:
    assert _dates(text) == [expected]


def test_a_day_count_before_a_month_is_no_date() -> None:
    # "30 days of June" counts days; only the month and year are read
    assert _dates("within 30 days of June 1950") == [DateValue(1950, 6)]


@pytest.mark.parametrize(
    "history",
    [
        'The Board was formed by the merger of the Wash Drainage Institute (hereinafter "WDI"), '
        "established in 1931, and the Ouse Survey, set up in 1947.",
        "The Board was formed by joining the Fen Soil Office with the Wash Drainage Institute, "
        "founded in 1931, on 2 May 1960.",
        "The Board came out of a union between the Wash Drainage Institute, founded in 1931, and the Ouse Survey.",
    ],
)
def test_a_participle_after_another_bodys_name_dates_that_body(history: str) -> None:
    assert DateValue(1931) not in founding_dates(f"The {NAME} is a research body.", history)


def test_a_participle_after_an_of_phrase_without_an_aside_describes_the_organization() -> None:
    intro = f"The {NAME} is a research laboratory of the Fen Group, founded in Ely in March 1960."
    assert founding_dates(intro) == [DateValue(1960, 3)]


def test_an_active_verb_after_a_commad_name_keeps_its_object() -> None:
    history = "A group led by Ann Lee, chemist of the Ely Railway, formed the Board in 1898."
    assert founding_dates(f"The {NAME} is a research body.", history) == [DateValue(1898)]


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        (
            f'The {NAME} (hereinafter "the Board") is the statutory body charged with fen research, '
            "having been established pursuant to s. 2 of the Fens Act, 1988 with effect from the "
            "8th day of September, 1988.",
            DateValue(1988, 9, 8),
        ),
        (
            f"The {NAME} – a body corporate – is an agency of the State, having been constituted on 1 April 2003.",
            DateValue(2003, 4, 1),
        ),
        (
            f"{NAME} was a public body in England, having been duly established by order in 1977.",
            DateValue(1977),
        ),
    ],
)
def test_a_having_been_clause_after_the_organization_is_its_founding(intro: str, expected: DateValue) -> None:
    assert founding_dates(intro) == [expected]


def test_a_having_been_clause_after_another_subject_is_not_ours() -> None:
    intro = f"The {NAME} is a research body. The Ouse Survey was a mapping office, having been established in 1931."
    assert DateValue(1931) not in founding_dates(intro)


@pytest.mark.parametrize(
    ("legislation", "expected"),
    [
        ("Established under the Fens Act, 1988 with effect from 8 September 1988.", DateValue(1988, 9, 8)),
        (
            "Created by the Fens Act of 1950 on and from the 1st day of June, 1950.",
            DateValue(1950, 6, 1),
        ),
        ("Constituted under the Fens Act 2004 w.e.f. 01.04.2005.", DateValue(2005, 4, 1)),
    ],
)
def test_a_day_after_the_acts_title_year_is_the_founding_day(legislation: str, expected: DateValue) -> None:
    assert founding_dates(f"The {NAME} is a research body.", legislation=legislation) == [expected]


def test_an_acts_title_year_alone_is_no_founding_day() -> None:
    # the act's year is its title's; the organization's own day is not stated
    assert founding_dates(f"The {NAME} is a research body.", legislation="Governed by the Fens Act, 1988.") == []


def _founder_names(intro: str, history: str = "") -> list[str]:
    return [m.name for f in foundings(intro, history) for m in ((f.founder,) if f.founder else ()) + f.founders]


@pytest.mark.parametrize(
    "history",
    [
        "The Board was established in 1892 and was renamed after the annexation of the fens by Great Britain.",
        "The Board was founded in 1901 and has since been funded by the Ely Trust.",
        "The Board was set up in 1920 but was merged in 1960 by the Ministry of Works.",
    ],
)
def test_a_by_phrase_after_a_second_predicate_names_no_founder(history: str) -> None:
    assert _founder_names(f"The {NAME} is a research body.", history) == []


def test_a_by_phrase_of_the_founding_verb_still_names_the_founder() -> None:
    history = "The Board was established in 1892 by the Government of the Fen Republic and was renamed in 1902."
    assert _founder_names(f"The {NAME} is a research body.", history) == ["Government of the Fen Republic"]


@pytest.mark.parametrize(
    "intro",
    [
        f"The {NAME} was a body corporate established by the Parliament of Fenland under the Fens Act 1949.",
        f"The {NAME} is an agency created by Congress in 1950.",
        f"The {NAME} is a statutory body set up by the Legislature of Ely in 1950.",
    ],
)
def test_a_legislature_is_no_founder(intro: str) -> None:
    assert _founder_names(intro) == []


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        (
            f"The {NAME} is a statutory corporation established on the 24th day of December, 1982.",
            DateValue(1982, 12, 24),
        ),
        (f"The {NAME} was a body corporate established under the Fens Act 1949 on 3 May 1950.", DateValue(1950, 5, 3)),
        (f"The {NAME} is a private, nonprofit corporation created in 1967.", DateValue(1967)),
    ],
)
def test_a_participle_after_the_organizations_predicate_noun_is_its_founding(intro: str, expected: DateValue) -> None:
    assert founding_dates(intro) == [expected]


def test_a_participle_after_another_subjects_predicate_noun_is_not_ours() -> None:
    # the main clause's subject is the organization, the participle's is another's
    intro = f"The {NAME} is a unit; the Fen Trust is a charity established in 1931."
    assert founding_dates(intro) == []


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        (
            f"The {NAME} is a research station situated in Ely, England, which was founded in 1901 by the "
            "Government of the Isle of Ely.",
            (DateValue(1901), ["Government of the Isle of Ely"]),
        ),
        (
            f"The {NAME} was a private college in Singapore, the first Tamil-medium college outside India, "
            "which was promoted by the Ely Society, was incorporated in 1953, and closed in 1980.",
            (DateValue(1953), []),
        ),
        (
            f"The {NAME} is a field laboratory near Cambridge, which was established on 2 May 1960.",
            (DateValue(1960, 5, 2), []),
        ),
    ],
)
def test_a_relative_after_the_organizations_predicate_tells_of_it(
    intro: str, expected: tuple[DateValue, list[str]]
) -> None:
    assert (founding_dates(intro)[0], _founder_names(intro)) == expected


@pytest.mark.parametrize(
    "intro",
    [
        # another body's name before "which": its founding
        f"The {NAME} is a unit of the Ely Drainage Authority, which was founded in 1901.",
        # a second relative clause: its antecedent is another's
        f"The {NAME} is a station in Ely, which has a cathedral that was founded in 1083.",
    ],
)
def test_a_relative_after_another_body_is_not_ours(intro: str) -> None:
    assert founding_dates(intro) == []


def test_a_creation_in_the_intro_outranks_an_opening_in_the_history() -> None:
    intro = f"The {NAME} is a research body, which was incorporated in 1953."
    history = "The Board was formally opened on the 30th day of March, 1958."
    assert founding_dates(intro, history) == [DateValue(1953)]


def test_an_opening_of_the_same_year_refines_the_creation_year() -> None:
    intro = f"The {NAME} is a research body, which was incorporated in 1953."
    history = "The Board was formally opened on 30 March 1953."
    assert founding_dates(intro, history) == [DateValue(1953, 3, 30)]


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        (
            f"The {NAME} is a public corporation created pursuant to the Fens Act of 1967 (Pub. L. 1-2), "
            "which was signed into law by President Ann Lee on November 7, 1967.",
            DateValue(1967, 11, 7),
        ),
        (
            f"The {NAME} was a body corporate established under the Fenland Research Act 1949, which received the "
            "Royal Assent on the 7th day of July, 1949.",
            DateValue(1949, 7, 7),
        ),
        (
            f"The {NAME} is an authority constituted vide the Fens Act, 1988, which was assented to on 2 March 1988.",
            DateValue(1988, 3, 2),
        ),
    ],
)
def test_the_acts_day_refines_its_title_year(intro: str, expected: DateValue) -> None:
    assert founding_dates(intro) == [expected]


def test_an_acts_day_of_another_year_does_not_date_the_founding() -> None:
    intro = (
        f"The {NAME} was a body corporate established under the Fenland Research Act 1949, "
        "which was amended on 1 May 1960."
    )
    assert founding_dates(intro) == [DateValue(1949)]


def test_the_signer_of_the_act_in_the_intro_joins_legislation() -> None:
    intro = (
        f"The {NAME} is a public corporation created pursuant to the Fens Act of 1967, "
        "which was signed into law by President Ann Lee on November 7, 1967."
    )
    (legislation,) = [f for f in foundings(intro, legislation="Fens Act of 1967.") if f.act]
    assert (legislation.act_date, legislation.act_passed_by and legislation.act_passed_by.name) == (
        DateValue(1967, 11, 7),
        "Ann Lee",
    )


def _acts(intro: str, legislation: str) -> list[tuple[str | None, DateValue | None]]:
    return [(f.act, f.act_date) for f in foundings(intro, legislation=legislation) if f.act]


@pytest.mark.parametrize(
    ("intro", "legislation", "expected"),
    [
        (
            f"The {NAME} is a corporation established by The Fenland Research Act, 1935, which received "
            "Royal Assent on the 5th day of July, 1935.",
            "The Fenland Research Act, 1935.",
            ("The Fenland Research Act, 1935", DateValue(1935, 7, 5)),
        ),
        (
            f"The {NAME} is a board constituted under s. 3 of The Fenland Research Act, 1949, which was "
            "assented to on 1 April 1949.",
            "Fenland Research Act, 1949 (R.S.F. c. 4).",
            ("The Fenland Research Act, 1949", DateValue(1949, 4, 1)),
        ),
        (
            f"The {NAME} is a body established pursuant to section 2(1)(a) of The Fenland Research Act 2004, "
            "which received the Royal Assent on 9 May 2004.",
            "Fenland Research Act 2004.",
            ("The Fenland Research Act 2004", DateValue(2004, 5, 9)),
        ),
    ],
)
def test_a_capital_the_and_a_section_before_an_act_are_read(
    intro: str, legislation: str, expected: tuple[str, DateValue]
) -> None:
    assert _acts(intro, legislation) == [expected]


def test_a_lowercase_the_is_no_part_of_the_title() -> None:
    intro = (
        f"The {NAME} is a board constituted under s. 3 of the Fenland Research Act, 1949, which was "
        "assented to on 1 April 1949."
    )
    assert _acts(intro, "Fenland Research Act, 1949.") == [("Fenland Research Act, 1949", DateValue(1949, 4, 1))]


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        ("The Board was founded by Sir John Fell (1850–1920) in 1901.", DateValue(1901)),
        ("The Board was founded by Dr Ann Lee (b. 1870) on 2 May 1901.", DateValue(1901, 5, 2)),
        ("The Board was set up by Mr. Tan Ah Kow (1888 - 1972) in March 1950.", DateValue(1950, 3)),
    ],
)
def test_a_founders_lifespan_is_no_founding_date(history: str, expected: DateValue) -> None:
    assert founding_dates(f"The {NAME} is a research body.", history) == [expected]


def test_a_founders_death_alone_dates_nothing() -> None:
    assert founding_dates(f"The {NAME} is a research body.", "The Board was founded by Ann Lee (died 1945).") == []


@pytest.mark.parametrize(
    "legislation",
    [
        "(a) Fenland Research (Establishment) Order 2003, under which the Board was first established; and\n"
        "(b) Fenland Research Act 2004, under which the Board was re-constituted as a public body.",
        "1. Fenland Research (Establishment) Order 2003, under which the Board was set up.\n"
        "2. Fenland Research Act 2004, under which the Board was incorporated.",
        "- Fenland Research (Establishment) Order 2003\n"
        "- Fenland Research Act 2004, under which the Board was formally constituted",
    ],
)
def test_each_enumerated_instrument_the_organization_was_made_under_is_read(legislation: str) -> None:
    acts = _acts(f"The {NAME} is a research body.", legislation)
    assert acts == [
        ("Fenland Research (Establishment) Order 2003", DateValue(2003)),
        ("Fenland Research Act 2004", DateValue(2004)),
    ]


@pytest.mark.parametrize(
    "later",
    [
        "Fenland Research Act 2012, under which the Board was abolished.",
        "Note: the Fens Act 2012, under which another board was established, is not its instrument.",
        "Fenland Research Act 2012 is the instrument of its abolition.",
    ],
)
def test_an_instrument_of_another_event_or_body_is_not_added(later: str) -> None:
    legislation = f"Fenland Research (Establishment) Order 2003, under which the Board was set up.\n{later}"
    assert _acts(f"The {NAME} is a research body.", legislation) == [
        ("Fenland Research (Establishment) Order 2003", DateValue(2003))
    ]
