"""Round 33 (F4): a count of one part of the staff is never the headcount."""

from __future__ import annotations

import pytest

from orgkg.extract.budget import _headcount_amount, headcount_findings


@pytest.mark.parametrize(
    "text",
    [
        "about 1 200 at the Bergen shipyard alone (1950)",
        "approx. 400 in the Turku laboratory alone",
        "roughly 60 engineers in the instrument workshop solely",
        "incl. approx. 80 chemists + approx. 40 doctoral students",
        "of which 300 researchers (2021)",
        "including some 45 technicians with a diploma",
        "approx. 700 at the main plant; total headcount of the group not documented",
        "some 2 100 (Malmö); the total for the concern is unknown",
    ],
)
def test_a_part_is_no_headcount(text: str) -> None:
    assert _headcount_amount(text) is None
    codes = {finding.code for finding in headcount_findings(text)}
    assert codes & {"extract.headcount-part", "extract.headcount-over-period"}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("approx. 1 400 (Dec. 2009; Gothenburg and Lund)", "1 400"),
        ("2,300 employees, incl. 400 researchers", "2,300"),
        ("approx. 650 (2022), of which 200 in Tartu", "650"),
        ("Only 35 staff work at the institute (2024)", "35"),
        # a decade dates a count as writers date it ("(1980s)"), it is no span summed over
        ("approx. 2 500 (1960s)", "2 500"),
    ],
)
def test_a_whole_count_before_its_parts_stays(text: str, number: str) -> None:
    amount = _headcount_amount(text)
    assert amount is not None and amount.number_text == number
