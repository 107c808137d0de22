"""A note limiting a figure to the organization itself ("(parent company only)", "standalone",
"excluding subsidiaries", lexicon/own-scope-notes.csv) keeps it the organization's own figure;
"parent company" outside such a note still names another body's. Own phrasings."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import Budget, EmployeeCount
from orgkg.parse import parse_profile


def _facts(field: str, text: str) -> list[object]:
    profile = f"Harrow Grid Company\n|\nHarrow Grid Company is a utility in Leeds.\n{field}\n{text}\n"
    facts = extract(parse_profile(profile, "hgc.txt"))
    return [f for ff in facts.fields for f in ff.facts]


def _counts(text: str) -> list[int]:
    return [f.value for f in _facts("Number of employees", text) if isinstance(f, EmployeeCount)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Roughly 4,800 (parent company only).", [4800]),
        ("About 12 thousand (parent company only, not counting the regional subsidiaries).", [12000]),
        ("3,150 people, standalone.", [3150]),
        ("2,400 employees (excluding subsidiaries).", [2400]),
    ],
)
def test_an_own_scope_note_keeps_the_figure_own(text: str, expected: list[int]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The parent company has 45,000 employees.",
        "About 9,000 (parent company).",
        "Its parent group employs 61,000 people worldwide.",
    ],
)
def test_another_bodys_figure_is_still_refused(text: str) -> None:
    assert _counts(text) == []


def test_a_budget_with_an_own_scope_note_is_read() -> None:
    budgets = [
        f
        for f in _facts("Last total enacted budget", "GBP 310 million (parent company only) in FY2023.")
        if isinstance(f, Budget)
    ]
    assert [b.amount for b in budgets] == [310_000_000]
