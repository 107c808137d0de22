"""Plausibility checks: a wrong graph made visible (issue 12 item 8, docs/validation.md).

Extraction keeps a value only when it is sure; these checks are the net under it. They
flag, as Warnings, values whose form contradicts what they claim to be:

- a name (of an organization, unit, person, program or post) that is a function word or a
  placeholder ("Not", "N/A", "The", "Inc"), a title alone ("Director"), a sentence (a
  finite verb, a closing full stop, a semicolon, too long) or a fragment left by a split
  (unbalanced brackets, a dangling "and" / "&" / comma); a person name that starts with a
  title or honorific;
- a postal address whose postal code does not match its country's pattern
  (``ontology/lexicon/postal-codes.csv``), whose region is not one of the country's
  subdivision codes (``pycountry``) or holds a number, or whose locality holds a number,
  a region code or stray punctuation;
- a count or an amount that is the bare number of its own text ("1.4 million" read as 1,
  "4,100" read as 4): a multiplier or a digit group was lost.

The word lists are the extractor's lexicon tables (``ontology/lexicon/``); the graph-shaped
rules (a founder that is the organization itself, a dissolution before the founding, a
zero count or amount, a year glued to a name) are SHACL, in ``shapes/plausibility.ttl``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import cache

from rdflib import Graph, Literal
from rdflib.term import Node

from orgkg.model import Severity
from orgkg.namespaces import ORG, ORGKG, RDF, SDO
from orgkg.rdf_terms import sorted_terms
from orgkg.vocabcheck import Hit, Vocabulary

# The finding codes, in the order the checks run.
CODES: tuple[str, ...] = (
    "plausibility.name-function-word",
    "plausibility.name-title-only",
    "plausibility.name-sentence",
    "plausibility.name-fragment",
    "plausibility.name-common-noun",
    "plausibility.person-title",
    "plausibility.postal-code",
    "plausibility.address-region",
    "plausibility.address-locality",
    "plausibility.lost-multiplier",
)

# A name longer than this is prose, not a name (the longest real names run to ~12 words).
_MAX_NAME_WORDS = 15
_MAX_NAME_CHARS = 150


class NameKind(Enum):
    ORGANIZATION = "organization"
    PERSON = "person"
    PROGRAM = "program"
    POST = "post"
    UNIT = "unit"  # a unit is often named by the text's common nouns ("steering committee")


@dataclass(frozen=True)
class Words:
    """The lexicon tables the name checks read, loaded once."""

    function: frozenset[str]  # lowercase
    verbs: frozenset[str]  # lowercase finite verbs
    glue: frozenset[str]  # lowercase words that join a name's words ("of", "do", "von")
    titles: tuple[tuple[str, bool], ...]  # person titles, with "may take a full stop"
    role_words: frozenset[str]  # lowercase words of roles, titles and role modifiers
    role_heads: frozenset[str]  # lowercase words of roles and titles alone
    legal_forms: frozenset[str]  # "Inc.", "Ltd", "e.V." as written


@cache
def words() -> Words:
    from orgkg.extract.lexicon import table

    def column(name: str) -> frozenset[str]:
        return frozenset(row[0] for row in table(name))

    titles = tuple((row[0], row[1] == "yes") for row in table("person-titles"))
    title_words = frozenset(w.lower() for title, _ in titles for w in title.split())
    roles = frozenset(w for role in column("roles") for w in re.split(r"[-\s]", role))
    glue = frozenset(w.lower() for w in column("name-glue") | column("name-particles"))
    return Words(
        function=frozenset(w.lower() for w in column("function-words")),
        verbs=frozenset(w.lower() for w in column("sentence-verbs")),
        glue=glue,
        titles=titles,
        role_words=roles | title_words | frozenset(w.lower() for w in column("role-modifiers")),
        role_heads=roles | title_words,
        legal_forms=column("legal-form-suffixes") | column("corporate-suffixes"),
    )


# --- names ------------------------------------------------------------------------------

_BRACKETS = {"(": ")", "[": "]", "{": "}"}
_EDGE_PUNCTUATION = frozenset(",;:&+/-–—")


def _balanced(text: str) -> bool:
    stack: list[str] = []
    for char in text:
        if char in _BRACKETS:
            stack.append(_BRACKETS[char])
        elif char in _BRACKETS.values() and (not stack or stack.pop() != char):
            return False
    return not stack and text.count('"') % 2 == 0 and text.count("“") == text.count("”")


def _bare(word: str) -> str:
    return word.strip(".,;:()[]\"'“”‘’").lower()


def _is_acronym(word: str) -> bool:
    """ "IT", "NASA", "W3C": capitals (and digits), which no function word is."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and word.isalnum()


