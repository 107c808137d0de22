"""Round 45 (F1): the museum wall label (h33) — other names in the label text.

The lines after the intro (``Profile.extra_intro``: place and dates, medium, then the label
text) are read for later names as the intro's later sentences are:
- "In French it is the X." (a language's name, then a bare "is"),
- "In English: X." (a language label opening a sentence, the name and nothing more),
- 'Students call it simply "X".' (a quoted nickname people call it).
Near misses (a month for the language, no quotes, a lowercase description) name nothing.
"""

from __future__ import annotations

import pytest

from orgkg.extract.identity import read_identity
from orgkg.model import Profile


def _others(title: str, label: str) -> list[str]:
    profile = Profile(
        "t.txt",
        "t",
        "",
        title,
        1,
        f"{title} (NMA)",
        2,
        extra_intro=("Oslo, Norway, 1921–present", "Charters, ledgers, oak and brass", label),
    )
    identity = read_identity(profile)
    return list(identity.alternate_names)


@pytest.mark.parametrize(
    ("label", "other"),
    [
        (
            "The country's oldest archive keeps the charters of the realm. In French it is the Archives "
            "maritimes du Nord.",
            "Archives maritimes du Nord",
        ),
        (
            "Ships' logs fill the cases. In Spanish it is Archivo Marítimo del Norte.",
            "Archivo Marítimo del Norte",
        ),
        ("Ledgers since 1921. In English: Northern Maritime Archive Service.", "Northern Maritime Archive Service"),
        ('Sailors and clerks call it just "Nordie". Look for the brass seal.', "Nordie"),
        ('Researchers call it "Normarc".', "Normarc"),
    ],
)
def test_label_text_gives_other_names(label: str, other: str) -> None:
    assert other in _others("Nordmarka Maritime Archive", label)


@pytest.mark.parametrize(
    "label",
    [
        "In March it is the Harbour Festival's turn to borrow the charters.",  # a month, no language
        "Critics call it a museum of paper.",  # no quoted name
        'It calls itself modest; visitors call it "a treasure of the north and of the whole coast".',  # a phrase
        "In English: the charters were translated in 1950, and the ledgers in 1962.",  # a sentence
    ],
)
def test_label_text_near_misses(label: str) -> None:
    assert _others("Nordmarka Maritime Archive", label) == []
