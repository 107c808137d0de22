"""Extract: read typed facts out of a parsed profile's prose (DESIGN §3).

Pure: ``extract(profile) -> ProfileFacts``. Each field has one small reader; every reader
returns the facts it is sure of and a field status. Where the text says a value does not
exist or is not published, the status says so and no value is invented ("none",
"unknown" and "absent" stay three different facts).
"""

from __future__ import annotations

import calendar
import csv
import re
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from functools import cache

from orgkg.iri import slugify, web_url
from orgkg.model import (
    Address,
    Budget,
    ChangeEvent,
    Coordinator,
    DateValue,
    Diagnostic,
    EmployeeCount,
    Fact,
    Field,
    FieldFacts,
    FieldStatus,
    Founding,
    FundingSource,
    Identity,
    Member,
    Mention,
    OrgKind,
    Parent,
    PartnerCategory,
    Post,
    Profile,
    ProfileFacts,
    Program,
    Purpose,
    RegulatoryScope,
    SameAs,
    Service,
    Severity,
    Unit,
    Website,
)
from orgkg.resources import data_file

# ---------------------------------------------------------------------------------------
# Shared text patterns

_CAP_WORD = r"(?:[A-Z][\w.&'’-]*|\d[\w.]*)"
_NAME_GLUE = r"(?:of|and|for|the|on|in|at|to|de|du|des|la|le|et|für|und|&)"
# A proper-noun phrase: capitalised words, glued by short lowercase words, optional (ACR).
_PROPER = re.compile(
    rf"(?P<name>[A-Z][\w.&'’-]*(?:\s+(?:{_NAME_GLUE}\s+)*{_CAP_WORD})*)"
    r"(?:\s*\((?P<acr>[A-Z][A-Za-z0-9&.\-]{1,15})\))?"
)
_ACRONYM = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&.\-]{1,11}$")
_GLUE_WORDS = frozenset(
    [
        "of",
        "and",
        "for",
        "the",
        "on",
        "in",
        "at",
        "to",
        "de",
        "du",
        "des",
        "la",
        "le",
        "et",
        "für",
        "und",
        "&",
        "a",
        "an",
        "its",
        "their",
    ]
)
_PERSON = re.compile(r"(?P<person>[A-Z][a-zà-ÿ'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-zà-ÿ'’-]+|van|von|de|der|da|di|bin)){1,3})")
_PERSON_TITLES = re.compile(
    r"^(?:President|Prime Minister|Chancellor|Governor|Senator|Secretary|Minister|Dr\.?|Prof\.?|"
    r"Professor|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame|King|Queen)\s+"
)
# Words that make a capitalised phrase an organization or a role, not a person.
_NOT_PERSON_WORDS = frozenset(
    [
        "department",
        "office",
        "agency",
        "national",
        "federal",
        "institute",
        "university",
        "college",
        "board",
        "council",
        "committee",
        "ministry",
        "administration",
        "bureau",
        "commission",
        "foundation",
        "center",
        "centre",
        "laboratory",
        "directorate",
        "division",
        "program",
        "programme",
        "partnership",
        "network",
        "association",
        "society",
        "united",
        "states",
        "america",
        "government",
        "congress",
        "act",
        "director",
        "chair",
        "president",
        "administrator",
        "secretary",
        "commissioner",
        "chief",
        "head",
        "manager",
        "coordinator",
        "co-chair",
        "executive",
        "avenue",
        "street",
        "road",
        "drive",
    ]
)
_YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d|2100)\b")
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_MDY = re.compile(
    rf"\b(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b", re.I
)
_DATE_DMY = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH_NAMES})\.?,?\s+(?P<year>\d{{4}})\b", re.I
)
_DATE_MY = re.compile(rf"\b(?P<month>{_MONTH_NAMES})\.?\s+(?P<year>\d{{4}})\b", re.I)
_DATE_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
# "on Smarch 45, 2011": shaped like a date, but not one.
_DATE_LIKE = re.compile(r"\b(?:on|of|dated)\s+(?P<text>[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b")
_URL = re.compile(r"https?://[^\s<>\"'()\[\]]+", re.I)
_WIKIDATA = re.compile(r"^https?://(?:www\.)?wikidata\.org/(?:wiki|entity)/(Q\d+)$", re.I)
_SENTENCE_SPLIT = re.compile(r"(?<=[.;])\s+(?=[A-Z])")

# Status phrases, checked in this order. The first that matches a field's text decides
# the status when no value could be read.
_NOT_PUBLIC = re.compile(
    r"\bnot\s+(?:publicly\s+)?(?:specified|published|disclosed|available|reported|known)\b"
    r"|\bunknown\b|\bundisclosed\b|\bnot made public\b",
    re.I,
)
_NOT_APPLICABLE = re.compile(
    r"\bnot applicable\b|^n/?a\.?$|\bdoes not have traditional\b|\bdoes not have (?:a |an )?(?:formal )?",
    re.I,
)
_EXPLICIT_NONE = re.compile(
    r"^none\b|^no\b|\bno (?:formal |dedicated |single )?\w+|\bhas no\b|\bwithout (?:a |any )?\w+"
    r"|\bnot under\b|\bdoes not (?:directly )?(?:oversee|have|employ)\b|\bnot established by\b",
    re.I,
)


def _status_from_text(text: str) -> FieldStatus:
    if not text.strip():
        return FieldStatus.EMPTY
    for pattern, status in (
        (_NOT_PUBLIC, FieldStatus.NOT_PUBLICLY_SPECIFIED),
        (_NOT_APPLICABLE, FieldStatus.NOT_APPLICABLE),
        (_EXPLICIT_NONE, FieldStatus.EXPLICITLY_NONE),
    ):
        if pattern.search(text):
            return status
    return FieldStatus.STATED


