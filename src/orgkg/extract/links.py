"""External links: the website and Wikidata identity."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from orgkg.iri import web_url
from orgkg.model import Fact, Field, Identity, SameAs, Severity, Website

from . import lexicon
from .budget import Finding
from .reader import ReaderResult
from .status import status_of_text
from .text import record

_URL = re.compile(r"https?://[^\s<>\"'()\[\]]+", re.I)
_WIKIDATA = re.compile(r"^https?://(?:www\.)?wikidata\.org/(?:wiki|entity)/(Q\d+)$", re.I)
# "Wikidata: Q42944", "its Wikidata identifier is Q4711": a bare id only after the word
# Wikidata, maybe a noun of lexicon/wikidata-id-nouns.csv and "is".
_WIKIDATA_ID = re.compile(
    rf"\bWikidata\b[^\w\n]{{0,5}}(?:(?:{lexicon.alternation(lexicon.wikidata_id_nouns())})\b[^\w\n]{{0,3}}(?:is\s)?)?"
    r"(Q\d{1,12})\b",
    re.I,
)
# "www.example.org" without a scheme: a URL only when it starts with "www." and ends in a
# letters-only top-level domain (unambiguous); it is read as https.
_BARE_WWW = re.compile(r"(?<![\w@/.])www\.[^\s<>\"'()\[\]]{1,250}", re.I)
_HOST_AND_PATH = re.compile(r"\Awww\.(?:[a-z0-9-]{1,63}\.){1,5}[a-z]{2,24}(?:/\S*)?\Z", re.I)
# "Website: example.org": a host without "www." only right after a word naming the website
# (the word found by a regex, the host read from the next token in code: linear).
_SITE_WORDS = lexicon.alternation(k.key for k in lexicon.website_keys() if k.in_prose)
_NAMED_CUE = re.compile(rf"\b(?:{_SITE_WORDS})\b[^\w\n]{{0,4}}", re.I)
_HOST = re.compile(r"\A(?:[a-z0-9-]{1,63}\.){1,5}[a-z]{2,24}(?:/\S*)?\Z", re.I)
_NOT_WEBSITE = tuple(host for (host,) in lexicon.table("not-website-hosts"))
# "Website of the successor academy: https://…": a label naming another organization's site
_OTHER_SITE = re.compile(
    r"(?<!\w)(?:" + lexicon.alternation(w for w, _ in lexicon.table("other-site-words")) + r")(?!\w)", re.I
)
# "— visit our successor!": another body named in a call to action (only the relation rows)
_OTHER_BODY = re.compile(
    r"(?<!\w)(?:"
    + lexicon.alternation(w for w, kind in lexicon.table("other-site-words") if kind == "relation")
    + r")(?!\w)",
    re.I,
)


def _labelled_as_other(field: Field, url: str) -> bool:
    """The URL's line, before it (and after any earlier URL), labels it as a successor's,
    predecessor's or parent's site."""
    for item in field.items:
        at = item.text.find(url)
        if at != -1:
            label = item.text[:at]
            earlier = max(label.rfind("http"), label.rfind("www."))
            if earlier != -1:  # only the words after an earlier URL label this one
                space = label.find(" ", earlier)
                label = label[space:] if space != -1 else ""
            note = _note_after(item.text, at + len(url))
            # "— sign up for our news alerts today!" urges the reader: only another body named
            # in it ("— visit our successor!") labels the link
            other = _OTHER_BODY if _CALL_TO_ACTION.match(note) else _OTHER_SITE
            return _OTHER_SITE.search(label) is not None or other.search(note) is not None
    return False


# A call to action after a spaced dash on an organization's own page ("— sign up for
# our news alerts today!", "— donate now!"): a lowercase clause ending in "!".
_CALL_TO_ACTION = re.compile(r"\A\s[—–-]\s[a-z][^!]{0,118}!")


def _note_after(line: str, end: int) -> str:
    """The words right after a link up to the end of its clause ("https://x.org for the
    successor)", "https://x.org (the successor's site)"): they may say whose site it is."""
    rest = line[end : end + 120]
    stop = min((at for at in (rest.find(";"), rest.find(")", 1), rest.find("http")) if at != -1), default=len(rest))
    return rest[: stop + 1]


# "www.example.org (not active)", "http://… – offline": a note right after the link saying the
# site no longer works; an archived copy is still the site ("(archived)" is not in the table).
_DEAD_NOTE = re.compile(
    r"\s?(?:[(\[]|[-–—]\s)\s?(?:" + lexicon.alternation(w for (w,) in lexicon.table("dead-link-words")) + r")(?!\w)",
    re.I,
)


def _noted_dead(line: str, at: int, url: str) -> bool:
    """``line`` goes on after ``url`` (written at ``at``) with a note that the site no longer works."""
    return _DEAD_NOTE.match(line, at + len(url)) is not None


