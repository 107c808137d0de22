"""A securities filing's item heading opening a paragraph ("Item 4. Information on the Company —
Business Overview. ") is layout (lexicon/filing-item-heads.csv): the intro opens with the name.
A heading not in title case is text and stays. Own phrasings."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.parse import parse_profile


def _profile(intro: str, employees: str = "About 1,200 people.") -> str:
    return f"Harbour Grain Corporation\n|\n{intro}\nNumber of employees\n{employees}\n"


@pytest.mark.parametrize(
    "intro",
    [
        'Item 1. Business — General. Harbour Grain Corporation ("HGC") is a grain trader in Durban.',
        "Item 4. Information on the Company. Harbour Grain Corporation is a grain trader in Durban.",
        "Item 1A. Business Overview and History. Harbour Grain Corporation is a grain trader in Durban.",
    ],
)
def test_an_item_heading_before_the_intro_is_layout(intro: str) -> None:
    profile = parse_profile(_profile(intro), "hgc.txt")
    assert profile.intro.startswith("Harbour Grain Corporation")
    identity = extract(profile).identity
    assert identity is not None and identity.name == "Harbour Grain Corporation"


@pytest.mark.parametrize(
    "intro",
    [
        "Item 3. the budget was cut in 2020. Harbour Grain Corporation is a grain trader.",
        "Item 3. The budget was cut sharply that year. Harbour Grain Corporation is a grain trader.",
        "Items 3 and 4. Harbour Grain Corporation is a grain trader.",
    ],
)
def test_a_sentence_after_an_item_number_stays(intro: str) -> None:
    assert parse_profile(_profile(intro), "hgc.txt").intro.startswith("Item")


def test_an_item_heading_on_a_value_line_is_layout_too() -> None:
    profile = parse_profile(
        _profile("Harbour Grain Corporation is a grain trader.", "Item 6. Employees. About 1,200."), "hgc.txt"
    )
    [field] = [f for f in profile.fields if f.name == "Number of employees"]
    assert field.items[0].text == "About 1,200."
