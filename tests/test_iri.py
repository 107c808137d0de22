"""IRI minting: one place, strict, and no text can escape into an IRI."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgkg.errors import IRIError, UsageError
from orgkg.iri import Minter, check_iri, normalize_base, slugify, web_url


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("U.S. Department of Commerce", "us-department-of-commerce"),
        ("Advanced Manufacturing Partnership", "advanced-manufacturing-partnership"),
        ("AMP 2.0", "amp-2-0"),
        ("École Polytechnique Fédérale", "ecole-polytechnique-federale"),
        ("  --Weird__Name!!  ", "weird-name"),
        ("Washington, D.C.", "washington-d-c"),
    ],
)
def test_slugify(text, slug):
    assert slugify(text) == slug


def test_slug_of_non_ascii_text_is_stable_and_distinct():
    assert slugify("東京") == slugify("東京")
    assert slugify("東京") != slugify("大阪")
    assert re.fullmatch(r"x-[0-9a-f]{12}", slugify("東京"))


def test_long_slugs_are_shortened_without_collisions():
    a, b = slugify("a" * 200 + " one"), slugify("a" * 200 + " two")
    assert len(a) <= 80 and len(b) <= 80 and a != b


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_a_safe_slug(text):
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", slugify(text))


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1))
def test_minted_iris_are_always_valid(text):
    minter = Minter()
    iri = minter.under_org(slugify(text), "unit", slugify(text))
    assert check_iri(str(iri)) == iri
    assert str(iri).startswith("https://w3id.org/orgkg/org/")


@pytest.mark.parametrize(
    "bad", ['https://x.org/a"b', "https://x.org/<a>", "no-scheme", "https://x.org/a b", "https://x.org/\n"]
)
def test_check_iri_rejects_invalid(bad):
    with pytest.raises(IRIError):
        check_iri(bad)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.nsf.gov/about", "https://www.nsf.gov/about"),
        ("javascript:alert(1)", None),
        ("file:///etc/passwd", None),
        ("/relative/path", None),
        ("https://x.org/<script>", None),
    ],
)
def test_web_url_only_accepts_http(url, expected):
    assert web_url(url) == expected


def test_base_must_be_absolute_http():
    assert normalize_base("https://example.org/kg") == "https://example.org/kg/"
    for bad in ("example.org", "ftp://example.org/", "https://example.org/?q=1", "https://exa mple.org/"):
        with pytest.raises(UsageError):
            normalize_base(bad)


def test_minter_paths_follow_the_design():
    minter = Minter("https://example.org/")
    assert str(minter.org("nsf")) == "https://example.org/org/nsf"
    assert str(minter.under_org("nsf", "address", "hq")) == "https://example.org/org/nsf/address/hq"
    assert str(minter.concept("role", "director")) == "https://example.org/concept/role/director"
    assert str(minter.graph("nsf", "mission")) == "https://example.org/graph/nsf/mission"
    with pytest.raises(IRIError):
        minter.org("../etc")


def test_distinct_slug_is_the_slug_plus_a_hash_of_the_normalised_name():
    import hashlib

    from orgkg.iri import MAX_SLUG, distinct_slug

    digest = hashlib.sha256(b"c++ foundation").hexdigest()[:8]
    assert distinct_slug("c-foundation", "c++ foundation") == f"c-foundation-{digest}"
    assert distinct_slug("c-foundation", "c# foundation") != distinct_slug("c-foundation", "c++ foundation")
    long = distinct_slug("a" * MAX_SLUG, "key")
    assert len(long) == MAX_SLUG and re.fullmatch(r"[a-z0-9][a-z0-9-]*", long)


def test_owned_nodes_follow_the_minted_layout():
    """The build's per-profile section is decided by the minter, never by a copy of its paths."""
    minter = Minter("https://example.org/kg")
    owned = minter.owned("acme", "acme-profile")
    for iri in (
        minter.org("acme"),
        minter.under_org("acme", "unit", "research"),
        minter.graph("acme", "address"),
        minter.source("acme-profile"),
        minter.retrieval("acme-profile", minter.web_page("https://acme.example/"), "2024-01-01"),
    ):
        assert owned(str(iri)), iri
    for iri in (
        minter.org("acme-labs"),  # a prefix of the slug is another organization
        minter.org("other"),
        minter.person("jane-doe"),
        minter.concept("field-status", "stated"),
        minter.web_page("https://acme.example/"),
        minter.web_site("Acme"),
    ):
        assert not owned(str(iri)), iri
    # a profile document literally named "web" does not own every cited web page
    assert not minter.owned("web", "web")(str(minter.web_page("https://acme.example/")))
    assert owned.as_nt()(f"<{minter.graph('acme', 'address')}>")


def test_node_prefixes_are_the_minters_sections():
    minter = Minter("https://example.org/kg/")
    prefixes = minter.node_prefixes()
    assert str(minter.org("acme")) == prefixes["o"] + "acme"
    assert str(minter.graph("acme", "name")).startswith(prefixes["g"])
    assert str(minter.concept("s", "x")).startswith(prefixes["c"])
    assert str(minter.source("d")).startswith(prefixes["src"])
