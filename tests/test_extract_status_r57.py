"""Round 57 (status): a procurement form's nulls — "N/R" (not relevant / not required), a figure
"not declared", an officer's square-bracketed note after a labelled null, and a yes/no question
answered by a ticked box (extract/status.py, status-phrases.csv)."""

from __future__ import annotations

import pytest

from orgkg.extract.status import status_of_text
from orgkg.model import FieldStatus

NONE, NA, NOT_PUBLIC, STATED = (
    FieldStatus.EXPLICITLY_NONE,
    FieldStatus.NOT_APPLICABLE,
    FieldStatus.NOT_PUBLICLY_SPECIFIED,
    FieldStatus.STATED,
)
STAFF, BUDGET, PARENT = "Number of employees", "Last total enacted budget", "Parent organization"


@pytest.mark.parametrize(
    "text, heading",
    [
        ("N/R", "List of programs"),
        ("Founding statute: N/R (memorandum of association — enclosed)", "Legislation"),
        ("Joint tender members: N/R", "Partners"),
        ("n/r for this tender [clerk: courses are in the appendix]", "List of programs"),
        ("Objective: N/R (trading house; no statement held)", "Mission"),
        ("Sum: N/R [clerk: a private firm has no voted budget]", BUDGET),
    ],
)
def test_not_relevant_on_a_form_is_not_applicable(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NA


@pytest.mark.parametrize(
    "text, heading",
    [
        ("Staff count: not declared", STAFF),
        ("Workforce (permanent): not declared [clerk: asked twice, no answer]", STAFF),
        ("Not declared.", STAFF),
        ("Amount: not declared", BUDGET),
    ],
)
def test_a_figure_not_declared_is_not_public(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NOT_PUBLIC


@pytest.mark.parametrize(
    "text, heading",
    [
        ("Is the supplier owned by a group? [ ] Yes [x] No", PARENT),
        ("Controlled by another entity? [X] No [ ] Yes [clerk: family-owned]", PARENT),
        (
            "Is the bidder a subsidiary? [ ] Yes [x] No [clerk: listed company] Former parent: Harlow Mills plc "
            "(1970–1988)",
            PARENT,
        ),
        ("Does the bidder have consortium members? [ ] Yes [x] No", "Partners"),
    ],
)
def test_a_ticked_no_is_none(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NONE


@pytest.mark.parametrize(
    "text, heading",
    [
        # near-misses: a ticked "Yes", two ticks, a box with no question, a name starting with the letters
        ("Is the supplier owned by a group? [x] Yes [ ] No Parent company: Brenner Holdings AG", PARENT),
        ("Group member? [x] Yes [x] No", PARENT),
        ("Group member [x] No", PARENT),
        ("NR Logistics Group", PARENT),
        # "not declared" only opens a figure field; after a figure or in another field it is no null
        ("The mill employed 640 people, not declared as seasonal staff.", STAFF),
        ("Staff: 2,300; not declared: contractors", STAFF),
        ("Headcount: not declared on this page; 1,250 in the annual report", STAFF),
        ("Not declared a protected monument until 1990.", "History"),
        # a square-bracketed note after a null, then another labelled value, is no null alone
        ("Amount: N/R [clerk: see below] Revenue 2019: EUR 40 million", BUDGET),
    ],
)
def test_near_misses_stay_stated(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is STATED
