"""The History reader's change events for one profile, and the names they give, for the round
tests of the history family (F3b)."""

from __future__ import annotations

from orgkg.extract import extract
from orgkg.model import ChangeEvent
from orgkg.parse import parse_profile


def history_events(title: str, intro: str, history: str, file: str) -> list[ChangeEvent]:
    """The change events read from the History field of a profile titled ``title``."""
    lines = [title, "| ||||", "|", intro, "History", history]
    facts = extract(parse_profile("\n".join(lines) + "\n", file))
    return [f for field in facts.fields if field.slug == "history" for f in field.facts if isinstance(f, ChangeEvent)]


def predecessors(events: list[ChangeEvent]) -> set[str]:
    return {e.original.name for e in events if e.original is not None}


def successors(events: list[ChangeEvent]) -> set[str]:
    return {e.resulting.name for e in events if e.resulting is not None}


def previous_names(events: list[ChangeEvent]) -> set[str]:
    return {e.previous_name for e in events if e.previous_name}
