"""Round 30 (F1): an archivist's square-bracketed note on a stated value, and a trailing
filler word after a bare not-public phrase in a figure field."""

from __future__ import annotations

import pytest

from orgkg.extract.status import status_of_text
from orgkg.model import FieldStatus

BUDGET = "Last total enacted budget"
ADDRESS = "Headquarters address"
LAW = "Legislation"
PARENT = "Parent organization"


@pytest.mark.parametrize(
    "text, heading",
    [
        # a value, then a square-bracketed note on the part that is missing or doubtful
        ("Tallinn, Estonia [street address of the former office not ascertained]", ADDRESS),
        ("Kingston, Jamaica [exact premises unknown].", ADDRESS),
        ("Statute of the Council, 1957 [precise title not ascertained]; later charter of 1972.", LAW),
        ("Order of the Governor, 1921 [date not recorded].", LAW),
        # round brackets keep working
        ("Suva, Fiji (street address not ascertained)", ADDRESS),
    ],
)
def test_bracketed_note_after_a_value_states_it(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is FieldStatus.STATED


@pytest.mark.parametrize(
    "text, heading",
    [
        # the whole field is the bracketed mark: nothing is stated
        ("[Not ascertained.]", PARENT),
        ("[Founding instrument not ascertained.]", LAW),
        ("Not ascertained [see the 1960 report].", ADDRESS),
    ],
)
def test_bracketed_mark_alone_is_not_public(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is FieldStatus.NOT_PUBLICLY_SPECIFIED


@pytest.mark.parametrize(
    "text",
    [
        "Part of the ministry's vote; not recorded separately.",
        "Carried in the university accounts; not published separately.",
        "Within the Council's appropriation; not disclosed independently.",
        "Included in the CNRS budget; not recorded separately.",
    ],
)
def test_bare_not_public_with_trailing_filler_after_figureless_clause(text: str) -> None:
    assert status_of_text(text, BUDGET).status is FieldStatus.NOT_PUBLICLY_SPECIFIED


@pytest.mark.parametrize(
    "text",
    [
        # a figure before the semicolon is stated, whatever the note says
        "EUR 4.2 million; not recorded separately.",
        # the clause goes on to state the figure after all
        "Part of the ministry's vote; not recorded separately but shown as EUR 2 million in 2020.",
    ],
)
def test_trailing_word_that_is_not_a_filler_or_a_figure_keeps_stated(text: str) -> None:
    assert status_of_text(text, BUDGET).status is FieldStatus.STATED
