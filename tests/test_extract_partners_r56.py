"""Round 56 (partners): denied ties, "further" partners, what an item is made of (h41, h42, h43)."""

from __future__ import annotations

import pytest

from .list_helpers import profile_partners

_partners = profile_partners


@pytest.mark.parametrize(
    "text",
    [
        "Example Org is a founding member of the World Water Council; that membership does not make the council"
        " a partner of the Trust.",
        "Our products are sold through supermarkets, kiosks and petrol stations; those outlets are customers,"
        " not partners.",
        "The museum lends works to the Louvre and the Prado; this is not a partnership, only a loan scheme.",
        "Acme buys steel from Tata Steel and Nucor, but the mills are not our partners.",
    ],
)
def test_a_sentence_denying_the_tie_names_nothing(text: str) -> None:
    assert _partners(text) == (set(), set())


@pytest.mark.parametrize(
    ("text", "member"),
    [
        # round 58: "The Trust is a member of the X" names a body it belongs to (MemberOf), not a member
        ("The Trust works with the Global Reef Network.", "Global Reef Network"),
        ("Notable partners include the Louvre and the Prado.", "Louvre"),
        ("The institute works with notable firms such as Siemens and Philips.", "Siemens"),
    ],
)
def test_near_misses_without_a_denial_keep_their_partners(text: str, member: str) -> None:
    assert member in _partners(text)[0]


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("Further partners are Lufthansa (since 2003) and Air Canada.", {"Lufthansa", "Air Canada"}),
        ("Additional partners include the Wellcome Trust and the Carter Center.", {"Wellcome Trust", "Carter Center"}),
        (
            "Other partners are the Ford Foundation and the Aga Khan Foundation.",
            {"Ford Foundation", "Aga Khan Foundation"},
        ),
    ],
)
def test_further_partners_is_no_class(text: str, members: set[str]) -> None:
    found, classes = _partners(text)
    assert members <= found
    assert not classes


def test_a_class_after_further_keeps_its_own_words() -> None:
    assert _partners("Further research partners include the Wellcome Trust and the Carter Center.")[1] == {
        "research partners"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Acme sells gas to 40 local utilities, consisting of towns and cooperatives, which resell it.",
        "Acme supplies 12 regional grids, comprising city utilities and farm cooperatives.",
        "The board serves 30 river councils, made up of landowners and anglers, across the state.",
    ],
)
def test_what_an_item_is_made_of_is_no_class(text: str) -> None:
    classes = _partners(text)[1]
    assert not any(
        word in label
        for label in classes
        for word in ("towns", "utilities and", "landowners", "consisting", "comprising", "made up")
    )


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Its grantee partners include Acme, the Builders Guild; the Ford Foundation; and Oxfam.",
            "Acme, the Builders Guild",
        ),
        (
            "The institute works with Nordhavn, the Harbour Alliance; Initech; and Globex Corporation.",
            "Nordhavn, the Harbour Alliance",
        ),
        (
            "Our partners are Lumen, the Light Foundation (since 2001); the Carter Center; and Oxfam.",
            "Lumen, the Light Foundation",
        ),
    ],
)
def test_a_glossed_name_between_semicolons_is_one_partner(text: str, member: str) -> None:
    found = _partners(text)[0]
    assert member in found
    assert member.split(", the ")[1] not in found


@pytest.mark.parametrize(
    "text",
    [
        "Partners include the Louvre, the Prado and the Uffizi.",  # commas part the items
        "Partners: the Ford Foundation; Oxfam, the Carter Center and the Wellcome Trust.",  # a comma list inside
        "Partners include UNICEF, the children's agency; the Ford Foundation; and Oxfam.",  # a lowercase gloss
    ],
)
def test_no_glossed_name_without_its_shape(text: str) -> None:
    assert not any(", the " in name for name in _partners(text)[0])
