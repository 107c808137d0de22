"""A chronicler's dated lead ("1876–1945 | X", "1953 → X") is read in one place,
dates.dated_lead, for the parent's, the address's and the leader's timeline lines."""

from __future__ import annotations

import pytest

from orgkg.extract.dates import DatedLead, dated_lead


@pytest.mark.parametrize(
    ("line", "lead"),
    [
        ("1876–1945 | Jägerstraße, Berlin", DatedLead("1876", "1945", False, "|", 1876, 12)),
        ("1953 → 1776 Main Street", DatedLead("1953", None, True, "→", 1953, 7)),
        ("c. 1960 – 1974 | chair: A", DatedLead("c. 1960", "1974", False, "|", 1960, 17)),
        ("since 2019 → Chair: B", DatedLead("2019", None, True, "→", 2019, 13)),
        ("2015–present | President: C", DatedLead("2015", None, True, "|", 2015, 15)),
        ("2005-07-20 -> — (none)", DatedLead("2005-07-20", None, True, "->", 2005, 14)),
        ("1948 — Board of Trustees", DatedLead("1948", None, False, "—", 1948, 7)),
    ],
)
def test_a_period_before_a_mark_is_a_dated_lead(line: str, lead: DatedLead) -> None:
    assert dated_lead(line) == lead
    assert line[lead.rest :].strip() == line[lead.rest :]


@pytest.mark.parametrize(
    "line",
    [
        "1776 Main Street, Santa Monica",  # a house number: no mark after it
        "1953: renamed X",  # a colon is a heading's, not a timeline's mark
        "In 1953 → X",  # the lead opens the line
        "1953 →",  # a mark with no text after it
    ],
)
def test_other_lines_have_no_dated_lead(line: str) -> None:
    assert dated_lead(line) is None
