"""The History reader's change events for one profile, and the names they give, for the round
tests of the history family (F3b)."""

from __future__ import annotations

from collections.abc import Iterable

from orgkg.extract import extract
from orgkg.extract.history import read_events
from orgkg.model import ChangeEvent, Dissolution, Identity, OrgKind
from orgkg.parse import parse_profile


def history_events(title: str, intro: str, history: str, file: str) -> list[ChangeEvent]:
    """The change events read from the History field of a profile titled ``title``."""
    lines = [title, "| ||||", "|", intro, "History", history]
    facts = extract(parse_profile("\n".join(lines) + "\n", file))
    return [f for field in facts.fields if field.slug == "history" for f in field.facts if isinstance(f, ChangeEvent)]


def events_read(text: str, name: str, intro: str = "") -> list[object]:
    """The History reader's facts (change events and dissolutions) for ``text`` about the
    company ``name`` (with ``intro`` as its description, when given)."""
    return list(read_events(text, Identity(name, OrgKind.COMPANY, description=intro or None), intro))


def ended(facts: Iterable[object]) -> bool:
    return any(isinstance(f, Dissolution) for f in facts)


def _changes(facts: Iterable[object]) -> list[ChangeEvent]:
    return [f for f in facts if isinstance(f, ChangeEvent)]


def predecessors(events: Iterable[object]) -> set[str]:
    return {e.original.name for e in _changes(events) if e.original is not None}


def successors(events: Iterable[object]) -> set[str]:
    return {e.resulting.name for e in _changes(events) if e.resulting is not None}


def previous_names(events: Iterable[object]) -> set[str]:
    return {e.previous_name for e in _changes(events) if e.previous_name}
