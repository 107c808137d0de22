"""The one place where orgkg mints IRIs (DESIGN §4).

Every node gets a path-style IRI under one configurable base, built from slugs that
contain only ``[a-z0-9-]``: no text from a profile can ever reach an IRI unescaped.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import SplitResult, urlsplit

from orgkg.errors import IRIError, UsageError

if TYPE_CHECKING:
    from rdflib import URIRef

DEFAULT_BASE = "https://w3id.org/orgkg/"

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_US = re.compile(r"\bu\.\s?s\.(?=\s|$|[^a-z])", re.IGNORECASE)
# RFC 3987 forbids these anywhere in an IRI; rdflib would accept some of them. Besides
# controls, space and delimiters: characters outside ucschar (C1 controls, private use,
# non-characters; iprivate is refused in queries too) and a "%" without two hex digits.
_OUTSIDE_UCSCHAR = (
    "\x7f-\x9f\ue000-\uf8ff\ufdd0-\ufdef\ufff0-\uffff"
    + "".join(f"{chr(plane * 0x10000 + 0xFFFE)}-{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 14))
    + "\U000e0000-\U000e0fff\U000efffe-\U0010ffff"
)
_IRI_FORBIDDEN = re.compile(rf'[\x00-\x20<>"{{}}|\\^`{_OUTSIDE_UCSCHAR}]|%(?![0-9A-Fa-f]{{2}})')
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_SEGMENT = re.compile(r"[a-z0-9][a-z0-9-]*")  # of a minted path
_IP_LITERAL_AUTHORITY = re.compile(r"(?:[^@\[\]]*@)?\[[0-9A-Fa-f:.]+\](?::[0-9]*)?")
MAX_SLUG = 80

# The layout's top-level sections (the first path segment under the base), keyed by the
# short prefix queries and tables use for them (``o:national-science-foundation``).
SECTIONS: dict[str, str] = {
    "o": "org",
    "person": "person",
    "place": "place",
    "c": "concept",
    "src": "source",
    "g": "graph",
}
# source/web/… and source/site/… are web pages and sites any profile may cite: shared,
# never owned by the profile whose document would otherwise be called "web" or "site".
_SHARED_SOURCES = ("web", "site")


def slugify(text: str) -> str:
    """``"U.S. Department of Commerce"`` → ``"us-department-of-commerce"``.

    NFKD then ASCII, lowercase, runs of anything else become one ``-``. Text with no
    ASCII letters or digits at all (e.g. only CJK) gets a stable hash-based slug so
    that distinct names never collapse into one empty slug.
    """
    text = _US.sub("us ", text)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")
    if not slug:
        return "x-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    if len(slug) > MAX_SLUG:
        digest = hashlib.sha256(slug.encode()).hexdigest()[:8]
        slug = slug[: MAX_SLUG - 9].rstrip("-") + "-" + digest
    return slug


SUFFIX_HEX = 8  # hex digits of the collision suffix (32 bits of SHA-256)


def distinct_slug(slug: str, key: str) -> str:
    """``slug`` made distinct for the name whose normalised form is ``key``: the slug, a
    hyphen and the first 8 hex digits of SHA-256(``key``), cut to ``MAX_SLUG``.

    For names that slug alike but are different names ("C Foundation", "C++ Foundation"):
    one of them keeps the bare slug, the others get this (``orgkg.resolve`` decides which;
    docs/security.md). The same key always gives the same suffix, whatever the build.
    """
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:SUFFIX_HEX]
    return slug[: MAX_SLUG - SUFFIX_HEX - 1].rstrip("-") + "-" + digest


def check_iri(value: str) -> URIRef:
    """Return ``value`` as a URIRef if it is a valid absolute IRI; raise IRIError otherwise."""
    if not _SCHEME.match(value) or _IRI_FORBIDDEN.search(value):
        raise IRIError(f"not a valid absolute IRI: {value!r}")
    from rdflib import URIRef  # lazy: keeps `orgkg --help` free of rdflib

    return URIRef(value)


def _split(value: str) -> SplitResult | None:
    """``urlsplit`` that answers None where it would raise ("https://[::1/", port "abc")."""
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return None
    return parts


def normalize_base(base: str) -> str:
    """A base must be an absolute http(s) IRI; it always ends with ``/``."""
    parts = _split(base)
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc or _IRI_FORBIDDEN.search(base):
        raise UsageError(f"--base must be an absolute http(s) IRI, got {base!r}")
    if parts.query or parts.fragment:
        raise UsageError(f"--base must not carry a query or fragment: {base!r}")
    return base if base.endswith("/") else base + "/"


def web_url(value: str) -> str | None:
    """``value`` if it is an absolute http(s) URL that is also a valid IRI, else None.

    ``javascript:``, ``file:``, ``data:`` and relative URLs from references never
    become links in the graph.
    """
    value = value.strip()
    parts = _split(value)
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if _IRI_FORBIDDEN.search(value):
        return None
    # one "@" at most, "[" and "]" only around an IPv6 host, "#" only once
    after_host = value[len(parts.scheme) + 3 + len(parts.netloc) :]
    if "[" in after_host or "]" in after_host or "#" in parts.fragment or parts.netloc.count("@") > 1:
        return None
    if "[" in parts.netloc and not _IP_LITERAL_AUTHORITY.fullmatch(parts.netloc):
        return None
    return value


@dataclass(frozen=True)
class Owned:
    """The nodes one profile owns: its organization and what is minted under it, its
    named graphs, its source document. Everything else (concepts, people, places, web
    pages, other organizations) may be mentioned by several profiles."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]

    def __call__(self, iri: str) -> bool:
        return iri in self.exact or iri.startswith(self.prefixes)

    def as_nt(self) -> Owned:
        """The same test for N-Triples text (``<iri>``), as the writers hold terms."""
        return Owned(frozenset(f"<{iri}>" for iri in self.exact), tuple(f"<{p}" for p in self.prefixes))


