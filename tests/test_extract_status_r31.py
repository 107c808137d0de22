"""Round 31 (F1): status calques of a Spanish or Portuguese writer: the negation before the
auxiliary ("Not was created by a law", from "No fue creado por ley") and the participles of
"no consignado", "no divulgado", "não informado"."""

from __future__ import annotations

import pytest

from orgkg.extract.status import status_of_text
from orgkg.model import FieldStatus

BUDGET = "Last total enacted budget"
STAFF = "Number of employees"
LEGISLATION = "Legislation"
PARENT = "Parent organization"


@pytest.mark.parametrize(
    "text, heading",
    [
        ("Not was created by a law; the brothers of the order opened it as a private school.", LEGISLATION),
        ("Not was established by any decree: it grew from a chair of the faculty.", LEGISLATION),
        ("Not is founded by statute. The charter of 1902 only recognised it.", LEGISLATION),
        ("Not is subordinate to any ministry; it governs itself.", PARENT),
        ("Not was part of any federation.", PARENT),
    ],
)
def test_negation_before_the_auxiliary_is_the_rows_negation(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is FieldStatus.EXPLICITLY_NONE


@pytest.mark.parametrize(
    "text, heading",
    [
        ("Not consigned.", BUDGET),
        ("Not divulged by the institute.", BUDGET),
        ("Not informed.", STAFF),
        ("Not consigned (the ficha leaves it blank).", STAFF),
    ],
)
def test_calqued_participles_are_not_public(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is FieldStatus.NOT_PUBLICLY_SPECIFIED


@pytest.mark.parametrize(
    "text, heading",
    [
        # the auxiliary before its negation in a story, after a clause that names the law
        ("Created by Law 88 of 1961; it was not created by decree.", LEGISLATION),
        # "not" before an auxiliary that is no row of the table
        ("Not was it ever closed: Law 12 of 1970 governs it.", LEGISLATION),
        # a figure with the calqued word inside a note after it
        ("USD 4 million (breakdown not divulged)", BUDGET),
        # the words inside a name
        ("Informed Consent Office of the Ministry of Health", PARENT),
    ],
)
def test_stated_fields_stay_stated(text: str, heading: str) -> None:
    assert status_of_text(text, heading).stated
