"""Round 53 (S: parent): a parent named inside its group, and a country's possessive.

Our own sentences: "Groupe de la X" before the parent's own name, "part of the [big] X Group
family" after a cue, "These days Acme is part of …" (the present before the subject), and
"Bolivia's Ministry of Mining" (the ministry, without the country's possessive).
"""

from __future__ import annotations

import pytest

from orgkg.extract.identity import read_identity
from orgkg.extract.parent import read_parent
from orgkg.model import Field, FieldStatus, Item, Parent, Profile

PARENT = "Parent organization"


def _parents(text: str, title: str = "Acme Works") -> list[str]:
    identity = read_identity(Profile("t.txt", "t", "", title, 1, f"{title} is a company.", 2, ()))
    field = Field(PARENT, 3, tuple(Item(4 + n, line) for n, line in enumerate(text.split("\n"))))
    facts, _ = read_parent(field, identity)
    return [fact.org.name for fact in facts if isinstance(fact, Parent)]


# --- class 1: the group's French lead before the parent's own name ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Groupe de la Banque Lambert (actionnaire principal).", "Banque Lambert"),
        ("Groupe de l'Union Minière.", "Union Minière"),
        ("Groupe du Crédit Foncier de Madagascar", "Crédit Foncier de Madagascar"),
        ("Groupe des Chargeurs Réunis.", "Chargeurs Réunis"),
    ],
)
def test_group_lead_gives_the_parents_own_name(text: str, expected: str) -> None:
    assert _parents(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Groupe de travail interministériel.",  # a working group, no name after the lead
        "Group of Fifteen.",  # an English "Group of" is a name of its own, not unwrapped to "Fifteen"
    ],
)
def test_group_lead_without_a_name_is_kept_or_nothing(text: str) -> None:
    assert all(name not in {"Fifteen", "travail interministériel"} for name in _parents(text))


# --- class 2: "part of the [adjectives] X Group family" after a cue ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("These days Acme Works is part of the huge Bertelsmann Media Group family.", "Bertelsmann Media Group"),
        ("Acme Works is part of the big Hachette Livre group.", "Hachette Livre"),
        ("Part of the Tata Sons group of companies since 2008.", "Tata Sons"),
        ("Nowadays Acme Works belongs to the sprawling Koç Holding family.", "Koç Holding"),
    ],
)
def test_group_tail_after_a_cue(text: str, expected: str) -> None:
    assert _parents(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Acme Works is part of the Nordic group.",  # a region's adjective, one word: no name
        "Acme Works was part of the Research group.",  # a generic word, one word
        "Acme Works is part of the wider research group.",  # no capital at all
        "Acme Works is part of the huge Fiction family.",  # one common word is no owner's name
        "These days Globex Corp is part of the huge Vivendi Media Group family.",  # another subject
        "Acme Works is not part of the Bertelsmann Media Group family.",  # negated
    ],
)
def test_group_tail_near_misses(text: str) -> None:
    assert _parents(text) == []


# --- class 3: a country's possessive before a generic body's name --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Works answers to Bolivia's Ministry of Mining.", "Ministry of Mining"),
        ("Acme Works is supervised by Peru’s Ministry of Energy and Mines.", "Ministry of Energy and Mines"),
        ("Acme Works belongs to New Zealand's Department of Conservation.", "Department of Conservation"),
    ],
)
def test_country_possessive_is_dropped(text: str, expected: str) -> None:
    assert _parents(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Works is owned by McDonald's Corporation.", "McDonald's Corporation"),  # no country
        ("Acme Works reports to Tom's Holdings Ltd.", "Tom's Holdings Ltd"),
    ],
)
def test_possessive_of_no_country_is_kept(text: str, expected: str) -> None:
    names = _parents(text)
    assert len(names) == 1 and names[0].rstrip(".") == expected


def test_status_stays_stated_for_a_group_parent() -> None:
    from orgkg.extract.status import read_status

    field = Field(PARENT, 3, (Item(4, "Groupe de la Banque Lambert."),))
    assert read_status(field).status == FieldStatus.STATED
