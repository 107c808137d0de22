"""Round 30 (history): a cataloguer's "Earlier name(s):" and "Dates of existence:" labels in
the intro. A dotted legal form ends the name with its stop ("… Rt."), a span of years or a
note in square brackets after a name is no part of it and the list runs on over ";", a name
with lowercase words is taken when its bracketed gloss is an organization's name; the end of
a span of existence is a dissolution. Phrasings written for these tests."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.history import read_events
from orgkg.model import ChangeEvent, DateValue, Dissolution, Identity, OrgKind
from orgkg.parse import parse_profile

ORG = Identity("Tarn Valley Broadcasting Company", OrgKind.COMPANY, "TVBC")
HEAD = "Tarn Valley Broadcasting Company; 1931- . "  # a catalogue heading with an open span of years


def intro_previous_names(intro: str) -> list[str]:
    events = read_events("", ORG, intro)
    return [f.previous_name for f in events if isinstance(f, ChangeEvent) and f.previous_name]


@pytest.mark.parametrize(
    ("intro", "names"),
    [
        (
            "Tarn Valley Broadcasting Company; broadcaster; Tarnby; 1931- . "
            "Earlier name: Tarnvölgyi Rádió Rt. (Tarnrad), 1931-1949. [Sources: annual reports]",
            ["Tarnvölgyi Rádió Rt."],
        ),
        (
            "Tarn Valley Broadcasting Company; 1931- . Earlier name: Tarni Hírközlési Zrt., 1931-1960.",
            ["Tarni Hírközlési Zrt."],
        ),
        (
            "Tarn Valley Broadcasting Company; 1931- . Earlier names: Tarn Wireless Society, 1931-1950; "
            "Tarn Radio Corporation, 1950-1977; Tarn Radio and Television Board, 1977-1999.",
            ["Tarn Wireless Society", "Tarn Radio Corporation", "Tarn Radio and Television Board"],
        ),
        (
            "Tarn Valley Broadcasting Company; 1931- . Earlier name: Tarn Radio Corporation "
            "(Tarnradio) [date of the change not ascertained].",
            ["Tarn Radio Corporation"],
        ),
        (
            "Tarn Valley Broadcasting Company; 1931- . Earlier names: Tarn Wireless Society [uncertain]; "
            "Tarn Radio Corporation, 1950-.",
            ["Tarn Wireless Society", "Tarn Radio Corporation"],
        ),
    ],
)
def test_a_catalogue_label_lists_earlier_names_with_spans_and_notes(intro: str, names: list[str]) -> None:
    assert intro_previous_names(intro) == names


@pytest.mark.parametrize(
    ("intro", "name"),
    [
        (
            HEAD + "Earlier name: Tarnas radiofons (Tarn Radio Institute), 1931-1940.",
            "Tarnas radiofons",
        ),
        (
            "Tarn Valley Broadcasting Company; 1931- . Earlier name: Rádio tarnské (Tarn Broadcasting Office).",
            "Rádio tarnské",
        ),
        (
            HEAD + "Earlier name: Tarna raadioühing (Tarn Radio Company) [uncertain].",
            "Tarna raadioühing",
        ),
    ],
)
def test_a_lowercase_name_glossed_as_an_organization_is_an_earlier_name(intro: str, name: str) -> None:
    assert intro_previous_names(intro) == [name]


@pytest.mark.parametrize(
    "intro",
    [
        # the gloss is no organization's name: nothing
        "Tarn Valley Broadcasting Company; 1931- . Earlier name: Tarnas radiofons (in use until 1940).",
        # a gloss that names no organization (no organization's word): nothing
        "Tarn Valley Broadcasting Company; 1931- . Earlier name: Tarnas radiofons (Tarn Radio Station).",
        "Tarn Valley Broadcasting Company; 1931- . Earlier name: Not recorded (see History).",
        # no label: a lowercase run before a gloss is never read as a name
        "Tarn Valley Broadcasting Company; 1931- . It broadcast as tarnas radiofons (Tarn Radio Station) for years.",
        # the label with a sentence, not a name
        "Tarn Valley Broadcasting Company; 1931- . Earlier name: not ascertained, 1931-1940.",
    ],
)
def test_no_earlier_name_without_a_whole_name(intro: str) -> None:
    assert intro_previous_names(intro) == []


def test_the_stop_of_an_abbreviated_legal_form_stays_with_the_name() -> None:
    from orgkg.extract.history import name_at

    span = name_at("Tarnvölgyi Rádió Rt. (Tarnrad) was wound up.", lax=True)
    assert span is not None and span.name == "Tarnvölgyi Rádió Rt."
    # "Rt" alone (no stop) is no legal form: the person title "Rt Hon" stays out
    assert name_at("Rt Hon Ada Fell", lax=True) is None or name_at("Rt Hon Ada Fell", lax=True).name != "Rt."


def _endings(intro: str, history: str = "") -> list[DateValue | None]:
    text = f"Tarn Valley Broadcasting Company\n{intro}\n" + (f"History\n{history}\n" if history else "")
    facts = extract(parse_profile(text, "tvbc.txt"))
    return [f.date for ff in facts.fields for f in ff.facts if isinstance(f, Dissolution)]


@pytest.mark.parametrize(
    ("intro", "date"),
    [
        (
            HEAD + "Dates of existence: 1931 May 2 - 1999 June 30 (wound up; assets sold).",
            DateValue(1999, 6, 30),
        ),
        (HEAD + "Date of existence: 1931-05-02 – 1999-06-30.", DateValue(1999, 6, 30)),
        (HEAD + "Dates of existence: 2 May 1931 - 30 June 1999 (liquidated) [press reports].", DateValue(1999, 6, 30)),
        ("Tarn Valley Broadcasting Company; broadcaster. Dates of existence: 1931 - 1999.", DateValue(1999)),
    ],
)
def test_the_end_of_a_dates_of_existence_span_is_a_dissolution(intro: str, date: DateValue | None) -> None:
    assert _endings(intro) == ([date] if date else [])


@pytest.mark.parametrize(
    ("intro", "history"),
    [
        # reopened: no ending
        (HEAD + "Dates of existence: 1931 May 2 - 1999 June 30 (re-established 2004).", ""),
        # an open span
        (HEAD + "Dates of existence: 1931 May 2 - .", ""),
        # a sentence after the span, not a note
        (HEAD + "Dates of existence: 1931 - 1999 under this name, then as a trust.", ""),
        # the span ends a name: the body was renamed that year
        (HEAD + "Dates of existence: 1931 - 1999.", "1999 renamed Tarn Valley Broadcasting Company."),
    ],
)
def test_no_dissolution_from_an_existence_span_that_does_not_end_the_body(intro: str, history: str) -> None:
    assert _endings(intro, history) == []
