"""Round 22: a red-team of the F3 readers (founding, legislation, history, dates), precision only.

Near misses written for this round: the right cue word with a planned, expected, possible or
reported event ("was to be renamed", "is expected to be dissolved", "some sources claim it was
founded"), another body's date in a bracket, a building's date, an amending or repealing act.
Each gives no value; a positive twin shows the plain reading still works."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.history import unreal_before
from orgkg.model import ChangeEvent, DateValue, Dissolution, Founding
from orgkg.parse import parse_profile

NAME = "Kestrel Valley Water Authority"
INTRO = f"The {NAME} is a public water utility in Wexford."


def _facts(intro: str, fields: str = "") -> list[object]:
    facts = extract(parse_profile(f"{NAME}\n{intro}\n{fields}\n", "kvwa.txt"))
    return [f for ff in facts.fields for f in ff.facts]


def _f3(intro: str, fields: str = "") -> list[object]:
    return [f for f in _facts(intro, fields) if isinstance(f, (Founding, Dissolution, ChangeEvent))]


def _founding_dates(intro: str, fields: str = "") -> list[DateValue]:
    return [f.date for f in _facts(intro, fields) if isinstance(f, Founding) and f.date]


@pytest.mark.parametrize(
    "history",
    [
        "In 1999 the Authority was to be renamed the Kestrel Water Company, but the plan was dropped.",
        "It was announced in 2015 that the Authority would be renamed Kestrel Water.",
        "In 2008 the Authority was to be merged into the Southeast Waterways Trust; the plan lapsed.",
        "The Authority is expected to be dissolved in 2030.",
        "The Authority was to have been succeeded by Irish Water in 2014, but the transfer was postponed.",
        "Under the 2011 plan the board is due to be abolished in 2031.",
        "The Authority may have been renamed in 1975; the records are unclear.",
        "The Authority will be replaced by the National Water Agency in 2031.",
        "The Authority could be merged with the Slaney Board in 2027, ministers said.",
        "Some sources claim it was founded in 1850, but this is disputed.",
        "It is said to have been founded in 1850 by monks, though records begin in 1960.",
        "The Authority was reportedly dissolved in 2012, a claim it denied.",
        "The Authority allegedly merged with the Barrow Board in 1990.",
        "It was proposed as the successor of the Kestrel Board, but the Board survived until 1975.",
        "It was intended as the successor to the Slaney Board; the plan was shelved.",
    ],
)
def test_a_planned_expected_or_claimed_event_gives_nothing(history: str) -> None:
    assert _f3(INTRO, f"History\n{history}") == []


@pytest.mark.parametrize(
    ("history", "kind"),
    [
        ("In 1999 the Authority was renamed the Kestrel Water Company.", ChangeEvent),
        ("In 2008 the Authority was merged into the Southeast Waterways Trust.", ChangeEvent),
        ("The Authority was dissolved in 2030.", Dissolution),
        ("The Authority was succeeded by Irish Water in 2014.", ChangeEvent),
        ("It was founded in 1850.", Founding),
        ("In 1960 it was established as the successor of the Kestrel Board.", ChangeEvent),
        # a scholar's hedge on a told event is still the event
        ("It appears to have been founded in 1850.", Founding),
    ],
)
def test_the_same_event_told_as_done_is_read(history: str, kind: type) -> None:
    assert any(isinstance(f, kind) for f in _f3(INTRO, f"History\n{history}"))


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("It was to be renamed in 1999.", "renamed"),
        ("It was to have been formally abolished in 1999.", "abolished"),
        ("Critics claimed that it was first founded in 1850.", "founded"),
    ],
)
def test_unreal_before_sees_through_auxiliaries(sentence: str, verb: str) -> None:
    assert unreal_before(sentence, sentence.index(verb))


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Plans that would be costly were dropped when it was founded in 1960.", "founded"),
        ("It was founded in 1960.", "founded"),
        ("The Board, which was to be its rival, was dissolved in 1960.", "dissolved"),
    ],
)
def test_unreal_before_needs_the_phrase_at_the_verb(sentence: str, verb: str) -> None:
    assert not unreal_before(sentence, sentence.index(verb))


@pytest.mark.parametrize(
    "intro",
    [
        f"The {NAME} is a water utility founded by the Wexford County Council (itself founded in 1899).",
        f"The {NAME} is a water utility set up by the Wexford Corporation (est. 1899).",
        f"The {NAME} is a water utility established by the Slaney Trust (incorporated in 1899).",
        f"The {NAME} was founded by Sean Lemass, born in 1899.",
        f"The {NAME} was founded by Sean Lemass (born 1899).",
    ],
)
def test_a_date_in_an_aside_about_the_founder_is_not_the_founding_date(intro: str) -> None:
    assert _founding_dates(intro) == []


@pytest.mark.parametrize(
    "intro",
    [
        f"The {NAME} is a water utility founded by the Wexford County Council (itself founded in 1899) in 1960.",
        f"The {NAME} is a water utility founded in 1960 by the Wexford Corporation (est. 1899).",
        # an aside holding the verb dates its own subject
        f"The {NAME} (founded 1960) competes with the Slaney Water Company.",
        f"The {NAME} was founded (in 1960) by the Wexford Corporation.",
    ],
)
def test_the_organization_s_own_date_beside_such_an_aside_is_read(intro: str) -> None:
    assert _founding_dates(intro) == [DateValue(1960)]


@pytest.mark.parametrize(
    "intro",
    [
        f"The {NAME} is a water utility whose Kestrel Dam was opened in 1966.",
        f"The {NAME} is a water utility whose first laboratory was established in 1971.",
        f"The {NAME} is a water utility whose parent board was founded in 1899.",
    ],
)
def test_the_verb_of_a_thing_it_owns_dates_nothing(intro: str) -> None:
    assert _founding_dates(intro) == []


def test_a_whose_clause_after_the_verb_keeps_the_organization_s_date() -> None:
    intro = f"The {NAME} is a water utility founded in 1960, whose first dam was opened in 1966."
    assert _founding_dates(intro) == [DateValue(1960)]


def _acts(fields: str) -> list[tuple[str | None, DateValue | None]]:
    return [(f.act, f.date) for f in _facts(INTRO, fields) if isinstance(f, Founding)]


@pytest.mark.parametrize(
    "legislation",
    [
        "The Water Services Act 2007 repealed parts of the 1960 Act.",
        "The Water Services Act, 2007, which amended the 1960 Act, renamed it.",
        "The Authority's powers were extended by the Water Services (Amendment) Act 1977, signed by President Hillery.",
        "Its remit was amended by the Water Act 1977.",
        "Its functions were broadened by the Water Quality Act 1985.",
    ],
)
def test_an_act_that_changed_it_later_is_no_founding_act(legislation: str) -> None:
    assert _acts(f"Legislation\n{legislation}") == []


@pytest.mark.parametrize(
    "legislation",
    [
        "Established by the Water Act 1960, amended in 1977.",
        "Established by the Water Act 1960 as amended by the Water Act 1977.",
        "Established under the Water Act 1960; amended by the Water (Amendment) Act 1977.",
        "The Water Act 1960 amended by the Water Act 1977 established it.",
        "Water Act 1960",
    ],
)
def test_the_founding_act_beside_a_later_change_is_read(legislation: str) -> None:
    found = _acts(f"Legislation\n{legislation}")
    assert [act for act, _ in found] == ["Water Act 1960"]
    assert all(date in (None, DateValue(1960)) for _, date in found)  # never the amendment's 1977


def _dissolved_or_succeeded(history: str) -> list[object]:
    return [
        f
        for f in _f3(INTRO, f"History\n{history}")
        if isinstance(f, Dissolution) or (isinstance(f, ChangeEvent) and f.kind == "succeeded-by")
    ]


@pytest.mark.parametrize(
    "history",
    [
        "The Department of Local Government, its sponsoring department, was succeeded by the Department "
        "of the Environment in 1977.",
        "The Department of Local Government, its sponsoring department, was abolished in 1977.",
        "The Slaney Board, its main rival, was dissolved in 1980.",
    ],
)
def test_another_body_set_beside_an_its_appositive_is_the_subject(history: str) -> None:
    assert _dissolved_or_succeeded(history) == []


@pytest.mark.parametrize(
    "history",
    [
        "The Authority, a public body, was dissolved in 1977.",
        "The Kestrel Valley Water Authority, then a county body, was abolished in 1977.",
    ],
)
def test_the_organization_with_an_appositive_is_still_the_subject(history: str) -> None:
    assert [type(f) for f in _dissolved_or_succeeded(history)] == [Dissolution]
