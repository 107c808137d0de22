"""Round 62b (F3): a catalogue label alone on its line with its names one a line below
("Formerly:" then "A (1901–1920)"), its own name under another legal form among them, a
singular record key whose ";" parts go on listing names ("Predecessor: A; B"), a record name
with a bracketed note and a clause after it, and a record name with a foreign head word."""

from __future__ import annotations

from orgkg.extract.history import read_events, record_values
from orgkg.model import ChangeEvent, Identity, OrgKind


def _facts(name: str, text: str) -> list[object]:
    return list(read_events(text, Identity(name, OrgKind.ORGANIZATION), "", lines=tuple(text.splitlines())))


def _previous(facts: list[object]) -> set[str]:
    return {f.previous_name for f in facts if isinstance(f, ChangeEvent) and f.previous_name}


def _records(line: str) -> list[tuple[str, str | None]]:
    return [(r.relation, r.name.name if r.name else None) for r in record_values(line)]


# --- a label alone on its line, its names below ----------------------------------------------


def test_names_below_a_lone_former_label_are_earlier_names() -> None:
    text = "Formerly:\nTarrow Valley Savings Bank (1871–1902)\nTarrow and Dunmere Bank (1902–1930)"
    assert _previous(_facts("Dunmere Bank plc", text)) == {
        "Tarrow Valley Savings Bank",
        "Tarrow and Dunmere Bank",
    }


def test_the_names_below_stop_at_the_first_line_that_is_prose() -> None:
    text = (
        "Formerly:\nTarrow Valley Savings Bank (1871–1902)\n"
        "The Grenlow Trust bought it in 1930 and closed the branches.\nGrenlow Trust Company"
    )
    assert _previous(_facts("Dunmere Bank plc", text)) == {"Tarrow Valley Savings Bank"}


def test_a_person_below_a_lone_label_is_no_earlier_name() -> None:
    text = "Formerly:\nAmelia Corran (1871–1902)\nTarrow Valley Savings Bank"
    assert _previous(_facts("Dunmere Bank plc", text)) == set()


def test_its_name_under_another_legal_form_below_the_label_is_an_earlier_name() -> None:
    text = "Formerly:\nTarrow Valley Savings Bank (1871–1902)\nDunmere Bank Limited (1902–1985)"
    assert "Dunmere Bank Limited" in _previous(_facts("Dunmere Bank plc", text))


def test_its_own_name_without_a_legal_form_below_the_label_is_no_earlier_name() -> None:
    text = "Formerly:\nTarrow Valley Savings Bank (1871–1902)\nDunmere Bank (1902–1985)"
    assert _previous(_facts("Dunmere Bank plc", text)) == {"Tarrow Valley Savings Bank"}


def test_a_label_with_its_value_on_its_line_does_not_read_the_lines_below() -> None:
    text = "Formerly: Tarrow Valley Savings Bank\nGrenlow Trust Company (1930–1950)"
    assert _previous(_facts("Dunmere Bank plc", text)) == {"Tarrow Valley Savings Bank"}


# --- "Predecessor: A; B" -------------------------------------------------------------------------


def test_a_singular_name_key_goes_on_listing_names_after_a_semicolon() -> None:
    assert _records("Predecessor: Kessing Mining Board; Ministry of Mines and Quarries") == [
        ("predecessor", "Kessing Mining Board"),
        ("predecessor", "Ministry of Mines and Quarries"),
    ]


def test_a_part_that_is_no_name_ends_the_list() -> None:
    assert _records("Predecessor: Kessing Mining Board; renamed in 1961; Ministry of Mines") == [
        ("predecessor", "Kessing Mining Board"),
    ]


def test_a_singular_date_key_does_not_go_on_after_a_semicolon() -> None:
    assert _records("dissolved: 1994; Kessing Mining Board") == [("dissolved", None)]


# --- a record name, its note, and a clause after it ---------------------------------------------


def test_a_record_name_before_a_note_and_a_clause_is_the_value() -> None:
    line = "Predecessor: Royal Hallen Library (renamed State Library in 1950), merged into it in 1955"
    assert _records(line) == [("predecessor", "Royal Hallen Library")]


def test_a_clause_after_a_comma_without_a_note_gives_no_value() -> None:
    line = "Predecessor: Royal Hallen Library, merged into it in 1955"
    assert _records(line) == []


# --- a foreign head word is no person's name ----------------------------------------------------


def test_a_record_name_with_a_foreign_head_word_is_an_organization() -> None:
    assert _records("Predecessor: Museo Cívico (founded 1871)") == [("predecessor", "Museo Cívico")]


def test_a_record_name_of_a_person_is_still_refused() -> None:
    assert _records("Predecessor: Jorge Valdivia") == []
