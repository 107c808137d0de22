"""Round 31 (F3a): the Spanish/Portuguese hand writing English (h22).

- "the manager of the Banco de la República (created in 1923)": a trailing name runs over the
  joining words of other languages (lexicon/name-glue.csv), so the bracket dates that bank, not
  the organization whose own name ends in the same words;
- "…, with which began the collection, that is considered the foundation of the museum": the
  event the sentence dates earlier is named the founding;
- "Law N° 1.779, of 22/12/1952. The article 1° established the X as …": an article of the
  field's instrument creates the organization, so the instrument's date is the founding date;
- "Decree-Law N° 449 of the Junta Fundadora": the issuer after a number is no part of the name;
- "signed by don José Figueres Ferrer": a lowercase honorific before the signer is dropped.
"""

from __future__ import annotations

import pytest

from orgkg.extract.founding import find_instrument
from orgkg.model import DateValue, Mention
from tests.founding_helpers import founding_dates, foundings

INTRO = "The Fenland Research Board is a public museum of Ely."


@pytest.mark.parametrize(
    "history",
    [
        "In 1950 the ministry asked the director of the Banco de la República (created in 1923) to help.",
        "The staff came from the Caixa Geral de Depósitos (founded 1876) in 1950.",
        "In 1950 it took over the rooms of the Instituto Nacional de Antropología e Historia (est. 1939).",
    ],
)
def test_a_bracket_after_a_foreign_name_dates_that_body(history: str) -> None:
    assert DateValue(1923) not in founding_dates(INTRO, history)
    assert DateValue(1876) not in founding_dates(INTRO, history)
    assert DateValue(1939) not in founding_dates(INTRO, history)


@pytest.mark.parametrize(
    ("history", "year"),
    [
        (
            "In 1939 the ministry bought a gold poporo, and with it began the collection, "
            "that is considered the foundation of the museum.",
            1939,
        ),
        ("The first room opened in 1921, which is regarded as the foundation of the Fenland Research Board.", 1921),
        (
            "A survey of 1902 gathered the first peat samples, "
            "which was generally seen as the foundation of the museum.",
            1902,
        ),
    ],
)
def test_an_event_considered_the_foundation_dates_it(history: str, year: int) -> None:
    assert founding_dates(INTRO, history) == [DateValue(year)]


@pytest.mark.parametrize(
    "history",
    [
        # another body's foundation
        "In 1939 the bank bought a poporo, that is considered the foundation of the Ely Archive.",
        # no date before the cue
        "The poporo is considered the foundation of the museum; it was bought later.",
    ],
)
def test_no_date_from_a_foundation_of_another_or_undated(history: str) -> None:
    assert founding_dates(INTRO, history) == []


@pytest.mark.parametrize(
    ("legislation", "date"),
    [
        (
            "Law N° 4.512, of 23/05/1961, sanctioned by the President Ana Souza. "
            "The article 1° established the Fenland Research Board as an autarchy.",
            DateValue(1961, 5, 23),
        ),
        (
            "Decree No. 77 of 9 June 1970. Article 2 of the decree creates the Fenland Research Board.",
            DateValue(1970, 6, 9),
        ),
        (
            "Act No. 12 of 1 July 1981. Its first article established the Fenland Research Board as a public body.",
            DateValue(1981, 7, 1),
        ),
    ],
)
def test_an_article_that_creates_the_organization_dates_it_by_the_instrument(legislation: str, date: DateValue) -> None:
    assert founding_dates("The Fenland Research Board (the Board) is a public body.", legislation=legislation) == [date]


@pytest.mark.parametrize(
    "legislation",
    [
        # the article creates another body
        "Law N° 4.512, of 03/05/1961. The article 1° established the Ely Drainage Commission.",
        # the article amends, it does not create
        "Law N° 4.512, of 03/05/1961. The article 1° amended the statute of the Board.",
    ],
)
def test_no_founding_date_from_an_article_about_another_thing(legislation: str) -> None:
    assert founding_dates("The Fenland Research Board (the Board) is a public body.", legislation=legislation) == []


