"""Round 35 (F3b): a hurried note's History: arrows in ASCII, "w/", "+"-joined mergers,
"was called X at first", "the name went back to X"."""

from __future__ import annotations

import pytest

from orgkg.extract.history import name_at, segments
from orgkg.model import ChangeEvent, DateValue

from .history_helpers import history_events, predecessors, previous_names, successors


def _events(title: str, intro: str, history: str) -> list[ChangeEvent]:
    return history_events(title, intro, history, "r35.txt")


# --- an arrow typed in ASCII ("->", "=>") reads as "→" ----------------------------------------


@pytest.mark.parametrize(
    "history",
    [
        "set up 1961 as the Fen Drainage Trust; renamed -> Fen Water Board in 1987",
        "set up 1961 as the Fen Drainage Trust; renamed => Fen Water Board in 1987",
        "set up 1961 as the Fen Drainage Trust; renamed ⇒ Fen Water Board in 1987",
        "set up 1961 as the Fen Drainage Trust. 1987: renamed -> Fen Water Board",
    ],
)
def test_ascii_arrow_after_renamed(history: str) -> None:
    events = _events("Fen Water Board", "The Fen Water Board is a drainage authority.", history)
    assert previous_names(events) == {"Fen Drainage Trust"}
    assert successors(events) == set()


@pytest.mark.parametrize(
    "history",
    [
        "set up 1961. moved Ely -> Cambridge in 1987",
        "set up 1961. budget 2 m -> 3 m in 1987",
        "set up 1961. renamed->Fen Board in 1987",  # not a spaced mark: left as written
    ],
)
def test_ascii_arrow_after_other_words_is_no_rename(history: str) -> None:
    events = _events("Fen Water Board", "The Fen Water Board is a drainage authority.", history)
    assert previous_names(events) == set()
    assert successors(events) == set()


def test_segments_read_the_marks() -> None:
    assert segments("renamed => Fen Board in 1987")[0].text == "renamed Fen Board in 1987"
    assert segments("merging the Ely Trust w/ the Bog Office")[0].text == "merging the Ely Trust with the Bog Office"
    assert "w/o" in segments("merged the Ely Trust w/o the Bog Office")[0].text


# --- "renamed A -> B": from A to B; "the name went back to A" -------------------------------------


@pytest.mark.parametrize(
    ("title", "history", "previous"),
    [
        (
            "Orava Motor Works",
            "renamed Orava Motor Works -> Orava-Kia in 1998 when Kia bought in; the name went back to "
            "Orava Motor Works in 2003",
            {"Orava-Kia"},
        ),
        ("Bog Rail", "renamed Bog Light Railway → Bog Rail in 1971", {"Bog Light Railway"}),
        ("Bog Rail", "1971: renamed Bog Light Railway -> Bog Rail", {"Bog Light Railway"}),
        (
            "Tarn Glassworks",
            "renamed Tarn Glass -> Tarn-Corning in 1980; after Corning left its name changed back to Tarn Glassworks",
            {"Tarn Glass", "Tarn-Corning"},
        ),
    ],
)
def test_rename_written_old_arrow_new(title: str, history: str, previous: set[str]) -> None:
    events = _events(title, f"{title} is a company.", history)
    assert previous_names(events) == previous
    assert successors(events) == set()
    assert predecessors(events) == set()


@pytest.mark.parametrize(
    "history",
    [
        "founded 1950. the institute went back to Riga in 1991",
        "founded 1950. renamed in 1991 -> see below",  # no name between verb and arrow, none after
        "founded 1950. after the war the staff went back to Riga",
    ],
)
def test_going_back_elsewhere_is_no_rename(history: str) -> None:
    events = _events("Riga Soil Institute", "The Riga Soil Institute is a research body.", history)
    assert previous_names(events) == set()
    assert successors(events) == set()


# --- "by merging A w/ B": both predecessors ---------------------------------------------------


@pytest.mark.parametrize(
    "history",
    [
        "formed 2001 by merging the Tarn Rowing Union (est. 1890) w/ the Bog Canoe League (est. 1921).",
        "formed 2001 by merging the Tarn Rowing Union with the Bog Canoe League.",
        "Formed in 2001 by the merger of the Tarn Rowing Union with the Bog Canoe League.",
        "2001: formed by amalgamating the Tarn Rowing Union w/ the Bog Canoe League",
    ],
)
def test_merging_one_with_another(history: str) -> None:
    events = _events("Fen Paddle Sport", "Fen Paddle Sport is the governing body for paddling.", history)
    assert predecessors(events) == {"Tarn Rowing Union", "Bog Canoe League"}
    assert successors(events) == set()


def test_a_year_in_an_items_note_does_not_date_the_merger() -> None:
    events = _events(
        "Fen Paddle Sport",
        "Fen Paddle Sport is the governing body for paddling.",
        "formed 2001 by merging the Tarn Rowing Union (est. 1890) w/ the Bog Canoe League (est. 1921).",
    )
    assert {e.date for e in events if e.original} == {DateValue(2001)}