def _marked_dead(field: Field, url: str) -> bool:
    """The URL's first line goes on with a note that the site no longer works."""
    for item in field.items:
        at = item.text.find(url)
        if at != -1:
            return _noted_dead(item.text, at, url)
    return False


def _own_site(url: str) -> bool:
    """Not a page on a social-media, archive or reference host (lexicon/not-website-hosts.csv)."""
    host = (urlsplit(url).hostname or "").casefold()
    return not any(host == other or host.endswith("." + other) for other in _NOT_WEBSITE)


def _named_hosts(text: str) -> list[str]:
    hosts = []
    for cue in _NAMED_CUE.finditer(text):
        token = text[cue.end() : cue.end() + 300].split(maxsplit=1)[:1]
        host = token[0].rstrip(".,;:") if token else ""
        if "@" not in host and _HOST.match(host):
            hosts.append(host)
    return hosts


def _lone_hosts(field: Field) -> list[str]:
    """ "edhi.org" on a line of its own under External links: a host with nothing else on
    its line is the link the line gives (in prose, "example.org" may be anything)."""
    hosts = []
    for item in field.items:
        host = item.text.strip().rstrip(".")
        if "@" not in host and _HOST.match(host):
            hosts.append(host)
    return hosts


def _says_no_own_site(line: str) -> bool:
    """ "Official website: none (defunct)", "url: null (… see https://… for the successor)",
    "| Homepage | n/a |": a record of the own site whose value the status layer reads as a
    null, so any other link in the field (a custodian's, a successor's) is not the website."""
    found = record(line)
    return found is not None and found.key in _WEBSITE_KEYS and not status_of_text(found.value).stated


_WEBSITE_KEYS = frozenset(k.key for k in lexicon.website_keys())


# "None for the defunct body itself; the PTB's pages (https://…) …", "No official website;
# …": a field opening with a null word says there is no own site, whatever it links to after.
_NULL_LEAD = re.compile(
    r"\A[^\w\n]{0,3}(?:none|n/a|nil|no\s(?:official\s|own\s)?(?:website|web\ssite|site|homepage))\b", re.I
)


# "Website decommissioned; … Current program information: www.x.gov", "Homepage
# offline.": a line opening with a key of the own site and a word saying that site no longer
# works (dead-link-words.csv) says there is no own site; any other link is another body's.
_DEAD_SITE_LEAD = re.compile(
    r"\A[^\w\n]{0,3}(?:official\s)?(?:"
    + lexicon.alternation(k.key for k in lexicon.website_keys())
    + r")\s?(?::\s|\s(?:is\s|was\s|has\sbeen\s|now\s)?)(?:"
    + lexicon.alternation(w for (w,) in lexicon.table("dead-link-words"))
    + r")(?!\w)",
    re.I,
)


def _says_own_site_dead(line: str) -> bool:
    return _DEAD_SITE_LEAD.match(line) is not None


def read_links(field: Field, _: Identity) -> ReaderResult:
    facts: list[Fact] = []
    text = field.text
    no_own_site = any(_says_no_own_site(item.text) or _says_own_site_dead(item.text) for item in field.items)
    no_own_site = no_own_site or _NULL_LEAD.match(text) is not None
    bare = (www.rstrip(".,;:") for www in _BARE_WWW.findall(text))
    urls = _URL.findall(text) or [f"https://{www}" for www in bare if _HOST_AND_PATH.match(www)]
    urls = urls or [f"https://{host}" for host in _named_hosts(text)]
    urls = urls or [f"https://{host}" for host in _lone_hosts(field)]
    for url in urls:
        url = url.rstrip(".,;")
        written = url if url in text else url.removeprefix("https://")
        if _labelled_as_other(field, written) or _marked_dead(field, written):
            continue
        wikidata = _WIKIDATA.match(url)
        if wikidata:
            facts.append(SameAs(f"http://www.wikidata.org/entity/{wikidata[1]}"))
        elif not no_own_site and web_url(url) and _own_site(url) and not any(isinstance(f, Website) for f in facts):
            facts.append(Website(url))
    for wikidata_id in _WIKIDATA_ID.findall(text):
        same_as = SameAs(f"http://www.wikidata.org/entity/{wikidata_id.upper()}")
        if same_as not in facts:
            facts.append(same_as)
    return facts, None


def link_findings(field: Field) -> list[Finding]:
    """Links not read as the website because a note after them says the site no longer works."""
    found: list[Finding] = []
    for item in field.items:
        for url in [*_URL.findall(item.text), *_BARE_WWW.findall(item.text)]:
            url = url.rstrip(".,;:")
            if _noted_dead(item.text, item.text.find(url), url):
                message = f"'{url}' is marked as no longer working; not read as the website"
                found.append(Finding(Severity.INFO, "extract.dead-link", message, url))
    return found
