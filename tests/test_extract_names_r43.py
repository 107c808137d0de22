"""Round 43 (names): a name that ends in an organization's head noun is not a person's."""

from __future__ import annotations

import pytest

from orgkg.extract.names import person, person_name


@pytest.mark.parametrize(
    "text",
    [
        "Ole Berg Trust Fund",
        "Mary Lowe Foundation",
        "Ada Corr Institute",
        "Tomas Veld Trust",
        "Ruth Okafor Memorial Fund",
        "Henrik Dahl Trusts",
        "Dr. Lena Moss Society",
        "Priya Nair Academy",
        "Jonas Ek Stiftung",
        "Hugo Brant Laboratory",
    ],
)
def test_name_ending_in_an_org_head_word_is_not_a_person(text: str) -> None:
    assert person_name(text) is None
    assert person_name(text, role_surname=True) is None


@pytest.mark.parametrize(
    "text",
    [
        "The Ole Berg Trust Fund paid for the roof.",
        "Mira Salo Foundation, which gives grants",
        "Karl Oberg Institute (a research body)",
    ],
)
def test_person_at_start_of_text_skips_a_named_fund(text: str) -> None:
    assert person(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kofi Annan", "Kofi Annan"),
        ("Robert N. Noyce", "Robert N. Noyce"),
        ("Dr. Wanjiru Kamau", "Wanjiru Kamau"),
        ("Ana María de la Fuente", "Ana María de la Fuente"),
        ("Jean d'Ormesson", "Jean d'Ormesson"),
        ("Fundi Moyo", "Fundi Moyo"),  # "Fund" inside a word is no head noun
        ("Bruno Trustman", "Bruno Trustman"),
    ],
)
def test_people_stay_people(text: str, name: str) -> None:
    found = person_name(text)
    assert found is not None
    assert found.name == name


def test_role_surname_still_ends_a_holder() -> None:
    found = person_name("Amara Dean", role_surname=True)
    assert found is not None
    assert found.family == "Dean"


def test_person_at_start_of_text_still_found() -> None:
    found = person("Sofia Lund, who chairs the Lund Trust, said")
    assert found is not None
    assert found.name == "Sofia Lund"
