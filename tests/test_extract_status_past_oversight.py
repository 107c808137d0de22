"""The past of "does not oversee" for a body that is gone ("Acme did not oversee any
regulations; it was a mill") is a null of Regulations overseen; under External links a website
kept no more ("no longer maintains a website of its own") is a null, and the other body's link
after it is no website of the organization. Own phrasings."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.extract.status import status_of_text
from orgkg.model import FieldStatus, Website
from orgkg.parse import parse_profile


@pytest.mark.parametrize(
    "text",
    [
        "The Lantern Mill did not oversee any regulations; it was a textile maker, not a regulator.",
        "The Harbour Guild did not regulate trade in the port.",
    ],
)
def test_past_oversight_denied_is_a_null(text: str) -> None:
    assert status_of_text(text, "Regulations overseen").status is FieldStatus.EXPLICITLY_NONE


def test_oversight_stated_in_the_past_stays_stated() -> None:
    text = "The Lantern Mill oversaw the Weaving Safety Rules of 1921."
    assert status_of_text(text, "Regulations overseen").status is FieldStatus.STATED


def _links(body: str) -> tuple[FieldStatus, list[str]]:
    lines = ["Delta Works", "| ||||", "|", "Delta Works was a shipyard.", "External links", body]
    facts = extract(parse_profile("\n".join(lines) + "\n", "delta.txt"))
    found = next(f for f in facts.fields if f.name == "External links")
    return found.status, [f.url for f in found.facts if isinstance(f, Website)]


def test_website_kept_no_more_is_a_null_and_the_successors_link_is_not_read() -> None:
    status, urls = _links(
        "Delta Works no longer maintains a website of its own. Its successor's site is https://omega.example."
    )
    assert status is FieldStatus.EXPLICITLY_NONE
    assert urls == []


def test_no_longer_elsewhere_is_no_null_of_links() -> None:
    status, urls = _links("Delta Works' archive site is https://delta.example, no longer updated since 2001.")
    assert urls == ["https://delta.example"]
    assert status is FieldStatus.STATED


def test_no_longer_maintains_counts_only_under_external_links() -> None:
    text = "The Guild no longer maintains a register; its earlier rules are still in force."
    assert status_of_text(text, "Regulations overseen").status is FieldStatus.STATED
