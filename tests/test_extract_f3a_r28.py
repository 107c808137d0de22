"""Round 28, founding family (F3a): a Legislation record keyed "Founder" / "Founders" /
"Founded by" names the founders (a note in brackets after a name dropped); a null value, a
longer key or a value that is no name names none."""

from __future__ import annotations

import pytest

from orgkg.model import Founding

from .founding_helpers import NAME, foundings

INTRO = f"The {NAME} is a research body in Ely."


def founders(legislation: str) -> list[str]:
    found: list[Founding] = foundings(INTRO, legislation=legislation)
    return [m.name for f in found for m in (f.founder, *f.founders) if m is not None]


@pytest.mark.parametrize(
    ("legislation", "names"),
    [
        ("Established\t1932\nFounder\tMarta Ilves (Marta Jaanovna Ilves; Марта Ильвес)", ["Marta Ilves"]),
        ("Founded: 4 May 1946\nFounder: Piotr Andreevich Halin (Petro Andriiovych Halin)", ["Piotr Andreevich Halin"]),
        ("Founders: Ruth Hale and Karl Berg\nStatute: own statute", ["Ruth Hale", "Karl Berg"]),
        ("Founders\tRuth Hale; Karl Berg", ["Ruth Hale", "Karl Berg"]),
        ("| Founded by | Ruth Hale |", ["Ruth Hale"]),
    ],
)
def test_a_founder_record_names_the_founders(legislation: str, names: list[str]) -> None:
    assert founders(legislation) == names


@pytest.mark.parametrize(
    "legislation",
    [
        "Founder: unknown",
        "Founder: not recorded",
        "Founder\tnone (a state body)",
        "Founders: the Ministry of Works decree of 1950",
        "Founder: no single founder",
        "Founder: see History",
        "Founded by: the city council and two guilds",
        "Founder and first director: Ruth Hale",  # a post, not the founder key
        "First director: Ruth Hale",
    ],
)
def test_a_record_without_a_named_founder_names_none(legislation: str) -> None:
    assert founders(legislation) == []


@pytest.mark.parametrize(
    ("history", "names"),
    [
        (
            "Founded in 1911 on the initiative of two village teachers, Dr. Ruth Hale and Dr. Karl Berg, "
            "who rented a hall.",
            ["Ruth Hale", "Karl Berg"],
        ),
        (
            f"The {NAME} was set up in 1920 by three local merchants, Ruth Hale, Karl Berg and Ian Moss.",
            ["Ruth Hale", "Karl Berg", "Ian Moss"],
        ),
        (
            f"The {NAME} was established in 1930 by 2 retired surveyors, Ruth Hale and Karl Berg.",
            ["Ruth Hale", "Karl Berg"],
        ),
    ],
)
def test_a_counted_group_then_its_names_gives_the_names(history: str, names: list[str]) -> None:
    found = [m.name for f in foundings(INTRO, history) for m in (f.founder, *f.founders) if m is not None]
    assert found == names


@pytest.mark.parametrize(
    "history",
    [
        # fewer names than the count: the group is not all named
        f"The {NAME} was founded in 1911 by three farmers, Ruth Hale and Karl Berg.",
        f"The {NAME} was founded in 1911 by two farmers, Ruth Hale and others.",
        # no count: a description, not a counted group
        f"The {NAME} was founded in 1911 by local farmers, Ruth Hale and Karl Berg.",
        # what follows the comma is no list of names
        f"The {NAME} was founded in 1911 by two farmers, with help from Ruth Hale.",
    ],
)
def test_a_counted_group_not_fully_named_names_none(history: str) -> None:
    found = [m.name for f in foundings(INTRO, history) for m in (f.founder, *f.founders) if m is not None]
    assert found == []