def _clean(text: str) -> str:
    """Trim spaces and the punctuation a list item or clause leaves behind."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^(?:and|or|&)\s+", "", text, flags=re.I)
    return text.strip(" ,;:.")


def _is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text))


def _is_proper_name(text: str) -> bool:
    """True when every significant word is capitalised (``Department of Defense``).

    A single word must be an acronym or have an inner capital ("PowerAmerica"): a list
    that starts "Manufacturers, universities, ..." is capitalised only by position.
    """
    words = text.replace("(", " ").replace(")", " ").split()
    if not words:
        return False
    if len(words) == 1:
        return _is_acronym(words[0]) or any(c.isupper() for c in words[0][1:])
    significant = [w for w in words if w.lower() not in _GLUE_WORDS]
    return bool(significant) and all(w[0].isupper() or w[0].isdigit() for w in significant)


def _split_list(text: str, *, on_and: bool = True) -> list[str]:
    """``"the Department of Commerce, NIST, and DOE"`` → three parts.

    Splitting on "and" would break "Standards and Technology", so an "and" only splits
    where the piece after it starts a new name (an acronym, "the", or two capitalised words).
    """
    parts: list[str] = []
    for chunk in re.split(r",\s*|;\s*", text):
        pieces = [chunk]
        if on_and:
            pieces = re.split(r"(?<!\s)\s+and\s+(?=(?:the\s+)?[A-Z]{2,}\b|the\s+[A-Z]|[A-Z]\w*\s+[A-Z])", chunk)
        parts.extend(p for p in (_clean(piece) for piece in pieces) if p)
    return parts


def _strip_article(text: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)


def _mention(text: str, kind: str = "organization") -> Mention | None:
    """A mention from a phrase such as ``"the Advanced ... Office (AMNPO)"``."""
    text = _strip_article(_clean(text))
    match = re.fullmatch(r"(?P<name>.+?)\s*\((?P<acr>[A-Z][A-Za-z0-9&.\-]{1,15})\)", text)
    if match:
        return Mention(match["name"].strip(), kind, match["acr"])
    return Mention(text, kind) if text else None


def _first_proper(text: str) -> Mention | None:
    """The first capitalised name in ``text`` (skipping a sentence-initial article)."""
    for match in _PROPER.finditer(text):
        name = _strip_article(match["name"]).strip(" .,")
        if name.lower() in _GLUE_WORDS or not name:
            continue
        if name.split()[0].lower() in {"it", "its", "this", "these", "while", "with"}:
            continue
        return Mention(name, "organization", match["acr"])
    return None


def _person(text: str) -> Mention | None:
    """A person's name at the start of ``text``, titles such as "President" removed."""
    text = _PERSON_TITLES.sub("", _clean(text))
    match = _PERSON.match(text)
    if not match:
        return None
    name = match["person"].strip()
    if any(word.lower().strip(".,") in _NOT_PERSON_WORDS for word in name.split()):
        return None
    return Mention(name, "person")


def find_dates(text: str) -> list[tuple[int, DateValue]]:
    """Every date in ``text`` with its offset, most precise reading first at each place."""
    found: list[tuple[int, DateValue]] = []
    taken = bytearray(len(text))  # 1 where an earlier, more precise date sits (O(1) overlap test)

    def add(match: re.Match[str], value: DateValue) -> None:
        if taken[match.start()] or taken[match.end() - 1]:
            return
        taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
        found.append((match.start(), value))

    for pattern in (_DATE_ISO, _DATE_MDY, _DATE_DMY):
        for match in pattern.finditer(text):
            month = match["month"]
            month_number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
            value = _valid_date(int(match["year"]), month_number, int(match["day"]))
            if value:
                add(match, value)
    for match in _DATE_MY.finditer(text):
        add(match, DateValue(int(match["year"]), _MONTHS[match["month"].lower().rstrip(".")]))
    for match in _YEAR.finditer(text):
        add(match, DateValue(int(match[1])))
    return sorted(found, key=lambda pair: pair[0])


def _valid_date(year: int, month: int, day: int) -> DateValue | None:
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return DateValue(year, month, day)


def _most_precise(dates: Iterable[DateValue]) -> DateValue | None:
    order = {"date": 0, "gYearMonth": 1, "gYear": 2}
    ranked = sorted(dates, key=lambda d: order[d.precision])
    return ranked[0] if ranked else None


# "in 20x1", "since 2O11": a year with a letter in it.
_BAD_YEAR = re.compile(r"\b(?:in|on|since|from|dated)\s+(?P<text>(?=\d\d\w\w\b)(?=\w*[A-Za-z])\w{4})\b")


def _bad_dates(text: str) -> list[str]:
    """Date-shaped phrases that are not dates ("Smarch 45, 2011", "February 30, 2020", "20x1")."""
    bad = [m["text"] for m in _BAD_YEAR.finditer(text) if not re.fullmatch(r"\d+(?:st|nd|rd|th)", m["text"])]
    for match in _DATE_LIKE.finditer(text):
        candidate = match["text"]
        if not any(m.start() == 0 for m in _DATE_MDY.finditer(candidate)) or not find_dates(candidate)[0][1].day:
            bad.append(candidate)
    return bad


# ---------------------------------------------------------------------------------------
# Data files (vocabulary facts live in ontology/, not here)


@cache
def _currency_signs() -> list[tuple[str, str]]:
    with data_file("ontology", "currencies.csv").open(encoding="utf-8") as handle:
        rows = [row for row in csv.reader(handle) if row and not row[0].startswith("#")]
    return sorted(((sign, code) for sign, code in rows[1:]), key=lambda r: -len(r[0]))


@cache
def _country_aliases() -> dict[str, str]:
    with data_file("ontology", "country-aliases.csv").open(encoding="utf-8") as handle:
        rows = [row for row in csv.reader(handle) if row and not row[0].startswith("#")]
    return {alias.replace(".", "").casefold(): code for alias, code in rows[1:]}


