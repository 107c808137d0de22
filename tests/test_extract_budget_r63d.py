"""Round 63d (budget): a stated amount followed by a hedge on its exactness stays stated."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orgkg.extract import extract
from orgkg.model import Budget, FieldStatus
from orgkg.parse import parse_profile

ADDRESS = "Lange Straße 4, 30159 Hannover, Germany"


def budget_field(body: str) -> tuple[FieldStatus, Budget | None]:
    lines = ["Marsch Stiftung", "| ||||", "|", "The Marsch Stiftung is a private foundation."]
    lines += ["Last total enacted budget", body, "Headquarters address", ADDRESS]
    profile = extract(parse_profile("\n".join(lines) + "\n", "marsch.txt"))
    field = next(f for f in profile.fields if f.name == "Last total enacted budget")
    return field.status, next((f for f in field.facts if isinstance(f, Budget)), None)


@pytest.mark.parametrize(
    ("body", "amount", "year"),
    [
        (
            "Around 45 million EUR (FY2021), chiefly from the state. Figure rounded; exact audited total not on file.",
            45,
            2021,
        ),
        ("About EUR 12 million in 2020; the precise amount is not published.", 12, 2020),
        ("Roughly 8 million EUR (2019). Itemised accounts not available.", 8, 2019),
    ],
)
def test_a_hedge_on_exactness_after_the_amount_keeps_it_stated(body: str, amount: int, year: int) -> None:
    status, found = budget_field(body)
    assert status is FieldStatus.STATED
    assert found is not None and found.amount == Decimal(amount) * 10**6
    assert found.currency == "EUR" and found.fiscal_year == year


@pytest.mark.parametrize(
    "body",
    [
        # the field opens with the refusal: not public, whatever follows
        "Not reported. Around 45 million EUR (FY2021); exact total not on file.",
        # a refusal without a word on exactness negates the figure beside it
        "Around 45 million EUR (FY2021). The 2023 budget is not disclosed.",
        # the hedge clause holds an amount of its own: not a hedge on the first
        "About EUR 12 million in 2020; the precise 2021 amount of EUR 14 million is not published.",
    ],
)
def test_a_refusal_that_is_no_hedge_on_exactness_reads_no_amount(body: str) -> None:
    status, found = budget_field(body)
    assert found is None
    assert status is not FieldStatus.STATED
