"""extract/links.py: the website from External links, with or without a scheme."""

from __future__ import annotations

import pytest

from orgkg.extract import extract
from orgkg.model import Website
from orgkg.parse import parse_profile


def websites(body: str) -> list[str]:
    lines = ["Delta Institute", "| ||||", "|", "The Delta Institute is a research institute.", "External links"]
    facts = extract(parse_profile("\n".join([*lines, *body.splitlines()]) + "\n", "delta.txt"))
    field = next(f for f in facts.fields if f.name == "External links")
    return [f.url for f in field.facts if isinstance(f, Website)]


@pytest.mark.parametrize(
    ("body", "url"),
    [
        ("delta-institute.org", "https://delta-institute.org"),
        ("- delta.ac.uk/en", "https://delta.ac.uk/en"),
        ("* deltainstitut.dk.", "https://deltainstitut.dk"),
        ("www.delta.gov.br/institute", "https://www.delta.gov.br/institute"),
    ],
)
def test_a_host_alone_on_its_line_is_the_website(body: str, url: str) -> None:
    assert websites(body) == [url]


@pytest.mark.parametrize(
    "body",
    [
        "none (the old site delta.example.org is offline)",  # in prose: not read
        "see the annual report, p. 4",
        "info@delta-institute.org",  # an e-mail address
        "twitter.com/deltainstitute",  # a social-media page, not its own site
    ],
)
def test_no_website_from_a_host_in_prose_or_another_sites_page(body: str) -> None:
    assert websites(body) == []


# -- round 14: a field saying there is no own site; a label saying the site is another's ------


@pytest.mark.parametrize(
    "body",
    [
        "- Official website: none (closed in 1998).\n- Harbour Museum (keeper of the old building): https://harbour-museum.example.org",
        "Website: n/a\nArchive of the former laboratory: www.archive-lab.example.org",
        "* Homepage: not maintained since the closure.\n* https://friends-of-delta.example.org",
        "- City museum (custodian of the site): https://citymuseum.example.org",
        "- Heritage trust, not the institute itself: https://heritage.example.org",
        "- Unofficial fan archive: https://delta-fans.example.org",
    ],
)
def test_round14_no_website_when_the_field_says_none_or_labels_another_site(body: str) -> None:
    assert websites(body) == []


@pytest.mark.parametrize(
    ("body", "url"),
    [
        ("- Official website: https://www.delta.example.org", "https://www.delta.example.org"),
        ("Website: notredame-delta.example.org", "https://notredame-delta.example.org"),
        ("- https://www.delta.example.org (the institute's own site)", "https://www.delta.example.org"),
    ],
)
def test_round14_own_site_still_read(body: str, url: str) -> None:
    assert websites(body) == [url]


# Round 17: a link with a note right after it saying the site no longer works is not the
# website (the field statement keeps it, a diagnostic says why); an archived copy still is.
@pytest.mark.parametrize(
    "body",
    [
        "www.delta-institute.org (not active)",
        "http://www.delta-institute.org – offline since 2016",
        "https://delta-institute.org [inactive]",
        "www.delta-institute.org (no longer online)",
    ],
)
def test_round17_dead_link_is_no_website(body: str) -> None:
    assert websites(body) == []


@pytest.mark.parametrize(
    ("body", "url"),
    [
        ("https://www.delta-institute.org (archived)", "https://www.delta-institute.org"),
        ("https://www.delta-institute.org (deadlines page)", "https://www.delta-institute.org"),
        ("www.delta-institute.org (active since 2001)", "https://www.delta-institute.org"),
    ],
)
def test_round17_other_notes_keep_the_website(body: str, url: str) -> None:
    assert websites(body) == [url]


def test_round17_dead_link_diagnostic() -> None:
    lines = ["Delta Institute", "| ||||", "|", "The Delta Institute is a research institute.", "External links"]
    text = "\n".join([*lines, "www.delta-institute.org (not active)"]) + "\n"
    facts = extract(parse_profile(text, "delta.txt"))
    codes = [(d.code, d.line) for d in facts.diagnostics]
    assert ("extract.dead-link", 6) in codes