@dataclass(frozen=True)
class Minter:
    """Mints every IRI of one build. Paths follow DESIGN §4."""

    base: str = DEFAULT_BASE

    def __post_init__(self) -> None:
        object.__setattr__(self, "base", normalize_base(self.base))

    def _mint(self, *segments: str) -> URIRef:
        for segment in segments:
            if not _SEGMENT.fullmatch(segment):
                raise IRIError(f"internal: unsafe IRI segment {segment!r}")
        # valid by construction (``normalize_base`` checked the base as ``check_iri`` would,
        # and the segments are safe), so not checked again: it is minted for every node
        from rdflib import URIRef  # lazy, as in check_iri

        return URIRef(self.base + "/".join(segments))

    def org(self, org: str) -> URIRef:
        return self._mint("org", org)

    def person(self, person: str) -> URIRef:
        return self._mint("person", person)

    def place(self, place: str) -> URIRef:
        return self._mint("place", place)

    def under_org(self, org: str, kind: str, slug: str) -> URIRef:
        """Nodes owned by one organization: ``org/{org}/{kind}/{slug}`` (unit, post, ...)."""
        return self._mint("org", org, kind, slug)

    def membership(self, org: str, role: str, person: str, start: int | None = None) -> URIRef:
        """A holding of a post as an ``org:Membership``: ``org/{org}/membership/{role}-{person}``,
        plus the start year when the same person held the role more than once."""
        slug = f"{role}-{person}" if start is None else f"{role}-{person}-{start:04d}"
        return self._mint("org", org, "membership", slug)

    def membership_period(self, membership: URIRef, *part: str) -> URIRef:
        """The ``time:Interval`` of a membership (``…/period``) and its instants
        (``…/period/beginning``, ``…/period/end``)."""
        own = str(membership)
        if not own.startswith(self.base):
            raise IRIError(f"internal: {own!r} was not minted under {self.base!r}")
        return self._mint(*own[len(self.base) :].split("/"), "period", *part)

    def concept(self, scheme: str, slug: str) -> URIRef:
        return self._mint("concept", scheme, slug)

    def source(self, doc: str) -> URIRef:
        return self._mint("source", doc)

    def web_page(self, url: str) -> URIRef:
        """One IRI per distinct URL: a readable slug plus a hash so similar URLs never merge."""
        readable = slugify(re.sub(r"^https?://(www\.)?", "", url))[:60].rstrip("-")
        return self._mint("source", _SHARED_SOURCES[0], f"{readable}-{hashlib.sha256(url.encode()).hexdigest()[:8]}")

    def web_site(self, name: str) -> URIRef:
        return self._mint("source", _SHARED_SOURCES[1], slugify(name))

    def retrieval(self, doc: str, page: URIRef, accessed: str) -> URIRef:
        key = hashlib.sha256(f"{page}|{accessed}".encode()).hexdigest()[:8]
        return self._mint("source", doc, "retrieval", key)

    def graph(self, org: str, field: str) -> URIRef:
        return self._mint("graph", org, field)

    def node_prefixes(self) -> dict[str, str]:
        """Short prefixes for the layout's sections (``o:`` = ``{base}org/``, ...)."""
        return {prefix: f"{self.base}{segment}/" for prefix, segment in SECTIONS.items()}

    def owned(self, org: str, doc: str) -> Owned:
        """Which node IRIs belong to the profile of organization ``org`` and document ``doc``
        (the build's per-profile section; everything else goes to the shared one)."""
        own = str(self.org(org))
        exact, prefixes = {own}, [own + "/", f"{self.base}graph/{org}/"]
        if doc not in _SHARED_SOURCES:
            source = str(self.source(doc))
            exact.add(source)
            prefixes.append(source + "/")
        return Owned(frozenset(exact), tuple(prefixes))
