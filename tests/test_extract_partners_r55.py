"""Round 55 (F1): an acronym in brackets that spells a whole name holding "and" keeps it whole."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.names import list_pieces
from orgkg.model import Member
from orgkg.parse import parse_profile


@pytest.mark.parametrize(
    "text",
    [
        "Food and Agriculture Organization of the United Nations (FAO)",
        "Fisheries and Oceans Research Board of the Pacific (FORB)",
        "Trade and Development Bank of Eastern Africa (TDB)",
        "Wildlife and Countryside Link (WCL)",
    ],
)
def test_acronym_of_the_whole_keeps_the_and_inside(text: str) -> None:
    assert list_pieces(text) == [text]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # the acronym is the last item's own: the list's "and" still splits
        ("Oxfam and the World Food Programme (WFP)", ["Oxfam", "the World Food Programme (WFP)"]),
        ("Acme Ltd and the Rural Development Fund (RDF)", ["Acme Ltd", "the Rural Development Fund (RDF)"]),
        ("Nokia and Telenor (NT)", ["Nokia", "Telenor (NT)"]),  # two letters: no evidence
    ],
)
def test_acronym_of_the_last_item_splits(text: str, pieces: list[str]) -> None:
    assert list_pieces(text) == pieces


def _members(text: str) -> set[str]:
    profile = parse_profile(f"Example Org\nPartners\n{text}\n", "x.txt")
    facts = [f for field in extract(profile).fields if field.slug == "partners" for f in field.facts]
    return {f.org.name for f in facts if isinstance(f, Member)}


def test_semicolon_list_of_whole_names_with_and() -> None:
    found = _members("Sister bodies: Trade and Development Bank of Eastern Africa (TDB); Nile Basin Initiative (NBI).")
    assert "Trade and Development Bank of Eastern Africa" in found
    assert "Trade" not in found
