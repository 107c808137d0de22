"""A parent sentence opening with the organization's own possessive ("The Orvane Rail's parent
is …", "Kestrel Airways' parent organization is …") is read as "Its parent …"; another body's
possessive is not. A sole shareholder is a parent; a majority shareholder is not. Own phrasings."""

from __future__ import annotations

from orgkg.extract.parent import read_parent
from orgkg.model import Identity, OrgKind, Parent

from .list_helpers import field

AIRLINE = Identity("Kestrel Airways Limited", OrgKind.ORGANIZATION, acronym="KAL")
RAIL = Identity("Orvane National Rail", OrgKind.ORGANIZATION, acronym="ONR")


def _parents(text: str, identity: Identity) -> list[str]:
    facts, _ = read_parent(field(text, name="Parent organization"), identity)
    return [f.org.name for f in facts if isinstance(f, Parent)]


def test_own_name_without_legal_form_and_bare_apostrophe() -> None:
    text = (
        "Kestrel Airways' parent organization is Harrow Holdings, a state investment firm, which held about "
        "60 per cent of its shares in 2019."
    )
    assert _parents(text, AIRLINE) == ["Harrow Holdings"]


def test_own_acronym_after_the() -> None:
    text = "The ONR's parent is the Orvane Transport Agency, which has held all of its capital since 2015."
    assert _parents(text, RAIL) == ["Orvane Transport Agency"]


def test_another_body_possessive_is_not_read() -> None:
    text = "Harrow Holdings' parent organization is the Treasury of Orvane."
    assert _parents(text, AIRLINE) == []


def test_sole_shareholder_is_a_parent() -> None:
    text = "The ONR's sole shareholder is the Government of Orvane, represented by its transport minister."
    assert _parents(text, RAIL) == ["Government of Orvane"]


def test_majority_shareholder_is_not_read() -> None:
    text = "The ONR's majority shareholder is the Government of Orvane."
    assert _parents(text, RAIL) == []