@pytest.mark.parametrize(
    ("legislation", "name"),
    [
        ("Created by the Decree-Law N° 311 of the Junta de Gobierno, signed by Ana Souza.", "Decree-Law N° 311"),
        ("Created by Decree No. 12 of the Council of Ministers.", "Decree No. 12"),
        ("Established by Law No. 88 of the National Congress of 3 May 1960.", "Law No. 88"),
    ],
)
def test_the_issuer_after_a_number_is_no_part_of_the_name(legislation: str, name: str) -> None:
    found = find_instrument(legislation)
    assert found is not None and found.name == name


def test_an_issuer_inside_a_title_without_a_number_stays() -> None:
    found = find_instrument("Established by the Ordinance of the Council of Ministers of 3 May 1960.")
    assert found is None or "Council" in found.name or found.name != "Ordinance"


@pytest.mark.parametrize(
    ("legislation", "signer"),
    [
        ("Created by Decree No. 5 of 2 May 1950, signed by don Rafael Ortiz Mena as president.", "Rafael Ortiz Mena"),
        ("Created by Decree No. 5 of 2 May 1950, signed by doña Inés Calvo Ruiz.", "Inés Calvo Ruiz"),
        ("Created by Decree No. 5 of 2 May 1950, signed by dom Pedro Alves Costa.", "Pedro Alves Costa"),
    ],
)
def test_a_lowercase_honorific_before_a_signer_is_dropped(legislation: str, signer: str) -> None:
    found = find_instrument(legislation)
    assert found is not None and found.signer == Mention(signer, "person")


def test_a_capitalised_don_is_a_given_name() -> None:
    found = find_instrument("Created by Decree No. 5 of 2 May 1950, signed by Don Paterson.")
    assert found is not None and found.signer == Mention("Don Paterson", "person")


def test_founding_helpers_still_used() -> None:
    assert foundings("The Fenland Research Board is a board.") == []


@pytest.mark.parametrize(
    ("legislation", "signer"),
    [
        ("Created by Decree No. 5 of 2 May 1950, signed by the de facto President Tomás Ruiz Vega.", "Tomás Ruiz Vega"),
        ("Created by Decree No. 5 of 2 May 1950, signed by the then Minister Carla Nunes.", "Carla Nunes"),
        ("Created by Decree No. 5 of 2 May 1950, signed by the interim President Luis Prado Soto.", "Luis Prado Soto"),
    ],
)
def test_a_qualifier_between_the_article_and_the_title_is_dropped(legislation: str, signer: str) -> None:
    found = find_instrument(legislation)
    assert found is not None and found.signer == Mention(signer, "person")


@pytest.mark.parametrize(
    ("legislation", "act", "date"),
    [
        (
            "Was created the 3 of June of 1958 by the Decree-Law N° 7.114/58.",
            "Decree-Law N° 7.114/58",
            DateValue(1958, 6, 3),
        ),
        (
            "It was established on 9 March 1962 by Decree No. 318, signed by Ana Souza.",
            "Decree No. 318",
            DateValue(1962, 3, 9),
        ),
        (
            "Founded the 1 of July of 1970 through the Supreme Decree N° 44.",
            "Supreme Decree N° 44",
            DateValue(1970, 7, 1),
        ),
    ],
)
def test_a_day_right_before_by_the_decree_dates_the_decree_and_the_founding(
    legislation: str, act: str, date: DateValue
) -> None:
    found = [f for f in foundings(INTRO, legislation=legislation) if f.act]
    assert [(f.act, f.act_date, f.date) for f in found] == [(act, date, date)]


@pytest.mark.parametrize(
    "legislation",
    [
        # a law may enter into force later than it was passed: its date is not the founding day
        "Was created the 3 of June of 1958 by the Law N° 7.114.",
        # only a year: not the decree's day
        "Was created in 1958 by the Decree N° 7.114.",
        # a word between the day and "by": the day dates something else
        "Was created the 3 of June of 1958, after long debate, by the Decree N° 7.114.",
        # negated
        "Was not created the 3 of June of 1958 by the Decree N° 7.114.",
    ],
)
def test_no_decree_day_without_a_full_day_right_before_by_the_decree(legislation: str) -> None:
    found = [f for f in foundings(INTRO, legislation=legislation) if f.act]
    assert all(f.act_date is None or f.act_date.day is None for f in found)


