"""extract/partners.py (round 45, museum wall labels): a verbless "A founding member of X
(year) and a member of Y" names X and Y; a cued list followed by a colon and a lowercase
explanation ("Lenders include A and B: two paintings came from each") keeps its class and
list, the explanation names nothing; "lenders" is a class of partners."""

from __future__ import annotations

import pytest

from orgkg.extract.partners import read_partners
from orgkg.model import Field, Identity, Item, MemberOf, OrgKind

from .list_helpers import partners_in_order

IDENTITY = Identity("Example Institute", OrgKind.ORGANIZATION)


def facts(text: str) -> tuple[list[str], list[str]]:
    return partners_in_order(text, IDENTITY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A founding member of the Nordic Archive Network (2001) and a member of the Baltic Library Forum.",
            ["Nordic Archive Network", "Baltic Library Forum"],
        ),
        (
            "An associate member of the European Rail Research Institute and also a full member of the Rail Union.",
            ["European Rail Research Institute", "Rail Union"],
        ),
        ("A member of the Council of Europe since 1990.", ["Council of Europe"]),
        (
            "It is a founding member of the Andean Port Alliance and a member of the Pacific Harbour Council.",
            ["Andean Port Alliance", "Pacific Harbour Council"],
        ),
    ],
)
def test_verbless_member_of_names_each_body(text: str, expected: list[str]) -> None:
    # round 58: the organization is the member, so each body is a MemberOf, not a member
    found, _ = read_partners(Field("Partners", 10, (Item(11, text),)), IDENTITY)
    assert [f.org.name for f in found if isinstance(f, MemberOf)] == expected
    assert facts(text)[0] == []


@pytest.mark.parametrize(
    "text",
    [
        "A member of staff of the Ministry of Culture visits each year.",
        "A member of the public may visit the National Gallery on Sundays.",
        "A founding member of the board, she left in 2004.",
    ],
)
def test_member_of_near_misses(text: str) -> None:
    members, classes = facts(text)
    assert members == []
    assert not any("member of" in c for c in classes)


@pytest.mark.parametrize(
    ("text", "members", "label"),
    [
        ("Lenders include the Rijksmuseum and the Tate: two came from each.", ["Rijksmuseum", "Tate"], "Lenders"),
        ("Donors include the Wellcome Trust: its grant paid for the new wing.", ["Wellcome Trust"], "Donors"),
        ("Sponsors such as Rolex and Siemens: both fund the prize.", ["Rolex", "Siemens"], "Sponsors"),
    ],
)
def test_explanation_after_a_cued_list(text: str, members: list[str], label: str) -> None:
    found, classes = facts(text)
    assert found == members
    assert label in classes
    assert all(c[:1].isupper() for c in classes)  # no lowercase explanation read as a class


@pytest.mark.parametrize(
    "text",
    [
        # a lowercase name after the cue is not read: the class stays, no member is made up
        "Lenders include the musée d'Orsay in Paris: a portrait came from its rooms.",
        "Lenders include private collectors: their names are withheld.",
    ],
)
def test_lenders_is_a_class_never_a_member(text: str) -> None:
    members, _ = facts(text)
    assert "Lenders" not in members
    assert members == [] or all(m[:1].isupper() for m in members)


def test_a_short_label_still_goes() -> None:
    assert facts("Key partners: the Wellcome Trust and Oxfam.")[0] == ["Wellcome Trust", "Oxfam"]
