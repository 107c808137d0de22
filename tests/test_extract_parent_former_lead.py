"""The former-mark lead of a parent clause ("Formerly part of X") and the naming verbs it
leaves to the name readers ("formerly known as X" names the organization, not a past parent).
Pinned phrase by phrase so that moving the verbs into the lexicon changes no match."""

from __future__ import annotations

import pytest

from orgkg.extract import parent
from orgkg.extract.parent import former_parent


@pytest.mark.parametrize(
    "clause",
    [
        "Formerly part of the Ministry of Health",
        "It was previously attached to the Ministry of Health",
        "Once a division of Acme Holdings",
        "was formerly under the Ministry of Health",
        "Formerly, part of the Ministry of Health",
        "In the past part of the Ministry of Health",
        # naming words the lead does not exclude: they stay former leads
        "Formerly branded as Acme",
        "Formerly referred to as Acme",
        "Formerly spelled Akme",
        "Formerly knowns as Acme",
        "Formerly naming rights held by Acme",
    ],
)
def test_former_lead_matches(clause: str) -> None:
    assert parent._FORMER_LEAD.match(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "Formerly known as the Ministry of Health",
        "formerly called Acme Holdings",
        "Previously named Acme Holdings",
        "Originally styled Acme Holdings",
        "Once titled the Acme Board",
        "Formerly, known as Acme",
        "FORMERLY KNOWN AS ACME",
        "It was formerly called Acme",
        "Part of the Ministry of Health",
        "Now part of the Ministry of Health",
    ],
)
def test_former_lead_does_not_match(clause: str) -> None:
    assert parent._FORMER_LEAD.match(clause) is None


def test_former_parent_skips_a_former_name() -> None:
    assert former_parent("Formerly part of the Ministry of Health") == "Ministry of Health"
    assert former_parent("Formerly known as the Acme Board") is None