@pytest.mark.parametrize("adjective", ["older", "original", "first"])
def test_an_older_body_of_its_own_name_is_a_predecessor(adjective: str) -> None:
    events = _events(
        "Fen Paddle Sport",
        "Fen Paddle Sport is the governing body for paddling.",
        f"formed 2001 by merging the Tarn Rowing Union w/ the {adjective} Fen Paddle Sport (est. 1970).",
    )
    assert predecessors(events) == {"Tarn Rowing Union", "Fen Paddle Sport"}
    assert successors(events) == set()


@pytest.mark.parametrize(
    "history",
    [
        # its own name with no adjective: no pair is sure
        "formed 2001 by merging the Tarn Rowing Union with Fen Paddle Sport.",
        # "with" opens no second body
        "formed 2001 by merging the Tarn Rowing Union with effect from 1 May 2001.",
        "formed 2001 by merging the Tarn Rowing Union with the help of the Sports Council of Bog.",
        "formed 2001 by merging the Tarn Rowing Union w/o the Bog Canoe League.",
        # the merger of two others
        "in 2001 the Tarn Rowing Union merged with the Bog Canoe League to form the Ouse Boat Club.",
    ],
)
def test_no_pair_merged_with(history: str) -> None:
    events = _events("Fen Paddle Sport", "Fen Paddle Sport is the governing body for paddling.", history)
    assert predecessors(events) <= {"Tarn Rowing Union"}
    assert "Fen Paddle Sport" not in predecessors(events)
    assert successors(events) == set()


# --- "the merged body was called X at first" --------------------------------------------------


@pytest.mark.parametrize(
    "history",
    [
        "formed 1994. the merged body was called the Ouse Valley Trust at first, renamed -> Ouse Rivers in 2002",
        "formed 1994; it was known as the Ouse Valley Trust initially. renamed Ouse Rivers in 2002.",
        "The new body was named Ouse Valley Trust originally; renamed Ouse Rivers 2002.",
    ],
)
def test_called_x_at_first(history: str) -> None:
    events = _events("Ouse Rivers", "Ouse Rivers is a charity.", history)
    assert previous_names(events) == {"Ouse Valley Trust"}
    assert successors(events) == set()


@pytest.mark.parametrize(
    "history",
    [
        "formed 1994. it was called the Ouse Valley Trust by its members at first.",
        "formed 1994. the lake was called the Ouse Water at first.",
        "formed 1994. the trust was called the Ouse Valley Trust, and at first it had two staff.",
    ],
)
def test_called_without_a_first_adverb_after_the_name(history: str) -> None:
    events = _events("Ouse Rivers", "Ouse Rivers is a charity.", history)
    assert previous_names(events) == set()


# --- "A + B & C Ltd + the D were merged -> E" -----------------------------------------------------


@pytest.mark.parametrize(
    "history",
    [
        "est. 2 may 1981 when the Harbour (Pilotage) Board + Dock Labour & Security Services Ltd + the "
        "Galway Quay Commission were merged -> WHA",
        "1981: the Harbour (Pilotage) Board + Dock Labour & Security Services Ltd + the Galway Quay Commission "
        "merged → WHA",
    ],
)
def test_plus_joined_merger(history: str) -> None:
    events = _events("Western Harbours Authority", "western harbours authority (WHA) - statutory corp", history)
    found = predecessors(events)
    assert {"Harbour (Pilotage) Board", "Galway Quay Commission"} <= found
    assert "Dock Labour" not in found and "Security Services Ltd" not in found
    assert successors(events) == set()


def test_plus_joined_merger_keeps_the_ampersand_name_whole() -> None:
    events = _events(
        "Western Harbours Authority",
        "western harbours authority (WHA) - statutory corp",
        "est. 1981 when the Harbour Board + Dock Labour & Security Services Ltd were merged -> WHA",
    )
    assert predecessors(events) == {"Harbour Board", "Dock Labour & Security Services Ltd"}


@pytest.mark.parametrize(
    "history",
    [
        # a "+" list that is merged into another body: its items are no predecessors of ours
        "1981: the Harbour Board + the Galway Quay Commission merged → Irish Ports Ltd",
        # a piece that is no name drops the list
        "est. 1981 when the Harbour Board + some dock staff were merged -> WHA",
    ],
)
def test_plus_list_negatives(history: str) -> None:
    events = _events("Western Harbours Authority", "western harbours authority (WHA) - statutory corp", history)
    assert predecessors(events) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the Port (Cargo) Corporation + X", "Port (Cargo) Corporation"),
        ("the Harbour (Pilotage) Board, est. 1901", "Harbour (Pilotage) Board"),
        ("Tarn (Upper Valley) Water Company", "Tarn (Upper Valley) Water Company"),
        # a place or note in brackets ends the name
        ("the Tarn Board (Oslo) The next year", "Tarn Board"),
        ("the Tarn Board (Oslo) and the Bog Office", "Tarn Board"),
        ("the Tarn Board (1931) Annual", "Tarn Board"),
        ("the Tarn Board (TB) Office", "Tarn Board"),
    ],
)
def test_a_bracketed_word_inside_a_name(text: str, name: str) -> None:
    span = name_at(text)
    assert span is not None and span.name == name
