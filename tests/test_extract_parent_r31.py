"""Round 31 (F1): "under the tutelage of X" and "tutelated by X", calques of the Portuguese
"sob a tutela de" / "tutelado por", name the parent."""

from __future__ import annotations

import pytest

from orgkg.extract.parent import read_parent
from orgkg.model import Field, Identity, Item, OrgKind, Parent

SELF = Identity("Empresa Nacional de Águas", OrgKind.ORGANIZATION)


def _parents(text: str) -> list[str]:
    facts, _ = read_parent(Field("Parent organization", 5, (Item(6, text),)), SELF)
    return [f.org.name for f in facts if isinstance(f, Parent)]


@pytest.mark.parametrize(
    "text, parent",
    [
        ("Is under the tutelage of the Ministério da Energia e Águas.", "Ministério da Energia e Águas"),
        ("The company is under the tutelage of the Secretaría de Hacienda.", "Secretaría de Hacienda"),
        ("It is tutelated by the Ministry of Public Works.", "Ministry of Public Works"),
        ("Placed under the tutelage of the Ministério das Finanças since 1992.", "Ministério das Finanças"),
    ],
)
def test_tutelage_names_the_parent(text: str, parent: str) -> None:
    assert _parents(text) == [parent]


@pytest.mark.parametrize(
    "text",
    [
        # a negated cue names no parent
        "It is not under the tutelage of any ministry.",
        # a lowercase phrase after the cue is no name
        "Under the tutelage of the state in general.",
    ],
)
def test_no_parent_without_a_named_body(text: str) -> None:
    assert _parents(text) == []


@pytest.mark.parametrize(
    "text, parent",
    [
        (
            "Is one of the six continental confederations of the International Hockey Federation.",
            "International Hockey Federation",
        ),
        ("It is a regional confederation of the World Rowing Union.", "World Rowing Union"),
        (
            "It is one of the confederations of the Fédération Internationale de Volleyball.",
            "Fédération Internationale de Volleyball",
        ),
    ],
)
def test_confederation_of_names_the_parent(text: str, parent: str) -> None:
    assert _parents(text) == [parent]


@pytest.mark.parametrize(
    "text",
    [
        "It is a confederation of trade unions.",  # a lowercase class, no name
        "It is not a confederation of the World Rowing Union.",  # negated
        "Independent; it founded a confederation of regional bodies.",
    ],
)
def test_confederation_without_a_named_body(text: str) -> None:
    assert _parents(text) == []
