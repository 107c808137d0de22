"""Round 20: the institutional historian's hand (h14), founding family.

Narrative histories: a later event of the organization (a move, a reopening, a new building)
is not its founding; founders named with a description or a title of nobility."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import DateValue, Founding, Mention
from orgkg.parse import parse_profile

from .founding_helpers import NAME, founding_dates, foundings

INTRO = f"The {NAME} is a research body in Ely."


def _founders(intro: str, history: str = "", legislation: str = "") -> list[Mention]:
    return [
        m for f in foundings(intro, history, legislation) for m in (*([f.founder] if f.founder else []), *f.founders)
    ]


@pytest.mark.parametrize(
    "history",
    [
        "The Board's first seat was at Wisbech, and a new laboratory, the Harlow Building, was opened in 1961.",
        "The Board grew slowly; a field station, the Denver Sluice House, was opened in 1930.",
        "The Board kept its rooms at Ely, but a library, the Clare Room, was inaugurated in 1952.",
    ],
)
def test_a_building_set_off_by_commas_after_a_clause_is_the_openings_subject(history: str) -> None:
    assert founding_dates(INTRO, history) == []


def test_an_appositive_subject_at_the_start_still_counts_as_the_organization() -> None:
    history = f"The {NAME}, a body of the Fen Group, was opened in 1931."
    assert founding_dates(INTRO, history) == [DateValue(1931)]


@pytest.mark.parametrize(
    "history",
    [
        "It passed from the Drainage Office to the Board of Trade in 1875, and in 1882 it opened in Ely in a new hall.",
        "It moved to the Wash in 1901 and to Lynn in 1910; in 1920 it opened at Ely in a converted granary.",
        "It was handed to the county in 1930, but in 1936 it opened in a new hall at March.",
    ],
)
def test_an_opening_after_its_own_earlier_dated_work_is_a_move(history: str) -> None:
    assert founding_dates(INTRO, history) == []


@pytest.mark.parametrize(
    "history",
    [
        "The Ministry announced the Board in November 1960 and it began operating in January 1961.",
        "It was established by the Fens Act, 1960, and came into being on 1 April 1961.",
        "Engineers met at Ely in 1960 and agreed to create a board, which began operating in 1961.",
    ],
)
def test_an_opening_after_another_subjects_or_a_founding_clauses_year_is_its_start(history: str) -> None:
    assert DateValue(1961) in [d.year and DateValue(d.year) for d in founding_dates(INTRO, history)]


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        (f"{NAME} was founded in 1880 by Grand Duke Konstantin Nikolayevich (1827–1892).", "Konstantin Nikolayevich"),
        (f"{NAME} was founded in 1880 by Count Ernst Waldstein of Bohemia, an angler.", "Ernst Waldstein of Bohemia"),
        (f"{NAME} was set up in 1880 by Princess Helena Pavlovna of Württemberg.", "Helena Pavlovna of Württemberg"),
    ],
)
def test_a_founder_with_a_title_of_nobility_is_named_without_it(history: str, expected: str) -> None:
    assert [m.name for m in _founders(INTRO, history)] == [expected]
    assert all(m.kind == "person" for m in _founders(INTRO, history))


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        (f"The {NAME} was founded in 1880 by Prince Albert, who gave it a charter.", "Prince Albert"),
        (f"The {NAME} was founded in 1880 by the Duke Street Trust.", None),
    ],
)
def test_a_title_before_one_name_or_an_organizations_name_stays(history: str, expected: str | None) -> None:
    names = [m.name for m in _founders(INTRO, history)]
    assert "Albert" not in names and "Street Trust" not in names
    if expected:
        assert names == [expected]


@pytest.mark.parametrize(
    "history",
    [
        f"The {NAME} was founded in 1880 by the Dutch engineer Jan Leeghwater (1575–1650), an expert in drainage.",
        f"The {NAME} was established in 1880 by the English naturalist Jan Leeghwater.",
        f"The {NAME} was founded in 1880 by Welsh surveyor Jan Leeghwater.",
    ],
)
def test_a_founder_after_a_nationality_and_a_calling_is_named(history: str) -> None:
    assert [m.name for m in _founders(INTRO, history)] == ["Jan Leeghwater"]


@pytest.mark.parametrize(
    "intro",
    [
        f"The {NAME} opened in 1880 as the Fen Drainage Institute, the creation of the engineer Jan Leeghwater.",
        "It opened in 1880 as the Fen Drainage Institute, the creation and for years the private concern of "
        "Count Jan Leeghwater of Ely (1830–1901).",
        f"The {NAME} was the creation of Jan Leeghwater (1830–1901).",
    ],
)
def test_the_creation_of_a_person_names_the_founder(intro: str) -> None:
    names = [m.name for m in _founders(intro.replace("It opened", f"The {NAME} opened"))]
    assert names in (["Jan Leeghwater"], ["Jan Leeghwater of Ely"])


def test_the_creation_of_another_body_names_no_founder() -> None:
    intro = f"The {NAME} is a research body. The Wash Survey was the creation of Jan Leeghwater."
    assert _founders(intro) == []


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        (f"The {NAME} is a research body. It traces its origin to a survey office opened at Ely in 1872.", 1872),
        (f"The {NAME} traces its origins to the drainage commission of Cambridgeshire in 1790.", 1790),
        (f"The {NAME} is a research body in Ely; it traces its beginnings to a soil laboratory in 1931.", 1931),
    ],
)
def test_the_year_it_traces_its_origin_to_is_its_founding(intro: str, expected: int) -> None:
    assert [d.year for d in founding_dates(intro)] == [expected]


def test_a_creation_date_outranks_the_origin_it_traces() -> None:
    intro = f"The {NAME} was established on 1 May 1980. It traces its origins to a drainage school of 1905."
    assert founding_dates(intro) == [DateValue(1980, 5, 1)]


@pytest.mark.parametrize(
    ("legislation", "expected"),
    [
        (
            "No founding statute. The Board owed its existence to a grant voted by the county on 3 May 1921, "
            "a date it still treats as its founding day.",
            DateValue(1921, 5, 3),
        ),
        (
            "None. The Board rests on a vote of the county council of 12 June 1930, the day which later "
            "directors regarded as the founding date.",
            DateValue(1930, 6, 12),
        ),
        (
            "Not applicable. The Board began with a subscription opened on 1 March 1899, a date the members "
            "celebrate as the foundation day.",
            DateValue(1899, 3, 1),
        ),
    ],
)
def test_a_date_an_appositive_names_the_founding_day_is_the_founding(legislation: str, expected: DateValue) -> None:
    assert founding_dates(INTRO, legislation=legislation) == [expected]


def test_a_date_named_the_founding_day_of_another_subject_is_not_ours() -> None:
    legislation = "No founding statute. The Ouse Survey was voted on 3 May 1921, a date it treats as its founding day."
    assert founding_dates(INTRO, legislation=legislation) == []


def test_a_date_beside_no_appositive_in_a_no_act_field_is_not_read() -> None:
    legislation = "No founding statute. The Board owed its existence to a grant voted by the county on 3 May 1921."
    assert founding_dates(INTRO, legislation=legislation) == []


def test_the_no_act_fields_status_is_kept_with_the_date() -> None:
    legislation = (
        "No founding statute. The Board owed its existence to a vote of 3 May 1921, "
        "a date it treats as its founding day."
    )
    facts = extract(parse_profile(f"{NAME}\n{INTRO}\nLegislation\n{legislation}\n", "frb.txt"))
    field = next(ff for ff in facts.fields if ff.slug == "legislation")
    assert field.status.value == "explicitlyNone"
    assert [f.date for f in field.facts if isinstance(f, Founding)] == [DateValue(1921, 5, 3)]


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        ("A gift of land by the Ely family became, in 1884, the foundation of the Board and of its library.", 1884),
        ("The county's drainage fund paid for the founding of the Board in 1921.", 1921),
        ("A bequest of 1790 led to the establishment of both the Board and a chair of hydrology in 1792.", 1792),
    ],
)
def test_a_dated_foundation_of_the_organization_is_its_founding(history: str, expected: int) -> None:
    assert [d.year for d in founding_dates(INTRO, history)] == [expected]


@pytest.mark.parametrize(
    "history",
    [
        "The Ouse Survey became, in 1884, the foundation of the Wash Drainage Institute.",
        "In 1941, some fifty years after the founding of the Board, a library was added.",
    ],
)
def test_a_foundation_of_another_body_or_a_time_after_it_is_no_founding(history: str) -> None:
    assert founding_dates(INTRO, history) == []


@pytest.mark.parametrize(
    "history",
    [
        f"{NAME} was founded by bequest of Jan Leeghwater in 1791.",
        f"{NAME} was established in 1791 by the bequest of Jan Leeghwater (1723–1784), a merchant.",
        f"{NAME} was created in 1791 by the will of Jan Leeghwater.",
    ],
)
def test_a_testator_whose_bequest_founded_it_is_its_founder(history: str) -> None:
    assert [m.name for m in _founders(INTRO, history)] == ["Jan Leeghwater"]
    assert founding_dates(INTRO, history) == [DateValue(1791)]


@pytest.mark.parametrize(
    "history",
    [
        f"{NAME} was founded in 1791. Its library was enlarged by the bequest of Jan Leeghwater in 1800.",
        "The Ouse Survey was founded by bequest of Jan Leeghwater in 1791.",
        f"{NAME} was founded by the will of the county in 1791.",
    ],
)
def test_a_bequest_to_something_else_or_no_persons_names_no_founder(history: str) -> None:
    assert _founders(INTRO, history) == []


@pytest.mark.parametrize(
    "history",
    [
        f"What is now the {NAME} was founded in 1872 as the Ely Drainage Office.",
        f"What later became the {NAME} was set up in 1872 by Jan Leeghwater.",
        f"What would become the {NAME} was established in 1872.",
    ],
)
def test_a_retrospective_subject_under_its_present_name_is_the_organization(history: str) -> None:
    assert founding_dates(INTRO, history) == [DateValue(1872)]


@pytest.mark.parametrize(
    "history",
    [
        "What is now the Ouse Survey was founded in 1872.",
        f"What is now Ely Museum was founded in 1872 by the {NAME}.",
    ],
)
def test_a_retrospective_subject_of_another_name_is_not_ours(history: str) -> None:
    assert founding_dates(INTRO, history) == []
