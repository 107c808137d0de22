"""Free-text labels of Services provided and Regulations overseen (extract/services.py):
pieces cut outside brackets, list marks dropped, clauses and fragments kept as text only."""

from __future__ import annotations

import pytest

from orgkg.extract.budget import read_funding
from orgkg.extract.services import read_regulations, read_services
from orgkg.extract.text import free_text_labels
from orgkg.model import Field, FundingSource, Identity, Item, OrgKind, RegulatoryScope, Service

IDENTITY = Identity(name="Harbour Survey Office", kind=OrgKind.ORGANIZATION)


def _field(name: str, *lines: str, bullet: bool = False) -> Field:
    return Field(name, 10, tuple(Item(11 + n, line, bullet=bullet) for n, line in enumerate(lines)))


def _services(*lines: str, bullet: bool = False) -> list[str]:
    facts, _ = read_services(_field("Services provided", *lines, bullet=bullet), IDENTITY)
    return [fact.name for fact in facts if isinstance(fact, Service)]


def test_a_comma_inside_brackets_does_not_cut_a_label() -> None:
    labels = _services("The office provides charts (coastal, harbour and river), tide tables, and notices to mariners.")
    assert labels == ["charts (coastal, harbour and river)", "tide tables", "notices to mariners"]


def test_a_comma_between_digits_does_not_cut_a_label() -> None:
    assert _services("It keeps archives of 12,500 charts and a reading room.") == []  # "It …": a clause
    assert free_text_labels("Storage for 12,500 charts, a reading room")[0] == [
        "Storage for 12,500 charts",
        "a reading room",
    ]


def test_list_marks_and_dated_leads_are_no_part_of_a_label() -> None:
    text = "(a) hydrographic surveys, (b) wreck removal, 1950 → pilotage, 1901–1938 → lighthouses"
    labels = free_text_labels(text)[0]
    assert labels == ["hydrographic surveys", "wreck removal", "pilotage", "lighthouses"]


def test_numbered_lines_are_one_label_each() -> None:
    labels = _services("1. Hydrographic surveys", "2. Tide tables and tidal streams", "3. Notices to mariners")
    assert labels == ["Hydrographic surveys", "Tide tables and tidal streams", "Notices to mariners"]


@pytest.mark.parametrize(
    "piece",
    [
        "It regulates no harbour",  # a clause opener
        "Which the office publishes each year",
        "Yes — until 1960 it also ran the pilots",
        "The survey of channels when storms are forecast",  # a finite verb after the first word
        "Coastal charts (by 1990",  # a fragment of a split: brackets do not pair up
        "1954",  # no word
        "Survey: coastal waters",  # a label and a value
    ],
)
def test_a_clause_or_a_fragment_is_refused(piece: str) -> None:
    labels, refused = free_text_labels(piece, whole=True)
    assert labels == []
    assert refused == [piece]


def test_a_verb_phrase_listed_after_the_subject_is_still_read() -> None:
    # the seed's form: "AMP provides A, fosters B, supports C, and promotes D"
    labels = _services("HSO provides survey advice, fosters safe navigation, and promotes chart literacy.")
    assert labels == ["survey advice", "fosters safe navigation", "promotes chart literacy"]


def test_a_bulleted_item_is_cut_at_its_semicolons_only() -> None:
    labels = _services("Charts, tables and notices; pilotage", bullet=True)
    assert labels == ["Charts, tables and notices", "pilotage"]


def test_regulations_keep_their_labels_and_refuse_clauses() -> None:
    text = "The office enforces the Harbours Act 1950 (Act No. 3 of 1950). It writes its own rules."
    field = _field("Regulations overseen", text)
    facts, _ = read_regulations(field, IDENTITY)
    assert [f.label for f in facts if isinstance(f, RegulatoryScope)] == ["the Harbours Act 1950 (Act No. 3 of 1950)"]


def _funding(*lines: str, bullet: bool = False) -> list[str]:
    facts, _ = read_funding(_field("Funding", *lines, bullet=bullet), IDENTITY)
    return [fact.label for fact in facts if isinstance(fact, FundingSource)]


def test_funding_sources_are_read_after_the_funding_cue_as_labels() -> None:
    text = "The office is financed by harbour dues, (b) chart sales, and typically a state grant. It was never taxed."
    assert _funding(text) == ["harbour dues", "chart sales", "a state grant"]


def test_funding_pieces_that_are_clauses_are_refused() -> None:
    # "I am glad to say" is a speaker's aside; "which the board dislikes" a relative clause
    assert _funding("Mostly harbour dues, I am glad to say, which the board dislikes") == ["harbour dues"]


def test_funding_list_items_are_one_source_each() -> None:
    assert _funding("Harbour dues (about 60 %, 2023)", "State grant", bullet=True) == [
        "Harbour dues (about 60 %, 2023)",
        "State grant",
    ]
