"""Round 24, founding family (F3a): an approximate founding date is no founding date.

"Founded c. 1890" says the writer does not know the year: a foundingDate of 1890 would state
more than the text. No date is read; the verbatim field keeps the words and an Info
diagnostic ``extract.uncertain-date`` points at the line."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import DateValue, Founding, Mention
from orgkg.parse import parse_profile

from .founding_helpers import NAME, founding_dates, foundings

INTRO = f"The {NAME} is a research body in Ely."


@pytest.mark.parametrize(
    "history",
    [
        "The Board was founded c. 1890 by a group of drainage engineers.",
        "The Board was set up circa 1874 in a room above the Ely corn exchange.",
        "It was established ca.1902 as a private society.",
        "The Board was founded around 1911, when the fen drainage trusts combined.",
        "The Board was founded about 1890; its records from the period are lost.",
        "The Board was established approximately 1920.",
        "The Board was founded in 1890? and moved to Ely soon after.",
        "The Board was founded sometime around 1905.",
    ],
)
def test_an_approximate_founding_year_in_prose_is_no_date(history: str) -> None:
    assert founding_dates(INTRO, history) == []


@pytest.mark.parametrize(
    "intro",
    [
        f"The {NAME}, founded c. 1890, is a research body in Ely.",
        f"The {NAME} (established circa 1890) is a research body in Ely.",
        f"The {NAME} is a research body in Ely, founded roughly 1890.",
    ],
)
def test_an_approximate_founding_year_in_the_intro_is_no_date(intro: str) -> None:
    assert founding_dates(intro) == []


@pytest.mark.parametrize("legislation", ["Founded: circa 1890", "Established: c. 1890", "Founded: 1890?"])
def test_a_labelled_approximate_founding_year_is_no_date(legislation: str) -> None:
    assert founding_dates(INTRO, legislation=legislation) == []


def test_a_later_event_does_not_stand_in_for_an_approximate_founding() -> None:
    history = "The Board was founded c. 1890. It opened its first laboratory in 1895."
    assert founding_dates(INTRO, history) == []


# near misses: the founding year is stated; only another number or event is approximate
@pytest.mark.parametrize(
    ("history", "expected"),
    [
        ("The Board was founded in 1890 with about 1200 members.", DateValue(1890)),
        ("The Board was founded in 1890; its first hall was built c. 1895.", DateValue(1890)),
        ("The Board was founded on 3 May 1890, about a year after the flood.", DateValue(1890, 5, 3)),
        ("Drainage work at Ely began c. 1850, and the Board was founded in 1890.", DateValue(1890)),
    ],
)
def test_a_stated_founding_year_beside_an_approximate_other_date_is_read(history: str, expected: DateValue) -> None:
    assert founding_dates(INTRO, history) == [expected]


def test_the_decade_alone_is_no_date() -> None:
    assert founding_dates(INTRO, "The Board was founded in the early 1890s.") == []


@pytest.mark.parametrize(
    "history",
    ["The Board was founded c. 1890 at Ely.", "It was set up around 1890 by the county.", "Founded: ca. 1890"],
)
def test_an_approximate_founding_year_is_reported_at_its_line(history: str) -> None:
    text = f"{NAME}\n{INTRO}\nHistory\nThe Board has a long past.\n\n{history}\n"
    facts = extract(parse_profile(text, "frb.txt"))
    assert [(d.code, d.line) for d in facts.diagnostics if d.code == "extract.uncertain-date"] == [
        ("extract.uncertain-date", 6)
    ]


def test_a_stated_founding_year_gets_no_uncertain_date_note() -> None:
    text = f"{NAME}\n{INTRO}\nHistory\nThe Board was founded in 1890; a hall was built c. 1895.\n"
    facts = extract(parse_profile(text, "frb.txt"))
    assert [d for d in facts.diagnostics if d.code == "extract.uncertain-date"] == []


# Signers written with the article before their title ("signed by the President X", a
# Romance hand's "pelo Presidente"), and "sanctioned by" (a president sanctions a law: signs it)
def _signers(legislation: str) -> list[Mention | None]:
    return [f.act_passed_by for f in foundings(INTRO, legislation=legislation) if f.act]


@pytest.mark.parametrize(
    ("legislation", "signer"),
    [
        ("Fens Act No. 12, of 4 May 1921, signed by the President Ana Lúcia Ferreira.", "Ana Lúcia Ferreira"),
        ("Created by the Fens Act 1921, sanctioned by the President Tomás Ribeiro.", "Tomás Ribeiro"),
        ("Fens Decree No. 88 of 1921, sanctioned by President Jorge Amado Lins.", "Jorge Amado Lins"),
        ("Fens Act 1921, signed by the Governor Maria Elena Ortiz on 4 May 1921.", "Maria Elena Ortiz"),
    ],
)
def test_a_signer_after_the_article_and_a_title_is_read(legislation: str, signer: str) -> None:
    assert _signers(legislation) == [Mention(signer, "person")]


@pytest.mark.parametrize(
    "legislation",
    [
        "Fens Act 1921, sanctioned by the Council of Ministers.",
        "Fens Act 1921, signed by the President of the Assembly.",
        "Fens Act 1921, sanctioned by the Treasury on 4 May 1921.",
        "Fens Act 1921, signed by the President.",
    ],
)
def test_no_signer_from_a_body_or_a_title_alone(legislation: str) -> None:
    assert _signers(legislation) == [None]


# An instrument in another language named by its word and its day alone ("Ley de 25 de
# septiembre de 1941"): that is its title, and that day its date
def _acts(legislation: str) -> list[tuple[str | None, DateValue | None]]:
    return [(f.act, f.act_date) for f in foundings(INTRO, legislation=legislation) if f.act]


@pytest.mark.parametrize(
    ("legislation", "act", "day"),
    [
        (
            "Founding law: Ley de 3 de mayo de 1950 (published in the gazette 9.05.1950).",
            "Ley de 3 de mayo de 1950",
            DateValue(1950, 5, 3),
        ),
        (
            "Decreto-Ley de 14 de marzo de 1962, of the Government.",
            "Decreto-Ley de 14 de marzo de 1962",
            DateValue(1962, 3, 14),
        ),
        ("Loi du 24 juillet 1867, which created the Board.", "Loi du 24 juillet 1867", DateValue(1867, 7, 24)),
        ("Lei de 5 de junho de 1930, signed in Lisbon.", "Lei de 5 de junho de 1930", DateValue(1930, 6, 5)),
    ],
)
def test_a_foreign_instrument_titled_by_its_day(legislation: str, act: str, day: DateValue) -> None:
    assert _acts(legislation) == [(act, day)]


@pytest.mark.parametrize(
    "legislation",
    [
        "Ley de Aguas de 1879.",
        "Decreto de 1950 on drainage, de 3 pages.",
        "A ley de 3 de mayo de 1950 is cited by others.",
    ],
)
def test_no_day_titled_instrument_without_the_word_and_a_whole_day(legislation: str) -> None:
    assert all(
        not act.endswith("de 3 de mayo de 1950") and (date is None or date.day is None)
        for act, date in _acts(legislation)
        if act
    )


@pytest.mark.parametrize(
    ("legislation", "day"),
    [
        ("Created as Fen Drainage Office by the Decreto de 3 de mayo de 1950.", DateValue(1950, 5, 3)),
        ("Established as Ely Water Board by the Ley de 9 de julio de 1921.", DateValue(1921, 7, 9)),
        ("Founded as Fenland Institute through the Loi du 2 avril 1901.", DateValue(1901, 4, 2)),
    ],
)
def test_created_as_its_first_name_by_an_instrument_dates_the_founding(legislation: str, day: DateValue) -> None:
    assert founding_dates(INTRO, legislation=legislation) == [day]


@pytest.mark.parametrize(
    "legislation",
    [
        "Renamed as Fen Drainage Office by the Decreto de 3 de mayo de 1950.",
        "Not created as Fen Drainage Office by the Decreto de 3 de mayo de 1950.",
    ],
)
def test_a_renaming_or_a_negated_creation_by_an_instrument_dates_no_founding(legislation: str) -> None:
    assert founding_dates(INTRO, legislation=legislation) == []


# "The Federation is founded …" of the Federación Nacional de …: its own name's head word in
# English (lexicon/cognate-endings.csv) is the organization as subject
def _own_dates(name: str, history: str) -> list[DateValue]:
    text = f"{name}\nThe {name} is a body in Lima.\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "own.txt"))
    return [f.date for ff in facts.fields for f in ff.facts if isinstance(f, Founding) and f.date]


@pytest.mark.parametrize(
    ("name", "history", "expected"),
    [
        (
            "Federación Andina de Remo",
            "The Federation is founded the 4 de mayo de 1931 in Lima.",
            DateValue(1931, 5, 4),
        ),
        (
            "Instituto Paulista de Pesca",
            "The Institute was established on 2 March 1969 in Santos.",
            DateValue(1969, 3, 2),
        ),
        ("Universidade Livre do Sertão", "The University was founded in 1962 by the state.", DateValue(1962)),
        ("Academia Limeña de Música", "The Academy was founded on 8 June 1908.", DateValue(1908, 6, 8)),
    ],
)
def test_the_english_twin_of_the_own_head_word_is_the_organization(
    name: str, history: str, expected: DateValue
) -> None:
    assert _own_dates(name, history) == [expected]


@pytest.mark.parametrize(
    ("name", "history"),
    [
        ("Federación Andina de Remo", "The Commission was founded on 4 May 1931 in Lima."),
        ("Instituto Paulista de Pesca", "The Institution was established on 2 March 1969 in Santos."),
        ("Federación Andina de Remo", "The Federation was not founded until much later."),
        ("Federación Andina de Remo", "The Confederation was founded on 8 June 1908."),
    ],
)
def test_no_founding_from_another_head_word_or_a_negation(name: str, history: str) -> None:
    assert _own_dates(name, history) == []
