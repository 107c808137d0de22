"""Round 25 (F3b, history): renaming chains of Soviet and French writers.

A name with an eponym ("… named after S. M. Kirov") is one name, kept whole or not at all."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.history import name_at
from orgkg.model import ChangeEvent
from orgkg.parse import parse_profile

NAME = "Tarn Polytechnic University"


def _events(history: str, intro: str = f"{NAME} is a public university.") -> list[ChangeEvent]:
    text = f"{NAME}\n{intro}\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "tarn.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, ChangeEvent)]


def _previous_names(history: str, intro: str = f"{NAME} is a public university.") -> list[str]:
    return [e.previous_name for e in _events(history, intro) if e.previous_name]


# --- eponyms --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "the Tarn Mining Institute named after V. I. Vernadsky was",
            "Tarn Mining Institute named after V. I. Vernadsky",
        ),
        ("the Tarn Drama School named after Lesya Ukrainka, which", "Tarn Drama School named after Lesya Ukrainka"),
        ("Tarn Machine Plant named for A.B. Petrov (TMP) in", "Tarn Machine Plant named for A.B. Petrov"),
    ],
)
def test_a_name_runs_on_through_its_eponym(text: str, name: str) -> None:
    span = name_at(text, lax=True)
    assert span is not None and span.name == name


@pytest.mark.parametrize(
    "text",
    [
        "the Tarn Mining Institute named after its founder, was",
        "the Tarn Drama School named after a local poet",
        "Tarn Machine Plant named for the river",
    ],
)
def test_a_name_whose_eponym_is_no_clean_name_is_none(text: str) -> None:
    assert name_at(text, lax=True) is None
    assert name_at(text) is None


def test_a_name_without_eponym_is_unchanged() -> None:
    span = name_at("the Tarn Mining Institute, which")
    assert span is not None and span.name == "Tarn Mining Institute"


@pytest.mark.parametrize(
    "intro",
    [
        f"{NAME} is a public university, formerly known as the Tarn Mining Institute named after V. I. Vernadsky.",
        f"{NAME} is a public university. It was formerly known as the Tarn Mining Institute named after A. Popov.",
    ],
)
def test_an_intro_former_name_keeps_its_eponym(intro: str) -> None:
    names = _previous_names("The university opened its library in 1950.", intro)
    assert any(n.startswith("Tarn Mining Institute named after ") for n in names)
    assert "Tarn Mining Institute" not in names


def test_an_intro_former_name_with_an_unclear_eponym_is_left_out() -> None:
    intro = f"{NAME} is a public university, formerly known as the Tarn Mining Institute named after its founder."
    names = _previous_names("The university opened its library in 1950.", intro)
    assert not any(n.startswith("Tarn Mining Institute") for n in names)


# --- "reorganized into", "took the name of"; a chain anchored by a former name ----------


@pytest.mark.parametrize(
    "history",
    [
        "The Tarn Mining Institute was founded in 1931. In 1962"
        " it was reorganized into the Tarn Polytechnic University.",
        "Founded in 1931 as the Tarn Mining Institute,"
        " it was reorganised into the Tarn Polytechnic University in 1962.",
        "The Tarn Mining Institute was set up in 1931. In 1962 it took the name of Tarn Polytechnic University.",
    ],
)
def test_a_reorganisation_into_its_present_name_gives_the_earlier_name(history: str) -> None:
    assert "Tarn Mining Institute" in _previous_names(history)


@pytest.mark.parametrize(
    "history",
    [
        "In 1962 the faculty was reorganized into three departments.",
        "In 1962 the Tarn Mining Institute was reorganized into several new bodies.",
    ],
)
def test_a_reorganisation_into_no_name_gives_no_name(history: str) -> None:
    assert _previous_names(history) == []


INTRO_FORMER = f"{NAME} is a public university, formerly known as the Tarn Institute of Technology."


@pytest.mark.parametrize(
    "history",
    [
        "In 1950 it was renamed the Tarn Mining College, and in 1975"
        " it was reorganized into the Tarn Institute of Technology",
        "In 1950 it was renamed Tarn Mining College. In 1975 it became the Tarn Institute of Technology.",
        "In 1950 it took the name of Tarn Mining College; in 1975 it was renamed the Tarn Institute of Technology.",
    ],
)
def test_names_taken_before_a_former_name_the_intro_gives_are_former_names(history: str) -> None:
    names = _previous_names(history, INTRO_FORMER)
    assert "Tarn Mining College" in names and "Tarn Institute of Technology" in names


def test_without_a_former_name_in_the_intro_a_later_name_stays_unread() -> None:
    history = "In 1950 it was renamed the Tarn Mining College, and in 1975 it was reorganized into the Tarn Institute."
    assert "Tarn Mining College" not in _previous_names(history)


# --- infobox label rows about its history ----------------------------------------------


def _field_events(heading: str, body: str) -> list[ChangeEvent]:
    text = f"{NAME}\n{NAME} is a public university.\n{heading}\n{body}\n"
    facts = extract(parse_profile(text, "tarn.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, ChangeEvent)]


@pytest.mark.parametrize(
    "body",
    [
        "Predecessor\tTarn Mining Institute\nThe university opened in 1950.",
        "Predecessors\tTarn Mining Institute\nTarn School of Forestry (1920–1950)\nThe university opened in 1950.",
        "| Preceded by | Tarn Mining Institute |\nThe university opened in 1950.",
    ],
)
def test_a_predecessor_row_names_predecessors(body: str) -> None:
    originals = [e.original.name for e in _field_events("History", body) if e.original is not None]
    assert "Tarn Mining Institute" in originals
    if "Forestry" in body:
        assert "Tarn School of Forestry" in originals


@pytest.mark.parametrize(
    "body",
    [
        "| Successor | Tarn Regional University |\nThe university closed in 1998.",
        "Successor agency\tTarn Regional University (from 1998)\nThe university closed in 1998.",
        "Superseded by\tTarn Regional University\nThe university closed in 1998.",
    ],
)
def test_a_successor_row_names_a_successor(body: str) -> None:
    resulting = [e.resulting.name for e in _field_events("History", body) if e.resulting is not None]
    assert resulting == ["Tarn Regional University"]


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        (
            "Formation",
            "Former names\tTarn Mining Institute named after A. Popov (TMI)\nTarn Mining College (1950–1975)",
        ),
        ("History", "Previous names\tTarn Mining Institute named after A. Popov; Tarn Mining College"),
        (
            "History",
            "Type\tPublic\nFormer names\tTarn Mining Institute named after A. Popov\nTarn Mining College (1950–1975)",
        ),
    ],
)
def test_a_former_names_row_gives_each_line_a_previous_name(heading: str, body: str) -> None:
    names = [e.previous_name for e in _field_events(heading, body) if e.previous_name]
    assert "Tarn Mining Institute named after A. Popov" in names and "Tarn Mining College" in names


@pytest.mark.parametrize(
    "body",
    [
        "Predecessor\tnone\nThe university opened in 1950.",
        "Successor\tthe archives moved to the city library in 1998",
        "Type\tGovernment agency\nTarn Mining Institute",
        "Former names\tTarn Mining Institute\nThe university opened its library in 1950.",
    ],
)
def test_rows_give_only_whole_names_of_a_known_key(body: str) -> None:
    events = _field_events("History", body)
    assert not [e for e in events if e.original is not None or e.resulting is not None]
    assert [e.previous_name for e in events if e.previous_name] in ([], ["Tarn Mining Institute"])


def test_a_label_row_glued_to_prose_no_longer_hides_its_subject() -> None:
    body = "Formation\t1931; 95 years ago\nThe university was founded in 1931 as the Tarn Mining Institute."
    names = [e.previous_name for e in _field_events("History", body) if e.previous_name]
    assert names == ["Tarn Mining Institute"]


# --- "its actual name" (French "nom actuel": its present name), "is known today as" --------


@pytest.mark.parametrize(
    "history",
    [
        "The Tarn Mining Institute was founded in 1931. In 1962 it took its actual name.",
        "The Tarn Mining Institute was founded in 1931. It received its actual name of Tarn Polytechnic University.",
        "The Tarn Mining Institute was founded in 1931 and it is known today as Tarn Polytechnic University.",
    ],
)
def test_its_actual_name_is_its_present_name(history: str) -> None:
    assert _previous_names(history) == ["Tarn Mining Institute"]


@pytest.mark.parametrize(
    "history",
    [
        "The university was founded in 1931. It is known today as a centre of mining research.",
        "The university was founded in 1931. Its actual name was never changed.",
    ],
)
def test_no_earlier_name_without_one_written(history: str) -> None:
    assert _previous_names(history) == []


# --- a founded subject after an opening date, before a gloss in another script -------------


@pytest.mark.parametrize(
    "history",
    [
        "In 1931 the Tarn Mining Institute was founded. In 1962 it was renamed the Tarn Polytechnic University.",
        "On 12 May 1931, the Tarn Mining Institute was set up. In 1962 it was renamed the Tarn Polytechnic University.",
        "The Tarn Mining Institute (Тарнский горный институт) was formed in 1931. "
        "In 1962 it was renamed the Tarn Polytechnic University.",
    ],
)
def test_a_founded_subject_after_a_date_or_before_a_gloss_is_an_earlier_name(history: str) -> None:
    assert _previous_names(history) == ["Tarn Mining Institute"]


@pytest.mark.parametrize(
    "history",
    [
        "In 1931 the Tarn Mining Institute was founded in Tarn. It trained mining engineers.",
        "In 1931 the mining courses were founded. In 1962 it was renamed the Tarn Polytechnic University.",
    ],
)
def test_no_earlier_name_without_a_named_subject_and_a_rename(history: str) -> None:
    assert "Tarn Mining Institute" not in _previous_names(history)
    assert not any("courses" in n for n in _previous_names(history))


# --- a numeric date opening the clause; a legal form's stop at a sentence end ------------------


def _successors(history: str) -> list[str]:
    return [e.resulting.name for e in _events(history) if e.resulting is not None]


@pytest.mark.parametrize(
    "history",
    [
        "The staff moved in 2010, and on 01.07.2015 Tarn Polytechnic University was merged into Tarn Holding Kft.",
        "On 01/07/2015 Tarn Polytechnic University was merged into Tarn Holding Kft.",
        "On 1.VII.2015 Tarn Polytechnic University was merged into Tarn Holding Kft.",
    ],
)
def test_a_numeric_date_opens_the_clause_and_the_legal_form_keeps_its_stop(history: str) -> None:
    assert _successors(history) == ["Tarn Holding Kft."]


def test_a_hungarian_nonprofit_form_is_its_own_name() -> None:
    history = "On 01.07.2015 Tarn Polytechnic University Nonprofit Zrt. was merged into Tarn Holding Nonprofit Kft."
    assert _successors(history) == ["Tarn Holding Nonprofit Kft."]


@pytest.mark.parametrize(
    "history",
    [
        "On 01.07.2015 the Tarn Mining Institute was merged into Tarn Holding Kft.",
        "The staff moved in 2010, and on 01.07.2015 the library was merged into the Tarn City Library.",
    ],
)
def test_another_subject_after_a_numeric_date_gives_no_successor(history: str) -> None:
    assert _successors(history) == []
