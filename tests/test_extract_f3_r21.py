"""Round 21: the data engineer's hand (h15), family F3 (founding, legislation, history, dates).

Records ("key: value", "key = value", two-cell table rows, tab-separated pairs) name their
relation by their key: a value is read only under a key of lexicon/record-keys.csv and only
when it is, as a whole, a well-formed date or name (a null word, a sentence, a person gives
nothing)."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.founding import find_instrument
from orgkg.extract.history import record_date, record_values
from orgkg.model import ChangeEvent, DateValue, Dissolution, Founding
from orgkg.parse import parse_profile

NAME = "Fenland Water Board"
INTRO = f"The {NAME} was a drainage authority in Ely."


def _facts(intro: str, fields: str = "") -> list[object]:
    facts = extract(parse_profile(f"{NAME}\n{intro}\n{fields}", "fwb.txt"))
    return [f for ff in facts.fields for f in ff.facts]


def _dissolutions(intro: str, fields: str = "") -> list[DateValue | None]:
    return [f.date for f in _facts(intro, fields) if isinstance(f, Dissolution)]


def _founding_dates(intro: str, fields: str = "") -> list[DateValue]:
    return [f.date for f in _facts(intro, fields) if isinstance(f, Founding) and f.date]


def _successors(intro: str, fields: str = "") -> list[str]:
    return [
        f.resulting.name
        for f in _facts(intro, fields)
        if isinstance(f, ChangeEvent) and f.resulting is not None and f.kind == "succeeded-by"
    ]


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ("Registry entry: kind = drainage board; active = false; dissolved = 1977-03-31.", DateValue(1977, 3, 31)),
        ("Registry: active: no | dissolved: 1977 | register_id: r-GB-0042", DateValue(1977)),
        ("| field | value |\n|---|---|\n| dissolved | 1977-03 |", DateValue(1977, 3)),
        ("dissolved\t1977", DateValue(1977)),
        ("abolished: 1977 (merged, see History)", DateValue(1977)),
    ],
)
def test_record_dissolution_date(record: str, expected: DateValue) -> None:
    assert _dissolutions(f"{INTRO}\n{record}") == [expected]


@pytest.mark.parametrize(
    "record",
    [
        "dissolved: n/a",
        "dissolved = TBD",
        "dissolved: c. 1977",
        "dissolved: 1970s",
        "dissolved: 1975–1977",
        "closing_note: dissolved 1977 per some sources",  # a key we do not know
        "| dissolved | unknown — see ref [2] |",
    ],
)
def test_record_dissolution_refused(record: str) -> None:
    assert _dissolutions(f"The {NAME} is a drainage authority in Ely.\n{record}") == []


def test_record_date_refines_prose_year() -> None:
    intro = f"The {NAME} was a drainage authority in Ely. It was abolished in 1977.\nRecord: dissolved = 1977-03-31"
    assert _dissolutions(intro) == [DateValue(1977, 3, 31)]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ("| field | value |\n|---|---|\n| established | 1931 |\n", DateValue(1931)),
        ("Founding\nest.: 1931-06-04 (order date); operational: 1932\n", DateValue(1931, 6, 4)),
        ("Founded\ndate: 1931\ninitiator: unknown\n", DateValue(1931)),
        ("Record\nfounded = 1931-06\n", DateValue(1931, 6)),
    ],
)
def test_record_founding_date(fields: str, expected: DateValue) -> None:
    assert _founding_dates(INTRO, fields) == [expected]


@pytest.mark.parametrize(
    "fields",
    [
        "Record\ndate: 1931\n",  # a bare "date" outside a founding heading dates anything
        "Record\nfounded: null\n",
        "Record\nestablished: around 1931\n",
    ],
)
def test_record_founding_refused(fields: str) -> None:
    assert _founding_dates(INTRO, fields) == []


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ("| successor | Anglian Water Authority |", ["Anglian Water Authority"]),
        ("successor = Anglian Water Authority", ["Anglian Water Authority"]),
        (
            "successors: Anglian Water Authority (EN), Ouse Drainage Board (EN)",
            ["Anglian Water Authority", "Ouse Drainage Board"],
        ),
    ],
)
def test_record_successor(record: str, expected: list[str]) -> None:
    assert sorted(_successors(f"{INTRO}\n{record}")) == sorted(expected)


@pytest.mark.parametrize(
    "record",
    [
        "successor: null",
        "successor: n/a (see ref [1])",
        "successor_id: r-GB-0099 (Anglian Water Authority)",  # an identifier, not a name
        "successor: the board's staff moved to the new authority",
        "| successor | TBD |",
        "successor: TBA",  # the status layer's null words, as every reader reads them
        "successor = not recorded",
    ],
)
def test_record_successor_refused(record: str) -> None:
    assert _successors(f"{INTRO}\n{record}") == []


def test_record_previous_names_list() -> None:
    found = record_values("prev_names: Ely Drainage Institute (1903–1931); Fenland Drainage Board (1931–1950)")
    assert [r.name.name for r in found if r.name] == ["Ely Drainage Institute", "Fenland Drainage Board"]
    assert {r.relation for r in found} == {"previous-name"}


def test_record_person_is_no_predecessor() -> None:
    # under Leader, "Predecessor:" names the post's earlier holder
    assert record_values("Predecessor: Jorge Hernando Pedraza (Colombia)") == []
    assert [r.name.name for r in record_values("predecessor: Ouse Drainage Board") if r.name] == ["Ouse Drainage Board"]


def test_record_date_whole_value_only() -> None:
    assert record_date("2001 (merged, see History).") == DateValue(2001)
    assert record_date("1992-12-31") == DateValue(1992, 12, 31)
    assert record_date("about 2001") is None
    assert record_date("2001 or 2002") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "governing_act: Act No. 18/1964 Coll. on Czechoslovak Television, 1964",
            "Act No. 18/1964 Coll. on Czechoslovak Television",
        ),
        ("statute: Act No. 483/1991 Sb. on Czech Television", "Act No. 483/1991 Sb. on Czech Television"),
        ("instrument: Act No. 12/1990 Z. z. on Slovak Radio", "Act No. 12/1990 Z. z. on Slovak Radio"),
    ],
)
def test_collection_mark_keeps_whole_title(text: str, expected: str) -> None:
    instrument = find_instrument(text)
    assert instrument is not None and instrument.name == expected


def test_collection_mark_needs_its_full_stop() -> None:
    instrument = find_instrument("Act No. 12/1990 Collected on Radio")
    assert instrument is not None and instrument.name == "Act No. 12/1990"


def _history(history: str) -> list[object]:
    return _facts(INTRO, f"History\n{history}\n")


@pytest.mark.parametrize(
    "line",
    [
        "1977 → FWB + Ouse Drainage Board merged → Anglian Water Authority",
        "1977-04 → the Fenland Water Board and the Ouse Drainage Board amalgamated → Anglian Water Authority",
        "- 1977: Fenland Water Board and Ouse Drainage Board merged to form Anglian Water Authority",
    ],
)
def test_arrow_merger_names_successor(line: str) -> None:
    intro = f"The {NAME} (FWB) was a drainage authority in Ely."
    facts = _facts(intro, f"History\n{line}\n")
    assert [f.resulting.name for f in facts if isinstance(f, ChangeEvent) and f.resulting] == [
        "Anglian Water Authority"
    ]
    assert [f.date.year for f in facts if isinstance(f, Dissolution) and f.date] == [1977]


@pytest.mark.parametrize(
    "line",
    [
        "1977 → offices move Ely → Cambridge",  # an arrow after no merge verb: a move
        "1977 → the board and its staff merged → Anglian Water Authority",  # "its staff" is no name
        "1977 → Ouse Drainage Board + Nene Catchment Board merged → Anglian Water Authority",  # not us
    ],
)
def test_arrow_not_a_succession(line: str) -> None:
    facts = _history(line)
    assert [f for f in facts if isinstance(f, ChangeEvent) and f.resulting] == []
    assert [f for f in facts if isinstance(f, Dissolution)] == []


def test_arrow_merged_into_record() -> None:
    facts = _history("1977-04 → merged into Anglian Water Authority")
    assert [f.date for f in facts if isinstance(f, Dissolution)] == [DateValue(1977, 4)]


def test_arrow_merger_into_self_names_predecessors() -> None:
    facts = _history("1931 → Ely Drainage Institute + March Drainage Office merged → Fenland Water Board")
    assert sorted(
        f.original.name for f in facts if isinstance(f, ChangeEvent) and f.kind == "predecessor" and f.original
    ) == [
        "Ely Drainage Institute",
        "March Drainage Office",
    ]


FOUNDED = "founded as the Ely Drainage Institute"
RENAMED = "renamed Fenland Water Board"


@pytest.mark.parametrize(
    "table",
    [
        f"| date | event |\n|---|---|\n| 1931 | {FOUNDED} |\n| 1950 | {RENAMED} |",
        f"| Year | What |\n| :--- | :--- |\n| 1931 | {FOUNDED} |\n| 1950 | {RENAMED} |",
        f"| event | when |\n|---|---|\n| {FOUNDED} | 1931 |\n| {RENAMED} | 1950 |",
    ],
)
def test_history_table_read_by_header(table: str) -> None:
    facts = _history(table)
    assert [f.previous_name for f in facts if isinstance(f, ChangeEvent) and f.previous_name] == [
        "Ely Drainage Institute"
    ]


@pytest.mark.parametrize(
    "table",
    [
        # no date column: the table is not read
        "| body | note |\n|---|---|\n| 1931 | founded as the Ely Drainage Institute |",
        # a row whose date is no date is left unread
        "| date | event |\n|---|---|\n| unknown | founded as the Ely Drainage Institute |",
    ],
)
def test_history_table_unread(table: str) -> None:
    facts = _history(table)
    assert [f for f in facts if isinstance(f, ChangeEvent) and f.previous_name] == []
    assert not any("|" in (f.text if isinstance(f, ChangeEvent | Dissolution) else "") for f in facts)


@pytest.mark.parametrize(
    "legislation",
    [
        "instrument: Agreement Establishing the Fen Drainage Programme (FWB)\nsigned: 1931-06-04 | in_force: unknown",
        f"instrument: Treaty Establishing the {NAME}\nsigned: 1931-06-04",
        f"Convention Establishing the {NAME}, signed 4 June 1931",
    ],
)
def test_title_establishing_self_founds(legislation: str) -> None:
    intro = f"The {NAME} (FWB) was a drainage authority in Ely."
    assert _founding_dates(intro, f"Legislation\n{legislation}\n") == [DateValue(1931, 6, 4)]


@pytest.mark.parametrize(
    "legislation",
    [
        "instrument: Agreement Establishing the Ouse Catchment Board\nsigned: 1931-06-04",  # another body
        "instrument: Agreement Establishing the Fen Drainage Programme (FDP)\nsigned: 1931-06-04",  # not our acronym
    ],
)
def test_title_establishing_other_founds_nothing(legislation: str) -> None:
    intro = f"The {NAME} (FWB) was a drainage authority in Ely."
    assert _founding_dates(intro, f"Legislation\n{legislation}\n") == []
