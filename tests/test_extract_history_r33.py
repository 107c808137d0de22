"""Round 33 (F3b, history): the compact bullet timeline of a technical writer ("– 31.12.2022:
dissolved; merged … into Y, from 01.01.2023"), its founding names and renames."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import ChangeEvent, DateValue, Dissolution
from orgkg.parse import parse_profile


def _facts(*history: str) -> list[object]:
    lines = [
        "Tarn Institute for Soil Physics",
        "| ||||",
        "|",
        "The Tarn Institute for Soil Physics (TISP) was a public research body.",
        "History",
        *history,
    ]
    facts = extract(parse_profile("\n".join(lines) + "\n", "tisp.txt"))
    return [f for field in facts.fields for f in field.facts]


def _endings(*history: str) -> list[DateValue | None]:
    return [f.date for f in _facts(*history) if isinstance(f, Dissolution)]


# --- a stated ending keeps its date; the day the merged body begins is not a second one ----------


@pytest.mark.parametrize(
    "line",
    [
        "– 30.06.2019: closed down; merged with the Fen Survey Office (FSO) into the Nordic Land Agency (NLA), "
        "from 01.07.2019",
        "– 30.06.2019: dissolved; merged with the Fen Survey Office (Myrkontoret) into the Nordic Land Agency, "
        "with effect from 1 July 2019",
        "– 30 June 2019: abolished; merged with the Fen Survey Office (FSO) into the Nordic Land Agency "
        "(Nordisk Landverk), as of 01.07.2019",
    ],
)
def test_a_dated_ending_is_not_redated_by_the_merged_bodys_start(line: str) -> None:
    found = _facts("– 1950: founded in Tarn", line)
    assert [f.date for f in found if isinstance(f, Dissolution)] == [DateValue(2019, 6, 30)]
    made = [f.resulting.name for f in found if isinstance(f, ChangeEvent) and f.resulting]
    assert made == ["Nordic Land Agency"]


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # Negative: without a stated ending, the merger still ends it, once, at its own date.
        ("– 2019: merged with the Fen Survey Office (FSO) into the Nordic Land Agency", DateValue(2019)),
        ("– 01.07.2019: merged with the Fen Survey Office (FSO) to form the Nordic Land Agency", DateValue(2019, 7, 1)),
    ],
)
def test_a_merger_alone_still_ends_it_once(line: str, date: DateValue) -> None:
    assert _endings(line) == [date]


def _previous(*history: str) -> list[str]:
    return [f.previous_name for f in _facts(*history) if isinstance(f, ChangeEvent) and f.previous_name]


_RENAMED = "– 1920: renamed Tarn Institute for Soil Physics"


# --- the name it began under, in quotes ----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        '– 1876: established as "Tarn Jordfysiske Anstalt"; first director: Ola Brekke (1876–1913)',
        "– 1876: set up as “Tarn Jordfysiske Anstalt” by the county",
        "– 1876: founded as „Tarn Jordfysiske Anstalt“ in Tarn",
    ],
)
def test_a_quoted_founding_name_is_the_earlier_name(line: str) -> None:
    assert _previous(line, _RENAMED) == ["Tarn Jordfysiske Anstalt"]


@pytest.mark.parametrize(
    "line",
    [
        # Negative: a quoted phrase is no name; an unclosed quote gives nothing.
        '– 1876: founded as "a small club of soil physicists"',
        '– 1876: founded as "A club for the friends of soil, and nothing more"',
        '– 1876: founded as "Tarn Jordfysiske Anstalt',
    ],
)
def test_a_quoted_phrase_or_an_open_quote_is_no_earlier_name(line: str) -> None:
    assert _previous(line, _RENAMED) == []


# --- a list's noun for the founding: "– 1851: founding as X" --------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "– 23.07.1851: founding as Tarn Jordfysiske Anstalt; first director Karl Moser",
        "– 1851: establishment as Tarn Jordfysiske Anstalt (by royal decree)",
        "– 1851: founding as Tarn Jordfysiske Anstalt (Tarn Soil Institute), seat in Tarn",
    ],
)
def test_a_founding_noun_names_the_earlier_name(line: str) -> None:
    assert _previous(line, _RENAMED) == ["Tarn Jordfysiske Anstalt"]


@pytest.mark.parametrize(
    "line",
    [
        # Negative: the noun without "as", or "as" naming a kind or a post, gives no name.
        "– 1851: founding of the Tarn Jordfysiske Anstalt by the county",
        "– 1851: founding as a private laboratory; first director Karl Moser",
        "– 1851: establishment of a post, with Karl Moser as Director",
    ],
)
def test_a_founding_noun_without_a_name_after_as_gives_none(line: str) -> None:
    assert _previous(line, _RENAMED) == []


# --- a native name in sentence case, glossed in English ------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "– 1942: founded as Tarnin maafysiikan laitos (State Soil Laboratory); testing for the war economy",
            "Tarnin maafysiikan laitos",
        ),
        (
            "– 1942: established as Statens jordfysiske anstalt (State Institute for Soil Physics)",
            "Statens jordfysiske anstalt",
        ),
        ("– 1942: set up as Tarnas augsnes institūts (Tarn Soil Institute), Riga", "Tarnas augsnes institūts"),
    ],
)
def test_a_glossed_native_name_is_the_earlier_name(line: str, name: str) -> None:
    assert _previous(line, _RENAMED) == [name]


@pytest.mark.parametrize(
    "line",
    [
        # Negative: a phrase in sentence case with a one-word or lowercase bracket is no name.
        "– 1942: founded as Private soil laboratory (Privatlabor); testing",
        "– 1942: founded as Small research unit (with a staff of two)",
        "– 1942: founded as Tarnin maafysiikan laitos; testing for the war economy",
    ],
)
def test_a_sentence_case_phrase_without_a_gloss_is_no_name(line: str) -> None:
    assert _previous(line, _RENAMED) == []


# --- a lowercase style before the name ("k.k.", imperial-royal) is not part of it ----------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "– 23.07.1851: founding as k.k. Tarner Anstalt für Bodenphysik; first director Karl Moser",
            "Tarner Anstalt für Bodenphysik",
        ),
        ("– 1851: founded as k.u.k. Tarner Bodenanstalt in Tarn", "Tarner Bodenanstalt"),
        ("– 1851: established as k.k. Tarner Bodenanstalt (by imperial resolution)", "Tarner Bodenanstalt"),
    ],
)
def test_an_imperial_style_is_left_off_the_earlier_name(line: str, name: str) -> None:
    assert _previous(line, _RENAMED) == [name]


@pytest.mark.parametrize(
    "line",
    [
        # Negative: the style before a lowercase phrase names nothing; an unknown style is not skipped.
        "– 1851: founded as k.k. court laboratory",
        "– 1851: founded as kk. Tarner Bodenanstalt in Tarn",
        "– 1851: founded as z.b. Tarner Bodenanstalt in Tarn",
    ],
)
def test_a_style_without_a_name_or_an_unknown_style_gives_none(line: str) -> None:
    assert _previous(line, _RENAMED) == []


def _absorbed(*history: str) -> list[str]:
    return [
        f.original.name for f in _facts(*history) if isinstance(f, ChangeEvent) and f.kind == "absorbed" and f.original
    ]


# --- an opening "at the same time" is no subject; a list's arrow ends the name before it ---------


@pytest.mark.parametrize(
    "line",
    [
        "– 2015: new statutes; at the same time the Fen Survey Office (FSO) merged into TISP",
        "– 2015: new statutes; simultaneously the Fen Survey Office (FSO) was merged into TISP",
        "– 2015: in the same year the Fen Survey Office (FSO) merged into the institute",
        "– 2015: the Fen Survey Office (FSO) merged into TISP → TISP Fen",
        "– 2015: the Fen Survey Office (FSO) was merged into TISP ⇒ new unit TISP Fen",
    ],
)
def test_a_body_merged_into_it_after_an_opening_or_before_an_arrow(line: str) -> None:
    assert _absorbed(line) == ["Fen Survey Office"]


@pytest.mark.parametrize(
    "line",
    [
        # Negative: merged into another, or the arrow's result is another body.
        "– 2015: at the same time the Fen Survey Office (FSO) merged into the Nordic Land Agency",
        "– 2015: the Fen Survey Office (FSO) merged into the Bog Council → Bog and Fen Council",
        "– 2015: Fen Survey Office + Bog Council → Nordic Land Agency",
    ],
)
def test_no_absorption_when_the_object_is_another(line: str) -> None:
    assert _absorbed(line) == []


# --- a quoted new name: the quotes bound it ------------------------------------------------------


@pytest.mark.parametrize(
    "first",
    [
        '– 1846: renamed "Moser & Lund"',
        "– 1846: renamed “Moser & Lund” after the new partner",
        "– 1846: renamed „Moser & Lund“",
    ],
)
def test_a_quoted_new_name_before_a_later_rename_is_an_earlier_name(first: str) -> None:
    assert _previous(first, '– 1865: renamed "Tarn Institute for Soil Physics"') == ["Moser & Lund"]


@pytest.mark.parametrize(
    "first",
    [
        # Negative: a quoted phrase or an unclosed quote is no name.
        '– 1846: renamed "the old works by the harbour"',
        '– 1846: renamed "Moser & Lund after the new partner joined',
        "– 1846: renamed “a company of two families”",
    ],
)
def test_a_quoted_phrase_is_no_new_name(first: str) -> None:
    assert _previous(first, '– 1865: renamed "Tarn Institute for Soil Physics"') == []
