"""Round 46 (status): answers in an e-mail thread (h34).

- a short verdict, then any number of sentences explaining it ("Nothing above it. <why>. <why>."):
  the verdict decides; "nothing above / sits above / nobody above" deny a parent;
- an explanation, then a concluding sentence that names the field and gives it no value
  ("… Parent: none.", "So: no parent organization.", "In short, parent: none."): explicitlyNone;
- a clause negation opening the field before a contrast ("Nothing above it except the Crown")
  is read as a clause: the contrast states a value;
- Legislation: "doesn't have any" denies every founding act (explicitlyNone); "doesn't have one"
  keeps notApplicable.

All sentences are our own.
"""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.status import status_of_text
from orgkg.model import FieldStatus
from orgkg.parse import parse_profile

NONE, NA, STATED = FieldStatus.EXPLICITLY_NONE, FieldStatus.NOT_APPLICABLE, FieldStatus.STATED
PARENT, LAW, HISTORY = "Parent organization", "Legislation", "History"


@pytest.mark.parametrize(
    "text",
    [
        "Nothing above it. The cooperative is owned by its growers. It sells through a marketing board.",
        "Nothing sits above them. The guild elects its own council every spring. Dues pay for everything.",
        "Nobody above it. The foundation's trustees answer to the charity regulator. They meet twice a year.",
        "It has none. The city pays the rent. The county inspects the stage every year.",
    ],
)
def test_short_verdict_then_explanation(text: str) -> None:
    assert status_of_text(text, PARENT).status is NONE


@pytest.mark.parametrize(
    "text",
    [
        "People assume the Treasury owns it. It only audits the accounts. So: no parent organization.",
        "The ministry pays the grants. The council regulates it, but neither owns it. Parent: none.",
        "The ministry pays the grants. The council licenses it. In short, parent: none.",
        "The ministry pays the grants. The council licenses it. Bottom line — no parent.",
        "Until 2001 it belonged to Orion Holdings. The founders bought it back. Parent now: none.",
    ],
)
def test_concluding_null(text: str) -> None:
    assert status_of_text(text, PARENT).status is NONE


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        # the conclusion names another field, or goes on, or is no null
        ("The ministry pays the grants. The council regulates it. Subsidiaries: none.", PARENT),
        ("The ministry pays the grants. The council regulates it. Parent: none until 2001, then Orion.", PARENT),
        (
            "The ministry funds it. The council licenses it. No parent organization of its own, but Orion owns 60 %.",
            PARENT,
        ),
        ("It was part of Orion Holdings. Orion sold it in 2001. So: no longer a subsidiary.", PARENT),
        ("The ministry funds it. The council licenses it. Parent = ? (TODO)", PARENT),
        ("The charter was lost. It was re-issued in 1950. Parent: none.", LAW),
        ("Founded in 1950. Merged in 1990. So: no history of strikes.", HISTORY),
        # a verdict with an exception, or a first sentence longer than a verdict
        ("Nothing above it except the Crown.", PARENT),
        ("Nothing above it but the Crown.", PARENT),
        ("Nothing above it except the Crown. The Crown appoints the board. It reports yearly.", PARENT),
        ("Above it sits the Ministry of Transport. The ministry appoints the board. It reports yearly.", PARENT),
        ("It has no vote in the ministry's budget talks. The ministry owns it. It reports yearly.", PARENT),
    ],
)
def test_no_null_from_near_misses(text: str, heading: str) -> None:
    assert status_of_text(text, heading).status is not NONE


@pytest.mark.parametrize(
    "text",
    [
        "It doesn't have any. It's a registered friendly society, not a statutory body.",
        "The trust does not have any.",
        "We never had any — we are a club of printers.",
        "Didn't have any, it was set up by its members.",
    ],
)
def test_legislation_does_not_have_any(text: str) -> None:
    assert status_of_text(text, LAW).status is NONE


def test_legislation_does_not_have_one_is_not_applicable() -> None:
    assert status_of_text("It doesn't have one; a partnership needs no act.", LAW).status is NA


def test_mail_thread_answers() -> None:
    text = (
        "Harbour Lantern Society\n"
        "From: Ana · To: profiles list · Date: Tue, 4 Mar 2025 · Subject: [profiles] Harbour Lantern Society — draft\n"
        "Hi all — the Harbour Lantern Society is a volunteer group that keeps old lighthouses lit. — Ana\n"
        "Parent organization\n"
        "> Ben: under the port authority?\n"
        "Not as a parent. The port authority leases it the towers, but it does not own the society. "
        "Parent: none.\n"
        "Legislation\n"
        "It doesn't have any. It's a registered friendly society.\n"
    )
    statuses = {field.name: field.status for field in extract(parse_profile(text, "t.txt")).fields}
    assert statuses[PARENT] is NONE
    assert statuses[LAW] is NONE