def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-2 for a country name as written, or None."""
    import pycountry  # lazy: its database loads on first use

    name = name.strip()
    key = name.replace(".", "").casefold()
    if not key:
        return None
    if key in _country_aliases():
        return _country_aliases()[key]
    try:
        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        return None


def _us_state(code: str) -> bool:
    import pycountry

    return pycountry.subdivisions.get(code=f"US-{code}") is not None


def _us_state_code(name: str) -> str | None:
    import pycountry

    for subdivision in pycountry.subdivisions.get(country_code="US") or ():
        if subdivision.name.casefold() == name.casefold():
            return subdivision.code.split("-")[1]
    return None


# ---------------------------------------------------------------------------------------
# Field readers. Each takes the field and the identity read from the intro and returns
# (facts, status); the status is only consulted when no fact came out.

Reader = Callable[[Field, Identity], tuple[list[Fact], FieldStatus | None]]

_KIND_WORDS: tuple[tuple[OrgKind, re.Pattern[str]], ...] = (
    (
        OrgKind.COLLABORATION,
        re.compile(
            r"\b(?:collaborat\w*|partnership|consortium|alliance|coalition|network|public-private"
            r"|initiative|joint venture)\b",
            re.I,
        ),
    ),
    (
        OrgKind.GOVERNMENT,
        re.compile(
            r"\b(?:agency|government|ministry|department|federal|regulator|executive branch"
            r"|public body|statutory body|authority)\b",
            re.I,
        ),
    ),
    (
        OrgKind.NGO,
        re.compile(
            r"\b(?:non-?profit|not-for-profit|charit\w+|non-governmental|NGO|association|society"
            r"|foundation)\b",
            re.I,
        ),
    ),
    (OrgKind.UNIVERSITY, re.compile(r"\b(?:university|college|school)\b", re.I)),
    (OrgKind.COMPANY, re.compile(r"\b(?:company|corporation|firm|enterprise|business)\b", re.I)),
)


def org_kind_of(description: str) -> OrgKind:
    """The kind of organization an intro sentence describes.

    Only the head of the predicate ("is a collaborative initiative between ... government
    agencies") counts first, so a collaboration *with* agencies is not an agency.
    """
    predicate = re.search(r"\b(?:is|was|are)\s+(?:an?|the)?\s*(?P<rest>.*)", description)
    rest = predicate["rest"] if predicate else description
    head = " ".join(rest.split()[:6])
    for scope in (head, rest):
        for kind, pattern in _KIND_WORDS:
            if pattern.search(scope):
                return kind
    return OrgKind.ORGANIZATION


def name_kind(name: str) -> OrgKind:
    """The kind of an organization known only by its name."""
    if re.search(
        r"\b(?:Department|Ministry|Agency|Administration|Bureau|Commission|Office"
        r"|Institutes? of|Service|Authority)\b",
        name,
    ):
        return OrgKind.GOVERNMENT
    if re.search(r"\b(?:University|College)\b", name):
        return OrgKind.UNIVERSITY
    if re.search(r"\b(?:Inc|Corp|Corporation|LLC|Ltd|GmbH|AG|plc|Company)\b\.?", name):
        return OrgKind.COMPANY
    return OrgKind.ORGANIZATION


_SENTENCE_TITLE = re.compile(r"\s(?:is|was|are)\s+(?:an?|the)\s|\.$")


def title_is_missing(profile: Profile) -> bool:
    """The first line is the intro sentence ("X (X) is an agency ...."): the title is missing."""
    return profile.intro is None and bool(_SENTENCE_TITLE.search(profile.title)) and len(profile.title.split()) >= 5


def read_identity(profile: Profile) -> Identity:
    """Name from the title; acronym, former names and kind from the intro sentence.

    Without a title line, the intro takes its place and the name is read from its start."""
    intro = profile.intro or ""
    title = profile.title.strip()
    if title_is_missing(profile):
        intro = title
        lead = re.match(r"^(?:the\s+)?(?P<name>.+?)(?<!\s)(?:\s*\([^()]*\))?(?:,|\s+(?:is|was|are)\b)", intro, re.I)
        title = lead["name"].strip() if lead else title
    acronym = None
    former: list[str] = []
    former_acronyms: list[str] = []
    formerly = re.search(
        r"^(?:the\s+)?(?P<name>[^,]+?),\s+(?:formerly|previously|originally)\s+(?:known\s+as\s+)?"
        r"(?:the\s+)?(?P<former>[^,(]+?)(?<!\s)(?:\s*\((?P<facr>[^)\s]+)\))?\s*,",
        intro,
        re.I,
    )
    if formerly:
        former.append(formerly["former"].strip())
        if formerly["facr"] and _is_acronym(formerly["facr"]):
            former_acronyms.append(formerly["facr"])
    else:
        lead = re.match(r"^(?:the\s+)?(?P<name>[^()]+?)(?<!\s)\s*\((?P<acr>[^()\s]{1,16})\)", intro, re.I)
        if lead and _is_acronym(lead["acr"]) and _same_name(lead["name"], title):
            acronym = lead["acr"]
    return Identity(
        name=title,
        kind=org_kind_of(intro) if intro else OrgKind.ORGANIZATION,
        acronym=acronym,
        description=intro or None,
        former_names=tuple(former),
        former_acronyms=tuple(former_acronyms),
    )


def _same_name(a: str, b: str) -> bool:
    return slugify(_strip_article(a)) == slugify(_strip_article(b))


def read_purpose(field: Field, _: Identity) -> tuple[list[Fact], FieldStatus | None]:
    return ([Purpose(field.text)] if field.text else []), None


_COORDINATED = re.compile(
    r"\b(?:coordinated|hosted|convened|managed|administered|overseen|supported)\s+by\s+(?P<rest>.+)",
    re.I,
)
_NO_PARENT = re.compile(r"^none\b|\bindependent\b|\bnot (?:under|part of)\b|\bno (?:single )?parent\b", re.I)


def read_parent(field: Field, _: Identity) -> tuple[list[Fact], FieldStatus | None]:
    text = field.text
    facts: list[Fact] = []
    coordinated = _COORDINATED.search(text)
    if coordinated:
        coordinator = _first_proper(coordinated["rest"])
        if coordinator:
            facts.append(Coordinator(coordinator))
    if _NO_PARENT.search(text):
        return facts, FieldStatus.EXPLICITLY_NONE
    if coordinated:
        return facts, FieldStatus.STATED
    scope = re.sub(
        r"^(?:it is\s+)?(?:(?:an?|the)\s+)?(?:part|agency|unit|division|component"
        r"|subsidiary|office|bureau)\s+(?:of|within|under)\s+",
        "",
        text,
        flags=re.I,
    )
    whole = _clean(scope)
    if _is_proper_name(whole.replace(",", " ")) and len(whole.split()) <= 12:
        parent = _mention(whole)  # "Department for Science, Innovation and Technology"
    else:
        parent = _first_proper(scope)
    if parent:
        facts.append(Parent(parent))
    return facts, None


# The agent after "founded by": it never crosses another "by", and a period only ends it
# when it is not an initial ("Harry S. Truman").
_AGENT_END = r"(?=\s+(?:in|on|through|via|under|with|as)\b|[,;]|(?<!\b[A-Z])\.|$)"
_FOUNDED_BY = re.compile(
    r"\b(?:launched|founded|established|created|initiated|started|set up|formed|chartered)"
    rf"\s+(?:\w+\s+){{0,3}}?by\s+(?P<who>(?:(?!\bby\b)[^,;])+?){_AGENT_END}",
    re.I,
)
_SIGNED_BY = re.compile(rf"\bsigned(?:\s+into\s+law)?\s+by\s+(?P<who>(?:(?!\bby\b)[^,;])+?){_AGENT_END}", re.I)
_ACT = re.compile(
    r"(?P<act>(?<![\w'’.-])(?:[A-Z][\w'’.-]*\s+)(?:(?:[A-Z][\w'’.-]*|of|and|for|the|on|to|in)\s+){0,20}Act"
    r"(?:\s+of\s+\d{4})?)"
)
_NO_LEGISLATION = re.compile(r"\bnot\s+(?:established|created)\s+by\s+(?:\w+\s+)?(?:legislation|law|statute)", re.I)
_STATUTE = re.compile(
    r"\bRegulation\s+\((?:EU|EC|EEC)\)|"
    r"(?<!not )\b(?:established|created|enacted)\s+by\s+(?:an?\s+)?(?:act|statute|law)\b"
    r"|\bact of (?:congress|parliament)\b",
    re.I,
)
_EXECUTIVE = re.compile(
    r"\bexecutive\s+(?:action|order)\b|\bpresidential\s+(?:memorandum|directive)\b|\broyal\s+decree\b", re.I
)
_ASSOCIATION = re.compile(
    r"\bregistered\s+(?:as\s+)?(?:an?\s+)?(?:association|charity|society|non-?profit)\b|\be\.\s?V\.", re.I
)


def read_founding(field: Field, _: Identity) -> tuple[list[Fact], FieldStatus | None]:
    text = field.text
    act = None
    if not _NO_LEGISLATION.search(text):
        found = _ACT.search(text)
        act = found["act"] if found else None
        if act:
            act = re.sub(r"^(?:Established|Created|Enacted|Authorized|Founded)\s+by\s+(?:the\s+)?", "", act)
    founder = None
    phrase = founder_phrase(text)
    if phrase:
        founder = _person(phrase) or _org_founder(phrase)
    signer_match = _SIGNED_BY.search(text)
    signer = _person(signer_match["who"]) if signer_match else None
    if _EXECUTIVE.search(text) or (founder and founder.kind == "person" and not act):
        basis = "executiveAction" if _EXECUTIVE.search(text) or "President" in text else None
    else:
        basis = None
    if act or _STATUTE.search(text):
        basis = "statute"
    elif _ASSOCIATION.search(text):
        basis = "registeredAssociation"
    dates = [value for _, value in find_dates(text)]
    date = _most_precise(dates)
    if not (act or founder or date or basis):
        return [], None
    founding = Founding(
        date=date,
        founder=founder,
        legal_basis=basis,
        act=act,
        act_date=date if act else None,
        act_passed_by=signer if act else None,
    )
    return [founding], None


def _org_founder(text: str) -> Mention | None:
    text = _clean(text)
    return _mention(text) if _is_proper_name(text) and not re.search(r"\d", text) else None


def founder_phrase(text: str) -> str | None:
    """The phrase after "founded by" etc. that names an agent (a named act is no founder)."""
    for match in _FOUNDED_BY.finditer(text):
        who = _clean(match["who"])
        if not (_LEGAL_INSTRUMENT.search(who) or re.search(r"\blegislation\b", who, re.I)):
            return who
    return None


_INCLUDING = re.compile(r"^(?P<head>.+?),?(?<!\s)\s+(?:including|such as|like|notably|e\.g\.,?)\s+(?P<list>.+)$", re.I)


_PARTNER_PREAMBLE = re.compile(
    r"^.*?\b(?:works|partners|collaborates|cooperates|partnered)\s+(?:closely\s+)?with\s+"
    r"|^(?:its\s+)?(?:partners|members)\s+(?:include|are)\s+",
    re.I,
)


def read_partners(field: Field, _: Identity) -> tuple[list[Fact], FieldStatus | None]:
    facts: list[Fact] = []
    prose = _PARTNER_PREAMBLE.sub("", field.text)
    items = [item.text for item in field.items if item.bullet] or _split_list(prose, on_and=False)
    for text in items:
        including = _INCLUDING.match(text)
        if including:
            facts.append(PartnerCategory(_clean(including["head"])))
            facts.extend(_members(_split_list(including["list"])))
            continue
        parts = _split_list(text)
        proper = [p for p in parts if _is_proper_name(_strip_article(p)) or _is_acronym(p)]
        if not proper:
            for label in _split_list(text, on_and=False):
                facts.append(PartnerCategory(label))
        elif len(proper) == len(parts):
            facts.extend(_members(parts))
        else:
            facts.extend(_members(proper))
            facts.extend(PartnerCategory(p) for p in parts if p not in proper)
    return _unique(facts), None


def _members(names: Iterable[str]) -> list[Fact]:
    members: list[Fact] = []
    for name in names:
        mention = _mention(name)
        if mention and (_is_proper_name(mention.name) or _is_acronym(mention.name)):
            members.append(Member(mention))
    return members


_QUALIFIER = (
    r"(?P<qual>about|approximately|approx\.|around|roughly|over|more than|nearly|almost|some"
    r"|fewer than|less than|under|circa|ca\.|~|an estimated)"
)
_HEADCOUNT = re.compile(
    rf"(?:{_QUALIFIER}\s*)?(?P<num>\d{{1,3}}(?:[,\u00a0\u202f ]\d{{3}})+|\d+)(?!\s*[-/]\d)"
    r"(?:\s+(?P<unit>[a-z][a-z -]*?))?(?=\s*(?:\(|plus\b|\band\b|as of\b|in \d{4}|[,;.]|$))",
    re.I,
)


def read_headcount(field: Field, _: Identity) -> tuple[list[Fact], FieldStatus | None]:
    text = field.text
    for match in _HEADCOUNT.finditer(text):
        digits = re.sub(r"\D", "", match["num"])
        if len(digits) > 15:  # no organization has a quadrillion staff; int() of huge runs is slow
            continue
        number = int(digits)
        if _YEAR.fullmatch(match["num"]) and "(" in text[max(0, match.start() - 1) : match.start()]:
            continue  # "(2024)" is the as-of year, not a count
        as_of = re.search(r"\((?:as of\s+|in\s+)?(\d{4})\)|\bas of\s+(?:\w+\s+)?(\d{4})", text[match.end() :])
        return [
            EmployeeCount(
                value=number,
                verbatim=text,
                qualifier=(match["qual"] or "").lower() or None,
                as_of=int(as_of[1] or as_of[2]) if as_of else None,
                unit_text=_clean(match["unit"]) if match["unit"] else None,
            )
        ], None
    return [], None


_UNIT_WORDS = (
    r"committee|board|council|office|secretariat|task force|directorate|commission|assembly"
    r"|panel|subcommittee|bureau|laboratory|institute|center|centre|division|program office"
)
_UNIT_PHRASE = re.compile(
    rf"\b(?:an?|the|its|one)\s+(?P<unit>(?:[\w-]+\s+){{0,4}}?(?:{_UNIT_WORDS}))\b(?:\s*\((?P<acr>[A-Z][\w&.-]+)\))?",
    re.I,
)
_ROLES = [
    "co-chairs",
    "co-chair",
    "chairs",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "president",
    "vice-president",
    "administrator",
    "secretary",
    "secretary-general",
    "director-general",
    "executive-director",
    "deputy-director",
    "director",
    "chief-executive-officer",
    "chief-executive",
    "executive-chair",
    "ceo",
    "commissioner",
    "head",
    "chief",
    "coordinator",
    "manager",
    "leader",
    "minister",
    "governor",
    "superintendent",
    "chancellor",
    "provost",
    "dean",
    "rector",
]
# Longest first, so "chief executive" wins over "chief"; "-" in the list stands for a space or a hyphen.
_ROLE_WORDS = "|".join(role.replace("-", r"[\s-]") for role in sorted(_ROLES, key=lambda r: (-len(r), r)))
_ROLE = re.compile(rf"\b(?P<role>{_ROLE_WORDS})\b", re.I)


def _role_name(word: str) -> str:
    role = re.sub(r"\s+", " ", word.lower())
    if role in {"ceo"}:
        return "chief executive officer"
    return re.sub(r"s$", "", role) if role.endswith(("chairs", "directors", "heads")) else role


def read_structure(field: Field, identity: Identity) -> tuple[list[Fact], FieldStatus | None]:
    facts: list[Fact] = []
    for match in _UNIT_PHRASE.finditer(field.text):
        name = _clean(match["unit"])
        if re.search(r"\b(?:various|several|multiple|many)\b", name, re.I):
            continue
        facts.append(Unit(name, match["acr"]))
    for match in re.finditer(
        r"\b(?:headed|led|chaired|directed|run|managed)\s+by\s+(?:an?\s+|the\s+|two\s+)?"
        rf"(?P<role>{_ROLE_WORDS})\b",
        field.text,
        re.I,
    ):
        role = _role_name(match["role"])
        facts.append(Post(role, role))
    # Named bodies ("the National Science Board") that the unit pattern did not catch whole.
    for match in _PROPER.finditer(field.text):
        name = match["name"]
        is_unit = re.search(rf"\b(?:{_UNIT_WORDS})\b", name, re.I) and not _same_name(name, identity.name)
        if is_unit and not any(isinstance(f, Unit) and _same_name(_strip_article(name), f.name) for f in facts):
            facts = [f for f in facts if not (isinstance(f, Unit) and f.name.lower() in name.lower())]
            facts.append(Unit(_strip_article(name), match["acr"]))
    return _unique(facts), None


_NAMED_POST = (
    re.compile(rf"^(?P<person>[^,:()]+),\s*(?P<role>.*\b(?:{_ROLE_WORDS})\b.*)$", re.I),
    re.compile(rf"^(?=[^:]*:)(?P<role>[^:]*\b(?:{_ROLE_WORDS})\b[^:]*):\s*(?P<person>.+)$", re.I),
    re.compile(rf"^(?P<person>[^()]+?)(?<!\s)\s*\((?=[^)]*\)$)(?P<role>[^)]*\b(?:{_ROLE_WORDS})\b[^)]*)\)$", re.I),
    re.compile(rf"^(?P<role>(?:{_ROLE_WORDS}))\s+(?P<person>[A-Z].+)$", re.I),
)


def read_leader(field: Field, _: Identity) -> tuple[list[Fact], FieldStatus | None]:
    facts: list[Fact] = []
    lines = [item.text for item in field.items] or [field.text]
    for text in lines:
        text = _clean(text)
        post = _named_post(text)
        if post:
            facts.append(post)
            continue
        led_by = re.search(
            rf"\b(?:led|headed|chaired|directed)\s+by\s+(?:\w+\s+)?(?P<role>{_ROLE_WORDS})\b", text, re.I
        )
        role = led_by or _ROLE.search(text)
        if role:
            label = text if len(text) <= 120 and not led_by else _role_name(role["role"])
            facts.append(Post(label, _role_name(role["role"])))
    return _unique(facts), None


def _named_post(text: str) -> Post | None:
    for pattern in _NAMED_POST:
        match = pattern.match(text)
        if not match:
            continue
        holders = [person for part in re.split(r"\s+and\s+|,\s*|\s*&\s*", match["person"]) if (person := _person(part))]
        if holders:
            role_match = _ROLE.search(match["role"])
            assert role_match  # guaranteed by the patterns
            return Post(_clean(match["role"]), _role_name(role_match["role"]), tuple(holders))
    return None


_TOPICS = re.compile(
    r"\b(?:focused on|on|covering|dealing with|for)\b.{0,300}?\b(?:like|such as|including|namely)\s+(?P<list>.+)$"
    r"|\b(?:on|covering)\s+(?P<list2>.+)$",
    re.I,
)


def read_divisions(field: Field, identity: Identity) -> tuple[list[Fact], FieldStatus | None]:
    facts: list[Fact] = []
    bullets = [item.text for item in field.items if item.bullet]
    no_formal = re.search(r"\bno\s+(?:formal\s+)?(?:divisions|units|departments)\b", field.text, re.I)
    candidates = bullets or ([] if no_formal else _split_list(field.text))
    if no_formal and not bullets:
        rest = re.search(r"\bthrough\s*:?\s*(?P<rest>.+)$", field.text, re.I)
        candidates = [rest["rest"]] if rest else []
    for text in candidates:
        topics_match = _TOPICS.search(text)
        name = text
        topics: tuple[str, ...] = ()
        if topics_match and (no_formal or not _is_proper_name(text)):
            name = text[: topics_match.start()]
            topics = tuple(_split_list(topics_match["list"] or topics_match["list2"], on_and=False))
            topics = tuple(re.sub(r"^or\s+", "", t) for t in topics)
        mention = _mention(name)
        if mention and mention.name and (no_formal or _is_proper_name(mention.name)):
            facts.append(Unit(mention.name, mention.acronym, topics))
    status = FieldStatus.EXPLICITLY_NONE if no_formal and not facts else None
    return facts, status


_PROGRAM_LEAD = re.compile(
    r"^(?:the\s+)?(?:development|creation|establishment|launch|formation)\s+of\s+(?:the\s+)?", re.I
)


def read_programs(field: Field, _: Identity) -> tuple[list[Fact], FieldStatus | None]:
    facts: list[Fact] = []
    items = [item.text for item in field.items if item.bullet] or _split_list(field.text, on_and=False)
    for text in items:
        text = _clean(text)
        core = _PROGRAM_LEAD.sub("", text)
        mention = _mention(core) if core != text else None
        facts.append(Program(text, mention))
    return facts, None


_MULTIPLIERS = {
    "thousand": 3,
    "k": 3,
    "million": 6,
    "mn": 6,
    "m": 6,
    "mio": 6,
    "billion": 9,
    "bn": 9,
    "b": 9,
    "trillion": 12,
    "tn": 12,
}
_AMOUNT = re.compile(
    r"(?P<pre>[^\d\s(]{1,4}|[A-Z]{3})?\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<mult>thousand|million|billion|trillion|mn|bn|tn|mio|[kmb])?\b\.?\s*"
    r"(?P<post>[A-Z]{3}\b|dollars|euros?|pounds|yen|yuan|francs|rupees)?",
    re.I,
)
_FISCAL = re.compile(
    r"\b(?:FY|fiscal\s+year)\s*(?P<fy>\d{4})\b|\b(?P<start>\d{4})\s*[/–-]\s*(?P<end>\d{2,4})\b|\((?P<year>\d{4})\)",
    re.I,
)


def _currency(sign: str | None) -> str | None:
    if not sign:
        return None
    sign = sign.strip()
    if re.fullmatch(r"[A-Z]{3}", sign):
        import pycountry

        return sign if pycountry.currencies.get(alpha_3=sign) else None
    for candidate, code in _currency_signs():
        if sign.casefold() == candidate.casefold():
            return code
    return None


def read_budget(field: Field, identity: Identity) -> tuple[list[Fact], FieldStatus | None]:
    text = field.text
    if _NOT_PUBLIC.search(text):
        return [], FieldStatus.NOT_PUBLICLY_SPECIFIED
    for match in _AMOUNT.finditer(text):
        currency = _currency(match["pre"]) or _currency(match["post"])
        if not currency:
            continue
        try:
            amount = Decimal(match["num"].replace(",", ""))
        except InvalidOperation:
            continue
        multiplier = (match["mult"] or "").lower()
        if multiplier:
            amount = amount.scaleb(_MULTIPLIERS[multiplier])
        amount = amount.normalize()
        if amount == amount.to_integral_value():
            try:
                amount = amount.quantize(Decimal(1))
            except InvalidOperation:  # more digits than a decimal context holds: not a budget
                continue
        fiscal = _FISCAL.search(text)
        fiscal_year = None
        us_fy = False
        if fiscal:
            if fiscal["fy"]:
                fiscal_year = int(fiscal["fy"])
                us_fy = currency == "USD" and identity.kind == OrgKind.GOVERNMENT
            elif fiscal["end"]:
                end = fiscal["end"]
                fiscal_year = int(end) if len(end) == 4 else int(fiscal["start"][:2] + end)
            else:
                fiscal_year = int(fiscal["year"])
        return [Budget(amount, currency, text, fiscal_year, us_fy)], None
    return [], None


def read_funding(field: Field, _: Identity) -> tuple[list[Fact], FieldStatus | None]:
    text = field.text
    tail = re.search(
        r"\b(?:comes?|derived|drawn)\s+from\s+(?P<rest>.+)$|\b(?:funded|financed|supported)\s+(?:by|through)\s+(?P<rest2>.+)$",
        text,
        re.I,
    )
    scope = (tail["rest"] or tail["rest2"]) if tail else text
    labels = [
        re.sub(r"^(?:typically|mainly|mostly|largely|primarily)\s+", "", p, flags=re.I)
        for p in _split_list(scope, on_and=False)
    ]
    if len(labels) > 1:
        labels[-1] = re.sub(r"^and\s+", "", labels[-1])
    return [FundingSource(label) for label in labels if label], None


def read_services(field: Field, identity: Identity) -> tuple[list[Fact], FieldStatus | None]:
    text = field.text
    if field.items and all(item.bullet for item in field.items):
        parts = [_clean(item.text) for item in field.items]
    else:
        text = re.sub(r"^[^,]*?\b(?:provides|offers|delivers)\s+", "", text, flags=re.I)
        parts = _split_list(text, on_and=False)
    return [Service(p) for p in parts if p], None


def read_regulations(field: Field, _: Identity) -> tuple[list[Fact], FieldStatus | None]:
    text = field.text
    if re.search(r"\bdoes not\b|\bno regulat|^none\b|\bnot (?:a )?regulat", text, re.I):
        return [], FieldStatus.EXPLICITLY_NONE
    scope = re.sub(r"^[^,]*?\b(?:oversees|enforces|administers|regulates)\s+", "", text, flags=re.I)
    return [RegulatoryScope(p) for p in _split_list(scope, on_and=False) if p], None


_US_REGION_POSTAL = re.compile(r"^(?P<region>[A-Z]{2})\s+(?P<postal>[0-9A-Z][0-9A-Z-]{1,9})$")
_CA_REGION_POSTAL = re.compile(r"^(?P<region>[A-Z]{2})\s+(?P<postal>[A-Z]\d[A-Z]\s?\d[A-Z]\d)$")
_STATE_POSTAL = re.compile(r"^(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)*)\s+(?P<postal>\d{5}(?:-\d{4})?)$")
_POSTAL_FIRST = re.compile(
    r"^(?P<postal>(?:[A-Z]{1,2}-)?\d{4,6}(?:-\d{3,4})?|\d{4}\s?[A-Z]{2}(?=\s)|\d{2}-\d{3})\s+(?P<locality>\D.*)$"
)
_POSTAL_LAST = re.compile(
    r"^(?P<locality>\D.*?)(?<!\s)\s+(?P<postal>\d{3}-\d{4}|\d{4,6}|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$"
)


def read_address(field: Field, _: Identity) -> tuple[list[Fact], FieldStatus | None]:
    verbatim = ", ".join(item.text for item in field.items)
    if not verbatim:
        return [], None
    if _NOT_PUBLIC.search(verbatim):
        return [], FieldStatus.NOT_PUBLICLY_SPECIFIED
    parts = [p.strip() for p in verbatim.split(",") if p.strip()]
    country = country_code(parts[-1]) if len(parts) > 1 else None
    if country:
        parts = parts[:-1]
    street_parts: list[str] = [parts[0]] if parts else []
    locality = region = postal = None
    for index in range(len(parts) - 1, 0, -1):
        part = parts[index]
        for pattern in (_CA_REGION_POSTAL, _US_REGION_POSTAL, _STATE_POSTAL):
            match = pattern.match(part)
            if match:
                region = match.groupdict().get("region") or _us_state_code(match["state"]) or match["state"]
                postal = match["postal"]
                locality = parts[index - 1] if index > 1 else None
                street_parts = parts[: index - 1] if index > 1 else parts[:1]
                break
        else:
            match = _POSTAL_FIRST.match(part) or _POSTAL_LAST.match(part)
            if match:
                postal, locality = match["postal"], match["locality"]
                street_parts = parts[:index]
        if postal:
            break
    if not postal and len(parts) > 1:
        locality = parts[-1]
        street_parts = parts[:-1]
    if country is None and region and postal and re.fullmatch(r"\d{5}(?:-\d{4})?", postal) and _us_state(region):
        country = "US"  # "Boston, MA 02215" needs no country line to be American
    address = Address(
        verbatim=verbatim,
        street=", ".join(street_parts) or None,
        locality=locality,
        region=region,
        postal_code=postal,
        country=country,
    )
    return [address], None


_EVENT_NAME = (
    r"(?:the\s+)?(?P<name>(?<![\w.&'’-])[A-Z][\w.&'’-]*"
    r"(?:\s+(?:(?:of|and|for|the|on|in|de)\s+){0,3}[A-Z][\w.&'’-]*|\s+\d[\d.]{0,20}(?![\d.]*\s+\w)){0,15})"
)
_EVENT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("evolved", re.compile(rf"\b(?:evolved|developed|grew|was transformed|transformed)\s+into\s+{_EVENT_NAME}")),
    ("renamed", re.compile(rf"\b(?:was\s+)?renamed\s+(?:to\s+|as\s+)?{_EVENT_NAME}")),
    ("merged", re.compile(rf"\bmerged\s+(?:into|with)\s+{_EVENT_NAME}")),
    ("succeeded-by", re.compile(rf"\b(?:succeeded|replaced|superseded)\s+by\s+{_EVENT_NAME}")),
    ("succeeded", re.compile(rf"\b(?:succeeded|replaced|superseded)\s+{_EVENT_NAME}")),
    ("reorganized", re.compile(rf"\b(?:reorganized|reconstituted)\s+as\s+{_EVENT_NAME}")),
    ("transfer", re.compile(rf"\btook over\s+(?:[\w-]+\s+){{0,3}}?from\s+{_EVENT_NAME}")),
    # "In 2012, the X Secretariat merged into the agency": another organization absorbed into this one
    (
        "absorbed",
        re.compile(
            rf"{_EVENT_NAME}\s+(?:was\s+)?(?:merged|folded|absorbed|integrated)\s+into\s+(?:the|this|it)\b(?!\s+[A-Z])"
        ),
    ),
)
_FOUNDED_IN = re.compile(r"\b(?:launched|founded|established|created|formed|set up)\s+in\s+(?P<year>\d{4})\b", re.I)


def read_history(field: Field, identity: Identity) -> tuple[list[Fact], FieldStatus | None]:
    facts: list[Fact] = []
    for sentence in _SENTENCE_SPLIT.split(field.text):
        for kind, pattern in _EVENT_PATTERNS:
            for match in pattern.finditer(sentence):
                name = match["name"].rstrip(".,;")
                tail = sentence[match.end() : match.end() + 40]
                year = re.match(r"\s*(?:in|by)\s+(\d{4})\b", tail)
                date = DateValue(int(year[1])) if year else None
                other = _mention(name)
                if other is None:
                    continue
                # An event is described by its sentence; a run-on "sentence" (no full stops) is cut
                # around the match, or each of its many events would carry all of it (output blow-up).
                around = (
                    sentence if len(sentence) <= 1000 else sentence[max(0, match.start() - 200) : match.end() + 200]
                )
                clause = _clean(around)
                if kind in {"succeeded", "absorbed", "transfer"}:
                    facts.append(
                        ChangeEvent("predecessor" if kind == "succeeded" else kind, clause, original=other, date=date)
                    )
                elif kind == "renamed" and _same_name(name, identity.name):
                    previous = _previous_name(sentence, identity)
                    original = _mention(previous) if previous else None
                    facts.append(ChangeEvent("renamed", clause, original=original, date=date, previous_name=previous))
                else:
                    facts.append(ChangeEvent(kind.replace("-by", ""), clause, resulting=other, date=date))
    return _unique(facts), None


_AS_FORMER = re.compile(rf"\b(?:as|formerly(?:\s+known\s+as)?|originally)\s+{_EVENT_NAME}")


def _previous_name(sentence: str, identity: Identity) -> str | None:
    """The name before a rename: "founded in 1901 as the National Bureau of Standards"."""
    if identity.former_names:
        return identity.former_names[0]
    match = _AS_FORMER.search(sentence)
    if match and not _same_name(match["name"], identity.name):
        return match["name"].rstrip(".,;")
    return None


def read_links(field: Field, _: Identity) -> tuple[list[Fact], FieldStatus | None]:
    facts: list[Fact] = []
    for url in _URL.findall(field.text):
        url = url.rstrip(".,;")
        wikidata = _WIKIDATA.match(url)
        if wikidata:
            facts.append(SameAs(f"http://www.wikidata.org/entity/{wikidata[1]}"))
        elif web_url(url) and not any(isinstance(f, Website) for f in facts):
            facts.append(Website(url))
    return facts, None


READERS: dict[str, Reader] = {
    "Mission": read_purpose,
    "Parent organization": read_parent,
    "Legislation": read_founding,
    "Partners": read_partners,
    "Number of employees": read_headcount,
    "Staff": read_headcount,
    "Organization structure": read_structure,
    "Leader": read_leader,
    "Divisions": read_divisions,
    "List of programs": read_programs,
    "Last total enacted budget": read_budget,
    "Funding": read_funding,
    "Services provided": read_services,
    "Regulations overseen": read_regulations,
    "Headquarters address": read_address,
    "History": read_history,
    "External links": read_links,
}


def _unique(facts: list[Fact]) -> list[Fact]:
    return list(dict.fromkeys(facts))


# ---------------------------------------------------------------------------------------


def extract(profile: Profile) -> ProfileFacts:
    """Read every field of ``profile`` into typed facts with a field status."""
    identity = read_identity(profile)
    diagnostics: list[Diagnostic] = list(profile.diagnostics)
    if title_is_missing(profile):
        diagnostics.append(
            Diagnostic(
                Severity.VIOLATION,
                "extract.missing-title",
                f"the profile has no title line: line {profile.title_line} reads like the intro sentence; "
                f"the name '{identity.name}' was taken from it",
                profile.source,
                profile.title_line,
                "Intro",
            )
        )
    intro_last = profile.intro_line or profile.title_line
    fields: list[FieldFacts] = [
        FieldFacts(
            name="Intro",
            slug="intro",
            first_line=profile.title_line,
            last_line=intro_last,
            status=FieldStatus.STATED,
            verbatim=profile.intro or profile.title,
            facts=(identity,),
        )
    ]
    employees = profile.field("Number of employees")
    employees_counted = bool(employees and employees.text and read_headcount(employees, identity)[0])
    for field in profile.fields:
        reader = READERS.get(field.name) if field.known else None
        facts, status = reader(field, identity) if reader and field.text else ([], None)
        superseded = field.name == "Staff" and employees_counted and bool(facts)
        if superseded:
            facts, status = [], FieldStatus.STATED  # one headcount: "Number of employees" wins
        if status is None:
            status = FieldStatus.STATED if facts else _status_from_text(field.text)
        fields.append(
            FieldFacts(
                name=field.name,
                slug=slugify(field.name),
                first_line=field.first_line,
                last_line=field.last_line,
                status=status,
                verbatim=field.verbatim,
                footnotes=field.footnotes,
                facts=tuple(facts),
                known=field.known,
            )
        )
        if not superseded:
            diagnostics.extend(_field_diagnostics(profile, field, facts, status))
    fields = _founding_from_history(fields, profile)
    fields = _drop_duplicate_posts(fields)
    return ProfileFacts(profile, identity, tuple(fields), tuple(diagnostics))


# Fields where a structured value is expected: saying nothing about them is worth a note.
_STRUCTURED_FIELDS = frozenset(
    {
        "Parent organization",
        "Legislation",
        "Partners",
        "Number of employees",
        "Leader",
        "Divisions",
        "List of programs",
        "Last total enacted budget",
        "Headquarters address",
    }
)
_LEGAL_INSTRUMENT = re.compile(r"\b(?:Act|Order|Regulation|Directive|Decree|Charter|Resolution|Statute|Law)\b", re.I)
_ADDRESS_LIKE = re.compile(r"^\d+[A-Za-z]?\s+\w|\b\d{5}(?:-\d{4})?\b")


def _field_diagnostics(profile: Profile, field: Field, facts: list[Fact], status: FieldStatus) -> list[Diagnostic]:
    found: list[Diagnostic] = []

    def at(severity: Severity, code: str, message: str, needle: str = "") -> None:
        line = next((item.line for item in field.items if needle and needle in item.text), None)
        line = line or (field.items[0].line if field.items else field.heading_line)
        found.append(Diagnostic(severity, code, message, profile.source, line, field.name))

    if field.name in {"Legislation", "History"}:
        for bad in _bad_dates(field.text):
            at(Severity.VIOLATION, "extract.unparsable-date", f"'{bad}' is not a valid date", bad)
    if field.name == "Legislation":
        for role, pattern in (("founder", _FOUNDED_BY), ("signer", _SIGNED_BY)):
            for match in pattern.finditer(field.text):
                agent = _PERSON_TITLES.sub("", _clean(match["who"]))
                if _ADDRESS_LIKE.search(agent) and not _LEGAL_INSTRUMENT.search(agent):
                    at(
                        Severity.VIOLATION,
                        f"extract.{role}-not-a-person",
                        f"{role} '{agent}' looks like an address, not a person or organization",
                        agent,
                    )
    if field.name in _STRUCTURED_FIELDS and status == FieldStatus.STATED and not facts and field.text:
        at(Severity.INFO, "extract.unstructured", f"no structured value recognised in '{field.name}'; kept as text")
    return found


def _founding_from_history(fields: list[FieldFacts], profile: Profile) -> list[FieldFacts]:
    """No Legislation date? "Launched in 2011" in History or the intro dates the founding."""
    if any(isinstance(f, Founding) and f.date for ff in fields for f in ff.facts):
        return fields
    for index, field_facts in enumerate(fields):
        if field_facts.slug not in {"history", "intro"}:
            continue
        match = _FOUNDED_IN.search(field_facts.verbatim)
        if match:
            founding = Founding(date=DateValue(int(match["year"])))
            fields[index] = _with_fact(field_facts, founding)
            break
    return fields


def _drop_duplicate_posts(fields: list[FieldFacts]) -> list[FieldFacts]:
    """ "Headed by a Director" in the structure and "Director of X" under Leader are one
    post: the Leader field's wording wins."""
    from dataclasses import replace

    leader_roles = {fact.role for ff in fields if ff.slug == "leader" for fact in ff.facts if isinstance(fact, Post)}
    return [
        ff
        if ff.slug == "leader"
        else replace(ff, facts=tuple(f for f in ff.facts if not (isinstance(f, Post) and f.role in leader_roles)))
        for ff in fields
    ]


def _with_fact(field_facts: FieldFacts, fact: Fact) -> FieldFacts:
    from dataclasses import replace

    status = FieldStatus.STATED if field_facts.status != FieldStatus.EMPTY else field_facts.status
    return replace(field_facts, facts=(*field_facts.facts, fact), status=status)