def _is_legal_form(text: str, lexicon: Words) -> bool:
    text = text.strip(" ,")
    return any(text in (form, form.rstrip(".")) for form in lexicon.legal_forms)


def _sentence_stop(last: str, lexicon: Words) -> bool:
    """A name that ends like a sentence: "… applicable.", not "Acme Inc." or "U.S." or "Jr."."""
    if not last.endswith(".") or last.endswith(".."):
        return False
    core = last.rstrip(".")
    if not core or "." in core or _is_legal_form(last, lexicon):
        return False
    # Capitalised words of up to four letters are abbreviations ("Co.", "Jr.", "Bros.").
    return core[0].islower() or (len(core) > 4 and not core.isupper())


Problem = tuple[str, str]  # (finding code, reason)


def name_problem(text: str, kind: NameKind, lexicon: Words | None = None) -> Problem | None:
    """(finding code, reason) when ``text`` cannot be a name of ``kind``, else None: the
    first of the checks below, in this order, that finds a problem."""
    lexicon = lexicon or words()
    tokens = text.split()
    if not tokens:
        return None  # empty names are text.ttl's Violation
    name = _Name(text, kind, tokens, [_bare(t) for t in tokens], lexicon)
    for check in (_function_words, _fragment, _sentence, _title_or_common_noun):
        if problem := check(name):
            return problem
    return None


@dataclass(frozen=True)
class _Name:
    """A name being judged, split into words (``tokens``) and their bare lowercase forms."""

    text: str
    kind: NameKind
    tokens: list[str]
    bare: list[str]
    lexicon: Words


def _function_words(name: _Name) -> Problem | None:
    tokens, lexicon = name.tokens, name.lexicon
    if all(b in lexicon.function for b, t in zip(name.bare, tokens, strict=True) if not _is_acronym(t)) and not all(
        _is_acronym(t) for t in tokens
    ):
        return "plausibility.name-function-word", "a function word or a placeholder, not a name"
    if name.kind is not NameKind.PERSON and _is_legal_form(name.text, lexicon):
        return "plausibility.name-function-word", "a legal form without a name"
    return None


def _fragment(name: _Name) -> Problem | None:
    text = name.text
    if not _balanced(text):
        return "plausibility.name-fragment", "a fragment: its brackets or quotes do not pair up"
    if text[0] in _EDGE_PUNCTUATION or text[-1] in _EDGE_PUNCTUATION or text[0] in ".)]}" or text[-1] in "([{":
        return "plausibility.name-fragment", "a fragment: it starts or ends with a punctuation mark"
    edges = {name.bare[0], name.bare[-1]} if len(name.tokens) > 1 else set()
    if edges & {"and", "or", "&", "of", "for", "with", "und", "et"}:
        return "plausibility.name-fragment", "a fragment: it starts or ends with a joining word"
    return None


def _sentence(name: _Name) -> Problem | None:
    text, tokens, lexicon = name.text, name.tokens, name.lexicon
    lower = [b for b, t in zip(name.bare, tokens, strict=True) if t[:1].islower() and b not in lexicon.glue]
    if any(b in lexicon.verbs for b in lower):
        return "plausibility.name-sentence", "a clause or sentence (it has a verb), not a name"
    if ";" in text:
        return "plausibility.name-sentence", "several names or sentences (a semicolon), not one name"
    if name.kind in (NameKind.PERSON, NameKind.POST) and ":" in text:
        return "plausibility.name-sentence", "a label and a value (a colon), not one name"
    if len(tokens) > 1 and _sentence_stop(tokens[-1], lexicon):
        return "plausibility.name-sentence", "a sentence (it ends with a full stop), not a name"
    if len(tokens) > _MAX_NAME_WORDS or len(text) > _MAX_NAME_CHARS:
        return "plausibility.name-sentence", "too long for a name: prose, not a name"
    return None


def _title_or_common_noun(name: _Name) -> Problem | None:
    lexicon, named = name.lexicon, name.kind in (NameKind.ORGANIZATION, NameKind.PERSON)
    parts = [w for b in name.bare for w in re.split(r"[-‐–]", b) if w]
    if named and all(w in lexicon.role_words for w in parts) and any(w in lexicon.role_heads for w in parts):
        return "plausibility.name-title-only", "a title or role alone, without a name"
    first = name.tokens[0].lstrip("\"'“‘(")
    if (
        named
        and first[:1].islower()
        and first.isalpha()
        and first == first.lower()
        and name.bare[0] not in lexicon.glue
    ):
        return (
            "plausibility.name-common-noun",
            "a common noun or a fragment, not a proper name (it starts in lowercase)",
        )
    if name.kind is NameKind.PERSON and _leading_title(name.text, lexicon):
        return "plausibility.person-title", "a name with a leading title or honorific, which belongs in a post or role"
    return None


