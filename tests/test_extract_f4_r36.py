"""Round 36, family F4: the wire-service news brief (h26). A reporter's note that the figure is
withheld ("did not say how many", "declined to give a staff figure", "could not be independently
confirmed") makes a figure field without any figure not public; a marked neighbourhood after
"street, number" stays on a Brazilian or Mexican street line; a parent whose tie holds now
("is an agency of X") survives a later sentence ending another body's tie ("It was run jointly
with Y until 1968"); an undefined acronym spelling the organization's own initials is itself."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import Address, FieldStatus, Parent
from orgkg.parse import parse_profile

Read = tuple[str | None, str | None, str | None, str | None, str | None]


def read_field(heading: str, *lines: str, name: str = "Harbour Transit Authority") -> tuple[FieldStatus, list[object]]:
    text = [
        name,
        "| ||||",
        "|",
        f"The {name} runs the ferries of a port city.",
        heading,
        *lines,
        "Mission",
        "To run ferries.",
    ]
    profile = extract(parse_profile("\n".join(text) + "\n", "harbour.txt"))
    found = next(f for f in profile.fields if f.name == heading)
    return found.status, list(found.facts)


def street(line: str) -> str | None:
    _, facts = read_field("Headquarters address", line)
    found = [a for a in facts if isinstance(a, Address)]
    return found[0].street if found else None


def parents(*lines: str, name: str = "Harbour Transit Authority") -> list[str]:
    _, facts = read_field("Parent organization", *lines, name=name)
    return [p.org.name for p in facts if isinstance(p, Parent)]


# --- a reporter's refusal in a figure field


@pytest.mark.parametrize(
    ("heading", "line"),
    [
        ("Number of employees", "The authority did not say how many crew it employs; most pilots are contractors."),
        ("Number of employees", "Port officials did not give a workforce figure."),
        ("Number of employees", "The cooperative declined to give a figure for its staff."),
        ("Number of employees", "The operator would not immediately say how many people work on its boats."),
        ("Staff", "The size of its crew could not be independently confirmed."),
        ("Number of employees", "A spokeswoman refused to disclose the number of deckhands on the payroll."),
        ("Last total enacted budget", "The ministry declined to disclose its annual budget."),
        ("Last total enacted budget", "Officials did not say how much the ferry service costs each year."),
        ("Last total enacted budget", "The board wouldn't put a figure on its 2023 spending."),
    ],
)
def test_a_refusal_without_any_figure_is_not_public(heading: str, line: str) -> None:
    status, facts = read_field(heading, line)
    assert status is FieldStatus.NOT_PUBLICLY_SPECIFIED
    assert facts == []


@pytest.mark.parametrize(
    "line",
    [
        "The authority did not say how many of its 450 crew would move to the new pier.",
        "The operator declined to give a figure. A 2020 audit counted 1,200 employees.",
        "Roughly fifty pilots; the authority did not say how many are trainees.",
    ],
)
def test_a_refusal_beside_a_figure_keeps_the_figure(line: str) -> None:
    status, facts = read_field("Number of employees", line)
    assert status is FieldStatus.STATED
    assert facts


@pytest.mark.parametrize(
    ("heading", "line"),
    [
        ("Number of employees", "Officials did not say whether the hiring freeze would end."),
        ("Number of employees", "The authority declined to give details of its pension plan."),
        ("Number of employees", "The union did not give a reason for the strike."),
        ("Number of employees", "The authority did not give up its plan to hire locally."),
        ("Leader", "The authority did not say how many officers sit on its board."),
    ],
)
def test_no_refusal_of_the_figure_states_nothing_withheld(heading: str, line: str) -> None:
    status, _ = read_field(heading, line)
    # nothing withheld: never notPubliclySpecified; a headcount field with no number read, and
    # a Leader field with no name read beside a denial ("did not"), are unrecognised
    assert status is FieldStatus.UNRECOGNISED


# --- a marked neighbourhood after "street, number"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Rua Bela Cintra, 986, Jardim Paulista, São Paulo, SP, 01415-000, Brasil",
            "Rua Bela Cintra, 986, Jardim Paulista",
        ),
        (
            "SCS Quadra 2, 40, Setor Comercial Sul, Brasília, DF, 70302-000, Brasil",
            "SCS Quadra 2, 40, Setor Comercial Sul",
        ),
        (
            "Rua Augusta, 300, Bairro Consolação, São Paulo, SP, 01305-000, Brasil",
            "Rua Augusta, 300, Bairro Consolação",
        ),
    ],
)
def test_a_marked_neighbourhood_stays_on_the_street_line(line: str, expected: str) -> None:
    assert street(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # an unmarked neighbourhood still ends the street at its number
        ("Avenida Paulista, 1578, Bela Vista, São Paulo, SP, 01310-200, Brasil", "Avenida Paulista, 1578, Bela Vista"),
        ("Rua do Ouvidor, 50, Centro, Rio de Janeiro, RJ, 20040-030, Brasil", "Rua do Ouvidor, 50, Centro"),
        # a Mexican colonia after a lone number: round 3 ends the street at the number
        ("Calle Orizaba, 12, Col. Condesa, 06140 Ciudad de México, México", "Calle Orizaba, 12, Col. Condesa"),
        # a country whose street line does not keep its neighbourhood
        ("Rua das Flores, 12, Jardim Botânico, 1200-195 Lisboa, Portugal", "Rua das Flores, 12, Jardim Botânico"),
    ],
)
def test_an_unmarked_or_foreign_neighbourhood_ends_the_street(line: str, expected: str) -> None:
    assert street(line) == expected


# --- a present parent and another body's ended tie


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            (
                "The authority is an agency of the Province of Halden. It was run jointly with the Halden "
                "Port Company until 1975, when it became a separate body.",
            ),
            ["Province of Halden"],
        ),
        (
            (
                "The authority is a unit of the Ministry of Transport. It shared a board with the Coastal "
                "Survey until 1990.",
            ),
            ["Ministry of Transport"],
        ),
        (
            (
                "The authority operates under the Ministry of Transport. It was co-managed with the Harbour "
                "Commission (1950–1985).",
            ),
            ["Ministry of Transport"],
        ),
        (
            ("The authority is a unit of the Ministry of Transport. It was under the Ministry of Works until 1999.",),
            ["Ministry of Transport"],
        ),
    ],
)
def test_a_present_parent_outlives_another_bodys_ended_tie(lines: tuple[str, ...], expected: list[str]) -> None:
    assert parents(*lines) == expected


@pytest.mark.parametrize(
    "lines",
    [
        (
            "The authority was a unit of the Ministry of Transport. It shared a board with the Coastal "
            "Survey until 1990.",
        ),
        ("The authority was a unit of the Ministry of Transport until 1999.",),
        ("The authority is a unit of the Ministry of Transport. This lasted until 1999.",),
        (
            "The authority was a unit of the Ministry of Transport. The arrangement lasted until 2004, when the "
            "Ministry of Industry took over.",
        ),
    ],
)
def test_an_ended_tie_of_the_parent_itself_gives_no_parent(lines: tuple[str, ...]) -> None:
    assert parents(*lines) == []


# --- an undefined acronym of the organization's own initials


@pytest.mark.parametrize(
    "line",
    [
        "HTA is part of the Ministry of Transport.",
        "The HTA is an agency of the Ministry of Transport.",
        "HTA operates under the Ministry of Transport.",
    ],
)
def test_own_initials_are_the_organization(line: str) -> None:
    assert parents(line) == ["Ministry of Transport"]


@pytest.mark.parametrize(
    "line",
    [
        "TRC is part of the Ministry of Transport.",  # another body's initials
        "ATH is part of the Ministry of Transport.",  # not from the name's first word
    ],
)
def test_other_initials_are_another_body(line: str) -> None:
    assert parents(line) == []
