"""Round 48 (founding): recall classes of the dev misses.

- a reply's item marker before a sentence ("(a) The Board was established on …", "(3) It was
  set up in …", "(iv) …") hides no subject: the marker is dropped before the sentence is read;
  a dated entry after a marker ("(a) 1948 — …") and a marker inside a sentence are untouched."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import DateValue, Founding
from orgkg.parse import parse_profile

_TITLE = "Lakeshore Ferry Authority"


def _founding(field: str, text: str, intro: str = "") -> list[Founding]:
    intro = intro or f"The {_TITLE} (LFA) runs the ferries of the lake."
    profile = f"{_TITLE}\n|\n{intro}\n{field}\n{text}\n"
    facts = extract(parse_profile(profile, "reply.txt"))
    return [f for ff in facts.fields for f in ff.facts if isinstance(f, Founding)]


def _dates(found: list[Founding]) -> set[DateValue]:
    return {f.date for f in found if f.date}


# --- an item marker before a sentence --------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        (
            "Legislation",
            "(a) The Authority was established on 3 March 1952 by the Lake Ferries Act, 1952 (Act No. 9 of 1952).",
            DateValue(1952, 3, 3),
        ),
        ("History", "(3) LFA was set up in 1961 and ran its first crossing on 2 May 1961.", DateValue(1961)),
        (
            "History",
            "(iv) The Authority was created on 14 June 1970 to take over the private ferries.",
            DateValue(1970, 6, 14),
        ),
        ("History", "(12) It was founded in 1948; ferries followed a year later.", DateValue(1948)),
    ],
)
def test_item_marker_before_founding_sentence(field: str, text: str, expected: DateValue) -> None:
    assert _dates(_founding(field, text)) == {expected}


@pytest.mark.parametrize(
    ("field", "text"),
    [
        # another body's founding after the marker
        ("History", "(a) The Lake Ports Board was established on 3 March 1952 by the Ports Act, 1952."),
        ("History", "(2) The Ministry was created in 1961 and later took over the ports."),
        # a negated founding after the marker
        ("History", "(b) The Authority was not established by any Act in 1952."),
        # the marker inside a sentence stays what it was
        ("History", "The Minister was asked (a) when the ferries began and (b) who ran them in 1952."),
    ],
)
def test_item_marker_dates_nothing_else(field: str, text: str) -> None:
    assert _dates(_founding(field, text)) == set()


# --- a dated entry's day that opens the founding clause -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1952 · On 3 March the Authority is launched at a meeting in the town hall.", DateValue(1952, 3, 3)),
        ("- 1952: on 3 March the Authority was formed by the lake towns.", DateValue(1952, 3, 3)),
        ("1952 · The towns argue in January; on 3 March LFA is set up at Lakeport.", DateValue(1952, 3, 3)),
        ("1952 · In March the Authority was created.", DateValue(1952, 3)),
        ("1952 · On March 3, the Authority was established.", DateValue(1952, 3, 3)),
    ],
)
def test_bullet_year_with_opening_day(text: str, expected: DateValue) -> None:
    assert _dates(_founding("History", text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # the day opens another clause than the founding's
        "1952 · On 3 March the towns met and the Authority was founded in the summer.",
        "1952 · On 3 March the towns met, and the Authority was founded later.",
        "1952 · On 3 March the ports closed; the Authority was founded after that.",
    ],
)
def test_bullet_year_keeps_year_without_opening_day(text: str) -> None:
    assert _dates(_founding("History", text)) == {DateValue(1952)}


@pytest.mark.parametrize(
    "text",
    [
        # the day is another event's, inside the clause, not its opening
        "1952 · After the storm of 3 March the Authority was founded.",
        "1952 · The Authority, planned since 3 March, was founded.",
    ],
)
def test_inner_day_is_no_founding_day(text: str) -> None:
    assert DateValue(1952, 3, 3) not in _dates(_founding("History", text))


# --- a Legislation field that names no act but a creation of its own -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No statute: it was set up by a resolution of the Cabinet on 4 October 1961.", DateValue(1961, 10, 4)),
        (
            "No founding act can be cited: the Authority was established in 1922 by a minister's circular.",
            DateValue(1922),
        ),
        (
            "None. The Authority was created on 2 July 1949 by an order of the provincial governor.",
            DateValue(1949, 7, 2),
        ),
    ],
)
def test_no_act_field_with_own_creation(text: str, expected: DateValue) -> None:
    assert _dates(_founding("Legislation", text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # another body's creation
        "No statute: the Ports Board was set up by a resolution of the Cabinet on 4 October 1961.",
        # a denied creation
        "None. The Authority was not created by any order in 1949.",
        # an opening only, no creation
        "No founding act. Its first ferry office opened on 2 July 1949.",
        # an approximate year
        "No statute: it was set up by the Cabinet c. 1961.",
    ],
)
def test_no_act_field_dates_nothing_else(text: str) -> None:
    assert _dates(_founding("Legislation", text)) == set()
