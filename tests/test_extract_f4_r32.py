"""Round 32, family F4: the organization's own "About us" page. A figure field that says in the
first person that the figure is not published ("We don't publish our staff numbers — but …")
is notPubliclySpecified, whatever the "but" clause says, unless that clause gives a figure."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.status import status_of_text
from orgkg.model import Budget, EmployeeCount, FieldStatus, Website
from orgkg.parse import parse_profile

from .address_helpers import Read, address_of

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


def address(*lines: str) -> Read | None:
    return address_of(
        lines,
        title="Ceiba Research Council",
        intro="We are the Ceiba Research Council (CRC), a public research body.",
        after=("Mission", "To study forests."),
        file="ceiba.txt",
    )


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("You'll find us at 18 Elm Road, Dunedin 9016, New Zealand.", ("18 Elm Road", "Dunedin", None, "9016", "NZ")),
        (
            "Come and visit us at 4 Quai Voltaire, 75007 Paris, France!",
            ("4 Quai Voltaire", "Paris", None, "75007", "FR"),
        ),
        ("We are located at 9 Dock Street, Leith, Edinburgh EH6 6EY, United Kingdom", None),
        ("Our offices are at 77 Kloof Street, Cape Town 8001, South Africa.", None),
    ],
)
def test_first_person_lead_in_before_at_is_not_the_street(line: str, read: Read | None) -> None:
    found = address(line)
    assert found is not None
    street = found[0]
    assert street is not None and street[:1].isdigit()  # the lead-in is cut off
    if read is not None:
        assert found == read


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("5 Harbour Lane, Hobart TAS 7000, Australia — drop in and say hello to us!", ("5 Harbour Lane", "Hobart")),
        ("21 Calle Mayor, 28013 Madrid, Spain — book your tour today!", ("21 Calle Mayor", "Madrid")),
        (
            "3 Mill Road, Cambridge CB1 2AD, United Kingdom — our doors are open every weekday",
            ("3 Mill Road", "Cambridge"),
        ),
    ],
)
def test_call_to_action_after_a_dash_is_not_the_address(line: str, read: tuple[str, str]) -> None:
    found = address(line)
    assert found is not None
    assert found[:2] == read


@pytest.mark.parametrize(
    "line",
    [
        # another body's seat, told in a sentence with "we" inside it: nothing read
        "The Ministry we answer to is at 1 Parliament Square, London SW1A 2AA, United Kingdom",
        "The Foundation that funds us sits at 2 Kings Road, London SW3 4RP, United Kingdom",
    ],
)
def test_other_body_seat_in_a_first_person_sentence_is_not_read(line: str) -> None:
    assert address(line) is None


def websites(body: str) -> list[str]:
    lines = ["Delta Institute", "| ||||", "|", "We are the Delta Institute, a research institute.", "External links"]
    facts = extract(parse_profile("\n".join([*lines, *body.splitlines()]) + "\n", "delta.txt"))
    field = next(f for f in facts.fields if f.name == "External links")
    return [f.url for f in field.facts if isinstance(f, Website)]


@pytest.mark.parametrize(
    "body",
    [
        "- Keep up with us at https://delta.example.org — subscribe to our news digest!",
        "- Find out more at https://delta.example.org – read our latest report on coral reefs!",
        "- Visit us at https://delta.example.org - browse every article we publish!",
    ],
)
def test_call_to_action_after_the_link_labels_nothing(body: str) -> None:
    assert websites(body) == ["https://delta.example.org"]


@pytest.mark.parametrize(
    "body",
    [
        # another body named in the call to action: the link is its site
        "- https://omega.example.org — visit our successor!",
        "- https://omega.example.org – meet our parent foundation today!",
        # not a call to action (no "!"): the note labels the link as it did before
        "- https://omega.example.org — news coverage of the closure",
    ],
)
def test_other_body_in_a_note_is_still_not_the_website(body: str) -> None:
    assert websites(body) == []


@pytest.mark.parametrize(
    ("line", "street"),
    [
        ("CRC House, 12 Forest Lane, Dunedin 9016, New Zealand", "CRC House, 12 Forest Lane"),
        ("CRC Harbour Centre, 4B Wharf Street, Nelson 7010, New Zealand", "CRC Harbour Centre, 4B Wharf Street"),
        (
            "Ceiba Research Council Building, 77 Kloof Street, Cape Town 8001, South Africa",
            "Ceiba Research Council Building, 77 Kloof Street",
        ),
    ],
)
def test_building_named_after_the_organization_is_not_the_street(line: str, street: str) -> None:
    found = address(line)
    assert found is not None and found[0] == street


@pytest.mark.parametrize(
    ("line", "street"),
    [
        # another building's name is part of the street line
        ("Tasman House, 12 Forest Lane, Dunedin 9016, New Zealand", "Tasman House, 12 Forest Lane"),
        # the organization's building before a street without a number: kept
        ("CRC Tower, Bandra Kurla Complex, Mumbai 400051, India", "CRC Tower, Bandra Kurla Complex"),
        # a floor has a digit: kept
        ("CRC House 2nd Floor, 12 Forest Lane, Dunedin 9016, New Zealand", "CRC House 2nd Floor, 12 Forest Lane"),
    ],
)
def test_other_building_lines_stay_in_the_street(line: str, street: str) -> None:
    found = address(line)
    assert found is not None and found[0] == street


def figures(heading: str, body: str) -> list[int]:
    lines = [
        "Ceiba Research Council",
        "| ||||",
        "|",
        "We are the Ceiba Research Council (CRC), a research body.",
        heading,
    ]
    profile = extract(parse_profile("\n".join([*lines, body, "Mission", "To study forests."]) + "\n", "ceiba.txt"))
    field = next(f for f in profile.fields if f.name == heading)
    return [int(f.value) for f in field.facts if isinstance(f, EmployeeCount)] + [
        int(f.amount) for f in field.facts if isinstance(f, Budget) and f.amount is not None
    ]


@pytest.mark.parametrize(
    ("heading", "body", "value"),
    [
        (HEADCOUNT, "With the support of the Ministry of Science, we employ 300 people.", 300),
        (HEADCOUNT, "Thanks to the Regional Government, we now employ 420 researchers.", 420),
        (HEADCOUNT, "Our staff number about 450 across three campuses.", 450),
        (BUDGET, "Funded by the Ministry of Finance, we spent €12 million in 2023.", 12_000_000),
    ],
)
def test_first_person_subject_is_the_organization(heading: str, body: str, value: int) -> None:
    assert figures(heading, body) == [value]


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        (HEADCOUNT, "Our parent ministry employs 12,000 people."),
        (HEADCOUNT, "Our partner, the Ministry of Health, employs 5,000 staff."),
        (BUDGET, "Our parent department's budget is €4 billion."),
    ],
)
def test_first_person_possessive_before_another_body_is_not_ours(heading: str, body: str) -> None:
    assert figures(heading, body) == []