def _leading_title(text: str, lexicon: Words) -> str | None:
    for title, abbreviation in lexicon.titles:
        # the title, its full stop when it is an abbreviation, then a space ("Dr. ", "Prof ")
        after = text[len(title) :] if text.startswith(title) else None
        if after is not None and abbreviation and after.startswith("."):
            after = after[1:]
        if after is not None and after[:1].isspace():
            return title
    return None


_KIND_CLASSES = (
    (NameKind.PERSON, (str(SDO.Person),)),
    (NameKind.POST, (str(ORG.Post),)),
    (NameKind.PROGRAM, (str(ORGKG.Program),)),
    (NameKind.UNIT, (str(ORG.OrganizationalUnit),)),
    (NameKind.ORGANIZATION, (str(SDO.Organization), str(ORG.Organization))),
)


def _kind(graph: Graph, node: Node, vocab: Vocabulary) -> NameKind | None:
    types: set[str] = set()
    for t in graph.objects(node, RDF.type):
        types |= vocab.superclasses(str(t))
    for kind, classes in _KIND_CLASSES:
        if types.intersection(classes):
            return kind
    return None


def name_hits(graph: Graph, vocab: Vocabulary) -> list[Hit]:
    hits = []
    for node, name in sorted(graph.subject_objects(SDO.name)):
        if not isinstance(name, Literal):
            continue
        kind = _kind(graph, node, vocab)
        if kind is None:
            continue
        problem = name_problem(str(name).strip(), kind)
        if problem is None:
            continue
        code, reason = problem
        hits.append(Hit(Severity.WARNING, code, f"{kind.value} name {{value}} is {reason}", node, SDO.name, name))
    return hits


# --- addresses --------------------------------------------------------------------------


@dataclass(frozen=True)
class Subdivisions:
    codes: frozenset[str]  # "ON", "13", "BY": the ISO 3166-2 codes without "CA-"


@cache
def subdivisions(country: str) -> Subdivisions | None:
    from orgkg.extract.lexicon import subdivisions as table_rows  # generated: no pycountry load

    found = table_rows(country)
    if not found:
        return None
    return Subdivisions(codes=frozenset(s.code for s in found))


@dataclass(frozen=True)
class PostalPattern:
    country: str
    pattern: re.Pattern[str]


@cache
def _postal_regexes() -> dict[str, str]:
    """Country → its postal-code regex as the lexicon writes it (the last row wins)."""
    from orgkg.extract.lexicon import table

    header = ("country", "regex", "position")
    regexes = {}
    for row in table("postal-codes"):
        entry = dict(zip(header, row, strict=True))
        regexes[entry["country"]] = entry["regex"]
    return regexes


@cache
def postal_pattern(country: str) -> PostalPattern | None:
    """The country's postal-code pattern, compiled when first asked for (a build meets a
    few countries; compiling all of them was most of a small build's plausibility checks)."""
    regex = _postal_regexes().get(country)
    if regex is None:
        return None
    return PostalPattern(country, re.compile(rf"(?:{re.escape(country)}-)?(?:{regex})", re.IGNORECASE))


def built_patterns() -> tuple[re.Pattern[str], ...]:
    """The postal-code patterns built from the lexicon, for tests/test_regex_safety.py."""
    return tuple(postal.pattern for country in _postal_regexes() if (postal := postal_pattern(country)))


_CODE_LIKE = re.compile(r"[A-Z0-9]{2,3}")
_DIGIT = re.compile(r"\d")


def address_hits(graph: Graph) -> list[Hit]:
    hits: list[Hit] = []
    for address in sorted_terms(graph.subjects(RDF.type, SDO.PostalAddress)):
        country = graph.value(address, SDO.addressCountry)
        code = str(country) if isinstance(country, Literal) else ""
        postal = graph.value(address, SDO.postalCode)
        region = graph.value(address, SDO.addressRegion)
        locality = graph.value(address, SDO.addressLocality)
        hits += _postal_code(address, code, postal)
        hits += _region(address, code, region)
        hits += _locality(address, code, locality, postal)
    return hits


def _postal_code(address: Node, country: str, postal: Node | None) -> Iterator[Hit]:
    # US codes are address.ttl's Violation (orgkgsh:USAddress-postalCode).
    entry = postal_pattern(country)
    if entry is None or country == "US" or not isinstance(postal, Literal):
        return
    if entry.pattern.fullmatch(str(postal).strip()) is None:
        yield Hit(
            Severity.WARNING,
            "plausibility.postal-code",
            f"postal code {{value}} does not have the form of a postal code of {country}: "
            "check how the address was split",
            address,
            SDO.postalCode,
            postal,
        )


