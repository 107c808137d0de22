"""Round 32, family F4: the organization's own "About us" page. A figure field that says in the
first person that the figure is not published ("We don't publish our staff numbers — but …")
is notPubliclySpecified, whatever the "but" clause says, unless that clause gives a figure."""

from __future__ import annotations

import pytest

from orgkg.extract.status import status_of_text
from orgkg.model import FieldStatus

HEADCOUNT = "Number of employees"
BUDGET = "Last total enacted budget"


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        (HEADCOUNT, "We don't publish our staff numbers here — but our people are our pride."),
        (HEADCOUNT, "We do not publish a headcount, but you can meet the team at our open days."),
        (HEADCOUNT, "We didn't disclose our staffing in those years, but the team was close-knit."),
        (BUDGET, "We don't disclose our budget on this site, but our annual report is online."),
        (BUDGET, "We do not publish our accounts here."),
    ],
)
def test_first_person_not_public_figure(heading: str, text: str) -> None:
    assert status_of_text(text, heading).status is FieldStatus.NOT_PUBLICLY_SPECIFIED


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        # the "but" clause gives the figure: stated
        (HEADCOUNT, "We don't publish an exact headcount, but we are about 300 people."),
        (HEADCOUNT, "We do not disclose exact numbers, but roughly fifty people work with us."),
        (BUDGET, "We don't publish a breakdown, but the total was €12 million in 2023."),
        # not a figure field: "not X but Y" still states a value
        ("Parent organization", "We don't publish who funds us, but we belong to the Ministry of Culture."),
    ],
)
def test_contrast_that_gives_a_value_is_stated(heading: str, text: str) -> None:
    assert status_of_text(text, heading).status is FieldStatus.STATED
