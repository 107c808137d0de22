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
