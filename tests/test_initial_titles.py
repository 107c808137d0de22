"""A form of address written like an initial (French "M." for Monsieur, lexicon/initial-titles.csv)
is a title before a given name written in full, for every reader of a person's name (one place:
names.leading_titles); before another initial it is the person's own. Own phrasings."""

from __future__ import annotations

import pytest

from orgkg.extract.names import person_name

from .list_helpers import profile_posts

NAME = "Office des Eaux du Sahel"
INTRO = f"The {NAME} (OES) is a public water agency in Niamey."


def _posts(text: str) -> set[tuple[str, tuple[str, ...]]]:
    return profile_posts(NAME, INTRO, text, "oes.txt")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Directeur général: M. Alain Roussel, nominated in 2019.", ("Directeur général", ("Alain Roussel",))),
        ("Président du conseil: M. Jean-Baptiste Kaboré.", ("Président du conseil", ("Jean-Baptiste Kaboré",))),
        (
            "Directrice adjointe: Mme Awa Diallo; Secrétaire général: M. Ousmane B. Sy.",
            ("Secrétaire général", ("Ousmane B. Sy",)),
        ),
    ],
)
def test_initial_form_of_address_is_no_part_of_a_holder(text: str, expected: tuple[str, tuple[str, ...]]) -> None:
    posts = _posts(text)
    assert expected in posts
    assert not any(name.startswith("M. ") for _, names in posts for name in names)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Director: M. S. Rao.", "M. S. Rao"),  # an initial before an initial: his own
        ("Director: J. M. Okafor.", "J. M. Okafor"),
    ],
)
def test_initial_before_an_initial_stays(text: str, holder: str) -> None:
    assert any(holder in names for _, names in _posts(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("M. Gérard Lemaire", "Gérard Lemaire"),
        ("Dr. M. Paul Girard", "Paul Girard"),
        ("M. Kofi A. Mensah", "Kofi A. Mensah"),
        ("M. Pei", "M. Pei"),  # one word after it: the initial of the person's given name
        ("I. M. Pei", "I. M. Pei"),
        ("M. K. Gandhi", "M. K. Gandhi"),
        ("Mr. Gérard Lemaire", "Gérard Lemaire"),
    ],
)
def test_person_name_reads_the_initial_title(text: str, name: str | None) -> None:
    found = person_name(text)
    assert (found.name if found else None) == name
