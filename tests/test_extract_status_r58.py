"""Round 58 (status): a memoir writer's first-person not-knowing ("I never learnt who …", "I could
not tell you", "I could not name any"), a field's own word denied ("Not a term the firm used",
"I don't recall that it had divisions"), "does not report separate divisions", and a form's
field of several labelled nulls, one with a referral ("not itemised — see Annex C")
(extract/status.py, status-phrases.csv)."""

from __future__ import annotations

import pytest

from orgkg.extract.status import read_status, status_of_text
from orgkg.model import Field, FieldStatus, Item

NONE, NOT_PUBLIC, STATED = (
    FieldStatus.EXPLICITLY_NONE,
    FieldStatus.NOT_PUBLICLY_SPECIFIED,
    FieldStatus.STATED,
)
PROGRAMS, DIVISIONS, PARTNERS = "List of programs", "Divisions", "Partners"


def _field(name: str, *lines: str) -> Field:
    return Field(name, 3, tuple(Item(4 + n, line, False) for n, line in enumerate(lines)))


@pytest.mark.parametrize(
    "text, heading",
    [
        ("I never learnt who ran the place after the war, and I will not invent a name.", "Leader"),
        ("I never learned how the work was split up.", DIVISIONS),
        ("I could not tell you; all I ever saw was the reading room.", DIVISIONS),
        ("I can't tell you who chaired it in my time.", "Leader"),
        ("I was never clear what their schemes were called.", PROGRAMS),
        ("I was never clear whether it had branches at all.", DIVISIONS),
        ("I could not name any, not with any confidence.", PROGRAMS),
        ("I can't name any now.", PARTNERS),
    ],
)
def test_a_writers_not_knowing_is_not_public(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NOT_PUBLIC


@pytest.mark.parametrize(
    "text, heading",
    [
        ("Not a term the trust ever used, so far as I know.", PROGRAMS),
        ("Not a term anyone at the mill would have recognised.", DIVISIONS),
        ("I don't recall that it ran schemes of that kind; it ran courses.", PROGRAMS),
        ("I do not recall that it had departments as such.", DIVISIONS),
        ("The port authority has a single segment and does not report separate divisions.", DIVISIONS),
    ],
)
def test_the_fields_own_word_denied_is_none(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NONE


def test_a_forms_labelled_nulls_with_a_referral() -> None:
    field = _field(PARTNERS, "Joint venture members: N/R", "Framework agreements: not itemised — see Annex C")
    assert read_status(field).status is not STATED
    assert status_of_text("Framework agreements: not itemised — see Annex C", PARTNERS).status is NOT_PUBLIC


@pytest.mark.parametrize(
    "text, heading",
    [
        ("I can't tell you how much I admired Ruth Ndlovu, who led it from 1990.", "Leader"),
        ("I could not tell you how much the Youth Orchestra meant to the town.", PROGRAMS),
        ("Not a term I liked, but it ran the Harbour School and the Night Classes.", PROGRAMS),
        ("I never learnt to like the Summer School, which it ran from 1970.", PROGRAMS),
        ("The board does not report separate divisions but lists the Water Unit and the Power Unit.", DIVISIONS),
        ("Partners include the City of Bergen and others not itemised here.", PARTNERS),
        ("I never learnt Danish, but the office was at Vestergade 12 in Aarhus.", "Headquarters address"),
    ],
)
def test_near_misses_stay_stated(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is STATED


def test_a_form_with_one_value_line_states_it() -> None:
    field = _field(PARTNERS, "Joint venture members: N/R", "Framework agreements: Nordic Rail AS")
    assert read_status(field).status is STATED
    # "Not a term" is only the program and division fields' word
    assert status_of_text("Not a term the office used.", "Leader").status is STATED
