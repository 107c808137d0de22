"""Round 39 (status): a negation mark ("✗", "✘", "×") opening a field.

A slide-deck writer opens a field with a cross before the null word ("✗ none — a private
trust", "✘ n/a — closed"). The mark adds nothing to the status phrase after it; alone (or
before a bracketed note only) it is "none". Before a name or a description it decides
nothing. All sentences are our own.
"""

from __future__ import annotations

import pytest

from orgkg.extract.status import status_of_text
from orgkg.model import FieldStatus

NONE, NA, STATED = FieldStatus.EXPLICITLY_NONE, FieldStatus.NOT_APPLICABLE, FieldStatus.STATED


@pytest.mark.parametrize(
    ("text", "heading", "status"),
    [
        ("✗ none — a privately held trust since its charter", "Parent organization", NONE),
        ("✘ none; self-governing foundation", "Parent organization", NONE),
        ("× none (the archive site was taken down)", "External links", NONE),
        ("✗ n/a — closed; no statement in the minutes", "Mission", NA),
        ("✗ N/A - a limited company, no enabling act", "Legislation", NA),
        ("✗ not applicable to a club", "Legislation", NA),
        ("✗", "Parent organization", NONE),
        ("✘ (wound up)", "External links", NONE),
    ],
)
def test_a_negation_mark_before_a_status_phrase(text: str, heading: str, status: FieldStatus) -> None:
    assert status_of_text(text, heading).status is status


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("✗ Department of Fisheries", "Parent organization"),  # a name after the mark
        ("✗ defunct → merged into the Harbour Board, Mar '74", "Mission"),
        ("× 3 regional offices", "Divisions"),  # a multiplication sign before a figure
        ("✗none of the above", "Parent organization"),  # glued to a word: no mark
        ("Ministry of Works (✗ not the Treasury)", "Parent organization"),  # a mark inside a note
        ("Statistics Board • ✗ not under the Cabinet Office", "Parent organization"),
    ],
)
def test_a_negation_mark_before_anything_else_decides_nothing(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is STATED
