"""Round 63 (identity): a memo's ISO 639-1 code labels a name in another language ("FR: …")."""

from __future__ import annotations

import pytest

from orgkg.extract import read_identity
from orgkg.parse import parse_profile


def _identity(intro: str) -> tuple[str, ...]:
    return read_identity(parse_profile(f"Harbour Gauge Office\n|\n{intro}\n", "hgo.txt")).alternate_names


@pytest.mark.parametrize(
    ("intro", "name"),
    [
        ("Harbour Gauge Office (HGO; FR: Bureau des marégraphes) — tide agency, Canada.", "Bureau des marégraphes"),
        ("Harbour Gauge Office (HGO; DE: Amt für Pegelmessung) is a tide agency.", "Amt für Pegelmessung"),
    ],
)
def test_a_language_code_label_opens_a_name_in_that_language(intro: str, name: str) -> None:
    names = _identity(intro)
    assert name in names
    assert not [n for n in names if ":" in n]


def test_a_ticker_or_an_unknown_code_is_no_language_label() -> None:
    names = _identity("Harbour Gauge Office (HGO; TSX: HGO; QQ: Tide Works) is a tide agency.")
    assert "Tide Works" not in names  # "QQ" is no ISO 639-1 code
    assert not [n for n in names if n.startswith(("TSX", "HGO:"))]
