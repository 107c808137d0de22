"""Round 40 (status + headcount): a government office's refusals in a reply to a request.

"Does not arise" says the question does not fit the body (notApplicable); "Information not
held", "… is not maintained", "Nil information held" say the office holds no figure
(notPubliclySpecified, never "Nil" = none); "not set up under any Act" denies a founding act;
a "For information, …" aside is no sentence of the field's own; the number of a legal citation
("Section 7(9)") counts no one. All sentences are our own.
"""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.status import status_of_text
from orgkg.model import EmployeeCount, FieldStatus
from orgkg.parse import parse_profile

NONE, NA = FieldStatus.EXPLICITLY_NONE, FieldStatus.NOT_APPLICABLE
NOT_PUBLIC, STATED = FieldStatus.NOT_PUBLICLY_SPECIFIED, FieldStatus.STATED


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Does not arise.", "List of programs"),
        ("Does not arise. The Board runs no grant schemes for citizens.", "List of programs"),
        ("Does not arise. No vision document exists in the files of this office.", "Mission"),
        ("Does not arise. The Tribunal is not a statutory authority of any state.", "Legislation"),
        ("The question of a parent body does not arise.", "Parent organization"),
        ("Question does not arise, as the Council is a registered society.", "Legislation"),
    ],
)
def test_does_not_arise_is_not_applicable(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NA


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Information not held.", "Divisions"),
        ("Information not held by this public authority.", "Last total enacted budget"),
        ("Information not held by this Section.", "Number of employees"),
        ("Nil information held by this Wing.", "Last total enacted budget"),
        ("Nil information is available with this Desk.", "Staff"),
        ("Information not maintained in the form requested.", "Partners"),
        ("Information is not maintained in the format asked for.", "Leader"),
        ("Staff records of the Port Trust are not maintained centrally.", "Number of employees"),
        (
            "Data of the kind requested is not maintained. Collating it would divert the resources of "
            "this office (Rule 4(2) of the Service Rules, 1998).",
            "Number of employees",
        ),
        ("Such a figure is not held by the Registry.", "Last total enacted budget"),
    ],
)
def test_not_held_or_not_maintained_is_not_public(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is NOT_PUBLIC


@pytest.mark.parametrize(
    ("text", "heading", "status"),
    [
        ("Nil.", "Partners", NONE),  # "Nil" alone is still "none"
        ("Nil. The Board owns no shares in other bodies.", "Partners", NONE),
        ("The archive page is not maintained since 2015.", "External links", STATED),  # not a figure field
        ("The post is not held by anyone at present.", "Leader", STATED),  # not a figure field
        ("The dam is not maintained by the Authority; 230 engineers work here.", "Divisions", STATED),
        ("We have not arisen from any merger.", "History", STATED),  # "not arisen" is no refusal
    ],
)
def test_refusal_look_alikes(text: str, heading: str, status: FieldStatus) -> None:
    assert status_of_text(text, heading).status is status


@pytest.mark.parametrize(
    "text",
    [
        "The Commission was not set up under any Act.",
        "The Fund is not set up under any statute of the Union.",
        "The Academy was not established under any law of the province.",
        "The Trust was not constituted under any enactment.",
        # an aside about another body's act after the denial is no sentence of the field
        "The Bureau was not set up under any Act. For information of the applicant, the coal sector "
        "as a whole is governed by the Mines Act, 1952.",
        "The Bureau was not set up under any Act. For information, the ports are governed by the Ports Act, "
        "1908. For your information, the Ministry was formed in 1947.",
    ],
)
def test_not_set_up_under_any_act_is_none(text: str) -> None:
    assert status_of_text(text, "Legislation").status is NONE


@pytest.mark.parametrize(
    "text",
    [
        # "not a statutory body" alone is no denial: the act is named after it
        "The Council is not a statutory body. It is registered under the Societies Registration Act, 1860.",
        # the denial of one kind of act, then the founding instrument
        "The College was not set up under an Act; it was established by Royal Charter in 1948.",
        "The Board was not set up under any statute; it was incorporated by Order in Council in 1931.",
        # the clause after the denial founds it under another act, in its own sentence
        "The Institute was not set up under any Act. It was incorporated by Royal Charter in 1962.",
        # "For information" opening the field is its first sentence, not an aside
        "For information, the Council was established by the Tea Act, 1953.",
    ],
)
def test_a_named_instrument_is_stated(text: str) -> None:
    assert status_of_text(text, "Legislation").status is STATED


def test_an_aside_does_not_make_a_story_into_a_clause() -> None:
    # three sentences of its own: one negation inside is a detail, whatever the asides
    text = (
        "The Agency was not set up under any Act. It grew out of a 1961 survey office. "
        "It took its present form in 1975. For information, the survey office was governed by the Survey Act."
    )
    assert status_of_text(text, "Legislation").status is STATED


def test_governed_by_a_law_after_none_is_still_none() -> None:
    text = "It has none of its own; the gallery is governed by the Ley de Museos of 1985."
    assert status_of_text(text, "Legislation").status is NONE


INTRO = "The Coastal Survey Office (CSO) is a government survey department."


def headcount(body: str) -> tuple[EmployeeCount | None, FieldStatus]:
    lines = ["Coastal Survey Office", INTRO, "Number of employees", body]
    facts = extract(parse_profile("\n".join(lines) + "\n", "cso.txt"))
    found = next(f for f in facts.fields if f.name == "Number of employees")
    return next((f for f in found.facts if isinstance(f, EmployeeCount)), None), found.status


@pytest.mark.parametrize(
    "body",
    [
        "Compilation would divert the resources of this office (Section 7(9) of the Right to Information Act, 2005).",
        "Exempt from disclosure under Article 12 of the Staff Regulations.",
        "As per Rule 5(3) of the Conduct Rules, details are withheld.",
        "Refer to § 14 of the Civil Service Code.",
        "Covered by Sec. 8 of the Act.",
    ],
)
def test_a_citation_number_is_no_headcount(body: str) -> None:
    count, _ = headcount(body)
    assert count is None


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("About 420 staff (figures under Section 4 of the Act).", 420),
        ("1,150 employees in 2023 (reported under Article 9 of the Charter).", 1150),
        ("The Office employs 86 people in 12 sections.", 86),
    ],
)
def test_a_headcount_beside_a_citation_is_kept(body: str, value: int) -> None:
    count, _ = headcount(body)
    assert count is not None and count.value == value


def test_not_maintained_reply_gives_no_count() -> None:
    count, status = headcount(
        "The information in the form requested is not maintained. Compiling it would divert the resources "
        "of the office (Section 7(9) of the RTI Act, 2005)."
    )
    assert count is None and status is NOT_PUBLIC
