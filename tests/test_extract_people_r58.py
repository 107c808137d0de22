"""Round 58, F2a (leaders): "Her predecessor as P was A" / "she was succeeded as P by A" name A
as a holder of P (a post of this body only). The reader is two linear patterns: a fixed opening
found anywhere, then an anchored, bounded post ending at the verb. Own phrasings."""

from __future__ import annotations

import pytest

from orgkg.model import Identity, OrgKind

from .list_helpers import ListReaders

HALVORSEN = ListReaders(Identity("Halvorsen Polar Foundation", OrgKind.ORGANIZATION), leader_heading="Leader")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Her predecessor as Managing Director was Mr Arvid Lunde.", "Managing Director | Arvid Lunde"),
        ("His immediate predecessor as Rector was Professor Mette Vik.", "Rector | Mette Vik"),
        ("Their successor as Secretary General was Ms Solveig Brekke.", "Secretary General | Solveig Brekke"),
        ("In 2004 she was succeeded as President by Dr Kjell Aasen, a geologist.", "President | Kjell Aasen"),
        ("He was replaced as Chief Executive by Mrs Randi Moe in 2012.", "Chief Executive | Randi Moe"),
    ],
)
def test_predecessor_or_successor_as_post(line: str, expected: str) -> None:
    assert HALVORSEN.posts(line) == {expected}


@pytest.mark.parametrize(
    "line",
    [
        "Her predecessor as Director of the Fram Museum was Mr Arvid Lunde.",  # another body's post
        "His predecessor as Chair was the founding committee.",  # no person
        "Her predecessor as a researcher was Mr Arvid Lunde.",  # no post
        "The fund was succeeded as owner by Polar Holdings.",  # no pronoun, no post
        "His successor as Secretary General by Ms Solveig Brekke.",  # the verb does not fit the opening
    ],
)
def test_predecessor_near_misses(line: str) -> None:
    assert HALVORSEN.posts(line) == set()


def test_long_run_without_verb_stays_fast() -> None:
    # No verb after the post: the bounded post gives up after 60 characters.
    line = "She was succeeded as " + "Chair " * 5000
    assert HALVORSEN.posts(line) == set()


# "…, who was P from X to Y" / "…, who is also the Company's P": the relative clause names the
# post of the person whose name ends right before it.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("He followed Ms Ingrid Solheim, who was Director from 1998 to 2006.", "Director | Ingrid Solheim"),
        (
            "The President of the Foundation is Dr Harald Nes, who is also the Foundation's Chief Executive Officer.",
            "Chief Executive Officer | Harald Nes",
        ),
        (
            "The board thanked Mr Odd Rustad, who was its Secretary General until 2015.",
            "Secretary General | Odd Rustad",
        ),
        (
            "Funding was secured by Mrs Berit Foss, who was President of the Executive Board since 2001.",
            "President of the Executive Board | Berit Foss",
        ),
    ],
)
def test_who_was_post(line: str, expected: str) -> None:
    assert expected in HALVORSEN.posts(line)


@pytest.mark.parametrize(
    "line",
    [
        "The grant was signed by Mr Odd Rustad, who was Chair of the Treasury Board from 1990.",  # another body
        "The gift came from Ms Ingrid Solheim, who was the Minister's Chief Adviser in 1994.",  # another's post
        "The report cites Rustad, who was Director from 1998.",  # a surname alone
        "The lecture was given by Ms Ingrid Solheim, who was a lecturer from 1998 to 2006.",  # no post
        "The ship was sold to Polar Holdings, who were Owners from 1950.",  # no person, plural verb
    ],
)
def test_who_was_near_misses(line: str) -> None:
    assert not any(post.endswith(("Rustad", "Solheim", "Holdings")) for post in HALVORSEN.posts(line))


# A form's Leader line: "<key>: A — capacity: P (period)" names A's post P; the key only says
# why the form asks for the person.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Legal representative: Ola Brekke — capacity: Director (2010–2019)", "Director | Ola Brekke"),
        ("Signatory: Dr Tove Lie — position: Secretary General (since 2021)", "Secretary General | Tove Lie"),
        ("Authorised officer (at filing): Mats Aune — capacity: Chief Executive", "Chief Executive | Mats Aune"),
    ],
)
def test_form_capacity_line(line: str, expected: str) -> None:
    assert HALVORSEN.posts(line) == {expected}


@pytest.mark.parametrize(
    "line",
    [
        "Legal representative: see Annex C — capacity: Director",  # no person
        "Legal representative: Ola Brekke — capacity: shareholder",  # no post
        "Legal representative: Ola Brekke — remarks: Director",  # no capacity label
    ],
)
def test_form_capacity_near_misses(line: str) -> None:
    assert not any(post.startswith(("Director |", "Legal representative |")) for post in HALVORSEN.posts(line))
