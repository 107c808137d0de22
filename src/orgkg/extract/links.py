"""External links: the website and Wikidata identity."""

from __future__ import annotations

import re

from orgkg.iri import web_url
from orgkg.model import Fact, Field, Identity, SameAs, Website

from .reader import ReaderResult

_URL = re.compile(r"https?://[^\s<>\"'()\[\]]+", re.I)
_WIKIDATA = re.compile(r"^https?://(?:www\.)?wikidata\.org/(?:wiki|entity)/(Q\d+)$", re.I)


def read_links(field: Field, _: Identity) -> ReaderResult:
    facts: list[Fact] = []
    for url in _URL.findall(field.text):
        url = url.rstrip(".,;")
        wikidata = _WIKIDATA.match(url)
        if wikidata:
            facts.append(SameAs(f"http://www.wikidata.org/entity/{wikidata[1]}"))
        elif web_url(url) and not any(isinstance(f, Website) for f in facts):
            facts.append(Website(url))
    return facts, None
