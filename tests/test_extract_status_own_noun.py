"""A verb, "no" and the field's own noun ("The Agency oversees no regulations.") is a null of
the field; a possessive owner before a figure field's own noun ("The Trust's total headcount is
not given in the sources consulted") still opens a headline that withholds the figure."""

from __future__ import annotations

import pytest

from orgkg.extract.status import status_of_text
from orgkg.model import FieldStatus


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        ("Regulations overseen", "The Harbour Board oversees no regulations. It is a port operator."),
        ("Regulations overseen", "The Lantern Society oversaw no regulations. It was a learned club."),
        ("List of programs", "The Veld Foundation runs no programs. It only holds an endowment."),
        ("Divisions", "Orvik Mills maintains no formal divisions."),
        ("Staff", "The Quill Trust employs no staff. Volunteers answer its post."),
    ],
)
def test_a_verb_denying_the_fields_own_noun_is_a_null(heading: str, text: str) -> None:
    reading = status_of_text(text, heading)
    assert reading.status is FieldStatus.EXPLICITLY_NONE
    assert reading.phrase is not None and " no " in reading.phrase


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        # a contrast or an exception after it states a value
        ("Divisions", "The Veld Foundation maintains no divisions other than its secretariat."),
        ("List of programs", "The Veld Foundation runs no programs of scale, but it funds the Reed Prize."),
        # a comparison is no denial
        ("Staff", "The Quill Trust employs no more staff than its founders did."),
        # a modifier not listed limits the noun: other regulations may exist
        ("Regulations overseen", "The Harbour Board oversees no federal regulations."),
        # another field's noun is no null of this field
        ("Partners", "The Harbour Board oversees no regulations."),
        # a form of "be" before "no" is no verb of denial
        ("List of programs", "These were no programs in the usual sense."),
        # a statement before the semicolon names the value
        ("Regulations overseen", "It applies the Harbour Safety Code; the Board itself oversees no regulations."),
    ],
)
def test_near_misses_are_not_read_as_a_null(heading: str, text: str) -> None:
    assert status_of_text(text, heading).status is not FieldStatus.EXPLICITLY_NONE


def test_a_possessive_owner_before_the_own_noun_opens_the_headline() -> None:
    text = (
        "The Quill Trust’s total headcount is not published. In its early years, 12 clerks and"
        " 40 printers worked for it. Most of them lived in Leeds."
    )
    assert status_of_text(text, "Number of employees").status is FieldStatus.NOT_PUBLICLY_SPECIFIED


def test_a_possessive_owner_before_another_noun_is_no_headline() -> None:
    # the owner's capital, not its headcount, is what is not published
    text = "The Quill Trust's capital is not published. It employs 52 people. Most of them work in Leeds."
    assert status_of_text(text, "Number of employees").status is FieldStatus.STATED


def test_not_given_in_the_sources_withholds_a_figure() -> None:
    text = "The Veld Foundation's headcount is not given in the sources consulted for this note."
    reading = status_of_text(text, "Number of employees")
    assert reading.status is FieldStatus.NOT_PUBLICLY_SPECIFIED
    assert status_of_text("Not given in the sources, but see the Harbour Code.", "Regulations overseen").stated
