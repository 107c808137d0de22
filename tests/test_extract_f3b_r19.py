"""Round 19: the paralegal's hand (h13), History.

A list of merged bodies keeps its names through a drafter's asides: "of, inter alia, A and B",
a defining bracket ('(the Water Board; hereinafter "TWB")'), a participle or description after
an item (", established in 1920,", ", the drainage body set up in 1930,"), a closing clause
(", both of which were dissolved …") and the event's date after the last item. A drafter's own
defined term is no word of a former name ("established as the Staatsmuseum of the ZAR")."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import ChangeEvent, DateValue, Dissolution
from orgkg.parse import parse_profile

NAME = "Tarn Valley Authority"


def _events(history: str, intro: str = f"{NAME} is a statutory body.") -> list[ChangeEvent]:
    text = f"{NAME}\n{intro}\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "tva.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, ChangeEvent)]


def _predecessors(history: str) -> list[str]:
    return sorted(e.original.name for e in _events(history) if e.original is not None and e.resulting is None)


@pytest.mark.parametrize(
    "history",
    [
        "The Authority was formed in 1950 by the amalgamation of, inter alia, the Fell Water Board and the "
        "Marsh Drainage Commission.",
        "The Authority was formed by the merger of the Fell Water Board (the Water Board; hereinafter "
        '"FWB"), established in 1920, and the Marsh Drainage Commission (hereinafter "MDC"), the drainage '
        "body set up in 1930, both of which were dissolved upon the establishment of the Authority.",
        "The Authority came into being through the consolidation of the Fell Water Board, founded 1921, "
        "and the Marsh Drainage Commission, each of which ceased to exist that day.",
        "The Authority was formed by the amalgamation of the Fell Water Board and the Marsh Drainage "
        "Commission with effect from the 1st day of April, 1950.",
        "The Authority was created by the fusion of the Fell Water Board and the Marsh Drainage "
        "Commission w.e.f. 01.04.1950.",
        "The Authority was formed by the merger of the Fell Water Board and the Marsh Drainage Commission in 1950.",
    ],
)
def test_merged_bodies_are_read_through_drafting_asides(history: str) -> None:
    assert _predecessors(history) == ["Fell Water Board", "Marsh Drainage Commission"]


@pytest.mark.parametrize(
    "history",
    [
        "The Authority was formed by the amalgamation of An Bord Uisce and the Marsh Drainage Commission in 1950.",
        "The Authority was formed by the merger of the Marsh Drainage Commission and An Bord Uisce, "
        "the water body established in 1931.",
    ],
)
def test_a_capital_an_inside_a_list_is_the_irish_article(history: str) -> None:
    assert _predecessors(history) == ["An Bord Uisce", "Marsh Drainage Commission"]


@pytest.mark.parametrize(
    "history",
    [
        # a description with a capital is no appositive: the list is refused, not cut
        "The Authority was formed by the merger of the Fell Water Board, a body of the Crown, and the Marsh "
        "Drainage Commission.",
        # a single-object verb does not skip appositives: "A and B School, opened 1905" stays refused as a list
        "The Authority traces its origins to the Fell and Marsh Drainage School, opened in 1905.",
    ],
)
def test_what_is_no_list_of_predecessors(history: str) -> None:
    found = _predecessors(history)
    assert "Fell Water Board" not in found
    assert "Fell" not in found


@pytest.mark.parametrize(
    ("intro", "history", "expected"),
    [
        (
            f'The {NAME} (hereinafter "the Authority") was constituted by the Government of the Tarn '
            'Republic (hereinafter "the TR").',
            f"The Authority was established in 1950 as the Water Office of the TR and was renamed the {NAME} in 1960.",
            "Water Office",
        ),
        (
            f'The {NAME} (hereafter "the Authority") served the Duchy of Fell (hereafter "the Duchy").',
            f"It was founded in 1901 as the Drainage Office of the Duchy and became the {NAME} in 1960.",
            "Drainage Office",
        ),
    ],
)
def test_a_defined_term_tail_is_no_part_of_a_former_name(intro: str, history: str, expected: str) -> None:
    assert [e.previous_name for e in _events(history, intro) if e.previous_name] == [expected]


@pytest.mark.parametrize(
    ("intro", "history", "expected"),
    [
        # "of the USSR" is not a term this text defines: it stays a word of the name
        (
            f"The {NAME} is a statutory body.",
            f"It was established in 1950 as the Water Office of the USSR and was renamed the {NAME} in 1991.",
            "Water Office of the USSR",
        ),
        # a defined term that is the whole name is not cut to nothing
        (
            f'The {NAME} (hereinafter "the Office") is a statutory body.',
            f"It was established in 1950 as the Water Office of Tarn and was renamed the {NAME} in 1991.",
            "Water Office of Tarn",
        ),
    ],
)
def test_names_that_keep_their_of_tail(intro: str, history: str, expected: str) -> None:
    assert [e.previous_name for e in _events(history, intro) if e.previous_name] == [expected]


def _successors(history: str) -> list[str]:
    return sorted(e.resulting.name for e in _events(history) if e.resulting is not None and e.original is None)


def _dissolution_dates(history: str) -> list[DateValue | None]:
    text = f"{NAME}\n{NAME} was a statutory body.\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "tva.txt"))
    return [f.date for ff in facts.fields for f in ff.facts if isinstance(f, Dissolution)]


@pytest.mark.parametrize(
    "history",
    [
        "The Fell Radiological Board was merged into the Authority with effect from the 1st day of April, 2005.",
        "In 2005 the Fell Radiological Board was absorbed into the Authority.",
        "The Fell Radiological Board merged into the Authority on 1 April 2005, upon the coming into force of the Act.",
    ],
)
def test_a_body_merged_into_its_own_head_word_is_a_predecessor(history: str) -> None:
    assert _predecessors(history) == ["Fell Radiological Board"]
    assert _successors(history) == []


@pytest.mark.parametrize(
    "history",
    [
        # another body's head word, or another body named with it: not this organization
        "In 2005 the Fell Radiological Board was absorbed into the Marsh Authority.",
        "In 2005 the Fell Radiological Board was absorbed into the Commission.",
    ],
)
def test_a_merger_into_another_is_no_predecessor(history: str) -> None:
    assert _predecessors(history) == []


@pytest.mark.parametrize(
    ("history", "date"),
    [
        (
            "With effect from 8 August 1980, pursuant to the report of the Fell Committee, the Authority and the "
            "Marsh Drainage Commission were merged to form the Tarn Basin Agency, which is its successor.",
            DateValue(1980, 8, 8),
        ),
        (
            "The Authority and the Marsh Drainage Commission were amalgamated to form the Tarn Basin Agency in 1980.",
            DateValue(1980),
        ),
        (
            "On 8 August 1980 the Marsh Drainage Commission and the Authority were combined to form "
            "the Tarn Basin Agency.",
            DateValue(1980, 8, 8),
        ),
    ],
)
def test_merged_with_its_own_head_word_to_form_a_third_is_a_successor(history: str, date: DateValue) -> None:
    assert _successors(history) == ["Tarn Basin Agency"]
    assert _dissolution_dates(history) == [date]


@pytest.mark.parametrize(
    "history",
    [
        # this organization is what the two formed: they are predecessors, nothing ended
        "In 1980 the Marsh Drainage Commission and the Fell Water Board were merged to form the Tarn Valley Authority.",
        # two other bodies merged: nothing about this one
        "In 1980 the Marsh Drainage Commission and the Fell Water Board were merged to form the Tarn Basin Agency.",
    ],
)
def test_a_merger_to_form_that_does_not_end_it(history: str) -> None:
    assert _successors(history) == []
    assert _dissolution_dates(history) == []


@pytest.mark.parametrize(
    ("history", "date", "successors"),
    [
        (
            "The Authority ceased to exist on 28 June 2002, its undertaking being vested in Tarn Hydro Limited.",
            DateValue(2002, 6, 28),
            ["Tarn Hydro Limited"],
        ),
        (
            "The Authority was wound up in 2002, its assets and liabilities vesting in Tarn Hydro Limited.",
            DateValue(2002),
            ["Tarn Hydro Limited"],
        ),
        (
            "The Authority was dissolved on 1 July 2002, on which date its assets and functions were transferred "
            "to Tarn Hydro Limited, a company then owned by the State and the Crown.",
            DateValue(2002, 7, 1),
            ["Tarn Hydro Limited"],
        ),
        (
            "The Authority was abolished in 2002, its property being transferred to the Fell Board.",
            DateValue(2002),
            ["Fell Board"],
        ),
    ],
)
def test_an_ending_with_its_undertaking_vested_in_another(history: str, date: DateValue, successors: list[str]) -> None:
    assert _dissolution_dates(history) == [date]
    assert _successors(history) == successors


@pytest.mark.parametrize(
    "history",
    [
        # its parts passed on, but nothing ends it: no successor, no ending
        "In 1990 its undertaking was transferred to Tarn Hydro Limited.",
        # "its laboratory" is the object of "closed": it closed a part, not itself
        "The Authority closed its laboratory in 2002.",
    ],
)
def test_parts_passed_on_without_an_ending(history: str) -> None:
    assert _successors(history) == []
    assert _dissolution_dates(history) == []


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        (
            "The functions of the Fell Water Board, the Marsh Drainage Commission and the Upland Survey Office "
            "were transferred to the Authority on 1 April 1950.",
            ["Fell Water Board", "Marsh Drainage Commission", "Upland Survey Office"],
        ),
        (
            "On 1 April 1950 the powers and duties of the Fell Water Board were transferred to the Authority.",
            ["Fell Water Board"],
        ),
        (
            "The functions of the Fell Water Board were vested in the Tarn Valley Authority in 1950.",
            ["Fell Water Board"],
        ),
        ("The Authority assumed the undertaking of the Fell Water Board in 1950.", ["Fell Water Board"]),
        ("The Authority was established in succession to the Fell Water Board.", ["Fell Water Board"]),
        ("The Authority was constituted in 1950 in succession to the Fell Water Board.", ["Fell Water Board"]),
    ],
)
def test_a_predecessor_in_legal_phrasing(history: str, expected: list[str]) -> None:
    assert _predecessors(history) == expected


@pytest.mark.parametrize(
    "history",
    [
        # handed to another body: nothing about this one
        "The functions of the Fell Water Board were transferred to the Marsh Authority in 1950.",
        # its laboratories are no functions handed on whole
        "The laboratories of the Fell Water Board were transferred to the Authority in 1950.",
        # another body succeeded a third
        "The Fell Water Board was established in 1920 in succession to the Marsh Office.",
    ],
)
def test_no_predecessor_from_other_transfers(history: str) -> None:
    assert _predecessors(history) == []


@pytest.mark.parametrize(
    ("history", "successor", "date"),
    [
        ("In 2015 the Authority was continued as Fell Canada Limited.", "Fell Canada Limited", DateValue(2015)),
        (
            "The Authority traded as a marketer until the 31st day of July, 2015, on which date a consortium "
            "bought a majority interest in it, the Authority being thereupon continued as Fell Grain Ltd.",
            "Fell Grain Ltd.",  # the abbreviation keeps its point
            DateValue(2015, 7, 31),
        ),
        (
            "The Authority ran the dams until 28 June 2002, whereupon it was continued as Tarn Hydro plc.",
            "Tarn Hydro plc",
            DateValue(2002, 6, 28),
        ),
    ],
)
def test_continued_as_a_company_is_a_successor(history: str, successor: str, date: DateValue) -> None:
    assert _successors(history) == [successor]
    assert _dissolution_dates(history) == [date]


@pytest.mark.parametrize(
    "history",
    [
        # continued as its own present name: a rename into it, not a successor
        "In 2015 the Fell Institute was continued as the Tarn Valley Authority.",
        # no legal form: a later name, not another body
        "In 2015 the Authority was continued as the Fell Agency.",
        # no name at all
        "In 2015 the Authority continued as a smaller body in the same building.",
    ],
)
def test_continued_as_without_a_company_is_no_successor(history: str) -> None:
    assert _successors(history) == []
    assert _dissolution_dates(history) == []


@pytest.mark.parametrize(
    ("history", "date"),
    [
        ("On the 30th of June 1993 the Authority ceased to exist.", DateValue(1993, 6, 30)),
        ("On the 28th day of June, 2002 the Authority was dissolved.", DateValue(2002, 6, 28)),
        ("With effect from the 1st day of April, 1999 the Authority was wound up.", DateValue(1999, 4, 1)),
    ],
)
def test_a_deed_date_opening_leaves_the_subject(history: str, date: DateValue) -> None:
    assert _dissolution_dates(history) == [date]


def test_a_deed_date_opening_before_another_subject_ends_nothing() -> None:
    assert _dissolution_dates("On the 30th of June 1993 the Marsh Office ceased to exist.") == []
