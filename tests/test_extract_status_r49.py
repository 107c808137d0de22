"""Round 49 (status, headcount, budget): machine-translated bulletins (h37) and chatbot answers (h36).

Our own sentences: a translated subjectless predicate ("Is absent.", "Is not provided."), a website
denied, a figure withheld after a semicolon, decimal commas and Chinese multipliers.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from orgkg.extract.numbers import amounts
from orgkg.extract.status import status_of_text
from orgkg.model import FieldStatus

NONE = FieldStatus.EXPLICITLY_NONE
NOT_PUBLIC = FieldStatus.NOT_PUBLICLY_SPECIFIED
STATED = FieldStatus.STATED
PARENT = "Parent organization"
EMPLOYEES = "Number of employees"
BUDGET = "Last total enacted budget"
LINKS = "External links"
LEGISLATION = "Legislation"


@pytest.mark.parametrize(
    ("heading", "text", "status"),
    [
        # the translated copula, then a lead phrase
        (PARENT, "Is absent.", NONE),
        (PARENT, "Is absent. The Institute was never a department of the ministry.", NONE),
        (LINKS, "Is absent (the former site krasnoyarsk-gres.ru is closed).", NONE),
        (EMPLOYEES, "Are not disclosed. The number of the pupils exceeds 12 000.", NOT_PUBLIC),
        (BUDGET, "Is not provided (the Fund is not a state institution).", NOT_PUBLIC),
        (BUDGET, "Was not published.", NOT_PUBLIC),
        (EMPLOYEES, "Is unknown.", NOT_PUBLIC),
        (EMPLOYEES, "Information is absent.", NOT_PUBLIC),
        # a website denied: there is none (every body can have one)
        (LINKS, "The guild doesn't have a website, since it closed in 1990.", NONE),
        (LINKS, "It does not have an official site any more.", NONE),
        (LINKS, "The old bank no longer has a web presence.", NONE),
        # the figure's noun, then a translated "not provided", after a clause with no figure
        (BUDGET, "The budget is formed from the dues of the members; the amount is not provided.", NOT_PUBLIC),
        (EMPLOYEES, "The staff are seconded by the ministries; the number is not provided.", NOT_PUBLIC),
    ],
)
def test_translated_nulls(heading: str, text: str, status: FieldStatus) -> None:
    assert status_of_text(text, heading).status is status


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        # a question opens no lead phrase; "absent" as "without" is no status
        (PARENT, "Is there a parent body? The Ministry of Transport, since 1994."),
        (PARENT, "Absent any statute, the Council answers to the Ministry of Health."),
        (PARENT, "Is a subdivision of the Ministry of Culture."),
        # "is absent" inside a sentence is about someone, and a copula before a value is a value
        (LINKS, "www.guild-of-printers.org (the director is absent until May)."),
        (EMPLOYEES, "Is about 4 000 persons (2022)."),
        # Legislation: a special act not provided is one detail of a founding story
        (LEGISLATION, "The special act about the creation is not provided; the Fund was founded by decree in 1993."),
        # a figure, or a contrast, keeps the field stated
        (BUDGET, "The budget is formed from dues; the amount is not provided here, but it was 4 million euros."),
        # elsewhere "does not have" keeps its old reading
        (LINKS, "www.old-dock.org; the archive copy does have the 1998 pages."),
    ],
)
def test_translated_near_misses(heading: str, text: str) -> None:
    assert status_of_text(text, heading).status is STATED


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a comma with one or two digits right before a multiplier word is a decimal comma
        ("The grant made 1,2 billion roubles.", Decimal("1200000000")),
        ("revenues of 7,85 million US dollars", Decimal("7850000")),
        ("about 418,5 thousand euros", Decimal("418500")),
        ("42,07 hundred million yuan", Decimal("4207000000")),
        # Chinese and Japanese multipliers glued to the word after them
        ("42,07亿元", Decimal("4207000000")),
        ("職員は約3万人", Decimal("30000")),
        ("12億円", Decimal("1200000000")),
    ],
)
def test_decimal_commas_and_ideograph_multipliers(text: str, value: Decimal) -> None:
    assert [a.value for a in amounts(text)] == [value]


def test_writers_decimal_comma_reads_three_digits_after_a_comma() -> None:
    # the same writer's "42,07 hundred million" tells that "4,207 billion" is 4.207 billion
    text = "It is 42,07 hundred million yuan, that is 4,207 billion yuan."
    assert {a.value for a in amounts(text)} == {Decimal("4207000000")}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # no short decimal comma in the text: a comma group stays a thousands group
        ("17,200 million pesos", [Decimal("17200000000")]),
        # a western decimal point in the same text: the comma groups stay thousands
        ("2,500 million pesos and 3,5 billion; then 3.5 million", None),
        # alone, or before a one-letter unit, a short comma group stays unread
        ("a wall 3,5 m high", []),
        ("lots 3,6 and 4", [Decimal("4")]),
    ],
)
def test_decimal_comma_near_misses(text: str, values: list[Decimal] | None) -> None:
    found = [a.value for a in amounts(text)]
    if values is None:
        assert Decimal("2500000000") in found and Decimal("3500000") in found
    else:
        assert found == values
