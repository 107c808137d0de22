"""Round 47 (status): a government's written answer that declines a figure (h35)."""

from __future__ import annotations

import pytest

from orgkg.extract.status import status_of_text
from orgkg.model import FieldStatus

NOT_PUBLIC = FieldStatus.NOT_PUBLICLY_SPECIFIED
EMPLOYEES = "Number of employees"
BUDGET = "Last total enacted budget"


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        # a negation, then a reply phrase: the figure is not given in this answer
        (BUDGET, "The harbour board's grant is not itemised in the form requested."),
        (BUDGET, "Funding for the museum is met from the arts vote; it is not shown separately in this answer."),
        (
            EMPLOYEES,
            "Old fisheries office records aren't kept in a way that allows a reply in the time available.",
        ),
        (BUDGET, "A costing of the old council's accounts could not be prepared in the time allotted."),
        (EMPLOYEES, "The Board sets its own staffing levels. Figures by grade are not compiled in the form asked for."),
        (BUDGET, "Estimates for the defunct water board cannot be produced other than at disproportionate cost."),
        # an official who cannot give or does not hold the figure
        (
            EMPLOYEES,
            "The rail board's files went to the state archive. The Ministry is unable to provide a figure.",
        ),
        (EMPLOYEES, "The Office does not retain the staffing data of former agencies."),
        (EMPLOYEES, "Recruitment is for the Council itself, and the Treasury does not hold the figure."),
        (
            EMPLOYEES,
            "The Ministry does not hold this information. The Member may consult its Yearbook 2020/21.",
        ),
        (BUDGET, "Our Department does not hold the information. The Senator is referred to the Annual Report 2017/18."),
    ],
)
def test_a_written_answer_that_declines_the_figure_is_not_public(heading: str, text: str) -> None:
    assert status_of_text(text, heading).status is NOT_PUBLIC


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        # a figure beside the reply phrase: the figure is stated
        (EMPLOYEES, "It employs 340 people; a split by grade is not given in this reply."),
        (BUDGET, "Its grant for 2023 was £4.2 million, of which the part for staff is not shown in this reply."),
        # a reply phrase without a negation before it
        (EMPLOYEES, "Staff numbers were set out in the form requested by the committee: 85 posts."),
        (BUDGET, "The accounts were laid in the time allotted and show a grant of $2 million."),
        # not a figure field
        ("Mission", "The mission is not restated in this reply; it is to promote trade."),
        # unable to provide something that is no figure
        (EMPLOYEES, "The Council employs 210 people and is unable to provide services outside the city."),
        # does not hold something else, with a figure stated
        (EMPLOYEES, "The Trust does not hold regular meetings, but it has 45 staff."),
    ],
)
def test_near_misses_stay_stated(heading: str, text: str) -> None:
    assert status_of_text(text, heading).status is FieldStatus.STATED


@pytest.mark.parametrize(
    "text",
    [
        "The Agency had no single head office; its staff worked from four regional centres.",
        "There was no single headquarters: the council met in Leeds and in York by turns.",
        "The society has no single registered address, its branches each keeping their own.",
    ],
)
def test_no_single_head_office_is_no_null_address(text: str) -> None:
    assert status_of_text(text, "Headquarters address").status is not FieldStatus.EXPLICITLY_NONE


@pytest.mark.parametrize(
    "text",
    [
        "The Agency has no head office.",
        "There is no headquarters address.",
    ],
)
def test_a_plain_null_address_stays_null(text: str) -> None:
    assert status_of_text(text, "Headquarters address").status is FieldStatus.EXPLICITLY_NONE
