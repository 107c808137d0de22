"""Round 63 (status): having no information about a thing is not knowing it, not its absence."""

from __future__ import annotations

import pytest

from orgkg.extract.status import read_status
from orgkg.model import Field, FieldStatus, Item


def _status(heading: str, text: str) -> FieldStatus:
    return read_status(Field(heading, 1, (Item(2, text),))).status


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        ("Leader", "We have no information on this."),
        ("Legislation", "We have no information on the charter that set up the gallery."),
        ("Partners", "The archive has no information about its early partners."),
        ("Last total enacted budget", "There is no information about its budget."),
        ("List of programs", "We have no data on this."),
    ],
)
def test_no_information_is_not_publicly_specified(heading: str, text: str) -> None:
    assert _status(heading, text) is FieldStatus.NOT_PUBLICLY_SPECIFIED


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        ("Parent organization", "The gallery has no parent organization."),
        ("Partners", "There are no formal partners."),
        ("Divisions", "We have no divisions."),
    ],
)
def test_having_no_thing_is_still_none(heading: str, text: str) -> None:
    assert _status(heading, text) is FieldStatus.EXPLICITLY_NONE


@pytest.mark.parametrize(
    "text",
    [
        "No single figure. Around 40,000 sailors served on its ships over a century, a total of voyages.",
        "No single figure.",
        "No reliable figure exists.",
    ],
)
def test_no_single_figure_is_not_publicly_specified(text: str) -> None:
    # the longer lead phrase wins over the address field's guard "no single"
    assert _status("Number of employees", text) is FieldStatus.NOT_PUBLICLY_SPECIFIED


def test_no_single_head_office_still_states_an_address() -> None:
    text = "No single head office; its offices were on several sites in Leeds."
    assert _status("Headquarters address", text) is FieldStatus.STATED