@pytest.mark.parametrize(
    ("intro", "legislation", "date"),
    [
        (
            "The Fenland Research Board (FRB) was a public institution that between 1911 and 1950 ran the fen survey.",
            "Royal Decree of the 3 of May of 1911, signed by the King.",
            DateValue(1911, 5, 3),
        ),
        (
            "Fenland Research Board was a drainage body, active from 1920 to 1961 in the Isle of Ely.",
            "Order No. 12 of 4 February 1920.",
            DateValue(1920, 2, 4),
        ),
        (
            "The Fenland Research Board was an agency of the crown which, between 1930 and 1975, drained the fens.",
            "Law No. 44 of 9 October 1930.",
            DateValue(1930, 10, 9),
        ),
    ],
)
def test_the_acts_day_in_the_first_year_of_the_active_span_dates_the_founding(
    intro: str, legislation: str, date: DateValue
) -> None:
    assert founding_dates(intro, legislation=legislation) == [date]


@pytest.mark.parametrize(
    ("intro", "legislation"),
    [
        # the act is of another year than the span's first
        (
            "The Fenland Research Board was a public institution that between 1911 and 1950 ran the survey.",
            "Royal Decree of the 3 of May of 1925.",
        ),
        # the span is another body's
        (
            "The Fenland Research Board was a board; the Ely Commission between 1911 and 1950 ran the survey.",
            "Royal Decree of the 3 of May of 1925.",
        ),
        # the sentence is not told of the organization
        (
            "The Ely Commission was a public institution that between 1911 and 1950 ran the survey.",
            "Royal Decree of the 3 of May of 1911.",
        ),
        # only the act's year: no day to add
        (
            "The Fenland Research Board was a public institution that between 1911 and 1950 ran the survey.",
            "Royal Decree of 1911.",
        ),
    ],
)
def test_no_founding_from_an_act_outside_the_active_span(intro: str, legislation: str) -> None:
    assert founding_dates(intro, legislation=legislation) == []


@pytest.mark.parametrize(
    ("intro", "year", "founder"),
    [
        (
            "The Fenland Research Board is a private, non-stock and non-profit institution of science, "
            "founded in 1865 by the Society of Jesus in Ely.",
            1865,
            "Society of Jesus",
        ),
        (
            "Fenland Research Board is a small, independent charity, established in 1921 by Ada Lovell.",
            1921,
            "Ada Lovell",
        ),
        ("The Fenland Research Board was a public, autonomous, tax-funded body, set up in 1930.", 1930, None),
    ],
)
def test_a_participle_after_a_copulas_adjective_list_founds_the_subject(
    intro: str, year: int, founder: str | None
) -> None:
    found = foundings(intro)
    assert [f.date for f in found if f.date] == [DateValue(year)]
    assert [f.founder.name for f in found if f.founder] == ([founder] if founder else [])


@pytest.mark.parametrize(
    "intro",
    [
        # no copula: the participle describes the line the board runs
        "The Fenland Research Board runs a busy, noisy line, opened in 1964 by the council.",
        # a determiner in the chunk: a new noun phrase (the museum's), not the list
        "The Fenland Research Board is a small, the town's museum, founded in 1880.",
    ],
)
def test_no_founding_from_a_participle_after_another_noun(intro: str) -> None:
    assert founding_dates(intro) == []


@pytest.mark.parametrize(
    ("legislation", "name", "date"),
    [
        ("Created by Law 12 (Ley N° 12, del 4 de mayo de 1960), signed by Ana Souza.", "Law 12", DateValue(1960, 5, 4)),
        ("Created by the Act 5 (Loi n° 5, du 3 mai 1960).", "Act 5", DateValue(1960, 5, 3)),
        ("Created by the Law 3.100 (Lei nº 3.100, de 9 de junho de 1957).", "Law 3.100", DateValue(1957, 6, 9)),
    ],
)
def test_the_original_titles_date_in_a_bracket_dates_the_instrument(
    legislation: str, name: str, date: DateValue
) -> None:
    found = find_instrument(legislation)
    assert found is not None and (found.name, found.date) == (name, date)


@pytest.mark.parametrize(
    "legislation",
    [
        "Created by Law 9 (see Lei 9, de 1961 amendments).",  # not a date alone
        "Created by Law 9 (Lei 9, de la Asamblea Nacional).",  # the issuer, no date
    ],
)
def test_no_date_from_a_bracket_that_is_no_date_alone(legislation: str) -> None:
    found = find_instrument(legislation)
    assert found is not None and found.date is None
