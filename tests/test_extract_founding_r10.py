"""Round 10: compact "Key: value" Legislation lines. A title never runs over a line break or
takes a date for a word; a line about a later change (reform, amendment) founds nothing."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.founding import find_instrument
from orgkg.model import DateValue, Founding
from orgkg.parse import parse_profile


def _foundings(legislation: list[str], name: str = "Lakeside Council") -> list[Founding]:
    text = f"{name}\n{name} is an intergovernmental council.\nLegislation\n" + "\n".join(legislation) + "\n"
    facts = extract(parse_profile(text, "council.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding)]


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Founded: 04.05.1911, at a meeting of the Physical Society",
            "Founder: Jane Holm (chemist)",
            "Statute: own statute, no law",
        ],
        ["Founder: Karl Berg (architect)", "Charter: none"],
        ["Established: 1950 by Ruth Hale (physician)", "Decree: not published"],
    ],
)
def test_a_bracketed_note_ending_a_line_starts_no_title(lines: list[str]) -> None:
    acts = [f.act for f in _foundings(lines) if f.act]
    assert not any("(" in act for act in acts), acts


@pytest.mark.parametrize(
    "text",
    [
        "Founding: communiqué of the Riga meeting, March/1952 (published 02.04.1952)\nCharter (Statut): signed 1960",
        "Created: conference decision, 05/1961 (announced 12.05.1961)\nConvention (Konvention): signed 1963",
        "Set up: ministerial note, April/1970 (printed 02.05.1970) Statute (Satzung) of 1971",
    ],
)
def test_a_date_is_never_a_word_of_a_title(text: str) -> None:
    found = find_instrument(text)
    assert found is None or not any(c.isdigit() for c in found.name.split("(")[0]), found


def test_a_bracketed_title_on_one_line_is_still_whole() -> None:
    found = find_instrument("Basis: the Industrial Development (Science Foundation Ireland) Act 2003")
    assert found is not None and found.name == "Industrial Development (Science Foundation Ireland) Act 2003"


@pytest.mark.parametrize(
    ("lines", "later"),
    [
        (
            [
                "Founding treaty: Treaty of Lagos, signed 28.05.1975",
                "Reform: Protocol of Abuja (24.07.1993) – created the Lakeside Council",
            ],
            DateValue(1993, 7, 24),
        ),
        (
            ["Founded: 1958", "Amendment (2001): the Nice protocol established the Lakeside Council anew"],
            DateValue(2001),
        ),
        (
            ["Constituent act: Decree No. 12 of 1964", "Reorganisation: Law 40/1999 created the Lakeside Council"],
            DateValue(1999),
        ),
    ],
)
def test_a_later_change_line_gives_no_founding_date(lines: list[str], later: DateValue) -> None:
    dates = [f.date for f in _foundings(lines) if f.date]
    assert later not in dates, dates


def test_a_founding_line_still_gives_its_date() -> None:
    dates = [
        f.date for f in _foundings(["Founded: 12.03.1971 in Geneva", "Reform: new statute adopted 1990"]) if f.date
    ]
    assert DateValue(1971, 3, 12) in dates and DateValue(1990) not in dates


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Founding: minutes of the Oslo meeting, April/1952 (printed 03.05.1952)"], DateValue(1952, 4)),
        (["Founding law: Ley de 14 de marzo de 1947 (published BOE 20.03.1947)"], DateValue(1947, 3, 14)),
        (["Established (Vienna): 07/1961, by exchange of notes"], DateValue(1961, 7)),
        (["Founding act: Science Act 1965, in force 01.01.1966"], DateValue(1966, 1, 1)),
    ],
)
def test_the_line_labelled_founding_dates_the_founding(lines: list[str], expected: DateValue) -> None:
    assert expected in [f.date for f in _foundings(lines)]


@pytest.mark.parametrize(
    "lines",
    [
        ["Founder: Mara Lind (1901-1970)"],  # a founder's life, no founding
        ["Statute: revised 04/1990"],
        ["Dissolution: protocol signed 28.06.1991"],
    ],
)
def test_other_labels_date_no_founding(lines: list[str]) -> None:
    assert not [f.date for f in _foundings(lines) if f.date]
