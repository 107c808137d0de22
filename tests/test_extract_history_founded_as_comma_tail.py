"""History: a "founded as" name followed by a comma and capitalised words that close the
sentence has no told end (a second part of the name, or a place): no previous name is read."""

from __future__ import annotations

from orgkg.extract import extract
from orgkg.model import ChangeEvent
from orgkg.parse import parse_profile


def _previous_names(history: str) -> list[str]:
    text = f"Nordlicht\nNordlicht was a German lamp maker.\nHistory\n{history}\n"
    facts = extract(parse_profile(text, "nordlicht.txt"))
    return [f.previous_name for ff in facts.fields for f in ff.facts if isinstance(f, ChangeEvent) and f.previous_name]


def test_a_name_going_on_past_its_comma_is_not_cut() -> None:
    founded = "Founded in Bremen in 1911 as Gesellschaft für elektrische Lampen m.b.H., System Nordlicht."
    assert _previous_names(founded) == []


def test_a_name_the_sentence_goes_on_after_is_read() -> None:
    founded = "Founded in Bremen in 1911 as Gesellschaft für elektrische Lampen m.b.H. and renamed in 1950."
    assert _previous_names(founded) == ["Gesellschaft für elektrische Lampen m.b.H."]
