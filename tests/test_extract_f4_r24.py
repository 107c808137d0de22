"""Round 24, family F4: a figure whose clause has ANOTHER body as its subject ("The ministry
employs 12,000 people", "Its parent, the Department of X, has 4,500 staff", "The university as
a whole has a budget of $2bn") is never the organization's headcount or budget; the figure of
the organization's own clause in the same field is read ("…; the agency itself has 300"). The
subject is the clause's words before its figure verb (``figure-subject-words``): a body noun
not among the organization's own names, or a phrase naming another body ("parent", "as a
whole"), makes it another body's; "itself" makes it the organization's own."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orgkg.extract import extract
from orgkg.model import Address, Budget, EmployeeCount
from orgkg.parse import parse_profile

INTRO = "The Tidewater Survey Office (TSO) is a public mapping office of the province."


def facts(field: str, body: str) -> list[object]:
    lines = [
        "Tidewater Survey Office",
        "| ||||",
        "|",
        INTRO,
        "Headquarters address",
        "1 Quay Road, Leeds, United Kingdom",
    ]
    lines += [field, body]
    profile = extract(parse_profile("\n".join(lines) + "\n", "tidewater.txt"))
    return list(next(f for f in profile.fields if f.name == field).facts)


def headcount(body: str) -> int | None:
    found = [f.value for f in facts("Number of employees", body) if isinstance(f, EmployeeCount)]
    return found[0] if found else None


def budget(body: str) -> Decimal | None:
    found = [f.amount for f in facts("Last total enacted budget", body) if isinstance(f, Budget)]
    return found[0] if found else None


# --- another body as the subject: its count is never ours; our own clause's count is read


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The ministry employs 12,000 people; the agency itself has a staff of 300.", 300),
        ("Its parent body employs 4,500 people, while the office itself employs 210.", 210),
        ("The Department of Lands has 4,500 staff, whereas the Office has 260.", 260),
        ("The regional council employs 2,300 people; TSO itself counts 95 staff.", 95),
        # our own subject first, another body's after: ours is read as before
        ("The Office has 300 staff. Its parent department has 4,500.", 300),
        ("TSO employs 140 people (2023); the Ministry of Works employs 9,000.", 140),
    ],
)
def test_own_count_is_read_beside_another_bodys(body: str, expected: int) -> None:
    assert headcount(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Its parent, the Department of Lands, has 4,500 staff.",
        "The Department of Lands, its parent, has 4,500 staff.",
        "The university as a whole (not the office) has 9,000 employees.",
        "The Ministry of Works has a workforce of 8,000.",
        "The regional council, to which the office reports, employs 2,300 people.",
        "The provincial government employed about 31,000 people in 2022.",
        "Its umbrella agency numbers roughly 1,200 staff.",
    ],
)
def test_another_bodys_count_is_never_the_headcount(body: str) -> None:
    assert headcount(body) is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The ministry's budget is €4 billion; the office itself receives €12 million (2023).", Decimal(12_000_000)),
        ("Its parent body spends £450 million a year, while the Office itself spends £8 million.", Decimal(8_000_000)),
        ("The Office's budget was £7.5 million in 2023; the Ministry of Works had £3 billion.", Decimal(7_500_000)),
    ],
)
def test_own_budget_is_read_beside_another_bodys(body: str, expected: Decimal) -> None:
    assert budget(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The university as a whole (not the office) has a budget of £2 billion.",
        "Its parent, the Department of Lands, has a budget of £450 million.",
        "The Department of Lands, its parent, spends £450 million a year.",
        "The Ministry of Works has an annual budget of £800 million (2023).",
        "The regional council's budget is £1.2 billion.",
    ],
)
def test_another_bodys_budget_is_never_ours(body: str) -> None:
    assert budget(body) is None


# --- near misses that stay ours: the organization's own body noun, in another language too


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Office employs 312 people.", 312),
        ("The survey office has about 312 staff.", 312),
        ("TSO has a staff of 312 (2024).", 312),
        ("Overall, the Office has 312 staff.", 312),
    ],
)
def test_own_body_noun_is_ours(body: str, expected: int) -> None:
    assert headcount(body) == expected


def test_own_body_noun_in_another_language_is_ours() -> None:
    lines = [
        "Centro de Estudios Hidrográficos",
        "| ||||",
        "|",
        "The Centro de Estudios Hidrográficos (CEH) is a public research centre.",
        "Number of employees",
        "The Centre counts about 410 persons.",
    ]
    profile = extract(parse_profile("\n".join(lines) + "\n", "ceh.txt"))
    field = next(f for f in profile.fields if f.name == "Number of employees")
    assert [f.value for f in field.facts if isinstance(f, EmployeeCount)] == [410]


def test_a_body_that_enacts_the_budget_is_no_owner() -> None:
    # "The Council adopted a budget of …": the council enacts it; the figure verb has no subject
    assert budget("The Board adopted a budget of £12 million for 2024.") == Decimal(12_000_000)


def test_a_ministrys_own_profile_keeps_its_ministry_subject() -> None:
    # round 22 left "The ministry employs 12,000" unrefused because ministries write it of
    # themselves: the subject's body noun among the organization's own names is its own
    lines = [
        "Ministry of Coastal Affairs",
        "| ||||",
        "|",
        "The Ministry of Coastal Affairs is a government department.",
        "Number of employees",
        "The ministry employs 12,000 people.",
    ]
    profile = extract(parse_profile("\n".join(lines) + "\n", "mca.txt"))
    field = next(f for f in profile.fields if f.name == "Number of employees")
    assert [f.value for f in field.facts if isinstance(f, EmployeeCount)] == [12000]


@pytest.mark.parametrize(
    "body",
    ["Staff: the Department has 3,400.", "Headcount - the Ministry had 12,000 employees in 2023."],
)
def test_a_labelled_line_with_another_body_subject_is_refused(body: str) -> None:
    assert headcount(body) is None


# --- address: a street line, ";", then the office's box line in the same town, the country
# written once at the end: the street line's country is that country (the box line unread)


def address(body: str) -> Address | None:
    lines = ["Tidewater Survey Office", "| ||||", "|", INTRO, "Headquarters address", body]
    profile = extract(parse_profile("\n".join(lines) + "\n", "tidewater.txt"))
    field = next(f for f in profile.fields if f.name == "Headquarters address")
    return next((f for f in field.facts if isinstance(f, Address)), None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("12 Victoria Parade, Suva; PO Box 44, Suva, Fiji", ("12 Victoria Parade", "Suva", "FJ")),
        ("Calle 5 No. 12, Lima ; Apartado 1230, Lima 27, Peru", ("Calle 5 No. 12", "Lima", "PE")),
        (
            "Rue Hamra 40, Ras Beirut; P.O. Box 11-555, Hamra 1103 2090, Beirut, Lebanon",
            ("Rue Hamra 40", "Ras Beirut", "LB"),
        ),
    ],
)
def test_the_box_lines_country_is_the_street_lines(body: str, expected: tuple[str, str, str]) -> None:
    found = address(body)
    assert found is not None
    assert (found.street, found.locality, found.country) == expected
    assert found.postal_code is None  # the box's post-office code is not the street's


@pytest.mark.parametrize(
    "body",
    [
        # a box in another town may be abroad: no country carried
        "8 Harbour Road, Apia; PO Box 7, Auckland, New Zealand",
        # a second office, not a box line
        "12 Victoria Parade, Suva; liaison office: 4 Queen Street, Auckland, New Zealand",
    ],
)
def test_no_country_from_another_towns_box_or_a_second_office(body: str) -> None:
    found = address(body)
    # (Suva, a national capital, tells Fiji since round 45; never the second office's country)
    assert found is None or found.country in (None, "FJ")


# --- a Dutch code's letters are no thoroughfare: "2594 AV Den Haag" first is the code line,
# never the street (before: street "2594 AV Den Haag"); the unread layout keeps the text


@pytest.mark.parametrize(
    "body",
    [
        "2594 AV Den Haag, Bezuidenhoutseweg 30, Netherlands",
        "1012 AV Amsterdam, Damrak 1, Nederland",
        "3511 AV Utrecht, Oudegracht 12, the Netherlands",
    ],
)
def test_a_code_line_first_is_never_the_street(body: str) -> None:
    found = address(body)
    assert found is None or (found.street or "")[:4] != body[:4]


@pytest.mark.parametrize(
    ("body", "street"),
    [
        # a real avenue first stays the street
        ("Av. Brasil 4365, 21040-360 Rio de Janeiro, Brazil", "Av. Brasil 4365"),
        ("Bezuidenhoutseweg 30, 2594 AV Den Haag, Netherlands", "Bezuidenhoutseweg 30"),
    ],
)
def test_a_street_first_is_still_the_street(body: str, street: str) -> None:
    found = address(body)
    assert found is not None and found.street == street
