"""Round 23: the F3 readers on a government communications officer's hand (honorifics before
founders and signers, decree numbers in brackets, Hijri and other calendars beside a Gregorian
date, a body that "ceased to exist" when its functions passed to a successor whose name holds
"and"). Own phrasings, each class with negatives."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import ChangeEvent, DateValue, Dissolution, Founding
from orgkg.parse import parse_profile

NAME = "Hadley Basin Survey Office"
INTRO = f"The {NAME} (HBSO) is a public survey body."


def _facts(intro: str, fields: str = "") -> list[object]:
    facts = extract(parse_profile(f"{NAME}\n{intro}\n{fields}\n", "hbso.txt"))
    return [f for ff in facts.fields for f in ff.facts]


def _successors(intro: str, fields: str = "") -> list[str]:
    return [
        f.resulting.name
        for f in _facts(intro, fields)
        if isinstance(f, ChangeEvent) and f.kind == "split-into" and f.resulting
    ]


# --- class 4: a successor whose name holds "and" is one name ---------------------------


@pytest.mark.parametrize(
    ("sentence", "successor"),
    [
        (
            "It ceased to exist as a separate body in May 2016, when its functions passed to the "
            "Federal Mapping and Geodesy Authority.",
            "Federal Mapping and Geodesy Authority",
        ),
        (
            "The Office was abolished in 1999 and its duties passed to the National Land and Water Agency.",
            "National Land and Water Agency",
        ),
        (
            "In 2004 the Office was dissolved; its work passed to the Regional Planning and Survey Board.",
            "Regional Planning and Survey Board",
        ),
    ],
)
def test_a_successor_with_and_in_its_name_is_one_name(sentence: str, successor: str) -> None:
    assert _successors(INTRO, f"History\n{sentence}") == [successor]


@pytest.mark.parametrize(
    ("sentence", "successors"),
    [
        # two whole names stay two
        (
            "The Office was abolished in 1999 and its duties passed to the Land Agency and the Water Board.",
            ["Land Agency", "Water Board"],
        ),
        (
            "The Office was dissolved in 2004; its work passed to the Survey Council and Mapping Board.",
            ["Survey Council", "Mapping Board"],
        ),
        # an acronym before "and" is a name of its own
        (
            "The Office was dissolved in 2004; its work passed to the HBSC and Mapping Board.",
            ["HBSC", "Mapping Board"],
        ),
    ],
)
def test_two_named_successors_stay_two(sentence: str, successors: list[str]) -> None:
    assert _successors(INTRO, f"History\n{sentence}") == successors


def test_no_fragment_of_a_joined_name_is_a_successor() -> None:
    found = _successors(
        INTRO,
        "History\nIt ceased to exist in 2016, when its functions passed to the Federal Mapping and Geodesy Authority.",
    )
    assert "Federal Mapping" not in found and "Geodesy Authority" not in found
    assert any(isinstance(f, Dissolution) for f in _facts(INTRO, "History\nIt ceased to exist in 2016."))


# --- class 2: legislation with a number in brackets, its year and its signer ----------------


def _foundings(intro: str, fields: str = "") -> list[Founding]:
    return [f for f in _facts(intro, fields) if isinstance(f, Founding)]


@pytest.mark.parametrize(
    ("legislation", "act", "year"),
    [
        (
            "Federal Law No. (4) of 2011 on the Establishment of the Hadley Basin Survey Office.",
            "Federal Law No. (4) of 2011",
            2011,
        ),
        ("Decree-Law No. 12 of 2003, promulgated on 5 May 2003.", "Decree-Law No. 12", 2003),
        ("Decree-Law No. (12) of 2003 established the Office.", "Decree-Law No. (12)", 2003),
        ("Federal Decree Law No. (3) of 2019 established the Office.", "Federal Decree Law No. (3) of 2019", 2019),
        ("Law No. (3) of 1985 created the Office.", "Law No. (3)", 1985),
    ],
)
def test_an_instrument_numbered_in_brackets_keeps_its_number(legislation: str, act: str, year: int) -> None:
    acts = [(f.act, f.act_date.year if f.act_date else None) for f in _foundings(INTRO, f"Legislation\n{legislation}")]
    assert (act, year) in acts


@pytest.mark.parametrize(
    ("legislation", "signer"),
    [
        (
            "Federal Law No. (4) of 2011, issued by H.E. Sheikh Rashid bin Saqr Al Mualla, Ruler of the Emirate.",
            "Rashid bin Saqr Al Mualla",
        ),
        ("Republican Decree No. 2915 of 1964, issued by President Abdullah Al-Sallal.", "Abdullah Al-Sallal"),
        ("Law No. (3) of 1985 created the Office; it was signed by Tan Sri Dato' Ahmad Zaki.", "Ahmad Zaki"),
    ],
)
def test_the_signer_of_a_numbered_instrument_is_named_without_honorifics(legislation: str, signer: str) -> None:
    signers = [f.act_passed_by.name for f in _foundings(INTRO, f"Legislation\n{legislation}") if f.act_passed_by]
    assert signers == [signer]


def test_a_bracketed_number_is_no_founding_year_nor_a_number_of_something_else() -> None:
    # the year of another body's decree-law dates no founding of this one
    history = (
        "History\nThe Office worked until Federal Decree-Law No. (6) of 2015 established the Federal "
        "Statistics Authority, which took over its work."
    )
    assert all(f.date is None or f.date.year != 2015 for f in _foundings(INTRO, history))
    # a bracketed number after no instrument word makes no instrument
    assert not any(f.act for f in _foundings(INTRO, "Legislation\nSee Annex (9) of 2009 for the details."))


# --- class 1: founders and signers never keep an honorific -----------------------------------


def _founder_names(history: str) -> list[str]:
    return [
        m.name
        for f in _foundings(INTRO, f"History\n{history}")
        for m in (*([f.founder] if f.founder else []), *f.founders)
    ]


@pytest.mark.parametrize(
    ("history", "founders"),
    [
        (
            "The Office was founded in 1971 by His Highness Sheikh Zayed bin Saif Al Nahyan.",
            ["Zayed bin Saif Al Nahyan"],
        ),
        (
            "The Office was established in 1985 by Tan Sri Dato' Seri Ahmad Zaki, then Minister of Works.",
            ["Ahmad Zaki"],
        ),
        (
            "The Office was founded in 1962 by Lt. Gen. Abdul Aziz and Chief Obafemi Adeyemi.",
            ["Abdul Aziz", "Obafemi Adeyemi"],
        ),
        (
            "- 12 March 1962: the Office is established on the initiative of H.E. Dr. Salim Al-Harthy, "
            "then Minister of Works.",
            ["Salim Al-Harthy"],
        ),
        ("The Office was founded in 1990 by Alhaji Musa Bello.", ["Musa Bello"]),
    ],
)
def test_a_founder_is_named_without_honorifics(history: str, founders: list[str]) -> None:
    assert _founder_names(history) == founders


@pytest.mark.parametrize(
    "history",
    [
        # a title cut from its name, or a title with no name, founds nothing
        "The Office was founded by Rear Adm. (Retd.) John Doe in 1990.",
        "The Office was founded in 1962 by His Highness the Amir.",
        "The Office was founded in 1962 by H.H. the Sultan.",
    ],
)
def test_no_founder_is_a_title_alone(history: str) -> None:
    names = _founder_names(history)
    assert not any(n.split()[0].rstrip(".") in {"Rear", "His", "H.H", "Sheikh", "Adm"} for n in names), names


# --- class 3: another calendar's date beside a Gregorian one --------------------------------


def _dates(history: str) -> list[DateValue]:
    return [f.date for f in _foundings(INTRO, f"History\n{history}") if f.date]


@pytest.mark.parametrize(
    ("history", "date"),
    [
        ("The Office was established in 2011 (1432 AH).", DateValue(2011)),
        ("The Office was founded on 2 March 1998 (4 Dhu al-Qadah 1418 AH).", DateValue(1998, 3, 2)),
        ("The Office was established in 1396H (1976).", DateValue(1976)),
        ("The Office was founded in 2021 BS (1964).", DateValue(1964)),
        ("The Office was founded in 1964 (2021 BS).", DateValue(1964)),
        ("The Office was founded in 1956 E.C. (1963).", DateValue(1963)),
        ("The Office was founded in 2509 BE (1966).", DateValue(1966)),
        ("The Office was founded in 1344 SH (1965) in Shiraz.", DateValue(1965)),
    ],
)
def test_the_gregorian_date_is_the_value_beside_another_calendar(history: str, date: DateValue) -> None:
    assert _dates(history) == [date]


@pytest.mark.parametrize(
    "history",
    [
        # another calendar's year alone is no Gregorian date
        "The Office was founded in 2016 B.S.",
        "The Office was founded in 1958 EC.",
        "The Office was founded in 1388 AH.",
    ],
)
def test_another_calendars_year_alone_gives_no_date(history: str) -> None:
    assert _dates(history) == []


def test_an_initial_after_a_year_is_no_calendar_mark() -> None:
    assert _dates("The Office was founded in 2009, H. Smith being its first head.") == [DateValue(2009)]


# --- class 5: a sentence opened by the organization's own founding noun ------------------


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        (
            "Since its establishment by law on 3 October 1967 (29 Jumada al-Akhirah 1387 AH) it has "
            "advised the government.",
            DateValue(1967, 10, 3),
        ),
        ("Since its founding in 1962 the Office has mapped the basin.", DateValue(1962)),
        ("From its creation in 1975, the Hadley Basin Survey Office has published maps.", DateValue(1975)),
        ("Upon its inception in 1981 it took over the survey records.", DateValue(1981)),
    ],
)
def test_an_opening_own_founding_noun_dates_the_founding(sentence: str, date: DateValue) -> None:
    assert _dates(sentence) == [date]


@pytest.mark.parametrize(
    "sentence",
    [
        # "its" is another body's: the main clause has another subject
        "Since its founding in 1962 the Ministry has funded the basin survey.",
        # no date with the noun
        "Since its establishment, the Office has mapped the basin.",
        # a time relative to the founding is no founding
        "Ten years after its founding in 1962 the Office moved to Hadley.",
        # the date belongs to another clause
        "Since its creation, which the 1975 report urged, the Office has mapped the basin.",
    ],
)
def test_no_founding_date_from_an_opening_noun_of_another_or_without_date(sentence: str) -> None:
    assert _dates(sentence) == []


# --- a founding bracket after a second parenthetical ------------------------------------------


def _intro_dates(intro: str) -> list[DateValue]:
    return [f.date for f in _foundings(intro, "History\nIt maps the basin.") if f.date]


@pytest.mark.parametrize(
    "intro",
    [
        f"The {NAME} (HBSO) (founded 1962) is a public survey body.",
        f"The {NAME} (HBSO) (Arabic: مكتب مسح الحوض) (est. 1962) is a public survey body.",
        f"The {NAME} (HBSO) (French: Office du bassin) (established 1962) is a public survey body.",
    ],
)
def test_a_founding_bracket_after_an_acronym_or_gloss_dates_the_organization(intro: str) -> None:
    assert _intro_dates(intro) == [DateValue(1962)]


@pytest.mark.parametrize(
    "intro",
    [
        f"The {NAME} (HBSO) works with the Mekong Committee (MC) (est. 1957) on maps.",
        f"The {NAME} (HBSO) uses data of the Basin Trust (Welsh: Ymddiriedolaeth) (founded 1957).",
    ],
)
def test_a_founding_bracket_after_another_bodys_acronym_is_not_ours(intro: str) -> None:
    assert _intro_dates(intro) == []


# --- a predecessor whose functions it took over, named with a possessive ---------------------


def _predecessors(history: str) -> list[str]:
    return [
        f.original.name
        for f in _facts(INTRO, f"History\n{history}")
        if isinstance(f, ChangeEvent) and f.original and f.kind in {"transfer", "absorbed"}
    ]


@pytest.mark.parametrize(
    "history",
    [
        "The Office took over the Basin Mapping Unit's activities in 1990.",
        "Until 2013 mapping was done by the Basin Mapping Unit (BMU). HBSO took over BMU's activities in 2013.",
        "In 1990 the Office took over the Basin Mapping Unit's statutory functions.",
    ],
)
def test_the_body_whose_functions_it_took_over_is_a_predecessor(history: str) -> None:
    assert _predecessors(history) == ["Basin Mapping Unit"]


@pytest.mark.parametrize(
    "history",
    [
        "The Office took over the Basin Mapping Unit's laboratories in 1990.",  # a part of it
        "The Office took over some of the Basin Mapping Unit's activities in 1990.",  # a share
        "The Office took over its own activities in 1990.",
        "The Office took over BMU's duties in 2013.",  # an acronym nothing defines
    ],
)
def test_no_predecessor_from_a_part_a_share_or_an_undefined_acronym(history: str) -> None:
    assert _predecessors(history) == []


@pytest.mark.parametrize(
    "history",
    [
        # a participle phrase between commas and an instrument's "No." before the verb
        "Until 2013 mapping was done by the Basin Mapping Unit (BMU). HBSO, created by Law No. 12-06, "
        "took over BMU's activities in 2013.",
        "The Office, set up by Decree No. 4, took over the functions of the Basin Mapping Unit in 1995.",
        "The Office, established under Order No. (7) of 1994, took over the Basin Mapping Unit's duties in 1995.",
    ],
)
def test_a_participle_aside_and_a_number_sign_leave_the_subject_and_the_verb(history: str) -> None:
    assert _predecessors(history) == ["Basin Mapping Unit"]


@pytest.mark.parametrize(
    "history",
    [
        "The Office did not take over the functions of the Basin Mapping Unit in 1995.",
        # the participle describes another subject: its verb is that body's
        "The Hadley Survey Board, created by Law No. 4, took over the functions of the Basin Mapping Unit in 1995.",
    ],
)
def test_a_real_negation_or_another_subject_still_gives_no_predecessor(history: str) -> None:
    assert _predecessors(history) == []


@pytest.mark.parametrize(
    "history",
    [
        # "the Basin …" is another body's longer name, not "the basin" of ours
        "The Office worked until Federal Decree-Law No. (6) of 2015 established the Basin Statistics Authority.",
        "In 1930 the Survey Commission was set up to chart the rivers.",
    ],
)
def test_a_word_of_ours_opening_another_name_is_not_us(history: str) -> None:
    assert _dates(history) == []


def test_our_own_noun_as_object_still_dates_the_founding() -> None:
    assert _dates("In 1921 the county council set up the Office.") == [DateValue(1921)]
