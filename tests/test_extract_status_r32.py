"""Round 32 (F1): the status of a field an organization writes about itself. A first-person
subject takes the plural verb ("We are not part of", "we have never been part of"): it reads as
the row's third-person verb ("is not part of"), inside a clause only, so a contrast after it
still states a value. "Not named" opening a person field: the person is not given."""

from __future__ import annotations

import pytest

from orgkg.extract.status import status_of_text
from orgkg.model import FieldStatus

PARENT = "Parent organization"


@pytest.mark.parametrize(
    "text",
    [
        "We are not part of any ministry. Our board answers to the public we serve.",
        "We were never part of a larger group.",
        "We have never been part of any government body.",
        "we are not part of a holding company; our members own us.",
    ],
)
def test_first_person_negation_denies_a_parent(text: str) -> None:
    assert status_of_text(text, PARENT).status is FieldStatus.EXPLICITLY_NONE


@pytest.mark.parametrize(
    "text",
    [
        "We are part of the Ministry of Health.",
        "We are not part of the ministry but are overseen by the Minister of Health.",
        "We were not part of the university at first, but joined it in 1990.",
        # a first-person verb with another subject's row words is not a negation of the parent
        "Our staff are not civil servants; we report to the Minister of Culture.",
    ],
)
def test_first_person_parent_statements_stay_stated(text: str) -> None:
    assert status_of_text(text, PARENT).stated


@pytest.mark.parametrize(
    "text",
    ["Not named on this archived page.", "Not named in our records.", "not named here"],
)
def test_not_named_leader_is_not_public(text: str) -> None:
    assert status_of_text(text, "Leader").status is FieldStatus.NOT_PUBLICLY_SPECIFIED


@pytest.mark.parametrize(
    "text, heading",
    [
        ("Not named after anyone; the Sea Lab was called so from the start.", "Former names"),
        ("Dr Ana Ruiz, not named in the press release, leads the lab.", "Leader"),
    ],
)
def test_not_named_elsewhere_is_no_status(text: str, heading: str) -> None:
    assert status_of_text(text, heading).stated
