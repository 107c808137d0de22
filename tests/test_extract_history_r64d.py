"""Round 64d (history): "the entity ceased on abolition on <date>" ends the organization (a quoted
"the entity" of the intro's name bracket is it); an ending only announced, intended or planned
("announced its intention to close the entity") is none."""

from __future__ import annotations

from orgkg.extract.history import quoted_self_nouns
from orgkg.model import DateValue, Dissolution, Identity, OrgKind

from .history_helpers import events_read

_INTRO = 'Tarnow Labs ("the Labs" or "the entity") is a research agency of Tarnow.'


def _ends(text: str) -> list[DateValue | None]:
    return [f.date for f in events_read(text, "Tarnow Labs", _INTRO) if isinstance(f, Dissolution)]


def test_ceased_on_abolition_dates_the_ending() -> None:
    assert _ends("The entity ceased on abolition on 30 June 2009.") == [DateValue(2009, 6, 30)]


def test_another_body_ceasing_on_abolition_is_no_ending() -> None:
    # near miss: the subject is another board, not the organization
    assert _ends("The Tarnow Fisheries Board ceased on abolition on 30 June 2009.") == []


def test_announced_intention_to_close_is_no_ending() -> None:
    assert _ends("12 May 2024: the Government announced its intention to close the entity.") == []


def test_plans_to_close_is_no_ending() -> None:
    assert _ends("12 May 2024: the Government announced plans to close Tarnow Labs.") == []


def test_done_closure_still_ends() -> None:
    # near miss: a closure told as done still ends it
    assert _ends("12 May 2024: the Government closed Tarnow Labs.") == [DateValue(2024, 5, 12)]


def test_quoted_nouns_only_from_the_names_bracket() -> None:
    identity = Identity("Tarnow Labs", OrgKind.ORGANIZATION)
    assert quoted_self_nouns(_INTRO, identity) == frozenset({"labs", "entity"})
    other = 'Tarnow Labs is an agency; it funds the Tarnow Mint ("the entity").'
    assert quoted_self_nouns(other, identity) == frozenset()
