"""Round 47 (people, founding): a denied founding act, a title word that is a family name."""

from __future__ import annotations

import pytest

from orgkg.extract.founding import find_instrument
from orgkg.extract.people import read_leader, without_honorifics
from orgkg.model import Field, Identity, Item, OrgKind, Post


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Board Act 1971 gives it borrowing powers; that Act did not establish it.",
        "The Rivers Act 1990 did not create it.",
        "The Museums Ordinance 1962 lets it hold land, which did not create it.",
        "The Tourism Law 2004 grants it a budget; this Law never created it.",
    ],
)
def test_act_denied_to_create_is_no_founding_instrument(text: str) -> None:
    assert find_instrument(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was set up under the Ports Ordinance 1950. The Harbour Act 1971 gives it powers,"
            " which did not create it.",
            "Ports Ordinance 1950",
        ),
        (
            "The Water Act 1980 created it; the Rivers Act 1990, which did not create it, widened its remit.",
            "Water Act 1980",
        ),
        ("The Water Act 1980 created it; the Rivers Act 1990 did not create a board.", "Water Act 1980"),
        ("The Rivers Act 1990 created it.", "Rivers Act 1990"),
    ],
)
def test_other_acts_kept(text: str, expected: str) -> None:
    found = find_instrument(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Mr Hon Sui Sen", "Hon Sui Sen"),
        ("Mrs Hon Mei Ling", "Hon Mei Ling"),
        ("Mr. Hon Kai Ming", "Hon Kai Ming"),
        ("Ms Hon Wai Kit", "Hon Wai Kit"),
        # near-misses: an honorific stays one
        ("Hon. John Smith", "John Smith"),
        ("Hon John Smith", "John Smith"),
        ("Mr Hon. Peter Lee", "Peter Lee"),
        ("Mr Hon Peter James Lee", "Peter James Lee"),
        ("Dr Hon Kai Ming", "Kai Ming"),
    ],
)
def test_title_word_as_family_name_after_form_of_address(name: str, expected: str) -> None:
    assert without_honorifics(name) == expected


IDENTITY = Identity("Northern Rivers Authority", OrgKind.ORGANIZATION)


def _holders(*lines: str) -> set[tuple[str, tuple[str, ...]]]:
    items = tuple(Item(11 + n, line) for n, line in enumerate(lines))
    facts, _ = read_leader(Field("Leader", 10, items), IDENTITY)
    return {(f.label, tuple(h.name for h in f.named_holders)) for f in facts if isinstance(f, Post)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The directors of the Authority included Ann Vale, 1971–79; Tom Roe, 1979–88; and Jo Kerr, 1988–95.",
            {("Director", ("Ann Vale",)), ("Director", ("Tom Roe",)), ("Director", ("Jo Kerr",))},
        ),
        (
            "Chairmen included Lionel Marsh, 1950–1957; and Ruth Ingram, 1957–1966.",
            {("Chairman", ("Lionel Marsh",)), ("Chairman", ("Ruth Ingram",))},
        ),
        (
            "Its last two Secretaries-General were Omar Haddad, 1981–90, and Ines Kowal, 1990–98.",
            {("Secretary-General", ("Omar Haddad",)), ("Secretary-General", ("Ines Kowal",))},
        ),
        (
            "Presidents have included Carl Benning, 1960–64, and Dora Fitch, 1964–70.",
            {("President", ("Carl Benning",)), ("President", ("Dora Fitch",))},
        ),
    ],
)
def test_plural_role_with_dated_holders_in_a_sentence(text: str, expected: set[tuple[str, tuple[str, ...]]]) -> None:
    assert _holders(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The founders were Ann Vale, 1971–79, and Tom Roe, 1979–88.",
        "Members were Ann Vale, 1971–79, and Tom Roe, 1979–88.",
        "Presidents included Carl Benning, 1960–64, and the Ministry of Works, 1964–70.",
        "Guests included Carl Benning and Dora Fitch.",
    ],
)
def test_no_inline_holder_list(text: str) -> None:
    assert not {h for h in _holders(text) if h[1]}