def _region(address: Node, country: str, region: Node | None) -> Iterator[Hit]:
    if not isinstance(region, Literal) or country == "US":  # US regions: address.ttl
        return
    text = str(region).strip()
    if _DIGIT.search(text) and not _CODE_LIKE.fullmatch(text):
        yield Hit(
            Severity.WARNING,
            "plausibility.address-region",
            "region {value} holds a number (a postal code or a street?): check how the address was split",
            address,
            SDO.addressRegion,
            region,
        )
        return
    known = subdivisions(country)
    if known is None:
        return
    if _CODE_LIKE.fullmatch(text) and text not in known.codes:
        yield Hit(
            Severity.WARNING,
            "plausibility.address-region",
            f"region {{value}} is not the code of a subdivision of {country} (ISO 3166-2)",
            address,
            SDO.addressRegion,
            region,
        )
    # A region written as a name is not judged: English exonyms ("Lower Saxony", "Grisons")
    # are missing from ISO 3166-2 and its English translations, so a miss proves nothing.


def _locality(address: Node, country: str, locality: Node | None, postal: Node | None = None) -> Iterator[Hit]:
    # "Dublin 2" beside a postal code is a district number, as the extractor reads it.
    from orgkg.extract.address import is_district_locality

    if not isinstance(locality, Literal):
        return
    text = str(locality).strip()
    if not text:
        return
    reason = None
    if _DIGIT.search(text) and not (postal is not None and is_district_locality(text)):
        reason = "holds a number (a postal code or a street number?)"
    elif text[0] in _EDGE_PUNCTUATION or text[-1] in _EDGE_PUNCTUATION:
        reason = "starts or ends with a punctuation mark (a fragment of another part?)"
    else:
        known = subdivisions(country) if country else None
        last = text.split()[-1]
        if known is not None and len(text.split()) > 1 and _CODE_LIKE.fullmatch(last) and last in known.codes:
            reason = f"ends with the region code '{last}' of {country}"
    if reason is not None:
        yield Hit(
            Severity.WARNING,
            "plausibility.address-locality",
            f"locality {{value}} {reason}: check how the address was split",
            address,
            SDO.addressLocality,
            locality,
        )


# --- numbers ----------------------------------------------------------------------------

# A number as written: digit groups ("4,100", "2,62,200", "12 000") and a decimal part.
_NUMBER = re.compile(r"(?<![\d.,])(\d+(?:[,\u202f\u00a0]\d{2,3})*)(?:\.(\d+))?(?:\s?([A-Za-z]+))?")


@cache
def _multipliers() -> dict[str, int]:
    from orgkg.extract.lexicon import table

    return {row[0].lower(): int(row[1]) for row in table("multipliers")}


@dataclass(frozen=True)
class Mention:
    """A number in a text: what it says (with its multiplier) and its misreadings."""

    value: Decimal
    misreadings: frozenset[Decimal]


def mentions(text: str) -> list[Mention]:
    found = []
    for match in _NUMBER.finditer(text):
        whole, fraction, word = match.group(1), match.group(2), match.group(3)
        digits = re.sub(r"[,\u202f\u00a0]", "", whole)
        try:
            number = Decimal(digits + (f".{fraction}" if fraction else ""))
        except InvalidOperation:
            continue
        power = _multipliers().get(word.lower()) if word else None
        misread = {Decimal(re.split(r"[,\u202f\u00a0]", whole)[0])} if digits != whole else set()
        if power:
            misread |= {number, Decimal(int(number))}
            number *= Decimal(10) ** power
        elif fraction:
            misread.add(Decimal(int(number)))
        found.append(Mention(number, frozenset(misread - {number})))
    return found


def number_hits(graph: Graph) -> list[Hit]:
    hits = []
    for node, value in sorted(graph.subject_objects(SDO.value)):
        verbatim = graph.value(node, ORGKG.verbatim)
        if verbatim is None or not isinstance(value, Literal):
            continue
        try:
            amount = Decimal(str(value))
        except InvalidOperation:
            continue
        said = mentions(str(verbatim))
        if any(m.value == amount for m in said):
            continue
        meant = sorted(m.value for m in said if amount in m.misreadings)
        if meant:
            hits.append(
                Hit(
                    Severity.WARNING,
                    "plausibility.lost-multiplier",
                    f"value {{value}} is not what its text {_quote(str(verbatim))} says "
                    f"({meant[0].normalize():,f}): a multiplier or a digit group was lost",
                    node,
                    SDO.value,
                    value,
                )
            )
    return hits


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return "'" + (text if len(text) <= limit else text[: limit - 1] + "…") + "'"


def hits(graph: Graph, vocab: Vocabulary) -> list[Hit]:
    """Every plausibility finding on ``graph`` (the union of a dataset's graphs)."""
    return name_hits(graph, vocab) + address_hits(graph) + number_hits(graph)
