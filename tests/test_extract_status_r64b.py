"""Round 64b (status): the null marks of a database export ("n.a.", "[redacted]") in labelled records."""

from __future__ import annotations

import pytest

from orgkg.extract.status import read_status
from orgkg.model import Field, FieldStatus, Item


def _status(heading: str, *lines: str) -> FieldStatus:
    return read_status(Field(heading, 1, tuple(Item(2 + n, line) for n, line in enumerate(lines)))).status


def test_an_export_column_marked_not_available_is_not_publicly_specified() -> None:
    assert _status("Last total enacted budget", "Annual Revenue: n.a.") is FieldStatus.NOT_PUBLICLY_SPECIFIED
    assert _status("Mission", "Mission Statement: n.a.") is FieldStatus.NOT_PUBLICLY_SPECIFIED


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        ("Legislation", "Legislation: n.a."),  # the heading itself as the label answers the template
        ("Last total enacted budget", "Annual Revenue: N/A"),  # the template's "not applicable"
        ("Last total enacted budget", "Annual Revenue: n.a. (a closed company)"),  # a null with a note
    ],
)
def test_the_heading_label_a_capitalised_na_or_a_note_keep_not_applicable(heading: str, text: str) -> None:
    assert _status(heading, text) is FieldStatus.NOT_APPLICABLE


def test_a_redacted_cell_is_not_publicly_specified() -> None:
    assert _status("Number of employees", "Headcount: [redacted]") is FieldStatus.NOT_PUBLICLY_SPECIFIED
    assert _status("Number of employees", "redacted") is FieldStatus.NOT_PUBLICLY_SPECIFIED
    assert _status("Number of employees", "Headcount: 420 (payroll figure redacted in part)") is FieldStatus.STATED


def test_a_labelled_null_with_a_dashed_explanation_reads_as_the_null() -> None:
    text = "Legislation: n.a. — registered under the general Companies Code of Ruritania"
    assert _status("Legislation", text) is FieldStatus.NOT_APPLICABLE
    # a value after the label, then a dash: no null at all
    assert _status("Legislation", "Legislation: Harbour Act 1911 — amended 1950") is FieldStatus.STATED


def test_one_line_of_labelled_nulls_takes_the_first_null() -> None:
    line = "Website: n.a. (closed before the web); Wikidata: n.a."
    assert _status("External links", line) is FieldStatus.NOT_APPLICABLE
    line = "Website: n.a.; Registry no.: [redacted]"
    assert _status("External links", line) is FieldStatus.NOT_PUBLICLY_SPECIFIED
    # one record with a value: the line states the field
    assert _status("External links", "Website: n.a.; Wikidata: Q12345") is FieldStatus.STATED
